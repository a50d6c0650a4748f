"""The local engine's worker processes and the Dask engine give the same tables as the plain
in-process run; a worker dying mid-run loses and doubles nothing; a document whose analysis
fails is recorded and the run goes on."""

from __future__ import annotations

import os
import signal
import threading
import time

import pandas as pd
import pytest

from dossier import config
from dossier.corpus import extract, work
from dossier.tables import read_table

TABLES = ("documents", "paragraphs", "sentences", "mentions", "entities", "quantities", "dates", "quotes", "relations")


def _corpus(folder, copies: int):
    """Varied copies of the corpus texts (so nothing is served from a cache)."""
    folder.mkdir()
    raws = sorted(config.RAW.glob("*.txt"))
    for i in range(copies):
        src = raws[i % len(raws)].read_text(encoding="utf-8")
        (folder / f"copy-{i:03d}.txt").write_text(src + f"\n\nCopy {i} was made for an engine test.\n",
                                                  encoding="utf-8")
    return folder


def _tables(folder):
    out = {}
    for name in TABLES:
        df = read_table(name, folder)
        out[name] = df.sort_values(list(df.columns[:3])).reset_index(drop=True)
    return out


def _same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=True, obj=name)


@pytest.fixture(scope="module")
def engine_corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("engines")
    corpus = _corpus(root / "corpus", 12)
    extract([corpus], root / "local", cache_dir=root / "local-cache")
    return root, corpus, _tables(root / "local")


def test_worker_processes_give_the_same_tables(engine_corpus):
    root, corpus, local = engine_corpus
    summary = extract([corpus], root / "jobs2", cache_dir=root / "jobs2-cache", jobs=2, batch_size=4)
    assert summary.analysed == 12
    _same(local, _tables(root / "jobs2"))


def test_dask_engine_gives_the_same_tables(engine_corpus):
    root, corpus, local = engine_corpus
    summary = extract([corpus], root / "dask", cache_dir=root / "dask-cache", engine="dask", jobs=2,
                               batch_size=3)
    assert summary.analysed == 12
    _same(local, _tables(root / "dask"))


def test_dask_worker_killed_mid_run_loses_and_duplicates_nothing(engine_corpus):
    from dask.distributed import Client, LocalCluster

    root, corpus, local = engine_corpus
    cache = root / "kill-cache"
    killed = []
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = client.run(os.getpid)
        victim = sorted(pids.values())[0]

        def kill_after_first_result():
            deadline = time.time() + 120
            while time.time() < deadline:
                if cache.exists() and any(cache.glob("docs/*/*.json")):
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)
                    return
                time.sleep(0.05)

        watcher = threading.Thread(target=kill_after_first_result, daemon=True)
        watcher.start()
        summary = extract([corpus], root / "killed", cache_dir=cache, engine="dask",
                                   scheduler=cluster.scheduler_address, batch_size=1)
        watcher.join(timeout=5)
    assert killed, "the worker was not killed during the run"
    assert summary.analysed == 12 and summary.rejected == 0
    result = _tables(root / "killed")
    assert result["documents"]["doc_id"].is_unique
    _same(local, result)


def test_a_document_that_fails_analysis_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 4)
    (corpus / "copy-002.txt").write_text("A text that will fail: POISON.\n", encoding="utf-8")
    real = work.analyse

    def fragile(doc, task, ref):
        if "POISON" in task["text"]:
            raise ValueError("simulated failure")
        return real(doc, task, ref)

    monkeypatch.setattr(work, "analyse", fragile)
    summary = extract([corpus], tmp_path / "out", cache_dir=tmp_path / "cache")
    assert summary.accepted == 3 and summary.analysed == 3
    assert any("simulated failure" in reason for _, reason in summary.rejected_files)
    log = read_table("ingest_log", tmp_path / "out").set_index("file")
    row = log.loc[[f for f in log.index if f.endswith("copy-002.txt")][0]]
    assert row["status"] == "rejected" and "analysis failed: ValueError: simulated failure" in row["reason"]
    docs = read_table("documents", tmp_path / "out")
    assert "copy-002" not in set(docs["doc_id"]) and len(docs) == 3
    assert "copy-002" not in set(read_table("paragraphs", tmp_path / "out")["doc_id"])
