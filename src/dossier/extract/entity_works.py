"""Works and credits named in news text, read by the linker step of :mod:`.entity_forms`:

- :func:`quoted_titles`: a play called "Los Hijos de Trump," or "Sons of Trump," (the model:
  PERSON, nothing), ABC's "This Week With George Stephanopoulos" (the model: the person), his
  "Miss Universe" pageant: a title-case phrase in quotation marks after a work's noun ("play",
  "book", "show", ... WORK_CUES), after "called"/"titled", after a medium's possessive, or before
  an event's noun ("pageant", "festival": EVENT_NOUNS) is one work of art (or event); the
  mentions inside it go.
- :func:`credits`: a photograph's credit, "(FABRICE COFFRINI/AFP/Getty Images)", "(Photo by JOHN
  MOORE/Getty Images)" (the model: nothing, or "Photo" as a person): capitalised parts joined by
  slashes with no space, the last a picture agency's ("... Images", "Photos", "Pictures"): a part
  of two or three words, in capitals or opening with a Census given name ("John Moore"), is the
  photographer, PERSON; the others ORG ("Bloomberg", "AFP").

One pass over the few tokens a look-up by spelling finds (:func:`.spans.tokens_where`).
"""

from __future__ import annotations

from spacy.attrs import ORTH, TAG
from spacy.tokens import Doc

from . import name_types, spans
from .mention import Mention

# Nouns of a work, and verbs that name one, before a quoted title.
WORK_CUES = {"play", "book", "film", "movie", "show", "series", "program", "programme", "song", "album", "novel",
             "memoir", "documentary", "musical", "opera", "column", "essay", "article", "poem", "episode", "podcast",
             "sitcom", "drama", "comedy", "newsletter", "blog", "report", "exhibition", "painting", "biography",
             "autobiography", "called", "titled", "entitled", "dubbed"}
EVENT_NOUNS = {"pageant", "festival", "contest", "competition", "tournament", "marathon", "ceremony", "awards",
               "gala", "parade", "rally", "concert", "conference", "summit", "games", "fair", "expo"}
OPEN_QUOTES = {'"', "“", "``", "''"}
CLOSE_QUOTES = {'"', "”", "''"}
QUOTES = OPEN_QUOTES | CLOSE_QUOTES
TITLE_SMALL = {"of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "for", "by", "from", "with", "de", "del",
               "la", "las", "los", "el", "le", "les", "du", "des", "di", "da", "y", "et", "und", "vs.", "vs", "&"}
POSSESSIVES = {"'s", "’s", "'", "’"}


def _fresh(start: int, end: int, label: str, method: str) -> Mention:
    return Mention(start, end, label, method)


def quoted_titles(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    quotes = spans.tokens_where(doc, ORTH, QUOTES)
    if len(quotes) < 2:
        return mentions
    tags = spans.attr_array(doc, TAG)
    opening = doc.vocab.strings["``"]
    last_title_end = -1
    for o, c in zip(quotes, quotes[1:]):
        if not (doc[o].text == "“" or doc[o].text in OPEN_QUOTES and tags[o] == opening) or c - o < 3 or c - o > 14:
            continue
        if doc[c].text not in CLOSE_QUOTES:
            continue
        a, b = o + 1, c
        while b > a and doc[b - 1].text in (",", ".", "!", "?"):
            b -= 1
        if not _title_case(doc, a, b):
            continue
        label = _title_label(linker, doc, o, c, mentions, last_title_end)
        if label is None:
            continue
        same = next((m for m in mentions if m.start == a and m.end == b), None)
        if same is not None:
            if same.label != label and same.entity_id is None and not same.kb_id:
                same.label, same.method = label, same.method + "+quoted-title"
            last_title_end = c
            continue
        if any(m.start < a < m.end or m.start < b < m.end for m in mentions):
            continue
        mentions = [m for m in mentions if not (a <= m.start and m.end <= b)]
        mentions.append(_fresh(a, b, label, "rule:quoted-title"))
        mentions.sort(key=lambda m: (m.start, m.end))
        last_title_end = c
    return mentions


def _title_case(doc: Doc, a: int, b: int) -> bool:
    words = [t for t in doc[a:b] if t.is_alpha]
    if len(words) < 2 or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return False
    if any(t.text in ("!", "?", ";") for t in doc[a:b]) or any("\n" in t.whitespace_ for t in doc[a:b]):
        return False
    return all(t.text[:1].isupper() or t.lower_ in TITLE_SMALL for t in words)


def _title_label(linker, doc: Doc, o: int, c: int, mentions: list[Mention], last_title_end: int) -> str | None:
    after = doc[c + 1] if c + 1 < len(doc) else None
    if after is not None and after.lower_ in EVENT_NOUNS and after.is_lower:
        return "EVENT"
    k = o - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0:
        return None
    prev = doc[k]
    if prev.lower_ in WORK_CUES and prev.is_lower:
        return "WORK_OF_ART"
    if prev.text in POSSESSIVES and any(m.end == k and m.label == "ORG" for m in mentions):
        return "WORK_OF_ART"  # ABC's "This Week"
    if prev.lower_ in ("or", "and") and k - 1 == last_title_end:
        return "WORK_OF_ART"  # "Los Hijos de Trump," or "Sons of Trump,"
    return None


PICTURE_ENDS = {"Images", "Photos", "Photo", "Pictures", "Pool"}
SLASHES = {"/"}


def credits(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    done = -1
    for s in spans.tokens_where(doc, ORTH, SLASHES):
        if s <= done or s == 0 or doc[s - 1].whitespace_ or doc[s].whitespace_:
            continue
        parts, k = [], s
        a = k
        while a > 0 and k - a < 3 and doc[a - 1].text[:1].isupper() and doc[a - 1].is_alpha:
            a -= 1
        while a < k:
            b = k + 1
            while b < len(doc) and b - k <= 3 and doc[b].text[:1].isupper() and doc[b].is_alpha:
                b += 1
            parts.append((a, k))
            if b == k + 1:
                break
            a = k + 1
            if b < len(doc) and doc[b].text == "/" and not doc[b - 1].whitespace_ and not doc[b].whitespace_:
                k = b
                continue
            parts.append((a, b))
            break
        if len(parts) < 2 or doc[parts[-1][1] - 1].text not in PICTURE_ENDS:
            continue
        done = parts[-1][1]
        lo, hi = parts[0][0], parts[-1][1]
        photo = lo >= 2 and doc[lo - 1].lower_ == "by" and doc[lo - 2].lower_ == "photo"
        mentions = [m for m in mentions if m.end <= lo and not (photo and m.start == lo - 2) or m.start >= hi]
        for a, b in parts:
            person = 2 <= b - a <= 3 and (all(t.is_upper and len(t) > 1 for t in doc[a:b])
                                          or doc[a].lower_ in name_types.given_names())
            mentions.append(_fresh(a, b, "PERSON" if person else "ORG", "rule:credit"))
        mentions.sort(key=lambda m: (m.start, m.end))
    return mentions
