"""Quantities, dates, quotes and relations: corpus claims and new sentences."""

from __future__ import annotations

import pandas as pd
import pytest

from dossier.extract import quotes as quotes_mod

GUARDIAN = "guardian-2023-08-09-uk-turkey-smuggling-deal"
PARLIAMENT = "parliament-2023-06-29-hl8565-turkey-grant"


def _rows(tables, table, doc_id):
    df = tables[table]
    return df[df["doc_id"] == doc_id]


# --------------------------------------------------------------------------- quantities

def test_guardian_numbers_with_qualifiers(tables):
    q = _rows(tables, "quantities", GUARDIAN).set_index("text")
    assert (q.loc["only 15", "value"], q.loc["only 15", "unit"], q.loc["only 15", "qualifier"]) == (15, "people", "only")
    assert (q.loc["About 50", "value"], q.loc["About 50", "qualifier"]) == (50, "approximately")
    assert (q.loc["about 20", "unit"], q.loc["about 20", "qualifier"]) == ("people", "approximately")
    money = q.loc["more than £3m"]
    assert (money["value"], money["unit"], money["qualifier"]) == (3_000_000, "GBP", "more_than")
    assert money["entity_id"] == "home-office" and money["period"] == "the previous year"
    vague = q.loc["hundreds"]
    assert vague["qualifier"] == "vague" and vague["counted"] == "small boats and boat parts"
    assert q.loc["238,448", "value"] == 238448 and q.loc["238,448", "entity_id"] == "turkey"
    assert "2025" not in q.index and "one" not in q.index  # part of a name; a pronoun


def test_parliament_grant_periods(tables):
    q = _rows(tables, "quantities", PARLIAMENT)
    assert list(zip(q["value"], q["period"])) == [(425000, "2021–22"), (3e6, "2023–24"), (3e6, "2022 to 2023")]


@pytest.mark.parametrize("text,value,unit,qualifier", [
    ("Officials said £16.6 million was spent on the scheme.", 16_600_000, "GBP", "exact"),
    ("Nearly 2,000 people crossed in small boats.", 2000, "people", "approximately"),
    ("Fewer than 300 migrants were returned.", 300, "migrants", "less_than"),
    ("Arrivals fell by 36 per cent.", 36, "percent", "exact"),
    ("The barge can hold up to 500 men.", 500, "men", "up_to"),
    ("Thousands of people have made the crossing.", None, "people", "vague"),
    ("Tens of thousands of people are waiting.", None, "people", "vague"),
    ("It costs £169,000 per person.", 169000, "GBP", "exact"),
])
def test_quantity_forms(analyse, text, value, unit, qualifier):
    q = analyse(text)["quantities"]
    assert len(q) == 1, q
    assert (q[0]["value"], q[0]["unit"], q[0]["qualifier"]) == (value, unit, qualifier)


@pytest.mark.parametrize("text", [
    "Under Part 6 of the Act, support is given.", "See Volume 737, c. 37 of Hansard.",
    "It opened on 3 March 2022 at 10.30.", "Security is provided 24/7.", "She came third in 2019.",
])
def test_references_dates_and_times_are_not_quantities(analyse, text):
    assert analyse(text)["quantities"] == []


# --------------------------------------------------------------------------- dates

def test_guardian_dates_resolve_against_publication(tables):
    d = _rows(tables, "dates", GUARDIAN)
    values = dict(zip(d["text"], d["value"]))
    assert values["Tuesday night"] == "2023-08-08" and values["Monday"] == "2023-08-07"
    assert values["last month"] == "2023-07" and values["June"] == "2023-06"
    assert values["the autumn"] == "2023-23"  # EDTF autumn 2023: the meeting is still to come
    assert values["Last year"] == "2022" and values["the previous year"] == "2022"


@pytest.mark.parametrize("text,published,value,granularity", [
    ("The plan was announced on Friday.", "2023-08-09", "2023-08-04", "day"),
    ("The talks will resume on Friday.", "2023-08-09", "2023-08-11", "day"),
    ("The consultation ran over the summer.", "2020-12-17", "2020-22", "season"),
    ("Spending rose in 2021–22.", "2023-06-29", "2021-04/2022-03", "fiscal_year"),
    ("Arrivals rose in the third quarter of 2022.", "2023-06-29", "2022-35", "quarter"),
    ("Crossings fell last week.", "2023-08-09", "2023-W31", "week"),
    ("It happened three years ago.", "2023-08-09", "2020", "year"),
    ("In December the minister visited Calais.", "2023-06-05", "2022-12", "month"),
    ("From 2016 to 2019 the centre was closed.", "2023-06-05", "2016/2019", "year_range"),
])
def test_date_forms(analyse, text, published, value, granularity):
    d = analyse(text, published=published)["dates"]
    assert [(r["value"], r["granularity"]) for r in d] == [(value, granularity)]


def test_relative_dates_without_publication_date_stay_unresolved(analyse):
    d = analyse("Last month the barge moved to Portland. In June 2018 it was in Sweden.", published=None)["dates"]
    assert [(r["text"], r["value"], r["relative"]) for r in d] == [("Last month", "", True), ("June 2018", "2018-06", False)]
    assert "no publication date" in d[0]["note"]


# --------------------------------------------------------------------------- quotes

def test_guardian_quotes_and_speakers(tables):
    q = _rows(tables, "quotes", GUARDIAN).set_index("quote")
    assert q.loc["disrupt and dismantle people smuggling gangs", "speaker_entity_id"] == "uk-government"
    assert (q.loc["disastrous failure", "speaker_entity_id"], q.loc["disastrous failure", "cue"]) == ("labour-party", "call")
    assert q.loc["lawyer-bashing", "kind"] == "accusation" and pd.isna(q.loc["lawyer-bashing", "speaker"])
    assert q.loc["centre of excellence", "kind"] == "scare"
    assert q.loc["turned back", "speaker_entity_id"] == "turkey"
    assert q.loc["disrupt", "kind"] == "scare"  # the headline's single quotes


def test_quote_marks_pairing_rules():
    text = ("He said: “This goes on\n\n“over two paragraphs.”\n\nShe called it \"a disgrace\" and "
            "‘disrupt’ stays a scare quote, while the smugglers’ boats are not quotes.\n\n“An excerpt that stops")
    found = [(text[q.start:q.end], q.closed) for q in quotes_mod.find_quotes(text)]
    assert found == [("This goes on\n\n“over two paragraphs.", True), ("a disgrace", True), ("disrupt", True),
                     ("An excerpt that stops", False)]


def test_speaker_before_a_colon_on_the_previous_line(analyse):
    text = "Diana Johnson, the chair of the committee, said:\n\n“The Home Office must publish the figures.”"
    q = analyse(text)["quotes"]
    assert q[0]["speaker_entity_id"] == "diana-johnson" and q[0]["kind"] == "direct"


@pytest.mark.parametrize("text,speaker,kind", [
    ("“We will stop the boats,” Sunak said on Monday.", "rishi-sunak", "direct"),
    ("The Home Secretary, Suella Braverman, said the plan was “working”.", "suella-braverman", "direct"),
    ("A Home Office spokesperson said: “We do not comment on leaked documents.”", "home-office", "direct"),
    ("Labour accused the government of “chaos”.", "labour-party", "accusation"),
])
def test_speaker_forms(analyse, text, speaker, kind):
    q = analyse(text)["quotes"]
    assert [(r["speaker_entity_id"], r["kind"]) for r in q] == [(speaker, kind)]


def test_unmarked_statement_after_said_colon(analyse):
    text = ("Steve Dann, Chief Operating Officer at Immigration Enforcement, said:\n\n"
            "We are determined to stop this activity and we will pursue the gangs.\n\n"
            "Our officers work with partners in France every day.\n\n"
            "The arrests follow a long investigation.")
    q = analyse(text)["quotes"]
    assert [r["quote"][:20] for r in q] == ["We are determined to", "Our officers work wi"]
    assert {r["speaker"] for r in q} == {"Steve Dann"}


def test_unclosed_quote_does_not_stop_the_rest(analyse):
    text = "The minister said: “We will act\n\nLater, the Refugee Council said the plan was “cruel”."
    q = analyse(text)["quotes"]
    assert [(r["quote"], r["closed"]) for r in q] == [("We will act", False), ("cruel", True)]
    assert q[1]["speaker_entity_id"] == "refugee-council"


# --------------------------------------------------------------------------- relations

def test_guardian_relations(tables):
    r = _rows(tables, "relations", GUARDIAN)
    triples = set(zip(r["subject_entity_id"], r["predicate"], r["object_entity_id"]))
    assert {("uk-government", "agreement_with", "turkey"), ("home-office", "funds", "turkish-border-forces"),
            ("home-office", "supplies", "turkish-border-forces"), ("home-office", "deploys_to", "turkey"),
            ("robert-jenrick", "visits", "kapikule-border-crossing"),
            ("labour-party", "criticises", "conservative-party")} <= triples
    funds = r[r["predicate"] == "funds"].iloc[0]
    assert funds["quantity_text"] == "more than £3m"


@pytest.mark.parametrize("text,triple", [
    ("The Home Office has funded the French police to patrol beaches.", ("home-office", "funds", "french-police")),
    ("James Cleverly visited Rwanda in December.", ("james-cleverly", "visits", "rwanda")),
    ("Britain signed an agreement with France on Monday.", ("united-kingdom", "agreement_with", "france")),
    ("Frontex and Europol will cooperate with the National Crime Agency.", ("frontex", "cooperates_with", "national-crime-agency")),
    ("The UK will pay France £480m over three years to stop crossings.", ("united-kingdom", "funds", "france")),
    ("France will receive £141m from Britain under the agreement.", ("united-kingdom", "funds", "france")),
    ("James Cleverly will welcome Ylva Johansson to London on Friday.", ("ylva-johansson", "visits", "london")),
    ("Labour criticised the Rwanda plan as unworkable.",
     ("labour-party", "criticises", "uk-rwanda-migration-and-economic-development-partnership")),
])
def test_relation_forms(analyse, text, triple):
    rows = analyse(text)["relations"]
    assert triple in {(r["subject_entity_id"], r["predicate"], r["object_entity_id"]) for r in rows}
