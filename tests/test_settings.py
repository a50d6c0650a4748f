"""Corpus settings: the inferred defaults (title, focus document, sides) on hand-made tables and
on the committed corpus tables, and the YAML file's overrides and its error messages."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from dossier import figures, settings  # noqa: E402
from dossier.settings import CorpusSettings, SettingsError  # noqa: E402
from test_figures import ANSWER, GUARDIAN, build_tables, empty_tables  # noqa: E402
from test_figures_scale import committed_tables  # noqa: E402

NO_REFERENCE = pd.DataFrame(columns=["name", "kind", "aliases", "country"])


@pytest.fixture(scope="module")
def tables():
    return build_tables()


def with_documents(tables, rows: list[dict]) -> dict:
    docs = pd.DataFrame(rows)
    return {**tables, "documents": docs}


# ---- inference -------------------------------------------------------------------------------------

def test_infer_on_the_test_tables(tables):
    s = settings.infer(tables)
    assert s.title == "2 documents, 2023"
    assert s.focus_document == GUARDIAN  # both publishers unknown: the most recent
    assert s.countries == (("GBR", "United Kingdom"), ("TUR", "Turkey"))  # by mentions, named by country entity
    assert s.sides == ()


def test_infer_on_an_empty_corpus():
    s = settings.infer(empty_tables())
    assert s == CorpusSettings(title="0 documents", focus_document=None, countries=())
    assert settings.infer({}).focus_document is None


def test_countries_count_mentions_of_entities_a_country_decides(tables):
    counts = settings.mentions_by_country(tables["mentions"], tables["entities"])
    # Turkey 6 + Turkish border forces + Kapikule; UK: government x2, Home Office x2, United Kingdom,
    # London, Robert Jenrick, Portland Port; PA Media and the parties are groups, not countries
    assert counts["TUR"] == 8 and counts["GBR"] == 8
    assert counts["IRN"] == 1 and counts["BRB"] == 1  # the vessel (kind 'vessel') is 'other'
    assert settings.infer_countries(tables["mentions"], tables["entities"], 3, NO_REFERENCE)[2] == ("BRB", "Barbados")


def test_focus_prefers_news_then_the_latest_date_then_most_mentions(tables):
    kinds = pd.DataFrame([dict(name="Daily Courier", kind="news organisation", aliases="Courier"),
                          dict(name="Ministry of Testing", kind="government department", aliases="")])
    docs = [dict(doc_id="a-news", publisher="The Daily Courier", published="2023-01-01"),
            dict(doc_id="b-official", publisher="Ministry of Testing (press release)", published="2024-05-01"),
            dict(doc_id="c-news", publisher="Courier, with agencies", published="2023-01-01"),
            dict(doc_id="d-undated", publisher=None, published=None)]
    mentions = pd.DataFrame(dict(doc_id=["c-news", "c-news", "a-news"], entity_id=["x", "y", "x"]))
    focus = settings.infer_focus(pd.DataFrame(docs), mentions, pd.DataFrame(), kinds)
    assert focus == "c-news"  # news beats the later official release; same date: more mentions
    no_news = pd.DataFrame(docs[1:2] + docs[3:])
    assert settings.infer_focus(no_news, mentions, pd.DataFrame(), kinds) == "d-undated"  # unknown beats official
    assert settings.infer_focus(pd.DataFrame(docs[1:2]), mentions, pd.DataFrame(), kinds) == "b-official"


def test_title_spans_the_publication_years():
    docs = pd.DataFrame(dict(doc_id=["a", "b", "c"], published=["2019-02-01", None, "2024-12-31"]))
    assert settings.infer_title(docs) == "3 documents, 2019–2024"
    assert settings.infer_title(docs.iloc[1:2]) == "1 document"


def test_infer_on_the_shipped_corpus():
    s = settings.infer(committed_tables())
    assert s.focus_document == GUARDIAN  # the only document whose publisher is a news organisation
    assert [code for code, _ in s.countries] == ["GBR", "TUR"]
    assert s.title.startswith("6 documents, ")


# ---- the YAML file -----------------------------------------------------------------------------------

def write(tmp_path, text: str) -> Path:
    path = tmp_path / settings.FILE_NAME
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_overrides_key_by_key(tables, tmp_path):
    path = write(tmp_path, f"""
title: Two texts about a grant
focus_document: {ANSWER}
countries: {{GBR: UK, TUR: Türkiye}}
sides:
  PA Media: UK               # a name
  iran: neighbours           # an entity id
""")
    s = settings.load(path, tables)
    assert s.title == "Two texts about a grant"
    assert s.focus_document == ANSWER
    assert s.countries == (("GBR", "UK"), ("TUR", "Türkiye"))
    assert s.sides == (("iran", "neighbours"), ("pa-media", "UK"))
    assert settings.load(tmp_path, tables) == s  # a folder: its dossier.yml
    assert settings.load(tmp_path / "missing.yml", tables) == settings.infer(tables)


def test_top_sides_changes_the_inferred_countries(tables, tmp_path):
    s = settings.load(write(tmp_path, "top_sides: 1\n"), tables)
    assert len(s.countries) == 1 and s.top_sides == 1
    assert settings.load(write(tmp_path, "top_sides: 0\n"), tables).countries == ()


@pytest.mark.parametrize("text, message", [
    ("colours: {}\n", "dossier.yml: colours: unknown setting (the settings are: title, focus_document"),
    ("top_sides: two\n", "dossier.yml: top_sides: must be an integer from 0 to 4, got 'two'"),
    ("top_sides: 9\n", "dossier.yml: top_sides: must be an integer from 0 to 4, got 9"),
    ("title: [a, b]\n", "dossier.yml: title: must be a non-empty string"),
    ("focus_document: no-such-doc\n", "dossier.yml: focus_document: no document has doc_id 'no-such-doc'"),
    ("countries: [GB]\n", "dossier.yml: countries: 'GB' is not an ISO 3166 alpha-3 country code"),
    ("countries: GBR\n", "dossier.yml: countries: must be a list of ISO 3166 alpha-3 codes"),
    ("sides: {Nobody Known: UK}\n", "dossier.yml: sides.Nobody Known: no entity of the corpus has this id"),
    ("sides: {iran: 3}\n", "dossier.yml: sides.iran: the side must be a non-empty string, got 3"),
    ("sides: [iran]\n", "dossier.yml: sides: must be a map of entity id or name -> side"),
    ("sides: {iran: a, london: b, barbados: c}\n", "at most 4 coloured sides can be told apart"),
    ("title: [unclosed\n", "dossier.yml: is not valid YAML"),
    ("- a list\n", "dossier.yml: must be a mapping of settings, got list"),
])
def test_bad_settings_name_the_file_and_the_key(tables, tmp_path, text, message):
    with pytest.raises(SettingsError) as err:
        settings.load(write(tmp_path, text), tables)
    assert message in str(err.value)


def test_a_required_file_must_exist_and_an_empty_one_changes_nothing(tables, tmp_path):
    with pytest.raises(SettingsError, match="other.yml: no such settings file"):
        settings.load(tmp_path / "other.yml", tables, required=True)
    assert settings.load(write(tmp_path, "# nothing yet\n"), tables) == settings.infer(tables)


def test_yaml_is_read_safely(tables, tmp_path):
    with pytest.raises(SettingsError, match="is not valid YAML"):
        settings.load(write(tmp_path, "title: !!python/object/apply:os.system ['echo no']\n"), tables)


# ---- the figures follow the settings -------------------------------------------------------------------

def test_figures_colour_the_inferred_sides_and_follow_overrides(tables, tmp_path):
    data = figures.prepare("voices", tables)  # default: inferred settings
    heads = [i["label"] for i in data["items"] if i["row"] == "head"]
    assert heads[0] == "United Kingdom (2)"
    s = settings.load(write(tmp_path, "sides: {labour-party: opposition}\n"), tables)
    heads = [i["label"] for i in figures.prepare("voices", tables, s)["items"] if i["row"] == "head"]
    assert "opposition (1)" in heads
    story = figures.prepare("story", tables, s)
    assert story["doc_id"] == GUARDIAN
