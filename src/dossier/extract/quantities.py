"""Quantities: value, unit, what is counted, qualifier, period and the actor they concern.

Numbers are found in the text by pattern (so "£3m" keeps its "m", which the statistical
model cuts off), then read with the parse: the noun a number modifies is what it counts, a
qualifier before it ("about", "more than", "up to") says how exact it is, a period after it
("per day", "in 2021–22") says over what time, and the subject of the clause says whose
figure it is. Years, dates, ordinals, times, phone numbers, references ("Part 6", "Volume
737", "c. 37") and digits inside names ("2025 UK Border Strategy") are not quantities.

Units of measurement ("5km", "256GB", "10 tonnes") are read from quantulum3's unit table
(MIT; its JSON files are read as data, the package's code is not run) with a few news units
added in the lexicon, and written by that table's unit name ("kilometre"). Currencies are
ISO 4217 codes from the lexicon's signs, codes and words. A range ("between 200 and 300",
"£3m-£5m") is one row: its low end in ``value``, its high end in ``value_high``.

The module is over 400 lines because finding an amount, its unit, its range and what it counts
is one pass over the text whose steps read each other's results; the unit table loader could
move to its own module (a split proposed in notes/quantities.md).
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import json
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from spacy.tokens import Doc, Span

from ..schema import B, F, I, S, _t
from . import spans
from .context import DocContext
from .syntax import clause_verb
from .lexicon import (
    SCALES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    FRACTIONS,
    UNIT_EXTRA,
    UNIT_STOP,
    UNIT_SYMBOL_SPACED_STOP,
    WORD_NUMBERS,
    VAGUE,
    QUALIFIERS,
    REFERENCE_WORDS,
    DURATION_UNITS,
    PRONOUNS,
)

PERIODS = re.compile(r"^\s*(?:a|per|each|every)\s+(?:day|week|month|year|annum|quarter|night|person|head)\b|^\s*annually\b|^\s*a\s+year\b", re.I)

VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
_NUM = rf"\d*[{''.join(VULGAR)}]|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_WORDS = rf"(?:an?\s+(?=hundred|thousand|dozen))?(?:{_WORD})(?:(?:-|\s+|\s+and\s+)(?:{_WORD}))*"
_CUR = "|".join(re.escape(c) for c in sorted(CURRENCY_PREFIXES, key=len, reverse=True))
_SCALE = r"\s?(?:bn|mn|m|k|tn)\b|\s(?:thousand|million|billion|trillion)\b"
_PCT = r"\s?%|\s(?:per\s?cent|percent)\b"
NUMBER = re.compile(
    rf"(?:(?<![A-Za-z])(?P<cur>(?-i:{_CUR}))\s?)?"
    rf"(?P<sign>(?<![\w.,/#)-])[-−](?=\d))?"
    rf"(?P<num>(?(cur)|(?(sign)|(?<![\w.,/#-])))(?:{_NUM})(?![\d/]|[.,]\d)|(?<![\w-])(?:{_WORDS})\b"
    rf"|(?<![\w-])(?:half\s+)?an?(?=\s(?:thousand|million|billion|trillion)\b)"
    rf"|(?<![\w-])(?:tens\s+of\s+thousands|hundreds\s+of\s+thousands|{'|'.join(VAGUE)})\b)"
    rf"(?P<scale>{_SCALE})?"
    rf"(?P<pct>{_PCT})?",
    re.I,
)
# The high end of a range right after a number: "-£5m", " to 300", "–15 per cent", " and 300".
RANGE_TAIL = re.compile(
    rf"\s?(?P<sep>-|–|—|\s(?:to|and)\s)\s?(?:(?P<cur>(?-i:{_CUR}))\s?)?(?P<num>(?:{_NUM})(?![\d/]|[.,]\d)|(?:{_WORDS})\b)"
    rf"(?P<scale>{_SCALE})?(?P<pct>{_PCT})?",
    re.I,
)
# "rose from 5% to 7%", "fell 15% to $415.9m": a change from one figure to another, not a range.
CHANGE_BEFORE = re.compile(r"\b(?:from|rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|decreased?|"
                           r"decreases|dropped|drops?|climbed|jumped|grew|grown|declined?|slipped|cut|raised?|"
                           r"reduced?|up|down)\s+(?:by\s+)?(?:[^\s]+\s+){0,2}$", re.I)
METRE_AFTER = re.compile(r"\s(?:tall|long|high|wide|deep|away|in\s+(?:length|height|diameter|width))\b", re.I)
RATE = re.compile(r"\s?(?:/|\s(?:per|an|a)\s)(hour|hr|second|minute|day)\b", re.I)
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
# "10.30am", "at 10.30", "15.00 GMT": a clock time, not a decimal.
CLOCK_AFTER = re.compile(r"^\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours|h|gmt|bst|utc|cet|et|pt)\b", re.I)
CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|by|before|after|around)\s+$", re.I)
# Telephone numbers: digit groups after a leading zero or a "+" country code.
PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[\s-]?(?:\(0\))?\d{1,5}|\(?0\d{2,5}\)?)(?:[\s-]\d{3,4}){1,3}(?![\w,.]\d)")
# Fractions: "a third of", "two-thirds", "half of", "one in four", "3 in 10".
_FRAC = "|".join(sorted(FRACTIONS, key=len, reverse=True))
FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](?P<d>{_FRAC})\b"
    rf"|(?P<half>half)(?=\s+(?:of|the|all|its|their|his|her|our|those|these)\b)"
    rf"|(?P<n2>one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d2>two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|\d{{1,3}})(?![\w,.]))\b",
    re.I,
)


QUANTITIES = _t(
    "quantities",
    "Amounts stated in the text: money, percentages, counts, measurements, fractions, durations; `documents.text[start:end] == text`.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character (the qualifier, if any, is included).", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The quantity as written ('more than £3m', 'About 50', '238,448', 'between 200 and 300').", False),
    ("value", F, "The number: 3000000 for '£3m', 238448 for '238,448', 90 for '90%', 0.25 for 'one in four'; the low end of a range; empty for a vague amount ('hundreds')."),
    ("value_high", F, "The high end of a range ('between 200 and 300' → 300, '£3m-£5m' → 5000000); empty when the figure is not a range."),
    ("unit", S, "ISO currency code (GBP, EUR, USD, MYR), 'pence' or 'cents' (value as written), 'percent', a unit of measurement by quantulum3's name ('kilometre', 'gigabyte', 'tonne'), a duration unit, or the counted noun (people, migrants, vessels); empty for a fraction."),
    ("counted", S, "The noun phrase counted or what the money/percentage/fraction is of ('small boats and boat parts', 'funding', 'applicants'); '(implied)' when carried over from the figure before."),
    ("qualifier", S, "exact, approximately, more_than, less_than, up_to ('up to 3,000', 'as many as': a ceiling the text states), only or vague.", False),
    ("period", S, "The period the figure covers where the text says ('per day', 'each year', '2021–22')."),
    ("kind", S, "money, percent, count, measure (a unit of measurement), fraction ('a third', 'one in four') or duration.", False),
    ("entity_id", S, "The actor the figure is about or attributed to, where the sentence says so (subject of its clause, or what a counted subject acts on)."),
    ("sentence", I, "Sentence number.", False),
)


def _quantulum_dir() -> Path:
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the quantities extractor reads quantulum3's unit table: install quantulum3==0.10.0")
    return Path(list(spec.submodule_search_locations)[0])


# Measurement kinds read as units; currency comes from the lexicon, time from DURATION_UNITS.
UNIT_ENTITIES = {"length", "mass", "area", "volume", "speed", "power", "energy", "data storage",
                 "data transfer rate", "temperature", "frequency", "pressure"}
PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "c": "centi", "m": "milli", "µ": "micro", "n": "nano"}


def _plural(surface: str) -> str:
    words = surface.split()
    k = 0 if (" per " in surface or words[0] == "degree") else len(words) - 1
    w = words[k]
    w = {"foot": "feet", "inch": "inches"}.get(w, w if w.endswith(("s", "z")) else w + "s")
    return " ".join(words[:k] + [w] + words[k + 1:])


@functools.lru_cache(maxsize=1)
def _units() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(symbols as written, lower-case words, symbols read after a space) -> unit name, from
    quantulum3's ``units.json`` (its English overrides on top), SI prefixes limited to the
    common ones, plus ``UNIT_EXTRA``. Loaded once per process."""
    root = _quantulum_dir()
    table: dict[str, dict] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(name, {}).update(unit)
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for name, unit in sorted(table.items()):
        if unit.get("entity") not in UNIT_ENTITIES or name in UNIT_STOP:
            continue
        forms = [(name, unit.get("symbols", []), unit.get("surfaces", []))]
        for p in unit.get("prefixes", []):
            if p in PREFIXES:
                forms.append((PREFIXES[p] + name, [p + s for s in unit.get("symbols", [])],
                              [PREFIXES[p] + s for s in unit.get("surfaces", [])]))
        for uname, syms, surfs in forms:
            for sym in syms:
                symbols.setdefault(sym, uname)
            for surf in [uname, *surfs]:
                low = surf.lower()
                words.setdefault(low, uname)
                words.setdefault(_plural(low), uname)
    for k, v in UNIT_EXTRA.items():
        symbols[k] = v
        words[k.lower()] = v
    spaced = {k: v for k, v in symbols.items() if len(k) > 1 and k.lower() not in UNIT_SYMBOL_SPACED_STOP
              and k.lower() not in WORD_NUMBERS}
    return symbols, words, spaced


_GLUED = re.compile(r"[A-Za-zµ°²][A-Za-z²/]*")
_SPACED = re.compile(r"\s([A-Za-zµ°][\w²/.-]*)(?:\s([A-Za-z]+))?")


def _glued_unit(text: str, end: int) -> tuple[str | None, int]:
    """The unit written straight after the digits ("5km", "256GB", "640bhp", "20p"), and its end."""
    m = _GLUED.match(text, end)
    if not m:
        return None, end
    sym = m.group(0)
    symbols, words, _ = _units()
    if sym.lower() in CURRENCY_WORDS and sym not in symbols:
        return "cur:" + CURRENCY_WORDS[sym.lower()], m.end()
    unit = symbols.get(sym) or words.get(sym.lower()) or (symbols.get(sym.lower()) if len(sym) > 1 else None)
    if sym in ("p",):
        unit = "cur:pence"
    return unit, m.end() if unit else end


def _spaced_unit(text: str, end: int) -> tuple[str | None, int]:
    """A unit word or symbol after a space ("5 km", "10 tonnes", "30 degrees Celsius")."""
    m = _SPACED.match(text, end)
    if not m:
        return None, end
    symbols, words, spaced = _units()
    one = m.group(1).rstrip(".")
    if m.group(2):
        two = f"{one} {m.group(2)}".lower()
        if two in words:
            return words[two], m.end(2)
    if one.lower() in words:
        return words[one.lower()], m.start(1) + len(one)
    if one in spaced:
        return spaced[one], m.start(1) + len(one)
    return None, end


def _currency_after(text: str, end: int) -> tuple[str | None, int]:
    """A currency word, code or sign after the amount ("nine euros", "528 million francs", "10 $")."""
    m = re.match(r"\s?([$€£¢])|\s+((?:[A-Za-z.]+\s+){0,2}[A-Za-z]+)\b", text[end:end + 40])
    if not m:
        return None, end
    if m.group(1):
        return CURRENCY_WORDS[m.group(1)], end + m.end()
    words = m.group(2).split()
    for k in range(len(words), 0, -1):
        w = " ".join(words[:k]).lower()
        if w in CURRENCY_WORDS and w != "p":
            return CURRENCY_WORDS[w], end + m.start(2) + len(" ".join(words[:k]))
    return None, end


def _value(num: str, scale: str = "") -> float | None:
    """The number written, times its scale word, computed in decimal ("£16.6 million" is
    16600000 exactly, not 16600000.000000002)."""
    n = num.lower().replace(",", "").strip()
    if n and n[-1] in VULGAR:  # "2½", "¾"
        return float((Decimal(n[:-1] or 0) + Decimal(str(VULGAR[n[-1]]))) * (Decimal(str(SCALES[scale])) if scale else 1))
    if scale and re.fullmatch(r"(?:half\s+)?an?", n):
        return float(Decimal(str(SCALES[scale])) * (Decimal("0.5") if n.startswith("half") else 1))  # "half a million"
    factor = Decimal(str(SCALES[scale])) if scale else Decimal(1)
    try:
        return float(Decimal(n) * factor)
    except InvalidOperation:
        pass
    total, current = 0.0, 0.0
    for w in re.split(r"[-\s]+", n):
        if w == "and" or (w in ("a", "an") and current == 0):
            continue  # "a hundred and two"
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


def _is_clock(text: str, m: re.Match, num: str, amount: bool) -> bool:
    """"15:00", "10.30am", "at 10.30": a time of day. "58.24" and "$7.36" are decimals."""
    if amount or not CLOCK.match(num):
        return False
    return ":" in num or bool(CLOCK_AFTER.match(text, m.end("num"))) \
        or bool(CLOCK_BEFORE.search(text[max(0, m.start() - 8):m.start()]))


def _fractions(doc: Doc, text: str, blocked, chunks, mention_at, sent_starts, rows: list[dict]) -> list[tuple[int, int]]:
    """Rows for fractions ("a third of", "two-thirds", "half of", "one in four"); returns their
    spans so their number words are not read again as counts. "A third country", "the third"
    are ordinals, not fractions: a singular fraction word needs "of" after it."""
    out = []
    starts = [a for a, _ in blocked]
    for m in FRACTION.finditer(text):
        s, e = m.start(), m.end()
        i = bisect.bisect_right(starts, s) - 1
        if any(a < e and s < b for a, b in blocked[max(0, i - 3):i + 4]):
            continue
        after = text[e:e + 4].lower()
        if m.group("d"):
            n = 1 if m.group("n").lower() in ("a", "an") else WORD_NUMBERS[m.group("n").lower()]
            d_word = m.group("d").lower()
            plural = d_word.endswith("s") and d_word != "thirds" or d_word in ("thirds", "halves")
            if not (after.startswith(" of") or (plural and n > 1) or ("-" in m.group(0) and n == 1 and m.group("n").lower() != "a")):
                continue
            value = n / FRACTIONS[d_word]
        elif m.group("half"):
            value = 0.5
        else:
            n_w, d_w = m.group("n2").lower(), " ".join(m.group("d2").lower().split())
            n = float(n_w) if n_w.isdigit() else WORD_NUMBERS.get(n_w)
            d = float(d_w) if d_w.isdigit() else 100.0 if d_w == "a hundred" else WORD_NUMBERS.get(d_w)
            if not n or not d or n >= d:
                continue
            value = n / d
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue
        tok = span[-1]
        counted = None
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        if pobj is None and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
            pobj = tok.head  # "two-thirds majority"
        if pobj is not None:
            counted = _noun_phrase(doc, pobj, chunks, tok.i)
        qualifier, q_start = _qualifier_span(text, s)
        rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=value, value_high=None, unit=None,
                         counted=counted, qualifier=qualifier, period=None, kind="fraction",
                         entity_id=_actor(doc, tok, mention_at), sentence=bisect.bisect_right(sent_starts, s) - 1))
        out.append((s, e))
    return out


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
    # A duration the dates table also reads ("three years", "P3Y") stays a quantity (kind duration).
    date_spans = sorted((r["start"], r["end"]) for r in ctx.results["dates"]
                        if r.get("granularity") != "duration" and not str(r.get("value") or "").startswith("P"))
    mention_at = {i: m.entity_id for i, m in ctx.mention_at.items()}
    blocked = sorted([*ctx.name_spans, *date_spans, *ctx.url_spans])
    starts = [s for s, _ in blocked]
    chunks: dict[int, Span] = {}
    for nc in doc.noun_chunks:
        chunks[nc.root.i] = nc
    sent_starts = spans.sentence_starts(doc)
    names = set(ctx.name_spans)
    rows: list[dict] = []
    taken = _fractions(doc, text, blocked, chunks, mention_at, sent_starts, rows)
    blocked = sorted([*blocked, *((p.start(), p.end()) for p in PHONE.finditer(text)), *taken])
    starts = [s for s, _ in blocked]
    consumed = 0
    for m in NUMBER.finditer(text):
        s, e = m.start(), m.end()
        if s < consumed:
            continue
        num = m.group("num")
        i = bisect.bisect_right(starts, s) - 1
        word_end = e + len(re.match(r"[\w.,%$€£]*", text[e:e + 20]).group(0).rstrip(".,"))
        # A "name" that is only the amount ("USD115.5", "640bhp" taken for an entity) does not hide it.
        if any(a < e and s < b and not ((a, b) in names and s <= a and b <= word_end)
               for a, b in blocked[max(0, i - 3):i + 4]):
            continue
        cur_sign = m.group("cur") or ""
        scale = (m.group("scale") or "").strip().lower()
        pct = bool(m.group("pct"))
        if ORDINAL.match(num) or _is_clock(text, m, num, bool(cur_sign or scale or pct)):
            continue
        if num[0] == "0" and len(num) > 1 and num[1].isdigit():
            continue  # "020", "007": a code or part of a telephone number
        unit, kind, value_high = None, "count", None
        if cur_sign:
            unit, kind = CURRENCY_PREFIXES[cur_sign], "money"
        elif pct:
            unit, kind = "percent", "percent"
        if num[-1:].isdigit() and text[m.end("num"):m.end("num") + 1].isalpha() and not scale and not pct:
            glued, g_end = _glued_unit(text, m.end("num"))
            if glued is None:
                continue  # "3rd", "5G", "HCWS668": not an amount
            if glued.startswith("cur:"):
                if unit is None:
                    unit, kind = glued[4:], "money"
            elif unit is None:
                unit, kind = glued, "measure"
            e = g_end
        low = num.lower()
        prev_word = re.search(r"([A-Za-z]+)\.?\s*$", text[max(0, s - 12):s])
        if prev_word and prev_word.group(1).lower() in REFERENCE_WORDS and not cur_sign:
            continue
        if text[e:e + 1] == "/" or text[max(0, s - 1):s] == "/":
            continue  # 24/7, 1/2
        vague = low.split()[0] in VAGUE or low.startswith(("tens of", "hundreds of"))
        value = None if vague else _value(num, scale)
        if value is None and not vague:
            continue
        if m.group("sign") and value is not None:
            value = -value  # "-5C", "−273.15°"
        # A bare four-digit number between 1500 and 2099 without currency or percent is a year.
        year_like = value is not None and not cur_sign and not pct and not scale and unit is None \
            and bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", num))
        tail = RANGE_TAIL.match(text, e) if value is not None and kind != "measure" else None
        if tail is not None:
            high = _value(tail.group("num"), (tail.group("scale") or "").strip().lower())
            sep = tail.group("sep").strip()
            before = text[max(0, s - 12):s].lower()
            t_cur, t_pct = tail.group("cur"), bool(tail.group("pct"))
            ok = high is not None and high > value and not CHANGE_BEFORE.search(text[max(0, s - 30):s]) \
                and (sep != "and" or re.search(r"\bbetween\s+$", before)) \
                and not (sep in "-–—" and not any(ch.isdigit() for ch in tail.group("num"))) \
                and not (t_cur and (pct or (cur_sign and CURRENCY_PREFIXES[t_cur] != CURRENCY_PREFIXES[cur_sign]))) \
                and not (t_pct and cur_sign) and not (pct and tail.group("scale") and not t_pct) \
                and not ((cur_sign or pct) and sep == "to" and not (t_cur or t_pct))
            if ok and not scale and tail.group("scale"):
                value = _value(num, tail.group("scale").strip().lower())  # "£3-5m", "between 2 and 3 million"
                ok = value is not None and value < high
            if not ok and sep in "-–—" and not (cur_sign or scale or pct or tail.group("cur")):
                continue  # "won 3-1", "A1-2": a score or a code, not two amounts
            if ok:
                value_high, e = high, tail.end()
                if tail.group("cur") and unit is None:
                    unit, kind = CURRENCY_PREFIXES[tail.group("cur")], "money"
                if tail.group("pct") and unit is None:
                    unit, kind = "percent", "percent"
                scale = scale or (tail.group("scale") or "").strip().lower()
                num = tail.group("num")
        consumed = e
        if kind == "count" and not vague:
            c_unit, c_end = _currency_after(text, e)
            hy = re.match(r"-([A-Za-z]+)\b", text[e:e + 20])  # "a 3-inch gap", "the six-mile trip"
            if hy and _units()[1].get(hy.group(1).lower()):
                unit, kind, e = _units()[1][hy.group(1).lower()], "measure", e + hy.end()
            elif c_unit is not None:
                unit, kind, e = c_unit, "money", c_end
            else:
                m_unit, m_end = _spaced_unit(text, e)
                if m_unit is not None:
                    unit, kind, e = m_unit, "measure", m_end
            if scale == "m" and unit is None and METRE_AFTER.match(text, e):
                value, scale, unit, kind = _value(num, ""), "", "metre", "measure"  # "1.8m tall"
            consumed = e
        if kind == "measure":
            rate = RATE.match(text, e)  # "188 miles an hour", "200 kilometres per hour"
            if rate and f"{unit} per {rate.group(1).lower()}" in _units()[1]:
                unit, e = f"{unit} per {rate.group(1).lower()}", rate.end()
            consumed = e
        num_end = e if value_high is None else tail.end("num")
        span = doc.char_span(tail.start("num") if value_high is not None else m.start("num"),
                             num_end if value_high is not None else m.end("num"), alignment_mode="expand")
        if span is None:
            continue
        tok = span[-1]  # the number, or the last word of "tens of thousands"
        if year_like and value_high is None and not (tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS")
                                                     and tok.head.i == tok.i + 1 and not tok.head.ent_type_
                                                     and not (tok.i > 0 and doc[tok.i - 1].pos_ == "ADP")):
            continue  # a year, unless it counts a plural noun right after it ("1600 people")
        is_word = not any(ch.isdigit() or ch in VULGAR for ch in num)
        hy_word = re.match(r"-([a-z]+)", text[e:e + 15]) if is_word and kind == "count" else None
        if hy_word and hy_word.group(1).rstrip("s") not in DURATION_UNITS and hy_word.group(1) not in WORD_NUMBERS:
            continue  # "a one-off payment", "a two-way street": a compound adjective, not an amount
        if is_word and not vague and kind == "count" and not (len([w for w in re.split(r"[-\s]+", low) if w not in ("a", "an", "and")]) > 1 or scale):
            # A single number word counts only when it modifies a noun ("two vessels"), not "one of";
            # a compound one ("a hundred and two", "twenty-one", "three million") is an amount anyway.
            if tok.dep_ != "nummod" and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"):
                continue
        qualifier, q_start = _qualifier_span(text, s)
        if vague:
            qualifier = "vague"
        if value_high is not None and q_start == s:
            btw = re.search(r"\bbetween\s+$", text[max(0, s - 9):s], re.I)
            q_start = s - (len(btw.group(0)) if btw else 0)
        counted = None
        anchor = tok.head if value_high is not None and tok.dep_ == "conj" and tok.head.i < tok.i else tok
        head = anchor.head if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else None
        if head is not None and head.i < tok.i:
            head = None
        if head is not None and head.idx < e and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "1.8m people": the scale letter, then the noun
        inside = tok.i  # last token of the quantity as written ("5km" may be two tokens)
        while inside + 1 < len(doc) and doc[inside + 1].idx < e:
            inside += 1
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
                counted, unit = _noun_phrase(doc, head, chunks, inside), head.text.lower()
            hy = re.match(r"-(\w+)", text[e:e + 12])  # "six-month"
            if hy and hy.group(1).lower().rstrip("s") in DURATION_UNITS:
                unit, kind = hy.group(1).lower().rstrip("s") + "s", "duration"
                e = e + hy.end()
            elif unit and unit.rstrip("s") in DURATION_UNITS:
                kind = "duration"
        else:
            # what the money or percentage is of: "£3m in funding", "£3 million spend", "90% drop in ..."
            target = None
            if head is not None and head.idx < e and head.dep_ in ("compound", "amod", "nmod") and head.head.i > head.i:
                head = head.head  # "a 5km track", "a £3m contract": the unit word, then the noun
            if head is not None and head.pos_ == "NOUN" and head.i > tok.i and head.idx >= e:
                target = head
            else:
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("in", "of", "for"):
                        obj = next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
                        if obj is not None and obj.ent_type_ not in ("DATE",):
                            target = obj
                            break
            after = doc.char_span(e, min(len(text), e + 1), alignment_mode="expand") if e < len(text) else None
            k = after.start if after is not None else len(doc)
            while k < len(doc) and doc[k].is_space:
                k += 1
            if target is None and k + 1 < len(doc) and doc[k].lower_ in ("in", "of", "for"):
                nxt = doc[k + 1]  # "more than £3m in funding"
                if nxt.pos_ == "NOUN" and not nxt.ent_type_:
                    target = nxt
            if target is not None:
                counted = _noun_phrase(doc, target, chunks, inside)
                if kind == "percent":
                    of = next((c for c in target.children if c.dep_ == "prep" and c.lower_ in ("in", "of")), None)
                    if of is not None:
                        counted = doc[target.left_edge.i if target.left_edge.i > tok.i else target.i:of.right_edge.i + 1].text
        period = _period(doc, text, e, date_spans)
        rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=value, value_high=value_high,
                         unit=unit, counted=counted,
                         qualifier=qualifier, period=period, kind=kind, entity_id=_actor(doc, tok, mention_at),
                         sentence=bisect.bisect_right(sent_starts, s) - 1))
    rows.sort(key=lambda r: (r["start"], r["end"]))  # fractions were read in a pass of their own
    _fill_elided_units(rows)
    return rows


def _period(doc: Doc, text: str, end: int, date_spans: list[tuple[int, int]]) -> str | None:
    m = PERIODS.match(text[end:end + 20])
    if m:
        return m.group(0).strip()
    # a date within the next few words introduced by in/during/for/over: "£425,000 in 2021–22"
    i = bisect.bisect_left(date_spans, (end, -1))  # date_spans are sorted: look only at the next 70 characters
    for a, b in date_spans[i:]:
        if a >= end + 70:
            break
        if "." not in text[end:a]:
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
