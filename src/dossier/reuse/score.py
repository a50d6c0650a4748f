"""Scoring the ``reuse`` table against a hand alignment (``tests/gold/reuse/``): precision and
recall of derived sentences, and of (sentence, source sentence) pairs. The rules are in
``tests/gold/reuse/README.md``."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd


def load_gold(folder) -> list[dict]:
    """Every hand alignment in ``folder`` (one JSON file per article), sorted by file name."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def _locate(text: str, piece: str, what: str) -> tuple[int, int]:
    at = text.find(piece)
    if at == -1 or text.find(piece, at + 1) != -1:
        raise ValueError(f"gold {what} is not found exactly once in the text: {piece[:60]!r}")
    return at, at + len(piece)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    inter = min(a1, b1) - max(a0, b0)
    return inter > 0 and (2 * inter >= a1 - a0 or 2 * inter >= b1 - b0)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def score_gold(reuse: pd.DataFrame, documents: pd.DataFrame, gold: dict) -> dict:
    """{sentence_precision, sentence_recall, pair_precision, pair_recall, counts, misses}."""
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"]))
    article = gold["article"]
    sources = gold["sources"]
    src_doc = {key: sources[key[0]] for key in gold["source_sentences"]}
    src_span = {key: _locate(texts[src_doc[key]], s, f"source sentence {key}")
                for key, s in gold["source_sentences"].items()}
    rows = reuse[(reuse["doc_id"] == article) & reuse["source_doc_id"].isin(list(sources.values()))]
    rows = list(rows[["start", "end", "source_doc_id", "source_start", "source_end"]].itertuples(index=False))
    tp = fp = fn = ptp = pfp = pfn = 0
    misses = []
    for sent in gold["sentences"]:
        a, b = _locate(texts[article], sent["text"], "sentence")
        hits = [r for r in rows if _overlaps(a, b, int(r.start), int(r.end))]
        gold_from = set(sent.get("from", []))
        also = set(sent.get("also", []))
        predicted = bool(hits)
        if predicted and gold_from:
            tp += 1
        elif predicted:
            fp += 1
            misses.append({"sentence": sent["text"], "error": "predicted derived, gold not derived"})
        elif gold_from:
            fn += 1
            misses.append({"sentence": sent["text"], "error": f"missed, gold derives from {sorted(gold_from)}"})
        found_keys = set()
        for r in hits:
            keys = {k for k, (x, y) in src_span.items()
                    if src_doc[k] == r.source_doc_id and _overlaps(x, y, int(r.source_start), int(r.source_end))}
            found_keys |= keys
        ptp += len(found_keys & gold_from)
        pfp += len(found_keys - gold_from - also)
        pfn += len(gold_from - found_keys)
    sp, sr = _prf(tp, fp, fn)
    pp, pr = _prf(ptp, pfp, pfn)
    return {"sentence_precision": sp, "sentence_recall": sr, "pair_precision": pp, "pair_recall": pr,
            "counts": {"derived_found": tp, "false_derived": fp, "missed": fn,
                       "pairs_found": ptp, "wrong_pairs": pfp, "pairs_missed": pfn},
            "misses": misses}
