"""Parsing documents of any length in bounded pieces.

spaCy's memory for one ``nlp(text)`` grows with the text (the network's activations for the
whole document) and it refuses texts over ``nlp.max_length``. A document longer than
:data:`PIECE_CHARS` characters is therefore parsed as paragraph-aligned pieces of at most that
many characters, in the same ``nlp.pipe`` stream as the other documents, and the pieces are
joined with ``Doc.from_docs`` into one ``Doc`` whose text is exactly the document's text (the
pieces keep their separating blank lines). The extractors then read that one ``Doc`` as usual,
so everything that reaches across paragraphs (antecedents, acronyms defined earlier, a speaker
carried over, the entity clusters) works across pieces as it does within one.

What a piece boundary changes: the parser sees each piece on its own, so the few tokens either
side of a boundary are tagged without the context beyond it. Boundaries sit at blank lines,
where a sentence always ends (``nlp.paragraph_breaks``), so this rarely changes anything
(tested on the corpus documents concatenated). A single paragraph longer than a piece is cut
at the last sentence end (". ") before the limit, else at the last space.

A document over :data:`MAX_CHARS` (``DOSSIER_MAX_CHARS``, default 50 million characters) is
not parsed: it is rejected with that reason.
"""

from __future__ import annotations

import os
from typing import Iterable, Iterator

PIECE_CHARS = int(os.environ.get("DOSSIER_PIECE_CHARS", 20_000))
# At most this many characters go through the network in one batch: spaCy's working memory
# grows with the batch's text, so this (not the document's length) bounds it.
BATCH_CHARS = int(os.environ.get("DOSSIER_BATCH_CHARS", 100_000))
MAX_CHARS = int(os.environ.get("DOSSIER_MAX_CHARS", 50_000_000))


def too_long(text: str, limit: int | None = None) -> str | None:
    limit = MAX_CHARS if limit is None else limit
    if len(text) > limit:
        return (f"document too long: {len(text):,} characters of text, over the limit of {limit:,} "
                f"(set DOSSIER_MAX_CHARS to raise it)")
    return None


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """The text cut into consecutive pieces of at most ``size`` characters, at blank lines where
    possible; ``"".join(pieces(text)) == text``."""
    if len(text) <= size:
        return [text]
    out: list[str] = []
    start = 0
    n = len(text)
    while n - start > size:
        limit = start + size
        cut = text.rfind("\n\n", start + 1, limit)
        if cut != -1:
            end = cut + 2
            while end < n and end - start < size and text[end] == "\n":  # keep a run of blank lines together
                end += 1
        else:
            cut = text.rfind(". ", start + 1, limit - 1)
            if cut == -1:
                cut = text.rfind(" ", start + 1, limit)
                end = cut + 1 if cut != -1 else limit
            else:
                end = cut + 2
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def parse(nlp, tasks: Iterable[dict], batch_size: int = 32, size: int = PIECE_CHARS,
          batch_chars: int = BATCH_CHARS) -> Iterator[tuple[object, dict]]:
    """(Doc, task) for each task, in order; long texts parsed piecewise (see module docstring).
    Pieces go to ``nlp.pipe`` in batches of at most ``batch_size`` pieces and about
    ``batch_chars`` characters."""
    from spacy.tokens import Doc

    def stream():
        for i, task in enumerate(tasks):
            parts = pieces(task["text"], size)
            for k, part in enumerate(parts):
                yield part, (i, k == len(parts) - 1, task)

    def batches():
        batch, chars = [], 0
        for item in stream():
            if batch and (len(batch) >= batch_size or chars + len(item[0]) > batch_chars):
                yield batch
                batch, chars = [], 0
            batch.append(item)
            chars += len(item[0])
        if batch:
            yield batch

    held: list = []
    for batch in batches():
        for doc, (i, last, task) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            if last and not held:
                yield doc, task
                continue
            held.append(doc)
            if last:
                joined = Doc.from_docs(held, ensure_whitespace=False)
                held = []
                yield joined, task
