"""The statistic key of a claim: what is measured, where, when.

Rule (documented in notes/claims.md and data/README.md): ``statistic = measure/place/period``.

- ``measure`` comes from the reviewed vocabulary ``data/reference/statistic_vocabulary.csv``:
  the first row (in file order) whose ``kind`` fits the claim (money, count, percent, or
  ``any``) and one of whose ``any_of`` phrases occurs, case-folded, in the claim's context (the
  counted noun phrase and the clause that governs the figure), as whole words. With no row matching, the
  measure is ``<kind>_<unit>`` from the quantity itself (``count_people``, ``money_gbp``), so
  every claim has a key, and the key says plainly when nothing curated matched.
- ``place``: the vocabulary row's ``default_place`` if any, else the place found by the
  extractor (the figure's actor if it is a place, else the nearest place named in its clause);
  ``-`` when none.
- ``period``: the resolved period (``dates`` value) normalised: a UK financial year
  ``2023-04/2024-03`` becomes ``FY2023-24``; a year, month or day stays as it is; ``-`` when
  unknown.

Keys are plain strings so groups and checks are exact joins.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

FISCAL = re.compile(r"^(\d{4})-04/(\d{4})-03$")


@dataclass(frozen=True)
class Measure:
    measure: str
    kind: str
    any_of: tuple[str, ...]
    default_place: str | None
    description: str
    source: str


def vocabulary_path() -> Path:
    from .. import config

    return config.REFERENCE / "statistic_vocabulary.csv"


def load_vocabulary(path: Path | None = None) -> tuple[Measure, ...]:
    """The reviewed measures, in file order (first match wins). Raises ValueError naming the
    row on a row without a measure, kind or phrases. Read once per process and file version
    (the claims extractor asks for it for every document)."""
    path = Path(path or vocabulary_path())
    st = path.stat()
    return _read_vocabulary(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=8)
def _read_vocabulary(name: str, mtime_ns: int, size: int) -> tuple[Measure, ...]:
    path = Path(name)
    out = []
    with open(path, newline="", encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            phrases = tuple(p.strip().casefold() for p in (row.get("any_of") or "").split("|") if p.strip())
            if not row.get("measure") or row.get("kind") not in ("money", "count", "percent", "any") or not phrases:
                raise ValueError(f"{path.name} line {n}: needs measure, kind (money|count|percent|any) and any_of phrases")
            out.append(Measure(row["measure"], row["kind"], phrases, row.get("default_place") or None,
                               row.get("description") or "", row.get("source") or ""))
    return tuple(out)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", (text or "").casefold()).strip("_")


def match_measure(kind: str, context: str, vocabulary: tuple[Measure, ...]) -> Measure | None:
    ctx = " " + " ".join(re.findall(r"\w+", (context or "").casefold())) + " "
    for m in vocabulary:
        # whole words only: 'grant' must not match 'migrants'
        if m.kind in (kind, "any") and any(" " + " ".join(re.findall(r"\w+", p)) + " " in ctx for p in m.any_of):
            return m
    return None


def fallback_measure(kind: str, unit: str | None) -> str:
    u = slug((unit or "").replace("(implied)", ""))
    return f"{kind}_{u}" if u else kind


def normalise_period(value: str | None) -> str:
    if not value:
        return "-"
    m = FISCAL.match(value)
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        return f"FY{m.group(1)}-{m.group(2)[2:]}"
    return value


def key(measure: str, place: str | None, period_value: str | None) -> str:
    return f"{measure}/{place or '-'}/{normalise_period(period_value)}"


def group_key(statistic: str) -> str:
    """measure/place: what is compared across documents and with the record."""
    return statistic.rsplit("/", 1)[0]
