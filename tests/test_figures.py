"""The figures on small hand-made tables (a trimmed copy of the real corpus's Guardian article
and parliamentary answer, offsets computed from the texts) and on empty tables, drawn through
the registry with explicit corpus settings (the tests may name the corpus; the package may not).

Nothing here reads the pipeline's output: the tables are built in this file.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from dossier import figures, schema
from dossier.figures.sides import Sides
from dossier.settings import CorpusSettings

# The seven figures these tests were written for; the sources and claims figures are tested with
# their own tables in tests/test_reuse.py and tests/test_claims.py.
ORIGINAL = ("actors", "numbers", "timeline", "places", "voices", "story", "across_sources")

GUARDIAN = "guardian-2023-08-09-uk-turkey-smuggling-deal"
ANSWER = "parliament-2023-06-29-hl8565-turkey-grant"

TEXTS = {
    GUARDIAN: "\n\n".join([
        "UK government announces deal with Turkey to ‘disrupt’ people smuggling gangs",
        "Home Office will deploy more officers in Turkey to work on joint operations",
        "PA Media",
        "The British government has announced a deal with Turkey to “disrupt and dismantle people "
        "smuggling gangs”.",
        "It comes as the Conservatives are accused of seeking distractions from what Labour called its "
        "“disastrous failure” on asylum policy. On Monday, after weeks of delays, only 15 people seeking asylum "
        "boarded the Bibby Stockholm barge. About 50 people had been expected to go aboard the accommodation "
        "vessel, docked in Portland Port in Dorset, but about 20 were granted a last-minute reprieve.",
        "Ministers have also been accused of “lawyer-bashing”, and of costing “$5 a day and $6 a night”.",
        "An investigation revealed in June that the Home Office provided more than £3m in funding to Turkish "
        "border forces in the previous year to prevent migrants reaching the UK.",
        "It said hundreds of small boats are transported through Europe each year for this purpose.",
        "The UK-Turkey migration dialogue meeting is scheduled for the autumn in London.",
        "Last year Turkey said it “turned back” 238,448 migrants at its eastern border with Iran.",
        "Robert Jenrick inspected the border checkpoint at Kapikule, near Barbados Street.",
        "With the Press Association",
    ]),
    ANSWER: "\n\n".join([
        "To ask His Majesty's Government what were the reasons for the increase from £425,000 in 2021–22 to "
        "£3 million in 2023–24 in the grant to Turkey.",
        "29 June 2023",
        "The £3 million spend in Turkey in 2022 to 2023 was used to deliver training and equipment.",
    ]),
}
# The settings the figures hard-coded before they were inferred: the two sides of the story and
# its focus document.
SETTINGS = CorpusSettings(focus_document=GUARDIAN, countries=(("GBR", "UK"), ("TUR", "Türkiye")))
SIDES = Sides(SETTINGS.countries)

PUBLISHED = {GUARDIAN: "2023-08-09", ANSWER: "2023-06-29"}
KINDS = {GUARDIAN: ["headline", "standfirst", "byline"] + ["body"] * 9 + ["credit"], ANSWER: ["body"] * 3}


def span(doc: str, sub: str, nth: int = 0) -> tuple[int, int]:
    text, start = TEXTS[doc], -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return start, start + len(sub)


def para_of(doc: str, offset: int) -> int:
    return TEXTS[doc][:offset].count("\n\n")


def build_tables() -> dict[str, pd.DataFrame]:
    documents, paragraphs, sentences = [], [], []
    for doc, text in TEXTS.items():
        documents.append(dict(doc_id=doc, file=f"data/raw/{doc}.txt", title=text.split("\n")[0], publisher="test",
                              published=PUBLISHED[doc], text=text, n_paragraphs=text.count("\n\n") + 1,
                              n_words=len(text.split()), n_chars=len(text), format="txt", encoding="utf-8",
                              sha256="0" * 64))
        start = 0
        for i, para in enumerate(text.split("\n\n")):  # one sentence per paragraph is enough here
            paragraphs.append(dict(doc_id=doc, para=i, kind=KINDS[doc][i], start=start, end=start + len(para)))
            sentences.append(dict(doc_id=doc, sentence=i, start=start, end=start + len(para), para=i))
            start += len(para) + 2

    names = [  # (doc, surface, entity, label, nth)
        (GUARDIAN, "UK government", "uk-government", "ORG", 0), (GUARDIAN, "Turkey", "turkey", "GPE", 0),
        (GUARDIAN, "Home Office", "home-office", "ORG", 0), (GUARDIAN, "Turkey", "turkey", "GPE", 1),
        (GUARDIAN, "PA Media", "pa-media", "ORG", 0), (GUARDIAN, "Turkey", "turkey", "GPE", 2),
        (GUARDIAN, "Conservatives", "conservative-party", "ORG", 0), (GUARDIAN, "Labour", "labour-party", "ORG", 0),
        (GUARDIAN, "Bibby Stockholm", "bibby-stockholm", "PRODUCT", 0),
        (GUARDIAN, "Portland Port", "portland-port", "FAC", 0), (GUARDIAN, "Home Office", "home-office", "ORG", 1),
        (GUARDIAN, "Turkish border forces", "turkish-border-forces", "ORG", 0),
        (GUARDIAN, "UK", "united-kingdom", "GPE", 2), (GUARDIAN, "London", "london", "GPE", 0),
        (GUARDIAN, "Turkey", "turkey", "GPE", 4), (GUARDIAN, "Iran", "iran", "GPE", 0),
        (GUARDIAN, "Robert Jenrick", "robert-jenrick", "PERSON", 0),
        (GUARDIAN, "Kapikule", "kapikule-border-crossing", "FAC", 0), (GUARDIAN, "Barbados", "barbados", "GPE", 0),
        (GUARDIAN, "Press Association", "pa-media", "ORG", 0),
        (ANSWER, "His Majesty's Government", "uk-government", "ORG", 0), (ANSWER, "Turkey", "turkey", "GPE", 0),
        (ANSWER, "Turkey", "turkey", "GPE", 1),
    ]
    mentions = []
    for doc, surface, entity, label, nth in names:
        a, b = span(doc, surface, nth)
        mentions.append(dict(doc_id=doc, start=a, end=b, text=surface, label=label, entity_id=entity,
                             sentence=para_of(doc, a), para=para_of(doc, a), method="test"))

    ent = [  # entity_id, name, type, kind, country, lat, lon
        ("uk-government", "UK Government", "ORG", "government", "GBR", None, None),
        ("turkey", "Turkey", "GPE", "country", "TUR", 38.6335, 35.4549),
        ("home-office", "Home Office", "ORG", "government department", "GBR", None, None),
        ("pa-media", "PA Media", "ORG", "news organisation", "GBR", None, None),
        ("conservative-party", "Conservative Party", "ORG", "political party", "GBR", None, None),
        ("labour-party", "Labour Party", "ORG", "political party", "GBR", None, None),
        ("bibby-stockholm", "Bibby Stockholm", "PRODUCT", "vessel", "BRB", None, None),
        ("portland-port", "Portland Port", "FAC", "port", "GBR", 50.5667, -2.4333),
        ("turkish-border-forces", "Turkish border forces", "ORG", None, "TUR", None, None),
        ("united-kingdom", "United Kingdom", "GPE", "country", "GBR", 54.2247, -1.7533),
        ("london", "London", "GPE", "city", "GBR", 51.5085, -0.1257),
        ("iran", "Iran", "GPE", "country", "IRN", 32.326, 54.1182),
        ("robert-jenrick", "Robert Jenrick", "PERSON", "politician", "GBR", None, None),
        ("kapikule-border-crossing", "Kapıkule border crossing", "FAC", "border crossing", "TUR", 41.7079, 26.392),
        ("barbados", "Barbados", "GPE", "country", "BRB", 13.1939, -59.5432),
    ]
    counts = pd.DataFrame(mentions).groupby("entity_id")["doc_id"].agg(["size", "nunique"])
    entities = [dict(entity_id=e, name=n, type=t, kind=k, country=c, lat=la, lon=lo, curated=k is not None,
                     n_mentions=int(counts.loc[e, "size"]), n_docs=int(counts.loc[e, "nunique"]))
                for e, n, t, k, c, la, lo in ent]

    q = [  # doc, text, value, unit, counted, qualifier, period, kind, nth
        (GUARDIAN, "only 15", 15, "people", "people", "only", None, "count", 0),
        (GUARDIAN, "About 50", 50, "people", "people", "approximately", None, "count", 0),
        (GUARDIAN, "about 20", 20, "people", "people (implied)", "approximately", None, "count", 0),
        (GUARDIAN, "more than £3m", 3_000_000, "GBP", "funding", "more_than", "the previous year", "money", 0),
        (GUARDIAN, "hundreds", None, "boats", "small boats", "vague", None, "count", 0),
        (GUARDIAN, "238,448", 238_448, "migrants", "migrants", "exact", None, "count", 0),
        (ANSWER, "£425,000", 425_000, "GBP", None, "exact", "2021–22", "money", 0),
        (ANSWER, "£3 million", 3_000_000, "GBP", None, "exact", "2023–24", "money", 0),
        (ANSWER, "£3 million", 3_000_000, "GBP", "spend", "exact", "2022 to 2023", "money", 1),
    ]
    quantities = []
    for doc, text, value, unit, counted, qual, period, kind, nth in q:
        a, b = span(doc, text, nth)
        quantities.append(dict(doc_id=doc, start=a, end=b, text=text, value=value, unit=unit, counted=counted,
                               qualifier=qual, period=period, kind=kind, sentence=para_of(doc, a)))

    d = [  # doc, text, value, granularity, start, end, relative
        (GUARDIAN, "Monday", "2023-08-07", "day", "2023-08-07", "2023-08-07", True),
        (GUARDIAN, "June", "2023-06", "month", "2023-06-01", "2023-06-30", True),
        (GUARDIAN, "the previous year", "2022", "year", "2022-01-01", "2022-12-31", True),
        (GUARDIAN, "each year", None, "frequency", None, None, False),
        (GUARDIAN, "the autumn", "2023-23", "season", "2023-09-01", "2023-11-30", True),
        (GUARDIAN, "Last year", "2022", "year", "2022-01-01", "2022-12-31", True),
        (ANSWER, "2021–22", "2021-04/2022-03", "fiscal_year", "2021-04-01", "2022-03-31", False),
        (ANSWER, "2023–24", "2023-04/2024-03", "fiscal_year", "2023-04-01", "2024-03-31", False),
        (ANSWER, "29 June 2023", "2023-06-29", "day", "2023-06-29", "2023-06-29", False),
        (ANSWER, "2022 to 2023", "2022-04/2023-03", "fiscal_year", "2022-04-01", "2023-03-31", False),
    ]
    dates = []
    for doc, text, value, gran, d0, d1, rel in d:
        a, b = span(doc, text)
        dates.append(dict(doc_id=doc, start=a, end=b, text=text, value=value, granularity=gran, date_start=d0,
                          date_end=d1, anchor=PUBLISHED[doc], relative=rel, sentence=para_of(doc, a)))

    qu = [  # doc, quote, speaker, entity, kind
        (GUARDIAN, "disrupt", "UK government", "uk-government", "scare"),
        (GUARDIAN, "disrupt and dismantle people smuggling gangs", "British government", "uk-government", "direct"),
        (GUARDIAN, "disastrous failure", "Labour", "labour-party", "direct"),
        (GUARDIAN, "lawyer-bashing", None, None, "accusation"),
        (GUARDIAN, "$5 a day and $6 a night", None, None, "scare"),
        (GUARDIAN, "turned back", "Turkey", "turkey", "direct"),
    ]
    quotes = []
    for doc, quote, speaker, entity, kind in qu:
        a, b = span(doc, quote)
        quotes.append(dict(doc_id=doc, start=a, end=b, quote=quote, speaker=speaker, speaker_entity_id=entity,
                           kind=kind, closed=True, sentence=para_of(doc, a)))

    r = [  # doc, subject, predicate, object, evidence
        (GUARDIAN, "uk-government", "agreement_with", "turkey", "government has announced a deal with Turkey"),
        (GUARDIAN, "home-office", "funds", "turkish-border-forces", "Home Office provided more than £3m"),
        (GUARDIAN, "home-office", "deploys_to", "turkey", "Home Office will deploy more officers in Turkey"),
        (GUARDIAN, "labour-party", "criticises", "conservative-party", "Conservatives are accused"),
        (GUARDIAN, "robert-jenrick", "visits", "kapikule-border-crossing", "Robert Jenrick inspected"),
        (GUARDIAN, "bibby-stockholm", "located_in", "portland-port", "Bibby Stockholm barge"),
        (ANSWER, "uk-government", "funds", "turkey", "the grant to Turkey"),
    ]
    relations = []
    for doc, subj, pred, obj, ev in r:
        a, b = span(doc, ev)
        relations.append(dict(doc_id=doc, subject_entity_id=subj, predicate=pred, object_entity_id=obj, start=a,
                              end=b, evidence=ev, trigger=pred, sentence=para_of(doc, a)))

    rows = dict(documents=documents, paragraphs=paragraphs, sentences=sentences, mentions=mentions,
                entities=entities, quantities=quantities, dates=dates, quotes=quotes, relations=relations)
    return {name: schema.to_frame(pd.DataFrame(v).reindex(columns=schema.TABLES[name].names), name)
            for name, v in rows.items()}


def empty_tables() -> dict[str, pd.DataFrame]:
    return {name: schema.to_frame([], name) for name in
            ("documents", "paragraphs", "sentences", "mentions", "entities", "quantities", "dates", "quotes",
             "relations")}


def call(name: str, t: dict[str, pd.DataFrame], settings: CorpusSettings = SETTINGS) -> Figure:
    return figures.make(name, t, settings)


def strings(fig: Figure) -> list[str]:
    """Every text as drawn in the figure, including tick labels (after a layout pass)."""
    fig.draw_without_rendering()
    return [t._preprocess_math(t.get_text())[0] for t in fig.findobj(Text) if t.get_visible() and t.get_text()]


def title(ax) -> str:
    return ax.get_title(loc="left")


@pytest.fixture(scope="module")
def tables():
    return build_tables()


@pytest.fixture(scope="module")
def figs(tables):
    return {name: call(name, tables) for name in ORIGINAL}


# ---- sides --------------------------------------------------------------------------------------

@pytest.mark.parametrize("row, expected", [
    (dict(kind="government department", country="GBR"), "UK"),
    (dict(kind="country", country="GBR"), "UK"),
    (dict(kind="politician", country="GBR"), "UK"),
    (dict(kind="law-enforcement agency", country="TUR"), "Türkiye"),
    (dict(kind=None, country="TUR"), "Türkiye"),  # an uncurated entity with a country
    (dict(kind="border crossing", country="TUR"), "Türkiye"),
    (dict(kind="country", country="IRN"), "other states"),
    (dict(kind="city", country="DEU"), "other states"),
    (dict(kind="political party", country="GBR"), "parliament & parties"),
    (dict(kind="legislature", country="GBR"), "parliament & parties"),
    (dict(kind="news organisation", country="GBR"), "media"),
    (dict(kind="vessel", country="BRB"), "other"),
    (dict(kind="company", country="GBR"), "other"),
    (dict(kind="international organisation", country=None), "other"),
    (dict(kind=None, country=None), "other"),
    (None, "other"),
])
def test_side(row, expected):
    assert SIDES.of(row) == expected


def test_side_reads_table_rows(tables):
    rows = tables["entities"].set_index("entity_id", drop=False)
    assert SIDES.of(rows.loc["turkish-border-forces"]) == "Türkiye"  # pd.NA kind
    assert SIDES.of(rows.loc["pa-media"]) == "media"
    row = next(r for r in rows.itertuples(index=False) if r.entity_id == "uk-government")
    assert SIDES.of(row) == "UK"  # a namedtuple works too


def test_explicit_sides_win_over_kind_and_country(tables):
    rule = Sides(SETTINGS.countries, overrides=(("pa-media", "UK"), ("iran", "neighbours")))
    rows = tables["entities"].set_index("entity_id", drop=False)
    assert rule.of(rows.loc["pa-media"]) == "UK"
    assert rule.of(rows.loc["iran"]) == "neighbours"
    assert rule.names[:3] == ("UK", "Türkiye", "neighbours")
    assert len(set(rule.colours[n] for n in rule.names)) == len(rule.names)


# ---- every figure on the sample -------------------------------------------------------------------

@pytest.mark.parametrize("name", ORIGINAL)
def test_figure_has_title_source_and_no_mathtext(figs, name):
    fig = figs[name]
    assert isinstance(fig, Figure)
    texts = strings(fig)
    assert "no data" not in texts
    assert any(t.startswith("Source:") for t in texts)
    title = fig.texts[0]
    assert title.get_fontweight() == "bold" and len(title.get_text()) > 20
    for t in fig.findobj(Text):  # source text never reaches mathtext
        assert t._preprocess_math(t.get_text())[1] is False, t.get_text()
    assert fig.get_size_inches().min() >= 4


def test_titles_state_findings_from_the_data(figs):
    found = {name: figs[name].texts[0].get_text().replace("\n", " ") for name in ORIGINAL}
    assert found["actors"] == ("UK actors are the subject of 5 of the 7 relations stated in the text, 5 of them "
                               "towards Türkiye actors")
    assert found["numbers"] == ("The 8 figures in the corpus span 5 orders of magnitude, from only 15 people to "
                                "£3 million in 2023–24")
    assert found["voices"].startswith("UK voices lead: 2 of 6 quotes; 2 are unattributed")
    assert found["story"].startswith("Turkey runs through the document")
    assert "the headline names UK Government and Turkey" in found["story"]
    assert found["places"].startswith("Turkey (6 mentions) and Barbados (1) are the most-mentioned of 4 countries")
    assert "£3m is reported by 2 documents" in found["across_sources"]


@pytest.mark.parametrize("name", ORIGINAL)
def test_empty_tables_say_no_data(name):
    fig = call(name, empty_tables())
    assert isinstance(fig, Figure)
    assert "no data" in strings(fig)


def test_missing_columns_are_reported(tables):
    with pytest.raises(ValueError, match="quantities table is missing columns"):
        call("numbers", {**tables, "quantities": tables["quantities"].drop(columns=["qualifier"])})


# ---- the numbers -----------------------------------------------------------------------------------

def bar_values(ax) -> list[float]:
    return [p.get_width() for p in ax.patches if isinstance(p, Rectangle) and p.get_width() > 0]


def test_numbers_never_mix_scales_on_a_linear_axis(figs):
    axes = figs["numbers"].axes
    assert len(axes) == 3  # money, people, migrants: one panel (and axis) each
    for ax in axes:
        values = bar_values(ax) + [x for line in ax.get_lines() for x in line.get_xdata() if x > 0]
        if ax.get_xscale() == "linear":
            assert max(values) / min(values) <= 100, title(ax)
    titles = {title(ax): ax for ax in axes}
    assert sorted(bar_values(titles["Counts of people"])) == [15, 20, 50]
    assert bar_values(titles["Counts of migrants"]) == [238_448]


def test_numbers_uses_a_labelled_log_axis_when_a_group_spans_100x(tables):
    q = tables["quantities"].copy()
    q.loc[q["text"] == "about 20", "value"] = 20_000  # now 15 and 20,000 people in one group
    fig = call("numbers", {**tables, "quantities": q})
    ax = next(ax for ax in fig.axes if title(ax).startswith("Counts of people"))
    assert ax.get_xscale() == "log"
    assert "log scale" in title(ax)
    assert not bar_values(ax)  # dots, not bars, on a log axis


def test_numbers_draw_qualifiers_differently(figs):
    ax = next(ax for ax in figs["numbers"].axes if title(ax) == "Counts of people")
    bars = {p.get_width(): p for p in ax.patches if isinstance(p, Rectangle)}
    assert bars[15].get_hatch() is None and bars[15].get_linestyle() == "-"
    assert bars[50].get_hatch() and bars[50].get_linestyle() == "--"  # "About 50"
    labels = [t.get_text() for t in ax.texts]
    assert "only 15" in labels and "≈50" in labels and "≈20" in labels
    money = next(ax for ax in figs["numbers"].axes if title(ax).startswith("Money"))
    arrows = [t for t in money.texts if getattr(t, "arrow_patch", None) is not None]
    assert len(arrows) == 1  # "more than £3m": the bar is a lower bound
    assert ">£3m" in [t.get_text() for t in money.texts]
    subtitle = figs["numbers"].texts[1].get_text().replace("\n", " ")
    assert "‘hundreds’" in subtitle  # the vague amount is listed, not drawn


# ---- the timeline -----------------------------------------------------------------------------------

def test_timeline_draws_spans_for_periods_and_points_for_days(figs):
    fig = figs["timeline"]
    ax = fig.axes[0]
    assert len(fig.axes) == 1  # 2021-2024: no broken axis needed
    x = lambda iso: mdates.date2num(pd.Timestamp(iso).to_pydatetime())  # noqa: E731
    spans = {(round(p.get_x(), 3), round(p.get_width(), 3)) for p in ax.patches if isinstance(p, Rectangle)}
    assert (round(x("2023-06-01"), 3), 30.0) in spans  # June: a month
    assert (round(x("2023-09-01"), 3), 91.0) in spans  # the autumn: a season
    assert (round(x("2021-04-01"), 3), 365.0) in spans  # 2021-22: a financial year
    points = {round(line.get_xdata()[0], 3) for line in ax.get_lines()
              if line.get_marker() == "o" and len(line.get_xdata()) == 1}
    assert round(x("2023-08-07") + 0.5, 3) in points  # Monday: a day
    assert round(x("2023-06-29") + 0.5, 3) in points
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(lab.startswith("Monday: after weeks of delays") for lab in labels)
    assert not any("each year" in lab for lab in labels)  # unresolved: skipped
    assert any(lab.startswith("the previous year / Last year") for lab in labels)  # same value, one event


def test_timeline_breaks_the_axis_for_a_distant_past(tables):
    d = tables["dates"].copy()
    d.loc[d["text"] == "June", ["value", "date_start", "date_end", "granularity"]] = \
        ["1976", "1976-01-01", "1976-12-31", "year"]
    fig = call("timeline", {**tables, "dates": d})
    assert len(fig.axes) == 2
    before, main = (mdates.num2date(ax.get_xlim()[i]).year for ax, i in zip(fig.axes, (1, 0)))
    assert before < 1980 and main >= 2021
    assert "the oldest goes back to 1976" in fig.texts[0].get_text()


# ---- places, voices, story, across sources ---------------------------------------------------------

def test_places_maps_the_near_and_lists_the_far(figs):
    fig = figs["places"]
    texts = strings(fig)
    assert {"Portland Port", "London", "Kapıkule border crossing"} <= set(texts)
    assert "Barbados" not in texts  # far off: named in the subtitle instead
    assert "Outside the map: Barbados (1)." in fig.texts[1].get_text().replace("\n", " ")
    ax = fig.axes[0]
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    assert x0 < -2.5 and x1 > 54 and y0 < 32 and y1 > 54  # from Portland to Iran


def test_voices_groups_by_side_and_keeps_the_unattributed(figs):
    labels = [t.get_text() for t in figs["voices"].axes[0].get_yticklabels()]
    assert labels[:2] == ["UK (2)", "UK Government"]
    assert "unattributed (2)" in labels and "no speaker named" in labels
    assert any("$5 a day and $6 a night" in t for t in strings(figs["voices"]))  # shown literally


def test_story_grid_and_missing_document(figs, tables):
    fig = figs["story"]
    strip, grid = fig.axes
    assert [t.get_text() for t in strip.texts][:3] == ["headline", "standfirst", "byline"]
    rows = [t.get_text() for t in grid.get_yticklabels()]
    assert rows[:2] == ["UK Government", "Turkey"]  # order of first appearance
    other = call("story", tables, CorpusSettings(focus_document="no-such-doc", countries=SETTINGS.countries))
    assert "no data" in strings(other)


def test_across_sources_shows_the_shared_figure_with_its_wording(figs):
    texts = strings(figs["across_sources"])
    for s in ("more than £3m", "more than", "the previous year", "2023–24", "2022 to 2023", "£3 million"):
        assert s in texts
    assert "£425,000" not in texts  # said by one document only


# ---- saving -------------------------------------------------------------------------------------------

def test_save_is_byte_identical(figs, tables, tmp_path):
    fig = figs["voices"]
    a = figures.save(fig, "voices", tmp_path / "a")
    b = figures.save(call("voices", tables), "voices", tmp_path / "b")
    assert [p.name for p in a] == ["voices.svg", "voices.png"]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes()
    svg = a[0].read_text()
    assert "<dc:date>" not in svg and "Matplotlib v" not in svg
    assert a[1].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and b"Software" not in a[1].read_bytes()
    assert fig._repr_png_() == a[1].read_bytes()  # what a notebook shows is what is saved
    with pytest.raises(ValueError):
        figures.save(fig, "../escape", tmp_path)


@pytest.fixture(scope="module")
def rendered(tables, tmp_path_factory):
    return figures.render_all(tables, tmp_path_factory.mktemp("figures"), SETTINGS)


def test_render_all_writes_every_figure(rendered):
    assert list(rendered) == list(figures.NAMES) and set(ORIGINAL) <= set(rendered)
    for name, (svg, png) in rendered.items():
        assert (svg.name, png.name) == (f"{name}.svg", f"{name}.png")
        assert svg.read_bytes().startswith(b"<?xml") and png.read_bytes().startswith(b"\x89PNG")


def test_figures_are_reproducible_across_processes(tables, rendered, tmp_path):
    """A fresh interpreter with another hash seed draws the same bytes (the layouts that iterate
    over sets and dicts, and story, whose constrained layout differs in the last bits by hash seed)."""
    names = ["actors", "story"]
    pickled = tmp_path / "tables.pkl"
    pickled.write_bytes(pickle.dumps(tables))
    script = textwrap.dedent(f"""
        import pickle, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from dossier import figures
        from test_figures import call
        tables = pickle.loads(open({str(pickled)!r}, "rb").read())
        for name in {names!r}:
            figures.save(call(name, tables), name, {str(tmp_path / "there")!r})
    """)
    env = dict(os.environ, PYTHONHASHSEED="12345")
    env["PYTHONPATH"] = os.pathsep.join([str(Path(figures.__file__).parents[2]), env.get("PYTHONPATH", "")])
    subprocess.run([sys.executable, "-c", script], check=True, env=env, timeout=120)
    for name in names:
        for p in rendered[name]:
            assert p.read_bytes() == (tmp_path / "there" / p.name).read_bytes(), p.name


# ---- nothing corpus-specific in the code ------------------------------------------------------------

def test_figure_code_names_no_document_country_or_party_of_the_shipped_corpus():
    """The figure package and the settings module name no doc_id, country (name, ISO code or the
    form the figures used to print) or party of the shipped corpus: those come from the tables."""
    import re

    from dossier import config, settings

    ref = pd.read_csv(config.ENTITIES_CSV, dtype=str, keep_default_na=False)
    raw = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in sorted(config.RAW.glob("*.txt")))
    named = ref[ref["kind"].isin(["country", "political party"])]
    words = {p.stem for p in config.RAW.glob("*.txt")} | {"Türkiye", "UK"}
    for name, code, aliases in zip(named["name"], named["country"], named["aliases"]):
        forms = {name, *[a for a in aliases.split("|") if a and len(a) > 3]}
        if any(re.search(rf"\b{re.escape(f)}\b", raw) for f in forms):  # mentioned in the corpus
            words |= forms
            if code:
                words.add(code)
    # publisher slugs ('parliament' is also the generic group "parliament & parties")
    words |= {stem.split("-")[0] for stem in (p.stem for p in config.RAW.glob("*.txt"))} - {"parliament"}
    sources = sorted(Path(figures.__file__).parent.glob("*.py")) + [Path(settings.__file__)]
    found = []
    for path in sources:
        text = path.read_text(encoding="utf-8")
        for w in sorted(words):
            flags = 0 if w.isupper() else re.IGNORECASE
            if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, flags):
                found.append(f"{path.name}: {w}")
    assert not found, found
