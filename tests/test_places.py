"""Places the curated table does not know, typed and placed from GeoNames (dossier.geo)."""

from __future__ import annotations

from dossier import geo


def test_geonames_index_is_built_from_package_data_once():
    assert geo.index() is geo.index()  # once per process
    lagos = geo.lookup("Lagos")
    assert lagos.kind == "city" and lagos.country == "NGA" and 6 < lagos.lat < 7
    assert geo.lookup("Paraná").country == "ARG" and geo.lookup("Parana") == geo.lookup("Paraná")
    assert geo.lookup("Kenya").kind == "country" and geo.lookup("Kenya").country == "KEN"
    assert geo.lookup("Tennessee").kind == "us state"
    assert geo.lookup("Europe").label == "LOC"


def test_geonames_index_is_kept_in_the_cache_folder_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    from dossier import config

    monkeypatch.setattr(config, "CACHE", tmp_path / "cache")
    built = geo.build_index()
    geo.index.cache_clear()
    try:
        assert geo.index() == built  # built, then written
        path = geo._cache_file()
        assert path.parent == tmp_path / "cache" and path.exists()
        geo.index.cache_clear()
        read = geo.index()
        assert read == built and list(read) == list(built)  # read back: same places, same order
        path.write_text('[["lagos", 1, "Lagos"', encoding="utf-8")  # a torn write
        geo.index.cache_clear()
        assert geo.index() == built and geo.index()["lagos"].country == "NGA"
        monkeypatch.setattr(config, "CACHE", tmp_path / "file")
        (tmp_path / "file").write_text("not a folder", encoding="utf-8")  # unwritable: built per process
        geo.index.cache_clear()
        assert geo.index() == built
    finally:
        geo.index.cache_clear()


def test_small_towns_named_like_common_words_or_surnames_are_not_indexed():
    for word in ("Bryant", "Office", "Border", "Chair", "Bill", "Madam"):
        assert geo.lookup(word) is None, word


def test_a_city_named_like_a_word_the_text_uses_is_not_a_place(analyse):
    assert geo.lookup("Reading") is not None  # a large city, and a common word
    r = analyse("The reading of the bill was delayed. Reading, the clerk said, would resume on Monday.")
    assert not [m for m in r["mentions"] if m["text"] == "Reading" and m["label"] in ("GPE", "LOC")]


def test_unknown_place_gets_coordinates_and_place_type(analyse):
    r = analyse("The boat left from Sfax on Monday. Officials in Sfax said 40 people were on board.")
    sfax = [m for m in r["mentions"] if m["text"] == "Sfax"]
    assert sfax and all(m["label"] in ("GPE", "LOC") for m in sfax)
    ent = {e["entity_id"]: e for e in r["doc_entities"]}[sfax[0]["entity_id"]]
    assert ent["country"] == "TUN" and 34 < ent["lat"] < 35 and ent["geonames"]


def test_curated_table_wins_over_geonames(analyse):
    assert geo.lookup("London") is not None
    r = analyse("Migrants arrived in London on Tuesday.")
    london = [m for m in r["mentions"] if m["text"] == "London"]
    assert london and london[0]["entity_id"] == "london"
    ent = {e["entity_id"]: e for e in r["doc_entities"]}["london"]
    assert ent["curated"] and not ent["geonames"]


def _typed(r, text):
    return [(m["label"], m["method"]) for m in r["mentions"] if m["text"] == text]


def test_a_city_the_model_types_as_a_people_is_a_place_when_named_as_a_noun(analyse):
    r = analyse("The commissioner travelled to Tunis with two ministers.")
    assert [label for label, _ in _typed(r, "Tunis")] == ["GPE"]
    r = analyse("The Dutch minister and two Italian officials met in Brussels.")
    assert [label for label, _ in _typed(r, "Dutch")] == ["NORP"]  # a people before a noun stays one


def test_a_name_listed_with_a_place_after_a_place_preposition_is_a_place(analyse):
    r = analyse("Italy will build two centres in Shengjin and Gjader to hold people rescued at sea.")
    assert [label for label, _ in _typed(r, "Gjader")] == ["GPE"]
    assert any("+conjunct" in method for _, method in _typed(r, "Gjader"))
    # listed with a place but not in a place phrase: a person stays a person
    r = analyse("France and Emmanuel Macron agreed the plan.")
    assert [label for label, _ in _typed(r, "Emmanuel Macron")] == ["PERSON"]


def test_a_name_after_off_the_preposition_is_a_place(analyse):
    r = analyse("The boat sank off Pylos on Wednesday, the coastguard said.")
    assert [label for label, _ in _typed(r, "Pylos")] == ["GPE"]
    # "off" as a verb's particle does not make its object a place
    r = analyse("The company laid off Johnson and two other managers.")
    assert [label for label, _ in _typed(r, "Johnson")] == ["PERSON"]
