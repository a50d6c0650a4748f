"""``dossier export DIR... --to FORMAT FILE``: the sub-command, kept beside the exports so the
CLI wires it in with one line (``export_command.add_parser(sub)``).

Every output is checked before anything is written: an existing file (or, for SQLite, its
metadata file) is refused unless ``--force``, and the tables are read once for all outputs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import ExportError, find_tables, load

FORMATS = ("sqlite", "gexf", "graphml", "ftm")

DESCRIPTION = """Export the tables written by `dossier extract` (one folder, or several, e.g.
data/interim data/processed) to: sqlite (one database for Datasette, with FILE's
<stem>.metadata.json beside it), gexf or graphml (the entity-relation network for Gephi), ftm
(FollowTheMoney entities as JSON lines, for Aleph). --to can be given several times."""


def add_parser(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("export", help="export the tables to SQLite/Datasette, GEXF/GraphML or FollowTheMoney",
                              description=DESCRIPTION)
    p.add_argument("folders", nargs="+", metavar="DIR", help="folders of tables (CSV + Parquet)")
    p.add_argument("--to", nargs=2, action="append", required=True, metavar=("FORMAT", "FILE"),
                   help=f"output format ({', '.join(FORMATS)}) and file; repeatable")
    p.add_argument("--force", action="store_true", help="replace output files that exist")
    p.add_argument("--title", default=None, help="title of the Datasette instance (default: Dossier)")
    p.add_argument("--quiet", action="store_true", help="print warnings only")
    p.set_defaults(func=run)
    return p


def _outputs(args) -> list[tuple[str, Path]]:
    outs: list[tuple[str, Path]] = []
    for fmt, file in args.to:
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise ExportError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
        outs.append((fmt, Path(file)))
    from .sqlite import metadata_path

    targets = [p for fmt, p in outs] + [metadata_path(p) for fmt, p in outs if fmt == "sqlite"]
    seen: set[Path] = set()
    for t in targets:
        r = t.resolve()
        if r in seen:
            raise ExportError(f"{t} is written twice; give each export its own file")
        seen.add(r)
        if t.is_dir():
            raise ExportError(f"{t} is a folder, not a file")
        if t.exists() and not args.force:
            raise ExportError(f"{t} exists; use --force to replace it")
    for folder in args.folders:
        for t in targets:
            if Path(folder).resolve() == t.resolve():
                raise ExportError(f"{t} is also a table folder")
    return outs


def export(folders, outputs: list[tuple[str, Path]], *, force: bool = False, title: str | None = None) -> tuple[list[str], list[str]]:
    """Run the exports; returns (one summary line per output, warnings)."""
    from . import graph, ftm, sqlite

    tables = load(folders)
    lines, warnings = [], []
    for fmt, path in outputs:
        if fmt == "sqlite":
            s = sqlite.write_sqlite(tables, path, force=force, title=title or sqlite.TITLE)
            lines.append(f"sqlite: {path} ({len(s['tables'])} tables, {sum(s['tables'].values())} rows; "
                         f"Datasette metadata {s['metadata']})")
        elif fmt in graph.FORMATS:
            s = graph.write_graph(tables, path, fmt, force=force)
            lines.append(f"{fmt}: {path} ({s['nodes']} nodes, {s['edges']} edges)")
        else:
            s = ftm.write_ftm(tables, path, force=force)
            lines.append(f"ftm: {path} ({s['entities']} entities: "
                         + ", ".join(f"{n} {k}" for k, n in s["schemata"].items()) + ")")
        warnings.extend(f"{fmt}: {w}" for w in s["warnings"])
    return lines, warnings


def run(args: argparse.Namespace) -> int:
    """Exit status 0 on success, 2 with a message on unusable arguments or input."""
    try:
        outputs = _outputs(args)
        _, notes = find_tables(args.folders)
        lines, warnings = export(args.folders, outputs, force=args.force, title=args.title)
    except ExportError as exc:
        print(f"dossier export: error: {exc}", file=sys.stderr)
        return 2
    for n in notes + warnings:
        print(f"dossier export: warning: {n}", file=sys.stderr)
    if not args.quiet:
        for line in lines:
            print(line)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry (``python -m dossier.export.command``) until the CLI wires it in."""
    parser = argparse.ArgumentParser(prog="dossier")
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser(sub)
    args = parser.parse_args(["export", *(sys.argv[1:] if argv is None else argv)])
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
