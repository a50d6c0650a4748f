"""The model's attribute rules, matched in a fraction of the time, with the same result.

The pinned English pipeline ends its tagging with an ``attribute_ruler``: 179 token patterns
that set the coarse part of speech, the morphology and some lemmas from the fine-grained tag,
the lower-case form and the dependency label ("TAG IN" → ADP; "TAG RB, LOWER IN {not, n't}" →
PART, Polarity=Neg, lemma "not"; "gon" + "na" → lemmas "go", "to"). spaCy runs them through its
general ``Matcher``, which tries every pattern at every token and calls back into Python for each
set or regular-expression test: about 17 µs a token, a sixth of the whole pipeline's time on
news text (measured on 300 bench documents: 1.8 s of 12.1 s; notes/long-documents.md).

Here the same patterns are compiled into a table: a token's tag, lower-case form, dependency
label and "is space" flag decide which single-token tests it passes, so that answer is computed
once per distinct combination and then looked up. Multi-token patterns check their following
tokens from the same table. The matches come out as spaCy's would — deduplicated, in the
component's own order (later patterns win) — and each is applied to its token by spaCy's own
``set_token_attrs``, so the part of speech, morphology and lemma of every token are the
model's. A test compares every token attribute with the stock component on real text.

The rule lemmatizer after it gets the same treatment (:func:`speed_up_lemmatizer`): spaCy's
English lemmatizer is a Python loop over every token, keyed internally by (form, part of speech,
morphology); here the tokens still without a lemma are read as arrays, each distinct key is
lemmatised once by the component's own ``lemmatize`` and the lemmas are written back in one call.

Only what the pinned model's rules use is supported: equality and ``IN`` / ``NOT_IN`` on ``TAG``,
``LOWER`` and ``DEP``, ``REGEX`` on ``LOWER``, and ``IS_SPACE``. A ruler with anything else (an
operator such as ``OP``, another attribute) is left as it is: :func:`speed_up` returns ``False``.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.tokens._retokenize import set_token_attrs

_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]


class _Unsupported(Exception):
    pass


def _condition(attr: str, value, strings):
    """One attribute's test, as ``(attribute, function of its value)``; the value is a hash, the
    lower-case string for a regular expression, 0/1 for ``IS_SPACE``."""
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(attr)
        return attr, (lambda v, want=int(value): v == want)
    if attr not in ("TAG", "LOWER", "DEP"):
        raise _Unsupported(attr)
    if isinstance(value, str):
        h = strings[value] if value else 0
        return attr, (lambda v, h=h: v == h)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
            hs = frozenset(strings[a] if a else 0 for a in arg)
            return attr, ((lambda v, hs=hs: v in hs) if op == "IN" else (lambda v, hs=hs: v not in hs))
        if op == "REGEX" and attr == "LOWER" and isinstance(arg, str):
            rx = re.compile(arg)
            return "LOWER_TEXT", (lambda v, rx=rx: rx.search(v) is not None)
    raise _Unsupported(f"{attr} {value!r}")


class FastMatch:
    """A drop-in for ``AttributeRuler.match``: the same sorted list of
    ``(pattern number, match id, start, end)``.

    Each distinct token spec of the patterns is one bit. A token passes a spec when its
    lower-case form passes the spec's ``LOWER`` test (if any) and its (tag, dependency, space)
    passes the rest; both halves are bit masks computed once per distinct value and cached, so a
    token costs two dictionary look-ups and an ``&``."""

    def __init__(self, ruler):
        strings = ruler.vocab.strings
        self.strings = strings
        spec_ids: dict[str, int] = {}
        self.lower_tests: list[tuple[int, str, object]] = []  # (bit, "LOWER" | "LOWER_TEXT", test)
        self.rest_tests: list[tuple[int, list]] = []  # (bit, [(position in (tag, dep, space), test)])
        self.no_lower = 0  # bits of specs without a LOWER test
        self.single: dict[int, list[tuple[int, int]]] = {}  # spec id -> [(pattern number, match id)]
        self.multi: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}  # first spec id -> [(n, id, rest)]
        self.attrs, self.indices = ruler.attrs, ruler.indices
        for n, p in enumerate(ruler.patterns):
            match_id = strings[str(n)]
            for alternative in p["patterns"]:
                if not alternative or not -len(alternative) <= ruler.indices[n] < len(alternative):
                    raise _Unsupported("empty pattern or index outside it")
                ids = [self._spec(spec, spec_ids, strings) for spec in alternative]
                if len(ids) == 1:
                    self.single.setdefault(ids[0], []).append((n, match_id))
                else:
                    self.multi.setdefault(ids[0], []).append((n, match_id, tuple(ids[1:])))
        self._lower: dict[int, int] = {}
        self._rest: dict[tuple[int, int, int], int] = {}
        self._token: dict[tuple, tuple] = {}

    def _spec(self, spec: dict, spec_ids: dict, strings) -> int:
        key = repr(sorted(spec.items()))
        if key in spec_ids:
            return spec_ids[key]
        i = spec_ids[key] = len(spec_ids)
        rest, lowers = [], []
        for attr, value in spec.items():
            kind, test = _condition(attr, value, strings)
            if kind in ("LOWER", "LOWER_TEXT"):
                lowers.append((kind, test))
            else:
                rest.append(({"TAG": 0, "DEP": 1, "IS_SPACE": 2}[kind], test))
        if not lowers:
            self.no_lower |= 1 << i
        for kind, test in lowers:
            self.lower_tests.append((i, kind, test))
        self.rest_tests.append((i, rest))
        return i

    def _lower_mask(self, lower: int) -> int:
        mask = self._lower.get(lower)
        if mask is None:
            text = self.strings[lower] if lower else ""
            failed = 0
            passed = 0
            for i, kind, test in self.lower_tests:
                if test(text if kind == "LOWER_TEXT" else lower):
                    passed |= 1 << i
                else:
                    failed |= 1 << i
            mask = self.no_lower | (passed & ~failed)  # a spec with two LOWER tests needs both
            self._lower[lower] = mask
        return mask

    def _rest_mask(self, rest: tuple[int, int, int]) -> int:
        mask = self._rest.get(rest)
        if mask is None:
            mask = 0
            for i, tests in self.rest_tests:
                if all(test(rest[pos]) for pos, test in tests):
                    mask |= 1 << i
            self._rest[rest] = mask
        return mask

    def _kind(self, key: tuple) -> tuple:
        """(spec ids passed, single-token matches) of a token with this (tag, lower, dep, space)."""
        got = self._token.get(key)
        if got is None:
            tag, lower, dep, space = key
            mask = self._lower_mask(lower) & self._rest_mask((tag, dep, space))
            ids = []
            while mask:
                low = mask & -mask
                ids.append(low.bit_length() - 1)
                mask ^= low
            singles = tuple(m for i in ids for m in self.single.get(i, ()))
            firsts = tuple(m for i in ids for m in self.multi.get(i, ()))
            got = (frozenset(ids), singles, firsts)
            if len(self._token) > 500_000:  # bounded: one entry per distinct kind of token
                self._token.clear()
            self._token[key] = got
        return got

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        kinds = [self._kind(tuple(row)) for row in doc.to_array(_COLUMNS).tolist()]
        n_tokens = len(kinds)
        out = set()
        for i, (_, singles, firsts) in enumerate(kinds):
            for n, match_id in singles:
                out.add((n, match_id, i, i + 1))
            for n, match_id, rest in firsts:
                end = i + 1 + len(rest)
                if end <= n_tokens and all(r in kinds[i + 1 + j][0] for j, r in enumerate(rest)):
                    out.add((n, match_id, i, end))
        return sorted(out)

    def apply(self, doc, matches) -> None:
        """``AttributeRuler.set_annotations`` without building a ``Span`` per match: each match's
        attributes set on its token, in the matches' order (later rules win), by spaCy's own
        ``set_token_attrs``. The index of every rule was checked against its length when the table
        was built, where the stock component checks it per match."""
        attrs, indices = self.attrs, self.indices
        for n, _, start, end in matches:
            index = indices[n]
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[n])


def speed_up(nlp, name: str = "attribute_ruler") -> bool:
    """Give the pipeline's attribute ruler the table matcher; ``False`` (and nothing changed)
    when there is no such component or its patterns use something the table does not read."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    try:
        fast = FastMatch(ruler)
    except _Unsupported:
        return False
    ruler.match = fast  # AttributeRuler.__call__ calls self.match(doc), then self.set_annotations
    ruler.set_annotations = fast.apply
    return True


class FastLemmas:
    """A drop-in for the rule lemmatizer's ``__call__`` (``overwrite`` off, ``rule`` mode): a
    token's lemma is the component's ``lemmatize(token)[0]``, computed once per (form, part of
    speech, morphology) — the key the component caches by — and kept for tokens already given a
    lemma (by the attribute rules).

    The table keeps lemma *strings*, as the component's own cache does, and adds each to the
    vocabulary again for every document: inside ``nlp.memory_zone()`` (how the corpus engines
    parse) strings first seen in a batch are dropped when the batch ends, so a remembered hash
    could point at a string that no longer exists."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self._lemma: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc):
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        known = self._lemma
        add = doc.vocab.strings.add
        hashes: dict[str, int] = {}  # this document's lemma strings, added once each
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            text = known.get((orth, pos, morph))
            if text is None:
                text = self.lemmatizer.lemmatize(doc[i])[0]
                if len(known) > 500_000:  # bounded: one entry per distinct form and reading
                    known.clear()
                known[(orth, pos, morph)] = text
            h = hashes.get(text)
            if h is None:
                h = hashes[text] = add(text)
            rows[i, 3] = h
            changed = True
        if changed:
            doc.from_array([LEMMA], rows[:, 3:4])
        return doc


def speed_up_lemmatizer(nlp, name: str = "lemmatizer") -> bool:
    """Give the pipeline's rule lemmatizer the per-key table; ``False`` (nothing changed) when
    there is no such component or it is not a rule lemmatizer that keeps existing lemmas."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    if getattr(lemmatizer, "mode", None) != "rule" or getattr(lemmatizer, "overwrite", True):
        return False
    if not getattr(lemmatizer, "_validated", True):
        lemmatizer._validate_tables()
    fast = FastLemmas(lemmatizer)

    def pipe(docs, **_):  # ``nlp.pipe`` calls a component's ``pipe``; ``nlp(text)`` keeps the stock one
        for doc in docs:
            yield fast(doc)

    lemmatizer.pipe = pipe
    return True
