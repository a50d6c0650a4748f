"""Quote-speaker probe in the migration-policy genre: short documents (government press releases
with minister quotes, NGO statements, news with several speakers, interviews, reports quoting
officials) about many countries, written 2026-12-03 by the quotes helper (fourth session). Every
quotation's speaker was labelled before anything was run on the texts.

    python benchmarks/probes/quotes_migration.py dev     # score, and list the errors
    python benchmarks/probes/quotes_migration.py aside   # score only (the held-out half)
    python benchmarks/probes/quotes_migration.py dev-extra  # documents written during development

The documents are split into DEV and ASIDE halves by the SHA-1 of their text (first hex digit
0-7: DEV), fixed before any run; DEV is read while fixing classes, ASIDE is only ever scored.

Labels: each quotation is named by a piece of its words and given the acceptable speakers. The
quotes table's conventions (notes/quotes.md): a pronoun or a role noun ("he said", "the minister
said") stands for its antecedent's name; a body's noun or a spokesperson ("the council said", "a
spokeswoman for the ministry") keeps its own words and takes the body's entity, so both the
phrase and the body are accepted. Scoring: a quotation is found when a row of the quotes table
contains the piece; it is right when the row's speaker text, or a mention of the row's speaker
entity, equals one of its labels after normalisation (case, a leading "the", a possessive "'s",
curly apostrophes, spaces). Speaker accuracy is over the quotations found.
"""

from __future__ import annotations

import hashlib
import re
import sys

DOCS = [
    # 1 Germany: press release, pronoun continuation, apposition title
    ("BERLIN — The Federal Ministry of the Interior today presented its draft law on faster returns.\n\n"
     "Federal Interior Minister Katrin Vogelsang said: “We are sending a clear signal. Those who have no right to "
     "stay must leave the country more quickly.”\n\n"
     "“At the same time, we are opening legal routes for skilled workers,” she added.\n\n"
     "The president of the Federal Office for Migration and Refugees, Dieter Albrecht, welcomed the draft. "
     "“Our caseworkers need procedures that can be completed within six months,” he said.",
     [("We are sending a clear signal", ["Katrin Vogelsang"]),
      ("At the same time, we are opening", ["Katrin Vogelsang"]),
      ("Our caseworkers need procedures", ["Dieter Albrecht"])]),
    # 2 Canada: "the minister said" after another person spoke
    ("Canada's Immigration Minister Priya Ramsay visited a reception centre in Montreal on Tuesday, where she met "
     "staff and families who had crossed at Roxham Road.\n\n"
     "The centre's director, Luc Tremblay, said the building was at twice its capacity. “We have people sleeping in "
     "the corridors,” Tremblay said.\n\n"
     "“The provinces cannot carry this alone,” the minister said, promising federal funding within weeks.\n\n"
     "Quebec's premier, Marc Bouchard, said in a statement that the money was “long overdue and far too little”.",
     [("We have people sleeping", ["Luc Tremblay"]),
      ("The provinces cannot carry", ["Priya Ramsay"]),
      ("long overdue and far too little", ["Marc Bouchard"])]),
    # 3 Ireland: "Minister for X, Name, said:"
    ("DUBLIN — The Government has approved the purchase of four new reception centres for international "
     "protection applicants.\n\n"
     "Minister for Children, Equality and Integration, Róisín Gallagher, said: “No family will be left without a "
     "roof this winter. We are adding 2,000 beds by March.”\n\n"
     "The Irish Refugee Council said the plan came too late. “Hundreds of men are still sleeping in tents along "
     "the canal,” said its chief executive, Nick Henderson.\n\n"
     "Minister of State for Integration, Declan Moran, told the Dáil that contracts would be signed “within days, "
     "not weeks”.",
     [("No family will be left", ["Róisín Gallagher"]),
      ("Hundreds of men are still", ["Nick Henderson"]),
      ("within days, not weeks", ["Declan Moran"])]),
    # 4 Greece: anonymous official after "according to", agency statement
    ("ATHENS — Greece will extend its suspension of asylum applications for people arriving by sea from North "
     "Africa, according to a senior official at the Ministry of Migration and Asylum.\n\n"
     "“The numbers arriving in Crete have not come down,” the official said, speaking on condition of anonymity.\n\n"
     "The UN refugee agency, UNHCR, said it was deeply concerned. “Suspending the right to seek asylum has no "
     "basis in international law,” the agency said in a statement.",
     [("The numbers arriving in Crete", ["a senior official at the Ministry of Migration and Asylum", "the official",
                                         "Ministry of Migration and Asylum"]),
      ("Suspending the right to seek asylum", ["UNHCR", "The UN refugee agency", "the agency"])]),
    # 5 Spain: spokespeople for bodies
    ("MADRID — More than 1,100 people reached the Canary Islands over the weekend, the largest number since "
     "January.\n\n"
     "“Reception capacity on El Hierro is completely overwhelmed,” a spokeswoman for the Canary Islands regional "
     "government told reporters in Santa Cruz.\n\n"
     "A spokesman for the Spanish interior ministry said extra police had been sent. “We are transferring people "
     "to the mainland every day,” he said.\n\n"
     "The regional president, Fernando Clavijo Reyes, called it “a humanitarian emergency that Madrid still "
     "ignores”.",
     [("Reception capacity on El Hierro", ["a spokeswoman for the Canary Islands regional government",
                                           "Canary Islands regional government", "Canary Islands"]),
      ("We are transferring people", ["A spokesman for the Spanish interior ministry", "Spanish interior ministry",
                                      "interior ministry"]),
      ("a humanitarian emergency that Madrid", ["Fernando Clavijo Reyes"])]),
    # 6 Australia: press-release block over several paragraphs, then an NGO
    ("CANBERRA — The Government has announced a new regional processing arrangement.\n\n"
     "Minister for Immigration, Citizenship and Multicultural Affairs, Daniel Okafor, said:\n\n"
     "“This arrangement gives certainty to people who have waited too long.\n\n"
     "“It also sends a message to people smugglers that the route is closed.\n\n"
     "“We will work closely with our partners in Nauru.”\n\n"
     "The Refugee Council of Australia's chief executive, Paul Whitaker, said the announcement was disappointing. "
     "“Offshore processing has cost billions and broken lives,” he said.",
     [("This arrangement gives certainty", ["Daniel Okafor"]),
      ("Offshore processing has cost", ["Paul Whitaker"])]),
    # 7 Netherlands: "Minister ... said:" then one closed quotation per paragraph
    ("THE HAGUE — The Dutch cabinet today sent the Asylum Emergency Measures Bill to the House of "
     "Representatives.\n\n"
     "Minister for Asylum and Migration Hendrik Jansen said:\n\n"
     "“The Netherlands is taking responsibility, but our reception system is at its limit.”\n\n"
     "“With this bill we end the temporary asylum permit for five years.”\n\n"
     "“I expect the House to treat it with urgency.”\n\n"
     "The Dutch Council for Refugees said the bill would create chaos. “These measures will only lengthen the "
     "queues,” a spokesperson said.",
     [("The Netherlands is taking responsibility", ["Hendrik Jansen"]),
      ("With this bill we end", ["Hendrik Jansen"]),
      ("I expect the House", ["Hendrik Jansen"]),
      ("These measures will only lengthen", ["Dutch Council for Refugees", "a spokesperson"])]),
    # 8 Italy: "X told Y"
    ("ROME — Italy's interior minister, Matteo Corsini, told the Senate on Wednesday that the agreement with "
     "Albania would be “fully operational by the spring”.\n\n"
     "The opposition leader, Elena Ferraro, told Corriere della Sera that the centres were “a propaganda exercise "
     "that costs a fortune”.\n\n"
     "Sea-Watch spokesperson Giorgia Linardi told AFP: “Every week that the centres stay empty proves the plan does "
     "not work.”",
     [("fully operational by the spring", ["Matteo Corsini"]),
      ("a propaganda exercise that costs", ["Elena Ferraro"]),
      ("Every week that the centres", ["Giorgia Linardi"])]),
    # 9 Lebanon: "Y quoted X as saying", a named refugee
    ("BEIRUT — Lebanon's minister for the displaced, Karim Haddad, said the government would resume organised "
     "returns to Syria next month.\n\n"
     "The state-run National News Agency quoted Haddad as saying that “the security situation in most Syrian "
     "provinces now allows people to go home”.\n\n"
     "The UN refugee agency said returns must be voluntary. “No one should be forced to return to a place where "
     "their safety cannot be guaranteed,” said Ayaki Ito, UNHCR's representative in Lebanon.\n\n"
     "A Syrian refugee in the Bekaa valley, Omar Khalil, 34, told Reuters: “I would go back tomorrow if I knew I "
     "would not be arrested at the border.”",
     [("the security situation in most Syrian", ["Karim Haddad"]),
      ("No one should be forced", ["Ayaki Ito"]),
      ("I would go back tomorrow", ["Omar Khalil"])]),
    # 10 Poland: split quotes, "said in a statement"
    ("WARSAW — Poland will temporarily suspend the right to asylum on its border with Belarus, Prime Minister "
     "Tomasz Wierzbicki said on Saturday.\n\n"
     "“We will not allow Lukashenko to use people as a weapon,” Wierzbicki said. “This is a question of national "
     "security.”\n\n"
     "Amnesty International said in a statement that the move was “a blatant violation of EU law”.\n\n"
     "“Poland cannot simply switch off its international obligations,” said Agnieszka Kowalczyk, a lawyer with the "
     "Association for Legal Intervention. “People will die in the forest.”",
     [("We will not allow Lukashenko", ["Tomasz Wierzbicki"]),
      ("This is a question of national", ["Tomasz Wierzbicki"]),
      ("a blatant violation of EU law", ["Amnesty International"]),
      ("Poland cannot simply switch", ["Agnieszka Kowalczyk"]),
      ("People will die in the forest", ["Agnieszka Kowalczyk"])]),
    # 11 Kenya: interview
    ("NAIROBI — In an interview with The Standard, Kenya's Commissioner for Refugee Affairs, Grace Wanjiru, "
     "explained the new plan for Kakuma and Dadaab.\n\n"
     "Asked whether the camps would close, she said: “The camps will become integrated settlements. Refugees "
     "will be able to work and trade with their Kenyan neighbours.”\n\n"
     "She rejected criticism from the opposition. “Nobody is being sent anywhere,” she said.\n\n"
     "Turkana's governor, Joseph Ekalale, was less enthusiastic. “We were not consulted, and our own people still "
     "lack water,” he told the newspaper.",
     [("The camps will become integrated", ["Grace Wanjiru"]),
      ("Nobody is being sent anywhere", ["Grace Wanjiru"]),
      ("We were not consulted", ["Joseph Ekalale"])]),
    # 12 Sweden: an audit report and an agency head
    ("STOCKHOLM — A report by the Swedish National Audit Office found that the Migration Agency had failed to meet "
     "its own targets for processing times.\n\n"
     "“The agency has not had a clear picture of where applications get stuck,” the report said.\n\n"
     "The Migration Agency's director-general, Maria Lindqvist, said the findings were fair. “We have already "
     "hired 300 new caseworkers,” she said.\n\n"
     "Migration Minister Anders Holmqvist said he would ask for a follow-up review.",
     [("The agency has not had a clear picture", ["the report", "Swedish National Audit Office",
                                                  "A report by the Swedish National Audit Office"]),
      ("We have already hired", ["Maria Lindqvist"])]),
    # 13 United States: split quote, a lawyer
    ("EL PASO, Texas — Border agents apprehended about 1,800 migrants a day last month, down from 6,000 in "
     "December, according to figures released by Customs and Border Protection.\n\n"
     "“Enforcement is working,” Homeland Security Secretary Daniel Reyes said at a news conference in El Paso. "
     "“The cartels are losing business.”\n\n"
     "El Paso's mayor, Linda Cortez, said shelters in the city were half empty for the first time in two years.\n\n"
     "Immigration lawyers disagreed. “People are not coming because they are being turned away before they can ask "
     "for asylum,” said Rebecca Lowe, a lawyer with the Texas Civil Rights Project.",
     [("Enforcement is working", ["Daniel Reyes"]),
      ("The cartels are losing business", ["Daniel Reyes"]),
      ("People are not coming because", ["Rebecca Lowe"])]),
    # 14 United Kingdom: "the Home Secretary said" after an MP spoke
    ("LONDON — The Home Secretary, Amanda Whitfield, announced on Monday that asylum hotels in twelve towns would "
     "close by the end of the year.\n\n"
     "Speaking in Dover, the Conservative MP for the town, Richard Hale, said the closures were welcome but "
     "overdue. “My constituents have been asking for this for three years,” Hale said.\n\n"
     "“We are ending the use of hotels once and for all,” the Home Secretary said, adding that the savings would "
     "reach £1bn.",
     [("My constituents have been asking", ["Richard Hale"]),
      ("We are ending the use of hotels", ["Amanda Whitfield"])]),
    # 15 Denmark: glued title, then "the minister said" after an NGO head
    ("COPENHAGEN — Denmark's Immigration and Integration Minister Kaare Lindholm presented plans for a reception "
     "centre outside the EU on Thursday.\n\n"
     "Ulla Mortensen, secretary general of the Danish Refugee Council, criticised the idea. “Denmark is outsourcing "
     "its responsibility to countries with far fewer resources,” she said.\n\n"
     "“We are in talks with several partners and we expect an agreement this year,” the minister said.\n\n"
     "Asked which countries were involved, he declined to give names.",
     [("Denmark is outsourcing", ["Ulla Mortensen"]),
      ("We are in talks with several partners", ["Kaare Lindholm"])]),
    # 16 Austria: "X, the interior minister," then "the minister said" after another speaker
    ("VIENNA — Austria has paused family reunification for refugees for six months, the government said on "
     "Wednesday.\n\n"
     "Lukas Brandstetter, the interior minister, said schools in Vienna could not absorb more children. “Our "
     "classrooms are full and our teachers are exhausted,” he said.\n\n"
     "Sabine Huber, the Greens' migration spokeswoman, said the measure breached EU law. “This is a suspension of "
     "a fundamental right,” Huber said.\n\n"
     "“We are acting within the law and we will defend this in court,” the minister said.",
     [("Our classrooms are full", ["Lukas Brandstetter"]),
      ("This is a suspension of a fundamental", ["Sabine Huber"]),
      ("We are acting within the law", ["Lukas Brandstetter"])]),
    # 17 Mexico: officials at an institute
    ("MEXICO CITY — Mexico's National Migration Institute has begun moving migrants from the northern border to "
     "cities in the south, officials at the institute said.\n\n"
     "“We are moving people to Tapachula and Villahermosa to ease pressure on Ciudad Juárez,” one official at the "
     "institute told reporters.\n\n"
     "The Jesuit Refugee Service in Mexico said the transfers were traumatic. “Families are put on buses at night "
     "without knowing where they are going,” said its director, Father Alejandro Ruiz.",
     [("We are moving people to Tapachula", ["one official at the institute", "National Migration Institute"]),
      ("Families are put on buses", ["Alejandro Ruiz", "Father Alejandro Ruiz"])]),
    # 18 Libya / Belgium: NGO statement
    ("TRIPOLI — Médecins Sans Frontières (MSF) has suspended its activities in two detention centres in Tripoli "
     "after repeated violence against detainees.\n\n"
     "“Our teams witnessed guards beating people who were trying to escape,” said Ahmed Bilal, MSF's head of "
     "mission in Libya. “We cannot provide care in these conditions.”\n\n"
     "“The European Union continues to fund the coastguard that brings people back to these centres,” MSF said in "
     "a statement. “This must stop.”\n\n"
     "The Libyan Directorate for Combating Illegal Migration did not respond to a request for comment.",
     [("Our teams witnessed guards", ["Ahmed Bilal"]),
      ("We cannot provide care", ["Ahmed Bilal"]),
      ("The European Union continues to fund", ["MSF", "Médecins Sans Frontières"]),
      ("This must stop", ["MSF", "Médecins Sans Frontières"])]),
    # 19 Japan
    ("TOKYO — Japan's Immigration Services Agency said on Friday it would introduce a new system for foreign "
     "trainees from 2027.\n\n"
     "Justice Minister Keiko Nakamura told a news conference that the current programme had been “used to exploit "
     "workers for decades”. “The new system puts the protection of workers first,” she said.\n\n"
     "A spokesman for the Japan Business Federation said employers welcomed the change but needed time to adapt.",
     [("used to exploit workers for decades", ["Keiko Nakamura"]),
      ("The new system puts the protection", ["Keiko Nakamura"])]),
    # 20 South Africa
    ("JOHANNESBURG — South Africa's Department of Home Affairs will not renew the special permits of 178,000 "
     "Zimbabweans, Home Affairs Minister Thabo Nkosi said on Monday.\n\n"
     "“The permits were always meant to be temporary,” Nkosi said in Pretoria.\n\n"
     "The Helen Suzman Foundation, which challenged the decision in court, said the minister had ignored the "
     "ruling. “The court was clear that the permit holders must be heard first,” the foundation said.\n\n"
     "A Zimbabwean teacher in Soweto, Tendai Moyo, told the Mail & Guardian: “I have lived here for fifteen years. "
     "My children know no other home.”",
     [("The permits were always meant", ["Thabo Nkosi"]),
      ("The court was clear", ["Helen Suzman Foundation", "the foundation"]),
      ("I have lived here for fifteen", ["Tendai Moyo"])]),
    # 21 Colombia
    ("BOGOTÁ — Colombia will grant temporary protection status to a further 500,000 Venezuelans, the director of "
     "Migración Colombia, Carolina Mejía, announced on Tuesday.\n\n"
     "“Regularisation is the best tool we have against exploitation,” Mejía said. “People who are registered pay "
     "taxes and send their children to school.”\n\n"
     "The mayor of Cúcuta, Jorge Acevedo, said the border city needed more money from Bogotá. “We receive the "
     "people, but the resources stay in the capital,” Acevedo told Caracol Radio.",
     [("Regularisation is the best tool", ["Carolina Mejía"]),
      ("People who are registered pay", ["Carolina Mejía"]),
      ("We receive the people", ["Jorge Acevedo"])]),
    # 22 Bangladesh
    ("COX'S BAZAR — Bangladesh has asked donors for an additional $300 million for Rohingya refugees after food "
     "rations were cut to $8 a month.\n\n"
     "The Refugee Relief and Repatriation Commissioner, Shamsul Karim, said malnutrition in the camps had reached "
     "its highest level since 2017. “Children are going hungry,” he said.\n\n"
     "A World Food Programme spokesperson in Dhaka said the agency had been forced to cut rations for lack of "
     "funding. “We are doing everything we can to restore the full ration,” the spokesperson said.\n\n"
     "“Our children cry at night because they are hungry,” said Noor Begum, a mother of four in camp 14.",
     [("Children are going hungry", ["Shamsul Karim"]),
      ("We are doing everything we can", ["World Food Programme", "A World Food Programme spokesperson",
                                          "the spokesperson", "A World Food Programme spokesperson in Dhaka"]),
      ("Our children cry at night", ["Noor Begum"])]),
    # 23 Tunisia / EU
    ("TUNIS — The European Commission and Tunisia signed a memorandum of understanding on migration on Sunday.\n\n"
     "Commissioner for Migration, Petra Lindgren, said: “This partnership will save lives at sea and break the "
     "business model of the smugglers.”\n\n"
     "Tunisia's foreign minister, Mounir Ben Salah, said his country would not become “a border guard for Europe "
     "or anyone else”.\n\n"
     "Human Rights Watch said the deal rewarded abuse. “The EU is funding security forces that have dumped migrants "
     "in the desert,” said Lauren Seibert, a refugee rights researcher at the group.",
     [("This partnership will save lives", ["Petra Lindgren"]),
      ("a border guard for Europe", ["Mounir Ben Salah"]),
      ("The EU is funding security forces", ["Lauren Seibert"])]),
    # 24 Finland: "the minister said ... she said" after an NGO head
    ("HELSINKI — Finland will keep its eastern border with Russia closed until further notice, Interior Minister "
     "Liisa Korhonen announced on Thursday.\n\n"
     "“Russia is deliberately sending people to our border,” Korhonen said. “This is hybrid warfare, not "
     "migration.”\n\n"
     "The Finnish Red Cross said it was concerned about people stranded on the Russian side. “Everyone has the "
     "right to have their asylum claim examined,” said its secretary general, Anna Virtanen.\n\n"
     "The minister said the closure would be reviewed every two weeks. “We will open the crossings when the threat "
     "has passed,” she said.",
     [("Russia is deliberately sending", ["Liisa Korhonen"]),
      ("This is hybrid warfare", ["Liisa Korhonen"]),
      ("Everyone has the right to have", ["Anna Virtanen"]),
      ("We will open the crossings", ["Liisa Korhonen"])]),
    # 25 Morocco: "according to" before quotations of others
    ("RABAT — Moroccan authorities prevented 87,000 attempts to cross irregularly into Europe last year, according "
     "to the interior ministry.\n\n"
     "“Morocco is a reliable partner, but we are not Europe's gendarme,” Interior Minister Driss Alaoui told "
     "parliament on Tuesday.\n\n"
     "According to a report by the Moroccan Association for Human Rights, at least 40 people died trying to reach "
     "Ceuta by swimming. “The authorities treat young people as a security problem,” said the association's "
     "president, Latifa Bennani.",
     [("Morocco is a reliable partner", ["Driss Alaoui"]),
      ("The authorities treat young people", ["Latifa Bennani"])]),
    # 26 New Zealand: press release without quotation marks
    ("WELLINGTON — The Government has announced changes to the Accredited Employer Work Visa.\n\n"
     "Immigration Minister Grant Whaanga said:\n\n"
     "These changes will help businesses get the workers they need while protecting New Zealand workers.\n\n"
     "We are removing the requirement to advertise roles for 21 days, which employers told us was costly and "
     "slow.\n\n"
     "The changes take effect on 10 March. Further information is available on the Immigration New Zealand "
     "website.",
     [("These changes will help businesses", ["Grant Whaanga"]),
      ("We are removing the requirement", ["Grant Whaanga"])]),
    # 27 Belgium: a block for one speaker, then another speaker's block
    ("BRUSSELS — The federal government has opened 1,500 new reception places for asylum seekers.\n\n"
     "State Secretary for Asylum and Migration, Pieter Claes, said:\n\n"
     "“Nobody should have to sleep on the street while their application is being examined.\n\n"
     "“These places will be available from Monday in Brussels, Ghent and Liège.”\n\n"
     "“We also need other European countries to take their share,” he added.\n\n"
     "Fedasil director general Koen Maes said: “Our staff have worked day and night to prepare the buildings.”\n\n"
     "“We will continue to look for more places,” he said.",
     [("Nobody should have to sleep", ["Pieter Claes"]),
      ("We also need other European countries", ["Pieter Claes"]),
      ("Our staff have worked day and night", ["Koen Maes"]),
      ("We will continue to look for more places", ["Koen Maes"])]),
    # 28 Portugal: interview
    ("LISBON — Portugal has ended the scheme that allowed foreigners to apply for residence after entering on a "
     "tourist visa. In an interview with Público, the minister for migration, Sofia Marques, defended the "
     "decision.\n\n"
     "“The old system created a backlog of 400,000 cases,” Marques said. “No country can manage migration like "
     "that.”\n\n"
     "Asked about workers already in the country, she said: “Everyone who has applied will have their case "
     "decided.”\n\n"
     "The Portuguese Refugee Council said the change would push people into irregularity.",
     [("The old system created a backlog", ["Sofia Marques"]),
      ("No country can manage migration", ["Sofia Marques"]),
      ("Everyone who has applied", ["Sofia Marques"])]),
    # 29 Brazil
    ("BOA VISTA — Brazil's federal government will expand Operation Welcome, which relocates Venezuelan migrants "
     "from Roraima to other states.\n\n"
     "“More than 130,000 people have already been relocated,” said the operation's coordinator, General Carlos "
     "Pereira. “They arrive in Roraima with nothing and leave with a job offer.”\n\n"
     "Roraima's governor, Paulo Sampaio, told the newspaper Folha de S.Paulo that the state's hospitals were still "
     "overwhelmed. “Half of the patients in our maternity ward are Venezuelan,” he said.",
     [("More than 130,000 people", ["Carlos Pereira", "General Carlos Pereira"]),
      ("They arrive in Roraima", ["Carlos Pereira", "General Carlos Pereira"]),
      ("Half of the patients", ["Paulo Sampaio"])]),
    # 30 Thailand: an unnamed aid worker
    ("MAE SOT, Thailand — Thai authorities have set up temporary shelters for about 3,000 people who crossed from "
     "Myanmar after fighting near Myawaddy.\n\n"
     "The governor of Tak province, Somchai Kitcharoen, said the shelters were “a temporary humanitarian measure "
     "only”. “When the fighting stops, they will go back,” he said.\n\n"
     "A Karen aid worker who asked not to be named told reporters: “People are terrified of the air strikes. Nobody "
     "wants to go back now.”\n\n"
     "The UN refugee agency urged Thailand not to return anyone against their will.",
     [("a temporary humanitarian measure", ["Somchai Kitcharoen"]),
      ("When the fighting stops", ["Somchai Kitcharoen"]),
      ("People are terrified of the air", ["A Karen aid worker", "A Karen aid worker who asked not to be named"])]),
    # 31 Jordan: "she said" after a man spoke
    ("AMMAN — Jordan's planning minister, Rania Haddadin, told donors in Brussels that the kingdom could no longer "
     "carry the cost of hosting 1.3 million Syrians.\n\n"
     "“International support has fallen to less than a third of what we need,” Haddadin said.\n\n"
     "The World Bank's country director for Jordan, Martin Keller, said the bank would extend a concessional loan. "
     "“Jordan has shown what including refugees in the labour market can achieve,” Keller said.\n\n"
     "She said Jordan would keep its borders open “for humanitarian cases, as it always has”.",
     [("International support has fallen", ["Rania Haddadin"]),
      ("Jordan has shown what including", ["Martin Keller"]),
      ("for humanitarian cases, as it always", ["Rania Haddadin"])]),
    # 32 Cyprus
    ("NICOSIA — Cyprus has suspended the processing of asylum applications from Syrians, government spokesman "
     "Andreas Georgiou said on Sunday.\n\n"
     "“We have received more than 2,000 people by boat since the start of April,” Georgiou said. “The system cannot "
     "absorb more.”\n\n"
     "The Cyprus Refugee Council called the suspension unlawful. “A blanket suspension for one nationality is "
     "discrimination,” the council said.",
     [("We have received more than 2,000", ["Andreas Georgiou"]),
      ("The system cannot absorb more", ["Andreas Georgiou"]),
      ("A blanket suspension for one", ["Cyprus Refugee Council", "the council"])]),
    # 33 Malta: "Minister for X, Name, said:", an officer of a body
    ("VALLETTA — Malta's armed forces rescued 112 people from a fishing boat south of the island on Saturday.\n\n"
     "Minister for Home Affairs, Security and Employment, Joseph Farrugia, said: “Malta has once again done its "
     "duty, but we cannot be the only country that answers these calls.”\n\n"
     "Officials at the Armed Forces of Malta said the boat had left from Zuwara in Libya two days earlier. "
     "“Several of the passengers needed medical treatment for dehydration,” an officer told the Times of Malta.",
     [("Malta has once again done its duty", ["Joseph Farrugia"]),
      ("Several of the passengers needed", ["an officer", "Armed Forces of Malta"])]),
    # 34 Türkiye: a spokeswoman for an association
    ("ANKARA — Türkiye has deported more than 50,000 irregular migrants this year, the interior ministry said on "
     "Monday.\n\n"
     "Interior Minister Mehmet Aydın said the new removal centres in Van and Ağrı were “operating at full capacity "
     "already”. “We are determined to stop irregular migration at our borders,” Aydın said.\n\n"
     "The Association for Solidarity with Asylum Seekers and Migrants said many of those deported were Afghans who "
     "had fled the Taliban. “Returning them puts their lives at risk,” a spokeswoman for the association told "
     "Reuters.",
     [("operating at full capacity already", ["Mehmet Aydın"]),
      ("We are determined to stop", ["Mehmet Aydın"]),
      ("Returning them puts their lives", ["a spokeswoman for the association",
                                           "Association for Solidarity with Asylum Seekers and Migrants"])]),
    # 35 United Kingdom: "X, the home secretary," and "the home secretary said" after another speaker
    ("LONDON — The government will lay new rules before Parliament on Thursday that double the time refugees must "
     "wait before applying for settlement.\n\n"
     "Helen Marsh, the home secretary, said the change would “restore order and fairness to the system”. "
     "“Settlement in this country is a privilege that must be earned,” Marsh told the Commons.\n\n"
     "The Refugee Council's chief executive, Imran Shah, said: “Making people wait ten years will trap them in "
     "limbo and poverty.”\n\n"
     "“We will listen to the consultation, but the direction is clear,” the home secretary said.",
     [("restore order and fairness", ["Helen Marsh"]),
      ("Settlement in this country", ["Helen Marsh"]),
      ("Making people wait ten years", ["Imran Shah"]),
      ("We will listen to the consultation", ["Helen Marsh"])]),
    # 36 Chile: a quotation split around its attribution in one sentence
    ("SANTIAGO — Chile has deployed soldiers to its northern border with Peru and Bolivia to stop irregular "
     "crossings.\n\n"
     "“The border is not a sieve,” Interior Undersecretary Rodrigo Fuentes said, “and we will not allow criminal "
     "gangs to use it as one.”\n\n"
     "In the town of Colchane, the mayor, Javier García, said residents felt abandoned. “For years we have asked "
     "for help, and now they send soldiers but no doctors,” he said.\n\n"
     "The Jesuit Migrant Service said the deployment would push people toward more dangerous routes.",
     [("The border is not a sieve", ["Rodrigo Fuentes"]),
      ("and we will not allow criminal gangs", ["Rodrigo Fuentes"]),
      ("For years we have asked", ["Javier García"])]),
]

# Written after the split, during development (10:40 UTC), each batch labelled before it was run:
# development only, never part of ASIDE (``python ... dev-extra``).
DEV_EXTRA = [
    # Norway: press-release block, a second speaker's block
    ("OSLO — The Government will increase the quota for resettlement refugees to 3,000 next year.\n\n"
     "Minister of Labour and Social Inclusion, Ingrid Solberg, said:\n\n"
     "“Norway has a long tradition of helping people in need.\n\n"
     "“The quota lets us choose the most vulnerable, in cooperation with UNHCR.”\n\n"
     "“We will also speed up the settlement of refugees in the municipalities,” she said.\n\n"
     "The Norwegian Organisation for Asylum Seekers (NOAS) welcomed the decision. Its secretary general, "
     "Jon Ole Martinsen, said:\n\n"
     "“This is good news for people who have waited for years in camps.”\n\n"
     "“But the quota is still lower than it was in 2017.”",
     [("Norway has a long tradition", ["Ingrid Solberg"]),
      ("We will also speed up", ["Ingrid Solberg"]),
      ("This is good news for people", ["Jon Ole Martinsen"]),
      ("But the quota is still lower", ["Jon Ole Martinsen"])]),
    # Hungary / Serbia: two ministers, each "the X minister said"
    ("BELGRADE — Hungary's foreign minister, Péter Halmi, and Serbia's interior minister, Dragan Jovanović, "
     "inspected the border fence near Horgoš on Friday.\n\n"
     "“Not a single illegal migrant will cross into the European Union here,” the foreign minister said.\n\n"
     "“Serbian police are patrolling the border day and night,” the interior minister added.\n\n"
     "A spokesperson for Frontex said the agency had not been invited to the visit.",
     [("Not a single illegal migrant", ["Péter Halmi"]),
      ("Serbian police are patrolling", ["Dragan Jovanović"])]),
    # Croatia: officials, a source, a named NGO head after "according to"
    ("ZAGREB — Croatian police returned more than 9,000 people to Bosnia last year, according to data from the "
     "Danish Refugee Council.\n\n"
     "“These pushbacks are systematic and often violent,” said Elena Kovač, who coordinates the council's "
     "protection work in Bihać.\n\n"
     "Officials at the Croatian interior ministry denied the allegations. “Our officers act in accordance with the "
     "law,” a ministry spokesman said.\n\n"
     "A government source, speaking on condition of anonymity, said: “We are protecting the external border of "
     "the Schengen area.”",
     [("These pushbacks are systematic", ["Elena Kovač"]),
      ("Our officers act in accordance", ["a ministry spokesman", "Croatian interior ministry"]),
      ("We are protecting the external border", ["A government source",
                                                 "A government source, speaking on condition of anonymity"])]),
    # Pakistan / Afghanistan: "X told Y", split quotes with "she added"
    ("ISLAMABAD — Pakistan has ordered all undocumented Afghans to leave the country by the end of the month.\n\n"
     "Interior Minister Sarfraz Khan told a news conference in Islamabad that those who stayed would be "
     "“arrested and deported”.\n\n"
     "“Many of these families have lived here for forty years,” said Fatima Qureshi, a lawyer in Peshawar. “Their "
     "children were born in Pakistan,” she added, “and they have never seen Afghanistan.”\n\n"
     "The Taliban's refugee ministry told Tolo News it was preparing camps near the Torkham crossing.",
     [("arrested and deported", ["Sarfraz Khan"]),
      ("Many of these families have lived", ["Fatima Qureshi"]),
      ("Their children were born", ["Fatima Qureshi"]),
      ("and they have never seen", ["Fatima Qureshi"])]),
    # Sudan / Chad: UN officials, "the agency said in a statement", "the official said"
    ("N'DJAMENA — More than 600,000 people have fled Sudan's Darfur region into eastern Chad since April, the "
     "UN refugee agency said.\n\n"
     "“The camps in Adré are at breaking point,” said Laura Lo Castro, the agency's representative in Chad.\n\n"
     "A senior official at the World Food Programme said food stocks would run out in June. “If funding does "
     "not arrive, we will have to stop distributions,” the official said.\n\n"
     "Chad's minister of public security, Mahamat Charfadine, appealed for international help.",
     [("The camps in Adré are at breaking", ["Laura Lo Castro"]),
      ("If funding does not arrive", ["the official", "A senior official at the World Food Programme",
                                      "World Food Programme"])]),
    # Ecuador / Venezuela: "Y quoted X as saying", "in a statement"
    ("QUITO — Ecuador will require Venezuelan travellers to hold a visa from next month, the foreign ministry "
     "announced.\n\n"
     "The newspaper El Comercio quoted Foreign Minister Gabriela Sommerfeld as saying that the measure was "
     "“necessary to keep order at our borders”.\n\n"
     "The Venezuelan opposition said in a statement that the decision would “punish people who are fleeing a "
     "dictatorship”.\n\n"
     "“We will see more people crossing through the mountains,” a UNHCR official in Tulcán told AFP.",
     [("necessary to keep order at our borders", ["Gabriela Sommerfeld"]),
      ("punish people who are fleeing", ["The Venezuelan opposition", "Venezuelan opposition"]),
      ("We will see more people crossing", ["a UNHCR official in Tulcán", "a UNHCR official", "UNHCR"])]),
    # Ireland: the Taoiseach, a title after another speaker
    ("DUBLIN — Taoiseach Simon Harris said the Government would bring forward legislation to return asylum "
     "seekers to the UK.\n\n"
     "“We will not allow Ireland's generosity to be exploited,” Harris told reporters in Government Buildings.\n\n"
     "The leader of the opposition, Mary Lou McDonald, said the Government had lost control. “This is chaos of "
     "their own making,” she said.\n\n"
     "“The law will be changed within weeks,” the Taoiseach said.",
     [("We will not allow Ireland's generosity", ["Simon Harris"]),
      ("This is chaos of their own making", ["Mary Lou McDonald"]),
      ("The law will be changed within weeks", ["Simon Harris"])]),
    # Germany: opening participle, title in apposition, "the chancellor"
    ("BERLIN — Germany will extend controls at all its land borders for another six months.\n\n"
     "Commenting on the decision, Chancellor Olaf Brenner said: “Border controls have reduced irregular arrivals "
     "considerably.”\n\n"
     "Karl Hoffmann, managing director of Pro Asyl, said the controls were illegal under EU law. “Schengen is being "
     "dismantled piece by piece,” Hoffmann said.\n\n"
     "Poland's prime minister criticised the move. “We were not consulted,” he said.\n\n"
     "The chancellor said the controls would be lifted “as soon as the external borders are secure”.",
     [("Border controls have reduced", ["Olaf Brenner"]),
      ("Schengen is being dismantled", ["Karl Hoffmann"]),
      ("We were not consulted", ["Poland's prime minister", "prime minister"]),
      ("as soon as the external borders", ["Olaf Brenner"])]),
    # Indonesia / Malaysia: Rohingya boats, a village head, an official of a body
    ("BANDA ACEH — Hundreds of Rohingya refugees who landed in Aceh have been moved to a temporary shelter in Banda "
     "Aceh.\n\n"
     "“We cannot accept any more boats,” said the head of Pidie village, Muhammad Yusuf. “Our people are poor "
     "too.”\n\n"
     "Officials at the UN refugee agency in Jakarta said they were working with local authorities. “Indonesia has "
     "a duty to help people in distress at sea,” said Mitra Salima Suryono, a spokeswoman for the agency.\n\n"
     "Malaysia's home minister, Saifuddin Nasution, told parliament that his country would not allow the boats "
     "to land.",
     [("We cannot accept any more boats", ["Muhammad Yusuf"]),
      ("Our people are poor too", ["Muhammad Yusuf"]),
      ("Indonesia has a duty to help", ["Mitra Salima Suryono"])]),
    # United States: "the secretary said", a press secretary, a named official of a body
    ("WASHINGTON — The Department of Homeland Security announced new rules on Tuesday that bar most migrants who "
     "cross between ports of entry from claiming asylum.\n\n"
     "Homeland Security Secretary Alejandro Mendez said the rules would “restore order at the southern border”. "
     "The White House press secretary, Karine Jameson, told reporters: “The president is acting because Congress "
     "would not.”\n\n"
     "“These rules are temporary and will end when crossings fall,” the secretary said.\n\n"
     "Lee Gelernt, a lawyer with the American Civil Liberties Union, said the group would sue. “It is the same "
     "ban the courts have already struck down,” Gelernt said.",
     [("restore order at the southern border", ["Alejandro Mendez"]),
      ("The president is acting because", ["Karine Jameson"]),
      ("These rules are temporary", ["Alejandro Mendez"]),
      ("It is the same ban the courts", ["Lee Gelernt"])]),
    # Switzerland: unmarked press-release paragraphs, then a quoted NGO
    ("BERN — The Federal Council has adopted its message on the revision of the Asylum Act.\n\n"
     "Federal Councillor Beat Jans said:\n\n"
     "We want asylum procedures that are fast and fair.\n\n"
     "Our goal is to decide most cases within 24 hours at the federal asylum centres.\n\n"
     "The Swiss Refugee Council said the 24-hour procedure would not allow a proper examination of claims. "
     "“Speed must not come at the expense of fairness,” a spokeswoman for the council said.",
     [("We want asylum procedures that are fast", ["Beat Jans"]),
      ("Our goal is to decide most cases", ["Beat Jans"]),
      ("Speed must not come at the expense", ["a spokeswoman for the council", "Swiss Refugee Council"])]),
    # Rwanda / UK: "the government spokeswoman", "the minister told"
    ("KIGALI — Rwanda's government spokeswoman, Yolande Makolo, said the country was still ready to receive "
     "asylum seekers from Europe.\n\n"
     "“Rwanda has kept its side of the agreement,” Makolo told the New Times.\n\n"
     "In London, the shadow home secretary, Chris Philp, said the scheme should never have been scrapped. "
     "“It was a deterrent that would have worked,” he said.\n\n"
     "The spokeswoman said Rwanda would not return the money it had received.",
     [("Rwanda has kept its side", ["Yolande Makolo"]),
      ("It was a deterrent that would have worked", ["Chris Philp"])]),
    # --- second batch (10:50 UTC), labelled before it was run
    # Greece: "according to" in one sentence, the next quotation someone else's
    ("ATHENS — The new closed centre on Samos will hold up to 3,000 people, according to a senior official at "
     "the migration ministry. “We have not seen anything like this in Europe,” said Dimitra Kalogeropoulou, a "
     "researcher at the Greek Council for Refugees.\n\n"
     "“The camp is a prison with a nicer fence,” she added.\n\n"
     "The migration minister, Nikos Panagiotou, rejected the criticism. “It is a safe and humane facility,” he "
     "told Skai TV.",
     [("We have not seen anything like this", ["Dimitra Kalogeropoulou"]),
      ("The camp is a prison", ["Dimitra Kalogeropoulou"]),
      ("It is a safe and humane facility", ["Nikos Panagiotou"])]),
    # Uganda: a description as the subject before a pronoun's quotation
    ("KAMPALA — Uganda, which hosts more refugees than any other African country, says it can no longer give "
     "every new arrival a plot of land.\n\n"
     "The country's minister for disaster preparedness, Hilary Onek, said the policy was under review. "
     "Joel Boutroue, UNHCR's representative, said funding had fallen by half. “We are forced to make choices "
     "no one should have to make,” Boutroue said.\n\n"
     "“Land is finite,” the minister said. “Our own citizens are asking for it too.”",
     [("We are forced to make choices", ["Joel Boutroue"]),
      ("Land is finite", ["Hilary Onek"]),
      ("Our own citizens are asking", ["Hilary Onek"])]),
    # Peru: an NGO statement block and "the statement added"
    ("LIMA — Peru has declared a state of emergency along its border with Chile to stop migrants crossing "
     "north.\n\n"
     "Amnesty International said in a statement: “Militarising the border will not stop people who are fleeing "
     "poverty and violence.”\n\n"
     "“The authorities must guarantee access to asylum,” the statement added.\n\n"
     "Interior Minister Víctor Torres said the troops were there to fight crime, not migrants.",
     [("Militarising the border will not stop", ["Amnesty International"]),
      ("The authorities must guarantee access", ["Amnesty International", "the statement"])]),
    # Philippines / Saudi Arabia: an interview with two voices
    ("MANILA — The Department of Migrant Workers will ban new deployments of domestic workers to Kuwait.\n\n"
     "In an interview with DZBB radio, Migrant Workers Secretary Hans Cacdac said: “We cannot send our workers "
     "to a country that does not protect them.”\n\n"
     "Asked when the ban would be lifted, he said: “When Kuwait signs the new agreement.”\n\n"
     "Kuwait's ambassador in Manila, Musaed Saleh Althwaikh, told the Philippine Daily Inquirer that the ban was "
     "“unnecessary and unfair to employers”.",
     [("We cannot send our workers", ["Hans Cacdac"]),
      ("When Kuwait signs the new agreement", ["Hans Cacdac"]),
      ("unnecessary and unfair to employers", ["Musaed Saleh Althwaikh"])]),
    # Ethiopia / Djibouti: a split quotation, a named official of a body
    ("ADDIS ABABA — Thousands of Ethiopian migrants are stranded in Djibouti after Yemen closed its coast.\n\n"
     "“They walk for weeks through the desert,” said Tanja Pacifico, the International Organization for "
     "Migration's chief of mission in Djibouti, “and many arrive with nothing but the clothes they wear.”\n\n"
     "Ethiopia's foreign ministry said it was organising return flights.",
     [("They walk for weeks", ["Tanja Pacifico"]),
      ("and many arrive with nothing", ["Tanja Pacifico"])]),
    # Romania / Bulgaria: Schengen, "the commissioner told"
    ("BUCHAREST — Romania and Bulgaria will join the Schengen area fully from January, the European Commission "
     "said on Thursday.\n\n"
     "Romanian Interior Minister Cătălin Predoiu called it “a historic day for our citizens”.\n\n"
     "Austria's chancellor, Karl Neuwirth, said his country had lifted its veto after new border guarantees. "
     "“We have what we asked for,” Neuwirth said.\n\n"
     "“Romania has shown it can protect the external border,” the interior minister told reporters.",
     [("a historic day for our citizens", ["Cătălin Predoiu"]),
      ("We have what we asked for", ["Karl Neuwirth"]),
      ("Romania has shown it can protect", ["Cătălin Predoiu"])]),
    # --- third batch (11:01 UTC), labelled before it was run
    # Lithuania: wire-style dateline, "told Reuters", a minister named after the verb
    ("VILNIUS (Reuters) - Lithuania's parliament voted on Tuesday to let border guards turn back migrants "
     "crossing from Belarus.\n\n"
     "“This law gives our officers the tools they need,” Interior Minister Agnė Bilotaitė told Reuters.\n\n"
     "The Lithuanian Red Cross said the law breached the Refugee Convention. “Turning people back into the "
     "forest in winter can kill them,” said Ieva Dovydaitienė, who leads the group's migration programme.",
     [("This law gives our officers", ["Agnė Bilotaitė"]),
      ("Turning people back into the forest", ["Ieva Dovydaitienė"])]),
    # Senegal / Spain: a fisherman, "his brother said", a coastguard official
    ("DAKAR — At least 60 people died when a pirogue capsized off the coast of Senegal, the Spanish "
     "rescue service said.\n\n"
     "“The sea was calm when they left Mbour,” said Moussa Diop, a fisherman whose son was on board. “We have "
     "heard nothing since Saturday.”\n\n"
     "A spokesman for Salvamento Marítimo, Spain's maritime rescue service, said its planes were still "
     "searching. “We will keep looking as long as there is a chance,” the spokesman said.",
     [("The sea was calm", ["Moussa Diop"]),
      ("We have heard nothing since", ["Moussa Diop"]),
      ("We will keep looking", ["the spokesman", "Salvamento Marítimo", "A spokesman for Salvamento Marítimo"])]),
    # Costa Rica / Panama: a minister titled after the name, "the director said"
    ("SAN JOSÉ — Costa Rica and Panama have agreed to move migrants heading north by bus between their "
     "borders.\n\n"
     "Marlon Navarro, the director of Costa Rica's migration agency, said the buses would leave from Paso "
     "Canoas twice a day. Panama's public security minister, Frank Ábrego, said the plan would stop "
     "smugglers. “Nobody will walk through the jungle to our border any more,” Ábrego said.\n\n"
     "“The migrants pay for the ticket themselves,” the director said.",
     [("Nobody will walk through the jungle", ["Frank Ábrego"]),
      ("The migrants pay for the ticket", ["Marlon Navarro"])]),
    # United Kingdom / France: "the French interior ministry said", a charity worker
    ("CALAIS — Five people died trying to cross the Channel in a small boat early on Sunday, the French "
     "coastguard said.\n\n"
     "“The boat was far too crowded,” said Pierre Roques of the charity Utopia 56, which helps migrants on the "
     "coast. “People were crushed.”\n\n"
     "In London, a Home Office spokesperson said: “These deaths are a tragedy. The gangs must be stopped.”",
     [("The boat was far too crowded", ["Pierre Roques"]),
      ("People were crushed", ["Pierre Roques"]),
      ("These deaths are a tragedy", ["Home Office", "a Home Office spokesperson"])]),
    # Iran / Afghanistan: a report quoting officials, "officials said"
    ("TEHRAN — Iran has deported more than 700,000 Afghans this year, according to a report by the Norwegian "
     "Refugee Council.\n\n"
     "“Many of those sent back had lived in Iran for decades,” the report said.\n\n"
     "Iranian officials said the deportations targeted people without papers. “We are a country that has "
     "hosted Afghans generously for forty years,” the interior ministry's spokesman, Ali Zeynivand, said.",
     [("Many of those sent back", ["the report", "Norwegian Refugee Council"]),
      ("We are a country that has hosted", ["Ali Zeynivand"])]),
]


def _half(text: str) -> str:
    return "dev" if hashlib.sha1(text.encode("utf-8")).hexdigest()[0] in "01234567" else "aside"


DEV = [d for d in DOCS if _half(d[0]) == "dev"]
ASIDE = [d for d in DOCS if _half(d[0]) == "aside"]


def _norm(s: str | None) -> str:
    s = re.sub(r"\s+", " ", (s or "").replace("’", "'").strip(" \n\t,.;:—–-\"“”")).lower()
    s = re.sub(r"'s$", "", s)
    return s[4:] if s.startswith("the ") else s


def main() -> int:
    from dossier.api import analyse_texts

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part not in ("dev", "aside", "dev-extra"):
        print("usage: quotes_migration.py dev|aside|dev-extra", file=sys.stderr)
        return 2
    items = {"dev": DEV, "aside": ASIDE, "dev-extra": DEV_EXTRA}[part]
    gold = found = right = 0
    for (text, labels), tables in zip(items, analyse_texts([text for text, _ in items])):
        rows = tables["quotes"]
        names: dict[str, set[str]] = {}
        for m in tables["mentions"]:
            if m.get("entity_id"):
                names.setdefault(m["entity_id"], set()).add(_norm(m["text"]))
        for piece, want in labels:
            gold += 1
            row = next((r for r in rows if piece in r["quote"]), None)
            if row is None:
                if part != "aside":
                    print(f"missed  {piece!r} (want {want[0]!r})")
                continue
            found += 1
            got = {_norm(row["speaker"])} | names.get(row["speaker_entity_id"] or "", set())
            ok = bool(got & {_norm(w) for w in want})
            right += ok
            if part != "aside" and not ok:
                print(f"wrong   {piece!r}: {row['speaker']!r} ({row['cue']}), want {want[0]!r}")
    print(f"{part}: {len(items)} documents, {gold} quotations; found {found / max(gold, 1):.3f} ({found}/{gold}); "
          f"right speaker {right / max(found, 1):.3f} ({right}/{found})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
