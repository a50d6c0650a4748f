"""Check the PolNeAR claims development set (json + re only; no dossier import).

Each file must parse and have the fields of README.md; every claim's status and every link's
relation must be allowed; the n-th claim with a given ``text`` must have an n-th occurrence in
the article, counted as ``dossier.claims.gold.occurrences`` counts them (an occurrence inside an
occurrence of another, longer claim text is left out); link texts must be claim texts.
The article texts are read from $DOSSIER_EXTERNAL or /work/shared/external
(polnear-dev/data/<folder>/text/<file>); when absent the position checks are skipped with a
message. Prints counts by status and by source kind.

    python3 tests/claims_polnear/check.py [-v]   # -v: print each claim in its context
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
STATUSES = {"stated", "attributed", "estimated", "hedged", "disputed", "projected"}
RELATIONS = {"part_of_whole", "change", "rate"}
KEYS = {"file", "corpus", "folder", "publisher", "date", "split", "note", "claims", "links"}
CLAIM_KEYS = {"text", "value", "source", "status", "why", "optional"}


def occurrences(text: str, surfaces: list[str]) -> dict[str, list[int]]:
    all_at = {}
    for t in set(surfaces):
        at, pos = [], text.find(t)
        while pos >= 0:
            at.append(pos)
            pos = text.find(t, pos + 1)
        all_at[t] = at
    longer = [(p, p + len(u)) for u in all_at for p in all_at[u]]
    return {t: [p for p in at if not any(a <= p and p + len(t) <= b and b - a > len(t) for a, b in longer)]
            for t, at in all_at.items()}


def external_root() -> Path | None:
    for cand in (os.environ.get("DOSSIER_EXTERNAL"), "/work/shared/external"):
        if cand and (Path(cand) / "polnear-dev" / "data").is_dir():
            return Path(cand) / "polnear-dev" / "data"
    return None


def source_kind(sources: list[str]) -> str:
    """By the first listed name other than "@publisher": "named" when it (after a leading "the")
    begins with a capital (a name as written: "Donald Trump", "the Congressional Budget
    Office"), "other" when it begins in lower case (a source that is no named entity: "border
    officials", "an ICE spokeswoman"); "own voice" for ["@publisher"] alone, and "own voice or
    named/other" when both the own voice and a source are accepted."""
    others = [s for s in sources if s != "@publisher"]
    if not others:
        return "own voice"
    first = re.sub(r"^the\s+", "", others[0])
    kind = "named" if first[:1].isupper() else "other"
    return f"own voice or {kind}" if len(others) < len(sources) else kind


def main(verbose: bool = False) -> int:
    root = external_root()
    if root is None:
        print("PolNeAR texts not found ($DOSSIER_EXTERNAL or /work/shared/external): position checks skipped")
    errors: list[str] = []
    by_status, by_kind, req_by_status = Counter(), Counter(), Counter()
    n_files = n_claims = n_req = n_links = 0
    publishers, folders = Counter(), Counter()
    for path in sorted(HERE.glob("*.json")):
        try:
            d = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as e:
            errors.append(f"{path.name}: does not parse: {e}")
            continue
        n_files += 1
        missing = KEYS - d.keys()
        if missing:
            errors.append(f"{path.name}: missing {sorted(missing)}")
        if d.get("file") != path.stem + ".txt":
            errors.append(f"{path.name}: file {d.get('file')!r} is not the json's name")
        if d.get("corpus") != "polnear" or d.get("split") != "dev" or d.get("folder") not in ("train", "dev"):
            errors.append(f"{path.name}: corpus/split/folder wrong")
        publishers[d.get("publisher")] += 1
        folders[d.get("folder")] += 1
        claims = d.get("claims", [])
        for c in claims:
            if CLAIM_KEYS - c.keys():
                errors.append(f"{path.name}: claim {c.get('text')!r} lacks {sorted(CLAIM_KEYS - c.keys())}")
            if c.get("status") not in STATUSES:
                errors.append(f"{path.name}: claim {c.get('text')!r}: status {c.get('status')!r}")
            if not isinstance(c.get("source"), list) or not c["source"] or not all(isinstance(s, str) and s for s in c["source"]):
                errors.append(f"{path.name}: claim {c.get('text')!r}: source must be a non-empty list of names")
            if c.get("value") is not None and not isinstance(c["value"], (int, float)):
                errors.append(f"{path.name}: claim {c.get('text')!r}: value must be a number or null")
            if not c.get("why"):
                errors.append(f"{path.name}: claim {c.get('text')!r}: no 'why'")
            n_claims += 1
            by_status[c.get("status")] += 1
            if not c.get("optional"):
                n_req += 1
                req_by_status[c.get("status")] += 1
                by_kind[source_kind(c.get("source") or [])] += 1
        texts = {c.get("text") for c in claims}
        for link in d.get("links", []):
            n_links += 1
            if link.get("relation") not in RELATIONS:
                errors.append(f"{path.name}: link relation {link.get('relation')!r}")
            if link.get("a") not in texts or (link.get("b") and link["b"] not in texts):
                errors.append(f"{path.name}: link {link.get('a')!r} / {link.get('b')!r} names no claim text")
        if root is None:
            continue
        article = root / str(d.get("folder")) / "text" / str(d.get("file"))
        if not article.is_file():
            errors.append(f"{path.name}: article {article} not found")
            continue
        text = article.read_text(encoding="utf-8")
        found = occurrences(text, [c["text"] for c in claims])
        seen: Counter = Counter()
        last = -1
        for c in claims:
            nth = seen[c["text"]]
            seen[c["text"]] += 1
            if nth >= len(found[c["text"]]):
                errors.append(f"{path.name}: {c['text']!r} occurrence {nth + 1} not in the text")
                continue
            pos = found[c["text"]][nth]
            if pos < last:
                errors.append(f"{path.name}: {c['text']!r} (occurrence {nth + 1}) is out of document order")
            last = pos
            if verbose:
                ctx = text[max(0, pos - 60):pos + len(c["text"]) + 40].replace("\n", " ")
                print(f"  {path.stem[:30]} {c['status']:10} {str(c['source'])[:30]:30} [{c['text']}] ... {ctx}")
        for t, k in seen.items():
            if len(found[t]) > k:
                print(f"  note {path.name}: {t!r} occurs {len(found[t])} times, {k} annotated")
    for e in errors:
        print("ERROR", e)
    print(f"{n_files} files, {n_claims} claims ({n_req} required, {n_claims - n_req} optional), {n_links} links")
    print("publishers:", dict(publishers), "folders:", dict(folders))
    print("status (all):", dict(by_status))
    print("status (required):", dict(req_by_status))
    print("source kind (required):", dict(by_kind))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main("-v" in sys.argv[1:]))
