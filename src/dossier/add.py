"""``dossier add FILE_OR_URL... [--to data/raw]``: bring sources into a corpus folder.

- A URL is fetched (redirects followed, at most :data:`MAX_BYTES`, :data:`TIMEOUT` seconds) and
  stored byte for byte as fetched; an HTML page as ``.html``, plain text as ``.txt``. Anything else
  (a PDF, an image, a 404, a timeout, a page over the size limit) is refused with its reason.
- A local file (``.html``, ``.htm``, ``.txt``, ``.md``) is copied byte for byte. A ``.txt`` file
  whose non-empty lines are all URLs is read as a list of URLs to fetch.
- Each stored file gets a row in the folder's manifest ``sources.csv``: ``url``, ``fetched`` (the
  UTC time of the fetch: in the manifest only, never in the tables), and the ``title``,
  ``publisher`` and ``published`` date read from the page's metadata by trafilatura where it has them.
- A file whose bytes are already in the folder (same SHA-256) is refused as a duplicate, naming
  the file that has them; so is a name that exists.

Every source gets a line saying what happened; the command exits 0 when all were added, 1 when
some failed, 2 on unusable arguments.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .text import slug

MAX_BYTES = 20_000_000
TIMEOUT = 20.0
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown")
LOCAL_SUFFIXES = {".html": ".html", ".htm": ".html", ".txt": ".txt", ".md": ".md", ".markdown": ".md"}
MANIFEST_FIELDS = ["file", "title", "url", "publisher", "published", "licence", "note", "fetched"]
URL = re.compile(r"^https?://\S+$", re.I)


class AddError(Exception):
    """One source could not be added (the reason is the message)."""


@dataclass
class Added:
    source: str
    file: str | None
    status: str  # added / failed
    reason: str = ""


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> tuple[bytes, str, str]:
    """(bytes, final URL, content type) of a page, or AddError with the reason."""
    request = urllib.request.Request(url, headers={"User-Agent": "dossier (research corpus builder)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            ctype = (response.headers.get_content_type() or "").lower()
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise AddError(f"page too large: {int(length):,} bytes (limit {max_bytes:,})")
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise AddError(f"page too large: over {max_bytes:,} bytes")
            return data, response.geturl(), ctype
    except urllib.error.HTTPError as exc:
        raise AddError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise AddError(f"timed out after {timeout:g} s") from None
        raise AddError(f"could not fetch: {reason}") from None
    except TimeoutError:
        raise AddError(f"timed out after {timeout:g} s") from None
    except (ValueError, OSError) as exc:
        raise AddError(f"could not fetch: {exc}") from None


def page_metadata(html: bytes) -> dict[str, str]:
    """title, publisher (site name), published (YYYY-MM-DD) from the page's metadata."""
    try:
        from trafilatura import extract_metadata

        meta = extract_metadata(html.decode("utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 - metadata are a convenience; the page is stored regardless
        return {}
    if meta is None:
        return {}
    out = {"title": meta.title or "", "publisher": meta.sitename or "", "published": meta.date or ""}
    if out["published"] and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", out["published"]):
        out["published"] = ""
    return {k: v.strip() for k, v in out.items() if v}


def read_manifest(folder: Path) -> tuple[list[str], list[dict]]:
    path = folder / "sources.csv"
    if not path.exists():
        return MANIFEST_FIELDS[:], []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        rows = list(reader)
    if "file" not in fields:
        raise AddError(f"{path} has no 'file' column")
    for f in MANIFEST_FIELDS:
        if f not in fields:
            fields.append(f)
    return fields, rows


def write_manifest(folder: Path, fields: list[str], rows: list[dict]) -> None:
    path = folder / "sources.csv"
    tmp = folder / ".sources.csv.tmp"
    with open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for r in rows:
            writer.writerow({k: r.get(k, "") or "" for k in fields})
    tmp.replace(path)


def _hashes(folder: Path) -> dict[str, str]:
    return {hashlib.sha256(p.read_bytes()).hexdigest(): p.name for p in sorted(folder.iterdir())
            if p.is_file() and p.suffix.lower() in LOCAL_SUFFIXES}


def _name(folder: Path, meta: dict, url: str | None, fallback: str, suffix: str) -> str:
    stem = slug(meta.get("title", ""))[:80].strip("-")
    if not stem and url:
        parsed = urllib.parse.urlparse(url)
        stem = slug(f"{parsed.netloc} {parsed.path}")[:80].strip("-")
    stem = stem or slug(fallback) or "source"
    name, i = f"{stem}{suffix}", 2
    while (folder / name).exists():
        name, i = f"{stem}-{i}{suffix}", i + 1
    return name


def url_list(path: Path) -> list[str] | None:
    """The URLs of a text file that is a list of URLs (blank lines and # comments allowed)."""
    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    except (OSError, UnicodeDecodeError):
        return None
    lines = [line for line in lines if line and not line.startswith("#")]
    return lines if lines and all(URL.match(line) for line in lines) else None


def add(sources: list[str], folder: Path, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
        now: dt.datetime | None = None) -> list[Added]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    fields, rows = read_manifest(folder)
    known = _hashes(folder)
    results: list[Added] = []
    queue: list[str] = []
    for s in sources:
        p = Path(s)
        urls = url_list(p) if not URL.match(s) and p.is_file() and p.suffix.lower() == ".txt" else None
        queue.extend(urls if urls is not None else [s])
    for source in queue:
        try:
            if URL.match(source):
                data, final, ctype = fetch(source, timeout, max_bytes)
                if ctype in HTML_TYPES:
                    suffix = ".html"
                elif ctype in TEXT_TYPES:
                    suffix = ".txt"
                else:
                    raise AddError(f"not an HTML or text page (Content-Type: {ctype or 'none'})")
                url, when = final, (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
            else:
                p = Path(source)
                if not p.is_file():
                    raise AddError("no such file")
                suffix = LOCAL_SUFFIXES.get(p.suffix.lower())
                if suffix is None:
                    raise AddError(f"unsupported file type {p.suffix or '(none)'} (txt, md, html)")
                data, url, when = p.read_bytes(), "", ""
            digest = hashlib.sha256(data).hexdigest()
            if digest in known:
                raise AddError(f"duplicate: the same bytes are already in {folder.name}/{known[digest]}")
            meta = page_metadata(data) if suffix == ".html" else {}
            name = _name(folder, meta, url or None, Path(source).stem, suffix)
            tmp = folder / f".{name}.tmp"
            tmp.write_bytes(data)
            tmp.replace(folder / name)
            known[digest] = name
            rows.append({"file": name, "url": url, "fetched": when, **meta})
            results.append(Added(source, name, "added"))
        except AddError as exc:
            results.append(Added(source, None, "failed", str(exc)))
    if any(r.status == "added" for r in results):
        write_manifest(folder, fields, rows)
    return results


def add_parser(sub) -> None:
    p = sub.add_parser("add", help="store HTML pages or files in a corpus folder, with a manifest row each",
                       description=__doc__.split("\n\n")[1] if __doc__ else None)
    p.add_argument("sources", nargs="+", metavar="FILE_OR_URL",
                   help="URLs, local .html/.txt/.md files, or a .txt file listing URLs")
    p.add_argument("--to", default=None, metavar="DIR", help="corpus folder (default data/raw)")
    p.add_argument("--timeout", type=float, default=TIMEOUT, metavar="S", help=f"seconds per fetch (default {TIMEOUT:g})")
    p.set_defaults(func=run)


def run(args) -> int:
    from . import config
    from .cli import UsageError

    folder = Path(args.to) if args.to else config.RAW
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--to {folder} is not a folder")
    if args.timeout <= 0:
        raise UsageError("--timeout must be positive")
    try:
        results = add(args.sources, folder, timeout=args.timeout)
    except AddError as exc:
        raise UsageError(str(exc)) from None
    for r in results:
        print(f"{r.status:6} {r.source}" + (f" -> {r.file}" if r.file else f": {r.reason}"))
    failed = sum(r.status == "failed" for r in results)
    print(f"{len(results) - failed} added, {failed} failed -> {folder}")
    return 1 if failed else 0
