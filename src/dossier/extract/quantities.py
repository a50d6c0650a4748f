"""Quantities: value, unit, what is counted, qualifier, period and the actor they concern.

Numbers are found in the text by pattern (so "£3m" keeps its "m", which the statistical
model cuts off), then read with the parse: the noun a number modifies is what it counts, a
qualifier before it ("about", "more than", "only") says how exact it is, a period after it
("per day", "in 2021–22") says over what time, and the subject of the clause says whose
figure it is. Years, dates, ordinals, times, references ("Part 6", "Volume 737", "c. 37")
and digits inside names ("2025 UK Border Strategy") are not quantities.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal, InvalidOperation

from spacy.tokens import Doc, Span

from ..schema import B, F, I, S, _t
from . import spans
from .context import DocContext
from .syntax import clause_verb
from .lexicon import (
    SCALES,
    CURRENCIES,
    WORD_NUMBERS,
    VAGUE,
    QUALIFIERS,
    REFERENCE_WORDS,
    DURATION_UNITS,
    PRONOUNS,
)

PERIODS = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|month|year|annum|quarter|night|person|head)\b|^\s*annually\b|^\s*a\s+year\b", re.I)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
NUMBER = re.compile(
    rf"(?P<cur>£|€|US\$|\$|\b(?:GBP|USD|EUR)\s?)?"
    rf"(?P<num>(?<![\w.,/#-])(?:{_NUM})(?![\d/]|[.,]\d)|(?<![\w-])(?:{_WORD})(?:[-\s](?:{_WORD}))*\b|(?<![\w-])(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|{'|'.join(VAGUE)})\b)"
    rf"(?P<scale>\s?(?:bn|mn|m|k|tn)\b|\s(?:thousand|million|billion|trillion)\b)?"
    rf"(?P<pct>\s?%|\s(?:per\s?cent|percent)\b)?",
    re.I,
)
ORDINAL_OR_TIME = re.compile(r"^\d+(?:st|nd|rd|th)$|^\d{1,2}[:.]\d{2}$")


QUANTITIES = _t(
    "quantities",
    "Amounts stated in the text: money, percentages, counts, durations; `documents.text[start:end] == text`.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character (the qualifier, if any, is included).", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The quantity as written ('more than £3m', 'About 50', '238,448').", False),
    ("value", F, "The number: 3000000 for '£3m', 238448 for '238,448', 90 for '90%'; empty for a vague amount ('hundreds')."),
    ("unit", S, "ISO currency code (GBP, EUR, USD), 'percent', a duration unit, or the counted noun (people, migrants, vessels)."),
    ("counted", S, "The noun phrase counted or what the money/percentage is of ('small boats and boat parts', 'funding'); '(implied)' when carried over from the figure before."),
    ("qualifier", S, "exact, approximately, more_than, less_than, only or vague.", False),
    ("period", S, "The period the figure covers where the text says ('per day', 'each year', '2021–22')."),
    ("kind", S, "money, percent, count or duration.", False),
    ("entity_id", S, "The actor the figure is about or attributed to, where the sentence says so (subject of its clause, or what a counted subject acts on)."),
    ("sentence", I, "Sentence number.", False),
)


def _value(num: str, scale: str = "") -> float | None:
    """The number written, times its scale word, computed in decimal ("£16.6 million" is
    16600000 exactly, not 16600000.000000002)."""
    n = num.lower().replace(",", "").strip()
    factor = Decimal(str(SCALES[scale])) if scale else Decimal(1)
    try:
        return float(Decimal(n) * factor)
    except InvalidOperation:
        pass
    total, current = 0.0, 0.0
    for w in re.split(r"[-\s]+", n):
        if w not in WORD_NUMBERS:
            return None
        v = WORD_NUMBERS[w]
        if v == 100:
            current = (current or 1) * 100
        elif v == 12 and w == "dozen":
            current = (current or 1) * 12
        else:
            current += v
    return float((Decimal(str(total + current))) * factor)


def _qualifier_span(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 20):start]
    low = before.lower()
    for phrase, q in QUALIFIERS:
        m = re.search(rf"(?:^|(?<=[\s(“\"'])){re.escape(phrase)}\s+$", low)
        if m:
            return q, start - (len(before) - m.start())
    return "exact", start


def _noun_phrase(doc: Doc, head, chunks: dict[int, Span], after: int = -1) -> str:
    """The noun phrase headed by ``head`` with its conjuncts ("small boats and boat parts"),
    without the number itself and what precedes it (token index ``after``)."""
    chunk = chunks.get(head.i)
    parts = [chunk if chunk is not None else doc[head.i:head.i + 1]]
    for c in head.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"):
            parts.append(chunks.get(c.i) or doc[c.i:c.i + 1])
    start = min(p.start for p in parts)
    end = max(p.end for p in parts)
    # drop a leading determiner or the number itself
    start = max(start, after + 1)
    toks = [t for t in doc[start:end] if not (t.i == start and t.pos_ in ("DET", "NUM")) and not t.is_space]
    if not toks:
        return head.text
    return doc[toks[0].i:toks[-1].i + 1].text


def extract(ctx: DocContext) -> list[dict]:
    """Quantity rows for one parsed document. Digits inside names, dates and URLs are not
    quantities."""
    doc, text = ctx.doc, ctx.text
    date_spans = [(r["start"], r["end"]) for r in ctx.results["dates"]]
    mention_at = {i: m.entity_id for i, m in ctx.mention_at.items()}
    blocked = sorted([*ctx.name_spans, *date_spans, *ctx.url_spans])
    starts = [s for s, _ in blocked]
    chunks: dict[int, Span] = {}
    for nc in doc.noun_chunks:
        chunks[nc.root.i] = nc
    sent_starts = spans.sentence_starts(doc)
    rows: list[dict] = []
    for m in NUMBER.finditer(text):
        s, e = m.start(), m.end()
        num = m.group("num")
        i = bisect.bisect_right(starts, s) - 1
        if any(a < e and s < b for a, b in blocked[max(0, i - 3):i + 4]):
            continue
        if ORDINAL_OR_TIME.match(num):
            continue
        if num[-1:].isdigit() and text[m.end("num"):m.end("num") + 1].isalpha() and not m.group("scale"):
            continue  # "3rd", "5G", "HCWS668": not an amount
        low = num.lower()
        cur = (m.group("cur") or "").strip().lower()
        scale = (m.group("scale") or "").strip().lower()
        pct = bool(m.group("pct"))
        prev_word = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, s - 12):s])
        if prev_word and prev_word.group(1).lower() in REFERENCE_WORDS and not cur:
            continue
        if text[e:e + 1] == "/" or text[max(0, s - 1):s] == "/":
            continue  # 24/7, 1/2
        vague = low.split()[0] in VAGUE or low.startswith(("tens of", "hundreds of"))
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        tok = span[-1]  # the number, or the last word of "tens of thousands"
        is_word = not any(ch.isdigit() for ch in num)
        if is_word and not vague:
            # A number word counts only when it modifies a noun ("two vessels"), not "one of".
            if tok.dep_ != "nummod" and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
                continue
        value = None if vague else _value(num, scale)
        if value is None and not vague:
            continue
        # A bare four-digit number between 1500 and 2099 without currency or percent is a year.
        if value is not None and not cur and not pct and not scale and re.fullmatch(r"1[5-9]\d\d|20\d\d", num):
            continue
        qualifier, q_start = _qualifier_span(text, s)
        if vague:
            qualifier = "vague"
        unit, counted, kind = None, None, "count"
        head = tok.head if tok.dep_ in ("nummod", "compound", "quantmod", "amod") else None
        if cur:
            unit, kind = CURRENCIES.get(cur, cur.upper()), "money"
        elif pct:
            unit, kind = "percent", "percent"
        nxt_word = re.match(r"\s*([A-Za-z]+)", text[e:e + 15])
        if unit is None and nxt_word and nxt_word.group(1).lower() in CURRENCIES:
            unit, kind = CURRENCIES[nxt_word.group(1).lower()], "money"
        if kind == "count":
            if vague:
                # "tens of thousands of people": follow the "of" chain past the vague words
                pobj, node = None, tok
                for _ in range(3):
                    nxt = next((g for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                                for g in c.children if g.dep_ == "pobj"), None)
                    if nxt is None:
                        break
                    pobj = node = nxt
                    if nxt.lower_ not in VAGUE:
                        break
                if pobj is not None and pobj.lower_ not in VAGUE:
                    counted, unit = _noun_phrase(doc, pobj, chunks), pobj.text.lower()
            elif head is not None and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
                counted, unit = _noun_phrase(doc, head, chunks, tok.i), head.text.lower()
            hy = re.match(r"-(\w+)", text[e:e + 12])  # "six-month"
            if hy and hy.group(1).lower().rstrip("s") in DURATION_UNITS:
                unit, kind = hy.group(1).lower().rstrip("s") + "s", "duration"
                e = e + hy.end()
            elif unit and unit.rstrip("s") in DURATION_UNITS:
                kind = "duration"
        else:
            # what the money or percentage is of: "£3m in funding", "£3 million spend", "90% drop in ..."
            target = None
            if head is not None and head.pos_ == "NOUN" and head.i > tok.i:
                target = head
            else:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "of", "for"):
                        obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                        if obj is not None and obj.ent_type_ not in ("DATE",):
                            target = obj
                            break
            if target is None and span.end + 1 < len(doc) and doc[span.end].lower_ in ("in", "of", "for"):
                nxt = doc[span.end + 1]  # "more than £3m in funding"
                if nxt.pos_ == "NOUN" and not nxt.ent_type_:
                    target = nxt
            if target is not None:
                counted = _noun_phrase(doc, target, chunks, tok.i)
                if kind == "percent":
                    of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
                    if of is not None:
                        counted = doc[target.left_edge.i if target.left_edge.i > tok.i else target.i:of.right_edge.i + 1].text
        period = _period(doc, text, e, date_spans)
        rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=value, unit=unit, counted=counted,
                         qualifier=qualifier, period=period, kind=kind, entity_id=_actor(doc, tok, mention_at),
                         sentence=bisect.bisect_right(sent_starts, s) - 1))
    _fill_elided_units(rows)
    return rows


def _period(doc: Doc, text: str, end: int, date_spans: list[tuple[int, int]]) -> str | None:
    m = PERIODS.match(text[end:end + 20])
    if m:
        return m.group(0).strip()
    # a date within the next few words introduced by in/during/for/over: "£425,000 in 2021–22"
    for a, b in date_spans:
        if end <= a < end + 70 and "." not in text[end:a]:
            lead = text[max(end, a - 8):a].lower()
            if re.search(r"\b(?:in|during|for|over|between)\s+$", lead):
                return text[a:b]
    return None


def _actor(doc: Doc, tok, mention_at: dict[int, str]) -> str | None:
    """Entity of the subject of the clause the number sits in ("the Home Office provided more
    than £3m" → home-office; "Turkey said it turned back 238,448" → turkey); if the number is
    itself the subject, the entity it acts on ("15 people boarded the Bibby Stockholm")."""
    verb = clause_verb(tok, 8)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.i in mention_at:
            return mention_at[subj.i]
        if subj is not None and subj.lower_ in PRONOUNS and verb.dep_ in ("ccomp", "xcomp", "advcl", "conj"):
            verb = verb.head  # "Turkey said it turned back" → the subject of "said"
            continue
        if subj is not None and subj.left_edge.i <= tok.i <= subj.right_edge.i:
            # the number is (in) the subject: use what the verb acts on directly
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is not None:
                for c in obj.subtree:
                    if c.i in mention_at:
                        return mention_at[c.i]
            return None
        if subj is not None:
            for c in subj.subtree:
                if c.i in mention_at:
                    return mention_at[c.i]
        break
    for c in verb.children:  # "according to X"
        if c.lower_ == "according":
            for g in c.subtree:
                if g.i in mention_at:
                    return mention_at[g.i]
    return None


def _fill_elided_units(rows: list[dict]) -> None:
    """"About 50 people had been expected ..., but about 20 were granted": a bare number takes
    the unit of the count just before it in the same or the previous sentence."""
    prev = None
    for r in rows:
        if r["kind"] == "count" and r["unit"] is None and r["value"] is not None and prev is not None \
                and r["sentence"] - prev["sentence"] <= 1:
            r["unit"], r["counted"] = prev["unit"], f"{prev['counted']} (implied)" if prev["counted"] else None
        if r["kind"] == "count" and r["unit"]:
            prev = r
