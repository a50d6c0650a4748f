"""Stances stated with a preposition naming the other side (split from
:mod:`.relation_stance_acts`): "X clashed / feuded with Y", "X broke with Y", "X took issue with
Y", "X has been at odds with Y" (criticises); "X sided / stood with Y", "X stood by Y", "X rallied
behind Y", "X vouched for Y", "X paid tribute to Y" (supports); a concern stated about a named
actor or what it owns ("X expressed concern about Greece's new law", "X is alarmed by Y's
decision", "X was disappointed by Fico's remarks": criticises). Also the helpers the stance acts
share: who speaks, and whether a verb is only hedged."""

from __future__ import annotations

from .syntax import child as _child, prep_objects as _prep_objects, subject_of as _subject

PEOPLE_AND_BODIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
NAMED_ACTORS = frozenset({"PERSON", "ORG", "GPE"})
MODALS = frozenset({"would", "could", "might", "may", "will", "shall", "should", "can"})

# "X clashed / feuded / sparred with Y", "X broke with Y", "X took issue with Y": criticises; "X
# sided / stood with Y", "X rallied behind Y", "X vouched for Y", "X paid tribute to Y": supports
WITH_VERBS = {("clash", "with"): "criticises", ("feud", "with"): "criticises", ("spar", "with"): "criticises",
              ("quarrel", "with"): "criticises", ("wrangle", "with"): "criticises", ("squabble", "with"): "criticises",
              ("break", "with"): "criticises", ("split", "with"): "criticises",
              ("side", "with"): "supports", ("stand", "with"): "supports", ("stand", "by"): "supports",
              ("stand", "behind"): "supports", ("rally", "behind"): "supports", ("rally", "around"): "supports",
              ("vouch", "for"): "supports"}
WITH_LEMMAS = frozenset(v for v, _ in WITH_VERBS)


def _hedged(t) -> bool:
    """A modal or a "whether" / "if" on the verb or the verbs it is chained under (up to three):
    "should continue to stand behind her", "would violate the law if": nothing stated yet."""
    v = t
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in MODALS or c.dep_ == "mark" and c.lower_ in ("whether", "if", "unless")
               for c in v.children):
            return True
        if v.dep_ not in ("xcomp", "ccomp", "conj") or v.head.i == v.i:
            return False
        v = v.head
    return False


def _group_pronoun(tok) -> bool:
    """"they", "it", "them" as the subject: too often a group or another body than the one named last."""
    return tok is not None and tok.pos_ == "PRON" and tok.lower_ in ("they", "them", "it", "we", "you")


def _speaker(r, verb):
    """Who says (the subject of ``verb``, or the agent of a passive one), a person or body."""
    if _child(verb, "nsubjpass") is not None:
        return next((r.entity(o, PEOPLE_AND_BODIES) for o in _prep_objects(verb, "by")), None)
    return r.subject(_subject(verb), PEOPLE_AND_BODIES)


def at_odds(r, t, add, sent, stated, judged) -> None:
    """"Denmark has been at odds with the UN refugee agency", "X, at odds with Y over ...",
    "X found itself at odds with Y": the subject of the copula (or the name the phrase is said
    of) criticises the object of "with" (a name or a named owner's act)."""
    at = t.head
    if t.dep_ != "pobj" or at.lower_ != "at":
        return
    host = at.head
    if host.pos_ in ("VERB", "AUX") and host.lemma_ in ("be", "remain", "find", "seem", "appear", "put", "set"):
        if not stated(host):
            return
        holder = r.subject(_child(host, "dobj") if host.lemma_ in ("find", "put", "set") and _child(host, "dobj")
                           is not None and _child(host, "dobj").pos_ != "PRON" else _subject(host), NAMED_ACTORS)
    elif host.i in r.at or host.pos_ in ("PROPN", "NOUN"):
        holder = r.subject(host, NAMED_ACTORS)  # "Denmark, long at odds with UNHCR"
    else:
        return
    for o in (o for h in (t, at) for o in _prep_objects(h, "with")):
        for target in judged(r, o):
            add("criticises", holder, target, t, sent)


def with_someone(r, t, add, sent, judged) -> None:
    """"Rubio clashed with Cruz over immigration", "Johnson broke with Trump", "X took issue
    with Y", "X sided with Y", "X stood by Y", "X paid tribute to Y": both named (a person, body
    or country; "clashed with police" or "broke with tradition" name nobody)."""
    lemma = t.lemma_.lower()
    obj = _child(t, "dobj")
    if lemma == "take" and (obj is None or obj.lower_ != "issue"):
        return
    if lemma == "pay" and (obj is None or obj.lemma_.lower() != "tribute"):
        return
    if lemma in ("break", "split", "stand") and obj is not None:
        return  # "broke the rules with", "stood trial with"
    pred = "criticises" if lemma == "take" else "supports" if lemma == "pay" else None
    preps = ("with",) if lemma == "take" else ("to",) if lemma == "pay" else ()
    for (v, prep), p in WITH_VERBS.items():
        if v == lemma:
            pred, preps = p, (*preps, prep)
    if pred is None:
        return
    hosts = (t, obj) if obj is not None and lemma in ("take", "pay") else (t,)
    if _hedged(t) or _group_pronoun(_subject(t)):
        return
    who = _speaker(r, t)
    if who is None or who.label not in NAMED_ACTORS:
        return
    for c in (c for h in hosts for c in h.children):
        if c.dep_ in ("prep", "dative") and c.lower_ in preps:
            for o in (g for g in c.children if g.dep_ == "pobj"):
                for target in judged(r, o):  # a name, a pronoun's antecedent, a named owner ("Y's figures")
                    if target is not None and target.label in NAMED_ACTORS | {"LAW"}:
                        add(pred, who, target, t, sent)


# "X expressed / voiced concern about Y's law", "X is alarmed by Y's plan": criticism of Y
CONCERN_NOUNS = frozenset({"concern", "alarm", "dismay", "outrage", "disappointment", "indignation", "anger"})
CONCERN_VERBS = frozenset({"express", "voice", "raise", "register", "state", "reiterate", "convey"})
CONCERNED = frozenset({"concerned", "alarmed", "dismayed", "appalled", "disappointed", "outraged", "troubled",
                       "shocked", "disturbed", "horrified", "angered", "incensed"})
CONCERN_PREPS = ("about", "over", "at", "by", "with", "regarding", "concerning")
CONCERN_LEMMAS = CONCERN_NOUNS  # the adjectives are found by their written form (``CONCERNED``), not every "trouble"


def concern(r, t, add, sent, stated, judged, aimed) -> None:
    """"UNHCR expressed concern about Greece's new asylum law", "the Commission voiced alarm over
    Hungary's decision", "Amnesty is alarmed by the government's plan", "Brunner was disappointed
    by Fico's remarks": the one concerned criticises the actor named or owning what it is about
    (``aimed(r, o)``: not a name that is only where it happens, "concern about the situation in
    Sudan"; not negated, hedged or asked for)."""
    if t.pos_ == "NOUN" and t.lemma_.lower() in CONCERN_NOUNS:
        verb = t.head if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_ in CONCERN_VERBS else None
        if verb is None or not stated(verb) or _hedged(verb):
            return
        who, hosts = _speaker(r, verb), (t, verb)
    elif t.lower_ in CONCERNED and t.pos_ in ("ADJ", "VERB") and t.dep_ in ("acomp", "ROOT", "ccomp", "conj", "amod"):
        head = t.head if t.dep_ == "acomp" else t
        if not stated(head) or _hedged(head) or _child(t, "neg") is not None or any(
                c.dep_ == "advmod" and c.lower_ in ("too", "less", "never", "hardly", "overly") for c in t.children):
            return  # "leaders are too concerned about X": a judgement of the concerned, not their stance
        who, hosts = r.subject(_child(head, "nsubj") or _child(head, "nsubjpass") or _child(t, "nsubjpass")
                               or _child(t, "nsubj"), PEOPLE_AND_BODIES), (t,)
    else:
        return
    if who is None or who.label not in NAMED_ACTORS:
        return
    for c in (c for h in hosts for c in h.children):
        if c.dep_ in ("prep", "agent") and c.lower_ in CONCERN_PREPS:
            for o in (g for g in c.children if g.dep_ == "pobj"):
                for target in aimed(r, o):
                    if target is not None and target.label in NAMED_ACTORS | {"LAW", "NORP"}:
                        add("criticises", who, target, t, sent)
