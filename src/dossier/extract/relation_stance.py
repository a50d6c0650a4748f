"""Stances stated without a criticising or supporting verb (split from :mod:`.relations`, at its
size limit): an adjective of stance ("X has been critical of Y", "X is opposed to Y", "X,
supportive of Y"), a noun of attack aimed "on" / "at" someone ("X's attack on Y", "X took a swipe
at Y"), a stance received ("Y won the endorsement of X", "Y faced criticism from X", "Y came
under fire from X": X supports / criticises Y), and verbs of pursuit with their preposition
("X went after Y", "X tore into Y").

Every reading looks at the trigger's children, its head and the head's subject (bounded). Stances
stated by acts (warnings, court challenges, wrongdoing said of someone, rejections of an unnamed
author's criticism, rulings welcomed) are in :mod:`.relation_stance_acts`, those with a preposition
naming the other side ("clashed with", "sided with", "concern about") in :mod:`.relation_stance_with`."""

from __future__ import annotations

from .relation_stance_acts import ACT_LEMMAS, ACT_WORDS, acts
from .relation_stance_signs import SIGN_LEMMAS, signs
from .relation_vocabulary import HEAD_NOUNS, OFFICER_NOUNS
from .syntax import child as _child, subject_of as _subject, with_conjuncts as _with_conjuncts

# "X is critical of Y", "X, opposed to Y": the adjective, its preposition(s) and the predicate
STANCE_ADJECTIVES = {
    "critical": (("of",), "criticises"), "sceptical": (("of", "about"), "criticises"),
    "skeptical": (("of", "about"), "criticises"), "opposed": (("to",), "criticises"),
    "hostile": (("to", "toward", "towards"), "criticises"), "dismissive": (("of",), "criticises"),
    "contemptuous": (("of",), "criticises"), "scathing": (("of", "about"), "criticises"),
    "disdainful": (("of",), "criticises"),
    "supportive": (("of",), "supports"), "sympathetic": (("to", "toward", "towards"), "supports"),
    # anger at someone ("Trump, angry at how Fox News has treated him"; "furious with the EU")
    "angry": (("at", "with"), "criticises"), "furious": (("at", "with"), "criticises"),
    "livid": (("at", "with"), "criticises"), "irate": (("at", "with"), "criticises"),
    "mad": (("at",), "criticises"), "annoyed": (("at", "with"), "criticises"),
    "frustrated": (("with",), "criticises"), "fed": (("with",), "criticises"),
}
# Nouns of an attack aimed at someone: "X's attack on Y", "took a swipe at Y", "a jab at Y"
ATTACK_NOUNS = frozenset({"attack", "assault", "swipe", "jab", "dig", "broadside", "shot", "salvo", "tirade",
                          "onslaught", "potshot", "barb", "volley"})
ATTACK_PREPS = ("on", "at", "upon")
# verbs whose object is the attack and whose subject makes it ("took a swipe at", "launched an attack on")
ATTACK_MAKING = frozenset({"take", "launch", "make", "level", "aim", "direct", "unleash", "mount", "fire"})
# a stance received: the noun, its agent's prepositions, the predicate
RECEIVED_NOUNS = {"endorsement": "supports", "backing": "supports", "support": "supports",
                  "criticism": "criticises", "condemnation": "criticises", "fire": "criticises",
                  "rebuke": "criticises", "attack": "criticises", "scorn": "criticises", "ire": "criticises"}
RECEIVING_VERBS = frozenset({"win", "receive", "get", "earn", "secure", "gain", "land", "garner", "pick",
                             "have", "enjoy", "face", "draw", "attract", "incur", "come", "suffer", "take"})
# "X went after Y", "X tore into Y": a verb and the preposition that carries its target
# "amid / despite / after attacks from X": the stance received by the subject of the clause
CIRCUMSTANCE_PREPS = frozenset({"amid", "amidst", "despite", "after", "following"})
PURSUIT_PHRASES = {("go", "after"), ("tear", "into"), ("lay", "into"), ("light", "into"), ("lash", "into"),
                   ("rip", "into"), ("lace", "into")}
# "X rejected / dismissed Y's claims": a claim, plan or charge of a named owner turned down
REJECT_VERBS = frozenset({"reject", "dismiss", "refute", "rebut", "deny", "dispute", "debunk", "ridicule"})
CLAIM_NOUNS = frozenset({"claim", "accusation", "allegation", "charge", "criticism", "attack", "argument",
                         "assertion", "proposal", "plan", "idea", "suggestion", "characterization",
                         "characterisation", "remark", "comment", "statement", "contention", "theory"})
# "X called for Y's resignation", "X demanded the impeachment of Y": criticises Y
OUSTER_NOUNS = frozenset({"resignation", "ouster", "impeachment", "removal", "firing", "dismissal", "prosecution",
                          "indictment", "arrest", "recall", "censure", "expulsion"})
CALLING_FOR = frozenset({"call", "push", "press", "ask", "clamor", "clamour", "campaign", "petition", "lobby"})
DEMANDING = frozenset({"demand", "seek", "urge", "want", "request"})
STANCE_LEMMAS = frozenset({*STANCE_ADJECTIVES, *ATTACK_NOUNS, *RECEIVED_NOUNS, *(v for v, _ in PURSUIT_PHRASES),
                           *REJECT_VERBS, *OUSTER_NOUNS, "disagree", *ACT_LEMMAS, *SIGN_LEMMAS})

# Words looked up by their lower-case form: the adjectives, and capitalised titles, which the
# tagger reads as proper nouns with a capitalised lemma ("National Director of Y", "Executive Chairman")
STANCE_WORDS = frozenset({*STANCE_ADJECTIVES, *HEAD_NOUNS, *ACT_WORDS})
PEOPLE = frozenset({"PERSON", "ORG"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _own_subject(verb):
    """The verb's own subject, or that of the verb it is conjoined with or controlled by; not
    through a participle clause ("stuck with Trump talking ..., taking shots at Y": not the
    subject of "stuck")."""
    return _subject(verb, through=("conj", "xcomp"))


def _aimed(r, o, judged):
    """``judged(r, o)``, but a possessor that is itself no name ("skeptical of United States
    intelligence officials' confidence") gives no target."""
    poss = _child(o, "poss")
    if o.i not in r.at and o.pos_ != "PRON" and poss is not None and poss.i not in r.at and poss.pos_ != "PRON":
        return []
    return judged(r, o)


def _named(r, tok):
    """``tok`` as a name (itself, a pronoun, a relative pronoun), or the name owning it ("Trump's
    remarks have drawn criticism": Trump); None for a common noun ("the plan")."""
    if tok is None:
        return None
    if tok.pos_ == "PRON" and tok.lower_ not in PERSONAL_PRONOUNS and tok.lower_ not in ("who", "whom"):
        return None  # "they", "its": too often a group or another body ("its attacks on Clinton")
    if tok.i in r.at or tok.pos_ == "PRON":
        return r.subject(tok)
    holder = r.subject(tok) if tok.pos_ == "NOUN" and tok.lemma_.lower() in OFFICER_NOUNS else None
    if holder is not None and holder.label == "PERSON":
        return holder  # "CoreCivic's chief executive Damon Hininger rejected ...": the one named
    poss = _child(tok, "poss")
    return r.entity(poss, PEOPLE) if poss is not None and poss.i in r.at else None


def stance(r, t, add, sent, stated, judged) -> None:
    """Dispatch on the trigger ``t`` (``judged(r, o)`` gives who an attack on ``o`` is aimed at:
    the name itself, its examples or its possessor; ``stated(verb)`` rules out negated, wished and
    conditional verbs)."""
    low, lemma = t.lower_, t.lemma_.lower()
    if low in STANCE_ADJECTIVES and t.pos_ in ("ADJ", "VERB"):
        _adjective(r, t, add, sent, stated, judged)
    if lemma in ATTACK_NOUNS and t.pos_ == "NOUN":
        _attack(r, t, add, sent, stated, judged)
    if lemma in RECEIVED_NOUNS and t.pos_ == "NOUN":
        _received(r, t, add, sent, stated)
    if lemma in OUSTER_NOUNS and t.pos_ == "NOUN":
        _ouster(r, t, add, sent, stated)
    if t.pos_ == "VERB" and stated(t) and lemma in REJECT_VERBS:
        for o in _with_conjuncts([c for c in t.children if c.dep_ == "dobj"]):
            poss = _child(o, "poss")  # "dismissed Trump's claims" (not "dismissed the claims", "denied it")
            if o.lemma_.lower() in CLAIM_NOUNS and poss is not None and poss.i in r.at:
                add("criticises", _named(r, _own_subject(t)), r.entity(poss, PEOPLE), t, sent)
    if t.pos_ == "VERB" and stated(t) and lemma == "disagree":  # "Sanders disagreed with Clinton on trade"
        for o in (g for c in t.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children):
            if o.dep_ == "pobj" and o.i in r.at and r.at[o.i].label in PEOPLE:
                add("criticises", _named(r, _own_subject(t)), r.entity(o, PEOPLE), t, sent)
    if t.pos_ == "VERB" and stated(t):
        for c in t.children:
            if c.dep_ == "prep" and (lemma, c.lower_) in PURSUIT_PHRASES:
                for o in _with_conjuncts([g for g in c.children if g.dep_ == "pobj"]):
                    # "went after Trump" (a person named itself: "went after the election" is time)
                    if o.i in r.at and r.at[o.i].label in PEOPLE:
                        add("criticises", _named(r, _own_subject(t)), r.entity(o, PEOPLE), t, sent)
    signs(r, t, add, sent, stated, judged)  # feuds, attack ads, "hit Y for", "in favor of Y", threats to quit
    acts(r, t, add, sent, stated, judged)  # warnings, court challenges, wrongdoing said, rejections, rulings


def _adjective(r, t, add, sent, stated, judged) -> None:
    """"X has been critical of Y", "X is opposed to Y", "X, long sceptical of Y, ...": the subject
    of the copula (or the noun the adjective is said of) takes the stance towards the object of
    the adjective's own preposition."""
    preps, pred = STANCE_ADJECTIVES[t.lower_]
    if _child(t, "neg") is not None or any(c.lower_ in ("less", "not", "never") for c in t.children):
        return
    head = t.head
    if t.dep_ in ("acomp", "attr") and head.lemma_ in ("be", "become", "remain", "seem", "appear", "grow"):
        if not stated(head):
            return
        holder = _named(r, _subject(head)) if _subject(head) is not None and _subject(head).pos_ == "PRON" \
            else r.subject(_subject(head))
    elif t.lower_ == "opposed" and t.dep_ == "ROOT" or t.dep_ in ("relcl", "ccomp") and t.lower_ == "opposed":
        holder = r.subject(_child(t, "nsubjpass") or _child(t, "nsubj"))  # "X is opposed to Y" (a passive parse)
    elif t.dep_ in ("amod", "acl") and t.head.i < t.i or t.dep_ == "appos":
        holder = r.subject(head)  # "Farage, long sceptical of the EU, said"
    else:
        return
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if pred == "criticises":  # "angry at how Fox News has treated him": the clause's doer
                objs += [s for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB" for s in g.children
                         if s.dep_ == "nsubj" and s.i in r.at]
            for o in _with_conjuncts(objs):
                for target in _aimed(r, o, judged):
                    add(pred, holder, target, t, sent)


def _attack(r, t, add, sent, stated, judged) -> None:
    """"X's attack on Y", "X took a swipe at Y", "X launched a broadside at Y's plan": the
    possessor of the noun, or the subject of the verb that makes it, criticises Y. Only people and
    organisations attack in words, and only people or bodies are attacked so ("the attack on
    Paris" is violence: a place is never the target)."""
    poss = _child(t, "poss")
    verb = t.head if t.dep_ == "dobj" and t.head.lemma_ in ATTACK_MAKING else None
    if poss is not None:
        attacker = _named(r, poss)
    elif verb is not None and stated(verb):
        attacker = _named(r, _own_subject(verb))
    else:
        return
    if attacker is None or attacker.label not in PEOPLE:
        return
    hosts = [t] + ([verb] if verb is not None else [])  # "took a swipe at Y": "at" often hangs on the verb
    for h in hosts:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ATTACK_PREPS:
                for o in _with_conjuncts([g for g in c.children if g.dep_ == "pobj"]):
                    for target in _aimed(r, o, judged):
                        if target is not None and target.label in PEOPLE | {"LAW", "WORK_OF_ART"}:
                            add("criticises", attacker, target, t, sent)


def _received(r, t, add, sent, stated) -> None:
    """"Y won the endorsement of X", "Y has the backing of X", "Y faced criticism from X", "Y came
    under fire from X": X supports / criticises Y (the noun the object of a verb of receiving, or of
    "under"; the agent a name given by "of" / "from")."""
    pred = RECEIVED_NOUNS[t.lemma_.lower()]
    x = t
    if x.dep_ == "pobj" and x.head.lower_ == "under":  # "came under fire from X"
        x = x.head
    verb = x.head if x.dep_ in ("dobj", "prep") and x.head.pos_ in ("VERB", "AUX") else None
    amid = x.dep_ == "pobj" and x.head.lower_ in CIRCUMSTANCE_PREPS and x.head.head.pos_ in ("VERB", "AUX")
    if amid:  # "Cruz has sharpened his language amid attacks from Rubio": the clause's subject gets them
        verb = x.head.head
    elif verb is None or verb.lemma_ not in RECEIVING_VERBS or not stated(verb):
        return
    if verb.lemma_ in ("come", "take") and x is t and not amid:
        return  # "come" / "take" only with "under fire"; "take criticism" is no stance received
    if any(c.dep_ == "nummod" or c.lower_ in ("times", "more", "percent", "most", "less") for c in t.subtree) \
            or verb.lemma_ in ("have", "enjoy") and not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return  # "three times the evangelical support of X", "has more support than X": a comparison
    agents = [g for c in (*t.children, *(() if amid else (*x.children, *verb.children)))
              if c.dep_ == "prep" and c.lower_ in (("from", "of") if pred == "supports" else ("from",))
              for g in c.children if g.dep_ == "pobj" and g.i in r.at]
    if not agents:
        return
    receiver = _named(r, _own_subject(verb))
    for g in _with_conjuncts(agents):
        add(pred, r.entity(g), receiver, t, sent)


def _ouster(r, t, add, sent, stated) -> None:
    """"X called for Y's resignation", "X demanded the impeachment of Y", "X is pushing for Y's
    removal": X criticises Y (the call is the stance, whatever comes of it)."""
    poss = _child(t, "poss")
    owner = poss if poss is not None else next(
        (g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if owner is None or owner.i not in r.at or r.at[owner.i].label not in PEOPLE:
        return
    verb = None
    if t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_ in CALLING_FOR:
        verb = t.head.head
    elif t.dep_ == "dobj" and t.head.lemma_ in DEMANDING:
        verb = t.head
    if verb is None or _child(verb, "neg") is not None:
        return
    add("criticises", _named(r, _own_subject(verb)), r.entity(owner, PEOPLE), t, sent)
