"""The values a date expression resolves to (day, month, year, season, quarter, duration) and
the small calendar rules the resolvers share."""


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
from .lexicon import (MONTHS, WEEKDAYS, SEASONS, SEASON_MONTHS, ORDINAL, NUMBER_WORDS, FUTURE_CUES, FUTURE_AUX,
                      FUTURE_GOVERNORS, COUNT_WORDS, VAGUE_COUNTS, DURATION_DESIGNATORS, TIME_UNITS,
                      RECURRENCE_ADVERBS, PRESENT_WORDS, PAST_WORDS, FUTURE_WORDS, PARTS_OF_DAY, FISCAL_CUES,
                      FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS, EASTER_HOLIDAYS)
from .datepatterns import *  # noqa: F401,F403 - the patterns' names and helpers
from .datepatterns import MORE_KINDS, DateSpan, _last_day, _month_add



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


@dataclass
class Context:
    """What earlier expressions of the document fix for later ones: the last quarter named
    ("the year-earlier quarter" is that quarter a year before), the last resolved date ("at the
    time") and the last year. Updated once per row, so the cost stays linear."""
    quarter: tuple[int, int, int] | None = None  # (year, quarter, sentence)
    last: "Resolved | None" = None
    last_sentence: int = -1
    year: int | None = None


def _quarter(y: int, q: int, relative: bool = False) -> Resolved:
    return Resolved(f"{y:04d}-{32 + q}", "quarter", dt.date(y, 3 * q - 2, 1),
                    dt.date(y, 3 * q, _last_day(y, 3 * q)), relative)


def _count(word: str) -> float | None:
    """The number a duration's count stands for; None for a vague count ("several")."""
    w = " ".join(word.lower().replace("-", " ").split())
    half = 0.0
    for tail in (" and a half", " 1/2", "½"):
        if w.endswith(tail):
            w, half = w[: -len(tail)].strip(), 0.5
    if w in ("half a", "half an"):  # "half an hour"
        return 0.5
    if w in VAGUE_COUNTS:
        return None
    if w in COUNT_WORDS:
        return float(COUNT_WORDS[w]) + half
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w) + half
    total = 0
    for part in w.split():
        if part not in COUNT_WORDS:
            return None
        n = COUNT_WORDS[part]
        total = total * n if n == 100 and total else total + n
    return float(total) + half if total else None


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(count: float | None, unit: str) -> str:
    """ISO 8601 duration of ``count`` units ("P3Y", "PT48H", "P10Y" for a decade); TimeML's
    ``X`` for an unspecified count ("PXY")."""
    unit = unit.lower()
    unit = unit if unit in DURATION_DESIGNATORS else unit[:-1] if unit.endswith("s") else unit
    code, size = DURATION_DESIGNATORS[unit]
    lead = "PT" if unit in TIME_UNITS else "P"
    if count is None:
        return f"{lead}X{code}"
    n = count * size
    if unit in ("hour", "minute", "day") and not float(n).is_integer():
        # 5 1/2 hours = PT5H30M, half an hour = PT30M, a minute and a half = PT1M30S, a day and a half = P1DT12H
        small, sub = {"hour": ("M", 60), "minute": ("S", 60), "day": ("H", 24)}[unit]
        whole = f"{int(n)}{code}" if int(n) else ""
        return f"{lead}{whole}{'T' if unit == 'day' else ''}{round((n - int(n)) * sub)}{small}"
    return f"{lead}{_number(n)}{code}"


def _fiscal_context(text: str, start: int, end: int) -> bool:
    """Does the sentence around a "2021-22" speak of money or a financial year?"""
    lo = max(0, start - 150)
    before = text[lo:start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    window = (before[cut + 1:] if cut != -1 else before) + " " + text[end:end + 60].split(". ")[0]
    words = set(re.findall(r"[£$€]|\w+", window.lower()))
    return bool(words & FISCAL_CUES)


def _weekday_date(anchor: dt.date, wd: int, rel: str, future: bool) -> dt.date:
    if rel == "next" or (future and rel != "last"):
        delta = (wd - anchor.weekday()) % 7 or (7 if rel == "next" else 0)
    else:
        delta = -((anchor.weekday() - wd) % 7)
        if rel == "last" and delta == 0:
            delta = -7
    return anchor + dt.timedelta(days=delta)


def _day_month(anchor: dt.date, mon: int, d: int, future: bool) -> dt.date:
    cand = dt.date(anchor.year, mon, d)
    if future and cand < anchor:
        return dt.date(anchor.year + 1, mon, d)
    if not future and cand > anchor:
        return dt.date(anchor.year - 1, mon, d)
    return cand


NO_ANCHOR = "relative expression; the document has no publication date"
