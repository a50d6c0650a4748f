"""The rendered report: escaping of source text, and every page opened in headless Chromium."""

from __future__ import annotations

import os
import shutil

import pandas as pd
import pytest

from dossier import config, report, show

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRE_BROWSER = os.environ.get("DOSSIER_REQUIRE_BROWSER") == "1"


def _tables_with_hostile_source(tables):
    hostile = {name: df.copy() for name, df in tables.items()}
    docs = hostile["documents"]
    docs.loc[0, "title"] = '<script>alert("x")</script> & friends'
    docs.loc[0, "publisher"] = "<img src=x onerror=alert(1)>"
    return hostile


def test_source_text_is_escaped_in_the_index(tables):
    page = report.index_html(_tables_with_hostile_source(tables), [("01 · <b>", "notebooks/a.html")],
                             [], [("mentions", "../data/processed/mentions.csv", 3)], hide_code=False)
    assert "<script>" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; friends" in page
    assert "01 · &lt;b&gt;" in page


def test_source_text_is_escaped_in_highlighted_documents():
    text = "The Home Office said <script>alert(1)</script> today."
    mentions = pd.DataFrame([{"start": 4, "end": 15, "label": "ORG", "entity_id": "home-office"}])
    page = show.entities_html(text, mentions, title="<b>title</b>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;title" in page


def test_story_is_written_from_the_tables(tables):
    text = report.story(tables)
    assert text.startswith("6 documents from 6 publishers")
    assert "Home Office" in text and "quotations" in text


@pytest.fixture(scope="module")
def built_report(tmp_path_factory, tables):
    """The report built into a temporary copy of the reports folder layout (the project's own
    notebooks and figures, the test session's tables)."""
    root = tmp_path_factory.mktemp("site")
    out = root / "reports"
    # the index links tables as ../data/<folder>/<table>.csv: serve the project root
    index = report.build(hide_code=False, out=out)
    return root, index


@pytest.mark.browser
def test_every_page_opens_in_headless_chromium(built_report, tmp_path):
    if CHROMIUM is None:
        if REQUIRE_BROWSER:
            pytest.fail("chromium is not installed but DOSSIER_REQUIRE_BROWSER=1 (CI must run this test)")
        pytest.skip("chromium not installed (apt-get install chromium); CI installs it")
    from dossier import browsercheck

    root, index = built_report
    # serve a folder that has reports/ from the build and data/ from the project
    if not (root / "data").exists():
        (root / "data").symlink_to(config.DATA, target_is_directory=True)
    pages = browsercheck.report_pages(root, "reports")
    assert len(pages) >= 4
    problems = browsercheck.check(root, pages, screenshots=tmp_path)
    assert not problems, "\n".join(problems)
    index_text = index.read_text()
    assert index_text.count("<figure>") == len(list((root / "reports" / "figures").glob("*.png")))
