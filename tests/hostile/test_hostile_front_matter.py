"""Issue 17 rows 1, 2 and 12: front matter that is malformed, hostile or out of range ends as a
log row for that file; later files are processed; nothing in it is executed."""

from __future__ import annotations

import json
import time

import pandas as pd

BODY = "\n\nThe Home Office said on Monday that it would send more officers to Calais.\n"


def _md(front: str) -> str:
    return f"---\n{front}\n---{BODY}"


def test_impossible_dates_are_warnings_and_the_run_goes_on(corpus):
    # row 1: YAML's own date parser raised on these and stopped the run
    corpus.write({
        "a-feb30.md": _md("title: February the thirtieth\npublished: 2023-02-30"),
        "b-nines.md": _md("title: Nines\npublished: 9999-99-99"),
        "c-tagged.md": _md("title: Tagged\npublished: !!timestamp 2023-02-30"),
        "d-future.md": _md("title: Far future\npublished: 9999-12-31"),  # row 12: accepted
        "e-good.md": _md("title: Good\npublished: 2023-08-09"),
    })
    docs, _, log = corpus.ingest()
    rows = corpus.log(log)
    for name, value in (("a-feb30.md", "2023-02-30"), ("b-nines.md", "9999-99-99")):
        status, reason = rows[name]
        assert status == "warning" and f"published value '{value}' is not a date" in reason
    assert rows["c-tagged.md"][0] == "rejected" and "not valid YAML" in rows["c-tagged.md"][1]
    assert rows["d-future.md"] == ("ok", "") and rows["e-good.md"] == ("ok", "")
    d = docs.set_index("doc_id")
    assert pd.isna(d.loc["a-feb30", "published"]) and pd.isna(d.loc["b-nines", "published"])
    assert d.loc["a-feb30", "title"] == "February the thirtieth"
    assert d.loc["d-future", "published"] == "9999-12-31"
    assert d.loc["e-good", "published"] == "2023-08-09"


def _billion_laughs(levels: int = 9) -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines)


def test_alias_bomb_is_refused_at_once(corpus):
    # row 2: ~330 bytes that took 237 s and 6.3 GB before
    bomb = _billion_laughs()
    assert len(bomb) < 400
    corpus.write({"bomb.md": _md("title: Bomb\n" + bomb), "one-alias.md": _md("title: &t Same\nnote: *t"),
                  "zz-good.md": _md("title: Good")})
    t0 = time.perf_counter()
    docs, _, log = corpus.ingest()
    assert time.perf_counter() - t0 < 5
    rows = corpus.log(log)
    for name in ("bomb.md", "one-alias.md"):
        status, reason = rows[name]
        assert status == "rejected" and "anchors or aliases" in reason, (name, reason)
    assert list(docs["doc_id"]) == ["zz-good"]
    assert len(docs.iloc[0]["fields"]) < 100


def test_front_matter_size_and_depth_are_capped(corpus):
    corpus.write({
        "huge.md": _md("title: Huge\nnote: " + "x" * 70_000),
        "deep.md": _md("title: Deep\nextra: " + "[" * 5000 + "]" * 5000),
        "deep-map.md": _md("title: Deep\nextra: " + "{a: " * 3000 + "1" + "}" * 3000),
        "ok.md": _md("title: Fine\nextra: [[[1]]]"),
    })
    docs, _, log = corpus.ingest()
    rows = corpus.log(log)
    assert rows["huge.md"][0] == "rejected" and "more than the 65,536 allowed" in rows["huge.md"][1]
    for name in ("deep.md", "deep-map.md"):
        assert rows[name][0] == "rejected" and "nest" in rows[name][1], rows[name]  # ours or libyaml's limit
    assert rows["ok.md"] == ("ok", "")
    assert json.loads(docs.iloc[0]["fields"])["front_matter"] == {"extra": "[[[1]]]"}


def test_every_front_matter_value_is_type_checked(corpus):
    corpus.write({"typed.md": "---\ntitle: {text: A mapping}\npublisher: [One, Two]\nnote: yes\n"
                              "licence: 3\ntags: [asylum, Calais]\n1: numeric key\n---\n\n"
                              "# The real headline of the page\n\nThe Home Office said on Monday that it would act.\n"})
    docs, _, log = corpus.ingest()
    status, reason = corpus.log(log)["typed.md"]
    assert status == "warning"
    assert "front matter title is a mapping, not text; ignored" in reason
    assert "front matter publisher is a list, not text; ignored" in reason
    assert "front matter note is true/false, not text; ignored" in reason
    doc = docs.iloc[0]
    assert doc["title"] == "The real headline of the page"  # the headline, not "{'text': ...}"
    assert pd.isna(doc["publisher"]) and pd.isna(doc["note"]) and doc["licence"] == "3"
    extra = json.loads(doc["fields"])["front_matter"]
    assert extra == {"tags": '["asylum", "Calais"]', "1": "numeric key"}
    assert "{'" not in doc["fields"] and "{'" not in doc["text"]


def test_python_tags_are_not_executed(corpus, tmp_path):
    marker = tmp_path / "pwned"
    corpus.write({
        "apply.md": _md(f'title: x\nrun: !!python/object/apply:os.system ["touch {marker}"]'),
        "name.md": _md("title: !!python/name:os.system x"),
        "good.md": _md("title: Good"),
    })
    docs, _, log = corpus.ingest()
    rows = corpus.log(log)
    assert rows["apply.md"][0] == "rejected" and "not valid YAML" in rows["apply.md"][1]
    assert rows["name.md"][0] == "rejected"
    assert not marker.exists()
    assert list(docs["doc_id"]) == ["good"]
