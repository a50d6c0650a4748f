"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`): towns and divisions by general
evidence -- GeoNames, Census names, the syntactic role and the name's head word -- where the small
model missed the name or typed it as a person or an organisation (bodies, peoples and media:
:mod:`.entity_bodies`).

:func:`missed_towns`: a run of one to three title-case proper nouns outside every mention
("Lomé hosted the meeting", "Police in Mzuzu arrested ...", "Panel 3, Mombasa:") is a place
when GeoNames knows it: a city of the main index (:data:`dossier.geo.MIN_POPULATION`) that is no
Census given name or surname; a smaller town only with evidence -- a place preposition right
before it ("at Aflao"), or it is a country's capital ("Apia asked Wellington ..."). Not inside a
longer capitalised name, not after "the" or before "'s", not a word the document writes in
lower case, not an English word opening the sentence ("Reading is ..."); a town that is the
subject of a verb of saying needs a city of the main index or a capital (a bare name that "said"
or "told" is mostly a person or a body). A missed name GeoNames does not know, with a place noun
in apposition after it, takes the noun's type ("Meheba, the settlement in ...": FAC).

:func:`town_types`: an unlinked name the model typed as a person or an organisation is a place
when GeoNames knows it and (a) it is listed with a place and is no Census name ("Albina and
Saint-Laurent-du-Maroni", "Tórshavn and Nuuk"), or (b) it is a country's capital that is no Census
name, or (c) it is the object of a verb of leaving or reaching and no Census name ("who fled
Kasai"), or (d) a one-word "organisation" with no Census name and no English word, after no noun
or name, is the subject of a verb other than one of saying ("Roscommon has taken more than its
share"; not "the company Ventas spun off"). A one-word "person" is not a place on GeoNames alone
("Mr. Obama": a town in Japan). A name after "the <division> of (the)" is the division, GPE
("the prefecture of the Nord", "the province of Alberta"; not a name with a body's head word,
and "department" is no such noun: "the department of Homeland Security"). A name listed
with a natural place after a place preposition is a place too when the model typed the first of
them as something else ("migrants from Khatlon and the Rasht Valley").

:func:`particle_places`: a name, a lower-case particle and one or two title-case words that
GeoNames knows together as a town are that town ("Santana do Livramento"; the model: "Santana").

:func:`division_names`: a "natural place" whose name ends in a division's capitalised word
("the Upper East Region", "X Province") is a governed place, GPE.

:func:`road_numbers`: a road's number after "on/along/off the" ("a truck on the M1") is a
facility, not a product, and is found when the model missed it ("overturned on the A7").

One pass over the tokens or the mentions each; dict and set look-ups only.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import IS_TITLE, LOWER, POS
from spacy.parts_of_speech import PROPN as PROPN_ID
from spacy.tokens import Doc

from .. import geo
from ..reference import family
from . import entity_cues, name_types, spans
from .lexicon import HONORIFICS, MONTHS, NUMERIC, ORG_HEADS, SPEECH_VERBS, TITLE_WORDS, WEEKDAYS
from .mention import Mention

TOWN_PREPS = {"in", "at", "near", "outside", "off", "into", "via", "from", "to", "through", "across", "towards"}
CALENDAR = set(MONTHS) | set(WEEKDAYS)
NOT_TOWN_WORDS = CALENDAR | TITLE_WORDS | {h.lower().rstrip(".") for h in HONORIFICS}
TOWN_RETYPED = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"}
ROAD_NUMBER = re.compile(r"[A-Z]{1,2}-?\d{1,3}")
ROAD_PREPS = {"on", "along", "off", "via", "down", "up"}
THE = {"the"}  # sets, not lists: spans.tokens_where keeps the ids of a module-level set
PLACE_OBJECT_VERBS = {"flee", "leave", "reach", "enter", "cross", "evacuate", "invade"}
ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                          r"|Eleventh|Twelfth")
DISTRICT_KINDS = {"Congressional", "Judicial", "Electoral", "School", "Assembly", "Senate", "Federal", "Police", "Military"}
DIVISION_OF = {"prefecture", "province", "region", "governorate", "canton", "oblast", "municipality", "commune",
               "district", "county", "departement", "département", "prefectures", "provinces", "regions"}
DIVISION_TITLES = {"Province", "District", "County", "Governorate", "Prefecture", "Oblast", "Municipality"}
COMPASS_WORDS = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
                 "Lower", "Far", "North-Western", "North-Eastern", "South-Western", "South-Eastern", "Northwest",
                 "Northeast", "Southwest", "Southeast"}
TOWN_PARTICLES = {"do", "da", "dos", "das", "de", "del", "di", "du", "des", "la", "le", "el", "sur", "am", "an", "im"}


def _titled(doc: Doc) -> list[int]:
    """Indices of the title-case or proper-noun tokens (array reads: no Python object per token)."""
    if not len(doc):
        return []
    arr = doc.to_array([IS_TITLE, POS])
    return np.nonzero((arr[:, 0] == 1) | (arr[:, 1] == PROPN_ID))[0].tolist()




def _name_token(t) -> bool:
    """A title-case word that the tagger reads as a proper noun, or that is no English word."""
    return name_types._word(t.text) and not t.ent_type_ in NUMERIC and (
        t.pos_ == "PROPN" or t.pos_ in ("NOUN", "ADJ", "VERB") and not name_types.is_common_word(t.text))


def _census(word: str) -> bool:
    low = word.lower()
    return low in name_types.given_names() or low in name_types.surnames()


def _speaks(tok) -> bool:
    """Is the token the subject of a verb of saying ("Mensah said", "told ...")?"""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in SPEECH_VERBS


def missed_towns(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.start, m.end)}
    org_at = {m.end - 1: m.label == "ORG" for m in mentions}
    lower: set[str] | None = None
    added: list[Mention] = []
    n, skip_to = len(doc), 0
    for i in _titled(doc):
        if i in covered or i < skip_to or not _name_token(doc[i]):
            continue
        j = i
        while j < n and j - i < 4 and j not in covered and _name_token(doc[j]):
            j += 1
        a, b = i, j
        skip_to = j
        if b - a > 3 or b < n and (b in covered or doc[b].text[:1].isupper() and doc[b].is_alpha) \
                or b < n and doc[b].text in ("'s", "’s"):
            continue  # part of a longer name, or a possessor ("Macy's")
        prev = doc[a - 1] if a > 0 else None
        if prev is not None and (prev.lower_ == "the" or a - 1 in covered
                                 or prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start):
            continue
        if prev is not None and prev.lower_ == "of" and a >= 2 and org_at.get(a - 2, False):
            continue  # "the American Civil Liberties Union of Ohio": the body's own name
        words = [t.text for t in doc[a:b]]
        if any(w.lower() in NOT_TOWN_WORDS for w in words):
            continue
        if doc[a].is_sent_start and name_types.is_common_word(words[0]) and doc[a].pos_ != "PROPN":
            continue
        text = doc[a:b].text
        place = geo.lookup(text, evidence=True)
        if place is None:
            kind = _kind(doc, a, b)
            if kind is not None:  # "Meheba, the settlement in North-Western Province"
                added.append(Mention(a, b, kind, "rule:kind"))
                covered.update(range(a, b))
            continue
        big = geo.lookup(text) is not None
        root = doc[a:b].root
        prep = prev is not None and prev.lower_ in TOWN_PREPS and root.dep_ == "pobj" and root.head.i == a - 1
        census = b - a == 1 and _census(words[0])
        capital = geo.is_capital(place) and not census
        if not (prep or big and not census or capital) or _speaks(root) and not big and not capital:
            continue
        if lower is None:
            lower = {t.lower_ for t in doc if t.is_lower}
        if b - a == 1 and doc[a].lower_ in lower:
            continue
        m = Mention(a, b, place.label, "rule:town")
        m.place = place
        added.append(m)
        covered.update(range(a, b))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _kind(doc: Doc, a: int, b: int) -> str | None:
    """The place type the noun in apposition says, for a name the model missed ("X, the
    settlement in ...", "X, a village near ..."): GPE, FAC or LOC only."""
    if b >= len(doc) or doc[b].text != "," or doc[a:b].root.pos_ != "PROPN":
        return None
    kind = entity_cues._apposition_kind(doc, Mention(a, b, "", ""))
    return kind if kind in ("GPE", "FAC", "LOC") else None


def town_types(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.entity_id is not None or m.kb_id or m.role or m.label not in TOWN_RETYPED or m.end - m.start > 8 \
                or any(s in m.method for s in ("+surname", "+camp", "+facility", "+kind", "+newspaper")):
            continue
        words = [t.text for t in doc[m.start:m.end] if t.is_alpha and not t.is_lower]
        if not 1 <= len(words) <= 3 or not all(name_types._word(w) for w in words) or not doc[m.end - 1].is_title:
            continue
        root = doc[m.start:m.end].root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in DIVISION_OF and head.head.i < head.i \
                and not any(w.lower() in ORG_HEADS for w in words):
            m.label, m.method = "GPE", m.method + "+division-of"  # "the prefecture of the Nord"
            continue
        if m.start > 0 and doc[m.start - 1].lower_ == "the":
            continue
        if m.label in ("ORG", "PERSON") and _listed_natural(doc, root, at):
            m.label, m.method = "GPE", m.method + "+listed-place"  # "from Khatlon and the Rasht Valley"
            continue
        if m.label == "NORP":
            continue
        place = geo.lookup(doc[m.start:m.end].text, evidence=True)
        if place is None or place.kind != "city" and place.kind != "country":
            continue
        census = len(words) == 1 and _census(words[0])
        listed = not census and _listed_with_place(doc, root, at, m)
        capital = len(words) == 1 and geo.is_capital(place) and not census
        subject = m.label == "ORG" and len(words) == 1 and not census and not name_types.is_common_word(words[0]) \
            and root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX") and not _speaks(root) \
            and not (m.start > 0 and doc[m.start - 1].pos_ in ("NOUN", "ADJ", "PROPN"))  # "the company Ventas"
        reached = len(words) == 1 and not census and root.dep_ == "dobj" and (
            m.label == "PERSON" and root.head.lemma_.lower() in PLACE_OBJECT_VERBS
            or root.head.lemma_.lower() == "flee")  # "Congolese who fled Kasai" (an organisation is not fled)
        if listed or capital or subject or reached:
            m.place = place
            m.label, m.method = place.label, m.method + "+town"
    return mentions


def _listed_with_place(doc: Doc, root, at: dict[int, Mention], m: Mention) -> bool:
    """Is the name coordinated with a name typed as a place, either way round?"""
    others = [root.head] if root.dep_ == "conj" else []
    others += [c for c in root.children if c.dep_ == "conj"]
    for o in others:
        other = at.get(o.i)
        if other is not None and other is not m and family(other.label) == "PLACE" and other.label != "FAC":
            return True
    return False


def _listed_natural(doc: Doc, root, at: dict[int, Mention]) -> bool:
    """"from Khatlon and the Rasht Valley": the first of two names after a place preposition,
    the second a natural place (LOC)."""
    if root.dep_ != "pobj" or root.head.lower_ not in TOWN_PREPS or root.head.i > root.i:
        return False
    for c in root.children:
        other = at.get(c.i) if c.dep_ == "conj" else None
        if other is not None and other.label == "LOC":
            return True
    return False


def particle_places(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Santana do Livramento" (the model: "Santana"): a name followed by a lower-case particle and
    one or two title-case words that make with it a town GeoNames knows is that town, GPE."""
    starts = {m.start for m in mentions}
    grown: list[Mention] = []
    for m in mentions:
        j = m.end
        if m.entity_id is not None or m.kb_id or m.role or j + 1 >= len(doc) or doc[j].lower_ not in TOWN_PARTICLES \
                or not doc[j].is_lower or j + 1 in starts and j + 2 < len(doc) and doc[j + 2].is_title:
            continue
        for e in (j + 3, j + 2):
            if e <= len(doc) and all(t.is_title and t.is_alpha for t in doc[j + 1:e]) \
                    and (e == len(doc) or not doc[e].is_title):
                place = geo.lookup(doc[m.start:e].text, evidence=True)
                if place is not None:
                    m.end, m.place, m.label, m.method = e, place, place.label, m.method + "+particle-place"
                    grown.append(m)
                    break
    if not grown:
        return mentions
    ids = {id(g) for g in grown}
    return [m for m in mentions if id(m) in ids or not any(g.start <= m.start and m.end <= g.end for g in grown)]






def division_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Upper East Region", "North-Western Province" typed LOC: a name ending in a capitalised
    word of an administrative division is a governed place, GPE ("Region" only after a compass word:
    "Far North Region", not "the Great Lakes Region")."""
    for m in mentions:
        if m.entity_id is not None or m.label != "LOC" or not 2 <= m.end - m.start <= 4:
            continue
        last = doc[m.end - 1].text
        if any(t.like_num or ORDINAL_WORD.fullmatch(t.text) or t.text in DISTRICT_KINDS for t in doc[m.start:m.end - 1]):
            continue  # "the Third Congressional District", "the 4th District": an electoral district
        compass = any(t.text in COMPASS_WORDS for t in doc[m.start:m.end - 1])
        if last in DIVISION_TITLES or last == "Region" and compass:
            m.label, m.method = "GPE", m.method + "+division"
    return mentions






def road_numbers(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [Mention(k + 1, k + 2, "FAC", "rule:road") for k in spans.tokens_where(doc, LOWER, THE)
             if 1 <= k < len(doc) - 1 and k + 1 not in covered and doc[k - 1].lower_ in ROAD_PREPS
             and ROAD_NUMBER.fullmatch(doc[k + 1].text)
             and not (k + 2 < len(doc) and doc[k + 2].text[:1].isupper())]  # "overturned on the A7"
    if added:
        mentions = sorted(mentions + added, key=lambda m: m.start)
    for m in mentions:
        if m.entity_id is None and m.label in ("PRODUCT", "ORG", "GPE", "PERSON") and m.end - m.start == 1 \
                and m.start >= 2 and doc[m.start - 1].lower_ == "the" and doc[m.start - 2].lower_ in ROAD_PREPS \
                and ROAD_NUMBER.fullmatch(doc[m.start].text):
            m.label, m.method = "FAC", m.method + "+road"
    return mentions


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The steps of this module, in order."""
    for step in (particle_places, missed_towns, town_types, division_names, road_numbers):
        mentions = step(linker, doc, mentions)
    return mentions
