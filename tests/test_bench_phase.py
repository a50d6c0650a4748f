"""The speed benchmark's per-document-phase script (``benchmarks/bench.py --phase``) runs on a
real corpus folder and times every registered extractor: the accuracy issue's speed criterion is
read from it, so it must not drift from the engines' API (``make_task``, ``parse``, the registry)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_phase_script_times_every_extractor_on_a_real_corpus():
    from dossier.extract import EXTRACTORS

    out = subprocess.run([sys.executable, "-c", _bench().PHASE, str(ROOT / "tests" / "heldout" / "raw"), "1"],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout
    res = json.loads(out)
    assert res["docs"] >= 3 and res["tokens"] > 1000
    (r,) = res["rounds"]
    assert set(r["by"]) == {e.name for e in EXTRACTORS}
    assert r["plain"] > 0 and r["phase"] >= r["extractors"] > 0
    assert r["by"]["mentions"] > 0 and r["by"]["quantities"] > 0
