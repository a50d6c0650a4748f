"""Open every page of a rendered report in headless Chromium, as a reader would, and list what
is wrong: console errors, page errors, failed requests, HTTP errors, missing images, broken
links, blank pages.

    python -m dossier.browsercheck SITE_DIR REPORT_SUBDIR

serves ``SITE_DIR`` on 127.0.0.1 (so the report's relative links to the tables resolve), opens
``REPORT_SUBDIR/index.html`` and every notebook page, and exits 1 listing the problems (0 when
there are none, 2 when Chromium is missing). The test suite and CI call the same function.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urljoin, urlparse

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(site: Path):
    handler = functools.partial(_Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()


def report_pages(site: Path, report: str) -> list[str]:
    root = Path(site) / report
    return [f"{report}/index.html"] + [f"{report}/notebooks/{p.name}" for p in sorted((root / "notebooks").glob("*.html"))]


def check(site: Path, pages: list[str], screenshots: Path | None = None, executable: str | None = None) -> list[str]:
    """The problems found on ``pages`` (paths under ``site``); screenshots go to ``screenshots``."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with serve(Path(site)) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable or chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req: problems.append(f"request failed: {req.url}"))
        page.on("response", lambda resp: problems.append(f"HTTP {resp.status}: {resp.url}") if resp.status >= 400 else None)
        for path in pages:
            url = server + path
            response = page.goto(url, wait_until="load")
            if response is None or not response.ok:
                problems.append(f"cannot open {path}")
                continue
            broken = page.eval_on_selector_all("img", "imgs => imgs.filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src)")
            problems.extend(f"missing image on {path}: {src}" for src in broken)
            for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))"):
                if href.startswith(("#", "mailto:")) or urlparse(href).scheme in ("http", "https") and not href.startswith(server):
                    continue
                status = page.request.get(urljoin(url, href)).status
                if status >= 400:
                    problems.append(f"broken link on {path}: {href} ({status})")
            if screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                shot = screenshots / (Path(path).stem + ".png")
                page.screenshot(path=str(shot), full_page=False)
                if shot.stat().st_size <= 5000:
                    problems.append(f"blank screenshot of {path}")
        browser.close()
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    if chromium() is None:
        print("chromium is not installed (apt-get install chromium)", file=sys.stderr)
        return 2
    site, report = Path(argv[0]), argv[1]
    pages = report_pages(site, report)
    problems = check(site, pages, screenshots=site / f"{report}-screenshots")
    for p in problems:
        print(p)
    print(f"{len(pages)} pages opened in headless Chromium, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
