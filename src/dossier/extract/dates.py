"""Dates and periods, resolved against the document's publication date.

Values are written in ISO 8601 / EDTF (ISO 8601-2) at the precision the text gives:

| text | value | granularity |
|---|---|---|
| 29 June 2023 | 2023-06-29 | day |
| last month (published 2023-08-09) | 2023-07 | month |
| Last year | 2022 | year |
| the autumn (future, published 2023-08-09) | 2023-23 | season (EDTF: 21 spring, 22 summer, 23 autumn, 24 winter) |
| the first quarter of 2023 | 2023-33 | quarter (EDTF: 33–36 = Q1–Q4) |
| 2021–22 | 2021-04/2022-03 | fiscal_year (UK financial year, April to March) |
| from 1994 to 1998 | 1994/1998 | year_range |
| between January and March this year (published 2023-06-05) | 2023-01/2023-03 | month_range |
| last week | 2023-W31 | week (ISO week) |
| each year | (empty) | frequency |

Seasons are northern-hemisphere (the corpus is British) for ``date_start``/``date_end``.
A bare weekday, month or season is the latest one on or before the publication date, unless
its clause speaks of the future (will, scheduled, upcoming), then the next one. "The previous
year" and "the year before" count back from the last year named in the same sentence. With
no publication date, relative expressions stay unresolved (empty value) and say so.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..schema import B, F, I, S, _t
from . import spans
from .context import DocContext
from .syntax import clause_verb
from .lexicon import MONTHS, WEEKDAYS, SEASONS, SEASON_MONTHS, ORDINAL, NUMBER_WORDS, FUTURE_CUES, FUTURE_AUX

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
    ("dmy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("mdy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    ("month_range", rf"\b(?:[Bb]etween\s+)?(?P<m1>{_MONTH})\s+(?:and|or|to|until|–|-)\s+(?P<m2>{_MONTH})\s+(?:(?P<y>{_YEAR})\b|(?P<rel>this|last|next)\s+year\b)"),
    ("day_pair", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})(?=\s+(?:and|&|to|until|–|-)\s+(?:{_WD},?\s+)?{_DAY}\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b)"),
    ("month_rel", rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?P<y>{_YEAR})\b|\bQ(?P<qn>[1-4])\s+(?P<y2>{_YEAR})\b"),
    ("range", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<y1>{_YEAR})\s+(?:to|and|until|–|-)\s+(?P<y2>{_YEAR})\b"),
    ("fiscal", rf"\b(?P<y1>{_YEAR})\s?[–—/-]\s?(?P<y2>\d\d)\b(?![–—/-]\d)"),
    ("fiscal_to", rf"\b(?P<y1>{_YEAR})\s+to\s+(?P<y2>{_YEAR})\b"),
    ("my", rf"\b(?:(?:early|late|mid)[-\s])?(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b"),
    ("season_year", rf"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("dm", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})\s+(?P<mon>{_MONTH})\b|\b(?:(?P<wd2>{_WD}),?\s+)?(?P<mon2>{_MONTH})\s+(?P<d2>{_DAY})\b(?!,?\s+\d)"),
    ("weekday", rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{_WD}){_PART}\b"),
    ("season", r"\b(?:(?P<rel>the|this|last|next|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+)(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"),
    ("relative", r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his\s+(?:week|month|year)|[Ll]ast\s+(?:week|month|year)|[Nn]ext\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year)|[Ll]ater\s+this\s+(?:week|month|year)|[Tt]he\s+(?:previous|following)\s+(?:week|month|year)|[Tt]he\s+(?:week|month|year)\s+(?:before|after))\b"),
    ("ago", r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b"),
    ("month", rf"(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ll]ast\s)|(?<=\b[Nn]ext\s)|(?<=\b[Tt]his\s)|(?<=\b[Ee]arly\s)|(?<=\b[Ll]ate\s)|(?<=\b[Mm]id-)|(?<=\b[Ff]rom\s)|(?<=\b[Tt]o\s))(?P<mon>{_MONTH})\b"),
    ("decade", r"\b(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0)s\b"),
    ("year", rf"(?<![\w£$€.,/-])(?P<y>{_YEAR})(?![\w%/-]|,\d|\.\d)"),
    ("frequency", r"\b(?:each|every|per)\s+(?:day|week|month|year|quarter)\b|\bannually\b"),
]
COMPILED = [(name, re.compile(rx)) for name, rx in PATTERNS]
RELATIVE_KINDS = {"dm", "day_pair", "weekday", "season", "relative", "ago", "month", "month_rel", "month_range"}


DATES = _t(
    "dates",
    "Dates and periods, resolved against the publication date; values in ISO 8601 / EDTF at the precision of the text.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The expression as written ('last month', '2021–22').", False),
    ("value", S, "ISO 8601 / EDTF value: 2023-08-07 (day), 2023-07 (month), 2022 (year), 2023-23 (autumn 2023; 21–24 = spring–winter), 2023-33 (Q1 2023; 33–36), 2021-04/2022-03 (financial year), 1994/1998 (range), 2023-W31 (ISO week), 198X (decade); empty when it cannot be fixed."),
    ("granularity", S, "day, week, month, season, quarter, year, fiscal_year, year_range, decade, frequency or relative (unresolved).", False),
    ("date_start", S, "First day of the period (ISO date); seasons are northern-hemisphere."),
    ("date_end", S, "Last day of the period (ISO date)."),
    ("anchor", S, "The publication date relative expressions were resolved against; empty if the document has none."),
    ("relative", B, "True for expressions that needed the anchor (weekday, 'last month', 'the autumn').", False),
    ("sentence", I, "Sentence number.", False),
    ("note", S, "Why a value is empty or how it was read (e.g. 'UK financial year (April to March)')."),
)


@dataclass
class DateSpan:
    start: int
    end: int
    kind: str
    match: re.Match


def find(text: str, exclude: list[tuple[int, int]] = ()) -> list[DateSpan]:
    """Date expressions in the text, longest first where they overlap; ``exclude`` holds
    spans (names, URLs) whose digits are not dates."""
    cands = []
    for kind, rx in COMPILED:
        for m in rx.finditer(text):
            cands.append(DateSpan(m.start(), m.end(), kind, m))
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    # characters already taken (by an exclusion or a longer date), marked in one byte array so
    # each candidate is checked in time proportional to its own length
    taken = bytearray(len(text) + 1)
    for s, e in exclude:
        taken[s:e] = b"\x01" * max(0, min(e, len(text)) - s)
    out = []
    for c in cands:
        if 1 in taken[c.start:c.end]:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _future(doc: Doc, start: int, end: int) -> bool:
    """Does the clause around the expression speak of the future?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    before = doc[max(span.start - 3, 0):span.start]
    if any(t.lower_ in FUTURE_CUES for t in before) or any(t.lower_ in FUTURE_CUES for t in span):
        return True
    tok = clause_verb(span.root, 6)
    if any(c.lower_ in FUTURE_AUX for c in tok.children) or tok.lower_ in FUTURE_AUX:
        return True
    return tok.lemma_ in FUTURE_CUES and tok.tag_ == "VBN"


@dataclass
class Resolved:
    value: str
    granularity: str
    start: dt.date | None
    end: dt.date | None
    relative: bool
    note: str = ""


def _day(y, m, d) -> Resolved:
    day = dt.date(y, m, d)
    return Resolved(day.isoformat(), "day", day, day, False)


def _month(y, m, relative=False) -> Resolved:
    return Resolved(f"{y:04d}-{m:02d}", "month", dt.date(y, m, 1), dt.date(y, m, _last_day(y, m)), relative)


def _year(y, relative=False) -> Resolved:
    return Resolved(f"{y:04d}", "year", dt.date(y, 1, 1), dt.date(y, 12, 31), relative)


def _season(y, code, relative=False) -> Resolved:
    a, b = SEASON_MONTHS[code]
    end_year = y + 1 if code == 24 else y
    return Resolved(f"{y:04d}-{code}", "season", dt.date(y, a, 1), dt.date(end_year, b, _last_day(end_year, b)), relative)


def resolve(c: DateSpan, anchor: dt.date | None, future: bool, last_year: int | None) -> Resolved | None:
    g = c.match.groupdict()
    k = c.kind
    try:
        if k == "iso":
            return _day(int(g["y"]), int(g["m"]), int(g["d"]))
        if k in ("dmy", "mdy"):
            return _day(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()], int(re.sub(r"\D", "", g["d"])))
        if k == "my":
            return _month(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()])
        if k == "quarter":
            y = int(g["y"] or g["y2"])
            q = ORDINAL[g["q"].lower()] if g["q"] else int(g["qn"])
            return Resolved(f"{y:04d}-{32 + q}", "quarter", dt.date(y, 3 * q - 2, 1),
                            dt.date(y, 3 * q, _last_day(y, 3 * q)), False)
        if k == "range":
            y1, y2 = int(g["y1"]), int(g["y2"])
            if y2 <= y1:
                return None
            return Resolved(f"{y1:04d}/{y2:04d}", "year_range", dt.date(y1, 1, 1), dt.date(y2, 12, 31), False)
        if k in ("fiscal", "fiscal_to"):
            y1 = int(g["y1"])
            y2 = int(g["y2"]) if k == "fiscal_to" else (y1 // 100) * 100 + int(g["y2"])
            if y2 != y1 + 1:
                if k == "fiscal_to" and y2 > y1:
                    return Resolved(f"{y1:04d}/{y2:04d}", "year_range", dt.date(y1, 1, 1), dt.date(y2, 12, 31), False)
                return None
            return Resolved(f"{y1:04d}-04/{y2:04d}-03", "fiscal_year", dt.date(y1, 4, 1), dt.date(y2, 3, 31), False,
                            "UK financial year (April to March)")
        if k == "month_range" and g["y"]:
            y = int(g["y"])
            m1, m2 = MONTHS[g["m1"].rstrip(".").lower()], MONTHS[g["m2"].rstrip(".").lower()]
            if m2 <= m1:
                return None
            return Resolved(f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", "month_range", dt.date(y, m1, 1),
                            dt.date(y, m2, _last_day(y, m2)), False)
        if k == "day_pair" and g["y"]:
            return _day(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()], int(re.sub(r"\D", "", g["d"])))
        if k == "season_year":
            return _season(int(g["y"]), SEASONS[g["season"].lower()])
        if k == "decade":
            d = int(g["dec"])
            return Resolved(f"{d // 10:03d}X", "decade", dt.date(d, 1, 1), dt.date(d + 9, 12, 31), False)
        if k == "year":
            return _year(int(g["y"]))
        if k == "frequency":
            return Resolved("", "frequency", None, None, False, "a recurrence, not a date")
    except (ValueError, KeyError):
        return None

    # Relative expressions need the publication date.
    if anchor is None:
        return Resolved("", {"dm": "day", "day_pair": "day", "month_rel": "month", "month_range": "month_range", "weekday": "day", "month": "month", "season": "season",
                             "ago": "year"}.get(k, "relative"), None, None, True,
                        "relative expression; the document has no publication date")
    if k == "month_range" or k == "month_rel":
        y = anchor.year + {"last": -1, "next": 1}.get(g["rel"], 0)
        if k == "month_rel":
            return _month(y, MONTHS[g["mon"].rstrip(".").lower()], relative=True)
        m1, m2 = MONTHS[g["m1"].rstrip(".").lower()], MONTHS[g["m2"].rstrip(".").lower()]
        if m2 <= m1:
            return None
        return Resolved(f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", "month_range", dt.date(y, m1, 1),
                        dt.date(y, m2, _last_day(y, m2)), True)
    if k in ("dm", "day_pair"):
        mon = MONTHS[(g["mon"] or g.get("mon2")).rstrip(".").lower()]
        d = int(re.sub(r"\D", "", g["d"] or g.get("d2")))
        y = anchor.year
        try:
            cand = dt.date(y, mon, d)
            if future and cand < anchor:
                cand = dt.date(y + 1, mon, d)
            elif not future and cand > anchor:
                cand = dt.date(y - 1, mon, d)
        except ValueError:
            return None
        r = _day(cand.year, cand.month, cand.day)
        r.relative = True
        return r
    if k == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g["rel"] or "").lower()
        if rel == "next" or (future and rel != "last"):
            delta = (wd - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
        else:
            delta = -((anchor.weekday() - wd) % 7)
            if rel == "last" and delta == 0:
                delta = -7
        r = _day(*(anchor + dt.timedelta(days=delta)).timetuple()[:3])
        r.relative = True
        return r
    if k == "month":
        mon = MONTHS[g["mon"].rstrip(".").lower()]
        before = c.match.string[max(0, c.start - 6):c.start].lower()
        y = anchor.year
        if "next" in before or (future and "last" not in before):
            y = y if mon >= anchor.month else y + 1
        elif "this" in before:
            pass
        else:
            y = y if mon <= anchor.month else y - 1
            if "last" in before and mon == anchor.month:
                y -= 1
        return _month(y, mon, relative=True)
    if k == "season":
        code = SEASONS[g["season"].lower()]
        rel = (g["rel"] or "").lower()
        a_code = {12: 24, 1: 24, 2: 24}.get(anchor.month) or 21 + (anchor.month - 3) // 3
        season_year = anchor.year - (1 if anchor.month <= 2 else 0)
        y = anchor.year
        if rel == "this":
            y = season_year if code == a_code else anchor.year
        elif rel == "next" or (future and rel != "last"):
            y = anchor.year if (code, anchor.year) >= (a_code, season_year) and code >= a_code else anchor.year + 1
            if code == a_code:
                y = season_year
        else:  # past: the latest season that has begun by the anchor date
            start_month = SEASON_MONTHS[code][0]
            y = anchor.year if dt.date(anchor.year, start_month, 1) <= anchor else anchor.year - 1
            if rel == "last" and code == a_code:
                y -= 1
        return _season(y, code, relative=True)
    if k == "ago":
        n = g["n"].lower()
        n = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = g["unit"].rstrip("s")
        if unit == "year":
            return _year(anchor.year - n, True)
        if unit == "month":
            return _month(*_month_add(anchor.year, anchor.month, -n), relative=True)
        r = _day(*(anchor - dt.timedelta(days=n * (7 if unit == "week" else 1))).timetuple()[:3])
        r.relative = True
        return r
    if k == "relative":
        words = g["rel"].lower().split()
        if words[0] in ("today", "tonight", "yesterday", "tomorrow"):
            shift = {"yesterday": -1, "tomorrow": 1}.get(words[0], 0)
            r = _day(*(anchor + dt.timedelta(days=shift)).timetuple()[:3])
            r.relative = True
            return r
        if words[0] == "the":  # "the previous year", "the year before": from the last year named
            unit = words[2] if words[1] in ("previous", "following") else words[1]
            shift = -1 if ("previous" in words or "before" in words) else 1
            base_year = last_year or anchor.year
        else:  # this / last / next / earlier this / later this
            unit = words[-1]
            shift = {"last": -1, "next": 1}.get(words[0], 0)
            base_year = anchor.year
        if unit == "year":
            r = _year(base_year + shift)
        elif unit == "month":
            r = _month(*_month_add(anchor.year, anchor.month, shift))
        else:
            day = anchor + dt.timedelta(weeks=shift)
            iso = day.isocalendar()
            monday = day - dt.timedelta(days=day.weekday())
            r = Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), True)
        r.relative = True
        return r
    return None


_RUN = re.compile(r"\S+")
_URL_START = re.compile(r"https?://|www\.")


def _dotted_path(word: str) -> bool:
    """A '.' after the first character and a '/' at least two characters later, with something
    after it ("gov.uk/guidance")."""
    dot = word.find(".", 1)
    return dot != -1 and word.find("/", dot + 2, len(word) - 1) != -1


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs: a run of non-space characters from an "http(s)://" or "www." in it to its
    end — and the next run too when it holds a '/' (a capture broke the URL with a space after
    'www.') — or a whole run with a '.' and later a '/' ("gov.uk/guidance").

    Read run by run, so the cost is linear in the text even for a megabyte without spaces (the
    regex ``(?:https?://|www\\.)\\S*(?:\\s+\\S*/\\S*)?|\\S+\\.\\S+/\\S+`` this replaces, with the same
    matches, backtracks quadratically there)."""
    out: list[tuple[int, int]] = []
    runs = [m.span() for m in _RUN.finditer(text)]
    i = 0
    while i < len(runs):
        s, e = runs[i]
        word = text[s:e]
        start = _URL_START.search(word)
        i += 1
        if start is not None and (start.start() == 0 or not _dotted_path(word)):
            if i < len(runs) and "/" in text[runs[i][0]:runs[i][1]]:
                e = runs[i][1]
                i += 1
            out.append((s + start.start(), e))
        elif _dotted_path(word):
            out.append((s, e))
    return out


def extract(ctx: DocContext) -> list[dict]:
    """Date rows for one document. Digits inside a named-entity mention (a year inside "2025 UK
    Border Strategy") or a URL are not dates."""
    doc, text, published = ctx.doc, ctx.text, ctx.published
    anchor = dt.date.fromisoformat(published) if published else None
    exclude = list(ctx.url_spans) + list(ctx.name_spans)
    # A year right after "Act" or "Act," names a law (Immigration and Asylum Act 1999).
    exclude += [(m.start(1), m.end(1)) for m in re.finditer(r"\bAct,?\s+(\d{4})\b", text)]
    sent_starts = spans.sentence_starts(doc)
    rows = []
    last_year: dict[int, int] = {}
    for c in find(text, exclude):
        sent = bisect.bisect_right(sent_starts, c.start) - 1
        if c.kind == "year":
            # A bare year followed by a counted noun is a number ("2000 people"), not a date.
            nxt = text[c.end:c.end + 12].lstrip()
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "nummod" and span.root.head.pos_ == "NOUN" \
                    and span.root.head.tag_ in ("NNS",) and not nxt[:1].isupper():
                continue
        future = _future(doc, c.start, c.end) if c.kind in RELATIVE_KINDS else False
        r = resolve(c, anchor, future, last_year.get(sent))
        if r is None:
            continue
        if r.start is not None and r.granularity in ("year", "month", "day", "season", "quarter", "fiscal_year"):
            last_year[sent] = r.start.year
        if rows and rows[-1]["granularity"] == "day" and c.kind in ("dm", "dmy", "mdy") \
                and re.fullmatch(r"\s*\(", text[rows[-1]["end"]:c.start]) and text[c.end:c.end + 1] == ")" \
                and rows[-1]["text"].split()[-1].lower() in WEEKDAYS:
            # "Last Monday (16 September)": the date in brackets says which Monday
            prev = rows.pop()
            c = DateSpan(prev["start"], c.end + 1, c.kind, c.match)
        rows.append(dict(start=c.start, end=c.end, text=text[c.start:c.end], value=r.value,
                         granularity=r.granularity,
                         date_start=r.start.isoformat() if r.start else None,
                         date_end=r.end.isoformat() if r.end else None,
                         anchor=published or None, relative=r.relative, sentence=sent, note=r.note or None))
    return rows
