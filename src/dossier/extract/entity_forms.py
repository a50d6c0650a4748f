"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`, after the bodies named with another
country's demonym, before the new entities are named) that types and joins names by how they
are written, in the registers of US and European political news (quoted titles and photographs'
credits: :mod:`.entity_works`):

- :func:`hyphen_peoples`: "Cuban-American candidates", "a rare Mexican-American outlier" (the
  model and the ruler: "Cuban" + "American"): two demonyms joined by a hyphen with no space are
  one people, NORP, unless the noun after them is one of a relation between two parties
  ("the Arab-Kurdish partnership", "Sino-American relations", "the Iranian-Russian axis":
  RELATION_NOUNS) or a third demonym follows (a list: "Iranian-Russian-Syrian projects").
- :func:`hyphen_parts`: "the Arab-Kurdish partnership", "a UN-OPCW panel" (the model: "Arab",
  "UN" only): the word glued after a name by a hyphen is a name of its own when the reference
  table knows it as a demonym or a country (NORP / its type), or, after an organisation, when it
  is an acronym (ORG).
- :func:`adjective_peoples`: "a Latino senator", "the Latino vote" (the model: ORG): a one-word
  organisation the tagger reads as an adjective (JJ) inside a sentence, an English noun too ("a
  Latino", "a Confederate"; not "Onetime", not "Centerview") and no company's first word ("the
  Mosaic boards" after "Mosaic Systems Inc"), is a people's or a party's adjective, NORP;
  then the same word, or its plural ("Latinos"), typed ORG/PERSON or not found elsewhere in the
  document, is that people too.
- :func:`acronym_people`: "the SVP youth wing, Junge SVP" (the model: PERSON), "the E.P.R.P. sent
  Nega north": a person's name does not contain an acronym -- a word in capitals of two to five
  letters (dotted or not) that is no Census given name or surname; such a "person" is an
  organisation. Not a name written all in capitals ("FABRICE COFFRINI", "NINO BERIDZE").
- :func:`kind_of`: "on the town of Marea", "the province of Idlib" (the model: ORG): a name after
  "the <town|city|village|province|...> of" is a place, GPE.
- :func:`languages`: "with insufficient German skills", "speaks Tigrinya", "said in Spanish" (the
  model: NORP): a one-word name that is a language's English name in CLDR (through Babel, in the
  lock) before a noun of language ability or use (LANGUAGE_NOUNS), the object of a verb of
  speaking, learning or writing, or after "in" governed by a verb of saying or writing, is a
  language.
- :func:`field_lists`: "the National Academies of Sciences, Engineering and Medicine" (the model:
  "National Academies of Sciences" + "Medicine"): a body's name ending "of <Field>" continues
  over a list of capitalised English nouns ", <Field> and <Field>".
- :func:`title_modifiers`: "State Senator José Rodríguez", "State Rep. Rio Tilton" (the model:
  "State" ORG): a title's modifier alone before a title word and a person's name is part of the
  title, no name.

Each is one pass over the mentions, or over the few tokens a look-up by spelling finds
(:func:`.spans.tokens_where`); the language names are read once per process.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc

from . import entity_works, name_types, spans
from .lexicon import CORPORATE_SUFFIXES, FIRM_ENDS, TITLE_MODIFIERS, TITLE_WORDS
from .mention import Mention
from .relation_vocabulary import AGENT_NOUNS

# Nouns of a relation between two parties: a hyphenated pair of demonyms before one is two peoples.
RELATION_NOUNS = {"relations", "relationship", "ties", "border", "borders", "war", "wars", "talks", "partnership",
                  "alliance", "agreement", "accord", "accords", "treaty", "deal", "summit", "conflict", "cooperation",
                  "trade", "axis", "dialogue", "coalition", "pact", "rivalry", "friendship", "negotiations", "dispute",
                  "frontier", "rapprochement", "detente", "split", "boundary", "commission", "council", "front",
                  "contention", "tension", "tensions", "hostility", "hostilities", "fighting", "clashes", "enmity",
                  "peace", "ceasefire", "reconciliation", "standoff", "rift", "exchange", "exchanges", "game", "match"}
HYPHENS = {"-", "‐", "‑"}
FIRM_WORDS = CORPORATE_SUFFIXES | FIRM_ENDS
LANGUAGE_NOUNS = {"skills", "skill", "speakers", "speaker", "lessons", "lesson", "classes", "class", "course",
                  "courses", "teacher", "teachers", "proficiency", "fluency", "translation", "translations",
                  "translator", "translators", "interpreter", "interpreters", "subtitles", "dialect", "grammar",
                  "vocabulary", "instruction", "tuition", "tests", "test", "exam", "exams"}
LANGUAGE_VERBS = {"speak", "learn", "teach", "study", "understand", "translate", "interpret", "master"}
WRITING_VERBS = {"say", "write", "speak", "tweet", "sing", "publish", "broadcast", "answer", "reply", "shout",
                 "print", "translate", "conduct", "testify", "address"}
KIND_OF = {"town", "city", "village", "hamlet", "province", "district", "county", "municipality", "governorate",
           "region", "state", "island", "port", "commune", "prefecture", "canton", "oblast", "emirate", "kingdom",
           "republic", "borough", "township", "suburb", "enclave"}
DETERMINERS = {"the", "a", "an", "this", "that"}
# Lower-case division nouns after a one-word name: "the Oromia region", "the Idlib province".
DIVISION_AFTER = {"region", "province", "district", "governorate", "county", "prefecture", "canton", "oblast",
                  "municipality"}
# Last words of a building's or a structure's name: "Aldama Theater", "Trump Tower" (the model: ORG).
BUILDING_ENDS = {"theater", "theatre", "stadium", "arena", "airport", "hotel", "bridge", "tower", "cathedral",
                 "mosque", "synagogue", "palace", "castle", "plaza", "highway", "freeway", "tunnel", "dam", "pier",
                 "monument", "memorial", "coliseum", "auditorium", "ballpark"}

DOTTED = re.compile(r"(?:\w\.){2,5}")
CAPITALS = re.compile(r"[^\W\d_a-zß-ÿ]{2}|[^\W\d_a-zß-ÿ]\.[^\W\d_a-zß-ÿ]")  # two capitals, or a dotted pair
POSSESSIVES = {"'s", "’s", "'", "’"}


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for step in (title_modifiers, hyphen_parts, hyphen_peoples, adjective_peoples, acronym_people, determined_people, kind_of,
                 buildings, languages, field_lists, entity_works.quoted_titles, entity_works.credits):
        mentions = step(linker, doc, mentions)
    return mentions


def _free(m: Mention) -> bool:
    """Not linked to the reference table, not an acronym defined in the text."""
    return not m.kb_id and m.acronym is None and m.entity_id is None


def _fresh(start: int, end: int, label: str, method: str) -> Mention:
    return Mention(start, end, label, method)


# ---------------------------------------------------------------------------- peoples
def hyphen_peoples(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        if b is not None and a.label == "NORP" and b.label == "NORP" and b.start == a.end + 1 \
                and doc[a.end].text in HYPHENS and not doc[a.end - 1].whitespace_ and not doc[a.end].whitespace_ \
                and b.end - b.start == 1 and a.end - a.start == 1 and not _hyphen_chain(doc, mentions, i):
            after = doc[b.end] if b.end < len(doc) else None
            if after is None or after.lower_ not in RELATION_NOUNS:
                out.append(_fresh(a.start, b.end, "NORP", "rule:hyphen-people"))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _hyphen_chain(doc: Doc, mentions: list[Mention], i: int) -> bool:
    """A third name joined by a hyphen before or after the pair: a list of parties."""
    a, b = mentions[i], mentions[i + 1]
    before = a.start >= 2 and doc[a.start - 1].text in HYPHENS and not doc[a.start - 1].whitespace_ \
        and doc[a.start - 2].text[:1].isupper()
    after = b.end + 1 < len(doc) and doc[b.end].text in HYPHENS and not doc[b.end - 1].whitespace_ \
        and doc[b.end + 1].text[:1].isupper()
    return before or after


def hyphen_parts(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for m in mentions:
        k = m.end + 1
        if k >= len(doc) or k in covered or doc[m.end].text not in HYPHENS or doc[m.end - 1].whitespace_ \
                or doc[m.end].whitespace_ or not doc[k].is_alpha or not doc[k].text[:1].isupper():
            continue
        if k + 1 < len(doc) and (doc[k + 1].text[:1].isupper() and doc[k + 1].is_alpha
                                 or doc[k + 1].text in HYPHENS and not doc[k].whitespace_):
            continue  # part of a longer name ("Arab-Kurdish Front"), or a chain of three
        hit = linker.ref.lookup(doc[k].text)
        if hit is not None and (hit[1] or hit[0].type == "GPE"):
            added.append(_fresh(k, k + 1, "NORP" if hit[1] else "GPE", "rule:hyphen-part"))
        elif m.label == "ORG" and doc[k].is_upper and _acronym(doc[k].text):
            added.append(_fresh(k, k + 1, "ORG", "rule:hyphen-part"))  # "UN-OPCW"
        else:
            continue
        covered.add(k)
    if added:
        mentions = sorted(mentions + added, key=lambda m: (m.start, m.end))
    return mentions


# a person's entourage or stance before which a surname is that person's name used as a modifier
PERSON_HEADS = frozenset(AGENT_NOUNS) | {"administration", "campaign", "aide", "adviser", "advisor", "spokesman",
                                         "spokeswoman", "spokesperson", "loyalist", "presidency", "era"}


def _surname_modifier(doc: Doc, t) -> bool:
    """A Census surname modifying a noun of a person's entourage or stance ("a Trump supporter",
    "a Bush aide", "the Obama administration") is that person's name, not a people's adjective
    ("a Latino senator", "the Latino community" stay NORP)."""
    return t.head.i > t.i and t.head.lemma_.lower() in PERSON_HEADS and t.lower_ in name_types.surnames()


def adjective_peoples(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    firms = {doc[m.start].text for m in mentions if m.label == "ORG" and m.end - m.start > 1
             and doc[m.end - 1].lower_ in FIRM_WORDS}  # "the Mosaic boards" after "Mosaic Systems Inc"
    words: set[str] = set()
    for m in mentions:
        if m.label == "ORG" and m.end - m.start == 1 and _free(m) and doc[m.start].text not in firms:
            t = doc[m.start]
            if t.tag_ == "JJ" and t.is_title and t.is_alpha and len(t) > 3 and not t.is_sent_start \
                    and not doc[m.start - 1].is_punct and t.lower_ in name_types.common_nouns() \
                    and not _surname_modifier(doc, t):
                m.label, m.method = "NORP", m.method + "+adjective"
                words.add(t.text)
    peoples = {doc[m.start].text for m in mentions if m.label == "NORP" and m.end - m.start == 1}
    if not words and not peoples:
        return mentions
    plurals = {w + "s" for w in words | peoples if not w.endswith("s")}
    for m in mentions:
        if m.label in ("ORG", "PERSON") and m.end - m.start == 1 and _free(m) \
                and (doc[m.start].text in words or doc[m.start].text in plurals) and not doc[m.start].is_upper:
            m.label, m.method = "NORP", m.method + "+adjective"
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [_fresh(i, i + 1, "NORP", "rule:adjective") for i in spans.tokens_where(doc, ORTH, sorted(words))
             if i not in covered and doc[i].is_title]
    if added:
        mentions = sorted(mentions + added, key=lambda m: (m.start, m.end))
    return mentions


# ---------------------------------------------------------------------------- bodies, places
def acronym_people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    from ..text import norm

    org_acronyms = {doc[m.start].text for m in mentions if m.label == "ORG" and m.end - m.start == 1
                    and _acronym(doc[m.start].text)}
    bodies: set[str] = set()
    for m in mentions:
        if m.label != "PERSON" or m.kb_id or m.acronym is not None or m.entity_id is not None \
                or "speaker" in m.method or m.end < len(doc) and doc[m.end].text == ":" \
                or not CAPITALS.search(doc[m.start:m.end].text):
            continue
        toks = [t for t in doc[m.start:m.end] if t.is_alpha or "." in t.text]
        if len(toks) > 1:
            if all(t.is_alpha and t.is_upper for t in toks) or not any("." not in t.text and _acronym(t.text)
                                                                        for t in toks):
                continue  # a name in capitals ("FABRICE COFFRINI"); initials ("George H.W. Bush")
            bodies.add(norm(doc[m.start:m.end].text))  # "Junge SVP"
        elif not toks or not (toks[0].text in org_acronyms
                              or "." in toks[0].text and _acronym(toks[0].text) and len(toks[0].text) > 6):
            continue  # "FDR" alone stays the model's person; "E.P.R.P." does not
        m.label, m.method = "ORG", m.method + "+acronym-word"
    for m in mentions:
        if m.label == "PERSON" and m.entity_id is None and m.cluster in bodies:
            m.label, m.method = "ORG", m.method + "+acronym-word"  # "SVP" after "Junge SVP"
    return mentions


def determined_people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.label != "PERSON" or m.end - m.start != 1 or m.start == 0 or not _free(m) or m.cluster is not None:
            continue
        t, det = doc[m.start], doc[m.start - 1]
        if det.lower_ != "the" or t.tag_ != "NNP" or t.lower_ in name_types.given_names() or m.role \
                or t.lower_.endswith("s"):
            continue  # "the Obamas": a family
        if m.end < len(doc) and (doc[m.end].pos_ in ("NOUN", "PROPN", "NUM") or doc[m.end].text in POSSESSIVES
                                 or doc[m.end].text in HYPHENS or doc[m.end].lower_ in ("and", "or")):
            continue  # "the Clinton campaign", "the Dodd-Frank Act": a person's name as a modifier
        m.label, m.method = "ORG", m.method + "+determined"  # "the Derg", "the Bundestag"
    return mentions


def buildings(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.label not in ("ORG", "PERSON", "GPE") or m.end - m.start < 2 or not _free(m):
            continue
        toks = doc[m.start:m.end]
        if toks[-1].lower_ in BUILDING_ENDS and all(x.text[:1].isupper() or x.text in POSSESSIVES for x in toks):
            m.label, m.method = "FAC", m.method + "+building"
    return mentions


def _acronym(word: str) -> bool:
    """"SVP", "FPÖ", "E.P.R.P.": capitals of two to five letters, dotted or not, no Census name."""
    letters = word.replace(".", "")
    if not (2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()):
        return False
    if "." in word and not DOTTED.fullmatch(word):
        return False
    low = letters.lower()
    return low not in name_types.given_names() and low not in name_types.surnames()


def kind_of(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.label in ("GPE", "NORP") or m.start < 1 or not _free(m) or "+surname" in m.method:
            continue
        if m.start >= 3 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in KIND_OF \
                and doc[m.start - 2].is_lower and doc[m.start - 3].lower_ in DETERMINERS and doc[m.start].text[:1].isupper():
            m.label, m.method = "GPE", m.method + "+kind-of"  # "the town of Marea"
        elif m.label in ("PERSON", "ORG") and m.end - m.start == 1 and m.end < len(doc) \
                and doc[m.end].lower_ in DIVISION_AFTER and doc[m.start - 1].lower_ == "the":
            m.label, m.method = "GPE", m.method + "+kind-after"  # "in the Oromia region"
    return mentions


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """English names of languages, one word each ("German", "Tigrinya"), from CLDR through Babel."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - babel is in the lock
        return frozenset()
    return frozenset(n for n in Locale("en").languages.values() if n.isalpha() and n[:1].isupper())


def languages(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    hits = set(spans.tokens_where(doc, ORTH, language_names()))
    for m in mentions:
        if m.start not in hits or m.label not in ("NORP", "PERSON", "ORG", "GPE") or m.end - m.start != 1 or m.role:
            continue
        t = doc[m.start]
        after = doc[m.end] if m.end < len(doc) else None
        cue = after is not None and after.lower_ in LANGUAGE_NOUNS and after.is_lower
        cue = cue or t.dep_ == "dobj" and t.head.lemma_ in LANGUAGE_VERBS
        prev = doc[m.start - 1] if m.start else None
        cue = cue or prev is not None and prev.lower_ == "in" and prev.head.pos_ == "VERB" \
            and prev.head.lemma_ in WRITING_VERBS and (after is None or after.pos_ not in ("NOUN", "PROPN"))
        if cue:
            m.label, m.method = "LANGUAGE", m.method + "+language"
            m.entity_id, m.demonym = (None, False) if m.demonym else (m.entity_id, m.demonym)
            if m.entity_id is None:
                m.kb_id = ""
    return mentions


# ---------------------------------------------------------------------------- names in pieces
def field_lists(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    by_start = {m.start: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        if m.label != "ORG" or m.end - m.start < 3 or m.start in drop or not _free(m):
            continue
        if not any(t.lower_ == "of" for t in doc[m.start + 1:m.end - 1]) or not _field(doc[m.end - 1]):
            continue
        e, ends, saw_and = m.end, [], False
        while e + 1 < len(doc) and doc[e].text in (",", "and") and not saw_and:
            k = e + 1 if doc[e].text == "," else e
            last = doc[k].text == "and"  # the list's last field: the join holds only if it is one too
            k += last
            if k >= len(doc) or not _field(doc[k]):
                break
            inner = by_start.get(k)
            end = k + 1 if inner is None else inner.end
            if inner is not None and (inner.end - k > 2 or not _free(inner) or inner.label not in ("ORG", "PERSON")
                                      or not all(_field(t) for t in doc[k:inner.end])):
                break
            if inner is None and any(x.start < k < x.end for x in mentions):
                break
            ends.append(end)
            e, saw_and = end, last
        if not saw_and or not ends or (ends[-1] < len(doc) and doc[ends[-1]].text[:1].isupper()):
            continue
        for x in mentions:
            if m.end <= x.start and x.end <= ends[-1]:
                drop.add(x.start)
        m.end, m.method, m.cluster = ends[-1], m.method + "+fields", None
    return [m for m in mentions if m.start not in drop]


def _field(t) -> bool:
    """A capitalised English noun that may name a field in a body's name ("Engineering")."""
    return t.is_title and t.is_alpha and t.pos_ in ("PROPN", "NOUN") and name_types.is_common_word(t.text)


def title_modifiers(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if m.end - m.start == 1 and m.end + 1 < len(doc) and _free(m) and m.label in ("ORG", "GPE", "NORP") \
                and doc[m.start].lower_ in TITLE_MODIFIERS and doc[m.end].lower_ in TITLE_WORDS \
                and doc[m.end].text[:1].isupper():
            nxt = starts.get(m.end + 1) or starts.get(m.end + 2)
            if nxt is not None and nxt.label == "PERSON":
                continue  # "State" of "State Senator José Rodríguez"
        out.append(m)
    return out
