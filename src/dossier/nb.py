"""What every notebook's first cells need.

Each numbered notebook starts with a cell tagged ``parameters`` (papermill's convention)::

    corpus = None    # folder(s) of documents; None: the project's data/raw
    out = None       # where tables, figures and the report go; None: the project's data/ and figures/
    settings = None  # a dossier.yml; None: the one next to the corpus, if any

and then ``run = nb.setup(corpus, out, settings)``, which sets the display options and returns a
:class:`Run`: where this run reads its documents and writes each table and figure. With the
defaults, the shipped corpus into the project's own folders (what ``make run`` commits); with a
corpus and an output folder, ``OUT/data/interim``, ``OUT/data/processed``, ``OUT/figures`` and
``OUT/.cache`` (what ``make run CORPUS=... OUT=...`` and ``dossier report`` write).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import config


@dataclass(frozen=True)
class Run:
    corpus: tuple[Path, ...]
    interim: Path
    processed: Path
    figures: Path
    cache: Path
    settings_file: Path | None = None
    default: bool = True  # the shipped corpus into the project's folders

    def layout(self) -> dict[str, Path]:
        """Where each table goes (by its declared stage)."""
        from .corpus.layout import all_tables
        from .schema import TABLES

        folder = {"interim": self.interim, "processed": self.processed}
        return {name: folder[TABLES[name].stage] for name in all_tables()}

    def load(self, names=None) -> dict:
        from .corpus import load_tables

        return load_tables(names, self.layout())

    def settings(self, tables: dict):
        """The corpus settings: inferred from the tables, overridden by the settings file."""
        from . import settings as settings_mod

        if self.settings_file is not None:
            return settings_mod.load(self.settings_file, tables, required=True)
        for c in self.corpus:
            candidate = (c if c.is_dir() else c.parent) / settings_mod.FILE_NAME
            if candidate.is_file():
                return settings_mod.load(candidate, tables)
        return settings_mod.infer(tables)


def paths(corpus=None, out=None, settings=None) -> Run:
    if isinstance(corpus, (str, Path)):
        corpus = [corpus]
    if corpus is None and out is None:
        return Run((config.RAW,), config.INTERIM, config.PROCESSED, config.FIGURES, config.CACHE,
                   Path(settings) if settings else None, True)
    sources = tuple(Path(c) for c in (corpus or [config.RAW]))
    base = Path(out) if out is not None else config.ROOT / "out"
    return Run(sources, base / "data" / "interim", base / "data" / "processed", base / "figures", base / ".cache",
               Path(settings) if settings else None, False)


def setup(corpus=None, out=None, settings=None) -> Run:
    import pandas as pd

    pd.set_option("display.max_colwidth", 90)
    pd.set_option("display.max_rows", 200)
    pd.set_option("display.width", 200)
    run = paths(corpus, out, settings)
    for folder in (run.interim, run.processed, run.figures):
        folder.mkdir(parents=True, exist_ok=True)
    return run
