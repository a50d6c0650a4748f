"""Disputed figures: whether a claim's figure is contested, for :mod:`.status` (whose precedence
puts **disputed** first) and :mod:`.source` (an accuser is the source of the charge).

- :func:`accusation_at`: an accusation reported about the figure ("was accused of", "is alleged
  to", "charged him with").
- :func:`_disputes`: a verb of asserting or denying reached through what it asserts or rejects
  ("denied that 400 ...", "rejected the figure of 3,000"; not "rejected 12,000 asylum claims").
- :func:`disputed_after`: a later clause or the next sentence rejecting the figure as said ("a
  figure the council disputes", "The ministry did not recognise the figures"), or the next sentence
  (after a question, the one answering it) calling it false (:func:`_called_false`, night session:
  "That figure is not correct.", "That's a fake number.").

Split out of :mod:`.status` (2026-12-03) to keep each module under the size the architecture test
allows; the rules are unchanged.
"""

from __future__ import annotations

from .demands import clause_subject_object
from .verdicts import called_false
from .vocabulary import (ASSERTING, ASSERTION_NOUNS, DENYING, DENYING_ONLY, FALSE_WORDS, FIGURE_NOUNS, NOT_ACCEPTING,
                         REPORTING, STATING_MEASURES, TRUE_WORDS)

def accusation_at(walk, i: int) -> bool:
    """Does the walk reach ``walk[i]`` (accuse, charge) through what the accused is charged with:
    its "of"/"with" phrase, on the verb or on the accused ("accused the minister of hiding
    3,000 complaints", which the parser hangs on "minister")?"""
    below = walk[i - 1] if i > 0 else None
    if below is not None and below.dep_ == "dobj" and i > 1:
        below = walk[i - 2]
    return below is not None and below.dep_ == "prep" and below.lower_ in ("of", "with")


def _disputes(walk, i: int) -> bool:
    """Does the verb of disputing ``walk[i]`` dispute the figure: is the figure reached through
    what it asserts or rejects — a clause ("denied that 400 had gone missing", "claimed that
    5,000 ...", "denied receiving £2m"), an assertion it has as its object or subject with the
    figure in its content clause or as its value ("denied claims that 400 ...", "rejected the
    figure of 3,000", "the 5,000 figure was disputed"), or, for "allege", anything it alleges
    ("the lawsuit alleges 300 violations")? Not a thing the figure counts: "rejected 12,000
    asylum claims", "denied entry to 3,000 people", "84,000 people claimed asylum" (the figure as
    the subject: those who claimed), "claimed a loss of $916 million" (declared)."""
    below = walk[i - 1]
    lemma = walk[i].lemma_.lower()
    if any(c.dep_ == "neg" for c in walk[i].children):
        return False  # "did not rebut the point that ...", "has not denied that ..."
    if below.dep_ in ("ccomp", "parataxis") or below.dep_ in ("xcomp", "pcomp") and below.pos_ in ("VERB", "AUX"):
        return True
    if clause_subject_object(walk[i], below):
        return True  # "claimed 90% of those arriving were economic migrants": a "that"-less clause
    if below.dep_ in ("nsubj", "nsubjpass") and lemma in ASSERTING:
        return False  # the figure claims or is claimed: "84,000 people claimed asylum"
    if lemma == "allege":
        return below.dep_ in ("dobj", "nsubjpass")
    if below.dep_ in ("dobj", "nsubjpass", "attr") and below.lemma_.lower() in ASSERTION_NOUNS:
        if i == 1:  # the figure's own noun: "disputed the 5,000 figure", not "rejected 12,000 claims"
            return below.tag_ == "NN"
        how = walk[i - 2]
        return how.dep_ in ("acl", "ccomp", "appos") or how.dep_ == "prep" and how.lower_ == "of"
    return False


def _content_noun(walk) -> int:
    """The index on the walk of a noun whose "that"/"whether" clause holds the figure ("would not
    comment on reports that the number had reached 2,000"): the verbs above it do not say how firmly
    the figure is put (their "would" is no projection of it), only whether it is disputed ("denied
    claims that 400 ..."); the noun itself still counts ("plans that would see 500 moved"). The
    walk's length when there is none."""
    for i in range(1, len(walk)):
        below, tok = walk[i - 1], walk[i]
        if (tok.pos_ == "NOUN" and below.dep_ in ("acl", "ccomp") and below.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "mark" and c.lower_ in ("that", "whether") for c in below.children)):
            return i
    return len(walk)


REFERRING = {"which", "this", "that"}  # a pronoun for what was just said: "..., which the government denies"


def _rejects_assertion(verb, pronouns: frozenset | set = frozenset()) -> object | None:
    """The assertion noun a disputing clause rejects, if ``verb`` is one: a verb of DENYING (not
    negated) or a negated "recognise"/"accept", with as its object or passive subject an
    assertion noun that names no figure and has no clause of its own ("the claim has been disputed
    by", "did not recognise the figures"); or the assertion noun ``verb`` is a clause on ("a figure
    the opposition has questioned", "a claim denied by the council")."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.pos_ not in ("VERB", "AUX") or not (lemma in DENYING and not negated or lemma in NOT_ACCEPTING and negated):
        return None
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ in ("relcl", "acl"):
        nouns.append(verb.head)
    for n in nouns:
        if (n.lower_ in pronouns and n.dep_ in ("dobj", "nsubjpass") and lemma in DENYING_ONLY
                and (n.lower_ != "which" or n.i > 0 and n.doc[n.i - 1].text == ",")
                and not (n.lower_ == "that" and verb.dep_ == "relcl")):
            # "..., which the government denies", "... . The ministry disputes this." (not "the site
            # that residents rejected": "reject" and the others take things as well as assertions)
            return n
        if (n.pos_ == "NOUN" and n.lemma_.lower() in ASSERTION_NOUNS
                and not any(c.dep_ in ("nummod", "acl", "ccomp", "prep") and c.i != verb.i for c in n.children)):
            return n
    return None


def disputed_after(anchor) -> str | None:
    """Is the figure (someone's, not the document's own) disputed by a clause that follows it — in
    its sentence ("..., a figure the opposition has questioned", "..., but the claim has been
    disputed by the charity") or as the next sentence, naming it as a figure ("The Home Office
    said it did not recognise the figures."; not "... denied the claims", which may be any of the
    sentence's assertions)? The cue, else None. Reads two sentences: bounded."""
    sent = anchor.sent
    for tok in anchor.doc[anchor.i + 1:sent.end]:
        n = _rejects_assertion(tok, REFERRING)
        if n is not None and n.i > anchor.i:
            return f"{n.text} {tok.text}"
        n = called_false(tok)  # "..., a figure the government called exaggerated" (round 6)
        if n is not None and n.i > anchor.i:
            return f"{n.text} {tok.text} false"
        counter = _counter_figure(tok, anchor)
        if counter:
            return counter
    if sent.end < len(anchor.doc):
        nxt = anchor.doc[sent.end].sent
        for tok in nxt:
            counter = _counter_figure(tok, anchor) if nxt[0].lower_ == "but" else _real_figure_opening(tok)
            if counter:
                return f"{counter} (next sentence)"
        for tok in nxt:
            n = _rejects_assertion(tok, {"this"})
            if n is not None and n.lower_ == "this":
                return f"{tok.text} this (next sentence)"
            if n is not None and n.lemma_.lower() in FIGURE_NOUNS and any(
                    c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that", "such") for c in n.children):
                return f"{n.text} {'not ' if tok.lemma_.lower() in NOT_ACCEPTING else ''}{tok.text} (next sentence)"
        if nxt.text.rstrip().endswith("?") and nxt.end < len(anchor.doc):
            nxt = anchor.doc[nxt.end].sent  # the answer after a question ("... 65 percent ... Is that right?")
        false = _called_false(nxt)
        if false is not None:
            return f"{false} (next sentence)"
    return None


def _called_false(sent) -> str | None:
    """A sentence calling what was just said false: "That figure is not correct.", "That's a fake
    number.", "This is simply untrue.", "That figure is out of date." Its subject must be "that" or
    "this", or a figure noun with a determiner; its predicate a word of falsity, a negated word of truth
    or "out of date"."""
    root = next((c for c in (sent.root, *sent.root.children) if c.lemma_.lower() == "be"
                 and (c.i == sent.root.i or c.dep_ == "ccomp")), None)  # (or "That is not true, the minister replied")
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None) if root is not None else None
    if subj is None or not (subj.lower_ in ("that", "this") or (
            subj.lemma_.lower() in FIGURE_NOUNS and any(c.dep_ == "det" for c in subj.children))):
        return None
    negated = any(c.dep_ == "neg" for c in root.children)
    for c in root.children:
        words = [c] + [a for a in c.children if a.dep_ == "amod"] if c.dep_ in ("acomp", "attr") else []
        if any(w.lower_ in FALSE_WORDS for w in words) and not negated or c.dep_ == "acomp" and c.lower_ in TRUE_WORDS and negated:
            return f"{subj.text} {root.text} {'not ' if negated else ''}{c.text}"
        if c.dep_ == "prep" and c.lower_ == "out" and "out of date" in sent.text.lower():
            return f"{subj.text} {root.text} out of date"
    return None


# a counter-figure after "but": "..., but lawyers say the real number is far higher", "..., but unions put the
# figure at 3,000" (round 4): what follows names the figure as someone's and gives another for it
REAL_WORDS = {"real", "true", "actual", "correct"}
COUNTER_NOUNS = FIGURE_NOUNS | {"toll", "cost", "total"}


def _counter_figure(tok, anchor) -> str | None:
    """``tok`` (after the figure) opens a counter-figure: "the real/true/actual number" as a subject, or
    "put/place the figure at" in a clause the figure's is contrasted with by "but"; the cue, else None."""
    if (tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in COUNTER_NOUNS
            and any(c.dep_ == "amod" and c.lower_ in REAL_WORDS for c in tok.children)):
        return f"the {next(c.text for c in tok.children if c.lower_ in REAL_WORDS)} {tok.text}"
    if (tok.pos_ == "VERB" and tok.lemma_.lower() in STATING_MEASURES
            and any(c.dep_ == "dobj" and c.lemma_.lower() in COUNTER_NOUNS and any(d.lower_ == "the" for d in c.children)
                    for c in tok.children)
            and any(c.dep_ == "cc" and c.lower_ == "but" for c in (*tok.children, *tok.head.children))
            and not any(t.i == tok.i for t in anchor.ancestors)):
        return f"but {tok.text} the figure"
    return None


def _real_figure_opening(tok) -> str | None:
    """``tok`` is the subject of the next sentence's main clause and names "the real/true/actual number"
    (no "but" needed): a sentence opening with the real figure corrects the one just reported ("your report
    said 2,100 had died. The real number is surely higher"; round 6). The cue, else None."""
    sent = tok.sent
    head = tok.head
    reported = head.dep_ == "ccomp" and head.head.i == sent.root.i and sent.root.lemma_.lower() in REPORTING
    if not reported and (tok.i - sent.start > 4 or any(t.pos_ in ("VERB", "AUX") for t in tok.doc[sent.start:tok.i])):
        return None  # (the sentence's opening subject, before any verb; or one its main verb reports: "Campaigners
        #              said the true figure was closer to 100")
    counter = _counter_figure(tok, tok)
    return counter if counter and counter.startswith("the ") else None
