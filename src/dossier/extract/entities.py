"""The entity extractor: the document's mentions, linked (see :mod:`.linker`), as rows of the
``mentions`` table, and the per-document facts of each entity that the corpus step folds into
the ``entities`` table."""

from __future__ import annotations

import bisect
import re

from ..reference import Reference, RefEntity
from ..schema import B, F, I, S, _t
from .context import DocContext
from .lexicon import GOVERNMENT_WORDS
from .linker import Linker
from .mention import EntityInfo, Mention


MENTIONS = _t(
    "mentions",
    "Every named-entity mention, with its exact span: `documents.text[start:end] == text`.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character in `documents.text`.", False),
    ("end", I, "Offset after the last character.", False),
    ("text", S, "The mention as written.", False),
    ("label", S, "spaCy/OntoNotes label (PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, LAW, EVENT, ...); from the reference table when linked to it (a demonym stays NORP).", False),
    ("entity_id", S, "The canonical entity (`entities.entity_id`).", False),
    ("sentence", I, "Sentence number (`sentences.sentence`).", False),
    ("para", I, "Paragraph number (`paragraphs.para`).", False),
    ("method", S, "What found and linked it: model, ruler (reference pattern), model+reference (label corrected from the reference), a rule that found the mention (rule:acronym, rule:government, rule:dateline, rule:capitals, rule:body, rule:facility, rule:titled, rule:particles, rule:pair, rule:of-the, rule:operation ('Operation X': EVENT), rule:country-body ('Statistics Netherlands': ORG), rule:seat (a debate speaker's seat in brackets: GPE), rule:party (a party's letters in those brackets: ORG), rule:law (a name ending in Act, Regulation, Agreement...: LAW), rule:tail (the place cut off a body's name: '... Immigration in Bucharest'), ...), then the corrections applied to it, each as +name: +surname, +locative, +title (a title before the name cut off), +geonames (typed as a place by GeoNames), +smallplace (a town under 100,000 people the text names as a place), +legalform (a legal form last: ORG), +firstname (a given name and a surname: PERSON), +demonym (a demonym of another country or region joined to the body's name: 'Australian Border Force'), +conjunct (listed with a place after a place preposition: a place), +postnominal ('KC', 'TD' cut off), +newspaper, +facility, +camp, +appositive, +joined, +country-body, +seat, +people (a people's name typed NORP once in the document, NORP again), +kind (typed by the kind noun of its apposition: 'Storskog, the border crossing': FAC), +law, +lawjoin, +resolution (laws typed, joined to a cut-off part, or to their resolution number), +romance (a court or body named in a Romance language: ORG), +region (a natural region: LOC), +tail, +demonym-body, +counted ('137 Rohingya': NORP), rule:camp / +camp, rule:division / +division ('Lahj governorate'), +listed, rule:possessive / +possessive, rule:country-force ('Cyprus Police'), +natural, +storm, +people-noun, +demonym-plural ('Nepalis'), +language, rule:citation / +citation (an author before '(2019)' or 'et al.'), rule:speaker / +speaker (a transcript's speaker in capitals), +vessel-verb, rule:bill ('Senate Bill 1718'), rule:force-country ('Border Guard Bangladesh'), rule:post / +post ('the border post at Petrapole': FAC), +place-part ('the Arguineguín quay': GPE), +place-word ('In Guezzam'), rule:pair-name ('the EU-Ghana Talent Partnership'), +country ('US District Court'), rule:town / +town (a town GeoNames knows, named in a place role), +division-of ('the prefecture of the Nord'), +listed-place, +particle-place ('Santana do Livramento'), rule:road / +road ('the M1': FAC), rule:acting-acronym ('ICE moved ...': ORG), rule:bracketed-body, rule:country-court, rule:kind, rule:people / +people-who (a people's name: NORP), +body-noun ('the Polisario congress': ORG), rule:hyphen-people ('Cuban-American': NORP), rule:hyphen-part ('UN-OPCW': 'OPCW'), rule:adjective / +adjective ('a Latino senator': NORP), +acronym-word ('Junge SVP': ORG), +determined ('the Derg': ORG), +kind-of / +kind-after ('the town of Marea', 'the Oromia region': GPE), +building ('Aldama Theater': FAC), +fields (one body over a list of fields), rule:quoted-title / +quoted-title (a quoted title: WORK_OF_ART), rule:credit (a photo credit's photographer and agencies), ... (each rule is described where it is defined, in src/dossier/extract/).", False),
    ("role", S, "The title or role written with a person's name, not part of the mention: before it (\"Prime Minister\" in \"Prime Minister Rishi Sunak\", \"Federal Councillor\"), a post-nominal after it (\"KC\", \"TD\"), or, for a role glued to the name, the body with it (\"Fedasil spokesperson\"); empty otherwise."),
)


ENTITIES = _t(
    "entities",
    "One row per real-world thing mentioned in the corpus: reference entities (curated) and entities found in the text.",
    ("entity_id",),
    ("entity_id", S, "Identifier: the reference table's id, or the slug of the fullest name found.", False),
    ("name", S, "Canonical name.", False),
    ("type", S, "OntoNotes label (reference type, else the most frequent label of its mentions).", False),
    ("kind", S, "Finer kind from the reference table (country, government department, political party, vessel, ...); empty if not curated."),
    ("aliases", S, "Other names: reference aliases and demonyms, then surface forms seen in the corpus, '|'-separated."),
    ("country", S, "ISO 3166-1 alpha-3 code of the country the entity belongs to."),
    ("wikidata", S, "Wikidata QID, only where verified (see data/reference/ENTITIES-SOURCES.md)."),
    ("lat", F, "Latitude (WGS84) for places."),
    ("lon", F, "Longitude (WGS84) for places."),
    ("curated", B, "True when the entity comes from data/reference/entities.csv.", False),
    ("n_mentions", I, "Number of mentions in the corpus.", False),
    ("n_docs", I, "Number of documents mentioning it.", False),
)


def mention_rows(doc, mentions: list[Mention], para_starts: list[int], sent_starts: list[int]) -> list[dict]:
    rows = []
    for m in mentions:
        span = doc[m.start:m.end]
        rows.append(dict(start=span.start_char, end=span.end_char, text=span.text, label=m.label,
                         entity_id=m.entity_id, sentence=bisect.bisect_right(sent_starts, span.start_char) - 1,
                         para=bisect.bisect_right(para_starts, span.start_char) - 1, method=m.method,
                         role=m.role))
    return rows


def entity_rows(infos: dict[str, EntityInfo]) -> list[dict]:
    """Per-document entity facts, to be merged across documents."""
    rows = []
    for info in infos.values():
        if not info.surfaces:
            continue
        rows.append(dict(entity_id=info.entity_id, name=info.name, type=info.type, kind=info.kind,
                         country=info.country, wikidata=info.wikidata, lat=info.lat, lon=info.lon,
                         curated=info.curated, geonames=info.geonames,
                         surfaces=dict(info.surfaces), labels=dict(info.labels)))
    return rows


# "republished by X", "also published by X", "syndicated by X", "via X": up to the next , ; or )
DISTRIBUTOR = re.compile(r"\b(?:(?:re-?|also\s+|co-?)?published|distributed|syndicated|carried)\s+by\s+[^,;()]*"
                         r"|\bvia\s+[^,;()]*", re.I)


def publisher_entity(publisher: str | None, ref: Reference) -> RefEntity | None:
    """The reference entity named in a publisher string ("Home Office (press release,
    republished by WiredGov)" → Home Office), longest name first. A body named only as a
    channel the text also went through ("also published by X", "republished by X", "via X")
    is not its author and is not considered."""
    if not publisher:
        return None
    publisher = DISTRIBUTOR.sub(" ", publisher)
    words = publisher.replace("(", " ").replace(")", " ").replace(",", " ").split()
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            hit = ref.lookup(" ".join(words[i:i + n]))
            if hit and not hit[1]:
                if hit[0].type in PLACE_TYPES and _inside_a_name(words, i, n):
                    continue  # "USA Today", "Texas Tribune": a place inside the publisher's name is not the publisher
                return hit[0]
    return None


PLACE_TYPES = {"GPE", "LOC"}


def _inside_a_name(words: list[str], i: int, n: int) -> bool:
    """Is ``words[i:i+n]`` part of a longer capitalised name (a neighbour in title case, or a
    body's name "of" it: "Parliamentary Ombudsman of Finland", "Refugee Council of Australia";
    not "Government of Canada", the country's own government)?"""
    def titled(w: str) -> bool:
        return w[:1].isupper() and w.lower() not in ("the", "of", "and")
    k = i - 2 if i > 1 and words[i - 1].lower() == "the" else i - 1
    of_body = k > 0 and words[k].lower() == "of" and titled(words[k - 1]) \
        and words[k - 1].lower() not in GOVERNMENT_WORDS
    return of_body or (i > 0 and titled(words[i - 1])) or (i + n < len(words) and titled(words[i + n]))


def extract(ctx: DocContext) -> list[dict]:
    """Link the document's mentions (kept on the context for the other extractors) and return
    the ``mentions`` rows."""
    ctx.mentions, ctx.infos = Linker(ctx.ref, ctx.home_country).link(ctx.doc)
    return mention_rows(ctx.doc, ctx.mentions, ctx.para_starts, ctx.sentence_starts)


def doc_entities(ctx: DocContext) -> list[dict]:
    return entity_rows(ctx.infos)

