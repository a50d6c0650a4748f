"""A researcher's own corpus: the generic notebooks name nothing of the shipped corpus, and
`dossier report` refuses unusable input with a message and exit status 2 before any work."""

from __future__ import annotations

import re

import nbformat
import pytest

from dossier import cli, config, notebooks, reference

GENERIC = notebooks.generic(notebooks.numbered())


def _sources(path) -> str:
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells)


def test_the_case_study_is_the_only_notebook_about_the_shipped_corpus():
    names = {p.name for p in notebooks.numbered()} - {p.name for p in GENERIC}
    assert names == {"09-case-study.ipynb"}
    assert len(GENERIC) >= 6


@pytest.mark.parametrize("path", GENERIC, ids=lambda p: p.name)
def test_generic_notebooks_name_no_document_country_or_party(path):
    text = _sources(path)
    doc_ids = {p.stem for p in config.RAW.iterdir() if p.suffix in (".txt", ".md", ".html")}
    ref = reference.load()
    names = set()
    for e in ref.entities.values():
        if e.kind in ("country", "political party", "government") or e.type == "NORP":
            names.update(s for s in (*e.surfaces, *e.demonyms) if len(s) > 3)
    found = sorted(d for d in doc_ids if d in text)
    found += sorted(n for n in names if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text))
    assert not found, f"{path.name} names {found}"


def test_generic_notebooks_take_the_corpus_as_a_parameter():
    for path in GENERIC:
        nb = nbformat.read(path, as_version=4)
        tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, path.name
        assert {"corpus", "out", "settings"} <= set(re.findall(r"^(\w+) =", tagged[0].source, re.M)), path.name


def _exit_code(argv) -> int:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    return exc.value.code


def test_report_refuses_unusable_input_with_status_2(tmp_path, capsys):
    assert _exit_code(["report", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    assert "no such corpus folder" in capsys.readouterr().err
    empty = tmp_path / "empty"
    empty.mkdir()
    assert _exit_code(["report", str(empty), "--out", str(tmp_path / "o")]) == 2
    assert "no documents" in capsys.readouterr().err
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The minister visited Athens.\n")
    assert _exit_code(["report", str(corpus), "--out", str(tmp_path / "o"), "--settings", str(tmp_path / "nope.yml")]) == 2
    assert "nope.yml" in capsys.readouterr().err
    (corpus / "dossier.yml").write_text("titel: A typo\n")
    assert _exit_code(["report", str(corpus), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "titel" in err and "unknown setting" in err and "Traceback" not in err
    (corpus / "dossier.yml").write_text("title: [unclosed\n")
    assert _exit_code(["report", str(corpus), "--out", str(tmp_path / "o")]) == 2
    assert "not valid YAML" in capsys.readouterr().err
    (corpus / "dossier.yml").unlink()
    assert _exit_code(["report", str(corpus), "--out", str(corpus / "analysis")]) == 2
    assert "inside the corpus folder" in capsys.readouterr().err


def test_saved_notebooks_join_a_streams_chunks():
    """One print may reach the notebook in several chunks, depending on timing: the saved
    notebook has one output per run of the same stream, so it is the same file every run."""
    import nbformat

    from dossier.notebooks import clean

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print('a'); print('b')")
    cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text="17 of 24"),
                    nbformat.v4.new_output("stream", name="stdout", text="\n"),
                    nbformat.v4.new_output("stream", name="stderr", text="warning\n"),
                    nbformat.v4.new_output("stream", name="stdout", text="b\n")]
    nb.cells = [cell]
    outs = clean(nb).cells[0].outputs
    assert [(o.name, o.text) for o in outs] == [("stdout", "17 of 24\n"), ("stderr", "warning\n"), ("stdout", "b\n")]
