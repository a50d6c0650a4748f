"""Fifth entities probe in the migration-policy genre (written 2026-12-04, round 6, by the entities
helper): registers and countries that probes 1-4 do not use -- wire datelines, social-media
posts, gazette and tender notices, a book review, a council agenda, a travel advisory, a FAQ page,
a fact-check, a liveblog, a court docket caption, a police press release, a podcast blurb, a
petition, an embassy notice, an academic citation, a conference programme, a headline; Uganda,
Malawi, Tanzania, Mozambique, Ghana, Togo, Benin, Burkina Faso, Mali, the Gambia, Sierra Leone,
Liberia, Cote d'Ivoire, Djibouti, Madagascar, Mauritius, Zambia, Angola, Gabon, Western Sahara,
North Macedonia, Kosovo, Norway, Luxembourg, the Faroes/Greenland, Kazakhstan, Kyrgyzstan,
Azerbaijan, Laos, Bhutan, the Maldives, Singapore, Brunei, Timor-Leste, Samoa/Tonga, Oman,
Bahrain, the UAE, Jamaica, Trinidad, Guyana, Suriname, Belize, El Salvador, Nicaragua, Uruguay,
Curacao/Aruba, Cape Verde; with town names as sentence subjects, acronyms defined in the text and
used alone, undefined acronyms before agency verbs, camps named after towns, proper nouns after
"in/at/from/near", bare names as subjects of "said"/"told", head nouns (camp, centre, crossing,
port, court, ministry, party, council, agency, commission), people's names of many origins.

    python benchmarks/probes/entities_migration5.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration5.py aside   # score only (aggregate; run once at the end)

All texts were written and labelled before any code ran on them (copy saved as
/tmp/e6/probe5_saved.py); the split into DEV and ASIDE is fixed by the parity of the md5 of the
text (even last hex digit: DEV). Conventions as in `entities_migration4.py`: titles, honorifics
and post-nominals are not part of a person's name; a demonym with a state-body noun (police,
government, ministry, coastguard) is one organisation, a demonym alone is NORP; a named camp,
centre, settlement, crossing, border post, port facility or detention site is FAC (the name
before a lower-case "camp"/"centre"/"crossing" alone); a river, lake, sea, strait or "X Islands"
LOC; a town, district, inhabited island or governed region GPE ("the Nord", a French
departement, is GPE; "the prefecture" is not part of it); vessels PRODUCT; laws, treaties and
named agreements LAW; named operations, forums and summits EVENT; parties, parliaments, courts,
newspapers and broadcasters ORG; a language LANGUAGE. Scoring as in `entities_migration.py`
(texts equal after dropping a leading "the").
"""

from __future__ import annotations

import hashlib

TEXTS = [
    ("KAMPALA, May 3 (Reuters) - Uganda's Office of the Prime Minister said on Friday it had registered "
     "31,000 Congolese at the Nyakabande transit centre since January.",
     [("KAMPALA", "GPE"), ("Reuters", "ORG"), ("Uganda", "GPE"), ("Office of the Prime Minister", "ORG"),
      ("Congolese", "NORP"), ("Nyakabande", "FAC")]),
    ("Just landed in Lilongwe with MSF colleagues. Dzaleka camp now hosts over 50,000 people from Burundi, "
     "Rwanda and the DRC.",
     [("Lilongwe", "GPE"), ("MSF", "ORG"), ("Dzaleka", "FAC"), ("Burundi", "GPE"), ("Rwanda", "GPE"),
      ("DRC", "GPE")]),
    ("NOTICE is hereby given under section 9 of the Refugees Act that the Mtendeli and Nduta camps in "
     "Kigoma Region are closed with effect from 1 July.",
     [("the Refugees Act", "LAW"), ("Mtendeli", "FAC"), ("Nduta", "FAC"), ("Kigoma Region", "GPE")]),
    ("The International Organization for Migration (IOM) in Maputo invites sealed bids for the "
     "rehabilitation of the reception centre in Pemba, Cabo Delgado.",
     [("The International Organization for Migration", "ORG"), ("IOM", "ORG"), ("Maputo", "GPE"),
      ("Pemba", "GPE"), ("Cabo Delgado", "GPE")]),
    ("The Ghana Immigration Service (GIS) intercepted 46 Nigerians at Aflao on Sunday. GIS said the group "
     "had no travel documents.",
     [("The Ghana Immigration Service", "ORG"), ("GIS", "ORG"), ("Nigerians", "NORP"), ("Aflao", "GPE"),
      ("GIS", "ORG")]),
    ("Gao has become a hub again for migrants heading north, said Moussa Traoré, who runs a shelter near "
     "the bus station.",
     [("Gao", "GPE"), ("Moussa Traoré", "PERSON")]),
    ("Barra still sees boats leave for the Canary Islands every week, fishermen told The Point.",
     [("Barra", "GPE"), ("the Canary Islands", "LOC"), ("The Point", "ORG")]),
    ("Gevgelija registered 1,200 arrivals in October, the North Macedonian interior ministry said; most "
     "had walked from Idomeni.",
     [("Gevgelija", "GPE"), ("the North Macedonian interior ministry", "ORG"), ("Idomeni", "GPE")]),
    ("Kwame Mensah-Bonsu's new book follows three families from Accra to Agrigento and into the Italian "
     "reception system.",
     [("Kwame Mensah-Bonsu", "PERSON"), ("Accra", "GPE"), ("Agrigento", "GPE"), ("Italian", "NORP")]),
    ("Storskog, the only border crossing between Norway and Russia, was closed to asylum seekers by the "
     "Norwegian government in 2015.",
     [("Storskog", "FAC"), ("Norway", "GPE"), ("Russia", "GPE"), ("the Norwegian government", "ORG")]),
    ("The Directorate of Immigration rejected 740 applications last year, Minister Léon Gloden told the "
     "Chamber of Deputies in Luxembourg.",
     [("The Directorate of Immigration", "ORG"), ("Léon Gloden", "PERSON"), ("the Chamber of Deputies", "ORG"),
      ("Luxembourg", "GPE")]),
    ("The prefecture of the Pas-de-Calais ordered the eviction of the camp at Marck, Utopia 56 said.",
     [("the Pas-de-Calais", "GPE"), ("Marck", "GPE"), ("Utopia 56", "ORG")]),
    ("Travel advice: the Dostyk border crossing between Kazakhstan and China remains closed to "
     "foreign nationals.",
     [("Dostyk", "FAC"), ("Kazakhstan", "GPE"), ("China", "GPE")]),
    ("Bakhyt Tokayeva, a cook from Osh, said the Russian migration service had refused to renew her "
     "patent.",
     [("Bakhyt Tokayeva", "PERSON"), ("Osh", "GPE"), ("the Russian migration service", "ORG")]),
    ("Azerbaijan's State Migration Service (SMS) granted residence to 2,100 foreigners in Baku; SMS said "
     "most came from Türkiye and Iran.",
     [("Azerbaijan", "GPE"), ("State Migration Service", "ORG"), ("SMS", "ORG"), ("Baku", "GPE"),
      ("SMS", "ORG"), ("Türkiye", "GPE"), ("Iran", "GPE")]),
    ("Vientiane has asked Bangkok to regularise 300,000 Lao workers before the amnesty ends, the Vientiane "
     "Times reported.",
     [("Vientiane", "GPE"), ("Bangkok", "GPE"), ("Lao", "NORP"), ("the Vientiane Times", "ORG")]),
    ("Tshering Dorji, who left Bhutan in 1992, spent eighteen years in the Beldangi camp in Jhapa before "
     "resettling in Ohio.",
     [("Tshering Dorji", "PERSON"), ("Bhutan", "GPE"), ("Beldangi", "FAC"), ("Jhapa", "GPE"), ("Ohio", "GPE")]),
    ("Bangladeshi workers in Malé told Minivan News that their employers kept their passports.",
     [("Bangladeshi", "NORP"), ("Malé", "GPE"), ("Minivan News", "ORG")]),
    ("Singapore's Ministry of Manpower (MOM) fined two dormitory operators in Tuas; MOM inspectors found "
     "rooms with 16 beds.",
     [("Singapore", "GPE"), ("Ministry of Manpower", "ORG"), ("MOM", "ORG"), ("Tuas", "GPE"), ("MOM", "ORG")]),
    ("Timor-Leste's labour secretary said 5,000 Timorese had gone to South Korea "
     "and Australia under seasonal schemes.",
     [("Timor-Leste", "GPE"), ("Timorese", "NORP"), ("South Korea", "GPE"), ("Australia", "GPE")]),
    ("Nuku'alofa lost nearly a tenth of its working-age men to seasonal work in New Zealand, Lupe Taufa "
     "told Radio Tonga.",
     [("Nuku'alofa", "GPE"), ("New Zealand", "GPE"), ("Lupe Taufa", "PERSON"), ("Radio Tonga", "ORG")]),
    ("Oman's Royal Oman Police deported 312 workers through Sohar port after a raid in Barka.",
     [("Oman", "GPE"), ("Royal Oman Police", "ORG"), ("Sohar", "FAC"), ("Barka", "GPE")]),
    ("Bahrain's Labour Market Regulatory Authority said the flexi permit would end in Manama by "
     "December.",
     [("Bahrain", "GPE"), ("Labour Market Regulatory Authority", "ORG"), ("Manama", "GPE")]),
    ("Dubai Police and the Federal Authority for Identity, Citizenship, Customs and Port Security "
     "arrested 40 visa overstayers in Deira.",
     [("Dubai Police", "ORG"),
      ("the Federal Authority for Identity, Citizenship, Customs and Port Security", "ORG"),
      ("Deira", "GPE")]),
    ("Kingston has seen deportees from the United States arrive every Tuesday, said Oswald Brown of the "
     "National Organization of Deported Migrants.",
     [("Kingston", "GPE"), ("the United States", "GPE"), ("Oswald Brown", "PERSON"),
      ("the National Organization of Deported Migrants", "ORG")]),
    ("Trinidad and Tobago's coast guard intercepted a pirogue off Cedros carrying 22 Venezuelans.",
     [("Trinidad and Tobago", "GPE"), ("Cedros", "GPE"), ("Venezuelans", "NORP")]),
    ("Lethem, on the Takutu River, is where most Venezuelans enter Guyana, said Shauna Persaud, an officer "
     "with the Civil Defence Commission.",
     [("Lethem", "GPE"), ("the Takutu River", "LOC"), ("Venezuelans", "NORP"), ("Guyana", "GPE"),
      ("Shauna Persaud", "PERSON"), ("the Civil Defence Commission", "ORG")]),
    ("Albina and Saint-Laurent-du-Maroni face each other across the Maroni, and canoes cross all day.",
     [("Albina", "GPE"), ("Saint-Laurent-du-Maroni", "GPE"), ("the Maroni", "LOC")]),
    ("Benque Viejo del Carmen reported 600 Guatemalan day workers crossing each morning, the Belize "
     "Immigration Department said.",
     [("Benque Viejo del Carmen", "GPE"), ("Guatemalan", "NORP"), ("the Belize Immigration Department", "ORG")]),
    ("Under the state of exception, Salvadoran police detained 1,100 people in Soyapango, Cristosal "
     "said in a report.",
     [("Salvadoran police", "ORG"), ("Soyapango", "GPE"),
      ("Cristosal", "ORG")]),
    ("Nicaragua stripped 222 prisoners of their nationality and flew them to Washington, the Mechanism "
     "for the Recognition of Political Prisoners said.",
     [("Nicaragua", "GPE"), ("Washington", "GPE"),
      ("the Mechanism for the Recognition of Political Prisoners", "ORG")]),
    ("Rivera and Santana do Livramento share one avenue; Cubans who reach Uruguay from Brazil often ask "
     "for asylum there.",
     [("Rivera", "GPE"), ("Santana do Livramento", "GPE"), ("Cubans", "NORP"), ("Uruguay", "GPE"),
      ("Brazil", "GPE")]),
    ("Willemstad's Foreigners Barracks held 47 Venezuelans in June, Amnesty International said.",
     [("Willemstad", "GPE"), ("Foreigners Barracks", "FAC"), ("Venezuelans", "NORP"),
      ("Amnesty International", "ORG")]),
    ("Praia received 80 people rescued off Sal by the Cape Verdean coast guard, Lusa reported.",
     [("Praia", "GPE"), ("Sal", "GPE"), ("the Cape Verdean coast guard", "ORG"), ("Lusa", "ORG")]),
    ("Lomé hosted the ECOWAS ministerial meeting on free movement, where Togo and Benin agreed joint "
     "patrols at the Hillacondji border post.",
     [("Lomé", "GPE"), ("ECOWAS", "ORG"), ("Togo", "GPE"), ("Benin", "GPE"), ("Hillacondji", "FAC")]),
    ("The Ghana Refugee Board registered 9,000 Burkinabe in the Upper East Region; GRB said most were women.",
     [("The Ghana Refugee Board", "ORG"), ("Burkinabe", "NORP"), ("the Upper East Region", "GPE"),
      ("GRB", "ORG")]),
    ("Fatmata Sesay, 19, from Kenema, was trafficked through Conakry to Tunis, the Sierra Leone Police said.",
     [("Fatmata Sesay", "PERSON"), ("Kenema", "GPE"), ("Conakry", "GPE"), ("Tunis", "GPE"),
      ("the Sierra Leone Police", "ORG")]),
    ("Liberia Immigration Service officers at Ganta turned back 70 Ivorians, the Daily Observer reported.",
     [("Liberia Immigration Service", "ORG"), ("Ganta", "GPE"), ("Ivorians", "NORP"),
      ("the Daily Observer", "ORG")]),
    ("Abidjan signed a readmission protocol with Rome, and OFII opened an office in Cocody.",
     [("Abidjan", "GPE"), ("Rome", "GPE"), ("OFII", "ORG"), ("Cocody", "GPE")]),
    ("Obock and Tadjourah are where Ethiopians wait for boats to Yemen, said Abdourahman Ali of the "
     "Djiboutian Red Crescent.",
     [("Obock", "GPE"), ("Tadjourah", "GPE"), ("Ethiopians", "NORP"), ("Yemen", "GPE"),
      ("Abdourahman Ali", "PERSON"), ("the Djiboutian Red Crescent", "ORG")]),
    ("Nosy Be and Mayotte are linked by kwassa-kwassa boats; Malagasy fishermen say the route has grown.",
     [("Nosy Be", "GPE"), ("Mayotte", "GPE"), ("Malagasy", "NORP")]),
    ("Port Louis deported 14 Bangladeshi workers, the Passport and Immigration Office said; Ravi Goburdhun "
     "called the decision unlawful.",
     [("Port Louis", "GPE"), ("Bangladeshi", "NORP"), ("the Passport and Immigration Office", "ORG"),
      ("Ravi Goburdhun", "PERSON")]),
    ("Meheba, the settlement in North-Western Province, now holds Congolese who fled Kasai, the Office of "
     "the Commissioner for Refugees said.",
     [("Meheba", "FAC"), ("North-Western Province", "GPE"), ("Congolese", "NORP"), ("Kasai", "GPE"),
      ("the Office of the Commissioner for Refugees", "ORG")]),
    ("Lóvua camp in Lunda Norte was built for Congolese refugees; SME officials said it would close.",
     [("Lóvua", "FAC"), ("Lunda Norte", "GPE"), ("Congolese", "NORP"), ("SME", "ORG")]),
    ("Libreville expelled 300 Cameroonians after Operation Ciblée, Gabonese police said.",
     [("Libreville", "GPE"), ("Cameroonians", "NORP"), ("Operation Ciblée", "EVENT"),
      ("Gabonese police", "ORG")]),
    ("Sahrawi refugees near Tindouf depend on WFP rations, Brahim Ghali told the Polisario congress.",
     [("Sahrawi", "NORP"), ("Tindouf", "GPE"), ("WFP", "ORG"), ("Brahim Ghali", "PERSON"), ("Polisario", "ORG")]),
    ("Prishtina says visa liberalisation has not emptied Kosovo, Albulena Haxhiu told Koha Ditore.",
     [("Prishtina", "GPE"), ("Kosovo", "GPE"), ("Albulena Haxhiu", "PERSON"), ("Koha Ditore", "ORG")]),
    ("Tórshavn and Nuuk want their own say on Danish asylum law, the Løgting and Inatsisartut said in "
     "a joint letter.",
     [("Tórshavn", "GPE"), ("Nuuk", "GPE"), ("Danish", "NORP"), ("the Løgting", "ORG"), ("Inatsisartut", "ORG")]),
    ("Episode 12: Kofi Boateng talks to Ama Serwaa about Ghanaians in Hamburg and Germany's Skilled "
     "Immigration Act.",
     [("Kofi Boateng", "PERSON"), ("Ama Serwaa", "PERSON"), ("Ghanaians", "NORP"), ("Hamburg", "GPE"),
      ("Germany", "GPE"), ("Skilled Immigration Act", "LAW")]),
    ("Writing for the United States Court of Appeals for the Ninth Circuit, Judge Mary Murguia held that the "
     "Board of Immigration Appeals had erred.",
     [("the United States Court of Appeals for the Ninth Circuit", "ORG"), ("Mary Murguia", "PERSON"),
      ("the Board of Immigration Appeals", "ORG")]),
    ("Fact check: No, Brunei has not opened its borders to Rohingya refugees, the Borneo Bulletin "
     "confirmed.",
     [("Brunei", "GPE"), ("Rohingya", "NORP"), ("the Borneo Bulletin", "ORG")]),
    ("Apia asked Wellington to raise the quota, Prime Minister Fiamē Naomi Mataʻafa said.",
     [("Apia", "GPE"), ("Wellington", "GPE"), ("Fiamē Naomi Mataʻafa", "PERSON")]),
    ("Police in Mzuzu arrested 23 Ethiopians hidden in a truck on the M1; the Malawi Police Service said "
     "the driver fled.",
     [("Mzuzu", "GPE"), ("Ethiopians", "NORP"), ("the M1", "FAC"), ("the Malawi Police Service", "ORG")]),
    ("Ressano Garcia is the main crossing into South Africa for Mozambicans, said Helena Macuácua of "
     "the Mozambican League of Human Rights.",
     [("Ressano Garcia", "FAC"), ("South Africa", "GPE"), ("Mozambicans", "NORP"), ("Helena Macuácua", "PERSON"),
      ("the Mozambican League of Human Rights", "ORG")]),
    ("Petition: We call on the Storting to stop deportations to Eritrea. Signed by Norsk Folkehjelp and "
     "NOAS.",
     [("the Storting", "ORG"), ("Eritrea", "GPE"), ("Norsk Folkehjelp", "ORG"), ("NOAS", "ORG")]),
    ("Live updates: Frontex says 1,800 people reached Lampedusa overnight; Palermo prosecutors open an "
     "inquiry.",
     [("Frontex", "ORG"), ("Lampedusa", "GPE"), ("Palermo", "GPE")]),
    ("Agenda item 4: report of the Kyrgyz State Migration Service on labour migrants returning from "
     "Yekaterinburg.",
     [("the Kyrgyz State Migration Service", "ORG"), ("Yekaterinburg", "GPE")]),
    ("The Embassy of Uganda in Nairobi informs Ugandans in Kenya that passport services move to Kilimani.",
     [("The Embassy of Uganda", "ORG"), ("Nairobi", "GPE"), ("Ugandans", "NORP"), ("Kenya", "GPE"),
      ("Kilimani", "GPE")]),
    ("Mensah, A. and Ouédraogo, S. (2021) 'Return migration to Burkina Faso', Journal of Refugee Studies 34(2).",
     [("Mensah", "PERSON"), ("Ouédraogo", "PERSON"), ("Burkina Faso", "GPE"), ("Journal of Refugee Studies", "ORG")]),
    ("Panel 3, Mombasa: Nuruddin Farah and Leila Abdi on Kenya's new Refugees Act.",
     [("Mombasa", "GPE"), ("Nuruddin Farah", "PERSON"), ("Leila Abdi", "PERSON"), ("Kenya", "GPE"),
      ("Refugees Act", "LAW")]),
    ("Kakuma is emptying as Kalobeyei grows, said Jane Ekai, a teacher; UNHCR said both camps would become "
     "municipalities.",
     [("Kakuma", "FAC"), ("Kalobeyei", "FAC"), ("Jane Ekai", "PERSON"), ("UNHCR", "ORG")]),
    ("Dar es Salaam police held 60 Ethiopians at Kigongoni; the Tanzania Immigration Department said they "
     "would be charged under the Immigration Act.",
     [("Dar es Salaam", "GPE"), ("Ethiopians", "NORP"), ("Kigongoni", "GPE"),
      ("the Tanzania Immigration Department", "ORG"), ("the Immigration Act", "LAW")]),
    ("Koutiala, Sikasso and Bamako sent the most young men north last year, AME said in its annual report.",
     [("Koutiala", "GPE"), ("Sikasso", "GPE"), ("Bamako", "GPE"), ("AME", "ORG")]),
]


def _dev(text: str) -> bool:
    return int(hashlib.md5(text.encode("utf-8")).hexdigest()[-1], 16) % 2 == 0


DEV = [t for t in TEXTS if _dev(t[0])]
ASIDE = [t for t in TEXTS if not _dev(t[0])]  # aggregate only; scored once at the end


def main() -> int:
    from entities_migration import run  # the first probe's scoring, same conventions

    return run({"dev": DEV, "aside": ASIDE}, "entities_migration5.py", counts=True)


if __name__ == "__main__":
    raise SystemExit(main())
