"""Linker steps (called from :func:`dossier.extract.entity_words.repair`, after the kind nouns) that
type a name by the words it is written with, in registers the news model knows little of
(situation reports, transcripts, research texts):

- :func:`natural_names`: a name the model typed as a place, body or person whose last word is a
  natural feature's or a route's, capitalised ("the Rasht Valley" GPE, "the Białowieża Forest",
  "the Eastern Route" ORG), and that neither GeoNames nor the reference table knows, is a natural
  place or a route, LOC. For a model organisation or person, only after "the" ("Nottingham
  Forest" stays a team).
- :func:`storms`: "Hurricane Eta", "Cyclone Idai", "Typhoon Haiyan", "Tropical Storm X": EVENT
  (the model: FAC, PERSON, ORG).
- :func:`peoples`: a one-word name before a lower-case noun of a people ("the Garífuna
  community", "the Mizo people") that GeoNames does not know, no English word or Census name
  (not "the Trump people"), is a people, NORP; a plural of a
  demonym the reference table knows ("Nepalis" typed PERSON) is that people (NORP, linked as a
  demonym); a name listed after a language ("Arabic and Tigrinya") is a language.
- :func:`possessive_places`: "Slovenia's Human Rights Ombudsman" as one model ORG is the country
  and the body: a country the reference table knows before "'s" inside the name is cut off, when
  the name ends in a body's head word (not "America's Bitter Pill", a book); so is a city of
  GeoNames' main index before a body's or a site's head ("Willemstad's Foreigners Barracks").
- :func:`country_forces`: "Cyprus Police", "Nigeria Police Force" (the model: the country alone):
  a country and a capitalised force's name right after it are one organisation.
- :func:`citations`: "Fitzgerald (2019)", "Gammeltoft-Hansen and Tan (2017)", "Smith et al.",
  "Mensah, A. and Ouédraogo, S. (2021)" (initials after the surname: no Census surname needed):
  a surname before a year in brackets is an author, PERSON (the model: ORG or nothing); every
  word a Census surname (a hyphenated one by one of its parts) or a model "person".
- :func:`vessels`: "the Ocean Viking disembarked 234 people" (the model: ORG), "aboard the X": a
  name after "the" that is the subject of a ship's verb (VESSEL_VERBS: disembark, or dock, berth,
  moor, capsize, sink, sail with no object: not "the Senate docked their pay") or the object of
  "aboard" is a vessel, PRODUCT; not a body's name nor one English word ("the Commission").
- :func:`titles_in_apposition`: "the Refugee Relief and Repatriation Commissioner, Mohammed
  Mizanur Rahman," (the model: an ORG): a name ending in a title of office (OFFICE_LAST) after
  "the", right before a comma and a person's name, is the person's title, no entity; it becomes
  the person's role.
- :func:`speakers`: a transcript's speaker line, capitals then a colon at the start of a line or
  sentence ("NINO BERIDZE: ...", "MS. SALGADO: ..."), names a person (two or three words, or one
  after an honorific), and so does the same name written in title case elsewhere in the document;
  one English word there is a label, not a name ("QUESTION:", "PRESENTER:").

One pass over the mentions each, or over the few tokens a look-up by spelling finds
(:func:`.spans.tokens_where`).
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from .. import geo
from ..text import norm
from . import name_types, spans
from .entity_spans import HEADS as BODY_HEADS
from .entity_cues import ROMANCE_PARTICLES
from .lexicon import HONORIFICS, ORG_HEADS
from .mention import Mention

NATURAL_LAST = {"valley", "river", "mountains", "desert", "gulf", "bay", "strait", "lake", "sea", "forest", "gap",
                "peninsula", "plateau", "delta", "route", "corridor"}
NATURAL_RETYPED = {"GPE", "ORG", "PERSON", "FAC", "NORP", "WORK_OF_ART", "PRODUCT"}
STORM_WORDS = {"hurricane", "cyclone", "typhoon"}
PEOPLE_NOUNS = {"community", "communities", "people", "peoples", "minority", "minorities", "tribe", "tribes",
                "diaspora", "clan", "clans"}
LANGUAGE_VERBS = {"speak", "translate", "interpret"}
# First and last words of a force's name after a country's: "Cyprus Police", "Nigeria Police Force".
FORCE_FIRST = {"police", "navy", "army", "coastguard", "coast", "border", "defence", "defense", "gendarmerie",
               "armed", "national"}
FORCE_LAST = {"police", "navy", "army", "coastguard", "guard", "force", "forces", "gendarmerie", "service"}
OFFICE_LAST = {"commissioner", "minister", "secretary", "director", "rapporteur", "envoy", "ambassador", "governor",
               "mayor", "inspector", "registrar", "administrator", "coordinator", "representative"}
VESSEL_VERBS = {"disembark", "dock", "berth", "moor", "capsize", "sink", "sail", "anchor"}
ABOARD = {"aboard"}  # sets, not lists: spans.tokens_where keeps the ids of a module-level set
POSSESSIVES = {"'s", "’s"}
SITE_HEADS = {"barracks", "prison", "jail", "camp", "airport", "port", "harbour", "harbor"}  # a city's site
CITATION_MARKS = {"(", "et"}
INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
COLON = {":"}
HONORIFIC_CAPS = {h.upper().rstrip(".") for h in HONORIFICS}


# First words of natural places' names in Romance languages, before "de"/"del"/"di"...: "Bahía de
# Cabañas", "Golfo di Napoli", "Lac du Bourget" (the name of a town: GeoNames keeps it a town).
ROMANCE_NATURAL = {"bahía", "bahia", "baía", "baie", "golfo", "golfe", "río", "rio", "lago", "lac", "sierra", "serra",
                   "cerro", "monte", "mont", "cabo", "playa", "praia", "laguna", "lagune", "estrecho", "stretto",
                   "canal", "isla", "islas", "ilha", "île", "isola"}


def natural_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        last = doc[m.end - 1]
        if m.entity_id or m.kb_id or m.label not in NATURAL_RETYPED or m.end - m.start < 2:
            continue
        first = doc[m.start]
        romance = first.lower_ in ROMANCE_NATURAL and first.text[:1].isupper() and m.end - m.start >= 3 \
            and doc[m.start + 1].lower_ in ROMANCE_PARTICLES  # "Bahía de Cabañas" (the model: PERSON)
        if not romance and (last.lower_ not in NATURAL_LAST or not last.text[:1].isupper()):
            continue
        if not romance and m.label != "GPE" and (m.start == 0 or doc[m.start - 1].lower_ != "the"):
            continue
        text = doc[m.start:m.end].text
        if any(t.lower_ in ORG_HEADS for t in doc[m.start:m.end - 1]) or geo.lookup(text) is not None \
                or linker.ref.lookup(text) is not None:
            continue
        m.label, m.method = "LOC", m.method + "+natural"
    return mentions


def storms(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.entity_id or m.label == "EVENT" or not 2 <= m.end - m.start <= 3:
            continue
        first = doc[m.start]
        two = m.end - m.start == 3 and first.text == "Tropical" and doc[m.start + 1].text == "Storm"
        if not (first.lower_ in STORM_WORDS and first.text[:1].isupper() or two):
            continue
        m.label, m.method = "EVENT", m.method + "+storm"
    return mentions


def peoples(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    at = {m.start: m for m in mentions}
    for m in mentions:
        if m.entity_id or m.kb_id or m.end - m.start != 1:
            continue
        t = doc[m.start]
        if m.label in ("GPE", "PERSON", "ORG", "LOC") and m.end < len(doc) and doc[m.end].lower_ in PEOPLE_NOUNS \
                and doc[m.end].is_lower and "+surname" not in m.method and _foreign(t.text) \
                and geo.lookup(t.text, evidence=True) is None:
            m.label, m.method = "NORP", m.method + "+people-noun"  # "the Garífuna community"
            continue
        if m.label in ("PERSON", "ORG", "GPE", "PRODUCT", "WORK_OF_ART") and t.text.endswith("s") and len(t) > 4:
            hit = linker.ref.lookup(t.text[:-1])
            if hit is not None and hit[1]:
                m.label, m.entity_id, m.demonym = "NORP", hit[0].entity_id, True  # "Nepalis"
                m.method += "+demonym-plural"
                continue
        if m.label in ("GPE", "NORP", "PERSON", "ORG") and t.dep_ == "conj":
            first = at.get(t.head.i)
            if first is not None and first.label == "LANGUAGE" and first.end - first.start == 1:
                m.label, m.method = "LANGUAGE", m.method + "+language"  # "Arabic and Tigrinya"
    return mentions


def _foreign(word: str) -> bool:
    """No Census given name or surname, no English word: "Garífuna" (not "the Trump people")."""
    low = word.lower()
    return name_types._word(word) and low not in name_types.given_names() and low not in name_types.surnames() \
        and not name_types.is_common_word(word)


def possessive_places(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    marks = set(spans.tokens_where(doc, ORTH, POSSESSIVES))
    if not marks:
        return mentions
    out = []
    for m in mentions:
        cut = next((k for k in range(m.start + 1, m.end - 1) if k in marks), None) if m.end - m.start >= 3 else None
        if cut is None or m.entity_id or m.label not in ("ORG", "FAC", "PERSON"):
            out.append(m)
            continue
        hit = linker.ref.lookup(doc[m.start:cut].text)
        place = geo.lookup(doc[m.start:cut].text) if hit is None and m.label != "PERSON" else None
        if (hit is None or hit[1] or hit[0].type != "GPE") and place is None or not doc[cut + 1].text[:1].isupper() \
                or doc[m.end - 1].lower_ not in BODY_HEADS | SITE_HEADS:
            out.append(m)
            continue  # a city of GeoNames' main index before "'s" too: "Willemstad's Foreigners Barracks"
        part = Mention(m.start, cut, "GPE", "rule:possessive", entity_id=hit[0].entity_id if place is None else None)
        part.place = place
        out.append(part)
        m.start, m.method = cut + 1, m.method + "+possessive"
        out.append(m)
    return out


def country_forces(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    firsts = set(spans.tokens_where(doc, LOWER, FORCE_FIRST))
    if not firsts:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        j = m.end
        if m.label == "GPE" and m.entity_id and j in firsts and j not in covered and doc[j].text[:1].isupper():
            k = j
            while k < len(doc) and k - j < 3 and doc[k].is_title and k not in covered:
                k += 1
            ref = linker.ref.entities.get(m.entity_id)
            if ref is not None and ref.kind == "country" and doc[k - 1].lower_ in FORCE_LAST:
                out.append(Mention(m.start, k, "ORG", "rule:country-force"))  # "Cyprus Police"
                continue
        out.append(m)
    return out


FORCE_WORDS = FORCE_FIRST | FORCE_LAST


def forces_of_country(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Border Guard Bangladesh", "Police Scotland": a force's capitalised name right before a
    country or nation the reference table knows is one organisation (the model: the country
    alone, or "Guard Bangladesh" PERSON), ``rule:force-country``."""
    if not spans.tokens_where(doc, LOWER, FORCE_LAST):
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        x = next((x for x in range(m.start, m.end) if _country(linker, doc[x:m.end].text)), None)
        if x is None or m.role or any(t.lower_ not in FORCE_WORDS or not t.is_title for t in doc[m.start:x]):
            out.append(m)
            continue
        k = m.start
        while k > 0 and m.start - k < 3 and k - 1 not in covered and doc[k - 1].is_title \
                and doc[k - 1].lower_ in FORCE_WORDS:
            k -= 1
        if k == x or doc[x - 1].lower_ not in FORCE_LAST or k > 0 and doc[k - 1].text[:1].isupper() \
                and not doc[k - 1].is_sent_start:
            out.append(m)
            continue
        out.append(Mention(k, m.end, "ORG", "rule:force-country"))
    return out


def _country(linker, text: str) -> bool:
    hit = linker.ref.lookup(text)
    return hit is not None and not hit[1] and hit[0].kind == "country"


# "the border post at Petrapole", "the land port at Benapole", "the crossing point at Akhaura"
POST_NOUNS = {"post", "point", "checkpoint", "crossing", "port", "gate"}
POST_BEFORE = {"border", "crossing", "land", "frontier"}


def border_posts(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the border post at Petrapole", "the land port at Benapole", "a checkpoint at Akhaura": a
    name right after "at" after a border post's noun names the post, FAC (the model: nothing, a
    town or an organisation); not a reference place ("the crossing at Calais"), nor a person."""
    hits = [i for i in spans.tokens_where(doc, LOWER, POST_NOUNS)
            if i + 2 < len(doc) and doc[i + 1].lower_ == "at" and doc[i].is_lower
            and (doc[i].lower_ in ("checkpoint", "crossing") or doc[i - 1].lower_ in POST_BEFORE)]
    if not hits:
        return mentions
    starts = {m.start: m for m in mentions}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for i in hits:
        a = i + 2
        m = starts.get(a)
        if m is not None:
            if not m.entity_id and not m.kb_id and m.label in ("GPE", "ORG", "PERSON", "LOC") and not m.role \
                    and "+surname" not in m.method and geo.lookup(doc[m.start:m.end].text) is None:
                m.label, m.method = "FAC", m.method + "+post"
            continue
        b = a
        while b < len(doc) and b - a < 3 and b not in covered and doc[b].is_title and doc[b].pos_ == "PROPN":
            b += 1
        if b > a and (a not in covered) and geo.lookup(doc[a:b].text) is None \
                and linker.ref.lookup(doc[a:b].text) is None:
            added.append(Mention(a, b, "FAC", "rule:post"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# Parts of a town's ground named after it: "the Arguineguín quay", "the Lesbos coast".
PLACE_PARTS = {"quay", "quayside", "port", "harbour", "harbor", "coast", "coastline", "shore", "shoreline", "beach",
               "beaches", "waterfront", "seafront", "outskirts", "hinterland", "pier", "docks", "marina"}


def place_parts(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Arguineguín quay", "the Mytilene harbour" (the model: ORG): a name between "the" and a
    lower-case noun of a town's ground (PLACE_PARTS) is the town, GPE, when it is in no language
    of the model's (no English word, no Census name) or GeoNames knows it; not a body the
    reference table knows nor a vessel's name."""
    if not spans.tokens_where(doc, LOWER, PLACE_PARTS):
        return mentions
    from .entity_types import _foreign_name
    for m in mentions:
        if m.entity_id or m.kb_id or m.role or m.label not in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP") \
                or not 1 <= m.end - m.start <= 3 or m.start == 0 or m.end >= len(doc) \
                or doc[m.start - 1].lower_ != "the" or not doc[m.end].is_lower or doc[m.end].lower_ not in PLACE_PARTS:
            continue
        words = [t.text for t in doc[m.start:m.end] if t.is_alpha]
        if words and (_foreign_name(words) or geo.lookup(" ".join(words)) is not None):
            m.label, m.method = "GPE", m.method + "+place-part"
    return mentions


def citations(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    at: dict[int, Mention] | None = None
    added, retyped = [], set()
    for k in spans.tokens_where(doc, ORTH, CITATION_MARKS):
        if doc[k].text == "(":
            if not (k + 2 < len(doc) and doc[k + 1].like_num and len(doc[k + 1]) == 4
                    and doc[k + 1].text[:2] in ("19", "20") and doc[k + 2].text in (")", ",", ";")):
                continue
        elif not (k + 1 < len(doc) and doc[k + 1].text.startswith("al")):
            continue
        if k == 0 or not doc[k - 1].text[:1].isupper():
            continue
        if at is None:
            at = {i: m for m in mentions for i in range(m.start, m.end)}
        j = k
        for _ in range(3):  # "A, B and C (2019)": back over the names listed
            end = _before_initials(doc, j)  # "Mensah, A. and Ouédraogo, S. (2021)": a reference list's initials
            i = _author(linker, doc, end, at, initials=end < j)
            if i is not None and end < j:
                retyped.update(-id(x) for x in mentions if end < x.start and x.end <= j)  # the initials alone: no name
            j = end
            if i is None:
                break
            m = at.get(i)
            if m is None:
                added.append(Mention(i, j, "PERSON", "rule:citation"))
            elif m.start == i and m.end == j and not m.entity_id and m.label != "PERSON":
                retyped.add(id(m))
            if i < 2 or doc[i - 1].lower_ not in ("and", ",", "&"):
                break
            j = i - 1
    for m in mentions:
        if id(m) in retyped:
            m.label, m.method = "PERSON", m.method + "+citation"
    if any(x < 0 for x in retyped):
        mentions = [m for m in mentions if -id(m) not in retyped]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _before_initials(doc: Doc, j: int) -> int:
    """Where the surname ends when ", A." or ", A. B." (initials) stands before ``j``."""
    k = j
    while k > 0 and k > j - 3 and INITIAL.fullmatch(doc[k - 1].text):
        k -= 1
    return k - 1 if k < j and k > 1 and doc[k - 1].text == "," else j


def _author(linker, doc: Doc, j: int, at: dict[int, Mention], initials: bool = False) -> int | None:
    """The start of a surname (one word, hyphens kept) ending at ``j``, or None; with ``initials``
    after it, a surname the Census does not list will do."""
    i = j - 1
    while i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2  # "Gammeltoft-Hansen"
    if i < 0 or (i in at and (at[i].start != i or at[i].end != j)):
        return None
    parts = [t.text for t in doc[i:j] if t.text != "-"]
    m = at.get(i)
    if not parts or not all(name_types._word(p) for p in parts):
        return None
    if m is not None and m.label == "PERSON":
        return i
    lows = [p.lower() for p in parts]
    if not initials and not any(w in name_types.surnames() for w in lows) or geo.lookup(doc[i:j].text) is not None \
            or linker.ref.lookup(doc[i:j].text) is not None:
        return None
    return i


def speakers(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    colons = spans.tokens_where(doc, ORTH, COLON)
    if not colons:
        return mentions
    at: dict[int, Mention] | None = None
    drop, added, names = set(), [], set()
    for c in colons:
        i = c
        while i > 0 and c - i < 3 and doc[i - 1].is_alpha and doc[i - 1].text.isupper() and len(doc[i - 1]) > 1:
            i -= 1
        if i == c:
            continue
        if at is None:
            at = {i: m for m in mentions for i in range(m.start, m.end)}
        honorific = i > 1 and doc[i - 1].text == "." and doc[i - 2].text.upper() in HONORIFIC_CAPS \
            or i > 0 and doc[i - 1].text.upper().rstrip(".") in HONORIFIC_CAPS
        start = i - (2 if i > 1 and doc[i - 1].text == "." else 1) if honorific else i
        if start > 0 and not (doc[start - 1].text in (".", "?", "!", "\n") or "\n" in doc[start - 1].whitespace_):
            continue
        words = [t.text for t in doc[i:c]]
        if len(words) == 1 and not honorific:
            if name_types.is_common_word(words[0]) and i in at:
                drop.add(id(at[i]))  # "QUESTION:", "PRESENTER:"
            continue
        if any(name_types.is_common_word(w) and w.lower() not in name_types.surnames()
               and w.lower() not in name_types.given_names() for w in words):
            continue
        inside = {id(at[k]): at[k] for k in range(i, c) if k in at}.values()
        if any(x.start < i or x.end > c or x.entity_id and x.label != "PERSON" for x in inside):
            continue
        m = next((x for x in inside if x.start == i and x.end == c), None)
        if m is None:
            drop.update(id(x) for x in inside)  # "AMINA [YUSUF]": the model's surname alone
            added.append(Mention(i, c, "PERSON", "rule:speaker"))
        elif not m.entity_id:
            m.label, m.method = "PERSON", m.method + "+speaker"
        names.add(norm(doc[i:c].text))
    for m in mentions:
        if names and m.entity_id is None and m.label not in ("PERSON", "NORP") \
                and norm(doc[m.start:m.end].text) in names:
            m.label, m.method = "PERSON", m.method + "+speaker"  # the speaker named in title case
    out = [m for m in mentions if id(m) not in drop] + added
    return sorted(out, key=lambda m: m.start)


def vessels(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    if not spans.tokens_where(doc, LEMMA, VESSEL_VERBS) and not spans.tokens_where(doc, LOWER, ABOARD):
        return mentions
    for m in mentions:
        if m.entity_id or m.kb_id or m.label not in ("ORG", "PERSON", "FAC", "GPE", "WORK_OF_ART") \
                or not 1 <= m.end - m.start <= 3 or m.start == 0 or doc[m.start - 1].lower_ != "the":
            continue
        root, words = doc[m.start:m.end].root, [t for t in doc[m.start:m.end] if t.is_alpha]
        if not words or words[-1].lower_ in BODY_HEADS or len(words) == 1 and name_types.is_common_word(words[0].text):
            continue  # "the Commission", "the Senate"
        verb = root.head
        if root.dep_ in ("nsubj", "nsubjpass") and verb.lemma_.lower() in VESSEL_VERBS and (
                verb.lemma_.lower() == "disembark" or not any(c.dep_ == "dobj" for c in verb.children)) \
                or root.dep_ == "pobj" and verb.lower_ == "aboard":
            m.label, m.method = "PRODUCT", m.method + "+vessel-verb"
    return mentions


def titles_in_apposition(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start: m for m in mentions}
    drop = set()
    for m in mentions:
        person = starts.get(m.end + 1)
        if m.label != "ORG" or m.entity_id or m.kb_id or doc[m.end - 1].lower_ not in OFFICE_LAST or m.start == 0 \
                or doc[m.start - 1].lower_ != "the" or m.end >= len(doc) or doc[m.end].text != "," \
                or person is None or person.label != "PERSON":
            continue
        drop.add(id(m))
        person.role = person.role or doc[m.start:m.end].text
    return [m for m in mentions if id(m) not in drop] if drop else mentions
