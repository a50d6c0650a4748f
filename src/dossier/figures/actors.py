"""Figure 1, actors: the entities linked by the relations the texts state, as a network.

Node area = mentions, colour = side, arrows subject -> object labelled with the predicate(s).
The layout is layered and hand-made (:func:`layout`): the first coloured side on the left
facing the second on the right, media and the rest in the middle; sorted input, no randomness.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch
from matplotlib.transforms import Bbox

from ..settings import CorpusSettings
from .docs import entity_name, entity_rows, source_line
from .frame import MAX_HEIGHT_IN, DossierFigure, NoData, frame, freeze, new_figure, styled
from .place import HALO, place
from .sides import MEDIA, OTHER, OTHER_STATES, PARLIAMENT, of_settings
from .text import as_int, esc, plural, require_columns, shorten, txt

TABLES = ("entities", "relations", "mentions")
COLUMN_X = {-1: 0.2, 0: 0.5, 1: 0.8}
MAX_NODES = 45  # entities drawn; more are left out (see select)
MAX_WIDTH = 6  # an arrow's width grows with its relations up to this many
MAX_PER_COLUMN = int((MAX_HEIGHT_IN - 3.5) / 0.5)  # a column's rows that fit a page


def columns(coloured: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    """Which column each side is drawn in (top to bottom in the listed order): the coloured
    sides alternate left and right (the first on the left), parliament & parties on the left,
    other states on the right, media and the rest in the middle."""
    return {-1: (PARLIAMENT, *coloured[0::2]), 0: (MEDIA, OTHER), 1: (*coloured[1::2], OTHER_STATES)}


def layout(nodes: list[str], sides: dict[str, str], weight: dict[str, int], neighbours: dict[str, set[str]],
           coloured: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """A hand-made layered layout in the unit square: one column per group of sides, sides
    stacked in a fixed order within a column, nodes of a side ordered by the mean height of
    their neighbours (a few rounds of the barycentre heuristic, ties by weight and id) so that
    edges cross little. Sorted input, no randomness: the same tables give the same picture."""
    cols = columns(coloured)
    col_of = {n: next(c for c, ss in cols.items() if sides[n] in ss) for n in nodes}
    blocks: dict[int, list[list[str]]] = {}
    for c, ss in cols.items():
        blocks[c] = [sorted((n for n in nodes if col_of[n] == c and sides[n] == s_), key=lambda n: (-weight[n], n))
                     for s_ in ss]
        blocks[c] = [b for b in blocks[c] if b]
    gap = 0.7  # empty slots between two sides in one column
    slots = {c: sum(len(b) for b in bl) + gap * (len(bl) - 1) for c, bl in blocks.items() if bl}
    tallest = max(slots.values())
    step = min(0.16, 0.92 / max(1.0, tallest - 1))
    y: dict[str, float] = {}

    def assign(c):
        bl = blocks[c]
        if not bl:
            return
        height = (slots[c] - 1) * step
        top = 0.5 + height / 2
        k = 0.0
        for b in bl:
            for n in b:
                y[n] = top - k * step
                k += 1
            k += gap

    for c in blocks:
        assign(c)

    def bary(n):
        ys = [y[m] for m in sorted(neighbours.get(n, ()))]
        return round(sum(ys) / len(ys), 6) if ys else y[n]

    for _ in range(6):
        for c in (-1, 1, 0):
            if not blocks[c]:
                continue
            blocks[c] = [sorted(b, key=lambda n: (-bary(n), -weight[n], n)) for b in blocks[c]]
            if c != 0:
                assign(c)
            else:  # the middle column sits where its neighbours are, heaviest first
                members = [n for b in blocks[c] for n in b]
                placed: list[float] = []
                hi, lo = 0.5 + (tallest - 1) * step / 2, 0.5 - (tallest - 1) * step / 2
                for n in sorted(members, key=lambda n: (-weight[n], n)):
                    target = min(hi, max(lo, bary(n)))
                    for k in range(0, 4 * len(members) + 2):
                        cand = target - (k + 1) // 2 * step * (1 if k % 2 else -1) if k else target
                        if all(abs(cand - p) >= step - 1e-9 for p in placed):
                            break
                    y[n] = cand
                    placed.append(cand)
    return {n: (COLUMN_X[col_of[n]], y[n]) for n in nodes}


def select(nodes: list[str], sides: dict[str, str], weight: dict[str, int], neighbours: dict[str, set[str]],
           coloured: tuple[str, ...]) -> list[str]:
    """The nodes that fit a page: by number of relation partners, then mentions, then id, at most
    ``MAX_NODES`` in all and ``MAX_PER_COLUMN`` in a column; all of them when they fit."""
    cols = columns(coloured)
    col_of = {n: next(c for c, ss in cols.items() if sides[n] in ss) for n in nodes}
    per_column = Counter(col_of.values())
    if len(nodes) <= MAX_NODES and max(per_column.values()) <= MAX_PER_COLUMN:
        return nodes
    taken: Counter = Counter()
    out = []
    for n in sorted(nodes, key=lambda n: (-len(neighbours.get(n, ())), -weight[n], n)):
        if len(out) < MAX_NODES and taken[col_of[n]] < MAX_PER_COLUMN:
            out.append(n)
            taken[col_of[n]] += 1
    return sorted(out)


def prepare_actors(tables: dict[str, pd.DataFrame], settings: CorpusSettings) -> dict | NoData:
    """The network as plain data: nodes with positions, weights, sides and names; edges with
    their predicates; the title stating which side acts, and towards whom."""
    entities, relations, mentions = (tables[t] for t in TABLES)
    require_columns(relations, ["doc_id", "subject_entity_id", "predicate", "object_entity_id"], "relations")
    require_columns(mentions, ["entity_id"], "mentions")
    require_columns(entities, ["entity_id"], "entities")
    source = source_line(["relations", "entities", "mentions"], relations["doc_id"])
    rel = relations[["doc_id", "subject_entity_id", "predicate", "object_entity_id"]].astype(object)
    rel = rel[[bool(txt(a)) and bool(txt(b)) for a, b in zip(rel["subject_entity_id"], rel["object_entity_id"])]]
    if rel.empty:
        return NoData("Actors: no relations between entities", source,
                      "The relations table has no rows linking two entities.")
    rule = of_settings(settings)
    ents = entity_rows(entities)
    counts = Counter(txt(e) for e in mentions["entity_id"] if txt(e))
    rel = rel.assign(s=[txt(x) for x in rel["subject_entity_id"]], o=[txt(x) for x in rel["object_entity_id"]],
                     p=[txt(x) for x in rel["predicate"]])
    nodes = sorted(set(rel["s"]) | set(rel["o"]))
    weight = {n: counts.get(n) or as_int((ents.get(n) or {}).get("n_mentions")) or 1 for n in nodes}
    sides = {n: rule.of(ents.get(n)) for n in nodes}
    neighbours: dict[str, set[str]] = defaultdict(set)
    pair_preds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s_, o_, p_ in zip(rel["s"], rel["o"], rel["p"]):
        if s_ != o_:
            neighbours[s_].add(o_)
            neighbours[o_].add(s_)
        pair_preds[(s_, o_)][p_.replace("_", " ") or "related"] += 1
    all_nodes, n_rel = nodes, len(rel)
    nodes = select(nodes, sides, weight, neighbours, rule.coloured)
    if len(nodes) < len(all_nodes):
        kept = set(nodes)
        neighbours = {n: {m for m in ms if m in kept} for n, ms in neighbours.items() if n in kept}
        pair_preds = {k: v for k, v in pair_preds.items() if k[0] in kept and k[1] in kept}
    pos = layout(nodes, sides, weight, neighbours, rule.coloured)

    # The finding: which side acts, and towards whom.
    order = rule.names
    subj_sides = Counter(sides[s_] for s_ in rel["s"])
    top_side, n_top = sorted(subj_sides.items(), key=lambda kv: (-kv[1], order.index(kv[0])))[0]
    targets = Counter(sides[o_] for s_, o_ in zip(rel["s"], rel["o"]) if sides[s_] == top_side)
    tgt_side, n_tgt = sorted(targets.items(), key=lambda kv: (-kv[1], order.index(kv[0])))[0]
    who = f"{top_side} actors" if top_side not in (OTHER, OTHER_STATES) else f"Actors in the group '{top_side}'"
    towards = ("other actors on the same side" if tgt_side == top_side
               else "other actors" if tgt_side == OTHER else f"{tgt_side} actors")
    if len(rel) == 1:
        title = f"The only relation stated in the text goes from {who} to {towards}"
    else:
        title = (f"{who} are the subject of {n_top:,} of the {len(rel):,} relations stated in the text, "
                 f"{n_tgt:,} of them towards {towards}")
    subtitle = (f"Each arrow is a relation the text states (subject → object), labelled with its type; "
                f"node area = number of mentions in the corpus; colour = side. "
                f"{plural(len(nodes), 'entity', 'entities')} and {plural(len(rel), 'relation')} from "
                f"{plural(rel['doc_id'].nunique(), 'document')}; entities in no relation are not shown.")
    if len(nodes) < len(all_nodes):
        shown_rel = sum(sum(p.values()) for p in pair_preds.values())
        subtitle += (f" Shown: the {len(nodes)} entities in relations with most others (ties: most mentioned); "
                     f"{len(all_nodes) - len(nodes):,} more entities and {n_rel - shown_rel:,} relations not shown.")
    return dict(title=title, subtitle=subtitle, source=source, nodes=nodes, pos=pos, weight=weight, sides=sides,
                names={n: entity_name(ents, n) for n in nodes}, colours=dict(rule.colours),
                present=[s_ for s_ in order if s_ in {sides[n] for n in nodes}],
                edges=sorted((pair, dict(preds)) for pair, preds in pair_preds.items()))


@styled
def draw_actors(data: dict) -> DossierFigure:
    nodes, pos, weight, sides, colours = data["nodes"], data["pos"], data["weight"], data["sides"], data["colours"]
    pairs = {pair for pair, _ in data["edges"]}

    def area(n):  # marker area in points^2
        return 70 + 36 * min(weight[n], 25)

    present = data["present"]
    handles = [Line2D([], [], ls="", marker="o", ms=9, mfc=colours[s_], mec="white") for s_ in present]
    labels = list(present)
    for n in (1, 5, 15):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(70 + 36 * n), mfc="#dddddd", mec="#888888"))
        labels.append(plural(n, "mention"))
    n_rows = max(Counter(x for x, _ in pos.values()).values())
    fig = new_figure(12.5, max(6.5, 0.5 * n_rows + 3.5))
    frame(fig, esc(data["title"]), data["subtitle"], data["source"], legend=(handles, labels, len(labels)))
    ax = fig.add_subplot()
    ax.set_axis_off()
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(0, 1)
    ax.set_ylim(min(ys) - 0.05, max(ys) + 0.05)
    freeze(fig)
    renderer = fig.canvas.get_renderer()

    for n in sorted(nodes, key=lambda n: (-weight[n], n)):
        ax.scatter([pos[n][0]], [pos[n][1]], s=area(n), color=colours[sides[n]], edgecolor="white",
                   linewidth=1.2, zorder=3)
    boxes: list[Bbox] = []
    placed_labels: list[Bbox] = []  # no label may overlap another
    for n in nodes:
        cx, cy = ax.transData.transform(pos[n])
        r = math.sqrt(area(n)) / 2 * fig.dpi / 72
        boxes.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))

    edge_items = []
    for (s_, o_), preds in data["edges"]:
        if s_ == o_:
            continue
        (x0, y0), (x1, y1) = ax.transData.transform(pos[s_]), ax.transData.transform(pos[o_])
        if abs(x1 - x0) < 1:  # same column: bow outwards
            outward = -1 if pos[s_][0] < 0.5 else 1
            r = 0.35 * outward * (1 if y1 - y0 > 0 else -1)  # arc3 bends by rad * dy sideways
        else:
            r = 0.12 if (o_, s_) in pairs else 0.06
        n_rel = sum(preds.values())
        width = 1.0 + 0.7 * (min(n_rel, MAX_WIDTH) - 1)
        ax.add_patch(FancyArrowPatch(pos[s_], pos[o_], connectionstyle=f"arc3,rad={r}", arrowstyle="-|>",
                                     mutation_scale=12, lw=width, color=colours[sides[s_]], alpha=0.7, shrinkA=math.sqrt(area(s_)) / 2 + 1,
                                     shrinkB=math.sqrt(area(o_)) / 2 + 2, zorder=2))
        label = "\n".join(f"{p}{f' ×{c}' if c > 1 else ''}" for p, c in sorted(preds.items()))
        edge_items.append(((x0, y0), (x1, y1), r, label))

    inside = ax.get_window_extent(renderer).expanded(1.0, 1.04)
    for n in sorted(nodes, key=lambda n: (-weight[n], n)):
        off = math.sqrt(area(n)) / 2 + 3
        name = esc(shorten(data["names"][n], 40))
        x = pos[n][0]
        left, right = (-off, 0, "right", "center"), (off, 0, "left", "center")
        below, above = (0, -off, "center", "top"), (0, off, "center", "bottom")
        cands = [left, below, above, right] if x < 0.4 else [right, below, above, left] if x > 0.6 else \
            [below, above, right, left]

        def make(c, n=n, name=name):
            dx, dy, ha, va = c
            return ax.annotate(name, pos[n], xytext=(dx, dy), textcoords="offset points", ha=ha, va=va,
                               fontsize=9, fontweight="bold" if weight[n] >= 5 else "normal", zorder=5,
                               path_effects=HALO, annotation_clip=False)

        place(ax, renderer, boxes, make, cands, inside=inside, texts=placed_labels)
    for (x0, y0), (x1, y1), r, label in edge_items:
        def curve(t, x0=x0, y0=y0, x1=x1, y1=y1, r=r):  # the quadratic Bezier arc3 draws, in pixels
            cx, cy = (x0 + x1) / 2 + r * (y1 - y0), (y0 + y1) / 2 - r * (x1 - x0)
            xy = ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1,
                  (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1)
            return tuple(ax.transData.inverted().transform(xy))

        def make(t, label=label, curve=curve):
            return ax.annotate(esc(label), curve(t), ha="center", va="center", fontsize=7.5, color="#333333",
                               zorder=4, linespacing=1.1, annotation_clip=False,
                               bbox=dict(boxstyle="round,pad=0.18", fc="white", ec="#cccccc", lw=0.5, alpha=0.92))

        place(ax, renderer, boxes, make, [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8],
              inside=inside, texts=placed_labels)
    return fig
