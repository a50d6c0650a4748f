"""Ingestion: files on disk → document records and an ingest log.

Every file seen gets one row in the ingest log: ``ok``, ``warning`` (accepted, with a caveat),
``rejected`` (not processed, with the reason) or ``skipped`` (not a document). One bad file
never stops the run.

Metadata comes from YAML front matter in the file and from the manifest ``sources.csv`` in
the file's folder. Field by field, a non-empty manifest value wins over the front matter
(the manifest is the curated record and the raw files are never edited); a disagreement is
logged as a warning.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

from . import config, layout
from .text import slug

SUPPORTED = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
META_FIELDS = ("title", "url", "publisher", "published", "licence", "note")
NOT_DOCUMENTS = re.compile(r"^(?:readme|licen[cs]e|copying|notice|changelog)(?:\.\w+)?$", re.I)
BINARY_MAGIC = {
    b"%PDF": "PDF document", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image", b"PK\x03\x04": "ZIP archive (docx/xlsx/epub?)",
    b"\x1f\x8b": "gzip archive", b"\x7fELF": "executable", b"\xd0\xcf\x11\xe0": "MS Office (OLE) file",
}


class Rejected(Exception):
    """A file that cannot be used as a document; the message is the reason shown to people."""


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


def doc_slug(stem: str) -> str:
    return slug(stem) or "document"


# --------------------------------------------------------------------------- discovery

def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files named or found under the folders named, in a stable order. Raises
    FileNotFoundError naming the first path that does not exist."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if q.is_file()))
        elif p.is_file():
            found.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {p}")
    seen, out = set(), []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


# --------------------------------------------------------------------------- decoding

def decode(data: bytes) -> tuple[str, str, str]:
    """Decode raw bytes to text. Returns (text, encoding, caveat). Raises Rejected for empty,
    binary or undecodable input. Line endings are normalised to \\n."""
    if not data:
        raise Rejected("empty file (0 bytes)")
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise Rejected(f"binary file ({what}), not text")
    caveat = ""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif b"\x00" in data[:65536]:
        raise Rejected("binary file (contains NUL bytes), not text")
    else:
        try:
            text = data.decode("utf-8-sig")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            from charset_normalizer import from_bytes

            matches = list(from_bytes(data))
            if not matches:
                raise Rejected(f"undecodable bytes: not UTF-8 (byte 0x{data[exc.start]:02x} at offset "
                               f"{exc.start}) and no other encoding fits") from None
            least = min(m.chaos for m in matches)
            # Among equally clean readings prefer the Western legacy encodings news text uses.
            rank = {"cp1252": 0, "windows-1252": 0, "latin_1": 1, "iso8859_15": 2}
            best = min((m for m in matches if m.chaos <= least + 0.01),
                       key=lambda m: (rank.get(m.encoding, 9), m.encoding))
            encoding = best.encoding
            text = str(best)
            caveat = (f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); decoded as "
                      f"{encoding}, a guess by charset-normalizer: check accented characters")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise Rejected("empty file (only whitespace)")
    controls = len(CONTROL_CHARS.findall(text))
    if controls > max(3, len(text) // 100):
        raise Rejected(f"binary file ({controls} control characters), not text")
    if "\ufffd" in text:
        caveat = (caveat + "; " if caveat else "") + f"{text.count(chr(0xFFFD))} replacement characters (U+FFFD) in the text"
    return text, encoding, caveat


# --------------------------------------------------------------------------- metadata

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # category Cc except \t \n \f \r
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """(metadata, body, offset of body in text). Raises Rejected on invalid front matter."""
    if not text.startswith("---"):
        return {}, text, 0
    m = FRONT_MATTER.match(text)
    if not m:
        if re.match(r"\A---[ \t]*\n", text):
            raise Rejected("front matter opened with '---' but never closed")
        return {}, text, 0
    try:
        meta = yaml.load(m.group(1), Loader=YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise Rejected(f"front matter is not valid YAML{where}: {problem}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise Rejected(f"front matter is not a mapping of keys to values (got {type(meta).__name__})")
    return meta, text[m.end():], m.end()


def parse_date(value: object) -> str | None:
    """An ISO date string from a YAML/CSV value, None for empty. Raises ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    s = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(s, fmt).date().isoformat()
        except ValueError:
            pass
    try:
        return dt.datetime.fromisoformat(s).date().isoformat()
    except ValueError:
        raise ValueError(f"published value {s!r} is not a date (expected YYYY-MM-DD)") from None


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
                    rows[name] = {k: (v or "").strip() for k, v in row.items() if k in META_FIELDS}
    except (UnicodeDecodeError, csv.Error) as exc:
        return {}, [LogEntry(config.relative(path), "warning", f"manifest unreadable ({exc}); ignored")]
    return rows, problems


# --------------------------------------------------------------------------- documents

def build_document(path: Path, data: bytes, manifest_row: dict | None, warnings: list[str]) -> Document:
    """Turn one file's bytes into a Document (raises Rejected)."""
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        kind = path.suffix or "(no extension)"
        raise Rejected(f"unsupported file type {kind} (supported: {', '.join(sorted(SUPPORTED))})")
    text, encoding, caveat = decode(data)
    if caveat:
        warnings.append(caveat)
    meta: dict[str, object] = {}
    if fmt == "html":
        lay, meta = _from_html(text)
    else:
        front, body, offset = split_front_matter(text)
        meta.update({k: front[k] for k in META_FIELDS if k in front})
        extra = {k: v for k, v in front.items() if k not in META_FIELDS}
        title = (manifest_row or {}).get("title") or meta.get("title")
        lay = layout.parse(body, offset, title=str(title) if title else None, markdown=(fmt == "md"),
                           is_organisation=_is_organisation)
        if extra:
            lay.fields["front_matter"] = {k: str(v) for k, v in extra.items()}
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
    paragraphs = [
        dict(para=i, kind=p.kind, heading=p.heading, start=s, end=e, raw_start=p.raw_start, raw_end=p.raw_end)
        for i, (p, (s, e)) in enumerate(zip(lay.paragraphs, spans))
    ]
    for key in ("section", "topic", "headline", "standfirst", "byline", "dateline", "credit"):
        meta[key] = getattr(lay, key)
    meta["fields"] = lay.fields
    meta["furniture"] = lay.furniture
    return Document(doc_id="", file=config.relative(path), sha256=hashlib.sha256(data).hexdigest(),
                    format=fmt, encoding=encoding, text=doc_text, paragraphs=paragraphs, meta=meta)


def _is_organisation(line: str) -> bool:
    """Is the line exactly the name of an organisation in the reference table?"""
    from . import reference

    hit = reference.load().lookup(line, "ORG")
    return hit is not None and hit[0].type == "ORG" and not hit[1]


def _from_html(html: str) -> tuple[layout.Layout, dict]:
    """Main text and metadata of an HTML page, with trafilatura (offline; the raw HTML stays in
    data/raw/ so re-runs need no network)."""
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
    lay = layout.parse(body, 0, title=title, html=True)
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
    scanned = {p.resolve() for p in paths if p.is_dir()}
    manifests: dict[Path, dict[str, dict]] = {}
    seen_hash: dict[str, str] = {}
    seen_ids: set[str] = set()
    listed: dict[Path, set[str]] = {}
    for path in files:
        rel = config.relative(path)
        folder = path.parent
        if folder not in manifests:
            manifests[folder], problems = read_manifest(folder)
            listed[folder] = set(manifests[folder])
            for p in problems:
                yield None, p
        if path.name == config.MANIFEST_NAME:
            yield None, LogEntry(rel, "skipped", "manifest (metadata for the other files), not a document")
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
            yield None, LogEntry(rel, "rejected", f"cannot read file: {exc.strerror}")
            continue
        sha = hashlib.sha256(data).hexdigest()
        if sha in seen_hash:
            yield None, LogEntry(rel, "rejected", f"duplicate: same bytes as {seen_hash[sha]}", sha256=sha,
                                 n_bytes=len(data))
            continue
        warnings: list[str] = []
        try:
            doc = build_document(path, data, manifests[folder].get(path.name), warnings)
        except Rejected as exc:
            seen_hash[sha] = rel
            yield None, LogEntry(rel, "rejected", str(exc), sha256=sha, n_bytes=len(data))
            continue
        seen_hash[sha] = rel
        doc_id = base = doc_slug(path.stem)
        n = 2
        while doc_id in seen_ids:
            doc_id = f"{base}-{n}"
            n += 1
        if doc_id != base:
            warnings.append(f"doc_id {base!r} already used; this file is {doc_id!r}")
        seen_ids.add(doc_id)
        doc.doc_id = doc_id
        status = "warning" if warnings else "ok"
        yield doc, LogEntry(rel, status, "; ".join(warnings), doc_id=doc_id, sha256=sha, n_bytes=len(data))
    for folder, names in listed.items():
        if not any(d == folder.resolve() or d in folder.resolve().parents for d in scanned):
            continue
        for name in sorted(names):
            rel = config.relative(folder / name)
            yield None, LogEntry(rel, "warning", f"listed in {config.MANIFEST_NAME} but no such file")


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
