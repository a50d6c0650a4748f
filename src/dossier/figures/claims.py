"""The claims figure: who states the corpus's figures and how firmly (left), and the claims
checked against the official record (right: a dot per claim, a tick per official value, one
row per official statistic).

``prepare_claims(tables) -> data`` computes everything the figure says (counts, rows, the
title stating the finding) as plain data; ``draw_claims(data) -> Figure`` draws it with the
project's frame and style, so saving it with ``figures.frame.save`` gives byte-identical SVG
and PNG files (fixed ``svg.hashsalt``, no date or software metadata).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator

from .docs import entity_name, entity_rows, source_line
from .frame import NoData, frame, new_figure, styled
from .style import GREY, INK, MUTED
from ..claims.schema import STATUSES

TABLES = ("claims", "claim_checks", "entities")
STATUS_COLOURS = {"stated": "#0072B2", "attributed": "#56B4E9", "estimated": "#009E73", "hedged": "#E69F00",
                  "disputed": "#D55E00", "projected": "#CC79A7"}
VERDICT_MARKERS = {"consistent": ("o", "#009E73"), "inconsistent": ("X", "#D55E00"), "other_period": ("o", "#999999")}


def _money(v: float, unit: str) -> str:
    sym = "£" if unit.startswith("GBP") else ""
    rest = unit[3:].strip() if unit.startswith("GBP") else ""
    for div, suf in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(v) >= div:
            s = f"{v / div:.3g}{suf}"
            break
    else:
        s = f"{v:,.0f}"
    return (f"{sym}{s} {rest}" if sym else f"{s} {unit}").strip()


def prepare_claims(tables: dict[str, pd.DataFrame], settings=None) -> dict | NoData:
    """Counts of claims by source and status, and the checked claims by official statistic.
    ``settings`` is accepted for the figure registry's signature and not used."""
    claims = tables["claims"]
    checks = tables.get("claim_checks", pd.DataFrame(columns=["doc_id", "claim_id", "record_id"]))
    stats = tables.get("statistics")
    if stats is None and len(checks):
        from ..claims.record import load_statistics

        stats = load_statistics()  # reference data, not a pipeline table
    ents = entity_rows(tables["entities"]) if "entities" in tables else {}
    source = source_line(["claims", "claim_checks", "statistics"], claims["doc_id"] if len(claims) else [])
    if not len(claims):
        return NoData("Claims: none", source, "The claims table has no rows.")

    def who(r) -> str:
        s = r.get("source")
        if isinstance(s, str) and s:
            return entity_name(ents, s) if ents else s
        return "not an entity: " + (r.get("source_text") or "?")

    rows = claims.astype(object).to_dict("records")
    by_source: dict[str, Counter] = {}
    for r in rows:
        by_source.setdefault(who(r), Counter())[r["status"]] += 1
    order = sorted(by_source, key=lambda s: (-sum(by_source[s].values()), s))
    bars = [dict(source=s, counts=[by_source[s].get(k, 0) for k in STATUSES]) for s in order]

    checked = []
    if len(checks):
        key = {(r["doc_id"], r["claim_id"]): r for r in rows}
        rec = {} if stats is None else {r["record_id"]: r for r in stats.astype(object).to_dict("records")}
        for record_id, grp in sorted(checks.astype(object).groupby("record_id"), key=lambda g: g[0]):
            first = grp.iloc[0]
            meta = rec.get(record_id, {})
            dots = []
            for c in grp.to_dict("records"):
                cl = key.get((c["doc_id"], c["claim_id"]), {})
                dots.append(dict(value=c["claim_value"], verdict=c["verdict"], text=cl.get("text", ""),
                                 source=who(cl) if cl else "", doc_id=c["doc_id"]))
            checked.append(dict(record_id=record_id, label=f"{meta.get('statistic', first['statistic'])}",
                                official=float(first["official_value"]), unit=str(meta.get("unit", "")),
                                dots=sorted(dots, key=lambda d: (d["doc_id"], d["text"]))))
    n = len(rows)
    n_own = sum(1 for r in rows if r["status"] == "stated")
    top = order[0]
    verdicts = Counter(d["verdict"] for c in checked for d in c["dots"])
    title = f"{top} states the most figures ({sum(by_source[top].values())} of {n}); {n_own} of {n} are stated " \
            f"outright, the rest attributed, estimated, hedged or projected"
    if checked:
        title += f"; {verdicts.get('consistent', 0)} of {sum(verdicts.values())} checks against the record are consistent"
    subtitle = ("Left: claims by who asserts them and how firmly. Right: each official figure (tick) with the "
                "claims of the same measure and place (dots): green = consistent (same period, within "
                "rounding), red = inconsistent, grey = another or unknown period.")
    return dict(title=title, subtitle=subtitle, source=source, bars=bars, statuses=list(STATUSES), checked=checked)


@styled
def draw_claims(data: dict):
    nb = len(data["bars"])
    nc = max(1, len(data["checked"]))
    height = 2.4 + 0.32 * max(nb, nc * 1.6)
    fig = new_figure(12, height)
    legend_handles = [Patch(color=STATUS_COLOURS[s]) for s in data["statuses"]]
    legend_labels = list(data["statuses"])
    legend_handles += [Line2D([], [], marker="|", color=INK, linestyle="none", markersize=14),
                       Line2D([], [], marker="o", color="#009E73", linestyle="none"),
                       Line2D([], [], marker="X", color="#D55E00", linestyle="none"),
                       Line2D([], [], marker="o", color=GREY, linestyle="none")]
    legend_labels += ["official value", "claim: consistent", "claim: inconsistent", "claim: other period"]
    frame(fig, data["title"], data["subtitle"], data["source"], legend=(legend_handles, legend_labels, 5))
    ax1, ax2 = fig.subplots(1, 2, gridspec_kw=dict(width_ratios=[1, 1.3]))
    ys = list(range(nb))[::-1]
    left = [0] * nb
    for k, status in enumerate(data["statuses"]):
        vals = [b["counts"][k] for b in data["bars"]]
        ax1.barh(ys, vals, left=left, color=STATUS_COLOURS[status], height=0.65)
        left = [a + b for a, b in zip(left, vals)]
    ax1.set_yticks(ys, [b["source"] for b in data["bars"]], fontsize=8.5)
    ax1.set_xlabel("claims")
    ax1.spines[["top", "right"]].set_visible(False)
    if data["checked"]:
        for i, c in enumerate(data["checked"]):
            y = nc - 1 - i
            ax2.plot([c["official"]], [y], marker="|", markersize=22, color=INK, linestyle="none")
            ax2.annotate(_money(c["official"], c["unit"]), (c["official"], y), xytext=(0, 12),
                         textcoords="offset points", ha="center", fontsize=7.5, color=INK)
            for j, d in enumerate(c["dots"]):
                if d["value"] is None or pd.isna(d["value"]):
                    continue
                marker, colour = VERDICT_MARKERS.get(d["verdict"], ("o", GREY))
                off = (j - (len(c["dots"]) - 1) / 2) * 0.3
                ax2.plot([d["value"]], [y + off], marker=marker, color=colour, markersize=7, linestyle="none")
                ax2.annotate(f"{d['text']} ({d['source']})", (d["value"], y + off), xytext=(7, -3),
                             textcoords="offset points", fontsize=7, color=MUTED)
        ax2.set_yticks(range(nc)[::-1], [c["label"] for c in data["checked"]], fontsize=8)
        ax2.set_ylim(-0.8, nc - 0.2)
        ax2.set_xscale("log")
        values = [c["official"] for c in data["checked"]] + [d["value"] for c in data["checked"] for d in c["dots"]
                                                               if d["value"] is not None and not pd.isna(d["value"])]
        lo, hi = min(values), max(values)
        ax2.set_xlim(lo / 2, hi * 6)  # room for the claim labels right of the dots
        ax2.xaxis.set_major_locator(LogLocator(base=10))
        ax2.xaxis.set_minor_locator(NullLocator())
        ax2.xaxis.set_major_formatter(FuncFormatter(lambda v, _: _money(v, "")))
        ax2.set_xlabel("value (log scale)")
    else:
        ax2.text(0.5, 0.5, "no claim matches an official figure", ha="center", va="center",
                 transform=ax2.transAxes, color=MUTED)
        ax2.set_yticks([])
        ax2.set_xticks([])
    ax2.spines[["top", "right"]].set_visible(False)
    return fig
