"""Relations read from the dependency path between two names, whatever the verb: the words that
carry them are prepositions, adverbs and complement verbs, not triggers of a predicate.

| shape | row |
|---|---|
| "Judge X of the Y Court", "X of the Social Democratic Party" (a person's name, then "of" and an organisation named) | X part_of Y |
| "S will organise the flights together / jointly with O" (any verb; bodies or countries) | S cooperates_with O |
| "Z is run / managed by S together with O", "S runs Z jointly with O" (Z named) | O manages Z |
| "the shelter is run by S under an agreement / a contract with O" | S agreement_with O |
| "S, which is under O" (O an organisation named) | S part_of O |
| "S helped O (and P) dismantle a network" (a complement verb whose subject is O) | S cooperates_with O, P |
| "S called on X / urged X to repeal / reject / scrap O", "S called for the repeal of O" | S criticises O |

Tokens are found by :data:`PATH_WORDS` (lower-case form), :data:`PATH_LEMMAS` and
:func:`path_tokens`; each rule is a few look-ups around one token.
"""

from __future__ import annotations

from .relation_verbs import _subject_tok
from .relation_vocabulary import ANY, DEPUTY_WORDS, HEAD_NOUNS, PAST_WORDS
from .syntax import child as _child, prep_objects as _prep_objects, with_conjuncts as _with_conjuncts

BODIES = frozenset({"ORG", "GPE"})
# Nouns of a deal something is done under: "run by X under an agreement / a contract with Y"
UNDER_DEAL_NOUNS = frozenset({"agreement", "contract", "deal", "arrangement", "memorandum", "accord",
                              "partnership", "concession", "licence", "license", "protocol", "treaty"})
# Verbs undoing a law or a measure: asking for one of them is opposing what it undoes
UNDOING_VERBS = frozenset({"repeal", "scrap", "abolish", "overturn", "revoke", "rescind", "annul", "reject",
                           "withdraw", "veto", "block", "drop", "ditch", "axe", "strike"})
UNDOING_NOUNS = frozenset({"repeal", "abolition", "scrapping", "revocation", "annulment"})
# Verbs of asking or committing to an act: "called on the Knesset to repeal", "urged MEPs to
# reject", "voted to scrap", "vowed to overturn" (the asker's stance, whether or not it happens)
ASKING_VERBS = frozenset({"urge", "call", "ask", "press", "implore", "demand", "appeal", "petition", "lobby",
                          "push", "encourage", "vote", "vow", "pledge", "promise", "move", "campaign", "seek"})
ADVISING_MODALS = frozenset({"should", "could", "would", "might", "may", "must", "ought"})
# Verbs of running something: what is run "together with" a body is run by it too
CO_RUNNING_VERBS = frozenset({"run", "manage", "operate", "administer", "oversee"})
PATH_WORDS = frozenset({"together", "jointly", "under"})
PATH_LEMMAS = frozenset({"help", *UNDOING_VERBS, *UNDOING_NOUNS})


def path_tokens(doc, mentions) -> set[int]:
    """The tokens :func:`paths` reads besides :data:`PATH_WORDS` / :data:`PATH_LEMMAS`: an "of"
    right after a person's name (not every "of" of the document)."""
    n = len(doc)
    return {m.end for m in mentions if m.label == "PERSON" and m.end < n and doc[m.end].lower_ == "of"}


def paths(r, t, add, sent, stated, judged) -> None:
    """The rules of the module docstring for one token ``t`` (``stated`` and ``judged`` are
    :func:`.relations._stated` and :func:`.relations._judged`)."""
    low, lemma = t.lower_, t.lemma_.lower()
    if low == "of" and t.dep_ == "prep":
        _person_of(r, t, add, sent)
    elif low in ("together", "jointly") and t.dep_ == "advmod" and t.head.lower_ == "with":
        _together(r, t.head, add, sent, stated)
    elif low == "under" and t.dep_ == "prep":
        _under(r, t, add, sent, stated)
    elif lemma == "help" and t.pos_ == "VERB" and stated(t):
        _helped(r, t, add, sent)
    elif lemma in UNDOING_VERBS and t.pos_ == "VERB":
        _asked_to_undo(r, t, t.head if t.dep_ == "xcomp" else None, _child(t, "dobj"), add, sent, stated, judged)
    elif lemma in UNDOING_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "for":
        of = next(iter(_prep_objects(t, "of")), None)  # "called for the repeal of the Act"
        _asked_to_undo(r, t, t.head.head, of, add, sent, stated, judged)


def _person_of(r, of, add, sent) -> None:
    """"Judge Drew Tipton of the US District Court", "Mizuho Fukushima of the Social Democratic
    Party": the "of" right after a person's name, its object an organisation named (not a place:
    "Rubio of Florida"); not after a head title ("Director X of Y": a head-noun rule's) or a
    past one ("former ...")."""
    h = of.head
    m = r.at.get(h.i)
    if m is None or m.label != "PERSON" or m.end != of.i or h.i != m.end - 1 or (
            m.start > 0 and of.doc[m.start - 1].lower_ == "the"):  # "the Birth of the Presidential Primary": no person
        return
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in HEAD_NOUNS | DEPUTY_WORDS | PAST_WORDS
           for c in h.children if c.i < m.start):
        return
    org = next((o for o in of.children if o.dep_ == "pobj" and o.i in r.at), None)
    if org is not None and r.at[org.i].label == "ORG" and not r.at[org.i].demonym:
        add("part_of", r.entity(h, {"PERSON"}), r.entity(org, {"ORG"}), of, sent)


def _verb_of(tok):
    """The verb a "with" / "under" phrase hangs from, directly or through the verb's object."""
    v = tok.head
    if v.pos_ == "NOUN" and v.dep_ in ("dobj", "nsubjpass") and v.head.pos_ in ("VERB", "AUX"):
        v = v.head  # "organise the return flights together with Frontex" (the "with" on the object)
    return v if v.pos_ in ("VERB", "AUX") else None


def _actor(r, v, labels=BODIES):
    """Who does ``v``: the agent of a passive ("run by X"), else its subject."""
    if _child(v, "nsubjpass") is not None or (v.tag_ == "VBN" and v.dep_ == "acl"):
        by = next(iter(_prep_objects(v, "by")), None)
        return r.entity(by, labels) if by is not None else None
    return r.subject(_subject_tok(v), labels)


def _together(r, with_, add, sent, stated) -> None:
    """"The Slovenian Police will organise the return flights together with Frontex": whatever is
    done together with a body is done in cooperation with it (bodies and countries only)."""
    v = _verb_of(with_)
    if v is None or not stated(v) or any(c.dep_ == "aux" and c.lower_ in ADVISING_MODALS for c in v.children):
        return  # nor "together with Canada, Mexico should sue" (advice)
    subj = _actor(r, v)
    run = None
    if v.lemma_ in CO_RUNNING_VERBS and subj is not None:  # "the programme is run by X together with Y": Y runs it too
        thing = _child(v, "nsubjpass") if _child(v, "nsubjpass") is not None else _child(v, "dobj")
        run = r.entity(thing) if thing is not None else None
        if run is not None and thing.i not in r.at and run.label in ("GPE", "LOC", "NORP"):
            run = None  # "runs Uganda's refugee settlements together with UNHCR": no place is run
    for o in _with_conjuncts([g for g in with_.children if g.dep_ == "pobj"]):
        add("cooperates_with", subj, r.entity(o, BODIES), with_, sent)
        if run is not None and o.i in r.at:
            add("manages", r.entity(o, BODIES), run, with_, sent)


def _under(r, under, add, sent, stated) -> None:
    """"run by the Chilean Red Cross under an agreement with the ministry" (agreement_with), and
    "the BSF, which is under the Ministry of Home Affairs" (part_of an organisation named)."""
    h = under.head
    for o in (g for g in under.children if g.dep_ == "pobj"):
        if o.lemma_.lower() in UNDER_DEAL_NOUNS:
            v = h if h.pos_ in ("VERB", "AUX") else None
            if v is None or not stated(v):
                continue
            doer = _actor(r, v, {"ORG", "GPE", "PERSON"})
            for w in _with_conjuncts(list(_prep_objects(o, "with"))):
                add("agreement_with", doer, r.entity(w, BODIES | {"PERSON"}), under, sent)
        elif h.lemma_ == "be" and o.i in r.at and r.at[o.i].label == "ORG" and stated(h):
            add("part_of", r.subject(_child(h, "nsubj"), {"ORG"}), r.entity(o, {"ORG"}), under, sent)


def _helped(r, t, add, sent) -> None:
    """"Europol helped the Hellenic Police and the Albanian State Police dismantle a network": the
    helper cooperates with each body helped to act (a complement verb whose subject, or the
    help verb's object, names it); not a bare "helped Ukraine" (support, not cooperation)."""
    comp = next((c for c in t.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"), None)
    if comp is None:
        return
    helped = _child(t, "dobj") or _child(comp, "nsubj")
    if helped is None:
        return
    first = _subject_tok(t)  # a name or a pronoun (not "allies in the United States would help Mexico")
    subj = r.subject(first, BODIES) if first is not None and (first.i in r.at or first.pos_ == "PRON") else None
    for o in _with_conjuncts([helped]):
        add("cooperates_with", subj, r.entity(o, BODIES) if o.i in r.at else None, t, sent)


def _asked_to_undo(r, t, asking, obj, add, sent, stated, judged) -> None:
    """"Sigal Rozen called on the Knesset to repeal the law", "urging MEPs to reject the Return
    Regulation", "called for the repeal of the Act": the one asking opposes what is to be undone
    (a law, body, person or a named owner's measure)."""
    if asking is None or asking.lemma_.lower() not in ASKING_VERBS or obj is None or not stated(asking):
        return
    if asking.lemma_ == "call" and not any(True for _ in _prep_objects(asking, "on", "for", "upon")):
        return  # "called it a mistake to repeal": not a request
    asker = r.subject(_subject_tok(asking))
    for o in _with_conjuncts([obj]):
        named = judged(r, o) or [r.r._of_kind(o, ANY) or r.r.named_head(o, ANY)]  # "the law": the one named before
        for target in named:
            add("criticises", asker, target, t, sent)
