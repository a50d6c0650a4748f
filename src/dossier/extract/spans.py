"""Cheap access to a parsed document's sentences and tokens.

Iterating a spaCy Doc creates a Python object per token, and `doc.sents` / `doc.text` are
recomputed on every access: in the per-document analysis these add up to a good share of the
time of the model itself. The helpers here compute them once per document (kept in
``doc.user_data``) and find candidate tokens with vectorised attribute arrays.
"""

from __future__ import annotations

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span


def sentences(doc: Doc) -> list[Span]:
    cached = doc.user_data.get("dossier.sents")
    if cached is None:
        cached = doc.user_data["dossier.sents"] = list(doc.sents)
    return cached


def sentence_starts(doc: Doc) -> list[int]:
    cached = doc.user_data.get("dossier.sent_starts")
    if cached is None:
        cached = doc.user_data["dossier.sent_starts"] = [s.start_char for s in sentences(doc)]
    return cached


def text(doc: Doc) -> str:
    cached = doc.user_data.get("dossier.text")
    if cached is None:
        cached = doc.user_data["dossier.text"] = doc.text
    return cached


def tokens_where(doc: Doc, attr: int, values) -> list[int]:
    """Indices of the tokens whose attribute (spacy.attrs.LOWER, LEMMA, ORTH ...) is one of
    ``values``, without creating a Python object per token."""
    if not len(doc):
        return []
    array = doc.to_array([attr]).reshape(-1)
    ids = np.array([get_string_id(v) for v in values], dtype=array.dtype)
    return np.nonzero(np.isin(array, ids))[0].tolist()


def para_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a text whose paragraphs are separated by blank lines."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out
