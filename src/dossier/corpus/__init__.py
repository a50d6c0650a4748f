"""The corpus pipeline behind ``dossier extract`` and the notebooks: files in, tables out.

- :mod:`.run` — orchestration (:func:`extract`);
- :mod:`.cache` — the content cache, :mod:`.codekey` — what code goes into its key;
- :mod:`.engines` (and :mod:`.dask_engine`) — where the per-document analysis runs;
- :mod:`.assembly` — streaming the results into the corpus tables;
- :mod:`.steps` — cross-document steps; :mod:`.layout` — which tables, kept where;
- :mod:`.summary` — the run's summary.
"""

from __future__ import annotations

from .layout import ALL_TABLES, INGEST_TABLES, PROJECT_LAYOUT, load_tables
from .run import extract
from .summary import Summary

__all__ = ["extract", "load_tables", "ALL_TABLES", "INGEST_TABLES", "PROJECT_LAYOUT", "Summary"]
