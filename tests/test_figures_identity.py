"""The figures package draws what the single ``figures.py`` module drew, byte for byte.

The module before the split is read from git (commit ``LEGACY_COMMIT``, read-only: ``git show``)
and both draw every figure from the same tables, the package with the settings the module
hard-coded (``test_figures.SETTINGS``). Tables: this suite's hand-made ones and, when they can
be read, the project's committed tables. Every SVG and PNG must be identical, except where a
later change was made on purpose (``CHANGED``, each with its reason).

Run by hand, too: ``python tests/test_figures_identity.py [OUT_DIR]`` prints the sha256 of each
file from both and exits 1 on a difference.
"""

from __future__ import annotations

import hashlib
import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dossier import config, figures  # noqa: E402
from test_figures import SETTINGS, build_tables  # noqa: E402
from test_figures_scale import committed_tables  # noqa: E402

# The seven figures these tests were written for; the sources and claims figures are tested with
# their own tables in tests/test_reuse.py and tests/test_claims.py.
ORIGINAL = ("actors", "numbers", "timeline", "places", "voices", "story", "across_sources")

LEGACY_COMMIT = "69e46b3fb5f4937fc5a43b9f84b5ab10f5df6eb0"  # the last commit with src/dossier/figures.py
# figure -> why it may differ from the module's drawing (none yet)
CHANGED: dict[str, str] = {}


def legacy_module():
    """The pre-split ``dossier.figures`` module, loaded from git under another name."""
    try:
        source = subprocess.run(["git", "show", f"{LEGACY_COMMIT}:src/dossier/figures.py"], cwd=config.ROOT,
                                check=True, capture_output=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    spec = importlib.util.spec_from_loader("dossier._figures_before_split", loader=None)
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "dossier"
    sys.modules[spec.name] = module
    exec(compile(source, "figures.py@" + LEGACY_COMMIT[:7], "exec"), module.__dict__)
    return module


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def compare(tables, out: Path, legacy) -> tuple[dict, dict]:
    legacy.render_all(tables, out / "module")
    figures.render_all(tables, out / "package", SETTINGS)
    return digests(out / "module"), digests(out / "package")


@pytest.fixture(scope="module")
def legacy():
    module = legacy_module()
    if module is None:
        pytest.skip(f"git cannot show {LEGACY_COMMIT[:7]}:src/dossier/figures.py here")
    return module


def check(before: dict, after: dict) -> None:
    after = {name: h for name, h in after.items() if name.split(".")[0] in ORIGINAL}  # figures the module drew
    assert sorted(before) == sorted(after)
    differ = sorted(name for name in before if before[name] != after[name] and name.split(".")[0] not in CHANGED)
    assert not differ, f"drawn differently from the module before the split: {differ}"


def test_package_draws_what_the_module_drew_on_the_test_tables(legacy, tmp_path):
    check(*compare(build_tables(), tmp_path, legacy))


def test_package_draws_what_the_module_drew_on_the_committed_tables(legacy, tmp_path):
    try:
        tables = committed_tables()
    except Exception as exc:  # the tables are rewritten by the pipeline; their absence is not this test's failure
        pytest.skip(f"committed tables not readable: {exc}")
    check(*compare(tables, tmp_path, legacy))


if __name__ == "__main__":
    import tempfile

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
    module = legacy_module()
    failed = False
    for label, tables in (("test tables", build_tables()), ("committed tables", committed_tables())):
        before, after = compare(tables, out / label.replace(" ", "-"), module)
        for name in sorted(before):
            same = before[name] == after[name]
            failed |= not same and name.split(".")[0] not in CHANGED
            print(f"{label:16} {name:22} {before[name][:16]} {after[name][:16]} {'identical' if same else 'DIFFERENT'}")
    raise SystemExit(1 if failed else 0)
