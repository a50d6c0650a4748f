"""Quantities on news-like sentences: one test per class of amount the extractor reads (issue 11),
and the numbers that must stay out (years, times, telephone numbers, references, scores, ordinals)."""

from __future__ import annotations

import pytest

from dossier.extract import quantities


def _rows(analyse, text):
    rows = analyse(text)["quantities"]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    return rows


def _one(analyse, text, written):
    rows = [r for r in _rows(analyse, text) if r["text"] == written]
    assert len(rows) == 1, (written, analyse(text)["quantities"])
    return rows[0]


# --------------------------------------------------------------------------- decimals (the bug)

@pytest.mark.parametrize("text,written,value,unit", [
    ("Shares closed at $58.24 on Friday.", "$58.24", 58.24, "USD"),
    ("Inflation rose by 1.61% in March.", "1.61%", 1.61, "percent"),
    ("The deal is worth $7.36 billion to the company.", "$7.36 billion", 7.36e9, "USD"),
    ("The index fell 12.75 points on Monday.", "12.75", 12.75, "points"),
])
def test_two_decimals_after_one_or_two_digits_are_amounts(analyse, text, written, value, unit):
    """"58.24" looked like a clock time ("10.30") and was dropped whole."""
    r = _one(analyse, text, written)
    assert (r["value"], r["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "The talks resumed at 10.30 on Tuesday.", "The train leaves at 9.45am from the station.",
    "The vote closed at 22:00 GMT.",
])
def test_clock_times_stay_out(analyse, text):
    assert _rows(analyse, text) == []


# --------------------------------------------------------------------------- units

@pytest.mark.parametrize("text,written,value,unit", [
    ("The new phone comes with 256GB of storage.", "256GB", 256, "gigabyte"),
    ("Its engine produces 640bhp at full power.", "640bhp", 640, "brake horsepower"),
    ("The runners completed a 5km course in the rain.", "5km", 5, "kilometre"),
    ("Each child may carry a bag of up to 10kg on board.", "up to 10kg", 10, "kilogram"),
    ("The lorry was carrying 20 tonnes of cannabis.", "20 tonnes", 20, "tonne"),
    ("The boat drifted for 100 miles before it was found.", "100 miles", 100, "mile"),
    ("Temperatures reached 40C in the camp.", "40C", 40, "degree Celsius"),
    ("The dinghy was travelling at 12 miles an hour.", "12 miles an hour", 12, "mile per hour"),
    ("The 776-foot ship was moored in the harbour.", "776-foot", 776, "foot"),
    ("The wall is 1.8m tall along most of the border.", "1.8m", 1.8, "metre"),
])
def test_units_of_measurement(analyse, text, written, value, unit):
    r = _one(analyse, text, written)
    assert (r["value"], r["unit"], r["kind"]) == (pytest.approx(value), unit, "measure")


def test_scale_letter_m_is_still_million_before_a_noun(analyse):
    r = _one(analyse, "Some 1.8m people voted in the referendum.", "Some 1.8m")
    assert (r["value"], r["unit"], r["kind"]) == (1.8e6, "people", "count")


def test_unit_table_comes_from_quantulum3_with_news_additions():
    symbols, words, spaced = quantities._units()
    assert symbols["km"] == "kilometre" and symbols["GB"] == "gigabyte" and symbols["bhp"] == "brake horsepower"
    assert words["kilometres"] == "kilometre" and words["feet"] == "foot"
    assert "in" not in spaced and "m" not in spaced  # English words and initials only when glued


# --------------------------------------------------------------------------- money

@pytest.mark.parametrize("text,written,value,unit", [
    ("Workers there earn nine euros an hour.", "nine euros", 9, "EUR"),
    ("A bus ticket costs RM79 in Kuala Lumpur.", "RM79", 79, "MYR"),
    ("Global debt has reached $US113 trillion, the report said.", "$US113 trillion", 113e12, "USD"),
    ("A first-class stamp costs 20 pence more than last year.", "20 pence", 20, "pence"),
    ("Smugglers charged US$5 for each life jacket.", "US$5", 5, "USD"),
    ("The EU pledged €1.2bn for the programme.", "€1.2bn", 1.2e9, "EUR"),
    ("The company paid 528 million francs for the stake.", "528 million francs", 528e6, "franc"),
    ("The donor gave 300 Australian dollars to the appeal.", "300 Australian dollars", 300, "AUD"),
    ("It costs USD115 a night.", "USD115", 115, "USD"),
])
def test_money_signs_codes_and_words(analyse, text, written, value, unit):
    r = _one(analyse, text, written)
    assert (r["value"], r["unit"], r["kind"]) == (pytest.approx(value), unit, "money")


def test_a_lowercase_word_that_spells_a_code_is_not_money(analyse):
    rows = _rows(analyse, "They will try 5 different routes this week.")
    assert [(r["value"], r["kind"]) for r in rows] == [(5, "count")]


# --------------------------------------------------------------------------- fractions

@pytest.mark.parametrize("text,written,value,counted", [
    ("A third of applicants were refused asylum.", "A third", 1 / 3, "applicants"),
    ("One in four detainees had been in the country for years.", "One in four", 0.25, None),
    ("Half of the arrivals were children.", "Half", 0.5, "arrivals"),
    ("About two-thirds of voters backed the plan.", "About two-thirds", 2 / 3, "voters"),
    ("Three quarters of staff said they were overworked.", "Three quarters", 0.75, "staff"),
])
def test_fractions(analyse, text, written, value, counted):
    r = _one(analyse, text, written)
    assert (r["value"], r["kind"], r["unit"]) == (pytest.approx(value), "fraction", None)
    if counted:
        assert r["counted"] == counted


def test_an_ordinal_third_is_not_a_fraction(analyse):
    assert _rows(analyse, "The UK wants to send them to a third country for processing.") == []


# --------------------------------------------------------------------------- ranges and up_to

@pytest.mark.parametrize("text,written,low,high,unit", [
    ("Between 200 and 300 people arrived on Tuesday.", "Between 200 and 300", 200, 300, "people"),
    ("The scheme will cost £3m-£5m a year.", "£3m-£5m", 3e6, 5e6, "GBP"),
    ("The scheme will cost £3-5m a year.", "£3-5m", 3e6, 5e6, "GBP"),
    ("Officials expect 1,000 to 1,500 arrivals.", "1,000 to 1,500", 1000, 1500, "arrivals"),
    ("Between 10% and 15% of claims were refused.", "Between 10% and 15%", 10, 15, "percent"),
])
def test_ranges_keep_both_ends_in_one_row(analyse, text, written, low, high, unit):
    r = _one(analyse, text, written)
    assert (r["value"], r["value_high"], r["unit"]) == (low, high, unit)


def test_a_change_from_one_figure_to_another_is_not_a_range(analyse):
    rows = _rows(analyse, "Sales rose 15% to $415.9 million last year.")
    assert [(r["text"], r["value_high"]) for r in rows] == [("15%", None), ("$415.9 million", None)]


def test_up_to_is_its_own_qualifier(analyse):
    r = _one(analyse, "Up to 3,000 migrants could be housed at the site.", "Up to 3,000")
    assert (r["value"], r["qualifier"], r["unit"]) == (3000, "up_to", "migrants")
    assert _one(analyse, "No more than 40 people may attend.", "No more than 40")["qualifier"] == "less_than"


# --------------------------------------------------------------------------- not quantities

@pytest.mark.parametrize("text", [
    "For more details call 020 7946 0000 or +44 20 7946 0000.",
    "The team won 3-1 on Saturday.",
    "Under Part 6 of the Act, support is given.",
    "She came third in 2019.",
])
def test_numbers_that_are_not_quantities(analyse, text):
    assert _rows(analyse, text) == []


def test_a_year_like_number_counting_a_plural_noun_is_a_count(analyse):
    r = _one(analyse, "It was designed to hold 1000 people, or 1600 people at full capacity.", "1600")
    assert (r["value"], r["unit"]) == (1600, "people")
    assert _rows(analyse, "The 2012 Olympics were held in London.") == []


def test_negative_amounts(analyse):
    r = _one(analyse, "Overnight temperatures fell to -5C in the camp.", "-5C")
    assert (r["value"], r["unit"]) == (-5, "degree Celsius")


def test_a_million_and_half_a_million(analyse):
    r = _one(analyse, "More than a million people have fled the fighting.", "More than a million")
    assert (r["value"], r["unit"], r["qualifier"]) == (1e6, "people", "more_than")
    assert _one(analyse, "Officials said half a million people were displaced.", "half a million")["value"] == 5e5
    assert _rows(analyse, "It was a big year for a lot of people.") == []


def test_compound_number_words_without_a_noun(analyse):
    assert _one(analyse, "The final count was twenty-one.", "twenty-one")["value"] == 21
    assert _rows(analyse, "It was a one-off payment to one of them.") == []


def test_vulgar_fractions(analyse):
    r = _one(analyse, "He waited 2½ years for a decision on his claim.", "2½")
    assert (r["value"], r["kind"]) == (2.5, "duration")
    assert _one(analyse, "Add ½ tbsp of salt to the pan.", "½ tbsp")["unit"] == "tablespoon"
