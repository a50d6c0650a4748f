"""Per-document extraction: one parsed document in, plain rows for every per-document table out.

``analyse(doc, task, ref)`` builds a :class:`DocContext` and runs the registered extractors
(:data:`EXTRACTORS`, see :mod:`.registry`) in dependency order. This is the unit the cache
stores, the local engine runs in worker processes and the Dask engine runs on a cluster. Rows
carry no doc_id (added when written), so a renamed file reuses its cached result.

    python -c "import dossier.extract as e; print(e.EXTRACTORS)"
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..reference import Reference
from ..schema import Table
from .context import DocContext
from .registry import EXTRACTORS, Extractor, order
from .spans import release


def analyse(doc: Doc, task: dict, ref: Reference, extractors: list[Extractor] | None = None) -> dict[str, list[dict]]:
    """All per-document rows for one parsed document. ``task`` holds the document's
    ``published`` date, ``publisher`` and paragraph start offsets (``para_starts``)."""
    ctx = DocContext.from_task(doc, task, ref)
    try:
        for e in order(EXTRACTORS if extractors is None else extractors):
            ctx.results[e.name] = e.run(ctx)
    finally:
        release(doc)  # the Doc is freed as soon as the caller drops it (no cycle through its caches)
    return ctx.results


def tables() -> list[Table]:
    """The tables the extractors write or fold into, in registry order."""
    out: list[Table] = []
    for e in EXTRACTORS:
        for t in (e.table, e.folds_into):
            if t is not None and t not in out:
                out.append(t)
    return out


def document_tables() -> tuple[str, ...]:
    """Names of the tables written row by row per document, in order."""
    return tuple(e.table.name for e in EXTRACTORS if e.table is not None)


__all__ = ["EXTRACTORS", "Extractor", "DocContext", "analyse", "tables", "document_tables"]
