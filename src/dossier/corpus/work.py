"""The unit every engine runs: parse and analyse one batch of documents in this process."""

from __future__ import annotations

from typing import Iterable, Iterator

from .. import reference
from ..extract import analyse
from .parse import PIECE_CHARS, parse, trim_heap


def batched(items: Iterable, n: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def analyse_batch(tasks: list[dict], batch_size: int = 32, encode: bool = False) -> list[tuple[str, dict | bytes]]:
    """Parse and analyse a batch of tasks in this process (the unit every engine runs).

    Returns (key, result) per task; a document whose analysis raises gets ``{"error": ...}``
    instead, so one bad document never takes its batch (or the run) down with it. With
    ``encode``, each result comes back as its cache entry's bytes (see :func:`.cache.encode`),
    serialised here in the worker rather than in the client, which only writes them."""
    results = _analyse_batch(tasks, batch_size)
    if not encode:
        return results
    from .cache import encode as encode_result

    return [(key, r if "error" in r else encode_result(r)) for key, r in results]


def _analyse_batch(tasks: list[dict], batch_size: int) -> list[tuple[str, dict]]:
    from .. import nlp as nlp_mod

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
            results = []
            for doc, task in parse(nlp, tasks, batch_size):
                results.append((task["key"], analyse(doc, task, ref)))
                if len(task["text"]) > PIECE_CHARS:  # a long document's Doc, freed: its memory back to the system
                    del doc
                    trim_heap()
            return results
        except Exception:  # noqa: BLE001 - find the document that failed, keep the others
            out = []
            for task in tasks:
                try:
                    doc, _ = next(parse(nlp, [task], batch_size))
                    out.append((task["key"], analyse(doc, task, ref)))
                except Exception as exc:  # noqa: BLE001
                    out.append((task["key"], {"error": f"analysis failed: {type(exc).__name__}: {exc}"}))
            return out
