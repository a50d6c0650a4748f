"""Consistency check for the blind claims gold (tests/blind/claims/*.json).

Why: the claims gold is a layer on the blind quantity gold, matched by the n-th occurrence of
each claim's text in the document body, so it must stay in step with tests/blind/gold and its
texts must occur in the body. This reads the files with json/re only (no dossier code, no
pipeline output), and exits 1 with a message per problem.

Run: python3 tests/blind/claims/check_claims.py
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLIND = HERE.parent
ROOT = BLIND.parent.parent
STATUSES = {"stated", "attributed", "estimated", "hedged", "disputed", "projected"}
RELATIONS = {"part_of_whole", "change", "rate"}
# publishers with no row in data/reference/entities.csv: their slug is the id (as 'evening-standard')
PUBLISHER_SLUGS = {"yahoo-news"}


def body_of(path: Path) -> str:
    """The text after the YAML front matter (the document body)."""
    raw = path.read_text(encoding="utf-8")
    m = re.match(r"---\n.*?\n---\n", raw, flags=re.S)
    if not m:
        raise SystemExit(f"{path}: no YAML front matter")
    return raw[m.end():]


def nth_find(text: str, s: str, n: int) -> int:
    """Start of the n-th (0-based) occurrence of s, counted as str.find steps by one; -1 if none."""
    pos = -1
    for _ in range(n + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            return -1
    return pos


def main() -> int:
    ids = {r["entity_id"] for r in csv.DictReader(open(ROOT / "data/reference/entities.csv", encoding="utf-8"))}
    probs, notes, stems = [], [], sorted(p.stem for p in (BLIND / "gold").glob("*.json"))
    for stem in stems:
        cpath = HERE / f"{stem}.json"
        if not cpath.exists():
            probs.append(f"{stem}: no claims file")
            continue
        d = json.loads(cpath.read_text(encoding="utf-8"))
        q = json.loads((BLIND / "gold" / f"{stem}.json").read_text(encoding="utf-8")).get("quantities", [])
        text = body_of(BLIND / "raw" / f"{stem}.txt")
        if d.get("file") != f"{stem}.txt" or d.get("split") != "blind":
            probs.append(f"{stem}: file/split wrong: {d.get('file')!r} {d.get('split')!r}")
        cl = d.get("claims", [])
        if len(cl) != len(q):
            probs.append(f"{stem}: {len(cl)} claims for {len(q)} quantities")
        for i, (c, g) in enumerate(zip(cl, q)):
            if c["text"] != g["text"] or c["value"] != g["value"] or bool(c.get("optional")) != bool(g.get("optional")):
                probs.append(f"{stem} #{i}: claim {c['text']!r}/{c['value']} optional={c.get('optional')} "
                             f"!= quantity {g['text']!r}/{g['value']} optional={g.get('optional')}")
            if c["status"] not in STATUSES:
                probs.append(f"{stem} #{i}: status {c['status']!r}")
            if not c["source"] or not all(isinstance(s, str) and s for s in c["source"]):
                probs.append(f"{stem} #{i}: empty source")
            for s in c["source"]:
                if re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", s) and s not in ids | PUBLISHER_SLUGS:
                    probs.append(f"{stem} #{i}: source id {s!r} not in data/reference/entities.csv")
            if not c.get("why"):
                notes.append(f"{stem} #{i}: no 'why'")
        seen: dict[str, int] = {}
        spans = []
        for i, c in enumerate(cl):
            n = seen.get(c["text"], 0)
            seen[c["text"]] = n + 1
            pos = nth_find(text, c["text"], n)
            if pos < 0:
                probs.append(f"{stem} #{i}: {c['text']!r} occurrence {n + 1} not in the body "
                             f"({text.count(c['text'])} found)")
                continue
            spans.append((i, pos, pos + len(c["text"])))
        # a claim's occurrence inside another claim's (longer) occurrence: the scorer's n-th find
        # lands on a figure that is already annotated
        for i, a, b in spans:
            for j, x, y in spans:
                if i != j and x <= a and b <= y and (b - a) < (y - x):
                    notes.append(f"{stem} #{i}: {cl[i]['text']!r} is found at {a}, inside claim #{j} "
                                 f"{cl[j]['text']!r}: the scorer will look for it there")
        texts = {c["text"] for c in cl}
        for k, lk in enumerate(d.get("links", [])):
            if lk["relation"] not in RELATIONS:
                probs.append(f"{stem} link {k}: relation {lk['relation']!r}")
            for side in ("a", "b"):
                t = lk[side]
                if (side == "a" or t) and (t not in texts or text.find(t) < 0):
                    probs.append(f"{stem} link {k}: {side}={t!r} is no claim text found in the body")
            for side in ("a", "b"):
                t = lk[side]
                if t and any(c["text"] == t and c.get("optional") for c in cl):
                    notes.append(f"{stem} link {k}: {t!r} is an optional claim")
        print(f"{stem}: {len(cl)} claims ({sum(not c.get('optional') for c in cl)} required), "
              f"{len(d.get('links', []))} links")
    extra = sorted(p.stem for p in HERE.glob("*.json") if p.stem not in stems)
    probs += [f"{s}: claims file without quantity gold" for s in extra]
    for n in notes:
        print("note:", n)
    for p in probs:
        print("PROBLEM:", p)
    print("ok" if not probs else f"{len(probs)} problem(s)")
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
