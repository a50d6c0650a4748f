"""The corpus pipeline behind ``dossier extract`` and the notebooks.

1. **Ingest** (streamed, one file at a time): documents, paragraphs and the ingest log.
2. **Analyse** the documents whose result is not in the content cache, in batches with
   ``nlp.pipe``, in this process or in worker processes (``jobs``) or on a Dask cluster. Each
   result is cached under a key made of the raw file's sha256, the text, the metadata that
   affect the result and the pipeline version (code, model), and stored with the version of
   the reference table it was computed with (see :class:`Cache`).
3. **Assemble** (streamed, in corpus order): read each document's result back from the cache,
   write its rows, and fold its entities into the corpus entity table.

Memory stays flat as the corpus grows: no stage holds more than a batch of parsed documents,
row buffers are bounded, worker processes are replaced every ``RECYCLE_DOCS`` documents, and
the cross-document state is one small record per distinct entity.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import analysis, config, ingest, reference
from .schema import TABLES
from .tables import TableWriter, write_table
from .text import fold

DOC_TABLES = ("sentences", "mentions", "quantities", "dates", "quotes", "relations")  # per-document tables written row by row


# --------------------------------------------------------------------------- cache

class Cache:
    """Per-document results on disk, keyed by content, each stored with the version of the
    reference table it was computed with. Writes are atomic, so concurrent workers and
    interrupted runs never leave a half-written entry.

    When the reference table has changed since a result was computed, the result is reused if
    the edit cannot affect the document (it links to none of the changed entities and contains
    none of their names), and recomputed otherwise."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self._diffs: dict[str, tuple[set[str], re.Pattern | None] | None] = {}
        self._older_references: bool | None = None

    def path(self, key: str, ref_version: str) -> Path:
        return self.root / "docs" / key[:2] / f"{key}.{ref_version}.pkl"

    def get(self, key: str, ref_version: str) -> dict | None:
        try:
            with open(self.path(key, ref_version), "rb") as fh:
                return pickle.load(fh)
        except (FileNotFoundError, EOFError, pickle.UnpicklingError):
            return None

    def put(self, key: str, ref_version: str, value: dict) -> None:
        path = self.path(key, ref_version)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    def remember_reference(self, ref: reference.Reference) -> None:
        """Keep a copy of the reference table each result was computed with (to diff later)."""
        snap = self.root / "reference" / f"{ref.version}.csv"
        if not snap.exists():
            snap.parent.mkdir(parents=True, exist_ok=True)
            data = Path(config.ENTITIES_CSV).read_bytes()
            if reference.version_of(data) == ref.version:
                snap.write_bytes(data)

    def _diff(self, old_version: str, ref: reference.Reference):
        if old_version not in self._diffs:
            snap = self.root / "reference" / f"{old_version}.csv"
            if not snap.exists():
                self._diffs[old_version] = None
            else:
                old = reference.Reference(reference.read_rows(snap), old_version)
                ids, terms = reference.changes(old, ref)
                words = sorted({fold(t).casefold() for t in terms}, key=len, reverse=True)
                rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None
                self._diffs[old_version] = (ids, rx)
        return self._diffs[old_version]

    def usable(self, key: str, ref: reference.Reference, text: str) -> bool:
        """Is there a result for this document under the current reference table, or one under
        an earlier table that the edit does not affect (then it is carried over)?"""
        if self.path(key, ref.version).exists():
            return True
        if self._older_references is None:  # once per run: has any other table version been used?
            snaps = (self.root / "reference").glob("*.csv")
            self._older_references = any(p.stem != ref.version for p in snaps)
        if not self._older_references:  # a cold cache: no earlier result can exist, skip the search
            return False
        for old in sorted(self.path(key, "x").parent.glob(f"{key}.*.pkl"), key=lambda p: p.stat().st_mtime, reverse=True):
            old_version = old.name.split(".")[1]
            diff = self._diff(old_version, ref)
            if diff is None:
                continue
            ids, rx = diff
            with open(old, "rb") as fh:
                result = pickle.load(fh)
            linked = {r["entity_id"] for r in result["mentions"]}
            if linked & ids or (rx is not None and rx.search(fold(text).casefold())):
                return False
            os.replace(old, self.path(key, ref.version))
            return True
        return False


def task_key(doc: ingest.Document, version: str) -> str:
    h = hashlib.sha256()
    for part in (doc.sha256, doc.text, str(doc.meta.get("published")), str(doc.meta.get("publisher")), version):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def make_task(doc: ingest.Document, key: str, ref_version: str | None = None) -> dict:
    return {"key": key, "ref_version": ref_version, "text": doc.text, "published": doc.meta.get("published"),
            "publisher": doc.meta.get("publisher"), "para_starts": [p["start"] for p in doc.paragraphs]}


# --------------------------------------------------------------------------- engines

def _batched(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_batch(tasks: list[dict], batch_size: int = 32) -> list[tuple[str, dict]]:
    """Parse and analyse a batch of tasks in this process (the unit every engine runs).

    Returns (key, result) per task; a document whose analysis raises gets ``{"error": ...}``
    instead, so one bad document never takes its batch (or the run) down with it."""
    from . import nlp as nlp_mod

    ref = reference.load()
    wanted = {t.get("ref_version") for t in tasks} - {None}
    if wanted and wanted != {ref.version}:
        raise RuntimeError(f"this worker's reference table is version {ref.version}, the client's is "
                           f"{', '.join(sorted(wanted))}: install the same data/reference on every worker")
    nlp = nlp_mod.pipeline(ref.version)
    # A memory zone frees the strings and vocabulary entries the batch added once its results
    # (plain rows) are out, so a long run's memory stays flat (spaCy >= 3.8).
    with nlp.memory_zone():
        try:
            return [(task["key"], analysis.analyse(doc, task, ref))
                    for doc, task in nlp.pipe(((t["text"], t) for t in tasks), as_tuples=True, batch_size=batch_size)]
        except Exception:  # noqa: BLE001 - find the document that failed, keep the others
            out = []
            for task in tasks:
                try:
                    out.append((task["key"], analysis.analyse(nlp(task["text"]), task, ref)))
                except Exception as exc:  # noqa: BLE001
                    out.append((task["key"], {"error": f"analysis failed: {type(exc).__name__}: {exc}"}))
            return out


def _worker_init() -> None:
    from . import nlp as nlp_mod

    nlp_mod.pipeline(reference.load().version)  # load once per worker


# A worker process is replaced after this many documents: spaCy's and the allocator's memory
# settle at a plateau that a long run would otherwise reach, so peak memory stays flat as the
# corpus grows (the cost: one pipeline load per replacement, about 1 s).
RECYCLE_DOCS = 512


def run_local(tasks: Iterable[dict], jobs: int = 1, batch_size: int = 32) -> Iterator[tuple[str, dict]]:
    """Analyse tasks here (jobs=1) or in ``jobs`` worker processes, each loading the pipeline
    once per lifetime of RECYCLE_DOCS documents. At most 2×jobs batches are in flight, so
    memory does not grow with the corpus."""
    if jobs <= 1:
        for batch in _batched(tasks, batch_size * 4):
            yield from analyse_batch(batch, batch_size)
        return
    import multiprocessing as mp

    batches = _batched(tasks, batch_size)
    first = next(batches, None)
    if first is None:  # nothing to analyse (a warm run): no workers, no model loading
        return
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ctx.Pool(jobs, initializer=_worker_init, maxtasksperchild=max(1, RECYCLE_DOCS // batch_size)) as pool:
        pending = [pool.apply_async(analyse_batch, (first, batch_size))]
        for batch in batches:
            pending.append(pool.apply_async(analyse_batch, (batch, batch_size)))
            while len(pending) >= 2 * jobs:
                yield from pending.pop(0).get()
        for p in pending:
            yield from p.get()


# --------------------------------------------------------------------------- assembly

class EntityTable:
    """The corpus entity table, folded one document at a time."""

    def __init__(self, ref: reference.Reference):
        self.ref = ref
        self.rows: dict[str, dict] = {}

    def add(self, doc_rows: list[dict]) -> None:
        for r in doc_rows:
            row = self.rows.get(r["entity_id"])
            if row is None:
                row = self.rows[r["entity_id"]] = {**r, "surfaces": Counter(), "labels": Counter(), "n_docs": 0}
            row["surfaces"].update(r["surfaces"])
            row["labels"].update(r["labels"])
            row["n_docs"] += 1

    def frame(self):
        out = []
        for eid, r in self.rows.items():
            ref_row = self.ref.entities.get(eid)
            labels: Counter = r["labels"]
            surfaces: Counter = r["surfaces"]
            if ref_row is not None:
                name, type_ = ref_row.name, ref_row.type
                aliases = list(ref_row.aliases) + list(ref_row.demonyms)
            else:
                name = max(surfaces, key=lambda s: (len(s), surfaces[s], s)) if r.get("kind") != "government" else r["name"]
                non_norp = Counter({k: v for k, v in labels.items() if k != "NORP"}) or labels
                type_ = r["type"] if r.get("kind") == "government" else max(non_norp, key=lambda k: (non_norp[k], k))
                aliases = []
            seen = {name.casefold(), *(a.casefold() for a in aliases)}
            for s in sorted(surfaces, key=lambda s: (-surfaces[s], s)):
                if s.casefold() not in seen:
                    aliases.append(s)
                    seen.add(s.casefold())
            out.append(dict(entity_id=eid, name=name, type=type_, kind=r.get("kind"), aliases="|".join(aliases),
                            country=r.get("country"), wikidata=r.get("wikidata"), lat=r.get("lat"), lon=r.get("lon"),
                            curated=bool(r.get("curated")), n_mentions=sum(labels.values()), n_docs=r["n_docs"]))
        return out


@dataclass
class Summary:
    n_files: int = 0
    accepted: int = 0
    rejected: int = 0
    warnings: int = 0
    skipped: int = 0
    analysed: int = 0
    cached: int = 0
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    rejected_files: list[tuple[str, str]] = field(default_factory=list)
    out_dir: str = ""

    def text(self, volatile: bool = True) -> str:
        """The run's summary. ``volatile=False`` leaves out what differs between identical runs
        (seconds, and how many documents came from the cache), for notebooks."""
        cache = f": {self.analysed} analysed, {self.cached} from cache" if volatile else ""
        lines = [f"{self.accepted} documents from {self.n_files} files{cache}; {self.rejected} rejected, "
                 f"{self.warnings} with warnings, {self.skipped} skipped (see ingest_log)"]
        for f, reason in self.rejected_files[:20]:
            lines.append(f"  rejected {f}: {reason}")
        if len(self.rejected_files) > 20:
            lines.append(f"  ... and {len(self.rejected_files) - 20} more")
        lines.append("tables: " + ", ".join(f"{k} {v}" for k, v in self.rows.items()) + f" -> {self.out_dir}")
        if volatile:
            rate = self.accepted / self.seconds if self.seconds else 0.0
            lines.append(f"{self.seconds:.1f} s, {rate:.1f} documents/s")
        return "\n".join(lines)


ALL_TABLES = ("documents", "paragraphs", "ingest_log", "sentences", "mentions", "entities", "quantities",
              "dates", "quotes", "relations")
INGEST_TABLES = ("documents", "paragraphs", "ingest_log")
# Where the project keeps each table (the notebooks); the CLI writes all of them to one folder.
PROJECT_LAYOUT = {**{t: config.INTERIM for t in (*INGEST_TABLES, "sentences")},
                  **{t: config.PROCESSED for t in ("mentions", "entities", "quantities", "dates", "quotes", "relations")}}


def extract(paths: Iterable[str | Path], out_dir: Path, *, jobs: int = 1, cache_dir: Path | None = None,
            use_cache: bool = True, engine: str = "local", scheduler: str | None = None,
            progress: bool = False, batch_size: int = 32, formats=("csv", "parquet"),
            tables: Iterable[str] = ALL_TABLES, layout: dict[str, Path] | None = None,
            write_summary: bool = True) -> Summary:
    """Run the pipeline on files and folders and write the tables (CSV and Parquet).

    ``tables`` selects which tables to write; each goes to ``layout[name]`` if given, else to
    ``out_dir``. When only ingestion tables are asked for, no NLP runs."""
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    wanted = tuple(t for t in ALL_TABLES if t in set(tables))
    unknown = set(tables) - set(ALL_TABLES)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    folder = {t: Path((layout or {}).get(t, out_dir)) for t in wanted}
    for f in {out_dir, *folder.values()}:
        f.mkdir(parents=True, exist_ok=True)
    analyse = any(t not in INGEST_TABLES for t in wanted)
    outputs = {f.resolve() for f in {out_dir, *folder.values()}}
    paths = [Path(p) for p in paths]
    files = [f for f in ingest.discover(paths) if not outputs & set(f.resolve().parents)]
    tmp_cache = None
    if not use_cache and analyse:
        tmp_cache = Path(tempfile.mkdtemp(prefix=".cache-", dir=out_dir))
    cache = Cache(tmp_cache or cache_dir or out_dir / ".cache")
    ref = reference.load()
    version = analysis.version() if analyse else ""
    if analyse:
        cache.remember_reference(ref)
    summary = Summary(n_files=len(files), out_dir=", ".join(sorted({config.relative(f) for f in folder.values()})))
    log_rows, order = [], []
    log_of: dict[str, int] = {}  # task key -> its ingest-log row
    failed: set[str] = set()
    bar = _progress(len(files), progress)

    def writer(name):
        return TableWriter(folder[name], name, formats) if name in folder else _NoWriter()

    try:
        with writer("documents") as docs_w, writer("paragraphs") as para_w:
            def tasks() -> Iterator[dict]:
                for doc, entry in ingest.iter_corpus(paths, files):
                    log_rows.append(entry.row())
                    if doc is None:
                        if entry.status == "rejected":
                            summary.rejected_files.append((entry.file, entry.reason))
                        bar.update(1)
                        continue
                    docs_w.write([doc.row()])
                    para_w.write([{"doc_id": doc.doc_id, **p} for p in doc.paragraphs])
                    key = task_key(doc, version)
                    order.append((doc.doc_id, key))
                    if not analyse or cache.usable(key, ref, doc.text):
                        summary.cached += analyse
                        bar.update(1)
                        continue
                    log_of[key] = len(log_rows) - 1
                    yield make_task(doc, key, ref.version)

            for key, result in run_engine(tasks(), engine, jobs, batch_size, scheduler):
                bar.update(1)
                if "error" in result:  # recorded like a rejected file; its tables rows are left out
                    row = log_rows[log_of[key]]
                    row["status"], row["reason"] = "rejected", result["error"]
                    failed.add(key)
                    summary.rejected_files.append((row["file"], result["error"]))
                    continue
                cache.put(key, ref.version, result)
                summary.analysed += 1
        bar.close()
        if failed:
            dropped = {doc_id for doc_id, key in order if key in failed}
            order = [(doc_id, key) for doc_id, key in order if key not in failed]
            for name in ("documents", "paragraphs"):
                if name in folder:
                    _drop_documents(folder[name], name, dropped, formats)
        if "documents" in folder:
            summary.rows["documents"] = len(order)
        if analyse:
            summary.rows.update(_assemble(order, cache, ref, folder, formats))
        if "ingest_log" in folder:
            summary.rows["ingest_log"] = len(write_table(_frame(log_rows, "ingest_log"), "ingest_log",
                                                         folder["ingest_log"], formats))
    finally:
        if tmp_cache is not None:
            shutil.rmtree(tmp_cache, ignore_errors=True)
    counts = Counter(r["status"] for r in log_rows)
    summary.accepted = len(order)
    summary.rejected, summary.warnings, summary.skipped = counts["rejected"], counts["warning"], counts["skipped"]
    summary.seconds = time.perf_counter() - t0
    if write_summary:
        (out_dir / "summary.json").write_text(json.dumps(_summary_json(summary), indent=1, sort_keys=True) + "\n")
    return summary


def _drop_documents(folder: Path, name: str, doc_ids: set[str], formats) -> None:
    """Rewrite a streamed table without the rows of documents that failed analysis (rare: read
    and written back one row group at a time)."""
    import pyarrow.parquet as pq

    src = folder / f"{name}.parquet"
    tmp = folder / f".{name}.keep"
    tmp.mkdir(exist_ok=True)
    with TableWriter(tmp, name, formats) as w:
        for batch in pq.ParquetFile(src).iter_batches():
            df = batch.to_pandas()
            w.write(df[~df["doc_id"].isin(doc_ids)])
    for fmt in formats:
        os.replace(tmp / f"{name}.{fmt}", folder / f"{name}.{fmt}")
    shutil.rmtree(tmp, ignore_errors=True)


class _NoWriter:
    n_rows = 0

    def write(self, rows) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def _summary_json(s: Summary) -> dict:
    return {"files": s.n_files, "documents": s.accepted, "rejected": s.rejected, "warnings": s.warnings,
            "skipped": s.skipped, "rows": s.rows}


def run_engine(tasks: Iterable[dict], engine: str, jobs: int, batch_size: int, scheduler: str | None):
    if engine == "local":
        return run_local(tasks, jobs, batch_size)
    if engine == "dask":
        from . import dask_engine

        return dask_engine.run_dask(tasks, jobs=jobs, batch_size=batch_size, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r}")


def _assemble(order: list[tuple[str, str]], cache: Cache, ref: reference.Reference,
              folder: dict[str, Path], formats) -> dict[str, int]:
    """Stream every document's cached rows into the corpus tables, in corpus order."""
    entities = EntityTable(ref)
    writers = {name: TableWriter(folder[name], name, formats) for name in DOC_TABLES if name in folder}
    try:
        for doc_id, key in order:
            result = cache.get(key, ref.version)
            if result is None:  # written moments ago: only a deleted cache gets here
                raise RuntimeError(f"cache entry for {doc_id} vanished during the run ({cache.path(key, ref.version)})")
            for name, w in writers.items():
                w.write([{"doc_id": doc_id, **row} for row in result[name]])
            entities.add(result["doc_entities"])
    finally:
        for w in writers.values():
            w.close()
    counts = {name: w.n_rows for name, w in writers.items()}
    if "entities" in folder:
        counts["entities"] = len(write_table(_frame(entities.frame(), "entities"), "entities", folder["entities"], formats))
    return counts


def _frame(rows, table):
    import pandas as pd

    return pd.DataFrame(rows, columns=TABLES[table].names)


class _NoBar:
    def update(self, n=1):
        pass

    def close(self):
        pass


def _progress(total: int, enabled: bool):
    if not enabled:
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, mininterval=0.5, leave=False)


def load_tables(names: Iterable[str] = ALL_TABLES, layout: dict[str, Path] | None = None) -> dict:
    """The tables as DataFrames, read from where the project (or ``layout``) keeps them."""
    from .tables import read_table

    layout = layout or PROJECT_LAYOUT
    return {name: read_table(name, layout[name]) for name in names}
