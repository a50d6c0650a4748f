"""Claims (``tests/claims_polnear/`` on PolNeAR's texts): who asserts each figure, and how firmly,
in US political news written by other people.

The gold is the project's own: figures of PolNeAR train/dev articles annotated with their
acceptable sources and status from the texts alone, under the rules of
``tests/claims_gold/README.md`` (README of ``tests/claims_polnear/`` for how and by whom); the
texts are read in place from ``polnear-dev`` (never copied). Item id = the article's file stem;
DEV / ASIDE by :func:`.common.part` like every harness.

Each article is analysed with its metadata date and its publisher's name (``PUBLISHERS``: the
metadata slug mapped to the masthead, e.g. ``nyt`` → "The New York Times"), as a researcher
adding the article would give them. Scoring is :func:`dossier.claims.gold.score_document`: a
gold claim is matched by the claim row over its occurrence with its value; the source "@publisher"
is the document's own voice (a row with ``source_kind`` "document"). Source and status accuracy
are over the required gold claims (a claim with no row counts against both); also given: status
accuracy per gold status, and the share of claims found at all.

No peer: no package a researcher would pick assigns a source and a status to each figure.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from ... import config
from ...claims import gold as claims_gold
from .common import Report, dataset, snippet

NAME = "claims"
PEER = None
FOLDER = "polnear-dev"
GOLD = config.ROOT / "tests" / "claims_polnear"
PUBLISHERS = {"breitbart": "Breitbart News", "huff-post": "HuffPost", "nyt": "The New York Times",
              "politico": "Politico", "usa-today": "USA Today", "wash-post": "The Washington Post",
              "west-journal": "Western Journal", "parc": None}


def load() -> list[dict]:
    root = dataset(FOLDER) / "data"
    meta = {}
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            meta[row["filename"]] = row
    items = []
    for path in sorted(GOLD.glob("*.json")):
        gd = claims_gold.load(path)
        stem = Path(gd["file"]).stem
        folder = gd.get("folder") or next(f for f in ("train", "dev") if (root / f / "text" / gd["file"]).is_file())
        text = (root / folder / "text" / gd["file"]).read_text(encoding="utf-8")
        m = meta.get(stem, {})
        items.append({"id": stem, "text": text, "published": m.get("publication_date") or None,
                      "publisher": PUBLISHERS.get(m.get("publisher", ""), m.get("publisher") or None), "gold": gd})
    return items


def ours(items: list[dict], tables: list[dict]) -> list[list[dict]]:
    return [list(t.get("claims", [])) for t in tables]


def score(items: list[dict], preds: list[list[dict]], system: str, split: str) -> Report:
    rep = Report(NAME, system, split, len(items))
    source, status, found = rep.ratio("source accuracy"), rep.ratio("status accuracy"), rep.ratio("claim row found")
    for item, rows in zip(items, preds):
        text, gd = item["text"], item["gold"]
        sc = claims_gold.score_document(text, rows, gd)
        source.hits, source.total = source.hits + sc.source_ok, source.total + sc.n
        status.hits, status.total = status.hits + sc.status_ok, status.total + sc.n
        found.hits, found.total = found.hits + sc.n - sc.missed, found.total + sc.n
        wrong = Counter()  # gold status -> required claims of that status not given it (missed rows included)
        for m in sc.misses:
            pos = text.find(m["text"])
            snip = snippet(text, pos, pos + len(m["text"])) if pos >= 0 else m["text"]
            if m.get("problem") == "no claim row":
                wrong[m["gold_status"]] += 1
                rep.error("claim missed (no quantity row)", item["id"], snip)
                continue
            if not m["status_ok"]:
                wrong[m["gold_status"]] += 1
                rep.error(f"status {m['gold_status']} given as {m['status']}", item["id"], snip,
                          f"cue {m.get('cue')!r}; source {m.get('source')!r} ({m.get('source_text')!r})")
            if not m["source_ok"]:
                rep.error("source: " + ("own voice given to another" if claims_gold.OWN_VOICE in m["gold_source"]
                                        else "another source given"), item["id"], snip,
                          f"gold {m['gold_source']}; ours {m.get('source')!r} ({m.get('source_text')!r})")
        for g_status, n in Counter(g["status"] for g in gd["claims"] if not g.get("optional")).items():
            r = rep.ratio(f"status accuracy, gold {g_status}")
            r.hits, r.total = r.hits + n - wrong[g_status], r.total + n
    return rep
