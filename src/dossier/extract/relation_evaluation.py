"""Criticism stated by an evaluative word: "X said the Act was unlawful", "X called the scheme
inhumane", "X described the plan as a shambles" (split from :mod:`.relation_verbs`, which grew
past the module size limit; the words are in :mod:`.relation_vocabulary`)."""

from __future__ import annotations

from .relation_vocabulary import ANY, DENIED_WORDS, LABEL_VERBS, PERSONAL_WORDS, PRAISE_WORDS, SAY_VERBS, STATE_BODY_NOUNS
from .syntax import child as _child, prep_objects as _prep_objects, subject_of as _subject


SPEAKER_LABELS = {"ORG", "PERSON", "GPE", "NORP"}
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})


def _evaluation(r, w, add, sent) -> None:
    """An actor judging a law, policy or body with an evaluative word (``EVALUATIVE_WORDS``)
    criticises it: "X said the Act was unlawful" (the word as complement of a copula in the
    that-clause of a verb of saying), "X called the Act inhumane", "X branded the scheme
    unworkable", "X described the plan as a shambles" (the word as the label a verb gives its
    object). What is judged is the entity named (or the possessor: "the government's plan was
    cruel" judges the government); negated words ("was not unlawful") state nothing."""
    personal = w.lower_ in PERSONAL_WORDS  # (the word itself, before climbing to the noun it modifies)
    praise = w.lower_ in PRAISE_WORDS or w.lemma_.lower() in PRAISE_WORDS  # "called him a great friend": support
    personal = personal or praise
    denied = w.lower_ in DENIED_WORDS  # "said Rubio's claim was simply not true": only when negated
    neg_w = _child(w, "neg") is not None
    while w.dep_ == "conj" and w.head.i < w.i:  # "cruel and unworkable"
        w = w.head
    if neg_w and not denied:
        return
    if w.dep_ == "amod" and w.head.i > w.i and w.head.pos_ == "NOUN" and w.head.dep_ in ("attr", "oprd", "dobj", "pobj"):
        w = w.head  # "said the Act was a cruel law", "called the scheme a shameful gimmick": the noun
        if _child(w, "neg") is not None or any(c.lower_ == "no" for c in w.children):
            return
    word, target, verb = w, None, None
    head = w.head
    if head.lower_ == "in" and w.dep_ == "pobj":  # "was in breach of ..."
        w, head = head, head.head
    own = _child(w, "nsubj") if w.dep_ in ("ccomp", "oprd") and head.lemma_ == "make" else None
    if own is not None and own.lower_ in REFLEXIVES and head.dep_ == "ccomp" and head.head.lemma_ in SAY_VERBS:
        verb, target = head.head, _child(head, "nsubj")  # "X said the EU was making itself complicit"
    elif (w.dep_ in ("acomp", "attr") or w.lower_ == "in") and head.lemma_ in ("be", "become") and not any(
            x.is_quote and x.i > 0 and x.doc[x.i - 1].text in (",", ".", "!", "?")  # not across the end of a quotation
            for x in w.doc[min(w.i, head.i):max(w.i, head.i)]):  # ('"She is a mother," another friend' : a misparse)
        if _child(head, "neg") is not None and not denied:
            return
        neg_w = neg_w or _child(head, "neg") is not None
        target = _child(head, "nsubj")
        if head.dep_ in ("ccomp", "conj") and head.head.lemma_ in SAY_VERBS | LABEL_VERBS:
            verb = head.head
        elif head.dep_ == "ccomp" and head.head.lemma_ in LABEL_VERBS:
            verb = head.head
    elif w.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and head.lemma_ in LABEL_VERBS:
        verb, target = head, _child(head, "dobj") or _child(head, "nsubjpass")  # "called the Act inhumane"
        if target is None and w.dep_ == "ccomp":
            target = _child(w, "nsubj")  # "called the Act inhumane", parsed as a small clause
    elif w.dep_ == "dobj" and head.lemma_ in LABEL_VERBS:  # "branded the Act a betrayal" (two objects)
        verb, target = head, next((c for c in head.children if c.dep_ == "dobj" and c.i < w.i), None)
    elif w.dep_ == "amod" and w.head.i < w.i and w.head.dep_ in ("dobj", "nsubjpass") and w.head.head.lemma_ in LABEL_VERBS:
        verb, target = w.head.head, w.head  # "branded the Act unworkable" (a post-nominal adjective)
    elif w.dep_ in ("amod", "pobj", "acomp") and head.lower_ == "as" and head.head.lemma_ in LABEL_VERBS:
        verb = head.head  # "described the scheme as cruel"
        target = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if verb is None or target is None or _child(verb, "neg") is not None or (denied and not neg_w):
        return
    if _child(verb, "nsubjpass") is not None:
        speaker = next((r.entity(o, SPEAKER_LABELS) for o in _prep_objects(verb, "by")), None)
    else:
        speaker = r.subject(_subject(verb), SPEAKER_LABELS)
    judged = r.entity(target, ANY)
    said_of = next((o for o in _prep_objects(verb, "of") if o.i in r.at), None)
    if said_of is not None and target.pos_ == "PRON" and verb.lemma_ in SAY_VERBS:
        target = said_of  # '"He is a disaster," Rubio said of Trump': who the words were said of
        judged = r.entity(said_of, ANY)
    if judged is None and _child(target, "poss") is not None:
        judged = r.entity(_child(target, "poss"), {"ORG", "PERSON", "GPE"})
    if target.pos_ == "NOUN" and target.i not in r.at and _child(target, "poss") is None and judged is not None \
            and judged.label in ("GPE", "NORP") and target.lemma_.lower() not in STATE_BODY_NOUNS:
        return  # "cast the U.S. presidential candidate as divisive": a nationality is not who is judged
    if personal and (target.pos_ == "PRON" and target.lower_ not in ("he", "she", "him", "her")
                     or target.pos_ not in ("PRON", "PROPN") and (_child(target, "poss") is None or target.i in r.at)
                     or judged is None or judged.label not in ("PERSON", "ORG")):
        return  # "said the crossing was dangerous", "said it was wrong": a description, not a judgement
    add("supports" if praise else "criticises", speaker, judged, word, sent)
