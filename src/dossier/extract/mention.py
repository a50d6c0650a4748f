"""The one shape of an entity mention that every extractor reads, the per-document facts of
an entity, and the small rules for a name's edges (determiners, possessives, honorifics, a
dateline's dash, a legal form before "of <place>", an abbreviation's period) and for acronyms."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..reference import RefEntity
from .lexicon import ACRONYM_SKIP, DETERMINERS, HONORIFICS, LEGAL_FORMS, POSSESSIVE


@dataclass
class Mention:
    start: int  # token indices
    end: int
    label: str
    method: str
    entity_id: str | None = None
    kb_id: str = ""  # the reference entity a ruler pattern matched
    demonym: bool = False
    acronym: str | None = None  # an acronym defined in the document that this mention is
    cluster: str | None = None  # normalised name of an entity not (yet) in the reference table
    role: str | None = None  # a title or role written before a person's name ("Prime Minister")
    place: object | None = None  # the GeoNames place (:class:`dossier.geo.Place`) an unlinked name names


@dataclass
class EntityInfo:
    entity_id: str
    name: str
    type: str
    kind: str | None = None
    country: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    curated: bool = False
    geonames: int | None = None
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)

    @classmethod
    def from_reference(cls, r: RefEntity) -> "EntityInfo":
        return cls(r.entity_id, r.name, r.type, r.kind, r.country, r.wikidata, r.lat, r.lon, True)


def _split_dashes(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A name does not contain a spaced dash: "MIAMI - Pat Riley" is a dateline and a name."""
    cuts = [t.i for t in doc[a:b] if t.text in ("-", "–", "—", "--") and t.whitespace_ and t.i > 0
            and doc[t.i - 1].whitespace_]
    if not cuts:
        return [(a, b)]
    bounds = [a - 1, *cuts, b]
    return [(x + 1, y) for x, y in zip(bounds, bounds[1:]) if y > x + 1]


def _split_legal_place(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A company's name ends at its legal form: "Dominion Textiles Inc of Canada" is the company
    and where it is ("Certified Security Services Inc of Key West"), two names. Only when
    "of" follows the legal form (LEGAL_FORMS: not "Group of Seven") and capitalised words
    without a legal form of their own follow "of" to the end of the span ("W.B. Saunders Co of
    Canada Ltd" is one name; "Bank of America Corp", legal form last, is untouched)."""
    for k in range(a + 1, b - 2):
        if doc[k].lower_ in LEGAL_FORMS and doc[k].text[:1].isupper() and doc[k + 1].lower_ == "of" \
                and all(t.text[:1].isupper() and t.lower_ not in LEGAL_FORMS for t in doc[k + 2:b]):
            return [(a, k + 1), (k + 2, b)]
    return [(a, b)]


def _split_after_legal_form(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """A legal form ends a company's name: "Goldman, Sachs and Co and Eberstadt Fleming Inc" is
    two companies, split at an "and" / "&" right after a legal form (LEGAL_FORMS) that a
    capitalised word follows ("Merck and Co Inc", with "and" before the legal form, is one)."""
    for k in range(a + 1, b - 2):
        if doc[k].lower_ in LEGAL_FORMS and doc[k].text[:1].isupper() and doc[k + 1].lower_ in ("and", "&") \
                and doc[k + 2].text[:1].isupper():
            return [(a, k + 1), *_split_after_legal_form(doc, k + 2, b)]
    return [(a, b)]


def _name_word(doc: Doc, i: int) -> bool:
    """Is token ``i`` part of a capitalised name: a capitalised word, or the period of an
    abbreviation glued to one ("Alex." in "Alex. Brown and Sons Inc")?"""
    t = doc[i]
    return t.text[:1].isupper() or (t.text == "." and i > 0 and not doc[i - 1].whitespace_
                                    and doc[i - 1].text[:1].isupper() and len(doc[i - 1].text) <= 4)


def _clean(doc: Doc, start: int, end: int, label: str = "") -> tuple[int, int]:
    """Trim determiners, quotes and punctuation at the edges, a trailing possessive, a year
    before an event's name or between an organisation's name and the noun it modifies, and cut
    at a paragraph break."""
    for i in range(start, end):
        if "\n" in doc[i].text or (doc[i].is_space and "\n" in doc[i].text_with_ws):
            end = i
            break
    start, end = _unclosed_bracket(doc, start, end)
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].is_space):
        start += 1
    if label == "EVENT" and end - start >= 2 and _year(doc[start]) and doc[start + 1].text[:1].isupper():
        start += 1  # "the 2003 Kids' Choice Awards": the year says which one (a strategy's stays: "2025 UK Border Strategy")
    if label == "ORG" and end - start >= 3 and _year(doc[end - 1]) and end < len(doc) and doc[end].is_lower \
            and doc[end].pos_ == "NOUN":
        end -= 1  # "the House Budget Committee 1988 budget": the year modifies the noun after
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].is_punct or doc[end - 1].is_space
                           or (doc[end - 1].is_lower and doc[end - 1].pos_ in ("CCONJ", "ADP", "DET", "PART", "SCONJ"))):
        end -= 1  # "Frontex and", "Frontex before"
    return start, end


def _unclosed_bracket(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A name does not hold half a bracket: "the Office of the Prime Minister (OPM" (the model's
    span, the ")" left out) ends before the "("; "OPM) Director" starts after the ")"."""
    depth, last_open = 0, None
    for i in range(start, end):
        t = doc[i].text
        if t == "(":
            depth, last_open = depth + 1, i
        elif t == ")":
            if depth:
                depth -= 1
            else:
                start = i + 1  # a ")" with no "(" in the span
    if depth and last_open is not None and last_open > start:
        end = last_open
    return start, end


def _year(tok) -> bool:
    """A year written as four digits, 1800-2099."""
    return len(tok.text) == 4 and tok.text.isdigit() and 1800 <= int(tok.text) <= 2099


def _strip_honorific(doc: Doc, m: "Mention") -> None:
    """"Mr Cleverly" names Cleverly: a title is not part of the name."""
    while m.end - m.start > 1 and doc[m.start].lower_.rstrip(".") in HONORIFICS:
        m.start += 1


def _initials_match(tokens: list, acronym: str) -> bool:
    """Do the words' initials spell the acronym, with or without the small words
    ("Refugee and Migrant Forum ..." → RAMFEL or RMFEL)?"""
    if not tokens or tokens[0].lower_ in ACRONYM_SKIP:
        return False
    words = [(t.text[0].lower(), t.lower_ in ACRONYM_SKIP) for t in tokens if t.text[:1].isalpha()]
    acr = acronym.lower()

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        # every content word gives its initial; a small word may or may not
        if j == len(words):
            return i == len(acr)
        letter, small = words[j]
        if i < len(acr) and acr[i] == letter and match(i + 1, j + 1):
            return True
        return small and match(i, j + 1)

    return match(0, 0)


def display_name(surface: str) -> str:
    return surface.strip().rstrip("’'")


