"""Speakers written next to a quotation without a verb of saying: a name signing it after a dash,
as in collected reactions and epigraphs ("“…” ― Carla Sanchez"), and a name or clause introducing
it with a colon ("Jeffrey M. Jones: “…”", "Sanders delivered a snappy retort: “…”", "Hoff's letter
makes a libertarian-style case: “…”"). Also the speaker next to a verb of saying the parser gave no subject (:func:`loose_speech_subject`,
:func:`left_name`). Moved out of :mod:`.attribution` unchanged (that module had grown past 450
lines).
"""

from __future__ import annotations

from .resolve import Resolver
from .syntax import clause_verb, subject_of
from .lexicon import PRONOUN_LABELS, SPEAKER_LABELS, WRITTEN_NOUNS


DASHES = "―—–"


def dash_signature(res: Resolver, q, text: str, end_tok: int, inside):
    """The name signing a quotation after a dash, as in collected reactions and epigraphs
    ("“…” ― Carla Sanchez"): the mention right after the dash, else its run of proper nouns."""
    after = text[q.end + (1 if q.closed else 0):q.end + 8].lstrip(" .,")
    if not after[:1] or after[0] not in DASHES:
        return None
    doc = res.doc
    toks = [t for t in doc[end_tok:min(len(doc), end_tok + 4)] if not (t.is_punct or t.is_space)]
    if not toks or inside[toks[0].i]:
        return None
    first = toks[0]
    m = res.at.get(first.i)
    if m is not None:
        return doc[m.end - 1] if m.label in SPEAKER_LABELS else None
    if first.pos_ == "PROPN" and first.is_title:
        last = first
        while last.i + 1 < len(doc) and doc[last.i + 1].pos_ == "PROPN" and doc[last.i + 1].is_title \
                and not doc[last.i + 1].is_space:
            last = doc[last.i + 1]
        return last
    return None


def colon_introducer(res: Resolver, voices: "Voices", q, text: str, inside):
    """Who introduces a quotation with a colon when no verb of saying does ("Jeffrey M. Jones:
    “…”", "Sanders delivered a snappy retort: “…”"): the name right before the colon, else the
    named (or pronoun) subject of the clause that ends in it. The colon may end the paragraph before the
    quotation's ("Sanders made the following comment:" then the quoted paragraph)."""
    head = text[:q.open].rstrip()
    if not head.endswith(":") or head.endswith("\n:"):
        return None
    doc = res.doc
    colon = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if colon is None or colon.start == 0 or inside[colon.start]:
        return None
    before = doc[colon.start - 1]
    if before.text == ")":  # "Rep. Trey Gowdy (R-S.C.):"
        opening = next((t for t in doc[max(0, before.i - 8):before.i][::-1] if t.text == "("), None)
        before = doc[opening.i - 1] if opening is not None and opening.i > 0 else before
    m = res.at.get(before.i)
    if m is not None and m.label in ("PERSON", "ORG") and not m.demonym:
        return before
    if m is None and not inside[before.i] and voices.named(before) is not None:
        return before  # a name the model did not tag ("Carl Bialik:")
    # the clause that ends in the colon (the parser may hang it from the quotation's verb), else
    # the sentence's main one
    for verb in (clause_verb(before), before.sent.root):
        subj = subject_of(verb, ("nsubj",)) if verb.pos_ in ("VERB", "AUX") and not inside[verb.i] else None
        if subj is not None and not inside[subj.i] and subj.i < colon.start and (
                voices.named(subj) is not None or (subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they"))
                or (subj.pos_ == "NOUN" and subj.lemma_.lower() in WRITTEN_NOUNS and verb.lemma_ != "be")):
            # "He then listed the qualities needed:" (not "Wait, it gets better:"); a document doing
            # something with its words: "Hoff's letter makes a libertarian-style case:" (not "The
            # message is simple:")
            return subj
    return None


def loose_speech_subject(res: Resolver, v, end_tok: int, inside):
    """The speaker next to a verb of saying the parser gave no subject ("“…,” Trump barked" read
    as a compound, "“…,” Ramos, 58, told AFP"): the first name or pronoun between the closing
    mark and the verb, else a name right after the verb ("said Bolton")."""
    doc = v.doc
    found = []  # mentions of the run of nouns between the mark and the verb
    for t in doc[end_tok:v.i]:
        if inside[t.i] or t.is_punct or t.is_space:
            continue
        if t.i in res.at and res.at[t.i].label in SPEAKER_LABELS:
            found.append(res.at[t.i])
            continue
        if t.lower_ in PRONOUN_LABELS and t.pos_ == "PRON" and not found:
            return t
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            break
    if found:  # "Tulsa police Chief Chuck Jordan said": the person, not the place in the title
        m = next((m for m in reversed(found) if m.label == "PERSON"), found[0])
        return doc[m.end - 1]
    for t in doc[v.i + 1:min(len(doc), v.i + 3)]:
        if t.i in res.at and res.at[t.i].label in SPEAKER_LABELS and not inside[t.i]:
            return doc[res.at[t.i].end - 1]
    return None


def left_name(res: Resolver, v, inside):
    """A name right before a verb of saying that has no subject in the parse ("…, her adviser,
    Jake Sullivan, said: “…" read as an apposition of something earlier)."""
    doc = v.doc
    for i in range(v.i - 1, max(-1, v.i - 4), -1):
        t = doc[i]
        if inside[i]:
            return None
        if t.is_punct or t.is_space:
            continue
        m = res.at.get(i)
        if m is not None and m.label in ("PERSON", "ORG"):
            return doc[m.end - 1]
        break
    # the sentence opens with the name and an apposition: "Trump, who …, said Tuesday that …"
    m = res.at.get(v.sent.start)
    if m is not None and m.label in ("PERSON", "ORG") and m.end < v.i and doc[m.end].text == "," \
            and not inside[m.start]:
        return doc[m.end - 1]
    return None
