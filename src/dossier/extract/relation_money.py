"""Money between bodies: who pays whom ("£8m from the UK to Belgium", "Britain pays France to
...", "the IOM, which is paid by Washington", "the EU announced a €1 billion package for
Lebanon"), and the receiver of a grant named in a phrase (split from :mod:`.relation_verbs` and
:mod:`.relations`, which reached the module size limit)."""

from __future__ import annotations

from .lexicon import ACTOR_LABELS
from .syntax import child as _child, subject_of as _subject, with_conjuncts as _with_conjuncts

# Nouns of money allotted ("a €1 billion package for Lebanon") and the verbs that allot it
PACKAGE_NOUNS = frozenset({"package", "grant", "loan", "aid", "assistance", "fund", "funding", "tranche",
                           "contribution", "payment", "budget", "envelope", "allocation"})
ALLOTTING_VERBS = frozenset({"announce", "approve", "pledge", "unveil", "allocate", "earmark", "adopt", "disburse",
                             "release", "commit"})


def own_entity(r, o, labels=ACTOR_LABELS):
    """``r.entity(o)``, but not a name reached through a preposition (other than "of") inside o's
    phrase: "for returns from Libya" names no recipient; "for the Libyan coastguard" and "to the
    coastguard of Libya" do."""
    a = r.entity(o, labels)
    if a is None or o.i in r.at:
        return a
    for t in o.subtree:
        if t.idx == a.start and t.i != o.i:
            x = t
            while x.i != o.i and x.head.i != x.i:
                of = x.lower_ == "of" or (x.dep_ == "pobj" and x.head.lower_ == "of")  # "the coastguard of Libya"
                if x.dep_ in ("pobj", "prep", "relcl", "acl") and not of:
                    return None
                x = x.head
    return a


def paid_body(r, verb) -> bool:
    """"Britain pays France to ...", "the IOM, which is paid by Washington to run the centre":
    paying a named body (the object, or the subject of the passive) is funding it."""
    paid = _child(verb, "dobj") or _child(verb, "nsubjpass")
    if paid is None or (paid.i not in r.at and paid.lower_ not in ("which", "who")):
        return False
    found = r.entity(paid, {"ORG", "GPE"})
    return found is not None


def money_from_to(r, amount):
    """"£8m from the UK to Belgium", "€20m from Italy to Tunisia" (the "to" hung on the "from", or
    on the verb whose object the amount is): (giver, receiver) pairs, both named there; and the
    receivers of an allotted package (``_package_for``)."""
    yield from _package_for(r, amount)
    froms = [c for c in amount.children if c.dep_ == "prep" and c.lower_ == "from"]
    if not froms:
        return
    hosts = [amount, *froms, *(g for f in froms for g in f.children if g.dep_ == "pobj")]
    if amount.dep_ in ("dobj", "nsubjpass") and amount.head.pos_ in ("VERB", "AUX"):
        hosts.append(amount.head)
    givers = [own_entity(r, o, {"ORG", "GPE"}) for f in froms for o in f.children if o.dep_ == "pobj"]
    receivers = [own_entity(r, o, {"ORG", "GPE"}) for o in _with_conjuncts(
        [g for h in hosts for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
         for g in c.children if g.dep_ == "pobj"])]
    for giver in givers:
        for receiver in receivers:
            if giver is not None and receiver is not None:
                yield giver, receiver


def _package_for(r, amount):
    """"The European Union announced a €1 billion package for Lebanon": a money noun (or the
    amount itself) that a named body announces, approves or pledges, with "for" a body or country
    named itself (not "for Syrian refugees", "for returns from Libya"): (giver, receiver)."""
    noun = amount.head if amount.dep_ in ("compound", "nummod", "quantmod", "amod") and amount.head.pos_ == "NOUN" else amount
    if noun is not amount and noun.lemma_.lower() not in PACKAGE_NOUNS:
        return
    verb = noun.head if noun.dep_ == "dobj" else None
    if verb is None or verb.lemma_ not in ALLOTTING_VERBS or _child(verb, "neg") is not None:
        return
    giver = r.subject(_subject(verb, through=("conj", "xcomp")), {"ORG", "GPE"}) if hasattr(r, "subject") else None
    receivers = [g for host in (noun, verb) for c in host.children if c.dep_ == "prep" and c.lower_ == "for"
                 for g in _with_conjuncts([x for x in c.children if x.dep_ == "pobj"])]
    for g in receivers:
        m = r.at.get(g.i)
        if giver is not None and m is not None and m.label in ("ORG", "GPE") and not m.demonym:
            yield giver, r.entity(g, {"ORG", "GPE"})
