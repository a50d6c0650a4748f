"""One place for paths. Everything is derived from the project root, never from the working
directory (nbval starts kernels in ``notebooks/``)."""

from __future__ import annotations

import os
from pathlib import Path


def _find_root() -> Path:
    env = os.environ.get("DOSSIER_ROOT")
    if env:
        return Path(env).resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    # Installed non-editable: fall back to the working directory's project, if any.
    cwd = Path.cwd().resolve()
    for parent in (cwd, *cwd.parents):
        if (parent / "pyproject.toml").is_file() and (parent / "data").is_dir():
            return parent
    return cwd


ROOT = _find_root()
DATA = ROOT / "data"
RAW = DATA / "raw"
REFERENCE = DATA / "reference"
INTERIM = DATA / "interim"
PROCESSED = DATA / "processed"
FIGURES = ROOT / "figures"
REPORTS = ROOT / "reports"
NOTEBOOKS = ROOT / "notebooks"
GOLD = ROOT / "tests" / "gold"
CACHE = Path(os.environ.get("DOSSIER_CACHE", ROOT / ".cache" / "dossier"))

ENTITIES_CSV = Path(os.environ.get("DOSSIER_ENTITIES", REFERENCE / "entities.csv"))
BOILERPLATE_CSV = REFERENCE / "boilerplate.csv"
COUNTRIES_GEOJSON = REFERENCE / "ne_110m_admin_0_countries.geojson"
MANIFEST_NAME = "sources.csv"
SETTINGS_NAME = "dossier.yml"  # corpus settings next to the documents (dossier.settings)


def relative(path: Path | str) -> str:
    """A path as shown in tables and outputs: relative to the project root when inside it,
    otherwise just the file name, so no absolute path ever reaches an output."""
    p = Path(path).resolve()
    try:
        return p.relative_to(ROOT).as_posix()
    except ValueError:
        return p.name
