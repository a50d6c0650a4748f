"""Who asserts a figure: the ``source`` of a claim, read from the dependency parse.

First that applies: the speaker of a quotation containing the figure; the subject of a
reporting verb governing it ("Greece said", "an investigation for the Times revealed" → the
entity named in the subject; a passive's agent, never its subject; a figure inside the subject
is what those counted said, a poll's result); the owner of a forecast or estimate whose value
the figure is ("the IMF nudged up its forecast to 4.2 percent"); an attribution set off by commas
("..., the group said"); "according to X" in the sentence, or a poll, survey or record named in
the figure's clause ("in the latest YouGov survey") — never a phrase containing the figure; a
poll's run of results (its shares and margins; not its margin of error), and the shares of
respondents that answer ("Two in three said"); an accuser is the source of the charge ("prosecutors
charged him with ..."); a pronoun subject ("It said") takes the reporter of its clause when they
agree ("officials say they have found"), else the source of the previous attribution or the
previous sentence's subject; otherwise the document's own voice (:class:`Voice`: in a parliamentary written
question the asking House, else the publisher's voice).

Split from :mod:`.extract` (which assembles the claim rows) because these rules are where the
claims code grows as new kinds of text are met (``tests/claims_polnear``). It runs over 450 lines
because the rules above share one walk of the parse (:func:`_source`) and its helpers; each rule
is a function of its own, and the next split is the pronoun and carry-over rules.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..extract import spans
from ..extract.syntax import subject_of
from .status import ACCUSING, CLAIM_OBJECT, accusation_at

REPORTING = {"say", "tell", "state", "report", "announce", "claim", "reveal", "estimate", "add", "confirm",
             "deny", "insist", "warn", "suggest", "show", "find", "argue", "allege", "admit", "write",
             "note", "explain", "predict", "forecast", "publish", "disclose", "calculate", "record",
             "dispute", "contest", "acknowledge", "boast", "concede", "project", "expect", "anticipate",
             "think", "believe", "cite", "document", "indicate"}
# reporting only with their particle: "the campaign has pointed out that ..."
PHRASAL_REPORTING = {("point", "out"), ("spell", "out")}
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Nouns naming where a figure comes from when no one is said to say it: "in the latest YouGov
# survey, 71 percent ...", "the poll found", "campaign finance records show", "according to data
# from ...". The figure is then attributed to the body the noun belongs to (its compound or
# possessor: "YouGov", "Gallup's tracking poll"), else to the phrase itself.
EVIDENCE_NOUNS = {"poll", "survey", "study", "report", "analysis", "data", "record", "records", "figure",
                  "figures", "statistic", "statistics", "census", "tally", "count", "estimate", "estimates",
                  "polling", "research", "review", "audit", "assessment", "projection", "forecast"}
# verbs by which a poll, study or record (their subject) gives a figure: "the poll puts his approval at 49 percent"
MEASURING_VERBS = {"put", "place", "peg", "rank", "give", "measure", "count", "register", "record", "track"}
EVIDENCE_PREPS = {"in", "from", "by"}
POLL_RUN_TOKENS = 120  # how far (tokens from one result's sentence to the next) a poll's run of results reaches
# a margin between shares is a poll result as much as the shares are ("won by almost 60 points")
MARGIN_UNITS = {"point", "points", "percentage point", "percentage points"}
# a poll's design, which the article describes in its own voice: not one of its results
POLL_DESIGN = re.compile(r"\bmargins? of (?:sampling )?error\b|\bsampling error\b", re.I)
POLL_WORDS = {"poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters", "respondents"}
ANSWERING = {"say", "tell", "report", "state"}  # "58 percent of voters said ...": respondents answering
# the head word of a subject that is a share of respondents, not a source ("half said", "12 percent say")
SHARE_WORDS = {"percent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority"}
CONCESSIVE = {"though", "although", "while", "whereas", "despite"}
# reporting only with a clause ("admitted that ...", "added that ..."); with an object they are "let
# in" and arithmetic ("would add £3bn to the bill")
CLAUSE_ONLY = {"admit", "add"}
EMBEDDED = ("ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis")  # clauses of their own inside a clause
PRONOUNS = {"it", "he", "she", "they", "this", "that"}
# the kinds of entity a pronoun subject can stand for (resolving it to the previous sentence's subject)
PRONOUN_LABELS = {"it": ("ORG", "GPE", "NORP"), "he": ("PERSON",), "she": ("PERSON",)}
# bodies named after the person leading them: "the Obama administration", "the Trump campaign" are
# the source, not the person
LED_BODIES = {"administration", "campaign", "government", "foundation", "organization", "organisation",
              "cabinet", "presidency"}
PERSONAL = {"it", "he", "she", "they"}  # pronouns that stand for a named subject ("this", "that" do not)
POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they"}  # a possessive pronoun, as the subject pronoun
PLACE_LABELS = {"GPE", "LOC", "NORP"}
QUESTION_OPENING = re.compile(r"^\s*To ask\b")


@dataclass(frozen=True)
class Span:
    """A linked mention as character offsets (the one shape this module reads)."""
    start: int
    end: int
    entity_id: str | None
    label: str
    text: str


def mention_spans(doc, mentions) -> list[Span]:
    """Mentions as character spans, from either the extractor's ``Mention`` objects (token
    offsets) or the ``mentions`` table rows (character offsets)."""
    out = []
    for m in mentions or ():
        if isinstance(m, dict):
            out.append(Span(int(m["start"]), int(m["end"]), m.get("entity_id"), m.get("label") or "", m.get("text") or ""))
        else:
            span = doc[m.start:m.end]
            out.append(Span(span.start_char, span.end_char, m.entity_id, m.label, span.text))
    return sorted(out, key=lambda s: (s.start, s.end))


class _Mentions:
    def __init__(self, spans: list[Span]):
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.longest = max((s.end - s.start for s in spans), default=0)
        self.label_of: dict[str, str] = {}
        for sp in spans:
            if sp.entity_id:
                self.label_of.setdefault(sp.entity_id, sp.label)

    def at(self, char: int) -> Span | None:
        i = bisect.bisect_right(self.starts, char) - 1
        # spans are sorted by start: none that starts more than the longest span's length back
        # can cover ``char``, so the walk back is bounded (linear cost over a document)
        while i >= 0 and self.spans[i].start > char - self.longest - 1:
            if char < self.spans[i].end:
                return self.spans[i]
            i -= 1
        return None

    def within(self, start: int, end: int) -> list[Span]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i].start < end:
            if self.spans[i].end <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def before(self, char: int) -> list[Span]:
        return self.spans[:bisect.bisect_left(self.starts, char)]


def _anchor(doc, start: int, end: int):
    """The token standing for the figure in the parse: the noun it counts when it modifies
    one ('15 people' → people), else the span's root."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    while tok.dep_ in ("nummod", "quantmod", "compound", "amod") and tok.head.i != tok.i and tok.head.i >= span.start:
        tok = tok.head
    if tok.dep_ in ("nummod", "quantmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _reporting(tok) -> bool:
    """A verb of saying: one of REPORTING, or a phrasal one with its particle ("pointed out")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in REPORTING or any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_REPORTING for c in tok.children)


def _walk(tok) -> list:
    return [tok, *tok.ancestors] if tok is not None else []


def _subject(verb):
    """The subject of ``verb``, or of the verb an open clause or conjunct hangs from ("called the
    coastguard to report that ...": the controller), as in the other extractors."""
    return subject_of(verb, SUBJECT_DEPS)


def _phrase(tok) -> tuple[int, int, str]:
    toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "acl", "punct") or t.i == tok.i]
    left = min(t.idx for t in toks)
    right = max(t.idx + len(t.text) for t in toks)
    # a subject phrase stops at the verb it is the subject of
    text = spans.text(tok.doc)[left:right]  # (doc.text rebuilds the whole text on every access)
    return left, right, text


class _Quotes:
    def __init__(self, rows: list[dict]):
        self.rows = sorted(rows, key=lambda r: (r["start"], r["end"]))
        self.starts = [r["start"] for r in self.rows]


class _Voice:
    """The document's own voice and the running attribution (for 'It said')."""

    def __init__(self, publisher_entity, voice_entity, publisher_text):
        self.publisher = publisher_entity
        self.voice = voice_entity or publisher_entity
        self.publisher_text = publisher_text or publisher_entity or "the document (publisher unknown)"
        self.last: tuple[str | None, str, int] | None = None  # (source, text, sentence start token)
        # the last poll, survey or record named as a source: the figures of its respondents that
        # follow ("Two in three said ...") are its results
        self.last_evidence: tuple[str | None, str] | None = None


def _entity_of_subject(subj, mentions: _Mentions, voice: _Voice) -> tuple[str | None, str, str] | None:
    """(entity_id, source_text, cue) for a reporting verb's subject, or None when the subject
    names no one (an expletive 'it is estimated')."""
    lower = POSSESSIVE.get(subj.lower_, subj.lower_) if subj.dep_ == "poss" else subj.lower_
    if subj.dep_ == "expl" or (lower == "it" and subj.dep_ == "nsubjpass"):
        return None
    if lower in ("we", "us", "our"):
        return voice.voice, subj.text, "we"
    m = mentions.at(subj.idx)
    if m is not None and m.entity_id:
        return m.entity_id, m.text, subj.text
    if lower in PRONOUNS:
        # "border officials say they have found ...": the pronoun of a clause reported by someone
        # is that someone
        verb = subj.head
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and subj.dep_ != "poss":
            outer = _subject(verb.head)
            if (outer is not None and outer.i != subj.i and outer.lower_ not in PRONOUNS and outer.dep_ != "nsubjpass"
                    and _agrees(lower, outer, mentions)):
                hit = _entity_of_subject(outer, mentions, voice)
                if hit is not None:
                    return hit[0], hit[1], f"{subj.text} ({outer.text})"
        sent = subj.sent
        for back in range(2):
            if sent.start == 0:
                break
            sent = subj.doc[sent.start - 1].sent
            acc = _according_to(sent, mentions)
            if acc is not None and acc[0]:
                return acc[0], acc[1], f"{subj.text} (according to)"
        if voice.last is not None and subj.sent.start - voice.last[2] <= 80:  # an attribution a few sentences back
            return voice.last[0], voice.last[1], subj.text
        # the subject of the previous sentence's main clause, if it names an entity the pronoun
        # can stand for ("The IMF had warned ... . But on Tuesday, it increased its forecast"), before
        # merely the last name mentioned ("growth in Britain")
        if subj.sent.start > 0 and lower in PERSONAL:
            prev_sent = subj.doc[subj.sent.start - 1].sent
            prev_subj = _subject(prev_sent.root)
            fits = PRONOUN_LABELS.get(lower, ("ORG", "GPE", "PERSON", "NORP"))
            m = mentions.at(prev_subj.idx) if prev_subj is not None and prev_subj.lower_ not in PRONOUNS else None
            if m is not None and m.entity_id and m.label in fits:
                return m.entity_id, m.text, f"{subj.text} ({m.text})"
        for prev in reversed(mentions.before(subj.idx)):
            if prev.entity_id and prev.label in ("ORG", "GPE", "PERSON", "NORP"):
                return prev.entity_id, prev.text, subj.text
        return None
    # a noun: the entity it belongs to ('an investigation for the Times', 'Interior Ministry officials')
    for c in subj.subtree:
        if c.i == subj.i:
            continue
        via = c.head
        attached = c.dep_ in ("compound", "poss", "amod") and via.i == subj.i
        attached |= c.dep_ == "pobj" and via.dep_ == "prep" and via.lower_ in ("of", "for", "by", "at") and via.head.i == subj.i
        m = mentions.at(c.idx)
        if attached and m is not None and m.entity_id:
            if subj.pos_ == "PROPN" and subj.tag_ == "NNP" and m.label in PLACE_LABELS and c.dep_ == "compound":
                break  # "the U.S. Chamber of Commerce": a place inside a name the linker did not know
            if m.label not in PLACE_LABELS and c.dep_ == "compound" and subj.lemma_.lower() in LED_BODIES:
                break  # "the Trump campaign pointed out": the campaign speaks, not the man
            return m.entity_id, m.text, f"{subj.text} {via.text if via.i != subj.i else ''}".strip()
    left, right, text = _phrase(subj)
    return None, text, subj.text


def _agrees(pronoun: str, noun, mentions: _Mentions) -> bool:
    """Can ``pronoun`` stand for ``noun``? "they" for a plural ("officials say they have found"),
    "he"/"she" for a person, "it" for a singular that is no person ("prosecutors say that he told"
    is someone else)."""
    m = mentions.at(noun.idx)
    person = m is not None and m.label == "PERSON"
    if pronoun == "they":
        return noun.tag_ in ("NNS", "NNPS")
    if pronoun in ("he", "she"):
        return person
    if pronoun == "it":
        return noun.tag_ in ("NN", "NNP") and not person
    return False


def _covers(tok, q: dict | None) -> bool:
    """Does the phrase of ``tok`` contain the figure? A figure inside the phrase naming a source
    describes that source ("according to a 52-count complaint"; "58 percent of voters said": what
    those counted said), it is not a figure the source asserts."""
    if q is None:
        return False
    # the phrase itself, without what is only set beside it ("the Associated Press, 571 of ...":
    # a mis-parse may hang the figure under the name as an apposition); a noun conjoined to it is
    # part of the phrase ("according to a complaint by the SEC and a 15-count complaint by Vermont")
    aside = {x.i for c in tok.children if c.dep_ in ("appos", "relcl", "acl", "parataxis", "punct")
             or c.dep_ == "conj" and c.pos_ not in ("NOUN", "PROPN") for x in c.subtree}
    toks = [t for t in tok.subtree if t.i not in aside]
    return toks[0].idx <= q["start"] and q["end"] <= toks[-1].idx + len(toks[-1].text)


ESTIMATE_NOUNS = {"forecast", "estimate", "projection", "outlook", "prediction", "tally", "count", "calculation"}


def _forecast_owner(walk, mentions: _Mentions, voice: _Voice):
    """Whose forecast or estimate the figure is the value of: the subject of the verb whose
    object it is ("The IMF nudged up its forecast ... to 4.2 percent") or its possessor ("the
    IMF's estimate of global growth at 3.1 percent"), in the figure's own clause."""
    for tok in walk[1:]:
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                 and c.lemma_.lower() in ESTIMATE_NOUNS] if tok.pos_ in ("VERB", "AUX") else []
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ESTIMATE_NOUNS:
            nouns.append(tok)
        for noun in nouns:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            # "its forecast" as the object: the verb's subject owns it; as the subject ("His cost
            # estimates have been between $8 billion and $12 billion"), the possessive's referent
            who = poss if poss is not None and (poss.lower_ not in POSSESSIVE or noun.dep_ != "dobj") else None
            if who is None and noun.dep_ == "dobj":
                who = _subject(tok)
            if who is not None and who.dep_ != "nsubjpass":
                hit = _entity_of_subject(who, mentions, voice)
                if hit is not None:
                    return hit[0], hit[1], "reporting_verb", f"{hit[2]} {noun.text}"
        if tok.dep_ in ("relcl", "conj", "ccomp") or tok.head.i == tok.i:
            break
    return None


def _trailing_attribution(sent, q: dict | None = None):
    """(verb, subject) of an attribution set off by commas: "..., the group said.", "..., the poll
    found.", "..., said the minister.", "..., he told reporters.", "£275,000, the group said,
    compared with £2,700 ..." — however the parser hung it (parataxis, a relative clause, the
    root); None when there is none. It is a verb of saying with its subject and nothing else (no
    clause or object of its own; "told" may have its listener), one group of words with a comma
    before it and a comma or the sentence's end after it. At the sentence's end it covers the
    figures before it; set off on both sides, the whole sentence."""
    doc = sent.doc
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in REPORTING:
            continue
        own = [c for c in verb.children if not c.is_punct]
        if any(c.dep_ in ("ccomp", "xcomp", "prep", "advcl", "conj") or (c.dep_ == "dobj" and lemma != "tell")
               for c in own):
            continue
        subj = next((c for c in own if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            continue
        group = {verb.i, *(t.i for c in own for t in c.subtree)}
        first, last = min(group), max(group)
        if len(group) != last - first + 1:
            continue
        after = doc[last + 1] if last + 1 < sent.end else None
        if first == sent.start or doc[first - 1].text != ",":
            continue
        if after is None or after.is_punct and after.text != ",":
            if q is None or verb.idx >= q["end"]:
                return verb, subj
        elif after.text == ",":
            return verb, subj
    return None


def _owner(o, mentions: _Mentions) -> tuple[str | None, str]:
    """(entity_id, text) of the linked entity inside the phrase of ``o`` — the first organisation
    or person ("a poll of Latino voters by Latino Decisions": the pollster, not the voters), else
    the first of any kind — else (None, the phrase)."""
    found = []
    for tok in o.subtree:
        m = mentions.at(tok.idx)
        if m is not None and m.entity_id and m not in found:
            found.append(m)
    for m in (*[m for m in found if m.label in ("ORG", "PERSON")], *found):
        return m.entity_id, m.text
    return None, _phrase(o)[2]


def _according_to(sent, mentions: _Mentions, q: dict | None = None):
    for t in sent:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    for o in c.children:
                        if o.dep_ == "pobj" and not _covers(o, q):
                            return (*_owner(o, mentions), _phrase(o)[2])
    return None


def _evidence(anchor, mentions: _Mentions, q: dict) -> tuple[str | None, str] | None:
    """A poll, survey, study or record the figure's sentence gives as its origin: a
    prepositional phrase on the figure's clause ("in the most recent YouGov/Economist survey",
    "from census data"), or the subject of a reporting verb that is such a noun ("the poll
    found": handled by the reporting-verb rule). Not a phrase containing the figure."""
    walk = _walk(anchor)
    for tok in walk[1:] or walk:
        if tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            continue  # the figure's verb; or the root when none is (a parse hanging the verb under the figure)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in EVIDENCE_PREPS:
                for o in prep.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in EVIDENCE_NOUNS and not _covers(o, q):
                        return (*_owner(o, mentions), _phrase(o)[2])
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if (subj is not None and tok.lemma_.lower() in MEASURING_VERBS and subj.lemma_.lower() in EVIDENCE_NOUNS
                and not _covers(subj, q)):  # "Gallup's tracking poll puts his approval at 49.5 percent"
            return (*_owner(subj, mentions), _phrase(subj)[2])
        break  # the figure's own clause only
    return None


def _source(doc, q: dict, anchor, quotes: "_Quotes", mentions: _Mentions, voice: _Voice, text: str):
    """(entity_id, source_text, source_kind, cue)."""
    i = bisect.bisect_right(quotes.starts, q["start"]) - 1
    while i >= 0:  # quotes are few per document and rarely nest: a short walk back
        qu = quotes.rows[i]
        if qu["start"] <= q["start"] < qu["end"] and qu.get("kind") != "scare" and (qu.get("speaker") or qu.get("speaker_entity_id")):
            return qu.get("speaker_entity_id"), qu.get("speaker") or "", "quote", qu.get("cue") or "quote"
        if q["start"] - qu["start"] > 20000:
            break
        i -= 1
    respondents = False  # the figure counts those who said something ("58 percent said"): a poll's result
    walk = _walk(anchor)
    for k, tok in enumerate(walk[1:], 1):
        if walk[k - 1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in walk[k - 1].children):
            break  # "Though his plan would cut $4 trillion, one study found ...": the study did not say it
        lemma = tok.lemma_.lower()
        # the accuser asserts what the accused is charged with ("prosecutors charged him with
        # defrauding investors from 74 countries")
        accusing = lemma in ACCUSING and tok.pos_ == "VERB" and accusation_at(walk, k)
        if _reporting(tok) or accusing:
            if lemma in CLAUSE_ONLY and walk[k - 1].dep_ not in ("ccomp", "parataxis"):
                continue  # "wanted to admit 250,000 Syrians": let in, not own up to
            if lemma in CLAIM_OBJECT and walk[k - 1].dep_ in ("dobj", "pobj", "prep"):
                continue  # "The Times wrote that he had claimed a loss of $916 million": declared, not asserted
            subj = _subject(tok)
            if subj is not None and subj.dep_ == "nsubjpass":
                # "is projected to be $544bn", "was estimated at 300": what is reported is the
                # subject; the reporter is the agent ("by the budget office"), if named
                subj = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            if subj is None:
                continue
            if _covers(subj, q):
                # a parse giving the verb two subjects, the reported clause's and the reporter's
                # ('The four "loopholes" he cited are ..., The Hill reported'): the reporter
                other = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > subj.i and not _covers(c, q)), None)
                if other is not None:
                    hit = _entity_of_subject(other, mentions, voice)
                    if hit is not None:
                        return hit[0], hit[1], "reporting_verb", f"{hit[2]} {tok.text}"
                respondents |= lemma in ANSWERING and not any(c.dep_ == "auxpass" for c in tok.children)
                continue
            if lemma in ANSWERING and _is_share(subj):
                # "Two in three said ..., and nearly three in five said ...": another share of the
                # respondents answering, not a source; the poll is (as for a covering subject)
                respondents |= not any(c.dep_ == "auxpass" for c in tok.children)
                continue
            hit = _entity_of_subject(subj, mentions, voice)
            if hit is not None:
                return hit[0], hit[1], "reporting_verb", f"{hit[2]} {tok.text}"
    owner = _forecast_owner(walk, mentions, voice)
    if owner is not None:
        return owner
    trailing = _trailing_attribution(anchor.sent, q) if anchor is not None else None
    if trailing is not None and not _covers(trailing[1], q):
        hit = _entity_of_subject(trailing[1], mentions, voice)
        if hit is not None:
            return hit[0], hit[1], "reporting_verb", f"{hit[2]} {trailing[0].text}"
    if anchor is not None:
        acc = _according_to(anchor.sent, mentions, q)
        ev = _evidence(anchor, mentions, q) if acc is None else None
        if acc is not None or ev is not None:
            source, source_text, phrase = acc or ev
            if _names_poll(phrase):
                voice.last_evidence = (source, source_text)
            return source, source_text, "according_to", "according to" if acc else phrase
        if respondents and voice.last_evidence is not None:
            return voice.last_evidence[0], voice.last_evidence[1], "according_to", "respondents (earlier poll)"
        # a poll's run of results: while the last source named is a poll (and nothing else has
        # been attributed since), a share with no source of its own in a nearby sentence is one
        # of its results ("Eighty-four percent of Latino voters have an unfavourable view")
        if (voice.last_evidence is not None and voice.last is not None and voice.last[:2] == voice.last_evidence
                and (q.get("kind") in ("percent", "fraction") or (q.get("unit") or "").lower() in MARGIN_UNITS)
                and anchor.sent.start - voice.last[2] <= POLL_RUN_TOKENS and not POLL_DESIGN.search(anchor.sent.text)):
            return voice.last_evidence[0], voice.last_evidence[1], "according_to", "share (earlier poll)"
    para_start = text.rfind("\n\n", 0, q["start"])
    para_start = 0 if para_start < 0 else para_start + 2
    if QUESTION_OPENING.match(text[para_start:q["start"]]):
        return voice.publisher, voice.publisher_text, "parliamentary_question", "To ask"
    return voice.voice, voice.publisher_text, "document", ""


def _is_share(subj) -> bool:
    """Is the subject a share or count of people rather than a name ("Two in three said",
    "12 percent who say", "half said")? Its head word is the figure itself."""
    return subj.like_num or subj.lower_ in SHARE_WORDS


def _names_poll(words: str | None) -> bool:
    return any(w in POLL_WORDS for w in re.findall(r"[a-z]+", (words or "").lower()))
