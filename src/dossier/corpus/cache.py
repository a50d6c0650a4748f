"""The content cache: one entry per document, keyed by content, so a re-run reuses every
result and an edit of the reference table reprocesses only the documents it affects.

An entry is JSON (plain rows: strings, numbers, booleans, lists, objects) after a line with the
SHA-256 of that JSON, so reading an entry can never run code (a cache folder is often shared in
a team) and a truncated, damaged or foreign entry is recognised: it is reported once, treated as
missing, recomputed and replaced."""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from pathlib import Path

from .. import config, ingest, reference
from ..text import fold


class Cache:
    """Per-document results on disk, keyed by content, each stored with the version of the
    reference table it was computed with. Writes are atomic, so concurrent workers and
    interrupted runs never leave a half-written entry.

    When the reference table has changed since a result was computed, the result is reused if
    the edit cannot affect the document (it links to none of the changed entities and contains
    none of their names), and recomputed otherwise."""

    def __init__(self, root: Path, keeps_tables: bool = True):
        self.root = Path(root)
        # whole tables kept for the next run (assembled tables, corpus steps: :mod:`.kept`);
        # False for the throw-away cache of ``--no-cache``, which no later run reads
        self.keeps_tables = keeps_tables
        self._diffs: dict[str, tuple[set[str], re.Pattern | None] | None] = {}
        self._older_references: bool | None = None
        self.damaged: list[tuple[str, str]] = []  # (entry, why) removed during this run

    SUFFIX = ".json"

    def path(self, key: str, ref_version: str) -> Path:
        return self.root / "docs" / key[:2] / f"{key}.{ref_version}{self.SUFFIX}"

    def _read(self, path: Path) -> dict | None:
        """The entry at ``path``, or None when it is missing or does not verify (then it is
        removed and noted in :attr:`damaged`)."""
        try:
            data = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError):
            return None
        except OSError as exc:
            self._damaged(path, f"unreadable ({exc.strerror})")
            return None
        head, sep, body = data.partition(b"\n")
        if not sep or hashlib.sha256(body).hexdigest().encode() != head:
            self._damaged(path, "checksum does not match (truncated, damaged or not written by dossier)")
            return None
        try:
            value = json.loads(body)
        except ValueError:
            self._damaged(path, "not valid JSON")
            return None
        if not isinstance(value, dict):
            self._damaged(path, "not a result")
            return None
        return value

    def _damaged(self, path: Path, why: str) -> None:
        self.damaged.append((path.name, why))
        try:
            path.unlink()
        except OSError:
            pass

    def get(self, key: str, ref_version: str) -> dict | None:
        return self._read(self.path(key, ref_version))

    def put(self, key: str, ref_version: str, value: dict | bytes) -> None:
        """Store a result (or the bytes :func:`encode` made of it in a worker)."""
        path = self.path(key, ref_version)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(value if isinstance(value, bytes) else encode(value))
        os.replace(tmp, path)

    def valid(self, path: Path) -> bool:
        """Does the entry exist and verify (checksum only: cheap enough for every document)?"""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return False
        except OSError as exc:
            self._damaged(path, f"unreadable ({exc.strerror})")
            return False
        head, sep, body = data.partition(b"\n")
        if sep and hashlib.sha256(body).hexdigest().encode() == head:
            return True
        self._damaged(path, "checksum does not match (truncated, damaged or not written by dossier)")
        return False

    def remember_reference(self, ref: reference.Reference) -> None:
        """Keep a copy of the reference table each result was computed with (to diff later)."""
        snap = self.root / "reference" / f"{ref.version}.csv"
        if not snap.exists():
            snap.parent.mkdir(parents=True, exist_ok=True)
            data = Path(config.ENTITIES_CSV).read_bytes()
            if reference.version_of(data) == ref.version:
                snap.write_bytes(data)

    def _diff(self, old_version: str, ref: reference.Reference):
        if old_version not in self._diffs:
            snap = self.root / "reference" / f"{old_version}.csv"
            if not snap.exists():
                self._diffs[old_version] = None
            else:
                old = reference.Reference(reference.read_rows(snap), old_version)
                ids, terms = reference.changes(old, ref)
                words = sorted({fold(t).casefold() for t in terms}, key=len, reverse=True)
                rx = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)") if words else None
                self._diffs[old_version] = (ids, rx)
        return self._diffs[old_version]

    def usable(self, key: str, ref: reference.Reference, text: str) -> bool:
        """Is there a result for this document under the current reference table, or one under
        an earlier table that the edit does not affect (then it is carried over)?"""
        if self.valid(self.path(key, ref.version)):
            return True
        if self._older_references is None:  # once per run: has any other table version been used?
            snaps = (self.root / "reference").glob("*.csv")
            self._older_references = any(p.stem != ref.version for p in snaps)
        if not self._older_references:  # a cold cache: no earlier result can exist, skip the search
            return False
        for old in sorted(self.path(key, "x").parent.glob(f"{key}.*{self.SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True):
            old_version = old.name.split(".")[1]
            diff = self._diff(old_version, ref)
            if diff is None:
                continue
            ids, rx = diff
            result = self._read(old)
            if result is None:
                continue
            linked = {r["entity_id"] for r in result["mentions"]}
            if linked & ids or (rx is not None and rx.search(fold(text).casefold())):
                return False
            os.replace(old, self.path(key, ref.version))
            return True
        return False


def encode(value: dict) -> bytes:
    """A cache entry: the SHA-256 of the JSON, a newline, the JSON."""
    body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def task_key(doc: ingest.Document, version: str) -> str:
    h = hashlib.sha256()
    for part in (doc.sha256, doc.text, str(doc.meta.get("published")), str(doc.meta.get("publisher")),
                 json.dumps(infobox_of(doc), ensure_ascii=False, sort_keys=True), version):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def infobox_of(doc: ingest.Document) -> dict:
    """The document's infobox lines (``{field: value}``, from ingestion), which the ``infobox``
    extractor reads besides the text."""
    return dict((doc.meta.get("fields") or {}).get("infobox") or {})


def make_task(doc: ingest.Document, key: str, ref_version: str | None = None) -> dict:
    return {"key": key, "ref_version": ref_version, "text": doc.text, "published": doc.meta.get("published"),
            "publisher": doc.meta.get("publisher"), "para_starts": [p["start"] for p in doc.paragraphs],
            "fields": {"infobox": infobox_of(doc)}}
