"""Which pairs of documents can share text, without comparing every pair.

Each document is reduced to its shingles: pairs of consecutive content words (function words
skipped, words in normal form), so that "disrupt the supply chain" and "disrupting the supply
chain" share the shingle (disrupt, supply) ... (supply, chain). An inverted index maps each
shingle to the documents holding it; two documents become a candidate pair when they share at
least ``min_shared`` distinct shingles.

Cost: building the index is linear in the number of words. The pairs come from the posting
lists, and a shingle held by more than ``max_df`` documents is dropped (it is a stock phrase of
the corpus, not evidence of copying: "the home secretary", "last year"), so the pair count is
at most ``max_df`` times the number of postings, i.e. linear in the corpus size, however large
it grows (passim drops frequent n-grams the same way). A document that shares text with very
many others (one wire story in hundreds of outlets) keeps its ``max_partners`` strongest
candidates (most shared shingles, then corpus order), so the alignment work is at most
``max_partners`` pairs per document. The index is exact and deterministic;
MinHash LSH (datasketch) would estimate document-level Jaccard similarity instead, which is tiny
for an article that rewrote three sentences of a release, so it would miss the pairs that
matter here.
"""

from __future__ import annotations

from collections import defaultdict

MIN_SHARED = 2
MAX_DF = 100
MAX_PARTNERS = 25


def shingles(ids: list[int]) -> set[tuple[int, int]]:
    """Consecutive content-word pairs of one sentence (ids of its content words)."""
    return set(zip(ids, ids[1:]))


def candidate_pairs(doc_shingles: list[set], *, min_shared: int = MIN_SHARED,
                    max_df: int = MAX_DF, max_partners: int = MAX_PARTNERS) -> dict[tuple[int, int], int]:
    """{(i, j): shared shingle count} for document indices i < j sharing at least ``min_shared``
    shingles, ignoring shingles held by more than ``max_df`` documents; a pair is kept when it
    is among the ``max_partners`` strongest of either of its documents."""
    index: dict[tuple[int, int], list[int]] = defaultdict(list)
    for doc, sh in enumerate(doc_shingles):
        for s in sh:
            index[s].append(doc)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for postings in index.values():
        n = len(postings)
        if n < 2 or n > max_df:
            continue
        for x in range(n):
            a = postings[x]
            for y in range(x + 1, n):
                counts[(a, postings[y])] += 1
    strong = {pair: n for pair, n in counts.items() if n >= min_shared}
    partners: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (a, b), n in strong.items():
        partners[a].append((-n, b))
        partners[b].append((-n, a))
    keep = set()
    for a, lst in partners.items():
        for _, b in sorted(lst)[:max_partners]:
            keep.add((min(a, b), max(a, b)))
    return {pair: strong[pair] for pair in sorted(keep)}
