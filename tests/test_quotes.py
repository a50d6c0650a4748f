"""Quote attribution: one test per class of error fixed in issue 11 (PolNeAR development set).

Each text is a news-style passage in the form the class was seen in; the assertions are on the
speaker text of the quote rows (the names are not in the reference table, so they are the
words of the text or of the antecedent)."""

from __future__ import annotations

import pytest


def _speakers(analyse, text: str) -> list[tuple[str, str | None]]:
    rows = [r for r in analyse(text)["quotes"] if r["kind"] == "direct"]
    return [(r["quote"].split()[0], r["speaker"]) for r in rows]


def test_split_quote_second_part_keeps_the_speaker(analyse):
    text = ("“We can always have differences,” Tom Cole said. “If you agree on 70 percent of the "
            "issues, you can work together on the rest.”")
    assert _speakers(analyse, text) == [("We", "Tom Cole"), ("If", "Tom Cole")]


def test_split_quote_does_not_carry_over_after_another_voice(analyse):
    text = ("“The plan is working,” Tom Cole said. Maria Espinoza disagreed with him on Tuesday. "
            "“Nothing has changed on the border at all,” she told reporters.")
    assert _speakers(analyse, text) == [("The", "Tom Cole"), ("Nothing", "Maria Espinoza")]


@pytest.mark.parametrize("verb", ["retorted", "joked", "lamented", "exclaimed", "insisted", "continued"])
def test_speech_verbs_beyond_say(analyse, verb):
    text = f"“There is a special place for people who never vote at all,” Madeleine Albright {verb}."
    assert _speakers(analyse, text) == [("There", "Madeleine Albright")]


def test_attribution_after_a_quote_of_several_sentences(analyse):
    text = ("“It doesn’t make any sense. The insurance model doesn’t work here,” Bill Clinton said "
            "at the rally in Flint.")
    assert _speakers(analyse, text) == [("It", "Bill Clinton")]


def test_new_sentence_after_a_full_stop_is_not_the_attribution(analyse):
    text = ("Muhammad Babar wondered who might now “testify for our innocence in this season of witch hunting.” "
            "Derek Penwell said the world had lost a voice.")
    assert _speakers(analyse, text) == [("testify", "Muhammad Babar")]


def test_quoted_as_saying_gives_the_quoted_person(analyse):
    text = "The newspaper quoted Jorge Ramos as saying “we were wrong not to confront him from the start.”"
    assert _speakers(analyse, text) == [("we", "Jorge Ramos")]


def test_according_to_and_said_in_a_statement(analyse):
    text = ("“We will not comment on an ongoing investigation,” according to Dave Aronberg.\n\n"
            "Jake Sullivan said in a statement: “Transatlantic cooperation is essential to us.”")
    assert _speakers(analyse, text) == [("We", "Dave Aronberg"), ("Transatlantic", "Jake Sullivan")]


def test_possessor_is_not_the_speaker(analyse):
    text = "Paul Ryan’s spokeswoman said: “The speaker has not endorsed anyone in this race.”"
    rows = analyse(text)["quotes"]
    assert rows[0]["speaker"] == "Paul Ryan’s spokeswoman" and rows[0]["speaker_entity_id"] is None


def test_pronoun_speaker_is_the_last_one_who_spoke_not_a_name_in_the_quote(analyse):
    text = ("Sebastian Gorka said the party was split. “People who call themselves conservatives "
            "now say they will vote for Hillary Clinton,” Gorka declared.\n\n"
            "“Let’s just boil it down to the bare essentials,” he continued.")
    assert _speakers(analyse, text)[-1] == ("Let’s", "Gorka")


def test_pronoun_speaker_skips_a_more_recent_plain_subject(analyse):
    text = ("Ruth Bader Ginsburg said in an interview that Donald Trump is a faker. Trump has refused to "
            "release his tax returns. “He has no consistency about him,” she said.")
    assert _speakers(analyse, text) == [("He", "Ruth Bader Ginsburg")]


def test_speaker_the_parser_reads_as_a_compound(analyse):
    text = "“Go back to Univision,” Donald Trump barked, and a security guard escorted Jorge Ramos out."
    assert _speakers(analyse, text) == [("Go", "Donald Trump")]


def test_role_noun_speaker_is_the_latest_who_spoke(analyse):
    text = ("Andrew Mitchell met officials in Nairobi on Monday, a week after Priti Patel left. Mitchell said the "
            "talks had gone well. “We have agreed to work together on the return of those who have no right "
            "to stay,” the minister said.")
    rows = [r for r in analyse(text)["quotes"] if r["kind"] == "direct"]
    assert rows[0]["speaker"] == "Mitchell"


def test_noun_of_saying_with_its_owner(analyse):
    text = "PolitiFact checked Donald Trump’s claim that there have been “thousands of shootings in the city this year.”"
    assert _speakers(analyse, text) == [("thousands", "Donald Trump")]
