"""The shape of the package: the extractor registry, the cache key, no import cycles, small
modules. These hold the promises ARCHITECTURE.md makes to someone adding an extractor."""

from __future__ import annotations

import ast
import json
import re
import shutil
from pathlib import Path

import pytest

import dossier
from dossier import extract
from dossier.corpus import codekey
from dossier.extract.registry import EXTRACTORS, Extractor, order
from dossier.schema import TABLES, Table, _t

PACKAGE = Path(dossier.__file__).parent


def test_the_registry_lists_every_extractor_with_its_table_and_requirements():
    shown = repr(EXTRACTORS)
    for name in ("sentences", "mentions", "dates", "quantities", "quotes", "relations"):
        assert f"Extractor({name!r} -> {name}" in shown
    assert "requires=['mentions', 'dates']" in shown  # quantities
    names = [e.name for e in order(EXTRACTORS)]
    assert names.index("dates") < names.index("quantities") < names.index("relations")
    assert names.index("quotes") < names.index("relations")


def test_an_unknown_requirement_or_a_cycle_is_refused():
    with pytest.raises(ValueError, match="unknown"):
        order([Extractor("a", lambda ctx: [], requires=("nothing",))])
    with pytest.raises(ValueError, match="cycle"):
        order([Extractor("a", lambda ctx: [], requires=("b",)), Extractor("b", lambda ctx: [], requires=("a",))])


def test_every_module_an_extractor_uses_is_in_the_cache_key(tmp_path):
    used = codekey.modules()
    for module in ("dossier.extract.linker", "dossier.extract.syntax", "dossier.extract.lexicon",
                   "dossier.extract.resolve", "dossier.nlp", "dossier.reference", "dossier.text"):
        assert module in used
    # a copy of the package: editing any of those files changes the key, others do not
    copy = tmp_path / "dossier"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = codekey.code_version(copy)
    for name, path in used.items():
        target = copy / path.relative_to(PACKAGE)
        original = target.read_bytes()
        target.write_bytes(original + b"\n# edited\n")
        assert codekey.code_version(copy) != before, name
        target.write_bytes(original)
    assert codekey.code_version(copy) == before
    (copy / "report.py").write_bytes((copy / "report.py").read_bytes() + b"\n# edited\n")
    assert codekey.code_version(copy) == before  # the report does not decide any result


def test_a_corpus_step_edit_changes_the_key_its_cached_result_is_kept_under(tmp_path):
    """The reuse and claims-record steps are cached under the pipeline version (run.py); that
    version covers their code (schema.py collects the steps' tables, so the key's import
    closure reaches them): editing the reuse aligner never serves a stale reuse table."""
    copy = tmp_path / "dossier"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = codekey.code_version(copy)
    for rel in ("reuse/align.py", "reuse/candidates.py", "claims/record.py", "corpus/steps.py"):
        target = copy / rel
        original = target.read_bytes()
        target.write_bytes(original + b"\n# edited\n")
        assert codekey.code_version(copy) != before, rel
        target.write_bytes(original)
    assert codekey.code_version(copy) == before


def test_a_module_added_in_a_subpackage_joins_the_key_when_imported(tmp_path):
    copy = tmp_path / "dossier"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = codekey.code_version(copy)
    (copy / "extract" / "newrules.py").write_text("WORDS = {'a'}\n")
    assert codekey.code_version(copy) == before  # not imported by anything yet
    syntax = copy / "extract" / "syntax.py"
    syntax.write_text(syntax.read_text() + "\nfrom .newrules import WORDS\n")
    with_import = codekey.code_version(copy)
    (copy / "extract" / "newrules.py").write_text("WORDS = {'b'}\n")
    assert codekey.code_version(copy) != with_import != before


TOY = _t("toy_counts", "Test table: one row per document with its number of mentions.", ("doc_id",),
         ("doc_id", "string", "Document.", False), ("n_mentions", "Int64", "Mentions in the document.", False))


def toy_extract(ctx) -> list[dict]:
    return [{"n_mentions": len(ctx.results["mentions"])}]


@pytest.fixture
def toy_registered():
    entry = Extractor("toy_counts", toy_extract, TOY, ("mentions",))
    EXTRACTORS.append(entry)  # the one registry entry a new extractor needs
    yield entry
    EXTRACTORS.remove(entry)


@pytest.mark.slow
def test_a_toy_extractor_needs_one_function_and_one_registry_entry(tmp_path, toy_registered):
    from dossier import cli, corpus
    from dossier.tables import read_table

    src = tmp_path / "in"
    src.mkdir()
    (src / "note.txt").write_text("The Home Office met Frontex in Warsaw.\n\nFrontex said it would help.\n")
    assert cli.main(["extract", str(src), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    toy = read_table("toy_counts", tmp_path / "out")
    mentions = read_table("mentions", tmp_path / "out")
    assert list(toy["n_mentions"]) == [len(mentions)] and len(mentions) >= 3
    assert "toy_counts" in TABLES and isinstance(TABLES["toy_counts"], Table)
    assert corpus.project_layout()["toy_counts"].name == "processed"
    assert "toy_counts" in {t.name for t in extract.tables()}


def _imports(path: Path) -> set[str]:
    """Package modules a file imports at module level (the ones that can form a cycle)."""
    module = ".".join(("dossier", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
    here = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    out = set()
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.ImportFrom) and node.level:
            base = ".".join(here[:len(here) - node.level + 1] + ([node.module] if node.module else []))
            for a in node.names:
                full = f"{base}.{a.name}"
                out.add(full if _file(full) else base)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dossier"):
            out.add(node.module)
    return {m for m in out if _file(m)}


def _file(module: str) -> Path | None:
    base = PACKAGE.joinpath(*module.split(".")[1:])
    for p in (base / "__init__.py", base.with_suffix(".py")):
        if p.is_file():
            return p
    return None


def test_no_import_cycles_at_module_level():
    graph = {}
    for path in PACKAGE.rglob("*.py"):
        module = ".".join(("dossier", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")
        graph[module] = _imports(path) - {module}
    state: dict[str, int] = {}

    def visit(m, path):
        if state.get(m) == 2:
            return
        assert state.get(m) != 1, "import cycle: " + " -> ".join([*path, m])
        state[m] = 1
        for n in sorted(graph.get(m, ())):
            # a package importing its own submodules is not a cycle
            if not n.startswith(m + "."):
                visit(n, [*path, m])
        state[m] = 2

    for m in sorted(graph):
        visit(m, [])


def test_modules_stay_small_or_say_why():
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = path.read_text().count("\n")
        if lines > 450:  # ~400, with room for a docstring
            doc = ast.get_docstring(ast.parse(path.read_text())) or ""
            assert re.search(r"\b(over|more than)\s+4\d\d\s+lines\b", doc), f"{path.relative_to(PACKAGE)}: {lines} lines, no reason given"


def test_the_import_lists_kept_between_runs_never_change_the_key(tmp_path, monkeypatch):
    """codekey keeps each module's import list in the cache by the hash of its bytes: a damaged
    or missing file is rebuilt, and the key is the one computed from the source."""
    from dossier import config

    fresh = codekey.code_version()
    monkeypatch.setattr(config, "CACHE", tmp_path)
    monkeypatch.setattr(codekey, "_KNOWN", None)
    assert codekey.code_version() == fresh
    kept = tmp_path / "codekey-imports.json"
    assert kept.exists() and len(json.loads(kept.read_text())) >= 40
    kept.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(codekey, "_KNOWN", None)
    assert codekey.code_version() == fresh
    monkeypatch.setattr(codekey, "_KNOWN", {k: ["dossier.wrong"] for k in json.loads(kept.read_text())})
    # an entry is used only for the exact bytes it was computed from, so a poisoned entry for
    # unchanged bytes would change the key: the test above shows stored lists equal the parse
    assert codekey.code_version() != fresh
