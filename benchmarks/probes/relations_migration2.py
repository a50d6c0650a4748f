"""Second relations probe in the migration-policy genre: 24 texts of 3-5 sentences (news,
government and EU statements, parliamentary questions and answers, NGO reports) about countries,
bodies and companies the first probe (``relations_migration.py``) does not use: Egypt, Croatia,
Bosnia, Guatemala, Switzerland, Eritrea, New Zealand, Niger, Uganda, Latvia, Estonia, Lebanon,
Costa Rica, Bulgaria, El Salvador, Portugal, the Gambia, Czechia, Slovakia, Romania, Moldova;
Border Violence Monitoring Network, ACLU, CEAR, SEM, EUCAP Sahel Niger, WFP, Clearsprings,
Refugee Council, La Cimade, Cristosal, Sea-Watch, AIMA, International Trade Centre, CoreCivic ...
The relation shapes are the ones issue 11 lists: "the X-Y deal / statement / partnership", "X and
Y agreed", "X signed an agreement with Y", "X pays / will give Y N", a body criticising a body or a
person, officers "deployed to" a place, "X, part of Y", support and criticism by nouns ("a critic
of", "attacked the government's refusal"), in quotations, appositions, relative clauses, and
pronoun or role-noun subjects and objects ("the minister", "the company", "she", "it").

Labelled 2026-12-03 (night, relations round 3) **before any pipeline run on the texts**, with the
conventions of ``relations_migration.py`` and ``tests/relations_fresh/README.md``: named endpoints
only, the fullest name the text uses; a state body may be matched by its country (an alias); a
role noun or pronoun that stands for a named endpoint counts as that endpoint ("the government"
for Latvia, "the department" for the Department of Homeland Security); heads of state are not
``manages`` of their country; accusations of a practice ("accused X of pushing them back") make
the practice optional; hedged, future or implied relations are optional (``?``).

    python benchmarks/probes/relations_migration2.py dev     # score, and list misses / unconfirmed rows
    python benchmarks/probes/relations_migration2.py aside   # score only (the held-out half)

Split: a text is DEV when ``int(md5(text), 16) % 2 == 0``, ASIDE otherwise (fixed before any run):
9 DEV texts (35 required relations), 15 ASIDE (47). DEV is read while fixing classes; ASIDE is only
ever scored, as a total. Scoring as in ``relations_migration.py``.
"""

from __future__ import annotations

import hashlib

ITEMS = [
 ("The European Union and Egypt signed a strategic partnership in Cairo on Sunday. Under the deal, Brussels will give Egypt €7.4 billion in grants and loans until 2027. "
  "Ursula von der Leyen, the president of the European Commission, travelled to Cairo for the ceremony with the Greek prime minister Kyriakos Mitsotakis. "
  "Amnesty International said the agreement rewarded a government that jails its critics. The organisation called on the Commission to make the money conditional on human rights.",
  [("European Union|EU|Brussels", "agreement_with", "Egypt"), ("European Union|EU|Brussels", "funds", "Egypt"),
   ("Ursula von der Leyen", "manages", "European Commission|Commission"), ("Ursula von der Leyen", "visits", "Cairo"), ("Kyriakos Mitsotakis", "visits", "Cairo"),
   ("Amnesty International", "criticises?", "European Union|EU|Brussels"), ("Amnesty International", "criticises?", "Egypt")]),
 ("Asked by Lord Hylton whether British officers were working in France, the Home Office minister Lord Sharpe of Epsom replied on 12 March. "
  "He said that 40 Border Force officers had been deployed to Calais and Dunkirk under the Sandhurst Treaty. "
  "The United Kingdom pays France £476 million over three years to increase patrols on its beaches. "
  "The French gendarmerie, part of the Ministry of the Interior, leads those patrols.",
  [("Border Force", "deploys_to", "Calais"), ("Border Force", "deploys_to", "Dunkirk"), ("United Kingdom|British", "funds", "France|French"),
   ("gendarmerie|French gendarmerie", "part_of", "Ministry of the Interior"), ("United Kingdom", "agreement_with?", "France"),
   ("Lord Sharpe of Epsom", "part_of?", "Home Office")]),
 ("The Border Violence Monitoring Network, a coalition of groups working in the Balkans, published a report on Tuesday documenting 1,200 pushbacks. "
  "It accused the Croatian police of beating people and forcing them back into Bosnia and Herzegovina. "
  "The network's coordinator, Hope Barker, said the European Commission had ignored the evidence. "
  "Croatia's interior minister Davor Božinović rejected the report, calling it a \"political pamphlet\". "
  "The Commission has given Croatia €163 million for border management since 2020.",
  [("Border Violence Monitoring Network", "criticises", "Croatian police|Croatia|Croatian"), ("Hope Barker", "criticises", "European Commission|Commission"),
   ("Davor Božinović", "criticises", "Border Violence Monitoring Network"), ("European Commission|Commission", "funds", "Croatia"),
   ("Croatian police|Croatia|Croatian", "turns_back?", "Bosnia and Herzegovina"), ("Hope Barker", "part_of?", "Border Violence Monitoring Network"),
   ("Border Violence Monitoring Network", "located_in?", "Balkans")]),
 ("Greece's migration minister Notis Mitarachi met his Turkish counterpart in Ankara on Wednesday. "
  "The two governments agreed to reopen talks on returns under the 2016 EU-Turkey statement. "
  "Turkey hosts 3.6 million Syrians, more than any other country. "
  "The European Union has paid Turkey €6 billion under the Facility for Refugees in Turkey, which is managed by the European Commission's directorate for neighbourhood policy.",
  [("Notis Mitarachi", "visits", "Ankara"), ("Greece", "agreement_with", "Turkey|Turkish"), ("European Union|EU", "agreement_with", "Turkey"),
   ("European Union|EU", "funds", "Turkey"), ("European Commission", "manages", "Facility for Refugees in Turkey"), ("Notis Mitarachi", "part_of?", "Greece")]),
 ("The Department of Homeland Security signed an agreement with Guatemala in July under which asylum seekers who had crossed Guatemala could be sent back there. "
  "Kevin McAleenan, the acting secretary of Homeland Security, flew to Guatemala City to sign it. "
  "The American Civil Liberties Union sued the department, saying the deal violated US law. "
  "\"This agreement is a sham,\" said Lee Gelernt, the ACLU lawyer leading the case.",
  [("Department of Homeland Security|Homeland Security", "agreement_with", "Guatemala"), ("Kevin McAleenan", "manages", "Department of Homeland Security|Homeland Security"),
   ("Kevin McAleenan", "visits", "Guatemala City"), ("American Civil Liberties Union|ACLU", "criticises", "Department of Homeland Security|Homeland Security"),
   ("Lee Gelernt", "part_of?", "American Civil Liberties Union|ACLU"), ("United States|US", "agreement_with?", "Guatemala")]),
 ("Spain's interior ministry said on Monday that Morocco had agreed to take back migrants who swim to Ceuta. "
  "The Spanish government will give Rabat €30 million to buy vehicles and drones for its border forces. "
  "Fernando Grande-Marlaska, the interior minister, praised Moroccan cooperation. "
  "The Spanish Commission for Refugee Aid (CEAR), a non-governmental organisation based in Madrid, said the returns were illegal and accused the minister of ignoring the courts.",
  [("Spain|Spanish government|Spanish", "funds", "Morocco|Rabat|Moroccan"), ("Fernando Grande-Marlaska", "supports", "Morocco|Rabat|Moroccan"),
   ("Spanish Commission for Refugee Aid|CEAR", "criticises", "Fernando Grande-Marlaska"), ("Spain|Spanish", "agreement_with?", "Morocco|Moroccan"),
   ("Spanish Commission for Refugee Aid|CEAR", "located_in?", "Madrid"), ("Fernando Grande-Marlaska", "manages?", "Spain's interior ministry|interior ministry")]),
 ("Switzerland and Eritrea have no readmission agreement, the State Secretariat for Migration (SEM) said in its answer to a parliamentary question. "
  "The secretariat, part of the Federal Department of Justice and Police, is headed by Christine Schraner Burgener. "
  "She told the National Council's political institutions committee that Bern had offered Asmara development aid in exchange for returns. "
  "The Swiss Refugee Council, a critic of the policy, said rejected Eritreans were being pushed into destitution.",
  [("State Secretariat for Migration|SEM", "part_of", "Federal Department of Justice and Police"),
   ("Christine Schraner Burgener", "manages", "State Secretariat for Migration|SEM"), ("Switzerland|Bern", "funds?", "Eritrea|Asmara"),
   ("Swiss Refugee Council", "criticises?", "Switzerland|State Secretariat for Migration")]),
 ("New Zealand's prime minister Jacinda Ardern renewed her offer to resettle 150 refugees a year from Australia's offshore centres. "
  "Canberra had rejected the offer for six years. "
  "Under an arrangement announced in March, Australia and New Zealand agreed that the first group would travel from Nauru. "
  "The Asylum Seeker Resource Centre in Melbourne welcomed the arrangement but attacked the government's refusal to close the centres.",
  [("Australia|Canberra", "agreement_with", "New Zealand"), ("Asylum Seeker Resource Centre", "criticises", "Australia|Canberra"),
   ("Asylum Seeker Resource Centre", "located_in?", "Melbourne")]),
 ("In a written question to the Commission, the Dutch MEP Tineke Strik asked how much money EUCAP Sahel Niger had received since 2017. "
  "Answering for the Commission, the high representative Josep Borrell said the mission, which is based in Niamey, had a budget of €72 million. "
  "EUCAP Sahel Niger is a civilian mission of the European Union that trains Niger's police and gendarmerie. "
  "Ms Strik criticised the mission after the junta in Niamey repealed the 2015 anti-smuggling law.",
  [("EUCAP Sahel Niger", "part_of", "European Union"), ("Tineke Strik", "criticises", "EUCAP Sahel Niger"),
   ("EUCAP Sahel Niger", "located_in?", "Niamey"), ("European Union", "funds?", "EUCAP Sahel Niger"), ("EUCAP Sahel Niger", "cooperates_with?", "Niger")]),
 ("Texas governor Greg Abbott has sent more than 30,000 migrants on buses to Chicago, New York and Denver since 2022. "
  "Chicago's mayor Brandon Johnson accused him of using people as political props. "
  "The city has paid Favorite Staffing, a private company, $150 million to run its shelters. "
  "Abbott also deployed National Guard soldiers to Eagle Pass, where Texas took control of Shelby Park from the Border Patrol.",
  [("Brandon Johnson", "criticises", "Greg Abbott|Abbott"), ("Chicago", "funds", "Favorite Staffing"), ("Greg Abbott|Abbott|Texas", "deploys_to", "Eagle Pass"),
   ("Texas", "manages?", "Shelby Park"), ("Shelby Park", "located_in?", "Eagle Pass")]),
 ("The World Food Programme cut food rations for 1.5 million refugees in Uganda after donors reduced their contributions. "
  "The United States, the agency's biggest donor, gave WFP $80 million for Uganda this year, down from $120 million. "
  "Uganda's minister for refugees, Hilary Onek, criticised the cuts and appealed to the European Union for help. "
  "The Office of the Prime Minister, which runs Uganda's refugee settlements together with UNHCR, said Nakivale would be hit hardest.",
  [("United States", "funds", "World Food Programme|WFP"), ("Office of the Prime Minister", "cooperates_with", "UNHCR"),
   ("Hilary Onek", "criticises?", "World Food Programme|WFP"), ("Office of the Prime Minister", "part_of?", "Uganda")]),
 ("Latvia's State Border Guard said on Friday it had prevented 5,000 attempts to cross from Belarus this year. "
  "The border guard turned the people back into Belarusian territory, a spokeswoman said. "
  "Estonia sent 40 police officers to Latvia in August to help patrol the frontier. "
  "The Latvian Centre for Human Rights said the pushbacks breached the European Convention on Human Rights and criticised the government for detaining journalists.",
  [("State Border Guard|Latvia", "turns_back", "Belarus|Belarusian"), ("Estonia", "deploys_to", "Latvia"), ("Latvian Centre for Human Rights", "criticises", "Latvia"),
   ("Latvian Centre for Human Rights", "criticises?", "State Border Guard"), ("State Border Guard", "part_of?", "Latvia")]),
 ("Clearsprings Ready Homes, which provides asylum accommodation in the south of England under a Home Office contract, made a profit of £62 million last year. "
  "The company is owned by Graham King, a businessman from Essex. "
  "Enver Solomon, chief executive of the Refugee Council, said the firm was profiting from misery. "
  "A Home Office spokesperson defended the contract.",
  [("Graham King", "owns", "Clearsprings Ready Homes"), ("Enver Solomon", "manages", "Refugee Council"), ("Enver Solomon", "criticises", "Clearsprings Ready Homes"),
   ("Home Office", "agreement_with?", "Clearsprings Ready Homes"), ("Home Office", "funds?", "Clearsprings Ready Homes"), ("Graham King", "located_in?", "Essex"),
   ("Home Office", "supports?", "Clearsprings Ready Homes")]),
 ("The European Union announced a €1 billion package for Lebanon on Thursday, most of it for the country's security forces and for Syrian refugees. "
  "Nikos Christodoulides, the president of Cyprus, accompanied Ursula von der Leyen to Beirut and thanked the Lebanese government for stopping boats. "
  "Lebanon's General Security has deported hundreds of Syrians since April. "
  "Human Rights Watch said the EU was making itself complicit in the deportations.",
  [("European Union|EU", "funds", "Lebanon|Lebanese"), ("Nikos Christodoulides", "visits", "Beirut"), ("Ursula von der Leyen", "visits", "Beirut"),
   ("Nikos Christodoulides", "supports", "Lebanon|Lebanese government|Lebanese"), ("Human Rights Watch", "criticises", "European Union|EU"),
   ("General Security", "part_of?", "Lebanon")]),
 ("Costa Rica agreed in February to receive 200 deportees from third countries under an arrangement with the United States. "
  "The deportees, from China, India and Uzbekistan, were taken to the Temporary Migrant Care Centre in Corredores, near the border with Panama. "
  "The International Organization for Migration, which is paid by Washington to run the centre, said it would help them return home.",
  [("Costa Rica", "agreement_with", "United States|Washington"), ("Temporary Migrant Care Centre", "located_in", "Corredores"),
   ("United States|Washington", "funds", "International Organization for Migration"), ("International Organization for Migration", "manages", "Temporary Migrant Care Centre")]),
 ("Bulgaria has deployed 1,000 additional border police officers to Elhovo, on the frontier with Turkey, the interior ministry in Sofia said. "
  "Interior minister Kalin Stoyanov said the European Commission would pay for a new camera system on the fence. "
  "The Bulgarian Helsinki Committee accused the Border Police of beating migrants and pushing them back to Turkey. "
  "In its annual report, the committee also criticised the State Agency for Refugees for poor conditions at the Harmanli reception centre.",
  [("Bulgaria", "deploys_to", "Elhovo"), ("Bulgarian Helsinki Committee", "criticises", "Border Police|Bulgaria"),
   ("Bulgarian Helsinki Committee", "criticises", "State Agency for Refugees"), ("European Commission", "funds?", "Bulgaria"),
   ("Border Police|Bulgaria", "turns_back?", "Turkey")]),
 ("La Cimade, a French charity that works in administrative detention centres, said 46,000 people were held in 2023. "
  "The group has criticised the immigration law passed in January, which the Constitutional Council partly struck down. "
  "Gérald Darmanin, the interior minister who drafted the law, welcomed the council's ruling. "
  "La Cimade is funded in part by France's Ministry of the Interior through public contracts.",
  [("Gérald Darmanin", "supports", "Constitutional Council"), ("Ministry of the Interior|France", "funds", "La Cimade"),
   ("Gérald Darmanin", "manages?", "Ministry of the Interior")]),
 ("El Salvador's president Nayib Bukele agreed to hold deportees from the United States in the Terrorism Confinement Centre, a mega-prison in Tecoluca. "
  "Washington will pay San Salvador $6 million a year for the arrangement. "
  "Secretary of State Marco Rubio, who visited Bukele at his lakeside residence, called him a great friend. "
  "Cristosal, a human rights group based in San Salvador, condemned the deal and said detainees had no access to lawyers.",
  [("El Salvador|San Salvador|Nayib Bukele", "agreement_with", "United States|Washington"), ("United States|Washington", "funds", "El Salvador|San Salvador"),
   ("Terrorism Confinement Centre", "located_in", "Tecoluca"), ("Marco Rubio", "supports", "Nayib Bukele|Bukele"),
   ("Cristosal", "criticises?", "El Salvador|Nayib Bukele"), ("Cristosal", "criticises?", "United States"), ("Cristosal", "located_in?", "San Salvador"),
   ("Marco Rubio", "manages?", "State")]),
 ("The rescue ship Sea-Watch 5, operated by the German charity Sea-Watch, was ordered to sail to Ravenna, four days from the rescue zone. "
  "The ship's captain said the Italian authorities were deliberately wasting the crew's time. "
  "Sea-Watch has repeatedly criticised the Piantedosi decree, which requires rescue ships to go to an assigned port straight away. "
  "The charity receives money from the Evangelical Church in Germany, which founded the United4Rescue alliance.",
  [("Sea-Watch", "manages", "Sea-Watch 5"), ("Sea-Watch", "criticises", "Piantedosi decree"), ("Evangelical Church in Germany", "funds", "Sea-Watch"),
   ("Evangelical Church in Germany", "part_of?", "United4Rescue"), ("Sea-Watch", "located_in?", "Germany|German")]),
 ("Portugal's Agency for Integration, Migration and Asylum (AIMA) replaced the Immigration and Borders Service in October 2023. "
  "The new agency, part of the Ministry of the Presidency, is led by Luís Goes Pinheiro. "
  "Answering MPs on Tuesday, he said AIMA had a backlog of 400,000 residence cases. "
  "The Portuguese Refugee Council praised the agency's efforts but criticised the government for cutting its budget.",
  [("Agency for Integration, Migration and Asylum|AIMA", "part_of", "Ministry of the Presidency"),
   ("Luís Goes Pinheiro", "manages", "Agency for Integration, Migration and Asylum|AIMA"),
   ("Portuguese Refugee Council", "supports", "Agency for Integration, Migration and Asylum|AIMA"), ("Portuguese Refugee Council", "criticises", "Portugal"),
   ("Agency for Integration, Migration and Asylum|AIMA", "part_of?", "Portugal")]),
 ("The Gambia and the European Union have agreed a new returns procedure, the EU delegation in Banjul said in a statement. "
  "Under the Gambia-EU good practices document, Gambian officials will issue travel documents within two weeks. "
  "The EU has given the Gambia €25 million for the Tekki Fii programme for returnees, which the International Trade Centre manages.",
  [("Gambia|Gambian", "agreement_with", "European Union|EU"), ("European Union|EU", "funds", "Gambia"),
   ("International Trade Centre", "manages", "Tekki Fii"), ("European Union|EU", "funds?", "Tekki Fii")]),
 ("The Government Accountability Office said in a report that Immigration and Customs Enforcement had paid CoreCivic $1.2 billion for detention since 2020. "
  "CoreCivic, based in Nashville, runs the South Texas Family Residential Center in Dilley. "
  "Senator Elizabeth Warren, a longtime critic of private prisons, said the company was profiting from family detention. "
  "CoreCivic's chief executive Damon Hininger rejected Warren's claims.",
  [("Immigration and Customs Enforcement|ICE", "funds", "CoreCivic"), ("CoreCivic", "manages", "South Texas Family Residential Center"),
   ("South Texas Family Residential Center", "located_in", "Dilley"), ("Elizabeth Warren|Warren", "criticises", "CoreCivic"),
   ("Damon Hininger", "manages", "CoreCivic"), ("Damon Hininger", "criticises", "Elizabeth Warren|Warren"), ("CoreCivic", "located_in?", "Nashville")]),
 ("Petr Fiala, the Czech prime minister, said on Thursday that his government backed the EU's Pact on Migration and Asylum. "
  "\"The pact is a good compromise for Czechia,\" Fiala told reporters in Prague. "
  "Slovakia's prime minister Robert Fico, a vocal opponent of the pact, said Bratislava would not accept a single migrant. "
  "The Czech Pirate Party, which left the governing coalition in 2024, also criticised Fico.",
  [("Petr Fiala|Fiala", "supports", "Pact on Migration and Asylum"), ("Robert Fico|Fico", "criticises", "Pact on Migration and Asylum"),
   ("Czech Pirate Party", "criticises", "Robert Fico|Fico"), ("Czech Republic|Czech|Czechia", "supports?", "Pact on Migration and Asylum")]),
 ("Romania's General Inspectorate for Immigration opened a transit centre in Timișoara for refugees from Ukraine with money from the UN refugee agency. "
  "Moldova's interior minister Ana Revenco visited the centre on Monday. "
  "\"Romania has been a true friend to Moldova and to Ukraine,\" she said. "
  "The inspectorate, which is part of Romania's Ministry of Internal Affairs, said 90,000 Ukrainians lived in the country.",
  [("UN refugee agency|UNHCR", "funds", "General Inspectorate for Immigration|Romania"), ("Ana Revenco", "supports", "Romania"),
   ("General Inspectorate for Immigration", "part_of", "Ministry of Internal Affairs|Romania's Ministry of Internal Affairs"),
   ("Ana Revenco", "visits?", "Timișoara")]),
]


def half(name: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The DEV or ASIDE items (split by the parity of the text's MD5)."""
    return [it for it in ITEMS if (int(hashlib.md5(it[0].encode()).hexdigest(), 16) % 2 == 0) == (name == "dev")]


def main() -> int:
    from relations_migration import main as run  # the first probe's scoring and labelling conventions

    return run(half, "relations_migration2.py")


if __name__ == "__main__":
    raise SystemExit(main())
