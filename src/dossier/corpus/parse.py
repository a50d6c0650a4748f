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

Memory: the model's ``tok2vec`` leaves a tensor of 96 floats per token on every ``Doc``
(``doc.tensor``, 384 bytes a token, more than the tokens themselves: 325 MiB for a 5 MB document,
twice over while the pieces are joined). No extractor reads it (they use the tags, the parse and
the entities; nothing asks for vectors or similarity), so it is dropped as each ``Doc`` leaves
the pipeline. A piece is then kept only as its array of token attributes (:func:`piece_array`),
and the arrays become one ``Doc`` at the document's end (:func:`join`, equal to
``Doc.from_docs`` of the pieces): a 5 MB document peaks at about 0.6 GB instead of 1.6 GB.

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
    def stream():
        for i, task in enumerate(tasks):
            parts = pieces(task["text"], size)
            if len(parts) > 1:
                trim_heap()  # what reading the long text left freed, before the batches allocate
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

    held: list = []  # the annotations of the pieces parsed so far, one array per piece
    for batch in batches():
        for doc, (i, last, task) in nlp.pipe(batch, as_tuples=True, batch_size=len(batch)):
            drop_tensor(doc)
            if last and not held:
                yield doc, task
                continue
            held.append(piece_array(doc))
            del doc
            if len(held) % TRIM_EVERY == 0:
                trim_heap()
            if last:
                trim_heap()  # the batches' working memory, before the joined Doc is built
                # not bound to a name here: while the caller works on the joined Doc and this
                # generator parses the next documents, it is not kept alive by the generator
                yield join(nlp.vocab, held), task


TRIM_EVERY = 8  # pieces of a long document between two returns of freed heap memory to the system


def trim_heap() -> None:
    """Give the memory freed since the last call back to the operating system (glibc's
    ``malloc_trim``; nothing elsewhere). Parsing a long document frees each piece's activations
    and ``Doc`` as it goes, but the allocator keeps the freed blocks in the process's heap, so
    the resident size would grow with the document instead of staying at one batch's worth."""
    global _TRIM
    if _TRIM is None:
        try:
            import ctypes

            _TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):
            _TRIM = False
    if _TRIM:
        _TRIM(0)


_TRIM = None


def piece_array(doc):
    """A parsed piece as the array ``Doc.from_docs`` would take from it (every token attribute
    a ``DocBin`` keeps: text, whitespace, tags, morphology, lemma, head, dependency, entities),
    about 120 bytes a token instead of the ``Doc``'s ~240. A piece carrying what the array does
    not hold (``doc.spans``, ``doc.user_data``: this pipeline sets neither) is refused rather
    than joined without it."""
    from spacy.tokens import Doc

    if len(doc.spans) or doc.user_data:
        raise ValueError("a parsed piece has doc.spans or doc.user_data, which joining pieces would lose: "
                         "parse this document whole (raise DOSSIER_PIECE_CHARS) or extend corpus.parse.join")
    return doc.to_array(list(Doc._get_array_attrs()))


def join(vocab, held: list):
    """One ``Doc`` of the pieces' arrays in ``held`` (emptied on the way, so each is freed as
    soon as it is copied): what ``Doc.from_docs(pieces, ensure_whitespace=False,
    exclude=("tensor",))`` builds, without keeping every piece's ``Doc`` until the end."""
    import numpy
    from spacy.attrs import ORTH, SPACY
    from spacy.tokens import Doc

    attrs = list(Doc._get_array_attrs())
    # copied piece by piece into one array, each piece dropped once copied: the peak is the
    # joined array plus one piece, not twice the document (numpy.concatenate keeps every piece)
    array = numpy.empty((sum(len(a) for a in held), len(attrs)), dtype=held[0].dtype)
    held.reverse()
    pos = 0
    while held:
        piece = held.pop()
        array[pos:pos + len(piece)] = piece
        pos += len(piece)
        del piece
    # one str per distinct token text, shared by its occurrences (a str per token is ~50 bytes
    # a token more at 5 MB of text)
    orths, inverse = numpy.unique(array[:, attrs.index(ORTH)], return_inverse=True)
    strings = vocab.strings
    texts = [strings[o] for o in orths.tolist()]
    words = list(map(texts.__getitem__, inverse))
    del inverse
    spaces = array[:, attrs.index(SPACY)].astype(bool).tolist()
    joined = Doc(vocab, words=words, spaces=spaces)
    del words, spaces
    joined.from_array(attrs, array)
    return joined


def drop_tensor(doc) -> None:
    """Free the tok2vec activations a parsed ``Doc`` keeps (see the module docstring)."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")  # what an unparsed Doc has
