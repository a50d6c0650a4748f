"""Fixtures of the hostile-input suite (helpers in ``hostile_helpers``)."""

from __future__ import annotations

import pytest

from hostile_helpers import Corpus


@pytest.fixture()
def corpus(tmp_path) -> Corpus:
    return Corpus(tmp_path / "corpus")
