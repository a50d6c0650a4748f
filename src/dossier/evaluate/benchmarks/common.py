"""What every benchmark harness shares: where the external development sets are, the DEV /
ASIDE split, the counts a score is computed from, and the report a harness returns.

Why a split: the development sets in ``../shared/external/`` are what engineers look at while
fixing the pipeline, so a score on them drifts upwards with every fix. A fixed fifth of each set
is kept aside and only ever reported as an aggregate, so the end of the work can be checked on
items nobody looked at.

**The split rule.** An item (a document, or a test case for the quantity sets) goes to ASIDE
when ``int(sha256("dossier-bench:" + item_id).hexdigest()[:8], 16) % 5 == 0``, else to DEV.
``item_id`` is the benchmark's own document id (file stem, record id or case id, see each
module), so the split does not depend on file order, on ``--limit`` or on the machine.

The external folder is ``$DOSSIER_EXTERNAL`` when set, else ``<project root>/../shared/external``.
A missing folder raises :class:`MissingData` with the path it looked for; tests skip on it.
"""

from __future__ import annotations

import hashlib
import math
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ... import config

SPLITS = ("dev", "aside")
EXAMPLES_PER_CLASS = 3


class MissingData(FileNotFoundError):
    """An external development set is not where it was looked for."""


def external_root() -> Path:
    env = os.environ.get("DOSSIER_EXTERNAL")
    return Path(env) if env else config.ROOT.parent / "shared" / "external"


def dataset(name: str) -> Path:
    """The folder of one external set, or :class:`MissingData` saying where it was looked for."""
    path = external_root() / name
    if not path.is_dir():
        raise MissingData(f"external development set {name!r} not found at {path} "
                          f"(set DOSSIER_EXTERNAL to the folder holding it)")
    return path


def part(item_id: str) -> str:
    """``"aside"`` for about a fifth of the ids, ``"dev"`` for the rest (rule in the module doc)."""
    h = int(hashlib.sha256(f"dossier-bench:{item_id}".encode("utf-8")).hexdigest()[:8], 16)
    return "aside" if h % 5 == 0 else "dev"


def select(items: Iterable[dict], split: str, limit: int | None = None) -> list[dict]:
    """The items of one split (each item has an ``id``), in id order, the first ``limit``."""
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    chosen = sorted((i for i in items if part(i["id"]) == split), key=lambda i: i["id"])
    return chosen[:limit] if limit else chosen


# --------------------------------------------------------------------------- text helpers

QUOTE_CHARS = "\"'“”‘’«»„‟"


def norm(text: str | None) -> str:
    """Lower case, accents and punctuation dropped, whitespace collapsed: for comparing names."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’]s\b", "", text.lower())
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two half-open spans."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def snippet(text: str, start: int, end: int, context: int = 40) -> str:
    """The span in [brackets] with some context, on one line."""
    s = max(0, start - context)
    e = min(len(text), end + context)
    out = text[s:start] + "[" + text[start:end] + "]" + text[end:e]
    return " ".join(out.split())


# --------------------------------------------------------------------------- counts

@dataclass
class Ratio:
    """hits / total (an accuracy or a recall)."""
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else math.nan

    def add(self, ok: bool) -> None:
        self.hits += bool(ok)
        self.total += 1

    def show(self) -> str:
        return f"{fmt(self.value)} ({self.hits}/{self.total})"


@dataclass
class F1:
    """Precision over predictions, recall over gold items (counted separately: one prediction
    may cover two gold items and the reverse)."""
    pred_hits: int = 0
    pred: int = 0
    gold_hits: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.pred_hits / self.pred if self.pred else math.nan

    @property
    def recall(self) -> float:
        return self.gold_hits / self.gold if self.gold else math.nan

    @property
    def value(self) -> float:
        p, r = self.precision, self.recall
        if math.isnan(p) and math.isnan(r):
            return math.nan
        p = 0.0 if math.isnan(p) else p
        r = 0.0 if math.isnan(r) else r
        return 2 * p * r / (p + r) if p + r else 0.0

    def show(self) -> str:
        return (f"{fmt(self.value)} (P {fmt(self.precision)} {self.pred_hits}/{self.pred}, "
                f"R {fmt(self.recall)} {self.gold_hits}/{self.gold})")


def fmt(x: float) -> str:
    return "—" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x:.3f}"


@dataclass
class Report:
    """One system's scores on one split of one benchmark.

    ``errors``: per-item failures ``{"class", "item", "snippet", "detail"}`` — filled on DEV
    only; on ASIDE a harness keeps counts per class (``error_counts``) and nothing item-level.
    """
    benchmark: str
    system: str
    split: str
    items: int
    measures: dict[str, Ratio | F1] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)
    error_counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    notes: list[str] = field(default_factory=list)

    def ratio(self, name: str) -> Ratio:
        return self.measures.setdefault(name, Ratio())  # type: ignore[return-value]

    def f1(self, name: str) -> F1:
        return self.measures.setdefault(name, F1())  # type: ignore[return-value]

    def error(self, cls: str, item: str, snip: str, detail: str = "") -> None:
        self.error_counts[cls] += 1
        if self.split != "aside":
            self.errors.append({"class": cls, "item": item, "snippet": snip, "detail": detail})

    def values(self) -> dict[str, float]:
        return {k: m.value for k, m in self.measures.items()}


def error_classes(report: Report, examples: int = EXAMPLES_PER_CLASS) -> Iterator[tuple[str, int, list[dict]]]:
    """(class, count, first examples) by descending count; no examples on ASIDE."""
    by: dict[str, list[dict]] = defaultdict(list)
    for e in report.errors:
        by[e["class"]].append(e)
    for cls, n in sorted(report.error_counts.items(), key=lambda kv: (-kv[1], kv[0])):
        yield cls, n, by.get(cls, [])[:examples]


def analyse(items: list[dict]) -> list[dict]:
    """The pipeline's tables for each item (``text``, ``published``, ``publisher``), in order."""
    from ... import api

    return list(api.analyse_texts({"text": i["text"], "published": i.get("published"), "publisher": i.get("publisher")}
                                  for i in items))
