"""Figures that explain the story told by the tables.

Seven figures, each a function from output tables to a :class:`matplotlib.figure.Figure`:

=================  ==========================================================================
``actors``         network of entities linked by typed relations, coloured by side
``numbers``        the quantities with their qualifiers, one panel (own axis) per thing counted
``timeline``       the resolved dates as events, a day as a point, a period as a span
``places``         map of the places and countries mentioned
``voices``         who is quoted, by side, stacked by kind of quote
``story``          where each actor appears across one article's paragraphs
``across_sources`` entity x document matrix, and the same figure reported by several sources
=================  ==========================================================================

Every figure has a title stating its finding (computed from the data, never written for one
corpus), a subtitle saying how to read it, a source line naming the tables and documents, a
colour-blind-safe palette (Okabe-Ito; a single-hue blue ramp for amounts) and text sized for
the saved output. Empty tables give a figure that says "no data".

Reproducibility
---------------
* Figures are created as :class:`DossierFigure` (a plain ``matplotlib.figure.Figure``) with an
  Agg canvas attached: no pyplot, no global backend or figure-manager state, nothing to close
  (an unreferenced figure is garbage-collected). In a notebook, a figure displays inline
  through its ``_repr_png_`` (or the inline backend's formatter, when that is active), even
  with ``MPLBACKEND=Agg``; ``display(fig)`` works too.
* Style lives in :data:`STYLE`, applied with ``matplotlib.rc_context`` while a figure is built
  and again while it is saved; global rcParams are never changed.
* Fonts: DejaVu Sans only (ships with matplotlib, so pinned by the matplotlib version); SVG text
  is written as paths (``svg.fonttype = "path"``), so SVGs look the same without the font.
* ``save`` writes SVG with ``svg.hashsalt`` fixed and no date/creator metadata, and PNG at a
  fixed dpi without the ``Software`` tag; layouts are hand-made or computed from sorted input
  (no random seeds); after constrained layout has run once, the axes positions are rounded and
  frozen (the solver's last bits vary with the hash seed, and SVG clip-path ids hash them). A
  re-run, in any process, writes byte-identical files (``tests/test_figures.py`` checks it).
* Text from the sources is untrusted: it reaches matplotlib only through :func:`_esc`, which
  escapes ``$`` so that mathtext never interprets it.
"""

from __future__ import annotations

import functools
import io
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import matplotlib as mpl
import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib import patheffects
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, Patch, PathPatch, Rectangle
from matplotlib.path import Path as MplPath
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from . import config

__all__ = [
    "DPI", "STYLE", "SIDES", "SIDE_COLOURS", "DossierFigure",
    "actors", "numbers", "timeline", "places", "voices", "story", "across_sources",
    "side", "save", "render_all", "FIGURES",
]

# --------------------------------------------------------------------------------------------
# Style
# --------------------------------------------------------------------------------------------

DPI = 150
FONT = "DejaVu Sans"

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency.
BLACK, ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
GREY = "#999999"
INK = "#222222"
MUTED = "#555555"

SIDES = ("UK", "Türkiye", "other states", "parliament & parties", "media", "other")
SIDE_COLOURS = {
    "UK": BLUE,
    "Türkiye": VERMILLION,
    "other states": GREEN,
    "parliament & parties": PURPLE,
    "media": ORANGE,
    "other": GREY,
}
UNATTRIBUTED = "unattributed"
UNATTRIBUTED_COLOUR = "#4D4D4D"
# Documents get colours in publication order; yellow is left out (unreadable as a line on white).
DOC_COLOURS = (BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY, BLACK, GREY)
# Single-hue ramp for amounts (ColorBrewer Blues): ordered by lightness, safe without hue.
BLUES = ("#c6dbef", "#6baed6", "#2171b5", "#08306b")

STYLE = {
    "font.family": [FONT],
    "font.sans-serif": [FONT],
    "mathtext.fontset": "dejavusans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.labelcolor": INK,
    "axes.edgecolor": "#666666",
    "axes.linewidth": 0.8,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.labelsize": 8.5,
    "ytick.labelsize": 8.5,
    "xtick.color": "#444444",
    "ytick.color": "#444444",
    "legend.fontsize": 8.5,
    "legend.frameon": False,
    "text.color": INK,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "savefig.bbox": None,
    "svg.hashsalt": "dossier-figures",
    "svg.fonttype": "path",
    "svg.image_inline": True,
    "hatch.linewidth": 0.8,
    "path.simplify": True,
    "date.epoch": "1970-01-01T00:00:00",
}

SVG_METADATA = {"Date": None, "Creator": None}
PNG_METADATA = {"Software": None}

STORY_DOC = "guardian-2023-08-09-uk-turkey-smuggling-deal"


class DossierFigure(Figure):
    """A plain matplotlib Figure that also shows itself in Jupyter without pyplot."""

    def _repr_png_(self) -> bytes:
        return _render(self, "png")


def _styled(func: Callable) -> Callable:
    """Build the figure inside the project's rc_context (never touching global rcParams)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with mpl.rc_context(STYLE):
            fig = func(*args, **kwargs)
            _freeze(fig)
            return fig

    return wrapper


def _new_figure(width: float, height: float) -> DossierFigure:
    fig = DossierFigure(figsize=(width, height), dpi=DPI)
    FigureCanvasAgg(fig)  # a canvas that can measure text; no backend switch, no pyplot
    return fig


# --------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------


def _s(x) -> str:
    """A table cell as a string: '' for None / NA / NaN."""
    if x is None:
        return ""
    try:
        if pd.isna(x):
            return ""
    except (TypeError, ValueError):
        pass
    return str(x)


def _esc(x) -> str:
    """Source text as a plain matplotlib label: '$' escaped so mathtext never parses it."""
    return _s(x).replace("$", r"\$")


def _clean(x) -> str:
    return re.sub(r"\s+", " ", _s(x)).strip()


def _short(x, n: int) -> str:
    s = _clean(x)
    return s if len(s) <= n else s[: n - 1].rstrip(" ,;:") + "…"


def _num(x) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.nan
    return v


def _int(x, default: int = 0) -> int:
    v = _num(x)
    return default if math.isnan(v) else int(v)


def _require(df: pd.DataFrame, columns: Iterable[str], name: str) -> None:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{name}: expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{name} table is missing columns {missing}")


def _get(row, key: str):
    if row is None:
        return None
    if isinstance(row, Mapping):
        return row.get(key)
    if isinstance(row, pd.Series):
        return row.get(key)
    return getattr(row, key, None)


def _darken(colour: str, amount: float = 0.25) -> tuple:
    """A colour for text: the same hue, darker, so light palette colours stay legible."""
    r, g, b = mpl.colors.to_rgb(colour)
    return (r * (1 - amount), g * (1 - amount), b * (1 - amount))


def _two_lines(label: str) -> str:
    """Break a label at the space or hyphen nearest its middle."""
    if len(label) < 14:
        return label
    cuts = [i for i, ch in enumerate(label) if ch in " -"]
    if not cuts:
        return label
    i = min(cuts, key=lambda i: (abs(i - len(label) / 2), i))
    return label[:i + 1].rstrip() + "\n" + label[i + 1:] if label[i] == "-" else label[:i] + "\n" + label[i + 1:]


def _lighten(colour: str, amount: float = 0.6) -> tuple:
    r, g, b = mpl.colors.to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _and(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


CURRENCY = {"GBP": "£", "EUR": "€", "USD": "$"}


def _fmt_value(value: float, unit: str) -> str:
    """A number as a reader expects it: £3m, £425,000, 90%, 238,448."""
    unit = _s(unit)
    if math.isnan(value):
        return "?"
    if unit == "percent":
        return f"{value:g}%"
    sym = CURRENCY.get(unit.upper(), "")
    if sym or unit.isupper() and len(unit) == 3:
        prefix = sym or unit.upper() + " "
        a = abs(value)
        if a >= 1e9:
            return f"{prefix}{value / 1e9:.3g}bn"
        if a >= 1e6:
            return f"{prefix}{value / 1e6:.3g}m"
        return f"{prefix}{value:,.0f}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def _axis_formatter(unit: str) -> FuncFormatter:
    return FuncFormatter(lambda v, _pos: _esc(_fmt_value(v, unit)) if v >= 0 else "")


# ----- documents ------------------------------------------------------------------------------


def _doc_short(doc_id: str) -> str:
    m = re.match(r"^(.*?)-(\d{4}-\d{2}-\d{2})(?:-|$)", doc_id)
    if m and m.group(1):
        return f"{m.group(1)} {m.group(2)}"
    return _short(doc_id, 30)


def _doc_labels(doc_ids: Iterable[str]) -> dict[str, str]:
    """Short, unique labels for documents: 'guardian 2023-08-09' for a dated slug."""
    ids = sorted({_s(d) for d in doc_ids if _s(d)})
    labels = {d: _doc_short(d) for d in ids}
    seen = Counter(labels.values())
    return {d: (lab if seen[lab] == 1 else _short(d, 48)) for d, lab in labels.items()}


def _doc_order(documents: pd.DataFrame | None, doc_ids: Iterable[str]) -> list[str]:
    """Documents in publication order (undated last), then by id."""
    ids = sorted({_s(d) for d in doc_ids if _s(d)})
    published = {}
    if documents is not None and len(documents) and "published" in documents.columns:
        published = {_s(d): _s(p) for d, p in zip(documents["doc_id"], documents["published"])}
    return sorted(ids, key=lambda d: (published.get(d) or "9999", d))


def _doc_colours(documents: pd.DataFrame | None, doc_ids: Iterable[str] = ()) -> dict[str, str]:
    """One colour per document, stable across figures: by publication order of the whole
    documents table (documents missing from it come after)."""
    all_ids = set(_s(d) for d in doc_ids if _s(d))
    if documents is not None and len(documents):
        all_ids |= set(_s(d) for d in documents["doc_id"])
    order = _doc_order(documents, all_ids)
    return {d: DOC_COLOURS[i % len(DOC_COLOURS)] for i, d in enumerate(order)}


def _source(tables: Iterable[str], doc_ids: Iterable[str], limit: int = 8) -> str:
    tables = list(tables)
    ids = sorted({_s(d) for d in doc_ids if _s(d)})
    line = f"Source: {_and(tables)} table{'s' if len(tables) > 1 else ''} (dossier pipeline)"
    if ids:
        shown = ids[:limit] + ([f"and {len(ids) - limit} more"] if len(ids) > limit else [])
        line += f"; documents: {', '.join(shown)}"
    return _esc(line)


def _texts(documents: pd.DataFrame | None) -> dict[str, str]:
    if documents is None or not len(documents) or "text" not in documents.columns:
        return {}
    return {_s(d): _s(t) for d, t in zip(documents["doc_id"], documents["text"])}


_SENT_END = re.compile(r"(?:[.!?][”\"’')\]]*\s+|\n)")


def _snippet(text: str, start: int, end: int, *, before: int = 5, after: int = 7,
             lo: int | None = None, hi: int | None = None, max_chars: int = 72) -> str:
    """A few words around text[start:end], kept inside its sentence (or [lo, hi) when given)."""
    if not text or start is None or end is None or start < 0 or end > len(text) or start >= end:
        return ""
    if lo is None:
        lo = 0
        for m in _SENT_END.finditer(text, 0, start):
            lo = m.end()
    if hi is None:
        m = _SENT_END.search(text, end)
        hi = m.start() + 1 if m else len(text)
    lo, hi = max(0, lo), min(len(text), hi)
    left = _clean(text[lo:start]).split(" ") if start > lo else []
    right = _clean(text[end:hi]).split(" ") if hi > end else []
    left = [w for w in left if w]
    right = [w for w in right if w]
    core = _clean(text[start:end])
    words_left, words_right = left[-before:] if before else [], right[:after]
    s = " ".join(words_left + [core] + words_right)
    s = ("…" if len(left) > len(words_left) else "") + s + ("…" if len(right) > len(words_right) else "")
    return _short(s, max_chars)


# ----- entities ---------------------------------------------------------------------------------

MEDIA_KINDS = {"news organisation", "news organization", "news agency", "newspaper", "broadcaster",
               "website", "media", "magazine", "publisher"}
PARLIAMENT_KINDS = {"political party", "legislature", "parliament", "parliamentary committee",
                    "committee", "select committee", "party"}
NON_STATE_KINDS = {"company", "non-governmental organisation", "non-governmental organization",
                   "international organisation", "international organization", "vessel", "charity",
                   "continent", "sea", "ocean", "ngo", "treaty"}


def side(entity_row) -> str:
    """Which side of the story an entity is on, from its ``kind`` and ``country``.

    media (news organisations, websites) and parliament & parties (political parties,
    legislatures, committees) come first, whatever their country; companies, NGOs,
    international organisations, vessels, seas and continents are "other"; everything else
    (governments, departments, agencies, politicians, places, laws) goes by country: GBR -> UK,
    TUR -> Türkiye, another ISO code -> other states, none -> other.

    ``entity_row`` is anything with ``kind`` and ``country``: a row of the entities table, a
    dict, a namedtuple; ``None`` (an entity the table does not know) is "other".
    """
    kind = _clean(_get(entity_row, "kind")).lower()
    country = _clean(_get(entity_row, "country")).upper()
    if kind in MEDIA_KINDS:
        return "media"
    if kind in PARLIAMENT_KINDS:
        return "parliament & parties"
    if kind in NON_STATE_KINDS:
        return "other"
    if country == "GBR":
        return "UK"
    if country == "TUR":
        return "Türkiye"
    if re.fullmatch(r"[A-Z]{3}", country):
        return "other states"
    return "other"


def _entity_rows(entities: pd.DataFrame) -> dict[str, dict]:
    if entities is None or not len(entities):
        return {}
    cols = [c for c in ("entity_id", "name", "type", "kind", "country", "lat", "lon", "n_mentions", "n_docs")
            if c in entities.columns]
    rows = entities[cols].astype(object).to_dict("records")
    return {_s(r["entity_id"]): r for r in rows}


def _name(ents: dict[str, dict], entity_id: str) -> str:
    return _s((ents.get(entity_id) or {}).get("name")) or entity_id


# ----- layout ---------------------------------------------------------------------------------


def _measure_wrap(fig: Figure, text: str, fontsize: float, width_in: float, weight: str = "normal") -> str:
    """Greedy word wrap measured with the figure's renderer (exact widths, no guessing)."""
    renderer = fig.canvas.get_renderer()
    prop = FontProperties(family=FONT, size=fontsize, weight=weight)
    limit = width_in * fig.dpi
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            trial = word if not line else f"{line} {word}"
            w, _, _ = renderer.get_text_width_height_descent(trial, prop, ismath=False)
            if w > limit and line:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return "\n".join(out)


def _height_in(artist: Text, fig: Figure) -> float:
    return artist.get_window_extent(fig.canvas.get_renderer()).height / fig.dpi


def _frame(fig: Figure, title: str, subtitle: str | None, source: str, *, legend: tuple | None = None,
           layout: bool = True, margin: float = 0.2) -> tuple[float, float]:
    """Title (the finding), subtitle (how to read it), an optional legend (handles, labels,
    ncols) above the source line at the bottom; returns the (bottom, top) figure fractions left
    for the axes, and hands them to constrained layout."""
    width, height = fig.get_size_inches()
    x = margin / width
    text_w = width - 2 * margin
    y = height - 0.16
    title = title[:1].upper() + title[1:]
    t = fig.text(x, y / height, _measure_wrap(fig, title, 13.5, text_w, "bold"), fontsize=13.5,
                 fontweight="bold", va="top", ha="left", color="#111111")
    y -= _height_in(t, fig) + 0.08
    if subtitle:
        st = fig.text(x, y / height, _measure_wrap(fig, subtitle, 9.5, text_w), fontsize=9.5,
                      va="top", ha="left", color="#444444", linespacing=1.35)
        y -= _height_in(st, fig)
    top = (y - 0.14) / height
    src = fig.text(x, 0.1 / height, _measure_wrap(fig, source, 7.5, text_w), fontsize=7.5,
                   va="bottom", ha="left", color=MUTED)
    low = 0.1 + _height_in(src, fig) + 0.08
    if legend is not None:
        handles, labels, ncols = legend
        ncols = max(1, min(ncols, len(labels)))
        while True:
            leg = fig.legend(handles, [_esc(x) for x in labels], loc="lower center",
                             bbox_to_anchor=(0.5, low / height), ncols=ncols, handlelength=1.6,
                             columnspacing=1.4, fontsize=8.5, borderaxespad=0, borderpad=0.2)
            leg.set_in_layout(False)
            box = leg.get_window_extent(fig.canvas.get_renderer())
            if box.width <= text_w * fig.dpi or ncols == 1:
                break
            leg.remove()
            ncols -= 1
        low += box.height / fig.dpi + 0.06
    bottom = (low + 0.06) / height
    if layout:
        fig.set_layout_engine("constrained", rect=(0.005, bottom, 0.99, max(0.05, top - bottom)),
                              h_pad=0.05, w_pad=0.05, hspace=0.04, wspace=0.03)
    return bottom, top


def _freeze(fig: Figure) -> None:
    """Run the layout once and keep it, so that labels placed afterwards cannot move the axes.

    The axes positions are rounded (to a millionth of the figure): the constraint solver's
    result can differ in the last bits between processes, and the SVG writer derives clip-path
    ids from the exact clip rectangle, so unrounded positions would make SVGs differ by id."""
    if getattr(fig, "_dossier_frozen", False):
        return
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    for ax in fig.axes:
        x0, y0, w, h = ax.get_position(original=True).bounds
        ax.set_position([round(x0, 6), round(y0, 6), round(w, 6), round(h, 6)], which="both")
        ax.apply_aspect()
    fig._dossier_frozen = True


def _overlap(box: Bbox, boxes: list[Bbox]) -> float:
    total = 0.0
    for b in boxes:
        i = Bbox.intersection(box, b)
        if i is not None:
            total += i.width * i.height
    return total


def _place(ax, renderer, boxes: list[Bbox], make: Callable[[tuple], Text], candidates: list[tuple],
           *, required: bool = True, inside: Bbox | None = None) -> Text | None:
    """Try each candidate placement; keep the first whose box overlaps nothing already placed
    (and stays inside ``inside``). A required label takes the least bad candidate otherwise."""
    best, best_cost, best_box = None, math.inf, None
    for cand in candidates:
        artist = make(cand)
        box = artist.get_window_extent(renderer).padded(1.5)
        cost = _overlap(box, boxes)
        if inside is not None and not (inside.x0 <= box.x0 and box.x1 <= inside.x1
                                       and inside.y0 <= box.y0 and box.y1 <= inside.y1):
            cost += 1e6 + box.width * box.height
        if cost == 0:
            if best is not None:
                best.remove()
            boxes.append(box)
            return artist
        if cost < best_cost:
            if best is not None:
                best.remove()
            best, best_cost, best_box = artist, cost, box
        else:
            artist.remove()
    if required and best is not None:
        boxes.append(best_box)
        return best
    if best is not None:
        best.remove()
    return None


HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]


def _no_data(title: str, source: str, message: str) -> DossierFigure:
    fig = _new_figure(8, 4.5)
    _frame(fig, title, None, source, layout=False)
    fig.text(0.5, 0.52, "no data", ha="center", va="center", fontsize=22, color="#777777")
    fig.text(0.5, 0.40, _measure_wrap(fig, _esc(message), 10, 6.5), ha="center", va="center", fontsize=10,
             color=MUTED)
    return fig


# --------------------------------------------------------------------------------------------
# 1. Actors
# --------------------------------------------------------------------------------------------

# Which column each side is drawn in (top to bottom in the listed order): UK on the left facing
# Türkiye on the right; media and the rest in the middle.
_COLUMNS = {
    -1: ("parliament & parties", "UK"),
    0: ("media", "other"),
    1: ("Türkiye", "other states"),
}
_COLUMN_X = {-1: 0.2, 0: 0.5, 1: 0.8}


def _actor_layout(nodes: list[str], sides: dict[str, str], weight: dict[str, int],
                  neighbours: dict[str, set[str]]) -> dict[str, tuple[float, float]]:
    """A hand-made layered layout in the unit square: one column per group of sides, sides
    stacked in a fixed order within a column, nodes of a side ordered by the mean height of
    their neighbours (a few rounds of the barycentre heuristic, ties by weight and id) so that
    edges cross little. Sorted input, no randomness: the same tables give the same picture."""
    col_of = {n: next(c for c, ss in _COLUMNS.items() if sides[n] in ss) for n in nodes}
    blocks: dict[int, list[list[str]]] = {}
    for c, ss in _COLUMNS.items():
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
    return {n: (_COLUMN_X[col_of[n]], y[n]) for n in nodes}


@_styled
def actors(entities: pd.DataFrame, relations: pd.DataFrame, mentions: pd.DataFrame) -> DossierFigure:
    """Network of the entities linked by typed relations: node size = mentions, colour = side,
    arrows subject -> object labelled with the predicate(s)."""
    _require(relations, ["doc_id", "subject_entity_id", "predicate", "object_entity_id"], "relations")
    _require(mentions, ["entity_id"], "mentions")
    _require(entities, ["entity_id"], "entities")
    source = _source(["relations", "entities", "mentions"], relations["doc_id"])
    rel = relations[["doc_id", "subject_entity_id", "predicate", "object_entity_id"]].astype(object)
    rel = rel[[bool(_s(a)) and bool(_s(b)) for a, b in zip(rel["subject_entity_id"], rel["object_entity_id"])]]
    if rel.empty:
        return _no_data("Actors: no relations between entities", source,
                        "The relations table has no rows linking two entities.")
    ents = _entity_rows(entities)
    counts = Counter(_s(e) for e in mentions["entity_id"] if _s(e))
    rel = rel.assign(s=[_s(x) for x in rel["subject_entity_id"]], o=[_s(x) for x in rel["object_entity_id"]],
                     p=[_s(x) for x in rel["predicate"]])
    nodes = sorted(set(rel["s"]) | set(rel["o"]))
    weight = {n: counts.get(n) or _int((ents.get(n) or {}).get("n_mentions")) or 1 for n in nodes}
    sides = {n: side(ents.get(n)) for n in nodes}
    neighbours: dict[str, set[str]] = defaultdict(set)
    pair_preds: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s_, o_, p_ in zip(rel["s"], rel["o"], rel["p"]):
        if s_ != o_:
            neighbours[s_].add(o_)
            neighbours[o_].add(s_)
        pair_preds[(s_, o_)][p_.replace("_", " ") or "related"] += 1
    pos = _actor_layout(nodes, sides, weight, neighbours)

    # The finding: which side acts, and towards whom.
    subj_sides = Counter(sides[s_] for s_ in rel["s"])
    top_side, n_top = sorted(subj_sides.items(), key=lambda kv: (-kv[1], SIDES.index(kv[0])))[0]
    targets = Counter(sides[o_] for s_, o_ in zip(rel["s"], rel["o"]) if sides[s_] == top_side)
    tgt_side, n_tgt = sorted(targets.items(), key=lambda kv: (-kv[1], SIDES.index(kv[0])))[0]
    who = f"{top_side} actors" if top_side not in ("other", "other states") else f"Actors in the group '{top_side}'"
    towards = ("other actors on the same side" if tgt_side == top_side
               else "other actors" if tgt_side == "other" else f"{tgt_side} actors")
    if len(rel) == 1:
        title = f"The only relation stated in the text goes from {who} to {towards}"
    else:
        title = (f"{who} are the subject of {n_top} of the {len(rel)} relations stated in the text, "
                 f"{n_tgt} of them towards {towards}")
    subtitle = (f"Each arrow is a relation the text states (subject → object), labelled with its type; "
                f"node area = number of mentions in the corpus; colour = side. "
                f"{_plural(len(nodes), 'entity', 'entities')} and {_plural(len(rel), 'relation')} from "
                f"{_plural(rel['doc_id'].nunique(), 'document')}; entities in no relation are not shown.")

    def area(n):  # marker area in points^2
        return 70 + 36 * min(weight[n], 25)

    present = [s_ for s_ in SIDES if s_ in set(sides.values())]
    handles = [Line2D([], [], ls="", marker="o", ms=9, mfc=SIDE_COLOURS[s_], mec="white") for s_ in present]
    labels = list(present)
    for n in (1, 5, 15):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(70 + 36 * n), mfc="#dddddd", mec="#888888"))
        labels.append(_plural(n, "mention"))
    n_rows = max(Counter(x for x, _ in pos.values()).values())
    fig = _new_figure(12.5, max(6.5, 0.5 * n_rows + 3.5))
    _frame(fig, _esc(title), subtitle, source, legend=(handles, labels, len(labels)))
    ax = fig.add_subplot()
    ax.set_axis_off()
    ys = [p[1] for p in pos.values()]
    ax.set_xlim(0, 1)
    ax.set_ylim(min(ys) - 0.05, max(ys) + 0.05)
    _freeze(fig)
    renderer = fig.canvas.get_renderer()

    for n in sorted(nodes, key=lambda n: (-weight[n], n)):
        ax.scatter([pos[n][0]], [pos[n][1]], s=area(n), color=SIDE_COLOURS[sides[n]], edgecolor="white",
                   linewidth=1.2, zorder=3)
    boxes: list[Bbox] = []
    for n in nodes:
        cx, cy = ax.transData.transform(pos[n])
        r = math.sqrt(area(n)) / 2 * fig.dpi / 72
        boxes.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))

    edge_items = []
    for (s_, o_), preds in sorted(pair_preds.items()):
        if s_ == o_:
            continue
        (x0, y0), (x1, y1) = ax.transData.transform(pos[s_]), ax.transData.transform(pos[o_])
        if abs(x1 - x0) < 1:  # same column: bow outwards
            outward = -1 if pos[s_][0] < 0.5 else 1
            r = 0.35 * outward * (1 if y1 - y0 > 0 else -1)  # arc3 bends by rad * dy sideways
        else:
            r = 0.12 if (o_, s_) in pair_preds else 0.06
        n_rel = sum(preds.values())
        ax.add_patch(FancyArrowPatch(pos[s_], pos[o_], connectionstyle=f"arc3,rad={r}", arrowstyle="-|>",
                                     mutation_scale=12, lw=1.0 + 0.7 * (n_rel - 1), color=SIDE_COLOURS[sides[s_]],
                                     alpha=0.7, shrinkA=math.sqrt(area(s_)) / 2 + 1,
                                     shrinkB=math.sqrt(area(o_)) / 2 + 2, zorder=2))
        label = "\n".join(f"{p}{f' ×{c}' if c > 1 else ''}" for p, c in sorted(preds.items()))
        edge_items.append(((x0, y0), (x1, y1), r, label))

    inside = ax.get_window_extent(renderer).expanded(1.0, 1.04)
    for n in sorted(nodes, key=lambda n: (-weight[n], n)):
        off = math.sqrt(area(n)) / 2 + 3
        name = _esc(_short(_name(ents, n), 40))
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

        _place(ax, renderer, boxes, make, cands, inside=inside)
    for (x0, y0), (x1, y1), r, label in edge_items:
        def curve(t, x0=x0, y0=y0, x1=x1, y1=y1, r=r):  # the quadratic Bezier arc3 draws, in pixels
            cx, cy = (x0 + x1) / 2 + r * (y1 - y0), (y0 + y1) / 2 - r * (x1 - x0)
            xy = ((1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1,
                  (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1)
            return tuple(ax.transData.inverted().transform(xy))

        def make(t, label=label, curve=curve):
            return ax.annotate(_esc(label), curve(t), ha="center", va="center", fontsize=7.5, color="#333333",
                               zorder=4, linespacing=1.1, annotation_clip=False,
                               bbox=dict(boxstyle="round,pad=0.18", fc="white", ec="#cccccc", lw=0.5, alpha=0.92))

        _place(ax, renderer, boxes, make, [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.2, 0.8], inside=inside)
    return fig


# --------------------------------------------------------------------------------------------
# 2. The numbers
# --------------------------------------------------------------------------------------------

QUALIFIER_SYMBOL = {"approximately": "≈", "more_than": ">", "less_than": "<", "only": "only "}


def _group_title(kind: str, unit: str) -> str:
    if kind == "money":
        return f"Money ({unit or 'unknown currency'})"
    if kind == "percent" or unit == "percent":
        return "Percentages"
    if kind == "duration":
        return f"Durations ({unit})" if unit else "Durations"
    return f"Counts of {unit}" if unit else "Counts"


def _counted(row) -> str:
    return _clean(re.sub(r"\(implied\)", "", _s(row.get("counted"))))


def _describe_quantity(row) -> str:
    """'two Scottish vessels', 'in excess of £8 million per day'."""
    text = _clean(row.get("text"))
    counted = _counted(row)
    out = text
    if counted and counted.lower() not in text.lower() and row.get("kind") == "count":
        out += f" {counted}"
    period = _clean(row.get("period"))
    if period and period.lower() not in out.lower():
        bare = re.match(r"(?i)(per|a|an|each|every|in|during|over|for|since|from|by)\b", period)
        out += f" {period}" if bare else f" in {period}"
    return out


@_styled
def numbers(quantities: pd.DataFrame, documents: pd.DataFrame) -> DossierFigure:
    """The quantities, with their qualifiers, one panel (and axis) per thing counted."""
    _require(quantities, ["doc_id", "start", "end", "text", "value", "unit", "qualifier", "kind"], "quantities")
    _require(documents, ["doc_id"], "documents")
    source = _source(["quantities", "documents"], quantities["doc_id"])
    q = quantities.astype(object).to_dict("records")
    for r in q:
        r["v"] = _num(r.get("value"))
        r["doc_id"] = _s(r.get("doc_id"))
    drawn = [r for r in q if not math.isnan(r["v"])]
    vague = [r for r in q if math.isnan(r["v"])]
    if not drawn:
        return _no_data("The numbers: no quantities", source, "The quantities table has no amount with a value.")
    texts = _texts(documents)
    doc_rank = {d: i for i, d in enumerate(_doc_order(documents, [r["doc_id"] for r in q]))}
    colours = _doc_colours(documents, [r["doc_id"] for r in q])
    labels = _doc_labels(r["doc_id"] for r in q)
    pos_key = lambda r: (doc_rank[r["doc_id"]], _int(r.get("start")))  # noqa: E731

    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in sorted(drawn, key=pos_key):
        groups[(_s(r.get("kind")), _s(r.get("unit")))].append(r)
    group_order = sorted(groups, key=lambda k: (-len(groups[k]), pos_key(groups[k][0])))

    # finding
    positive = [r for r in drawn if r["v"] > 0]
    if positive:
        lo = min(positive, key=lambda r: (r["v"], pos_key(r)))
        hi = max(positive, key=lambda r: (r["v"], [-x for x in pos_key(r)]))
        mag = int(math.floor(math.log10(hi["v"] / lo["v"]))) if hi["v"] > lo["v"] else 0
        n = len(drawn)
        if len(positive) == 1:
            title = f"One figure in the corpus: {_describe_quantity(lo)}"
        elif mag >= 2:
            title = (f"The {n} figures in the corpus span {mag} orders of magnitude, from "
                     f"{_describe_quantity(lo)} to {_describe_quantity(hi)}")
        else:
            title = f"The {n} figures in the corpus run from {_describe_quantity(lo)} to {_describe_quantity(hi)}"
    else:
        title = f"The {len(drawn)} figures in the corpus"
    subtitle = ("Grouped by what they count, each panel with its own axis from zero (a log axis, "
                "labelled, where a panel's values differ by more than 100×), so small and large numbers are "
                "never compared on one scale. Solid bar = exact; hatched = approximate (‘about’, ‘around’); "
                "arrow = ‘more than’ (the bar is a lower bound). Colour = document.")
    if vague:
        notes = "; ".join(f"‘{_clean(r.get('text'))}’ {_counted(r)} ({labels[r['doc_id']]})" for r in
                          sorted(vague, key=pos_key))
        subtitle += f" Not drawn (no number given): {notes}."

    docs_present = _doc_order(documents, [r["doc_id"] for r in drawn])
    handles = [Patch(fc=colours[d], ec=colours[d]) for d in docs_present]
    names = [labels[d] for d in docs_present]
    quals = {_s(r.get("qualifier")) for r in drawn}
    handles.append(Patch(fc="#777777", ec="#777777"))
    names.append("exact")
    if "approximately" in quals:
        handles.append(Patch(fc=_lighten("#777777", 0.55), ec="#777777", hatch="////", ls="--"))
        names.append("approximate")
    if "more_than" in quals:
        handles.append(Line2D([], [], color="#777777", marker=">", ms=7, lw=1.8))
        names.append("more than")
    if "less_than" in quals:
        handles.append(Line2D([], [], color="#777777", marker="<", ms=7, lw=1.8))
        names.append("less than")

    # panels: groups of two or more figures full width; single figures two to a row below
    multi = [k for k in group_order if len(groups[k]) > 1]
    single = [k for k in group_order if len(groups[k]) == 1]
    row_h = 0.52
    heights = [len(groups[k]) * row_h + 0.62 for k in multi] + [row_h + 0.62] * math.ceil(len(single) / 2)
    fig = _new_figure(12, sum(heights) + 2.9)
    _frame(fig, _esc(title), _esc(subtitle), source, legend=(handles, names, 6))
    gs = fig.add_gridspec(len(heights), 2, height_ratios=heights)
    cells = [(k, gs[i, :]) for i, k in enumerate(multi)]
    cells += [(k, gs[len(multi) + j // 2, j % 2]) for j, k in enumerate(single)]
    for key, cell in cells:
        _quantity_panel(fig.add_subplot(cell), groups[key], key, texts, labels, colours, wide=len(groups[key]) > 1)
    return fig


def _quantity_panel(ax, items: list[dict], key: tuple[str, str], texts: dict, labels: dict, colours: dict,
                    wide: bool) -> None:
    kind, unit = key
    vals = [r["v"] for r in items]
    pos_vals = [v for v in vals if v > 0]
    log = bool(pos_vals) and max(pos_vals) / min(pos_vals) > 100
    if log:
        ax.set_xscale("log")
    vmax = max(vals + [0.0])
    for yi, r in enumerate(items):
        c = colours[r["doc_id"]]
        qual = _s(r.get("qualifier"))
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
            ax.barh([yi], [v], height=0.62, color=_lighten(c, 0.55) if approx else c, edgecolor=c,
                    hatch="////" if approx else None, linewidth=1.2, linestyle="--" if approx else "-")
            if qual in ("more_than", "less_than") and vmax > 0:
                d = 0.1 * vmax * (1 if qual == "more_than" else -1)
                ax.annotate("", xy=(v + d, yi), xytext=(v, yi),
                            arrowprops=dict(arrowstyle="-|>", color=c, lw=1.8, mutation_scale=12, shrinkA=0,
                                            shrinkB=0))
                end = max(v, v + d)
        ax.annotate(_esc(f"{QUALIFIER_SYMBOL.get(qual, '')}{_fmt_value(v, unit)}"), (end, yi), xytext=(5, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=9, fontweight="bold", color=INK)
    if log:
        ax.set_xlim(min(pos_vals) / 3, max(pos_vals) * 8)
    else:
        vmin = min(vals + [0.0])
        ax.set_xlim(vmin * 1.3, vmax * 1.3 if vmax > 0 else 1)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=6 if wide else 4, min_n_ticks=3))
    ax.xaxis.set_major_formatter(_axis_formatter(unit))
    ticks = []
    for r in items:
        snippet = _snippet(texts.get(r["doc_id"], ""), _int(r.get("start"), -1), _int(r.get("end"), -1),
                           before=4, after=5, max_chars=70 if wide else 46) or _clean(r.get("text"))
        meta = labels[r["doc_id"]]
        if _clean(r.get("period")):
            meta += f" · period: {_clean(r.get('period'))}"
        ticks.append(_esc(f"{snippet}\n{meta}"))
    ax.set_yticks(range(len(items)), ticks)
    for tl in ax.get_yticklabels():
        tl.set_fontsize(8)
    ax.set_ylim(len(items) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)
    head = _group_title(kind, unit)
    if log:
        head += " — log scale: values here differ by more than 100×"
    ax.set_title(_esc(head), fontsize=9.5, pad=4)


# --------------------------------------------------------------------------------------------
# 3. Timeline
# --------------------------------------------------------------------------------------------


def _month_year(ts: pd.Timestamp) -> str:
    return ts.strftime("%B %Y")


def _date_context(text: str, a: int, b: int, lo: int | None, hi: int | None, n: int = 7) -> str:
    """A few words of the sentence around a date expression: the words after it, or the words
    before it when the sentence ends just after."""
    if not text or not 0 <= a < b <= len(text):
        return ""
    if lo is None or hi is None or not lo <= a < b <= hi:
        lo = max(0, text.rfind("\n", 0, a) + 1)
        nl = text.find("\n", b)
        hi = len(text) if nl < 0 else nl
    after = [w for w in _clean(text[b:hi]).split(" ") if w]
    while after and not re.search(r"\w", after[0]):
        after = after[1:]
    if after:
        after[0] = after[0].lstrip(",;:)")
    before = [w for w in _clean(text[lo:a]).split(" ") if w]
    if len(after) >= 3:
        return " ".join(after[:n]) + ("…" if len(after) > n else "")
    if before:
        return ("…" if len(before) > n else "") + " ".join(before[-n:] + [_clean(text[a:b])] + after)
    return ""


def _timeline_panels(events: list[dict]) -> list[tuple[pd.Timestamp, pd.Timestamp]]:
    """One panel for a compact timeline; otherwise a broken axis: the densest window holding two
    thirds of the events at full width, earlier / later events in narrower panels."""
    starts = sorted(e["start"] for e in events)
    first, last = starts[0], max(e["end"] for e in events)
    total = (last - first).days or 1
    n = len(starts)
    if n < 4 or total < 6 * 365:
        return [(first, last)]
    k = max(2, math.ceil(0.6 * n))
    best = min(range(n - k + 1), key=lambda i: ((starts[i + k - 1] - starts[i]).days, i))
    lo, hi_start = starts[best], starts[best + k - 1]
    hi = max(e["end"] for e in events if lo <= e["start"] <= hi_start)
    span = max((hi - lo).days, 180)
    changed = True
    while changed:  # pull in neighbours that are close to the window, or overlap it
        changed = False
        for e in events:
            close = (lo - e["start"]).days <= 0.15 * span
            overlapping = e["end"] >= lo and (e["end"] - e["start"]).days <= 0.5 * span
            if e["start"] < lo and (close or overlapping):
                lo, changed = e["start"], True
            if e["start"] > hi_start and (e["start"] - hi).days <= 0.15 * span:
                hi_start, hi, changed = e["start"], max(hi, e["end"]), True
        hi = max([hi] + [e["end"] for e in events if lo <= e["start"] <= hi_start])
        span = max((hi - lo).days, 180)
    if (hi - lo).days > 0.4 * total:
        return [(first, last)]
    panels = []
    before = [e for e in events if e["start"] < lo]
    after = [e for e in events if e["start"] > hi_start]
    if before:  # up to the last event that ends before the window (longer ones are cut by the break)
        ends = [e["end"] for e in before if e["end"] < lo] or [lo - pd.Timedelta(days=1)]
        panels.append((min(e["start"] for e in before), max(ends)))
    panels.append((lo, hi))
    if after:
        panels.append((max(min(e["start"] for e in after), hi), max(e["end"] for e in after)))
    return panels


@_styled
def timeline(dates: pd.DataFrame, documents: pd.DataFrame, sentences: pd.DataFrame) -> DossierFigure:
    """The resolved dates as events, one row each, grouped by document; a day is a point, a
    period (month, season, quarter, year, financial year, range) a span."""
    _require(dates, ["doc_id", "start", "end", "text", "value", "granularity", "date_start", "date_end"], "dates")
    _require(documents, ["doc_id"], "documents")
    _require(sentences, ["doc_id", "sentence", "start", "end"], "sentences")
    source = _source(["dates", "sentences", "documents"], dates["doc_id"])
    texts = _texts(documents)
    sent_bounds = {(_s(d), int(s)): (int(a), int(b)) for d, s, a, b in
                   zip(sentences["doc_id"], sentences["sentence"], sentences["start"], sentences["end"])
                   if not (pd.isna(s) or pd.isna(a) or pd.isna(b))}
    rows = []
    for r in dates.astype(object).to_dict("records"):
        if not _s(r.get("value")):
            continue
        start = pd.to_datetime(_s(r.get("date_start")), errors="coerce", format="ISO8601")
        end = pd.to_datetime(_s(r.get("date_end")), errors="coerce", format="ISO8601")
        if pd.isna(start) or pd.isna(end):
            continue
        if end < start:
            start, end = end, start
        r.update(d0=start, d1=end, doc_id=_s(r["doc_id"]))
        rows.append(r)
    if not rows:
        return _no_data("Timeline: no resolved dates", source, "The dates table has no date with a resolved value.")

    # one event per (document, value): 'Tuesday night' and 'Tuesday' are the same day
    merged: dict[tuple[str, str], dict] = {}
    for r in sorted(rows, key=lambda r: (r["doc_id"], _int(r.get("start")))):
        key = (r["doc_id"], _s(r["value"]))
        if key in merged:
            e = merged[key]
            if _clean(r["text"]).lower() not in [t.lower() for t in e["texts"]]:
                e["texts"].append(_clean(r["text"]))
            e["n"] += 1
            continue
        text = texts.get(r["doc_id"], "")
        a, b = _int(r.get("start"), -1), _int(r.get("end"), -1)
        sent = r.get("sentence")
        lo, hi = sent_bounds.get((r["doc_id"], int(sent)), (None, None)) if not pd.isna(sent) else (None, None)
        context = _date_context(text, a, b, lo, hi)
        gran = _s(r.get("granularity"))
        is_day = gran == "day" or r["d0"] == r["d1"]
        merged[key] = dict(doc_id=r["doc_id"], texts=[_clean(r["text"])], context=context, start=r["d0"],
                           end=r["d1"], gran=gran, day=is_day, relative=bool(r.get("relative") is True), n=1,
                           offset=a)
    events = list(merged.values())
    doc_order = _doc_order(documents, [e["doc_id"] for e in events])
    colours = _doc_colours(documents, [e["doc_id"] for e in events])
    labels = _doc_labels(e["doc_id"] for e in events)
    published = {}
    if "published" in documents.columns:
        published = {_s(d): pd.to_datetime(_s(p), errors="coerce", format="ISO8601")
                     for d, p in zip(documents["doc_id"], documents["published"])}

    for e in events:
        e["x0"] = mdates.date2num(e["start"].to_pydatetime())
        e["x1"] = mdates.date2num((e["end"] + pd.Timedelta(days=1)).to_pydatetime())  # end is inclusive
    panels = _timeline_panels([dict(start=e["start"], end=e["end"]) for e in events])

    # rows: a header per document, then its events by date
    ylabels, ystyles, placed = [], [], []
    for d in doc_order:
        ylabels.append(_esc(_short(labels[d], 60)))
        ystyles.append(("head", d))
        for e in sorted((e for e in events if e["doc_id"] == d), key=lambda e: (e["start"], e["end"], e["offset"])):
            head = " / ".join(e["texts"])
            lab = f"{head}: {e['context']}" if e["context"] else head
            ylabels.append(_esc(_short(lab, 78)))
            ystyles.append(("event", d))
            placed.append((len(ylabels) - 1, e))

    n_days = sum(1 for e in events if e["day"])
    n_spans = len(events) - n_days
    if len(panels) > 1:
        # the main (wide) panel is the one with the most events starting in it
        main = max(panels, key=lambda p: (sum(1 for e in events if p[0] <= e["start"] <= p[1]), -panels.index(p)))
        n_main = sum(1 for e in events if main[0] <= e["start"] <= main[1])
        oldest = min(events, key=lambda e: e["start"])
        title = (f"{n_main} of the {len(events)} dated events fall between {_month_year(main[0])} and "
                 f"{_month_year(main[1])}; the oldest goes back to {oldest['start'].year}")
    else:
        main = panels[0]
        first = min(e["start"] for e in events)
        last = max(e["end"] for e in events)
        if len(events) == 1:
            title = f"One dated event: {' / '.join(events[0]['texts'])} ({_month_year(first)})"
        else:
            title = f"The {len(events)} dated events run from {_month_year(first)} to {_month_year(last)}"
    subtitle = (f"Every date the documents give, resolved to the calendar; one row per event, grouped by document. "
                f"A day is a point ({n_days}); a month, season, quarter, year or financial year is a span from its "
                f"first to last day ({n_spans}). Hollow marks were resolved relative to the publication date (◆)."
                + (" The time axis is broken: narrow panels hold the earlier/later events." if len(panels) > 1
                   else "") + " Recurrences and unresolved expressions are left out.")

    handles = [Line2D([], [], ls="", marker="o", ms=7, mfc="#555555", mec="#555555"),
               Patch(fc="#555555", ec="#555555"),
               Line2D([], [], ls="", marker="o", ms=7, mfc="white", mec="#555555", mew=1.6),
               Patch(fc=_lighten("#555555", 0.75), ec="#555555"),
               Line2D([], [], ls="", marker="D", ms=6, color="#555555")]
    legend = (handles, ["a day", "a period (first to last day)", "a day, resolved relative to publication",
                        "a period, resolved relative to publication", "publication date"], 5)
    n_rows = len(ylabels)
    fig = _new_figure(12.5, 0.235 * n_rows + 3.4)
    _frame(fig, _esc(title), _esc(subtitle), source, legend=legend)
    widths = [1.0 if p == main else 0.38 for p in panels]
    gs = fig.add_gridspec(1, len(panels), width_ratios=widths, wspace=0.04)
    axes = []
    for pi, (p0, p1) in enumerate(panels):
        ax = fig.add_subplot(gs[0, pi], sharey=axes[0] if axes else None)
        axes.append(ax)
        x0, x1 = mdates.date2num(p0.to_pydatetime()), mdates.date2num((p1 + pd.Timedelta(days=1)).to_pydatetime())
        pad = max(0.03 * (x1 - x0), 12)
        if pi < len(panels) - 1:  # never show the next panel's first days at this panel's edge
            nxt = mdates.date2num(panels[pi + 1][0].to_pydatetime())
            pad = max(1.0, min(pad, (nxt - x1) / 2))
        if pi > 0:
            prev = mdates.date2num((panels[pi - 1][1] + pd.Timedelta(days=1)).to_pydatetime())
            pad = max(1.0, min(pad, (x0 - prev) / 2))
        ax.set_xlim(x0 - pad, x1 + pad)
        lo_x, hi_x = x0 - pad, x1 + pad
        near_end = x1 + pad - 0.14 * (x1 - x0 + 2 * pad)
        # alternate document bands
        row = 0
        for di, d in enumerate(doc_order):
            n_ev = sum(1 for e in events if e["doc_id"] == d)
            if di % 2 == 0:
                ax.axhspan(row - 0.5, row + n_ev + 0.5, color="#f3f3f3", lw=0, zorder=0)
            pub = published.get(d)
            if pub is not None and not pd.isna(pub) and lo_x <= mdates.date2num(pub.to_pydatetime()) <= hi_x:
                ax.plot([mdates.date2num(pub.to_pydatetime())], [row], ls="", marker="D", ms=5.5, color=colours[d],
                        mec="white", mew=0.6, zorder=4, clip_on=True)
            row += n_ev + 1
        for yi, e in placed:
            c = colours[e["doc_id"]]
            if e["day"]:
                if not lo_x <= e["x0"] + 0.5 <= hi_x:  # a point belongs to one panel only
                    continue
                ax.plot([e["x0"] + 0.5], [yi], ls="", marker="o", ms=6.5, mfc="white" if e["relative"] else c,
                        mec=c, mew=1.6, zorder=5)
            else:
                ax.add_patch(Rectangle((e["x0"], yi - 0.28), e["x1"] - e["x0"], 0.56,
                                       fc=_lighten(c, 0.75) if e["relative"] else c, ec=c, lw=1.2, zorder=3))
                if e["gran"] and p0 <= e["end"] and e["start"] <= p1 + pd.Timedelta(days=1):
                    gran = e["gran"].replace("_", " ")
                    at_end = e["x1"] > near_end
                    ax.annotate(_esc(gran), (e["x0"] if at_end else e["x1"], yi), xytext=(-4 if at_end else 4, 0),
                                textcoords="offset points", va="center", ha="right" if at_end else "left",
                                fontsize=7, color="#666666", clip_on=True, zorder=6)
        ax.xaxis.set_major_locator(loc := mdates.AutoDateLocator(minticks=3, maxticks=7 if p0 == main[0] else 4))
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(loc, show_offset=False))
        ax.grid(axis="x", color="#e0e0e0", lw=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(axis="y", length=0)
        if pi > 0:
            ax.tick_params(axis="y", labelleft=False)
            ax.spines["left"].set_visible(False)
        if pi < len(panels) - 1:
            ax.spines["right"].set_visible(False)
        # break marks
        kw = dict(transform=ax.transAxes, color="#666666", clip_on=False, lw=1)
        if pi < len(panels) - 1:
            ax.plot([1 - 0.012 / widths[pi], 1 + 0.012 / widths[pi]], [-0.012, 0.012], **kw)
        if pi > 0:
            ax.plot([-0.012 / widths[pi], 0.012 / widths[pi]], [-0.012, 0.012], **kw)
    axes[0].set_yticks(range(n_rows), ylabels)
    axes[0].set_ylim(n_rows - 0.5, -0.7)
    for tl, (kind, d) in zip(axes[0].get_yticklabels(), ystyles):
        if kind == "head":
            tl.set_fontweight("bold")
            tl.set_color(_darken(colours[d]))
            tl.set_fontsize(9)
        else:
            tl.set_fontsize(8)
            tl.set_color("#333333")
    return fig


# --------------------------------------------------------------------------------------------
# 4. Places
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _countries(path: str, mtime_ns: int) -> tuple[tuple[str, str, tuple[float, float, float, float], MplPath], ...]:
    """(code, name, bbox, path) per country of a GeoJSON file (Natural Earth admin-0)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for f in data.get("features", []):
        props = f.get("properties") or {}
        code = ""
        for k in ("ADM0_A3", "ISO_A3", "ISO_A3_EH", "adm0_a3", "iso_a3"):
            v = _s(props.get(k))
            if re.fullmatch(r"[A-Z]{3}", v):
                code = v
                break
        name = _s(props.get("NAME") or props.get("ADMIN") or props.get("name"))
        geom = f.get("geometry") or {}
        polys = geom.get("coordinates") or []
        if geom.get("type") == "Polygon":
            polys = [polys]
        elif geom.get("type") != "MultiPolygon":
            continue
        verts, codes = [], []
        for poly in polys:
            for ring in poly:
                if len(ring) < 3:
                    continue
                verts.extend((float(x), float(y)) for x, y, *_ in ring)
                verts.append((0.0, 0.0))
                codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 1) + [MplPath.CLOSEPOLY])
        if not verts:
            continue
        arr = np.array(verts)
        real = arr[np.array(codes) != MplPath.CLOSEPOLY]
        bbox = (float(real[:, 0].min()), float(real[:, 1].min()), float(real[:, 0].max()), float(real[:, 1].max()))
        out.append((code, name, bbox, MplPath(arr, codes)))
    return tuple(sorted(out, key=lambda t: (t[0], t[1])))


def _haversine_km(lon1, lat1, lon2, lat2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(a)))


def _weighted_median(values: list[float], weights: list[float]) -> float:
    order = sorted(range(len(values)), key=lambda i: (values[i], i))
    half, acc = sum(weights) / 2, 0.0
    for i in order:
        acc += weights[i]
        if acc >= half:
            return values[i]
    return values[order[-1]]


MAP_RADIUS_KM = 5500  # points farther than this from the weighted centre are listed, not mapped


@_styled
def places(entities: pd.DataFrame, mentions: pd.DataFrame, countries_path=config.COUNTRIES_GEOJSON) -> DossierFigure:
    """Map of the places mentioned (entities with coordinates that occur in mentions), with the
    countries mentioned shaded by how often."""
    _require(entities, ["entity_id", "name", "kind", "country", "lat", "lon"], "entities")
    _require(mentions, ["doc_id", "entity_id"], "mentions")
    source = _source(["entities", "mentions"], mentions["doc_id"])
    source = source.replace(" (dossier pipeline)",
                            " (dossier pipeline); outlines: Natural Earth 1:110m (public domain)")
    ents = _entity_rows(entities)
    counts = Counter(_s(e) for e in mentions["entity_id"] if _s(e))
    countries, pins = [], []
    for eid in sorted(counts):
        e = ents.get(eid)
        if not e:
            continue
        lat, lon = _num(e.get("lat")), _num(e.get("lon"))
        kind = _clean(e.get("kind")).lower()
        item = dict(id=eid, name=_s(e.get("name")) or eid, n=counts[eid], lat=lat, lon=lon,
                    code=_clean(e.get("country")).upper(), kind=kind)
        if kind == "country":
            countries.append(item)
        elif not (math.isnan(lat) or math.isnan(lon)):
            pins.append(item)
    located = [p for p in pins + countries if not (math.isnan(p["lat"]) or math.isnan(p["lon"]))]
    if not located:
        return _no_data("Places: nothing to map", source,
                        "No mentioned entity has coordinates (entities.lat / entities.lon).")

    # extent: around the weighted centre of what is mentioned; far-off points are listed instead
    w = [p["n"] for p in located]
    clon = _weighted_median([p["lon"] for p in located], w)
    clat = _weighted_median([p["lat"] for p in located], w)
    near = [p for p in located if _haversine_km(clon, clat, p["lon"], p["lat"]) <= MAP_RADIUS_KM]
    far = [p for p in located if p not in near]
    lons = [p["lon"] for p in near]
    lats = [p["lat"] for p in near]
    x0, x1 = min(lons), max(lons)
    y0, y1 = min(lats), max(lats)
    mx = max(4.0, 0.08 * (x1 - x0))
    my = max(3.0, 0.08 * (y1 - y0))
    x0, x1, y0, y1 = x0 - mx, x1 + mx, y0 - my, y1 + my
    mid_lat = (y0 + y1) / 2
    aspect = 1 / max(0.2, math.cos(math.radians(mid_lat)))
    # a sensible shape: not thinner than 4:3 either way (on the ground)
    ground_w, ground_h = (x1 - x0) / aspect, (y1 - y0)
    if ground_w < 1.33 * ground_h:
        extra = (1.33 * ground_h * aspect - (x1 - x0)) / 2
        x0, x1 = x0 - extra, x1 + extra
    elif ground_h < ground_w / 1.6:
        extra = (ground_w / 1.6 - (y1 - y0)) / 2
        y0, y1 = y0 - extra, y1 + extra
    y0, y1 = max(-89.0, y0), min(89.0, y1)

    shaded = {}
    for c in countries:
        if c["code"]:
            shaded[c["code"]] = shaded.get(c["code"], 0) + c["n"]
    bins = [(1, 1), (2, 4), (5, 9), (10, math.inf)]

    def shade(n):
        for (a, b), col in zip(bins, BLUES):
            if a <= n <= b:
                return col
        return BLUES[0]

    top_c = sorted(countries, key=lambda c: (-c["n"], c["name"]))
    top_p = sorted(pins, key=lambda p: (-p["n"], p["name"]))
    parts = []
    if top_c:
        if len(top_c) > 1:
            parts.append(f"{top_c[0]['name']} ({top_c[0]['n']} mentions) and {top_c[1]['name']} ({top_c[1]['n']}) "
                         f"are the most-mentioned of {len(top_c)} countries")
        else:
            parts.append(f"{top_c[0]['name']} is the only country mentioned ({top_c[0]['n']} mentions)")
    if top_p:
        parts.append(f"{top_p[0]['name']} is the most-named of {_plural(len(top_p), 'place')} "
                     f"({_plural(top_p[0]['n'], 'mention')})")
    title = "; ".join(parts)
    title = title[0].upper() + title[1:]
    subtitle = ("Countries shaded by how often the corpus names them (names and demonyms); dots are the places with "
                "coordinates (ports, towns, border crossings), sized by mentions.")
    if far:
        subtitle += " Outside the map: " + ", ".join(f"{p['name']} ({p['n']})" for p in
                                                       sorted(far, key=lambda p: (-p["n"], p["name"]))) + "."
    handles = [Patch(fc=col, ec="#9a9a9a") for col in BLUES]
    labels = ["country named once", "2–4 times", "5–9 times", "10 times or more"]
    size = lambda n: 22 + 18 * min(n, 12)  # noqa: E731
    for n in (1, 5):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(size(n)), mfc=VERMILLION, mec="black", mew=0.6))
        labels.append(f"place, {_plural(n, 'mention')}")
    fig = _new_figure(11, 8.6)
    _frame(fig, _esc(title), _esc(subtitle), source, legend=(handles, labels, 6))
    ax = fig.add_subplot()
    ax.set_facecolor("#fbfdff")
    path = Path(countries_path)
    shapes = _countries(str(path.resolve()), path.stat().st_mtime_ns) if path.is_file() else ()
    for code, name, (bx0, by0, bx1, by1), p in shapes:
        if bx1 < x0 or bx0 > x1 or by1 < y0 or by0 > y1:
            continue
        fc = shade(shaded[code]) if code in shaded else "#e6e6e6"
        ax.add_patch(PathPatch(p, fc=fc, ec="#8c8c8c", lw=0.45, zorder=1))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(aspect)
    ax.set_xticks([])
    ax.set_yticks([])
    for s in ax.spines.values():
        s.set_visible(True)
        s.set_color("#999999")
    _freeze(fig)
    renderer = fig.canvas.get_renderer()
    inside = ax.get_window_extent(renderer)
    shown_pins = [p for p in top_p if p in near]
    boxes: list[Bbox] = []
    for p in shown_pins:
        ax.scatter([p["lon"]], [p["lat"]], s=size(p["n"]), color=VERMILLION, edgecolor="black", linewidth=0.6,
                   zorder=4)
        cx, cy = ax.transData.transform((p["lon"], p["lat"]))
        r = math.sqrt(size(p["n"])) / 2 * fig.dpi / 72 + 1
        boxes.append(Bbox.from_extents(cx - r, cy - r, cx + r, cy + r))
    cands = []
    for dist in (5, 14, 26):
        cands += [(dist, 0, "left", "center"), (-dist, 0, "right", "center"), (0, dist, "center", "bottom"),
                  (0, -dist, "center", "top"), (dist, dist, "left", "bottom"), (-dist, dist, "right", "bottom"),
                  (dist, -dist, "left", "top"), (-dist, -dist, "right", "top")]
    for p in shown_pins:
        def make(c, p=p):
            dx, dy, ha, va = c
            far_off = abs(dx) > 10 or abs(dy) > 10
            return ax.annotate(_esc(p["name"]), (p["lon"], p["lat"]), xytext=(dx, dy), textcoords="offset points",
                               ha=ha, va=va, fontsize=8.5, fontweight="bold", color="#111111", zorder=6,
                               path_effects=HALO, annotation_clip=False,
                               arrowprops=dict(arrowstyle="-", color="#555555", lw=0.6, shrinkA=0, shrinkB=3)
                               if far_off else None)
        _place(ax, renderer, boxes, make, cands, inside=inside)
    # country names where there is room (their shade already says they are mentioned)
    for c in top_c:
        if c not in near:
            continue

        def make(cand, c=c):
            dx, dy = cand
            return ax.annotate(_esc(f"{c['name']} ({c['n']})"), (c["lon"], c["lat"]), xytext=(dx, dy),
                               textcoords="offset points", ha="center", va="center", fontsize=7.5, style="italic",
                               color="#08306b", zorder=5, path_effects=HALO, annotation_clip=False)

        _place(ax, renderer, boxes, make, [(0, 0), (0, 9), (0, -9), (14, 0), (-14, 0)], required=False, inside=inside)
    return fig


# --------------------------------------------------------------------------------------------
# 5. Voices
# --------------------------------------------------------------------------------------------

KIND_ORDER = ("direct", "scare", "accusation")
KIND_LABEL = {"direct": "direct quote (reported words)", "scare": "scare quote (a term held at a distance)",
              "accusation": "accusation (charge reported without who makes it)"}
KIND_STYLE = {"direct": dict(alpha=1.0, hatch=None, light=0.0), "scare": dict(hatch="////", light=0.55),
              "accusation": dict(hatch="xxx", light=1.0)}


@_styled
def voices(quotes: pd.DataFrame, entities: pd.DataFrame) -> DossierFigure:
    """Who is quoted, grouped by side, bars stacked by kind of quote (direct / scare /
    accusation); unattributed quotes form their own group."""
    _require(quotes, ["doc_id", "quote", "speaker", "speaker_entity_id", "kind"], "quotes")
    _require(entities, ["entity_id"], "entities")
    source = _source(["quotes", "entities"], quotes["doc_id"])
    if not len(quotes):
        return _no_data("Voices: no quotes", source, "The quotes table has no rows.")
    ents = _entity_rows(entities)
    rows = []
    for r in quotes.astype(object).to_dict("records"):
        eid = _s(r.get("speaker_entity_id"))
        spk = _clean(r.get("speaker"))
        if eid:
            grp, who = side(ents.get(eid)), _name(ents, eid)
        elif spk:
            grp, who = "other", spk
        else:
            grp, who = UNATTRIBUTED, UNATTRIBUTED
        rows.append(dict(group=grp, who=who, kind=_s(r.get("kind")) or "direct", quote=_clean(r.get("quote")),
                         doc=_s(r.get("doc_id")), start=_int(r.get("start"))))
    kinds = [k for k in KIND_ORDER if any(r["kind"] == k for r in rows)]
    kinds += sorted({r["kind"] for r in rows} - set(kinds))
    group_n = Counter(r["group"] for r in rows)
    group_rank = lambda g: (g == UNATTRIBUTED, -group_n[g], SIDES.index(g) if g in SIDES else 99, g)  # noqa: E731
    groups = sorted(group_n, key=group_rank)
    total = len(rows)

    attributed = {g: n for g, n in group_n.items() if g != UNATTRIBUTED}
    n_un = group_n.get(UNATTRIBUTED, 0)
    if attributed:
        top = sorted(attributed, key=group_rank)[0]
        n_top = attributed[top]
        ties = [g for g, n in attributed.items() if n == n_top]
        label = _and(sorted(ties, key=group_rank))
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

    # rows: group header then speakers
    ylabels, yitems = [], []
    for g in groups:
        ylabels.append(f"{g} ({group_n[g]})")
        yitems.append(("head", g, None))
        speakers = Counter(r["who"] for r in rows if r["group"] == g)
        for who in sorted(speakers, key=lambda w: (-speakers[w], w)):
            ylabels.append("no speaker named" if g == UNATTRIBUTED else _short(who, 34))
            yitems.append(("who", g, who))
    handles = []
    for k in kinds:
        st = KIND_STYLE.get(k, dict(hatch="..", light=0.3))
        handles.append(Patch(fc=_lighten("#555555", st["light"]), ec="#555555", hatch=st.get("hatch")))
    fig = _new_figure(11.5, 0.34 * len(ylabels) + 3.2)
    _frame(fig, _esc(title), _esc(subtitle), source, legend=(handles, [KIND_LABEL.get(k, k) for k in kinds], 3))
    ax = fig.add_subplot()
    xmax = 0
    for yi, (kind_, g, who) in enumerate(yitems):
        if kind_ == "head":
            continue
        c = SIDE_COLOURS.get(g, UNATTRIBUTED_COLOUR)
        left = 0
        kind_rank = {k: i for i, k in enumerate(kinds)}
        mine = sorted((r for r in rows if r["group"] == g and r["who"] == who),
                      key=lambda r: (kind_rank[r["kind"]], r["doc"], r["start"]))
        for k in kinds:
            n = sum(1 for r in mine if r["kind"] == k)
            if not n:
                continue
            st = KIND_STYLE.get(k, dict(hatch="..", light=0.3))
            ax.barh([yi], [n], left=left, height=0.66, color=_lighten(c, st["light"]), edgecolor=c,
                    hatch=st.get("hatch"), linewidth=1.2)
            left += n
        xmax = max(xmax, left)
        words = "; ".join(f"“{_short(r['quote'], 48)}”" for r in mine)
        ax.annotate(_esc(_short(words, 130)), (left, yi), xytext=(6, 0), textcoords="offset points", va="center",
                    ha="left", fontsize=7.5, color="#444444")
    ax.set_xlim(0, max(1, xmax) * 2.6)
    ax.set_yticks(range(len(ylabels)), [_esc(x) for x in ylabels])
    for tl, (kind_, g, _who) in zip(ax.get_yticklabels(), yitems):
        if kind_ == "head":
            tl.set_fontweight("bold")
            tl.set_fontsize(9.5)
            tl.set_color(_darken(SIDE_COLOURS.get(g, UNATTRIBUTED_COLOUR)))
    ax.set_ylim(len(ylabels) - 0.5, -0.6)
    ax.tick_params(axis="y", length=0)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=6))
    ax.set_xlabel("number of quotes", loc="left")
    ax.grid(axis="x", color="#e5e5e5", lw=0.6)
    ax.set_axisbelow(True)
    # keep the axis to the bars' range; the quoted words run on to the right
    ax.spines["bottom"].set_bounds(0, max(1, xmax))
    ax.set_xticks([t for t in range(0, max(1, xmax) + 1)] if xmax <= 10 else ax.get_xticks())
    return fig


# --------------------------------------------------------------------------------------------
# 6. Story structure
# --------------------------------------------------------------------------------------------

PARA_KIND_COLOURS = {"headline": "#404040", "standfirst": "#737373", "byline": "#b0b0b0", "dateline": "#b0b0b0",
                     "speaker": "#b0b0b0", "body": "#e3e3e3", "credit": "#b0b0b0"}


@_styled
def story(mentions: pd.DataFrame, paragraphs: pd.DataFrame, entities: pd.DataFrame,
          doc_id: str = STORY_DOC, *, top: int = 12) -> DossierFigure:
    """Where each of the top entities appears across one document's paragraphs."""
    _require(mentions, ["doc_id", "entity_id", "para", "start"], "mentions")
    _require(paragraphs, ["doc_id", "para", "kind"], "paragraphs")
    _require(entities, ["entity_id"], "entities")
    source = _source(["mentions", "paragraphs", "entities"], [doc_id])
    m = mentions[mentions["doc_id"].astype(object) == doc_id]
    m = m[[bool(_s(e)) and not pd.isna(p) for e, p in zip(m["entity_id"], m["para"])]]
    if m.empty:
        return _no_data("Story structure: no mentions for this document", source,
                        f"No mention in the mentions table has doc_id {doc_id}.")
    ents = _entity_rows(entities)
    recs = sorted(((_s(e), int(p), _int(s)) for e, p, s in
                   zip(m["entity_id"], m["para"], m["start"])), key=lambda t: (t[1], t[2], t[0]))
    total = Counter(e for e, _, _ in recs)
    first = {}
    for e, p, s in recs:
        first.setdefault(e, (p, s))
    chosen = sorted(total, key=lambda e: (-total[e], first[e], e))[:top]
    rows = sorted(chosen, key=lambda e: (first[e], e))
    paras = paragraphs[paragraphs["doc_id"].astype(object) == doc_id]
    kinds = {int(p): _s(k) for p, k in zip(paras["para"], paras["kind"]) if not pd.isna(p)}
    n_para = max([p + 1 for p in kinds] + [p + 1 for _, p, _ in recs])
    cell = Counter((e, p) for e, p, _ in recs)
    in_paras = {e: len({p for x, p, _ in recs if x == e}) for e in rows}

    lead = max(rows, key=lambda e: (in_paras[e], total[e], -rows.index(e)))
    head_paras = [p for p, k in kinds.items() if k == "headline"]
    title = (f"{_name(ents, lead)} runs through the document: named in {in_paras[lead]} of {n_para} paragraphs")
    if head_paras:
        named = [e for e in sorted(total, key=lambda e: first[e]) if any(p in head_paras for x, p, _ in recs
                                                                          if x == e)]
        if named:
            title += f"; the headline names {_and([_name(ents, e) for e in named])}"
    subtitle = (f"Each row is one of the {len(rows)} most-mentioned entities in {doc_id}, in order of first "
                f"appearance; each column a paragraph (the strip on top gives its role). Dot area = mentions in that "
                f"paragraph; colour = side; the number on the right = mentions in the whole document.")

    fig = _new_figure(min(18.0, max(9.0, 3.8 + 0.5 * n_para)), 0.36 * len(rows) + 4.0)
    present = [s_ for s_ in SIDES if any(side(ents.get(e)) == s_ for e in rows)]
    handles = [Line2D([], [], ls="", marker="o", ms=8, mfc=SIDE_COLOURS[s_], mec="white") for s_ in present]
    labels = list(present)
    for n in (1, 3):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(45 + 70 * (n - 1)), mfc="#bbbbbb", mec="white"))
        labels.append(f"{_plural(n, 'mention')} in the paragraph")
    _frame(fig, _esc(title), _esc(subtitle), source, legend=(handles, labels, len(labels)))
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
    for yi, e in enumerate(rows):
        s_ = side(ents.get(e))
        xs = [p for p in range(n_para) if cell[(e, p)]]
        ax.scatter(xs, [yi] * len(xs), s=[45 + 70 * (cell[(e, p)] - 1) for p in xs], color=SIDE_COLOURS[s_],
                   edgecolor="white", lw=0.8, zorder=3)
        ax.annotate(f"{total[e]}", (1.0, yi), xycoords=("axes fraction", "data"), xytext=(6, 0),
                    textcoords="offset points", va="center", ha="left", fontsize=8.5, color="#333333")
    for p, k in kinds.items():
        if k in ("headline", "standfirst"):
            ax.axvspan(p - 0.5, p + 0.5, color="#f0f0f0", lw=0, zorder=0)
    ax.set_yticks(range(len(rows)), [_esc(_short(_name(ents, e), 34)) for e in rows])
    for tl, e in zip(ax.get_yticklabels(), rows):
        tl.set_color(_darken(SIDE_COLOURS[side(ents.get(e))]))
    ax.set_ylim(len(rows) - 0.5, -0.6)
    ax.set_xlim(-0.6, n_para - 0.4)
    ax.set_xticks(range(n_para))
    ax.set_xlabel("paragraph (0 = first paragraph of the document's text)")
    ax.grid(color="#ececec", lw=0.6)
    ax.set_axisbelow(True)
    ax.tick_params(axis="y", length=0)
    ax.annotate("mentions", (1.0, 1.0), xycoords="axes fraction", xytext=(2, 4), textcoords="offset points",
                fontsize=7.5, color="#555555", ha="left", va="bottom")
    _freeze(fig)
    renderer = fig.canvas.get_renderer()
    for p, q, k, col in runs:  # role names: across the run if they fit, else upright, else cut
        dark = mpl.colors.to_rgb(col)[0] < 0.5
        (x0, y0), (x1, y1) = strip.transData.transform([(p - 0.45, 0), (q + 0.45, 1)])
        for rotation, text in ((0, k), (90, k), (90, k[:4] + ".")):
            t = strip.text((p + q) / 2, 0.5, _esc(text), ha="center", va="center", fontsize=7.5,
                           rotation=rotation, color="white" if dark else "#222222", clip_on=False)
            box = t.get_window_extent(renderer)
            if box.width <= (x1 - x0) - 2 and box.height <= (y1 - y0) - 2:
                break
            if text != k[:4] + ".":
                t.remove()
    return fig


# --------------------------------------------------------------------------------------------
# 7. Across sources
# --------------------------------------------------------------------------------------------

QUALIFIER_WORDS = {"exact": "exact", "approximately": "about", "more_than": "more than", "less_than": "less than",
                   "only": "only", "vague": "vague"}


@_styled
def across_sources(mentions: pd.DataFrame, entities: pd.DataFrame, quantities: pd.DataFrame,
                   documents: pd.DataFrame, *, top: int = 20) -> DossierFigure:
    """(a) Which entities each document mentions; (b) the same figure reported by several
    documents, side by side with its qualifiers and periods."""
    _require(mentions, ["doc_id", "entity_id"], "mentions")
    _require(entities, ["entity_id"], "entities")
    _require(quantities, ["doc_id", "start", "end", "text", "value", "unit", "qualifier", "period"], "quantities")
    _require(documents, ["doc_id"], "documents")
    source = _source(["mentions", "entities", "quantities", "documents"],
                     list(mentions["doc_id"]) + list(quantities["doc_id"]))
    pairs = [(_s(d), _s(e)) for d, e in zip(mentions["doc_id"], mentions["entity_id"]) if _s(d) and _s(e)]
    if not pairs:
        return _no_data("Across sources: no mentions", source, "The mentions table has no rows.")
    ents = _entity_rows(entities)
    docs = _doc_order(documents, [d for d, _ in pairs])
    labels = _doc_labels(docs)
    cnt = Counter(pairs)
    n_docs = Counter(e for (d, e) in cnt)
    total = Counter(e for _, e in pairs)
    multi = [e for e in n_docs if n_docs[e] >= 2]
    pick = multi if len(multi) >= 3 else list(total)
    rows = sorted(pick, key=lambda e: (-n_docs[e], -total[e], _name(ents, e)))[:top]

    # shared figures: same value and unit in two or more documents
    texts = _texts(documents)
    qrecs = [r for r in quantities.astype(object).to_dict("records") if not math.isnan(_num(r.get("value")))]
    by_value: dict[tuple[float, str], list[dict]] = defaultdict(list)
    for r in qrecs:
        by_value[(round(_num(r["value"]), 6), _s(r.get("unit")))].append(r)
    shared = {k: sorted(v, key=lambda r: (docs.index(_s(r["doc_id"])) if _s(r["doc_id"]) in docs else 99,
                                          _int(r.get("start"))))
              for k, v in by_value.items() if len({_s(r["doc_id"]) for r in v}) >= 2}
    shared_keys = sorted(shared, key=lambda k: (-len({_s(r["doc_id"]) for r in shared[k]}), -k[0], k[1]))

    n_ent = len(total)
    if len(docs) == 1:
        title = f"All {n_ent} entities mentioned come from one document"
    elif multi:
        title = f"{len(multi)} of the {n_ent} entities mentioned recur across documents"
    else:
        title = f"No entity is mentioned in more than one of the {len(docs)} documents"
    if multi:
        lead = rows[0]
        title += f"; {_name(ents, lead)} appears in {n_docs[lead]} of {len(docs)}"
    if shared_keys:
        k = shared_keys[0]
        nd = len({_s(r["doc_id"]) for r in shared[k]})
        title += (f". {_fmt_value(k[0], k[1])} is reported by {nd} documents, with different qualifiers and periods"
                  if len({(_s(r.get('qualifier')), _clean(r.get('period'))) for r in shared[k]}) > 1
                  else f". {_fmt_value(k[0], k[1])} is reported by {nd} documents")
        if len(shared_keys) > 1:
            title += f" ({len(shared_keys)} shared figures in all)"
    else:
        title += ". No figure is reported by more than one document"
    subtitle = ("(a) Mentions of each entity in each document, for entities named in two or more documents"
                + ("" if pick is multi else " (here: the most-mentioned entities)") + f", top {len(rows)}. "
                "(b) Amounts with the same value and unit in different documents, as each source words them.")

    table_rows = sum(len(shared[k]) + 1 for k in shared_keys) if shared_keys else 1
    h_a = 0.3 * len(rows) + 1.6
    h_b = 0.3 * table_rows + 0.7
    fig = _new_figure(12, h_a + h_b + 2.6)
    _frame(fig, _esc(title), _esc(subtitle), source)
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
    ax.set_yticks(range(len(rows)), [_esc(_short(_name(ents, e), 34)) for e in rows])
    for tl, e in zip(ax.get_yticklabels(), rows):
        tl.set_color(_darken(SIDE_COLOURS[side(ents.get(e))]))
    ax.xaxis.tick_top()
    ax.set_xticks(range(len(docs)), [_esc(_two_lines(labels[d])) for d in docs], fontsize=8.5)
    colours = _doc_colours(documents, docs)
    for tick, d in zip(ax.xaxis.get_major_ticks(), docs):
        tick.label2.set_color(_darken(colours.get(d, GREY)))
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
        tb.text(0, line, _esc(f"{_fmt_value(k[0], k[1])}" + (f" ({k[1]})" if k[1] and k[1] not in CURRENCY
                                                               and k[1] != "percent" else "")),
                fontsize=9, fontweight="bold", va="center")
        line += 1
        for r in shared[k]:
            d = _s(r["doc_id"])
            ctx = _snippet(texts.get(d, ""), _int(r.get("start"), -1), _int(r.get("end"), -1), before=5, after=6,
                           max_chars=62)
            tb.add_patch(Rectangle((-0.012, line - 0.3), 0.006, 0.6, color=colours.get(d, GREY), clip_on=False))
            cells = [labels.get(d, d), _clean(r.get("text")), QUALIFIER_WORDS.get(_s(r.get("qualifier")),
                                                                                  _s(r.get("qualifier"))),
                     _clean(r.get("period")) or "—", ctx or "—"]
            for (name, x), v in zip(cols, cells):
                tb.text(x, line, _esc(v), fontsize=8.5, va="center", color="#222222",
                        fontweight="bold" if name == "qualifier" and v not in ("exact", "—") else "normal")
            line += 1
    return fig


# --------------------------------------------------------------------------------------------
# Saving
# --------------------------------------------------------------------------------------------


def _render(fig: Figure, fmt: str) -> bytes:
    buf = io.BytesIO()
    with mpl.rc_context(STYLE):
        if fmt == "svg":
            fig.savefig(buf, format="svg", dpi=DPI, metadata=SVG_METADATA)
        elif fmt == "png":
            fig.savefig(buf, format="png", dpi=DPI, metadata=PNG_METADATA)
        else:
            raise ValueError(f"unsupported format {fmt!r}")
    return buf.getvalue()


def save(fig: Figure, name: str, folder=config.FIGURES) -> list[Path]:
    """Write ``folder/name.svg`` and ``folder/name.png``, byte-reproducibly; returns both paths.
    The figure is left open (a caller may still display it); figures made here hold no pyplot
    state, so dropping the reference frees them."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name or "") or name.endswith((".svg", ".png")):
        raise ValueError(f"figure name must be a plain file stem, got {name!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in ("svg", "png"):
        data = _render(fig, fmt)
        path = folder / f"{name}.{fmt}"
        tmp = folder / f".{name}.{fmt}.tmp"
        tmp.write_bytes(data)
        tmp.replace(path)
        paths.append(path)
    return paths


FIGURES = ("actors", "numbers", "timeline", "places", "voices", "story", "across_sources")


def render_all(tables: dict[str, pd.DataFrame], folder=config.FIGURES) -> dict[str, list[Path]]:
    """Draw and save every figure from the pipeline's tables; returns {figure name: [svg, png]}.
    The story figure uses the default document when the corpus has it, else the document with
    the most mentions."""
    needed = {"entities", "relations", "mentions", "quantities", "documents", "dates", "sentences", "quotes",
              "paragraphs"}
    missing = sorted(needed - set(tables))
    if missing:
        raise KeyError(f"render_all needs the tables {missing}")
    t = tables
    docs_with_mentions = Counter(_s(d) for d in t["mentions"]["doc_id"])
    story_doc = STORY_DOC if STORY_DOC in docs_with_mentions or not docs_with_mentions else \
        sorted(docs_with_mentions, key=lambda d: (-docs_with_mentions[d], d))[0]
    makers = {
        "actors": lambda: actors(t["entities"], t["relations"], t["mentions"]),
        "numbers": lambda: numbers(t["quantities"], t["documents"]),
        "timeline": lambda: timeline(t["dates"], t["documents"], t["sentences"]),
        "places": lambda: places(t["entities"], t["mentions"]),
        "voices": lambda: voices(t["quotes"], t["entities"]),
        "story": lambda: story(t["mentions"], t["paragraphs"], t["entities"], doc_id=story_doc),
        "across_sources": lambda: across_sources(t["mentions"], t["entities"], t["quantities"], t["documents"]),
    }
    out = {}
    for name in FIGURES:
        fig = makers[name]()
        out[name] = save(fig, name, folder)
        del fig
    return out
