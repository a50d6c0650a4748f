"""Second entities probe in the migration-policy genre (written 2026-12-03, evening, by the
entities helper): other countries, bodies and registers than `entities_migration.py` --
parliamentary debate turns, court summaries, NGO reports, statistical releases, news with titles
glued to names, vessels, facilities, camps, operations, laws and treaties, small towns and
islands, agencies with acronyms, people with non-English names, ministries "of the Interior".

    python benchmarks/probes/entities_migration2.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration2.py aside   # score only (aggregate; the lead runs it)

All 58 texts were written and labelled before any code ran on them; the split into DEV and
ASIDE is fixed by the parity of the md5 of the text (even last hex digit: DEV). Conventions as
in `entities_migration.py` and tests/gold/README.md: titles, honorifics and post-nominals are not
part of a person's name; a demonym with a state-body noun is one organisation ("Hungarian
police"), a demonym alone is NORP; a named camp, centre, crossing or airport is FAC, a river, gap
or uninhabited island LOC, "X Island" LOC, a town or inhabited island GPE; vessels PRODUCT; laws
and treaties LAW; named operations EVENT; a parliamentary party's abbreviation ORG. Scoring as
in `entities_migration.py` (texts equal after dropping a leading "the").
"""

from __future__ import annotations

import hashlib

TEXTS = [
    ("Mr Alistair Carmichael (Orkney and Shetland) (LD): Will the Minister say how many claims from Eritrea the "
     "Home Office decided last year?",
     [("Alistair Carmichael", "PERSON"), ("Orkney and Shetland", "GPE"), ("LD", "ORG"), ("Eritrea", "GPE"),
      ("the Home Office", "ORG")]),
    ("Senator Nick McKim (Tasmania): Minister, how many people remain in community detention in Darwin?",
     [("Nick McKim", "PERSON"), ("Tasmania", "GPE"), ("Darwin", "GPE")]),
    ("The Court of Justice of the European Union ruled that Hungary had breached EU law by forcing asylum seekers "
     "to apply at its embassies in Kyiv and Belgrade.",
     [("The Court of Justice of the European Union", "ORG"), ("Hungary", "GPE"), ("EU", "ORG"), ("Kyiv", "GPE"),
      ("Belgrade", "GPE")]),
    ("In a judgment of 14 March, the Conseil d'État annulled the decree and ordered the Ministry of the Interior to "
     "reopen the reception centre in Calais.",
     [("the Conseil d'État", "ORG"), ("the Ministry of the Interior", "ORG"), ("Calais", "GPE")]),
    ("Justice Nicholas Kasirer, writing for the Supreme Court of Canada, said the Safe Third Country Agreement did "
     "not breach the Charter.",
     [("Nicholas Kasirer", "PERSON"), ("the Supreme Court of Canada", "ORG"),
      ("the Safe Third Country Agreement", "LAW"), ("the Charter", "LAW")]),
    ("The Border Violence Monitoring Network documented 120 pushbacks from Croatia into Bosnia and Herzegovina, "
     "most near Bihać and Velika Kladuša.",
     [("The Border Violence Monitoring Network", "ORG"), ("Croatia", "GPE"), ("Bosnia and Herzegovina", "GPE"),
      ("Bihać", "GPE"), ("Velika Kladuša", "GPE")]),
    ("Save the Children and the Danish Refugee Council said 300 children were living in the Lipa camp without "
     "heating.",
     [("Save the Children", "ORG"), ("the Danish Refugee Council", "ORG"), ("Lipa", "FAC")]),
    ("Eurostat said 1,014,000 first-time asylum applicants were registered in the European Union in 2024; Syrians, "
     "Venezuelans and Afghans were the largest groups.",
     [("Eurostat", "ORG"), ("the European Union", "ORG"), ("Syrians", "NORP"), ("Venezuelans", "NORP"),
      ("Afghans", "NORP")]),
    ("Statistics Netherlands (CBS) said 48,000 people sought asylum in the Netherlands, a quarter of them from Syria.",
     [("Statistics Netherlands", "ORG"), ("CBS", "ORG"), ("the Netherlands", "GPE"), ("Syria", "GPE")]),
    ("Statistics Iceland said 11,000 people moved to Iceland in 2023, most of them from Poland and Ukraine.",
     [("Statistics Iceland", "ORG"), ("Iceland", "GPE"), ("Poland", "GPE"), ("Ukraine", "GPE")]),
    ("Finnish Interior Minister Mari Rantanen said the crossings at Vaalimaa and Nuijamaa would stay closed.",
     [("Finnish", "NORP"), ("Mari Rantanen", "PERSON"), ("Vaalimaa", "GPE"), ("Nuijamaa", "GPE")]),
    ("Estonian Prime Minister Kristen Michal told ERR News that Tallinn was ready to help Helsinki guard the eastern "
     "border.",
     [("Estonian", "NORP"), ("Kristen Michal", "PERSON"), ("ERR News", "ORG"), ("Tallinn", "GPE"),
      ("Helsinki", "GPE")]),
    ("The rescue ship Open Arms was fined by Spain's Ministry of Transport after it took 150 people to Barcelona.",
     [("Open Arms", "PRODUCT"), ("Spain", "GPE"), ("Ministry of Transport", "ORG"), ("Barcelona", "GPE")]),
    ("Alarm Phone said the fishing boat Adriana had called for help for hours before it sank.",
     [("Alarm Phone", "ORG"), ("Adriana", "PRODUCT")]),
    ("ICE moved 40 families from the South Texas Family Residential Center in Dilley to the Karnes County "
     "Residential Center.",
     [("ICE", "ORG"), ("the South Texas Family Residential Center", "FAC"), ("Dilley", "GPE"),
      ("the Karnes County Residential Center", "FAC")]),
    ("Hungarian police said 300 people were held in the transit zone at Röszke on the border with Serbia.",
     [("Hungarian police", "ORG"), ("Röszke", "GPE"), ("Serbia", "GPE")]),
    ("Fire destroyed much of the Kutupalong camp in Cox's Bazar, and Dhaka moved 20,000 Rohingya to Bhasan Char.",
     [("Kutupalong", "FAC"), ("Cox's Bazar", "GPE"), ("Dhaka", "GPE"), ("Rohingya", "NORP"), ("Bhasan Char", "LOC")]),
    ("UNHCR's representative in Jordan, Dominik Bartsch, said the Zaatari and Azraq camps held 130,000 Syrians.",
     [("UNHCR", "ORG"), ("Jordan", "GPE"), ("Dominik Bartsch", "PERSON"), ("Zaatari", "FAC"), ("Azraq", "FAC"),
      ("Syrians", "NORP")]),
    ("Operation Lone Star, launched by Governor Greg Abbott, put buoys in the Rio Grande near Eagle Pass.",
     [("Operation Lone Star", "EVENT"), ("Greg Abbott", "PERSON"), ("the Rio Grande", "LOC"), ("Eagle Pass", "GPE")]),
    ("The Portuguese parliament changed the Foreigners Law after Prime Minister Luís Montenegro promised stricter "
     "rules.",
     [("Portuguese", "NORP"), ("the Foreigners Law", "LAW"), ("Luís Montenegro", "PERSON")]),
    ("Ministers signed the Global Compact for Safe, Orderly and Regular Migration in Marrakesh, but Hungary, Poland "
     "and the Czech Republic stayed away.",
     [("the Global Compact for Safe, Orderly and Regular Migration", "LAW"), ("Marrakesh", "GPE"), ("Hungary", "GPE"),
      ("Poland", "GPE"), ("the Czech Republic", "GPE")]),
    ("The EU-Turkey Statement of March 2016 was meant to cut crossings to the Greek islands, the European Court of "
     "Auditors said.",
     [("the EU-Turkey Statement", "LAW"), ("Greek", "NORP"), ("the European Court of Auditors", "ORG")]),
    ("Boats from Mauritania reached El Hierro, and 200 people were taken to La Restinga.",
     [("Mauritania", "GPE"), ("El Hierro", "GPE"), ("La Restinga", "GPE")]),
    ("A pirogue that left Mbour capsized off Saint-Louis, and the Senegalese navy recovered 40 bodies.",
     [("Mbour", "GPE"), ("Saint-Louis", "GPE"), ("Senegalese navy", "ORG")]),
    ("Malaysia's Immigration Department and the National Security Council (MKN) said 1,200 Rohingya were held in "
     "depots in Penang and Kedah.",
     [("Malaysia", "GPE"), ("Immigration Department", "ORG"), ("the National Security Council", "ORG"),
      ("MKN", "ORG"), ("Rohingya", "NORP"), ("Penang", "GPE"), ("Kedah", "GPE")]),
    ("Thailand's Royal Thai Police and the Department of Special Investigation (DSI) arrested three brokers in "
     "Mae Sot.",
     [("Thailand", "GPE"), ("Royal Thai Police", "ORG"), ("the Department of Special Investigation", "ORG"),
      ("DSI", "ORG"), ("Mae Sot", "GPE")]),
    ("Nguyễn Thị Hạnh, a Vietnamese worker, told Yonhap that her employer in Gimpo had kept her passport.",
     [("Nguyễn Thị Hạnh", "PERSON"), ("Vietnamese", "NORP"), ("Yonhap", "ORG"), ("Gimpo", "GPE")]),
    ("Olusegun Adeyemi-Bakare of the Lagos office of the Mixed Migration Centre said returnees from Agadez needed "
     "work.",
     [("Olusegun Adeyemi-Bakare", "PERSON"), ("Lagos", "GPE"), ("the Mixed Migration Centre", "ORG"),
      ("Agadez", "GPE")]),
    ("Slovakia's Ministry of the Interior said the Migration Office had granted asylum to 36 people.",
     [("Slovakia", "GPE"), ("Ministry of the Interior", "ORG"), ("the Migration Office", "ORG")]),
    ("Cyprus's Deputy Ministry of Migration and International Protection said 3,000 Syrians had left the Pournara "
     "centre in Kokkinotrimithia.",
     [("Cyprus", "GPE"), ("Deputy Ministry of Migration and International Protection", "ORG"), ("Syrians", "NORP"),
      ("Pournara", "FAC"), ("Kokkinotrimithia", "GPE")]),
    ("The Federal Administrative Court in Leipzig ruled that the Bavarian rules on payment cards were lawful.",
     [("The Federal Administrative Court", "ORG"), ("Leipzig", "GPE"), ("Bavarian", "NORP")]),
    ("The Grand Chamber of the European Court of Human Rights held that transfers to Athens under the Dublin "
     "Regulation exposed applicants to degrading treatment.",
     [("The Grand Chamber of the European Court of Human Rights", "ORG"), ("Athens", "GPE"),
      ("the Dublin Regulation", "LAW")]),
    ("Shri Asaduddin Owaisi (Hyderabad): Madam Speaker, will the Minister of Home Affairs say how many people in "
     "Assam have been sent to the detention centre at Goalpara?",
     [("Asaduddin Owaisi", "PERSON"), ("Hyderabad", "GPE"), ("Assam", "GPE"), ("Goalpara", "GPE")]),
    ("Baroness Hamwee (LD): My Lords, has the Minister seen the report of the Independent Chief Inspector of Borders "
     "and Immigration on Western Jet Foil?",
     [("Hamwee", "PERSON"), ("LD", "ORG"), ("the Independent Chief Inspector of Borders and Immigration", "ORG"),
      ("Western Jet Foil", "FAC")]),
    ("A report by Oxfam and the Greek Council for Refugees found that people on Samos were held in the Closed "
     "Controlled Access Centre for months.",
     [("Oxfam", "ORG"), ("the Greek Council for Refugees", "ORG"), ("Samos", "GPE"),
      ("the Closed Controlled Access Centre", "FAC")]),
    ("Human Rights First and the American Immigration Council sued the Department of Homeland Security over the "
     "asylum ban.",
     [("Human Rights First", "ORG"), ("the American Immigration Council", "ORG"),
      ("the Department of Homeland Security", "ORG")]),
    ("Panamanian President José Raúl Mulino said the Darién Gap would be closed, and Colombian Foreign Minister "
     "Luis Gilberto Murillo disagreed.",
     [("Panamanian", "NORP"), ("José Raúl Mulino", "PERSON"), ("the Darién Gap", "LOC"), ("Colombian", "NORP"),
      ("Luis Gilberto Murillo", "PERSON")]),
    ("Costa Rica's migration director Omer Badilla said 2,000 people a day passed through Paso Canoas.",
     [("Costa Rica", "GPE"), ("Omer Badilla", "PERSON"), ("Paso Canoas", "GPE")]),
    ("Chile's Undersecretary of the Interior Manuel Monsalve flew 138 Venezuelans home from Iquique.",
     [("Chile", "GPE"), ("Manuel Monsalve", "PERSON"), ("Venezuelans", "NORP"), ("Iquique", "GPE")]),
    ("Brazil's Federal Police said 300 Indians and Nepalis were stuck at São Paulo's Guarulhos International Airport.",
     [("Brazil", "GPE"), ("Federal Police", "ORG"), ("Indians", "NORP"), ("Nepalis", "NORP"), ("São Paulo", "GPE"),
      ("Guarulhos International Airport", "FAC")]),
    ("South Africa's Border Management Authority deported 40,000 Zimbabweans through Beitbridge last year, "
     "Commissioner Michael Masiapato said.",
     [("South Africa", "GPE"), ("Border Management Authority", "ORG"), ("Zimbabweans", "NORP"), ("Beitbridge", "GPE"),
      ("Michael Masiapato", "PERSON")]),
    ("The Office of the Prime Minister in Kampala said the Nakivale settlement had received 9,000 Congolese in a "
     "month.",
     [("The Office of the Prime Minister", "ORG"), ("Kampala", "GPE"), ("Nakivale", "FAC"), ("Congolese", "NORP")]),
    ("Sudanese families crossed at Argeen into Egypt, and the Egyptian Red Crescent gave out water in Aswan.",
     [("Sudanese", "NORP"), ("Argeen", "GPE"), ("Egypt", "GPE"), ("the Egyptian Red Crescent", "ORG"),
      ("Aswan", "GPE")]),
    ("Lebanon's General Security said 3,000 Syrians had gone home through the Masnaa crossing.",
     [("Lebanon", "GPE"), ("General Security", "ORG"), ("Syrians", "NORP"), ("Masnaa", "FAC")]),
    ("South Korea's Ministry of Justice said 500 Yemenis who reached Jeju Island would not be sent back.",
     [("South Korea", "GPE"), ("Ministry of Justice", "ORG"), ("Yemenis", "NORP"), ("Jeju Island", "LOC")]),
    ("The Immigration Department of Hong Kong said 3,000 non-refoulement claims were pending at the Castle Peak Bay "
     "Immigration Centre.",
     [("The Immigration Department of Hong Kong", "ORG"), ("the Castle Peak Bay Immigration Centre", "FAC")]),
    ("The Finnish Immigration Service (Migri) opened a reception centre in Joutseno.",
     [("The Finnish Immigration Service", "ORG"), ("Migri", "ORG"), ("Joutseno", "GPE")]),
    ("Latvia's State Border Guard said 6,000 attempts to cross from Belarus were stopped near Daugavpils.",
     [("Latvia", "GPE"), ("State Border Guard", "ORG"), ("Belarus", "GPE"), ("Daugavpils", "GPE")]),
    ("Rohingya refugees landed in Aceh, and Indonesia's coordinating minister Yusril Ihza Mahendra said Jakarta was "
     "not bound by the Refugee Convention.",
     [("Rohingya", "NORP"), ("Aceh", "GPE"), ("Indonesia", "GPE"), ("Yusril Ihza Mahendra", "PERSON"),
      ("Jakarta", "GPE"), ("the Refugee Convention", "LAW")]),
    ("Migrant-Rights.org said workers from Nepal had died building the Lusail Stadium in Qatar.",
     [("Migrant-Rights.org", "ORG"), ("Nepal", "GPE"), ("the Lusail Stadium", "FAC"), ("Qatar", "GPE")]),
    ("Turkey's Presidency of Migration Management said 180,000 irregular migrants were caught in 2024, most in Van "
     "and Edirne.",
     [("Turkey", "GPE"), ("Presidency of Migration Management", "ORG"), ("Van", "GPE"), ("Edirne", "GPE")]),
    ("Iran's interior ministry said it would deport two million Afghans, and the Taliban set up a camp at Islam Qala.",
     [("Iran", "GPE"), ("Afghans", "NORP"), ("the Taliban", "ORG"), ("Islam Qala", "GPE")]),
    ("Portugal's Agency for Integration, Migration and Asylum (AIMA) replaced the Immigration and Borders Service, "
     "known as SEF.",
     [("Portugal", "GPE"), ("Agency for Integration, Migration and Asylum", "ORG"), ("AIMA", "ORG"),
      ("the Immigration and Borders Service", "ORG"), ("SEF", "ORG")]),
    ("Peru declared a state of emergency in Tumbes, and Ecuadorian officials in Huaquillas said the crossing was "
     "closed.",
     [("Peru", "GPE"), ("Tumbes", "GPE"), ("Ecuadorian", "NORP"), ("Huaquillas", "GPE")]),
    ("The Internal Displacement Monitoring Centre counted 75.9 million internally displaced people at the end of "
     "2023, half of them in Sudan, Syria, Congo and Colombia.",
     [("The Internal Displacement Monitoring Centre", "ORG"), ("Sudan", "GPE"), ("Syria", "GPE"), ("Congo", "GPE"),
      ("Colombia", "GPE")]),
    ("Mr DUTTON (Dickson—Leader of the Opposition) (14:05): My question is to the Prime Minister.",
     [("DUTTON", "PERSON"), ("Dickson", "GPE")]),
    ("The High Court of Australia ruled that indefinite immigration detention was unlawful, and Minister Clare "
     "O'Neil released 149 people.",
     [("The High Court of Australia", "ORG"), ("Clare O'Neil", "PERSON")]),
    ("Boats from Libya reached Gavdos, south of Crete, and the Hellenic Coast Guard took 400 people to Agia Galini.",
     [("Libya", "GPE"), ("Gavdos", "GPE"), ("Crete", "GPE"), ("the Hellenic Coast Guard", "ORG"),
      ("Agia Galini", "GPE")]),
]


def _dev(text: str) -> bool:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


DEV = [t for t in TEXTS if _dev(t[0])]
ASIDE = [t for t in TEXTS if not _dev(t[0])]  # aggregate only; scored by the lead


def main() -> int:
    from entities_migration import run  # the first probe's scoring, same conventions

    return run({"dev": DEV, "aside": ASIDE}, "entities_migration2.py", counts=True)


if __name__ == "__main__":
    raise SystemExit(main())
