"""The reviewed reference table ``data/reference/entities.csv``: canonical entities with
aliases, demonyms, types, identifiers and coordinates, each with its source.

Mentions link to a row when their normalised text equals the row's name, an alias or a
demonym (see :func:`dossier.text.norm`). The same rows feed the spaCy entity rulers.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import config
from .text import norm

LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
# GPE, LOC and FAC are one family for typing (the gold README's rule).
FAMILY = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}


def family(label: str | None) -> str | None:
    return FAMILY.get(label, label) if label else None


@dataclass(frozen=True)
class RefEntity:
    entity_id: str
    name: str
    type: str
    kind: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    country: str | None
    wikidata: str | None
    lat: float | None
    lon: float | None
    source: str

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _float(value: str | None) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None


class ReferenceError(ValueError):
    pass


class Reference:
    """The reference table, indexed for linking."""

    def __init__(self, rows: list[RefEntity], version: str):
        self.version = version
        self.entities: dict[str, RefEntity] = {}
        for r in rows:
            if r.entity_id in self.entities:
                raise ReferenceError(f"entities.csv: duplicate entity_id {r.entity_id!r}")
            if r.type not in LABELS:
                raise ReferenceError(f"entities.csv: {r.entity_id}: type {r.type!r} is not an OntoNotes label")
            self.entities[r.entity_id] = r
        # norm(surface) -> [(entity_id, is_demonym)]
        self.index: dict[str, list[tuple[str, bool]]] = {}
        for r in rows:
            for s in r.surfaces:
                self._add(norm(s), r.entity_id, False)
            for s in r.demonyms:
                self._add(norm(s), r.entity_id, True)
        self._surnames: dict[str, tuple[str, ...]] = {}
        for r in rows:
            if r.type == "PERSON":
                words = norm(r.name).split()
                for k in range(1, len(words)):
                    tail = " ".join(words[k:])
                    self._surnames[tail] = tuple(sorted({*self._surnames.get(tail, ()), r.entity_id}))
        self.government_of: dict[str, str] = {}
        self.country_of_code: dict[str, str] = {}
        for r in rows:
            if r.kind == "government" and r.country:
                self.government_of.setdefault(r.country, r.entity_id)
            if r.kind == "country" and r.country:
                self.country_of_code.setdefault(r.country, r.entity_id)

    def person_by_surname(self, key: str) -> str | None:
        """The one reference person whose name ends with these words, if exactly one."""
        found = self._surnames.get(key, ())
        return found[0] if len(found) == 1 else None

    def _add(self, key: str, entity_id: str, demonym: bool) -> None:
        if not key:
            return
        bucket = self.index.setdefault(key, [])
        if all(e != entity_id for e, _ in bucket):
            bucket.append((entity_id, demonym))

    def lookup(self, surface: str, label: str | None = None) -> tuple[RefEntity, bool] | None:
        """The entity a surface string names, and whether it was named by a demonym. When several
        rows share the string, the one whose type family matches ``label`` wins; if that still
        leaves a tie, nothing is returned (an ambiguous name is not guessed)."""
        bucket = self.index.get(norm(surface))
        if not bucket:
            return None
        if len(bucket) > 1 and label:
            fam = family(label)
            same = [b for b in bucket if family(self.entities[b[0]].type) == fam
                    or (label == "NORP" and b[1])]
            if same:
                bucket = same
        if len(bucket) > 1:
            return None
        eid, demonym = bucket[0]
        return self.entities[eid], demonym

    def __len__(self) -> int:
        return len(self.entities)

    def collisions(self) -> dict[str, list[str]]:
        """Normalised strings that name more than one row (to review)."""
        return {k: [e for e, _ in v] for k, v in sorted(self.index.items()) if len(v) > 1}


def changes(old: Reference, new: Reference) -> tuple[set[str], set[str]]:
    """What an edit of the reference table can affect: the ids of rows added, removed or changed,
    and every surface string of those rows (old and new names, aliases, demonyms, and the last
    words of people's names, which surname linking uses). A document is affected if it links to
    one of the ids or contains one of the strings."""
    ids, terms = set(), set()
    for eid in set(old.entities) | set(new.entities):
        a, b = old.entities.get(eid), new.entities.get(eid)
        if a == b:
            continue
        ids.add(eid)
        for row in (a, b):
            if row is None:
                continue
            terms.update(row.surfaces)
            terms.update(row.demonyms)
            if row.type == "PERSON":
                words = row.name.split()
                terms.update(" ".join(words[k:]) for k in range(1, len(words)))
            if row.kind == "government":
                terms.add("government")
    return ids, {t for t in terms if t.strip()}


def read_rows(path: Path) -> list[RefEntity]:
    rows = []
    with open(path, newline="", encoding="utf-8") as fh:
        for i, r in enumerate(csv.DictReader(fh), start=2):
            try:
                rows.append(RefEntity(
                    entity_id=r["entity_id"].strip(), name=r["name"].strip(), type=r["type"].strip(),
                    kind=r["kind"].strip(), aliases=_split(r.get("aliases")), demonyms=_split(r.get("demonyms")),
                    country=(r.get("country") or "").strip() or None,
                    wikidata=(r.get("wikidata") or "").strip() or None,
                    lat=_float(r.get("lat")), lon=_float(r.get("lon")), source=(r.get("source") or "").strip(),
                ))
            except (KeyError, ValueError) as exc:
                raise ReferenceError(f"{path.name} line {i}: {exc}") from exc
    return rows


def load(path: Path | None = None) -> Reference:
    """The reference table, parsed once per process and again only when the file changes."""
    path = Path(path or config.ENTITIES_CSV)
    st = path.stat()
    return _load(str(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> Reference:
    data = Path(path).read_bytes()
    return Reference(read_rows(Path(path)), version_of(data))


def version_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]
