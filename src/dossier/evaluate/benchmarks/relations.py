"""Relations (and the other gold measures) on the project's own annotated documents: there is
no public benchmark for the relations this pipeline extracts, so recall is measured on
``tests/gold`` (the development documents, ``data/raw``), ``tests/heldout`` and ``tests/blind``
with the existing scorer (``dossier.evaluate``, matching rules of ``tests/gold/README.md``).

Split: DEV = ``tests/gold`` and ``tests/heldout`` (each reported on its own, with its misses);
ASIDE = ``tests/blind``, reported only as aggregate numbers — no per-document row or error is
kept or printed, and nothing here reads its files except through the scorer.

Each set is run through the command-line pipeline (``dossier extract --no-cache`` in a child
process, into a temporary folder) so the tables are the ones a user gets; ``--limit`` does not
apply (the sets are small). No peer: nothing off the shelf extracts these relations.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ... import config
from .common import Ratio, Report

NAME = "relations"
PEER = None
SETS = {"dev": (("tests/gold", "data/raw", "tests/gold"), ("tests/heldout", "tests/heldout/raw", "tests/heldout/gold")),
        "aside": (("tests/blind", "tests/blind/raw", "tests/blind/gold"),)}
TABLES = ("mentions", "entities", "quantities", "dates", "quotes", "relations")


def extract(raw: Path, out: Path) -> dict:
    import pandas as pd

    cmd = [sys.executable, "-c", "import sys; from dossier.cli import main; sys.exit(main())",
           "extract", str(raw), "--out", str(out), "--no-cache", "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
    if done.returncode:
        raise RuntimeError(f"dossier extract failed on {raw}: {done.stderr.strip()[-2000:]}")
    return {n: pd.read_parquet(out / f"{n}.parquet") for n in TABLES}


def run(split: str = "dev", limit: int | None = None, log=lambda msg: None) -> list[Report]:
    from ... import evaluate

    reports = []
    for label, raw, gold_dir in SETS[split]:
        gold_path = config.ROOT / gold_dir
        if not gold_path.is_dir():
            raise FileNotFoundError(f"gold folder {gold_path} not found")
        with tempfile.TemporaryDirectory(prefix="dossier-bench-") as tmp:
            tables = extract(config.ROOT / raw, Path(tmp))
        gold = evaluate.load_gold(gold_path)
        results = evaluate.evaluate(tables, gold)
        predicate = {f"{r['subject']} {r['predicate']} {r['object']}": r["predicate"]
                     for g in gold.values() for r in g.get("relations", [])}
        rep = Report(NAME, f"dossier on {label}", split, len(results))
        totals = evaluate.totals(results)
        for key in ("relation_recall", "relation_precision", "entity_recall", "entity_precision",
                    "quote_recall", "speaker_accuracy", "date_recall", "quantity_recall"):
            if key in totals:
                rep.measures[key.replace("_", " ")] = Ratio(totals[key].hits, totals[key].total)
        for k, v in evaluate.summary(results).items():
            rep.notes.append(f"{k} {v:.3f}")
        if split != "aside":
            for e in evaluate.errors(results).itertuples():
                if e.task == "relations":
                    pred = predicate.get(e.item, "") if e.kind == "missed" else ""
                    rep.error(f"relation {e.kind}" + (f": {pred}" if pred else ""), e.doc_id, e.item, e.detail)
        else:
            for e in evaluate.errors(results).itertuples():
                if e.task == "relations":
                    rep.error_counts[f"relation {e.kind}"] += 1
        log(f"relations: {label} scored ({len(results)} documents)")
        reports.append(rep)
    return reports
