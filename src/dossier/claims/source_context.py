"""Source rules that read the words around a figure's sentence rather than its parse, for
:mod:`.source` (split from it, round 4): a closing "..., interior ministry data show." (the parser
reads "data show" as a noun phrase), a headline or standfirst "Name: '...'" giving someone's words,
and the body whose document a quotation's speaker names ("The headline reads: “...”"); a poll's run of results
(:func:`poll_run`, moved here in round 7)."""

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


POLL_RUN_TOKENS = 120  # how far (tokens from one result's sentence to the next) a poll's run of results reaches
# a margin between shares is a poll result as much as the shares are ("won by almost 60 points")
MARGIN_UNITS = {"point", "points", "percentage point", "percentage points"}
# a poll's design, which the article describes in its own voice: not one of its results
POLL_DESIGN = re.compile(r"\bmargins? of (?:sampling )?error\b|\bsampling error\b", re.I)
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def mark_evidence(voice: _Voice, source: tuple, sent) -> None:
    """Remember a poll or survey named as a source, with the years its sentence names."""
    voice.last_evidence = source
    voice.evidence_years = set(YEAR.findall(sent.text))


def poll_run(anchor, q: dict, voice: _Voice) -> bool:
    """Is a share with no source of its own one of the results of the poll named last? While the
    last source named is a poll (and nothing else has been attributed since), a share in a nearby
    sentence is ("Eighty-four percent of Latino voters have an unfavourable view"), unless that
    sentence names a year the poll's did not: an election or count of another time ("A Field Poll
    in May 2015 put his support at 5 percent. ... In 2008, Clinton won Latino voters by a 35-point
    margin"), which also ends the run (round 7)."""
    if not (voice.last_evidence is not None and voice.last is not None and voice.last[:2] == voice.last_evidence
            and (q.get("kind") in ("percent", "fraction") or (q.get("unit") or "").lower() in MARGIN_UNITS)
            and anchor.sent.start - voice.last[2] <= POLL_RUN_TOKENS and not POLL_DESIGN.search(anchor.sent.text)):
        return False
    if set(YEAR.findall(anchor.sent.text)) - voice.evidence_years:
        voice.last_evidence = None
        return False
    return True


def colon_reporter(anchor, reporting):
    """The reporting verb of a clause before a colon that the parser hung under the clause after it, the
    figure's, as the sentence's root ("A report released in September ... noted that more immigrants buy into
    the American dream ...: 70 percent believe their children will be better off"): what follows the colon
    goes on with what was reported (round 7). None when the figure is before the colon or nothing reports."""
    root = anchor.sent.root
    colon = next((t for t in root.children if t.text == ":" and t.i < anchor.i), None)
    if colon is None or root.i < colon.i:
        return None
    return next((c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < colon.i and reporting(c)), None)
