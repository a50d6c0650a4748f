"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`, after the name edges): names the
small model cuts into pieces, put back together.

- **A body named by two nouns joined by "and"** that the model split in two organisations:
  "US Customs and Border Protection" ("US Customs" + "Border Protection"). The second piece
  ends in an abstract noun ("-tion", "-ment", "-ity", "-ance", "-ence", "justice", "security",
  ...) and has no organisation head ("Force", "Office") nor a known name, so it is no body's
  name of its own; the first piece has two words or more and ends in an abstract noun too
  ("Customs", "Immigration"), and is no known entity. "the Home Office and Border Force",
  "General Electric and General Motors", "Medicare and Social Security" stay two.
- **A party or body named by two abstract nouns** the model missed or cut ("Law and Justice
  won the election": the model found nothing, or "Law" as a person): two title-case words
  that the tagger reads as proper nouns, joined by "and", both English nouns, the second an
  abstract noun, with no capitalised word around them (else they are part of a longer name).
- **"<People> of the <Word>"**: "Doctors of the World", "Friends of the Earth": the model
  tags only the last word, or nothing; a capitalised plural noun, "of the" and a one-word
  organisation, or "World" / "Earth" / "Sea" (typed as a place or not found), are one
  organisation. Not after another capitalised word (a longer name), not before one.
- **Two parties' names joined by a hyphen before a programme's or a pact's head**: "the
  EU-Ghana Talent Partnership" (the model: "EU", "Ghana"), "the EU-Turkey Statement": capitalised
  words with one hyphen (no space around it) up to a head word (PAIR_HEADS) are one name: a pact's
  head LAW, a summit EVENT, else ORG.
- **A country's short name before a federal court's**: "the US District Court" (the model: "the US"
  and "District Court") is one court; the names of US federal courts begin with the country
  ("US District Court", "US Court of Appeals").
- **Dutch names with "in 't" / "'t"**: "Sophie in 't Veld" (the tokenizer splits "'t" into
  "'" and "t" and the model sees "Sophie" and "Veld"): a given name, "in 't" or "van 't" and a
  title-case word are one person; a title the model glued before the given name ("Dutch MEP
  Sophie" as one organisation) becomes the role.

One pass over the mentions or the tokens, with dicts.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from . import name_types, spans
from .lexicon import ORG_HEADS
from .mention import Mention

ABSTRACT_ENDS = ("tion", "sion", "ment", "ity", "ance", "ence")
ABSTRACT_WORDS = {"justice", "security", "defence", "defense", "welfare", "health", "freedom", "solidarity",
                  "progress", "equality", "peace", "truth", "labour", "labor", "law", "unity", "hope",
                  "borders", "customs", "enforcement", "protection", "citizenship", "naturalisation"}
WORLD_WORDS = {"world", "earth", "sea", "planet"}


def _abstract(word: str) -> bool:
    low = word.lower()
    return low in ABSTRACT_WORDS or low.endswith(ABSTRACT_ENDS) and len(low) > 6


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for step in (_coordinated_bodies, _abstract_pairs, _people_of_the_world, _dutch_particles, _paired_names,
                 _national_courts):
        mentions = step(linker, doc, mentions)
    return mentions


def _unlinked(m: Mention) -> bool:
    return m.entity_id is None and not m.kb_id and m.acronym is None


def _coordinated_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    by_start = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    drop: set[int] = set()
    for a in mentions:
        if id(a) in drop or a.label != "ORG" or not _unlinked(a) or a.end + 1 >= len(doc) \
                or doc[a.end].lower_ != "and":
            continue
        b = by_start.get(a.end + 1)
        if b is None:  # the model missed the second piece: one or two title-case words, then no capital
            k = a.end + 1
            while k < len(doc) and k - a.end <= 2 and doc[k].tag_ == "NNP" and name_types._word(doc[k].text) \
                    and k not in covered:
                k += 1
            if k == a.end + 1 or k < len(doc) and doc[k].text[:1].isupper():
                continue
            b = Mention(a.end + 1, k, "ORG", "model")
        if b.label != "ORG" or not _unlinked(b) or b.end - b.start > 2:
            continue
        words = [t.text for t in doc[b.start:b.end]]
        if a.end - a.start < 2 or not _abstract(doc[a.end - 1].text):
            continue  # "Medicare and Social Security", "the Commerce and Justice departments": two names
        if not all(w[:1].isupper() for w in words) or not _abstract(words[-1]) \
                or any(w.lower() in ORG_HEADS for w in words) or not doc[a.end - 1].text[:1].isupper():
            continue
        if linker.ref.lookup(doc[b.start:b.end].text) or linker.ref.lookup(doc[a.start:a.end].text):
            continue
        a.end, a.method = b.end, a.method + "+joined"
        drop.add(id(b))
    return [m for m in mentions if id(m) not in drop]


def _abstract_pairs(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out, drop = list(mentions), set()
    for i in spans.tokens_where(doc, ORTH, ["and"]):
        if i < 1 or i + 1 >= len(doc):
            continue
        x, y = doc[i - 1], doc[i + 1]
        if not (x.tag_ == "NNP" and y.tag_ == "NNP" and name_types._word(x.text) and name_types._word(y.text)):
            continue
        if not (name_types.is_common_word(x.text) and _abstract(y.text) and _abstract(x.text)) or y.is_sent_start \
                or y.dep_ != "conj" or x.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj"):
            continue  # "Health and Safety inspectors": a modifier, not a name
        before = doc[i - 2] if i >= 2 and not x.is_sent_start else None
        after = doc[i + 2] if i + 2 < len(doc) else None
        if before is not None and (before.text[:1].isupper() or before.lower_ in ("of", "for", "&")) \
                or after is not None and (after.text[:1].isupper() or after.text in ("'s", "’s")):
            continue  # part of a longer name ("Ministry of Law and Justice", "Law and Order Party")
        inside = {id(at[k]): at[k] for k in (i - 1, i + 1) if k in at}
        if any(not _unlinked(m) or m.start < i - 1 or m.end > i + 2 for m in inside.values()):
            continue
        drop.update(inside)
        out.append(Mention(i - 1, i + 2, "ORG", "rule:pair"))
    out = [m for m in out if id(m) not in drop]
    out.sort(key=lambda m: m.start)
    return out


def _people_of_the_world(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out, drop = list(mentions), set()
    for i in spans.tokens_where(doc, ORTH, ["of"]):
        if i < 1 or i + 2 >= len(doc) or doc[i + 1].lower_ != "the":
            continue
        people, w = doc[i - 1], doc[i + 2]
        if people.i in at or not people.text[:1].isupper() or people.tag_ not in ("NNS", "NNPS") \
                or people.lower_.rstrip("s") not in name_types.common_nouns() or not name_types._word(w.text) \
                or w.i + 1 < len(doc) and doc[w.i + 1].text[:1].isupper():
            continue
        if people.i > 0 and not people.is_sent_start and doc[people.i - 1].text[:1].isupper():
            continue  # "Union of Doctors of the World": a longer name
        m = at.get(w.i)
        if m is None and w.lower_ in WORLD_WORDS:
            m = Mention(w.i, w.i + 1, "ORG", "rule:of-the")
            out.append(m)
        elif m is None or not _unlinked(m) or m.start != w.i or m.end != w.i + 1 \
                or not (m.label == "ORG" or m.label == "LOC" and w.lower_ in WORLD_WORDS):
            continue
        m.start, m.label, m.method = people.i, "ORG", m.method + "+of-the"
    out.sort(key=lambda m: m.start)
    return out


def _dutch_particles(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    hits = [i for i in spans.tokens_where(doc, ORTH, ["t"]) if 2 <= i < len(doc) - 1 and doc[i - 1].text in ("'", "’")
            and not doc[i - 1].whitespace_]
    if not hits:
        return mentions
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    out, drop = list(mentions), set()
    for i in hits:
        k = i - 2  # "in" / "van" before "'t"
        if doc[k].lower_ not in ("in", "van", "op") or not doc[k].is_lower or k < 1:
            continue
        first, last = doc[k - 1], doc[i + 1]
        if first.lower_ not in name_types.given_names() or not name_types._word(first.text) \
                or not name_types._word(last.text):
            continue
        inside = {id(at[j]): at[j] for j in range(k - 1, i + 2) if j in at}
        if any(not _unlinked(m) or m.end > i + 2 or m.start < k - 1 and m.end != k for m in inside.values()):
            continue
        person = Mention(k - 1, i + 2, "PERSON", "rule:particles")
        glued = next((m for m in inside.values() if m.start < k - 1), None)
        if glued is not None:  # "Dutch MEP Sophie" typed as one organisation: the words before are the role
            person.role = doc[glued.start:k - 1].text
        drop.update(inside)
        out.append(person)
    out = [m for m in out if id(m) not in drop]
    out.sort(key=lambda m: m.start)
    return out


PAIR_HEADS = {**{w: "ORG" for w in ("Partnership", "Programme", "Program", "Initiative", "Dialogue", "Process",
                                    "Facility", "Fund", "Platform", "Mechanism", "Alliance")},
              **{w: "LAW" for w in ("Statement", "Declaration", "Agreement", "Pact", "Compact", "Accord", "Deal")},
              "Summit": "EVENT"}
PAIR_HEAD_WORDS = set(PAIR_HEADS)


def _paired_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    hits = spans.tokens_where(doc, ORTH, PAIR_HEAD_WORDS)
    for h in hits:
        k, hyphens = h, 0
        while k > 0 and h - k < 6:
            t = doc[k - 1]
            if t.text == "-" and not t.whitespace_ and k > 1 and not doc[k - 2].whitespace_ and k < h:
                hyphens += 1
            elif not (t.text[:1].isupper() and t.is_alpha):
                break
            k -= 1
        if doc[k].lower_ == "the" and k < h:
            k += 1  # "The EU-Ghana Talent Partnership" opening a sentence
        elif k > 0 and doc[k - 1].text[:1].isupper():
            continue
        if hyphens != 1 or doc[k].text == "-":
            continue
        if any(m.start < k < m.end or m.start <= h < m.end and m.end > h + 1 or m.start == k and m.end == h + 1
               for m in mentions):
            continue  # part of a longer name, or already whole
        mentions = [m for m in mentions if not (k <= m.start and m.end <= h + 1)]
        mentions.append(Mention(k, h + 1, PAIR_HEADS[doc[h].text], "rule:pair-name"))
        mentions.sort(key=lambda m: m.start)
    return mentions


COURT_FIRST = {"District", "Circuit", "Bankruptcy", "Court"}
COUNTRY_SHORT = {"US", "U.S.", "United States"}


def _national_courts(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end == m.start and doc[prev.start:prev.end].text in COUNTRY_SHORT \
                and doc[m.start].text in COURT_FIRST and m.end - m.start >= 2 and m.label == "ORG" \
                and any(t.text == "Court" for t in doc[m.start:m.end]):
            out[-1] = Mention(prev.start, m.end, "ORG", m.method + "+country")
            continue
        out.append(m)
    return out
