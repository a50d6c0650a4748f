"""Units of a publishing body: a figure a unit reports in its parent body's own document is that
document's voice (round 6). "U.S. Border Patrol recorded 7,989 apprehensions" in a release of U.S.
Customs and Border Protection is the release's own figure, stated, as a department's release speaks
for the department (tests/claims_gold/README.md). The relations are reviewed data,
``data/reference/part_of.csv`` (PART-OF-SOURCES.md), read once per process and file version; no body
is named in the code.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

# words after a unit's name that name its staff or output, not another body ("Border Patrol agents said",
# "Border Force officials", "Border Force figures")
STAFF_WORDS = {"agent", "agents", "officer", "officers", "official", "officials", "staff", "spokesman",
               "spokeswoman", "spokesperson", "data", "figures", "statistics", "records", "chief", "personnel"}


def part_of_path() -> Path:
    from .. import config

    return config.REFERENCE / "part_of.csv"


def _norm(name: str) -> str:
    s = re.sub(r"[’']s\b", "", (name or "").lower())
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"^(?:u\.s\.|us|united states)\s+(?=\w)", "", s)  # ("U.S. Border Patrol", "United States Border Patrol")


@lru_cache(maxsize=4)
def _read(name: str, mtime_ns: int, size: int) -> dict[str, frozenset[str]]:
    """unit name (normalised) → the names of the bodies it is part of (normalised)."""
    out: dict[str, set[str]] = {}
    with open(name, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            wholes = {_norm(w) for w in [row["whole"], *(row.get("whole_aliases") or "").split("|")] if w.strip()}
            for p in [row["part"], *(row.get("part_aliases") or "").split("|")]:
                if p.strip():
                    out.setdefault(_norm(p), set()).update(wholes)
    return {k: frozenset(v) for k, v in out.items()}


def relations(path: Path | None = None) -> dict[str, frozenset[str]]:
    path = Path(path or part_of_path())
    if not path.exists():
        return {}
    st = path.stat()
    return _read(str(path), st.st_mtime_ns, st.st_size)


def unit_of_publisher(source_text: str | None, publisher_text: str | None, path: Path | None = None) -> bool:
    """Is the reporter (``source_text``, as the claim row gives it) a unit of the publisher?"""
    if not source_text or not publisher_text:
        return False
    rel = relations(path)
    if not rel:
        return False
    words = _norm(source_text).split()
    while words and words[-1] in STAFF_WORDS:
        words.pop()
    wholes = rel.get(" ".join(words))
    if not wholes:
        return False
    publisher = _norm(re.sub(r"\s*\([^)]*\)\s*$", "", publisher_text))
    return publisher in wholes
