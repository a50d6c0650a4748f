"""Issue 17 rows 10, 11, 13 and 14: file names and ids, HTML headlines, links and folders that
cannot be read, and the supported kinds of file (markdown marks, CRLF, BOM, HTML, no title)
traced back to the raw file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

from dossier import config, ingest
from dossier import corpus as pipeline
from dossier.tables import read_table

from hostile_helpers import Corpus, check_integrity

SENTENCE = "The Home Office said on Monday that it would send more officers to Calais.\n"


# --------------------------------------------------------------------------- row 10

def test_same_name_in_two_folders_stays_distinct(corpus):
    corpus.write({"a/report.txt": "A report about Calais and the Home Office.\n",
                  "b/report.txt": "Another report, about Dover and the Channel.\n"})
    docs, _, log = corpus.ingest()
    assert sorted(zip(docs["file"], docs["doc_id"])) == [("corpus/a/report.txt", "a-report"),
                                                         ("corpus/b/report.txt", "b-report")]
    assert set(log["status"]) == {"ok"}
    assert not any(Path(f).is_absolute() for f in log["file"])


def test_adding_files_never_renames_a_document(corpus):
    corpus.write({"report.txt": SENTENCE, "Report Final.txt": "Final: " + SENTENCE,
                  "a/report.txt": "In a: " + SENTENCE, "notes.md": "# Notes\n\n" + SENTENCE})
    before = dict(zip(*corpus.ingest()[0][["file", "doc_id"]].T.values))
    assert before["corpus/report.txt"] == "report" and before["corpus/notes.md"] == "notes"
    assert before["corpus/a/report.txt"] == "a-report"
    assert before["corpus/Report Final.txt"].startswith("report-final-")  # not spelled as a slug: hashed
    corpus.write({"0-first.txt": "First: " + SENTENCE, "a/a-report.txt": "Sorted first: " + SENTENCE,
                  "report-final.txt": "Slug twin: " + SENTENCE, "b/report.txt": "In b: " + SENTENCE,
                  "A/report.txt": "Capital A: " + SENTENCE})
    docs, _, log = corpus.ingest()
    after = dict(zip(docs["file"], docs["doc_id"]))
    assert {f: after[f] for f in before} == before
    assert docs["doc_id"].is_unique and set(log["status"]) == {"ok"}
    assert after["corpus/report-final.txt"] == "report-final"


def test_an_extension_twin_is_the_documented_exception(corpus):
    corpus.write({"story.txt": SENTENCE, "story.md": "Markdown: " + SENTENCE})
    docs, _, log = corpus.ingest()
    ids = dict(zip(docs["file"], docs["doc_id"]))
    assert ids["corpus/story.md"] == "story"  # first in path order
    assert ids["corpus/story.txt"].startswith("story-") and len(ids["corpus/story.txt"]) == len("story-") + 6
    reason = corpus.log(log)["story.txt"][1]
    assert "doc_id 'story' is already used by corpus/story.md" in reason


def test_doc_id_rule_is_a_function_of_the_path():
    assert ingest.doc_id_for("guardian-2023-08-09-uk-turkey-smuggling-deal.txt") == \
        "guardian-2023-08-09-uk-turkey-smuggling-deal"
    assert ingest.doc_id_for("a/b/report.md") == "a-b-report"
    h = ingest.doc_id_for("Report Final.txt")
    assert h.startswith("report-final-") and h == ingest.doc_id_for("Report Final.txt")
    assert h != ingest.doc_id_for("Report final.txt")


def test_shipped_corpus_keeps_its_ids_and_paths():
    docs, _, log = ingest.ingest([config.RAW])
    assert [d for d in docs["doc_id"]] == [Path(f).stem for f in docs["file"]]
    assert all(f.startswith("data/raw/") for f in log["file"])


# --------------------------------------------------------------------------- row 11

PAGE = ("<html><head><title>Channel crossings rise</title></head><body><nav>Home | News</nav>"
        "<article><h1>Channel crossings rise</h1><p>More than 500 people crossed the Channel on Saturday, "
        "the Home Office said, the highest daily figure this year.</p><h2>Numbers</h2><h2>Numbers</h2>"
        "<p>The French authorities said they had stopped 200 more people from setting off from beaches "
        "near Calais.</p></article></body></html>")


def test_html_headline_equal_to_title_appears_once(corpus):
    corpus.write({"page.html": PAGE})
    docs, paras, _ = corpus.ingest()
    doc = docs.iloc[0]
    assert doc["text"].count("Channel crossings rise") == 1  # was twice: <title> and <h1>
    assert doc["text"].startswith("Channel crossings rise\n\nMore than 500 people")
    assert doc["text"].count("Numbers") == 1
    assert json.loads(doc["fields"])["repeated_lines"] == ["Numbers"]
    assert list(paras["kind"])[0] == "headline" and list(paras["kind"]).count("headline") == 1
    check_integrity(corpus, docs, paras)


# --------------------------------------------------------------------------- row 13

def test_links_and_folders_that_are_not_read_each_get_a_row(corpus, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Outside the corpus: " + SENTENCE)
    corpus.write({"good.txt": SENTENCE, ".git/config.txt": "hidden " + SENTENCE, "sub/inner.txt": "Inner " + SENTENCE})
    root = corpus.root
    os.symlink(root / "nowhere.txt", root / "dangling.txt")
    os.symlink(outside, root / "outside-folder")
    os.symlink(outside / "secret.txt", root / "outside-file.txt")
    os.symlink(root / "sub" / "inner.txt", root / "inner-link.txt")
    os.symlink(root / "sub", root / "sub-link")
    os.mkfifo(root / "pipe.txt")  # reading it would block forever
    docs, _, log = corpus.ingest()
    rows = corpus.log(log)
    assert rows["dangling.txt"] == ("rejected", "broken symbolic link: its target does not exist")
    for name, kind in (("outside-folder", "folder"), ("outside-file.txt", "file")):
        assert rows[name] == ("skipped", f"symbolic link to a {kind} outside the input folder; not followed "
                                         "(only files inside the input folders are read)")
    assert rows["inner-link.txt"][0] == "skipped" and "to the file sub/inner.txt inside" in rows["inner-link.txt"][1]
    assert rows["sub-link"][0] == "skipped" and "to the folder sub inside" in rows["sub-link"][1]
    assert rows[".git"] == ("skipped", "hidden folder, not read")
    assert rows["pipe.txt"][0] == "skipped" and "not a regular file" in rows["pipe.txt"][1]
    assert sorted(docs["file"]) == ["corpus/good.txt", "corpus/sub/inner.txt"]
    assert "Outside the corpus" not in " ".join(docs["text"])
    assert len(log) == 9


def test_unreadable_folder_and_file_are_rejected_with_the_error(corpus, monkeypatch):
    corpus.write({"a-good.txt": SENTENCE, "locked/inside.txt": "Locked " + SENTENCE, "z-locked.txt": "Z " + SENTENCE})
    locked, locked_file = corpus.root / "locked", corpus.root / "z-locked.txt"
    real_scandir, real_read = os.scandir, Path.read_bytes

    def scandir(path="."):  # as for a folder with mode 000 (the tests may run as root)
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def read_bytes(self):
        if self == locked_file:
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    docs, _, log = corpus.ingest()
    rows = corpus.log(log)
    assert rows["locked"] == ("rejected", "cannot read folder: Permission denied; its files are not in the corpus")
    assert rows["z-locked.txt"] == ("rejected", "cannot read file: Permission denied")
    assert list(docs["file"]) == ["corpus/a-good.txt"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_folder_for_real(corpus):
    corpus.write({"good.txt": SENTENCE, "locked/inside.txt": SENTENCE})
    (corpus.root / "locked").chmod(0)
    try:
        _, _, log = corpus.ingest()
    finally:
        (corpus.root / "locked").chmod(0o755)
    assert corpus.log(log)["locked"][0] == "rejected"


def test_the_pipeline_runs_through_a_hostile_folder(corpus, tmp_path):
    corpus.write({"good.txt": SENTENCE, "bomb.md": "---\na: &a [1]\nb: *a\n---\n\nText.\n",
                  "bad-date.md": "---\npublished: 2023-02-30\n---\n\n" + SENTENCE})
    os.symlink(corpus.root / "nowhere", corpus.root / "dangling.txt")
    out = tmp_path / "out"
    pipeline.extract([corpus.root], out, tables=pipeline.INGEST_TABLES, write_summary=False)
    log = read_table("ingest_log", out)
    assert dict(zip(log["file"], log["status"])) == {
        "corpus/bad-date.md": "warning", "corpus/bomb.md": "rejected", "corpus/dangling.txt": "rejected",
        "corpus/good.txt": "ok"}
    assert sorted(read_table("documents", out)["doc_id"]) == ["bad-date", "good"]


# --------------------------------------------------------------------------- row 14

def test_every_supported_kind_of_file_traces_back_to_its_raw_bytes(corpus):
    corpus.write({
        "bold.md": "---\ntitle: Marked up\n---\n\n# Marked up\n\nThe **Home Office** said on *Monday* that "
                   "[officers](https://example.org/x_(y)) would go to `Calais`. ![a map](map.png)\n\n"
                   "A plain second paragraph that is copied exactly as it stands in the file.\n",
        "crlf.txt": ("A headline for the CRLF file\r\n\r\nThe first paragraph is prose, so the header zone ends.\r\n"
                     "\r\nThe Home Office said on Monday that it would send more "
                     "officers to\r\nCalais and to Dover, and that the plan would be reviewed within\r\n"
                     "a year by an independent inspector appointed for that purpose.\r\n\r\n"
                     "Second paragraph, one line, with a CRLF ending.\r\n").encode("utf-8"),
        "mac.txt": "Old Mac line endings.\rThe Home Office said on Monday that it would act.\r".encode("utf-8"),
        "bom.md": "\ufeff---\ntitle: With a BOM\n---\n\nThe Home Office said on Monday that it would act.\n",
        "page.html": PAGE,
        "untitled.txt": "the home office said on monday that it would send more officers to calais, "
                        "and that the plan would be reviewed.\n",
    })
    docs, paras, log = corpus.ingest()
    assert set(log["status"]) == {"ok"}, list(zip(log["file"], log["reason"]))
    d = docs.set_index("doc_id")
    assert d.loc["bom", "encoding"] == "utf-8-sig" and d.loc["bom", "title"] == "With a BOM"
    assert "**" not in d.loc["bold", "text"] and "](" not in d.loc["bold", "text"]
    assert "The Home Office said on Monday that officers would go to Calais." in d.loc["bold", "text"]
    assert pd.isna(d.loc["untitled", "title"]) and d.loc["untitled", "n_paragraphs"] == 1
    exact = check_integrity(corpus, docs, paras)
    assert exact >= len(paras[paras["raw_start"].notna()]) - 2  # only the marked-up line and the wrapped CRLF block
    p = paras.set_index(["doc_id", "para"])
    raw = (corpus.root / "crlf.txt").read_bytes().decode("utf-8")
    wrapped = p.loc[("crlf", 2)]
    assert raw[wrapped["raw_start"]:wrapped["raw_end"]].count("\r\n") == 2  # the raw lines, CRs included
    second = p.loc[("crlf", 3)]
    assert raw[second["raw_start"]:second["raw_end"]] == "Second paragraph, one line, with a CRLF ending."


def test_the_same_relative_path_under_two_input_folders(tmp_path):
    one, two = Corpus(tmp_path / "x" / "in"), Corpus(tmp_path / "y" / "in")
    one.write({"report.txt": SENTENCE})
    two.write({"report.txt": "Another: " + SENTENCE})
    docs, _, log = ingest.ingest([one.root, two.root])
    assert list(docs["file"]) == ["in/report.txt", "in/report.txt"]  # the folders share a name
    ids = list(docs["doc_id"])
    assert ids[0] == "report" and ids[1].startswith("report-") and len(set(ids)) == 2
    assert "already used by in/report.txt" in " ".join(log["reason"].dropna())


def test_a_failure_inside_ingestion_is_a_row_not_a_crash(corpus, monkeypatch):
    corpus.write({"a.txt": SENTENCE, "b.txt": "Boom. " + SENTENCE, "c.txt": "Third. " + SENTENCE})
    real = ingest.layout.parse

    def fragile(body, *args, **kwargs):
        if body.startswith("Boom"):
            raise KeyError("simulated bug")
        return real(body, *args, **kwargs)

    monkeypatch.setattr(ingest.layout, "parse", fragile)
    docs, _, log = corpus.ingest()
    assert corpus.log(log)["b.txt"] == ("rejected", "ingestion failed: KeyError: 'simulated bug'")
    assert sorted(docs["doc_id"]) == ["a", "c"]
