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

reporting documents/s, tokens/s and the peak memory of the whole process tree (summed resident
sizes, and summed proportional set sizes, which count a page shared by forked workers once), and
the ratios the project's targets are stated in. It also times, in one process, entity
extraction alone against plain `nlp.pipe` (the entities issue's 1.25x budget) and `--jobs 1`
against `--jobs 2` (at the first size). Results go to benchmarks/out/results.json and are printed as a table.

    python benchmarks/bench.py --lengths 25000 100000 400000 1600000 5000000 [--repeat 2]
    python benchmarks/bench.py --dask-series 2000     # whole runs: local engine, Dask 1 and 2 workers
    python benchmarks/bench.py --engines 2000         # the per-document phase alone, same three engines
    python benchmarks/bench.py --phase 300 [--repeat 2]  # the per-document phase in one process, by extractor

measures one document of each length instead (the corpus texts repeated and varied):
`dossier extract --no-cache` against plain `nlp.pipe` of the same model over the same
paragraph-aligned pieces (``dossier.corpus.parse.pieces``: spaCy refuses texts over its
``max_length``, so plain spaCy is given the same chunking at every size), each a fresh process
with model loading included, and the peak memory of each.

Before anything is timed, the package's modules are compiled to byte code (``compileall``), as
a ``pip install`` does for spaCy's and every other installed package: in an environment that
sets ``PYTHONDONTWRITEBYTECODE`` an editable install has none, and every fresh ``dossier``
process would compile its ~150 modules from source (about 0.2 s of CPU), a cost plain spaCy
never pays and a researcher's second run does not either.
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
LAST_CPU = [0.0]  # CPU seconds of the last command run()
LAST_PSS = [0.0]  # peak proportional set size (MiB) of the last command's process tree
PSS_EVERY = 10  # samples between two PSS readings (reading smaps costs more than the RSS)

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
    """Run a command; return (wall seconds, peak RSS of its process tree in MiB, stdout). The CPU
    seconds it used (user + system, its waited-for descendants included: less sensitive to a
    busy machine than wall time) are kept in ``LAST_CPU[0]``, and the peak sum of the tree's
    proportional set sizes in ``LAST_PSS[0]`` (read every PSS_EVERY samples, ~0.5 s). The RSS sum
    counts a page shared by forked workers once per process (the reuse step's workers share the
    main process's pages copy-on-write), so for a tree of forked workers it overstates the memory
    in use; PSS splits each shared page among its sharers."""
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=ROOT)
    parent = psutil.Process(proc.pid)
    peak = peak_pss = 0
    n = 0
    while proc.poll() is None:
        try:
            procs = [parent, *parent.children(recursive=True)]
            rss = sum(p.memory_info().rss for p in procs if p.is_running())
            peak = max(peak, rss)
            if n % PSS_EVERY == 0:
                peak_pss = max(peak_pss, sum(p.memory_full_info().pss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        n += 1
        time.sleep(0.05)
    LAST_PSS[0] = peak_pss / 2**20
    out, err = proc.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
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


PHASE = r"""
import json, sys, time
from dossier import ingest, nlp, reference
from dossier.corpus.cache import make_task
from dossier.corpus.parse import parse
from dossier.extract import EXTRACTORS, analyse
from dossier.extract.context import DocContext
from dossier.extract.registry import order
from dossier.extract.spans import release
docs = [d for d, _ in ingest.iter_corpus([sys.argv[1]]) if d is not None]
ref = reference.load()
tasks = [make_task(d, str(i), ref.version) for i, d in enumerate(docs)]
texts = [t["text"] for t in tasks]
plain = nlp.load_model()
ours = nlp.pipeline(ref.version)
extractors = order(EXTRACTORS)
list(plain.pipe(texts[:20]))  # warm both up (the extractors' data loaded once per process)
for doc, task in parse(ours, tasks[:20]):
    analyse(doc, task, ref)
cpu = time.process_time
CHUNK = 25  # documents: plain and ours alternate chunk by chunk, so the machine's drifts hit both alike


def run_plain(chunk):
    t0 = cpu()
    n = sum(len(doc) for doc in plain.pipe([t["text"] for t in chunk], batch_size=32))
    return cpu() - t0, n


def run_ours(chunk, by):
    t0 = cpu()
    with ours.memory_zone():
        for doc, task in parse(ours, chunk):
            ctx = DocContext.from_task(doc, task, ref)
            for e in extractors:
                t1 = cpu()
                ctx.results[e.name] = e.run(ctx)
                by[e.name] += cpu() - t1
            release(doc)
            del doc, ctx
    return cpu() - t0


rounds = []
for k in range(int(sys.argv[2])):
    by = dict.fromkeys((e.name for e in extractors), 0.0)
    t_plain = total = 0.0
    tokens = 0
    for j in range(0, len(tasks), CHUNK):
        chunk = tasks[j:j + CHUNK]
        if (j // CHUNK + k) % 2:
            total += run_ours(chunk, by)
        a, n = run_plain(chunk)
        t_plain += a
        tokens += n
        if not (j // CHUNK + k) % 2:
            total += run_ours(chunk, by)
    rounds.append({"plain": t_plain, "phase": total, "extractors": sum(by.values()), "by": by})
print(json.dumps({"docs": len(tasks), "tokens": tokens, "rounds": rounds}))
"""


def bench_phase(n: int, repeat: int) -> str:
    """The per-document phase in one process (the parse of ``dossier.corpus.parse`` and every
    extractor, as ``analyse()`` runs them, no cache, no assembly), against plain ``nlp.pipe`` of
    the stock model over the same texts in the same process, ``repeat`` rounds: CPU seconds of
    this process (``time.process_time``), the two sides alternating every 25 documents (which goes
    first alternates too), so another job on the machine and its speed drifting within a minute
    move both sides alike. The accuracy issue's speed criterion is the ratio plain / phase (>= 0.9)."""
    corpus = build_corpus(n, OUT / f"corpus-{n}")
    wall, peak, stdout = run([PY, "-c", PHASE, str(corpus), str(repeat)])
    res = json.loads(stdout)
    names = list(res["rounds"][0]["by"])
    lines = [f"| N = {res['docs']:,}, one process, CPU s | plain nlp.pipe | parse | extractors | "
             + " | ".join(names) + " | plain / phase |",
             "|---|" + "---|" * (len(names) + 4)]
    for i, r in enumerate(res["rounds"], 1):
        lines.append(f"| round {i} | {r['plain']:.2f} | {r['phase'] - r['extractors']:.2f} | {r['extractors']:.2f} | "
                     + " | ".join(f"{r['by'][k]:.2f}" for k in names) + f" | **{r['plain'] / r['phase']:.3f}** |")
    lines.append("")
    lines.append(f"peak RSS {peak:.0f} MiB; load (1 min) {os.getloadavg()[0]:.1f}; target plain / phase >= 0.9")
    return "\n".join(lines)


PLAIN_PIECES = r"""
import json, sys, time
from pathlib import Path
from dossier import nlp
from dossier.corpus.parse import pieces
text = Path(sys.argv[1]).read_text(encoding="utf-8")
model = nlp.load_model()
model.add_pipe("paragraph_breaks", before="parser")
tokens = sum(len(doc) for doc in model.pipe(pieces(text), batch_size=32))
print(json.dumps({"tokens": tokens}))
"""


def build_long(n_chars: int, path: Path) -> Path:
    """One document of about n_chars characters: the corpus bodies repeated, each copy varied."""
    corpus = build_corpus(60, OUT / "corpus-60")
    texts = [p.read_text(encoding="utf-8").split("\n---\n", 1)[-1] for p in sorted(corpus.glob("*.txt"))]
    parts, size, i = [], 0, 0
    while size < n_chars:
        t = texts[i % len(texts)] + f"\n\nSection {i}."
        parts.append(t)
        size += len(t) + 2
        i += 1
    text = "\n\n".join(parts)[:n_chars]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("---\ntitle: Long document\npublished: 2023-08-09\n---\n\n" + text, encoding="utf-8")
    return path


def bench_lengths(lengths: list[int], repeat: int = 1) -> list[dict]:
    """Per length: ``dossier extract`` and plain spaCy alternately, ``repeat`` times each (the
    machine is shared: interleaving exposes both to the same load, and the faster of the runs of
    each is kept), with the 1-minute load average seen around each pair."""
    rows = []
    for n in lengths:
        print(f"length {n} ...", file=sys.stderr, flush=True)
        work = Path(tempfile.mkdtemp(prefix=f"bench-len-{n}-", dir=OUT))
        doc = build_long(n, work / "in" / "long.txt")
        ours, plain, loads = [], [], [os.getloadavg()[0]]
        for k in range(repeat):
            shutil.rmtree(work / "out", ignore_errors=True)
            ours.append(run([PY, "-m", "dossier.cli", "extract", str(doc.parent), "--out", str(work / "out"),
                             "--no-cache", "--quiet"]) + (LAST_CPU[0],))
            plain.append(run([PY, "-c", PLAIN_PIECES, str(doc)]) + (LAST_CPU[0],))
            loads.append(os.getloadavg()[0])
        wall_ours, wall_plain = min(r[0] for r in ours), min(r[0] for r in plain)
        cpu_ours, cpu_plain = min(r[3] for r in ours), min(r[3] for r in plain)
        rows.append({"chars": n, "tokens": json.loads(plain[0][2])["tokens"], "plain_s": wall_plain,
                     "extract_s": wall_ours, "ratio": wall_plain / wall_ours,
                     "plain_peak_mib": max(r[1] for r in plain), "extract_peak_mib": max(r[1] for r in ours),
                     "plain_cpu_s": cpu_plain, "extract_cpu_s": cpu_ours, "cpu_ratio": cpu_plain / cpu_ours,
                     "runs": repeat, "load_1min": [round(x, 1) for x in loads]})
        shutil.rmtree(work, ignore_errors=True)
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    return rows


ENGINE_ONLY = r"""
import json, sys, time
from pathlib import Path
from dossier import ingest, reference
from dossier.corpus.cache import make_task
from dossier.corpus.engines import run_engine
engine, jobs = sys.argv[2], int(sys.argv[3])
ref = reference.load()
tasks = [make_task(d, f"{i:08d}", ref.version) for i, (d, _) in enumerate(ingest.iter_corpus([Path(sys.argv[1])]))
         if d is not None]
chars = sum(len(t["text"]) for t in tasks)
t0 = time.perf_counter()
first, n, out_bytes = None, 0, 0
for key, result in run_engine(iter(tasks), engine, jobs, 32, None):
    first = first or time.perf_counter() - t0
    n += 1
    out_bytes += len(result) if isinstance(result, bytes) else len(json.dumps(result))
total = time.perf_counter() - t0
print(json.dumps({"engine": engine, "jobs": jobs, "docs": n, "chars": chars, "seconds": total,
                  "first_result_s": first, "result_mib": out_bytes / 2**20}))
"""


def bench_engines(n: int) -> str:
    """The per-document phase alone (ingest done, no cache writes, no assembly, no corpus steps),
    same tasks through the local engine (2 processes) and Dask (1 and 2 workers): where the
    engines differ. ``first result`` includes starting the workers (and the cluster) and each
    worker's pipeline load."""
    corpus = build_corpus(n, OUT / f"corpus-{n}")
    rows = []
    for engine, jobs in (("local", 2), ("dask", 1), ("dask", 2)):
        wall, peak, stdout = run([PY, "-c", ENGINE_ONLY, str(corpus), engine, str(jobs)])
        rows.append(json.loads(stdout) | {"wall": wall, "peak_mib": peak, "load_1min": round(os.getloadavg()[0], 1)})
        print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    local = rows[0]["seconds"]
    lines = [f"| N = {n:,}, per-document phase only | seconds | first result s | docs/s | / local 2 | result MiB | peak MiB | load |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        label = f"{r['engine']}, {r['jobs']} {'workers' if r['engine'] == 'dask' else 'processes'}"
        lines.append(f"| {label} | {r['seconds']:.1f} | {r['first_result_s']:.1f} | {r['docs'] / r['seconds']:.1f} | "
                     f"{local / r['seconds']:.2f} | {r['result_mib']:.1f} | {r['peak_mib']:.0f} | {r['load_1min']} |")
    return "\n".join(lines)


def bench_dask(n: int) -> str:
    """Local engine (2 processes) against the Dask engine with 1 and 2 workers, cold caches."""
    corpus = build_corpus(n, OUT / f"corpus-{n}")
    work = Path(tempfile.mkdtemp(prefix=f"bench-dask-{n}-", dir=OUT))
    local = extract(corpus, work / "local", work / "cache-local", 2)
    rows = [("local engine, --jobs 2", local)]
    for workers in (1, 2):
        rows.append((f"dask LocalCluster, {workers} worker{'s' if workers > 1 else ''}",
                     extract(corpus, work / f"dask{workers}", work / f"cache-dask{workers}", workers, engine="dask")))
    shutil.rmtree(work, ignore_errors=True)
    lines = [f"| N = {n:,} | seconds | docs/s | / local | peak MiB |", "|---|---|---|---|---|"]
    for label, r in rows:
        lines.append(f"| {label} | {r['seconds']:.1f} | {n / r['seconds']:.1f} | {local['seconds'] / r['seconds']:.2f} | "
                     f"{r['peak_mib']:.0f} |")
    return "\n".join(lines)


def report_lengths(rows: list[dict]) -> str:
    lines = ["| characters | tokens | plain nlp.pipe s | dossier extract s | throughput ratio | CPU s plain / extract | CPU ratio "
             "| plain peak MiB | extract peak MiB | load (1 min) |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        load = "–".join(f"{x:.1f}" for x in (min(r.get("load_1min") or [0]), max(r.get("load_1min") or [0])))
        cpu = (f"{r['plain_cpu_s']:.1f} / {r['extract_cpu_s']:.1f} | {r['cpu_ratio']:.2f}" if "cpu_ratio" in r else "– | –")
        lines.append(f"| {r['chars']:,} | {r['tokens']:,} | {r['plain_s']:.1f} | {r['extract_s']:.1f} | {r['ratio']:.2f} | "
                     f"{cpu} | {r['plain_peak_mib']:.0f} | {r['extract_peak_mib']:.0f} | {load} |")
    by = {r["chars"]: r for r in rows}
    small = by.get(100000) or rows[0]
    lines.append("")
    lines.append(f"extract peak memory, largest / {small['chars']:,} characters: "
                 f"{rows[-1]['extract_peak_mib'] / small['extract_peak_mib']:.2f} (target <= 1.5); "
                 f"lowest throughput ratio {min(r['ratio'] for r in rows):.2f} (target >= 0.85)")
    return "\n".join(lines)


def extract(corpus: Path, out: Path, cache: Path, jobs: int, engine: str = "local") -> dict:
    cmd = [PY, "-m", "dossier.cli", "extract", str(corpus), "--out", str(out), "--cache", str(cache),
           "--jobs", str(jobs), "--quiet", "--engine", engine]
    wall, peak, stdout = run(cmd)
    seconds = float(re.search(r"([\d.]+) s, ", stdout).group(1))
    summary = json.loads((out / "summary.json").read_text())
    return {"seconds": seconds, "wall": wall, "peak_mib": peak, "peak_pss_mib": LAST_PSS[0],
            "docs": summary["documents"], "stdout": stdout}


def bench_size(n: int, jobs: int, dask: bool, scaling: bool) -> dict:
    corpus = build_corpus(n, OUT / f"corpus-{n}")
    work = Path(tempfile.mkdtemp(prefix=f"bench-{n}-", dir=OUT))
    res: dict = {"n": n, "jobs": jobs}
    cold = extract(corpus, work / "cold", work / "cache", jobs)
    warm = extract(corpus, work / "warm", work / "cache", jobs)
    docs_table = work / "cold" / "documents.parquet"
    wall, peak, stdout = run([PY, "-c", PLAIN, str(docs_table), str(jobs)])
    plain = json.loads(stdout) | {"wall": wall, "peak_mib": peak, "peak_pss_mib": LAST_PSS[0]}
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
    lines = ["| N | run | seconds | docs/s | tokens/s | peak MiB (RSS sum) | peak MiB (PSS sum) |",
             "|---|---|---|---|---|---|---|"]
    for r in results:
        tokens = r["plain"]["tokens"]
        for k in ("plain", "cold", "warm", "jobs1", "dask"):
            if k in r:
                x = r[k]
                label = {"plain": f"plain nlp.pipe, {r['jobs']} proc", "cold": f"dossier extract cold, --jobs {r['jobs']}",
                         "warm": "dossier extract warm (unchanged corpus)", "jobs1": "dossier extract cold, --jobs 1",
                         "dask": f"dossier extract --engine dask, {r['jobs']} workers"}[k]
                pss = f"{x['peak_pss_mib']:.0f}" if x.get("peak_pss_mib") else "–"
                lines.append(f"| {r['n']} | {label} | {x['seconds']:.1f} | {r['n'] / x['seconds']:.1f} | "
                             f"{tokens / x['seconds']:.0f} | {x['peak_mib']:.0f} | {pss} |")
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


def compile_package() -> None:
    """Byte code for the package's modules (see the module docstring), next to them as usual."""
    import compileall
    import importlib.util

    spec = importlib.util.find_spec("dossier")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the dossier package is not importable: run `make setup` first")
    for folder in spec.submodule_search_locations:
        compileall.compile_dir(folder, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-scaling", action="store_true",
                        help="leave out the --jobs 1 run and the entity-only run at the first size")
    parser.add_argument("--lengths", type=int, nargs="+", metavar="CHARS",
                        help="measure single documents of these lengths instead of corpora")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="with --lengths: run extract and plain spaCy alternately K times each, keep the fastest; "
                             "with --phase: K alternated rounds")
    parser.add_argument("--dask-series", type=int, metavar="N",
                        help="compare the local engine with Dask (1 and 2 workers) on N documents")
    parser.add_argument("--engines", type=int, metavar="N",
                        help="the per-document phase alone on N documents: local (2 processes) and Dask (1, 2 workers)")
    parser.add_argument("--phase", type=int, metavar="N",
                        help="the per-document phase in one process, by extractor, against plain nlp.pipe (CPU s)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    compile_package()
    if args.phase:
        text = bench_phase(args.phase, max(args.repeat, 1))
        (OUT / "phase.md").write_text(text + "\n")
        print(text)
        return 0
    if args.engines:
        text = bench_engines(args.engines)
        (OUT / "engines.md").write_text(text + "\n")
        print(text)
        return 0
    if args.dask_series:
        text = bench_dask(args.dask_series)
        (OUT / "dask.md").write_text(text + "\n")
        print(text)
        return 0
    if args.lengths:
        rows = bench_lengths(args.lengths, args.repeat)
        text = report_lengths(rows)
        (OUT / "lengths.json").write_text(json.dumps(rows, indent=1) + "\n")
        (OUT / "lengths.md").write_text(text + "\n")
        print(text)
        return 0
    results = []
    for i, n in enumerate(args.sizes):
        print(f"N = {n} ...", file=sys.stderr, flush=True)
        # jobs scaling, entity-only cost and the Dask engine are measured at the first size
        first = i == 0
        results.append(bench_size(n, args.jobs, dask=first and not args.skip_dask, scaling=first and not args.skip_scaling))
    text = report(results)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "platform": sys.platform}
    (OUT / "results.json").write_text(json.dumps({"machine": machine, "results": results}, indent=1) + "\n")
    (OUT / "results.md").write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
