"""URL spans in a text, found run by run in linear time: their digits are neither dates nor
amounts."""

from __future__ import annotations

import re


_RUN = re.compile(r"\S+")


_URL_START = re.compile(r"https?://|www\.")


def _dotted_path(word: str) -> bool:
    """A '.' after the first character and a '/' at least two characters later, with something
    after it ("gov.uk/guidance")."""
    dot = word.find(".", 1)
    return dot != -1 and word.find("/", dot + 2, len(word) - 1) != -1


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs: a run of non-space characters from an "http(s)://" or "www." in it to its
    end — and the next run too when it holds a '/' (a capture broke the URL with a space after
    'www.') — or a whole run with a '.' and later a '/' ("gov.uk/guidance").

    Read run by run, so the cost is linear in the text even for a megabyte without spaces (the
    regex ``(?:https?://|www\\.)\\S*(?:\\s+\\S*/\\S*)?|\\S+\\.\\S+/\\S+`` this replaces, with the same
    matches, backtracks quadratically there)."""
    out: list[tuple[int, int]] = []
    runs = [m.span() for m in _RUN.finditer(text)]
    i = 0
    while i < len(runs):
        s, e = runs[i]
        word = text[s:e]
        start = _URL_START.search(word)
        i += 1
        if start is not None and (start.start() == 0 or not _dotted_path(word)):
            if i < len(runs) and "/" in text[runs[i][0]:runs[i][1]]:
                e = runs[i][1]
                i += 1
            out.append((s + start.start(), e))
        elif _dotted_path(word):
            out.append((s, e))
    return out
