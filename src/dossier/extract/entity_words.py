"""Linker steps (:data:`dossier.extract.linker.Linker.STEPS`) for names of one word that the small
model misses or types by a wrong guess, for people an apposition names, for facilities, and for
titles of office it takes for names.

- :func:`lone_acronyms`: a word in capitals that the model left out, written as a body is
  written: the subject of a verb ("OFPRA rejected 60 per cent"), in apposition to a noun or an
  organisation ("the French office for refugees, OFPRA, ..."), listed with an organisation, or
  after "by" / "with" / "from" / "according to". An organisation (ORG). Not an English word
  ("AIDS", "CEO", "VOTERS"), a Census given name or surname ("RAMOS") unless it is the subject of
  a verb and four letters long at least ("COMAR received ..."), a place, a known entity
  of another type, a word of a line in capitals, nor shorter than three letters; not a ticker
  after a name ("Cetus Corp CTUS"), a unit after a number ("1550 hrs EDT") nor a transcript's
  speaker ("MORALES: ...").
- :func:`one_word_bodies`: a one-word name that is no English word, no given name and no
  surname (the Census lists of :mod:`.name_types`), and no place GeoNames knows, is a body
  when the sentence writes it as one: "X said its ...", "X said it had opened <object>" (not
  "X said it was a mistake": people say that), "X, which ..." (only for a name the model typed
  as a person, or as a place when a firm's verb follows: "which runs / operates / took over";
  not the last of a list), "told X that", "according to X", "X reported / published" (a
  newspaper: "told Kathimerini that"; not "told Megyn not to worry", not "X wrote", which
  people do). Its other one-word mentions in the document follow ("The Mitie contract"). The model's guesses were
  a person ("Fedasil said it had opened 500 places"), a place ("awarded to Broadspectrum,
  which ...") or nothing ("Canstruct said its contract ..."). Not a hashtag, not a word after a
  lower-case word that the model missed ("super PACs", "Promenade des Anglais"), not a people
  (NORP), not a later surname of a person named in full ("Yolande Makolo ... Makolo said": the
  surname step runs first).
- :func:`appositive_people` (before the names the model missed): "Yolande Makolo, the
  government spokesperson," typed ORG is a person (see there).
- :func:`facilities`: a name ending in a facility's word ("Napier Barracks", "Belmarsh
  Prison", "Vial Camp", "... Immigration Removal Centre") names a building or a site (FAC),
  whatever the model said (ORG, PERSON); a "person" ending in "House" after a place preposition
  is a building too ("a man died at Brook House": "Brook" and "House" are a given name and a
  surname to the Census lists); so is a centre "for" the people it holds ("the Postojna Centre for
  Foreigners", "... Centre for Asylum Seekers"). Not a name the reference table knows, nor a given
  name and "Camp" ("Hillary Camp" in a headline's capitals).
- :func:`titles_of_office`: a title written alone is no name ("The Taoiseach said ...", "the
  Tánaiste": the model typed them ORG); a title glued to a person's name is cut and kept as the
  role; and a title before two or three proper nouns the model missed names the person
  ("Federal Councillor Beat Jans said": "Beat" is an English word and no Census given name, so
  nothing else finds it); not when the title word is inside a longer name ("New York State
  Supreme Court", "National Finance Leadership Call Day") or the last word is an English word.

Each step is one pass over the mentions or the tokens, with dicts; no scan of earlier mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import geo
from . import entity_cues, entity_kinds, entity_places, entity_types, name_types
from .lexicon import CORPORATE_SUFFIXES, HONORIFICS, TITLE_WORDS
from .mention import Mention

# Titles of office the lexicon's TITLE_WORDS does not list: other countries' ("Taoiseach") and
# council members ("Federal Councillor", "Councillor").
OFFICE_TITLES = {"taoiseach", "tánaiste", "tanaiste", "councillor", "councilor", "councilman", "councilwoman",
                 "chancellor", "ombudsman", "ombudsperson", "commissioner", "minister", "secretary", "president"}
TITLES = OFFICE_TITLES | TITLE_WORDS
# Words before a title that belong to it ("Federal Councillor", "Federal Chancellor").
TITLE_PREFIXES = {"federal", "state", "vice", "deputy", "prime", "first", "former", "acting", "junior", "city",
                  "county", "regional", "european"}
OFFICE_WORDS = frozenset(TITLE_PREFIXES | OFFICE_TITLES)  # a title of office and the words before it
TITLE_RUN_WORDS = frozenset(TITLE_PREFIXES | TITLES)
# Facility words that end a facility's name on their own ("Napier Barracks").
FACILITY_ENDS = {"barracks", "prison", "jail", "gaol", "camp"}
# Centre words that end it after a word of detention ("Brook House Immigration Removal Centre").
DETENTION_WORDS = entity_types.DETENTION_WORDS
CENTRE_WORDS = {"centre", "center", "centres", "centers", "facility", "unit", "site"}
# Who a centre "for" them holds: "the Postojna Centre for Foreigners" (not "Centre for Migration Studies").
HELD_PEOPLE = {"foreigners", "aliens", "migrants", "refugees", "seekers", "returnees", "deportees"}
# Nouns only people are, in apposition with a name ("X, the government spokesperson,").
PERSON_NOUNS = {"spokesperson", "spokesman", "spokeswoman", "official", "minister", "secretary", "lawyer", "woman",
                "man", "farmer", "mother", "father", "activist", "journalist", "director", "chairman", "chairwoman",
                "head", "chief", "mayor", "governor", "president", "senator", "professor", "researcher", "doctor",
                "nurse", "teacher", "student", "refugee", "migrant", "volunteer", "officer", "commissioner",
                "ambassador", "envoy", "editor", "correspondent", "judge", "MP", "mp", "mep", "deputy", "leader",
                "founder", "campaigner", "politician", "lawmaker", "legislator", "prosecutor", "coordinator"}
PLACE_PREPS = {"at", "in", "to", "from", "into", "inside", "outside", "near"}
ACRONYM_PREPS = {"by", "with", "from", "to"}
BODY_PRONOUNS = {"it", "its"}
# A newspaper's own verbs as a subject ("Hurun publishes", "Kathimerini reported").
MEDIUM_VERBS = {"report", "reveal", "publish"}
# What a firm does, in a relative clause after its name ("Broadspectrum, which took over ...").
FIRM_VERBS = {"run", "operate", "own", "employ", "manage", "provide", "win", "take", "buy", "sell", "make", "hire",
              "supply", "build", "acquire", "hold"}


def lone_acronyms(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    added = []
    caps_lines: dict[int, bool] = {}
    for t in doc:
        w = t.text
        if t.i in covered or not (w.isalpha() and w.isupper() and 3 <= len(w) <= 7):
            continue
        if t.pos_ not in ("PROPN", "NOUN") or not _written_as_body(doc, t, covered):
            continue
        prev = doc[t.i - 1] if t.i else None
        if prev is not None and (prev.i in covered or prev.lower_ in CORPORATE_SUFFIXES or prev.like_num
                                 or t.i > 1 and doc[t.i - 2].like_num
                                 or prev.is_lower and prev.is_alpha and prev.pos_ == "NOUN"):
            continue  # a ticker after a name ("Cetus Corp CTUS", "J.P. Stevens STN"), a unit ("1550 hrs EDT")
        sent = t.sent
        if sent.start not in caps_lines:
            words = [x for x in sent if x.is_alpha]
            caps_lines[sent.start] = sum(x.text.isupper() for x in words) * 3 > len(words)
        low = w.lower()
        acting = t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ == "VERB" and len(w) >= 4  # "COMAR received"
        if caps_lines[sent.start] or name_types.is_common_word(w) or low.rstrip("s") in name_types.common_nouns() \
                or not acting and (low in name_types.surnames() or low in name_types.given_names()) \
                or geo.lookup(w) or geo.lookup(w.title()) \
                or t.i + 1 < len(doc) and doc[t.i + 1].text in (":", "--", "-"):
            continue  # "VOTERS", "STATES" (a headline's capitals); "RAMOS:" (a transcript's speaker)
        known = linker.ref.lookup(w)
        if known is not None and known[0].type != "ORG":
            continue
        m = Mention(t.i, t.i + 1, "ORG", "rule:capitals")
        added.append(m)
        covered[t.i] = m
    if not added:
        return mentions
    out = mentions + added
    out.sort(key=lambda m: m.start)
    return out


def _written_as_body(doc: Doc, t, covered: dict[int, Mention]) -> bool:
    """Is the word in capitals written where a body's name goes (see :func:`lone_acronyms`)?"""
    head = t.head
    if t.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return True
    if t.dep_ == "appos" and (head.pos_ == "NOUN" or head.i in covered and covered[head.i].label == "ORG"):
        return True
    if t.dep_ == "conj" and head.i in covered and covered[head.i].label == "ORG":
        return True
    if t.dep_ == "pobj" and head.lower_ in ACRONYM_PREPS and head.i < t.i:
        return head.lower_ != "to" or head.head.lower_ == "according"
    return False


def one_word_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    added = []
    bodies: set[str] = set()
    for t in doc:
        m = covered.get(t.i)
        if m is not None and (m.end - m.start != 1 or m.entity_id or m.kb_id or m.acronym or m.role
                              or "surname" in m.method or m.label not in ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT",
                                                                           "LOC", "FAC")):
            continue
        w = t.text
        if not (name_types._word(w) and w.isalpha() and len(w) >= 4) or w.lower() in name_types.given_names() \
                or w.lower() in name_types.surnames() or name_types.is_common_word(w):
            continue
        if m is None and (t.pos_ not in ("PROPN", "NOUN") or t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper()
                          or t.i > 0 and (doc[t.i - 1].text[:1].isupper() and not t.is_sent_start
                                          or doc[t.i - 1].is_lower and doc[t.i - 1].is_alpha
                                          and doc[t.i - 1].pos_ != "VERB")):
            continue  # part of a longer name the model left out ("Promenade des Anglais"), a noun ("super PACs")
        if t.i > 0 and doc[t.i - 1].text in ("#", "@"):
            continue  # a hashtag or a handle
        probe = m or Mention(t.i, t.i + 1, "ORG", "rule:body")
        said = t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() == "say"  # "X said" is no medium's sign
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        told = t.head.lemma_.lower() == "tell" and t.dep_ in ("dobj", "dative")
        if told and nxt is not None and not (nxt.lower_ in ("that", "on", "in", "last", "this")
                                             or nxt.is_punct and nxt.text != ","):
            continue  # "I told Megyn not to worry", "he told Hannity, to cheers": a person told
        if not _body_evidence(doc, t, m) and (said or not _medium(doc, t, probe)):
            continue
        if geo.lookup(w, evidence=True) is not None or linker.ref.lookup(w) is not None:
            continue
        if m is None:
            added.append(probe)
            covered[t.i] = probe
        else:
            m.label, m.method = "ORG", m.method + "+body"
        bodies.add(w)
    for m in mentions:  # one sense per document: "The Mitie contract ..., and Mitie said its staff"
        if m.end - m.start == 1 and doc[m.start].text in bodies and m.label in ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT") \
                and not (m.entity_id or m.kb_id or m.role or "surname" in m.method):
            m.label, m.method = "ORG", m.method + "+body"
    if not added:
        return mentions
    out = mentions + added
    out.sort(key=lambda m: m.start)
    return out


def _medium(doc: Doc, t, m: Mention) -> bool:
    """A newspaper's context (:func:`.entity_types._medium`), without its weak signs for one
    word: "X wrote", "X claims", "X runs" are said of people too ("Tanden wrote that ...")."""
    if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() not in MEDIUM_VERBS:
        return False
    return entity_types._medium(doc, m)


def _body_evidence(doc: Doc, t, m: Mention | None) -> bool:
    """"X, which": a relative clause of a thing, for a name the model typed as a person (a word
    it missed may be a disease or a product: "Zika, which can cause ..."), or as a place when
    the clause says what a firm does ("Broadspectrum, which took over the centre"; not
    "Dixville, which exists as a town"); "X said its / it": the subject of a verb that the next
    clause names as "it" or "its" (within three tokens after the verb)."""
    if m is not None and t.i + 2 < len(doc) and doc[t.i + 1].text == "," and doc[t.i + 2].lower_ == "which" \
            and t.dep_ != "conj":  # not the last of a list ("Telegram, Signal and Surespot, which are ...")
        if m.label != "GPE":
            return True
        verb = next((x for x in doc[t.i + 3:t.i + 6] if x.pos_ == "VERB"), None)
        return verb is not None and verb.lemma_.lower() in FIRM_VERBS
    head = t.head
    if t.dep_ == "nsubj" and head.pos_ == "VERB" and head.i > t.i:
        for k in range(head.i + 1, min(head.i + 4, len(doc))):
            if doc[k].lower_ in BODY_PRONOUNS and doc[k].pos_ == "PRON":
                verb = doc[k].head
                return doc[k].lower_ == "its" or doc[k].dep_ == "nsubj" and verb.dep_ == "ccomp" \
                    and verb.lemma_ != "be" and any(c.dep_ == "dobj" for c in verb.children)  # "said it had opened 500 places"
            if doc[k].is_punct:
                break
    return False


def facilities(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for t in doc:  # the model missed the whole name: "Lawyers said Penally Barracks was unfit"
        if t.i in covered or t.lower_ not in FACILITY_ENDS or not t.is_title or t.i == 0:
            continue
        k = t.i
        while k > 0 and t.i - k < 2 and k - 1 not in covered and doc[k - 1].pos_ == "PROPN" \
                and name_types._word(doc[k - 1].text):
            k -= 1
        if k < t.i and not (k > 0 and doc[k - 1].text[:1].isupper() and not doc[k].is_sent_start) \
                and linker.ref.lookup(doc[k:t.i + 1].text) is None:
            added.append(Mention(k, t.i + 1, "FAC", "rule:facility"))
            covered.update(range(k, t.i + 1))
    if added:
        mentions = sorted(mentions + added, key=lambda m: m.start)
    for m in mentions:
        if m.entity_id or m.kb_id or m.label not in ("ORG", "PERSON", "GPE", "WORK_OF_ART", "FAC") \
                or m.end - m.start < 2:
            continue
        toks = doc[m.start:m.end]
        last = toks[-1].lower_
        held = last in HELD_PEOPLE and any(toks[k].lower_ == "for" and toks[k - 1].lower_ in CENTRE_WORDS
                                           for k in range(max(1, len(toks) - 3), len(toks) - 1))
        if held:
            m.label, m.method = "FAC", m.method + "+facility"  # "the Postojna Centre for Foreigners"
            continue
        if not toks[-1].text[:1].isupper() or not all(x.text[:1].isupper() or x.text in ("'s", "’s") for x in toks):
            continue
        site = last in FACILITY_ENDS or last in CENTRE_WORDS and toks[-2].lower_ in DETENTION_WORDS
        if site and m.label == "PERSON" and m.end - m.start == 2 and toks[0].lower_ in name_types.given_names():
            site = False  # "Hillary Camp" (a headline's capitals): a person's camp, not a site
        house = last == "house" and m.label == "PERSON" and m.start > 0 and doc[m.start - 1].lower_ in PLACE_PREPS
        if (site or house) and "+facility" not in m.method:  # a model FAC too, so the context keeps it
            m.label, m.method = "FAC", m.method + "+facility"
    return mentions


def people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The linker step before the names the model missed: people named with particles
    (:func:`.entity_types.particle_names`), then names typed otherwise that an apposition says are
    people (:func:`appositive_people`), so that their later surnames are found."""
    return appositive_people(linker, doc, entity_types.particle_names(linker, doc, mentions))


def appositive_people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Yolande Makolo, the government spokesperson, said ..." (the model: ORG), "the head of the
    Danish immigration service, Henrik Vestergaard, said" (ORG), "Somchai Kitcharoen, a Thai
    official": a name of two or three title-case words in apposition with a noun only people
    are (PERSON_NOUNS: "spokesperson", "official", "head", "lawyer"; not "adviser", "manager"
    or "member", which firms are too) is a person, when the name has no organisation, place or
    firm word and neither the reference nor GeoNames knows it. Run before the surnames, so a
    later "Makolo said" follows."""
    for m in mentions:
        if m.entity_id or m.kb_id or m.acronym or m.label in ("PERSON", "NORP") or not 2 <= m.end - m.start <= 3:
            continue
        toks = doc[m.start:m.end]
        words = [t.text for t in toks]
        if not all(name_types._word(w) for w in words) or any(w.lower() in name_types.NOT_IN_A_NAME for w in words):
            continue
        root = toks.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end]
        if root.dep_ == "appos" and root.head.i < m.start:
            nouns.append(root.head)
        if not any(n.pos_ == "NOUN" and n.lemma_.lower() in PERSON_NOUNS for n in nouns):
            continue
        text = toks.text
        if linker.ref.lookup(text) is not None or geo.lookup(text, evidence=True) is not None \
                or geo.lookup(words[0]) is not None:
            continue
        m.label, m.method = "PERSON", m.method + "+appositive"
    return mentions


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The linker step after the surnames: camps named after places (:func:`.entity_types.camps`),
    operations and bodies named after a country (:func:`.entity_types.operations`,
    :func:`.entity_types.country_bodies`), then the rules of this module, in order, with the
    types that kind nouns, legal words, Romance heads and compass words give
    (:mod:`.entity_cues`), and those of a name's own words and register (:mod:`.entity_kinds`:
    natural places, storms, peoples, authors, a transcript's speakers) before the one-sense rule
    for peoples."""
    for step in (entity_types.camps, entity_types.operations, entity_types.country_bodies, titles_of_office,
                 lone_acronyms, one_word_bodies, facilities, entity_cues.kind_nouns, entity_cues.law_names,
                 entity_cues.law_joins, entity_cues.missed_laws, entity_cues.numbered_bills, entity_cues.romance_bodies, entity_cues.regions,
                 entity_cues.place_tails, entity_cues.demonym_bodies, entity_cues.counted_peoples,
                 entity_kinds.possessive_places, entity_kinds.country_forces, entity_kinds.forces_of_country,
                 entity_kinds.border_posts, entity_kinds.place_parts, entity_places.cut_first_words,
                 entity_kinds.natural_names,
                 entity_kinds.storms, entity_kinds.peoples, entity_kinds.citations, entity_kinds.speakers,
                 entity_kinds.vessels, entity_kinds.titles_in_apposition,
                 one_people):
        mentions = step(linker, doc, mentions)
    return mentions


def one_people(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """One sense per document for a people's name: a one-word name the model typed NORP once is a
    people wherever else it typed the same word as a product, work, person or facility ("Rohingya
    refugees landed ..., and Dhaka moved 20,000 [Rohingya] PRODUCT")."""
    peoples = {doc[m.start].text for m in mentions if m.label == "NORP" and m.end - m.start == 1
               and not doc[m.start].is_upper}  # not an acronym ("ISIL")
    for m in mentions if peoples else ():
        if m.end - m.start == 1 and m.entity_id is None and m.label in ("PRODUCT", "WORK_OF_ART", "PERSON", "FAC") \
                and doc[m.start].text in peoples and not m.role:
            m.label, m.method = "NORP", m.method + "+people"
    return mentions


def titles_of_office(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:  # "Federal Councillor Beat Jans" typed as one person: the title is the role
        if m.label != "PERSON" or m.entity_id or m.kb_id or m.end - m.start < 3:
            continue
        k = m.start
        while k < m.end - 2 and doc[k].text[:1].isupper() and doc[k].lower_ in OFFICE_WORDS:
            k += 1
        if k > m.start and doc[k - 1].lower_ in OFFICE_TITLES:
            m.role = doc[m.start:k].text if not m.role else m.role + " " + doc[m.start:k].text
            m.start, m.method = k, m.method + "+title"
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = [m for m in mentions if not (m.end - m.start == 1 and not m.entity_id and not m.kb_id and m.method == "model"
                                       and doc[m.start].lower_ in OFFICE_TITLES and doc[m.start].text[:1].isupper())]
    n = len(doc)
    norp = {m.end - 1: m for m in mentions if m.label == "NORP"}
    for t in doc:
        if t.lower_ not in TITLES or not t.text[:1].isupper() or t.i + 2 >= n:
            continue
        j = t.i + 1
        while j < n and j - t.i <= 4 and j not in covered and _name_word(doc[j]) and not doc[j].is_sent_start:
            j += 1
        k = t.i + 1
        if not 2 <= j - k <= 3 or j < n and doc[j].text[:1].isupper() and doc[j].is_alpha:
            continue
        words = [x.text for x in doc[k:j]]
        if name_types.is_common_word(words[-1]) and not name_types.looks_like_person(words) \
                or any(w.lower() in name_types.NOT_IN_A_NAME or w.lower() in TITLES for w in words):
            continue  # "... Leadership Call Day", "State Supreme Court"
        a = t.i
        while a > 0 and doc[a - 1].text[:1].isupper() and (doc[a - 1].lower_ in TITLE_RUN_WORDS) \
                and a - 1 not in covered:
            a -= 1
        if a > 0 and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha and not doc[a].is_sent_start \
                and norp.get(a - 1) is None:  # "Swiss Federal Councillor X" is fine
            continue  # the title word is inside a longer name ("National Finance Leadership Call Day")
        text = " ".join(words)
        if linker.ref.lookup(text) is not None or geo.lookup(text, evidence=True) is not None:
            continue
        m = Mention(k, j, "PERSON", "rule:titled")
        m.role = doc[a:k].text
        out.append(m)
        covered.update(range(k, j))
    out.sort(key=lambda m: m.start)
    return out


def _name_word(t) -> bool:
    return t.pos_ == "PROPN" and name_types._word(t.text) and t.lower_ not in HONORIFICS and t.lower_ not in TITLES
