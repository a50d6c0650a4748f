"""Linker steps (:data:`dossier.extract.linker.Linker.STEPS`) that type names the small model
gets wrong in news about other countries.

- :func:`short_names_in_brackets` (after the acronym rule): a body's own short name written in
  brackets after its name is a name of the same body, also when its letters are not the
  English name's initials (a German, Dutch or French acronym, or a short word): "the Federal
  Office for Migration and Refugees (BAMF)", "the Federal Agency for the Reception of Asylum
  Seekers (Fedasil)" (the model missed "BAMF" and took "Fedasil" for a person). One capitalised
  word in brackets, right after an organisation's mention, that the reference table does not
  know as something else and that is no place (not "Amnesty International (UK)", "... (Brussels)");
  a word that is not in capitals must begin with the name's initial or with four letters of one
  of its words ("the Finnish Immigration Service (Migri)"), or hold the first five letters of one
  of its words ("the Federal Statistical Office (Destatis)"); "UK Parliament (Hansard)" names a
  channel, not the body.
  Its later mentions in the document follow, as with acronyms.
- :func:`newspapers` (after the name's own words, before surnames): a name that begins with a
  capitalised definite article of another language is a title, a newspaper's or magazine's,
  not a person: "Der Spiegel", "Die Welt", "Le Monde", "El País". A German or Dutch article
  ("Der", "Die", "Das", "Het") is enough; a French, Spanish or Italian one ("Le", "La", "El",
  ...) begins surnames too ("Le Pen", "La Russa"), so there the name must also be written as a
  medium: "told X", "according to X", "X reported", "in an interview with X", "X said" when the
  word after the article is no surname. A later surname of a person named in full ("Marine Le
  Pen" ... "Le Pen said") is still the person (the surname step runs after this one).
  A "person" whose last word is a masthead's (MASTHEADS: "Zeitung", "Nyheter", "Tribune") is
  a newspaper too.
- :func:`camps` (after surnames): "the Moria camp" names a facility, not a person; so does a
  name before a word of detention or reception and a centre word, whatever the model said and
  however large the place ("the Silchar detention centre", "the Petit-Chateau arrival centre"),
  and a name before a camp noun after a place preposition ("in Kalobeyei settlement").
- :func:`operations` (with the camps): "Operation Sophia", "Operation Sovereign Borders" name an
  operation, an EVENT in OntoNotes (the model: ORG, PERSON or nothing); not an organisation named
  so that speaks ("Operation Smile said"), nor "Operation" inside a longer name ("the Joint
  Operation Centre").
- :func:`country_bodies` (with the camps): a capitalised common noun before a country's name is a
  body named after the country, ORG ("Statistics Netherlands" GPE, "Universities Norway" where
  the model had "Norway"): an abstract noun ("-ion", "-ics", "-ment", "-ity") or a plural; not a
  region's word ("Northern Ireland", "Mainland China"), nor "Nazi Germany", "Make Mexico ...".
- :func:`missed_people` (after the names the model missed): a given name and a surname, or
  a name after an honorific, outside every mention ("Dame Eleanor Pryor" after "and").
- :func:`particle_names` (with the newspapers): "Nicole de Moor" typed ORG is a person (a
  given name, name particles, a surname-like word).
"""

from __future__ import annotations

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from .. import geo
from . import name_types, spans
from ..text import norm
from .lexicon import HONORIFICS, NAME_PARTICLES, ORG_HEADS, REPORTING_VERBS
from .mention import Mention

GERMANIC_ARTICLES = {"Der", "Die", "Das", "Het"}
ROMANCE_ARTICLES = {"Le", "La", "Les", "El", "Il", "Lo", "Los", "Las", "De"}
# A medium's verbs: "X reported", "X revealed"; "told X", "quoted by X".
MEDIUM_SUBJECT_VERBS = {"report", "reveal", "publish", "write", "print", "run", "quote", "cite", "claim"}
MEDIUM_OBJECT_VERBS = {"tell", "quote", "cite"}
MEDIUM_NOUNS = {"interview", "article", "report", "editorial", "column", "op-ed", "piece", "story", "newspaper",
                "daily", "weekly", "magazine", "paper", "edition", "investigation"}
RETYPED = {"PERSON", "GPE", "WORK_OF_ART", "NORP", "LOC", "FAC", "PRODUCT"}
# Last words of newspapers' names ("Frankfurter Allgemeine Zeitung", "Dagens Nyheter"): a
# "person" named so is the paper.
MASTHEADS = {"zeitung", "nyheter", "sanomat", "dagblad", "dagbladet", "tidning", "tidningen", "avisen", "kurier",
             "rundschau", "presse", "gazette", "gazzetta", "tribune", "chronicle", "courier", "journal", "telegraph",
             "times", "herald"}
CAMP_NOUNS = {"camp", "camps", "hotspot", "centre", "center", "barracks", "prison", "shelter", "settlement",
              "centres", "centers", "settlements", "facility"}
CAMP_PLURALS = {"camps", "centres", "centers", "settlements"}
BORDER_POSTS = {"point", "post", "checkpoint", "crossing"}  # after "border": "the Joda border point"
CAMP_WORDS = CAMP_NOUNS | BORDER_POSTS  # a set: spans.tokens_where keeps its ids
# Words of detention or reception before a centre word ("the Silchar detention centre").
DETENTION_WORDS = {"detention", "removal", "reception", "holding", "processing", "deportation", "transit",
                   "immigration", "accommodation", "screening", "identification", "registration", "asylum",
                   "repatriation", "arrival", "return", "departure", "expulsion"}
CAMP_RETYPED = {"PERSON", "ORG", "GPE", "LOC", "NORP"}
CAMP_PREPS = {"in", "at", "from", "to", "inside", "near"}
LISTED = {"and", "or", "between"}  # "choose between Rwanda and Saharonim prison"
COMPASS = {"East", "West", "North", "South", "Upper", "Lower", "New", "Old"}  # "the East Lorengau facility"


def newspapers(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.entity_id is not None or m.kb_id or m.label not in RETYPED or not 2 <= m.end - m.start <= 4:
            continue
        first = doc[m.start]
        if m.start > 0 and doc[m.start - 1].text[:1].isupper() and not doc[m.start - 1].is_sent_start \
                and doc[m.start - 1].pos_ == "PROPN":
            continue  # "Marine Le Pen": the article is inside a person's name
        if not all(t.text[:1].isupper() or t.is_lower and len(t.text) <= 4 for t in doc[m.start + 1:m.end]):
            continue
        if first.text in GERMANIC_ARTICLES or first.text in ROMANCE_ARTICLES and _medium(doc, m) \
                or doc[m.end - 1].lower_ in MASTHEADS and m.label == "PERSON":
            m.label, m.method = "ORG", m.method + "+newspaper"
    return mentions


def camps(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Moria camp", "the Kara Tepe camp": a name between "the" and a facility noun (CAMP_NOUNS)
    that the model typed as a person names the place the facility is named after: FAC. Not a
    surname of a person named in the document ("the Clinton camp" after "Hillary Clinton") nor a
    given name and a surname. A name typed ORG or GPE counts too when none of its words is an
    English word or a Census name and it is no large place ("the Pournara centre", "the Nakivale
    settlement"; not "the Remain camp", "the Sanders camp", "the Manchester centre"); two names
    joined by "and" before a plural noun are two facilities ("the Zaatari and Azraq camps")."""
    starts = {m.start: m for m in mentions}
    pair_first: dict[int, Mention] = {}  # the second name of "the X and Y camps" -> X
    for m in mentions:
        if m.end + 1 in starts and m.end < len(doc) and doc[m.end].lower_ == "and":
            pair_first[m.end + 1] = m
    for m in mentions:
        if m.entity_id is not None or m.kb_id or m.label not in CAMP_RETYPED or "+surname" in m.method \
                or m.role or not 1 <= m.end - m.start - _hyphens(doc, m) <= 2 or m.end >= len(doc):
            continue
        second, first = starts.get(m.end + 1), pair_first.get(m.start)
        noun = _camp_noun(doc, m.end)  # "the Silchar detention centre", "the Joda border point"
        if noun is not None:
            det = m.start and doc[m.start - 1].lower_ == "the" or (doc[m.start].is_sent_start
                                                                 or doc[m.start - 1].lower_ in CAMP_PREPS | LISTED) \
                and noun == m.end \
                and doc[noun].lower_ not in CAMP_PLURALS  # "in Kalobeyei settlement", "Dzaleka camp now hosts"
            before = det or first is not None and first.start > 0 \
                and doc[first.start - 1].lower_ == "the" and doc[m.end].lower_ in CAMP_PLURALS
        elif doc[m.end].lower_ == "and" and second is not None and second.end < len(doc):
            before = m.start > 0 and doc[m.start - 1].lower_ == "the" and doc[second.end].lower_ in CAMP_PLURALS \
                and doc[second.end].is_lower
        else:
            continue
        words = [t.text for t in doc[m.start:m.end] if t.is_alpha and not _particle(t)]
        if not before or not words or name_types.looks_like_person(words):
            continue
        if m.label != "PERSON" and noun == m.end and not (_foreign_name(words) and geo.lookup(" ".join(words)) is None):
            continue
        m.label, m.method = "FAC", m.method + "+camp"
        m.cluster = norm(doc[m.start:m.end].text) + " facility"  # not the town it is named after
    return _missed_camps(doc, mentions)


def _foreign_name(words: list[str]) -> bool:
    """A name of another language: no English word (compass words aside), at least one word that is
    no Census name either, and English words of three letters at most ("Al Awir", "Ter Apel", "Ain
    al-Hilweh"; not "Remain", "the Sanders camp")."""
    rest = [w for w in words if w not in COMPASS]  # a short English word beside a foreign one: "Al", "Ain"
    return bool(rest) and any(_foreign_word(w) for w in rest) and not any(
        name_types.is_common_word(w) and len(w) > 3 or not name_types._word(w) for w in rest)


def _particle(t) -> bool:
    return t.is_lower and t.lower_ in NAME_PARTICLES  # "Ain al-Hilweh"


def _camp_noun(doc: Doc, k: int) -> int | None:
    """The index of the camp noun that a name ending before ``k`` is named before: through at most
    two words of detention ("the Ter Apel registration centre") or "border" before a point or post
    ("the Joda border point"); None if there is none."""
    noun = k
    while noun < k + 2 and noun + 1 < len(doc) and doc[noun].is_lower and (
            doc[noun].lower_ in DETENTION_WORDS or doc[noun].lower_ == "border"):
        noun += 1
    if noun < len(doc) and doc[noun].is_lower and (
            doc[noun].lower_ in CAMP_NOUNS or noun > k and doc[noun - 1].lower_ == "border"
            and doc[noun].lower_ in BORDER_POSTS):
        return noun
    return None


def _missed_camps(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the Al Awir centre", "the Ter Apel registration centre": one to three capitalised words the
    model left out, between "the" and a camp noun (through words of detention), none an English word
    or a Census name, and no place GeoNames knows, name a facility (FAC, ``rule:camp``)."""
    hits = spans.tokens_where(doc, LOWER, CAMP_WORDS)
    if not hits:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for n in hits:
        j = n  # the name ends before j: back over words of detention ("registration centre", "border point")
        while j > n - 2 and j > 1 and doc[j - 1].is_lower and (doc[j - 1].lower_ in DETENTION_WORDS
                                                               or doc[j - 1].lower_ == "border"):
            j -= 1
        if n in covered or j in covered or not doc[n].is_lower or j < 2 or not doc[j - 1].text[:1].isupper() \
                or doc[j - 1].is_lower or _camp_noun(doc, j) != n:
            continue
        i = j
        while i > 0 and j - i < 5 and i - 1 not in covered and (doc[i - 1].text[:1].isupper() or _particle(doc[i - 1])
                                                              or doc[i - 1].text == "-" and i - 1 < j - 1):
            i -= 1
        if i == 0 or doc[i - 1].lower_ != "the" or i - 1 in covered or _particle(doc[i]) or doc[i].text == "-":
            continue
        words = [t.text for t in doc[i:j] if t.is_alpha and not _particle(t)]
        if not 1 <= len(words) <= 3 or not _foreign_name(words) or geo.lookup(" ".join(words)) is not None:
            continue
        added.append(Mention(i, j, "FAC", "rule:camp"))
        covered.update(range(i, j))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _clipped(word: str, name) -> bool:
    """Does a short word hold the first five letters of a word of the name ("Destatis" after "the
    Federal Statistical Office": "stati")? Not "Hansard" after "UK Parliament"."""
    low = word.lower()
    starts = {t.lower_[:5] for t in name if len(t) >= 5 and t.is_alpha}
    return any(low[i:i + 5] in starts for i in range(1, len(low) - 4))


def _hyphens(doc: Doc, m: Mention) -> int:
    """Tokens a hyphenated name's hyphens add ("Petit-Chateau" is three tokens, one word)."""
    return 2 * sum(t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_ for t in doc[m.start + 1:m.end - 1])


def _foreign_word(word: str) -> bool:
    """No Census given name or surname, no English word ("Pournara", "Azraq"; not "Remain", "Sanders")."""
    low = word.lower()
    return name_types._word(word) and low not in name_types.given_names() and low not in name_types.surnames() \
        and not name_types.is_common_word(word)


def _medium(doc: Doc, m: Mention) -> bool:
    """Is the name written as a newspaper's: its subject of "report", object of "tell", after
    "according to" or "interview with"; subject of "say" when the word after the article is no
    surname ("Le Monde said", not "Le Pen said")?"""
    root = doc[m.start:m.end].root
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        if head.lemma_.lower() in MEDIUM_SUBJECT_VERBS:
            return True
        if head.lemma_.lower() == "say" and doc[m.start + 1].lower_ not in name_types.surnames():
            return True
    if root.dep_ in ("dobj", "dative") and head.lemma_.lower() in MEDIUM_OBJECT_VERBS:
        return True
    if root.dep_ == "pobj" and head.i < root.i:
        before = head.head
        if head.lower_ == "to" and before.lower_ == "according":
            return True
        if head.lower_ in ("with", "in", "by", "to") and (before.lower_ in MEDIUM_NOUNS or before.pos_ == "VERB"
                                                           and before.lemma_.lower() in MEDIUM_OBJECT_VERBS
                                                           | MEDIUM_SUBJECT_VERBS | {"speak", "say"}):
            return True  # "in an interview with", "wrote in", "quoted by", "spoke to"
    return False


def short_names_in_brackets(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    by_end = {m.end: m for m in mentions}
    at = {m.start: m for m in mentions if m.end - m.start == 1}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: dict[str, Mention] = {}
    for i in spans.tokens_where(doc, ORTH, [")"]):
        if i < 3 or doc[i - 2].text != "(":
            continue
        tok = doc[i - 1]
        word = tok.text
        head = by_end.get(i - 2)
        if head is None or head.label != "ORG" or word in linker._acronyms or word in added \
                or not (word[:1].isupper() and word.replace("-", "").isalpha() and len(word) >= 2):
            continue
        known = linker.ref.lookup(word)
        if known is not None and (head.entity_id is None or known[0].entity_id != head.entity_id):
            continue  # "(UK)", "(Reuters)": another entity
        if geo.lookup(word) is not None or doc[head.start:head.end].text == word:
            continue
        if not word.isupper() and word[0].lower() != doc[head.start].lower_[:1] \
                and not (len(word) >= 4 and any(word[:4].lower() in t.lower_ for t in doc[head.start:head.end])) \
                and not _clipped(word, doc[head.start:head.end]):
            continue  # a word, not an acronym, shares the name's initial ("Federal Agency ... (Fedasil)") or
            # a clipped word of it ("the Finnish Immigration Service (Migri)"); not "UK Parliament (Hansard)"
        m = at.get(tok.i)
        if m is None and tok.i in covered:
            continue
        if m is None:
            m = Mention(tok.i, tok.i + 1, "ORG", "rule:acronym")
            mentions.append(m)
            covered.add(tok.i)
        elif m.entity_id is not None:
            continue
        m.label, m.acronym = "ORG", word
        linker._acronyms[word] = head
        added[word] = head
    if not added:
        return mentions
    for i in spans.tokens_where(doc, ORTH, sorted(added)):
        if i not in covered:
            mentions.append(Mention(i, i + 1, "ORG", "rule:acronym", acronym=doc[i].text))
            covered.add(i)
        elif i in at and at[i].entity_id is None and at[i].acronym is None:
            at[i].label, at[i].acronym = "ORG", doc[i].text
    mentions.sort(key=lambda x: x.start)
    return mentions


def particle_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Nicole de Moor", "Karin de Vries", "Eric van der Burg" typed as organisations: a given
    name (Census list), lower-case name particles (NAME_PARTICLES) and one or two title-case
    words that are surnames or no English words, and no heads or legal forms, make a person, when neither GeoNames
    nor the reference knows the name ("Rio de Janeiro", "Costa del Sol" stay places; "Banco de
    Portugal" has no given name first)."""
    for m in mentions:
        toks = doc[m.start:m.end]
        if m.entity_id is not None or m.kb_id or m.label not in RETYPED | {"ORG"} or m.label == "PERSON" \
                or not 3 <= len(toks) <= 5:
            continue
        k = 1
        while k < len(toks) and toks[k].lower_ in NAME_PARTICLES and toks[k].is_lower:
            k += 1
        last = [t.text for t in toks[k:]]
        if k == 1 or not 1 <= len(last) <= 2 or toks[0].lower_ not in name_types.given_names() \
                or not all(name_types._word(w) and w.lower() not in name_types.NOT_IN_A_NAME
                           and (not name_types.is_common_word(w) or w.lower() in name_types.surnames())
                           for w in last) or toks[0].lower_ in name_types.NOT_IN_A_NAME:
            continue
        if geo.lookup(toks.text, evidence=True) is not None or linker.ref.lookup(toks.text) is not None:
            continue
        m.label, m.method = "PERSON", m.method + "+particles"
    return mentions


def missed_people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """People the model missed altogether, often after a long title or an honorific ("Minister
    for Parliamentary Affairs Ana Catarina Mendes", "... and Dame Eleanor Pryor gave evidence"):
    a run of two to four title-case proper nouns outside every mention, a given name first and
    a surname last (Census lists), none a title, head, legal form or place word, neither
    GeoNames nor the reference knowing it; or one to three such words after an honorific (Sir,
    Dame, Dr, ...), the last no English word. One pass over the tokens."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = list(mentions)
    i, n = 0, len(doc)
    while i < n:
        if i in covered or not _name_token(doc[i]):
            i += 1
            continue
        j = i  # a maximal run of title-case proper nouns; the name is its end ("... Affairs Ana Catarina Mendes")
        while j < n and j not in covered and _name_token(doc[j]) and (j == i or not doc[j].is_sent_start):
            j += 1
        if j >= n or not (doc[j].text[:1].isupper() and doc[j].is_alpha):
            for k in range(max(i, j - 4), j):
                if _person(doc, k, j) and linker.ref.lookup(doc[k:j].text) is None \
                        and geo.lookup(doc[k:j].text, evidence=True) is None:
                    out.append(Mention(k, j, "PERSON", "rule:person"))
                    covered.update(range(k, j))
                    break
        i = j
    out.sort(key=lambda m: m.start)
    return out


def _person(doc: Doc, k: int, j: int) -> bool:
    words = [t.text for t in doc[k:j]]
    if any(w.lower() in name_types.NOT_IN_A_NAME for w in words) or len(words) >= 3 \
            and name_types.is_common_word(words[-1]):
        return False  # "Laura Ingraham Show"
    if k > 0 and doc[k - 1].lower_.rstrip(".") in HONORIFICS and doc[k - 1].text[:1].isupper():
        return 1 <= len(words) <= 3 and not name_types.is_common_word(words[-1])  # "Dame Eleanor Pryor"
    return 2 <= len(words) <= 3 and name_types.looks_like_person(words) \
        or len(words) == 4 and name_types.looks_like_person([words[0], words[-1]])


def _name_token(t) -> bool:
    return t.pos_ == "PROPN" and name_types._word(t.text) and t.lower_ not in HONORIFICS


def operations(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    starts, at = None, None
    for i in spans.tokens_where(doc, ORTH, ["Operation"]):
        t = doc[i]
        if t.i + 1 >= len(doc) or not name_types._word(doc[t.i + 1].text):
            continue
        if t.i > 0 and not t.is_sent_start and doc[t.i - 1].text[:1].isupper() and not doc[t.i - 1].is_stop:
            continue  # "the Joint Operation Centre", "Frontex Joint Operation Themis": inside a longer name
        j = t.i + 1
        while j < len(doc) and j - t.i <= 3 and name_types._word(doc[j].text) and not doc[j].is_sent_start:
            j += 1
        if any(x.lower_ in ORG_HEADS for x in doc[t.i + 1:j]):
            continue
        root = doc[t.i:j].root
        if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in REPORTING_VERBS:
            continue  # "Operation Smile said": a charity
        if at is None:
            at = {x: m for m in mentions for x in range(m.start, m.end)}
        inside = {id(at[x]): at[x] for x in range(t.i, j) if x in at}  # at most 4 tokens
        if any(m.start < t.i or m.end > j or m.entity_id for m in inside.values()):
            continue
        starts = starts or {}
        starts[t.i] = (j, set(inside))
    if not starts:
        return mentions
    gone = {k for _, ids in starts.values() for k in ids}
    mentions = [m for m in mentions if id(m) not in gone] + [Mention(i, j, "EVENT", "rule:operation")
                                                            for i, (j, _) in starts.items()]
    return sorted(mentions, key=lambda m: m.start)


REGION_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
                "lower", "greater", "mainland", "metropolitan", "continental", "new", "old", "great", "little",
                "rural", "modern", "communist", "free"}


def country_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        if m.label not in ("GPE", "LOC") or m.end - m.start > 4:
            out.append(m)
            continue
        glued = m.end - m.start >= 2 and m.entity_id is None and _body_word(doc[m.start]) \
            and _country(linker, doc[m.start + 1:m.end].text)
        k = m.start if glued else m.start - 1
        if not (glued or k >= 0 and m.start not in ends and _body_word(doc[k])
                and _country(linker, doc[m.start:m.end].text)):
            out.append(m)
            continue
        out.append(Mention(k, m.end, "ORG", ("rule:" if not glued else m.method + "+") + "country-body"))
    return out


def _country(linker, text: str) -> bool:
    place = geo.lookup(text)
    return place is not None and place.kind == "country"


def _body_word(t) -> bool:
    """A capitalised common noun that can name a body after a country ("Statistics", "Immigration",
    "Universities"): no region's word, no date, no determiner."""
    low = t.lower_
    return name_types._word(t.text) and t.pos_ in ("NOUN", "PROPN") and t.ent_type_ not in ("DATE", "TIME") \
        and low not in REGION_WORDS and name_types.is_common_word(t.text) \
        and (low.endswith("s") and low not in name_types.common_words() or low.endswith(BODY_SUFFIXES))


# The endings of the abstract nouns that name bodies after a country ("Immigration", "Statistics"); with
# plurals ("Universities"). Not a modifier of a country's past or its regime ("Nazi Germany", "Weimar Germany").
BODY_SUFFIXES = ("ion", "ics", "ment", "ity")
