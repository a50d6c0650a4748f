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
# Every table, in the order they are written and listed: ingestion, the extractors' (registry
# order), then the corpus steps'.
ALL_TABLES = (*INGEST_TABLES, *(t.name for t in extractor_tables()), *(t.name for t in corpus_tables()))
# Where the project keeps each table (the notebooks), by the table's declared stage; the
# command line writes all of them to one folder.
STAGES = {"interim": config.INTERIM, "processed": config.PROCESSED}
PROJECT_LAYOUT = {name: STAGES[TABLES[name].stage] for name in ALL_TABLES}


def load_tables(names: Iterable[str] = ALL_TABLES, layout: dict[str, Path] | None = None) -> dict:
    """The tables as DataFrames, read from where the project (or ``layout``) keeps them."""
    from ..tables import read_table

    layout = layout or PROJECT_LAYOUT
    return {name: read_table(name, layout[name]) for name in names}
