"""Quantities (``quantities-dev``): numbers, money and measurements with their values and units,
in single sentences.

Items are test cases, id = ``<source file>#<index>``:

- quantulum3 ``quantities.json`` and ``quantities.ambiguity.json``: ``{req, res: [{value, unit,
  surface}]}``;
- Recognizers-Text English specs (read as ``utf-8-sig``): ``Number/NumberModel``,
  ``Number/PercentModel``, ``NumberWithUnit/{Currency,Dimension,Age,Temperature}Model``:
  ``{Input, Results: [{Text, Start, End, Resolution: {value, unit}}]}``. A value written
  ``"100%"`` is 100 percent; results whose value is not one number (ranges, fractions written
  as text) are left out of the gold, and so are cases marked ``NotSupported`` for every platform
  or ``NotSupportedByDesign``. Cases with no result stay in: every row there is spurious.

Scores (micro over all cases): **value F1** — a system quantity is right when its value equals a
gold value of the same case (relative tolerance 1e-6), one-to-one; **value+unit F1** — the
same, and the units agree after :func:`canon_unit`. Rows of ours: the ``quantities`` table
(all kinds). Units are compared through one canonical name per unit (``UNITS``: singular and
plural, spellings, symbols and abbreviations; currencies as ISO 4217 codes, "$" and
"dollar" as USD as our pipeline does; quantulum3 names the millilitre "cubic centimetre", the
same unit, so both are one name; its "short ton" is the "ton" of the Recognizers-Text specs; and
the Recognizers-Text Dimension spec's "Pound" is the weight, not GBP). A unit neither side
knows compares as its own singular lower-case form; gold ``dimensionless`` (quantulum3) and Recognizers' plain numbers equal a row
of ours with no unit or a counted noun (kind ``count`` with a unit that is no measurement
unit).

Two conventions of the benchmarks are mapped, for both systems alike:

- **Ranges.** quantulum3's cases give a range as its midpoint ("3 to 4 L" = 3.5, with an
  ``uncertainty``) and Recognizers-Text's give each end as a number of its own ("eight to 10
  feet" annotates "10 feet"), so a row with a high end (ours: ``value_high``; quantulum3 itself
  returns the midpoint) is scored as its midpoint in quantulum3's cases and as two rows, its low
  and its high end, in Recognizers-Text's cases; in the NumberWithUnit specs (which annotate
  numbers with a unit only) a range whose low end is a bare number ("eight to 10 feet", "about 40 -
  50 years old", "75 -300mm") is scored as its high end alone, the one number written with its unit.
- **Numbers only.** Recognizers-Text's NumberModel spec annotates numbers without their units
  (its "$10000 in 3 years" gives the texts "10000" and "3", its "3 hundred and 21 yuan" the text
  "3 hundred and 21"): its gold carries no unit, so in its cases value+unit is value.
- **Currencies.** A currency named by CLDR's English name or written as its ISO 4217 code
  ("Costa Rican colón", "georgian lari", "CRC") is that code (CLDR through babel, in the lock), for
  both systems' units and the gold's.
- **Type-restricted specs.** Recognizers-Text's Currency, Dimension, Age and Temperature specs
  annotate only amounts of their own type (a percent or a head count in a Currency sentence is
  not annotated), so in those cases a row that matches no gold value and whose canonical unit is
  known to be of another type (``OTHER_TYPES``: a plain number, a percent, or a unit of another
  spec's type) is not scored; a row with a unit of the spec's type, or a unit neither side
  knows, is scored as usual.
- **Ages.** The AgeModel spec gives an age written without a unit word ("a man of age 87") the
  unit "Age"; an age is counted in years, so that unit is the year, as "87 years old" is.
- **Tons.** Recognizers-Text's English unit definitions (``English-NumbersWithUnit.yaml``,
  ``WeightSuffixList``) give "Ton" the surfaces "ton, tons, tonne, tonnes" and keep "Metric ton"
  for the words "metric ton(s)", so a gold "Ton" of theirs is matched by a tonne or a ton.
- **Compound units.** A unit "X per Y" that is not one of ``UNITS`` is compared part by part
  through the same canonical names, so the Recognizers-Text specs' "meter per millisecond" and
  quantulum3's "metre per millisecond" are one unit.
- **Rates.** Our table writes a rate as an amount and its period ("$15.4/hour": unit USD, period
  "/hour"; "four times per week": unit "times", period "per week"); a gold unit "X per Y" is
  matched by a row whose unit is X and whose period is "per Y", "a Y", "an Y" or "/Y" (the unit
  and the period read together; quantulum3 writes the rate in its unit, which is compared as it
  is). A gold unit without "per" is compared with the row's unit alone, as before.

Scores are also given per source (quantulum3's cases; each Recognizers-Text model), because
quantulum3 is scored on its own test cases there, which flatters it.

Peer: quantulum3 ``parser.parse`` (its own classifier, the pinned scikit-learn it was pickled
with), unit = ``unit.name`` through the same :func:`canon_unit`.
"""

from __future__ import annotations

import functools
import json
import math
import re

from .common import Report, dataset

NAME = "quantities"
FOLDER = "quantities-dev"
PEER = "quantulum3"
QUANTULUM_FILES = ("quantities.json", "quantities.ambiguity.json")
RECOGNIZERS_FILES = ("Number/English/NumberModel.json", "Number/English/PercentModel.json",
                     "NumberWithUnit/English/CurrencyModel.json", "NumberWithUnit/English/DimensionModel.json",
                     "NumberWithUnit/English/AgeModel.json", "NumberWithUnit/English/TemperatureModel.json")
NUMBER = "number"

UNITS: dict[str, tuple[str, ...]] = {
    NUMBER: ("dimensionless", "count", "none", ""),
    "percent": ("%", "percentage", "per cent", "pct", "percent", "percentage point", "percentage points"),
    "USD": ("$", "us$", "usd", "dollar", "dollars", "united states dollar", "us dollar", "u.s. dollar", "buck", "bucks"),
    "CAD": ("canadian dollar", "cad", "c$"), "AUD": ("australian dollar", "aud", "a$"),
    "HKD": ("hong kong dollar", "hkd", "hk$"), "NZD": ("new zealand dollar", "nzd"),
    "EUR": ("€", "eur", "euro", "euros"), "GBP": ("£", "gbp", "pound sterling", "british pound", "pound", "pounds", "sterling"),
    "JPY": ("¥", "jpy", "yen", "japanese yen"), "CNY": ("cny", "rmb", "yuan", "chinese yuan", "renminbi"),
    "CHF": ("chf", "swiss franc"), "INR": ("inr", "rupee", "indian rupee", "rs"), "MXN": ("mxn", "mexican peso", "peso"),
    "TRY": ("try", "turkish lira", "lira"), "BTC": ("btc", "bitcoin"),
    "cent": ("cent", "cents", "¢"), "penny": ("penny", "pence", "p"),
    "metre": ("m", "meter", "metre"), "kilometre": ("km", "kilometer", "kilometre"),
    "centimetre": ("cm", "centimeter", "centimetre"), "millimetre": ("mm", "millimeter", "millimetre"),
    "decimetre": ("dm", "decimeter", "decimetre"), "nanometre": ("nm", "nanometer", "nanometre"),
    "picometre": ("pm", "picometer", "picometre"),
    "mile": ("mi", "mile"), "inch": ("in", "inch", "inches", '"'), "foot": ("ft", "foot", "feet", "'"),
    "yard": ("yd", "yard"), "kilogram": ("kg", "kilogram", "kilo", "kilogramme"), "gram": ("g", "gram", "gramme"),
    "milligram": ("mg", "milligram"), "microgram": ("µg", "μg", "mcg", "microgram"),
    "tonne": ("t", "tonne", "metric ton", "metric tonne"), "ton": ("ton", "tons", "short ton"),
    "pound-mass": ("lb", "lbs", "pound-mass"), "ounce": ("oz", "ounce"),
    "litre": ("l", "liter", "litre"), "millilitre": ("ml", "milliliter", "millilitre", "cubic centimetre", "cubic centimeter", "cc"),
    "centilitre": ("cl", "centiliter", "centilitre"), "gallon": ("gal", "gallon"), "barrel": ("bbl", "barrel"),
    "square kilometre": ("km2", "km²", "sq km", "square kilometer", "square kilometre"),
    "square metre": ("m2", "m²", "sq m", "square meter", "square metre"), "square mile": ("sq mi", "square mile"),
    "hectare": ("ha", "hectare"), "acre": ("acre",),
    "kilometre per hour": ("km/h", "kmh", "kph", "kilometer per hour", "kilometre per hour", "kilometers per hour"),
    "mile per hour": ("mph", "mile per hour", "miles per hour"),
    "celsius": ("c", "°c", "degree celsius", "degrees celsius", "celsius", "celcius", "centigrade", "deg c"),
    "fahrenheit": ("f", "°f", "degree fahrenheit", "degrees fahrenheit", "fahrenheit", "deg f"),
    "kelvin": ("k", "kelvin"), "degree": ("°", "deg", "degree", "degree angle"),
    "year": ("yr", "yo", "y/o", "year", "years of age", "year old", "years old"), "month": ("month", "mo"),
    "week": ("wk", "week"), "day": ("day",), "hour": ("h", "hr", "hour"), "minute": ("min", "minute"),
    "second": ("s", "sec", "second"),
    "bit": ("bit",), "byte": ("b", "byte"), "kilobyte": ("kb", "kilobyte"), "megabyte": ("mb", "megabyte"),
    "gigabyte": ("gb", "gigabyte"), "terabyte": ("tb", "terabyte"), "megabit": ("mbit", "megabit"),
    "watt": ("w", "watt"), "kilowatt": ("kw", "kilowatt"), "megawatt": ("mw", "megawatt"), "gigawatt": ("gw", "gigawatt"),
    "cup": ("cup",), "tablespoon": ("tbsp", "tablespoon"), "teaspoon": ("tsp", "teaspoon"),
}
_ALIAS = {a: canon for canon, aliases in UNITS.items() for a in (*aliases, canon.lower())}
MEASUREMENT_UNITS = set(UNITS) - {NUMBER}


def _singular(u: str) -> str:
    for suffix, repl in (("ies", "y"), ("ches", "ch"), ("sses", "ss"), ("s", "")):
        if u.endswith(suffix) and len(u) > len(suffix) + 1:
            return u[: -len(suffix)] + repl
    return u


@functools.lru_cache(maxsize=1)
def _cldr_currencies() -> tuple[frozenset, dict[str, str]]:
    """(ISO 4217 codes, lower-case English currency names -> code) from CLDR through babel (in the
    lock): "costa rican colón" = "CRC", "georgian lari" = "GEL"; names in both counts ("costa rican
    colóns"). Read once per process; empty if babel is absent."""
    try:
        from babel import Locale
        from babel.numbers import get_currency_name
    except ImportError:
        return frozenset(), {}
    codes = Locale("en").currencies
    names: dict[str, str] = {}
    for code, name in codes.items():
        for n in (name, get_currency_name(code, count=2, locale="en")):
            names.setdefault(" ".join(n.lower().replace(".", " ").split()), code)
    return frozenset(codes), names


def canon_unit(unit: str | None) -> str:
    """One name per unit (``UNITS``); a currency by CLDR's English name or its ISO code is the
    code; an unknown unit is its singular lower-case form."""
    raw = (unit or "").strip()
    u = " ".join(raw.lower().replace(".", " ").split()) if unit not in ("$", "U.S. dollar") else raw.lower()
    if u in _ALIAS:
        return _ALIAS[u]
    codes, names = _cldr_currencies()
    if u in names:
        return names[u]
    if len(raw) == 3 and raw.isupper() and raw in codes:  # "SEK", "CRC" as rows write them
        return raw
    s = " ".join(_singular(w) for w in u.split())
    whole = _ALIAS.get(s, _ALIAS.get(_singular(u), s))
    if whole == s and " per " in u:  # "meter per millisecond" = "metre per millisecond": part by part
        return " per ".join(canon_unit(part) for part in u.split(" per "))
    return whole


def our_unit(row: dict) -> str:
    """Our row's unit, canonical; a counted noun (kind ``count``, no measurement unit) is a number."""
    u = canon_unit(row.get("unit"))
    if row.get("kind") == "percent":
        return "percent"
    if u in MEASUREMENT_UNITS:
        return u
    return NUMBER if row.get("kind") in ("count", None, "") or not row.get("unit") else u


# --------------------------------------------------------------------------- reading

def _number(v) -> float | None:
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).strip().replace(",", "").rstrip("%"))
    except ValueError:
        return None  # a range or a fraction in words: not one number


def load() -> list[dict]:
    root = dataset(FOLDER)
    items = []
    for name in QUANTULUM_FILES:
        cases = json.loads((root / "quantulum3" / name).read_text(encoding="utf-8"))
        for k, case in enumerate(cases):
            gold = [{"value": float(r["value"]), "unit": canon_unit(r["unit"]), "text": r.get("surface", "")}
                    for r in case["res"] if isinstance(r.get("value"), (int, float))]
            items.append({"id": f"quantulum3/{name}#{k}", "text": case["req"], "published": None, "gold": gold})
    for name in RECOGNIZERS_FILES:
        path = root / "recognizers-text" / "Specs" / name
        cases = json.loads(path.read_text(encoding="utf-8-sig"))
        for k, case in enumerate(cases):
            ns = str(case.get("NotSupported", "")).lower()
            if case.get("NotSupportedByDesign") or all(p in ns for p in ("dotnet", "javascript", "python", "java")):
                continue
            gold = []
            for r in case.get("Results", []):
                res = r.get("Resolution") or {}
                value = _number(res.get("value"))
                if value is None:
                    continue
                pct = str(res.get("value", "")).strip().endswith("%") or r.get("TypeName") == "percentage"
                unit = "percent" if pct else canon_unit(res.get("unit")) if res.get("unit") else NUMBER
                if name.startswith("NumberWithUnit/English/Dimension") and unit == "GBP":
                    unit = "pound-mass"  # the Dimension spec's "Pound" is the weight
                if unit == "age":
                    unit = "year"  # an age without a unit word is in years
                also = ()
                if str(res.get("unit", "")).lower() == "ton":
                    # Recognizers-Text's English definitions (Patterns/English/English-NumbersWithUnit.yaml,
                    # WeightSuffixList) read "Ton: -ton|ton|tons|tonne|tonnes": its "Ton" is also the
                    # metric tonne ("Metric ton" is only the words "metric ton(s)")
                    also = ("tonne",)
                gold.append({"value": value, "unit": unit, "text": r.get("Text", ""), "also": also})
            items.append({"id": f"recognizers-text/{name}#{k}", "text": case["Input"], "published": None, "gold": gold})
    return items


# --------------------------------------------------------------------------- systems

_PERIOD_PER = re.compile(r"(?:per|an?)\s+([a-z]+)|/\s?([a-z]+)", re.I)


def _rate(q: dict) -> str | None:
    """Our row's unit and its period as one rate unit ("USD per hour" for "$15.4/hour"), or None."""
    m = _PERIOD_PER.fullmatch((q.get("period") or "").strip())
    return f"{our_unit(q)} per {canon_unit(m.group(1) or m.group(2))}" if m else None


def ours(items: list[dict], tables: list[dict]) -> list[list[dict]]:
    return [[{"value": float(q["value"]), "unit": our_unit(q), "text": q["text"], "raw_unit": q.get("unit"),
              "value_high": None if _nan(q.get("value_high")) else float(q["value_high"]), "rate": _rate(q)}
             for q in tab.get("quantities", []) if q.get("value") is not None and not _nan(q["value"])]
            for tab in tables]


def _nan(v) -> bool:
    try:
        return math.isnan(float(v))
    except (TypeError, ValueError):
        return True


def peer(items: list[dict]) -> tuple[list[list[dict]], list[str]]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        out, raised = [], 0
        for item in items:
            try:
                found = parser.parse(item["text"])
            except Exception:  # the peer's failure is counted
                raised += 1
                found = []
            out.append([{"value": float(q.value), "unit": canon_unit(q.unit.name), "text": q.surface,
                         "raw_unit": q.unit.name} for q in found])
    return out, [f"quantulum3 raised on {raised} of {len(items)} cases"] if raised else []


# --------------------------------------------------------------------------- scoring

def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _match(gold: list[dict], rows: list[dict], with_unit: bool) -> tuple[int, set[int], set[int]]:
    used_g, used_r = set(), set()
    for i, g in enumerate(gold):
        for j, r in enumerate(rows):
            if j not in used_r and _same(g["value"], r["value"]) \
                    and (not with_unit or g["unit"] == r["unit"] or r["unit"] in g.get("also", ())
                         or (" per " in g["unit"] and r.get("rate") == g["unit"])):
                used_g.add(i)
                used_r.add(j)
                break
    return len(used_g), used_g, used_r


CURRENCIES = {"USD", "CAD", "AUD", "HKD", "NZD", "EUR", "GBP", "JPY", "CNY", "CHF", "INR", "MXN", "TRY", "BTC",
              "cent", "penny"}
_WORD_NUMBER = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                          r"fifty|hundred|thousand|million|billion|trillion|dozen|half|third|quarter)", re.I)


def miss_class(g: dict, rows: list[dict]) -> str:
    """Why a gold value has no row of ours, by the shape of its text (for grouping failures)."""
    t = g["text"]
    if any(r["text"] and (r["text"] in t or t in r["text"]) for r in rows):
        return "value missed: found with another value"
    if re.search(r"(?<![\d.,])\d{1,2}\.\d\d(?!\d)", t):
        return "value missed: one or two integer digits and two decimals (no row at all)"
    if re.search(r"\d[a-zA-Zµ°%]", t):
        return "value missed: number glued to its unit"
    if re.search(r"\d\s*/\s*\d|\b(half|third|quarter|fifths?|fourths?)\b", t, re.I):
        return "value missed: fraction"
    if not re.search(r"\d", t) and _WORD_NUMBER.search(t):
        return "value missed: number in words"
    if re.search(r"[$€£¥]\s+\d", t):
        return "value missed: currency sign spaced from the number"
    if re.search(r"\d[eE][-+]?\d|x\s*10", t):
        return "value missed: scientific notation"
    return "value missed: other"


def unit_class(g: dict, got: list[dict]) -> str:
    if g["unit"] in CURRENCIES:
        return "unit differs: money read without its currency" if all(r["unit"] == NUMBER for r in got) \
            else "unit differs: wrong currency"
    if any(w in g["unit"] for w in ("square", "cubic", " per ")):
        return "unit differs: compound unit (square, cubic, per) cut"
    if g["unit"] == NUMBER:
        return "unit differs: plain number given a unit"
    if all(r["unit"] == NUMBER for r in got):
        return "unit differs: measurement unit not recognised"
    return "unit differs: other unit chosen"


def spurious_class(r: dict, gold: list[dict]) -> str:
    v = r["value"]
    if not gold:
        return "spurious: in a case with no gold quantity (the spec expects none here)"
    if any(_same(g["value"], -v) for g in gold if v):
        return "spurious: sign lost (minus or '−' not read)"
    if float(v).is_integer() and 1900 <= v <= 2100 and r["unit"] == NUMBER:
        return "spurious: a year read as a quantity"
    if any(g["value"] and _same(g["value"], v * k) for g in gold for k in (1e3, 1e6, 1e9, 100, 0.01)):
        return "spurious: part of a larger value (multiplier or percent lost)"
    if any(g["value"] and v and _same(g["value"] % v, 0) and g["value"] != v for g in gold if v > 0 and v < g["value"]):
        return "spurious: piece of a compound number"
    return "spurious: other"


TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second", "age"}
TEMPERATURE_UNITS = {"celsius", "fahrenheit", "kelvin", "degree"}
# Units known to be of another type than the spec's (Recognizers-Text's type-restricted specs).
OTHER_TYPES = {
    "CurrencyModel": {NUMBER, "percent"} | (MEASUREMENT_UNITS - CURRENCIES) | TIME_UNITS,
    "DimensionModel": {NUMBER, "percent"} | CURRENCIES | TIME_UNITS | (TEMPERATURE_UNITS - {"degree"}),
    "AgeModel": {NUMBER, "percent"} | CURRENCIES | (MEASUREMENT_UNITS - TIME_UNITS),
    "TemperatureModel": {NUMBER, "percent"} | CURRENCIES | (MEASUREMENT_UNITS - TEMPERATURE_UNITS),
}


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|\s(?:to|and)\s)\s*", re.I)


def _low_end_bare(text: str) -> bool:
    """A range written with its unit once, after the high end: "eight to 10 feet", "about 40 - 50
    years old", "75 -300mm" (the low end is a bare number); "$3m-$5m", "5 ft to 6 ft" are not."""
    low = _RANGE_SEP.split((text or "").lstrip("-−"), maxsplit=1)[0].split()
    return bool(low) and (bool(re.fullmatch(r"[-−]?[\d.,]+", low[-1])) or bool(_WORD_NUMBER.fullmatch(low[-1]))
                          or bool(re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+", low[-1], re.I)))


def scored_rows(item_id: str, rows: list[dict]) -> list[dict]:
    """The rows as the item's benchmark scores them: a range by its midpoint in quantulum3's
    cases, by its two ends in Recognizers-Text's (module doc), by its high end alone in the
    NumberWithUnit specs when the low end is written without the unit."""
    out = []
    with_unit = item_id.startswith("recognizers-text/NumberWithUnit/")
    for r in rows:
        high = r.get("value_high")
        if high is None:
            out.append(r)
        elif item_id.startswith("quantulum3/"):
            out.append({**r, "value": (r["value"] + high) / 2})
        elif with_unit and _low_end_bare(r.get("text", "")):
            out.append({**r, "value": high})
        else:
            out.extend([r, {**r, "value": high}])
    return out


def score(items: list[dict], preds: list[list[dict]], system: str, split: str) -> Report:
    rep = Report(NAME, system, split, len(items))
    rep.f1("value F1"), rep.f1("value+unit F1")
    for item, rows in zip(items, preds):
        gold = item["gold"]
        rows = scored_rows(item["id"], rows)
        n, gv, rv = _match(gold, rows, False)
        other = OTHER_TYPES.get(item["id"].split("#")[0].rsplit("/", 1)[-1].replace(".json", ""), set())
        if other:  # a type-restricted spec: unmatched rows of another type are not scored
            rows = [r for j, r in enumerate(rows) if j in rv or r["unit"] not in other]
            n, gv, rv = _match(gold, rows, False)
        source = item["id"].split("#")[0].rsplit("/", 1)[-1].replace(".json", "")
        nu, gu, _ = (n, gv, rv) if source == "NumberModel" else _match(gold, rows, True)  # no units there (module doc)
        group = "quantulum3 cases" if item["id"].startswith("quantulum3/") else source
        for name in ("value F1", f"{group}: value F1"):
            m = rep.f1(name)
            m.gold, m.gold_hits, m.pred, m.pred_hits = m.gold + len(gold), m.gold_hits + n, m.pred + len(rows), m.pred_hits + n
        for name in ("value+unit F1", f"{group}: value+unit F1"):
            m = rep.f1(name)
            m.gold, m.gold_hits, m.pred, m.pred_hits = m.gold + len(gold), m.gold_hits + nu, m.pred + len(rows), m.pred_hits + nu
        for i, g in enumerate(gold):
            if i not in gv:
                near = [f"{r['text']}={r['value']:g} {r['raw_unit']}" for r in rows]
                rep.error(miss_class(g, rows), item["id"], item["text"][:120],
                          f"[{source}] want {g['text']!r} = {g['value']:g} {g['unit']}; have {near}")
            elif i not in gu:
                got = [r for r in rows if _same(r["value"], g["value"])]
                rep.error(unit_class(g, got), item["id"], item["text"][:120],
                          f"[{source}] want {g['text']!r} {g['unit']}; got "
                          + str([f"{r['value']:g} {r['unit']} ({r['raw_unit']})" for r in got]))
        for j, r in enumerate(rows):
            if j not in rv:
                rep.error(spurious_class(r, gold), item["id"], item["text"][:120],
                          f"[{source}] {r['text']!r} = {r['value']:g} {r['raw_unit']}")
    return rep
