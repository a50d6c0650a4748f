"""Figures read together within a document: a part of a whole ("15 of about 50"), a change
("from £425,000 to £3m", "a 40% increase"), a rate ("£8m a day"), each as a ``claim_links`` row
with the derived figure (30%, ×7.1, £2.9bn a year) where it can be computed, flagged as derived."""

from __future__ import annotations

import re

CHANGE_WORDS = {"increase", "rise", "drop", "fall", "decrease", "reduction", "cut", "decline", "growth",
                "jump", "surge", "down", "up", "more", "fewer", "less", "higher", "lower"}
RATE_FACTORS = {"day": 365, "daily": 365, "week": 52, "weekly": 52, "month": 12, "monthly": 12}


def _unit(r: dict) -> str:
    return (r.get("unit") or "").replace("(implied)", "").strip()


def _fmt_money(v: float, unit: str) -> str:
    sym = {"GBP": "£", "EUR": "€", "USD": "$"}.get(unit, "")
    for div, suf in ((1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(v) >= div:
            return f"{sym}{v / div:.1f}{suf}" if sym else f"{v / div:.1f}{suf} {unit}"
    return f"{sym}{v:,.0f}" if sym else f"{v:,.0f} {unit}"


def links_for(doc, text: str, claims: list[dict]) -> list[dict]:
    """Part of a whole, change and rate links between the claims of one document."""
    links = []
    by_sentence: dict[int, list[dict]] = {}
    for c in claims:
        by_sentence.setdefault(c["sentence"], []).append(c)

    def add(a, relation, b, evidence, dv=None, du=None, dt=None):
        links.append(dict(claim_id=a["claim_id"], relation=relation, other_claim_id=b["claim_id"] if b else None,
                          evidence=evidence, derived_value=dv, derived_unit=du, derived_text=dt,
                          derived=dv is not None, sentence=a["sentence"]))

    # part of a whole: 'X of (about) Y' in a sentence; an actual figure beside the expected one
    seen = set()
    counts = [c for c in claims if c.get("value") is not None and c.get("unit") not in (None, "percent")
              and not re.match(r"^[A-Z]{3}$", c.get("unit") or "")]
    for i, a in enumerate(counts):
        for b in counts[i + 1:]:
            if b["sentence"] - a["sentence"] > 1:
                break  # claims are in text order: only the same or the next sentence pair up
            if _unit(a) != _unit(b) or (a["claim_id"], b["claim_id"]) in seen:
                continue
            para_break = "\n\n" in text[a["end"]:b["start"]]
            between = text[a["end"]:b["start"]]
            part = whole = None
            if b["sentence"] == a["sentence"] and re.fullmatch(r"\s*(?:\w+\s+)?(?:out\s+)?of\s+(?:the\s+)?", between) and a["value"] <= b["value"]:
                part, whole, evidence = a, b, between.strip()
            elif not para_break:
                for x, y in ((a, b), (b, a)):
                    if y["status"] == "projected" and x["status"] != "projected" and x["value"] < y["value"]:
                        part, whole, evidence = x, y, "actual beside expected (" + (y.get("cue") or "projected").split("|")[0] + ")"
            if part is not None:
                seen.add((a["claim_id"], b["claim_id"]))
                share = 100.0 * part["value"] / whole["value"]
                add(part, "part_of_whole", whole, evidence, round(share, 1), "percent", f"{share:.0f}%")

    # change: 'from X to Y' between two figures of the same unit in a sentence
    for sent_claims in by_sentence.values():
        for i, a in enumerate(sent_claims):
            for b in sent_claims[i + 1:]:
                if a.get("value") is None or b.get("value") is None or _unit(a) != _unit(b):
                    continue
                before_a = text[max(0, a["start"] - 12):a["start"]].lower()
                between = text[a["end"]:b["start"]].lower()
                if re.search(r"\bfrom\s*$", before_a) and re.search(r"\bto\s*$", between) and len(between) < 40:
                    f = b["value"] / a["value"] if a["value"] else None
                    add(b, "change", a, "from ... to", round(f, 2) if f else None, "factor", f"×{f:.1f}" if f else None)
    # change stated by one figure: '40% increase', 'a 90% drop', 'down by 17,000', '50% more'
    changed = {l["claim_id"] for l in links if l["relation"] == "change"}
    for c in claims:
        after = text[c["end"]:c["end"] + 25].lower()
        before = text[max(0, c["start"] - 10):c["start"]].lower()
        words = re.findall(r"\w+", after)[:2]
        word = next((w for w in words if w in CHANGE_WORDS), words[0] if words else "")
        if (word in CHANGE_WORDS and (c.get("unit") == "percent" or word in ("more", "fewer", "less"))) \
                or re.search(r"\b(?:down|up|fell|rose|increased|decreased|cut)\s+by\s*$", before):
            if c["claim_id"] not in changed:
                add(c, "change", None, (word if word in CHANGE_WORDS else before.strip().split()[-2] + " by"))
    # rate: a per-time period
    for c in claims:
        p = (c.get("period") or "").lower()
        m = re.match(r"^(?:per|a|each|every)\s+(day|week|month)$|^(daily|weekly|monthly)$", p)
        if m and c.get("value") is not None:
            unit_word = m.group(1) or m.group(2)
            factor = RATE_FACTORS[unit_word]
            v = c["value"] * factor
            add(c, "rate", None, c["period"], v, f"{c.get('unit')} per year",
                f"{_fmt_money(v, c.get('unit') or '')} a year" + ("" if c.get("qualifier") == "exact" else f" ({c['qualifier']})"))
    return sorted(links, key=lambda l: (l["claim_id"], l["relation"], l["other_claim_id"] or ""))
