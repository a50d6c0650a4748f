"""Corpus settings: the few choices the figures need that the tables do not state, inferred from
the tables by a documented rule and overridable in a small YAML file next to the corpus.

The figure code names no document, country or party: everything corpus-specific is here, as
data. ``infer(tables)`` gives the defaults; ``load(path, tables)`` reads ``dossier.yml`` (the
file name :data:`FILE_NAME`) and overrides them key by key.

The rules
---------
``title``
    ``"N documents, YYYY–YYYY"`` from the documents' publication years (one year: ``YYYY``;
    none dated: ``"N documents"``).
``focus_document`` (the story figure's document)
    The most recent *news article*: each document's ``publisher`` is matched (longest run of
    words first) against the names and aliases of the corpus's entities, then of the reference
    table; a publisher of a media kind (news organisation, website, ...) makes a news article,
    one of an official kind (government, department, agency, legislature, ...) an official
    document, anything else is unknown. The first non-empty class among news, unknown, official
    is used; within it, the latest ``published`` date wins; a tie, or no date at all, goes to the
    document with most entity mentions, then to the smallest ``doc_id``.
``countries`` (the coloured sides)
    Mentions are counted by the country of their entity (``entities.country``, an ISO 3166
    alpha-3 code; a country entity is its own country), leaving out entities whose kind puts
    them in a fixed group (media, parliament & parties, companies, NGOs, ...: see
    :mod:`dossier.figures.sides`). The ``top_sides`` (default 2) countries with most mentions,
    ties by code, become sides named after their country entity; other countries are "other
    states".
``sides``
    Explicit ``entity -> side`` pairs; none are inferred.

The YAML file
-------------
Every key is optional::

    title: Greece and Libya, 2023
    focus_document: ekathimerini-2023-06-14-pylos      # a doc_id of the corpus
    top_sides: 3                                         # 0 to 4
    countries: [GRC, LBY]                                # or {GRC: Greece, LBY: Libya}; replaces the inferred
    sides:                                               # entity id or name -> side
      frontex: EU
      European Commission: EU

An unknown key, a value of the wrong type, a doc_id or entity the tables do not have, or a file
that is not YAML raises :class:`SettingsError` naming the file and the key.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import yaml

from . import config
from .text import cell_text

FILE_NAME = config.SETTINGS_NAME
MAX_SIDES = 4  # coloured sides that stay distinguishable (dossier.figures.style.COUNTRY_COLOURS)
OFFICIAL_KINDS = {"government", "government department", "government agency", "devolved government",
                  "law-enforcement agency", "legislature", "parliament", "parliamentary committee", "committee",
                  "select committee", "court", "ministry", "international organisation", "international organization"}


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class CorpusSettings:
    """``title``: the corpus title; ``focus_document``: the doc_id of the story figure (``None``
    for an empty corpus); ``sides``: explicit (entity_id, side) pairs; ``top_sides``: how many
    countries get a colour; ``countries``: the coloured countries as (ISO 3166 alpha-3 code,
    side name), in order."""

    title: str = ""
    focus_document: str | None = None
    sides: tuple[tuple[str, str], ...] = ()
    top_sides: int = 2
    countries: tuple[tuple[str, str], ...] = ()


# ----------------------------------------------------------------------------- inference

def _str(x) -> str:
    return cell_text(x).strip()


def _frame(tables: dict, name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df if isinstance(df, pd.DataFrame) else pd.DataFrame()


def infer_title(documents: pd.DataFrame) -> str:
    n = len(documents)
    head = f"{n} document{'s' if n != 1 else ''}"
    years = sorted({_str(p)[:4] for p in documents.get("published", []) if re.match(r"\d{4}", _str(p))})
    if not years:
        return head
    return f"{head}, {years[0]}" if len(years) == 1 else f"{head}, {years[0]}–{years[-1]}"


def _names_to_kinds(frames: list[pd.DataFrame]) -> dict[str, str]:
    """Lower-cased name or alias -> kind; earlier frames win."""
    out: dict[str, str] = {}
    for df in frames:
        if df is None or not len(df) or "name" not in df.columns or "kind" not in df.columns:
            continue
        aliases = df["aliases"] if "aliases" in df.columns else [None] * len(df)
        for name, kind, alias in zip(df["name"], df["kind"], aliases):
            kind = _str(kind).lower()
            if not kind:
                continue
            for n in [_str(name)] + [a for a in _str(alias).split("|") if a]:
                out.setdefault(n.lower(), kind)
    return out


def _reference_entities() -> pd.DataFrame:
    from . import config

    try:
        return pd.read_csv(config.ENTITIES_CSV, dtype=str, keep_default_na=False)
    except (OSError, ValueError):
        return pd.DataFrame()


def publisher_class(publisher: str, kinds: dict[str, str]) -> str:
    """"news", "official" or "unknown": the kind of the longest entity name in the publisher."""
    from .figures.sides import MEDIA_KINDS

    words = re.sub(r"[(),;]", " ", _str(publisher)).split()
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            kind = kinds.get(" ".join(words[i:i + n]).lower())
            if kind:
                return "news" if kind in MEDIA_KINDS else "official" if kind in OFFICIAL_KINDS else "unknown"
    return "unknown"


def infer_focus(documents: pd.DataFrame, mentions: pd.DataFrame, entities: pd.DataFrame,
                reference: pd.DataFrame | None = None) -> str | None:
    if not len(documents) or "doc_id" not in documents.columns:
        return None
    kinds = _names_to_kinds([entities, _reference_entities() if reference is None else reference])
    n_mentions = Counter(_str(d) for d in mentions["doc_id"]) if "doc_id" in mentions.columns else Counter()
    publishers = documents["publisher"] if "publisher" in documents.columns else [None] * len(documents)
    published = documents["published"] if "published" in documents.columns else [None] * len(documents)
    docs = [(_str(d), publisher_class(p, kinds), _str(t)[:10]) for d, p, t in
            zip(documents["doc_id"], publishers, published) if _str(d)]
    if not docs:
        return None
    for wanted in ("news", "unknown", "official"):
        group = [d for d in docs if d[1] == wanted]
        if group:
            break
    latest = max(t for _, _, t in group)
    best = [d for d, _, t in group if t == latest]
    return sorted(best, key=lambda d: (-n_mentions[d], d))[0]


def country_names(entities: pd.DataFrame, reference: pd.DataFrame | None = None) -> dict[str, str]:
    """ISO code -> the name of its country entity (the corpus's first, then the reference's)."""
    out: dict[str, str] = {}
    for df in (entities, _reference_entities() if reference is None else reference):
        if df is None or not len(df) or not {"kind", "country", "name"} <= set(df.columns):
            continue
        for kind, code, name in zip(df["kind"], df["country"], df["name"]):
            if _str(kind).lower() == "country" and _str(code) and _str(name):
                out.setdefault(_str(code).upper(), _str(name))
    return out


def mentions_by_country(mentions: pd.DataFrame, entities: pd.DataFrame) -> Counter:
    """Mentions counted by the country of their entity, for entities that a country decides."""
    from .figures.sides import country_of, group_of

    if not len(mentions) or not len(entities) or "entity_id" not in entities.columns:
        return Counter()
    cols = [c for c in ("entity_id", "kind", "country") if c in entities.columns]
    country = {}
    for row in entities[cols].astype(object).to_dict("records"):
        if group_of(row) is None and country_of(row):
            country[_str(row["entity_id"])] = country_of(row)
    counts = Counter(_str(e) for e in mentions["entity_id"]) if "entity_id" in mentions.columns else Counter()
    out: Counter = Counter()
    for eid, n in counts.items():
        if eid in country:
            out[country[eid]] += n
    return out


def infer_countries(mentions: pd.DataFrame, entities: pd.DataFrame, top_sides: int = 2,
                    reference: pd.DataFrame | None = None) -> tuple[tuple[str, str], ...]:
    counts = mentions_by_country(mentions, entities)
    codes = sorted(counts, key=lambda c: (-counts[c], c))[:top_sides]
    names = country_names(entities, reference) if codes else {}
    return tuple((c, names.get(c, c)) for c in codes)


def infer(tables: dict[str, pd.DataFrame], *, top_sides: int = 2) -> CorpusSettings:
    """The settings the tables imply (the rules in this module's docstring)."""
    documents, mentions, entities = (_frame(tables, n) for n in ("documents", "mentions", "entities"))
    reference = _reference_entities()
    return CorpusSettings(title=infer_title(documents),
                          focus_document=infer_focus(documents, mentions, entities, reference),
                          top_sides=top_sides,
                          countries=infer_countries(mentions, entities, top_sides, reference))


# ----------------------------------------------------------------------------- the YAML file

KEYS = ("title", "focus_document", "top_sides", "countries", "sides")


def _fail(path, key: str | None, message: str):
    where = f"{Path(path).name if path else FILE_NAME}" + (f": {key}" if key else "")
    raise SettingsError(f"{where}: {message}")


def read_file(path) -> dict:
    """The YAML mapping in ``path``, checked for unknown keys (``{}`` for an empty file)."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        _fail(path, None, f"no such settings file ({path})")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(path, None, f"cannot be read: {exc}")
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        _fail(path, None, f"is not valid YAML: {' '.join(str(exc).split())}")
    if data is None:
        return {}
    if not isinstance(data, dict):
        _fail(path, None, f"must be a mapping of settings, got {type(data).__name__}")
    unknown = sorted(str(k) for k in data if k not in KEYS)
    if unknown:
        _fail(path, unknown[0], f"unknown setting (the settings are: {', '.join(KEYS)})")
    return data


def _entity_index(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id, name and aliases (lower-cased) -> entity_id."""
    out: dict[str, str] = {}
    if not len(entities) or "entity_id" not in entities.columns:
        return out
    names = entities["name"] if "name" in entities.columns else [None] * len(entities)
    aliases = entities["aliases"] if "aliases" in entities.columns else [None] * len(entities)
    for eid, name, alias in zip(entities["entity_id"], names, aliases):
        out[_str(eid).lower()] = _str(eid)
    for eid, name, alias in zip(entities["entity_id"], names, aliases):
        for n in [_str(name)] + [a for a in _str(alias).split("|") if a]:
            out.setdefault(n.lower(), _str(eid))
    return out


def apply(settings: CorpusSettings, data: dict, tables: dict[str, pd.DataFrame], path=None) -> CorpusSettings:
    """``settings`` with the values of a checked YAML mapping put over them."""
    documents, mentions, entities = (_frame(tables, n) for n in ("documents", "mentions", "entities"))
    changes: dict = {}
    if "title" in data:
        if not isinstance(data["title"], str) or not data["title"].strip():
            _fail(path, "title", f"must be a non-empty string, got {data['title']!r}")
        changes["title"] = data["title"].strip()
    if "focus_document" in data:
        doc = data["focus_document"]
        ids = {_str(d) for d in documents.get("doc_id", [])}
        if not isinstance(doc, str):
            _fail(path, "focus_document", f"must be a doc_id (a string), got {doc!r}")
        if doc not in ids:
            _fail(path, "focus_document", f"no document has doc_id {doc!r}")
        changes["focus_document"] = doc
    top = settings.top_sides
    if "top_sides" in data:
        top = data["top_sides"]
        if isinstance(top, bool) or not isinstance(top, int) or not 0 <= top <= MAX_SIDES:
            _fail(path, "top_sides", f"must be an integer from 0 to {MAX_SIDES}, got {top!r}")
        changes["top_sides"] = top
        changes["countries"] = infer_countries(mentions, entities, top)
    if "countries" in data:
        changes["countries"] = _countries(data["countries"], entities, path)
    if "sides" in data:
        changes["sides"] = _sides(data["sides"], entities, path)
    out = replace(settings, **changes)
    from .figures.sides import Sides

    try:
        Sides(out.countries, out.sides).coloured
    except ValueError as exc:
        _fail(path, "sides" if "sides" in data else "countries", str(exc))
    return out


def _countries(value, entities: pd.DataFrame, path) -> tuple[tuple[str, str], ...]:
    names = country_names(entities)
    if isinstance(value, list):
        pairs = [(c, None) for c in value]
    elif isinstance(value, dict):
        pairs = list(value.items())
    else:
        _fail(path, "countries", f"must be a list of ISO 3166 alpha-3 codes or a map code -> side name, got {value!r}")
    out = []
    for code, name in pairs:
        if not isinstance(code, str) or not re.fullmatch(r"[A-Za-z]{3}", code):
            _fail(path, "countries", f"{code!r} is not an ISO 3166 alpha-3 country code (three letters)")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            _fail(path, "countries", f"the side name for {code} must be a non-empty string, got {name!r}")
        code = code.upper()
        out.append((code, name.strip() if name else names.get(code, code)))
    if len(out) > MAX_SIDES:
        _fail(path, "countries", f"at most {MAX_SIDES} countries can be coloured, got {len(out)}")
    return tuple(out)


def _sides(value, entities: pd.DataFrame, path) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        _fail(path, "sides", f"must be a map of entity id or name -> side, got {value!r}")
    index = _entity_index(entities)
    out = []
    for who, side in value.items():
        if not isinstance(side, str) or not side.strip():
            _fail(path, f"sides.{who}", f"the side must be a non-empty string, got {side!r}")
        eid = index.get(_str(who).lower())
        if eid is None:
            _fail(path, f"sides.{who}", "no entity of the corpus has this id, name or alias")
        out.append((eid, side.strip()))
    return tuple(sorted(out))


def load(path, tables: dict[str, pd.DataFrame], *, required: bool = False) -> CorpusSettings:
    """The inferred settings, overridden by the YAML file at ``path`` when it exists (a missing
    file is an error only when ``required``; ``path`` may be a corpus folder, then
    ``folder/dossier.yml`` is read)."""
    settings = infer(tables)
    if path is None:
        return settings
    path = Path(path)
    if path.is_dir():
        path = path / FILE_NAME
    if not path.exists() and not required:
        return settings
    return apply(settings, read_file(path), tables, path)
