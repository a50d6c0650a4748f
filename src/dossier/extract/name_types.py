"""What a name's own words say: three linker steps (see :attr:`.linker.Linker.STEPS`) for
mentions nothing linked, whatever label the model gave them: its type (:func:`retype`), whether
it is a name at all (:func:`drop_sentence_initial_words`) and which company a short name is
(:func:`short_names`).

Why: the small model types a name by its context, and where the context gives no clue it errs
on names whose words say what they are: "Ameribanc Inc is raising 15 mln dlrs" as a person,
"MIAMI - Pat Riley is taking a break" or "forwards Antoine Walker and James Posey" as an
organisation; every later surname ("Riley said") then follows the wrong type.

- **A legal form last** ("Inc", "Corp", "Ltd", "AG": CORPORATE_SUFFIXES) makes a company: ORG.
- **A given name first and a surname last** makes a person: PERSON. The evidence is the US
  Census Bureau's 1990 name frequency lists (public domain), as shipped inside the pinned
  ``names`` package (MIT; files ``dist.male.first``, ``dist.female.first``,
  ``dist.all.last``: 5,494 given names and 88,799 surnames): nothing is downloaded; the
  surnames are kept as sorted lines in the cache folder on first use (:mod:`dossier.sorted_lines`),
  which a process then reads in about a millisecond. :func:`data_version` goes into
  the extraction cache key.

The person rule is deliberately narrow, because many given names are also words or places
("Georgia", "Virginia", "Jordan", "China") and many companies are named after people: an
unlinked mention of two or three title-case words typed as something other than a person,
whose first word is a given name and whose last word is a surname, none of whose words is a
legal form, a firm word, an organisation, place or programme head ("Myrtle Beach", "The Laura
Ingraham Show") or a title, which
neither GeoNames nor the reference table knows as a whole or by its first word, and which does
not modify a noun after it (a firm: "Edward Jones analyst Stephanie Hoff"), becomes a PERSON.

**Common words** (:func:`is_common_word`): whether a word is an English noun, verb, adjective
or adverb, from the WordNet-derived lemma index that the pinned spaCy model ships for its
lemmatizer (``lemmatizer/lookups``; 83,107 lemmas; kept as sorted lines like the surnames). The linker uses it
where capitals alone say nothing: a word capitalised because it opens a sentence ("Wireless
communications won't be required"), and a company's short name ("Avnet" after "Avnet Inc",
not "General" after "General Electric Co").
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from spacy.attrs import LOWER, ORTH
from spacy.lookups import Lookups
from spacy.tokens import Doc

from .. import geo, sorted_lines
from ..sorted_lines import SortedLines
from ..text import norm
from . import spans
from .lexicon import CORPORATE_SUFFIXES, FIRM_ENDS, LEGAL_FORMS, ORG_HEADS, PLACE_HEADS, TITLE_WORDS
from .mention import Mention

PACKAGE = "names"
GIVEN_FILES = ("dist.male.first", "dist.female.first")
SURNAME_FILE = "dist.all.last"
# Labels the model gives a person's name by mistake; NORP and PERSON are left alone.
RETYPED = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
# Last words of a programme's or publication's name ("The Laura Ingraham Show", "Frankfurter
# Allgemeine Zeitung"): a name ending in one is named after a person, it is none.
WORK_HEADS = {"show", "podcast", "programme", "program", "hour", "tonight", "zeitung", "tribune", "gazette"}
NOT_IN_A_NAME = CORPORATE_SUFFIXES | FIRM_ENDS | ORG_HEADS | PLACE_HEADS | TITLE_WORDS | WORK_HEADS


def data_version() -> str:
    """The data the step reads, for the extraction cache key."""
    return f"{PACKAGE}=={version(PACKAGE)}"


def _read(filename: str) -> frozenset[str]:
    """The names of one Census list (lower case); each line is "NAME freq cumfreq rank"."""
    path = resources.files(PACKAGE).joinpath(filename)
    try:
        text = path.read_text(encoding="ascii")
    except (FileNotFoundError, OSError) as exc:
        raise RuntimeError(f"name list {filename!r} missing from the {PACKAGE!r} package ({exc}); "
                           f"reinstall it from requirements.lock") from exc
    words = text.split()
    names = words[0::4]
    # the whole file at once (~5 times faster than line by line); a line with another number of
    # fields shifts the columns, so a name would not be alphabetic or a rank not a number
    if len(words) % 4 == 0 and all(map(str.isalpha, names)) and all(map(str.isdigit, words[3::4])):
        return frozenset(map(str.lower, names))
    out = set()
    for n, line in enumerate(text.splitlines(), 1):
        fields = line.split()
        if not fields:
            continue
        if len(fields) != 4 or not fields[0].isalpha():
            raise ValueError(f"{filename}:{n}: expected 'NAME freq cumfreq rank', got {line!r}")
        out.add(fields[0].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    return frozenset().union(*(_read(f) for f in GIVEN_FILES))


# Kept as sorted lines in the cache folder (:mod:`..sorted_lines`): read in ~1 ms instead of
# ~50 ms (surnames) and ~35 ms (lemmas) of building sets, in every process. FORMAT names how
# the lines are made: change it when the reading below changes.
FORMAT = "names-1"


@lru_cache(maxsize=1)
def surnames() -> SortedLines:
    return sorted_lines.cached("surnames", f"{data_version()};{SURNAME_FILE};{FORMAT}",
                               lambda: ((n, "") for n in _read(SURNAME_FILE)))


def _lemma_index() -> dict[str, frozenset[str]]:
    """The model's lemma index, part of speech → its lemmas without "_"."""
    from .. import nlp

    found = sorted(resources.files(nlp.MODEL).glob("*/lemmatizer/lookups"))
    if not found:
        raise RuntimeError(f"the lemmatizer lookups of {nlp.MODEL!r} are missing; reinstall it from requirements.lock")
    index = Lookups().from_disk(found[0]).get_table("lemma_index")
    return {pos: frozenset(w for w in index[pos] if "_" not in w) for pos in ("noun", "verb", "adj", "adv")}


@lru_cache(maxsize=2)
def _lemmas(nouns_only: bool) -> SortedLines:
    """The lemmas of the index (of every part of speech kept, or the nouns only)."""
    from .. import nlp

    def build():
        index = _lemma_index()
        return ((w, "") for w in (index["noun"] if nouns_only else frozenset().union(*index.values())))

    return sorted_lines.cached("lemma-nouns" if nouns_only else "lemmas", f"{nlp.model_version()};{FORMAT}", build)


def common_words() -> SortedLines:
    """The lemmas of the model's lemma index (nouns, verbs, adjectives, adverbs; lower case)."""
    return _lemmas(False)


def common_nouns() -> SortedLines:
    """The nouns of :func:`common_words` (a plural is a noun's: "Moodys" is no plural of "moody")."""
    return _lemmas(True)


def is_common_word(word: str) -> bool:
    """Is ``word`` (any case) an English content word, in its own form or as a regular plural
    of a noun ("Blackberries", "Walnuts"; not "Philips" nor "Moodys", whose singulars are a
    given name and a surname: WordNet keeps some people's names in lower case)?"""
    low, nouns = word.lower(), common_nouns()
    if low in common_words():
        return True
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-2] if low.endswith("es") and low[:-2] in nouns \
        else low[:-1] if low.endswith("s") else None
    return singular is not None and singular in nouns and singular not in given_names() and singular not in surnames()


def _word(text: str) -> bool:
    """A title-case word of a name: "Riley", "O'Neal", "Smith-Jones" (not "NBA", not "iPod")."""
    core = text.replace("'", "").replace("’", "").replace("-", "")
    return core.isalpha() and text[:1].isupper() and not text.isupper() and text[1:] != text[1:].upper()


def looks_like_person(words: list[str]) -> bool:
    """Two or three words, a given name first and a surname last, none a legal form, firm
    word, organisation or place head or title, and not a place by its first word or as a whole."""
    if not 2 <= len(words) <= 3 or not all(_word(w) for w in words):
        return False
    lows = [w.lower() for w in words]
    if lows[0] not in given_names() or lows[-1] not in surnames() or any(w in NOT_IN_A_NAME for w in lows):
        return False
    return geo.lookup(words[0]) is None and geo.lookup(" ".join(words)) is None


def retype(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The linker step: an unlinked name ending in a legal form is an ORG; one that
    :func:`looks_like_person` is a PERSON."""
    for m in mentions:
        if m.entity_id or m.kb_id or m.acronym:
            continue
        last = doc[m.end - 1]
        if m.label != "ORG" and m.end - m.start >= 2 and last.lower_ in CORPORATE_SUFFIXES \
                and last.text[:1].isupper() and doc[m.start].text[:1].isupper():
            m.label, m.method = "ORG", m.method + "+legalform"  # "Ameribanc Inc" is not a person
            continue
        if m.label not in RETYPED or not 2 <= m.end - m.start <= 3:
            continue
        span = doc[m.start:m.end]
        if span.root.dep_ == "compound" and span.root.head.i >= m.end and span.root.head.tag_ in ("NN", "NNS"):
            continue  # "Edward Jones analyst": a name modifying a noun is a firm's
        words = [t.text for t in span]
        if looks_like_person(words) and linker.ref.lookup(words[0]) is None \
                and linker.ref.lookup(" ".join(words)) is None:
            m.label, m.method = "PERSON", m.method + "+firstname"
    return mentions


BULLETS = ("•", "*", "·", "▪")  # list-item marks: the word after one opens the item


def drop_sentence_initial_words(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A word capitalised only because it opens a sentence or a list item is not a name:
    "• Wireless communications won't be required", "Cheap oil feedstocks", "Overseas,
    Japan's ...". Dropped: an unlinked one-word model mention, first word of its sentence
    (after bullets, numbers and quotes), that is an English word (:func:`is_common_word`) and
    no noun the tagger reads as a proper noun ("Parliament voted" stays, "Overseas," goes), not
    a place GeoNames or the reference knows, and that the document never writes capitalised
    inside a sentence, and writes in lower case
    or capitalised only once ("Spirit landed", "Spirit is studying", the rover's name
    repeated and never in lower case, stays)."""
    def initial(i: int) -> bool:
        k = i - 1
        while k >= 0 and not doc[k + 1].is_sent_start and (doc[k].is_punct or doc[k].is_space or doc[k].like_num
                                                           or doc[k].text in BULLETS):
            if doc[k].text in BULLETS:
                return True  # a list item
            k -= 1
        return doc[k + 1].is_sent_start or k < 0 or "\n" in doc[k].text_with_ws

    candidates = [m for m in mentions if m.end - m.start == 1 and m.method == "model" and m.entity_id is None
                  and m.acronym is None and m.label != "NORP" and doc[m.start].is_alpha
                  and doc[m.start].is_title and is_common_word(doc[m.start].text) and initial(m.start)
                  and (doc[m.start].tag_ not in ("NNP", "NNPS") or doc[m.start].lower_ not in common_nouns())]
    if not candidates:
        return mentions
    words = {doc[m.start].text for m in candidates}
    seen = Counter(doc[i].text for i in spans.tokens_where(doc, ORTH, sorted(words)))
    inner = {doc[i].text for i in spans.tokens_where(doc, ORTH, sorted(words)) if not initial(i)}
    lower = set(spans.tokens_where(doc, LOWER, sorted(w.lower() for w in words)))
    lower = {doc[i].lower_ for i in lower if doc[i].is_lower}
    # kept: a word written capitalised again and again and never in lower case ("Spirit landed")
    drop = {id(m) for m in candidates if doc[m.start].text not in inner and geo.lookup(doc[m.start].text) is None
            and linker.ref.lookup(doc[m.start].text) is None
            and (seen[doc[m.start].text] == 1 or doc[m.start].lower_ in lower)}
    return [m for m in mentions if id(m) not in drop]


def short_names(linker, doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A company named in full (a legal form last) is named again by the words before its
    legal form ("Avnet" after "Avnet Inc", "Hoechst Celanese" after "Hoechst Celanese
    Corp") or by its first word when that is not an English word, a place or a known
    entity ("Stifel" after "Stifel, Nicolaus and Co Inc"; not "General" after "General
    Electric Co"). Such a later name is the company: an ORG of the same entity, whether the
    model typed it otherwise ("Stifel said" as a person) or missed it ("Avnet said it will")."""
    short: dict[tuple[str, ...], Mention] = {}
    for m in mentions:
        if m.label != "ORG" or m.end - m.start < 2:
            continue
        k = m.end  # the stem: before the legal form (and "and Co", "and Sons")
        while k > m.start and (doc[k - 1].lower_ in CORPORATE_SUFFIXES | FIRM_ENDS | {"and", "&", ","}):
            k -= 1
        s = m.start
        while s < k and doc[s].lower_ in LEGAL_FORMS:  # "NV Philips Gloeilampenfabrieken"
            s += 1
        if k == m.end and s == m.start or s >= k:
            continue  # no legal form first ("NV Philips") or last: not a company's full name
        stems = [] if any(t.text == "," for t in doc[s:k]) else [tuple(t.text for t in doc[s:k])]
        first = doc[s].text
        if k - s >= 2 and first.isalpha() and not is_common_word(first):
            stems.append((first,))
        for stem in stems:
            text = " ".join(stem)
            if all(w[:1].isupper() for w in stem) and not (len(stem) == 1 and is_common_word(text)) \
                    and geo.lookup(text) is None and linker.ref.lookup(text) is None:
                short.setdefault(stem, m)
    if not short:
        return mentions
    covered = {i: m for m in mentions for i in range(m.start, m.end)}

    def take(m: Mention, full: Mention) -> None:
        m.label = "ORG"
        if full.entity_id:
            m.entity_id = full.entity_id
        else:
            m.cluster = full.cluster = full.cluster or norm(doc[full.start:full.end].text)

    firsts: dict[str, list[tuple[str, ...]]] = {}
    for stem in sorted(short, key=len, reverse=True):  # the longest name first
        firsts.setdefault(stem[0], []).append(stem)
    dropped: set[int] = set()
    added: list[Mention] = []
    for i in spans.tokens_where(doc, ORTH, sorted(firsts)):
        prev = doc[i - 1] if i > 0 and not doc[i].is_sent_start else None
        if prev is not None and prev.text[:1].isupper() \
                and not (prev.is_sent_start and is_common_word(prev.text)):
            continue  # part of a longer name ("Hoechst Celanese" is not "Celanese")
        for stem in firsts[doc[i].text]:
            end = i + len(stem)
            if end > len(doc) or tuple(t.text for t in doc[i:end]) != stem:
                continue
            full = short[stem]
            inside = {id(covered[k]): covered[k] for k in range(i, end) if k in covered}
            if any(m is full or m.start < i or m.end > end or m.entity_id or m.kb_id or m.acronym
                   or "surname" in m.method for m in inside.values()):
                break
            own = next(iter(inside.values())) if len(inside) == 1 else None
            if own is not None and own.start == i and own.end == end:
                m = own  # the model's own mention, typed otherwise ("Stifel" as a person)
                m.method += "+shortname"
            elif end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
                break  # the start of a longer name
            else:
                dropped.update(inside)
                m = Mention(i, end, "ORG", "rule:shortname")
                added.append(m)
            take(m, full)
            covered.update((k, m) for k in range(i, end))
            break
    out = [m for m in mentions if id(m) not in dropped] + added
    out.sort(key=lambda m: m.start)
    return out
