"""Entity linking (``entity-linking-dev``): named-entity mentions, their types and their
Wikidata ids, in news (Reuters-128, MSNBC-updated, as distributed by ELEVANT).

Items are the articles of ``reuters-128.benchmark.jsonl`` and ``msnbc-updated.benchmark.jsonl``,
id = ``<benchmark>/<record id>``. Gold = the root labels (no ``parent``) inside the record's
``evaluation_span``, including ``<NIL>`` and ``<NO_MAPPING>`` ones (named mentions without a
Wikidata item); the texts carry no date.

Scores:

- **mentions, strict span F1**: a system mention is right when its ``(start, end)`` equals a
  gold label's span. System mentions = our ``mentions`` rows with a named label (``NAMED``:
  numeric OntoNotes labels such as DATE or MONEY are not named entities) inside the span.
- **type accuracy**: over strictly matched mentions whose gold type maps to OntoNotes
  (:func:`gold_labels`), our type is in the mapped set. Our type = the entity's type in
  ``doc_entities`` when the mention is linked, else the mention label; spaCy: the label.
- **linking**: over strictly matched gold mentions with a Wikidata id, the Wikidata id of our
  entity (``doc_entities.wikidata``, from ``data/reference/entities.csv``) — *precision* where
  we give one, *recall* over all of them.

ELEVANT type (Wikidata classes, ``|``-joined) → OntoNotes labels, first rule that applies:
person Q215627 → PERSON; geographic entity Q27096213 with organization Q43229 → GPE, ORG or FAC (ELEVANT gives
this pair to countries and cities but also to universities, hospitals and airports, so the
three are accepted); geographic entity alone → GPE, LOC or FAC; organization Q43229 → ORG; creative work
Q17537576 → WORK_OF_ART; event Q1656682 → EVENT; product Q2424752 → PRODUCT; brand Q431289 →
ORG or PRODUCT; human population Q33829 / religious identity Q4392985 → NORP; languoid
Q17376908 → LANGUAGE; anything else (``OTHER``, position Q4164871, ...) → not scored for type.

Nationalities and religious or political groups (OntoNotes NORP: "American", "Iraqi", "Hindu")
are not a kind of mention this gold annotates (5 of the 1,339 DEV gold mentions, while about
90 demonyms stand in the DEV texts unannotated), so NORP is not scored: system mentions
labelled NORP (ours and the peer's alike) and gold mentions whose type maps to NORP only are
left out of every measure.

At the end of a sentence the period of a shortened word that ends a name ("Corp.", "Inc.",
"Ore."; not an initialism such as "N.J.") is the sentence's full stop in this gold, not part of
the name ("... merge with [Erskine Resources Ltd]. Terms were": 18 of the 20 such DEV gold
mentions), so a system mention ending so before the end of its sentence (a line break, the end
of the text, or a space then a capital or a quote) is scored without that period
(:func:`sentence_final`) unless the span with the period is itself a gold span (the other 2 of
20), ours and the peer's alike.

Peer: plain spaCy (``dossier.nlp.load_model()``, the same pinned model) entities with the same
named labels, no linking, same scorer.
"""

from __future__ import annotations

import json
import re

from .common import Report, dataset, snippet

NAME = "entity_linking"
FOLDER = "entity-linking-dev"
PEER = "spacy"
FILES = ("reuters-128", "msnbc-updated")
NAMED = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
UNSCORED = frozenset({"NORP"})  # not annotated by this gold (module doc)
SHORTENED = re.compile(r"(?<![.\w])[A-Za-z]{2,}\.$")  # "Corp.", "Ore.", not "N.J." nor "U.S."
SENTENCE_END = re.compile(r"[ \t]*(?:\n|$)|\s+[A-Z\"“(]")

PERSON, ORGANIZATION, GEO = "Q215627", "Q43229", "Q27096213"
TYPE_RULES: tuple[tuple[frozenset, frozenset], ...] = (
    (frozenset({PERSON}), frozenset({"PERSON"})),
    (frozenset({GEO, ORGANIZATION}), frozenset({"GPE", "ORG", "FAC"})),
    (frozenset({GEO}), frozenset({"GPE", "LOC", "FAC"})),
    (frozenset({ORGANIZATION}), frozenset({"ORG"})),
    (frozenset({"Q17537576"}), frozenset({"WORK_OF_ART"})),
    (frozenset({"Q1656682"}), frozenset({"EVENT"})),
    (frozenset({"Q2424752"}), frozenset({"PRODUCT"})),
    (frozenset({"Q431289"}), frozenset({"ORG", "PRODUCT"})),
    (frozenset({"Q33829"}), frozenset({"NORP"})),
    (frozenset({"Q4392985"}), frozenset({"NORP"})),
    (frozenset({"Q17376908"}), frozenset({"LANGUAGE"})),
)


def gold_labels(elevant_type: str) -> frozenset:
    """The OntoNotes labels an ELEVANT type string stands for (empty: not scored for type)."""
    classes = set((elevant_type or "").split("|"))
    for need, labels in TYPE_RULES:
        if need <= classes:
            return labels
    return frozenset()


def load() -> list[dict]:
    root = dataset(FOLDER)
    items = []
    for name in FILES:
        with open(root / f"{name}.benchmark.jsonl", encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                lo, hi = rec.get("evaluation_span") or (0, len(rec["text"]))
                gold = [{"start": lab["span"][0], "end": lab["span"][1], "qid": lab["entity_id"],
                         "name": lab.get("name"), "type": lab.get("type", "")}
                        for lab in rec["labels"] if lab.get("parent") is None
                        and lo <= lab["span"][0] and lab["span"][1] <= hi]
                items.append({"id": f"{name}/{rec['id']}", "text": rec["text"], "published": None,
                              "gold": {"span": (lo, hi), "labels": gold}})
    return items


def ours(items: list[dict], tables: list[dict]) -> list[list[dict]]:
    from ... import reference

    ref = reference.load()
    out = []
    for tab in tables:
        ents = {e["entity_id"]: e for e in tab.get("doc_entities", [])}
        rows = []
        for m in tab.get("mentions", []):
            if m["label"] not in NAMED:
                continue
            eid = m.get("entity_id")
            ent = ents.get(eid) if eid else None
            qid = (ent or {}).get("wikidata")
            if not qid and eid and eid in getattr(ref, "entities", {}):
                qid = getattr(ref.entities[eid], "wikidata", None)
            rows.append({"start": m["start"], "end": m["end"], "label": m["label"],
                         "type": (ent or {}).get("type") or m["label"], "qid": qid or None,
                         "entity_id": eid})
        out.append(rows)
    return out


def peer(items: list[dict]) -> tuple[list[list[dict]], list[str]]:
    from ... import nlp

    model = nlp.load_model()
    out = []
    for doc in model.pipe(i["text"] for i in items):
        out.append([{"start": e.start_char, "end": e.end_char, "label": e.label_, "type": e.label_,
                     "qid": None, "entity_id": None} for e in doc.ents if e.label_ in NAMED])
    return out, []


def sentence_final(text: str, start: int, end: int) -> int:
    """The end of a mention scored against this gold: before a final abbreviation period that
    also ends the sentence (module doc)."""
    if SHORTENED.search(text, start, end) and SENTENCE_END.match(text, end):
        return end - 1
    return end


def span_class(text: str, r: dict, g: dict) -> str:
    """How our span differs from the overlapping gold one, for grouping failures."""
    ours_t = text[r["start"]:r["end"]]
    if r["start"] < g["start"] and ours_t.lower().startswith(("the ", "a ")):
        return "span: ours adds a leading article"
    if ours_t.endswith(("'s", "’s")) and r["end"] > g["end"]:
        return "span: ours keeps the possessive 's"
    if r["start"] <= g["start"] and r["end"] >= g["end"]:
        return "span: ours longer (title, role or neighbouring name glued on)"
    if r["start"] >= g["start"] and r["end"] <= g["end"]:
        return "span: ours shorter (a longer name split or cut)"
    return "span: crossing boundaries"


def score(items: list[dict], preds: list[list[dict]], system: str, split: str) -> Report:
    rep = Report(NAME, system, split, len(items))
    spans, types = rep.f1("mentions, strict span F1"), rep.ratio("type accuracy")
    link_p, link_r = rep.ratio("linking precision (Wikidata id given)"), rep.ratio("linking recall (gold Wikidata ids)")
    for item, rows in zip(items, preds):
        text = item["text"]
        lo, hi = item["gold"]["span"]
        gold = {(g["start"], g["end"]): g for g in item["gold"]["labels"]
                if not (gold_labels(g["type"]) and gold_labels(g["type"]) <= UNSCORED)}
        # the final period rule applies only where the span as given is not a gold span itself
        rows = [r if (r["start"], r["end"]) in gold else {**r, "end": sentence_final(text, r["start"], r["end"])}
                for r in rows if lo <= r["start"] and r["end"] <= hi and r["label"] not in UNSCORED]
        mine = {(r["start"], r["end"]): r for r in rows}
        for r in rows:
            spans.pred += 1
            hit = (r["start"], r["end"]) in gold
            spans.pred_hits += hit
            if not hit:
                near = [g for (s, e), g in gold.items() if s < r["end"] and r["start"] < e]
                cls = span_class(text, r, near[0]) if near else f"spurious mention: {r['label']}"
                rep.error(cls, item["id"], snippet(text, r["start"], r["end"], 30),
                          f"{r['label']}" + (f"; gold {[text[g['start']:g['end']] for g in near]}" if near else ""))
        for key, g in gold.items():
            spans.gold += 1
            r = mine.get(key)
            spans.gold_hits += r is not None
            snip = snippet(text, g["start"], g["end"], 30)
            if r is None:
                if not any(s < g["end"] and g["start"] < e for s, e in mine):
                    rep.error("mention missed", item["id"], snip, g["type"])
                continue
            want = gold_labels(g["type"])
            if want:
                ok = r["type"] in want
                types.add(ok)
                if not ok:
                    rep.error(f"type {r['type']} for {'/'.join(sorted(want))}", item["id"], snip, g["name"] or "")
            if g["qid"].startswith("Q"):
                link_r.add(r["qid"] == g["qid"])
                if r["qid"]:
                    link_p.add(r["qid"] == g["qid"])
                    if r["qid"] != g["qid"]:
                        rep.error("linked to the wrong Wikidata item", item["id"], snip, f"{r['qid']} for {g['qid']} {g['name']}")
            elif r["qid"]:
                rep.error("linked where gold has no Wikidata item", item["id"], snip, f"{r['qid']} for {g['qid']}")
    return rep
