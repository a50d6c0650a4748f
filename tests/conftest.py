"""Shared fixtures: the real corpus run once through the whole pipeline."""

from __future__ import annotations

import pytest

from dossier import config, corpus
from dossier.tables import read_table


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory):
    """`dossier extract data/raw` into a temporary folder (own cache), once per session."""
    out = tmp_path_factory.mktemp("extract")
    summary = corpus.extract([config.RAW], out, cache_dir=out / ".cache")
    return out, summary


@pytest.fixture(scope="session")
def tables(corpus_run):
    out, _ = corpus_run
    return {name: read_table(name, out) for name in corpus.ALL_TABLES}


@pytest.fixture(scope="session")
def texts(tables):
    return dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"]))


@pytest.fixture(scope="session")
def nlp():
    from dossier import nlp as nlp_mod, reference

    return nlp_mod.pipeline(reference.load().version)


@pytest.fixture(scope="session")
def analyse(nlp):
    """Run the per-document analysis on a text (published date and publisher optional)."""
    from dossier import reference
    from dossier.extract import analyse as analyse_doc

    def run(text: str, published: str | None = "2023-08-09", publisher: str | None = None) -> dict:
        starts = [0]
        pos = text.find("\n\n")
        while pos != -1:
            starts.append(pos + 2)
            pos = text.find("\n\n", pos + 2)
        doc = nlp(text)
        task = {"published": published, "publisher": publisher, "para_starts": starts}
        result = analyse_doc(doc, task, reference.load())
        result["text"] = text
        return result

    return run
