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

How amounts are written (the patterns and the value readers: spelled numbers through
text2num, fractions, scales, ranges, "5 ft 2 in") is in :mod:`.quantities_numbers`; the unit
table and the unit and currency readers in :mod:`.quantities_units`; what a bare number counts
(subject of "rose to", partitives, elided units) in :mod:`.quantities_counted`; bill numbers, rate
denominators and house numbers in :mod:`.quantities_refs`; the gate that lets the number
patterns skip word starts no amount begins with, and the noun chunks read per sentence, in
:mod:`.quantities_scan`; word lists for text the development sets do not show in
:mod:`.quantities_vocab`. This module is over 400
lines because finding an amount, its unit, its range and what it counts is one pass over the
text whose steps read each other's results.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from spacy.tokens import Doc, Span

from ..schema import F, I, S, _t
from . import spans
from .context import DocContext
from .syntax import clause_verb
from .quantities_fractions import spelled_fractions
from .quantities_counted import appositive_ages, compound_head, fill_counted, hyphen_count, unnamed_one
from .quantities_vocab import AGE_AFTER, AREA_HYPHEN, CODE_SECTION_AFTER, CONSTANT_MONEY, NEWS_QUALIFIERS, ONE_AT, ONE_IDIOM, SHORT_YEAR_BEFORE, TALLY, ZERO_AFTER
from .quantities_refs import is_document_code, is_house_number, is_rate_denominator
from .quantities_scan import NounChunks, unlisted
from .quantities_units import (  # noqa: F401 (tests read _units)
    AMOUNT_PER, INCH_MARK, PER_SLASH, _currency_after, _currency_words, _glued_unit, _inch_mark, _per_unit, _spaced_unit, _units,
    kelvin_here, rate_noun, SCALED_SIGNS,
)
from .quantities_numbers import (
    VULGAR, NUMBER, RANGE_TAIL, SUSPENDED, WEIGHT_BEFORE, POWER_AFTER, INCH_AFTER, FRACTION_DENOMINATORS, AND_BEFORE, METRE_AFTER, ORDINAL, CLOCK, CLOCK_AFTER, CLOCK_BEFORE, PHONE, COORDINATE, RATIO, FRACTION, _value, _is_change, _unit_range, _sub_amount,
    is_reference, POUNDS_OF, UNCERTAINTY, SHARED_UNIT, WORD_SCALES, _compound_tail, MILLION_CODE, MILLION_PREFIXES, PREFIX_CODES, _unit_at,
    MASS_BEFORE, MONEY_BEFORE, POUND_NOUN, POUND_NOTE, POINTS_AFTER, HALF_BEFORE, SCALE_AFTER, MEASURE_NEAR, MONEY_SIGN,
    NOT_ALONE_AFTER, HALF_A, OF_ONE, FRACTION_BEFORE, POINT_OF_ONE, DURATION_OF_ONE, A_UNIT_OF, AMOUNT_BEFORE, MULTIPLIER, COMPARED_AFTER, THINK_TWICE, PLUS_AFTER,
    CHANGE_FROM, SCALES,  # the lexicon's, with "trn"
)
from .lexicon import (
    SUBUNITS,
    CURRENCY_WORDS,
    FRACTIONS,
    WORD_NUMBERS,
    VAGUE,
    QUALIFIERS,
    REFERENCE_WORDS,
    DURATION_UNITS,
    PRONOUNS,
)

# "per day", "a year", "/hour"; hyphenated before a noun: "a $500-a-month rent", "£3.5bn-a-year".
# "a year ago", "a year earlier" say when, not over what time ("£410m a year earlier" has no period);
# "per" before any noun is what the figure is paid or counted for ("PLN 100 per child", "$85 per barrel").
PERIODS = re.compile(r"^\s*(?:(?:an?\s+|per\s+|each\s+|every\s+|/\s?|-an?-)(?:hour|day|week|month|year|annum|quarter|night|person|head)\b"
                     r"|per\s+(?!cent)[a-z]{3,}\b|annually\b|a\s+year\b)(?!\s+(?:ago|earlier|later|before|previously)\b)", re.I)
# Words between a number and a noun that make the noun not what the number counts ("1,500 last year").
AGED = re.compile(r"\b(?:aged|age|ages)(?:\s+of)?\s+$", re.I)  # "aged 25", "at the age of 20"
TIME_OF_DAY = re.compile(r"\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|utc)(?!\w)", re.I)
# "rose by a quarter over the decade", "cut by a third in 2020": a change by a fraction, when what
# follows the fraction word cannot be its noun ("by a third party" stays an ordinal).
BY_BEFORE = re.compile(r"\bby\s+$", re.I)
NOT_A_NOUN_AFTER = re.compile(r"\s+(?:over|in|since|from|to|than|on|after|during|between|compared|within|amid|"
                              r"this|last|and|or|but|while|as|at|for|year-on-year|a\s+year)\b", re.I)
# "a 3m (10ft) wall", "2m (6.5 feet) high": a glued "m" with its length in feet, inches, yards or
# miles in brackets after it is the metre (news converts lengths so; money is converted to money).
IMPERIAL_AFTER = re.compile(r"\s?\(\s?(?:about\s+|around\s+|c\.\s?|approx\.?\s?)?\d[\d,.]*\s?"
                            r"(?:ft|feet|foot|in|inches|yards?|yds?|miles?)\b", re.I)
DURATION_ABBREVIATIONS = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours", "sec": "seconds",
                          "secs": "seconds", "yr": "years", "yrs": "years", "wk": "weeks", "wks": "weeks"}
ATTRIBUTE_BEFORE = re.compile(r"\w=[\"']$")
TIMES_AFTER = re.compile(r"\s+times\b", re.I)
ABSOLUTE_BEFORE = re.compile(r"\babsolute\s+$", re.I)
SCALE_OF = re.compile(r"\s+of\s+an?\s+(thousand|million|billion)\b", re.I)
FRACTION_SIGN = re.compile(r"(?:(?<![\w-])(?:minus|negative)\s+|(?<![\w.,/#)-])[-−])$", re.I)
A_COIN = re.compile(r"(?<![\w$£€¥%.,-])[Aa]n?\s+(?P<cur>dollar|euro|penny|cent)\b")  # one of the money: "a penny"
NOT_COUNTED_BETWEEN = {"last", "next", "this", "that", "previous", "the", "a", "an", "per", "each", "every"}

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
    ("unit", S, "ISO currency code (GBP, EUR, USD, MYR), 'pence' or 'cents' (value as written), 'percent', 'percentage points', 'basis points', a unit of measurement by quantulum3's name ('kilometre', 'gigabyte', 'tonne'), a duration unit, 'times' for a factor ('twice', 'three times as many', 'tenfold'), or the counted noun (people, migrants, vessels); empty for a fraction."),
    ("counted", S, "The noun phrase counted or what the money/percentage/fraction is of ('small boats and boat parts', 'funding', 'applicants'); '(implied)' when carried over from the figure before."),
    ("qualifier", S, "exact, approximately, more_than, less_than, up_to ('up to 3,000', 'as many as': a ceiling the text states), only or vague.", False),
    ("period", S, "The period the figure covers where the text says ('per day', 'each year', '2021–22')."),
    ("kind", S, "money, percent (a share, or a change in percentage points), count (a factor too: unit 'times'), measure (a unit of measurement; basis points), fraction ('a third', 'one in four') or duration.", False),
    ("entity_id", S, "The actor the figure is about or attributed to, where the sentence says so (subject of its clause, or what a counted subject acts on)."),
    ("sentence", I, "Sentence number.", False),
)


def _is_clock(text: str, m: re.Match, num: str, amount: bool) -> bool:
    """"15:00", "10.30am", "at 10.30": a time of day. "58.24" and "$7.36" are decimals."""
    if amount or not CLOCK.match(num):
        return False
    if POINTS_AFTER.match(text, m.end("num")) or _unit_at(text, m.end("num"))[0] is not None:
        return False  # "cut by 0.25 percentage points", "at 1.45 metres": a decimal with its unit
    return ":" in num or bool(CLOCK_AFTER.match(text, m.end("num"))) \
        or bool(CLOCK_BEFORE.search(text[max(0, m.start() - 8):m.start()]))


def _among_measures(text: str, s: int, e: int) -> bool:
    """"capacity 100t, outreach 48m", "1m is 10 dm": a glued "m" among measurements of length or
    mass in its sentence (no money there, no noun counted after it) is the metre, not million."""
    if NOT_ALONE_AFTER.match(text, e):
        return False
    before, after = text[max(0, s - 60):s], text[e:e + 60]
    before = re.split(r"[;!?]|\.\s+(?=[A-Z])", before)[-1]
    after = re.split(r"[;!?]|\.(?:\s+[A-Z]|\s*$)", after)[0]
    return not MONEY_SIGN.search(before + after) and bool(MEASURE_NEAR.search(before) or MEASURE_NEAR.search(after))


def _fractions(doc: Doc, text: str, blocked, chunks, mention_at, sent_starts, rows: list[dict]) -> list[tuple[int, int]]:
    """Rows for fractions ("a third of", "two-thirds", "half of", "one in four"); returns their
    spans so their number words are not read again as counts. "A third country", "the third"
    are ordinals, not fractions: a singular fraction word needs "of" after it."""
    out = []
    starts = [a for a, _ in blocked]

    taken: list[tuple[int, int]] = []  # the spans read so far, sorted (each pass reads left to right)

    def free(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, s) - 1
        j = bisect.bisect_right(taken, (s, len(text) + 1)) - 1
        return not any(a < e and s < b for a, b in blocked[max(0, i - 3):i + 4]) \
            and not any(a < e and s < b for a, b in taken[max(0, j - 1):j + 2])

    def take(s: int, end: int) -> None:
        out.append((s, end))
        bisect.insort(taken, (s, end))

    for s, e, value in spelled_fractions(text):  # "twenty fifths", "one hundred thirty-fifths"
        if free(s, e) and (end := _fraction_row(doc, text, s, e, value, chunks, mention_at, sent_starts, rows)):
            take(s, end)
    for m in HALF_A.finditer(text):  # "half a mile", "half a percentage point", "half an hour"
        s, e = m.start(), m.end()
        if free(s, e) and _of_one_unit(text, e) is not None \
                and (end := _fraction_row(doc, text, s, e, 0.5, chunks, mention_at, sent_starts, rows)):
            take(s, end)
    for m in A_UNIT_OF.finditer(text):  # "a gallon of beer", "an acre of land": one of the unit
        s, e = m.start(), m.end("unit")
        if free(s, e) and not AMOUNT_BEFORE.search(text, max(0, s - 14), s) and not FRACTION_BEFORE.search(text, max(0, s - 16), s) \
                and (end := _fraction_row(doc, text, s, m.end("a"), 1.0, chunks, mention_at, sent_starts, rows)):
            take(s, end)
            unit_tok = doc.char_span(m.start("unit"), m.end("unit"), alignment_mode="expand")
            of = next((c for c in unit_tok[-1].children if c.dep_ == "prep" and c.lower_ == "of"), None) if unit_tok else None
            pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            rows[-1]["counted"] = _noun_phrase(doc, pobj, chunks) if pobj is not None else None
    for m in A_COIN.finditer(text):  # "a penny", "less than a dollar a day": one of the currency
        s, e = m.start(), m.end()
        word = doc.char_span(m.start("cur"), e)
        if word is None or not free(s, e) or AMOUNT_BEFORE.search(text, max(0, s - 14), s) or text[e:e + 1] in "-'’":
            continue
        k = word[-1].i + 1
        if k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
            continue  # "a dollar store", "a euro zone", "a penny share": a noun's modifier
        qualifier, q_start = _qualifier_span(text, s)
        rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=1.0, value_high=None,
                         unit=CURRENCY_WORDS[m.group("cur").lower()], counted=None, qualifier=qualifier,
                         period=_period(doc, text, e, [], True), kind="money", entity_id=_actor(doc, word[-1], mention_at),
                         sentence=bisect.bisect_right(sent_starts, s) - 1))
        take(s, e)
    for m in MULTIPLIER.finditer(text):  # "twice as many", "more than twice the rate", "a tenfold rise"
        s, e = m.start(), m.end()
        if not free(s, e) or THINK_TWICE.search(text, max(0, s - 12), s) \
                or (m.group("mult") and not COMPARED_AFTER.match(text, e)):
            continue  # "think twice"; "met twice", "twice a year": how often, no factor
        word = (m.group("fold") or m.group("mult")).lower()
        if word in MULTIPLIER_WORDS and word not in ("twice", "thrice") and (span := doc.char_span(s, e)) is not None \
                and span[0].pos_ in ("VERB", "AUX"):
            continue  # "plans to double the capacity": a verb of change, as "doubled" is
        value = MULTIPLIER_WORDS.get(word) or _value(word)
        if value is not None and (end := _fraction_row(doc, text, s, e, value, chunks, mention_at, sent_starts, rows)):
            take(s, end)
            if rows[-1]["kind"] == "fraction":
                rows[-1].update(kind="count", unit="times")  # a factor, as "three times as many" is read
    spelled = list(out)
    for m in FRACTION.finditer(text):
        s, e = m.start(), m.end()
        if not free(s, e) or any(a < e and s < b for a, b in spelled):
            continue
        after = text[e:e + 4].lower()
        if AND_BEFORE.search(text[max(0, s - 40):s]):
            continue  # "two and a half", "six million and two thirds": read with the number
        if m.group("d"):
            n = 1 if m.group("n").lower() in ("a", "an") else WORD_NUMBERS[m.group("n").lower()]
            d_word = m.group("d").lower()
            plural = d_word.endswith("s") and d_word != "thirds" or d_word in ("thirds", "halves")
            alone = m.group("n").lower() in ("one", "a", "an") and (not re.match(r"\s*[A-Za-z]", text[e:e + 2])  # "exactly one sixth."
                                                                   or (BY_BEFORE.search(text, max(0, s - 4), s) and NOT_A_NOUN_AFTER.match(text, e)))
            if not (after.startswith(" of") or (plural and n > 1) or alone
                    or ("-" in m.group(0) and n == 1 and m.group("n").lower() != "a")):
                continue
            value = n / FRACTIONS[d_word]
        elif m.group("half"):
            value = 0.5
        elif m.group("half2"):
            if not HALF_BEFORE.search(text, max(0, s - 16), s):
                continue  # "the second half", "half-time" stay out: "half" alone needs a qualifier
            value = 0.5
        elif m.group("n3"):
            n, d = _value(m.group("n3")), _value(m.group("d3"))
            if n is None or not d:
                continue
            value = n / d
        else:
            n_w, d_w = m.group("n2").lower(), " ".join(m.group("d2").lower().split())
            n = float(n_w) if n_w.isdigit() else WORD_NUMBERS.get(n_w)
            d = float(d_w) if d_w.isdigit() else 100.0 if d_w == "a hundred" else _value(d_w)
            if not n or not d or n >= d:
                continue
            value = n / d
        if end := _fraction_row(doc, text, s, e, value, chunks, mention_at, sent_starts, rows):
            take(s, end)
    out.sort()
    return out


def _fraction_row(doc: Doc, text: str, s: int, e: int, value: float, chunks, mention_at, sent_starts,
                  rows: list[dict]) -> int | None:
    """Append the row of the fraction at ``text[s:e]`` and return its end (a unit or "of a
    million" may follow); None when it is not on token edges."""
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    tok = span[-1]
    counted = None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if pobj is None and tok.head.pos_ == "NOUN" and tok.head.i > tok.i \
            and not any(t.lower_ in NOT_COUNTED_BETWEEN for t in doc[tok.i + 1:tok.head.i]):
        pobj = tok.head  # "two-thirds majority"
    if pobj is not None:
        counted = _noun_phrase(doc, pobj, chunks, tok.i)
    kind = "fraction"
    of_scale = SCALE_OF.match(text, e)
    if of_scale is not None:  # "a quarter of a million children", "two thirds of a million": a count
        value, e, kind, counted = value * SCALES[of_scale.group(1).lower()], of_scale.end(), "count", None
        span = doc.char_span(s, e, alignment_mode="expand")
    sign = FRACTION_SIGN.search(text, max(0, s - 10), s)
    if sign is not None:  # "negative one over 20", "-4/5"
        value, s = -value, sign.start()
    qualifier, q_start = _qualifier_span(text, s)
    unit, u_end = _spaced_unit(text, e)  # "one-half miles", "three-quarters mile": a measure
    one = _of_one_unit(text, e) if kind == "fraction" and unit is None else None
    if one is not None:  # "a quarter of a mile", "half a percentage point", "half an hour"
        unit, kind, e, counted = *one, None
    elif unit is not None:
        kind, e = "measure", u_end
    elif kind == "count" and span[-1].head.i > span[-1].i and span[-1].head.tag_ in ("NNS", "NNPS"):
        unit, counted = span[-1].head.text.lower(), _noun_phrase(doc, span[-1].head, chunks, span[-1].i)
    rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=value, value_high=None, unit=unit,
                     counted=counted, qualifier=qualifier, period=None, kind=kind,
                     entity_id=_actor(doc, tok, mention_at), sentence=bisect.bisect_right(sent_starts, s) - 1))
    return e


def _of_one_unit(text: str, e: int) -> tuple[str, str, int] | None:
    """(unit, kind, end) when the fraction ending at ``e`` is of one unit: "a quarter of a mile",
    "half a percentage point", "a quarter-point cut" (percentage points), "half an hour"."""
    glued = POINT_OF_ONE.match(text, e)
    if glued is not None and glued.group(0).startswith("-"):
        return "percentage points", "percent", glued.end()
    one = OF_ONE.match(text, e)
    if one is None:
        return None
    if (pp := POINT_OF_ONE.match(text, one.end())) is not None and not pp.group(0).startswith("-"):
        return "percentage points", "percent", pp.end()
    if (pc := re.match(r"\s+(?:per\s?cent|percent)\b", text[one.end():one.end() + 10], re.I)) is not None:
        return "percent", "percent", one.end() + pc.end()  # "half a percent", "a quarter of a per cent"
    unit, u_end = _spaced_unit(text, one.end())
    if unit is not None:
        return unit, "measure", u_end
    if (dur := DURATION_OF_ONE.match(text, one.end())) is not None:
        word = dur.group(1).lower()
        return ("centuries" if word == "century" else word + "s"), "duration", dur.end()
    return None


MULTIPLIER_WORDS = {"twice": 2.0, "double": 2.0, "thrice": 3.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
SHARED_TO = re.compile(SHARED_UNIT.pattern.replace("(?:and|or)", "to", 1), re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# A qualifier written as a symbol before the number: "~500 letters", "≈300", ">60%", "≤ 5%".
QUALIFIER_SIGN = re.compile(r"(?:^|(?<=[\s(]))(?:([~≈∼])|([>≥])|([<≤]))=?\s?$")


# The lexicon's qualifier phrases right before the number, compiled once; an abbreviation may be
# glued to the number: "c.4,000", "approx.200".
QUALIFIER_PATTERNS = [(phrase, q, re.compile(rf"(?:^|(?<=[\s(“\"'])){re.escape(phrase)}\s{'*' if phrase.endswith('.') else '+'}$"))
                      for phrase, q in [*NEWS_QUALIFIERS, *QUALIFIERS]]


def _qualifier_span(text: str, start: int) -> tuple[str, int]:
    before = text[max(0, start - 26):start]
    if (sign := QUALIFIER_SIGN.search(before)) is not None:
        return ("approximately" if sign.group(1) else "more_than" if sign.group(2) else "less_than"), start - len(before) + sign.start()
    low = before.lower()
    for phrase, q, pattern in QUALIFIER_PATTERNS:
        m = pattern.search(low)
        if m:
            if phrase == "up to" and ADDS_UP.search(low[:m.start()]):
                return "exact", start  # "that adds up to 185,000": a total, not a ceiling
            return q, start - (len(before) - m.start())
    return "exact", start


ADDS_UP = re.compile(r"\badd(?:s|ed|ing)?\s+$")


def _noun_phrase(doc: Doc, head, chunks: dict[int, Span], after: int = -1) -> str:
    """The noun phrase headed by ``head`` with its conjuncts ("small boats and boat parts"),
    without the number itself and what precedes it (token index ``after``)."""
    chunk = chunks.get(head.i)
    parts = [chunk if chunk is not None else doc[head.i:head.i + 1]]
    for c in head.children:
        # not a conjunct with its own number ("1,200 officers and 300 staff", "people, or 2%")
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.text != "%" \
                and not any(g.like_num for g in c.subtree):
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
    # "$15.4/hour" has the '.' and '/' of a web path ("gov.uk/guidance") but is an amount and its period.
    urls = [(a, b) for a, b in ctx.url_spans if not AMOUNT_PER.fullmatch(text, a, b)]
    blocked = sorted([*ctx.name_spans, *date_spans, *urls])
    starts = [s for s, _ in blocked]
    chunks = NounChunks(doc)  # {root token: noun chunk}, read per sentence when asked
    sent_starts = spans.sentence_starts(doc)
    names = set(ctx.name_spans)
    years = set(date_spans)
    rows: list[dict] = []
    taken = _fractions(doc, text, blocked, chunks, mention_at, sent_starts, rows)
    blocked = sorted([*blocked, *((p.start(), p.end()) for p in PHONE.finditer(text)), *taken,
                      *((c.start(), c.end()) for c in COORDINATE.finditer(text)),  # "50°34′N 2°26′W"
                      *((r.start(), r.end()) for r in RATIO.finditer(text))])  # "split 50:50", "1:3"
    starts = [s for s, _ in blocked]
    consumed = 0
    for m in NUMBER.finditer(unlisted(text)):  # "22,24,26,31": each number of a list
        s, e = m.start(), m.end()
        if s < consumed:
            # "10 $ 30 $", "1 $10 bills": the sign was read after the amount before it; the number
            # after it is read again on its own (its unit, if any, after it)
            if m.start("num") < consumed or m.group("sign") \
                    or (m := NUMBER.match(text, m.start("num"))) is None or m.start("num") != m.start():
                continue
            s, e = m.start(), m.end()
        num = m.group("num")
        i = bisect.bisect_right(starts, s) - 1
        word_end = e + len(re.match(r"[\w.,%$€£]*", text[e:e + 20]).group(0).rstrip(".,"))
        # A "name" that is only the amount ("USD115.5", "640bhp", "320 Nm" taken for an entity) does not hide it,
        # nor does a "year" that is the digits of money ("$ 2000", "¥1500", "the 2000 dollars").
        if any(a < e and s < b and not ((a, b) in names and s <= a and (b <= word_end or b == _spaced_unit(text, m.end())[1] > m.end()))
               and not ((a, b) in years and m.start("num") <= a and b <= m.end("num")
                        and (m.group("cur") or (_currency_after(text, m.end())[0] is not None
                                                and not CONSTANT_MONEY.search(text, max(0, s - 9), s))))
               for a, b in blocked[max(0, i - 3):i + 4]):
            continue
        cur_sign = m.group("cur") or ""
        scale = (m.group("scale") or "").strip().lstrip("-").lower()
        pct = bool(m.group("pct"))
        if ORDINAL.match(num) or _is_clock(text, m, num, bool(cur_sign or scale or pct)):
            continue
        if num[0] == "0" and len(num) > 1 and num[1].isdigit():
            continue  # "020", "007": a code or part of a telephone number
        if len(num) == 2 and num.isdigit() and not cur_sign and SHORT_YEAR_BEFORE.search(text, max(0, s - 10), s):
            continue  # "in '16", "the class of '92": a year
        if num.isdigit() and not cur_sign and CODE_SECTION_AFTER.match(text, m.end("num")):
            continue  # "401(k) plans", "a 501(c)(4) group": a section of a code
        if ATTRIBUTE_BEFORE.search(text, max(0, s - 3), s) and text[m.end("num"):m.end("num") + 1] in "\"'":
            continue  # '<tweet id="672138506081275904" timestamp="1449075600">': a value of markup, no amount
        if cur_sign in SCALED_SIGNS and not scale:
            continue  # "the R5 road", "N95": a name; "R350 million" is money
        unit, kind, value_high = None, "count", None
        if cur_sign:
            unit, kind = PREFIX_CODES[cur_sign], "money"
        elif pct:
            unit, kind = "percent", "percent"
        if num[-1:].isdigit() and (text[m.end("num"):m.end("num") + 1].isalpha() or text[m.end("num"):m.end("num") + 1] in ("°", "℃", "℉")) \
                and not scale and not pct:
            glued, g_end = _glued_unit(text, m.end("num"))
            if glued is None:
                continue  # "3rd", "5G", "HCWS668": not an amount
            if text[g_end:g_end + 1].isdigit() and glued not in SUBUNITS:
                continue  # "24703L202", "12m345": digits, letters, digits is a code ("5ft2in" is an amount)
            if glued.startswith("cur:"):
                if unit is None:
                    unit, kind = glued[4:], "money"
            elif unit is None:
                unit, kind = glued, "measure"
            e = g_end
        low = num.lower()
        if not cur_sign and is_reference(text, s, num, m.end("num"), REFERENCE_WORDS,
                                         not (pct or scale or unit or m.group("sign"))):
            continue  # "section 94", "Paragraphs 5.3 and 5.4", "(1)", "[12]", "UIN 12345", "Tier 2"
        if not (cur_sign or pct or unit) and (is_document_code(text, s) and not scale or is_rate_denominator(text, s)):
            continue  # "S. 1348", "COM(2020) 610"; "12.4 applications per 1,000 inhabitants"
        if (text[m.end("num"):m.end("num") + 1] == "/" and not (cur_sign and PER_SLASH.match(text, m.end("num")))) \
                or text[max(0, s - 1):s] == "/" or (text[max(0, s - 1):s] == "+" and text[max(0, s - 2):s - 1].isalnum()):
            continue  # 24/7, 1/2, "J1149.5+6663" (a code); "$15.4/hour" is an amount with its period
        vague = low.split()[0] in VAGUE or low.startswith(("tens of", "hundreds of", "several", "a few", "few", "many", "a couple"))
        frac = m.group("frac") or m.group("frac2") or ""
        value = None if vague else _value(num, scale, frac)
        if scale == "m" and m.group("scale")[0].isspace() and not cur_sign and not pct and value is not None:
            value, scale, unit, kind = _value(num, "", frac), "", "metre", "measure"  # "12 m": news glues million ("£3m", "2m")
        if m.group("scale") == "K" and not (cur_sign or pct) and value is not None and kelvin_here(text, s, e):
            value, scale, unit, kind = _value(num, "", frac), "", "kelvin", "measure"  # "(572 °F, 573.15K)"
        if value is None and not vague:
            continue
        if vague and low in ("scores", "tens") and not re.match(r"\s+of\b", text[e:e + 5], re.I):
            continue  # "test scores rose", "his favorability scores": the noun; "scores of migrants" is vague
        if m.group("sign") and value is not None:
            value = -value  # "-5C", "−273.15°"
        if cur_sign in MILLION_PREFIXES and value is not None:
            value *= 1e6  # "MAUD 60": 60 million Australian dollars
        small = re.match(r"\s+(thousand|million|billion)\b", text[e:e + 12], re.I) if m.group("frac2") and value is not None else None
        if small is not None and scale in SCALES and SCALES[small.group(1).lower()] < SCALES[scale]:
            # "one billion and three quarters million": the fraction is of the smaller scale
            value = _value(num, scale) + _value("0", "", m.group("frac2")) * SCALES[small.group(1).lower()]
            e = e + small.end()
        big = SCALE_AFTER.match(text, e) if value is not None and scale in WORD_SCALES and not pct else None
        if big is not None and SCALES[big.group(1).lower()] > SCALES[scale]:
            # "three lakh crore", "Rs 1.5 lakh crore", "5 hundred thousand": a scale of a scale
            value, e, scale = float(Decimal(str(value)) * Decimal(str(SCALES[big.group(1).lower()]))), big.end(), big.group(1).lower()
        if value is not None and scale in WORD_SCALES and m.group("scale")[0].isspace() and not (pct or frac or m.group("frac2")):
            value, e = _compound_tail(text, e, value, scale)  # "4 thousand 3 hundred and 21"
        unc = UNCERTAINTY.match(text, e) if value is not None else None
        if unc is not None:
            e = unc.end()  # "2,000.45±0.01 pounds": the uncertainty is no amount of its own
        if low == "zero" and not (cur_sign or pct) and (text[e:e + 1] == "-" or re.search(r"\bnet[\s-]+$", text[max(0, s - 5):s], re.I)):
            continue  # "zero-hours contracts", "zero-tolerance", "net zero": a name or an adjective, no amount
        if low == "zero" and unit is None and ABSOLUTE_BEFORE.search(text, max(0, s - 9), s):
            unit, kind = "kelvin", "measure"  # "at absolute zero": 0 K, the bottom of the kelvin scale
        # A bare four-digit number between 1500 and 2099 without currency or percent is a year.
        year_like = value is not None and not cur_sign and not pct and not scale and unit is None \
            and bool(re.fullmatch(r"1[5-9]\d\d|20\d\d|2100", num))  # "by 2100": the horizon of climate projections
        sus = SUSPENDED.match(text, e) if value is not None and unit is None and not (cur_sign or pct or scale) else None
        if sus is not None:  # "an 8- to 16-metre telescope", "a 10- to 15-minute walk"
            word, high = sus.group("unit").lower(), _value(sus.group("num"))
            s_unit = _units()[1].get(word)
            if (s_unit or word.rstrip("s") in DURATION_UNITS) and high is not None and high > value:
                unit, kind = (s_unit, "measure") if s_unit else (word.rstrip("s") + "s", "duration")
                value_high, e, num = high, sus.end(), sus.group("num")
        second = None  # the second share of a tally ("a 73-to-25 percent victory", "by 80%-10%")
        tail = sus if value_high is not None else \
            RANGE_TAIL.match(text, e) if value is not None and kind != "measure" else None
        if tail is not None and tail is not sus:
            high = _value(tail.group("num"), (tail.group("scale") or "").strip().lstrip("-").lower())
            sep = tail.group("sep").strip()
            before = text[max(0, s - 12):s].lower()
            t_cur, t_pct = tail.group("cur"), bool(tail.group("pct"))
            # "rose 15% to $415.9m" is a change; "rose by 2-3 degrees", "fell 10 to 15 per cent" (a bare low
            # end, the percent written once, no "from") a range of the change
            change = sep not in ("-", "–", "—") and _is_change(text, s) and not (
                sep == "to" and t_pct and not (pct or cur_sign or unit or scale) and not CHANGE_FROM.search(text[max(0, s - 60):s]))
            ok = high is not None and high > value and not change \
                and (sep != "and" or re.search(r"\bbetween\s+$", before)) \
                and not (sep in "-–—" and not any(ch.isdigit() for ch in tail.group("num"))) \
                and not (t_cur and (pct or (cur_sign and PREFIX_CODES[t_cur] != PREFIX_CODES[cur_sign]))) \
                and not (t_pct and cur_sign) and not (pct and tail.group("scale") and not t_pct) \
                and not ((cur_sign or pct) and sep == "to" and not (t_cur or t_pct))
            if ok and TIME_OF_DAY.match(text, tail.end()):
                continue  # "from 10 to 11 a.m.": two times of day
            if ok:  # "between 2019 and 2023": the high end is (in) a date, no amount
                j = bisect.bisect_right(starts, tail.start("num")) - 1
                ok = not any(a < tail.end() and tail.start("num") < b for a, b in blocked[max(0, j - 2):j + 3])
            hundreds = not tail.group("scale") and re.search(r"\shundred$", tail.group("num"), re.I) and value < 100
            if ok and tail.group("scale") == " m" and not (cur_sign or t_cur or scale or pct or t_pct) and unit is None:
                high, unit, kind = _value(tail.group("num")), "metre", "measure"  # "between 3 and 4 m", "2 to 3 m deep"
                ok = high is not None and high > value
            if ok and not scale and (tail.group("scale") or hundreds) and unit != "metre":  # "£3-5m", "between 2 and 3 million", "five to six hundred"
                value = _value(num, "hundred" if hundreds else tail.group("scale").strip().lstrip("-").lower())
                ok = value is not None and value < high
            if not ok and sep in "-–—" and pct and t_pct and high is not None and high < value:
                second = (tail.start("num"), tail.end(), high)  # "by an overwhelming 80%-10%": two shares
            if not ok and sep in "-–—" and not (cur_sign or scale or pct or tail.group("cur") or tail.group("num").isalpha()):
                consumed = tail.end()
                continue  # "won 3-1", "A1-2", "split 5–4": a score or a code, not two amounts (nor its second number)
            if ok:
                value_high, e = high, tail.end()
                if tail.group("cur") and unit is None:
                    unit, kind = PREFIX_CODES[tail.group("cur")], "money"
                if tail.group("pct") and unit is None:
                    unit, kind = "percent", "percent"
                scale = scale or ("" if unit == "metre" else (tail.group("scale") or "").strip().lstrip("-").lower())
                num = tail.group("num")
        tally = TALLY.match(text, e) if value is not None and value_high is None and unit is None \
            and not (cur_sign or scale or pct) else None
        if tally is not None and (high := _value(tally.group("num"))) is not None:
            if tally.group("pct"):
                unit, kind = "percent", "percent"  # "a 73-to-25 percent victory": both are shares
            if high > value:
                value_high, e, num, tail = high, tally.end(), tally.group("num"), tally  # "a 10-to-15 percent cut"
            elif tally.group("pct"):
                second = (tally.start("num"), tally.end(), high)
            else:
                consumed = tally.end()
                continue  # "by a 60-to-38 vote", "a 5-to-4 ruling": a score, as "won 3-1"
        consumed = e
        if kind == "count" and not vague:
            c_unit, c_end = _currency_after(text, e, scale in ("million", "billion", "trillion"))
            hy = re.match(r"-([A-Za-z]+)\b", text[e:e + 20])  # "a 3-inch gap", "the six-mile trip"
            hy_cur = CURRENCY_WORDS.get(hy.group(1).lower()) if hy and hy.group(1).lower() != "p" else None
            m_code = MILLION_CODE.match(text, e)
            money_noun = POUND_NOTE.match(text, e + (hy.end() if hy else 0)) if hy and hy.group(1).lower() == "pound" else None
            area = AREA_HYPHEN.match(text, e)
            area_unit = _units()[1].get(f"{area.group('power')} {area.group('unit')}".lower()) if area else None
            # a unit word or a spaced symbol after the hyphen ("a 35-km fence"); "a five-pound note" is money
            if area_unit is not None:
                unit, kind, e = area_unit, "measure", area.end()  # "a 150,000-square-foot center"
            elif hy and (hy_unit := _units()[1].get(hy.group(1).lower()) or _units()[2].get(hy.group(1))) and money_noun is None:
                unit, kind, e = hy_unit, "measure", e + hy.end()
            elif hy_cur is not None:
                unit, kind, e = hy_cur, "money", e + hy.end()  # "a one-dollar fee", "a 12-cent dividend"
            elif m_code is not None:
                value, unit, kind, e = value * 1e6, m_code.group("code"), "money", m_code.end()  # "30 MUSD"
            elif c_unit == "GBP" and re.match(r"\s+pounds?\b", text[e:c_end], re.I) \
                    and (WEIGHT_BEFORE.search(text[max(0, s - 40):s]) or POUNDS_OF.match(text, e)
                         or (MASS_BEFORE.search(text[max(0, s - 80):s]) and not MONEY_BEFORE.search(text, max(0, s - 30), s))
                         or (value != 1 and POUND_NOUN.match(text, e) and not POUND_NOTE.match(text, c_end))):
                # "it weighs 2,000 pounds", "500 pounds of cocaine", "a ton is 2,204.62 pounds",
                # "3.2kg (7 pounds)", "a twenty pound bag": the weight
                unit, kind, e = "pound-mass", "measure", c_end  # "it weighs 2,000 pounds", "500 pounds of cocaine"
            elif c_unit is not None:
                unit, kind, e = c_unit, "money", c_end
            else:
                # a range's unit may be glued to its high end: "5-10cm of rain", "0-60mph"
                m_unit, m_end = _unit_at(text, e) if value_high is not None else _spaced_unit(text, e)
                inch = INCH_AFTER.match(text, e) if m_unit is None else None
                points = POINTS_AFTER.match(text, e) if m_unit is None else None
                if points is not None and (points.group("pp") or points.group("bp")):
                    # "0.25 percentage points" is a share (kind percent, its own unit: not 0.25%);
                    # "25 basis points" a measure of its own
                    unit, kind = ("percentage points", "percent") if points.group("pp") else ("basis points", "measure")
                    e = points.end()
                elif m_unit is not None:
                    unit, kind, e = m_unit, "measure", m_end
                elif inch is not None:  # "2 in thick", "is 2 in.": "in" is a preposition elsewhere
                    unit, kind, e = "inch", "measure", inch.end(1)
                elif (mark := INCH_MARK.match(text, e)) is not None and _inch_mark(text, e, mark):
                    unit, kind, e = "inch", "measure", mark.end()  # 'a 9" plate', 'Wrench 8"', '10 " long'
                elif (shared := SHARED_UNIT.match(text, e) or (SHARED_TO.match(text, e) if FROM_BEFORE.search(text, max(0, s - 6), s)
                                                                 else None)) is not None:
                    # "45 and 50 mg", "10 or 20 per cent"; "rose from 3 to 5 per cent": the low end of a change
                    s_unit = "percent" if shared.group("pct") else _unit_at(text, shared.end("num"))[0]
                    if s_unit is not None:
                        unit, kind = s_unit, "percent" if s_unit == "percent" else "measure"
            if scale == "m" and unit is None and (METRE_AFTER.match(text, e) or IMPERIAL_AFTER.match(text, e)
                                                  or _among_measures(text, s, e)):
                value, scale, unit, kind = _value(num, ""), "", "metre", "measure"  # "1.8m tall"
            consumed = e
        if kind == "measure":
            power = POWER_AFTER.match(text, e)  # "4 km squared", "4km^3"
            if power:
                name = ("square " if (power.group(1) or power.group(2).lower()) in ("2", "squared") else "cubic ") + unit
                if name in _units()[1]:
                    unit, e = name, power.end()
            unit, e = _per_unit(text, e, unit)  # "188 miles an hour", "50 km/ms", "20 J/m^2 per year"
            if unit.startswith("degree") and value and (zero := ZERO_AFTER.match(text, e)) is not None:
                value, e = -value if zero.group(1).lower() == "below" else value, zero.end()  # "10 degrees below zero": -10
            u_range = _unit_range(text, s, e, unit, value) if value_high is None and value is not None else None
            if u_range is not None:
                tail, high, e = u_range
                value, value_high, num = min(value, high), max(value, high), tail.group("num")
            consumed = e
        if kind in ("measure", "money") and value_high is None and value is not None and unit in SUBUNITS:
            sub = _sub_amount(text, e, unit, kind, not cur_sign)
            if sub is not None:
                value, e = float(Decimal(str(value)) + Decimal(str(sub[0]))), sub[1]
            consumed = e
        num_end = e if value_high is None else tail.end("num")
        span = doc.char_span(tail.start("num") if value_high is not None else m.start("num"),
                             num_end if value_high is not None else m.end("num"), alignment_mode="expand")
        if span is None:
            continue
        tok = span[-1]  # the number, or the last word of "tens of thousands"
        if year_like and kind == "money" and not cur_sign and CONSTANT_MONEY.search(text, max(0, s - 9), s):
            continue  # "in 2015 dollars": the year of constant prices, no amount
        if year_like and kind == "count" and value_high is None and not (tok.dep_ == "nummod" and tok.head.tag_ in ("NNS", "NNPS")
                                                     and tok.head.i == tok.i + 1 and not tok.head.ent_type_
                                                     and not (tok.i > 0 and doc[tok.i - 1].pos_ == "ADP")):
            continue  # a year, unless it counts a plural noun right after it ("1600 people")
        is_word = not any(ch.isdigit() or ch in VULGAR for ch in num)
        hy_word = re.match(r"-([a-z]+)", text[e:e + 15]) if is_word and kind == "count" else None
        if hy_word and hy_word.group(1).rstrip("s") not in DURATION_UNITS and hy_word.group(1) not in WORD_NUMBERS \
                and not hyphen_count(doc, e + 1, hy_word.group(1), low):
            continue  # "a one-off payment", "a two-way street": a compound adjective, not an amount
        before_hy = re.search(r"(?<![a-z])([a-z]+)-$", text[max(0, s - 10):s].lower()) if is_word and text[s - 1:s] == "-" else None
        joined = bool(hy_word and hy_word.group(1) in WORD_NUMBERS) or (before_hy is not None and before_hy.group(1) in WORD_NUMBERS)  # "three-nought-four": numbers each
        if is_word and not vague and kind == "count" and not (len([w for w in re.split(r"[-\s]+", low) if w not in ("a", "an", "and")]) > 1
                                                               or scale or frac or m.group("sign") or joined):
            # "one" counts only when it modifies a noun ("one vessel"), not in "one of", "no one",
            # "one by one"; another number word also when the parse reads it as a number ("the
            # two met", "sixteen"); a compound one ("twenty-one", "three million") is an amount anyway.
            if tok.dep_ != "nummod" and not (tok.dep_ == "compound" and tok.head.pos_ == "NOUN") \
                    and (low == "one" or tok.pos_ != "NUM") or low == "one" and (ONE_IDIOM.search(text, max(0, s - 8), s)
                                                   or text[max(0, s - 3):s].lower() == "at " and ONE_AT.match(text, e)
                                                   or unnamed_one(doc, tok, text, s, e)):
                continue  # "at any one time", "at one point", "one official said": one as "a single" or "a certain", no amount
        if "/" in num and int(num.rsplit("/", 1)[1]) not in FRACTION_DENOMINATORS and kind != "measure" and not m.group("sign") \
                and not re.match(r"\s+of\b", text[e:e + 4]):
            continue  # "the 9/11 plot", "a 4/5 rating": a fraction only in halves, thirds, quarters ... or "of"
        qualifier, q_start = _qualifier_span(text, s)
        plus = PLUS_AFTER.match(text, e) if value_high is None and qualifier == "exact" else None
        if plus is not None:  # "45,000-plus fans", "100+ staff": a floor; "2,000-odd protesters": about
            qualifier, e = "approximately" if plus.group(0).lower() == "-odd" else "more_than", plus.end()
        if vague:
            qualifier = "vague"
        if value_high is not None and q_start == s:
            btw = re.search(r"\bbetween\s+$", text[max(0, s - 9):s], re.I)
            q_start = s - (len(btw.group(0)) if btw else 0)
        counted = None
        anchor = tok.head if value_high is not None and tok.dep_ == "conj" and tok.head.i < tok.i else tok
        head = compound_head(anchor.head) if anchor.dep_ in ("nummod", "compound", "quantmod", "amod") else None
        if head is not None and head.i < tok.i:
            head = None
        if head is None and tok.head.lower_ == "strong" and text[e:e + 7].lower() == "-strong" and tok.head.head.i > tok.i:
            head = tok.head.head  # "a 10,000-strong crowd": the crowd is counted
        if head is not None and head.idx < e and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "1.8m people": the scale letter, then the noun
        inside = tok.i  # last token of the quantity as written ("5km" may be two tokens)
        while inside + 1 < len(doc) and doc[inside + 1].idx < e:
            inside += 1
        if kind == "count" and scale and (head is None or head.idx < e) and inside + 1 < len(doc):
            # "More than 1m people", "3.6m Syrian refugees": the parse hangs the noun on the scale letter
            k = inside + 1 + (doc[inside + 1].pos_ == "ADJ" and inside + 2 < len(doc))
            if doc[k].tag_ in ("NNS", "NNPS"):
                head = doc[k]
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
                elif head is not None and head.pos_ == "NOUN" and head.i > tok.i and head.lower_ not in VAGUE:  # "several hundred people"
                    counted, unit = _noun_phrase(doc, head, chunks, inside), head.text.lower()
                if unit is not None and unit not in ("p", "pence", "cents") and unit in _currency_words() \
                        and _currency_words()[unit].isupper():
                    unit, kind, counted = _currency_words()[unit], "money", None  # "tens of millions of dollars"
            elif head is not None and head.pos_ in ("NOUN", "PROPN") and head.i > tok.i and head.idx >= e \
                    and head.text[:1].isalpha() and head.lower_ not in WORD_NUMBERS \
                    and not any(t.lower_ in NOT_COUNTED_BETWEEN for t in doc[inside + 1:head.i]):
                counted, unit = _noun_phrase(doc, head, chunks, inside), head.text.lower()
            hy = re.match(r"-(\w+)", text[e:e + 12])  # "six-month"
            if hy and hy.group(1).lower().rstrip("s") in DURATION_UNITS:
                unit, kind = hy.group(1).lower().rstrip("s") + "s", "duration"
                e = e + hy.end()
            elif unit and unit.rstrip("s") in DURATION_UNITS:
                kind = "duration"
            elif unit is None and (AGED.search(text, max(0, q_start - 11), q_start) or AGE_AFTER.match(text, e)):
                unit, kind = "years", "duration"  # "aged 25", "a man of age 87": an age is in years
            if unit in DURATION_ABBREVIATIONS and counted == unit:  # "20 mins later", "25 yrs old", "a 10-min walk"
                unit, kind = DURATION_ABBREVIATIONS[unit], "duration"
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
        if kind == "count" and unit is None and value_high is None and not (scale or vague or m.group("sign")) \
                and num.isdigit() and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].whitespace_ \
                and ((tok.ent_type_ == "PRODUCT" and doc[tok.i - 1].ent_iob_ != "O")
                     or (doc[tok.i - 1].ent_iob_ == "O" and tok.head.i == tok.i - 1 and not counted)):
            # "the Boeing 737", "Windows 11", "the iPhone 15", "Courtroom 2": a number in a name, no amount;
            # after a named place or body it may count ("France 800 and Spain 500"): kept
            continue
        if kind == "count" and value != 1 and value_high is None and qualifier == "exact" and num.isdigit() \
                and 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].pos_ == "PROPN" and doc[tok.i - 1].whitespace_ \
                and tok.head.i in (tok.i - 1, tok.i + 1) and doc[tok.i + 1].tag_ == "NNP" \
                and (unit is None or counted == doc[tok.i + 1].text):
            continue  # "the Boeing 737 Max", "Windows 11 Home": a model's name between names counts no singular name
        if kind == "count" and value_high is None and not (vague or cur_sign or pct) \
                and (times := TIMES_AFTER.match(text, e)) is not None and COMPARED_AFTER.match(text, times.end()):
            unit = "times"  # "10 times higher", "three times as many arrivals", "2.5 times the rate": a factor
        c_end = text.find(counted, e, e + 60 + len(counted)) if counted else -1  # "500,000 vehicles a year"
        period = _period(doc, text, e, date_spans, kind == "money", c_end + len(counted) if c_end >= 0 else None)
        if period is None and unit == "times" and (freq := re.match(r"\s+times\b", text[e:e + 8])):
            period = _period(doc, text, e + freq.end(), date_spans)  # "four times per week": a frequency
        if counted and (tally is not None and counted.startswith("to-") or not counted.strip("%-–— ")):
            counted = None  # "a 73-to-25 percent victory", "by 80%-10%": the parse hangs the tally's tail on the first share
        if counted and counted == period:  # "$15.4/hour": the period is not what the amount counts
            counted = None
        if kind == "count" and unit and unit != "times":  # "people.[3" (a footnote mark glued by the tokenizer)
            unit = re.split(r"\.?\[", unit)[0] or None
            counted = re.split(r"\.?\[", counted)[0] or None if counted else counted
        if counted and counted.startswith("-"):  # "a $500-a-month rent": the noun after the period
            counted = re.sub(r"^-(?:an?-\w+|plus|odd|strong)\s+", "", counted) or None
        if counted and counted[0] in "()":  # "a 3m (10ft) wall": the wall, not "(10ft) wall" or ") wall"
            counted = re.sub(r"^(?:\)|\([^)]*\))\s*", "", counted) or None
        if unit == "percentage points":
            kind = "percent"  # "2pp", "3 ppts" as "2 percentage points" is read
        rows.append(dict(start=q_start, end=e, text=text[q_start:e], value=value, value_high=value_high,
                         unit=unit, counted=counted,
                         qualifier=qualifier, period=period, kind=kind, entity_id=_actor(doc, tok, mention_at),
                         sentence=bisect.bisect_right(sent_starts, s) - 1))
        if second is not None:  # the tally's second share: "a 73-to-25 percent victory"
            a, b, high = second
            rows.append(dict(rows[-1], start=a, end=b, text=text[a:b], value=high, qualifier="exact"))
            consumed = b
    rows.sort(key=lambda r: (r["start"], r["end"]))  # fractions were read in a pass of their own
    rows[:] = [r for r in rows if not is_house_number(r)]  # "10 Downing Street"
    appositive_ages(doc, text, rows, {i for i, m in ctx.mention_at.items() if m.label == "PERSON"})  # "Mark Weddle, 55,"
    fill_counted(doc, text, rows, chunks, _noun_phrase)  # bare numbers: subject counted, elided units
    _periods_over(rows, text)
    return rows


def _periods_over(rows: list[dict], text: str) -> None:
    """"£476m over three years": after an amount in the same clause, "over" before a duration says
    the period the amount covers, not "more than three years". The duration row loses the "over"
    (qualifier exact) and the amount before it takes "over three years" as its period."""
    prev = None
    for r in rows:
        if r["kind"] == "duration" and r["qualifier"] == "more_than" and r["text"].lower().startswith("over ") \
                and prev is not None and prev["kind"] in ("money", "count", "measure") and prev["sentence"] == r["sentence"] \
                and not re.search(r"[.;:!?]", text[prev["end"]:r["start"]]) and r["start"] - prev["end"] < 60:
            cut = len(r["text"]) - len(r["text"][5:].lstrip())
            r["start"], r["text"], r["qualifier"] = r["start"] + cut, r["text"][cut:], "exact"
            if prev["period"] is None:
                unit_word = re.match(r"\s+[A-Za-z]+", text[r["end"]:r["end"] + 20])
                end = r["end"] + (unit_word.end() if unit_word and r["unit"] and not r["text"].endswith(r["unit"].rstrip("s")) else 0)
                prev["period"] = text[r["start"] - cut:end]
        prev = r


def _period(doc: Doc, text: str, end: int, date_spans: list[tuple[int, int]], money: bool = False,
            counted_end: int | None = None) -> str | None:
    """The period right after the amount ("per day", "a year"; for money also "a barrel"), or
    after what it counts ("500,000 vehicles a year", "1,000 tonnes of waste a day"), else a date
    introduced by in/during/for/over/between in the next 70 characters ("£425,000 in 2021–22")."""
    for at in (end, counted_end):
        m = PERIODS.match(text[at:at + 20]) if at is not None else None
        if m:
            return m.group(0).strip().strip("-").replace("-", " ")
    if money and (rate := rate_noun(doc, text, end)) is not None:
        return rate  # "$82 a barrel", "$1.25 a share"
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
