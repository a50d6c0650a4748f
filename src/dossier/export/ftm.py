"""The corpus as FollowTheMoney entities (JSON lines) for Aleph and other FtM tools.

Mapping, one choice per table:

- ``documents`` -> ``Document`` (title, source URL, publisher, publication date, body text,
  licence in ``notes``).
- ``entities`` -> by type and kind: PERSON -> ``Person``; ORG -> ``PublicBody`` when the kind
  names a state body (government, agency, department, ministry, court, legislature, police,
  armed forces, authority), ``Company`` for companies, else ``Organization``; GPE ->
  ``Territory`` (FtM's schema for countries and administrative areas; countries carry their ISO
  code); LOC and FAC -> ``Address`` (with coordinates); PRODUCT -> ``Vessel`` when the kind is a
  vessel, else ``Asset``; EVENT -> ``Event``; NORP -> ``LegalEntity``; LAW -> ``Project`` (FtM has no
  schema for a law or policy; Project, "an activity carried out by participants", is the
  nearest for the policies and programmes, and the kind is kept in ``description``). A type
  with no fitting schema is left out and named in the warnings.
- ``mentions`` -> one ``Documentation`` per (document, entity): FtM's ``Mention`` can only
  resolve to a LegalEntity, so places, vessels and laws could not be linked by it;
  Documentation links any Thing to the Document, with the surface forms and offsets.
- ``quotes`` with a speaker entity -> a ``Documentation`` with role ``quoted`` and the words.
- ``relations`` -> ``Payment`` for funds (payer, beneficiary, amount and currency from the
  linked quantity), ``Membership`` for part_of, ``Ownership`` for owns, each only where the two
  entities' schemata fit the FtM ranges (a Territory cannot be a payer); everything else is an
  ``UnknownLink`` with the predicate as ``role``. Every relation has the evidence as
  ``summary`` and the document as ``proof``.

Ids are ``make_id`` hashes of stable keys (entity_id, doc_id, offsets), so re-runs give the same
ids and the same bytes; lines are written in a fixed order with sorted keys.
"""

from __future__ import annotations

import json
import re
from pathlib import Path, PurePosixPath

import pandas as pd

from . import atomic_output, records, require

PUBLIC_WORDS = ("government", "agency", "department", "ministry", "court", "legislature", "parliament",
                "police", "armed forces", "border force", "authority", "council", "public body")
VESSEL_WORDS = ("vessel", "ship", "boat", "barge", "ferry")
NAMESPACE = "dossier"


def schema_name(entity: dict) -> str | None:
    """The FtM schema for an entities row, or None when no schema fits."""
    etype = (entity.get("type") or "").upper()
    kind = (entity.get("kind") or "").lower()
    if etype == "PERSON":
        return "Person"
    if etype == "ORG":
        if any(w in kind for w in PUBLIC_WORDS):
            return "PublicBody"
        if "company" in kind:
            return "Company"
        return "Organization"
    if etype == "GPE":
        return "Territory"
    if etype in ("LOC", "FAC"):
        return "Address"
    if etype == "PRODUCT":
        return "Vessel" if any(w in kind for w in VESSEL_WORDS) else "Asset"
    if etype == "EVENT":
        return "Event"
    if etype == "NORP":
        return "LegalEntity"
    if etype == "LAW":
        return "Project"
    return None


class _Builder:
    def __init__(self):
        from followthemoney import model

        self.model = model
        self.warnings: list[str] = []

    def make(self, schema: str, *id_parts) -> object:
        proxy = self.model.make_entity(schema)
        proxy.make_id(NAMESPACE, *id_parts)
        return proxy

    def add(self, proxy, prop: str, value, what: str) -> None:
        """Add a value; FtM drops a value it cannot clean (an unknown country code), so say so."""
        if value is None or value == "":
            return
        before = len(proxy.get(prop))
        proxy.add(prop, value)
        if len(proxy.get(prop)) == before and str(value) not in [str(v) for v in proxy.get(prop)]:
            self.warnings.append(f"{what}: {prop} value {value!r} is not valid in FtM, left out")


def _fits(model, schema: str, prop_schema: str, prop: str) -> bool:
    return model.get(schema).is_a(model.get(prop_schema).properties[prop].range)


def build(tables: dict[str, pd.DataFrame]) -> tuple[list[dict], list[str]]:
    """The FtM entities as dicts (``EntityProxy.to_dict()``) in output order, and warnings."""
    require(tables, ("documents", "entities"), "the FollowTheMoney export")
    b = _Builder()
    out: list[dict] = []

    docs: dict[str, object] = {}
    for d in records(tables["documents"].sort_values("doc_id", kind="mergesort")):
        p = b.make("Document", "document", d["doc_id"])
        what = f"document {d['doc_id']}"
        b.add(p, "fileName", PurePosixPath(d["file"]).name, what)
        b.add(p, "title", d.get("title") or d.get("headline"), what)
        b.add(p, "sourceUrl", d.get("url"), what)
        b.add(p, "publisher", d.get("publisher"), what)
        b.add(p, "publishedAt", d.get("published"), what)
        b.add(p, "author", d.get("byline"), what)
        b.add(p, "summary", d.get("standfirst"), what)
        b.add(p, "encoding", d.get("encoding"), what)
        b.add(p, "extension", d.get("format"), what)
        b.add(p, "bodyText", d.get("text"), what)
        if d.get("licence"):
            b.add(p, "notes", f"Licence: {d['licence']}", what)
        docs[d["doc_id"]] = p
        out.append(p.to_dict())

    ents: dict[str, object] = {}
    unmapped: dict[str, list[str]] = {}
    for e in records(tables["entities"].sort_values("entity_id", kind="mergesort")):
        schema = schema_name(e)
        if schema is None:
            unmapped.setdefault(e.get("type") or "?", []).append(e["entity_id"])
            continue
        p = b.make(schema, "entity", e["entity_id"])
        what = f"entity {e['entity_id']}"
        b.add(p, "name", e["name"], what)
        for alias in (e.get("aliases") or "").split("|"):
            if alias.strip() and alias.strip() != e["name"]:
                b.add(p, "alias", alias.strip(), what)
        b.add(p, "description", e.get("kind"), what)
        b.add(p, "wikidataId", e.get("wikidata"), what)
        if e.get("country"):
            b.add(p, "flag" if schema == "Vessel" else "country", e["country"], what)
            if schema == "Territory" and (e.get("kind") or "").lower() == "country":
                b.add(p, "territoryCode", e["country"], what)
        if schema == "Address":
            b.add(p, "full", e["name"], what)
            if e.get("lat") is not None and e.get("lon") is not None:
                b.add(p, "latitude", e["lat"], what)
                b.add(p, "longitude", e["lon"], what)
        ents[e["entity_id"]] = p
        out.append(p.to_dict())
    for etype, ids in sorted(unmapped.items()):
        b.warnings.append(f"{len(ids)} entities of type {etype} have no FtM schema, left out: {', '.join(ids)}")

    if "mentions" in tables:
        out.extend(_documentation(b, tables["mentions"], docs, ents))
    if "quotes" in tables:
        out.extend(_quoted(b, tables["quotes"], docs, ents))
    if "relations" in tables:
        out.extend(_relations(b, tables, docs, ents))
    return out, b.warnings


def _documentation(b: _Builder, mentions: pd.DataFrame, docs: dict, ents: dict) -> list[dict]:
    out = []
    m = mentions.sort_values(["doc_id", "entity_id", "start", "end"], kind="mergesort")
    skipped = 0
    for (doc_id, entity_id), group in m.groupby(["doc_id", "entity_id"], sort=True):
        if doc_id not in docs or entity_id not in ents:
            skipped += len(group)
            continue
        rows = records(group)
        p = b.make("Documentation", "mentioned", doc_id, entity_id)
        p.add("document", docs[doc_id].id)
        p.add("entity", ents[entity_id].id)
        p.add("role", "mentioned")
        forms = list(dict.fromkeys(r["text"] for r in rows))
        p.add("summary", f"{len(rows)} mention{'s' if len(rows) != 1 else ''}: " + "; ".join(forms))
        p.add("description", "offsets in the document text: "
              + ", ".join(f"{r['start']}-{r['end']}" for r in rows))
        out.append(p.to_dict())
    if skipped:
        b.warnings.append(f"{skipped} mentions name a document or entity that is not exported, "
                          "left out of the Documentation links")
    return out


def _quoted(b: _Builder, quotes: pd.DataFrame, docs: dict, ents: dict) -> list[dict]:
    """One Documentation (role ``quoted``) per quote whose speaker is an entity: the words in
    ``summary``, so Aleph shows what each actor is quoted as saying, and where."""
    out = []
    skipped = 0
    for q in records(quotes.sort_values(["doc_id", "start", "end"], kind="mergesort")):
        speaker = q.get("speaker_entity_id")
        if speaker is None:
            continue  # unattributed quotes stay in the Document's text
        if q["doc_id"] not in docs or speaker not in ents:
            skipped += 1
            continue
        p = b.make("Documentation", "quoted", q["doc_id"], q["start"], q["end"])
        p.add("document", docs[q["doc_id"]].id)
        p.add("entity", ents[speaker].id)
        p.add("role", "quoted")
        p.add("summary", q["quote"])
        p.add("description", f"{q['kind']} quote at offsets {q['start']}-{q['end']}"
              + (f", cue: {q['cue']}" if q.get("cue") else ""))
        out.append(p.to_dict())
    if skipped:
        b.warnings.append(f"{skipped} quotes name a document or speaker that is not exported, "
                          "left out of the Documentation links")
    return out


def _amounts(quantities: pd.DataFrame | None) -> dict[tuple[str, int], dict]:
    """Quantities by (doc_id, start): how a funds relation names its amount."""
    if quantities is None:
        return {}
    return {(q["doc_id"], q["start"]): q for q in records(quantities)}


def _relations(b: _Builder, tables: dict, docs: dict, ents: dict) -> list[dict]:
    model = b.model
    out = []
    amounts = _amounts(tables.get("quantities"))
    key = ["doc_id", "start", "end", "predicate", "subject_entity_id", "object_entity_id"]
    skipped = []
    for r in records(tables["relations"].sort_values(key, kind="mergesort")):
        subj, obj = ents.get(r["subject_entity_id"]), ents.get(r["object_entity_id"])
        if subj is None or obj is None or r["doc_id"] not in docs:
            skipped.append(f"{r['doc_id']}:{r['start']} {r['predicate']}")
            continue
        s_schema, o_schema = subj.schema.name, obj.schema.name
        pred = r["predicate"]
        id_parts = ("relation", r["doc_id"], r["start"], r["end"], pred, r["subject_entity_id"], r["object_entity_id"])
        if pred == "funds" and _fits(model, s_schema, "Payment", "payer") and _fits(model, o_schema, "Payment", "beneficiary"):
            p = b.make("Payment", *id_parts)
            p.add("payer", subj.id)
            p.add("beneficiary", obj.id)
            q = amounts.get((r["doc_id"], r.get("quantity_start")))
            if q is not None and q.get("value") is not None:
                p.add("amount", q["value"])
                if q.get("unit") and re.fullmatch(r"[A-Z]{3}", q["unit"]):
                    p.add("currency", q["unit"])
            if r.get("quantity_text"):
                p.add("description", f"amount as written: {r['quantity_text']}")
        elif pred == "part_of" and _fits(model, s_schema, "Membership", "member") and _fits(model, o_schema, "Membership", "organization"):
            p = b.make("Membership", *id_parts)
            p.add("member", subj.id)
            p.add("organization", obj.id)
            p.add("role", pred)
        elif pred == "owns" and _fits(model, s_schema, "Ownership", "owner") and _fits(model, o_schema, "Ownership", "asset"):
            p = b.make("Ownership", *id_parts)
            p.add("owner", subj.id)
            p.add("asset", obj.id)
            p.add("role", pred)
        else:
            p = b.make("UnknownLink", *id_parts)
            p.add("subject", subj.id)
            p.add("object", obj.id)
            p.add("role", pred)
            if pred == "funds" and r.get("quantity_text"):
                p.add("description", f"amount as written: {r['quantity_text']}")
        p.add("summary", r["evidence"])
        p.add("proof", docs[r["doc_id"]].id)
        out.append(p.to_dict())
    if skipped:
        b.warnings.append(f"{len(skipped)} relations name an entity or document that is not exported, "
                          "left out: " + ", ".join(skipped))
    return out


def dumps(entity: dict) -> str:
    return json.dumps(entity, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def write_ftm(tables: dict[str, pd.DataFrame], path: str | Path, *, force: bool = False) -> dict:
    """Write the entities as JSON lines (one ``EntityProxy.to_dict()`` per line)."""
    entities, warnings = build(tables)
    with atomic_output(path, force) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for e in entities:
                f.write(dumps(e) + "\n")
    counts: dict[str, int] = {}
    for e in entities:
        counts[e["schema"]] = counts.get(e["schema"], 0) + 1
    return {"entities": len(entities), "schemata": dict(sorted(counts.items())), "warnings": warnings}


__all__ = ["build", "write_ftm", "schema_name"]
