"""Facts from a wiki page's infobox ("Location: Springfield, Illinois, United States", "Owner:
Acme Shipping", "Capacity: 1,000"): the values a researcher looks up first, kept with their field as
provenance. Ingestion (``layout.py``) already takes the infobox lines out of the text into the
document's ``fields["infobox"]``; this module turns each line into one row.

Why a table of its own: infobox values are not prose, so the parse-based extractors never see
them; and they carry the page's most basic relations (where a thing is, who owns or runs it, its
parent body) in a fixed vocabulary of field names.

Each value is first cleaned of wiki markup (``<noinclude>``, ``<ref>``, ``{{templates}}``,
``[[links|labels]]``, template parameters such as ``| mapframe-zoom = 6``; :func:`clean_value`),
in one pass over the value. Then, by its field name:

| field (case-insensitive) | predicate | value read as |
|---|---|---|
| location, locale, city, address, site, country, region, state, town | located_in | a place |
| headquarters, hq, head office | headquartered_in | a place |
| owner, owners, owned by | owned_by | an entity |
| operator, operated by, manager, management | operated_by | an entity |
| parent, parent organisation/organization/agency/company/department | parent_organisation | an entity |
| port of registry, flag | registered_in | a place |
| image, caption, display title, map, logo, ... | — | presentation (kept, not read) |
| any other field whose value starts with a number | — | number + unit |

A place or entity value is linked part by part ("Paris, Lamar County, United States" → Paris,
Lamar County, United States, most specific first): the curated reference table, then the document's own
mentions; a place's GeoNames id comes from :mod:`dossier.geo`. The subject of every relation is
the page's own entity (the entity named by a ``name``-like field, else the document's first
mention). A value that is nothing but markup is kept as a row of kind ``markup`` with an empty
value, so it is visible, not silently dropped.
"""

from __future__ import annotations

import re

from ..schema import F, I, S, _t
from ..text import norm

INFOBOX_FACTS = _t(
    "infobox_facts",
    "One row per infobox line of a wiki page: the field (provenance), its value without wiki markup, and what it was read as.",
    ("doc_id", "field"),
    ("doc_id", S, "Document.", False),
    ("field", S, "The infobox field, as written (the provenance of the fact).", False),
    ("value", S, "The value without wiki markup; empty when it was nothing but markup (kind `markup`).", False),
    ("raw", S, "The value as ingested, markup included.", False),
    ("kind", S, "place, entity, name (the page's own name), number, text, presentation (image, caption ...: not read) or markup (nothing left).", False),
    ("predicate", S, "located_in, headquartered_in, owned_by, operated_by, parent_organisation or registered_in, when the field states a relation."),
    ("subject_entity_id", S, "The page's own entity, for a relation."),
    ("object_entity_id", S, "The entity or place the value names (most specific part that links)."),
    ("geonames_id", I, "GeoNames id of the place the value names, if known."),
    ("number", F, "For kind number: the leading number of the value (\"1,000 people\" → 1000)."),
    ("unit", S, "For kind number: the words after the number, if any."),
)

PLACE_FIELDS = {"location", "locale", "city", "address", "site", "country", "region", "state", "town"}
FIELD_PREDICATES = {
    **{f: ("located_in", "place") for f in PLACE_FIELDS},
    "headquarters": ("headquartered_in", "place"), "hq": ("headquartered_in", "place"),
    "head office": ("headquartered_in", "place"),
    "owner": ("owned_by", "entity"), "owners": ("owned_by", "entity"), "owned by": ("owned_by", "entity"),
    "operator": ("operated_by", "entity"), "operators": ("operated_by", "entity"),
    "operated by": ("operated_by", "entity"), "manager": ("operated_by", "entity"),
    "management": ("operated_by", "entity"),
    "parent": ("parent_organisation", "entity"), "parent organisation": ("parent_organisation", "entity"),
    "parent organization": ("parent_organisation", "entity"), "parent agency": ("parent_organisation", "entity"),
    "parent company": ("parent_organisation", "entity"), "parent department": ("parent_organisation", "entity"),
    "port of registry": ("registered_in", "place"), "flag": ("registered_in", "place"),
}
PRESENTATION_FIELDS = {"image", "image size", "image_size", "caption", "alt", "display title", "map",
                       "map caption", "mapframe", "logo", "logo caption", "signature", "module", "embed",
                       "pushpin map", "coordinates", "coords"}
NAME_FIELDS = ("name", "official name")

# Templates whose first parameter is the text a reader sees ("{{nowrap|Acme Shipping}}").
SHOWING_TEMPLATES = {"nowrap", "nobr", "small", "big", "flag", "flagcountry", "flagu", "lang", "nowrap begin",
                     "abbr", "ubl", "unbulleted list", "plainlist", "hlist", "sic"}
# Elements whose content is not part of the value a reader sees.
HIDDEN = re.compile(r"<(noinclude|includeonly|ref|!--)[^>]*?/>|<(noinclude|includeonly|ref)\b[^>]*>.*?</\2\s*>|<!--.*?-->",
                    re.S | re.I)
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
FILE_LINK = re.compile(r"\[\[(?:File|Image):[^\]]*\]\]", re.I)
LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]")
EXTERNAL = re.compile(r"\[(?:https?:)?//\S+\s*([^\]]*)\]")
PARAMETER = re.compile(r"^\s*\|\s*[\w -]+=")  # "| mapframe-zoom = 6": a template parameter, not a value
NUMBER = re.compile(r"^[~≈c.\s]*([£$€]?)\s*(\d[\d,]*(?:\.\d+)?)\s*(million|billion|bn|m)?\b\s*(.*)$", re.I)
SCALE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9}


def _templates(value: str) -> str:
    """``value`` with each ``{{...}}`` (nested too) replaced by the text it shows: the first
    parameter of a showing template, "222 ft" for ``{{convert|222|ft|m}}``, nothing for the rest.
    One pass with a stack of open templates, so linear in the length of the value."""
    out: list[list[str]] = [[]]
    i, n = 0, len(value)
    while i < n:
        if value.startswith("{{", i):
            out.append([])
            i += 2
        elif value.startswith("}}", i) and len(out) > 1:
            parts = "".join(out.pop()).split("|")
            name = parts[0].strip().lower()
            shown = ""
            if name == "convert" and len(parts) >= 3:
                shown = f"{parts[1].strip()} {parts[2].strip()}"
            elif name in SHOWING_TEMPLATES and len(parts) >= 2:
                shown = ", ".join(p.strip() for p in parts[1:] if p.strip() and "=" not in p)
            out[-1].append(shown)
            i += 2
        else:
            out[-1].append(value[i])
            i += 1
    while len(out) > 1:  # an unclosed "{{": the rest is markup
        out.pop()
    return "".join(out[0])


def clean_value(raw: str) -> str:
    """The value a reader of the page sees, without wiki markup."""
    if PARAMETER.match(raw):
        return ""
    v = HIDDEN.sub("", raw)
    v = FILE_LINK.sub("", v)
    v = LINK.sub(r"\1", v)  # before templates: a link's "|" is not a template's
    v = _templates(v)
    v = EXTERNAL.sub(r"\1", v)
    v = TAG.sub("", v)
    v = v.replace("'''", "").replace("''", "").replace("&nbsp;", " ").replace("{{", "").replace("}}", "")
    v = re.sub(r"\s+", " ", v).strip(" ,;|")
    return "" if PARAMETER.match(v) or v.startswith("|") else v


def _number(value: str):
    """The leading number of a value and the words after it ("1,000 people" → 1000, "people")."""
    m = NUMBER.match(value)
    if not m:
        return None, None
    try:
        x = float(m.group(2).replace(",", ""))
    except ValueError:
        return None, None
    scale, rest = m.group(3), m.group(4)
    if scale and (m.group(1) or len(scale) > 2):  # "£5m" is millions; "93 m" is metres
        x *= SCALE[scale.lower()]
    elif scale:
        rest = f"{scale} {rest}"
    rest = rest.split("(")[0].strip(" .,;")  # "£1.6 million (2023)": the year is not the unit
    unit = " ".join(p for p in (m.group(1), rest) if p) or None
    return x, unit


def facts(infobox: dict, names: dict[str, str], ref, place_lookup=None, subject: str | None = None) -> list[dict]:
    """Rows for one document's infobox (``{field: value}``). ``names``: the document's mention
    texts (normalised) → entity id; ``ref``: the reference table; ``place_lookup(surface)``: a
    GeoNames place or None; ``subject``: the page's entity when known (else from a name field)."""
    if not isinstance(infobox, dict):
        raise TypeError(f"infobox fields must be a mapping of field to value, not {type(infobox).__name__}")
    cleaned = {str(k): clean_value(str(v)) for k, v in infobox.items()}
    if subject is None:
        subject = page_entity(infobox, names, ref)
    rows = []
    for field_, value in sorted(cleaned.items()):
        key = " ".join(field_.lower().replace("_", " ").split())
        row = dict(field=field_, value=value, raw=str(infobox[field_]), kind="text", predicate=None,
                   subject_entity_id=None, object_entity_id=None, geonames_id=None, number=None, unit=None)
        rows.append(row)
        if key in PRESENTATION_FIELDS:
            row["kind"] = "presentation"
            continue
        if not value:
            row["kind"] = "markup"
            continue
        if key in FIELD_PREDICATES:
            pred, kind = FIELD_PREDICATES[key]
            row["kind"] = kind
            parts = [p.strip() for p in value.split(",") if p.strip()]
            obj = next((e for e in (_link(p, names, ref) for p in parts) if e is not None and e != subject), None)
            place = _place(parts, place_lookup) if place_lookup is not None and kind == "place" else None
            row.update(object_entity_id=obj, geonames_id=place.geonameid if place is not None else None)
            if obj is not None and subject is not None:
                row.update(predicate=pred, subject_entity_id=subject)
            continue
        if key.endswith(NAME_FIELDS):
            row.update(kind="name", object_entity_id=_link(value, names, ref))
            continue
        number, unit = _number(value)
        if number is not None:
            row.update(kind="number", number=number, unit=unit)
    return rows


def _place(parts: list[str], place_lookup):
    """The GeoNames place of the most specific part of "Paris, Lamar County, United States" that
    GeoNames knows and that lies in the country the value ends with, if it names one (GeoNames'
    "Paris" is the French capital; this Paris is in the United States)."""
    found = [place_lookup(p) for p in parts]
    last = found[-1] if found else None
    country = last.country if last is not None and last.kind == "country" else None
    return next((pl for pl in found if pl is not None and (country is None or pl.country == country)), None)


def _link(surface: str, names: dict[str, str], ref) -> str | None:
    """The entity a value part names: the curated reference table first, else the document's
    own mention of the same words."""
    found = ref.lookup(surface) if ref is not None else None
    if found is not None:
        return found[0].entity_id
    return names.get(norm(surface))


def extract(ctx) -> list[dict]:
    """Rows for the document of ``ctx`` (its ``fields["infobox"]``; none for a page without
    one). The page's entity: the one a name field links to, else that of the first mention in the
    text (a wiki page opens with its subject)."""
    infobox = ((getattr(ctx, "fields", None) or {}).get("infobox")) or {}
    if not infobox:
        return []
    from .. import geo

    doc = ctx.doc
    names: dict[str, str] = {}
    for m in ctx.mentions:
        if m.entity_id:
            names.setdefault(norm(doc[m.start:m.end].text), m.entity_id)
    subject = page_entity(infobox, names, ctx.ref) or next((m.entity_id for m in ctx.mentions if m.entity_id), None)
    return facts(infobox, names, ctx.ref, geo.lookup, subject)


def page_entity(infobox: dict, names: dict[str, str], ref) -> str | None:
    """The entity a name-like field of the infobox ("Name", "Prison Name") links to."""
    for k, v in infobox.items():
        value = clean_value(str(v))
        if value and " ".join(str(k).lower().replace("_", " ").split()).endswith(NAME_FIELDS):
            found = _link(value, names, ref)
            if found is not None:
                return found
    return None
