"""Sentences and words of a document's prose, with exact offsets into ``documents.text``.

Reuse is found between sentences (and clauses inside them, by local alignment), so both texts
are cut the same way: prose paragraphs (headline, standfirst, body; not bylines, datelines,
credits or speaker lines), sentences by punctuation, words by a regular expression. Words are
compared in a normal form (accents removed, case folded, curly apostrophes straightened, a light
suffix stripping so "disrupt" and "disrupting" match); function words count for little."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

PROSE_KINDS = frozenset({"headline", "standfirst", "body"})
MAX_SENTENCE_WORDS = 80  # longer runs without a full stop are cut, so alignment cost stays bounded

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENT_END = re.compile(r"[.!?]+[”\"’')\]]*\s+(?=[“\"‘'(\[]?[A-Z0-9])")
_ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|No|Nos|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Jr|Sr|"
                     r"Inc|Ltd|Co|Corp|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                     r"|\b[A-Z](?:\.[A-Z])*)\.$")

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having
he her here hers herself him himself his how i if in into is it its itself just me more most my myself no
nor not now of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
said says say told according would may might must shall upon within without per via amid among
""".split())


@functools.lru_cache(maxsize=1 << 18)
def normalise_surface(word: str) -> str:
    """Accent-free, case-folded, straight apostrophe: the form 'verbatim' compares."""
    if word.isascii():
        return word.casefold()
    w = unicodedata.normalize("NFKD", word)
    return "".join(c for c in w if not unicodedata.combining(c)).casefold().replace("’", "'")


@functools.lru_cache(maxsize=1 << 18)
def normalise(word: str) -> str:
    """The surface form, without a possessive, lightly suffix-stripped: the form words match in."""
    w = normalise_surface(word)
    if w.endswith("'s"):
        w = w[:-2]
    return stem(w)


_SUFFIXES = (("ational", "ate"), ("isation", "ise"), ("ization", "ize"), ("ations", "ate"), ("ation", "ate"),
             ("ional", ""), ("ings", ""), ("ing", ""), ("ies", "y"), ("ied", "y"), ("edly", ""), ("ed", ""),
             ("es", ""), ("s", ""))


def stem(w: str) -> str:
    """A deliberately small suffix stripper (inflection, not derivation): enough to match
    'operation'/'operational'/'operations' and 'disrupt'/'disrupting', never merging short words."""
    if len(w) <= 4 or not w.isalpha():
        return w
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            w = w[: -len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


@dataclass
class Sentence:
    """One sentence (or a chunk of a very long one): its span, paragraph and words."""

    start: int
    end: int
    para: int
    words: list[str] = field(default_factory=list)  # normal forms
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets of each word
    content: list[bool] = field(default_factory=list)  # not a function word
    name: list[bool] = field(default_factory=list)  # capitalised inside the sentence, or a number


def paragraph_spans(text: str, paragraphs=None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the document's paragraphs: from the ``paragraphs`` rows when given,
    else blank-line separated blocks (all 'body')."""
    if paragraphs is not None:
        out = []
        for start, end, kind in paragraphs:
            if not (0 <= start <= end <= len(text)):
                raise ValueError(f"paragraph offsets {start}..{end} outside a text of {len(text)} characters")
            out.append((int(start), int(end), str(kind)))
        return sorted(out)
    out, pos = [], 0
    for m in re.finditer(r"\n\s*\n", text):
        if text[pos:m.start()].strip():
            out.append((pos, m.start(), "body"))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text), "body"))
    return out


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        head = text[pos:m.start() + len(m.group().rstrip())]
        if _ABBREV.search(head.rstrip("”\"’')]")):
            continue
        cut = m.start() + len(m.group().rstrip())
        out.append((pos, cut))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    # trim whitespace at both ends, keep non-empty
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


def sentences(text: str, paragraphs=None) -> list[Sentence]:
    """The prose sentences of a text, each with its words (normal form, offsets, content flag)."""
    out: list[Sentence] = []
    for para, (p_start, p_end, kind) in enumerate(paragraph_spans(text, paragraphs)):
        if kind not in PROSE_KINDS:
            continue
        for s_start, s_end in _split_sentences(text, p_start, p_end):
            words = [m.span() for m in _WORD.finditer(text, s_start, s_end)]
            if not words:
                continue
            for i in range(0, len(words), MAX_SENTENCE_WORDS):
                chunk = words[i:i + MAX_SENTENCE_WORDS]
                a = s_start if i == 0 else chunk[0][0]
                b = s_end if i + MAX_SENTENCE_WORDS >= len(words) else chunk[-1][1]
                surfaces = [text[w_start:w_end] for w_start, w_end in chunk]
                norms = [normalise(w) for w in surfaces]
                name = [w[0].isdigit() or w[0].isupper() for w in surfaces]
                if i == 0 and not surfaces[0][0].isdigit():
                    name[0] = False  # a capital opening the sentence is not a name
                out.append(Sentence(a, b, para, norms, chunk,
                                    [n not in STOPWORDS and len(n) > 1 for n in norms], name))
    return out


_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ('"', '"'))


def quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Character regions inside quotation marks between ``start`` and ``end`` (a paragraph):
    curly double and single quotes, and straight double quotes paired in order. A single curly
    closing mark inside a word (an apostrophe) is not a quote."""
    regions = []
    for open_mark, close_mark in _QUOTE_PAIRS:
        pos = start
        while True:
            a = text.find(open_mark, pos, end)
            if a == -1:
                break
            b = a + 1
            while True:
                b = text.find(close_mark, b, end)
                if b == -1 or open_mark != "‘" or not (b + 1 < end and text[b + 1].isalpha()):
                    break
                b += 1
            if b == -1:
                break
            regions.append((a + 1, b))
            pos = b + 1
    return sorted(regions)
