"""Scoring claims against hand annotations (``tests/claims_gold/``, format in its README).

A gold claim is located in the document by its ``text`` (the n-th gold claim with the same
text is its n-th occurrence) and matched by the claim row whose span overlaps that occurrence
and whose value equals the gold value (a vague gold value, null, matches any row there).
Source accuracy and status accuracy are over the matched, non-optional gold claims; a
required gold claim with no row is a miss and counts against both.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"[\u2018\u2019'`]s\b", "", s)
    s = re.sub(r"[-\u2013\u2014_]", " ", s)
    s = re.sub(r"[^\w\s]", "", s)
    s = re.sub(r"^the\s+", "", " ".join(s.split()))
    return s


def load(path: Path) -> dict:
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    for key in ("file", "claims", "links"):
        if key not in d:
            raise ValueError(f"{path}: missing {key!r}")
    for c in d["claims"]:
        if c.get("status") not in ("stated", "attributed", "estimated", "hedged", "disputed", "projected"):
            raise ValueError(f"{path}: claim {c.get('text')!r} has an unknown status {c.get('status')!r}")
        if not c.get("source"):
            raise ValueError(f"{path}: claim {c.get('text')!r} has no acceptable source")
    return d


@dataclass
class Score:
    n: int = 0
    source_ok: int = 0
    status_ok: int = 0
    missed: int = 0
    misses: list[dict] = field(default_factory=list)

    @property
    def source_accuracy(self) -> float:
        return self.source_ok / self.n if self.n else float("nan")

    @property
    def status_accuracy(self) -> float:
        return self.status_ok / self.n if self.n else float("nan")

    def add(self, other: "Score") -> "Score":
        return Score(self.n + other.n, self.source_ok + other.source_ok, self.status_ok + other.status_ok,
                     self.missed + other.missed, self.misses + other.misses)


OWN_VOICE = "@publisher"  # an acceptable source meaning "the document's own voice", whoever published it


def source_matches(row: dict, acceptable: list[str], names: dict[str, str] | None = None) -> bool:
    if OWN_VOICE in acceptable and row.get("source_kind") == "document":
        return True
    ok = {norm(a) for a in acceptable if a != OWN_VOICE}
    cands = {norm(row.get("source")), norm(row.get("source_text"))}
    if names and row.get("source") in names:
        cands.add(norm(names[row["source"]]))
    if ok & (cands - {""}):
        return True
    # a source that is no entity ('a man from the town'): its words may be cut differently
    text = norm(row.get("source_text"))
    return row.get("source") is None and bool(text) and any(
        f" {text} " in f" {a} " or f" {a} " in f" {text} " for a in ok if len(a.split()) > 1)


def occurrences(text: str, surfaces: list[str]) -> dict[str, list[int]]:
    """Start offsets of each gold surface in ``text``, leaving out an occurrence that lies inside
    an occurrence of another, longer gold surface (a caption's "£5m" inside a headline's
    "£5m-a-year" belongs to the headline's claim, annotated on its own)."""
    all_at = {}
    for t in set(surfaces):
        at, pos = [], text.find(t)
        while pos >= 0:
            at.append(pos)
            pos = text.find(t, pos + 1)
        all_at[t] = at
    longer = [(p, p + len(u)) for u in all_at for p in all_at[u]]
    return {t: [p for p in at if not any(a <= p and p + len(t) <= b and b - a > len(t) for a, b in longer)]
            for t, at in all_at.items()}


def score_document(text: str, claims: list[dict], gold: dict, names: dict[str, str] | None = None) -> Score:
    sc = Score()
    used: set[str] = set()
    seen: dict[str, int] = {}
    found = occurrences(text, [g["text"] for g in gold["claims"]])
    for g in gold["claims"]:
        nth = seen.get(g["text"], 0)
        seen[g["text"]] = nth + 1
        if nth >= len(found[g["text"]]):
            raise ValueError(f"{gold['file']}: gold claim {g['text']!r} (occurrence {nth + 1}) not in the text")
        pos = found[g["text"]][nth]
        g_end = pos + len(g["text"])
        row = next((r for r in claims if r["claim_id"] not in used and r["start"] < g_end and pos < r["end"]
                    and (g["value"] is None or (r.get("value") is not None and abs(r["value"] - g["value"]) < 1e-6))), None)
        if g.get("optional"):
            if row is not None:
                used.add(row["claim_id"])
            continue
        sc.n += 1
        if row is None:
            sc.missed += 1
            sc.misses.append(dict(file=gold["file"], text=g["text"], problem="no claim row", gold_status=g["status"]))
            continue
        used.add(row["claim_id"])
        s_ok = source_matches(row, g["source"], names)
        t_ok = row["status"] == g["status"]
        sc.source_ok += s_ok
        sc.status_ok += t_ok
        if not (s_ok and t_ok):
            sc.misses.append(dict(file=gold["file"], text=g["text"], source_ok=s_ok, status_ok=t_ok,
                                  gold_source=g["source"], source=row.get("source"),
                                  source_text=row.get("source_text"), source_kind=row.get("source_kind"),
                                  gold_status=g["status"], status=row["status"],
                                  cue=row.get("cue")))
    return sc


def link_recall(claims: list[dict], links: list[dict], text: str, gold: dict) -> tuple[int, int, list[dict]]:
    """(found, total, misses): a gold link is found when a link of its relation joins the
    claims overlapping its two texts (first occurrences); a one-figure link needs only its claim."""
    def claim_at(t: str):
        pos = text.find(t)
        return next((c["claim_id"] for c in claims if pos >= 0 and c["start"] < pos + len(t) and pos < c["end"]), None)

    found, misses = 0, []
    for g in gold.get("links", []):
        a = claim_at(g["a"])
        b = claim_at(g["b"]) if g.get("b") else None
        ok = any(l["relation"] == g["relation"] and {l["claim_id"], l["other_claim_id"]} - {None} == {a, b} - {None}
                 for l in links) if a else False
        found += ok
        if not ok:
            misses.append(g)
    return found, len(gold.get("links", [])), misses


def score_tables(claims, documents, gold_files, names: dict[str, str] | None = None) -> Score:
    """Totals over the gold files whose document is in ``documents`` (the ``claims`` and
    ``documents`` tables of one run; a gold file's ``file`` stem is the doc_id)."""
    texts = dict(zip(documents["doc_id"], documents["text"]))
    total = Score()
    for path in sorted(gold_files):
        gd = load(path)
        doc_id = Path(gd["file"]).stem
        if doc_id not in texts:
            continue
        rows = claims[claims["doc_id"] == doc_id].to_dict("records")
        total = total.add(score_document(texts[doc_id], rows, gd, names))
    return total


def summary(score: Score) -> dict:
    """The totals a reader needs (never the misses, so a blind set stays blind)."""
    return {"required claims": score.n, "source accuracy": round(score.source_accuracy, 3),
            "status accuracy": round(score.status_accuracy, 3), "missed": score.missed}
