"""Who took from whom: the direction of a shared passage, the kind of each publisher, and the
per-document lineage summary with its METER-style class.

Direction (one rule, in order):

1. both documents dated and on different days: the earlier one is the source (``earlier``);
2. same day: the kinds of publisher decide, in this order of precedence: an official release
   or record (press release, statement, parliamentary record) before wire copy, wire copy
   before an outlet crediting a wire, that before any other outlet (``press_release`` or
   ``wire`` after the source's kind);
3. otherwise the order is not decidable: ``same_day_undetermined`` (same day, same kind) or
   ``date_unknown`` (a date missing), and the passage is listed in both orientations.

METER classes (Gaizauskas et al. 2001; Clough et al. 2002, the corpus of Press Association
copy and UK newspapers): a document is ``wholly_derived`` when at least ``WHOLLY`` of its prose
(by characters, counting each sentence that holds a passage from a decided source) comes from
earlier documents, ``partially_derived`` from ``PARTIALLY``, else ``non_derived``.
"""

from __future__ import annotations

import re

WHOLLY = 0.8
PARTIALLY = 0.05

# Wire agencies: a generic lexicon of international news agencies (not of any corpus).
WIRE_AGENCIES = ("associated press", "press association", "reuters", "agence france-presse",
                 "agence france presse", "bloomberg news", "deutsche presse-agentur", "anadolu agency",
                 "agencia efe", "ansa", "kyodo", "xinhua", "united press international",
                 "canadian press", "australian associated press")
_WIRE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in WIRE_AGENCIES) + r")\b", re.I)
_WIRE_MARKER = re.compile(r"\((?:AP|AFP|PA|UPI|dpa|Reuters)\)|\b(?:AP|AFP|dpa)\s*[—–-]\s")
_CREDIT_WITH = re.compile(r"\((?:with|via|from|and)\s+[^)]*\)|^\s*(?:with|additional reporting by)\b", re.I)
_PRESS_RELEASE = re.compile(r"\b(?:press release|news release|press notice|media release|press statement|"
                            r"statement|announcement|factsheet|fact sheet)\b", re.I)
_OFFICIAL = re.compile(r"\b(?:ministry|department|government|office|agency|commission|council|embassy|"
                       r"authority|police|secretariat|presidency|cabinet)\b", re.I)
_PARLIAMENT = re.compile(r"\b(?:parliament|parliamentary|legislature|congress|senate|assembly|official report|"
                         r"written questions?|written statements?)\b", re.I)
_OUTLET = re.compile(r"\b(?:news|times|post|herald|journal|gazette|tribune|daily|chronicle|telegraph|"
                     r"observer|mail|express|broadcasting|radio|television|tv|magazine|press)\b", re.I)

KINDS = ("press_release", "parliament", "wire", "outlet", "other")
RANK = {"press_release": 0, "parliament": 0, "wire": 1, "wire_credited": 2, "outlet": 3, "other": 3}


def _f(row: dict, key: str) -> str:
    v = row.get(key)
    return "" if v is None or v != v else str(v)  # None / NaN / NA -> ''


def wire_credited(row: dict) -> bool:
    """The document says it carries wire copy: a wire agency in its credit, byline or publisher,
    or an agency marker such as "(AP)" at the start of its text."""
    fields = " ".join(_f(row, k) for k in ("credit", "byline", "publisher", "dateline"))
    return bool(_WIRE.search(fields) or _WIRE_MARKER.search(fields) or _WIRE_MARKER.search(_f(row, "text")[:400]))


def publisher_kind(row: dict) -> str:
    """press_release, parliament, wire, outlet or other, from the publisher, title, byline and
    credit fields (words of the kind, never names of particular publishers)."""
    publisher = _f(row, "publisher")
    title = _f(row, "title")
    if _PARLIAMENT.search(publisher):
        return "parliament"
    if _WIRE.search(publisher) and not _CREDIT_WITH.search(publisher):
        return "wire"
    if _PRESS_RELEASE.search(publisher) or _PRESS_RELEASE.search(title) or _OFFICIAL.search(publisher):
        return "press_release"
    if _OUTLET.search(publisher) or _f(row, "byline") or _f(row, "credit") or wire_credited(row):
        return "outlet"
    return "other"


def source_rank(row: dict) -> int:
    """0 official release or record, 1 wire, 2 outlet crediting a wire, 3 other: lower is the
    source on a same-day tie."""
    return _rank(row)


def _rank(row: dict) -> int:
    kind = publisher_kind(row)
    if kind == "outlet" and wire_credited(row):
        return RANK["wire_credited"]
    return RANK[kind]


def direction(a: dict, b: dict) -> tuple[str, int]:
    """(direction, source): source 0 when ``a`` is the source, 1 when ``b`` is, -1 when
    undecided; direction as in the module docstring."""
    da, db = _f(a, "published"), _f(b, "published")
    if da and db and da != db:
        return "earlier", 0 if da < db else 1
    if not (da and db):
        return "date_unknown", -1
    ra, rb = _rank(a), _rank(b)
    if ra == rb:
        return "same_day_undetermined", -1
    source = 0 if ra < rb else 1
    kind = publisher_kind(a if source == 0 else b)
    return ("press_release" if kind in ("press_release", "parliament") else "wire"), source


def meter_class(derived_share: float) -> str:
    if derived_share >= WHOLLY:
        return "wholly_derived"
    if derived_share >= PARTIALLY:
        return "partially_derived"
    return "non_derived"
