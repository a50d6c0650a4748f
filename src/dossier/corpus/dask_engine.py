"""The same extraction on a Dask cluster (``dossier extract --engine dask``).

Without a scheduler address a ``LocalCluster`` of ``jobs`` worker processes is started; with one,
the client connects to a running cluster. Documents are sent in batches; each worker loads the
spaCy pipeline once (per process) and runs :func:`dossier.corpus.work.analyse_batch`, the same
per-document function as the local engine. Results come back to the client, which writes them
to the content cache; the cross-document steps (entity merging, corpus tables) then run on the
cached results exactly as for the local engine, so the tables are identical.

Dask does the scheduling and the fault tolerance: when a worker dies its batches are run again
elsewhere (``retries``); a batch's results are taken once, so no document is lost or doubled.
A document whose analysis raises is returned as a failure and recorded in the ingest log.
"""

from __future__ import annotations

import logging
from typing import Iterable, Iterator

BATCHES_IN_FLIGHT_PER_WORKER = 2


def run_dask(tasks: Iterable[dict], jobs: int = 2, batch_size: int = 32, scheduler: str | None = None,
             retries: int = 3) -> Iterator[tuple[str, dict]]:
    from dask.distributed import Client, LocalCluster, as_completed

    from .work import analyse_batch, batched

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        limit = BATCHES_IN_FLIGHT_PER_WORKER * workers
        pending = as_completed()
        in_flight = 0
        for i, batch in enumerate(batched(tasks, batch_size)):
            future = client.submit(analyse_batch, batch, batch_size, True, pure=False, retries=retries,
                                   key=f"dossier-batch-{i}-{batch[0]['key'][:12]}")
            pending.add(future)
            in_flight += 1
            while in_flight >= limit:
                yield from next(pending).result()
                in_flight -= 1
        for future in pending:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
