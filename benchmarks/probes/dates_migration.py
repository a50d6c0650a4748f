"""Dates probe in the migration-policy genre: sentences in the style of UK government releases,
parliamentary answers and news, written 2026-12-03 with their labels fixed before any run.

    python benchmarks/probes/dates_migration.py dev     # score, and list the misses
    python benchmarks/probes/dates_migration.py aside   # score only (the held-out half)

Each item: (published, sentence, [(surface, ISO-prefix value)]), scored like the gold scorer (a
row whose text contains the surface and whose value starts with the label). The halves are fixed
by the first byte of each sentence's SHA-256 (even: dev, odd: aside)."""
P = [
 ("2023-08-09", "In the year ending June 2023, 78,768 people claimed asylum in the UK.", [("June 2023", "2023-06")]),
 ("2023-08-09", "The Home Office allocated £3 million in 2023/24 to the programme.", [("2023/24", "2023")]),
 ("2023-08-09", "Spending rose in the financial year 2022-23, according to the accounts.", [("2022-23", "2022")]),
 ("2023-08-09", "Arrivals fell in Q2 2023 compared with the first quarter.", [("Q2 2023", "2023")]),
 ("2023-08-09", "More than 100 boats arrived over the summer of 2022.", [("summer of 2022", "2022")]),
 ("2023-08-09", "The barge will house up to 500 men from next month.", [("next month", "2023-09")]),
 ("2023-08-09", "The agreement was signed on 7 August 2023 in Ankara.", [("7 August 2023", "2023-08-07")]),
 ("2023-08-09", "The bill received Royal Assent on 20 July.", [("20 July", "2023-07-20")]),
 ("2023-08-09", "Since January, 16,000 people have crossed the Channel.", [("January", "2023-01")]),
 ("2023-08-09", "The minister said the backlog would be cleared by the end of the year.", [("the end of the year", "2023")]),
 ("2023-08-09", "The centre opened in February 2022 and closed eight months later.", [("February 2022", "2022-02")]),
 ("2024-02-23", "Frontex and the UK signed a working arrangement on Friday.", [("Friday", "2024-02-23")]),
 ("2024-02-23", "Last week the commissioner visited Calais.", [("Last week", "2024-W07")]),
 ("2024-02-23", "The partnership was first announced in December 2022.", [("December 2022", "2022-12")]),
 ("2023-06-05", "Speaking in the Commons on Monday, the Prime Minister said arrivals were down by 20%.", [("Monday", "2023-06-05")]),
 ("2023-06-05", "Crossings in the first five months of this year were lower than last year.", [("this year", "2023"), ("last year", "2022")]),
 ("2023-06-05", "The Illegal Migration Bill was introduced on 7 March 2023.", [("7 March 2023", "2023-03-07")]),
 ("2023-06-05", "Officials expect the first flights to leave in the autumn.", [("the autumn", "2023")]),
 ("2023-12-29", "The vessel arrived at Portland Port in July 2023.", [("July 2023", "2023-07")]),
 ("2023-12-29", "Asylum seekers were moved back on board in October.", [("October", "2023-10")]),
 ("2023-12-29", "The contract runs for 18 months from 1 April 2023.", [("1 April 2023", "2023-04-01")]),
 ("2020-12-17", "The strategy sets out our vision for the border in 2025.", [("2025", "2025")]),
 ("2020-12-17", "From 1 January 2021, free movement will end.", [("1 January 2021", "2021-01-01")]),
 ("2020-12-17", "Today we publish the 2025 UK Border Strategy.", [("Today", "2020-12-17")]),
 ("2019-09-25", "Officers arrested 12 people in dawn raids yesterday.", [("yesterday", "2019-09-24")]),
 ("2019-09-25", "The gang is thought to have smuggled migrants between 2016 and 2018.", [("2016", "2016")]),
 ("2019-09-25", "The National Crime Agency said on Wednesday that the investigation began in 2017.", [("Wednesday", "2019-09-25"), ("2017", "2017")]),
 ("2023-06-29", "Funding of £3 million was provided in the 2023 to 2024 financial year.", [("2023 to 2024", "2023")]),
 ("2023-06-29", "In the previous financial year the grant was £425,000.", [("the previous financial year", "2022")]),
 ("2023-06-29", "The Minister answered the question on 29 June 2023.", [("29 June 2023", "2023-06-29")]),
 ("2023-08-09", "Turkey said it had stopped 238,448 migrants so far this year.", [("this year", "2023")]),
 ("2023-08-09", "Numbers have more than doubled since 2020.", [("2020", "2020")]),
 ("2023-08-09", "The scheme was paused in mid-2022 after a court ruling.", [("mid-2022", "2022")]),
 ("2023-08-09", "The department will publish updated figures on 24 August.", [("24 August", "2023-08-24")]),
 ("2023-08-09", "By 2030, the government hopes to have fully digital borders.", [("2030", "2030")]),
 ("2023-08-09", "Between January and March 2023, 3,793 people arrived in small boats.", [("January", "2023-01"), ("March 2023", "2023-03")]),
 ("2023-08-09", "Earlier this month, the Home Secretary travelled to Rome.", [("this month", "2023-08")]),
 ("2023-08-09", "The new centre is due to open later this year.", [("this year", "2023")]),
 ("2023-08-09", "Data for the three months to June show a rise.", [("June", "2023-06")]),
 ("2023-08-09", "Last summer, the camp held more than 4,000 people.", [("Last summer", "2022")]),
 ("2023-08-09", "The policy was announced in April last year.", [("April last year", "2022-04")]),
 ("2023-08-09", "The agreement, first reached in 2018, was renewed on Tuesday.", [("2018", "2018"), ("Tuesday", "2023-08-08")]),
 ("2023-08-09", "The pilot ran from September 2021 to March 2022.", [("September 2021", "2021-09"), ("March 2022", "2022-03")]),
 ("2023-08-09", "Ministers met on the 3rd of August to discuss the plan.", [("3rd of August", "2023-08-03")]),
 ("2023-08-09", "The review, published in the spring, found 12 failures.", [("the spring", "2023")]),
 ("2023-08-09", "Figures released on Thursday 27 July showed a fall.", [("27 July", "2023-07-27")]),
 ("2023-08-09", "Arrivals in 2022 were the highest since records began in 2018.", [("2022", "2022"), ("2018", "2018")]),
 ("2023-08-09", "In the 12 months to March 2023, the backlog grew by 60%.", [("March 2023", "2023-03")]),
 ("2023-08-09", "The charity said 27 people had died in the Channel since November 2021.", [("November 2021", "2021-11")]),
 ("2023-08-09", "Two years ago, the Nationality and Borders Act became law.", [("Two years ago", "2021")]),
 ("2023-08-09", "The deal will last until 2026.", [("2026", "2026")]),
 ("2023-08-09", "A decision is expected in the new year.", [("the new year", "2024")]),
 ("2023-08-09", "The Court of Appeal ruled in June that the policy was unlawful.", [("June", "2023-06")]),
 ("2023-08-09", "The Supreme Court will hear the case in October.", [("October", "2023-10")]),
 ("2023-08-09", "Last Friday the barge received its first residents.", [("Last Friday", "2023-08-04")]),
 ("2023-08-09", "Next Monday the first group is due to arrive.", [("Next Monday", "2023-08-14")]),
]


def main() -> int:
    """python benchmarks/probes/dates_migration.py dev|aside"""
    return run(P, "dates_migration.py")


def run(sentences, prog: str, label_value=lambda v: v) -> int:
    """Score the half of ``sentences`` named on the command line (``label_value``: a label in the
    package's notation); DEV misses printed, the aside half scored only."""
    import hashlib
    import sys

    from dossier.api import analyse_texts, make_task

    half = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if half not in ("dev", "aside"):
        print(f"usage: {prog} dev|aside", file=sys.stderr)
        return 2
    items = [p for p in sentences if (hashlib.sha256(p[1].encode()).digest()[0] % 2 == 0) == (half == "dev")]
    hits = total = 0
    for (_, s, want), tables in zip(items, analyse_texts([make_task(s, published=d) for d, s, _ in items])):
        rows = [r for r in tables["dates"] if r["value"]]
        used: set[int] = set()
        for surface, label in want:
            value = label_value(label)
            total += 1
            m = next((i for i, r in enumerate(rows) if i not in used and surface.lower() in r["text"].lower()
                      and r["value"].startswith(value)), None)
            if m is not None:
                used.add(m)
                hits += 1
            elif half == "dev":  # the aside half is scored, never read
                print(f"missed {surface!r} = {value}: {s}\n    found {[(r['text'], r['value']) for r in rows]}")
    print(f"{half}: {hits}/{total} = {hits / total:.3f} ({len(items)} sentences)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
