"""Decoding raw bytes into text: UTF-8 (with or without a byte-order mark), UTF-16/32 with or
without a BOM, else the best legacy encoding; binary files recognised by their magic bytes;
mojibake repaired line by line (ftfy's encoding fixes only); and the map from the cleaned text
back to the decoded raw file (``RawMap``, ``raw_matches``). See :mod:`dossier.ingest`."""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from functools import lru_cache

from . import layout


BINARY_MAGIC = {
    b"%PDF": "PDF document", b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image", b"PK\x03\x04": "ZIP archive (docx/xlsx/epub?)",
    b"\x1f\x8b": "gzip archive", b"\x7fELF": "executable", b"\xd0\xcf\x11\xe0": "MS Office (OLE) file",
}


class Rejected(Exception):
    """A file that cannot be used as a document; the message is the reason shown to people."""


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
