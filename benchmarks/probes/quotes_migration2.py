"""Second quote-speaker probe in the migration-policy genre (written 2026-12-04, round 6, by the
quotes helper): the classes round 6 works on -- pronoun speakers whose antecedent is the last
*speaker* rather than the last person mentioned, "it"/"they" for organisations, role nouns ("the
senator", "the chancellor", "the immigration minister") that stand for the person named with that
role earlier, nominal sources kept as nominals ("the agency said", "officials said", "an AFM
spokesman"), split quotations, quotations continued over several paragraphs, press-release blocks
("X says:"), many countries. Every quotation's speaker was labelled before anything was run on the
texts (a copy was saved before the first run).

    python benchmarks/probes/quotes_migration2.py dev     # score, and list the errors
    python benchmarks/probes/quotes_migration2.py aside   # score only (the held-out half)

Split, labels and scoring exactly as in `quotes_migration.py` (its scoring is reused by import):
DEV/ASIDE by the first hex digit of the SHA-1 of the text (0-7: DEV); a pronoun or a role noun
stands for its antecedent's name; a body's noun or a spokesperson keeps its own words and takes the
body's entity, so both the phrase and the body are accepted.
"""

from __future__ import annotations

import hashlib
import sys

DOCS = [
    # United States: "the senator" after another politician spoke
    ("WASHINGTON — Senator Maria Delgado of Arizona introduced a bill on Thursday that would double the number of "
     "immigration judges.\n\n"
     "“The backlog has reached three million cases, and families wait years for a hearing,” Delgado said at a news "
     "conference.\n\n"
     "Representative Tom Hargrove, a Republican from Texas, called the bill “a blank cheque for amnesty”.\n\n"
     "“Nobody is talking about amnesty. We are talking about courts that work,” the senator said.",
     [("The backlog has reached three million", ["Maria Delgado"]),
      ("a blank cheque for amnesty", ["Tom Hargrove"]),
      ("Nobody is talking about amnesty", ["Maria Delgado"])]),
    # United Kingdom: "they" for a charity
    ("LONDON — The charity Refugee Action has warned that thousands of people granted asylum face homelessness "
     "when their Home Office accommodation ends.\n\n"
     "“People are being given just seven days to leave their hotel rooms,” they said in a report published on "
     "Monday.\n\n"
     "A Home Office spokesperson said: “We are working with councils to make sure that nobody is left without "
     "support.”",
     [("People are being given just seven days", ["Refugee Action"]),
      ("We are working with councils", ["Home Office", "A Home Office spokesperson"])]),
    # Mexico: "it" for an institute with an acronym
    ("MEXICO CITY — Mexico's National Migration Institute (INM) said on Friday it had found 130 migrants locked "
     "inside a lorry in Veracruz.\n\n"
     "“The people were dehydrated and several needed urgent medical care,” it said in a statement, adding that "
     "the driver had been arrested.\n\n"
     "The Mexican Commission for Refugee Aid, COMAR, reported a record 140,000 asylum requests last year.",
     [("The people were dehydrated", ["National Migration Institute", "INM", "Mexico's National Migration Institute"])]),
    # Poland: "he" after a paragraph naming another man who does not speak
    ("WARSAW — Poland's interior minister, Piotr Kowalczyk, said on Monday that the government would suspend the "
     "right to asylum at the border with Belarus for 60 days.\n\n"
     "The decision follows the death of a soldier, Adam Nowicki, who was stabbed through the border fence in "
     "June.\n\n"
     "“We will not allow Belarus to use people as a weapon against Poland,” he said.\n\n"
     "The Helsinki Foundation for Human Rights said the suspension was unlawful.",
     [("We will not allow Belarus", ["Piotr Kowalczyk"])]),
    # Sweden: "she" continues the last speaker, not the woman mentioned since
    ("STOCKHOLM — Sweden's migration minister, Johanna Lind, presented new rules for labour migrants on Wednesday. "
     "Employers will have to pay at least 80 percent of the median wage.\n\n"
     "“Sweden needs workers, but not at any price,” Lind said.\n\n"
     "The proposal was drafted by a commission led by the economist Karin Ek, whose report was published in "
     "March.\n\n"
     "“We want to stop the exploitation of cleaners and berry pickers,” she said.",
     [("Sweden needs workers", ["Johanna Lind"]),
      ("We want to stop the exploitation", ["Johanna Lind"])]),
    # Denmark: press-release block, "says:" and open paragraphs
    ("COPENHAGEN — The Ministry of Immigration and Integration has today signed an agreement with Rwanda on "
     "cooperation on asylum.\n\n"
     "Minister for Immigration and Integration Mads Kristensen says:\n\n"
     "“Today is an important step towards a fairer asylum system.\n\n"
     "“We want to break the business model of the human smugglers.”\n\n"
     "The agreement will be presented to the Folketing in the spring.",
     [("Today is an important step", ["Mads Kristensen"]),
      ("We want to break the business model", ["Mads Kristensen"])]),
    # Hungary: split quotation around "said the spokesman, Name"
    ("BUDAPEST — Hungary will not implement the EU's migration pact, the government's spokesman said on "
     "Tuesday.\n\n"
     "“We will not let anyone tell us who we live with,” said the spokesman, Gábor Szalai, “and we will pay no "
     "fines for protecting our borders.”\n\n"
     "The European Commission said it would start infringement proceedings.",
     [("We will not let anyone tell us", ["Gábor Szalai"]),
      ("and we will pay no fines", ["Gábor Szalai"])]),
    # Italy / Libya: a body's noun, "one official"
    ("ROME — Italy's coastguard said on Sunday it had rescued 450 people from a fishing boat drifting south of "
     "Lampedusa.\n\n"
     "“The vessel was taking on water and had no engine,” the coastguard said.\n\n"
     "Libyan officials said the boat had left from Tobruk. “We have arrested three smugglers linked to the "
     "departure,” one official said.",
     [("The vessel was taking on water", ["coastguard", "Italy's coastguard"]),
      ("We have arrested three smugglers", ["one official", "Libyan officials"])]),
    # Tunisia: "the president" when two presidents are named
    ("TUNIS — Tunisia's President Hedi Mansouri said on Thursday that his country would not become a border guard "
     "for Europe.\n\n"
     "He spoke after meeting Italy's prime minister, Chiara Rinaldi, and the European Commission president, Anna "
     "Lindqvist, in Carthage.\n\n"
     "“We refuse to be a settlement country for migrants,” the president said.\n\n"
     "Lindqvist said the EU would provide €105 million for border management. “This is a partnership of equals,” "
     "she said.",
     [("We refuse to be a settlement country", ["Hedi Mansouri"]),
      ("This is a partnership of equals", ["Anna Lindqvist"])]),
    # Morocco / Spain: "the ministry said"
    ("RABAT — Morocco's interior ministry said it had stopped more than 87,000 attempts to migrate irregularly last "
     "year.\n\n"
     "“Our security forces dismantled 300 smuggling networks,” the ministry said in its annual report.\n\n"
     "Spain's interior minister, Luis Ortega, thanked Rabat for its cooperation. “Without Morocco, the pressure on "
     "Ceuta and Melilla would be unbearable,” he said.",
     [("Our security forces dismantled", ["Morocco's interior ministry", "interior ministry", "the ministry"]),
      ("Without Morocco, the pressure", ["Luis Ortega"])]),
    # Turkey: a named non-speaker between the speaker and his pronoun
    ("ANKARA — Turkey's interior minister, Mehmet Aydın, said on Monday that 115,000 irregular migrants had been "
     "deported this year, most of them to Afghanistan.\n\n"
     "The figures were released a week after a boat carrying 40 people sank off Ayvalık. The captain, Hasan Demir, "
     "was arrested at the scene.\n\n"
     "“We will continue the fight against illegal migration with determination,” Aydın wrote on social media.\n\n"
     "Asked about criticism from the Council of Europe, he said: “Every deportation is carried out in line with "
     "the law.”",
     [("We will continue the fight", ["Mehmet Aydın"]),
      ("Every deportation is carried out", ["Mehmet Aydın"])]),
    # Bangladesh: "the agency", a named refugee
    ("COX'S BAZAR — The World Food Programme will cut food rations for Rohingya refugees in Bangladesh to $6 a "
     "month from April.\n\n"
     "“We have no choice. Our funding has fallen by more than half,” the agency said.\n\n"
     "Mohammad Rafiq, a 34-year-old father of four in Kutupalong camp, said the cuts would push families to the "
     "sea. “My children already go to sleep hungry,” he said.",
     [("We have no choice", ["World Food Programme", "the agency"]),
      ("My children already go to sleep", ["Mohammad Rafiq"])]),
    # Japan: "the justice minister" after a lawyer spoke
    ("TOKYO — Japan's parliament passed a revision of the immigration law that allows the deportation of people "
     "who have applied for refugee status three times or more.\n\n"
     "Justice Minister Hiroshi Tanaka told reporters that the law would end the long detentions that have drawn "
     "international criticism.\n\n"
     "Lawyer Kenji Morita, who represents several detainees, disagreed. “This law sends people back to danger,” he "
     "said.\n\n"
     "“We will examine every application carefully,” the justice minister said.",
     [("This law sends people back", ["Kenji Morita"]),
      ("We will examine every application", ["Hiroshi Tanaka"])]),
    # South Korea: "said Name, the ministry's director"
    ("SEOUL — South Korea will raise its quota for foreign workers to 165,000 next year, the Ministry of Employment "
     "and Labor said.\n\n"
     "“Small factories and farms cannot find enough workers,” said Lee Jung-hoon, the ministry's director of "
     "foreign workforce policy.\n\n"
     "Migrant rights groups said the quota did nothing to stop abuse by employers. “Workers still cannot change "
     "jobs without permission,” said Kim Sun-young of the Joint Committee for Migrants in Korea.",
     [("Small factories and farms", ["Lee Jung-hoon"]),
      ("Workers still cannot change jobs", ["Kim Sun-young"])]),
    # Chile: a split quotation with "she told residents"
    ("SANTIAGO — Chile has sent troops to its northern border with Peru and Bolivia.\n\n"
     "Interior Minister Paula Rojas travelled to Colchane, a village of 1,700 people that has become the main "
     "crossing point.\n\n"
     "“The state is here,” she told residents, “and it will stay as long as it is needed.”\n\n"
     "The mayor of Colchane, Javier García, said the village had been abandoned for years. “We asked for help in "
     "2021 and nobody came,” he said.",
     [("The state is here", ["Paula Rojas"]),
      ("and it will stay as long", ["Paula Rojas"]),
      ("We asked for help in 2021", ["Javier García"])]),
    # Colombia: "officials at X said in a statement"
    ("BOGOTÁ — Colombia will give temporary protection status to another 500,000 Venezuelans, migration officials "
     "said on Wednesday.\n\n"
     "“These people already work and pay taxes here,” officials at Migración Colombia said in a statement.\n\n"
     "The head of the agency, Carlos Fernando García, said the cards would be issued within a year. “We will start "
     "with children and the elderly,” he said.",
     [("These people already work", ["officials at Migración Colombia", "Migración Colombia", "officials"]),
      ("We will start with children", ["Carlos Fernando García"])]),
    # Brazil: "the governor" after a minister spoke
    ("BOA VISTA — Governor Paulo Menezes of Roraima asked the federal government on Monday to close the border with "
     "Venezuela temporarily.\n\n"
     "The federal justice minister, Renato Alves, rejected the request. “Brazil does not close its doors to people "
     "fleeing hunger,” Alves said.\n\n"
     "“Our hospitals are full and our schools have no places left,” the governor said in a video posted on social "
     "media.",
     [("Brazil does not close its doors", ["Renato Alves"]),
      ("Our hospitals are full", ["Paulo Menezes"])]),
    # South Africa: "the department said", "its executive director", a minister
    ("PRETORIA — South Africa's Department of Home Affairs said it would no longer extend the permits of 178,000 "
     "Zimbabweans.\n\n"
     "“The exemption was always meant to be temporary,” the department said.\n\n"
     "The Helen Suzman Foundation went to court. “Tearing families apart after 14 years is irrational and "
     "unlawful,” its executive director, Thandiwe Mokoena, said.\n\n"
     "Home Affairs Minister Sipho Ndlovu said the government would appeal. “The court has overstepped its role,” "
     "he told Parliament.",
     [("The exemption was always meant", ["Department of Home Affairs", "South Africa's Department of Home Affairs",
                                          "the department"]),
      ("Tearing families apart", ["Thandiwe Mokoena"]),
      ("The court has overstepped", ["Sipho Ndlovu"])]),
    # Kenya: a ministry's statement continued with "it added"
    ("NAIROBI — Kenya will close the Dadaab and Kakuma refugee camps and replace them with integrated settlements, "
     "the Ministry of Interior said on Friday.\n\n"
     "In a statement, the ministry said: “Refugees will be able to live, work and trade alongside Kenyans.”\n\n"
     "“This is the beginning of a new chapter for our guests,” it added.\n\n"
     "UNHCR welcomed the plan but said donors had to pay for it.",
     [("Refugees will be able to live", ["Ministry of Interior", "the ministry"]),
      ("This is the beginning of a new chapter", ["Ministry of Interior", "the ministry"])]),
    # Chad: "she" after a man is named
    ("ADRÉ — More than 600,000 people have fled Sudan's Darfur region into eastern Chad since the war began, the "
     "UN refugee agency says.\n\n"
     "Amina Haroun, who runs a clinic in the Adré camp for Médecins Sans Frontières, said cholera cases were "
     "rising. The camp's chief, a retired teacher named Ismail Abakar, has asked for more latrines.\n\n"
     "“We see twenty new cases every day, most of them children,” she said.",
     [("We see twenty new cases", ["Amina Haroun"])]),
    # Niger: a government decree, a named driver
    ("NIAMEY — Niger's military government has repealed a 2015 law that made it a crime to transport migrants "
     "through the desert towards Libya.\n\n"
     "The law “did not take into account the interests of our people”, the government said in a decree.\n\n"
     "In Agadez, drivers welcomed the move. “We can work openly again,” said Moussa Ibrahim, who used to drive "
     "migrants to the border before the law was passed.",
     [("did not take into account the interests", ["Niger's military government", "military government",
                                                   "the government"]),
      ("We can work openly again", ["Moussa Ibrahim"])]),
    # Malta: an acronym's spokesman, "the group said"
    ("VALLETTA — The Armed Forces of Malta rescued 38 people from a rubber dinghy in the Maltese search and rescue "
     "zone on Tuesday.\n\n"
     "“All the survivors are in a stable condition,” an AFM spokesman said.\n\n"
     "The rescue group Sea-Watch said the boat had been adrift for two days before Malta responded. “Malta ignored "
     "our calls for 40 hours,” the group said.",
     [("All the survivors are in a stable", ["Armed Forces of Malta", "AFM", "an AFM spokesman"]),
      ("Malta ignored our calls", ["Sea-Watch", "the group"])]),
    # Cyprus: "he added" after another man is mentioned in the speaker's sentence
    ("NICOSIA — Cyprus has suspended the processing of asylum applications from Syrians, President Andreas Georgiou "
     "announced on Sunday.\n\n"
     "“The flows from Lebanon have become unmanageable,” Georgiou said after a meeting with police chief Stelios "
     "Papatheodorou and coastguard commanders.\n\n"
     "“We have asked the European Commission to declare parts of Syria safe,” he added.",
     [("The flows from Lebanon", ["Andreas Georgiou"]),
      ("We have asked the European Commission", ["Andreas Georgiou"])]),
    # Austria: "the chancellor" after an opposition spokeswoman spoke
    ("VIENNA — Austria will stop family reunification for refugees for six months, Chancellor Markus Huber said on "
     "Wednesday.\n\n"
     "The Greens' migration spokeswoman, Sabine Wallner, said the move broke EU law. “Children are being kept apart "
     "from their parents for political reasons,” she said.\n\n"
     "“Our schools in Vienna cannot take in hundreds of new pupils every month,” the chancellor said.",
     [("Children are being kept apart", ["Sabine Wallner"]),
      ("Our schools in Vienna", ["Markus Huber"])]),
    # Switzerland: an acronym as the speaker, "its spokeswoman, Name"
    ("BERN — The State Secretariat for Migration (SEM) expects 24,000 new asylum applications this year, fewer than "
     "in 2024.\n\n"
     "“The decline is mainly due to fewer arrivals via the Balkans,” the SEM said on Tuesday.\n\n"
     "The Swiss Refugee Council warned against cuts to federal asylum centres. “If numbers rise again, we will have "
     "no beds,” said its spokeswoman, Lea Brunner.",
     [("The decline is mainly due", ["State Secretariat for Migration", "SEM"]),
      ("If numbers rise again", ["Lea Brunner"])]),
    # Belgium: an interview continued over open paragraphs
    ("BRUSSELS — Belgium's asylum minister, Els De Smet, has announced that single men will no longer be given a "
     "place in the reception network.\n\n"
     "“Our priority must be families and children,” De Smet said in an interview with the newspaper De "
     "Standaard.\n\n"
     "“I know this decision is hard. But we have 2,000 people on the waiting list and no more buildings.\n\n"
     "“I will not open new centres in sports halls.”\n\n"
     "The Brussels Bar Association said it would take the state to court again.",
     [("Our priority must be families", ["Els De Smet"]),
      ("I know this decision is hard", ["Els De Smet"]),
      ("I will not open new centres", ["Els De Smet"])]),
    # Finland: "it said" for the border guard
    ("HELSINKI — Finland will keep its eastern border with Russia closed until further notice, the government said "
     "on Thursday.\n\n"
     "The Finnish Border Guard said it had seen no sign that Russia had stopped pushing migrants towards the "
     "frontier. “The situation remains unpredictable,” it said.\n\n"
     "Interior Minister Liisa Korhonen said the closure was “the only responsible choice”.",
     [("The situation remains unpredictable", ["Finnish Border Guard", "Border Guard"]),
      ("the only responsible choice", ["Liisa Korhonen"])]),
    # New Zealand: "the immigration minister" when a second minister was named last
    ("WELLINGTON — New Zealand will create a new visa for parents of migrants, Immigration Minister Rachel Clarke "
     "announced on Monday. Finance Minister Grant Morrison said the visa would bring in wealthy retirees.\n\n"
     "“We want families to be together, and we want them to stay,” the immigration minister said.",
     [("We want families to be together", ["Rachel Clarke"])]),
    # India: an anonymous official of a ministry, a chief minister
    ("NEW DELHI — India's home ministry has told states to identify and deport undocumented migrants from "
     "Bangladesh and Myanmar within 30 days.\n\n"
     "“Every state has been asked to set up holding centres in each district,” a senior home ministry official "
     "said, speaking on condition of anonymity.\n\n"
     "The West Bengal chief minister, Ritu Sen, said the order targeted Bengali-speaking workers. “They are Indian "
     "citizens, not infiltrators,” she said.",
     [("Every state has been asked", ["a senior home ministry official", "home ministry", "India's home ministry"]),
      ("They are Indian citizens", ["Ritu Sen"])]),
    # Pakistan: "the spokesman" after a UN official spoke
    ("ISLAMABAD — Pakistan will begin deporting Afghans who hold proof-of-registration cards from September, the "
     "interior ministry's spokesman, Faisal Rehman, said on Friday.\n\n"
     "The UN refugee agency urged Pakistan to reconsider. “Many of these families have lived here for three "
     "generations,” said Hannah Lindgren, UNHCR's representative in Pakistan.\n\n"
     "“The deadline will not be extended again,” the spokesman said.",
     [("Many of these families have lived", ["Hannah Lindgren"]),
      ("The deadline will not be extended", ["Faisal Rehman"])]),
    # Jordan: "the aid group said", a minister
    ("AMMAN — The International Rescue Committee says cuts to US aid have forced it to close eight clinics serving "
     "Syrian refugees in Jordan.\n\n"
     "“Women who gave birth in our clinics now have nowhere to go,” the aid group said in a statement on "
     "Monday.\n\n"
     "Jordan's planning minister, Rania Haddad, said the kingdom could not fill the gap. “Donors must honour their "
     "commitments,” she said.",
     [("Women who gave birth in our clinics", ["International Rescue Committee", "the aid group"]),
      ("Donors must honour their commitments", ["Rania Haddad"])]),
    # Moldova: a split quotation around "said Moldova's interior minister, Name."
    ("CHIȘINĂU — Moldova has registered more than 120,000 Ukrainian refugees for temporary protection.\n\n"
     "“We never asked whether they would stay for a month or for years,” said Moldova's interior minister, Ana "
     "Munteanu. “They are our neighbours.”\n\n"
     "The UNHCR representative in Moldova, Marco Ferri, said funding for cash assistance would run out in June.",
     [("We never asked whether they would stay", ["Ana Munteanu"]),
      ("They are our neighbours", ["Ana Munteanu"])]),
    # Norway: present-tense "says" in a press release
    ("OSLO — The Government will tighten the rules for family immigration for refugees.\n\n"
     "“We must make sure that Norway does not become more attractive than our neighbours,” says Minister of Justice "
     "and Public Security Ingrid Haugen.\n\n"
     "State Secretary Lars Eide says the changes will apply from 1 July. “People who already have an application "
     "pending will not be affected,” he says.",
     [("We must make sure that Norway", ["Ingrid Haugen"]),
      ("People who already have an application", ["Lars Eide"])]),
    # Ecuador / Colombia: "they" for officials
    ("QUITO — Ecuador will require visas from Colombians from next month, the foreign ministry announced.\n\n"
     "Colombian officials reacted with anger. “This is a decision that hurts both peoples,” they said in a joint "
     "statement from the foreign ministry and the migration agency in Bogotá.\n\n"
     "Ecuador's foreign minister, Lucía Paredes, defended the move. “We have to know who enters our country,” she "
     "said.",
     [("This is a decision that hurts", ["Colombian officials", "officials"]),
      ("We have to know who enters", ["Lucía Paredes"])]),
    # Guatemala / United States: "the ambassador" after the minister spoke
    ("GUATEMALA CITY — The United States and Guatemala signed an agreement on Thursday under which Guatemala will "
     "receive deportees from other Central American countries.\n\n"
     "Ambassador Susan Miller signed for Washington. Guatemala's foreign minister, Jorge Castillo, said the deal "
     "would bring investment. “Guatemala is a partner, not a waiting room,” Castillo said.\n\n"
     "“This agreement will save lives by ending the journey north,” the ambassador said.",
     [("Guatemala is a partner", ["Jorge Castillo"]),
      ("This agreement will save lives", ["Susan Miller"])]),
    # Dominican Republic / Haiti: "the directorate said", a woman at the border
    ("SANTO DOMINGO — The Dominican Republic deported more than 10,000 Haitians last week, the General Directorate "
     "of Migration said.\n\n"
     "“We are enforcing the law without exception,” the directorate said in a statement.\n\n"
     "At the border in Dajabón, Marie-Ange Pierre, 27, waited with her baby. “They took us from our house at "
     "night,” she said. “I was born here.”",
     [("We are enforcing the law", ["General Directorate of Migration", "the directorate"]),
      ("They took us from our house", ["Marie-Ange Pierre"]),
      ("I was born here", ["Marie-Ange Pierre"])]),
    # Egypt / EU: the Commission's statement, a researcher "at the group"
    ("CAIRO — The European Union will give Egypt €7.4 billion in loans and grants, partly to help it stop migrants "
     "heading for Europe.\n\n"
     "“Egypt is a key partner for the stability of the whole region,” the European Commission said in a "
     "statement.\n\n"
     "Human Rights Watch criticised the deal. “The EU is rewarding a government that jails its critics,” said Tarek "
     "Mansour, a researcher at the group.",
     [("Egypt is a key partner", ["European Commission"]),
      ("The EU is rewarding a government", ["Tarek Mansour"])]),
    # Portugal: "said Name, who has led the agency", an association's member
    ("LISBON — Portugal's migration agency, AIMA, has cleared 400,000 pending residence applications in a year, its "
     "president said on Monday.\n\n"
     "“We inherited a backlog that no one thought we could clear,” said Rui Cardoso, who has led the agency since "
     "2024.\n\n"
     "Immigrant associations said many people still waited months for an appointment. “The phone lines are always "
     "busy,” said Joana Mendes of Solidariedade Imigrante.",
     [("We inherited a backlog", ["Rui Cardoso"]),
      ("The phone lines are always busy", ["Joana Mendes"])]),
]


def _half(text: str) -> str:
    return "dev" if hashlib.sha1(text.encode("utf-8")).hexdigest()[0] in "01234567" else "aside"


DEV = [d for d in DOCS if _half(d[0]) == "dev"]
ASIDE = [d for d in DOCS if _half(d[0]) == "aside"]


def main() -> int:
    import quotes_migration as first  # the first probe's scoring and conventions

    first.DEV, first.ASIDE, first.DEV_EXTRA = DEV, ASIDE, []
    if len(sys.argv) > 1 and sys.argv[1] == "dev-extra":
        print("usage: quotes_migration2.py dev|aside", file=sys.stderr)
        return 2
    return first.main()


if __name__ == "__main__":
    raise SystemExit(main())
