"""Status cues met in whole documents of other registers (2026-12-03, fourth session), read by
:mod:`.status` (kept apart so that module stays under the architecture test's size):

- :func:`definite`: a definite figure ("the 92,000 legacy claims", "a target for the 118,000 people
  waiting") is a set that exists, which a target or plan above it is about: not projected by that noun;
- :func:`according_to_estimates`: "Net migration was 685,000, according to provisional estimates"
  is estimated, as "it is estimated that" is;
- :func:`headline_future`: a headline's "X to VERB" ("Sweden to pay migrants up to 350,000 kronor to
  leave") is the newspaper's future: projected;
- :func:`intent_adjective`: "We remain committed to removing 10,000 people a year", "determined to",
  "ready to take 500": an intention, projected;
- :func:`approximated`: "in the region of £6m a day", "some 33,000 claims", "in the order of 2,000":
  approximations the quantities extractor gives no qualifier, estimated as "about" is.

Fifth session (2026-12-03, evening):

- :func:`definite_subject`: a figure inside a definite subject ("The 4,000 asylum seekers housed in
  hotels will be moved", "the backlog of 2.6 million cases would take four years to clear") counts
  a set that exists (a definite description presupposes its referent): the modal or future of the
  subject's verb is about what happens to the set, not about the figure;
- (night session) not for a part put before the determiner ("Over half the delegates will be chosen by
  the end of March": the half is what the future picks out of the set, projected);
- :func:`forecast_frame` (night session): a figure whose clause is set "in its forecast" or "under the
  high scenario" is that forecast's value: projected;
- :func:`approximated` also reads a ratio approximated as a whole ("roughly one for every 220
  residents"): the figure, its second term, is estimated.
"""

from __future__ import annotations

import re

from .vocabulary import ESTIMATING_NOUNS, FORECASTING_NOUNS

INTENT_ADJECTIVES = {"committed", "determined", "ready", "willing", "keen", "eager", "resolved"}
APPROXIMATING = re.compile(r"(?:\bin the region of|\b(?:in|of) the order of|\bsome|\bcirca|\bc\."
                           r"|\b(?:close|closer) to"  # "Close to 1,000 people attended": as "nearly" (round 4)
                           # a ratio approximated as a whole: "roughly one for every 220 residents", "about one
                           # in 40 applicants" (the figure is its second term)
                           r"|\b(?:roughly|about|around|approximately|nearly|almost)\s+one\s+(?:in|for|of)(?:\s+every)?"
                           r")\s*$", re.I)


def definite(tok) -> bool:
    """Is the figure's phrase definite ("the 92,000 legacy claims", "these 300 people", "its 4,000
    members")? Such a phrase names a set already there, not a value still to come."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") or c.dep_ == "poss" for c in tok.children)


def according_to_estimates(anchor) -> str | None:
    """ "according to (provisional) estimates" in the figure's sentence: the figure is estimated."""
    for t in anchor.sent:
        if t.lower_ == "according":
            for o in (o for c in t.children if c.lower_ == "to" for o in c.children if o.dep_ == "pobj"):
                if o.lemma_.lower() in ESTIMATING_NOUNS and o.i != anchor.i:
                    return f"according to {o.text}"
    return None


def headline_future(tok) -> bool:
    """A headline's "X to VERB" ("Sweden to pay migrants up to 350,000 kronor to leave", "Council
    to close 12 hotels"): a sentence whose root is a bare infinitive with "to" and a subject, no
    finite verb, is the newspaper's future."""
    return (tok.head.i == tok.i and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children))


def intent_adjective(walk, i: int) -> bool:
    """Is ``walk[i]`` an adjective of intention reached through its "to" ("committed to removing
    10,000 people", "ready to take 500 more")?"""
    tok = walk[i]
    return (i > 0 and tok.pos_ == "ADJ" and tok.lower_ in INTENT_ADJECTIVES and walk[i - 1].head.i == tok.i
            and (walk[i - 1].dep_ == "prep" and walk[i - 1].lower_ == "to" or walk[i - 1].dep_ == "xcomp"))


def approximated(text: str, q: dict) -> str | None:
    """The approximating words just before the figure ("in the region of", "some", "circa"), if any."""
    m = APPROXIMATING.search(text, max(0, q["start"] - 25), q["start"])
    return m.group(0).strip() if m else None


# words by which a definite phrase counts a set still to come ("the first 200 people will arrive next
# week", "the 500 new homes will be built", "the further 300 officers")
INCREMENTS = {"first", "next", "new", "further", "additional", "extra", "more"}


def _predeterminer(noun) -> bool:
    """Does a figure stand before the set's determiner ("Over half the delegates will be chosen", "twice
    the number")? Then it counts what the verb picks out of the set, not the set."""
    return any(c.dep_ in ("nummod", "quantmod") and any(d.dep_ == "det" and d.i > c.i for d in noun.children)
               for c in noun.children)


def definite_subject(walk) -> int:
    """The index on the walk of the first subject that is a definite phrase ("The 4,000 people at the
    barracks will be relocated": "people"; "the backlog of 2.6 million cases would take ...":
    "backlog"), through which the figure reaches its verb; the walk's length when there is none.
    The verbs above it (their "will", "could", "plans") say nothing of how firmly the figure is put;
    disputes still reach it."""
    for i in range(len(walk) - 1):
        tok = walk[i]
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == walk[i + 1].i and tok.pos_ in ("NOUN", "PROPN") \
                and definite(tok) and not any(c.lower_ in INCREMENTS for c in tok.children) \
                and not _predeterminer(tok):
            return i
    return len(walk)


def forecast_frame(walk) -> str | None:
    """A forecast or scenario the figure's own clause is set in ("under the high scenario it stays above
    450,000", "assumed net migration of 315,000 a year in its March forecast"): the figure is a value of
    the forecast, projected. Only the first verb above the figure (or the nouns below it), only
    "in"/"under" phrases, and a scenario only "under" one."""
    k = next((k for k, t in enumerate(walk) if k > 0 and t.pos_ in ("VERB", "AUX")), None)
    for t in walk[:k + 1] if k is not None else []:  # (the parser hangs the phrase on the verb or on the noun)
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "under"):
                for o in p.children:
                    # ("scenario" only with "under": "in their head-to-head scenarios" are a poll's matchups)
                    if o.dep_ == "pobj" and (o.lemma_.lower() in FORECASTING_NOUNS | {"outlook"}
                                             or o.lemma_.lower() == "scenario" and p.lower_ == "under"):
                        return f"{p.text} {o.text}"
    return None
