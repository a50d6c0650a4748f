"""The reuse rows of a corpus in worker processes (``reuse.build(..., jobs=N)``), each distinct
sentence alignment computed once.

Copies share most sentences, so the same sentence pair (same content-word ids and weights, the
key of the alignment memo, :func:`.align.key`) comes back in many document pairs; workers that
each took a share of the document pairs would each align most of them again. Instead, for
``WINDOW`` document pairs at a time:

1. the workers plan their share of the document pairs (direction, the sentence pairs worth
   aligning, :func:`dossier.reuse._plan`);
2. this process keeps each distinct sentence pair once (the key is a pair of small integers:
   sentences with equal content-word ids and weights share a class) and the workers align
   them, in tasks of at most ``CHUNK``, sending back plain tuples (:func:`.align.compact`);
3. fresh workers, forked with those alignments, make the rows of their share of the document
   pairs; the rows are joined in order.

Each step gives what one process gives (an alignment depends only on its key, and
:func:`.align.match_batch` gives each pair the result it gets alone), so the tables are the same
whatever the number of processes (tested).
"""

from __future__ import annotations

import gc
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor

from . import _plan, _rows, align

CHUNK = 1024  # distinct sentence pairs per alignment task
WINDOW = 2048  # document pairs planned at a time (their sentence pairs are held together)

_STATE: dict = {}  # what forked workers inherit (never pickled): corpus, pairs, window
STATS = {"sentence_pairs": 0, "aligned": 0}  # of the last run: sentence pairs planned, alignments computed


def _plan_part(span: tuple[int, int]) -> list[tuple]:
    return _plan(_STATE["corpus"], _STATE["pairs"][span[0]:span[1]])


def _align_part(where: list[tuple[int, int, int, int]]) -> list:
    units = _STATE["corpus"].units
    return [align.compact(m) for m in align.match_batch([(units[t][ti], units[s][si]) for t, ti, s, si in where])]


def _rows_part(span: tuple[int, int]) -> list[tuple]:
    block, keys, known = _STATE["window"]
    made: dict = {}

    def match(k):
        if k not in made:
            made[k] = align.expand(known[k])
        return made[k]

    a, b = span
    return _rows(_STATE["corpus"], block[a:b], [[match(k) for k in here] for here in keys[a:b]])


def _spans(n: int, parts: int) -> list[tuple[int, int]]:
    step = max(1, -(-n // parts))
    return [(a, min(n, a + step)) for a in range(0, n, step)]


def rows_in_workers(corpus, pairs: list[tuple[int, int]], jobs: int) -> list[tuple]:
    """The rows of ``reuse._pair_rows(corpus, pairs)``, computed by ``jobs`` worker processes."""
    seen: dict = {}
    classes = [[seen.setdefault((u.ids.tobytes(), u.weight.tobytes()), len(seen)) for u in units]
               for units in corpus.units]
    del seen
    fork = mp.get_context("fork")
    known: dict = {}  # (class of target sentence, class of source sentence) -> compact alignment
    rows: list[tuple] = []
    STATS.update(sentence_pairs=0, aligned=0)
    _STATE.update(corpus=corpus, pairs=pairs)
    gc.freeze()  # the forked workers' collector leaves the inherited objects alone (fewer pages copied)
    try:
        with ProcessPoolExecutor(jobs, mp_context=fork) as pool:
            for w in range(0, len(pairs), WINDOW):
                n = min(WINDOW, len(pairs) - w)
                block = [p for part in pool.map(_plan_part, [(w + a, w + b) for a, b in _spans(n, 2 * jobs)])
                         for p in part]
                if len(known) > align.MEMO_SIZE:
                    known.clear()
                keys, todo = [], {}
                for target, source, _, _, sp in block:
                    ct, cs = classes[target], classes[source]
                    here = [(ct[ti], cs[si]) for ti, si in sp]
                    for k, (ti, si) in zip(here, sp):
                        if k not in known and k not in todo:
                            todo[k] = (target, ti, source, si)
                    keys.append(here)
                units = corpus.units  # similar sizes together, as one process sorts them: less padding
                order = sorted(todo, key=lambda k: (len(units[todo[k][0]][todo[k][1]].ids),
                                                    len(units[todo[k][2]][todo[k][3]].ids)))
                where = [todo[k] for k in order]
                STATS["sentence_pairs"] += sum(len(here) for here in keys)
                STATS["aligned"] += len(where)
                size = max(1, min(CHUNK, -(-len(where) // (2 * jobs))))
                parts = pool.map(_align_part, [where[a:a + size] for a in range(0, len(where), size)])
                known.update(zip(order, (m for part in parts for m in part)))
                _STATE["window"] = (block, keys, known)
                with ProcessPoolExecutor(jobs, mp_context=fork) as rows_pool:  # forked now: they inherit the window
                    for part in rows_pool.map(_rows_part, _spans(len(block), 2 * jobs)):
                        rows.extend(part)
    finally:
        _STATE.clear()
        gc.unfreeze()
    return rows
