"""Figure 4, places: a map of the places mentioned (entities with coordinates that occur in
mentions), with the countries mentioned shaded by how often. The map is centred on the
mention-weighted median point; what lies farther than ``MAP_RADIUS_KM`` is listed, not mapped."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pandas as pd
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.transforms import Bbox

from .. import config
from ..settings import CorpusSettings
from .docs import entity_rows, source_line
from .frame import DossierFigure, NoData, frame, freeze, new_figure, styled
from .geo import haversine_km, outlines, weighted_median
from .place import HALO, place
from .style import BLUES, VERMILLION
from .text import clean, esc, num, plural, require_columns, txt

TABLES = ("entities", "mentions")
MAX_PINS = 40  # places drawn on the map, the most mentioned
MAX_LISTED = 8  # places outside the map named in the subtitle
MAP_RADIUS_KM = 5500  # points farther than this from the weighted centre are listed, not mapped


def prepare_places(tables: dict[str, pd.DataFrame], settings: CorpusSettings,
                   countries_path=config.COUNTRIES_GEOJSON) -> dict | NoData:
    """Countries (shaded by mentions) and located places, the map's extent and aspect, what
    lies outside it, and the title naming the most-mentioned country and place."""
    entities, mentions = (tables[t] for t in TABLES)
    require_columns(entities, ["entity_id", "name", "kind", "country", "lat", "lon"], "entities")
    require_columns(mentions, ["doc_id", "entity_id"], "mentions")
    source = source_line(["entities", "mentions"], mentions["doc_id"])
    source = source.replace(" (dossier pipeline)",
                            " (dossier pipeline); outlines: Natural Earth 1:110m (public domain)")
    ents = entity_rows(entities)
    counts = Counter(txt(e) for e in mentions["entity_id"] if txt(e))
    countries, pins = [], []
    for eid in sorted(counts):
        e = ents.get(eid)
        if not e:
            continue
        lat, lon = num(e.get("lat")), num(e.get("lon"))
        kind = clean(e.get("kind")).lower()
        item = dict(id=eid, name=txt(e.get("name")) or eid, n=counts[eid], lat=lat, lon=lon,
                    code=clean(e.get("country")).upper(), kind=kind)
        if kind == "country":
            countries.append(item)
        elif not (math.isnan(lat) or math.isnan(lon)):
            pins.append(item)
    located = [p for p in pins + countries if not (math.isnan(p["lat"]) or math.isnan(p["lon"]))]
    if not located:
        return NoData("Places: nothing to map", source,
                        "No mentioned entity has coordinates (entities.lat / entities.lon).")

    # extent: around the weighted centre of what is mentioned; far-off points are listed instead
    w = [p["n"] for p in located]
    clon = weighted_median([p["lon"] for p in located], w)
    clat = weighted_median([p["lat"] for p in located], w)
    near = [p for p in located if haversine_km(clon, clat, p["lon"], p["lat"]) <= MAP_RADIUS_KM]
    near_ids = {id(p) for p in near}
    far = [p for p in located if id(p) not in near_ids]
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
    top_c = sorted(countries, key=lambda c: (-c["n"], c["name"]))
    top_p = sorted(pins, key=lambda p: (-p["n"], p["name"]))
    parts = []
    if top_c:
        if len(top_c) > 1:
            parts.append(f"{top_c[0]['name']} ({top_c[0]['n']:,} mentions) and {top_c[1]['name']} ({top_c[1]['n']:,}) "
                         f"are the most-mentioned of {len(top_c)} countries")
        else:
            parts.append(f"{top_c[0]['name']} is the only country mentioned ({top_c[0]['n']:,} mentions)")
    if top_p:
        parts.append(f"{top_p[0]['name']} is the most-named of {plural(len(top_p), 'place')} "
                     f"({plural(top_p[0]['n'], 'mention')})")
    title = "; ".join(parts)
    title = title[0].upper() + title[1:]
    subtitle = ("Countries shaded by how often the corpus names them (names and demonyms); dots are the places with "
                "coordinates (ports, towns, border crossings), sized by mentions.")
    if far:
        listed = sorted(far, key=lambda p: (-p["n"], p["name"]))
        subtitle += " Outside the map: " + ", ".join(f"{p['name']} ({p['n']})" for p in listed[:MAX_LISTED])
        subtitle += (f" and {len(listed) - MAX_LISTED:,} more." if len(listed) > MAX_LISTED else ".")
    mapped = [p for p in top_p if id(p) in near_ids]
    if len(mapped) > MAX_PINS:
        subtitle += (f" Shown: the {MAX_PINS} most-mentioned places on the map (ties by name); "
                     f"{len(mapped) - MAX_PINS:,} more not shown.")
    pinned = {id(q) for q in mapped[:MAX_PINS]}
    near = [p for p in near if p["kind"] == "country" or id(p) in pinned]
    return dict(title=title, subtitle=subtitle, source=source, extent=(x0, x1, y0, y1), aspect=aspect,
                shaded=shaded, near=near, countries=top_c, places=top_p, countries_path=str(countries_path))


@styled
def draw_places(data: dict) -> DossierFigure:
    title, subtitle, source, shaded, near = (data[k] for k in ("title", "subtitle", "source", "shaded", "near"))
    x0, x1, y0, y1 = data["extent"]
    aspect, top_c, top_p, countries_path = data["aspect"], data["countries"], data["places"], data["countries_path"]
    bins = [(1, 1), (2, 4), (5, 9), (10, math.inf)]

    def shade(n):
        for (a, b), col in zip(bins, BLUES):
            if a <= n <= b:
                return col
        return BLUES[0]

    handles = [Patch(fc=col, ec="#9a9a9a") for col in BLUES]
    labels = ["country named once", "2–4 times", "5–9 times", "10 times or more"]
    size = lambda n: 22 + 18 * min(n, 12)  # noqa: E731
    for n in (1, 5):
        handles.append(Line2D([], [], ls="", marker="o", ms=math.sqrt(size(n)), mfc=VERMILLION, mec="black", mew=0.6))
        labels.append(f"place, {plural(n, 'mention')}")
    fig = new_figure(11, 8.6)
    frame(fig, esc(title), esc(subtitle), source, legend=(handles, labels, 6))
    ax = fig.add_subplot()
    ax.set_facecolor("#fbfdff")
    path = Path(countries_path)
    shapes = outlines(str(path.resolve()), path.stat().st_mtime_ns) if path.is_file() else ()
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
    freeze(fig)
    renderer = fig.canvas.get_renderer()
    inside = ax.get_window_extent(renderer)
    near_ids = {p["id"] for p in near}
    shown_pins = [p for p in top_p if p["id"] in near_ids]
    boxes: list[Bbox] = []
    placed_labels: list[Bbox] = []  # no label may overlap another
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
            return ax.annotate(esc(p["name"]), (p["lon"], p["lat"]), xytext=(dx, dy), textcoords="offset points",
                               ha=ha, va=va, fontsize=8.5, fontweight="bold", color="#111111", zorder=6,
                               path_effects=HALO, annotation_clip=False,
                               arrowprops=dict(arrowstyle="-", color="#555555", lw=0.6, shrinkA=0, shrinkB=3)
                               if far_off else None)
        place(ax, renderer, boxes, make, cands, inside=inside, texts=placed_labels)
    # country names where there is room (their shade already says they are mentioned)
    for c in top_c:
        if c["id"] not in near_ids:
            continue

        def make(cand, c=c):
            dx, dy = cand
            return ax.annotate(esc(f"{c['name']} ({c['n']})"), (c["lon"], c["lat"]), xytext=(dx, dy),
                               textcoords="offset points", ha="center", va="center", fontsize=7.5, style="italic",
                               color="#08306b", zorder=5, path_effects=HALO, annotation_clip=False)

        place(ax, renderer, boxes, make, [(0, 0), (0, 9), (0, -9), (14, 0), (-14, 0)], required=False,
              inside=inside, texts=placed_labels)
    return fig
