"""Large sets and tables of strings kept as sorted lines of UTF-8 bytes and searched in place.

A name list or a place index of ~100,000 entries costs ~50 ms and ~10 MiB to turn into a Python
``frozenset`` or ``dict`` in every process, a share of every short run's fixed cost, for the
few hundred look-ups a document makes. :class:`SortedLines` reads the same entries as one
``bytes`` object (~1 ms) and answers ``key in lines`` and ``lines[key]`` by binary search over
byte offsets (each probe reads the one line around it; UTF-8 sorts as the code points do), with
the answers remembered. :func:`cached` keeps such a file in the cache folder (``config.CACHE``),
built once from its source and named after everything it is built from.

Each line is ``key<TAB>row`` (an empty row for a set); keys hold no tab and no line break.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable, Iterable

END = b"#end\n"  # the last line of a complete file: a file cut short is rebuilt, never half-read


class SortedLines:
    def __init__(self, data: bytes):
        if data and not data.endswith(b"\n"):
            data += b"\n"
        self.data = data
        self._found: dict[str, int] = {}  # key -> _find(key): the same words recur across documents

    @classmethod
    def of(cls, rows: Iterable[tuple[str, str]]) -> "SortedLines":
        return cls(_lines(rows))

    def _find(self, key: str) -> int:
        """The offset of the row after ``key<TAB>``, or -1."""
        found = self._found.get(key)
        if found is None:
            found = self._search(key)
            if len(self._found) < 200_000:
                self._found[key] = found
        return found

    def _search(self, key: str) -> int:
        probe = key.encode("utf-8", "surrogatepass") + b"\t"
        data = self.data
        lo, hi = 0, len(data)  # lo: always the start of a line; the first line >= probe starts in [lo, hi]
        while lo < hi:
            mid = (lo + hi) // 2
            newline = data.rfind(b"\n", lo, mid)
            start = newline + 1 if newline >= 0 else lo  # the start of the line holding mid
            end = data.find(b"\n", start)
            if data[start:end] < probe:
                lo = end + 1
            else:
                hi = start
        return lo + len(probe) if data.startswith(probe, lo) else -1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def __getitem__(self, key: str) -> str:
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self.data[i:self.data.find(b"\n", i)].decode("utf-8")

    def __len__(self) -> int:
        return self.data.count(b"\n")


def _lines(rows: Iterable[tuple[str, str]]) -> bytes:
    out = set()
    for key, row in rows:
        if "\t" in key or "\n" in key or "\n" in row:
            raise ValueError(f"a key holds a tab or a line break, or a row a line break: {key[:60]!r}")
        out.add(f"{key}\t{row}")
    return "".join(line + "\n" for line in sorted(out)).encode("utf-8", "surrogatepass")


def cached(name: str, version: str, build: Callable[[], Iterable[tuple[str, str]]], folder: Path | None = None) -> SortedLines:
    """The lines ``build()`` gives, from the cache folder's file for (``name``, ``version``), made
    there on first use (atomically: a concurrent reader sees no file or the whole of it). An
    unwritable cache folder only means the lines are built in every process."""
    if folder is None:
        from . import config

        folder = Path(config.CACHE)
    h = hashlib.sha256(f"{name}\0{version}".encode()).hexdigest()[:16]
    path = Path(folder) / f"{name}-{h}.tsv"
    try:
        data = path.read_bytes()
        if data.endswith(b"\n" + END) or data == END:
            return SortedLines(data[:-len(END)])
    except OSError:
        pass
    data = _lines(build())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(data + END)
        tmp.replace(path)
    except OSError:
        pass
    return SortedLines(data)
