"""Stances stated by acts rather than by a verb of criticising (split from
:mod:`.relation_stance`): a warning ("X warned Y against ...", "X warned Y not to ..."), a court
challenge ("X challenged Y in the High Court", "X took Y to court", "X's legal challenge to Y"),
a wrongdoing reported in a that-clause ("X said Y had betrayed the voters", "X said Moscow was
using migrants as a weapon"), the rejection of a criticism or report whose author is not named
in the clause ("The minister rejected the criticism": its author is the one who criticised just
before), and a court's ruling welcomed or rejected ("X welcomed the ruling", "X disagreed with
the judgment": the court that ruled just before).

``stance_object`` reads the object of a verb of criticising, praising or backing: the name, else
the owner of the thing ("condemned North Korea's launch", "endorsed Senator X's bill"), the court
of "the ruling", the author of "the report", who brought "the challenge"; never a name that is
only where the thing is ("defended the plan in the Bundestag").

Each reading looks at the trigger's children and head; the look-back for an author or a court is
bounded (``LOOK_BACK`` tokens before the sentence)."""

from __future__ import annotations

from .relation_stance_with import MODALS, NAMED_ACTORS, PEOPLE_AND_BODIES, WITH_LEMMAS, _hedged, _speaker
from .relation_stance_with import CONCERN_LEMMAS, CONCERNED, at_odds as _at_odds, concern as _concern
from .relation_stance_with import with_someone as _with_someone
from .relation_vocabulary import VERB_TRIGGERS
from .syntax import child as _child, prep_objects as _prep_objects, subject_of as _subject


# "X warned Y against relocating refugees", "warned Y not to ...", "cautioned Y over ..."
WARNING_VERBS = frozenset({"warn", "caution"})
WARNING_PREPS = ("against", "over", "about")

# Court challenges: "challenged Y in / before the court", "took Y to court", "dragged Y before a tribunal"
COURT_NOUNS = frozenset({"court", "tribunal", "judge", "judiciary"})
CHALLENGE_VERBS = {"challenge": ("in", "before", "at"), "take": ("to", "before"), "drag": ("to", "before", "into"),
                   "haul": ("to", "before", "into")}
LEGAL_WORDS = frozenset({"legal", "court", "constitutional", "judicial"})
FILING_VERBS = frozenset({"file", "bring", "launch", "lodge", "mount", "lead", "begin", "start", "join", "win"})

# Wrongdoing reported in a that-clause of a verb of saying: "X said Y had betrayed the voters"
WRONGDOING_VERBS = frozenset({"betray", "lie", "mislead", "deceive", "ignore", "abandon", "neglect", "violate",
                              "breach", "flout", "undermine", "endanger", "exploit", "abuse", "weaponise",
                              "weaponize", "sabotage", "trample", "cheat", "scapegoat", "demonise", "demonize",
                              "persecute", "mistreat", "fail", "instrumentalise", "instrumentalize"})
# "use" is wrongdoing only as "using migrants as a weapon / pawn / tool / bargaining chip"
USED_AS = frozenset({"weapon", "pawn", "tool", "chip", "lever", "scapegoat", "hostage", "hostages", "pawns", "weapons"})
PLANS = frozenset({"plan", "idea", "proposal", "project", "policy", "bid", "talk", "effort", "attempt", "scheme"})
SAYING_VERBS = frozenset({"say", "argue", "claim", "insist", "state", "allege", "charge", "tell", "add", "write",
                          "contend", "complain", "believe", "conclude", "find", "declare", "accuse", "warn"})

# "rejected the criticism / the accusations / the report": a claim with no owner named in the clause
REJECTING_VERBS = frozenset({"reject", "dismiss", "refute", "rebut", "deny", "dispute", "debunk", "ridicule",
                             "contest", "rebuff"})
CRITICISM_NOUNS = frozenset({"criticism", "accusation", "allegation", "charge", "claim", "attack", "complaint",
                             "remark", "comment", "statement", "warning", "condemnation", "assertion"})
REPORT_NOUNS = frozenset({"report", "finding", "study", "conclusion", "research", "investigation", "analysis"})
PUBLISHING_VERBS = frozenset({"publish", "release", "issue", "present", "produce", "launch", "write", "compile"})
CRITICISING_LEMMAS = frozenset({*(v for v, p in VERB_TRIGGERS.items() if p == "criticises"), *WARNING_VERBS})
DEFINITE = frozenset({"the", "these", "those", "this", "such", "that"})
LOOK_BACK = 160  # tokens before the sentence searched for an author or a court

# A court's ruling: who made it is the body that ruled, suspended, ordered ... just before
RULING_NOUNS = frozenset({"ruling", "judgment", "judgement", "verdict", "injunction"})
RULING_VERBS = frozenset({"rule", "suspend", "order", "quash", "overturn", "annul", "strike", "uphold", "fine",
                          "find", "declare", "block", "halt", "invalidate", "dismiss", "condemn", "sentence"})
RULED = frozenset({"ruled", "fined", "struck", "upheld", "found", "quashed", "annulled"})  # (past forms misread)
ACT_LEMMAS = frozenset({*WARNING_VERBS, *CHALLENGE_VERBS, "challenge", *WRONGDOING_VERBS, *REJECTING_VERBS,
                        "welcome", "celebrate", "disagree", "regret", "lament", "appeal", "odd", "odds",
                        "pay", *WITH_LEMMAS, *CONCERN_LEMMAS, *USED_AS})
ACT_WORDS = CONCERNED  # written forms ("alarmed", "disappointed"): their lemmas are too common to look at
# verbs not among the criticising and praising verbs (those read a ruling through ``stance_object``)
WELCOMING = frozenset({"welcome", "celebrate"})
REGRETTING = frozenset({"disagree", "regret", "reject", "lament", "contest", "appeal"})


def _is_court(r, tok) -> bool:
    if tok.lemma_.lower() in COURT_NOUNS:
        return True
    m = r.at.get(tok.i)
    return m is not None and m.label == "ORG" and tok.doc[m.end - 1].lower_ in ("court", "tribunal")


def acts(r, t, add, sent, stated, judged) -> None:
    """Dispatch on the trigger ``t`` (see the module docstring)."""
    lemma = t.lemma_.lower()
    if lemma not in ACT_LEMMAS and t.lower_ not in ACT_WORDS:
        return
    if lemma in USED_AS and t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_ == "use":
        verb = t.head.head  # "said Moscow was using migrants as a weapon" (found from the rare noun, not every "use")
        if verb.pos_ == "VERB" and stated(verb) and not _hedged(verb):
            _wrongdoing(r, verb, add, sent, stated)
        return
    if lemma in CONCERN_LEMMAS or t.lower_ in CONCERNED:
        _concern(r, t, add, sent, stated, judged, lambda r_, o: judged(r_, o) if not _located_only(r_, o) else [])
    if t.pos_ == "NOUN":
        if lemma == "challenge":
            _challenge_noun(r, t, add, sent, stated, judged)
        if t.lower_ == "odds":
            _at_odds(r, t, add, sent, stated, judged)
        return
    if t.pos_ != "VERB" or not stated(t) or _hedged(t):
        return
    if lemma in WARNING_VERBS:
        _warning(r, t, add, sent, judged)
    if lemma in CHALLENGE_VERBS:
        _court_challenge(r, t, add, sent, judged)
    if lemma in WRONGDOING_VERBS:
        _wrongdoing(r, t, add, sent, stated)
    if lemma in REJECTING_VERBS:
        _rejected_unowned(r, t, add, sent)
    if lemma in WELCOMING or lemma in REGRETTING:
        _ruling(r, t, add, sent)
    if lemma in WITH_LEMMAS or lemma in ("take", "pay"):
        _with_someone(r, t, add, sent, judged)


def _warning(r, t, add, sent, judged) -> None:
    """"Human Rights Watch warned Bangladesh against relocating refugees", "warned Y not to
    deport", "cautioned Y over its plan": criticises Y (the one warned, a name; not "warned that
    ...", "warned Y that arrivals would rise": a forecast told to Y)."""
    warned = _child(t, "dobj")
    if warned is None or warned.pos_ == "PRON" and warned.lower_ not in ("him", "her"):
        return
    against = any(c.dep_ == "prep" and c.lower_ in WARNING_PREPS for c in (*t.children, *warned.children))
    not_to = any(c.dep_ in ("xcomp", "ccomp") and _child(c, "neg") is not None and _child(c, "aux") is not None
                 and _child(c, "aux").lower_ == "to" for c in t.children)
    target = stance_object(r, warned, t, sent) if against or not_to else None
    if target is not None and target.label in NAMED_ACTORS:  # "warned the Biden administration not to ..."
        add("criticises", _speaker(r, t), target, t, sent)


def _court_challenge(r, t, add, sent, judged) -> None:
    """"X challenged Y in the High Court", "X took Y to court", "X dragged Y before the
    tribunal": X criticises Y (or the owner of what it challenged: "challenged the ministry's
    decision in court"). Without a court named, "challenged Y" is no stance ("challenged Clinton
    to a debate"), nor "took Y to dinner"."""
    obj = _child(t, "dobj")
    if obj is None:
        return
    preps = CHALLENGE_VERBS[t.lemma_.lower()]
    courts = [o for h in (t, obj) for o in _prep_objects(h, *preps) if _is_court(r, o)]
    if not courts:
        return
    for target in judged(r, obj):
        add("criticises", _speaker(r, t), target, t, sent)


def _challenge_noun(r, t, add, sent, stated, judged) -> None:
    """"X filed a legal challenge to Y", "X's court challenge to the law": X criticises Y (a
    challenge said to be legal, or filed / brought / launched; "to" a name or a named owner's
    act; "a challenge to the region" without these words is no stance)."""
    legal = any(c.lower_ in LEGAL_WORDS for c in t.children if c.dep_ in ("amod", "compound"))
    verb = t.head if t.dep_ == "dobj" and t.head.pos_ == "VERB" else None
    if not legal and (verb is None or verb.lemma_ not in FILING_VERBS):
        return
    if verb is not None and not stated(verb):
        return
    poss = _child(t, "poss")
    who = r.entity(poss, PEOPLE_AND_BODIES) if poss is not None else (_speaker(r, verb) if verb is not None else None)
    hosts = (t, verb) if verb is not None and verb.lemma_ in FILING_VERBS else (t,)  # "filed a challenge to Y"
    for o in (o for h in hosts for o in _prep_objects(h, "to", "against")):
        for target in judged(r, o):
            add("criticises", who, target, t, sent)


def _wrongdoing(r, t, add, sent, stated) -> None:
    """"Chrzanowska said Prime Minister Donald Tusk had betrayed the voters", "Rantanen said
    Moscow was using migrants as a weapon", "X argued that the department had ignored the
    evidence": the speaker criticises the one named as doing wrong (the wrongdoer a name, or a
    role noun resolving to one; not negated, not a forecast with a modal, not the speaker)."""
    head = t.head
    if t.dep_ != "ccomp" or head.lemma_ not in SAYING_VERBS or head.pos_ not in ("VERB", "AUX") or not stated(head):
        return
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children) or any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether", "unless") for c in t.children):
        return
    if t.lemma_ == "use" and not any(o.lemma_.lower() in USED_AS for o in _prep_objects(t, "as")):
        return
    if t.lemma_ == "fail" and not any(c.dep_ == "xcomp" for c in t.children):
        return  # "said the talks had failed": nobody blamed
    if t.lemma_ == "lie" and any(c.dep_ == "advmod" or c.dep_ == "prep" and c.lower_ not in ("to", "about")
                                 for c in t.children):
        return  # "said Greece lies at the crossroads", "the answer lies with Y": to be, not to lie
    if t.lemma_ == "abandon" and _child(t, "dobj") is not None and _child(t, "dobj").lemma_.lower() in PLANS:
        return  # "said Italy had abandoned the plan": a change of course, not a wrong done
    doer_tok = _child(t, "nsubj")
    if doer_tok is None or doer_tok.pos_ == "PRON":
        return  # "he said he had failed": too often the speaker himself
    doer = r.subject(doer_tok, NAMED_ACTORS)
    if doer is None:
        return
    add("criticises", _speaker(r, head), doer, t, sent)


def _look_back(t, sent):
    """Tokens before ``t`` (the verb that rejects or welcomes) in its sentence, then up to
    ``LOOK_BACK`` tokens before the sentence, nearest first."""
    doc = t.doc
    for i in range(t.i - 1, max(sent.start - LOOK_BACK, 0) - 1, -1):
        yield doc[i]


def _report_author(r, x):
    """Who wrote the report ``x`` (a report noun): the speaker of "X said in its report", the
    named possessor, the subject of "X published a report"; None if the text does not say."""
    if x.dep_ == "pobj" and x.head.lower_ == "in" and x.head.head.pos_ in ("VERB", "AUX"):
        return _speaker(r, x.head.head)  # "X said in its annual report" (X, whatever "its" resolves to)
    poss = _child(x, "poss")  # "Suhakam's report", "their report"
    if poss is not None and (poss.i in r.at or poss.lower_ in ("its", "their", "his", "her")):
        return r.entity(poss, PEOPLE_AND_BODIES)
    if x.dep_ == "dobj" and x.head.lemma_ in PUBLISHING_VERBS:  # "X published a report"
        return _speaker(r, x.head)
    return None


def _author(r, noun, verb, sent):
    """Who made the criticism, accusation or report ``noun`` stands for: for a report, the
    author of the nearest report before it; else (or if none is said) the subject of the nearest
    criticising verb before it that is stated (not negated, no modal: "it would oppose")."""
    if noun.lemma_.lower() in REPORT_NOUNS:
        for x in _look_back(verb, sent):
            if x.pos_ == "NOUN" and x.lemma_.lower() in REPORT_NOUNS:
                found = _report_author(r, x)
                if found is not None:
                    return found
    for x in _look_back(verb, sent):
        if x.pos_ == "VERB" and x.lemma_.lower() in CRITICISING_LEMMAS and _child(x, "neg") is None \
                and not any(c.dep_ == "aux" and c.lower_ in MODALS for c in x.children):
            who = _speaker(r, x)
            if who is not None:
                return who
    return None


def _rejected_unowned(r, t, add, sent) -> None:
    """"Home Minister X rejected the criticism", "Bangladesh's foreign ministry dismissed the
    report", "the Kremlin denied the accusations": the rejecter criticises who made them, when
    the clause names no owner (no possessor, no "of" / "by" / "from")."""
    obj = _child(t, "dobj")
    if obj is None or obj.i in r.at or obj.lemma_.lower() not in CRITICISM_NOUNS | REPORT_NOUNS:
        return
    if t.lemma_ == "deny" and obj.lemma_.lower() in REPORT_NOUNS or obj.tag_ == "NNS" and obj.lemma_.lower() in REPORT_NOUNS:
        return  # "denied the reports" (rumours), "dismissed the reports": whose, the text seldom says
    rejecter = _speaker(r, t)
    named = [o for h in (obj, *(c for c in obj.children if c.dep_ == "acl" and c.tag_ == "VBN"))
             for o in _prep_objects(h, "from", "by") if o.i in r.at]  # "the criticism from X", "the claims made by X"
    if named:
        add("criticises", rejecter, r.entity(named[0], NAMED_ACTORS), t, sent)
        return
    if _child(obj, "poss") is not None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in obj.children):
        return
    if any(True for _ in _prep_objects(obj, "of", "against")):
        return  # "rejected the criticism of the plan": whose, the clause does not say
    author = _author(r, obj, t, sent)
    if rejecter is not None and author is not None and author.label in NAMED_ACTORS:
        add("criticises", rejecter, author, t, sent)


def _court_of(r, verb, sent):
    """The court whose ruling is meant: the subject of the nearest verb of ruling before
    ``verb`` whose subject is an organisation (a court, a council of state)."""
    for x in _look_back(verb, sent):
        if x.pos_ == "VERB" and (x.lemma_.lower() in RULING_VERBS or x.lower_ in RULED):
            s = _subject(x)
            who = r.subject(s, {"ORG"}) if s is not None else None
            if who is not None:
                return who
    return None


# A case brought to court: "X, which supported the challenge", "Y backed the lawsuit" (the one who brought it)
CASE_NOUNS = frozenset({"challenge", "case", "lawsuit", "suit", "complaint", "appeal", "application", "petition"})


def _challenger(r, verb, sent):
    """Who brought the case meant: the subject of the nearest "challenged" / "sued" before
    ``verb``, of "filed / brought a case", the agent of "the case was brought by X"."""
    for x in _look_back(verb, sent):
        lemma = x.lemma_.lower()
        if x.pos_ == "VERB" and lemma in ("challenge", "sue") and _child(x, "neg") is None:
            who = _speaker(r, x)
        elif x.pos_ == "NOUN" and lemma in CASE_NOUNS and x.dep_ in ("dobj", "nsubjpass") \
                and x.head.lemma_ in FILING_VERBS and _child(x.head, "neg") is None:
            who = _speaker(r, x.head)
        else:
            continue
        if who is not None:
            return who
    return None


def _unowned(r, o) -> bool:
    """A definite common noun with no owner named in its phrase ("the ruling", "the report",
    not "Suhakam's report", "the report by X", "the ruling of the court")."""
    return o.i not in r.at and o.pos_ == "NOUN" and _child(o, "poss") is None \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children) \
        and not any(True for _ in _prep_objects(o, "of", "by", "from"))


def _maker(r, o, verb, sent):
    """Who made the unowned ruling (its court) or report (its author) ``o``; None otherwise."""
    if not _unowned(r, o):
        return None
    lemma = o.lemma_.lower()
    if lemma in RULING_NOUNS:
        return _court_of(r, verb, sent)
    if lemma in CASE_NOUNS:
        return _challenger(r, verb, sent)
    return _author(r, o, verb, sent) if lemma in REPORT_NOUNS else None


def _ruling(r, t, add, sent) -> None:
    """"The Helsinki Committee welcomed the ruling" (supports the court that ruled), "De Moor said
    she disagreed with the ruling", "X regretted the judgment" (criticises it), "the director
    welcomed the report" (supports its author). Verbs of criticising and praising read these
    through ``stance_object``."""
    lemma = t.lemma_.lower()
    objs = list(_prep_objects(t, "with")) if lemma == "disagree" else [c for c in t.children if c.dep_ == "dobj"]
    for o in objs:
        if lemma in REJECTING_VERBS and o.lemma_.lower() in REPORT_NOUNS:
            continue  # "dismissed the report": ``_rejected_unowned``
        maker = _maker(r, o, t, sent)
        if maker is not None:
            add("supports" if lemma in WELCOMING else "criticises", _speaker(r, t), maker, t, sent)


# "endorsed Senator X's bill", "backed the agency's position": support of the possessor, as for
# verbs of praise and criticism; "the Obama administration" (a leader's body)
BACKING_VERBS = frozenset({"support", "back", "endorse"})
LEADER_BODIES = frozenset({"administration", "government", "campaign", "cabinet", "camp"})
LOCATIVE_PREPS = frozenset({"in", "at", "on", "inside", "near", "during", "across", "outside", "within"})


def _located_only(r, o) -> bool:
    """Every name in the phrase of ``o`` (a common noun) is where it is, under a locative
    preposition: "defended the plan in the Bundestag", "criticised the detention of migrants in
    Tripoli" (who is judged is not the place)."""
    if o.i in r.at or o.pos_ != "NOUN":
        return False
    names = [x for x in o.subtree if x.i in r.at and x.i != o.i]
    if not names:
        return False
    for x in names:
        a, located = x, False
        while a.i != o.i and a.head.i != a.i:
            if a.dep_ == "pobj" and a.head.lower_ in LOCATIVE_PREPS:
                located = True
            a = a.head
        if not located:
            return False
    return True


def stance_object(r, o, verb, sent):
    """Who criticising, praising or backing the object ``o`` of ``verb`` judges: the name itself
    (or the one a pronoun or role noun stands for), else the possessor of the thing ("condemned
    North Korea's launch", "endorsed Senator X's bill"), the leader of a body ("the Obama
    administration"), the court of "the ruling", the author of "the report"; not a name that is
    only where the thing is ("defended the plan in the Bundestag")."""
    if _located_only(r, o):
        return None
    if verb.lemma_ in BACKING_VERBS and o.i not in r.at and (verb.tag_ == "VBG" or _child(verb, "aux") is not None
                                                             and _child(verb, "aux").lower_ == "to"):
        return r.subject(o)  # "pledged to support the GOP's nominee", "by supporting X's plan": no owner's backing yet
    owner = _child(o, "poss") or (_child(o, "compound") if o.lemma_ in LEADER_BODIES else None)
    found = r.subject(o) or (r.entity(owner) if owner is not None else None)
    return found if found is not None else _maker(r, o, verb, sent)


def quoted_speaker(r, verb):
    """'"We condemn the Home Office's decision," said Enver Solomon', '"I fully support Mark
    Rutte," Yesilgoz said': a first-person subject of a clause quoted by a verb of saying is its
    speaker (outside quotations "we" is the document's voice, read by the resolver)."""
    own = _child(verb, "nsubj")
    if own is None or own.lower_ not in ("i", "we"):
        return None
    v = verb
    while v.dep_ in ("conj", "xcomp") and v.head.i != v.i:
        v = v.head
    if v.dep_ != "ccomp" or v.head.lemma_ not in SAYING_VERBS or _hedged(verb):
        return None
    return _speaker(r, v.head)
