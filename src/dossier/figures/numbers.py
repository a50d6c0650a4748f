"""Figure 2, the numbers: the quantities with their qualifiers, one panel (and axis) per thing
counted, so small and large numbers are never compared on one scale."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..settings import CorpusSettings
from .docs import doc_colours, doc_labels, doc_texts, docs_in_order, source_line
from .frame import MAX_HEIGHT_IN, DossierFigure, NoData, frame, new_figure, styled
from .style import INK, lighten
from .text import as_int, axis_formatter, clean, esc, fmt_value, num, require_columns, snippet_of, txt

TABLES = ("quantities", "documents")
ROW_IN = 0.52  # height of one amount's row, inches
MAX_NOTES = 6  # vague amounts listed in the subtitle
MERGED = "#555555"  # the colour of an amount reported by several documents
QUALIFIER_SYMBOL = {"approximately": "≈", "more_than": ">", "less_than": "<", "only": "only "}


def group_title(kind: str, unit: str) -> str:
    if kind == "money":
        return f"Money ({unit or 'unknown currency'})"
    if kind == "percent" or unit == "percent":
        return "Percentages"
    if kind == "duration":
        return f"Durations ({unit})" if unit else "Durations"
    return f"Counts of {unit}" if unit else "Counts"


def counted(row) -> str:
    return clean(re.sub(r"\(implied\)", "", txt(row.get("counted"))))


def describe_quantity(row) -> str:
    """'two Scottish vessels', 'in excess of £8 million per day'."""
    text = clean(row.get("text"))
    what = counted(row)
    out = text
    if what and what.lower() not in text.lower() and row.get("kind") == "count":
        out += f" {what}"
    period = clean(row.get("period"))
    if period and period.lower() not in out.lower():
        bare = re.match(r"(?i)(per|a|an|each|every|in|during|over|for|since|from|by)\b", period)
        out += f" {period}" if bare else f" in {period}"
    return out


def prepare_numbers(tables: dict[str, pd.DataFrame], settings: CorpusSettings) -> dict | NoData:
    """Panels of quantities (grouped by kind and unit, largest group first, each item with its
    value, qualifier, colour and label), the legend and the title stating the range."""
    quantities, documents = (tables[t] for t in TABLES)
    require_columns(quantities, ["doc_id", "start", "end", "text", "value", "unit", "qualifier", "kind"], "quantities")
    require_columns(documents, ["doc_id"], "documents")
    source = source_line(["quantities", "documents"], quantities["doc_id"])
    q = quantities.astype(object).to_dict("records")
    for r in q:
        r["v"] = num(r.get("value"))
        r["doc_id"] = txt(r.get("doc_id"))
    drawn = [r for r in q if not math.isnan(r["v"])]
    vague = [r for r in q if math.isnan(r["v"])]
    if not drawn:
        return NoData("The numbers: no quantities", source, "The quantities table has no amount with a value.")
    texts = doc_texts(documents)
    doc_rank = {d: i for i, d in enumerate(docs_in_order(documents, [r["doc_id"] for r in q]))}
    colours = doc_colours(documents, [r["doc_id"] for r in q])
    labels = doc_labels(r["doc_id"] for r in q)
    pos_key = lambda r: (doc_rank[r["doc_id"]], as_int(r.get("start")))  # noqa: E731

    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in sorted(drawn, key=pos_key):
        groups[(txt(r.get("kind")), txt(r.get("unit")))].append(r)
    group_order = sorted(groups, key=lambda k: (-len(groups[k]), pos_key(groups[k][0])))

    # finding
    positive = [r for r in drawn if r["v"] > 0]
    if positive:
        lo = min(positive, key=lambda r: (r["v"], pos_key(r)))
        hi = max(positive, key=lambda r: (r["v"], [-x for x in pos_key(r)]))
        mag = int(math.floor(math.log10(hi["v"] / lo["v"]))) if hi["v"] > lo["v"] else 0
        n = len(drawn)
        if len(positive) == 1:
            title = f"One figure in the corpus: {describe_quantity(lo)}"
        elif mag >= 2:
            title = (f"The {n:,} figures in the corpus span {mag} orders of magnitude, from "
                     f"{describe_quantity(lo)} to {describe_quantity(hi)}")
        else:
            title = f"The {n:,} figures in the corpus run from {describe_quantity(lo)} to {describe_quantity(hi)}"
    else:
        title = f"The {len(drawn):,} figures in the corpus"
    subtitle = ("Grouped by what they count, each panel with its own axis from zero (a log axis, "
                "labelled, where a panel's values differ by more than 100×), so small and large numbers are "
                "never compared on one scale. Solid bar = exact; hatched = approximate (‘about’, ‘around’); "
                "arrow = ‘more than’ (the bar is a lower bound). Colour = document.")
    if vague:  # the same words in several documents are one note
        notes_of: dict[tuple[str, str], list[str]] = {}
        for r in sorted(vague, key=pos_key):
            docs = notes_of.setdefault((clean(r.get("text")), counted(r)), [])
            docs += [r["doc_id"]] if r["doc_id"] not in docs else []
        notes = "; ".join(f"‘{text}’ {what} ({labels[ds[0]] if len(ds) == 1 else f'{len(ds):,} documents'})"
                          for (text, what), ds in list(notes_of.items())[:MAX_NOTES])
        if len(notes_of) > MAX_NOTES:
            notes += f"; and {len(notes_of) - MAX_NOTES:,} more"
        subtitle += f" Not drawn (no number given): {notes}."

    docs_present = docs_in_order(documents, [r["doc_id"] for r in drawn])
    panels = []
    for key in group_order:
        wide = len(groups[key]) > 1
        items = []
        for r in groups[key]:
            snippet = snippet_of(texts.get(r["doc_id"], ""), as_int(r.get("start"), -1), as_int(r.get("end"), -1),
                                 before=4, after=5, max_chars=70 if wide else 46) or clean(r.get("text"))
            meta = labels[r["doc_id"]]
            if clean(r.get("period")):
                meta += f" · period: {clean(r.get('period'))}"
            items.append(dict(v=r["v"], qualifier=txt(r.get("qualifier")), colour=colours[r["doc_id"]],
                              label=f"{snippet}\n{meta}", doc_id=r["doc_id"]))
        panels.append(dict(kind=key[0], unit=key[1], head=group_title(*key), wide=wide, items=items))
    legend_docs = [(labels[d], colours[d]) for d in docs_present]
    if height(panels) > MAX_HEIGHT_IN:
        panels, hidden = fit(across_documents(panels), len(drawn))
        legend_docs = []
        subtitle = subtitle.replace(" Colour = document.", "")
        subtitle += " Too many to show one by one: amounts with the same value, unit and qualifier are merged across "
        subtitle += (f"documents, and the {sum(len(p['items']) for p in panels)} reported by most documents are shown "
                     f"(ties: larger first); {hidden:,} more not shown." if hidden else "documents.")
    for p in panels:
        for item in p["items"]:
            item.pop("doc_id", None)
    return dict(title=title, subtitle=subtitle, source=source, documents=legend_docs,
                qualifiers=sorted({txt(r.get("qualifier")) for r in drawn}), panels=panels)


def height(panels: list[dict]) -> float:
    """The figure's height in inches: panels of two or more figures full width, single figures two
    to a row."""
    multi = [p for p in panels if p["wide"]]
    n_single = len(panels) - len(multi)
    return sum(len(p["items"]) * ROW_IN + 0.62 for p in multi) + (ROW_IN + 0.62) * math.ceil(n_single / 2) + 2.9


def across_documents(panels: list[dict]) -> list[dict]:
    """Each panel's items merged by (value, qualifier): one row per amount, saying in how many
    documents it appears; the rows with most documents first (ties: larger value first)."""
    out = []
    for p in panels:
        merged: dict[tuple, dict] = {}
        for item in p["items"]:
            m = merged.setdefault((item["v"], item["qualifier"]), dict(item, docs=set(), n=0))
            m["docs"].add(item["doc_id"])
            m["n"] += 1
        items = []
        for m in sorted(merged.values(), key=lambda m: (-len(m["docs"]), -m["v"], m["label"])):
            m["n_docs"] = len(m.pop("docs"))
            if m["n_docs"] > 1:
                m["label"] = m["label"].split("\n")[0] + f"\nin {m['n_docs']:,} documents"
                m["colour"] = MERGED
            items.append(m)
        out.append(dict(p, items=items))
    return out


def fit(panels: list[dict], total: int) -> tuple[list[dict], int]:
    """The merged items reported by most documents (ties: larger first), as many as fit a page, in
    their panels (biggest panel first); and how many of the ``total`` amounts are left out."""
    def item(k):
        return panels[k[0]]["items"][k[1]]

    ranked = sorted(((pi, ii) for pi, p in enumerate(panels) for ii in range(len(p["items"]))),
                    key=lambda k: (-item(k)["n_docs"], -item(k)["v"], k))

    def choose(k: int) -> list[dict]:
        keep = set(ranked[:k])
        chosen = []
        for pi, p in enumerate(panels):
            items = [it for ii, it in enumerate(p["items"]) if (pi, ii) in keep]
            if items:
                chosen.append(dict(p, items=items, wide=len(items) > 1))
        return sorted(chosen, key=lambda p: -len(p["items"]))

    lo, hi = 1, len(ranked)  # the height grows with k: the largest k that fits, by bisection
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if height(choose(mid)) <= MAX_HEIGHT_IN else (lo, mid - 1)
    chosen = choose(lo)
    return chosen, total - sum(it["n"] for p in chosen for it in p["items"])


@styled
def draw_numbers(data: dict) -> DossierFigure:
    handles = [Patch(fc=c, ec=c) for _, c in data["documents"]]
    names = [lab for lab, _ in data["documents"]]
    quals = set(data["qualifiers"])
    handles.append(Patch(fc="#777777", ec="#777777"))
    names.append("exact")
    if "approximately" in quals:
        handles.append(Patch(fc=lighten("#777777", 0.55), ec="#777777", hatch="////", ls="--"))
        names.append("approximate")
    if "more_than" in quals:
        handles.append(Line2D([], [], color="#777777", marker=">", ms=7, lw=1.8))
        names.append("more than")
    if "less_than" in quals:
        handles.append(Line2D([], [], color="#777777", marker="<", ms=7, lw=1.8))
        names.append("less than")

    # panels: groups of two or more figures full width; single figures two to a row below
    multi = [p for p in data["panels"] if p["wide"]]
    single = [p for p in data["panels"] if not p["wide"]]
    heights = [len(p["items"]) * ROW_IN + 0.62 for p in multi] + [ROW_IN + 0.62] * math.ceil(len(single) / 2)
    fig = new_figure(12, sum(heights) + 2.9)
    frame(fig, esc(data["title"]), esc(data["subtitle"]), data["source"], legend=(handles, names, 6))
    gs = fig.add_gridspec(len(heights), 2, height_ratios=heights)
    cells = [(p, gs[i, :]) for i, p in enumerate(multi)]
    cells += [(p, gs[len(multi) + j // 2, j % 2]) for j, p in enumerate(single)]
    for panel, cell in cells:
        quantity_panel(fig.add_subplot(cell), panel)
    return fig


def quantity_panel(ax, panel: dict) -> None:
    items, unit = panel["items"], panel["unit"]
    vals = [r["v"] for r in items]
    pos_vals = [v for v in vals if v > 0]
    log = bool(pos_vals) and max(pos_vals) / min(pos_vals) > 100
    if log:
        ax.set_xscale("log")
    vmax = max(vals + [0.0])
    for yi, r in enumerate(items):
        c = r["colour"]
        qual = r["qualifier"]
        v = r["v"]
        end = v
        if log:  # no bars on a log axis: a dot, hollow when approximate, a triangle for more/less than
            if v <= 0:
                continue
            marker = {"more_than": ">", "less_than": "<"}.get(qual, "o")
            ax.plot([min(pos_vals) / 3, v], [yi, yi], color=c, lw=0.8, alpha=0.5, zorder=1)
            ax.plot([v], [yi], ls="", marker=marker, ms=9, mfc="white" if qual == "approximately" else c, mec=c,
                    mew=1.6, zorder=3)
        else:
            approx = qual == "approximately"
            ax.barh([yi], [v], height=0.62, color=lighten(c, 0.55) if approx else c, edgecolor=c,
                    hatch="////" if approx else None, linewidth=1.2, linestyle="--" if approx else "-")
            if qual in ("more_than", "less_than") and vmax > 0:
                d = 0.1 * vmax * (1 if qual == "more_than" else -1)
                ax.annotate("", xy=(v + d, yi), xytext=(v, yi),
                            arrowprops=dict(arrowstyle="-|>", color=c, lw=1.8, mutation_scale=12, shrinkA=0,
                                            shrinkB=0))
                end = max(v, v + d)
        ax.annotate(esc(f"{QUALIFIER_SYMBOL.get(qual, '')}{fmt_value(v, unit)}"), (end, yi), xytext=(5, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=9, fontweight="bold", color=INK)
    if log:
        ax.set_xlim(min(pos_vals) / 3, max(pos_vals) * 8)
    else:
        vmin = min(vals + [0.0])
        ax.set_xlim(vmin * 1.3, vmax * 1.3 if vmax > 0 else 1)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6 if panel["wide"] else 4, min_n_ticks=3))
    ax.xaxis.set_major_formatter(axis_formatter(unit))
    ax.set_yticks(range(len(items)), [esc(r["label"]) for r in items])
    for tl in ax.get_yticklabels():
        tl.set_fontsize(8)
    ax.set_ylim(len(items) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)
    head = panel["head"]
    if log:
        head += " — log scale: values here differ by more than 100×"
    ax.set_title(esc(head), fontsize=9.5, pad=4)
