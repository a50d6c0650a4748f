"""Structural relations stated by shapes the verb and noun rules do not read: where a body is
based, whom it answers to, what it joined, who arms or trains whom, joint bodies of two parties,
and member states named as examples (split from :mod:`.relations`, at the module size limit).

| shape | row |
|---|---|
| "the Hamburg-based magazine Der Spiegel", "X, a Washington-based think tank" (a place, a dash, "based") | X located_in the place |
| "X's headquarters are in Y", "X, which has its headquarters / head office / main office in Y", "the X headquarters in Y"; an organisation's "office in Y" ("UNHCR's office in Y", "X opened an office in Y") | X located_in Y |
| "X reports / answers to Y" (present tense, no object, no "every month"), "X is subordinate / accountable / answerable to Y" (bodies named) | X part_of Y |
| "X joined Y" (Y an organisation named; not "joined Y in condemning", not "joined the case") | X part_of Y |
| "X joined forces with Y" | X cooperates_with Y |
| "X is training and arming Y", "X supplied / sold / delivered armoured vehicles to Y" (equipment; Y a body or country named) | X supplies Y |
| "X serves / sits on the Y Committee", "X was elected to the Y" | X part_of Y |
| "X, the owner of Y", "Y owner X" / "X, a major donor to Y" (Y named) | X owns Y / X funds Y |
| "S teamed up with O", "S and O will jointly patrol the border" | S cooperates_with O |
| "S and O set up a joint task force", "S launched a joint operation with O", "the Spanish-Moroccan team" | S cooperates_with O |
| "X's party, the Y" (a person's party named in apposition) | X part_of Y |
| "the Center for X at Y University" (a sub-body named, "at" an organisation) | the centre part_of Y |
| "the 5,000 American troops in Iraq", "Frontex officers in Greece", "Frontex has 500 officers in Greece" | deploys_to the place |
| "Germany will take command of a brigade in Lithuania", "the UK leads a battlegroup in Estonia" | deploys_to the place |
| "the Schengen Area's member states, including A and B", "EU member countries such as A", "Hungary, an EU member state" | A, B part_of the body |
| "A, B and C are among the founding members of Y", "A is one of the members of Y" | A, B, C part_of Y |

The rules of place (based in, seats, forces somewhere) are in :mod:`.relation_struct_places`; trips
("visited X in Y", "heading to Y", "a stop in Y") and a legislator's party ("X, Republican of Y") in
:mod:`.relation_struct_people`.
Each rule is a few look-ups around one token found by :data:`STRUCT_LEMMAS` (lemma) or
:data:`STRUCT_WORDS` (lower-case form); :mod:`.relations` calls :func:`structure` on those tokens
only, after its main loop.
"""

from __future__ import annotations

from .relation_nouns import _named_parties
from .relation_struct_people import PEOPLE_LEMMAS, PEOPLE_WORDS, people
from .relation_struct_places import COMMAND_VERBS, DUTY_NOUNS, SEAT_NOUNS, _commands_unit, _hyphen_based, _on_duty, _seat
from .relation_verbs import _subject_tok
from .syntax import child as _child, prep_objects as _prep_objects, with_conjuncts as _with_conjuncts

BODIES = frozenset({"ORG", "GPE"})
ANSWER_VERBS = frozenset({"report", "answer"})  # "X reports to Y": it is under Y
ANSWER_ADJECTIVES = frozenset({"subordinate", "accountable", "answerable"})
# "reports to the Commission every six months": a duty to report, not a line of command
PERIOD_WORDS = frozenset({"every", "each", "regularly", "annually", "monthly", "weekly", "quarterly", "yearly",
                          "periodically", "twice", "once", "daily", "back"})
ARMING_VERBS = frozenset({"arm", "train", "rearm"})
# Nouns of a body or action two parties form together: "the Spanish-Moroccan team", "a joint task force"
TEAM_NOUNS = frozenset({"team", "force", "taskforce", "patrol", "unit", "commission", "committee", "operation",
                        "investigation", "exercise", "centre", "center", "mission", "group", "initiative",
                        "programme", "program", "project", "brigade", "battalion"})
BETWEEN_NOT = frozenset({"border", "frontier", "boundary", "crossing", "route", "sea", "coast", "war", "conflict",
                         "dispute", "tension", "rivalry", "line"})
FORMING_VERBS = frozenset({"set", "launch", "create", "form", "establish", "found", "start", "open", "run",
                           "conduct", "carry", "hold", "mount", "stage", "lead", "announce", "agree", "begin"})
MEMBER_HEADS = frozenset({"state", "country", "nation", "government"})  # "member states, including A"
# "joined Amnesty in a call for ...": acting with a fellow actor, not joining it
JOINT_ACTS = frozenset({"call", "appeal", "statement", "letter", "condemnation", "criticism", "demand", "protest",
                        "lawsuit", "suit", "case", "effort", "campaign", "urging", "warning", "plea", "push", "bid"})
# Verbs of handing over goods: equipment sold, delivered or shipped "to" a body is supplied to it
HANDING_VERBS = frozenset({"supply", "sell", "deliver", "ship", "export", "transfer", "donate", "hand", "provide"})
EQUIPMENT_NOUNS = frozenset({"weapon", "arm", "equipment", "vehicle", "boat", "vessel", "ship", "drone", "aircraft",
                             "jet", "helicopter", "plane", "missile", "ammunition", "rifle", "gun", "tank", "radar",
                             "scanner", "camera", "system", "technology", "hardware", "gear", "uniform", "munition",
                             "launcher", "artillery", "armour", "armor", "patrol", "cutter", "fighter", "truck"})
# "X, the owner of Y", "Y owner X" (owns); "X, a major donor to Y" (funds)
HOLDER_NOUNS = {"owner": "owns", "co-owner": "owns", "proprietor": "owns", "donor": "funds", "funder": "funds",
                "financier": "funds", "bankroller": "funds"}
# "X serves / sits on the Y Committee", "X was elected to the Y": a member of it
SEATING_VERBS = {"serve": ("on",), "sit": ("on",), "elect": ("to",), "re-elect": ("to",), "reelect": ("to",)}
# "A and B will jointly patrol the border": a joint act of the conjoined subjects (not "A and B
# together account for 40%": a sum, not an act)
NOT_JOINT_ACTS = frozenset({"be", "account", "make", "represent", "have", "hold", "own", "host", "comprise", "total",
                            "constitute", "form", "receive", "get", "say", "make", "control", "share"})
# Names of a sub-body by their head word ("the Program on Peace-building at Columbia's Institute"):
# one "at" an organisation is part of it
SUBUNIT_WORDS = frozenset({"program", "programme", "center", "centre", "institute", "school", "department", "lab",
                           "laboratory", "clinic", "project", "initiative", "college", "faculty", "unit", "office"})
STRUCT_LEMMAS = frozenset({"base", "team", "jointly", "together", "party", "member", *COMMAND_VERBS, *DUTY_NOUNS, *SEAT_NOUNS, *ANSWER_VERBS, *ANSWER_ADJECTIVES, "join", *ARMING_VERBS,
                           *HANDING_VERBS, "joint", *TEAM_NOUNS, *MEMBER_HEADS, *HOLDER_NOUNS, *SEATING_VERBS,
                           *PEOPLE_LEMMAS})
STRUCT_WORDS = frozenset({"headquarters", "based", "at", *PEOPLE_WORDS})
DASHES = frozenset("-–—")


def structure(r, t, add, sent, stated) -> None:
    """The rules of the module docstring for one token ``t`` (``stated`` is
    :func:`.relations._stated`, asked last: it is the dearest test)."""
    low = t.lower_
    if low in PEOPLE_WORDS:  # "Senator X, Republican of Y" (:mod:`.relation_struct_people`): nothing else here
        if t.head.i in r.at:
            people(r, t, add, sent, stated)
        return
    lemma, pos = t.lemma_.lower(), t.pos_
    if lemma in PEOPLE_LEMMAS:
        people(r, t, add, sent, stated)  # trips, two leaders' shared commitment
    if low == "based":
        if t.dep_ == "amod":
            _hyphen_based(r, t, add, sent)
    elif pos == "VERB":
        _verb_shapes(r, t, lemma, add, sent, stated)
    elif pos in ("NOUN", "PROPN"):
        if t.i not in r.at:
            _noun_shapes(r, t, lemma, low, add, sent, stated)
    elif low == "at":
        if t.dep_ == "prep" and t.head.i in r.at:
            _unit_at(r, t, add, sent)
    elif lemma in ANSWER_ADJECTIVES:
        if pos == "ADJ":
            _subordinate(r, t, add, sent, stated)
    elif lemma == "joint":
        if t.dep_ == "amod":
            _joint(r, t.head, add, sent, stated)
    elif low in ("jointly", "together") and t.dep_ == "advmod" and t.head.pos_ == "VERB" \
            and t.head.lemma_ not in NOT_JOINT_ACTS and stated(t.head):
        parties = _parties_of(r, t.head)  # "Greece and Bulgaria will jointly patrol the border"
        for other in parties[1:]:
            add("cooperates_with", parties[0], other, t, sent)


def _verb_shapes(r, t, lemma, add, sent, stated) -> None:
    if lemma in ANSWER_VERBS:
        _answers_to(r, t, add, sent, stated)
    elif lemma == "join":
        if _child(t, "dobj") is not None and stated(t):
            _joined(r, t, add, sent)
    elif lemma in ARMING_VERBS or lemma in HANDING_VERBS:
        if t.dep_ not in ("amod", "acl") and (t.dep_ == "conj" or any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)) \
                and stated(t):
            _armed(r, t, add, sent)
    elif lemma in SEATING_VERBS:
        if any(c.dep_ == "prep" and c.lower_ in SEATING_VERBS[lemma] for c in t.children) and stated(t):
            _seated(r, t, add, sent)
    elif lemma == "team":
        if _child(t, "prt") is not None and stated(t):
            for o in _with_conjuncts(list(_prep_objects(t, "with"))):  # "X teamed up with Y"
                add("cooperates_with", r.subject(_subject_tok(t), BODIES), r.entity(o, BODIES) if o.i in r.at else None,
                    t, sent)
    if lemma in COMMAND_VERBS:
        _commands_unit(r, t, add, sent, stated)


def _noun_shapes(r, t, lemma, low, add, sent, stated) -> None:
    if lemma in SEAT_NOUNS or low == "headquarters":
        _seat(r, t, add, sent, stated)
    elif lemma in HOLDER_NOUNS:
        if t.pos_ == "NOUN":
            _holder_noun(r, t, add, sent)
    elif lemma == "party":
        poss = _child(t, "poss")
        named = next((c for c in t.children if c.dep_ == "appos" and c.i in r.at), None) if poss is not None else None
        if named is not None:  # "Angela Merkel's party, the Christian Democratic Union": her party
            add("part_of", r.entity(poss, {"PERSON"}), r.entity(named, {"ORG"}), t, sent)
    elif lemma == "member":
        if t.tag_ == "NNS" and t.dep_ == "pobj" and t.head.lower_ in ("among", "of"):
            _among_members(r, t, add, sent, stated)
    if lemma in TEAM_NOUNS:
        _pair_team(r, t, add, sent)
    if lemma in DUTY_NOUNS and t.tag_ == "NNS":
        _on_duty(r, t, add, sent, stated)
    if lemma in MEMBER_HEADS and any(c.dep_ == "compound" and c.lower_ == "member" for c in t.lefts):
        _member_states(r, t, add, sent)


def _answers_to(r, t, add, sent, stated) -> None:
    """"the Guardia Civil, which reports to the Ministry of the Interior", "the unit answers to
    the Home Office": a standing line of command (present tense; no object reported, no period
    of reporting) makes the body part of the one it reports to."""
    if t.tag_ not in ("VBZ", "VBP") or _child(t, "dobj") is not None or not stated(t) or any(
            c.lower_ in PERIOD_WORDS for c in t.subtree if c.i > t.i):
        return
    subj = r.subject(_subject_tok(t), {"ORG"})
    for o in _prep_objects(t, "to"):
        if o.i in r.at:
            add("part_of", subj, r.entity(o, {"ORG"}), t, sent)


def _subordinate(r, a, add, sent, stated) -> None:
    """"The Border Guard is subordinate to the Ministry of Interior", "the police, accountable to
    the ministry,": part of the organisation named."""
    if a.dep_ == "acomp" and a.head.lemma_ == "be":
        if not stated(a.head):
            return
        subj = r.subject(_child(a.head, "nsubj"), {"ORG"})
    elif a.dep_ in ("amod", "appos") and a.head.i in r.at:
        subj = r.entity(a.head, {"ORG"})
    else:
        return
    for o in _prep_objects(a, "to"):
        if o.i in r.at:
            add("part_of", subj, r.entity(o, {"ORG"}), a, sent)


def _joined(r, t, add, sent) -> None:
    """"Hungary, which joined the Schengen Area in 2007", "she joined the Social Democrats":
    part of the organisation named as the object (not "joined Amnesty in condemning ...", where
    the object is a fellow actor); "joined forces with Y": cooperates with Y."""
    subj = r.subject(_subject_tok(t), {"ORG", "GPE", "PERSON"})
    obj = _child(t, "dobj")
    if obj is None:
        return
    if obj.lower_ == "forces":
        for o in _with_conjuncts(list(_prep_objects(t, "with"))):
            add("cooperates_with", subj, r.entity(o, BODIES) if o.i in r.at else None, t, sent)
        return
    if obj.i not in r.at or any(c.dep_ == "prep" and (c.lower_ == "for" or c.lower_ == "in" and any(
            g.tag_ == "VBG" or g.lemma_ in JOINT_ACTS for g in c.children)) for c in t.children):
        return  # "joined Amnesty in condemning / in a call for ...", "joined X for talks"
    for o in _with_conjuncts([obj]):
        if o.i in r.at and not r.at[o.i].demonym:
            add("part_of", subj, r.entity(o, {"ORG"}), t, sent)


def _armed(r, t, add, sent) -> None:
    """"Turkey is training and arming the Syrian National Army", "the UAE supplied armoured
    vehicles to the Libyan National Army": the one armed or supplied (a body or country named)."""
    subj = r.subject(_subject_tok(t) or (_subject_tok(t.head) if t.dep_ == "conj" else None), BODIES)
    if t.lemma_ in HANDING_VERBS:
        obj = _child(t, "dobj") or _child(t, "nsubjpass")
        if obj is None or obj.i in r.at or t.dep_ == "xcomp" and t.head.lemma_ in ("agree", "offer", "promise"):
            return
        if t.lemma_ != "supply" and not (obj.lemma_.lower() in EQUIPMENT_NOUNS or any(
                c.dep_ == "compound" and c.lemma_.lower() in EQUIPMENT_NOUNS for c in obj.children)):
            return  # "sold the house to", "delivered the letter to": no equipment
        if _child(t, "nsubjpass") is not None:
            subj = next((r.entity(o, BODIES) for o in _prep_objects(t, "by")), None)
        targets = [o for o in _prep_objects(t, "to") if o.i in r.at]
    else:
        obj = _child(t, "dobj")
        if obj is None:  # "training and arming X": the object of the last conjunct
            obj = next((_child(c, "dobj") for c in t.children if c.dep_ == "conj" and _child(c, "dobj") is not None), None)
        targets = [o for o in _with_conjuncts([obj]) if o.i in r.at] if obj is not None else []
    for o in targets:
        add("supplies", subj, r.entity(o, BODIES | {"NORP"}), t, sent)


def _seated(r, t, add, sent) -> None:
    """"Senator X, who serves on the Judiciary Committee", "she was elected to the Bundestag in
    2017": a member of the body named (not "served on a panel"; "serve in the army" is the
    employment rule's, not read here)."""
    subj = _child(t, "nsubjpass") if t.lemma_ != "serve" and t.lemma_ != "sit" else None
    subj = r.subject(subj if subj is not None else _subject_tok(t), {"PERSON", "ORG", "GPE"})
    for o in _prep_objects(t, *SEATING_VERBS[t.lemma_]):
        if o.i in r.at and not r.at[o.i].demonym:
            add("part_of", subj, r.entity(o, {"ORG"}), t, sent)


def _holder_noun(r, n, add, sent) -> None:
    """"Rupert Murdoch, the owner of The Times", "Times owner Rupert Murdoch", "X, a major donor
    to the Clinton Foundation": the holder (the name the noun is in apposition to or a title of,
    or the copula's subject) owns / funds the body named as the object (itself a name)."""
    pred = HOLDER_NOUNS[n.lemma_.lower()]
    if n.tag_ == "NNS" and n.dep_ != "attr" or any(c.lower_ in ("former", "ex", "onetime", "then", "prospective",
                                                            "potential", "would-be") for c in n.lefts):
        return
    objs = [o for o in _prep_objects(n, "of", *(("to",) if pred == "funds" else ())) if o.i in r.at]
    objs += [c for c in n.lefts if c.dep_ in ("compound", "poss", "nmod") and c.i in r.at]
    if n.dep_ == "appos" and n.head.i in r.at:
        holder = r.entity(n.head, {"PERSON", "ORG", "GPE"})
    elif n.dep_ == "attr" and n.head.lemma_ == "be" and _child(n.head, "neg") is None:
        holder = r.subject(_child(n.head, "nsubj"), {"PERSON", "ORG", "GPE"})
    else:
        named = next((c for c in n.children if c.dep_ == "appos" and c.i in r.at), None)
        if named is None and r.at.get(n.i + 1) is not None and r.at[n.i + 1].start == n.i + 1:
            named = n.doc[n.i + 1]  # "Times owner Rupert Murdoch"
        holder = r.entity(named, {"PERSON", "ORG", "GPE"}) if named is not None else None
    for o in objs:
        add(pred, holder, r.entity(o, {"ORG", "FAC", "PRODUCT", "WORK_OF_ART"}), n, sent)


def _unit_at(r, at, add, sent) -> None:
    """"the Program on Peace-building and Rights at Columbia University's Institute", "the
    Center for Migration Studies at Georgetown University": a program, centre or institute
    named, "at" an organisation named, is part of it."""
    m = r.at[at.head.i]
    if m.label != "ORG" or m.demonym or not any(
            w.lower_ in SUBUNIT_WORDS for w in at.doc[m.start:min(m.end, m.start + 3)]):
        return  # the name's first words ("Center for ...", "the Migration Policy Institute")
    for o in (g for g in at.children if g.dep_ == "pobj" and g.i in r.at):
        add("part_of", r.entity(at.head, {"ORG"}), r.entity(o, {"ORG"}), at, sent)


def _parties_of(r, v):
    """The conjoined subjects (or agents of a passive) of ``v``, when two or more are named."""
    first = _subject_tok(v) if _child(v, "nsubjpass") is None else next(iter(_prep_objects(v, "by")), None)
    if first is None:
        return []
    found = [r.entity(x, BODIES) for x in _with_conjuncts([first]) if x.i in r.at]
    return [a for a in found if a is not None]


def _joint(r, n, add, sent, stated) -> None:
    """"Spain and Morocco have set up a joint police task force", "Greece launched a joint
    operation with Frontex", "a joint patrol by A and B": the parties cooperate."""
    v = n.head if n.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if v is not None and v.dep_ == "prep" and n.dep_ == "pobj":
        v = v.head  # "carried out in a joint operation": the verb
    if v is None or v.pos_ not in ("VERB", "AUX") or not stated(v):
        return
    parties = _parties_of(r, v) if n.dep_ == "pobj" or n.dep_ == "dobj" and v.lemma_ in FORMING_VERBS else []
    parties += [r.entity(o, BODIES) for o in _prep_objects(n, "by", "between") if o.i in r.at]
    parties = [p for p in parties if p is not None]
    withs = [r.entity(o, BODIES) for h in (n, v) for o in _with_conjuncts(list(_prep_objects(h, "with"))) if o.i in r.at] \
        if v.lemma_ in FORMING_VERBS or n.dep_ == "pobj" else []
    if parties and withs:
        for o in withs:
            add("cooperates_with", parties[0], o, n, sent)
    for other in parties[1:]:
        add("cooperates_with", parties[0], other, n, sent)


def _pair_team(r, n, add, sent) -> None:
    """"the Spanish-Moroccan team", "the Franco-Italian border patrols": two parties named
    before the noun, joined by a dash, form it together."""
    doc = n.doc
    if not n.n_lefts:
        return
    lo = n.left_edge.i
    seg = doc[lo:n.i].text  # (a span's text: the document's would be rebuilt at every call)
    if not any(ch in seg for ch in DASHES):
        return
    if any(doc[i].lemma_.lower() in BETWEEN_NOT for i in range(lo, n.i)):
        return  # "the Polish-Belarusian border guards": a border between them, not a team of both
    parties = _named_parties(r, n)
    if len(parties) < 2:
        return
    for other in parties[1:]:
        add("cooperates_with", parties[0], other, n, sent)


def _member_states(r, n, add, sent) -> None:
    """"the Schengen Area's member states, including Bulgaria and Romania", "EU member countries
    such as Poland": each name given is part of the body that owns (or modifies) the noun."""
    owners = [c for c in n.lefts if c.dep_ in ("poss", "compound", "nmod")]
    owners += [g for c in owners if c.lower_ == "member" for g in c.lefts if g.dep_ in ("compound", "nmod", "poss")]
    body = next((b for b in (r.entity(c, {"ORG"}) for c in owners if c.i in r.at) if b is not None), None)
    if body is None:  # ("an EU member state": the body modifies "member")
        return
    names = [c for c in n.children if c.dep_ == "appos" and c.i in r.at]
    for c in n.children:
        if c.dep_ in ("prep", "amod", "acl") and c.lower_ in ("including", "like", "such"):
            names += [g for g in c.subtree if g.dep_ == "pobj" and g.head.lower_ in ("including", "like", "as")
                      and g.i in r.at]
    if not names and n.dep_ in ("appos", "compound") and n.head.i in r.at:
        names = [n.head]  # "Hungary, an EU member state,", "EU member state Hungary"
    if not names and n.dep_ == "attr" and n.head.lemma_ == "be" and _child(n.head, "neg") is None \
            and _child(n.head, "nsubj") is not None:
        names = [_child(n.head, "nsubj")]  # "Hungary is an EU member state"
    for g in _with_conjuncts(names):
        if g.i in r.at:
            add("part_of", r.entity(g, {"GPE", "ORG"}), body, n, sent)


def _among_members(r, n, add, sent, stated) -> None:
    """"Germany, France and Italy are among the founding members of the European Union",
    "Poland is one of the members of NATO": each subject of the copula is part of the body."""
    be = n.head.head
    if n.head.lower_ == "of":  # "one of the members of Y"
        if be.lower_ != "one" or be.dep_ != "attr":
            return
        be = be.head
    if be.lemma_ != "be" or not stated(be) or _child(be, "neg") is not None:
        return
    body = next((r.entity(o, {"ORG"}) for o in _prep_objects(n, "of") if o.i in r.at), None)
    for g in _with_conjuncts([x for x in be.children if x.dep_ == "nsubj"]):
        if g.i in r.at:
            add("part_of", r.entity(g, {"GPE", "ORG", "PERSON"}), body, n, sent)
