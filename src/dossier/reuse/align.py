"""Aligning the sentences of two candidate documents: which passages of one reappear in the
other, with exact spans in both.

Within a candidate pair of documents, sentence pairs that share at least ``MIN_SHARED_WORDS``
distinct content words are aligned over their content words (function words left out, so
"inspectors in the region to work on joint checks" and "inspectors will step up joint checks"
differ by two words, not five) with Smith–Waterman local alignment: matches score the word's
rarity weight, mismatches and gaps are penalised. After the best local alignment its words are
masked and the next one is sought (up to ``MAX_FRAGMENTS``), so clauses moved within a sentence
and sentences rewritten around the same core are found; sentence order never matters, so
reordered sentences are found too. Fragments in the same order in both sentences are merged
into one passage (a rewritten passage); fragments in a different order stay separate passages.

The evidence for a sentence pair is of two tiers. A passage is *strong* when its two sides have
a weighted Dice similarity of at least ``STRONG_SIMILARITY`` and it matches at least
``STRONG_MATCHES`` content words weighing ``STRONG_WEIGHT`` together, or at least
``STRONG_LONG`` content words (a shared name or number weighs ``NAME_FACTOR`` of a shared
ordinary word: names say two texts have the same topic, wording says one was taken from the
other). A sentence pair is *plausible* when it matches at least ``MIN_CONTENT_MATCHES`` content
words and its *coverage* (weighted Dice of the matched words over both sentences' content words)
is at least ``MIN_COVERAGE``. Strong sentence pairs are reuse; a plausible one is reuse only
when its two documents share at least ``SUPPORT`` strong sentence pairs and its source sentence
lies within ``SUPPORT_WINDOW`` sentences of one already accepted (applied repeatedly; see
``dossier.reuse._supported``): a loose rewrite is credible in a document shown to draw on the
other, and a coincidence of topic otherwise. Rows say which tier they come from
(``evidence``): on large corpora about one topic the supported tier adds topical matches
(``notes/reuse.md`` has the measurement), so keep the strong rows there for precision.

The spans of a passage run from its first to its last matched word, grown over identical
neighbouring words (``extend``), so they are exact substrings of both texts by construction and
a sentence copied whole comes back whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

NAME_FACTOR = 0.4
MISMATCH = 0.5
GAP = 0.4
MIN_SHARED_WORDS = 3
MIN_CONTENT_MATCHES = 3
MIN_COVERAGE = 0.16
STRONG_MATCHES = 5
STRONG_WEIGHT = 3.0
STRONG_SIMILARITY = 0.55
STRONG_LONG = 8
SUPPORT = 2
SUPPORT_WINDOW = 2
MIN_PASSAGE_MATCHES = 2
MAX_FRAGMENTS = 4


@dataclass
class Unit:
    """A sentence ready for alignment: its content words (ids, weights, offsets)."""

    start: int
    end: int
    ids: np.ndarray
    weight: np.ndarray  # per content word: rarity weight in the corpus (0.35 .. 1), x NAME_FACTOR for names
    spans: list[tuple[int, int]]
    words: list[str] = field(default_factory=list)  # every word of the sentence, surface-normalised
    word_spans: list[tuple[int, int]] = field(default_factory=list)
    position: list[int] = field(default_factory=list)  # index in ``words`` of each content word

    @property
    def content_weight(self) -> float:
        return float(self.weight.sum())


@dataclass
class Passage:
    a_first: int  # content-word indices (inclusive) in the target unit
    a_last: int
    b_first: int
    b_last: int
    pairs: list[tuple[int, int]]  # matched content-word index pairs (a, b)
    similarity: float
    weight: float  # the matched words' weights, summed

    @property
    def strong(self) -> bool:
        return self.similarity >= STRONG_SIMILARITY and (
            (len(self.pairs) >= STRONG_MATCHES and self.weight >= STRONG_WEIGHT) or len(self.pairs) >= STRONG_LONG)


@dataclass
class SentenceMatch:
    coverage: float
    n_content: int
    longest_run: int
    score: float
    passages: list[Passage] = field(default_factory=list)

    @property
    def strong(self) -> bool:
        return any(p.strong for p in self.passages)

    @property
    def plausible(self) -> bool:
        return self.n_content >= MIN_CONTENT_MATCHES and self.coverage >= MIN_COVERAGE and bool(self.passages)


def _smith_waterman(a: Unit, b: Unit, blocked_a: np.ndarray, blocked_b: np.ndarray):
    """Score matrix of the local alignment of a against b (linear gaps), rows vectorised: the
    left-gap recurrence is a running maximum. (The reference for :func:`_sw_batch`, which the
    aligner uses; ``tests/test_reuse.py`` compares the two cell for cell.)"""
    n, m = len(a.ids), len(b.ids)
    same = a.ids[:, None] == b.ids[None, :]
    score = np.where(same, np.minimum(a.weight[:, None], b.weight[None, :]), -MISMATCH)
    if blocked_a.any() or blocked_b.any():
        score = np.where(blocked_a[:, None] | blocked_b[None, :], -10.0, score)
    h = np.zeros((n + 1, m + 1))
    offsets = GAP * np.arange(m)
    for i in range(1, n + 1):
        t = np.maximum(np.maximum(h[i - 1, :-1] + score[i - 1], h[i - 1, 1:] - GAP), 0.0)
        h[i, 1:] = np.maximum.accumulate(t + offsets) - offsets
    return h, score, same


def _traceback(h, score, same, i: int, j: int) -> list[tuple[int, int]]:
    pairs = []
    while i > 0 and j > 0 and h[i, j] > 1e-9:
        here = h[i, j]
        if abs(here - (h[i - 1, j - 1] + score[i - 1, j - 1])) < 1e-9:
            if same[i - 1, j - 1]:
                pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif abs(here - (h[i - 1, j] - GAP)) < 1e-9:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    return pairs


def _matched(a: Unit, b: Unit, pairs) -> float:
    return float(sum(min(a.weight[x], b.weight[y]) for x, y in pairs))


def _longest_run(pairs) -> int:
    best = run = 0
    prev = None
    for x, y in pairs:
        run = run + 1 if prev is not None and x == prev[0] + 1 and y == prev[1] + 1 else 1
        best = max(best, run)
        prev = (x, y)
    return best


def _passage(a: Unit, b: Unit, pairs) -> Passage:
    a0, a1, b0, b1 = pairs[0][0], pairs[-1][0], pairs[0][1], pairs[-1][1]
    span = float(a.weight[a0:a1 + 1].sum() + b.weight[b0:b1 + 1].sum())
    matched = _matched(a, b, pairs)
    return Passage(a0, a1, b0, b1, pairs, min(1.0, 2 * matched / span), matched)


def extend(a: Unit, b: Unit, p: Passage) -> tuple[int, int, int, int]:
    """Character spans of a passage, grown over identical neighbouring words (function words
    included: "The" before "focus"), so a copied sentence is recovered whole."""
    i, j = a.position[p.a_first], b.position[p.b_first]
    while i > 0 and j > 0 and a.words[i - 1] == b.words[j - 1]:
        i, j = i - 1, j - 1
    k, m = a.position[p.a_last], b.position[p.b_last]
    while k + 1 < len(a.words) and m + 1 < len(b.words) and a.words[k + 1] == b.words[m + 1]:
        k, m = k + 1, m + 1
    return a.word_spans[i][0], a.word_spans[k][1], b.word_spans[j][0], b.word_spans[m][1]


# The alignment of two sentences depends only on their content-word ids and weights, and copies
# of a text share most sentences: the same pair comes back for every pair of copies (a wire story
# in twenty outlets), so results are kept, bounded (cleared when full), per process. The kept
# objects are read, never changed, by the callers. An entry is ~2 KB (two sentences' id and
# weight arrays, the match; 1,000 near-copies: 16,774 entries, 33 MB, measured with tracemalloc),
# so 50,000 bound a process's memo to ~100 MB.
MEMO_SIZE = 50_000
_MEMO: dict[tuple[bytes, ...], "SentenceMatch | None"] = {}


MISSING = object()


def key(a: Unit, b: Unit) -> tuple[bytes, ...]:
    """What the alignment of ``a`` against ``b`` depends on: their content-word ids and weights."""
    return (a.ids.tobytes(), a.weight.tobytes(), b.ids.tobytes(), b.weight.tobytes())


def remembered(k: tuple[bytes, ...]):
    """The memo's alignment for key ``k``, or ``MISSING``."""
    return _MEMO.get(k, MISSING)


def remember(k: tuple[bytes, ...], found: "SentenceMatch | None") -> None:
    if len(_MEMO) >= MEMO_SIZE:
        _MEMO.clear()
    _MEMO[k] = found


BATCH_CELLS = 2_000_000  # score-matrix cells per batched alignment (pairs x rows x columns), ~16 MB a matrix


def _sw_batch(items: list[tuple[Unit, Unit, np.ndarray, np.ndarray]]):
    """:func:`_smith_waterman` of several sentence pairs at once: the pairs are padded to the
    longest and the same row recurrence runs on all of them together, so each cell gets the
    same floating-point operations as alone (padding rows and columns lie after the real ones
    and never feed them). Yields (h, score, same) views of each pair's own size, in order."""
    n_max = max(len(a.ids) for a, _, _, _ in items)
    m_max = max(len(b.ids) for _, b, _, _ in items)
    k = len(items)
    a_ids = np.full((k, n_max), -1, dtype=np.int64)
    b_ids = np.full((k, m_max), -2, dtype=np.int64)
    a_w = np.zeros((k, n_max))
    b_w = np.zeros((k, m_max))
    blk_a = np.zeros((k, n_max), dtype=bool)
    blk_b = np.zeros((k, m_max), dtype=bool)
    for x, (a, b, ba, bb) in enumerate(items):
        n, m = len(a.ids), len(b.ids)
        a_ids[x, :n], a_w[x, :n], blk_a[x, :n] = a.ids, a.weight, ba
        b_ids[x, :m], b_w[x, :m], blk_b[x, :m] = b.ids, b.weight, bb
    same = a_ids[:, :, None] == b_ids[:, None, :]
    score = np.where(same, np.minimum(a_w[:, :, None], b_w[:, None, :]), -MISMATCH)
    score = np.where(blk_a[:, :, None] | blk_b[:, None, :], -10.0, score)
    h = np.zeros((k, n_max + 1, m_max + 1))
    offsets = GAP * np.arange(m_max)
    for i in range(1, n_max + 1):
        t = np.maximum(np.maximum(h[:, i - 1, :-1] + score[:, i - 1], h[:, i - 1, 1:] - GAP), 0.0)
        h[:, i, 1:] = np.maximum.accumulate(t + offsets, axis=1) - offsets
    for x, (a, b, _, _) in enumerate(items):
        n, m = len(a.ids), len(b.ids)
        yield h[x, :n + 1, :m + 1], score[x, :n, :m], same[x, :n, :m]


def _batches(order: list[int], items: list) -> list[list[int]]:
    """Consecutive runs of ``order`` (indices sorted by size) whose padded matrices stay under
    ``BATCH_CELLS``."""
    out, run, n_max, m_max = [], [], 0, 0
    for x in order:
        a, b = items[x][0], items[x][1]
        n, m = max(n_max, len(a.ids)), max(m_max, len(b.ids))
        if run and (len(run) + 1) * (n + 1) * (m + 1) > BATCH_CELLS:
            out.append(run)
            run, n, m = [], len(a.ids), len(b.ids)
        run.append(x)
        n_max, m_max = n, m
    if run:
        out.append(run)
    return out


def match_batch(pairs: list[tuple[Unit, Unit]]) -> list[SentenceMatch | None]:
    """Align each target unit ``a`` against its source unit ``b`` (None when they share too
    little), many sentence pairs at once: the alignments of one round of fragments are
    computed together (:func:`_sw_batch`), with the same result as aligning each pair alone.
    Callers keep the results in the memo (:func:`remember`)."""
    results: list[SentenceMatch | None] = [None] * len(pairs)
    state = []  # per live pair: [index, a, b, blocked_a, blocked_b, fragments, total]
    for x, (a, b) in enumerate(pairs):
        if len(set(a.ids.tolist()) & set(b.ids.tolist())) >= MIN_SHARED_WORDS:
            state.append([x, a, b, np.zeros(len(a.ids), dtype=bool), np.zeros(len(b.ids), dtype=bool), [], 0.0])
    live = state
    for _ in range(MAX_FRAGMENTS):
        if not live:
            break
        order = sorted(range(len(live)), key=lambda k: (len(live[k][1].ids), len(live[k][2].ids)))
        items = [(st[1], st[2], st[3], st[4]) for st in live]
        going = []
        for run in _batches(order, items):
            for k, (h, score, same) in zip(run, _sw_batch([items[k] for k in run])):
                st = live[k]
                flat = int(np.argmax(h))
                i, j = divmod(flat, h.shape[1])
                if h[i, j] <= 0:
                    continue
                pairs_ij = _traceback(h, score, same, i, j)
                if not pairs_ij:
                    continue
                st[6] += float(h[i, j])
                st[5].append(pairs_ij)
                st[3][pairs_ij[0][0]:pairs_ij[-1][0] + 1] = True
                st[4][pairs_ij[0][1]:pairs_ij[-1][1] + 1] = True
                if not (st[3].all() or st[4].all()):
                    going.append(k)
        live = [live[k] for k in sorted(going)]
    for x, a, b, _, _, fragments, total in state:
        results[x] = _finish(a, b, fragments, total)
    return results


def _finish(a: Unit, b: Unit, fragments: list[list[tuple[int, int]]], total: float) -> SentenceMatch | None:
    if not fragments:
        return None
    all_pairs = [p for f in fragments for p in f]
    coverage = 2 * _matched(a, b, all_pairs) / max(a.content_weight + b.content_weight, 1e-9)
    # merge fragments that keep their order in both sentences into passages
    fragments.sort(key=lambda f: f[0])
    chains: list[list[tuple[int, int]]] = []
    for f in fragments:
        if chains and f[0][1] > chains[-1][-1][1]:
            chains[-1] = chains[-1] + f
        else:
            chains.append(list(f))
    passages = [_passage(a, b, c) for c in chains if len(c) >= MIN_PASSAGE_MATCHES]
    return SentenceMatch(min(1.0, coverage), len(all_pairs), max(_longest_run(f) for f in fragments), total,
                         passages)


def compact(m: SentenceMatch | None) -> tuple | None:
    """A sentence match as plain tuples (quick to send between processes); :func:`expand` undoes it."""
    if m is None:
        return None
    return (m.coverage, m.n_content, m.longest_run, m.score,
            tuple((p.a_first, p.a_last, p.b_first, p.b_last, tuple(p.pairs), p.similarity, p.weight) for p in m.passages))


def expand(t: tuple | None) -> SentenceMatch | None:
    if t is None:
        return None
    coverage, n_content, longest_run, score, passages = t
    return SentenceMatch(coverage, n_content, longest_run, score,
                         [Passage(a0, a1, b0, b1, list(pairs), sim, weight) for a0, a1, b0, b1, pairs, sim, weight in passages])
