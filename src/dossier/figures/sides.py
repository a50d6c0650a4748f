"""Grouping actors into the sides of a story, by a rule that names no corpus.

An entity's side comes, in this order, from

1. the corpus settings' explicit map ``sides`` (entity id -> side), if it names the entity;
2. its ``kind``: media (news organisations, websites) and "parliament & parties" (parties,
   legislatures, committees) whatever their country; companies, NGOs, international
   organisations, vessels, seas and continents are "other";
3. its ``country`` (ISO 3166 alpha-3; a country entity is its own country): a country the
   settings colour (``countries``: code -> side name) is that side, another code "other
   states", none "other".

The coloured sides (the settings' countries, then any side only the explicit map names) come
first, in the settings' order, then the fixed groups; colours follow that order.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .style import COUNTRY_COLOURS, GROUP_COLOURS
from .text import clean, field, txt

MEDIA_KINDS = {"news organisation", "news organization", "news agency", "newspaper", "broadcaster",
               "website", "media", "magazine", "publisher"}
PARLIAMENT_KINDS = {"political party", "legislature", "parliament", "parliamentary committee",
                    "committee", "select committee", "party"}
NON_STATE_KINDS = {"company", "non-governmental organisation", "non-governmental organization",
                   "international organisation", "international organization", "vessel", "charity",
                   "continent", "sea", "ocean", "ngo", "treaty"}
OTHER_STATES, PARLIAMENT, MEDIA, OTHER = "other states", "parliament & parties", "media", "other"
GROUPS = (OTHER_STATES, PARLIAMENT, MEDIA, OTHER)
UNATTRIBUTED = "unattributed"


def group_of(entity_row) -> str | None:
    """The fixed group an entity's kind puts it in (media, parliament & parties, other), or
    ``None`` when its country decides."""
    kind = clean(field(entity_row, "kind")).lower()
    if kind in MEDIA_KINDS:
        return MEDIA
    if kind in PARLIAMENT_KINDS:
        return PARLIAMENT
    if kind in NON_STATE_KINDS:
        return OTHER
    return None


def country_of(entity_row) -> str:
    """The entity's ISO 3166 alpha-3 country code, '' when it has none."""
    country = clean(field(entity_row, "country")).upper()
    return country if re.fullmatch(r"[A-Z]{3}", country) else ""


@dataclass(frozen=True)
class Sides:
    """The side rule for one corpus: ``names`` in drawing order, ``colours``, and :meth:`of`."""

    countries: tuple[tuple[str, str], ...] = ()
    overrides: tuple[tuple[str, str], ...] = ()

    @functools.cached_property
    def coloured(self) -> tuple[str, ...]:
        out: list[str] = []
        for _code, name in self.countries:
            if name not in out and name not in GROUPS:
                out.append(name)
        for _eid, name in self.overrides:
            if name not in out and name not in GROUPS and name != UNATTRIBUTED:
                out.append(name)
        if len(out) > len(COUNTRY_COLOURS):
            raise ValueError(f"at most {len(COUNTRY_COLOURS)} coloured sides can be told apart, got {out}")
        return tuple(out)

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        return self.coloured + GROUPS

    @functools.cached_property
    def colours(self) -> dict[str, str]:
        return {**dict(zip(self.coloured, COUNTRY_COLOURS)), **GROUP_COLOURS}

    @functools.cached_property
    def _by_country(self) -> dict[str, str]:
        return dict(self.countries)

    @functools.cached_property
    def _by_entity(self) -> dict[str, str]:
        return dict(self.overrides)

    def of(self, entity_row) -> str:
        """The side of an entity: anything with ``entity_id``, ``kind`` and ``country`` (a row of
        the entities table, a dict, a namedtuple); ``None`` (an unknown entity) is "other"."""
        eid = txt(field(entity_row, "entity_id"))
        if eid and eid in self._by_entity:
            return self._by_entity[eid]
        group = group_of(entity_row)
        if group is not None:
            return group
        country = country_of(entity_row)
        if not country:
            return OTHER
        return self._by_country.get(country, OTHER_STATES)


@functools.lru_cache(maxsize=32)
def sides_for(countries: tuple[tuple[str, str], ...], overrides: tuple[tuple[str, str], ...]) -> Sides:
    return Sides(countries, overrides)


def of_settings(settings) -> Sides:
    """The :class:`Sides` of a :class:`dossier.settings.CorpusSettings` (cached)."""
    return sides_for(tuple(settings.countries), tuple(settings.sides))
