"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`): small places named where the text
says they are places.

GeoNames' towns under :data:`dossier.geo.MIN_POPULATION` people are not taken for places on
their name alone ("Bryant", 20,000 people, is mostly a surname), so the small model's "brought
to [Lampedusa] PERSON" (4,000 people) or "took 300 people to [Pozzallo] ORG" stayed wrong. Here
an unlinked name of at most three words is a place when GeoNames knows it down to
:data:`dossier.geo.SMALL_POPULATION` people (``geo.lookup(..., evidence=True)``) **and** the
sentence gives place evidence:

- a place preposition heads it: "in", "at", "near", "outside", "off", "into", "via" ("the
  reception centre in Harmanli"), or "on" after a noun ("the camps on Samos"; not "relied on
  Bryant"); or "to" / "from" after a verb of movement ("brought to Lampedusa", "left from
  Zuwara"; not "wrote to Bryant", "a letter from Bryant");
- "the town / port / island / enclaves of X" ("the enclaves of Ceuta and Melilla");
- it is written "X, <country>" ("Kuznica, Poland");
- it is listed with a name that has such evidence ("to Pozzallo and Ortona").

A country's capital the model typed as an organisation, as a verb's subject or object, is its
government's seat named for the government, which OntoNotes types GPE ("Copenhagen would keep
talking to Kigali"); so is a country typed as an organisation after a preposition ("its
contract on Nauru"). Otherwise, for a name the model typed as an organisation only a verb of movement, a place noun or "X,
<country>" count ("worked in Congress", "sells at Nordstrom" stay). Not after "the" or before a
possessive ("at the White House", "at Macy's"), not for a surname of a person named in the document (``+surname``), a title's name, a
two-word name that looks like a person (a given name and a surname: "to Jordan Peterson"), nor
a one-word name the document also writes in lower case. A name typed as a place already gets
the place (coordinates, country, GeoNames id).

Two rules need no GeoNames entry: a name before a lower-case natural feature's noun ("the Evros
river", "the Drina valley"; FEATURE_NOUNS) is a natural place, LOC, and so are its other
mentions in the document (the model typed "Evros" NORP, "Ganges" ORG); a one-word "person" that
is no Census given name or surname nor an English word, after a verb of movement or "near" /
"outside" ("Detainees were taken to Harmondsworth", a village GeoNames does not list) is a
place, GPE. A town GeoNames knows that the model typed LOC, with place evidence, is a town, GPE
("near Eagle Pass"; a continent stays LOC); so is a city of the main GeoNames index the model typed
LOC or FAC ("in Cape Town" LOC, "moved to Port Moresby" FAC), not a name before a noun nor one a
facility rule typed. "cities such as X", "towns including X" are place evidence. A name the model
typed GPE before a natural feature's noun that GeoNames does not know is LOC ("the Strandzha
mountains"); an unknown one-word "person" after a verb of movement and "the" is a region, LOC
("from the Sahel"); so is such a word typed as a people after "from" or a place preposition with
no noun after it ("Dil Bahadur Tamang, 34, from Sindhupalchok"; not "Hazaras", "Sudanese"), and
such a "person" listed after a place ("through Adikong and Tiné"), and such a word of any of these
types between a preposition opening the sentence and a comma ("At Metema, ..."). A country typed as an
organisation before "'s" is the country ("Nauru's processing centre"). :func:`divisions`: a name
before a lower-case division noun ("in Lahj governorate", "Groningen province") is a GPE.
One pass over the mentions.

:func:`seats`: in a debate record's speaker line, the name in brackets right after the
speaker's name is the seat, a place (GPE), whatever the model took it for ("Senator Nick McKim
(Tasmania):" ORG, "Mr DUTTON (Dickson—Leader of the Opposition) (14:05):" PERSON, "Ms Diane
Abbott (Hackney North and Stoke Newington) (Lab):" two people): the speaker's name opens the
line (after at most three title words), the seat runs to the closing bracket, a comma or a dash
(a party or an office follows), and the line goes on, through at most one more bracket, to the
colon that opens the turn. A party's letters alone in those brackets ("(Lab):", "(Vancouver East,
NDP):") are an organisation.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .. import geo
from ..reference import family
from . import name_types, spans
from .mention import Mention

PLACE_PREPS = {"in", "at", "near", "outside", "off", "into", "via", "towards", "toward", "across", "through"}
MOTION_PREPS = {"to", "from"}
STRONG_PREPS = {"near", "outside", "off", "towards", "toward"}  # a place even for a model "organisation"
# Verbs of movement: "to X" / "from X" after them names where to or where from.
MOTION_VERBS = {"bring", "take", "travel", "move", "send", "transfer", "return", "arrive", "go", "come", "flee",
                "cross", "sail", "deport", "fly", "head", "relocate", "transport", "reach", "leave", "depart",
                "escape", "walk", "drive", "ferry", "evacuate", "deploy", "disembark", "land", "tow", "divert",
                "redirect", "expel", "remove", "bus", "ship", "carry", "set", "migrate", "journey", "route"}
# Nouns of movement: "arrivals from X", "the route to X".
MOTION_NOUNS = {"arrival", "arrivals", "route", "routes", "crossing", "crossings", "journey", "flight", "flights",
                "departure", "departures", "transfer", "transfers", "return", "returns", "way", "road", "trip"}
# "the port of X", "the enclaves of X": a place noun before "of".
PLACE_NOUNS = {"town", "towns", "village", "villages", "city", "cities", "port", "ports", "island", "islands",
               "enclave", "enclaves", "region", "province", "municipality", "district", "harbour", "harbor",
               "camp", "suburb", "commune", "hamlet", "county", "municipalities", "provinces", "districts",
               "regions", "counties", "communes", "suburbs"}
LISTING_PREPS = {"as", "like", "including"}
# Lower-case nouns of an administrative division after its name: "in Lahj governorate".
DIVISION_NOUNS = {"province", "governorate", "district", "county", "prefecture", "oblast", "municipality",
                  "state", "canton", "provinces", "districts", "governorates"}
AND = {"and"}  # sets, not lists: spans.tokens_where keeps the ids of a module-level set
DIVISION_RETYPED = {"ORG", "FAC", "PERSON", "NORP", "WORK_OF_ART", "PRODUCT", "LOC"}
DIVISION_PREPS = {"in", "of", "from", "to", "across", "throughout", "near", "into", "and"}  # "cities such as X", "towns like X"
RETYPED = {"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", "FAC"}
# Lower-case nouns after a natural feature's name: "the Evros river", "the Drina valley".
FEATURE_NOUNS = {"river", "lake", "sea", "mountains", "valley", "delta", "gulf", "strait", "desert"}
# Last words of natural places' and parks' names: a model LOC ending so stays LOC though a town shares the name.
NATURAL_ENDS = FEATURE_NOUNS | {"park", "ocean", "bay", "coast", "island", "islands", "forest", "mountain", "peninsula"}


def _unknown_word(word: str) -> bool:
    """No Census given name or surname, no English word: not a person's name as far as the lists know."""
    low = word.lower()
    return name_types._word(word) and low not in name_types.given_names() and low not in name_types.surnames() \
        and not name_types.is_common_word(word)


def divisions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"in Lahj governorate", "Groningen province": a name before a lower-case noun of an
    administrative division (DIVISION_NOUNS) is the division, GPE; the noun is not part of the
    name (the model's "Groningen province" is cut), and a name the model left out is found (one or
    two capitalised words after a preposition); a name the model typed as something else
    there is the division too ("across Sirte district": FAC). No word of the name may be an English
    word ("the Police department": Police is a Polish town too)."""
    hits = spans.tokens_where(doc, LOWER, DIVISION_NOUNS)
    if not hits:
        return mentions
    nouns = set(hits)
    for m in mentions:
        if m.entity_id is not None or m.end - 1 not in nouns and m.end not in nouns:
            continue
        last = doc[m.end - 1]
        if m.end - m.start >= 2 and last.is_lower and last.lower_ in DIVISION_NOUNS and m.entity_id is None \
                and family(m.label) == "PLACE" and _division_name(doc, m.start, m.end - 1):
            m.end -= 1
            m.label, m.method = "GPE", m.method + "+division"
            m.place = m.place or geo.lookup(doc[m.start:m.end].text, evidence=True)
        elif m.end < len(doc) and last is not doc[m.end] and doc[m.end].is_lower and doc[m.end].lower_ in DIVISION_NOUNS \
                and m.entity_id is None and m.label in DIVISION_RETYPED and m.end - m.start <= 2 and m.start > 0 \
                and doc[m.start - 1].lower_ in DIVISION_PREPS and _division_name(doc, m.start, m.end):
            m.label, m.method = "GPE", m.method + "+division"  # "across Sirte district" (the model: FAC)
            m.place = m.place or geo.lookup(doc[m.start:m.end].text, evidence=True)
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for k in hits:
        if k < 2 or k in covered or not doc[k].is_lower or k - 1 in covered or not name_types._word(doc[k - 1].text):
            continue
        i = k - 1
        if i - 1 not in covered and name_types._word(doc[i - 1].text) and not doc[i - 1].is_sent_start:
            i -= 1  # two words: "Kandahar province"; "in Upper Nile state"
        if i == 0 or i - 1 in covered or doc[i - 1].lower_ not in DIVISION_PREPS or not _division_name(doc, i, k):
            continue
        m = Mention(i, k, "GPE", "rule:division")
        m.place = geo.lookup(doc[i:k].text, evidence=True)
        added.append(m)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _division_name(doc: Doc, a: int, b: int) -> bool:
    """Title-case words, none an English word ("Police", "Justice": towns GeoNames lists too)."""
    return all(name_types._word(t.text) and not name_types.is_common_word(t.text) for t in doc[a:b])


def listed_places(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"municipalities such as Westerwolde and Midden-Groningen" (one model WORK_OF_ART): a name
    of two parts joined by "and", each one or two title-case words, after "such as", "like" or
    "including" and a plural place noun, is two places (GPE); not "at Smith and Wesson" (GeoNames
    lists small towns of both names)."""
    ands = set(spans.tokens_where(doc, LOWER, AND))
    if not ands:
        return mentions
    out = []
    for m in mentions:
        cut = next((k for k in range(m.start + 1, m.end - 1) if k in ands), None) if m.end - m.start >= 3 else None
        if cut is None or m.entity_id or m.kb_id or m.label not in ("WORK_OF_ART", "ORG", "PRODUCT", "PERSON", "GPE") \
                or cut - m.start > 3 or m.end - cut > 4 or m.start < 2 \
                or not all(name_types._word(t.text) or t.text == "-" for t in doc[m.start:m.end] if t.i != cut):
            out.append(m)
            continue
        before, noun = doc[m.start - 1], doc[m.start - 2]
        if before.lower_ == "as" and noun.lower_ == "such" and m.start > 2:
            noun = doc[m.start - 3]
        if not (before.lower_ in LISTING_PREPS and noun.lower_ in PLACE_NOUNS and noun.lower_.endswith("s")):
            out.append(m)
            continue
        for a, b in ((m.start, cut), (cut + 1, m.end)):
            part = Mention(a, b, "GPE", m.method + "+listed")
            part.place = geo.lookup(doc[a:b].text, evidence=True)
            out.append(part)
    return out


def small_places(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    mentions = listed_places(doc, divisions(doc, mentions))
    lower: set[str] | None = None
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    features: set[str] = set()
    for m in mentions:
        if m.entity_id is None and m.place is None and m.end < len(doc) and doc[m.end].lower_ in FEATURE_NOUNS \
                and (m.label in ("NORP", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT")
                     or m.label == "GPE" and geo.lookup(doc[m.start:m.end].text, evidence=True) is None) \
                and m.end - m.start <= 2 and all(t.text[:1].isupper() for t in doc[m.start:m.end]):
            m.label, m.method = "LOC", m.method + "+feature"  # "the Evros river" (the model: NORP)
            features.add(doc[m.start:m.end].text)
            continue
        if m.label in ("PERSON", "NORP", "ORG") and m.end - m.start == 1 and m.entity_id is None and not m.role \
                and "+surname" not in m.method \
                and (m.label == "PERSON" and (_evidence(doc, m, at, strong=True) or _listed_with_place(doc, m, at)
                                              and _evidence(doc, m, at))
                     or m.label == "NORP" and _origin(doc, m) or _scene(doc, m)) \
                and _unknown_word(doc[m.start].text) and geo.lookup(doc[m.start].text, evidence=True) is None:
            region = m.start > 0 and doc[m.start - 1].lower_ == "the"  # "from the Sahel": a region, not a town
            m.label, m.method = ("LOC" if region else "GPE"), m.method + "+placeword"  # "taken to Harmondsworth"
            continue
        town = m.place is not None and m.label in ("LOC", "FAC") and m.place.kind == "city"  # "near Krugersdorp" LOC
        if m.entity_id is not None or m.place is not None and not town or "+surname" in m.method or m.role \
                or m.end - m.start > 3 or not (m.label in RETYPED or family(m.label) == "PLACE"):
            continue
        words = [t.text for t in doc[m.start:m.end]]
        if m.label == "PERSON" and name_types.looks_like_person(words):
            continue
        if m.label == "NORP" and doc[m.start:m.end].root.dep_ in ("amod", "compound", "nmod", "poss"):
            continue  # a people before a noun ("the Sudanese man")
        place = geo.lookup(doc[m.start:m.end].text, evidence=True)
        if place is None or not doc[m.start].text[:1].isupper() or m.start and doc[m.start - 1].lower_ == "the" \
                or m.end < len(doc) and doc[m.end].text in ("'s", "’s") and place.kind != "country":
            continue  # "at the White House", "at Macy's": a building, a shop (not "Nauru's centre")
        capital = m.label == "ORG" and m.end - m.start == 1 and geo.is_capital(place) \
            and doc[m.start:m.end].root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        country = m.label == "ORG" and place.kind == "country" \
            and doc[m.start:m.end].root.dep_ in ("pobj", "poss")  # "on Nauru", "Nauru's processing centre"
        if not capital and not country and not _evidence(doc, m, at, strong=m.label == "ORG"):
            continue
        if lower is None:
            lower = {t.lower_ for t in doc if t.is_lower}
        if m.end - m.start == 1 and doc[m.start].lower_ in lower:
            continue  # "the reading ... at Reading": a word the text uses
        m.place = place
        if family(m.label) != "PLACE" or m.label in ("LOC", "FAC") and place.kind == "city" \
                and doc[m.end - 1].lower_ not in NATURAL_ENDS and "+camp" not in m.method and "+facility" not in m.method \
                and "+kind" not in m.method and doc[m.start:m.end].root.dep_ != "compound":  # not "in Central Park"
            m.label, m.method = place.label, m.method + "+smallplace"
    for m in mentions if features else ():  # one sense per document: "the Ganges river" ... "bathe in the Ganges"
        if m.entity_id is None and m.label in ("NORP", "PERSON", "ORG", "WORK_OF_ART", "PRODUCT") \
                and doc[m.start:m.end].text in features:
            m.label, m.method = "LOC", m.method + "+feature"
    return seats(doc, mentions)


SEAT_ENDS = {")", ",", "—", "–"}


def seats(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The seat in brackets after a speaker's name in a debate record (module docstring)."""
    out, skip = [], set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if id(m) in skip:
            continue
        out.append(m)
        if m.label != "PERSON" or m.end + 2 >= len(doc) or doc[m.end].text != "(" or not _opens_line(doc, m.start):
            continue
        out.extend(_party_letters(doc, m.end, by_start))
        k = m.end + 1
        j = k
        while j < len(doc) and j - k < 8 and not _seat_end(doc[j].text) and "\n" not in doc[j].text:
            j += 1
        if j == k or j >= len(doc) or not _seat_end(doc[j].text) or not _turn_colon(doc, j):
            continue
        if not all(t.text[:1].isupper() or t.lower_ == "and" for t in doc[k:j]) or doc[j - 1].lower_ == "and" \
                or any(t.is_upper for t in doc[k:j]) or j - k == 1 and len(doc[k].text) <= 3:
            continue  # "Baroness Hamwee (LD):", "(Lab):": a party, not a seat
        inside = [by_start[i] for i in range(k, j) if i in by_start]  # at most 8 tokens
        if any(x.end > j for x in inside) or any(x.entity_id and family(x.label) != "PLACE" for x in inside):
            continue  # a name running past the seat, or a known body: no seat
        seat = by_start.get(k) if len(inside) == 1 and inside[0].start == k and inside[0].end == j else None
        if seat is None:
            seat = Mention(k, j, "GPE", "rule:seat")
            skip.update(id(x) for x in inside)
            out.append(seat)
        elif family(seat.label) != "PLACE" or seat.label == "LOC":
            seat.label, seat.method = "GPE", seat.method + "+seat"
    out.sort(key=lambda m: m.start)
    return out


def _party_letters(doc: Doc, start: int, by_start: dict[int, Mention]) -> list[Mention]:
    """A party's letters alone in the speaker line's brackets, before the colon: "(Lab):",
    "(Vancouver East, NDP):" -> ORG (the model often leaves them out)."""
    k = start
    while k < len(doc) and k - start < 16 and "\n" not in doc[k].text and doc[k].text not in (":", "):"):
        k += 1
    if k >= len(doc) or doc[k].text not in (":", "):"):
        return []
    found = []
    for i in range(start + 1, k + (doc[k].text == "):")):
        t, nxt = doc[i], doc[i + 1].text if i + 1 < len(doc) else ""
        if doc[i - 1].text in ("(", ",") and nxt.startswith(")") and t.is_alpha and i not in by_start \
                and (t.is_upper and 2 <= len(t.text) <= 4 or t.is_title and len(t.text) == 3):  # not "(Bath):"
            found.append(Mention(i, i + 1, "ORG", "rule:party"))
    return found


def _seat_end(text: str) -> bool:
    return text in SEAT_ENDS or text.startswith(")")  # the tokenizer keeps "):" whole


def _opens_line(doc: Doc, i: int) -> bool:
    """Only title words (at most three, capitalised) between the start of the line and token ``i``."""
    k = i
    while k > 0 and i - k < 3 and "\n" not in doc[k - 1].whitespace_ + doc[k - 1].text \
            and (doc[k - 1].text[:1].isupper() or doc[k - 1].text == "."):
        k -= 1
    return k == 0 or "\n" in doc[k - 1].whitespace_ + doc[k - 1].text


def _turn_colon(doc: Doc, j: int) -> bool:
    """After the seat's end ``j``: the rest of the bracket, at most one more bracket, then ":"."""
    k, groups = j, 0
    while k < len(doc) and k - j < 16 and "\n" not in doc[k].text:
        if doc[k].text == "):":
            return True
        if doc[k].text == ")":
            groups += 1
            if k + 1 < len(doc) and doc[k + 1].text == ":":
                return True
            if groups > 2 or k + 1 >= len(doc) or doc[k + 1].text != "(":
                return False
        k += 1
    return False


PEOPLE_ENDINGS = ("s", "ese", "ian", "ish", "ic", "i")  # "Hazaras", "Sudanese", "Nepali", "Kurdish"


def _scene(doc: Doc, m: Mention) -> bool:
    """"At Metema, ..." / "In Garowe, ...": a name between a place preposition that opens the
    sentence and a comma sets the scene, a place."""
    k = m.start - 1
    return k >= 0 and doc[k].is_sent_start and doc[k].lower_ in ("at", "in", "near", "from", "outside") \
        and m.end < len(doc) and doc[m.end].text == ","


def _listed_with_place(doc: Doc, m: Mention, at: dict[int, Mention]) -> bool:
    """Is the name listed after a place ("through Adikong and Tiné")?"""
    root = doc[m.start:m.end].root
    other = at.get(root.head.i) if root.dep_ == "conj" and root.head.i < m.start else None
    return other is not None and family(other.label) == "PLACE"


def _origin(doc: Doc, m: Mention) -> bool:
    """A "people" word that is the object of a place preposition or of "from" ("Dil Bahadur Tamang,
    34, from Sindhupalchok"; "in X"), with no noun after it, names a place."""
    t = doc[m.start]
    if t.lower_.endswith(PEOPLE_ENDINGS):
        return False  # "help from Hazaras", "from Tamils": a people's name
    return t.dep_ == "pobj" and t.head.i == m.start - 1 and t.head.lower_ in PLACE_PREPS | {"from"} \
        and not (m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN"))


def _evidence(doc: Doc, m: Mention, at: dict[int, Mention], strong: bool = False) -> bool:
    """Does the sentence say that the name is a place (module docstring)? ``strong``: only a
    verb of movement, a place noun or "X, <country>" will do (for a name the model took for an
    organisation: "sells at Nordstrom", "worked in Congress")."""
    root = doc[m.start:m.end].root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i and first.head.i < first.i:
        first = first.head  # "to Pozzallo and Ortona": the evidence of the first name listed
    if first.i != root.i and (at.get(first.i) is None or family(at[first.i].label) != "PLACE"):
        return False  # listed with a name that is no place ("Cruz at 25 percent and Rubio at 14")
    head = first.head
    if head.i < first.i and first.dep_ == "pobj":
        prep = head.lower_
        if prep in PLACE_PREPS and (not strong or prep in STRONG_PREPS):
            return True
        if prep == "on" and head.head.pos_ == "NOUN" and head.head.i < head.i and not strong:
            return True  # "the camps on Samos" (not "relied on Bryant")
        if prep in MOTION_PREPS:
            verb = head.head
            if verb.pos_ == "ADV" and verb.dep_ in ("advmod", "prt") and verb.head.i < verb.i:
                verb = verb.head  # "sent back to X", "flown home from X"
            if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in MOTION_VERBS:
                return True
            if verb.pos_ == "NOUN" and verb.lower_ in MOTION_NOUNS:
                return True
        if prep == "of" and head.head.pos_ == "NOUN" and head.head.lower_ in PLACE_NOUNS:
            return True
        if prep in LISTING_PREPS and head.head.lower_ in PLACE_NOUNS | {"such"} and (
                head.head.lower_ in PLACE_NOUNS or head.head.head.lower_ in PLACE_NOUNS):
            return True  # "cities such as Manaus", "towns including Ortona", "ports like Sfax"
    nxt = m.end
    if nxt + 1 < len(doc) and doc[nxt].text == ",":
        other = at.get(nxt + 1)
        after = doc[other.end].text if other is not None and other.end < len(doc) else ""
        if other is not None and other.start == nxt + 1 and other.label == "GPE" and other.entity_id \
                and after not in ("'s", "’s"):
            return True  # "Kuznica, Poland" (not "Smith, Poland's envoy")
    return False


def cut_first_words(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"via In Guezzam" (the model: "Guezzam"), "to La Joya": a place whose first word is also a
    preposition or an article loses that word to the model. A capitalised word inside a sentence
    right before a name, after a lower-case word or punctuation, that makes with it a place GeoNames
    knows (a town of any size: the capital is the evidence) is the place's first word, GPE."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        k = m.start - 1
        if m.entity_id or m.kb_id or m.role or k < 1 or k in covered or doc[k].is_sent_start \
                or not doc[k].is_title or not doc[k].is_alpha or doc[k - 1].text[:1].isupper():
            continue
        place = geo.lookup(doc[k:m.end].text, evidence=True)
        if place is not None and geo.lookup(doc[m.start:m.end].text, evidence=True) is None:
            m.start, m.label, m.method = k, place.label, m.method + "+place-word"
            covered.add(k)
    return mentions
