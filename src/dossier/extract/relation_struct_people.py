"""Structural relations of people in political news that the verb and noun rules do not read:
trips told by a verb of going or by the person met, a legislator's party given in apposition,
and two leaders' shared commitment (called from :func:`.relation_struct_shapes.structure` on
the tokens of :data:`PEOPLE_LEMMAS` / :data:`PEOPLE_WORDS` only).

| shape | row |
|---|---|
| "S visited Prime Minister X in Y" (the one visited is a person, the place is the verb's "in" / "at") | S visits Y |
| "S visited the reception centre in Y", "the border post at Y", "the Y camp" (a common noun and its place) | S visits Y |
| "S headed / is heading to Y", "before heading to A and to B" (no object; a place named) | S visits Y (every place) |
| "S made a (campaign) stop in Y", "S's stop in Y" | S visits Y |
| "Senator S, Republican of Y" (a group word with no article, "of" a place) | S part_of the group |
| "S and O reaffirmed their shared / common / joint commitment to ..." | S cooperates_with O |
"""

from __future__ import annotations

from .lexicon import PLACE_LABELS
from .relation_verbs import _subject_tok
from .syntax import child as _child, prep_objects as _prep_objects, with_conjuncts as _with_conjuncts

GOING_VERBS = frozenset({"head"})  # "heading to Germany" (a trip; "head" with an object is "manages")
STOP_NOUNS = frozenset({"stop", "stopover"})  # "a campaign stop in South Carolina"
PLEDGE_NOUNS = frozenset({"commitment", "resolve", "determination", "pledge"})
SHARED_WORDS = frozenset({"shared", "common", "joint", "mutual"})
SITE_PREPS = ("in", "at", "on", "near", "outside")  # "the reception centre in Ter Apel", "the camp on Lesbos"
PEOPLE_LEMMAS = frozenset({"visit", *GOING_VERBS, *STOP_NOUNS, *PLEDGE_NOUNS})
PEOPLE_WORDS = frozenset({"of"})  # "Republican of Iowa" (its only word: "of" is frequent)


def people(r, t, add, sent, stated) -> None:
    """The rules of the module docstring for one token ``t``."""
    lemma, pos = t.lemma_.lower(), t.pos_
    if lemma == "visit" and pos == "VERB":
        _visited_person(r, t, add, sent, stated)
    elif lemma in GOING_VERBS and pos == "VERB":
        _heading_to(r, t, add, sent, stated)
    elif lemma in STOP_NOUNS and pos == "NOUN":
        _stop_in(r, t, add, sent, stated)
    elif lemma in PLEDGE_NOUNS and pos == "NOUN":
        _shared_commitment(r, t, add, sent, stated)
    elif t.dep_ == "prep" and t.lower_ in PEOPLE_WORDS:
        _party_apposition(r, t, add, sent)


def _visited_person(r, t, add, sent, stated) -> None:
    """"He visited Prime Minister Benjamin Netanyahu in Israel", "visited the reception centre
    in Ter Apel", "visited the border post at Petrapole": the visit is to the place named."""
    met = _child(t, "dobj")
    if met is None or not stated(t):
        return
    if met.i in r.at:
        if r.at[met.i].label != "PERSON":
            return  # "visited Lampedusa" (read by the verb rule)
        sites = [*_prep_objects(t, "in", "at"), *_prep_objects(met, "in", "at")]  # (the "in" often hung on the name)
    elif met.pos_ == "NOUN":
        sites = [*_prep_objects(t, "in", "at"), *_with_conjuncts(list(_prep_objects(met, *SITE_PREPS))),
                 *(c for c in met.lefts if c.dep_ == "compound")]
    else:
        return
    subj = None
    for o in sites:
        if o.i in r.at and r.at[o.i].label in PLACE_LABELS:
            subj = subj or r.subject(_subject_tok(t))
            add("visits", subj, r.entity(o, PLACE_LABELS), t, sent)
            for w in _prep_objects(t, "with"):  # "visited the border fence with Austria's chancellor X": X too
                add("visits", r.entity(w, {"PERSON"}) if w.i in r.at else None, r.entity(o, PLACE_LABELS), t, sent)


def _heading_to(r, t, add, sent, stated) -> None:
    """"before heading to other Middle Eastern nations and to Germany": every place named."""
    if _child(t, "dobj") is not None or not stated(t):
        return
    preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "for")]
    preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.lower_ in ("to", "for")]
    subj = None
    for o in _with_conjuncts([g for p in preps for g in p.children if g.dep_ == "pobj"]):
        if o.i in r.at and r.at[o.i].label in PLACE_LABELS:
            subj = subj or r.subject(_subject_tok(t))
            add("visits", subj, r.entity(o, PLACE_LABELS), t, sent)


def _stop_in(r, t, add, sent, stated) -> None:
    """"Trump made a campaign stop in Iowa", "Clinton's stop in Ohio"."""
    poss = _child(t, "poss")
    verb = t.head if t.dep_ == "dobj" and t.head.lemma_ == "make" else None
    who = r.entity(poss) if poss is not None else (r.subject(_subject_tok(verb)) if verb is not None else None)
    if who is None or (verb is not None and not stated(verb)):
        return
    for o in [*_prep_objects(t, "in", "at"), *(_prep_objects(verb, "in", "at") if verb is not None else ())]:
        add("visits", who, r.entity(o, PLACE_LABELS) if o.i in r.at else None, t, sent)


def _shared_commitment(r, t, add, sent, stated) -> None:
    """"Obama and Hollande reaffirmed their shared commitment to ...": the two act together."""
    if not any(c.dep_ == "amod" and c.lower_ in SHARED_WORDS for c in t.children) or t.dep_ != "dobj":
        return
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in t.children) or not stated(t.head):
        return
    subj = _subject_tok(t.head)
    names = [g for g in _with_conjuncts([subj]) if g.i in r.at] if subj is not None else []
    parties = [r.entity(g, {"PERSON", "ORG", "GPE"}) for g in names]
    parties = [p for p in parties if p is not None]
    for other in parties[1:]:
        add("cooperates_with", parties[0], other, t, sent)


def _party_apposition(r, t, add, sent) -> None:
    """"Senator Tim Scott, Republican of South Carolina": a group word in apposition to a person,
    without an article, then the place the person represents (with an article it is mostly
    where someone comes from: "Ahmed, a Syrian from Aleppo")."""
    group = t.head
    if group.i not in r.at or r.at[group.i].label not in ("NORP", "ORG") or group.i < 2:
        return
    person = group.doc[group.i - 2]  # the name just before ", Republican of ..." (the parse may hang it elsewhere)
    if group.doc[group.i - 1].text != "," or person.i not in r.at or r.at[person.i].label != "PERSON":
        return
    if any(c.dep_ == "det" for c in group.children) or r.at[group.i].start != group.i:
        return
    if getattr(r, "r", r).kinds.get(r.at[group.i].entity_id) not in (None, "political party"):
        return  # a demonym of a country or place ("Omar Ali, Syrian of Homs"), not a party
    if not any(o.i in r.at and r.at[o.i].label in PLACE_LABELS for o in _prep_objects(group, t.lower_)):
        return
    who = r.entity(person, {"PERSON"})
    if who is None:
        return
    # the apposition is this name's only, not its conjuncts' ("Senators A, Republican of Iowa, and B")
    others = r.also.pop((who.entity_id, who.start), None) if hasattr(r, "also") else None
    add("part_of", who, r.entity(group, {"NORP", "ORG"}), t, sent)
    if others is not None:
        r.also[(who.entity_id, who.start)] = others
