"""Page structure of a captured document: which lines are the headline, standfirst, byline,
dateline and body, and which are page furniture, labels, wiki headings or infobox lines.

Captured pages share a small number of shapes (a news page: section label, headline with a
topic suffix, standfirst, byline, body, credit; an official page: title repeated, a dateline,
labelled metadata lines; a wiki page: ``= Title =``, infobox ``- Key: Value`` lines,
``==Heading==``). The rules below recognise those shapes by form and position, never by the
words of one document. Line patterns that are plain furniture live in
``data/reference/boilerplate.csv`` with the source of each.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import config

# A paragraph of `text` and where it came from.
@dataclass
class Paragraph:
    kind: str  # headline, standfirst, byline, dateline, speaker, body, credit
    text: str
    raw_start: int | None
    raw_end: int | None
    heading: str | None = None


@dataclass
class Layout:
    paragraphs: list[Paragraph] = field(default_factory=list)
    section: str | None = None
    topic: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    byline: str | None = None
    dateline: str | None = None
    credit: str | None = None
    fields: dict[str, object] = field(default_factory=dict)
    furniture: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Rule:
    regex: re.Pattern
    action: str  # drop | strip_prefix | field:<name>


@lru_cache(maxsize=4)
def load_rules(path: Path = config.BOILERPLATE_CSV) -> tuple[Rule, ...]:
    with open(path, newline="", encoding="utf-8") as fh:
        return tuple(Rule(re.compile(r["pattern"]), r["action"]) for r in csv.DictReader(fh))


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)"
DATELINE = re.compile(
    rf"^(?:(?:Last |First )?(?:updated|published|posted)(?: on)?:?\s+)?{_WEEKDAY}?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:,?\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:BST|GMT|CET|CEST|UTC|EDT|EST)?)?$",
    re.IGNORECASE,
)
FULL_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?,?\s+\d{{4}}\b|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")
INFOBOX = re.compile(r"^[-*•]\s*([^:\n]{1,40}?)\s*:\s*(.*)$")
KEY_VALUE = re.compile(r"^([A-Z][\w’'-]*(?: [\w’'-]+){0,2}):\s+(\S.{0,80})$")
SPEAKER = re.compile(r"^\S.{8,250}\((?:[A-Z][\w'’.-]+ ){1,3}[A-Z][\w'’.-]+\)$")
CREDIT = re.compile(r"^(?:With|Additional reporting by|Reporting by|Compiled by|Edited by|Written by)\b.{1,80}$")
BYLINE = re.compile(r"^By\s+[A-Z]")
SENTENCE_END = re.compile(r"[.!?:;\"”’)\]]$")
WORD = re.compile(r"\w+")


def _words(s: str) -> list[str]:
    return WORD.findall(s.lower())


def _similar_title(line: str, title: str | None) -> bool:
    """Does the line print the document's title (possibly with a suffix such as 'Debate')?"""
    if not title:
        return False
    a, b = set(_words(line)), set(_words(title))
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.6 and len(a & b) >= min(2, len(a))


def _is_prose(line: str) -> bool:
    n = len(line.split())
    return (n >= 8 and bool(SENTENCE_END.search(line))) or n >= 30


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """A block of several lines of similar width that mostly do not end sentences is one
    paragraph wrapped at a fixed column (plain-text files, emails), not several paragraphs."""
    if len(lines) < 3:
        return False
    widths = [len(s) for s in lines[:-1]]
    ends = sum(bool(SENTENCE_END.search(s)) for s in lines[:-1])
    return min(widths) >= 40 and max(widths) <= 100 and ends <= len(widths) // 2


# Inline markdown, removed so NLP reads the words. Every pattern here is linear in the line:
# a bracket class excludes its own opening bracket (so a scan stops at the next opener) and
# emphasis is paired by `_strip_pairs`, not by a lazy `.+?` that rescans the rest of the line
# from every unclosed `**` (quadratic on a long line of them).
_IMAGE = re.compile(r"!\[[^\[\]]*\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)")
_CODE = re.compile(r"`([^`]+)`")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _strip_pairs(s: str, delimiters: tuple[str, ...], opens, closes) -> str:
    r"""Remove paired emphasis delimiters, keeping what they enclose: the same result as
    ``re.sub(r"(D)(?=\S)(.+?)(?<=\S)\1", r"\2", s)`` (each opener paired with the first
    closer of the same delimiter after at least one character, on the same line, scanning
    left to right), in O(n log n) instead of O(n²) on unclosed openers."""
    from bisect import bisect_left

    size = len(delimiters[0])
    openers: list[tuple[int, str]] = []
    closers: dict[str, list[int]] = {d: [] for d in delimiters}
    for d in delimiters:
        i = s.find(d)
        while i >= 0:
            if opens(s, i, size):
                openers.append((i, d))
            if closes(s, i, size):
                closers[d].append(i)
            i = s.find(d, i + 1)
    if not openers:
        return s
    openers.sort()
    newlines = [i for i, ch in enumerate(s) if ch == "\n"] if "\n" in s else []
    out, pos = [], 0
    for o, d in openers:
        if o < pos:
            continue
        cs = closers[d]
        k = bisect_left(cs, o + size + 1)
        if k == len(cs):
            continue
        c = cs[k]
        if newlines:
            n = bisect_left(newlines, o + size)
            if n < len(newlines) and newlines[n] < c:
                continue
        out.append(s[pos:o])
        out.append(s[o + size:c])
        pos = c + size
    out.append(s[pos:])
    return "".join(out)


def _bold_opens(s: str, i: int, size: int) -> bool:
    return i + size < len(s) and not s[i + size].isspace()


def _bold_closes(s: str, i: int, size: int) -> bool:
    return i > 0 and not s[i - 1].isspace()


def _italic_opens(s: str, i: int, size: int) -> bool:
    return (i == 0 or not (_is_word(s[i - 1]) or s[i - 1] == "*")) and _bold_opens(s, i, size)


def _italic_closes(s: str, i: int, size: int) -> bool:
    after = s[i + 1] if i + 1 < len(s) else ""
    return _bold_closes(s, i, size) and not (after and (_is_word(after) or after == "*"))


def strip_markdown(line: str) -> str:
    """Images dropped, links reduced to their text, **bold**, *italic* and `code` marks
    removed. Linear in the length of the line."""
    if "[" in line:
        line = _LINK.sub(r"\1", _IMAGE.sub("", line) if "![" in line else line)
    if "**" in line or "__" in line:
        line = _strip_pairs(line, ("**", "__"), _bold_opens, _bold_closes)
    if "*" in line:
        line = _strip_pairs(line, ("*",), _italic_opens, _italic_closes)
    return _CODE.sub(r"\1", line) if "`" in line else line


def wiki_heading(line: str) -> tuple[int, str] | None:
    r"""``== Name ==`` → (2, "Name"). Written as string operations: the regex
    ``^(=+)\s*(.+?)\s*\1\s*$`` is quadratic on a long run of spaces inside the line."""
    if not line.startswith("="):
        return None
    lead = len(line) - len(line.lstrip("="))
    core = line.rstrip()
    trail = len(core) - len(core.rstrip("="))
    if lead == len(line) or lead >= len(core):
        return None
    level = min(lead, trail, 6)
    if level == 0:
        return None
    name = core[level:len(core) - level].strip()
    return (level, name) if name else None


def md_heading(line: str) -> tuple[int, str] | None:
    """``## Name ##`` → (2, "Name"), the ATX heading form; string operations, linear."""
    if not line.startswith("#"):
        return None
    level = len(line) - len(line.lstrip("#"))
    if level > 6 or level == len(line) or not line[level].isspace():
        return None
    name = line[level:].strip().rstrip("#").rstrip()
    return (level, name) if name else None


def parse(body: str, offset: int = 0, title: str | None = None, markdown: bool = False,
          html: bool = False, header_zone: bool = True, is_organisation=None) -> Layout:
    """Recognise the structure of ``body`` (the decoded file after any front matter, starting at
    ``offset`` in the text ingestion read: decoded, line endings normalised, mojibake repaired;
    ``ingest.RawMap`` maps paragraph offsets back to the raw file). ``html=True`` means the text was already extracted from
    HTML by trafilatura: no header zone, no raw offsets. A document with no prose line is read
    without a header zone, so a short note is not mistaken for labels. ``is_organisation`` tells
    whether a short line names a known organisation: printed above a release ("Home Office"),
    it is the byline, not a section label."""
    rules = load_rules()
    out = Layout()
    # Lines with their offsets, grouped into blocks separated by blank lines.
    blocks: list[list[tuple[str, int]]] = []
    current: list[tuple[str, int]] = []
    pos = 0
    for raw_line in body.split("\n"):
        stripped = raw_line.strip()
        if stripped:
            lead = len(raw_line) - len(raw_line.lstrip())
            current.append((stripped, offset + pos + lead))
        elif current:
            blocks.append(current)
            current = []
        pos += len(raw_line) + 1
    if current:
        blocks.append(current)

    header = header_zone and not html  # before the first prose line
    heading: str | None = None
    seen_standfirst_at = -2
    unit_index = 0
    infobox_open = False
    pending: list[Paragraph] = []

    def keep(kind: str, text: str, start: int | None, end: int | None = None) -> None:
        if html:
            start = end = None
        elif end is None and start is not None:
            end = start + len(text)
        pending.append(Paragraph(kind, text, start, end, heading))

    for block in blocks:
        lines = [ln for ln, _ in block]
        if not header and len(block) > 1 and _is_hard_wrapped(lines):
            first, last = block[0], block[-1]
            text = body[first[1] - offset:last[1] - offset + len(last[0])]
            text = strip_markdown(text).strip() if markdown else text
            if text:
                keep("body", text, first[1], last[1] + len(last[0]))
            else:
                out.furniture.extend(lines)
            continue
        for line, start in block:
            block_line = line
            unit_index += 1
            end = start + len(line)
            action = None
            for rule in rules:
                m = rule.regex.search(line)
                if not m:
                    continue
                if rule.action == "strip_prefix":
                    out.furniture.append(line[:m.end()].strip())
                    start += m.end()
                    line = line[m.end():]
                    continue
                action = rule.action
                break
            if action == "drop":
                out.furniture.append(line)
                continue
            if action and action.startswith("field:"):
                out.fields.setdefault(action.split(":", 1)[1], line)
                continue

            heading_of = wiki_heading(line) or (md_heading(line) if markdown else None)
            if heading_of:
                level, name = heading_of
                if level == 1 and out.headline is None:
                    out.headline = name
                    s = start + line.index(name)
                    keep("headline", name, s)
                else:
                    heading = name
                    out.fields.setdefault("headings", []).append(name)
                continue

            m = INFOBOX.match(line)
            if m and (header or infobox_open) and len(m.group(2).split()) <= 12:
                out.fields.setdefault("infobox", {})[m.group(1).strip()] = m.group(2).strip()
                infobox_open = True
                continue
            infobox_open = False

            if markdown:
                line = strip_markdown(line).strip()
                if not line:  # only an image or empty markup: nothing to read
                    out.furniture.append(block_line)
                    continue

            if header:
                norm = " ".join(_words(line))
                if out.headline is None and " | " in line and not _is_prose(line):
                    head, topic = line.rsplit(" | ", 1)
                    out.headline, out.topic = head.strip(), topic.strip()
                    keep("headline", out.headline, start)
                    continue
                if out.headline is not None and norm == " ".join(_words(out.headline)):
                    out.furniture.append(line)  # the title printed again
                    continue
                if out.topic and norm == " ".join(_words(out.topic)):
                    out.furniture.append(line)  # topic label repeated
                    continue
                if out.headline is None and not _is_prose(line) and _similar_title(line, title):
                    out.headline = line
                    keep("headline", line, start)
                    continue
                if DATELINE.match(line):
                    if out.dateline is None:
                        out.dateline = line
                    keep("dateline", line, start)
                    continue
                m = KEY_VALUE.match(line)
                if m and FULL_DATE.search(m.group(2)):
                    # "Volume 733: debated on Monday 5 June 2023": a label with the date of the text
                    if out.dateline is None:
                        out.dateline = line
                    keep("dateline", line, start)
                    continue
                if m and not SENTENCE_END.search(line) and len(m.group(2).split()) <= 10:
                    out.fields[m.group(1)] = m.group(2).strip()
                    continue
                if SPEAKER.match(line):
                    out.fields.setdefault("speaker", line)
                    keep("speaker", line, start)
                    continue
                if not _is_prose(line):
                    n = len(line.split())
                    if BYLINE.match(line) or (
                        out.byline is None and unit_index == seen_standfirst_at + 1
                        and n <= 6 and _title_case(line)
                    ) or (out.byline is None and is_organisation is not None and n <= 6 and is_organisation(line)):
                        out.byline = line
                        keep("byline", line, start)
                        continue
                    if out.headline is not None and out.standfirst is None and n >= 6:
                        out.standfirst = line
                        seen_standfirst_at = unit_index
                        keep("standfirst", line, start)
                        continue
                    if n <= 5:
                        if out.section is None:
                            out.section = line
                        else:
                            out.fields.setdefault("labels", []).append(line)
                        continue
                    if out.headline is None and title is None and n >= 4:
                        out.headline = line
                        keep("headline", line, start)
                        continue
                header = False
            keep("body", line, start, end)

    if header and not any(p.kind == "body" for p in pending):
        # No prose line at all (a short note, a list): the header rules would eat everything.
        return parse(body, offset, title, markdown, html, header_zone=False, is_organisation=is_organisation)
    # Trailing credit lines ("With the Press Association") among the last paragraphs.
    for p in reversed(pending[-3:]):
        if p.kind == "body" and CREDIT.match(p.text) and len(p.text.split()) <= 10:
            p.kind = "credit"
            out.credit = p.text if out.credit is None else out.credit
    if title is None and out.headline:
        out.fields.setdefault("title_from", "headline")
    out.paragraphs = pending
    return out


def join(paragraphs: list[Paragraph]) -> tuple[str, list[tuple[int, int]]]:
    """The document text (paragraphs joined by a blank line) and each paragraph's span in it."""
    spans, parts, pos = [], [], 0
    for p in paragraphs:
        spans.append((pos, pos + len(p.text)))
        parts.append(p.text)
        pos += len(p.text) + 2
    return "\n\n".join(parts), spans
