"""Figure: where each paragraph of a document came from.

``prepare_reuse(tables, focus=None) -> data`` and ``draw_reuse(data) -> Figure``, like the other
figures: the focus document's paragraphs as a strip, each coloured by the kind of document its
reused text came from (press release or official statement, parliamentary record, wire copy,
another outlet, another source), "shared, order unknown" when the only matches could not be
ordered, "no source found" when nothing matched (the outlet's own reporting, or a source not in
the corpus); beside the strip, the longest matches with the source's words. Below, when more
than two documents share text, the corpus view: who took from whom, arrows as wide as the
shared text. The focus document is a parameter (default: the largest derived share).

Style: the project's figure constants (Okabe–Ito colours, DejaVu Sans, fixed SVG hash salt and
no date/software metadata), imported from ``dossier.figures`` when it provides them.
"""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, Rectangle

from ..reuse import lineage as lineage_rules
from ..reuse import segment

try:  # the project's figure style and frame, when the figures package offers them
    from .frame import DossierFigure
    from .style import (BLUE, DPI, GREEN, GREY, ORANGE, PNG_METADATA, PURPLE, SKY, STYLE, SVG_METADATA,
                                 VERMILLION)
except ImportError:  # pragma: no cover - the same values, so the figure never depends on a refactor
    DossierFigure = Figure
    DPI = 150
    BLUE, ORANGE, SKY, GREEN, VERMILLION, PURPLE, GREY = (
        "#0072B2", "#E69F00", "#56B4E9", "#009E73", "#D55E00", "#CC79A7", "#999999")
    STYLE = {"font.family": ["DejaVu Sans"], "font.sans-serif": ["DejaVu Sans"], "font.size": 9,
             "svg.hashsalt": "dossier-figures", "svg.fonttype": "path", "figure.dpi": DPI, "savefig.dpi": DPI,
             "axes.spines.top": False, "axes.spines.right": False}
    SVG_METADATA = {"Date": None, "Creator": None}
    PNG_METADATA = {"Software": None}

TABLES = ("reuse", "lineage", "documents", "paragraphs")
CATEGORIES = {
    "press_release": ("press release / official statement", BLUE),
    "parliament": ("parliamentary record", PURPLE),
    "wire": ("wire copy", VERMILLION),
    "outlet": ("another outlet", ORANGE),
    "other": ("another source", GREEN),
    "undetermined": ("shared, order unknown", SKY),
    "none": ("no source found (own reporting, or a source not in the corpus)", "#E8E8E8"),
    "furniture": ("byline, dateline, credit (not prose)", "#FFFFFF"),
}
ORDER = tuple(CATEGORIES)
DECIDED = {"earlier", "press_release", "wire"}
N_EXAMPLES = 3


def _s(x) -> str:
    return "" if x is None or (not isinstance(x, str) and pd.isna(x)) else str(x)


def _esc(x: str) -> str:
    return _s(x).replace("$", r"\$")


def _short(doc_id: str, documents: pd.DataFrame) -> str:
    row = documents[documents["doc_id"] == doc_id]
    publisher = _s(row["publisher"].iloc[0]) if len(row) and "publisher" in row else ""
    published = _s(row["published"].iloc[0]) if len(row) and "published" in row else ""
    name = publisher.split("(")[0].split(",")[0].strip() or doc_id
    return f"{name[:38]} ({published or 'undated'})"


def _sentence_at(texts: dict, row) -> str:
    """The whole source sentence holding a passage (the sentence starting at
    ``source_sentence_start``), so the reader sees the source's wording in context."""
    text = _s(texts.get(row.source_doc_id))
    for sent in segment.sentences(text):
        if sent.start == int(row.source_sentence_start):
            return text[sent.start:sent.end]
    return row.source_text


def prepare_reuse(tables: dict, settings=None, focus: str | None = None) -> dict:
    """Plain data for :func:`draw_reuse` from the ``reuse``, ``lineage`` and ``documents`` tables
    (``paragraphs`` optional). The focus document: ``focus`` if given, else the settings'
    ``focus_document`` (``dossier.settings.CorpusSettings``; a plain doc_id string is accepted
    too), else the document with the largest derived share (ties: smallest doc_id)."""
    if focus is None and settings is not None:
        focus = settings if isinstance(settings, str) else getattr(settings, "focus_document", None)
    for name in ("reuse", "lineage", "documents"):
        if name not in tables:
            raise KeyError(f"prepare_reuse needs the table {name!r}")
    reuse, lineage, documents = tables["reuse"], tables["lineage"], tables["documents"]
    sources = "reuse, lineage, documents"
    if not len(reuse):
        return {"empty": True, "n_documents": int(len(documents)), "source": f"Tables: {sources}.",
                "title": f"No passage of the {len(documents)} documents is found in another"}
    derived = lineage.drop_duplicates("doc_id").sort_values(["derived_share", "doc_id"], ascending=[False, True],
                                                           kind="mergesort")
    if focus is None:
        focus = str(derived["doc_id"].iloc[0])
    if focus not in set(documents["doc_id"]):
        raise ValueError(f"prepare_reuse: focus document {focus!r} is not in the documents table")
    text = _s(documents.loc[documents["doc_id"] == focus, "text"].iloc[0])
    paras = tables.get("paragraphs")
    if paras is not None and (paras["doc_id"] == focus).any():
        p = paras[paras["doc_id"] == focus].sort_values("start")
        spans = [(int(a), int(b), str(k)) for a, b, k in zip(p["start"], p["end"], p["kind"])]
    else:
        spans = segment.paragraph_spans(text)
    kinds = dict(zip(lineage["source_doc_id"].dropna(), lineage["source_kind"].dropna()))
    rows = reuse[reuse["doc_id"] == focus]
    strip = []
    for k, (a, b, kind) in enumerate(spans):
        if kind not in segment.PROSE_KINDS:
            strip.append({"para": k, "chars": b - a, "category": "furniture"})
            continue
        by_cat: dict[str, int] = {}
        for r in rows.itertuples():
            inter = min(b, int(r.end)) - max(a, int(r.start))
            if inter > 0:
                cat = kinds.get(r.source_doc_id, "other") if r.direction in DECIDED else "undetermined"
                by_cat[cat] = by_cat.get(cat, 0) + inter
        decided = {c: n for c, n in by_cat.items() if c != "undetermined"}
        pick = decided or by_cat
        cat = sorted(pick, key=lambda c: (-pick[c], ORDER.index(c)))[0] if pick else "none"
        strip.append({"para": k, "chars": b - a, "category": cat})
    texts = dict(zip(documents["doc_id"].astype(str), documents["text"]))
    longest = rows.assign(length=rows["end"] - rows["start"]).sort_values(
        ["length", "start"], ascending=[False, True], kind="mergesort").head(N_EXAMPLES)
    examples = []
    for r in longest.sort_values("start").itertuples():
        para = next(k for k, (a, b, _) in enumerate(spans) if a <= int(r.start) < b)
        examples.append({"para": para, "text": r.text, "source_sentence": _sentence_at(texts, r),
                         "source_text": r.source_text, "source": _short(r.source_doc_id, documents),
                         "kind": r.kind})
    edges = lineage.dropna(subset=["source_doc_id"])
    edges = edges[edges["direction"].isin(DECIDED)]
    sharing = sorted(set(reuse["doc_id"]) | set(reuse["source_doc_id"]))
    corpus = None
    if len(sharing) > 2:
        # publication order; on the same day the source-rank order of the direction rule
        rows_by_id = {str(r["doc_id"]): r for r in documents.to_dict("records")}
        order = sorted(sharing, key=lambda d: (_s(rows_by_id.get(d, {}).get("published")) or "9999",
                                               lineage_rules.source_rank(rows_by_id.get(d, {})), d))
        shared = lineage.dropna(subset=["source_doc_id"])
        undecided = shared[~shared["direction"].isin(DECIDED)]
        corpus = {"nodes": [(d, _short(d, documents)) for d in order],
                  "edges": [(s, d, int(c)) for s, d, c in zip(edges["source_doc_id"], edges["doc_id"], edges["chars"])],
                  "undetermined": sorted({tuple(sorted((a, b))) for a, b in
                                          zip(undecided["doc_id"], undecided["source_doc_id"])})}
    n_prose = sum(1 for s in strip if s["category"] != "furniture")
    n_from = sum(1 for s in strip if s["category"] not in ("furniture", "none", "undetermined"))
    counts: dict[str, int] = {}
    for s in strip:
        if s["category"] not in ("furniture", "none", "undetermined"):
            counts[s["category"]] = counts.get(s["category"], 0) + 1
    top = sorted(counts, key=lambda c: (-counts[c], ORDER.index(c)))[0] if counts else None
    mine = derived[derived["doc_id"] == focus]
    share = float(mine["derived_share"].iloc[0]) if len(mine) else 0.0
    cls = _s(mine["meter_class"].iloc[0]) if len(mine) else ""
    title = (f"{n_from} of {n_prose} paragraphs draw on earlier documents"
             + (f", most on a {CATEGORIES[top][0].split(' /')[0]}" if top else ""))
    return {"empty": False, "focus": focus, "focus_label": _short(focus, documents), "strip": strip,
            "examples": examples, "corpus": corpus, "title": title, "derived_share": share,
            "meter_class": cls.replace("_", " "), "source": f"Tables: {sources}. Focus document: {focus}."}


def _new(width: float, height: float) -> Figure:
    fig = DossierFigure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)
    return fig


def draw_reuse(data: dict) -> Figure:
    """The strip (and the corpus view when there is one) from :func:`prepare_reuse`'s data."""
    with mpl.rc_context(STYLE):
        if data["empty"]:
            fig = _new(8, 3.2)
            fig.text(0.03, 0.9, "No passage is shared between the documents", fontsize=13, fontweight="bold",
                     va="top")
            fig.text(0.5, 0.5, "no shared text", ha="center", va="center", fontsize=20, color="#777777")
            fig.text(0.5, 0.32, f"None of the {data['n_documents']} documents takes a sentence from another.",
                     ha="center", fontsize=10, color="#555555")
            fig.text(0.03, 0.04, data["source"], fontsize=7.5, color="#555555")
            return fig
        strip = data["strip"]
        corpus = data["corpus"]
        height = 6.2 + (2.6 if corpus else 0)
        fig = _new(10, height)
        fig.text(0.02, 1 - 0.18 / height, _esc(data["title"]), fontsize=13.5, fontweight="bold", va="top")
        fig.text(0.02, 1 - 0.5 / height,
                 _esc(f"{data['focus_label']}: each block is a paragraph, as tall as its text and coloured by "
                      f"where its reused text came from; {data['derived_share']:.0%} of the prose is in sentences "
                      f"taken from earlier documents (METER class: {data['meter_class']}). Right: the longest "
                      "matches, the document's words above the source's."),
                 fontsize=9, va="top", color="#444444", wrap=True)
        top = 1 - 1.05 / height
        bottom = (2.9 if corpus else 0.55) / height
        ax = fig.add_axes((0.03, bottom, 0.12, top - bottom))
        total = sum(s["chars"] for s in strip) or 1
        y = 1.0
        centres = {}
        for s in strip:
            h = s["chars"] / total
            label, colour = CATEGORIES[s["category"]]
            ax.add_patch(Rectangle((0, y - h), 1, h, facecolor=colour, edgecolor="#666666", linewidth=0.5))
            centres[s["para"]] = y - h / 2
            y -= h
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.axis("off")
        used = [c for c in ORDER if any(s["category"] == c for s in strip)]
        for k, c in enumerate(used):
            label, colour = CATEGORIES[c]
            yy = top - 0.02 - k * 0.035
            fig.patches.append(Rectangle((0.17, yy - 0.012), 0.015, 0.022, transform=fig.transFigure,
                                         facecolor=colour, edgecolor="#666666", linewidth=0.5))
            fig.text(0.19, yy, _esc(label), fontsize=8.5, va="center")
        ex_top = top - 0.04 - len(used) * 0.035
        slot = (ex_top - bottom) / max(1, len(data["examples"]))
        for k, ex in enumerate(data["examples"]):
            yy = ex_top - k * slot
            words = textwrap.fill(f"“{ex['text']}”", 95)
            sentence = ex["source_sentence"] if len(ex["source_sentence"]) <= 330 else ex["source_text"]
            src = textwrap.fill(f"{ex['source']} ({ex['kind'].replace('_', ' ')}): “{sentence}”", 105)
            fig.text(0.17, yy - 0.01, _esc(words), fontsize=8.5, va="top", color="#111111")
            n_lines = words.count("\n") + 1
            fig.text(0.17, yy - 0.01 - n_lines * 0.15 / height - 0.01, _esc(src), fontsize=7.8, va="top",
                     color="#555555", style="italic")
            para_y = bottom + centres.get(ex["para"], 0.5) * (top - bottom)
            fig.patches.append(FancyArrowPatch((0.155, para_y), (0.165, yy - 0.015), transform=fig.transFigure,
                                               arrowstyle="-", color="#888888", linewidth=0.7))
        if corpus:
            cax = fig.add_axes((0.05, 0.35 / height, 0.9, 2.2 / height))
            nodes = corpus["nodes"]
            xs = {d: (k + 0.5) / len(nodes) for k, (d, _) in enumerate(nodes)}
            widest = max([c for _, _, c in corpus["edges"]] or [1])
            for src, dst, chars in corpus["edges"]:
                if src in xs and dst in xs:
                    cax.add_patch(FancyArrowPatch((xs[src], 0.55), (xs[dst], 0.55), connectionstyle="arc3,rad=-0.35",
                                                  arrowstyle="-|>", mutation_scale=12, color=GREY,
                                                  linewidth=0.8 + 5 * chars / widest))
            for a, b in corpus.get("undetermined", []):
                if a in xs and b in xs:
                    cax.plot([xs[a], xs[b]], [0.62, 0.62], linestyle=(0, (3, 2)), color=SKY, linewidth=1.2)
            for d, label in nodes:
                cax.plot([xs[d]], [0.55], "o", color="#333333", markersize=6)
                cax.text(xs[d], 0.42, _esc(textwrap.fill(label, 24)), ha="center", va="top", fontsize=7.8)
            cax.set_xlim(0, 1)
            cax.set_ylim(0, 1.5)
            cax.axis("off")
            cax.set_title("Who took from whom", fontsize=10, loc="left")
            cax.text(0, 1.0, "arrows from source to later document, as wide as the prose characters in reused "
                     "sentences; dashed: shared, order unknown", fontsize=8.5, color="#444444", va="top",
                     transform=cax.transAxes)
        fig.text(0.02, 0.12 / height, _esc(data["source"]), fontsize=7.5, color="#555555")
        return fig


def render(fig: Figure, fmt: str) -> bytes:
    """The figure as SVG or PNG bytes, with fixed metadata (byte-identical on every run)."""
    buf = io.BytesIO()
    with mpl.rc_context(STYLE):
        fig.savefig(buf, format=fmt, metadata=SVG_METADATA if fmt == "svg" else PNG_METADATA, dpi=DPI)
    return buf.getvalue()


def save(fig: Figure, folder, name: str = "sources") -> list[Path]:
    """Write ``folder/name.svg`` and ``folder/name.png``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in ("svg", "png"):
        path = folder / f"{name}.{fmt}"
        path.write_bytes(render(fig, fmt))
        paths.append(path)
    return paths
