"""What every notebook's first cell needs: ``from dossier import nb; nb.setup()``.

Display options for tables wide enough to read a span of text, and nothing else: the notebooks
import the package modules they use themselves, so a reader sees where each function comes from.
"""

from __future__ import annotations


def setup() -> None:
    import pandas as pd

    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.width", 200)
