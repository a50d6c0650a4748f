"""Sorted lines searched in place (dossier.sorted_lines): the same answers as a dict, on the
word lists and place index that use them, and a cache file that is rebuilt when cut short."""

from __future__ import annotations

import random

import pytest

from dossier import geo, sorted_lines
from dossier.extract import name_types
from dossier.sorted_lines import SortedLines


def _variants(words):
    for w in words:
        yield from (w, w + "a", w[:-1], w.upper(), " " + w, w + "\t", w + "\n")


def test_lookups_answer_as_a_dict_does():
    rng = random.Random(7)
    alphabet = "abcdeéüçşğ- '’."
    rows = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))): str(rng.randint(0, 99)) for _ in range(3000)}
    lines = SortedLines.of(rows.items())
    assert len(lines) == len(rows)
    for key in _variants(list(rows)[:800] + ["", "\uffff", "zzzz"]):
        assert (key in lines) == (key in rows), key
        if key in rows:
            assert lines[key] == rows[key]
    with pytest.raises(KeyError):
        lines["no such key at all"]
    assert "x" not in SortedLines(b"") and 3 not in lines


def test_keys_with_a_tab_or_a_line_break_are_refused():
    with pytest.raises(ValueError, match="tab or a line break"):
        SortedLines.of([("a\tb", "")])
    with pytest.raises(ValueError):
        SortedLines.of([("a", "row\nrow")])


def test_the_cache_file_is_made_once_and_rebuilt_when_cut_short(tmp_path):
    calls = []

    def build():
        calls.append(1)
        return [("kurdistan", "x"), ("ankara", "y")]

    first = sorted_lines.cached("test", "v1", build, folder=tmp_path)
    again = sorted_lines.cached("test", "v1", build, folder=tmp_path)
    assert calls == [1] and again["ankara"] == "y" and "kurdistan" in first
    (path,) = tmp_path.glob("test-*.tsv")
    path.write_bytes(path.read_bytes()[:-3])  # an interrupted write
    assert sorted_lines.cached("test", "v1", build, folder=tmp_path)["kurdistan"] == "x" and calls == [1, 1]
    sorted_lines.cached("test", "v2", build, folder=tmp_path)  # another version, another file
    assert len(calls) == 3 and len(list(tmp_path.glob("test-*.tsv"))) == 2


def test_surnames_and_lemmas_are_the_lists_they_are_read_from():
    surnames = name_types._read(name_types.SURNAME_FILE)
    assert len(name_types.surnames()) == len(surnames) == 88_799
    assert all(w in name_types.surnames() for w in list(surnames)[::97])
    lemmas = name_types._lemma_index()
    words = frozenset().union(*lemmas.values())
    assert len(name_types.common_words()) == len(words)
    for w in sorted(words)[::211]:
        assert w in name_types.common_words() and (w in name_types.common_nouns()) == (w in lemmas["noun"])
    assert name_types.is_common_word("Walnuts") and not name_types.is_common_word("Moodys")


def test_the_small_place_index_answers_for_every_place_it_holds():
    index = geo.small_index()
    rows = dict(line.split("\t", 1) for line in index.data.decode("utf-8").splitlines())
    assert len(rows) == len(index) > 100_000
    for key in list(rows)[::53]:
        assert key in index and index[key] == rows[key] and key + "x" not in rows or key + "x" in index
