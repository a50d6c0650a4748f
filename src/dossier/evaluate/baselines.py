"""The peer a researcher would otherwise use, scored with the same rules: off-the-shelf spaCy."""

from __future__ import annotations

import pandas as pd


def baseline_tables(documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """What off-the-shelf spaCy gives on the same texts: the model's entity spans as they
    come, with no linking (grouped by their text), for comparison with the pipeline."""
    from .. import nlp as nlp_mod

    model = nlp_mod.load_model()
    rows = []
    for doc_id, doc in zip(documents["doc_id"], model.pipe(documents["text"])):
        rows.extend(dict(doc_id=doc_id, start=e.start_char, end=e.end_char, text=e.text, label=e.label_, entity_id=None)
                    for e in doc.ents)
    return {"mentions": pd.DataFrame(rows), "entities": pd.DataFrame(columns=["entity_id", "name", "aliases", "type"])}
