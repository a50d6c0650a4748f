"""What every figure shares around its axes, and how it is written to disk.

* The frame: a title stating the finding, a subtitle saying how to read it, an optional legend,
  and a source line naming the tables and documents (:func:`frame`).
* A figure with no data says so (:class:`NoData`, :func:`no_data`) instead of an empty axis.
* Figures are :class:`DossierFigure` (a plain ``matplotlib.figure.Figure``) with an Agg canvas
  attached: no pyplot, no global backend or figure-manager state, nothing to close. In a
  notebook a figure displays inline through its ``_repr_png_``, even with ``MPLBACKEND=Agg``.
* Saving (:func:`save`) writes SVG with ``svg.hashsalt`` fixed and no date/creator metadata,
  and PNG at a fixed dpi without the ``Software`` tag; after constrained layout has run once,
  the axes positions are rounded and frozen (:func:`freeze`: the solver's last bits vary with
  the hash seed, and SVG clip-path ids hash them). A re-run, in any process, writes
  byte-identical files.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .. import config
from .labels import height_in, wrap_to_width
from .style import DPI, MUTED, PNG_METADATA, STYLE, SVG_METADATA
from .text import esc


MAX_HEIGHT_IN = 19.5  # every figure stays under 3,000 px tall at DPI 150; figures fit their rows to it


@dataclass(frozen=True)
class NoData:
    """What a figure's ``prepare`` returns when the tables hold nothing to draw."""

    title: str
    source: str
    message: str


class DossierFigure(Figure):
    """A plain matplotlib Figure that also shows itself in Jupyter without pyplot."""

    def _repr_png_(self) -> bytes:
        return render(self, "png")


def styled(func: Callable) -> Callable:
    """Build the figure inside the project's rc_context (never touching global rcParams); a
    ``draw`` function given :class:`NoData` draws the "no data" figure instead."""

    @functools.wraps(func)
    def wrapper(data, *args, **kwargs):
        with mpl.rc_context(STYLE):
            fig = no_data(data) if isinstance(data, NoData) else func(data, *args, **kwargs)
            freeze(fig)
            return fig

    return wrapper


def new_figure(width: float, height: float) -> DossierFigure:
    """A figure with a canvas that measures text; never taller than :data:`MAX_HEIGHT_IN` (the
    figures choose their rows so that they fit; this is the backstop)."""
    fig = DossierFigure(figsize=(width, min(height, MAX_HEIGHT_IN)), dpi=DPI)
    FigureCanvasAgg(fig)  # a canvas that can measure text; no backend switch, no pyplot
    return fig


def frame(fig: Figure, title: str, subtitle: str | None, source: str, *, legend: tuple | None = None,
           layout: bool = True, margin: float = 0.2) -> tuple[float, float]:
    """Title (the finding), subtitle (how to read it), an optional legend (handles, labels,
    ncols) above the source line at the bottom; returns the (bottom, top) figure fractions left
    for the axes, and hands them to constrained layout."""
    width, height = fig.get_size_inches()
    x = margin / width
    text_w = width - 2 * margin
    y = height - 0.16
    title = title[:1].upper() + title[1:]
    t = fig.text(x, y / height, wrap_to_width(fig, title, 13.5, text_w, "bold"), fontsize=13.5,
                 fontweight="bold", va="top", ha="left", color="#111111")
    y -= height_in(t, fig) + 0.08
    if subtitle:
        st = fig.text(x, y / height, wrap_to_width(fig, subtitle, 9.5, text_w), fontsize=9.5,
                      va="top", ha="left", color="#444444", linespacing=1.35)
        y -= height_in(st, fig)
    top = (y - 0.14) / height
    src = fig.text(x, 0.1 / height, wrap_to_width(fig, source, 7.5, text_w), fontsize=7.5,
                   va="bottom", ha="left", color=MUTED)
    low = 0.1 + height_in(src, fig) + 0.08
    if legend is not None:
        handles, labels, ncols = legend
        ncols = max(1, min(ncols, len(labels)))
        while True:
            leg = fig.legend(handles, [esc(x) for x in labels], loc="lower center",
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


def freeze(fig: Figure) -> None:
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


def no_data(data: NoData) -> DossierFigure:
    fig = new_figure(8, 4.5)
    frame(fig, data.title, None, data.source, layout=False)
    fig.text(0.5, 0.52, "no data", ha="center", va="center", fontsize=22, color="#777777")
    fig.text(0.5, 0.40, wrap_to_width(fig, esc(data.message), 10, 6.5), ha="center", va="center", fontsize=10,
             color=MUTED)
    return fig


def render(fig: Figure, fmt: str) -> bytes:
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
        data = render(fig, fmt)
        path = folder / f"{name}.{fmt}"
        tmp = folder / f".{name}.{fmt}.tmp"
        tmp.write_bytes(data)
        tmp.replace(path)
        paths.append(path)
    return paths
