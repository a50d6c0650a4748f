"""Helpers for the hostile-input suite: every input is built on the fly in a temporary folder
(no large or hostile file is committed), then ingested, and the tables are checked the way
notebook 01 checks the shipped corpus."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from dossier import ingest


class Corpus:
    """A folder of files written from a {relative path: text or bytes} mapping."""

    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)

    def write(self, files: dict[str, str | bytes]) -> "Corpus":
        for name, content in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return self

    def ingest(self):
        docs, paras, log = ingest.ingest([self.root])
        return docs, paras, log

    def log(self, log: pd.DataFrame) -> dict[str, tuple[str, str]]:
        """file (without the leading folder name) → (status, reason)."""
        prefix = self.root.name + "/"
        return {f.removeprefix(prefix): (s, r or "") for f, s, r in
                zip(log["file"], log["status"], log["reason"].astype(object).where(log["reason"].notna(), ""))}

    def raw_file(self, file: str) -> Path:
        return self.root.parent / file


def check_integrity(c: Corpus, docs: pd.DataFrame, paras: pd.DataFrame) -> int:
    """Notebook 01's integrity check on a built corpus: hashes, every paragraph traced back to
    the decoded raw file, no furniture in the text. Returns the number of verbatim paragraphs."""
    exact = 0
    for doc in docs.itertuples():
        data = c.raw_file(doc.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == doc.sha256, doc.file
        raw = data.decode(doc.encoding)
        for p in paras[paras["doc_id"] == doc.doc_id].itertuples():
            assert doc.text[p.start:p.end], (doc.doc_id, p.para)
            if doc.format == "html":
                assert pd.isna(p.raw_start) and pd.isna(p.raw_end)
                continue
            assert 0 <= p.raw_start <= p.raw_end <= len(raw), (doc.doc_id, p.para)
            piece = raw[p.raw_start:p.raw_end]
            assert ingest.raw_matches(piece, doc.text[p.start:p.end], doc.format), (doc.doc_id, p.para, piece)
            exact += piece == doc.text[p.start:p.end]
        for line in json.loads(doc.furniture):
            if line != doc.headline:
                assert line not in doc.text.split("\n"), (doc.doc_id, line)
    return exact
