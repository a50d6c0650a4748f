"""Placing labels without overlap: try candidate positions in order, keep the first whose drawn
box (measured by the renderer) touches nothing placed before; a required label otherwise takes
the least-overlapping candidate, an optional one is left out."""

from __future__ import annotations

import math
from collections.abc import Callable

from matplotlib import patheffects
from matplotlib.text import Text
from matplotlib.transforms import Bbox


def overlap_area(box: Bbox, boxes: list[Bbox]) -> float:
    total = 0.0
    for b in boxes:
        i = Bbox.intersection(box, b)
        if i is not None:
            total += i.width * i.height
    return total


def place(ax, renderer, boxes: list[Bbox], make: Callable[[tuple], Text], candidates: list[tuple],
          *, required: bool = True, inside: Bbox | None = None, texts: list[Bbox] | None = None) -> Text | None:
    """Try each candidate placement; keep the first whose box overlaps nothing already placed
    (and stays inside ``inside``). A required label takes the least bad candidate otherwise,
    but never one that overlaps a label in ``texts`` (the boxes of the labels placed so far, to
    which the placed label is added): a label that finds no such room is left out."""
    best, best_cost, best_box = None, math.inf, None
    for cand in candidates:
        artist = make(cand)
        box = artist.get_window_extent(renderer).padded(1.5)
        if texts is not None and any(box.overlaps(t) for t in texts):
            artist.remove()
            continue
        cost = overlap_area(box, boxes)
        if inside is not None and not (inside.x0 <= box.x0 and box.x1 <= inside.x1
                                       and inside.y0 <= box.y0 and box.y1 <= inside.y1):
            cost += 1e6 + box.width * box.height
        if cost == 0:
            if best is not None:
                best.remove()
            boxes.append(box)
            if texts is not None:
                texts.append(box)
            return artist
        if cost < best_cost:
            if best is not None:
                best.remove()
            best, best_cost, best_box = artist, cost, box
        else:
            artist.remove()
    if required and best is not None:
        boxes.append(best_box)
        if texts is not None:
            texts.append(best_box)
        return best
    if best is not None:
        best.remove()
    return None


HALO = [patheffects.withStroke(linewidth=2.6, foreground="white")]
