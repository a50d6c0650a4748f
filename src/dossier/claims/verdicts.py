"""Status cues of round 6 (2026-12-04), read by :mod:`.status` (kept apart so that module stays under
the architecture test's size): how a figure is judged or framed by words that are not on the walk
from the figure up to its clause's root.

- :func:`copula_value`: the figure as the value of a copula or "range" whose subject is a plan, target
  or forecast ("The ministry's target is 5,000 returns a year", "Forecasts range from ...": projected)
  or an estimate ("Estimates range from 5,000 to 8,000", "The best estimate is 4,000": estimated);
- :func:`claimed_participle`: the figure described by a participle of claiming ("far below the 5,000
  claimed by aid groups", "the 20,000 alleged by the opposition"): disputed, as "claims that" is;
- :func:`judged_false`: the figure's own noun phrase as the subject of a verdict of falsity ("Critics
  say the 50,000 figure is inflated", "the 3,000 number was wrong"): disputed;
- :func:`called_false`: a clause on an assertion noun calling it false ("..., a figure the government
  called exaggerated", "a number the ministry described as inflated", "a claim it dismissed as
  fiction"): disputed, as "a figure the council disputes" is.

All are general English: a copula equates its subject with its value; a participle of claiming puts
what it describes as claimed; "call/describe/brand X false" is a verdict on X.
"""

from __future__ import annotations

from .vocabulary import (ASSERTING, ASSERTION_NOUNS, ESTIMATING_NOUNS, FALSE_WORDS, FIGURE_NOUNS, TRUE_WORDS,
                         verb_lemma)

# the nouns of a value still to come: its subject's value is a projection ("The target is 5,000")
PLAN_NOUNS = {"target", "goal", "aim", "ambition", "plan", "quota", "cap", "ceiling", "forecast", "projection",
              "prediction", "outlook", "expectation", "objective"}
# verbs equating a subject with a figure or a span of figures
EQUATING = {"be", "range", "vary", "stand", "run"}
# verbs of judging an assertion with a complement: "called it exaggerated", "described the figure as false"
JUDGING = {"call", "describe", "brand", "label", "dismiss", "denounce", "term", "consider", "deem"}


def copula_value(walk) -> tuple[str, str] | None:
    """("projected" | "estimated", cue) when the figure is the value (attribute, or the "from"/"to"/"at"
    phrase of "range"/"stand") of a verb of EQUATING — the first verb on the walk, reached from the figure's
    own words — whose subject is a plan or forecast noun (projected) or an estimate (estimated); else None."""
    k = next((k for k, t in enumerate(walk) if k > 0 and t.pos_ in ("VERB", "AUX")), None)
    if (k is not None and k + 1 < len(walk) and walk[k].dep_ == "ccomp" and walk[k + 1].lemma_.lower() == "be"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in walk[k].children)):
        k += 1  # the figure in the clause a copula equates its subject with: "The estimate is that 40,000 ..."
    elif k is None or k > 3 or walk[k].lemma_.lower() not in EQUATING:
        return None
    below = walk[k - 1]
    if not (below.dep_ in ("attr", "acomp", "npadvmod", "dobj", "ccomp") or below.dep_ == "prep" and below.lower_ in (
            "from", "to", "between", "at", "around", "about")):
        return None
    # (a common noun: "The 2025 Joint Response Plan is 41 per cent funded" names a plan, it is no plan's value)
    for subj in (c for c in walk[k].children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"):
        lemma = subj.lemma_.lower()
        # ("planning figure", "the expected total": a plan's words on a figure noun)
        marks = {a.lemma_.lower() for a in subj.children if a.dep_ in ("amod", "compound")}
        if lemma in PLAN_NOUNS or lemma in FIGURE_NOUNS and marks & (PLAN_NOUNS | {"planning", "expected",
                                                                                  "projected", "forecast"}):
            return "projected", subj.text
        if lemma in ESTIMATING_NOUNS or lemma in FIGURE_NOUNS and marks & {"estimated", "approximate", "rough"}:
            return "estimated", subj.text
    return None


def claimed_participle(anchor):
    """The participle of claiming that describes the figure ("the 5,000 claimed by aid groups", "the
    20,000 deaths alleged by the opposition"): the verb token, else None."""
    for c in anchor.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ASSERTING:
            return c
    return None


def judged_false(anchor) -> str | None:
    """The figure's own noun phrase ("the 50,000 figure", "the 3,000 number") as the subject of a
    predicate of falsity ("is inflated", "was not accurate", "has been exaggerated"): the cue, else None."""
    noun = anchor if anchor.lemma_.lower() in FIGURE_NOUNS else None
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = noun.head
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.lower_ in FALSE_WORDS and noun.dep_ == "nsubjpass":  # "the figure was exaggerated / inflated"
        return f"{noun.text} {verb.text}"
    for c in verb.children:
        if c.dep_ in ("acomp", "attr") and (c.lower_ in FALSE_WORDS and not negated or c.lower_ in TRUE_WORDS and negated):
            return f"{noun.text} {verb.text} {'not ' if negated else ''}{c.text}"
    return None


def called_false(verb) -> object | None:
    """The assertion noun ``verb`` (a verb of JUDGING in a clause on that noun, or with it as its object)
    calls false: "a figure the government called exaggerated", "which the ministry described as
    inflated", "a claim it dismissed as fiction"; else None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in JUDGING:
        return None
    complements = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp", "ccomp")]
    complements += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children]
    words = {t.lower_ for c in complements for t in c.subtree}
    if not words & FALSE_WORDS:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in ASSERTION_NOUNS:
        return verb.head
    if verb.dep_ == "relcl" and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "which" for c in verb.children):
        return verb.head  # "..., which the ministry described as inflated"
    return None



# the participles of a presumed fate beside a plain one: "30 people are missing and presumed dead", "Sixty
# people were missing, feared drowned" (a hedge, as "are feared dead" is)
PRESUMING = {"presume", "fear", "believe", "think"}


def presumed_fate(walk) -> str | None:
    """A participle of presuming conjoined, without a subject of its own, to the figure's first verb ("are
    missing and presumed dead"): the cue, else None."""
    verb = next((t for t in walk[1:3] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    for c in verb.children:
        if (c.dep_ == "conj" and c.tag_ == "VBN" and c.lemma_.lower() in PRESUMING
                and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)):
            return c.text
    return None


def likely_amount(walk, i: int, amount_verbs: set) -> bool:
    """ "likely to reach 8,000", "are likely to top 20,000": ``walk[i]`` is the adjective "likely" with the
    figure the object or value of its to-infinitive, a verb of amount (not "be": "more likely to be viewed
    as honest, 64 percent to 56 percent" compares a poll's shares), and no comparison on it ("more likely").
    An expectation of a value: projected."""
    tok = walk[i]
    if i < 2 or tok.lower_ != "likely" or tok.pos_ != "ADJ":
        return False
    inf = walk[i - 1]
    return (inf.dep_ == "xcomp" and inf.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)
            and inf.lemma_.lower() in amount_verbs - {"be", "have"}
            and not any(c.dep_ == "advmod" and c.lower_ in ("more", "less", "most", "least") for c in tok.children))


def absolute_future(walk, future_aux: set, reporting: set) -> str | None:
    """An absolute "with" clause of a present participle ("..., the ministry said, with the budget rising to
    1.2 billion dirhams") that the parser hung on a reporting verb set off in the middle of a sentence
    (parataxis): the participle has no time of its own, the main clause's future is its ("The Kingdom will
    keep up this effort"). The future auxiliary, else None."""
    if len(walk) < 4:
        return None
    last = walk[-1]
    if last.dep_ != "parataxis" or last.lemma_.lower() not in reporting:
        return None
    if not any(t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.lower_ == "with" for t in walk[:-1]):
        return None
    return next((c.text for c in last.head.children if c.dep_ == "aux" and c.lower_ in future_aux), None)


def planned_relative(anchor, planning: set) -> str | None:
    """A relative clause on the figure whose verb plans or hopes for it, the figure being what is planned (the
    clause has no object of its own but a relative pronoun): "far fewer than the 1,000 it had hoped for", "the
    5,000 places the council promised", "the 30,000 the plan envisaged". The verb, else None."""
    for c in anchor.children:
        if c.dep_ != "relcl" or verb_lemma(c) not in planning | {"want", "hope", "promise", "pledge"}:
            continue
        if any(d.dep_ in ("dobj", "ccomp", "xcomp") and d.lower_ not in ("which", "that") for d in c.children):
            continue  # ("the 300 people who expect to be moved": the clause has its own object)
        if any(d.dep_ in ("nsubj", "nsubjpass") and d.lower_ in ("who", "which", "that") for d in c.children):
            continue  # (the figure's own subject relative: "300 people who hope for asylum" hope, are not hoped for)
        return c.text
    return None


UNCONFIRMED = {"unconfirmed", "unverified", "uncorroborated"}


def unconfirmed_report(walk, reporting: set) -> str | None:
    """A report its own words call unconfirmed ("Unconfirmed reports said 40 people had been killed",
    "according to unverified reports"): the figure is hearsay, hedged as "reportedly" is. The cue, else None."""
    for i, tok in enumerate(walk[1:], 1):
        nouns = []
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in reporting:
            nouns = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        elif tok.lower_ == "according":
            nouns = [o for c in tok.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
        for n in nouns:
            word = next((a.lower_ for a in n.children if a.dep_ == "amod" and a.lower_ in UNCONFIRMED), None)
            if word:
                return f"{word} {n.text}"
    sent = walk[0].sent if walk else None
    for t in sent or ():
        if t.lower_ == "according" and t.i not in {w.i for w in walk}:
            for o in (o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"):
                word = next((a.lower_ for a in o.children if a.dep_ == "amod" and a.lower_ in UNCONFIRMED), None)
                if word:
                    return f"according to {word} {o.text}"
    return None


def participle_hedge(walk, hedge_verbs: set) -> str | None:
    """A reduced passive relative of believing or thinking raising the figure's infinitive ("The migrants,
    believed to number about 3,000, ...", "a boat thought to be carrying 200 people"): hedged, as "are believed
    to" is. The participle, else None."""
    for i, tok in enumerate(walk[2:], 2):
        if (reduced_passive(tok) and tok.lemma_.lower() in hedge_verbs
                and walk[i - 1].dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in walk[i - 1].children)):
            return tok.text
    return None


def reduced_passive(tok) -> bool:
    """Is ``tok`` a passive participle reducing a relative clause ("figures estimated by the UN", "The migrants,
    believed to number 3,000, ..."; the parser may tag the second a past tense with the noun as its subject)?"""
    if tok.tag_ == "VBN" and tok.dep_ == "acl":
        return True
    return (tok.tag_ in ("VBN", "VBD") and tok.dep_ in ("advcl", "acl") and tok.i > 0 and tok.doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in tok.children)
            and any(c.dep_ == "xcomp" and any(d.dep_ == "aux" and d.lower_ == "to" for d in c.children) for c in tok.children))


CONTRAST_HEADS = {"below", "above", "than"}
COMPARING = {"less", "more", "fewer", "half", "twice", "double", "triple", "fraction"}
# the verbs of saying by which a party puts a figure forward as so
PUTTING_FORWARD = {"say", "claim", "repeat", "state", "report", "insist", "allege", "estimate", "announce", "tell",
                   "argue", "assert", "maintain", "quote"}


def contrasted_report(anchor, reporting: set) -> str | None:
    """Another party's figure, given in a reporting relative clause, that the sentence sets its own figure against
    ("The register counts 1.1 million, far below the 1.5 million the minister keeps repeating", "Police counted
    3,000, less than half the 8,000 that organisers said had attended"): an implicit dispute. The cue, else None."""
    asserting = reporting & PUTTING_FORWARD  # (not "the 1,000 it had hoped for": a hope is no competing figure)
    rel = next((c for c in anchor.children if c.dep_ == "relcl" and (verb_lemma(c) in asserting or any(
        x.dep_ == "xcomp" and verb_lemma(x) in asserting for x in c.children))), None)
    if rel is None:
        return None
    if anchor.head.lower_ in CONTRAST_HEADS or any(t.lower_ in COMPARING for t in anchor.subtree if t.i < anchor.i):
        return f"{anchor.head.text if anchor.head.lower_ in CONTRAST_HEADS else 'compared'} the {anchor.text} {rel.text}"
    return None
