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


def release(doc: Doc) -> None:
    """Drop what the helpers here keep on ``doc`` (call when its analysis is done). The kept
    sentences are Spans, which point back at the Doc: left in place, they make a reference cycle
    that keeps the whole Doc (~200 bytes a token) alive until Python's cyclic collector happens
    to run, instead of freeing it as soon as its rows are out."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith("dossier.")]:
        del doc.user_data[key]


_IDS: dict[int, tuple[object, int, np.ndarray]] = {}  # id(values) -> (values, len(values), their sorted ids)


def _ids(values) -> np.ndarray:
    """The string ids of ``values``, sorted; computed once per word collection (the callers pass
    module-level sets: the entry keeps the object, so its id is not reused, and its size, so a
    collection that grew is hashed again)."""
    got = _IDS.get(id(values))
    if got is not None and got[0] is values and got[1] == len(values):
        return got[2]
    ids = np.unique(np.array([get_string_id(v) for v in values], dtype=np.uint64))
    if not isinstance(values, (list, tuple)) and len(_IDS) < 1024:  # a literal list is a new object each call
        _IDS[id(values)] = (values, len(values), ids)
    return ids


KEEP_ARRAYS_UP_TO = 50_000  # tokens (~250,000 characters): a longer document's arrays are not kept


def attr_array(doc: Doc, attr: int) -> np.ndarray:
    """The document's values of one token attribute, computed once per document (for the
    attributes set before the extractors run and never changed by them: ORTH, LOWER, LEMMA).
    Not kept for a long document, whose arrays would add to its peak memory (8 bytes a token
    each) for a saving that does not grow with its length (a fixed number of look-ups)."""
    if len(doc) > KEEP_ARRAYS_UP_TO:
        return doc.to_array([attr]).reshape(-1)
    key = f"dossier.attr.{attr}"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = doc.to_array([attr]).reshape(-1)
    return cached


def tokens_where(doc: Doc, attr: int, values) -> list[int]:
    """Indices of the tokens whose attribute (spacy.attrs.LOWER, LEMMA, ORTH ...) is one of
    ``values``, without creating a Python object per token."""
    if not len(doc) or not len(values):
        return []
    ids = _ids(values)
    array = attr_array(doc, attr)
    pos = np.searchsorted(ids, array)
    pos[pos == len(ids)] = 0
    return np.nonzero(ids[pos] == array)[0].tolist()


def para_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of a text whose paragraphs are separated by blank lines."""
    out, pos = [], 0
    for part in text.split("\n\n"):
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out
