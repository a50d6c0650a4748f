"""Claims probe on whole migration-policy documents: who states each figure (source) and how
firmly (status), in registers the earlier probes did not cover. Written 2026-12-03 (fourth claims
session) by a helper, every figure labelled by ``tests/claims_gold/README.md`` before any output
of the pipeline on these texts was seen.

    python benchmarks/probes/claims_migration.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration.py aside   # score only (the held-out half)

Twenty-four documents of 5-20 sentences (or lines): parliamentary debate turns (UK, Canada, the
Netherlands, an Australian Senate estimates hearing), inspection and committee reports, audit
office value-for-money text (UK, Australia, the US GAO), court judgments (Strasbourg, Dublin),
an FOI response, statistical releases (UK, Germany, the Netherlands, Japan, Frontex, UNHCR
Greece), a government release (New Zealand) and news features mixing several sources (Italy and
Albania, the US border, Sweden and Denmark, Rwanda, the Canary Islands), with tables, lists,
headlines, captions and footnotes. DEV / ASIDE is ``md5(text) % 2`` (0 = DEV), fixed before any
run; DEV is read while fixing classes, ASIDE is only ever scored, once, aggregate only.

Labels (README of tests/claims_gold, plus these conventions, decided before running):
- every count, amount, percentage, rate, target and cap is labelled; durations ("28 days", "five
  years"), years and paragraph numbers are not (a row for them is not scored);
- a debate turn ("Name (Constituency) (Party): ...", "Minister Faber: ...", "Ms Foster: ...") is
  its speaker's own statement, like a minister's statement in Hansard: the speaker is the source
  (for a minister also the government) and a figure said outright is *stated*; a figure the
  speaker gives as another body's ("the Refugee Council estimates that ...") is that body's;
- a body's own voice (the publisher: an audit office, an inspectorate, a court, a statistics
  office) is ``@publisher``; "we", "inspectors", "the Court", "GAO", "UNHCR estimates" in the
  publisher's own text are that voice;
- a quotation of a minister in their government's release is the minister's: *attributed*;
- a figure denied by the next speaker ("No, that figure is not correct") is *disputed*, as
  section 8 of notes/claims.md reads "disputed by what follows".

Label changed on 2026-12-03 (night session, notes/claims.md; a labelling mistake its author noted in the
fourth session): "about 670 million euros", followed by "Critics dispute that figure.", is *disputed* by the
convention just above (it was labelled *projected*).

Scoring is :func:`dossier.claims.gold.score_document` over the ``claims`` table of
:func:`dossier.api.analyse_texts` (with each document's publisher and date), source names from the
reference table. Source and status accuracy are over the required labelled figures; a figure with
no claim row counts against both (and is a quantities problem, listed separately).
"""

from __future__ import annotations

import hashlib
import sys

P = "@publisher"
HO = ["home-office", "Home Office", "the Department", "Department"]

DOCS = [
    dict(id="nao-asylum-accommodation", publisher="National Audit Office", published="2024-06-14", text=(
        "Investigation into asylum accommodation\n\n"
        "Summary\n\n"
        "1 The Home Office spent £4.7 billion on asylum support in 2023-24, up from £2.1 billion in 2021-22. "
        "Around £3.1 billion of this was spent on hotels. The Home Office expects to spend a further £15.3 billion "
        "on accommodation contracts over the ten years to 2029. We estimate that the large sites cost £46 million "
        "more than using hotels would have. The Department told us that it had reduced the number of hotels in use "
        "from a peak of more than 400 to 213 by March 2024. It has set a target of ending the use of hotels "
        "altogether, but it could not show us how it would achieve this.\n\n"
        "2 At least 1,900 people were housed at the former RAF Scampton and Wethersfield sites in the period, "
        "against a planned capacity of 3,700 beds.\n"),
     claims=[("£4.7 billion", 4.7e9, [P], "stated"), ("£2.1 billion", 2.1e9, [P], "stated"),
             ("£3.1 billion", 3.1e9, [P], "estimated"), ("£15.3 billion", 15.3e9, HO, "projected"),
             ("£46 million", 46e6, [P], "estimated"), ("400", 400, HO, "attributed"), ("213", 213, HO, "attributed"),
             ("1,900", 1900, [P], "stated"), ("3,700", 3700, [P], "projected")]),
    dict(id="commons-asylum-backlog", publisher="Hansard", published="2024-03-12", text=(
        "Asylum Backlog\n\n"
        "Volume 745: debated on Tuesday 12 March 2024\n\n"
        "Sarah Dyke (Somerton and Frome) (LD): What recent assessment he has made of the asylum backlog.\n\n"
        "Tom Pursglove (Minister for Legal Migration and Delivery): We cleared the legacy backlog of 92,000 cases by "
        "the end of last year. The number of people waiting for an initial decision fell to 98,599 at the end of "
        "December. We will continue to process claims at pace, and we expect to close another 50 hotels in the "
        "coming months.\n\n"
        "Sarah Dyke: The Minister says the backlog is cleared, but the Refugee Council estimates that some 33,000 "
        "claims were withdrawn rather than decided. Local councils in my area housed 1,200 newly recognised "
        "refugees in January alone. Does he accept that this is unmanageable?\n\n"
        "Tom Pursglove: The hon. Lady will know that since January we have granted asylum to more than 20,000 "
        "people, and the average caseworker now makes around nine decisions a week.\n"),
     claims=[("92,000", 92000, ["Tom Pursglove", "uk-government", "home-office"], "stated"),
             ("98,599", 98599, ["Tom Pursglove", "uk-government", "home-office"], "stated"),
             ("50 hotels", 50, ["Tom Pursglove", "uk-government", "home-office"], "projected"),
             ("33,000", 33000, ["Refugee Council", "refugee-council"], "estimated"),
             ("1,200", 1200, ["Sarah Dyke"], "stated"),
             ("20,000", 20000, ["Tom Pursglove", "uk-government", "home-office"], "stated"),
             ("nine decisions", 9, ["Tom Pursglove", "uk-government", "home-office"], "estimated")]),
    dict(id="icibi-children-hotels", publisher="Independent Chief Inspector of Borders and Immigration",
         published="2024-10-22", text=(
        "An inspection of the Home Office's use of hotels for unaccompanied children\n\n"
        "Key findings\n\n"
        "3.1 Inspectors examined 120 case files. In 41% of them there was no record of a welfare check within 72 "
        "hours of arrival.\n\n"
        "3.2 The Home Office told inspectors that 440 children had gone missing from hotels since July 2021, and "
        "that 144 of them were still missing. Kent County Council said it was looking after 560 children. Its safe "
        "capacity is 231.\n\n"
        "3.3 Managers said that staffing would rise to 35 social workers by April, although inspectors were not "
        "shown any funding for the posts.\n\n"
        "Recommendations\n\n"
        "The Home Office should:\n"
        "- reduce the time taken to transfer a child to a local authority to no more than 10 working days\n"
        "- publish, within three months, the number of children reported missing each month\n"),
     claims=[("120", 120, [P], "stated"), ("41%", 41, [P], "stated"), ("440", 440, HO, "attributed"),
             ("144", 144, HO, "attributed"), ("560", 560, ["Kent County Council", "kent-county-council"], "attributed"),
             ("231", 231, [P], "stated"), ("35 social workers", 35, ["Managers"], "projected"),
             ("10 working days", 10, [P], "projected")]),
    dict(id="homeoffice-stats-june-2024", publisher="Home Office", published="2024-08-22", text=(
        "How many people come to the UK irregularly?\n\n"
        "There were 31,079 small boat arrivals in the year ending June 2024, 18% fewer than in the previous year. "
        "This is a provisional figure and may be revised. Small boat arrivals made up 83% of all detected "
        "irregular arrivals.\n\n"
        "The number of people detected arriving by small boat in 2022 has been revised up to 45,774, from the "
        "45,755 previously published.\n\n"
        "The average number of people per boat rose to 52 in the first half of 2024, from 41 a year earlier.\n\n"
        "Returns\n\n"
        "There were 8,193 enforced returns in the year ending June 2024, 22% more than the year before. The "
        "Government has said it intends to increase returns to the levels of 2019.\n\n"
        "Footnote 3: Data for the latest quarter are provisional; around 4% of cases are typically reclassified.\n"),
     claims=[("31,079", 31079, [P, "home-office"], "stated"), ("18%", 18, [P, "home-office"], "stated"),
             ("83%", 83, [P, "home-office"], "stated"), ("45,774", 45774, [P, "home-office"], "stated"),
             ("45,755", 45755, [P, "home-office"], "stated"), ("52", 52, [P, "home-office"], "stated"),
             ("41", 41, [P, "home-office"], "stated"), ("8,193", 8193, [P, "home-office"], "stated"),
             ("22%", 22, [P, "home-office"], "stated"), ("4%", 4, [P, "home-office"], "estimated")]),
    dict(id="ireland-foi-ipas", publisher="Department of Justice (Ireland)", published="2024-04-02", text=(
        "Freedom of Information request FOI/2024/0412\n\n"
        "Thank you for your request of 4 March 2024, in which you asked for the number of International Protection "
        "applications received in 2023 and the cost of accommodation.\n\n"
        "I can confirm that the International Protection Office received 13,277 applications in 2023. Of these, "
        "2,431 were made by people who had arrived from the United Kingdom.\n\n"
        "The Department of Children, Equality, Disability, Integration and Youth, which is responsible for "
        "accommodation, has advised that it spent €654 million on International Protection Accommodation Services "
        "in 2023. Some of the information you requested is not held by this Department.\n\n"
        "We expect applications in 2024 to exceed 18,000.\n\n"
        "Under section 15(1)(a) of the Act, I have refused part 3 of your request.\n"),
     claims=[("13,277", 13277, [P], "stated"), ("2,431", 2431, [P], "stated"),
             ("€654 million", 654e6, ["Department of Children, Equality, Disability, Integration and Youth"],
              "attributed"),
             ("18,000", 18000, [P], "projected")]),
    dict(id="echr-pushback-greece", publisher="European Court of Human Rights", published="2024-01-30", text=(
        "THE FACTS\n\n"
        "1. The applicant, an Afghan national, was born in 1998 and lives in Athens.\n\n"
        "2. The applicant alleged that on 19 June 2020 he and 23 other people were forced back into Turkish waters "
        "by the Hellenic Coast Guard. The Government denied that any pushback had taken place and submitted that "
        "the coast guard had rescued 34 people in the area that night.\n\n"
        "3. According to a report by the UN High Commissioner for Refugees, around 1,500 such incidents were "
        "recorded in the Aegean in 2020.\n\n"
        "THE LAW\n\n"
        "4. The Court notes that the applicant was detained for 18 days in a facility designed to hold 60 people, "
        "which at the time held 143.\n\n"
        "5. The Court awards the applicant EUR 12,000 in respect of non-pecuniary damage.\n"),
     claims=[("23 other people", 23, ["The applicant", "applicant"], "disputed"),
             ("34 people", 34, ["The Government", "Government", "greece"], "attributed"),
             ("1,500", 1500, ["unhcr", "UN High Commissioner for Refugees"], "estimated"),
             ("60 people", 60, [P], "stated"), ("143", 143, [P], "stated"), ("12,000", 12000, [P], "stated")]),
    dict(id="gao-border-processing", publisher="U.S. Government Accountability Office", published="2024-05-09",
         text=(
        "What GAO Found\n\n"
        "U.S. Customs and Border Protection (CBP) reported about 2.5 million encounters with migrants at the "
        "southwest border in fiscal year 2023. CBP officials told us that they had hired 1,100 processing "
        "coordinators since 2022. We found that CBP did not track the cost of transporting migrants; our analysis "
        "of contract data shows obligations of $1.3 billion for transportation in fiscal year 2023.\n\n"
        "The Department of Homeland Security (DHS) requested $4.7 billion in emergency funding for fiscal year "
        "2024, and projects that encounters could reach 3 million.\n\n"
        "Why GAO Did This Study\n\n"
        "GAO was asked to review CBP's processing. GAO reviewed documents and interviewed officials at 12 Border "
        "Patrol stations.\n\n"
        "What GAO Recommends\n\n"
        "GAO is making 4 recommendations, including that CBP collect cost data.\n"),
     claims=[("2.5 million", 2.5e6, ["U.S. Customs and Border Protection", "CBP", "us-customs-and-border-protection"],
              "estimated"),
             ("1,100", 1100, ["CBP officials", "CBP", "U.S. Customs and Border Protection"], "attributed"),
             ("$1.3 billion", 1.3e9, [P], "stated"),
             ("$4.7 billion", 4.7e9, ["Department of Homeland Security", "DHS"], "projected"),
             ("3 million", 3e6, ["Department of Homeland Security", "DHS"], "projected"),
             ("12 Border", 12, [P], "stated"), ("4 recommendations", 4, [P], "stated")]),
    dict(id="canada-commons-levels", publisher="House of Commons of Canada", published="2024-10-28", text=(
        "Immigration Levels\n\n"
        "Hon. Marc Miller (Minister of Immigration, Refugees and Citizenship, Lib.): Mr. Speaker, this fall we set "
        "our immigration levels plan. We will welcome 395,000 permanent residents in 2025, down from 485,000 this "
        "year. We are also capping study permits at 437,000 for 2025.\n\n"
        "Michelle Rempel Garner (Calgary Nose Hill, CPC): Mr. Speaker, the Parliamentary Budget Officer reported "
        "that the housing shortfall is 1.3 million homes. Under this minister, temporary residents have grown to "
        "3 million people, about 7.5% of the population. Will he admit the plan has failed?\n\n"
        "Hon. Marc Miller: Mr. Speaker, the member knows that 40% of those temporary residents are students.\n"),
     claims=[("395,000", 395000, ["Marc Miller", "canada", "Government of Canada"], "projected"),
             ("485,000", 485000, ["Marc Miller", "canada", "Government of Canada"], "stated"),
             ("437,000", 437000, ["Marc Miller", "canada", "Government of Canada"], "projected"),
             ("1.3 million", 1.3e6, ["Parliamentary Budget Officer"], "attributed"),
             ("3 million", 3e6, ["Michelle Rempel Garner"], "stated"),
             ("7.5%", 7.5, ["Michelle Rempel Garner"], "estimated"),
             ("40%", 40, ["Marc Miller", "canada", "Government of Canada"], "stated")]),
    dict(id="reuters-italy-albania", publisher="Reuters", published="2024-10-18", text=(
        "Italy's migrant deal with Albania: costly centres stand almost empty\n\n"
        "ROME, Oct 18 (Reuters) - Italy has spent more than 65 million euros on two migrant centres in Albania that "
        "held just 16 men in their first week, according to figures compiled by opposition lawmakers.\n\n"
        "The government says the centres will process up to 36,000 asylum seekers a year once fully operational. "
        "Interior Minister Matteo Piantedosi told parliament the total cost over five years would be about 670 "
        "million euros.\n\n"
        "Critics dispute that figure. \"The real bill is 1 billion euros,\" said Riccardo Magi of the More Europe "
        "party.\n\n"
        "Arrivals by sea to Italy fell to 54,000 so far this year from 128,000 in the same period of 2023, Interior "
        "Ministry data showed.\n\n"
        "(Reporting by Angelo Amante; Editing by Keith Weir)\n\n"
        "Photo caption: Migrants disembark from an Italian navy ship in Shengjin, Albania, October 16. About 16 men "
        "were on board.\n"),
     claims=[("65 million euros", 65e6, ["opposition lawmakers"], "attributed"),
             ("16 men", 16, ["opposition lawmakers"], "attributed"),
             ("36,000", 36000, ["The government", "italy", "Italian government"], "projected"),
             ("670", 670e6, ["Matteo Piantedosi", "Piantedosi"], "disputed"),
             ("1 billion euros", 1e9, ["Riccardo Magi", "Magi"], "attributed"),
             ("54,000", 54000, ["Interior Ministry", "Interior Ministry data"], "attributed"),
             ("128,000", 128000, ["Interior Ministry", "Interior Ministry data"], "attributed"),
             ("16 men", 16, [P], "estimated")]),
    dict(id="cbs-asylum-2023", publisher="Statistics Netherlands (CBS)", published="2024-03-01", text=(
        "Asylum requests up by 18 percent in 2023\n\n"
        "In 2023, 38,300 people applied for asylum in the Netherlands for the first time, Statistics Netherlands "
        "(CBS) reports on the basis of provisional figures. That is 18 percent more than in 2022. In addition, "
        "10,500 family members came to the Netherlands through family reunification.\n\n"
        "Syrians formed the largest group, at 13,000 first-time applications. According to the Immigration and "
        "Naturalisation Service (IND), the average processing time was 64 weeks.\n\n"
        "The cabinet aims to reduce the number of asylum applications to 15,000 a year.\n\n"
        "Figures for 2022 have been revised.\n"),
     claims=[("18 percent", 18, [P, "Statistics Netherlands"], "stated"),
             ("38,300", 38300, [P, "Statistics Netherlands"], "stated"),
             ("18 percent", 18, [P, "Statistics Netherlands"], "stated"),
             ("10,500", 10500, [P, "Statistics Netherlands"], "stated"),
             ("13,000", 13000, [P, "Statistics Netherlands"], "stated"),
             ("64 weeks", 64, ["Immigration and Naturalisation Service", "IND"], "attributed"),
             ("15,000", 15000, ["The cabinet", "cabinet", "netherlands", "Dutch government"], "projected")]),
    dict(id="anao-regional-processing", publisher="Australian National Audit Office", published="2024-02-15", text=(
        "Management of the Contract for Regional Processing Services\n\n"
        "Conclusion\n\n"
        "1. The Department of Home Affairs' management of the contract was not effective. The department paid the "
        "contractor $422 million over 2021-22 and 2022-23, of which $128 million was for services that were not "
        "delivered.\n\n"
        "2. The department advised the ANAO that the cost of holding one person on Nauru was approximately $4.3 "
        "million a year. The ANAO's analysis indicates the cost was higher, at $4.6 million.\n\n"
        "3. In 2023 there were 23 people on Nauru. Home Affairs expects the number to remain below 50 under the new "
        "contract, which has a ceiling price of $350 million.\n\n"
        "Recommendations\n\n"
        "4. The ANAO made three recommendations.\n"),
     claims=[("$422 million", 422e6, [P], "stated"), ("$128 million", 128e6, [P], "stated"),
             ("$4.3", 4.3e6, ["Department of Home Affairs", "department", "Home Affairs"], "estimated"),
             ("$4.6 million", 4.6e6, [P], "stated"), ("23 people", 23, [P], "stated"),
             ("50", 50, ["Department of Home Affairs", "Home Affairs"], "projected"),
             ("$350 million", 350e6, [P], "stated"), ("three recommendations", 3, [P], "stated")]),
    dict(id="hac-channel-crossings", publisher="Home Affairs Committee", published="2023-07-18", text=(
        "Channel crossings, migration and asylum\n\n"
        "Summary\n\n"
        "In 2022, 45,755 people crossed the Channel in small boats, more than the total for the previous four years "
        "combined. The Home Office told us that the average cost of processing an asylum claim was £9,400. "
        "Witnesses from the Refugee Council told us that up to 3,000 children were living in unsuitable "
        "accommodation. We heard from the Immigration Services Union that morale among its 4,000 members was at an "
        "all-time low.\n\n"
        "The Government's target of clearing the 92,000 legacy claims by the end of 2023 was met, but it was met in "
        "part by withdrawing 17,000 claims. We recommend that the Home Office publish monthly data.\n\n"
        "Conclusions and recommendations\n\n"
        "1. The Home Office could not say how many of the 17,000 withdrawn claimants remain in the UK. "
        "(Paragraph 32)\n"),
     claims=[("45,755", 45755, [P], "stated"), ("£9,400", 9400, HO, "attributed"),
             ("3,000", 3000, ["Refugee Council", "refugee-council", "Witnesses from the Refugee Council"], "estimated"),
             ("4,000", 4000, ["Immigration Services Union"], "attributed"), ("92,000", 92000, [P], "stated"),
             ("17,000", 17000, [P], "stated"), ("17,000", 17000, [P], "stated")]),
    dict(id="ap-border-arrests", publisher="The Associated Press", published="2024-08-16", text=(
        "Border arrests fall as Biden asylum restrictions take hold\n\n"
        "SAN DIEGO (AP) — Arrests for illegal crossings at the U.S. border with Mexico fell 29% in July to 56,400, "
        "the lowest since September 2020, according to figures released Friday by U.S. Customs and Border "
        "Protection.\n\n"
        "The Border Patrol made an average of 1,800 arrests a day, down from about 4,000 a day in May, officials "
        "said.\n\n"
        "Homeland Security Secretary Alejandro Mayorkas said the administration would deport more than 100,000 "
        "people by the end of the fiscal year. Advocates for migrants say the restrictions have left as many as "
        "20,000 people waiting in Mexican border cities.\n\n"
        "Mexico's government said it had stopped 925,000 migrants in the first seven months of the year, a figure "
        "that could not be independently verified.\n\n"
        "Arrests at the border, by month (thousands)\n"
        "May: 117\n"
        "June: 83\n"
        "July: 56\n"),
     claims=[("29%", 29, ["U.S. Customs and Border Protection", "CBP", "us-customs-and-border-protection"], "attributed"),
             ("56,400", 56400, ["U.S. Customs and Border Protection", "CBP", "us-customs-and-border-protection"],
              "attributed"),
             ("1,800", 1800, ["officials"], "attributed"), ("4,000", 4000, ["officials"], "estimated"),
             ("100,000", 100000, ["Alejandro Mayorkas", "Mayorkas"], "projected"),
             ("20,000", 20000, ["Advocates for migrants", "Advocates"], "estimated"),
             ("925,000", 925000, ["Mexico's government", "mexico", "Mexican government"], "attributed"),
             ("117", None, [P], "stated"), ("83", None, [P], "stated"), ("56", None, [P], "stated")]),
    dict(id="bamf-figures-2023", publisher="Federal Office for Migration and Refugees", published="2024-01-09", text=(
        "Current figures on asylum, December 2023\n\n"
        "In 2023, the Federal Office received 351,915 asylum applications, of which 329,120 were first-time "
        "applications. This is an increase of 51.1% compared with the previous year.\n\n"
        "The Federal Office decided on 261,601 applications. The overall protection rate was 51.7%.\n\n"
        "The main countries of origin were Syria (102,930 first-time applications), Türkiye (61,181) and "
        "Afghanistan (51,275).\n\n"
        "Pending cases: at the end of December 2023, 249,711 applications were awaiting a decision.\n\n"
        "Under the EU solidarity mechanism, Germany has pledged to take in 3,500 people from Italy.\n"),
     claims=[(t, v, [P, "Federal Office for Migration and Refugees", "BAMF"], "stated") for t, v in (
         ("351,915", 351915), ("329,120", 329120), ("51.1%", 51.1), ("261,601", 261601), ("51.7%", 51.7),
         ("102,930", 102930), ("61,181", 61181), ("51,275", 51275), ("249,711", 249711))]
        + [("3,500", 3500, [P, "Federal Office for Migration and Refugees", "germany"], "projected")]),
    dict(id="thelocal-sweden-return-grant", publisher="The Local Sweden", published="2024-09-12", text=(
        "Sweden to pay migrants up to 350,000 kronor to leave\n\n"
        "Sweden's government plans to raise the grant paid to migrants who choose to return home from 10,000 "
        "kronor to 350,000 kronor from 2026, Migration Minister Johan Forssell announced on Thursday.\n\n"
        "Only 45 people applied for the existing grant last year, according to the Migration Agency.\n\n"
        "The opposition Social Democrats claimed the scheme would cost 2 billion kronor a year. Forssell rejected "
        "that figure.\n\n"
        "Researchers at Lund University estimate that around 1 in 10 eligible people know about the grant.\n\n"
        "Denmark, which introduced a similar scheme in 2019, paid out 115,000 kroner per adult, the Danish Refugee "
        "Council said.\n"),
     claims=[("350,000 kronor", 350000, [P, "sweden", "Swedish government"], "projected"),
             ("10,000", 10000, ["Johan Forssell", "Forssell", "sweden"], "attributed"),
             ("350,000 kronor", 350000, ["Johan Forssell", "Forssell", "sweden"], "projected"),
             ("45 people", 45, ["Migration Agency", "Swedish Migration Agency"], "attributed"),
             ("2 billion kronor", 2e9, ["Social Democrats", "The opposition Social Democrats"], "disputed"),
             ("1 in 10", None, ["Researchers at Lund University", "Lund University"], "estimated"),
             ("115,000", 115000, ["Danish Refugee Council"], "attributed")]),
    dict(id="frontex-eight-months", publisher="Frontex", published="2024-09-12", text=(
        "EU external borders: irregular crossings down 39% in first eight months\n\n"
        "Warsaw, 12 September 2024 – The number of irregular border crossings into the EU fell by 39% in the first "
        "eight months of 2024 to around 139,000, according to preliminary calculations by Frontex.\n\n"
        "The Central Mediterranean saw the largest fall, with 42,000 detections, down 64%. The Western African "
        "route was the only one to record an increase, more than doubling to 25,500.\n\n"
        "The preliminary data for 2024 presented here refer to detections of irregular border crossings rather "
        "than the number of persons, as the same person may cross the external border several times.\n\n"
        "Frontex currently has about 2,500 officers deployed, and the standing corps is planned to reach 10,000 "
        "by 2027.\n"),
     claims=[("39%", 39, [P, "frontex"], "stated"), ("39%", 39, [P, "frontex"], "stated"),
             ("139,000", 139000, [P, "frontex"], "estimated"), ("42,000", 42000, [P, "frontex"], "stated"),
             ("64%", 64, [P, "frontex"], "stated"), ("25,500", 25500, [P, "frontex"], "stated"),
             ("2,500", 2500, [P, "frontex"], "estimated"), ("10,000", 10000, [P, "frontex"], "projected")]),
    dict(id="senate-estimates-detention", publisher="Parliament of Australia", published="2024-02-13", text=(
        "Legal and Constitutional Affairs Legislation Committee, Estimates\n\n"
        "Senator SCARR: How many people are currently in immigration detention?\n\n"
        "Ms Foster: As at 31 January there were 1,006 people in held detention. About 30 per cent of those have "
        "been in detention for more than two years.\n\n"
        "Senator SCARR: What is the daily cost per detainee?\n\n"
        "Mr Thomas: We would estimate it at roughly $1,000 per person per day in an onshore facility. I will have "
        "to take the exact figure on notice.\n\n"
        "Senator McKIM: Is it true that the department has budgeted $9.7 billion for offshore processing over the "
        "forward estimates?\n\n"
        "Ms Foster: No, that figure is not correct. The budget for regional processing is $485 million in "
        "2024-25.\n"),
     claims=[("1,006", 1006, ["Ms Foster", "Foster"], "stated"), ("30 per cent", 30, ["Ms Foster", "Foster"], "estimated"),
             ("$1,000", 1000, ["Mr Thomas", "Thomas"], "estimated"),
             ("$9.7 billion", 9.7e9, ["Senator McKIM", "McKIM"], "disputed"),
             ("$485 million", 485e6, ["Ms Foster", "Foster"], "stated")]),
    dict(id="nz-aewv-release", publisher="New Zealand Government", published="2024-03-04", text=(
        "Minister announces changes to Accredited Employer Work Visa\n\n"
        "Immigration Minister Erica Stanford today announced changes to the Accredited Employer Work Visa (AEWV) "
        "scheme.\n\n"
        "\"Last year 52,000 people were granted an AEWV, and a quarter of them were in low-skilled roles,\" Ms "
        "Stanford said.\n\n"
        "From 7 April, the median wage threshold will be set at $29.66 an hour, and the maximum continuous stay for "
        "low-skilled workers will be cut from five years to two years.\n\n"
        "\"We expect around 4,000 fewer low-skilled visas to be issued in the first year,\" Ms Stanford said.\n\n"
        "Immigration New Zealand has received 1,650 complaints about employers since 2022, of which 250 are still "
        "being investigated.\n\n"
        "Notes to editors\n"
        "1. The previous Government granted 93,000 AEWVs in its final year.\n"),
     claims=[("52,000", 52000, ["Erica Stanford", "Ms Stanford", "Stanford"], "attributed"),
             ("a quarter", None, ["Erica Stanford", "Ms Stanford", "Stanford"], "attributed", True),
             ("$29.66", 29.66, [P], "projected"),
             ("4,000", 4000, ["Erica Stanford", "Ms Stanford", "Stanford"], "projected"),
             ("1,650", 1650, [P], "stated"), ("250", 250, [P], "stated"), ("93,000", 93000, [P], "stated")]),
    dict(id="unhcr-greece-june-2024", publisher="UNHCR", published="2024-07-10", text=(
        "Greece: Sea and land arrivals, monthly update, June 2024\n\n"
        "Key figures\n"
        "- 25,170 arrivals in January–June 2024 (sea: 21,950; land: 3,220)\n"
        "- 67% of sea arrivals landed on the islands of Lesvos, Samos and Chios\n"
        "- 1 in 4 arrivals were children\n\n"
        "Most common nationalities of sea arrivals: Afghanistan (29%), Syria (23%), Eritrea (10%).\n\n"
        "According to the Ministry of Migration and Asylum, 9,860 people were staying in the Reception and "
        "Identification Centres on the islands at the end of June, against a capacity of 12,500.\n\n"
        "UNHCR estimates that at least 720 people have died or gone missing on the Eastern Mediterranean route "
        "since 2023.\n\n"
        "* Data are provisional and subject to change.\n"),
     claims=[("25,170", 25170, [P, "unhcr"], "stated"), ("21,950", 21950, [P, "unhcr"], "stated"),
             ("3,220", 3220, [P, "unhcr"], "stated"), ("67%", 67, [P, "unhcr"], "stated"),
             ("1 in 4", None, [P, "unhcr"], "stated"), ("29%", 29, [P, "unhcr"], "stated"),
             ("23%", 23, [P, "unhcr"], "stated"), ("10%", 10, [P, "unhcr"], "stated"),
             ("9,860", 9860, ["Ministry of Migration and Asylum"], "attributed"),
             ("12,500", 12500, ["Ministry of Migration and Asylum"], "attributed"),
             ("720", 720, [P, "unhcr"], "estimated")]),
    dict(id="guardian-rwanda-cost", publisher="The Guardian", published="2024-09-09", text=(
        "Rwanda scheme cost £700m before it was scrapped, watchdog finds\n\n"
        "The UK's deportation scheme to Rwanda cost taxpayers £715m, the National Audit Office has found. Only four "
        "volunteers were ever sent.\n\n"
        "The NAO said the figure included £290m paid directly to the Rwandan government. Ministers had previously "
        "said the total would not exceed £370m.\n\n"
        "The former home secretary James Cleverly insisted the scheme was a deterrent. \"The scheme stopped 10,000 "
        "people crossing,\" he said.\n\n"
        "Labour has said it will redirect £75m to a new Border Security Command. The Refugee Council estimated that "
        "scrapping the scheme would save £2.2bn over five years.\n\n"
        "Denmark, which had discussed a similar plan with Kigali, is reported to have spent 20 million kroner on "
        "preparatory work.\n\n"
        "Photograph: Asylum seekers at Dover in May. More than 12,000 people have crossed this year.\n"),
     claims=[("£700m", 700e6, ["National Audit Office", "national-audit-office", "watchdog"], "attributed"),
             ("£715m", 715e6, ["National Audit Office", "national-audit-office"], "attributed"),
             ("four volunteers", 4, [P, "the-guardian"], "stated"),
             ("£290m", 290e6, ["National Audit Office", "national-audit-office", "NAO"], "attributed"),
             ("£370m", 370e6, ["Ministers"], "projected"),
             ("10,000", 10000, ["James Cleverly", "Cleverly"], "attributed"),
             ("£75m", 75e6, ["Labour", "labour", "labour-party"], "projected"),
             ("£2.2bn", 2.2e9, ["Refugee Council", "refugee-council"], "projected"),
             ("20 million kroner", 20e6, [P, "the-guardian"], "hedged"),
             ("12,000", 12000, [P, "the-guardian"], "stated")]),
    dict(id="elpais-canary-islands", publisher="El País", published="2024-06-20", text=(
        "Canary Islands overwhelmed as arrivals reach record\n\n"
        "A record 39,910 migrants reached the Canary Islands by boat in 2023, according to the Spanish Interior "
        "Ministry, surpassing the 31,678 who arrived in 2006.\n\n"
        "Regional president Fernando Clavijo said the islands were caring for 5,500 unaccompanied minors, in "
        "centres meant for 2,000. He called for the central government to relocate at least 3,000 of them to the "
        "mainland.\n\n"
        "The NGO Caminando Fronteras claims that 6,618 people died trying to reach Spain in the first five months "
        "of 2024, a figure the Spanish government has not confirmed.\n\n"
        "The European Commission will provide €50 million in emergency funding, a spokesperson said.\n"),
     claims=[("39,910", 39910, ["Spanish Interior Ministry", "Interior Ministry"], "attributed"),
             ("31,678", 31678, ["Spanish Interior Ministry", "Interior Ministry"], "attributed"),
             ("5,500", 5500, ["Fernando Clavijo", "Clavijo"], "attributed"),
             ("2,000", 2000, ["Fernando Clavijo", "Clavijo"], "attributed"),
             ("3,000", 3000, ["Fernando Clavijo", "Clavijo"], "projected"),
             ("6,618", 6618, ["Caminando Fronteras", "The NGO Caminando Fronteras"], "disputed"),
             ("€50 million", 50e6, ["European Commission", "european-commission", "a spokesperson"], "projected")]),
    dict(id="japan-isa-refugees-2023", publisher="Immigration Services Agency of Japan", published="2024-03-26", text=(
        "Number of recognized refugees in 2023\n\n"
        "1. In 2023, the number of applications for refugee status was 13,823, an increase of 10,051 (266.5%) "
        "compared with the previous year.\n\n"
        "2. The number of persons recognized as refugees was 303, the largest ever. In addition, 1,005 persons were "
        "permitted to stay for humanitarian reasons.\n\n"
        "3. The average processing period for a primary examination was approximately 26.6 months.\n\n"
        "4. Under the revised Immigration Control Act, which takes effect in June 2024, the Agency expects to "
        "shorten this period to about 6 months.\n\n"
        "(Note) Figures are preliminary.\n"),
     claims=[("13,823", 13823, [P], "stated"), ("10,051", 10051, [P], "stated"), ("266.5%", 266.5, [P], "stated"),
             ("303", 303, [P], "stated"), ("1,005", 1005, [P], "stated"), ("26.6 months", 26.6, [P], "estimated"),
             ("6 months", 6, [P], "projected")]),
    dict(id="irish-high-court-ipa", publisher="High Court of Ireland", published="2024-05-14", text=(
        "JUDGMENT of Mr Justice Meenan delivered on 14 May 2024\n\n"
        "1. The applicant is one of some 2,000 male international protection applicants who have not been offered "
        "accommodation by the State.\n\n"
        "2. The respondent Minister accepts that, as of 1 May 2024, 1,747 applicants were awaiting an offer of "
        "accommodation. Counsel for the Minister submitted that the State had provided accommodation to 29,000 "
        "people, more than three times the number in 2021.\n\n"
        "3. The applicant states that he receives a weekly allowance of €38.80, when the Directive requires more.\n\n"
        "4. I am satisfied that the State is in breach of its obligations. The State will be required to pay the "
        "applicant's costs.\n"),
     claims=[("2,000", 2000, [P], "estimated"), ("1,747", 1747, ["The respondent Minister", "Minister"], "attributed"),
             ("29,000", 29000, ["Counsel for the Minister", "Counsel"], "attributed"),
             ("three times", None, ["Counsel for the Minister", "Counsel"], "attributed", True),
             ("€38.80", 38.8, ["The applicant", "applicant"], "attributed")]),
    dict(id="tweede-kamer-asylum-crisis", publisher="Tweede Kamer", published="2024-11-20", text=(
        "Debate on the Asylum Emergency Measures Act\n\n"
        "Mr Van Baarle (DENK): Chair, the minister wants to declare an asylum crisis, but last year 32,000 people "
        "applied for asylum, fewer than in 2015, when 59,000 came. Is this a crisis?\n\n"
        "Minister Faber: Chair, the reception centres hold 65,000 people while they were built for 50,000. The COA "
        "has told me that 2,700 children are living in emergency shelters. We will reduce the intake to the lowest "
        "level ever.\n\n"
        "Ms Podt (D66): The Council of State estimates that the emergency law will cost municipalities €150 million "
        "a year. Does the minister recognise that figure?\n\n"
        "Minister Faber: Chair, we will compensate municipalities for 60% of the costs.\n"),
     claims=[("32,000", 32000, ["Mr Van Baarle", "Van Baarle"], "stated"),
             ("59,000", 59000, ["Mr Van Baarle", "Van Baarle"], "stated"),
             ("65,000", 65000, ["Minister Faber", "Faber", "netherlands"], "stated"),
             ("50,000", 50000, ["Minister Faber", "Faber", "netherlands"], "stated"),
             ("2,700", 2700, ["COA"], "attributed"),
             ("€150 million", 150e6, ["Council of State"], "projected"),
             ("60%", 60, ["Minister Faber", "Faber", "netherlands"], "projected")]),
]


def part_of(text: str) -> str:
    """DEV or ASIDE, by a hash of the text (fixed before any run)."""
    return "dev" if int(hashlib.md5(text.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "aside"


def gold_of(doc: dict) -> dict:
    claims = []
    for c in doc["claims"]:
        text, value, source, status = c[:4]
        claims.append({"text": text, "value": value, "source": source, "status": status,
                       "optional": len(c) > 4 and bool(c[4])})
    return {"file": doc["id"], "claims": claims, "links": []}


def check(docs: list[dict]) -> None:
    """Every labelled surface occurs as often as it is labelled, never inside a longer number."""
    import re
    for d in docs:
        for c in d["claims"]:
            n = sum(1 for g in d["claims"] if g[0] == c[0])
            hits = [m for m in re.finditer(re.escape(c[0]), d["text"])
                    if not re.match(r"[\d.,]", d["text"][m.start() - 1: m.start()] or " ")
                    and not re.match(r"[\d]|[.,]\d", d["text"][m.end(): m.end() + 2])]
            assert len(hits) >= n, (d["id"], c[0], len(hits), n)


def run(all_docs: list[dict], prog: str) -> int:
    """Score the part named on the command line (dev: with each error; aside: totals only)."""
    from dossier import reference
    from dossier.api import analyse_texts
    from dossier.claims.gold import score_document, Score

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part not in ("dev", "aside"):
        print(f"usage: {prog} dev|aside", file=sys.stderr)
        return 2
    check(all_docs)
    docs = [d for d in all_docs if part_of(d["text"]) == part]
    names = {k: e.name for k, e in reference.load().entities.items()}
    total = Score()
    items = [{"text": d["text"], "published": d["published"], "publisher": d["publisher"]} for d in docs]
    for d, tables in zip(docs, analyse_texts(items)):
        sc = score_document(d["text"], tables["claims"], gold_of(d), names)
        total = total.add(sc)
        if part == "dev":
            for m in sc.misses:
                if m.get("problem"):
                    print(f"{d['id']}: {m['text']!r}: no claim row (gold {m['gold_status']})")
                    continue
                what = []
                if not m["source_ok"]:
                    what.append(f"source {m['source']!r} ({m['source_text']!r}, {m['source_kind']}), "
                                f"want {m['gold_source']}")
                if not m["status_ok"]:
                    what.append(f"status {m['status']} (cue {m['cue']!r}), want {m['gold_status']}")
                print(f"{d['id']}: {m['text']!r}: " + "; ".join(what))
    print(f"{part}: {len(docs)} documents, {total.n} required figures; source accuracy "
          f"{total.source_accuracy:.3f} ({total.source_ok}/{total.n}), status accuracy "
          f"{total.status_accuracy:.3f} ({total.status_ok}/{total.n}); no claim row {total.missed}")
    return 0


def main() -> int:
    return run(DOCS, "claims_migration.py")


if __name__ == "__main__":
    raise SystemExit(main())
