"""How firmly a figure is put: the ``status`` of a claim.

In this order of precedence: **disputed** (the reporting verb is deny, dispute, claim, allege
...; or an accusation in the passive: "was accused of", "is alleged to", "charged with"), **projected** (expect, intend, plan, target, will, would, a proposal or discussion, a forecast or
target whose value the figure is, a comparison with what was projected; a semi-modal
future: "is set to", "is due to", "is going to", "stands to", "are to"; "scheduled"; or a
period that starts after the document's date), **hedged** (could, may, might, reportedly, is
believed to ...; "would" is a projection), **estimated** (qualifier approximately, "up to", "estimated"), **attributed**
(source other than the document's voice), **stated**. The rules read the figure's own clause
only (:func:`_clause_walk`): a relative clause or a conjunct is a statement of its own.
"""

from __future__ import annotations

import re

DISPUTED = {"deny", "dispute", "contest", "claim", "allege", "refute", "reject"}
# An accusation reported in the passive puts the figure as alleged, whoever reports it: "was
# accused of using $50 million", "is alleged to have made 300 trips", "charged with smuggling 20".
ALLEGATION_PASSIVE = {"accuse", "allege", "charge"}
PROJECTED_VERBS = {"expect", "intend", "plan", "aim", "target", "forecast", "project", "predict", "propose",
                   "pledge", "promise", "commit", "hope", "earmark", "budget"}
# a commitment only with the infinitive it governs: "agreed to host up to 200 people" is a plan,
# "agreed a £5m deal" is a fact
INTENT_WITH_INFINITIVE = {"agree", "offer", "seek", "vow", "threaten", "undertake", "want", "wish"}
# "claimed a loss of $916 million", "claimed £5m in expenses": with the figure as its object,
# "claim" is to declare or demand, not to assert what may be false ("claimed that 5,000 ...")
CLAIM_OBJECT = {"claim"}
# what a planned thing will be: "his proposed wall might be 40 feet", "the planned 500-bed centre"
PLANNED = {"propose", "plan", "project", "expect", "intend", "envisage"}
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
HEDGE_ADV = {"reportedly", "allegedly", "possibly", "perhaps", "potentially", "apparently", "likely",
             "probably", "supposedly", "purportedly"}
HEDGE_VERBS = {"appear", "seem", "believe", "think", "understand", "suspect", "rumour"}  # "is believed to"
ESTIMATE_WORDS = {"estimate", "estimated", "approximately", "roughly", "around", "about", "nearly", "almost"}


def _clause_walk(tok) -> list:
    """The figure's token and its ancestors up to the edge of its own clause: a relative
    clause or a conjunct is a statement of its own ('who managed two vessels, will manage
    this one'; 'about 40 had been expected ..., but about 10 were let off')."""
    out = []
    while tok is not None:
        out.append(tok)
        if tok.dep_ in ("relcl", "conj", "parataxis") or tok.head.i == tok.i:
            break
        if tok.dep_ == "prep" and tok.lower_ == "of" and _is_figure(tok.head):
            break  # "could represent 30% of the 2,383 delegates": the whole is not what "could" qualifies
        tok = tok.head
    return out


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
    for i, tok in enumerate(walk):
        lemma = tok.lemma_.lower()
        if i > 0:
            if (tok.pos_ in ("VERB", "AUX") and lemma in DISPUTED and source_kind in ("reporting_verb", "quote")
                    and not (lemma in CLAIM_OBJECT and walk[i - 1].dep_ in ("dobj", "pobj", "prep"))):
                found["disputed"].append(tok.text)
            if lemma in ALLEGATION_PASSIVE and any(c.dep_ == "auxpass" for c in tok.children):
                found["disputed"].append(tok.text)
            elif lemma in ("accuse", "charge") and walk[i - 1].dep_ == "prep" and walk[i - 1].lower_ in ("of", "with"):
                found["disputed"].append(tok.text)  # "The SEC charged him with defrauding investors from 74 countries"
            if tok.pos_ in ("VERB", "AUX") and lemma in PROJECTED_VERBS:
                found["projected"].append(tok.text)
            if lemma in INTENT_WITH_INFINITIVE and walk[i - 1].dep_ == "xcomp" and walk[i - 1].head.i == tok.i:
                found["projected"].append(tok.text)
            if tok.pos_ in ("NOUN", "PROPN") and lemma in PROJECTED_NOUNS:
                found["projected"].append(tok.text)
            if tok.pos_ == "VERB" and lemma in HEDGE_VERBS and any(c.dep_ == "auxpass" for c in tok.children):
                found["hedged"].append(tok.text)
            if lemma == "estimate" and tok.pos_ in ("VERB", "NOUN"):
                found["estimated"].append(tok.text)
            if tok.pos_ in ("VERB", "AUX") and lemma in SCHEDULED:
                found["projected"].append(tok.text)
        if _semi_modal(tok):
            found["projected"].append(tok.text)
        if tok.pos_ in ("VERB", "AUX"):
            for c in tok.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in VALUE_OF:
                    found["projected"].append(c.text)
                if c.dep_ in ("nsubj", "nsubjpass"):  # "his proposed wall might be 40 feet high"
                    found["projected"].extend(a.text for a in c.children
                                              if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in PLANNED)
        if i == 0:  # "the planned 500 beds"
            found["projected"].extend(a.text for a in tok.children
                                      if a.dep_ == "amod" and a.tag_ == "VBN" and a.lemma_.lower() in PLANNED)
        for c in tok.children:
            cl = c.lower_
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
    qtext = q["text"].lower()
    if q.get("qualifier") == "approximately":
        found["estimated"].append(q["text"].split()[0])
    elif qtext.startswith("up to"):
        found["estimated"].append("up to")
    for status in ("disputed", "projected", "hedged", "estimated"):
        if found[status]:
            return status, found[status]
    return ("stated", []) if is_own_voice else ("attributed", [])
