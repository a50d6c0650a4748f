"""Benchmark of text reuse (dossier.reuse.build): seconds for 1,000 and 10,000 documents and
the ratio. CPU time of this process is reported beside wall time, because a shared machine's
load moves wall time by factors; the ratio is taken on CPU time. Linear cost means 10x the time
for 10x the documents, i.e. the same time per document (a per-document ratio of 1.00x).

The documents are generated from the corpus texts with variation: each is made of corpus
sentences whose content words are all replaced by variants drawn from a large
Zipf-Mandelbrot vocabulary (so that, as in a real corpus, most word pairs are rare and a few
are stock phrases); 30% of the documents also take 2-4 sentences, lightly edited, from one or
two earlier generated documents (so the corpus really contains reuse, in proportion to its
size). Generated in memory, seeded, nothing written. Also reported: the share of planted copies
recovered and the share of rows that join two documents really sharing a generated sentence.

    .venv/bin/python benchmarks/reuse_bench.py [--sizes 1000 10000]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from dossier import config
from dossier.reuse import build, segment

SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "ber", "dan", "fel", "gor", "hin", "jas", "kel", "mur")


def corpus_sentences() -> list[str]:
    docs = pd.read_parquet(config.INTERIM / "documents.parquet")
    out = []
    for text in docs["text"]:
        for s in segment.sentences(text):
            if len(s.words) >= 8:
                out.append(text[s.start:s.end])
    return out


def generate(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sentences = corpus_sentences()
    pool = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]  # 4,096 syllable stems
    size, offset = 200_000, 100.0

    def vary(sentence: str) -> str:
        """Every content word replaced by a variant (its first letters + a generated stem), drawn
        from a Zipf-Mandelbrot law over 200,000 types: p(rank) ~ 1 / (rank + 100)."""
        out = []
        for w in sentence.split(" "):
            if len(w) > 3 and w.lower() not in segment.STOPWORDS:
                rank = int(offset * np.exp(rng.random() * np.log((size + offset) / offset)) - offset)
                out.append(w[:2] + pool[rank % len(pool)] + (str(rank // len(pool)) if rank >= len(pool) else ""))
            else:
                out.append(w)
        return " ".join(out)

    texts, published, bodies = [], [], []  # bodies: per document, [(sentence id, text, copied)]
    for k in range(n):
        body = [((k, j), vary(sentences[int(i)]), False)
                for j, i in enumerate(rng.integers(0, len(sentences), int(rng.integers(8, 16))))]
        if k > 10 and rng.random() < 0.3:
            for src in rng.integers(0, k, int(rng.integers(1, 3))):
                src_body = bodies[int(src)]
                for x in rng.choice(len(src_body), min(len(src_body), int(rng.integers(2, 5))), replace=False):
                    sid, sentence, _ = src_body[int(x)]
                    words = sentence.split(" ")
                    if len(words) > 6 and rng.random() < 0.5:
                        del words[int(rng.integers(1, len(words) - 1))]
                    body.insert(int(rng.integers(0, len(body) + 1)), (sid, " ".join(words), True))
        bodies.append(body)
        texts.append(f"Generated document {k}\n\n" + "\n\n".join(t for _, t, _ in body))
        published.append(str(pd.Timestamp("2010-01-01") + pd.Timedelta(days=k * 14 * 365 // n))[:10])
    docs = pd.DataFrame({"doc_id": [f"g{k:05d}" for k in range(n)], "text": texts, "published": published,
                         "publisher": ["A newspaper"] * n})
    docs.attrs["bodies"] = bodies
    return docs


def check(docs: pd.DataFrame, reuse: pd.DataFrame) -> tuple[float, float]:
    """(recall, precision) against what was planted: a copied sentence is recovered when a row of
    its document overlaps it; a row is right when its two documents hold a copy of the same
    generated sentence."""
    spans, holders = [], {}
    for k, (text, body) in enumerate(zip(docs["text"], docs.attrs["bodies"])):
        pos = text.index("\n\n") + 2
        doc_spans = []
        for sid, sentence, copied in body:
            doc_spans.append((pos, pos + len(sentence), sid, copied))
            holders.setdefault(sid, set()).add(f"g{k:05d}")
            pos += len(sentence) + 2
        spans.append(doc_spans)
    rows = reuse.groupby("doc_id")
    found = total = 0
    for k, doc_spans in enumerate(spans):
        mine = rows.get_group(f"g{k:05d}") if f"g{k:05d}" in rows.groups else reuse.iloc[:0]
        for a, b, _, copied in doc_spans:
            if copied:
                total += 1
                found += bool(((mine["start"] < b) & (mine["end"] > a)).any())
    shared = {}
    for sid, docs_with in holders.items():
        for d in docs_with:
            shared.setdefault(d, set()).add(sid)
    right = sum(bool(shared.get(d, set()) & shared.get(s, set()))
                for d, s in zip(reuse["doc_id"], reuse["source_doc_id"]))
    return found / max(total, 1), right / max(len(reuse), 1)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args(argv)
    results = []
    for n in args.sizes:
        docs = generate(n)
        words = int(docs["text"].str.count(" ").sum())
        t0, c0 = time.perf_counter(), time.process_time()
        out = build(docs)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        results.append((n, cpu))
        recall, precision = check(docs, out["reuse"])
        lin = out["lineage"]
        derived = lin.loc[lin["meter_class"] != "non_derived", "doc_id"].nunique()
        print(f"{n:>6} documents  {words:>9} words  {seconds:7.2f} s wall  {cpu:7.2f} s CPU  "
              f"{len(out['reuse']):>6} reuse rows  "
              f"{derived:>5} derived documents  planted pieces recovered {recall:.3f}, rows right {precision:.3f}",
              flush=True)
    if len(results) >= 2:
        (n0, t0), (n1, t1) = results[0], results[-1]
        print(f"CPU time ratio {t1 / t0:.2f}x for {n1 / n0:.0f}x documents; per document "
              f"{(t1 / n1) / (t0 / n0):.2f}x (linear = 1.00x)")


if __name__ == "__main__":
    main()
