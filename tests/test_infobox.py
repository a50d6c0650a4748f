"""Infobox facts (src/dossier/extract/infobox.py): the two wiki pages that ship with the project
(data/raw and tests/heldout/raw), read through ingestion as a user's run reads them, and a page
whose infobox is full of wiki markup that must not reach the values."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import config, geo, ingest, reference
from dossier.extract import infobox

WIKI_DOCS = {
    "bibby": config.ROOT / "data" / "raw" / "wikipedia-bibby-stockholm.txt",
    "manston": config.ROOT / "tests" / "heldout" / "raw" / "wikipedia-manston-arrivals-and-processing-centre.txt",
}


def _document(path: Path):
    docs = [d for d, _ in ingest.iter_corpus([path]) if d is not None]
    assert len(docs) == 1, path
    return docs[0]


@pytest.fixture(scope="module")
def ref():
    return reference.load()


def _context(doc, ref):
    """A DocContext for an ingested document, with its fields, after the mentions extractor."""
    from dossier import nlp
    from dossier.corpus.parse import parse
    from dossier.extract import DocContext, EXTRACTORS, order

    task = {"text": doc.text, "published": doc.meta.get("published"), "publisher": doc.meta.get("publisher"),
            "para_starts": [p["start"] for p in doc.paragraphs]}
    (parsed, _), = list(parse(nlp.pipeline(ref.version), [task], 1))
    ctx = DocContext.from_task(parsed, task, ref)
    ctx.fields = doc.meta.get("fields") or {}
    for e in order([e for e in EXTRACTORS if e.name in ("mentions",)]):
        ctx.results[e.name] = e.run(ctx)
    return ctx


def _by_field(rows):
    return {r["field"]: r for r in rows}


def test_manston_location_is_a_place_in_its_country(ref):
    doc = _document(WIKI_DOCS["manston"])
    rows = _by_field(infobox.extract(_context(doc, ref)))
    loc = rows["Location"]
    assert loc["value"] == "Manston, Kent, United Kingdom" and loc["kind"] == "place"
    # the page's entity (the centre) is located in Kent (Manston's alias is the centre itself)
    assert (loc["subject_entity_id"], loc["predicate"], loc["object_entity_id"]) == \
        ("manston-processing-centre", "located_in", "kent")
    # GeoNames' "Kent" is a city in the United States: the place must lie in the value's country
    assert loc["geonames_id"] == geo.lookup("United Kingdom").geonameid
    assert rows["Prison Name"]["kind"] == "name"
    assert rows["Prison Name"]["object_entity_id"] == "manston-processing-centre"
    assert rows["Status"]["value"] == "Open" and rows["Status"]["predicate"] is None


def test_template_parameter_residue_is_markup_not_a_value(ref):
    doc = _document(WIKI_DOCS["manston"])
    rows = infobox.extract(_context(doc, ref))
    coords = _by_field(rows)["Coordinates"]
    assert coords["raw"] == "| mapframe-zoom = 6" and coords["value"] == ""
    assert not any("mapframe" in r["value"] or "|" in r["value"] for r in rows), rows


def test_bibby_stockholm_display_title_is_presentation(ref):
    doc = _document(WIKI_DOCS["bibby"])
    rows = infobox.extract(_context(doc, ref))
    assert [(r["field"], r["kind"], r["predicate"]) for r in rows] == [("Display Title", "presentation", None)]


def test_a_document_without_infobox_has_no_rows(ref):
    doc = _document(config.ROOT / "data" / "raw" / "homeoffice-2023-12-29-portland-port-factsheet.txt")
    assert infobox.extract(_context(doc, ref)) == []


HOSTILE = {
    "Name": "<noinclude>{{Infobox company}}</noinclude>'''Bibby Line'''",
    "Owner": "{{nowrap|[[Bibby Line Group|Bibby Line]]}}<ref>{{cite web|url=https://example.org|title=x}}</ref>",
    "Headquarters": "[[London]], {{flagicon|UK}} England<!-- hidden note -->",
    "Operator": "<includeonly>{{{operator|}}}</includeonly>",
    "Capacity": "1,000<ref name=\"cap\"/> people",
    "Budget": "£1.6 million (2023)",
    "Length": "{{convert|93|m|ft}}",
    "Image": "[[File:Barge.jpg|250px]]",
    "Notes": "{{unclosed|template",
}


def test_hostile_markup_never_reaches_the_values(ref):
    rows = _by_field(infobox.facts(HOSTILE, {}, ref, geo.lookup, subject="bibby-stockholm"))
    for r in rows.values():
        for bad in ("<", ">", "{", "}", "[[", "]]", "'''", "noinclude", "cite web", "hidden note"):
            assert bad not in r["value"], (r["field"], r["value"])
    assert rows["Owner"]["value"] == "Bibby Line"
    assert (rows["Owner"]["predicate"], rows["Owner"]["object_entity_id"]) == ("owned_by", "bibby-line")
    assert rows["Headquarters"]["value"] == "London, England"
    assert rows["Headquarters"]["predicate"] == "headquartered_in"
    assert rows["Operator"]["kind"] == "markup" and rows["Operator"]["value"] == ""  # kept, visibly empty
    assert (rows["Capacity"]["number"], rows["Capacity"]["unit"]) == (1000.0, "people")
    assert (rows["Budget"]["number"], rows["Budget"]["unit"]) == (1.6e6, "£")
    assert (rows["Length"]["value"], rows["Length"]["number"], rows["Length"]["unit"]) == ("93 m", 93.0, "m")
    assert rows["Image"]["kind"] == "presentation"
    assert rows["Notes"]["value"] == ""


def test_rows_are_sorted_and_reproducible(ref):
    a = infobox.facts(HOSTILE, {}, ref, geo.lookup, subject="bibby-stockholm")
    b = infobox.facts(dict(reversed(list(HOSTILE.items()))), {}, ref, geo.lookup, subject="bibby-stockholm")
    assert a == b and [r["field"] for r in a] == sorted(HOSTILE)


def test_bad_input_is_refused_with_a_message(ref):
    with pytest.raises(TypeError, match="mapping of field to value"):
        infobox.facts(["Location: Kent"], {}, ref)


def test_the_table_declares_every_column_a_row_has(ref):
    rows = infobox.facts(HOSTILE, {}, ref, geo.lookup, subject="bibby-stockholm")
    declared = {c.name for c in infobox.INFOBOX_FACTS.columns} - {"doc_id"}
    assert all(set(r) == declared for r in rows)
