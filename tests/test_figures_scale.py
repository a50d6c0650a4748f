"""The figures from 0 to 1,000 documents: on an empty corpus, one document, the shipped corpus and
a 500-document corpus generated from the shipped tables, every figure is drawn, says "no data"
when it has none, stays under 3,000 px tall, and has no two texts overlapping (measured with
the renderer: the extents of the texts actually drawn). The 500-document run is timed.

``python tests/test_figures_scale.py N OUT_DIR`` writes the figures of an N-document corpus to
OUT_DIR and prints the time per figure and each PNG's size.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path
from unittest import mock

import pandas as pd
import pytest
from matplotlib.text import Text

from dossier import config, figures, settings
from dossier.figures.frame import DPI

# The seven figures these tests were written for; the sources and claims figures are tested with
# their own tables in tests/test_reuse.py and tests/test_claims.py.
ORIGINAL = ("actors", "numbers", "timeline", "places", "voices", "story", "across_sources")

NAMES = ("documents", "paragraphs", "sentences", "mentions", "entities", "quantities", "dates", "quotes",
         "relations")
VARIANTS = 25  # copies of each non-country entity across the grown corpus


def committed_tables() -> dict[str, pd.DataFrame]:
    """The project's tables as committed (``git show HEAD:...``, read-only; the files in the
    working tree when git cannot say), read from Parquet as they are, not conformed to the
    current schemas (which may be ahead of the committed files while the pipeline changes)."""
    out = {}
    for n in NAMES:
        path = (config.INTERIM if n in ("documents", "paragraphs", "sentences") else config.PROCESSED) / f"{n}.parquet"
        try:
            data = subprocess.run(["git", "show", f"HEAD:{path.relative_to(config.ROOT).as_posix()}"],
                                  cwd=config.ROOT, check=True, capture_output=True, timeout=60).stdout
            out[n] = pd.read_parquet(io.BytesIO(data))
        except (OSError, subprocess.SubprocessError):
            out[n] = pd.read_parquet(path)
    return out


def _shift(series: pd.Series, days: int) -> pd.Series:
    dt = pd.to_datetime(series, errors="coerce", format="ISO8601")
    shifted = (dt + pd.Timedelta(days=days)).dt.strftime("%Y-%m-%d")
    return shifted.where(dt.notna(), series).astype(object)


def grown(tables: dict[str, pd.DataFrame], n: int) -> dict[str, pd.DataFrame]:
    """The documents of ``tables`` repeated with new doc_ids (``-copyNNN``) and dates shifted by a
    week per copy until there are ``n``; each copy group has its own variants (``-vNN``, name
    ``"Name (NN)"``) of the non-country entities, so a large corpus has many actors and speakers."""
    docs = tables["documents"]
    base = list(docs["doc_id"])
    ents = tables["entities"]
    shared = set(ents.loc[ents["kind"].astype(object) == "country", "entity_id"])
    out: dict[str, list[pd.DataFrame]] = {name: [] for name in NAMES}
    variants_used: set[int] = set()
    for k in range(-(-n // len(base))):
        ids = {d: f"{d}-copy{k:03d}" for d in base}
        if k * len(base) >= n:
            break
        keep = base[: n - k * len(base)]
        variant = k % VARIANTS
        variants_used.add(variant)

        def rename(s: pd.Series) -> pd.Series:
            return s.map(lambda e: e if pd.isna(e) or e in shared or variant == 0 else f"{e}-v{variant:02d}")

        for name in NAMES:
            if name == "entities":
                continue
            t = tables[name][tables[name]["doc_id"].isin(keep)].copy()
            t["doc_id"] = t["doc_id"].map(ids)
            for col in ("entity_id", "speaker_entity_id", "subject_entity_id", "object_entity_id"):
                if col in t.columns:
                    t[col] = rename(t[col])
            if name == "documents":
                t["published"] = _shift(t["published"], 7 * k)
            if name == "dates":  # relative days move with the copy's publication; the rest stays
                day = (t["granularity"].astype(object) == "day") & (t["relative"].astype(object) == True)  # noqa: E712
                for col in ("date_start", "date_end"):
                    t[col] = t[col].astype(object)
                    t.loc[day, col] = _shift(t.loc[day, col], 7 * k)
            out[name].append(t)
    entity_copies = []
    for variant in sorted(variants_used):
        e = ents.copy()
        if variant:
            mask = ~e["entity_id"].isin(shared)
            e.loc[mask, "entity_id"] = e.loc[mask, "entity_id"] + f"-v{variant:02d}"
            e.loc[mask, "name"] = e.loc[mask, "name"] + f" ({variant})"
        entity_copies.append(e)
    result = {name: pd.concat(parts, ignore_index=True) for name, parts in out.items() if name != "entities"}
    result["entities"] = pd.concat(entity_copies, ignore_index=True)
    return result


# ---- measuring ------------------------------------------------------------------------------------------

def drawn_texts(fig) -> list[tuple[str, object]]:
    """(text, window extent) of every text the renderer actually draws (tick labels outside the
    view and hidden texts are not drawn, so they are not counted)."""
    seen = []
    original = Text.draw

    def record(self, renderer):
        original(self, renderer)
        if self.get_visible() and self.get_text().strip():
            seen.append((self.get_text(), self.get_window_extent(renderer)))

    with mock.patch.object(Text, "draw", record):
        fig.canvas.draw()
    return seen


def overlapping(fig, tolerance: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of drawn texts whose boxes overlap by more than ``tolerance`` pixels each way."""
    boxes = [(t, b.padded(-tolerance)) for t, b in drawn_texts(fig) if b.width > 2 * tolerance
             and b.height > 2 * tolerance]
    return [(ta[:40], tb[:40]) for i, (ta, a) in enumerate(boxes) for tb, b in boxes[i + 1:] if a.overlaps(b)]


def check(fig, name: str) -> None:
    width, height = fig.get_size_inches() * DPI
    assert height < 3000, f"{name}: {height:.0f} px tall"
    assert not overlapping(fig), f"{name}: overlapping texts {overlapping(fig)[:5]}"


def shipped() -> dict[str, pd.DataFrame]:
    try:
        return committed_tables()
    except Exception as exc:  # rewritten by the pipeline while others work
        pytest.skip(f"committed tables not readable: {exc}")


# ---- the corpora -------------------------------------------------------------------------------------------

def empty(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    return {n: t.iloc[0:0] for n, t in tables.items()}


def one_document(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    doc = settings.infer(tables).focus_document
    out = {n: t[t["doc_id"] == doc] if "doc_id" in t.columns else t for n, t in tables.items()}
    used = set(out["mentions"]["entity_id"])
    out["entities"] = tables["entities"][tables["entities"]["entity_id"].isin(used)]
    return out


@pytest.fixture(scope="module")
def corpora():
    base = shipped()
    return {"empty": empty(base), "one document": one_document(base), "shipped": base}


@pytest.mark.parametrize("corpus", ["empty", "one document", "shipped"])
@pytest.mark.parametrize("name", ORIGINAL)
def test_every_figure_fits_a_page_without_overlaps(corpora, corpus, name):
    tables = corpora[corpus]
    fig = figures.make(name, tables)
    check(fig, f"{name} ({corpus})")
    texts = [t for t, _ in drawn_texts(fig)]
    if corpus == "empty":
        assert "no data" in texts
    else:
        assert "no data" not in texts, f"{name} has data in the {corpus} corpus"


def test_one_document_is_its_own_story(corpora):
    tables = corpora["one document"]
    assert len(tables["documents"]) == 1
    data = figures.prepare("across_sources", tables)
    assert data["title"].startswith("All ") and "come from one document" in data["title"]


@pytest.fixture(scope="module")
def big():
    return grown(shipped(), 500)


def test_500_documents_in_under_two_minutes(big, tmp_path):
    tables = big
    assert len(tables["documents"]) == 500
    start = time.perf_counter()
    s = settings.infer(tables)
    paths = figures.render_all(tables, tmp_path, s)
    seconds = time.perf_counter() - start
    print(f"\n500 documents: all {len(paths)} figures (SVG + PNG) in {seconds:.1f} s")
    assert seconds < 120
    for name in ORIGINAL:
        fig = figures.make(name, tables, s)
        check(fig, f"{name} (500 documents)")
        assert "no data" not in [t for t, _ in drawn_texts(fig)]


def test_large_corpora_say_what_is_left_out(big):
    tables = big
    s = settings.infer(tables)
    for name in ("timeline", "numbers", "voices", "actors", "across_sources"):
        data = figures.prepare(name, tables, s)
        assert "not shown" in data["subtitle"] or "more" in data["subtitle"], name


if __name__ == "__main__":
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = None
    n, out = int(sys.argv[1]), Path(sys.argv[2])
    tables = committed_tables() if n == 6 else grown(committed_tables(), n)
    start = time.perf_counter()
    s = settings.infer(tables)
    print(f"{len(tables['documents'])} documents; settings inferred in {time.perf_counter() - start:.2f} s: {s}")
    for spec in figures.FIGURES:
        a = time.perf_counter()
        data = figures.prepare(spec.name, tables, s)
        b = time.perf_counter()
        fig = figures.draw(spec.name, data)
        c = time.perf_counter()
        png = figures.save(fig, spec.name, out)[1]
        d = time.perf_counter()
        w, h = Image.open(png).size
        print(f"{spec.name:15} prepare {b - a:5.2f} s  draw {c - b:5.2f} s  save {d - c:5.2f} s  {w}x{h} px")
    print(f"total {time.perf_counter() - start:.1f} s")
