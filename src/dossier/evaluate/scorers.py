"""Scoring the pipeline's tables against the hand annotations, with the matching rules of
``tests/gold/README.md``.

Counts are summed over documents (micro-averages). Every score comes with the counts it was
computed from, and :func:`errors` lists the misses and false hits so they can be read.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from ..extract.relations import SYMMETRIC
from ..reference import family
from ..text import norm
from .gold import DURATION_UNITS, NUMERIC, _text, load_gold, qualifier


@dataclass
class Score:
    """Hits and totals for one measure."""
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else math.nan

    def add(self, other: "Score") -> None:
        self.hits += other.hits
        self.total += other.total


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Result:
    doc_id: str
    scores: dict[str, Score] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def error(self, task: str, kind: str, item: str, detail: str = "") -> None:
        self.errors.append(dict(doc_id=self.doc_id, task=task, kind=kind, item=item, detail=detail))


# --------------------------------------------------------------------------- entities

def _groups(mentions: pd.DataFrame, entities: pd.DataFrame) -> dict[str, dict]:
    """Entity groups of one document: surface forms and type."""
    ent = entities.set_index("entity_id") if len(entities) else entities
    groups: dict[str, dict] = {}
    for m in mentions.itertuples():
        if m.label in NUMERIC:
            continue
        key = m.entity_id if isinstance(m.entity_id, str) and m.entity_id else f"text:{norm(m.text)}"
        g = groups.setdefault(key, {"surfaces": set(), "labels": [], "type": None, "texts": []})
        g["surfaces"].add(norm(m.text))
        g["labels"].append(m.label)
        g["texts"].append(m.text)
    for key, g in groups.items():
        if key in getattr(ent, "index", ()):
            row = ent.loc[key]
            g["surfaces"].add(norm(row["name"]))
            for a in _text(row["aliases"]).split("|"):
                if a:
                    g["surfaces"].add(norm(a))
            g["type"] = row["type"]
        if g["type"] is None:
            labels = [x for x in g["labels"] if x != "NORP"] or g["labels"]
            g["type"] = max(sorted(set(labels)), key=labels.count)  # ties: alphabetical, not hash order
    return groups


def score_entities(res: Result, gold: dict, mentions: pd.DataFrame, entities: pd.DataFrame) -> None:
    groups = _groups(mentions, entities)
    gold_keys = []
    for g in gold.get("entities", []):
        keys = {norm(g["name"]), *(norm(a) for a in g.get("aliases", []))}
        gold_keys.append((g, keys))
    matched_groups: dict[str, list[str]] = defaultdict(list)  # gold name -> group keys
    group_hits: dict[str, bool] = {}
    for gkey, grp in groups.items():
        hit = False
        for g, keys in gold_keys:
            if grp["surfaces"] & keys:
                matched_groups[g["name"]].append(gkey)
                hit = True
        group_hits[gkey] = hit
    not_entities = {norm(s) for s in gold.get("not_entities", [])}
    for g, _keys in gold_keys:
        found = g["name"] in matched_groups
        if not g.get("optional"):
            res.score("entity_recall").total += 1
            res.score("entity_recall").hits += found
            if not found:
                res.error("entities", "missed", g["name"], "/".join(g["type"]))
        if found:
            # Type: the entity's type (reference type, else majority label) in the gold family.
            gtypes = {family(t) for t in g["type"]}
            ok = any(family(groups[k]["type"]) in gtypes for k in matched_groups[g["name"]])
            res.score("type_accuracy").total += 1
            res.score("type_accuracy").hits += ok
            if not ok:
                res.error("entities", "wrong type", g["name"],
                          f"{[groups[k]['type'] for k in matched_groups[g['name']]]} not in {g['type']}")
            one = len(matched_groups[g["name"]]) == 1
            res.score("linking").total += 1
            res.score("linking").hits += one
            if not one:
                res.error("entities", "split", g["name"], " / ".join(matched_groups[g["name"]]))
    for gkey, hit in group_hits.items():
        res.score("entity_precision").total += 1
        res.score("entity_precision").hits += hit
        if not hit:
            surf = sorted(set(groups[gkey]["texts"]))
            kind = "furniture" if groups[gkey]["surfaces"] & not_entities else "spurious"
            res.error("entities", kind, " | ".join(surf), f"{gkey} {groups[gkey]['type']}")


# --------------------------------------------------------------------------- quantities

def _required_first(items: list[dict]) -> list[dict]:
    """Match required gold items before optional ones, so an optional item never takes the row
    a required one needs."""
    return sorted(items, key=lambda g: bool(g.get("optional")))


def score_quantities(res: Result, gold: dict, rows: pd.DataFrame) -> None:
    items = _required_first(gold.get("quantities", []))
    used = set()
    rows = rows.reset_index(drop=True)
    for g in items:
        match = None
        for i, r in rows.iterrows():
            if i in used:
                continue
            if g.get("value") is None:
                key = norm(g["text"]).split()[0]
                if (pd.isna(r["value"]) or r.get("qualifier") == "vague") and key in norm(r["text"]).split():
                    match = i
                    break
            elif pd.notna(r["value"]) and math.isclose(float(r["value"]), float(g["value"]), rel_tol=1e-9):
                match = i
                break
        optional = g.get("optional", False)
        if match is not None:
            used.add(match)
            if not optional:
                res.score("quantity_recall").hits += 1
            ok = qualifier(rows.loc[match, "qualifier"]) == qualifier(g.get("qualifier"))
            res.score("qualifier_accuracy").total += 1
            res.score("qualifier_accuracy").hits += ok
            if not ok:
                res.error("quantities", "wrong qualifier", g["text"], f"{rows.loc[match, 'qualifier']} != {g.get('qualifier')}")
        elif not optional:
            res.error("quantities", "missed", g["text"], str(g.get("value")))
        if not optional:
            res.score("quantity_recall").total += 1
    for i, r in rows.iterrows():
        if i in used:
            res.score("quantity_precision").hits += 1
            res.score("quantity_precision").total += 1
        elif r.get("kind") == "duration" or _text(r.get("unit")).lower() in DURATION_UNITS:
            continue  # a duration that matches no gold row counts neither way
        else:
            res.score("quantity_precision").total += 1
            res.error("quantities", "spurious", r["text"], f"{r['value']} {r.get('unit')}")


# --------------------------------------------------------------------------- dates

def _contains(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a in b or b in a)


# The gold files leave these out on purpose (tests/gold/README.md): a row of one of them that
# matches no gold date counts neither way.
UNSCORED_DATE_KINDS = ("duration", "frequency", "past", "future", "present")


def score_dates(res: Result, gold: dict, rows: pd.DataFrame) -> None:
    rows = rows[rows["value"].fillna("") != ""].reset_index(drop=True)
    used = set()
    for g in _required_first(gold.get("dates", [])):
        match = None
        for i, r in rows.iterrows():
            if i not in used and _contains(r["text"], g["text"]) and str(r["value"]).startswith(g["value"]):
                match = i
                break
        optional = g.get("optional", False)
        if match is not None:
            used.add(match)
        if not optional:
            res.score("date_recall").total += 1
            res.score("date_recall").hits += match is not None
            if match is None:
                near = [f"{r['text']}={r['value']}" for _, r in rows.iterrows() if _contains(r["text"], g["text"])]
                res.error("dates", "missed", g["text"], f"want {g['value']!r}; have {near}")
    for i, r in rows.iterrows():
        if i not in used and r.get("granularity") in UNSCORED_DATE_KINDS:
            continue  # durations, recurrences, open past/present/future: not annotated, count neither way
        res.score("date_precision").total += 1
        res.score("date_precision").hits += i in used
        if i not in used:
            res.error("dates", "spurious", r["text"], r["value"])


# --------------------------------------------------------------------------- quotes

def _speaker_ok(row, acceptable: list[str], entities: pd.DataFrame) -> bool:
    speaker = row.get("speaker")
    names = set()
    if isinstance(speaker, str) and speaker:
        names.add(norm(speaker))
    eid = row.get("speaker_entity_id")
    if isinstance(eid, str) and eid and len(entities):
        hit = entities[entities["entity_id"] == eid]
        if len(hit):
            names.add(norm(hit.iloc[0]["name"]))
            names.update(norm(a) for a in _text(hit.iloc[0]["aliases"]).split("|") if a)
    if not acceptable:
        return not names
    return any(norm(a) in names for a in acceptable)


def score_quotes(res: Result, gold: dict, rows: pd.DataFrame, entities: pd.DataFrame) -> None:
    rows = rows.reset_index(drop=True)
    matched_rows = set()
    for g in gold.get("quotes", []):
        piece = norm(g["contains"])
        hits = [i for i, r in rows.iterrows() if piece in norm(r["quote"])]
        matched_rows.update(hits)
        optional = g.get("optional", False)
        if not optional:
            res.score("quote_recall").total += 1
            res.score("quote_recall").hits += bool(hits)
            if not hits:
                res.error("quotes", "missed", g["contains"])
        if hits:
            ok = any(_speaker_ok(rows.loc[i], g.get("speaker", []), entities) for i in hits)
            res.score("speaker_accuracy").total += 1
            res.score("speaker_accuracy").hits += ok
            if not ok:
                res.error("quotes", "wrong speaker", g["contains"],
                          f"{[rows.loc[i, 'speaker'] for i in hits]} not in {g.get('speaker')}")
    for i, r in rows.iterrows():
        res.score("quote_precision").total += 1
        res.score("quote_precision").hits += i in matched_rows
        if i not in matched_rows:
            res.error("quotes", "spurious", r["quote"][:80], str(r.get("speaker")))


# --------------------------------------------------------------------------- relations

# Predicate names of gold files written before the vocabulary (the shared Guardian file), read as
# the vocabulary's name for the same relation (tests/gold/README.md).
GOLD_PREDICATES = {"turns_back_migrants_at_border_with": "turns_back"}


def score_relations(res: Result, gold: dict, rows: pd.DataFrame, groups: dict[str, dict]) -> None:
    def names(eid):
        g = groups.get(eid)
        return g["surfaces"] if g else {norm(str(eid))}

    found = [(names(r.subject_entity_id), r.predicate, names(r.object_entity_id)) for r in rows.itertuples()]
    matched = set()
    for g in gold.get("relations", []):
        s, p, o = norm(g["subject"]), GOLD_PREDICATES.get(g["predicate"], g["predicate"]), norm(g["object"])
        aliases_s = {s} | {norm(a) for e in gold.get("entities", []) if norm(e["name"]) == s for a in e.get("aliases", [])}
        aliases_o = {o} | {norm(a) for e in gold.get("entities", []) if norm(e["name"]) == o for a in e.get("aliases", [])}
        hit = [i for i, (fs, fp, fo) in enumerate(found) if fp == p and (
            (fs & aliases_s and fo & aliases_o) or (p in SYMMETRIC and fs & aliases_o and fo & aliases_s))]
        matched.update(hit)
        if not g.get("optional"):
            res.score("relation_recall").total += 1
            res.score("relation_recall").hits += bool(hit)
            if not hit:
                res.error("relations", "missed", f"{g['subject']} {p} {g['object']}")
    for i, r in enumerate(rows.itertuples()):
        res.score("relation_precision").total += 1
        res.score("relation_precision").hits += i in matched
        if i not in matched:
            res.error("relations", "unconfirmed", f"{r.subject_entity_id} {r.predicate} {r.object_entity_id}", r.evidence[:80])


# --------------------------------------------------------------------------- all

def evaluate(tables: dict[str, pd.DataFrame], gold: dict[str, dict] | None = None) -> list[Result]:
    """Score every document that has a gold file. ``tables`` maps table names to DataFrames
    (mentions and entities at least; quantities, dates, quotes, relations when present)."""
    gold = load_gold() if gold is None else gold
    results = []
    for doc_id, g in gold.items():
        res = Result(doc_id)

        def of(name):
            df = tables.get(name)
            if df is None:
                return None
            return df[df["doc_id"] == doc_id]

        mentions, entities = of("mentions"), tables.get("entities")
        if mentions is not None:
            score_entities(res, g, mentions, entities)
        if of("quantities") is not None:
            score_quantities(res, g, of("quantities"))
        if of("dates") is not None:
            score_dates(res, g, of("dates"))
        if of("quotes") is not None:
            score_quotes(res, g, of("quotes"), entities)
        if of("relations") is not None and mentions is not None:
            score_relations(res, g, of("relations"), _groups(mentions, entities))
        results.append(res)
    return results


SUMMARY = [
    ("entity F1", "entity_precision", "entity_recall"),
    ("type accuracy", "type_accuracy", None),
    ("linking", "linking", None),
    ("quantity F1", "quantity_precision", "quantity_recall"),
    ("qualifier accuracy", "qualifier_accuracy", None),
    ("date F1", "date_precision", "date_recall"),
    ("quote recall", "quote_recall", None),
    ("speaker accuracy", "speaker_accuracy", None),
    ("relation recall", "relation_recall", None),
]


def totals(results: list[Result]) -> dict[str, Score]:
    out: dict[str, Score] = defaultdict(Score)
    for r in results:
        for k, s in r.scores.items():
            out[k].add(s)
    return dict(out)


def summary(results: list[Result]) -> dict[str, float]:
    """Headline scores (F1 from micro-averaged precision and recall)."""
    t = totals(results)
    out = {}
    for label, a, b in SUMMARY:
        if a not in t:
            continue
        if b is None:
            out[label] = t[a].value
        else:
            p, r = t[a].value, t[b].value
            out[label] = f1(p, r) if not (math.isnan(p) or math.isnan(r)) else math.nan
    return out


def table(results: list[Result]) -> pd.DataFrame:
    """Per-document scores with counts, plus an 'all' row."""
    rows = []
    for res in [*results, Result("all", totals(results))]:
        row = {"doc_id": res.doc_id}
        for k, s in sorted(res.scores.items()):
            row[k] = f"{s.hits}/{s.total}"
        rows.append(row)
    return pd.DataFrame(rows).fillna("")


def errors(results: list[Result]) -> pd.DataFrame:
    return pd.DataFrame([e for r in results for e in r.errors], columns=["doc_id", "task", "kind", "item", "detail"])


