"""Which entity a token stands for: its own mention, or, for a pronoun ("it", "he") or a role
noun ("the minister", "the barge"), the entity it refers back to. Shared by quote
attribution and relation reading.

Antecedents prefer the subject of a recent clause (the entity a passage is about), then the
nearest fitting mention before the token. A plural noun counting two ("the two countries",
"both governments") stands for the last pair of conjoined names of that kind ("Spain and
Morocco ... The two countries signed"). Given the reference table's kinds, a definite noun of a
kind ("the charity", "the court", "the scheme"; ``ROLE_KINDS``) stands for the nearest earlier
mention of an entity of that kind; a definite noun that is the head word of a name given before
("the Bulgarian Helsinki Committee ... the committee") stands for that name. An object pronoun
never stands for its own verb's subject ("Rubio ... called him a friend" is not Rubio).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc
from .syntax import phrase as _phrase
from .lexicon import PRONOUN_LABELS, ROLE_KINDS, ROLE_LABELS, FIRST_PLURAL, ACTOR_LABELS

# Plural nouns that, counted as two, stand for a pair named before: the labels the pair may have.
PAIR_NOUNS = {
    "country": ("GPE",), "nation": ("GPE",), "state": ("GPE",), "neighbour": ("GPE",), "neighbor": ("GPE",),
    "ally": ("GPE",), "government": ("GPE", "ORG"), "side": ("GPE", "ORG"), "partner": ("GPE", "ORG"),
    "agency": ("ORG",), "organisation": ("ORG",), "organization": ("ORG",), "body": ("ORG",), "force": ("ORG",),
}
PAIR_WINDOW = 200  # tokens back to the pair; farther than this a "the two countries" is not about it
KIND_WINDOW = 40  # mentions looked back for "the charity" (bounded: cost stays linear)
# a name the model labels LAW is a law for "the law" (any) and for "the act" / "the bill" (one with that word)
LABEL_KINDS = {"LAW": "law"}
GENDER_WINDOW = 8  # PERSON mentions looked back past ones of the other gender ("She ... Donald Trump")
ROLE_CHARS = 300  # characters back to the latest fitting name for a role noun ("the minister"); else the salient one
POSS_CLIMB = 4  # heads climbed from a possessive pronoun to a noun with a named possessor
# head words of names that a definite "the X" does not stand for ("Islamic State ... the state";
# "the party" in political news is mostly the one under discussion, not the last one named)
HEADLESS_NOUNS = frozenset({"state", "party", "people", "house", "world", "time", "week", "year", "day"})
GENDERED = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}


@lru_cache(maxsize=1)
def given_name_genders() -> dict[str, str]:
    """Given name (lower case) -> "m" or "f", from the US Census 1990 given-name lists the
    project already reads for person names (``name_types``: the ``names`` package's
    ``dist.male.first`` / ``dist.female.first``, with each name's share of men or women). A name
    is one gender's when its share there is at least four times the other's ("James" m, "Mary"
    f); names common to both ("Jordan", "Jean") have none."""
    from .name_types import GIVEN_FILES, PACKAGE

    shares = []
    for f in GIVEN_FILES:
        d = {}
        for line in resources.files(PACKAGE).joinpath(f).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) == 4:
                d[fields[0].lower()] = float(fields[1])
        shares.append(d)
    male, female = shares
    out = {}
    for name in sorted(set(male) | set(female)):
        m, w = male.get(name, 0.0), female.get(name, 0.0)
        if m >= 4 * w:
            out[name] = "m"
        elif w >= 4 * m:
            out[name] = "f"
    return out


def _own_subject(pronoun):
    """The subject of the verb a personal pronoun is the object of ("Rubio called him a friend":
    Rubio), which that pronoun cannot stand for (a reflexive would be used); None otherwise."""
    if pronoun.dep_ not in ("dobj", "dative", "iobj") or pronoun.lower_ not in ("him", "her", "them"):
        return None
    return next((c for c in pronoun.head.children if c.dep_ == "nsubj"), None)


def _name_head(span) -> str:
    """The head word of a name, lower case: the word before its first preposition ("Department"
    of Homeland Security, Care "Centre" in Corredores), else its last ("Helsinki Committee");
    read from the words, since the parse inside a name is often wrong."""
    for k in range(1, len(span)):
        if span[k].pos_ == "ADP":
            return span[k - 1].lower_
    return span[-1].lower_


def _through_verb(t, top) -> bool:
    """Whether a verb stands between ``t`` and the head ``top`` of the phrase it is in."""
    x = t.head
    while x.i != top.i and x.head.i != x.i:
        if x.pos_ == "VERB":
            return True
        x = x.head
    return False


@dataclass
class Arg:
    entity_id: str
    label: str
    start: int  # character offsets of the words that name it
    end: int
    text: str


class Resolver:
    def __init__(self, doc: Doc, mentions: list, we: str | None = None, quoted: list[tuple[int, int]] = (),
                 kinds: dict[str, str] | None = None):
        self.we = we  # entity of "we"/"our" in the document's own voice (outside quotations)
        self.kinds = kinds or {}  # entity id -> the reference table's kind, for "the charity"
        self.quoted = list(quoted)
        self.doc = doc
        self.mentions = mentions  # entities.Mention, sorted by start
        self.at = {i: m for m in mentions for i in range(m.start, m.end)}
        self.starts = [m.start for m in mentions]
        # PERSON entity -> "m" / "f", from the given names of its full mentions when they agree and
        # the first of its mentions is one of them: an entity the linker made of "Jane Sanders" and
        # "Bernie Sanders", or of a surname used long before the only full name given ("Fiorina" ...
        # "her husband, Frank Fiorina"), has none
        genders = given_name_genders() if any(m.label == "PERSON" for m in mentions) else {}
        seen: dict[str, set] = {}
        for m in mentions:
            if m.label == "PERSON" and not m.demonym:
                g = genders.get(doc[m.start].lower_) if m.end - m.start >= 2 else None
                if m.entity_id not in seen:
                    seen[m.entity_id] = {g}  # introduced without a given name (None): unknown
                elif g is not None:
                    seen[m.entity_id].add(g)
        self.gender: dict[str, str] = {e: next(iter(g)) for e, g in seen.items() if len(g) == 1 and None not in g}
        self._index()

    def _fits(self, m, tok) -> bool:
        """A mention can be a gendered pronoun's antecedent: not a PERSON of the other gender."""
        want = GENDERED.get(tok.lower_) if tok is not None else None
        return want is None or m.label != "PERSON" or self.gender.get(m.entity_id, want) == want

    def _arg(self, m) -> Arg:
        span = self.doc[m.start:m.end]
        return Arg(m.entity_id, m.label, span.start_char, span.end_char, span.text)

    def _index(self) -> None:
        """Per label, the positions of its (non-demonym) mentions and, after each, the entity
        mentioned most often so far (the most recent on a tie): so that the antecedent and
        salience look-ups cost a binary search, not a scan of every earlier mention."""
        self._at_label: dict[str, list[int]] = {}
        self._best: dict[str, list] = {}
        counts: dict[str, dict[str, int]] = {}
        for j, m in enumerate(self.mentions):
            if m.demonym:
                continue
            c = counts.setdefault(m.label, {})
            c[m.entity_id] = c.get(m.entity_id, 0) + 1
            best = self._best.setdefault(m.label, [])
            positions = self._at_label.setdefault(m.label, [])
            # this mention is the latest, so its entity wins any tie
            if not best or c[m.entity_id] >= c[best[-1].entity_id]:
                best.append(m)
            else:
                best.append(best[-1])
            positions.append(j)

    def _index_pairs(self) -> None:
        """Conjoined names ("Spain and Morocco", "between Italy and Tunisia"), by the position
        of the second, for ``pair``: one pass over the mentions."""
        self._pair_at, self._pairs = [], []
        for m in self.mentions:
            if m.demonym:
                continue
            head = self.doc[m.end - 1]
            first = self.at.get(head.head.i) if head.dep_ == "conj" else None
            if first is not None and first.label == m.label and first.entity_id != m.entity_id and not first.demonym:
                self._pair_at.append(head.i)
                self._pairs.append((first, m))

    def pair(self, tok) -> tuple[Arg, Arg] | None:
        """For "the two countries" / "both governments": the last pair of conjoined names of a
        fitting kind before it (within ``PAIR_WINDOW`` tokens), else None."""
        if tok is None or tok.i in self.at or tok.tag_ not in ("NNS", "NNPS"):
            return None
        labels = PAIR_NOUNS.get(tok.lemma_.lower())
        if labels is None or not any(c.lower_ in ("two", "both") for c in tok.children):
            return None
        if not hasattr(self, "_pairs"):
            self._index_pairs()
        countries = "GPE" in labels and labels != PAIR_NOUNS["side"] and self.kinds

        def fits(m):
            if m.demonym or m.label not in labels:
                return False
            return not countries or m.label != "GPE" or self.kinds.get(m.entity_id) == "country"

        k = bisect.bisect_left(self._pair_at, tok.i) - 1
        while k >= 0 and tok.i - self._pair_at[k] <= PAIR_WINDOW:
            a, b = self._pairs[k]
            if fits(a) and fits(b):
                return self._arg(a), self._arg(b)
            k -= 1
        # no pair written as one: the last two distinct ones named before (within the windows),
        # the one named more often there first (the passage is about it)
        found: dict[str, list] = {}
        j = bisect.bisect_left(self.starts, tok.i) - 1
        for k in range(j, max(-1, j - KIND_WINDOW), -1):
            m = self.mentions[k]
            if tok.i - m.start > PAIR_WINDOW:
                break
            if fits(m) and (m.entity_id in found or len(found) < 2):
                found.setdefault(m.entity_id, [m, 0])[1] += 1
        if len(found) < 2:
            return None
        (a, _), (b, _) = sorted(found.values(), key=lambda x: (-x[1], x[0].start))
        return self._arg(a), self._arg(b)

    def _of_kind(self, tok, labels) -> Arg | None:
        """"the charity" / "this court" / "the scheme": the nearest earlier mention (at most
        ``KIND_WINDOW`` back) of an entity whose reference kind the noun can name."""
        kinds = ROLE_KINDS.get(tok.lemma_.lower()) if self.kinds else None
        if kinds is None or tok.tag_ not in ("NN", "NNP") or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
            return None
        bare = all(c.dep_ == "det" for c in tok.children)  # "the law" (not "the reception law"): also the model's LAW names
        j = bisect.bisect_left(self.starts, tok.i) - 1
        for k in range(j, max(-1, j - KIND_WINDOW), -1):
            m = self.mentions[k]
            kind = self.kinds.get(m.entity_id) or (LABEL_KINDS.get(m.label) if bare and (
                tok.lower_ in ("law", "legislation") or tok.lower_ in self.doc[m.start:m.end].text.lower().split()) else None)
            if not m.demonym and m.label in labels and kind in kinds:
                return self._arg(m)
        return None

    def named_head(self, tok, labels) -> Arg | None:
        """"the committee" / "the department" / "the secretariat": the nearest earlier name (at most
        ``KIND_WINDOW`` mentions back) of several words whose head word is that noun ("the
        Bulgarian Helsinki Committee ... the committee also criticised", "the Department of
        Homeland Security ... sued the department"); a definite singular noun only."""
        if tok.tag_ != "NN" or tok.lower_ in HEADLESS_NOUNS or not any(
                c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return None
        word = tok.lower_
        j = bisect.bisect_left(self.starts, tok.i) - 1
        for k in range(j, max(-1, j - KIND_WINDOW), -1):
            m = self.mentions[k]
            if m.end - m.start > 1 and m.label in labels and not m.demonym and m.end <= tok.i \
                    and _name_head(self.doc[m.start:m.end]) == word:
                return self._arg(m)
        return None

    def _nearest(self, before: int, labels, tok=None, skip: str | None = None) -> Arg | None:
        """The nearest mention of one of ``labels`` before ``before``; for "he" / "she", not a
        person of the other gender (at most ``GENDER_WINDOW`` such skipped per label)."""
        j = bisect.bisect_left(self.starts, before)
        found = -1
        for label in labels:
            positions = self._at_label.get(label, ())
            k = bisect.bisect_left(positions, j) - 1
            stop = k - GENDER_WINDOW
            while k >= 0 and k > stop and (not self._fits(self.mentions[positions[k]], tok)
                                           or self.mentions[positions[k]].entity_id == skip):
                k -= 1
            if k >= 0 and k > stop and positions[k] > found:
                found = positions[k]
        return self._arg(self.mentions[found]) if found >= 0 else None

    def _subject_before(self, before: int, labels, window: int = 80, tok=None) -> Arg | None:
        """The entity that was the subject of a recent clause."""
        doc = self.doc
        for i in range(before - 1, max(-1, before - window), -1):
            t = doc[i]
            if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ in PRONOUN_LABELS:
                continue
            if t.lower_ == "who" and t.head.dep_ == "relcl" and t.head.head.i in self.at:
                t = t.head.head  # "Suu Kyi, who had breakfast with Biden ... She": the relative's noun
            m = self.at.get(t.i)
            if m is not None:
                if m.label in labels and not m.demonym:
                    if not self._fits(m, tok):
                        return None  # "Ayotte ... she drew Trump's ire - he called her": the nearest he, not an older subject
                    return self._arg(m)
                continue
            if t.lower_ in ROLE_LABELS and ROLE_LABELS[t.lower_] in labels:
                found = self.salient(t.i, ROLE_LABELS[t.lower_])
                if found is not None:
                    return found
        return None

    def salient(self, before: int, label: str, whole_document: bool = False) -> Arg | None:
        """For a definite role noun ("the barge", "the minister"): the entity of that type
        mentioned most often so far, the most recent on a tie; with none before it ("will be
        managing this vessel" ahead of the vessel's name) and ``whole_document``, the document's
        main one of that type."""
        j = bisect.bisect_left(self.starts, before)
        positions = self._at_label.get(label, ())
        k = bisect.bisect_left(positions, j) - 1
        if k < 0 and whole_document:
            k = len(positions) - 1
        if k < 0:
            return None
        return self._arg(self._best[label][k])

    def antecedent(self, tok, labels) -> Arg | None:
        """A pronoun's antecedent: a possessive inside a phrase whose head has a person possessor
        is that possessor ("Trump's stance on trade, including his opposition to ..." → Trump);
        else the subject of a recent clause, else the nearest fitting mention, never a person of
        the other gender than "he" / "she" says ("She ... the Trump Organization" is not Donald)."""
        if tok.dep_ == "poss" and tok.lower_ in ("his", "her"):
            x = tok.head
            for _ in range(POSS_CLIMB):
                if x.head is x or x.dep_ not in ("pobj", "prep", "appos", "conj", "dobj", "compound"):
                    break
                x = x.head
                owner = next((c for c in x.children if c.dep_ == "poss" and c.i < tok.i and c.i in self.at), None)
                m = self.at.get(owner.i) if owner is not None else None
                if m is not None and m.label == "PERSON" and "PERSON" in labels and self._fits(m, tok):
                    return self._arg(m)
        own = _own_subject(tok)  # "Rubio ... called him a friend", "He called him weak": not the subject
        if own is not None:
            own = self.at.get(own.i) or (self.antecedent(own, labels) if own.lower_ in GENDERED else None)
        skip = own.entity_id if own is not None else None
        found = self._subject_before(tok.i, labels, tok=tok)
        if found is not None and found.entity_id != skip:
            return found
        return self._nearest(tok.i, labels, tok, skip=skip)

    def entity(self, tok, labels=ACTOR_LABELS) -> Arg | None:
        """The entity a token stands for: its mention, a pronoun's or role noun's antecedent,
        a fitting mention inside its phrase, or for a predicate noun ("X is a vessel owned
        by ...") the subject of its copula."""
        if tok is None:
            return None
        m = self.at.get(tok.i)
        if m is not None:
            return self._arg(m) if m.label in labels else None
        low = tok.lower_
        if low in FIRST_PLURAL and self.we and not any(a <= tok.idx < b for a, b in self.quoted):
            return Arg(self.we, "ORG", tok.idx, tok.idx + len(tok), tok.text)
        if low in PRONOUN_LABELS:
            return self.antecedent(tok, [lab for lab in PRONOUN_LABELS[low] if lab in labels])
        appos = next((c for c in tok.children if c.dep_ == "appos"), None)
        if appos is not None and appos.i in self.at and self.at[appos.i].label in labels:
            # "the company Bibby Line", "the German charity SOS Humanity", "France's asylum office
            # OFPRA": the name in apposition is the noun, not a modifier inside its phrase
            return self.entity(appos, labels)
        for t in _phrase(tok):
            m = self.at.get(t.i)
            if m is not None and m.label in labels and (t.head.i == tok.i or t.dep_ in ("compound", "poss", "pobj", "conj")) \
                    and not _through_verb(t, tok):  # not "the scheme for draining hospitals in Accra"
                return self._arg(m)
        if appos is not None and appos.i in self.at:
            return self.entity(appos, labels)
        found = self._of_kind(tok, labels) or self.named_head(tok, labels)
        if found is not None:
            return found
        if low in ROLE_LABELS and ROLE_LABELS[low] in labels:
            demonstrative = any(c.lower_ in ("this", "that", "these") for c in tok.children)
            # "the minister": the latest person named nearby (a thing, "the barge", is the salient one)
            found = self._nearest(tok.i, [ROLE_LABELS[low]]) if ROLE_LABELS[low] == "PERSON" else None
            if found is not None and tok.idx - found.end <= ROLE_CHARS:
                return found
            found = self.salient(tok.i, ROLE_LABELS[low], whole_document=demonstrative)
            if found is not None:
                return found
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self.entity(subj, labels)
        return None
