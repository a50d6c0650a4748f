"""Linker steps (called from :func:`dossier.extract.entity_words.repair`, after the surnames) that
type a name by what the sentence says it is, or by the head noun of the name itself.

- :func:`kind_nouns`: a name in apposition with a common noun that says what kind of thing it
  is: "Storskog, the border crossing with Russia" (FAC; the model: GPE), "Assamaka, a village in
  Niger" (GPE; the model: ORG), "The Louise Michel, a rescue boat funded by ..." (PRODUCT; the
  model: PERSON), "X, a rights group" (ORG). The head of the apposition decides (KIND_NOUNS),
  not a noun that modifies it ("a village doctor" is a person noun). A name right after an
  organisation noun and a determiner is an organisation: "the group Alarme Phone Sahara said"
  (the model: PERSON), "the charity X", "the NGO X" (ORG_BEFORE). Only unlinked names; a name
  the reference table or GeoNames knows as a place keeps its type against the ORG nouns
  ("Poland, a member state" has no kind noun anyway).
- :func:`law_names`: a name whose last word is a legal instrument's (LAW_ENDS: "Act",
  "Regulation", "Directive", "Statute", "Treaty", "Agreement", "Protocol", "Code", "Bill", ...)
  or that opens with one before "of"/"on"/"relating" ("the Treaty of Lisbon", "the Convention on
  the Rights of the Child") names a law or treaty, LAW (OntoNotes: "named documents made into
  laws"); the model types them ORG ("the Immigration Control and Refugee Recognition Act") or
  EVENT ("the Tidö Agreement"). Not a work of art ("The Da Vinci Code" stays), not a name
  ending in "Convention" (a party's convention is an EVENT, "Occupy DNC Convention" a group;
  only "Convention on/relating to/against ..." opens a treaty's name), not a person ("Buffalo Bill").

- :func:`law_joins`, :func:`missed_laws`: laws the model cut ("the Asylum" + "and Migration
  Management Regulation", "UN Security Council" + "Resolution 2292") or missed ("Kenya's Refugees
  Act 2021"; the year after "Act" is part of the short title).
- :func:`romance_bodies`: "Corte di Cassazione", "the Tribunale di Bologna" (model FAC), "the
  Conseil d'Etat" (cut at the elided particle): a Romance body word and a particle, ORG.
- :func:`regions`: "through the Western Balkans" (model ORG): "the" + a compass adjective after a
  place preposition, unknown to GeoNames and the reference, no body's head word: LOC.
- :func:`place_tails`: "the General Inspectorate for Immigration in Bucharest" (one model ORG):
  the body and the GeoNames place after "in".
- :func:`demonym_bodies`: "the South African Human Rights Commission" (the ruler's demonym, then
  nothing): one ORG when title-case words after the demonym end in a body's head word.
- :func:`counted_peoples`: "brought 137 Rohingya ashore" (model PRODUCT): NORP.

Each is one pass over the mentions (or over the tokens of a few words) with dicts and
look-backs of at most six tokens.
"""

from __future__ import annotations

import re

from spacy.attrs import ORTH
from spacy.tokens import Doc

from .. import geo
from . import name_types, spans
from .lexicon import VESSEL_NOUNS
from .mention import Mention

# The head noun of an apposition -> the type of the name it describes.
KIND_NOUNS = {
    **{w: "GPE" for w in ("village", "town", "city", "hamlet", "municipality", "suburb", "capital", "commune",
                          "province", "district", "county", "island", "governorate", "township", "neighbourhood",
                          "neighborhood")},
    **{w: "FAC" for w in ("crossing", "checkpoint", "airport", "airbase", "prison", "jail", "barracks", "camp",
                          "bridge", "stadium", "terminal", "facility", "settlement")},
    **{w: "PRODUCT" for w in VESSEL_NOUNS if w != "patrol"},
    **{w: "LOC" for w in ("river", "desert", "mountains", "lake", "strait", "valley")},  # not "region": Tigray is GPE
    **{w: "ORG" for w in ("charity", "ngo", "organisation", "organization", "newspaper", "broadcaster", "party",
                          "firm", "company", "network", "daily", "tabloid", "nonprofit", "think-tank")},
}
# "the group X said", "the charity X": an organisation noun right before the name.
ORG_BEFORE = {"group", "charity", "ngo", "organisation", "organization", "newspaper", "broadcaster", "party",
              "network", "daily", "tabloid", "nonprofit", "think-tank", "association", "collective", "initiative",
              "giant", "conglomerate", "outlet", "publisher"}
DETERMINERS = {"the", "a", "an"}
# Last words of a legal instrument's name.
LAW_ENDS = {"act", "acts", "regulation", "regulations", "directive", "statute", "treaty", "agreement", "accord",
            "accords", "protocol", "protocols", "code", "bill", "charter", "decree", "ordinance", "law", "laws"}
LAW_OPENERS = {"treaty": {"of", "on"}, "convention": {"on", "relating", "against"}, "charter": {"of"},
               "protocol": {"on", "relating", "against"}, "statute": {"of"}}
LAW_RETYPED = {"ORG", "EVENT", "PRODUCT", "FAC", "GPE", "NORP", "PERSON"}


def kind_nouns(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.entity_id or m.kb_id or m.acronym or m.role or "+surname" in m.method:
            continue
        want = _apposition_kind(doc, m) or _org_before(doc, m)
        if want is None or want == m.label:
            continue
        text = doc[m.start:m.end].text
        if want in ("ORG", "PRODUCT", "LOC") and (geo.lookup(text) is not None or linker.ref.lookup(text) is not None):
            continue  # a known place or body keeps its type ("Malta, the ferry's flag state")
        if want == "ORG" and m.label == "NORP":
            continue  # "Syrians, a group of ...": a people
        m.label, m.method = want, m.method + "+kind"
    return mentions


def _apposition_kind(doc: Doc, m: Mention) -> str | None:
    """The type the noun in apposition right after the name says ("X, a village in ...")."""
    if m.end + 2 >= len(doc) or doc[m.end].text != ",":
        return None
    root = doc[m.start:m.end].root
    for c in root.children:
        if c.dep_ == "appos" and m.end < c.i <= m.end + 5 and c.pos_ == "NOUN" and c.is_lower:
            if any(t.is_punct for t in doc[m.end + 1:c.i]):
                return None
            return KIND_NOUNS.get(c.lower_)
    return None


def _org_before(doc: Doc, m: Mention) -> str | None:
    """ORG for "the group X", "the German charity X": an organisation noun right before the name,
    after a determiner and at most two lower-case or adjective words."""
    k = m.start - 1
    if k < 1 or doc[k].lower_ not in ORG_BEFORE or not doc[k].is_lower or m.label not in ("PERSON", "GPE", "LOC",
                                                                                          "FAC", "PRODUCT",
                                                                                          "WORK_OF_ART"):
        return None
    for j in range(k - 1, max(k - 4, -1), -1):
        if doc[j].lower_ in DETERMINERS:
            return "ORG"
        if not (doc[j].is_lower or doc[j].pos_ == "ADJ") or doc[j].is_punct:
            return None
    return None


def law_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    for m in mentions:
        if m.entity_id or m.kb_id or m.acronym or m.label not in LAW_RETYPED or m.end - m.start < 2:
            continue
        toks = doc[m.start:m.end]
        last, first = toks[-1], toks[0]
        if not toks[0].text[:1].isupper():
            continue
        ends = last.lower_ in LAW_ENDS and last.text[:1].isupper()
        opens = first.lower_ in LAW_OPENERS and toks[1].lower_ in LAW_OPENERS[first.lower_]
        if not (ends or opens):
            continue
        if ends and last.lower_ == "bill" and name_types.looks_like_person([t.text for t in toks]):
            continue  # "Buffalo Bill"
        if m.label == "PERSON" and name_types.looks_like_person([t.text for t in toks]):
            continue
        if ends and last.lower_ in ("law", "laws") and (not _common_words(toks[:-1]) or toks[-2].lower_ == "of"):
            continue  # "Bonar Law": a surname; "College of Law", "Rule of Law"; "the Asylum Law" is a law
        m.label, m.method = "LAW", m.method + "+law"
    return mentions


# Head words of bodies' names in French, Italian, Spanish and Portuguese, before "de"/"di"/"d'":
# "Corte di Cassazione", "the Tribunale di Bologna" (the model: FAC), "the Conseil d'Etat" (cut).
ROMANCE_HEADS = {"tribunale", "tribunal", "corte", "cour", "conseil", "consejo", "consiglio", "conselho",
                 "ministerio", "ministero", "ministère", "ministério", "agencia", "agenzia", "agence", "dirección",
                 "direzione", "direção", "instituto", "istituto", "institut", "oficina", "ufficio", "servicio",
                 "servizio", "serviço", "comisión", "commissione", "comissão", "defensor", "defensoría", "garante",
                 "juzgado", "audiencia", "procuraduría", "fiscalía", "prefeitura", "préfecture", "secretaría"}
ROMANCE_PARTICLES = {"di", "de", "del", "della", "dei", "degli", "des", "du", "do", "da", "dos", "das", "delle"}
COMPASS_ADJECTIVES = {"western", "eastern", "northern", "southern", "central"}
REGION_PREPS = {"in", "through", "across", "via", "from", "to", "into", "along", "throughout", "within"}


def _elided(tok) -> bool:
    """"d'État", "dell'Interno": an elided particle glued to a capitalised word."""
    t = tok.text
    return len(t) > 2 and t[:2].lower() in ("d'", "d’") or t[:5].lower() in ("dell'", "dell’") and t[5:6].isupper()


def romance_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body named by a Romance head word and a particle is an organisation; a name the model cut
    before an elided particle ("Conseil" + "d'Etat") is made whole."""
    starts = {m.start for m in mentions}
    for m in mentions:
        if m.entity_id or m.kb_id or doc[m.start].lower_ not in ROMANCE_HEADS or not doc[m.start].text[:1].isupper():
            continue
        if m.end < len(doc) and m.end not in starts and _elided(doc[m.end]) and doc[m.end].text[2:3].isupper():
            m.end += 1  # "the Conseil d'Etat"
        if m.end - m.start < 2 or not (doc[m.start + 1].lower_ in ROMANCE_PARTICLES or _elided(doc[m.start + 1])):
            continue
        if m.label != "ORG":
            m.label, m.method = "ORG", m.method + "+romance"
    return mentions


def regions(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"through the Western Balkans" (the model: ORG): a name after "the" that opens with a compass
    adjective, after a place preposition, no body's or party's head word, unknown to the reference
    and GeoNames, is a region, LOC."""
    from .lexicon import CORPORATE_SUFFIXES, ORG_HEADS, PARTY_HEADS

    for m in mentions:
        if m.entity_id or m.kb_id or m.label not in ("ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART") \
                or m.end - m.start < 2 or doc[m.start].lower_ not in COMPASS_ADJECTIVES or m.start < 2:
            continue
        last = doc[m.end - 1].lower_
        if doc[m.start - 1].lower_ != "the" or doc[m.start - 2].lower_ not in REGION_PREPS \
                or last in ORG_HEADS or last in PARTY_HEADS or last in CORPORATE_SUFFIXES:
            continue
        text = doc[m.start:m.end].text
        if geo.lookup(text) is not None or linker.ref.lookup(text) is not None:
            continue
        m.label, m.method = "LOC", m.method + "+region"
    return mentions


def law_joins(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names of laws the model cut: "the Temporary Protection Statute" + "for Venezuelan Migrants",
    "the Asylum" + "and Migration Management Regulation", "UN Security Council" + "Resolution 2292":
    one LAW. The piece after "for"/"on" must be title-case words the model typed as a body or a
    people, no place or person; the piece before "and" one or two title-case words after "the",
    no known name; a resolution's number right after "Resolution"."""
    by_start = {m.start: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        if id(m) in drop:
            continue
        j = m.end
        if m.label == "LAW" and j + 1 < len(doc) and doc[j].lower_ in ("for", "on") and j + 1 in by_start:
            nxt = by_start[j + 1]
            if nxt.label in ("ORG", "NORP") and not nxt.entity_id and not nxt.kb_id \
                    and all(t.text[:1].isupper() for t in doc[nxt.start:nxt.end]):
                m.end, m.method = nxt.end, m.method + "+lawjoin"
                drop.add(id(nxt))
        elif m.label == "ORG" and not m.entity_id and not m.kb_id and m.end - m.start <= 2 and m.start > 0 \
                and doc[m.start - 1].lower_ == "the" and j + 1 < len(doc) and doc[j].lower_ == "and" \
                and j + 1 in by_start and by_start[j + 1].label == "LAW" and "+law" in by_start[j + 1].method:
            text = doc[m.start:m.end].text
            if geo.lookup(text) is None and linker.ref.lookup(text) is None \
                    and all(t.is_title for t in doc[m.start:m.end]):
                nxt = by_start[j + 1]
                m.end, m.label, m.method = nxt.end, "LAW", m.method + "+lawjoin"
                drop.add(id(nxt))
        elif m.label == "ORG" and j + 1 < len(doc) and doc[j].text == "Resolution" and doc[j + 1].like_num \
                and j not in by_start and j + 1 not in by_start:
            m.end, m.label, m.method = j + 2, "LAW", m.method + "+resolution"
            m.entity_id, m.kb_id = None, ""
    return [m for m in mentions if id(m) not in drop] if drop else mentions


LAW_WORDS = {"Act", "Regulation", "Directive", "Statute", "Treaty", "Agreement", "Protocol", "Code", "Bill", "Charter",
             "Decree", "Ordinance", "Law"}
LAW_WORD_LIST = sorted(LAW_WORDS)
LAW_JOINERS = {"of", "for", "on", "in", "and"}


def missed_laws(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Laws the model missed or cut before their year: "Kenya's Refugees Act 2021" (nothing found),
    "the Immigration Act 1971": title-case words ending in a legal instrument's word (LAW_WORDS),
    outside every mention, are a LAW; a year right after "Act" is part of the short title (the
    British and Commonwealth form). Not a lone "Bill" or "Act", not a person ("Buffalo Bill")."""
    hits = spans.tokens_where(doc, ORTH, LAW_WORD_LIST)
    if not hits:
        return mentions
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    added = []
    for t in (doc[i] for i in hits):
        m = covered.get(t.i)
        if m is not None:
            if m.label == "LAW" and m.end == t.i + 1 and t.text == "Act" and _year(doc, t.i + 1) \
                    and t.i + 1 not in covered:
                m.end += 1  # "the Refugee Act 1951"
            continue
        k = t.i
        while k > 0 and t.i - k < 8 and k - 1 not in covered:
            if doc[k - 1].is_title and doc[k - 1].is_alpha and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
                k -= 1
            elif k < t.i and doc[k - 1].lower_ in LAW_JOINERS and k > 1 and k - 2 not in covered \
                    and doc[k - 2].is_title and doc[k - 2].is_alpha:
                k -= 2  # "the Freedom of Information Act", "Justice for Victims of Trafficking Act"
            elif k < t.i and doc[k - 1].text == "-" and k > 1 and k - 2 not in covered and doc[k - 2].is_title \
                    and not doc[k - 2].whitespace_ and not doc[k - 1].whitespace_:
                k -= 2  # "the Anti-Infiltration Law", "the Anti-Terror Act"
            else:
                break
        if k == t.i or k == 0 or not (doc[k - 1].is_lower or doc[k - 1].text in ("'s", "’s")) \
                or t.text == "Bill" and not (doc[k - 1].lower_ == "the" or doc[k - 1].text in ("'s", "’s")):
            continue  # a law is "the X Act", "Kenya's X Act", "under X Act"; not "Buffalo Bill rode", a headline
        if doc[k - 1].lower_ in LAW_JOINERS and k > 1 and doc[k - 2].is_title:
            continue  # the name goes on into another mention ("Justice for Victims of Trafficking Act")
        words = [x.text for x in doc[k:t.i + 1]]
        if t.text == "Law" and not _common_words(doc[k:t.i]):
            continue
        if name_types.looks_like_person(words) or linker.ref.lookup(" ".join(words)) is not None:
            continue
        end = t.i + 1 + (t.text == "Act" and _year(doc, t.i + 1) and t.i + 1 not in covered
                         or t.text == "Law" and t.i + 1 < len(doc) and t.i + 1 not in covered
                         and LAW_NUMBER.fullmatch(doc[t.i + 1].text) is not None)  # "Public Law 480"
        added.append(Mention(k, end, "LAW", "rule:law"))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


NUMBERED_LAWS = ["Bill", "Proposition"]
CHAMBERS = {"Senate", "House", "Assembly"}
LAW_NUMBER = re.compile(r"\d{1,3}(?:-\d{1,4})?")
BILL_NUMBER = re.compile(r"(?:[A-Z]-?)?\d{1,5}")


def numbered_bills(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bill or ballot measure named by its number is one LAW with its chamber: "Senate Bill
    1718" (the model: "Senate" ORG, "Bill 1718" PERSON), "House Bill 4", "Assembly Bill 60",
    "Bill C-12", "Proposition 187". The mentions inside the span give way to it; a number with
    a suffix or a decimal ("Bill 1.5") is not a bill's number."""
    hits = spans.tokens_where(doc, ORTH, NUMBERED_LAWS)
    if not hits:
        return mentions
    for i in hits:
        j = i + 1
        if j >= len(doc) or not BILL_NUMBER.fullmatch(doc[j].text) or doc[i].whitespace_ == "":
            continue
        a = i - 1 if i > 0 and doc[i - 1].text in CHAMBERS and doc[i].text == "Bill" else i
        if a == i and i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ not in DETERMINERS:
            continue  # "Buffalo Bill 2": another name before it
        b = j + 1
        if any(m.start < a < m.end or m.start < b < m.end for m in mentions):
            continue  # inside a longer name
        mentions = [m for m in mentions if not (a <= m.start and m.end <= b)]
        mentions.append(Mention(a, b, "LAW", "rule:bill"))
        mentions.sort(key=lambda m: m.start)
    return mentions


def _common_words(toks) -> bool:
    """Every word an English word ("Public Order", "Anti-Infiltration"), not a surname's first
    name ("Bonar")."""
    return all(t.is_punct or t.lower_ in LAW_JOINERS or name_types.is_common_word(t.text) for t in toks)


def _year(doc: Doc, i: int) -> bool:
    return i < len(doc) and len(doc[i].text) == 4 and doc[i].text.isdigit() and doc[i].text[:2] in ("18", "19", "20")


# Head words of bodies beyond ORG_HEADS, for a place glued after "in".
BODY_WORDS = {"inspectorate", "secretariat", "directorate", "court", "tribunal", "embassy", "consulate", "mission",
              "delegation", "bureau", "board", "prosecutor", "ombudsman"}


def place_tails(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the General Inspectorate for Immigration in Bucharest" (one model ORG): a body's name that
    ends in "in" and a place GeoNames knows is the body and the place."""
    from .lexicon import ORG_HEADS

    out = []
    for m in mentions:
        out.append(m)
        if m.entity_id or m.kb_id or m.label != "ORG" or m.end - m.start < 4:
            continue
        toks = doc[m.start:m.end]
        k = next((t.i for t in toks[2:-1] if t.lower_ == "in"), None)
        if k is None or not any(t.lower_ in ORG_HEADS | BODY_WORDS for t in doc[m.start:k]):
            continue
        rest = doc[k + 1:m.end]
        place = geo.lookup(rest.text)
        if place is None or not all(t.text[:1].isupper() for t in rest):
            continue
        tail = Mention(k + 1, m.end, place.label, "rule:tail", place=place)
        m.end, m.method = k, m.method + "+tail"
        out.append(tail)
    return out


def demonym_bodies(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the South African Human Rights Commission" (the ruler: "South African" NORP; the model
    nothing after it): a demonym followed by title-case words, outside every mention, that end in
    a body's head word ("Commission", "Agency") is one organisation, as "the Lithuanian Red Cross"."""
    from .lexicon import ORG_HEADS

    covered = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "NORP" or m.end >= len(doc) or m.end in covered or not doc[m.end].is_title:
            continue
        e = m.end
        while e < len(doc) and e - m.end < 5 and e not in covered and doc[e].is_title and doc[e].is_alpha \
                and doc[e].pos_ in ("PROPN", "NOUN", "ADJ"):
            e += 1
        if e == m.end or doc[e - 1].lower_ not in ORG_HEADS:
            continue
        m.end, m.label, m.method = e, "ORG", m.method + "+demonym-body"
        m.entity_id, m.kb_id, m.demonym = None, "", False
        covered.update(range(m.start, e))
    return mentions


def counted_peoples(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"brought 137 Rohingya ashore", "moved 20,000 Rohingya" (the model: PRODUCT): one word after
    a number, heading its phrase (no noun after it), that is no English word, Census name or
    GeoNames place and no plural, is a people counted, NORP (a product counted is written with
    its noun or a plural: "two Airbus jets", "300 iPhones")."""
    from .entity_types import _foreign_word

    for m in mentions:
        if m.label != "PRODUCT" or m.end - m.start != 1 or m.entity_id or m.kb_id or m.start == 0:
            continue
        t = doc[m.start]
        if not doc[m.start - 1].like_num or not t.is_title or t.lower_.endswith("s") or not _foreign_word(t.text):
            continue
        if m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN", "NUM") or geo.lookup(t.text) is not None:
            continue
        m.label, m.method = "NORP", m.method + "+counted"
    return mentions
