"""The tables as one SQLite database for Datasette: primary keys from the schemas, foreign keys
to ``documents`` and ``entities`` (so Datasette links every row to its document and entity),
indexes on those columns, full-text search on document text and quotes, and a Datasette
metadata file with every table's and column's description and the licence of each source.

Byte-identical on a re-run: tables are created and filled in a fixed order from rows sorted
by their key, with explicit column types (never inferred from the data), the FTS indexes are
built once from the finished tables (no triggers), then ``VACUUM`` rewrites the file
compactly in page order, in rollback-journal mode (no WAL file), and the header's change
counter is therefore the same on every run with the same SQLite version.
"""

from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path

import pandas as pd

from . import ExportError, atomic_output, records, schema

# SQLite column type for each schema dtype (booleans as 0/1 integers, SQLite has no bool).
SQL_TYPES = {"string": str, "Int64": int, "Float64": float, "boolean": int}

# Columns that refer to another table's key, wherever a table has them.
FOREIGN_KEYS = {
    "doc_id": ("documents", "doc_id"),
    "entity_id": ("entities", "entity_id"),
    "subject_entity_id": ("entities", "entity_id"),
    "object_entity_id": ("entities", "entity_id"),
    "speaker_entity_id": ("entities", "entity_id"),
}

# Full-text search: table -> columns. Other columns worth an index besides the foreign keys.
FTS = {"documents": ("title", "text"), "quotes": ("quote", "speaker")}
EXTRA_INDEXES = {"mentions": ("label",), "relations": ("predicate",), "entities": ("type",),
                 "quotes": ("kind",), "quantities": ("kind",), "dates": ("value",)}
# The column Datasette shows for a row when another table links to it.
LABEL_COLUMNS = {"documents": "title", "entities": "name"}
FACETS = {"mentions": ["label"], "relations": ["predicate"], "entities": ["type", "kind"],
          "quotes": ["kind"], "quantities": ["kind", "unit"], "ingest_log": ["status"]}

TITLE = "Dossier"


def _order(tables: dict[str, pd.DataFrame]) -> list[str]:
    """Referenced tables first (a foreign key needs its target table), then the schema order."""
    first = [n for n in ("documents", "entities") if n in tables]
    return first + [n for n in tables if n not in first]


def _foreign_keys(name: str, columns: list[str], present: set[str]) -> list[tuple[str, str, str]]:
    return [(c, *FOREIGN_KEYS[c]) for c in columns
            if c in FOREIGN_KEYS and FOREIGN_KEYS[c][0] in present and FOREIGN_KEYS[c][0] != name]


def _row_values(df: pd.DataFrame, name: str) -> list[dict]:
    t = schema(name)
    rows = records(df[t.names])
    bools = [c.name for c in t.columns if c.dtype == "boolean"]
    for row in rows:
        for c in bools:
            if row[c] is not None:
                row[c] = int(row[c])
    return rows


def _duplicate_keys(df: pd.DataFrame, key: list[str]) -> int:
    return int(df.duplicated(subset=key, keep=False).sum()) if key else 0


def write_sqlite(tables: dict[str, pd.DataFrame], path: str | Path, *, force: bool = False,
                 title: str = TITLE) -> dict:
    """Write every table into the SQLite database at ``path`` and its Datasette metadata to
    :func:`metadata_path` (``<stem>.metadata.json`` beside it). Returns a summary:
    ``{"tables": {name: rows}, "warnings": [...], "metadata": path}``."""
    import sqlite_utils

    path = Path(path)
    meta_path = metadata_path(path)
    if meta_path.exists() and not force:
        raise ExportError(f"{meta_path} exists; use --force to replace it")
    warnings: list[str] = []
    counts: dict[str, int] = {}
    present = set(tables)
    with atomic_output(path, force) as tmp:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA page_size=4096")
            db = sqlite_utils.Database(conn)
            for name in _order(tables):
                df, t = tables[name], schema(name)
                key = [k for k in t.key if k in t.names]
                pk = None
                if key:
                    n_dup = _duplicate_keys(df, key)
                    if n_dup:
                        warnings.append(f"{name}: {n_dup} rows share a key ({', '.join(key)}); "
                                        "written without a primary key, the key columns indexed")
                    else:
                        pk = key[0] if len(key) == 1 else tuple(key)
                columns = {c.name: SQL_TYPES[c.dtype] for c in t.columns}
                fks = _foreign_keys(name, t.names, present)
                not_null = {c.name for c in t.columns if not c.nullable}
                kwargs = {"pk": pk} if pk else {}
                db[name].create(columns, foreign_keys=fks, not_null=not_null, column_order=t.names, **kwargs)
                db[name].insert_all(_row_values(df, name), batch_size=1000)  # a transaction per batch
                counts[name] = len(df)
                indexed = []
                if key and pk is None:
                    db[name].create_index(key, index_name=f"idx_{name}_key")
                for col in [fk[0] for fk in fks] + list(EXTRA_INDEXES.get(name, ())):
                    if col in t.names and col not in indexed and (pk is None or col != key[0]):
                        db[name].create_index([col], index_name=f"idx_{name}_{col}")
                        indexed.append(col)
            for name, cols in FTS.items():
                if name in tables:
                    db[name].enable_fts(list(cols), fts_version="FTS5", create_triggers=False,
                                        tokenize="porter")
            dangling = _dangling(conn)
            warnings.extend(dangling)
            conn.execute("ANALYZE")  # sqlite_stat1 for the query planner; deterministic counts
            conn.execute("VACUUM")
        finally:
            conn.close()
    meta = metadata(tables, path.stem, title=title)
    meta_text = json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
    with atomic_output(meta_path, force=True) as tmp:
        tmp.write_text(meta_text, encoding="utf-8")
    return {"tables": counts, "warnings": warnings, "metadata": meta_path}


def metadata_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.stem + ".metadata.json")


def _dangling(conn: sqlite3.Connection) -> list[str]:
    """Foreign-key values with no row to point to (e.g. an ingest_log doc_id of a rejected
    file), counted per table and column: reported, not fatal."""
    out: dict[tuple[str, str], int] = {}
    columns: dict[str, dict[int, str]] = {}
    for table, _rowid, _parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        if table not in columns:
            columns[table] = {c[0]: c[3] for c in conn.execute(f"PRAGMA foreign_key_list('{table}')")}
        col = columns[table].get(fkid, "?")
        out[(table, col)] = out.get((table, col), 0) + 1
    return [f"{t}.{c}: {n} values with no matching row in the table it refers to"
            for (t, c), n in sorted(out.items())]


def licences(documents: pd.DataFrame) -> list[dict]:
    """One entry per source document: doc_id, title, publisher, url, licence."""
    cols = ["doc_id", "title", "publisher", "url", "licence"]
    df = documents[[c for c in cols if c in documents.columns]].sort_values("doc_id", kind="mergesort")
    return records(df)


def metadata(tables: dict[str, pd.DataFrame], db_name: str, title: str = TITLE) -> dict:
    """Datasette metadata: the database's description with the sources and their licences,
    each table's description, column descriptions, label column, facets and, for the FTS
    tables, the search columns."""
    db: dict = {"tables": {}}
    if "documents" in tables:
        srcs = licences(tables["documents"])
        kinds = sorted({s["licence"] or "unknown" for s in srcs})
        db["description_html"] = (
            "<p>Tables extracted from the corpus documents; every row traces back to its document "
            "and character span in <code>documents.text</code>. Each source keeps its own licence:</p>"
            "<table><thead><tr><th>doc_id</th><th>publisher</th><th>licence</th></tr></thead><tbody>"
            + "".join(f"<tr><td>{html.escape(s['doc_id'])}</td><td>{html.escape(s.get('publisher') or '')}</td>"
                      f"<td>{html.escape(s.get('licence') or 'unknown')}</td></tr>" for s in srcs)
            + "</tbody></table>")
        db["license"] = "per source: " + "; ".join(kinds)
        db["queries"] = {"licences": {
            "title": "Sources and their licences",
            "sql": "select doc_id, title, publisher, url, licence from documents order by doc_id"}}
    for name in tables:
        t = schema(name)
        entry: dict = {"description": t.description,
                       "columns": {c.name: c.description + ("" if c.nullable else " (required)")
                                   for c in t.columns}}
        if name in LABEL_COLUMNS:
            entry["label_column"] = LABEL_COLUMNS[name]
        if name in FACETS:
            entry["facets"] = [f for f in FACETS[name] if f in t.names]
        if name in FTS:
            entry["fts_table"] = f"{name}_fts"
        if name == "documents" and "documents" in tables:
            entry["license"] = "per row: see the licence column"
        db["tables"][name] = entry
    return {"title": title, "databases": {db_name: db}}
