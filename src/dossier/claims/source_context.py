"""Source rules that read the words around a figure's sentence rather than its parse, for
:mod:`.source` (split from it, round 4): a closing "..., interior ministry data show." (the parser
reads "data show" as a noun phrase), a headline or standfirst "Name: '...'" giving someone's words,
and the body whose document a quotation's speaker names ("The headline reads: “...”")."""

from __future__ import annotations

import re

from .subjects import Span, _Mentions, _Voice
from .vocabulary import SPEAKER_TITLES


# "..., interior ministry data show.", "..., UNHCR data show.", "..., data from the ministry show." closing a
# sentence: the parser often reads "data show" as one noun phrase (no verb), so it is read on the words
TRAILING_FIGURES = re.compile(r",\s+((?:[\w'’.\-]+\s+){0,4}?(?:data|figures|statistics|estimates)(?:\s+(?:from|by|of)"
                              r"\s+[^,]{1,60}?)?)\s+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates)"
                              r"\s*[.;]?\s*$")


def _trailing_figures(sent, q: dict, mentions: _Mentions, voice: _Voice):
    """(entity, text, "reporting_verb", cue) for a figure before a closing "..., <owner> data show."
    whose owner is named (an entity in it, or other words than "official", "latest", "new": the
    document's own figures in an official release are its own, read elsewhere); else None."""
    m = TRAILING_FIGURES.search(sent.text)
    start = sent.start_char + m.start(1) if m else -1
    if m is None or q["end"] > start:
        return None
    owner = next((x for x in mentions.within(start, sent.start_char + m.end(1)) if x.entity_id), None)
    if owner is not None:
        return owner.entity_id, owner.text, "reporting_verb", f"{m.group(1)} show"
    words = set(m.group(1).lower().split()) - {"official", "latest", "new", "provisional", "the", "data", "figures",
                                               "statistics", "estimates"}
    return (None, m.group(1), "reporting_verb", f"{m.group(1)} show") if words else None


# a paragraph opening with a short name, a colon and a quotation mark: a headline or standfirst
# giving someone's words ("Minister: 'We will return 1,000 people a month'", "Rwanda: “We can
# take 2,000”"), which the quotes extractor reads as no quotation
CLOSING_QUOTE = re.compile(r"[”\"]|[’'](?![A-Za-z])")  # (an apostrophe inside a word closes nothing)
HEADLINE_QUOTE = re.compile(r"([A-Z][\w.’'\-]*(?: [\w.’'\-]+){0,4}):[ \t]*['‘“\"]")


def _headline_quote(text: str, q: dict, mentions: _Mentions):
    """(entity, text, "quote", cue) when the figure is inside the quotation of a paragraph that
    opens "Name: '...'" on one line; else None."""
    para_start = text.rfind("\n", 0, q["start"]) + 1
    m = HEADLINE_QUOTE.match(text, para_start)
    if m is None or q["start"] < m.end():
        return None
    close = CLOSING_QUOTE.search(text, m.end())  # the figure inside the quotation, not after it
    if close is not None and close.start() < q["start"]:
        return None
    line_end = text.find("\n", m.end())
    if re.search(r"\b(?:says|said)\b", text[m.end():line_end if line_end >= 0 else len(text)]):
        return None  # "Asylum backlog: 'Only 4,000 cases remain', says minister": a topic, the speaker follows
    speaker = mentions.at(m.start(1))
    if (speaker is not None and speaker.entity_id and speaker.end <= m.end(1)
            and speaker.label in ("PERSON", "ORG", "GPE", "NORP")):
        return speaker.entity_id, speaker.text, "quote", f"{m.group(1)}: (headline)"
    if m.group(1).split()[-1].lower() in SPEAKER_TITLES:  # "Minister:", "Kent Police:", "Home Office officials:"
        return None, m.group(1), "quote", f"{m.group(1)}: (headline)"
    return None


# what speaks for a publisher or body when a quotation's speaker is given as it: "The headline reads:
# “...”", "The statement said: “...”"
DOCUMENT_NOUNS = {"headline", "article", "story", "editorial", "column", "statement", "release", "tweet", "post",
                  "caption", "website", "page", "leaflet", "notice", "letter"}
OWNER_REACH = 600  # characters before a quotation in which its document's owner is looked for


def _document_owner(qu: dict, mentions: _Mentions) -> Span | None:
    """The body whose document a quotation's speaker names, when the speaker is only a document
    noun phrase ("The snarky headline reads: “...”" after "... at the Washington Post"): the
    organisation named nearest before the quotation (within OWNER_REACH characters), else None."""
    words = re.findall(r"[a-z]+", (qu.get("speaker") or "").lower())
    if not words or words[-1] not in DOCUMENT_NOUNS:
        return None
    near = [m for m in mentions.within(max(0, qu["start"] - OWNER_REACH), qu["start"]) if m.entity_id and m.label == "ORG"]
    return near[-1] if near else None
