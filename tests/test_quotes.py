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


# ---------------------------------------------------------------- 2026-12-02 classes (PolNeAR DEV)

def test_a_sentence_in_the_next_paragraph_is_not_the_attribution(analyse):
    text = ("“The ones who have been here 20 years,” Tom Cole asked. “Do we throw them out or work with them?”\n\n"
            "The crowd applauded loudly.")
    assert _speakers(analyse, text) == [("The", "Tom Cole"), ("Do", "Tom Cole")]


def test_according_to_in_a_later_sentence_is_someone_else(analyse):
    text = ("“I don’t care,” Tom Cole said. “He can be there if he wants.” What Romney has said about the "
            "convention is unclear, according to Scott Brown.")
    assert _speakers(analyse, text) == [("I", "Tom Cole"), ("He", "Tom Cole")]


def test_participle_of_saying_under_a_preposition(analyse):
    text = ("Maria Espinoza distanced herself from the movement by saying “I’m going to support him, and "
            "support him enthusiastically.”")
    assert _speakers(analyse, text) == [("I’m", "Maria Espinoza")]


def test_participle_of_saying_describing_a_statement(analyse):
    text = ("Shortly after the call ended, the Espinoza campaign sent out a press release saying Cole owes "
            "“Florida an explanation for repeatedly voting against the funding.”")
    rows = [r for r in analyse(text)["quotes"] if r["kind"] == "direct"]
    assert rows[0]["speaker"] == "the Espinoza campaign"


def test_signature_after_a_dash(analyse):
    text = ("“Trump must stop portraying us as dangerous gangsters when most of us are hard-working.” ― Carla "
            "Sanchez\n\n“I just hope that this campaign gives the community the anger to go out and vote.” ― Jorge Falcon")
    assert _speakers(analyse, text) == [("Trump", "Carla Sanchez"), ("I", "Jorge Falcon")]


def test_colon_after_a_name_or_its_clause(analyse):
    text = ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup’s analysis of party affiliation finds "
            "that 20 states are solidly Republican.”\n\n"
            "Tom Cole delivered a snappy retort: “No one is tearing this up. We are going to go forward.”")
    assert _speakers(analyse, text) == [("Gallup’s", "Jeffrey M. Jones"), ("No", "Tom Cole")]


def test_quote_right_after_a_sentence_in_which_someone_spoke(analyse):
    text = ("Adam Schiff said the administration was weighing its options. “The other factor is whether it "
            "would give the appearance that they were trying to tip the scales.”")
    assert _speakers(analyse, text) == [("The", "Adam Schiff")]


def test_quote_after_a_pronoun_speaker_sentence(analyse):
    text = ("Tom Cole spoke to reporters in Tulsa on Monday. He said the plan had failed. “We will have to start "
            "over again with a contentious debate.”")
    assert _speakers(analyse, text) == [("We", "Tom Cole")]


def test_that_clause_is_its_thinkers(analyse):
    text = "Paul Ryan worried that the social safety net was becoming “a hammock that lulls able-bodied people to lives of dependency.”"
    assert _speakers(analyse, text) == [("a", "Paul Ryan")]


def test_the_person_in_a_title_before_the_verb(analyse):
    text = ("“I will just make this promise to you: We will achieve justice in this case,” Tulsa police Chief "
            "Chuck Jordan said Monday.")
    assert _speakers(analyse, text) == [("I", "Chuck Jordan")]


def test_speaker_with_a_relative_clause_after_the_quote(analyse):
    text = ("“I’m a superdelegate and I don’t believe in superdelegates,” Elizabeth Warren, who has not endorsed "
            "a candidate, told reporters in Boston.")
    assert _speakers(analyse, text) == [("I’m", "Elizabeth Warren")]


def test_straight_quotation_over_several_paragraphs(analyse):
    text = ('Kelli Ward stated:\n\n"The Department of Justice is not about equal justice anymore. It is about '
            'an extreme vision of transforming our nation.\n\n"The latest example of this overreach is the '
            'lawsuit against the state."')
    rows = [r for r in analyse(text)["quotes"] if r["kind"] == "direct"]
    assert len(rows) == 1 and rows[0]["speaker"] == "Kelli Ward" and "latest example" in rows[0]["quote"]


def test_transcript_turns_name_their_speakers(analyse):
    text = ('Partial transcript as follows:\n\n"WALLACE: Governor, I don’t want to interrupt, but I want to try to '
            'get an answer.\n\n"PENCE: And that is why Donald Trump is on his way to the White House."')
    assert _speakers(analyse, text) == [("WALLACE:", "WALLACE"), ("PENCE:", "PENCE")]


def test_the_subject_outside_the_quotation(analyse):
    text = "“My dear Michael Cohen,” the conference speaker says into the camera with a raucous crowd behind him."
    assert _speakers(analyse, text) == [("My", "the conference speaker")]


def test_verb_of_saying_set_off_by_commas(analyse):
    text = ("Josh Earnest defended the plan on Tuesday. Cost estimates, he added, were “based on a prototype "
            "detention facility in another state.”")
    assert _speakers(analyse, text) == [("based", "Josh Earnest")]
