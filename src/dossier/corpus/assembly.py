"""Assembly: every document's cached rows streamed into the corpus tables, in corpus order,
and the corpus entity table folded one document at a time."""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path

from .. import reference
from ..extract import document_tables
from ..extract.entities import ENTITIES
from ..schema import TABLES
from ..tables import TableWriter, write_table
from . import kept
from .cache import Cache


class EntityTable:
    """The corpus entity table, folded one document at a time."""

    def __init__(self, ref: reference.Reference):
        self.ref = ref
        self.rows: dict[str, dict] = {}

    def add(self, doc_rows: list[dict]) -> None:
        for r in doc_rows:
            row = self.rows.get(r["entity_id"])
            if row is None:
                row = self.rows[r["entity_id"]] = {**r, "surfaces": Counter(), "labels": Counter(), "n_docs": 0}
            row["surfaces"].update(r["surfaces"])
            row["labels"].update(r["labels"])
            row["n_docs"] += 1

    def frame(self):
        out = []
        for eid, r in self.rows.items():
            ref_row = self.ref.entities.get(eid)
            labels: Counter = r["labels"]
            surfaces: Counter = r["surfaces"]
            if ref_row is not None:
                name, type_ = ref_row.name, ref_row.type
                aliases = list(ref_row.aliases) + list(ref_row.demonyms)
            else:
                name = max(surfaces, key=lambda s: (len(s), surfaces[s], s)) if r.get("kind") != "government" else r["name"]
                non_norp = Counter({k: v for k, v in labels.items() if k != "NORP"}) or labels
                type_ = r["type"] if r.get("kind") == "government" else max(non_norp, key=lambda k: (non_norp[k], k))
                aliases = []
            seen = {name.casefold(), *(a.casefold() for a in aliases)}
            for s in sorted(surfaces, key=lambda s: (-surfaces[s], s)):
                if s.casefold() not in seen:
                    aliases.append(s)
                    seen.add(s.casefold())
            out.append(dict(entity_id=eid, name=name, type=type_, kind=r.get("kind"), aliases="|".join(aliases),
                            country=r.get("country"), wikidata=r.get("wikidata"), lat=r.get("lat"), lon=r.get("lon"),
                            curated=bool(r.get("curated")), n_mentions=sum(labels.values()), n_docs=r["n_docs"]))
        return out


def assemble(order: list[tuple[str, str]], cache: Cache, ref: reference.Reference,
              folder: dict[str, Path], formats) -> dict[str, int]:
    """Stream every document's cached rows into the corpus tables, in corpus order."""
    entities = EntityTable(ref)
    writers = {name: TableWriter(folder[name], name, formats) for name in document_tables() if name in folder}
    try:
        for doc_id, key in order:
            result = cache.get(key, ref.version)
            if result is None:  # written moments ago: only a deleted cache gets here
                raise RuntimeError(f"cache entry for {doc_id} vanished during the run ({cache.path(key, ref.version)})")
            for name, w in writers.items():
                w.write([{"doc_id": doc_id, **row} for row in result[name]])
            entities.add(result["doc_entities"])
    finally:
        for w in writers.values():
            w.close()
    counts = {name: w.n_rows for name, w in writers.items()}
    if "entities" in folder:
        counts["entities"] = len(write_table(frame(entities.frame(), "entities"), "entities", folder["entities"], formats))
    return counts


KEEP_ASSEMBLED = 4  # assembled table sets kept in a cache (the newest)


def assemble_kept(order: list[tuple[str, str]], cache: Cache, ref: reference.Reference,
                  folder: dict[str, Path], formats) -> dict[str, int]:
    """:func:`assemble`, or, when the same documents (ids and cache keys, in the same order) were
    assembled before under the same reference table, the tables written then, copied from the
    cache (:mod:`.kept`: verified, byte for byte)."""
    names = [n for n in (*document_tables(), "entities") if n in folder]
    if not names or not cache.keeps_tables:
        return assemble(order, cache, ref, folder, formats)
    entry = cache.root / "assembled" / kept.key("assembled", ref.version, ",".join(formats), ",".join(names),
                                                 *(f"{doc_id}|{key}" for doc_id, key in order))
    counts = kept.restore(entry, names, formats, folder)
    if counts is not None:
        return counts
    counts = assemble(order, cache, ref, folder, formats)
    kept.keep(entry, {f"{n}.{fmt}": Path(folder[n]) / f"{n}.{fmt}" for n in names for fmt in formats},
              {n: counts[n] for n in names}, keep_last=KEEP_ASSEMBLED)
    return counts


def frame(rows, table):
    import pandas as pd

    return pd.DataFrame(rows, columns=TABLES[table].names)


def drop_documents(folder: Path, name: str, doc_ids: set[str], formats) -> None:
    """Rewrite a streamed table without the rows of documents that failed analysis (rare: read
    and written back one row group at a time)."""
    import pyarrow.parquet as pq

    src = folder / f"{name}.parquet"
    tmp = folder / f".{name}.keep"
    tmp.mkdir(exist_ok=True)
    with TableWriter(tmp, name, formats) as w:
        for batch in pq.ParquetFile(src).iter_batches():
            df = batch.to_pandas()
            w.write(df[~df["doc_id"].isin(doc_ids)])
    for fmt in formats:
        os.replace(tmp / f"{name}.{fmt}", folder / f"{name}.{fmt}")
    shutil.rmtree(tmp, ignore_errors=True)
