"""Dates, periods, durations, recurrences and times of day, resolved against the document's
publication date.

Values are written in ISO 8601 / EDTF (ISO 8601-2) at the precision the text gives, and in
the TimeML forms (TempEval-3) where ISO has none:

| text | value | granularity |
|---|---|---|
| 29 June 2023 | 2023-06-29 | day |
| last month (published 2023-08-09) | 2023-07 | month |
| Last year | 2022 | year |
| the autumn (future, published 2023-08-09) | 2023-23 | season (EDTF: 21 spring, 22 summer, 23 autumn, 24 winter) |
| the first quarter of 2023; third-quarter (published 2023-10-25) | 2023-33; 2023-35 | quarter (EDTF: 33–36 = Q1–Q4) |
| 2021–22, "1957-58" in a sentence about money or a financial year | 2021-04/2022-03 | fiscal_year (UK financial year, April to March) |
| from 1994 to 1998; 2009-2010; 1957-58 (no fiscal word near it) | 1994/1998; 2009/2010; 1957/1958 | year_range |
| between January and March this year (published 2023-06-05) | 2023-01/2023-03 | month_range |
| last week; for the week (the week of the publication date) | 2023-W31; 2023-W32 | week (ISO week) |
| the weekend; last weekend (published 2023-08-09) | 2023-W31-WE | week (TimeML -WE: its Saturday and Sunday) |
| the 1990s; the nineties; the '80s | 199X; 199X; 198X | decade |
| the 20th century | 19XX | century |
| the same period last year (after "the first quarter of 2023") | 2022-33 | quarter (else the year before the publication) |
| the first half of 1990 | 1990-40 | half_year (EDTF: 40, 41 = first, second half) |
| three years; six months; a decade; 48 hours; several weeks; a day-long meeting | P3Y; P6M; P10Y; PT48H; PXW; P1D | duration (ISO 8601 duration; X = unspecified count, as TimeML) |
| annually; every week; each year; daily; each July | P1Y; P1W; P1Y; P1D; XXXX-07 | frequency (TimeML SET: the period it repeats with) |
| now; currently; at present | 2023-08-09 (the publication date) | present |
| recently; the past | ../2023-08-09 (EDTF interval open at the start) | past |
| the future; the near term; future losses, the boy's future (an adjective or a possessed noun) | 2023-08-09/.. (open at the end) | future |
| 8 PM; 15:00 GMT Saturday; 5 p.m. EST, Nov. 6 | 2023-08-09T20:00; 2023-08-12T15:00 | time (local time of the text; the zone is in ``note``) |
| this morning; Friday afternoon; last night | 2023-08-09; 2023-08-04 | part_of_day (EDTF has no part of day: the day; the part is in ``note``) |
| Christmas; Thanksgiving Day; Easter (also when the parser made it an EVENT name) | 2022-12-25 | day |
| Monday, Oct. 26 (published 1998-10-25, past clause) | 1998-10-26 | day (the weekday picks the year) |

``date_start``/``date_end`` are left empty for durations, recurrences and the present / past /
future references: they are not a period of the calendar (so they are not plotted as events).
Seasons are northern-hemisphere (the corpus is British) for ``date_start``/``date_end``.

A modifier before a date stays in the span ("early December", "late last July", "mid-2023",
"the end of March"); the value keeps the period the text names and ``date_start``/``date_end``
are narrowed to its first, middle or last third (``note`` says so).

Direction. A bare weekday, month, day-and-month or season is read from the tense of its clause:
a future clause ("will", "due to be published in May", "plans to leave on Thursday", "as soon as",
"until") takes the next one; a past clause the latest one on or before the publication date
(except a deadline just ahead: "was extended to Nov. 16"); with no tense to go by, a day-and-month
or a month is the nearer one (a day ahead only within about three months, a month within five,
also across the new year: "in April" written in December is next April; news looks back).
A date that qualifies a noun ("the Jan. 14 deadline", "Tuesday's declaration", "a cutback in
September") is not placed by the verb's tense (the no-tense rule applies); a date of a scheduling
verb ("has scheduled a news conference Thursday") is ahead; a past form read as present under a
singular subject ("Weakness hurt the index on Friday") is past. "The previous / preceding Friday"
is the one before the day named last (else before the publication date); "the week of March 6"
is that day's ISO week.
A quarter named without a year ("third-quarter") is the latest of that name to have begun
(the next one only in a future clause, and not for the quarter just ended).

Reference to earlier expressions of the document (:class:`Context`, one pass, linear): "the
previous year" and "the year before" count back from the last year named in the same sentence;
"the year-earlier quarter", "a year earlier" and "a year ago" in a quarterly report are the last
quarter named, a year before; "the quarter" is the last quarter named; "at the time" is the last
date named ("later that day": its day); "that year" the last year named.

With no publication date, relative expressions stay unresolved (empty value) and say so. A
relative date that would fall outside the calendar (published 9999-12-31, "next year") is kept
unresolved with a note, never raised.

Also: "on April 24 and 25" (the second day a row of its own, same month), "January nineteen
ninety-seven" / "the winter of nineteen ninety-four" (that year's month / season), "at 4 in the
morning" (04:00), "over the years", "in the weeks ahead", "the first time in years" (PXY, PXW).
The quarter "the year-ago period", "a year earlier" and "the quarter" refer to is the latest
quarter named that has ended (not a forecast "into the fourth quarter", not a background "after a
flat second quarter" named later).

Narrative anchors (round 6): "the next day", "the following morning", "the day before" count from
the last day named (the publication date when none is named; no value when the last date named is
coarser than a day; a backward one does not move the reference); "that month", "the same week",
"that same day" are the month / week / day of the last date named; a month or day-and-month in the
clause of a year named before it in the sentence is that year's ("Arrivals in 2022 peaked in
August"). "the end of the month", "the start of the year", "the end of the year" are the month /
year of the text, narrowed ("year-end" stays Dec. 31); "the first half of the year" / "of last year";
"the last quarter" (the latest ended), "the previous quarter"; "two years from now", "three days
hence"; "this past weekend"; "the late '80s"; "14/07/2023", "03.02.2021" (day first unless it cannot
be); "Sept.11, 2001"; "half an hour" (PT30M), "a minute and a half" (PT1M30S). Tense: "would" before
the date looks ahead ("said the father would be travelling Thursday"), a present progressive or "is
expected" is an arrangement, a schedule in the present takes the nearer month, a date before the
subject of a reported clause belongs to the saying ("said on Monday it would appeal").

Round 7: "will" or "would" on a verb that governs the date's ("will begin airing ads after Monday"), a modal
("must win in November"; not "could"), "to be" + participle ("an address to be delivered Wednesday"), an
imperative, and a present after if / when / before ("if they take office in January") look ahead; "until"
with a pluperfect looks back; a plan told in the past ("were due to file by March 15") gives a calendar date
the nearer reading. "By the end of the year" in a narrated past is the year of the date named before it;
"this past week"; "next November" written in November; US Election Day; "a week or so ago"; "the fall of
Kabul" is no season.

Cost: every pattern is a regular expression without nested quantifiers, so ``find`` is linear
in the text (tests/test_dates.py times 200,000 characters of degenerate input); each is scanned
through a form that starts with its first-character class (``datepatterns._scanner``), which
Python's ``re`` skips to in its fast loop."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..schema import B, I, S, _t
from . import spans
from .context import DocContext
# COMPILED and PATTERNS are read through this module by the tests
from .datepatterns import COMPILED, PATTERNS, RELATIVE_KINDS, _MONTH, _UNIT, _YEAR, DateSpan, _last_day, find  # noqa: F401
from .dateresolve import _tense, resolve
from .datevalues import Context, Resolved, _month, _quarter, _season
from .lexicon import MONTHS, WEEKDAYS
from .syntax import clause_verb


DATES = _t(
    "dates",
    "Dates and periods, resolved against the publication date; values in ISO 8601 / EDTF at the precision of the text.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The expression as written ('last month', '2021–22').", False),
    ("value", S, "ISO 8601 / EDTF value: 2023-08-07 (day), 2023-07 (month), 2022 (year), 2023-23 (autumn 2023; 21–24 = spring–winter), 2023-33 (Q1 2023; 33–36), 2021-04/2022-03 (financial year), 1994/1998 (range), 2023-W31 (ISO week), 198X (decade), 19XX (century), 1990-40 (first half of 1990; 41 = second), P3Y / PT48H / PXW (duration; X = unspecified), P1Y / XXXX-07 (recurrence: the period it repeats with), 2023-08-07T20:00 (time of day), 2023-08-07 for 'now' (the publication date), ../2023-08-07 and 2023-08-07/.. (an unspecified past / future); empty when it cannot be fixed."),
    ("granularity", S, "day, week, month, season, quarter, year, fiscal_year, year_range, month_range, half_year, decade, century, duration, frequency (a recurrence), time, part_of_day, present, past, future or relative (unresolved).", False),
    ("date_start", S, "First day of the period (ISO date); seasons are northern-hemisphere; narrowed by a modifier ('early December'); empty for durations, recurrences and present / past / future references."),
    ("date_end", S, "Last day of the period (ISO date)."),
    ("anchor", S, "The publication date relative expressions were resolved against; empty if the document has none."),
    ("relative", B, "True for expressions that needed the anchor (weekday, 'last month', 'the autumn').", False),
    ("sentence", I, "Sentence number.", False),
    ("note", S, "Why a value is empty or how it was read (e.g. 'UK financial year (April to March)', the time zone of a time, the part of the day, a modifier, 'outside the supported calendar')."),
)


# A named-entity mention that is a date as a whole (an EVENT "Thanksgiving Day", "the Aug. 7").
_DATE_NAME = re.compile(r"(?:[Tt]he\s+)?(?:" + dict(PATTERNS)["holiday"] + "|" + dict(PATTERNS)["dm"] + ")")


# A name the parser ran on over a preposition and a date ("the Channel on New Year's Eve"): the date is not the name's.
_DATE_TAIL = re.compile(r"\s+(?:on|in|at|by|since|until|before|after)\s+" + _DATE_NAME.pattern + r"$")


def _name_part(text: str, s: int, e: int) -> tuple[int, int]:
    """The part of a name span that is the name (a date it ran on to is left out)."""
    m = _DATE_TAIL.search(text, s, e) if e - s > 8 else None
    return (s, m.start()) if m is not None else (s, e)


# A bracket between a time and the weekday that gives its day ("10:35 a.m. (0735 GMT) Friday").
_BRACKET_BETWEEN = re.compile(r"\s*\([^()\n]{1,24}\)\s*")
_DAY_WORD = re.compile(r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|"
                       r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


# "the previous Friday", "the preceding Monday": counted back from the day named before.
_PREVIOUS = re.compile(r"\b(?:[Tt]he\s+)?(?:previous|preceding)\s+$")


# "the week of March 6": the ISO week holding the day named after it.
_WEEK_OF = re.compile(r"\b[Tt]he\s+week\s+of\s+$")


def _week_of(r: "Resolved") -> "Resolved":
    """The ISO week of a day (its Monday to Sunday)."""
    iso = r.start.isocalendar()
    monday = r.start - dt.timedelta(days=r.start.weekday())
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), r.relative,
                    "the week of the day named")


OUT_OF_CALENDAR = "outside the supported calendar (years 1 to 9999): left unresolved"


# "early December", "mid-2023", "the end of March": kept in the span; the period is narrowed
_MODIFIER = re.compile(r"(?:\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]|\b(?:[Tt]he\s+)?(?:[Ee]nd|[Bb]eginning|[Ss]tart|[Mm]iddle)\s+of\s+(?:the\s+)?)$")


MODIFIED = {"day", "week", "month", "season", "quarter", "half_year", "year", "decade", "century", "fiscal_year"}


_FRACTION = {"early": (0, 1 / 3), "beginning": (0, 1 / 3), "start": (0, 1 / 3), "mid": (1 / 3, 2 / 3),
             "middle": (1 / 3, 2 / 3), "late": (2 / 3, 1), "end": (2 / 3, 1)}


def _modifier(text: str, start: int) -> re.Match | None:
    """The modifier written right before a date ("early", "late", "mid-", "the end of")."""
    return _MODIFIER.search(text, max(0, start - 24), start)


def _narrow(r: "Resolved", word: str) -> None:
    """Narrow a period to the part its modifier names (early: first third, mid: middle third,
    late / the end of: last third); the value keeps the period the text names."""
    a, b = _FRACTION[word]
    days = (r.end - r.start).days + 1
    if days < 3:
        return
    r.start, r.end = r.start + dt.timedelta(days=round(days * a)), r.start + dt.timedelta(days=round(days * b) - 1)
    r.note = (r.note + "; " if r.note else "") + f"{word} in the period (date_start/date_end narrowed)"


def extract(ctx: DocContext) -> list[dict]:
    """Date rows for one document. Digits inside a named-entity mention (a year inside "2025 UK
    Border Strategy") or a URL are not dates. A relative date that would fall outside the
    calendar (published 9999-12-31, "next year") is kept unresolved with a note."""
    doc, text, published = ctx.doc, ctx.text, ctx.published
    anchor = dt.date.fromisoformat(published) if published else None
    # A name that is itself a date ("Thanksgiving Day", "the Aug. 7" as an EVENT) is read as one.
    exclude = list(ctx.url_spans) + [_name_part(text, s, e) for s, e in ctx.name_spans if not _DATE_NAME.fullmatch(text, s, e)]
    # A year right after "Act" or "Act," names a law (Immigration and Asylum Act 1999).
    exclude += [(m.start(1), m.end(1)) for m in re.finditer(r"\bAct,?\s+(\d{4})\b", text)]
    sent_starts = spans.sentence_starts(doc)
    rows = []
    last_year: dict[int, int] = {}
    named_year: dict[int, tuple[int, int, int]] = {}  # sentence -> (year, start, end) of its last date written with a year
    state = Context()
    quarter_ahead = False  # the quarter in state.quarter was named ahead of the writer
    for c in find(text, exclude):
        sent = bisect.bisect_right(sent_starts, c.start) - 1
        if c.kind == "year":
            # A bare year followed by a counted noun is a number ("2000 people"), not a date,
            # unless a determiner or a possessive comes before it ("the 1992 protests").
            nxt = text[c.end:c.end + 12].lstrip()
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "nummod" and span.root.head.pos_ == "NOUN" \
                    and span.root.head.tag_ in ("NNS",) and not nxt[:1].isupper() \
                    and not re.search(r"\b(?:the|its|their|his|her|our|this|that)\s$|['’]s\s$", text[max(0, c.start - 7):c.start], re.I):
                continue
        if c.kind == "future_adj":
            # "future losses", "the boy's future": an adjective or a possessed noun; not "a future in which"
            tok = doc.char_span(c.start, c.end, alignment_mode="expand")
            if tok is None or not (tok.root.dep_ == "amod" or any(ch.dep_ == "poss" for ch in tok.root.children)):
                continue
        if c.kind == "set" and c.match.group("adv"):
            # "the regional daily said", "the Communist Party daily Granma", "the weekly Der
            # Spiegel": a newspaper, not a recurrence ("the daily tally", "traded daily" stay)
            tok = doc.char_span(c.start, c.end, alignment_mode="expand")
            if tok is not None and (tok.root.tag_ in ("NN", "NNS") or tok.root.head.pos_ == "PROPN"):
                continue
        if c.kind == "season" and c.match.group("season").lower() == "fall":
            # "this fall in prices", "the fall of the World Trade Center": a decline or collapse, not autumn
            tok = doc.char_span(*c.match.span("season"), alignment_mode="expand")
            if tok is not None and tok.root.dep_ != "npadvmod" and any(
                    ch.dep_ == "prep" and ch.lower_ in ("of", "in") and ch.i == tok.root.i + 1 for ch in tok.root.children):
                continue
        if c.kind == "duration" and c.match.group("unit").lower() == "second" and c.match.group("n").lower() in ("a", "an"):
            tok = doc.char_span(*c.match.span("unit"), alignment_mode="expand")
            if tok is not None and tok.root.pos_ == "ADJ":
                continue  # "a second debate": the ordinal, not a second of time
        future = _tense(doc, c.start, c.end) if c.kind in RELATIVE_KINDS else None
        try:
            r = resolve(c, anchor, future, last_year.get(sent), state)
            if r is not None and c.kind == "ago" and r.granularity == "year" and state.quarter and not c.match.group("fwd") \
                    and sent - state.quarter[2] <= 2 and re.match(r"(?:a|an|one)\s+year\b", c.match.group(0), re.I):
                r = _quarter(state.quarter[0] - 1, state.quarter[1], True)  # "a year ago" in a quarterly report
        except (ValueError, OverflowError):
            r = Resolved("", "relative", None, None, True, OUT_OF_CALENDAR)
        if r is None:
            continue
        if c.kind in ("period_of", "year_end") and r.granularity == "year" and anchor is not None and state.last is not None \
                and state.last.start is not None and state.last.start.year < anchor.year and _narrated(doc, c.start, c.end):
            # "A poll in May 2015 put him at 5 percent. By the end of the year, he had climbed": the year told of
            y = state.last.start.year
            r = Resolved(f"{y:04d}", "year", dt.date(y, 1, 1) if c.kind == "period_of" else dt.date(y, 9, 1),
                         dt.date(y, 12, 31), True, "the year of the date named before it")
        if c.kind == "weekday" and r.start is not None and not c.match.group("rel"):
            m = _PREVIOUS.search(text, max(0, c.start - 14), c.start)
            if m is not None:
                # "down 4.5% from the previous Friday": the one before the day the text is at
                ref = state.last.start if state.last is not None and state.last.granularity in ("day", "time", "part_of_day") \
                    and state.last.start is not None else anchor
                back = (ref.weekday() - WEEKDAYS[c.match.group("wd").lower()]) % 7 or 7
                day = ref - dt.timedelta(days=back)
                r = Resolved(day.isoformat(), "day", day, day, True, "the weekday before the day named before it")
                if not (rows and rows[-1]["end"] > m.start()):
                    c = DateSpan(m.start(), c.end, c.kind, c.match)
        y = named_year.get(sent, (None,))[0]
        if r.start is not None and c.kind in ("month", "dm") and y is not None and y != r.start.year and anchor is not None \
                and not (future == "future" and y < anchor.year) and not (future == "past" and y > anchor.year) \
                and not re.search(r"\b(?:last|next|this)\s+$", text[max(0, c.start - 6):c.start], re.I) \
                and _verb_of(doc, c.start, c.end) == _verb_of(doc, *named_year[sent][1:]):
            # "In 2015 the camp opened in April": a month or day in the clause of a year named before it is that year's
            note = "the year named before it in its clause"
            if r.granularity == "month":
                r = _month(y, r.start.month, relative=True)
                r.note = note
            elif r.granularity == "day" and not (r.start.month == 2 and r.start.day == 29):
                day = r.start.replace(year=y)
                r = Resolved(day.isoformat(), "day", day, day, True, note)
        if r.start is not None and r.granularity in ("year", "month", "day", "season", "quarter", "fiscal_year"):
            last_year[sent] = r.start.year
            if c.kind in _YEAR_NAMED and (c.kind != "relative" or r.granularity == "year") and not _OPEN_BEFORE.search(
                    text, max(0, c.start - 8), c.start) and (c.kind != "year" or _IN_BEFORE.search(text, max(0, c.start - 7), c.start)):
                named_year[sent] = (r.start.year, c.start, c.end)
            state.year = r.start.year
        if r.granularity == "quarter" and r.start is not None and c.kind not in ("year_earlier", "same_period") and not (
                c.kind == "quarter_rel" and c.match.groupdict().get("ago")):
            # the quarter a report is about: the latest one named that has ended, not one still to
            # come (a forecast "into the fourth quarter", "through the third quarter of 1990") nor
            # one before it ("after a flat second quarter", "in the 1988 period"), unless none has
            # ended; any quarter named keeps the report's sentence
            key = (r.start.year, (r.start.month - 1) // 3 + 1)
            ahead = future == "future" or (anchor is not None and r.end >= anchor)  # not ended yet
            if state.quarter is None or (not ahead and (quarter_ahead or key > state.quarter[:2])):
                state.quarter, quarter_ahead = (*key, sent), ahead
            else:
                state.quarter = (*state.quarter[:2], sent)
        if r.value and r.granularity not in ("duration", "frequency", "present", "past", "future", "relative") \
                and c.kind != "at_the_time" and not (c.kind == "day_rel" and state.last is not None
                                                   and state.last.start is not None and r.start < state.last.start):
            # "that month", "at the time", "the day before" refer back: the date they start from stays the reference
            state.last = r
        start = c.start
        if c.kind == "month":  # "last July": the word that placed the month is part of it
            m = re.search(r"\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s$", text[max(0, start - 6):start])
            if m is not None and not (rows and rows[-1]["end"] > start - len(m.group(0))):
                start -= len(m.group(0))
        if c.kind == "period_of" and r.start is not None:  # "(the) end of the month": the modifier is in the match
            _narrow(r, c.match.group("mod").lower())
            if re.search(r"\b[Tt]he\s$", text[max(0, start - 5):start]) and not (rows and rows[-1]["end"] > start - 4):
                start -= 4
        if c.kind == "year_prefixed" and r.start is not None and c.match.group(0)[:3].lower() in ("mid", "ear", "lat"):
            _narrow(r, re.match(r"\w+", c.match.group(0).lower())[0])
        if r.granularity == "day" and r.start is not None and c.kind in ("dm", "dmy", "mdy", "weekday"):
            m = _WEEK_OF.search(text, max(0, start - 14), start)
            if m is not None and not (rows and rows[-1]["end"] > m.start()):
                start, r = m.start(), _week_of(r)
        if r.granularity in MODIFIED and r.start is not None:
            m = _modifier(text, start)
            if m is not None and not any(1 for s0, e0 in ((row["start"], row["end"]) for row in rows[-1:]) if e0 > m.start()):
                start = m.start()
                word = re.search(r"early|late|mid|end|beginning|start|middle", m.group(0).lower())[0]
                _narrow(r, word)
        if rows and rows[-1]["granularity"] == "day" and c.kind in ("dm", "dmy", "mdy") \
                and re.fullmatch(r"\s*\(", text[rows[-1]["end"]:c.start]) and text[c.end:c.end + 1] == ")" \
                and rows[-1]["text"].split()[-1].lower() in WEEKDAYS:
            # "Last Monday (16 September)": the date in brackets says which Monday
            prev = rows.pop()
            c = DateSpan(prev["start"], c.end + 1, c.kind, c.match)
            start = c.start
        if rows and rows[-1]["granularity"] == "time" and r.granularity == "day" and r.start is not None \
                and c.kind == "weekday" and _BRACKET_BETWEEN.fullmatch(text, rows[-1]["end"], start) \
                and not _DAY_WORD.search(rows[-1]["text"]):
            # "at 10:35 a.m. (0735 GMT) Friday": the weekday after the bracket is the time's day
            prev = rows[-1]
            prev["value"] = r.start.isoformat() + prev["value"][10:]
            prev["date_start"] = prev["date_end"] = r.start.isoformat()
        if c.kind == "spelled_year" and rows and rows[-1]["granularity"] in ("month", "season") and rows[-1]["value"] \
                and _OF_GAP.fullmatch(text, rows[-1]["end"], c.start):
            # "January nineteen ninety-seven", "the winter of nineteen ninety-four": that year's month / season
            prev = rows.pop()
            code = int(prev["value"][5:7])
            r = _month(r.start.year, code) if prev["granularity"] == "month" else _season(r.start.year, code)
            start = prev["start"]
        elif c.kind == "spelled_year":
            m = _MONTH_BEFORE.search(text, max(0, c.start - 14), c.start)
            if m is not None and not (rows and rows[-1]["end"] > m.start()):
                r, start = _month(r.start.year, MONTHS[m[1].rstrip(".").lower()]), m.start()
        rows.append(_row(start, c.end, text, r, published, sent))
        m = _SECOND_DAY.match(text, c.end) if c.kind == "dm" and r.granularity == "day" and c.match.group("mon2") else None
        tok = doc.char_span(m.start(1), m.end(1), alignment_mode="expand") if m is not None else None
        if tok is not None and r.start is not None and r.start.day < int(m[1]) <= _last_day(r.start.year, r.start.month) \
                and not (tok.root.dep_ == "nummod" and tok.root.head.pos_ == "NOUN"):  # not "June 5 and 12 people"
            # "on April 24 and 25": the second day of the same month (the first is this row); a year
            # after it is both days' ("Jan. 8-9, 2024")
            y, first = _YEAR_AFTER.match(text, m.end()), r.start
            try:
                if y is not None and int(y[1]) != first.year:
                    first = first.replace(year=int(y[1]))
                    rows[-1] = _row(start, c.end, text, Resolved(first.isoformat(), "day", first, first, False), published, sent)
                day = first.replace(day=int(m[1]))
            except ValueError:  # "Feb. 28-29, 2023"
                continue
            rows.append(_row(m.start(1), m.end(1), text, Resolved(day.isoformat(), "day", day, day, r.relative,
                                                                    "a second day of the month named before it"),
                             published, sent))
    return rows


# "April 24 and 25": a bare day after a month-day pair (not a number of things or a figure)
_SECOND_DAY = re.compile(rf"\s*(?:and|or|to|&|-|–)\s*((?:[12]\d|3[01]|0?[1-9]))\b(?!\s*(?:%|[-–/.:,]\d|per\s*cent\b|percent\b))"
                         rf"(?![\s-]+{_UNIT})")


# The kinds of rows that write their year ("2015", "April 2015", "last year"), and the words before a year that
# make it a bound of a stretch rather than the time of the sentence ("since 2015", "by 2030").
_YEAR_NAMED = {"year", "my", "dmy", "mdy", "iso", "numeric", "season_year", "quarter", "month_rel", "relative"}
_IN_BEFORE = re.compile(r"\b(?:in|during|of)\s+$", re.I)  # a bare year as the time of its clause ("in 2015"), not "HB 1523"
_OPEN_BEFORE = re.compile(r"\b(?:since|from|until|till|by|before|after|to|between|than|and|or)\s+$", re.I)


def _narrated(doc, start: int, end: int) -> bool:
    """A clause told in the simple past or the pluperfect ("he had climbed", "arrivals fell"), not the
    present perfect ("have crossed since the start of the year") nor a present or future one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = clause_verb(span.root, 6)
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (verb.tag_ == "VBD" and not aux) or any(c.lower_ == "had" for c in aux) or any(c.tag_ == "VBD" for c in aux)


def _verb_of(doc, start: int, end: int) -> int | None:
    """The token index of the verb of the clause holding a span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return clause_verb(span.root, 6).i if span is not None else None


_OF_GAP = re.compile(r"\s+(?:of\s+)?")
_MONTH_BEFORE = re.compile(rf"\b({_MONTH})\s+(?:of\s+)?$")


_YEAR_AFTER = re.compile(rf",?\s+({_YEAR})\b")


def _row(start: int, end: int, text: str, r: Resolved, published: str | None, sent: int) -> dict:
    return dict(start=start, end=end, text=text[start:end], value=r.value, granularity=r.granularity,
                date_start=r.start.isoformat() if r.start else None, date_end=r.end.isoformat() if r.end else None,
                anchor=published or None, relative=r.relative, sentence=sent, note=r.note or None)
