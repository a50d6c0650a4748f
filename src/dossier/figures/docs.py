"""Documents and entities as figures show them: short unique labels, publication order, one
stable colour per document, the source line, texts by id, entity rows by id."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from .style import DOC_COLOURS
from .text import esc, join_and, shorten, txt


def doc_short(doc_id: str) -> str:
    m = re.match(r"^(.*?)-(\d{4}-\d{2}-\d{2})(?:-|$)", doc_id)
    if m and m.group(1):
        return f"{m.group(1)} {m.group(2)}"
    return shorten(doc_id, 30)


def doc_labels(doc_ids: Iterable[str]) -> dict[str, str]:
    """Short, unique labels for documents: 'publisher 2023-08-09' for 'publisher-2023-08-09-...'."""
    ids = sorted({txt(d) for d in doc_ids if txt(d)})
    labels = {d: doc_short(d) for d in ids}
    seen = Counter(labels.values())
    labels = {d: (lab if seen[lab] == 1 else shorten(d, 48)) for d, lab in labels.items()}
    seen = Counter(labels.values())  # ids alike in their first 48 characters: the short label and the end
    groups: dict[str, list[str]] = {}  # of the id that tells them apart ('publisher 2023-08-09 …copy003')
    for d, lab in labels.items():
        if seen[lab] > 1:
            groups.setdefault(doc_short(d), []).append(d)
    for head, ids_ in groups.items():
        for d in ids_:
            labels[d] = f"{head} …{unique_tail(d, ids_)}"
    return labels


def fit_label(label: str, n: int) -> str:
    """A document label in at most ``n`` characters, keeping the tail that tells it apart."""
    if len(label) <= n or " …" not in label:
        return shorten(label, n)
    head, tail = label.split(" …", 1)
    short = f"{head.split(' ')[0]} …{tail}"
    return short if len(short) <= n else shorten(short, n)


def unique_tail(doc_id: str, others: list[str]) -> str:
    """The shortest run of the id's last '-'-separated words that no other id ends with."""
    words = doc_id.split("-")
    for k in range(1, len(words) + 1):
        tail = "-".join(words[-k:])
        if sum(1 for o in others if o.endswith(tail)) == 1:
            return shorten(tail, 24)
    return shorten(doc_id, 24)


def docs_in_order(documents: pd.DataFrame | None, doc_ids: Iterable[str]) -> list[str]:
    """Documents in publication order (undated last), then by id."""
    ids = sorted({txt(d) for d in doc_ids if txt(d)})
    published = {}
    if documents is not None and len(documents) and "published" in documents.columns:
        published = {txt(d): txt(p) for d, p in zip(documents["doc_id"], documents["published"])}
    return sorted(ids, key=lambda d: (published.get(d) or "9999", d))


def doc_colours(documents: pd.DataFrame | None, doc_ids: Iterable[str] = ()) -> dict[str, str]:
    """One colour per document, stable across figures: by publication order of the whole
    documents table (documents missing from it come after)."""
    all_ids = set(txt(d) for d in doc_ids if txt(d))
    if documents is not None and len(documents):
        all_ids |= set(txt(d) for d in documents["doc_id"])
    order = docs_in_order(documents, all_ids)
    return {d: DOC_COLOURS[i % len(DOC_COLOURS)] for i, d in enumerate(order)}


def source_line(tables: Iterable[str], doc_ids: Iterable[str], limit: int = 8) -> str:
    tables = list(tables)
    ids = sorted({txt(d) for d in doc_ids if txt(d)})
    line = f"Source: {join_and(tables)} table{'s' if len(tables) > 1 else ''} (dossier pipeline)"
    if ids:
        shown = ids[:limit] + ([f"and {len(ids) - limit} more"] if len(ids) > limit else [])
        line += f"; documents: {', '.join(shown)}"
    return esc(line)


def doc_texts(documents: pd.DataFrame | None) -> dict[str, str]:
    if documents is None or not len(documents) or "text" not in documents.columns:
        return {}
    return {txt(d): txt(t) for d, t in zip(documents["doc_id"], documents["text"])}


def entity_rows(entities: pd.DataFrame) -> dict[str, dict]:
    if entities is None or not len(entities):
        return {}
    cols = [c for c in ("entity_id", "name", "type", "kind", "country", "lat", "lon", "n_mentions", "n_docs")
            if c in entities.columns]
    rows = entities[cols].astype(object).to_dict("records")
    return {txt(r["entity_id"]): r for r in rows}


def entity_name(ents: dict[str, dict], entity_id: str) -> str:
    return txt((ents.get(entity_id) or {}).get("name")) or entity_id
