"""Third entities probe in the migration-policy genre (written 2026-12-03, night, by the entities
helper): countries, bodies and registers that `entities_migration.py` and
`entities_migration2.py` do not use -- ministry and agency press releases, court rulings, a
Bundestag question, UN treaty-body and EU Council texts, NGO and statistical reports, research
abstracts, news from Japan, the Nordic and Baltic states, the Balkans, Iberia, the Sahel, the
Horn of Africa, South and South-East Asia, the Andes and Central America; with vessels,
facilities, camps, crossings, operations, laws and treaties, programmes, small towns and islands,
regions, agencies with acronyms, courts named in other languages, NGOs, people with non-English
names, nationality adjectives, ministries "of Interior" and parties.

    python benchmarks/probes/entities_migration3.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration3.py aside   # score only (aggregate; the lead runs it)

All texts were written and labelled before any code ran on them; the split into DEV and ASIDE is
fixed by the parity of the md5 of the text (even last hex digit: DEV). Conventions as in
`entities_migration2.py` and tests/gold/README.md: titles, honorifics and post-nominals are not
part of a person's name; a demonym with a state-body noun (police, coastguard, ministry) is one
organisation ("Slovak police"), a demonym alone is NORP; a named camp, centre, settlement,
crossing, bridge or airport is FAC (the name before "camp"/"centre" alone when the noun is lower
case: "the Adre camp" -> "Adre"); a river, mountain range, gap, region without a government or
"X Islands" LOC; a town, inhabited island or governed region GPE; vessels PRODUCT; laws,
regulations, treaties and named agreements LAW; named operations EVENT; parties ORG; a language
LANGUAGE. Scoring as in `entities_migration.py` (texts equal after dropping a leading "the").
"""

from __future__ import annotations

import hashlib

TEXTS = [
    ("The Immigration Services Agency of Japan said on Tuesday that detention at the Ushiku centre in "
     "Ibaraki would be reviewed under the revised Immigration Control and Refugee Recognition Act.",
     [("the Immigration Services Agency of Japan", "ORG"), ("Ushiku", "FAC"), ("Ibaraki", "GPE"),
      ("the Immigration Control and Refugee Recognition Act", "LAW")]),
    ("Sweden's Migration Agency (Migrationsverket) closed its reception office in Märsta after "
     "Minister for Migration Johan Forssell announced the cuts.",
     [("Sweden", "GPE"), ("Migration Agency", "ORG"), ("Migrationsverket", "ORG"), ("Märsta", "GPE"),
      ("Johan Forssell", "PERSON")]),
    ("Norwegian police escorted 14 Eritreans from Storskog, the border crossing with Russia, to the Råde "
     "reception centre.",
     [("Norwegian police", "ORG"), ("Eritreans", "NORP"), ("Storskog", "FAC"), ("Russia", "GPE"),
      ("Råde", "FAC")]),
    ("The Agency for Integration, Migration and Asylum (AIMA) replaced Portugal's Foreigners and Borders "
     "Service, known as SEF, in October 2023.",
     [("The Agency for Integration, Migration and Asylum", "ORG"), ("AIMA", "ORG"), ("Portugal", "GPE"),
      ("Foreigners and Borders Service", "ORG"), ("SEF", "ORG")]),
    ("The Administrative Court of Sofia City quashed the State Agency for Refugees' decision, finding that "
     "the applicant, Ahmad Zia Noori, had not been heard in Pashto.",
     [("The Administrative Court of Sofia City", "ORG"), ("the State Agency for Refugees", "ORG"),
      ("Ahmad Zia Noori", "PERSON"), ("Pashto", "LANGUAGE")]),
    ("In a judgment against Poland, the European Court of Human Rights held that Polish border guards at "
     "Terespol had refused to accept asylum applications from Chechen families.",
     [("Poland", "GPE"), ("the European Court of Human Rights", "ORG"), ("Polish border guards", "ORG"),
      ("Terespol", "GPE"), ("Chechen", "NORP")]),
    ("Volunteers from No Name Kitchen said Croatian police had pushed the group back across the Korana "
     "river near Velika Kladuša.",
     [("No Name Kitchen", "ORG"), ("Croatian police", "ORG"), ("Korana", "LOC"), ("Velika Kladuša", "GPE")]),
    ("Slovenia's National Assembly passed the amendments to the Foreigners Act by 48 votes to 27, and "
     "Interior Minister Boštjan Poklukar welcomed the vote.",
     [("Slovenia", "GPE"), ("National Assembly", "ORG"), ("the Foreigners Act", "LAW"),
      ("Boštjan Poklukar", "PERSON")]),
    ("The Lithuanian Red Cross reported that people held at the Pabradė Foreigners' Registration Centre, "
     "50 km from Vilnius, had no access to lawyers.",
     [("The Lithuanian Red Cross", "ORG"), ("the Pabradė Foreigners' Registration Centre", "FAC"),
      ("Vilnius", "GPE")]),
    ("Estonian Interior Minister Lauri Läänemets told ERR News that the Police and Border Guard Board would "
     "hire 200 officers for the border crossings at Narva.",
     [("Estonian", "NORP"), ("Lauri Läänemets", "PERSON"), ("ERR News", "ORG"),
      ("the Police and Border Guard Board", "ORG"), ("Narva", "GPE")]),
    ("The Armed Forces of Malta refused to coordinate the rescue, and the Ocean Viking disembarked 234 "
     "people at Toulon instead.",
     [("The Armed Forces of Malta", "ORG"), ("the Ocean Viking", "PRODUCT"), ("Toulon", "GPE")]),
    ("The Council for Alien Law Litigation annulled the order, and the Immigration Office must now "
     "re-examine the file of Mamadou Diallo, a Guinean national.",
     [("The Council for Alien Law Litigation", "ORG"), ("the Immigration Office", "ORG"),
      ("Mamadou Diallo", "PERSON"), ("Guinean", "NORP")]),
    ("In Pacaraima, on the border, Brazil's army runs Operation Welcome (Operação Acolhida), which has "
     "moved more than 100,000 Venezuelans to cities such as Manaus and Curitiba.",
     [("Pacaraima", "GPE"), ("Brazil", "GPE"), ("Operation Welcome", "EVENT"), ("Operação Acolhida", "EVENT"),
      ("Venezuelans", "NORP"), ("Manaus", "GPE"), ("Curitiba", "GPE")]),
    ("Panama's National Border Service (SENAFRONT) counted 520,000 crossings of the Darién Gap, most of "
     "them by Haitians, Ecuadorians and Chinese nationals.",
     [("Panama", "GPE"), ("National Border Service", "ORG"), ("SENAFRONT", "ORG"), ("the Darién Gap", "LOC"),
      ("Haitians", "NORP"), ("Ecuadorians", "NORP"), ("Chinese", "NORP")]),
    ("Migración Colombia said the Temporary Protection Statute for Venezuelan Migrants had registered 2.4 "
     "million people since President Iván Duque signed it in Bogotá.",
     [("Migración Colombia", "ORG"), ("the Temporary Protection Statute for Venezuelan Migrants", "LAW"),
      ("Iván Duque", "PERSON"), ("Bogotá", "GPE")]),
    ("Peruvian Interior Minister Vicente Romero ordered the police to clear the camp at Tacna, near the "
     "Chilean border.",
     [("Peruvian", "NORP"), ("Vicente Romero", "PERSON"), ("Tacna", "GPE"), ("Chilean", "NORP")]),
    ("The Supreme Court of India refused to stop the deportation of seven men from Myanmar held at the "
     "Silchar detention centre in Assam.",
     [("The Supreme Court of India", "ORG"), ("Myanmar", "GPE"), ("Silchar", "FAC"), ("Assam", "GPE")]),
    ("After Islamabad's deadline of 1 November, the Torkham crossing saw 20,000 Afghans leave in a single "
     "day, according to the UN refugee agency.",
     [("Islamabad", "GPE"), ("Torkham", "FAC"), ("Afghans", "NORP"), ("UN", "ORG")]),
    ("A boat carrying 41 Sri Lankans was intercepted off the Cocos Islands by HMAS Arunta.",
     [("Sri Lankans", "NORP"), ("the Cocos Islands", "LOC"), ("HMAS Arunta", "PRODUCT")]),
    ("Acehnese fishermen brought 137 Rohingya ashore at Sabang, and the local government in Banda Aceh "
     "refused to shelter them.",
     [("Acehnese", "NORP"), ("Rohingya", "NORP"), ("Sabang", "GPE"), ("Banda Aceh", "GPE")]),
    ("The Philippine Department of Justice recognised 32 stateless persons under the Convention relating "
     "to the Status of Stateless Persons.",
     [("The Philippine Department of Justice", "ORG"),
      ("the Convention relating to the Status of Stateless Persons", "LAW")]),
    ("The Lindela Repatriation Centre near Krugersdorp held 2,000 people last year, the South African "
     "Human Rights Commission found.",
     [("The Lindela Repatriation Centre", "FAC"), ("Krugersdorp", "GPE"),
      ("the South African Human Rights Commission", "ORG")]),
    ("Refugees fleeing Khartoum crossed at Metema into Ethiopia, where the Refugees and Returnees Service "
     "registered them.",
     [("Khartoum", "GPE"), ("Metema", "GPE"), ("Ethiopia", "GPE"), ("the Refugees and Returnees Service", "ORG")]),
    ("In eastern Chad, the Adré camp now shelters more than 150,000 Sudanese, said Alpha Seidou, a UNHCR "
     "officer.",
     [("Chad", "GPE"), ("Adré", "FAC"), ("Sudanese", "NORP"), ("Alpha Seidou", "PERSON"), ("UNHCR", "ORG")]),
    ("Niger's junta repealed Law 2015-36 on the smuggling of migrants, and buses again left Agadez for "
     "the Libyan border.",
     [("Niger", "GPE"), ("Law 2015-36", "LAW"), ("Agadez", "GPE"), ("Libyan", "NORP")]),
    ("A pirogue that left Nouadhibou in Mauritania reached El Hierro after twelve days, Spain's Maritime "
     "Rescue service said.",
     [("Nouadhibou", "GPE"), ("Mauritania", "GPE"), ("El Hierro", "GPE"), ("Spain", "GPE"),
      ("Maritime Rescue", "ORG")]),
    ("Egypt's parliament approved the first asylum law, which moves refugee status decisions from UNHCR "
     "to a new Permanent Committee for Refugee Affairs.",
     [("Egypt", "GPE"), ("UNHCR", "ORG"), ("Permanent Committee for Refugee Affairs", "ORG")]),
    ("Lebanese General Security organised the return of 330 Syrians through the Masnaa crossing, "
     "Information Minister Ziad Makary said.",
     [("Lebanese General Security", "ORG"), ("Syrians", "NORP"), ("Masnaa", "FAC"), ("Ziad Makary", "PERSON")]),
    ("The Kurdistan Regional Government said that 4,000 Yazidis remained in Sharya camp near Duhok.",
     [("The Kurdistan Regional Government", "ORG"), ("Yazidis", "NORP"), ("Sharya", "FAC"), ("Duhok", "GPE")]),
    ("Papua New Guinea's Immigration and Citizenship Authority said the last men at the East Lorengau "
     "facility on Manus would be moved to Port Moresby.",
     [("Papua New Guinea", "GPE"), ("Immigration and Citizenship Authority", "ORG"), ("East Lorengau", "FAC"),
      ("Manus", "GPE"), ("Port Moresby", "GPE")]),
    ("Taiwan's National Immigration Agency fined the broker, a firm in Taoyuan, under the Employment "
     "Service Act.",
     [("Taiwan", "GPE"), ("National Immigration Agency", "ORG"), ("Taoyuan", "GPE"),
      ("the Employment Service Act", "LAW")]),
    ("Clara Bünger (Die Linke) asked the Federal Government how many people were returned to Greece under "
     "the Dublin III Regulation.",
     [("Clara Bünger", "PERSON"), ("Die Linke", "ORG"), ("the Federal Government", "ORG"), ("Greece", "GPE"),
      ("the Dublin III Regulation", "LAW")]),
    ("Slovak police opened a temporary checkpoint at Kúty on the border with the Czech Republic.",
     [("Slovak police", "ORG"), ("Kúty", "GPE"), ("the Czech Republic", "GPE")]),
    ("The General Inspectorate for Immigration in Bucharest processed claims from 7,000 Ukrainians who "
     "arrived in Siret.",
     [("The General Inspectorate for Immigration", "ORG"), ("Bucharest", "GPE"), ("Ukrainians", "NORP"),
      ("Siret", "GPE")]),
    ("The Committee on the Rights of the Child asked Japan to end the detention of children at the "
     "Shinagawa immigration facility in Tokyo.",
     [("The Committee on the Rights of the Child", "ORG"), ("Japan", "GPE"), ("Shinagawa", "FAC"),
      ("Tokyo", "GPE")]),
    ("The Council of the European Union adopted the Asylum and Migration Management Regulation, with "
     "Hungary and Slovakia voting against.",
     [("The Council of the European Union", "ORG"), ("the Asylum and Migration Management Regulation", "LAW"),
      ("Hungary", "GPE"), ("Slovakia", "GPE")]),
    ("Sweden reintroduced checks under the Schengen Borders Code at the Öresund Bridge.",
     [("Sweden", "GPE"), ("the Schengen Borders Code", "LAW"), ("the Öresund Bridge", "FAC")]),
    ("Operation Irini, the EU naval mission off Libya, inspected the merchant ship Kosmos under UN Security "
     "Council Resolution 2292.",
     [("Operation Irini", "EVENT"), ("EU", "ORG"), ("Libya", "GPE"), ("Kosmos", "PRODUCT"),
      ("UN Security Council Resolution 2292", "LAW")]),
    ("SOS Humanity's ship Humanity 1 was detained in Crotone for 20 days, the Italian interior ministry said.",
     [("SOS Humanity", "ORG"), ("Humanity 1", "PRODUCT"), ("Crotone", "GPE"), ("Italian interior ministry", "ORG")]),
    ("A report by the Border Violence Monitoring Network documented 1,200 pushbacks from Bulgaria to Turkey "
     "along the Strandzha mountains.",
     [("the Border Violence Monitoring Network", "ORG"), ("Bulgaria", "GPE"), ("Turkey", "GPE"),
      ("Strandzha", "LOC")]),
    ("The Federal Statistical Office (Destatis) reported that 3.1 million people were seeking protection "
     "at the end of the year.",
     [("The Federal Statistical Office", "ORG"), ("Destatis", "ORG")]),
    ("Researchers at the Norwegian Institute for Urban and Regional Research interviewed 40 Somali women "
     "in Drammen.",
     [("the Norwegian Institute for Urban and Regional Research", "ORG"), ("Somali", "NORP"),
      ("Drammen", "GPE")]),
    ("Abdoulaye Ndiaye, 24, from Thiès, told InfoMigrants he paid smugglers in Dakar for the crossing.",
     [("Abdoulaye Ndiaye", "PERSON"), ("Thiès", "GPE"), ("InfoMigrants", "ORG"), ("Dakar", "GPE")]),
    ("Ms Thandiwe Mokoena of the Scalabrini Centre said refugees in Cape Town had waited years for permits.",
     [("Thandiwe Mokoena", "PERSON"), ("the Scalabrini Centre", "ORG"), ("Cape Town", "GPE")]),
    ("The Sweden Democrats and the Moderates agreed the Tidö Agreement, which tightened family reunification.",
     [("The Sweden Democrats", "ORG"), ("the Moderates", "ORG"), ("the Tidö Agreement", "LAW")]),
    ("Chega leader André Ventura called for a referendum on immigration.",
     [("Chega", "ORG"), ("André Ventura", "PERSON")]),
    ("Vlaams Belang won 22 per cent in Flanders on a promise to close the Petit-Château arrival centre in "
     "Brussels.",
     [("Vlaams Belang", "ORG"), ("Flanders", "GPE"), ("Petit-Château", "FAC"), ("Brussels", "GPE")]),
    ("The Bulgarian Ministry of Interior said the fence along the Turkish border had cut crossings by half.",
     [("The Bulgarian Ministry of Interior", "ORG"), ("Turkish", "NORP")]),
    ("Algeria expelled 2,000 people to Assamaka, a village in Niger, the group Alarme Phone Sahara said.",
     [("Algeria", "GPE"), ("Assamaka", "GPE"), ("Niger", "GPE"), ("Alarme Phone Sahara", "ORG")]),
    ("Coast guards moved 90 people from Linosa to Porto Empedocle overnight.",
     [("Linosa", "GPE"), ("Porto Empedocle", "GPE")]),
    ("Hundreds slept on the Arguineguín quay in Gran Canaria before the Las Raíces camp opened in Tenerife.",
     [("Arguineguín", "GPE"), ("Gran Canaria", "GPE"), ("Las Raíces", "FAC"), ("Tenerife", "GPE")]),
    ("Most arrivals came through the Western Balkans from the Sahel, said the International Centre for "
     "Migration Policy Development in Vienna.",
     [("the Western Balkans", "LOC"), ("the Sahel", "LOC"),
      ("the International Centre for Migration Policy Development", "ORG"), ("Vienna", "GPE")]),
    ("Eleven Eritreans were held for two weeks in the transit area of Schiphol Airport before the Council "
     "of State ruled on their case.",
     [("Eritreans", "NORP"), ("Schiphol Airport", "FAC"), ("the Council of State", "ORG")]),
    ("The cargo ship Maersk Etienne held 27 rescued migrants for 38 days off Malta.",
     [("Maersk Etienne", "PRODUCT"), ("Malta", "GPE")]),
    ("IOM Director General Amy Pope met Ecuador's Foreign Minister Gabriela Sommerfeld in Quito.",
     [("IOM", "ORG"), ("Amy Pope", "PERSON"), ("Ecuador", "GPE"), ("Gabriela Sommerfeld", "PERSON"),
      ("Quito", "GPE")]),
    ("Under Kenya's Refugees Act 2021, people in Kalobeyei settlement may work anywhere in Turkana County.",
     [("Kenya", "GPE"), ("Refugees Act 2021", "LAW"), ("Kalobeyei", "FAC"), ("Turkana County", "GPE")]),
    ("Italy's Corte di Cassazione upheld a ruling of the Tribunale di Bologna that Libya is not a safe "
     "place of disembarkation.",
     [("Italy", "GPE"), ("Corte di Cassazione", "ORG"), ("the Tribunale di Bologna", "ORG"), ("Libya", "GPE")]),
    ("\"We have no more beds,\" said Kwame Asante-Boateng, who runs the shelter in Tijuana.",
     [("Kwame Asante-Boateng", "PERSON"), ("Tijuana", "GPE")]),
    ("The Louise Michel, a rescue boat funded by Banksy, was held in Lampedusa for two weeks.",
     [("The Louise Michel", "PRODUCT"), ("Banksy", "PERSON"), ("Lampedusa", "GPE")]),
    ("The State Department's Bureau of Population, Refugees, and Migration (PRM) funded the shelters in "
     "Ciudad Juárez.",
     [("The State Department", "ORG"), ("Bureau of Population, Refugees, and Migration", "ORG"),
      ("PRM", "ORG"), ("Ciudad Juárez", "GPE")]),
]


def _dev(text: str) -> bool:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


DEV = [t for t in TEXTS if _dev(t[0])]
ASIDE = [t for t in TEXTS if not _dev(t[0])]  # aggregate only; scored by the lead


def main() -> int:
    from entities_migration import run  # the first probe's scoring, same conventions

    return run({"dev": DEV, "aside": ASIDE}, "entities_migration3.py", counts=True)


if __name__ == "__main__":
    raise SystemExit(main())
