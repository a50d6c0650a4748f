"""Who a reporting verb's subject stands for: the entity behind a subject phrase, pronoun or
definite description, for :mod:`.source` (which decides which subject, quotation, poll or
"according to" phrase is a figure's source).

- :class:`Span` / :class:`_Mentions`: the document's linked mentions as character offsets, found
  by binary search; :class:`_Voice`: the document's own voice (publisher, or the asking House).
- :func:`_entity_of_subject`: the entity a subject names — a mention inside it; a body led by a
  person ("the Obama administration"); a possessive pronoun owning an output ("Its report found");
  a pronoun that agrees with the reporter of its clause, the running attribution or the previous
  sentence's subject (:func:`_closed_clause_subject`, :func:`_agrees`); a definite description of a
  body named just before ("The group added": :func:`_definite_reference`).
- :func:`_according_to` / :func:`_owner`: the body an "according to" phrase names.

Split out of :mod:`.source` (2026-12-03) so that each module stays under the size the
architecture test allows; the rules and their order are unchanged.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..extract import spans
from ..extract.syntax import subject_of
from .vocabulary import REPORTING

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Nouns naming where a figure comes from when no one is said to say it: "in the latest YouGov
# survey, 71 percent ...", "the poll found", "campaign finance records show", "according to data
# from ...". The figure is then attributed to the body the noun belongs to (its compound or
# possessor: "YouGov", "Gallup's tracking poll"), else to the phrase itself.
EVIDENCE_NOUNS = {"poll", "survey", "study", "report", "analysis", "data", "record", "records", "figure",
                  "figures", "statistic", "statistics", "census", "tally", "count", "estimate", "estimates",
                  "polling", "research", "review", "audit", "assessment", "projection", "forecast"}
PRONOUNS = {"it", "he", "she", "they", "this", "that"}
RELATIVE = {"which", "who", "that"}  # a relative clause's subject stands for the noun the clause is on
# the kinds of entity a pronoun subject can stand for (resolving it to the previous sentence's subject)
PRONOUN_LABELS = {"it": ("ORG", "GPE", "NORP"), "he": ("PERSON",), "she": ("PERSON",)}
# bodies named after the person leading them: "the Obama administration", "the Trump campaign" are
# the source, not the person
LED_BODIES = {"administration", "campaign", "government", "foundation", "organization", "organisation",
              "cabinet", "presidency"}
# the head nouns of a body that is itself the reporter, not the entity named inside it ("The UN agency says",
# "the Spanish government delegation said", "according to the prefecture of the Nord"): the source keeps the
# entity but is named by the whole phrase (round 6)
BODY_HEADS = {"prefecture", "delegation", "agency", "mission", "branch", "unit", "division", "directorate",
              "secretariat", "embassy", "consulate", "prefect", "governorate"}
# verbs whose object is a figure someone puts forward (not "cite": 'The four "loopholes" he cited are ...' hangs
# the main verb under the clause)
CITING = {"repeat", "quote", "claim"}
PERSONAL = {"it", "he", "she", "they"}  # pronouns that stand for a named subject ("this", "that" do not)
POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they"}  # a possessive pronoun, as the subject pronoun
PLACE_LABELS = {"GPE", "LOC", "NORP"}
# what a body puts out, whose possessive pronoun stands for the body ("Its report added that ...",
# "Their survey found"): the body is the source
# "figures obtained by", "seen by", "commissioned by": the agent owns the figures
OBTAINING = {"obtain", "see", "commission", "compile", "publish", "release", "gather", "collect", "analyse", "analyze"}
# bodies named again by a definite description ("The group added", "the department said")
BODY_NOUNS = {"department", "ministry", "agency", "group", "charity", "organisation", "organization", "watchdog",
              "committee", "body", "service", "authority", "council", "union", "company", "firm", "campaign",
              "commission", "regulator", "inspectorate", "office", "force", "tribunal", "court", "institute"}
# the bodies of them that publish under their own name: a department, an agency, a court
PUBLIC_BODY_NOUNS = {"department", "ministry", "agency", "office", "service", "authority", "commission",
                     "inspectorate", "tribunal", "court", "committee", "council", "regulator"}
# what an official document cites as its own when no one else is named ("Figures published today show")
OWN_FIGURE_NOUNS = {"figure", "statistic", "data", "datum"}
OUTPUT_NOUNS = {"report", "statement", "spokesman", "spokeswoman", "spokesperson", "website", "letter", "submission",
                "accounts", "release", "review", "findings", "evidence", "briefing"}


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


def _head_phrase(tok) -> str:
    """The words of a noun phrase up to its head and what hangs before it ("Poland's border guard",
    "the French interior minister"), without an apposition, clause or phrase after it."""
    toks = [t for t in tok.subtree if t.i <= tok.i]
    return spans.text(tok.doc)[toks[0].idx:tok.idx + len(tok.text)]


class _Voice:
    """The document's own voice and the running attribution (for 'It said')."""

    def __init__(self, publisher_entity, voice_entity, publisher_text):
        self.publisher = publisher_entity
        self.voice = voice_entity or publisher_entity
        self.publisher_text = publisher_text or publisher_entity or "the document (publisher unknown)"
        # a body speaking for itself (a department's release, a legislature's record of the
        # government): figures it cites without an owner are its own
        self.official = voice_entity is not None
        # a legislature's record speaks for its government: a minister's turn in it is the government's
        self.government = voice_entity if voice_entity is not None and voice_entity != publisher_entity else None
        self.last: tuple[str | None, str, int] | None = None  # (source, text, sentence start token)
        self.last_cue = ""  # the words that gave ``last`` ("report by found")
        # the last poll, survey or record named as a source: the figures of its respondents that
        # follow ("Two in three said ...") are its results
        self.last_evidence: tuple[str | None, str] | None = None
        self.evidence_years: set[str] = set()  # the years named in that poll's sentence (round 7)
        self.turns = None  # the document's debate turns (:class:`.turns.Turns`), when it is a transcript
        self.self_names: set[str] = set()  # the short names the publisher gives itself ("court", "anao")
        self.named_at = -1  # where the document first names its publisher in full ("CBP today released"), if it does


def _entity_of_subject(subj, mentions: _Mentions, voice: _Voice) -> tuple[str | None, str, str] | None:
    """(entity_id, source_text, cue) for a reporting verb's subject, or None when the subject
    names no one (an expletive 'it is estimated')."""
    lower = POSSESSIVE.get(subj.lower_, subj.lower_) if subj.dep_ == "poss" else subj.lower_
    if subj.dep_ == "expl" or (lower == "it" and subj.dep_ == "nsubjpass"):
        return None
    if lower in RELATIVE and subj.head.dep_ == "relcl" and subj.head.head.pos_ in ("NOUN", "PROPN"):
        hit = _entity_of_subject(subj.head.head, mentions, voice)  # "the city's government, which has asked ..."
        # (named by its words up to its head, without the clause: "The polls that show ...": "The polls")
        return hit if hit is None or hit[0] is not None else (None, _head_phrase(subj.head.head), hit[2])
    if lower in ("we", "us", "our", "i", "me", "my"):
        # outside a quotation the first person is the document's author: a minister's statement to
        # the House ("I can confirm that 500 ..."), a charity's release ("We estimate ..."), a column
        return voice.voice, subj.text, "we"
    m = mentions.at(subj.idx)
    if m is not None and m.entity_id:
        if m.label in PLACE_LABELS and any(c.dep_ == "compound" and c.tag_ == "NNP" and not m.start <= c.idx < m.end
                                           for c in subj.children):
            # "Immigration New Zealand said", "Police Scotland said": a body named with a place the
            # linker does not know, not the place
            return None, _phrase(subj)[2], subj.text
        return m.entity_id, m.text, subj.text
    if lower in PRONOUNS:
        closed = _closed_clause_subject(subj, mentions)
        if closed is not None:
            hit = _entity_of_subject(closed, mentions, voice)
            if hit is not None:
                return hit[0], hit[1], f"{subj.text} ({closed.text})"
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
            if voice.last is not None and voice.last[2] > sent.start:
                break  # someone was reported since that sentence: the running attribution is nearer
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
            if (m is None and lower == "it" and prev_subj is not None and prev_subj.tag_ == "NNP"
                    and prev_subj.lower_ not in PRONOUNS):
                # a body the reference table does not know ("The Migration Observatory published ... .
                # Its report found"): named as written
                name = _head_phrase(prev_subj)
                return None, name, f"{subj.text} ({name})"
        for prev in reversed(mentions.before(subj.idx)):
            if prev.entity_id and prev.label in ("ORG", "GPE", "PERSON", "NORP"):
                return prev.entity_id, prev.text, subj.text
        return None
    # a noun named by its apposition: the person or body named ("The French interior minister,
    # Bernard Cazeneuve, said": the minister, not France)
    for a in subj.children:
        m = mentions.at(a.idx) if a.dep_ == "appos" else None
        if m is not None and m.entity_id and m.label in ("PERSON", "ORG"):
            return m.entity_id, m.text, f"{subj.text} ({a.text})"
    # figures someone obtained, saw or commissioned are theirs ("The figures, obtained by the BBC, show",
    # "data seen by the Guardian")
    for a in subj.children:
        if a.dep_ == "acl" and a.tag_ == "VBN" and a.lemma_.lower() in OBTAINING:
            for o in (o for g in a.children if g.dep_ == "agent" for o in g.children if o.dep_ == "pobj"):
                m = mentions.at(o.idx)
                if m is not None and m.entity_id:
                    return m.entity_id, m.text, f"{subj.text} {a.text} by"
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
            cue = f"{subj.text} {via.text if via.i != subj.i else ''}".strip()
            if m.label in PLACE_LABELS or subj.pos_ == "NOUN" and subj.lemma_.lower() in BODY_HEADS:
                # (or a body of the entity named by its own head: "The UN agency says", "the Spanish government
                # delegation said"; round 6)
                # "Poland's border guard", "Calais prefecture officials": a body of the place; the
                # place is its entity, the words name the body
                return m.entity_id, _head_phrase(subj), cue
            return m.entity_id, m.text, cue
        if attached and c.dep_ == "poss" and c.lower_ in ("our", "my"):
            return voice.voice, _phrase(subj)[2], "we"  # "Our figures show ...": the document's own
        if (attached and c.dep_ == "poss" and c.lower_ in POSSESSIVE and m is None
                and subj.lemma_.lower() in OUTPUT_NOUNS | EVIDENCE_NOUNS):
            hit = _entity_of_subject(c, mentions, voice)  # "Its report added that ...": the body "it" stands for
            if hit is not None and (hit[0] or hit[1].lower() not in PRONOUNS | set(POSSESSIVE)):
                return hit[0], hit[1], f"{c.text} ({hit[1]}) {subj.text}"
    if (voice.official and subj.lemma_.lower() in OWN_FIGURE_NOUNS
            and not any(c.dep_ in ("compound", "poss", "nmod") for c in subj.children)
            and not any(c.dep_ == "prep" and c.lower_ in ("from", "by", "of") for c in subj.children)):
        # "Figures published today show ...", "The latest statistics show ..." in a department's
        # release or a minister's answer: its own figures, its own voice (not "police figures",
        # "figures from the charity")
        return voice.voice, voice.publisher_text, "own"
    carried = _definite_reference(subj, mentions, voice)
    if carried is not None:
        return carried
    left, right, text = _phrase(subj)
    return None, text, subj.text


def _definite_reference(subj, mentions: _Mentions, voice: _Voice):
    """A reporter named again by a definite description ("A report by the Refugee Council found
    ... . The report also found", "Amnesty International said ... . The group added", "According to
    the Home Office, ... . The department said"): the organisation of the running attribution (a
    few sentences back), else of the previous sentence's subject. Only a bare "the" + singular noun
    of BODY_NOUNS or EVIDENCE_NOUNS (nothing else that could name someone new); None otherwise."""
    lemma = subj.lemma_.lower()
    if subj.tag_ != "NN" or lemma not in BODY_NOUNS | EVIDENCE_NOUNS:
        return None
    kids = list(subj.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids) or any(
            c.dep_ in ("compound", "poss", "nmod", "prep", "appos", "nummod") for c in kids):
        return None
    evidence = lemma in EVIDENCE_NOUNS  # "the report": the one just named with that word, not any body's
    if subj.sent.start > 0:  # the body the previous sentence is about, when it is named there as its subject
        prev_sent = subj.doc[subj.sent.start - 1].sent
        prev = _subject(prev_sent.root)
        if prev is not None and prev.pos_ == "PROPN" and (not evidence or any(t.lemma_.lower() == lemma for t in prev_sent)):
            m = mentions.at(prev.idx)
            if m is not None and m.entity_id and m.label == "ORG":
                return m.entity_id, m.text, f"{subj.text} ({m.text})"
            if m is None:  # a body the reference table does not know ("The Tax Policy Center ... . The group said")
                name = _head_phrase(prev)
                return None, name, f"{subj.text} ({name})"
            return None
    if (voice.last is not None and voice.last[0] and subj.sent.start - voice.last[2] <= 80
            and mentions.label_of.get(voice.last[0]) == "ORG"
            and (not evidence or lemma in voice.last_cue.lower().split())):
        return voice.last[0], voice.last[1], f"{subj.text} ({voice.last[1]})"
    if 0 <= voice.named_at < subj.idx and lemma in PUBLIC_BODY_NOUNS:
        # no other body to stand for, and the document names its publisher ("U.S. Customs and Border
        # Protection today released ... . The agency expects ..."): the publisher, its own voice
        return voice.voice, voice.publisher_text, "own"
    return None


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


def _closed_clause_subject(subj, mentions: _Mentions):
    """The subject of the clause a pronoun reporter closes ("Immigration New Zealand approved
    41,000 visas ..., it said": the reported clause before "it said", or the sentence's main clause
    when the parser hangs "it said" under it), when the pronoun agrees with it and it is a name (not
    "The man was arrested with 200 others, it said"); else None."""
    lower = subj.lower_
    verb = subj.head
    if lower not in PERSONAL or subj.dep_ not in SUBJECT_DEPS:
        return None
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < subj.i]
    root = subj.sent.root
    if root.i != verb.i and root.i < subj.i:
        clauses.append(root)
    for cl in clauses:
        main = _subject(cl)
        if (main is not None and main.i != subj.i and main.lower_ not in PRONOUNS and main.pos_ == "PROPN"
                and _agrees(lower, main, mentions)):
            return main
    return None


def _owner(o, mentions: _Mentions) -> tuple[str | None, str]:
    """(entity_id, text) of the linked entity inside the phrase of ``o`` — the first organisation
    or person ("a poll of Latino voters by Latino Decisions": the pollster, not the voters), else
    the first of any kind — else (None, the phrase). Not a name in a relative clause on the phrase
    ("according to the city's government, which has asked Madrid to ..."), but the clause's agent or
    own subject ("according to figures that were released by Crowdpac")."""
    found = []
    # not a name in a relative clause on the phrase ("..., which has asked Madrid to ...") unless as the
    # clause's agent or own subject: "figures that were released by Crowdpac", "reports Mr. Schoen filed"
    inside = {t.i for c in o.subtree if c.dep_ == "relcl" for t in c.subtree} - {
        t.i for c in o.subtree if c.dep_ == "relcl" for g in c.children
        if g.dep_ == "agent" or g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in RELATIVE for t in g.subtree}
    for tok in o.subtree:
        if tok.i in inside:
            continue
        m = mentions.at(tok.idx)
        if m is not None and m.entity_id and m not in found:
            found.append(m)
    for m in (*[m for m in found if m.label in ("ORG", "PERSON")], *found):
        if o.pos_ == "NOUN" and o.lemma_.lower() in BODY_HEADS and not m.start <= o.idx < m.end:
            return m.entity_id, _phrase(o)[2]  # "according to the prefecture of the Nord": the prefecture
        return m.entity_id, m.text
    return None, _phrase(o)[2]


def _according_to(sent, mentions: _Mentions, q: dict | None = None):
    """The owner of the sentence's "according to X" (or "as per X", its formal synonym: "As per the
    information provided by the Government of Assam, ..."; round 4), as (entity, text, cue words)."""
    for t in sent:
        if t.lower_ in ("according", "as"):
            for c in t.children:
                if (c.lower_ == "to") if t.lower_ == "according" else (c.lower_ == "per" and c.dep_ == "prep"):
                    for o in c.children:
                        if o.dep_ == "pobj" and not _covers(o, q):
                            return (*_owner(o, mentions), _phrase(o)[2])
    return None


def relative_report(anchor):
    """The subject of a reporting relative clause on the figure's noun ("the 700,000 migrants that Libya
    itself says it hosts", "the 5,000 jobs the company says it will create"; night session): the figure
    is given as theirs. The clause must report a clause (not "the 300 people he told")."""
    for c in anchor.children if anchor is not None else ():
        if c.dep_ == "relcl" and c.lemma_.lower() in REPORTING and any(
                g.dep_ == "ccomp" and any(x.dep_ in ("nsubj", "nsubjpass") for x in g.children) for g in c.children):
            # (the reported clause has its subject: "says it hosts"; not the main verb hung under the
            # relative clause, "The four loopholes he cited are ...")
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE), None)
            if subj is not None:
                return subj
        if c.dep_ == "relcl" and (c.lemma_.lower() in CITING or any(
                x.dep_ == "xcomp" and x.lemma_.lower() in CITING for x in c.children)) and not any(
                g.dep_ == "dobj" for g in (c, *c.children) for g in g.children if g.lower_ not in RELATIVE):
            # the figure as what the clause's subject cites ("the 1.5 million the minister keeps repeating"; round 6)
            subj = next((g for g in c.children if g.dep_ == "nsubj" and g.lower_ not in RELATIVE), None)
            if subj is not None:
                return subj
    return None
