"""Entities probe in the migration-policy genre, about countries other than the first corpus's:
named mentions and their OntoNotes types in sentences written 2026-12-03 by the lead.

    python benchmarks/probes/entities_migration.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration.py aside   # score only (the held-out part)
    python benchmarks/probes/entities_migration.py unseen  # score only (second held-out part)
    python benchmarks/probes/entities_migration.py unseen2 # score only (third held-out part)

DEV was written first and its output read while fixing classes; ASIDE was written afterwards,
labels fixed before any run, and is only ever scored. UNSEEN (35 texts, fourth session) was
written and labelled before any code ran on it, and is scored once, aggregate only; so is UNSEEN2 (40 texts,
fifth session). Conventions as in tests/gold: a demonym and a
state-body noun are one organisation ("the Greek coastguard"), a demonym alone is NORP. Scoring: a found mention matches a label
when the texts are equal after dropping a leading "the" (F1 over mentions); type accuracy over
the matched ones.
"""

from __future__ import annotations

import sys

DEV = [
    ("Italy's prime minister Giorgia Meloni signed a protocol with Albania's prime minister Edi Rama in Rome on Monday, "
     "under which Italy will build two centres in Shengjin and Gjader to hold migrants rescued at sea.",
     [("Italy", "GPE"), ("Giorgia Meloni", "PERSON"), ("Albania", "GPE"), ("Edi Rama", "PERSON"), ("Rome", "GPE"),
      ("Italy", "GPE"), ("Shengjin", "GPE"), ("Gjader", "GPE")]),
    ("The Italian coastguard said 1,200 people had been brought to Lampedusa in 48 hours, most of them having left "
     "from Sfax in Tunisia.",
     [("Italian coastguard", "ORG"), ("Lampedusa", "GPE"), ("Sfax", "GPE"), ("Tunisia", "GPE")]),
    ("The European Commission president, Ursula von der Leyen, travelled to Tunis with the Dutch prime minister Mark "
     "Rutte to sign a memorandum of understanding with President Kais Saied.",
     [("The European Commission", "ORG"), ("Ursula von der Leyen", "PERSON"), ("Tunis", "GPE"), ("Dutch", "NORP"),
      ("Mark Rutte", "PERSON"), ("Kais Saied", "PERSON")]),
    ("In Australia, the Department of Home Affairs confirmed that the last refugees had left Nauru, where the offshore "
     "processing centre was run by Canstruct International.",
     [("Australia", "GPE"), ("the Department of Home Affairs", "ORG"), ("Nauru", "GPE"), ("Canstruct International", "ORG")]),
    ("Human Rights Watch and the Refugee Council of Australia criticised the policy, and the UN High Commissioner for "
     "Refugees, Filippo Grandi, called it a breach of the Refugee Convention.",
     [("Human Rights Watch", "ORG"), ("the Refugee Council of Australia", "ORG"),
      ("the UN High Commissioner for Refugees", "ORG"), ("Filippo Grandi", "PERSON"), ("the Refugee Convention", "LAW")]),
    ("Germany's Federal Office for Migration and Refugees (BAMF) received 329,120 first-time applications, its "
     "president Hans-Eckhard Sommer told Der Spiegel.",
     [("Germany", "GPE"), ("Federal Office for Migration and Refugees", "ORG"), ("BAMF", "ORG"),
      ("Hans-Eckhard Sommer", "PERSON"), ("Der Spiegel", "ORG")]),
    ("Denmark's immigration minister Kaare Dybvad Bek said Copenhagen would keep talking to Kigali about a transfer scheme.",
     [("Denmark", "GPE"), ("Kaare Dybvad Bek", "PERSON"), ("Copenhagen", "GPE"), ("Kigali", "GPE")]),
    ("The Greek coastguard and Frontex were criticised after the shipwreck off Pylos, in which hundreds of people drowned.",
     [("Greek coastguard", "ORG"), ("Frontex", "ORG"), ("Pylos", "GPE")]),
    ("Médecins Sans Frontières said its rescue ship Geo Barents had been detained in the port of Ancona.",
     [("Médecins Sans Frontières", "ORG"), ("Geo Barents", "PRODUCT"), ("Ancona", "GPE")]),
    ("The US Customs and Border Protection agency reported 2.2 million encounters at the southern border, and Homeland "
     "Security Secretary Alejandro Mayorkas said the end of Title 42 would not mean the border was open.",
     [("US Customs and Border Protection", "ORG"), ("Homeland Security", "ORG"), ("Alejandro Mayorkas", "PERSON"),
      ("Title 42", "LAW")]),
    ("Mexico's National Migration Institute said it had deployed 2,000 agents to Tapachula, near the border with Guatemala.",
     [("Mexico", "GPE"), ("National Migration Institute", "ORG"), ("Tapachula", "GPE"), ("Guatemala", "GPE")]),
    ("Spain's interior minister Fernando Grande-Marlaska visited Rabat to discuss arrivals in the Canary Islands and "
     "the enclaves of Ceuta and Melilla.",
     [("Spain", "GPE"), ("Fernando Grande-Marlaska", "PERSON"), ("Rabat", "GPE"), ("the Canary Islands", "LOC"),
      ("Ceuta", "GPE"), ("Melilla", "GPE")]),
    # added 2026-12-03, fourth session (development material; read while fixing)
    ("Immigration Minister Andrew Giles said the Australian Border Force had intercepted a boat near Christmas Island.",
     [("Andrew Giles", "PERSON"), ("the Australian Border Force", "ORG"), ("Christmas Island", "LOC")]),
    ("Holly Cairns TD said the Irish Refugee Council had counted 2,000 men sleeping rough in Dublin.",
     [("Holly Cairns", "PERSON"), ("the Irish Refugee Council", "ORG"), ("Dublin", "GPE")]),
    ("The Committee on the Elimination of Racial Discrimination and the Office of the High Commissioner for Human "
     "Rights criticised Denmark's housing rules.",
     [("The Committee on the Elimination of Racial Discrimination", "ORG"),
      ("the Office of the High Commissioner for Human Rights", "ORG"), ("Denmark", "GPE")]),
    ("Sir Keir Starmer and Baroness Shami Chakrabarti KC spoke at a meeting of the Centre for Migration and "
     "Integration in Oxford.",
     [("Keir Starmer", "PERSON"), ("Shami Chakrabarti", "PERSON"), ("the Centre for Migration and Integration", "ORG"),
      ("Oxford", "GPE")]),
    ("Oxford University's Migration Observatory said net migration fell to 431,000, according to the Office for "
     "National Statistics.",
     [("Oxford University", "ORG"), ("Migration Observatory", "ORG"), ("the Office for National Statistics", "ORG")]),
    ("Der Standard reported that Interior Minister Gerhard Karner wanted more police at the border with Hungary near "
     "Nickelsdorf.",
     [("Der Standard", "ORG"), ("Gerhard Karner", "PERSON"), ("Hungary", "GPE"), ("Nickelsdorf", "GPE")]),
    ("The Italian navy took 300 people to Pozzallo, and Sea-Eye said its ship had been sent to Ortona.",
     [("Italian navy", "ORG"), ("Pozzallo", "GPE"), ("Sea-Eye", "ORG"), ("Ortona", "GPE")]),
    ("Jean-Noël Barrot, France's foreign minister, met Moroccan officials in Rabat.",
     [("Jean-Noël Barrot", "PERSON"), ("France", "GPE"), ("Moroccan", "NORP"), ("Rabat", "GPE")]),
    ("The Party for Freedom of Geert Wilders left the coalition over asylum, NRC reported.",
     [("The Party for Freedom", "ORG"), ("Geert Wilders", "PERSON"), ("NRC", "ORG")]),
    ("IOM spokesperson Safa Msehli said 600 migrants were returned to Libya after leaving from Zuwara.",
     [("IOM", "ORG"), ("Safa Msehli", "PERSON"), ("Libya", "GPE"), ("Zuwara", "GPE")]),
    ("Doctors of the World said 40 children at the camp near Mytilene needed care.",
     [("Doctors of the World", "ORG"), ("Mytilene", "GPE")]),
    ("The Home Affairs Select Committee questioned Border Force director general Tony Smith-Hartley on the crossings "
     "from Dunkirk.",
     [("The Home Affairs Select Committee", "ORG"), ("Border Force", "ORG"), ("Tony Smith-Hartley", "PERSON"),
      ("Dunkirk", "GPE")]),
    ("El Mundo reported that Morocco had let 8,000 people cross into Ceuta, and the Spanish foreign ministry "
     "summoned its ambassador.",
     [("El Mundo", "ORG"), ("Morocco", "GPE"), ("Ceuta", "GPE"), ("Spanish foreign ministry", "ORG")]),
    # added 2026-12-03, fifth session (development material; read while fixing)
    ("The French office for refugees, OFPRA, rejected 60 per cent of claims, and CNDA overturned a fifth of them.",
     [("French", "NORP"), ("OFPRA", "ORG"), ("CNDA", "ORG")]),
    ("Canstruct said its contract on Nauru would end in June, and the work was awarded to Broadspectrum, which took "
     "over the centre on Manus Island.",
     [("Canstruct", "ORG"), ("Nauru", "GPE"), ("Broadspectrum", "ORG"), ("Manus Island", "LOC")]),
    ("Families were sent back to Ter Apel after the council in Assen refused to house them.",
     [("Ter Apel", "GPE"), ("Assen", "GPE")]),
    ("Detainees at Brook House went on hunger strike, and the Home Office moved 200 men out of Napier Barracks.",
     [("Brook House", "FAC"), ("the Home Office", "ORG"), ("Napier Barracks", "FAC")]),
    ("Federal Councillor Beat Jans said Switzerland would speed up asylum decisions.",
     [("Beat Jans", "PERSON"), ("Switzerland", "GPE")]),
    ("Yolande Makolo, the government spokesperson, said Rwanda was ready. Makolo said the first flight could leave "
     "in spring.",
     [("Yolande Makolo", "PERSON"), ("Rwanda", "GPE"), ("Makolo", "PERSON")]),
    ("The Taoiseach said Ireland would change the law, and Fedasil said it had opened 500 new places in Brussels.",
     [("Ireland", "GPE"), ("Fedasil", "ORG"), ("Brussels", "GPE")]),
    ("US Customs and Border Protection said agents had stopped 9,000 people near El Paso.",
     [("US Customs and Border Protection", "ORG"), ("El Paso", "GPE")]),
    ("Law and Justice won the election in Poland on a promise to reject the EU quota.",
     [("Law and Justice", "ORG"), ("Poland", "GPE"), ("EU", "ORG")]),
    ("Kostas Papadopoulos told Kathimerini that the ministry had no record of the boat, and Sophie in 't Veld said "
     "the European Parliament would ask the Commission.",
     [("Kostas Papadopoulos", "PERSON"), ("Kathimerini", "ORG"), ("Sophie in 't Veld", "PERSON"),
      ("the European Parliament", "ORG"), ("the Commission", "ORG")]),
    ("The head of the Danish immigration service, Henrik Vestergaard, said Friends of the Earth had been wrong.",
     [("Danish", "NORP"), ("Henrik Vestergaard", "PERSON"), ("Friends of the Earth", "ORG")]),
]
ASIDE = [  # written after DEV; labels fixed before any run
 ("Poland's interior minister Mariusz Kaminski ordered a fence along the border with Belarus after thousands gathered near Kuznica.",
  [("Poland", "GPE"), ("Mariusz Kaminski", "PERSON"), ("Belarus", "GPE"), ("Kuznica", "GPE")]),
 ("The Lithuanian parliament voted to allow pushbacks, a move condemned by Amnesty International.",
  [("Lithuanian", "NORP"), ("Amnesty International", "ORG")]),
 ("Canada's immigration minister Marc Miller said Ottawa would cap international student permits at 360,000.",
  [("Canada", "GPE"), ("Marc Miller", "PERSON"), ("Ottawa", "GPE")]),
 ("The Norwegian Refugee Council said more than 100,000 people had fled Nagorno-Karabakh to Armenia.",
  [("The Norwegian Refugee Council", "ORG"), ("Nagorno-Karabakh", "GPE"), ("Armenia", "GPE")]),
 ("Sweden's Migration Agency (Migrationsverket) said applications fell after the Tidö agreement.",
  [("Sweden", "GPE"), ("Migration Agency", "ORG"), ("Migrationsverket", "ORG"), ("Tidö", "GPE")]),
 ("New Zealand's Immigration Minister Erica Stanford visited Auckland and Christchurch last week.",
  [("New Zealand", "GPE"), ("Erica Stanford", "PERSON"), ("Auckland", "GPE"), ("Christchurch", "GPE")]),
 ("The European Court of Human Rights in Strasbourg ordered Malta to release a Sudanese man held at Safi Barracks.",
  [("The European Court of Human Rights", "ORG"), ("Strasbourg", "GPE"), ("Malta", "GPE"), ("Sudanese", "NORP"), ("Safi Barracks", "FAC")]),
 ("Austria's chancellor Karl Nehammer blocked Romania and Bulgaria from joining the Schengen area.",
  [("Austria", "GPE"), ("Karl Nehammer", "PERSON"), ("Romania", "GPE"), ("Bulgaria", "GPE"), ("Schengen", "GPE")]),
 ("The International Organization for Migration recorded 2,500 deaths in the central Mediterranean, many off Libya.",
  [("The International Organization for Migration", "ORG"), ("Mediterranean", "LOC"), ("Libya", "GPE")]),
 ("Sea-Watch said its plane Seabird had spotted a boat 40 miles south of Lampedusa.",
  [("Sea-Watch", "ORG"), ("Seabird", "PRODUCT"), ("Lampedusa", "GPE")]),
 ("Ireland's Department of Justice said 1,600 applicants were waiting for beds in Dublin and Cork.",
  [("Ireland", "GPE"), ("Department of Justice", "ORG"), ("Dublin", "GPE"), ("Cork", "GPE")]),
 ("The French interior minister, Gérald Darmanin, met his Italian counterpart Matteo Piantedosi in Menton.",
  [("French", "NORP"), ("Gérald Darmanin", "PERSON"), ("Italian", "NORP"), ("Matteo Piantedosi", "PERSON"), ("Menton", "GPE")]),
 ("Belgium's state secretary for asylum, Nicole de Moor, said Fedasil had run out of places.",
  [("Belgium", "GPE"), ("Nicole de Moor", "PERSON"), ("Fedasil", "ORG")]),
 ("Frontex director Hans Leijtens told the European Parliament that arrivals in Greece had doubled.",
  [("Frontex", "ORG"), ("Hans Leijtens", "PERSON"), ("the European Parliament", "ORG"), ("Greece", "GPE")]),
 ("The UN refugee agency opened a reception centre in Adré, on Chad's border with Sudan.",
  [("UN", "ORG"), ("Adré", "GPE"), ("Chad", "GPE"), ("Sudan", "GPE")]),
 ("Japan's Immigration Services Agency said it granted refugee status to 303 people, most from Afghanistan.",
  [("Japan", "GPE"), ("Immigration Services Agency", "ORG"), ("Afghanistan", "GPE")]),
]
UNSEEN = [  # written 2026-12-03 (fourth session) before any run; labels fixed before any run; scored once
 ("The Dutch state secretary for asylum, Eric van der Burg, said the registration centre in Ter Apel was full, and the "
  "Immigration and Naturalisation Service (IND) stopped interviews for two weeks.",
  [("Dutch", "NORP"), ("Eric van der Burg", "PERSON"), ("Ter Apel", "GPE"),
   ("Immigration and Naturalisation Service", "ORG"), ("IND", "ORG")]),
 ("Sweden's Migration Minister Maria Malmer Stenergard told Dagens Nyheter that the Sweden Democrats had not written "
  "the new rules on family reunification.",
  [("Sweden", "GPE"), ("Maria Malmer Stenergard", "PERSON"), ("Dagens Nyheter", "ORG"), ("the Sweden Democrats", "ORG")]),
 ("Labour MP Stephen Kinnock said the Joint Committee on Human Rights would question the Home Secretary on the "
  "Illegal Migration Act.",
  [("Labour", "ORG"), ("Stephen Kinnock", "PERSON"), ("the Joint Committee on Human Rights", "ORG"),
   ("the Illegal Migration Act", "LAW")]),
 ("Helen McEntee TD, Ireland's Minister for Justice, said the International Protection Office would hire 100 more "
  "case workers in Dublin.",
  [("Helen McEntee", "PERSON"), ("Ireland", "GPE"), ("the International Protection Office", "ORG"), ("Dublin", "GPE")]),
 ("The UN Committee against Torture urged Greece to investigate pushbacks at the land border with Turkey, which the "
  "Greek police deny.",
  [("The UN Committee against Torture", "ORG"), ("Greece", "GPE"), ("Turkey", "GPE"), ("Greek police", "ORG")]),
 ("Australia's Department of Immigration and Border Protection was merged into the Department of Home Affairs in "
  "2017, and detainees were later moved from Manus Island to Port Moresby.",
  [("Australia", "GPE"), ("Department of Immigration and Border Protection", "ORG"),
   ("the Department of Home Affairs", "ORG"), ("Manus Island", "LOC"), ("Port Moresby", "GPE")]),
 ("Bulgarian Interior Minister Kalin Stoyanov visited the reception centre in Harmanli with officials of the European "
  "Union Agency for Asylum.",
  [("Bulgarian", "NORP"), ("Kalin Stoyanov", "PERSON"), ("Harmanli", "GPE"),
   ("the European Union Agency for Asylum", "ORG")]),
 ("Amnesty International's researcher Adriana Tidona said the Brothers of Italy government had made rescues harder, "
  "and Corriere della Sera reported that the decree would be challenged.",
  [("Amnesty International", "ORG"), ("Adriana Tidona", "PERSON"), ("Brothers of Italy", "ORG"),
   ("Corriere della Sera", "ORG")]),
 ("Dame Alison Pryce-Winter, the former chief inspector, told BBC Radio 4 that the processing site at Manston in Kent "
  "had been dangerously overcrowded.",
  [("Alison Pryce-Winter", "PERSON"), ("BBC Radio 4", "ORG"), ("Manston", "GPE"), ("Kent", "GPE")]),
 ("The Refugee Council and the Helen Bamber Foundation wrote to Border Security Minister Dame Angela Eagle about "
  "children placed in hotels in Brighton and Hove.",
  [("The Refugee Council", "ORG"), ("the Helen Bamber Foundation", "ORG"), ("Angela Eagle", "PERSON"),
   ("Brighton and Hove", "GPE")]),
 ("Die Welt reported that the Alternative for Germany had won 30 per cent in Thuringia, where its leader Björn Höcke "
  "campaigned on deportations.",
  [("Die Welt", "ORG"), ("the Alternative for Germany", "ORG"), ("Thuringia", "GPE"), ("Björn Höcke", "PERSON")]),
 ("Germany's Interior Minister Nancy Faeser ordered checks on the borders with Poland, the Czech Republic and "
  "Switzerland.",
  [("Germany", "GPE"), ("Nancy Faeser", "PERSON"), ("Poland", "GPE"), ("the Czech Republic", "GPE"),
   ("Switzerland", "GPE")]),
 ("Switzerland's State Secretariat for Migration (SEM) said Eritrean applicants whose claims were rejected would be "
  "housed in Chiasso until their departure.",
  [("Switzerland", "GPE"), ("State Secretariat for Migration", "ORG"), ("SEM", "ORG"), ("Eritrean", "NORP"),
   ("Chiasso", "GPE")]),
 ("Portugal's interior minister, Maria Lúcia Amaral, said the Agency for Integration, Migration and Asylum had "
  "cleared 400,000 pending cases.",
  [("Portugal", "GPE"), ("Maria Lúcia Amaral", "PERSON"), ("the Agency for Integration, Migration and Asylum", "ORG")]),
 ("Georgetown University's Institute for the Study of International Migration published a study with the Migration "
  "Policy Institute on asylum backlogs in Texas.",
  [("Georgetown University", "ORG"), ("Institute for the Study of International Migration", "ORG"),
   ("the Migration Policy Institute", "ORG"), ("Texas", "GPE")]),
 ("US Citizenship and Immigration Services said it would reopen its field office in Eagle Pass, a town of 28,000 on "
  "the Rio Grande.",
  [("US Citizenship and Immigration Services", "ORG"), ("Eagle Pass", "GPE"), ("the Rio Grande", "LOC")]),
 ("Michael O'Flaherty, the Council of Europe's human rights commissioner, wrote to the British Home Secretary, "
  "Yvette Cooper, about the Rwanda scheme.",
  [("Michael O'Flaherty", "PERSON"), ("the Council of Europe", "ORG"), ("British", "NORP"), ("Yvette Cooper", "PERSON"),
   ("Rwanda", "GPE")]),
 ("Tineke Strik MEP and Jeroen Lenaers MEP, both members of the European Parliament's civil liberties committee, "
  "visited the camp at Lipa, near Bihać.",
  [("Tineke Strik", "PERSON"), ("Jeroen Lenaers", "PERSON"), ("the European Parliament", "ORG"), ("Lipa", "GPE"),
   ("Bihać", "GPE")]),
 ("In Calais, volunteers from Utopia 56 said French police had removed tents near Grande-Synthe for the third time "
  "in a week.",
  [("Calais", "GPE"), ("Utopia 56", "ORG"), ("French police", "ORG"), ("Grande-Synthe", "GPE")]),
 ("Mexico's foreign minister Alicia Bárcena said the Darién Gap had been crossed by 500,000 people, most of them "
  "Venezuelans, before they reached Ciudad Hidalgo.",
  [("Mexico", "GPE"), ("Alicia Bárcena", "PERSON"), ("the Darién Gap", "LOC"), ("Venezuelans", "NORP"),
   ("Ciudad Hidalgo", "GPE")]),
 ("The Finns Party leader Riikka Purra said Finland should copy Denmark's plan to process asylum claims in Rwanda.",
  [("The Finns Party", "ORG"), ("Riikka Purra", "PERSON"), ("Finland", "GPE"), ("Denmark", "GPE"), ("Rwanda", "GPE")]),
 ("Le Monde said the prefect of Alpes-Maritimes had sent 200 more gendarmes to the border at Breil-sur-Roya.",
  [("Le Monde", "ORG"), ("Alpes-Maritimes", "GPE"), ("Breil-sur-Roya", "GPE")]),
 ("UNHCR spokesperson Olga Sarrado said 1,500 people had landed in Arguineguín in a single weekend.",
  [("UNHCR", "ORG"), ("Olga Sarrado", "PERSON"), ("Arguineguín", "GPE")]),
 ("Canada's Immigration and Refugee Board said claims from Mexican nationals had tripled since the visa requirement "
  "was lifted, according to The Globe and Mail.",
  [("Canada", "GPE"), ("Immigration and Refugee Board", "ORG"), ("Mexican", "NORP"), ("The Globe and Mail", "ORG")]),
 ("Greece's Ministry of Migration and Asylum said the closed centre on Samos, near Vathy, would hold up to 3,000 "
  "people.",
  [("Greece", "GPE"), ("Ministry of Migration and Asylum", "ORG"), ("Samos", "GPE"), ("Vathy", "GPE")]),
 ("The Freedom Party of Austria's leader Herbert Kickl said the asylum centre at Traiskirchen, south of Vienna, "
  "should be closed.",
  [("The Freedom Party of Austria", "ORG"), ("Herbert Kickl", "PERSON"), ("Traiskirchen", "GPE"), ("Vienna", "GPE")]),
 ("After the shipwreck at Cutro, Italy's Council of Ministers met in the town and approved a decree named after it.",
  [("Cutro", "GPE"), ("Italy", "GPE"), ("Council of Ministers", "ORG")]),
 ("The Platform for International Cooperation on Undocumented Migrants and the European Council on Refugees and "
  "Exiles said the Pact on Migration and Asylum would expand detention at borders.",
  [("The Platform for International Cooperation on Undocumented Migrants", "ORG"),
   ("the European Council on Refugees and Exiles", "ORG"), ("the Pact on Migration and Asylum", "LAW")]),
 ("Spain's Vox party and Portugal's Chega both campaigned against the regularisation of migrants, El País reported.",
  [("Spain", "GPE"), ("Vox", "ORG"), ("Portugal", "GPE"), ("Chega", "ORG"), ("El País", "ORG")]),
 ("Former Home Office permanent secretary Sir Matthew Rycroft told the Public Accounts Committee that the department "
  "would close 150 hotels by March.",
  [("Home Office", "ORG"), ("Matthew Rycroft", "PERSON"), ("the Public Accounts Committee", "ORG")]),
 ("Nigel Farage, the former leader of the UK Independence Party, now leads Reform UK, which wants to leave the "
  "European Convention on Human Rights.",
  [("Nigel Farage", "PERSON"), ("the UK Independence Party", "ORG"), ("Reform UK", "ORG"),
   ("the European Convention on Human Rights", "LAW")]),
 ("A spokesperson for the Hellenic Coast Guard said survivors were taken to Kalamata, and the Greek Council for "
  "Refugees sent lawyers there.",
  [("the Hellenic Coast Guard", "ORG"), ("Kalamata", "GPE"), ("the Greek Council for Refugees", "ORG")]),
 ("Belgian asylum minister Anneleen Van Bossuyt said Brussels would ask the Council of State to rule on the "
  "reception crisis.",
  [("Belgian", "NORP"), ("Anneleen Van Bossuyt", "PERSON"), ("Brussels", "GPE"), ("the Council of State", "ORG")]),
 ("Rwandan government spokesperson Yolande Makolo said Kigali had kept its side of the agreement with London.",
  [("Rwandan", "NORP"), ("Yolande Makolo", "PERSON"), ("Kigali", "GPE"), ("London", "GPE")]),
 ("Director General of Border Force Phil Douglas said officers at Dover had seized 40 small boats.",
  [("Border Force", "ORG"), ("Phil Douglas", "PERSON"), ("Dover", "GPE")]),
]

UNSEEN2 = [  # written 2026-12-03 (fifth session) before any run; labels fixed before any run; scored once
    ("Serco, which runs the Yarl's Wood removal centre in Bedfordshire, said staff numbers would fall after the Home "
     "Office cut the number of beds.",
     [("Serco", "ORG"), ("Yarl's Wood", "FAC"), ("Bedfordshire", "GPE"), ("the Home Office", "ORG")]),
    ("COA, the Dutch agency that houses asylum seekers, said 700 people had slept outside the application centre in "
     "Budel. Its chairman, Milo Schoenmaker, blamed the municipalities.",
     [("COA", "ORG"), ("Dutch", "NORP"), ("Budel", "GPE"), ("Milo Schoenmaker", "PERSON")]),
    ("Federal Councillor Elisabeth Baume-Schneider said the State Secretariat for Migration would open 3,000 places in "
     "army barracks, and SEM expected 28,000 applications this year.",
     [("Elisabeth Baume-Schneider", "PERSON"), ("the State Secretariat for Migration", "ORG"), ("SEM", "ORG")]),
    ("The Taoiseach, Simon Harris, said Ireland would return asylum seekers to the UK, and Rishi Sunak replied that "
     "Britain would not accept them.",
     [("Simon Harris", "PERSON"), ("Ireland", "GPE"), ("UK", "GPE"), ("Rishi Sunak", "PERSON"), ("Britain", "GPE")]),
    ("Asked about pushbacks on the Evros river, Greek Migration Minister Dimitris Kairidis told Kathimerini that the "
     "fence would be extended by 35 kilometres.",
     [("Evros", "LOC"), ("Greek", "NORP"), ("Dimitris Kairidis", "PERSON"), ("Kathimerini", "ORG")]),
    ("Mitie, the Home Office's contractor at Tinsley House, was criticised by the Independent Monitoring Board, which "
     "found that detainees had waited weeks to see a doctor.",
     [("Mitie", "ORG"), ("the Home Office", "ORG"), ("Tinsley House", "FAC"), ("the Independent Monitoring Board", "ORG")]),
    ("Sweden's Migration Agency, Migrationsverket, said it had revoked 1,200 residence permits, and the Sweden "
     "Democrats' leader Jimmie Åkesson called for more.",
     [("Sweden", "GPE"), ("Migration Agency", "ORG"), ("Migrationsverket", "ORG"), ("the Sweden Democrats", "ORG"),
      ("Jimmie Åkesson", "PERSON")]),
    ("Australian Border Force officers moved 12 men from the Villawood detention centre to Port Moresby on a charter "
     "flight, the Refugee Action Coalition said.",
     [("Australian Border Force", "ORG"), ("Villawood", "FAC"), ("Port Moresby", "GPE"),
      ("the Refugee Action Coalition", "ORG")]),
    ("OFII, the French immigration office, said 5,000 people had accepted a grant to return home, and its director "
     "Didier Leschi told Le Monde the scheme would grow.",
     [("OFII", "ORG"), ("French", "NORP"), ("Didier Leschi", "PERSON"), ("Le Monde", "ORG")]),
    ("In Lithuania, border guards pushed back 2,000 people to Belarus, and Amnesty International said the practice "
     "broke EU law.",
     [("Lithuania", "GPE"), ("Belarus", "GPE"), ("Amnesty International", "ORG"), ("EU", "ORG")]),
    ("The Norwegian Directorate of Immigration (UDI) said Ukrainians would no longer get collective protection, a "
     "decision the Norwegian Organisation for Asylum Seekers called unlawful.",
     [("The Norwegian Directorate of Immigration", "ORG"), ("UDI", "ORG"), ("Ukrainians", "NORP"),
      ("the Norwegian Organisation for Asylum Seekers", "ORG")]),
    ("Clearsprings Ready Homes will manage the former RAF base at Scampton, which the Home Office wants to use for "
     "2,000 men.",
     [("Clearsprings Ready Homes", "ORG"), ("RAF", "ORG"), ("Scampton", "GPE"), ("the Home Office", "ORG")]),
    ("Polish Prime Minister Donald Tusk said Poland would suspend the right to asylum on the border with Belarus, and "
     "Law and Justice accused him of copying its policy.",
     [("Polish", "NORP"), ("Donald Tusk", "PERSON"), ("Poland", "GPE"), ("Belarus", "GPE"), ("Law and Justice", "ORG")]),
    ("The head of the EU Agency for Asylum, Nina Gregori, said applications in Europe rose to 1.1 million.",
     [("the EU Agency for Asylum", "ORG"), ("Nina Gregori", "PERSON"), ("Europe", "LOC")]),
    ("CoreCivic and the GEO Group, which hold most ICE detainees, reported higher profits after the number of people "
     "in detention rose to 39,000.",
     [("CoreCivic", "ORG"), ("the GEO Group", "ORG"), ("ICE", "ORG")]),
    ("The Danish Refugee Council said 300 people were held at the Blažuj camp near Sarajevo, where temperatures fell "
     "to minus 15 degrees.",
     [("The Danish Refugee Council", "ORG"), ("Blažuj", "FAC"), ("Sarajevo", "GPE")]),
    ("Interior Minister Nancy Faeser said Germany would extend checks at all its land borders, and the police union "
     "GdP asked for 1,000 more officers.",
     [("Nancy Faeser", "PERSON"), ("Germany", "GPE"), ("GdP", "ORG")]),
    ("The Supreme Court ruled that Rwanda was not a safe third country, and Suella Braverman said the government "
     "would draft a new treaty with Kigali.",
     [("The Supreme Court", "ORG"), ("Rwanda", "GPE"), ("Suella Braverman", "PERSON"), ("Kigali", "GPE")]),
    ("Migrants rescued by the Ocean Viking were taken to Toulon, where the Anafé association said minors had been "
     "held in a waiting zone.",
     [("Ocean Viking", "PRODUCT"), ("Toulon", "GPE"), ("Anafé", "ORG")]),
    ("Italy's interior minister, Matteo Piantedosi, said arrivals from Tunisia had halved, and the charity Emergency "
     "said the deal ignored abuses in Libyan detention centres.",
     [("Italy", "GPE"), ("Matteo Piantedosi", "PERSON"), ("Tunisia", "GPE"), ("Emergency", "ORG"), ("Libyan", "NORP")]),
    ("Spain's ombudsman, Ángel Gabilondo, asked the Ministry of Inclusion to speed up the transfer of 4,000 children "
     "from the Canary Islands to the mainland.",
     [("Spain", "GPE"), ("Ángel Gabilondo", "PERSON"), ("the Ministry of Inclusion", "ORG"), ("the Canary Islands", "LOC")]),
    ("The Home Secretary, Yvette Cooper, said Border Security Command would work with Europol and the French police "
     "to break up smuggling gangs operating from Calais.",
     [("Yvette Cooper", "PERSON"), ("Border Security Command", "ORG"), ("Europol", "ORG"), ("French police", "ORG"),
      ("Calais", "GPE")]),
    ("Hungary's Prime Minister Viktor Orbán refused to pay the 200 million euro fine imposed by the Court of Justice "
     "of the European Union.",
     [("Hungary", "GPE"), ("Viktor Orbán", "PERSON"), ("the Court of Justice of the European Union", "ORG")]),
    ("The US Citizenship and Immigration Services office in Houston closed for two days, and the American Immigration "
     "Lawyers Association said thousands of interviews were cancelled.",
     [("US Citizenship and Immigration Services", "ORG"), ("Houston", "GPE"),
      ("the American Immigration Lawyers Association", "ORG")]),
    ("Refugees International said Thailand had deported 40 Uyghurs to China, and the Thai justice minister, Tawee "
     "Sodsong, said they had gone home voluntarily.",
     [("Refugees International", "ORG"), ("Thailand", "GPE"), ("Uyghurs", "NORP"), ("China", "GPE"), ("Thai", "NORP"),
      ("Tawee Sodsong", "PERSON")]),
    ("Médecins du Monde and Utopia 56 said 500 people were living in tents under the bridges of Paris after police "
     "cleared a camp in Saint-Denis.",
     [("Médecins du Monde", "ORG"), ("Utopia 56", "ORG"), ("Paris", "GPE"), ("Saint-Denis", "GPE")]),
    ("Kenya's Refugee Affairs Secretariat said the Dadaab and Kakuma camps held 700,000 people, and UNHCR asked donors "
     "for 130 million dollars.",
     [("Kenya", "GPE"), ("Refugee Affairs Secretariat", "ORG"), ("Dadaab", "FAC"), ("Kakuma", "FAC"), ("UNHCR", "ORG")]),
    ("Pakistan began deporting Afghans without papers, and Amina Hakimi, a lawyer in Peshawar, said families were "
     "being split.",
     [("Pakistan", "GPE"), ("Afghans", "NORP"), ("Amina Hakimi", "PERSON"), ("Peshawar", "GPE")]),
    ("Canada's immigration minister, Marc Miller, said the cap on study permits would fall by 35 per cent, and "
     "Universities Canada warned of job losses.",
     [("Canada", "GPE"), ("Marc Miller", "PERSON"), ("Universities Canada", "ORG")]),
    ("Poland's Office for Foreigners said the centre in Biała Podlaska was full and moved 90 people to another centre.",
     [("Poland", "GPE"), ("Office for Foreigners", "ORG"), ("Biała Podlaska", "GPE")]),
    ("Frontex executive director Hans Leijtens told the European Parliament's civil liberties committee that the "
     "agency would double its staff in Mauritania.",
     [("Frontex", "ORG"), ("Hans Leijtens", "PERSON"), ("the European Parliament", "ORG"), ("Mauritania", "GPE")]),
    ("In New Zealand, Immigration New Zealand said it would stop holding asylum seekers in prisons after a review by "
     "the Human Rights Commission.",
     [("New Zealand", "GPE"), ("Immigration New Zealand", "ORG"), ("the Human Rights Commission", "ORG")]),
    ("Rishi Sunak visited the Manston processing site in Kent, where 4,000 people were held in November, and praised "
     "the staff of Border Force.",
     [("Rishi Sunak", "PERSON"), ("Manston", "FAC"), ("Kent", "GPE"), ("Border Force", "ORG")]),
    ("Greece's ombudsman said the fire at the Mavrovouni camp on Lesbos could have been prevented, and Refugee Support "
     "Aegean said 60 people were still missing after the shipwreck near Chios.",
     [("Greece", "GPE"), ("Mavrovouni", "FAC"), ("Lesbos", "GPE"), ("Refugee Support Aegean", "ORG"), ("Chios", "GPE")]),
    ("Bulgaria's interior minister Ivan Demerdzhiev said police had caught 70 smugglers on the border with Turkey, and "
     "the Bulgarian Helsinki Committee reported 5,000 pushbacks.",
     [("Bulgaria", "GPE"), ("Ivan Demerdzhiev", "PERSON"), ("Turkey", "GPE"), ("the Bulgarian Helsinki Committee", "ORG")]),
    ("A spokesperson for Paladin, which ran security on Manus Island, declined to comment to The Guardian.",
     [("Paladin", "ORG"), ("Manus Island", "LOC"), ("The Guardian", "ORG")]),
    ("Nigel Farage said Reform UK would leave the European Convention on Human Rights, and Kemi Badenoch told the "
     "Telegraph that the Conservatives would consider it.",
     [("Nigel Farage", "PERSON"), ("Reform UK", "ORG"), ("the European Convention on Human Rights", "LAW"),
      ("Kemi Badenoch", "PERSON"), ("the Telegraph", "ORG"), ("the Conservatives", "NORP")]),
    ("Chancellor Karl Nehammer said Austria would block the entry of Romania and Bulgaria into the passport-free zone, "
     "citing 75,000 unregistered arrivals.",
     [("Karl Nehammer", "PERSON"), ("Austria", "GPE"), ("Romania", "GPE"), ("Bulgaria", "GPE")]),
    ("CGRA said it had granted protection to 45 per cent of applicants, and Myria, the federal migration centre, "
     "called the backlog a crisis.",
     [("CGRA", "ORG"), ("Myria", "ORG")]),
    ("Jesuit Refugee Service Malta said 40 people had been held at the Ħal Far centre for six months.",
     [("Jesuit Refugee Service Malta", "ORG"), ("Ħal Far", "FAC")]),
]


def _key(text: str) -> str:
    t = text.strip()
    return t[4:] if t.lower().startswith("the ") else t


def score(items, show: bool) -> str:
    """Mention F1 (texts equal after dropping a leading "the") and type accuracy over the matched
    mentions; with ``show``, each miss, wrong type and spurious mention is printed."""
    from dossier.api import analyse_texts

    found = gold = matched = typed = 0
    for (text, want), tables in zip(items, analyse_texts([text for text, _ in items])):
        got = [(_key(m["text"]), m["label"]) for m in tables["mentions"]]
        left = list(got)
        gold += len(want)
        found += len(got)
        for surface, label in want:
            hit = next((g for g in left if g[0] == _key(surface)), None)
            if hit is None:
                if show:
                    print(f"missed {surface!r} ({label})")
                continue
            left.remove(hit)
            matched += 1
            typed += hit[1] == label
            if show and hit[1] != label:
                print(f"type {surface!r}: {hit[1]}, want {label}")
        if show:
            for g in left:
                print(f"spurious {g[0]!r} ({g[1]})")
    p, r = matched / max(found, 1), matched / max(gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"mention F1 {f1:.3f} (P {p:.3f} {matched}/{found}, R {r:.3f} {matched}/{gold}); "
            f"type accuracy {typed / max(matched, 1):.3f} ({typed}/{matched})")


def run(parts: dict[str, list], prog: str, counts: bool = False) -> int:
    """The command line of every entities probe: ``prog PART``, the DEV part's misses printed,
    every other part scored as a total only (``counts``: say how many texts)."""
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part not in parts:
        print(f"usage: {prog} {'|'.join(parts)}", file=sys.stderr)
        return 2
    items = parts[part]
    print(f"{part}: " + (f"{len(items)} texts; " if counts else "") + score(items, show=part == "dev"))
    return 0


def main() -> int:
    return run({"dev": DEV, "aside": ASIDE, "unseen": UNSEEN, "unseen2": UNSEEN2}, "entities_migration.py")


if __name__ == "__main__":
    raise SystemExit(main())
