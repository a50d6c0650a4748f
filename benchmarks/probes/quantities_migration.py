"""Quantities probe in the migration-policy genre: figures and their (value, unit, qualifier) in
sentences written 2026-12-03 (fourth quantities session) about many countries' arrivals, returns,
costs, grants, per-day rates, backlogs, percentages, ranges and caps.

    python benchmarks/probes/quantities_migration.py dev     # score, and list the errors
    python benchmarks/probes/quantities_migration.py aside   # score only, aggregate (held-out half)

Every sentence was written and labelled before any code ran on it, then split into halves by a
hash of its text (``md5(sentence) % 2 == 0`` is DEV), so the split does not depend on the order
below. DEV is read while fixing classes; ASIDE is scored once, at the end, aggregate only.

Labels: ``(surface, value, unit, qualifier)``. ``value`` is a number, a ``(low, high)`` pair for a
range (the row's ``value`` and ``value_high``), or None for a vague amount ("dozens").
``unit``: an ISO 4217 code, ``percent``, ``percentage points``, a quantulum3 unit name
("kilometre"), ``''`` for a fraction, ``times`` for a factor, a word that must appear in the
row's unit or counted noun ("people"), or None (not checked). Qualifiers as in tests/gold
(``exact``, ``approximately``, ``more_than``, ``less_than``, ``up_to``, ``only``, ``vague``).

Scoring is that of ``evaluate/scorers.py`` for quantities: a row matches a label by value (one to
one); durations the labels do not list count neither way; F1 over values, over value and unit
(and high end, for ranges), and the share of matched rows whose qualifier agrees.
"""

from __future__ import annotations

import hashlib
import math
import sys

S = [
    ("Greece's migration ministry said 4,318 people were living in camps on the islands at the end of March.",
     [("4,318", 4318, "people", "exact")]),
    ("Spain recorded 56,852 irregular arrivals last year, more than half of them on the Canary Islands.",
     [("56,852", 56852, "arrivals", "exact"), ("more than half", 0.5, "", "more_than")]),
    ("Germany deported 16,430 people in 2023, up from 12,945 a year earlier.",
     [("16,430", 16430, "people", "exact"), ("12,945", 12945, None, "exact")]),
    ("Poland plans to spend 10 billion zlotys on a fortified barrier along its eastern border.",
     [("10 billion zlotys", 1e10, "PLN", "exact")]),
    ("The US Border Patrol reported about 2.05 million encounters at the southwest border in fiscal year 2023.",
     [("about 2.05 million", 2.05e6, "encounters", "approximately")]),
    ("Canada will admit 485,000 permanent residents next year and 500,000 in each of the two following years.",
     [("485,000", 485000, "residents", "exact"), ("500,000", 500000, None, "exact")]),
    ("Under the deal, Bangladesh will receive $150 million a year to host Rohingya refugees in Cox's Bazar.",
     [("$150 million", 1.5e8, "USD", "exact")]),
    ("Jordan hosts roughly 650,000 registered Syrian refugees, according to UNHCR.",
     [("roughly 650,000", 650000, "refugees", "approximately")]),
    ("Lebanon's government estimates that 1.5 million Syrians live in the country, about a quarter of its population.",
     [("1.5 million", 1.5e6, "Syrians", "exact"), ("about a quarter", 0.25, "", "approximately")]),
    ("Colombia has granted temporary protection status to more than 1.9 million Venezuelans.",
     [("more than 1.9 million", 1.9e6, "Venezuelans", "more_than")]),
    ("Mexico's refugee agency received 140,982 asylum requests, a 19 per cent rise on the previous record.",
     [("140,982", 140982, "requests", "exact"), ("19 per cent", 19, "percent", "exact")]),
    ("Kenya's Dadaab complex, designed for 90,000 people, now shelters over 370,000.",
     [("90,000", 90000, "people", "exact"), ("over 370,000", 370000, None, "more_than")]),
    ("Uganda gives each refugee family a plot of land of about 30 metres by 30 metres.",
     [("about 30 metres", 30, "metre", "approximately"), ("30 metres", 30, "metre", "exact")]),
    ("Japan recognised 303 refugees last year out of 13,823 applications, a rate of 2.2%.",
     [("303", 303, "refugees", "exact"), ("13,823", 13823, "applications", "exact"), ("2.2%", 2.2, "percent", "exact")]),
    ("South Africa's Refugee Appeal Authority has a backlog of 153,000 cases, which officials say could take 68 years to clear.",
     [("153,000", 153000, "cases", "exact")]),
    ("Ireland pays international protection applicants €38.80 a week, with €29.80 for each child.",
     [("€38.80", 38.8, "EUR", "exact"), ("€29.80", 29.8, "EUR", "exact")]),
    ("Sweden will raise its voluntary return grant to SEK 350,000 per person from January.",
     [("SEK 350,000", 350000, "SEK", "exact")]),
    ("Denmark's parliament voted 70 to 24 to allow asylum processing outside Europe.",
     [("70", 70, None, "exact"), ("24", 24, None, "exact")]),
    ("The Dutch reception agency COA needs between 8,000 and 10,000 extra places before the summer.",
     [("between 8,000 and 10,000", (8000, 10000), "places", "exact")]),
    ("France granted protection to 37% of applicants at first instance, against 43% on appeal.",
     [("37%", 37, "percent", "exact"), ("43%", 43, "percent", "exact")]),
    ("The Italian interior ministry counted 157,651 sea arrivals, the highest figure since 2016.",
     [("157,651", 157651, "arrivals", "exact")]),
    ("Hungary was fined €200 million by the EU Court of Justice, plus €1 million for each day of delay.",
     [("€200 million", 2e8, "EUR", "exact"), ("€1 million", 1e6, "EUR", "exact")]),
    ("Australia's humanitarian program has a ceiling of 20,000 places in 2024-25.",
     [("20,000", 20000, "places", "exact")]),
    ("New Zealand doubled its refugee quota to 1,500 places a year in 2020.",
     [("1,500", 1500, "places", "exact")]),
    ("Turkey has received €9.5 billion from the EU since 2016 to support the refugees it hosts.",
     [("€9.5 billion", 9.5e9, "EUR", "exact")]),
    ("Nearly 3,000 people died or went missing in the Mediterranean last year, the IOM said.",
     [("Nearly 3,000", 3000, "people", "approximately")]),
    ("Libya's coastguard intercepted 17,190 people at sea and returned them to detention centres near Tripoli.",
     [("17,190", 17190, "people", "exact")]),
    ("The Rohingya response plan sought $876 million but was only 51 percent funded.",
     [("$876 million", 8.76e8, "USD", "exact"), ("51 percent", 51, "percent", "only")]),
    ("Each returnee receives a reintegration package worth up to €3,000 in Nigeria or Senegal.",
     [("up to €3,000", 3000, "EUR", "up_to")]),
    ("Dozens of migrants were stranded on the border between Belarus and Lithuania for several weeks.",
     [("Dozens", None, None, "vague")]),
    ("Tens of thousands of Afghans were flown out of Kabul in August 2021.",
     [("Tens of thousands", None, None, "vague")]),
    ("The Greek asylum service aims to cut waiting times from 12 months to three.",
     []),
    ("About two-thirds of those arriving in Lampedusa had set off from Tunisia.",
     [("About two-thirds", 2 / 3, "", "approximately")]),
    ("One in five asylum seekers in Belgium was left without a reception place last winter.",
     [("One in five", 0.2, "", "exact")]),
    ("Frontex's budget grew to €845 million, from just €6 million when the agency was founded in 2004.",
     [("€845 million", 8.45e8, "EUR", "exact"), ("just €6 million", 6e6, "EUR", "only")]),
    ("Costs for a single removal flight to Pakistan ranged from £250,000 to £400,000.",
     [("£250,000 to £400,000", (250000, 400000), "GBP", "exact")]),
    ("Asylum seekers in Austria receive a monthly allowance of €40 in pocket money.",
     [("€40", 40, "EUR", "exact")]),
    ("The average decision took 14.5 months in Cyprus, compared with 6.2 months across the EU.",
     []),
    ("The number of pending cases at US immigration courts passed three million for the first time.",
     [("three million", 3e6, "cases", "exact")]),
    ("Chile expelled 2,200 foreigners last year, most of them Venezuelan and Colombian nationals.",
     [("2,200", 2200, "foreigners", "exact")]),
    ("The share of applications granted fell by 9 percentage points, to 41%.",
     [("9 percentage points", 9, "percentage points", "exact"), ("41%", 41, "percent", "exact")]),
    ("The new centre near Bihać in Bosnia has room for 1,500 people in 200 containers.",
     [("1,500", 1500, "people", "exact"), ("200", 200, "containers", "exact")]),
    ("The Swiss State Secretariat for Migration expects 24,000 to 30,000 asylum applications this year.",
     [("24,000 to 30,000", (24000, 30000), "applications", "exact")]),
    ("At least 61 people drowned when a boat capsized off the coast of Libya on Saturday.",
     [("At least 61", 61, "people", "more_than")]),
    ("Norway's government set aside NOK 2.3 billion for the reception of Ukrainians.",
     [("NOK 2.3 billion", 2.3e9, "NOK", "exact")]),
    ("The Finnish border at Vaalimaa is 190 kilometres from Helsinki.",
     [("190 kilometres", 190, "kilometre", "exact")]),
    ("Portugal issued some 180,000 residence permits under its regularisation scheme.",
     [("some 180,000", 180000, "permits", "approximately")]),
    ("Each of the 27 member states will have to take in a share or pay €20,000 per person not relocated.",
     [("27", 27, "states", "exact"), ("€20,000", 20000, "EUR", "exact")]),
    ("The fee for a family reunion application in Denmark is DKK 9,290.",
     [("DKK 9,290", 9290, "DKK", "exact")]),
    ("Under the cap, no more than 2,000 Afghans may be resettled in any one month.",
     [("no more than 2,000", 2000, "Afghans", "less_than")]),
    ("Ethiopia hosts almost a million refugees, mostly from South Sudan, Somalia and Eritrea.",
     [("almost a million", 1e6, "refugees", "approximately")]),
    ("The daily allowance for asylum seekers in the Czech Republic is CZK 180 per day.",
     [("CZK 180", 180, "CZK", "exact")]),
    ("Article 31 of the Refugee Convention protects refugees from penalties for illegal entry.",
     []),
    ("UN Security Council Resolution 2240 authorised the inspection of vessels off Libya.",
     []),
    ("The government of Rwanda was paid £240 million before a single flight had left.",
     [("£240 million", 2.4e8, "GBP", "exact")]),
    ("Officials in Lesbos said the fire destroyed homes for 12,700 people at the Moria camp.",
     [("12,700", 12700, "people", "exact")]),
    ("Thailand holds roughly 90,000 Myanmar refugees in nine camps along the border.",
     [("roughly 90,000", 90000, "refugees", "approximately"), ("nine", 9, "camps", "exact")]),
    ("The number of Ukrainians under temporary protection in Germany rose to 1.17 million, a rise of 4.6%.",
     [("1.17 million", 1.17e6, None, "exact"), ("4.6%", 4.6, "percent", "exact")]),
    ("Asylum claims from Georgians fell by 40 per cent after the country was declared safe.",
     [("40 per cent", 40, "percent", "exact")]),
    ("Five hundred and twelve people were rescued by the Ocean Viking in three operations.",
     [("Five hundred and twelve", 512, "people", "exact"), ("three", 3, "operations", "exact")]),
    ("The US refugee admissions ceiling for fiscal year 2024 was set at 125,000.",
     [("125,000", 125000, None, "exact")]),
    ("Malta's detention centre at Safi can hold 400 to 500 detainees.",
     [("400 to 500", (400, 500), "detainees", "exact")]),
]


def half(sentence: str) -> str:
    return "dev" if int(hashlib.md5(sentence.encode()).hexdigest(), 16) % 2 == 0 else "aside"


def _nan(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def _unit_ok(want, r) -> bool:
    if want is None:
        return True
    u, c = str(r.get("unit") or ""), str(r.get("counted") or "")
    if want in ("", "times", "percent", "percentage points") or want.isupper() or " " not in want and want in {
            "hectare", "kilometre", "metre", "mile"}:
        return u == want
    return want.lower() in u.lower() or want.lower() in c.lower()


def main() -> int:
    return run(S, sys.argv[1] if len(sys.argv) > 1 else "dev")


def run(sentences, part: str) -> int:
    """Score the ``part`` half of ``sentences`` (the probes' scoring; DEV misses printed)."""
    from dossier import nlp as nlp_mod, reference
    from dossier.extract import analyse
    from dossier.evaluate.gold import DURATION_UNITS, qualifier

    ref = reference.load()
    nlp = nlp_mod.pipeline(ref.version)
    gold_n = rows_n = hits = unit_hits = qual_ok = 0
    texts = 0
    for sentence, labels in sentences:
        if half(sentence) != part:
            continue
        texts += 1
        doc = nlp(sentence)
        rows = analyse(doc, {"published": "2026-12-03", "publisher": None, "para_starts": [0]}, ref)["quantities"]
        used: set[int] = set()
        notes = []
        for surface, value, unit, qual in labels:
            gold_n += 1
            low, high = value if isinstance(value, tuple) else (value, None)
            m = None
            for j, r in enumerate(rows):
                if j in used:
                    continue
                if low is None:
                    if (_nan(r["value"]) or r["qualifier"] == "vague") and surface.lower().split()[0] in r["text"].lower():
                        m = j
                        break
                elif not _nan(r["value"]) and math.isclose(float(r["value"]), low, rel_tol=1e-6):
                    m = j
                    break
            if m is None:
                notes.append(f"MISS {surface} = {value}")
                continue
            used.add(m)
            hits += 1
            r = rows[m]
            high_ok = high is None or (not _nan(r.get("value_high")) and math.isclose(float(r["value_high"]), high))
            if _unit_ok(unit, r) and high_ok:
                unit_hits += 1
            else:
                notes.append(f"UNIT {surface}: want {unit!r} {high} got {r['unit']!r} / {r.get('counted')!r} {r.get('value_high')}")
            if qualifier(r["qualifier"]) == qualifier(qual):
                qual_ok += 1
            else:
                notes.append(f"QUAL {surface}: want {qual} got {r['qualifier']}")
        for j, r in enumerate(rows):
            if j in used or r["kind"] == "duration" or str(r.get("unit") or "").lower() in DURATION_UNITS:
                continue
            rows_n += 1
            notes.append(f"SPUR {r['text']!r} = {r['value']} {r['unit']} {r['kind']}")
        if part == "dev" and notes:
            print(sentence, "\n    " + "\n    ".join(notes))
    rows_n += hits
    f1 = lambda h: 2 * h / (gold_n + rows_n) if gold_n + rows_n else 0.0
    print(f"{part}: {texts} sentences, gold {gold_n}, rows {rows_n}, value F1 {f1(hits):.3f}, "
          f"value+unit F1 {f1(unit_hits):.3f}, qualifier {qual_ok}/{hits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
