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
    left-gap recurrence is a running maximum."""
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


def match_units(a: Unit, b: Unit) -> SentenceMatch | None:
    """Align target unit ``a`` against source unit ``b``; None when they share too little."""
    key = (a.ids.tobytes(), a.weight.tobytes(), b.ids.tobytes(), b.weight.tobytes())
    if key in _MEMO:
        return _MEMO[key]
    if len(_MEMO) >= MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = found = _match_units(a, b)
    return found


def _match_units(a: Unit, b: Unit) -> SentenceMatch | None:
    if len(set(a.ids.tolist()) & set(b.ids.tolist())) < MIN_SHARED_WORDS:
        return None
    fragments: list[list[tuple[int, int]]] = []
    blocked_a = np.zeros(len(a.ids), dtype=bool)
    blocked_b = np.zeros(len(b.ids), dtype=bool)
    total = 0.0
    for _ in range(MAX_FRAGMENTS):
        h, score, same = _smith_waterman(a, b, blocked_a, blocked_b)
        flat = int(np.argmax(h))
        i, j = divmod(flat, h.shape[1])
        if h[i, j] <= 0:
            break
        pairs = _traceback(h, score, same, i, j)
        if not pairs:
            break
        total += float(h[i, j])
        fragments.append(pairs)
        blocked_a[pairs[0][0]:pairs[-1][0] + 1] = True
        blocked_b[pairs[0][1]:pairs[-1][1] + 1] = True
        if blocked_a.all() or blocked_b.all():
            break
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
