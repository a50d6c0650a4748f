"""Relations between actors, from the dependency parse, in a small vocabulary for migration
governance. Each predicate has trigger words (verbs and nouns); its subject and object are
read from the parse around the trigger (subject, object, agent of a passive, possessor and
prepositions of a noun) and must resolve to entities. Pronouns and role nouns resolve to the
last fitting entity named before them; a relative pronoun ("who heads ...") stands for the noun
its clause modifies, and an apposition ("Jones, a critic of ...") for the name it follows.
A subject such as "unions, including A and B" stands for A and B. Negated verbs ("did not
support") state no relation.

| predicate | reads as | triggers |
|---|---|---|
| agreement_with | S has a deal / agreement / partnership with O | agree, sign, deal, agreement, partnership, pact; "the S–O deal" (two actors modifying the noun) |
| cooperates_with | S works with O | cooperate, collaborate, work with, cooperation, collaboration |
| supports | S supports O | support (verb or noun), back, assist, endorse, endorsement; "S, a supporter of O" |
| funds | S gives money to O | fund, finance, provide/give/pay … to, funding, grant, aid |
| supplies | S supplies O with equipment or training | supply, equip, provide … with |
| deploys_to | S sends officers to O | deploy, send, station, second, deployment (… to O) |
| visits | S visits O | visit (verb or noun), tour, inspect … at |
| criticises | S criticises or accuses O (a person, body, law or policy) | criticise, condemn, attack, blame, accuse, call (a failure), criticism, condemnation; "S, a critic of O", "critics of O, like S" |
| turns_back | S turns back migrants at O | turn back, push back, intercept |
| owns | S owns O | own, owned by |
| manages | S manages or operates O | manage, operate, run, head, helm, chair, oversee |
| located_in | S is (docked, berthed, based, moved) in or at O | dock, berth, moor, base, locate, station, move, tow, house … in |
| publishes | S publishes O | publish, release, launch |
| part_of | S is part of O | part of; "S, a member of O", "S is a member of O" |
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc

from ..schema import B, F, I, S, _t
from . import spans

from .context import DocContext
from .resolve import Resolver
from .syntax import child as _child, governing_actor as _governing_actor, phrase as _phrase, prep_objects as _prep_objects, subject_of as _subject
from .lexicon import ACTOR_LABELS, GIVE_VERBS, MONEY_NOUNS, NEGATING_VERBS, PLACE_LABELS, ROLE_LABELS

from .relation_nouns import _agent_noun_relation, _noun_relation  # noqa: F401
from .relation_vocabulary import AGENT_NOUNS, ANY, NOUN_TRIGGERS, TRIGGER_LEMMAS, VERB_TRIGGERS  # noqa: F401
from .syntax import controlled_subject as _subject_tok, with_conjuncts as _with_conjuncts


RELATIONS = _t(
    "relations",
    "Typed relations between entities, each with the words that state it; `documents.text[start:end] == evidence`.",
    ("doc_id", "start", "end", "predicate"),
    ("doc_id", S, "Document.", False),
    ("subject_entity_id", S, "Who acts.", False),
    ("predicate", S, "agreement_with, cooperates_with, supports, funds, supplies, deploys_to, visits, criticises, turns_back, owns, manages, located_in, publishes or part_of (the table in src/dossier/extract/relations.py).", False),
    ("object_entity_id", S, "Who or what is acted on.", False),
    ("start", I, "Offset of the evidence.", False),
    ("end", I, "End offset of the evidence.", False),
    ("evidence", S, "The words from subject to object that state the relation.", False),
    ("trigger", S, "The verb or noun that signals it.", False),
    ("sentence", I, "Sentence number.", False),
    ("quantity_start", I, "For funds: start offset of the amount in `quantities` (same doc_id)."),
    ("quantity_text", S, "For funds: the amount as written."),
)


RELATIVE = {"who", "which", "that", "whom"}


SITE_NOUNS = {"site", "grounds", "premises", "base"}


EXAMPLE_PREPS = ("including", "like", "such")  # "unions, including A and B"; "critics, like A"


class _Args:
    """The resolver, plus three readings of a token that is not itself a name: a relative pronoun
    stands for the noun its clause modifies ("Rubio, who heads ..."), an apposition for the name
    it follows ("Castañeda, a former minister, ..."), a plural noun with examples for them
    ("unions, including A and B": A, and B through ``also``)."""

    def __init__(self, r: Resolver):
        self.r, self.at, self.also = r, r.at, {}

    def entity(self, tok, labels=ACTOR_LABELS):
        r = self.r
        if tok is None:
            return None
        if tok.lower_ in RELATIVE and tok.tag_ in ("WP", "WDT") and tok.i not in r.at:
            clause = next((a for a in tok.ancestors if a.dep_ in ("relcl", "acl")), None)
            if clause is None:
                return None
            host = clause.head
            if tok.lower_ in ("who", "whom"):
                # "Witney, a fellow at the Council on Foreign Relations who ran ...": the person
                for _ in range(4):
                    m = r.at.get(host.i)
                    if (m is not None and m.label == "PERSON") or host.head is host:
                        break
                    if m is None and host.dep_ == "appos" and host.head.i in r.at:
                        host = host.head
                        continue
                    if host.dep_ not in ("pobj", "prep", "appos", "compound"):
                        break
                    host = host.head
                if r.at.get(host.i) is None or r.at[host.i].label != "PERSON":
                    host = clause.head
            return self.subject(host, labels)
        if tok.dep_ == "appos" and tok.i not in r.at and tok.head.i in r.at:
            return r.entity(tok.head, labels)  # "Castañeda, a former Mexican minister"
        if tok.i not in r.at and tok.pos_ == "NOUN":
            examples = [e for e in (r.entity(g, labels) for g in _example_objects(tok) if g.i in r.at) if e is not None]
            if examples:
                self.also[(examples[0].entity_id, examples[0].start)] = examples[1:]
                return examples[0]
        return r.entity(tok, labels)

    def subject(self, tok, labels=ACTOR_LABELS):
        """The entity acting as ``tok``: as ``entity``, but a common noun that only carries a name
        as a modifier is not that name ("Rand Paul's supporters are endorsing", "a Texas voter
        who supports", "House members who have endorsed", "two Scottish ships"); role nouns of
        actors ("the Turkish government", "the minister") still resolve."""
        role = ROLE_LABELS.get(tok.lower_, ROLE_LABELS.get(tok.lemma_)) if tok is not None else None
        if tok is not None and tok.pos_ == "NOUN" and tok.i not in self.at and role not in ("ORG", "PERSON", "GPE") \
                and not any(True for _ in _example_objects(tok)) \
                and any(c.i in self.at and (c.dep_ in ("poss", "compound")
                                            or (c.dep_ == "amod" and self.at[c.i].label == "NORP"))
                        for c in tok.children) \
                and not (tok.dep_ == "attr" and tok.head.lemma_ == "be"):
            return None
        return self.entity(tok, labels)

    def antecedent(self, tok, labels):
        return self.r.antecedent(tok, labels)


def _example_objects(tok):
    """"unions, including A and B" / "critics of X, like A" / "such as A" / "outsourcers
    operating there included A, B and C": A, B (, C)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_ in ("include", "comprise"):
        yield from _with_conjuncts([c for c in tok.head.children if c.dep_ == "dobj"])
        return
    for c in tok.children:
        if c.dep_ in ("prep", "amod", "acl") and c.lower_ in EXAMPLE_PREPS:
            for g in c.subtree:
                if g.dep_ in ("pobj", "dobj") and g.head.lower_ in ("including", "like", "as"):
                    yield g
                    yield from (h for h in g.children if h.dep_ == "conj")


def extract(ctx: DocContext) -> list[dict]:
    """Relation rows. A first-person "we" outside quotations stands for ``ctx.voice`` (the body
    whose statement the document is)."""
    doc, mentions, quantities = ctx.doc, ctx.mentions, ctx.results["quantities"]
    r = _Args(Resolver(doc, mentions, we=ctx.voice, quoted=[(q["start"], q["end"]) for q in ctx.results["quotes"]]))
    rows: list[dict] = []
    seen = set()
    money_in: dict[int, list[dict]] = {}  # sentence start (character) -> its amounts of money, in order
    starts = spans.sentence_starts(doc)
    for q in quantities:
        if q["kind"] == "money":
            money_in.setdefault(starts[bisect.bisect_right(starts, q["start"]) - 1], []).append(q)

    def add(pred, s, o, trig, sent):
        if s is None or o is None or s.entity_id == o.entity_id:
            return
        for other in r.also.get((s.entity_id, s.start), ()):  # "unions, including A and B, ..."
            add(pred, other, o, trig, sent)
        key = (s.entity_id, pred, o.entity_id, sent.start)
        if key in seen:
            return
        seen.add(key)
        lo = min(s.start, o.start, trig.idx)
        hi = max(s.end, o.end, trig.idx + len(trig))
        lo, hi = max(lo, sent.start_char), min(hi, sent.end_char)
        q = None
        if pred == "funds":
            q = next(iter(money_in.get(sent.start_char, ())), None)
        rows.append(dict(subject_entity_id=s.entity_id, predicate=pred, object_entity_id=o.entity_id,
                         start=lo, end=hi, evidence=text[lo:hi], trigger=trig.text,
                         sentence=sent_index[sent.start],
                         quantity_start=q["start"] if q else None, quantity_text=q["text"] if q else None))

    text = spans.text(doc)
    sents = spans.sentences(doc)
    sent_index = {s.start: i for i, s in enumerate(sents)}
    sent_token_starts = [s.start for s in sents]
    # only tokens that can trigger something are looked at
    candidates = set(spans.tokens_where(doc, LEMMA, TRIGGER_LEMMAS)) | set(spans.tokens_where(doc, LOWER, ["part"]))
    candidates |= {m.end - 1 for m in mentions if m.label == "ORG"}  # possessive owners of units
    for i in sorted(candidates):
        t = doc[i]
        sent = sents[bisect.bisect_right(sent_token_starts, i) - 1]
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") or (t.tag_ in ("VBN", "VBG", "VBD")):
            pred = VERB_TRIGGERS.get(lemma)
            particle = _child(t, "prt")
            if lemma in ("turn", "push") and particle is not None and particle.lower_ == "back":
                pred = "turns_back"
            if lemma == "work" and any(True for _ in _prep_objects(t, "with", "alongside")):
                pred = "cooperates_with"
            if lemma in GIVE_VERBS:
                dobj = _child(t, "dobj")
                obj_words = {x.lower_ for x in dobj.subtree} if dobj is not None else set()
                if obj_words & MONEY_NOUNS or any(x["start"] >= t.idx and x["start"] < sent.end_char for x in money_in.get(sent.start_char, ()) if dobj is not None and dobj.idx <= x["start"] <= dobj.right_edge.idx):
                    pred = "funds"
                elif any(True for _ in _prep_objects(t, "with")) and lemma in ("provide", "give"):
                    pred = "supplies"
            if lemma == "call" and any(c.dep_ in ("oprd", "dobj") for c in t.children) and (
                    t.dep_ == "relcl" or any(c.lower_ == "what" for c in t.children)):
                pred = "criticises"
            if pred is not None and _child(t, "neg") is None and not (
                    t.dep_ in ("xcomp", "acl", "pcomp") and t.head.i < t.i
                    and t.head.lemma_ in NEGATING_VERBS):  # "refused to endorse", "avoids condemning"
                _verb_relation(r, t, pred, add, sent)
        elif t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in NEGATING_VERBS:
            pass  # "avoided direct criticism of Trump"
        elif t.pos_ == "NOUN" and lemma in NOUN_TRIGGERS:
            _noun_relation(r, t, NOUN_TRIGGERS[lemma], add, sent)
        elif t.pos_ == "NOUN" and lemma in AGENT_NOUNS:
            _agent_noun_relation(r, t, AGENT_NOUNS[lemma], add, sent)
        elif t.lower_ == "part" and t.head.dep_ != "prep":
            of = list(_prep_objects(t, "of"))
            if of and t.dep_ == "appos":  # "X, part of Y"
                add("part_of", r.entity(t.head, ACTOR_LABELS), r.entity(of[0], {"ORG"}), t, sent)
            elif of and t.dep_ == "attr" and t.head.lemma_ == "be":  # "X is part of Y"
                add("part_of", r.entity(_child(t.head, "nsubj")), r.entity(of[0], {"ORG"}), t, sent)
        if t.dep_ == "poss" and t.i in r.at and r.at[t.i].label == "ORG":
            # "Immigration Enforcement's Criminal and Financial Investigations": a unit of it
            owner = r.at[t.i]
            unit = next((r.at[x.i] for x in (t.head, *_phrase(t.head))
                         if x.i in r.at and r.at[x.i].label == "ORG" and r.at[x.i] is not owner), None)
            if unit is not None:
                add("part_of", r.entity(doc[unit.start]), r.entity(t), t, sent)
        if t.lemma_ == "receive" and t.pos_ == "VERB":
            # "France will receive £141m from Britain": money received is money given
            obj = _child(t, "dobj")
            if obj is not None and any(x["start"] <= obj.idx < x["end"] or obj.lower_ in MONEY_NOUNS
                                       for x in money_in.get(sent.start_char, ())):
                for o in _prep_objects(t, "from"):
                    add("funds", r.entity(o), r.entity(_subject(t)), t, sent)
        if t.lemma_ in ("welcome", "host", "receive") and t.pos_ == "VERB":
            guest = _child(t, "dobj")
            for o in _prep_objects(t, "to", "in"):  # "will welcome Ylva Johansson to London"
                add("visits", r.entity(guest, {"PERSON", "ORG", "GPE"}), r.entity(o, PLACE_LABELS), t, sent)
    rows.sort(key=lambda x: (x["start"], x["predicate"], x["subject_entity_id"], x["object_entity_id"]))
    return rows


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
                if site is not None:  # "on the former site of RAF Manston"
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


def _verb_relation(r: Resolver, t, pred, add, sent) -> None:
    have = _misparsed_perfect(t)
    if have is not None:
        subj = r.entity(_child(have, "nsubj"))
        obj = t.head
        if pred == "supplies" or pred in ("funds", "supports", "visits", "manages", "owns", "publishes", "criticises"):
            add(pred, subj, r.entity(obj), t, sent)
        return
    passive = _child(t, "nsubjpass") is not None or (t.dep_ == "acl" and t.tag_ == "VBN")
    agents = list(_prep_objects(t, "by"))
    if passive:
        subj = r.entity(agents[0]) if agents else None
        target = _child(t, "nsubjpass") or (t.head if t.dep_ == "acl" else None)
    else:
        subj = r.subject(_subject_tok(t))
        target = _child(t, "dobj")
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
    if pred in ("deploys_to", "located_in"):
        who = subj
        if pred == "located_in":
            if t.dep_ == "acl" and t.i > 0 and t.doc[t.i - 1].text == "," and target is not None:
                target = _participle_host(t)
            who = r.entity(target) if passive and target is not None else subj
            v = t
            while who is None and v.dep_ in ("xcomp", "advcl", "conj", "ccomp") and v.head is not v:
                v = v.head  # "it began to be used ... to detain asylum seekers in Rotterdam"
                who = r.entity(_child(v, "nsubjpass") or _child(v, "nsubj"))
        for o in _clause_places(t, r) if pred == "located_in" else _prep_objects(t, "in", "at", "to", "into"):
            add(pred, who, r.entity(o, PLACE_LABELS) or (r.entity(o, {"ORG"}) if o.head.head.lemma_ in SITE_NOUNS else None), t, sent)
        return
    if pred == "visits":
        obj = r.entity(target, PLACE_LABELS | {"ORG"}) if target is not None else None
        if t.lemma_ == "inspect" and target is not None:
            at = list(_prep_objects(target, "at", "in")) + list(_prep_objects(t, "at", "in"))
            obj = r.entity(at[0], PLACE_LABELS) if at else None
        add(pred, subj, obj, t, sent)
        return
    if pred == "turns_back":
        for o in _prep_objects(t, "at", "to", "into"):
            place = r.entity(o, PLACE_LABELS)
            if place is None:
                for g in _prep_objects(o, "with", "of"):
                    place = r.entity(g, PLACE_LABELS)
            add(pred, subj, place, t, sent)
        return
    if pred in ("funds", "supplies"):
        recipients = list(_prep_objects(t, "to", "for")) if pred == "funds" else [target]
        if pred == "funds":  # "will pay France £480m": the indirect object receives
            recipients += [c for c in t.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("PROPN", "NOUN")]
        if pred == "funds" and t.lemma_ in ("fund", "finance", "bankroll") and target is not None:
            recipients = [target]  # "the Home Office has funded the French police"
        if pred == "supplies" and target is None:
            recipients = []
        if pred == "funds" and target is not None and not recipients:
            recipients = [g for p in (c for c in target.children if c.dep_ == "prep" and c.lower_ == "to")
                          for g in p.children if g.dep_ == "pobj"]
        if pred == "funds" and t.lemma_ in ("divert", "deliver") and passive:
            # "the grant to Turkey ..., which was diverted ... to Home Office International Operations"
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
        subj_tok = _subject(t)
        conj = [c for c in (subj_tok.children if subj_tok is not None else []) if c.dep_ == "conj"]
        for o in withs:
            add(pred, subj, r.entity(o), t, sent)
        for c in conj:  # "The UK and Türkiye have agreed"
            add(pred, subj, r.entity(c), t, sent)
        if passive:  # "the agreement was signed by Italy and Albania"
            for a in agents[1:]:
                add(pred, subj, r.entity(a), t, sent)
        return
    if target is None and pred == "manages":  # "outsourcers operating at the site" (a facility, not a country)
        site = next(_prep_objects(t, "at", "in"), None)
        add(pred, subj, r.entity(site, {"FAC", "ORG"}) if site is not None else None, t, sent)
        return
    # the object is not a name that only modifies a noun ("managed two Scottish ships"), except that
    # criticising X's action criticises X ("condemned North Korea's latest launch")
    obj = (r.entity if pred == "criticises" else r.subject)(target) if target is not None else None
    add(pred, subj, obj, t, sent)
