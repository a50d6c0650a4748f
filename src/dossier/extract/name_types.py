"""Types from a name's own words: a linker step (see :attr:`.linker.Linker.STEPS`,
:func:`retype`), for mentions nothing linked, whatever label the model gave them.

Why: the small model types a name by its context, and where the context gives no clue it errs
on names whose words say what they are: "Ameribanc Inc is raising 15 mln dlrs" as a person,
"MIAMI - Pat Riley is taking a break" or "forwards Antoine Walker and James Posey" as an
organisation; every later surname ("Riley said") then follows the wrong type.

- **A legal form last** ("Inc", "Corp", "Ltd", "AG": CORPORATE_SUFFIXES) makes a company: ORG.
- **A given name first and a surname last** makes a person: PERSON. The evidence is the US
  Census Bureau's 1990 name frequency lists (public domain), as shipped inside the pinned
  ``names`` package (MIT; files ``dist.male.first``, ``dist.female.first``,
  ``dist.all.last``: 5,494 given names and 88,799 surnames): nothing is downloaded, and the
  lists are read once per process (about 0.1 s) on first use. :func:`data_version` goes into
  the extraction cache key.

The person rule is deliberately narrow, because many given names are also words or places
("Georgia", "Virginia", "Jordan", "China") and many companies are named after people: an
unlinked mention of two or three title-case words typed as something other than a person,
whose first word is a given name and whose last word is a surname, none of whose words is a
legal form, a firm word, an organisation or place head ("Myrtle Beach") or a title, which
neither GeoNames nor the reference table knows as a whole or by its first word, and which does
not modify a noun after it (a firm: "Edward Jones analyst Stephanie Hoff"), becomes a PERSON.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from importlib.metadata import version

from spacy.tokens import Doc

from .. import geo
from .lexicon import CORPORATE_SUFFIXES, FIRM_ENDS, ORG_HEADS, PLACE_HEADS, TITLE_WORDS
from .mention import Mention

PACKAGE = "names"
GIVEN_FILES = ("dist.male.first", "dist.female.first")
SURNAME_FILE = "dist.all.last"
# Labels the model gives a person's name by mistake; NORP and PERSON are left alone.
RETYPED = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
NOT_IN_A_NAME = CORPORATE_SUFFIXES | FIRM_ENDS | ORG_HEADS | PLACE_HEADS | TITLE_WORDS


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


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return _read(SURNAME_FILE)


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
