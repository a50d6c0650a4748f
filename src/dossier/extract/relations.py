"""Relations between actors, from the dependency parse, in a small vocabulary for migration
governance. Each predicate has trigger words (verbs and nouns); its subject and object are
read from the parse around the trigger (subject, object, agent of a passive, possessor and
prepositions of a noun) and must resolve to entities. Pronouns and role nouns resolve to the
last fitting entity named before them; a relative pronoun ("who heads ...") stands for the noun
its clause modifies, and an apposition ("Jones, a critic of ...") for the name it follows.
A subject such as "unions, including A and B" stands for A and B, and "the two countries" for
the pair named before it ("Spain and Morocco ... the two countries signed": S agreement_with O).
A definite noun of a kind ("the charity", "the scheme") stands for the last entity of that kind
in the reference table. Negated verbs ("did not support"), relations only wished for or asked
for ("wants to sign a deal", "urged X to condemn"), conditions ("if X signs"), questions ("Is X the
leader of Y?") and visits or deals called off state nothing.

| predicate | reads as | triggers |
|---|---|---|
| agreement_with | S has a deal / agreement / partnership with O | agree (with what was agreed: "agreed with Y to ...", not "agreed with Y that ..."), sign, deal, agreement, partnership, pact, protocol, declaration, statement, memorandum (of understanding with O); "the S–O deal", "the Franco-German pact", the named "S–O Statement"; "S and O reached / announced / ratified a deal"; "the ministers of S and O signed" |
| cooperates_with | S works with O | cooperate, collaborate, work with, "S and O work together", "S runs / funds Y together with O", cooperation, collaboration; an operation conducted / carried out / led by S and O ("by officers from S and O") |
| supports | S supports O | support (verb or noun), back, assist, endorse, endorsement, praise, hail, applaud, defend, thank ("praised O's record"); praise words said of O ("called O a great friend": `PRAISE_WORDS`); "S, a supporter / surrogate / admirer / advocate of O", "S, an O supporter"; "S campaigned / voted for O"; "S's endorsement / praise of O", "S heaped praise on O"; "O won the endorsement / backing of S", "O has the support of S" |
| funds | S gives money to O | fund, finance, provide/give/pay/send/pledge/lend … (an amount as the verb's argument) to O or O as indirect object ("gave the Libyan coastguard boats and €30m"), "provide O with funding", funding, grant, aid, donation, a financial contribution (to O, "to support O"); "£8m from S to O"; "S announced / approved a €1bn package for O"; "O, which is paid by S" (:mod:`.relation_money`) |
| supplies | S supplies O with equipment or training | supply, equip, provide … with |
| deploys_to | S sends officers to O | deploy, send, station, second, deployment (… to O, every place of a list, "to its embassies in O"); passive without agent: the body the officers belong to ("Carabinieri officers were deployed to O"); people on duty "based / stationed / posted in O", "embedded with O", "S has officers based in O" |
| visits | S visits O | visit (verb or noun), trip (to O), tour, inspect … at, travel / fly to, arrive in; "S accompanied X to O" (both) |
| criticises | S criticises or accuses O (a person, body, law or policy) | criticise, condemn, attack, blame, accuse, decry, deplore, lambast, deride, blast, oppose, sue …, "hit out at", call (a failure), criticism, condemnation; every conjoined object; "S, a critic of O", "critics of O, like S"; "S is campaigning / rallying a coalition / filed a lawsuit against O"; an evaluative word said of O: "S said O was unlawful / a cruel law", "S called / branded / described O (as) inhumane / a shambles" (`EVALUATIVE_WORDS`; `PERSONAL_WORDS` such as "dangerous", "wrong" only of a person or body), '"He is a liar," S said of O'; stances in :mod:`.relation_stance`: "S is critical of / opposed to O", "S's attack on O", "S took a swipe at O", "O faced criticism from S", "O came under fire from S", "S went after / tore into O", "S dismissed O's claims", "S called for O's resignation", "S disagreed with O"; "S, a foe / detractor of O" |
| turns_back | S turns back migrants at O | turn back, push back (… at / to / towards / off O), intercept |
| owns | S owns O | own, owned by; buy, acquire, purchase (O a body or building named) |
| manages | S manages or operates O | manage, operate, run, head, helm, chair, oversee, take over; a head noun (leader, chairman, president, director, editor, secretary …: "S, the editor of O", "O leader S", "O, whose leader, S,", "S is director of O"; O an organisation) |
| located_in | S is (docked, berthed, based, moved) in or at O | dock, berth, moor, base, locate, station, move, tow, house, headquarter … in; a person who lives, settled or immigrated in / to O, "came to O from …" |
| publishes | S publishes O | publish, release, launch; "O, the magazine / newspaper of S" |
| part_of | S is part of O | part of; "S, a member / agency / arm / branch / division / subsidiary / directorate / body / authority … of (within, under) O", "S is a member of O", "S, the O's agency", "S, Germany's asylum authority"; "S, which sits within / falls under O"; "O's members, including S", "O member S"; a deputy ("vice president of O"), a leader of a side or a director of one function ("O Minority Leader S", "O Democratic Leader S", "O Political Director S"); "S's Labour Party" (a person's party) |

The verb rules are in :mod:`.relation_verbs` (evaluative words in :mod:`.relation_evaluation`),
the noun rules in :mod:`.relation_nouns`, the rules read from a path between two names ("X of the
Y party", "together with O", "under an agreement with O", "urged X to repeal O") in
:mod:`.relation_paths`, the trigger words in :mod:`.relation_vocabulary`, structural shapes ("the
Hamburg-based X", "X reports to Y", "A, B and C, all members of Y") in :mod:`.relation_struct_shapes`;
this module finds the candidate tokens and writes the rows.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA, LOWER

from ..schema import I, S, _t
from . import spans
from .context import DocContext
from .lexicon import ACTOR_LABELS, MONEY_NOUNS, NEGATING_VERBS, PLACE_LABELS, ROLE_LABELS
from .relation_nouns import _agent_noun_relation, _head_noun_relation, _named_parties, _noun_relation
from .relation_nouns import _publication_relation
from .relation_evaluation import _evaluation
from .relation_genre import FACILITY_NOUNS, facility_located, facility_name, hyphen_agent, money_object, money_sources
from .relation_genre import welcomed
from .relation_stance import STANCE_LEMMAS, STANCE_WORDS, stance
from .relation_struct_shapes import STRUCT_LEMMAS, STRUCT_WORDS, structure
from .relation_verbs import _belonging, _joint_action, _money_argument, _placement, _verb_relation
from .relation_verbs import _subject_tok, delegations
from .relation_money import money_from_to, own_entity, paid_body
from .relation_paths import PATH_LEMMAS, PATH_WORDS, path_tokens, paths
from .relation_vocabulary import AGAINST_NOUNS, AGAINST_VERBS, CANCELLING_VERBS, DENIED_WORDS, FOR_VERBS
from .relation_vocabulary import AGENT_NOUNS, AGREEMENT_NOUNS, CONDITIONAL_MARKS, CRITICISING_PHRASES, EVALUATIVE_WORDS
from .relation_vocabulary import FUNDING_VERBS
from .relation_vocabulary import JOINT_VERBS, NOUN_TRIGGERS, PART_VERBS, PLACING_VERBS, STATE_BODY_NOUNS, TRIGGER_LEMMAS
from .relation_vocabulary import HEAD_NOUNS, OFFICER_NOUNS, PUBLICATION_NOUNS, UNREALISED_VERBS, VERB_TRIGGERS
from .resolve import Resolver
from .syntax import child as _child, phrase as _phrase, prep_objects as _prep_objects, subject_of as _subject, through_prep as _through_prep
from .syntax import with_conjuncts as _with_conjuncts

_EVALUATIVE_OR_DENIED = frozenset(EVALUATIVE_WORDS | DENIED_WORDS)  # one set: its string ids are kept (spans._ids)
_LEMMAS = frozenset(TRIGGER_LEMMAS | PATH_LEMMAS)  # lemmas of the tokens that can trigger something
_WORDS = frozenset({"part", "against", "for", *PATH_WORDS})  # and words (lower case)


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


PARTY_WORDS = {"party", "union", "front", "league", "movement", "alliance"}  # last words of a party's name
EXAMPLE_PREPS = ("including", "like", "such")  # "unions, including A and B"; "critics, like A"
EVALUATED = ACTOR_LABELS | {"WORK_OF_ART", "EVENT"}  # what can be criticised (a law, a policy, a body)


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
            found = self.subject(host, labels)
            if found is None and tok.lower_ == "which" and host.dep_ == "pobj" and host.head.head.pos_ == "NOUN" \
                    and host.i not in r.at and host.head.lower_ in ("for", "of", "on"):
                # "the Tekki Fii programme for returnees, which the ITC manages": the named noun before
                found = r.entity(host.head.head, labels)
            return found
        pair = r.pair(tok)
        if pair is not None:  # "the two countries": the first, and the second through ``also``
            self.also[(pair[0].entity_id, pair[0].start)] = [pair[1]]
            return pair[0] if pair[0].label in labels else None
        if tok.dep_ == "appos" and tok.i not in r.at and tok.head.i in r.at:
            return r.entity(tok.head, labels)  # "Castañeda, a former Mexican minister"
        if tok.i not in r.at and tok.pos_ == "NOUN":
            examples = [e for e in (r.entity(g, labels) for g in _example_objects(tok) if g.i in r.at) if e is not None]
            if not examples:
                examples = delegations(r, tok, labels)
            if examples:
                self.also[(examples[0].entity_id, examples[0].start)] = examples[1:]
                return examples[0]
        return r.entity(tok, labels)

    def subject(self, tok, labels=ACTOR_LABELS):
        """The entity acting as ``tok``: as ``entity``, but a common noun that only carries a name
        as a modifier is not that name ("Rand Paul's supporters are endorsing", "a Texas voter
        who supports", "House members who have endorsed", "two Scottish ships"); role nouns of
        actors ("the Turkish government", "the minister") still resolve."""
        named = next((c for c in tok.children if c.dep_ == "appos" and c.i in self.at), None) \
            if tok is not None and tok.pos_ == "NOUN" and tok.i not in self.at else None
        if named is None and tok is not None and tok.lemma_.lower() in OFFICER_NOUNS and tok.i + 1 in self.at \
                and self.at[tok.i + 1].start == tok.i + 1 and self.at[tok.i + 1].label == "PERSON":
            named = tok.doc[tok.i + 1]  # "Refugee Action's chief executive Tim Hilton said" (however parsed)
        if named is not None:  # "the Refugee Council's chief executive, Enver Solomon, said": the one named
            return self.entity(named, labels)
        role = ROLE_LABELS.get(tok.lower_, ROLE_LABELS.get(tok.lemma_)) if tok is not None else None
        if tok is not None and tok.lemma_.lower() in STATE_BODY_NOUNS:
            role = "GPE"  # "the German federal police", "the Hungarian authorities": the country's
        if tok is not None and tok.lemma_.lower() in OFFICER_NOUNS and any(
                c.dep_ == "poss" and c.i in self.at and self.at[c.i].label == "ORG" for c in tok.children):
            role = "ORG"  # "Amnesty's UK director said": the organisation speaks through its officer
        if tok is not None and tok.pos_ == "NOUN" and tok.i not in self.at and role not in ("ORG", "PERSON", "GPE") \
                and not any(True for _ in _example_objects(tok)) \
                and any(c.i in self.at and (c.dep_ in ("poss", "compound")
                                            or (c.dep_ == "amod" and self.at[c.i].label == "NORP"))
                        for c in tok.children) \
                and not (tok.dep_ == "attr" and tok.head.lemma_ == "be") and facility_name(self, tok) is None:
            return None  # (but "ran the Yarl's Wood removal centre": the facility's own name)
        found = self.entity(tok, labels)
        if found is not None and tok.i in self.at and (found.entity_id, found.start) not in self.also:
            # "the Bar Council and the Law Society said": each conjoined name acts
            joined = [c for c in tok.children if c.dep_ == "conj" and c.i in self.at]
            for c in tok.children:  # "the Refugee Council, along with Amnesty, condemned"
                if c.dep_ == "prep" and c.lower_ in ("along", "together", "alongside"):
                    joined += [g for g in _prep_objects(c, "with") if g.i in self.at]
                    joined += [g for g in c.children if g.dep_ == "pobj" and g.i in self.at]
            others = [self.r.entity(c, labels) for c in joined]
            others = [o for o in others if o is not None and o.entity_id != found.entity_id]
            if others:
                self.also[(found.entity_id, found.start)] = others
        return found

    def antecedent(self, tok, labels):
        return self.r.antecedent(tok, labels)

    def pair(self, tok):
        return self.r.pair(tok)



def _governing_verb(n):
    """The verb whose object (or object's preposition) the noun is: "signed a deal with Y" →
    signed; None for a noun that is no verb's argument."""
    x = n
    while x.dep_ in ("dobj", "pobj", "prep", "conj", "compound", "nsubjpass") and x.head.i != x.i:
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return x
    return None


def _stated(t) -> bool:
    """Not negated ("did not support"), not under a negating verb ("refused to endorse",
    "avoids condemning"), not only wished, asked for or weighed ("wants to sign a deal", "urged
    X to condemn", "is considering whether to deploy") and not a condition ("if X deploys ...")."""
    if t is None:
        return True
    if _child(t, "neg") is not None:
        return False
    if t.dep_ in ("xcomp", "acl", "pcomp", "ccomp") and t.head.i < t.i and (
            t.head.lemma_ in NEGATING_VERBS or t.head.lemma_ in UNREALISED_VERBS):
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in t.children):
        return False
    return True


def _against(r, prep, add, sent) -> None:
    """"X is campaigning against Y", "X is rallying a coalition against Y", "X filed a lawsuit
    against Y", "X's campaign against Y's plan": criticises (``AGAINST_VERBS`` / ``AGAINST_NOUNS``;
    the possessor when the object is not a name)."""
    h = prep.head
    if h.pos_ == "VERB" and h.lemma_ not in AGAINST_VERBS and _child(h, "dobj") is not None:
        h = _child(h, "dobj")  # "filed a lawsuit against Y" (the "against" hung on the verb)
    verb = h if h.pos_ in ("VERB", "AUX") and h.lemma_ in AGAINST_VERBS else None
    subj = r.subject(_subject_tok(verb)) if verb is not None else None
    if verb is None and h.pos_ == "NOUN" and h.lemma_ in AGAINST_NOUNS:
        poss = _child(h, "poss")  # the verb's own object ("filed a lawsuit"), not "said in the fight against Y"
        verb = h.head if h.dep_ == "dobj" and h.head.pos_ == "VERB" else None
        subj = r.entity(poss) if poss is not None else (r.subject(_subject_tok(verb)) if verb is not None else None)
    if subj is None or not _stated(verb) or verb is not None and verb.lemma_ in NEGATING_VERBS:
        return
    for o in _with_conjuncts([g for g in prep.children if g.dep_ == "pobj"]):
        for target in _judged(r, o):
            add("criticises", subj, target, prep, sent)


def _judged(r, o):
    """Who an attack "at" / "against" ``o`` is aimed at: the name itself, a pronoun's antecedent,
    the examples ("at GOP critics, including Trump") or the possessor ("against Merkel's
    welcome"); not a name inside the phrase ("against the anti-EU party", "aim at his support
    for Sotomayor")."""
    if o.i in r.at or o.pos_ == "PRON":
        return [r.entity(o, EVALUATED)]
    examples = [r.entity(g, EVALUATED) for g in _example_objects(o) if g.i in r.at]
    if examples:
        return examples
    return [r.entity(_child(o, "poss"), EVALUATED)] if _child(o, "poss") is not None else []


def _asked(sent) -> bool:
    """A question states nothing ("Is X the leader of Y?", "Who has endorsed Y?")."""
    last = next((t for t in reversed(sent) if not (t.is_space or t.is_quote or t.text in ")]")), None)
    return last is not None and last.text == "?"


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
        if s is None or o is None or s.entity_id == o.entity_id or _asked(sent):
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
    candidates = set(spans.tokens_where(doc, LEMMA, _LEMMAS)) | set(spans.tokens_where(doc, LOWER, _WORDS))
    candidates |= set(spans.tokens_where(doc, LOWER, _EVALUATIVE_OR_DENIED))  # "a shambles" (lemma "shamble")
    candidates |= {m.end - 1 for m in mentions if m.label == "ORG"}  # possessive owners of units
    party_ends = {m.end - 1 for m in mentions if m.label == "ORG" and m.end - m.start > 1 and (
        doc[m.end - 1].lower_ in PARTY_WORDS or kinds.get(m.entity_id) == "political party")}
    named = {m.end - 1 for m in mentions if m.end - m.start > 1 and doc[m.end - 1].lower_ in AGREEMENT_NOUNS}
    candidates |= named  # "the Italy–Libya Memorandum": a named agreement naming its parties
    candidates |= set(spans.tokens_where(doc, LOWER, FACILITY_NOUNS))  # "the Moria camp on Lesbos"
    candidates |= set(spans.tokens_where(doc, LEMMA, STANCE_LEMMAS)) | set(spans.tokens_where(doc, LOWER, STANCE_WORDS))
    candidates |= path_tokens(doc, mentions)  # "Judge X of the Y Court"
    for i in sorted(candidates):
        t = doc[i]
        sent = sents[bisect.bisect_right(sent_token_starts, i) - 1]
        lemma = t.lemma_.lower()
        if (lemma in EVALUATIVE_WORDS or t.lower_ in EVALUATIVE_WORDS or t.lower_ in DENIED_WORDS) \
                and t.pos_ in ("ADJ", "NOUN"):
            _evaluation(r, t, add, sent)  # "X said the Act was unlawful"
        elif t.tag_ == "VBN" and hyphen_agent(r, t, add, sent):
            pass  # "the Norwegian-funded Safe Migration Project"
        elif t.pos_ in ("VERB", "AUX") or (t.tag_ in ("VBN", "VBG", "VBD")) or (
                lemma == "second" and _child(t, "dobj") is not None):  # "will second officers to" (read as ADJ)
            pred = VERB_TRIGGERS.get(lemma)
            if lemma in PLACING_VERBS and _stated(t):
                _placement(r, t, add, sent)  # "officers stationed in Indonesia"
            if lemma in PART_VERBS and _stated(t):
                _belonging(r, t, add, sent)  # "X, which sits within Y"
            particle = _child(t, "prt") or next(  # "turned back" is often read as an adverb
                (c for c in t.children if c.dep_ == "advmod" and c.lower_ in ("back", "out", "away") and c.i == t.i + 1), None)
            if particle is not None and (lemma, particle.lower_) in CRITICISING_PHRASES and _stated(t):
                for o in _prep_objects(t, CRITICISING_PHRASES[(lemma, particle.lower_)]):  # "hit out at"
                    for target in _judged(r, o):
                        add("criticises", r.subject(_subject_tok(t)), target, t, sent)
            if lemma in ("turn", "push") and particle is not None and (particle.lower_ == "back" or (
                    lemma == "turn" and particle.lower_ == "away" and _child(t, "dobj") is not None)):  # "turned away 200 people"
                pred = "turns_back"
            aim = _child(t, "dobj") if lemma == "take" else None
            if aim is not None and aim.lower_ == "aim" and _stated(t):  # "took aim at Y"
                for target in (x for o in _prep_objects(t, "at") for x in _judged(r, o)):
                    add("criticises", r.subject(_subject_tok(t)), target, t, sent)
            if lemma == "take" and particle is not None and particle.lower_ == "over":
                pred = "manages"  # "took over the embassy" (a body or a building named: see ACQUIRE_VERBS)
            if lemma == "work" and (any(True for _ in _prep_objects(t, "with", "alongside")) or any(
                    c.dep_ == "advmod" and c.lower_ in ("together", "jointly") for c in t.children)):
                pred = "cooperates_with"  # "worked with Europol", "Interpol and Europol are working together"
            if lemma in FUNDING_VERBS:
                dobj = _child(t, "dobj")
                obj_words = {x.lower_ for x in dobj.subtree} if dobj is not None else set()
                if obj_words & MONEY_NOUNS or _money_argument(t, money_in.get(sent.start_char, ())) or (
                        lemma == "pay" and paid_body(r, t)):
                    pred = "funds"  # "Britain pays France to increase patrols": paying a body is funding it
                elif any(True for _ in _prep_objects(t, "with")) and lemma in ("provide", "give"):
                    # "provide Albania with funding" is money; "provide Libya with boats" is not
                    with_words = {x.lower_ for o in _prep_objects(t, "with") for x in o.subtree}
                    pred = "funds" if with_words & MONEY_NOUNS else "supplies"
            if lemma == "call" and any(c.dep_ in ("oprd", "dobj") for c in t.children) and (
                    t.dep_ == "relcl" or any(c.lower_ == "what" for c in t.children)):
                pred = "criticises"
            if pred is not None and _stated(t):
                _verb_relation(r, t, pred, add, sent)
        elif i in named:
            parties = _named_parties(r, t)
            for other in parties[1:]:
                add("agreement_with", parties[0], other, t, sent)
        elif t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.lemma_ in NEGATING_VERBS:
            pass  # "avoided direct criticism of Trump"
        elif t.pos_ == "NOUN" and lemma in NOUN_TRIGGERS:
            gov = _governing_verb(t)  # not "did not sign a deal with Y", "if X signs a deal with Y", "cancelled its visit"
            if _stated(gov) and (gov is None or gov.lemma_ not in CANCELLING_VERBS):
                _noun_relation(r, t, NOUN_TRIGGERS[lemma], add, sent)
        elif t.pos_ == "NOUN" and lemma in AGENT_NOUNS:
            _agent_noun_relation(r, t, AGENT_NOUNS[lemma], add, sent)
        elif t.pos_ in ("NOUN", "PROPN") and lemma in HEAD_NOUNS:
            _head_noun_relation(r, t, add, sent)  # "X, the editor of Y", "Y leader X"
        elif t.pos_ in ("NOUN", "PROPN") and lemma in PUBLICATION_NOUNS:
            _publication_relation(r, t, add, sent)  # "X, the magazine of Y"
        elif t.lower_ == "part" and t.head.dep_ != "prep":
            of = list(_prep_objects(t, "of"))
            if of and t.dep_ == "appos":  # "X, part of Y"
                add("part_of", r.entity(t.head, ACTOR_LABELS), r.entity(of[0], {"ORG"}), t, sent)
            elif of and t.dep_ == "attr" and t.head.lemma_ == "be":  # "X is part of Y"
                add("part_of", r.entity(_child(t.head, "nsubj")), r.entity(of[0], {"ORG"}), t, sent)
        if i in party_ends and _child(t, "poss") is not None:  # "Merkel's Christian Democratic Union": her party
            add("part_of", r.entity(_child(t, "poss"), {"PERSON"}), r.entity(t, {"ORG"}), t, sent)
        if t.lower_ == "against" and t.dep_ == "prep":
            _against(r, t, add, sent)
        if t.lower_ == "for" and t.dep_ == "prep" and t.head.lemma_ in FOR_VERBS and t.head.pos_ == "VERB" \
                and _stated(t.head) and _subject_tok(t.head) is not None and _subject_tok(t.head).i in r.at:
            # "Warren campaigned for Clinton" (a named subject: "they'll vote for" is too often a guess)
            for o in _with_conjuncts([g for g in t.children if g.dep_ == "pobj" and g.i in r.at]):
                add("supports", r.subject(_subject_tok(t.head)), r.entity(o, {"PERSON"}), t, sent)
        if t.dep_ == "poss" and t.i in r.at and r.at[t.i].label == "ORG":
            # "Immigration Enforcement's Criminal and Financial Investigations": a unit of it (not through
            owner = r.at[t.i]  # a preposition: "Amnesty International's backing of the Kenyan Red Cross")
            unit = next((r.at[x.i] for x in (t.head, *_phrase(t.head)) if x.i in r.at and r.at[x.i].label == "ORG"
                         and r.at[x.i] is not owner and not _through_prep(x, t.head)), None)
            if unit is not None:
                add("part_of", r.entity(doc[unit.start]), r.entity(t), t, sent)
        if lemma in JOINT_VERBS and t.pos_ == "VERB":
            _joint_action(r, t, add, sent)
        if t.lemma_ == "receive" and t.pos_ == "VERB":
            # "France will receive £141m from Britain": money received is money given
            obj = _child(t, "dobj")
            if obj is not None and (money_object(obj) or any(
                    x["start"] <= obj.idx < x["end"] for x in money_in.get(sent.start_char, ()))):
                for o in [*_prep_objects(t, "from"), *money_sources(obj)]:  # "most of its funding from Y"
                    add("funds", r.entity(o), r.entity(_subject(t)), t, sent)
        if lemma in FACILITY_NOUNS:
            facility_located(r, t, add, sent)
        stance(r, t, add, sent, _stated, _judged)  # "X is critical of Y", "X's attack on Y", "Y won X's backing"
        paths(r, t, add, sent, _stated, _judged)  # "X of the Y party", "together with Y", "urged Z to repeal Y"
        if t.lemma_ == "welcome" and t.pos_ == "VERB":
            welcomed(r, t, add, sent, _stated)  # "welcomed Colombia's decision"
        if t.lemma_ in ("welcome", "host", "receive") and t.pos_ == "VERB":
            guest = _child(t, "dobj")
            for o in _prep_objects(t, "to", "in"):  # "will welcome Ylva Johansson to London"
                add("visits", r.entity(guest, {"PERSON", "ORG", "GPE"}), r.entity(o, PLACE_LABELS), t, sent)
    for i in sorted(set(spans.tokens_where(doc, LEMMA, STRUCT_LEMMAS)) | set(spans.tokens_where(doc, LOWER, STRUCT_WORDS))):
        structure(r, doc[i], add, sents[bisect.bisect_right(sent_token_starts, i) - 1], _stated)  # "the Hamburg-based X"
    for amounts in money_in.values():  # "£8m from the UK to Belgium": an amount with its giver and receiver
        for q in amounts:
            span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
            if span is not None and len(span):
                sent = sents[bisect.bisect_right(sent_token_starts, span.root.i) - 1]
                if _stated(_governing_verb(span.root)):
                    for giver, receiver in money_from_to(r, span.root):
                        add("funds", giver, receiver, span.root, sent)
    rows.sort(key=lambda x: (x["start"], x["predicate"], x["subject_entity_id"], x["object_entity_id"]))
    return rows
