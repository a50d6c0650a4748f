"""Text measured with the figure's own renderer: wrapping to a width, heights, and splitting a
label into two lines. Exact extents, no guessing from character counts."""

from __future__ import annotations

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text

from .style import FONT


def wrap_to_width(fig: Figure, text: str, fontsize: float, width_in: float, weight: str = "normal") -> str:
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


def height_in(artist: Text, fig: Figure) -> float:
    return artist.get_window_extent(fig.canvas.get_renderer()).height / fig.dpi


def two_lines(label: str) -> str:
    """Break a label at the space or hyphen nearest its middle."""
    if len(label) < 14:
        return label
    cuts = [i for i, ch in enumerate(label) if ch in " -"]
    if not cuts:
        return label
    i = min(cuts, key=lambda i: (abs(i - len(label) / 2), i))
    return label[:i + 1].rstrip() + "\n" + label[i + 1:] if label[i] == "-" else label[:i] + "\n" + label[i + 1:]


def stacked(label: str) -> str:
    """A document label over two lines, or three when it ends in a distinguishing tail
    ('publisher 2023-08-09 …copy003' -> publisher / 2023-08-09 / …copy003)."""
    if " …" in label:
        head, tail = label.split(" …", 1)
        return two_lines(head) + "\n…" + tail
    return two_lines(label)


def overlapping(texts: list[Text], renderer, pad: float = 0.0) -> list[tuple[str, str]]:
    """The pairs of visible texts whose drawn boxes overlap (for tests and checks)."""
    boxes = [(t.get_text(), t.get_window_extent(renderer).padded(-pad)) for t in texts
             if t.get_visible() and t.get_text()]
    out = []
    for i, (a, ba) in enumerate(boxes):
        for b, bb in boxes[i + 1:]:
            if ba.overlaps(bb):
                out.append((a, b))
    return out
