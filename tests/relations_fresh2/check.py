"""Stand-alone checker for tests/relations_fresh2/*.json (imports nothing from dossier).

The checks are tests/relations_fresh/check.py's (fields, the 14 predicates, endpoints listed and
present in the text, verbatim evidence), run with this set's settings: articles from PolNeAR's
train text folder, `split` may only be "dev", and articles of tests/relations_dev,
tests/relations_fresh, tests/relations_unseen and tests/claims_polnear are refused (by file name).

Usage:  python tests/relations_fresh2/check.py [--text-dir DIR ...]
Exit status 0 when every file passes, 1 otherwise.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("relations_fresh_check", HERE.parent / "relations_fresh" / "check.py")
fresh = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fresh)


def main(argv=None) -> int:
    return fresh.main(argv, folder=HERE, splits=("dev",),
                      taken_sets=("relations_dev", "relations_fresh", "relations_unseen", "claims_polnear"),
                      default_text=(fresh.TRAIN_TEXT,), doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
