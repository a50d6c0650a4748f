"""Second claims probe on whole migration-policy documents, in registers and countries the first
probe (``claims_migration.py``) did not cover: who states each figure (source) and how firmly
(status). Written 2026-12-03 (evening, fifth claims session) by a helper; every figure was labelled
by ``tests/claims_gold/README.md`` and the conventions below before any output of the pipeline on
these texts was seen, and the file was saved before its first run.

    python benchmarks/probes/claims_migration2.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration2.py aside   # score only (the held-out half)

Twenty-two documents of 5-15 sentences (or lines), written for this probe in the style of their
register (names of officials are illustrative): an interior-ministry release with a table (Spain), a
coastguard bulletin (Greece), a parliamentary written answer (Ireland), situation and operational
updates of UN agencies (IOM, UNHCR), a think-tank briefing, a newspaper fact-check, a border agency's
monthly release with a table (US), a ministerial statement on a levels plan (Canada), a court press
summary (Luxembourg), an NGO report with estimates, an opinion column, a live blog, a border guard's
daily report (Poland), a wire story (Tunisia and Italy), a Commission press release, a radio
interview transcript (Sweden), a city hall release (New York), a rescue NGO's statement, a
congressional hearing, a newspaper data story (Canary Islands) and a migration authority bulletin
with a table (Türkiye). DEV / ASIDE is ``md5(text) % 2`` (0 = DEV), as in the first probe; DEV is
read while fixing classes, ASIDE is only ever scored, once, aggregate only.

Labels (README of tests/claims_gold, the first probe's conventions, and these, decided before running):
- every count, amount, percentage, rate, target, cap and distance is labelled; durations, ages,
  years, times of day, case and question numbers are not (a row for them is not scored);
- the status order is the README's: disputed > projected > hedged > estimated > attributed > stated;
- "could / may / might + a possible event" is *hedged* (a possibility, not a plan or expectation);
  "will", "expects", "plans", "aims", "target", "seeking", "is to", "by <future date>" are *projected*;
- a bound ("more than", "at least", "fewer than", "as many as" without a modal) is not an estimate;
  "around", "about", "some", "an estimated", "roughly", "up to", "approximately", "estimates" are;
- a figure the publisher or the next speaker says is wrong ("That figure is not correct", "Verdict:
  False", "disputed the figure") is *disputed* (first probe's convention), as is one a source "claims";
- a debate or interview turn ("Name: ...") is its speaker's own statement (*stated*), and a figure the
  speaker gives as another body's is that body's; a minister quoted in the ministry's own release is
  *attributed*; "our analysis", "our count", "our reporter", "we estimate" are the publisher's voice;
- a headline's figure is the publisher's own voice unless the headline quotes someone;
- a signed change in a table ("-48.8%") has the null value (the sign is a quantities matter).
- a figure with no claim row counts against both accuracies (a quantities problem, listed apart).

Label changed after the first run (a clear labelling mistake, listed in notes/claims.md): "a National
Guard spokesman said" now also accepts the body ("National Guard"), as tests/claims_polnear accepts "ICE"
for "an ICE spokeswoman".

Labels changed on 2026-12-03 (night session, notes/claims.md), to follow the README's status order (the
first that applies: *projected*, "a future value", before *hedged*): a "could" with the future time of its
value is *projected* — "migrants could add 0.5% to growth by 2030" (DEV) and "up to 1 million more could
return in 2026" (ASIDE; changed from the text and label alone, no output of the pipeline on it was seen).
"could / may / might" without such a time stays *hedged*.

Scoring is :func:`dossier.claims.gold.score_document` over the ``claims`` table of
:func:`dossier.api.analyse_texts` (with each document's publisher and date), source names from the
reference table.
"""

from __future__ import annotations

import sys

P = "@publisher"

ES = [P, "Ministry of the Interior", "spain"]
GR = [P, "Hellenic Coast Guard", "Coast Guard"]
IE_MIN = ["Mr Declan Howard", "Declan Howard", "Minister for Justice", "ireland"]
IOM = [P, "international-organization-for-migration", "IOM"]
UN = [P, "unhcr"]
EC = ["European Commission", "Commission", "european-commission"]
CBP = [P, "U.S. Customs and Border Protection", "CBP"]
CA = [P, "canada", "Government of Canada", "Immigration, Refugees and Citizenship Canada"]
CJ = [P, "Court of Justice of the European Union", "Court"]
MSF = [P, "medecins-sans-frontieres", "MSF"]
PL = [P, "Polish Border Guard", "Border Guard"]
AFP = [P, "Agence France-Presse", "AFP"]
SE = ["Johan Forssell", "Forssell", "sweden"]
NYC = [P, "Office of the Mayor", "the city", "city"]
SW = [P, "Sea-Watch"]
TR = [P, "Presidency of Migration Management", "turkey"]

DOCS = [
    dict(id="spain-interior-balance", publisher="Ministry of the Interior (Spain)", published="2025-11-04", text=(
        "Balance of irregular immigration, 1 January to 31 October 2025\n\n"
        "A total of 31,214 migrants arrived irregularly in Spain by sea and land between 1 January and 31 October, "
        "28.4% fewer than in the same period of 2024. The Canary Islands received 21,600 of them, against 32,980 a "
        "year earlier. Arrivals by land to Ceuta and Melilla rose to 2,187.\n\n"
        "The Minister of the Interior said on Tuesday that cooperation with Mauritania and Senegal \"has prevented "
        "more than 9,000 departures this year\". The Ministry expects arrivals to the Canary Islands to remain below "
        "30,000 for the whole year.\n\n"
        "Route | 2024 | 2025 | change\n"
        "Balearic Islands | 4,870 | 5,912 | +21.4%\n"
        "Mainland and other islands | 2,960 | 1,515 | -48.8%\n"),
     claims=[("31,214", 31214, ES, "stated"), ("28.4%", 28.4, ES, "stated"), ("21,600", 21600, ES, "stated"),
             ("32,980", 32980, ES, "stated"), ("2,187", 2187, ES, "stated"),
             ("9,000", 9000, ["The Minister of the Interior", "Minister of the Interior", "Minister"], "attributed"),
             ("30,000", 30000, ES + ["Ministry"], "projected"),
             ("4,870", 4870, ES, "stated"), ("5,912", 5912, ES, "stated"), ("+21.4%", None, ES, "stated"),
             ("2,960", 2960, ES, "stated"), ("1,515", 1515, ES, "stated"), ("-48.8%", None, ES, "stated")]),
    dict(id="greece-coastguard-rescue", publisher="Hellenic Coast Guard", published="2025-11-14", text=(
        "Press release: search and rescue south of Gavdos\n\n"
        "In the early hours of Thursday, the Hellenic Coast Guard rescued 47 migrants from a sailing boat in "
        "distress south of Gavdos. The survivors were transferred to the port of Agia Galini.\n\n"
        "According to the testimonies of the survivors, about 60 people had been on board when the boat left Tobruk. "
        "Up to 13 people may be missing.\n\n"
        "A patrol vessel, a helicopter and two merchant ships took part in the operation. Two suspected smugglers, "
        "aged 19 and 23, were arrested.\n\n"
        "Since 1 January, the Coast Guard has rescued 8,412 people in the Hellenic search and rescue region, "
        "compared with 5,166 in the same period of 2024.\n"),
     claims=[("47 migrants", 47, GR, "stated"),
             ("60 people", 60, ["survivors", "the testimonies of the survivors", "testimonies"], "estimated"),
             ("13 people", 13, GR, "hedged"), ("two merchant ships", 2, GR, "stated"),
             ("Two suspected smugglers", 2, GR, "stated"), ("8,412", 8412, GR, "stated"),
             ("5,166", 5166, GR, "stated")]),
    dict(id="dail-written-answer-ipas", publisher="Houses of the Oireachtas", published="2025-11-12", text=(
        "Dáil Éireann debate, Written Answers\n\n"
        "International Protection Accommodation\n\n"
        "412. Deputy Aoife Brennan asked the Minister for Justice the number of international protection applicants "
        "currently awaiting accommodation; and the cost of emergency accommodation in 2025.\n\n"
        "Minister for Justice (Mr Declan Howard): As of 9 November 2025, 3,142 male international protection "
        "applicants were awaiting an offer of accommodation. My Department is not in a position to provide the costs "
        "of individual sites. However, the total spend on emergency accommodation is expected to reach €1.2 billion "
        "this year.\n\n"
        "Applications have fallen by 14% compared with the same period last year. The International Protection "
        "Office has informed me that it made 11,830 first-instance decisions up to the end of October, and that "
        "median processing times are now around 13 weeks.\n\n"
        "I am advised that approximately 280 applicants declined an offer of accommodation in October.\n"),
     claims=[("3,142", 3142, IE_MIN, "stated"), ("€1.2 billion", 1.2e9, IE_MIN, "projected"),
             ("14%", 14, IE_MIN, "stated"),
             ("11,830", 11830, ["International Protection Office"], "attributed"),
             ("280 applicants", 280, IE_MIN, "estimated")]),
    dict(id="iom-sudan-update", publisher="International Organization for Migration", published="2025-11-06", text=(
        "Sudan crisis: regional situation update\n\n"
        "Highlights\n\n"
        "- An estimated 11.3 million people are internally displaced across Sudan's 18 states.\n"
        "- Since April 2023, some 3.9 million people have crossed into neighbouring countries. Of these, 1,204,000 "
        "have arrived in Egypt and 861,520 in Chad, according to national authorities.\n"
        "- IOM's Displacement Tracking Matrix recorded 28,000 new displacements in North Darfur in the past week.\n\n"
        "Funding\n\n"
        "IOM is seeking US$ 136 million to respond to the needs of 2.1 million people in 2026. As of 31 October, the "
        "appeal was 23 per cent funded.\n\n"
        "Partners warn that up to 500,000 more people could be displaced if fighting spreads to El Obeid.\n"),
     claims=[("11.3 million", 11.3e6, IOM, "estimated"), ("18 states", 18, IOM, "stated"),
             ("3.9 million", 3.9e6, IOM, "estimated"),
             ("1,204,000", 1204000, ["national authorities"], "attributed"),
             ("861,520", 861520, ["national authorities"], "attributed"),
             ("28,000", 28000, IOM + ["Displacement Tracking Matrix", "IOM's Displacement Tracking Matrix"], "stated"),
             ("136 million", 136e6, IOM, "projected"), ("2.1 million", 2.1e6, IOM, "projected"),
             ("23 per cent", 23, IOM, "stated"), ("500,000", 500000, ["Partners"], "hedged")]),
    dict(id="unhcr-bangladesh-update", publisher="UNHCR", published="2025-11-10", text=(
        "Bangladesh: operational update, October 2025\n\n"
        "As of 31 October, 1,156,000 Rohingya refugees were registered in Cox's Bazar and on Bhasan Char. Some "
        "150,000 new arrivals have been biometrically registered since January 2024, and the Government estimates "
        "that thousands more are not yet registered.\n\n"
        "Food rations were cut to US$6 per person per month in April, and will be restored to US$12 from January if "
        "funding allows.\n\n"
        "A fire on 3 October destroyed 430 shelters; no deaths were reported. Children make up 52 per cent of the "
        "refugee population.\n\n"
        "The 2025 Joint Response Plan, which requires US$934 million, is 41 per cent funded.\n"),
     claims=[("1,156,000", 1156000, UN, "stated"), ("150,000", 150000, UN, "estimated"),
             ("thousands", None, ["Government", "bangladesh"], "estimated", True),
             ("US$6", 6, UN, "stated"), ("US$12", 12, UN, "projected"), ("430 shelters", 430, UN, "stated"),
             ("52 per cent", 52, UN, "stated"), ("US$934 million", 934e6, UN, "stated", True),
             ("41 per cent", 41, UN, "stated")]),
    dict(id="thinktank-solidarity-pool", publisher="Centre for European Migration Research", published="2025-10-20",
         text=(
        "Briefing: the Pact's solidarity pool in numbers\n\n"
        "Under the Pact on Migration and Asylum, the Commission has proposed an annual solidarity pool of at least "
        "30,000 relocations or €600 million in financial contributions. Member states that decline to relocate will "
        "pay €20,000 for each person.\n\n"
        "Our analysis of Eurostat data shows that the four frontline states registered 412,000 first-time asylum "
        "applications in 2024, 43% of the EU total. The Commission estimates that 1.1 million people arrived "
        "irregularly in 2015 alone.\n\n"
        "Some governments argue that relocations will never exceed a few hundred a year.\n\n"
        "In our view, a pool of 30,000 would cover less than 8% of the applications lodged in the frontline states.\n"),
     claims=[("30,000", 30000, EC, "projected"), ("€600 million", 600e6, EC, "projected"),
             ("€20,000", 20000, [P], "projected"), ("four frontline states", 4, [P], "stated"),
             ("412,000", 412000, [P], "stated"), ("43%", 43, [P], "stated"),
             ("1.1 million", 1.1e6, EC, "estimated"),
             ("a few hundred", None, ["Some governments", "governments"], "projected", True),
             ("30,000", 30000, [P], "projected"), ("8%", 8, [P], "projected")]),
    dict(id="factcheck-asylum-arrivals", publisher="Daily Courier", published="2025-02-18", text=(
        "FactCheck: Did 100,000 asylum seekers arrive last year?\n\n"
        "Claim: Senator Mark Devlin said on Sunday that \"over 100,000 asylum seekers\" had arrived in the country in "
        "2024.\n\n"
        "Verdict: False.\n\n"
        "Official figures from the International Protection Office show that 18,561 people applied for international "
        "protection in 2024. Even adding the 2,600 people who arrived under family reunification, the total is well "
        "below 100,000.\n\n"
        "Asked for the source of his figure, a spokesperson for the senator said it included around 80,000 people "
        "from Ukraine under temporary protection since 2022.\n\n"
        "Ukrainians granted temporary protection are not asylum seekers, and the Department of Justice puts their "
        "number at 81,400.\n"),
     claims=[("100,000", 100000, [P], "disputed", True),
             ("100,000", 100000, ["Senator Mark Devlin", "Mark Devlin", "Devlin"], "disputed"),
             ("18,561", 18561, ["International Protection Office"], "attributed"),
             ("2,600", 2600, [P], "stated"), ("100,000", 100000, [P], "stated", True),
             ("80,000", 80000, ["a spokesperson for the senator", "spokesperson"], "estimated"),
             ("81,400", 81400, ["Department of Justice"], "attributed")]),
    dict(id="cbp-monthly-update", publisher="U.S. Customs and Border Protection", published="2025-11-18", text=(
        "CBP releases October 2025 monthly update\n\n"
        "WASHINGTON — U.S. Customs and Border Protection today released its monthly operational update for October "
        "2025.\n\n"
        "U.S. Border Patrol recorded 7,989 apprehensions between ports of entry along the southwest border in "
        "October, a 94% decrease from October 2024. Nationwide encounters totaled 30,561.\n\n"
        "\"These are the lowest numbers in our agency's history,\" said the Commissioner. \"Daily apprehensions now "
        "average fewer than 260.\"\n\n"
        "CBP officers seized 1,114 pounds of fentanyl at ports of entry, a figure that may rise as lab results are "
        "finalized. The agency expects to complete the hiring of 1,500 additional officers by the end of fiscal year "
        "2026.\n\n"
        "Southwest border apprehensions\n"
        "Month | Apprehensions\n"
        "August 2025 | 9,740\n"
        "September 2025 | 8,386\n"
        "October 2025 | 7,989\n"),
     claims=[("7,989", 7989, CBP + ["U.S. Border Patrol", "Border Patrol"], "stated"), ("94%", 94, CBP, "stated"),
             ("30,561", 30561, CBP, "stated"), ("260", 260, ["the Commissioner", "Commissioner"], "attributed"),
             ("1,114 pounds", 1114, CBP, "stated"), ("1,500", 1500, CBP, "projected"),
             ("9,740", 9740, CBP, "stated"), ("8,386", 8386, CBP, "stated"), ("7,989", 7989, CBP, "stated")]),
    dict(id="ircc-levels-plan", publisher="Immigration, Refugees and Citizenship Canada", published="2025-11-04",
         text=(
        "Statement from the Minister of Immigration on the 2026–2028 Immigration Levels Plan\n\n"
        "Today, the Government of Canada tabled the 2026–2028 Immigration Levels Plan. The plan sets a target of "
        "380,000 permanent resident admissions in 2026, down from 395,000 in 2025.\n\n"
        "\"We are bringing temporary residents down to 5% of Canada's population,\" said the Minister. \"Last year, "
        "we welcomed 483,640 new permanent residents.\"\n\n"
        "New study permits will be capped at 305,900 in 2026. According to the latest data, 2.8 million temporary "
        "residents were in Canada on 1 October, 7.1% of the population.\n\n"
        "Provinces have asked for a further 20,000 spaces for economic immigrants.\n"),
     claims=[("380,000", 380000, CA, "projected"), ("395,000", 395000, CA, "stated"),
             ("5%", 5, ["the Minister", "Minister"], "projected"),
             ("483,640", 483640, ["the Minister", "Minister"], "attributed"),
             ("305,900", 305900, CA, "projected"), ("2.8 million", 2.8e6, CA, "stated"), ("7.1%", 7.1, CA, "stated"),
             ("20,000", 20000, ["Provinces"], "projected")]),
    dict(id="cjeu-pushback-judgment", publisher="Court of Justice of the European Union", published="2025-06-26",
         text=(
        "Press release: Judgment in Case C-417/24, Commission v Member State\n\n"
        "The Commission brought an action against the Member State, claiming that since 2021 it had unlawfully "
        "returned at least 1,600 third-country nationals to the border without examining their applications.\n\n"
        "The Member State contended that only 212 persons had been turned back and that all of them had been given "
        "the opportunity to apply.\n\n"
        "The Court finds that the reports of the Fundamental Rights Agency, which documented 1,014 such returns in "
        "2022 alone, are reliable.\n\n"
        "The Court orders the Member State to pay a lump sum of €5 million and a daily penalty payment of €40,000 "
        "until it complies.\n"),
     claims=[("1,600", 1600, EC, "disputed"), ("212 persons", 212, ["The Member State", "Member State"], "attributed"),
             ("1,014", 1014, ["Fundamental Rights Agency"], "attributed"), ("€5 million", 5e6, CJ, "stated"),
             ("€40,000", 40000, CJ, "stated")]),
    dict(id="msf-libya-detention", publisher="Médecins Sans Frontières", published="2025-10-02", text=(
        "Libya: trapped in detention\n\n"
        "MSF teams provided 6,214 medical consultations in four detention centres in Tripoli between January and "
        "September.\n\n"
        "We estimate that between 3,000 and 4,500 people are held in official centres at any one time, and that "
        "thousands more are held in unofficial sites run by armed groups. One in three of the patients we saw had "
        "injuries consistent with violence.\n\n"
        "The Libyan Coast Guard, which receives EU support, intercepted an estimated 21,700 people at sea in 2024, "
        "according to IOM. The EU has allocated €59 million to border management in Libya since 2017, the European "
        "Commission says.\n\n"
        "Without safe routes, MSF expects deaths on the central Mediterranean to exceed 1,500 again this year.\n"),
     claims=[("6,214", 6214, MSF, "stated"), ("four detention centres", 4, MSF, "stated"),
             ("3,000", 3000, MSF, "estimated"), ("4,500", 4500, MSF, "estimated"),
             ("thousands", None, MSF, "estimated", True), ("One in three", None, MSF, "stated", True),
             ("21,700", 21700, ["international-organization-for-migration", "IOM"], "estimated"),
             ("€59 million", 59e6, EC, "attributed"), ("1,500", 1500, MSF, "projected")]),
    dict(id="opinion-not-swamped", publisher="The Northern Review", published="2025-09-14", text=(
        "Opinion: we are not being swamped, and the numbers prove it\n\n"
        "Every week another politician tells us the country is \"full\". Let us look at the numbers.\n\n"
        "Last year 24,000 people sought protection here, roughly one for every 220 residents. The minister claims "
        "that the asylum system costs €2 billion a year. That sum, if it is right, includes the accommodation of "
        "Ukrainians, who are not asylum seekers at all.\n\n"
        "Economists reckon that migrants could add 0.5% to growth by 2030. Meanwhile housing completions fell to "
        "30,330, the lowest in a decade, and the government promises 50,000 a year from 2027.\n\n"
        "I have sat on a housing committee for 11 years. We do not have a migration problem; we have a housing "
        "problem.\n"),
     claims=[("24,000", 24000, [P], "stated"), ("220 residents", 220, [P], "estimated"),
             ("€2 billion", 2e9, ["The minister", "minister"], "disputed"),
             ("0.5%", 0.5, ["Economists"], "projected"), ("30,330", 30330, [P], "stated"),
             ("50,000", 50000, ["the government", "government"], "projected")]),
    dict(id="liveblog-channel-crossings", publisher="Channel Herald", published="2025-08-23", text=(
        "Channel crossings: live updates\n\n"
        "10.42 BST\n"
        "The Home Office says 412 people crossed the Channel in seven small boats yesterday, the highest daily total "
        "this year.\n\n"
        "11.15 BST\n"
        "French authorities say they prevented around 90 people from launching a boat near Gravelines this "
        "morning.\n\n"
        "12.03 BST\n"
        "The shadow home secretary has told the BBC that the government \"has lost control\", with more than 36,000 "
        "arrivals so far this year. A Home Office source disputed the figure, saying it included people rescued "
        "from boats in French waters.\n\n"
        "12.40 BST\n"
        "Our reporter in Dover says at least three boats are still being escorted into port.\n\n"
        "13.05 BST\n"
        "That brings the total for 2025 to 29,812, according to our analysis of Home Office data.\n"),
     claims=[("412 people", 412, ["home-office", "Home Office"], "attributed"),
             ("seven small boats", 7, ["home-office", "Home Office"], "attributed"),
             ("90 people", 90, ["French authorities"], "estimated"),
             ("36,000", 36000, ["The shadow home secretary", "shadow home secretary"], "disputed"),
             ("three boats", 3, [P, "Our reporter in Dover", "Our reporter"], "stated"),
             ("29,812", 29812, [P], "stated")]),
    dict(id="poland-border-guard-daily", publisher="Polish Border Guard", published="2025-07-08", text=(
        "Situation on the border with Belarus\n\n"
        "Yesterday, 143 attempts to cross the border illegally from Belarus were recorded. Since the beginning of "
        "the year, there have been 26,930 such attempts.\n\n"
        "Border Guard officers detained 5 people helping foreigners to cross the border, including 2 citizens of "
        "Ukraine.\n\n"
        "A group of about 40 foreigners, mostly citizens of Somalia and Eritrea, tried to cross the barrier near "
        "Białowieża. They were reportedly assisted by Belarusian services.\n\n"
        "Belarusian state media claimed that Polish officers had pushed 17 people back across the border, which the "
        "Border Guard denies.\n"),
     claims=[("143 attempts", 143, PL, "stated"), ("26,930", 26930, PL, "stated"), ("5 people", 5, PL, "stated"),
             ("2 citizens", 2, PL, "stated"), ("40 foreigners", 40, PL, "estimated"),
             ("17 people", 17, ["Belarusian state media", "state media"], "disputed")]),
    dict(id="afp-tunisia-interceptions", publisher="Agence France-Presse", published="2025-05-12", text=(
        "Tunisian coast guard intercepts over 1,300 migrants\n\n"
        "TUNIS — Tunisia's coast guard intercepted 1,317 migrants off the coast of Sfax over the weekend, a National "
        "Guard spokesman said on Monday.\n\n"
        "The spokesman, Houssem Jebabli, said that 31 boats had been stopped and that the bodies of 11 people had "
        "been recovered.\n\n"
        "Italy's interior ministry figures show that about 44,000 migrants have reached Italy by sea this year, down "
        "from 60,000 in the same period of 2024.\n\n"
        "Human rights groups say that some migrants intercepted by the coast guard are left in the desert near the "
        "Algerian border, an accusation Tunis rejects. Tunisia agreed in 2023 to a €105 million EU package to curb "
        "departures.\n"),
     claims=[("1,300", 1300, AFP, "stated"),
             ("1,317", 1317, ["a National Guard spokesman", "National Guard spokesman", "spokesman", "National Guard",
                              "national-guard"], "attributed"),
             ("31 boats", 31, ["Houssem Jebabli", "Jebabli", "The spokesman", "spokesman"], "attributed"),
             ("11 people", 11, ["Houssem Jebabli", "Jebabli", "The spokesman", "spokesman"], "attributed"),
             ("44,000", 44000, ["Italy's interior ministry", "interior ministry", "Italy's interior ministry figures"],
              "estimated"),
             ("60,000", 60000, ["Italy's interior ministry", "interior ministry", "Italy's interior ministry figures"],
              "attributed"),
             ("€105 million", 105e6, AFP, "stated")]),
    dict(id="commission-returns-proposal", publisher="European Commission", published="2025-03-11", text=(
        "Commission proposes a common European system for returns\n\n"
        "Brussels, 11 March 2025\n\n"
        "Today, the Commission proposes a common European system for returns. Currently, only around 20% of "
        "third-country nationals ordered to leave the EU actually leave.\n\n"
        "In 2023, 484,160 third-country nationals were ordered to leave, and 91,465 were returned, according to "
        "Eurostat.\n\n"
        "The Commission will make €3 billion available under the Border Management and Visa Instrument for "
        "2026-2027. Member States have told the Commission that they currently hold some 9,000 persons in "
        "pre-removal detention.\n"),
     claims=[("20%", 20, [P] + EC, "estimated"), ("484,160", 484160, ["Eurostat"], "attributed"),
             ("91,465", 91465, ["Eurostat"], "attributed"), ("€3 billion", 3e9, [P] + EC, "projected"),
             ("9,000 persons", 9000, ["Member States"], "estimated")]),
    dict(id="radio-interview-sweden", publisher="Sveriges Radio", published="2025-10-01", text=(
        "Transcript: Morning Interview\n\n"
        "Presenter: Minister, your government says asylum applications are at their lowest level in decades. How "
        "many were there last year?\n\n"
        "Johan Forssell: Around 9,600 first-time applications, and we think it will be lower still this year, "
        "perhaps 8,000.\n\n"
        "Presenter: The Red Cross says 1,100 people were deported to countries where they had never lived. Is that "
        "acceptable?\n\n"
        "Johan Forssell: That figure is not correct. The Migration Agency returned 3,200 people in total, and every "
        "case was examined individually. From January, a person who chooses to return will receive up to 350,000 "
        "kronor.\n"),
     claims=[("9,600", 9600, SE, "estimated"), ("8,000", 8000, SE, "projected"),
             ("1,100", 1100, ["The Red Cross", "Red Cross"], "disputed"), ("3,200", 3200, SE, "stated"),
             ("350,000 kronor", 350000, SE, "projected")]),
    dict(id="nyc-shelter-consolidation", publisher="Office of the Mayor of New York City", published="2025-01-29",
         text=(
        "Mayor announces next phase of asylum seeker shelter consolidation\n\n"
        "NEW YORK — The city will close 25 more emergency shelters by June, the Mayor announced today. Since spring "
        "2022, more than 232,000 asylum seekers have passed through the city's care. Fewer than 45,000 remain in city "
        "shelters today, down from a peak of 69,000 in January 2024.\n\n"
        "\"We have cut the nightly cost per household from $383 to $352,\" the Mayor said.\n\n"
        "The city's Independent Budget Office estimates that the response will cost $4.9 billion in fiscal year "
        "2026. Advocates say as many as 1,500 families could lose their beds under the new 60-day limits.\n"),
     claims=[("25 more emergency shelters", 25, NYC + ["the Mayor", "Mayor"], "projected"),
             ("232,000", 232000, NYC, "stated"), ("45,000", 45000, NYC, "stated"), ("69,000", 69000, NYC, "stated"),
             ("$383", 383, ["the Mayor", "Mayor"], "attributed"), ("$352", 352, ["the Mayor", "Mayor"], "attributed"),
             ("$4.9 billion", 4.9e9, ["Independent Budget Office", "The city's Independent Budget Office"],
              "projected"),
             ("1,500 families", 1500, ["Advocates"], "hedged")]),
    dict(id="seawatch-distant-port", publisher="Sea-Watch", published="2025-06-15", text=(
        "Our ship rescues 68 people and is assigned a distant port\n\n"
        "On Saturday our crew rescued 68 people, including 9 unaccompanied minors, from an overcrowded rubber boat in "
        "the Libyan search and rescue zone. Survivors told us that at least five people had fallen overboard before "
        "we arrived.\n\n"
        "The Italian authorities assigned us the port of Ravenna, 1,600 kilometres away, a journey of more than four "
        "days. Since the new decree came into force, NGO ships have been detained 29 times, according to our count.\n\n"
        "The Italian interior ministry says the rule is needed and that NGO ships carry only 10% of the people landing "
        "in Italy.\n"),
     claims=[("68 people", 68, SW, "stated"), ("68 people", 68, SW, "stated"),
             ("9 unaccompanied minors", 9, SW, "stated"), ("five people", 5, ["Survivors"], "attributed"),
             ("1,600 kilometres", 1600, SW, "stated"), ("29 times", 29, SW, "stated"),
             ("10%", 10, ["The Italian interior ministry", "Italian interior ministry", "interior ministry"],
              "attributed")]),
    dict(id="house-hearing-border", publisher="U.S. House Committee on Homeland Security", published="2025-03-05",
         text=(
        "Hearing: Border Security Oversight\n\n"
        "Chairman Green: Under the last administration, more than 10 million encounters were recorded at our "
        "borders. Ten million. And we still do not know where most of those people are.\n\n"
        "Ranking Member Thompson: The chairman's number counts the same person several times. CBP's own data show "
        "that about 1.8 million encounters were repeat attempts.\n\n"
        "Chief Banks: We currently have 19,855 agents on the line. We plan to hire 3,000 more over the next two "
        "years.\n"),
     claims=[("10 million", 10e6, ["Chairman Green", "Green"], "disputed"),
             ("Ten million", 10e6, ["Chairman Green", "Green"], "disputed"),
             ("1.8 million", 1.8e6, ["CBP", "U.S. Customs and Border Protection"], "estimated"),
             ("19,855", 19855, ["Chief Banks", "Banks"], "stated"), ("3,000", 3000, ["Chief Banks", "Banks"], "projected")]),
    dict(id="elpais-canary-minors", publisher="El País", published="2025-02-03", text=(
        "Canary Islands: 5,500 migrant children in overcrowded centres\n\n"
        "The Canary Islands government says it is caring for 5,500 unaccompanied minors in centres designed for "
        "2,000. Madrid has agreed to relocate around 3,000 of them to other regions by March, although several "
        "regional governments have said they will refuse.\n\n"
        "Fewer than 1,000 have been moved so far, according to the regional ministry of social welfare.\n\n"
        "An estimated 47,000 migrants reached the archipelago in 2024, a record.\n"),
     claims=[("5,500", 5500, [P], "stated"),
             ("5,500", 5500, ["The Canary Islands government", "Canary Islands government"], "attributed"),
             ("2,000", 2000, ["The Canary Islands government", "Canary Islands government"], "attributed"),
             ("3,000", 3000, [P, "Madrid", "spain"], "projected"),
             ("1,000", 1000, ["regional ministry of social welfare", "ministry of social welfare"], "attributed"),
             ("47,000", 47000, [P], "estimated")]),
    dict(id="turkiye-temporary-protection", publisher="Presidency of Migration Management", published="2025-11-13",
         text=(
        "Syrians under temporary protection\n\n"
        "As of 13 November 2025, 2,384,131 Syrians under temporary protection are registered in Türkiye. Since "
        "December 2024, 478,000 Syrians have returned voluntarily, according to the Ministry of Interior.\n\n"
        "Istanbul hosts the largest number, with 451,630 registered Syrians. It is thought that up to 1 million more "
        "could return in 2026 if conditions allow.\n\n"
        "Province | Syrians | Share of population\n"
        "Istanbul | 451,630 | 2.9%\n"
        "Gaziantep | 392,015 | 13.4%\n"
        "Şanlıurfa | 251,922 | 11.2%\n"),
     claims=[("2,384,131", 2384131, TR, "stated"), ("478,000", 478000, ["Ministry of Interior"], "attributed"),
             ("451,630", 451630, TR, "stated"), ("1 million", 1e6, TR, "projected"), ("451,630", 451630, TR, "stated"),
             ("2.9%", 2.9, TR, "stated"), ("392,015", 392015, TR, "stated"), ("13.4%", 13.4, TR, "stated"),
             ("251,922", 251922, TR, "stated"), ("11.2%", 11.2, TR, "stated")]),
]


def main() -> int:
    from claims_migration import run  # the first probe's split rule and scoring

    return run(DOCS, "claims_migration2.py")


if __name__ == "__main__":
    raise SystemExit(main())
