"""Stand-alone checker for tests/relations_fresh3/*.json (imports nothing from dossier).

The checks are tests/relations_fresh/check.py's (fields, the 14 predicates, every endpoint listed
in `entities` and occurring in the text, no duplicate triple, every `evidence` verbatim, pieces
joined by "..." in order), run with this set's settings: `split` is "dev" or "aside", texts are
read from PolNeAR's train folder, and an article of any other relations or claims set
(relations_dev, relations_fresh, relations_fresh2, relations_fresh4, relations_unseen,
claims_polnear) is refused.

Usage:  python tests/relations_fresh3/check.py [--text-dir DIR ...]
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

TAKEN_SETS = ("relations_dev", "relations_fresh", "relations_fresh2", "relations_fresh4",
              "relations_unseen", "claims_polnear")


def main(argv=None) -> int:
    return fresh.main(argv, folder=HERE, splits=("dev", "aside"), taken_sets=TAKEN_SETS, doc=__doc__)


if __name__ == "__main__":
    sys.exit(main())
