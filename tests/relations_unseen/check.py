"""Stand-alone checker for tests/relations_unseen/*.json (imports nothing from dossier).

The checks are tests/relations_fresh/check.py's, run with this set's settings: the article may
come from PolNeAR's train or dev text folder, `split` may only be "aside" (this set is scored
once, as a total), and articles of tests/relations_fresh are refused as well.

Checks, for every annotation file:
  - the top-level fields (file, split "aside", entities, relations) and their types;
  - every entity has a non-empty `name` and a list of string `aliases`; names are unique and no
    alias is shared by two entities (after light normalisation);
  - every relation has subject, predicate, object and evidence (strings), `optional` (if present)
    is a bool, the predicate is one of the 14 of the vocabulary, subject != object, and the same
    (subject, predicate, object) is not annotated twice;
  - every subject and object is listed in `entities`, and the name or one alias occurs in the text
    (case-insensitive), so the scorer can recognise it;
  - every `evidence` occurs verbatim in the article text; "..." (or "…") joins pieces, each of
    which must occur, in order. Runs of whitespace are compared as one space.
  - the article is not one of tests/relations_dev, tests/relations_fresh or tests/claims_polnear.

Usage:  python tests/relations_unseen/check.py [--text-dir DIR ...]
The texts are read in place from the --text-dir folders (repeatable; the first that holds the
file wins), else $DOSSIER_EXTERNAL/polnear-dev/data/train/text and .../data/dev/text
(default /work/shared/external/...). Example: an article named
usa-today_2016-09-16_hold-melania-trump-to-her-husban.txt is found in data/dev/text.
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
    return fresh.main(argv, folder=HERE, splits=("aside",),
                      taken_sets=("relations_dev", "relations_fresh", "claims_polnear"),
                      default_text=(fresh.TRAIN_TEXT, fresh.DEV_TEXT), doc=__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
