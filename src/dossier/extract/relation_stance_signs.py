"""Stances stated by signs other than a verb of criticising or praising (split from
:mod:`.relation_stance`, near its size limit): a feud named by a noun ("X's feud with Y", "X
skipped the debate after a feud with Y", "X's beef with Y was aimed at Z": criticises), a
campaign ad that attacks ("X released an ad hitting Y", "X's new ad slams Y": X criticises Y),
"X hit / knocked Y for ..." (criticises; "hit" only with a reason given by "for"), "X is in favor
of Y" (supports), a threat or vow to quit a body ("X threatened to pull out of NATO": criticises),
a resumed criticism ("X returned to critiquing Y"), hostility vowed against an organisation ("X
pledged to bomb the hell out of ISIS", "X fought Y's plan"), joining a lawsuit ("X joined 16 states
in a lawsuit against Y") and stance agent nouns owned by a name ("X is one of Y's supporters").

Every reading looks at the trigger's children, its head and the head's subject (bounded)."""

from __future__ import annotations

from .relation_vocabulary import VERB_TRIGGERS
from .syntax import child as _child, prep_objects as _prep_objects, subject_of as _subject

PEOPLE = frozenset({"PERSON", "ORG"})
ACTORS = frozenset({"PERSON", "ORG", "GPE"})

# "X's feud with Y", "a spat with Y", "X's rift with Y": criticises ("row" and "clash" only with a name after "with")
FEUD_NOUNS = frozenset({"feud", "beef", "spat", "quarrel", "row", "squabble", "rift", "clash", "falling-out",
                        "standoff", "showdown", "dispute", "tussle"})
# verbs whose object is the feud and whose subject has it ("has a feud with", "reignited his feud with")
FEUD_HAVING = frozenset({"have", "wage", "start", "pick", "reignite", "renew", "escalate", "continue", "stoke",
                         "deepen", "intensify", "fuel", "resume", "extend"})
# "X skipped the debate after / amid / over a feud with Y": the clause's subject has it
FEUD_CIRCUMSTANCE = frozenset({"after", "amid", "amidst", "over", "following", "in", "during", "despite"})

# a campaign message whose attacking verb states its author's criticism
AD_NOUNS = frozenset({"ad", "advert", "advertisement", "commercial", "spot", "mailer", "ads", "billboard"})
AD_VERBS = frozenset({*(v for v, p in VERB_TRIGGERS.items() if p == "criticises"), "hit", "target", "knock",
                      "hammer", "pummel", "question"})
# who puts an ad out: "X released / aired / is out with an ad"
AD_MAKING = frozenset({"release", "air", "run", "launch", "unveil", "cut", "debut", "publish", "put", "buy",
                       "roll", "produce", "be", "sponsor"})
# "X hit / knocked / dinged Y for skipping the debate": criticises (the reason is the sign)
FAULTING_VERBS = frozenset({"hit", "knock", "ding", "rap", "hammer", "pummel", "pan"})

# "X threatened / vowed to pull out of / withdraw from / quit Y": criticises Y (a body or an agreement)
THREAT_VERBS = frozenset({"threaten", "vow", "pledge", "promise"})
QUITTING = {"pull": ("out", "of"), "withdraw": (None, "from"), "quit": (None, None), "leave": (None, None),
            "exit": (None, None), "abandon": (None, None), "boycott": (None, None)}

# "X returned to / resorted to criticizing Y": the gerund's doer is the subject of the verb of resuming
RESUMING = frozenset({"return", "resort", "revert", "turn", "go", "get"})
CRITICISING = frozenset(v for v, p in VERB_TRIGGERS.items() if p == "criticises")

# "X vowed to defeat / destroy ISIS", "X's plan to bomb the hell out of ISIS", "X fought Y's plan": hostility
# to a body named (only an organisation: "defeated Cruz in Nevada" is a vote, not a stance)
HOSTILE_VERBS = frozenset({"defeat", "destroy", "bomb", "fight", "combat", "crush", "eradicate", "dismantle",
                           "annihilate", "obliterate"})
ELECTORAL_WORDS = frozenset({"party", "democrats", "republicans", "gop", "tories", "labour", "caucus"})
# "X joined Y in a lawsuit against Z", "X took part in a suit against Z": X criticises Z
SUIT_NOUNS = frozenset({"lawsuit", "suit", "case", "challenge", "complaint"})
JOINING = frozenset({"join", "participate", "take", "enlist", "sign"})
# "one of X's supporters", "a longtime Bush supporter", "served as one of Clinton's surrogates"
STANCE_AGENTS = {"supporter": "supports", "backer": "supports", "surrogate": "supports", "ally": "supports",
                 "defender": "supports", "loyalist": "supports", "champion": "supports", "admirer": "supports",
                 "critic": "criticises", "detractor": "criticises", "foe": "criticises"}  # (not "his opponent": a rival)

SIGN_LEMMAS = frozenset({*FEUD_NOUNS, *AD_NOUNS, *FAULTING_VERBS, "favor", "favour", *THREAT_VERBS, *HOSTILE_VERBS,
                         *SUIT_NOUNS, *STANCE_AGENTS})


def _name(r, tok, labels=ACTORS):
    """A name (or a pronoun's antecedent) of one of ``labels``, else None."""
    if tok is None:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in ("he", "she", "him", "her", "who"):
        return None  # "they", "it": too often a group or another body
    e = r.subject(tok) if tok.pos_ == "PRON" or tok.i in r.at else None
    return e if e is not None and e.label in labels else None


def signs(r, t, add, sent, stated, judged) -> None:
    """Dispatch on the trigger ``t`` (``judged(r, o)``: who is aimed at through ``o``;
    ``stated(verb)``: not negated, wished or conditional)."""
    lemma = t.lemma_.lower()
    if lemma in FEUD_NOUNS and t.pos_ == "NOUN":
        _feud(r, t, add, sent, stated, judged)
    if lemma in AD_NOUNS and t.pos_ == "NOUN":
        _ad(r, t, add, sent, stated, judged)
    if lemma in FAULTING_VERBS and t.pos_ == "VERB" and stated(t):
        _faulted(r, t, add, sent, judged)
    if lemma in ("favor", "favour") and t.pos_ == "NOUN":
        _in_favor(r, t, add, sent, stated, judged)
    if lemma in THREAT_VERBS and t.pos_ == "VERB" and stated(t):
        _threat_to_quit(r, t, add, sent)
    if lemma in HOSTILE_VERBS and t.pos_ == "VERB":
        _hostile(r, t, add, sent, judged)
    if lemma in SUIT_NOUNS and t.pos_ == "NOUN" and t.dep_ == "pobj" and t.head.lower_ == "in":
        _joined_suit(r, t, add, sent, stated, judged)
    if lemma in STANCE_AGENTS and t.pos_ in ("NOUN", "VERB"):
        _agent(r, t, add, sent)
    if t.dep_ == "pcomp" and t.head.lower_ == "to" and lemma in CRITICISING and t.head.head.lemma_ in RESUMING:
        _resumed(r, t, add, sent, stated, judged)


def _resumed(r, t, add, sent, stated, judged) -> None:
    """"Clinton has returned to critiquing Sanders", "X resorted to attacking Y": the subject of
    the verb of resuming criticises the object named."""
    verb = t.head.head
    if not stated(verb) or _child(t, "neg") is not None:
        return
    who = _name(r, _subject(verb, through=("conj", "xcomp")), PEOPLE)
    for o in (c for c in t.children if c.dep_ == "dobj"):
        for target in judged(r, o):
            if who is not None and target is not None and target.label in ACTORS and target is not who:
                add("criticises", who, target, t, sent)


def _feud(r, t, add, sent, stated, judged) -> None:
    """"Bush's feud with Trump grew", "Trump skipped the debate after a feud with Fox News", "X
    reignited his feud with Y", "Trump's beef with Fox News was aimed at Megyn Kelly": the
    possessor or the clause's subject criticises the other side (a person, body or country
    named; "a row with police" names nobody)."""
    poss = _child(t, "poss")
    verb = None
    if poss is not None:
        holder = _name(r, poss)
    elif t.dep_ == "dobj" and t.head.lemma_ in FEUD_HAVING:
        verb = t.head
        holder = _name(r, _subject(verb, through=("conj", "xcomp")))
    elif t.dep_ == "pobj" and t.head.lower_ in FEUD_CIRCUMSTANCE and t.head.head.pos_ in ("VERB", "AUX"):
        verb = t.head.head
        holder = _name(r, _subject(verb, through=("conj", "xcomp")))
    else:
        return
    if holder is None or verb is not None and not stated(verb) or any(c.lower_ in ("no", "any") for c in t.children):
        return
    targets = [o for o in _prep_objects(t, "with")]
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_ in ("aim", "direct"):
        targets += _prep_objects(t.head, "at")  # "Trump's beef with Fox News was aimed at Megyn Kelly"
    for o in targets:
        for target in judged(r, o):
            if target is not None and target.label in ACTORS and target is not holder:
                add("criticises", holder, target, t, sent)


def _ad_author(r, ad):
    """Who puts the ad out: its possessor ("the Club's new ad"), the name after "from" / "by"
    ("an ad from Priorities USA"), or the subject of the verb whose object it is ("X released an
    ad", "X is out with an ad")."""
    poss = _child(ad, "poss")
    if poss is not None:
        return _name(r, poss, PEOPLE)
    for prep in ("from", "by"):
        for o in _prep_objects(ad, prep):
            if o.i in r.at and r.at[o.i].label in PEOPLE:
                return r.entity(o, PEOPLE)
    x = ad.head if ad.dep_ == "pobj" and ad.head.lower_ == "with" else ad
    if x.dep_ in ("dobj", "prep") and x.head.lemma_ in AD_MAKING and x.head.pos_ in ("VERB", "AUX"):
        if x.head.lemma_ == "be" and x is ad:
            return None  # "the ad is ...": no maker named
        return _name(r, _subject(x.head, through=("conj",)), PEOPLE)
    return None


def _ad(r, t, add, sent, stated, judged) -> None:
    """"X released an ad hitting Y", "X is out with an ad attacking Y", "X's new ad slams Y", "an
    ad from X targets Y": X criticises Y (a person or body named as the object of the attacking
    verb, or owning it)."""
    verbs = [c for c in t.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.lemma_.lower() in AD_VERBS]
    if t.dep_ in ("nsubj",) and t.head.pos_ == "VERB":
        v = t.head
        verbs += [v] if v.lemma_.lower() in AD_VERBS else [c for c in v.children if c.dep_ == "xcomp" and c.lemma_.lower() in AD_VERBS]
    author = None
    for v in verbs:
        if not stated(v):
            continue
        author = author or _ad_author(r, t)
        if author is None:
            return
        for o in (c for c in v.children if c.dep_ == "dobj"):
            for target in judged(r, o):
                if target is not None and target.label in PEOPLE and target is not author:
                    add("criticises", author, target, v, sent)


def _faulted(r, t, add, sent, judged) -> None:
    """"Clinton hit Trump for his remarks", "Rubio knocked Cruz for his votes": the subject (a
    person or body) criticises the object named; the reason after "for" is what makes "hit" a
    judgement ("the storm hit Florida", "hit him on the head" are not)."""
    if not any(c.dep_ in ("prep", "dative") and c.lower_ == "for" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
               for c in t.children):
        return
    if any(c.dep_ == "prt" for c in t.children):
        return  # "hit back", "knocked out"
    who = _name(r, _subject(t, through=("conj",)), PEOPLE)
    if who is None:
        return
    for o in (c for c in t.children if c.dep_ == "dobj"):
        if o.i in r.at or o.pos_ == "PRON":
            for target in judged(r, o):
                if target is not None and target.label in PEOPLE and target is not who:
                    add("criticises", who, target, t, sent)


def _in_favor(r, t, add, sent, stated, judged) -> None:
    """"Hunter said he is in favor of Trump", "X came out in favour of Y": the subject supports
    the person, body or law named after "of" (not a ruling: "the court ruled in favor of Texas"; not
    one who gives way: "called on Trump to drop out in favor of Pence")."""
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "in" or any(c.dep_ == "det" for c in t.children):
        return
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in ("rule", "decide", "find", "judge", "settle", "resolve",
                                                           "tip", "weigh", "work", "fall", "break", "drop", "step", "withdraw", "bow",
                                                           "stand", "resign", "quit", "pull", "exit", "leave"):
        return
    if not stated(verb) or _child(verb, "neg") is not None:
        return
    who = _name(r, _subject(verb, through=("conj", "xcomp")), PEOPLE)
    if who is None:
        return
    for o in _prep_objects(t, "of"):
        for target in judged(r, o):
            if target is not None and target.label in PEOPLE | {"LAW"} and target is not who:
                add("supports", who, target, t, sent)


def _threat_to_quit(r, t, add, sent) -> None:
    """"Trump threatened to pull out of NATO", "X vowed to withdraw from the Paris Agreement", "X
    threatened to boycott Fox News": criticises the body or agreement named; a participle clause
    takes its host's subject ("Trump has been scathing, threatening to pull out of NATO")."""
    subj = _subject(t, through=("conj",))
    if subj is None and t.dep_ == "advcl" and t.tag_ == "VBG":
        subj = _subject(t.head, through=("conj",))
    who = _name(r, subj, ACTORS)
    if who is None:
        return
    for v in (c for c in t.children if c.dep_ == "xcomp" and c.lemma_.lower() in QUITTING):
        if _child(v, "neg") is not None:
            continue
        prt, prep = QUITTING[v.lemma_.lower()]
        objs = []
        if prep is None:
            objs = [c for c in v.children if c.dep_ == "dobj"]
        else:
            hosts = [v] + [c for c in v.children if c.lower_ == prt and c.dep_ in ("prt", "prep", "advmod")]
            objs = [o for h in hosts for o in _prep_objects(h, prep)]
        for o in objs:
            m = r.at.get(o.i)
            if m is not None and m.label in ({"ORG", "LAW", "PERSON"} if v.lemma_ == "boycott" else {"ORG", "LAW"}):
                add("criticises", who, r.entity(o), v, sent)


def _hostile(r, t, add, sent, judged) -> None:
    """"Trump vowed to defeat ISIS", "pledged to bomb the hell out of ISIS", "his plan to destroy
    ISIS" (the plan's owner), "Haley fought Obama's plan" (``fight`` / ``combat`` only: the
    owner of what is fought): criticises (the stance is the vow, realised or not; a party or a
    person defeated is an election)."""
    if _child(t, "neg") is not None or t.dep_ in ("xcomp", "ccomp") and _child(t.head, "neg") is not None:
        return
    if t.dep_ == "acl" and t.head.pos_ == "NOUN" and _child(t.head, "poss") is not None:
        who = _name(r, _child(t.head, "poss"), ACTORS)  # "Trump's plan to defeat ISIS"
    elif t.dep_ in ("acl", "relcl", "amod", "advcl") or t.dep_ == "pcomp" and t.head.lower_ != "by":
        return
    else:
        who = _name(r, _subject(t, through=("conj", "xcomp")), ACTORS)
    if who is None:
        return
    objs = [c for c in t.children if c.dep_ == "dobj"]
    if any(o.lower_ == "hell" for o in objs):  # "bomb the hell out of ISIS"
        objs = [g for o in objs for c in o.children if c.lower_ == "out" for g in _prep_objects(c, "of")] + \
               [g for c in t.children if c.lower_ == "out" for g in _prep_objects(c, "of")]
    for o in objs:
        m = r.at.get(o.i)
        if m is not None and m.label == "ORG" and o.doc[m.end - 1].lower_ not in ELECTORAL_WORDS:
            add("criticises", who, r.entity(o), t, sent)
        elif m is None and t.lemma_ in ("fight", "combat") and _child(o, "poss") is not None:
            for target in judged(r, o):  # "fought President Obama's bid"
                if target is not None and target.label in PEOPLE and target is not who:
                    add("criticises", who, target, t, sent)


def _joined_suit(r, t, add, sent, stated, judged) -> None:
    """"Texas joined 16 other states in a lawsuit against the Obama administration": the one who
    joins criticises the one sued."""
    verb = t.head.head
    if verb.pos_ != "VERB" or verb.lemma_ not in JOINING or not stated(verb):
        return
    who = _name(r, _subject(verb, through=("conj",)), ACTORS)
    for o in _prep_objects(t, "against"):
        for target in judged(r, o):
            if who is not None and target is not None and target.label in ACTORS | {"LAW"} and target is not who:
                add("criticises", who, target, t, sent)


def _agent(r, t, add, sent) -> None:
    """"Rubio is one of Bush's supporters", "Mark-Viverito has served as one of Clinton's campaign
    surrogates", "Rubio, a longtime Bush supporter,": the holder supports (criticises) the person
    or body that owns the noun or names it."""
    owner = _child(t, "poss")
    if owner is None:  # "a longtime Trump supporter", "Clinton's campaign surrogates" (the poss on the compound)
        comp = [c for c in t.children if c.dep_ == "compound"]
        owner = next((c for c in comp if c.i in r.at), None) or next(
            (p for c in comp for p in c.children if p.dep_ == "poss"), None)
    if owner is None or not (owner.i in r.at or owner.pos_ == "PRON" and owner.lower_ in ("his", "her")):
        return
    x = t
    if t.dep_ == "pobj" and t.head.lower_ in ("of", "among") and t.head.head.lower_ in ("one", "some", "many", "two"):
        x = t.head.head  # "one of Clinton's surrogates"
    elif t.dep_ == "pobj" and t.head.lower_ == "among":
        x = t.head
    if x.dep_ == "appos":
        holder = _name(r, x.head, PEOPLE)
    elif x.dep_ == "attr" and x.head.lemma_ in ("be", "remain", "become"):
        if _child(x.head, "neg") is not None:
            return
        holder = _name(r, _subject(x.head), PEOPLE)
    elif x.dep_ == "pobj" and x.head.lower_ == "as" and x.head.head.lemma_ in ("serve", "act", "work", "emerge"):
        holder = _name(r, _subject(x.head.head, through=("conj",)), PEOPLE)
    elif x.lower_ == "among" and x.head.lemma_ in ("be", "remain"):
        holder = _name(r, _subject(x.head), PEOPLE)
    else:
        return
    target = r.subject(owner) if owner.pos_ == "PRON" else r.entity(owner)
    if holder is not None and target is not None and target.label in PEOPLE and target is not holder:
        add(STANCE_AGENTS[t.lemma_.lower()], holder, target, t, sent)
