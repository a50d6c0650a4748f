"""Country outlines from a GeoJSON file (Natural Earth admin-0), read with the standard library
into matplotlib paths, and the small geometry the map needs (great-circle distance, weighted
median)."""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path

import numpy as np
from matplotlib.path import Path as MplPath

from .text import txt


@functools.lru_cache(maxsize=4)
def outlines(path: str, mtime_ns: int) -> tuple[tuple[str, str, tuple[float, float, float, float], MplPath], ...]:
    """(code, name, bbox, path) per country of a GeoJSON file (Natural Earth admin-0)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for f in data.get("features", []):
        props = f.get("properties") or {}
        code = ""
        for k in ("ADM0_A3", "ISO_A3", "ISO_A3_EH", "adm0_a3", "iso_a3"):
            v = txt(props.get(k))
            if re.fullmatch(r"[A-Z]{3}", v):
                code = v
                break
        name = txt(props.get("NAME") or props.get("ADMIN") or props.get("name"))
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


def haversine_km(lon1, lat1, lon2, lat2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(a)))


def weighted_median(values: list[float], weights: list[float]) -> float:
    order = sorted(range(len(values)), key=lambda i: (values[i], i))
    half, acc = sum(weights) / 2, 0.0
    for i in order:
        acc += weights[i]
        if acc >= half:
            return values[i]
    return values[order[-1]]
