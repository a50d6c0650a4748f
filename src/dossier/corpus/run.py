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

import json
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from .. import config, ingest, reference
from ..tables import FORMATS, TableWriter, write_table
from . import kept
from .assembly import assemble_kept, drop_documents, frame
from .cache import Cache, make_task, task_key
from .codekey import version as pipeline_version
from .engines import run_engine
from . import output
from .layout import INGEST_TABLES, all_tables
from .parse import too_long
from .summary import Summary, progress_bar, summary_json


def extract(paths: Iterable[str | Path], out_dir: Path, *, jobs: int = 1, cache_dir: Path | None = None,
            use_cache: bool = True, engine: str = "local", scheduler: str | None = None,
            progress: bool = False, batch_size: int = 32, formats=("csv", "parquet"),
            tables: Iterable[str] | None = None, layout: dict[str, Path] | None = None,
            write_summary: bool = True) -> Summary:
    """Run the pipeline on files and folders and write the tables (CSV and Parquet).

    ``tables`` selects which tables to write; each goes to ``layout[name]`` if given, else to
    ``out_dir``. When only ingestion tables are asked for, no NLP runs."""
    t0 = time.perf_counter()
    out_dir = Path(out_dir)
    known = all_tables()
    tables = known if tables is None else tuple(tables)
    wanted = tuple(t for t in known if t in set(tables))
    unknown = set(tables) - set(known)
    if unknown:
        raise ValueError(f"unknown tables: {sorted(unknown)}")
    final = {t: Path((layout or {}).get(t, out_dir)) for t in wanted}
    targets = sorted({out_dir, *final.values()}, key=str)
    for f in targets:
        f.mkdir(parents=True, exist_ok=True)
    locks = [output.Lock(f) for f in targets]
    try:
        for lock in locks:
            lock.acquire()
        notes = [n for n in (output.recover(f) for f in targets) if n]
        folder = {t: output.begin(f) for t, f in final.items()}  # tables are staged, then committed
        elsewhere = {t: Path(f) for t, f in (layout or {}).items()}  # where this run's other tables live
        summary = _extract(paths, out_dir, final, folder, wanted, elsewhere, jobs=jobs, cache_dir=cache_dir, use_cache=use_cache,
                           engine=engine, scheduler=scheduler, progress=progress, batch_size=batch_size,
                           formats=formats, t0=t0)
        summary.notes[:0] = notes
        for f in sorted(set(final.values()), key=str):
            output.commit(f)
        if write_summary:
            manifest = out_dir / "summary.json"
            tmp = out_dir / ".summary.json.tmp"
            tmp.write_text(json.dumps(summary_json(summary), indent=1, sort_keys=True) + "\n", encoding="utf-8")
            tmp.replace(manifest)
        return summary
    except BaseException:
        for f in set(final.values()):
            output.discard(f)
        raise
    finally:
        for lock in locks:
            lock.release()


def _extract(paths, out_dir: Path, final: dict[str, Path], folder: dict[str, Path], wanted, elsewhere: dict[str, Path],
             *, jobs, cache_dir,
             use_cache, engine, scheduler, progress, batch_size, formats, t0) -> Summary:
    analyse = any(t not in INGEST_TABLES for t in wanted)
    own = {(f / name).resolve() for f in {out_dir, *final.values()} for name in (".cache", output.STAGING)}
    if cache_dir is not None:
        own.add(Path(cache_dir).resolve())
    paths = [Path(p) for p in paths]
    # Everything under the inputs, except what this tool writes into an output folder there.
    files = [f for f in ingest.discover(paths) if not own & set(f.resolve().parents)]
    tmp_cache = None
    if not use_cache and analyse:
        tmp_cache = Path(tempfile.mkdtemp(prefix=".cache-", dir=out_dir))
    cache = Cache(tmp_cache or cache_dir or out_dir / ".cache", keeps_tables=tmp_cache is None)
    ref = reference.load()
    version = pipeline_version() if analyse else ""
    if analyse:
        cache.remember_reference(ref)
    summary = Summary(n_files=len(files), out_dir=", ".join(sorted({config.relative(f) for f in final.values()})))
    log_rows, order = [], []
    log_of: dict[str, int] = {}  # task key -> its ingest-log row
    failed: set[str] = set()
    bar = progress_bar(len(files), progress)

    def writer(name):
        return TableWriter(folder[name], name, formats) if name in folder else _NoWriter()

    try:
        with writer("documents") as docs_w, writer("paragraphs") as para_w:
            def tasks() -> Iterator[dict]:
                for doc, entry in ingest.iter_corpus(paths, files):
                    log_rows.append(entry.row())
                    long = too_long(doc.text) if doc is not None and analyse else None
                    if long:  # over the documented limit: recorded, not parsed
                        log_rows[-1]["status"], log_rows[-1]["reason"] = "rejected", long
                        summary.rejected_files.append((entry.file, long))
                        bar.update(1)
                        continue
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
                if isinstance(result, dict) and "error" in result:  # recorded like a rejected file; its tables rows are left out
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
                    drop_documents(folder[name], name, dropped, formats)
        if "documents" in folder:
            summary.rows["documents"] = len(order)
        if analyse:
            summary.rows.update(assemble_kept(order, cache, ref, folder, formats))
        if "ingest_log" in folder:
            summary.rows["ingest_log"] = len(write_table(frame(log_rows, "ingest_log"), "ingest_log",
                                                         folder["ingest_log"], formats))
        if analyse:
            _corpus_steps(folder, {**elsewhere, **final}, out_dir, formats, summary,
                          cache.root / "steps" if cache.keeps_tables else None, version,
                          jobs=jobs if engine == "local" else 1)
    finally:
        if tmp_cache is not None:
            shutil.rmtree(tmp_cache, ignore_errors=True)
    counts = Counter(r["status"] for r in log_rows)
    summary.accepted = len(order)
    summary.rejected, summary.warnings, summary.skipped = counts["rejected"], counts["warning"], counts["skipped"]
    summary.inputs = {r["file"]: r["sha256"] for r in log_rows if r.get("sha256")}
    if cache.damaged:
        summary.notes.append(f"{len(cache.damaged)} damaged cache entries were recomputed and replaced "
                             f"(first: {cache.damaged[0][0]}: {cache.damaged[0][1]})")
    summary.seconds = time.perf_counter() - t0
    return summary


def _corpus_steps(folder: dict[str, Path], final: dict[str, Path], out_dir: Path, formats, summary: Summary,
                  cache: Path | None, version: str, jobs: int = 1) -> None:
    """Run the cross-document steps whose tables this run writes, on the tables just staged (or,
    for a table this run does not write, the one already in place in this run's layout, else in
    ``out_dir``: never another corpus's). A step's result is kept in the cache under the SHA-256 of
    its input tables' Parquet bytes (byte-reproducible) and the pipeline version, so a re-run on
    an unchanged corpus reuses it (``cache`` None: nothing kept, nothing reused)."""
    import hashlib

    from ..tables import read_table
    from .steps import CORPUS_STEPS

    frames: dict[tuple, object] = {}  # (table, folder) -> frame: read once, and only for a step that runs
    for step in CORPUS_STEPS:
        wanted = [t for t in step.tables if t.name in folder]
        if not wanted:
            continue
        sources, missing = {}, []
        for name in step.requires:
            where = [d for d in (folder.get(name), final.get(name), out_dir) if d is not None]
            found = next((d for d in where if (Path(d) / f"{name}.parquet").exists()), None)
            if found is None:
                missing.append(name)
            else:
                sources[name] = Path(found)
        if missing:
            summary.notes.append(f"corpus step {step.name} skipped: no {', '.join(missing)} table")
            continue
        kept_dir = None
        if cache is not None:
            h = hashlib.sha256(f"{step.name}|{version}".encode())
            for name in step.requires:
                h.update((sources[name] / f"{name}.parquet").read_bytes())
            kept_dir = Path(cache) / h.hexdigest()[:32]
            restored = kept.restore(kept_dir, [t.name for t in wanted], formats, folder)
            if restored is not None:  # the files this step wrote on the same inputs, verified and copied
                summary.rows.update(restored)
                continue
        result = None
        if kept_dir is not None and all((kept_dir / f"{t.name}.parquet").exists() for t in step.tables):
            try:
                result = {t.name: read_table(t.name, kept_dir) for t in step.tables}
            except Exception as exc:  # noqa: BLE001 - a damaged entry is recomputed, as for documents
                summary.notes.append(f"cached result of corpus step {step.name} unreadable ({type(exc).__name__}); recomputed")
        if result is None:
            for name, found in sources.items():
                if (name, found) not in frames:
                    frames[(name, found)] = read_table(name, found)
            inputs = {name: frames[(name, found)] for name, found in sources.items()}
        fresh = result is None
        if fresh:
            result = step.run(inputs, jobs=jobs)
        for t in wanted:
            summary.rows[t.name] = len(write_table(result[t.name], t, folder[t.name], formats))
        if fresh and kept_dir is not None:  # kept: the files just written (byte for byte), and the formats and tables not written here
            _keep_step(kept_dir, step, wanted, result, folder, formats, summary.rows)


def _keep_step(kept_dir: Path, step, wanted, result, folder, formats, rows) -> None:
    extra = None
    files, counts = {}, {}
    try:
        for t in step.tables:
            for fmt in FORMATS:
                if t in wanted and fmt in formats:
                    files[f"{t.name}.{fmt}"] = Path(folder[t.name]) / f"{t.name}.{fmt}"
                    counts[t.name] = rows[t.name]
                    continue
                if extra is None:
                    kept_dir.parent.mkdir(parents=True, exist_ok=True)
                    extra = Path(tempfile.mkdtemp(prefix=".step-", dir=kept_dir.parent))
                counts[t.name] = len(write_table(result[t.name], t, extra, formats=(fmt,)))
                files[f"{t.name}.{fmt}"] = extra / f"{t.name}.{fmt}"
        kept.keep(kept_dir, files, counts)
    finally:
        if extra is not None:
            shutil.rmtree(extra, ignore_errors=True)


class _NoWriter:
    n_rows = 0

    def write(self, rows) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass
