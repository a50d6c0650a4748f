"""Resolving a date expression against the publication date: values in ISO 8601 / EDTF at the
precision of the text (see the table in :mod:`.dates`)."""

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
    if unit == "hour" and not float(n).is_integer():  # 5 1/2 hours = PT5H30M
        return f"PT{int(n)}H{round((n - int(n)) * 60)}M"
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


def resolve_more(c: DateSpan, anchor: dt.date | None, future: bool, state: Context) -> Resolved | None:
    """Durations, recurrences, times of day, quarters named without a year, the present / past /
    future references and the expressions that lean on an earlier date of the document."""
    g = c.match.groupdict()
    k = c.kind
    if k == "duration":
        if g["adj"] and g["adj"].strip().lstrip("-") == "old":
            return None  # an age ("6-year-old"), not a period
        if g["unit"].lower().startswith("quarter") and (g["sep"] == "-" or (_count(g["n"]) or 0) not in range(2, 13)):
            return None  # a fraction ("a quarter of", "three-quarters"), not three months
        return Resolved(duration_value(_count(g["n"]), g["unit"]), "duration", None, None, False)
    if k == "century":
        n = int(g["n"])
        return Resolved(f"{n - 1:02d}XX", "century", dt.date(100 * (n - 1), 1, 1), dt.date(100 * (n - 1) + 99, 12, 31), False)
    if k == "decade_word":
        d = 1900 + (COUNT_WORDS[g["d"].lower()[:-3] + "y"] if g["d"] else int(g["dd"]))
        return Resolved(f"{d // 10:03d}X", "decade", dt.date(d, 1, 1), dt.date(d + 9, 12, 31), False,
                        "a decade named without its century: the 1900s")
    if k == "half_year":
        y, first = int(g["y"]), g["h"].lower() == "first"
        return Resolved(f"{y:04d}-{40 if first else 41}", "half_year", dt.date(y, 1 if first else 7, 1),
                        dt.date(y, 6, 30) if first else dt.date(y, 12, 31), False)
    if k == "fiscal_named":
        r = _year(int(g["y"]))
        r.note = "a financial year, named by the calendar year it ends in or is called by"
        return r
    if k == "year_of_report":  # "the full year", "earlier in the year": the year of the text
        if anchor is None:
            return Resolved("", "year", None, None, True, NO_ANCHOR)
        return _year(anchor.year, True)
    if k == "fiscal_span":
        return Resolved("P1Y", "duration", None, None, False, "a year of accounts")
    if k == "holiday":
        name = " ".join(g["name"].lower().replace("’", "'").replace(".", "").split())
        name = "halloween" if name.startswith("hallowe") else name
        rel = (g["rel"] or "").lower()

        def on(year: int) -> dt.date:
            if name in FIXED_HOLIDAYS:
                return dt.date(year, *FIXED_HOLIDAYS[name])
            if name in EASTER_HOLIDAYS:
                from dateutil.easter import easter

                return easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
            month, weekday, nth = NTH_WEEKDAY_HOLIDAYS[name]
            if nth < 0:
                last = dt.date(year, month, _last_day(year, month))
                return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))

        if g["y"]:
            return _day(*on(int(g["y"])).timetuple()[:3])
        if anchor is None:
            return Resolved("", "day", None, None, True, NO_ANCHOR)
        day = on(anchor.year)
        if rel == "next" or (future and rel != "last"):
            day = day if day >= anchor else on(anchor.year + 1)
        elif rel != "this":
            day = day if day <= anchor and not (rel == "last" and day == anchor) else on(anchor.year - 1)
        r = _day(*day.timetuple()[:3])
        r.relative = True
        return r
    if k == "year_end":
        if anchor is None:
            return Resolved("", "day", None, None, True, NO_ANCHOR)
        before = c.match.string[max(0, c.start - 7):c.start].lower()
        y = anchor.year - 1 if "since" in before or (not future and anchor.month <= 2) else anchor.year
        r = _day(y, 12, 31)
        r.relative = True
        return r
    if k == "duration_one":
        return Resolved(duration_value(1, g["unit"]), "duration", None, None, False)
    if k == "duration_vague":
        return Resolved(duration_value(None, g["unit"] or g["unit2"]), "duration", None, None, False)
    if k == "set":
        if g["adv"]:
            value = RECURRENCE_ADVERBS[g["adv"].lower()]
        elif g["times"]:
            value = duration_value(1, g["unit2"])
        else:
            unit = g["unit"].lower()
            every = 2 if (g["n"] or "").lower() == "other" else int(_count(g["n"])) if g["n"] else 1
            if unit in WEEKDAYS:
                value = f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
            elif unit in MONTHS:
                value = f"XXXX-{MONTHS[unit]:02d}"
            elif unit in SEASONS:
                value = f"XXXX-{SEASONS[unit]}"
            elif unit in PARTS_OF_DAY:
                value = "P1D"
            else:
                value = duration_value(every, unit)
        return Resolved(value, "frequency", None, None, False, "a recurrence (ISO 8601 duration of its period)")
    if k == "spelled_year":
        if g["t"]:
            y = 1900 + COUNT_WORDS[g["t"].lower()] + (COUNT_WORDS[g["u"].lower()] if g["u"] else 0)
        else:
            y = 2000 + (COUNT_WORDS[g["u2"].lower()] if g["u2"] else 0)
        return _year(y)
    if k == "year_prefixed":
        return _year(int(g["y"]))
    if k == "year_span":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        if y2 == y1 + 1 and _fiscal_context(c.match.string, c.start, c.end):
            return Resolved(f"{y1:04d}-04/{y2:04d}-03", "fiscal_year", dt.date(y1, 4, 1), dt.date(y2, 3, 31), False,
                            "UK financial year (April to March)")
        return Resolved(f"{y1:04d}/{y2:04d}", "year_range", dt.date(y1, 1, 1), dt.date(y2, 12, 31), False)
    if k in ("year_earlier", "at_the_time") or (k == "quarter_rel" and g["ago"]):
        words = c.match.group(0).lower()
        back = -1 if ("earlier" in words or "ago" in words or "before" in words) and k != "at_the_time" else 0
        if k == "quarter_rel":
            base_y = state.quarter[0] if state.quarter else (anchor.year if anchor else None)
            if base_y is None:
                return Resolved("", "quarter", None, None, True, NO_ANCHOR)
            return _quarter(base_y - 1, ORDINAL[g["q"].lower()], True)
        if k == "at_the_time" and "year" not in words:
            if state.last is None or not state.last.value:
                return Resolved("", "relative", None, None, True, "refers to an earlier date; none is named before it")
            r = state.last
            return Resolved(r.value, r.granularity, r.start, r.end, True, "the date named before it")
        if state.quarter and k == "year_earlier":
            y, q, _ = state.quarter
            return _quarter(y - 1, q, True)
        base_y = state.year if state.year is not None else (anchor.year if anchor else None)
        if base_y is None:
            return Resolved("", "year", None, None, True, NO_ANCHOR)
        if "day" in words or "month" in words:  # "later that day": the day / month named before
            r = state.last
            if r is not None and r.value and r.granularity in ("day", "month", "part_of_day", "time"):
                return Resolved(r.value[:10] if "day" in words else r.value[:7], "day" if "day" in words else "month",
                                r.start, r.end, True)
            return Resolved("", "relative", None, None, True, "refers to an earlier date; none is named before it")
        return _year(base_y + back, True)
    # the rest are read against the publication date
    if anchor is None:
        gran = {"time": "time", "part_of_day": "part_of_day", "quarter_rel": "quarter", "quarter_ref": "quarter",
                "present": "present", "past_ref": "past", "future_ref": "future", "ago_vague": "past"}.get(k, "relative")
        return Resolved("", gran, None, None, True, NO_ANCHOR)
    if k == "present":
        return Resolved(anchor.isoformat(), "present", None, None, True, "the present: the publication date")
    if k in ("past_ref", "ago_vague"):
        return Resolved(f"../{anchor.isoformat()}", "past", None, None, True, "an unspecified past, up to the publication date")
    if k == "future_ref":
        return Resolved(f"{anchor.isoformat()}/..", "future", None, None, True, "an unspecified future, from the publication date")
    if k == "quarter_rel":
        # the latest quarter of that name to have begun; in a future clause the next one, unless
        # it is the current quarter or the one just ended (results "expected" for it)
        q = ORDINAL[g["q"].lower()]
        current = (anchor.month - 1) // 3 + 1
        y = anchor.year if q <= current else anchor.year - 1
        if future and (current - q) % 4 >= 2:
            y += 1
        return _quarter(y, q, True)
    if k == "quarter_ref":
        which = (g["which"] or "").lower()
        if "current" in which:
            return _quarter(anchor.year, (anchor.month - 1) // 3 + 1, True)
        if g["y"]:  # "the 1988 quarter": the quarter being reported, in that year
            q = state.quarter[1] if state.quarter else (_month_add(anchor.year, anchor.month, -3)[1] - 1) // 3 + 1
            return _quarter(int(g["y"]), q, True)
        if state.quarter and not which:  # "the quarter", "that quarter": the one named before
            return _quarter(state.quarter[0], state.quarter[1], True)
        y, m = _month_add(anchor.year, anchor.month, -3)  # the last quarter that has ended
        return _quarter(y, (m - 1) // 3 + 1, True)
    if k == "part_of_day":
        rel = g["rel"].lower()
        day = anchor + dt.timedelta(days={"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0))
        part = g["part"].lower()
        return Resolved(day.isoformat(), "part_of_day", day, day, True, f"part of the day: {part}")
    if k == "time":
        if g["y"] or g["y2"]:
            day = dt.date(int(g["y"] or g["y2"]), MONTHS[(g["mon"] or g["mon2"]).rstrip(".").lower()],
                          int(re.sub(r"\D", "", g["d"] or g["d2"])))
        elif g["mon"] or g["mon2"]:
            day = _day_month(anchor, MONTHS[(g["mon"] or g["mon2"]).rstrip(".").lower()],
                             int(re.sub(r"\D", "", g["d"] or g["d2"])), future)
        elif g["wd"]:
            day = _weekday_date(anchor, WEEKDAYS[g["wd"].lower()], "", future)
        elif g["rel"]:
            day = anchor + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["rel"].lower(), 0))
        else:
            day = anchor
        if g["word"]:
            h, mi = (0, 0) if g["word"].lower() == "midnight" else (12, 0)
        elif g["h24"]:
            h, mi = int(g["h24"]), int(g["mi24"])
        else:
            h, mi = int(g["h"] or g["hw"]), int(g["mi"] or 0)
            ap = (g["ap"] or "").lower().replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            elif ap == "am" and h == 12:
                h = 0
        note = f"time zone {g['tz']}" if g["tz"] else "local time of the text"
        return Resolved(f"{day.isoformat()}T{h:02d}:{mi:02d}", "time", day, day, True, note)
    return None


def resolve(c: DateSpan, anchor: dt.date | None, future: bool | str | None, last_year: int | None,
            state: Context | None = None) -> Resolved | None:
    tense = future if isinstance(future, str) else "future" if future else None
    future = tense == "future"
    if c.kind in MORE_KINDS:
        return resolve_more(c, anchor, future or tense == "present", state or Context())
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
            y = int(g["y"] or g["y2"] or g["y3"])
            q = ORDINAL[g["q"].lower()] if g["q"] else ORDINAL[g["q3"].lower()] if g["q3"] else int(g["qn"])
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
            if y2 != y1 + 1 or not _fiscal_context(c.match.string, c.start, c.end):
                # two calendar years unless the sentence speaks of money or a financial year
                if y2 > y1 and (k == "fiscal_to" or y2 == y1 + 1):
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
            if future:
                if cand < anchor:
                    cand = dt.date(y + 1, mon, d)
            elif tense is None or tense == "present":
                # no tense to go by: the nearer of this year's and the neighbouring year's date
                # (news looks back: a date ahead counts as nearer only within about three months)
                if cand > anchor and (cand - anchor).days > 92:
                    cand = dt.date(y - 1, mon, d)
                elif cand < anchor and (dt.date(y + 1, mon, d) - anchor).days <= 92 and (anchor - cand).days > 183:
                    cand = dt.date(y + 1, mon, d)
            elif cand > anchor and not ((cand - anchor).days <= 31 and re.search(
                    r"\b(?:to|by|until|through|record)\s+$", c.match.string[max(0, c.start - 9):c.start])):
                # a past clause looks back, except to a deadline just ahead ("was extended to Nov. 16")
                cand = dt.date(y - 1, mon, d)
        except ValueError:
            return None
        r = _day(cand.year, cand.month, cand.day)
        r.relative = True
        return r
    if k == "weekday":
        wd = WEEKDAYS[g["wd"].lower()]
        rel = (g["rel"] or "").lower()
        if rel == "next" or ((future or tense == "present") and rel != "last"):
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
        elif tense is None and "last" not in before and mon > anchor.month and mon - anchor.month < 6:
            pass  # no tense to go by: the nearer one, this year's
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
        if unit == "decade":
            return _year(anchor.year - 10 * n, True)
        if unit == "year":
            return _year(anchor.year - n, True)
        if unit == "month":
            return _month(*_month_add(anchor.year, anchor.month, -n), relative=True)
        if unit == "week":  # "six weeks ago": that week (TimeML writes the ISO week)
            day = anchor - dt.timedelta(weeks=n)
            iso = day.isocalendar()
            monday = day - dt.timedelta(days=day.weekday())
            return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), True)
        r = _day(*(anchor - dt.timedelta(days=n)).timetuple()[:3])
        r.relative = True
        return r
    if k == "relative":
        words = g["rel"].lower().split()
        if words[0] in ("today", "tonight", "yesterday", "tomorrow"):
            shift = {"yesterday": -1, "tomorrow": 1}.get(words[0], 0)
            r = _day(*(anchor + dt.timedelta(days=shift)).timetuple()[:3])
            r.relative = True
            return r
        if words[0] == "the" and words[1] in ("current", "past"):  # "the current year", "the past year"
            unit = words[-1]
            shift = -1 if words[1] == "past" else 0
            base_year = anchor.year
        elif words[0] == "the":  # "the previous year", "the year before": from the last year named
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
