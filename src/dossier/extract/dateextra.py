"""Resolving the expressions beyond day, month and year: centuries, decades in words, half years,
named fiscal periods, holidays, durations, recurrences, spelled-out years and year spans."""


from __future__ import annotations

import datetime as dt
import re

from .datepatterns import DateSpan, _last_day, _month_add
from .datevalues import (NO_ANCHOR, Context, Resolved, _count, _day, _day_month, _fiscal_context, _quarter,
                         _weekday_date, _year, duration_value)
from .lexicon import (COUNT_WORDS, EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS, NTH_WEEKDAY_HOLIDAYS, ORDINAL,
                      PARTS_OF_DAY, RECURRENCE_ADVERBS, SEASONS, WEEKDAYS)


def _weekend(anchor: dt.date, rel: str, future: bool) -> Resolved:
    """"the weekend", "last / this / next weekend": the latest Saturday and Sunday on or before
    the publication date (a future clause, "next": the coming one), as TimeML's ``YYYY-Www-WE``."""
    wd = anchor.weekday()
    if rel == "next" or (future and rel != "last"):
        sat = anchor + dt.timedelta(days=(5 - wd) % 7 or (7 if rel == "next" else 0))
    else:
        sat = anchor - dt.timedelta(days=(wd - 5) % 7 + (7 if rel == "last" and wd >= 5 else 0))
    year, week, _ = sat.isocalendar()
    return Resolved(f"{year:04d}-W{week:02d}-WE", "week", sat, sat + dt.timedelta(days=1), True,
                    "a weekend (TimeML -WE: Saturday and Sunday of the ISO week)")


def _week(day: dt.date, relative: bool = True, note: str = "") -> Resolved:
    """The ISO week holding a day."""
    iso, monday = day.isocalendar(), day - dt.timedelta(days=day.weekday())
    return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), relative, note)


def _from_last(c: DateSpan, anchor: dt.date | None, state: Context) -> Resolved:
    """"the next day", "the following morning", "the day before" (a day from the last day named,
    else from the publication date); "that week", "the same month", "later that day" (the week,
    month or day of the last date named that fixes it)."""
    g, words = c.match.groupdict(), c.match.group(0).lower().split()
    last = state.last if state.last is not None and state.last.start is not None and state.last.value else None
    if c.kind == "day_rel":
        day_named = last is not None and last.granularity in ("day", "time", "part_of_day")
        if last is not None and not day_named:  # "in July 2008 ... The day before": a day the text does not name
            return Resolved("", "day", None, None, True, "a day from a day the text does not name")
        base = last.start if day_named else anchor
        if base is None:
            return Resolved("", "day", None, None, True, NO_ANCHOR)
        back = (g["dir"] or g["dir2"]).lower() in ("previous", "preceding", "before")
        day = base + dt.timedelta(days=-1 if back else 1)
        part = (g["part"] or g["part2"]).lower()
        note = ("from the day named before it" if day_named else "from the publication date") + \
            ("" if part == "day" else f"; part of the day: {part}")
        return Resolved(day.isoformat(), "day" if part == "day" else "part_of_day", day, day, True, note)
    unit = words[-1]
    fits = {"day": ("day", "time", "part_of_day"), "week": ("day", "time", "part_of_day", "week"),
            "month": ("day", "time", "part_of_day", "week", "month")}[unit]
    if last is None or last.granularity not in fits:
        return Resolved("", "relative", None, None, True, f"refers to an earlier {unit}; none is named before it")
    if unit == "day":
        return Resolved(last.start.isoformat(), "day", last.start, last.start, True, "the day named before it")
    if unit == "week":
        return last if last.granularity == "week" else _week(last.start, True, "the week of the day named before it")
    return Resolved(last.start.strftime("%Y-%m"), "month", dt.date(last.start.year, last.start.month, 1),
                    dt.date(last.start.year, last.start.month, _last_day(last.start.year, last.start.month)), True,
                    "the month of the date named before it")


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
        n = _count(g["n"])
        if g["half"] and n is not None:  # "a minute and a half"
            n += 0.5
        return Resolved(duration_value(n, g["unit"]), "duration", None, None, False)
    if k == "century":
        n = int(g["n"])
        return Resolved(f"{n - 1:02d}XX", "century", dt.date(100 * (n - 1), 1, 1), dt.date(100 * (n - 1) + 99, 12, 31), False)
    if k == "decade_word":
        d = 1900 + (COUNT_WORDS[g["d"].lower()[:-3] + "y"] if g["d"] else int(g["dd"]))
        return Resolved(f"{d // 10:03d}X", "decade", dt.date(d, 1, 1), dt.date(d + 9, 12, 31), False,
                        "a decade named without its century: the 1900s")
    if k == "half_year":
        rel = (g["rel"] or "").lower()
        if not g["y"] and anchor is None and (rel != "the" or state.year is None):
            return Resolved("", "half_year", None, None, True, NO_ANCHOR)
        # "the first half of the year": of the year named last (else the publication's); "of last year"
        y = int(g["y"]) if g["y"] else state.year if rel == "the" and state.year is not None \
            else anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        first = g["h"].lower() == "first"
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
            if name == "election day":  # US: the Tuesday after the first Monday in November (2 U.S.C. § 7)
                first = dt.date(year, 11, 1)
                return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
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
        if " of " in c.match.group(0):  # "the end of the year": the year, its last third (as "the end of March")
            r = _year(y, True)
            r.start, r.note = dt.date(y, 9, 1), "end in the period (date_start/date_end narrowed)"
            return r
        r = _day(y, 12, 31)
        r.relative = True
        return r
    if k in ("duration_one", "unit_long"):  # "the past decade"; "a day-long meeting"
        return Resolved(duration_value(1, g["unit"]), "duration", None, None, False)
    if k in ("duration_vague", "duration_the"):
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
    if k == "same_period":  # "the same period last year": the quarter named before, a year earlier
        if state.quarter:
            return _quarter(state.quarter[0] - 1, state.quarter[1], True)
        if anchor is None:
            return Resolved("", "year", None, None, True, NO_ANCHOR)
        return _year(anchor.year - 1, True)
    if k == "day_rel" or (k == "at_the_time" and re.search(r"(?:day|week|month)$", c.match.group(0).lower())):
        return _from_last(c, anchor, state)
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
                "present": "present", "past_ref": "past", "future_ref": "future", "future_adj": "future", "ago_vague": "past"}.get(k, "relative")
        return Resolved("", gran, None, None, True, NO_ANCHOR)
    if k == "present":
        return Resolved(anchor.isoformat(), "present", None, None, True, "the present: the publication date")
    if k in ("past_ref", "ago_vague"):
        return Resolved(f"../{anchor.isoformat()}", "past", None, None, True, "an unspecified past, up to the publication date")
    if k in ("future_ref", "future_adj"):
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
        if which.split()[:1] in (["previous"], ["preceding"]):  # the quarter before the one named last
            if state.quarter:
                y, q = state.quarter[0], state.quarter[1]
            else:
                y, m = _month_add(anchor.year, anchor.month, -3)
                q = (m - 1) // 3 + 1
            return _quarter(y - (q == 1), (q - 2) % 4 + 1, True)
        if which.split()[:1] in (["last"], ["past"]):  # "the last quarter": the latest one that has ended
            y, m = _month_add(anchor.year, anchor.month, -3)
            return _quarter(y, (m - 1) // 3 + 1, True)
        if state.quarter and "current" not in which:  # "the quarter", "that quarter", "the latest
            # period": the quarter the report is about (see dates.extract)
            return _quarter(state.quarter[0], state.quarter[1], True)
        y, m = _month_add(anchor.year, anchor.month, -3)  # the last quarter that has ended
        return _quarter(y, (m - 1) // 3 + 1, True)
    if k == "weekend":
        rel = g["rel"].lower()  # "this past weekend": the latest one
        return _weekend(anchor, "the" if "past" in rel else rel, future and "past" not in rel)
    if k == "period_of":  # "the end of the month": the month / week named last (a day in it), else the writer's
        last = state.last if state.last is not None and state.last.start is not None else None
        base = last.start if last is not None and last.granularity in ("day", "time", "part_of_day", "week", "month") \
            and (g["unit"] == "month" or last.granularity != "month") else anchor
        if g["unit"] == "year":
            return _year(anchor.year, True)
        if g["unit"] == "week":
            return _week(base)
        r = _day(base.year, base.month, 1)
        return Resolved(f"{base.year:04d}-{base.month:02d}", "month", r.start,
                        dt.date(base.year, base.month, _last_day(base.year, base.month)), True)
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
            if h == 0 and (g["wd"] or g["rel"] or g["mon"] or g["mon2"]):
                day += dt.timedelta(days=1)  # "midnight Friday" ends Friday: 24:00 = 00:00 of the next day
        elif g["h24"]:
            h, mi = int(g["h24"]), int(g["mi24"])
        elif g["hp"]:  # "at 4 in the morning", "by 10 at night"
            h, mi, pod = int(g["hp"]), int(g["mip"] or 0), g["pod"].split()[-1].lower()
            if pod in ("afternoon", "evening") or (pod == "night" and h >= 6):
                h += 12 if h < 12 else 0
            elif h == 12:
                h = 0
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
