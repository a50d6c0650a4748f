"""Relations stated by a noun: "the UK–France deal", "an agreement with Y", "funding for X",
"X, a critic of Y" (see the vocabulary in :mod:`.relations`)."""


from __future__ import annotations

from .lexicon import COMBINING_FORMS, PLACE_LABELS
from .relation_vocabulary import GENERAL_TITLES, ANY, DEAL_VERBS, DEPUTY_WORDS, MONEY_WORDS, NOUN_TRIGGERS, PART_PREPS, PAST_WORDS
from .relation_verbs import delegations, own_entity
from .resolve import Arg, Resolver
from .syntax import child as _child, governing_actor as _governing_actor, prep_objects as _prep_objects
from .syntax import controlled_subject as _subject_tok, with_conjuncts as _with_conjuncts

PARTY_LABELS = ("GPE", "ORG", "NORP")
# unit nouns read before 2026-12-03, whose "of" object may also be a country ("an agency of France")
OLD_UNIT_NOUNS = {"agency", "arm", "branch", "subsidiary", "division", "unit", "wing"}
DASHES = "-–—/"


def _agent_noun_relation(r, n, pred, add, sent) -> None:
    """"Jones, a harsh critic of the Act" / "Jones is a supporter of NATO" / "critics of the
    programme, like Jones" / "France, a permanent member of the Council": the noun's holder
    (the name it is in apposition to, the subject of its copula, or its examples) relates to
    the object of its "of"."""
    unit = pred == "part_of" and n.lemma_ != "member"
    objects = [o for o in _prep_objects(n, *(PART_PREPS if unit else ("of",)))]  # "a unit within Y"
    if not objects and unit and n.dep_ == "appos":
        # "UNHCR, the UN refugee agency": an organisation modifying the noun is the whole;
        # "BAMF, Germany's asylum authority": so is a country that owns it
        objects = [c for c in n.lefts if c.i in r.at and (
            (c.dep_ in ("compound", "nmod", "poss") and r.at[c.i].label == "ORG")
            or (c.dep_ == "poss" and r.at[c.i].label == "GPE") or (c.dep_ == "amod" and r.at[c.i].label == "NORP"))]
        # "Enabel, the Belgian development agency": the country of the nationality adjective
    if not objects and pred != "part_of" and n.dep_ in ("appos", "attr") and n.tag_ == "NN":
        # "Yago, a Trump supporter", "Smith is a Clinton surrogate": the one named as its modifier
        objects = [c for c in n.lefts if c.dep_ in ("compound", "poss") and c.i in r.at and r.at[c.i].label in ("PERSON", "ORG")]
    if not objects:
        if n.lemma_ == "member":  # "NATO's members, particularly Poland", "EU member Poland"
            _members_named(r, n, add, sent)
        return
    labels = {"ORG", "GPE", "NORP"} if pred == "part_of" else ANY
    if unit and n.lemma_ not in OLD_UNIT_NOUNS:
        labels = {"ORG", "GPE"} if objects and objects[0].dep_ == "poss" else ({"NORP"} if objects[0].dep_ == "amod" else {"ORG"})
    holder = None
    doc = n.doc
    before = n.left_edge.i - 2
    holder_at_before = pred == "part_of" and n.dep_ == "appos" and before >= 0 and doc[before + 1].text == "," \
        and before in r.at and r.at[before].label in ("GPE", "ORG")
    if holder_at_before:
        holder = r.entity(doc[before])  # "the foreign minister of France, a permanent member of ..."
    elif n.dep_ == "appos":
        holder = r.entity(n.head)
    elif n.dep_ == "attr" and n.head.lemma_ == "be":
        holder = r.entity(_child(n.head, "nsubj"))
        if holder is not None and n.tag_ == "NNS":  # "Belgium, the Netherlands and Luxembourg are members of Y"
            for c in _with_conjuncts([_child(n.head, "nsubj")])[1:]:
                r.also.setdefault((holder.entity_id, holder.start), []).append(r.entity(c))
    elif pred != "part_of":
        holder = r.entity(n)  # "critics of X, like A and B": the examples
    if holder is None:
        return
    if n.dep_ == "appos" and n.tag_ == "NNS":  # "Lithuania, Latvia and Estonia, all members of NATO": each
        first = doc[before] if holder_at_before else n.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        for c in _with_conjuncts([first]):
            other = r.entity(c) if c.i in r.at else None
            if other is not None and other.entity_id != holder.entity_id:
                r.also.setdefault((holder.entity_id, holder.start), []).append(other)
    for o in objects:
        target = r.entity(o, labels)
        if target is None and pred != "part_of":
            target = r.entity(_child(o, "poss"), labels) if _child(o, "poss") is not None else None
        add(pred, holder, target, n, sent)


def _named_parties(r, n):
    """Entities named as modifiers of an agreement noun: "the UK–France deal", "a
    Franco-German partnership" (a combining form stands for its demonym), and inside a named
    agreement that is one mention ("the Italy–Libya Memorandum") its words before the noun, each
    looked up in the reference table."""
    parties, seen = [], set()

    def keep(a):
        if a is not None and a.entity_id not in seen:
            seen.add(a.entity_id)
            parties.append(a)

    whole = r.at.get(n.i)
    if whole is not None and r.ref is not None:
        for t in n.doc[whole.start:n.i]:
            for lo, part in _dash_parts(t):
                keep(_looked_up(r, part, t.idx + lo))
        return parties
    for c in n.lefts:
        if c.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            first = r.at.get(c.left_edge.i)
            if first is not None and first.label in PARTY_LABELS and first.start >= 2 \
                    and n.doc[first.start - 1].text in DASHES and r.at.get(first.start - 2) is not None:
                # "the Australia–Nauru arrangement": the parser often hangs the first name elsewhere
                keep(r.entity(n.doc[first.start - 2], set(PARTY_LABELS)))
            for t in c.subtree:
                a = r.at.get(t.i) if not t.is_punct else None  # (the dash of "Franco-German" names no party)
                if a is not None and r.ref is not None and a.entity_id not in r.ref.entities:
                    # a name the reference does not know, as "Sino-Russian" or "Anglo": its parts;
                    # failing those, the name itself ("the Australia–Nauru arrangement")
                    got = 0
                    for lo, part in _dash_parts(t):
                        form = COMBINING_FORMS.get(part.lower())
                        x = _looked_up(r, form, t.idx + lo, part) if form else _looked_up(r, part, t.idx + lo)
                        got += x is not None
                        keep(x)
                    if not got and a.label in PARTY_LABELS[:2] and r.at.get(a.start - 1) is None:
                        keep(r.entity(t))
                elif a is not None and a.label in PARTY_LABELS:
                    keep(r.entity(t))
                elif a is None and t.lower_ in COMBINING_FORMS and r.ref is not None:
                    keep(_looked_up(r, COMBINING_FORMS[t.lower_], t.idx, t.text))
    return parties


def _dash_parts(tok):
    """(offset in the token, text) of the parts of a token between dashes ("Italy–Libya")."""
    lo = 0
    for i, ch in enumerate(tok.text + "-"):
        if ch in DASHES:
            if i > lo:
                yield lo, tok.text[lo:i]
            lo = i + 1


def _looked_up(r, surface, start, written=None):
    """The reference entity (country or organisation) a word names, as an argument at its place."""
    found = r.ref.lookup(surface, "NORP" if written else None)
    if found is None or found[0].type not in PARTY_LABELS[:2]:
        return None
    written = written or surface
    return Arg(found[0].entity_id, found[0].type, start, start + len(written), written)


def _noun_relation(r: Resolver, n, pred, add, sent) -> None:
    if pred in ("agreement_with", "cooperates_with"):
        parties = _named_parties(r, n)
        for other in parties[1:]:  # "the UK-France deal"
            add(pred, parties[0], other, n, sent)
    poss = _child(n, "poss")
    by = list(_prep_objects(n, "by"))
    if pred in ("agreement_with", "cooperates_with") and not by:  # "the deal brokered by X with Y"
        by = [o for c in n.children if c.dep_ == "acl" and any(_prep_objects(c, "with")) for o in _prep_objects(c, "by")]
    subj = r.entity(poss) if poss is not None else (r.entity(by[0]) if by else None)
    if subj is None:
        head = n.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and head.dep_ in ("pobj", "prep", "dobj", "conj"):
            head = head.head
        subj = r.entity(_subject_tok(head)) if head.dep_ == "xcomp" and head.pos_ == "VERB" else None
    if subj is None and pred == "cooperates_with":  # "the cooperation of the Ministry of Labour with the ILO"
        subj = next((r.entity(o) for o in _prep_objects(n, "of") if o.i in r.at and any(_prep_objects(n, "with"))), None)
    if subj is None:
        subj = r.entity(_governing_actor(n))
    if pred in ("agreement_with", "cooperates_with"):
        parent = None
        if n.dep_ == "pobj" and n.head.lower_ in ("including", "like"):  # the nearest agreement noun before
            parent = next((x for x in reversed(n.doc[sent.start:n.head.i]) if x.lemma_ in NOUN_TRIGGERS
                           and any(True for _ in _prep_objects(x, "between"))), None)
        if parent is not None:
            # "arrangements between the UK and Europe, including an agreement reached with France"
            first = next(iter(_prep_objects(parent, "between")), None)
            if first is not None and r.entity(first) is not None:
                subj = r.entity(first)
        withs = list(_prep_objects(n, "with"))
        for o in _prep_objects(n, "of"):  # "a memorandum of understanding with Libya"
            withs += list(_prep_objects(o, "with"))
        for c in n.children:  # "an agreement reached with France" (not "a statement that X would work with Y")
            if c.dep_ == "acl" and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children):
                withs += list(_prep_objects(c, "with"))
        for o in withs:
            add(pred, subj, r.entity(o), n, sent)
        for c in n.children:  # "the deal Britain struck with Rwanda": a relative clause of a deal verb
            if c.dep_ == "relcl" and (c.lemma_ in DEAL_VERBS or c.lemma_ == "sign") and _child(c, "neg") is None:
                maker = r.subject(_subject_tok(c))
                for o in _prep_objects(c, "with"):
                    add(pred, maker, r.entity(o), n, sent)
        if n.dep_ == "dobj" and n.head.lemma_ in DEAL_VERBS:  # "X and Y sealed their agreement"
            first = _subject_tok(n.head)
            for c in (c for c in (first.children if first is not None else ()) if c.dep_ == "conj"):
                add(pred, r.entity(first), r.entity(c), n, sent)
            pair = r.pair(first)
            if pair is not None:  # "the two nations reached a deal"
                add(pred, pair[0], pair[1], n, sent)
            parties = delegations(r, first)
            for other in parties[1:]:  # "officials from Ghana and Britain announced a deal"
                add(pred, parties[0], other, n, sent)
        between = list(_prep_objects(n, "between"))
        pair = r.pair(between[0]) if len(between) == 1 else None
        if pair is not None:  # "the agreement between the two countries"
            add(pred, pair[0], pair[1], n, sent)
        elif between:
            first = r.entity(between[0])
            for c in between[1:]:
                add(pred, first, r.entity(c), n, sent)
        return
    if pred == "visits":
        for o in _prep_objects(n, "to"):
            add(pred, subj, r.entity(o, PLACE_LABELS | {"ORG"}), n, sent)
        return
    if pred == "deploys_to":
        # "ordered the deployment of four battalions to Estonia and Poland"
        places = list(_prep_objects(n, "to", "in", "into"))
        for o in _prep_objects(n, "of"):
            places += list(_prep_objects(o, "to", "in", "into"))
        if n.dep_ == "dobj":  # "announced the deployment of officers to Greece" (attached to the verb)
            places += list(_prep_objects(n.head, "to", "into"))
        for o in _with_conjuncts(places):
            add(pred, subj, r.entity(o, PLACE_LABELS), n, sent)
        return
    if pred == "criticises":
        # "made a strong condemnation of North Korea's latest nuclear test", "Obama's opposition to Brexit"
        for o in _prep_objects(n, *(("to",) if n.lemma_ == "opposition" else ("of",))):  # "opposition of X": X opposes
            target = r.entity(o, ANY)
            if target is None and _child(o, "poss") is not None:
                target = r.entity(_child(o, "poss"), ANY)
            add(pred, subj, target, n, sent)
        return
    if pred == "supports":  # "support for X", "threw their support behind X" (the thrower supports)
        behind = list(_prep_objects(n.head, "behind")) if n.dep_ == "dobj" else []
        if behind:
            subj = r.subject(_subject_tok(n.head))
        # "X's endorsement of Y" (with a possessor: "the endorsement of X" is X's, see relation_stance);
        # "X's praise for Y", "heaped praise on Y"
        preps = ("for", "to", "behind", *(("of",) if poss is not None else ()), *(("on",) if n.lemma_ == "praise" else ()))
        if n.lemma_ == "praise" and n.dep_ == "dobj":
            behind += list(_prep_objects(n.head, "on"))
        for o in [*_prep_objects(n, *preps), *behind]:
            if o.head.lower_ == "of" and o.i not in r.at:
                # "praise of Obama's response", "praise of the president, Vladimir Putin"; not "his
                # support of the so-called Charleston loophole" (a name inside the phrase is no object)
                named = [c for c in o.children if c.dep_ in ("poss", "appos") and c.i in r.at]
                if named:
                    add(pred, subj, r.entity(named[0]), n, sent)
                continue
            target = r.entity(o, {"ORG"}) or r.entity(o)
            if target is None:
                # "support for a new centre ... established by the Turkish National Police"
                for t in o.subtree:
                    if t.lower_ == "by" and t.dep_ == "agent":
                        target = r.entity(next((g for g in t.children if g.dep_ == "pobj"), None), {"ORG"})
            add(pred, subj, target, n, sent)
        return
    if pred == "funds":  # "funding to Jordan", "aid for the coastguard" (not "for returns from Libya")
        if n.lemma_ in ("contribution", "donation") and not (
                n.lemma_ == "donation" or any(c.lower_ in MONEY_WORDS for c in n.lefts)):
            return  # "a contribution to the debate"; "the EU's financial contribution" is money
        recipients = [r.entity(o) for o in _prep_objects(n, "to")] + [own_entity(r, o) for o in _prep_objects(n, "for")]
        if n.lemma_ in ("contribution", "donation") and n.dep_ == "dobj":  # "made a donation to UNICEF"
            recipients += [r.entity(o) for o in _prep_objects(n.head, "to")]
        recipients += [r.entity(_child(c, "dobj")) for c in n.children  # "a contribution to support Turkey"
                       if c.dep_ == "acl" and c.lemma_ in ("support", "help", "assist", "fund") and _child(c, "dobj") is not None]
        if subj is None and any(recipients):
            # "the grant to Turkey ..., which was diverted ... to Home Office International
            # Operations": the body the money went through is the funder
            for v in sent:
                if v.lemma_ in ("divert", "deliver", "channel", "route", "administer") and v.i > n.i:
                    for w in doc_after(v, sent):
                        if w.lower_ in ("to", "through", "via") and w.i > v.i:
                            holder = r.entity(next((g for g in w.children if g.dep_ == "pobj"), None), {"ORG"})
                            if holder is not None:
                                subj = holder
                                break
                    if subj is not None:
                        break
        for o in recipients:
            add(pred, subj, o, n, sent)


def doc_after(tok, sent):
    return (t for t in sent if t.i > tok.i)


# "X was named / appointed / elected head of Y": the title given is held
NAMING_VERBS = frozenset({"name", "appoint", "elect", "make", "choose", "select", "install", "confirm", "reelect",
                          "re-elect", "nominate"})
HOLDER_LABELS = frozenset({"PERSON", "ORG"})  # a person, or one the NER typed ORG ("Sylke Tempel")


def _role_holder(r, n):
    """The person a role noun is said of: "X, the editor of Y" (the name it is in apposition
    to), "Y, whose leader, X," / "Y's chairman, X" (a name in apposition to it), "Y leader X" (the
    name it is a title of), "X is (the) director of Y", "X serves as president of Y"."""
    named = next((c for c in n.children if c.dep_ == "appos" and c.i in r.at), None)
    if named is not None:
        return r.entity(named, HOLDER_LABELS)
    if n.dep_ in ("appos", "compound") and n.head.i in r.at:
        return r.entity(n.head, HOLDER_LABELS)
    if n.dep_ == "conj" and n.head.dep_ == "attr" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head  # "X is co-founder and national director of Y": the holder of the first title
    if n.dep_ == "attr" and n.head.lemma_ in ("be", "become", "remain") and _child(n.head, "neg") is None:
        return r.entity(_child(n.head, "nsubj"), {"PERSON"})  # "X is / became director of Y"
    if n.dep_ == "oprd" and n.head.lemma_ in NAMING_VERBS and _child(n.head, "neg") is None:
        return r.entity(_child(n.head, "nsubjpass"), {"PERSON"})  # "X was named / appointed head of Y"
    if n.dep_ == "pobj" and n.head.lower_ == "as" and n.head.head.lemma_ in ("serve", "act", "work") \
            and _child(n.head.head, "neg") is None:
        return r.entity(_subject_tok(n.head.head), {"PERSON"})
    m = r.at.get(n.i + 1)
    if m is not None and m.start == n.i + 1 and m.label == "PERSON" and n.dep_ in ("nsubj", "compound", "amod", "dobj"):
        return r.entity(n.doc[n.i + 1], HOLDER_LABELS)  # "X's chief executive Tim Hilton" (however parsed)
    return None


def _role_body(r, n, labels=frozenset({"ORG"})):
    """The body a role noun belongs to: its "of" object ("the president of the Academy"), an
    organisation that owns it ("NATO's chief", "the party, whose leader, X"), or one named as its
    modifier ("Northern League leader X")."""
    for o in _prep_objects(n, "of"):  # a name itself ("head of Organised Crime operations" heads no body named)
        a = r.entity(o, labels) if o.i in r.at else None
        if a is not None:
            return a
    for c in n.lefts:
        if c.dep_ == "poss" and c.lower_ == "whose":
            host = n.head if n.dep_ == "appos" else next((a.head for a in n.ancestors if a.dep_ == "relcl"), None)
            return r.entity(host, labels) if host is not None and host.i in r.at else None
        if c.dep_ in ("poss", "compound", "nmod") and c.i in r.at:
            a = r.entity(c, labels)
            if a is not None:
                return a
        if c.dep_ == "poss" and c.pos_ == "NOUN" and hasattr(r, "r"):  # "the coalition's executive director":
            # the body named before with that head word, or of that kind ("the group's director")
            return r.r.named_head(c, labels) or r.r._of_kind(c, labels)
    return None


def _head_noun_relation(r, n, add, sent) -> None:
    """A head of a body (``HEAD_NOUNS``: leader, chairman, president, director, editor ...)
    manages it: "Tempel, the editor of International Policy", "the party, whose leader, Le Pen,",
    "Northern League leader Salvini", "Phillips is director of the Program". Only organisations
    (a president of a country heads a state, not a body); a deputy or one of several ("vice
    president", "a director of") is part of it."""
    if n.i in r.at or n.tag_ in ("NNS", "NNPS") or any(c.lower_ in PAST_WORDS for c in n.lefts):
        return
    if n.lemma_.lower() == "general" and not any(c.lower_ in GENERAL_TITLES for c in n.lefts):
        return  # "secretary general", "director general" only
    holder = _role_holder(r, n)
    if holder is None:
        return
    body = _role_body(r, n)
    if body is None and n.dep_ == "conj":
        body = _role_body(r, n.head)  # "co-founder and national director of Y" (the "of" on the first title)
    if body is None:
        return
    # "House Democratic Leader X": the leader of a party's members there is one of the body's members
    deputy = any(c.lower_ in DEPUTY_WORDS or (c.i in r.at and r.at[c.i].label == "NORP") for c in n.lefts) or (
        n.lemma_.lower() == "executive" and not any(c.lower_ == "chief" for c in n.lefts))
    # "EU Commissioner Johansson": one of a commission's members (a police commissioner heads it)
    deputy = deputy or (n.lemma_.lower() == "commissioner" and any(
        w in body.text.split() for w in ("Commission", "EU", "Union", "European")))
    add("part_of" if deputy else "manages", holder, body, n, sent)


def _publication_relation(r, n, add, sent) -> None:
    """"International Policy, the magazine of the Council" / "the Council's magazine,
    International Policy": the body publishes the named publication."""
    if n.i in r.at:
        return
    named = next((c for c in n.children if c.dep_ == "appos" and c.i in r.at), None)
    if named is None and n.dep_ in ("appos", "compound") and n.head.i in r.at:
        named = n.head
    if named is None:
        return
    add("publishes", _role_body(r, n, frozenset({"ORG"})), r.entity(named, {"ORG", "WORK_OF_ART"}), n, sent)


def _members_named(r, n, add, sent) -> None:
    """"NATO's easternmost members, particularly Poland and the Baltic States", "EU member
    Poland", "fellow NATO member Turkey": the names given as the members are part of the body
    that owns (or modifies) the noun."""
    body = next((b for b in (r.entity(c, {"ORG"}) for c in n.lefts if c.dep_ in ("poss", "compound", "nmod")
                              and c.i in r.at) if b is not None), None)
    if body is None:
        return
    names = [c for c in n.children if c.dep_ == "appos" and c.i in r.at]
    names += [g for c in n.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
              for g in c.children if g.dep_ == "pobj" and g.i in r.at]  # "members, including A and B"
    if not names and n.dep_ == "compound" and n.head.i in r.at:
        names = [n.head]  # "EU member Poland"
    if not names and n.dep_ == "appos" and n.head.i in r.at and r.at[n.head.i].label == "GPE":
        names = [n.head]  # "Turkey, a NATO member," (countries only: lists of groups misparse)
    for g in _with_conjuncts(names):
        if g.i in r.at:
            add("part_of", r.entity(g, {"GPE", "ORG", "PERSON"}), body, n, sent)
