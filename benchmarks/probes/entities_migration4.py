"""Fourth entities probe in the migration-policy genre (written 2026-12-04, round 4, by the entities
helper): registers and countries that probes 1-3 do not use -- a radio transcript, a press
briefing, OCHA/IOM situation reports, a Dail written answer, an obituary, a job advert, a photo
caption, a letter to the editor, a timeline, citations, ombudsman and treaty-body texts; the
Caucasus, Central Asia, the Gulf, Korea, Hong Kong, Mongolia, Nepal, Ireland, Switzerland,
Austria, Poland/Belarus, Moldova, Cyprus, Malta, Iceland, Slovenia, Israel, Lebanon, Syria, Yemen,
Iran/Pakistan, the Caribbean, the Southern Cone and Brazil, the Darien, Mexico, the Pacific,
the Great Lakes, Nigeria/Cameroon, Somalia, Ethiopia/Sudan, the Comoros; with people's names of
many origins (Georgian, Nepali, Filipino, Tajik/Uzbek, Armenian, Somali, Mongolian, Icelandic,
Mizo, Portuguese...), agencies by acronym only, ministries and offices "of X", NGOs with no
organisation word, towns GeoNames knows and does not, islands, camps, crossings, vessels with
and without a vessel noun, laws and treaties, operations, parties, international bodies.

    python benchmarks/probes/entities_migration4.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration4.py aside   # score only (aggregate; run once at the end)

All texts were written and labelled before any code ran on them (copy saved as
/tmp/e4/probe4_saved.py); the split into DEV and ASIDE is fixed by the parity of the md5 of the
text (even last hex digit: DEV). Conventions as in `entities_migration2.py`/`entities_migration3.py`
and tests/gold/README.md: titles, honorifics and post-nominals are not part of a person's name (a
speaker label in capitals in a transcript is the person); a demonym with a state-body noun
(police, coastguard, army, ministry) is one organisation ("Thai immigration police"), a demonym
alone is NORP; a named camp, centre, settlement, crossing, border point, prison or detention
facility is FAC (the name before a lower-case "camp"/"centre"/"crossing" alone: "the Palanca
crossing" -> "Palanca"); a river, bay, gulf, gap, forest, cape, sea or "X Islands" LOC; a town,
district, inhabited island or governed region GPE; vessels PRODUCT; laws, treaties and named
declarations LAW; named operations, summits, forums and hurricanes EVENT; parties and
parliaments ORG; a language LANGUAGE. Scoring as in `entities_migration.py` (texts equal after
dropping a leading "the").
"""

from __future__ import annotations

import hashlib

TEXTS = [
    ("PRESENTER: With me is Nino Beridze, who runs the Tbilisi office of the Danish Refugee Council. "
     "NINO BERIDZE: Since the spring we have registered more than 3,000 Russians crossing at Verkhny Lars.",
     [("Nino Beridze", "PERSON"), ("Tbilisi", "GPE"), ("the Danish Refugee Council", "ORG"),
      ("NINO BERIDZE", "PERSON"), ("Russians", "NORP"), ("Verkhny Lars", "FAC")]),
    ("QUESTION: Does the Secretary still expect the CBP One app to replace Title 42? MS. SALGADO: I would "
     "refer you to DHS on that.",
     [("CBP One", "PRODUCT"), ("Title 42", "LAW"), ("SALGADO", "PERSON"), ("DHS", "ORG")]),
    ("Since 14 April, an estimated 86,000 people have crossed from Sudan into Chad through Adikong and Tiné, "
     "according to UNHCR and the Chadian Red Cross.",
     [("Sudan", "GPE"), ("Chad", "GPE"), ("Adikong", "GPE"), ("Tiné", "GPE"), ("UNHCR", "ORG"),
      ("the Chadian Red Cross", "ORG")]),
    ("DTM teams in Bosaso and Obock recorded 12,400 migrants on the Eastern Route in May, most of them "
     "Ethiopians heading for Saudi Arabia through Yemen.",
     [("DTM", "ORG"), ("Bosaso", "GPE"), ("Obock", "GPE"), ("the Eastern Route", "LOC"), ("Ethiopians", "NORP"),
      ("Saudi Arabia", "GPE"), ("Yemen", "GPE")]),
    ("Under the Foreigners Act, caretaker Interior Minister Sarfraz Bugti gave undocumented Afghans until "
     "1 November to leave Pakistan; most crossed at Torkham, the busiest crossing with Afghanistan.",
     [("the Foreigners Act", "LAW"), ("Sarfraz Bugti", "PERSON"), ("Afghans", "NORP"), ("Pakistan", "GPE"),
      ("Torkham", "FAC"), ("Afghanistan", "GPE")]),
    ("Iran's Bureau for Aliens and Foreign Immigrants' Affairs (BAFIA) said 450,000 Afghans had been returned "
     "via the Islam Qala and Milak crossings since March.",
     [("Iran", "GPE"), ("Bureau for Aliens and Foreign Immigrants' Affairs", "ORG"), ("BAFIA", "ORG"),
      ("Afghans", "NORP"), ("Islam Qala", "FAC"), ("Milak", "FAC")]),
    ("Dil Bahadur Tamang, 34, from Sindhupalchok, died at a labour camp outside Doha in July; the Foreign "
     "Employment Board in Kathmandu says 1,400 Nepalis have died in Qatar since 2010.",
     [("Dil Bahadur Tamang", "PERSON"), ("Sindhupalchok", "GPE"), ("Doha", "GPE"),
      ("the Foreign Employment Board", "ORG"), ("Kathmandu", "GPE"), ("Nepalis", "NORP"), ("Qatar", "GPE")]),
    ("The Department of Migrant Workers lifted the deployment ban on Kuwait after talks between Secretary "
     "Susan Ople and Kuwaiti officials in Manila.",
     [("The Department of Migrant Workers", "ORG"), ("Kuwait", "GPE"), ("Susan Ople", "PERSON"),
      ("Kuwaiti", "NORP"), ("Manila", "GPE")]),
    ("Under the Act on the Employment of Foreign Workers, workers from Cambodia, Myanmar and Uzbekistan may "
     "stay up to four years and ten months, the Ministry of Employment and Labor said.",
     [("the Act on the Employment of Foreign Workers", "LAW"), ("Cambodia", "GPE"), ("Myanmar", "GPE"),
      ("Uzbekistan", "GPE"), ("the Ministry of Employment and Labor", "ORG")]),
    ("Rowena Dizon Macaraeg, a Filipina domestic worker, won her case at the Labour Tribunal in Wan Chai "
     "with help from Mission for Migrant Workers.",
     [("Rowena Dizon Macaraeg", "PERSON"), ("Filipina", "NORP"), ("the Labour Tribunal", "ORG"),
      ("Wan Chai", "GPE"), ("Mission for Migrant Workers", "ORG")]),
    ("Remittances from Russia fell by a third in Tajikistan, the National Bank of Tajikistan reported; labour "
     "migrants from Khatlon and the Rasht Valley were hit hardest.",
     [("Russia", "GPE"), ("Tajikistan", "GPE"), ("the National Bank of Tajikistan", "ORG"), ("Khatlon", "GPE"),
      ("the Rasht Valley", "LOC")]),
    ("Dilnoza Yusupova, a seamstress from Fergana, told Ozodlik that the Migration Agency in Tashkent had "
     "not answered her for months.",
     [("Dilnoza Yusupova", "PERSON"), ("Fergana", "GPE"), ("Ozodlik", "ORG"), ("the Migration Agency", "ORG"),
      ("Tashkent", "GPE")]),
    ("Armenia's Migration and Citizenship Service registered 101,000 arrivals from Nagorno-Karabakh within a "
     "week; Deputy Prime Minister Tigran Khachatryan said Goris and Vayk would host temporary shelters.",
     [("Armenia", "GPE"), ("Migration and Citizenship Service", "ORG"), ("Nagorno-Karabakh", "GPE"),
      ("Tigran Khachatryan", "PERSON"), ("Goris", "GPE"), ("Vayk", "GPE")]),
    ("Polish Border Guard officers near Kuźnica found a Syrian man, Ahmad al-Hasan, hypothermic in the "
     "Białowieża Forest, the group Grupa Granica said.",
     [("Polish Border Guard", "ORG"), ("Kuźnica", "GPE"), ("Syrian", "NORP"), ("Ahmad al-Hasan", "PERSON"),
      ("the Białowieża Forest", "LOC"), ("Grupa Granica", "ORG")]),
    ("At the Palanca crossing, volunteers from Moldova for Peace handed out SIM cards to Ukrainians arriving "
     "from Odesa.",
     [("Palanca", "FAC"), ("Moldova for Peace", "ORG"), ("Ukrainians", "NORP"), ("Odesa", "GPE")]),
    ("Deputy Catherine Connolly asked the Minister for Integration the number of centres run by International "
     "Protection Accommodation Services in County Clare. Minister O'Gorman: There are currently four IPAS "
     "centres in Clare.",
     [("Catherine Connolly", "PERSON"), ("International Protection Accommodation Services", "ORG"),
      ("County Clare", "GPE"), ("O'Gorman", "PERSON"), ("IPAS", "ORG"), ("Clare", "GPE")]),
    ("The State Secretariat for Migration (SEM) will open a federal asylum centre in Chiasso; the Swiss "
     "People's Party has called a referendum against it.",
     [("The State Secretariat for Migration", "ORG"), ("SEM", "ORG"), ("Chiasso", "GPE"),
      ("the Swiss People's Party", "ORG")]),
    ("FPÖ leader Herbert Kickl wants the Federal Office for Immigration and Asylum, known as BFA, to process "
     "claims outside Austria.",
     [("FPÖ", "ORG"), ("Herbert Kickl", "PERSON"), ("the Federal Office for Immigration and Asylum", "ORG"),
      ("BFA", "ORG"), ("Austria", "GPE")]),
    ("Hundreds slept on the grass outside the Ter Apel registration centre in Groningen province, and the COA "
     "asked municipalities such as Westerwolde and Midden-Groningen for beds.",
     [("Ter Apel", "FAC"), ("Groningen", "GPE"), ("COA", "ORG"), ("Westerwolde", "GPE"),
      ("Midden-Groningen", "GPE")]),
    ("Cyprus Police intercepted a boat carrying 112 Syrians off Cape Greco; they were taken to a reception "
     "centre near Kokkinotrimithia.",
     [("Cyprus Police", "ORG"), ("Syrians", "NORP"), ("Cape Greco", "LOC"), ("Kokkinotrimithia", "GPE")]),
    ("The Armed Forces of Malta brought 57 people ashore at Hay Wharf after Alarm Phone relayed their position "
     "from the Maltese search and rescue zone.",
     [("The Armed Forces of Malta", "ORG"), ("Hay Wharf", "FAC"), ("Alarm Phone", "ORG"), ("Maltese", "NORP")]),
    ("The Humanity 1 was assigned the port of Bari, a 1,000-kilometre detour, after rescuing 71 people south "
     "of Linosa; SOS Humanity called the decision punitive.",
     [("The Humanity 1", "PRODUCT"), ("Bari", "GPE"), ("Linosa", "GPE"), ("SOS Humanity", "ORG")]),
    ("Salvamento Marítimo rescued a cayuco with 180 people, including 32 minors, 90 kilometres south of La "
     "Restinga; most were Senegalese from Mbour.",
     [("Salvamento Marítimo", "ORG"), ("La Restinga", "GPE"), ("Senegalese", "NORP"), ("Mbour", "GPE")]),
    ("Mauritania's coastguard, trained under a Spanish programme, stopped three pirogues near Nouadhibou; the "
     "men were held at the Nouadhibou detention centre.",
     [("Mauritania", "GPE"), ("Spanish", "NORP"), ("Nouadhibou", "GPE"), ("Nouadhibou", "FAC")]),
    ("After clashes in Sfax, Tunisian police bused hundreds of migrants from Guinea and Côte d'Ivoire to the "
     "desert near Ben Guerdane, on the Libyan border, Human Rights Watch said.",
     [("Sfax", "GPE"), ("Tunisian police", "ORG"), ("Guinea", "GPE"), ("Côte d'Ivoire", "GPE"),
      ("Ben Guerdane", "GPE"), ("Libyan", "NORP"), ("Human Rights Watch", "ORG")]),
    ("Alarme Phone Sahara said 640 people expelled from Algeria via In Guezzam walked for hours before "
     "Nigerien soldiers drove them to Arlit and Agadez.",
     [("Alarme Phone Sahara", "ORG"), ("Algeria", "GPE"), ("In Guezzam", "GPE"), ("Nigerien", "NORP"),
      ("Arlit", "GPE"), ("Agadez", "GPE")]),
    ("The Libyan Coast Guard returned the migrants to Tripoli, where they were taken to the Ain Zara detention "
     "centre run by the Department for Combating Illegal Migration (DCIM).",
     [("The Libyan Coast Guard", "ORG"), ("Tripoli", "GPE"), ("Ain Zara", "FAC"),
      ("the Department for Combating Illegal Migration", "ORG"), ("DCIM", "ORG")]),
    ("In Colchane, a town of 1,700 people on the Bolivian border, Mayor Javier García asked the Servicio "
     "Nacional de Migraciones to send more staff.",
     [("Colchane", "GPE"), ("Bolivian", "NORP"), ("Javier García", "PERSON"),
      ("the Servicio Nacional de Migraciones", "ORG")]),
    ("From Necoclí, boats carry people across the Gulf of Urabá to Acandí, where the walk into the Darién Gap "
     "begins; Panama's SENAFRONT counted 520,000 crossings last year.",
     [("Necoclí", "GPE"), ("the Gulf of Urabá", "LOC"), ("Acandí", "GPE"), ("the Darién Gap", "LOC"),
      ("Panama", "GPE"), ("SENAFRONT", "ORG")]),
    ("COMAR received 140,000 asylum requests, most of them in Tapachula; the agency's head, Andrés Ramírez "
     "Silva, blamed the closure of the Siglo XXI station.",
     [("COMAR", "ORG"), ("Tapachula", "GPE"), ("Andrés Ramírez Silva", "PERSON"), ("Siglo XXI", "FAC")]),
    ("An immigration judge in Harlingen denied asylum to Yeison Andrés Mora, a Venezuelan; his lawyer from "
     "RAICES will appeal to the Board of Immigration Appeals.",
     [("Harlingen", "GPE"), ("Yeison Andrés Mora", "PERSON"), ("Venezuelan", "NORP"), ("RAICES", "ORG"),
      ("the Board of Immigration Appeals", "ORG")]),
    ("Operation Lone Star troops strung razor wire along the river in Del Rio, and the Texas Military "
     "Department said it would not let Border Patrol agents in.",
     [("Operation Lone Star", "EVENT"), ("Del Rio", "GPE"), ("the Texas Military Department", "ORG"),
      ("Border Patrol", "ORG")]),
    ("The Refugee Protection Division granted protection to Mehwish Qureshi, an Ahmadi from Rabwah, after "
     "finding she faced persecution in Pakistan.",
     [("The Refugee Protection Division", "ORG"), ("Mehwish Qureshi", "PERSON"), ("Ahmadi", "NORP"),
      ("Rabwah", "GPE"), ("Pakistan", "GPE")]),
    ("The Dominican Republic deported 250,000 Haitians last year, many through Dajabón and Elías Piña, the "
     "Dirección General de Migración said; the GARR network documented abuses at the Haina centre.",
     [("The Dominican Republic", "GPE"), ("Haitians", "NORP"), ("Dajabón", "GPE"), ("Elías Piña", "GPE"),
      ("the Dirección General de Migración", "ORG"), ("GARR", "ORG"), ("Haina", "FAC")]),
    ("The Royal Bahamas Defence Force intercepted a sloop with 98 Haitians off Great Inagua and handed them to "
     "the Department of Immigration at the Carmichael Road Detention Centre.",
     [("The Royal Bahamas Defence Force", "ORG"), ("Haitians", "NORP"), ("Great Inagua", "GPE"),
      ("the Department of Immigration", "ORG"), ("the Carmichael Road Detention Centre", "FAC")]),
    ("The US Coast Guard repatriated 73 Cubans to Bahía de Cabañas under the migration accords.",
     [("The US Coast Guard", "ORG"), ("Cubans", "NORP"), ("Bahía de Cabañas", "LOC")]),
    ("In Pacaraima, on the border with Venezuela, the Federal Police issued 800 temporary residence permits a "
     "day, and CONARE in Brasília fast-tracked refugee status for Venezuelans.",
     [("Pacaraima", "GPE"), ("Venezuela", "GPE"), ("the Federal Police", "ORG"), ("CONARE", "ORG"),
      ("Brasília", "GPE"), ("Venezuelans", "NORP")]),
    ("Argentina's Dirección Nacional de Migraciones said Bolivians and Paraguayans made up half of new "
     "residence permits in the province of Buenos Aires.",
     [("Argentina", "GPE"), ("Dirección Nacional de Migraciones", "ORG"), ("Bolivians", "NORP"),
      ("Paraguayans", "NORP"), ("Buenos Aires", "GPE")]),
    ("Under the Falepili Union, a treaty signed in Rarotonga, Australia will offer up to 280 Tuvaluans a year "
     "a special visa. Prime Minister Kausea Natano said Funafuti would lose half its land by 2050.",
     [("the Falepili Union", "LAW"), ("Rarotonga", "GPE"), ("Australia", "GPE"), ("Tuvaluans", "NORP"),
      ("Kausea Natano", "PERSON"), ("Funafuti", "GPE")]),
    ("Villagers of Vunidogoloa on Vanua Levu were moved two kilometres inland, the first relocation overseen "
     "by Fiji's Ministry of Economy.",
     [("Vunidogoloa", "GPE"), ("Vanua Levu", "GPE"), ("Fiji", "GPE"), ("Ministry of Economy", "ORG")]),
    ("Nauru's regional processing centre, RPC1, again holds men transferred by the Australian Border Force.",
     [("Nauru", "GPE"), ("RPC1", "FAC"), ("the Australian Border Force", "ORG")]),
    ("The Dzaleka camp, built for 12,000 people, now holds more than 50,000 refugees from Burundi, Rwanda and "
     "the Democratic Republic of the Congo, according to the Ministry of Homeland Security in Lilongwe.",
     [("Dzaleka", "FAC"), ("Burundi", "GPE"), ("Rwanda", "GPE"), ("the Democratic Republic of the Congo", "GPE"),
      ("the Ministry of Homeland Security", "ORG"), ("Lilongwe", "GPE")]),
    ("Refugees arriving at the Nyakabande transit centre in Kisoro are moved to the Rwamwanja settlement in "
     "Kamwenge, according to the Office of the Prime Minister.",
     [("Nyakabande", "FAC"), ("Kisoro", "GPE"), ("Rwamwanja", "FAC"), ("Kamwenge", "GPE"),
      ("the Office of the Prime Minister", "ORG")]),
    ("Fighting between the M23 and the Congolese army around Sake displaced 135,000 people towards Goma, "
     "OCHA said.",
     [("the M23", "ORG"), ("the Congolese army", "ORG"), ("Sake", "GPE"), ("Goma", "GPE"), ("OCHA", "ORG")]),
    ("At Metema, Ethiopian Immigration and Citizenship Service staff registered Sudanese and Eritreans "
     "fleeing Gallabat.",
     [("Metema", "GPE"), ("Ethiopian Immigration and Citizenship Service", "ORG"), ("Sudanese", "NORP"),
      ("Eritreans", "NORP"), ("Gallabat", "GPE")]),
    ("Abdirahman Mohamed Abdullahi, who heads the Puntland Agency for Humanitarian Affairs and Disaster "
     "Management, said Garowe had received 40,000 people displaced from Las Anod.",
     [("Abdirahman Mohamed Abdullahi", "PERSON"),
      ("the Puntland Agency for Humanitarian Affairs and Disaster Management", "ORG"), ("Garowe", "GPE"),
      ("Las Anod", "GPE")]),
    ("In Maiduguri, the Borno State Emergency Management Agency closed the Bakassi camp and sent 6,000 "
     "families back to Bama and Gwoza.",
     [("Maiduguri", "GPE"), ("the Borno State Emergency Management Agency", "ORG"), ("Bakassi", "FAC"),
      ("Bama", "GPE"), ("Gwoza", "GPE")]),
    ("Cameroon's Minawao camp hosts 70,000 Nigerians; the Lutheran World Federation runs its schools.",
     [("Cameroon", "GPE"), ("Minawao", "FAC"), ("Nigerians", "NORP"), ("the Lutheran World Federation", "ORG")]),
    ("IOM said a boat carrying Ethiopians and Somalis capsized off Ras al-Ara in Lahj governorate; 38 bodies "
     "were recovered.",
     [("IOM", "ORG"), ("Ethiopians", "NORP"), ("Somalis", "NORP"), ("Ras al-Ara", "GPE"), ("Lahj", "GPE")]),
    ("In the Ain al-Hilweh camp near Sidon, UNRWA suspended services after clashes between Fatah and armed "
     "factions.",
     [("Ain al-Hilweh", "FAC"), ("Sidon", "GPE"), ("UNRWA", "ORG"), ("Fatah", "ORG")]),
    ("The Autonomous Administration of North and East Syria repatriated 150 Iraqis from al-Hol to the Jeddah 1 "
     "camp near Mosul.",
     [("The Autonomous Administration of North and East Syria", "ORG"), ("Iraqis", "NORP"), ("al-Hol", "FAC"),
      ("Jeddah 1", "FAC"), ("Mosul", "GPE")]),
    ("The Bangladesh Navy ferried 1,500 Rohingya from Chattogram to Bhasan Char, an island in the Bay of "
     "Bengal; the Refugee Relief and Repatriation Commissioner, Mohammed Mizanur Rahman, oversaw the move.",
     [("The Bangladesh Navy", "ORG"), ("Rohingya", "NORP"), ("Chattogram", "GPE"), ("Bhasan Char", "GPE"),
      ("the Bay of Bengal", "LOC"), ("Mohammed Mizanur Rahman", "PERSON")]),
    ("Thai immigration police in Mae Sot detained 40 Burmese workers who had crossed the Moei River without "
     "papers; the Karen Human Rights Group said several were army deserters.",
     [("Thai immigration police", "ORG"), ("Mae Sot", "GPE"), ("Burmese", "NORP"), ("the Moei River", "LOC"),
      ("the Karen Human Rights Group", "ORG")]),
    ("Mizoram's chief minister, Lalduhoma, refused to fence the border, saying the Chin refugees in Champhai "
     "are kin of the Mizo people.",
     [("Mizoram", "GPE"), ("Lalduhoma", "PERSON"), ("Chin", "NORP"), ("Champhai", "GPE"), ("Mizo", "NORP")]),
    ("Australian officials under Operation Sovereign Borders returned 31 Sri Lankans by plane to Colombo "
     "after their trawler was intercepted near the Cocos Islands.",
     [("Australian", "NORP"), ("Operation Sovereign Borders", "EVENT"), ("Sri Lankans", "NORP"),
      ("Colombo", "GPE"), ("the Cocos Islands", "LOC")]),
    ("The European Commission proposed that Frontex deploy standing corps officers to Senegal and Mauritania, "
     "Commissioner Ylva Johansson told the LIBE committee.",
     [("The European Commission", "ORG"), ("Frontex", "ORG"), ("Senegal", "GPE"), ("Mauritania", "GPE"),
      ("Ylva Johansson", "PERSON"), ("LIBE", "ORG")]),
    ("GRETA, the Council of Europe's anti-trafficking body, urged Cyprus to identify victims among women "
     "recruited as artistes in Limassol.",
     [("GRETA", "ORG"), ("the Council of Europe", "ORG"), ("Cyprus", "GPE"), ("Limassol", "GPE")]),
    ("The European Court of Human Rights found that Hungary had unlawfully held two Afghan families in the "
     "Röszke transit zone.",
     [("The European Court of Human Rights", "ORG"), ("Hungary", "GPE"), ("Afghan", "NORP"), ("Röszke", "FAC")]),
    ("The Inter-American Commission on Human Rights granted precautionary measures to members of the Garífuna "
     "community of Punta Gorda, Honduras, displaced by Hurricane Eta.",
     [("The Inter-American Commission on Human Rights", "ORG"), ("Garífuna", "NORP"), ("Punta Gorda", "GPE"),
      ("Honduras", "GPE"), ("Hurricane Eta", "EVENT")]),
    ("Mohamed Abdi Farah, who founded the Somali Bantu Community Association of Maine after years in the "
     "Hagadera camp, died in Lewiston on Sunday. He was 67.",
     [("Mohamed Abdi Farah", "PERSON"), ("the Somali Bantu Community Association of Maine", "ORG"),
      ("Hagadera", "FAC"), ("Lewiston", "GPE")]),
    ("Vacancy: caseworker speaking Arabic and Tigrinya, Jesuit Refugee Service office in Birkirkara; apply by "
     "30 June.",
     [("Arabic", "LANGUAGE"), ("Tigrinya", "LANGUAGE"), ("Jesuit Refugee Service", "ORG"), ("Birkirkara", "GPE")]),
    ("Fitzgerald (2019) and Gammeltoft-Hansen and Tan (2017) argue that Canada and Australia practise remote "
     "control of migration.",
     [("Fitzgerald", "PERSON"), ("Gammeltoft-Hansen", "PERSON"), ("Tan", "PERSON"), ("Canada", "GPE"),
      ("Australia", "GPE")]),
    ("Photo: Ahmed Akacha / Anadolu. Migrants from Guinea wait at the port of Zarzis.",
     [("Ahmed Akacha", "PERSON"), ("Anadolu", "ORG"), ("Guinea", "GPE"), ("Zarzis", "GPE")]),
    ("2015: Valletta Summit on Migration. 2016: New York Declaration for Refugees and Migrants. 2018: Global "
     "Compact on Refugees.",
     [("Valletta Summit on Migration", "EVENT"), ("New York Declaration for Refugees and Migrants", "LAW"),
      ("Global Compact on Refugees", "LAW")]),
    ("Sir, Councillor Aoife Brennan is wrong to say Roscommon has taken more than its share of Ukrainians; "
     "Athlone, just across the Shannon, has taken twice as many.",
     [("Aoife Brennan", "PERSON"), ("Roscommon", "GPE"), ("Ukrainians", "NORP"), ("Athlone", "GPE"),
      ("the Shannon", "LOC")]),
    ("The mayor of Lampedusa, Filippo Mannino, asked the prefecture of Agrigento to move minors out of the "
     "Contrada Imbriacola hotspot.",
     [("Lampedusa", "GPE"), ("Filippo Mannino", "PERSON"), ("Agrigento", "GPE"), ("Contrada Imbriacola", "FAC")]),
    ("Slovenia's Human Rights Ombudsman visited the Postojna Centre for Foreigners and found children held "
     "with adults.",
     [("Slovenia", "GPE"), ("Human Rights Ombudsman", "ORG"), ("the Postojna Centre for Foreigners", "FAC")]),
    ("Batbayar Enkhbold, a Mongolian student in Incheon, was detained by the Korea Immigration Service for "
     "overstaying his student visa.",
     [("Batbayar Enkhbold", "PERSON"), ("Mongolian", "NORP"), ("Incheon", "GPE"),
      ("the Korea Immigration Service", "ORG")]),
    ("The UAE's General Directorate of Residency and Foreigners Affairs granted a two-month grace period; "
     "thousands queued at the Al Awir centre in Dubai.",
     [("UAE", "GPE"), ("General Directorate of Residency and Foreigners Affairs", "ORG"), ("Al Awir", "FAC"),
      ("Dubai", "GPE")]),
    ("Israel's Population and Immigration Authority told Eritrean asylum seekers in Holot to choose between "
     "Rwanda and Saharonim prison.",
     [("Israel", "GPE"), ("Population and Immigration Authority", "ORG"), ("Eritrean", "NORP"), ("Holot", "FAC"),
      ("Rwanda", "GPE"), ("Saharonim", "FAC")]),
    ("At the Joda border point, the Relief and Rehabilitation Commission registered South Sudanese returnees "
     "before they were taken by barge to Malakal.",
     [("Joda", "FAC"), ("the Relief and Rehabilitation Commission", "ORG"), ("South Sudanese", "NORP"),
      ("Malakal", "GPE")]),
    ("Geo Barents disembarked 249 survivors in Ancona; MSF said two of them died of hypothermia.",
     [("Geo Barents", "PRODUCT"), ("Ancona", "GPE"), ("MSF", "ORG")]),
    ("The Aita Mari, run by the Basque group Salvamento Marítimo Humanitario, was detained in Pasaia.",
     [("The Aita Mari", "PRODUCT"), ("Basque", "NORP"), ("Salvamento Marítimo Humanitario", "ORG"),
      ("Pasaia", "GPE")]),
    ("Chega doubled its seats, and André Ventura promised to end open doors; Livre and the Left Bloc voted "
     "against.",
     [("Chega", "ORG"), ("André Ventura", "PERSON"), ("Livre", "ORG"), ("the Left Bloc", "ORG")]),
    ("Konfederacja and PiS walked out when the Sejm debated the EU migration pact.",
     [("Konfederacja", "ORG"), ("PiS", "ORG"), ("the Sejm", "ORG"), ("EU", "ORG")]),
    ("Guðrún Hafsteinsdóttir, the justice minister, said the Directorate of Immigration would close its "
     "reception centre in Reykjanesbær.",
     [("Guðrún Hafsteinsdóttir", "PERSON"), ("the Directorate of Immigration", "ORG"), ("Reykjanesbær", "GPE")]),
    ("Police in Mayotte began Operation Wuambushu to demolish slums and deport Comorians to Anjouan.",
     [("Mayotte", "GPE"), ("Operation Wuambushu", "EVENT"), ("Comorians", "NORP"), ("Anjouan", "GPE")]),
    ("ICE moved Edwin Ochieng to the Otay Mesa facility after USCIS rejected his parole request.",
     [("ICE", "ORG"), ("Edwin Ochieng", "PERSON"), ("Otay Mesa", "FAC"), ("USCIS", "ORG")]),
    ("EUAA and ICMPD will train 40 border officers in Chisinau, the ministry said.",
     [("EUAA", "ORG"), ("ICMPD", "ORG"), ("Chisinau", "GPE")]),
    ("At the Global Refugee Forum in Geneva, Colombia and Costa Rica pledged to extend temporary protection.",
     [("the Global Refugee Forum", "EVENT"), ("Geneva", "GPE"), ("Colombia", "GPE"), ("Costa Rica", "GPE")]),
]


def _dev(text: str) -> bool:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


DEV = [t for t in TEXTS if _dev(t[0])]
ASIDE = [t for t in TEXTS if not _dev(t[0])]  # aggregate only; scored once at the end


def main() -> int:
    from entities_migration import run  # the first probe's scoring, same conventions

    return run({"dev": DEV, "aside": ASIDE}, "entities_migration4.py", counts=True)


if __name__ == "__main__":
    raise SystemExit(main())
