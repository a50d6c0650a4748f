"""Table cells as text for a figure: strings, escaping, numbers as a reader expects them, and
snippets of the source text around a span.

Text from the sources is untrusted: it reaches matplotlib only through :func:`esc`, which
escapes ``$`` so that mathtext never interprets it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping

import pandas as pd
from matplotlib.ticker import FuncFormatter

from ..text import cell_text


def txt(x) -> str:
    """A table cell as a string: '' for None / NA / NaN."""
    return cell_text(x)


def esc(x) -> str:
    """Source text as a plain matplotlib label: '$' escaped so mathtext never parses it."""
    return txt(x).replace("$", r"\$")


def clean(x) -> str:
    return re.sub(r"\s+", " ", txt(x)).strip()


def shorten(x, n: int) -> str:
    s = clean(x)
    return s if len(s) <= n else s[: n - 1].rstrip(" ,;:") + "…"


def num(x) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.nan
    return v


def as_int(x, default: int = 0) -> int:
    v = num(x)
    return default if math.isnan(v) else int(v)


def require_columns(df: pd.DataFrame, columns: Iterable[str], name: str) -> None:
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"{name}: expected a pandas DataFrame, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{name} table is missing columns {missing}")


def field(row, key: str):
    if row is None:
        return None
    if isinstance(row, Mapping):
        return row.get(key)
    if isinstance(row, pd.Series):
        return row.get(key)
    return getattr(row, key, None)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def join_and(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


CURRENCY = {"GBP": "£", "EUR": "€", "USD": "$"}


def fmt_value(value: float, unit: str) -> str:
    """A number as a reader expects it: £3m, £425,000, 90%, 238,448."""
    unit = txt(unit)
    if math.isnan(value):
        return "?"
    if unit == "percent":
        return f"{value:g}%"
    sym = CURRENCY.get(unit.upper(), "")
    if sym or unit.isupper() and len(unit) == 3:
        prefix = sym or unit.upper() + " "
        a = abs(value)
        if a >= 1e9:
            return f"{prefix}{value / 1e9:.3g}bn"
        if a >= 1e6:
            return f"{prefix}{value / 1e6:.3g}m"
        return f"{prefix}{value:,.0f}"
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.3g}"


def axis_formatter(unit: str) -> FuncFormatter:
    return FuncFormatter(lambda v, _pos: esc(fmt_value(v, unit)) if v >= 0 else "")


SENT_END = re.compile(r"(?:[.!?][”\"’')\]]*\s+|\n)")


def snippet_of(text: str, start: int, end: int, *, before: int = 5, after: int = 7,
             lo: int | None = None, hi: int | None = None, max_chars: int = 72) -> str:
    """A few words around text[start:end], kept inside its sentence (or [lo, hi) when given)."""
    if not text or start is None or end is None or start < 0 or end > len(text) or start >= end:
        return ""
    if lo is None:
        lo = 0
        for m in SENT_END.finditer(text, 0, start):
            lo = m.end()
    if hi is None:
        m = SENT_END.search(text, end)
        hi = m.start() + 1 if m else len(text)
    lo, hi = max(0, lo), min(len(text), hi)
    left = clean(text[lo:start]).split(" ") if start > lo else []
    right = clean(text[end:hi]).split(" ") if hi > end else []
    left = [w for w in left if w]
    right = [w for w in right if w]
    core = clean(text[start:end])
    words_left, words_right = left[-before:] if before else [], right[:after]
    s = " ".join(words_left + [core] + words_right)
    s = ("…" if len(left) > len(words_left) else "") + s + ("…" if len(right) > len(words_right) else "")
    return shorten(s, max_chars)
