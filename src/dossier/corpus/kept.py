"""Whole tables kept in the cache: the files a run wrote (CSV and Parquet), under a key made
of everything they depend on, so a run whose inputs are unchanged copies them instead of
making them again (the assembled per-document tables, a corpus step's tables).

An entry is a folder with the files and ``manifest.json`` (each file's SHA-256, each table's
row count); a file that does not verify, or a missing one, makes the entry a miss (the tables
are then made as usual), so a damaged entry never reaches an output folder. The files are the
ones written, byte for byte, so a copy is what the writer would write again."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

MANIFEST = "manifest.json"


def key(*parts: str | bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:32]


def restore(entry: Path, names, formats, dest: dict[str, Path]) -> dict[str, int] | None:
    """Copy tables ``names`` (in ``formats``) from ``entry`` to ``dest[name]``; their row counts,
    or None (nothing copied) when the entry is missing, incomplete or does not verify."""
    try:
        manifest = json.loads((Path(entry) / MANIFEST).read_text(encoding="utf-8"))
        counts = {name: int(manifest["rows"][name]) for name in names}
        for name in names:
            for fmt in formats:
                f = f"{name}.{fmt}"
                expected = manifest["files"][f]
                target = Path(dest[name]) / f
                shutil.copyfile(Path(entry) / f, target)  # checked on the copy: one read of the entry
                if _digest(target) != expected:
                    return None  # the caller writes the tables as usual, over what was copied
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return counts


def _digest(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def keep(entry: Path, files: dict[str, Path], counts: dict[str, int], keep_last: int | None = None) -> None:
    """Store ``files`` ({file name: path of the file written}) and the tables' row counts as
    ``entry`` (atomically: a concurrent run's entry of the same key is left as it is). With
    ``keep_last``, only that many entries (the newest) are left next to it."""
    entry = Path(entry)
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    try:
        digests = {}
        for f, src in files.items():
            shutil.copyfile(src, tmp / f)
            digests[f] = _digest(tmp / f)
        (tmp / MANIFEST).write_text(json.dumps({"files": digests, "rows": counts}, sort_keys=True), encoding="utf-8")
        if entry.exists():
            shutil.rmtree(entry, ignore_errors=True)
        os.replace(tmp, entry)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return
    if keep_last is not None:
        entries = [p for p in entry.parent.iterdir() if p.is_dir() and not p.name.startswith(".")]
        for old in sorted(entries, key=lambda p: p.stat().st_mtime, reverse=True)[keep_last:]:
            if old != entry:
                shutil.rmtree(old, ignore_errors=True)
