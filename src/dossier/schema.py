"""Declared table schemas: column, type, meaning. Checked wherever a table is written, and
rendered into ``data/README.md`` so the documentation cannot drift from the code.

The ingestion tables are declared here; every other table is declared in the module that
writes it (an extractor in ``extract/``, a corpus step in ``corpus/``) and collected into
:data:`TABLES`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas nullable dtype: string, Int64, Float64, boolean
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()  # columns that identify a row; rows are written sorted by them
    stage: str = "processed"  # where the project keeps it: data/interim or data/processed

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _t(name: str, description: str, key: tuple[str, ...], *cols: tuple, stage: str = "processed") -> Table:
    return Table(name, description, tuple(Column(*c) for c in cols), key, stage)


S, I, F, B = "string", "Int64", "Float64", "boolean"

DOCUMENTS = _t(
    "documents",
    "One row per accepted source document. `text` is the body text that NLP sees; every "
    "character offset in every other table refers to it.",
    ("doc_id",),
    ("doc_id", S, "Stable slug of the file name; the key every other table refers to.", False),
    ("file", S, "Path of the raw file, relative to the project root (or its name if outside).", False),
    ("title", S, "Title: manifest, else front matter, else the page headline / HTML title."),
    ("url", S, "Where the document was captured from."),
    ("publisher", S, "Who published it."),
    ("published", S, "Publication date, ISO 8601 (YYYY-MM-DD); empty when unknown. Relative dates resolve against it."),
    ("licence", S, "Licence of the source text."),
    ("note", S, "Curator's note on the capture (manifest or front matter)."),
    ("section", S, "Section label of the page (e.g. 'Politics'), not part of `text`."),
    ("topic", S, "Topic suffix of the headline or topic label (e.g. 'Immigration and asylum')."),
    ("headline", S, "Headline as printed (without the topic suffix); first paragraph of `text`."),
    ("standfirst", S, "Standfirst / summary line under the headline, if any."),
    ("byline", S, "Byline (author or agency), if any."),
    ("dateline", S, "Date line printed on the page ('Updated 29 December 2023'), if any."),
    ("credit", S, "Trailing credit line ('With the Press Association'), if any."),
    ("fields", S, "JSON object of other labelled lines separated from the prose (infobox `- Key: Value`, `Key: Value` page metadata, wiki headings)."),
    ("furniture", S, "JSON list of page-furniture lines removed from the prose ('Skip to main content', navigation, 'Source link')."),
    ("text", S, "Body text given to NLP: headline, standfirst, byline, dateline, body paragraphs and credit, joined by blank lines.", False),
    ("n_paragraphs", I, "Number of paragraphs in `text`.", False),
    ("n_words", I, "Number of whitespace-separated words in `text`.", False),
    ("n_chars", I, "Length of `text` in characters.", False),
    ("format", S, "Source format: txt, md or html.", False),
    ("encoding", S, "Encoding the raw bytes were decoded with.", False),
    ("sha256", S, "SHA-256 of the raw file's bytes (the content cache key).", False),
    stage="interim",
)

INGEST_LOG = _t(
    "ingest_log",
    "One row per file seen by ingestion, accepted or not, with the reason. Nothing is dropped "
    "silently: a rejected file is here with what was wrong.",
    ("file", "status", "reason"),
    ("file", S, "Path of the file, relative to the project root (or its name if outside).", False),
    ("doc_id", S, "doc_id given to it (empty when rejected before one was assigned)."),
    ("status", S, "ok, warning (accepted with a caveat), rejected (not processed) or skipped (not a document: manifest, README).", False),
    ("reason", S, "What was wrong or noteworthy, in words; empty for a clean file."),
    ("sha256", S, "SHA-256 of the raw bytes (empty if unreadable)."),
    ("n_bytes", I, "Size of the file in bytes."),
    stage="interim",
)

PARAGRAPHS = _t(
    "paragraphs",
    "The paragraphs of each document's `text`, with their role and their position in the raw file.",
    ("doc_id", "para"),
    ("doc_id", S, "Document.", False),
    ("para", I, "Paragraph number in the document, from 0.", False),
    ("kind", S, "headline, standfirst, byline, dateline, speaker, body or credit.", False),
    ("heading", S, "The wiki or page heading the paragraph sits under, if any."),
    ("start", I, "Offset of the paragraph in `documents.text`.", False),
    ("end", I, "End offset (exclusive) in `documents.text`.", False),
    ("raw_start", I, "Offset of the paragraph's first character in the decoded raw file (empty for HTML)."),
    ("raw_end", I, "End offset in the decoded raw file (empty for HTML)."),
    stage="interim",
)








INGEST_TABLES = (DOCUMENTS, INGEST_LOG, PARAGRAPHS)


class _Tables(Mapping):
    """Every table by name: the ingestion tables here, then the tables the extractors and the
    corpus steps declare in their own modules (collected on first use, so that declaring a
    table is one line in the module that writes it)."""

    def _all(self) -> dict[str, Table]:
        # Read from the registries at each use (a few dozen entries), so a registered extractor
        # or corpus step is seen everywhere without any other edit.
        from .corpus.steps import corpus_tables
        from .extract import tables as extractor_tables

        return {t.name: t for t in (*INGEST_TABLES, *extractor_tables(), *corpus_tables())}

    def __getitem__(self, key: str) -> Table:
        return self._all()[key]

    def __iter__(self):
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


TABLES: dict[str, Table] = _Tables()


class SchemaError(ValueError):
    pass


def to_frame(rows, table: Table | str) -> pd.DataFrame:
    """Build a DataFrame with exactly the table's columns, in order, with its dtypes."""
    t = TABLES[table] if isinstance(table, str) else table
    df = pd.DataFrame(list(rows), columns=t.names) if not isinstance(rows, pd.DataFrame) else rows
    return conform(df, t)


def conform(df: pd.DataFrame, table: Table | str, sort: bool = True) -> pd.DataFrame:
    """Check the columns against the schema, cast to the declared dtypes, check non-nullable
    columns, and (unless ``sort=False``) sort by the key. Raises SchemaError naming the table
    and column."""
    t = TABLES[table] if isinstance(table, str) else table
    missing = [c for c in t.names if c not in df.columns]
    extra = [c for c in df.columns if c not in t.names]
    if missing or extra:
        raise SchemaError(f"table {t.name}: missing columns {missing}, unexpected columns {extra}")
    string = pd.api.types.pandas_dtype(S)  # the string dtype as configured (storage included)
    columns = {}
    for col in t.columns:
        values = df[col.name].reset_index(drop=True)
        try:
            if col.dtype == S:
                if values.dtype != string:  # a column already of that dtype is kept as it is
                    values = values.astype("object").where(values.notna(), None).astype(S)
            else:
                values = values.astype(col.dtype)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table {t.name}, column {col.name}: cannot be {col.dtype}: {exc}") from exc
        if not col.nullable and values.isna().any():
            raise SchemaError(f"table {t.name}, column {col.name}: {int(values.isna().sum())} empty values")
        columns[col.name] = values
    out = pd.DataFrame(columns, index=range(len(df)))
    if sort and t.key and len(out):
        out = out.sort_values(list(t.key), kind="mergesort").reset_index(drop=True)
    return out


def markdown(table: Table) -> str:
    """The table's variables as a markdown table (for data/README.md)."""
    lines = [f"### `{table.name}`", "", table.description, "", "| column | type | meaning |", "|---|---|---|"]
    for c in table.columns:
        lines.append(f"| `{c.name}` | {c.dtype}{'' if c.nullable else ', required'} | {c.description} |")
    return "\n".join(lines)


BEGIN, END = "<!-- tables:begin (generated by `make docs` from src/dossier/schema.py) -->", "<!-- tables:end -->"


def tables_markdown() -> str:
    return "\n\n".join(markdown(t) for t in TABLES.values())


def update_readme(path) -> bool:
    """Rewrite the generated section of data/README.md; True if it changed."""
    from pathlib import Path

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    new = text[:start] + "\n\n" + tables_markdown() + "\n\n" + text[end:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    import sys

    changed = update_readme(sys.argv[1] if len(sys.argv) > 1 else "data/README.md")
    print("updated" if changed else "up to date")
