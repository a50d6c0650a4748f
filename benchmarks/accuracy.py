"""Accuracy on public benchmarks written by other people, with the peer tools, on development data.

    python benchmarks/accuracy.py [--benchmark NAME ...] [--split dev|aside] [--limit N] [--peers]
                                  [--errors] [--examples N] [--out FILE | --no-write]

Benchmarks (``dossier.evaluate.benchmarks``): polnear (quotes and speakers), tempeval (dates,
TempEval-3 TBAQ), entity_linking (Reuters-128 + MSNBC), quantities (quantulum3 and
Recognizers-Text cases), claims (source and status of figures: tests/claims_polnear on PolNeAR's
texts), relations (tests/gold, tests/heldout; tests/blind as ASIDE). The data
are read in place from ``../shared/external`` (or ``$DOSSIER_EXTERNAL``).

Prints one table of scores per benchmark (ours, and the peer with ``--peers``) and rewrites this
run's sections of benchmarks/ACCURACY.md (each section carries the command and the date it was
made with; sections of benchmarks not run are kept). ``--errors`` prints the DEV failures
grouped by class with examples; the ASIDE split is only ever reported in aggregate, so
``--errors`` is refused there.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).absolute().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dossier.evaluate import benchmarks  # noqa: E402
from dossier.evaluate.benchmarks.common import MissingData, error_classes, fmt  # noqa: E402

OUT = ROOT / "benchmarks" / "ACCURACY.md"
HEADER = """# Accuracy on public development sets

Written by `benchmarks/accuracy.py`; each section names the command and the date it was produced
with. Development splits only (the test splits are scored elsewhere); every set is split by a hash
of the document id into DEV (~80 %, looked at while developing) and ASIDE (~20 %, reported only as
totals, at the end). Harness rules and mappings: the docstrings of
`src/dossier/evaluate/benchmarks/*.py`; failure classes with examples: `notes/benchmarks.md`.
"""


def revision() -> str:
    """The commit measured (``+local changes`` when src/ differs from it), or "" outside git."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True, text=True)
        return head.stdout.strip() + (" + local changes" if dirty.stdout.strip() else "")
    except (OSError, subprocess.CalledProcessError):
        marker = ROOT / "REVISION"
        return marker.read_text(encoding="utf-8").strip() if marker.is_file() else ""


def section(name: str, split: str, reports, command: str, top: int = 12) -> str:
    rev = revision()
    lines = [f"<!-- bench:{name}:{split} -->", f"## {name} ({split.upper()})", "",
             f"`{command}` — {dt.date.today().isoformat()}" + (f", code at {rev}" if rev else "")
             + f", {reports[0].items} items", ""]
    systems = [r.system for r in reports]
    lines.append("| measure | " + " | ".join(systems) + " |")
    lines.append("|---|" + "---|" * len(systems))
    measures = list(dict.fromkeys(m for r in reports for m in r.measures))
    for m in measures:
        cells = [r.measures[m].show() if m in r.measures else "" for r in reports]
        lines.append(f"| {m} | " + " | ".join(cells) + " |")
    lines.append("")
    for r in reports:
        if r.notes:
            lines.append(f"- {r.system}: " + "; ".join(r.notes))
    published = getattr(benchmarks.module(name), "PUBLISHED", None)
    if published:
        source = getattr(benchmarks.module(name), "PUBLISHED_SOURCE", "")
        lines.append("- published, not run here: " + "; ".join(
            f"{system} " + ", ".join(f"{m} {v:.3f}" for m, v in scores.items()) for system, scores in published.items())
            + (f" ({source})" if source else ""))
    for r in reports[:1]:
        classes = list(error_classes(r, 0))
        if classes:
            lines.append(f"- {r.system} failure classes: " + "; ".join(f"{c} {n}" for c, n, _ in classes[:top]))
    lines += ["<!-- /bench -->", ""]
    return "\n".join(lines)


def write(out: Path, sections: dict[str, str]) -> None:
    old = out.read_text(encoding="utf-8") if out.exists() else ""
    keep = {m[1]: m[0] for m in re.finditer(r"<!-- bench:([\w:]+) -->.*?<!-- /bench -->\n?\n?", old, re.S)}
    keep.update(sections)
    order = [f"{b}:{s}" for b in benchmarks.BENCHMARKS for s in ("dev", "aside")]
    body = [keep[k].rstrip("\n") + "\n" for k in order if k in keep]
    out.write_text(HEADER + "\n" + "\n".join(body), encoding="utf-8")


def print_report(name: str, reports) -> None:
    print(f"\n== {name} ({reports[0].split}, {reports[0].items} items)")
    width = max(len(m) for r in reports for m in r.measures) if reports[0].measures else 10
    print(" " * width + "  " + "  ".join(f"{r.system:>28}" for r in reports))
    for m in dict.fromkeys(k for r in reports for k in r.measures):
        print(f"{m:<{width}}  " + "  ".join(f"{(fmt(r.measures[m].value) if m in r.measures else ''):>28}" for r in reports))
    for r in reports:
        for n in r.notes:
            print(f"  [{r.system}] {n}")


def print_errors(reports, examples: int) -> None:
    for r in reports:
        print(f"\n-- failures of {r.system} by class")
        for cls, n, ex in error_classes(r, examples):
            print(f"{n:6d}  {cls}")
            for e in ex:
                print(f"          {e['item']}: {e['snippet']}" + (f"  ({e['detail']})" if e["detail"] else ""))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--benchmark", action="append", choices=benchmarks.BENCHMARKS,
                    help="benchmark to run (repeatable; default: all)")
    ap.add_argument("--split", choices=("dev", "aside"), default="dev")
    ap.add_argument("--limit", type=int, help="first N items of the split (quick runs)")
    ap.add_argument("--peers", action="store_true", help="also score the peer tool of each benchmark")
    ap.add_argument("--errors", action="store_true", help="print DEV failures grouped by class")
    ap.add_argument("--examples", type=int, default=3, help="examples per failure class (default 3)")
    ap.add_argument("--out", type=Path, default=OUT, help="markdown file to update (default benchmarks/ACCURACY.md)")
    ap.add_argument("--no-write", action="store_true", help="print only")
    args = ap.parse_args(argv)
    if args.errors and args.split == "aside":
        ap.error("the ASIDE split is reported in aggregate only: --errors works on --split dev")
    names = args.benchmark or list(benchmarks.BENCHMARKS)
    sections, failed = {}, []
    for name in names:
        command = "python benchmarks/accuracy.py --benchmark " + name + f" --split {args.split}" \
            + (f" --limit {args.limit}" if args.limit else "") + (" --peers" if args.peers else "")
        try:
            reports = benchmarks.run(name, split=args.split, limit=args.limit, peers=args.peers,
                                     log=lambda m: print(m, file=sys.stderr, flush=True))
        except MissingData as e:
            print(f"{name}: skipped: {e}", file=sys.stderr)
            continue
        except Exception as e:  # one broken benchmark must not lose the others' results
            print(f"{name}: FAILED: {type(e).__name__}: {e}", file=sys.stderr)
            failed.append(name)
            continue
        print_report(name, reports)
        if args.errors:
            print_errors(reports, args.examples)
        sys.stdout.flush()
        sections[f"{name}:{args.split}"] = section(name, args.split, reports, command)
        if not args.no_write:
            write(args.out, sections)  # after each benchmark, so a later failure loses nothing
    if sections and not args.no_write:
        print(f"\nwrote {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
