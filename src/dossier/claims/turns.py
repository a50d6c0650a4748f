"""Debate turns: in a transcript, each paragraph opened by a speaker's label is that speaker's.

A record of a debate, a committee hearing or a question time is a run of turns:

    Hon. Jane Roe (Minister of Immigration, Lib.): Mr. Speaker, we will welcome 300,000 ...
    John Doe (Eastfield, CPC): Mr. Speaker, the budget officer reported that ...
    Ms Smith: As at 31 January there were 1,006 people in held detention.

The figures of a turn are its speaker's, stated when the speaker says them outright (a minister's
turn in a legislature's record is the government's, with the minister's name as the words, as the
claims README has a minister's statement in Hansard): the speaker is the default source of
the turn, and the label is never the subject of a reporting verb in it (the parser reads "John
Doe (Eastfield, CPC): Mr. Speaker, the budget officer reported that ..." as one sentence whose
subject is "Doe", with "the budget officer" in apposition: the reporter is the budget officer).

A label is a role with the speaker's name in brackets ("The Minister for Immigration (Robert
Jenrick): ...", or without "The" when it opens with an office: "Minister for Justice (Mr Jim Daly): ..."),
or a name of up to four words at a line's start, optionally with a title ("Mr", "Ms",
"Hon.", "Senator", "Minister", and a hearing's "Chairman", "Ranking Member", "Chief", "Director") and up to three parentheses (constituency, party, office), then a
colon and words (not a quotation mark: "Minister: 'We will ...'" is a headline, read by
:func:`.source._headline_quote`). A document has turns only when it has at least two labels and
one of them carries a title or a parenthesis, or when its one label is a role with a bracketed name
(a minister's written statement); a label with neither counts only when it opens with
a person's name the entity tagger found ("Sarah Dyke: The Minister says ..."). So "Key figures:",
"Photo caption: ...", "Note: ...", "May: 117" are no turns. A turn runs to the next label, or to a
heading line (a short line without a closing full stop, "Immigration Levels").
"""

from __future__ import annotations

import bisect
import re

TITLES = ("Hon.", "The Hon.", "Rt Hon.", "Rt. Hon.", "The Rt Hon.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
          "Dr", "Dr.", "Sir", "Dame", "Lord", "Baroness", "Senator", "Minister", "Secretary", "Deputy", "Professor",
          "The Minister", "The Secretary of State", "The Prime Minister", "State Secretary", "Commissioner",
          "Chair", "The Chair", "President", "Madam",
          # the offices a committee hearing or council record names its speakers by ("Chairman Green:",
          # "Ranking Member Thompson:", "Chief Banks:", "Councillor Patel:", "Rep. Lopez:")
          "Chairman", "Chairwoman", "Chairperson", "Vice Chair", "Ranking Member", "Chief", "Director",
          "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Mayor", "Councillor", "Cllr",
          "Councilmember", "Judge", "Ambassador", "General", "Admiral", "Sheriff", "Inspector")
_TITLE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_NAME_WORD = r"[A-Z][\w'’\-.]*"
_PARTICLE = r"(?:van|von|de|der|den|la|le|du|da|di|ter|ten)"
LABEL = re.compile(
    rf"^(?P<title>(?:(?:{_TITLE})\s+){{0,2}})"
    rf"(?P<name>{_NAME_WORD}(?:[ \t]+(?:{_NAME_WORD}|{_PARTICLE})){{0,3}})"
    r"(?P<paren>(?:[ \t]*\([^()\n]{1,90}\)){0,3})[ \t]*:[ \t]+(?=[A-Za-z])", re.M)
# a role with the speaker's name in brackets, as Hansard gives ministers: "The Minister for Immigration
# (Robert Jenrick): ...", "The Secretary of State for the Home Department (James Cleverly): ..."
# — or, as the Oireachtas and other records write them, an office without "The" ("Minister for Justice (Mr
# Jim Daly): ...", "Minister of State at the Department of Health (Ms Mary Butler): ...")
OFFICES = r"(?:Minister|Secretary|Tánaiste|Taoiseach|Attorney|Solicitor|Commissioner|Chancellor|Leader)"
ROLE_LABEL = re.compile(
    rf"^(?P<role>(?:The[ \t]+[A-Z]|{OFFICES}\b)[\w'’\-]*(?:[ \t]+(?:of|for|the|and|at|[A-Z][\w'’\-]*)){{0,8}})"
    r"[ \t]*\((?P<name>[A-Z][^()\n:]{1,60})\)[ \t]*:[ \t]+(?=[A-Za-z])", re.M)
# what a label's titles drop from the speaker's name ("Hon. Marc Miller" → "Marc Miller")
HONORIFICS = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+)?Hon\.\s+")
# a label that is a word of a document's structure, however it is written
NOT_SPEAKERS = {"note", "notes", "source", "sources", "caption", "photo", "photograph", "picture", "key", "summary",
                "background", "update", "table", "figure", "chart", "footnote", "volume", "question", "answer",
                "recommendation", "recommendations", "conclusion", "finding", "findings", "pending", "editor"}
# a label naming a minister's office: in a legislature's record the turn is the government's (as the
# claims README has it for a minister's statement in Hansard), the minister's name its words
MINISTERIAL = re.compile(r"\b(?:Minister|Secretary|Solicitor General|Attorney General|Chancellor|Leader of the House|"
                         r"Government Representative|Lord Privy Seal|Paymaster General)\b")
HEADING_WORDS = 12  # a line of at most this many words without a closing full stop is a heading
# a written answer's heading naming who gives it (round 4): the European Parliament's "Answer given by
# Commissioner Brunner on behalf of the European Commission (20.10.2025)", and the "ANSWER" of a question
# paper followed by the answering office and the minister's name in brackets ("ANSWER / MINISTER OF STATE
# IN THE MINISTRY OF HOME AFFAIRS / (SHRI NITYANAND RAI)"). The answer below it, to the next label or
# heading, is the answerer's (a government's, as a minister's written answer is in the claims README).
ANSWER_GIVEN = re.compile(r"^[ \t]*Answer[ \t]+given[ \t]+by[ \t]+(?P<name>[^\n]{3,120}?)[ \t]+on[ \t]+behalf[ \t]+of"
                          r"[ \t]+(?P<body>[^\n()]{3,100}?)[ \t]*(?:\([^()\n]*\))?[ \t]*$", re.M)
ANSWER_HEAD = re.compile(r"^[ \t]*(?:ANSWER|Answer)[ \t]*:?[ \t]*\n\s*(?P<office>[^\n]{3,120})\n[ \t]*"
                         r"\((?P<name>[^()\n]{3,60})\)[ \t]*$", re.M)


def _heading(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s.split()) <= HEADING_WORDS and s[-1] not in ".?!:;”\"’')," and not LABEL.match(s)


def _answers(text: str, mentions, taken: set[int]) -> list[tuple[int, int, str | None, str, bool]]:
    """The written answers a document's headings give (ANSWER_GIVEN, ANSWER_HEAD), as labels: (heading
    start, heading end, entity, speaker, minister). Given on behalf of a body, the body is the speaker
    (its entity when the tagger found one there); under an "ANSWER" heading, the minister in brackets,
    the turn a government's."""
    out = []
    for m in ANSWER_GIVEN.finditer(text):
        body = re.sub(r"^the\s+", "", m.group("body").strip(), flags=re.I)
        hits = mentions.within(m.start("body"), m.end("body")) if mentions is not None else []
        entity = next((x.entity_id for x in hits if x.entity_id and x.label in ("ORG", "NORP", "GPE")), None)
        out.append((m.start(), m.end(), entity, body, entity is None))
    for m in ANSWER_HEAD.finditer(text):
        if MINISTERIAL.search(m.group("office").title()):
            out.append((m.start(), m.end(), None, m.group("name").strip(), True))
    return [a for a in out if a[0] not in taken]


class Turns:
    """The turns of one document: ``at(char)`` gives the turn whose words cover a character offset,
    ``label_at(char)`` the turn whose label does (both by binary search)."""

    def __init__(self, text: str, mentions=None):
        found = []
        roles = {m.start(): m for m in ROLE_LABEL.finditer(text)}
        for m in sorted([*roles.values(), *(m for m in LABEL.finditer(text) if m.start() not in roles)],
                        key=lambda m: m.start()):
            if m.re is ROLE_LABEL:
                found.append((m, True))
                continue
            words = m.group("name").split()
            if words[0].lower().strip(".") in NOT_SPEAKERS:
                continue
            strong = bool(m.group("title").strip() or m.group("paren").strip())
            if not strong:
                person = mentions.at(m.start("name")) if mentions is not None else None
                if person is None or person.label != "PERSON":
                    continue
            found.append((m, strong))
        self.turns: list[tuple[int, int, int, str | None, str, bool]] = []  # (label start, label end, end, entity,
        #                                                                     speaker, minister)
        # a transcript: two labels, one with a title or brackets; or a statement under one role label
        # ("The Secretary of State for the Home Department (Yvette Cooper): Today I am announcing ...")
        single_role = len(found) == 1 and found[0][0].re is ROLE_LABEL
        if not single_role and (len(found) < 2 or not any(strong for _, strong in found)):
            found = []
        labels = []  # (label start, label end, entity, speaker, minister)
        for m, _ in found:
            title = m.group("title") if m.re is LABEL else ""
            speaker = HONORIFICS.sub("", (title + m.group("name")).strip())
            entity = None
            if mentions is not None:
                person = mentions.at(m.start("name"))
                if person is not None and person.entity_id and person.end <= m.end("name") and person.label == "PERSON":
                    entity = person.entity_id
            labels.append((m.start(), m.end(), entity, speaker, bool(MINISTERIAL.search(m.group(0)))))
        labels.extend(_answers(text, mentions, {s for s, *_ in labels}))
        labels.sort()
        for k, (start, label_end, entity, speaker, minister) in enumerate(labels):
            limit = labels[k + 1][0] if k + 1 < len(labels) else len(text)
            end = limit
            pos = text.find("\n", label_end)
            while 0 <= pos < limit:  # a heading line ends the turn before the next label
                nxt = text.find("\n", pos + 1)
                line = text[pos + 1:nxt if nxt >= 0 else len(text)]
                if _heading(line):
                    end = pos
                    break
                pos = nxt
            self.turns.append((start, label_end, end, entity, speaker, minister))
        self.starts = [t[0] for t in self.turns]

    def _turn(self, char: int):
        i = bisect.bisect_right(self.starts, char) - 1
        return self.turns[i] if i >= 0 else None

    def at(self, char: int, government: str | None = None):
        """(entity, speaker) of the turn whose words hold ``char``, else None; a minister's turn is
        ``government``'s when that is given (the government a legislature's record speaks for)."""
        t = self._turn(char)
        return self._who(t, government) if t is not None and t[1] <= char < t[2] else None

    def label_at(self, char: int, government: str | None = None):
        """(label end, entity, speaker) of the turn whose label holds ``char``, else None."""
        t = self._turn(char)
        return (t[1], *self._who(t, government)) if t is not None and t[0] <= char < t[1] else None

    @staticmethod
    def _who(t, government):
        return (government if t[5] and government else t[3]), t[4]


# words addressing the chair, which the parser hangs on the label as appositions ("Mr. Speaker, the
# budget officer reported ...")
VOCATIVES = {"speaker", "chair", "chairman", "chairwoman", "president", "madam", "sir", "deputy"}


def subject_after_label(verb, subj, label_end: int):
    """The reporting verb's subject when the parser took the turn's label for it: another subject
    of the verb after the label ("Ms Roe (D66): The Council of State estimates ...": the Council),
    else the last apposition hung on the label after it that is no form of address ("John Doe
    (CPC): Mr. Speaker, the budget officer reported": the officer); None when there is none (the
    speaker's own words)."""
    other = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= label_end), None)
    if other is not None:
        return other
    best, stack = None, [subj]
    while stack:  # the appositions hung on the label, however deep (bounded by the sentence)
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ == "appos":
                if c.idx >= label_end and c.lower_ not in VOCATIVES and (best is None or c.i > best.i):
                    best = c
                stack.append(c)
    return best
