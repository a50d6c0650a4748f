"""Issue 17 row 3 (ingestion side): reading a file costs time linear in its size, whatever
it holds. Each degenerate pattern is read at n, 4n and 16n characters; linear cost grows ×4 per
step, the quadratic regexes this replaces grew ×16 (a 20 000-character line of ``" **a"`` took
1.8 s in markdown stripping, ``"=a" + 20 000 spaces`` 1.5 s in heading recognition). The
sizes are small so the suite stays fast; the ratio is what is tested."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest

from dossier import ingest, layout

N = 20_000
STEP = 4
MAX_RATIO = 9  # linear: 4 (plus noise); quadratic: 16

PATTERNS = {
    "base64 image": lambda n: ("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
                               * (n // 96 + 1))[:n],
    "URL list": lambda n: ("https://example.org/a/b.html," * (n // 29 + 1))[:n],
    "unclosed bold": lambda n: " **a" * (n // 4),
    "unclosed italic": lambda n: " *a" * (n // 3),
    "open brackets": lambda n: "[" * n,
    "link openers": lambda n: "[a](" * (n // 4),
    "image openers": lambda n: "![" * (n // 2),
    "wiki heading with spaces": lambda n: "=a" + " " * n + "b",
    "markdown heading with hashes": lambda n: "# a" + "#" * n + "b",
    "front-matter-like dashes": lambda n: "---\n" + "-" * n,
    "no spaces, no newlines": lambda n: "x" * n,
    "many short lines": lambda n: "ab\n" * (n // 3),
    "many blank lines": lambda n: "a" + "\n" * n + "b",
    "non-ASCII run": lambda n: "é’" * (n // 2),
    "capitals run (speaker, portrait rules)": lambda n: "Ab " + "A" * n + " (Ab Cd)",
    "endless age list (boilerplate rule)": lambda n: "(" + "1 day, " * (n // 7) + "x",
    "unclosed quotes": lambda n: "“ab " * (n // 4),
}


def _best(f, arg, repeat: int = 3) -> float:
    """Least CPU time of this process over ``repeat`` runs, the garbage collector paused: the
    other processes of a shared machine and collections of an ever larger heap do not count."""
    times = []
    gc.disable()
    try:
        for _ in range(repeat):
            t0 = time.process_time()
            f(arg)
            times.append(time.process_time() - t0)
    finally:
        gc.enable()
    return min(times)


def _assert_linear(f, make, label, n: int = N):
    small = _best(f, make(n))
    assert small < 1.0, f"{label}: {n} characters took {small:.2f} s"
    medium = _best(f, make(n * STEP))
    large = _best(f, make(n * STEP * STEP), repeat=2)
    floor = 0.02  # below this, timer resolution and noise dominate the ratio
    r1, r2 = medium / max(small, floor), large / max(medium, floor)
    assert r1 < MAX_RATIO and r2 < MAX_RATIO, (
        f"{label}: {n}/{n * STEP}/{n * STEP * STEP} chars took {small:.4f}/{medium:.4f}/{large:.4f} s")


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_markdown_stripping_is_linear(pattern):
    _assert_linear(layout.strip_markdown, PATTERNS[pattern], pattern)


@pytest.mark.parametrize("pattern", sorted(PATTERNS))
def test_reading_a_whole_file_is_linear(pattern, tmp_path):
    def read(text: str) -> None:
        path = Path(tmp_path) / "degenerate.md"
        data = ("# A headline\n\nThe Home Office said on Monday that it would act.\n\n" + text + "\n").encode("utf-8")
        try:
            ingest.build_document(path, data, None, [])
        except ingest.Rejected:
            pass

    _assert_linear(read, PATTERNS[pattern], pattern, n=N // 2)


def test_heading_recognisers_are_linear():
    _assert_linear(layout.wiki_heading, PATTERNS["wiki heading with spaces"], "wiki heading")
    _assert_linear(layout.md_heading, PATTERNS["markdown heading with hashes"], "markdown heading")
