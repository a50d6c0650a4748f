"""The corpus pipeline behind ``dossier extract`` and the notebooks: files in, tables out.

- :mod:`.run` — orchestration (:func:`extract`);
- :mod:`.cache` — the content cache, :mod:`.codekey` — what code goes into its key;
- :mod:`.engines` (and :mod:`.dask_engine`) — where the per-document analysis runs;
- :mod:`.assembly` — streaming the results into the corpus tables;
- :mod:`.steps` — cross-document steps; :mod:`.layout` — which tables, kept where;
- :mod:`.summary` — the run's summary.
"""

from __future__ import annotations

from . import layout
from .layout import INGEST_TABLES, all_tables, load_tables, project_layout
from .run import extract
from .summary import Summary


def __getattr__(name: str):
    if name in ("ALL_TABLES", "PROJECT_LAYOUT"):  # computed from the registries at each use
        return getattr(layout, name)
    raise AttributeError(name)


__all__ = ["extract", "load_tables", "all_tables", "project_layout", "INGEST_TABLES", "Summary"]
