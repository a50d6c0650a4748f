"""Figure 7, across sources: (a) which entities each document mentions, a matrix of entities
by documents; (b) the same figure (value and unit) reported by several documents, side by side
with its wording, qualifier and period."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import pandas as pd
from matplotlib.patches import Rectangle

from ..settings import CorpusSettings
from .docs import (doc_colours, doc_labels, doc_texts, docs_in_order, entity_name, entity_rows, fit_label,
                   source_line)
from .frame import DossierFigure, NoData, frame, new_figure, styled
from .labels import stacked
from .sides import of_settings
from .style import BLUES, GREY, darken
from .text import CURRENCY, as_int, clean, esc, fmt_value, num, require_columns, shorten, snippet_of, txt

TABLES = ("mentions", "entities", "quantities", "documents")
TOP = 20  # entity rows in (a)
MAX_DOCS = 10  # document columns in (a)
MAX_SHARED = 4  # amounts in (b)
MAX_PER_SHARED = 5  # documents per amount in (b)
WIDTH = {"document": 26, "as written": 18, "period": 20}  # characters that fit the columns of (b)
QUALIFIER_WORDS = {"exact": "exact", "approximately": "about", "more_than": "more than", "less_than": "less than",
                   "only": "only", "vague": "vague"}


def prepare_across_sources(tables: dict[str, pd.DataFrame], settings: CorpusSettings, *,
                           top: int = TOP) -> dict | NoData:
    """(a) the entities named in most documents (or, when fewer than three recur, the most
    mentioned), with their mentions per document; (b) the amounts with the same value and unit
    in two or more documents, each with its wording, qualifier, period and context."""
    mentions, entities, quantities, documents = (tables[t] for t in TABLES)
    require_columns(mentions, ["doc_id", "entity_id"], "mentions")
    require_columns(entities, ["entity_id"], "entities")
    require_columns(quantities, ["doc_id", "start", "end", "text", "value", "unit", "qualifier", "period"],
                    "quantities")
    require_columns(documents, ["doc_id"], "documents")
    source = source_line(["mentions", "entities", "quantities", "documents"],
                         list(mentions["doc_id"]) + list(quantities["doc_id"]))
    pairs = [(txt(d), txt(e)) for d, e in zip(mentions["doc_id"], mentions["entity_id"]) if txt(d) and txt(e)]
    if not pairs:
        return NoData("Across sources: no mentions", source, "The mentions table has no rows.")
    ents = entity_rows(entities)
    docs = docs_in_order(documents, [d for d, _ in pairs])
    labels = doc_labels(docs)
    cnt = Counter(pairs)
    n_docs = Counter(e for (d, e) in cnt)
    total = Counter(e for _, e in pairs)
    multi = [e for e in n_docs if n_docs[e] >= 2]
    pick = multi if len(multi) >= 3 else list(total)
    rows = sorted(pick, key=lambda e: (-n_docs[e], -total[e], entity_name(ents, e)))[:top]

    # shared figures: same value and unit in two or more documents
    texts = doc_texts(documents)
    qrecs = [r for r in quantities.astype(object).to_dict("records") if not math.isnan(num(r.get("value")))]
    by_value: dict[tuple[float, str], list[dict]] = defaultdict(list)
    for r in qrecs:
        by_value[(round(num(r["value"]), 6), txt(r.get("unit")))].append(r)
    rank = {d: i for i, d in enumerate(docs)}
    shared = {k: sorted(v, key=lambda r: (rank.get(txt(r["doc_id"]), 99), as_int(r.get("start"))))
              for k, v in by_value.items() if len({txt(r["doc_id"]) for r in v}) >= 2}
    shared_keys = sorted(shared, key=lambda k: (-len({txt(r["doc_id"]) for r in shared[k]}), -k[0], k[1]))

    n_ent = len(total)
    if len(docs) == 1:
        title = f"All {n_ent:,} entities mentioned come from one document"
    elif multi:
        title = f"{len(multi):,} of the {n_ent:,} entities mentioned recur across documents"
    else:
        title = f"No entity is mentioned in more than one of the {len(docs)} documents"
    if multi:
        lead = rows[0]
        title += f"; {entity_name(ents, lead)} appears in {n_docs[lead]:,} of {len(docs):,}"
    if shared_keys:
        k = shared_keys[0]
        nd = len({txt(r["doc_id"]) for r in shared[k]})
        title += (f". {fmt_value(k[0], k[1])} is reported by {nd} documents, with different qualifiers and periods"
                  if len({(txt(r.get('qualifier')), clean(r.get('period'))) for r in shared[k]}) > 1
                  else f". {fmt_value(k[0], k[1])} is reported by {nd} documents")
        if len(shared_keys) > 1:
            title += f" ({len(shared_keys)} shared figures in all)"
    else:
        title += ". No figure is reported by more than one document"
    subtitle = ("(a) Mentions of each entity in each document, for entities named in two or more documents"
                + ("" if pick is multi else " (here: the most-mentioned entities)") + f", top {len(rows)}. "
                "(b) Amounts with the same value and unit in different documents, as each source words them.")
    colours = doc_colours(documents, docs)
    rule = of_settings(settings)
    shown = set(rows)
    if len(docs) > MAX_DOCS:  # the documents that name most of the rows' entities (ties: most mentions, earlier)
        cover = Counter(d for (d, e) in cnt if e in shown)
        weight = Counter({d: 0 for d in docs})
        for (d, e), n in cnt.items():
            if e in shown:
                weight[d] += n
        picked = set(sorted(docs, key=lambda d: (-cover[d], -weight[d], rank[d]))[:MAX_DOCS])
        subtitle += (f" Columns: the {MAX_DOCS} documents that name most of these entities (ties: most mentions, "
                     f"then earliest); {len(docs) - MAX_DOCS:,} more documents not shown.")
        docs = [d for d in docs if d in picked]
    if len(shared_keys) > MAX_SHARED or any(len(shared[k]) > MAX_PER_SHARED for k in shared_keys):
        subtitle += (f" (b) shows the {min(MAX_SHARED, len(shared_keys))} amounts reported by most documents, each in "
                     f"at most {MAX_PER_SHARED} documents (the earliest).")
    rows_of = {}
    for k in shared_keys[:MAX_SHARED]:
        rows_of[k] = []
        for r in shared[k][:MAX_PER_SHARED]:
            d = txt(r["doc_id"])
            ctx = snippet_of(texts.get(d, ""), as_int(r.get("start"), -1), as_int(r.get("end"), -1), before=5,
                             after=6, max_chars=62)
            qualifier = txt(r.get("qualifier"))
            cells = [fit_label(labels.get(d, d), WIDTH["document"]), shorten(r.get("text"), WIDTH["as written"]),
                     QUALIFIER_WORDS.get(qualifier, qualifier), shorten(r.get("period"), WIDTH["period"]) or "—",
                     ctx or "—"]
            rows_of[k].append(dict(colour=colours.get(d, GREY), cells=cells))
        if len(shared[k]) > MAX_PER_SHARED:
            rest = len(shared[k]) - MAX_PER_SHARED
            rows_of[k].append(dict(colour=None, cells=[f"and {rest:,} more", "", "", "", ""]))
    return dict(title=title, subtitle=subtitle, source=source, rows=rows, docs=docs, labels=labels,
                colours=colours, counts={(d, e): n for (d, e), n in cnt.items() if e in shown},
                n_docs={e: n_docs[e] for e in rows}, names={e: entity_name(ents, e) for e in rows},
                side_colours={e: rule.colours[rule.of(ents.get(e))] for e in rows},
                shared=[(k, rows_of[k]) for k in shared_keys[:MAX_SHARED]])


@styled
def draw_across_sources(data: dict) -> DossierFigure:
    title, subtitle, source, rows, docs, labels = (data[k] for k in ("title", "subtitle", "source", "rows", "docs",
                                                                      "labels"))
    cnt, n_docs, colours, shared_keys = data["counts"], data["n_docs"], data["colours"], [k for k, _ in data["shared"]]
    rows_of = dict(data["shared"])
    table_rows = sum(len(rows_of[k]) + 1 for k in shared_keys) if shared_keys else 1
    h_a = 0.3 * len(rows) + 1.6
    h_b = 0.3 * table_rows + 0.7
    fig = new_figure(12, h_a + h_b + 2.6)
    frame(fig, esc(title), esc(subtitle), source)
    gs = fig.add_gridspec(2, 1, height_ratios=[h_a, h_b], hspace=0.08)
    ax = fig.add_subplot(gs[0])
    bins = [(1, 1), (2, 3), (4, 7), (8, math.inf)]

    def shade(n):
        for (a, b), col in zip(bins, BLUES):
            if a <= n <= b:
                return col
        return BLUES[-1]

    for yi, e in enumerate(rows):
        for xi, d in enumerate(docs):
            n = cnt.get((d, e), 0)
            if not n:
                ax.add_patch(Rectangle((xi - 0.45, yi - 0.4), 0.9, 0.8, fc="white", ec="#eeeeee", lw=0.6))
                continue
            col = shade(n)
            ax.add_patch(Rectangle((xi - 0.45, yi - 0.4), 0.9, 0.8, fc=col, ec="white", lw=0.6))
            dark = col in BLUES[2:]
            ax.text(xi, yi, str(n), ha="center", va="center", fontsize=8, color="white" if dark else "#222222")
        ax.annotate(f"{n_docs[e]}", (1.0, yi), xycoords=("axes fraction", "data"), xytext=(8, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8.5, color="#333333")
    ax.annotate("documents", (1.0, 1.0), xycoords="axes fraction", xytext=(2, 4), textcoords="offset points",
                fontsize=7.5, color="#555555", ha="left", va="bottom")
    ax.set_xlim(-0.55, len(docs) - 0.45)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks(range(len(rows)), [esc(shorten(data["names"][e], 34)) for e in rows])
    for tl, e in zip(ax.get_yticklabels(), rows):
        tl.set_color(darken(data["side_colours"][e]))
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(docs)), [esc(stacked(labels[d])) for d in docs], fontsize=8.5)
    for tick, d in zip(ax.xaxis.get_major_ticks(), docs):
        tick.label2.set_color(darken(colours.get(d, GREY)))
        tick.label2.set_fontweight("bold")
    ax.tick_params(length=0)
    for s in ax.spines.values():
        s.set_visible(False)
    ax.set_title("(a) Which entities each document mentions (number of mentions; name colour = side)",
                 fontsize=9.5, pad=6)

    tb = fig.add_subplot(gs[1])
    tb.set_axis_off()
    tb.set_title("(b) The same figure in several documents", fontsize=9.5, pad=4)
    cols = [("document", 0.0), ("as written", 0.2), ("qualifier", 0.34), ("period", 0.45), ("in context", 0.6)]
    n_lines = table_rows + 1
    tb.set_ylim(n_lines - 0.5, -0.6)
    tb.set_xlim(0, 1)
    for name, x in cols:
        tb.text(x, 0, name, fontsize=8.5, fontweight="bold", color="#444444", va="center")
    tb.plot([0, 1], [0.5, 0.5], color="#999999", lw=0.6)
    if not shared_keys:
        tb.text(0, 1.3, "No amount with the same value and unit appears in more than one document.",
                fontsize=9, color="#555555", va="center")
    line = 1
    for k in shared_keys:
        tb.text(0, line, esc(f"{fmt_value(k[0], k[1])}" + (f" ({k[1]})" if k[1] and k[1] not in CURRENCY
                                                               and k[1] != "percent" else "")),
                fontsize=9, fontweight="bold", va="center")
        line += 1
        for r in rows_of[k]:
            if r["colour"] is not None:
                tb.add_patch(Rectangle((-0.012, line - 0.3), 0.006, 0.6, color=r["colour"], clip_on=False))
            for (name, x), v in zip(cols, r["cells"]):
                tb.text(x, line, esc(v), fontsize=8.5, va="center", color="#222222",
                        fontweight="bold" if name == "qualifier" and v not in ("exact", "—") else "normal")
            line += 1
    return fig
