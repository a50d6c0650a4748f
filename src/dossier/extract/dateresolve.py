"""Resolving a date expression against the publication date: values in ISO 8601 / EDTF at the
precision of the text (see the table in :mod:`.dates`)."""

from __future__ import annotations

import datetime as dt
import re

from .dateextra import resolve_more
from .datepatterns import MORE_KINDS, DateSpan, _last_day, _month_add
from .datevalues import Context, Resolved, _count, _day, _fiscal_context, _month, _season, _year
from .lexicon import MONTHS, ORDINAL, SEASON_MONTHS, SEASONS, WEEKDAYS


def _date_or_none(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
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
        if k == "numeric":  # day first unless the first number cannot be a month's day and the second can
            a, b = int(g["a"]), int(g["b"] or g["b2"])
            return _day(int(g["y"]), *((a, b) if b > 12 and a <= 12 else (b, a)))
        if k in ("dmy", "mdy"):
            return _day(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()], int(re.sub(r"\D", "", g["d"])))
        if k == "my":
            return _month(int(g["y"]), MONTHS[g["mon"].rstrip(".").lower()])
        if k == "quarter":
            y = int(g["y"] or g["y2"] or g["y3"])
            q = ORDINAL.get(g["q"].lower(), 4) if g["q"] else ORDINAL[g["q3"].lower()] if g["q3"] else int(g["qn"])
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
                # (news looks back: a date ahead counts as nearer only within about three months;
                # a present-tense clause states a schedule, "the rules come into force on 1 January":
                # within about six months)
                ahead = 183 if tense == "present" else 92
                if cand > anchor and (cand - anchor).days > ahead:
                    cand = dt.date(y - 1, mon, d)
                elif cand < anchor and (dt.date(y + 1, mon, d) - anchor).days <= ahead and (anchor - cand).days > 183:
                    cand = dt.date(y + 1, mon, d)
            elif cand > anchor and not ((cand - anchor).days <= 31 and re.search(
                    r"\b(?:to|by|until|through|record)\s+$", c.match.string[max(0, c.start - 9):c.start])):
                # a past clause looks back, except to a deadline just ahead ("was extended to Nov. 16")
                cand = dt.date(y - 1, mon, d)
        except ValueError:
            return None
        named = g.get("wd") or g.get("wd2")
        if named and cand.weekday() != WEEKDAYS[named.lower()]:
            # "Monday, Oct. 26": the weekday says which year's Oct. 26 (the nearest that fits)
            fits = [x for x in (_date_or_none(yy, mon, d) for yy in (y - 1, y, y + 1))
                    if x is not None and x.weekday() == WEEKDAYS[named.lower()]]
            if fits:
                cand = min(fits, key=lambda x: abs((x - anchor).days))
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
        elif tense in (None, "present") and "last" not in before and mon > anchor.month and mon - anchor.month < 6:
            pass  # no tense to go by, or a schedule ("the rules come into force in October"): the nearer one, this year's
        elif tense is None and "last" not in before and mon < anchor.month and (mon - anchor.month) % 12 < 6:
            y += 1  # no tense, across the new year: "in April" written in December is next April
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
            elif rel == "the" and tense in (None, "present") and code != a_code \
                    and (dt.date(y + 1, start_month, 1) - anchor).days <= 92:
                y += 1  # no tense to go by: the nearer one, as for days ("expect ... in the autumn" in August)
        return _season(y, code, relative=True)
    if k == "ago":
        n = g["n"].lower()
        n = int(n) if n.isdigit() else int(_count(n) or 0)  # "thirty-five years ago"
        if not n:
            return None
        unit = g["unit"].rstrip("s")
        n = n if g["fwd"] else -n  # "two years from now", "three days hence": ahead
        if unit == "decade":
            return _year(anchor.year + 10 * n, True)
        if unit == "year":
            return _year(anchor.year + n, True)
        if unit == "month":
            return _month(*_month_add(anchor.year, anchor.month, n), relative=True)
        if unit == "week":  # "six weeks ago": that week (TimeML writes the ISO week)
            day = anchor + dt.timedelta(weeks=n)
            iso = day.isocalendar()
            monday = day - dt.timedelta(days=day.weekday())
            return Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), True)
        r = _day(*(anchor + dt.timedelta(days=n)).timetuple()[:3])
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
        elif words == ["the", "week"]:  # "for the week", "the week's most active session": this week
            unit, shift, base_year = "week", 0, anchor.year
        elif words[0] == "the":  # "the previous year", "the year before": from the last year named
            unit = words[2] if words[1] in ("previous", "following") else words[1]
            shift = -1 if ("previous" in words or "before" in words) else 1
            base_year = last_year or anchor.year
        else:  # this / last / next / earlier this / later this
            unit = words[-1]
            shift = {"last": -1, "next": 1}.get(words[0], 0)
            base_year = anchor.year
        base = anchor
        prev = state.last if state is not None else None
        if words[0] == "the" and words[1] not in ("current", "past") and unit in ("month", "week") and prev is not None \
                and prev.start is not None and prev.granularity in ("month", "week", "day", "time", "part_of_day"):
            # "In March, ... The following month": anaphoric, the month / week after the last one
            # named (the writer's own would be "next month"); with nothing named, the publication date
            base = prev.start if unit == "month" or prev.granularity != "month" else base
        if unit == "year":
            r = _year(base_year + shift)
        elif unit == "month":
            r = _month(*_month_add(base.year, base.month, shift))
        else:
            day = base + dt.timedelta(weeks=shift)
            iso = day.isocalendar()
            monday = day - dt.timedelta(days=day.weekday())
            r = Resolved(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + dt.timedelta(days=6), True)
        r.relative = True
        return r
    return None
