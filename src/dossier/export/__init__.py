"""Exports of the corpus tables to the tools researchers already work in: one SQLite database
for Datasette (:mod:`.sqlite`), the entity–relation network for Gephi (:mod:`.graph`, GEXF and
GraphML), FollowTheMoney entities for Aleph (:mod:`.ftm`). All read the same tables, as
written by ``dossier extract`` (one folder, or the project's interim + processed folders), and
all write byte-identical files on a re-run.

This module finds and reads the tables; ``command`` is the ``dossier export`` sub-command.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

import pandas as pd

from ..schema import TABLES, Table


class ExportError(ValueError):
    """Unusable input or output for an export; the message says what and where."""


def schema(name: str) -> Table:
    return TABLES[name]


def find_tables(folders: Iterable[str | Path]) -> tuple[dict[str, Path], list[str]]:
    """Which folder holds each table: ``({name: folder}, notes)``. A table is a
    ``<name>.parquet`` whose name has a declared schema. Raises ExportError for a folder that
    does not exist or a table found in two folders; ``notes`` lists files that look like
    tables but are not read (no declared schema, CSV without Parquet), so nothing is skipped
    without a word."""
    from ..tables import read_table  # noqa: F401  (fail early if the package is broken)

    folders = [Path(f) for f in folders]
    if not folders:
        raise ExportError("no table folder given")
    found: dict[str, Path] = {}
    notes: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            raise ExportError(f"no such table folder: {folder}")
        for path in sorted(folder.glob("*.parquet")):
            name = path.stem
            if name not in TABLES:
                notes.append(f"{path.name} in {folder}: no declared schema, not exported")
                continue
            if name in found:
                raise ExportError(f"table {name} is in two folders: {found[name]} and {folder}")
            found[name] = folder
        for path in sorted(folder.glob("*.csv")):
            if path.stem in TABLES and not path.with_suffix(".parquet").exists():
                notes.append(f"{path.name} in {folder}: CSV without Parquet, not exported "
                             "(exports read the Parquet file)")
    if not found:
        raise ExportError("no tables in " + ", ".join(str(f) for f in folders)
                          + " (expected <table>.parquet files written by `dossier extract`)")
    return found, notes


def load(folders: Iterable[str | Path]) -> dict[str, pd.DataFrame]:
    """Every table in the folders, with its declared dtypes, sorted by its key, in the order
    the schemas are declared."""
    from ..tables import read_table

    found, _ = find_tables(folders)
    out = {}
    for name in TABLES:
        if name in found:
            df = read_table(name, found[name])
            key = [k for k in TABLES[name].key if k in df.columns]
            if key and len(df):
                df = df.sort_values(key, kind="mergesort").reset_index(drop=True)  # as the writer sorts
            out[name] = df
    return out


def require(tables: dict[str, pd.DataFrame], names: Iterable[str], what: str) -> None:
    missing = [n for n in names if n not in tables]
    if missing:
        raise ExportError(f"{what} needs the tables {', '.join(missing)}, not found in the given folders")


def clean(value):
    """A table cell as a plain Python value: None for missing, else str/int/float/bool."""
    if value is None or value is pd.NA:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def records(df: pd.DataFrame) -> list[dict]:
    """Rows as dicts of plain Python values (None for missing)."""
    cols = list(df.columns)
    return [{c: clean(v) for c, v in zip(cols, row)} for row in df.itertuples(index=False, name=None)]


@contextmanager
def atomic_output(path: str | Path, force: bool = False):
    """Yield a temporary path beside ``path``; on success it replaces ``path`` (so a failed
    export never leaves half a file, and --force never destroys the old file before the new
    one is complete). Refuses an existing ``path`` unless ``force``."""
    path = Path(path)
    if path.exists() and not force:
        raise ExportError(f"{path} exists; use --force to replace it")
    if path.is_dir():
        raise ExportError(f"{path} is a folder, not a file")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp)
    tmp.unlink()  # writers (sqlite) want to create the file themselves
    try:
        yield tmp
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
