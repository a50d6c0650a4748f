"""Third relations probe in the migration-policy genre: 30 documents of 4-7 sentences in registers
the first two probes did not use (a joint communiqué, readmission-agreement press releases, court
ruling summaries, NGO reports criticising a law, a procurement award notice, parliamentary
questions and answers, wire stories on border deployments, a budget transfer between agencies,
municipal statements on reception, think-tank papers on partnerships, a company press release)
and countries and bodies they do not use: Norway, Ethiopia, Slovenia, Pakistan, South Africa,
Israel, Iraq, the Dominican Republic, Haiti, Luxembourg, Chile, Ghana, Panama, South Korea,
Vietnam, India, the Comoros, Kosovo, Malaysia, Thailand, Japan, Albania ...; ILO, eu-LISA,
Idemia, GIZ, CESFRONT, ONA, Enabel, KSrelief, PICUM, ECRE, BSF, Suhakam, Fortify Rights,
Statewatch, DocGo, Fedasil, Europol, Eurojust, Palantir, the Florida Immigrant Coalition ...

Labelled 2026-12-04 (relations round 4) **before any pipeline run on the texts**, with the
conventions of ``relations_migration.py``, ``relations_migration2.py`` and
``tests/relations_fresh/README.md``: named endpoints only, the fullest name the text uses; a
state body may be matched by its country (an alias); a role noun or pronoun standing for a named
endpoint counts as that endpoint; heads of state, government or a city are not ``manages`` of it;
a minister heading a ministry, employment and an inferred visit (an event held there) are
optional; a lawsuit is criticism; "thanked" is support; awarding a contract is no ``funds``
(optional), a stated payment of a sum is; hedged or implied relations are optional (``?``).

    python benchmarks/probes/relations_migration3.py dev     # score, and list misses / unconfirmed rows
    python benchmarks/probes/relations_migration3.py aside   # score only (the held-out half)

Split: a text is DEV when ``int(md5(text), 16) % 2 == 0``, ASIDE otherwise (fixed before any
run): 20 DEV texts (83 required relations), 10 ASIDE (40). DEV is read while fixing classes; ASIDE is only ever scored, as a total. Scoring as in
``relations_migration.py``.
"""

from __future__ import annotations

import hashlib

ITEMS = [
 ("Joint communiqué of the Governments of Norway and Ethiopia. "
  "The Minister of International Development of Norway, Anne Beathe Tvinnereim, and the Minister of Foreign Affairs of Ethiopia, Taye Atske Selassie, met in Addis Ababa on 13 May. "
  "The two ministers signed a memorandum of understanding on labour migration and the return of Ethiopian nationals. "
  "Norway will contribute NOK 150 million to the International Labour Organization's programme on fair recruitment in the Horn of Africa. "
  "Both sides welcomed the cooperation of the Ethiopian Ministry of Labour and Skills with the ILO. "
  "The next meeting of the joint committee will be held in Oslo.",
  [("Norway", "agreement_with", "Ethiopia|Ethiopian"), ("Norway", "funds", "International Labour Organization|ILO"),
   ("Ministry of Labour and Skills|Ethiopian Ministry of Labour and Skills|Ethiopia", "cooperates_with", "International Labour Organization|ILO"),
   ("Anne Beathe Tvinnereim", "visits?", "Addis Ababa"), ("Anne Beathe Tvinnereim", "part_of?", "Norway"), ("Taye Atske Selassie", "part_of?", "Ethiopia")]),
 ("Press release of the Ministry of the Interior of Slovenia. "
  "Slovenia and Pakistan have signed an agreement on the readmission of persons residing without authorisation. "
  "The agreement was signed in Islamabad by the Slovenian interior minister Boštjan Poklukar and Pakistan's interior minister Mohsin Naqvi. "
  "Under the agreement, Pakistan will issue travel documents for its nationals within 30 days. "
  "The Slovenian Police, which is part of the Ministry of the Interior, will organise the return flights together with Frontex. "
  "Poklukar thanked Pakistan for its constructive approach.",
  [("Slovenia|Slovenian", "agreement_with", "Pakistan"), ("Slovenian Police|Police", "part_of", "Ministry of the Interior"),
   ("Slovenian Police|Police", "cooperates_with", "Frontex"), ("Boštjan Poklukar|Poklukar", "supports", "Pakistan"),
   ("Boštjan Poklukar|Poklukar", "visits?", "Islamabad"), ("Boštjan Poklukar|Poklukar", "manages?", "Ministry of the Interior"),
   ("Mohsin Naqvi", "part_of?", "Pakistan")]),
 ("Summary of judgment: Lawyers for Human Rights v Minister of Home Affairs. "
  "The Constitutional Court of South Africa on Thursday declared section 22 of the Refugees Act invalid. "
  "The application was brought by Lawyers for Human Rights, a Johannesburg-based legal NGO, which argued that the Department of Home Affairs had denied asylum seekers access to the asylum system. "
  "Justice Mbuyiseli Madlanga, writing for the majority, found that the department had violated the Constitution. "
  "The court ordered the Department of Home Affairs to reopen the Refugee Reception Office in Cape Town within six months. "
  "The Scalabrini Centre of Cape Town, which joined the case as a friend of the court, praised the court. "
  "The Minister of Home Affairs, Leon Schreiber, said the department would comply.",
  [("Lawyers for Human Rights", "criticises", "Department of Home Affairs"), ("Scalabrini Centre of Cape Town|Scalabrini Centre", "supports", "Constitutional Court of South Africa|Constitutional Court"),
   ("Constitutional Court of South Africa|Constitutional Court", "criticises?", "Refugees Act"), ("Mbuyiseli Madlanga", "criticises?", "Department of Home Affairs"),
   ("Mbuyiseli Madlanga", "part_of?", "Constitutional Court of South Africa|Constitutional Court"), ("Lawyers for Human Rights", "located_in?", "Johannesburg"),
   ("Department of Home Affairs", "manages?", "Refugee Reception Office"), ("Refugee Reception Office", "located_in?", "Cape Town"),
   ("Leon Schreiber", "manages?", "Department of Home Affairs")]),
 ("Israel's Hotline for Refugees and Migrants published a report on Monday criticising the Anti-Infiltration Law. "
  "The report, written with Physicians for Human Rights-Israel, says the law allows the Population and Immigration Authority to hold asylum seekers at the Holot facility without trial. "
  "The Holot facility, in the Negev desert, is run by the Israel Prison Service. "
  "The authority's director general, Eyal Sisso, rejected the findings and said the law was lawful. "
  "The Hotline's director, Sigal Rozen, called on the Knesset to repeal the law.",
  [("Hotline for Refugees and Migrants|Hotline", "criticises", "Anti-Infiltration Law"), ("Hotline for Refugees and Migrants|Hotline", "cooperates_with", "Physicians for Human Rights-Israel"),
   ("Israel Prison Service", "manages", "Holot facility|Holot"), ("Holot facility|Holot", "located_in", "Negev"),
   ("Eyal Sisso", "manages", "Population and Immigration Authority"), ("Eyal Sisso", "criticises", "Hotline for Refugees and Migrants|Hotline"),
   ("Sigal Rozen", "manages", "Hotline for Refugees and Migrants|Hotline"), ("Sigal Rozen", "criticises", "Anti-Infiltration Law"),
   ("Physicians for Human Rights-Israel", "criticises?", "Anti-Infiltration Law"), ("Population and Immigration Authority", "part_of?", "Israel"),
   ("Hotline for Refugees and Migrants|Hotline", "located_in?", "Israel"), ("Eyal Sisso", "supports?", "Anti-Infiltration Law")]),
 ("Contract award notice. Contracting authority: eu-LISA, the European Union Agency for the Operational Management of Large-Scale IT Systems, Tallinn. "
  "The agency has awarded a framework contract worth €302 million to a consortium of Idemia and Sopra Steria for the maintenance of the Entry/Exit System. "
  "The consortium will also operate the shared Biometric Matching Service. "
  "Lot 2 was awarded to Atos for €45 million. "
  "The contract is financed by the Internal Security Fund, which is managed by the European Commission's Directorate-General for Migration and Home Affairs.",
  [("Idemia", "cooperates_with", "Sopra Steria"), ("Idemia", "manages", "Biometric Matching Service"), ("Sopra Steria", "manages", "Biometric Matching Service"),
   ("Directorate-General for Migration and Home Affairs|European Commission", "manages", "Internal Security Fund"),
   ("eu-LISA", "part_of", "European Union"), ("eu-LISA", "agreement_with?", "Idemia"), ("eu-LISA", "agreement_with?", "Sopra Steria"), ("eu-LISA", "agreement_with?", "Atos"),
   ("eu-LISA", "funds?", "Idemia"), ("eu-LISA", "funds?", "Atos"), ("eu-LISA", "located_in?", "Tallinn"), ("Idemia", "manages?", "Entry/Exit System"),
   ("Directorate-General for Migration and Home Affairs", "part_of?", "European Commission")]),
 ("Written question by Erik Marquardt, Member of the European Parliament, to the Commission. "
  "Subject: EU support for the Iraqi border guards. "
  "Can the Commission say how much it has paid the Iraqi Ministry of Interior since 2021, and whether it monitors pushbacks at the border with Syria? "
  "Answer given by Commissioner Magnus Brunner on behalf of the European Commission. "
  "The Commission has allocated €45 million to the Iraqi Ministry of Interior under the Neighbourhood, Development and International Cooperation Instrument. "
  "The Border Management Programme for Iraq is implemented by GIZ, which reports to the Commission every six months. "
  "The Commission is not aware of any pushbacks by Iraqi forces.",
  [("Erik Marquardt", "part_of", "European Parliament"), ("European Commission|Commission", "funds", "Ministry of Interior|Iraqi Ministry of Interior|Iraq|Iraqi"),
   ("GIZ", "manages", "Border Management Programme for Iraq"), ("Magnus Brunner", "part_of?", "European Commission|Commission"),
   ("GIZ", "cooperates_with?", "European Commission|Commission"), ("European Commission|Commission", "funds?", "Border Management Programme for Iraq")]),
 ("SANTO DOMINGO, Oct 3 - The Dominican Republic has deployed 1,500 soldiers to its border with Haiti, the defence ministry said on Thursday. "
  "President Luis Abinader ordered the deployment after the government suspended visas for Haitians. "
  "The soldiers, from the Specialized Border Security Corps (CESFRONT), were sent to Dajabón and Elías Piña. "
  "Haiti's foreign minister Jean Victor Généus condemned the move as an attack on Haitian migrants. "
  "The United Nations human rights office also criticised the Dominican government for mass deportations.",
  [("Specialized Border Security Corps|CESFRONT|Dominican Republic", "deploys_to", "Dajabón"), ("Specialized Border Security Corps|CESFRONT|Dominican Republic", "deploys_to", "Elías Piña"),
   ("Jean Victor Généus", "criticises", "Dominican Republic|Dominican government|Dominican"),
   ("United Nations human rights office|United Nations", "criticises", "Dominican Republic|Dominican government|Dominican"),
   ("Dominican Republic", "deploys_to?", "Haiti"), ("Jean Victor Généus", "part_of?", "Haiti"), ("Specialized Border Security Corps|CESFRONT", "part_of?", "Dominican Republic")]),
 ("Budget amendment no. 3 of the Grand Duchy of Luxembourg. "
  "The Ministry of Family Affairs, Integration and the Greater Region will transfer €12 million from its integration budget line to the National Reception Office (ONA), which runs the country's reception facilities. "
  "The transfer will pay for 600 extra beds at the Kirchberg emergency shelter (SHUK). "
  "ONA, an administration under the ministry, is headed by Jean-Paul Reiter. "
  "The Court of Auditors criticised the ministry last year for using emergency transfers instead of planning its budget.",
  [("Ministry of Family Affairs, Integration and the Greater Region|Ministry of Family Affairs", "funds", "National Reception Office|ONA"),
   ("National Reception Office|ONA", "part_of", "Ministry of Family Affairs, Integration and the Greater Region|Ministry of Family Affairs"),
   ("Jean-Paul Reiter", "manages", "National Reception Office|ONA"), ("Court of Auditors", "criticises", "Ministry of Family Affairs, Integration and the Greater Region|Ministry of Family Affairs"),
   ("National Reception Office|ONA", "manages?", "SHUK|Kirchberg emergency shelter"), ("National Reception Office|ONA", "located_in?", "Luxembourg"),
   ("SHUK|Kirchberg emergency shelter", "located_in?", "Kirchberg")]),
 ("Statement by the Municipality of Colchane. "
  "The mayor of Colchane, Javier García, said on Friday that the humanitarian shelter opened by the Ministry of Social Development in the town was full. "
  "The shelter is run by the Chilean Red Cross under an agreement with the ministry. "
  "García asked the regional government of Tarapacá for 40 more police officers and criticised the national government for ignoring the town. "
  "Most of the people arriving had crossed from Bolivia. "
  "The Jesuit Migrant Service, which works with the Red Cross at the shelter, said 300 people slept outdoors on Thursday.",
  [("Chilean Red Cross|Red Cross", "agreement_with", "Ministry of Social Development"), ("Javier García|García", "criticises", "Chile|national government"),
   ("Jesuit Migrant Service", "cooperates_with", "Chilean Red Cross|Red Cross"), ("Ministry of Social Development", "part_of?", "Chile"),
   ("Colchane", "located_in?", "Tarapacá")]),
 ("Policy brief of the European Council on Foreign Relations. "
  "The EU-Ghana Talent Partnership, launched in 2024, is the first of its kind in West Africa. "
  "It is funded by the European Commission and Belgium, and run by Enabel, the Belgian development agency. "
  "Our research shows that the partnership has placed only 120 Ghanaian nurses in European hospitals. "
  "The Ghana Registered Nurses and Midwives Association has criticised the scheme for draining hospitals in Accra and Kumasi. "
  "We recommend that the Commission work with the Ghanaian Ministry of Health rather than with recruitment agencies.",
  [("EU", "agreement_with", "Ghana|Ghanaian"), ("European Commission|Commission", "funds", "EU-Ghana Talent Partnership|Talent Partnership"),
   ("Belgium|Belgian", "funds", "EU-Ghana Talent Partnership|Talent Partnership"), ("Enabel", "manages", "EU-Ghana Talent Partnership|Talent Partnership"),
   ("Enabel", "part_of", "Belgium|Belgian"), ("Ghana Registered Nurses and Midwives Association", "criticises", "EU-Ghana Talent Partnership|Talent Partnership"),
   ("European Commission|Commission", "cooperates_with?", "Ministry of Health|Ghanaian Ministry of Health")]),
 ("The governments of the United States and Panama signed a memorandum of understanding on Monday under which the US will pay for removal flights of migrants who cross the Darién Gap. "
  "The Department of Homeland Security will also give Panama's National Migration Service $6 million in equipment and training. "
  "Panamanian President José Raúl Mulino said the agreement would close the Darién. "
  "The memorandum was signed in Panama City by Alejandro Mayorkas and Panama's foreign minister Javier Martínez-Acha. "
  "Médecins Sans Frontières, which runs clinics in the Darién, warned that the closures would push people onto more dangerous routes.",
  [("United States|US", "agreement_with", "Panama|Panamanian"), ("Department of Homeland Security|United States|US", "funds", "National Migration Service|Panama"),
   ("United States|US", "funds?", "Panama"), ("Alejandro Mayorkas", "visits?", "Panama City"), ("Médecins Sans Frontières", "criticises?", "United States|US"),
   ("Médecins Sans Frontières", "criticises?", "Panama"), ("Médecins Sans Frontières", "located_in?", "Darién"), ("National Migration Service", "part_of?", "Panama"),
   ("Javier Martínez-Acha", "part_of?", "Panama")]),
 ("South Korea's Ministry of Justice said on Tuesday that it had signed an agreement with Vietnam to bring 5,000 seasonal farm workers to Korea next year. "
  "The workers will be placed by the Human Resources Development Service of Korea (HRD Korea), an agency of the Ministry of Employment and Labor. "
  "Justice Minister Park Sung-jae said the scheme would end illegal brokerage fees. "
  "The Korean Confederation of Trade Unions criticised Park Sung-jae, saying migrant farm workers were still excluded from the Labour Standards Act. "
  "Vietnam's Department of Overseas Labour will select the workers.",
  [("Ministry of Justice|South Korea|Korea", "agreement_with", "Vietnam"), ("Human Resources Development Service of Korea|HRD Korea", "part_of", "Ministry of Employment and Labor"),
   ("Korean Confederation of Trade Unions", "criticises", "Park Sung-jae"), ("Park Sung-jae", "manages?", "Ministry of Justice"),
   ("Department of Overseas Labour", "part_of?", "Vietnam"), ("Korean Confederation of Trade Unions", "criticises?", "Labour Standards Act")]),
 ("PICUM, the Platform for International Cooperation on Undocumented Migrants, and 40 other organisations wrote to the European Parliament on Wednesday urging MEPs to reject the Return Regulation. "
  "The letter was coordinated with the European Council on Refugees and Exiles (ECRE). "
  "ECRE's director, Catherine Woollard, said the regulation would create a system of deportation hubs outside Europe. "
  "The rapporteur, Malik Azmani of Renew Europe, defended the text. "
  "PICUM is based in Brussels.",
  [("PICUM|Platform for International Cooperation on Undocumented Migrants", "criticises", "Return Regulation"),
   ("PICUM|Platform for International Cooperation on Undocumented Migrants", "cooperates_with", "European Council on Refugees and Exiles|ECRE"),
   ("Catherine Woollard", "manages", "European Council on Refugees and Exiles|ECRE"), ("Malik Azmani", "supports", "Return Regulation"),
   ("Malik Azmani", "part_of", "Renew Europe"), ("PICUM|Platform for International Cooperation on Undocumented Migrants", "located_in", "Brussels"),
   ("Catherine Woollard", "criticises?", "Return Regulation"), ("Malik Azmani", "part_of?", "European Parliament")]),
 ("Judge Drew Tipton of the US District Court for the Southern District of Texas ruled on Friday that the Department of Homeland Security could continue the CHNV parole program. "
  "The lawsuit against the program was brought by Texas and 20 other Republican-led states, which argued that it cost them money. "
  "The judge found that the states had not shown any harm. "
  "The Cato Institute, a libertarian think tank in Washington, welcomed the decision. "
  "Texas Attorney General Ken Paxton said he would appeal.",
  [("Drew Tipton", "part_of", "US District Court for the Southern District of Texas"), ("Texas", "criticises", "CHNV parole program|CHNV"),
   ("Department of Homeland Security", "manages?", "CHNV parole program|CHNV"), ("Cato Institute", "supports?", "Drew Tipton"),
   ("Cato Institute", "located_in?", "Washington"), ("Ken Paxton", "criticises?", "Drew Tipton"), ("Ken Paxton", "part_of?", "Texas"),
   ("Texas", "criticises?", "Department of Homeland Security")]),
 ("The Border Security Force (BSF) has deployed 2,000 additional personnel to West Bengal and Tripura, the Indian home ministry said on Sunday. "
  "The BSF, which is under the Ministry of Home Affairs, guards India's 4,096-kilometre border with Bangladesh. "
  "Border Guard Bangladesh accused the BSF of killing three Bangladeshi villagers near the border last week. "
  "Home Minister Amit Shah visited the border post at Petrapole on Saturday.",
  [("Border Security Force|BSF", "deploys_to", "West Bengal"), ("Border Security Force|BSF", "deploys_to", "Tripura"),
   ("Border Security Force|BSF", "part_of", "Ministry of Home Affairs|home ministry"), ("Border Guard Bangladesh", "criticises", "Border Security Force|BSF"),
   ("Amit Shah", "visits", "Petrapole"), ("Amit Shah", "manages?", "Ministry of Home Affairs|home ministry"), ("Border Guard Bangladesh", "part_of?", "Bangladesh"),
   ("Border Security Force|BSF", "part_of?", "India|Indian")]),
 ("Palantir Technologies said on Thursday that it had signed a $30 million contract with Immigration and Customs Enforcement to build a platform called ImmigrationOS. "
  "The platform will be operated by ICE's Enforcement and Removal Operations directorate. "
  "Palantir's chief executive Alex Karp defended the work in a letter to shareholders. "
  "The Electronic Frontier Foundation condemned the contract, saying ImmigrationOS would enable mass surveillance. "
  "Palantir, based in Denver, has worked with ICE since 2014.",
  [("Palantir Technologies|Palantir", "agreement_with", "Immigration and Customs Enforcement|ICE"), ("Enforcement and Removal Operations", "manages", "ImmigrationOS"),
   ("Enforcement and Removal Operations", "part_of", "Immigration and Customs Enforcement|ICE"), ("Alex Karp", "manages", "Palantir Technologies|Palantir"),
   ("Electronic Frontier Foundation", "criticises", "ImmigrationOS"), ("Palantir Technologies|Palantir", "cooperates_with", "Immigration and Customs Enforcement|ICE"),
   ("Immigration and Customs Enforcement|ICE", "funds?", "Palantir Technologies|Palantir"), ("Electronic Frontier Foundation", "criticises?", "Palantir Technologies|Palantir"),
   ("Electronic Frontier Foundation", "criticises?", "Immigration and Customs Enforcement|ICE"), ("Palantir Technologies|Palantir", "located_in?", "Denver")]),
 ("Saudi Arabia's King Salman Humanitarian Aid and Relief Centre (KSrelief) signed an agreement with the UN refugee agency on Monday to provide $12 million for Afghan returnees. "
  "The agreement was signed in Riyadh by KSrelief's supervisor general, Abdullah Al Rabeeah, and UNHCR's assistant high commissioner, Raouf Mazou. "
  "Part of the money will go to the Pakistan Red Crescent Society, which runs the Torkham reception centre. "
  "Mazou thanked Saudi Arabia for its generosity.",
  [("King Salman Humanitarian Aid and Relief Centre|KSrelief", "agreement_with", "UN refugee agency|UNHCR"),
   ("Abdullah Al Rabeeah", "manages", "King Salman Humanitarian Aid and Relief Centre|KSrelief"),
   ("Pakistan Red Crescent Society", "manages", "Torkham reception centre|Torkham"), ("Raouf Mazou|Mazou", "supports", "Saudi Arabia"),
   ("King Salman Humanitarian Aid and Relief Centre|KSrelief", "funds?", "UN refugee agency|UNHCR"),
   ("King Salman Humanitarian Aid and Relief Centre|KSrelief", "funds?", "Pakistan Red Crescent Society"), ("Raouf Mazou|Mazou", "part_of?", "UN refugee agency|UNHCR"),
   ("King Salman Humanitarian Aid and Relief Centre|KSrelief", "part_of?", "Saudi Arabia")]),
 ("In answers to questions from the GroenLinks-PvdA member Songül Mutluer, the minister for asylum and migration, Marjolein Faber, said 2,000 people were sleeping in tents at Ter Apel. "
  "The Central Agency for the Reception of Asylum Seekers (COA), which runs the application centre at Ter Apel, falls under the Ministry of Asylum and Migration. "
  "The COA has asked municipalities to open 5,000 places. "
  "Faber said she would not force the municipality of Westerwolde to take more people. "
  "The Dutch Council for Refugees criticised Faber for letting the crisis continue.",
  [("Songül Mutluer", "part_of", "GroenLinks-PvdA"), ("Central Agency for the Reception of Asylum Seekers|COA", "part_of", "Ministry of Asylum and Migration"),
   ("Central Agency for the Reception of Asylum Seekers|COA", "manages", "Ter Apel"), ("Dutch Council for Refugees", "criticises", "Marjolein Faber|Faber"),
   ("Marjolein Faber|Faber", "manages?", "Ministry of Asylum and Migration"), ("Ter Apel", "located_in?", "Westerwolde")]),
 ("The French interior ministry has sent 1,800 gendarmes and police officers to Mayotte for Operation Wuambushu. "
  "The operation aims to demolish slums and deport irregular migrants to the Comoros. "
  "The Comoros refused to accept the deportees, and the Comorian foreign ministry accused France of violating its sovereignty. "
  "The Defender of Rights, Claire Hédon, criticised Operation Wuambushu in a statement on Tuesday. "
  "Gérald Darmanin, the interior minister, said the operation would continue.",
  [("French interior ministry|France|French", "deploys_to", "Mayotte"), ("Comoros|Comorian", "criticises", "France|French"),
   ("Claire Hédon", "criticises", "Operation Wuambushu|Wuambushu"), ("Gérald Darmanin", "supports?", "Operation Wuambushu|Wuambushu"),
   ("Mayotte", "part_of?", "France"), ("Claire Hédon", "manages?", "Defender of Rights"), ("Gérald Darmanin", "manages?", "French interior ministry")]),
 ("Denmark and Kosovo signed a treaty in Copenhagen on Tuesday under which Denmark will rent 300 cells in Gjilan prison for foreign nationals due to be deported. "
  "Denmark will pay Kosovo €210 million over ten years. "
  "The treaty was ratified by the Assembly of Kosovo in May. "
  "The Kosovo Correctional Service will run the prison, and Danish prison officers will be seconded to Gjilan. "
  "The Kosovo Rehabilitation Centre for Torture Victims criticised the treaty, saying it turned Kosovo into a dumping ground.",
  [("Denmark|Danish", "agreement_with", "Kosovo"), ("Denmark|Danish", "funds", "Kosovo"), ("Kosovo Correctional Service", "manages", "Gjilan prison|Gjilan"),
   ("Denmark|Danish", "deploys_to", "Gjilan"), ("Kosovo Rehabilitation Centre for Torture Victims", "criticises?", "Denmark"),
   ("Kosovo Rehabilitation Centre for Torture Victims", "criticises?", "Kosovo"), ("Assembly of Kosovo", "supports?", "Denmark"),
   ("Kosovo Correctional Service", "part_of?", "Kosovo"), ("Gjilan prison|Gjilan", "located_in?", "Kosovo")]),
 ("The Observer Research Foundation (ORF), a think tank in New Delhi, published a paper on Tuesday on the India-Germany Migration and Mobility Partnership Agreement. "
  "India and Germany signed the agreement in December 2022. "
  "Under it, Germany's Federal Employment Agency recruits Indian nurses through the Triple Win programme, which it runs with GIZ. "
  "The paper's author, Harsh Pant, argues that the partnership has been too slow. "
  "Kerala's Department of Non-Resident Keralite Affairs (NORKA) also works with the Federal Employment Agency.",
  [("India|Indian", "agreement_with", "Germany"), ("Federal Employment Agency", "manages", "Triple Win"), ("GIZ", "manages", "Triple Win"),
   ("Federal Employment Agency", "cooperates_with", "GIZ"), ("Department of Non-Resident Keralite Affairs|NORKA", "cooperates_with", "Federal Employment Agency"),
   ("Observer Research Foundation|ORF", "located_in?", "New Delhi"), ("Harsh Pant", "part_of?", "Observer Research Foundation|ORF"),
   ("Federal Employment Agency", "part_of?", "Germany"), ("Department of Non-Resident Keralite Affairs|NORKA", "part_of?", "Kerala")]),
 ("The Human Rights Commission of Malaysia (Suhakam) said in its annual report that 150 people had died in immigration depots since 2022. "
  "Suhakam criticised the Immigration Department of Malaysia for holding children in the depots. "
  "The department, part of the Home Ministry, runs 20 immigration depots, including the Bukit Jalil depot in Kuala Lumpur. "
  "Home Minister Saifuddin Nasution Ismail rejected the criticism. "
  "Suhakam's chairman, Hishamudin Yunus, urged the government to sign the Refugee Convention.",
  [("Human Rights Commission of Malaysia|Suhakam", "criticises", "Immigration Department of Malaysia|Immigration Department"),
   ("Immigration Department of Malaysia|Immigration Department", "part_of", "Home Ministry"),
   ("Immigration Department of Malaysia|Immigration Department", "manages", "Bukit Jalil depot|Bukit Jalil"), ("Bukit Jalil depot|Bukit Jalil", "located_in", "Kuala Lumpur"),
   ("Saifuddin Nasution Ismail", "criticises", "Human Rights Commission of Malaysia|Suhakam"), ("Hishamudin Yunus", "manages", "Human Rights Commission of Malaysia|Suhakam"),
   ("Saifuddin Nasution Ismail", "manages?", "Home Ministry"), ("Hishamudin Yunus", "supports?", "Refugee Convention")]),
 ("The Royal Thai Army sent 1,200 soldiers to Mae Sot in Tak province on Wednesday as fighting across the border in Myawaddy drove thousands of people into Thailand. "
  "The deployment was ordered by Prime Minister Srettha Thavisin, who visited the Friendship Bridge on Tuesday. "
  "The Thai Red Cross set up a camp for 4,000 people near the bridge. "
  "Fortify Rights, a human rights group, accused the Thai authorities of sending refugees back to Myanmar.",
  [("Royal Thai Army", "deploys_to", "Mae Sot"), ("Srettha Thavisin", "visits", "Friendship Bridge"), ("Fortify Rights", "criticises", "Thailand|Thai authorities|Thai"),
   ("Mae Sot", "located_in?", "Tak province|Tak"), ("Thailand|Thai authorities|Thai", "turns_back?", "Myanmar"), ("Royal Thai Army", "part_of?", "Thailand|Thai")]),
 ("The Council of the European Union and the European Parliament reached a provisional deal on the Screening Regulation early on Wednesday. "
  "The deal was negotiated by the Spanish presidency and the Parliament's rapporteur, Birgit Sippel. "
  "Statewatch, a civil liberties group based in London, criticised the Council for expanding the detention of children at the borders. "
  "The regulation requires every person who enters irregularly to be screened within seven days. "
  "Frontex will support the screening in Italy and Greece.",
  [("Council of the European Union|Council", "agreement_with", "European Parliament|Parliament"), ("Birgit Sippel", "part_of", "European Parliament|Parliament"),
   ("Statewatch", "criticises", "Council of the European Union|Council"), ("Statewatch", "located_in?", "London"),
   ("Frontex", "deploys_to?", "Italy"), ("Frontex", "deploys_to?", "Greece"), ("Birgit Sippel", "supports?", "Screening Regulation")]),
 ("New York City has paid DocGo, a medical services company, $432 million to run hotels for asylum seekers. "
  "Mayor Eric Adams defended the contract at a news conference on Monday. "
  "The city comptroller, Brad Lander, refused to register a new contract and called for an investigation of DocGo. "
  "Council Member Shahana Hanif, who chairs the City Council's immigration committee, also criticised the mayor. "
  "DocGo, based in New York, said it had done nothing wrong.",
  [("New York City|New York", "funds", "DocGo"), ("Brad Lander", "criticises", "DocGo"), ("Shahana Hanif", "part_of", "City Council"),
   ("Shahana Hanif", "criticises", "Eric Adams"), ("Eric Adams", "supports?", "DocGo"), ("Brad Lander", "part_of?", "New York City"),
   ("DocGo", "located_in?", "New York"), ("DocGo", "criticises?", "Brad Lander")]),
 ("Belgium's Council of State on Friday suspended the decision of state secretary Nicole de Moor to stop housing single men seeking asylum. "
  "The case was brought by Flemish Refugee Action and Ciré, which argued that the decision broke the reception law. "
  "Fedasil, the federal agency that runs the reception network, said it would open 2,000 places. "
  "De Moor said she disagreed with the ruling but would respect it.",
  [("Flemish Refugee Action", "criticises", "Nicole de Moor|De Moor"), ("Ciré", "criticises", "Nicole de Moor|De Moor"),
   ("Nicole de Moor|De Moor", "criticises", "Council of State"), ("Council of State", "criticises?", "Nicole de Moor|De Moor"),
   ("Council of State", "part_of?", "Belgium"), ("Flemish Refugee Action", "cooperates_with?", "Ciré"), ("Fedasil", "part_of?", "Belgium"),
   ("Nicole de Moor|De Moor", "manages?", "Fedasil")]),
 ("The City and County of Denver will close four migrant shelters by April, Mayor Mike Johnston said on Thursday. "
  "The shelters, run by the Salvation Army and Catholic Charities under contracts with Denver Human Services, housed 4,000 people last winter. "
  "Governor Jared Polis had given the city $5 million from the state's emergency fund. "
  "The Colorado Immigrant Rights Coalition criticised the closures and accused Johnston of abandoning families.",
  [("Salvation Army", "agreement_with", "Denver Human Services"), ("Catholic Charities", "agreement_with", "Denver Human Services"),
   ("Jared Polis|Colorado", "funds", "Denver|City and County of Denver"), ("Colorado Immigrant Rights Coalition", "criticises", "Mike Johnston|Johnston"),
   ("Denver Human Services", "part_of?", "Denver|City and County of Denver"), ("Salvation Army", "cooperates_with?", "Catholic Charities"),
   ("Denver Human Services", "funds?", "Salvation Army"), ("Denver Human Services", "funds?", "Catholic Charities")]),
 ("Europol said on Wednesday that it had helped the Hellenic Police and the Albanian State Police dismantle a network that smuggled migrants across the Ionian Sea. "
  "The investigation was coordinated by Eurojust, which set up a joint investigation team in 2023. "
  "Europol sent two analysts to Tirana for the arrests. "
  "The Albanian State Police is part of the Ministry of Interior.",
  [("Europol", "cooperates_with", "Hellenic Police"), ("Europol", "cooperates_with", "Albanian State Police"), ("Hellenic Police", "cooperates_with", "Albanian State Police"),
   ("Europol", "deploys_to", "Tirana"), ("Albanian State Police", "part_of", "Ministry of Interior"), ("Eurojust", "cooperates_with?", "Europol"),
   ("Albanian State Police", "part_of?", "Albania|Albanian")]),
 ("The Florida Immigrant Coalition published a report on Wednesday saying that Senate Bill 1718 had driven 30,000 farm workers out of the state. "
  "The law, signed by Governor Ron DeSantis in May 2023, makes it a felony to transport undocumented migrants into Florida. "
  "The Florida Farm Bureau, which supported the bill, declined to comment. "
  "The coalition's executive director, Tessa Petit, said the law was cruel. "
  "The American Civil Liberties Union of Florida has sued the state over the law.",
  [("Florida Immigrant Coalition", "criticises", "Senate Bill 1718"), ("Florida Farm Bureau", "supports", "Senate Bill 1718"),
   ("Tessa Petit", "manages", "Florida Immigrant Coalition"), ("Tessa Petit", "criticises", "Senate Bill 1718"),
   ("American Civil Liberties Union of Florida", "criticises", "Florida"), ("Ron DeSantis", "supports?", "Senate Bill 1718"),
   ("American Civil Liberties Union of Florida", "criticises?", "Senate Bill 1718")]),
 ("In the House of Councillors on Tuesday, Mizuho Fukushima of the Social Democratic Party asked Justice Minister Ryuji Koizumi about deportations under the revised Immigration Control Act. "
  "Koizumi defended the law, saying it protected genuine refugees. "
  "The Immigration Services Agency, an external bureau of the Ministry of Justice, deported 250 people under the new rules last year. "
  "The Japan Federation of Bar Associations has opposed the law since 2023.",
  [("Mizuho Fukushima", "part_of", "Social Democratic Party"), ("Ryuji Koizumi|Koizumi", "supports", "Immigration Control Act"),
   ("Immigration Services Agency", "part_of", "Ministry of Justice"), ("Japan Federation of Bar Associations", "criticises", "Immigration Control Act"),
   ("Mizuho Fukushima", "criticises?", "Immigration Control Act"), ("Ryuji Koizumi|Koizumi", "manages?", "Ministry of Justice"),
   ("Mizuho Fukushima", "part_of?", "House of Councillors")]),
]


def half(name: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The DEV or ASIDE items (split by the parity of the text's MD5)."""
    return [it for it in ITEMS if (int(hashlib.md5(it[0].encode()).hexdigest(), 16) % 2 == 0) == (name == "dev")]


def main() -> int:
    from relations_migration import main as run  # the first probe's scoring and labelling conventions

    return run(half, "relations_migration3.py")


if __name__ == "__main__":
    raise SystemExit(main())
