"""Who a quotation is attributed to: the speech verb that reports it and its subject, read from
the parse (who a speaker pronoun stands for is :class:`.voices.Voices`). Used by :mod:`.quotes`,
which pairs the marks and writes the rows; what the subject token names (a name, a role noun, a
body's noun, a spokesperson) is decided in :mod:`.speaker_roles`.

A verb of saying attributes a quotation when it governs it or stands next to it, before ("X
told the crowd: “…") or after ("“…,” X said", also after a quotation of several sentences, but
not a new sentence after a closing full stop: "“… .” Y said the world …"). Its subject is the
speaker (the one outside the quotation when the parser gave it two); when the parser gave it
none ("“…,” Trump barked" read as a compound) the name next to it is, the person rather than the
place in a title ("Tulsa police Chief Chuck Jordan said"). A participle of saying speaks for the
subject of the clause a preposition ties it to ("by saying") or for the owner of the statement
it describes ("Rubio's campaign sent out a release saying"). Failing a verb of saying, the
subject of the verb the quotation hangs from, when it names someone ("Clinton decried the GOP for
“…”"), or of the verb whose that-clause holds it ("Hewlett sniped that Fiorina was “…”").
The sentence after a quotation is read only in the same paragraph, and a verb there with an
object of its own ("What Romney has said …") reports something else. A verb of saying after the
quotation that the parser gave two subjects ("His final assessment: “…,” he said") has the one
between the mark and the verb for speaker; a relative clause of saying on a thing made to carry
words, object of its maker's verb ("The Washington Post ran a piece that noted …"), speaks for the
maker.

Official documents add: an opening participle the parser took for the subject ("Responding to the
bill, Jane Roe, director of …, said:" — the name in apposition speaks); a title whose name stands
in apposition as an antecedent ("Ghana's Minister for the Interior, Kwesi Mensah, …"); a surname
the model did not tag ("Mr Roe") for the full name before it; a dateline the parser made a second
subject ("ROME — Italy's interior minister, X, told …": the minister speaks, not Rome).

Signatures and colon introductions ("“…” ― Carla Sanchez", "Jeffrey M. Jones: “…”") are read in
:mod:`.speaker_signs`.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

from . import spans
from .resolve import Resolver
from .syntax import child, subject_of
from .speaker_signs import left_name, loose_speech_subject
from .lexicon import SPEECH_VERBS, SPEECH_NOUNS, ACCUSATION_CUES, SPEAKER_LABELS, PRONOUN_LABELS, SPEECH_FORMS, WRITTEN_NOUNS


def speech_subject(verb):
    """The speaker's token: subject (a passive's too, except for accusations: "X was accused"),
    else the agent ("was said by X"), else that of the verb it is chained to; for "Y quoted X as
    saying", X."""
    noun = _noun_verb(verb)
    if noun is not None:  # "“…,” the email read.": the parser's compound
        return noun
    head = verb
    for _ in range(3):  # "quoted X as saying": saying <- as <- quoted
        head = head.head
        if head.lemma_ == "quote":  # "X quoted Y (as saying)": Y speaks, also when "quoted" is the cue itself
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            break
        if head.head.i == head.i:
            break
    outer = _reporter(verb)
    if outer is not None:
        return speech_subject(outer)
    if verb.tag_ in ("VBD", "VBZ") and verb.i > 0 and verb.doc[verb.i - 1].text in CLOSING_MARKS \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        # the speaker after the verb, read as its object: "“How big is that wall?” asked the boy",
        # "“…,” added another Republican", "“…,” read the email"
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is not None:
            return obj
    subj = subject_of(verb, ("nsubj", "nsubjpass"), agent=True,
                      skip=lambda v, c: (c.dep_ == "nsubjpass" and v.lemma_ in ACCUSATION_CUES) or _dateline(c)
                      or c.text in DASHES or _place_beside(v, c))  # a dash or a place the parser made a subject
    if subj is not None:
        subj = _dateline_appos(subj) or subj
    if subj is not None and subj.tag_ in ("WP", "WDT") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.head.i \
            and is_speech(verb):
        # "a surrogate who said …": the noun the relative clause belongs to (for a verb of saying
        # only: "the police, which will act as a “centre”" is no speaker)
        subj = subj.head.head
        maker = _maker(subj)
        subj = maker if maker is not None else subj
    opener = verb.doc[verb.sent.start]
    if (subj is not None and subj.pos_ == "VERB" and subj.tag_ in ("VBG", "VBN")) or (
            subj is None and verb.tag_ in ("VBD", "VBZ") and opener.tag_ in ("VBG", "VBN") and opener.i < verb.i):
        # an opening participle read as the subject, or as the root leaving the verb without one:
        # "Responding to the bill, Amara Nwosu, …, said" — the name set off by a comma
        set_off = [t for t in verb.doc[opener.i:verb.i] if t.dep_ in ("appos", "conj") and t.ent_type_ in ("PERSON", "ORG")
                   and t.doc[t.left_edge.i - 1].text == ","]
        subj = next((t for t in set_off if t.ent_type_ == "PERSON"), set_off[0] if set_off else subj)
    if subj is None and verb.tag_ in ("VBG", "VBN") and verb.pos_ == "VERB":
        return _participle_owner(verb)
    return subj


AGENT_TYPES = {"PERSON", "ORG", "NORP", "GPE"}


def _reporter(verb):
    """The verb of saying whose speaker a participle of saying with no subject speaks for, when
    the parser hung it on the clause that verb reports: "X said the process could be “messy,”
    adding, “…”" (on the clause), "saying that the bill … was waylaid … and arguing that “…”",
    "tweeting that it was a “disaster” and asking, “…”" (coordinated with a verb of it), "said the
    deadlock has kept us safe before claiming that “…”" (tied by a preposition). Not when the
    clause's own subject is someone ("Trump said Clinton lied, adding …" stays open to Clinton's),
    and not when the participle hangs on a verb of saying of its own ("X added, saying")."""
    if (verb.tag_ != "VBG" and verb.dep_ != "conj") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # a finite verb too when coordinated: "said Rubio's plan would give … and called him “…”"
    if verb.dep_ == "advcl":
        host, strict = verb.head, False
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        host, strict = verb.head.head, True
    elif verb.dep_ == "conj":
        host, strict = verb.head, True
        for _ in range(4):
            if host.dep_ != "conj" or host.head.i == host.i:
                break
            host = host.head
    else:
        return None
    if host.dep_ != "ccomp" or host.head.i == host.i or is_speech(host) or not is_speech(host.head):
        return None
    if strict:
        subj = subject_of(host, ("nsubj", "nsubjpass"))
        if subj is not None and (subj.ent_type_ in AGENT_TYPES
                                 or (subj.lower_ in PRONOUN_LABELS and subj.lower_ not in ("it", "its"))):
            return None
    return host.head


# Things made to carry words, which speak for their maker when the quotation's verb of saying is a
# relative clause on them ("The Washington Post ran a piece that noted …").
MADE_NOUNS = WRITTEN_NOUNS | {"piece", "editorial", "memo", "caption", "ad", "advertisement", "video", "story"}


def _maker(noun):
    """Who speaks through a thing made to carry words that a relative clause of saying describes,
    when that thing is the object of its maker's verb ("The Washington Post recently ran a piece
    that noted his “…”", "Henry added the caption which reads, “…”"): the verb's subject, when it
    is a name (tagged or a proper noun) or a personal pronoun; else None (the thing speaks)."""
    if noun.lemma_.lower() not in MADE_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    maker = subject_of(noun.head, ("nsubj",))
    if maker is not None and (maker.ent_type_ in AGENT_TYPES or maker.pos_ == "PROPN"
                              or (maker.pos_ == "PRON" and maker.lower_ in PRONOUN_LABELS)):
        return maker
    return None


def _place_beside(verb, subj) -> bool:
    """A place the parser made a second subject ("Speaking … in Salem, New Hampshire, Trump went
    after Bush, calling him “…”"): the verb has another subject that is not a place."""
    return subj.ent_type_ in ("GPE", "LOC") and any(
        c.dep_ == "nsubj" and c.i != subj.i and c.ent_type_ not in ("GPE", "LOC") for c in verb.children)


def _dateline(tok) -> bool:
    """A dateline the parser made a subject ("ROME — Italy's interior minister, X, told …"): words
    opening the sentence, right before a dash."""
    doc, last = tok.doc, tok.right_edge.i
    dash = last if doc[last].text in ("—", "–", "-") else last + 1
    return tok.left_edge.i == tok.sent.start and dash < len(doc) and doc[dash].text in ("—", "–", "-") \
        and dash - tok.sent.start <= 6 and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i for c in tok.head.children)


def _dateline_appos(tok):
    """The speaker the parser hung from a dateline it made the subject ("WARSAW — Poland's
    interior minister, Piotr Kowalczyk, said": the minister in apposition to "WARSAW"): the
    apposition after the dash that follows the sentence's first words; None otherwise."""
    doc, first = tok.doc, tok.sent.start
    if tok.left_edge.i != first or tok.i - first > 3:
        return None
    dash = next((j for j in range(tok.i + 1, min(tok.i + 5, len(doc)))
                 if doc[j].text in DASHES and doc[j - 1].whitespace_ and doc[j].whitespace_), None)  # not "(R-Mo.)"
    if dash is None or any(doc[j].is_alpha and not doc[j].is_title and not doc[j].is_upper for j in range(first, dash)):
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.i > dash), None)


def _participle_owner(verb):
    """Who speaks through a participle of saying with no subject: the subject of the clause a
    preposition ties it to ("Bolton distanced himself by saying"), or the owner of the thing it
    describes ("Rubio's campaign sent out a release saying", "an email sent by Sanders saying"),
    else the thing itself ("a headline saying")."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return subject_of(head.head, ("nsubj", "nsubjpass"))
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        by = next((c for c in head.children if c.dep_ == "acl"
                   and c.i != verb.i and c.tag_ == "VBN" and any(g.dep_ == "agent" for g in c.children)), None)
        obj = child(child(by, "agent"), "pobj") if by is not None else None  # "an email sent by Sanders saying"
        if obj is not None:
            return obj
        if head.dep_ in ("dobj", "pobj") and head.head.pos_ in ("VERB", "AUX"):
            owner = subject_of(head.head, ("nsubj",))
            if owner is not None:
                return owner
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ in ("VERB", "AUX") \
                and verb.doc[verb.i - 1].text == ",":
            # set off by a comma, it is the clause's: "Clinton ended the debate with a reference
            # to …, remarking, “…”"
            owner = subject_of(head.head.head, ("nsubj",))
            if owner is not None:
                return owner
        return head
    return None


OWNER_PRONOUNS = {"his", "her", "their"}
DASHES = ("—", "–", "―", "-")
CLOSING_MARKS = ("”", '"', "’", "'")
ASPECT_VERBS = {"continue", "begin", "go"}  # verbs of saying only without a verb complement ("he went, “…”")


def is_speech(t) -> bool:
    """A verb of saying; also "said" the parser made an auxiliary with its own lemma ("Reacting to
    the bill, Jane Roe, …, said:" parsed with the participle as the root)."""
    if t.lemma_ == "find" and not any((c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")) or (c.dep_ == "dobj" and c.pos_ != "PRON")
                                      for c in t.children):
        return False  # "the report found that …", "found “no evidence”"; not "voters would find it “hard”"
    if t.lemma_ in ASPECT_VERBS and any(c.dep_ == "xcomp" for c in t.children):
        return False  # "will continue to be", "began to fall": the aspect, not a manner of saying
    if t.lemma_ == "put" and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children) \
            and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children):
        return True  # "As Vulture put it, “…”"
    return ((t.lemma_.lower() in SPEECH_VERBS or (t.lower_ in SPEECH_FORMS and t.tag_ in ("VBD", "VBZ")))
            and (t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB"))) or _noun_verb(t) is not None


NOUN_VERB_FORMS = {"read", "reads", "states", "stated", "says", "said", "adds", "added", "notes", "noted"}


def _noun_verb(t):
    """For a verb of saying the parser read as a noun, with its subject as a compound ("“…,” the
    email read.", "“…,” the document states."): that subject, else None. Only right after a closing
    mark and at the end of the sentence."""
    doc = t.doc
    if t.pos_ != "NOUN" or t.dep_ != "ROOT" or t.lower_ not in NOUN_VERB_FORMS or t.i < 3 or t.i + 1 >= len(doc) \
            or doc[t.i + 1].text not in (".", "!", "?"):
        return None
    subj = doc[t.i - 1]
    if subj.dep_ != "compound" or subj.head.i != t.i or subj.pos_ != "NOUN":
        return None
    j = subj.i - 1
    if doc[j].dep_ == "det" and doc[j].head.i == t.i:
        j -= 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    return subj if j >= 0 and doc[j].text in CLOSING_MARKS else None


def window(q, sents, sent_starts, text: str) -> list:
    """The sentences that can attribute a quotation: the one it starts in, the one introducing
    it (the parser may start a new sentence at the mark after "said:"), the one it ends in
    ("“… .” Espinoza said" after a quote of several sentences) and the one right after its
    closing mark when the parser cut there (in the same paragraph: "“…?” / The crowd applauded"
    in the next one reports the crowd, not these words)."""
    first = bisect.bisect_right(sent_starts, q.start) - 1
    lo = bisect.bisect_right(sent_starts, max(0, q.open - 1)) - 1 if q.open else first
    last = bisect.bisect_right(sent_starts, max(q.start, q.end - 1)) - 1
    hi = last
    close = q.end + 1 if q.closed else q.end
    gap = text[close:sents[hi + 1].start_char] if hi + 1 < len(sents) else "\n"
    if not gap.strip(" ,\t”\"’"):  # not across a paragraph break: the next paragraph is someone's own
        hi += 1
    return sents[min(lo, first):hi + 1]


def _aside(v, span) -> bool:
    """A verb of saying set off by commas in the quotation's sentence ("Costs, he added, were “…”")."""
    doc = v.doc
    subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.i < v.i and v.i + 1 < len(doc) and doc[v.i + 1].text == ","
            and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].text == ","
            and v.sent.start <= span.start < v.sent.end and not any(c.dep_ in ("ccomp", "dobj") for c in v.children))


def _reported(v, ancestors: set[int], inside, res: Resolver) -> bool:
    """A verb of saying inside what another one, governing the same quotation, reports, with a
    thing for subject: "saying the agreement goes “…”", "said in the letter that the
    advertisement “…” suggests": the words are the outer speaker's. A named or pronoun
    subject keeps its own verb ("Trump said Clinton called him “…”")."""
    if v.i not in ancestors:
        return False
    top = v
    for _ in range(3):
        if top.dep_ != "ccomp" or top.head is top:
            return False
        top = top.head
        if top.i in ancestors and not inside[top.i] and is_speech(top):
            subj = speech_subject(v)
            return subj is None or (subj.i not in res.at and subj.lower_ not in PRONOUN_LABELS and subj.pos_ != "PRON")
    return False


def attribute(q, span, window, inside, text: str, end_tok: int, res: Resolver):
    """(cue token, subject token) from the speech verbs of the window outside every quotation:
    one that governs the quotation or stands next to it ("…,” X said", "X said: “…", "X told the
    crowd: “…"), nearest first; else the subject of the verb the quotation hangs from ("Clinton
    decried the GOP for “…”"), when that subject names someone. (None, None) if neither."""
    ancestors = {a.i for a in span.root.ancestors}  # ``end_tok``: the first token after the words
    verbs = [t for s in window for t in s if not inside[t.i] and is_speech(t)]
    verbs.sort(key=lambda t: (0 if t.i in ancestors else 1, min(abs(t.i - span.start), abs(t.i - end_tok))))
    verbs = [v for v in verbs if not _reported(v, ancestors, inside, res)]
    cue_only = None
    for v in verbs:
        governs = v.i in ancestors
        if v.i >= end_tok:
            if text[q.end - 1:q.end] == "." and any(c.dep_ in ("ccomp", "dobj") and not inside[c.i] for c in v.children):
                continue  # “… .” Penwell said the world … / What Romney said …: a new sentence reporting something else
            between = v.doc[end_tok:v.i]
            own = speech_subject(v)
            adjacent = v.i - end_tok <= 4 or (
                len(between) <= 16 and not any(t.pos_ in ("VERB", "AUX") and t.i not in res.at for t in between)
                and not any(t.text in ".!?" for t in between)) or (
                # the speaker's phrase, clauses and all, right after the mark: "…,” Warren, who has
                # not endorsed a candidate, told reporters
                own is not None and end_tok <= own.i < v.i and len(between) <= 24
                and not any(t.is_punct and t.text not in ",—–-()" for t in v.doc[end_tok:own.left_edge.i]))
        else:
            gap = [t for t in v.doc[v.i + 1:span.start] if not inside[t.i]]
            lead = text[v.idx + len(v):q.open].strip()
            plain = len(gap) <= 8 and not any(t.pos_ in ("VERB", "AUX") or t.text in ".!?;" for t in gap)
            # the words between are the verb's own: "acknowledged Sunday that “…", "called Braynard “…"
            # (the complementiser too when the parser hung it, with the clause, under a word of the
            # quotation: "acknowledged Sunday that “just as we have seen …, we know …”")
            ids = {g.i for g in gap}
            own = plain and bool(gap) and all(t.head.i == v.i or t.head.i in ids
                                              or (t.dep_ == "mark" and t.lower_ == "that" and inside[t.head.i])
                                              for t in gap)
            adjacent = lead in (":", ",", "") or (plain and (lead[-1:] in (":", ",") or own)) or _aside(v, span)
        if not (governs or adjacent):
            continue
        subj = speech_subject(v)
        if subj is not None and end_tok <= v.i and subj.i < span.start:
            # two subjects, one before the quotation and one between it and the verb ("His final
            # assessment: “…,” he said"): the one next to the verb
            subj = next((c for c in v.children if c.dep_ == "nsubj" and end_tok <= c.i < v.i), subj)
        if v.lemma_ in ACCUSATION_CUES and v.i < span.start and subj is None:
            continue  # "was accused of “…”": the accusation branch decides
        if subj is not None and not inside[subj.i]:
            return v, subj
        if subj is not None:  # the parser also gave a word of the quotation as a subject: the one outside
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not inside[c.i]), None)
            if subj is not None:
                return v, subj
        subj = loose_speech_subject(res, v, end_tok, inside) if v.i >= end_tok else left_name(res, v, inside)
        if subj is not None:
            return v, subj
        cue_only = cue_only or v
    for a in span.root.ancestors:  # a noun of saying with its owner: "Trump's claim that “…”"
        if inside[a.i]:
            continue
        if a.lemma_ == "be" and a.pos_ in ("VERB", "AUX"):  # "Clinton's response was: “…”"
            noun = child(a, "nsubj")
            poss = child(noun, "poss") if noun is not None and noun.lemma_.lower() in SPEECH_NOUNS else None
            if poss is not None and poss.i in res.at and not inside[poss.i]:
                return a, poss
        if a.pos_ in ("VERB", "AUX") and (a.dep_ not in ("acl", "relcl") or any(c.dep_ == "nsubj" for c in a.children)):
            break  # a clause with its own speaker; a noun's clause ("claim that there have been") goes on
        if a.lemma_.lower() in SPEECH_NOUNS:
            poss = next((c for c in a.children if c.dep_ == "poss"), None)
            if poss is not None and (poss.i in res.at or poss.lower_ in OWNER_PRONOUNS):
                return a, poss  # "his call for “a total ban”": the pronoun's antecedent (voices)
    for a in span.root.ancestors:  # the verb the quotation hangs from, outside it
        if inside[a.i] or a.pos_ not in ("VERB", "AUX"):
            continue
        top = a  # a that-clause is its thinker's: "Walter Hewlett sniped that Fiorina was “…”"
        for _ in range(3):
            if top.dep_ != "ccomp" or top.head.pos_ not in ("VERB", "AUX") or inside[top.head.i]:
                break
            top = top.head
        if top is not a:
            subj = subject_of(top, ("nsubj",))
            if subj is not None and not inside[subj.i] and (subj.i in res.at or subj.lower_ in PRONOUN_LABELS):
                return top, subj
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
