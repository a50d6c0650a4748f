"""Three readings of a verb above a figure that the reporting rules of :mod:`.source` and the
status rules of :mod:`.status` share, kept apart from both (each is over 300 lines):

- **demanding**: what someone calls for, urges, demands, proposes or promises is theirs and not yet
  so ("He called for the central government to relocate at least 3,000 of them": his figure,
  projected; "urged ministers to fund 500 places"; "demanded that 2,000 be moved"; "demanded £5m in
  compensation"; "the Commission has proposed a pool of 30,000 relocations"; "promises 50,000 a year"); asking for
  something is requesting it ("has asked Madrid to move 200 of them", "asked Congress for $45 billion",
  "requested 500 more places"), asking a question is not ("asked how many ...");
- **hearing from**: a report's "we heard from X that ..." gives X's words ("We heard from the
  union that morale among its 4,000 members was low": the union's figure, attributed);
- **a stance**: "The respondent's position is that 3 of the 5 documents were forged", "His
  evidence was that 40 people had been on the boat", "The Secretary of State's case is that ...":
  a noun of stance owned by someone, as the subject of "be" with the figure in its "that" clause,
  gives the owner's words (attributed), as "the respondent says that" would;
- **an object that is a clause's subject**: "Lee Anderson claimed 90% of those arriving were economic
  migrants" is parsed with "90%" as the object of "claimed" and "were" as a clause without a
  subject: the figure is what the clause is about, so "claimed" asserts it (disputed, his), as
  with "claimed that 90% ...";
- **a negated report**: "The Home Office could not say how many of the 17,000 withdrawn
  claimants remain", "would not confirm", "did not disclose": nothing is said, so the verb is no
  source of the figure, and its modal ("could", "would") is not the figure's hedge or future.
"""

from __future__ import annotations

from .vocabulary import DEMANDING, OBJECT_DEMANDING

HEARING = {"hear", "learn"}
# verbs of saying or telling whose negation leaves the figure unsaid
SAYING = {"say", "tell", "state", "confirm", "report", "disclose", "reveal", "publish", "explain", "specify",
          "comment", "know", "indicate", "record"}


def demanding_at(walk, k: int) -> bool:
    """Is ``walk[k]`` a verb of demanding reached from the figure through what is demanded: the
    infinitive or clause it governs ("urged ... to fund", "demanded that"), "call for"/"call on ...
    to" (however the parser hangs "for"), or for a verb of OBJECT_DEMANDING its object ("demanded £5m",
    "proposed a pool of 30,000")?"""
    if k < 1 or k >= len(walk):
        return False
    tok, below = walk[k], walk[k - 1]
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma not in DEMANDING or below.head.i != tok.i:
        return False
    if any(t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == "," for t in walk[:k]):
        return False  # a comma's relative clause is the writer's aside, not demanded: "pledged $64 million to
        #               host the event, which is expected to draw 50,000 delegates"
    if lemma in ("call", "appeal"):
        if below.dep_ == "prep":
            return below.lower_ == "for"  # "who has called for 20,000 troops"
        # "called for the government to relocate 3,000", "called on ministers to fund 500" (not "more
        # call themselves conservative (38%)", "on economic issues")
        return (below.dep_ in ("advcl", "xcomp", "ccomp") and below.pos_ in ("VERB", "AUX")
                and (any(c.dep_ == "mark" and c.lower_ == "for" for c in below.children)
                     or any(c.dep_ == "prep" and c.lower_ == "on" and c.i < below.i for c in tok.children)))
    if lemma == "ask":
        # a request: "asked Madrid to move 200 of them", "asked Congress for $45 billion to expand detention
        # to 100,000 beds" (not a question: "asked how many of the 300 ...", "asked 12 questions")
        return below.dep_ == "prep" and below.lower_ == "for" or (
            below.dep_ in ("xcomp", "ccomp", "advcl") and below.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children))
    if lemma in OBJECT_DEMANDING:
        return below.dep_ in ("ccomp", "xcomp", "dobj")
    return below.dep_ in ("ccomp", "xcomp", "advcl") and below.pos_ in ("VERB", "AUX")


def heard_from(tok, below):
    """The X of "heard from X that ..." / "learned from X that ..." when the figure is in the clause
    (``below`` is that clause's verb), else None."""
    if tok.lemma_.lower() not in HEARING or below.dep_ != "ccomp" or below.head.i != tok.i:
        return None
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from"
                 for o in p.children if o.dep_ == "pobj"), None)


def clause_subject_object(verb, obj) -> bool:
    """Is ``obj``, the object of ``verb``, really the subject of a clause the verb governs after it
    (a "that"-less clause the parser split: "claimed 90% of those arriving were migrants")?"""
    return obj.dep_ == "dobj" and obj.head.i == verb.i and any(
        c.dep_ == "ccomp" and c.i > obj.i and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children)


# nouns of a party's stance in a judgment, hearing or report
STANCE_NOUNS = {"position", "case", "evidence", "view", "submission", "argument", "account", "contention",
                "understanding", "belief", "assessment", "testimony"}


def stance_holder(tok, below):
    """The owner of "X's position / case / evidence is that ..." when ``tok`` is that "be" and
    ``below`` the verb of the clause holding the figure, else None."""
    if tok.lemma_.lower() != "be" or below.dep_ != "ccomp" or below.head.i != tok.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in below.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lemma_.lower() not in STANCE_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss"), None)


def negated_report(tok) -> bool:
    """A verb of saying with a negation ("could not say", "would not confirm", "did not disclose")."""
    return tok.lemma_.lower() in SAYING and any(c.dep_ == "neg" for c in tok.children)
