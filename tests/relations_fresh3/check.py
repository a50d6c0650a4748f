"""Stand-alone checker for tests/relations_fresh3/*.json (imports nothing from dossier).

Checks, for every annotation file:
  - the top-level fields (file, split "dev" or "aside", entities, relations) and their types;
  - every entity has a non-empty `name` and a list of string `aliases`; names are unique and no
    alias is shared by two entities (after light normalisation);
  - every relation has subject, predicate, object and evidence (strings), `optional` (if present)
    is a bool, the predicate is one of the 14 of the vocabulary, subject != object, and the same
    (subject, predicate, object) is not annotated twice;
  - every subject and object is listed in `entities`, and the name or one alias occurs in the text
    (case-insensitive), so the scorer can recognise it;
  - every `evidence` occurs verbatim in the article text; "..." (or "…") joins pieces, each of
    which must occur, in order. Runs of whitespace are compared as one space.
  - the article is not one of tests/relations_dev or tests/claims_polnear.

Usage:  python tests/relations_fresh3/check.py [--text-dir DIR ...]
The texts are read in place from the --text-dir folders (repeatable), else $POLNEAR_TRAIN_TEXT, else
$DOSSIER_EXTERNAL/polnear-dev/data/train/text (default /work/shared/external/...).
tests/relations_unseen/check.py runs the same checks with that set's settings (``main``'s arguments).
Exit status 0 when every file passes, 1 otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREDICATES = {
    "agreement_with", "cooperates_with", "supports", "funds", "supplies", "deploys_to", "visits",
    "criticises", "turns_back", "owns", "manages", "located_in", "publishes", "part_of",
}
EXTERNAL = Path(os.environ.get("DOSSIER_EXTERNAL", HERE.parents[2] / "shared" / "external"))
TRAIN_TEXT = EXTERNAL / "polnear-dev" / "data" / "train" / "text"
DEV_TEXT = EXTERNAL / "polnear-dev" / "data" / "dev" / "text"
# this set's settings; tests/relations_unseen/check.py calls main() with its own
SPLITS = ("dev", "aside")
TAKEN_SETS = ("relations_dev", "claims_polnear", "relations_fresh", "relations_fresh2", "relations_unseen", "relations_fresh4")
ELLIPSIS = re.compile(r"\.\.\.|…")


def squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("’", "'").replace("‘", "'")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"[-‐‑–—]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^the\s+", "", squash(s))
    return s


def evidence_ok(evidence: str, text: str) -> str | None:
    """None when every piece occurs in order; otherwise the first piece that does not."""
    pos = 0
    for piece in ELLIPSIS.split(evidence):
        piece = squash(piece)
        if not piece:
            continue
        i = text.find(piece, pos)
        if i < 0:
            return piece
        pos = i + len(piece)
    return None


def check_file(path: Path, text_dirs: list[Path], taken: set[str], splits=SPLITS, taken_sets=TAKEN_SETS) -> list[str]:
    errs: list[str] = []
    try:
        d = json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"cannot load JSON: {e}"]
    for key, typ in (("file", str), ("split", str), ("entities", list), ("relations", list)):
        if not isinstance(d.get(key), typ):
            errs.append(f"field {key!r} missing or not {typ.__name__}")
    if errs:
        return errs
    if d["split"] not in splits:
        errs.append(f"split is {d['split']!r}, expected one of {splits}")
    if d["file"] != path.stem + ".txt":
        errs.append(f"file {d['file']!r} does not match the JSON name")
    if d["file"] in taken:
        errs.append(f"{d['file']} is already used in {', '.join(taken_sets)}")
    tpath = next((t / d["file"] for t in text_dirs if (t / d["file"]).exists()), None)
    if tpath is None:
        return errs + [f"article text not found in: {', '.join(map(str, text_dirs))}"]
    raw = tpath.read_text(encoding="utf-8")
    text, low = squash(raw), squash(raw).casefold()

    names: dict[str, list[str]] = {}
    owner: dict[str, str] = {}
    for i, e in enumerate(d["entities"]):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or not e["name"].strip():
            errs.append(f"entity #{i}: missing name")
            continue
        al = e.get("aliases")
        if not isinstance(al, list) or not all(isinstance(a, str) and a.strip() for a in al):
            errs.append(f"entity {e['name']!r}: aliases must be a list of non-empty strings")
            al = []
        if e["name"] in names:
            errs.append(f"entity {e['name']!r} listed twice")
        names[e["name"]] = al
        for form in {norm(x) for x in [e["name"], *al]}:
            if form in owner and owner[form] != e["name"]:
                errs.append(f"surface {form!r} shared by {owner[form]!r} and {e['name']!r}")
            owner[form] = e["name"]
    for n, al in names.items():
        if not any(squash(x).casefold() in low for x in [n, *al]):
            errs.append(f"entity {n!r}: neither the name nor an alias occurs in the text")

    seen = set()
    for i, r in enumerate(d["relations"]):
        where = f"relation #{i}"
        if not isinstance(r, dict):
            errs.append(f"{where}: not an object")
            continue
        missing = [k for k in ("subject", "predicate", "object", "evidence") if not isinstance(r.get(k), str) or not r[k].strip()]
        if missing:
            errs.append(f"{where}: missing {missing}")
            continue
        where = f"{where} ({r['subject']} {r['predicate']} {r['object']})"
        extra = set(r) - {"subject", "predicate", "object", "evidence", "optional"}
        if extra:
            errs.append(f"{where}: unknown fields {sorted(extra)}")
        if "optional" in r and not isinstance(r["optional"], bool):
            errs.append(f"{where}: optional must be true/false")
        if r["predicate"] not in PREDICATES:
            errs.append(f"{where}: predicate not in the vocabulary")
        if r["subject"] == r["object"]:
            errs.append(f"{where}: subject equals object")
        for role in ("subject", "object"):
            if r[role] not in names:
                errs.append(f"{where}: {role} not listed in entities")
        key = (r["subject"], r["predicate"], r["object"])
        if key in seen:
            errs.append(f"{where}: annotated twice")
        seen.add(key)
        bad = evidence_ok(r["evidence"], text)
        if bad is not None:
            errs.append(f"{where}: evidence piece not found (in order): {bad!r}")
    return errs


def main(argv=None, folder: Path = HERE, splits=SPLITS, taken_sets=TAKEN_SETS,
         default_text: tuple[Path, ...] = (Path(os.environ.get("POLNEAR_TRAIN_TEXT", TRAIN_TEXT)),),
         doc: str | None = None) -> int:
    """Check every annotation file of ``folder``: ``splits`` allowed, articles of ``taken_sets``
    refused, texts looked up in ``--text-dir`` folders (repeatable) else ``default_text``."""
    ap = argparse.ArgumentParser(description=(doc or __doc__).splitlines()[0])
    ap.add_argument("--text-dir", type=Path, action="append", default=None,
                    help="folder with the article texts (repeatable; the first that holds the file wins)")
    args = ap.parse_args(argv)
    text_dirs = args.text_dir or list(default_text)
    taken = {p.stem + ".txt" for sub in taken_sets for p in (folder.parent / sub).glob("*.json")}
    files = sorted(folder.glob("*.json"))
    if not files:
        print("no annotation files found")
        return 1
    n_fail = req = opt = 0
    publishers = set()
    for f in files:
        errs = check_file(f, text_dirs, taken, splits, taken_sets)
        d = json.loads(f.read_text(encoding="utf-8")) if not errs or not errs[0].startswith("cannot") else {}
        rels = d.get("relations", []) if isinstance(d.get("relations"), list) else []
        r_req = sum(1 for r in rels if isinstance(r, dict) and not r.get("optional"))
        req += r_req
        opt += len(rels) - r_req
        publishers.add(f.stem.split("_")[0])
        status = "ok" if not errs else f"{len(errs)} error(s)"
        print(f"{f.name}: {r_req} required, {len(rels) - r_req} optional - {status}")
        for e in errs:
            print(f"    {e}")
        n_fail += bool(errs)
    print(f"\n{len(files)} files, {len(publishers)} publishers, {req} required + {opt} optional relations; "
          f"{n_fail} file(s) with errors")
    return 1 if n_fail else 0


if __name__ == "__main__":
    sys.exit(main())
