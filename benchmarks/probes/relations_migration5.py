"""Fifth relations probe in the migration-policy genre, aimed at the **structural** predicates
(``part_of``, ``manages``, ``located_in``, ``cooperates_with``, ``funds``, ``agreement_with``,
``owns``, ``publishes``, ``deploys_to``, ``supplies``): 28 documents of 3-6 sentences in
registers of government releases on readmission and labour agreements, funding announcements,
agency org-chart and appointment news, deployments of officers, procurement notices, joint task
forces, coalition news, newsroom and think-tank papers, about countries and bodies the earlier
probes hardly use: Moldova, Georgia, Ireland, Chad, Finland, Poland, Estonia, Australia, Morocco,
Denmark, Canada, Uganda, Saudi Arabia, Mauritania, Bulgaria, Romania, Austria, Niger, the UK and
France, Mexico, the Netherlands, Greece, Egypt, Sweden, Libya, Turkey, Bangladesh, Jordan,
Quebec, Portugal ...; Migri, Leidos, the Royal Gendarmerie, the Migration Policy Institute, Der
Spiegel, Lighthouse Reports, the Scott Trust, the International Crisis Group, the Marechaussee,
KfW, AIMA, Alarm Phone, SOS Méditerranée, the RRRC ...

Labelled 2026-12-04 (relations round 6) **before any pipeline run on the texts**, with the
conventions of ``relations_migration.py`` and ``tests/relations_fresh/README.md`` (named
endpoints only, the fullest name the text uses, a state body may be matched by its country,
heads of state or government are not ``manages`` of it, employment/affiliation ("a researcher
at", "a reporter at") is an optional ``part_of``, an explicit member is a required one; hedged,
negated-away or implied relations are optional ``?``), and two choices of this probe: an
explicit statement of where a body is based ("based in", "headquartered in", "Y-based",
"has its headquarters in") is a **required** ``located_in`` (a bare "office in" is optional);
a subsidiary, arm or body "under" another is a required ``part_of``.

    python benchmarks/probes/relations_migration5.py dev     # score, and list misses / unconfirmed rows
    python benchmarks/probes/relations_migration5.py aside   # score only (the held-out half)

Split: a text is DEV when ``int(md5(text), 16) % 2 == 0``, ASIDE otherwise (fixed before any
run, as in ``relations_migration3.py``): 15 DEV texts (61 required relations), 13 ASIDE (53).
DEV is read while fixing classes; ASIDE is only ever
scored, as a total. Scoring as in ``relations_migration.py``.
"""

from __future__ import annotations

import hashlib

ITEMS = [
 ("Press release of the Ministry of Internal Affairs of Moldova. "
  "Moldova and Georgia signed a readmission agreement in Chișinău on Tuesday. "
  "The agreement was signed by the Moldovan interior minister Daniella Misail-Nichitin and her Georgian counterpart Vakhtang Gomelauri. "
  "The Border Police, a subordinate body of the Ministry of Internal Affairs, will carry out the transfers at Chișinău airport. "
  "The European Union, which funds the EU Border Assistance Mission to Moldova and Ukraine (EUBAM), welcomed the deal.",
  [("Moldova|Moldovan", "agreement_with", "Georgia|Georgian"), ("Border Police", "part_of", "Ministry of Internal Affairs|Ministry of Internal Affairs of Moldova"),
   ("European Union", "funds", "EU Border Assistance Mission to Moldova and Ukraine|EUBAM"),
   ("Daniella Misail-Nichitin", "manages?", "Ministry of Internal Affairs|Ministry of Internal Affairs of Moldova"), ("Daniella Misail-Nichitin", "part_of?", "Moldova|Moldovan"),
   ("Vakhtang Gomelauri", "part_of?", "Georgia|Georgian"), ("Border Police", "part_of?", "Moldova|Moldovan"), ("European Union", "supports?", "Moldova|Moldovan"),
   ("Vakhtang Gomelauri", "visits?", "Chișinău"), ("Daniella Misail-Nichitin", "agreement_with?", "Vakhtang Gomelauri")]),
 ("The Government of Ireland has announced €4 million in funding for the UN Refugee Agency's operations in Sudan and Chad. "
  "The funding comes from Irish Aid, the government's development programme, which is run by the Department of Foreign Affairs. "
  "Ireland also gave €1.5 million to the International Committee of the Red Cross. "
  "Minister of State Seán Fleming announced the grant during a visit to Adré, where the UN Refugee Agency runs a transit centre.",
  [("Government of Ireland|Ireland|Irish", "funds", "UN Refugee Agency|UNHCR"), ("Government of Ireland|Ireland|Irish", "funds", "International Committee of the Red Cross"),
   ("Department of Foreign Affairs", "manages", "Irish Aid"), ("Seán Fleming", "visits", "Adré"),
   ("Irish Aid", "funds?", "UN Refugee Agency|UNHCR"), ("Irish Aid", "part_of?", "Department of Foreign Affairs|Government of Ireland|Ireland"),
   ("Seán Fleming", "part_of?", "Government of Ireland|Ireland"), ("UN Refugee Agency|UNHCR", "located_in?", "Adré"),
   ("UN Refugee Agency|UNHCR", "located_in?", "Chad"), ("UN Refugee Agency|UNHCR", "located_in?", "Sudan"), ("Adré", "located_in?", "Chad")]),
 ("The Finnish Immigration Service (Migri) has appointed Ilkka Haahtela as its new director general. "
  "Haahtela, a former head of the Ministry of the Interior's migration department, will take up the post on 1 March. "
  "Migri, which operates under the Ministry of the Interior, runs the reception centres in Finland together with the Finnish Red Cross. "
  "The agency's headquarters are in Helsinki. "
  "Deputy director Elina Nurmi will lead the asylum unit.",
  [("Ilkka Haahtela|Haahtela", "manages", "Finnish Immigration Service|Migri"), ("Finnish Immigration Service|Migri", "part_of", "Ministry of the Interior"),
   ("Finnish Immigration Service|Migri", "cooperates_with", "Finnish Red Cross"), ("Finnish Immigration Service|Migri", "located_in", "Helsinki"),
   ("Elina Nurmi", "part_of?", "Finnish Immigration Service|Migri"), ("Ilkka Haahtela|Haahtela", "part_of?", "Ministry of the Interior"),
   ("Finnish Immigration Service|Migri", "part_of?", "Finland"), ("Finnish Immigration Service|Migri", "located_in?", "Finland"),
   ("Finnish Red Cross", "located_in?", "Finland")]),
 ("Poland will send 200 more police officers to the border with Belarus, the interior ministry said on Monday. "
  "The officers, from the prevention units of the Polish Police, will be deployed to Podlaskie province to support the Border Guard. "
  "Estonia has also deployed 30 police officers to Poland under a bilateral arrangement. "
  "The Polish Border Guard is subordinate to the Ministry of Interior and Administration.",
  [("Polish Police|Poland", "deploys_to", "Podlaskie"), ("Estonia", "deploys_to", "Poland|Polish"),
   ("Polish Border Guard|Border Guard", "part_of", "Ministry of Interior and Administration"),
   ("Polish Police", "cooperates_with?", "Polish Border Guard|Border Guard"), ("Polish Police", "part_of?", "Poland"),
   ("Polish Border Guard|Border Guard", "part_of?", "Poland"), ("Estonia", "agreement_with?", "Poland"), ("Estonia", "cooperates_with?", "Poland"),
   ("Podlaskie", "located_in?", "Poland")]),
 ("The Australian Border Force has signed a A$220 million contract with Leidos Australia to supply biometric scanners at eight airports. "
  "Leidos Australia, a subsidiary of the US company Leidos, will also maintain the SmartGate system, which is owned by the Department of Home Affairs. "
  "The Australian Border Force is the operational arm of the Department of Home Affairs. "
  "The Australian National Audit Office criticised the contract for lacking competition.",
  [("Australian Border Force", "agreement_with", "Leidos Australia"), ("Leidos Australia", "supplies", "Australian Border Force"),
   ("Leidos Australia", "part_of", "Leidos"), ("Leidos Australia", "manages", "SmartGate"), ("Department of Home Affairs", "owns", "SmartGate"),
   ("Australian Border Force", "part_of", "Department of Home Affairs"),
   ("Leidos", "owns?", "Leidos Australia"), ("Leidos", "located_in?", "US|United States"), ("Australian National Audit Office", "criticises?", "Australian Border Force"),
   ("Australian Border Force", "funds?", "Leidos Australia"), ("Australian Border Force", "part_of?", "Australia")]),
 ("Spain and Morocco have set up a joint police task force against migrant smuggling, Spain's Guardia Civil said on Monday. "
  "The Spanish-Moroccan team will be based in Tangier and will work with Europol. "
  "Morocco's Royal Gendarmerie, which reports to the Royal Armed Forces, will contribute 40 officers. "
  "The Guardia Civil has also deployed two patrol boats to the port of Tangier Med.",
  [("Spain|Spanish", "cooperates_with", "Morocco|Moroccan"), ("Guardia Civil", "deploys_to", "Tangier Med"),
   ("Royal Gendarmerie", "part_of", "Royal Armed Forces"),
   ("Spain|Spanish|Guardia Civil", "agreement_with?", "Morocco|Moroccan"), ("Spain|Spanish", "cooperates_with?", "Europol"), ("Morocco|Moroccan", "cooperates_with?", "Europol"),
   ("Guardia Civil", "part_of?", "Spain|Spanish"), ("Royal Gendarmerie", "part_of?", "Morocco|Moroccan"), ("Guardia Civil", "cooperates_with?", "Royal Gendarmerie"),
   ("Tangier Med", "located_in?", "Tangier"), ("Tangier", "located_in?", "Morocco"), ("Royal Gendarmerie", "deploys_to?", "Tangier")]),
 ("The Danish government coalition of the Social Democrats, Venstre and the Moderates has agreed on a new repatriation plan. "
  "Kaare Dybvad Bek, a member of the Social Democrats, remains minister for immigration and integration. "
  "The Danish People's Party, which is not part of the coalition, called the plan too weak. "
  "Inger Støjberg, leader of the Denmark Democrats, said the plan was a gimmick.",
  [("Social Democrats", "cooperates_with", "Venstre"), ("Social Democrats", "cooperates_with", "Moderates"), ("Venstre", "cooperates_with", "Moderates"),
   ("Kaare Dybvad Bek", "part_of", "Social Democrats"), ("Inger Støjberg", "manages", "Denmark Democrats"),
   ("Social Democrats", "agreement_with?", "Venstre"), ("Social Democrats", "agreement_with?", "Moderates"), ("Venstre", "agreement_with?", "Moderates"),
   ("Kaare Dybvad Bek", "part_of?", "Denmark|Danish"), ("Danish People's Party", "criticises?", "Social Democrats"), ("Inger Støjberg", "criticises?", "Social Democrats")]),
 ("A new paper by the Migration Policy Institute, a Washington-based think tank, examines Canada's cooperation with Mexico on labour mobility. "
  "The author, Andrew Selee, the institute's president, argues that the Seasonal Agricultural Worker Program should serve as a model. "
  "The program is run by Employment and Social Development Canada together with the Mexican Ministry of Labour. "
  "The paper was funded by the Ford Foundation.",
  [("Migration Policy Institute", "located_in", "Washington"), ("Canada", "cooperates_with", "Mexico|Mexican"), ("Andrew Selee", "manages", "Migration Policy Institute"),
   ("Employment and Social Development Canada|Canada", "manages", "Seasonal Agricultural Worker Program"),
   ("Mexican Ministry of Labour|Mexico", "manages", "Seasonal Agricultural Worker Program"),
   ("Employment and Social Development Canada", "cooperates_with", "Mexican Ministry of Labour"),
   ("Ford Foundation", "funds?", "Migration Policy Institute"), ("Andrew Selee", "supports?", "Seasonal Agricultural Worker Program"),
   ("Migration Policy Institute", "supports?", "Seasonal Agricultural Worker Program"), ("Canada", "agreement_with?", "Mexico|Mexican"),
   ("Employment and Social Development Canada", "part_of?", "Canada"), ("Mexican Ministry of Labour", "part_of?", "Mexico|Mexican"),
   ("Andrew Selee", "part_of?", "Migration Policy Institute")]),
 ("Der Spiegel, the Hamburg-based news magazine, published an investigation on Friday into pushbacks in the Aegean. "
  "The report was produced with Lighthouse Reports, a non-profit newsroom based in Amsterdam, and the French daily Le Monde. "
  "Le Monde is owned by the businessmen Xavier Niel and Matthieu Pigasse. "
  "Spiegel's editor-in-chief, Dirk Kurbjuweit, said the magazine had verified every video.",
  [("Der Spiegel|Spiegel", "located_in", "Hamburg"), ("Der Spiegel|Spiegel", "cooperates_with", "Lighthouse Reports"), ("Der Spiegel|Spiegel", "cooperates_with", "Le Monde"),
   ("Lighthouse Reports", "cooperates_with", "Le Monde"), ("Lighthouse Reports", "located_in", "Amsterdam"),
   ("Xavier Niel", "owns", "Le Monde"), ("Matthieu Pigasse", "owns", "Le Monde"), ("Dirk Kurbjuweit", "manages", "Der Spiegel|Spiegel"),
   ("Le Monde", "located_in?", "France|French"), ("Der Spiegel|Spiegel", "visits?", "Aegean"), ("Xavier Niel", "cooperates_with?", "Matthieu Pigasse")]),
 ("Italy will supply the Libyan Coast Guard with six patrol boats under an agreement signed in Rome, the Italian defence ministry said. "
  "The boats will be delivered to Tripoli by the end of the year. "
  "The Libyan Coast Guard is part of the Libyan Navy. "
  "Sea-Watch, a German rescue group, said Italy was complicit in the abuse of migrants returned to Libya.",
  [("Italy|Italian", "supplies", "Libyan Coast Guard|Libya|Libyan"), ("Libyan Coast Guard", "part_of", "Libyan Navy"), ("Sea-Watch", "criticises", "Italy|Italian"),
   ("Italy|Italian", "agreement_with?", "Libya|Libyan|Libyan Coast Guard"), ("Libyan Coast Guard", "part_of?", "Libya|Libyan"), ("Libyan Navy", "part_of?", "Libya|Libyan"),
   ("Sea-Watch", "located_in?", "Germany|German"), ("Sea-Watch", "part_of?", "Germany|German"), ("Libyan Coast Guard", "located_in?", "Tripoli"),
   ("Italy|Italian", "deploys_to?", "Tripoli"), ("Italy|Italian", "supplies?", "Libyan Navy"), ("Italy|Italian", "funds?", "Libyan Coast Guard|Libya")]),
 ("The Netherlands will pay Uganda €10 million over three years to host refugees from South Sudan, the Dutch foreign trade ministry announced. "
  "The money will go to the Office of the Prime Minister, which manages refugee settlements in Uganda, including Bidibidi. "
  "Uganda's state minister for relief, Hilary Onek, welcomed the Dutch contribution. "
  "The Norwegian Refugee Council, which runs schools in Bidibidi, will receive a further €2 million from the Netherlands.",
  [("Netherlands|Dutch", "funds", "Uganda"), ("Netherlands|Dutch", "funds", "Office of the Prime Minister"), ("Office of the Prime Minister", "manages", "Bidibidi"),
   ("Hilary Onek", "supports", "Netherlands|Dutch"), ("Netherlands|Dutch", "funds", "Norwegian Refugee Council"),
   ("Bidibidi", "located_in?", "Uganda"), ("Norwegian Refugee Council", "located_in?", "Bidibidi"), ("Hilary Onek", "part_of?", "Uganda"),
   ("Office of the Prime Minister", "part_of?", "Uganda"), ("Netherlands|Dutch", "supports?", "Uganda"), ("Office of the Prime Minister", "located_in?", "Uganda")]),
 ("Nadia Hardman, a researcher at Human Rights Watch, said Saudi border guards had killed hundreds of Ethiopian migrants at the border with Yemen. "
  "Human Rights Watch, headquartered in New York, sent its findings to the Saudi Ministry of Interior. "
  "Tirana Hassan, the group's executive director, called on the United Nations to investigate. "
  "The Border Guard of Saudi Arabia is part of the Ministry of Interior.",
  [("Human Rights Watch", "located_in", "New York"), ("Tirana Hassan", "manages", "Human Rights Watch"),
   ("Border Guard|Border Guard of Saudi Arabia", "part_of", "Ministry of Interior|Saudi Ministry of Interior"),
   ("Nadia Hardman", "criticises", "Saudi Arabia|Saudi|Border Guard|Border Guard of Saudi Arabia"),
   ("Nadia Hardman", "part_of?", "Human Rights Watch"), ("Human Rights Watch", "criticises?", "Saudi Arabia|Saudi|Border Guard|Border Guard of Saudi Arabia"),
   ("Border Guard|Border Guard of Saudi Arabia", "part_of?", "Saudi Arabia|Saudi"), ("Ministry of Interior|Saudi Ministry of Interior", "part_of?", "Saudi Arabia|Saudi"),
   ("Tirana Hassan", "criticises?", "Saudi Arabia|Saudi"), ("Human Rights Watch", "cooperates_with?", "Ministry of Interior|Saudi Ministry of Interior")]),
 ("Frontex chief Hans Leijtens travelled to Nouakchott on Monday for talks with Mauritanian officials. "
  "The European Union and Mauritania signed a migration partnership in March, under which the EU will give Mauritania €210 million. "
  "Frontex, which has its headquarters in Warsaw, plans to open a liaison office in Nouakchott. "
  "The Mauritanian Coast Guard is part of the Ministry of Fisheries.",
  [("Hans Leijtens", "manages", "Frontex"), ("Hans Leijtens", "visits", "Nouakchott"), ("European Union|EU", "agreement_with", "Mauritania|Mauritanian"),
   ("European Union|EU", "funds", "Mauritania|Mauritanian"), ("Frontex", "located_in", "Warsaw"), ("Mauritanian Coast Guard", "part_of", "Ministry of Fisheries"),
   ("Frontex", "located_in?", "Nouakchott"), ("Frontex", "part_of?", "European Union|EU"), ("Mauritanian Coast Guard", "part_of?", "Mauritania|Mauritanian"),
   ("Frontex", "cooperates_with?", "Mauritania|Mauritanian"), ("Nouakchott", "located_in?", "Mauritania")]),
 ("The Schengen Area's member states, including Bulgaria and Romania, agreed on Thursday to lift checks at their internal land borders from January. "
  "Austria, a member of the Schengen Area, had blocked the decision for two years. "
  "Austrian interior minister Gerhard Karner said Bulgaria and Romania had strengthened the protection of their borders with Turkey and Serbia. "
  "Hungary, which joined the Schengen Area in 2007, supported the decision.",
  [("Bulgaria", "part_of", "Schengen Area"), ("Romania", "part_of", "Schengen Area"), ("Austria|Austrian", "part_of", "Schengen Area"), ("Hungary", "part_of", "Schengen Area"),
   ("Gerhard Karner", "supports?", "Bulgaria"), ("Gerhard Karner", "supports?", "Romania"), ("Gerhard Karner", "part_of?", "Austria|Austrian"),
   ("Bulgaria", "agreement_with?", "Romania"), ("Bulgaria", "cooperates_with?", "Romania"), ("Austria|Austrian", "criticises?", "Bulgaria"), ("Austria|Austrian", "criticises?", "Romania")]),
 ("Katharine Viner, the editor of the Guardian, defended the paper's reporting on the Windrush scandal. "
  "The Guardian, which is owned by the Scott Trust, published the first stories on the scandal in 2017. "
  "Amelia Gentleman, a reporter at the Guardian, said the Home Office had wrongly detained British citizens. "
  "The Home Office later apologised to the victims.",
  [("Katharine Viner", "manages", "Guardian"), ("Scott Trust", "owns", "Guardian"), ("Amelia Gentleman", "criticises", "Home Office"),
   ("Amelia Gentleman", "part_of?", "Guardian"), ("Guardian", "criticises?", "Home Office"), ("Katharine Viner", "supports?", "Guardian"),
   ("Scott Trust", "manages?", "Guardian"), ("Katharine Viner", "part_of?", "Guardian")]),
 ("The International Crisis Group published a report, Migration Deals in the Sahel, on Tuesday. "
  "The report, written by Ibrahim Yahaya Ibrahim, a senior analyst at the group, says Niger's repeal of its anti-smuggling law has reopened routes through Agadez. "
  "The group, based in Brussels, is funded partly by the governments of Norway and Switzerland. "
  "Niger withdrew from the Economic Community of West African States in January.",
  [("International Crisis Group", "publishes", "Migration Deals in the Sahel"), ("International Crisis Group", "located_in", "Brussels"),
   ("Norway", "funds", "International Crisis Group"), ("Switzerland", "funds", "International Crisis Group"),
   ("Ibrahim Yahaya Ibrahim", "part_of?", "International Crisis Group"), ("Ibrahim Yahaya Ibrahim", "publishes?", "Migration Deals in the Sahel"),
   ("International Crisis Group", "criticises?", "Niger"), ("Ibrahim Yahaya Ibrahim", "criticises?", "Niger"), ("Agadez", "located_in?", "Niger")]),
 ("Britain has deployed Border Force officers to France under a new agreement with Paris, the Home Office said. "
  "The officers will work alongside the French Police aux Frontières in Calais and Dunkirk. "
  "The United Kingdom will pay France £480 million over three years for more patrols on the beaches. "
  "The Border Force is part of the Home Office.",
  [("Britain|United Kingdom|Border Force|Home Office", "deploys_to", "France|French"), ("Britain|United Kingdom|Home Office", "agreement_with", "France|Paris|French"),
   ("Border Force", "cooperates_with", "Police aux Frontières|French Police aux Frontières"), ("United Kingdom|Britain|Home Office", "funds", "France|French"),
   ("Border Force", "part_of", "Home Office"),
   ("Border Force|Britain|United Kingdom", "deploys_to?", "Calais"), ("Border Force|Britain|United Kingdom", "deploys_to?", "Dunkirk"),
   ("Police aux Frontières|French Police aux Frontières", "part_of?", "France|French"), ("Border Force", "part_of?", "Britain|United Kingdom"),
   ("Britain|United Kingdom", "cooperates_with?", "France|French"), ("Calais", "located_in?", "France"), ("Dunkirk", "located_in?", "France"),
   ("Police aux Frontières|French Police aux Frontières", "located_in?", "Calais"), ("Police aux Frontières|French Police aux Frontières", "located_in?", "Dunkirk")]),
 ("The International Organization for Migration opened an office in Tapachula, in the Mexican state of Chiapas, on Wednesday. "
  "The office will report to the IOM mission in Mexico City, headed by Dana Graber Ladek. "
  "Tapachula lies near the border with Guatemala. "
  "The Mexican Commission for Refugee Assistance (COMAR), which has its main office in Tapachula, said it had received 70,000 asylum claims this year.",
  [("Tapachula", "located_in", "Chiapas"), ("Mexican Commission for Refugee Assistance|COMAR", "located_in", "Tapachula"),
   ("International Organization for Migration|IOM", "located_in?", "Tapachula"), ("International Organization for Migration|IOM", "located_in?", "Mexico City"),
   ("Dana Graber Ladek", "part_of?", "International Organization for Migration|IOM"), ("Dana Graber Ladek", "manages?", "International Organization for Migration|IOM"),
   ("Chiapas", "located_in?", "Mexico|Mexican"), ("Tapachula", "located_in?", "Mexico|Mexican"), ("Mexican Commission for Refugee Assistance|COMAR", "part_of?", "Mexico|Mexican"),
   ("Mexican Commission for Refugee Assistance|COMAR", "located_in?", "Mexico|Mexican"), ("International Organization for Migration|IOM", "located_in?", "Mexico|Mexican")]),
 ("German-Dutch police cooperation on the border will be expanded, Germany's Federal Ministry of the Interior said on Tuesday. "
  "Under a treaty signed in 2005, officers of the German Federal Police and the Royal Netherlands Marechaussee can patrol on both sides of the border. "
  "The Marechaussee, a police force with military status, is part of the Dutch Ministry of Defence. "
  "Federal Police president Dieter Romann said the joint patrols had stopped 3,000 irregular entries last year.",
  [("Germany|German", "cooperates_with", "Netherlands|Dutch"), ("German Federal Police|Federal Police", "cooperates_with", "Royal Netherlands Marechaussee|Marechaussee"),
   ("Royal Netherlands Marechaussee|Marechaussee", "part_of", "Dutch Ministry of Defence|Ministry of Defence"), ("Dieter Romann", "manages", "German Federal Police|Federal Police"),
   ("Germany|German", "agreement_with?", "Netherlands|Dutch"), ("German Federal Police|Federal Police", "part_of?", "Federal Ministry of the Interior|Germany|German"),
   ("Royal Netherlands Marechaussee|Marechaussee", "part_of?", "Netherlands|Dutch"), ("Federal Ministry of the Interior", "part_of?", "Germany|German"),
   ("Dieter Romann", "part_of?", "German Federal Police|Federal Police"), ("Dieter Romann", "supports?", "Royal Netherlands Marechaussee|Marechaussee")]),
 ("Greece's deal with Egypt on seasonal workers will bring 5,000 Egyptian farm labourers to Crete this year, the Greek migration ministry said. "
  "The workers will be recruited by Egypt's Ministry of Labour. "
  "Greek migration minister Makis Voridis said the agreement would reduce irregular arrivals from Libya. "
  "Egypt has also signed a strategic partnership with the European Union worth €7.4 billion.",
  [("Greece|Greek", "agreement_with", "Egypt|Egyptian"), ("Egypt|Egyptian", "agreement_with", "European Union"),
   ("European Union", "funds?", "Egypt|Egyptian"), ("Makis Voridis", "part_of?", "Greece|Greek"), ("Ministry of Labour", "part_of?", "Egypt|Egyptian"),
   ("Greece|Greek", "cooperates_with?", "Egypt|Egyptian"), ("Crete", "located_in?", "Greece"), ("Egypt|Egyptian", "cooperates_with?", "European Union"),
   ("Ministry of Labour", "cooperates_with?", "Greece|Greek")]),
 ("Sweden has not signed a return agreement with Afghanistan, the Swedish Migration Agency said on Thursday, contrary to media reports. "
  "The agency, headed by director general Maria Mindhammar, said returns to Kabul remained suspended. "
  "The government in Stockholm is considering funding the UNHCR programme in Iran instead. "
  "The Swedish Migration Agency is part of the Ministry of Justice.",
  [("Maria Mindhammar", "manages", "Swedish Migration Agency"), ("Swedish Migration Agency", "part_of", "Ministry of Justice"),
   ("Sweden|Stockholm", "funds?", "UNHCR"), ("Swedish Migration Agency", "part_of?", "Sweden"), ("UNHCR", "located_in?", "Iran"),
   ("Ministry of Justice", "part_of?", "Sweden"), ("Maria Mindhammar", "part_of?", "Swedish Migration Agency")]),
 ("Alarm Phone, a hotline network based in Berlin, said on Sunday that 45 people were missing after a boat capsized off Lampedusa. "
  "The Rome-based charity Emergency, which operates the rescue ship Life Support, searched the area with the Italian Coast Guard. "
  "SOS Méditerranée, a member of the Civil Maritime Rescue Coordination Centre, said its ship Ocean Viking had been sent to Ancona.",
  [("Alarm Phone", "located_in", "Berlin"), ("Emergency", "located_in", "Rome"), ("Emergency", "manages", "Life Support"),
   ("Emergency", "cooperates_with", "Italian Coast Guard"), ("SOS Méditerranée", "part_of", "Civil Maritime Rescue Coordination Centre"),
   ("SOS Méditerranée", "owns?", "Ocean Viking"), ("SOS Méditerranée", "manages?", "Ocean Viking"), ("Emergency", "owns?", "Life Support"),
   ("Ocean Viking", "deploys_to?", "Ancona"), ("SOS Méditerranée", "deploys_to?", "Ancona"), ("Emergency", "located_in?", "Lampedusa"),
   ("Life Support", "cooperates_with?", "Italian Coast Guard"), ("Italian Coast Guard", "located_in?", "Lampedusa"), ("Italian Coast Guard", "deploys_to?", "Lampedusa")]),
 ("Turkey supplies the Government of National Unity with drones and trains its coast guard, according to a report by the UN Panel of Experts on Libya. "
  "The report also found that the United Arab Emirates had supplied armoured vehicles to the Libyan National Army of Khalifa Haftar. "
  "The Government of National Unity, based in Tripoli, signed a maritime deal with Turkey in 2019.",
  [("Turkey", "supplies", "Government of National Unity"), ("United Arab Emirates", "supplies", "Libyan National Army"),
   ("Government of National Unity", "located_in", "Tripoli"), ("Government of National Unity", "agreement_with", "Turkey"),
   ("Khalifa Haftar", "manages?", "Libyan National Army"), ("Turkey", "cooperates_with?", "Government of National Unity"),
   ("UN Panel of Experts on Libya", "criticises?", "Turkey"), ("UN Panel of Experts on Libya", "criticises?", "United Arab Emirates"),
   ("Government of National Unity", "part_of?", "Libya"), ("Libyan National Army", "part_of?", "Libya"), ("Turkey", "supports?", "Government of National Unity"),
   ("United Arab Emirates", "supports?", "Libyan National Army"), ("Khalifa Haftar", "part_of?", "Libyan National Army")]),
 ("Prime Minister Dick Schoof's cabinet is made up of four parties: the Party for Freedom (PVV), the People's Party for Freedom and Democracy (VVD), New Social Contract (NSC) and the Farmer-Citizen Movement (BBB). "
  "Marjolein Faber, a member of the PVV, was appointed minister of asylum and migration. "
  "Geert Wilders, the leader of the PVV, said the cabinet would introduce the strictest asylum policy ever. "
  "GroenLinks-PvdA leader Frans Timmermans criticised Faber's plans.",
  [("Marjolein Faber|Faber", "part_of", "Party for Freedom|PVV"), ("Geert Wilders", "manages", "Party for Freedom|PVV"),
   ("Frans Timmermans", "manages", "GroenLinks-PvdA"), ("Frans Timmermans", "criticises", "Marjolein Faber|Faber"),
   ("Party for Freedom|PVV", "cooperates_with?", "People's Party for Freedom and Democracy|VVD"), ("Party for Freedom|PVV", "cooperates_with?", "New Social Contract|NSC"),
   ("Party for Freedom|PVV", "cooperates_with?", "Farmer-Citizen Movement|BBB"), ("People's Party for Freedom and Democracy|VVD", "cooperates_with?", "New Social Contract|NSC"),
   ("People's Party for Freedom and Democracy|VVD", "cooperates_with?", "Farmer-Citizen Movement|BBB"), ("New Social Contract|NSC", "cooperates_with?", "Farmer-Citizen Movement|BBB"),
   ("Geert Wilders", "supports?", "Marjolein Faber|Faber"), ("GroenLinks-PvdA", "criticises?", "Marjolein Faber|Faber"), ("Frans Timmermans", "part_of?", "GroenLinks-PvdA"),
   ("Geert Wilders", "part_of?", "Party for Freedom|PVV")]),
 ("Save the Children's office in Cox's Bazar, which runs 300 learning centres in the Rohingya camps, will cut its staff by a third after the United States ended its funding. "
  "The charity, headquartered in London, had received $40 million a year from USAID. "
  "Mohammed Mizanur Rahman, who heads the Office of the Refugee Relief and Repatriation Commissioner (RRRC), said the cuts would hurt children. "
  "The RRRC is part of Bangladesh's Ministry of Disaster Management and Relief.",
  [("Save the Children", "located_in", "London"), ("USAID|United States", "funds", "Save the Children"),
   ("Mohammed Mizanur Rahman", "manages", "Office of the Refugee Relief and Repatriation Commissioner|RRRC"),
   ("Office of the Refugee Relief and Repatriation Commissioner|RRRC", "part_of", "Ministry of Disaster Management and Relief"),
   ("Save the Children", "located_in?", "Cox's Bazar"), ("USAID", "part_of?", "United States"), ("Mohammed Mizanur Rahman", "criticises?", "United States|USAID"),
   ("Ministry of Disaster Management and Relief", "part_of?", "Bangladesh"), ("Office of the Refugee Relief and Repatriation Commissioner|RRRC", "part_of?", "Bangladesh"),
   ("Cox's Bazar", "located_in?", "Bangladesh"), ("Mohammed Mizanur Rahman", "part_of?", "Office of the Refugee Relief and Repatriation Commissioner|RRRC")]),
 ("The European Investment Bank has granted the Jordanian Ministry of Water and Irrigation a €150 million loan to bring water to host communities near Zaatari. "
  "Zaatari camp, in the Mafraq governorate, is run by UNHCR together with the Syrian Refugee Affairs Directorate of the Jordanian government. "
  "The loan is guaranteed by the European Commission. "
  "KfW, the German development bank, which co-finances the project, is owned by the German federal government and the federal states.",
  [("European Investment Bank", "funds", "Ministry of Water and Irrigation|Jordanian Ministry of Water and Irrigation|Jordan|Jordanian"),
   ("Zaatari camp|Zaatari", "located_in", "Mafraq"), ("UNHCR", "manages", "Zaatari camp|Zaatari"), ("Syrian Refugee Affairs Directorate", "manages", "Zaatari camp|Zaatari"),
   ("UNHCR", "cooperates_with", "Syrian Refugee Affairs Directorate"), ("Germany|German|German federal government", "owns", "KfW"),
   ("KfW", "funds?", "Ministry of Water and Irrigation|Jordanian Ministry of Water and Irrigation|Jordan|Jordanian"), ("KfW", "part_of?", "Germany|German"),
   ("Syrian Refugee Affairs Directorate", "part_of?", "Jordan|Jordanian"), ("Ministry of Water and Irrigation|Jordanian Ministry of Water and Irrigation", "part_of?", "Jordan|Jordanian"),
   ("European Commission", "supports?", "European Investment Bank"), ("KfW", "cooperates_with?", "European Investment Bank"), ("Zaatari camp|Zaatari", "located_in?", "Jordan|Jordanian"),
   ("European Commission", "funds?", "Ministry of Water and Irrigation|Jordanian Ministry of Water and Irrigation|Jordan|Jordanian"), ("KfW", "located_in?", "Germany|German")]),
 ("Immigration, Refugees and Citizenship Canada (IRCC) has signed an agreement with the province of Quebec on the transfer of asylum seekers to other provinces. "
  "Canada will give Quebec C$750 million to cover the cost of housing asylum seekers. "
  "Quebec premier François Legault welcomed the deal but said it came late. "
  "Immigration Minister Marc Miller, who heads IRCC, said Ontario and Manitoba would take part.",
  [("Immigration, Refugees and Citizenship Canada|IRCC|Canada", "agreement_with", "Quebec"), ("Canada|Immigration, Refugees and Citizenship Canada|IRCC", "funds", "Quebec"),
   ("Marc Miller", "manages", "Immigration, Refugees and Citizenship Canada|IRCC"),
   ("François Legault", "supports?", "Canada|Immigration, Refugees and Citizenship Canada|IRCC"), ("François Legault", "criticises?", "Canada|Immigration, Refugees and Citizenship Canada|IRCC"),
   ("Quebec", "located_in?", "Canada"), ("Quebec", "part_of?", "Canada"), ("Immigration, Refugees and Citizenship Canada|IRCC", "part_of?", "Canada"),
   ("Ontario", "agreement_with?", "Immigration, Refugees and Citizenship Canada|IRCC|Canada"), ("Manitoba", "agreement_with?", "Immigration, Refugees and Citizenship Canada|IRCC|Canada"),
   ("Ontario", "cooperates_with?", "Immigration, Refugees and Citizenship Canada|IRCC|Canada"), ("Manitoba", "cooperates_with?", "Immigration, Refugees and Citizenship Canada|IRCC|Canada"),
   ("Ontario", "part_of?", "Canada"), ("Manitoba", "part_of?", "Canada"), ("Marc Miller", "part_of?", "Canada")]),
 ("Portugal's Agency for Integration, Migration and Asylum (AIMA) will hire 300 staff to clear a backlog of 400,000 residence applications. "
  "AIMA president Pedro Portugal Gaspar said the agency would open new service points in Lisbon and Faro. "
  "The agency replaced the Immigration and Borders Service (SEF) in 2023, whose police duties passed to the Public Security Police (PSP). "
  "The Portuguese Refugee Council, a member of the European Council on Refugees and Exiles, criticised the delays.",
  [("Pedro Portugal Gaspar", "manages", "Agency for Integration, Migration and Asylum|AIMA"), ("Portuguese Refugee Council", "part_of", "European Council on Refugees and Exiles"),
   ("Portuguese Refugee Council", "criticises?", "Agency for Integration, Migration and Asylum|AIMA"), ("Agency for Integration, Migration and Asylum|AIMA", "part_of?", "Portugal"),
   ("Agency for Integration, Migration and Asylum|AIMA", "located_in?", "Lisbon"), ("Agency for Integration, Migration and Asylum|AIMA", "located_in?", "Faro"),
   ("Agency for Integration, Migration and Asylum|AIMA", "located_in?", "Portugal"), ("Public Security Police|PSP", "part_of?", "Portugal"),
   ("Immigration and Borders Service|SEF", "part_of?", "Portugal"), ("Portuguese Refugee Council", "located_in?", "Portugal"),
   ("Pedro Portugal Gaspar", "part_of?", "Agency for Integration, Migration and Asylum|AIMA")]),
]


def half(name: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The DEV or ASIDE items (split by the parity of the text's MD5)."""
    return [it for it in ITEMS if (int(hashlib.md5(it[0].encode()).hexdigest(), 16) % 2 == 0) == (name == "dev")]


def main() -> int:
    from relations_migration import main as run  # the first probe's scoring and labelling conventions

    return run(half, "relations_migration5.py")


if __name__ == "__main__":
    raise SystemExit(main())
