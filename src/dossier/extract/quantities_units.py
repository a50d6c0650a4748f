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

from .lexicon import CURRENCY_WORDS, UNIT_EXTRA, UNIT_STOP, UNIT_SYMBOL_SPACED_STOP, WORD_NUMBERS


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
    root = _quantulum_dir()
    table: dict[str, dict] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        for name, unit in json.loads(path.read_text(encoding="utf-8")).items():
            table.setdefault(name, {}).update(unit)
    symbols: dict[str, str] = {}
    words: dict[str, str] = {}
    for name, unit in sorted(table.items()):
        if unit.get("entity") not in UNIT_ENTITIES or name in UNIT_STOP:
            continue
        forms = [(name, unit.get("symbols", []), unit.get("surfaces", []))]
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
    for k, v in UNIT_EXTRA.items():
        symbols[k] = v
        words[k.lower()] = v
    spaced = {k: v for k, v in symbols.items() if len(k) > 1 and k.lower() not in UNIT_SYMBOL_SPACED_STOP
              and k.lower() not in WORD_NUMBERS}
    return symbols, words, spaced


_GLUED = re.compile(r"[A-Za-zµ°²][A-Za-z²/]*")
_SPACED = re.compile(r"\s([A-Za-zµ°][\w²/.-]*)(?:\s([A-Za-z]+))?")


def _glued_unit(text: str, end: int) -> tuple[str | None, int]:
    """The unit written straight after the digits ("5km", "256GB", "640bhp", "20p"), and its end."""
    m = _GLUED.match(text, end)
    if not m:
        return None, end
    sym = m.group(0)
    symbols, words, _ = _units()
    power = re.match(r"[23³](?!\d)", text[m.end():m.end() + 2])
    if power and (sym + power.group(0)) in symbols:  # "24703m2", "4km3"
        return symbols[sym + power.group(0)], m.end() + 1
    if sym.lower() in CURRENCY_WORDS and sym not in symbols:
        return "cur:" + CURRENCY_WORDS[sym.lower()], m.end()
    unit = symbols.get(sym) or words.get(sym.lower()) or (symbols.get(sym.lower()) if len(sym) > 1 else None)
    if sym in ("p",):
        unit = "cur:pence"
    return unit, m.end() if unit else end


def _spaced_unit(text: str, end: int) -> tuple[str | None, int]:
    """A unit word or symbol after a space ("5 km", "10 tonnes", "30 degrees Celsius")."""
    m = _SPACED.match(text, end)
    if not m:
        return None, end
    symbols, words, spaced = _units()
    one = m.group(1).rstrip(".")
    if m.group(2):
        two = f"{one} {m.group(2)}".lower()
        if two in words:
            return words[two], m.end(2)
    if one.lower() in words:
        return words[one.lower()], m.start(1) + len(one)
    if one in spaced:
        return spaced[one], m.start(1) + len(one)
    return None, end


def _currency_after(text: str, end: int) -> tuple[str | None, int]:
    """A currency word, code or sign after the amount ("nine euros", "528 million francs", "10 $")."""
    m = re.match(r"\s?([$€£¢])|\s+((?:[A-Za-z.]+\s+){0,2}[A-Za-z]+)\b", text[end:end + 40])
    if not m:
        return None, end
    if m.group(1):
        return CURRENCY_WORDS[m.group(1)], end + m.end()
    words = m.group(2).split()
    for k in range(len(words), 0, -1):
        w = " ".join(words[:k]).lower()
        if w in CURRENCY_WORDS and w != "p":
            return CURRENCY_WORDS[w], end + m.start(2) + len(" ".join(words[:k]))
    return None, end
