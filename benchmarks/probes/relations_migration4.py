"""Fourth relations probe in the migration-policy genre, on **stance**: 29 documents of 3-6
sentences in registers where criticism and support are the main relations (NGO statements,
opposition reactions, a UN rapporteur's statement, editorials, an open letter, court challenges,
lawsuits, endorsements, ministers thanking partners, protests, ministerial visits) about countries
and bodies the earlier probes barely use: Greece, the UK, Libya, Italy, the US, Spain, Morocco,
Poland, the Netherlands, Hungary, Denmark, Germany, Ecuador, Colombia, Peru, Mauritania,
Australia, Papua New Guinea, Mexico, Switzerland, Finland, Russia, Kenya, the Visegrád
countries, Ireland, Bangladesh, Canada, Cyprus, Lebanon, Austria, Tunisia, Guatemala, Sweden.

Criticism comes in many syntactic shapes (condemned, slammed, denounced, accused, attacked,
blasted, rejected, dismissed a report, challenged / took to court, sued, opposed, warned against,
"called X 'a ...'", "X's criticism of Y", "X, a vocal critic of Y", "X has been at odds with Y",
passive "Y was criticised / denounced by X", a quote "'...,' X said of Y"); support as backed,
endorsed, praised, welcomed, thanked, "X, an ally of Y", "X's support for Y"; visits as visited,
travelled to. One text carries a negated and a hypothetical criticism (no relation).

Labelled 2026-12-04 (relations round 6, helper rel-stance) **before any pipeline run on the
texts**, with the conventions of ``relations_migration.py`` .. ``relations_migration3.py`` and
``tests/relations_fresh/README.md``: named endpoints only; a state body may be matched by its
country (an alias); a lawsuit or court challenge is criticism; "thanked" and "welcomed" are
support; rejecting or dismissing someone's report / criticism is criticism of its author;
criticising / backing "X's decision, plan, bill, speech, ruling" is criticism / support of X
(also when "the decision" refers back to X's); an appositive "a critic / opponent of X" is
criticism, "an ally of X" support; employment, an inferred visit and hedged or anaphoric-only
relations are optional (``?``).

    python benchmarks/probes/relations_migration4.py dev     # score, and list misses / unconfirmed rows
    python benchmarks/probes/relations_migration4.py aside   # score only (the held-out half)

Split: a text is DEV when ``int(md5(text), 16) % 2 == 0``, ASIDE otherwise (fixed before any
run): 12 DEV texts (37 required relations), 17 ASIDE (63). DEV is read while fixing classes; ASIDE
is only ever scored, as a total. Scoring as in
``relations_migration.py``.
"""

from __future__ import annotations

import hashlib

ITEMS = [
 ("Statement by the Greek Council for Refugees. "
  "The Greek Council for Refugees condemned the Ministry of Migration and Asylum on Tuesday for cutting cash assistance to recognised refugees. "
  "Its director, Lefteris Papagiannakis, said the decision would push thousands into homelessness in Athens. "
  "The ministry said the cuts were necessary. "
  "The UNHCR representative in Greece, Maria Clara Martin, also criticised the decision and urged the government to restore the payments.",
  [("Greek Council for Refugees", "criticises", "Ministry of Migration and Asylum|Greece"),
   ("Lefteris Papagiannakis", "manages", "Greek Council for Refugees"),
   ("Maria Clara Martin", "criticises", "Ministry of Migration and Asylum|Greece"),
   ("Lefteris Papagiannakis", "criticises?", "Ministry of Migration and Asylum|Greece"),
   ("Maria Clara Martin", "part_of?", "UNHCR"), ("Ministry of Migration and Asylum", "part_of?", "Greece")]),
 ("The Labour Party's shadow home secretary Yvette Cooper slammed the government's Rwanda plan on Monday, calling it an expensive gimmick. "
  "Cooper accused Home Secretary James Cleverly of wasting £400 million on a scheme that had not sent a single asylum seeker to Kigali. "
  "The Refugee Council, a London-based charity, welcomed Labour's promise to scrap the scheme. "
  "Cleverly defended the policy in the House of Commons.",
  [("Yvette Cooper|Cooper", "criticises", "James Cleverly|Cleverly"), ("Yvette Cooper|Cooper", "part_of", "Labour Party|Labour"),
   ("Refugee Council", "supports", "Labour Party|Labour"), ("Refugee Council", "located_in?", "London")]),
 ("GENEVA - The UN Special Rapporteur on the human rights of migrants, Gehad Madi, on Thursday denounced Libya's detention of migrants in Tripoli as arbitrary and inhuman. "
  "Madi also criticised the European Union for funding the Libyan Coast Guard, which intercepts boats in the Mediterranean and returns people to detention centres. "
  "The Libyan Government of National Unity rejected the statement. "
  "Italy's foreign minister Antonio Tajani said Rome would keep supporting the coast guard.",
  [("Gehad Madi|Madi", "criticises", "Libya|Libyan"), ("Gehad Madi|Madi", "criticises", "European Union|EU"),
   ("European Union|EU", "funds", "Libyan Coast Guard"),
   ("Government of National Unity|Libyan Government of National Unity|Libya", "criticises", "Gehad Madi|Madi"),
   ("Italy|Rome", "supports", "Libyan Coast Guard"), ("Antonio Tajani", "supports?", "Libyan Coast Guard"),
   ("Antonio Tajani", "part_of?", "Italy")]),
 ("The American Civil Liberties Union sued the Biden administration on Wednesday over a new rule that bars most migrants who cross the southern border from seeking asylum. "
  "The lawsuit, filed in federal court in San Francisco with the Center for Gender and Refugee Studies, says the rule violates the Immigration and Nationality Act. "
  "Lee Gelernt, the ACLU lawyer leading the case, said the rule was 'illegal, plain and simple'. "
  "The Department of Homeland Security said it would defend the rule.",
  [("American Civil Liberties Union|ACLU", "criticises", "Biden administration|Biden|United States"),
   ("American Civil Liberties Union|ACLU", "cooperates_with", "Center for Gender and Refugee Studies"),
   ("Lee Gelernt", "part_of?", "American Civil Liberties Union|ACLU"),
   ("Center for Gender and Refugee Studies", "criticises?", "Biden administration|Biden|United States")]),
 ("The Texas Farm Bureau endorsed Senator John Cornyn's guest worker bill on Friday, saying it would end labour shortages on farms. "
  "The bill is also backed by the U.S. Chamber of Commerce. "
  "The Federation for American Immigration Reform opposed the measure, and its president, Dan Stein, called Cornyn 'a friend of cheap labour, not of American workers'.",
  [("Texas Farm Bureau", "supports", "John Cornyn|Cornyn"), ("Dan Stein", "criticises", "John Cornyn|Cornyn"),
   ("Dan Stein", "manages", "Federation for American Immigration Reform"),
   ("U.S. Chamber of Commerce", "supports?", "John Cornyn|Cornyn"),
   ("Federation for American Immigration Reform", "criticises?", "John Cornyn|Cornyn")]),
 ("Spain's interior minister Fernando Grande-Marlaska thanked Morocco on Monday for its cooperation in stopping irregular departures towards the Canary Islands. "
  "Speaking in Rabat after meeting his Moroccan counterpart Abdelouafi Laftit, Grande-Marlaska praised the Royal Moroccan Navy, which intercepted 14,000 people last year. "
  "Spain will give Morocco €30 million for border surveillance equipment. "
  "The Spanish Commission for Refugee Aid (CEAR) accused both governments of ignoring the deaths at sea.",
  [("Fernando Grande-Marlaska|Grande-Marlaska", "supports", "Morocco|Moroccan"),
   ("Fernando Grande-Marlaska|Grande-Marlaska", "supports", "Royal Moroccan Navy"),
   ("Spain|Spanish", "funds", "Morocco"), ("Spanish Commission for Refugee Aid|CEAR", "criticises", "Spain"),
   ("Spanish Commission for Refugee Aid|CEAR", "criticises", "Morocco"),
   ("Fernando Grande-Marlaska|Grande-Marlaska", "visits?", "Rabat"),
   ("Fernando Grande-Marlaska|Grande-Marlaska", "cooperates_with?", "Abdelouafi Laftit"),
   ("Abdelouafi Laftit", "part_of?", "Morocco"), ("Royal Moroccan Navy", "part_of?", "Morocco"),
   ("Fernando Grande-Marlaska|Grande-Marlaska", "part_of?", "Spain")]),
 ("Thousands of people marched through Warsaw on Saturday to protest against the Polish government's plan to suspend the right to asylum at the border with Belarus. "
  "The march was organised by Grupa Granica, a network of NGOs that helps migrants in the border forest. "
  "Its spokeswoman, Aleksandra Chrzanowska, said Prime Minister Donald Tusk had betrayed the voters who elected him. "
  "The Polish Ombudsman, Marcin Wiącek, also opposed the suspension.",
  [("Grupa Granica", "criticises", "Poland|Polish government|Polish"), ("Aleksandra Chrzanowska", "criticises", "Donald Tusk|Tusk"),
   ("Aleksandra Chrzanowska", "part_of?", "Grupa Granica"),
   ("Marcin Wiącek", "criticises?", "Poland|Polish government|Polish")]),
 ("Editorial. The Dutch cabinet's asylum emergency law is a mistake. "
  "Minister Marjolein Faber has presented the law as the strictest asylum policy ever, but the Council of State has already warned that it may breach European law. "
  "The Association of Netherlands Municipalities (VNG) has rightly criticised Faber for ignoring the towns that must house refugees. "
  "We urge the Senate to reject the law.",
  [("Association of Netherlands Municipalities|VNG", "criticises", "Marjolein Faber|Faber"),
   ("Council of State", "criticises?", "Marjolein Faber|Faber")]),
 ("Open letter to Prime Minister Giorgia Meloni. "
  "We, the undersigned organisations, including Emergency, Sea-Watch and SOS Humanity, write to express our deep concern about the decree that limits rescue ships to one rescue per voyage. "
  "The decree, drafted by Interior Minister Matteo Piantedosi, has already led to the detention of the Sea-Eye 4 in the port of Reggio Calabria. "
  "We call on your government to withdraw it. "
  "The Council of Europe's Commissioner for Human Rights, Michael O'Flaherty, has also asked Italy to revoke the decree.",
  [("Sea-Watch", "criticises", "Giorgia Meloni|Meloni|Italy"), ("SOS Humanity", "criticises", "Giorgia Meloni|Meloni|Italy"),
   ("Emergency", "criticises", "Giorgia Meloni|Meloni|Italy"),
   ("Sea-Watch", "criticises?", "Matteo Piantedosi"), ("SOS Humanity", "criticises?", "Matteo Piantedosi"),
   ("Michael O'Flaherty", "criticises?", "Italy|Giorgia Meloni|Meloni"), ("Michael O'Flaherty", "part_of?", "Council of Europe"),
   ("Sea-Eye 4", "located_in?", "Reggio Calabria")]),
 ("Hungary's government was criticised by the European Commission on Wednesday after the Court of Justice of the European Union fined Budapest €200 million for failing to apply EU asylum rules. "
  "Prime Minister Viktor Orbán called the fine 'outrageous and unacceptable'. "
  "The Hungarian Helsinki Committee, which brought several of the cases, welcomed the ruling.",
  [("European Commission", "criticises", "Hungary|Hungarian|Budapest"),
   ("Viktor Orbán|Orbán", "criticises", "Court of Justice of the European Union"),
   ("Hungarian Helsinki Committee", "supports", "Court of Justice of the European Union"),
   ("Court of Justice of the European Union", "criticises?", "Hungary|Hungarian|Budapest"),
   ("Hungarian Helsinki Committee", "criticises?", "Hungary|Hungarian|Budapest"), ("Viktor Orbán|Orbán", "part_of?", "Hungary")]),
 ("Nigel Farage, a vocal critic of the European Union's migration pact, told a rally in Clacton that Britain must leave the European Convention on Human Rights. "
  "Farage, a long-time ally of Donald Trump, praised the US president's mass deportation plans. "
  "The Conservative leader Kemi Badenoch accused Farage of copying her party's policies.",
  [("Nigel Farage|Farage", "criticises", "European Union"), ("Nigel Farage|Farage", "supports", "Donald Trump|Trump"),
   ("Kemi Badenoch", "criticises", "Nigel Farage|Farage"),
   ("Nigel Farage|Farage", "criticises?", "European Convention on Human Rights"), ("Nigel Farage|Farage", "visits?", "Clacton")]),
 ("Denmark has been at odds with the UN refugee agency since 2021, when it declared parts of Syria safe for return. "
  "On Tuesday the UNHCR again criticised Copenhagen for revoking the residence permits of Syrian refugees from Damascus. "
  "The Danish Refugee Council supported the agency's position. "
  "Immigration Minister Kaare Dybvad Bek said Denmark would not change course.",
  [("Denmark|Copenhagen|Danish", "criticises", "UNHCR|UN refugee agency"), ("UNHCR|UN refugee agency", "criticises", "Denmark|Copenhagen|Danish"),
   ("Danish Refugee Council", "supports", "UNHCR|UN refugee agency"), ("Kaare Dybvad Bek", "part_of?", "Denmark")]),
 ("'This is a disgrace for a country that calls itself humane,' said Elisabeth Kasbohm of Pro Asyl of the German government's plan to process asylum claims in Albania. "
  "Pro Asyl has opposed offshore processing since the idea was first raised. "
  "Chancellor Friedrich Merz defended the plan in the Bundestag, saying Germany needed to regain control of its borders. "
  "The Greens' leader Franziska Brantner also rejected the proposal.",
  [("Elisabeth Kasbohm", "criticises", "Germany|German government|German"), ("Elisabeth Kasbohm", "part_of", "Pro Asyl"),
   ("Pro Asyl", "criticises?", "Germany|German government|German"),
   ("Franziska Brantner", "criticises?", "Germany|German government|German|Friedrich Merz")]),
 ("Ecuador's criticism of Colombia's new visa rules dominated the Andean Community meeting in Lima on Monday. "
  "Ecuadorian foreign minister Gabriela Sommerfeld said the rules would strand Venezuelan migrants at the Rumichaca bridge. "
  "Colombia's foreign ministry rejected the criticism. "
  "Peru backed Ecuador's position, and the International Organization for Migration offered to mediate.",
  [("Ecuador|Ecuadorian", "criticises", "Colombia"), ("Colombia", "criticises", "Ecuador|Ecuadorian"),
   ("Peru", "supports", "Ecuador|Ecuadorian"), ("Gabriela Sommerfeld", "criticises?", "Colombia"),
   ("Gabriela Sommerfeld", "part_of?", "Ecuador|Ecuadorian"), ("Gabriela Sommerfeld", "visits?", "Lima")]),
 ("Ursula von der Leyen visited Nouakchott on Thursday with Spanish Prime Minister Pedro Sánchez to sign a €210 million migration partnership with Mauritania. "
  "The European Commission president met President Mohamed Ould Ghazouani and toured a coast guard base in Nouadhibou. "
  "Amnesty International criticised the deal, saying the EU was paying Mauritania to keep migrants away from Europe.",
  [("Ursula von der Leyen", "visits", "Nouakchott"), ("Pedro Sánchez", "visits", "Nouakchott"), ("Ursula von der Leyen", "visits", "Nouadhibou"),
   ("European Union|EU|European Commission", "agreement_with", "Mauritania"), ("European Union|EU|European Commission", "funds", "Mauritania"),
   ("Amnesty International", "criticises", "European Union|EU|European Commission"),
   ("Amnesty International", "criticises?", "Mauritania"), ("Ursula von der Leyen", "manages?", "European Commission"),
   ("Ursula von der Leyen", "cooperates_with?", "Pedro Sánchez"), ("Spain|Spanish", "agreement_with?", "Mauritania")]),
 ("Australian Home Affairs Minister Tony Burke travelled to Port Moresby on Monday for talks with Papua New Guinea's government on the future of the Manus Island centre. "
  "Burke will then visit Nauru, where the Regional Processing Centre is run by Canstruct International. "
  "The Refugee Council of Australia condemned the government for keeping people on Nauru for more than a decade. "
  "Papua New Guinea's prime minister James Marape thanked Australia for its support.",
  [("Tony Burke|Burke", "visits", "Port Moresby"), ("Canstruct International", "manages", "Regional Processing Centre"),
   ("Regional Processing Centre", "located_in", "Nauru"),
   ("Refugee Council of Australia", "criticises", "Australia|Australian government|Australian"),
   ("James Marape", "supports", "Australia|Australian"), ("Tony Burke|Burke", "visits?", "Nauru"),
   ("James Marape", "part_of?", "Papua New Guinea"), ("Tony Burke|Burke", "part_of?", "Australia|Australian"),
   ("Australia|Australian", "cooperates_with?", "Papua New Guinea")]),
 ("Mexico's President Claudia Sheinbaum blasted the Texas governor Greg Abbott on Tuesday for installing buoys in the Rio Grande, calling the barrier a violation of Mexican sovereignty. "
  "Abbott, in turn, attacked the Biden administration for failing to secure the border. "
  "The Texas Civil Rights Project said the buoys endangered swimmers near Eagle Pass.",
  [("Claudia Sheinbaum", "criticises", "Greg Abbott|Abbott"), ("Greg Abbott|Abbott", "criticises", "Biden administration|Biden|United States"),
   ("Claudia Sheinbaum", "part_of?", "Mexico|Mexican"), ("Texas Civil Rights Project", "criticises?", "Greg Abbott|Abbott")]),
 ("The Swiss Refugee Council did not criticise the State Secretariat for Migration in its annual report, noting that conditions in federal asylum centres had improved. "
  "If the government cuts the budget, the council said, it would oppose the measure. "
  "The secretariat's director, Vincenzo Mascioli, said he welcomed the report.",
  [("Vincenzo Mascioli", "manages", "State Secretariat for Migration"), ("Vincenzo Mascioli", "supports", "Swiss Refugee Council")]),
 ("Finland accused Russia on Thursday of pushing migrants towards its eastern border and closed all crossing points at Vaalimaa and Nuijamaa. "
  "Interior Minister Mari Rantanen said Moscow was using migrants as a weapon. "
  "The Kremlin denied the accusations. "
  "The Finnish Border Guard deployed extra patrols to Lappeenranta.",
  [("Finland|Finnish", "criticises", "Russia|Moscow|Kremlin"), ("Mari Rantanen", "criticises", "Russia|Moscow|Kremlin"),
   ("Finnish Border Guard", "deploys_to", "Lappeenranta"), ("Russia|Moscow|Kremlin", "criticises?", "Finland|Finnish"),
   ("Mari Rantanen", "part_of?", "Finland|Finnish"), ("Finnish Border Guard", "part_of?", "Finland|Finnish")]),
 ("Kenya's President William Ruto praised the UNHCR on Wednesday for its work in the Kakuma refugee camp, which hosts 280,000 people near the border with South Sudan. "
  "The camp is run by the Department of Refugee Services with the UN refugee agency. "
  "The Kenya National Commission on Human Rights criticised the department for delays in registering new arrivals. "
  "The United States gave the UNHCR $30 million for Kakuma this year.",
  [("William Ruto", "supports", "UNHCR|UN refugee agency"), ("Department of Refugee Services", "manages", "Kakuma refugee camp|Kakuma"),
   ("UNHCR|UN refugee agency", "manages", "Kakuma refugee camp|Kakuma"),
   ("Department of Refugee Services", "cooperates_with", "UNHCR|UN refugee agency"),
   ("Kenya National Commission on Human Rights", "criticises", "Department of Refugee Services"),
   ("United States", "funds", "UNHCR|UN refugee agency"), ("William Ruto", "part_of?", "Kenya"),
   ("Department of Refugee Services", "part_of?", "Kenya"), ("Kakuma refugee camp|Kakuma", "located_in?", "Kenya")]),
 ("The Visegrád countries, Poland, Hungary, Slovakia and the Czech Republic, have opposed the EU's mandatory relocation scheme since 2015. "
  "On Monday Slovakia's prime minister Robert Fico again rejected the scheme, saying Bratislava would pay no fines. "
  "Sweden and Germany supported the Commission's proposal. "
  "Commissioner Magnus Brunner said he was disappointed by Fico's remarks.",
  [("Poland", "criticises", "EU"), ("Hungary", "criticises", "EU"), ("Slovakia", "criticises", "EU"), ("Czech Republic", "criticises", "EU"),
   ("Sweden", "supports", "Commission|European Commission"), ("Germany", "supports", "Commission|European Commission"),
   ("Robert Fico", "criticises?", "EU"), ("Magnus Brunner", "criticises?", "Robert Fico|Fico"),
   ("Magnus Brunner", "part_of?", "Commission|European Commission"), ("Robert Fico|Fico", "part_of?", "Slovakia")]),
 ("The Irish Refugee Council challenged the International Protection Office in the High Court on Friday over the refusal to house single male asylum seekers. "
  "The High Court ruled that the State had breached the EU reception directive. "
  "Minister for Justice Helen McEntee said the government would appeal. "
  "The Irish Human Rights and Equality Commission, which supported the challenge, welcomed the judgment.",
  [("Irish Refugee Council", "criticises", "International Protection Office"),
   ("Irish Human Rights and Equality Commission", "supports", "Irish Refugee Council"),
   ("Irish Human Rights and Equality Commission", "supports?", "High Court"), ("High Court", "criticises?", "International Protection Office"),
   ("Helen McEntee", "criticises?", "High Court")]),
 ("Human Rights Watch warned Bangladesh on Monday against relocating more Rohingya refugees to Bhasan Char, an island in the Bay of Bengal. "
  "The group said the Bangladeshi authorities had pressured refugees in Cox's Bazar to move. "
  "Bangladesh's foreign ministry dismissed the report as biased. "
  "The United Kingdom has funded food aid on the island through the World Food Programme.",
  [("Human Rights Watch", "criticises", "Bangladesh|Bangladeshi"), ("Bangladesh|Bangladeshi", "criticises", "Human Rights Watch"),
   ("United Kingdom", "funds", "World Food Programme"), ("Bhasan Char", "located_in", "Bay of Bengal"),
   ("World Food Programme", "located_in?", "Bhasan Char")]),
 ("Canada's support for the UN Global Compact on Refugees was reaffirmed on Tuesday by Immigration Minister Marc Miller at the Global Refugee Forum in Geneva. "
  "Miller announced that Canada would fund the World University Service of Canada's student refugee programme with C$10 million. "
  "The Conservative Party of Canada's immigration critic, Michelle Rempel Garner, accused Miller of losing control of the immigration system.",
  [("Canada", "supports", "Global Compact on Refugees|UN Global Compact on Refugees"), ("Canada", "funds", "World University Service of Canada"),
   ("Michelle Rempel Garner", "criticises", "Marc Miller|Miller"), ("Michelle Rempel Garner", "part_of", "Conservative Party of Canada"),
   ("Marc Miller|Miller", "supports?", "Global Compact on Refugees|UN Global Compact on Refugees"), ("Marc Miller|Miller", "visits?", "Geneva"),
   ("Marc Miller|Miller", "part_of?", "Canada")]),
 ("Cyprus's agreement with Lebanon to stop boats leaving Tripoli was denounced by Amnesty International on Wednesday. "
  "The group said Lebanese soldiers had forcibly returned Syrians to Syria after the deal. "
  "Cypriot President Nikos Christodoulides visited Beirut in May to present a €1 billion EU aid package for Lebanon. "
  "The Lebanese Armed Forces said they were protecting the borders.",
  [("Cyprus|Cypriot", "agreement_with", "Lebanon|Lebanese"), ("Amnesty International", "criticises", "Cyprus|Cypriot"),
   ("Nikos Christodoulides", "visits", "Beirut"), ("EU", "funds", "Lebanon|Lebanese"),
   ("Amnesty International", "criticises?", "Lebanon|Lebanese"), ("Amnesty International", "criticises?", "Lebanese Armed Forces"),
   ("Lebanese Armed Forces", "part_of?", "Lebanon|Lebanese"), ("Nikos Christodoulides", "part_of?", "Cyprus|Cypriot")]),
 ("The Austrian asylum lawyers' network Asylkoordination Österreich has taken the Federal Office for Immigration and Asylum to the Constitutional Court over the suspension of family reunification. "
  "Interior Minister Gerhard Karner defended the suspension, saying Vienna's schools could not absorb more children. "
  "The Austrian Red Cross also criticised the measure, and its president, Gerald Schöpfer, called on the government to lift it.",
  [("Asylkoordination Österreich", "criticises", "Federal Office for Immigration and Asylum"),
   ("Gerald Schöpfer", "manages", "Austrian Red Cross|Red Cross"),
   ("Austrian Red Cross|Red Cross", "criticises?", "Austria|Federal Office for Immigration and Asylum"),
   ("Gerhard Karner", "part_of?", "Austria")]),
 ("Tunisian President Kais Saied attacked foreign-funded NGOs on Friday, accusing them of settling sub-Saharan migrants in Tunisia. "
  "The Tunisian Forum for Economic and Social Rights (FTDES) condemned the speech as racist. "
  "The European Parliament's Socialists and Democrats group criticised the European Commission's partnership with Saied. "
  "Italian Prime Minister Giorgia Meloni, a close ally of Saied on migration, visited Tunis four times in 2023.",
  [("Tunisian Forum for Economic and Social Rights|FTDES", "criticises", "Kais Saied|Saied"),
   ("Socialists and Democrats", "criticises", "European Commission"), ("Socialists and Democrats", "part_of", "European Parliament"),
   ("Giorgia Meloni", "supports", "Kais Saied|Saied"), ("Giorgia Meloni", "visits", "Tunis"),
   ("European Commission", "agreement_with?", "Kais Saied|Saied|Tunisia"), ("Kais Saied|Saied", "part_of?", "Tunisia"),
   ("Giorgia Meloni", "part_of?", "Italy|Italian")]),
 ("Guatemala's President Bernardo Arévalo welcomed the United States' decision to open Safe Mobility offices in Guatemala City on Monday. "
  "The offices, run by the UNHCR and the International Organization for Migration, help refugees apply for resettlement in the US. "
  "Arévalo thanked Secretary of State Antony Blinken, who visited Guatemala City in June. "
  "Republicans in Congress, led by Senator Ted Cruz, criticised the programme as a backdoor to mass immigration.",
  [("Bernardo Arévalo|Arévalo", "supports", "United States|US"), ("Bernardo Arévalo|Arévalo", "supports", "Antony Blinken"),
   ("Antony Blinken", "visits", "Guatemala City"), ("UNHCR", "cooperates_with", "International Organization for Migration"),
   ("UNHCR", "manages?", "Safe Mobility offices"), ("International Organization for Migration", "manages?", "Safe Mobility offices"),
   ("Ted Cruz", "criticises?", "United States|US"), ("Bernardo Arévalo|Arévalo", "part_of?", "Guatemala"),
   ("Antony Blinken", "part_of?", "United States|US")]),
 ("The Sweden Democrats, a fierce opponent of the government's former integration policy, now support Prime Minister Ulf Kristersson's coalition in parliament. "
  "Party leader Jimmie Åkesson praised Migration Minister Johan Forssell for tightening the rules on family reunification. "
  "The Swedish Red Cross criticised Forssell, saying the rules split families. "
  "The Social Democrats' Magdalena Andersson also attacked the plan.",
  [("Sweden Democrats", "supports", "Ulf Kristersson|Kristersson"), ("Jimmie Åkesson", "supports", "Johan Forssell|Forssell"),
   ("Swedish Red Cross", "criticises", "Johan Forssell|Forssell"), ("Magdalena Andersson", "part_of", "Social Democrats"),
   ("Jimmie Åkesson", "manages?", "Sweden Democrats"), ("Magdalena Andersson", "criticises?", "Johan Forssell|Forssell")]),
]


def half(name: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The DEV or ASIDE items (split by the parity of the text's MD5)."""
    return [it for it in ITEMS if (int(hashlib.md5(it[0].encode()).hexdigest(), 16) % 2 == 0) == (name == "dev")]


def main() -> int:
    from relations_migration import main as run  # the first probe's scoring and labelling conventions

    return run(half, "relations_migration4.py")


if __name__ == "__main__":
    raise SystemExit(main())
