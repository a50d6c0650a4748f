"""String normalisation shared by entity linking and by scoring against the gold files.

The rules are the gold README's: accents removed, case folded, curly quotes straightened, a
trailing possessive dropped, hyphens and dashes read as spaces, other punctuation dropped, a
leading "the" dropped.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into base letter + accent.
_FOLD = str.maketrans({
    "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "′": "'",
})
_DASHES = re.compile(r"[-‐‑‒–—―−_/]+")
_POSSESSIVE = re.compile(r"(?:'s|s')$")
_PUNCT = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Accents removed (Türkiye → Turkiye, Kapıkule → Kapikule), quotes straightened."""
    text = text.translate(_FOLD)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """The comparison key of a surface string."""
    s = fold(text).casefold().strip()
    s = _POSSESSIVE.sub("", s) if len(s) > 3 else s
    s = _DASHES.sub(" ", s)
    s = _PUNCT.sub("", s)
    s = _SPACES.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s


def slug(text: str) -> str:
    """An identifier from a name: ASCII, lower case, words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def cell_text(x) -> str:
    """A table cell as a string: '' for None / NA / NaN."""
    import pandas as pd

    if x is None:
        return ""
    try:
        if pd.isna(x):
            return ""
    except (TypeError, ValueError):
        pass
    return str(x)
