"""Speed helpers for the quantities extractor: a gate in front of the long number patterns, and
the noun chunks of only the sentences a figure is in; and the pieces of those patterns for how
digits are grouped (European decimal commas, lists of numbers without spaces) and how number
words join into one number.

The number patterns (``NUMBER``, ``FRACTION``, ``SPELLED_FRACTION``) are alternations of a few
hundred currency codes and number words that the regex engine tries at every word start. A
match can only begin with a character that is no ASCII letter (a digit, a sign, a symbol) or
with one of the words its branches start with, so :func:`gated` puts a lookahead in front that
accepts exactly those: one trie of the starting words (followed by no letter), one character
test otherwise. The gate only skips positions where the pattern cannot match, so the matches
are the same (tests/test_quantities.py checks this on its sentences); a branch that starts
with a new word needs that word in the pattern's list here.

``doc.noun_chunks`` walks every token of the document; :class:`NounChunks` runs spaCy's same
iterator on one sentence when a figure there asks for its noun phrase (a dependency tree never
crosses a sentence, so the chunks are the same).
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span

from . import spans
from .lexicon import SCALES, WORD_NUMBERS


def trie(words) -> str:
    """A regex matching exactly ``words`` (lower case), one branch per next letter."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


def gated(pattern: re.Pattern, first_words) -> re.Pattern:
    """``pattern`` with a lookahead in front: a match starts at no ASCII letter, or at one of
    ``first_words`` (any case; only their leading letters count: "US$" starts with "us")."""
    runs = {re.match(r"[A-Za-z]*", w).group(0).lower() for w in first_words} - {""}
    gate = rf"(?=[^A-Za-z]|(?i:{trie(runs)})(?![A-Za-z]))"
    # after the pattern's own look-behind ("not after a letter"): inside a word that fails first
    lead = re.match(r"\(\?<!\[[^\]]*\]\)", pattern.pattern)
    cut = lead.end() if lead else 0
    out = re.compile(pattern.pattern[:cut] + gate + pattern.pattern[cut:], pattern.flags)
    UNGATED[out.pattern] = pattern.pattern  # for the test that the gate changes no match
    return out


UNGATED: dict[str, str] = {}


class NounChunks:
    """The document's noun chunks by root token, as ``{nc.root.i: nc for nc in doc.noun_chunks}``,
    read one sentence at a time when first asked (``get``)."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.sents = spans.sentences(doc)
        self.starts = [s.start for s in self.sents]
        self.read: set[int] = set()
        self.by_root: dict[int, Span] = {}

    def get(self, i: int, default=None):
        k = bisect.bisect_right(self.starts, i) - 1
        if k not in self.read:
            self.read.add(k)
            for start, end, label in self.doc.noun_chunks_iterator(self.sents[k]):
                nc = Span(self.doc, start, end, label=label)
                self.by_root[nc.root.i] = nc
        return self.by_root.get(i, default)


# European digits: a decimal comma ("1,5 million", "5,00"; a comma before three digits is the thousands'), thousands
# grouped by dots ("1.234.567", "1.111,11"; one dot before three digits is an English decimal, "1.111").
EUROPEAN = r"\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{1,2}"
# Number words join as numbers are composed (quantities_numbers._WORDS): a unit after a ten ("fifty-two", "fifty - two"),
# a scale after any word, any word after a scale ("hundred five"); "three-nought-four", "two-three weeks", "nine eleven"
# are several numbers, and a number word may follow the hyphen after another ("nought" in "three-nought-four").
UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine"
AFTER_SCALE = "(?<=[dnhes])(?:" + "|".join(f"(?<={w})" for w in SCALES if len(w) > 3) + ")"
AFTER_WORD = "|".join(f"(?<=(?<![a-z]){w}-)" for w in WORD_NUMBERS)

# A list of numbers written without spaces ("Exercises 22,24,26,31", "3,4 and 5 boats"): not one
# number grouped in thousands ("1,234,567") nor a decimal comma ("1,5"; quantities_numbers.EUROPEAN).
NUMBER_LIST = re.compile(r"(?<![\w.,])\d+(?:(?:,\d+){2,}(?![\w.,]?\d)|(?:,\d+)+(?=\s+(?:and|or|&)\s+\d))")
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
ODD_GROUP = re.compile(r",(?:\d{1,2}|\d{4,})(?!\d)")  # a group of no thousands after a comma: a quick test first


def unlisted(text: str) -> str:
    """``text`` with the commas of such lists as ";" (same length), for the number scan only:
    each number of the list is then read on its own."""
    runs = [m.span() for m in NUMBER_LIST.finditer(text) if not THOUSANDS.fullmatch(m.group(0))] if ODD_GROUP.search(text) else []
    if not runs:
        return text
    out, last = [], 0
    for a, b in runs:
        out += [text[last:a], text[a:b].replace(",", ";")]
        last = b
    return "".join([*out, text[last:]])
