"""What part of the code decides a document's result: the modules the extractors import,
followed recursively through the package's own imports (read from the source, not from what
happens to be loaded), so a module moved or added anywhere under ``dossier`` is in the cache
key the moment an extractor imports it.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # src/dossier
# Where the per-document results come from: the extractors, the spaCy pipeline, the reference.
ROOTS = ("dossier.extract", "dossier.nlp", "dossier.reference")


def _module_file(name: str, package: Path) -> Path | None:
    parts = name.split(".")[1:]
    base = package.joinpath(*parts) if parts else package
    if (base / "__init__.py").is_file():
        return base / "__init__.py"
    if base.with_suffix(".py").is_file():
        return base.with_suffix(".py")
    return None


# The import lists of modules already read, by the SHA-256 of the module's name and bytes (so an
# edit is always read again), kept in the user cache between runs: parsing ~70 modules with
# ``ast`` costs most of a second at every start-up otherwise.
_KNOWN: dict[str, list[str]] | None = None
_CHANGED = False


def _known_path() -> Path:
    from .. import config

    return Path(config.CACHE) / "codekey-imports.json"


def _known() -> dict[str, list[str]]:
    global _KNOWN
    if _KNOWN is None:
        try:
            _KNOWN = json.loads(_known_path().read_text(encoding="utf-8"))
            if not isinstance(_KNOWN, dict):
                _KNOWN = {}
        except (OSError, ValueError):
            _KNOWN = {}
    return _KNOWN


def _save_known() -> None:
    global _CHANGED
    if not _CHANGED:
        return
    path = _known_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(_known(), sort_keys=True), encoding="utf-8")
        tmp.replace(path)
        _CHANGED = False
    except OSError:
        pass  # a read-only cache only costs the parse next time


def _imports(path: Path, module: str, package: Path) -> set[str]:
    """Modules of the package that ``path`` (module ``module``) imports, anywhere in the file."""
    global _CHANGED
    data = path.read_bytes()
    digest = hashlib.sha256(module.encode() + b"\0" + data).hexdigest()
    known = _known()
    if isinstance(known.get(digest), list) and all(isinstance(m, str) for m in known[digest]):
        return set(known[digest])
    out = _parse_imports(data, path, module)
    known[digest] = sorted(out)
    _CHANGED = True
    return out


def _parse_imports(data: bytes, path: Path, module: str) -> set[str]:
    is_pkg = path.name == "__init__.py"
    here = module.split(".") if is_pkg else module.split(".")[:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(data, filename=str(path))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.split(".")[0] == "dossier")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "dossier":
                continue
            out.add(target)
            out.update(f"{target}.{a.name}" for a in node.names)  # "from . import dates"
    return out


def modules(package: Path = PACKAGE, roots=ROOTS) -> dict[str, Path]:
    """The modules the roots import, recursively: {module name: file}."""
    found: dict[str, Path] = {}
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in found:
            continue
        path = _module_file(name, package)
        if path is None:
            continue  # a name imported from a module, not a module
        found[name] = path
        parts = name.split(".")
        for i in range(2, len(parts)):  # importing a.b.c runs a/b/__init__.py
            stack.append(".".join(parts[:i]))
        stack.extend(_imports(path, name, package))
    _save_known()
    return dict(sorted(found.items()))


def code_version(package: Path = PACKAGE) -> str:
    h = hashlib.sha256()
    for name, path in modules(package).items():
        h.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


# Reviewed data the extractors read besides the entity table (which has its own, incremental
# versioning): an edit of any of these reprocesses every document.
EXTRACTION_DATA = ("statistic_vocabulary.csv", "part_of.csv")


def data_version() -> str:
    from importlib.metadata import version as package_version

    from .. import config

    h = hashlib.sha256(f"quantulum3=={package_version('quantulum3')}".encode())  # its unit dictionaries
    for name in EXTRACTION_DATA:
        path = config.REFERENCE / name
        h.update(name.encode() + b"\0" + (path.read_bytes() if path.exists() else b"") + b"\0")
    return h.hexdigest()[:16]


def version(package: Path = PACKAGE) -> str:
    """What besides the document and the entity table decides the result: code, model, the
    reviewed data in :data:`EXTRACTION_DATA`, GeoNames and the given-name lists. (The entity
    table's version is kept beside each cached result, so that an edit of the table reprocesses
    only the documents it affects: see :class:`dossier.corpus.cache.Cache`.)"""
    from .. import geo, nlp
    from ..extract import name_types

    return hashlib.sha256(f"{code_version(package)}|{nlp.model_version()}|{data_version()}|{geo.data_version()}"
                          f"|{name_types.data_version()}".encode()).hexdigest()[:16]
