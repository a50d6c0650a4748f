"""Corpus steps: cross-document work run after the per-document tables are written, each
reading whole tables and writing its own (text reuse between documents, claims grouped across
sources, ...).

Adding one: a module with ``run(tables: dict[str, DataFrame], jobs=1) -> dict[str, DataFrame]``
(``jobs``: the run's worker processes, which a step may use; its tables must not depend on it) and its
``Table`` declarations, plus one :class:`CorpusStep` entry in :data:`CORPUS_STEPS`. (The corpus
entity table is folded while the per-document rows stream in, see :mod:`.assembly`.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from ..schema import Table


@dataclass(frozen=True)
class CorpusStep:
    name: str
    run: Callable  # run(tables: dict[str, DataFrame], jobs: int = 1) -> dict[str, DataFrame]
    tables: tuple[Table, ...]  # the tables it writes
    requires: tuple[str, ...] = ()  # the tables it reads

    def __repr__(self) -> str:
        return f"CorpusStep({self.name!r} -> {[t.name for t in self.tables]}, requires={list(self.requires)})"


def _claims(tables, jobs: int = 1):
    from ..claims import record

    return record.run(tables)


def _claim_tables() -> tuple[Table, ...]:
    from ..claims.schema import CLAIM_CHECKS, CLAIM_GROUPS

    return CLAIM_GROUPS, CLAIM_CHECKS


def _reuse(tables, jobs: int = 1):
    from .. import reuse

    return reuse.build(tables["documents"], tables["paragraphs"], jobs=jobs)  # same tables whatever ``jobs``


def _reuse_tables() -> tuple[Table, ...]:
    from ..reuse.schema import LINEAGE, REUSE

    return REUSE, LINEAGE


CORPUS_STEPS: list[CorpusStep] = [
    CorpusStep("reuse", _reuse, _reuse_tables(), ("documents", "paragraphs")),
    CorpusStep("claims", _claims, _claim_tables(), ("claims", "documents")),
]


def corpus_tables() -> list[Table]:
    return [t for step in CORPUS_STEPS for t in step.tables]
