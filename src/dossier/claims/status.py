"""How firmly a figure is put: the ``status`` of a claim.

In this order of precedence: **disputed** (a verb of asserting or denying reached through what it
asserts or rejects — "denied that 400 ...", "rejected the figure of 3,000", not "rejected 12,000
asylum claims" or "84,000 people claimed asylum"; a later clause or the next sentence rejecting the
figure as said, "a figure the council disputes", "The ministry did not recognise the figures"; an accusation: "was accused of", "is alleged to", "charged him with"; a source's negated
assertion with the figure as its object: "Obama is not admitting 100,000"), **projected** (expect, intend, plan, target, will, would, a proposal or discussion, a forecast or
target whose value the figure is, a comparison with what was projected; a semi-modal
future: "is set to", "is due to", "is going to", "stands to", "are to"; "scheduled"; or a
period that starts after the document's date; a list item under a future lead-in, "will:"),
**hedged** (could, may, might, reportedly, is believed to, is said to, are feared, appears to ...;
"would" is a projection), **estimated** (qualifier approximately, "up to", "as many as",
"estimated", an estimated value noun, "an estimated cost of £1.2bn", an estimate as the reporter,
"Estimates suggest"), **attributed**
(source other than the document's voice), **stated**. The rules read the figure's own clause
only (:func:`_clause_walk`): a relative clause, a conjoined clause or an absolute "with" clause
is a statement of its own (a conjoined figure is not; a conjoined bare verb shares its head's
modal); the value a change starts from ("from 70,000 to 85,000", "down from 485,000") is not projected.
Also (fourth session, :mod:`.cues` and :mod:`.demands`): a demand is projected ("called for the
government to relocate 3,000"), as is a recommendation ("We recommend a threshold of £30,960") and a
headline's "X to VERB"; a negated report's modal is not the figure's ("could not say how many of the
17,000"); a definite figure under a target is no projection ("a target for the 118,000 people
waiting"); "according to provisional estimates" is estimated.
Round 6 (:mod:`.verdicts`, :func:`.status_context.forward_span`): a modal with a forward-looking span is
projected ("may be displaced ... in the coming days", "could find work within a year"); the figure as the value
of a target or estimate ("The target is 5,000", "Estimates range from ..."); "likely to reach"; a "with"
clause under a future main clause; "missing and presumed dead", "believed to number", "unconfirmed reports"
(hedged); "the 5,000 claimed by", "the 50,000 figure is inflated", "a figure the government called
exaggerated", "far below the 1.5 million the minister keeps repeating" and a next sentence opening with
"The real number" (disputed); "the 1,000 it had hoped for" (projected).
Round 7: the standard a figure is set against ("would cost $5bn, compared with $3bn last year", "..., as opposed to
the average 80,000") is outside the projection's clause.
"""

from __future__ import annotations

from ..extract import spans
from .cues import (according_to_estimates, approximated, definite, definite_subject, forecast_frame, headline_future,
                   intent_adjective)
from .demands import demanding_at, negated_report
from .disputes import _content_noun, _disputes, accusation_at, disputed_after
from .verdicts import (absolute_future, claimed_participle, contrasted_report, copula_value, judged_false,
                       likely_amount, participle_hedge, planned_relative, presumed_fate, unconfirmed_report)
from .status_context import (FUTURE_AUX, PROJECTED_VERBS, _continues, _future_sentence, _inverted,  # noqa: F401
                             _previous_sentence, _semi_modal, _to_infinitive, after_publication, bullet_lead, forward_span,
                             starting_value)
from .vocabulary import (AMOUNT_VERBS, COUNT_VALUE_NOUNS, DISPUTED, ESTIMATING_NOUNS, FORECASTING_NOUNS,
                         MEASURING_VERBS, REPORTING, VALUE_NOUNS, verb_lemma)

# An accusation reported in the passive puts the figure as alleged, whoever reports it: "was
# accused of using $50 million", "is alleged to have made 300 trips", "charged with smuggling 20".
ALLEGATION_PASSIVE = {"accuse", "allege", "charge"}
ACCUSING = {"accuse", "charge"}  # with "of"/"with": what the accused is charged with is alleged (its accuser the source)
# a commitment only with the infinitive it governs: "agreed to host up to 200 people" is a plan,
# "agreed a £5m deal" is a fact
INTENT_WITH_INFINITIVE = {"agree", "offer", "seek", "vow", "threaten", "undertake", "want", "wish",
                          "prepare"}  # "The city is preparing to receive 2,000 refugees" (round 4)
# what is sought is not yet had, with the figure as the object or in the purpose it is sought for
# ("the plan seeks $1.6 billion to assist 4.8 million people"; round 4)
SEEKING = {"seek"}
# a modal of recommendation: what should be done is not yet so ("the unit should recruit at least 2 more
# nurses"); not with a perfect ("should have cost £2m"). Not "must": on PolNeAR train it is a threshold's
# arithmetic ("a candidate must win 1,237 delegates", 6 of 6 rows), stated (round 4)
DEONTIC_AUX = {"should", "ought"}
# "claimed a loss of $916 million", "claimed £5m in expenses": with the figure as its object,
# "claim" is to declare or demand, not to assert what may be false ("claimed that 5,000 ...")
CLAIM_OBJECT = {"claim"}  # (read by the source rules; the status rules read it through _disputes)
# what a planned thing will be: "his proposed wall might be 40 feet", "the planned 500-bed centre"
PLANNED = {"propose", "plan", "project", "expect", "intend", "envisage"}
PLANNED_WORDS = {"proposed", "planned", "projected", "expected", "intended", "envisaged",
                 "likely", "probable"}  # a forecast's value: "the most likely figure is 24,000" (round 4)
PROJECTED_NOUNS = {"target", "plan", "proposal", "discussion", "ambition", "forecast", "projection", "aim",
                   "talks", "bid", "goal", "quota", "cap", "ceiling"}
# a forecast or target as the object of the figure's verb: the figure is its value ("nudged up its
# forecast ... to 4.2 percent", "raised its target to 10,000")
VALUE_OF = {"forecast", "projection", "target", "goal", "quota", "cap", "ceiling", "outlook"}
SCHEDULED = {"schedule", "slate", "earmark", "timetable"}
HEDGE_AUX = {"could", "may", "might"}
HEDGE_ADV = {"reportedly", "allegedly", "possibly", "perhaps", "potentially", "apparently", "likely",
             "probably", "supposedly", "purportedly"}
# "is believed to"; "are feared to have drowned", "are feared dead", "are presumed dead"
HEDGE_VERBS = {"appear", "seem", "believe", "think", "understand", "suspect", "rumour", "fear", "presume"}
# "is said to have received £2m", "was reported to hold 500 men", "It was reported that ... £6m":
# hearsay, as "reportedly" is; only raising a to-infinitive or with an empty "it" (not "the
# figures were reported to Parliament", "reported by the BBC")
HEARSAY_VERBS = {"say", "report", "rumor"}
SEEMING = {"appear", "seem"}  # raising a to-infinitive, active: the figure as it looks, not as it is known
ESTIMATE_WORDS = {"estimate", "estimated", "approximately", "roughly", "around", "about", "nearly", "almost"}


def _clause_walk(tok) -> list:
    """The figure's token and its ancestors up to the edge of its own clause: a relative
    clause or a conjunct is a statement of its own ('who managed two vessels, will manage
    this one'; 'about 40 had been expected ..., but about 10 were let off')."""
    out = []
    while tok is not None:
        out.append(tok)
        if tok.dep_ in ("relcl", "parataxis") or tok.head.i == tok.i:
            break
        if len(out) > 1 and tok.dep_ in ("prep", "advcl") and (tok.lemma_.lower() == "compare" or tok.lower_ == "opposed"
                                                               and any(c.lower_ == "as" for c in tok.children)):
            break  # the standard a figure is set against: "would cost $5bn, compared with $3bn last year", "would
            #        have capped it at 16,000, as opposed to the average 80,000" are what is so (round 7)
        # a conjoined clause is a statement of its own; a conjoined figure is not ("reaching $1.4
        # trillion, or 4.9 percent of output": the same verb puts both)
        if tok.dep_ == "conj" and (tok.pos_ in ("VERB", "AUX") or not _is_figure_phrase(tok, out[0])):
            if not _conjoined_infinitive(tok):
                break  # (a to-infinitive conjoined to one shares its governor: "aim to relocate X and to provide Y")
        if tok.dep_ == "prep" and tok.lower_ == "of" and _is_figure(tok.head):
            break  # "could represent 30% of the 2,383 delegates": the whole is not what "could" qualifies
        if (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl") and len(out) > 1 and out[-2].dep_ == "nsubj"
                and out[-2].head.i == tok.i):
            break  # "could shift the tides, with 47 percent saying ...": a clause of its own with the figure as subject
        tok = tok.head
    return out


def _conjoined_infinitive(tok) -> bool:
    """A to-infinitive conjoined to another to-infinitive, without a subject of its own ("Partners aim
    to relocate 200,000 refugees and to provide water to 2 million people"): what governs the first
    ("aim") governs it too (round 4)."""
    head = tok.head
    return (tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and head.dep_ in ("xcomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))


def _is_figure_phrase(tok, anchor) -> bool:
    """Is ``tok`` (a conjunct on the walk up from ``anchor``) the figure's own phrase — the
    figure itself or the noun it counts — rather than a clause?"""
    return tok.i == anchor.i and tok.pos_ in ("NOUN", "PROPN", "NUM", "SYM") or _is_figure(tok)


def _shared_aux(tok) -> list:
    """The auxiliaries a verb shares with the verb it is conjoined to when it has no subject and
    no auxiliary of its own ("they will go up after 2018 and begin exceeding 3 percent")."""
    if tok.dep_ != "conj" or tok.tag_ != "VB" or tok.head.pos_ not in ("VERB", "AUX"):
        return []  # a bare verb, as a modal's complement is ("... and eventually becoming" shares nothing)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ == "aux"]


def _hearsay(tok, below) -> bool:
    """``tok`` (say, report) in the passive as hearsay: raising the figure's to-infinitive ("is
    said to have received £2m") or with an empty "it" ("It was reported that ... paid £6m"), and
    no agent."""
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    if below.dep_ == "xcomp" and _to_infinitive(below):
        return True
    if below.dep_ == "nsubjpass" and any(c.dep_ == "xcomp" and _to_infinitive(c) for c in children):
        return True  # the figure raised as the subject: "Around 2,000 people are said to have fled" (round 4)
    return below.dep_ == "ccomp" and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in children)


def _valued_noun(walk, q: dict):
    """The noun the figure is the value of, when the figure stands alone (its anchor is one of its
    own words, no noun it counts): "an estimated cost of £1.2bn" → cost ("the cost of 300 beds"
    counts the beds: None)."""
    if len(walk) < 3:
        return None
    own = q["start"] <= walk[0].idx < q["end"]
    of, noun = walk[1], walk[2]
    if of.dep_ == "prep" and of.lower_ == "of" and walk[0].dep_ == "pobj" and noun.pos_ == "NOUN" and (
            own and noun.lemma_.lower() in VALUE_NOUNS or noun.lemma_.lower() in COUNT_VALUE_NOUNS):
        return noun
    return None


def _estimate_cues(walk, q: dict) -> tuple[list[str], list[str]]:
    """(estimated cues, projected cues) of the figure's own verb and the noun it is the value of:
    "estimated"/"projected" on the noun ("at an estimated cost of £1.2bn"; "The estimated cost of
    the barge is £1.6m", "the projected bill reached £5bn": on the verb's subject), and an estimate
    or forecast as the subject of the verb that gives the figure ("Estimates suggest 1,200 ...",
    "Government estimates put the cost at £3.9bn")."""
    est, proj = [], []

    def marks(noun):
        for a in noun.children:  # (the tagger reads "estimated" before a noun as an adjective or a participle)
            if a.dep_ == "compound" and a.lemma_.lower() in FORECASTING_NOUNS:
                proj.append(a.text)  # "the forecast outturn for 2024-25 is £3.6bn"
                continue
            if a.dep_ != "amod":
                continue
            if a.lower_ == "estimated":
                est.append(a.text)
            elif a.tag_ == "VBN" and a.lemma_.lower() in PLANNED or a.lower_ in PLANNED_WORDS:
                proj.append(a.text)

    noun = _valued_noun(walk, q)
    if noun is not None:
        marks(noun)
    verb = next((k for k in range(1, len(walk)) if walk[k].pos_ in ("VERB", "AUX")), None)
    if verb is None or verb > 2:
        # the figure as the verb's own argument or its "at"/"to" value, not one deep in a phrase
        # ("estimates show the vote in line with Clinton's 3-point lead": the lead is not estimated)
        return est, proj
    figure_part = {t.i for t in walk[:verb]}
    for v in (walk[verb], *([walk[verb + 1]] if verb + 1 < len(walk) and walk[verb].dep_ == "ccomp" else [])):
        for subj in (c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in figure_part):
            lemma = subj.lemma_.lower()
            if v.i == walk[verb].i and subj.lemma_.lower() in VALUE_NOUNS and v.lemma_.lower() == "be":
                marks(subj)  # "The estimated cost of the barge is £1.6 million"
            elif v.lemma_.lower() in REPORTING | MEASURING_VERBS and subj.pos_ == "NOUN":
                if lemma in ESTIMATING_NOUNS:
                    est.append(subj.text)
                elif lemma in FORECASTING_NOUNS:
                    proj.append(subj.text)
    return est, proj


def _verb_before(walk, i: int) -> bool:
    return any(t.pos_ in ("VERB", "AUX") for t in walk[1:i])


def _is_figure(tok) -> bool:
    return tok.like_num or tok.lower_ in ("%", "percent", "cent", "pc", "half", "third", "quarter", "fraction")


def status_of(q: dict, anchor, source_kind: str, is_own_voice: bool) -> tuple[str, list[str]]:
    walk = _clause_walk(anchor) if anchor is not None else []
    found: dict[str, list[str]] = {k: [] for k in ("disputed", "projected", "hedged", "estimated")}
    content_noun = min(_content_noun(walk), definite_subject(walk))  # (what is above says nothing of its firmness)
    modal_verb = None  # the verb a hedging modal is on ("could find work within a year")
    for i, tok in enumerate(walk):
        lemma = verb_lemma(tok)
        if i > 0:
            if tok.pos_ in ("VERB", "AUX") and lemma in DISPUTED and _disputes(walk, i):
                found["disputed"].append(tok.text)
            if (tok.pos_ in ("VERB", "AUX") and walk[i - 1].dep_ == "dobj" and source_kind in ("reporting_verb", "quote")
                    and any(c.dep_ == "neg" for c in tok.children) and not _verb_before(walk, i)
                    and not any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | HEDGE_AUX for c in tok.children)):
                # (a refusal, "would not admit 20,000", is a plan, not a denial)
                found["disputed"].append(f"not {tok.text}")  # "Obama is not admitting 100,000": a denial of the figure
            if (lemma in ALLEGATION_PASSIVE and any(c.dep_ == "auxpass" for c in tok.children)
                    and walk[i - 1].dep_ not in ("nsubjpass", "nsubj")):
                # (not those the charge is against: "15 people have been charged with immigration offences")
                found["disputed"].append(tok.text)
            elif lemma in ACCUSING and accusation_at(walk, i):
                found["disputed"].append(tok.text)  # "The SEC charged him with defrauding investors from 74 countries"
            if i > content_noun:
                continue  # above a noun's content clause only disputes reach the figure
            if (tok.pos_ in ("VERB", "AUX") and lemma in PROJECTED_VERBS
                    and not (lemma == "commit" and walk[i - 1].dep_ == "dobj" and q.get("kind") != "money")):
                # ("committed £1.3bn to settlement services" is a pledge; "committed 40 burglaries" a deed)
                found["projected"].append(tok.text)
            if lemma in INTENT_WITH_INFINITIVE and walk[i - 1].dep_ == "xcomp" and walk[i - 1].head.i == tok.i:
                found["projected"].append(tok.text)
            elif (lemma == "need" and tok.pos_ == "VERB" and i <= 2 and walk[i - 1].dep_ == "dobj"
                  and q.get("kind") == "money" and (any(c.dep_ in ("advcl", "xcomp") and _to_infinitive(c) for c in tok.children)
                       or any(c.dep_ in ("relcl", "acl") and _to_infinitive(c) for c in walk[i - 1].children))):
                # (or the purpose hung on the sum as an infinitival relative: "need $23 million to respond ..."; round 6)
                found["projected"].append(tok.text)  # money needed for a purpose: "says it needs $96 million to restore
                #                                      full rations" (a request; not "needs 1,237 delegates to win")
            elif (lemma in SEEKING and tok.pos_ == "VERB" and walk[i - 1].head.i == tok.i and i <= 2
                  and (walk[i - 1].dep_ == "dobj" or walk[i - 1].dep_ == "advcl" and _to_infinitive(walk[i - 1]))):
                # (the figure the object or in the purpose's object, not deeper: "sought protection here,
                # roughly one for every 220 residents")
                found["projected"].append(tok.text)  # "are seeking $1.6 billion to assist 4.8 million people": a request
            if (tok.pos_ in ("NOUN", "PROPN") and (lemma in PROJECTED_NOUNS or tok.lower_ in PROJECTED_NOUNS)
                    and not definite(walk[0])):  # (the word as written too: "talks" is lemmatised "talk"; round 6)
                # (not "the target of clearing the 92,000 legacy claims", "a target for the 118,000
                # people waiting": a definite figure is a set that exists, which the target is about)
                found["projected"].append(tok.text)
            if tok.pos_ == "VERB" and lemma in HEDGE_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
                found["hedged"].append(tok.text)
            elif tok.pos_ == "VERB" and lemma in HEARSAY_VERBS and _hearsay(tok, walk[i - 1]):
                found["hedged"].append(tok.text)
            elif (lemma in SEEMING and walk[i - 1].dep_ == "xcomp" and _to_infinitive(walk[i - 1])
                  and walk[i - 1].lemma_.lower() in AMOUNT_VERBS  # (not "appeared to wave at the 300 protesters")
                  and (walk[i - 1].lemma_.lower() != "be" or walk[i - 2].dep_ == "attr")):  # (nor "seemed to be of two minds")
                found["hedged"].append(tok.text)  # "appears to have risen to 300", "seems to have cost £2m"
            if lemma == "estimate" and tok.pos_ in ("VERB", "NOUN"):
                found["estimated"].append(tok.text)
            if tok.pos_ in ("VERB", "AUX") and lemma in SCHEDULED:
                found["projected"].append(tok.text)
        if _semi_modal(tok):
            found["projected"].append(tok.text)
        if headline_future(tok):
            found["projected"].append(f"to {tok.text} (headline)")
        if tok.pos_ in ("VERB", "AUX"):
            for c in tok.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in VALUE_OF and not definite(walk[0]):
                    found["projected"].append(c.text)
                if c.dep_ in ("nsubj", "nsubjpass"):  # "his proposed wall might be 40 feet high"
                    found["projected"].extend(a.text for a in c.children
                                              if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in PLANNED)
        if i == 0:  # "the planned 500 beds"; "about 40% of the planned advertising": a share of a planned whole
            wholes = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            found["projected"].extend(a.text for t in (tok, *wholes) for a in t.children
                                      if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in PLANNED)
        if intent_adjective(walk, i):
            found["projected"].append(tok.text)  # "We remain committed to removing 10,000 people a year"
        if i > 0 and demanding_at(walk, i):
            found["projected"].append(tok.text)  # "called for the government to relocate 3,000": a demand
        for c in [*tok.children, *_shared_aux(tok)]:
            cl = c.lower_
            if i > 0 and negated_report(tok) and c.dep_ == "aux":
                continue  # "could not say how many of the 17,000": the modal is on the unsaid, not the figure
            if c.dep_ in ("aux",) and cl in FUTURE_AUX:
                if i > 0 and _inverted(c) and walk[i - 1].dep_ in ("ccomp", "xcomp", "pcomp"):
                    continue  # a question's "Will the Minister be pleased to state whether 1,500 ...": the
                    #           stating is asked for, the figure is the asker's (round 4)
                found["projected"].append(c.text)

            elif c.dep_ == "aux" and cl in HEDGE_AUX:
                found["hedged"].append(c.text)
                modal_verb = modal_verb if modal_verb is not None else tok
            elif c.dep_ == "aux" and cl in DEONTIC_AUX and not any(w.dep_ == "ccomp" for w in walk[:i]) and not definite(
                    walk[0]) and not any(  # (nor a set there already: "we should round up the 11 million people")
                    a.dep_ == "aux" and a.lemma_.lower() == "have" and a.i > c.i for a in tok.children):
                # (not above a clause it reports: "It should be noted that two of the researchers were hired")
                found["projected"].append(c.text)
            elif c.dep_ == "advmod" and cl in HEDGE_ADV:
                found["hedged"].append(c.text)
            elif c.dep_ == "amod" and cl == "estimated" and i == 0:
                found["estimated"].append(c.text)
    if anchor is not None:  # a hedging adverb on the figure's own number: "Perhaps 1,000 people joined" (round 4)
        own = anchor.doc.char_span(q["start"], q["end"], alignment_mode="expand")
        found["hedged"].extend(c.text for t in (own or ()) if t.i != anchor.i for c in t.children
                               if c.dep_ == "advmod" and c.lower_ in HEDGE_ADV)
    if anchor is not None:  # "$130 billion more than the budget office had projected": compared with a projection
        phrase = anchor.head if anchor.head.tag_ in ("JJR", "RBR") else anchor  # "£2m more than ..."
        for t in phrase.subtree:
            if (t.pos_ == "VERB" and t.lemma_.lower() in PROJECTED_VERBS and t.i != anchor.i
                    and (t.head.lower_ == "than" or any(c.lower_ == "than" for c in t.children))):
                found["projected"].append(f"than {t.text}")
    if modal_verb is not None and not found["projected"]:
        ahead = forward_span(modal_verb)  # "may be displaced ... in the coming days": a future value (round 6)
        if ahead:
            found["projected"].append(ahead)
    if anchor is not None and not found["projected"] and _continues(anchor) and _future_sentence(_previous_sentence(anchor)):
        found["projected"].append("(continues a projection)")
    if anchor is not None and not found["projected"]:
        lead = bullet_lead(anchor)  # "The partnership will: - train 600 border officers"
        if lead is not None:
            found["projected"].append(lead)
    if starting_value(anchor, q):
        found["projected"] = []  # "boost the number next year from 70,000 to 85,000": 70,000 is the present value
    if anchor is not None:  # round 6 (:mod:`.verdicts`): "The target is 5,000", "the 5,000 claimed by aid groups",
        framed = copula_value(walk)  # "the 50,000 figure is inflated"
        if framed is not None:
            found[framed[0]].append(framed[1])
        claimed = claimed_participle(anchor)
        found["disputed"].extend([claimed.text] if claimed is not None else [])
        found["disputed"].extend(filter(None, [judged_false(anchor), contrasted_report(anchor, REPORTING)]))
        found["hedged"].extend(filter(None, [presumed_fate(walk)]))  # "are missing and presumed dead"
        found["hedged"].extend(filter(None, [unconfirmed_report(walk, REPORTING), participle_hedge(walk, HEDGE_VERBS)]))
        found["projected"].extend(filter(None, [planned_relative(anchor, PROJECTED_VERBS)]))  # "the 1,000 it hoped for"
        found["projected"].extend(filter(None, [absolute_future(walk, FUTURE_AUX, REPORTING)]))
        found["projected"].extend(t.text for i, t in enumerate(walk) if likely_amount(walk, i, AMOUNT_VERBS))
    est, proj = _estimate_cues(walk, q)
    proj.extend(filter(None, [forecast_frame(walk)]))  # "under the high scenario it stays above 450,000"
    if anchor is not None and source_kind == "according_to":
        by_estimates = according_to_estimates(anchor)  # "Net migration was 685,000, according to provisional estimates"
        if by_estimates:
            est.append(by_estimates)
    found["estimated"].extend(est)
    found["projected"].extend(proj)
    if anchor is not None and not found["disputed"] and not is_own_voice:
        later = disputed_after(anchor)
        if later is not None:
            found["disputed"].append(later)
    qtext = q["text"].lower()
    near = approximated(spans.text(anchor.doc), q) if anchor is not None else None
    if near:
        found["estimated"].append(near)  # "in the region of £6m a day", "some 33,000 claims"
    if q.get("qualifier") == "approximately":
        found["estimated"].append(q["text"].split()[0])
    elif qtext.startswith("up to") or q.get("qualifier") == "up_to":
        # "up to", "as many as", "as much as": a ceiling put as a rough size (README: "up to")
        found["estimated"].append(" ".join(qtext.split()[:3]) if not qtext.startswith("up to") else "up to")
    for status in ("disputed", "projected", "hedged", "estimated"):
        if found[status]:
            return status, found[status]
    return ("stated", []) if is_own_voice else ("attributed", [])
