"""Dates: durations, recurrences, the present, times of day, quarters, year ranges, modifiers
and future reference, each on sentences of the kind the corpus and the news benchmarks hold
(issue 11). Values are those documented in ``dossier.extract.dates``."""

from __future__ import annotations

import time

import pytest

from dossier.extract import dates


def _rows(analyse, text, published="2023-08-09"):
    return [(r["text"], r["value"], r["granularity"]) for r in analyse(text, published=published)["dates"]]


@pytest.mark.parametrize("text,span,value", [
    ("The scheme will run for three years.", "three years", "P3Y"),
    ("Applicants waited six months for a decision.", "six months", "P6M"),
    ("The camp has been open for a decade.", "a decade", "P10Y"),
    ("Detainees must be released within 48 hours.", "48 hours", "PT48H"),
    ("Arrivals have doubled over the past two years.", "the past two years", "P2Y"),
    ("Talks could take several weeks.", "several weeks", "PXW"),
    ("He spent twenty-four hours in the centre.", "twenty-four hours", "PT24H"),
])
def test_durations(analyse, text, span, value):
    assert (span, value, "duration") in _rows(analyse, text)


def test_an_age_is_not_a_duration(analyse):
    assert [r for r in _rows(analyse, "A 6-year-old boy was found on the beach.") if r[2] == "duration"] == []


def test_a_duration_is_a_date_row_and_keeps_its_quantity(analyse):
    t = analyse("The contract lasts 12 months and costs £3m.")
    assert [(r["text"], r["value"]) for r in t["dates"]] == [("12 months", "P12M")]
    # the quantities extractor keeps durations as quantities of kind duration (its own choice)
    assert [(q["value"], q["kind"]) for q in t["quantities"] if q["text"].startswith("12")] == [(12, "duration")]


@pytest.mark.parametrize("text,span,value", [
    ("The figures are published annually.", "annually", "P1Y"),
    ("Inspectors visit the site every week.", "every week", "P1W"),
    ("Thousands cross the Channel each year.", "each year", "P1Y"),
    ("The minister receives a daily briefing.", "daily", "P1D"),
    ("Orangemen march each July.", "each July", "XXXX-07"),
])
def test_recurrences(analyse, text, span, value):
    assert (span, value, "frequency") in _rows(analyse, text)


@pytest.mark.parametrize("text,span,value,granularity", [
    ("The barge is now empty.", "now", "2023-08-09", "present"),
    ("The centre currently holds 400 men.", "currently", "2023-08-09", "present"),
    ("The route was recently closed.", "recently", "../2023-08-09", "past"),
    ("The policy may change in the future.", "the future", "2023-08-09/..", "future"),
])
def test_present_past_and_future_references(analyse, text, span, value, granularity):
    assert (span, value, granularity) in _rows(analyse, text)


def test_at_the_time_refers_to_the_date_named_before(analyse):
    rows = _rows(analyse, "The barge arrived in April 2023. At the time, the council objected.")
    assert ("At the time", "2023-04", "month") in rows


@pytest.mark.parametrize("text,span,value", [
    ("Crossings peaked in early December.", "early December", "2022-12"),
    ("The review reported in mid-2023.", "mid-2023", "2023"),
    ("She left late last July.", "late last July", "2022-07"),
])
def test_modifiers_stay_in_the_span(analyse, text, span, value):
    rows = _rows(analyse, text, "2023-06-05")
    assert value in [r[1] for r in rows if r[0] == span], rows


def test_modifier_narrows_the_period(analyse):
    d = analyse("The review reported in mid-2023.")["dates"][0]
    assert (d["date_start"], d["date_end"]) == ("2023-05-03", "2023-08-31")
    assert "mid" in d["note"]


@pytest.mark.parametrize("text,published,span,value", [
    ("The statement was issued at 8 PM.", "2023-08-09", "8 PM", "2023-08-09T20:00"),
    ("The deadline is 15:00 GMT Saturday.", "2023-08-09", "15:00 GMT Saturday", "2023-08-12T15:00"),
    ("The offer expires at 5 p.m. EST, Nov. 6.", "1989-10-30", "5 p.m. EST, Nov. 6", "1989-11-06T17:00"),
])
def test_times_of_day(analyse, text, published, span, value):
    assert (span, value, "time") in _rows(analyse, text, published)


@pytest.mark.parametrize("text,span,value", [
    ("The minister spoke to reporters this morning.", "this morning", "2023-08-09"),
    ("The boat capsized on Friday afternoon.", "Friday afternoon", "2023-08-04"),
])
def test_parts_of_the_day(analyse, text, span, value):
    assert value in [r[1] for r in _rows(analyse, text) if r[0] == span]


@pytest.mark.parametrize("text,published,value", [
    ("The report is due to be published in May.", "2023-02-10", "2023-05"),
    ("The report was published in May.", "2023-02-10", "2022-05"),
    ("The ministers plan to meet on Thursday.", "2023-08-09", "2023-08-10"),
    ("The rights expire Nov. 21.", "1989-10-30", "1989-11-21"),
])
def test_future_reference(analyse, text, published, value):
    assert value in [r[1] for r in _rows(analyse, text, published)]


@pytest.mark.parametrize("text,value,granularity", [
    ("Arrivals rose between 2009-2010 and fell later.", "2009/2010", "year_range"),
    ("The camp was built in 1957-58.", "1957/1958", "year_range"),
    ("The grant for 1957-58 was £3m.", "1957-04/1958-03", "fiscal_year"),
    ("Spending rose in 2021–22.", "2021-04/2022-03", "fiscal_year"),
])
def test_numeric_year_ranges(analyse, text, value, granularity):
    assert [(r[1], r[2]) for r in _rows(analyse, text)] == [(value, granularity)]


@pytest.mark.parametrize("text,published,span,value", [
    ("The company posted a third-quarter loss.", "1989-10-25", "third-quarter", "1989-35"),
    ("Sales fell in the fourth quarter.", "1989-10-25", "the fourth quarter", "1989-36"),
    ("The figures were worse in the 1990s.", "2023-08-09", "the 1990s", "199X"),
    ("Crossings fell over the past year.", "2023-08-09", "the past year", "2022"),
    ("The boy was rescued on Thanksgiving Day.", "2000-01-07", "Thanksgiving Day", "1999-11-25"),
])
def test_quarters_decades_and_named_days(analyse, text, published, span, value):
    assert value in [r[1] for r in _rows(analyse, text, published) if r[0] == span]


def test_year_earlier_quarter_follows_the_quarter_named_before(analyse):
    rows = _rows(analyse, "Third-quarter profit rose 5%. In the year-earlier quarter it fell.", "1989-10-25")
    assert ("the year-earlier quarter", "1988-35", "quarter") in rows


@pytest.mark.parametrize("text,published", [
    ("The plan ends next year.", "9999-12-31"),
    ("The plan started last year.", "0001-01-01"),
    ("The plan ends in ten years.", "9999-06-30"),
    ("Talks resume next week.", "9999-12-31"),
])
def test_relative_dates_outside_the_calendar_stay_unresolved(analyse, text, published):
    d = analyse(text, published=published)["dates"]
    assert d, "the expression is kept"
    for r in d:
        if r["relative"]:
            assert r["value"] == "" and "calendar" in (r["note"] or ""), r


@pytest.mark.parametrize("size", [50_000, 200_000])
@pytest.mark.parametrize("unit", ["1", "a ", "-", "1-", "2009-", "the past ", "every ", "12:"])
def test_patterns_stay_linear_on_degenerate_input(size, unit):
    text = (unit * (size // len(unit) + 1))[:size]
    t0 = time.perf_counter()
    dates.find(text)
    assert time.perf_counter() - t0 < 5.0


SAMPLES = [
    "2023-08-07", "7 August 2023", "August 7, 2023", "between January and March 2023", "11 and 21 September",
    "May of last year", "the first quarter of 2023", "Q3 2022", "the 1988 second quarter", "from 1994 to 1998",
    "2021-22", "2022 to 2023", "early May 2023", "the summer of 2022", "7 August", "last Tuesday night",
    "next winter", "today", "the previous year", "the current fiscal year", "three weeks ago", "about four years ago",
    "in December", "mid-November", "the 1990s", "1999", "annually", "every other week", "twice a year", "each July",
    "10:35 a.m. EDT Friday", "noon Saturday", "8 PM", "15:00 GMT", "4 o'clock", "this morning", "third-quarter",
    "the latest quarter", "the 1989 period", "the year-earlier quarter", "a year earlier", "several years ago",
    "the past two years", "nearly three years", "a couple of years", "the past decade", "for weeks", "decades-long",
    "right now", "currently", "recently", "the near future", "at the time", "later that day", "nineteen ninety-six",
    "the year two thousand", "2009-2010", "mid-2023", "post-1959", "last Thanksgiving", "Christmas Eve",
    "Easter Monday", "year-end", "the end of the year", "the fiscal year ended", "fiscal 1989", "the full year",
    "earlier in the year", "A decade ago", "the 20th century", "the nineties", "the '80s", "the first half of 1990",
]


def test_first_character_tests_lose_no_match():
    """``FIRST_CHARS`` only speeds ``find`` up: every pattern finds the same with and without it."""
    import re

    text = ". ".join(SAMPLES + [s[:1].upper() + s[1:] for s in SAMPLES] + [s.lower() for s in SAMPLES])
    for (name, fast), (_, rx) in zip(dates.COMPILED, dates.PATTERNS):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in re.compile(rx).finditer(text)], name


def test_scanners_find_what_finditer_finds():
    """``find`` reads each pattern through its scanner (first-character class first, then the
    pattern as a look-ahead): the same matches as ``finditer``, on the samples and real text."""
    import glob
    import re
    from pathlib import Path

    from dossier.extract import datepatterns as dp

    for first in dp.FIRST_CHARS.values():  # the scanner's "\b" test assumes word characters
        assert all(re.match(r"\w", chr(c)) for c in range(0x3000) if re.fullmatch(first, chr(c))), first
    external = Path(__file__).resolve().parents[1].parent / "shared" / "external"
    texts = [". ".join(SAMPLES + [s[:1].upper() + s[1:] for s in SAMPLES] + [s.lower() for s in SAMPLES]),
             "x" + ". ".join(SAMPLES), "2023-08-09,12 May 2023.Monday;Q3 2023/2024-25 ago"]
    texts += [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(external / "polnear-dev" / "data" / "dev" / "text" / "*.txt")))[:60]]
    for text in texts:
        got = []
        for kind, rx, scan in dp.SCANNERS:
            end = 0
            for hit in scan.finditer(text):
                if hit.start() >= end:
                    m = rx.match(text, hit.start())
                    assert m is not None and m.end() > m.start(), kind
                    got.append((m.start(), m.end(), kind))
                    end = m.end()
        assert sorted(got) == sorted((m.start(), m.end(), kind) for kind, rx in dp.COMPILED for m in rx.finditer(text))


@pytest.mark.parametrize("published", [None, "0001-01-01", "9999-12-31", "2024-02-29"])
def test_every_form_resolves_or_is_kept_with_a_note(analyse, published):
    """No form raises at the edges of the calendar or without a publication date; a row whose
    value is empty says why."""
    text = ". ".join(s[:1].upper() + s[1:] for s in SAMPLES) + ". Christmas next year. Next Easter."
    for r in analyse(text, published=published)["dates"]:
        assert r["value"] or r["note"], r


# --------------------------------------------------------------------------- 2026-12-02 classes (TempEval-3 DEV)

def test_a_holiday_or_a_date_the_parser_made_an_event_name_is_still_a_date(analyse):
    rows = _rows(analyse, "Elian was found Thanksgiving Day clinging to an inner tube.", "2000-01-07")
    assert ("Thanksgiving Day", "1999-11-25", "day") in rows
    rows = _rows(analyse, "Cancellations rose as a result of the Aug. 7 Embassy bombings in Nairobi.", "1998-09-07")
    assert ("Aug. 7", "1998-08-07", "day") in rows


def test_a_year_after_a_determiner_before_a_plural_noun_is_a_year(analyse):
    assert ("1992", "1992", "year") in _rows(analyse, "The religious leaders who led the 1992 protests have moved.")
    assert [r for r in _rows(analyse, "More than 2000 people crossed in small boats.") if r[1] == "2000"] == []


def test_the_weekday_written_with_a_date_picks_its_year(analyse):
    rows = _rows(analyse, "The Times said in an editorial on Monday, Oct. 26: the murder was an outrage.", "1998-10-25")
    assert ("Monday, Oct. 26", "1998-10-26", "day") in rows


def test_future_as_an_adjective_or_a_possessed_noun(analyse):
    rows = _rows(analyse, "The sale would substantially eliminate all future losses at the unit.", "1989-10-30")
    assert ("future", "1989-10-30/..", "future") in rows
    assert [r for r in _rows(analyse, "If the past is prologue, we face a future in which weapons spread.") if r[2] == "future"] == []


def test_a_month_without_tense_across_the_new_year_is_the_nearer_one(analyse):
    rows = _rows(analyse, "Defence ministers began planning for the NATO summit in April.", "1998-12-05")
    assert ("April", "1999-04", "month") in rows


def test_the_week_and_the_weekend(analyse):
    assert ("the week", "1989-W43", "week") in _rows(analyse, "For the week, the index dropped 3.8%.", "1989-10-27")
    rows = _rows(analyse, "American officials over the weekend became more open about the plan.", "1991-02-25")
    assert ("the weekend", "1991-W08-WE", "week") in rows
    rows = _rows(analyse, "Dealers squared positions ahead of the weekend.", "1989-10-30")
    assert ("the weekend", "1989-W43-WE", "week") in rows
    assert [r for r in _rows(analyse, "He spent the week of March 6 in court.", "2000-02-24") if r[0] == "the week"] == []


def test_the_same_period_last_year_is_the_quarter_named_a_year_before(analyse):
    text = ("Albanian arrivals fell 90% in the first quarter of 2023, compared to the same period last year. "
            "Sales rose in the corresponding period last year.")
    rows = _rows(analyse, text)
    assert ("the same period last year", "2022-33", "quarter") in rows
    assert ("the corresponding period last year", "2022-33", "quarter") in rows  # still the quarter named, not the last row
    assert ("last year", "2022", "year") in _rows(analyse, "Arrivals doubled last year.")


def test_a_unit_long_adjective_is_a_duration_of_one_unit(analyse):
    rows = _rows(analyse, "The family emerged from their third day-long meeting with federal officials.")
    assert ("day-long", "P1D", "duration") in rows
    assert ("10-year-long", "P10Y", "duration") in _rows(analyse, "It ended a 10-year-long dispute.")


def test_compounds_and_the_time_of_an_event_are_not_dates(analyse):
    text = "The jobless rate is just a notch above its quarter-century low. The quarter-to-quarter comparison was weak."
    assert [r for r in _rows(analyse, text, "1998-02-06") if r[2] == "quarter"] == []
    text = "In 1949 there were 12 original members of NATO at the time of its founding."
    assert [r for r in _rows(analyse, text, "1999-03-12") if "time" in r[0]] == []
    assert ("At the time", "1949", "year") in _rows(analyse, "The alliance was founded in 1949. At the time, it had 12 members.", "1999-03-12")


def test_until_before_a_modified_month_looks_ahead(analyse):
    text = "The government gave the company until mid-November to submit additional information."
    assert ("mid-November", "1989-11", "month") in _rows(analyse, text, "1989-10-30")


def test_a_weekday_after_a_bracket_gives_the_time_its_day(analyse):
    text = "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
    rows = _rows(analyse, text, "1998-08-08")
    assert ("10:35 a.m.", "1998-08-07T10:35", "time") in rows and ("Friday", "1998-08-07", "day") in rows
    assert ("8 PM", "2023-08-09T20:00", "time") in _rows(analyse, "The vote is at 8 PM (local time).")


@pytest.mark.parametrize("text,span,value", [
    # the date qualifies a noun: the verb's tense does not place it (no-tense rule: the nearer one)
    ("Officials gave no reason for the Aug. 18 deadline.", "Aug. 18", "2023-08-18"),
    ("The vote follows Tuesday's announcement by the Home Office.", "Tuesday", "2023-08-08"),
    ("Ministers agreed the September deadline for the contract.", "September", "2023-09"),
    # still past when the date is the verb's own: "arrived on Tuesday", "announced in March"
    ("The first asylum seekers arrived on Tuesday.", "Tuesday", "2023-08-08"),
    ("The ministry announced the cut in March.", "March", "2023-03"),
])
def test_a_date_qualifying_a_noun_is_not_placed_by_the_verb(analyse, text, span, value):
    assert [(s, v) for s, v, _ in _rows(analyse, text) if s == span] == [(span, value)]


def test_a_scheduled_event_is_ahead(analyse):
    text = "The Home Office has scheduled a briefing Thursday to explain the plan."
    assert ("Thursday", "2023-08-10", "day") in _rows(analyse, text)
    assert ("Friday", "2023-08-11", "day") in _rows(analyse, "The council scheduled its vote for Friday.")


def test_the_week_of_a_day_is_that_week(analyse):
    text = "The appeal may be heard in a court hearing the week of March 6, a lawyer for the family said."
    assert ("the week of March 6", "2023-W10", "week") in _rows(analyse, text)
    assert ("the week of 18 September", "2023-W38", "week") in _rows(analyse, "Talks resume the week of 18 September.")


def test_the_previous_weekday_counts_back_from_the_day_named(analyse):
    text = "The index fell 3% on Friday, its worst day since the previous Friday."
    rows = _rows(analyse, text)
    assert ("Friday", "2023-08-04", "day") in rows and ("the previous Friday", "2023-07-28", "day") in rows
    # no day named before: the one before the publication date's
    assert ("the preceding Monday", "2023-08-07", "day") in _rows(analyse, "Shares closed above the level of the preceding Monday.")


def test_a_past_form_tagged_present_under_a_singular_subject_is_past(analyse):
    # "hurt", "cut", "set" read as present tense; a singular subject says the verb is past
    text = "Weakness in bank shares hurt the index on Friday."
    assert ("Friday", "2023-08-04", "day") in _rows(analyse, text)
    assert ("Friday", "2023-08-11", "day") in _rows(analyse, "The ferries sail to Calais on Friday.")


def test_a_season_with_no_tense_to_go_by_is_the_nearer_one(analyse):
    # the parse hangs "to leave" on the noun, so no verb says "future": the nearer autumn is
    # the one beginning in three weeks, not the one that ended nine months ago
    text = "Ministers want the new centres to open in the autumn."
    assert ("the autumn", "2023-23", "season") in _rows(analyse, text)
    assert _rows(analyse, "The camp held 900 people in the summer.")[0][1] == "2023-22"  # the season under way
    assert _rows(analyse, "The review was published in the spring.")[0][1] == "2023-21"  # past tense: behind
    # a season more than three months ahead is not the nearer one: the last one
    assert _rows(analyse, "Arrivals usually fall in the winter.", published="2023-05-10")[0][1] == "2022-24"


def test_an_ordinal_day_of_a_month(analyse):
    assert ("3rd of August", "2023-08-03", "day") in _rows(analyse, "The ministers met on the 3rd of August.")
    assert ("21st of March 2022", "2022-03-21", "day") in _rows(analyse, "The rules changed on the 21st of March 2022.")
    # a plain count before "of" is not a day: "3 of August's arrivals"
    assert ("August", "2023-08", "month") in _rows(analyse, "Only 3 of August arrivals were returned.")


def test_a_newspaper_called_a_daily_is_not_a_recurrence(analyse):
    for text in ("The regional daily said 40 people had died.", "The Communist Party daily Granma printed the letter.",
                 "It appeared in the German weekly Der Spiegel."):
        assert _rows(analyse, text) == []
    assert ("daily", "P1D", "frequency") in _rows(analyse, "Boats arrive daily in Lampedusa.")
    assert ("daily", "P1D", "frequency") in _rows(analyse, "The agency gives the daily tally of inspections.")


# --- the patterns' trigger words (datepatterns.TRIGGERS): a pattern skipped only where it cannot match

TRIGGER_EXAMPLES = {
    "iso": "on 2023-08-09", "dmy": "on Wednesday, 9 August 2023", "mdy": "on Aug. 9, 2023",
    "month_range": "between June and August 2023", "day_pair": "on 8 and 9 August", "month_rel": "in May of last year",
    "my": "in early December 2023", "dm": "on 9 August", "month": "since March",
    "quarter": "in Q3 2023", "range": "from 2019 to 2022", "fiscal": "in 2023-24", "year_span": "in 2009–2010",
    "fiscal_to": "in 2023 to 2024", "season_year": "in the summer of 2023", "season": "last winter",
    "weekend": "this weekend", "part_of_day": "yesterday afternoon", "quarter_rel": "the third quarter",
    "quarter_ref": "the latest quarter", "year_earlier": "a year earlier",
    "same_period": "the same period last year", "ago_vague": "several weeks ago", "ago": "three years ago",
    "duration": "for three years", "unit_long": "a day-long strike", "duration_one": "the past decade",
    "duration_vague": "for months", "duration_the": "over the years", "set": "twice a week", "present": "at the moment", "past_ref": "more recently",
    "future_ref": "in the near future", "future_adj": "future arrivals", "at_the_time": "later that year",
    "holiday": "on New Year’s Day", "year_end": "by the year-end", "fiscal_span": "the year ended 31 March",
    "fiscal_named": "fiscal 2024", "year_of_report": "later in the year", "century": "the 21st century",
    "decade_word": "the ’90s", "half_year": "the first half of 2023", "spelled_year": "nineteen ninety-nine",
    "year_prefixed": "since mid-2021", "weekday": "last Friday morning", "relative": "the week before",
    "decade": "the 1990s", "year": "in 2023", "numeric": "on 14/07/2023", "period_of": "at the end of the month", "period_of": "at the end of the month",
}


def test_every_trigger_lets_its_own_example_through():
    from dossier.extract import datepatterns as dp

    compiled = dict(dp.COMPILED)
    assert set(dp.TRIGGERS) <= set(compiled)
    for name in dp.TRIGGERS:
        text = "It happened " + TRIGGER_EXAMPLES[name] + "."
        assert compiled[name].search(text), name
        assert dp._may_match(name, text, text.lower()), name
    assert not dp._may_match("ago", "It happened long since.", "it happened long since.")
    assert not dp._may_match("month", "it happened in may.", "it happened in may.")  # month names are capitalised


def test_triggers_change_no_date_found_in_real_text():
    """``find`` with the triggers equals the plain scan of every pattern, on the shipped corpus and
    (when present) PolNeAR and TempEval-3 development texts."""
    import glob
    from pathlib import Path

    from dossier.extract import datepatterns as dp

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "data" / "raw").glob("*.txt"))
    external = root.parent / "shared" / "external"
    files += sorted(Path(p) for p in glob.glob(str(external / "polnear-dev" / "data" / "dev" / "text" / "*.txt")))[:150]
    files += sorted(Path(p) for p in glob.glob(str(external / "tempeval3-tbaq" / "**" / "*.tml"), recursive=True))[:60]
    n = 0
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        every = sorted((m.start(), m.end(), kind) for kind, rx in dp.COMPILED for m in rx.finditer(text))
        lower = text.lower()
        kept = sorted((m.start(), m.end(), kind) for kind, rx in dp.COMPILED if dp._may_match(kind, text, lower)
                      for m in rx.finditer(text))
        assert kept == every, path.name
        n += len(every)
    assert n > (500 if external.is_dir() else 50)  # the shipped corpus alone has ~90 candidates


def test_a_plan_told_in_the_pluperfect_or_as_the_first_one_does_not_look_ahead(analyse):
    # published on a Monday: "due" / "scheduled" alone put Friday ahead; a replaced plan does not,
    # so the nearer Friday (the one just gone) is the date
    monday = "2023-08-07"
    assert ("Friday evening", "2023-08-11", "day") in _rows(analyse, "The offer is due to expire on Friday evening.", monday)
    text = "The offer had been due to expire on Friday evening, but the ministry extended it."
    assert ("Friday evening", "2023-08-04", "day") in _rows(analyse, text, monday)
    assert ("Thursday", "2023-08-03", "day") in _rows(analyse, "The flights had been scheduled to leave on Thursday.", monday)
    assert ("Thursday", "2023-08-03", "day") in _rows(analyse, "The vote, originally set for Thursday, was moved to next week.", monday)
    assert ("Saturday", "2023-08-05", "day") in _rows(analyse, "Campaigners had planned a march on Saturday, but police banned it.", monday)


def test_a_planned_event_is_ahead_like_a_scheduled_one(analyse):
    assert ("Saturday", "2023-08-12", "day") in _rows(analyse, "Protesters planned a march through the town centre on Saturday.")
    assert ("Saturday", "2023-08-05", "day") in _rows(analyse, "Protesters marched through the town centre on Saturday.")


def test_midnight_of_a_named_day_is_the_end_of_that_day(analyse):
    # "midnight on Friday" closes Friday: 24:00 of Friday = 00:00 of Saturday (ISO 8601; TimeML T24)
    text = "The scheme closes to new applications at midnight on Friday."
    assert ("midnight on Friday", "2023-08-12T00:00", "time") in _rows(analyse, text)
    assert ("midnight", "2023-08-09T00:00", "time") in _rows(analyse, "Police were called at midnight.")


def test_the_tempeval_harness_reads_timeml_midnight_as_the_next_days_start():
    from dossier.evaluate.benchmarks import tempeval
    assert tempeval.timeml_value("1989-10-27T24") == "1989-10-28T00:00"
    assert tempeval.timeml_value("1989-12-31T24:00") == "1990-01-01T00:00"
    assert tempeval.timeml_value("1989-10-27T10") == "1989-10-27T10:00"


def test_the_following_or_previous_month_or_week_counts_from_the_date_named_before(analyse):
    # anaphoric: the writer's own month would be "next month"; "the following month" is the one
    # after the month the text is at
    text = "In March, the ministry received the offer. Officials studied it for weeks. The following month, the scheme was suspended."
    assert ("The following month", "2023-04", "month") in _rows(analyse, text)
    assert ("The following week", "2021-W23", "week") in _rows(analyse, "The centre opened on 3 June 2021. The following week, 200 people arrived.")
    assert ("the month before", "2022-04", "month") in _rows(analyse, "The law passed in May 2022, and the month before, arrivals had doubled.")
    # nothing named before: from the publication date, as before
    assert ("The following month", "2023-09", "month") in _rows(analyse, "The following month, the scheme was suspended.")


def test_a_day_in_a_present_tense_clause_is_a_schedule_up_to_six_months_ahead(analyse):
    # written in August: "come into force on 1 January" is the coming 1 January (145 days ahead)
    assert ("1 January", "2024-01-01", "day") in _rows(analyse, "The new rules come into force on 1 January.")
    assert ("1 January", "2023-01-01", "day") in _rows(analyse, "The rules came into force on 1 January.")
    # more than six months ahead: the one just gone
    assert ("2 March", "2023-03-02", "day") in _rows(analyse, "The offer closes on 2 March.")


# --------------------------------------------------------------------------- 2026-12-04 classes (round 4)

def test_the_quarter_of_a_report_is_the_latest_ended_one_named(analyse):
    # a background quarter named later ("after a flat second quarter") or a forecast ("into the
    # fourth quarter", "through the third quarter of 2024") is not what "the year-ago period" compares with
    text = ("Acme posted a 20% gain in third-quarter profit. After a flat second quarter, sales recovered. "
            "In the year-earlier period, Acme earned $3 million.")
    assert ("the year-earlier period", "2022-35", "quarter") in _rows(analyse, text, "2023-10-25")
    text = ("Acme reported a drop in third-quarter profit. Analysts expect the weakness to continue into the fourth "
            "quarter and through the third quarter of 2024. In the year-ago period, Acme earned $9 million. "
            "Sales fell 5% from a year ago.")
    rows = _rows(analyse, text, "2023-10-25")
    assert ("the year-ago period", "2022-35", "quarter") in rows and ("a year ago", "2022-35", "quarter") in rows
    text = ("Acme earned $5 million in the fiscal first quarter. In the 2022 period, it lost $2 million. "
            "Acme had expected to break even for the quarter.")
    assert ("the quarter", "2023-33", "quarter") in _rows(analyse, text, "2023-05-20")


def test_a_count_that_opens_a_sentence_is_a_duration(analyse):
    rows = _rows(analyse, "The vote was held. Three weeks later, the plant closed. A day earlier, talks broke down.")
    assert ("Three weeks", "P3W", "duration") in rows and ("A day", "P1D", "duration") in rows
    assert ("Several months", "PXM", "duration") in _rows(analyse, "Several months passed before the reply came.")
    # a count in words before "ago" is a date, not a duration cut short ("Thirty year" + "s ago")
    rows = _rows(analyse, "Thirty years ago, the mill was busy. Twenty-five years ago it closed.", "2016-03-01")
    assert ("Thirty years ago", "1986", "year") in rows and ("Twenty-five years ago", "1991", "year") in rows
    # "second" as an ordinal is not a unit of time
    rows = _rows(analyse, "A second debate unfolded online. He paused for a second.")
    assert ("a second", "PT1S", "duration") in rows and not any(t == "A second" for t, _, _ in rows)


def test_a_second_day_after_a_month_and_day_is_a_date(analyse):
    rows = _rows(analyse, "The summit takes place on June 14 and 15 in Vienna.", "2023-05-02")
    assert ("June 14", "2023-06-14", "day") in rows and ("15", "2023-06-15", "day") in rows
    rows = _rows(analyse, "Hearings were held on Jan. 8-9, 2021 in Paris.", "2023-05-02")
    assert ("Jan. 8", "2021-01-08", "day") in rows and ("9", "2021-01-09", "day") in rows
    # a count of things, a figure or a duration after the pair is not a day
    assert not any(t in ("12", "4", "10") for t, _, _ in _rows(
        analyse, "On June 5 and 12 people were hurt. Prices rose on May 3 and 4 percent later. On March 3 and 10 years on."))


def test_an_unspecified_stretch_after_over_in_or_during_is_a_duration(analyse):
    rows = _rows(analyse, "Over the years the town grew. Prices may fall in the months ahead. "
                          "It was the first time in decades that prices rose. In the days of the empire, trade was slow.")
    assert ("the years", "PXY", "duration") in rows and ("the months ahead", "PXM", "duration") in rows
    assert ("decades", "PXY", "duration") in rows
    assert not any(t.startswith("the days") for t, _, _ in rows)  # "the days of": an era, not a stretch


def test_a_month_or_season_before_a_spelled_year_is_that_years(analyse):
    rows = _rows(analyse, "It began in March nineteen eighty-two. We saw it in the summer of nineteen sixty-nine.")
    assert ("March nineteen eighty-two", "1982-03", "month") in rows
    assert ("the summer of nineteen sixty-nine", "1969-22", "season") in rows


def test_an_hour_with_a_part_of_the_day_is_a_time(analyse):
    rows = _rows(analyse, "The convoy will leave at 4 in the morning. The shop closes at 7 in the evening. "
                          "He was home by 11 at night.", "2023-08-09")
    assert ("4 in the morning", "2023-08-09T04:00", "time") in rows
    assert ("7 in the evening", "2023-08-09T19:00", "time") in rows and ("11 at night", "2023-08-09T23:00", "time") in rows


@pytest.mark.parametrize("text", [
    "The convention runs July 18-21 in Cleveland.",
    "The committee meets in Orlando July 8 and 9.",
    "The survey was taken July 11-14, the pollster said.",
])
def test_a_day_pair_in_an_undated_document_gives_rows_not_an_error(analyse, text):
    # a month and day with no year and no publication date resolves to no day: the second-day
    # rule must leave it alone instead of failing the document's whole analysis
    rows = analyse(text, published=None)["dates"]
    assert any(r["text"].startswith("July") for r in rows)


# ---------------------------------------------------------------- round 6: narrative anchors, tense, forms


def test_the_next_day_counts_from_the_last_day_named(analyse):
    rows = _rows(analyse, "The dinghy capsized off Calais on 24 November 2021. The next day, French police opened an "
                          "inquiry, and the following morning two men were arrested.", "2021-12-02")
    assert ("The next day", "2021-11-25", "day") in rows
    assert ("the following morning", "2021-11-26", "part_of_day") in rows  # a chain: from the day named last
    rows = _rows(analyse, "The Home Secretary visited Dover on Monday. She had met French officials the day before.",
                 "2023-08-09")
    assert ("the day before", "2023-08-06", "day") in rows
    # "the day before" + a clause or an event is a conjunction or a noun's day, not a date of its own
    assert not any(t.startswith("the day") for t, _, _ in _rows(
        analyse, "He spent five hours in Nairobi, later in the day before returning home."))


def test_that_month_and_the_same_week_are_the_last_date_named(analyse):
    rows = _rows(analyse, "The inquiry opened on Sunday 3 March 2019. The same week, a second boat sank. That month, "
                          "400 people crossed the Channel.", "2023-08-09")
    assert ("The same week", "2019-W09", "week") in rows and ("That month", "2019-03", "month") in rows


def test_a_name_the_parser_ran_on_over_a_date_leaves_the_date(analyse):
    # the tagger made "Channel on New Year's Eve" one name; the holiday after "on" is still a date
    rows = _rows(analyse, "Border Force cutters were redeployed to the Channel on New Year's Eve.", "2019-01-03")
    assert ("New Year's Eve", "2018-12-31", "day") in rows


@pytest.mark.parametrize("text,span,value", [
    ("The hearing lasted half an hour.", "half an hour", "PT30M"),
    ("A minute and a half later, the pilot called.", "A minute and a half", "PT1M30S"),
    ("The interview took an hour and a half.", "an hour and a half", "PT1H30M"),
    ("Detainees were held for a day and a half.", "a day and a half", "P1DT12H"),
])
def test_half_units_are_written_in_the_smaller_unit(analyse, text, span, value):
    assert (span, value, "duration") in _rows(analyse, text)


@pytest.mark.parametrize("text,span,value,granularity", [
    ("The backlog will be cleared by the end of the year, the minister said.", "the end of the year", "2023", "year"),
    ("The camp must be cleared by the end of the month.", "the end of the month", "2023-08", "month"),
    ("Since the start of the year, 15,000 people have arrived.", "the start of the year", "2023", "year"),
    ("Arrivals rose in the first half of the year.", "the first half of the year", "2023-40", "half_year"),
    ("Arrivals fell in the second half of last year.", "the second half of last year", "2022-41", "half_year"),
    ("Removals rose in the last quarter.", "the last quarter", "2023-34", "quarter"),
    ("Removals rose in the last quarter of 2022.", "the last quarter of 2022", "2022-36", "quarter"),
    ("The law takes effect two years from now.", "two years from now", "2025", "year"),
    ("Crossings rose this past weekend.", "this past weekend", "2023-W31-WE", "week"),
    ("Arrivals peaked in the late '90s.", "the late '90s", "199X", "decade"),
    ("The tribunal's decision dated 14/07/2023 was quashed.", "14/07/2023", "2023-07-14", "day"),
    ("The order of 03.02.2021 was set aside.", "03.02.2021", "2021-02-03", "day"),
])
def test_periods_of_the_text_and_other_forms(analyse, text, span, value, granularity):
    assert (span, value, granularity) in _rows(analyse, text)


def test_a_year_end_stays_a_day_and_a_version_number_is_no_date(analyse):
    assert ("year-end", "2023-12-31", "day") in _rows(analyse, "The sale should close by year-end.")
    assert not [r for r in _rows(analyse, "Install version 1.2.2023 first.") if r[2] == "day"]


@pytest.mark.parametrize("text,span,value", [
    # reported plans: "would" looks ahead of the saying (not "would have")
    ("His lawyer said the father would be travelling to London Thursday with his wife.", "Thursday", "2023-08-10"),
    ("The Home Office said on Monday it would appeal.", "Monday", "2023-08-07"),  # the saying's day
    ("The Home Office said on Monday it will appeal the ruling.", "Monday", "2023-08-07"),
    # an arrangement in the present progressive, a passive of expectation
    ("The minister is visiting Calais on Friday.", "Friday", "2023-08-11"),
    ("A statement is expected on Thursday.", "Thursday", "2023-08-10"),
    # a schedule in the present: the nearer month
    ("The new rules come into force in October.", "October", "2023-10"),
    # a past form the tagger read as a participle
    ("Applications opened in January.", "January", "2023-01"),
])
def test_the_tense_of_the_clause_places_a_bare_date(analyse, text, span, value):
    assert any(t == span and v == value for t, v, _ in _rows(analyse, text)), _rows(analyse, text)


def test_the_day_before_needs_a_named_day_and_does_not_chain_back(analyse):
    rows = _rows(analyse, "They met again in July 2008 in Jerusalem. The day before, a bus had been rammed.", "2015-11-10")
    assert ("The day before", "", "day") in rows  # a day of July 2008 the text does not name: no value, not the DCT's
    rows = _rows(analyse, "The yield fell to 1.45 percent on Friday from 1.51 percent the day before. The euro rose "
                          "to $1.1175 from $1.1074 the day before.", "2016-07-30")
    assert [v for t, v, _ in rows if t == "the day before"] == ["2016-07-28", "2016-07-28"]


def test_a_month_in_the_clause_of_a_named_year_is_that_years(analyse):
    rows = _rows(analyse, "Arrivals in 2022 peaked in August. The camp, which opened in 2015, closed in June. "
                          "The lawsuit over HB 1523 was heard in June.", "2023-08-09")
    assert ("August", "2022-08", "month") in rows
    assert [v for t, v, _ in rows if t == "June"] == ["2023-06", "2023-06"]  # another clause; a bill number


def test_an_abbreviated_month_glued_to_its_day(analyse):
    rows = _rows(analyse, "Attacks in Saudi Arabia in 1996 and the attacks of Sept.11, 2001 changed policy.", "2016-06-30")
    assert ("Sept.11, 2001", "2001-09-11", "day") in rows


# --- round 7 (helper "dates7"): tense from the verbs that govern the date's clause, narrated years, named days


@pytest.mark.parametrize("text,published,span,value", [
    # "will" on the verb that governs the date's verb ("will begin moving", "will try to clear")
    ("The Home Office will begin moving asylum seekers onto the barge after Monday.", "2023-08-09", "Monday", "2023-08-14"),
    ("Officials will try to clear the backlog of claims by Friday.", "2023-08-09", "Friday", "2023-08-11"),
    # a modal that puts the action ahead (not "may have")
    ("The party must win the vote in March to keep the policy.", "2023-08-09", "March", "2024-03"),
    ("The Senate may vote on the asylum bill on Tuesday.", "2023-08-09", "Tuesday", "2023-08-15"),
    ("The Senate may have voted on the asylum bill on Tuesday.", "2023-08-09", "Tuesday", "2023-08-08"),
    # an infinitive passive after a noun: "a statement, to be delivered Thursday"
    ("The minister was drafting a statement on the camps, to be delivered Thursday in the Commons.", "2023-08-09",
     "Thursday", "2023-08-10"),
    # the present for the future after if / when / before
    ("The rules will be relaxed if the new government takes office in January.", "2023-08-09", "January", "2024-01"),
    ("Councils must prepare before the new law takes effect in March.", "2023-08-09", "March", "2024-03"),
    # a plan told in the past for a calendar date is the nearer one; a weekday stays ahead
    ("Applicants were due to file their papers by March 15, officials said.", "2016-04-09", "March 15", "2016-03-15"),
    ("The minister was scheduled to speak at the centre on Saturday.", "2023-08-09", "Saturday", "2023-08-12"),
    # "until" with a pluperfect is a past stretch; a deadline is still ahead
    ("Until Friday, the Home Office had refused to publish the figures.", "2023-08-09", "Friday", "2023-08-04"),
    ("The consultation was extended until Friday.", "2023-08-09", "Friday", "2023-08-11"),
    # an imperative at the head of its sentence
    ("Remember in March the senators who blocked the bill.", "2023-08-09", "March", "2024-03"),
    # "next November" written in November is a year on
    ("A general election is expected next November.", "2023-11-20", "next November", "2024-11"),
])
def test_the_verbs_governing_a_date_place_it(analyse, text, published, span, value):
    rows = _rows(analyse, text, published)
    assert [v for t, v, _ in rows if t == span] == [value], rows


def test_this_past_week_is_the_week_just_gone(analyse):
    # written on a Sunday: the week now ending; on a Wednesday: the week before
    assert ("this past week", "2023-W32", "week") in _rows(analyse, "Arrivals rose this past week, the figures show.", "2023-08-13")
    assert ("this past week", "2023-W31", "week") in _rows(analyse, "Arrivals rose this past week, the figures show.", "2023-08-09")


def test_the_end_of_the_year_in_a_narrated_past_is_the_year_told_of(analyse):
    rows = _rows(analyse, "Arrivals reached 45,000 in 2022. By the end of the year, the backlog had grown to 160,000.")
    assert ("the end of the year", "2022", "year") in rows
    # a present perfect counts to the writer's day; a future is the writer's year
    rows = _rows(analyse, "Crossings fell in 2022. Since the start of the year, 15,000 people have crossed.")
    assert ("the start of the year", "2023", "year") in rows
    rows = _rows(analyse, "Crossings fell in 2022. The hotels will close by the end of the year.")
    assert ("the end of the year", "2023", "year") in rows


def test_election_day_is_the_tuesday_after_the_first_monday_of_november(analyse):
    rows = _rows(analyse, "Asylum rules will not change until Election Day, officials said.", "2024-09-10")
    assert ("Election Day", "2024-11-05", "day") in rows
    rows = _rows(analyse, "Turnout on Election Day was the lowest in decades.", "2022-11-20")
    assert ("Election Day", "2022-11-08", "day") in rows


def test_an_approximate_count_before_ago(analyse):
    assert ("a week or so ago", "2023-W31", "week") in _rows(analyse, "The camp was cleared a week or so ago.")
    assert ("a year or so ago", "2022", "year") in _rows(analyse, "The talks collapsed a year or so ago.")


def test_a_fall_of_something_is_no_season(analyse):
    assert not [r for r in _rows(analyse, "The fall of Kabul drove thousands to the border.") if r[2] == "season"]
    assert not [r for r in _rows(analyse, "After this fall in arrivals, the centre closed.") if r[2] == "season"]
    assert ("the fall", "2023-23", "season") in _rows(analyse, "The centre will reopen in the fall.")
