"""The rendered report: the executed notebooks as HTML pages and an index page with the story
in a paragraph, the figures, and links to every notebook and table.

``python -m dossier.report [--hide-code]`` (``make report``) writes ``reports/``. Pages open
offline: the notebook template fetches nothing from the network, figures are copied beside the
index. Everything taken from the sources (titles, names, quoted words) is HTML-escaped.
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
from pathlib import Path

import pandas as pd

from . import config, corpus
from . import figures as figure_registry

TEMPLATES = Path(__file__).parent / "templates"
CSS = """
body { font-family: "DejaVu Sans", Verdana, sans-serif; max-width: 62rem; margin: 2rem auto; padding: 0 1rem;
       color: #1d1d1d; line-height: 1.5; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
figure { margin: 1.5rem 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption { font-size: 0.9rem; color: #444; }
table { border-collapse: collapse; font-size: 0.9rem; } td, th { padding: 0.2rem 0.6rem; border-bottom: 1px solid #eee; text-align: left; }
.story { font-size: 1.05rem; background: #f7f7f4; padding: 1rem 1.2rem; border-left: 4px solid #0072B2; }
""".strip()


def e(value) -> str:
    """Escape a value taken from the data for HTML (a missing value is an empty string)."""
    try:
        missing = value is None or bool(pd.isna(value))
    except (TypeError, ValueError):  # a list or array is not missing
        missing = False
    return "" if missing else html.escape(str(value))


# --------------------------------------------------------------------------- notebooks

def notebook_title(path: Path) -> str:
    import nbformat

    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def render_notebooks(out: Path, hide_code: bool = False, notebooks: list[Path] | None = None) -> list[Path]:
    from nbconvert import HTMLExporter

    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input = hide_code
    exporter.exclude_input_prompt = hide_code
    exporter.exclude_output_prompt = hide_code
    written = []
    for nb in notebooks or sorted(config.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb")):
        body, _ = exporter.from_filename(str(nb), resources={"metadata": {"name": nb.stem}})
        target = out / f"{nb.stem}.html"
        target.write_text(body, encoding="utf-8")
        written.append(target)
    return written


# --------------------------------------------------------------------------- the story

def _names(entities: pd.DataFrame) -> dict[str, str]:
    return dict(zip(entities["entity_id"], entities["name"]))


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def story(tables: dict[str, pd.DataFrame]) -> str:
    """The corpus in a paragraph, written from the tables (plain text, to be escaped)."""
    docs, ents = tables["documents"], tables["entities"]
    names = _names(ents)
    published = docs["published"].dropna().sort_values()
    span = f", published between {published.iloc[0]} and {published.iloc[-1]}" if len(published) else ""
    parts = [f"{len(docs)} documents from {docs['publisher'].nunique()} publishers{span}, "
             f"mention {len(ents)} entities {len(tables['mentions'])} times."]
    actors = ents[ents["type"].isin(["ORG", "PERSON"])].sort_values(["n_docs", "n_mentions", "entity_id"],
                                                                     ascending=[False, False, True])
    places = ents[ents["type"].isin(["GPE", "LOC", "FAC"])].sort_values(["n_mentions", "entity_id"],
                                                                        ascending=[False, True])
    if len(actors):
        parts.append(f"The actors named most widely are {_join(list(actors['name'].head(4)))}; "
                     f"the places, {_join(list(places['name'].head(4)))}.")
    rel = tables["relations"]
    if len(rel):
        counts = rel["predicate"].value_counts()
        # actors acting on actors first; where things are located is the least of the story
        order = sorted(counts.index, key=lambda p: (p in ("located_in", "part_of"), -counts[p], p))
        examples = []
        for pred in order[:3]:
            r = rel[rel["predicate"] == pred].iloc[0]
            amount = f" ({r['quantity_text']})" if isinstance(r["quantity_text"], str) else ""
            examples.append(f"{names.get(r['subject_entity_id'], r['subject_entity_id'])} "
                            f"{pred.replace('_', ' ')} {names.get(r['object_entity_id'], r['object_entity_id'])}{amount}")
        parts.append(f"The texts state {len(rel)} relations between actors, for example: {'; '.join(examples)}.")
    q = tables["quantities"]
    money = q[(q["kind"] == "money") & q["value"].notna()]
    if len(money):
        top = money.sort_values("value", ascending=False).iloc[0]
        parts.append(f"Of {len(q)} figures, {len(money)} are sums of money, the largest {top['text']}"
                     f"{' ' + top['period'] if isinstance(top['period'], str) else ''}.")
    quotes = tables["quotes"]
    if len(quotes):
        speakers = quotes["speaker_entity_id"].map(names).dropna().value_counts()
        unattributed = int(quotes["speaker"].isna().sum())
        parts.append(f"{len(quotes)} quotations are reported; most are attributed to "
                     f"{_join(list(speakers.index[:3]))}, and {unattributed} to no named source.")
    return " ".join(parts)


# --------------------------------------------------------------------------- the index

# The captions and their order come from the figure registry.
FIGURE_CAPTIONS = figure_registry.CAPTIONS


SOURCES_SHOWN = 200  # rows of the sources table on the index page; the rest are in documents.csv


def index_html(tables: dict[str, pd.DataFrame], notebooks: list[tuple[str, str]], figures: list[tuple[str, str]],
               table_links: list[tuple[str, str, int]], hide_code: bool, title: str = "") -> str:
    docs = tables["documents"]
    rows = "\n".join(
        f"<tr><td>{e(d.title)}</td><td>{e(d.publisher)}</td><td>{e(d.published) or 'unknown'}</td><td>{e(d.licence)}</td></tr>"
        for d in docs.head(SOURCES_SHOWN).itertuples())
    if len(docs) > SOURCES_SHOWN:
        rows += f'\n<tr><td colspan="4">… and {len(docs) - SOURCES_SHOWN:,} more documents (see documents.csv)</td></tr>'
    heading = f"Dossier: {title}" if title else "Dossier: documents as linked tables and figures"
    nb_items = "\n".join(f'<li><a href="{e(href)}">{e(title)}</a></li>' for title, href in notebooks)
    fig_items = "\n".join(
        f'<figure><img src="{e(src)}" alt="{e(FIGURE_CAPTIONS.get(name, name))}">'
        f"<figcaption>{e(FIGURE_CAPTIONS.get(name, name))} "
        f'(<a href="{e(src[:-4] + ".svg")}">SVG</a>)</figcaption></figure>'
        for name, src in figures)
    table_items = "\n".join(f'<li><a href="{e(href)}">{e(name)}</a> ({n} rows)</li>' for name, href, n in table_links)
    code_note = "Code cells are hidden in these pages." if hide_code else "The notebook pages show code and outputs."
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>{e(heading)}</title>
<style>{CSS}</style>
</head>
<body>
<h1>{e(heading)}</h1>
<p class="story">{e(story(tables))}</p>
<h2>Sources</h2>
<table><thead><tr><th>document</th><th>publisher</th><th>published</th><th>licence</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<h2>Figures</h2>
{fig_items or "<p>No figures have been written yet: run <code>make run</code>.</p>"}
<h2>Notebooks, in order</h2>
<p>{e(code_note)}</p>
<ol>
{nb_items}
</ol>
<h2>Tables</h2>
<p>CSV files, one row per item, every row traceable to its document and character span (columns are
described in <code>data/README.md</code>).</p>
<ul>
{table_items}
</ul>
</body>
</html>
"""


def build(hide_code: bool = False, out: Path = config.REPORTS, run=None, notebooks: list[Path] | None = None) -> Path:
    """The report of a run (default: the shipped corpus in the project's folders, its committed
    notebooks) into ``out``: notebook pages, figures, links to every table."""
    import os

    from . import nb

    run = run or nb.paths()
    tables = run.load()
    if out.exists():
        shutil.rmtree(out)
    sources = notebooks or sorted(config.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    pages = render_notebooks(out / "notebooks", hide_code=hide_code, notebooks=sources)
    by_stem = {p.stem: p for p in sources}
    notebooks = [(notebook_title(by_stem[p.stem]), f"notebooks/{p.name}") for p in pages]
    figures = []
    (out / "figures").mkdir(parents=True)
    order = list(figure_registry.NAMES)  # the registry's order; others after, by name
    for png in sorted(Path(run.figures).glob("*.png"),
                      key=lambda p: (order.index(p.stem) if p.stem in order else len(order), p.stem)):
        shutil.copy2(png, out / "figures" / png.name)
        svg = png.with_suffix(".svg")
        if svg.exists():
            shutil.copy2(svg, out / "figures" / svg.name)
        figures.append((png.stem, f"figures/{png.name}"))
    table_links = []
    for name, folder in run.layout().items():
        if name not in tables:
            continue
        if run.default:  # the project's report in reports/, beside data/
            rel = Path("..") / Path(folder).relative_to(config.ROOT) / f"{name}.csv"
        else:  # a corpus's report in OUT/report, beside OUT/data
            rel = Path(os.path.relpath(Path(folder) / f"{name}.csv", out))
        table_links.append((name, rel.as_posix(), len(tables[name])))
    index = out / "index.html"
    title = run.settings(tables).title
    index.write_text(index_html(tables, notebooks, figures, table_links, hide_code, title), encoding="utf-8")
    (out / "manifest.json").write_text(json.dumps({"pages": [p.name for p in pages],
                                                   "figures": [f for _, f in figures]}, indent=1) + "\n")
    return index


def report_corpus(paths: list[Path], out: Path, settings: Path | None = None, hide_code: bool = False, echo=print) -> Path:
    """``dossier report``: the whole analysis of any corpus into ``out`` (tables, executed
    notebooks, figures, the report in ``out/report``)."""
    from . import nb, notebooks

    done = notebooks.run_corpus(paths, out, settings, echo=echo or (lambda line: None))
    return build(hide_code=hide_code, out=Path(out) / "report", run=nb.paths(paths, out, settings), notebooks=done)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dossier.report", description=__doc__.splitlines()[0])
    parser.add_argument("--hide-code", action="store_true", help="render the notebooks without their code cells")
    args = parser.parse_args(argv)
    index = build(hide_code=args.hide_code)
    print(f"wrote {config.relative(index)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
