"""PolNeAR (``polnear-dev``): direct quotations and who said them, in US political news.

PolNeAR annotates every attribution (paraphrase too) in brat standoff: ``T`` lines are
``Source`` / ``Cue`` / ``Content`` spans (character offsets into ``text/<stem>.txt``,
fragments joined by ``;`` for discontinuous spans), an ``E`` line ties one attribution.
Items are the articles of ``train`` and ``dev`` pooled (924), id = the text file's stem; an
article with one ``.ann`` per annotator is scored against the first one in file-name order.
The publication date comes from ``data/metadata.tsv``.

How its conventions are mapped to ours (the quotes table: ``start``/``end`` of the quoted
text, ``speaker``, ``speaker_entity_id``, ``speaker_start``/``speaker_end``):

- **Gold direct quotation** = an attribution whose Content holds quoted text: the quoted
  segments of the article (text between an opening and a closing mark, ``“…”`` or straight
  ``"…"`` paired within a paragraph) of at least 3 words with at least half their characters
  inside the Content fragments. Paraphrases (no such segment) are not scored; nor are the
  ``Attribution-no-source`` attributions' speakers.
- **Quote found**: our quote rows cover at least half the characters of the gold quotation's
  quoted segments. Quote precision: a row of ours counts as right when at least half of it lies
  in some gold quoted segment (any attribution, direct or not).
- **Source kinds**: *pronoun* when the Source is one of ``PRONOUNS``; *named* when it holds a
  capitalised word that is neither a stop word nor a generic role noun (``GENERIC``);
  *nominal* otherwise ("a source", "officials"; also a relative pronoun, "who", "which").
- **Right speaker, named sources**: for the found quote, the row of ours overlapping it most
  has a speaker that (a) overlaps the Source span — unless our speaker is only the possessor
  in it ("Ryan" in "Ryan's spokeswoman") — or (b) name-matches the Source: every name word of
  the shorter of the two (ours: speaker text or its entity's name) occurs in the other.
- **Right speaker, nominal sources**: as for named sources (span overlap or name match); a
  relative pronoun Source ("Beck, who has described Trump as “…”") is also right when the
  speaker given is the phrase right before it, its antecedent (the resolution a reader makes;
  same rule for the peer; added 2026-12-03 evening, before it resolved pronouns this counted
  the resolved speaker as wrong).
- **Right speaker, pronoun sources resolved (lenient)**: PolNeAR has no coreference links,
  so the antecedent is taken to be one of the two nearest named Sources before the pronoun in
  the article; right when our speaker (text or entity name, not a bare pronoun) name-matches
  one of them. For "he" / "she" ("him", "her") a named Source written with a given name of the
  other gender ("Sen. Marco Rubio" for "she"; US Census given-name lists, :func:`source_gender`)
  is passed over (added 2026-12-04; same rule for the peer): before it, "she" answered with the
  nearest man's name counted as right whenever he was one of the two nearest Sources (26 of our
  DEV answers were such), and the woman meant, when farther back, counted as wrong.

Peer: textacy ``extract.triples.direct_quotations`` on the same spaCy model's parse
(``dossier.nlp.load_model()``); the articles where it raises are counted and score as empty.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from .common import Report, dataset, norm, overlap, snippet

NAME = "polnear"
FOLDER = "polnear-dev"
PEER = "textacy"

PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "us", "me"}
GENERIC = {"officials", "official", "sources", "source", "experts", "aides", "aide", "critics", "analysts",
           "spokesman", "spokeswoman", "spokesperson", "people", "reports", "report", "polls", "poll",
           "voters", "residents", "supporters", "observers", "researchers", "advocates", "lawmakers",
           "members", "police", "authorities", "witnesses", "campaign", "statement", "others", "many",
           "some", "most", "both", "several", "democrats", "republicans", "mr", "mrs", "ms", "dr",
           "president", "senator", "sen", "rep", "gov", "governor", "secretary", "candidate", "nominee"}
STOP = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
        "one", "another", "other", "all", "each", "every", "no", "and", "or", "of", "in", "on", "at", "for",
        "to", "with", "by", "from", "as", "but", "if", "so", "not", "who", "which", "what", *PRONOUNS}
MIN_WORDS = 3
GENDERED = {"he": "m", "him": "m", "she": "f", "her": "f"}
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def source_gender(text: str) -> str | None:
    """"m" / "f" for a named Source written with a given name before another capitalised word
    ("Sen. Marco Rubio", "Tennis great Billie Jean King") or an honorific ("Mrs. Clinton"), from
    the US Census given-name lists the package reads (``extract.resolve.given_name_genders``);
    None when it says neither ("Rubio", "The Florida senator")."""
    from ...extract.resolve import given_name_genders

    words = re.findall(r"[\w’'.-]+", text)
    for k, w in enumerate(words[:-1]):
        base = w.lower().rstrip(".")
        if base in HONORIFICS and words[k + 1][:1].isupper():
            return HONORIFICS[base]
        g = given_name_genders().get(base) if w[:1].isupper() and words[k + 1][:1].isupper() else None
        if g is not None:
            return g
    return None


# --------------------------------------------------------------------------- reading

def _spans(offsets: str) -> list[tuple[int, int]]:
    out = []
    for frag in offsets.split(";"):
        s, e = frag.split()
        out.append((int(s), int(e)))
    return out


def parse_ann(ann: str) -> list[dict]:
    """The attributions of one brat file: ``{"source": [(s, e)...] or None, "content": [...],
    "cue": [...]}`` in the order of their ``E`` lines."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(offsets))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    out = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        for arg in args[1:]:
            role, _, tid = arg.partition(":")
            role = re.sub(r"\d+$", "", role)
            if tid in spans:
                roles.setdefault(role.lower(), []).extend(spans[tid][1])
        if roles.get("content"):
            out.append({"source": roles.get("source"), "content": sorted(roles["content"]),
                        "cue": roles.get("cue", [])})
    return out


def quoted_segments(text: str) -> list[tuple[int, int]]:
    """Inner spans of quotations: curly pairs, and straight double quotes paired within a
    paragraph (an unclosed mark at a paragraph end closes there, as in multi-paragraph quotes)."""
    out = []
    for para in re.finditer(r"[^\n]+", text):
        p0, body = para.start(), para.group()
        for m in re.finditer(r"“([^“”]*)(”|$)", body):
            out.append((p0 + m.start(1), p0 + m.end(1)))
        for m in re.finditer(r"\"([^\"]*)(\"|$)", body):
            out.append((p0 + m.start(1), p0 + m.end(1)))
    return sorted(s for s in out if s[1] > s[0])


def load() -> list[dict]:
    root = dataset(FOLDER) / "data"
    dates = {}
    with open(root / "metadata.tsv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["filename"]] = row["publication_date"] or None
    items = []
    for part_dir in ("train", "dev"):
        anns: dict[str, Path] = {}
        for ann in sorted((root / part_dir / "attributions").glob("*.ann")):
            stem = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
            anns.setdefault(stem, ann)
        for stem, ann in sorted(anns.items()):
            text_path = root / part_dir / "text" / f"{stem}.txt"
            if not text_path.is_file():
                raise FileNotFoundError(f"PolNeAR annotation {ann} has no text {text_path}")
            text = text_path.read_text(encoding="utf-8")
            items.append({"id": stem, "text": text, "published": dates.get(stem),
                          "gold": gold_quotes(text, parse_ann(ann.read_text(encoding="utf-8")))})
    return items


def source_kind(text: str) -> str:
    words = re.findall(r"[\w’'.-]+", text)
    if norm(text) in PRONOUNS:
        return "pronoun"
    for w in words:
        base = norm(w)
        if w[:1].isupper() and base and base not in STOP and base not in GENERIC:
            return "named"
    return "nominal"


def gold_quotes(text: str, attributions: list[dict]) -> dict:
    """Direct quotations among the attributions (rule in the module doc), plus every quoted
    segment inside any Content (for precision)."""
    segs = [s for s in quoted_segments(text) if len(text[s[0]:s[1]].split()) >= MIN_WORDS]
    quotes, in_content = [], []
    for a in attributions:
        mine = [s for s in segs if sum(overlap(s, c) for c in a["content"]) * 2 >= s[1] - s[0]]
        in_content.extend(mine)
        if not mine:
            continue
        src = a["source"]
        src_text = " ".join(text[s:e] for s, e in src) if src else ""
        quotes.append({"segments": mine, "source": src, "source_text": src_text,
                       "cue": " ".join(text[s:e] for s, e in a["cue"]),
                       "kind": source_kind(src_text) if src else "none"})
    quotes.sort(key=lambda q: q["segments"][0])
    named = []  # (start, text) of named sources, for pronoun antecedents
    for a in attributions:
        if a["source"]:
            t = " ".join(text[s:e] for s, e in a["source"])
            if source_kind(t) == "named":
                named.append((a["source"][0][0], t))
    named.sort()
    for q in quotes:
        if q["kind"] == "pronoun":
            before = [t for s, t in named if s < q["source"][0][0]]
            want = GENDERED.get(norm(q["source_text"]))
            for key, gendered in (("antecedents", True), ("antecedents_any", False)):
                seen: list[str] = []
                for t in reversed(before):
                    if gendered and want is not None and source_gender(t) not in (None, want):
                        continue  # "she" does not stand for "Sen. Marco Rubio"
                    if norm(t) not in {norm(x) for x in seen}:
                        seen.append(t)
                    if len(seen) == 2:
                        break
                q[key] = seen
    return {"quotes": quotes, "segments": sorted(set(in_content))}


# --------------------------------------------------------------------------- systems

def ours(items: list[dict], tables: list[dict]) -> list[list[dict]]:
    out = []
    for tab in tables:
        names = {e["entity_id"]: e["name"] for e in tab.get("doc_entities", [])}
        rows = []
        for q in tab.get("quotes", []):
            spk = q.get("speaker") or ""
            rows.append({"start": q["start"], "end": q["end"], "speaker": spk,
                         "speaker_span": (q["speaker_start"], q["speaker_end"])
                         if q.get("speaker_start") is not None else None,
                         "names": [n for n in (spk, names.get(q.get("speaker_entity_id"))) if n]})
        out.append(rows)
    return out


def peer(items: list[dict]) -> tuple[list[list[dict]], list[str]]:
    """textacy's direct quotations per article, and a note of the articles where it raised."""
    from textacy.extract.triples import direct_quotations

    from ... import nlp

    model = nlp.load_model()
    out, raised = [], 0
    for doc in model.pipe(i["text"] for i in items):
        rows = []
        try:
            for t in direct_quotations(doc):
                spk = sorted(t.speaker, key=lambda tok: tok.i)
                span = (spk[0].idx, spk[-1].idx + len(spk[-1])) if spk else None
                name = " ".join(tok.text for tok in spk)
                rows.append({"start": t.content.start_char, "end": t.content.end_char, "speaker": name,
                             "speaker_span": span, "names": [name] if name else []})
        except Exception:  # the peer's own failure is what is counted, not hidden
            raised += 1
            rows = []
        out.append(rows)
    return out, [f"textacy raised on {raised} of {len(items)} articles (scored as finding nothing)"]


# --------------------------------------------------------------------------- scoring

def name_match(a: str, b: str) -> bool:
    """Every name word of the shorter name occurs in the other ("Trump" ~ "Donald J. Trump")."""
    wa = [w for w in norm(a).split() if w not in STOP and w not in GENERIC]
    wb = [w for w in norm(b).split() if w not in STOP and w not in GENERIC]
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return set(short) <= set(long_)


def _speaker_overlaps(text: str, row: dict, source: list[tuple[int, int]]) -> bool:
    span = row["speaker_span"]
    if not span:
        return False
    for s, e in source:
        if overlap(span, (s, e)):
            after = text[span[1]:span[1] + 2]
            if after in ("'s", "’s") and span[1] + 2 < e:
                return False  # only the possessor in the source phrase
            return True
    return False


def score(items: list[dict], preds: list[list[dict]], system: str, split: str) -> Report:
    rep = Report(NAME, system, split, len(items))
    found, prec = rep.ratio("quote found"), rep.ratio("quote precision")
    named, pron = rep.ratio("right speaker, named sources"), rep.ratio("right speaker, pronoun sources (lenient)")
    nominal = rep.ratio("right speaker, nominal sources")
    blind = [0, 0]  # pronoun sources right under the gender-blind antecedent rule (before 2026-12-04)
    for item, rows in zip(items, preds):
        text, gold = item["text"], item["gold"]
        for r in rows:
            inside = sum(overlap((r["start"], r["end"]), s) for s in gold["segments"])
            ok = inside * 2 >= (r["end"] - r["start"])
            prec.add(ok)
            if not ok:
                short = len(text[r["start"]:r["end"]].split()) < MIN_WORDS
                rep.error("spurious quote: under 3 words (scare quote, title)" if short else "spurious quote",
                          item["id"], snippet(text, r["start"], r["end"], 30), r["speaker"])
        for q in gold["quotes"]:
            segs = q["segments"]
            size = sum(e - s for s, e in segs)
            cover = {}
            for k, r in enumerate(rows):
                c = sum(overlap((r["start"], r["end"]), s) for s in segs)
                if c:
                    cover[k] = c
            hit = sum(cover.values()) * 2 >= size
            found.add(hit)
            snip = snippet(text, segs[0][0], min(segs[0][1], segs[0][0] + 80), 40)
            if not hit:
                rep.error("quote missed" if not cover else "quote partly covered", item["id"], snip)
                continue
            best = rows[max(cover, key=lambda k: (cover[k], -k))]
            others = [rows[k] for k in cover if rows[k] is not best]
            src_txt = q["source_text"]
            if q["kind"] == "pronoun" and q.get("antecedents_any"):  # the rule before 2026-12-04, for comparison
                blind[0] += any(norm(n) not in PRONOUNS and name_match(n, a) for n in best["names"] for a in q["antecedents_any"])
                blind[1] += 1
            if q["kind"] == "named":
                ok = _speaker_overlaps(text, best, q["source"]) or any(name_match(n, src_txt) for n in best["names"])
                named.add(ok)
                if not ok:
                    rep.error(_speaker_class(text, best, q, others), item["id"], snip,
                              f"source {src_txt!r}, cue {q['cue']!r}; ours {best['speaker']!r}")
            elif q["kind"] == "pronoun" and q.get("antecedents"):
                ok = any(norm(n) not in PRONOUNS and name_match(n, a) for n in best["names"] for a in q.get("antecedents", []))
                pron.add(ok)
                if not ok:
                    cls = ("pronoun source: no speaker" if not best["speaker"] else
                           "pronoun source: speaker left as a pronoun" if norm(best["speaker"]) in PRONOUNS else
                           "pronoun source: resolved to another name")
                    rep.error(cls, item["id"], snip,
                              f"source {src_txt!r} ~ {q.get('antecedents')}, cue {q['cue']!r}; ours {best['speaker']!r}")
            elif q["kind"] == "nominal":
                ok = _speaker_overlaps(text, best, q["source"]) or any(name_match(n, src_txt) for n in best["names"]) \
                    or _relative_antecedent(text, best, q["source"])
                nominal.add(ok)
                if not ok:
                    cls = ("nominal source: no speaker" if not best["speaker"] else
                           "nominal source: speaker left as a pronoun" if norm(best["speaker"]) in PRONOUNS else
                           "nominal source: other speaker")
                    rep.error(cls, item["id"], snip, f"source {src_txt!r}, cue {q['cue']!r}; ours {best['speaker']!r}")
    kinds: dict[str, int] = {}
    for i in items:
        for q in i["gold"]["quotes"]:
            k = q["kind"] + (" without a named source before" if q["kind"] == "pronoun" and not q.get("antecedents") else "")
            kinds[k] = kinds.get(k, 0) + 1
    if blind[1]:
        rep.notes.append(f"pronoun sources (lenient) under the gender-blind rule used before 2026-12-04: "
                         f"{blind[0] / blind[1]:.3f} ({blind[0]}/{blind[1]})")
    rep.notes.append(f"gold direct quotations in {len(items)} articles by source kind: "
                     + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return rep


RELATIVES = {"who", "which", "that", "whom"}


def _relative_antecedent(text: str, row: dict, source: list[tuple[int, int]]) -> bool:
    """A relative pronoun annotated as the Source ("Beck, who has described Trump as “…”", "the
    sign — which read “…”") is right when the speaker given is the phrase the pronoun follows:
    its span ends where only spaces and punctuation separate it from the pronoun."""
    span = row["speaker_span"]
    if not span or span[0] is None or len(source) != 1:
        return False
    s, e = source[0]
    return norm(text[s:e]) in RELATIVES and span[1] <= s and not text[span[1]:s].strip(" ,;—–-\n\xa0")


def _speaker_class(text: str, row: dict, q: dict, others: list[dict]) -> str:
    """Why a named source was not found, by what can be seen from the spans."""
    if len(q["segments"]) > 1 and any(o["speaker"] and any(name_match(n, q["source_text"]) for n in o["names"])
                                      for o in others):
        return "named source: split quote, the part scored has no/other speaker"
    span = row["speaker_span"]
    if span and any(overlap(span, s) for s in q["source"]):
        return "named source: possessor taken as speaker"
    if row["speaker"] and norm(row["speaker"]) in PRONOUNS:
        return "named source: pronoun speaker left unresolved"
    if row["speaker"]:
        return "named source: other speaker"
    seg, src = q["segments"][0], q["source"][0]
    para_of = lambda i: text.count("\n", 0, i)  # noqa: E731
    if para_of(src[0]) != para_of(seg[0]):
        where = "in another paragraph"
    elif src[0] >= q["segments"][-1][1]:
        where = "after the quote"
    else:
        where = "before the quote"
    return f"named source: no speaker, source {where}"
