"""Relations between actors, from the dependency parse, in a small vocabulary for migration
governance. Each predicate has trigger words (verbs and nouns); its subject and object are
read from the parse around the trigger (subject, object, agent of a passive, possessor and
prepositions of a noun) and must resolve to entities. Pronouns and role nouns resolve to the
last fitting entity named before them; a relative pronoun ("who heads ...") stands for the noun
its clause modifies, and an apposition ("Jones, a critic of ...") for the name it follows.
A subject such as "unions, including A and B" stands for A and B, and "the two countries" for
the pair named before it ("Spain and Morocco ... the two countries signed": S agreement_with O).
A definite noun of a kind ("the charity", "the scheme") stands for the last entity of that kind
in the reference table. Negated verbs ("did not support") state no relation.

| predicate | reads as | triggers |
|---|---|---|
| agreement_with | S has a deal / agreement / partnership with O | agree (with what was agreed: "agreed with Y to ...", not "agreed with Y that ..."), sign, deal, agreement, partnership, pact, protocol, declaration, statement, memorandum (of understanding with O); "the S–O deal", "the Franco-German pact", the named "S–O Statement" |
| cooperates_with | S works with O | cooperate, collaborate, work with, cooperation, collaboration; an operation conducted / carried out / led by S and O ("by officers from S and O") |
| supports | S supports O | support (verb or noun), back, assist, endorse, endorsement; "S, a supporter of O" |
| funds | S gives money to O | fund, finance, provide/give/pay/send/pledge/lend … (an amount as the verb's argument) to O or O as indirect object, funding, grant, aid |
| supplies | S supplies O with equipment or training | supply, equip, provide … with |
| deploys_to | S sends officers to O | deploy, send, station, second, deployment (… to O); passive without agent: the body the officers belong to ("Carabinieri officers were deployed to O") |
| visits | S visits O | visit (verb or noun), tour, inspect … at |
| criticises | S criticises or accuses O (a person, body, law or policy) | criticise, condemn, attack, blame, accuse, call (a failure), criticism, condemnation; "S, a critic of O", "critics of O, like S"; an evaluative word said of O: "S said O was unlawful", "S called / branded / described O (as) inhumane / a shambles" (`EVALUATIVE_WORDS`) |
| turns_back | S turns back migrants at O | turn back, push back, intercept |
| owns | S owns O | own, owned by |
| manages | S manages or operates O | manage, operate, run, head, helm, chair, oversee |
| located_in | S is (docked, berthed, based, moved) in or at O | dock, berth, moor, base, locate, station, move, tow, house … in |
| publishes | S publishes O | publish, release, launch |
| part_of | S is part of O | part of; "S, a member / agency / arm / branch / division / subsidiary of O", "S is a member of O", "S, the O's agency" |

The verb rules are in :mod:`.relation_verbs`, the noun rules in :mod:`.relation_nouns`, the
trigger words in :mod:`.relation_vocabulary`; this module finds the candidate tokens and writes
the rows.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA, LOWER

from ..schema import I, S, _t
from . import spans
from .context import DocContext
from .lexicon import ACTOR_LABELS, GIVE_VERBS, MONEY_NOUNS, NEGATING_VERBS, PLACE_LABELS, ROLE_LABELS
from .relation_nouns import _agent_noun_relation, _named_parties, _noun_relation
from .relation_verbs import _evaluation, _joint_action, _money_argument, _verb_relation
from .relation_vocabulary import AGENT_NOUNS, AGREEMENT_NOUNS, EVALUATIVE_WORDS, JOINT_VERBS, NOUN_TRIGGERS, TRIGGER_LEMMAS
from .relation_vocabulary import VERB_TRIGGERS
from .resolve import Resolver
from .syntax import child as _child, phrase as _phrase, prep_objects as _prep_objects, subject_of as _subject
from .syntax import with_conjuncts as _with_conjuncts


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


# Predicates that read the same both ways ("S has a deal with O" is "O has a deal with S"): a
# row states one order, and scoring accepts either.
SYMMETRIC = frozenset({"agreement_with", "cooperates_with"})
RELATIVE = {"who", "which", "that", "whom"}


EXAMPLE_PREPS = ("including", "like", "such")  # "unions, including A and B"; "critics, like A"


class _Args:
    """The resolver, plus three readings of a token that is not itself a name: a relative pronoun
    stands for the noun its clause modifies ("Rubio, who heads ..."), an apposition for the name
    it follows ("Castañeda, a former minister, ..."), a plural noun with examples for them
    ("unions, including A and B": A, and B through ``also``)."""

    def __init__(self, r: Resolver, ref=None):
        self.r, self.at, self.also, self.ref = r, r.at, {}, ref

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
        pair = r.pair(tok)
        if pair is not None:  # "the two countries": the first, and the second through ``also``
            self.also[(pair[0].entity_id, pair[0].start)] = [pair[1]]
            return pair[0] if pair[0].label in labels else None
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

    def pair(self, tok):
        return self.r.pair(tok)


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
    kinds = {e.entity_id: e.kind for e in ctx.ref.entities.values()} if ctx.ref is not None else {}
    r = _Args(Resolver(doc, mentions, we=ctx.voice, quoted=[(q["start"], q["end"]) for q in ctx.results["quotes"]],
                       kinds=kinds), ctx.ref)
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
    candidates |= set(spans.tokens_where(doc, LOWER, EVALUATIVE_WORDS))  # "a shambles" (lemma "shamble")
    candidates |= {m.end - 1 for m in mentions if m.label == "ORG"}  # possessive owners of units
    named = {m.end - 1 for m in mentions if m.end - m.start > 1 and doc[m.end - 1].lower_ in AGREEMENT_NOUNS}
    candidates |= named  # "the Italy–Libya Memorandum": a named agreement naming its parties
    for i in sorted(candidates):
        t = doc[i]
        sent = sents[bisect.bisect_right(sent_token_starts, i) - 1]
        lemma = t.lemma_.lower()
        if (lemma in EVALUATIVE_WORDS or t.lower_ in EVALUATIVE_WORDS) and t.pos_ in ("ADJ", "NOUN"):
            _evaluation(r, t, add, sent)  # "X said the Act was unlawful"
        elif t.pos_ in ("VERB", "AUX") or (t.tag_ in ("VBN", "VBG", "VBD")):
            pred = VERB_TRIGGERS.get(lemma)
            particle = _child(t, "prt")
            if lemma in ("turn", "push") and particle is not None and particle.lower_ == "back":
                pred = "turns_back"
            if lemma == "work" and any(True for _ in _prep_objects(t, "with", "alongside")):
                pred = "cooperates_with"
            if lemma in GIVE_VERBS:
                dobj = _child(t, "dobj")
                obj_words = {x.lower_ for x in dobj.subtree} if dobj is not None else set()
                if obj_words & MONEY_NOUNS or _money_argument(t, money_in.get(sent.start_char, ())):
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
        elif i in named:
            parties = _named_parties(r, t)
            for other in parties[1:]:
                add("agreement_with", parties[0], other, t, sent)
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
        if lemma in JOINT_VERBS and t.pos_ == "VERB":
            _joint_action(r, t, add, sent)
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
