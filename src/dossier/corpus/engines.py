"""Engines: where the per-document analysis runs. ``run_local`` in this process or in worker
processes; ``run_dask`` (:mod:`.dask`) on a Dask cluster. Both run :func:`analyse_batch`, batch
by batch, and yield ``(task key, result)`` pairs."""

from __future__ import annotations

import itertools
import sys
from typing import Iterable, Iterator

from .. import reference
from .work import analyse_batch, batched


def _worker_init() -> None:
    from .. import nlp as nlp_mod

    nlp_mod.pipeline(reference.load().version)  # load once per worker


# The workers are replaced after this many documents each: spaCy's and the allocator's memory
# settle at a plateau that a long run would otherwise reach, so peak memory stays flat as the
# corpus grows (the cost: one pipeline load per replacement, about 1 s).
RECYCLE_DOCS = 512
DIED = ("analysis failed: the worker process died while analysing this document (killed by a signal "
        "or out of memory), also when retried alone in a fresh worker")


def _executor(jobs: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_worker_init)


def run_local(tasks: Iterable[dict], jobs: int = 1, batch_size: int = 32) -> Iterator[tuple[str, dict]]:
    """Analyse tasks here (jobs=1) or in ``jobs`` worker processes, each loading the pipeline
    once per lifetime of about RECYCLE_DOCS documents. At most 2×jobs batches are in flight, so
    memory does not grow with the corpus.

    A worker that dies (the OOM killer, a signal) breaks the pool: the batches that were in
    flight are run again one document at a time in a fresh worker, and a document that kills
    that worker too is returned as failed; the run goes on."""
    if jobs <= 1:
        for batch in batched(tasks, batch_size * 4):
            yield from analyse_batch(batch, batch_size)
        return
    from concurrent.futures.process import BrokenProcessPool

    batches = batched(tasks, batch_size)
    first = next(batches, None)
    if first is None:  # nothing to analyse (a warm run): no workers, no model loading
        return
    suspects: list[dict] = []
    pending: list = []  # (future, batch)
    pool = _executor(jobs)
    sent = 0  # documents sent to the current workers
    broken = False  # a worker of the current pool died

    def collect(item):
        nonlocal broken
        future, batch = item
        try:
            return future.result()
        except BrokenProcessPool:
            broken = True
            suspects.extend(batch)
            return []

    try:
        for batch in itertools.chain([first], batches):
            if sent >= jobs * RECYCLE_DOCS or broken:
                for item in pending:  # drain, then start fresh workers
                    yield from collect(item)
                pending.clear()
                pool.shutdown()
                pool, sent, broken = _executor(jobs), 0, False
            try:
                pending.append((pool.submit(analyse_batch, batch, batch_size, True), batch))
            except BrokenProcessPool:
                broken = True
                suspects.extend(batch)
                continue
            sent += len(batch)
            while len(pending) >= 2 * jobs:
                yield from collect(pending.pop(0))
        for item in pending:
            yield from collect(item)
    finally:
        pool.shutdown(cancel_futures=True)
    yield from _retry_alone(suspects, batch_size)


def _retry_alone(tasks: list[dict], batch_size: int) -> Iterator[tuple[str, dict]]:
    """Each document of a broken batch once more, alone, in a fresh worker."""
    from concurrent.futures.process import BrokenProcessPool

    pool = None
    try:
        for task in tasks:
            pool = pool or _executor(1)
            try:
                yield from pool.submit(analyse_batch, [task], batch_size, True).result()
            except BrokenProcessPool:
                yield task["key"], {"error": DIED}
                pool.shutdown()
                pool = None
    finally:
        if pool is not None:
            pool.shutdown()


def run_engine(tasks: Iterable[dict], engine: str, jobs: int, batch_size: int, scheduler: str | None):
    if engine == "local":
        return run_local(tasks, jobs, batch_size)
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(tasks, jobs=jobs, batch_size=batch_size, scheduler=scheduler)
    raise ValueError(f"unknown engine {engine!r}")
