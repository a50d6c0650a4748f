"""Engines: where the per-document analysis runs. ``run_local`` in this process or in worker
processes; ``run_dask`` (:mod:`.dask`) on a Dask cluster. Both run :func:`analyse_batch`, batch
by batch, and yield ``(task key, result)`` pairs."""

from __future__ import annotations

import sys
from typing import Iterable, Iterator

from .. import reference
from .work import analyse_batch, batched


def _worker_init() -> None:
    from .. import nlp as nlp_mod

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
        for batch in batched(tasks, batch_size * 4):
            yield from analyse_batch(batch, batch_size)
        return
    import multiprocessing as mp

    batches = batched(tasks, batch_size)
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


def run_engine(tasks: Iterable[dict], engine: str, jobs: int, batch_size: int, scheduler: str | None):
    if engine == "local":
        return run_local(tasks, jobs, batch_size)
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(tasks, jobs=jobs, batch_size=batch_size, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r}")
