"""Which tables exist and where the project keeps each (the notebooks); the command line
writes all of them to one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .. import config
from ..extract import tables as extractor_tables
from ..schema import TABLES
from .steps import corpus_tables


INGEST_TABLES = ("documents", "paragraphs", "ingest_log")
STAGES = {"interim": config.INTERIM, "processed": config.PROCESSED}


def all_tables() -> tuple[str, ...]:
    """Every table, in the order they are written and listed: ingestion, the extractors' (registry
    order), then the corpus steps'. Read from the registries at each call, so a registered
    extractor's table is here without any other edit."""
    return (*INGEST_TABLES, *(t.name for t in extractor_tables()), *(t.name for t in corpus_tables()))


def project_layout() -> dict[str, Path]:
    """Where the project keeps each table (the notebooks), by the table's declared stage; the
    command line writes all of them to one folder."""
    return {name: STAGES[TABLES[name].stage] for name in all_tables()}


def __getattr__(name: str):
    if name == "ALL_TABLES":
        return all_tables()
    if name == "PROJECT_LAYOUT":
        return project_layout()
    raise AttributeError(name)


def load_tables(names: Iterable[str] | None = None, layout: dict[str, Path] | None = None) -> dict:
    """The tables as DataFrames, read from where the project (or ``layout``) keeps them."""
    from ..tables import read_table

    layout = layout or project_layout()
    names = all_tables() if names is None else names
    return {name: read_table(name, layout[name]) for name in names}
