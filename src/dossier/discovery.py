"""Finding the files of a corpus and naming them: which paths are read (links, hidden and
unreadable folders, special files each logged), the ``file`` shown in the tables and the stable
``doc_id`` (see the rules in :mod:`dossier.ingest`), and the ingest log's record."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from . import config
from .text import slug


NOT_DOCUMENTS = re.compile(r"^(?:readme|licen[cs]e|copying|notice|changelog)(?:\.\w+)?$", re.I)


ID_HASH_CHARS = 6


@dataclass
class LogEntry:
    file: str
    status: str
    reason: str = ""
    doc_id: str | None = None
    sha256: str | None = None
    n_bytes: int | None = None

    def row(self) -> dict:
        return dict(file=self.file, doc_id=self.doc_id, status=self.status, reason=self.reason,
                    sha256=self.sha256, n_bytes=self.n_bytes)


_CLEAN_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def doc_slug(stem: str) -> str:
    return slug(stem) or "document"


def _stem(rel: str) -> str:
    suffix = Path(rel).suffix
    return rel[: -len(suffix)] if suffix else rel


def doc_id_for(rel: str) -> str:
    """The doc_id of the file at ``rel`` (posix path relative to its input root): see the
    module docstring. A pure function of ``rel``."""
    stem = _stem(rel)
    base = doc_slug(stem)
    if _CLEAN_ID.fullmatch(stem.replace("/", "-")) and stem.replace("/", "-") == base:
        return base
    return f"{base}-{_path_hash(rel)}"


def _path_hash(rel: str) -> str:
    return hashlib.sha256(rel.encode("utf-8")).hexdigest()[:ID_HASH_CHARS]


def _absolute(path: Path) -> Path:
    """Absolute without resolving links (a link's own place, not its target's)."""
    return Path(os.path.abspath(path))


def _root_of(path: Path, roots: list[Path]) -> Path | None:
    a = _absolute(path)
    for root in roots:
        if a == root or root in a.parents:
            return root
    return None


def shown_path(path: Path, root: Path | None) -> str:
    """The ``file`` value of a path found under ``root`` (None: named by itself)."""
    a = _absolute(path)
    try:
        return a.relative_to(config.ROOT).as_posix()
    except ValueError:
        pass
    if root is None:
        return a.name
    rel = a.relative_to(root).as_posix()
    if rel == ".":
        return root.name or "."
    return f"{root.name}/{rel}" if root.name else rel


def raw_path(file: str, inputs: Iterable[str | Path] = ()) -> Path:
    """The file on disk that a ``file`` value names (the inverse of :func:`shown_path`): under the
    project root, else under the folder holding one of the input paths, else an input file itself."""
    candidate = config.ROOT / file
    if candidate.exists():
        return candidate
    for p in inputs:
        p = _absolute(Path(p))
        if (p.parent / file).exists():  # `file` starts with the input folder's own name
            return p.parent / file
        if p.is_file() and p.name == file:
            return p
    raise FileNotFoundError(f"{file}: not under the project or the inputs {[str(i) for i in inputs]}")


def _rel_in_root(path: Path, root: Path | None) -> str:
    a = _absolute(path)
    return a.name if root is None or a == root else a.relative_to(root).as_posix()


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named or found under the folders named, in a stable order (path order). Raises
    FileNotFoundError naming the first path that does not exist.

    Besides regular files, the list holds every entry that deserves a log row without being
    read as a document: symbolic links (not followed), hidden folders, unreadable folders and
    special files. ``iter_corpus`` turns each of those into a row with its reason."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(_walk(p))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    seen, out = set(), []
    for p in found:
        key = _absolute(p.parent).resolve() / p.name  # a link is its own entry, not its target
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _walk(top: Path) -> list[Path]:
    """Depth-first, entries in name order (the same order as sorting the paths). Links are
    listed, not followed; a folder that cannot be listed is listed itself."""
    out: list[Path] = []
    stack: list[Path] = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            out.append(folder)
            continue
        for e in entries:
            path = folder / e.name
            try:
                is_dir = not e.is_symlink() and e.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir and not e.name.startswith("."):
                stack.append(path)
            else:  # files, links, hidden folders, special files: each gets a log row
                out.append(path)
    return sorted(out, key=lambda p: p.parts)


def _not_a_file(path: Path, roots: list[Path]) -> LogEntry | None:
    """The log row of an entry found under an input folder that is not read as a document
    (a link, a hidden or unreadable folder, a special file), or None for a regular file."""
    if path.is_symlink():
        if not path.exists():
            return LogEntry("", "rejected", "broken symbolic link: its target does not exist")
        target = path.resolve()
        inside = next((r for r in roots if target == r.resolve() or r.resolve() in target.parents), None)
        kind = "folder" if target.is_dir() else "file"
        if inside is not None:
            rel = target.relative_to(inside.resolve()).as_posix()
            return LogEntry("", "skipped", f"symbolic link to the {kind} {rel or '.'} inside the input folder, "
                                           "which is read under its own path")
        return LogEntry("", "skipped", f"symbolic link to a {kind} outside the input folder; not followed "
                                       "(only files inside the input folders are read)")
    if path.is_dir():
        if path.name.startswith("."):
            return LogEntry("", "skipped", "hidden folder, not read")
        return _unreadable_folder(path) or LogEntry("", "skipped", "folder (its files are listed one by one)")
    if not path.is_file():
        return LogEntry("", "skipped", "not a regular file (FIFO, socket or device)")
    return None


def _unreadable_folder(path: Path) -> LogEntry | None:
    try:
        with os.scandir(path):
            return None
    except OSError as exc:
        return LogEntry("", "rejected", f"cannot read folder: {exc.strerror or exc}; its files are not in the corpus")
