"""Figure 5, voices: who is quoted, grouped by side, bars stacked by kind of quote (direct /
scare / accusation), the quoted words beside each bar; unattributed quotes form their own
group."""

from __future__ import annotations

from collections import Counter, defaultdict

import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from ..settings import CorpusSettings
from .docs import entity_name, entity_rows, source_line
from .frame import MAX_HEIGHT_IN, DossierFigure, NoData, frame, new_figure, styled
from .sides import OTHER, UNATTRIBUTED, of_settings
from .style import UNATTRIBUTED_COLOUR, darken, lighten
from .text import as_int, clean, esc, join_and, require_columns, shorten, txt

TABLES = ("quotes", "entities")
ROW_IN = 0.34  # height of one row, inches
MAX_ROWS = int((MAX_HEIGHT_IN - 3.2) / ROW_IN)  # rows (group headers and speakers) that fit a page
KIND_ORDER = ("direct", "scare", "accusation")
KIND_LABEL = {"direct": "direct quote (reported words)", "scare": "scare quote (a term held at a distance)",
              "accusation": "accusation (charge reported without who makes it)"}
KIND_STYLE = {"direct": dict(alpha=1.0, hatch=None, light=0.0), "scare": dict(hatch="////", light=0.55),
              "accusation": dict(hatch="xxx", light=1.0)}


def prepare_voices(tables: dict[str, pd.DataFrame], settings: CorpusSettings) -> dict | NoData:
    """Rows (a header per group, then its speakers by number of quotes, each with its counts
    by kind and its quoted words) and the title saying whose voices lead."""
    quotes, entities = (tables[t] for t in TABLES)
    require_columns(quotes, ["doc_id", "quote", "speaker", "speaker_entity_id", "kind"], "quotes")
    require_columns(entities, ["entity_id"], "entities")
    source = source_line(["quotes", "entities"], quotes["doc_id"])
    if not len(quotes):
        return NoData("Voices: no quotes", source, "The quotes table has no rows.")
    rule = of_settings(settings)
    ents = entity_rows(entities)
    rows = []
    for r in quotes.astype(object).to_dict("records"):
        eid = txt(r.get("speaker_entity_id"))
        spk = clean(r.get("speaker"))
        if eid:
            grp, who = rule.of(ents.get(eid)), entity_name(ents, eid)
        elif spk:
            grp, who = OTHER, spk
        else:
            grp, who = UNATTRIBUTED, UNATTRIBUTED
        rows.append(dict(group=grp, who=who, kind=txt(r.get("kind")) or "direct", quote=clean(r.get("quote")),
                         doc=txt(r.get("doc_id")), start=as_int(r.get("start"))))
    kinds = [k for k in KIND_ORDER if any(r["kind"] == k for r in rows)]
    kinds += sorted({r["kind"] for r in rows} - set(kinds))
    group_n = Counter(r["group"] for r in rows)
    order = rule.names
    group_rank = lambda g: (g == UNATTRIBUTED, -group_n[g], order.index(g) if g in order else 99, g)  # noqa: E731
    groups = sorted(group_n, key=group_rank)
    total = len(rows)

    attributed = {g: n for g, n in group_n.items() if g != UNATTRIBUTED}
    n_un = group_n.get(UNATTRIBUTED, 0)
    if attributed:
        top = sorted(attributed, key=group_rank)[0]
        n_top = attributed[top]
        ties = [g for g, n in attributed.items() if n == n_top]
        label = join_and(sorted(ties, key=group_rank))
        verb = "dominate" if n_top * 2 > total else "lead"
        if len(ties) > 1:
            title = f"{label} voices are quoted equally often: {n_top} of {total} quotes each"
        else:
            title = f"{label} voices {verb}: {n_top} of {total} quotes"
        if n_un:
            title += f"; {n_un} {'is' if n_un == 1 else 'are'} unattributed"
    else:
        title = f"None of the {total} quotes is attributed to a speaker"
    title = title[0].upper() + title[1:]
    subtitle = ("Who the documents quote or cite, grouped by side, and how: direct quotes, scare quotes (a term "
                "held at a distance) and accusations reported without their source. Next to each bar: the quoted "
                "words.")

    kind_rank = {k: i for i, k in enumerate(kinds)}
    by_speaker: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        by_speaker[(r["group"], r["who"])].append(r)
    counts = Counter((r["group"], r["who"]) for r in rows)
    keep = set(counts)
    if len(keep) + len(groups) > MAX_ROWS:  # the most-quoted speakers that fit, with their groups' headers
        ranked = sorted(counts, key=lambda gw: (-counts[gw], gw[1], gw[0]))
        k = len(ranked)
        while k > 1 and k + len({g for g, _ in ranked[:k]}) > MAX_ROWS:
            k -= 1
        keep = set(ranked[:k])
        hidden = len(counts) - k
        subtitle += (f" Shown: the {k} most-quoted speakers (ties by name); {hidden:,} more speakers "
                     f"({sum(counts[gw] for gw in ranked[k:]):,} quotes) not shown.")
    items = []
    for g in groups:
        colour = rule.colours.get(g, UNATTRIBUTED_COLOUR)
        speakers = Counter({who: n for (g_, who), n in counts.items() if g_ == g and (g_, who) in keep})
        if not speakers:
            continue
        items.append(dict(row="head", label=f"{g} ({group_n[g]})", colour=colour))
        for who in sorted(speakers, key=lambda w: (-speakers[w], w)):
            mine = sorted(by_speaker[(g, who)], key=lambda r: (kind_rank[r["kind"]], r["doc"], r["start"]))
            bars = [(k, n) for k in kinds if (n := sum(1 for r in mine if r["kind"] == k))]
            said = Counter(shorten(r["quote"], 48) for r in mine)  # the same words once, with how often
            words = "; ".join(f"“{q}”" + (f" ×{n}" if n > 1 else "") for q, n in said.items())
            items.append(dict(row="who", label="no speaker named" if g == UNATTRIBUTED else shorten(who, 34),
                              colour=colour, bars=bars, words=shorten(words, 130)))
    return dict(title=title, subtitle=subtitle, source=source, kinds=kinds, items=items)


@styled
def draw_voices(data: dict) -> DossierFigure:
    kinds, items = data["kinds"], data["items"]
    handles = []
    for k in kinds:
        st = KIND_STYLE.get(k, dict(hatch="..", light=0.3))
        handles.append(Patch(fc=lighten("#555555", st["light"]), ec="#555555", hatch=st.get("hatch")))
    fig = new_figure(11.5, ROW_IN * len(items) + 3.2)
    frame(fig, esc(data["title"]), esc(data["subtitle"]), data["source"],
          legend=(handles, [KIND_LABEL.get(k, k) for k in kinds], 3))
    ax = fig.add_subplot()
    xmax = 0
    for yi, item in enumerate(items):
        if item["row"] == "head":
            continue
        c = item["colour"]
        left = 0
        for k, n in item["bars"]:
            st = KIND_STYLE.get(k, dict(hatch="..", light=0.3))
            ax.barh([yi], [n], left=left, height=0.66, color=lighten(c, st["light"]), edgecolor=c,
                    hatch=st.get("hatch"), linewidth=1.2)
            left += n
        xmax = max(xmax, left)
        ax.annotate(esc(item["words"]), (left, yi), xytext=(6, 0), textcoords="offset points", va="center",
                    ha="left", fontsize=7.5, color="#444444")
    ax.set_xlim(0, max(1, xmax) * 2.6)
    ax.set_yticks(range(len(items)), [esc(item["label"]) for item in items])
    for tl, item in zip(ax.get_yticklabels(), items):
        if item["row"] == "head":
            tl.set_fontweight("bold")
            tl.set_fontsize(9.5)
            tl.set_color(darken(item["colour"]))
    ax.set_ylim(len(items) - 0.5, -0.6)
    ax.tick_params(axis="y", length=0)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.set_xlabel("number of quotes", loc="left")
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)
    # keep the axis to the bars' range; the quoted words run on to the right
    ax.spines["bottom"].set_bounds(0, max(1, xmax))
    ax.set_xticks([t for t in range(0, max(1, xmax) + 1)] if xmax <= 10 else ax.get_xticks())
    return fig
