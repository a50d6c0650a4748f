"""Writing tables: CSV (for people, on a git host) and Parquet (for code), byte-reproducible,
checked against the declared schema, never outside the output folder.

Text cells of the CSV copies that a spreadsheet would run as a formula (beginning with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) are prefixed with an apostrophe
(:mod:`dossier.csvsafe`); the Parquet copies keep the exact text, and :func:`read_table` reads
Parquet."""

from __future__ import annotations

import functools
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .csvsafe import TRIGGERS, neutralise_csv_cell
from .schema import TABLES, Table, conform

FORMATS = ("csv", "parquet")
_FIRST = ("'", *TRIGGERS)  # first characters that can make a CSV cell a formula (or mark one)


def _target(out_dir: Path, name: str, fmt: str) -> Path:
    out_dir = Path(out_dir)
    path = out_dir / f"{name}.{fmt}"
    if path.resolve().parent != out_dir.resolve():  # a table name can never escape DIR
        raise ValueError(f"refusing to write {path} outside {out_dir}")
    return path


@functools.lru_cache(maxsize=None)
def arrow_schema(table: Table) -> pa.Schema:
    """The table's Arrow schema (with pandas' metadata, so ``pd.read_parquet`` gives the declared
    dtypes back): that of an empty frame of the declared dtypes, what :func:`conform` makes of
    an empty frame (tested), built directly since every run needs one per table."""
    empty = pd.DataFrame({c.name: pd.Series([], dtype=c.dtype) for c in table.columns}, index=pd.RangeIndex(0))
    return pa.Schema.from_pandas(empty, preserve_index=False)


class TableWriter:
    """Append rows to ``DIR/<table>.csv`` and ``DIR/<table>.parquet`` as they come, so a corpus
    of any size is written without holding its rows in memory. Rows are buffered and written
    in chunks (one Parquet row group each) of at most ``chunk_rows`` rows or about
    ``chunk_bytes`` of text, whichever comes first (a documents row carries a whole text)."""

    def __init__(self, out_dir: Path, table: Table | str, formats=FORMATS, chunk_rows: int = 5000,
                 chunk_bytes: int = 2_000_000):
        self.table = TABLES[table] if isinstance(table, str) else table
        self.out_dir = Path(out_dir)
        self.formats = tuple(formats)
        self.chunk_rows = chunk_rows
        self.chunk_bytes = chunk_bytes
        self._buffer: list[dict] = []
        self._buffered_bytes = 0
        self.n_rows = 0
        self._csv = self._pq = None
        self._schema = arrow_schema(self.table)
        self._text_columns = [c.name for c in self.table.columns if c.dtype == "string"]
        if "csv" in self.formats:
            self._csv = open(_target(self.out_dir, self.table.name, "csv"), "w", encoding="utf-8", newline="")
            self._csv.write(",".join(self.table.names) + "\n")
        if "parquet" in self.formats:
            self._pq = pq.ParquetWriter(_target(self.out_dir, self.table.name, "parquet"), self._schema,
                                        compression="zstd")

    def write(self, rows, conformed: bool = False) -> None:
        """Append rows (dicts, or a DataFrame; ``conformed``: one :func:`conform` already made)."""
        if isinstance(rows, pd.DataFrame):
            self._flush()
            self._write_frame(rows, conformed)
            return
        for row in rows:
            self._buffer.append(row)
            self._buffered_bytes += sum(len(v) for v in row.values() if isinstance(v, str))
        if len(self._buffer) >= self.chunk_rows or self._buffered_bytes >= self.chunk_bytes:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            rows, self._buffer, self._buffered_bytes = self._buffer, [], 0
            self._write_frame(pd.DataFrame(rows, columns=self.table.names))

    def _write_frame(self, df: pd.DataFrame, conformed: bool = False) -> None:
        if not conformed:
            df = conform(df, self.table, sort=False)
        if not len(df):
            return
        self.n_rows += len(df)
        if self._csv is not None:
            safe = df.copy(deep=False)
            for col in self._text_columns:
                # only a cell beginning with a trigger (or an apostrophe) can change: found with
                # one vectorised test, then each of those few cells is neutralised as before
                first = safe[col].str.slice(0, 1)
                hit = first.isin(_FIRST).fillna(False).to_numpy(dtype=bool)
                if hit.any():
                    column = safe[col].copy()
                    column[hit] = column[hit].map(neutralise_csv_cell)
                    safe[col] = column
            safe.to_csv(self._csv, index=False, header=False, lineterminator="\n")
        if self._pq is not None:
            self._pq.write_table(pa.Table.from_pandas(df, schema=self._schema, preserve_index=False))

    def close(self) -> None:
        self._flush()
        if self._csv is not None:
            self._csv.close()
        if self._pq is not None:
            self._pq.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def write_table(df: pd.DataFrame, table: Table | str, out_dir: Path, formats=FORMATS) -> pd.DataFrame:
    """Write a whole table (sorted by its key) and return the conformed frame."""
    t = TABLES[table] if isinstance(table, str) else table
    df = conform(df, t)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with TableWriter(out_dir, t, formats) as w:
        w.write(df, conformed=True)
    return df


def read_table(name: str, folder: Path) -> pd.DataFrame:
    """Read a table back from Parquet, with its declared dtypes."""
    return conform(pd.read_parquet(Path(folder) / f"{name}.parquet"), name, sort=False)
