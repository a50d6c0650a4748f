"""The figures' look in one place: the palette, the fonts and the rcParams.

Colours are Okabe & Ito's colour-blind-safe set (plus a single-hue blue ramp for amounts); the
only font is DejaVu Sans, which ships with matplotlib, so its version pins the glyphs. Style is
applied with ``matplotlib.rc_context`` while a figure is built and saved; the global rcParams
are never changed.
"""

from __future__ import annotations

import matplotlib as mpl

DPI = 150
FONT = "DejaVu Sans"

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision
# deficiency.
BLACK, ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILLION, PURPLE = (
    "#000000", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7")
GREY = "#999999"
INK = "#222222"
MUTED = "#555555"

# The fixed groups of actors (see sides.py); countries' sides take COUNTRY_COLOURS in order.
GROUP_COLOURS = {
    "other states": GREEN,
    "parliament & parties": PURPLE,
    "media": ORANGE,
    "other": GREY,
}
COUNTRY_COLOURS = (BLUE, VERMILLION, SKY, BLACK)
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


def darken(colour: str, amount: float = 0.25) -> tuple:
    """A colour for text: the same hue, darker, so light palette colours stay legible."""
    r, g, b = mpl.colors.to_rgb(colour)
    return (r * (1 - amount), g * (1 - amount), b * (1 - amount))


def lighten(colour: str, amount: float = 0.6) -> tuple:
    r, g, b = mpl.colors.to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)
