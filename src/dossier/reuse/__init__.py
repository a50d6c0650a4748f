"""Text reuse across documents: which passages of a document were taken from which earlier
document (press release -> wire -> outlets), and how much of each document is derived.

A corpus step (run after the per-document tables are written)::

    build(documents, paragraphs) -> {"reuse": DataFrame, "lineage": DataFrame}

1. ``segment``: prose sentences and words of every document, exact offsets into ``text``;
2. ``candidates``: document pairs sharing content-word shingles (inverted index, frequent
   shingles dropped), so cost grows linearly with the corpus, never with all pairs;
3. ``align``: local alignment of the sentence pairs of each candidate pair;
4. ``lineage``: direction of each passage (earlier date, else the kind of publisher), shares per
   source and a METER-style class per document.

Every ``reuse`` span is exact: ``text[start:end]`` is the passage in the document and
``source_text[source_start:source_end]`` the one in its source (both columns carry the words).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import defaultdict
from itertools import compress

import numpy as np
import pandas as pd

from ..schema import conform
from . import align, candidates, lineage, segment
from .schema import LINEAGE, REUSE

__all__ = ["build", "REUSE", "LINEAGE", "prepare"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
META = ("publisher", "published", "credit", "byline", "dateline", "title", "text")


KEEP_DOCS = 1024  # documents whose word sets and index a process keeps (~15 KB each)


class Corpus:
    """The documents reduced to what reuse needs: metadata, sentences as alignment units."""

    def __init__(self, doc_ids, meta, texts, sentences, units, quotes):
        self.doc_ids: list[str] = doc_ids
        self.meta: list[dict] = meta
        self.texts: list[str] = texts
        self.sentences: list[list[segment.Sentence]] = sentences  # empty after prepare(): the units carry them
        self.units: list[list[align.Unit]] = units
        self.quotes: list[list[tuple[int, int]]] = quotes
        self._sets: dict[int, list[set[int]]] = {}
        self._index: dict[int, dict[int, list[int]]] = {}

    def word_sets(self, doc: int) -> list[set[int]]:
        """The distinct content-word ids of each sentence of a document (kept for the last
        ``KEEP_DOCS`` documents asked for: a document's candidate pairs come close together)."""
        if doc not in self._sets:
            if len(self._sets) >= KEEP_DOCS:
                self._sets.clear()
            self._sets[doc] = [set(u.ids.tolist()) for u in self.units[doc]]
        return self._sets[doc]

    def word_index(self, doc: int) -> dict[int, list[int]]:
        """Content-word id -> the document's sentences holding it, in order (kept as
        :meth:`word_sets`)."""
        if doc not in self._index:
            if len(self._index) >= KEEP_DOCS:
                self._index.clear()
            index: dict[int, list[int]] = defaultdict(list)
            for k, ws in enumerate(self.word_sets(doc)):
                for w in ws:
                    index[w].append(k)
            self._index[doc] = dict(index)
        return self._index[doc]


def _check(documents: pd.DataFrame) -> None:
    if not isinstance(documents, pd.DataFrame):
        raise TypeError(f"reuse.build needs the documents table as a DataFrame, got {type(documents).__name__}")
    missing = [c for c in ("doc_id", "text") if c not in documents.columns]
    if missing:
        raise ValueError(f"reuse.build: the documents table has no column {missing}")
    ids = documents["doc_id"]
    if ids.isna().any():
        raise ValueError("reuse.build: documents with an empty doc_id")
    dup = sorted(set(ids[ids.duplicated()].astype(str)))
    if dup:
        raise ValueError(f"reuse.build: duplicate doc_id {dup[:5]}")
    bad_text = [str(d) for d, t in zip(ids, documents["text"]) if not isinstance(t, str)]
    if bad_text:
        raise ValueError(f"reuse.build: documents without a text: {bad_text[:5]}")
    if "published" in documents.columns:
        bad = [f"{d}: {p!r}" for d, p in zip(ids, documents["published"])
               if isinstance(p, str) and p and not _ISO_DAY.fullmatch(p)]
        bad += [f"{d}: {p!r}" for d, p in zip(ids, documents["published"])
                if not isinstance(p, str) and not pd.isna(p)]
        if bad:
            raise ValueError(f"reuse.build: `published` must be YYYY-MM-DD or empty: {bad[:5]}")


def _paragraph_index(paragraphs: pd.DataFrame | None, doc_ids: list[str]) -> dict[str, list] | None:
    if paragraphs is None:
        return None
    missing = [c for c in ("doc_id", "start", "end", "kind") if c not in paragraphs.columns]
    if missing:
        raise ValueError(f"reuse.build: the paragraphs table has no column {missing}")
    out: dict[str, list] = defaultdict(list)
    for d, a, b, k in zip(paragraphs["doc_id"], paragraphs["start"], paragraphs["end"], paragraphs["kind"]):
        out[str(d)].append((int(a), int(b), str(k)))
    lacking = [d for d in doc_ids if d not in out]
    if lacking:
        raise ValueError(f"reuse.build: no paragraphs for documents {lacking[:5]} (pass paragraphs=None to "
                         "split texts at blank lines)")
    return out


def prepare(documents: pd.DataFrame, paragraphs: pd.DataFrame | None = None) -> Corpus:
    """Segment every document and weight every word by its rarity in this corpus."""
    _check(documents)
    docs = documents.sort_values("doc_id", kind="mergesort")
    doc_ids = [str(d) for d in docs["doc_id"]]
    paras = _paragraph_index(paragraphs, doc_ids)
    meta, texts, sentences = [], [], []
    for record in docs.to_dict("records"):
        row = {k: record.get(k) for k in META}
        meta.append(row)
        texts.append(record["text"])
        sentences.append(segment.sentences(record["text"], paras[str(record["doc_id"])] if paras else None))
    vocab: dict[str, int] = defaultdict(itertools.count().__next__)  # a new word gets the next id
    word_id = vocab.__getitem__
    df: dict[int, int] = defaultdict(int)
    doc_word_ids = []
    for sents in sentences:
        ids_here = []
        seen = set()
        for s in sents:
            ids = list(map(word_id, s.words))
            ids_here.append(ids)
            seen.update(compress(ids, s.content))
        for i in seen:
            df[i] += 1
        doc_word_ids.append(ids_here)
    n = len(doc_ids)
    log_n = math.log(n) if n > 1 else 1.0
    weight = np.full(len(vocab), 1.0)
    for i, f in df.items():
        weight[i] = 0.35 + 0.65 * (math.log(n / f) / log_n if n > 1 else 1.0)
    units, quotes = [], []
    for text, sents, ids_list in zip(texts, sentences, doc_word_ids):
        doc_units = []
        for s, ids in zip(sents, ids_list):
            content = s.content
            keep = list(compress(range(len(content)), content))
            ids_arr = np.array(list(compress(ids, content)), dtype=np.int64)
            names = np.array(list(compress(s.name, content)), dtype=bool)
            w = weight[ids_arr] * np.where(names, align.NAME_FACTOR, 1.0) if keep else np.zeros(0)
            surface = [segment.normalise_surface(text[x:y]) for x, y in s.spans]
            doc_units.append(align.Unit(s.start, s.end, ids_arr, w, list(compress(s.spans, content)), surface,
                                        s.spans, keep))
        units.append(doc_units)
    for doc_id, text in zip(doc_ids, texts):
        spans = segment.paragraph_spans(text, paras[doc_id] if paras else None)
        quotes.append([r for a, b, _ in spans for r in segment.quoted_regions(text, a, b)])
    return Corpus(doc_ids, meta, texts, [], units, quotes)  # the sentences live on in the units


def _inside(regions: list[tuple[int, int]], a: int, b: int) -> bool:
    """At least half of [a, b) lies inside quotation marks."""
    covered = sum(max(0, min(b, y) - max(a, x)) for x, y in regions)
    return b > a and covered * 2 >= (b - a)


def _sentence_pairs(corpus: Corpus, target: int, source: int) -> list[tuple[int, int]]:
    """(target sentence, source sentence) of a document pair sharing at least
    ``align.MIN_SHARED_WORDS`` distinct content words: the pairs worth aligning."""
    index = corpus.word_index(source)
    out = []
    for ti, words in enumerate(corpus.word_sets(target)):
        counts: dict[int, int] = defaultdict(int)
        for w in words:
            for k in index.get(w, ()):
                counts[k] += 1
        out.extend((ti, si) for si in sorted(k for k, c in counts.items() if c >= align.MIN_SHARED_WORDS))
    return out


def _align_pair(sentence_pairs: list[tuple[int, int]], aligned: list["align.SentenceMatch | None"]
                ) -> list[tuple[int, int, align.Passage, str]]:
    """(target sentence, source sentence, passage, evidence) for one document pair, from its
    sentence pairs and their alignments (:func:`_prefetch`). Sentence pairs with strong evidence
    are kept; plausible ones only when the pair has strong evidence somewhere (``align``'s
    docstring); overlapping passages in a target sentence keep the best one."""
    matches = [(ti, si, m) for (ti, si), m in zip(sentence_pairs, aligned) if m is not None and m.plausible]
    matches = _supported(matches)
    found = []
    by_target: dict[int, list] = defaultdict(list)
    for ti, si, m in matches:
        for p in m.passages:
            by_target[ti].append((m.coverage, si, p, "strong" if m.strong else "supported"))
    for ti in sorted(by_target):
        kept: list[tuple[int, align.Passage, str]] = []
        for _, si, p, evidence in sorted(by_target[ti], key=lambda h: (-h[0], h[1], h[2].a_first)):
            if all(p.a_last < k.a_first or p.a_first > k.a_last for _, k, _ in kept):
                kept.append((si, p, evidence))
        found.extend((ti, si, p, ev) for si, p, ev in sorted(kept, key=lambda h: h[1].a_first))
    return found


PREFETCH = 64  # document pairs whose new sentence alignments are computed in one batch


def _prefetch(corpus: Corpus, oriented: list[tuple[int, int]], sentence_pairs: list[list[tuple[int, int]]]
              ) -> list[list["align.SentenceMatch | None"]]:
    """The alignments of these document pairs' sentence pairs, in the same order: those already
    in the memo, and the others computed together in one batch (:func:`align.match_batch`) and
    remembered."""
    keys: list[list[tuple]] = []
    aligned: dict = {}
    todo: dict = {}
    for (target, source), sp in zip(oriented, sentence_pairs):
        t_units, s_units = corpus.units[target], corpus.units[source]
        here = []
        for ti, si in sp:
            u, v = t_units[ti], s_units[si]
            key = align.key(u, v)
            here.append(key)
            if key in aligned or key in todo:
                continue
            found = align.remembered(key)
            if found is not align.MISSING:
                aligned[key] = found
            else:
                todo[key] = (u, v)
        keys.append(here)
    if todo:
        for key, m in zip(todo, align.match_batch(list(todo.values()))):
            aligned[key] = m
            align.remember(key, m)
    return [[aligned[k] for k in here] for here in keys]


def _supported(matches: list[tuple[int, int, align.SentenceMatch]]) -> list[tuple[int, int, align.SentenceMatch]]:
    """Strong sentence matches, plus the plausible ones they support: when the pair has at
    least ``align.SUPPORT`` strong matches, a plausible match whose source sentence lies within
    ``align.SUPPORT_WINDOW`` sentences of an accepted one is accepted too, repeatedly (a
    rewritten passage follows its source's order)."""
    accepted = [m for m in matches if m[2].strong]
    if len(accepted) < align.SUPPORT:
        return accepted
    pending = [m for m in matches if not m[2].strong]
    changed = True
    while changed and pending:
        changed = False
        near = {si for _, si, _ in accepted}
        for m in list(pending):
            if any(abs(m[1] - si) <= align.SUPPORT_WINDOW for si in near):
                accepted.append(m)
                pending.remove(m)
                changed = True
    return sorted(accepted, key=lambda m: (m[0], m[1]))


_SURFACE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _surface(text: str) -> list[str]:
    return [segment.normalise_surface(w) for w in _SURFACE.findall(text)]


def _row(corpus: Corpus, target: int, source: int, ti: int, si: int, p: align.Passage, direction: str,
         evidence: str) -> tuple:
    tu, su = corpus.units[target][ti], corpus.units[source][si]
    start, end, s_start, s_end = align.extend(tu, su, p)
    text, source_text = corpus.texts[target][start:end], corpus.texts[source][s_start:s_end]
    if _inside(corpus.quotes[target], start, end) and _inside(corpus.quotes[source], s_start, s_end):
        kind = "shared_quotation"
    elif text == source_text or _surface(text) == _surface(source_text):
        kind = "verbatim"
    else:
        kind = "near_verbatim"
    return (corpus.doc_ids[target], start, end, corpus.doc_ids[source], s_start, s_end, round(p.similarity, 4), kind,
            direction, evidence, tu.start, su.start, len(p.pairs), text, source_text)  # in REUSE.names order


# A row is a tuple in ``REUSE.names`` order (about a quarter of a dict's size: a corpus of copies has
# hundreds of thousands of rows, pickled back from the worker processes).
_COL = {name: k for k, name in enumerate(REUSE.names)}
_SWAP = [(_COL[a], _COL[b]) for a, b in (("doc_id", "source_doc_id"), ("start", "source_start"), ("end", "source_end"),
                                         ("sentence_start", "source_sentence_start"), ("text", "source_text"))]




def _plan(corpus: Corpus, pairs) -> list[tuple]:
    """(target, source, direction, undecided source flag, sentence pairs) of each document pair."""
    out = []
    for i, j in pairs:
        how, src = lineage.direction(corpus.meta[i], corpus.meta[j])
        target, source = (j, i) if src == 0 else (i, j)
        out.append((target, source, how, src, _sentence_pairs(corpus, target, source)))
    return out


def _rows(corpus: Corpus, block: list[tuple], aligned: list[list]) -> list[tuple]:
    """The rows of planned document pairs (:func:`_plan`) given their sentence alignments."""
    rows = []
    for (target, source, how, src, sp), found in zip(block, aligned):
        for ti, si, p, evidence in _align_pair(sp, found):
            rows.append(_row(corpus, target, source, ti, si, p, how, evidence))
            if src == -1:
                rows.append(_swapped(rows[-1]))
    return rows


def _pair_rows(corpus: Corpus, pairs) -> list[tuple]:
    """The rows of these document pairs, in order; their sentence alignments are computed
    ``PREFETCH`` document pairs at a time, in batches."""
    rows = []
    pairs = list(pairs)
    for k in range(0, len(pairs), PREFETCH):
        block = _plan(corpus, pairs[k:k + PREFETCH])
        aligned = _prefetch(corpus, [(t, s) for t, s, _, _, _ in block], [b[4] for b in block])
        rows.extend(_rows(corpus, block, aligned))
    return rows


def reuse_rows(corpus: Corpus, pairs=None, jobs: int = 1) -> list[tuple]:
    """Every reuse row of the corpus (both orientations for undecided pairs). With ``jobs`` > 1
    the work runs in forked worker processes, each distinct sentence pair aligned once
    (:mod:`.parallel`), with the same rows as with one process."""
    if pairs is None:
        doc_shingles = []
        for units in corpus.units:
            sh: set = set()
            for u in units:
                sh |= candidates.shingles(u.ids.tolist())
            doc_shingles.append(sh)
        pairs = candidates.candidate_pairs(doc_shingles)
    items = list(pairs)
    if jobs <= 1 or len(items) <= PREFETCH or not hasattr(__import__("os"), "fork"):
        return _pair_rows(corpus, items)
    from .parallel import rows_in_workers

    return rows_in_workers(corpus, items, jobs)


def _swapped(row: tuple) -> tuple:
    out = list(row)
    for a, b in _SWAP:
        out[a], out[b] = row[b], row[a]
    return tuple(out)


def lineage_rows(corpus: Corpus, reuse: list[tuple]) -> list[dict]:
    """Per document and source: passages, prose characters of the sentences holding them,
    shares and the document's METER-style class."""
    sentence_len = [{u.start: u.end - u.start for u in units} for units in corpus.units]
    doc, start, direction_, source = _COL["doc_id"], _COL["sentence_start"], _COL["direction"], _COL["source_doc_id"]
    by_doc: dict[str, list[tuple]] = defaultdict(list)
    for r in reuse:
        by_doc[r[doc]].append(r)
    decided = {"earlier", "press_release", "wire"}
    position = {d: k for k, d in enumerate(corpus.doc_ids)}
    out = []
    for k, doc_id in enumerate(corpus.doc_ids):
        lengths = sentence_len[k]
        prose = sum(lengths.values())
        rows = by_doc.get(doc_id, [])
        derived = {r[start] for r in rows if r[direction_] in decided}
        undetermined = {r[start] for r in rows if r[direction_] not in decided} - derived
        derived_share = sum(lengths[s] for s in derived) / prose if prose else 0.0
        undetermined_share = sum(lengths[s] for s in undetermined) / prose if prose else 0.0
        cls = lineage.meter_class(derived_share)
        per_source: dict[str, list[tuple]] = defaultdict(list)
        for r in rows:
            per_source[r[source]].append(r)
        common = {"doc_id": doc_id, "derived_share": round(derived_share, 4),
                  "undetermined_share": round(undetermined_share, 4), "prose_chars": prose, "meter_class": cls}
        if not per_source:
            out.append({**common, "source_doc_id": None, "source_kind": None, "direction": None,
                        "n_passages": 0, "chars": 0, "share": 0.0})
        for source_doc_id in sorted(per_source):
            rs = per_source[source_doc_id]
            chars = sum(lengths[s] for s in {r[start] for r in rs})
            src_meta = corpus.meta[position[source_doc_id]]
            out.append({**common, "source_doc_id": source_doc_id, "source_kind": lineage.publisher_kind(src_meta),
                        "direction": rs[0][direction_], "n_passages": len(rs), "chars": chars,
                        "share": round(chars / prose, 4) if prose else 0.0})
    return out


def build(documents: pd.DataFrame, paragraphs: pd.DataFrame | None = None, *, jobs: int = 1
          ) -> dict[str, pd.DataFrame]:
    """The ``reuse`` and ``lineage`` tables of a corpus (see the module docstring); ``jobs``
    worker processes align the candidate pairs (same tables whatever the number)."""
    corpus = prepare(documents, paragraphs)
    rows = reuse_rows(corpus, jobs=jobs)
    reuse = conform(pd.DataFrame(rows, columns=REUSE.names), REUSE)
    lin = conform(pd.DataFrame(lineage_rows(corpus, rows), columns=LINEAGE.names), LINEAGE)
    return {"reuse": reuse, "lineage": lin}
