"""`dossier add`: pages stored byte for byte with a manifest row, against a local HTTP server on
127.0.0.1 (no internet): redirects, a 404, a non-HTML response, a timeout, an oversized page,
duplicates, a list of URLs."""

from __future__ import annotations

import csv
import http.server
import threading
import time

import pytest

from dossier import add as add_mod
from dossier import cli

PAGE = b"""<!DOCTYPE html><html><head><title>Minister visits Ankara</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2023-08-09T10:00:00Z">
</head><body><h1>Minister visits Ankara</h1><p>The minister met officials on Monday.</p></body></html>"""


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):  # noqa: N802
        if self.path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/other":
            self._send(200, "text/html", PAGE.replace(b"Ankara", b"Athens"))
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/other")
            self.end_headers()
        elif self.path == "/note.txt":
            self._send(200, "text/plain", b"A plain text note about Frontex.\n")
        elif self.path == "/file.pdf":
            self._send(200, "application/pdf", b"%PDF-1.7")
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", PAGE)
        elif self.path == "/huge":
            self._send(200, "text/html", b"<html>" + b"x" * 5000 + b"</html>")
        else:
            self._send(404, "text/html", b"not found")

    def _send(self, code, ctype, body):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _manifest(folder):
    with open(folder / "sources.csv", newline="", encoding="utf-8") as fh:
        return {r["file"]: r for r in csv.DictReader(fh)}


def test_pages_are_stored_as_fetched_with_metadata_and_failures_are_reported(server, tmp_path, monkeypatch):
    monkeypatch.setattr(add_mod, "MAX_BYTES", 1000)
    out = tmp_path / "raw"
    results = add_mod.add([f"{server}/page", f"{server}/moved", f"{server}/note.txt", f"{server}/missing",
                           f"{server}/file.pdf", f"{server}/slow", f"{server}/huge", f"{server}/page"],
                          out, timeout=1.0, max_bytes=1000)
    by = {r.source.rsplit("/", 1)[1]: r for r in results[:-1]}
    assert by["page"].status == "added" and (out / by["page"].file).read_bytes() == PAGE
    assert by["moved"].status == "added" and by["note.txt"].file.endswith(".txt")
    assert "HTTP 404" in by["missing"].reason
    assert "not an HTML or text page (Content-Type: application/pdf)" in by["file.pdf"].reason
    assert "timed out after 1 s" in by["slow"].reason
    assert "page too large" in by["huge"].reason
    assert results[-1].status == "failed" and "duplicate" in results[-1].reason and by["page"].file in results[-1].reason
    rows = _manifest(out)
    page = rows[by["page"].file]
    assert page["title"] == "Minister visits Ankara" and page["publisher"] == "Example News"
    assert page["published"] == "2023-08-09" and page["url"].endswith("/page") and page["fetched"].endswith("Z")
    assert rows[by["moved"].file]["url"].endswith("/other")  # the address it was fetched from, after the redirect
    assert sorted(p.name for p in out.iterdir()) == sorted([*rows, "sources.csv"])


def test_a_list_of_urls_and_local_files(server, tmp_path):
    out = tmp_path / "raw"
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# sources to add\n{server}/page\n\n{server}/other\n")
    local = tmp_path / "saved.html"
    local.write_bytes(PAGE.replace(b"Ankara", b"Rome"))
    results = add_mod.add([str(listing), str(local)], out)
    assert [r.status for r in results] == ["added", "added", "added"]
    assert (out / results[2].file).read_bytes() == local.read_bytes()


def test_the_command_says_what_happened_and_exits_with_its_status(server, tmp_path, capsys):
    out = tmp_path / "raw"
    assert cli.main(["add", f"{server}/page", "--to", str(out)]) == 0
    assert cli.main(["add", f"{server}/page", f"{server}/missing", "--to", str(out)]) == 1
    text = capsys.readouterr().out
    assert "duplicate" in text and "HTTP 404" in text and "0 added, 2 failed" in text
    with pytest.raises(SystemExit) as exc:
        cli.main(["add", "x", "--to", str(out), "--timeout", "0"])
    assert exc.value.code == 2
    (tmp_path / "afile").write_text("x")
    with pytest.raises(SystemExit) as exc:
        cli.main(["add", "x", "--to", str(tmp_path / "afile")])
    assert exc.value.code == 2


def test_added_pages_are_read_by_the_pipeline(server, tmp_path):
    from dossier.corpus import extract
    from dossier.tables import read_table

    out = tmp_path / "raw"
    add_mod.add([f"{server}/page"], out)
    summary = extract([out], tmp_path / "tables", tables=("documents", "paragraphs", "ingest_log"))
    docs = read_table("documents", tmp_path / "tables")
    assert summary.accepted == 1 and docs.loc[0, "publisher"] == "Example News"
    assert docs.loc[0, "published"] == "2023-08-09" and "The minister met officials" in docs.loc[0, "text"]
