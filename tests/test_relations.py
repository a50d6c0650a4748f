"""Relations (src/dossier/extract/relations.py): one unit test per class of statement the
extractor reads, on real-looking sentences, and a scorer for the relation annotations of
PolNeAR development articles in ``tests/relations_dev/`` (text read in place from
``../shared/external/polnear-dev``; skipped when that folder is absent).

Run the scorer by hand: ``.venv/bin/python tests/test_relations.py dev [--errors] [--dir <folder>]``
(``aside`` once, at the end: aggregate only). ``--dir`` reads the annotation files from another
folder (default ``tests/relations_dev``); an article's text is read from the PolNeAR dev texts or,
if it is not there, the train texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
DEV_DIR = HERE / "relations_dev"
POLNEAR_DATA = HERE.parent.parent / "shared" / "external" / "polnear-dev" / "data"
POLNEAR = POLNEAR_DATA / "dev" / "text"
POLNEAR_TEXTS = (POLNEAR, POLNEAR_DATA / "train" / "text")  # an article's text: dev first, then train


# --------------------------------------------------------------------------- scorer

def load_annotations(split: str, folder: Path = DEV_DIR) -> list[dict]:
    out = []
    for p in sorted(Path(folder).glob("*.json")):
        a = json.loads(p.read_text(encoding="utf-8"))
        if a.get("split") == split:
            out.append(a)
    if not out:
        raise FileNotFoundError(f"no annotations with split {split!r} in {folder}")
    return out


def article_text(name: str) -> str:
    """The text of a PolNeAR article: from the dev texts, or failing that the train texts."""
    for folder in POLNEAR_TEXTS:
        if (folder / name).is_file():
            return (folder / name).read_text(encoding="utf-8")
    raise FileNotFoundError(f"article {name!r} is in none of {[str(f) for f in POLNEAR_TEXTS]}")


def score(split: str, folder: Path = DEV_DIR) -> dict:
    """Recall of required relations and the rows found, per article, with the project's
    relation matcher (``dossier.evaluate.scorers.score_relations``). ``folder`` holds the
    annotation files (default ``tests/relations_dev``)."""
    import pandas as pd

    from dossier.api import analyse_texts
    from dossier.evaluate.scorers import Result, _groups, score_relations

    anns = load_annotations(split, folder)
    texts = [article_text(a["file"]) for a in anns]
    hits = total = found = confirmed = 0
    per_doc = []
    for a, text, tables in zip(anns, texts, analyse_texts(texts)):
        res = Result(a["file"])
        mentions = pd.DataFrame(tables["mentions"])
        rows = pd.DataFrame(tables["relations"], columns=["subject_entity_id", "predicate", "object_entity_id", "evidence"])
        score_relations(res, a, rows, _groups(mentions, pd.DataFrame()))
        rec, prec = res.score("relation_recall"), res.score("relation_precision")
        hits, total, found, confirmed = hits + rec.hits, total + rec.total, found + prec.total, confirmed + prec.hits
        per_doc.append((a["file"], res.errors))
    return {"recall": (hits, total), "confirmed": (confirmed, found), "docs": per_doc}


# --------------------------------------------------------------------------- unit tests

def _found(analyse_text, text):
    rows = analyse_text(text)["relations"]
    return {(r["subject_entity_id"], r["predicate"], r["object_entity_id"]) for r in rows}, rows


@pytest.fixture(scope="module")
def found():
    from dossier.api import analyse_text

    return lambda text: _found(analyse_text, text)


@pytest.mark.parametrize("text, expected", [
    # "the X–Y deal": two actors named as modifiers of the agreement noun
    ("The UK-France deal was signed in March.", ("united-kingdom", "agreement_with", "france")),
    # "X and Y signed / agreed"
    ("The UK and France signed a new agreement on Monday.", ("united-kingdom", "agreement_with", "france")),
    # "X signed a deal with Y"
    ("Britain signed a deal with Albania to return migrants.", ("united-kingdom", "agreement_with", "albania")),
    # passive: "was signed by X and Y"
    ("The agreement was signed by Italy and Albania.", ("italy", "agreement_with", "albania")),
    # an organisation criticising a law
    ("Amnesty International condemned the Safety of Rwanda Act.",
     ("amnesty-international", "criticises", "safety-of-rwanda-asylum-and-immigration-act-2024")),
    # officers deployed to a place, by verb and by noun (the place list read to its end)
    ("The Home Office deployed officers to Calais.", ("home-office", "deploys_to", "calais")),
    ("Frontex announced the deployment of officers to Greece and Italy.", ("frontex", "deploys_to", "italy")),
    ("These provocations prompted NATO to order the deployment of four units to Estonia, Latvia, Lithuania, and Poland.",
     ("nato", "deploys_to", "poland")),
    # "X, part of Y" / "X, a member of Y"
    ("Border Force, part of the Home Office, intercepted the boat.", ("border-force", "part_of", "home-office")),
    ("Greece, a member of the European Union, received the funds.", ("greece", "part_of", "european-union")),
    # agent nouns with an apposition or a relative clause holding the subject
    ("Jorge Castañeda, a former Mexican foreign minister who is a harsh critic of Mr. Peña Nieto, spoke.",
     ("jorge-castaneda", "criticises", "pena-nieto")),
    ("John Kerr, who heads the Refugee Council, said the plan would fail.", ("john-kerr", "manages", "refugee-council")),
    # "what X called Y's ..." outside a relative clause
    ("Leaders denounced what Australian Prime Minister Malcolm Turnbull called North Korea's reckless actions.",
     ("malcolm-turnbull", "criticises", "north-korea")),
])
def test_relation_classes(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


def test_examples_of_a_plural_subject_each_hold_the_relation(found):
    got, _ = found("Unions, including Unite and the GMB, have endorsed the Labour Party.")
    assert {("unite", "supports", "labour-party"), ("gmb", "supports", "labour-party")} <= got


def test_funds_with_amount_linked(found):
    got, rows = found("Britain will pay France £480m over three years under the deal.")
    assert ("united-kingdom", "funds", "france") in got
    assert [r["quantity_text"] for r in rows if r["predicate"] == "funds"] == ["£480m"]


def test_participle_after_a_relative_clause_locates_the_main_noun(found):
    got, _ = found("Manston arrivals and processing centre is a centre used for the processing of migrants who "
                   "have crossed the English Channel, located on the former site of RAF Manston in Manston, Kent.")
    assert ("manston-processing-centre", "located_in", "raf-manston") in got
    assert not any(s == "english-channel" for s, _, _ in got), got


def test_agreement_listed_under_arrangements_between_two_parties(found):
    got, _ = found("The deal is the latest in a series of arrangements between the UK and Europe, "
                   "including an agreement reached with France last year.")
    assert ("united-kingdom", "agreement_with", "france") in got


def test_operating_in_a_country_is_not_managing_it(found):
    got, _ = found("The BBC, operating in the free press environment of Britain, receives some government funding.")
    assert not any(p == "manages" for _, p, _ in got), got


def test_refusing_or_avoiding_states_no_relation(found):
    got, _ = found("Cruz refused to endorse Trump in July. Trump avoids condemning Russia's invasion of Ukraine.")
    assert not any(p in ("supports", "criticises") for _, p, _ in got), got


def test_a_nationality_modifying_the_object_is_not_the_object(found):
    got, _ = found("Corporate Travel Management, who managed two Scottish ships, was paid £1.6m. "
                   "The Security Council condemned North Korea's latest missile launch.")
    assert not any(o == "scotland" for _, _, o in got), got
    assert any(p == "criticises" and o == "north-korea" for _, p, o in got), got


def test_negated_verb_states_no_relation(found):
    got, _ = found("The Prime Minister did not support the Rwanda scheme, and Labour did not back it.")
    assert not any(p == "supports" for _, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # "the X–Y protocol / declaration / statement": more agreement nouns, combining forms, and a
    # named agreement that is one mention
    ("The Italy-Albania protocol came into force last year.", ("italy", "agreement_with", "albania")),
    ("The Franco-German agreement on border checks was criticised.", ("france", "agreement_with", "germany")),
    ("A Sino-Russian pact on energy was announced.", ("china", "agreement_with", "russia")),
    ("Critics said the EU–Turkey statement had failed refugees.", ("european-union", "agreement_with", "turkey")),
    # "signed a memorandum of understanding with Y" (the "with" hangs on the of-object)
    ("Italy signed a memorandum of understanding with Libya in 2017.", ("italy", "agreement_with", "libya")),
    # "X pays / gives / sends Y €N": the amount as the verb's argument, however the parser splits it
    ("The UK will pay Rwanda £120m as part of the scheme.", ("united-kingdom", "funds", "rwanda")),
    ("Italy gave Libya €32m for its coastguard.", ("italy", "funds", "libya")),
    ("Britain has paid France more than £500m since 2014.", ("united-kingdom", "funds", "france")),
    ("The EU has provided €6bn to Turkey for refugees.", ("european-union", "funds", "turkey")),
    ("Germany pledged €50m to Niger to stop migrants crossing the Sahara.", ("germany", "funds", "niger")),
    ("Britain will send France an extra £40m.", ("united-kingdom", "funds", "france")),
    # passive "deployed to" without an agent: the body the officers belong to
    ("Border Force officers have been deployed to Dover.", ("border-force", "deploys_to", "dover")),
    ("Frontex officers, deployed to Bulgaria in March, patrol the border.", ("frontex", "deploys_to", "bulgaria")),
    # "X, an agency / arm of Y", "X, the Y's agency"
    ("Frontex, an agency of the European Union, published the data.", ("frontex", "part_of", "european-union")),
    ("Europol, the EU's law enforcement agency, coordinated the raids.", ("europol", "part_of", "european-union")),
    # "X and Y reached / sealed an agreement"
    ("Spain and Morocco reached a deal on returns in 2022.", ("spain", "agreement_with", "morocco")),
])
def test_relation_classes_2026_12_02(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


def test_an_operation_by_two_bodies_is_their_cooperation(found):
    got, _ = found("The raids were conducted by officers from the National Crime Agency and Border Force. "
                   "Europol and the Spanish police carried out a joint operation against the network. "
                   "Oxford and Harvard conducted the study.")
    assert ("national-crime-agency", "cooperates_with", "border-force") in got
    assert ("europol", "cooperates_with", "spanish-police") in got
    assert sum(p == "cooperates_with" for _, p, _ in got) == 2, got


def test_a_broker_is_not_a_party(found):
    got, _ = found("Norway brokered a deal between Israel and Egypt.")
    assert ("israel", "agreement_with", "egypt") in got
    assert not any(s == "norway" and p == "agreement_with" for s, p, _ in got), got


def test_sending_without_money_is_still_a_deployment(found):
    got, rows = found("Britain will send more drones to France.")
    assert ("united-kingdom", "deploys_to", "france") in got
    assert not any(p == "funds" for _, p, _ in got), got


def test_agreeing_with_an_opinion_is_not_a_deal(found):
    got, _ = found("The judge agreed with Ivana Trump that there was no reason to intrude. "
                   "Dan McLaughlin at the National Review agreed with Chris Matthews about the winner. "
                   "The Netherlands agreed with Belgium to share border data.")
    assert not any(p == "agreement_with" and s != "netherlands" for s, p, _ in got), got
    assert ("netherlands", "agreement_with", "belgium") in got


def test_statements_and_payments_without_parties_state_nothing(found):
    got, _ = found("Jane Smith, a spokeswoman for the Home Office, said in a statement that its team would work "
                   "with the French police and Frontex. "
                   "The statement by the Home Office was published on Monday. "
                   "The UK paid tribute to France for its help. The UK will pay for the scheme, officials said.")
    assert not any(p in ("agreement_with", "funds") for _, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # an evaluative word said of a law, policy or body is criticism of it
    ("The Law Society said the Illegal Migration Act was unworkable and unlawful.",
     ("law-society", "criticises", "illegal-migration-act-2023")),
    ("The Refugee Council warned that the Nationality and Borders Act would be unworkable.",
     ("refugee-council", "criticises", "nationality-and-borders-act-2022")),
    ("Amnesty International called the Nationality and Borders Act inhumane.",
     ("amnesty-international", "criticises", "nationality-and-borders-act-2022")),
    ("Human Rights Watch branded the Illegal Migration Act a betrayal of refugees.",
     ("human-rights-watch", "criticises", "illegal-migration-act-2023")),
    ("The UNHCR described the Safety of Rwanda Act as a breach of the Refugee Convention.",
     ("unhcr", "criticises", "safety-of-rwanda-asylum-and-immigration-act-2024")),
    ("Labour called the Home Office's asylum system a shambles.", ("labour-party", "criticises", "home-office")),
    ("The Refugee Council said the Illegal Migration Act is in breach of international law.",
     ("refugee-council", "criticises", "illegal-migration-act-2023")),
    # "the two countries" / "both countries" / "the two nations": the pair named before
    ("Britain and Albania have long cooperated on returns. The two countries signed a new agreement in December.",
     ("united-kingdom", "agreement_with", "albania")),
    ("Officials from Italy and Tunisia met in Rome on Tuesday. Both countries agreed to step up patrols.",
     ("italy", "agreement_with", "tunisia")),
    ("Greece and Turkey have clashed over the border. The two nations reached a deal on coastguard patrols.",
     ("greece", "agreement_with", "turkey")),
    ("Spain and Morocco met in Rabat. The two governments signed a protocol on returns.",
     ("spain", "agreement_with", "morocco")),
    # not written as a pair: the last two countries named (a city in between is not a country)
    ("Italy has sent thousands of people back to Tunisia, and Italian officials met in Rome on Monday. "
     "Italy wants faster returns. In 2023 the two countries signed a new memorandum of understanding.",
     ("italy", "agreement_with", "tunisia")),
    # a definite noun of a kind ("the charity", "the scheme") stands for the last entity of that kind
    ("The Refugee Council said on Monday that it would go to court. The charity criticised the Home Office.",
     ("refugee-council", "criticises", "home-office")),
    ("Ministers announced the Rwanda scheme in April. Amnesty International said the scheme was cruel.",
     ("amnesty-international", "criticises", "uk-rwanda-migration-and-economic-development-partnership")),
    # a subject pronoun after "X, who ...": X, not the last person named in the clause
    ("Ministers are courting Giorgia Meloni, who held talks with Rishi Sunak in Rome. She will visit Albania on Friday.",
     ("giorgia-meloni", "visits", "albania")),
])
def test_relation_classes_2026_12_02_second(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


def test_descriptions_that_judge_nothing_state_no_criticism(found):
    got, _ = found("The Home Office said the Illegal Migration Act was not unlawful. "
                   "The Home Office said the Illegal Migration Act was lawful. "
                   "Frontex said the route through Libya was dangerous. "
                   "The court did not find the Nationality and Borders Act unlawful. "
                   "Amnesty International said it was unacceptable that people drowned in the Channel. "
                   "Italy said illegal migration from Tunisia had doubled. "
                   "Germany described the talks with Poland as constructive.")
    assert not any(p == "criticises" for _, p, _ in got), got


def test_two_countries_without_a_pair_named_before_state_nothing(found):
    got, _ = found("France is a member of the European Union. The two countries signed an agreement on Monday. "
                   "Germany's interior minister met Poland's on Friday; the two sides have different views.")
    assert not any(p == "agreement_with" for _, p, _ in got), got
    assert ("france", "part_of", "european-union") in got


@pytest.mark.parametrize("text, expected", [
    # deploys_to: every place of a list, a place inside a common noun ("to its embassies in X"),
    # people on duty placed by a participle ("officers based / stationed / posted / embedded"),
    # the body they belong to or the one that "has" them
    ("Frontex has sent border guards to Estonia, Latvia and Finland.", ("frontex", "deploys_to", "finland")),
    ("Sweden will post migration liaison officers to its embassies in Ethiopia and Somalia.",
     ("sweden", "deploys_to", "somalia")),
    ("Europol has analysts based in Athens to support the Greek police.", ("europol", "deploys_to", "athens")),
    ("National Crime Agency investigators are embedded with Europol.", ("national-crime-agency", "deploys_to", "europol")),
    ("Finland will second border guards to Greece.", ("finland", "deploys_to", "greece")),
    ("Two Frontex officers posted on Lesbos were interviewed.", ("frontex", "deploys_to", "lesbos")),
    ("National Crime Agency and Home Office intelligence staff based in Ankara work with the Turkish police.",
     ("home-office", "deploys_to", "ankara")),
    # part_of: more unit nouns, "within / under", a country owning the body, verbs of belonging
    ("The Swedish Migration Agency, an authority under the Ministry of Justice, decides asylum claims.",
     ("swedish-migration-agency", "part_of", "ministry-of-justice")),
    ("Frontex, an institution of the European Union, coordinates returns.", ("frontex", "part_of", "european-union")),
    ("The Federal Office for Migration and Refugees, Germany's asylum authority, published new figures.",
     ("federal-office-for-migration-and-refugees", "part_of", "germany")),
    ("UK Visas and Immigration, which sits within the Home Office, processes visa applications.",
     ("uk-visas-and-immigration", "part_of", "home-office")),
    ("The Greek coastguard, which falls under the Ministry of Maritime Affairs, patrols the Aegean.",
     ("greek-coastguard", "part_of", "ministry-of-maritime-affairs")),
    # criticises: an evaluative adjective on the predicate noun, more verbs, "hit out at"
    ("Human Rights Watch said the Nationality and Borders Act was a shameful attack on refugees.",
     ("human-rights-watch", "criticises", "nationality-and-borders-act-2022")),
    ("The Refugee Council called the Illegal Migration Act a cruel piece of legislation.",
     ("refugee-council", "criticises", "illegal-migration-act-2023")),
    ('Ministers unveiled the Rwanda scheme in April. "It is a cruel and unworkable policy," said Amnesty International.',
     ("amnesty-international", "criticises", "uk-rwanda-migration-and-economic-development-partnership")),
    ("Amnesty International lambasted the Nationality and Borders Act.",
     ("amnesty-international", "criticises", "nationality-and-borders-act-2022")),
    ("The Law Society hit out at the Illegal Migration Act.", ("law-society", "criticises", "illegal-migration-act-2023")),
    # agreement_with: "the A–B memorandum" with a name the reference does not know; the people of
    # two parties as subject; "announced a deal"
    ("The new Malta–Libya memorandum was signed in Tripoli.", ("malta", "agreement_with", "libya")),
    ("The foreign ministers of Greece and Egypt signed a maritime agreement.", ("greece", "agreement_with", "egypt")),
    ("Officials from Ghana and Britain announced a deal on returns.", ("ghana", "agreement_with", "united-kingdom")),
    ("Spain and Senegal announced a new agreement on seasonal work.", ("spain", "agreement_with", "senegal")),
    # funds: the first of two objects read by the parser as a compound of the second
    ("Germany has given the Tunisian coastguard boats and €20m since 2020.", ("germany", "funds", "tunisian-coastguard")),
    # "A and B are working together"; "headquartered in"; "pushed back" read as verb + adverb
    ("Interpol and Europol are working together on people smuggling.", ("interpol", "cooperates_with", "europol")),
    ("Frontex, the European Border and Coast Guard Agency, is headquartered in Warsaw.",
     ("frontex", "located_in", "warsaw")),
    ("Greek coastguards pushed back migrants towards Turkey, according to Human Rights Watch.",
     ("greece", "turns_back", "turkey")),
    # each of two conjoined subjects; an organisation's officer speaks for it; paying a body; travel
    ("The Bar Council and the Law Society both said the Safety of Rwanda Bill was unconstitutional.",
     ("law-society", "criticises", "safety-of-rwanda-asylum-and-immigration-act-2024")),
    ("Writing in the Guardian, Amnesty's UK director said the Nationality and Borders Act was shameful.",
     ("amnesty", "criticises", "nationality-and-borders-act-2022")),
    ("Under the agreement, Britain pays France to increase patrols on its beaches.", ("united-kingdom", "funds", "france")),
    ("A team of Home Office officials travelled to Tirana to finalise the deal.", ("home-office", "visits", "tirana")),
    ("More than 100 French police officers were deployed to the beaches around Dunkirk.",
     ("french-police", "deploys_to", "dunkirk")),
    # "the deal X struck with Y" (a relative clause without "that"); "X, along with Y, condemned"
    ("The deal Britain struck with Rwanda in 2022 has cost £700m.", ("united-kingdom", "agreement_with", "rwanda")),
    ("The Refugee Council, along with Amnesty International, has condemned the Illegal Migration Act.",
     ("amnesty-international", "criticises", "illegal-migration-act-2023")),
    # a role noun with the person's name in apposition is that person, not its possessor
    ("The Home Office's permanent secretary, Matthew Rycroft, visited Kigali.", ("matthew-rycroft", "visits", "kigali")),
    ("The Illegal Migration Act became law in July. The Refugee Council's chief executive, Enver Solomon, said the "
     "act was unworkable.", ("enver-solomon", "criticises", "illegal-migration-act-2023")),
    # funds: an amount with its giver and receiver, without a verb of giving
    ("The money, £8m from the UK to Belgium, will pay for scanners at Zeebrugge.", ("united-kingdom", "funds", "belgium")),
    ("The deal includes €20m from Italy to Tunisia for coastguard boats.", ("italy", "funds", "tunisia")),
    ("The UK will give €3m to the coastguard of Libya.", ("united-kingdom", "funds", "libya")),
    ("Under the deal, the UK will provide Albania with funding for reintegration programmes.",
     ("united-kingdom", "funds", "albania")),
    ("The government of Niger has been receiving money from the EU since 2016.", ("european-union", "funds", "niger")),
    # deploys_to: the "to" hung on the object; a place owning the common noun
    ("The Home Office has deployed staff to Calais and Dunkirk.", ("home-office", "deploys_to", "dunkirk")),
])
def test_relation_classes_2026_12_03(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


def test_negated_wished_or_conditional_deployments_and_deals_state_nothing(found):
    got, _ = found("Denmark has not deployed officers to Lithuania. Spain refused to send officers to Mauritania. "
                   "Belgium is considering whether to deploy officers to Morocco. "
                   "The UK wants to sign a deal with Vietnam. Ministers hope to agree a returns deal with Iraq. "
                   "Albania urged Kosovo to sign a deal with Serbia. "
                   "If Portugal signs a deal with Angola, the talks will resume. "
                   "The Maltese navy did not push back the boat towards Libya. "
                   "The deal Britain did not strike with Kenya was discussed.")
    assert not any(p in ("deploys_to", "agreement_with", "turns_back") for _, p, _ in got), got


def test_people_sent_somewhere_are_not_a_deployment(found):
    got, _ = found("The protocol allows Italy to send migrants to Albania. Britain sent asylum seekers to Rwanda. "
                   "Rand Paul's supporters criticised the Home Office. "
                   "Two committee chairs sent a letter to the Home Office in Croydon.")
    assert not any(p in ("deploys_to", "criticises") for _, p, _ in got), got


def test_a_border_with_a_country_is_on_this_side(found):
    got, _ = found("Frontex deployed 300 officers to Greece's land border with Turkey. "
                   "Italy will provide Libya with patrol boats.")
    assert ("frontex", "deploys_to", "greece") in got and ("frontex", "deploys_to", "turkey") not in got, got
    assert ("italy", "supplies", "libya") in got and ("italy", "funds", "libya") not in got, got


def test_unit_nouns_and_money_for_something_state_nothing_extra(found):
    got, _ = found("Amnesty International said the Illegal Migration Act was not a cruel law. "
                   "Smith, the office manager, said the Home Office would pay. "
                   "The funds were released after officials from Ghana and Britain met in Accra. "
                   "Norway gave €10m for returns from Libya. "
                   "Sweden gave €5m for the return of migrants from Niger.")
    assert not any(p in ("criticises", "part_of", "agreement_with", "funds") for _, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # heads of a body (manages): apposition, "whose leader", a title before the name, copula, "served as"
    ("Janet Moore, the director of the Refugee Council, said the plan would fail.",
     ("janet-moore", "manages", "refugee-council")),
    ("The Green Party, whose leader, Carla Benz, spoke on Monday, lost seats.", ("carla-benz", "manages", "green-party")),
    ("Labour Party leader Keir Starmer visited Dover.", ("keir-starmer", "manages", "labour-party")),
    ("Tom Walsh is chairman of the Federation of Small Businesses.",
     ("tom-walsh", "manages", "federation-of-small-businesses")),
    ("Peter Hall served as president of the Law Society for two years.", ("peter-hall", "manages", "law-society")),
    # a deputy is part of the body
    ("Maria Lopez, vice president of the Catholic Relief Services, said the aid would come.",
     ("maria-lopez", "part_of", "catholic-relief-services")),
    # a publication of a body
    ("The Atlantic Review, the magazine of the Brookings Institution, ran the story.",
     ("brookings-institution", "publishes", "atlantic-review")),
    # members named as members
    ("Spain's fellow NATO members, including Portugal and Greece, objected.", ("greece", "part_of", "nato")),
    ("EU member Hungary vetoed the plan.", ("hungary", "part_of", "european-union")),
    ("Turkey, a NATO member, objected.", ("turkey", "part_of", "nato")),
    # criticism: every conjoined object, "against", suing, deriding, a judging label
    ("Jean Duval criticized Macron and Le Pen after the debate.", ("jean-duval", "criticises", "le-pen")),
    ("Prime Minister Mark Rutte is rallying a coalition against the Freedom Party.",
     ("mark-rutte", "criticises", "freedom-party")),
    ("Amnesty International filed a lawsuit against the Home Office.",
     ("amnesty-international", "criticises", "home-office")),
    ("Texas sued the Obama administration over the order.", ("texas", "criticises", "obama")),
    ("Senator Lindsey Graham derided Trump's comments on Monday.", ("lindsey-graham", "criticises", "trump")),
    ("Priebus called Trump very weak on trade.", ("priebus", "criticises", "trump")),
    # praise is support, and praising X's record praises X
    ("Senator Kay Hagan praised Obama's record on veterans.", ("kay-hagan", "supports", "obama")),
    # people living or settling somewhere
    ("Karim Haddad, who immigrated to Dearborn in 1990, runs a bakery.", ("karim-haddad", "located_in", "dearborn")),
    ("Lena Ruiz came to Houston from Guatemala in 2004.", ("lena-ruiz", "located_in", "houston")),
    ("Omar Said has lived in Toronto for three years.", ("omar-said", "located_in", "toronto")),
    # "the deal brokered by X with Y": X's deal with Y
    ("The deal brokered by Chancellor Merkel with the Turkish government collapsed.",
     ("merkel", "agreement_with", "government-of-turkey")),
    # a person's party
    ("Jeremy Corbyn's Labour Party won the seat.", ("jeremy-corbyn", "part_of", "labour-party")),
    # money said to be money: a financial contribution, a donation
    ("Grandi welcomed the EU's financial contribution to support Jordan and refugee communities in Jordan.",
     ("european-union", "funds", "jordan")),
    ("The Gates Foundation made a donation to UNICEF.", ("gates-foundation", "funds", "unicef")),
    # buying a body owns it; taking one over manages it
    ("Microsoft bought LinkedIn in 2016.", ("microsoft", "owns", "linkedin")),
    ("Mr. Basanez took over the Mexican Embassy last year.", ("basanez", "manages", "mexican-embassy")),
    # "X, a Y supporter"; arriving somewhere; a trip to a place
    ("Ashley Yago, a Trump supporter, works in retail.", ("ashley-yago", "supports", "trump")),
    ("Obama arrived in Ankara on Sunday.", ("obama", "visits", "ankara")),
    ("Clinton's trip to Iowa drew crowds.", ("clinton", "visits", "iowa")),
    # a claim denied, a false claim; opposition to something
    ("Frazier said Cruz's claim was simply not true.", ("frazier", "criticises", "cruz")),
    ("Frazier said the Cruz campaign's ad was false.", ("frazier", "criticises", "cruz")),
    ("President Obama's opposition to Brexit is well known.", ("obama", "criticises", "brexit")),
    # idioms of attack and of support
    ("Marco Rubio took aim at Ted Cruz on Tuesday.", ("marco-rubio", "criticises", "ted-cruz")),
    ("Ted Cruz fired back at Marco Rubio.", ("ted-cruz", "criticises", "marco-rubio")),
    ("Angela Merkel pushed back against Recep Tayyip Erdogan.", ("angela-merkel", "criticises", "recep-tayyip-erdogan")),
    ("The Teamsters threw their support behind Hillary Clinton.", ("teamsters", "supports", "hillary-clinton")),
    ("Obama lashed out at his critics, including Donald Trump.", ("obama", "criticises", "donald-trump")),
    # campaigning for someone supports them
    ("Elizabeth Warren campaigned for Hillary Clinton in Ohio.", ("elizabeth-warren", "supports", "hillary-clinton")),
])
def test_relation_classes_2026_12_03_round2(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text", [
    "Ruth Ames, the former president of Oxfam, spoke.",        # no longer the head
    "Daniel Ortiz, the president of Honduras, spoke.",         # a head of state is no manager of it
    "President Obama met Chancellor Merkel in Berlin.",
    "Is Peter Hall the leader of the Liberal Democrats?",      # a question
    "Smith is not the chairman of Barclays.",                  # negated
    "Did Amnesty International file a lawsuit against the Home Office?",
    "Greenpeace refused to file a lawsuit against Shell.",     # refused
    "If Oxfam files a lawsuit against the Home Office, it will lose.",  # a condition
    "The mayor did not campaign against Rutte.",
    "Farage denied that he had attacked Merkel.",              # a reported denial
    "Farage wants to sue the European Commission.",            # only wished
    "Does Farage support Merkel?",
    "Lena Ruiz came to Houston to campaign.",                  # a trip, not a move
    "Senator Jane Doe bought a house in Florida.",             # owns a house, not Florida
    "Sweden's contribution to the debate was noted.",          # a contribution that is no money
    "Rand Paul's supporters are angry.",                       # nobody named holds the noun
    "Ohio voters did not vote for Kasich.",
    "Frazier said Cruz's claim was true.",                      # confirmed, not denied
])
def test_questions_denials_and_non_heads_state_nothing(found, text):
    got, _ = found(text)
    assert not any(p in ("manages", "criticises", "located_in", "supports", "part_of") for _, p, _ in got), got


def test_a_cancelled_trip_and_a_country_s_media_state_nothing(found):
    got, _ = found("Clinton's trip to Iowa was cancelled. Trump blasted the American media on Monday.")
    assert not any(p == "visits" for _, p, _ in got) and ("donald-trump", "criticises", "united-states") not in got, got


def test_an_attack_on_someone_s_support_is_aimed_at_them_not_at_whom_they_supported(found):
    got, _ = found("Marco Rubio took aim at Chris Christie's past support for Sonia Sotomayor.")
    assert ("marco-rubio", "criticises", "chris-christie") in got
    assert ("marco-rubio", "criticises", "sonia-sotomayor") not in got, got


def test_against_a_party_the_eu_only_modifies_is_not_against_the_eu(found):
    got, _ = found("Renzi is rallying a coalition against the anti-EU Five Star Movement.")
    assert not any(o == "european-union" for _, _, o in got), got


@pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR development texts not present")
def test_polnear_dev_recall_floor():
    got = score("dev")
    hits, total = got["recall"]
    assert total >= 20
    assert hits / total >= 0.70, got["docs"]


def _main(argv):
    import argparse

    ap = argparse.ArgumentParser(description="Score relation annotations of PolNeAR articles.")
    ap.add_argument("split", nargs="?", default="dev", help="the annotations' split value (dev, aside, ...)")
    ap.add_argument("--dir", type=Path, default=DEV_DIR, help="folder of annotation files (default tests/relations_dev)")
    ap.add_argument("--errors", action="store_true", help="list misses and unconfirmed rows (not for aside)")
    args = ap.parse_args(argv)
    split = args.split
    got = score(split, args.dir)
    h, t = got["recall"]
    c, f = got["confirmed"]
    print(f"{split}: required-relation recall {h}/{t} = {h / t:.3f}; rows found {f}, matching an annotation {c}")
    if split != "aside" and args.errors:
        for doc, errs in got["docs"]:
            for e in errs:
                print(f"  {doc[:40]}  {e['kind']:11s} {e['item']}  {e['detail']}")


def test_scorer_reads_a_folder_and_train_texts(tmp_path):
    """``--dir``: annotations from any folder; an article's text from dev, else train; a split
    no file has is a clear error."""
    (tmp_path / "a.json").write_text(json.dumps({"file": "x.txt", "split": "probe", "relations": []}), encoding="utf-8")
    assert [a["file"] for a in load_annotations("probe", tmp_path)] == ["x.txt"]
    with pytest.raises(FileNotFoundError, match="no annotations with split 'nosuch'"):
        load_annotations("nosuch", tmp_path)
    with pytest.raises(FileNotFoundError, match="in none of"):
        article_text("no-such-article.txt")
    train = POLNEAR_TEXTS[1]
    if train.is_dir():
        name = sorted(p.name for p in train.iterdir())[0]
        if not (POLNEAR / name).is_file():
            assert article_text(name) == (train / name).read_text(encoding="utf-8")


def test_symmetric_predicates_score_in_either_order():
    """A deal or cooperation reads the same both ways: the scorer accepts a row stating the
    other order for those predicates only (a payment from Y to X is not one from X to Y)."""
    import pandas as pd

    from dossier.evaluate.scorers import Result, score_relations
    from dossier.extract.relations import SYMMETRIC

    assert SYMMETRIC == {"agreement_with", "cooperates_with"}
    groups = {"uk": {"surfaces": {"united kingdom"}}, "fr": {"surfaces": {"france"}}}
    gold = {"relations": [{"subject": "United Kingdom", "predicate": "agreement_with", "object": "France"},
                          {"subject": "United Kingdom", "predicate": "funds", "object": "France"}]}
    rows = pd.DataFrame([("fr", "agreement_with", "uk", "France signed a deal with the UK."),
                         ("fr", "funds", "uk", "France paid the UK.")],
                        columns=["subject_entity_id", "predicate", "object_entity_id", "evidence"])
    res = Result("d")
    score_relations(res, gold, rows, groups)
    assert (res.score("relation_recall").hits, res.score("relation_recall").total) == (1, 2)
    assert (res.score("relation_precision").hits, res.score("relation_precision").total) == (1, 2)


if __name__ == "__main__":
    _main(sys.argv[1:])


def test_a_gold_predicate_named_before_the_vocabulary_is_read_as_the_vocabularys():
    import pandas as pd

    from dossier.evaluate.scorers import Result, score_relations

    groups = {"tr": {"surfaces": {"turkey"}}, "ir": {"surfaces": {"iran"}}}
    gold = {"relations": [{"subject": "Turkey", "predicate": "turns_back_migrants_at_border_with", "object": "Iran"}]}
    rows = pd.DataFrame([("tr", "turns_back", "ir", "Turkey turned back migrants at its border with Iran")],
                        columns=["subject_entity_id", "predicate", "object_entity_id", "evidence"])
    res = Result("d")
    score_relations(res, gold, rows, groups)
    assert (res.score("relation_recall").hits, res.score("relation_precision").hits) == (1, 1)


# --------------------------------------------------------------------------- 2026-12-03, fourth session
# Constructions of the migration-policy genre (benchmarks/probes/relations_migration.py, DEV half),
# on new sentences.

@pytest.mark.parametrize("text, expected", [
    # heads named by a two-word title or a title just before the name, however parsed
    ("The Norwegian Refugee Council's secretary general Jan Egeland warned of cuts.",
     ("jan-egeland", "manages", "norwegian-refugee-council")),
    ("The Metropolitan Police's commissioner Mark Rowley said the unit would grow.",
     ("mark-rowley", "manages", "metropolitan-police")),
    ("Refugee Council's chief executive Enver Solomon condemned the Home Office's plan.",
     ("enver-solomon", "criticises", "home-office")),
    # "Y leads X" (a body named as the object)
    ("Fabrice Leggeri led Frontex until 2022.", ("fabrice-leggeri", "manages", "frontex")),
    # a name in apposition is the noun, not a nationality inside its phrase
    ("The ship Ocean Viking is owned by the French charity SOS Mediterranee.",
     ("sos-mediterranee", "owns", "ocean-viking")),
    # a facility named by its modifier, and the place of its own preposition
    ("Serco runs the Yarl's Wood removal centre near Bedford.", ("serco", "manages", "yarl-s-wood")),
    ("Serco runs the Yarl's Wood removal centre near Bedford.", ("yarl-s-wood", "located_in", "bedford")),
    ("The Kakuma camp in Kenya holds 200,000 people.", ("kakuma", "located_in", "kenya")),
    ("The Kara Tepe camp on Lesbos was closed in 2021.", ("kara-tepe", "located_in", "lesbos")),
    # "the X-funded Y"
    ("The Danish-funded Safe Return Programme helped 400 people.", ("denmark", "funds", "safe-return-programme")),
    ("The European Commission-funded Migration Partnership Facility supports projects in Ghana.",
     ("european-commission", "funds", "migration-partnership-facility")),
    # welcoming another's act supports its author
    ("Oxfam welcomed Ireland's decision to double its aid.", ("oxfam", "supports", "ireland")),
    # a money noun inside the object of "receive"
    ("The Scottish Refugee Council receives much of its funding from the Scottish Government.",
     ("scottish-government", "funds", "scottish-refugee-council")),
    # a companion of a visit visits too
    ("Nancy Faeser visited Athens with the Greek migration minister Dimitris Kairidis.",
     ("dimitris-kairidis", "visits", "athens")),
    # who holds a contract to run a place runs it
    ("Serco won a contract to run the Napier Barracks.", ("serco", "manages", "napier")),
    # every name of a plural facility noun
    ("The Italian interior ministry manages the Lampedusa and Pozzallo hotspots.",
     ("italian-interior-ministry", "manages", "pozzallo")),
    # "turned away ... at the border with Y" (the "with" hung on the verb)
    ("The Latvian State Border Guard turned away 150 people at the border with Belarus.",
     ("latvian-state-border-guard", "turns_back", "belarus")),
    # antecedents: a pronoun's gender passes over a subject of the other gender ...
    ("John Kerry met Mary Robinson in Geneva. She later criticised the European Commission.",
     ("mary-robinson", "criticises", "european-commission")),
    # ... and a possessive inside a phrase with a person possessor is that possessor
    ("Boris Johnson's stance on Europe, including his opposition to the Dublin Regulation, worried Theresa May.",
     ("boris-johnson", "criticises", "dublin-regulation")),
])
def test_relation_classes_2026_12_03_fourth(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    # a commissioner of a commission is one of its members, not its head
    ("EU Commissioner Magnus Brunner visited Athens.", "manages"),
    ("Major General Paul Smith said the Army would help.", "manages"),     # "general" only in two-word titles
    ("Yvette Cooper led the talks with France.", "manages"),               # "lead" with no body named
    ("The Home Office opened a processing centre in Dover.", "located_in"),  # a body's facility, unnamed
    ("The British facility in Kigali was closed.", "located_in"),          # a country's facility
    ("The minister welcomed Ylva Johansson to Rome.", "supports"),         # a guest welcomed, not an act
    ("The Home Office signed a contract to run the barracks.", "manages"),  # the awarder runs nothing
    ("Clinton led Trump 47 percent to 43 percent.", "manages"),             # a poll lead
    ("Frontex returned 50 people to Georgia on a charter flight.", "turns_back"),  # a return, not at a border
])
def test_genre_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got


def test_given_name_genders_come_from_the_census_lists():
    from dossier.extract.resolve import given_name_genders

    g = given_name_genders()
    assert g["james"] == "m" and g["mary"] == "f" and "leslie" not in g  # a name of both


# 2026-12-03 evening: stances stated by adjectives, nouns of attack, stances received, verbs of
# pursuit and rejection, and judging words said of a person (relation_stance.py)
@pytest.mark.parametrize("text, expected", [
    ("Elizabeth Warren has been sharply critical of Hillary Clinton on trade.",
     ("elizabeth-warren", "criticises", "hillary-clinton")),
    ("The American Civil Liberties Union is opposed to the Secure Fence Act.",
     ("american-civil-liberties-union", "criticises", "secure-fence-act")),
    ("Nigel Farage has long been skeptical of the European Union.", ("nigel-farage", "criticises", "european-union")),
    ("Jeb Bush's attack on Marco Rubio drew applause from the crowd.", ("jeb-bush", "criticises", "marco-rubio")),
    ("Ted Cruz took a swipe at Marco Rubio during the debate.", ("ted-cruz", "criticises", "marco-rubio")),
    ("Hillary Clinton won the endorsement of the Service Employees International Union.",
     ("service-employees-international-union", "supports", "hillary-clinton")),
    ("Bernie Sanders won the backing of the Communications Workers of America.",
     ("communications-workers-of-america", "supports", "bernie-sanders")),
    ("Angela Merkel faced harsh criticism from Horst Seehofer over her refugee policy.",
     ("horst-seehofer", "criticises", "angela-merkel")),
    ("Jeb Bush went after Donald Trump in the debate.", ("jeb-bush", "criticises", "donald-trump")),
    ("Elizabeth Warren tore into Donald Trump on Twitter.", ("elizabeth-warren", "criticises", "donald-trump")),
    ("Nancy Pelosi called Trump's plan dangerous.", ("nancy-pelosi", "criticises", "trump")),
    ("Rand Paul said Marco Rubio was wrong on immigration.", ("rand-paul", "criticises", "marco-rubio")),
    ("\"Donald Trump is a danger to this country,\" Hillary Clinton said.", ("hillary-clinton", "criticises", "donald-trump")),
    ("Lindsey Graham warned against Donald Trump on Sunday.", ("lindsey-graham", "criticises", "donald-trump")),
    ("Nancy Pelosi called for Paul Ryan's resignation.", ("nancy-pelosi", "criticises", "paul-ryan")),
    ("Mike Huckabee, a longtime admirer of Donald Trump, spoke first.", ("mike-huckabee", "supports", "donald-trump")),
    ("Elizabeth Warren is a fierce foe of Donald Trump.", ("elizabeth-warren", "criticises", "donald-trump")),
    ("Hillary Clinton dismissed Donald Trump's claims about the economy.", ("hillary-clinton", "criticises", "donald-trump")),
    ("Bernie Sanders disagreed with Hillary Clinton on trade.", ("bernie-sanders", "criticises", "hillary-clinton")),
    ("Donald Trump heaped praise on Vladimir Putin.", ("donald-trump", "supports", "vladimir-putin")),
    ("Joe Biden's endorsement of Hillary Clinton came late.", ("joe-biden", "supports", "hillary-clinton")),
    # an active participle after a name: the name acts ("videos of Trump insulting Islam")
    ("They are showing videos of Donald Trump insulting Islam.", ("donald-trump", "criticises", "islam")),
    # a stance received in a circumstance phrase: the clause's subject gets it
    ("Ted Cruz has sharpened his language amid attacks from Senator Marco Rubio over immigration.",
     ("marco-rubio", "criticises", "ted-cruz")),
    # capitalised titles (proper nouns to the tagger) and a title conjoined with another
    ("Federal Reserve Chair Janet Yellen spoke on Tuesday.", ("janet-yellen", "manages", "federal-reserve")),
    ("Maria Espinoza is co-founder and national director of The Remembrance Project.",
     ("maria-espinoza", "manages", "remembrance-project")),
    # a leader of a side, or a director of one function, is one of the body's members
    ("Senate Minority Leader Harry Reid criticized the plan.", ("harry-reid", "part_of", "senate")),
    ("United Steelworkers Political Director Tim Waters said the union would campaign.",
     ("tim-waters", "part_of", "united-steelworkers")),
])
def test_relation_classes_2026_12_03_evening(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


def test_words_said_of_someone_judge_that_one():
    """'"He is a liar," Bush said of Trump': the quoted pronoun is the one the words were said of,
    not the last man named before the quotation."""
    from dossier.api import analyse_text

    got, _ = _found(analyse_text, 'Mitt Romney met voters in Ohio. "He is a liar," Jeb Bush said of Donald Trump.')
    assert ("jeb-bush", "criticises", "donald-trump") in got and ("jeb-bush", "criticises", "mitt-romney") not in got, got


@pytest.mark.parametrize("text, absent", [
    ("The attack on Paris killed 130 people.", "criticises"),                  # violence, not words
    ("Officials said the crossing was dangerous.", "criticises"),              # a description of a thing
    ("Jane Harman called it the least bad option.", "criticises"),
    ("Mr. Cruz had three times the evangelical support of Mr. Trump.", "supports"),  # a comparison
    ("Jane Smith met the delegates. They have been critical of Bernie Sanders.", "criticises"),  # "they" is no one named
    ("Bernie Sanders' record on guns, including his support of the so-called Charleston loophole, hurt him.", "supports"),
    ("David Cameron cast the U.S. presidential candidate as divisive.", "criticises"),  # not the United States
    ("Ted Cruz dismissed the claims.", "criticises"),                            # no owner of the claims named
    ("Nancy Pelosi did not call for Paul Ryan's resignation.", "criticises"),
    ("Hillary Clinton was not critical of Barack Obama.", "criticises"),
    ("Senate Minority Leader Harry Reid criticized the plan.", "manages"),    # leads the minority, not the Senate
    ("House Democratic Leader Nancy Pelosi spoke first.", "manages"),
])
def test_stance_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # a definite noun that is the head word of a body named before stands for it ("the council")
    ("The Irish Refugee Council criticised the reception system. In a report, the council also attacked "
     "the Department of Justice for housing people in tents.",
     ("irish-refugee-council", "criticises", "department-of-justice")),
    ("The Department of Justice signed a contract with Mosney Holdings. The Jesuit Refugee Service sued "
     "the department over the conditions.", ("jesuit-refugee-service", "criticises", "department-of-justice")),
    # a content clause misparsed as a noun's participle keeps its own subject
    ("The Danish Refugee Council said in a statement that the Foreign Ministry had paid the Norwegian "
     "Refugee Council €2 million.", ("foreign-ministry", "funds", "norwegian-refugee-council")),
    # the officer named after a title acts, also for a rejected claim
    ("CoreCivic's chief executive Damon Hininger rejected Elizabeth Warren's claims about detention.",
     ("damon-hininger", "criticises", "elizabeth-warren")),
    # "runs Y together with Z"
    ("The Ministry of Interior, which runs the reception centres together with the International Organization "
     "for Migration, opened a new site.",
     ("ministry-of-interior", "cooperates_with", "international-organization-for-migration")),
    # "S accompanied X to P": both visit
    ("Kaja Kallas accompanied Antonio Costa to Berlin on Monday.", ("antonio-costa", "visits", "berlin")),
    ("Kaja Kallas accompanied Antonio Costa to Berlin on Monday.", ("kaja-kallas", "visits", "berlin")),
    # thanking is support
    ("The Italian prime minister thanked Tunisia for its help.", ("italy", "supports", "tunisia")),
    # "making itself complicit" said of a body
    ("Amnesty International said Frontex was making itself complicit in abuses at sea.",
     ("amnesty-international", "criticises", "frontex")),
    # an allotted package for a named country
    ("The World Bank announced a $400 million package for Ethiopia on Friday.", ("world-bank", "funds", "ethiopia")),
    # paid in a passive relative clause
    ("Serco, which is paid by the Home Office to run the Napier site, said it would hire staff.",
     ("home-office", "funds", "serco")),
    # "the centre" after a named one is that one, also as what is run
    ("Migrants were taken to the Lajas Blancas Migrant Reception Centre in Darién. The International Organization "
     "for Migration, which is paid by Washington to run the centre, said it would help them.",
     ("international-organization-for-migration", "manages", "lajas-blancas-migrant-reception-centre")),
    # a relative clause hung on the noun after "for": the named noun before it
    ("The EU gave the Gambia €25 million for the Tekki Fii programme for returnees, which the International "
     "Trade Centre manages.", ("international-trade-centre", "manages", "tekki-fii")),
    # praise words said of someone: support
    ("Marco Rubio called Nayib Bukele a great friend.", ("marco-rubio", "supports", "nayib-bukele")),
    # an object pronoun is not its own verb's subject ("Rubio ... called him")
    ("Marco Rubio, who visited Nayib Bukele at his residence, called him a great friend.",
     ("marco-rubio", "supports", "nayib-bukele")),
    ("Donald Trump met Jeb Bush on Monday. He called him weak.", ("donald-trump", "criticises", "jeb-bush")),
    # a secretary of a department heads it (an acting one too)
    ("Kevin McAleenan, the acting secretary of Homeland Security, flew to Guatemala City.",
     ("kevin-mcaleenan", "manages", "homeland-security")),
    # a gerund after "by" / "after": the clause's subject acts
    ("Alternative for Germany has gained support by campaigning against Merkel's welcome of refugees.",
     ("alternative-for-germany", "criticises", "merkel")),
])
def test_relation_classes_2026_12_03_night(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("The government announced a $2 billion package for Syrian refugees.", "funds"),   # no body named after "for"
    ("The Islamic State claimed the attack. The state department condemned it.", "criticises"),  # "the state" is no name's head
    ("Oxfam said the crossing was making itself dangerous.", "criticises"),
    ("The Home Office said the team had been paid by a charity.", "funds"),           # no named payer
    ("The UK is set to sign a new arrangement with the EU's border agency.", "agreement_with"),  # hedged; no body named
    ("Obama said Merkel was not a friend.", "supports"),                               # negated
    ("Donald Trump said the crowd was brilliant.", "supports"),                        # said of no one named
    ("White House press secretary Josh Earnest spoke.", "manages"),                   # a spokesman, not the head
    ("Serco runs the reception centre in Tenerife.", "manages"),                       # an unnamed centre
])
def test_night_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got


@pytest.mark.parametrize("text, expected", [
    # a person's name, then "of" and an organisation named: one of its members
    ("Senator Maria Lopez of the Green Party asked about the camps.", ("maria-lopez", "part_of", "green-party")),
    # anything done "together with" a body is done in cooperation with it
    ("The Italian Coast Guard will patrol the strait together with Frontex.",
     ("italian-coast-guard", "cooperates_with", "frontex")),
    # "run by X under an agreement with Y"
    ("The camp is run by the Norwegian Refugee Council under an agreement with the Ministry of Health.",
     ("norwegian-refugee-council", "agreement_with", "ministry-of-health")),
    # "X, which is under Y"
    ("The Asylum Appeals Board, which is under the Ministry of Labour, rejected 40 claims.",
     ("asylum-appeals-board", "part_of", "ministry-of-labour")),
    # helping a body do something is working with it
    ("Interpol helped the Spanish National Police arrest twelve smugglers.",
     ("interpol", "cooperates_with", "national-police")),
    # asking someone to repeal / reject a law opposes it
    ("Oxfam called on the Senate to repeal the Public Order Act.", ("oxfam", "criticises", "public-order-act")),
    ("Amnesty International wrote to ministers urging them to reject the Safety of Rwanda Act.",
     ("amnesty-international", "criticises", "safety-of-rwanda-asylum-and-immigration-act-2024")),
    # "the law" / "the act" after a name the model labels LAW is that law
    ("The Senate passed the Border Security Act in May. The Law Society has opposed the law since then.",
     ("law-society", "criticises", "border-security-act")),
    # the cooperation of X with Y (a nominalisation)
    ("Ministers praised the cooperation of the Dutch Royal Marechaussee with Europol.",
     ("dutch-royal-marechaussee", "cooperates_with", "europol")),
    # a possessor that is a definite noun naming the body named before ("the coalition's director")
    ("The Arizona Refugee Coalition held a vigil. The coalition's executive director, Mary Wood, spoke.",
     ("mary-wood", "manages", "arizona-refugee-coalition")),
    # "X, the Belgian development agency": the country of the nationality adjective
    ("The project is run by Enabel, the Belgian development agency.", ("enabel", "part_of", "belgium")),
    # money moved "from a budget line to" a body, and "contribute" an amount
    ("The Ministry of Finance will transfer €4 million from its emergency budget line to the Refugee Support Office.",
     ("ministry-of-finance", "funds", "refugee-support-office")),
    ("Sweden will contribute $20 million to the World Food Programme.", ("sweden", "funds", "world-food-programme")),
    # a member noun: rapporteur
    ("Anna Berg, the European Parliament's rapporteur, defended the text.", ("anna-berg", "part_of", "european-parliament")),
])
def test_relation_classes_2026_12_04_round4(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("Senator Rubio of Florida spoke.", "part_of"),                                     # a place, not a body
    ("Former director Ann Lee of the FBI spoke.", "part_of"),                            # a past title
    ("Interpol helped Ukraine.", "cooperates_with"),                                     # no act helped to
    ("Oxfam refused to call on the Senate to repeal the Public Order Act.", "criticises"),  # negated
    ("The group criticised the scheme for draining hospitals in Accra.", "criticises"),  # not the place of a gerund
    ("The Coast Guard is under pressure from the Ministry of Transport.", "part_of"),    # "under" no body
    ("The Border Security Act passed in May. Smith said he had broken the reception law.", "criticises"),
])
def test_round4_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got


# round 6: stance
@pytest.mark.parametrize("text, expected", [
    # a warning to a named body against an act criticises it
    ("Human Rights Watch warned Bangladesh on Monday against relocating more refugees to the island.",
     ("human-rights-watch", "criticises", "bangladesh")),
    ("The European Commission warned Hungary over its new asylum law.", ("european-commission", "criticises", "hungary")),
    # a court challenge: "challenged Y in the High Court", a legal challenge filed to Y
    ("The Irish Refugee Council challenged the International Protection Office in the High Court on Friday.",
     ("irish-refugee-council", "criticises", "international-protection-office")),
    ("The ACLU filed a legal challenge to the Department of Homeland Security's rule.",
     ("aclu", "criticises", "department-of-homeland-security")),
    # wrongdoing said of a named actor in a that-clause
    ("Its spokeswoman, Aleksandra Chrzanowska, said Prime Minister Donald Tusk had betrayed the voters who elected him.",
     ("aleksandra-chrzanowska", "criticises", "donald-tusk")),
    ("Interior Minister Mari Rantanen said Moscow was using migrants as a weapon.", ("mari-rantanen", "criticises", "moscow")),
    ("The Refugee Council said the Home Office had failed to protect children in hotels.",
     ("refugee-council", "criticises", "home-office")),
    # rejecting a criticism or report whose author the clause does not name: its author
    ("Suhakam criticised the Immigration Department of Malaysia for holding children in the depots. "
     "Home Minister Saifuddin Nasution Ismail rejected the criticism.", ("saifuddin-nasution-ismail", "criticises", "suhakam")),
    ("Human Rights Watch warned Bangladesh against relocating refugees. Bangladesh's foreign ministry dismissed the report as biased.",
     ("bangladesh", "criticises", "human-rights-watch")),
    ("The Tunisian government rejected the accusations made by Amnesty International.",
     ("government-of-tunisia", "criticises", "amnesty-international")),
    # a ruling or report welcomed or disputed: the court that ruled, the report's author
    ("Belgium's Council of State on Friday suspended the decision of state secretary Nicole de Moor. "
     "De Moor said she disagreed with the ruling but would respect it.", ("nicole-de-moor", "criticises", "council-of-state")),
    ("The Swiss Refugee Council did not criticise the State Secretariat for Migration in its annual report. "
     "The secretariat's director, Vincenzo Mascioli, said he welcomed the report.",
     ("vincenzo-mascioli", "supports", "swiss-refugee-council")),
    # backing a named owner's bill or call supports the owner; "an ally of Y"; "at odds with Y"
    ("The Texas Farm Bureau endorsed Senator John Cornyn's guest worker bill on Friday.",
     ("texas-farm-bureau", "supports", "john-cornyn")),
    ("Geert Wilders, a long-time ally of Viktor Orbán, addressed the rally.", ("geert-wilders", "supports", "viktor-orban")),
    ("Oxfam has been at odds with the Home Office for years.", ("oxfam", "criticises", "home-office")),
    # a preposition naming the other side: clashed / broke / took issue with, sided with, paid tribute to
    ("Marco Rubio clashed with Ted Cruz over immigration on Tuesday.", ("marco-rubio", "criticises", "ted-cruz")),
    ("Amnesty International took issue with the Home Office's figures.", ("amnesty-international", "criticises", "home-office")),
    ("Poland sided with Hungary in the dispute.", ("poland", "supports", "hungary")),
    ("Angela Merkel paid tribute to Helmut Kohl.", ("angela-merkel", "supports", "helmut-kohl")),
    # a concern stated about a named actor's act
    ("The UNHCR expressed concern about Greece's new asylum law.", ("unhcr", "criticises", "greece")),
    ("Commissioner Magnus Brunner said he was disappointed by Robert Fico's remarks.",
     ("magnus-brunner", "criticises", "robert-fico")),
    # a first-person subject in a quotation is its speaker
    ("\"We condemn the Home Office's decision,\" said Enver Solomon, the chief executive of the Refugee Council.",
     ("enver-solomon", "criticises", "home-office")),
    ("\"I fully support Prime Minister Mark Rutte,\" Dilan Yesilgoz said.", ("dilan-yesilgoz", "supports", "mark-rutte")),
    # more verbs and nouns of stance
    ("Frontex chided Greece for the delays.", ("frontex", "criticises", "greece")),
    ("Chancellor Angela Merkel's rebuke of President Recep Tayyip Erdogan came on Monday.",
     ("angela-merkel", "criticises", "recep-tayyip-erdogan")),
])
def test_relation_classes_2026_12_04_round6_stance(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("The UNHCR warned Italy that arrivals would rise this summer.", "criticises"),        # a forecast told, no warning against
    ("Amnesty International said Italy would violate international law if it signed the deal.", "criticises"),  # hypothetical
    ("The Green Party said the government had not betrayed its voters.", "criticises"),   # negated
    ("Chancellor Friedrich Merz defended the plan in the Bundestag.", "supports"),        # a place is not who is defended
    ("Hillary Clinton challenged Bernie Sanders to a debate in Iowa.", "criticises"),     # no court
    ("The Home Office said the talks had failed.", "criticises"),                         # nobody blamed
    ("Protesters clashed with police in Calais.", "criticises"),                           # nobody named
    ("The UNHCR expressed concern about the situation in Sudan.", "criticises"),          # a place, not an actor
    ("The UNHCR did not express concern about Greece's law.", "criticises"),              # negated
    ("Reince Priebus asked him to pledge to support the GOP's eventual nominee.", "supports"),  # only pledged
    ("Hillary Clinton has backed a no-fly zone in Syria.", "supports"),                   # a place, not who is backed
    ("\"We would back Keir Starmer if he changed course,\" said Ed Davey.", "supports"),    # a condition
    ("The Refugee Council did not criticise the Home Office. It would oppose cuts, it said. "
     "The Home Office rejected the criticism.", "criticises"),  # a negated or only wished criticism has no author
])
def test_round6_stance_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got


# round 6: structure
@pytest.mark.parametrize("text, expected", [
    # "a Y-based X": where the body is based
    ("Statewatch, a London-based civil liberties group, criticised the Council.", ("statewatch", "located_in", "london")),
    ("The Nairobi-based Refugee Consortium of Kenya criticised the decision.", ("refugee-consortium", "located_in", "nairobi")),
    # "X, which has its headquarters / main office in Y"
    ("Frontex, which has its headquarters in Warsaw, plans to open a liaison office in Nouakchott.",
     ("frontex", "located_in", "warsaw")),
    # a standing line of command: "reports / answers to", "is subordinate / accountable to"
    ("Morocco's Royal Gendarmerie, which reports to the Royal Armed Forces, will contribute 40 officers.",
     ("royal-gendarmerie", "part_of", "royal-armed-forces")),
    ("The Polish Border Guard is subordinate to the Ministry of Interior and Administration.",
     ("polish-border-guard", "part_of", "ministry-of-interior-and-administration")),
    # joining a body
    ("Croatia, which joined the European Union in 2013, supported the decision.", ("croatia", "part_of", "european-union")),
    ("The Greek Council for Refugees joined forces with the Hellenic League for Human Rights.",
     ("greek-council-for-refugees", "cooperates_with", "hellenic-league-for-human-rights")),
    # arming, training, supplying "to"
    ("Turkey is training and arming the Syrian National Army.", ("turkey", "supplies", "syrian-national-army")),
    ("The United Arab Emirates had supplied armoured vehicles to the Libyan National Army.",
     ("united-arab-emirates", "supplies", "libyan-national-army")),
    # a joint body set up by two parties, and "the S-O team"
    ("Spain and Morocco have set up a joint police task force against migrant smuggling.", ("spain", "cooperates_with", "morocco")),
    ("Spain and Morocco met in Rabat. The Spanish-Moroccan team will be based in Tangier.", ("spain", "cooperates_with", "morocco")),
    # member states given as examples; conjoined members
    ("The Schengen Area's member states, including Bulgaria and Romania, agreed to lift checks.",
     ("romania", "part_of", "schengen-area")),
    ("Belgium, the Netherlands and Luxembourg are members of the Benelux Union.", ("luxembourg", "part_of", "benelux-union")),
    # a definite kind noun as the possessor of a head title ("the group's executive director")
    ("Human Rights Watch sent its findings to the ministry. Tirana Hassan, the group's executive director, spoke.",
     ("tirana-hassan", "manages", "human-rights-watch")),
    # run by X together with Y: Y runs it too
    ("The Seasonal Agricultural Worker Program is run by Employment and Social Development Canada together with "
     "the Mexican Ministry of Labour.", ("mexican-ministry-of-labour", "manages", "seasonal-agricultural-worker-program")),
    # equipment sold / delivered "to" a body; serving on / elected to a body; owner and donor nouns
    ("The United States sold 24 fighter jets to Saudi Arabia last year.", ("united-states", "supplies", "saudi-arabia")),
    ("Italy delivered four patrol boats to the Libyan Coast Guard in May.", ("italy", "supplies", "libyan-coast-guard")),
    ("Senator Chuck Grassley, who serves on the Senate Judiciary Committee, opposed the bill.",
     ("chuck-grassley", "part_of", "senate-judiciary-committee")),
    ("Aydan Özoğuz was elected to the Bundestag in 2009.", ("aydan-ozoguz", "part_of", "bundestag")),
    ("Rupert Murdoch, the owner of The Times, met the prime minister.", ("rupert-murdoch", "owns", "the-times")),
    ("Tom Steyer, a major donor to the Democratic National Committee, criticised the plan.",
     ("tom-steyer", "funds", "democratic-national-committee")),
    ("Frontex moved its headquarters to Warsaw in 2008.", ("frontex", "located_in", "warsaw")),
    ("The International Organization for Migration opened an office in Tapachula on Wednesday.",
     ("international-organization-for-migration", "located_in", "tapachula")),
    # teaming up; a joint act of conjoined subjects
    ("Amnesty International teamed up with Human Rights Watch to document the pushbacks.",
     ("amnesty-international", "cooperates_with", "human-rights-watch")),
    ("Greece and Bulgaria will jointly patrol the border from next month.", ("greece", "cooperates_with", "bulgaria")),
    # a centre or programme named "at" an organisation; a state leading a unit somewhere
    ("Donald Kerwin, director of the Center for Migration Studies at Georgetown University, said the plan was flawed.",
     ("center-for-migration-studies", "part_of", "georgetown-university")),
    ("In Europe, Germany looks set to take command of a brigade in Lithuania, joining Britain.",
     ("germany", "deploys_to", "lithuania")),
    ("Canada will contribute troops to the NATO force in Latvia.", ("canada", "deploys_to", "latvia")),
    # a title given or taken ("was named head of", "became director of"); a person's party in apposition
    ("Marcelo Ebrard was named head of the Foreign Ministry in 2018.", ("marcelo-ebrard", "manages", "foreign-ministry")),
    ("Ilkka Haahtela became director of the Finnish Immigration Service in March.",
     ("ilkka-haahtela", "manages", "finnish-immigration-service")),
    ("Angela Merkel's party, the Christian Democratic Union, lost votes.", ("angela-merkel", "part_of", "christian-democratic-union")),
    # every conjunct of "A, B and C, all members of Y"; "among the members of"; "an EU member state"
    ("Lithuania, Latvia and Estonia, all members of NATO, asked for more troops.", ("lithuania", "part_of", "nato")),
    ("Germany, France and Italy are among the founding members of the European Union.", ("france", "part_of", "european-union")),
    ("Poland is one of the members of NATO.", ("poland", "part_of", "nato")),
    ("The pact was agreed in May. Hungary, an EU member state, voted against.", ("hungary", "part_of", "european-union")),
    # a person who fled to a place lives there
    ("Ahmad Ali fled from Aleppo to Turkey in 2013.", ("ahmad-ali", "located_in", "turkey")),
])
def test_relation_classes_2026_12_04_round6_structure(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("The Border Management Programme is implemented by GIZ, which reports to the Commission every six months.", "part_of"),
    ("The Home Office reported the incident to the Metropolitan Police.", "part_of"),           # an object reported
    ("Amnesty International joined Human Rights Watch in condemning the law.", "part_of"),      # a fellow actor
    ("Norway never joined the European Union.", "part_of"),                                      # negated
    ("Poland and Belarus blamed each other. The Polish-Belarusian border guards clashed.", "cooperates_with"),  # a border
    ("Germany and France criticised the joint operation.", "cooperates_with"),                  # judging it, not forming it
    ("The Green Party won its first seat in Bavaria.", "located_in"),                          # a seat won, no seat of a body
    ("A London-based lawyer said the plan was legal.", "located_in"),                           # no body named
    ("Smith sold the house to his brother. The Home Office delivered the letter to Amnesty International.", "supplies"),
    ("The prime minister was not elected to the Senate.", "part_of"),                           # negated
    ("Britain's office in Brussels was closed. Frontex plans to open a liaison office in Nouakchott.", "located_in"),
    ("Germany refused to take command of a brigade in Lithuania.", "deploys_to"),
    ("Ahmad Ali fled Syria in 2013.", "located_in"),                                            # the place left
    ("Norway is not an EU member state.", "part_of"),
    ("Marcelo Ebrard was not named head of the Foreign Ministry.", "manages"),
    ("John Smith of the Migration Policy Institute spoke at Harvard University.", "located_in"),
    ("Amnesty International at the United Nations said the law was a step back.", "part_of"),  # no sub-body's name
    ("Spain and Italy together account for 40 percent of arrivals.", "cooperates_with"),       # a sum, not an act
    ("Greece and Bulgaria did not jointly patrol the border.", "cooperates_with"),
    ("The Office of the Prime Minister runs Uganda's refugee settlements together with UNHCR.", "manages"),
    ("The Franco-German brigade remains mostly a paper tiger.", "cooperates_with"),            # (only France and Germany)
    # a possessor's act towards an organisation named through a preposition is no unit of it
    ("Amnesty International's backing of the Kenyan Red Cross was welcomed by aid groups.", "part_of"),
    ("The Home Office's funding for the Refugee Council ended in March.", "part_of"),
])
def test_round6_structure_rules_do_not_over_reach(found, text, absent):
    got, rows = found(text)
    if "Franco-German" in text:  # the dash of the combined name is no third party
        assert all({s, o} <= {"france", "germany"} for s, p, o in got if p == absent), got
        return
    assert not any(p == absent for _, p, _ in got), got


# --------------------------------------------------------------------------- round 7: structure
# Structural classes missed on the DEV halves of tests/relations_fresh4 and the probes (new sentences
# in the style of US and European political news; src/dossier/extract/relation_struct_people.py,
# relation_genre.py's place_inside / staff_sources / bare_object).

@pytest.mark.parametrize("text, expected", [
    # a legislator's party in apposition, "Republican of Iowa" (no article), each name its own
    ("Senator Maria Cantwell, Democrat of Washington, said the bill would pass.",
     ("maria-cantwell", "part_of", "democrat")),
    ("Senators Charles Schumer, Democrat of New York, and John McCain, Republican of Arizona, wrote the bill.",
     ("john-mccain", "part_of", "republican")),
    # a visit told by the person met, or by the common noun visited and its place
    ("Homeland Security Secretary Jeh Johnson visited President Enrique Pena Nieto in Mexico City on Tuesday.",
     ("jeh-johnson", "visits", "mexico-city")),
    ("Jeh Johnson visited the processing centre in McAllen.", ("jeh-johnson", "visits", "mcallen")),
    # a trip told by "heading to" (every place) and by a stop
    ("Hillary Clinton spoke in Ohio before heading to Pennsylvania and to Florida.",
     ("hillary-clinton", "visits", "florida")),
    ("Donald Trump made a campaign stop in Iowa on Saturday.", ("donald-trump", "visits", "iowa")),
    # two leaders' shared commitment
    ("Angela Merkel and Francois Hollande reaffirmed their shared commitment to the Schengen zone.",
     ("angela-merkel", "cooperates_with", "francois-hollande")),
    # officers from the units of a force: the force deploys them
    ("Officers from the border units of the Hungarian Police will be deployed to Serbia.",
     ("hungarian-police", "deploys_to", "serbia")),
    # a name the parser reads as an adverbial noun after the verb is its object
    ("Gilles de Kerchove heads the EU Counter-Terrorism Office, while Hans Leijtens leads Frontex.",
     ("hans-leijtens", "manages", "frontex")),
])
def test_relation_classes_round7_structure(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, bad", [
    # a demonym with "of" / "from" is where someone comes from, not a party
    ("Ahmed Hassan, a Syrian from Aleppo, arrived in 2015. Omar Ali, Syrian of Homs, arrived later.", ("part_of", None)),
    # the apposition belongs to the name it follows, not to a conjoined one
    ("Senators Charles Schumer, Democrat of New York, and John McCain, Republican of Arizona, wrote the bill.",
     ("part_of", ("charles-schumer", "republican"))),
    # a body that runs settlements in a country runs no country
    ("The Office of the Prime Minister, which manages refugee settlements in Uganda, said it needed more money.",
     ("manages", None)),
    ("Jeh Johnson did not visit the camp in Calais. The senator headed the committee in Washington.", ("visits", None)),
])
def test_round7_structure_rules_do_not_over_reach(found, text, bad):
    got, _ = found(text)
    pred, pair = bad
    assert not any(p == pred and (pair is None or (s, o) == pair) for s, p, o in got), got


# --------------------------------------------------------------------------- round 7: stance
# Stances of US political news (tests/relations_fresh3 and tests/relations_fresh, DEV halves), on
# new sentences: feuds named by a noun, attack ads, "hit Y for", "in favor of Y", threats to quit a
# body, anger at someone, a resumed criticism, vows to defeat a group, joining a lawsuit, "one of
# Y's supporters".
@pytest.mark.parametrize("text, expected", [
    ("Jeb Bush's feud with Donald Trump deepened on Tuesday.", ("jeb-bush", "criticises", "donald-trump")),
    ("Donald Trump skipped the forum after a feud with Fox News.", ("donald-trump", "criticises", "fox-news")),
    ("Priorities USA released an ad hitting Donald Trump for his stance on immigration.",
     ("priorities-usa", "criticises", "donald-trump")),
    ("Priorities USA is out with an ad attacking Donald Trump.", ("priorities-usa", "criticises", "donald-trump")),
    ("Hillary Clinton hit Donald Trump for his remarks about Mexico.", ("hillary-clinton", "criticises", "donald-trump")),
    ("Representative Steve King said he is in favor of Ted Cruz.", ("steve-king", "supports", "ted-cruz")),
    ("Donald Trump has threatened to pull out of NATO.", ("donald-trump", "criticises", "nato")),
    ("Donald Trump has been scathing about the alliance, threatening to pull out of NATO if he is elected.",
     ("donald-trump", "criticises", "nato")),
    ("Donald Trump threatened to boycott Fox News.", ("donald-trump", "criticises", "fox-news")),
    ("Donald Trump is angry at CNN over its coverage.", ("donald-trump", "criticises", "cnn")),
    ("Hillary Clinton has returned to criticizing Bernie Sanders over his record on guns.",
     ("hillary-clinton", "criticises", "bernie-sanders")),
    ("Donald Trump ripped into Jeb Bush on Tuesday.", ("donald-trump", "criticises", "jeb-bush")),
    ("Donald Trump pledged to bomb the hell out of ISIS.", ("donald-trump", "criticises", "isis")),
    ("Texas joined 16 other states in a lawsuit against President Obama.", ("texas", "criticises", "obama")),
    ("Marco Rubio has served as one of Jeb Bush's campaign surrogates.", ("marco-rubio", "supports", "jeb-bush")),
    ("Marco Rubio is one of Jeb Bush's supporters.", ("marco-rubio", "supports", "jeb-bush")),
])
def test_relation_classes_2026_12_06_round7_stance(found, text, expected):
    got, _ = found(text)
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    ("The hurricane hit Florida on Monday.", "criticises"),                      # no reason: no judgement
    ("The court ruled in favor of Texas.", "supports"),                            # a ruling
    ("Bernie Sanders is not in favor of Hillary Clinton.", "supports"),            # negated
    ("The Wall Street Journal called on Donald Trump to drop out in favor of Mike Pence.", "supports"),
    ("The senator had no feud with Rand Paul.", "criticises"),
    ("Donald Trump defeated Ted Cruz in Nevada.", "criticises"),                   # an election
    ("Hillary Clinton, his Democratic opponent, spoke in Ohio.", "criticises"),  # a rival
    ("Donald Trump did not threaten to pull out of NATO.", "criticises"),
    ("Donald Trump vowed to defeat the Republican Party.", "criticises"),         # a party defeated: a vote
])
def test_round7_stance_rules_do_not_over_reach(found, text, absent):
    got, _ = found(text)
    assert not any(p == absent for _, p, _ in got), got
