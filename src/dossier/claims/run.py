"""Claims for a documents table in memory: every registered extractor plus the two claims
extractors, through the same ``dossier.extract.analyse`` path the corpus runner uses.

Why: the notebook and the tests need the claims tables before (and independently of) the
registry entries that make ``dossier extract`` write them; once those entries exist this gives
the same rows (the extractors are the same functions), just without the cache.
"""

from __future__ import annotations

import pandas as pd

from .. import schema as _schema
from . import extract as cx
from .schema import CLAIM_LINKS, CLAIMS


def claim_extractors():
    """The two registry entries (the lines notes/claims.md asks the lead to add)."""
    from ..extract import Extractor

    return [Extractor("claims", cx.extract, CLAIMS, ("quantities", "quotes", "mentions", "dates")),
            Extractor("claim_links", cx.extract_links, CLAIM_LINKS, ("claims",))]


def corpus_claims(documents: pd.DataFrame, ref=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claims, claim_links) of every document in ``documents`` (doc_id, text, published,
    publisher), in document order, conformed to their schemas."""
    from .. import api, nlp, reference
    from ..extract import EXTRACTORS, analyse, order

    ref = ref or reference.load()
    pipe = nlp.pipeline(ref.version)
    names = {e.name for e in EXTRACTORS}
    extractors = order(list(EXTRACTORS) + [e for e in claim_extractors() if e.name not in names])
    claims, links = [], []
    for d in documents[["doc_id", "text", "published", "publisher"]].astype(object).to_dict("records"):
        published = d["published"] if isinstance(d["published"], str) and d["published"] else None
        publisher = d["publisher"] if isinstance(d["publisher"], str) and d["publisher"] else None
        task = {"published": published, "publisher": publisher, "para_starts": api.paragraph_starts(d["text"])}
        r = analyse(pipe(d["text"]), task, ref, extractors)
        claims += [{"doc_id": d["doc_id"], **c} for c in r["claims"]]
        links += [{"doc_id": d["doc_id"], **c} for c in r["claim_links"]]
    return (_schema.conform(pd.DataFrame(claims, columns=CLAIMS.names), CLAIMS),
            _schema.conform(pd.DataFrame(links, columns=CLAIM_LINKS.names), CLAIM_LINKS))
