"""Dates probe 2 in the migration-policy genre: sentences in the style of statistics releases, court
judgments, parliamentary answers and news, written 2026-12-04 (round 6) with their TimeML values fixed
before any code ran on them.

    python benchmarks/probes/dates_migration2.py dev     # score, and list the misses
    python benchmarks/probes/dates_migration2.py aside   # score only (the held-out half)

Each item: (published, sentence, [(surface, ISO-prefix value)]), scored like the gold scorer (a
row whose text contains the surface and whose value starts with the label). The halves are fixed
by the first byte of each sentence's SHA-256 (even: dev, odd: aside). Labels are TimeML values
(durations P3M, PXW; "every week" P1W; quarters 2023-Q4), mapped to ours by the TempEval harness's
`timeml_value` before the prefix test (2023-Q4 -> 2023-36; the labels themselves were not changed)."""
P = [
 ("2024-05-23", "Net migration was 685,000 in the year ending December 2023, the Office for National Statistics said on Thursday.", [("December 2023", "2023-12"), ("Thursday", "2024-05-23")]),
 ("2024-05-23", "The figure for the year ending June 2023 was revised up to 906,000.", [("June 2023", "2023-06")]),
 ("2024-02-29", "Statistics for the fourth quarter of 2023 will be published on 23 May.", [("fourth quarter of 2023", "2023-Q4"), ("23 May", "2024-05-23")]),
 ("2023-11-15", "The Supreme Court ruled on Wednesday that the removal policy was unlawful.", [("Wednesday", "2023-11-15")]),
 ("2023-11-15", "The judgment upheld a decision of the Court of Appeal handed down on 29 June 2023.", [("29 June 2023", "2023-06-29")]),
 ("2023-11-15", "The appellants had been detained for more than three months.", [("three months", "P3M")]),
 ("2024-03-12", "The minister will respond to the committee within two weeks.", [("two weeks", "P2W")]),
 ("2024-03-12", "Applicants must wait 12 months before they can apply for permission to work.", [("12 months", "P12M")]),
 ("2024-03-12", "Reporting conditions require migrants to attend a centre every week.", [("every week", "P1W")]),
 ("2024-03-12", "Detention reviews take place monthly.", [("monthly", "P1M")]),
 ("2022-04-14", "Under the partnership announced today, some asylum seekers will be relocated.", [("today", "2022-04-14")]),
 ("2022-04-14", "The first flight had been expected to leave in May but was delayed.", [("May", "2022-05")]),
 ("2022-06-15", "The first flight was grounded last night after an intervention by the European Court of Human Rights.", [("last night", "2022-06-14")]),
 ("2022-06-15", "Campaigners said the government would try again next week.", [("next week", "2022-W25")]),
 ("2021-07-06", "The Nationality and Borders Bill was introduced to Parliament today and will have its second reading later this month.", [("today", "2021-07-06"), ("this month", "2021-07")]),
 ("2021-07-06", "The New Plan for Immigration was published in March after a six-week consultation.", [("March", "2021-03"), ("six-week", "P6W")]),
 ("2024-01-18", "The bill passed its third reading on Wednesday evening.", [("Wednesday", "2024-01-17")]),
 ("2024-01-18", "Peers will debate the bill at the end of January.", [("January", "2024-01")]),
 ("2023-03-07", "The Home Secretary told MPs that 45,000 people had crossed the Channel last year.", [("last year", "2022")]),
 ("2023-03-07", "Ministers hope the law will be in force by the summer.", [("the summer", "2023")]),
 ("2023-03-07", "The number of small boat arrivals in the first two months of 2023 was 2,950.", [("2023", "2023")]),
 ("2024-07-22", "The new Home Secretary announced on Monday that the scheme would be scrapped.", [("Monday", "2024-07-22")]),
 ("2024-07-22", "The asylum backlog stood at 118,000 at the end of June.", [("June", "2024-06")]),
 ("2024-07-22", "Processing of claims will resume within weeks.", [("weeks", "PXW")]),
 ("2023-10-05", "Removals in the second quarter of the year were 22% higher than a year earlier.", [("second quarter of the year", "2023-Q2"), ("a year earlier", "2022-Q2")]),
 ("2023-10-05", "The Minister replied on 2 October that the data would be published in November.", [("2 October", "2023-10-02"), ("November", "2023-11")]),
 ("2019-01-03", "Border Force cutters were redeployed to the Channel on New Year's Eve.", [("New Year's Eve", "2018-12-31")]),
 ("2019-01-03", "More than 500 migrants attempted the crossing in 2018.", [("2018", "2018")]),
 ("2019-01-03", "The Home Secretary declared a major incident over Christmas.", [("Christmas", "2018-12-25")]),
 ("2025-06-12", "The tribunal found that the claimant had lived in the country since 2015.", [("2015", "2015")]),
 ("2025-06-12", "The appeal was heard on 3 and 4 June 2025.", [("4 June 2025", "2025-06-04")]),
 ("2025-06-12", "The decision was made two days after the hearing.", [("two days", "P2D")]),
 ("2025-06-12", "Figures published this morning show 14,812 people crossed in the first five months of the year.", [("this morning", "2025-06-12")]),
 ("2025-06-12", "That is 42% more than in the same period last year.", [("last year", "2024")]),
 ("2020-09-30", "The Home Office was considering plans to process asylum claims offshore, it emerged on Wednesday.", [("Wednesday", "2020-09-30")]),
 ("2020-09-30", "The idea was first floated earlier this year.", [("this year", "2020")]),
 ("2020-09-30", "Officials had looked at the option in the 2000s.", [("2000s", "200")]),
 ("2022-11-22", "The Prime Minister will set out new legislation on Thursday.", [("Thursday", "2022-11-24")]),
 ("2022-11-22", "The interior minister met his British counterpart on Monday.", [("Monday", "2022-11-21")]),
 ("2022-11-22", "A new agreement on Channel patrols was signed eight days ago.", [("eight days ago", "2022-11-14")]),
 ("2024-11-28", "Net migration peaked at 906,000 in the year to June 2023, revised figures released today show.", [("June 2023", "2023-06"), ("today", "2024-11-28")]),
 ("2024-11-28", "The next release is scheduled for May 2025.", [("May 2025", "2025-05")]),
 ("2024-11-28", "Visa applications for care workers fell in the three months to October.", [("October", "2024-10")]),
 ("2024-11-28", "The skilled worker salary threshold was raised in April this year.", [("April", "2024-04")]),
 ("2024-11-28", "A white paper on immigration will be published early next year.", [("next year", "2025")]),
 ("2018-04-17", "The Prime Minister apologised to Caribbean leaders today for the treatment of the Windrush generation.", [("today", "2018-04-17")]),
 ("2018-04-17", "Many of them arrived in the UK before 1973.", [("1973", "1973")]),
 ("2018-04-17", "Some had lived in Britain for more than 50 years.", [("50 years", "P50Y")]),
 ("2018-04-17", "A taskforce will be set up within the next two weeks.", [("two weeks", "P2W")]),
 ("2023-01-26", "Most asylum claims are now decided within six months, the Minister said in a written answer on 24 January.", [("six months", "P6M"), ("24 January", "2023-01-24")]),
 ("2023-01-26", "The backlog has grown every year since 2018.", [("every year", "P1Y"), ("2018", "2018")]),
 ("2023-01-26", "The hotel contracts are reviewed every six months.", [("every six months", "P6M")]),
 ("2023-01-26", "In the financial year ending March 2022, the asylum system cost £2.1 billion.", [("March 2022", "2022-03")]),
 ("2023-01-26", "Decisions on claims lodged before 28 June 2022 will be prioritised.", [("28 June 2022", "2022-06-28")]),
 ("2023-01-26", "The previous week, the Home Secretary had visited the processing site.", [("previous week", "2023-W03")]),
 ("2021-11-28", "The dinghy capsized on 24 November. The next day, the authorities opened an investigation.", [("24 November", "2021-11-24"), ("The next day", "2021-11-25")]),
 ("2021-11-28", "Two days earlier, the coastguard had rescued 40 people off the coast.", [("Two days earlier", "2021-11-26")]),
 ("2016-06-27", "The vote on 23 June to leave the EU raised questions about free movement.", [("23 June", "2016-06-23")]),
 ("2016-06-27", "EU citizens who arrived before that date may be allowed to stay, ministers said at the weekend.", [("the weekend", "2016-W25")]),
]


def main() -> int:
    """python benchmarks/probes/dates_migration2.py dev|aside"""
    from dates_migration import run  # the first probe's scoring, same conventions

    from dossier.evaluate.benchmarks.tempeval import timeml_value  # TimeML labels in our notation (quarters)

    return run(P, "dates_migration2.py", timeml_value)


if __name__ == "__main__":
    raise SystemExit(main())
