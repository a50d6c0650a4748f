"""What around a figure's own clause marks its status, for :mod:`.status` (split from it, round 4):
the value a change starts from, a sentence that only goes on with the one before it, a list item
under a future lead-in, a period after the document's date; and the future words both read
(FUTURE_AUX, PROJECTED_VERBS, the semi-modals)."""

from __future__ import annotations

import re

from ..extract import spans

PROJECTED_VERBS = {"expect", "intend", "plan", "aim", "target", "forecast", "project", "predict", "propose",
                   "pledge", "promise", "commit", "hope", "earmark", "budget",
                   "envisage", "anticipate", "foresee",  # "The plan envisages 20 new centres" (round 4)
                   "recommend"}  # a report's recommendation is a proposal: "We recommend a threshold of £30,960"
# "would" is the future seen from the past or under a condition ("said it would spend £5m", "the
# plan would cut taxes by $4 trillion"): a projection, like "will"
FUTURE_AUX = {"will", "shall", "'ll", "would", "'d"}
# "is set to spend", "is going to grow", "stands to receive", "is due to be paid", "are to spend":
# a word of these lemmas with a to-infinitive (xcomp) beside it marks what the infinitive says as
# future; "scheduled", "slated" mark it by themselves.
# (not "likely to": tried in round 4, on PolNeAR train it made poll comparisons projected, "more likely to be
# viewed as honest ..., 64 percent to 56 percent", and the set a forecast is about, "not likely to win all 155")
SEMI_MODALS = {"set", "go", "stand", "due", "poise", "about", "be"}
# a sentence that only totals what the one before it counted ("That adds up to 185,000 over two
# years") or a verbless fragment goes on with that sentence: a projection if it was one
TOTALLING = {"add", "total", "amount", "come", "sum"}
ANAPHORS = {"that", "this", "these", "those", "it"}


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


def list_lead(anchor):
    """The sentence of the lead-in a list item completes ("According to UNHCR:", "The partnership will:",
    then, maybe after a blank line, "- 3,000 people arrived in May;"), when the figure is in such an item
    (not the item's own number, "1.") and no other line but items lies between; else None. Walks back over
    at most BULLET_REACH lines (the parser reads a lead-in as a sentence of its own when a blank line follows
    it, so its words do not reach the items)."""
    doc = anchor.doc
    text = spans.text(doc)
    start = text.rfind("\n", 0, anchor.idx) + 1
    marker = BULLET.match(text, start)
    if not marker or anchor.idx < marker.end():
        return None
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
        return span[0].sent if span is not None and len(span) else None
    return None


def bullet_lead(anchor) -> str | None:
    """Is the figure in a list item ("- train 600 border officers") completing a lead-in that ends
    with a colon and is in the future ("The partnership will:", "The plan aims to:")? The lead-in's
    cue word, else None (:func:`list_lead` finds the lead-in)."""
    lead = list_lead(anchor)
    for tok in lead if lead is not None else ():
        if any(t.dep_ in ("relcl", "acl") for t in (tok, *tok.ancestors)):
            continue  # the lead-in's own clause, not "the stories that will be talked about today:"
        if tok.pos_ == "AUX" and tok.lower_ in FUTURE_AUX and _inverted(tok):
            continue  # a question's lead-in, "Will the Minister ... be pleased to state:", is no future (round 4)
        if (tok.pos_ == "AUX" and tok.lower_ in FUTURE_AUX or tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower()
                in PROJECTED_VERBS or _semi_modal(tok)):
            return f"{tok.text}: (list)"
    return None


def _inverted(aux) -> bool:
    """Does the auxiliary stand before its verb's subject, as in a question ("Will the Minister be
    pleased to state", "Would the Government confirm")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in aux.head.children)


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


# a time ahead of the text's own, written as a span ("in the coming days", "over the next three months",
# "within a year"): with a modal, the figure's value lies in it, so it is a future value (projected)
# as "could ... by 2027" is (round 6: "130,000 people may be displaced if the river overflows in the
# coming days", "another 20,000 people could find work within a year")
FORWARD_SPAN = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:coming|next)\s+(?:(?:few|several|\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|twelve|eighteen|24|36)\s+)?(?:days?|weeks?|months?|years?|decades?)\b"
    r"|\bwithin\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?)\b"
    r"|\bby\s+the\s+end\s+of\s+(?:the|this|next)\s+(?:week|month|year|summer|winter|spring|autumn|fall|season|decade)\b"
    r"|\blater\s+this\s+(?:week|month|year|summer|winter|spring|autumn)\b"
    r"|\bby\s+(?:the|this|next)\s+(?:summer|winter|spring|autumn|fall)\b", re.I)


def forward_span(verb) -> str | None:
    """A forward-looking time span (FORWARD_SPAN) in the clause ``verb`` heads (its condition
    included: "may be displaced if the river overflows in the coming days"), else None. ``verb``: the
    verb a hedging modal is on; only its own subtree is read (bounded by the sentence)."""
    toks = list(verb.subtree)
    m = FORWARD_SPAN.search(verb.doc[toks[0].i:toks[-1].i + 1].text)
    return m.group(0) if m else None


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
