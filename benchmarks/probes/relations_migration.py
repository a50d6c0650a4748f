"""Relations probe in the migration-policy genre: short texts (government releases, parliamentary
and NGO statements, news about deals, funding, deployments, returns, agencies and their heads,
facilities) about many countries and bodies, each with the relations a careful reader would list,
labelled 2026-12-03 by the fourth relations session **before any pipeline run on them**.

    python benchmarks/probes/relations_migration.py dev     # score, and list misses / unconfirmed rows
    python benchmarks/probes/relations_migration.py aside   # score only (the held-out half)

Split: a text is DEV when the first byte of the SHA-256 of its text is even, ASIDE otherwise (fixed
before any run). DEV is read while fixing classes; ASIDE is only ever scored, as a total.

Labels follow ``tests/relations_fresh/README.md``: named endpoints only, the fullest name the text
uses; a state body ("Poland's Border Guard", "the Greek government") may be matched by its country
(listed as an alias); heads of state are not ``manages`` of their country; "returned / removed to"
is no ``turns_back`` unless at a border; hedged, purposive or inferred relations are optional.
A label is ``(subject, predicate, object)``; ``"A|B"`` gives a name and its aliases; a predicate
ending in ``?`` is optional (matched rows are confirmed, misses are not counted). Scoring is the
project's matcher, ``dossier.evaluate.scorers.score_relations``: recall of required relations,
and how many rows found match a label.
"""

from __future__ import annotations

import hashlib
import sys

ITEMS = [
 ("Italy and Albania signed a protocol in November under which Albania will host two reception centres run by Italian officials.",
  [("Italy|Italian", "agreement_with", "Albania")]),
 ("Spain and Mauritania concluded a migration partnership in Nouakchott on Thursday, the Spanish prime minister Pedro Sánchez said.",
  [("Spain|Spanish", "agreement_with", "Mauritania"), ("Pedro Sánchez", "visits?", "Nouakchott")]),
 ("Under the EU-Tunisia memorandum of understanding, the European Commission will pay Tunisia €105 million for border management.",
  [("European Union|EU", "agreement_with", "Tunisia"), ("European Commission", "funds", "Tunisia")]),
 ("The Netherlands has given the International Organization for Migration €12 million to help migrants stranded in Niger return home.",
  [("Netherlands", "funds", "International Organization for Migration|IOM")]),
 ("The Hal Far Open Centre, which is run by Malta's Agency for the Welfare of Asylum Seekers, was found to be overcrowded by inspectors.",
  [("Agency for the Welfare of Asylum Seekers", "manages", "Hal Far Open Centre|Hal Far"), ("Agency for the Welfare of Asylum Seekers", "part_of?", "Malta")]),
 ("Canstruct International, the Brisbane-based company that ran the Nauru Regional Processing Centre, received contracts worth A$1.6 billion from the Australian government.",
  [("Canstruct International|Canstruct", "manages", "Nauru Regional Processing Centre"), ("Australia|Australian government|Australian", "funds?", "Canstruct International|Canstruct"),
   ("Canstruct International|Canstruct", "located_in?", "Brisbane")]),
 ("Officers from Germany's Federal Police have been seconded to North Macedonia to help patrol its southern border with Greece.",
  [("Federal Police|Germany's Federal Police|Germany", "deploys_to", "North Macedonia"), ("Federal Police", "part_of?", "Germany")]),
 ("Frontex, the European Union's border and coast guard agency, said it had sent 120 officers to Lithuania.",
  [("Frontex", "part_of", "European Union|EU"), ("Frontex", "deploys_to", "Lithuania")]),
 ("The Danish Refugee Council's secretary general Charlotte Slente said the cuts would hit programmes in Uganda and Ethiopia.",
  [("Charlotte Slente", "manages", "Danish Refugee Council")]),
 ("Ylva Johansson, the European Commissioner for Home Affairs, visited Lampedusa on Sunday with Italy's interior minister Matteo Piantedosi.",
  [("Ylva Johansson", "visits", "Lampedusa"), ("Matteo Piantedosi", "visits", "Lampedusa")]),
 ("Human Rights Watch condemned the Hellenic Coast Guard over the Pylos shipwreck and urged the European Commission to open an investigation.",
  [("Human Rights Watch", "criticises", "Hellenic Coast Guard")]),
 ("The UN refugee agency UNHCR welcomed Colombia's decision to grant temporary protection to 1.7 million Venezuelans.",
  [("UNHCR|UN refugee agency", "supports", "Colombia")]),
 ("Mexico's National Guard deployed 6,000 troops to the southern state of Chiapas after a deal with Washington.",
  [("National Guard|Mexico's National Guard|Mexico", "deploys_to", "Chiapas"), ("Mexico", "agreement_with", "United States|Washington"),
   ("National Guard", "part_of?", "Mexico")]),
 ("Denmark has given Rwanda 10 million kroner to study a transfer scheme, the foreign ministry in Copenhagen said.",
  [("Denmark", "funds", "Rwanda")]),
 ("The Guardia Civil, which reports to the Spanish Ministry of the Interior, said it had intercepted 300 people off Almería.",
  [("Guardia Civil", "part_of", "Ministry of the Interior|Spanish Ministry of the Interior")]),
 ("Amnesty International criticised Hungary for pushing people back into Serbia, saying the practice breached EU law.",
  [("Amnesty International|Amnesty", "criticises", "Hungary"), ("Hungary", "turns_back?", "Serbia")]),
 ("The Finnish Border Guard turned back 40 asylum seekers at the Vaalimaa crossing on the border with Russia.",
  [("Finnish Border Guard|Finland", "turns_back", "Russia")]),
 ("Poland's Border Guard said it had pushed back 200 people to Belarus overnight.",
  [("Border Guard|Poland's Border Guard|Poland", "turns_back", "Belarus")]),
 ("Two Afghan families were removed to Kabul on a charter flight that Frontex organised from Vienna.",
  []),
 ("The Home Affairs Department awarded a A$422 million contract to Broadspectrum to run the Manus Regional Processing Centre.",
  [("Broadspectrum", "manages", "Manus Regional Processing Centre"), ("Home Affairs Department|Department of Home Affairs", "funds?", "Broadspectrum")]),
 ("The Irish Refugee Council, a Dublin-based charity, receives most of its funding from the Department of Children.",
  [("Department of Children", "funds", "Irish Refugee Council"), ("Irish Refugee Council", "located_in?", "Dublin")]),
 ("The Voluntary Humanitarian Return programme in Libya is funded by the EU Trust Fund for Africa and run by the IOM.",
  [("EU Trust Fund for Africa", "funds", "Voluntary Humanitarian Return"), ("International Organization for Migration|IOM", "manages", "Voluntary Humanitarian Return"),
   ("Voluntary Humanitarian Return", "located_in?", "Libya")]),
 ("The Norwegian-funded Safe Migration Project in Nepal trained 3,000 returning workers last year.",
  [("Norway|Norwegian", "funds", "Safe Migration Project"), ("Safe Migration Project", "located_in?", "Nepal")]),
 ("The EU-funded Migration Partnership Facility, managed by the International Centre for Migration Policy Development in Vienna, supports projects in Morocco and Nigeria.",
  [("European Union|EU", "funds", "Migration Partnership Facility"), ("International Centre for Migration Policy Development", "manages", "Migration Partnership Facility"),
   ("International Centre for Migration Policy Development", "located_in?", "Vienna")]),
 ("Interpol's secretary general Jürgen Stock met the director of Brazil's Federal Police, Andrei Rodrigues, in Brasília to discuss smuggling networks.",
  [("Jürgen Stock", "manages", "Interpol"), ("Andrei Rodrigues", "manages", "Federal Police|Brazil's Federal Police"), ("Jürgen Stock", "visits?", "Brasília")]),
 ("The Dutch cabinet collapsed after the VVD and the ChristenUnie failed to agree on limits to family reunification.",
  []),
 ("The Refugee Council of Australia urged Canberra to end offshore detention on Nauru, calling the policy cruel and costly.",
  [("Refugee Council of Australia", "criticises", "Australia|Canberra")]),
 ("Save the Children accused the Greek government of leaving unaccompanied children in unsafe conditions on Lesbos.",
  [("Save the Children", "criticises", "Greece|Greek government|Greek")]),
 ("Kenya's Refugee Affairs Secretariat, an agency of the interior ministry, manages the Dadaab and Kakuma camps.",
  [("Refugee Affairs Secretariat", "manages", "Dadaab"), ("Refugee Affairs Secretariat", "manages", "Kakuma"), ("Refugee Affairs Secretariat", "part_of?", "Kenya")]),
 ("The rescue ship Humanity 1, which is owned by the German charity SOS Humanity, was detained in the port of Crotone.",
  [("SOS Humanity", "owns", "Humanity 1"), ("Humanity 1", "located_in?", "Crotone")]),
 ("Belgium will pay Morocco €5 million a year to take back its nationals, the state secretary for asylum Nicole de Moor said.",
  [("Belgium", "funds", "Morocco")]),
 ("Japan has given UNHCR $20 million for Rohingya refugees in Cox's Bazar.",
  [("Japan", "funds", "UNHCR")]),
 ("The World Bank approved a $300 million grant to Jordan to help it host Syrian refugees.",
  [("World Bank", "funds", "Jordan")]),
 ("Marc Miller, Canada's immigration minister, said Ottawa had resettled 40,000 Afghans since 2021.",
  []),
 ("The Australian Border Force's commissioner Michael Outram said two boats had been intercepted near Christmas Island.",
  [("Michael Outram", "manages", "Australian Border Force")]),
 ("Austria's interior minister Gerhard Karner travelled to Rabat to sign a returns agreement with his Moroccan counterpart.",
  [("Gerhard Karner", "visits", "Rabat"), ("Austria", "agreement_with?", "Morocco|Moroccan")]),
 ("Bangladesh and Myanmar agreed to begin repatriating Rohingya refugees from Cox's Bazar, a plan criticised by Human Rights Watch.",
  [("Bangladesh", "agreement_with", "Myanmar"), ("Human Rights Watch", "criticises?", "Bangladesh"), ("Human Rights Watch", "criticises?", "Myanmar")]),
 ("Europol signed a working arrangement with Serbia's interior ministry to share data on smuggling routes.",
  [("Europol", "agreement_with", "Serbia|Serbia's interior ministry")]),
 ("The Swedish Migration Agency's director general Mikael Ribbenvik said processing times had halved.",
  [("Mikael Ribbenvik", "manages", "Swedish Migration Agency|Migration Agency")]),
 ("Gilles de Kerchove heads the EU Counter-Terrorism Office, while Hans Leijtens leads Frontex.",
  [("Gilles de Kerchove", "manages", "EU Counter-Terrorism Office"), ("Hans Leijtens", "manages", "Frontex")]),
 ("Nina Gregori, who chairs the management board of the European Union Agency for Asylum, visited the reception centre in Ter Apel.",
  [("Nina Gregori", "manages?", "European Union Agency for Asylum"), ("Nina Gregori", "visits", "Ter Apel")]),
 ("The Danish People's Party welcomed the government's decision to suspend family reunification for Syrians.",
  [("Danish People's Party", "supports", "Denmark|government")]),
 ("Médecins Sans Frontières condemned the Libyan coastguard for firing on a rescue boat and urged Italy to stop supplying it with vessels.",
  [("Médecins Sans Frontières|MSF", "criticises", "Libyan coastguard|Libya"), ("Italy", "supplies", "Libyan coastguard|Libya"), ("Médecins Sans Frontières|MSF", "criticises?", "Italy")]),
 ("Italy has supplied the Libyan coastguard with four patrol boats since 2017.",
  [("Italy", "supplies", "Libyan coastguard|Libya")]),
 ("Serco, which runs the Yarl's Wood removal centre in Bedfordshire, said it had hired 200 new staff.",
  [("Serco", "manages", "Yarl's Wood"), ("Yarl's Wood", "located_in", "Bedfordshire")]),
 ("Geo Group operates the Adelanto ICE Processing Center in California under a contract with Immigration and Customs Enforcement.",
  [("Geo Group", "manages", "Adelanto ICE Processing Center"), ("Adelanto ICE Processing Center", "located_in", "California"),
   ("Geo Group", "agreement_with", "Immigration and Customs Enforcement|ICE")]),
 ("The Moria camp on Lesbos burned down in September 2020, leaving 12,000 people without shelter.",
  [("Moria", "located_in", "Lesbos")]),
 ("Under the Canada-US Safe Third Country Agreement, asylum seekers must claim protection in the first of the two countries they reach.",
  [("Canada", "agreement_with", "United States|US")]),
 ("Greece's migration minister Dimitris Kairidis visited the Evros border fence with Austrian chancellor Karl Nehammer.",
  [("Dimitris Kairidis", "visits", "Evros"), ("Karl Nehammer", "visits", "Evros")]),
 ("The Council of Europe's anti-torture committee criticised Cyprus for pushing back boats to Lebanon.",
  [("Council of Europe|anti-torture committee", "criticises", "Cyprus"), ("Cyprus", "turns_back?", "Lebanon")]),
 ("The Red Cross said it was working with the Bangladeshi authorities to move families from the camp on Bhasan Char.",
  [("Red Cross", "cooperates_with", "Bangladesh|Bangladeshi authorities|Bangladeshi")]),
 ("Chad's government and UNHCR have agreed a plan to relocate 100,000 Sudanese refugees away from the border town of Adré.",
  [("Chad", "agreement_with", "UNHCR")]),
 ("The Caritas shelter in Tapachula, a Mexican city near the Guatemalan border, took in 900 people last month.",
  [("Tapachula", "located_in?", "Mexico|Mexican")]),
 ("The Netherlands' Immigration and Naturalisation Service (IND), an agency of the Ministry of Justice and Security, said it would open a new centre in Ter Apel.",
  [("Immigration and Naturalisation Service|IND", "part_of", "Ministry of Justice and Security"), ("Immigration and Naturalisation Service|IND", "part_of?", "Netherlands")]),
 ("France's asylum office OFPRA is run by its director general, Julien Boucher.",
  [("Julien Boucher", "manages", "OFPRA")]),
 ("US Customs and Border Protection, a component of the Department of Homeland Security, said encounters at the southwest border had fallen.",
  [("US Customs and Border Protection|Customs and Border Protection", "part_of", "Department of Homeland Security")]),
 ("Italy's prime minister Giorgia Meloni criticised Germany for funding charities that rescue migrants in the Mediterranean.",
  [("Giorgia Meloni", "criticises", "Germany"), ("Germany", "funds?", "charities")]),
 ("The German foreign office confirmed it had given €2 million to SOS Humanity and Sant'Egidio.",
  [("Germany|German foreign office", "funds", "SOS Humanity"), ("Germany|German foreign office", "funds", "Sant'Egidio")]),
 ("Senegal's navy intercepted a pirogue carrying 200 people off Dakar and brought it back to port.",
  [("Senegal|Senegal's navy", "turns_back?", "Dakar")]),
 ("Hungarian prime minister Viktor Orbán attacked the European Commission over its migration pact, saying Budapest would never implement it.",
  [("Viktor Orbán|Orbán", "criticises", "European Commission")]),
 ("Britain's Home Office paid Rwanda £240 million under the Migration and Economic Development Partnership before the scheme was scrapped.",
  [("Home Office|Britain|United Kingdom", "funds", "Rwanda"), ("United Kingdom|Britain|Home Office", "agreement_with", "Rwanda")]),
 ("Thailand's immigration bureau deported 40 Uyghur men to China despite appeals from the UN human rights office.",
  []),
 ("The Panamanian government and the IOM have worked together at the Lajas Blancas reception station in Darién since 2021.",
  [("Panama|Panamanian government|Panamanian", "cooperates_with", "IOM"), ("Lajas Blancas", "located_in", "Darién")]),
 ("Kristi Noem, the secretary of Homeland Security, visited the Tohono O'odham Nation's stretch of the border in Arizona.",
  [("Kristi Noem", "visits", "Arizona"), ("Kristi Noem", "manages?", "Homeland Security")]),
 ("Refugee Action's chief executive Tim Naor Hilton criticised the Home Office's decision to house people on the Bibby Stockholm barge.",
  [("Tim Naor Hilton", "manages", "Refugee Action"), ("Tim Naor Hilton", "criticises", "Home Office"), ("Refugee Action", "criticises?", "Home Office")]),
 ("Lithuania's State Border Guard Service, part of the interior ministry, has turned away more than 20,000 people at the border with Belarus since 2021.",
  [("State Border Guard Service|Lithuania", "turns_back", "Belarus"), ("State Border Guard Service", "part_of?", "Lithuania")]),
]


def half(name: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The DEV or ASIDE items (split by the parity of the first byte of the text's SHA-256)."""
    return [it for it in ITEMS if (hashlib.sha256(it[0].encode()).digest()[0] % 2 == 0) == (name == "dev")]


def gold(labels: list[tuple[str, str, str]]) -> dict:
    """The labels as a ``tests/relations_dev``-style annotation (entities with aliases, relations)."""
    entities: dict[str, set[str]] = {}
    relations = []
    for s, p, o in labels:
        names = []
        for side in (s, o):
            name, *aliases = side.split("|")
            entities.setdefault(name, set()).update(aliases)
            names.append(name)
        relations.append({"subject": names[0], "predicate": p.rstrip("?"), "object": names[1],
                          "optional": p.endswith("?")})
    return {"entities": [{"name": n, "aliases": sorted(a)} for n, a in sorted(entities.items())],
            "relations": relations}


def score(items: list[tuple[str, list[tuple[str, str, str]]]], part: str) -> str:
    """The pipeline on ``items`` scored against their labels; the DEV half's misses are printed
    (the aside half is scored, never read). Shared by the later relation probes."""
    import pandas as pd

    from dossier.api import analyse_texts
    from dossier.evaluate.scorers import Result, _groups, score_relations

    hits = total = found = confirmed = 0
    for (text, labels), tables in zip(items, analyse_texts([t for t, _ in items])):
        res = Result(text[:40])
        rows = pd.DataFrame(tables["relations"], columns=["subject_entity_id", "predicate", "object_entity_id", "evidence"])
        score_relations(res, gold(labels), rows, _groups(pd.DataFrame(tables["mentions"]), pd.DataFrame()))
        rec, prec = res.score("relation_recall"), res.score("relation_precision")
        hits, total, found, confirmed = hits + rec.hits, total + rec.total, found + prec.total, confirmed + prec.hits
        if part == "dev" and res.errors:
            print(text)
            for e in res.errors:
                print(f"    {e['kind']:<12} {e['item']}  {e['detail']}")
    return (f"{part}: required-relation recall {hits}/{total} = {hits / max(total, 1):.3f}; rows found {found}, "
            f"matching a label {confirmed} ({len(items)} texts)")


def main(split=None, prog: str = "relations_migration.py") -> int:
    """``split``: a probe's own DEV/ASIDE split (this probe's :func:`half` by default)."""
    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part not in ("dev", "aside"):
        print(f"usage: {prog} dev|aside", file=sys.stderr)
        return 2
    print(score((split or half)(part), part))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
