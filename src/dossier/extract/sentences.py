"""The sentences table: the parser's sentences with the paragraph each starts in."""

from __future__ import annotations

from ..schema import I, S, _t
from .context import DocContext

SENTENCES = _t(
    "sentences",
    "Sentences of each document's `text` (spaCy's parser), the unit quotes and relations are read in.",
    ("doc_id", "sentence"),
    ("doc_id", S, "Document.", False),
    ("sentence", I, "Sentence number in the document, from 0.", False),
    ("start", I, "Offset in `documents.text`.", False),
    ("end", I, "End offset (exclusive).", False),
    ("para", I, "Paragraph the sentence starts in.", False),
    stage="interim",
)


def extract(ctx: DocContext) -> list[dict]:
    return [dict(sentence=i, start=s.start_char, end=s.end_char, para=ctx.para_of(s.start_char))
            for i, s in enumerate(ctx.sentences)]
