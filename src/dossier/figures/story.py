"""Figure 6, story structure: where each of the most-mentioned entities appears across the
paragraphs of one document, the corpus settings' ``focus_document`` (by default the most
recent news article: see :mod:`dossier.settings`)."""

from __future__ import annotations

import math
from collections import Counter

import matplotlib as mpl
import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from ..settings import CorpusSettings
from .docs import entity_name, entity_rows, source_line
from .frame import DossierFigure, NoData, frame, freeze, new_figure, styled
from .sides import of_settings
from .style import darken
from .text import as_int, esc, join_and, plural, require_columns, shorten, txt

TABLES = ("mentions", "paragraphs", "entities")
TOP = 12  # entities shown: the most mentioned in the document
MAX_TICKS = 45  # paragraph numbers on the axis; a longer document gets every k-th
PARA_KIND_COLOURS = {"headline": "#404040", "standfirst": "#737373", "byline": "#b0b0b0", "dateline": "#b0b0b0",
                     "speaker": "#b0b0b0", "body": "#e3e3e3", "credit": "#b0b0b0"}


def prepare_story(tables: dict[str, pd.DataFrame], settings: CorpusSettings, *, top: int = TOP) -> dict | NoData:
    """The focus document's paragraphs (with their roles) and its ``top`` most-mentioned
    entities in order of first appearance, with their mentions per paragraph."""
    mentions, paragraphs, entities = (tables[t] for t in TABLES)
    require_columns(mentions, ["doc_id", "entity_id", "para", "start"], "mentions")
    require_columns(paragraphs, ["doc_id", "para", "kind"], "paragraphs")
    require_columns(entities, ["entity_id"], "entities")
    doc_id = settings.focus_document or ""
    source = source_line(["mentions", "paragraphs", "entities"], [doc_id])
    m = mentions[mentions["doc_id"].astype(object) == doc_id]
    m = m[[bool(txt(e)) and not pd.isna(p) for e, p in zip(m["entity_id"], m["para"])]]
    if m.empty:
        return NoData("Story structure: no mentions for this document", source,
                      f"No mention in the mentions table has doc_id {doc_id}." if doc_id else
                      "The corpus has no document to focus on.")
    rule = of_settings(settings)
    ents = entity_rows(entities)
    recs = sorted(((txt(e), int(p), as_int(s)) for e, p, s in
                   zip(m["entity_id"], m["para"], m["start"])), key=lambda t: (t[1], t[2], t[0]))
    total = Counter(e for e, _, _ in recs)
    first = {}
    for e, p, s in recs:
        first.setdefault(e, (p, s))
    chosen = sorted(total, key=lambda e: (-total[e], first[e], e))[:top]
    rows = sorted(chosen, key=lambda e: (first[e], e))
    paras = paragraphs[paragraphs["doc_id"].astype(object) == doc_id]
    kinds = {int(p): txt(k) for p, k in zip(paras["para"], paras["kind"]) if not pd.isna(p)}
    n_para = max([p + 1 for p in kinds] + [p + 1 for _, p, _ in recs])
    cell = Counter((e, p) for e, p, _ in recs)
    in_paras = {e: len({p for x, p, _ in recs if x == e}) for e in rows}

    lead = max(rows, key=lambda e: (in_paras[e], total[e], -rows.index(e)))
    head_paras = [p for p, k in kinds.items() if k == "headline"]
    title = (f"{entity_name(ents, lead)} runs through the document: named in {in_paras[lead]} of {n_para} paragraphs")
    if head_paras:
        named = [e for e in sorted(total, key=lambda e: first[e]) if any(p in head_paras for x, p, _ in recs
                                                                          if x == e)]
        if named:
            title += f"; the headline names {join_and([entity_name(ents, e) for e in named])}"
    subtitle = (f"Each row is one of the {len(rows)} most-mentioned entities in {doc_id}, in order of first "
                f"appearance; each column a paragraph (the strip on top gives its role). Dot area = mentions in that "
                f"paragraph; colour = side; the number on the right = mentions in the whole document.")
    sides = {e: rule.of(ents.get(e)) for e in rows}
    return dict(title=title, subtitle=subtitle, source=source, doc_id=doc_id, n_para=n_para, kinds=kinds,
                colours=dict(rule.colours), present=[s_ for s_ in rule.names if s_ in sides.values()],
                rows=[dict(entity_id=e, name=entity_name(ents, e), side=sides[e], total=total[e],
                           cells=[(p, cell[(e, p)]) for p in range(n_para) if cell[(e, p)]]) for e in rows])


@styled
def draw_story(data: dict) -> DossierFigure:
    rows, kinds, n_para, colours = data["rows"], data["kinds"], data["n_para"], data["colours"]
    fig = new_figure(min(18.0, max(9.0, 3.8 + 0.5 * n_para)), 0.36 * len(rows) + 4.0)
    present = data["present"]
    handles = [Line2D([], [], ls="", marker="o", ms=8, mfc=colours[s_], mec="white") for s_ in present]
    labels = list(present)
    for n in (1, 3):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(45 + 70 * (n - 1)), mfc="#bbbbbb", mec="white"))
        labels.append(f"{plural(n, 'mention')} in the paragraph")
    frame(fig, esc(data["title"]), esc(data["subtitle"]), data["source"], legend=(handles, labels, len(labels)))
    gs = fig.add_gridspec(2, 1, height_ratios=[0.7, max(1.0, len(rows) * 0.36)], hspace=0.02)
    strip = fig.add_subplot(gs[0])
    ax = fig.add_subplot(gs[1], sharex=strip)
    # paragraph-role strip: runs of the same kind merged
    runs = []
    p = 0
    while p < n_para:
        k = kinds.get(p, "")
        q = p
        while q + 1 < n_para and kinds.get(q + 1, "") == k:
            q += 1
        col = PARA_KIND_COLOURS.get(k, "#e3e3e3")
        strip.add_patch(Rectangle((p - 0.45, 0), q - p + 0.9, 1, fc=col, ec="white", lw=1))
        runs.append((p, q, k or "unknown", col))
        p = q + 1
    strip.set_ylim(0, 1)
    strip.set_axis_off()
    strip.set_title("paragraph role", fontsize=8, fontweight="normal", color="#555555", loc="left", pad=2)
    for yi, row in enumerate(rows):
        xs = [p for p, _ in row["cells"]]
        ax.scatter(xs, [yi] * len(xs), s=[45 + 70 * (n - 1) for _, n in row["cells"]], color=colours[row["side"]],
                   edgecolor="white", lw=0.8, zorder=3)
        ax.annotate(f"{row['total']}", (1.0, yi), xycoords=("axes fraction", "data"), xytext=(6, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8.5, color="#333333")
    for p, k in kinds.items():
        if k in ("headline", "standfirst"):
            ax.axvspan(p - 0.5, p + 0.5, color="#f0f0f0", lw=0, zorder=0)
    ax.set_yticks(range(len(rows)), [esc(shorten(row["name"], 34)) for row in rows])
    for tl, row in zip(ax.get_yticklabels(), rows):
        tl.set_color(darken(colours[row["side"]]))
    ax.set_ylim(len(rows) - 0.5, -0.6)
    ax.set_xlim(-0.6, n_para - 0.4)
    ax.set_xticks(range(0, n_para, math.ceil(n_para / MAX_TICKS)))  # every paragraph while they fit
    ax.set_xlabel("paragraph (0 = first paragraph of the document's text)")
    ax.grid(color="#ececec", lw=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0)
    ax.annotate("mentions", (1.0, 1.0), xycoords="axes fraction", xytext=(2, 4), textcoords="offset points",
                fontsize=7.5, color="#555555", ha="left", va="bottom")
    freeze(fig)
    renderer = fig.canvas.get_renderer()
    for p, q, k, col in runs:  # role names: across the run if they fit, else upright, else cut
        dark = mpl.colors.to_rgb(col)[0] < 0.5
        (x0, y0), (x1, y1) = strip.transData.transform([(p - 0.45, 0), (q + 0.45, 1)])
        for rotation, text in ((0, k), (90, k), (90, k[:4] + ".")):
            t = strip.text((p + q) / 2, 0.5, esc(text), ha="center", va="center", fontsize=7.5,
                           rotation=rotation, color="white" if dark else "#222222", clip_on=False)
            box = t.get_window_extent(renderer)
            if box.width <= (x1 - x0) - 2 and box.height <= (y1 - y0) - 2:
                break
            if text != k[:4] + ".":
                t.remove()
    return fig
