"""Scoring harnesses for public benchmarks written by other people, run on their development
sets (``../shared/external/``), each with the peer tool a researcher would use instead.

One module per benchmark, each with the same five names:

- ``NAME``, ``PEER``: the benchmark and the peer system;
- ``load() -> items``: ``{"id", "text", "published", "gold"}`` per document (or case);
- ``ours(items, tables) -> preds``: the pipeline's tables (``dossier.api.analyse_texts``)
  mapped to the benchmark's units;
- ``peer(items) -> (preds, notes)``: the peer's predictions in the same shape;
- ``score(items, preds, system, split) -> common.Report``.

``run`` does load → DEV/ASIDE split (``common.part``) → both systems → reports. The relations
harness (``relations``) has no public benchmark and no peer: it scores ``tests/gold``,
``tests/heldout`` and (aggregate only) ``tests/blind`` with ``dossier.evaluate``.
"""

from __future__ import annotations

import importlib
import time

from .common import Report, select

BENCHMARKS = ("polnear", "tempeval", "entity_linking", "quantities", "relations")


def module(name: str):
    if name not in BENCHMARKS:
        raise ValueError(f"unknown benchmark {name!r}; one of {', '.join(BENCHMARKS)}")
    return importlib.import_module(f"{__name__}.{name}")


def run(name: str, split: str = "dev", limit: int | None = None, peers: bool = True,
        log=lambda msg: None) -> list[Report]:
    """Reports of our pipeline (and the peer) on one split of one benchmark. Run times go to
    ``log`` only, so the reports (and ACCURACY.md) do not change from one run to the next."""
    from .common import analyse

    mod = module(name)
    if hasattr(mod, "run"):
        return mod.run(split=split, limit=limit, log=log)
    items = select(mod.load(), split, limit)
    t0 = time.perf_counter()
    tables = analyse(items)
    reports = [mod.score(items, mod.ours(items, tables), "dossier", split)]
    log(f"{name}: dossier done on {len(items)} items in {time.perf_counter() - t0:.0f}s")
    if peers and getattr(mod, "PEER", None):
        t0 = time.perf_counter()
        preds, notes = mod.peer(items)
        rep = mod.score(items, preds, mod.PEER, split)
        rep.notes.extend(notes)
        reports.append(rep)
        log(f"{name}: {mod.PEER} done in {time.perf_counter() - t0:.0f}s")
    return reports
