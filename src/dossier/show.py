"""Displays for the notebooks and the report: documents with their entities highlighted.

Source text is untrusted: everything shown is HTML-escaped (displaCy escapes the text it
renders; titles and labels are escaped here).
"""

from __future__ import annotations

import html

import pandas as pd

# Okabe–Ito colour-blind-safe palette, lightened for backgrounds.
LABEL_COLOURS = {
    "PERSON": "#f5c77e", "ORG": "#9ecae9", "GPE": "#a8dcc6", "LOC": "#a8dcc6", "FAC": "#c6e6b3",
    "NORP": "#f3e58a", "PRODUCT": "#e4b5d0", "LAW": "#f0b08c", "EVENT": "#d3c1e8", "WORK_OF_ART": "#e0e0e0",
}


def entities_html(text: str, mentions: pd.DataFrame, title: str | None = None) -> str:
    """One document with its linked mentions highlighted (label and entity id on each)."""
    from spacy import displacy

    ents = [{"start": int(r.start), "end": int(r.end), "label": f"{r.label} · {r.entity_id}"}
            for r in mentions.sort_values("start").itertuples()]
    colours = {e["label"]: LABEL_COLOURS.get(e["label"].split(" ")[0], "#dddddd") for e in ents}
    body = displacy.render({"text": text, "ents": ents, "title": None}, style="ent", manual=True,
                           jupyter=False, options={"colors": colours})
    head = f"<h4>{html.escape(title)}</h4>" if isinstance(title, str) and title else ""
    return f'<div class="dossier-doc">{head}{body}</div>'


def head(df: pd.DataFrame, n: int = 40, by: list[str] | None = None, ascending=True) -> pd.DataFrame:
    """The first ``n`` rows (after sorting by ``by``), and a line saying how many are not shown:
    the notebooks stay readable for a corpus of thousands of documents."""
    from IPython.display import display

    view = df.sort_values(by, ascending=ascending, kind="mergesort") if by else df
    if len(view) > n:
        display(f"showing {n} of {len(view):,} rows" + (f" (sorted by {', '.join(by)})" if by else "") +
                "; the whole table is in the CSV and Parquet files")
    return view.head(n)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"
