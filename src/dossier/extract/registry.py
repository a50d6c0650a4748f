"""The registry of per-document extractors: what each is called, the table it writes, what it
requires. :func:`dossier.extract.analyse` runs them in dependency order on one
:class:`~dossier.extract.context.DocContext`.

Adding an extractor: write a module with ``extract(ctx) -> list[dict]`` and its ``Table``, and add
one :class:`Extractor` entry to :data:`EXTRACTORS`. Its table is then written by ``dossier
extract`` and the notebooks, documented in ``data/README.md`` and part of the cache key.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..claims.schema import CLAIM_LINKS, CLAIMS
from ..schema import Table
from . import dates, entities, infobox, quantities, quotes, relations, sentences


@dataclass(frozen=True)
class Extractor:
    name: str  # key of its rows in ctx.results; the name of the table it writes
    run: Callable  # run(ctx) -> list[dict]
    table: Table | None = None  # per-document table (doc_id added when written); None: not written as is
    requires: tuple[str, ...] = ()  # extractors whose rows (or context) it reads
    folds_into: Table | None = None  # a corpus table these rows are merged into across documents

    def __repr__(self) -> str:
        out = self.table.name if self.table else (f"(folded into {self.folds_into.name})" if self.folds_into else "-")
        return f"Extractor({self.name!r} -> {out}, requires={list(self.requires)})"


def _claims(ctx) -> list[dict]:
    # imported here: dossier.claims.extract imports this package's helpers, so a module-level
    # import would make `from dossier.claims import extract` fail when it is imported first
    from ..claims import extract as claims

    return claims.extract(ctx)


def _claim_links(ctx) -> list[dict]:
    from ..claims import extract as claims

    return claims.extract_links(ctx)


# In the order their tables are listed and written; run in dependency order.
EXTRACTORS: list[Extractor] = [
    Extractor("sentences", sentences.extract, sentences.SENTENCES),
    Extractor("mentions", entities.extract, entities.MENTIONS),
    Extractor("doc_entities", entities.doc_entities, None, ("mentions",), folds_into=entities.ENTITIES),
    Extractor("quantities", quantities.extract, quantities.QUANTITIES, ("mentions", "dates")),
    Extractor("dates", dates.extract, dates.DATES, ("mentions",)),
    Extractor("quotes", quotes.extract, quotes.QUOTES, ("mentions",)),
    Extractor("relations", relations.extract, relations.RELATIONS, ("mentions", "quantities", "quotes")),
    Extractor("infobox_facts", infobox.extract, infobox.INFOBOX_FACTS, ("mentions",)),
    Extractor("claims", _claims, CLAIMS, ("quantities", "quotes", "mentions", "dates")),
    Extractor("claim_links", _claim_links, CLAIM_LINKS, ("claims",)),
]


def order(extractors: list[Extractor]) -> list[Extractor]:
    """Dependency order, otherwise the registry's order. Raises on an unknown requirement or a cycle."""
    by_name = {e.name: e for e in extractors}
    done: list[Extractor] = []
    seen: set[str] = set()

    def visit(e: Extractor, path: tuple[str, ...]) -> None:
        if e.name in seen:
            return
        if e.name in path:
            raise ValueError(f"extractor cycle: {' -> '.join((*path, e.name))}")
        for r in e.requires:
            if r not in by_name:
                raise ValueError(f"extractor {e.name!r} requires unknown {r!r}")
            visit(by_name[r], (*path, e.name))
        seen.add(e.name)
        done.append(e)

    for e in extractors:
        visit(e, ())
    return done
