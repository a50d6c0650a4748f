"""TempEval-3 TBAQ (``tempeval3-tbaq``): temporal expressions found and resolved against the
document creation time.

Items are the 256 TimeML files of ``TimeBank/`` and ``AQUAINT/``, id = ``<folder>/<file stem>``.
The text given to a system is the content of ``<TEXT>`` with the inline tags removed and XML
entities decoded; the gold ``TIMEX3`` spans are character offsets into it. The publication
date is the date part of the ``<DCT>`` ``TIMEX3`` (``functionInDocument="CREATION_TIME"``).
Empty (non-consuming) ``TIMEX3`` tags are skipped.

Scores, as in TempEval-3 Task A: **relaxed span** F1 (a gold and a system expression match when
their characters overlap; precision over system expressions, recall over gold ones) and
**value** F1 (relaxed match and equal value after mapping), overall and per gold ``type``
(recall; precision per type uses the type our row maps to).

Mapping TimeML values to ours (:func:`timeml_value`; ours are ISO 8601 / EDTF, see
``dossier.extract.dates``):

| TimeML | ours | note |
|---|---|---|
| ``2013-05-01``, ``2013-05``, ``2013`` | same | |
| ``2013-SP/SU/FA/WI`` | ``2013-21/22/23/24`` | EDTF seasons |
| ``2013-Q1``…``Q4`` | ``2013-33``…``36`` | EDTF quarters |
| ``2013-H1``/``H2`` | ``2013-40``/``41`` | EDTF semesters |
| ``2013-W05``, ``2013-W5`` | ``2013-W05`` | ISO week, zero-padded |
| ``2013-05-XX``, ``2013-XX-XX`` | ``2013-05``, ``2013`` | unknown trailing parts = coarser precision |
| ``199``, ``19`` | ``199X``, ``19XX`` | decade, century |
| ``2013-01-01T10:00(:00)``, ``2013-01-01T10`` | ``2013-01-01T10:00`` | seconds ``:00`` dropped; a time at the hour written with minutes |
| ``2013-01-01TMO/TAF/TEV/TNI`` | ``2013-01-01`` | EDTF has no part of day: the day |
| ``2013-01-01T24`` | ``2013-01-02T00:00`` | midnight ending a day ("at midnight Friday"), ISO 8601's 24:00 written as 00:00 of the next day |
| ``PRESENT_REF`` | the DCT's day | "now" resolved to the publication date |
| ``PAST_REF`` / ``FUTURE_REF`` | an interval open at the start / end (``../d``, ``d/..``) | |
| ``P3D``, ``PT2H``, ``PXY`` | same | ISO 8601 durations |
| ``P1E``, ``PXC``, ``P2L``, ``P2Q`` | ``P10Y``, ``PXY``, ``P2000Y``, ``P6M`` | TimeML's decade (E), century (C), millennium (L) and quarter (Q) units, in ISO years and months |
| ``1989-WXX``, ``1989-QX`` | any week / quarter of 1989 | TimeML's unspecified week or quarter of a known year: a week or quarter value in that year matches it (ours and the peer's alike, :func:`comparable`) |

On our side (:func:`ours`): every ``dates`` row (an interval ``a/b`` also matches a gold value
equal to ``a`` or ``b``, since TimeML writes a range as two expressions; rows with an empty
value — unresolved, or a recurrence — count as found with a wrong value), plus each
``quantities`` row of kind ``duration`` not overlapping a date row, as a DURATION
``P<n><unit>`` (its span extended over the unit word), except an age ("a 6-year-old boy", "52
years old": followed by "old"), which TimeBank does not mark as a TIMEX3 (2 of the 32 "-old"
expressions of DEV is one) and our ``dates`` extractor does not read as a period either, and an age
written as a bare number after a name ("James Kopp, 44, was charged": the quantities row is a
duration in years, but no word of time is written). Our type: ``frequency`` → SET,
a duration (quantity row, granularity ``duration`` or a value ``P…``) → DURATION, a value with
``T`` → TIME, else DATE.

Peer: ``dateparser.search.search_dates`` with ``RELATIVE_BASE`` = DCT (English), each hit
then given a precision by ``DateDataParser.get_date_data`` (``period``: year / month / week /
day / time) to write its value; hits are placed at their first occurrence after the previous
one. HeidelTime's and SUTime's published TempEval-3 numbers (``PUBLISHED``) are quoted, not
run; they are on the TempEval-3 platinum test set, not this data.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from .common import Report, dataset, overlap, snippet

NAME = "tempeval"
FOLDER = "tempeval3-tbaq"
PEER = "dateparser"
TYPES = ("DATE", "TIME", "DURATION", "SET")

# UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3", Table 3 (Task A, platinum test set).
PUBLISHED = {
    "HeidelTime (bf)": {"relaxed span F1": 0.9030, "strict span F1": 0.8134, "value F1": 0.7761},
    "SUTime": {"relaxed span F1": 0.9032, "strict span F1": 0.7957, "value F1": 0.6738},
}
PUBLISHED_SOURCE = ("UzZaman, Llorens, Derczynski, Allen, Verhagen, Pustejovsky (2013), SemEval-2013 Task 1: "
                    "TempEval-3, Proc. SemEval, Table 3 (TempEval-3 platinum test set, not TBAQ)")

SEASONS = {"SP": "21", "SU": "22", "FA": "23", "WI": "24"}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")
DURATION_UNITS = {"year": "Y", "years": "Y", "month": "M", "months": "M", "week": "W", "weeks": "W",
                  "day": "D", "days": "D", "decade": "0Y", "decades": "0Y", "quarter": "Q", "quarters": "Q",
                  "hour": "H", "hours": "H", "minute": "MIN", "minutes": "MIN", "second": "S", "seconds": "S"}


# --------------------------------------------------------------------------- mapping

def timeml_value(value: str, dct: str | None = None) -> str:
    """A TimeML ``value`` in our notation (table in the module doc); unknown forms unchanged."""
    v = (value or "").strip()
    if v == "PRESENT_REF":
        return dct[:10] if dct else v
    if v in ("PAST_REF", "FUTURE_REF"):
        return v
    if v.startswith("P"):
        m = re.fullmatch(r"P(\d+|X)([ECLQ])", v)
        if m:  # TimeML's decade, century, millennium and quarter units, in ISO years / months
            n, size = m[1], {"E": 10, "C": 100, "L": 1000, "Q": 3}[m[2]]
            return f"P{n if n == 'X' else int(n) * size}{'M' if m[2] == 'Q' else 'Y'}"
        return v
    m = re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", v)
    if m:
        return f"{m[1]}-{SEASONS[m[2]]}"
    m = re.fullmatch(r"(\d{4}|XXXX)-Q([1-4])", v)
    if m:
        return f"{m[1]}-{32 + int(m[2])}"
    m = re.fullmatch(r"(\d{4}|XXXX)-W(\d)(-WE)?", v)
    if m:
        return f"{m[1]}-W0{m[2]}{m[3] or ''}"
    m = re.fullmatch(r"(\d{4}|XXXX)-H([12])", v)
    if m:
        return f"{m[1]}-{39 + int(m[2])}"
    if re.fullmatch(r"\d{3}", v):
        return v + "X"
    if re.fullmatch(r"\d{2}", v):
        return v + "XX"
    m = re.fullmatch(r"(.+?)T(MO|MI|AF|EV|NI|DT)", v)
    if m:
        return m[1]
    m = re.fullmatch(r"(\d{4}-\d\d-\d\d)T24(?::00){0,2}", v)
    if m:  # the end of the day = 00:00 of the next (ISO 8601)
        return (dt.date.fromisoformat(m[1]) + dt.timedelta(days=1)).isoformat() + "T00:00"
    m = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d):00", v)
    if m:
        return m[1]
    if re.fullmatch(r"\d{4}-\d\d-\d\dT(?:[01]\d|2[0-3])", v):
        return v + ":00"
    while re.search(r"-XX$", v) and not re.fullmatch(r"XXXX(-XX)*", v):
        v = v[:-3]
    return v


def our_values(value: str | None) -> set[str]:
    """The TimeML-comparable forms of one of our values (an interval also stands for its ends)."""
    v = (value or "").strip()
    if not v:
        return set()
    out = {v}
    if "/" in v:
        a, _, b = v.partition("/")
        if a in ("", ".."):
            out.add("PAST_REF")
        elif b in ("", ".."):
            out.add("FUTURE_REF")
        out.update(x for x in (a, b) if x and x != "..")
    return out


def comparable(values: set[str]) -> set[str]:
    """The values plus the TimeML form of an unspecified week / quarter of the same year
    (``1989-W43`` also stands for ``1989-WXX``, ``1989-35`` for ``1989-QX``); applied to every
    system's rows alike."""
    out = set(values)
    for v in values:
        m = re.fullmatch(r"(\d{4})-(?:W\d\d|(3[3-6]))", v)
        if m:
            out.add(f"{m[1]}-QX" if m[2] else f"{m[1]}-WXX")
    return out


def our_type(granularity: str | None, value: str | None, duration: bool = False) -> str:
    if duration:
        return "DURATION"
    if granularity == "frequency":
        return "SET"
    if granularity == "duration" or (value and value.startswith("P")):
        return "DURATION"
    if value and "T" in value:
        return "TIME"
    return "DATE"


# --------------------------------------------------------------------------- reading

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(tml: str) -> dict:
    """``{"text", "dct", "timexes": [{start, end, type, value, tid}]}`` of one TimeML file."""
    dct_m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", tml)
    if not dct_m:
        raise ValueError("TimeML file without a <DCT> TIMEX3")
    dct = dict(_ATTR.findall(dct_m[1]))["value"]
    body_m = re.search(r"<TEXT>(.*?)</TEXT>", tml, re.S)
    if not body_m:
        raise ValueError("TimeML file without <TEXT>")
    body = body_m[1]
    out, timexes, open_timex = [], [], None
    pos = length = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs, empty = m.groups()
        if name != "TIMEX3" or empty:
            continue
        if not closing:
            open_timex = dict(_ATTR.findall(attrs), start=length)
        elif open_timex is not None:
            if length > open_timex["start"]:
                timexes.append({"start": open_timex["start"], "end": length, "type": open_timex.get("type"),
                                "value": open_timex.get("value", ""), "tid": open_timex.get("tid")})
            open_timex = None
    out.append(html.unescape(body[pos:]))
    return {"text": "".join(out), "dct": dct, "timexes": timexes}


def load() -> list[dict]:
    root = dataset(FOLDER)
    items = []
    for folder in ("TimeBank", "AQUAINT"):
        for path in sorted((root / folder).glob("*.tml")):
            doc = parse_tml(path.read_text(encoding="utf-8"))
            items.append({"id": f"{folder}/{path.stem}", "text": doc["text"], "published": doc["dct"][:10],
                          "gold": {"dct": doc["dct"], "timexes": doc["timexes"]}})
    return items


# --------------------------------------------------------------------------- systems

def ours(items: list[dict], tables: list[dict]) -> list[list[dict]]:
    out = []
    for item, tab in zip(items, tables):
        text = item["text"]
        rows = [{"start": d["start"], "end": d["end"], "values": our_values(d.get("value")),
                 "type": our_type(d.get("granularity"), d.get("value")), "shown": d.get("value") or ""}
                for d in tab.get("dates", [])]
        spans = [(r["start"], r["end"]) for r in rows]
        for q in tab.get("quantities", []):
            if q.get("kind") != "duration" or q.get("value") is None:
                continue
            end = q["end"]
            m = re.match(r"[\s-]*(\w+)", text[end:])
            unit = (q.get("unit") or "").lower()
            if m and m[1].lower() == unit:
                end += m.end()
            if re.match(r"[\s-]*old\b", text[end:end + 6]):
                continue  # an age, not a TIMEX3 (module doc)
            if not TIME_WORD.search(text[q["start"]:end + 12]):
                continue  # an age set off by commas ("Kopp, 44, was charged"): no word of time, no TIMEX3
            if any(overlap((q["start"], end), s) for s in spans):
                continue
            code = DURATION_UNITS.get(unit)
            n = q["value"]
            n_txt = str(int(n)) if float(n).is_integer() else str(n)
            if code == "0Y":
                n_txt, code = str(int(n * 10)) if float(n * 10).is_integer() else str(n * 10), "Y"
            value = ("PT" + n_txt + {"MIN": "M"}.get(code, code)) if code in ("H", "MIN", "S") else f"P{n_txt}{code}" if code else ""
            rows.append({"start": q["start"], "end": end, "values": {value} if value else set(),
                         "type": "DURATION", "shown": value})
        out.append(rows)
    return out


TIME_WORD = re.compile(r"(?i)\b(?:\d+-?)?(?:year|yr|month|week|day|hour|hr|minute|min|second|sec|decade|centur|"
                       r"fortnight|night|quarter|semester|term)")

PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d", "time": "%Y-%m-%dT%H:%M"}


def peer(items: list[dict]) -> tuple[list[list[dict]], list[str]]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    out, raised = [], 0
    for item in items:
        base = dt.datetime.fromisoformat(item["gold"]["dct"][:16] if "T" in item["gold"]["dct"] else item["gold"]["dct"][:10])
        settings = {"RELATIVE_BASE": base}
        rows = []
        try:
            hits = search_dates(item["text"], languages=["en"], settings=settings) or []
        except Exception:  # the peer's failure is counted
            raised += 1
            hits = []
        parser = DateDataParser(languages=["en"], settings=settings)
        pos = 0
        for surface, when in hits:
            start = item["text"].find(surface, pos)
            if start < 0:
                continue
            pos = start + len(surface)
            period = parser.get_date_data(surface).period or "day"
            if period == "week":
                y, w, _ = when.isocalendar()
                value = f"{y}-W{w:02d}"
            else:
                value = when.strftime(PERIOD_FORMAT.get(period, "%Y-%m-%d"))
            rows.append({"start": start, "end": pos, "values": {value}, "shown": value,
                         "type": "TIME" if period == "time" else "DATE"})
        out.append(rows)
    return out, [f"dateparser raised on {raised} of {len(items)} documents"] if raised else []


# --------------------------------------------------------------------------- scoring

def value_form(value: str) -> str:
    """The shape of a TimeML value, for grouping failures (not for scoring)."""
    v = value or ""
    for pattern, form in ((r"(PRESENT|PAST|FUTURE)_REF", "now/past/future reference"),
                          (r"P.*", "duration"), (r".*T(\d\d|MO|MI|AF|EV|NI|DT).*", "time of day"),
                          (r".*X.*", "partly unspecified (X)"), (r"\d{4}-Q\d", "quarter"), (r"\d{4}-(SP|SU|FA|WI)", "season"),
                          (r"\d{4}-H\d", "half year"), (r"\d{4}-W\d\d(-WE)?", "week"), (r"\d{4}-\d\d-\d\d", "day"),
                          (r"\d{4}-\d\d", "month"), (r"\d{4}", "year"), (r"\d{2,3}", "decade/century")):
        if re.fullmatch(pattern, v):
            return form
    return "other"


def score(items: list[dict], preds: list[list[dict]], system: str, split: str) -> Report:
    rep = Report(NAME, system, split, len(items))
    span, value = rep.f1("relaxed span F1"), rep.f1("value F1")
    per = {t: (rep.ratio(f"{t}: span recall"), rep.ratio(f"{t}: value recall"), rep.f1(f"{t}: value F1"))
           for t in TYPES}
    for item, rows in zip(items, preds):
        rows = [dict(r, values=comparable(r["values"])) for r in rows]
        text, dct = item["text"], item["gold"]["dct"]
        gold = [dict(g, want=timeml_value(g["value"], dct)) for g in item["gold"]["timexes"]]
        for g in gold:
            hits = [r for r in rows if overlap((g["start"], g["end"]), (r["start"], r["end"]))]
            right = [r for r in hits if g["want"] in r["values"]]
            span.gold += 1
            span.gold_hits += bool(hits)
            value.gold += 1
            value.gold_hits += bool(right)
            t = g["type"] if g["type"] in per else "DATE"
            per[t][0].add(bool(hits))
            per[t][1].add(bool(right))
            per[t][2].gold += 1
            per[t][2].gold_hits += bool(right)
            snip = snippet(text, g["start"], g["end"], 30)
            form = value_form(g["value"])
            if not hits:
                rep.error(f"{t} missed: {form}", item["id"], snip, f"want {g['value']}")
            elif not right:
                got = sorted({r["shown"] for r in hits})
                cls = f"{t} wrong value: {form}" if any(r["values"] for r in hits) else f"{t} found, no value: {form}"
                rep.error(cls, item["id"], snip, f"want {g['value']} (= {g['want']}); got {got}")
        for r in rows:
            hits = [g for g in gold if overlap((g["start"], g["end"]), (r["start"], r["end"]))]
            span.pred += 1
            span.pred_hits += bool(hits)
            ok = any(g["want"] in r["values"] for g in hits)
            value.pred += 1
            value.pred_hits += ok
            t = r.get("type", "DATE")
            per[t][2].pred += 1
            per[t][2].pred_hits += ok
            if not hits:
                rep.error("spurious expression", item["id"], snippet(text, r["start"], r["end"], 30), r["shown"])
    return rep
