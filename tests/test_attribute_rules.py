"""The model's attribute rules and rule lemmatizer through tables (dossier.attribute_rules): the
same annotations as spaCy's own components, token by token, on real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier import attribute_rules, nlp

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "raw"
POLNEAR = ROOT.parent / "shared" / "external" / "polnear-dev" / "data" / "dev" / "text"

# every multi-token rule of the pinned model, its regular expressions, sets and dependency tests
TRICKY = [
    "We're gon na win, y'all. Ain't nothin' gonna stop us; c'mon, let's go! I got ta say it.",
    "There is a man. There are two boats, and there's a third. It gets worse: he got it, gave it to me.",
    "That is what I said, which was not true; he didn't know whether it would, because it hadn't.",
    "Do you have it? I do. She has had enough and did what she had to do. Don't, n't, nt.",
    "  \n\n Two  spaces , and\ttabs.\n\nA heading\n\n- a list item\n- another",
    "",
]


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    if POLNEAR.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(POLNEAR.glob("*.txt"))[:40]]
    return texts + TRICKY


def _annotations(doc) -> list[tuple]:
    return [(t.i, t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    stock = nlp.load_model()
    fast = nlp.load_model()
    assert attribute_rules.speed_up(fast) is True
    assert attribute_rules.speed_up_lemmatizer(fast) is True
    return stock, fast


def test_the_pinned_models_rules_are_all_read_by_the_table(pipelines):
    _, fast = pipelines
    ruler = fast.get_pipe("attribute_ruler")
    table = attribute_rules.FastMatch(ruler)
    n_alternatives = sum(len(p["patterns"]) for p in ruler.patterns)
    assert sum(map(len, table.single.values())) + sum(map(len, table.multi.values())) == n_alternatives
    assert table.multi, "the model has multi-token rules ('gon' + 'na'); they must be read"


def test_same_matches_as_spacys_matcher(pipelines):
    stock, _ = pipelines
    ruler = stock.get_pipe("attribute_ruler")
    table = attribute_rules.FastMatch(ruler)
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(_texts()))
    n = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert table(doc) == expected, doc.text[:80]
        n += len(expected)
    assert n > 1000


def test_same_token_annotations_as_the_stock_pipeline(pipelines):
    stock, fast = pipelines
    texts = _texts()
    for a, b in zip(stock.pipe(texts), fast.pipe(texts)):
        assert _annotations(a) == _annotations(b), a.text[:80]
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]


def test_the_projects_pipeline_uses_the_table():
    pipe = nlp.pipeline()
    ruler = pipe.get_pipe("attribute_ruler")
    doc = pipe("He didn't say it wasn't gon na happen.")
    assert isinstance(ruler.match, attribute_rules.FastMatch)
    assert "pipe" in vars(pipe.get_pipe("lemmatizer"))  # nlp.pipe goes through the lemma table
    assert [t.lemma_ for t in doc if t.lower_ in ("n't", "gon", "na")] == ["not", "not", "go", "to"]
    lemmas = [t.lemma_ for t in next(pipe.pipe(["The ministers were meeting the mayors and had agreed."]))]
    assert lemmas == ["the", "minister", "be", "meet", "the", "mayor", "and", "have", "agree", "."]


def test_a_rule_the_table_cannot_read_leaves_spacys_matcher_in_place():
    pipe = nlp.load_model()
    ruler = pipe.get_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"LEMMA": "very"})
    before = ruler.match
    assert attribute_rules.speed_up(pipe) is False
    assert ruler.match == before
    assert attribute_rules.speed_up(pipe, name="no_such_component") is False


def test_a_lemmatizer_the_table_cannot_stand_for_is_left_in_place():
    pipe = nlp.load_model()
    lemmatizer = pipe.get_pipe("lemmatizer")
    lemmatizer.overwrite = True  # would replace the attribute rules' lemmas: not what the table does
    assert attribute_rules.speed_up_lemmatizer(pipe) is False
    assert "pipe" not in vars(lemmatizer)
    assert attribute_rules.speed_up_lemmatizer(pipe, name="no_such_component") is False


def test_lemmas_survive_the_memory_zones_the_engines_parse_in(pipelines):
    """The corpus engines parse each batch inside ``nlp.memory_zone()``, which drops the strings
    first seen in it; a lemma remembered from an earlier batch must still be readable."""
    _, fast = pipelines
    text = "The Zorblaxians were zorblaxifying the quindlewumps."
    with fast.memory_zone():
        first = [t.lemma_ for t in next(fast.pipe([text]))]
    with fast.memory_zone():
        again = [t.lemma_ for t in next(fast.pipe([text]))]
    assert first == again and "quindlewump" in again


def test_tokens_where_finds_what_a_plain_loop_finds():
    """``spans.tokens_where`` (sorted-id search, ids kept per word set, attribute arrays kept per
    document) gives the tokens a loop over the document gives, for sets, grown sets and lists."""
    from spacy.attrs import LEMMA, LOWER, ORTH

    from dossier import config
    from dossier.extract import spans
    from dossier.extract.lexicon import SPEECH_VERBS

    pipe = nlp.pipeline()
    text = next(iter(sorted((config.ROOT / "data" / "raw").glob("*.txt")))).read_text(encoding="utf-8")
    doc = pipe(text)
    words = {"said", "the", "Home", "Office", "£3m", "nowhere-to-be-found"}
    cases = [(LEMMA, SPEECH_VERBS, lambda t: t.lemma_), (ORTH, words, lambda t: t.text),
             (LOWER, ["the", "and"], lambda t: t.lower_)]
    for attr, values, get in cases:
        want = [t.i for t in doc if get(t) in values]
        assert want and spans.tokens_where(doc, attr, values) == want
        assert spans.tokens_where(doc, attr, values) == want  # second call: the kept ids and array
    words.update({"Türkiye", "Turkey"})  # a set that grew is looked up again, not served from the kept ids
    assert spans.tokens_where(doc, ORTH, words) == [t.i for t in doc if t.text in words]
    assert spans.tokens_where(doc, ORTH, set()) == []
