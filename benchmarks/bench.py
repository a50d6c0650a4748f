"""Speed and memory of `dossier extract` against plain spaCy, on generated corpora.

    python benchmarks/bench.py [--sizes 1000 10000] [--jobs 2] [--skip-dask]

For each size N it builds a corpus of N documents from the real corpus texts, varied so that no
two are alike (paragraphs reordered, numbers and country names swapped, a unique line added:
nothing is trivially cached), then measures, each configuration in a fresh process:

- plain:  `nlp.pipe` of the same pinned model over the same document texts (already in memory),
          with the same number of processes;
- cold:   `dossier extract` from the files to all tables, empty cache;
- warm:   the same command again, unchanged corpus;
- dask:   `dossier extract --engine dask` on a LocalCluster of the same number of workers
          (at the first size);

reporting documents/s, tokens/s and the peak resident memory of the whole process tree, and
the ratios the project's targets are stated in. It also times, in one process, entity
extraction alone against plain `nlp.pipe` (the entities issue's 1.25x budget) and `--jobs 1`
against `--jobs 2` (at the first size). Results go to benchmarks/out/results.json and are printed as a table.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
PY = sys.executable

COUNTRIES = ["France", "Belgium", "Italy", "Greece", "Albania", "Tunisia", "Georgia", "Bulgaria", "Iran",
             "Iraq", "Syria", "Libya", "Morocco", "Spain", "Germany", "the Netherlands", "Poland", "Romania"]


def build_corpus(n: int, folder: Path) -> Path:
    """N varied documents from the six corpus files (front matter kept, body varied)."""
    if folder.exists() and len(list(folder.glob("*.txt"))) == n:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    sources = sorted((ROOT / "data" / "raw").glob("*.txt"))
    bases = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        front, body = "", text
        if text.startswith("---\n"):
            end = text.index("\n---\n", 4) + 5
            front, body = text[:end], text[end:]
        paras = [p for p in body.split("\n\n") if p.strip()]
        bases.append((path.stem, front, paras))
    for i in range(n):
        rng = random.Random(i)
        stem, front, paras = bases[i % len(bases)]
        head, rest = paras[:3], paras[3:]
        rng.shuffle(rest)
        body = "\n\n".join(head + rest)
        body = re.sub(r"\b\d{2,3}\b", lambda m: str(rng.randint(10, 999)), body)
        for name in ("Belgium", "Tunisia", "Italy", "Iran", "Bulgaria"):
            body = body.replace(name, rng.choice(COUNTRIES))
        body += f"\n\nThis is copy {i} of the {stem.split('-')[0]} text, prepared for a benchmark."
        if not front:
            front = f"---\ntitle: \"Benchmark copy {i}\"\npublished: \"2023-08-{1 + i % 28:02d}\"\n---\n\n"
        (folder / f"doc-{i:05d}.txt").write_text(front + body, encoding="utf-8")
    return folder


def run(cmd: list[str], env: dict | None = None) -> tuple[float, float, str]:
    """Run a command; return (wall seconds, peak RSS of its process tree in MiB, stdout)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [parent, *parent.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in procs if p.is_running())
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    if proc.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{err[-3000:]}")
    return time.perf_counter() - t0, peak / 2**20, out


PLAIN = r"""
import json, sys, time
import pandas as pd
from dossier import nlp
texts = list(pd.read_parquet(sys.argv[1], columns=["text"])["text"])
model = nlp.load_model()
t0 = time.perf_counter()
tokens = sum(len(doc) for doc in model.pipe(texts, batch_size=32, n_process=int(sys.argv[2])))
print(json.dumps({"seconds": time.perf_counter() - t0, "tokens": tokens, "docs": len(texts)}))
"""

ENTITIES_ONLY = r"""
import json, sys, time
import pandas as pd
from dossier import nlp, reference
from dossier.extract.linker import Linker
texts = list(pd.read_parquet(sys.argv[1], columns=["text"])["text"])[: int(sys.argv[2])]
plain = nlp.load_model()
ref = reference.load()
ours = nlp.pipeline(ref.version)
for model in (plain, ours):  # warm both up
    list(model.pipe(texts[:20]))
t0 = time.perf_counter()
for _ in plain.pipe(texts, batch_size=32):
    pass
t_plain = time.perf_counter() - t0
t0 = time.perf_counter()
for doc in ours.pipe(texts, batch_size=32):
    Linker(ref).link(doc)
t_ours = time.perf_counter() - t0
print(json.dumps({"plain": t_plain, "entities": t_ours, "docs": len(texts)}))
"""


def extract(corpus: Path, out: Path, cache: Path, jobs: int, engine: str = "local") -> dict:
    cmd = [PY, "-m", "dossier.cli", "extract", str(corpus), "--out", str(out), "--cache", str(cache),
           "--jobs", str(jobs), "--quiet", "--engine", engine]
    wall, peak, stdout = run(cmd)
    seconds = float(re.search(r"([\d.]+) s, ", stdout).group(1))
    summary = json.loads((out / "summary.json").read_text())
    return {"seconds": seconds, "wall": wall, "peak_mib": peak, "docs": summary["documents"], "stdout": stdout}


def bench_size(n: int, jobs: int, dask: bool, scaling: bool) -> dict:
    corpus = build_corpus(n, OUT / f"corpus-{n}")
    work = Path(tempfile.mkdtemp(prefix=f"bench-{n}-", dir=OUT))
    res: dict = {"n": n, "jobs": jobs}
    cold = extract(corpus, work / "cold", work / "cache", jobs)
    warm = extract(corpus, work / "warm", work / "cache", jobs)
    docs_table = work / "cold" / "documents.parquet"
    wall, peak, stdout = run([PY, "-c", PLAIN, str(docs_table), str(jobs)])
    plain = json.loads(stdout) | {"wall": wall, "peak_mib": peak}
    tokens = plain["tokens"]
    res["plain"] = plain
    res["cold"] = cold
    res["warm"] = warm
    for k in ("plain", "cold", "warm"):
        res[k]["docs_per_s"] = n / res[k]["seconds"]
        res[k]["tokens_per_s"] = tokens / res[k]["seconds"]
    res["ratio_cold_vs_plain_throughput"] = res["cold"]["docs_per_s"] / res["plain"]["docs_per_s"]
    res["ratio_warm_vs_cold_time"] = warm["seconds"] / cold["seconds"]
    if scaling:
        one = extract(corpus, work / "jobs1", work / "cache-jobs1", 1)
        res["jobs1"] = one | {"docs_per_s": n / one["seconds"]}
        res["ratio_jobs2_vs_jobs1_throughput"] = one["seconds"] / cold["seconds"]
        wall, peak, stdout = run([PY, "-c", ENTITIES_ONLY, str(docs_table), str(min(n, 1000))])
        ent = json.loads(stdout)
        res["entities_only"] = ent
        res["ratio_entities_vs_plain_cost"] = ent["entities"] / ent["plain"]
    if dask:
        d = extract(corpus, work / "dask", work / "cache-dask", jobs, engine="dask")
        res["dask"] = d | {"docs_per_s": n / d["seconds"]}
        res["ratio_dask_vs_local_throughput"] = res["dask"]["docs_per_s"] / res["cold"]["docs_per_s"]
    shutil.rmtree(work, ignore_errors=True)
    for k in ("cold", "warm", "jobs1", "dask"):
        if k in res:
            res[k].pop("stdout", None)
    return res


def report(results: list[dict]) -> str:
    lines = ["| N | run | seconds | docs/s | tokens/s | peak MiB |", "|---|---|---|---|---|---|"]
    for r in results:
        tokens = r["plain"]["tokens"]
        for k in ("plain", "cold", "warm", "jobs1", "dask"):
            if k in r:
                x = r[k]
                label = {"plain": f"plain nlp.pipe, {r['jobs']} proc", "cold": f"dossier extract cold, --jobs {r['jobs']}",
                         "warm": "dossier extract warm (unchanged corpus)", "jobs1": "dossier extract cold, --jobs 1",
                         "dask": f"dossier extract --engine dask, {r['jobs']} workers"}[k]
                lines.append(f"| {r['n']} | {label} | {x['seconds']:.1f} | {r['n'] / x['seconds']:.1f} | "
                             f"{tokens / x['seconds']:.0f} | {x['peak_mib']:.0f} |")
    lines.append("")
    for r in results:
        lines.append(f"N={r['n']}: cold/plain throughput {r['ratio_cold_vs_plain_throughput']:.2f} (target >= 0.8); "
                     f"warm/cold time {r['ratio_warm_vs_cold_time']:.3f} (target <= 0.05)")
        if "ratio_jobs2_vs_jobs1_throughput" in r:
            lines.append(f"N={r['n']}: --jobs 2 / --jobs 1 throughput {r['ratio_jobs2_vs_jobs1_throughput']:.2f} (target >= 1.6); "
                         f"entity extraction / plain nlp.pipe cost, one process {r['ratio_entities_vs_plain_cost']:.2f} (target <= 1.25)")
        if "ratio_dask_vs_local_throughput" in r:
            lines.append(f"N={r['n']}: dask (LocalCluster, {r['jobs']} workers) / local throughput {r['ratio_dask_vs_local_throughput']:.2f}")
    if len(results) >= 2:
        small, large = results[0], results[-1]
        lines.append(f"peak memory N={large['n']} / N={small['n']}: cold {large['cold']['peak_mib'] / small['cold']['peak_mib']:.2f}, "
                     f"warm {large['warm']['peak_mib'] / small['warm']['peak_mib']:.2f} (target <= 1.2)")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results = []
    for i, n in enumerate(args.sizes):
        print(f"N = {n} ...", file=sys.stderr, flush=True)
        # jobs scaling, entity-only cost and the Dask engine are measured at the first size
        first = i == 0
        results.append(bench_size(n, args.jobs, dask=first and not args.skip_dask, scaling=first))
    text = report(results)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform}
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "results": results}, indent=1) + "\n")
    (OUT / "results.md").write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
