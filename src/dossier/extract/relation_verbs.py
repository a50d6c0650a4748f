"""Relations stated by a verb: "X signed a deal with Y", "X will pay Y £N", "officers were
deployed to Z", "X criticised the Act" (the vocabulary is in :mod:`.relation_vocabulary`, the
noun rules in :mod:`.relation_nouns`, the loop over trigger words in :mod:`.relations`)."""

from __future__ import annotations

from .lexicon import ACTOR_LABELS, MONEY_NOUNS, PLACE_LABELS
from .relation_vocabulary import ACQUIRE_VERBS, OPERATION_NOUNS, PART_VERBS, PERSONNEL_NOUNS
from .relation_vocabulary import DELEGATE_NOUNS, MOVED_PEOPLE, PLACING_VERBS, PRAISE_VERBS, RESIDENCE_VERBS
from .relation_genre import CONTRACT_NOUNS, contract_holder, facility_conjuncts, place_inside, staff_sources
from .relation_genre import bare_object, unnamed_facility
from .relation_money import own_entity
from .relation_stance_acts import BACKING_VERBS, quoted_speaker, stance_object
from .resolve import Resolver
from .syntax import child as _child, prep_objects as _prep_objects, subject_of as _subject
from .syntax import controlled_subject, with_conjuncts as _with_conjuncts

SITE_NOUNS = {"site", "grounds", "premises", "base"}


# Children of a verb that start another clause: an amount inside them is not the verb's.
CLAUSAL = ("ccomp", "advcl", "relcl", "xcomp", "conj", "csubj", "parataxis", "nsubj", "mark", "punct", "cc")


ADJUNCT_PREPS = frozenset({"by", "after", "before", "while", "when", "through", "upon", "since"})


def _subject_tok(verb):
    """The subject (``controlled_subject``); for a gerund after a preposition of the clause
    ("AfD gained support by campaigning against Y", "Merkel, after meeting X, ...") the subject of
    the verb it modifies (not after "for": "praised Y for criticising Z" is Y's act)."""
    found = controlled_subject(verb)
    if found is None and verb is not None and verb.dep_ == "pcomp" and verb.tag_ == "VBG" \
            and verb.head.lower_ in ADJUNCT_PREPS and verb.head.head.pos_ in ("VERB", "AUX"):
        return controlled_subject(verb.head.head)
    return found


def _money_argument(verb, amounts) -> bool:
    """Whether an amount of money is an argument of ``verb``: it starts inside the phrase of one
    of the verb's non-clausal dependents ("will pay Ghana £120m", "has paid France more than
    £500m", "£6bn was provided"). The small model often splits "£120m" into a number and a verb
    "m", so the dependent's whole span is used, not the one token it labels object."""
    if not amounts:
        return False
    spans_ = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in verb.children
              if c.dep_ not in CLAUSAL]
    return any(lo <= x["start"] < hi for x in amounts for lo, hi in spans_)


def _concurs(verb) -> bool:
    """"agree with Y" states a deal only with what was agreed: an action ("agreed with Belgium to
    share data"), an object ("agreed a plan with"), or a topic of terms ("agreed with Morocco on a
    partnership"). With a that-clause or "about", or with none of these, it is sharing an opinion
    ("agreed with Matthews about the winner", "largely agreed with him")."""
    deps = {c.dep_ for c in verb.children}
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if "ccomp" in deps or "about" in preps:
        return True
    return not (deps & {"xcomp", "dobj"} or preps & {"on", "upon", "over"})


def _participle_host(t):
    """", located on ..." after a relative clause ("a centre used for migrants who have crossed
    the Channel, located on ..."): the parser hangs the participle on the clause's last noun;
    the thing located is the first argument noun above that relative clause."""
    above = False
    for a in t.head.ancestors:
        if a.dep_ == "relcl":
            above = True
        elif above and a.pos_ in ("NOUN", "PROPN") and a.dep_ in ("attr", "nsubj", "nsubjpass", "dobj", "appos"):
            return a
    return t.head


def _clause_places(verb, r):
    """Objects of in/at/to anywhere in the verb's clause (attachment of such phrases is the
    parser's weakest point: "used to house ... seekers in Hamburg")."""
    stack = list(verb.children)
    while stack:
        t = stack.pop(0)
        if t.dep_ in ("relcl", "ccomp", "advcl") or (t.pos_ == "VERB" and t.dep_ not in ("xcomp", "prep")):
            continue
        if t.dep_ == "prep" and t.lower_ in ("in", "at", "to", "into", "on"):
            for g in t.children:
                site = next((o for o in _prep_objects(g, "of") if o.i in r.at), None) \
                    if g.dep_ == "pobj" and g.lemma_ in SITE_NOUNS and g.i not in r.at else None
                if site is not None:  # "on the former site of RAF Lakenheath"
                    yield site
                    return
                if g.dep_ == "pobj" and r.entity(g, PLACE_LABELS) is not None:
                    yield g
                    return
        stack.extend(t.children)


def _misparsed_perfect(t):
    """The small model sometimes reads "X has in the past supplied Y" as 'has' (main verb) +
    'supplied' (adjective of Y). Returns the 'have' token in that case."""
    if t.dep_ == "amod" and t.tag_ in ("VBN", "VBD") and t.head.pos_ == "NOUN" and t.head.i > t.i:
        for h in t.ancestors:
            if h.lemma_ == "have" and h.i < t.i and _child(h, "nsubj") is not None:
                return h
    return None


# Prepositions of a common noun that name where it is: "to its embassies in Ghana", "to camps
# on Lesbos" (not "with": "to the border with Poland" is on this side of it)
NESTED_PREPS = ("in", "at", "on", "near", "along", "around", "outside")
BODY_LABELS = {"ORG", "GPE", "NORP"}


def _place_args(r, objs, labels=PLACE_LABELS):
    """The places named by prepositional objects and all their conjuncts ("to Latvia, Lithuania
    and Poland"); a common noun that is no place itself gives the places of its own prepositions
    ("to its embassies in Ghana and Nigeria", "to the borders with Poland"), one level down."""
    out = []
    for o in _with_conjuncts(list(objs)):
        nested = []
        if o.i not in r.at and o.pos_ == "NOUN":  # "to Greece's land border", "to the Greek border"
            nested = [c for c in o.lefts if c.dep_ in ("poss", "compound", "amod") and c.i in r.at] \
                or [g for g in _with_conjuncts(list(_prep_objects(o, *NESTED_PREPS))) if g.i in r.at]
        if not nested and o.i not in r.at and o.lemma_.lower() in ("border", "frontier", "boundary"):
            continue  # "sent soldiers to the border with Belarus": this side of it, not Belarus
        for g in nested or [o]:
            a = r.entity(g, labels)
            if a is not None and all(a.entity_id != b.entity_id for b in out):
                out.append(a)
    return out


def _bodies_of(r, staff):
    """The bodies people on duty belong to: "Border Force officers", "two Europol analysts",
    "Italian police officers", "NCA and Home Office staff", "officers from the Guardia Civil"."""
    found = []
    for c in staff.lefts:
        if c.dep_ in ("compound", "poss", "amod", "nmod"):
            for x in c.subtree:
                a = r.entity(x, BODY_LABELS) if x.i in r.at else None
                if a is not None and all(a.entity_id != b.entity_id for b in found):
                    found.append(a)
    if not found:
        found = [a for a in (r.entity(o, BODY_LABELS) for o in staff_sources(staff) if o.i in r.at) if a is not None]
    return found


def _placement(r, t, add, sent) -> None:
    """People on duty placed somewhere by a placing verb (``PLACING_VERBS``): "officers
    stationed in Indonesia", "Border Force officers based in Calais", "two analysts embedded
    with Europol", "the AFP has liaison officers based in Colombo", "Denmark will second
    officers to its embassies in Ghana": deploys_to from the body that placed them (the
    subject, the agent of a passive, the body the people belong to, or the one that "has"
    them) to each place (for "embedded with", also an organisation)."""
    if t.dep_ == "acl" and t.tag_ == "VBN":
        staff, who = t.head, None
    elif _child(t, "nsubjpass") is not None:
        staff, who = _child(t, "nsubjpass"), None
    else:
        staff = _child(t, "dobj")
        who = r.subject(_subject_tok(t)) if staff is not None else None
    if staff is None or staff.lemma_.lower() not in PERSONNEL_NOUNS:
        return
    if who is None:
        who = next((r.entity(o, BODY_LABELS) for o in _prep_objects(t, "by")), None)
    bodies = [who] if who is not None else _bodies_of(r, staff)
    if not bodies and staff.dep_ == "dobj" and staff.head.lemma_ in ("have", "keep", "maintain", "retain"):
        bodies = [r.subject(_subject_tok(staff.head), BODY_LABELS)]  # "the AFP has officers based in ..."
    bodies = [b for b in bodies if b is not None]
    if not bodies:
        return
    hosts = (t, staff) if staff.dep_ == "dobj" else (t,)  # "deployed staff to Calais" (the "to" on the object)
    if t.lemma_ == "embed":
        places = _place_args(r, (o for h in hosts for o in _prep_objects(h, "with", "in", "at", "inside")),
                             PLACE_LABELS | {"ORG"})
    else:
        places = _place_args(r, (o for h in hosts for o in _prep_objects(
            h, "in", "at", "to", "into", "on", "across", "around", "near", "along")))
    for who in bodies:
        for place in places:
            add("deploys_to", who, place, t, sent)


def delegations(r, tok, labels=ACTOR_LABELS):
    """"the governments of Spain and Mauritania", "ministers from Germany and Morocco": a plural
    noun for the people or governments of two or more named countries or bodies stands for them
    (empty unless two or more are named)."""
    if tok is None or tok.tag_ != "NNS" or tok.lemma_.lower() not in DELEGATE_NOUNS or tok.i in r.at:
        return []
    objs = [o for o in _with_conjuncts(list(_prep_objects(tok, "of", "from"))) if o.i in r.at]
    resolve = getattr(r, "r", r).entity  # the Resolver itself (no readings of relative pronouns)
    found = [e for e in (resolve(o, labels) for o in objs) if e is not None and e.label in ("GPE", "ORG")]
    return found if len(found) >= 2 else []


def _belonging(r, t, add, sent) -> None:
    """"X, which sits within Y", "X falls under Y", "X belongs to Y" (``PART_VERBS``): X part_of
    the organisation named as the object (a name, not a phrase containing one)."""
    subj = r.subject(_subject_tok(t), {"ORG", "PERSON"})
    for o in _prep_objects(t, *PART_VERBS[t.lemma_]):
        if o.i in r.at:
            add("part_of", subj, r.entity(o, {"ORG"}), t, sent)


def _verb_relation(r: Resolver, t, pred, add, sent) -> None:
    have = _misparsed_perfect(t)
    if have is not None:
        subj = r.entity(_child(have, "nsubj"))
        obj = t.head
        if pred == "supplies" or pred in ("funds", "supports", "visits", "manages", "owns", "publishes", "criticises"):
            add(pred, subj, r.entity(obj), t, sent)
        return
    # a participle modifying a noun is passive ("the centre run by X"), but not a clause with its
    # own subject ("said in a report that ICE had paid CoreCivic ...", misparsed as the noun's acl)
    passive = _child(t, "nsubjpass") is not None or (t.dep_ == "acl" and t.tag_ == "VBN" and _child(t, "nsubj") is None)
    agents = list(_prep_objects(t, "by"))
    if passive:
        subj = r.entity(agents[0]) if agents else None
        target = _child(t, "nsubjpass") or (t.head if t.dep_ == "acl" else None)
        if subj is not None and hasattr(r, "also") and pred not in ("agreement_with", "cooperates_with"):
            # "funded by the Swiss government and the Dutch foreign ministry": each agent acts
            others = [r.entity(c) for c in agents[0].children if c.dep_ == "conj"]
            others = [o for o in others if o is not None and o.entity_id != subj.entity_id]
            if others:
                r.also.setdefault((subj.entity_id, subj.start), others)
    else:
        # "videos of Trump insulting Islam": an active participle's subject is the name it modifies
        host = t.head if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.i in r.at else None
        prev = t.doc[t.i - 1] if t.i > 0 else None  # (the same, parsed as an adverbial clause)
        if host is None and t.dep_ == "advcl" and t.tag_ == "VBG" and _child(t, "nsubj") is None and prev is not None \
                and prev.dep_ in ("pobj", "dobj") and prev.i in r.at and r.at[prev.i].label == "PERSON":
            host = prev
        subj = r.subject(host if host is not None else _subject_tok(t))
        if subj is None and pred in ("criticises", "supports"):
            subj = quoted_speaker(r, t)  # '"We condemn X," said Y': the speaker
        if subj is None and t.dep_ == "xcomp" and t.head.lemma_ in ENGAGING_VERBS and _child(t.head, "nsubjpass") is not None:
            subj = r.subject(_child(t.head, "nsubjpass"))  # "X, which is paid by Y to run the centre": X runs it
        target = _child(t, "dobj") or bare_object(r, t)
    if pred == "manages" and t.dep_ == "acl":  # "won a contract to run X", "awarded a contract to Y to run X"
        subj = contract_holder(r, t) or (subj if t.head.lemma_.lower() not in CONTRACT_NOUNS else None)
    if pred in JOINT_PREDICATES and subj is not None and not passive:
        for o in _partners(t, target):  # "which runs Uganda's settlements together with UNHCR"
            add("cooperates_with", subj, r.entity(o, {"ORG", "GPE"}), t, sent)
    if pred == "criticises" and t.lemma_ == "call":
        # "what Labour called its 'disastrous failure'": the possessor of the object
        subj = r.entity(_subject(t))
        obj_tok = _child(t, "oprd") or _child(t, "dobj")
        poss = _child(obj_tok, "poss") if obj_tok is not None else None
        if poss is not None:
            add(pred, subj, r.entity(poss, {"ORG", "PERSON", "GPE"}), t, sent)
        return
    if pred == "criticises" and passive and subj is None and t.lemma_ == "accuse":
        # "X are accused of ... from what Y called ...": the sentence's other speaker
        for c in sent:
            if c.lemma_ in ("call", "say", "claim") and c.i != t.i:
                subj = r.entity(_subject(c))
                if subj is not None:
                    break
    if pred == "deploys_to" and target is not None and target.lemma_.lower() in MOVED_PEOPLE:
        return  # "to send migrants to Albania": people transferred, not officers deployed
    if pred in ("deploys_to", "located_in"):
        if target is not None and target.lemma_.lower() in PERSONNEL_NOUNS and t.lemma_ in PLACING_VERBS:
            return  # "officers based in Calais": a deployment, read by ``_placement``
        who = subj
        if pred == "deploys_to" and who is None and passive and target is not None:
            # "Carabinieri officers were deployed to Lampedusa": the body the officers belong to
            who = r.entity(target, {"ORG", "GPE", "NORP"}) if target.i not in r.at else None
        if pred == "located_in" and t.lemma_ in RESIDENCE_VERBS:  # "who immigrated to Clarkston" (people only)
            if subj is None or subj.label != "PERSON" or (t.lemma_ == "come" and not any(_prep_objects(t, "from"))):
                return
        if pred == "located_in":
            if t.dep_ == "acl" and t.i > 0 and t.doc[t.i - 1].text == "," and target is not None:
                target = _participle_host(t)
            who = r.entity(target) if passive and target is not None else subj
            v = t
            while who is None and v.dep_ in ("xcomp", "advcl", "conj", "ccomp") and v.head.i != v.i:
                v = v.head  # "it began to be used ... to detain asylum seekers in Rotterdam"
                who = r.entity(_child(v, "nsubjpass") or _child(v, "nsubj"))
        if pred == "deploys_to":  # "sent to Latvia, Lithuania and Poland", "to its embassies in Ghana"
            objs = list(_prep_objects(t, "in", "at", "to", "into"))
            if target is not None and not passive:  # "deployed drones to Dover" (the "to" on the object)
                objs += list(_prep_objects(target, "to", "into"))
            for place in _place_args(r, objs):
                add(pred, who, place, t, sent)
            return
        for o in _clause_places(t, r):
            add(pred, who, r.entity(o, PLACE_LABELS) or (r.entity(o, {"ORG"}) if o.head.head.lemma_ in SITE_NOUNS else None), t, sent)
        return
    if pred == "visits":
        obj = r.entity(target, PLACE_LABELS | {"ORG"}) if target is not None else None
        if t.lemma_ in ("travel", "fly", "arrive"):  # "officials travelled to Tirana", "arrived in Ankara"
            obj = next((r.entity(o, PLACE_LABELS) for o in _prep_objects(t, "to", "in", "at")), None)
        if t.lemma_ == "accompany":  # "S accompanied X to Beirut": both go there
            obj = next((r.entity(o, PLACE_LABELS) for o in [*_prep_objects(t, "to"), *(
                _prep_objects(target, "to") if target is not None else ())]), None)
            add(pred, r.entity(target, {"PERSON"}) if target is not None else None, obj, t, sent)
        if t.lemma_ == "inspect" and target is not None:
            at = list(_prep_objects(target, "at", "in")) + list(_prep_objects(t, "at", "in"))
            obj = r.entity(at[0], PLACE_LABELS) if at else None
        add(pred, subj, obj, t, sent)
        for o in _prep_objects(t, "with"):  # "visited Lampedusa with Italy's interior minister, X": X too
            add(pred, r.entity(o, {"PERSON"}), obj, t, sent)
        return
    if pred == "turns_back":  # "pushed back migrants towards Turkey", "turned back a boat off Java"
        preps = ("at", "to", "into", "towards", "toward", "near", "off")
        for o in [*_prep_objects(t, *preps), *(_prep_objects(target, *preps) if target is not None else ())]:
            place = r.entity(o, PLACE_LABELS)
            if place is None:  # "at the border with Belarus" (the "with" often hung on the verb)
                for g in [*_prep_objects(o, "with", "of"), *(_prep_objects(t, "with") if o.lemma_ == "border" else ())]:
                    place = r.entity(g, PLACE_LABELS)
            add(pred, subj, place, t, sent)
        return
    if pred in ("funds", "supplies"):
        recipients = list(_prep_objects(t, "to")) if pred == "funds" else [target]
        if pred == "funds":  # "transfer €12m from its budget line to the ONA" (the "to" hung on the source)
            recipients += [o for f in _prep_objects(t, "from") for o in _prep_objects(f, "to")]
        if pred == "funds":  # "for the coastguard" (not "for returns from Libya")
            recipients += [o for o in _prep_objects(t, "for") if own_entity(r, o) is not None]
            given = _double_object(r, target)
            if given is not None:
                recipients.append(given)
        if pred == "funds":  # "will pay France £480m": the indirect object receives
            recipients += [c for c in t.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")]
            if target is not None and (target.pos_ == "PROPN" or passive and target.lower_ in ("which", "who")) \
                    and t.lemma_ not in ("fund", "finance", "bankroll") \
                    and not ({x.lower_ for x in target.subtree} & MONEY_NOUNS):
                recipients.append(target)  # "has paid France more than £500m" (parsed as its object)
            if target is not None:  # "has provided €6bn to Jordan" (the "to" hung on the amount)
                recipients += [o for o in _prep_objects(target, "to") if o not in recipients]
        if pred == "funds" and t.lemma_ in ("fund", "finance", "bankroll") and target is not None:
            recipients = [target]  # "the ministry has funded the French police"
        if pred == "supplies" and target is None:
            recipients = []
        if pred == "funds" and t.lemma_ in ("divert", "deliver") and passive:
            # "the grant to Jordan ..., which was diverted ... to the ministry's International Operations"
            holder = next((r.entity(o, {"ORG"}) for o in _prep_objects(t, "to", "through", "via")), None)
            noun = t.head if t.dep_ in ("relcl", "acl") else (_child(t, "nsubjpass"))
            if noun is not None and holder is not None:
                for o in _prep_objects(noun, "to"):
                    add(pred, holder, r.entity(o, ACTOR_LABELS), t, sent)
            return
        for o in recipients:
            add(pred, subj, r.entity(o, ACTOR_LABELS), t, sent)
        return
    if pred in ("agreement_with", "cooperates_with"):
        withs = list(_prep_objects(t, "with", "alongside"))
        if target is not None:
            withs += list(_prep_objects(target, "with"))
            for o in _prep_objects(target, "of"):  # "signed a memorandum of understanding with Libya"
                withs += list(_prep_objects(o, "with"))
        subj_tok = _subject(t)
        conj = [c for c in (subj_tok.children if subj_tok is not None else []) if c.dep_ == "conj"]
        if t.lemma_ == "agree" and _concurs(t):
            withs = []  # "The judge agreed with Ms. Trump that ...": an opinion shared, not a deal
        for o in withs:
            add(pred, subj, r.entity(o), t, sent)
        for c in conj:  # "Spain and Morocco have agreed"
            add(pred, subj, r.entity(c), t, sent)
        parties = delegations(r, subj_tok) if not passive else []
        for other in parties[1:]:  # "the foreign ministers of Greece and Egypt signed"
            add(pred, parties[0], other, t, sent)
        pair = r.pair(subj_tok) if not conj and not passive else None
        if pair is not None:  # "the two countries signed an agreement"
            add(pred, pair[0], pair[1], t, sent)
        if passive:  # "the agreement was signed by Italy and Albania"
            for a in agents[1:]:
                add(pred, subj, r.entity(a), t, sent)
        return
    if t.lemma_ == "lead" and (target is None or target.i not in r.at or r.at[target.i].label != "ORG" or any(
            x.like_num for x in target.subtree)):  # nor "Clinton led Trump 47 percent" (a poll)
        return  # "Leijtens leads Frontex" (a body named), not "led the talks with Y", "led Britain"
    if t.lemma_ in ACQUIRE_VERBS and (target is None or target.i not in r.at or r.at[target.i].label not in ("ORG", "FAC")):
        return  # "bought a house in Florida" owns no Florida
    if target is None and pred == "manages":  # "outsourcers operating at the site" (a facility, not a country)
        site = next(_prep_objects(t, "at", "in"), None)
        add(pred, subj, r.entity(site, {"FAC", "ORG"}) if site is not None else None, t, sent)
        return
    # the object is not a name that only modifies a noun ("managed two Scottish ships"), except that
    # criticising X's action criticises X ("condemned North Korea's latest launch")
    read = r.subject
    if pred == "criticises" or t.lemma_ in PRAISE_VERBS or t.lemma_ in BACKING_VERBS:  # "condemned North Korea's launch"
        read = lambda o: stance_object(r, o, t, sent)  # noqa: E731 (its possessor, a ruling's court, a report's author)
    if t.lemma_ in PRAISE_VERBS and target is not None and target.lower_ in ("it", "this", "that"):
        return  # "defended it": a thing, seldom the last organisation named
    for o in _with_conjuncts([target]) if target is not None else [None]:  # "criticized Sanders and Clinton"
        if pred in ("manages", "owns") and o is not None and (unnamed_facility(r, o) or place_inside(r, o)):
            continue  # "runs the reception centre in Tenerife" runs no Tenerife
        add(pred, subj, read(o) if o is not None else None, t, sent)
        for name in facility_conjuncts(r, o) if o is not None else ():  # "manages the Dadaab and Kakuma camps"
            add(pred, subj, r.entity(name), t, sent)


# "X was paid / hired / appointed to run Y": the one engaged does it (not "X is set / expected to sign")
ENGAGING_VERBS = frozenset({"pay", "hire", "contract", "commission", "employ", "appoint", "task", "engage", "fund",
                            "mandate", "select", "choose", "charge", "elect"})
JOINT_PREDICATES = frozenset({"manages", "funds", "deploys_to", "supplies", "publishes", "turns_back"})


def _partners(verb, target):
    """The bodies an act is done "together / jointly with" ("runs the settlements together with
    UNHCR", "jointly with Y", the "with" hung on the verb or on its object)."""
    for host in (verb, target):
        for c in (host.children if host is not None else ()):
            if c.dep_ == "prep" and c.lower_ == "with" and any(
                    a.dep_ == "advmod" and a.lower_ in ("together", "jointly") for a in c.children):
                yield from _with_conjuncts([g for g in c.children if g.dep_ == "pobj"])


def _double_object(r, target):
    """"has given the Libyan coastguard boats and €30m": the parser often reads the first of two
    objects as a compound of the second; an organisation or country named just before the
    object's noun, and not part of it, is the one given to."""
    if target is None or target.i in r.at or target.pos_ != "NOUN":
        return None
    prev = target.i - 1
    m = r.at.get(prev)
    if m is None or m.label not in ("ORG", "GPE") or m.end > target.i or target.doc[prev].head.i != target.i \
            or target.doc[prev].dep_ != "compound":
        return None
    return target.doc[m.start]


def _joint_action(r, t, add, sent) -> None:
    """"The arrest operations were conducted by officers from A and B" / "A and B carried out a
    joint operation": an operation done by several bodies is their cooperation (the first with
    each other one). Only with an operation noun as what was done, and only between
    organisations or countries."""
    if t.lemma_ == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
        return
    passive = _child(t, "nsubjpass") is not None
    done = _child(t, "nsubjpass") if passive else _child(t, "dobj")
    if done is None or done.lemma_.lower() not in OPERATION_NOUNS:
        return
    if passive:
        doers = list(_prep_objects(t, "by"))
    else:
        first = _subject_tok(t)
        doers = [first, *(c for c in first.children if c.dep_ == "conj")] if first is not None else []
    actors, seen = [], set()
    for d in doers:
        # "officers from A and B": the bodies the people come from
        for g in [d, *_prep_objects(d, "from", "of")] if d.i not in r.at else [d]:
            a = r.entity(g, {"ORG", "GPE"})
            if a is not None and a.entity_id not in seen:
                seen.add(a.entity_id)
                actors.append(a)
    for other in actors[1:]:
        add("cooperates_with", actors[0], other, t, sent)
