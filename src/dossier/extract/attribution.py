"""Who a quotation is attributed to: the speech verb that reports it and its subject, read from
the parse, and who a speaker pronoun or role noun stands for (:class:`Voices`). Used by
:mod:`.quotes`, which pairs the marks and writes the rows.

A verb of saying attributes a quotation when it governs it or stands next to it, before ("X
told the crowd: “…") or after ("“…,” X said", also after a quotation of several sentences, but
not a new sentence after a closing full stop: "“… .” Y said the world …"). Its subject is the
speaker; when the parser gave it none ("“…,” Trump barked" read as a compound) the name next to
it is. Failing a verb of saying, the subject of the verb the quotation hangs from, when it names
someone ("Clinton decried the GOP for “…”").
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA
from spacy.tokens import Doc

from . import spans
from .resolve import Arg, Resolver
from .syntax import subject_of
from .lexicon import SPEECH_VERBS, SPEECH_NOUNS, ACCUSATION_CUES, SPEAKER_LABELS, PRONOUN_LABELS, ROLE_LABELS


def speaker_of(res: Resolver, subj, voices: "Voices | None" = None) -> tuple[str | None, str | None, int | None, int | None]:
    """(text, entity_id, start, end) of the speaker a subject token names: the entity (directly,
    or the antecedent of a pronoun or role noun), else the subject's own words ("Ministers").

    A name inside the phrase stands for the speaker only when it is the speaker: "A Home Office
    spokesperson" speaks for the Home Office, but "Ryan's spokeswoman" is not Ryan (a person's
    aide is someone else), so the speaker is then the phrase itself."""
    doc = res.doc
    if subj.lower_ in ("who", "that", "which") and subj.head.dep_ == "relcl" and subj.head.head.i in res.at:
        subj = subj.head.head  # "a surrogate who said ...": the surrogate
    m = res.at.get(subj.i)
    if m is None and subj.lower_ in PRONOUN_LABELS and voices is not None:
        arg = voices.antecedent(subj, [lab for lab in PRONOUN_LABELS[subj.lower_] if lab in SPEAKER_LABELS])
        if arg is not None:
            return arg.text, arg.entity_id, arg.start, arg.end
    left = min(t.i for t in subj.subtree if t.dep_ not in ("relcl", "acl", "prep", "appos", "punct") or t.i == subj.i)
    left = next((t.i for t in doc[left:subj.i + 1] if not t.is_punct and not t.is_space), subj.i)
    phrase = doc[left:subj.i + 1]
    if m is None and subj.pos_ in ("NOUN", "PROPN"):
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.i in res.at), None)
        if appos is not None:  # "the head of the group, Mike Murphy, said"
            arg = res.entity(appos, SPEAKER_LABELS)
            if arg is not None:
                return arg.text, arg.entity_id, arg.start, arg.end
        inner = [res.at[t.i] for t in phrase if t.i in res.at and t.i != subj.i]
        if inner:
            own = inner[-1]
            eid = own.entity_id if own.label in ("ORG", "GPE", "NORP") and own.label in SPEAKER_LABELS else None
            return phrase.text, eid, phrase.start_char, phrase.end_char
    low = subj.lower_
    if m is None and voices is not None and low in ROLE_LABELS and ROLE_LABELS[low] in ("PERSON", "ORG") \
            and any(c.lower_ == "the" for c in subj.children):
        arg = voices.antecedent(subj, [ROLE_LABELS[low]])  # "the minister said": the latest who spoke
        if arg is not None:
            return arg.text, arg.entity_id, arg.start, arg.end
    arg = res.entity(subj, SPEAKER_LABELS)
    if arg is not None:
        return arg.text, arg.entity_id, arg.start, arg.end
    return phrase.text, None, phrase.start_char, phrase.end_char


class Voices:
    """Who a speaker pronoun ("he said", "she added") stands for. In news prose it is the last
    one who spoke: the latest named speaker of a quotation or named subject of a verb of saying
    outside the quotations ("Ginsburg said that ..."; what a quoted sentence names is not who
    speaks); failing that, the latest named subject of any clause outside quotations, then the
    nearest fitting mention outside them. Gender-agnostic: "he" and "she" both take the latest
    PERSON. Look-ups are binary searches or read a fixed window back: linear in the document."""

    WINDOW = 80

    def __init__(self, res: Resolver, inside: list[bool]):
        self.res, self.inside = res, inside
        doc = res.doc
        self.said: list[tuple[int, Arg]] = []  # (token index, who) named subjects of verbs of saying
        for i in spans.tokens_where(doc, LEMMA, SPEECH_VERBS):
            v = doc[i]
            if inside[i] or not is_speech(v):
                continue
            subj = speech_subject(v)
            arg = self.named(subj) if subj is not None and not inside[subj.i] else None
            if arg is not None:
                self.said.append((subj.i, arg))
        self.said.sort(key=lambda p: p[0])
        self._said_at = [p[0] for p in self.said]
        self.last: dict[str, tuple[int, Arg]] = {}  # label -> (token index, speaker) of the latest named speaker

    def named(self, tok) -> Arg | None:
        """The named entity a token is: its mention, or a proper noun the model did not tag
        ("Gorka declared"), taken as a PERSON with its compound name words."""
        m = self.res.at.get(tok.i)
        if m is not None:
            return None if m.demonym else self.res._arg(m)
        if tok.pos_ == "PROPN" and tok.is_title:
            left = tok.i
            while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].pos_ == "PROPN" \
                    and tok.doc[left - 1].head.i == tok.i:
                left -= 1
            span = tok.doc[left:tok.i + 1]
            return Arg(None, "PERSON", span.start_char, span.end_char, span.text)
        return None

    def add(self, tok_i: int, label: str | None, speaker: tuple) -> None:
        """A named speaker, at the token that names it (or the pronoun that stood for it)."""
        if label is not None and speaker[2] is not None:
            self.last[label] = (tok_i, Arg(speaker[1], label, speaker[2], speaker[3], speaker[0]))

    def _latest_said(self, before: int, labels) -> tuple[int, Arg] | None:
        k = bisect.bisect_left(self._said_at, before) - 1
        for j in range(k, max(-1, k - 20), -1):
            i, arg = self.said[j]
            if arg.label in labels:
                return i, arg
        return None

    def _subject_before(self, before: int, labels) -> tuple[int, Arg] | None:
        res, doc, inside = self.res, self.res.doc, self.inside
        for i in range(before - 1, max(-1, before - self.WINDOW), -1):
            if inside[i]:
                continue
            if doc[i].dep_ in ("nsubj", "nsubjpass"):
                arg = self.named(doc[i])
                if arg is not None and arg.label in labels:
                    return i, arg
        return None

    def antecedent(self, tok, labels) -> Arg | None:
        res, inside = self.res, self.inside
        spoken = max((self.last[lab] for lab in labels if lab in self.last and self.last[lab][0] < tok.i),
                     key=lambda p: p[0], default=None)
        said = self._latest_said(tok.i, labels)
        subject = self._subject_before(tok.i, labels)
        cands = (spoken, said) if (spoken or said) else (subject,)
        best = max((p for p in cands if p is not None), key=lambda p: p[0], default=None)
        if best is not None:
            return best[1]
        for i in range(tok.i - 1, max(-1, tok.i - self.WINDOW), -1):
            m = res.at.get(i)
            if m is not None and not inside[i] and m.label in labels and not m.demonym:
                return res._arg(m)
        return res.antecedent(tok, labels)


def speech_subject(verb):
    """The speaker's token: subject (a passive's too, except for accusations: "X was accused"),
    else the agent ("was said by X"), else that of the verb it is chained to; for "Y quoted X as
    saying", X."""
    head = verb
    for _ in range(3):  # "quoted X as saying": saying <- as <- quoted
        head = head.head
        if head.lemma_ == "quote" and head is not verb:
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            break
        if head.head is head:
            break
    return subject_of(verb, ("nsubj", "nsubjpass"), agent=True,
                      skip=lambda v, c: c.dep_ == "nsubjpass" and v.lemma_ in ACCUSATION_CUES)


def is_speech(t) -> bool:
    return t.lemma_.lower() in SPEECH_VERBS and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))


def window(q, sents, sent_starts, text: str) -> list:
    """The sentences that can attribute a quotation: the one it starts in, the one introducing
    it (the parser may start a new sentence at the mark after "said:"), the one it ends in
    ("“… .” Espinoza said" after a quote of several sentences) and the one right after its
    closing mark when the parser cut there."""
    first = bisect.bisect_right(sent_starts, q.start) - 1
    lo = bisect.bisect_right(sent_starts, max(0, q.open - 1)) - 1 if q.open else first
    last = bisect.bisect_right(sent_starts, max(q.start, q.end - 1)) - 1
    hi = last
    close = q.end + 1 if q.closed else q.end
    if hi + 1 < len(sents) and not text[close:sents[hi + 1].start_char].strip(" ,\n\t”\"’"):
        hi += 1
    return sents[min(lo, first):hi + 1]


def _loosespeech_subject(res: Resolver, v, end_tok: int, inside):
    """The speaker next to a verb of saying the parser gave no subject ("“…,” Trump barked" read
    as a compound, "“…,” Ramos, 58, told AFP"): the first name or pronoun between the closing
    mark and the verb, else a name right after the verb ("said Bolton")."""
    doc = v.doc
    for t in doc[end_tok:v.i]:
        if inside[t.i] or t.is_punct or t.is_space:
            continue
        if t.i in res.at and res.at[t.i].label in SPEAKER_LABELS:
            m = res.at[t.i]
            return doc[m.end - 1]
        if t.lower_ in PRONOUN_LABELS and t.pos_ == "PRON":
            return t
        if t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
            return None
    for t in doc[v.i + 1:min(len(doc), v.i + 3)]:
        if t.i in res.at and res.at[t.i].label in SPEAKER_LABELS and not inside[t.i]:
            return doc[res.at[t.i].end - 1]
    return None


def _left_name(res: Resolver, v, inside):
    """A name right before a verb of saying that has no subject in the parse ("…, her adviser,
    Jake Sullivan, said: “…" read as an apposition of something earlier)."""
    doc = v.doc
    for i in range(v.i - 1, max(-1, v.i - 4), -1):
        t = doc[i]
        if inside[i]:
            return None
        if t.is_punct or t.is_space:
            continue
        m = res.at.get(i)
        return doc[m.end - 1] if m is not None and m.label in ("PERSON", "ORG") else None
    return None


def attribute(q, span, window, inside, text: str, end_tok: int, res: Resolver):
    """(cue token, subject token) from the speech verbs of the window outside every quotation:
    one that governs the quotation or stands next to it ("…,” X said", "X said: “…", "X told the
    crowd: “…"), nearest first; else the subject of the verb the quotation hangs from ("Clinton
    decried the GOP for “…”"), when that subject names someone. (None, None) if neither."""
    ancestors = {a.i for a in span.root.ancestors}  # ``end_tok``: the first token after the words
    verbs = [t for s in window for t in s if not inside[t.i] and is_speech(t)]
    verbs.sort(key=lambda t: (0 if t.i in ancestors else 1, min(abs(t.i - span.start), abs(t.i - end_tok))))
    cue_only = None
    for v in verbs:
        governs = v.i in ancestors
        if v.i >= end_tok:
            if text[q.end - 1:q.end] == "." and any(c.dep_ in ("ccomp", "dobj") and c.i > v.i for c in v.children):
                continue  # “… .” Penwell said the world …: a new sentence reporting something else
            between = v.doc[end_tok:v.i]
            adjacent = v.i - end_tok <= 4 or (
                len(between) <= 16 and not any(t.pos_ in ("VERB", "AUX") for t in between)
                and not any(t.text in ".!?" for t in between))
        else:
            gap = v.doc[v.i + 1:span.start]
            lead = text[v.idx + len(v):q.open].strip()
            adjacent = lead in (":", ",", "") or (
                len(gap) <= 8 and lead[-1:] in (":", ",") and not any(t.pos_ in ("VERB", "AUX") for t in gap))
        if not (governs or adjacent):
            continue
        subj = speech_subject(v)
        if v.lemma_ in ACCUSATION_CUES and v.i < span.start and subj is None:
            continue  # "was accused of “…”": the accusation branch decides
        if subj is not None and not inside[subj.i]:
            return v, subj
        subj = _loosespeech_subject(res, v, end_tok, inside) if v.i >= end_tok else _left_name(res, v, inside)
        if subj is not None:
            return v, subj
        cue_only = cue_only or v
    for a in span.root.ancestors:  # a noun of saying with its owner: "Trump's claim that “…”"
        if inside[a.i]:
            continue
        if a.pos_ in ("VERB", "AUX") and (a.dep_ not in ("acl", "relcl") or any(c.dep_ == "nsubj" for c in a.children)):
            break  # a clause with its own speaker; a noun's clause ("claim that there have been") goes on
        if a.lemma_.lower() in SPEECH_NOUNS:
            poss = next((c for c in a.children if c.dep_ == "poss" and c.lower_ not in PRONOUN_LABELS), None)
            if poss is not None and poss.i in res.at:
                return a, poss
    for a in span.root.ancestors:  # the verb the quotation hangs from, outside it
        if inside[a.i] or a.pos_ not in ("VERB", "AUX"):
            continue
        subj = speech_subject(a)
        if subj is not None and not inside[subj.i]:
            return a, subj
        break
    return cue_only, None


def label_at(res: Resolver, doc: Doc, start: int | None, end: int | None) -> str | None:
    """The label of the mention at the start of a speaker's words, if they are one."""
    span = doc.char_span(start, end, alignment_mode="expand") if start is not None else None
    m = res.at.get(span.start) if span is not None else None
    return m.label if m is not None else None


def inside_marks(doc: Doc, raw: list[RawQuote]) -> list[bool]:
    """Per token: inside some quotation (its words or its marks)."""
    inside = [False] * len(doc)
    for q in raw:
        span = doc.char_span(q.open, min(len(spans.text(doc)), q.end + (1 if q.closed else 0)), alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                inside[i] = True
    return inside


def voice_changed(doc, res: Resolver, inside, start_tok: int, end_tok: int, speaker_id) -> bool:
    """Whether someone else is the named subject of a main clause in a sentence between two
    quotations: the words after it are then theirs, not the previous speaker's. The sentence
    that attributes the first quotation does not count ("…,” Obama said at the dinner, where
    Clinton also spoke. “…”)."""
    if start_tok < len(doc):
        start_tok = max(start_tok, doc[start_tok].sent.end)
    for i in range(start_tok, end_tok):
        if inside[i]:
            continue
        t = doc[i]
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            m = res.at.get(i)
            if m is not None and m.label in ("PERSON", "ORG") and m.entity_id != speaker_id:
                return True
    return False
