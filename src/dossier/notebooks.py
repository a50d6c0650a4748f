"""Execute the numbered notebooks in place and clean them for committing.

``python -m dossier.notebooks run notebooks/01-*.ipynb ...`` runs each notebook top to bottom
in its own kernel (working directory ``notebooks/``, as nbval uses), then removes what varies
between runs and says nothing about the analysis: execution timing metadata and the
interpreter's patch version. Outputs stay, so readers see them on any git host and nbval
can compare them.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    nb.metadata = nbformat.NotebookNode({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}})
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if "id" not in cell or not cell.get("id"):
            cell["id"] = f"cell-{i:02d}"
        for out in cell.get("outputs", []):
            if out.get("output_type") == "execute_result":
                out.setdefault("metadata", {})
    return nb


def execute(path: Path, timeout: int = 900) -> float:
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent.resolve())}})
    client.execute()
    nbformat.write(clean(nb), path)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "clean"):
        print("usage: python -m dossier.notebooks run|clean NOTEBOOK...", file=sys.stderr)
        return 2
    for name in argv[1:]:
        path = Path(name)
        if argv[0] == "run":
            seconds = execute(path)
            print(f"executed {path} ({seconds:.1f} s)")
        else:
            nbformat.write(clean(nbformat.read(path, as_version=4)), path)
            print(f"cleaned {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
