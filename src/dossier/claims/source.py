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
previous sentence's subject, and closing a name's clause ("X approved 41,000 visas, it said") stands
for that name; a reporter named again by a definite description ("The group added") is the body
named just before; a place's body is named as written ("Poland's border guard"); a quotation spoken
by a document ("The headline reads: “...”") is its owner's, a headline "Name: '...'" its speaker's;
a first-person plural reporter outside quotations, and an official document's unowned figures
("Figures published today show"), are the document's own voice; otherwise the document's own voice
(:class:`Voice`: in a parliamentary written question the asking House, else the publisher's voice).

Whole documents of other registers (fourth session): a debate turn's figures are its speaker's
(:mod:`.turns`, source kind "turn"); the publisher naming itself ("The Court notes", "The ANAO's
analysis indicates") is its own voice (:func:`_self_named`); parties and officials report with a
clause ("The respondent accepts that", "Counsel submitted that", "advised the ANAO that"), as do "we
heard from X that" and "X's position is that"; what someone calls for or urges is theirs; a negated
report ("could not say how many of the 17,000") says nothing (:mod:`.demands`); a statistics office's
"according to provisional estimates" is its own. Fifth session: a closing "..., interior ministry data
show." (which the parser reads as a noun phrase) attributes the figures before it (:func:`_trailing_figures`).
Round 6: a participle of saying on a document ("a report by X advising that ...") reports for it; a body
recording or counting ("the Service registered 1,030 new arrivals", "while the NGO counted 4,500") reports
when no one else in the sentence does; list items keep a lead-in's "According to X:" over a blank line; a
unit of the publisher (``data/reference/part_of.csv``) speaks with the publisher's voice; a reduced passive
("The migrants, believed to number 3,000") and a passive conjunct report nothing of their subject's.

Split from :mod:`.extract` (which assembles the claim rows) because these rules are where the
claims code grows as new kinds of text are met (``tests/claims_polnear``, the migration-policy
probe of notes/claims.md §8). Each rule is a function of its own, the word lists are in
:mod:`.vocabulary`, and who a subject, pronoun or definite description stands for is in
:mod:`.subjects`.
"""

from __future__ import annotations

import bisect
import re

from .cues import definite
from .disputes import accusation_at
from .parts import unit_of_publisher
from .verdicts import reduced_passive
from .status import ACCUSING, CLAIM_OBJECT
from .source_context import (_document_owner, _headline_quote, _trailing_figures, colon_reporter, mark_evidence,
                             poll_run)
from .status_context import list_lead
from .turns import subject_after_label
from .subjects import (EVIDENCE_NOUNS, POSSESSIVE, SUBJECT_DEPS, _according_to, _covers, _entity_of_subject,
                       _head_phrase, _Mentions, _owner, _phrase, _subject, _Voice, relative_report)
from .demands import clause_subject_object, demanding_at, heard_from, negated_report, stance_holder
from .vocabulary import (CLAUSE_REPORTING, FIGURE_NOUNS, MAIN_CLAUSE_REPORTING, MEASURING_VERBS, REPORTING,
                         STATING_MEASURES, VALUE_NOUNS, verb_lemma)

# reporting only with their particle: "the campaign has pointed out that ..."
PHRASAL_REPORTING = {("point", "out"), ("spell", "out")}
EVIDENCE_PREPS = {"in", "from", "by"}
UNOWNED_FIGURES = {"estimates", "figures", "data", "statistics"}  # "according to (the latest) estimates": nobody's
OWN_FIGURES_CUE = "according to (own figures)"
POLL_WORDS = {"poll", "polls", "polling", "survey", "surveys", "pollster", "pollsters", "respondents"}
ANSWERING = {"say", "tell", "report", "state"}  # "58 percent of voters said ...": respondents answering
# the head word of a subject that is a share of respondents, not a source ("half said", "12 percent say")
SHARE_WORDS = {"percent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority"}
CONCESSIVE = {"though", "although", "while", "whereas", "despite"}
# reporting only with a clause ("admitted that ...", "added that ..."); with an object they are "let
# in" and arithmetic ("would add £3bn to the bill")
CLAUSE_ONLY = {"admit", "add", "fear", "hope"} | CLAUSE_REPORTING  # ("fears losing 200 jobs", "hoped to relocate 1,000")
EMBEDDED = ("ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis")  # clauses of their own inside a clause
QUESTION_OPENING = re.compile(r"^\s*To ask\b")


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
    lemma = verb_lemma(tok)
    if lemma in STATING_MEASURES:  # "The Home Office put the figure at 2,000"
        return (any(c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_NOUNS | VALUE_NOUNS for c in tok.children)
                and any(c.dep_ == "prep" and c.lower_ in ("at", "near", "around") or c.dep_ == "advmod"
                        and c.lower_ in ("closer", "nearer") for c in tok.children))  # "put the figure closer to 5,000"
    return lemma in REPORTING or any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_REPORTING for c in tok.children)


def _self_named(subj, voice: _Voice) -> bool:
    """Is the reporter the publisher naming itself: "The Court notes that ..." in a judgment of the
    European Court of Human Rights, "The ANAO's analysis indicates ..." in the Australian National
    Audit Office's report, "the Committee found" in a committee's? The subject's words (up to its
    head, or its possessor's) are one of the publisher's short names (``voice.self_names``), with
    nothing else before them ("The First-tier Tribunal found" in the Upper Tribunal is another court)."""
    if not voice.self_names:
        return False
    def bare(tok) -> str:
        s = re.sub(r"[’']s$", "", _head_phrase(tok).lower()).strip()
        return s[4:] if s.startswith("the ") else s
    # (or its acronym in apposition, the initials of the publisher's own-language name: "The National Institute
    # of Migration (INM) reports" from the Instituto Nacional de Migración; round 4)
    return bare(subj) in voice.self_names or any(c.dep_ in ("poss", "appos") and bare(c) in voice.self_names
                                                 for c in subj.children)


def _put_through_object(walk, k: int) -> bool:
    """ "put the number of bodies recovered at 82" with "at 82" hung inside the object ("recovered
    at 82"): a measuring verb whose figure or value noun object the walk passes, an "at" below it."""
    tok = walk[k]
    return (tok.pos_ == "VERB" and tok.lemma_.lower() in STATING_MEASURES and walk[k - 1].dep_ == "dobj"
            and walk[k - 1].lemma_.lower() in FIGURE_NOUNS | VALUE_NOUNS
            and any(w.dep_ == "prep" and w.lower_ == "at" for w in walk[:k - 1]))


def _coordinated_reporter(tok):
    """The subject of a reporting verb the parser hung, as a conjunct without a subject, inside the
    clause of another reporting verb ("The Government denied that any pushback had taken place and
    submitted that the coast guard had rescued 34 people": "submitted" under "taken"): the two
    verbs are coordinated, and their subject is the outer verb's (the Government); else None."""
    if tok.dep_ != "conj" or not any(c.dep_ == "ccomp" for c in tok.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in tok.children):
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or not _reporting(clause.head):
        return None
    return _subject(clause.head)


def _participle_reporter(tok):
    """The reporter of a participle of saying with a clause and no subject of its own: the noun it
    describes ("a letter stating that 500 ...") or, hung on a verb with no subject that names anyone
    ("There was submitted a report by the Director advising that 1,720 households ...", in minutes),
    that verb's object or passive subject (round 6); else None."""
    if (tok.tag_ != "VBG" or tok.dep_ not in ("acl", "advcl") or any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            or not any(c.dep_ == "ccomp" for c in tok.children)):
        return None
    if tok.dep_ == "acl":
        return tok.head if tok.head.pos_ in ("NOUN", "PROPN") else None
    subj = _subject(tok.head)
    if subj is not None and subj.dep_ != "expl":
        return None  # (the clause's own subject reports: "The ministry published figures, showing that ...")
    return next((c for c in tok.head.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")), None)


def _walk(tok) -> list:
    return [tok, *tok.ancestors] if tok is not None else []


class _Quotes:
    def __init__(self, rows: list[dict]):
        self.rows = sorted(rows, key=lambda r: (r["start"], r["end"]))
        self.starts = [r["start"] for r in self.rows]


ESTIMATE_NOUNS = {"forecast", "estimate", "projection", "outlook", "prediction", "tally", "count", "calculation"}


def _forecast_owner(walk, mentions: _Mentions, voice: _Voice):
    """Whose forecast or estimate the figure is the value of: the subject of the verb whose
    object it is ("The IMF nudged up its forecast ... to 4.2 percent") or its possessor ("the
    IMF's estimate of global growth at 3.1 percent"), or the subject of the verb whose "in its
    forecast" gives it ("The OBR assumed net migration of 315,000 in its March forecast"), in the
    figure's own clause."""
    for tok in walk[1:]:
        nouns = [c for c in tok.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                 and c.lemma_.lower() in ESTIMATE_NOUNS] if tok.pos_ in ("VERB", "AUX") else []
        if tok.pos_ in ("VERB", "AUX"):  # "The OBR assumed net migration of 315,000 a year in its March forecast"
            nouns += [o for t in walk[:walk.index(tok) + 1] for p in t.children if p.dep_ == "prep" and p.lower_ in
                      ("in", "under") for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in ESTIMATE_NOUNS]
        if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in ESTIMATE_NOUNS:
            nouns.append(tok)
        for noun in nouns:
            poss = next((c for c in noun.children if c.dep_ == "poss"), None)
            # "its forecast" as the object: the verb's subject owns it; as the subject ("His cost
            # estimates have been between $8 billion and $12 billion"), the possessive's referent
            who = poss if poss is not None and (poss.lower_ not in POSSESSIVE or noun.dep_ not in ("dobj", "pobj")) else None
            if who is None and noun.dep_ in ("dobj", "pobj"):
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
        lemma = verb_lemma(verb)
        if verb.pos_ not in ("VERB", "AUX") or lemma not in REPORTING:
            continue
        own = [c for c in verb.children if not c.is_punct]
        # (a phrase of time or manner may follow: "..., the Office of the Prime Minister (OPM) said on Tuesday"
        # parsed as a conjunct of the figure's verb; round 4)
        if any(c.dep_ in ("ccomp", "xcomp", "advcl", "conj") or (c.dep_ == "dobj" and lemma != "tell")
               or c.dep_ == "prep" and c.i < verb.i or c.dep_ == "mark" for c in own):
            # (nor a clause of its own: ", after 55 percent said so in December")
            continue
        subj = next((c for c in own if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            continue
        group = {verb.i, *(t.i for c in own for t in c.subtree)}
        first, last = min(group), max(group)
        group |= {c.i for c in verb.children if c.is_punct and first < c.i < last}  # ("said on Tuesday, after ...")
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
    """(entity_id, source_text, source_kind, cue). A first-person plural reporter outside a
    quotation ("We estimate that ...", "we expect the number to fall below 100" in a charity's
    statement or a minister's answer) is the document's own voice, known or not."""
    source, source_text, kind, cue = _source_of(doc, q, anchor, quotes, mentions, voice, text)
    if kind == "reporting_verb" and cue.startswith(("we ", "own ")):
        # (the cue _entity_of_subject gives a reporter that is the document itself: "we", "our
        # records", an official document's own figures)
        source, source_text, kind = voice.voice, voice.publisher_text, "document"
    if kind in ("reporting_verb", "according_to") and unit_of_publisher(source_text, voice.publisher_text):
        # a unit of the publisher reporting in the publisher's own document: "U.S. Border Patrol recorded 7,989" in a
        # CBP release is the release's figure (round 6; data/reference/part_of.csv)
        source, source_text, kind, cue = voice.voice, voice.publisher_text, "document", f"own (unit {source_text}) {cue}"
    if kind == "document" and voice.turns is not None:
        turn = voice.turns.at(q["start"], voice.government)  # a debate turn's own words are its speaker's ("Ms Roe: We will ...")
        if turn is not None:
            return turn[0], turn[1], "turn", f"{turn[1]}: (turn)"
    return source, source_text, kind, cue


def _source_of(doc, q: dict, anchor, quotes: "_Quotes", mentions: _Mentions, voice: _Voice, text: str):
    i = bisect.bisect_right(quotes.starts, q["start"]) - 1
    while i >= 0:  # quotes are few per document and rarely nest: a short walk back
        qu = quotes.rows[i]
        if qu["start"] <= q["start"] < qu["end"] and qu.get("kind") != "scare" and (qu.get("speaker") or qu.get("speaker_entity_id")):
            owner = _document_owner(qu, mentions) if not qu.get("speaker_entity_id") else None
            if owner is not None:
                return owner.entity_id, owner.text, "quote", f"{qu.get('speaker')} ({owner.text})"
            return qu.get("speaker_entity_id"), qu.get("speaker") or "", "quote", qu.get("cue") or "quote"
        if q["start"] - qu["start"] > 20000:
            break
        i -= 1
    headline = _headline_quote(text, q, mentions)
    if headline is not None:
        return headline
    said = relative_report(anchor)  # "the 700,000 migrants that Libya itself says it hosts": Libya's
    if said is not None and (hit := _entity_of_subject(said, mentions, voice)) is not None:
        return hit[0], hit[1], "reporting_verb", f"{hit[2]} {said.head.text}"
    recorder = None  # "the Service registered 1,030 new arrivals": the registering body, if no one else reports
    respondents = False  # the figure counts those who said something ("58 percent said"): a poll's result
    walk = _walk(anchor)
    for k, tok in enumerate(walk[1:], 1):
        if walk[k - 1].dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE for c in walk[k - 1].children):
            break  # "Though his plan would cut $4 trillion, one study found ...": the study did not say it
        lemma = verb_lemma(tok)
        # the accuser asserts what the accused is charged with ("prosecutors charged him with
        # defrauding investors from 74 countries")
        accusing = lemma in ACCUSING and tok.pos_ == "VERB" and accusation_at(walk, k)
        if _reporting(tok) and negated_report(tok):
            continue
        if lemma in MAIN_CLAUSE_REPORTING and (walk[k - 1].dep_ in ("nsubj", "nsubjpass", "attr", "acomp")
                                               or walk[k - 1].dep_ == "prep" and walk[k - 1].lower_ in ("as", "for", "towards")
                                               or tok.dep_ in ("ccomp", "xcomp", "parataxis")
                                               and any(_reporting(t) for t in walk[k + 1:])
                                               or tok.tag_ in ("VB", "VBG") or definite(walk[k - 1])):
            # (nor the figure as what registers or counts: "5,000 people registered as voters", "counts for 30%"; nor an
            # infinitive or a definite set, signing up rather than recording: "taking so long to register the hundreds
            # of casino workers")
            continue  # "shows that the four states registered 412,000": the outer reporter's (round 6)  # "The Home Office could not say how many of the 17,000 ...": it said nothing
        heard = heard_from(tok, walk[k - 1]) or stance_holder(tok, walk[k - 1])
        if heard is not None:  # "We heard from the union that its 4,000 members ...", "His evidence was that ...": theirs
            hit = _entity_of_subject(heard, mentions, voice)
            if hit is not None:
                return hit[0], re.sub(r"\s*[’']s$", "", hit[1]), "reporting_verb", f"{hit[2]} {tok.text}"
        if _reporting(tok) or accusing or demanding_at(walk, k) or _put_through_object(walk, k):
            split = clause_subject_object(tok, walk[k - 1])  # "claimed 90% of those arriving were migrants"
            if lemma in CLAUSE_ONLY and walk[k - 1].dep_ not in ("ccomp", "parataxis") and not split:
                continue  # "wanted to admit 250,000 Syrians": let in, not own up to
            if lemma in CLAIM_OBJECT and walk[k - 1].dep_ in ("dobj", "pobj", "prep") and not split:
                continue  # "The Times wrote that he had claimed a loss of $916 million": declared, not asserted
            part = _participle_reporter(tok)
            subj = _coordinated_reporter(tok) or part or _subject(tok)
            if part is None and reduced_passive(tok):
                # a reduced passive relative ("The migrants, believed to number 3,000"): what it describes is what is
                # reported, its reporter only an agent ("figures estimated by the UN"; round 6)
                subj = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            if part is None and subj is not None and (subj.dep_ == "nsubjpass" or subj.head.i != tok.i and any(
                    c.dep_ == "auxpass" for c in tok.children)):
                # (a passive conjunct takes its subject from the verb before it: "The scheme has cost £700m and is
                # expected to cost a further £300m" reports nothing of the scheme's; round 6)
                # "is projected to be $544bn", "was estimated at 300": what is reported is the
                # subject; the reporter is the agent ("by the budget office"), if named
                subj = next((o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
            label = voice.turns.label_at(subj.idx, voice.government) if subj is not None and voice.turns is not None else None
            if label is not None:
                # the parser took the turn's label for the subject: the reporter after it, else the speaker
                subj = subject_after_label(tok, subj, label[0])
                if subj is None:
                    return label[1], label[2], "turn", f"{label[2]}: (turn)"
            if subj is None:
                continue
            if any(w.dep_ == "relcl" and subj.left_edge.i <= w.head.i <= subj.right_edge.i for w in walk[:k]):
                break  # "Refugee Action, which supported 6,000 people last year, said ...": the narrator's description
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
            if _is_share(subj):
                # "Two in three said ..., and nearly three in five said ...", "73 percent accepted
                # that ...": another share of the respondents answering, not a source; the poll is
                # (as for a covering subject)
                respondents |= lemma in ANSWERING | CLAUSE_REPORTING and not any(c.dep_ == "auxpass" for c in tok.children)
                continue
            if _self_named(subj, voice):
                return voice.voice, voice.publisher_text, "document", f"own ({subj.text}) {tok.text}"
            hit = _entity_of_subject(subj, mentions, voice)
            if hit is not None and lemma in MAIN_CLAUSE_REPORTING:
                # a body recording what it counts reports it only when no one else in the sentence does
                # ("Spain registered 9,000 claims, interior ministry data show": the data's)
                recorder = recorder or (hit[0], hit[1], "reporting_verb", f"{hit[2]} {tok.text}")
                continue
            if hit is not None:
                return hit[0], hit[1], "reporting_verb", f"{hit[2]} {tok.text}"
    said = colon_reporter(anchor, _reporting) if anchor is not None else None  # "X noted that ...: 70 percent believe"
    if said is not None and (subj := _subject(said)) is not None and (hit := _entity_of_subject(subj, mentions, voice)):
        return hit[0], hit[1], "reporting_verb", f"{hit[2]} {said.text}:"
    owner = _forecast_owner(walk, mentions, voice)
    if owner is not None:
        return owner
    trailing = _trailing_attribution(anchor.sent, q) if anchor is not None else None
    if trailing is not None and not _covers(trailing[1], q):
        hit = _entity_of_subject(trailing[1], mentions, voice)
        if hit is not None:
            return hit[0], hit[1], "reporting_verb", f"{hit[2]} {trailing[0].text}"
    figures = _trailing_figures(anchor.sent, q, mentions, voice) if anchor is not None else None
    if figures is not None:
        return figures
    if anchor is not None:
        acc = _according_to(anchor.sent, mentions, q)
        ev = _evidence(anchor, mentions, q) if acc is None else None
        if acc is not None or ev is not None:
            source, source_text, phrase = acc or ev
            if (acc is not None and source is None and voice.official
                    and phrase.split()[-1].lower() in UNOWNED_FIGURES):
                # "according to provisional estimates" in a statistics office's release: its own
                return voice.voice, voice.publisher_text, "document", OWN_FIGURES_CUE
            if _names_poll(phrase):
                mark_evidence(voice, (source, source_text), anchor.sent)
            return source, source_text, "according_to", "according to" if acc else phrase
        lead = list_lead(anchor)  # a list item under "According to UNHCR:" or "The ministry said:" (round 6)
        if lead is not None:
            acc = _according_to(lead, mentions)
            if acc is not None:
                return acc[0], acc[1], "according_to", "according to: (list)"
            subj = _subject(lead.root) if _reporting(lead.root) else None
            hit = _entity_of_subject(subj, mentions, voice) if subj is not None else None
            if hit is not None:
                return hit[0], hit[1], "reporting_verb", f"{hit[2]} {lead.root.text}: (list)"
        if respondents and voice.last_evidence is not None:
            return voice.last_evidence[0], voice.last_evidence[1], "according_to", "respondents (earlier poll)"
        if poll_run(anchor, q, voice):  # a share in a poll's run of results (:func:`.source_context.poll_run`)
            return voice.last_evidence[0], voice.last_evidence[1], "according_to", "share (earlier poll)"
    para_start = text.rfind("\n\n", 0, q["start"])
    para_start = 0 if para_start < 0 else para_start + 2
    if QUESTION_OPENING.match(text[para_start:q["start"]]):
        return voice.publisher, voice.publisher_text, "parliamentary_question", "To ask"
    if recorder is not None:
        return recorder
    return voice.voice, voice.publisher_text, "document", ""


def _is_share(subj) -> bool:
    """Is the subject a share or count of people rather than a name ("Two in three said",
    "12 percent who say", "half said")? Its head word is the figure itself."""
    return subj.like_num or subj.lower_ in SHARE_WORDS


def _names_poll(words: str | None) -> bool:
    return any(w in POLL_WORDS for w in re.findall(r"[a-z]+", (words or "").lower()))
