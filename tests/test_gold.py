"""Accuracy against the hand annotations: the targets of the project's issues.

`tests/gold/` (six corpus documents) carries the targets. `tests/heldout/` (four unseen documents,
used for development after one blind run) carries regression floors: it failing means a change
made the pipeline worse on text it was not written for.
"""

from __future__ import annotations

import pytest

from dossier import config, evaluate, corpus
from dossier.tables import read_table

TARGETS = evaluate.TARGETS
SHARED = set(evaluate.shared_gold())
HELDOUT_FLOORS = evaluate.HELDOUT_FLOORS


@pytest.fixture(scope="module")
def results(tables):
    return evaluate.evaluate(tables)


def test_every_gold_file_is_scored(results):
    assert len(SHARED) == 3 and SHARED <= {r.doc_id for r in results}
    assert {r.doc_id for r in results} == {p.stem for p in config.GOLD.glob("*.json")}
    assert len(results) == 6


@pytest.mark.parametrize("measure", sorted(TARGETS))
@pytest.mark.parametrize("subset", ["shared", "all"])
def test_score_meets_target(results, measure, subset):
    rs = [r for r in results if subset == "all" or r.doc_id in SHARED]
    score = evaluate.summary(rs)[measure]
    assert score >= TARGETS[measure], (measure, subset, score, evaluate.errors(rs).to_string())


def test_pipeline_beats_off_the_shelf_spacy(tables):
    gold = evaluate.load_gold()
    base = evaluate.summary(evaluate.evaluate(evaluate.baseline_tables(tables["documents"]), gold))
    ours = evaluate.summary(evaluate.evaluate(tables, gold))
    for k in ("entity F1", "type accuracy", "linking"):
        assert ours[k] > base[k], (k, ours[k], base[k])


@pytest.fixture(scope="module")
def heldout(tmp_path_factory, corpus_run):
    out = tmp_path_factory.mktemp("heldout")
    corpus.extract([config.ROOT / "tests" / "heldout" / "raw"], out, cache_dir=corpus_run[0] / ".cache")
    tables = {n: read_table(n, out) for n in ("mentions", "entities", "quantities", "dates", "quotes", "relations")}
    return evaluate.evaluate(tables, evaluate.load_gold(config.ROOT / "tests" / "heldout" / "gold"))


@pytest.mark.parametrize("measure", sorted(HELDOUT_FLOORS))
def test_heldout_regression_floor(heldout, measure):
    assert len(heldout) == 4
    score = evaluate.summary(heldout)[measure]
    assert score >= HELDOUT_FLOORS[measure], (measure, score, evaluate.errors(heldout).to_string())
