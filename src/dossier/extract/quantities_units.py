"""Units of measurement and currency words after an amount, for the quantities extractor.

The unit table is quantulum3's (MIT): its ``units.json`` and English overrides are read as data
from the installed package (its code is not imported, so its classifier and scikit-learn are not
loaded), restricted to the measurement kinds news uses and to the common SI prefixes, with the
news units of ``lexicon.UNIT_EXTRA`` on top; loaded once per process. Currencies written after
the amount are read from ``lexicon.CURRENCY_WORDS``.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from pathlib import Path

from .lexicon import CURRENCY_PREFIXES, CURRENCY_WORDS, UNIT_EXTRA, UNIT_STOP, UNIT_SYMBOL_SPACED_STOP, WORD_NUMBERS
from .quantities_vocab import (EXTRA_FORM_STOP, EXTRA_NAME_STOP, EXTRA_UNIT_NAMES, SCALED_CURRENCY_WORDS, SPACED_LETTERS,
                               VERB_AFTER)


def _quantulum_dir() -> Path:
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the quantities extractor reads quantulum3's unit table: install quantulum3==0.10.0")
    return Path(list(spec.submodule_search_locations)[0])


# Measurement kinds read as units; currency comes from the lexicon, time from DURATION_UNITS.
# Not "angle": its "minute" and "second" (of arc) would take "a 10-minute walk".
UNIT_ENTITIES = {"length", "mass", "area", "volume", "speed", "power", "energy", "data storage",
                 "data transfer rate", "temperature", "frequency", "pressure", "electric potential", "current",
                 "sound level", "radiation absorbed dose", "radioactivity", "force", "mass flow",
                 "volumetric flow"}
PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "c": "centi", "m": "milli", "µ": "micro", "n": "nano"}


# Units news writes that quantulum3's table lacks: "7,000 nautical miles", "lost three stone",
# "20 metric tonnes", "400 troy ounces", "a 13-amp fuse", "1,500 sq m".
NEWS_UNIT_WORDS = {"nautical mile": "nautical mile", "nautical miles": "nautical mile", "stone": "stone",
                   "stones": "stone", "metric tonne": "tonne", "metric tonnes": "tonne", "troy ounce": "troy ounce",
                   "troy ounces": "troy ounce", "amp": "ampere", "amps": "ampere",
                   # the lexicon stops "bit" ("a bit more"); a plural after a number is the unit ("8 bits")
                   "bits": "bit",
                   # the degree sign spaced from its scale letter: "5 ° F", "-3 ° C"
                   "° c": "degree Celsius", "° f": "degree fahrenheit", "degrees k": "kelvin", "degree k": "kelvin",
                   "degrees kelvin": "kelvin", "℃": "degree Celsius", "℉": "degree fahrenheit",  # the signs of one character
                   # "sq" spelled with a metric unit, as property and planning texts write areas: "1,500 sq m"
                   **{f"sq {u}": f"square {n}" for n, us in (("metre", ("m", "metre", "metres", "meter", "meters")),
                      ("kilometre", ("km", "kilometre", "kilometres", "kilometer", "kilometers"))) for u in us}}


def _plural(surface: str) -> str:
    words = surface.split()
    k = 0 if (" per " in surface or words[0] == "degree") else len(words) - 1
    w = words[k]
    w = {"foot": "feet", "inch": "inches"}.get(w, w if w.endswith(("s", "z")) else w + "s")
    return " ".join(words[:k] + [w] + words[k + 1:])


@functools.lru_cache(maxsize=1)
def _units() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(symbols as written, lower-case words, symbols read after a space) -> unit name, from
    quantulum3's ``units.json`` (its English overrides on top), SI prefixes limited to the
    common ones, plus ``UNIT_EXTRA``. Loaded once per process."""
    return _table(frozenset(UNIT_ENTITIES))


@functools.lru_cache(maxsize=1)
def _denominators() -> tuple[dict[str, str], dict[str, str]]:
    """(symbols, lower-case words) -> unit name of what a rate is "per": the units above and
    quantulum3's units of time ("ms", "min", "h", "year"). Loaded once per process."""
    symbols, words, _ = _table(frozenset(UNIT_ENTITIES | {"time"}))
    return symbols, words


def _table(entities: frozenset) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    root = _quantulum_dir()
    table: dict[str, dict] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(name, {}).update(unit)
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for name, unit in sorted(table.items()):
        if (unit.get("entity") not in entities and name not in EXTRA_UNIT_NAMES) or name in UNIT_STOP or name in EXTRA_NAME_STOP:
            continue
        forms = [(name, [f for f in unit.get("symbols", []) if f not in EXTRA_FORM_STOP],
                  [f for f in unit.get("surfaces", []) if f not in EXTRA_FORM_STOP])]
        for p in unit.get("prefixes", []):
            if p in PREFIXES:
                forms.append((PREFIXES[p] + name, [p + s for s in unit.get("symbols", [])],
                              [PREFIXES[p] + s for s in unit.get("surfaces", [])]))
        for uname, syms, surfs in forms:
            for sym in syms:
                symbols.setdefault(sym, uname)
            for surf in [uname, *surfs]:
                low = surf.lower()
                words.setdefault(low, uname)
                words.setdefault(_plural(low), uname)
    if "energy" in entities:  # quantulum3 lists only the kilowatt hour; news also writes Wh, MWh, GWh, TWh
        for p, prefix in (("", ""), ("k", "kilo"), ("M", "mega"), ("G", "giga"), ("T", "tera")):
            symbols.setdefault(f"{p}Wh", f"{prefix}watt hour")
            for w in (f"{prefix}watt hour", f"{prefix}watt hours", f"{prefix}watt-hour", f"{prefix}watt-hours"):
                words.setdefault(w, f"{prefix}watt hour" if p != "k" else "kilowatt hour")
    for k, v in UNIT_EXTRA.items():
        symbols[k] = v
        words[k.lower()] = v
    for k, v in NEWS_UNIT_WORDS.items():  # words only: read after a space or a hyphen, never as a glued symbol
        words.setdefault(k, v)
    symbols.setdefault("nmi", "nautical mile")
    spaced = {k: v for k, v in symbols.items() if len(k) > 1 and k.lower() not in UNIT_SYMBOL_SPACED_STOP
              and k.lower() not in WORD_NUMBERS}
    return symbols, words, spaced


# Currency signs and ISO codes of countries in migration news that the lexicon lacks, read before
# the amount ("₴2,000", "KSh 5,000", "GEL 300") and after it ("100₾", "5,000 UGX"): the hryvnia,
# lari, colón, taka, shekel, dong, tenge, cedi and the East African shillings. Codes that are also
# English words, names or acronyms in capitals are left out: "ALL", "PEN", "AMD", "CUP", "SOS", "BAM",
# "COP" ("COP28"), "SDG" ("SDG 16"), "IRR" (a rate of return), "PHP".
EXTRA_CURRENCY_SIGNS = {"₴": "UAH", "₾": "GEL", "₡": "CRC", "৳": "BDT", "₪": "ILS", "₫": "VND", "₸": "KZT",
                        "₵": "GHS", "GH₵": "GHS", "GH¢": "GHS", "KSh": "KES", "Ksh": "KES", "USh": "UGX", "TSh": "TZS",
                        "Rp": "IDR", "Tk": "BDT",
                        # the New Taiwan dollar; the rupee sign as lower-cased (financial, tokenised) text writes it
                        "NT$": "TWD", "nt$": "TWD", "rs": "INR", "rs.": "INR",
                        # the Deutsche mark and the Swiss franc as financial news abbreviates them ("DM 100 million")
                        "DM": "DEM", "SFr": "CHF", "Sfr": "CHF", "sfr": "CHF",
                        # the dollar prefixes in lower case ("c$ 50 million", "hk$ 3"): lower-cased wire text ("a$5" is
                        # a typo of "a $5")
                        **{k.lower(): v for k, v in CURRENCY_PREFIXES.items() if k.endswith("$") and len(k) > 1 and k != "A$"}}
# Local signs that are letters of names too ("the R5 road", "N95 masks", "Sh" of a name): money only
# glued to the digits and with a scale word after ("R350 million", "N5.2 trillion", "Sh250 billion").
SCALED_SIGNS = {"R": "ZAR", "N": "NGN", "Sh": "KES"}
EXTRA_ISO_CODES = frozenset({"GEL", "ILS", "UGX", "TZS", "GHS", "ETB", "SYP", "LBP", "JOD", "IQD", "AFN", "THB",
                             "VND", "IDR", "KRW", "CLP", "ARS", "VES", "KZT", "CRC", "XOF", "XAF", "RWF", "LYD",
                             "DZD", "BGN", "RSD", "MKD", "MDL", "BYN", "AZN", "ISK", "QAR", "KWD", "OMR", "BHD",
                             "LKR", "NPR", "MMK", "ERN", "SLL", "GMD"})
ISO_CODES = frozenset(c for c in CURRENCY_PREFIXES.values() if len(c) == 3 and c.isupper()) | EXTRA_ISO_CODES
# quantulum3 currency names that are ordinary English words: not read as money.
CURRENCY_NAME_STOP = {"real", "won", "mill", "mil"}


@functools.lru_cache(maxsize=1)
def _currency_words() -> dict[str, str]:
    """Currency words read after an amount -> ISO code (or the name of a coin: "dime"):
    quantulum3's currency names and their plurals ("south korean won", "mexican pesos", "3 dimes"),
    with ``lexicon.CURRENCY_WORDS`` on top. Loaded once per process."""
    root = _quantulum_dir()
    out: dict[str, str] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
            if unit.get("entity") != "currency":
                continue
            code = unit.get("currency_code") or name
            for surf in {name, *unit.get("surfaces", [])}:
                low = surf.lower()
                if low not in CURRENCY_NAME_STOP:
                    out.setdefault(low, code)
                    out.setdefault(_plural(low), code)
    for name, code in _cldr_currency_words().items():
        out.setdefault(name, code)
    out.update(NEWS_CURRENCY_WORDS)
    out.update(CURRENCY_WORDS)
    return out


# Last words of CLDR currency names that are also English words or names: read only with their
# adjective ("Brazilian reals", "Bulgarian leva"), never alone ("5 marks out of 10", "24 carat gold").
CLDR_BARE_STOP = {"gold", "mark", "marks", "real", "reals", "sol", "soles", "dram", "drams", "kip", "kips", "lek",
                  "lev", "leone", "leones", "córdoba", "córdobas", "balboa", "balboas", "tala", "pula", "pulas", "kina",
                  "quetzal", "quetzals", "guarani", "guaranis", "florin", "denar", "denari"}
# Plurals news writes that CLDR's English plural forms do not: the Portuguese plural of the real.
CLDR_PLURALS = {"real": "reais"}
# The Nordic and Czech currencies' names mean "crown", and news agencies write them so ("Swedish
# crowns", "Czech crowns"): with the adjective only, as "crowns" alone is several currencies.
CLDR_CROWNS = {"krona", "kronor", "krone", "kroner", "koruna", "korunas", "koruny", "króna", "krónur"}


@functools.lru_cache(maxsize=1)
def _cldr_currency_words() -> dict[str, str]:
    """Currency names -> ISO code from CLDR (babel's English locale data, both plural forms):
    every name with its adjective ("Danish kroner", "Turkish lira", "Dutch guilders"), and the bare
    last word when one currency in use today has it ("hryvnias", "forints", "naira"; "dinars",
    "kroner", "rupees" are several countries' and stay words). Loaded once per process."""
    try:
        from babel import Locale
        from babel.core import get_global
    except ImportError:  # babel comes with followthemoney and trafilatura; without it, names stay words
        return {}
    current = {c for rows in get_global("territory_currencies").values() for c, _, end, tender in rows
               if end is None and tender}
    locale = Locale("en")
    plurals = locale._data["currency_names_plural"]
    names: dict[str, str] = {}
    bare: dict[str, set] = {}
    for code, display in locale.currencies.items():
        if code.startswith("X") and code not in current:  # gold, testing codes, "unknown currency"
            continue
        forms = {display.lower(), *(v.lower() for v in plurals.get(code, {}).values())}
        forms |= {f"{f.rsplit(' ', 1)[0]} {CLDR_PLURALS[f.rsplit(' ', 1)[1]]}" for f in list(forms)
                  if " " in f and f.rsplit(" ", 1)[1] in CLDR_PLURALS}
        forms |= {f"{f.rsplit(' ', 1)[0]} {c}" for f in list(forms) if " " in f and f.rsplit(" ", 1)[1] in CLDR_CROWNS
                  for c in ("crown", "crowns")}
        for f in forms:
            if re.search(r"[\d()]", f):  # "brazilian cruzeiro (1990–1993)": a dated name of a changed currency
                continue
            if " " in f and (code in current or f not in names):  # a name in use today wins over an old one
                names[f] = code
            if code in current:
                bare.setdefault(f.rsplit(" ", 1)[-1], set()).add(code)
    for word, codes in bare.items():
        if len(codes) == 1 and word not in CLDR_BARE_STOP:
            names.setdefault(word, next(iter(codes)))
    return names


# Currencies of older and financial news that quantulum3's table lacks; a name several currencies
# share is kept as the word, as the lexicon does ("franc"): "6.65 billion pesetas", "250 million
# Dutch guilders", "500 satoshis", "2 million Deutsche marks".
NEWS_CURRENCY_WORDS = {
    **{w: "peseta" for w in ("peseta", "pesetas")},
    **{w: "guilder" for w in ("guilder", "guilders", "dutch guilder", "dutch guilders", "gulden")},
    **{w: "satoshi" for w in ("satoshi", "satoshis", "sats")},
    **{w: "DEM" for w in ("deutsche mark", "deutsche marks", "deutschmark", "deutschmarks", "d-mark", "d-marks")},
    **{w: "escudo" for w in ("escudo", "escudos")}, **{w: "drachma" for w in ("drachma", "drachmas", "drachmae")},
    # American slang for dollars ("ten bucks"); the South Korean won without "South"; bitcoin's
    # ticker in lower case ("0.5 btc")
    **{w: "USD" for w in ("buck", "bucks")}, "korean won": "KRW", "btc": "BTC",
}


_GLUED = re.compile(r"[A-Za-zµ°²℃℉][A-Za-z²/]*")
# Finance's abbreviations of basis points and percentage points, in lower case ("BP" is a company).
POINT_SYMBOLS = {"bp": "basis points", "bps": "basis points", "pp": "percentage points", "ppt": "percentage points",
                 "ppts": "percentage points"}
_GLUED_TWO = re.compile(r" ([A-Za-z]+)\b")  # the second word of a two-word unit glued to the digits
# A unit in brackets, as tables and specifications write it: "20 [kg]", "3 [m]", "20 <kg>" (not one letter: "<b>" is a tag).
_BRACKETED = re.compile(r"\s?([\[<])([A-Za-zµ°][\w²/]*)([\]>])")
_SPACED = re.compile(r"\s([A-Za-zµ°℃℉][\w²/.-]*)(?:\s([A-Za-z]+)(?:\s([A-Za-z]+))?)?")
# "100° Celsius", "−40° F": the degree sign, then the scale after a space.
_DEGREE_SCALE = re.compile(r"\s?(?:(celsius|centigrade|C)|(fahrenheit|F))\b", re.I)
# "−273.15° on the Celsius scale", "40 degrees on the Fahrenheit scale": the scale named after the amount.
_ON_SCALE = re.compile(r"\s+on\s+the\s+(?:(celsius|centigrade)|(fahrenheit))\s+scale\b", re.I)
# Words of temperature in a sentence: a "K" glued to a number there is the kelvin, not thousands
# ("300 °C (572 °F, 573.15K)"); see kelvin_here.
TEMPERATURE_NEAR = re.compile(r"°\s?[CF]\b|\b(?:degrees?\s+)?(?:celsius|centigrade|fahrenheit|kelvins?)\b|\btemperatures?\b", re.I)

# Words of weather and heat, with those of TEMPERATURE_NEAR: a capital "C" or "F" after a space and
# a number there is the scale ("the thermostat at 70 F", "a fever of 39 C"); elsewhere a letter.
WEATHER_NEAR = re.compile(TEMPERATURE_NEAR.pattern + r"|\b(?:thermostat|thermometer|oven|fever|weather|forecast|"
                          r"freezing|boiling|heat|hot|cold|warm|chilly|mercury)\b", re.I)


def _scale_after(text: str, end: int, unit: str) -> str:
    """A degree whose scale is named after it ("−273.15° on the Celsius scale"); else ``unit``."""
    on = _ON_SCALE.match(text, end) if unit == "degree" else None
    if on is None:
        return unit
    return "degree Celsius" if on.group(1) else "degree fahrenheit"


def kelvin_here(text: str, s: int, e: int) -> bool:
    """"573.15K" among temperatures of its sentence (bounded window: 80 characters either side,
    cut at the sentence's end) is 573.15 kelvin; elsewhere "K" after digits is thousands ("£40K")."""
    before = re.split(r"[;!?]|\.\s+(?=[A-Z])", text[max(0, s - 80):s])[-1]
    after = re.split(r"[;!?]|\.(?:\s+[A-Z]|\s*$)", text[e:e + 80])[0]
    return bool(TEMPERATURE_NEAR.search(before) or TEMPERATURE_NEAR.search(after))


def _glued_unit(text: str, end: int) -> tuple[str | None, int]:
    """The unit written straight after the digits ("5km", "256GB", "640bhp", "20p"), and its end."""
    m = _GLUED.match(text, end)
    if not m:
        return None, end
    sym = m.group(0)
    symbols, words, _ = _units()
    if sym in POINT_SYMBOLS:  # "50bp", "25bps" (not bits a second: those have a prefix, "100Mbps"), "2pp"
        return POINT_SYMBOLS[sym], m.end()
    two = _GLUED_TWO.match(text, m.end())
    if two is not None and f"{sym} {two.group(1)}".lower() in words:  # "850sq ft", "2,000sq m"
        return words[f"{sym} {two.group(1)}".lower()], two.end()
    power = re.match(r"[23³](?!\d)", text[m.end():m.end() + 2])
    if power and (sym + power.group(0)) in symbols:  # "24703m2", "4km3"
        return symbols[sym + power.group(0)], m.end() + 1
    if sym.lower() in CURRENCY_WORDS and sym not in symbols:
        return "cur:" + CURRENCY_WORDS[sym.lower()], m.end()
    unit = symbols.get(sym) or words.get(sym.lower()) or (symbols.get(sym.lower()) if len(sym) > 1 else None)
    if sym in ("p",):
        unit = "cur:pence"
    if sym == "st" and unit is None and not (text[end - 1:end] == "1" and text[end - 2:end - 1] != "1"):
        unit = "stone"  # "12st 4lb", "lost 2st" (British weights); "1st", "21st" are ordinals
    if unit == "degree" and sym == "°":
        scale = _DEGREE_SCALE.match(text, m.end())
        if scale is not None:  # "100° Celsius"
            return ("degree Celsius" if scale.group(1) else "degree fahrenheit"), scale.end()
        return _scale_after(text, m.end(), unit), m.end()
    return unit, m.end() if unit else end


def _spaced_unit(text: str, end: int) -> tuple[str | None, int]:
    """A unit word or symbol after a space ("5 km", "10 tonnes", "30 degrees Celsius"), or in brackets ("20 [kg]")."""
    b = _BRACKETED.match(text, end) if text[end:end + 2].strip()[:1] in ("[", "<") else None
    if b is not None and "[<".index(b.group(1)) == "]>".index(b.group(3)) and (b.group(1) == "[" or len(b.group(2)) > 1):
        unit = _units()[0].get(b.group(2)) or _units()[1].get(b.group(2).lower())
        if unit is not None:
            return unit, b.end()
    m = _SPACED.match(text, end)
    if not m:
        return None, end
    symbols, words, spaced = _units()
    one = m.group(1).rstrip(".")
    if one in POINT_SYMBOLS:  # "25 bps", "3 ppts"
        return POINT_SYMBOLS[one], m.start(1) + len(one)
    if m.group(3):  # "15,000 British thermal units"
        three = f"{one} {m.group(2)} {m.group(3)}".lower()
        if three in words:
            return words[three], m.end(3)
    if m.group(2):
        two = f"{one} {m.group(2)}".lower()
        if two in words:
            return words[two], m.end(2)
    if one.lower() in words:
        return _scale_after(text, m.start(1) + len(one), words[one.lower()]), m.start(1) + len(one)
    if one in spaced:
        return spaced[one], m.start(1) + len(one)
    power = re.fullmatch(r"([A-Za-zµ]+)([23²³])", one)
    if power and (base := symbols.get(power.group(1)) or words.get(power.group(1).lower())):
        name = ("square " if power.group(2) in "2²" else "cubic ") + base  # "42 cm³", "120 m2", "3 ft³"
        if name in words:
            return name, m.start(1) + len(one)
    if one in SPACED_LETTERS and m.group(1).rstrip(".") == one and not re.match(r"\s*\d", text[m.start(1) + 1:m.start(1) + 4]) \
            and (one != "L" or re.match(r"\s+of\b|\s*(?:[.,;:)]|$)", text[m.start(1) + 1:m.start(1) + 5])):  # not "size 10 L shirts"
        return SPACED_LETTERS[one], m.start(1) + 1  # "240 V", "a 40 W bulb", "3 L of water": SI's capitals, spaced
    if one in ("C", "F", "c", "f") and WEATHER_NEAR.search(text, max(0, end - 80), min(len(text), end + 80)):
        return ("degree Celsius" if one in "Cc" else "degree fahrenheit"), m.start(1) + 1  # "set the thermostat to 70 F"
    if "/" in one and len(one.split("/")[0]) == 1 and one[0] in symbols and one.split("/")[1][:1].isalpha():
        return symbols[one[0]], m.start(1) + 1  # "20 J/m^2", "-1e-3 W/min": a symbol in a rate
    if "/" in one:  # "50 centimeters/millisecond", "20 J/m^2": the unit before the slash, a rate after it
        first = one.split("/")[0]
        unit = words.get(first.lower()) or symbols.get(first)
        if unit is not None:
            return unit, m.start(1) + len(first)
    return None, end


# Calendar periods: after a measure they are the row's period unless quantulum3 names the rate.
CALENDAR = {"day", "week", "month", "year", "annum"}
_PER = re.compile(r"\s?/\s?|\s+per\s+|\s+an?\s+(?=(?:hour|hr|second|minute)\b)", re.I)
_PER_UNIT = re.compile(r"([A-Za-zµ]+)(?:\^?([23])|([²³])|\s+(squared|cubed))?(?![\w²³])")


def _per_unit(text: str, end: int, unit: str) -> tuple[str, int]:
    """A rate written after a unit: "188 miles an hour", "50 km/ms", "5.5x10-3 kg/cm³", "20 J/m^2"
    -> ("joule per square metre", its end). The name is composed from quantulum3's unit names; a
    denominator it does not know, or a calendar period it has no rate for ("barrels per day"),
    ends the unit (``unit``, ``end``)."""
    symbols, words = _denominators()
    for _ in range(3):
        m = _PER.match(text, end)
        if m is None:
            break
        w = _PER_UNIT.match(text, m.end())
        if w is None:
            break
        sym = w.group(1)
        slash = "/" in m.group(0)
        name = (symbols.get(sym) if slash else None) or words.get(sym.lower()) or (symbols.get(sym) if len(sym) > 1 else None)
        if name is None:
            break
        power = w.group(2) or {"²": "2", "³": "3"}.get(w.group(3) or "") or {"squared": "2", "cubed": "3"}.get((w.group(4) or "").lower())
        if power:
            name = ("square " if power == "2" else "cubic ") + name
        if name in CALENDAR and f"{unit} per {name}" not in words:
            break  # "500,000 barrels per day": the period column says "per day"; "ton per day" is a unit
        unit, end = f"{unit} per {name}", w.end()
    return unit, end


def _currency_after(text: str, end: int, scaled: bool = False) -> tuple[str | None, int]:
    """A currency word, code or sign after the amount ("nine euros", "528 million francs", "10 $");
    after a scale word (``scaled``) also the words of ``SCALED_CURRENCY_WORDS`` ("60 billion won")."""
    # a sign glued to the digits after it is their prefix ("1 $10 bill"), not this amount's suffix
    m = re.match(r"\s?([$€£¢₴₾₡৳₪₫₸₵])(?!\d)|\s+((?:[A-Za-z.]+\s+){0,2}[A-Za-z]+)\b", text[end:end + 40])
    if not m:
        return None, end
    if m.group(1):
        return CURRENCY_WORDS.get(m.group(1)) or EXTRA_CURRENCY_SIGNS[m.group(1)], end + m.end()
    words = m.group(2).split()
    names = _currency_words()
    if words[0] in ISO_CODES:  # "2mil SEK", "500 CHF": an ISO code as written, in capitals
        return words[0], end + m.start(2) + len(words[0])
    for k in range(len(words), 0, -1):
        w = " ".join(words[:k]).lower()
        if w in names and w != "p":
            return names[w], end + m.start(2) + len(" ".join(words[:k]))
    if scaled and words[0].lower() in SCALED_CURRENCY_WORDS and not VERB_AFTER.match(text, end + m.start(2) + len(words[0])):
        return SCALED_CURRENCY_WORDS[words[0].lower()], end + m.start(2) + len(words[0])
    return None, end


# "$15.4/hour", "£5/day": an amount and the period it is paid over, not a web path or a fraction.
AMOUNT_PER = re.compile(r"[$€£]?\d[\d,]*\.\d+/[A-Za-z]+[.,;:!?)]*")
PER_SLASH = re.compile(r"/\s?(?:hour|hr|day|week|month|year|night|person|head)\b", re.I)


# The inch mark after a number: a double prime, or a straight double quote that opens no quotation.
INCH_MARK = re.compile(r'\s?(?:″|"(?![A-Za-z0-9‘“\'"]))')


def _inch_mark(text: str, end: int, mark: re.Match) -> bool:
    """'a 9" plate': the straight quote after the number is the inch mark unless it closes a
    quotation ('he said "about 500"'): an even number of straight quotes on its line before it."""
    if "″" in mark.group(0):
        return True
    line = text[max(0, end - 400):end]
    return line[line.rfind("\n") + 1:].count('"') % 2 == 0


# "$82 a barrel", "$1.25 a share", "180p a litre", "£30 a ticket": money priced for one of a thing.
A_RATE = re.compile(r"\s+an?\s+([a-z]+)\b(?!-)")
NOT_A_RATE_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "previously", "since", "from"})


def rate_noun(doc, text: str, end: int) -> str | None:
    """"a barrel" when the money amount ending at ``end`` is followed by "a"/"an" and one singular
    common noun that ends its phrase ("$1,950 an ounce of gold" too); None for "£5m a year ago"
    (when), "$40 a month-long" or "$5 a share price" (the noun goes on)."""
    m = A_RATE.match(text, end)
    span = doc.char_span(m.start(1), m.end(1)) if m is not None else None
    if span is None or len(span) != 1 or span[0].tag_ != "NN" or span[0].ent_type_ in ("DATE", "TIME"):
        return None
    nxt = doc[span[0].i + 1] if span[0].i + 1 < len(doc) else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.lower_ in NOT_A_RATE_AFTER):
        return None
    return " ".join(m.group(0).split())
