"""The benchmark harnesses (``dossier.evaluate.benchmarks``): the convention mappings, the
DEV/ASIDE split, and each scorer on a small fixed slice of its real development set — gold
predictions score 1, no predictions score 0 recall, and the pipeline finds most of what is
there. Slices read ``../shared/external`` and skip when it is absent (as in a clone)."""

from __future__ import annotations

import math

import pytest

from dossier.evaluate.benchmarks import common, entity_linking, polnear, quantities, tempeval


def external(name: str) -> None:
    try:
        common.dataset(name)
    except common.MissingData as e:
        pytest.skip(str(e))


# --------------------------------------------------------------------------- mappings

@pytest.mark.parametrize("timeml, ours", [
    ("2013-SU", "2013-22"), ("2013-WI", "2013-24"), ("2013-Q1", "2013-33"), ("2013-Q4", "2013-36"),
    ("2013-H2", "2013-41"), ("P3D", "P3D"), ("PT2H", "PT2H"), ("PXY", "PXY"), ("2013-W05", "2013-W05"), ("2000-W7", "2000-W07"),
    ("1998-10-XX", "1998-10"), ("1998-XX-XX", "1998"), ("XXXX-XX-XX", "XXXX-XX-XX"), ("199", "199X"),
    ("19", "19XX"), ("2013-01-01T10:00:00", "2013-01-01T10:00"), ("2013-01-01T10:00", "2013-01-01T10:00"),
    ("1998-11-20TNI", "1998-11-20"), ("1998-05-03", "1998-05-03"), ("PAST_REF", "PAST_REF"),
])
def test_timeml_values_map_to_edtf(timeml, ours):
    assert tempeval.timeml_value(timeml, "1998-11-20T19:30") == ours


def test_present_ref_is_the_document_day():
    assert tempeval.timeml_value("PRESENT_REF", "1998-11-20T19:30") == "1998-11-20"


def test_our_intervals_stand_for_their_ends():
    assert tempeval.our_values("1994/1998") == {"1994/1998", "1994", "1998"}
    assert "PAST_REF" in tempeval.our_values("../2013-01-01")
    assert tempeval.our_values("") == set()


def test_parse_tml_offsets_point_at_the_expression():
    tml = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-11-20" functionInDocument="CREATION_TIME">'
           '1998-11-20</TIMEX3></DCT><TEXT>\nAT&amp;T said <TIMEX3 tid="t1" type="DATE" value="1998-10">last '
           'month</TIMEX3> it <EVENT eid="e1">grew</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P3Y">three '
           'years</TIMEX3>.</TEXT></TimeML>')
    doc = tempeval.parse_tml(tml)
    assert doc["dct"] == "1998-11-20"
    assert [doc["text"][t["start"]:t["end"]] for t in doc["timexes"]] == ["last month", "three years"]
    assert doc["text"].startswith("\nAT&T said")


@pytest.mark.parametrize("unit, canon", [
    ("pound sterling", "GBP"), ("GBP", "GBP"), ("£", "GBP"), ("Dollar", "USD"), ("United States dollar", "USD"),
    ("USD", "USD"), ("kilometres", "kilometre"), ("Kilometer", "kilometre"), ("km", "kilometre"),
    ("per cent", "percent"), ("percentage", "percent"), ("degree Celsius", "celsius"), ("C", "celsius"),
    ("dimensionless", "number"), ("Square kilometer", "square kilometre"), ("miles", "mile"),
    ("Chinese yuan", "CNY"), ("Euro", "EUR"), ("EUR", "EUR"),
])
def test_units_are_compared_by_one_name(unit, canon):
    assert quantities.canon_unit(unit) == canon


def test_counted_nouns_are_plain_numbers():
    assert quantities.our_unit({"unit": "people", "kind": "count"}) == "number"
    assert quantities.our_unit({"unit": "kilometres", "kind": "count"}) == "kilometre"
    assert quantities.our_unit({"unit": "percent", "kind": "percent"}) == "percent"


@pytest.mark.parametrize("types, labels", [
    ("Q215627", {"PERSON"}), ("Q27096213|Q43229", {"GPE", "ORG", "FAC"}), ("Q27096213", {"GPE", "LOC", "FAC"}),
    ("Q2424752|Q43229", {"ORG"}), ("Q2424752", {"PRODUCT"}), ("OTHER", set()), ("Q4164871", set()),
])
def test_elevant_types_map_to_ontonotes(types, labels):
    assert entity_linking.gold_labels(types) == labels


def test_split_is_fixed_and_about_a_fifth():
    assert common.part("a") == common.part("a")
    ids = [f"doc-{i}" for i in range(2000)]
    share = sum(common.part(i) == "aside" for i in ids) / len(ids)
    assert 0.17 < share < 0.23
    items = [{"id": i} for i in ids]
    dev = common.select(items, "dev", 5)
    assert [i["id"] for i in dev] == sorted(i["id"] for i in dev) and len(dev) == 5
    assert all(common.part(i["id"]) == "dev" for i in dev)


def test_aside_keeps_counts_but_no_items():
    rep = common.Report("x", "dossier", "aside", 1)
    rep.error("missed", "doc-1", "snippet")
    assert rep.errors == [] and rep.error_counts["missed"] == 1


def test_brat_attributions_and_quoted_segments():
    text = 'He said "we will win this race" today. “No way,” she said.'
    ann = "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 31\t\"we will win this race\"\n" \
          "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    atts = polnear.parse_ann(ann)
    assert atts == [{"source": [(0, 2)], "content": [(8, 31)], "cue": [(3, 7)]}]
    segs = polnear.quoted_segments(text)
    assert [text[s:e] for s, e in segs] == ["we will win this race", "No way,"]
    gold = polnear.gold_quotes(text, atts)
    assert len(gold["quotes"]) == 1 and gold["quotes"][0]["kind"] == "pronoun"


@pytest.mark.parametrize("source, kind", [("he", "pronoun"), ("Donald Trump", "named"), ("a source", "nominal"),
                                          ("Clinton's campaign", "named"), ("Officials", "nominal")])
def test_source_kinds(source, kind):
    assert polnear.source_kind(source) == kind


def test_name_match_uses_name_words():
    assert polnear.name_match("Trump", "Republican nominee Donald Trump")
    assert not polnear.name_match("Mike Pence", "Donald Trump")
    assert not polnear.name_match("he", "Donald Trump")


# --------------------------------------------------------------------------- fixed slices

def _analyse(items):
    return common.analyse(items)


def test_polnear_slice():
    external(polnear.FOLDER)
    items = common.select(polnear.load(), "dev", 3)
    assert sum(len(i["gold"]["quotes"]) for i in items) > 5
    perfect = [[{"start": s, "end": e, "speaker": q["source_text"], "speaker_span": q["source"][0] if q["source"] else None,
                 "names": [q["source_text"]]} for q in i["gold"]["quotes"] for s, e in q["segments"]] for i in items]
    rep = polnear.score(items, perfect, "gold", "dev").values()
    assert rep["quote found"] == 1.0 and rep["right speaker, named sources"] == 1.0
    assert polnear.score(items, [[] for _ in items], "none", "dev").values()["quote found"] == 0.0
    ours = polnear.score(items, polnear.ours(items, _analyse(items)), "dossier", "dev").values()
    assert ours["quote found"] >= 0.8, ours


def test_tempeval_reads_a_duration_row_only_with_a_word_of_time():
    # our quantities rows of kind duration are DURATION expressions, except an age: "52 years old" and
    # an age after a name with no word of time ("James Kopp, 44, was charged"), which TimeML does not mark
    text = "James Kopp, 44, was charged. The talks lasted 13 days. It was a 24-hour vigil."
    rows = [{"kind": "duration", "value": v, "unit": u, "start": text.index(w), "end": text.index(w) + len(w)}
            for v, u, w in ((44, "years", "44"), (13, "days", "13 days"), (24, "hours", "24"))]
    got = tempeval.ours([{"text": text}], [{"dates": [], "quantities": rows}])[0]
    assert [r["shown"] for r in got] == ["P13D", "PT24H"]


def test_tempeval_slice():
    external(tempeval.FOLDER)
    items = common.select(tempeval.load(), "dev", 4)
    perfect = [[{"start": g["start"], "end": g["end"], "values": {tempeval.timeml_value(g["value"], i["gold"]["dct"])},
                 "type": g["type"], "shown": g["value"]} for g in i["gold"]["timexes"]] for i in items]
    rep = tempeval.score(items, perfect, "gold", "dev").values()
    assert rep["relaxed span F1"] == 1.0 and rep["value F1"] == 1.0
    ours = tempeval.score(items, tempeval.ours(items, _analyse(items)), "dossier", "dev").values()
    assert ours["relaxed span F1"] >= 0.7 and ours["value F1"] >= 0.5, ours


def test_entity_linking_slice():
    external(entity_linking.FOLDER)
    items = common.select(entity_linking.load(), "dev", 4)
    perfect = [[{"start": g["start"], "end": g["end"], "label": "X", "type": next(iter(entity_linking.gold_labels(g["type"])), "X"),
                 "qid": g["qid"] if g["qid"].startswith("Q") else None, "entity_id": None} for g in i["gold"]["labels"]]
               for i in items]
    rep = entity_linking.score(items, perfect, "gold", "dev").values()
    assert rep["mentions, strict span F1"] == 1.0 and rep["type accuracy"] == 1.0
    assert rep["linking recall (gold Wikidata ids)"] == 1.0
    ours = entity_linking.score(items, entity_linking.ours(items, _analyse(items)), "dossier", "dev").values()
    assert ours["mentions, strict span F1"] >= 0.6, ours


def test_quantities_slice():
    external(quantities.FOLDER)
    items = [i for i in common.select(quantities.load(), "dev") if i["id"].startswith("quantulum3/")][:20]
    perfect = [[dict(g, raw_unit=g["unit"]) for g in i["gold"]] for i in items]
    rep = quantities.score(items, perfect, "gold", "dev").values()
    assert rep["value F1"] == 1.0 and rep["value+unit F1"] == 1.0
    ours = quantities.score(items, quantities.ours(items, _analyse(items)), "dossier", "dev").values()
    assert not math.isnan(ours["value F1"]) and ours["value F1"] >= 0.4, ours


def test_peer_predictions_are_kept_and_rerun_when_items_or_code_change(tmp_path):
    """The peer's predictions are cached by items + peer code (with the module functions it
    calls) + versions; the scorer is not in the key (a scoring fix applies on the next run
    without re-running the peer)."""
    import importlib.util

    from dossier.evaluate import benchmarks

    def load(helper_body: str, name: str):
        path = tmp_path / f"{name}.py"
        path.write_text("calls = []\n\n\ndef helper(text):\n    return " + helper_body + "\n\n\n"
                        "def score(items, preds):\n    return 0\n\n\n"
                        "def peer(items):\n    calls.append(len(items))\n"
                        "    return [helper(i['text']) for i in items], ['note']\n", encoding="utf-8")
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        return mod

    mod = load("text.upper()", "toy_a")
    cache = tmp_path / "cache"
    items = [{"id": "a", "text": "x"}, {"id": "b", "text": "y"}]
    assert benchmarks._peer(mod, items, cache) == (["X", "Y"], ["note"])
    assert benchmarks._peer(mod, items, cache) == (["X", "Y"], ["note"]) and mod.calls == [2]
    assert benchmarks._peer(mod, items[:1], cache) == (["X"], ["note"]) and mod.calls == [2, 1]
    code = benchmarks._code(mod.peer, mod, set())
    assert "def helper" in code and "def score" not in code
    before = benchmarks.peer_key(mod, items)
    edited = load("text.lower() * 1", "toy_a")  # same module name, the helper edited
    assert benchmarks.peer_key(edited, items) != before
    assert benchmarks._peer(edited, items, cache) == (["x", "y"], ["note"])
