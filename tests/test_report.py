"""The rendered report: escaping of source text, and every page opened in headless Chromium."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urljoin, urlparse

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


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(built_report):
    root, _ = built_report
    # serve a folder that has reports/ from the build and data/ from the project
    site = root
    if not (site / "data").exists():
        (site / "data").symlink_to(config.DATA, target_is_directory=True)
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.mark.browser
def test_every_page_opens_in_headless_chromium(built_report, server, tmp_path):
    if CHROMIUM is None:
        if REQUIRE_BROWSER:
            pytest.fail("chromium is not installed but DOSSIER_REQUIRE_BROWSER=1 (CI must run this test)")
        pytest.skip("chromium not installed (apt-get install chromium); CI installs it")
    from playwright.sync_api import sync_playwright

    root, index = built_report
    pages = ["reports/index.html"] + [f"reports/notebooks/{p.name}" for p in sorted((root / "reports" / "notebooks").glob("*.html"))]
    assert len(pages) >= 4
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
        page.on("response", lambda resp: problems.append(f"HTTP {resp.status}: {resp.url}") if resp.status >= 400 else None)
        for path in pages:
            url = server + path
            response = page.goto(url, wait_until="load")
            assert response is not None and response.ok, url
            broken = page.eval_on_selector_all("img", "imgs => imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
            problems.extend(f"missing image on {path}: {src}" for src in broken)
            links = page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
            for href in links:
                if href.startswith(("#", "mailto:")) or urlparse(href).scheme in ("http", "https") and not href.startswith(server):
                    continue
                target = urljoin(url, href)
                status = page.request.get(target).status
                if status >= 400:
                    problems.append(f"broken link on {path}: {href} ({status})")
            shot = tmp_path / (Path(path).stem + ".png")
            page.screenshot(path=str(shot), full_page=False)
            assert shot.stat().st_size > 5000, f"blank screenshot of {path}"
        browser.close()
    assert not problems, "\n".join(problems)
    index_text = index.read_text()
    assert index_text.count("<figure>") == len(list((root / "reports" / "figures").glob("*.png")))
