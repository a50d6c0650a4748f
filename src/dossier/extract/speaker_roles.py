"""What a speech verb's subject names as the speaker: the entity (directly, or the antecedent of a
pronoun or role noun), else the subject's own words. Moved out of :mod:`.attribution` (which had
grown past 450 lines); used by :mod:`.quotes`.

Official documents add: a title whose name stands in apposition ("Ghana's Minister for the
Interior, Kwesi Mensah, …" — "the Minister" later is Kwesi Mensah); a surname the model did not
tag ("Mr Roe") for the full name before it; the nouns of a body or of its document ("the charity
said", "the report concluded"; ``SPEAKER_ROLES``), which keep their own words and take the entity
of the latest body that spoke; "40 charities led by X" (X's entity).

Added for migration-policy documents:

- **The name in apposition anywhere in the subject's title** ("Minister for Legal Migration and
  the Border, Jane Roe, said:", where the parser hangs the name from "Border" and the old rule
  took the model's ORG "Legal Migration" for the speaker; "said the head of Pidie village, Jane
  Roe"): the person named.
- **A title noun for the latest person named with that title** (:class:`Titles`): "Immigration
  Minister Jane Roe visited …" then, after someone else spoke, "“…,” the minister said" is Jane
  Roe, not the latest speaker. Titles are read where a name is written with them: glued before it
  ("Interior Minister X", "Frontex spokesperson X"), the name in apposition to the title ("the
  Home Secretary, X,", "the Minister for Y, X,") or the title in apposition to the name ("X, the
  interior minister,"). The words before the noun must be in the title too ("the interior
  minister" is not the latest "foreign minister"), and a narrower title is another one ("Vice
  President X" is not "the president", "the press secretary, X" not "the secretary"). Only
  within ``Titles.TOKENS`` tokens: farther back, PolNeAR's "the senator" was more often someone
  named since without the title.
- **A role noun keeps its own words** (round 6): "the minister", "The Florida senator", "the
  spokesman" resolved to a person named before are written as those words, where the quotation's
  attribution names the speaker, with that person's entity (as "the charity said" keeps its words
  and takes the body's entity); a pronoun after it gets the person's name (:meth:`.Voices.add`).
- **A person just introduced with a title** as the main subject of one of the two sentences
  before a pronoun's ("The migration minister, X, rejected the criticism. “…,” he told Y") is
  the pronoun's antecedent when more recent than the latest speaker (:meth:`Titles.introduced`).
- **An unnamed person speaking for a body** ("a spokeswoman for the ministry", "the official",
  "officials at the institute"; ``SPOKES_NOUNS``): the phrase, with its "for/at/of X" part, and
  the body's entity — the body named inside it, a body named with the noun after "for/at" ("the
  institute": the latest "… Institute"), else for "the official" the latest body that spoke. The
  old rule gave "the spokesman said" the text of the latest body (not who spoke) and "a
  spokesman said" the nearest organisation; a person's spokesman ("a spokesman for Clinton")
  has no entity (an aide is someone else, as "Ryan's spokeswoman"). A plural title ("the
  interior ministers of France and Germany said") is read the same way, with no entity when it
  names several bodies.
"""

from __future__ import annotations

import bisect

from . import spans
from .resolve import Arg, Resolver
from .syntax import child
from .lexicon import SPEECH_VERBS as SPEECH_LEMMAS, SPEAKER_LABELS, PRONOUN_LABELS, ROLE_LABELS, SPEAKER_ROLES, \
    NAMED_ROLES, WRITTEN_NOUNS, TITLE_NOUNS, LOOSE_TITLE_WORDS, NARROWING_TITLE_WORDS, SPOKES_NOUNS, SPOKES_TITLES


class Titles:
    """Persons named with a title, in document order, for "the minister said": (first token of the
    name, the title's words in lower case, the mention). A look-up reads at most ``WINDOW`` titled
    names and ``TOKENS`` tokens back (a binary search, then a fixed window): linear in the document."""

    WINDOW = 40
    TOKENS = 300  # farther back, "the senator" is more often someone named since without the title

    def __init__(self, res: Resolver, inside: list[bool]):
        self.res = res
        self.entries: list[tuple[int, frozenset, object]] = []
        for m in res.mentions:
            if m.label == "PERSON" and not m.demonym and not inside[m.start]:
                words = _title_words(res, m)
                if words & (TITLE_NOUNS | SPOKES_TITLES):
                    self.entries.append((m.start, frozenset(words), m))
        self._at = [e[0] for e in self.entries]

    def holder(self, tok) -> Arg | None:
        """The latest person named before ``tok`` with the title ``tok`` heads ("the interior
        minister", "The Home Secretary", "the Minister for Integration"), when ``tok`` is a
        singular title noun with "the" or a possessor; None otherwise."""
        spokes = tok.lower_ in SPOKES_TITLES  # "the spokesman": a named one, not "the ministry's spokesman"
        if (tok.lower_ not in TITLE_NOUNS and not spokes) or tok.tag_ in ("NNS", "NNPS") \
                or not any(c.lower_ == "the" or (c.dep_ == "poss" and not spokes) for c in tok.children):
            return None
        need = {tok.lower_} | {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i}
        need |= {g.lower_ for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")
                 for g in c.children if g.dep_ == "pobj"}
        loose = need & LOOSE_TITLE_WORDS
        need -= LOOSE_TITLE_WORDS - {"former"}
        k = bisect.bisect_left(self._at, tok.i) - 1
        for j in range(k, max(-1, k - self.WINDOW), -1):
            start, words, m = self.entries[j]
            if tok.i - start > self.TOKENS:
                break
            # "Vice President X", "Deputy Minister X", "the former governor X" hold another title
            if need <= words and not (words & NARROWING_TITLE_WORDS) - need - loose:
                return self.res._arg(m)
        return None

    def introduced(self, tok) -> tuple[int, Arg] | None:
        """A person introduced with a title as the main subject of one of the two sentences before
        ``tok``'s ("The migration minister, Nikos Panagiotou, rejected the criticism. “…,” he told
        Skai TV"): (token, who), or None."""
        doc = self.res.doc
        sent = doc[tok.i].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        lo = doc[lo - 1].sent.start if lo > 0 else lo
        k = bisect.bisect_left(self._at, sent.start) - 1
        for j in range(k, max(-1, k - 4), -1):
            start, _, m = self.entries[j]
            if start < lo:
                break
            head = doc[m.end - 1]
            subj = head.head if head.dep_ == "appos" else head
            if subj.dep_ == "nsubj" and subj.head.dep_ == "ROOT" and subj.head.lemma_ not in SPEECH_LEMMAS:
                return start, self.res._arg(m)
        return None


def _title_words(res: Resolver, m) -> set[str]:
    """The words of the title a person's name is written with: glued before it ("Denmark's
    Immigration and Integration Minister Kaare Lindholm"), the title the name stands in apposition
    to ("the Minister for Children, Róisín Gallagher,"), or a title in apposition to the name
    ("Lukas Brandstetter, the interior minister,"). At most a dozen words each."""
    doc = res.doc
    words: set[str] = set((m.role or "").lower().split())
    run, j = [], m.start - 1
    while j >= max(0, m.start - 8) and (doc[j].pos_ in ("NOUN", "PROPN", "ADJ") or doc[j].lower_ == "and") \
            and not doc[j].is_punct and not doc[j].is_space:
        run.append(doc[j].lower_)
        j -= 1
    if run and (run[0] in TITLE_NOUNS or run[0] in SPOKES_TITLES):
        words.update(run)
    head = doc[m.end - 1]
    if head.dep_ == "appos":
        t = head.head
        for _ in range(3):  # "Minister for Legal Migration and the Border, Tobias Hartley": up to "Minister"
            if t.lower_ in TITLE_NOUNS or t.dep_ not in ("pobj", "prep", "conj") or t.head is t:
                break
            t = t.head
        if (t.lower_ in TITLE_NOUNS or t.lower_ in SPOKES_TITLES) and t.i < m.start:  # "the ministry's spokesman, X,"
            words.update(w.lower_ for w in doc[max(t.left_edge.i, m.start - 14):m.start] if w.is_alpha)
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i and c.i not in res.at:
            title = [w.lower_ for w in doc[c.left_edge.i:min(c.right_edge.i + 1, c.left_edge.i + 12)] if w.is_alpha]
            if TITLE_NOUNS.intersection(title):
                words.update(title)
    return words


def _named_in_title(res: Resolver, subj, verb_i: int):
    """A person named in apposition inside a subject's title, closing it ("Minister for Legal
    Migration and the Border, Tobias Hartley, said", "said the head of Pidie village, Muhammad
    Yusuf"), outside its clauses."""
    doc = res.doc
    limit = verb_i if subj.i < verb_i else subj.right_edge.i + 1  # the verb, or the phrase's end
    found = None
    for t in subj.subtree:
        if t.i >= limit:
            break
        if t.dep_ in ("relcl", "acl"):
            return found
        m = res.at.get(t.i)
        if t.dep_ == "appos" and m is not None and m.label == "PERSON" and not m.demonym and t.i != subj.i \
                and all(w.is_punct or w.is_space for w in doc[m.end:limit]):
            found = t
    return found


def spokesperson(res: Resolver, subj, phrase, voices) -> tuple:
    """(text, entity_id, start, end) for an unnamed person speaking for a body (module docstring)."""
    doc = res.doc
    preps = [c for c in subj.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "of", "with", "from", "in")
             and c.i > subj.i]
    end = min(preps[-1].right_edge.i + 1, subj.i + 12) if preps else subj.i + 1
    span = doc[phrase.start:end]
    inner = [res.at[t.i] for t in span if t.i in res.at and t.i != subj.i]
    bodies = {m.entity_id for m in inner if m.label in ("ORG", "GPE", "NORP")}
    body = next((m for m in reversed(inner) if m.label in ("ORG", "GPE", "NORP")), None)
    eid = None
    if len(bodies) > 1:  # "the interior ministers of France and Germany": no one body
        eid = None
    elif body is not None:
        eid = body.entity_id
    elif inner:  # "a spokesman for Clinton": a person's aide is someone else
        eid = None
    elif voices is not None:
        obj = next((g for c in preps for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        arg = voices.body_named(obj) if obj is not None else None  # "officials at the institute"
        if arg is None and obj is None and any(c.lower_ == "the" for c in subj.children):
            arg = voices.antecedent(subj, ["ORG"])  # "the official said": the body that spoke
        eid = arg.entity_id if arg is not None else None
    return span.text, eid, span.start_char, span.end_char


def _role_words(phrase, arg: Arg) -> tuple:
    """A role noun standing for a person named before ("the minister", "The Florida senator"): its
    own words, where the quotation's attribution names the speaker, with that person's entity (as
    a body's noun keeps its words and takes the body's entity)."""
    return phrase.text, arg.entity_id, phrase.start_char, phrase.end_char


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
    if subj.dep_ == "compound" and left > 0 and doc[left - 1].dep_ == "det" and doc[left - 1].head.i == subj.head.i:
        left -= 1  # "“…,” the email read." parsed as a noun: the subject's article hangs from it
    phrase = doc[left:subj.i + 1]
    if m is None and subj.pos_ in ("NOUN", "PROPN"):
        led = next((c for c in subj.children if c.dep_ == "acl" and c.lemma_ in ("lead", "head", "coordinate", "chair")), None)
        by = child(child(led, "agent"), "pobj") if led is not None else None
        lead = next((res.at[t.i] for t in by.subtree if t.i in res.at and res.at[t.i].label in ("PERSON", "ORG")),
                    None) if by is not None else None
        if lead is not None:  # "30 charities led by the Refugee Network wrote", "a group chaired by X": their words, the leader's entity
            return phrase.text, lead.entity_id, phrase.start_char, phrase.end_char
        by = next((g for c in subj.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children
                   if g.dep_ == "pobj" and g.i in res.at and res.at[g.i].label in ("PERSON", "ORG")), None)
        if by is not None:  # "An inspection by the Chief Inspector, Jane Roe, found": the author
            by = next((c for c in by.children if c.dep_ == "appos" and c.i in res.at
                       and res.at[c.i].label == "PERSON"), by)
            arg = res._arg(res.at[by.i])
            return arg.text, arg.entity_id, arg.start, arg.end
        appos = next((c for c in subj.children if c.dep_ == "appos" and c.i in res.at), None)
        if appos is None and subj.head.pos_ in ("VERB", "AUX"):  # "Minister for X and the Border, Name, said"
            appos = _named_in_title(res, subj, subj.head.i)
        if appos is not None:  # "the head of the group, Mike Murphy, said"
            arg = res.entity(appos, SPEAKER_LABELS)
            if arg is not None:
                return arg.text, arg.entity_id, arg.start, arg.end
        titled = voices.titles.holder(subj) if voices is not None and voices.titles is not None else None
        if titled is not None:  # "“…,” the minister said": the latest one named with that title
            return _role_words(phrase, titled)
        if subj.lower_ in SPOKES_NOUNS or (subj.tag_ in ("NNS", "NNPS") and subj.lemma_.lower() in TITLE_NOUNS):
            # "a spokeswoman for the ministry", "the official", "the interior ministers of France and Germany"
            return spokesperson(res, subj, phrase, voices)
        poss = next((c for c in subj.children if c.dep_ == "poss"), None)
        if poss is not None and subj.lemma_.lower() in WRITTEN_NOUNS:  # "Her statement read:", "Kaur's post said"
            arg = speaker_of(res, poss, voices)
            if arg[1] is not None:  # its words, the writer's entity
                return phrase.text, arg[1], phrase.start_char, phrase.end_char
        inner = [res.at[t.i] for t in phrase if t.i in res.at and t.i != subj.i]
        if inner:
            own = inner[-1]
            glued = doc[own.end - 1].idx + len(doc[own.end - 1])
            if own.label == "PERSON" and own.end <= subj.i and subj.pos_ == "PROPN" and subj.is_title \
                    and " " not in spans.text(doc)[glued:subj.idx + len(subj)]:
                # a name the model cut at a hyphen: "minister Stephen Kinnock-Bryce said"
                return spans.text(doc)[doc[own.start].idx:subj.idx + len(subj)], own.entity_id, doc[own.start].idx, \
                    subj.idx + len(subj)
            eid = own.entity_id if own.label in ("ORG", "GPE", "NORP") and own.label in SPEAKER_LABELS else None
            return phrase.text, eid, phrase.start_char, phrase.end_char
    low = subj.lower_
    role = ROLE_LABELS.get(low) or SPEAKER_ROLES.get(low)
    if m is None and voices is not None and role in ("PERSON", "ORG") \
            and any(c.lower_ == "the" for c in subj.children):
        named = low in NAMED_ROLES and role == "ORG"  # "the department said": a body with the word in its name
        arg = voices.body_named(subj) if named else voices.antecedent(subj, [role])  # else the latest who spoke
        if named and arg is None:
            return phrase.text, None, phrase.start_char, phrase.end_char
        if arg is not None and (low not in ROLE_LABELS or role == "ORG"):
            # "the charity / the company said": its words, the body's entity
            return (phrase.text, arg.entity_id, phrase.start_char, phrase.end_char) if arg.entity_id else \
                (phrase.text, None, phrase.start_char, phrase.end_char)
        if arg is not None:
            return _role_words(phrase, arg) if role == "PERSON" else (arg.text, arg.entity_id, arg.start, arg.end)
    arg = res.entity(subj, SPEAKER_LABELS)
    if arg is None and m is None and voices is not None and subj.pos_ == "PROPN":
        arg = voices.surname(subj)  # "Mr Pritchard told MPs" after "Owen Pritchard"
    if arg is not None and m is None and subj.pos_ == "NOUN" and not (
            doc[subj.left_edge.i].idx <= arg.start and arg.end <= doc[subj.right_edge.i].idx + len(doc[subj.right_edge.i])):
        return _role_words(phrase, arg)  # "The longtime senator said": its words, the entity named before
    if arg is not None:
        return arg.text, arg.entity_id, arg.start, arg.end
    return phrase.text, None, phrase.start_char, phrase.end_char
