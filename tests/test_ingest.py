"""Ingestion on the real corpus files and on bad input."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dossier import config, ingest

GUARDIAN = "guardian-2023-08-09-uk-turkey-smuggling-deal"


@pytest.fixture(scope="module")
def corpus():
    docs, paras, log = ingest.ingest([config.RAW])
    return docs.set_index("doc_id"), paras, log


def test_every_corpus_file_is_accounted_for(corpus):
    docs, _, log = corpus
    assert len(docs) == 6
    assert set(log["status"]) == {"ok", "skipped"}
    skipped = log[log["status"] == "skipped"]
    assert list(skipped["file"]) == ["data/raw/dossier.yml", "data/raw/sources.csv"]
    assert docs["sha256"].str.fullmatch(r"[0-9a-f]{64}").all()


def test_guardian_capture_structure(corpus):
    docs, paras, _ = corpus
    g = docs.loc[GUARDIAN]
    assert g["section"] == "Politics"
    assert g["headline"] == "UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs"
    assert g["topic"] == "Immigration and asylum"
    assert g["standfirst"].startswith("Home Office will deploy more officers")
    assert g["byline"] == "PA Media"
    assert g["credit"] == "With the Press Association"
    assert g["published"] == "2023-08-09"  # from the manifest: the capture has no date
    assert "Source link" in json.loads(g["furniture"])
    text = g["text"]
    assert "Source link" not in text and "| Immigration and asylum" not in text
    assert not text.startswith("Politics")
    kinds = list(paras[paras["doc_id"] == GUARDIAN]["kind"])
    assert kinds[:3] == ["headline", "standfirst", "byline"] and kinds[-1] == "credit"
    assert kinds.count("body") == 13


def test_republisher_navigation_and_speaker_line(corpus):
    docs, _, _ = corpus
    h = docs.loc["hansard-2020-12-17-2025-uk-border-strategy"]
    furniture = json.loads(h["furniture"])
    assert "Read Full debate Read Hansard Text Read Debate Ministerial Extracts" in furniture
    assert "(3 years, 11 months ago)" in furniture and "- Hansard - -" in furniture
    fields = json.loads(h["fields"])
    assert fields["Department"] == "Cabinet Office" and fields["reference"] == "[HCWS668]"
    assert h["dateline"] == "Thursday 17th December 2020"
    assert "Portrait" not in h["text"] and "Read Full" not in h["text"]
    assert "The Chancellor of the Duchy of Lancaster and Minister for the Cabinet Office (Michael Gove)" in h["text"]


def test_wiki_headings_and_infobox_are_not_prose(corpus):
    docs, paras, _ = corpus
    w = docs.loc["wikipedia-bibby-stockholm"]
    fields = json.loads(w["fields"])
    assert fields["infobox"] == {"Display Title": "ital"}
    assert fields["headings"] == ["History", "UK asylum containment site"]
    assert "==" not in w["text"] and "Display Title" not in w["text"]
    assert pd.isna(w["published"])  # unknown, not guessed
    p = paras[paras["doc_id"] == "wikipedia-bibby-stockholm"]
    assert set(p["heading"].dropna()) == {"History", "UK asylum containment site"}


def test_paragraph_offsets_trace_back_to_the_raw_file(corpus):
    docs, paras, _ = corpus
    for doc_id, doc in docs.iterrows():
        raw = (config.ROOT / doc["file"]).read_text(encoding="utf-8")
        for p in paras[paras["doc_id"] == doc_id].itertuples():
            assert doc["text"][p.start:p.end] == raw[p.raw_start:p.raw_end]


def _write(folder, name, data):
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


GOOD = "---\ntitle: A good one\npublished: 2023-08-09\n---\n\nThe Home Office said on Monday that it would act.\n"


@pytest.fixture()
def bad_corpus(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    _write(d, "good.txt", GOOD)
    _write(d, "copy-of-good.txt", GOOD)
    _write(d, "empty.txt", b"")
    _write(d, "picture.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _write(d, "nul.md", b"some text\x00\x01\x02 more")
    _write(d, "undecodable.txt", bytes(range(128, 256)) * 4)
    _write(d, "legacy.txt", "Caf\u00e9 \u201cquoted\u201d \u00a33m for Turkey\u2019s police said on Monday.\n".encode("cp1252"))
    _write(d, "report.pdf", b"%PDF-1.7 ...")
    _write(d, "badyaml.md", "---\ntitle: [unclosed\n---\n\nBody text here that is long enough.\n")
    _write(d, "baddate.md", "---\ntitle: Dated\npublished: last Tuesday\n---\n\nLast month the minister visited Calais.\n")
    _write(d, "page.html", "<html><head><title>Channel crossings rise</title></head><body><nav>Home | News</nav>"
           "<article><h1>Channel crossings rise</h1><p>More than 500 people crossed the Channel on Saturday, "
           "the Home Office said, the highest daily figure this year.</p><p>The French authorities said they "
           "had stopped 200 more people from setting off from beaches near Calais.</p></article></body></html>")
    _write(d, "sources.csv", "file,title,url,publisher,published,licence,note\ngood.txt,From the manifest,,,,,\n"
           "missing.txt,Gone,,,,,\n")
    return d


def test_bad_input_is_logged_and_the_rest_goes_on(bad_corpus):
    docs, _, log = ingest.ingest([bad_corpus])
    by_file = {f.split("/")[-1]: (s, r) for f, s, r in zip(log["file"], log["status"], log["reason"].fillna(""))}
    # files are read in name order: the first of two identical files is kept, the second rejected
    assert by_file["copy-of-good.txt"][0] == "ok"
    status, reason = by_file["good.txt"]
    assert status == "rejected" and reason.startswith("duplicate: same bytes as") and reason.endswith("copy-of-good.txt")
    assert by_file["empty.txt"] == ("rejected", "empty file (0 bytes)")
    assert by_file["picture.txt"][0] == "rejected" and "PNG image" in by_file["picture.txt"][1]
    assert by_file["nul.md"][0] == "rejected" and "NUL" in by_file["nul.md"][1]
    assert by_file["undecodable.txt"][0] == "rejected" and "undecodable" in by_file["undecodable.txt"][1]
    assert by_file["legacy.txt"][0] == "warning" and "cp1252" in by_file["legacy.txt"][1]
    assert by_file["report.pdf"][0] == "rejected" and "unsupported file type .pdf" in by_file["report.pdf"][1]
    assert by_file["badyaml.md"][0] == "rejected" and "not valid YAML" in by_file["badyaml.md"][1]
    assert by_file["baddate.md"][0] == "warning" and "'last Tuesday' is not a date" in by_file["baddate.md"][1]
    assert by_file["missing.txt"][0] == "warning" and "no such file" in by_file["missing.txt"][1]
    assert by_file["sources.csv"][0] == "skipped"
    accepted = set(docs["doc_id"])
    assert accepted == {"copy-of-good", "legacy", "baddate", "page"}
    d = docs.set_index("doc_id")
    assert d.loc["copy-of-good", "title"] == "A good one"
    assert d.loc["legacy", "text"].startswith("Café “quoted” £3m")
    assert pd.isna(d.loc["baddate", "published"])
    assert len(log) == 13  # every file plus the missing manifest row


def test_manifest_wins_over_front_matter(tmp_path):
    _write(tmp_path, "story.md", "---\ntitle: Front matter title\npublished: 2023-08-01\n---\n\nLast month it rained.\n")
    _write(tmp_path, "sources.csv", "file,title,published,licence\nstory.md,Manifest title,2023-08-09,OGL-3.0\n")
    docs, _, log = ingest.ingest([tmp_path])
    story = docs.iloc[0]
    assert (story["title"], story["published"], story["licence"]) == ("Manifest title", "2023-08-09", "OGL-3.0")
    reason = log[log["doc_id"] == "story"]["reason"].iloc[0]
    assert "manifest title 'Manifest title' overrides front matter 'Front matter title'" in reason


def test_html_main_text_via_trafilatura(bad_corpus):
    docs, paras, _ = ingest.ingest([bad_corpus / "page.html"])
    page = docs.iloc[0]
    assert page["title"] == "Channel crossings rise" and page["format"] == "html"
    assert "More than 500 people crossed the Channel" in page["text"]
    assert "Home | News" not in page["text"]
    assert paras["raw_start"].isna().all()


def test_same_name_in_two_folders_keeps_its_folder_in_file_and_doc_id(tmp_path):
    # Changed on purpose (issue 17, row 10): the ids were "story" and "story-2", so adding a
    # file could rename another; now each comes from the file's own path.
    a, b = tmp_path / "in" / "a", tmp_path / "in" / "b"
    a.mkdir(parents=True), b.mkdir()
    _write(a, "story.txt", "One story about the Home Office and Calais.\n")
    _write(b, "story.txt", "Another story about Dover and the Channel.\n")
    docs, _, log = ingest.ingest([tmp_path / "in"])
    assert sorted(zip(docs["doc_id"], docs["file"])) == [("a-story", "in/a/story.txt"), ("b-story", "in/b/story.txt")]
    assert set(log["status"]) == {"ok"}


def test_raw_folder_holds_the_shared_corpus_byte_for_byte():
    shared = config.ROOT.parent / "shared" / "corpus"
    if not shared.is_dir():
        pytest.skip("no ../shared/corpus beside this clone")
    for f in shared.iterdir():
        if f.suffix in (".txt", ".csv"):
            assert (config.RAW / f.name).read_bytes() == f.read_bytes(), f.name
