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
"""

from __future__ import annotations

import re

from ..extract import spans
from .cues import (according_to_estimates, approximated, definite, definite_subject, forecast_frame, headline_future,
                   intent_adjective)
from .demands import demanding_at, negated_report
from .disputes import _content_noun, _disputes, accusation_at, disputed_after
from .vocabulary import (AMOUNT_VERBS, COUNT_VALUE_NOUNS, DISPUTED, ESTIMATING_NOUNS, FORECASTING_NOUNS,
                         MEASURING_VERBS, REPORTING, VALUE_NOUNS)

# An accusation reported in the passive puts the figure as alleged, whoever reports it: "was
# accused of using $50 million", "is alleged to have made 300 trips", "charged with smuggling 20".
ALLEGATION_PASSIVE = {"accuse", "allege", "charge"}
ACCUSING = {"accuse", "charge"}  # with "of"/"with": what the accused is charged with is alleged (its accuser the source)
PROJECTED_VERBS = {"expect", "intend", "plan", "aim", "target", "forecast", "project", "predict", "propose",
                   "pledge", "promise", "commit", "hope", "earmark", "budget",
                   "recommend"}  # a report's recommendation is a proposal: "We recommend a threshold of £30,960"
# a commitment only with the infinitive it governs: "agreed to host up to 200 people" is a plan,
# "agreed a £5m deal" is a fact
INTENT_WITH_INFINITIVE = {"agree", "offer", "seek", "vow", "threaten", "undertake", "want", "wish"}
# "claimed a loss of $916 million", "claimed £5m in expenses": with the figure as its object,
# "claim" is to declare or demand, not to assert what may be false ("claimed that 5,000 ...")
CLAIM_OBJECT = {"claim"}  # (read by the source rules; the status rules read it through _disputes)
# what a planned thing will be: "his proposed wall might be 40 feet", "the planned 500-bed centre"
PLANNED = {"propose", "plan", "project", "expect", "intend", "envisage"}
PLANNED_WORDS = {"proposed", "planned", "projected", "expected", "intended", "envisaged"}
PROJECTED_NOUNS = {"target", "plan", "proposal", "discussion", "ambition", "forecast", "projection", "aim",
                   "talks", "bid", "goal", "quota", "cap", "ceiling"}
# a forecast or target as the object of the figure's verb: the figure is its value ("nudged up its
# forecast ... to 4.2 percent", "raised its target to 10,000")
VALUE_OF = {"forecast", "projection", "target", "goal", "quota", "cap", "ceiling", "outlook"}
# "would" is the future seen from the past or under a condition ("said it would spend £5m", "the
# plan would cut taxes by $4 trillion"): a projection, like "will"
FUTURE_AUX = {"will", "shall", "'ll", "would", "'d"}
# "is set to spend", "is going to grow", "stands to receive", "is due to be paid", "are to spend":
# a word of these lemmas with a to-infinitive (xcomp) beside it marks what the infinitive says as
# future; "scheduled", "slated" mark it by themselves.
SEMI_MODALS = {"set", "go", "stand", "due", "poise", "about", "be"}
SCHEDULED = {"schedule", "slate", "earmark", "timetable"}
HEDGE_AUX = {"could", "may", "might"}
# a sentence that only totals what the one before it counted ("That adds up to 185,000 over two
# years") or a verbless fragment goes on with that sentence: a projection if it was one
TOTALLING = {"add", "total", "amount", "come", "sum"}
ANAPHORS = {"that", "this", "these", "those", "it"}
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
        # a conjoined clause is a statement of its own; a conjoined figure is not ("reaching $1.4
        # trillion, or 4.9 percent of output": the same verb puts both)
        if tok.dep_ == "conj" and (tok.pos_ in ("VERB", "AUX") or not _is_figure_phrase(tok, out[0])):
            break
        if tok.dep_ == "prep" and tok.lower_ == "of" and _is_figure(tok.head):
            break  # "could represent 30% of the 2,383 delegates": the whole is not what "could" qualifies
        if (tok.tag_ == "VBG" and tok.dep_ in ("pcomp", "advcl") and len(out) > 1 and out[-2].dep_ == "nsubj"
                and out[-2].head.i == tok.i):
            break  # "could shift the tides, with 47 percent saying ...": a clause of its own with the figure as subject
        tok = tok.head
    return out


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


def starting_value(tok, q: dict | None = None) -> bool:
    """Is the figure the value a change starts from ("from 70,000 to 85,000", "rise from 5% to 7%
    in 2025")? That is the value now: a plan or forecast of the change projects only its end.
    ``tok``: the figure's anchor; with ``q``, the root of the figure's own words is read too (a
    range parsed as one phrase hangs "10,000" under "20,000")."""
    if tok is None:
        return False
    if q is not None:
        span = tok.doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is not None and len(span) and span.root.i != tok.i and starting_value(span.root):
            return True
    if (tok.dep_ == "quantmod" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "from"
            and any(t.lower_ == "to" for t in tok.doc[tok.i + 1:tok.head.i])):
        return True  # "from 10,000 to 20,000" parsed as one range under "from"
    if tok.dep_ != "pobj" or tok.head.lower_ != "from":
        return False
    frm = tok.head
    if frm.head.dep_ == "advmod" and frm.head.lower_ in ("down", "up"):
        return True  # "We will welcome 395,000 in 2025, down from 485,000 this year": the present value
    return any(c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i for c in (*frm.children, *frm.head.children))


def _continues(anchor) -> bool:
    """Does the figure's sentence only go on with the one before it: a fragment with no verb
    ("Mexico will pay for the wall! One hundred percent.") or a total of what that sentence
    counted, with a pronoun for it ("That adds up to 185,000 over two years")?"""
    sent = anchor.sent
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return anchor.i == sent.root.i  # the fragment is the figure itself (not "3) Bernie's bio")
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (root.lemma_.lower() in TOTALLING and subj is not None and subj.lower_ in ANAPHORS
            and not any(c.dep_ == "aux" for c in root.children))


BULLET = re.compile(r"[ \t]*(?:[-•*–·▪]|\(?[0-9a-z]\)|[0-9]{1,2}\.)[ \t]+")
BULLET_REACH = 40  # lines a list's lead-in is looked for above an item


def bullet_lead(anchor) -> str | None:
    """Is the figure in a list item ("- train 600 border officers") completing a lead-in that ends
    with a colon and is in the future ("The partnership will:", "The plan aims to:")? The lead-in's
    cue word, else None. Walks back over at most BULLET_REACH lines."""
    doc = anchor.doc
    text = spans.text(doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    marker = BULLET.match(text, start)
    if not marker or anchor.idx < marker.end():
        return None  # (the figure is the item's own number, "1.")
    for _ in range(BULLET_REACH):
        if start <= 1:
            return None
        end = start - 1  # the newline before this line
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or BULLET.match(text, start):
            continue
        if not line.endswith(":"):
            return None
        colon = text.rfind(":", start, end)
        span = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if span is None:
            return None
        for tok in span[0].sent:
            if any(t.dep_ in ("relcl", "acl") for t in (tok, *tok.ancestors)):
                continue  # the lead-in's own clause, not "the stories that will be talked about today:"
            if (tok.pos_ == "AUX" and tok.lower_ in FUTURE_AUX or tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower()
                    in PROJECTED_VERBS or _semi_modal(tok)):
                return f"{tok.text}: (list)"
        return None
    return None


def _previous_sentence(anchor):
    start = anchor.sent.start
    return anchor.doc[start - 1].sent if start > 0 else None


def _future_sentence(sent) -> bool:
    """Is the sentence's main clause, or the clause its main verb reports, in the future ("Kerry
    said that 100,000 would be accepted", "Mexico will pay for the wall")?"""
    if sent is None:
        return False
    root = sent.root
    clauses = [root, *(c for c in root.children if c.dep_ in ("ccomp", "conj"))]
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for v in clauses for c in v.children)


def _hearsay(tok, below) -> bool:
    """``tok`` (say, report) in the passive as hearsay: raising the figure's to-infinitive ("is
    said to have received £2m") or with an empty "it" ("It was reported that ... paid £6m"), and
    no agent."""
    children = list(tok.children)
    if not any(c.dep_ == "auxpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return False
    if below.dep_ == "xcomp" and _to_infinitive(below):
        return True
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


def _to_infinitive(tok) -> bool:
    return tok.dep_ == "xcomp" and tok.tag_ == "VB" or any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _semi_modal(tok) -> bool:
    """``tok`` heads a semi-modal future: its lemma (or that of its adjective complement, "is due
    to") is a semi-modal and a to-infinitive hangs from it ("are to spend", "is set to")."""
    def infinitive(t) -> bool:
        return any(c.dep_ == "xcomp" and _to_infinitive(c) for c in t.children)

    lemma = tok.lemma_.lower()
    if lemma in SEMI_MODALS - {"be"}:
        return infinitive(tok) and (lemma != "go" or tok.tag_ == "VBG")  # "is going to", not "went to"
    if lemma == "be":  # "are to spend"; "is due to be paid" (due: acomp of be); not "was hard to find"
        acomp = [c for c in tok.children if c.dep_ == "acomp"]
        if acomp:
            return any(a.lemma_.lower() in SEMI_MODALS and (infinitive(a) or infinitive(tok)) for a in acomp)
        return tok.dep_ == "ROOT" and infinitive(tok)
    return False


# EDTF sub-year codes (a season, quarter, quadrimester or semester in the month position) → the
# month the period starts in: "2023-33" is the first quarter of 2023, "2023-23" its autumn.
SUB_YEAR_START = {21: 3, 22: 6, 23: 9, 24: 12, 25: 3, 26: 6, 27: 9, 28: 12, 29: 3, 30: 6, 31: 9, 32: 12,
                  33: 1, 34: 4, 35: 7, 36: 10, 37: 1, 38: 5, 39: 9, 40: 1, 41: 7}


def after_publication(period_value: str | None, published: str | None) -> bool:
    """A figure for a period that starts after the document's date is a projection ("£60m for
    2025" in a 2024 article). Compared at the period's own precision: a year after the
    publication's year, or, in the same year, a month (or a season or quarter, by the month it
    starts in) after its month."""
    if not period_value or not published:
        return False
    m = re.match(r"^(\d{4})(?:-(\d{2}))?", period_value)
    p = re.match(r"^(\d{4})-(\d{2})", published)
    if not m or not p:
        return False
    if int(m.group(1)) != int(p.group(1)):
        return int(m.group(1)) > int(p.group(1))
    if m.group(2) is None:
        return False
    month = int(m.group(2))
    month = month if 1 <= month <= 12 else SUB_YEAR_START.get(month)
    return month is not None and month > int(p.group(2))


def status_of(q: dict, anchor, source_kind: str, is_own_voice: bool) -> tuple[str, list[str]]:
    walk = _clause_walk(anchor) if anchor is not None else []
    found: dict[str, list[str]] = {k: [] for k in ("disputed", "projected", "hedged", "estimated")}
    content_noun = min(_content_noun(walk), definite_subject(walk))  # (what is above says nothing of its firmness)
    for i, tok in enumerate(walk):
        lemma = tok.lemma_.lower()
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
            if tok.pos_ in ("NOUN", "PROPN") and lemma in PROJECTED_NOUNS and not definite(walk[0]):
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
                found["projected"].append(c.text)

            elif c.dep_ == "aux" and cl in HEDGE_AUX:
                found["hedged"].append(c.text)
            elif c.dep_ == "advmod" and cl in HEDGE_ADV:
                found["hedged"].append(c.text)
            elif c.dep_ == "amod" and cl == "estimated" and i == 0:
                found["estimated"].append(c.text)
    if anchor is not None:  # "$130 billion more than the budget office had projected": compared with a projection
        phrase = anchor.head if anchor.head.tag_ in ("JJR", "RBR") else anchor  # "£2m more than ..."
        for t in phrase.subtree:
            if (t.pos_ == "VERB" and t.lemma_.lower() in PROJECTED_VERBS and t.i != anchor.i
                    and (t.head.lower_ == "than" or any(c.lower_ == "than" for c in t.children))):
                found["projected"].append(f"than {t.text}")
    if anchor is not None and not found["projected"] and _continues(anchor) and _future_sentence(_previous_sentence(anchor)):
        found["projected"].append("(continues a projection)")
    if anchor is not None and not found["projected"]:
        lead = bullet_lead(anchor)  # "The partnership will: - train 600 border officers"
        if lead is not None:
            found["projected"].append(lead)
    if starting_value(anchor, q):
        found["projected"] = []  # "boost the number next year from 70,000 to 85,000": 70,000 is the present value
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
