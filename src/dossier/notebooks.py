"""Execute the numbered notebooks and clean them for committing.

``python -m dossier.notebooks run notebooks/01-*.ipynb ...`` runs each notebook top to bottom
in its own kernel (working directory ``notebooks/``, as nbval uses), in place, then removes what
varies between runs and says nothing about the analysis: execution timing metadata and the
interpreter's patch version. Outputs stay, so readers see them on any git host and nbval
can compare them. This is ``make run`` on the shipped corpus.

``python -m dossier.notebooks corpus PATH... --out DIR [--settings FILE]`` runs the same
notebooks on another corpus with papermill, passing ``corpus``, ``out`` and ``settings`` to each
notebook's ``parameters`` cell, and writes the executed copies to ``DIR/notebooks/`` (the
committed notebooks are not touched). Notebooks about the shipped corpus only (metadata
``dossier.corpus == "shipped"``, the case study) are left out. This is ``make run CORPUS=...
OUT=...`` and ``dossier report``.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def clean(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    kept = {k: nb.metadata[k] for k in ("dossier",) if k in nb.metadata}  # the project's own (e.g. a case study)
    nb.metadata = nbformat.NotebookNode({"kernelspec": KERNELSPEC, "language_info": {"name": "python"}, **kept})
    for i, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if "id" not in cell or not cell.get("id"):
            cell["id"] = f"cell-{i:02d}"
        merged = []
        for out in cell.get("outputs", []):
            if out.get("output_type") == "execute_result":
                out.setdefault("metadata", {})
            # the kernel may flush one print in several chunks ("...object" then "\n"): one
            # stream output per run of the same stream, so the saved file does not depend on timing
            if (out.get("output_type") == "stream" and merged and merged[-1].get("output_type") == "stream"
                    and merged[-1].get("name") == out.get("name")):
                merged[-1]["text"] = "".join(merged[-1]["text"]) + "".join(out["text"])
                continue
            merged.append(out)
        if "outputs" in cell:
            cell["outputs"] = merged
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


def numbered(folder: Path | None = None) -> list[Path]:
    from . import config

    return sorted(Path(folder or config.NOTEBOOKS).glob("[0-9][0-9]-*.ipynb"))


def generic(paths: list[Path]) -> list[Path]:
    """The notebooks that run on any corpus (not the shipped corpus's case study)."""
    return [p for p in paths if nbformat.read(p, as_version=4).metadata.get("dossier", {}).get("corpus") != "shipped"]


def execute_on(path: Path, target: Path, parameters: dict, timeout: int = 1800) -> float:
    """Run a notebook with papermill into ``target`` (the source is not changed)."""
    import papermill

    t0 = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    papermill.execute_notebook(str(path), str(target), parameters=parameters, cwd=str(path.parent.resolve()),
                               kernel_name="python3", progress_bar=False, log_output=False, request_save_on_cell_execute=False,
                               execution_timeout=timeout)
    nbformat.write(clean(nbformat.read(target, as_version=4)), target)
    return time.perf_counter() - t0


def run_corpus(corpus: list[Path], out: Path, settings: Path | None = None, notebooks: list[Path] | None = None,
               echo=print) -> list[Path]:
    """Every generic notebook on ``corpus``, writing into ``out`` (see the module docstring)."""
    parameters = {"corpus": [str(Path(c).resolve()) for c in corpus], "out": str(Path(out).resolve()),
                  "settings": str(Path(settings).resolve()) if settings else None}
    done = []
    for path in generic(notebooks or numbered()):
        target = Path(out) / "notebooks" / path.name
        seconds = execute_on(path, target, parameters)
        echo(f"executed {path.name} -> {target} ({seconds:.1f} s)")
        done.append(target)
    return done


def main(argv: list[str]) -> int:
    if argv and argv[0] == "corpus":
        import argparse

        parser = argparse.ArgumentParser(prog="python -m dossier.notebooks corpus")
        parser.add_argument("paths", nargs="+")
        parser.add_argument("--out", required=True)
        parser.add_argument("--settings")
        args = parser.parse_args(argv[1:])
        run_corpus([Path(p) for p in args.paths], Path(args.out), Path(args.settings) if args.settings else None)
        return 0
    if not argv or argv[0] not in ("run", "clean"):
        print("usage: python -m dossier.notebooks run|clean NOTEBOOK... | corpus PATH... --out DIR", file=sys.stderr)
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
