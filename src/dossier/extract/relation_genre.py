"""Relation constructions of the migration-policy genre that the verb and noun rules of
:mod:`.relation_verbs` and :mod:`.relation_nouns` do not read: facilities named by a modifier
("the Yarl's Wood removal centre in Bedfordshire"), hyphenated agents ("the Norwegian-funded Safe
Migration Project", "an IOM-run centre"), welcoming someone's decision (supports), and money
received with a funding noun inside the object ("receives most of its funding from Y")."""

from __future__ import annotations

from .lexicon import MONEY_NOUNS, ORG_HEADS, PLACE_LABELS
from .syntax import child as _child, prep_objects as _prep_objects, controlled_subject as _subject_tok

# Common nouns of places where people are held, received or processed: "the Moria camp", "the
# Yarl's Wood removal centre", "the Lajas Blancas reception station". A name written as their
# modifier is the facility's own name.
FACILITY_NOUNS = frozenset({"centre", "center", "camp", "station", "facility", "prison", "shelter", "barracks",
                            "hotspot", "hostel", "jail", "depot"})
# Reference kinds of bodies: "the Home Office removal centre", "a UNHCR camp" are facilities of a
# body, not facilities named after it.
BODY_KINDS = frozenset({"government department", "government agency", "non-governmental organisation", "company",
                        "law-enforcement agency", "international organisation", "news organisation",
                        "political party", "legislature", "court", "government", "armed forces",
                        "devolved government", "country"})
# Prepositions that place a facility: "the Moria camp on Lesbos", "a centre in Ter Apel"
FACILITY_PREPS = ("in", "on", "at", "near", "outside")
# "the Norwegian-funded project", "an Italian-run camp", "the state-owned ship": the participle
# after the hyphen, and the predicate it gives (the hyphen's left word acts)
HYPHEN_PARTICIPLES = {"fund": "funds", "finance": "funds", "run": "manages", "operate": "manages",
                      "manage": "manages", "own": "owns"}
# What one welcomes that is someone's act: "welcomed Colombia's decision to ..." (supports)
WELCOMED_ACTS = frozenset({"decision", "move", "announcement", "commitment", "pledge", "plan", "offer", "step",
                           "initiative", "proposal", "choice", "agreement", "deal", "efforts", "effort", "support",
                           "contribution", "leadership", "ruling", "call", "stance", "position", "action"})


def facility_name(r, tok):
    """The name a facility noun carries as its modifier ("the Yarl's Wood removal centre" →
    Yarl's Wood; "the Moria camp" → Moria), or None: not a body's facility ("the Home Office
    centre", a body or a country the reference knows, a name ending in an organisation word), not a possessor that is a name of its own
    ("Greece's camps": a possessive ``'s`` inside the name, as in Yarl's Wood, is kept)."""
    if tok is None or tok.i in r.at or tok.lemma_.lower() not in FACILITY_NOUNS:
        return None
    kinds = getattr(r, "kinds", None) or getattr(getattr(r, "r", None), "kinds", None) or {}
    at = r.at
    for c in tok.lefts:
        m = at.get(c.i)
        if m is None or c.dep_ not in ("compound", "poss", "nmod"):
            continue
        if c.dep_ == "poss" and m.end - 1 == c.i:  # "Greece's camps": an owner, not a name
            return None
        if kinds.get(m.entity_id) in BODY_KINDS or (m.label == "ORG" and c.doc[m.end - 1].lower_ in ORG_HEADS):
            return None  # "the U.S. facility in Benghazi", "the State Department compound"
        if m.label in PLACE_LABELS | {"ORG", "PERSON"}:
            return c
    return None


def facility_located(r, n, add, sent) -> None:
    """"the Moria camp on Lesbos", "the Yarl's Wood removal centre in Bedfordshire", "the Hal Far
    Open Centre in Malta": a named facility is located in the place of its own preposition
    (located_in; the place must be a name, one level down only)."""
    if n.i in r.at:
        m = r.at[n.i]
        if n.i != m.end - 1:
            return
        name = n  # the facility word ends the name ("Hal Far Open Centre")
    else:
        name = facility_name(r, n)
    if name is None:
        return
    here = r.entity(name, PLACE_LABELS | {"ORG", "PERSON"})
    for o in _prep_objects(n, *FACILITY_PREPS):
        if o.i in r.at:
            add("located_in", here, r.entity(o, PLACE_LABELS), n, sent)


def hyphen_agent(r, t, add, sent) -> bool:
    """"the Norwegian-funded Safe Migration Project", "the EU-funded Migration Partnership
    Facility", "a Serco-run centre": the name before the hyphen funds / manages / owns the noun the
    participle modifies (that noun a name, or a facility with a name). True when read."""
    pred = HYPHEN_PARTICIPLES.get(t.lemma_.lower())
    if pred is None or t.dep_ not in ("amod", "compound") or t.i < 2 or t.doc[t.i - 1].text not in ("-", "–"):
        return False
    agent_tok = t.doc[t.i - 2]
    if agent_tok.i not in r.at:
        return False
    agent = r.entity(agent_tok, {"ORG", "GPE", "NORP"})
    noun = t.head
    target = noun if noun.i in r.at else facility_name(r, noun)
    if agent is None or target is None:
        return False
    add(pred, agent, r.entity(target), t, sent)
    return True


def welcomed(r, t, add, sent, stated) -> None:
    """"UNHCR welcomed Colombia's decision to grant protection", "welcomed the move by Spain":
    the one who welcomes another's act supports its author (only an act noun with a named
    possessor or "by" agent; "welcomed Johansson to London" is a visit, read elsewhere)."""
    if not stated(t) or any(True for _ in _prep_objects(t, "to", "in", "at")):
        return
    obj = _child(t, "dobj")
    if obj is None or obj.i in r.at or obj.lemma_.lower() not in WELCOMED_ACTS:
        return
    author = _child(obj, "poss")
    if author is None or author.i not in r.at:
        author = next((o for o in _prep_objects(obj, "by", "of") if o.i in r.at), None)
    if author is None:
        return
    add("supports", r.subject(_subject_tok(t)), r.entity(author), t, sent)


def money_object(obj) -> bool:
    """Whether a received object is money: "£141m", "funding", "most of its funding"."""
    return obj.lower_ in MONEY_NOUNS or any(
        x.lower_ in MONEY_NOUNS and x.dep_ == "pobj" and x.head.lower_ == "of" and x.head.head.i == obj.i
        for x in obj.subtree)


def money_sources(obj):
    """Who a money noun inside a received object comes from: "receives most of its funding from
    the Department" (the "from" hung on the noun)."""
    return [g for x in obj.subtree if x.lower_ in MONEY_NOUNS
            for g in _prep_objects(x, "from")]


# Nouns of a commission to do something: "won a contract to run X", "awarded a contract to Y to run X"
CONTRACT_NOUNS = frozenset({"contract", "tender", "licence", "license", "concession", "franchise", "deal"})
AWARDING_VERBS = frozenset({"award", "give", "grant", "hand", "offer", "sign", "let", "issue"})


def contract_holder(r, t):
    """Who does what a contract is for: "Serco won a contract to run Napier Barracks" (the
    winner), "the Home Office awarded a contract to Mitie to run the centre" (the one it was
    awarded to; with no one named, nobody: the awarder does not run it). None if ``t`` is not
    the infinitive of a contract noun."""
    if t.dep_ != "acl" or t.head.lemma_.lower() not in CONTRACT_NOUNS or t.head.dep_ != "dobj":
        return None
    verb = t.head.head
    to = [g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
          for g in c.children if g.dep_ == "pobj" and g.i in r.at]
    to += [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.i in r.at]
    if to:
        return r.entity(to[0])
    if verb.lemma_.lower() in AWARDING_VERBS:
        return None
    return r.subject(_subject_tok(verb))


def facility_conjuncts(r, tok):
    """The other names of a plural facility noun: "the Dadaab and Kakuma camps" → Kakuma (the
    first, Dadaab, is :func:`facility_name`)."""
    name = facility_name(r, tok)
    if name is None:
        return []
    return [c for c in name.children if c.dep_ == "conj" and c.i in r.at]


def unnamed_facility(r, tok) -> bool:
    """A facility noun with no name of its own ("the reception centre in Tenerife"): what runs
    or owns it runs or owns no name inside its phrase. "The centre" after a named one ("the
    Temporary Migrant Care Centre ... to run the centre") is that one."""
    return tok.i not in r.at and tok.lemma_.lower() in FACILITY_NOUNS and facility_name(r, tok) is None \
        and getattr(r, "r", r).named_head(tok, ("ORG", "FAC", "LOC", "GPE")) is None


def place_inside(r, tok) -> bool:
    """A common noun whose phrase names only a place through a preposition ("manages refugee
    settlements in Uganda", "owns two hotels in Florida"): what runs or owns it runs or owns no
    Uganda (a place is not run by a body in this vocabulary; heads of state are not `manages`)."""
    if tok.i in r.at or tok.pos_ != "NOUN" or not any(c.dep_ == "prep" for c in tok.children):
        return False
    if any(x.i in r.at for c in tok.children if c.dep_ != "prep" for x in c.subtree):
        return False  # "the Yarl's Wood removal centre near Bedford": a name of its own
    inner = [x for c in tok.children if c.dep_ == "prep" for x in c.subtree if x.i in r.at]
    return bool(inner) and all(r.at[x.i].label in ("GPE", "LOC") for x in inner)


# Nouns of a part of a force: "officers from the prevention units of the Polish Police"
UNIT_NOUNS = frozenset({"unit", "branch", "division", "department", "rank", "section", "squad", "wing", "corps"})


def staff_sources(staff):
    """Where people on duty come from: "officers from the Guardia Civil", and one unit noun
    down, "officers from the prevention units of the Polish Police" (the force of the unit)."""
    for o in _prep_objects(staff, "from", "of", "with"):
        yield o
        if o.lemma_.lower() in UNIT_NOUNS:
            yield from _prep_objects(o, "of")


def bare_object(r, verb):
    """A name right after a verb that the parser read as an adverbial noun ("Hans Leijtens leads
    Frontex": Frontex as npadvmod): the verb's object, when it is a body, person or country."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.dep_ != "npadvmod" or nxt.head.i != verb.i or nxt.i not in r.at:
        return None
    return nxt if r.at[nxt.i].label in ("ORG", "PERSON", "GPE") else None
