"""Claims across documents and against the official record (a corpus step).

``group_claims``: claims with the same measure and place (``statistic`` without its period)
in the corpus, each compared with the group's first claim (earliest document, then offset),
the differences spelled out: period, qualifier, rounding, value.

``check_claims``: each claim matched to the reviewed official figures
(``data/reference/statistics.csv``) with the same measure and place; the rule for
"consistent" is in ``data/reference/STATISTICS-SOURCES.md`` and in :func:`verdict`.

``run(tables)`` is the corpus step: ``{"claims": DataFrame}`` in,
``{"claim_groups": ..., "claim_checks": ...}`` out.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

import numpy as np
import pandas as pd

from .. import schema as _schema
from . import schema, statistic

REQUIRED = ("record_id", "statistic", "value", "unit", "period", "publisher", "series", "url", "release_date", "verification")


def statistics_path() -> Path:
    from .. import config

    return config.REFERENCE / "statistics.csv"


def load_statistics(path: Path | None = None) -> pd.DataFrame:
    """The reviewed official figures. Raises ValueError naming the row and column when a row
    lacks any field (a figure without a URL or a verification note is not reviewed)."""
    path = path or statistics_path()
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for n, r in enumerate(rows, start=2):
        for col in REQUIRED:
            if not (r.get(col) or "").strip():
                raise ValueError(f"{path.name} line {n}: {col} is empty (every official figure needs it)")
        try:
            float(r["value"])
        except ValueError:
            raise ValueError(f"{path.name} line {n}: value {r['value']!r} is not a number") from None
        if r["statistic"].count("/") < 2:
            raise ValueError(f"{path.name} line {n}: statistic {r['statistic']!r} is not measure/place/period")
    return _schema.conform(pd.DataFrame(rows, columns=list(REQUIRED)).astype({"value": float}), schema.STATISTICS)


# ---------------------------------------------------------------------------- periods

def _months(period: str | None) -> tuple[int, int] | None:
    """A period as (first month, last month) counted from year 0, for year, month, day and
    financial-year values; None for anything else."""
    if not period or period == "-":
        return None
    p = period
    if "/" in p:
        a, b = p.split("/", 1)
        ma, mb = _months(a), _months(b)
        return (ma[0], mb[1]) if ma and mb else None
    parts = p.split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return (y * 12, y * 12 + 11)
        m = int(parts[1])
        if 1 <= m <= 12:
            return (y * 12 + m - 1, y * 12 + m - 1)
    except ValueError:
        return None
    return None


def period_match(claim_period: str | None, official_period: str) -> str:
    if not claim_period:
        return "unknown"
    if claim_period == official_period:
        return "same"
    a, b = _months(claim_period), _months(official_period)
    if a is None or b is None:
        return "different"
    if a == b:
        return "same"
    shared = min(a[1], b[1]) - max(a[0], b[0]) + 1
    shorter = min(a[1] - a[0], b[1] - b[0]) + 1
    # most of the shorter period in common: calendar 2022 and FY2022-23 share 9 of 12 months,
    # calendar 2022 and FY2021-22 only 3
    if shared * 2 >= shorter:
        return "overlapping"
    return "different"


# ---------------------------------------------------------------------------- rounding

def precision(value: float) -> float:
    """The unit of the last non-zero significant digit a figure is written with: 3,000,000 → 1,000,000,
    12,447 → 1, 45,700 → 100, 0.5 → 0.1."""
    if value == 0 or not math.isfinite(value):
        return 1.0
    v = abs(value)
    if v != int(v):
        decimals = len(repr(v).split(".")[1].rstrip("0"))
        return 10.0 ** -decimals
    p = 1.0
    n = int(v)
    while n % 10 == 0 and n:
        n //= 10
        p *= 10
    return p


def verdict(claim_value: float | None, qualifier: str, official: float, match: str) -> tuple[str, str]:
    """(verdict, rule in words)."""
    if claim_value is None or (isinstance(claim_value, float) and math.isnan(claim_value)):
        return "other_period" if match != "same" else "inconsistent", "a vague claim has no value to compare"
    p = precision(claim_value)
    rounded = round(official / p) * p
    if qualifier == "approximately":
        tol = max(p / 2, 0.1 * abs(claim_value))
        ok = abs(official - claim_value) <= tol
        rule = f"approximately: within max(half of {p:g}, 10%) = {tol:g}"
    elif qualifier == "more_than":
        ok = rounded >= claim_value
        rule = f"more_than: official rounded to {p:g} is at least the claim"
    elif qualifier == "less_than":
        ok = rounded <= claim_value
        rule = f"less_than: official rounded to {p:g} is at most the claim"
    else:
        ok = rounded == claim_value
        rule = f"{qualifier}: official rounded to the claim's precision ({p:g}) equals it"
    if match != "same":
        return "other_period", rule + f"; period {match}"
    return ("consistent" if ok else "inconsistent"), rule


def check_claims(claims: pd.DataFrame, statistics: pd.DataFrame) -> pd.DataFrame:
    """Each claim against the official figures of the same measure and place whose period is
    the same as the claim's or overlaps it (all of them when the claim has no period):
    comparing a 2021-22 claim with a 2023-24 figure says nothing."""
    by_group: dict[str, list[dict]] = {}
    for rec in statistics.to_dict("records"):
        by_group.setdefault(statistic.group_key(rec["statistic"]), []).append(rec)
    rows = []
    keys = claims["statistic"].map(statistic.group_key)
    cols = ["doc_id", "claim_id", "statistic", "value", "period_value", "qualifier"]
    for c in claims.loc[keys.isin(list(by_group)).to_numpy(), cols].to_dict("records"):  # only claims with a record
        for rec in by_group.get(statistic.group_key(c["statistic"]), []):
            value = None if pd.isna(c["value"]) else float(c["value"])
            match = period_match(None if pd.isna(c["period_value"]) else c["period_value"], rec["period"])
            if match == "different":
                continue
            v, rule = verdict(value, c["qualifier"], float(rec["value"]), match)
            diff = None if value is None else value - float(rec["value"])
            rows.append(dict(doc_id=c["doc_id"], claim_id=c["claim_id"], statistic=c["statistic"],
                             record_id=rec["record_id"], claim_value=value, qualifier=c["qualifier"],
                             official_value=float(rec["value"]), difference=diff,
                             relative_difference=None if diff is None else diff / float(rec["value"]),
                             period_match=match, verdict=v, rule=rule))
    return _schema.to_frame(rows, schema.CLAIM_CHECKS)


def _differences(c: dict, ref: dict) -> list[tuple[str, str]]:
    """(kind, words) for each way claim ``c`` differs from claim ``ref``."""
    out = []
    pa, pb = c.get("period_value"), ref.get("period_value")
    pa = None if pa is None or pd.isna(pa) else pa
    pb = None if pb is None or pd.isna(pb) else pb
    if pa != pb:
        how = period_match(pa, pb) if pa and pb else "unknown"
        words = f"period {statistic.normalise_period(pa)} vs {statistic.normalise_period(pb)}"
        out.append(("period", words + (" (overlapping)" if how == "overlapping" else "")))
    if c["qualifier"] != ref["qualifier"]:
        out.append(("qualifier", f"qualifier {c['qualifier']} vs {ref['qualifier']}"))
    va, vb = c.get("value"), ref.get("value")
    va = None if va is None or pd.isna(va) else float(va)
    vb = None if vb is None or pd.isna(vb) else float(vb)
    if va != vb:
        if va is not None and vb is not None:
            p = max(precision(va), precision(vb))
            kind = "rounding" if round(va / p) == round(vb / p) else "value"
            out.append((kind, f"{kind} {va:,.0f} vs {vb:,.0f}"))
        else:
            out.append(("value", "value vague vs stated" if va is None else "value stated vs vague"))
    return out


_WEIGHT = {"value": 4, "rounding": 1, "period": 2, "qualifier": 1}


def _score(diffs: list[tuple[str, str]]) -> int:
    return sum(_WEIGHT[k] - (1 if w.endswith("(overlapping)") else 0) for k, w in diffs)


def _closest(c: dict, others: list[dict]) -> dict | None:
    """The other claim a claim is best read against: fewest differences, a value difference
    counting most; ties go to the earlier claim in corpus order. (The reference definition;
    :func:`_closest_in_group` gives the same answer for every member of a group at once.)"""
    best = None
    for o in others:
        score = _score(_differences(c, o))
        if best is None or score < best[0]:
            best = (score, o)
    return best[1] if best else None


def _signature(c: dict) -> tuple:
    """What :func:`_differences` compares: period, qualifier, value (missing as None)."""
    p, v = c.get("period_value"), c.get("value")
    return (None if p is None or pd.isna(p) else p, c["qualifier"], None if v is None or pd.isna(v) else float(v))


def _closest_in_group(members: list[dict]) -> list[int | None]:
    """For each member (in corpus order) the index of its closest other member, as
    :func:`_closest` defines it, without comparing every pair: the differences depend only on
    a claim's signature (period, qualifier, value), and two claims with the same signature
    differ in nothing, so a claim whose signature occurs earlier is closest to that earlier
    claim, and the first claim of a signature is compared once with the first claim of each
    other signature (vectorised). Cost: members + signatures seen once x signatures."""
    firsts: dict[tuple, list[int]] = {}
    for i, m in enumerate(members):
        reps = firsts.setdefault(_signature(m), [])
        if len(reps) < 2:
            reps.append(i)
    out: list[int | None] = [None] * len(members)
    single = []  # signatures with one member: compared with every other signature
    for sig, reps in firsts.items():
        if len(reps) == 2:
            out[reps[0]] = reps[1]
        else:
            single.append(sig)
    for i, m in enumerate(members):
        reps = firsts[_signature(m)]
        if reps[0] != i:
            out[i] = reps[0]
    if not single:
        return out
    sigs = list(firsts)
    pos = np.array([firsts[s][0] for s in sigs])
    periods = sorted({s[0] for s in sigs if s[0] is not None})
    pid = {p: k for k, p in enumerate(periods)}
    n_p = len(periods)
    # period cost between period ids (n_p: no period): 0 same, 1 overlapping, 2 otherwise
    pcost = np.full((n_p + 1, n_p + 1), 2, dtype=np.int64)
    pcost[n_p, n_p] = 0
    for a, pa in enumerate(periods):
        for b, pb in enumerate(periods):
            pcost[a, b] = 0 if a == b else (1 if period_match(pa, pb) == "overlapping" else 2)
    per = np.array([pid.get(s[0], n_p) for s in sigs])
    quals = {q: k for k, q in enumerate(sorted({s[1] for s in sigs}, key=str))}
    qual = np.array([quals[s[1]] for s in sigs])
    val = np.array([np.nan if s[2] is None else s[2] for s in sigs], dtype=float)
    prec = np.array([1.0 if s[2] is None else precision(s[2]) for s in sigs])
    has = ~np.isnan(val)
    index = {s: k for k, s in enumerate(sigs)}
    n = len(members)
    for sig in single:
        k = index[sig]
        cost = pcost[per[k], per] + (qual != qual[k])
        if has[k]:
            p = np.maximum(prec, prec[k])
            with np.errstate(invalid="ignore"):
                rounding = np.round(val / p) == np.round(val[k] / p)
            vcost = np.where(~has, 4, np.where(val == val[k], 0, np.where(rounding, 1, 4)))
        else:
            vcost = np.where(has, 4, 0)
        key = (cost + vcost) * (n + 1) + pos
        key[k] = np.iinfo(key.dtype).max
        if len(sigs) > 1:
            out[firsts[sig][0]] = int(pos[int(np.argmin(key))])
    return out


def group_claims(claims: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Groups of claims of one measure and place that occur in more than one document, or
    from more than one source; each claim compared with its closest other claim in the group.
    Generic fallback measures (``count_people``) are not grouped: two unrelated counts of
    people are not the same statistic."""
    order = {}
    if documents is not None and "published" in documents:
        order = {d: (p if isinstance(p, str) else "9999") for d, p in zip(documents["doc_id"], documents["published"])}
    vocab = {m.measure for m in statistic.load_vocabulary()}
    groups: dict[str, list[dict]] = {}
    cols = ["doc_id", "claim_id", "start", "statistic", "measure", "value", "qualifier", "period_value", "source",
            "status"]
    for c in claims.loc[claims["measure"].isin(list(vocab)).to_numpy(), cols].to_dict("records"):
        groups.setdefault(statistic.group_key(c["statistic"]), []).append(c)
    rows = []
    for g, members in sorted(groups.items()):
        docs = {m["doc_id"] for m in members}
        sources = {m["source"] for m in members if isinstance(m["source"], str)}
        if len(docs) < 2 and len(sources) < 2:
            continue
        members.sort(key=lambda m: (order.get(m["doc_id"], "9999"), m["doc_id"], m["start"]))
        for m, k in zip(members, _closest_in_group(members)):
            ref = None if k is None else members[k]
            diffs = _differences(m, ref) if ref is not None else []
            rows.append(dict(group=g, doc_id=m["doc_id"], claim_id=m["claim_id"], statistic=m["statistic"],
                             value=m["value"], qualifier=m["qualifier"], period_value=m["period_value"],
                             source=m["source"], status=m["status"], n_claims=len(members),
                             n_sources=len(sources),
                             compared_with=f"{ref['doc_id']}:{ref['claim_id']}" if ref is not None else None,
                             agreement="+".join(k for k, _ in diffs) or "same",
                             difference="; ".join(w for _, w in diffs)))
    return _schema.to_frame(rows, schema.CLAIM_GROUPS)


def run(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The corpus step: claim groups and checks from the corpus's ``claims`` table."""
    claims = tables["claims"]
    return {"claim_groups": group_claims(claims, tables.get("documents")),
            "claim_checks": check_claims(claims, load_statistics())}
