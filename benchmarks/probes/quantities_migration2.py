"""Second quantities probe in the migration-policy genre: figures and their (value, unit, qualifier)
in sentences written 2026-12-04 (round 6, helper "quantities") about asylum budgets, arrivals,
detention capacity, fines, distances and speeds, percentages, per-day and per-person costs, ranges,
caps ("up to", "at most"), fractions, number words and currencies by symbol, code and name.

    python benchmarks/probes/quantities_migration2.py dev     # score, and list the errors
    python benchmarks/probes/quantities_migration2.py aside   # score only, aggregate (held-out half)

Every sentence was written and labelled before any code ran on it, then split into halves by a
hash of its text (``md5(sentence) % 2 == 0`` is DEV), so the split does not depend on the order
below. DEV is read while fixing classes; ASIDE is scored once, at the end, aggregate only.

Labels and scoring are those of ``quantities_migration.py``: ``(surface, value, unit, qualifier)``;
``value`` a number, a ``(low, high)`` pair for a range, or None for a vague amount; ``unit`` an ISO
4217 code, ``percent``, ``percentage points``, a quantulum3 unit name, ``''`` for a fraction,
``times`` for a factor, a word that must appear in the row's unit or counted noun, or None.
"""

from __future__ import annotations

import sys

S = [
    ("The Home Office spent £4.7 billion on asylum support in the last financial year, up from £3.96 billion.",
     [("£4.7 billion", 4.7e9, "GBP", "exact"), ("£3.96 billion", 3.96e9, "GBP", "exact")]),
    ("Italy's hotspot in Pozzallo, built for 220 people, held more than 600 migrants on Tuesday.",
     [("220", 220, "people", "exact"), ("more than 600", 600, "migrants", "more_than")]),
    ("The coastguard said the dinghy was found about 40 nautical miles south of Lampedusa.",
     [("about 40 nautical miles", 40, "nautical mile", "approximately")]),
    ("Carriers face a fine of up to €5,000 for every passenger brought in without valid documents.",
     [("up to €5,000", 5000, "EUR", "up_to")]),
    ("Keeping one person in immigration detention costs about £120 a day.",
     [("about £120", 120, "GBP", "approximately")]),
    ("Roughly one in three applicants from Iraq was granted protection in 2023.",
     [("Roughly one in three", 1 / 3, "", "approximately")]),
    ("Almost half of the 2,400 children in the centres were unaccompanied.",
     [("Almost half", 0.5, "", "approximately"), ("2,400", 2400, "children", "exact")]),
    ("Boats were crossing the Channel at speeds of up to 20 km/h, the report said.",
     [("up to 20 km/h", 20, "kilometre per hour", "up_to")]),
    ("The new wall will stretch for 164 km along the border with Belarus and stand 5.5 metres high.",
     [("164 km", 164, "kilometre", "exact"), ("5.5 metres", 5.5, "metre", "exact")]),
    ("Applications rose by 12.5 per cent to 1.14 million in the EU+ last year.",
     [("12.5 per cent", 12.5, "percent", "exact"), ("1.14 million", 1.14e6, None, "exact")]),
    ("Between 300 and 400 people a day crossed the Darién Gap during the peak months.",
     [("Between 300 and 400", (300, 400), "people", "exact")]),
    ("The ministry has requested an extra CHF 250 million to cover the cost of housing asylum seekers.",
     [("CHF 250 million", 2.5e8, "CHF", "exact")]),
    ("The government raised the application fee for citizenship to $760.",
     [("$760", 760, "USD", "exact")]),
    ("Fewer than 100 of the 1,200 people relocated under the scheme have found work.",
     [("Fewer than 100", 100, None, "less_than"), ("1,200", 1200, "people", "exact")]),
    ("The reception centre in Ter Apel has a capacity of 2,000 beds but housed nearly 2,700 people in August.",
     [("2,000", 2000, "beds", "exact"), ("nearly 2,700", 2700, "people", "approximately")]),
    ("Smugglers charged each passenger between $3,000 and $5,000 for the crossing to the Canary Islands.",
     [("between $3,000 and $5,000", (3000, 5000), "USD", "exact")]),
    ("A quarter of the budget, some €1.6 billion, is earmarked for border management.",
     [("A quarter", 0.25, "", "exact"), ("some €1.6 billion", 1.6e9, "EUR", "approximately")]),
    ("Deportations to Morocco rose threefold between 2019 and 2023.",
     [("threefold", 3, "times", "exact")]),
    ("The processing centres in Albania can hold up to 3,000 men a month.",
     [("up to 3,000", 3000, "men", "up_to")]),
    ("The Australian government paid contractors A$1.6 billion to run offshore detention on Nauru.",
     [("A$1.6 billion", 1.6e9, "AUD", "exact")]),
    ("Ten people, including three children, were found dead in a lorry near the Hungarian border.",
     [("Ten", 10, "people", "exact"), ("three", 3, "children", "exact")]),
    ("Unemployment among recognised refugees fell to 38 percent, from 52 percent two years earlier.",
     [("38 percent", 38, "percent", "exact"), ("52 percent", 52, "percent", "exact")]),
    ("Officials registered 4,500 crossings in a single week, the highest weekly figure on record.",
     [("4,500", 4500, "crossings", "exact")]),
    ("The scheme offers a one-off payment of ₹50,000 to each returning worker.",
     [("₹50,000", 50000, "INR", "exact")]),
    ("Only 18% of return decisions issued in the EU were actually carried out.",
     [("Only 18%", 18, "percent", "only")]),
    ("Around 1,800 unaccompanied minors arrived in Ceuta over two days in May.",
     [("Around 1,800", 1800, "minors", "approximately")]),
    ("The fence, which cost 230 million euros, runs for 12 kilometres around Melilla.",
     [("230 million euros", 2.3e8, "EUR", "exact"), ("12 kilometres", 12, "kilometre", "exact")]),
    ("Employers who hire undocumented workers can be fined up to $25,000 per worker.",
     [("up to $25,000", 25000, "USD", "up_to")]),
    ("Asylum seekers in the Netherlands receive a weekly allowance of around 60 euros.",
     [("around 60 euros", 60, "EUR", "approximately")]),
    ("The EU pledged €7.4 billion to Egypt, including €200 million for migration management.",
     [("€7.4 billion", 7.4e9, "EUR", "exact"), ("€200 million", 2e8, "EUR", "exact")]),
    ("At most 30 people may be held in each wing of the facility at any one time.",
     [("At most 30", 30, "people", "less_than")]),
    ("Two thirds of the asylum seekers housed in hotels are single men.",
     [("Two thirds", 2 / 3, "", "exact")]),
    ("A record 8,000 people were rescued off the coast of Lampedusa in three days.",
     [("8,000", 8000, "people", "exact")]),
    ("The island's population of 6,000 was outnumbered by new arrivals for a week.",
     [("6,000", 6000, None, "exact")]),
    ("Some 2.6 million Afghans are registered refugees, most of them in Pakistan and Iran.",
     [("Some 2.6 million", 2.6e6, "Afghans", "approximately")]),
    ("The detention centre sits 25 miles from the nearest town.",
     [("25 miles", 25, "mile", "exact")]),
    ("The average asylum claim took 450 days to decide.",
     []),
    ("The Canadian government will spend C$1.3 billion over six years on border security.",
     [("C$1.3 billion", 1.3e9, "CAD", "exact")]),
    ("The number of people granted refugee status dropped by a fifth compared with 2022.",
     [("a fifth", 0.2, "", "exact")]),
    ("Migrants paid between 1,500 and 2,500 Tunisian dinars for a place on the boats leaving Sfax.",
     [("between 1,500 and 2,500 Tunisian dinars", (1500, 2500), "TND", "exact")]),
    ("The camp's water supply provides less than 10 litres per person per day.",
     [("less than 10 litres", 10, "litre", "less_than")]),
    ("The number of people held in immigration detention in the US passed 39,000 in June.",
     [("39,000", 39000, None, "exact")]),
    ("The Border Force cutter can carry 50 passengers and has a top speed of 25 knots.",
     [("50", 50, "passengers", "exact"), ("25 knots", 25, "knot", "exact")]),
    ("The government set aside 1.2 trillion yen for overseas development aid, including support for refugees.",
     [("1.2 trillion yen", 1.2e12, "JPY", "exact")]),
    ("The asylum backlog stood at 98,599 cases involving 128,786 people at the end of June.",
     [("98,599", 98599, "cases", "exact"), ("128,786", 128786, "people", "exact")]),
    ("Visa fees for seasonal workers will rise from £298 to £319.",
     [("£298", 298, "GBP", "exact"), ("£319", 319, "GBP", "exact")]),
    ("Four out of ten migrants interviewed said they had paid a smuggler.",
     [("Four out of ten", 0.4, "", "exact")]),
    ("More than 1,000 people have died trying to cross the Sahara since January, according to the IOM.",
     [("More than 1,000", 1000, "people", "more_than")]),
    ("A single adult asylum seeker in Germany receives €460 a month in benefits.",
     [("€460", 460, "EUR", "exact")]),
    ("The target for net migration was cut to 300,000 a year.",
     [("300,000", 300000, None, "exact")]),
    ("Polish border guards recorded 26,000 attempts to cross from Belarus, about 70 a day.",
     [("26,000", 26000, "attempts", "exact"), ("about 70", 70, None, "approximately")]),
    ("Hundreds of asylum seekers slept in tents outside the registration centre.",
     [("Hundreds", None, None, "vague")]),
    ("Around 45% of the 1.1 million arrivals in 2015 were Syrian.",
     [("Around 45%", 45, "percent", "approximately"), ("1.1 million", 1.1e6, "arrivals", "exact")]),
    ("The Spanish navy patrol covers an area of 20,000 square kilometres between the Canaries and Mauritania.",
     [("20,000 square kilometres", 20000, "square kilometre", "exact")]),
    ("Each asylum interview costs the state roughly €1,500, or €3 million a year for the region.",
     [("roughly €1,500", 1500, "EUR", "approximately"), ("€3 million", 3e6, "EUR", "exact")]),
    ("The two-year pilot will relocate 1,000 asylum seekers a month from Italy.",
     [("1,000", 1000, "seekers", "exact")]),
    ("Nearly 40 percent of the 7,000 beds in federal detention centres were empty.",
     [("Nearly 40 percent", 40, "percent", "approximately"), ("7,000", 7000, "beds", "exact")]),
    ("The Saudi government deported as many as 12,000 Ethiopians in a single month.",
     [("as many as 12,000", 12000, "Ethiopians", "up_to")]),
]


def main() -> int:
    from quantities_migration import run  # the first probe's scoring, same conventions

    return run(S, sys.argv[1] if len(sys.argv) > 1 else "dev")


if __name__ == "__main__":
    sys.exit(main())
