"""Text reuse (dossier.reuse): exact spans, the hand alignment of the seed article, documents
built from known pieces of others, direction rules, lineage classes, bad input, the figure."""

from __future__ import annotations

import random
import re

import pandas as pd
import pytest

from dossier import config
from dossier import reuse
from dossier.reuse import lineage, score, segment

ARTICLE = "guardian-2023-08-09-uk-turkey-smuggling-deal"


def _read(name: str) -> pd.DataFrame:
    try:
        from dossier.tables import read_table

        return read_table(name, config.INTERIM)
    except Exception:  # the table registry is being restructured; the Parquet file is the same
        return pd.read_parquet(config.INTERIM / f"{name}.parquet")


@pytest.fixture(scope="module")
def documents():
    return _read("documents")


@pytest.fixture(scope="module")
def paragraphs():
    return _read("paragraphs")


@pytest.fixture(scope="module")
def built(documents, paragraphs):
    return reuse.build(documents, paragraphs)


def _texts(documents):
    return dict(zip(documents["doc_id"], documents["text"]))


def test_every_span_is_exact_in_both_texts(built, documents):
    texts = _texts(documents)
    r = built["reuse"]
    assert len(r) > 0
    for row in r.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
        assert texts[row.source_doc_id][row.source_start:row.source_end] == row.source_text
        assert set(r["kind"]) <= set(reuse.schema.KINDS)
        assert row.direction in reuse.schema.DIRECTIONS
        assert 0 < row.similarity <= 1


def test_hand_alignment_precision_and_recall(built, documents):
    golds = score.load_gold(config.GOLD / "reuse")
    assert golds, "tests/gold/reuse/ holds no alignment"
    for gold in golds:
        result = score.score_gold(built["reuse"], documents, gold)
        assert result["sentence_precision"] >= 0.9, result["misses"]
        assert result["sentence_recall"] >= 0.9, result["misses"]
        assert result["pair_precision"] >= 0.8, result


def test_the_issue_example_is_aligned_word_for_word(built):
    """'The focus of the joint operational centre will be addressing organised immigration
    crime and disrupting the supply chain ...' against the release's wording."""
    r = built["reuse"]
    row = r[(r["doc_id"] == ARTICLE) & r["text"].str.contains("organised immigration crime and disrupting")]
    assert len(row) == 1
    assert "organised immigration crime and disrupt the supply chain of" in row.iloc[0]["source_text"]
    assert row.iloc[0]["kind"] == "near_verbatim"
    assert row.iloc[0]["direction"] == "press_release"  # same day: the press release is the source


def test_direction_earlier_date_wins(built):
    r = built["reuse"]
    parl = r[(r["doc_id"] == ARTICLE) & r["source_doc_id"].str.startswith("parliament")]
    assert len(parl) >= 1 and set(parl["direction"]) == {"earlier"}
    assert not (r["source_doc_id"] == ARTICLE).any()  # nothing is taken from the later article


def test_lineage_classes(built):
    lin = built["lineage"]
    art = lin[lin["doc_id"] == ARTICLE]
    assert set(art["meter_class"]) == {"partially_derived"}
    assert 0.05 <= art["derived_share"].iloc[0] < 0.8
    assert abs(art["share"].sum() - art["derived_share"].iloc[0]) < 0.05  # sources hardly overlap
    others = lin[lin["doc_id"] != ARTICLE]
    assert set(others["meter_class"]) == {"non_derived"}
    assert set(lin["doc_id"]) == set(built["reuse"]["doc_id"]) | set(others["doc_id"])


def test_corpus_without_shared_text_gives_empty_tables(documents, paragraphs):
    keep = documents[documents["doc_id"] != ARTICLE]
    out = reuse.build(keep, paragraphs[paragraphs["doc_id"].isin(keep["doc_id"])])
    assert len(out["reuse"]) == 0
    assert list(out["reuse"].columns) == reuse.REUSE.names
    assert set(out["lineage"]["meter_class"]) == {"non_derived"}
    assert len(out["lineage"]) == len(keep)


# ---------------------------------------------------------------------------------------------
# Generated documents: built from known pieces of other documents, shuffled and edited
# ---------------------------------------------------------------------------------------------

def _long_sentences(text: str, n_words: int = 14) -> list[tuple[int, int]]:
    out = []
    for s in segment.sentences(text):
        if len(s.words) >= n_words:
            out.append((s.start, s.end))
    return out


OWN = ["Residents gathered outside the town hall on Saturday evening to discuss what happens next.",
       "A spokesperson for the council declined to comment further when approached by reporters.",
       "Campaigners have promised to keep up their pressure through the winter months ahead."]

EDITS = [(r"\bhas been\b", "was"), (r"\bwill\b", "would"), (r"\bthe\b", "a"), (r"\bvarious\b", "several")]


def _edit(sentence: str, rng: random.Random) -> str:
    """Light edits: a word dropped from the middle, an auxiliary or article changed."""
    words = sentence.split(" ")
    del words[len(words) // 2]
    out = " ".join(words)
    for pattern, repl in rng.sample(EDITS, 2):
        out = re.sub(pattern, repl, out, count=1)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_generated_document_recovers_every_piece(documents, seed):
    rng = random.Random(seed)
    texts = _texts(documents)
    sources = ["hansard-2020-12-17-2025-uk-border-strategy", "homeoffice-2023-12-29-portland-port-factsheet"]
    pieces = []  # (new sentence, source doc, source span, edited)
    for doc_id in sources:
        spans = _long_sentences(texts[doc_id])
        for a, b in rng.sample(spans, 2):
            original = texts[doc_id][a:b]
            edited = rng.random() < 0.5
            pieces.append((_edit(original, rng) if edited else original, doc_id, (a, b), edited))
    body = [p[0] for p in pieces] + OWN
    rng.shuffle(body)
    new_text = "A new report on the border\n\n" + "\n\n".join(body)
    docs = pd.DataFrame({
        "doc_id": sources + ["generated"],
        "text": [texts[s] for s in sources] + [new_text],
        "published": ["2020-12-17", "2023-12-29", "2024-02-01"],
        "publisher": ["Parliament", "Government department", "A newspaper"],
    })
    r = reuse.build(docs)["reuse"]
    mine = r[r["doc_id"] == "generated"]
    for sentence, doc_id, (a, b), edited in pieces:
        at = new_text.index(sentence)
        words = list(re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", sentence))
        lo, hi = at + words[0].start(), at + words[-1].end()
        rows = mine[(mine["start"] < hi) & (mine["end"] > lo)]
        assert len(rows) >= 1, f"piece not found: {sentence[:60]!r}"
        assert set(rows["source_doc_id"]) == {doc_id}
        assert (rows["direction"] == "earlier").all()
        assert ((rows["source_start"] >= a) & (rows["source_end"] <= b)).all()
        covered = sum(min(hi, e) - max(lo, s) for s, e in zip(rows["start"], rows["end"]))
        if edited:
            assert covered >= 0.85 * (hi - lo), (sentence, rows["text"].tolist())
        else:  # verbatim pieces come back exactly, word for word
            assert len(rows) == 1 and (rows.iloc[0]["start"], rows.iloc[0]["end"]) == (lo, hi)
            assert rows.iloc[0]["kind"] == "verbatim" and rows.iloc[0]["similarity"] == 1.0
    own_spans = [(new_text.index(s), new_text.index(s) + len(s)) for s in OWN]
    for s0, e0 in own_spans:
        assert not ((mine["start"] < e0) & (mine["end"] > s0)).any()
    lin = reuse.build(docs)["lineage"]
    gen = lin[lin["doc_id"] == "generated"]
    assert set(gen["source_doc_id"]) == set(sources)


def test_same_day_same_kind_is_undetermined_and_listed_both_ways(documents):
    texts = _texts(documents)
    text = texts["hansard-2020-12-17-2025-uk-border-strategy"]
    docs = pd.DataFrame({"doc_id": ["a", "b"], "text": [text, "Headline\n\n" + text.split("\n\n", 4)[4]],
                         "published": ["2021-01-05", "2021-01-05"], "publisher": ["A newspaper", "Another newspaper"]})
    r = reuse.build(docs)["reuse"]
    assert len(r) > 0 and set(r["direction"]) == {"same_day_undetermined"}
    assert (r["doc_id"] == "a").sum() == (r["doc_id"] == "b").sum()
    lin = reuse.build(docs)["lineage"]
    assert (lin["derived_share"] == 0).all() and (lin["undetermined_share"] > 0).all()


def test_direction_rules():
    release = {"publisher": "Ministry of the Interior (press release)", "published": "2024-03-01"}
    wire = {"publisher": "Reuters", "published": "2024-03-01"}
    outlet = {"publisher": "The Daily Example", "credit": "With Reuters", "published": "2024-03-01"}
    plain = {"publisher": "The Evening Example", "published": "2024-03-01"}
    assert lineage.direction(release, outlet) == ("press_release", 0)
    assert lineage.direction(outlet, wire) == ("wire", 1)
    assert lineage.direction(outlet, plain) == ("wire", 0)  # the outlet crediting the wire is closer to it
    assert lineage.direction(plain, {**plain, "publisher": "The Morning Example"})[0] == "same_day_undetermined"
    assert lineage.direction(plain, {**wire, "published": "2024-02-28"}) == ("earlier", 1)
    assert lineage.direction(plain, {"publisher": "x", "published": None}) == ("date_unknown", -1)
    assert lineage.wire_credited({"text": "WASHINGTON (AP) — The talks ended."})
    assert lineage.publisher_kind({"publisher": "House of Commons written statement"}) == "parliament"
    assert lineage.meter_class(0.85) == "wholly_derived" and lineage.meter_class(0.2) == "partially_derived"
    assert lineage.meter_class(0.01) == "non_derived"


def test_bad_input_gets_a_clear_message(documents):
    with pytest.raises(ValueError, match="no column"):
        reuse.build(pd.DataFrame({"doc_id": ["a"]}))
    with pytest.raises(ValueError, match="duplicate doc_id"):
        reuse.build(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x", "y"]}))
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        reuse.build(pd.DataFrame({"doc_id": ["a"], "text": ["x"], "published": ["9 August 2023"]}))
    with pytest.raises(ValueError, match="no paragraphs"):
        reuse.build(documents, pd.DataFrame({"doc_id": [], "start": [], "end": [], "kind": []}))


def test_output_is_reproducible(documents, paragraphs, built):
    again = reuse.build(documents.sample(frac=1, random_state=3), paragraphs)
    pd.testing.assert_frame_equal(again["reuse"], built["reuse"])
    pd.testing.assert_frame_equal(again["lineage"], built["lineage"])


def test_package_names_nothing_of_the_shipped_corpus(documents):
    from pathlib import Path

    source = "\n".join(p.read_text(encoding="utf-8").casefold() for p in Path(reuse.__file__).parent.glob("*.py"))
    for doc_id in documents["doc_id"]:
        assert doc_id.casefold() not in source
    for publisher in documents["publisher"].dropna():
        head = re.split(r"[(,]", publisher)[0].strip().casefold()
        assert head not in source, head
    for name in ("turkey", "türkiye", "turkish", "bibby", "jenrick", "kapikule", "portland", "home office"):
        assert name not in source, name


# ---------------------------------------------------------------------------------------------
# Figure
# ---------------------------------------------------------------------------------------------

def test_figure_strip_colours_paragraphs_by_source_kind(built, documents, paragraphs):
    from dossier.figures import sources as figure

    data = figure.prepare_reuse({**built, "documents": documents, "paragraphs": paragraphs})
    assert data["focus"] == ARTICLE  # the largest derived share
    cats = [s["category"] for s in data["strip"]]
    assert len(cats) == (paragraphs["doc_id"] == ARTICLE).sum()
    assert {"press_release", "parliament", "none", "furniture"} <= set(cats)
    assert data["title"].startswith(f"{sum(c in ('press_release', 'parliament') for c in cats)} of ")
    assert data["examples"] and all(ex["source_text"] for ex in data["examples"])
    assert data["corpus"] is not None and len(data["corpus"]["edges"]) == 2
    fig = figure.draw_reuse(data)
    assert figure.render(fig, "svg") == figure.render(figure.draw_reuse(data), "svg")
    assert figure.render(fig, "png") == figure.render(figure.draw_reuse(data), "png")
    other = figure.prepare_reuse({**built, "documents": documents}, focus="parliament-2023-06-29-hl8565-turkey-grant")
    assert {s["category"] for s in other["strip"]} == {"none"}


def test_figure_without_shared_text_says_so(documents):
    from dossier.figures import sources as figure

    keep = documents[documents["doc_id"] != ARTICLE]
    data = figure.prepare_reuse({**reuse.build(keep), "documents": keep})
    assert data["empty"]
    fig = figure.draw_reuse(data)
    texts = " ".join(t.get_text() for t in fig.texts)
    assert "no shared text" in texts and "No passage is shared" in texts


def test_evidence_tiers(built):
    r = built["reuse"]
    assert set(r["evidence"]) <= {"strong", "supported"}
    strong = r[r["evidence"] == "strong"]
    # the two near-verbatim passages of the article are strong evidence on their own
    assert strong["text"].str.contains("organised immigration crime").any()
    assert strong["text"].str.contains("largest and busiest border crossing point").any()
    # a loose rewrite counts only with that support
    assert (r.loc[r["text"].str.startswith("The centre would aim"), "evidence"] == "supported").all()


def test_worker_processes_give_the_same_tables(monkeypatch):
    import sys

    sys.path.insert(0, str(config.ROOT / "benchmarks"))
    import reuse_bench

    from dossier.reuse import parallel

    docs = reuse_bench.generate(120)
    one = reuse.build(docs)
    monkeypatch.setattr(parallel, "CHUNK", 8)  # many alignment tasks
    monkeypatch.setattr(parallel, "WINDOW", 40)  # several windows: alignments carried from one to the next
    two = reuse.build(docs, jobs=2)
    assert len(one["reuse"]) > 20
    pd.testing.assert_frame_equal(one["reuse"], two["reuse"])
    pd.testing.assert_frame_equal(one["lineage"], two["lineage"])


def test_worker_processes_align_each_distinct_sentence_pair_once(documents, paragraphs):
    """On a corpus of copies (each document three more times, lightly edited), the workers are
    sent each distinct sentence pair (content-word ids and weights) once, however many document
    pairs hold it, and the tables are those of one process."""
    from dossier.reuse import align, parallel

    rng = random.Random(11)
    rows = [documents]
    for k in (1, 2, 3):
        copy = documents.copy()
        copy["doc_id"] = copy["doc_id"] + f"-copy{k}"
        copy["text"] = [t.replace(" the ", " a ", 1 + rng.randrange(3)) for t in copy["text"]]
        rows.append(copy)
    docs = pd.concat(rows, ignore_index=True)
    corpus = reuse.prepare(docs, None)
    doc_shingles = [set().union(*[reuse.candidates.shingles(u.ids.tolist()) for u in units]) for units in corpus.units]
    pairs = list(reuse.candidates.candidate_pairs(doc_shingles))
    assert len(pairs) > reuse.PREFETCH  # else one process does it all
    planned = reuse._plan(corpus, pairs)
    distinct = {align.key(corpus.units[t][ti], corpus.units[s][si]) for t, s, _, _, sp in planned for ti, si in sp}
    align._MEMO.clear()
    one = reuse.reuse_rows(corpus, pairs, jobs=1)
    two = reuse.reuse_rows(corpus, pairs, jobs=2)
    assert parallel.STATS["sentence_pairs"] == sum(len(p[4]) for p in planned)
    assert parallel.STATS["aligned"] == len(distinct) < parallel.STATS["sentence_pairs"] / 2
    assert two == one and len(one) > 50


def test_a_sentence_match_survives_its_plain_tuple_form(documents, paragraphs):
    """What workers send back (``align.compact``) gives the same match again (``align.expand``)."""
    from dossier.reuse import align

    corpus = reuse.prepare(documents, paragraphs)
    pairs = [(corpus.units[t][ti], corpus.units[s][si]) for t in range(len(corpus.doc_ids))
             for s in range(len(corpus.doc_ids)) if t != s for ti, si in reuse._sentence_pairs(corpus, t, s)]
    found = align.match_batch(pairs)
    assert sum(m is not None and bool(m.passages) for m in found) > 10
    assert [align.expand(align.compact(m)) for m in found] == found


def test_a_story_copied_by_many_keeps_a_bounded_number_of_partners():
    """Sixty copies of one text: every pair shares everything, but each document is aligned with
    at most MAX_PARTNERS others (the strongest), so the work stays linear in the corpus size."""
    from dossier.reuse import candidates

    base = {(i, i + 1) for i in range(40)}
    docs = [set(base) for _ in range(60)]
    docs[7] |= {(1000, 1001), (1001, 1002)}  # 7 and 8 share two more shingles than any other pair
    docs[8] |= {(1000, 1001), (1001, 1002)}
    pairs = candidates.candidate_pairs(docs, max_partners=5)
    assert len(pairs) <= 5 * 60
    assert (7, 8) in pairs and pairs[(7, 8)] == 42
    partners = {d: {b if a == d else a for a, b in pairs if d in (a, b)} for d in range(60)}
    assert all(1 <= len(p) for p in partners.values())
    # without the cap: all 1,770 pairs
    assert len(candidates.candidate_pairs(docs, max_partners=60)) == 60 * 59 // 2


def test_kept_sentence_alignments_change_nothing(documents, paragraphs, monkeypatch):
    """The per-process memo of sentence-pair alignments (copies share most sentences) gives the
    tables computed without it, on a corpus with copies (each document twice more, lightly edited)."""
    from dossier.reuse import align

    rng = random.Random(7)
    rows = [documents]
    for k in (1, 2):
        copy = documents.copy()
        copy["doc_id"] = copy["doc_id"] + f"-copy{k}"
        copy["text"] = [t.replace(" the ", " a ", 1 + rng.randrange(3)) for t in copy["text"]]
        rows.append(copy)
    docs = pd.concat(rows, ignore_index=True)
    align._MEMO.clear()
    kept = reuse.build(docs, None)
    monkeypatch.setattr(align, "MEMO_SIZE", 0)  # cleared before every store: nothing is ever reused
    align._MEMO.clear()
    fresh = reuse.build(docs, None)
    assert (kept["reuse"]["doc_id"].str.contains("-copy").sum()) > 50  # the copies were aligned
    pd.testing.assert_frame_equal(kept["reuse"], fresh["reuse"])
    pd.testing.assert_frame_equal(kept["lineage"], fresh["lineage"])


def test_batched_alignments_equal_one_pair_at_a_time(documents, paragraphs, monkeypatch):
    """Sentence pairs are aligned in padded batches (``align.match_batch``); each pair's score
    matrix, fragments and passages are exactly those of aligning it alone with the reference
    recurrence (``align._smith_waterman``), on every sentence pair of the corpus sharing words,
    in batches small enough to mix lengths and force several batches."""
    import numpy as np

    from dossier.reuse import align

    corpus = reuse.prepare(documents, paragraphs)
    pairs = []
    for t in range(len(corpus.doc_ids)):
        for s in range(len(corpus.doc_ids)):
            if t != s:
                pairs += [(corpus.units[t][ti], corpus.units[s][si]) for ti, si in reuse._sentence_pairs(corpus, t, s)]
    assert len(pairs) > 100
    for a, b in pairs[:60]:  # the padded recurrence gives the reference matrix, cell for cell
        blocked_a, blocked_b = np.zeros(len(a.ids), bool), np.zeros(len(b.ids), bool)
        blocked_a[: len(a.ids) // 3] = True
        ref = align._smith_waterman(a, b, blocked_a, blocked_b)[0]
        (h, _, _), = align._sw_batch([(a, b, blocked_a, blocked_b)])
        padded = align._sw_batch([(a, b, blocked_a, blocked_b), *((x, y, np.zeros(len(x.ids), bool), np.zeros(len(y.ids), bool)) for x, y in pairs[60:70])])
        assert np.array_equal(h, ref) and np.array_equal(next(padded)[0], ref)
    monkeypatch.setattr(align, "BATCH_CELLS", 20_000)
    together = align.match_batch(pairs)
    alone = [align.match_batch([p])[0] for p in pairs]
    assert sum(m is not None and m.plausible for m in together) > 10
    assert [None if m is None else (m.coverage, m.n_content, m.longest_run, m.score,
                                    [(p.a_first, p.a_last, p.b_first, p.b_last, p.pairs, p.similarity) for p in m.passages])
            for m in together] == \
           [None if m is None else (m.coverage, m.n_content, m.longest_run, m.score,
                                    [(p.a_first, p.a_last, p.b_first, p.b_last, p.pairs, p.similarity) for p in m.passages])
            for m in alone]
