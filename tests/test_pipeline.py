"""The corpus pipeline and the command line, end to end on the real corpus."""

from __future__ import annotations

import hashlib

import pandas as pd
import pytest

from dossier import cli, config, corpus
from dossier.schema import TABLES


def test_every_table_is_written_with_its_schema(corpus_run, tables):
    out, summary = corpus_run
    for name in corpus.ALL_TABLES:
        assert (out / f"{name}.csv").is_file() and (out / f"{name}.parquet").is_file()
        assert list(tables[name].columns) == TABLES[name].names
    assert summary.accepted == 6 and summary.rejected == 0 and summary.skipped == 2  # the manifest and the corpus settings
    assert len(tables["mentions"]) > 100 and len(tables["entities"]) > 40


@pytest.mark.parametrize("table,column", [("mentions", "text"), ("quantities", "text"), ("dates", "text"),
                                          ("quotes", "quote"), ("relations", "evidence"), ("paragraphs", None)])
def test_every_span_equals_the_document_text(tables, texts, table, column):
    df = tables[table]
    assert len(df), table
    for row in df.itertuples():
        span = texts[row.doc_id][row.start:row.end]
        if column:
            assert span == getattr(row, column), (table, row)
        else:
            assert span.strip() == span and span


def test_every_mention_links_to_an_entity(tables):
    ids = set(tables["entities"]["entity_id"])
    assert set(tables["mentions"]["entity_id"]) <= ids
    counts = tables["mentions"].groupby("entity_id").size()
    ents = tables["entities"].set_index("entity_id")
    assert (ents.loc[counts.index, "n_mentions"] == counts).all()
    for col in ("subject_entity_id", "object_entity_id"):
        assert set(tables["relations"][col]) <= ids


def test_csv_and_parquet_agree(corpus_run, tables):
    out, _ = corpus_run
    for name in ("mentions", "quantities", "entities"):
        csv = pd.read_csv(out / f"{name}.csv", keep_default_na=False, na_values=[""])
        assert len(csv) == len(tables[name])
        assert list(csv.columns) == list(tables[name].columns)


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_rerun_is_byte_identical_and_served_from_cache(corpus_run, tmp_path):
    out, _ = corpus_run
    again = tmp_path / "again"
    summary = corpus.extract([config.RAW], again, cache_dir=out / ".cache")
    assert summary.cached == 6 and summary.analysed == 0
    assert _digest(again) == _digest(out)


def test_no_cache_run_writes_the_same_tables_and_keeps_nothing(corpus_run, tmp_path):
    """``--no-cache`` analyses in a throw-away cache that keeps no whole tables (nothing reads
    them again) and removes it: the tables are byte for byte those of a cached run."""
    out, _ = corpus_run
    one = config.RAW / "parliament-2023-06-29-hl8565-turkey-grant.txt"
    cached = corpus.extract([one], tmp_path / "cached", cache_dir=out / ".cache")
    fresh = corpus.extract([one], tmp_path / "fresh", use_cache=False)
    assert cached.cached == 1 and fresh.analysed == 1 and fresh.cached == 0
    tables = {k: v for k, v in _digest(tmp_path / "fresh").items() if k != "summary.json"}
    assert len(tables) == 2 * len(corpus.ALL_TABLES)
    assert tables == {k: v for k, v in _digest(tmp_path / "cached").items() if k != "summary.json"}
    assert not any(p.name.startswith(".cache") for p in (tmp_path / "fresh").iterdir())


def test_cli_extract_writes_only_inside_out(tmp_path, capsys):
    before = set(tmp_path.parent.iterdir())
    out = tmp_path / "tables"
    code = cli.main(["extract", str(config.RAW / "parliament-2023-06-29-hl8565-turkey-grant.txt"), "--out", str(out),
                     "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "1 documents from 1 files" in printed and "documents/s" in printed
    assert set(tmp_path.parent.iterdir()) == before  # nothing beside the output folder
    assert {p.name for p in out.iterdir()} >= {"documents.csv", "mentions.parquet", "summary.json", ".cache"}
    docs = pd.read_parquet(out / "documents.parquet")
    assert list(docs["doc_id"]) == ["parliament-2023-06-29-hl8565-turkey-grant"]


@pytest.mark.parametrize("args,message", [
    (["extract", "no-such-folder", "--out", "{tmp}/o"], "no such file or folder: no-such-folder"),
    (["extract", "{raw}", "--out", "{raw}"], "is also an input"),
    (["extract", "{raw}", "--out", "{tmp}/file.txt"], "exists and is not a folder"),
    (["extract", "{raw}", "--out", "{tmp}/o", "--jobs", "0"], "--jobs must be at least 1"),
    (["extract", "{raw}"], "the following arguments are required: --out"),
])
def test_cli_refuses_unusable_arguments(tmp_path, capsys, args, message):
    (tmp_path / "file.txt").write_text("x")
    args = [a.format(tmp=tmp_path, raw=config.RAW) for a in args]
    with pytest.raises(SystemExit) as exc:
        cli.main(args)
    assert exc.value.code == 2
    assert message in capsys.readouterr().err


def test_cli_reports_rejected_files_and_goes_on(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("The Home Office said on Monday that about 50 people had been expected.\n")
    (src / "empty.txt").write_bytes(b"")
    code = cli.main(["extract", str(src), "--out", str(tmp_path / "out"), "--quiet"])
    assert code == 0
    printed = capsys.readouterr().out
    assert "1 rejected" in printed and "empty.txt: empty file (0 bytes)" in printed
    log = pd.read_csv(tmp_path / "out" / "ingest_log.csv")
    assert sorted(log["status"]) == ["ok", "rejected"]


def test_project_layout_notebook_path(tmp_path):
    layout = {t: tmp_path / ("interim" if t in corpus.INGEST_TABLES else "processed") for t in corpus.ALL_TABLES}
    summary = corpus.extract([config.RAW / "parliament-2023-06-29-hl8565-turkey-grant.txt"], tmp_path,
                               tables=corpus.INGEST_TABLES, layout=layout, write_summary=False)
    assert summary.analysed == 0  # ingestion only: no NLP
    assert sorted(p.name for p in (tmp_path / "interim").iterdir()) == sorted(
        f"{t}.{ext}" for t in corpus.INGEST_TABLES for ext in ("csv", "parquet"))
    assert not (tmp_path / "processed").exists() or not any((tmp_path / "processed").iterdir())


def test_editing_the_reference_reprocesses_only_what_it_affects(tmp_path, monkeypatch):
    import csv

    from dossier import reference

    ref_csv = tmp_path / "entities.csv"
    ref_csv.write_bytes(config.ENTITIES_CSV.read_bytes())
    monkeypatch.setattr(config, "ENTITIES_CSV", ref_csv)
    cache = tmp_path / "cache"
    first = corpus.extract([config.RAW], tmp_path / "a", cache_dir=cache)
    assert first.analysed == 6

    rows = list(csv.DictReader(ref_csv.open(encoding="utf-8", newline="")))
    fields = list(rows[0])

    def write(rows):
        with ref_csv.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    # a new entity that no document names: nothing to redo
    write(rows + [dict.fromkeys(fields, "") | {"entity_id": "ocean-star", "name": "Ocean Star", "type": "PRODUCT",
                                                 "kind": "vessel", "source": "test"}])
    second = corpus.extract([config.RAW], tmp_path / "b", cache_dir=cache)
    assert (second.analysed, second.cached) == (0, 6)
    # a changed alias of an entity only the factsheet names: only the factsheet is redone
    for r in rows:
        if r["entity_id"] == "corporate-travel-management":
            r["aliases"] += "|Corporate Travel Management Ltd"
    write(rows)
    third = corpus.extract([config.RAW], tmp_path / "c", cache_dir=cache)
    assert (third.analysed, third.cached) == (1, 5)
    assert reference.load().version != reference.version_of(config.REFERENCE.joinpath("entities.csv").read_bytes())
    # and the tables are those of a cold run with the edited table
    cold = corpus.extract([config.RAW], tmp_path / "d", cache_dir=tmp_path / "cold-cache")
    assert cold.analysed == 6
    assert _digest(tmp_path / "c") == _digest(tmp_path / "d")


def test_arrow_schemas_are_those_of_conformed_frames():
    """The writers' schemas, built directly from the declarations, are exactly (metadata
    included) what ``conform`` makes of an empty frame: Parquet bytes and read-back dtypes stay."""
    import pyarrow as pa

    from dossier.schema import conform
    from dossier.tables import arrow_schema

    for table in TABLES.values():
        old = pa.Schema.from_pandas(conform(pd.DataFrame(columns=table.names), table), preserve_index=False)
        assert arrow_schema(table).equals(old, check_metadata=True), table.name
