"""Who a speaker pronoun or role noun stands for in a document's quotations (:class:`Voices`):
the latest one who spoke, read from the quotations attributed so far and the subjects of verbs of
saying outside them, with "he" / "she" agreeing with the person's given name (never the name of a
person of the other gender, even when no one else fits). Split out of
:mod:`.attribution` (module size); used by :mod:`.quotes` and :mod:`.speaker_roles`.
"""

from __future__ import annotations

import bisect

from spacy.attrs import LEMMA

from . import spans
from .attribution import is_speech, speech_subject
from .resolve import GENDERED, Arg, Resolver, given_name_genders
from .lexicon import SPEECH_VERBS

# Honorifics that say a person's gender ("Ms. Fiorina"), for "he" / "she".
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}


class Voices:
    """Who a speaker pronoun ("he said", "she added") stands for. In news prose it is the last
    one who spoke: the latest named speaker of a quotation or named subject of a verb of saying
    outside the quotations ("Ginsburg said that ..."; what a quoted sentence names is not who
    speaks); failing that, the latest named subject of any clause outside quotations, then the
    nearest fitting mention outside them. "he" and "she" skip a person of the other gender (known
    from a full name's given name, the US Census lists of :func:`.resolve.given_name_genders`, or
    a "Mr"/"Mrs"/"Ms" before the name): "Clinton, for her part, sided with Guardian. “…,” she said"
    is Clinton even when Don Guardian spoke last. Look-ups are binary searches or read a fixed
    window back: linear in the document."""

    WINDOW = 80

    def __init__(self, res: Resolver, inside: list[bool], titles=None):
        self.res, self.inside, self.titles = res, inside, titles  # titles: speaker_roles.Titles
        doc = res.doc
        self._surnames: dict[str, list] = {}  # last word of a full PERSON name -> its mentions, in order
        for m in res.mentions:
            if m.label == "PERSON" and not m.demonym and m.end - m.start >= 2:
                self._surnames.setdefault(doc[m.end - 1].lower_, []).append(m)
        self.said: list[tuple[int, Arg]] = []  # (token index, who) named subjects of verbs of saying
        for i in spans.tokens_where(doc, LEMMA, SPEECH_VERBS):
            v = doc[i]
            if inside[i] or not is_speech(v):
                continue
            subj = speech_subject(v)
            arg = self.named(subj) if subj is not None and not inside[subj.i] else None
            if arg is None and subj is not None and titles is not None and not inside[subj.i]:
                arg = titles.holder(subj)  # "The minister said the closure …": the titled one
            if arg is None and subj is not None and not inside[subj.i]:  # "His partner, Lawrence Cummings, called"
                appos = next((c for c in subj.children if c.dep_ == "appos"), None)
                subj, arg = (appos, self.named(appos)) if appos is not None else (subj, None)
            if arg is not None:
                self.said.append((subj.i, arg))
        self.said.sort(key=lambda p: p[0])
        self._said_at = [p[0] for p in self.said]
        self.spoken: dict[str, list[tuple[int, Arg]]] = {}  # label -> (token index, speaker) of named speakers, in order
        self._genders = given_name_genders() if res.gender or any(m.label == "PERSON" for m in res.mentions) else {}

    def gender(self, arg: Arg) -> str | None:
        """"m" / "f" for a PERSON: its entity's (a full mention's given name), else the given name
        of its own words, else an honorific right before them; None when unknown."""
        if arg.label != "PERSON":
            return None
        g = self.res.gender.get(arg.entity_id) if arg.entity_id else None
        words = arg.text.split()
        if g is None and len(words) >= 2:
            g = self._genders.get(words[0].lower())
        if g is None:
            before = spans.text(self.res.doc)[max(0, arg.start - 5):arg.start].lower().split()
            g = HONORIFIC_GENDER.get(before[-1].rstrip(".")) if before else None
        return g

    def fits(self, arg: Arg, tok) -> bool:
        """``arg`` can be what ``tok`` ("he", "she") stands for: not a person of the other gender."""
        want = GENDERED.get(tok.lower_) if tok is not None else None
        return want is None or arg.label != "PERSON" or self.gender(arg) in (None, want)

    def surname(self, tok) -> Arg | None:
        """The latest full name before ``tok`` whose last word ``tok`` is ("Mr Pritchard" after
        "Owen Pritchard"): one dictionary look-up and a binary search."""
        found = self._surnames.get(tok.lower_)
        if not found:
            return None
        k = bisect.bisect_left([m.start for m in found], tok.i) - 1
        return self.res._arg(found[k]) if k >= 0 else None

    def body_named(self, tok) -> Arg | None:
        """For "the department" / "the council": the latest body named with that word ("Department
        for Work", "Northtown Council") among the 40 mentions before, outside quotations."""
        res = self.res
        j = bisect.bisect_left(res.starts, tok.i) - 1
        for k in range(j, max(-1, j - 40), -1):
            m = res.mentions[k]
            if m.label == "ORG" and not m.demonym and not self.inside[m.start] \
                    and tok.lower_ in {t.lower_ for t in res.doc[m.start:m.end]}:
                return res._arg(m)
        return None

    def named(self, tok) -> Arg | None:
        """The named entity a token is: its mention, or a proper noun the model did not tag
        ("Gorka declared"), taken as a PERSON with its compound name words."""
        m = self.res.at.get(tok.i)
        if m is not None:
            return None if m.demonym else self.res._arg(m)
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.i in self.res.at), None)
        if appos is not None and self.res.at[appos.i].label in ("PERSON", "ORG") and not self.res.at[appos.i].demonym:
            return self.res._arg(self.res.at[appos.i])  # "Kenya's Cabinet Secretary, Joseph Kiptoo, signed"
        if tok.ent_type_ not in ("", "PERSON"):
            return None  # the model's DATE, GPE ... ("Carson noted that Saturday would have been")
        if tok.pos_ == "PROPN" and tok.is_title and self.surname(tok) is not None:
            return self.surname(tok)
        if tok.pos_ == "PROPN" and tok.is_title:
            left = tok.i
            while left > 0 and tok.doc[left - 1].dep_ == "compound" and tok.doc[left - 1].pos_ == "PROPN" \
                    and tok.doc[left - 1].head.i == tok.i:
                left -= 1
            span = tok.doc[left:tok.i + 1]
            return Arg(None, "PERSON", span.start_char, span.end_char, span.text)
        return None

    def add(self, tok_i: int, label: str | None, speaker: tuple) -> None:
        """A named speaker, at the token that names it (or the pronoun that stood for it). A role
        noun's words ("the minister", with the person's entity) stand for the latest mention of
        that entity before them, so that a pronoun after it gets the name."""
        if label is None and speaker[1] is not None and speaker[2] is not None:
            named = self._mention_of(speaker[1], tok_i)
            if named is not None and not named.start <= speaker[2] < named.end:
                label, speaker = named.label, (named.text, named.entity_id, named.start, named.end)
        if label is not None and speaker[2] is not None:
            self.spoken.setdefault(label, []).append((tok_i, Arg(speaker[1], label, speaker[2], speaker[3], speaker[0])))

    def _mention_of(self, entity_id: str, before: int) -> Arg | None:
        """The latest mention of ``entity_id`` before token ``before`` among the 40 mentions before it."""
        res = self.res
        j = bisect.bisect_left(res.starts, before) - 1
        for k in range(j, max(-1, j - 40), -1):
            m = res.mentions[k]
            if m.entity_id == entity_id and not m.demonym and m.label == "PERSON":
                return res._arg(m)
        return None

    def _latest_spoken(self, tok, labels, g=None) -> tuple[int, Arg] | None:
        """The latest named speaker of a quotation before ``tok`` that fits ``g`` (20 back at most)."""
        best = None
        for lab in labels:
            for i, arg in reversed(self.spoken.get(lab, ())[-20:]):
                if i < tok.i and self.fits(arg, g):
                    if best is None or i > best[0]:
                        best = (i, arg)
                    break
        return best

    def _latest_said(self, before: int, labels, tok=None) -> tuple[int, Arg] | None:
        k = bisect.bisect_left(self._said_at, before) - 1
        for j in range(k, max(-1, k - 20), -1):
            i, arg = self.said[j]
            if arg.label in labels and self.fits(arg, tok):
                return i, arg
        return None

    def said_in(self, start: int, end: int, labels) -> tuple[int, Arg] | None:
        """The latest named subject of a verb of saying among tokens ``start``..``end``."""
        k = bisect.bisect_left(self._said_at, end) - 1
        while k >= 0 and self.said[k][0] >= start:
            if self.said[k][1].label in labels:
                return self.said[k]
            k -= 1
        return None

    def _subject_before(self, before: int, labels, tok=None) -> tuple[int, Arg] | None:
        res, doc, inside = self.res, self.res.doc, self.inside
        for i in range(before - 1, max(-1, before - self.WINDOW), -1):
            if inside[i]:
                continue
            if doc[i].dep_ in ("nsubj", "nsubjpass"):
                arg = self.named(doc[i])
                if arg is not None and arg.label in labels and self.fits(arg, tok):
                    return i, arg
        return None

    def _best(self, tok, labels, gendered) -> tuple[int, Arg] | None:
        """The latest of: the latest named speaker, the latest named subject of a verb of saying
        (else the latest named subject), a person just introduced with a title; with ``gendered``,
        each the latest that fits "he" / "she"."""
        g = tok if gendered else None
        spoken = self._latest_spoken(tok, labels, g)
        said = self._latest_said(tok.i, labels, g)
        cands = (spoken, said) if (spoken or said) else (self._subject_before(tok.i, labels, g),)
        best = max((p for p in cands if p is not None), key=lambda p: p[0], default=None)
        new = self.titles.introduced(tok) if self.titles is not None and "PERSON" in labels else None
        if new is not None and (not gendered or self.fits(new[1], tok)) and (best is None or new[0] > best[0]):
            best = new  # a person just introduced with a title
        return best

    def _lead_before(self, tok, labels) -> tuple[int, Arg] | None:
        """For a pronoun after a quotation opening its sentence ("Sanders wasn't impressed. “…,” he
        noted"): the named main-clause subject of the sentence before, when it names no one else
        outside that subject ("Obama consultant Cornell Belcher, …, picked up the thread.")."""
        doc, inside = self.res.doc, self.inside
        sent = doc[tok.i].sent
        if sent.start == 0 or not inside[sent.start] or inside[tok.i]:
            return None
        prev = doc[sent.start - 1].sent
        subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or inside[subj.i] or prev.root.pos_ not in ("VERB", "AUX"):
            return None
        arg = self.named(subj)
        if arg is None or arg.label not in labels or not self.fits(arg, tok):
            return None
        own = range(subj.left_edge.i, subj.right_edge.i + 1)  # "Obama consultant Cornell Belcher, …,"
        others = {self.res.at[t.i].entity_id for t in prev if t.i in self.res.at and not inside[t.i]
                  and t.i not in own and self.res.at[t.i].label == arg.label}
        return (subj.i, arg) if others <= {arg.entity_id} else None

    def _thing_before(self, tok) -> Arg | None:
        """For "it" speaking: the latest main-clause subject before it in its sentence or the one
        before, when that subject is a thing named by a singular common noun ("Trump's campaign backtracked. … it said",
        "The group's statement … It added"): its phrase (with its body's entity, as
        :func:`.speaker_roles.speaker_of` reads it). None when that subject names an entity or a
        person (the usual rules decide). For "they", the same with a plural common noun
        ("Colombian officials reacted with anger. “…,” they said": the officials, not the latest
        country named)."""
        from .speaker_roles import speaker_of

        doc, inside = self.res.doc, self.inside
        tag = "NNS" if tok.lower_ == "they" else "NN"
        sent = doc[tok.i].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i in range(tok.i - 1, lo - 1, -1):
            t = doc[i]
            main = t.head.dep_ == "ROOT" or (t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            if inside[i] or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON" or not main:
                continue
            if t.i in self.res.at or t.pos_ != "NOUN" or t.tag_ != tag:
                return None
            text, eid, start, end = speaker_of(self.res, t, self)
            return Arg(eid, "ORG", start, end, text) if start is not None else None
        return None

    def antecedent(self, tok, labels) -> Arg | None:
        res, inside = self.res, self.inside
        if tok.lower_ in ("it", "they") and tok.dep_ == "nsubj" and is_speech(tok.head):
            thing = self._thing_before(tok)
            if thing is not None:
                return thing
        best = self._best(tok, labels, False)
        if best is not None and not self.fits(best[1], tok):  # "she" after Don Guardian spoke: the latest she
            best = self._best(tok, labels, True)  # none: not the one of the other gender either
        lead = self._lead_before(tok, labels)
        if lead is not None and (best is None or lead[0] > best[0]):
            best = lead
        if best is not None:
            return best[1]
        for i in range(tok.i - 1, max(-1, tok.i - self.WINDOW), -1):
            m = res.at.get(i)
            if m is not None and not inside[i] and m.label in labels and not m.demonym and self.fits(res._arg(m), tok):
                return res._arg(m)
        return res.antecedent(tok, labels)
