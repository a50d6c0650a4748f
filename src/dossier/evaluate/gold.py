"""The hand annotations (``tests/gold/`` and the held-out sets) and the gold README's
normalisation of what is compared: qualifier synonyms, cells read as text."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .. import config
from ..extract.lexicon import NUMERIC

QUALIFIER_SYNONYMS = {
    "about": "approximately", "around": "approximately", "approx": "approximately", "roughly": "approximately",
    "approximately": "approximately", "nearly": "approximately", "almost": "approximately",
    "more than": "more_than", "over": "more_than", "at least": "more_than", "in excess of": "more_than",
    "more_than": "more_than", "none": "exact", "": "exact", "exact": "exact",
}
DURATION_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                  "month", "months", "year", "years", "decade", "decades"}


def _text(value) -> str:
    """A cell as a string, "" for a missing value (None, NaN or pd.NA)."""
    return "" if value is None or pd.isna(value) else str(value)


def qualifier(q: str | None) -> str:
    q = _text(q).strip().lower()
    return QUALIFIER_SYNONYMS.get(q, q)


def load_gold(folder: Path = config.GOLD) -> dict[str, dict]:
    """Gold annotations keyed by doc_id (the file's stem)."""
    out = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[Path(data["file"]).stem] = data
    return out


