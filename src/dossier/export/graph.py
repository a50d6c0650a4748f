"""The entity–relation network for Gephi (GEXF) and other graph tools (GraphML): one node per
entity (name, type, kind, country, side, mention and document counts, coordinates for
places), one directed edge per relation row (predicate, evidence, document, offsets, amount
for funding). Several relations between the same two entities stay several edges (a
multigraph), each with its own evidence.

Deterministic: nodes sorted by entity_id, edges by the relations key, edge ids derived from
that key, no writer timestamps (networkx's GEXF writer stamps ``lastmodifieddate`` with
today's date; it is removed).
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path

import networkx as nx
import pandas as pd

from . import ExportError, atomic_output, records, require

# Kinds that put an entity on a side of their own whatever its country.
MEDIA_WORDS = ("news", "newspaper", "broadcaster", "media", "website", "magazine", "publisher")
POLITICS_WORDS = ("political party", "party", "legislature", "parliament", "committee")
NON_STATE_WORDS = ("company", "non-governmental", "ngo", "charity", "international organi",
                   "vessel", "continent", "sea", "ocean", "treaty")


def default_side(kind: str | None, country: str | None) -> str:
    """A simple, corpus-neutral rule: media, then parliament & parties, then non-state actors
    and places beyond states ("other"), else the entity's country code (ISO 3166-1 alpha-3)
    so that everything of one state is one side, else "other"."""
    k = (kind or "").lower()
    if any(w in k for w in MEDIA_WORDS):
        return "media"
    if any(w in k for w in POLITICS_WORDS):
        return "parliament & parties"
    if any(w in k for w in NON_STATE_WORDS):
        return "other"
    c = (country or "").upper()
    return c if re.fullmatch(r"[A-Z]{3}", c) else "other"


def side_of(entity: Mapping, sides: Mapping[str, str] | None = None,
            country_sides: Mapping[str, str] | None = None) -> str:
    """The entity's side: ``sides[entity_id]`` if given, else the default rule, with its
    country code replaced by ``country_sides[code]`` if given (e.g. {"XYZ": "Xland"})."""
    if sides and entity.get("entity_id") in sides:
        return sides[entity["entity_id"]]
    s = default_side(entity.get("kind"), entity.get("country"))
    return (country_sides or {}).get(s, s)


NODE_ATTRS = (("type", str), ("kind", str), ("country", str), ("wikidata", str), ("lat", float),
              ("lon", float), ("curated", bool), ("n_mentions", int), ("n_docs", int))
# (table column, attribute name, type). GEXF reserves ``start``/``end`` for time intervals, so
# the evidence offsets are renamed.
EDGE_ATTRS = (("doc_id", "doc_id", str), ("start", "evidence_start", int), ("end", "evidence_end", int),
              ("evidence", "evidence", str), ("trigger", "trigger", str), ("sentence", "sentence", int),
              ("quantity_text", "amount", str))


def build_graph(tables: dict[str, pd.DataFrame], sides: Mapping[str, str] | None = None,
                country_sides: Mapping[str, str] | None = None) -> tuple[nx.MultiDiGraph, list[str]]:
    """The network and a list of warnings (relations naming an entity the entities table does
    not have: the node is kept, marked ``unknown``)."""
    require(tables, ("entities", "relations"), "the network export")
    warnings: list[str] = []
    g = nx.MultiDiGraph()
    for e in records(tables["entities"].sort_values("entity_id", kind="mergesort")):
        attrs = {"label": e["name"], "side": side_of(e, sides, country_sides)}
        for col, cast in NODE_ATTRS:
            if e.get(col) is not None:
                attrs[col] = cast(e[col])
        g.add_node(e["entity_id"], **attrs)
    rel = tables["relations"]
    key = ["doc_id", "start", "end", "predicate", "subject_entity_id", "object_entity_id"]
    unknown: set[str] = set()
    for r in records(rel.sort_values(key, kind="mergesort")):
        for end in (r["subject_entity_id"], r["object_entity_id"]):
            if end not in g:
                unknown.add(end)
                g.add_node(end, label=end, side="other", unknown=True)
        edge_id = f"{r['doc_id']}:{r['start']}-{r['end']}:{r['predicate']}:{r['subject_entity_id']}>{r['object_entity_id']}"
        attrs = {"id": edge_id, "label": r["predicate"], "predicate": r["predicate"]}
        for col, attr, cast in EDGE_ATTRS:
            if r.get(col) is not None:
                attrs[attr] = cast(r[col])
        g.add_edge(r["subject_entity_id"], r["object_entity_id"], key=edge_id, **attrs)
    if unknown:
        warnings.append(f"relations name {len(unknown)} entities missing from the entities table: "
                        + ", ".join(sorted(unknown)))
    return g, warnings


def gexf_bytes(g: nx.MultiDiGraph) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    data = re.sub(rb' lastmodifieddate="[^"]*"', b"", buf.getvalue(), count=1)
    return data


def graphml_bytes(g: nx.MultiDiGraph) -> bytes:
    # GraphML takes the edge id from the multigraph key; the ``id`` attribute (GEXF's edge id)
    # would only repeat it. Key ids stay networkx's d0, d1, ...: named ids would clash where a
    # node and an edge attribute share a name (``label``).
    g = g.copy()
    for _, _, data in g.edges(data=True):
        data.pop("id", None)
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    data = buf.getvalue()
    # networkx writes Python's True/False; XML Schema booleans (GraphML's) are true/false.
    for key in re.findall(rb'<key id="([^"]+)" for="[a-z]+" attr.name="[^"]*" attr.type="boolean"', data):
        for py, xml in ((b"True", b"true"), (b"False", b"false")):
            data = data.replace(b'<data key="' + key + b'">' + py + b"</data>", b'<data key="' + key + b'">' + xml + b"</data>")
    return data


FORMATS = {"gexf": gexf_bytes, "graphml": graphml_bytes}


def write_graph(tables: dict[str, pd.DataFrame], path: str | Path, fmt: str, *, force: bool = False,
                sides: Mapping[str, str] | None = None, country_sides: Mapping[str, str] | None = None) -> dict:
    if fmt not in FORMATS:
        raise ExportError(f"unknown graph format {fmt!r} (use {' or '.join(FORMATS)})")
    g, warnings = build_graph(tables, sides, country_sides)
    data = FORMATS[fmt](g)
    with atomic_output(path, force) as tmp:
        Path(tmp).write_bytes(data)
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "warnings": warnings}
