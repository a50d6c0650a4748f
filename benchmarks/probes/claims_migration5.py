"""Fifth claims probe on whole migration-policy documents, in registers and countries none of the
first four probes (``claims_migration.py`` .. ``claims_migration4.py``) covered: who states each figure
(source) and how firmly (status). Written 2026-12-04 (round 6 of the claims sessions) by a helper; every
figure was labelled by ``tests/claims_gold/README.md`` and the conventions below before any output of
the pipeline on these texts was seen, and the file was saved (``/tmp/c6/probe5_saved.py``) before its
first run.

    python benchmarks/probes/claims_migration5.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration5.py aside   # score only (the held-out half)

Twenty-three documents of 3-8 sentences (or lines), written for this probe in the style of their
register (names of officials and small bodies are illustrative): an immigration directorate's annual
release named in its own language (Norway), a newspaper on a reception crisis with a list after
"According to X:" (Belgium), a wire story with a quotation running over two paragraphs (Brazil), a
newspaper editorial disputing a minister's figure by comparison (Peru), a state press agency's story
on an annual report (Morocco), a letter to the editor (Senegal), a humanitarian flash update
(Somalia), a newspaper on refugee returns (Jordan), a newspaper on deportations with a list (Pakistan),
a newspaper's report of a parliamentary reply (Malaysia), a wire story on a work-permit quota (South
Korea), an NGO's monthly newsletter (Bosnia and Herzegovina), a podcast transcript (Iceland), a city
council committee's minutes (Scotland), a trade-union confederation's statement (Qatar), an agency's
FAQ page (Lithuania), a wire story on border police, a unit of the interior ministry (Bulgaria), a
senator's privilege speech (the Philippines), a newspaper on boat landings (Indonesia), an
international organisation's key findings with a forecast (OECD), a university press release on a
survey (Czechia), a newspaper on a regularisation drive (Ecuador) and a regional news site on camp
closures (Iraq). DEV / ASIDE is ``md5(text) % 2`` (0 = DEV), as in the first four probes; DEV is read
while fixing classes, ASIDE is only ever scored, once, aggregate only.

Labels (README of tests/claims_gold, the conventions of the first four probes, and these, decided
before running):
- every count, amount, percentage, rate, target, cap and budget is labelled; durations, ages, years,
  dates, ordinals and episode numbers are not (a row for them is not scored);
- the status order is the README's, the first that applies: disputed > projected > hedged >
  estimated > attributed > stated. A future value (a quota or budget for a coming period, a plan,
  "will", "expects", "plans", "wants", "is asking to add", "seeks", "need ... for the next months",
  "are to leave by") is *projected*, also under "could / may" when its clause gives the future time
  ("could issue another 150,000 by June", "may be displaced ... in the coming days"); "could / may"
  without one is *hedged*, as is "is believed to";
- "around", "about", "some", "nearly", "an estimated", "estimates", "up to" are *estimated*; a bound
  ("more than", "at least", "fewer than", "as many as" without a modal) is not;
- a figure its source "claims", one another body rejects or disputes ("a figure the unions reject",
  "which police deny", "a figure the ministry disputes") and one the publisher contradicts by
  comparison ("far below the 1.5 million the minister keeps repeating") is *disputed*;
- a figure in a quotation is its speaker's, also in the quotation's next paragraph; lines of a list
  after "According to the ministry:" are the ministry's (*attributed*); "X puts the number at N" is X's;
- a unit's staff speaking for it ("Border Police officers told reporters") are that unit's voice (the
  unit and its ministry are accepted); "the government" in a story about one country is that country's
  government (the country's entity is accepted);
- a body's own release, FAQ page, newsletter, minutes or report is the publisher's voice
  (``@publisher``), also where it names itself ("The Norwegian Directorate of Immigration (UDI)
  registered", "the ITUC estimates", "The Committee approved"); "we" and "our" in it are that voice; a
  speech or a letter is its author's (the publisher is accepted for the letter's own figures);
- a headline's figure is the publisher's own voice unless the headline quotes someone;
- a figure with no claim row counts against both accuracies (a quantities problem, listed apart).

Scoring is the first probe's (:func:`claims_migration.run`): :func:`dossier.claims.gold.score_document`
over the ``claims`` table of :func:`dossier.api.analyse_texts`, source names from the reference table.
"""

from __future__ import annotations

P = "@publisher"

UDI = [P, "UDI", "Norwegian Directorate of Immigration", "The Norwegian Directorate of Immigration", "norway"]
NO_POLICE = ["the National Police Immigration Service", "National Police Immigration Service"]
NO_GOV = [P, "the government", "government", "norway"]
FEDASIL = ["Fedasil", "The agency", "agency"]
BE_GOV = ["The federal government", "federal government", "government", "belgium"]
JASPIS = ["Maître Sophie Jaspis", "Sophie Jaspis", "Jaspis"]
BR_MIN = ["the Ministry of Development and Social Assistance", "Ministry of Development and Social Assistance",
          "brazil"]
LIMA = ["General Marcos Lima", "Marcos Lima", "Lima", "the operation's coordinator", "operation's coordinator"]
PE_MIN = ["The Interior Minister", "Interior Minister", "the minister", "minister", "peru"]
PE_REG = ["The migration authority's own register", "migration authority's own register", "register",
          "migration authority", "The migration authority"]
PE_SNM = ["Superintendence of Migration officials", "officials", "Superintendence of Migration"]
MA = ["the Ministry of the Interior", "Ministry of the Interior", "the ministry", "ministry", "morocco",
      "Moroccan authorities", "the report", "report"]
DIOP = ["Moussa Diop", "Diop", P]
SN_GOV = ["The government", "government", "senegal"]
SO_AUTH = ["local authorities", "authorities"]
JO_MOI = ["the Interior Ministry", "Interior Ministry", "jordan"]
JO_GOV = ["the government", "government", "jordan"]
TOUKAN = ["Minister of Planning Zeina Toukan", "Zeina Toukan", "Toukan", "jordan"]
PK_MOI = ["The interior ministry", "interior ministry", "the ministry", "ministry", "pakistan"]
SAIFUDDIN = ["Home Minister Datuk Seri Saifuddin Nasution Ismail", "Datuk Seri Saifuddin Nasution Ismail",
             "Saifuddin Nasution Ismail", "Saifuddin", "Nasution", "malaysia", "The Immigration Department",
             "Immigration Department"]
KR = ["the labor ministry", "labor ministry", "the ministry", "ministry", "south-korea"]
BIHAC = [P, "Bihać Solidarity Network"]
SFA = ["the Service for Foreigners' Affairs", "Service for Foreigners' Affairs"]
OLOF = ["Ólöf Einarsdóttir", "Einarsdóttir", "Guest", "Icelandic Red Cross"]
GLA_REP = ["the Executive Director of Neighbourhoods, Regeneration and Sustainability", "Executive Director",
           "a report", "report"]
GLA = [P, "The Committee", "Committee", "Glasgow City Council", "the council", "council"]
CASEY = ["Councillor Allan Casey", "Allan Casey", "Casey"]
ITUC = [P, "International Trade Union Confederation", "ITUC", "The ITUC"]
QA_GOV = ["The government", "government", "qatar"]
LT = [P, "Migration Department", "lithuania"]
BG_MOI = ["the Interior Ministry", "Interior Ministry", "bulgaria"]
BG_BP = ["Border Police officers", "Border Police", "officers"] + BG_MOI
MITOV = ["Interior Minister Daniel Mitov", "Daniel Mitov", "Mitov", "bulgaria"]
TULFO = ["Senator Raffy Tulfo", "Raffy Tulfo", "Tulfo", P]
UNHCR = ["unhcr", "UNHCR"]
OECD = [P, "OECD"]
CU = [P, "Charles University", "a new study", "study", "researchers", "researchers at Charles University",
      "The team", "team"]
PROKOP = ["the lead author, Daniel Prokop", "Daniel Prokop", "Prokop"]
EC_MIN = ["the Ministry of Foreign Affairs and Human Mobility", "Ministry of Foreign Affairs and Human Mobility",
          "The government", "government", "ecuador"]
R4V = ["the regional platform R4V", "regional platform R4V", "R4V"]
JCC = ["the Kurdistan Region's Joint Crisis Coordination Centre", "Kurdistan Region's Joint Crisis Coordination Centre",
       "Joint Crisis Coordination Centre"]
IQ_SPOKES = ["a ministry spokesman", "ministry spokesman", "the spokesman", "spokesman", "iraq",
             "Ministry of Migration and Displacement", "Iraq's Ministry of Migration and Displacement"]

DOCS = [
    dict(id="udi-annual-norway", publisher="Utlendingsdirektoratet", published="2026-01-28", text=(
        "Asylum and protection in 2025: fewer applications, more returns\n\n"
        "The Norwegian Directorate of Immigration (UDI) registered 4,820 asylum applications in 2025, down from "
        "5,740 in 2024.\n\n"
        "UDI made 11,260 decisions on protection, and about 62% of the applicants were granted residence.\n\n"
        "At the end of the year, 1,950 people were living in reception centres without a residence permit. The "
        "police returned 1,410 of them during the year, the National Police Immigration Service reports.\n\n"
        "The UDI's planning figure for 2026 is 12,000 new arrivals from Ukraine, and the government has asked "
        "municipalities to settle 15,000 refugees next year.\n"),
     claims=[("4,820 asylum applications", 4820, UDI, "stated"), ("5,740", 5740, UDI, "stated"),
             ("11,260 decisions", 11260, UDI, "stated"), ("62%", 62, UDI, "estimated"),
             ("1,950 people", 1950, UDI, "stated"), ("1,410", 1410, NO_POLICE, "attributed"),
             ("12,000 new arrivals", 12000, UDI, "projected"), ("15,000 refugees", 15000, NO_GOV, "projected")]),
    dict(id="le-soir-reception-crisis", publisher="Le Soir", published="2025-10-13", text=(
        "Reception crisis: 2,000 asylum seekers still without a bed\n\n"
        "Some 2,000 single men who have applied for asylum are still waiting for a place in the reception network, "
        "Fedasil said on Monday. The agency, which runs 36,000 places, says it has opened 750 new beds since the "
        "summer.\n\n"
        "The federal government has promised to cut the network by 8,000 places by 2029, saying arrivals have "
        "fallen. According to Fedasil:\n"
        "- 1,240 people applied for international protection in September;\n"
        "- 64% of them were single men;\n"
        "- 310 were unaccompanied minors.\n\n"
        "The state has been condemned more than 9,000 times by the Brussels labour court for failing to house "
        "applicants, lawyers' associations say. \"These are not numbers, they are people sleeping in the rain,\" "
        "said Maître Sophie Jaspis. \"We count at least 400 people sleeping at the Gare du Midi every night.\"\n"),
     claims=[("2,000 asylum seekers", 2000, [P], "stated"), ("2,000 single men", 2000, ["Fedasil"], "estimated"),
             ("36,000 places", 36000, FEDASIL, "attributed"), ("750 new beds", 750, FEDASIL, "attributed"),
             ("8,000 places", 8000, BE_GOV, "projected"), ("1,240 people", 1240, FEDASIL, "attributed"),
             ("64%", 64, FEDASIL, "attributed"), ("310", 310, FEDASIL, "attributed"),
             ("9,000 times", 9000, ["lawyers' associations", "associations"], "attributed"),
             ("400 people", 400, JASPIS, "attributed")]),
    dict(id="agencia-brasil-roraima", publisher="Agência Brasil", published="2025-09-11", text=(
        "Boa Vista (Agência Brasil) - Operation Welcome, the federal programme that receives Venezuelans in "
        "Roraima, has moved 148,000 people to other states since 2018, the Ministry of Development and Social "
        "Assistance said on Thursday.\n\n"
        "\"Every day we receive about 400 people at the border in Pacaraima,\" said the operation's coordinator, "
        "General Marcos Lima. \"Our shelters in Boa Vista are full, with 9,500 people.\n\n"
        "\"We will need another 2,000 places before the rainy season.\"\n\n"
        "According to the Federal Police, 96,000 Venezuelans requested refugee status or residence in 2025. UNHCR "
        "puts the number of Venezuelans living in Brazil at 630,000.\n"),
     claims=[("148,000 people", 148000, BR_MIN, "attributed"), ("400 people", 400, LIMA, "estimated"),
             ("9,500 people", 9500, LIMA, "attributed"), ("2,000 places", 2000, LIMA, "projected"),
             ("96,000 Venezuelans", 96000, ["the Federal Police", "Federal Police"], "attributed"),
             ("630,000", 630000, UNHCR, "attributed")]),
    dict(id="el-comercio-editorial-venezuelans", publisher="El Comercio", published="2025-05-20", text=(
        "Editorial: The numbers behind the border emergency\n\n"
        "The Interior Minister told Congress last week that 1.5 million Venezuelans live in Peru, and that 300,000 "
        "of them have no papers. The migration authority's own register counts 1.1 million, far below the 1.5 "
        "million the minister keeps repeating.\n\n"
        "Numbers matter. Superintendence of Migration officials say they processed 210,000 temporary permits last "
        "year and could issue another 150,000 by June if the decree is extended.\n\n"
        "The government should stop inflating figures. The state of emergency will cost an estimated 90 million "
        "soles, money better spent on registration.\n"),
     claims=[("1.5 million Venezuelans", 1.5e6, PE_MIN, "disputed"), ("300,000", 300000, PE_MIN, "attributed"),
             ("1.1 million", 1.1e6, PE_REG, "attributed"), ("1.5 million", 1.5e6, PE_MIN, "disputed"),
             ("210,000 temporary permits", 210000, PE_SNM, "attributed"),
             ("150,000", 150000, PE_SNM, "projected"), ("90 million soles", 90e6, [P], "projected")]),
    dict(id="map-morocco-interior-report", publisher="Maghreb Arabe Presse", published="2026-01-09", text=(
        "Rabat - Moroccan authorities thwarted 78,685 irregular migration attempts in 2025, the Ministry of the "
        "Interior said in its annual report.\n\n"
        "The security services also dismantled 256 trafficking networks and rescued 12,400 migrants at sea, the "
        "report said.\n\n"
        "The Kingdom will keep up this effort, the ministry said, with the budget for border surveillance rising "
        "to 1.2 billion dirhams in 2026.\n\n"
        "Some 18,000 migrants returned voluntarily to their countries of origin with the help of the International "
        "Organization for Migration.\n"),
     claims=[("78,685 irregular migration attempts", 78685, MA, "attributed"),
             ("256 trafficking networks", 256, MA, "attributed"), ("12,400 migrants", 12400, MA, "attributed"),
             ("1.2 billion dirhams", 1.2e9, MA, "projected"), ("18,000 migrants", 18000, [P] + MA, "estimated")]),
    dict(id="sud-quotidien-letter-pirogues", publisher="Sud Quotidien", published="2025-03-12", text=(
        "Letter: Our young people deserve better than the pirogue\n\n"
        "Sir, your report of 3 March said 2,100 Senegalese had died trying to reach the Canary Islands last year. "
        "The real number is surely higher: in my village alone, 14 young men have not come back.\n\n"
        "The government promises 50,000 jobs for young people through its new plan. I have heard such promises "
        "before.\n\n"
        "Moussa Diop, Thiaroye-sur-Mer\n"),
     claims=[("2,100 Senegalese", 2100, ["your report", "report", P], "disputed"),
             ("14 young men", 14, DIOP, "stated"), ("50,000 jobs", 50000, SN_GOV, "projected")]),
    dict(id="ocha-somalia-flash-update", publisher="OCHA", published="2025-05-12", text=(
        "Somalia: Flash Update No. 3 - Gu rains flooding (12 May 2025)\n\n"
        "Flash floods have affected an estimated 310,000 people in Hirshabelle and Jubaland states since 25 April, "
        "and displaced at least 96,000, according to local authorities.\n\n"
        "Humanitarian partners have reached 41,000 people with emergency shelter and water. An additional 130,000 "
        "people may be displaced if the Shabelle river overflows in the coming days.\n\n"
        "The Somalia Humanitarian Fund has released $4 million; partners need $23 million to respond to the needs "
        "of the next three months.\n"),
     claims=[("310,000 people", 310000, SO_AUTH, "estimated"), ("96,000", 96000, SO_AUTH, "attributed"),
             ("41,000 people", 41000, [P], "stated"), ("130,000", 130000, [P], "projected"),
             ("$4 million", 4e6, [P, "The Somalia Humanitarian Fund", "Somalia Humanitarian Fund"], "stated"),
             ("$23 million", 23e6, [P, "partners"], "projected")]),
    dict(id="jordan-times-returns", publisher="The Jordan Times", published="2025-06-02", text=(
        "Over 120,000 Syrian refugees have returned from Jordan since December\n\n"
        "AMMAN - More than 120,000 Syrian refugees have returned home from Jordan since the fall of the Assad "
        "government, the Interior Ministry said on Sunday.\n\n"
        "Jordan still hosts around 1.3 million Syrians, of whom some 530,000 are registered with UNHCR, the "
        "government says.\n\n"
        "Minister of Planning Zeina Toukan said the country had received only 22% of the $2.1 billion it needed "
        "under the Jordan Response Plan last year. The plan for 2026 seeks $1.9 billion.\n\n"
        "UNHCR expects 200,000 more refugees to return by the end of 2026, a spokesperson said.\n"),
     claims=[("120,000 Syrian refugees", 120000, [P], "stated"),
             ("120,000 Syrian refugees", 120000, JO_MOI, "attributed"),
             ("1.3 million Syrians", 1.3e6, JO_GOV, "estimated"), ("530,000", 530000, JO_GOV, "estimated"),
             ("22%", 22, TOUKAN, "attributed"), ("$2.1 billion", 2.1e9, TOUKAN, "attributed"),
             ("$1.9 billion", 1.9e9, [P] + TOUKAN, "projected"),
             ("200,000 more refugees", 200000, UNHCR + ["a spokesperson", "spokesperson"], "projected")]),
    dict(id="dawn-afghan-repatriation", publisher="Dawn", published="2025-05-08", text=(
        "ISLAMABAD: More than 900,000 Afghans have left Pakistan since the government began its repatriation drive "
        "in 2023, officials said on Wednesday.\n\n"
        "The interior ministry said in a statement that the second phase would cover the 800,000 holders of Afghan "
        "Citizen Cards. According to the ministry:\n"
        "- 47,500 people left through Torkham in April;\n"
        "- 12,100 were deported, the rest returned voluntarily;\n"
        "- 1.3 million Proof of Registration card holders are to leave by June 30.\n\n"
        "Rights groups say some 3,000 Afghans are being held in detention in Islamabad and Rawalpindi, which police "
        "deny.\n"),
     claims=[("900,000 Afghans", 900000, ["officials"], "attributed"),
             ("800,000 holders", 800000, PK_MOI, "attributed"), ("47,500 people", 47500, PK_MOI, "attributed"),
             ("12,100", 12100, PK_MOI, "attributed"), ("1.3 million", 1.3e6, PK_MOI, "projected"),
             ("3,000 Afghans", 3000, ["Rights groups"], "disputed")]),
    dict(id="the-star-immigration-depots", publisher="The Star", published="2025-03-05", text=(
        "KUALA LUMPUR: The Immigration Department detained 42,350 undocumented migrants in raids last year, Home "
        "Minister Datuk Seri Saifuddin Nasution Ismail told the Dewan Rakyat.\n\n"
        "Replying to a question, he said 18,000 detainees were being held in 20 immigration depots nationwide, "
        "which have a capacity of 20,600.\n\n"
        "He said the ministry planned to deport another 30,000 by the end of the year under the repatriation "
        "programme.\n\n"
        "The UN refugee agency has registered about 192,000 refugees and asylum seekers in Malaysia, most of them "
        "Rohingya.\n"),
     claims=[("42,350 undocumented migrants", 42350, SAIFUDDIN, "attributed"),
             ("18,000 detainees", 18000, SAIFUDDIN, "attributed"), ("20 immigration depots", 20, SAIFUDDIN, "attributed"),
             ("20,600", 20600, SAIFUDDIN, "attributed"), ("30,000", 30000, SAIFUDDIN, "projected"),
             ("192,000 refugees", 192000, [P, "The UN refugee agency", "UN refugee agency"] + UNHCR, "estimated")]),
    dict(id="yonhap-eps-quota", publisher="Yonhap News Agency", published="2025-12-03", text=(
        "SEOUL, Dec. 3 (Yonhap) -- South Korea will admit 130,000 foreign workers under the Employment Permit "
        "System next year, up from 120,000 this year, the labor ministry said Wednesday.\n\n"
        "The quota includes 10,000 workers for the shipbuilding industry, which faces a shortage of some 14,000 "
        "welders, according to the ministry.\n\n"
        "Some 2,500 foreign workers on E-9 visas have left their workplaces without permission this year, a "
        "ministry official said, asking not to be named.\n\n"
        "Labor groups claim that at least 40 migrant workers died in workplace accidents in the first half.\n"),
     claims=[("130,000 foreign workers", 130000, KR, "projected"), ("120,000", 120000, KR, "attributed"),
             ("10,000 workers", 10000, KR, "projected"), ("14,000 welders", 14000, KR, "estimated"),
             ("2,500 foreign workers", 2500, KR + ["a ministry official", "ministry official", "official"],
              "estimated"),
             ("40 migrant workers", 40, ["Labor groups"], "disputed")]),
    dict(id="bihac-network-newsletter", publisher="Bihać Solidarity Network", published="2025-11-30", text=(
        "Newsletter, November 2025\n\n"
        "This month our volunteers handed out 1,850 hot meals and 620 sleeping bags in and around Bihać.\n\n"
        "Fewer people are passing through: the Service for Foreigners' Affairs registered 1,030 new arrivals in "
        "October, against 2,400 a year ago. Dozens of people are believed to be sleeping in abandoned buildings "
        "near the Croatian border.\n\n"
        "We have been told that our main grant could be cut by 30%. We hope to raise €15,000 before Christmas to "
        "keep the kitchen open.\n"),
     claims=[("1,850 hot meals", 1850, BIHAC, "stated"), ("620 sleeping bags", 620, BIHAC, "stated"),
             ("1,030 new arrivals", 1030, SFA, "attributed"), ("2,400", 2400, SFA, "attributed"),
             ("Dozens of people", None, BIHAC, "hedged", True), ("30%", 30, BIHAC, "hedged"),
             ("€15,000", 15000, BIHAC, "projected")]),
    dict(id="ruv-podcast-asylum", publisher="RÚV", published="2025-02-21", text=(
        "Transcript, 'Þjóðmál' podcast, episode 112 (excerpt)\n\n"
        "Host: The Directorate of Immigration says 1,560 people applied for protection last year. Is Iceland "
        "taking too many?\n\n"
        "Guest (Ólöf Einarsdóttir, Icelandic Red Cross): That's about 0.4 per cent of the population, similar to "
        "Norway. And remember, nearly half of them came from Venezuela before the rules changed.\n\n"
        "Host: The minister wants to cut the number to below 500 a year.\n\n"
        "Guest: She can want that. Our lawyers have around 300 open cases right now, and they may take two years "
        "to close.\n"),
     claims=[("1,560 people", 1560, ["The Directorate of Immigration", "Directorate of Immigration"], "attributed"),
             ("0.4 per cent", 0.4, OLOF, "estimated"), ("nearly half", None, OLOF, "estimated", True),
             ("500", 500, ["The minister", "minister", "Host"], "projected"),
             ("300 open cases", 300, OLOF, "estimated")]),
    dict(id="glasgow-committee-minutes", publisher="Glasgow City Council", published="2025-11-06", text=(
        "Glasgow City Council\nCity Administration Committee\nMinutes of meeting held on 6 November 2025\n\n"
        "1. Asylum dispersal and homelessness\n\n"
        "There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability "
        "advising that 1,720 households granted refugee status had presented as homeless in the year to September, "
        "and that the council had spent £14.2 million on temporary accommodation for them.\n\n"
        "The Committee noted that the Home Office had confirmed funding of £3,000 per household for 2025-26, and "
        "that the council estimated a shortfall of £6 million next year.\n\n"
        "Councillor Allan Casey said the city could need 500 more temporary flats by March.\n\n"
        "Decision: The Committee approved spending of up to £2.5 million on 120 additional flats.\n"),
     claims=[("1,720 households", 1720, GLA_REP, "attributed"), ("£14.2 million", 14.2e6, GLA_REP, "attributed"),
             ("£3,000", 3000, ["home-office", "Home Office", "the Home Office"], "attributed"),
             ("£6 million", 6e6, GLA, "projected"), ("500 more temporary flats", 500, CASEY, "projected"),
             ("£2.5 million", 2.5e6, GLA, "projected"), ("120 additional flats", 120, GLA, "projected")]),
    dict(id="ituc-qatar-deaths", publisher="International Trade Union Confederation", published="2025-10-07", text=(
        "ITUC statement: Deaths of migrant workers must be investigated\n\n"
        "The International Trade Union Confederation (ITUC) calls on the authorities to investigate the deaths of "
        "migrant workers on construction sites in Qatar. Our affiliates in Nepal, India and Bangladesh have "
        "documented at least 85 deaths of workers in the first nine months of 2025.\n\n"
        "The government says 37 work-related deaths were recorded in 2024, a figure the unions reject as far too "
        "low because heat-related deaths are counted as natural causes.\n\n"
        "The ITUC estimates that 2.1 million migrant workers are employed in the country, and that up to 40% of "
        "them earn less than the minimum wage of 1,000 riyals a month.\n"),
     claims=[("85 deaths", 85, ITUC + ["Our affiliates", "affiliates"], "stated", True),
             ("37 work-related deaths", 37, QA_GOV, "disputed"),
             ("2.1 million migrant workers", 2.1e6, ITUC, "estimated"), ("40%", 40, ITUC, "estimated"),
             ("1,000 riyals", 1000, ITUC, "stated", True)]),
    dict(id="lithuania-migration-faq", publisher="Migration Department under the Ministry of the Interior of the "
         "Republic of Lithuania", published="2025-04-01", text=(
        "Frequently asked questions: asylum in Lithuania\n\n"
        "How many people apply for asylum in Lithuania?\n"
        "In 2024, 1,680 people applied for asylum in Lithuania. Most of them came from Belarus, Russia and "
        "Tajikistan.\n\n"
        "How many places are there in reception centres?\n"
        "The Foreigners' Registration Centre in Pabradė has around 1,000 places. Up to 250 more places will open in "
        "2026.\n\n"
        "How many people were turned away at the border with Belarus?\n"
        "The State Border Guard Service reports that it prevented 1,240 illegal crossings in 2024.\n"),
     claims=[("1,680 people", 1680, LT, "stated"), ("1,000 places", 1000, LT, "estimated"),
             ("250 more places", 250, LT, "projected"),
             ("1,240 illegal crossings", 1240, ["The State Border Guard Service", "State Border Guard Service"],
              "attributed")]),
    dict(id="bta-bulgaria-border-police", publisher="Bulgarian News Agency", published="2026-01-16", text=(
        "Sofia - Bulgarian Border Police officers prevented 32,600 attempts to cross the border with Turkey "
        "illegally in 2025, the Interior Ministry said on Friday.\n\n"
        "Border Police officers told reporters at the Kapitan Andreevo checkpoint that about 150 people tried to "
        "cross every night in the summer.\n\n"
        "Interior Minister Daniel Mitov said Bulgaria would spend 90 million leva on a new thermal camera system "
        "along the fence. \"We have cut the flow by 70 per cent in two years,\" he said.\n\n"
        "The Bulgarian Helsinki Committee said at least 12 people died near the border, a figure the ministry "
        "disputes.\n"),
     claims=[("32,600 attempts", 32600, BG_MOI, "attributed"), ("150 people", 150, BG_BP, "estimated"),
             ("90 million leva", 90e6, MITOV, "projected"), ("70 per cent", 70, MITOV, "attributed"),
             ("12 people", 12, ["The Bulgarian Helsinki Committee", "Bulgarian Helsinki Committee"], "disputed")]),
    dict(id="senate-ph-privilege-speech", publisher="Senate of the Philippines", published="2025-08-18", text=(
        "Privilege speech of Senator Raffy Tulfo on the protection of overseas Filipino workers (excerpt)\n\n"
        "Mr. President, there are 2.2 million overseas Filipino workers today, according to the Philippine "
        "Statistics Authority. Last year, the central bank says, they sent home $38.3 billion.\n\n"
        "Yet the Department of Migrant Workers has only 42 labor attachés for the whole Middle East. In Kuwait "
        "alone, we have received 1,200 complaints of abuse this year.\n\n"
        "I am asking this chamber to add ₱2 billion to the department's budget, so that it can hire 300 more "
        "welfare officers by 2027.\n"),
     claims=[("2.2 million overseas Filipino workers", 2.2e6,
              ["the Philippine Statistics Authority", "Philippine Statistics Authority"], "attributed"),
             ("$38.3 billion", 38.3e9, ["the central bank", "central bank"], "attributed"),
             ("42 labor attachés", 42, TULFO, "stated"), ("1,200 complaints", 1200, TULFO, "stated"),
             ("₱2 billion", 2e9, TULFO, "projected"), ("300 more welfare officers", 300, TULFO, "projected")]),
    dict(id="jakarta-post-rohingya-aceh", publisher="The Jakarta Post", published="2025-11-17", text=(
        "Banda Aceh - A wooden boat carrying around 140 Rohingya refugees landed on the coast of Aceh on Sunday, "
        "local police said, the third landing this month.\n\n"
        "Another boat with as many as 200 people on board is believed to be drifting off the coast, according to "
        "fishermen.\n\n"
        "UNHCR said more than 2,300 Rohingya had arrived in Indonesia by boat since November 2023, and that at "
        "least 569 people died or went missing in the Andaman Sea and Bay of Bengal last year.\n\n"
        "Residents have protested against the arrivals, and the provincial government said it could not house more "
        "than 500 refugees in its temporary shelters.\n"),
     claims=[("140 Rohingya refugees", 140, ["local police", "police"], "estimated"),
             ("200 people", 200, ["fishermen"], "hedged"), ("2,300 Rohingya", 2300, UNHCR, "attributed"),
             ("569 people", 569, UNHCR, "attributed"),
             ("500 refugees", 500, ["the provincial government", "provincial government"], "attributed")]),
    dict(id="oecd-imo-key-findings", publisher="OECD", published="2025-11-04", text=(
        "International Migration Outlook 2025: key findings\n\n"
        "Permanent migration to OECD countries reached 6.2 million people in 2024, 4% less than the record of 2023 "
        "but still well above pre-pandemic levels.\n\n"
        "Asylum applications fell to about 2.3 million. The United States received 31% of them.\n\n"
        "Employers in many countries report labour shortages that, on current trends, will leave some 15 million "
        "jobs unfilled by 2030.\n\n"
        "Migrants made up 15.4% of the labour force across the OECD, and their employment rate reached 72%, a "
        "record.\n"),
     claims=[("6.2 million people", 6.2e6, OECD, "stated"), ("4%", 4, OECD, "stated"),
             ("2.3 million", 2.3e6, OECD, "estimated"), ("31%", 31, OECD, "stated"),
             ("15 million", 15e6, OECD + ["Employers in many countries", "Employers"], "projected"),
             ("15.4%", 15.4, OECD, "stated"), ("72%", 72, OECD, "stated")]),
    dict(id="charles-university-ukrainians-work", publisher="Charles University", published="2025-10-22", text=(
        "Study: two thirds of Ukrainian refugees in Czechia are working\n\n"
        "Prague - About 67% of working-age refugees from Ukraine in Czechia have a job, a new study by researchers "
        "at Charles University and the PAQ Research institute shows.\n\n"
        "The team surveyed 2,950 refugees in September. Of those in work, 42% said their job was below their "
        "qualifications.\n\n"
        "\"If language courses were expanded, we estimate that another 20,000 people could find work within a "
        "year,\" said the lead author, Daniel Prokop.\n\n"
        "The Ministry of the Interior says 390,000 refugees from Ukraine hold temporary protection in the "
        "country.\n"),
     claims=[("two thirds", None, [P], "stated", True), ("67%", 67, CU, "estimated"),
             ("2,950 refugees", 2950, CU, "stated"), ("42%", 42, CU, "stated"),
             ("20,000 people", 20000, PROKOP, "projected"),
             ("390,000 refugees", 390000, ["The Ministry of the Interior", "Ministry of the Interior", "czechia"],
              "attributed")]),
    dict(id="el-universo-regularisation", publisher="El Universo", published="2025-07-14", text=(
        "Quito - The government expects to regularise 100,000 Venezuelans in the new registration process that "
        "opens on Monday, the Ministry of Foreign Affairs and Human Mobility announced.\n\n"
        "Ecuador is home to some 440,000 Venezuelans, according to the regional platform R4V. In the previous "
        "process, 96,000 people obtained a visa.\n\n"
        "Each visa costs $50. Civil society groups say many migrants cannot afford it: nearly 60% of Venezuelan "
        "households earn less than the basic wage of $470, they said.\n"),
     claims=[("100,000 Venezuelans", 100000, EC_MIN, "projected"), ("440,000 Venezuelans", 440000, R4V, "estimated"),
             ("96,000 people", 96000, [P], "stated"), ("$50", 50, [P], "stated"),
             ("60%", 60, ["Civil society groups"], "estimated"),
             ("$470", 470, ["Civil society groups"], "attributed", True)]),
    dict(id="rudaw-camp-closures", publisher="Rudaw", published="2025-06-28", text=(
        "ERBIL - Iraq's Ministry of Migration and Displacement plans to close all remaining camps for displaced "
        "people in the Kurdistan Region by the end of July, a ministry spokesman said on Saturday.\n\n"
        "Some 23 camps in Duhok province still house nearly 150,000 people, most of them Yazidis from Sinjar, "
        "according to the Kurdistan Region's Joint Crisis Coordination Centre.\n\n"
        "Each family that returns will receive a grant of 4 million dinars, the spokesman said. Aid groups say "
        "fewer than 30% of houses in Sinjar have been rebuilt.\n"),
     claims=[("23 camps", 23, JCC, "estimated"), ("150,000 people", 150000, JCC, "estimated"),
             ("4 million dinars", 4e6, IQ_SPOKES, "projected"), ("30%", 30, ["Aid groups"], "attributed")]),
]


def main() -> int:
    from claims_migration import run  # the first probe's split rule and scoring

    return run(DOCS, "claims_migration5.py")


if __name__ == "__main__":
    raise SystemExit(main())
