"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`): bodies, peoples and media the
small model missed or typed as something else, by general evidence -- the syntactic role, a
body's head word, the reference table's demonyms.

:func:`people_who`: a "language" followed by "who" is a people ("Congolese who fled"), NORP.

:func:`bodies_before_heads`: a "person" before a lower-case noun of a body ("the Polisario
congress", "Hamas fighters") is the body, ORG, unless the Census lists it as a person's name.

:func:`agency_acronyms`: a word in capitals the model missed, subject of a verb ("ICE moved
...") or before a noun of a body's staff ("DTM teams"), is a body, ORG. :func:`bracketed_bodies`:
"The State Secretariat for Migration (SEM)", both missed: title-case words with a body's head
before a bracketed word in capitals are the body, and so is the word in brackets.

:func:`missed_peoples`: a title-case word the model missed that the reference table knows as a
country's demonym, or the plural of one ("Ugandans", "Burkinabe"), is that people, NORP.

:func:`country_courts`: a country's name and title-case words holding "Court" after it are one
court ("the United States Court of Appeals for the Ninth Circuit"), ORG.

:func:`media_names`: a "person" of two to four words whose last word is a newspaper's or a
broadcaster's head word ("Minivan News", "the Borneo Bulletin") and whose first word is no
Census given name is an organisation.

One pass over the tokens (array reads) or the mentions each; dict and set look-ups only.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_ALPHA, IS_UPPER, ORTH
from spacy.tokens import Doc

from .. import geo
from . import lexicon, name_types, spans
from .entity_towns import _census, _titled
from .lexicon import NUMERIC
from .mention import Mention

MEDIA_HEADS = {"news", "bulletin", "times", "post", "herald", "observer", "standard", "monitor", "express",
               "mail", "daily", "weekly", "gazette", "tribune", "chronicle", "journal", "telegraph", "courier",
               "radio", "television", "tv", "press", "today", "online", "insider", "examiner", "independent"}
BODY_AFTER = {"congress", "party", "movement", "leadership", "militia", "militias", "rebels", "fighters",
              "militants", "ministry", "secretariat", "delegation", "faction", "factions"}
STAFF_NOUNS = {"team", "teams", "officer", "officers", "agent", "agents", "official", "officials", "staff",
               "staffers", "inspector", "inspectors", "spokesman", "spokeswoman", "spokesperson", "monitors",
               "personnel", "director", "chief"}
BODY_JOINERS = {"of", "for", "and", "on"}
ORG_HEADS = lexicon.ORG_HEADS | {"secretariat", "bureau", "board", "organisation", "organization", "commissioner"}
COURT_WORDS = {"Court", "Supreme", "District", "Circuit", "High", "Federal", "Constitutional", "Appeals"}
OPEN_BRACKET = {"("}


def _capitals(doc: Doc) -> list[int]:
    """Indices of the tokens in capitals (letters only)."""
    if not len(doc):
        return []
    arr = doc.to_array([IS_UPPER, IS_ALPHA])
    return np.nonzero((arr[:, 0] == 1) & (arr[:, 1] == 1))[0].tolist()


def _country(linker, name: str) -> bool:
    """Whether ``name`` is a country's, by the reference table (its aliases: "U.S.") or GeoNames."""
    known = linker.ref.lookup(name)
    if known is not None and known[0].kind == "country":
        return True
    place = geo.lookup(name)
    return place is not None and place.kind == "country"


def country_courts(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the United States Court of Appeals for the Ninth Circuit" (the model: "United States" GPE and
    "Ninth Circuit" ORG): a country's name followed by title-case words holding "Court" (with of/for/
    the between them) is one court, ORG, to the last title-case word."""
    for g in list(mentions):
        if g.label != "GPE" or g.end >= len(doc) or doc[g.end].text not in COURT_WORDS \
                or not _country(linker, doc[g.start:g.end].text):
            continue
        e, last = g.end, None
        while e < len(doc) and e - g.end < 10 and (doc[e].is_title and doc[e].is_alpha or doc[e].lower_ in ("of", "for", "the")):
            if doc[e].is_title:
                last = e
            e += 1
        if last is None or not any(t.text == "Court" for t in doc[g.end:last + 1]):
            continue
        inside = [m for m in mentions if g.start <= m.start and m.end <= last + 1 or m.start < last + 1 < m.end
                  and m.start > g.start]
        if any(m.label == "PERSON" for m in inside):
            continue
        gone = {id(m) for m in inside}
        court = Mention(g.start, last + 1, "ORG", "rule:country-court")
        mentions = sorted([m for m in mentions if id(m) not in gone] + [court], key=lambda m: m.start)
    return mentions


def bracketed_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The State Secretariat for Migration (SEM)", both missed by the model: title-case words
    (with of/for/and/on/the between them) holding a body's head word, right before a bracketed
    word in capitals, are the body, ORG, and so is the word in brackets."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for k in spans.tokens_where(doc, ORTH, OPEN_BRACKET):
        if not 2 <= k < len(doc) - 2:
            continue
        acr = doc[k + 1]
        if doc[k].text != "(" or doc[k + 2].text != ")" or not (acr.is_alpha and acr.is_upper and 2 <= len(acr.text) <= 8) \
                or k + 1 in covered or k - 1 in covered:
            continue
        a = k
        while a > 0 and a - 1 not in covered and k - a < 10 and (doc[a - 1].is_title and doc[a - 1].is_alpha
                                                                 or doc[a - 1].lower_ in BODY_JOINERS):
            a -= 1
        while a < k and (doc[a].lower_ in BODY_JOINERS or doc[a].lower_ == "the"):
            a += 1
        if k - a < 2 or not any(t.lower_ in ORG_HEADS and t.is_title for t in doc[a:k]) or not doc[k - 1].is_title:
            continue
        added += [Mention(a, k, "ORG", "rule:bracketed-body"), Mention(k + 1, k + 2, "ORG", "rule:bracketed-body")]
        covered.update(range(a, k + 2))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def agency_acronyms(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A word in capitals outside every mention is a body, ORG, where a body acts: the subject of a
    verb other than "be" ("ICE moved Edwin Ochieng ...", even when the letters spell an English
    word), or before a noun of its staff ("DTM teams", "MOM inspectors"; not an English word). Not
    in a line written in capitals, not a place, not before a colon (a transcript's speaker), not a
    name the reference table types otherwise."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for i in _capitals(doc):
        t = doc[i]
        w = t.text
        if t.i in covered or not (w.isalpha() and w.isupper() and 2 <= len(w) <= 7) or t.pos_ not in ("PROPN", "NOUN"):
            continue
        if t.i - 1 in covered or t.i > 0 and doc[t.i - 1].lower_ in lexicon.CORPORATE_SUFFIXES:
            continue  # a ticker after a firm's name ("J.P. Stevens STN climbed")
        if t.i + 1 < len(doc) and doc[t.i + 1].text in (":", "-", "--") or t.i > 0 and doc[t.i - 1].is_upper \
                and doc[t.i - 1].is_alpha or t.i + 1 < len(doc) and doc[t.i + 1].is_upper and doc[t.i + 1].is_alpha:
            continue
        prev = doc[t.i - 1] if t.i else None
        if prev is not None and (prev.pos_ in ("ADJ", "NOUN", "PROPN") or prev.text[:1].isupper() and not prev.is_sent_start
                                 or name_types.is_common_word(w) and prev.pos_ == "DET"):
            continue  # "the former CEO", "super PAC", "Our Principles PAC": a title, a noun, a longer name
        acting = t.dep_ == "nsubj" and t.head.pos_ == "VERB" and t.head.i > t.i and len(w) >= 3
        staff = t.dep_ == "compound" and t.head.i == t.i + 1 and t.head.lower_ in STAFF_NOUNS \
            and not name_types.is_common_word(w)
        if not (acting or staff) or geo.lookup(w) or geo.lookup(w.title()):
            continue
        words = [x for x in t.sent if x.is_alpha]
        if sum(x.text.isupper() for x in words) * 3 > len(words):
            continue  # a headline in capitals
        known = linker.ref.lookup(w)
        if known is not None and known[0].type != "ORG":
            continue
        added.append(Mention(t.i, t.i + 1, "ORG", "rule:acting-acronym"))
        covered.add(t.i)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions




def missed_peoples(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"informs Ugandans in Kenya", "registered 9,000 Burkinabe": a title-case word outside every
    mention that the reference table knows as a country's demonym (or whose singular it knows) is
    that people, NORP, linked as a demonym; not inside a longer capitalised name."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for i in _titled(doc):
        t = doc[i]
        if t.i in covered or not t.is_title or not t.is_alpha or len(t.text) < 4 or t.ent_type_ in NUMERIC:
            continue  # "10 Canadian dollars": a sum of money
        if t.i + 1 < len(doc) and doc[t.i + 1].is_title or t.i > 0 and doc[t.i - 1].is_title \
                and not doc[t.i - 1].is_sent_start:
            continue
        hit = linker.ref.lookup(t.text) or (linker.ref.lookup(t.text[:-1]) if t.text.endswith("s") else None)
        if hit is None or not hit[1] or hit[0].type != "GPE":
            continue
        added.append(Mention(t.i, t.i + 1, "NORP", "rule:people", entity_id=hit[0].entity_id, demonym=True))
        covered.add(t.i)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def people_who(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"holds Congolese who fled Kasai": a "language" followed by "who" is a people, NORP."""
    for m in mentions:
        if m.label == "LANGUAGE" and m.end < len(doc) and doc[m.end].lower_ in ("who", "whom"):
            m.label, m.method = "NORP", m.method + "+people-who"
    return mentions


def bodies_before_heads(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Polisario congress", "Hamas fighters": a "person" of one or two words before a
    lower-case noun of a body (congress, party, movement, leadership, militia ...) is the body,
    ORG; not a person's name the Census lists (a given name and a surname) or a surname of a person
    named in the document."""
    for m in mentions:
        if m.entity_id is not None or m.kb_id or m.role or m.label != "PERSON" or m.end >= len(doc) \
                or not 1 <= m.end - m.start <= 2 or "+surname" in m.method:
            continue
        nxt = doc[m.end]
        words = [t.text for t in doc[m.start:m.end]]
        if nxt.is_lower and nxt.lower_ in BODY_AFTER and not name_types.looks_like_person(words) \
                and not (len(words) == 1 and _census(words[0])):
            m.label, m.method = "ORG", m.method + "+body-noun"
    return mentions






def media_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.entity_id is not None or m.kb_id or m.label != "PERSON" or not 2 <= m.end - m.start <= 4:
            continue
        last, first = doc[m.end - 1], doc[m.start]
        if last.lower_ in MEDIA_HEADS and last.is_title and first.lower_ not in name_types.given_names():
            m.label, m.method = "ORG", m.method + "+newspaper"
    return mentions


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The steps of this module, in order."""
    for step in (country_courts, bracketed_bodies, agency_acronyms, missed_peoples, people_who, bodies_before_heads,
                 media_names):
        mentions = step(linker, doc, mentions)
    return mentions
