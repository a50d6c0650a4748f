"""One parsed document and everything the extractors share about it, computed once.

An extractor receives a :class:`DocContext` and returns its rows; the rows of the extractors it
requires are in ``ctx.results``. Sentence and paragraph bounds, the mentions' token map and the
URL spans are computed on first use and then shared, so no extractor recomputes them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc

from ..reference import Reference
from . import spans


@dataclass
class DocContext:
    doc: Doc
    ref: Reference
    published: str | None = None  # YYYY-MM-DD
    publisher: str | None = None
    para_starts: list[int] = field(default_factory=lambda: [0])
    mentions: list = field(default_factory=list)  # extract.entities.Mention, sorted by start
    infos: dict = field(default_factory=dict)  # entity_id -> extract.entities.EntityInfo
    results: dict[str, list[dict]] = field(default_factory=dict)
    fields: dict = field(default_factory=dict)  # labelled lines ingestion separated from the prose ({"infobox": {...}})

    @classmethod
    def from_task(cls, doc: Doc, task: dict, ref: Reference) -> "DocContext":
        """``task`` as the engines send it: ``published``, ``publisher``, ``para_starts``, ``fields``."""
        return cls(doc, ref, task.get("published"), task.get("publisher"), list(task.get("para_starts") or [0]),
                   fields=dict(task.get("fields") or {}))

    # ------------------------------------------------------------------ text and bounds
    @cached_property
    def text(self) -> str:
        return spans.text(self.doc)

    @property
    def sentences(self):
        return spans.sentences(self.doc)

    @property
    def sentence_starts(self) -> list[int]:
        return spans.sentence_starts(self.doc)

    @cached_property
    def para_bounds(self) -> list[tuple[int, int]]:
        """(start, end) of each blank-line separated paragraph of the text."""
        return spans.para_bounds(self.text)

    def sentence_of(self, char: int) -> int:
        return bisect.bisect_right(self.sentence_starts, char) - 1

    def para_of(self, char: int) -> int:
        return bisect.bisect_right(self.para_starts, char) - 1

    @cached_property
    def url_spans(self) -> list[tuple[int, int]]:
        from .urls import url_spans

        return url_spans(self.text)

    # ------------------------------------------------------------------ mentions
    @cached_property
    def mention_at(self) -> dict[int, object]:
        """Token index → the mention covering it."""
        return {i: m for m in self.mentions for i in range(m.start, m.end)}

    @cached_property
    def name_spans(self) -> list[tuple[int, int]]:
        """Character spans of the mentions (digits inside a name are neither dates nor amounts)."""
        return [(r["start"], r["end"]) for r in self.results["mentions"]]

    # ------------------------------------------------------------------ the publisher's voice
    @cached_property
    def publisher_entity(self):
        from .entities import publisher_entity

        return publisher_entity(self.publisher, self.ref)

    @cached_property
    def home_country(self) -> str | None:
        """The publisher's country: a bare "the government" is its government."""
        e = self.publisher_entity
        return e.country if e is not None else None

    @cached_property
    def author(self) -> tuple[str, str] | None:
        """(name, entity_id) of a publisher that speaks in its own voice (a department's release)."""
        from .lexicon import VOICE_KINDS

        e = self.publisher_entity
        return (e.name, e.entity_id) if e is not None and e.kind in VOICE_KINDS else None

    @cached_property
    def voice(self) -> str | None:
        """The entity a first-person "we" outside quotations stands for: the author body, or for a
        parliament's record of ministers' statements, the government of its country."""
        from .lexicon import VOICE_KINDS

        e = self.publisher_entity
        if e is None:
            return None
        if e.kind in VOICE_KINDS:
            return e.entity_id
        if e.kind == "legislature" and e.country:
            return self.ref.government_of.get(e.country)
        return None
