"""Reading the dependency parse: the few questions every extractor asks of it.

- :func:`child` — a token's first child with one of some dependency labels;
- :func:`prep_objects` — the objects of a token's prepositions ("deal *with France*");
- :func:`subject_of` — the subject of a verb, climbing through the verbs it is chained to
  ("agreed to *work* with": the subject of "agreed"), optionally through a passive's agent;
- :func:`clause_verb` — the verb a word's clause hangs from;
- :func:`governing_actor` — the subject of the verb a noun depends on ("the government
  *announced* a deal": the deal's actor is the government);
- :func:`phrase` — a phrase's tokens without its clauses and appositions.

Quotes, relations, quantities and dates all use these, so a better reading of the parse
improves each of them at once.
"""

from __future__ import annotations

from typing import Callable, Iterator

# Verbs whose subject is shared by the verb chained to them: "agreed to work", "came and said",
# "arrived, saying".
CHAINED = ("conj", "xcomp", "advcl")


def child(tok, *deps):
    """The first child of ``tok`` with one of the dependency labels (None if none)."""
    return next((c for c in tok.children if c.dep_ in deps), None)


def prep_objects(tok, *preps) -> Iterator:
    """Objects of the prepositions ``preps`` attached to ``tok`` (and their conjuncts):
    "a deal with France and Belgium" → France, Belgium."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g
                    yield from (h for h in g.children if h.dep_ == "conj")


def subject_of(verb, deps: tuple[str, ...] = ("nsubj",), agent: bool = False,
               skip: Callable | None = None, through: tuple[str, ...] = CHAINED):
    """The subject of ``verb``: its first child with a label in ``deps`` (unless ``skip(verb,
    child)``), else with ``agent`` the object of its "by" phrase, else the subject of the verb
    it is chained to (``through``)."""
    if verb is None:
        return None
    for c in verb.children:
        if c.dep_ in deps and not (skip is not None and skip(verb, c)):
            return c
    if agent:
        by = child(verb, "agent")
        if by is not None:
            return child(by, "pobj")
    if verb.dep_ in through and verb.head.i != verb.i:
        return subject_of(verb.head, deps, agent, skip, through)
    return None


def clause_verb(tok, steps: int = 8):
    """The verb (or auxiliary) ``tok``'s clause hangs from, climbing at most ``steps`` heads; the
    last token reached if none is a verb."""
    verb = tok
    for _ in range(steps):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb


def governing_actor(tok):
    """Subject of the verb a noun depends on ("the British government has announced a deal")."""
    head = tok.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head)
        if head.head.i == head.i:
            break
        head = head.head
    return None


def phrase(tok) -> Iterator:
    """The tokens of a phrase, without its clauses and appositions."""
    stack = [c for c in tok.children]
    while stack:
        t = stack.pop(0)
        if t.dep_ in ("relcl", "acl", "advcl", "appos", "punct", "ccomp"):
            continue
        yield t
        stack.extend(t.children)


def through_prep(tok, top) -> bool:
    """Whether ``tok`` hangs from ``top`` through a preposition (on its chain of heads up to ``top``)."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("pobj", "prep"):
            return True
        tok = tok.head
    return False


def controlled_subject(verb):
    """The subject, with object control: "prompted NATO to order ..." → NATO."""
    if verb is not None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head  # "outsourcers operating at the site"
    if verb is not None and verb.dep_ == "xcomp" and child(verb, "nsubj", "nsubjpass") is None:
        controller = child(verb.head, "dobj")
        if controller is not None:
            return controller
    return subject_of(verb)


def with_conjuncts(toks):
    """Tokens and all their chained conjuncts ("Estonia, Latvia, Lithuania, and Poland")."""
    out, stack = [], list(toks)
    while stack:
        t = stack.pop(0)
        if t not in out:
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ == "conj")
    return out
