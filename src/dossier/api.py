"""Analyse texts in memory, without files or a cache: what benchmark harnesses, tests and
other tools call when they have strings rather than a corpus folder.

``analyse_texts`` parses the texts with the project's pipeline (``nlp.pipe``, batched) and runs
every registered extractor on each; it yields one ``{table: [row, ...]}`` dict per text, in
order, with the same rows ``dossier extract`` writes (without ``doc_id``; offsets refer to the
text given). ``paragraph_starts`` gives the paragraph offsets every extractor uses (blank lines
separate paragraphs, as in ingested documents).
"""

from __future__ import annotations

from typing import Iterable, Iterator


def paragraph_starts(text: str) -> list[int]:
    starts = [0]
    pos = text.find("\n\n")
    while pos != -1:
        starts.append(pos + 2)
        pos = text.find("\n\n", pos + 2)
    return starts


def make_task(text: str, published: str | None = None, publisher: str | None = None,
              fields: dict | None = None) -> dict:
    return {"text": text, "published": published, "publisher": publisher, "para_starts": paragraph_starts(text),
            "fields": dict(fields or {})}


def analyse_texts(items: Iterable[str | dict], batch_size: int = 32) -> Iterator[dict[str, list[dict]]]:
    """``items``: texts, or dicts with ``text`` and optional ``published`` (YYYY-MM-DD),
    ``publisher`` and ``fields`` (``{"infobox": {field: value}}``). Yields the per-document tables
    of each, in order."""
    from . import nlp, reference
    from .corpus.parse import parse
    from .extract import analyse

    ref = reference.load()
    pipe = nlp.pipeline(ref.version)
    tasks = (make_task(i) if isinstance(i, str) else make_task(i["text"], i.get("published"), i.get("publisher"),
                                                                i.get("fields"))
             for i in items)
    for doc, task in parse(pipe, tasks, batch_size):
        yield analyse(doc, task, ref)


def analyse_text(text: str, published: str | None = None, publisher: str | None = None) -> dict[str, list[dict]]:
    """The per-document tables of one text."""
    return next(analyse_texts([{"text": text, "published": published, "publisher": publisher}]))
