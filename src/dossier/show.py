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
    head = f"<h4>{html.escape(title)}</h4>" if title else ""
    return f'<div class="dossier-doc">{head}{body}</div>'
