"""Third claims probe on whole migration-policy documents, in registers and countries neither the
first (``claims_migration.py``) nor the second probe (``claims_migration2.py``) covered: who states
each figure (source) and how firmly (status). Written 2026-12-03 (night, sixth claims session) by a
helper; every figure was labelled by ``tests/claims_gold/README.md`` and the conventions below before
any output of the pipeline on these texts was seen, and the file was saved before its first run.

    python benchmarks/probes/claims_migration3.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration3.py aside   # score only (the held-out half)

Twenty documents of 5-12 sentences (or lines), written for this probe in the style of their register
(names of officials and of small bodies are illustrative): an interior ministry's daily statistical
dashboard (Italy), a wire story on a coastguard statement (Libya), a remittance story (Bangladesh), a
migration institute's statement (Mexico), a border story (Ceuta), a Security Council meeting record, a
think-tank modelling paper, a city council's cabinet report, an NGO's rebuttal of a minister's figures,
a tabloid story, a migration authority's report (Colombia), a central bank's box on population, a
parliamentary budget officer's cost estimate (Canada), a local paper on a reception-centre protest
(Ireland), a press briefing transcript (US), a party manifesto, an academic abstract, a contractor's
annual report, a labour-migration story (Nepal) and a federal police release (Germany). DEV / ASIDE is
``md5(text) % 2`` (0 = DEV), as in the first two probes; DEV is read while fixing classes, ASIDE is only
ever scored, once, aggregate only.

Labels (README of tests/claims_gold, the conventions of the first two probes, and these, decided before
running):
- every count, amount, percentage, rate, target, cap and distance is labelled; durations, ages, years,
  times of day, meeting and case numbers are not (a row for them is not scored);
- the status order is the README's, the first that applies: disputed > projected > hedged > estimated >
  attributed > stated. So a future value is *projected* even under "could" when the sentence gives its
  future time ("could arrive by the end of the year"); "could / may / might" without one is *hedged*;
  "would" of a predicted effect ("clearing it would save ...") is *projected*;
- a bound ("more than", "at least", "fewer than", "as many as" without a modal) is not an estimate;
  "around", "about", "some", "roughly", "up to", "approximately", "nearer", "an estimated", "we estimate"
  are; "is said to" is *hedged* (as "reportedly");
- a figure a source "claims", or one the publisher or the next speaker rejects ("That figure is out of
  date", "In fact, ...", "That's a fake number") is *disputed*;
- a debate, briefing or interview turn ("Name: ...") is its speaker's own statement (*stated*), and a
  figure the speaker gives as another body's is that body's; a minister quoted in the body's own release
  is *attributed*; "we" in a body's own paper or report is the publisher's voice;
- a headline's figure is the publisher's own voice unless the headline quotes someone ("X says ...");
- a figure in a capacity ("built for 132 children") is as firm as its clause; a forecast or target
  someone else set, repeated by the publisher, is *projected*;
- a figure with no claim row counts against both accuracies (a quantities problem, listed apart).
"""

from __future__ import annotations

P = "@publisher"

IT = [P, "Ministry of the Interior", "italy"]
LY = ["Libyan coastguard", "Libya's coastguard", "coastguard", "the force", "libya"]
IOM = ["international-organization-for-migration", "IOM", "The International Organization for Migration"]
BB = ["Bangladesh Bank", "central bank", "The central bank", "bangladesh"]
MX = [P, "National Institute of Migration", "INM", "Instituto Nacional de Migración", "mexico"]
ES_DEL = ["The Spanish government delegation in Ceuta", "Spanish government delegation in Ceuta",
          "Spanish government delegation", "government delegation"]
CEUTA = ["the city's government", "city's government", "Ceuta"]
TETTEH = ["Ms. Tetteh", "Tetteh"]
FLETCHER = ["Mr. Fletcher", "Fletcher"]
TT = [P, "Migration Policy Lab"]
COUNCIL = [P, "Northfield City Council", "council", "The council"]
UK = ["uk-government", "government", "The government's own accounts", "government's own accounts"]
MIN = ["the Immigration Minister", "Immigration Minister", "Minister", "The Minister"]
HO = ["home-office", "Home Office"]
CO = [P, "Migración Colombia", "colombia"]
RBA = [P, "Reserve Bank of Australia", "RBA"]
ABS = ["Australian Bureau of Statistics", "ABS"]
PBO = [P, "Office of the Parliamentary Budget Officer", "Parliamentary Budget Officer", "PBO"]
DEPT = ["The Department of Integration", "Department of Integration", "A spokeswoman", "spokeswoman"]
HOWARD = ["Local councillor Mary Howard", "Mary Howard", "Howard"]
PS = ["Press Secretary", "The White House", P]
PARTY = [P, "Progress Party"]
JOUR = [P, "Journal of Ethnic and Migration Studies"]
SERCO = [P, "Serco", "Serco Group"]
NP_BOARD = ["Foreign Employment Board", "the Foreign Employment Board", "the board", "board"]
NP = [P, "The Kathmandu Post"]
BPOL = [P, "Bundespolizei", "Federal Police", "the Federal Police"]
DOBRINDT = ["Federal Interior Minister Alexander Dobrindt", "Alexander Dobrindt", "Dobrindt"]

DOCS = [
    dict(id="italy-viminale-dashboard", publisher="Ministry of the Interior (Italy)", published="2025-11-20", text=(
        "Statistical dashboard: daily data, 20 November 2025\n\n"
        "Migrants landed from 1 January 2025 to 20 November 2025: 59,832. In the same period of 2024: 62,410; "
        "of 2023: 145,314.\n\n"
        "Unaccompanied foreign minors landed in 2025: 8,917.\n\n"
        "Migrants in the reception system as of 15 November 2025: 134,208, of whom 1,012 in hotspots, 96,745 in "
        "reception centres and 36,451 in the SAI network.\n\n"
        "Main declared nationalities at landing: Bangladesh 19,203; Eritrea 7,155; Egypt 6,890.\n\n"
        "The data are provisional and subject to change.\n"),
     claims=[("59,832", 59832, IT, "stated"), ("62,410", 62410, IT, "stated"), ("145,314", 145314, IT, "stated"),
             ("8,917", 8917, IT, "stated"), ("134,208", 134208, IT, "stated"), ("1,012", 1012, IT, "stated"),
             ("96,745", 96745, IT, "stated"), ("36,451", 36451, IT, "stated"), ("19,203", 19203, IT, "stated"),
             ("7,155", 7155, IT, "stated"), ("6,890", 6890, IT, "stated")]),
    dict(id="libya-coastguard-wire", publisher="Reuters", published="2025-08-04", text=(
        "Libyan coastguard says it intercepted 1,200 migrants in a week\n\n"
        "TRIPOLI, Aug 4 (Reuters) - Libya's coastguard intercepted about 1,200 migrants off the western coast in the "
        "past week and returned them to Tripoli, the force said in a statement on Monday.\n\n"
        "The statement said the migrants were travelling in 14 boats and that 37 women and 11 children were among "
        "them. It did not say how many had died.\n\n"
        "The International Organization for Migration said at least 61 people were reported dead or missing off "
        "Libya in the same week, and that more than 13,500 people had been intercepted and returned so far this "
        "year.\n\n"
        "Human rights groups say those returned face arbitrary detention. A coastguard spokesman, who declined to be "
        "named, said the force would receive 10 new patrol boats from Italy by the end of the year.\n"),
     claims=[("1,200 migrants", 1200, LY, "attributed"), ("1,200 migrants", 1200, LY, "estimated"),
             ("14 boats", 14, LY, "attributed"), ("37 women", 37, LY, "attributed"),
             ("11 children", 11, LY, "attributed"), ("61 people", 61, IOM, "attributed"),
             ("13,500 people", 13500, IOM, "attributed"),
             ("10 new patrol boats", 10, LY + ["A coastguard spokesman", "coastguard spokesman"], "projected")]),
    dict(id="bangladesh-remittances", publisher="The Daily Star (Bangladesh)", published="2025-07-02", text=(
        "Remittances hit record $30.3 billion in FY25\n\n"
        "Migrant workers sent home a record $30.3 billion in the fiscal year that ended in June, up 26.8 percent "
        "from the previous year, according to data released by Bangladesh Bank on Tuesday.\n\n"
        "Inflows in June alone stood at $2.82 billion, the central bank's data showed. Bankers said the crackdown on "
        "informal hundi channels had pushed more money through banks.\n\n"
        "The Bureau of Manpower, Employment and Training says around 1 million workers went abroad for jobs in "
        "2024, most of them to Saudi Arabia.\n\n"
        "The central bank expects remittances to exceed $32 billion in the current fiscal year. Economists warn that "
        "a slowdown in the Gulf could cut inflows by as much as 10 percent.\n"),
     claims=[("$30.3 billion", 30.3e9, [P], "stated"), ("$30.3 billion", 30.3e9, BB, "attributed"),
             ("26.8 percent", 26.8, BB, "attributed"), ("$2.82 billion", 2.82e9, BB, "attributed"),
             ("1 million workers", 1e6, ["Bureau of Manpower, Employment and Training",
                                         "The Bureau of Manpower, Employment and Training", "BMET"], "estimated"),
             ("$32 billion", 32e9, BB, "projected"), ("10 percent", 10, ["Economists"], "hedged")]),
    dict(id="mexico-inm-statement", publisher="Instituto Nacional de Migración", published="2025-04-10", text=(
        "Statement: INM migration activity, first quarter of 2025\n\n"
        "The National Institute of Migration (INM) reports that in the first quarter of 2025 it attended to 48,700 "
        "foreign nationals in an irregular situation, 71% fewer than in the same period of 2024.\n\n"
        "Through the assisted return programme, 2,140 people returned to their countries of origin. The INM has 31 "
        "migration stations operating in 22 states of the Republic.\n\n"
        "The Institute will open 4 new offices on the southern border during 2025 to speed up the issuing of visitor "
        "cards for humanitarian reasons. Civil society organisations estimate that some 10,000 people are waiting in "
        "Tapachula for a document.\n"),
     claims=[("48,700", 48700, MX, "stated"), ("71%", 71, MX, "stated"), ("2,140 people", 2140, MX, "stated"),
             ("31 migration stations", 31, MX, "stated"), ("22 states", 22, MX, "stated"),
             ("4 new offices", 4, MX, "projected"),
             ("10,000 people", 10000, ["Civil society organisations"], "estimated")]),
    dict(id="ceuta-fog-swimmers", publisher="Euronews", published="2025-08-27", text=(
        "Hundreds swim to Ceuta as fog covers border\n\n"
        "More than 800 people, many of them teenagers, tried to swim from Morocco to the Spanish enclave of Ceuta "
        "over the weekend, taking advantage of thick fog, Spanish officials said.\n\n"
        "The Spanish government delegation in Ceuta said 312 people had reached the beach and that 58 of them were "
        "minors. Most of the adults were returned to Morocco within hours under a 1992 readmission agreement.\n\n"
        "Moroccan authorities said they had stopped 4,455 attempts to cross into Ceuta in August alone. The figure "
        "could not be independently verified.\n\n"
        "Ceuta's centres for minors, built for 132 children, now house about 400, according to the city's "
        "government, which has asked Madrid to move 200 of them to the mainland.\n"),
     claims=[("Hundreds", None, [P], "stated", True),
             ("800 people", 800, ["Spanish officials"], "attributed"), ("312 people", 312, ES_DEL, "attributed"),
             ("58", 58, ES_DEL, "attributed"),
             ("4,455 attempts", 4455, ["Moroccan authorities", "morocco"], "attributed"),
             ("132 children", 132, CEUTA, "attributed"), ("about 400", 400, CEUTA, "estimated"),
             ("200", 200, CEUTA, "projected")]),
    dict(id="unsc-libya-briefing", publisher="United Nations Security Council", published="2025-09-18", text=(
        "Security Council, 9950th meeting: The situation in Libya\n\n"
        "Ms. Tetteh (Special Representative of the Secretary-General): Mr. President, the situation of migrants "
        "in Libya remains dire. We have recorded 4,300 people held in official detention centres, and we believe "
        "several thousand more are held in facilities run by armed groups.\n\n"
        "Mr. Fletcher (Under-Secretary-General for Humanitarian Affairs): Our appeal for Libya is only 18 per cent "
        "funded. Without new money, some 250,000 people will lose access to health care by December.\n\n"
        "Mr. Nebenzia (Russian Federation): The figures we hear today ignore the 700,000 migrants that Libya itself "
        "says it hosts.\n\n"
        "The President: I thank Mr. Nebenzia for his statement.\n"),
     claims=[("4,300 people", 4300, TETTEH, "stated"),
             ("several thousand", None, TETTEH, "hedged", True),
             ("18 per cent", 18, FLETCHER, "stated"), ("250,000 people", 250000, FLETCHER, "projected"),
             ("700,000 migrants", 700000, ["Libya", "libya"], "attributed")]),
    dict(id="thinktank-salary-threshold", publisher="Migration Policy Lab", published="2025-05-14", text=(
        "Modelling the fiscal effect of the skilled-worker salary threshold\n\n"
        "Summary\n\n"
        "The salary threshold for skilled workers rose to £38,700 in April 2024. We estimate that the rise will "
        "reduce skilled-worker visas by 42,000 a year. Under our central scenario, net migration falls to 340,000 by "
        "2028; under the high scenario it stays above 450,000.\n\n"
        "The Office for Budget Responsibility assumed net migration of 315,000 a year in its March forecast. Our "
        "model suggests the lost tax receipts could reach £1.6 billion a year.\n\n"
        "In 2024, 83,000 skilled-worker visas were granted to main applicants, according to Home Office "
        "statistics. Roughly 18% of them were for care workers.\n"),
     claims=[("£38,700", 38700, TT, "stated"), ("42,000", 42000, TT, "projected"),
             ("340,000", 340000, TT, "projected"), ("450,000", 450000, TT, "projected"),
             ("315,000", 315000, ["Office for Budget Responsibility", "The Office for Budget Responsibility", "OBR"],
              "projected"),
             ("£1.6 billion", 1.6e9, TT, "hedged"), ("83,000", 83000, HO, "attributed"),
             ("18%", 18, TT + HO, "estimated")]),
    dict(id="council-cabinet-asylum", publisher="Northfield City Council", published="2025-03-06", text=(
        "Report to Cabinet: Asylum dispersal and the use of hotels\n\n"
        "1. Purpose\n\n"
        "This report updates Cabinet on the number of asylum seekers accommodated in the city and the cost to "
        "council services.\n\n"
        "2. Current position\n\n"
        "As at 31 January 2025, 1,146 asylum seekers were accommodated in the city, 402 of them in two contingency "
        "hotels. The Home Office's dispersal target for the city is 1,480 by March 2026.\n\n"
        "The council receives a grant of £3,500 per dispersed person. Officers estimate that the real cost to "
        "council services is nearer £5,200 per person.\n\n"
        "3. Recommendations\n\n"
        "Cabinet is asked to approve £250,000 from reserves for a support team of 6 officers.\n"),
     claims=[("1,146", 1146, COUNCIL, "stated"), ("402", 402, COUNCIL, "stated"),
             ("1,480", 1480, COUNCIL + HO, "projected"), ("£3,500", 3500, COUNCIL, "stated"),
             ("£5,200", 5200, COUNCIL + ["Officers"], "estimated"), ("£250,000", 250000, COUNCIL, "projected"),
             ("6 officers", 6, COUNCIL, "projected")]),
    dict(id="ngo-rebuttal-hotel-costs", publisher="Refugee Action Network", published="2025-06-02", text=(
        "Our response to the Minister's claims on asylum costs\n\n"
        "On Sunday the Immigration Minister claimed that asylum seekers cost taxpayers £8 million a day in hotels. "
        "That figure is out of date.\n\n"
        "The government's own accounts show that hotel spending fell to £5.5 million a day in the last quarter, and "
        "that the number of hotels in use dropped from more than 400 to 210.\n\n"
        "The Minister also said that 90% of small-boat arrivals are economic migrants. In fact, 61% of those whose "
        "claims were decided last year were granted protection at first instance, according to Home Office "
        "statistics.\n\n"
        "The backlog stood at 90,000 cases in March. We estimate that clearing it would save around £1 billion a "
        "year.\n"),
     claims=[("£8 million", 8e6, MIN, "disputed"), ("£5.5 million", 5.5e6, UK, "attributed"),
             ("400", 400, UK, "attributed"), ("210", 210, UK, "attributed"), ("90%", 90, MIN, "disputed"),
             ("61%", 61, HO, "attributed"), ("90,000 cases", 90000, [P, "Refugee Action Network"], "stated"),
             ("£1 billion", 1e9, [P, "Refugee Action Network"], "projected")]),
    dict(id="tabloid-hotel-bill", publisher="The Daily Post", published="2025-08-11", text=(
        "MIGRANT HOTEL BILL SOARS TO £4.5M A DAY\n\n"
        "TAXPAYERS are forking out a staggering £4.5million every day to house asylum seekers in hotels, Home Office "
        "figures show.\n\n"
        "More than 32,000 migrants are now living in 210 hotels across the country, the Home Office admitted last "
        "night.\n\n"
        "One four-star hotel in Essex is said to be getting £150 a night per room. Locals claim up to 300 young men "
        "have been moved in since June.\n\n"
        "Tory MP Jack Stone fumed: \"This is madness. Some 50,000 more could arrive by the end of the year.\"\n"),
     claims=[("£4.5M", 4.5e6, [P], "stated"), ("£4.5million", 4.5e6, HO, "attributed"),
             ("32,000 migrants", 32000, HO, "attributed"), ("210 hotels", 210, HO, "attributed"),
             ("£150", 150, [P], "hedged"), ("300 young men", 300, ["Locals"], "disputed"),
             ("50,000 more", 50000, ["Tory MP Jack Stone", "Jack Stone", "Stone"], "projected")]),
    dict(id="colombia-venezuelans-report", publisher="Migración Colombia", published="2025-02-20", text=(
        "Migración Colombia presents its report on Venezuelans in Colombia\n\n"
        "As of 31 December 2024, 2,813,000 Venezuelan migrants were living in Colombia, of whom 2,070,000 hold a "
        "Temporary Protection Permit (PPT). Bogotá is home to 20.4% of them.\n\n"
        "The Director General said the entity had issued more than 1.9 million permits since 2021 and that it hopes "
        "to deliver 150,000 more in the first half of 2025.\n\n"
        "According to the Interagency Coordination Platform R4V, about 7.9 million Venezuelans have left their "
        "country.\n"),
     claims=[("2,813,000", 2813000, CO, "stated"), ("2,070,000", 2070000, CO, "stated"), ("20.4%", 20.4, CO, "stated"),
             ("1.9 million", 1.9e6, ["The Director General", "Director General"], "attributed"),
             ("150,000 more", 150000, ["The Director General", "Director General"], "projected"),
             ("7.9 million", 7.9e6, ["Interagency Coordination Platform R4V", "R4V",
                                     "the Interagency Coordination Platform R4V"], "estimated")]),
    dict(id="rba-population-box", publisher="Reserve Bank of Australia", published="2025-02-18", text=(
        "Statement on Monetary Policy, February 2025. Box B: Population growth and the labour market\n\n"
        "Net overseas migration added around 446,000 people to the population in the year to June 2024, down from a "
        "peak of 536,000 a year earlier, according to the Australian Bureau of Statistics.\n\n"
        "The Government's forecast in the Budget is for net overseas migration to fall to 260,000 in 2024/25. Our "
        "central forecast assumes population growth of 1.6 per cent over 2025.\n\n"
        "Student visa grants were 14 per cent lower than a year earlier. Liaison with firms suggests that labour "
        "shortages may have eased in some sectors.\n"),
     claims=[("446,000", 446000, ABS, "estimated"), ("536,000", 536000, ABS, "attributed"),
             ("260,000", 260000, RBA + ["The Government", "Government", "australia", "australian-government"],
              "projected"),
             ("1.6 per cent", 1.6, RBA, "projected"), ("14 per cent", 14, RBA, "stated")]),
    dict(id="pbo-ifhp-cost", publisher="Office of the Parliamentary Budget Officer", published="2025-03-13", text=(
        "Cost estimate: Interim Federal Health Program\n\n"
        "The Interim Federal Health Program (IFHP) provides temporary health coverage to asylum claimants. In "
        "2023-24, the program covered 395,000 beneficiaries at a cost of $1.1 billion.\n\n"
        "PBO estimates that program costs will reach $1.8 billion in 2026-27, assuming the number of beneficiaries "
        "grows to 520,000. Immigration, Refugees and Citizenship Canada projects a lower figure of $1.4 billion.\n\n"
        "The average cost per beneficiary was approximately $2,800 in 2023-24.\n"),
     claims=[("395,000", 395000, PBO, "stated"), ("$1.1 billion", 1.1e9, PBO, "stated"),
             ("$1.8 billion", 1.8e9, PBO, "projected"), ("520,000", 520000, PBO, "projected"),
             ("$1.4 billion", 1.4e9, ["Immigration, Refugees and Citizenship Canada", "IRCC"], "projected"),
             ("$2,800", 2800, PBO, "estimated")]),
    dict(id="clare-protest-centre", publisher="The Clare Champion", published="2025-01-17", text=(
        "Protest over plan for 160 asylum seekers in former hotel\n\n"
        "About 300 people attended a protest in Ennistymon on Tuesday evening against plans to house asylum seekers "
        "in the former Falls Hotel.\n\n"
        "The Department of Integration said the centre would accommodate up to 160 international protection "
        "applicants, mostly families. A spokeswoman said there were currently 32,700 people in State-provided "
        "accommodation.\n\n"
        "Local councillor Mary Howard said the town of 1,200 people had one GP and that its school was already over "
        "capacity by 40 pupils. Organisers claimed that more than 2,000 people had signed a petition.\n"),
     claims=[("160 asylum seekers", 160, [P], "projected"), ("300 people", 300, [P], "estimated"),
             ("160 international", 160, DEPT, "projected"), ("32,700 people", 32700, DEPT, "attributed"),
             ("1,200 people", 1200, HOWARD, "attributed"), ("one GP", 1, HOWARD, "attributed", True),
             ("40 pupils", 40, HOWARD, "attributed"), ("2,000 people", 2000, ["Organisers"], "disputed")]),
    dict(id="whitehouse-press-briefing", publisher="The White House", published="2025-06-10", text=(
        "Press Briefing by the Press Secretary\n\n"
        "Press Secretary: Good afternoon. Yesterday ICE arrested 2,000 illegal aliens across the country. Under this "
        "administration, more than 150,000 criminal illegal aliens have been removed.\n\n"
        "Q: The Cato Institute says 65 percent of those detained have no criminal conviction. Is that right?\n\n"
        "Press Secretary: That's a fake number. Every one of them broke the law. And the President has asked "
        "Congress for $45 billion to expand detention to 100,000 beds.\n\n"
        "Q: How many people are in detention today?\n\n"
        "Press Secretary: Roughly 56,000, and that number is going up.\n"),
     claims=[("2,000 illegal aliens", 2000, PS, "stated"), ("150,000", 150000, PS, "stated"),
             ("65 percent", 65, ["The Cato Institute", "Cato Institute"], "disputed"),
             ("$45 billion", 45e9, PS + ["the President", "President"], "projected"),
             ("100,000 beds", 100000, PS + ["the President", "President"], "projected"),
             ("56,000", 56000, PS, "estimated")]),
    dict(id="party-manifesto-immigration", publisher="Progress Party", published="2025-04-01", text=(
        "Our plan for a fair and controlled immigration system\n\n"
        "We will hire 1,000 more asylum caseworkers and clear the backlog within a year. We will end the use of "
        "asylum hotels, which cost £3 billion last year.\n\n"
        "Net migration reached 906,000 in the year to June 2023, the highest level ever recorded. We will bring it "
        "down to below 300,000 by the end of the Parliament.\n\n"
        "We will create 10,000 places on safe and legal routes each year, funded by a levy of £600 on every work "
        "visa.\n"),
     claims=[("1,000 more", 1000, PARTY, "projected"), ("£3 billion", 3e9, PARTY, "stated"),
             ("906,000", 906000, PARTY, "stated"), ("300,000", 300000, PARTY, "projected"),
             ("10,000 places", 10000, PARTY, "projected"), ("£600", 600, PARTY, "projected")]),
    dict(id="journal-abstract-recognition", publisher="Journal of Ethnic and Migration Studies",
         published="2025-05-20", text=(
        "Abstract\n\n"
        "Using administrative data on 1.2 million asylum decisions in 28 European countries between 2015 and 2022, "
        "we find that recognition rates differ widely. Applicants from the same country were up to 40 percentage "
        "points more likely to be granted protection in some countries than in others.\n\n"
        "A one-standard-deviation increase in the local unemployment rate lowers the probability of recognition by "
        "3.1 percentage points. Earlier studies have suggested that as many as one in five decisions are overturned "
        "on appeal.\n\n"
        "Our estimates imply that about 60,000 decisions a year may be affected by such disparities.\n"),
     claims=[("1.2 million", 1.2e6, JOUR, "stated"), ("28 European countries", 28, JOUR, "stated"),
             ("40 percentage points", 40, JOUR, "estimated"), ("3.1 percentage points", 3.1, JOUR, "stated"),
             ("one in five", None, ["Earlier studies"], "attributed", True),
             ("60,000 decisions", 60000, JOUR, "hedged")]),
    dict(id="serco-annual-report", publisher="Serco Group", published="2025-03-27", text=(
        "Annual Report 2024: Immigration services\n\n"
        "Under the Asylum Accommodation and Support Services Contract, we housed an average of 31,000 asylum seekers "
        "on any given night in 2024, in around 8,300 properties. Revenue from the contract was £1.2 billion.\n\n"
        "The Home Office has told us it intends to exit all contingency hotels by 2029. We expect the number of "
        "people we accommodate to fall by about 15% in 2025.\n\n"
        "We received 2,318 complaints about property condition, of which 92% were resolved within the contractual "
        "timescale.\n"),
     claims=[("31,000", 31000, SERCO, "stated"), ("8,300 properties", 8300, SERCO, "estimated"),
             ("£1.2 billion", 1.2e9, SERCO, "stated"), ("15%", 15, SERCO, "projected"),
             ("2,318 complaints", 2318, SERCO, "stated"), ("92%", 92, SERCO, "stated")]),
    dict(id="nepal-worker-deaths", publisher="The Kathmandu Post", published="2025-01-08", text=(
        "Bodies of 1,040 migrant workers returned last fiscal year\n\n"
        "The bodies of 1,040 Nepali migrant workers were brought home in the last fiscal year, according to the "
        "Foreign Employment Board. Of them, 389 had died in Malaysia and 283 in Saudi Arabia, the board said.\n\n"
        "The board paid compensation of Rs 700,000 to each of the families. Rights activists say the real number of "
        "deaths is higher, because many workers go abroad without labour permits.\n\n"
        "Nepal issued 741,297 labour permits in the last fiscal year. The Department of Foreign Employment plans to "
        "open 7 new labour desks in the Gulf this year.\n"),
     claims=[("1,040", 1040, NP, "stated"), ("1,040", 1040, NP_BOARD, "attributed"),
             ("389", 389, NP_BOARD, "attributed"), ("283", 283, NP_BOARD, "attributed"),
             ("Rs 700,000", 700000, NP, "stated"), ("741,297", 741297, NP, "stated"),
             ("7 new labour desks", 7, NP + ["Department of Foreign Employment",
                                             "The Department of Foreign Employment"], "projected")]),
    dict(id="bundespolizei-border-controls", publisher="Bundespolizei", published="2025-09-05", text=(
        "Four months of intensified border controls: Federal Police take stock\n\n"
        "Since 8 May 2025, the Federal Police have refused entry to 9,254 people at Germany's land borders, "
        "including 285 asylum seekers. In the same period, 617 suspected smugglers were arrested.\n\n"
        "Federal Interior Minister Alexander Dobrindt said: \"The controls are working. Irregular entries have "
        "fallen by around 30 percent.\"\n\n"
        "About 14,000 officers are deployed at the borders each day. The police union GdP warns that the force "
        "cannot keep up this deployment for more than a few months and says 3,000 officers are missing.\n"),
     claims=[("9,254 people", 9254, BPOL, "stated"), ("285 asylum seekers", 285, BPOL, "stated"),
             ("617 suspected smugglers", 617, BPOL, "stated"), ("30 percent", 30, DOBRINDT, "estimated"),
             ("14,000 officers", 14000, BPOL, "estimated"),
             ("3,000 officers", 3000, ["The police union GdP", "police union GdP", "GdP"], "attributed")]),
]


def main() -> int:
    from claims_migration import run  # the first probe's split rule and scoring

    return run(DOCS, "claims_migration3.py")


if __name__ == "__main__":
    raise SystemExit(main())
