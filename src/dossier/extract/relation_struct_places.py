"""Structural relations of place read by :mod:`.relation_struct_shapes`: where a body is based
or has its seat, and where a state or body has forces or officers (split from that module, at the
size limit).

| shape | row |
|---|---|
| "the Hamburg-based magazine Der Spiegel", "X, a Washington-based think tank" | X located_in the place |
| "X's headquarters are in Y", "X, which has its headquarters / main office in Y", "UNHCR's office in Y" | X located_in Y |
| "Germany will take command of a brigade in Lithuania", "Canada will contribute troops to the force in Latvia" | deploys_to the place |
| "the 5,000 American troops in Iraq", "Frontex officers in Greece", "Frontex has 500 officers in Greece" | deploys_to the place |
"""

from __future__ import annotations

from .lexicon import PLACE_LABELS
from .relation_verbs import _subject_tok
from .syntax import child as _child, prep_objects as _prep_objects, with_conjuncts as _with_conjuncts

BODIES = frozenset({"ORG", "GPE"})
DASHES = frozenset("-–—")
# "X has its headquarters / head office / main office / seat in Y"
SEAT_NOUNS = frozenset({"headquarters", "headquarter", "hq", "seat", "office"})
SEAT_MODIFIERS = frozenset({"head", "main", "central", "registered"})  # "office" only with one of these
SEAT_VERBS = frozenset({"have", "keep", "maintain", "move", "establish", "relocate", "open"})
# Military units a state leads or commands somewhere: "Germany will take command of a brigade in
# Lithuania", "the UK leads a NATO battlegroup in Estonia" (deploys_to the place)
UNIT_NOUNS = frozenset({"brigade", "battalion", "battlegroup", "regiment", "contingent", "garrison", "squadron",
                        "troop", "corps", "task"})
COMMAND_VERBS = frozenset({"lead", "command", "head", "take", "assume", "contribute"})
# People on duty for a body, said to be somewhere: "the 5,000 American troops in Iraq", "Frontex
# officers in Greece", "Frontex has 500 officers in Greece" (deploys_to the place)
DUTY_NOUNS = frozenset({"troop", "soldier", "officer", "policeman", "gendarme", "marine", "peacekeeper", "personnel",
                        "guard", "agent", "sailor", "commando", "trainer", "adviser", "advisor", "force", "police"})

def _holder(r, n, labels=BODIES):
    """The body a modifier of ``n`` is said of: ``n`` itself when named, the name in apposition to
    it ("the charity Emergency"), or the name it is in apposition to ("X, a think tank")."""
    if n.i in r.at:
        return r.entity(n, labels)
    named = next((c for c in n.children if c.dep_ == "appos" and c.i in r.at), None)
    if named is not None:
        return r.entity(named, labels)
    if n.dep_ == "appos" and n.head.i in r.at:
        return r.entity(n.head, labels)
    m = r.at.get(n.i + 1)  # "the Rome-based charity Emergency" (the name read as a second noun)
    if m is not None and m.start == n.i + 1 and m.label == "ORG":
        return r.entity(n.doc[n.i + 1], labels)
    return None


def _hyphen_based(r, t, add, sent) -> None:
    """"the Hamburg-based news magazine", "Lawyers for Human Rights, a Johannesburg-based NGO":
    a place named right before a dash and "based" is where the modified body is."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text not in DASHES:
        return
    m = r.at.get(t.i - 2)
    if m is None or m.label not in PLACE_LABELS or m.demonym:
        return
    add("located_in", _holder(r, t.head), r.entity(doc[t.i - 2], PLACE_LABELS), t, sent)


def _seat(r, n, add, sent, stated) -> None:
    """"Frontex, which has its headquarters in Warsaw", "the agency's headquarters are in
    Helsinki", "the UNHCR headquarters in Geneva", "COMAR, which has its main office in
    Tapachula": the body whose seat it is, located in the place of the "in"."""
    # a bare office ("UNHCR's office in Cox's Bazar", "opened an office in Tapachula") is one of an
    # organisation's places; a head / main office is where any body is
    bare = n.lemma_.lower() == "office" and not any(c.lower_ in SEAT_MODIFIERS for c in n.lefts)
    places = list(_prep_objects(n, "in"))
    owner = None
    poss = _child(n, "poss")
    if poss is not None and poss.pos_ != "PRON":
        owner = r.entity(poss, BODIES) if poss.i in r.at else (r.r._of_kind(poss, BODIES) or r.r.named_head(poss, BODIES))
    verb = n.head if n.dep_ in ("dobj", "nsubj") and n.head.pos_ in ("VERB", "AUX") else None
    if verb is not None and not stated(verb):
        return
    if verb is not None and n.dep_ == "dobj" and verb.lemma_ in SEAT_VERBS:
        owner = owner or r.subject(_subject_tok(verb), BODIES)  # "Frontex, which has its headquarters in Warsaw"
        places += list(_prep_objects(verb, "in", *(("to",) if verb.lemma_ in ("move", "relocate") else ())))
    elif verb is not None and n.dep_ == "nsubj" and verb.lemma_ == "be":
        if poss is not None and poss.pos_ == "PRON":
            owner = r.entity(poss, BODIES)  # "its headquarters are in Helsinki"
        places += list(_prep_objects(verb, "in"))
    elif poss is not None and poss.pos_ == "PRON" or n.lemma_.lower() == "seat":
        return  # "the party won its first seat in Bavaria": no seat of a body
    if owner is None and poss is None:
        owner = next((r.entity(c, BODIES) for c in n.lefts if c.dep_ == "compound" and c.i in r.at), None)
    if bare and (owner is None or owner.label != "ORG"):
        return
    for o in places:
        add("located_in", owner, r.entity(o, PLACE_LABELS), n, sent)


def _commands_unit(r, v, add, sent, stated) -> None:
    """"Germany looks set to take command of a brigade in Lithuania", "Britain leads a NATO
    battlegroup in Estonia", "Canada will contribute troops to the force in Latvia": the state
    or body has forces there (deploys_to the place)."""
    obj = _child(v, "dobj")
    if obj is None:
        return
    units = [obj]
    if obj.lemma_.lower() in ("command", "lead", "leadership", "charge"):
        units = list(_prep_objects(obj, "of")) or list(_prep_objects(v, "of"))  # "take command of a brigade"
    units = [u for u in units if u.lemma_.lower() in UNIT_NOUNS or any(
        c.dep_ == "compound" and c.lemma_.lower() in UNIT_NOUNS for c in u.children)]
    if not units or not stated(v):
        return
    first, h = _subject_tok(v), v
    while first is None and h.dep_ in ("xcomp", "acomp") and h.head.i != h.i:  # "Germany looks set to take command"
        h = h.head
        first = _child(h, "nsubj")
    who = r.subject(first, BODIES)
    hosts = [*units, v, obj]
    places = [o for h in hosts for o in _prep_objects(h, "in", "to")]
    places += [g for o in places if o.i not in r.at for g in _prep_objects(o, "in")]  # "to the NATO force in Latvia"
    places = [o for o in places if o.i in r.at and r.at[o.i].label in PLACE_LABELS]
    for o in _with_conjuncts(places):
        add("deploys_to", who, r.entity(o, PLACE_LABELS), v, sent)


def _on_duty(r, n, add, sent, stated) -> None:
    """"The 5,000 American troops in Iraq", "Frontex officers in Greece", "Frontex has 500 officers
    in Greece": the body (or the country of the nationality) the people serve has them there; not
    in its own country ("German police in Germany")."""
    owner = next((c for c in n.lefts if c.dep_ in ("poss", "compound", "nmod", "amod") and c.i in r.at
                  and r.at[c.i].label in ("ORG", "GPE", "NORP")), None)
    verb = n.head if n.dep_ == "dobj" and n.head.lemma_ in ("have", "keep", "maintain", "station", "retain") else None
    if owner is None and verb is not None:
        who = r.subject(_subject_tok(verb), BODIES)
    else:
        who = r.entity(owner, {"ORG", "GPE", "NORP"}) if owner is not None else None
    if who is None or verb is not None and not stated(verb):
        return
    places = [o for h in (n, *((verb,) if verb is not None else ())) for o in _prep_objects(h, "in", "on")]
    for o in places:
        if o.i in r.at and r.at[o.i].label in PLACE_LABELS and not r.at[o.i].demonym:
            place = r.entity(o, PLACE_LABELS)
            if place is not None and place.entity_id != who.entity_id and not _home(r, who, place):
                add("deploys_to", who, place, n, sent)


def _home(r, who, place) -> bool:
    """Whether a body's name names the place ("German police" in Germany, "Chicago police" in
    Chicago): a word of it looked up as that country, or sharing its first four letters."""
    words = [w for w in who.text.replace("'s", " ").split() if len(w) >= 4]
    if any(w[:4].lower() == place.text[:4].lower() for w in words):
        return True
    if r.ref is None:
        return False
    for w in words:
        found = r.ref.lookup(w, "NORP")
        if found is not None and found[0].entity_id == place.entity_id:
            return True
    return False
