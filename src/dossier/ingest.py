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

import codecs
import csv
import datetime as dt
import hashlib
import json
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
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
MAX_FRONT_MATTER = 64 * 1024  # characters; real front matter is a few hundred
MAX_YAML_DEPTH = 20
ID_HASH_CHARS = 6


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


# --------------------------------------------------------------------------- names and ids

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


def _rel_in_root(path: Path, root: Path | None) -> str:
    a = _absolute(path)
    return a.name if root is None or a == root else a.relative_to(root).as_posix()


# --------------------------------------------------------------------------- discovery

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


# --------------------------------------------------------------------------- decoding

CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # category Cc except \t \n \f \r
_BOMS = (  # longest first: the UTF-32-LE mark begins with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def _wide_unicode(data: bytes) -> str | None:
    """UTF-16/32 without a byte-order mark, from where the zero bytes fall (text in any
    alphabetic script has a zero high byte in most code units). None if not that."""
    sample = data[: 65536 - 65536 % 4]
    n = len(sample) // 4
    if n < 2:
        return None
    zeros = [sum(1 for b in sample[k::4] if b == 0) / n for k in range(4)]
    candidates = []
    if zeros[2] > 0.9 and zeros[3] > 0.9 and zeros[0] < 0.5:
        candidates.append("utf-32-le")
    if zeros[0] > 0.9 and zeros[1] > 0.9 and zeros[3] < 0.5:
        candidates.append("utf-32-be")
    odd, even = (zeros[1] + zeros[3]) / 2, (zeros[0] + zeros[2]) / 2
    if odd > 0.5 and even < 0.1:
        candidates.append("utf-16-le")
    if even > 0.5 and odd < 0.1:
        candidates.append("utf-16-be")
    for encoding in candidates:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def decode_raw(data: bytes) -> tuple[str, str, str]:
    """(raw text, encoding, caveat): the bytes decoded as they are, line endings kept, so that
    ``data.decode(encoding) == raw``. Raises Rejected for empty, binary or undecodable input."""
    if not data:
        raise Rejected("empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, ""
            except UnicodeDecodeError as exc:
                raise Rejected(f"undecodable bytes: starts with a {encoding.upper()} byte-order mark but "
                               f"byte offset {exc.start} is not {encoding.upper()}") from None
    for magic, what in BINARY_MAGIC.items():
        if data.startswith(magic):
            raise Rejected(f"binary file ({what}), not text")
    if b"\x00" in data[:65536]:
        wide = _wide_unicode(data)
        if wide is None:
            raise Rejected("binary file (contains NUL bytes), not text")
        return data.decode(wide), wide, f"no byte-order mark; read as {wide.upper()} from the pattern of zero bytes"
    try:
        return data.decode("utf-8"), "utf-8", ""
    except UnicodeDecodeError as exc:
        where = f"byte 0x{data[exc.start]:02x} at offset {exc.start}"
        if _UTF8_MULTIBYTE.search(data):
            # UTF-8 passages beside bytes that are not UTF-8 (a file pasted together): one byte per
            # character here, then ftfy repairs the UTF-8 passages line by line.
            for encoding in ("cp1252", "latin-1"):
                try:
                    return data.decode(encoding), encoding, (
                        f"mixed encodings: UTF-8 passages and bytes that are not UTF-8 ({where}); read as "
                        f"{encoding}, with the UTF-8 passages repaired")
                except UnicodeDecodeError:
                    continue
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
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            text = str(best)
        return text, encoding, (f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                f"decoded as {encoding}, a guess by charset-normalizer: check accented characters")


_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# What UTF-8 read as cp1252/Latin-1 always contains: a lead byte (Â..ô) followed by a continuation
# byte's character, or a C1 control. Lines without it skip ftfy (10× cheaper than asking it).
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013"
    "\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


@lru_cache(maxsize=1)
def _fixer():
    """ftfy and its configuration, or (None, None) when ftfy is not installed."""
    try:
        import ftfy
    except ImportError:  # a required dependency; without it mojibake is reported, not repaired
        return None, None

    # Only the encoding repairs: curly quotes, ligatures, widths, entities stay as written.
    return ftfy, ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_encoding=True, restore_byte_a0=True,
        replace_lossy_sequences=True, decode_inconsistent_utf8=True, fix_c1_controls=True,
        fix_latin_ligatures=False, fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
        fix_surrogates=True, remove_control_chars=False, normalization=None, explain=False)


def repair_line(line: str) -> str:
    """A line with mojibake repaired (ftfy, encoding fixes only); ASCII lines as they are."""
    if line.isascii() or not _MOJIBAKE_HINT.search(line):
        return line
    ftfy, cfg = _fixer()
    if ftfy is None:
        return line
    fixed = ftfy.fix_text(line, cfg)
    return line if "\n" in fixed or "\r" in fixed else fixed


def clean_lines(raw: str) -> list[str]:
    """The lines of the decoded raw file as ingestion reads them: split on any line ending,
    mojibake repaired. One line per raw line, so positions map back line by line."""
    return [repair_line(line) for line in _LINE_BREAK.split(raw)]


def _changed_example(before: str, after: str) -> str:
    i = 0
    while i < min(len(before), len(after)) and before[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
        j += 1
    a, b = before[max(0, i - 3):len(before) - j + 3], after[max(0, i - 3):len(after) - j + 3]
    return f"{a[:40]!r} → {b[:40]!r}"


def decode(data: bytes) -> tuple[str, str, str]:
    """Decode raw bytes to text. Returns (text, encoding, caveat). Raises Rejected for empty,
    binary or undecodable input. Line endings are normalised to \\n and mojibake repaired."""
    _, text, encoding, caveat = decode_both(data)
    return text, encoding, caveat


def decode_both(data: bytes) -> tuple[str, str, str, str]:
    """(raw, text, encoding, caveat): ``decode_raw``'s raw text and ``decode``'s cleaned text."""
    raw, encoding, caveat = decode_raw(data)
    lines = _LINE_BREAK.split(raw)
    fixed = [repair_line(line) for line in lines]
    changed = [i for i, (a, b) in enumerate(zip(lines, fixed)) if a != b]
    text = "\n".join(fixed)
    caveats = [caveat] if caveat else []
    if _fixer()[0] is None and any(_MOJIBAKE_HINT.search(line) for line in lines if not line.isascii()):
        caveats.append("the text may hold mojibake (UTF-8 read as Latin-1), not repaired: ftfy is not installed")
    if changed:
        first = changed[0]
        caveats.append(f"mojibake repaired by ftfy on {len(changed)} line(s), e.g. line {first + 1}: "
                       f"{_changed_example(lines[first], fixed[first])}")
    if not text.strip():
        raise Rejected("empty file (only whitespace)")
    controls = len(CONTROL_CHARS.findall(text))
    if controls > max(3, len(text) // 100):
        raise Rejected(f"binary file ({controls} control characters), not text")
    if "\ufffd" in text:
        caveats.append(f"{text.count(chr(0xFFFD))} replacement characters (U+FFFD) in the text")
    return raw, text, encoding, "; ".join(caveats)


class RawMap:
    """Maps offsets in the cleaned text (``decode``'s) back to the decoded raw file."""

    def __init__(self, raw: str, clean: str):
        self.raw = raw
        self.raw_starts, self.raw_lines = [], []
        pos = 0
        for m in _LINE_BREAK.finditer(raw):
            self.raw_starts.append(pos)
            self.raw_lines.append(raw[pos:m.start()])
            pos = m.end()
        self.raw_starts.append(pos)
        self.raw_lines.append(raw[pos:])
        self.clean_lines = clean.split("\n")
        self.clean_starts, pos = [], 0
        for line in self.clean_lines:
            self.clean_starts.append(pos)
            pos += len(line) + 1
        if len(self.clean_lines) != len(self.raw_lines):
            raise ValueError("cleaned text and raw file differ in line count")

    def _line(self, pos: int) -> int:
        return bisect_right(self.clean_starts, pos) - 1

    def span(self, start: int, end: int, text: str) -> tuple[int, int]:
        """The raw span of the paragraph ``text`` found at ``start:end`` of the cleaned text."""
        i, j = self._line(start), self._line(max(start, end - 1))
        if all(self.raw_lines[k] == self.clean_lines[k] for k in range(i, j + 1)):
            rs = self.raw_starts[i] + start - self.clean_starts[i]
            re_ = self.raw_starts[j] + end - self.clean_starts[j]
            if self.raw[rs:re_] == text:
                return rs, re_
        first, last = self.raw_lines[i], self.raw_lines[j]
        rs = self.raw_starts[i] + len(first) - len(first.lstrip())
        re_ = self.raw_starts[j] + len(last.rstrip())
        return rs, max(rs, re_)


def raw_matches(raw_slice: str, text: str, fmt: str) -> bool:
    """Does a paragraph's ``text`` come from ``raw_slice`` (``raw[raw_start:raw_end]``)?
    True when the slice is the text itself, or when the slice read the way ingestion reads it
    (line endings normalised, mojibake repaired, markdown marks removed for ``md``) contains it.
    The integrity check of notebook 01 uses this."""
    if raw_slice == text:
        return True
    cleaned = "\n".join(clean_lines(raw_slice))
    if fmt == "md":
        cleaned = layout.strip_markdown(cleaned)
    return text in cleaned


# --------------------------------------------------------------------------- metadata

class _StrictLoader(yaml.SafeLoader):
    """Safe YAML that refuses anchors and aliases, caps nesting and leaves dates as strings."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def compose_node(self, parent, index):  # noqa: D102 - PyYAML hook
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise Rejected(_ALIAS_REFUSED)
        self._depth = getattr(self, "_depth", 0) + 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_ALIAS_REFUSED = ("front matter uses YAML anchors or aliases (& and *), which are refused: they can expand a "
                  "few bytes into gigabytes")
_C_LOADER = getattr(yaml, "CSafeLoader", None)  # libyaml when the wheel has it: 10× faster


if _C_LOADER is not None:
    class _StrictCLoader(_C_LOADER):  # type: ignore[misc,valid-type]
        """libyaml's safe loader with dates left as strings; aliases and depth are checked on
        its event stream first (``_load_yaml``), as libyaml composes in C."""

        yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers


def _load_yaml(text: str):
    """Safe YAML without anchors, aliases or deep nesting. Raises Rejected or yaml.YAMLError."""
    if _C_LOADER is None:
        return yaml.load(text, Loader=_StrictLoader)
    depth = 0
    for event in yaml.parse(text, Loader=_C_LOADER):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise Rejected(_ALIAS_REFUSED)
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels")
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
    return yaml.load(text, Loader=_StrictCLoader)


FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)


def split_front_matter(text: str) -> tuple[dict, str, int]:
    """(metadata, body, offset of body in text). Raises Rejected on invalid, oversized or
    alias-using front matter."""
    if not text.startswith("---"):
        return {}, text, 0
    m = FRONT_MATTER.match(text)
    if not m:
        if re.match(r"\A---[ \t]*\n", text):
            raise Rejected("front matter opened with '---' but never closed")
        return {}, text, 0
    if len(m.group(1)) > MAX_FRONT_MATTER:
        raise Rejected(f"front matter is {len(m.group(1)):,} characters, more than the "
                       f"{MAX_FRONT_MATTER:,} allowed")
    try:
        meta = _load_yaml(m.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise Rejected(f"front matter is not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise Rejected(f"front matter nests deeper than {MAX_YAML_DEPTH} levels") from None
    except (ValueError, TypeError, OverflowError, ArithmeticError) as exc:  # a tagged value (!!timestamp) that fails
        raise Rejected(f"front matter is not valid YAML: {str(exc)[:120]}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise Rejected(f"front matter is not a mapping of keys to values (got {type(meta).__name__})")
    return {str(k): v for k, v in meta.items()}, text[m.end():], m.end()


_KIND = {dict: "a mapping", list: "a list", bool: "true/false", bytes: "binary data", set: "a set"}


def _scalar_text(key: str, value: object, warnings: list[str]) -> str | None:
    """A metadata value as text; a value that is not text or a number is a warning."""
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    kind = _KIND.get(type(value), type(value).__name__)
    warnings.append(f"front matter {key} is {kind}, not text; ignored")
    return None


def _plain(value: object) -> object:
    """A front-matter value as plain JSON data (mappings, lists, text, numbers)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


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
        raise ValueError(f"published value {s[:60]!r} is not a date (expected YYYY-MM-DD)") from None


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


# --------------------------------------------------------------------------- documents

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
