"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`, right after the name particles
are merged): the edges of the model's name spans, repaired where the words say where a name
ends. Each rule is one pass over the mentions, reading only the mention's own tokens and the
few after it.

- **Post-nominals** are not part of a name: "Helen Carter TD", "Ruth Almond CBE", "Jane Doe KC
  MP" name the person; the letters (POST_NOMINALS, written in capitals) are kept as the
  mention's ``role`` when it has none. A post-nominal says the name is a person's, so a model
  "organisation" ("Marta Costa MEP" as ORG) becomes PERSON. At least two title-case words must
  remain ("Jane Doe", not "Labour MP").
- **A role glued into a person's span**: "[Fedasil spokesperson Benoît Mansy]" is the body
  "Fedasil" (ORG) and the person "Benoît Mansy", role "Fedasil spokesperson"; and two or three
  title-case words right after a lower-case role noun are a person ("UNHCR spokesman [Matteo
  Ricci]" was typed ORG).
- **A body's name goes on over "for", "of", "on", "against" and "and"**: the model often stops
  at the first small word, "the [UN Committee] against Torture", "the [Federal Agency] for the
  Reception of Asylum Seekers", "the [Department for Migration] and Borders". An ORG span ending
  in an organisation head word (ORG_HEADS: committee, agency, department, office, ...) or in
  a capitalised word after one of those small words, is extended over the small word (and "the")
  and the capitalised words after it, when no other mention starts there and the capitalised
  words are not a place the reference or GeoNames knows after "of" ("the Ministry of the
  Interior of Greece" stops before "Greece"); a known body after "of the" is part of the name
  ("the Court of Justice of the European Union"), and so is the place of a court's district ("the
  District Court for the Southern District of Texas"). After "and", only one or two English words
  that end the phrase ("and Borders said", also when the model made "Borders" a name of its
  own), so "the Home Office and Border Force" and "the Committee and Serco" stay two.
- **A person's first word at the start of a sentence** the model left out ("Nguyễn Thị Hạnh").
- **A body named for an office**: "the Office of the Prime Minister" (the model stopped at
  "Prime"), "the Deputy Ministry of Migration" (the model began at "Ministry").
- **Two bodies in one span**: "the Committee on X and the Office of Y" is split at "and the"
  when both parts have an organisation head word.
- **A body of a body**: "Columbia University's Institute for the Study of Human Rights" is two
  names, split at the possessive when both parts have an organisation head word (not "the
  Office of the Children's Commissioner": no head after it).
- **A party's leader after "of"**: "the Party for Freedom of Geert Wilders" is the party and a
  person (a given name and a surname after "of", or two or three title-case words that are no
  English words and no place; a party or organisation head before it: not "the Institute of
  Race Relations", not "the Bank of New Zealand").

Then the names the model cut in pieces are put back together (:mod:`.entity_joins`: "US Customs
and Border Protection", "Law and Justice", "Doctors of the World", "Sophie in 't Veld").
"""

from __future__ import annotations

from spacy.tokens import Doc

from .. import geo
from .lexicon import (CORPORATE_SUFFIXES, HONORIFICS, MONTHS, NUMERIC, ORG_HEADS, PARTY_HEADS, ROLE_NOUNS,
                      TITLE_MODIFIERS, TITLE_WORDS, WEEKDAYS)
from .mention import Mention
from . import entity_joins, name_types

# Titles of office before a person's name ("Councillor Aoife Brennan").
OFFICE_TITLES = {"councillor", "councilor", "deputy", "senator", "mayor", "governor", "minister", "commissioner"}
# Letters after a person's name (honours, degrees, offices): written in capitals after it.
POST_NOMINALS = {"MP", "MEP", "MSP", "MLA", "MPP", "MNA", "MHK", "TD", "KC", "QC", "SC", "CBE", "OBE", "MBE", "DBE",
                 "KBE", "GBE", "KCB", "GCB", "KCMG", "CMG", "FRS", "FBA", "PC", "PhD", "DPhil"}
BODY_JOINERS = {"for", "of", "on", "against", "and"}
HEADS = ORG_HEADS | PARTY_HEADS | {"board", "tribunal", "court", "observatory", "network", "programme", "program",
                                   "secretariat", "inspectorate", "ombudsman", "organisation", "organization",
                                   "federation", "society", "bureau", "panel", "forum", "platform", "body",
                                   "university", "college", "school", "academy"}
POSSESSIVE = {"'s", "’s"}
# Role nouns besides ROLE_NOUNS that a person's name follows in news ("IOM official Jane Doe").
ROLES = {"official", "chief", "head", "adviser", "advisor", "researcher", "lawyer", "coordinator", "president",
         "chair", "chairman", "chairwoman", "leader", "founder", "officer", "representative", "deputy", "counsel"}
ROLE_WORDS = ROLE_NOUNS | ROLES
TITLE_OR_ROLE = TITLE_WORDS | ROLES
RETYPED = {"ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "LOC"}
NOT_IN_A_NAME = name_types.NOT_IN_A_NAME
CALENDAR = set(MONTHS) | set(WEEKDAYS)
HONORIFIC_WORDS = {h.lower().rstrip(".") for h in HONORIFICS}


def repair(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    starts = {m.start: m for m in mentions}
    out: list[Mention] = []
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    absorbed: set[int] = set()  # ids of one-word mentions a person's name took in ("Abdirahman" ORG)
    for m in mentions:
        if id(m) in absorbed:
            continue
        _first_word(linker, doc, m, covered, absorbed)
        _post_nominals(doc, m)
        _after_role(doc, m)
        glued = _glued_role(doc, m)
        if glued:
            out.extend(glued)
            continue
        if m.label == "ORG" and not m.kb_id:
            _office_edges(doc, m, starts)
            for part in _split(doc, m):
                _extend_body(linker, doc, part, starts)
                out.append(part)
            continue
        out.append(m)
    out = [x for x in out if id(x) not in absorbed]
    out.sort(key=lambda x: (x.start, x.end))
    kept: list[Mention] = []
    for m in out:  # an extended body may now cover a later mention ("Torture"): the longer name wins
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return entity_joins.repair(linker, doc, kept)  # names the model cut in pieces ("US Customs and Border Protection")


def _first_word(linker, doc: Doc, m: Mention, covered: dict[int, Mention], absorbed: set[int]) -> None:
    """A person's name that opens the sentence or follows a title, cut after its first word by the
    model ("Nguyễn [Thị Hạnh], a Vietnamese worker, told ...", "Councillor Aoife [Brennan]"), or
    whose first word the model typed on its own ("[Abdirahman] ORG [Mohamed Abdullahi] PERSON"):
    the first word is no English word, title, place or known name, and touches the span."""
    k = m.start - 1
    if m.label != "PERSON" or k < 0 or not doc[k].whitespace_:
        return
    w, other = doc[k], covered.get(k)
    if not (w.is_sent_start or k > 0 and doc[k - 1].lower_.rstrip(".") in TITLE_OR_ROLE | HONORIFIC_WORDS
            | OFFICE_TITLES and doc[k - 1].text[:1].isupper()):
        return
    if other is not None and (other.end != m.start or other.start != k or other.kb_id or other.label == "NORP"):
        return
    if not name_types._word(w.text) or w.is_stop or w.lower_ in TITLE_OR_ROLE or name_types.is_common_word(w.text) \
            or w.lower_ in HONORIFIC_WORDS or geo.lookup(w.text) is not None or linker.ref.lookup(w.text) is not None:
        return
    if other is not None:
        absorbed.add(id(other))
    m.start = k
    covered[k] = m


def _office_edges(doc: Doc, m: Mention, starts: dict[int, Mention]) -> None:
    """A body named for an office: the model cut its holder's title ("the [Office of the Prime]
    Minister", "the [Office of the Chief] Inspector") or left a "Deputy" / "Vice" before the head
    word ("Cyprus's Deputy [Ministry of Migration ...]"): the title's words are the name's."""
    toks = doc[m.start:m.end]
    if m.end < len(doc) and toks[-1].lower_ in TITLE_MODIFIERS and toks[-1].is_title and m.end not in starts \
            and any(t.lower_ == "of" for t in toks) and _has_head(doc, m.start, m.end - 1) \
            and doc[m.end].is_title and doc[m.end].lower_ in TITLE_WORDS and not doc[m.end].is_sent_start:
        m.end += 1
    if m.start > 0 and doc[m.start].lower_ in HEADS and doc[m.start].is_title and doc[m.start - 1].is_title \
            and doc[m.start - 1].lower_ in ("deputy", "vice") and m.start - 1 not in starts:
        m.start -= 1


def _post_nominals(doc: Doc, m: Mention) -> None:
    if m.label == "PERSON" and not m.role and m.end < len(doc) and doc[m.end].text in POST_NOMINALS:
        m.role = doc[m.end].text  # "[Jane Doe] MP": the model left the letters out
    end = m.end
    while end - m.start > 2 and doc[end - 1].text in POST_NOMINALS:
        end -= 1
    if end == m.end or not all(name_types._word(t.text) or t.lower_ in ("de", "van", "von", "der") for t in doc[m.start:end]):
        return
    if m.label not in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "FAC", "PRODUCT") or m.kb_id:
        return
    m.role = m.role or doc[end:m.end].text
    m.end = end
    if m.label != "PERSON":
        m.label, m.method = "PERSON", m.method + "+postnominal"


def _glued_role(doc: Doc, m: Mention) -> list[Mention]:
    """"[Fedasil spokesperson Benoît Mansy]" (one model span) is a body, a role and a person:
    capitalised words, lower-case title words ending in a role noun (ROLE_NOUNS, ROLES), then
    one to three title-case words. The role (with the body's name) is kept on the person."""
    if m.kb_id or m.end - m.start < 3:
        return []
    k = next((i for i in range(m.start, m.end - 1) if doc[i].is_lower), None)
    if k is None:
        return []
    r = k
    while r < m.end and doc[r].is_lower and doc[r].lower_ in TITLE_OR_ROLE:
        r += 1
    name = doc[r:m.end]
    if r == k or doc[r - 1].lower_ not in ROLE_WORDS or not 1 <= len(name) <= 3 \
            or not all(name_types._word(t.text) for t in name) or any(t.lower_ in NOT_IN_A_NAME for t in name) \
            or not all(t.text[:1].isupper() for t in doc[m.start:k]):
        return []
    person = Mention(r, m.end, "PERSON", m.method + "+title", role=doc[m.start:r].text)
    return [Mention(m.start, k, "ORG", m.method + "+title"), person] if k > m.start else [person]


def _after_role(doc: Doc, m: Mention) -> None:
    """"UNHCR spokesman [Matteo Ricci] ORG": two or three title-case words right after a
    lower-case role noun are a person's name (no legal form, head or title word among them)."""
    prev = doc[m.start - 1] if m.start else None
    words = [t.text for t in doc[m.start:m.end]]
    if prev is None or m.kb_id or m.label == "PERSON" or m.label not in RETYPED or not prev.is_lower \
            or prev.lower_ not in ROLE_WORDS or not 2 <= len(words) <= 3 \
            or not all(name_types._word(w) and w.lower() not in NOT_IN_A_NAME for w in words) \
            or geo.lookup(" ".join(words)) is not None:
        return
    m.label, m.method, m.role = "PERSON", m.method + "+role", m.role or prev.text


def _split(doc: Doc, m: Mention) -> list[Mention]:
    """"X and the Y" with an organisation head on both sides; "X's Y" with one on both sides
    ("Columbia University's Institute for the Study of Human Rights"); "<party> of <person>"."""
    for k in range(m.start + 1, m.end - 1):
        if doc[k].text in POSSESSIVE and doc[k + 1].text[:1].isupper() and _has_head(doc, m.start, k) \
                and _has_head(doc, k + 1, m.end) and all(t.text[:1].isupper() or t.is_lower and t.lower_ in BODY_JOINERS
                                                         | {"the"} for t in doc[m.start:k]):
            return [Mention(m.start, k, "ORG", m.method + "+split"), *_split(doc, Mention(k + 1, m.end, "ORG", m.method))]
    for k in range(m.start + 2, m.end - 2):
        if doc[k].lower_ == "and" and doc[k + 1].lower_ == "the" and doc[k + 2].text[:1].isupper() \
                and _has_head(doc, m.start, k) and _has_head(doc, k + 2, m.end):
            return [Mention(m.start, k, "ORG", m.method + "+split"), Mention(k + 2, m.end, "ORG", m.method + "+split")]
    for k in range(m.end - 3, m.start, -1):
        words = [t.text for t in doc[k + 1:m.end]]
        if doc[k].lower_ == "of" and 2 <= len(words) <= 3 and _person_like(words) and _has_head(doc, m.start, k):
            return [Mention(m.start, k, "ORG", m.method + "+split"),
                    Mention(k + 1, m.end, "PERSON", m.method + "+split")]
    return [m]


def _person_like(words: list[str]) -> bool:
    """A given name and a surname (Census lists), or two or three title-case words none of which
    is an English word, a place or a head word ("Geert Wilders"; not "Race Relations", not
    "New Zealand")."""
    if not 2 <= len(words) <= 3:
        return False
    if name_types.looks_like_person(words):
        return True
    return all(name_types._word(w) and not name_types.is_common_word(w) and w.lower() not in HEADS for w in words) \
        and geo.lookup(" ".join(words)) is None and geo.lookup(words[0]) is None


def _english(word: str) -> bool:
    """An English word or a noun's plural ("Borders", "Refugees": surnames or not)."""
    low, nouns = word.lower(), name_types.common_nouns()
    return low in name_types.common_words() or low.endswith("s") and low[:-1] in nouns \
        or low.endswith("ies") and low[:-3] + "y" in nouns


def _has_head(doc: Doc, a: int, b: int) -> bool:
    return any(t.lower_ in HEADS and t.text[:1].isupper() for t in doc[a:b])


def _extend_body(linker, doc: Doc, m: Mention, starts: dict[int, Mention]) -> None:
    if not _has_head(doc, m.start, m.end) or doc[m.end - 1].lower_ in CORPORATE_SUFFIXES:
        return  # "Meyer Detective Agency Inc of National Park": a legal form ends a name
    while m.end + 1 < len(doc):
        j = m.end
        joiner = doc[j].lower_
        if joiner not in BODY_JOINERS or not doc[j].is_lower:
            return
        k = j + 1 + (doc[j + 1].lower_ == "the" and joiner != "and")
        e = k
        while e < len(doc) and (doc[e].text[:1].isupper() and doc[e].is_alpha or doc[e].text == "-"
                                and e + 1 < len(doc) and doc[e + 1].is_alpha) and not doc[e].is_sent_start \
                and doc[e].ent_type_ not in NUMERIC and doc[e].lower_ not in CALENDAR:
            e += 1  # not "the Verizon Center on Monday"
        union = joiner == "of" and k == j + 2 and k in starts and starts[k].label == "ORG" and e > k \
            and starts[k].end >= e
        if union:
            e = starts[k].end  # "the Committee of Ministers of the Council of Europe": the known body's whole name
        if e == k or k in starts and (joiner == "and" and _has_head(doc, k, e) or starts[k].kb_id and not union
                                      or starts[k].label == "PERSON") or _person_like([t.text for t in doc[k:e]]):
            return  # another body's name or a person's begins there ("the Socialist Party of Marta Lindgren")
        words = doc[k:e].text
        if joiner == "of" and doc[j - 1].lower_ != "district" and (geo.lookup(words, evidence=True) is not None or k in starts and starts[k].label in
                               ("GPE", "LOC") or (linker.ref.lookup(words, "GPE") or (None,))[0]
                               is not None and linker.ref.lookup(words, "GPE")[0].type in ("GPE", "LOC")):
            return  # "the Ministry of the Interior of Greece": the country is a name of its own
        if joiner == "and" and (e - k > 2 or e < len(doc) and (doc[e].lower_ in BODY_JOINERS or doc[e].text == "'s")
                                or linker.ref.lookup(words) is not None
                                or not all(_english(t.text) and t.is_title for t in doc[k:e])):
            return  # "the Home Office and Border Force", "the Treasury Committee and Serco": two names
        m.end = e
        m.method = m.method if m.method.endswith("+body") else m.method + "+body"
