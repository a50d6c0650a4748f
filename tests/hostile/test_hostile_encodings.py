"""Issue 17 row 15: UTF-16/32 without a byte-order mark, double-encoded UTF-8 and a file that
mixes UTF-8 and Latin-1 are read correctly, each with a warning saying what was done; the raw
offsets still trace every paragraph back to the decoded raw file."""

from __future__ import annotations

import pytest

from dossier import ingest

from hostile_helpers import check_integrity

TEXT = ("Café owners in Calais said the Home Office’s “new deal” would change little, "
        "a spokesperson told reporters on Monday.\n\nThe minister visited Dover on Tuesday.\n")


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_bom_is_detected(corpus, encoding):
    corpus.write({"wide.txt": TEXT.encode(encoding)})
    docs, paras, log = corpus.ingest()
    status, reason = corpus.log(log)["wide.txt"]
    assert status == "warning" and f"read as {encoding.upper()}" in reason  # was "binary file"
    doc = docs.iloc[0]
    assert doc["encoding"] == encoding and doc["text"] == TEXT.strip().replace("\n\n", "\n\n")
    assert check_integrity(corpus, docs, paras) == 2


def test_utf32_with_bom_is_not_read_as_utf16(corpus):
    corpus.write({"bom32.txt": b"\xff\xfe\x00\x00" + TEXT.encode("utf-32-le")})
    docs, _, log = corpus.ingest()
    assert corpus.log(log)["bom32.txt"] == ("ok", "")
    assert docs.iloc[0]["encoding"] == "utf-32" and docs.iloc[0]["text"].startswith("Café owners")


def test_double_encoded_utf8_is_repaired_and_recorded(corpus):
    mojibake = TEXT.encode("utf-8").decode("cp1252", errors="ignore")
    assert "CafÃ©" in mojibake and "Officeâ€™s" in mojibake
    corpus.write({"moji.txt": mojibake})
    docs, paras, log = corpus.ingest()
    status, reason = corpus.log(log)["moji.txt"]
    assert status == "warning" and "mojibake repaired by ftfy on 1 line(s)" in reason
    assert "'CafÃ©" in reason and "'Café" in reason
    text = docs.iloc[0]["text"]
    assert text.startswith("Café owners") and "Home Office’s" in text and "Ã" not in text
    assert check_integrity(corpus, docs, paras) == 1  # the repaired line is traced by its raw line


def test_utf8_then_latin1_in_one_file_is_repaired(corpus):
    data = ("First part in UTF-8: café, Türkiye and the Home Office’s plan.\n\n".encode("utf-8")
            + "Second part in Latin-1: déjà vu for the minister in Calais.\n".encode("latin-1"))
    corpus.write({"mixed.txt": data})
    docs, paras, log = corpus.ingest()
    status, reason = corpus.log(log)["mixed.txt"]
    assert status == "warning" and "mixed encodings" in reason and "repaired" in reason
    text = docs.iloc[0]["text"]
    assert "café, Türkiye and the Home Office’s plan" in text  # was half mis-decoded
    assert "déjà vu" in text
    check_integrity(corpus, docs, paras)


def test_repair_touches_only_encoding_damage():
    # curly quotes, ligatures, entities and full-width forms are as written, not "fixed"
    line = "“Quoted” ﬁnal &amp; ＡＢＣ — Türkiye"
    assert ingest.repair_line(line) == line
    assert ingest.decode(line.encode("utf-8"))[0] == line
    assert ingest.decode(line.encode("utf-8"))[2] == ""


def test_legacy_single_byte_file_still_guessed(corpus):
    corpus.write({"legacy.txt": "Caf\u00e9 \u201cquoted\u201d \u00a33m for Turkey\u2019s police said on Monday.\n"
                  .encode("cp1252")})
    docs, _, log = corpus.ingest()
    status, reason = corpus.log(log)["legacy.txt"]
    assert status == "warning" and "cp1252" in reason
    assert docs.iloc[0]["text"].startswith("Café “quoted” £3m")
