
"""Ingestion: files on disk → document records and an ingest log.

Every file seen gets one row in the ingest log: ``ok``, ``warning`` (accepted, with a caveat),
``rejected`` (not processed, with the reason) or ``skipped`` (not a document). One bad file
never stops the run: whatever a file contains (malformed or hostile front matter, odd
encodings, degenerate text) ends as a log row, never as an exception.

Metadata comes from YAML front matter in the file and from the manifest ``sources.csv`` in
the file's folder. Field by field, a non-empty manifest value wins over the front matter
(the manifest is the curated record and the raw files are never edited); a disagreement is
logged as a warning.

Rules a reader of the tables relies on:

- **Front matter** is read with a safe loader that refuses YAML anchors and aliases (an alias
  bomb expands a few hundred bytes into gigabytes), nesting deeper than ``MAX_YAML_DEPTH`` and
  front matter larger than ``MAX_FRONT_MATTER`` characters: the file is rejected with the
  reason. Dates are read as strings (YAML's own date parser raises on ``2023-02-30``) and
  checked by ``parse_date``: a bad date is a warning and an empty ``published``. Every
  metadata value must be text or a number; anything else (a title that is a mapping) is a
  warning and the value is ignored.
- **``file``** is the path relative to the project root when the file is inside it (the
  shipped corpus: ``data/raw/x.txt``), else relative to the folder that holds the input root
  (``corpus/a/report.txt`` for the input ``…/corpus``); a file given by itself is its name. No
  absolute path reaches a table, and two files with the same name in different folders stay
  distinct.
- **``doc_id``** depends only on the file's path relative to its input root, never on its
  content or on the other files, so adding files never renames a document: the slug of that
  path without its extension (folders joined by ``-``: ``a/report.txt`` → ``a-report``), kept
  as it is when the path is already spelled that way (lower-case ASCII letters, digits and
  single hyphens: every shipped file), otherwise followed by ``-`` and the first 6 hex digits
  of the SHA-256 of the relative path (``Report 1.txt`` → ``report-1-<hash>``). Only two
  files that differ in nothing but their extension or a ``/`` versus ``-`` (``report.txt``
  and ``report.md``) can claim the same id; the later one in path order gets the hash
  instead, with a warning.
- **Symbolic links** found under an input folder are not followed: a link to a file or folder
  inside the input folder is skipped (its target is read under its own path), a link to
  anything outside is skipped with that reason, a dangling link is rejected. Hidden folders
  (``.git``, ``.ipynb_checkpoints``) are skipped with one row each, an unreadable folder is
  rejected with the error, and so is anything that is not a regular file (FIFO, socket).
  A path given explicitly is read even if it is a link (the user named it).
- **Encodings**: UTF-8 (``encoding`` ``utf-8``, or ``utf-8-sig`` with a byte-order mark),
  UTF-16/32 with or without a BOM (detected from the pattern of zero bytes), else the best
  legacy encoding by charset-normalizer (a warning). Mojibake (``CafÃ©``, or a UTF-8 passage
  in a Latin-1 file) is repaired line by line with ftfy's encoding fixes only (quotes,
  ligatures, widths and entities are left alone), recorded as a warning with an example.
- **Paragraph raw offsets** index the decoded raw file ``raw = bytes.decode(encoding)`` (line
  endings and BOM as in the file). When a paragraph is copied verbatim,
  ``raw[raw_start:raw_end] == text[start:end]``. When ingestion changed characters (markdown
  marks removed, mojibake repaired, a CRLF inside a wrapped paragraph), ``raw_start:raw_end``
  delimit the raw line(s) the paragraph came from, from the first non-blank character of its
  first line to the last non-blank character of its last line, and ``raw_matches`` checks it.
  HTML paragraphs have no raw offsets (the text is extracted by trafilatura).
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import config, layout
from .decoding import (BINARY_MAGIC, CONTROL_CHARS, RawMap, Rejected, clean_lines, decode, decode_both,  # noqa: F401
                       decode_raw, raw_matches, repair_line)
from .discovery import (ID_HASH_CHARS, NOT_DOCUMENTS, LogEntry, _absolute, _not_a_file, _rel_in_root,  # noqa: F401
                        _path_hash, _root_of, _stem, _unreadable_folder, discover, doc_id_for, doc_slug, raw_path,
                        shown_path)
from .frontmatter import (MAX_FRONT_MATTER, MAX_YAML_DEPTH, _plain, _scalar_text, parse_date,  # noqa: F401
                          split_front_matter)
from .text import slug  # noqa: F401

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


META_FIELDS = ("title", "url", "publisher", "published", "licence", "note")


@dataclass
class Document:
    doc_id: str
    file: str
    sha256: str
    format: str
    encoding: str
    text: str
    paragraphs: list[dict]
    meta: dict[str, object] = field(default_factory=dict)

    def row(self) -> dict:
        n_words = len(self.text.split())
        return {
            "doc_id": self.doc_id, "file": self.file,
            **{k: self.meta.get(k) for k in ("title", "url", "publisher", "published", "licence", "note",
                                             "section", "topic", "headline", "standfirst", "byline",
                                             "dateline", "credit")},
            "fields": json.dumps(self.meta.get("fields") or {}, ensure_ascii=False, sort_keys=True),
            "furniture": json.dumps(self.meta.get("furniture") or [], ensure_ascii=False),
            "text": self.text, "n_paragraphs": len(self.paragraphs), "n_words": n_words,
            "n_chars": len(self.text), "format": self.format, "encoding": self.encoding,
            "sha256": self.sha256,
        }


def read_manifest(folder: Path) -> tuple[dict[str, dict], list[LogEntry]]:
    """Rows of ``sources.csv`` in a folder, keyed by file name."""
    path = folder / config.MANIFEST_NAME
    if not path.is_file():
        return {}, []
    rows: dict[str, dict] = {}
    problems: list[LogEntry] = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or "file" not in reader.fieldnames:
                return {}, [LogEntry(config.relative(path), "warning",
                                     "manifest has no 'file' column; ignored")]
            for row in reader:
                name = (row.get("file") or "").strip()
                if name:
                    rows[name] = {k: (v or "").strip() for k, v in row.items()
                                  if k in META_FIELDS and isinstance(v, str)}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        return {}, [LogEntry(config.relative(path), "warning", f"manifest unreadable ({exc}); ignored")]
    return rows, problems


def build_document(path: Path, data: bytes, manifest_row: dict | None, warnings: list[str],
                   file: str | None = None) -> Document:
    """Turn one file's bytes into a Document (raises Rejected). ``file`` is the path shown in
    the tables (default: relative to the project root)."""
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        kind = path.suffix or "(no extension)"
        raise Rejected(f"unsupported file type {kind} (supported: {', '.join(sorted(SUPPORTED))})")
    raw, text, encoding, caveat = decode_both(data)
    if caveat:
        warnings.append(caveat)
    meta: dict[str, object] = {}
    if fmt == "html":
        lay, meta = _from_html(text)
    else:
        front, body, offset = split_front_matter(text)
        for k in META_FIELDS:
            if k in front:
                meta[k] = _scalar_text(k, front[k], warnings)
        extra = {k: v for k, v in front.items() if k not in META_FIELDS}
        title = (manifest_row or {}).get("title") or meta.get("title")
        lay = layout.parse(body, offset, title=str(title) if title else None, markdown=(fmt == "md"),
                           is_organisation=_is_organisation)
        if extra:
            lay.fields["front_matter"] = {
                k: v if isinstance(v, str) else json.dumps(_plain(v), ensure_ascii=False, sort_keys=True)
                for k, v in extra.items()}
    # Manifest wins, field by field.
    for key, value in (manifest_row or {}).items():
        if not value:
            continue
        old = meta.get(key)
        if old not in (None, "") and str(old) != value:
            warnings.append(f"manifest {key} {value!r} overrides front matter {str(old)!r}")
        meta[key] = value
    try:
        meta["published"] = parse_date(meta.get("published"))
    except ValueError as exc:
        warnings.append(f"{exc}; published left empty, relative dates will not be resolved")
        meta["published"] = None
    for key in ("title", "url", "publisher", "licence", "note"):
        if meta.get(key) is not None:
            meta[key] = str(meta[key]).strip() or None
    meta["title"] = meta.get("title") or lay.headline
    if not lay.paragraphs:
        raise Rejected("no body text after removing front matter and page furniture")
    doc_text, spans = layout.join(lay.paragraphs)
    raw_map = RawMap(raw, text) if fmt != "html" else None  # same line count by construction
    paragraphs = []
    for i, (p, (s, e)) in enumerate(zip(lay.paragraphs, spans)):
        raw_start = raw_end = None
        if raw_map is not None and p.raw_start is not None and p.raw_end is not None:
            raw_start, raw_end = raw_map.span(p.raw_start, p.raw_end, p.text)
        paragraphs.append(dict(para=i, kind=p.kind, heading=p.heading, start=s, end=e,
                               raw_start=raw_start, raw_end=raw_end))
    for key in ("section", "topic", "headline", "standfirst", "byline", "dateline", "credit"):
        meta[key] = getattr(lay, key)
    meta["fields"] = lay.fields
    meta["furniture"] = lay.furniture
    return Document(doc_id="", file=file or config.relative(path), sha256=hashlib.sha256(data).hexdigest(),
                    format=fmt, encoding=encoding, text=doc_text, paragraphs=paragraphs, meta=meta)


def _is_organisation(line: str) -> bool:
    """Is the line exactly the name of an organisation in the reference table?"""
    from . import reference

    hit = reference.load().lookup(line, "ORG")
    return hit is not None and hit[0].type == "ORG" and not hit[1]


def _same_words(a: str, b: str) -> bool:
    return layout._words(a) == layout._words(b)


def _from_html(html: str) -> tuple[layout.Layout, dict]:
    """Main text and metadata of an HTML page, with trafilatura (offline; the raw HTML stays in
    data/raw/ so re-runs need no network). The page title is the headline, once: trafilatura
    also returns the ``<h1>`` that repeats it, and a heading printed twice is kept once."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    if extracted is None:
        raise Rejected("HTML page has no extractable main text")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    body = data.get("text") or ""
    if not body.strip():
        raise Rejected("HTML page has no extractable main text")
    title = data.get("title")
    title = title.strip() if isinstance(title, str) and title.strip() else None
    lay = layout.parse(body, 0, title=title, html=True)
    kept: list[layout.Paragraph] = []
    for p in lay.paragraphs:
        if title and _same_words(p.text, title):
            lay.furniture.append(p.text)  # the title printed again as the page's <h1>
            continue
        if kept and p.text == kept[-1].text and len(p.text.split()) <= 20:
            lay.fields.setdefault("repeated_lines", []).append(p.text)  # a heading printed twice: one stays
            continue
        kept.append(p)
    lay.paragraphs = kept
    if title:
        lay.paragraphs.insert(0, layout.Paragraph("headline", title, None, None))
        lay.headline = title
    if data.get("author"):
        lay.byline = data["author"]
    meta = {"title": title, "url": data.get("url"), "publisher": data.get("sitename") or data.get("hostname"),
            "published": data.get("date")}
    if data.get("description"):
        lay.standfirst = data["description"]
    return lay, meta


def iter_corpus(paths: Iterable[str | Path], files: list[Path] | None = None) -> Iterator[tuple[Document | None, LogEntry]]:
    """Stream the corpus: for every file found, (document or None, its ingest-log entry).
    Reads one file at a time; remembers only hashes and ids (for duplicates). A manifest row
    whose file is missing is reported only when its whole folder was given."""
    paths = [Path(p) for p in paths]
    files = discover(paths) if files is None else files
    roots = sorted({_absolute(p) for p in paths if p.is_dir()}, key=lambda r: -len(r.parts))
    scanned = {p.resolve() for p in paths if p.is_dir()}
    manifests: dict[Path, dict[str, dict]] = {}
    seen_hash: dict[str, str] = {}
    seen_ids: dict[str, str] = {}
    listed: dict[Path, set[str]] = {}
    for path in files:
        root = _root_of(path, roots)
        rel = shown_path(path, root)
        folder = path.parent
        if root is not None and _absolute(path) == root:  # an input folder that could not be listed
            problem = _unreadable_folder(path)
            if problem is not None:
                problem.file = rel
                yield None, problem
            continue
        if folder not in manifests:
            manifests[folder], problems = read_manifest(folder)
            listed[folder] = set(manifests[folder])
            for p in problems:
                yield None, p
        if root is not None:
            problem = _not_a_file(path, roots)
            if problem is not None:
                problem.file = rel
                listed[folder].discard(path.name)
                yield None, problem
                continue
        if path.name == config.MANIFEST_NAME:
            yield None, LogEntry(rel, "skipped", "manifest (metadata for the other files), not a document")
            continue
        if path.name == config.SETTINGS_NAME:
            yield None, LogEntry(rel, "skipped", "corpus settings (see dossier.settings), not a document")
            continue
        if path.name.startswith("."):
            yield None, LogEntry(rel, "skipped", "hidden file")
            continue
        if NOT_DOCUMENTS.match(path.name):
            yield None, LogEntry(rel, "skipped", "documentation or licence file, not a source document")
            continue
        listed[folder].discard(path.name)
        try:
            data = path.read_bytes()
        except OSError as exc:
            yield None, LogEntry(rel, "rejected", f"cannot read file: {exc.strerror or exc}")
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in seen_hash:
            yield None, LogEntry(rel, "rejected", f"duplicate: same bytes as {seen_hash[sha]}", sha256=sha,
                                 n_bytes=len(data))
            continue
        warnings: list[str] = []
        try:
            doc = build_document(path, data, manifests[folder].get(path.name), warnings, file=rel)
        except Rejected as exc:
            seen_hash[sha] = rel
            yield None, LogEntry(rel, "rejected", str(exc), sha256=sha, n_bytes=len(data))
            continue
        except RecursionError:
            seen_hash[sha] = rel
            yield None, LogEntry(rel, "rejected", "structure nested too deeply to read", sha256=sha,
                                 n_bytes=len(data))
            continue
        except Exception as exc:  # a bug or a library failing on this input: recorded, the run goes on
            seen_hash[sha] = rel
            yield None, LogEntry(rel, "rejected", f"ingestion failed: {type(exc).__name__}: {str(exc)[:200]}",
                                 sha256=sha, n_bytes=len(data))
            continue
        seen_hash[sha] = rel
        in_root = _rel_in_root(path, root)
        doc_id = doc_id_for(in_root)
        if doc_id in seen_ids:
            first = seen_ids[doc_id]
            new = hashed = f"{doc_slug(_stem(in_root))}-{_path_hash(rel)}"
            n = 2
            while new in seen_ids:  # the same path under two input folders of the same name
                new, n = f"{hashed}-{n}", n + 1
            warnings.append(f"doc_id {doc_id!r} is already used by {first}; this file is {new!r}")
            doc_id = new
        seen_ids[doc_id] = rel
        doc.doc_id = doc_id
        status = "warning" if warnings else "ok"
        yield doc, LogEntry(rel, status, "; ".join(warnings), doc_id=doc_id, sha256=sha, n_bytes=len(data))
    for folder, names in listed.items():
        if not any(d == folder.resolve() or d in folder.resolve().parents for d in scanned):
            continue
        for name in sorted(names):
            root = _root_of(folder / name, roots)
            yield None, LogEntry(shown_path(folder / name, root), "warning",
                                 f"listed in {config.MANIFEST_NAME} but no such file")


def ingest(paths: Iterable[str | Path]):
    """The whole corpus as three tables: documents, paragraphs, ingest_log (DataFrames)."""
    from .schema import to_frame

    docs, paras, log = [], [], []
    for doc, entry in iter_corpus(paths):
        log.append(entry.row())
        if doc is not None:
            docs.append(doc.row())
            paras.extend({"doc_id": doc.doc_id, **p} for p in doc.paragraphs)
    return to_frame(docs, "documents"), to_frame(paras, "paragraphs"), to_frame(log, "ingest_log")
