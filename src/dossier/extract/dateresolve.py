"""Resolving a date expression against the publication date: values in ISO 8601 / EDTF at the
precision of the text (see the table in :mod:`.dates`), and the tense of the clause that places a
bare date ahead of the writer or behind (:func:`_tense`, moved here from ``datepatterns`` in round 7)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc

from .dateextra import resolve_more
from .datepatterns import MORE_KINDS, DateSpan, _last_day, _month_add
from .datevalues import Context, Resolved, _count, _day, _fiscal_context, _month, _season, _year
from .lexicon import FUTURE_AUX, FUTURE_CUES, FUTURE_GOVERNORS, MONTHS, ORDINAL, SEASON_MONTHS, SEASONS, WEEKDAYS
from .syntax import clause_verb


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
            y = y if mon > anchor.month or (mon == anchor.month and "next" not in before) else y + 1
            # "next November" written in November is a year on, as "last November" is a year back
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
            if words[1] == "past":  # "this past week": the week just gone, this one from its Saturday on
                shift = 0 if anchor.weekday() >= 5 else -1
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


# --------------------------------------------------------------------------- tense of the clause

def _future(doc: Doc, start: int, end: int) -> bool:
    """Does the clause around the expression speak of the future? A cue word before or in it
    ("next", "due", "as soon as"), "will" on its verb, or a verb governed by one that looks
    ahead ("planned to leave on Thursday", "set to resume Monday", "due to be published in May")."""
    return _tense(doc, start, end) == "future"


# Verbs whose date is the time of what they arrange, still to come from the writer's day.
SCHEDULING = {"schedule", "reschedule", "slate"}
# An arrangement told in the pluperfect or as the first one ("It had been due to expire Friday
# evening", "had been scheduled to expire at midnight Friday", "as previously planned Saturday
# night") was replaced before the writer's day: its cue does not put the date ahead of it.
SUPERSEDED = {"previously", "originally", "initially", "formerly"}
# Modals that put the action of their verb ahead of the writer ("must win in November"); "could" also tells a
# past ability ("investors could buy the shares on Friday") and is left out, "would" is read by its own rule.
MODALS_AHEAD = {"must", "can", "may", "might", "should", "shall"}
# Conjunctions of time and condition, whose clause tells a future in the present tense ("before the next
# president takes office in January", "if Clinton wins in November").
AHEAD_MARKS = {"if", "when", "before", "after", "until", "till", "once", "unless"}
# Words of a plan after "was / were" ("were due to file", "was scheduled for"): the plan is told as past.
PAST_PLANS = {"due", "scheduled", "expected", "set", "slated", "supposed", "planned", "meant"}


def _superseded(doc: Doc, span) -> bool:
    """A pluperfect ("had been", "had planned") or an adverb of a first plan in the 8 tokens
    before the date, same sentence."""
    window = doc[max(span.start - 8, span.sent.start):span.start]
    return any(t.lower_ in SUPERSEDED or (t.lower_ == "had" and t.i + 1 < span.start and doc[t.i + 1].tag_ == "VBN")
               for t in window)


def _modifies_noun(root) -> bool:
    """The date qualifies a noun, not the clause: "the Jan. 14 deadline", "Tuesday's declaration",
    "a cutback in September"."""
    if root.dep_ in ("compound", "poss", "nmod") and root.head.pos_ == "NOUN":
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN"


def _planned(doc: Doc, span) -> str | None:
    """"future" for a date an arrangement puts ahead, None (no tense) if that plan was replaced or is
    told in the past for a calendar date ("applicants were due to file by March 15", written in April:
    the nearer March 15; a weekday stays ahead: "was scheduled to speak Saturday morning")."""
    if _superseded(doc, span):
        return None
    window = doc[max(span.start - 8, span.sent.start):span.start]
    if not any(t.lower_ in WEEKDAYS for t in span) and any(
            t.lower_ in ("was", "were") and t.i + 1 < span.start and doc[t.i + 1].lower_ in PAST_PLANS for t in window):
        return None
    return "future"


def _tense(doc: Doc, start: int, end: int) -> str | None:
    """"future", "past" or None (present or no verb) for the clause around the expression."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    before = doc[max(span.start - 3, 0):span.start]
    if any(t.lower_ in FUTURE_CUES for t in before) or any(t.lower_ in FUTURE_CUES for t in span):
        return _planned(doc, span)
    low = [t.lower_ for t in before]
    if low[-3:-1] in (["as", "soon"], ["as", "early"]) or (low and low[-1] in ("until", "effective", "payable")) \
            or (low[-3:-2] == ["until"] and low[-1] == "-"):  # "until mid-November"
        if not ("until" in low[-3:] and any(c.lower_ == "had" for c in clause_verb(span.root, 6).children)):
            return "future"  # but "Until Friday, the department had declined to comment": a past stretch
    tok = clause_verb(span.root, 6)
    if tok.dep_ == "ccomp" and tok.i > span.end and any(c.dep_ in ("nsubj", "nsubjpass") and c.i >= span.end for c in tok.children):
        tok = tok.head  # "said on Monday it would appeal": a date before the clause's subject is the saying's
    nominal = _modifies_noun(span.root)
    if any(c.lower_ in FUTURE_AUX for c in tok.children) or tok.lower_ in FUTURE_AUX:
        return "future"
    if tok.tag_ in ("VBZ", "VBP") and any(c.dep_ == "mark" and c.lower_ in AHEAD_MARKS for c in tok.children):
        return "future"  # a present for the future after if / when / before: "if they take office in January"
    if tok.tag_ == "VB" and any(c.tag_ == "MD" and c.lower_ in MODALS_AHEAD for c in tok.children):
        return "future"  # "Clinton must win in November", "the Senate may vote on Tuesday" (not "may have")
    if tok.tag_ == "VB" and tok.dep_ == "ROOT" and tok.i == tok.sent.start and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return "future"  # an imperative: "Remember in November the senators who blocked the bill"
    if tok.dep_ in ("acl", "relcl", "advcl") and tok.tag_ == "VBN" and any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children) \
            and any(c.lower_ == "be" and c.dep_ == "auxpass" for c in tok.children):
        return "future"  # "an address to be delivered Wednesday", "the vote to be held on Tuesday"
    if any(c.lower_ == "would" and c.i < span.start for c in tok.children) and not any(c.lower_ == "have" for c in tok.children):
        return "future"  # reported plans: "said the father would be travelling Thursday" (not "would have")
    if (tok.lemma_ in FUTURE_CUES and tok.tag_ == "VBN") or tok.lemma_ in SCHEDULING \
            or (tok.lemma_ == "plan" and any(c.dep_ == "dobj" for c in tok.children)):
        return _planned(doc, span)  # "has scheduled a news conference Thursday", "planned a rally on
        # Saturday": the date is the arranged event's
    t = tok
    for _ in range(3):  # "planned to leave", "is due to be published", "agreed to meet"
        if t.dep_ != "xcomp" or t.head is t:
            break
        t = t.head
        if t.lemma_ in FUTURE_GOVERNORS or t.lower_ in FUTURE_GOVERNORS:
            return _planned(doc, span)
        if any(c.lower_ in FUTURE_AUX for c in t.children):
            return "future"  # "will begin airing ads after Monday", "will try to meet him on Friday"
    if tok.tag_ == "VBN" and tok.lemma_ in FUTURE_GOVERNORS and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return _planned(doc, span)  # "a statement is expected on Thursday"
    if tok.tag_ == "VB" and any(c.lower_ == "to" for c in tok.children) and tok.head.lemma_ == "be":
        return "future"  # "is to resume trading on Tuesday"
    if nominal:
        return None  # "the Jan. 14 deadline", "Tuesday's declaration": the verb's tense is not the date's
    if tok.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in tok.children):
        return "past"
    if tok.tag_ == "VBN" and (any(c.lemma_ == "have" for c in tok.children) or (tok.dep_ == "ROOT" and not any(
            c.dep_ in ("aux", "auxpass", "nsubjpass") for c in tok.children) and any(c.dep_ == "nsubj" for c in tok.children))):
        return "past"  # "has opened"; "Applications opened in January" (a past form the tagger read as a participle)
    if tok.tag_ == "VBP" and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("NN", "NNP") for c in tok.children):
        return "past"  # "Weakness hurt the index on Friday": a singular subject, so a past form read as present
    if tok.tag_ in ("VBZ", "VBP") and tok.lemma_ != "say":
        return "present"
    if tok.tag_ == "VBG" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in tok.children):
        return "present"  # an arrangement: "the minister is visiting Calais on Friday"
    return None
