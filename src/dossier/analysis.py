"""The per-document analysis: one parsed document in, plain rows for every table out.

This is the unit the cache stores, the local engine runs in worker processes and the Dask
engine runs on a cluster. Rows carry no doc_id (added when written), so a renamed file reuses
its cached result.
"""

from __future__ import annotations

import bisect
import hashlib
from pathlib import Path

from spacy.tokens import Doc

from . import dates, entities, nlp, quantities, quotes, relations, spans
from .reference import Reference

# Modules that do not take part in analysing a document; every other module's source is part
# of the cache key, so a new analysis module can never be forgotten there.
NOT_ANALYSIS = {"__init__", "cli", "config", "dask_engine", "evaluate", "figures", "ingest", "layout",
                "notebooks", "pipeline", "report", "schema", "show", "tables"}


def code_version() -> str:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted(here.glob("*.py")):
        if path.stem not in NOT_ANALYSIS:
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def version() -> str:
    """What besides the document and the reference table decides the result: code and model.
    (The reference table's version is kept beside each cached result, so that an edit of the
    table reprocesses only the documents it affects: see pipeline.Cache.)"""
    return hashlib.sha256(f"{code_version()}|{nlp.model_version()}".encode()).hexdigest()[:16]


def analyse(doc: Doc, task: dict, ref: Reference) -> dict[str, list[dict]]:
    """All per-document tables for one parsed document. ``task`` holds the document's
    ``published`` date, ``publisher`` and paragraph start offsets."""
    para_starts = task["para_starts"]
    linker = entities.Linker(ref, entities.home_country(task.get("publisher"), ref))
    mentions, infos = linker.link(doc)
    sentences = []
    for i, s in enumerate(spans.sentences(doc)):
        sentences.append(dict(sentence=i, start=s.start_char, end=s.end_char,
                              para=bisect.bisect_right(para_starts, s.start_char) - 1))
    mention_rows = entities.mention_rows(doc, mentions, para_starts)
    names = [(r["start"], r["end"]) for r in mention_rows]
    date_rows = dates.extract(doc, task.get("published"), names)
    mention_at = {i: m.entity_id for m in mentions for i in range(m.start, m.end)}
    quantity_rows = quantities.extract(doc, names, [(r["start"], r["end"]) for r in date_rows],
                                       dates.url_spans(spans.text(doc)), mention_at)
    quote_rows = quotes.extract(doc, mentions, entities.author(task.get("publisher"), ref))
    return {
        "sentences": sentences,
        "mentions": mention_rows,
        "doc_entities": entities.entity_rows(infos),
        "dates": date_rows,
        "quantities": quantity_rows,
        "quotes": quote_rows,
        "relations": relations.extract(doc, mentions, quantity_rows, we=entities.voice(task.get("publisher"), ref),
                                       quoted=[(q["start"], q["end"]) for q in quote_rows]),
    }
