"""A linker step (:data:`dossier.extract.linker.Linker.STEPS`): bodies named with another
country's demonym, or with a country's name, are bodies of their own.

A demonym written just before the name of a body the reference table places in another country
is part of a different body's name: "the Australian Border Force" is not the (British) Border
Force, "the Scottish Refugee Council" not the Refugee Council (a region's demonym before a body
of its country also names a body of its own). The two mentions become one ORG mention of that
name, linked to the reference entity the whole name is known as, else left for the linker's
"name new entities" step to make an entity of. "the British Home Office" (the body's own
country) is left alone. So is a country's name before a party the reference does not know ("the
UK Independence Party", :func:`_country_named`). Likewise a body the reference places in one
country, named "of" another country, is a body of that country ("the Refugee Council of
Australia" is not the British Refugee Council), and a country's name before its party members'
plural names the party ("the Sweden Democrats": PARTY_PLURALS). One pass over the mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..reference import Reference
from ..text import norm
from .lexicon import PARTY_HEADS
from .mention import Mention

SUBNATIONAL_KINDS = ("region",)
# A party named by its country and its members ("the Sweden Democrats", "the UK Greens").
PARTY_PLURALS = {"democrats", "republicans", "liberals", "socialists", "greens", "conservatives", "nationalists",
                 "social-democrats", "christian-democrats", "patriots", "progressives", "communists"}


def join(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    ref = linker.ref
    if len(mentions) < 2:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.end + 1 == m.start and doc[prev.end].lower_ == "of" and prev.label == "ORG" \
                and m.label == "GPE" and _foreign(ref, m.entity_id, prev.entity_id):
            out[-1] = _joined(ref, doc, prev, m, "+of-country")  # "the Refugee Council of Australia"
            continue
        if prev is not None and prev.end == m.start and prev.label == "GPE" and m.label == "NORP" \
                and m.end - m.start == 1 and doc[m.start].lower_ in PARTY_PLURALS and doc[m.start].is_title \
                and _country(ref, prev.entity_id):
            out[-1] = _joined(ref, doc, prev, m, "+party")  # "the Sweden Democrats"
            continue
        if prev is not None and prev.end == m.start and m.label == "ORG" and doc[prev.start].text[:1].isupper() and (
                (prev.label == "NORP" and _foreign(ref, prev.entity_id, m.entity_id)) or _country_named(doc, ref, prev, m)):
            out[-1] = _joined(ref, doc, prev, m, "+demonym")
            continue
        out.append(m)
    return out


def _joined(ref: Reference, doc: Doc, a: Mention, b: Mention, how: str) -> Mention:
    """One ORG mention over ``a`` and ``b``, linked to the reference when it knows the whole name."""
    text = doc[a.start:b.end].text
    known = ref.lookup(text, "ORG")
    eid = known[0].entity_id if known is not None and not known[1] and known[0].type == "ORG" else None
    method = (b.method if how == "+demonym" else a.method) + how
    return Mention(a.start, b.end, "ORG", method, entity_id=eid, cluster=None if eid else norm(text))


def _country(ref: Reference, place_id: str | None) -> bool:
    place = ref.entities.get(place_id or "")
    return place is not None and place.kind == "country"


def _country_named(doc: Doc, ref: Reference, place: Mention, body: Mention) -> bool:
    """"the UK Independence Party": a country's name modifying a party's name the reference
    does not know is the first word of that party's name (not "the UK Home Office": known)."""
    head = doc[body.start:body.end].root
    return place.label == "GPE" and body.entity_id not in ref.entities and doc[place.end - 1].head.i == head.i \
        and doc[place.end - 1].dep_ == "compound" and head.lower_ in PARTY_HEADS and head.is_title


def _foreign(ref: Reference, demonym_id: str | None, body_id: str | None) -> bool:
    """Whether the place a demonym names is not the country of the reference body."""
    place, body = ref.entities.get(demonym_id or ""), ref.entities.get(body_id or "")
    if place is None or body is None or not body.country or place.type != "GPE":
        return False
    if place.kind == "country":
        return bool(place.country) and place.country != body.country
    return place.kind in SUBNATIONAL_KINDS and place.country == body.country
