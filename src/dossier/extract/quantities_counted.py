"""What a bare number counts, read after the rows are built: the subject of a verb of level
("The number of asylum applications rose to 112,000"), the whole of a partitive ("Five of the
eleven detainees"), a unit elided after "from ... to" ("cut from 18 months to nine"), and a unit
carried over from the count before ("About 50 people had been expected, but about 20 came").
Each step looks at one row, its parse around the number and the rows right before and after it:
no scan over earlier rows.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from . import spans
from .lexicon import DURATION_UNITS

# Verbs that put a figure at a level or move it: "rose to 112,000", "stood at 1,840", "reached 550,000".
LEVEL_VERBS = {"rise", "fall", "reach", "stand", "total", "pass", "exceed", "top", "climb", "drop", "increase",
               "decrease", "grow", "hit", "surpass", "decline", "jump", "soar", "peak", "swell", "shrink", "number", "amount"}
LEVEL_PREPS = {"to", "at", "by", "from", "above", "below", "past"}
# Verbs that put a count at a figure: "put the number of ... at 11 million", "was estimated at".
ESTIMATE_VERBS = {"put", "estimate", "place", "set"}
# Subjects that name a count of something: the "of" phrase is what is counted ("the number of people").
COUNT_NOUNS = {"number", "numbers", "total", "count", "tally"}
# Plural subjects that are no things counted: a bare figure after "costs rose to" is no count of costs.
NOT_COUNTED = {"figures", "numbers", "levels", "totals", "rates", "costs", "prices", "fees", "wages", "earnings",
               "revenues", "profits", "savings", "temperatures", "sales", "budgets", "payments", "estimates",
               "statistics", "data", "amounts", "sums", "scores", "values"}
# Words of time or age a number is measured in ("a 87 yo man"): no compound to climb from.
TIME_WORDS = {*DURATION_UNITS, "yo", "yr", "hr", "min", "sec"}
# "Five of the eleven detainees", "Only 16 of the 1,200 requests": the part counts what the whole counts.
PARTITIVE = re.compile(r"^\s+of\s+(?:the|these|those|its|their|our|his|her|all)\s+$", re.I)
FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
TO_BETWEEN = re.compile(r"^\s*(?P<unit>[A-Za-z]+\s+)?to\s+$", re.I)  # the row of "18 months" may end at "18"


def _of_count(noun):
    """The noun of "the number of X" (X), or None."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((g for g in of.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")), None) if of else None


def _counted_subject(doc: Doc, row: dict):
    """The noun a bare figure counts when it is the level a verb puts its subject at: "The number of
    people held stood at 1,840" → people; "Arrivals rose to 6,500" → arrivals. None otherwise."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in LEVEL_PREPS:
        verb = tok.head.head
    elif tok.dep_ in ("dobj", "attr"):
        verb = tok.head
    else:
        return None
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in ESTIMATE_VERBS and tok.head.lower_ == "at":
        # "Officials put the number of undocumented migrants at 11 million"; passive: "was put at"
        what = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        return _of_count(what) if what is not None and what.lower_ in COUNT_NOUNS else None
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in LEVEL_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ == "conj":  # "... returned from Turkey [and] reached 550,000": the first verb's
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or any(c.dep_ == "nummod" for c in subj.children):  # "the 40 boats rose to": counted already
        return None
    if subj.lower_ in COUNT_NOUNS:
        return _of_count(subj)
    if subj.tag_ in ("NNS", "NNPS") and subj.pos_ == "NOUN" and subj.lower_ not in NOT_COUNTED:
        return subj
    return None


def _to_between(between: str, unit: str) -> bool:
    """" months to " or " to " between a measure and a bare number (the unit word, if any, is the row's)."""
    m = TO_BETWEEN.match(between)
    return m is not None and (m.group("unit") is None or m.group("unit").strip().lower().rstrip("s") == unit.lower().rstrip("s"))


def fill_counted(doc: Doc, text: str, rows: list[dict], chunks, noun_phrase) -> None:
    """Give bare counts what they count, in order of the text (``rows`` sorted by start)."""
    prev = None  # the last count with a unit, for "… 50 people …, but about 20 …"
    before = None  # the row just before, for "from 18 months to nine"
    for i, r in enumerate(rows):
        bare = r["kind"] == "count" and r["unit"] is None and r["counted"] is None and r["value"] is not None
        nxt = rows[i + 1] if i + 1 < len(rows) else None
        if bare:
            noun = _counted_subject(doc, r)
            if noun is not None:
                r["unit"], r["counted"] = noun.text.lower(), noun_phrase(doc, noun, chunks)
            elif nxt is not None and nxt["kind"] == "count" and nxt["counted"] and nxt["unit"] \
                    and PARTITIVE.match(text[r["end"]:nxt["start"]]):
                r["unit"], r["counted"] = nxt["unit"], nxt["counted"]  # "Five of the eleven detainees": detainees
            elif before is not None and r["value_high"] is None and before["kind"] in ("duration", "measure") \
                    and before["unit"] and before["sentence"] == r["sentence"] \
                    and _to_between(text[before["end"]:r["start"]], before["unit"]) \
                    and FROM_BEFORE.search(text[max(0, before["start"] - 6):before["start"]]):
                r["unit"], r["kind"] = before["unit"], before["kind"]  # "from 18 months to nine": nine months
        if r["kind"] == "count" and r["unit"] is None and r["value"] is not None and prev is not None \
                and r["sentence"] - prev["sentence"] <= 1:
            carried = prev["counted"].removesuffix(" (implied)") if prev["counted"] else None  # once, not per row
            r["unit"], r["counted"] = prev["unit"], f"{carried} (implied)" if carried else None
        if r["kind"] == "count" and r["unit"] and r["unit"] != "times":  # a factor counts nothing to carry on
            prev = r
        before = r


def compound_head(tok):
    """The noun a number counts when the parse hangs it on the first word of a compound: in "some
    650 case workers" the number modifies "case", which modifies "workers"; the count is of workers.
    Follows compounds rightwards, adjacent words only ("650 case workers", "12 border force officers");
    not from a word of time or age, which is the number's unit ("a 87 yo man", "a 5 year plan"), nor
    from a word hyphened to the number, which is what it counts ("a 50-state poll": 50 states), nor
    to a singular name ("One label Rubio ...")."""
    while tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.tag_ != "NNP" and tok.pos_ in ("NOUN", "PROPN") and tok.lower_.rstrip("s") not in TIME_WORDS \
            and spans.text(tok.doc)[tok.idx - 1:tok.idx] != "-":  # the document's text, kept: not rebuilt per call
        tok = tok.head
    return tok


def hyphen_count(doc: Doc, start: int, word: str, number: str) -> bool:
    """"a two-page memo", "a three-judge panel", "a five-member commission": a number word hyphened
    to a singular noun that modifies a noun after it counts that noun, as "a 10-page report" does.
    "one-" compounds ("a one-off payment", "one-party rule") and nouns that name a kind ("a two-way
    race", "a six-figure salary": ``HYPHEN_KINDS``) stay adjectives."""
    from .quantities_vocab import HYPHEN_KINDS

    if number == "one" or word.lower() in HYPHEN_KINDS:
        return False
    span = doc.char_span(start, start + len(word))
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    return tok.tag_ == "NN" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


APPOSITIVE_AFTER = re.compile(r"\s*(?:,|\)|$)|\.(?:\s|$)|\s+and\s+\d{1,3}\s*,")  # "Mohamed Assem, 24." (a caption)


def appositive_ages(doc: Doc, text: str, rows: list[dict], persons: set[int]) -> None:
    """"Mark Weddle, 55, started work ...", "Perez, 54, is often compared with Julian Castro, 41,",
    "John and Brian Meza, 22 and 19, were ...", "Trump (69)": a bare whole number set off by commas or
    brackets right after a person's name is the person's age, in years (kind duration, as "aged 55" is read)."""
    for r in rows:
        if r["kind"] != "count" or r["value"] is None or r.get("value_high") is not None or r["qualifier"] != "exact" \
                or not r["text"].isdigit() or not 0 < r["value"] <= 110:
            continue
        if r["unit"] is not None and not str(r.get("counted") or "").endswith("(implied)"):
            continue
        span = doc.char_span(r["start"], r["end"])
        if span is None or span.start < 2:
            continue
        k = span.start - 1
        if doc[k].lower_ == "and" and k >= 3 and doc[k - 1].like_num and doc[k - 2].text == ",":
            k -= 2  # "Meza, 22 and 19,": the second age
        name = doc[k - 1]
        if doc[k].text not in (",", "(") or not (name.i in persons or name.ent_type_ == "PERSON"):
            continue  # "Clinton (68), Trump (69) and Sanders (74)" too
        if not APPOSITIVE_AFTER.match(text, r["end"]):
            continue
        r.update(unit="years", counted=None, kind="duration")


OR_ANOTHER = re.compile(r"\s+[a-z]+\s+or\s+another\b", re.I)


def unnamed_one(doc: Doc, tok, text: str, s: int, e: int) -> bool:
    """"one" that picks out an unnamed one, no amount: a source ("one senior official said",
    "according to one analyst"), "the one guy that ...", "on the one hand", "of one kind or another"."""
    from .lexicon import SPEECH_VERBS

    if text[max(0, s - 4):s].lower() == "the ":
        return True
    if OR_ANOTHER.match(text, e):
        return True
    if tok.dep_ != "nummod":
        return False
    noun = tok.head
    if noun.tag_ not in ("NN", "NNP"):
        return False  # "more than one positive jobs report": the parse took "jobs" for the subject of "report"
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_ in SPEECH_VERBS:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
