"""Evaluation: the hand annotations (:mod:`.gold`), the scorers (:mod:`.scorers`), the targets
(:mod:`.targets`) and the peers (:mod:`.baselines`), used by the test suite and notebook 07
alike; public benchmarks on development data in :mod:`.benchmarks`."""

from __future__ import annotations

from .baselines import baseline_tables
from .gold import QUALIFIER_SYNONYMS, load_gold, qualifier
from .scorers import SUMMARY, Result, Score, errors, evaluate, f1, summary, table, totals
from .targets import FIRST_RUN_BLIND, FIRST_RUN_HELDOUT, HELDOUT_FLOORS, TARGETS, shared_gold

__all__ = ["baseline_tables", "load_gold", "qualifier", "QUALIFIER_SYNONYMS", "SUMMARY", "Result", "Score",
           "errors", "evaluate", "f1", "summary", "table", "totals", "TARGETS", "HELDOUT_FLOORS",
           "FIRST_RUN_HELDOUT", "FIRST_RUN_BLIND", "shared_gold"]
