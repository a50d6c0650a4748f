"""Fourth claims probe on whole migration-policy documents, in registers and countries none of the
first three probes (``claims_migration.py``, ``claims_migration2.py``, ``claims_migration3.py``)
covered: who states each figure (source) and how firmly (status). Written 2026-12-04 (round 4 of the
claims sessions) by a helper; every figure was labelled by ``tests/claims_gold/README.md`` and the
conventions below before any output of the pipeline on these texts was seen, and the file was saved
(``/tmp/c4/probe4_saved.py``) before its first run.

    python benchmarks/probes/claims_migration4.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration4.py aside   # score only (the held-out half)

Twenty-four documents of 4-10 sentences (or lines), written for this probe in the style of their
register (names of officials and small bodies are illustrative): an ombudsman's inspection report
(Finland), a regional newspaper (northern France), a written answer to an unstarred question in a
national parliament (India), an asylum agency's annual statistics with an outlook (Switzerland, the
publisher named in its own language), an op-ed disputing a figure politicians repeat (South Africa),
a press-agency roundup quoting several governments (EU ministers' meeting), a humanitarian funding
appeal with targets (Sudan regional refugee plan), a national newspaper on refugee arrivals
(Thailand), a newspaper on a camp-integration plan (Kenya), a newspaper on an agency's backlog
(Portugal), an asylum office's monthly release named in its own language (Germany), a statistics
office's population forecast (Austria), a research centre's snapshot with estimates (Darién), a
televised debate transcript (Chile), a development bank's blog with forecasts (Tajikistan), a UN
expert's press release (Libya), an island newspaper (Cyprus), a newspaper explainer on refugee
numbers (Lebanon), a newspaper on refugee arrivals (Uganda), a charity's winter appeal (Ukraine), a
ministry's press release rejecting an NGO's figures (Malta), a city's budget chapter (Amsterdam), a
written answer of the European Commission to a question of a member of the European Parliament, and
a regional newspaper on a city's spending (Denver). DEV / ASIDE is ``md5(text) % 2`` (0 = DEV), as in
the first three probes; DEV is read while fixing classes, ASIDE is only ever scored, once, aggregate
only.

Labels (README of tests/claims_gold, the conventions of the first three probes, and these, decided
before running):
- every count, amount, percentage, rate, target, cap and budget is labelled; durations, ages, years,
  dates and question numbers are not (a row for them is not scored);
- the status order is the README's, the first that applies: disputed > projected > hedged >
  estimated > attributed > stated. A future value (a target, plan, budget for a coming period,
  request, forecast, "will", "expects", "aims", "would cost") is *projected*, also under "could" when
  its clause gives the future time ("could do so by 2027 for about R12 million"); "could / may" without
  one is *hedged*, as is "are thought to";
- "around", "about", "some", "roughly", "nearly", "an estimated", "we estimate", "the government
  estimates" are *estimated*; a bound ("more than", "at least", "as many as" without a modal) is not;
- a figure its source "claims", one the source itself denies ("That number of 20,000 is false"), or
  one the publisher or the next speaker rejects or denies ("is simply not true", "which the government
  denies", "That number ... is false") is *disputed*;
- in a written answer the answering government (its minister, its ministry, its country) is the source
  of the answer's own figures, *stated*; a question's figure is the questioner's (or the House's),
  *stated* unless attributed inside the question; a figure the answer gives as another body's ("As per
  the information provided by the Government of Assam", "According to Frontex") is that body's;
- "the government" in a story about one country is that country's government (the country's entity is
  accepted), not the publisher's;
- a body's own release or report is the publisher's voice (``@publisher``), also where it names itself
  ("The State Secretariat for Migration (SEM) settled ...", "the BAMF decided"); "we" and "our" in it
  are that voice; a debate turn ("Kast: ...") is its speaker's own statement (*stated*);
- a headline's figure is the publisher's own voice unless the headline quotes someone ("..., interior
  ministry says");
- a figure with no claim row counts against both accuracies (a quantities problem, listed apart).

Scoring is the first probe's (:func:`claims_migration.run`): :func:`dossier.claims.gold.score_document`
over the ``claims`` table of :func:`dossier.api.analyse_texts`, source names from the reference table.
"""

from __future__ import annotations

P = "@publisher"

FI_UNIT = ["the unit's records", "unit's records", "records", "the unit", "unit"]
FI_MIGRI = ["The Finnish Immigration Service", "Finnish Immigration Service", "finland"]
SUBPREF = ["The sub-prefecture", "sub-prefecture"]
MAYOR_GS = ["The mayor, Martial Beyaert", "Martial Beyaert", "Beyaert", "The mayor", "mayor"]
FR_GOV = ["The government", "government", "france", "French government"]
IN_GOV = ["SHRI NITYANAND RAI", "NITYANAND RAI", "Nityanand Rai",
          "MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS", "Minister of State", "MINISTRY OF HOME AFFAIRS",
          "Ministry of Home Affairs", "GOVERNMENT OF INDIA", "Government of India", "india"]
IN_MP = ["SHRI R. K. MENON", "R. K. MENON", "MENON", "LOK SABHA", "Lok Sabha", P]
SEM = [P, "State Secretariat for Migration", "The State Secretariat for Migration", "SEM", "switzerland"]
ZA_MIN = ["The Minister of Home Affairs", "Minister of Home Affairs", "south-africa"]
CENSUS = ["the last census", "last census", "census", "Stats SA"]
KARNER = ["Austria's Interior Minister Gerhard Karner", "Interior Minister Gerhard Karner", "Gerhard Karner",
          "Karner", "austria"]
HU = ["The Hungarian government", "Hungarian government", "hungary"]
DK = ["Immigration Minister Kaare Dybvad Bek", "Kaare Dybvad Bek", "Dybvad Bek", "The government", "government",
      "denmark"]
GR = ["Greece", "greece", "its government", "government"]
DE_MIN = ["Germany's Interior Ministry", "Interior Ministry", "germany"]
UN = [P, "unhcr", "UNHCR"]
TH_GOV = ["The government", "government", "thailand", "Thai government"]
TH_MOI = ["the Interior Ministry", "Interior Ministry", "thailand"]
TBC = ["The Border Consortium", "Border Consortium"]
KE_GOV = ["The government", "government", "kenya", "Interior Cabinet Secretary Kipchumba Murkomen",
          "Kipchumba Murkomen", "Murkomen"]
AIMA = ["the agency's president, Pedro Portugal Gaspar", "Pedro Portugal Gaspar", "Portugal Gaspar", "Gaspar",
        "AIMA", "Agency for Integration, Migration and Asylum", "The Agency for Integration, Migration and Asylum"]
BAMF = [P, "Federal Office for Migration and Refugees", "The Federal Office for Migration and Refugees", "BAMF",
        "Federal Office", "germany"]
STAT_AT = [P, "Statistik Austria", "austria"]
PA_SNM = ["Panama's National Migration Service", "National Migration Service", "panama"]
MMC = [P, "Mixed Migration Centre"]
KAST = ["Kast"]
JARA = ["Jara"]
WB = [P, "World Bank"]
MADI = ["Gehad Madi", "Madi", "the Special Rapporteur", "Special Rapporteur", "The Special Rapporteur"]
CY_MOI = ["the interior ministry", "interior ministry", "the ministry", "ministry", "cyprus"]
LB_GOV = ["The government", "government", "lebanon"]
SAYED = ["Social Affairs Minister Haneen Sayed", "Haneen Sayed", "Sayed", "the government", "government",
         "lebanon"]
OPM = ["the Office of the Prime Minister", "Office of the Prime Minister", "OPM", "uganda"]
ASIIMWE = ["Commissioner for Refugees Douglas Asiimwe", "Douglas Asiimwe", "Asiimwe", "uganda"]
CARITAS = [P, "Caritas Internationalis", "Caritas"]
UN_ORG = ["The UN", "UN", "united-nations"]
MT = [P, "Ministry for Home Affairs, Security and Employment", "The Ministry", "malta", "The Government"]
ALARM = ["the NGO Alarm Phone", "NGO Alarm Phone", "Alarm Phone", "The NGO", "NGO"]
AMS = [P, "Gemeente Amsterdam", "Amsterdam", "the city", "city"]
EC = ["european-commission", "European Commission", "Commission", "The Commission", "Commissioner Brunner",
      "Brunner"]
DENVER_OFF = ["city officials", "officials"]

DOCS = [
    dict(id="finland-ombudsman-detention", publisher="Parliamentary Ombudsman of Finland", published="2025-09-30",
         text=(
        "Inspection of the Metsälä detention unit, 12-13 June 2025\n\n"
        "Summary of findings\n\n"
        "The Deputy-Ombudsman inspected the detention unit for foreign nationals in Helsinki without prior notice. "
        "At the time of the inspection the unit held 31 detainees, although it has places for 40. Four of the "
        "detainees were women and none were children.\n\n"
        "According to the unit's records, 412 people were detained there in 2024. The Finnish Immigration Service "
        "told the inspectors that it aims to cut the number of detainees held for more than two months from 58 last "
        "year to fewer than 30 by the end of 2026.\n\n"
        "Detainees told the inspectors that 9 of them had not been able to call a lawyer within the first day. The "
        "staff disputed this and stated that every detainee is offered a phone call on arrival.\n\n"
        "In the Deputy-Ombudsman's view, the unit should recruit at least 2 more nurses. The police estimate that up "
        "to 15 detainees a month could be moved to the unit from police cells next year.\n"),
     claims=[("31 detainees", 31, [P], "stated"), ("40", 40, [P], "stated"), ("Four", 4, [P], "stated"),
             ("412 people", 412, FI_UNIT, "attributed"), ("58", 58, FI_MIGRI, "attributed"),
             ("30", 30, FI_MIGRI, "projected"), ("9", 9, ["Detainees"], "disputed"),
             ("2 more nurses", 2, [P], "projected"),
             ("15 detainees", 15, ["The police", "police"], "projected")]),
    dict(id="voix-du-nord-grande-synthe", publisher="La Voix du Nord", published="2025-10-14", text=(
        "Grande-Synthe: the Puythouck camp emptied again\n\n"
        "Police cleared the Puythouck camp at dawn on Tuesday for the third time since August. Some 450 people were "
        "living there, according to the associations that work at the site.\n\n"
        "The sub-prefecture said 186 people had agreed to board buses to reception centres across the region, and "
        "that 38 of them were minors. Utopia 56 said the others had simply moved into the woods nearby.\n\n"
        "The mayor, Martial Beyaert, has asked the state to open a permanent shelter for 300 people in the town. The "
        "government has promised €4.8 million over three years for the coastal departments, a figure the mayor calls "
        "\"far too little\".\n\n"
        "Since January, 61 people have died trying to reach England from this coast, the highest toll on record, "
        "according to the prefecture of the Nord.\n"),
     claims=[("450 people", 450, ["the associations that work at the site", "associations", "the associations"],
              "estimated"),
             ("186 people", 186, SUBPREF, "attributed"), ("38", 38, SUBPREF, "attributed"),
             ("300 people", 300, MAYOR_GS, "projected"), ("€4.8 million", 4.8e6, FR_GOV, "projected"),
             ("61 people", 61, ["the prefecture of the Nord", "prefecture of the Nord", "prefecture"],
              "attributed")]),
    dict(id="india-lok-sabha-detention", publisher="Lok Sabha Secretariat", published="2025-08-05", text=(
        "GOVERNMENT OF INDIA\nMINISTRY OF HOME AFFAIRS\nLOK SABHA\nUNSTARRED QUESTION NO. 2317\n"
        "TO BE ANSWERED ON THE 5TH AUGUST, 2025\n\n"
        "FOREIGNERS IN DETENTION CENTRES\n\n"
        "2317. SHRI R. K. MENON:\n\n"
        "Will the Minister of HOME AFFAIRS be pleased to state:\n"
        "(a) whether it is a fact that more than 1,500 foreigners are held in detention centres in Assam;\n"
        "(b) the number of foreigners deported in each of the last three years; and\n"
        "(c) the steps taken by the Government to expedite deportation?\n\n"
        "ANSWER\n\n"
        "MINISTER OF STATE IN THE MINISTRY OF HOME AFFAIRS\n(SHRI NITYANAND RAI)\n\n"
        "(a) to (c): As per the information provided by the Government of Assam, 1,212 foreign nationals were "
        "lodged in the transit camp at Matia as on 30.06.2025.\n\n"
        "The number of foreigners deported was 2,583 in 2022, 3,106 in 2023 and 3,842 in 2024.\n\n"
        "The Government has sanctioned Rs. 46.5 crore for a second transit camp with a capacity of 3,000 inmates, "
        "which is expected to be completed by March 2026.\n"),
     claims=[("1,500 foreigners", 1500, IN_MP, "stated"),
             ("1,212 foreign nationals", 1212, ["the Government of Assam", "Government of Assam", "Assam"],
              "attributed"),
             ("2,583", 2583, IN_GOV, "stated"), ("3,106", 3106, IN_GOV, "stated"), ("3,842", 3842, IN_GOV, "stated"),
             ("46.5 crore", None, IN_GOV, "stated"), ("3,000 inmates", 3000, IN_GOV, "projected", True)]),
    dict(id="swiss-sem-asylum-statistics", publisher="Staatssekretariat für Migration SEM", published="2026-02-17",
         text=(
        "Asylum statistics 2025\n\n"
        "In 2025, 24,912 asylum applications were filed in Switzerland, 11.4% fewer than in 2024. The main countries "
        "of origin were Afghanistan (5,103 applications), Eritrea (2,380) and Türkiye (2,105).\n\n"
        "The State Secretariat for Migration (SEM) settled 27,680 asylum applications at first instance. The "
        "protection rate was 58.2%.\n\n"
        "At the end of December, 10,455 cases were pending at first instance, around 3,000 fewer than a year "
        "earlier.\n\n"
        "Outlook: The SEM expects between 21,000 and 27,000 new asylum applications in 2026; the most likely figure "
        "is 24,000. Much depends on the situation in the Balkans, where a reopening of routes could bring as many as "
        "5,000 additional applications.\n\n"
        "In addition, some 68,000 people from Ukraine held protection status S at the end of the year.\n"),
     claims=[("24,912", 24912, SEM, "stated"), ("11.4%", 11.4, SEM, "stated"),
             ("5,103 applications", 5103, SEM, "stated"), ("2,380", 2380, SEM, "stated"),
             ("2,105", 2105, SEM, "stated"), ("27,680", 27680, SEM, "stated"), ("58.2%", 58.2, SEM, "stated"),
             ("10,455 cases", 10455, SEM, "stated"), ("3,000", 3000, SEM, "estimated"),
             ("21,000", 21000, SEM, "projected"), ("27,000", 27000, SEM, "projected"),
             ("24,000", 24000, SEM, "projected"), ("5,000 additional applications", 5000, SEM, "hedged"),
             ("68,000 people", 68000, SEM, "estimated")]),
    dict(id="daily-maverick-oped-undocumented", publisher="Daily Maverick", published="2025-06-03", text=(
        "OP-ED: The 15 million 'illegal immigrants' who do not exist\n\n"
        "Politicians keep repeating that there are 15 million undocumented foreigners in South Africa. The number is "
        "pure invention. According to the last census, 2.4 million people born outside the country live here, "
        "documented or not, about 3.9% of the population.\n\n"
        "The Minister of Home Affairs told Parliament in May that his department had deported 47,000 people in the "
        "last financial year. That may well be true, but it says nothing about how many people live here without "
        "papers.\n\n"
        "Even the department's own estimate, that up to 1 million people may be undocumented, rests on a 2011 survey "
        "that its authors have since withdrawn.\n\n"
        "If we want a sensible debate, Stats SA should publish a proper estimate; the census team says it could do "
        "so by 2027 for about R12 million.\n"),
     claims=[("15 million", 15e6, [P, "Politicians"], "disputed"), ("15 million", 15e6, ["Politicians"], "disputed"),
             ("2.4 million people", 2.4e6, CENSUS, "attributed"), ("3.9%", 3.9, CENSUS, "estimated"),
             ("47,000 people", 47000, ZA_MIN, "attributed"),
             ("1 million people", 1e6, ["the department", "department", "south-africa"], "hedged", True),
             ("R12 million", 12e6, ["the census team", "census team"], "projected")]),
    dict(id="dpa-eu-ministers-returns", publisher="Deutsche Presse-Agentur", published="2025-12-02", text=(
        "EU ministers split over new return rules\n\n"
        "BRUSSELS (dpa) - Interior ministers of the European Union failed on Tuesday to agree on a new regulation on "
        "returns, with several governments demanding tougher rules.\n\n"
        "Austria's Interior Minister Gerhard Karner said his country had registered 17,200 asylum applications so "
        "far this year, down from 24,900 a year earlier, and wanted the EU to fund return centres outside the "
        "bloc.\n\n"
        "The Hungarian government says it has stopped 89,000 attempts to cross its southern border fence this year. "
        "Budapest refuses to take part in the solidarity pool, under which member states are to relocate 30,000 "
        "people a year or pay €20,000 for each person not taken.\n\n"
        "In Denmark, the government wants to cut the number of residence permits for refugees to below 500 next "
        "year, Immigration Minister Kaare Dybvad Bek told reporters on the sidelines.\n\n"
        "Greece said arrivals on Crete had risen to more than 14,000, and its government has asked for an extra "
        "€100 million from EU funds. Germany's Interior Ministry said rejections at the border had reached about "
        "18,000 since May.\n"),
     claims=[("17,200 asylum applications", 17200, KARNER, "attributed"), ("24,900", 24900, KARNER, "attributed"),
             ("89,000 attempts", 89000, HU, "attributed"), ("30,000 people", 30000, [P], "projected"),
             ("€20,000", 20000, [P], "projected"), ("500", 500, DK, "projected"),
             ("14,000", 14000, GR, "attributed"), ("€100 million", 100e6, GR, "projected"),
             ("18,000", 18000, DE_MIN, "estimated")]),
    dict(id="unhcr-sudan-rrp-appeal", publisher="UNHCR", published="2026-01-20", text=(
        "Sudan Regional Refugee Response Plan 2026: funding appeal\n\n"
        "Nearly three years into the war, more than 4.3 million people have fled Sudan to neighbouring countries, "
        "including an estimated 1.2 million to Chad and some 1.5 million to Egypt.\n\n"
        "The 2026 plan brings together 118 partners in seven countries. They are seeking $1.6 billion to assist 4.8 "
        "million people, including refugees, returnees and host communities.\n\n"
        "Partners aim to relocate 200,000 refugees away from the border in eastern Chad and to provide clean water "
        "to at least 2 million people. Last year's plan was only 31% funded.\n\n"
        "Without additional funding, food rations in Chad could be cut from April, and up to 400,000 children may "
        "miss school.\n"),
     claims=[("4.3 million people", 4.3e6, UN, "stated"), ("1.2 million", 1.2e6, UN, "estimated"),
             ("1.5 million", 1.5e6, UN, "estimated"), ("118 partners", 118, UN, "stated"),
             ("seven countries", 7, UN, "stated"), ("$1.6 billion", 1.6e9, UN, "projected"),
             ("4.8 million people", 4.8e6, UN, "projected"), ("200,000 refugees", 200000, UN, "projected"),
             ("2 million people", 2e6, UN, "projected"), ("31%", 31, UN, "stated"),
             ("400,000 children", 400000, UN, "hedged")]),
    dict(id="bangkok-post-tak-arrivals", publisher="Bangkok Post", published="2025-05-12", text=(
        "Tak camps brace for more arrivals\n\n"
        "More than 3,000 people crossed into Tak province from Myanmar last week to escape fighting near Myawaddy, "
        "provincial officials said on Sunday.\n\n"
        "The government said it had set up temporary shelters for 5,000 people along the Moei River, and the "
        "Interior Ministry said it would send 200 more volunteers to the area.\n\n"
        "About 80,000 refugees from Myanmar already live in nine camps along the border, according to The Border "
        "Consortium, which supplies them with food.\n\n"
        "Prime Minister Paetongtarn Shinawatra said Thailand would not push anyone back while fighting continued, "
        "but that the camps had room for no more than 10,000 new arrivals.\n"),
     claims=[("3,000 people", 3000, ["provincial officials", "officials"], "attributed"),
             ("5,000 people", 5000, TH_GOV, "attributed"), ("200 more volunteers", 200, TH_MOI, "projected"),
             ("80,000 refugees", 80000, TBC, "estimated"), ("nine camps", 9, TBC, "attributed"),
             ("10,000 new arrivals", 10000, ["Prime Minister Paetongtarn Shinawatra", "Paetongtarn Shinawatra",
                                             "Paetongtarn", "thailand"], "attributed")]),
    dict(id="daily-nation-shirika-plan", publisher="Daily Nation", published="2025-03-18", text=(
        "Shirika plan: refugee camps to become settlements\n\n"
        "The government will turn the Dadaab and Kakuma camps into integrated settlements under the Shirika plan, "
        "Interior Cabinet Secretary Kipchumba Murkomen said on Monday.\n\n"
        "Kenya hosts about 800,000 refugees and asylum seekers, most of them from Somalia and South Sudan. Under the "
        "plan, at least 60 percent of them are expected to move into settlements by 2028.\n\n"
        "The government said the plan would cost Sh48 billion, of which donors had pledged Sh20 billion. UNHCR says "
        "funding cuts have already forced it to reduce food rations in the camps to 40 percent of the minimum.\n\n"
        "Turkana County officials said 1,200 refugees had registered for business permits since January.\n"),
     claims=[("800,000 refugees", 800000, [P], "estimated"), ("60 percent", 60, [P] + KE_GOV, "projected"),
             ("Sh48 billion", 48e9, KE_GOV, "projected"), ("Sh20 billion", 20e9, KE_GOV, "projected", True),
             ("40 percent", 40, ["unhcr", "UNHCR"], "attributed"),
             ("1,200 refugees", 1200, ["Turkana County officials", "County officials", "officials"],
              "attributed")]),
    dict(id="publico-aima-backlog", publisher="Público", published="2025-07-08", text=(
        "AIMA still has 400,000 pending cases\n\n"
        "The Agency for Integration, Migration and Asylum (AIMA) still has around 400,000 residence applications "
        "waiting for a decision, the agency's president, Pedro Portugal Gaspar, told MPs on Tuesday.\n\n"
        "A task force set up last year has already cleared 340,000 files, he said, and the agency expects to finish "
        "the rest by the end of the year.\n\n"
        "According to the Bar Association, at least 110,000 lawsuits have been filed against AIMA by immigrants "
        "waiting for an appointment.\n\n"
        "Portugal had 1.55 million foreign residents at the end of 2024, according to AIMA's latest annual report.\n"),
     claims=[("400,000", 400000, [P], "stated"), ("400,000", 400000, AIMA, "estimated"),
             ("340,000 files", 340000, AIMA, "attributed"),
             ("110,000 lawsuits", 110000, ["the Bar Association", "Bar Association"], "attributed"),
             ("1.55 million foreign residents", 1.55e6, ["AIMA's latest annual report", "latest annual report",
                                                         "annual report", "AIMA"], "attributed")]),
    dict(id="bamf-monthly-october", publisher="Bundesamt für Migration und Flüchtlinge", published="2025-11-05",
         text=(
        "Current figures on asylum: October 2025\n\n"
        "In October 2025, the Federal Office for Migration and Refugees (BAMF) received 9,818 first-time asylum "
        "applications, 40.6% fewer than in October 2024.\n\n"
        "From January to October, the BAMF decided on the applications of 285,734 people. The overall protection "
        "rate was 28.1%.\n\n"
        "The main countries of origin were Afghanistan with 2,148 first-time applications, Syria (1,530) and "
        "Türkiye (1,021).\n\n"
        "At the end of October, 118,300 applications were still pending. The Federal Office expects the number of "
        "pending cases to fall below 100,000 by the end of the year.\n"),
     claims=[("9,818", 9818, BAMF, "stated"), ("40.6%", 40.6, BAMF, "stated"),
             ("285,734 people", 285734, BAMF, "stated"), ("28.1%", 28.1, BAMF, "stated"),
             ("2,148", 2148, BAMF, "stated"), ("1,530", 1530, BAMF, "stated"), ("1,021", 1021, BAMF, "stated"),
             ("118,300 applications", 118300, BAMF, "stated"), ("100,000", 100000, BAMF, "projected")]),
    dict(id="statistik-austria-forecast", publisher="Statistik Austria", published="2025-11-25", text=(
        "Population forecast 2025: Austria to reach 9.5 million by 2040\n\n"
        "Austria's population is expected to grow from 9.2 million at the start of 2025 to 9.5 million in 2040 and "
        "about 9.7 million in 2080, according to the main scenario of the new population forecast.\n\n"
        "Growth will come entirely from immigration: the forecast assumes net migration of 28,000 a year on average "
        "until 2040. Without migration, the population would shrink by 1.1 million by 2080.\n\n"
        "The share of people aged 65 and over is projected to rise from 20% today to 27% in 2050.\n\n"
        "In 2024, net migration amounted to 44,000 people, mainly from Germany, Romania and Ukraine.\n"),
     claims=[("9.5 million", 9.5e6, STAT_AT, "projected"), ("9.2 million", 9.2e6, STAT_AT, "stated"),
             ("9.5 million", 9.5e6, STAT_AT, "projected"), ("9.7 million", 9.7e6, STAT_AT, "projected"),
             ("28,000", 28000, STAT_AT, "projected"), ("1.1 million", 1.1e6, STAT_AT, "projected"),
             ("20%", 20, STAT_AT, "stated"), ("27%", 27, STAT_AT, "projected"),
             ("44,000 people", 44000, STAT_AT, "stated")]),
    dict(id="mmc-darien-snapshot", publisher="Mixed Migration Centre", published="2025-02-10", text=(
        "Darién Gap snapshot, January 2025\n\n"
        "Crossings of the Darién Gap fell sharply in 2024. Panama's National Migration Service recorded 302,203 "
        "crossings, down from 520,085 in 2023.\n\n"
        "In 4Mi interviews with 1,120 people in Panama and Costa Rica, roughly 35% of respondents had witnessed a "
        "death on the route. An estimated 40% had paid a smuggler.\n\n"
        "Some 12,000 people are thought to be stranded in northern Colombia, unable to pay for the crossing. We "
        "estimate that reverse flows from Mexico to South America reached about 14,000 people in December alone.\n\n"
        "Respondents reported that as many as 60 people were held in a single boat on the Pacific route.\n"),
     claims=[("302,203 crossings", 302203, PA_SNM, "attributed"), ("520,085", 520085, PA_SNM, "attributed"),
             ("1,120 people", 1120, MMC, "stated"), ("35%", 35, MMC, "estimated"), ("40%", 40, MMC, "estimated"),
             ("12,000 people", 12000, MMC, "hedged"), ("14,000 people", 14000, MMC, "estimated"),
             ("60 people", 60, ["Respondents"], "attributed")]),
    dict(id="chile-debate-transcript", publisher="CNN Chile", published="2025-11-04", text=(
        "Presidential debate, transcript (excerpt): migration\n\n"
        "Moderator: Candidates, the National Migration Service says 1.9 million foreigners live in Chile. How many "
        "are here irregularly?\n\n"
        "Kast: At least 330,000, and the government knows it. We will expel every one of them, starting with the "
        "20,000 who have criminal records.\n\n"
        "Jara: That number of 20,000 is false. The prosecutors' office counted 4,100 foreigners convicted last year, "
        "not 20,000.\n\n"
        "Kast: The government's own registration drive found 182,000 people who entered through unauthorised "
        "crossings.\n\n"
        "Jara: And our government has already expelled 2,500 people this year, more than any government before.\n"),
     claims=[("1.9 million foreigners", 1.9e6, ["the National Migration Service", "National Migration Service"],
              "attributed"),
             ("330,000", 330000, KAST, "stated"), ("20,000", 20000, KAST, "disputed"),
             ("20,000", 20000, JARA, "disputed"),
             ("4,100 foreigners", 4100, JARA + ["The prosecutors' office", "prosecutors' office"], "attributed"),
             ("20,000", 20000, JARA + KAST, "disputed"),
             ("182,000 people", 182000, KAST + ["The government's own registration drive", "registration drive",
                                                "chile"], "attributed"),
             ("2,500 people", 2500, JARA, "stated")]),
    dict(id="world-bank-tajikistan-remittances", publisher="World Bank Blogs", published="2025-06-26", text=(
        "Remittances to Tajikistan: strong, but for how long?\n\n"
        "Remittances to Tajikistan reached an estimated $5.7 billion in 2024, equal to about 45% of GDP, one of the "
        "highest shares in the world.\n\n"
        "Most of this money is sent by some 1 million Tajik workers in Russia. Russia's Ministry of Internal Affairs "
        "reported that the number of work patents issued to Tajik citizens fell by 12% in the first quarter of "
        "2025.\n\n"
        "We project that remittance inflows will slow to 3% growth in 2025 and may decline in 2026 if Russian "
        "restrictions tighten further. A 10% fall in remittances could push up to 200,000 Tajiks into poverty.\n\n"
        "Sending $200 from Russia to Tajikistan costs 1.8% on average, well below the global average of 6.4%.\n"),
     claims=[("$5.7 billion", 5.7e9, WB, "estimated"), ("45%", 45, WB, "estimated"),
             ("1 million Tajik workers", 1e6, WB, "estimated"),
             ("12%", 12, ["Russia's Ministry of Internal Affairs", "Ministry of Internal Affairs", "russia"],
              "attributed"),
             ("3%", 3, WB, "projected"), ("10%", 10, WB, "hedged"), ("200,000 Tajiks", 200000, WB, "hedged"),
             ("$200", 200, WB, "stated"), ("1.8%", 1.8, WB, "stated"), ("6.4%", 6.4, WB, "stated")]),
    dict(id="ohchr-libya-expulsions", publisher="OHCHR", published="2025-09-15", text=(
        "Libya: UN expert alarmed by mass expulsions\n\n"
        "GENEVA (15 September 2025) - A UN expert today expressed alarm at reports that Libyan authorities expelled "
        "more than 9,000 migrants across the desert border with Niger in the past three months.\n\n"
        "\"These are not voluntary returns,\" said Gehad Madi, the Special Rapporteur on the human rights of "
        "migrants. \"I have received credible information that at least 70 people died in the desert in August "
        "alone.\"\n\n"
        "The authorities in eastern Libya claim that only 1,500 people were returned, all of them voluntarily, with "
        "the help of their embassies.\n\n"
        "The Special Rapporteur urged the authorities to halt the expulsions and to give UN agencies access to the "
        "14 detention centres he says are holding about 5,000 people.\n"),
     claims=[("9,000 migrants", 9000, ["reports", P, "A UN expert", "UN expert"], "attributed", True),
             ("70 people", 70, MADI, "attributed"),
             ("1,500 people", 1500, ["The authorities in eastern Libya", "authorities in eastern Libya", "authorities",
                                     "libya"], "disputed"),
             ("14 detention centres", 14, MADI + [P], "attributed", True),
             ("5,000 people", 5000, MADI, "estimated")]),
    dict(id="cyprus-mail-asylum-drop", publisher="Cyprus Mail", published="2025-04-22", text=(
        "Asylum applications down 70 per cent, interior ministry says\n\n"
        "Asylum applications fell by 70 per cent in the first quarter of the year, the interior ministry said on "
        "Tuesday, crediting faster returns and patrols off the Syrian coast.\n\n"
        "According to the ministry, 1,104 people applied for asylum between January and March, compared with 3,680 "
        "in the same period last year. Some 2,900 people left the island under the voluntary return scheme.\n\n"
        "The government reportedly plans to close the Pournara reception centre's overflow tents, which house around "
        "600 people. Interior Minister Constantinos Ioannou said the state was spending €10 million less on "
        "reception this year.\n\n"
        "Kisa, a migrant rights group, said at least 40 Syrians had been pushed back at sea since January, which the "
        "government denies.\n"),
     claims=[("70 per cent", 70, CY_MOI, "attributed"), ("70 per cent", 70, CY_MOI, "attributed"),
             ("1,104 people", 1104, CY_MOI, "attributed"), ("3,680", 3680, CY_MOI, "attributed"),
             ("2,900 people", 2900, [P] + CY_MOI, "estimated"),
             ("600 people", 600, [P, "The government", "government", "cyprus"], "estimated", True),
             ("€10 million", 10e6, ["Interior Minister Constantinos Ioannou", "Constantinos Ioannou", "Ioannou",
                                    "cyprus"], "attributed"),
             ("40 Syrians", 40, ["Kisa", "a migrant rights group", "migrant rights group"], "disputed")]),
    dict(id="lorient-today-syrians-lebanon", publisher="L'Orient Today", published="2025-08-19", text=(
        "How many Syrians are still in Lebanon?\n\n"
        "The government estimates that 1.5 million Syrians live in Lebanon, a figure ministers have repeated for "
        "years. UNHCR has about 750,000 registered refugees on its books after it stopped registering new arrivals "
        "in 2015 at the government's request.\n\n"
        "Since the fall of the Assad government in December, some 230,000 Syrians have returned home from Lebanon, "
        "according to UNHCR. General Security, which controls the border, puts the number of returns at 380,000.\n\n"
        "Social Affairs Minister Haneen Sayed said the government aims to return 300,000 more by the end of the year "
        "and would pay each returning family $100.\n"),
     claims=[("1.5 million Syrians", 1.5e6, LB_GOV, "estimated"), ("750,000 registered refugees", 750000,
                                                                    [P, "unhcr", "UNHCR"], "estimated"),
             ("230,000 Syrians", 230000, ["unhcr", "UNHCR"], "estimated"),
             ("380,000", 380000, ["General Security"], "attributed"),
             ("300,000 more", 300000, SAYED, "projected"), ("$100", 100, SAYED, "projected")]),
    dict(id="daily-monitor-uganda-refugees", publisher="Daily Monitor", published="2025-10-01", text=(
        "Uganda refugee numbers pass 1.9 million\n\n"
        "Uganda now hosts more than 1.9 million refugees, the Office of the Prime Minister (OPM) said on Tuesday, "
        "after 42,000 new arrivals from Sudan and the DR Congo in September.\n\n"
        "Commissioner for Refugees Douglas Asiimwe said the Nyumanzi reception centre, built for 1,000 people, was "
        "holding more than 6,000.\n\n"
        "The World Food Programme has cut rations for 1 million refugees to 40 per cent of a full basket because of "
        "a funding shortfall. The UN agency says it needs $96 million to restore full rations until March.\n\n"
        "Ministers say Uganda will keep its open-door policy, but the government has asked donors for $450 million "
        "for the refugee response next year.\n"),
     claims=[("1.9 million", 1.9e6, [P], "stated"), ("1.9 million refugees", 1.9e6, OPM, "attributed"),
             ("42,000 new arrivals", 42000, OPM, "attributed"), ("1,000 people", 1000, ASIIMWE, "attributed"),
             ("6,000", 6000, ASIIMWE, "attributed"), ("1 million refugees", 1e6, [P], "stated"),
             ("40 per cent", 40, [P], "stated"),
             ("$96 million", 96e6, ["The UN agency", "UN agency", "World Food Programme", "WFP"], "projected"),
             ("$450 million", 450e6, ["the government", "government", "uganda", "Ministers"], "projected")]),
    dict(id="caritas-winter-appeal", publisher="Caritas Internationalis", published="2025-12-10", text=(
        "Winter appeal: Ukraine\n\n"
        "This winter, we want to keep 25,000 families warm in eastern Ukraine. With your help, our teams will "
        "deliver 8,000 stoves and fuel for 4 months to homes near the front line.\n\n"
        "Last winter, Caritas Ukraine reached more than 310,000 people with heating, food and cash.\n\n"
        "€50 provides a family with firewood for a month. Our goal is to raise €2.5 million by 31 January.\n\n"
        "The UN estimates that 3.6 million people remain internally displaced in Ukraine, and that up to 1.5 million "
        "homes have been damaged.\n"),
     claims=[("25,000 families", 25000, CARITAS, "projected"), ("8,000 stoves", 8000, CARITAS, "projected"),
             ("310,000 people", 310000, CARITAS + ["Caritas Ukraine"], "stated"), ("€50", 50, CARITAS, "stated"),
             ("€2.5 million", 2.5e6, CARITAS, "projected"), ("3.6 million people", 3.6e6, UN_ORG, "estimated"),
             ("1.5 million", 1.5e6, UN_ORG, "estimated")]),
    dict(id="malta-ministry-rebuttal", publisher="Ministry for Home Affairs, Security and Employment (Malta)",
         published="2025-07-30", text=(
        "Press release: The Ministry rejects NGO claims on pushbacks\n\n"
        "The Ministry for Home Affairs, Security and Employment categorically rejects the claim, made by the NGO "
        "Alarm Phone, that the Armed Forces of Malta ignored 23 boats in distress in June.\n\n"
        "In June, the Armed Forces of Malta coordinated the rescue of 412 persons in Malta's search and rescue "
        "region, and 188 persons were brought to Malta.\n\n"
        "The NGO's figure of 600 people left without assistance is simply not true.\n\n"
        "Since January, irregular arrivals in Malta have fallen to 310, compared with 1,123 in the same period last "
        "year. The Government will continue to invest in patrol assets, with €12 million earmarked for two new "
        "offshore patrol vessels.\n"),
     claims=[("23 boats", 23, ALARM, "disputed"), ("412 persons", 412, MT, "stated"),
             ("188 persons", 188, MT, "stated"), ("600 people", 600, ALARM + [P], "disputed"),
             ("310", 310, MT, "stated"), ("1,123", 1123, MT, "stated"), ("€12 million", 12e6, MT, "projected"),
             ("two", 2, MT, "projected")]),
    dict(id="amsterdam-budget-reception", publisher="Gemeente Amsterdam", published="2025-09-26", text=(
        "Budget 2026: reception of refugees and newcomers\n\n"
        "In 2026 the city will spend €148 million on the reception of asylum seekers and newcomers, €12 million more "
        "than in 2025. Of this, €31 million comes from the city's own funds; the rest is paid by the national "
        "government.\n\n"
        "Amsterdam currently offers 3,455 reception places. Under the Dispersal Act, the city's task is 6,200 places "
        "by 1 July 2026. We expect to reach about 5,000 by then.\n\n"
        "The number of status holders waiting for a home in the city was 1,870 on 1 September. The city plans to "
        "house at least 1,500 of them in 2026, in part in 600 temporary homes that are under construction.\n"),
     claims=[("€148 million", 148e6, AMS, "projected"), ("€12 million", 12e6, AMS, "projected"),
             ("€31 million", 31e6, AMS, "projected"), ("3,455 reception places", 3455, AMS, "stated"),
             ("6,200 places", 6200, AMS, "projected"), ("5,000", 5000, AMS, "projected"),
             ("1,870", 1870, AMS, "stated"), ("1,500", 1500, AMS, "projected"),
             ("600 temporary homes", 600, AMS, "stated", True)]),
    dict(id="ep-written-answer-frontex", publisher="European Parliament", published="2025-10-20", text=(
        "Question for written answer E-002871/2025 to the Commission\nRule 144\nMaria Sánchez (S&D)\n\n"
        "According to NGOs, more than 2,000 people were pushed back from Greek islands in the first half of 2025. "
        "Does the Commission intend to suspend funding to Greece?\n\n"
        "Answer given by Commissioner Brunner on behalf of the European Commission (20.10.2025)\n\n"
        "The Commission is aware of the reports referred to by the Honourable Member. According to Frontex, 12,900 "
        "irregular border crossings were detected on the Eastern Mediterranean route between January and August "
        "2025, 28% fewer than in the same period of 2024.\n\n"
        "Under the Border Management and Visa Instrument, the Commission has allocated €108 million to Greece for "
        "the period 2021-2027, of which €37 million has been paid so far.\n\n"
        "The Commission intends to propose an increase of the Frontex standing corps to 30,000 staff. It currently "
        "counts about 10,000.\n"),
     claims=[("2,000 people", 2000, ["NGOs"], "attributed"),
             ("12,900", 12900, ["frontex", "Frontex"], "attributed"), ("28%", 28, ["frontex", "Frontex"], "attributed"),
             ("€108 million", 108e6, EC, "stated"), ("€37 million", 37e6, EC, "stated"),
             ("30,000 staff", 30000, EC, "projected"), ("10,000", 10000, EC, "estimated")]),
    dict(id="denver-post-migrant-spending", publisher="The Denver Post", published="2025-02-14", text=(
        "Denver has spent $79 million on migrants. Here's where it went\n\n"
        "Denver has spent an estimated $79 million sheltering and supporting migrants since December 2022, "
        "according to a city budget analysis released Thursday.\n\n"
        "More than 42,000 migrants, most from Venezuela, arrived in the city over that period, city officials said. "
        "At the peak, in January 2024, nearly 5,000 people were staying in city shelters each night.\n\n"
        "Mayor Mike Johnston said the city would cut its migrant budget to $12.5 million in 2025 and close its last "
        "large shelter by April. Some council members have asked for an audit of the shelter contracts.\n\n"
        "The federal government reimbursed the city about $20 million, officials said.\n"),
     claims=[("$79 million", 79e6, [P], "stated"),
             ("$79 million", 79e6, ["a city budget analysis", "city budget analysis", "city budget"], "estimated"),
             ("42,000 migrants", 42000, DENVER_OFF, "attributed"), ("5,000 people", 5000, [P] + DENVER_OFF,
                                                                     "estimated"),
             ("$12.5 million", 12.5e6, ["Mayor Mike Johnston", "Mike Johnston", "Johnston"], "projected"),
             ("$20 million", 20e6, DENVER_OFF, "estimated")]),
]


def main() -> int:
    from claims_migration import run  # the first probe's split rule and scoring

    return run(DOCS, "claims_migration4.py")


if __name__ == "__main__":
    raise SystemExit(main())
