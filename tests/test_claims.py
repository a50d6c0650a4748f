"""Claims: source, status, statistic key, links, groups, checks against the official record,
and the figure. Real texts: the corpus and held-out documents scored against
tests/claims_gold/, plus hand-written sentences for the rules the corpus does not exercise."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pandas as pd
import pytest

from dossier import api, config, nlp, reference
from dossier.claims import extract as cx
from dossier.claims import gold, record, schema as cs, statistic
from dossier.figures import claims as figure
from dossier.extract import EXTRACTORS, Extractor, analyse
from dossier.extract import order as extractor_order
from dossier.ingest import iter_corpus
from dossier.schema import conform

ROOT = config.ROOT
GOLD = ROOT / "tests" / "claims_gold"
SEED = "guardian-2023-08-09-uk-turkey-smuggling-deal"
# Thresholds. Gold: the issue's targets. Held out: the first and only run on it (annotated
# before the system's output on it was seen, not tuned on) is the floor, so a regression fails.
GOLD_SOURCE, GOLD_STATUS = 0.90, 0.85
HELDOUT_SOURCE, HELDOUT_STATUS = 0.70, 0.85

CLAIM_EXTRACTORS = [
    Extractor("claims", cx.extract, cs.CLAIMS, ("quantities", "quotes", "mentions", "dates")),
    Extractor("claim_links", cx.extract_links, cs.CLAIM_LINKS, ("claims",)),
]


@pytest.fixture(scope="module")
def ref():
    return reference.load()


@pytest.fixture(scope="module")
def pipe(ref):
    return nlp.pipeline(ref.version)


def run(pipe, ref, text: str, published=None, publisher=None) -> dict:
    """Every extractor, the claims ones included, through the registry path the lead wires."""
    task = {"published": published, "publisher": publisher, "para_starts": api.paragraph_starts(text)}
    return analyse(pipe(text), task, ref, extractor_order(EXTRACTORS + CLAIM_EXTRACTORS))


def raw_path(name: str) -> Path:
    p = ROOT / "data" / "raw" / name
    return p if p.exists() else ROOT / "tests" / "heldout" / "raw" / name


@pytest.fixture(scope="module")
def analysed(pipe, ref):
    out = {}
    for g in sorted(GOLD.glob("*.json")):
        gd = gold.load(g)
        d = next(d for d, _ in iter_corpus([raw_path(gd["file"])]) if d is not None)
        out[g.stem] = (gd, d, run(pipe, ref, d.text, d.meta.get("published"), d.meta.get("publisher")))
    return out


def by_text(rows, text):
    hits = [r for r in rows if r["text"] == text]
    assert len(hits) == 1, (text, [r["text"] for r in rows])
    return hits[0]


# ---------------------------------------------------------------- the seed article's three claims

def test_seed_article_claims_source_status_and_pairing(analysed):
    _, d, r = analysed[SEED]
    claims, links = r["claims"], r["claim_links"]
    fifteen, fifty = by_text(claims, "only 15"), by_text(claims, "About 50")
    assert (fifteen["source"], fifteen["status"]) == ("the-guardian", "stated")
    assert (fifty["source"], fifty["status"]) == ("the-guardian", "projected") and "expected" in fifty["cue"]
    pair = [l for l in links if l["claim_id"] == fifteen["claim_id"] and l["relation"] == "part_of_whole"]
    assert [l["other_claim_id"] for l in pair] == [fifty["claim_id"]]
    assert pair[0]["derived"] and pair[0]["derived_value"] == 30.0 and pair[0]["derived_text"] == "30%"

    three = by_text(claims, "more than £3m")
    assert (three["source"], three["status"], three["qualifier"]) == ("the-guardian", "stated", "more_than")
    assert three["statistic"] == "home_office_funding/turkey/2022"  # 'the previous year', resolved

    turned = by_text(claims, "238,448")
    assert (turned["source"], turned["status"], turned["source_kind"]) == ("turkey", "attributed", "reporting_verb")
    assert turned["statistic"] == "migrants_turned_back/turkey/2022"
    for c in claims:
        assert d.text[c["start"]:c["end"]] == c["text"]


def test_hl8565_question_answer_and_change(analysed):
    _, d, r = analysed["parliament-2023-06-29-hl8565-turkey-grant"]
    claims = sorted(r["claims"], key=lambda c: c["start"])
    assert [(c["value"], c["source"], c["source_kind"]) for c in claims] == [
        (425000, "house-of-lords", "parliamentary_question"), (3000000, "house-of-lords", "parliamentary_question"),
        (3000000, "uk-government", "document")]
    assert [c["statistic"] for c in claims] == ["home_office_funding/turkey/FY2021-22",
                                                "home_office_funding/turkey/FY2023-24",
                                                "home_office_funding/turkey/FY2022-23"]
    change = [l for l in r["claim_links"] if l["relation"] == "change"]
    assert len(change) == 1 and change[0]["derived_text"] == "×7.1" and change[0]["other_claim_id"] == claims[0]["claim_id"]


def test_rate_link_is_flagged_derived(analysed):
    _, _, r = analysed["homeoffice-2023-12-29-portland-port-factsheet"]
    rate = [l for l in r["claim_links"] if l["relation"] == "rate"]
    assert len(rate) == 1 and rate[0]["derived"] and rate[0]["derived_value"] == 8_000_000 * 365
    cost = next(c for c in r["claims"] if c["claim_id"] == rate[0]["claim_id"])
    assert cost["measure"] == "asylum_hotel_cost"


def test_rows_conform_to_the_declared_schemas(analysed):
    for stem, (_, _, r) in analysed.items():
        conform(pd.DataFrame([{"doc_id": stem, **c} for c in r["claims"]], columns=cs.CLAIMS.names), cs.CLAIMS)
        conform(pd.DataFrame([{"doc_id": stem, **c} for c in r["claim_links"]], columns=cs.CLAIM_LINKS.names), cs.CLAIM_LINKS)


# ---------------------------------------------------------------- gold scores

def _score(analysed, split, names):
    total = gold.Score()
    for stem, (gd, d, r) in analysed.items():
        if gd["split"] == split:
            total = total.add(gold.score_document(d.text, r["claims"], gd, names))
    return total


def test_gold_source_and_status_accuracy(analysed, ref):
    sc = _score(analysed, "gold", {k: e.name for k, e in ref.entities.items()})
    print(f"gold claims: n={sc.n} source={sc.source_accuracy:.3f} status={sc.status_accuracy:.3f} missed={sc.missed}")
    assert sc.n >= 16
    assert sc.source_accuracy >= GOLD_SOURCE, sc.misses
    assert sc.status_accuracy >= GOLD_STATUS, sc.misses


def test_heldout_source_and_status_accuracy(analysed, ref):
    sc = _score(analysed, "heldout", {k: e.name for k, e in ref.entities.items()})
    print(f"heldout claims: n={sc.n} source={sc.source_accuracy:.3f} status={sc.status_accuracy:.3f} missed={sc.missed}")
    assert sc.n >= 14
    assert sc.source_accuracy >= HELDOUT_SOURCE, sc.misses
    assert sc.status_accuracy >= HELDOUT_STATUS, sc.misses


BLIND = ROOT / "tests" / "blind" / "claims"
# Blind claims gold (annotated from the texts by someone who saw no output, 2026-12-02). Scored
# as totals only: no per-claim output, so nobody tunes on it. Floors: the first run's result
# (source 22/24, status 17/24: the status target of 0.85 is NOT met here), so a regression fails.
BLIND_SOURCE, BLIND_STATUS = 0.90, 0.70


def test_blind_source_and_status_accuracy(pipe, ref):
    names = {k: e.name for k, e in ref.entities.items()}
    total = gold.Score()
    for g in sorted(BLIND.glob("*.json")):
        gd = gold.load(g)
        d = next(d for d, _ in iter_corpus([ROOT / "tests" / "blind" / "raw" / gd["file"]]) if d is not None)
        r = run(pipe, ref, d.text, d.meta.get("published"), d.meta.get("publisher"))
        total = total.add(gold.score_document(d.text, r["claims"], gd, names))
    summary = f"blind claims: n={total.n} source={total.source_accuracy:.3f} status={total.status_accuracy:.3f}"
    print(summary)
    assert total.n == 24
    # totals only in the message, never the misses
    assert total.source_accuracy >= BLIND_SOURCE and total.status_accuracy >= BLIND_STATUS, summary


def test_gold_links(analysed):
    found = total = 0
    for stem, (gd, d, r) in analysed.items():
        if gd["split"] == "gold":
            f, t, misses = gold.link_recall(r["claims"], r["claim_links"], d.text, gd)
            found, total = found + f, total + t
    assert total >= 6 and found == total


def test_every_gold_quantity_has_a_claims_annotation():
    """tests/claims_gold covers every quantity of tests/gold and tests/heldout/gold."""
    import json

    for qdir in (ROOT / "tests" / "gold", ROOT / "tests" / "heldout" / "gold"):
        for q in sorted(qdir.glob("*.json")):
            quantities = json.loads(q.read_text(encoding="utf-8"))["quantities"]
            claims = gold.load(GOLD / q.name)["claims"]
            assert sorted(x["text"] for x in quantities) == sorted(c["text"] for c in claims), q.name


# ---------------------------------------------------------------- rules on hand-written sentences

@pytest.mark.parametrize("text, figure, status, source", [
    ("The ministry denied that 5,000 people had crossed the border.", "5,000", "disputed", None),
    ("Officials said the scheme could cost £2bn.", "£2bn", "hedged", None),
    ("The council will spend £50m on new housing.", "£50m", "projected", None),
    ("An estimated 3,000 people were moved last winter.", "3,000", "estimated", None),
    ("According to the UNHCR, 120 people died at sea in March.", "120", "attributed", "unhcr"),
    ("The charity reportedly housed 40 families.", "40", "hedged", None),
    ("There were 700 arrivals in May.", "700", "stated", "home-office"),
    ("The department recorded 700 arrivals in May.", "700", "attributed", None),  # a subject naming no entity
    # semi-modal futures and schedules (published 2024-01-10)
    ("The government is set to spend £500m on the new scheme.", "£500m", "projected", None),
    ("Ministers are to spend £2bn on new detention places.", "£2bn", "projected", None),
    ("A further £30m is due to be paid to the agency.", "£30m", "projected", None),
    ("The fund is going to grow to £80m.", "£80m", "projected", None),
    ("The country stands to receive £120m under the arrangement.", "£120m", "projected", None),
    ("Payments of £60m are scheduled for the spring.", "£60m", "projected", None),
    ("It was hard to find 500 beds for the arrivals.", "500", "stated", None),
    ("He went to Calais with 200 others.", "200", "stated", None),
    # a period after the document's date makes the figure a projection; an earlier one does not
    ("The agency receives £40m in 2026 under the agreement.", "£40m", "projected", None),
    ("The agency received £40m in 2023 under the agreement.", "£40m", "stated", None),
])
def test_status_rules_on_new_sentences(pipe, ref, text, figure, status, source):
    r = run(pipe, ref, text, "2024-01-10", "Home Office")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == status, c
    if source:
        assert c["source"] == source


def test_quote_speaker_is_the_source(pipe, ref):
    text = 'The minister said: "We have returned 1,200 people this year."'
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if "1,200" in c["text"])
    assert c["source_kind"] in ("quote", "reporting_verb") and c["source"] != "the-guardian"


def test_duration_is_not_a_claim_and_text_mismatch_is_an_error(pipe, ref):
    text = "The contract runs for 12 months and costs £4m."
    r = run(pipe, ref, text, None, None)
    assert [c["text"] for c in r["claims"]] == ["£4m"]
    doc = pipe(text)
    with pytest.raises(ValueError, match="does not match"):
        cx.claims_for(doc, text, [dict(start=0, end=3, text="xyz", value=1.0, kind="count")], [], [], None)


# ---------------------------------------------------------------- statistic key and vocabulary

def test_vocabulary_whole_words_and_keys():
    vocab = statistic.load_vocabulary()
    assert statistic.match_measure("money", "costs for 51,000 migrants", vocab) is None  # 'grant' is not in 'migrants'
    assert statistic.match_measure("money", "the grant to Turkey", vocab).measure == "home_office_funding"
    assert statistic.key("home_office_funding", "turkey", "2023-04/2024-03") == "home_office_funding/turkey/FY2023-24"
    assert statistic.key("count_people", None, None) == "count_people/-/-"
    assert statistic.fallback_measure("count", "people (implied)") == "count_people"


def test_vocabulary_rejects_bad_rows(tmp_path):
    p = tmp_path / "v.csv"
    p.write_text("measure,kind,any_of,default_place,description,source\nx,weight,kg,,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        statistic.load_vocabulary(p)


# ---------------------------------------------------------------- the official record

def test_every_statistics_row_has_url_and_verification():
    stats = record.load_statistics()
    assert len(stats) >= 5
    with open(record.statistics_path(), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            assert row["url"].startswith("https://"), row["record_id"]
            assert len(row["verification"]) > 40, row["record_id"]


def test_a_row_without_url_or_verification_fails(tmp_path):
    src = record.statistics_path().read_text(encoding="utf-8").splitlines()
    header, first = src[0], next(csv.DictReader([src[0], src[1]]))
    for col in ("url", "verification"):
        bad = dict(first, **{col: ""})
        p = tmp_path / f"no-{col}.csv"
        with open(p, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=header.split(","))
            w.writeheader()
            w.writerow(bad)
        with pytest.raises(ValueError, match=col):
            record.load_statistics(p)


def test_precision_and_verdict_rules():
    assert record.precision(3_000_000) == 1_000_000 and record.precision(238_448) == 1 and record.precision(45_700) == 100
    assert record.verdict(3e6, "exact", 3.2e6, "same")[0] == "consistent"  # '£3m' rounds 3.2m
    assert record.verdict(3e6, "exact", 3.6e6, "same")[0] == "inconsistent"
    assert record.verdict(3e6, "more_than", 3e6, "same")[0] == "consistent"
    assert record.verdict(4e6, "more_than", 3e6, "same")[0] == "inconsistent"
    assert record.verdict(50, "approximately", 54, "same")[0] == "consistent"
    assert record.verdict(3e6, "exact", 3e6, "overlapping")[0] == "other_period"
    assert record.period_match("2022", "2022-04/2023-03") == "overlapping"
    assert record.period_match("2021-04/2022-03", "2023-04/2024-03") == "different"
    assert record.period_match("2022", "2021-04/2022-03") == "different"  # 3 of 12 months
    assert record.period_match(None, "2023") == "unknown"


def _claims_frame(analysed):
    rows = [{"doc_id": stem, **c} for stem, (gd, _, r) in analysed.items() if gd["split"] == "gold" for c in r["claims"]]
    return conform(pd.DataFrame(rows, columns=cs.CLAIMS.names), cs.CLAIMS)


def test_corpus_step_groups_and_checks(analysed):
    claims = _claims_frame(analysed)
    docs = pd.DataFrame([{"doc_id": s, "published": d.meta.get("published")} for s, (_, d, _) in analysed.items()])
    out = record.run({"claims": claims, "documents": docs})
    groups, checks = out["claim_groups"], out["claim_checks"]
    g = groups[groups["group"] == "home_office_funding/turkey"]
    assert set(g["doc_id"]) == {SEED, "parliament-2023-06-29-hl8565-turkey-grant"} and len(g) == 4
    seed = g[g["doc_id"] == SEED].iloc[0]
    assert seed["agreement"] == "period+qualifier"
    assert "2022 vs FY2022-23 (overlapping)" in seed["difference"] and "more_than vs exact" in seed["difference"]
    answer = checks[checks["record_id"] == "hl8565-answer-2022-23"]
    assert set(answer["verdict"]) == {"consistent", "other_period"}
    assert (checks["period_match"] != "different").all()
    conform(groups, cs.CLAIM_GROUPS)
    conform(checks, cs.CLAIM_CHECKS)


def test_closest_claim_in_a_group_is_the_pairwise_answer():
    """The grouped search gives, for every member, the claim the pairwise definition picks
    (ties to the earlier claim), on a group mixing repeated and single signatures, rounding
    neighbours, overlapping and missing periods and vague values."""
    import random

    rng = random.Random(7)
    periods = [None, "2022", "2023", "2022-04/2023-03", "2023-04/2024-03", "2022-06"]
    values = [None, 3e6, 3.2e6, 3_000_000.0, 238_448.0, 238_000.0, 50.0, 54.0, 15.0, 0.5]
    quals = ["exact", "approximately", "more_than", "vague"]
    for trial in range(40):
        members = [{"period_value": rng.choice(periods), "qualifier": rng.choice(quals),
                    "value": rng.choice(values), "n": i} for i in range(rng.randint(1, 30))]
        fast = record._closest_in_group(members)
        for m, k in zip(members, fast):
            slow = record._closest(m, [o for o in members if o is not m])
            assert (None if slow is None else slow["n"]) == k, (trial, m)


# ---------------------------------------------------------------- figure

def test_figure_is_byte_identical(analysed, tmp_path):
    from dossier.figures.frame import save

    claims = _claims_frame(analysed)
    checks = record.check_claims(claims, record.load_statistics())
    tables = {"claims": claims, "claim_checks": checks, "statistics": record.load_statistics(),
              "entities": pd.read_csv(config.REFERENCE / "entities.csv")}
    data = figure.prepare_claims(tables)
    assert data["title"].startswith("Home Office states the most figures")
    assert sum(sum(b["counts"]) for b in data["bars"]) == len(claims)
    digests = []
    for i in range(2):
        paths = save(figure.draw_claims(figure.prepare_claims(tables)), "claims", tmp_path / str(i))
        digests.append([hashlib.sha256(p.read_bytes()).hexdigest() for p in paths])
    assert digests[0] == digests[1]
    empty = figure.prepare_claims({"claims": claims.iloc[0:0]})
    assert isinstance(empty, figure.NoData)


def test_no_publisher_and_table_rows_as_mentions(pipe, ref):
    text = "About 300 people arrived in Dover on Tuesday, the coastguard said.\n\nNothing else happened."
    r = run(pipe, ref, text, None, None)
    c = next(c for c in r["claims"] if "300" in c["text"])
    assert c["status"] == "estimated" and c["source_text"]  # an unnamed coastguard, or the unknown author
    # the same claims from the mentions table rows (character offsets) instead of Mention objects
    rows, links = cx.claims_for(pipe(text), text, r["quantities"], r["quotes"], r["mentions"], None, None, None, r["dates"])
    assert [(x["text"], x["status"], x["source"]) for x in rows] == [(x["text"], x["status"], x["source"]) for x in r["claims"]]
    empty = run(pipe, ref, "No figures here at all.", None, None)
    assert empty["claims"] == [] and empty["claim_links"] == []
    plain = run(pipe, ref, "There were 700 arrivals in May.", None, None)
    assert plain["claims"][0]["source"] is None and plain["claims"][0]["source_text"] == "the document (publisher unknown)"


@pytest.mark.parametrize("publisher, author", [
    ("Home Office (press release, also published by the National Crime Agency; republished by WiredGov)", "home-office"),
    ("National Crime Agency (news release, republished via Home Office feeds)", "national-crime-agency"),
    ("Home Office", "home-office"),
])
def test_publisher_voice_is_the_author_not_a_channel(ref, publisher, author):
    """A body the text also went through ("also published by", "republished by", "via") is not
    the document's own voice: the figure a release states unattributed is the author's."""
    from dossier.extract.entities import publisher_entity

    assert publisher_entity(publisher, ref).entity_id == author


@pytest.mark.parametrize("period, projected", [
    ("2023-33", False),  # EDTF first quarter of 2023, already begun on 9 August
    ("2023-36", True),   # the fourth quarter starts in October
    ("2023-23", True),   # autumn starts in September
    ("2023-09", True), ("2023-07", False), ("2023", False), ("2024", True), ("2022-33", False),
    ("2023-04/2024-03", False),  # a financial year under way
])
def test_a_period_after_the_document_date_is_a_projection(period, projected):
    from dossier.claims.status import after_publication

    assert after_publication(period, "2023-08-09") is projected


# ------------------------------------------- classes found on the PolNeAR claims development set
# (tests/claims_polnear; each sentence below is new, written for the class, not taken from it)

@pytest.mark.parametrize("text, figure, status, source_kind, source_words", [
    # "would" is the future of a plan or of reported speech, not a hedge
    ("The plan would add £3bn to the annual bill.", "£3bn", "projected", "document", None),
    # a forecast or target whose value the figure is; a comparison with what was projected
    ("The agency raised its forecast to 12,000 arrivals.", "12,000", "projected", "reporting_verb", "agency"),
    ("Spending reached £9m, £2m more than the council had projected.", "£2m", "projected", "document", None),
    # an accusation in the passive
    ("The director was accused of spending £4m on consultants.", "£4m", "disputed", "document", None),
    ("Three men were charged with smuggling 40 people into the country.", "40", "disputed", "document", None),
    # (the accuser is the source of what the accused is charged with: changed in the third session
    # from "document", which the PolNeAR gold shows wrong: "federal prosecutors ... charged")
    ("Prosecutors charged the driver with smuggling 40 people into the country.", "40", "disputed", "reporting_verb",
     "Prosecutors"),
    # a survey named in the figure's clause is its source
    ("In the latest Ipsos survey, 48 percent of voters backed the plan.", "48", "attributed", "according_to", "Ipsos"),
    # a figure inside the phrase naming the source describes it, the source does not assert it
    ("According to a 40-page report by the inspectorate, the centre held 300 people.", "40", "stated", "document", None),
    ("According to a 40-page report by the inspectorate, the centre held 300 people.", "300", "attributed", "according_to", "inspectorate"),
    # a reporting verb set beside the clause ("..., the group said")
    ("Families would lose £1,200 a year, the charity said.", "£1,200", "projected", "reporting_verb", "charity"),
    # a concessive clause is not what the main clause's subject found
    ("Though the scheme cost £5m, a review found that it saved nothing.", "£5m", "stated", "document", None),
    # "admit" with an object is "let in", not "own up to" (and what one wants to do is an intention)
    ("Officials wanted to admit 300 refugees.", "300", "projected", "document", None),
    ("The border post admitted 300 refugees last week.", "300", "stated", "document", None),
    # "claim" with the figure as its object is to declare it, not to assert what may be false
    ("He claimed a loss of $9 million on his tax return, the paper reported.", "$9 million", "attributed", "reporting_verb", "paper"),
    ("The minister claimed that 5,000 people had left.", "5,000", "disputed", "reporting_verb", "minister"),
    # what a planned or proposed thing will be
    ("His proposed wall might be 40 feet high.", "40 feet", "projected", "document", None),
    # the whole a part is taken of is not what the part's modal qualifies
    ("In that event they could make up 30% of the 2,383 delegates.", "2,383", "stated", "document", None),
    ("In that event they could make up 30% of the 2,383 delegates.", "30%", "hedged", "document", None),
    # a date in a clause the figure's clause embeds is not the figure's period
    ("Two in five voters said they would back the bill in May.", "Two in five", "stated", "document", None),
])
def test_source_and_status_classes_from_the_polnear_set(pipe, ref, text, figure, status, source_kind, source_words):
    r = run(pipe, ref, text, "2024-01-10", "Home Office")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert (c["status"], c["source_kind"]) == (status, source_kind), c
    if source_words:
        assert source_words.lower() in (c["source_text"] or "").lower(), c


def test_respondents_figures_take_the_poll_named_before(pipe, ref):
    text = ("According to a YouGov poll of 2,000 adults, 55 percent back the plan. "
            "Forty percent of respondents said they opposed it.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith("Forty"))
    assert c["source_kind"] == "according_to" and "YouGov" in c["source_text"], c
    assert c["status"] == "attributed"


@pytest.mark.parametrize("text, figure, status", [
    ("The two countries agreed to resettle up to 300 people.", "300", "projected"),
    ("The two countries agreed a £5m deal last year.", "£5m", "stated"),
])
def test_a_commitment_projects_only_what_its_infinitive_says(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-01-10", "Home Office")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == status, c


def test_a_polls_run_of_results_is_attributed_to_it(pipe, ref):
    text = ("According to a poll by YouGov released on Friday, 61 percent of adults back the scheme. "
            "Twenty percent oppose it. Almost half of younger adults have no view.\n\n"
            "The Home Office said 400 people arrived in May.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    for figure in ("Twenty percent", "Almost half"):
        c = next(c for c in r["claims"] if c["text"].startswith(figure))
        assert c["source_kind"] == "according_to" and "YouGov" in c["source_text"], c
    c = next(c for c in r["claims"] if "400" in c["text"])
    assert c["source"] == "home-office", c


@pytest.mark.parametrize("text, figure, source_kind, source_words", [
    # the subject of a passive reporting verb is what is reported, not who reports it
    ("The deficit is projected to reach $600 billion next year.", "$600 billion", "document", None),
    ("The cost was estimated at £40m by the National Audit Office.", "£40m", "reporting_verb", "National Audit Office"),
    # a quotation introduced by a paragraph ending in a colon
    ("Maria Lopez made the following statement:\n\n“We returned 1,400 people in the spring.”", "1,400", "quote", "Lopez"),
])
def test_passive_reporting_and_colon_paragraph_introductions(pipe, ref, text, figure, source_kind, source_words):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == source_kind, c
    if source_words:
        assert source_words.lower() in (c["source_text"] or "").lower(), c


@pytest.mark.parametrize("text, figure, source_words", [
    # an attribution set off by commas covers the sentence
    ("The richest families would save $90,000, the institute said, compared with $900 for the rest.", "$900", "institute"),
    ("The centre held 300 people, Maria Lopez told reporters.", "300", "Maria Lopez"),
    # the owner of a forecast or estimate whose value the figure is
    ("The central bank cut its forecast for growth to 1.2 percent.", "1.2 percent", "central bank"),
    ("The World Bank's estimate of the shortfall stayed at $4 billion.", "$4 billion", "World Bank"),
])
def test_parenthetical_attributions_and_forecast_owners(pipe, ref, text, figure, source_words):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == "reporting_verb" and source_words.lower() in (c["source_text"] or "").lower(), c


@pytest.mark.parametrize("publisher, entity", [("USA Today", None), ("Texas Tribune", None),
                                               ("United Kingdom", "united-kingdom"), ("The Guardian", "the-guardian")])
def test_a_place_inside_a_publishers_name_is_not_the_publisher(ref, publisher, entity):
    from dossier.extract.entities import publisher_entity

    e = publisher_entity(publisher, ref)
    assert (e.entity_id if e is not None else None) == entity


# ------------------------------------------- third session: more classes from the PolNeAR set
# (each sentence new, written for the class)

def test_a_share_of_respondents_as_subject_is_the_polls_result(pipe, ref):
    """ "Two in five said ..., and nearly one in four said ...": the second share is not said by
    the first; both are results of the poll named before, as is a share after them."""
    text = ("According to a Gallup survey of 1,500 adults released on Monday, 52 percent back the new tax. "
            "Two in five said they would move abroad, and nearly one in four said they had already looked at houses. "
            "Another 14 percent who say they might leave the country were undecided.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    for figure in ("nearly one in four", "14 percent"):
        c = next(c for c in r["claims"] if figure in c["text"])
        assert c["source_kind"] == "according_to" and "Gallup" in c["source_text"], c


@pytest.mark.parametrize("text, figure, source_words", [
    # the pronoun subject of a reported clause is the reporter ("officials say they have found")
    ("In Nogales, Ariz., border officials say they have found 200 tunnels since 1990.", "200", "border officials"),
    # a pronoun subject is the previous sentence's subject before the last name mentioned
    ("The Bank of England had warned that inflation could hurt growth in Scotland. "
     "On Thursday it raised its growth forecast to 1.4 percent.", "1.4 percent", "Bank of England"),
    # "claim" with the figure as its object declares it: the reporter is the source
    ("The paper wrote that the firm had claimed a loss of $40 million.", "$40 million", "paper"),
    # "point out", "indicate" report
    ("The charity has pointed out that the scheme housed 2,000 families.", "2,000", "charity"),
    ("Land records indicate that the company sold the site for £3m.", "£3m", "Land records"),
    # a possessive pronoun owning the estimate that is the subject
    ("Mayor Jane Smith visited the site on Monday. Her cost estimates have been between $2 million and $4 million.",
     "$2 million", "Jane Smith"),
    # a body named after its leader speaks as the body
    ("The Warren campaign said it had raised $6 million in March.", "$6 million", "Warren campaign"),
    ("The Biden administration announced it had reached its goal of resettling 12,000 refugees.", "12,000",
     "Biden administration"),
])
def test_reporters_behind_pronouns_phrasal_verbs_and_led_bodies(pipe, ref, text, figure, source_words):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == "reporting_verb" and source_words.lower() in (c["source_text"] or "").lower(), c


@pytest.mark.parametrize("text, figure, source_words", [
    # a poll as the subject of a measuring verb
    ("An Ipsos poll puts support for the plan at 38 percent.", "38 percent", "Ipsos"),
    # a survey named in the clause when the parse hangs the verb under the figure
    ("In the latest YouGov survey, 71 percent of Labour voters approved of him, although they were less keen "
     "on his deputy.", "71 percent", "YouGov"),
])
def test_polls_that_put_a_figure(pipe, ref, text, figure, source_words):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == "according_to" and source_words in (c["source_text"] or ""), c
    assert c["status"] == "attributed", c


def test_a_figure_in_a_conjunct_of_the_according_to_phrase_describes_the_source(pipe, ref):
    text = ("According to a 30-page report by the inspectorate and a 12-page letter from the council, "
            "the centre held 300 people.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith("12"))
    assert (c["source_kind"], c["status"]) == ("document", "stated"), c


def test_the_publishers_own_aggregator_is_its_own_voice(pipe, ref):
    text = "An average of 62 percent of Democrats approve of the governor, according to HuffPost Pollster."
    r = run(pipe, ref, text, "2024-01-10", "HuffPost")
    c = next(c for c in r["claims"] if "62 percent" in c["text"])
    assert c["status"] == "stated", c


@pytest.mark.parametrize("text, figure, status", [
    # a conjoined verb shares the future of the verb it is conjoined to; a conjoined figure its verb
    ("The budget office said spending will rise next year and reach $900 billion, or 4 percent of output.",
     "$900 billion", "projected"),
    ("The budget office said spending will rise next year and reach $900 billion, or 4 percent of output.",
     "4 percent", "projected"),
    # a figure its source says is not so: a denial; a refusal is a plan
    ("\u201cThe council is not spending £40m on the bridge,\u201d the mayor said.", "£40m", "disputed"),
    ("\u201cWe will not take 5,000 more people,\u201d the minister said.", "5,000", "projected"),
    # a share of a planned or proposed whole
    ("About 30% of the proposed spending on roads goes to the north, the agency said.", "About 30%", "projected"),
])
def test_shared_futures_denials_and_shares_of_plans(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, source_words", [
    ("Prosecutors in March charged two bankers with laundering $90 million through shell firms.", "$90 million",
     "Prosecutors"),
    # the parser hangs "of" on the accused
    ("The opposition leader accused the minister of hiding 3,000 complaints.", "3,000", "opposition leader"),
])
def test_the_accuser_is_the_source_of_the_charge(pipe, ref, text, figure, source_words):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == "disputed" and c["source_kind"] == "reporting_verb", c
    assert source_words.lower() in (c["source_text"] or "").lower(), c


def test_a_with_clause_whose_subject_is_the_figure_is_not_under_the_main_verbs_modal(pipe, ref):
    text = "The strike could spread next week, with 60 percent of members saying they back more action, the union said."
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if "60 percent" in c["text"])
    assert c["status"] == "attributed", c


@pytest.mark.parametrize("text, figure, status", [
    ("The government said it would raise the cap from 10,000 to 20,000 next year.", "10,000", "attributed"),
    ("The government said it would raise the cap from 10,000 to 20,000 next year.", "20,000", "projected"),
    ("Admissions are expected to rise in 2025 from 5,000 to 7,000.", "5,000", "stated"),
    ("Admissions are expected to rise in 2025 from 5,000 to 7,000.", "7,000", "projected"),
])
def test_the_value_a_planned_change_starts_from_is_not_projected(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith(figure))
    assert c["status"] == status, c


def test_a_margin_in_points_is_one_of_a_polls_run_of_results(pipe, ref):
    text = ("According to a Quinnipiac poll released on Tuesday, 54 percent of voters in Ohio back the senator. "
            "She leads her rival by 9 points among women.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith("9"))
    assert c["source_kind"] == "according_to" and "Quinnipiac" in c["source_text"], c


def test_a_reporter_parsed_as_a_second_subject_is_the_source():
    """'The two loopholes he cited are large, the Herald reported.' with the parse the model gives
    long sentences of this shape: both "loopholes" and "Herald" subjects of "reported". The subject
    covering the figure is what is reported; the other one reports it."""
    import spacy
    from spacy.tokens import Doc

    words = ["The", "two", "loopholes", "he", "cited", "are", "large", ",", "the", "Herald", "reported", "."]
    spaces = [True, True, True, True, True, True, False, True, True, True, False, False]
    heads = [2, 2, 10, 4, 2, 4, 5, 10, 9, 10, 10, 10]
    deps = ["det", "nummod", "nsubj", "nsubj", "relcl", "ccomp", "acomp", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NUM", "NOUN", "PRON", "VERB", "AUX", "ADJ", "PUNCT", "DET", "PROPN", "VERB", "PUNCT"]
    tags = ["DT", "CD", "NNS", "PRP", "VBD", "VBP", "JJ", ",", "DT", "NNP", "VBD", "."]
    lemmas = ["the", "two", "loophole", "he", "cite", "be", "large", ",", "the", "Herald", "report", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas)
    q = {"start": 4, "end": 7, "text": "two", "kind": "count", "value": 2.0, "sentence": 0}
    rows, _ = cx.claims_for(doc, doc.text, [q], [], [], "the-guardian", publisher_text="The Guardian")
    assert (rows[0]["source_kind"], rows[0]["source_text"]) == ("reporting_verb", "the Herald"), rows[0]


def test_a_polls_margin_of_error_is_not_one_of_its_results(pipe, ref):
    text = ("According to a Survation poll released on Monday, 44 percent of voters back the mayor. "
            "The poll of 1,020 adults carries margins of error of plus or minus 3.1 percentage points.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if "3.1" in c["text"])
    assert c["source_kind"] == "document" and c["status"] == "stated", c


def test_a_pronoun_stands_only_for_a_subject_it_agrees_with(pipe, ref):
    """'Prosecutors say he told ...': "he" is not the prosecutors (the reporter of the clause is
    taken for its pronoun only when they agree, as "officials say they have found")."""
    text = ("Mark Jones, a former clerk, was arrested in May. "
            "Prosecutors say he told investigators he had opened 40 accounts.")
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"] == "40")
    assert "Jones" in (c["source_text"] or ""), c


def test_a_participle_conjoined_to_a_modal_verb_does_not_share_the_modal(pipe, ref):
    text = "The scandal could not stop him from winning, and eventually becoming the owner of 300 shops."
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith("300"))
    assert c["status"] == "stated", c


@pytest.mark.parametrize("text, figure, status", [
    # a total of what the sentence before counted, with a pronoun for it, goes on with that sentence
    ("The council said it would build 300 homes in 2025 and 400 in 2026. That adds up to 700 over two years.",
     "700", "projected"),
    ("The council built 300 homes last year and 400 this year. That adds up to 700 in two years.", "700", "stated"),
    # so does a fragment that is only the figure
    ("The insurers will pay for the repairs. All 100 percent. Nobody else has offered a penny.", "100 percent",
     "projected"),
    ("The insurers paid for the repairs. All 100 percent. Nobody else has offered a penny.", "100 percent", "stated"),
])
def test_a_total_or_fragment_continues_the_sentence_before(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-01-10", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith(figure))
    assert c["status"] == status, c


def test_a_quantitys_period_from_a_clause_its_clause_embeds_is_not_its_own(pipe):
    """The quantities extractor may hand a figure a period written in a clause below the figure's
    ("Two in three said they are less likely to vote for him in November"): what was said counts
    now, it is no projection; the same period in the figure's own clause is."""
    for text, projected in [("Two in three said they would vote Labour in November.", False),
                            ("Labour will win two in three seats in November.", True)]:
        doc = pipe(text)
        fig = "Two" if text.startswith("Two") else "two"
        start = text.index(fig)
        q = {"start": start, "end": start + len(fig), "text": fig, "kind": "count", "value": 2.0, "sentence": 0,
             "period": "November"}
        d = text.index("November")
        dates = [{"sentence": 0, "text": "November", "value": "2024-11", "start": d, "end": d + 8, "granularity": "month"}]
        rows, _ = cx.claims_for(doc, text, [q], [], [], "the-guardian", publisher_text="The Guardian", dates=dates,
                                published="2024-01-10")
        assert (rows[0]["status"] == "projected") is projected, (text, rows[0])


# ---------------------------------------------------------------- migration-policy genre (2026-12-03)

@pytest.mark.parametrize("text, figure, status", [
    # applications and decisions are not disputes: "claim asylum", "rejected claims", "denied entry"
    ("The ministry said 61,000 people claimed asylum in the twelve months to September.", "61,000", "attributed"),
    ("Officials said 9,400 asylum claims were refused in the last quarter.", "9,400", "attributed"),
    ("The agency said it had rejected 35% of applications from Georgian nationals.", "35%", "attributed"),
    ("The coastguard said it denied entry to 1,800 travellers at the ferry port.", "1,800", "attributed"),
    ("Prosecutors said 22 people have been charged with smuggling offences.", "22", "attributed"),
    # ... while what is asserted or rejected is disputed, whoever reports it
    ("The mayor claimed that 7,000 people had entered the city in a month.", "7,000", "disputed"),
    ("The minister denied taking £15,000 from the lobbyist.", "£15,000", "disputed"),
    ("The department rejected the figure of 2,600 missing children as inflated.", "2,600", "disputed"),
    ("The ministry dismissed suggestions that 900 people were sleeping at the station.", "900", "disputed"),
    ("The council rejected suggestions that 900 people were sleeping at the station.", "900", "disputed"),
    ("The complaint alleges 140 breaches of the housing contract.", "140", "disputed"),
])
def test_disputing_verbs_dispute_what_is_asserted_not_what_the_figure_counts(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, status", [
    # the figure of someone else disputed by a clause after it, or by the next sentence naming it as a figure
    ("The charity said 3,300 families were waiting for housing, a figure the council has questioned.", "3,300",
     "disputed"),
    ("Organisers said 8,000 people marched, a claim denied by the police.", "8,000", "disputed"),
    ("A study by the university found 1,100 students had lost their visas. The ministry said it did not recognise "
     "the figures.", "1,100", "disputed"),
    # not the document's own figures, nor claims that may be any assertion of the sentence before
    ("Two lawsuits filed in Leeds have accused the landlord of neglect. He has denied the claims.", "Two", "stated"),
    ("The charity said 3,300 families were waiting for housing. The council has not disputed the figure.", "3,300",
     "attributed"),
    # a pronoun for what was just said, with a verb that rejects only assertions
    ("The opposition says ministers have spent £410m on the barges, which the government disputes.", "£410m",
     "disputed"),
    ("The opposition says ministers have spent £410m on the barges. The department denies this.", "£410m",
     "disputed"),
    ("The council said 120 families were moved to the estate, which residents had rejected.", "120", "attributed"),
    ("The council said 120 families were moved to the estate that residents had rejected.", "120", "attributed"),
    ("The union said it did not dispute that 640 posts would go.", "640", "projected"),
])
def test_a_figure_disputed_by_a_later_clause(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if c["text"].startswith(figure))
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, status", [
    # "estimated"/"projected" on the noun the figure is the value of
    ("The airport contract was signed at an estimated cost of £640m.", "£640m", "estimated"),
    ("The estimated cost of the reception centre is £2.3 million a year.", "£2.3 million", "estimated"),
    ("The projected cost of the new camp is €90 million.", "€90 million", "projected"),
    ("The cost of 200 extra beds is £4m.", "200", "stated"),
    # ... and on a noun whose value is a count of what the figure counts
    ("The barracks have a planned capacity of 650 beds.", "650", "projected"),
    ("The region has an estimated population of 28,000 people.", "28,000", "estimated"),
    # an estimate or forecast as the subject of the verb giving the figure
    ("Estimates suggest 2,700 people are living in the informal camps.", "2,700", "estimated"),
    ("Council estimates put the bill for temporary housing at £48m.", "£48m", "estimated"),
    ("Treasury projections show spending on the scheme at £1.9bn.", "£1.9bn", "projected"),
    ("Early estimates show turnout roughly in line with the council's 40-seat majority.", "40", "attributed"),
    # "as many as", "as much as": a ceiling put as a rough size, like "up to"
    ("Stewards said as many as 600 people joined the vigil.", "600", "estimated"),
    # hearsay in the passive, as "reportedly"
    ("The operator is said to have earned £9m from the contract.", "£9m", "hedged"),
    ("It was reported that the ministry paid £4m to the consultancy.", "£4m", "hedged"),
    ("The figures were reported to the committee in May: 410 removals.", "410", "stated"),
    # "appears to", "seems to": the figure as it looks
    ("The number of claims appears to have fallen to 2,100.", "2,100", "hedged"),
    ("He appeared to wave at the 300 protesters.", "300", "stated"),
    ("The committee seemed to be of two minds about the plan.", "two", "stated"),
    # feared, presumed: as "is believed to"
    ("At least 19 people are feared to have drowned in the estuary.", "19", "hedged"),
    ("More than 30 passengers are presumed dead after the ferry sank.", "30", "hedged"),
    # a noun's "that" clause is not under the modal of the verb above the noun
    ("The agency said it would not comment on suggestions that 1,700 files had been lost.", "1,700", "attributed"),
    ("Ministers will publish proposals that would see 800 more places funded.", "800", "projected"),
    # a forecast value noun
    ("The forecast outturn for the programme is £2.7 billion.", "£2.7 billion", "projected"),
    # a date in an absolute "with" phrase beside the figure is not the figure's period
    ("The ministry has so far paid £180m under the deal, with a further £40m due in 2026.", "£180m", "stated"),
    ("The ministry has so far paid £180m under the deal, with a further £40m due in 2026.", "£40m", "projected"),
])
def test_estimates_forecasts_ceilings_and_hearsay(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-03-01", "BBC News")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, source_words", [
    # a verb of measuring a figure or value states it
    ("The charity put the figure at 1,700.", "1,700", "charity"),
    ("The auditors placed the cost of the contract at £75m.", "£75m", "auditors"),
    ("An estimated 2,000 people were in the camp, though volunteers put the figure closer to 3,500.", "3,500",
     "volunteers"),
    # figures someone obtained or saw are theirs
    ("Records obtained by Amnesty International show 260 people were held beyond the limit.", "260",
     "Amnesty International"),
    # fearing and hoping report with a clause
    ("The charity fears that as many as 3,000 tenants could be evicted.", "3,000", "The charity"),
    # a pronoun reporter closing the clause of a name stands for that name
    ("Migration Services Norway registered 5,200 applications last year, it said.", "5,200", "Migration Services Norway"),
    # a body named with a place the linker does not know is not the place; a place's body is named as written
    ("Refugee Services Ontario said 640 families were housed in motels.", "640", "Refugee Services Ontario"),
    ("Spain's coastguard said it had rescued 1,150 people in the Strait.", "1,150", "Spain's coastguard"),
    # an apposition names the speaker
    ("The Greek migration minister, Dimitris Keridis, said 4,000 places would be created.", "4,000", "Dimitris Keridis"),
    # a possessive pronoun on what a body puts out stands for the body
    ("The Migration Observatory published new analysis on Monday. Its report found that 14,000 students had "
     "switched visas.", "14,000", "Migration Observatory"),
])
def test_reporters_named_by_pronouns_places_and_appositions(pipe, ref, text, figure, source_words):
    r = run(pipe, ref, text, "2024-03-01", "BBC News")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert source_words.lower() in (c["source_text"] or "").lower(), c


@pytest.mark.parametrize("text, figure", [
    ("We estimate that 2,000 households will need help this winter.", "2,000"),
    ("Our records show that 850 people used the advice line in June.", "850"),
    ("I can confirm that 640 people have been moved to the new site.", "640"),
])
def test_first_person_plural_outside_quotations_is_the_documents_own_voice(pipe, ref, text, figure):
    # a publisher the reference table does not know: still the document's own voice
    r = run(pipe, ref, text, "2024-03-01", "Kent Refugee Network")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == "document", c


@pytest.mark.parametrize("publisher, text, figure, kind", [
    # figures an official document cites without naming whose they are are its own
    ("Home Office", "Figures published on Thursday show that 2,450 people were returned in the last quarter.", "2,450",
     "document"),
    ("Home Office", "The latest figures show a 25% fall in arrivals on the southern route.", "25%", "document"),
    # not another body's figures, nor unowned figures in a newspaper
    ("Home Office", "Police figures show 310 arrests at the border last month.", "310", "reporting_verb"),
    ("The Guardian", "Figures published on Thursday show that 2,450 people were returned in the last quarter.", "2,450",
     "reporting_verb"),
])
def test_an_official_documents_unowned_figures_are_its_own(pipe, ref, publisher, text, figure, kind):
    r = run(pipe, ref, text, "2024-03-01", publisher)
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == kind, c
    assert c["status"] == ("stated" if kind == "document" else "attributed"), c


def test_a_quotation_spoken_by_a_document_is_its_owners(pipe, ref):
    """A quotation whose speaker is only a document ("The headline reads: “...”", "The statement
    said: “...”") speaks for the organisation named nearest before it."""
    text = ("The British Red Cross opened a new advice centre in Glasgow on Monday.\n\n"
            "Its leaflet reads: “We helped 4,300 people to find shelter last winter.”")
    r = run(pipe, ref, text, "2024-03-01", "The Herald")
    c = next(c for c in r["claims"] if "4,300" in c["text"])
    assert c["source_kind"] == "quote" and c["source"] == "british-red-cross", c
    text = "The snarky headline reads: “Nobody is moving 9,000 people to the coast.”"
    r = run(pipe, ref, text, "2024-03-01", "The Herald")
    c = next(c for c in r["claims"] if "9,000" in c["text"])
    assert c["source"] is None, c  # no organisation named before it: the speaker as written


@pytest.mark.parametrize("text, figure, source_kind, source_words", [
    # a headline or standfirst giving a speaker's words after a colon
    ("Minister: 'We will fly 600 people out by the summer'\n\nThe plan was announced on Tuesday.", "600", "quote",
     "Minister"),
    ("Refugee Council: “At least 1,400 children were wrongly assessed”\n\nThe charity published its report.",
     "1,400", "quote", "Refugee Council"),
    # not a topic label before the colon, nor a headline whose speaker follows the quotation
    ("Note: 'The 2,000 figure is provisional'", "2,000", "document", "The Guardian"),
    ("Rosa Kellner: ‘A Fair Wage’ Means Paying Carers £14 An Hour.", "£14", "document", "The Guardian"),
])
def test_a_headline_giving_a_speakers_words(pipe, ref, text, figure, source_kind, source_words):
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == source_kind and source_words.lower() in (c["source_text"] or "").lower(), c


@pytest.mark.parametrize("text, figure, source", [
    # a reporter named again by a definite description is the body named before
    ("Amnesty International said 35 people had died in custody. The group added that 210 more had been injured.",
     "210", "amnesty-international"),
    ("According to the Home Office, 2,800 people were removed last year. The department said a further 900 left "
     "voluntarily.", "900", "home-office"),
    ("The National Audit Office published its review on Friday. The review found the barges had cost £310m.",
     "£310m", "national-audit-office"),
    # the body the sentence before is about, even unknown to the reference table, before whoever spoke last
    ("The figures were published by Statistics Norway. The Oslo Housing Trust, reviewing them, reached a similar "
     "view. The group said 1,350 families were waiting.", "1,350", "(Oslo Housing Trust)"),
    # the evidence noun only for the body whose report it is, not for whoever spoke last
    ("A report by the Refugee Council found 3,900 children had been wrongly treated as adults. The Home Office "
     "said 240 had been moved. The report also found that 310 had been placed in adult hotels.", "310", None),
])
def test_a_reporter_named_again_by_a_definite_description(pipe, ref, text, figure, source):
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if figure in c["text"])
    assert c["source_kind"] == "reporting_verb", c
    if source and source.startswith("("):  # a name however the linker keeps it
        assert source.strip("()") in (c["source_text"] or ""), c
    else:
        assert c["source"] == source, c


@pytest.mark.parametrize("text, figure, status", [
    # a list item completes its lead-in: projected under "will:", "aims to:"
    ("Under the agreement the two countries will:\n\n- fund 450 extra patrol officers\n- share data on 12 routes",
     "450", "projected"),
    ("Under the agreement the two countries will:\n\n- fund 450 extra patrol officers\n- share data on 12 routes",
     "12", "projected"),
    ("Over the past year the programme has:\n\n- funded 450 extra patrol officers\n- shared data on 12 routes",
     "450", "stated"),
    ("Headline figures:\n\n- 450 extra patrol officers were funded", "450", "stated"),
    ("These are the measures that will be debated today:\n\n- 450 extra patrol officers were funded", "450",
     "stated"),
])
def test_a_list_item_completes_its_lead_in(pipe, ref, text, figure, status):
    r = run(pipe, ref, text, "2024-03-01", "Home Office")
    c = next(c for c in r["claims"] if c["text"].startswith(figure))
    assert c["status"] == status, c


def test_a_figure_in_a_relative_clause_on_the_reporter_is_the_narrators(pipe, ref):
    text = "The charity Care4Calais, which fed 2,300 people last winter, said the closures were cruel."
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if "2,300" in c["text"])
    assert c["source_kind"] == "document" and c["status"] == "stated", c
    text = "Care4Calais, which runs the kitchen, said 2,300 people were fed last winter."
    r = run(pipe, ref, text, "2024-03-01", "The Guardian")
    c = next(c for c in r["claims"] if "2,300" in c["text"])
    assert c["source"] == "care4calais", c  # the figure it reports is still its own


# --- whole documents in other registers (2026-12-03, fourth session): debate turns, judgments,
# audit and inspection reports, statistical releases, FOI answers; new sentences, none from the probe


def _claim(r, figure):
    return next(c for c in r["claims"] if figure in c["text"])


DEBATE = ("Asylum Accommodation\n\n"
          "Jo White (Bassetlaw) (Lab): My local hotel has housed 340 men since March. The council's housing "
          "officer reported that 75 of them have nowhere to go.\n\n"
          "The Minister for Border Security (Angela Eagle): We will close 150 hotels by the end of the year.\n\n"
          "Jo White: I am grateful. Schools in my area have taken 60 children.\n\n"
          "Mr Harold Dent (Tewkesbury) (Con): Mr Speaker, the Local Government Association estimates that 12,000 "
          "families are in temporary accommodation.\n")


@pytest.mark.parametrize("figure, speaker, kind, status", [
    ("340", "Jo White", "turn", "stated"),                 # the speaker's own words: hers, stated
    ("75", "housing officer", "reporting_verb", "attributed"),   # whom she reports
    ("150", "Angela Eagle", "turn", "projected"),          # a role label names the speaker in brackets
    ("60", "Jo White", "turn", "stated"),                  # a later turn by the short name
    ("12,000", "Local Government Association", "reporting_verb", "estimated"),  # not "Dent" (the label)
])
def test_a_debate_turns_figures_are_its_speakers(pipe, ref, figure, speaker, kind, status):
    c = _claim(run(pipe, ref, DEBATE, "2024-11-05", "Hansard"), figure)
    assert c["source_kind"] == kind and speaker in (c["source_text"] or ""), c
    assert c["status"] == status, c


@pytest.mark.parametrize("text", [
    # guards: labels of a document's structure, a single name label, a topic headline: no turns
    "Key figures: 4,100 people arrived in May.\n\nNote: 300 of them were children.",
    "Greece: Sea arrivals rose to 4,100 in May.\n\nPhoto caption: 300 people landed on Lesvos.",
    "Sarah Lee: The council housed 4,100 people in May. Officials said 300 of them were children.",
])
def test_labels_that_are_no_debate_turns(pipe, ref, text):
    r = run(pipe, ref, text, "2024-06-01", "The Guardian")
    assert all(c["source_kind"] != "turn" for c in r["claims"]), r["claims"]
    assert _claim(r, "4,100")["source_kind"] == "document"


@pytest.mark.parametrize("publisher, text, figure", [
    ("European Court of Human Rights", "The Court notes that the cell, built for 8 detainees, held 19.", "19"),
    ("Australian National Audit Office", "The ANAO's analysis indicates the contract cost $61 million.", "$61 million"),
    ("Public Accounts Committee", "The Committee found that 2,600 files had been lost.", "2,600"),
    ("Department of Justice (Ireland)", "The Department notes that 812 permissions were granted.", "812"),
])
def test_a_publisher_naming_itself_is_its_own_voice(pipe, ref, publisher, text, figure):
    c = _claim(run(pipe, ref, text, "2024-06-01", publisher), figure)
    assert c["source_kind"] == "document" and c["status"] == "stated", c


def test_another_body_of_the_same_kind_is_not_the_publisher(pipe, ref):
    # guard: "The First-tier Tribunal" in the Upper Tribunal's judgment is another tribunal
    text = "The First-tier Tribunal found that 6 of the witnesses were credible."
    c = _claim(run(pipe, ref, text, "2024-06-01", "Upper Tribunal"), "6")
    assert c["source_kind"] == "reporting_verb" and c["status"] == "attributed", c


@pytest.mark.parametrize("text, figure, source_words, status", [
    # parties, counsel and officials in judgments and reports
    ("The respondent accepts that 1,340 applicants were not housed.", "1,340", "respondent", "attributed"),
    ("Counsel for the Secretary of State submitted that 41 flights had been chartered.", "41", "Counsel",
     "attributed"),
    ("The ministry advised the auditors that the cost was approximately €2.6 million.", "€2.6 million", "ministry",
     "estimated"),
    ("The State denied that it had returned anyone and submitted that 52 people had been rescued.", "52", "State",
     "attributed"),  # (guard: the conjoined reporter keeps the outer subject)
    ("We heard from the Police Federation that its 9,000 members were exhausted.", "9,000", "Police Federation",
     "attributed"),
    ("The appellant's case is that he paid 4,500 dollars to a smuggler.", "4,500", "appellant", "attributed"),
])
def test_parties_counsel_and_witnesses_report(pipe, ref, text, figure, source_words, status):
    c = _claim(run(pipe, ref, text, "2024-06-01", "High Court"), figure)
    assert c["source_kind"] == "reporting_verb" and source_words in (c["source_text"] or ""), c
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure", [
    # guards: with an object these verbs report nothing
    ("The tribunal accepted 300 late appeals last year.", "300"),
    ("The charity submitted 4,000 applications on behalf of families.", "4,000"),
    ("Caseworkers advised 700 clients in March.", "700"),
])
def test_legal_verbs_report_only_with_a_clause(pipe, ref, text, figure):
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), figure)
    assert c["source_kind"] == "document", c


@pytest.mark.parametrize("text, figure, source_words, status", [
    ("The mayor called for the government to resettle 2,500 refugees in the city.", "2,500", "mayor", "projected"),
    ("The charity urged ministers to fund 800 more beds.", "800", "charity", "projected"),
    ("The unions demanded that 1,000 staff be hired.", "1,000", "unions", "projected"),
])
def test_what_someone_calls_for_is_theirs_and_projected(pipe, ref, text, figure, source_words, status):
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), figure)
    assert source_words in (c["source_text"] or "") and c["status"] == status, c


def test_a_call_that_is_no_demand(pipe, ref):
    # guard: "called" without "for"/"on" names or rings
    c = _claim(run(pipe, ref, "Police called 40 witnesses to the inquiry.", "2024-06-01", "The Guardian"), "40")
    assert c["source_kind"] == "document" and c["status"] == "stated", c


def test_a_negated_report_says_nothing(pipe, ref):
    text = "The department could not tell us how many of the 8,200 refused applicants had left the country."
    c = _claim(run(pipe, ref, text, "2024-06-01", "Home Affairs Committee"), "8,200")
    assert c["source_kind"] == "document" and c["status"] == "stated", c
    # guard: an affirmative report still reports, with its modal
    text = "The department told us that 8,200 refused applicants could have left the country."
    c = _claim(run(pipe, ref, text, "2024-06-01", "Home Affairs Committee"), "8,200")
    assert c["source_kind"] == "reporting_verb" and c["status"] == "hedged", c


@pytest.mark.parametrize("text, figure, status", [
    ("Council to shut 14 asylum hotels by spring", "14", "projected"),       # a headline's "X to VERB"
    ("Arrivals will fall to 20,000 next year, down from 31,000 this year.", "31,000", "stated"),  # the present value
    ("Arrivals will fall to 20,000 next year, down from 31,000 this year.", "20,000", "projected"),
    ("We recommend a salary threshold of £31,000 for care workers.", "£31,000", "projected"),  # a proposal
    ("The ministry has set no target for the 52,000 cases still waiting.", "52,000", "stated"),
    ("The ministry's aim of deciding the 52,000 outstanding cases was missed.", "52,000", "stated"),
    ("The ministry has set a target of 52,000 decisions.", "52,000", "projected"),  # guard: the target's value
    ("Net migration was 590,000, according to provisional estimates.", "590,000", "estimated"),
])
def test_headlines_starting_values_recommendations_and_targets(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2024-06-01", "Office for National Statistics"), figure)
    assert c["status"] == status, c


def test_a_statistics_offices_unowned_estimates_are_its_own(pipe, ref):
    text = "Net migration was 590,000, according to provisional estimates."
    c = _claim(run(pipe, ref, text, "2024-06-01", "Office for National Statistics"), "590,000")
    assert c["source_kind"] == "document", c
    # guard: in a newspaper "according to estimates" stays someone else's
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), "590,000")
    assert c["source_kind"] == "according_to", c


def test_an_object_that_is_a_split_clauses_subject_is_asserted(pipe, ref):
    text = "The MP claimed 85% of the new arrivals were young men."
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), "85%")
    assert c["source_kind"] == "reporting_verb" and c["status"] == "disputed", c
    # guard: "claimed" with a plain object declares
    c = _claim(run(pipe, ref, "The hotel claimed £12,000 in damages.", "2024-06-01", "The Guardian"), "£12,000")
    assert c["status"] != "disputed", c


def test_a_share_of_respondents_is_no_source_for_any_reporting_verb(pipe, ref):
    # guard: "accept" reports now, and a share of respondents accepting is still no source
    text = ("In the Ipsos survey, 61 percent of voters said the policy was working. 30 percent accepted that "
            "numbers were too high, compared with 12 percent who did not.")
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), "12 percent")
    assert (c["source_text"] or "").lower().find("percent") < 0, c


def test_a_statement_under_one_role_label_is_the_ministers(pipe, ref):
    text = ("Written Ministerial Statement\n\n"
            "The Minister for Migration (Seema Malhotra): I am today announcing that we have granted 6,300 "
            "visas to Ukrainians since June. The Government intends to hire 400 more caseworkers.")
    r = run(pipe, ref, text, "2024-11-05", "Hansard")
    c = _claim(r, "6,300")
    assert c["source_kind"] == "turn" and "Seema Malhotra" in c["source_text"] and c["status"] == "stated", c
    c = _claim(r, "400")
    assert c["source_kind"] == "turn" and c["status"] == "projected", c


def test_a_measuring_verb_whose_at_hangs_inside_its_object(pipe, ref):
    text = "The harbour police put the number of people rescued at 91."
    c = _claim(run(pipe, ref, text, "2024-06-01", "Reuters"), "91")
    assert c["source_kind"] == "reporting_verb" and "police" in c["source_text"], c


@pytest.mark.parametrize("text, figure, status", [
    ("The agency remains committed to resettling 4,000 refugees a year.", "4,000", "projected"),
    ("The province is ready to house 900 more families.", "900", "projected"),
    ("The bill is in the region of £7m a month.", "£7m", "estimated"),
    ("The tribunal heard some 1,300 appeals last year.", "1,300", "estimated"),
    ("The ministry has committed €40 million to reception centres.", "€40 million", "projected"),  # a pledge
    # guards
    ("The gang committed 40 burglaries in 2023.", "40", "stated"),   # a deed, not a pledge
    ("Some of the 300 residents left the camp.", "300", "stated"),   # "some of" is no approximation
    ("The staff were ready for the 50 visitors.", "50", "stated"),   # no "to"
])
def test_intentions_and_approximations_without_a_qualifier(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), figure)
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, status", [
    ("The senator has called for 3,000 more border agents.", "3,000", "projected"),
    ("The council called on ministers to fund 450 school places.", "450", "projected"),
    # guards: "call" as naming, with an unrelated "on"
    ("On housing, more voters call themselves renters (41%) than owners (35%).", "41%", "stated"),
    ("Half say they are worried, and 30% call the policy a failure.", "30%", "stated"),
])
def test_calling_for_is_a_demand_calling_something_is_not(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2024-06-01", "The Guardian"), figure)
    assert c["status"] == status, c


def test_a_ministers_turn_in_a_legislatures_record_is_the_governments(pipe, ref):
    # the claims README: a minister's statement in Hansard is the Government's; a member's turn is the member's
    text = ("Detention Centres\n\n"
            "Kim Johnson (Liverpool Riverside) (Lab): In my constituency 230 people were detained last year.\n\n"
            "The Minister for Border Security (Angela Eagle): The average stay is 41 days, at a cost of £93 a day.\n")
    r = run(pipe, ref, text, "2024-11-05", "UK Parliament, Hansard")
    c = _claim(r, "£93")
    assert c["source"] == "uk-government" and "Angela Eagle" in c["source_text"] and c["status"] == "stated", c
    c = _claim(r, "230")
    assert c["source"] != "uk-government" and "Kim Johnson" in c["source_text"], c


# --- fifth session (2026-12-03, evening): turns by office and by committee title, proposals and
# promises, a release's "the agency", figures in a definite subject; new sentences, none from the probes

HEARING = ("Oversight of the Asylum Backlog\n\n"
           "Chairwoman Ortiz: The department told us last year that 410,000 cases were pending.\n\n"
           "Ranking Member Hale: I would add that 2,300 immigration judges would be needed to clear them.\n\n"
           "Director Simmons: We have 734 judges today.\n")


@pytest.mark.parametrize("figure, speaker, kind, status", [
    ("410,000", "department", "reporting_verb", "attributed"),   # whom the chair reports
    ("2,300", "Ranking Member Hale", "turn", "projected"),         # a committee title opens the label
    ("734", "Director Simmons", "turn", "stated"),
])
def test_committee_titles_open_debate_turns(pipe, ref, figure, speaker, kind, status):
    c = _claim(run(pipe, ref, HEARING, "2025-03-05", "Senate Judiciary Committee"), figure)
    assert c["source_kind"] == kind and speaker in (c["source_text"] or ""), c
    assert c["status"] == status, c


def test_an_office_without_the_opens_a_written_answer(pipe, ref):
    # the Oireachtas writes a minister's answer "Minister for Justice (Mr Name): ...", without "The"
    text = ("Written Answers\n\n"
            "88. Deputy Sean Ryan asked the Minister for Justice the number of deportation orders signed in 2024.\n\n"
            "Minister for Justice (Mr Colm Brady): I can inform the Deputy that 2,403 deportation orders were signed "
            "in 2024.\n")
    c = _claim(run(pipe, ref, text, "2025-02-11", "Houses of the Oireachtas"), "2,403")
    assert c["source_kind"] == "turn" and "Colm Brady" in c["source_text"] and c["status"] == "stated", c


@pytest.mark.parametrize("text", [
    # guards: one bracketed label that names no office is no minister's statement
    "Arrivals (provisional): 4,100 people landed in May, and 300 of them were children.\n",
    "Ministry figures (Greece): 4,100 people landed in May, and 300 of them were children.\n",
])
def test_a_role_label_without_the_must_name_an_office(pipe, ref, text):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), "4,100")
    assert c["source_kind"] == "document", c


@pytest.mark.parametrize("text, figure, source_words", [
    ("The Commission has proposed a reserve of 20,000 relocation places.", "20,000", "Commission"),
    ("The opposition promises 60,000 new homes a year.", "60,000", "opposition"),
    ("The donors pledged €300 million for the camps.", "€300 million", "donors"),
    ("The premier vowed to resettle 4,000 refugees by the spring.", "4,000", "premier"),
])
def test_what_someone_proposes_or_promises_is_theirs_and_projected(pipe, ref, text, figure, source_words):
    c = _claim(run(pipe, ref, text, "2025-01-10", "The Guardian"), figure)
    assert source_words in (c["source_text"] or "") and c["status"] == "projected", c


def test_the_agency_of_a_release_naming_its_publisher_is_its_own_voice(pipe, ref):
    # (a publisher whose name has no body noun to name itself by, and no body named between)
    text = ("WASHINGTON — U.S. Citizenship and Immigration Services today released its annual statistics.\n\n"
            "Applications rose by a fifth.\n\nThe agency expects to decide 90,000 cases in the coming year.\n")
    c = _claim(run(pipe, ref, text, "2025-04-02", "U.S. Citizenship and Immigration Services"), "90,000")
    assert c["source_kind"] == "document" and c["status"] == "projected", c


def test_the_agency_in_a_paper_that_names_no_publisher_is_not_its_voice(pipe, ref):
    # guard: a newspaper does not name itself in its opening; "the agency" is someone else
    text = "Officials gave no figures. The agency expects to remove 18,000 people in the coming year.\n"
    c = _claim(run(pipe, ref, text, "2025-04-02", "The Guardian"), "18,000")
    assert c["source_kind"] != "document", c


def test_economists_reckon_is_a_report(pipe, ref):
    c = _claim(run(pipe, ref, "Economists reckon that 45,000 workers left the sector.", "2025-04-02",
                   "The Guardian"), "45,000")
    assert "Economists" in (c["source_text"] or "") and c["status"] == "attributed", c


@pytest.mark.parametrize("publisher, text, figure, status", [
    # a definite subject counts a set that exists: the verb's future or modal is about what happens to it
    ("The Guardian", "The 2,800 asylum seekers now at the camp will be moved to barracks, the minister said.",
     "2,800", "attributed"),
    ("Home Office", "The 650 men on the barge will be relocated by October.", "650", "stated"),
    ("The Guardian", "The backlog of 1.4 million applications could take three years to clear.", "1.4 million",
     "stated"),
    # guards: a set still to come, a figure outside the subject, a plan in the subject
    ("Home Office", "The first 300 officers will start work in the autumn.", "300", "projected"),
    ("The Guardian", "The number of arrivals will exceed 50,000.", "50,000", "projected"),
    ("The Guardian", "The plan to house 1,200 people will cost £30m.", "1,200", "projected"),
])
def test_a_figure_in_a_definite_subject_is_not_projected_by_its_verb(pipe, ref, publisher, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", publisher), figure)
    assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, entity, words", [
    # "..., X data show." closing a sentence (the parser reads "data show" as a noun phrase)
    ("Arrivals on the islands rose to 5,200 in April, UNHCR data show.", "5,200", "unhcr", "UNHCR"),
    ("Spain registered more than 9,000 asylum claims in March, interior ministry data show.", "9,000", None,
     "interior ministry data"),
    ("About 1,100 people reached Lampedusa last week, data from the coastguard show.", "1,100", None, "coastguard"),
])
def test_a_closing_data_show_attributes_the_figures_before_it(pipe, ref, text, figure, entity, words):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["source"] == entity and words in (c["source_text"] or "") and c["source_kind"] == "reporting_verb", c


def test_a_closing_official_figures_show_in_a_release_is_its_own(pipe, ref):
    # guard: "official figures" name no owner: in a department's release they are its own
    c = _claim(run(pipe, ref, "Returns rose to 2,700 in the quarter, the latest data show.", "2025-06-01",
                   "Home Office"), "2,700")
    assert c["source"] == "home-office" and c["status"] == "stated", c


@pytest.mark.parametrize("text, figure, status", [
    ("Some 9,000 people applied, roughly one for every 450 residents.", "450", "estimated"),
    ("One for every 450 residents applied.", "450", "stated"),  # guard: no approximator
])
def test_an_approximated_ratio_estimates_its_figure(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), figure)
    assert c["status"] == status, c


# -- 2026-12-03 night: requests, forecasts' frames, rejoinders, relative clauses -------------------------

@pytest.mark.parametrize("text, figure, words", [
    ("The mayor has asked the government to fund 400 more shelter places.", "400", "mayor"),
    ("The charity asked ministers for £20 million to open two reception centres.", "£20 million", "charity"),
    ("The governor requested 250 additional border officers last week.", "250", "governor"),
])
def test_what_someone_asks_for_is_theirs_and_projected(pipe, ref, text, figure, words):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), figure)
    assert words in (c["source_text"] or "").lower() and c["status"] == "projected", c


def test_asking_a_question_is_no_request(pipe, ref):
    # guard: "asked how many" is a question; the figure is the newspaper's, stated
    c = _claim(run(pipe, ref, "Reporters asked how many of the 300 detainees had been charged.", "2025-06-01",
                   "The Guardian"), "300")
    assert c["status"] == "stated", c


def test_a_part_before_a_definite_subjects_determiner_is_projected(pipe, ref):
    # "Over half the places": a part of the set, which the future picks out (not the set's own count)
    c = _claim(run(pipe, ref, "Over half the places will be allocated by the end of June.", "2025-06-01",
                   "Home Office"), "Over half")
    assert c["status"] == "projected", c


@pytest.mark.parametrize("text, figure, status", [
    ("The Treasury assumed net migration of 250,000 a year in its autumn forecast.", "250,000", "projected"),
    ("Under the low scenario, arrivals stay below 20,000.", "20,000", "projected"),
    ("In its annual report, the agency counted 4,100 arrivals.", "4,100", "attributed"),  # guard: no forecast
    # guard: a poll's hypothetical matchups are its results ("scenario" is a projection only "under" one)
    ("The senator trailed the governor in head-to-head scenarios by six percentage points, the poll found.",
     "six percentage points",
     "attributed"),
])
def test_a_figure_set_in_a_forecast_or_scenario_is_projected(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), figure)
    assert c["status"] == status, c


def test_in_its_forecast_is_the_forecasters(pipe, ref):
    c = _claim(run(pipe, ref, "The Treasury assumed net migration of 250,000 a year in its autumn forecast.",
                   "2025-06-01", "The Guardian"), "250,000")
    assert "Treasury" in (c["source_text"] or ""), c


@pytest.mark.parametrize("text, status", [
    ("The union says 2,000 officers have quit. That figure is wrong.", "disputed"),
    ("The union says 2,000 officers have quit. That is not true, the minister replied.", "disputed"),
    ("The union says 2,000 officers have quit. Is that right?\n\nMinister: That's a made-up number. We have "
     "recruited more officers than ever.", "attributed"),  # "made-up" is no word of the list: left alone
    ("The union says 2,000 officers have quit. Is that right?\n\nMinister: That's a false number.", "disputed"),
    # guards: a rejoinder that calls it something else, a question with no answer against it
    ("The union says 2,000 officers have quit. That is a record.", "attributed"),
    ("The union says 2,000 officers have quit. Is that right? The ministry would not say.", "attributed"),
])
def test_a_rejoinder_calling_a_figure_false_disputes_it(pipe, ref, text, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), "2,000")
    assert c["status"] == status, c


def test_a_relative_clause_on_an_according_to_phrase_names_no_source(pipe, ref):
    text = ("About 700 children are in care, according to the regional government, which has asked Madrid to take "
            "300 of them.")
    rows = run(pipe, ref, text, "2025-06-01", "Reuters")
    for figure, status in (("700", "estimated"), ("300", "projected")):
        c = _claim(rows, figure)
        assert c["source"] != "madrid" and "regional government" in (c["source_text"] or ""), c
        assert c["status"] == status, c


@pytest.mark.parametrize("text, figure, words", [
    ("The report ignores the 700,000 migrants that Libya itself says it hosts.", "700,000", "Libya"),
    ("Critics doubt the 5,000 jobs the company says it will create.", "5,000", "company"),
])
def test_a_reporting_relative_clause_on_the_figures_noun_gives_its_subjects_figure(pipe, ref, text, figure, words):
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), figure)
    assert words in (c["source_text"] or "") and c["source_kind"] == "reporting_verb", c


def test_a_relative_clause_that_reports_nothing_gives_no_source(pipe, ref):
    # guard: "the 300 people he told" reports no clause
    c = _claim(run(pipe, ref, "The minister met the 300 people he told about the closure.", "2025-06-01",
                   "The Guardian"), "300")
    assert c["source_kind"] == "document", c


def test_a_relative_clauses_agent_still_owns_an_according_to_phrase(pipe, ref):
    # the exclusion of names in a relative clause keeps the clause's agent: "figures released by X" are X's
    c = _claim(run(pipe, ref, "Donors gave $4,200 to the campaign, according to figures that were released on "
                   "Monday by the Federal Election Commission.", "2025-06-01", "The Guardian"), "$4,200")
    assert "Federal Election Commission" in (c["source_text"] or "") or c["source"] == "federal-election-commission", c


def test_a_relative_pronoun_reporter_is_the_noun_it_stands_for(pipe, ref):
    c = _claim(run(pipe, ref, "The union, which says 3,000 officers are missing, has called a strike.", "2025-06-01",
                   "The Guardian"), "3,000")
    assert "union" in (c["source_text"] or "").lower() and c["source_kind"] == "reporting_verb", c


def test_a_relative_clause_after_a_comma_is_not_demanded(pipe, ref):
    # the writer's aside inside a pledge's content is not pledged: the city's are the $30 million only
    rows = run(pipe, ref, "The city has pledged $30 million to host the summit, which is expected to draw 40,000 "
               "visitors.", "2025-06-01", "The Guardian")
    assert "city" in (_claim(rows, "$30 million")["source_text"] or "")
    c = _claim(rows, "40,000")
    assert "city" not in (c["source_text"] or "") and c["status"] == "projected", c


# ---- 2026-12-04, round 4 (notes/claims.md): classes from the fourth probe's DEV half
def test_a_to_infinitive_conjoined_to_a_planned_one_is_planned_too(pipe, ref):
    rows = run(pipe, ref, "The agency plans to build 300 homes and to hire 50 new staff.", "2025-06-01", "Reuters")
    assert _claim(rows, "50")["status"] == "projected", _claim(rows, "50")
    # guard: two deeds conjoined are two statements
    rows = run(pipe, ref, "The agency built 300 homes and hired 50 new staff.", "2025-06-01", "Reuters")
    assert _claim(rows, "50")["status"] == "stated", _claim(rows, "50")


def test_what_is_sought_is_projected(pipe, ref):
    rows = run(pipe, ref, "The charity is seeking £2 million to feed 10,000 families this winter.", "2025-06-01",
               "Reuters")
    for figure in ("£2 million", "10,000"):
        assert _claim(rows, figure)["status"] == "projected", _claim(rows, figure)


@pytest.mark.parametrize("text, status", [
    ("In our view, the council should recruit at least 20 more social workers.", "projected"),
    # guards: "should have" infers the past; "must" is a threshold's arithmetic (PolNeAR train)
    ("The smugglers should have earned about £2 million by then.", "estimated"),
    ("To win the nomination, a candidate must win 1,237 delegates.", "stated"),
])
def test_a_recommendation_by_should_is_projected(pipe, ref, text, status):
    figure = next(f for f in ("20", "£2 million", "1,237") if f in text)
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == status, c


def test_a_questions_lead_in_is_no_future(pipe, ref):
    text = ("Will the Minister of HOME AFFAIRS be pleased to state:\n"
            "(a) whether more than 800 foreigners are held in camps in the State;\n"
            "(b) the steps taken by the Government?\n")
    c = _claim(run(pipe, ref, text, "2025-08-05", "Lok Sabha Secretariat"), "800")
    assert c["status"] == "stated", c


def test_a_relative_clauses_date_is_not_the_figures_period(pipe, ref):
    text = "The Government has sanctioned $20 million for a new camp, which is expected to be completed by March 2027."
    c = _claim(run(pipe, ref, text, "2025-08-05", "Reuters"), "$20 million")
    assert c["status"] == "stated", c


def test_a_written_answers_heading_names_its_answerer(pipe, ref):
    text = ("Question for written answer E-001234/2025 to the Commission\n\n"
            "According to NGOs, 900 people were returned in May. Will the Commission act?\n\n"
            "Answer given by Commissioner Roe on behalf of the European Commission (01.10.2025)\n\n"
            "The Commission has allocated €40 million to the programme. It intends to raise this to €60 million.\n")
    rows = run(pipe, ref, text, "2025-10-01", "European Parliament")
    for figure in ("€40 million", "€60 million"):
        c = _claim(rows, figure)
        assert c["source"] == "european-commission" and c["source_kind"] == "turn", c
    assert _claim(rows, "900")["source_text"] == "NGOs"
    text = ("QUESTION NO. 12\n\nWill the Minister be pleased to state the number of visas issued?\n\nANSWER\n\n"
            "MINISTER OF STATE IN THE MINISTRY OF EXTERNAL AFFAIRS\n(SHRI A. B. SHARMA)\n\n"
            "The number of visas issued was 41,200 in 2024.\n")
    c = _claim(run(pipe, ref, text, "2025-08-05", "Lok Sabha Secretariat"), "41,200")
    assert c["source_text"] == "SHRI A. B. SHARMA" and c["status"] == "stated", c


def test_as_per_is_according_to(pipe, ref):
    c = _claim(run(pipe, ref, "As per the data provided by the state police, 1,212 people were detained.",
                   "2025-06-01", "The Hindu"), "1,212")
    assert c["source_kind"] == "according_to" and "police" in (c["source_text"] or ""), c


def test_a_trailing_attribution_may_carry_a_phrase_of_time(pipe, ref):
    c = _claim(run(pipe, ref, "Uganda now hosts more than 1.9 million refugees, the Office of the Prime Minister said "
                   "on Tuesday, after 42,000 new arrivals in September.", "2025-10-01", "Daily Monitor"), "1.9 million")
    assert c["source_kind"] == "reporting_verb" and "Office" in (c["source_text"] or ""), c


def test_repeating_reports_and_an_invention_is_disputed(pipe, ref):
    c = _claim(run(pipe, ref, "Politicians keep repeating that there are 15 million undocumented migrants here. The "
                   "number is pure invention.", "2025-06-01", "Daily Maverick"), "15 million")
    assert c["source_text"] == "Politicians" and c["status"] == "disputed", c


@pytest.mark.parametrize("publisher, text", [
    ("Instituto Nacional de Migración", "The National Institute of Migration (INM) reports that it attended to 48,700 "
                                        "people in the first quarter."),
    ("Staatssekretariat für Migration SEM", "The SEM reports that 24,912 asylum applications were filed in 2025."),
])
def test_a_body_naming_itself_by_its_acronym_is_its_own_voice(pipe, ref, publisher, text):
    figure = "48,700" if "48,700" in text else "24,912"
    c = _claim(run(pipe, ref, text, "2026-02-17", publisher), figure)
    assert c["status"] == "stated", c


@pytest.mark.parametrize("text, figure, status", [
    # a counter-figure after "but" disputes the figure before it
    ("The minister insisted that only 150 people had been detained, but lawyers say the real number is far higher.",
     "150", "disputed"),
    ("The company says it employs 5,000 people, but unions put the figure at 3,000.", "5,000", "disputed"),
    ("The company says it employs 5,000 people, but unions put the figure at 3,000.", "3,000", "attributed"),
    # hearsay with the figure raised as the subject; "close to"; a hedge on the figure's own number
    ("Around 2,000 people are said to have fled the town.", "2,000", "hedged"),
    ("Close to 1,000 people attended the vigil.", "1,000", "estimated"),
    ("Perhaps 1,000 people joined the march.", "1,000", "hedged"),
    # plans and requests by other verbs: foresee, envisage, anticipate, prepare to, appeal for, hope (the
    # model lemmatizes "hopes" as "hop"), money needed for a purpose, a likely figure
    ("The plan foresees the relocation of 30,000 people.", "30,000", "projected"),
    ("The plan envisages 20 new reception centres.", "20", "projected"),
    ("The agency anticipates 25,000 applications in the coming year.", "25,000", "projected"),
    ("The city is preparing to receive 2,000 refugees.", "2,000", "projected"),
    ("The UN appealed for $500 million to help 2 million people.", "$500 million", "projected"),
    ("The council hopes to rehouse 150 families by Christmas.", "150", "projected"),
    ("The agency says it needs $96 million to restore full rations.", "$96 million", "projected"),
    ("The agency expects 21,000 applications in 2026; the most likely figure is 24,000.", "24,000", "projected"),
    # guard: a threshold needed is no request
    ("Trump needs 1,237 delegates to win the nomination.", "1,237", "stated"),
])
def test_round4_status_classes(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == status, c


def test_a_rates_unit_of_time_is_not_its_period(pipe, ref):
    # "a month" is the rate's unit; "next year" dates the figure, after the document's date
    c = _claim(run(pipe, ref, "The police estimate that up to 15 detainees a month could be moved to the unit next "
                   "year.", "2025-09-30", "Reuters"), "15")
    assert c["status"] == "projected", c


# Round 6 (2026-12-04): classes found on benchmarks/probes/claims_migration5.py DEV and on sentences of the
# genre written for them; each case failed before the round's change.
@pytest.mark.parametrize("text,figure,status", [
    # a modal with a forward-looking span is a future value: projected (README: "could ... by 2030")
    ("An additional 130,000 people may be displaced if the river overflows in the coming days.", "130,000",
     "projected"),
    ("\"If language courses were expanded, another 20,000 people could find work within a year,\" she said.",
     "20,000", "projected"),
    ("Officials warned that as many as 20,000 people could arrive by the end of the summer.", "20,000", "projected"),
    # guard: a modal without a time is a hedge
    ("About 200 people could lose their beds.", "200", "hedged"),
    # money needed for a purpose hung on the sum ("need $23 million to respond")
    ("The fund has released $4 million; partners need $23 million to respond to the needs of the next three "
     "months.", "$23 million", "projected"),
    # the figure as the value of a target, forecast or estimate
    ("The ministry's target is 5,000 returns a year.", "5,000", "projected"),
    ("Estimates range from 5,000 to 8,000.", "5,000", "estimated"),
    ("The 2025 Joint Response Plan is only 41 per cent funded.", "41 per cent", "stated"),  # guard: a named plan
    # "likely to" + a verb of amount is an expectation
    ("He said the number was likely to reach 8,000 by the end of the year.", "8,000", "projected"),
    # an absolute "with" clause takes the main clause's future through a parenthetical "the ministry said"
    ("The Kingdom will keep up this effort, the ministry said, with the budget rising to 1.2 billion dirhams.",
     "1.2 billion", "projected"),
    ("The country took in 40,000 refugees last year, with a further 10,000 arriving in January.", "10,000",
     "stated"),
    # a presumed fate beside a plain one
    ("At least 30 people are missing and presumed dead.", "30", "hedged"),
])
def test_round6_status_classes(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == status, c


@pytest.mark.parametrize("text,figure", [
    # a participle of claiming on the figure; the figure's own noun judged false; a clause on an assertion noun
    # calling it false; the real figure opening the next sentence, or in the clause it reports
    ("The ministry put the figure at 2,000, far below the 5,000 claimed by aid groups.", "5,000"),
    ("Critics say the 50,000 figure is inflated.", "50,000"),
    ("The charity said 600 people had been pushed back, a figure the government called exaggerated.", "600"),
    ("Sir, your report said 2,100 people had died at sea last year. The real number is surely higher: in my "
     "village alone, 14 young men have not come back.", "2,100"),
    ("Police said 45 people were arrested. Campaigners said the true figure was closer to 100.", "45"),
])
def test_round6_disputes(pipe, ref, text, figure):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == "disputed", c


def test_round6_a_participle_of_saying_on_a_document_reports(pipe, ref):
    # minutes: "There was submitted a report by X advising that ..." (no subject but the expletive)
    text = ("There was submitted a report by the Executive Director advising that 1,720 households had presented as "
            "homeless in the year to September.")
    c = _claim(run(pipe, ref, text, "2025-11-06", "Glasgow City Council"), "1,720")
    assert c["source_kind"] == "reporting_verb" and "report" in c["source_text"] and c["status"] == "attributed", c


@pytest.mark.parametrize("text,figure,words", [
    ("Fewer people are passing through: the Service for Foreigners' Affairs registered 1,030 new arrivals in "
     "October, against 2,400 a year ago.", "2,400", "Service for Foreigners"),
    ("The interior ministry said 3,100 migrants were intercepted, while the NGO counted 4,500.", "4,500", "NGO"),
    ("Officials say 15 people died, while local residents put the toll at more than 40.", "40", "residents"),
])
def test_round6_recording_and_measuring_reporters(pipe, ref, text, figure, words):
    c = _claim(run(pipe, ref, text, "2025-11-30", "Bihac Solidarity Network"), figure)
    assert c["source_kind"] == "reporting_verb" and words in (c["source_text"] or ""), c


@pytest.mark.parametrize("text,figure", [
    # guards: registering in a reported clause, signing up (an infinitive, a definite set), a passive conjunct
    ("Our analysis of Eurostat data shows that the four frontline states registered 412,000 first-time asylum "
     "applications.", "412,000"),
    ("But it was taking so long to register the hundreds of casino workers that they were late.", "hundreds"),
    ("The scheme has so far cost £700 million and is expected to cost a further £300 million.", "£300 million"),
])
def test_round6_no_reporter_there(pipe, ref, text, figure):
    c = _claim(run(pipe, ref, text, "2025-11-30", "Reuters"), figure)
    assert c["source_kind"] == "document", c


def test_round6_a_unit_of_the_publisher_is_its_voice(pipe, ref):
    # data/reference/part_of.csv: Border Patrol is part of CBP; in CBP's release its figures are CBP's own
    text = ("U.S. Border Patrol recorded 7,989 apprehensions between ports of entry in October, a 94% decrease from "
            "October 2024.")
    r = run(pipe, ref, text, "2025-11-18", "U.S. Customs and Border Protection")
    for figure in ("7,989", "94%"):
        c = _claim(r, figure)
        assert c["source_kind"] == "document" and c["status"] == "stated", c
    c = _claim(run(pipe, ref, text, "2025-11-18", "Reuters"), "7,989")  # another publisher: the unit's
    assert c["source_kind"] == "reporting_verb" and c["status"] == "attributed", c


@pytest.mark.parametrize("text,figure,status", [
    # a relative clause planning the figure; "talks" (lemmatised "talk"); a season ahead with a modal
    ("The ministry said 300 people had applied, far fewer than the 1,000 it had hoped for.", "1,000", "projected"),
    ("Only 120 of the 500 places the council promised have opened.", "500", "projected"),
    ("The 300 people who hope for asylum are waiting.", "300", "stated"),  # guard: they hope, are not hoped for
    ("The council was in talks about using the site to accommodate 300 asylum seekers.", "300", "projected"),
    ("Up to 1,000 migrants a day could be crossing the Channel by the summer, officials fear.", "1,000", "projected"),
])
def test_round6_more_status_classes(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == status, c


def test_round6_a_list_after_a_blank_line_keeps_its_lead_in(pipe, ref):
    r = run(pipe, ref, "According to UNHCR:\n\n- 3,000 people arrived in May;\n- 40% were children.", "2025-06-01",
            "Reuters")
    for figure in ("3,000", "40%"):
        c = _claim(r, figure)
        assert c["source"] == "unhcr" and c["status"] == "attributed", c
    c = _claim(run(pipe, ref, "Key figures:\n\n- 500 people left in April;\n- 300 were deported.", "2025-06-01",
                   "Reuters"), "500")
    assert c["source_kind"] == "document", c  # guard: a lead-in naming no one


@pytest.mark.parametrize("text,figure,words", [
    # a body named by its own head noun with an entity inside it: the phrase names the source
    ("The Spanish government delegation in Ceuta said 312 people had swum across.", "312", "government delegation"),
    ("Since January, 61 people have died on this coast, according to the prefecture of the Nord.", "61",
     "prefecture of the Nord"),
    ("The UN agency says it needs $96 million to restore full rations until March.", "$96 million", "UN agency"),
])
def test_round6_a_body_inside_whose_name_an_entity_stands(pipe, ref, text, figure, words):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert words in (c["source_text"] or ""), c


@pytest.mark.parametrize("text,figure,status", [
    ("Unconfirmed reports said 40 people had been killed.", "40", "hedged"),
    ("The migrants, believed to number about 3,000, are camped near the border.", "3,000", "hedged"),
    ("A boat, thought to be carrying 200 people, sank off the coast.", "200", "hedged"),
    ("The government's own estimate is that 40,000 people are living without papers.", "40,000", "estimated"),
])
def test_round6_hearsay_and_estimates_off_the_walk(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2025-06-01", "Reuters"), figure)
    assert c["status"] == status, c
    if "believed" in text or "thought" in text:
        assert c["source_kind"] == "document", c  # what a reduced passive describes is not its reporter


@pytest.mark.parametrize("text,figure,speaker", [
    # another party's figure in a reporting relative clause that the sentence's own figure is set against
    ("The register counts 1.1 million, far below the 1.5 million the minister keeps repeating.", "1.5 million",
     "minister"),
    ("Police counted 3,000 protesters, less than half the 8,000 that organisers said had attended.", "8,000",
     "organisers"),
])
def test_round6_an_implicit_dispute_by_contrast(pipe, ref, text, figure, speaker):
    r = run(pipe, ref, text, "2025-06-01", "Reuters")
    c = _claim(r, figure)
    assert c["status"] == "disputed" and speaker in (c["source_text"] or ""), c
    assert _claim(r, text.split()[2] if text.startswith("Police") else "1.1 million")["status"] != "disputed"


def test_round6_a_bare_government_in_a_story_about_another_country(pipe, ref):
    text = "NAIROBI - Kenya will close the Dadaab camp next year. The government said 400,000 refugees live in the country."
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), "400,000")
    assert c["source"] == "kenya", c
    # guard: the home country named, the home government stays
    text = "The government said 400,000 refugees live in the UK, according to the Home Office. Turkey hosts 3 million."
    c = _claim(run(pipe, ref, text, "2025-06-01", "The Guardian"), "400,000")
    assert c["source"] == "uk-government", c


# ---------------------------------------------------------------- round 7 (helper claims7): real-text probe classes

@pytest.mark.parametrize("text,figure,status,own", [
    # the publisher's own poll, named with its name or the head word of it joined to its partner's
    ("The Post-SurveyMonkey poll finds the senator ahead by an average of 6 points across the battleground "
     "states, with 44 percent support in Ohio.", "44 percent", "stated", True),
    ("In a new Washington Post-ABC News poll, 61 percent of registered voters say the border wall is a bad idea.",
     "61 percent", "stated", True),
    # guard: another paper's poll joined to a partner is that paper's, not the Post's
    ("The Huffington Post-YouGov poll finds 40 percent of Republicans back the plan.", "40 percent", "attributed", False),
])
def test_round7_the_publishers_own_poll_is_its_own_voice(pipe, ref, text, figure, status, own):
    c = _claim(run(pipe, ref, text, "2016-09-07", "The Washington Post"), figure)
    assert c["status"] == status and (c["source_kind"] == "document") == own, c


def test_round7_a_poll_run_ends_at_a_sentence_of_another_year(pipe, ref):
    text = ("A Marist poll in March 2016 put the governor's approval at 41 percent. By April it had fallen to 38 "
            "percent. In 2012, Obama carried the county with 58 percent of the vote. He lost rural voters by 20 points.")
    r = run(pipe, ref, text, "2016-06-05", "The Washington Post")
    assert _claim(r, "38 percent")["source"] == "marist", _claim(r, "38 percent")  # a result of the poll
    for figure in ("58 percent", "20"):  # an election of another year, and what goes on with it
        c = _claim(r, figure)
        assert c["source_kind"] == "document" and c["status"] == "stated", c


def test_round7_a_reporting_clause_before_a_colon(pipe, ref):
    text = ("A study released on Monday by the Migration Policy Institute found that most recent arrivals find work "
            "quickly: 62 percent held a job within a year.")
    c = _claim(run(pipe, ref, text, "2016-06-05", "The New York Times"), "62 percent")
    assert c["source"] == "migration-policy-institute" and c["status"] == "attributed", c
    # guard: a colon with no reporting clause before it leaves the figure the document's
    c = _claim(run(pipe, ref, "The ministry has one priority: 5,000 returns a year.", "2016-06-05", "Reuters"), "5,000")
    assert c["source_kind"] == "document", c


@pytest.mark.parametrize("text,figure,status", [
    ("The new fence would cost $2.1 billion, compared with $900 million for the old one.", "$900 million", "stated"),
    ("The new fence would cost $2.1 billion, compared with $900 million for the old one.", "$2.1 billion", "projected"),
    ("The cap would have limited arrivals to about 20,000 a year, as opposed to the 75,000 who came last year.",
     "75,000", "stated"),
])
def test_round7_the_standard_a_projection_is_compared_with(pipe, ref, text, figure, status):
    c = _claim(run(pipe, ref, text, "2016-03-21", "The Huffington Post"), figure)
    assert c["status"] == status, c
