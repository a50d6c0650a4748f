"""Linking the entity mentions of one document: an ordered list of named steps (see
:attr:`Linker.STEPS`), each reading the parse and the mentions so far.

Linking, in order of evidence:
1. the reference table (ruler match or alias/demonym lookup of the mention's normalised text);
2. in-document rules: an acronym defined in the text ("National Crime Agency (NCA)"), a
   country's government ("the British government", "Government of the United Kingdom", and a
   bare "the government" resolved to the government last named, else to the government of the
   publisher's country), a surname after the full name of a person, the type of an unknown
   name from its context or from its own words (a legal form, a given name: :mod:`.name_types`);
3. otherwise a new entity whose id is the slug of its fullest name, so the same name in
   different documents is one entity; a place GeoNames knows (:mod:`dossier.geo`) gets its
   type, country, coordinates and GeoNames id.
Before linking, spans are repaired: a title before a person's name is cut off and kept as the
mention's ``role`` ("Prime Minister [Rishi Sunak]"), a firm named after its partners is one
name ("Stifel, Nicolaus and Co Inc"), a ticker or a dateline is not part of a name, and a
capitalised common noun alone is not a name.
Every mention keeps the method that produced it. A mention not linked to the reference table
carries its provisional identity in ``Mention.cluster`` (its normalised name) until the last
step names it; an acronym's mention says which acronym in ``Mention.acronym``.

This module is over 400 lines: the steps share the linker's state and read best in their order
of application.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from .. import geo
from ..reference import Reference, family
from ..text import norm, slug
from . import entity_bodies, entity_forms, entity_places, entity_spans, entity_towns, entity_types, entity_words, foreign_bodies, name_types, spans
from .lexicon import (CORPORATE_SUFFIXES, DETERMINERS, FIRM_ENDS, GOVERNMENT_WORDS, HONORIFICS, INSTITUTION_PHRASES,
                      LOCATIVE_PREPS, NAME_PARTICLES, NUMERIC, ORG_HEADS, PARTY_HEADS, ROLE_NOUNS, SECURITY_NOUNS,
                      TITLE_JOINERS, TITLE_MODIFIERS, TITLE_WORDS, VESSEL_NOUNS)
from .mention import (EntityInfo, Mention, _clean, _initials_match, _name_word, _split_after_legal_form, _split_dashes,
                      _split_legal_place, _strip_honorific, display_name)


RIC = re.compile(r"[A-Z]{1,6}\.[A-Z]{1,2}")  # an instrument code with its exchange ("PGLO.AS", "BA.N")
_FIRM_WORDS = CORPORATE_SUFFIXES | FIRM_ENDS
# state-body phrases after a demonym ("border force"), by first word, the longest first
_INSTITUTIONS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(sorted((p for p in INSTITUTION_PHRASES if p[0] == w), key=lambda p: (-len(p), p)))
    for w in {p[0] for p in INSTITUTION_PHRASES}}


class Linker:
    """Finds and links the named-entity mentions of one parsed document."""

    def __init__(self, ref: Reference, home_country: str | None = None):
        self.ref = ref
        self.home_country = home_country

    # ------------------------------------------------------------------ collection
    def _collect(self, doc: Doc, _mentions: list[Mention]) -> list[Mention]:
        """The model's and the rulers' entity spans, trimmed, split at verbs and at commas between names."""
        mentions = []
        for ent in doc.ents:
            if ent.label_ in NUMERIC:
                continue
            method = "ruler" if ent.ent_id_ else "model"
            pieces = [(ent.start, ent.end)]
            if method == "model":  # a name does not contain a verb: "Saltcoats, Ayrshire called ..."
                cuts = [t.i for t in ent if t.pos_ in ("VERB", "AUX") and t.text.islower()]
                if cuts:
                    bounds = [ent.start - 1, *cuts, ent.end]
                    pieces = [(a + 1, b) for a, b in zip(bounds, bounds[1:])]
            if method == "model":  # a dateline or a list: "MIAMI - Pat Riley"; "Inc of Canada"
                pieces = [p for a, b in pieces for q in _split_dashes(doc, a, b) for r in _split_legal_place(doc, *q)
                          for p in _split_after_legal_form(doc, *r)]
            if method == "model" and ent.label_ == "ORG" and ent.end - ent.start >= 2:
                a, b = pieces[-1]
                last = doc[b - 1]
                if b - a >= 3 and doc[b - 2].lower_ in CORPORATE_SUFFIXES and last.text.isupper() \
                        and 2 <= len(last.text.replace(".", "")) <= 6 and not self.ref.lookup(last.text):
                    pieces[-1] = (a, b - 1)  # "Pennzoil Co PZL": the ticker is not the name
                elif b - a >= 2 and RIC.fullmatch(last.text):
                    pieces[-1] = (a, b - 1)  # "NV Philips Gloeilampenfabrieken PGLO.AS": an exchange code
            if method == "model" and any(t.text == "," for t in doc[pieces[0][0]:pieces[-1][1]]):
                pieces = self._split_commas(doc, pieces, ent.label_)
            for a, b in pieces:
                start, end = _clean(doc, a, b, ent.label_)
                if start >= end or not any(ch.isupper() for ch in doc[start:end].text) and method == "model" and len(pieces) > 1:
                    continue
                mentions.append(Mention(start, end, ent.label_, method, kb_id=ent.ent_id_))
        return mentions

    def _firm_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A firm named after its partners is one name: "J.P. Morgan and Co Inc", "Stifel,
        Nicolaus and Co Inc", "Samuel Montagu and Sons Ltd" (the model splits them at "and" and
        types the parts as people). Capitalised words, "and"/"&", then only legal-form or firm
        words (CORPORATE_SUFFIXES, FIRM_ENDS: "Texaco and Pennzoil Co" stays two companies);
        earlier ", Name" parts join too. Only when every mention it touches lies inside it."""
        ends = _FIRM_WORDS
        by_token: dict[int, Mention] | None = None  # built at the first candidate (most documents have none)
        texts: Counter | None = None
        out = list(mentions)
        for i in spans.tokens_where(doc, LOWER, ["and", "&"]):
            if i == 0 or i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper():
                continue
            j = i + 1  # the right part: up to 4 capitalised words ending in a legal form
            while j < len(doc) and j - i <= 4 and doc[j].text[:1].isupper() and not doc[j].is_sent_start:
                j += 1
            while j > i + 1 and doc[j - 1].lower_ not in ends:
                j -= 1
            if j == i + 1:
                continue
            named = not all(t.lower_ in ends for t in doc[i + 1:j])  # "Quist Inc", not only "Co Inc"
            if named and doc[j - 1].lower_ not in CORPORATE_SUFFIXES:
                continue
            if by_token is None:
                by_token = {k: m for m in mentions for k in range(m.start, m.end)}
                texts = Counter(doc[m.start:m.end].text for m in mentions)
            a = i  # the left part: capitalised words, and ", Name" groups before them
            while a > 0 and i - a < 4 and _name_word(doc, a - 1) and not doc[a].is_sent_start \
                    and not (a - 1 in by_token and by_token[a - 1].label == "NORP" and by_token[a - 1].end == a):
                a -= 1
            if named and not self._one_firm(doc, a, i, by_token, texts):
                continue  # "Texaco and Pennzoil Co", "Lucky Stores Inc and Fruehauf Corp" are two companies
            while a > 2 and doc[a - 1].text == "," and doc[a - 2].text[:1].isupper() \
                    and doc[a - 2].pos_ == "PROPN" and not doc[a - 1].is_sent_start:
                b = a - 2
                while b > 0 and a - b < 4 and doc[b - 1].text[:1].isupper() and doc[b - 1].pos_ == "PROPN":
                    b -= 1
                if any(t.lower_ in CORPORATE_SUFFIXES for t in doc[b:a - 1]):
                    break  # "Alex. Brown Inc ABSB, Hambrecht and Quist Inc": the group before is a company
                a = b
            if a == i or doc[a].lower_ in DETERMINERS:
                continue
            touched = {id(by_token[k]): by_token[k] for k in range(a, j) if k in by_token}
            # a reference name inside the right part does not stop a longer company name
            # ("Telegraph" in "American Telephone and Telegraph Co")
            if any(m.start < a or m.end > j or (m.entity_id or m.kb_id) and not (named and m.start > i)
                   for m in touched.values()):
                continue
            if any(t.is_sent_start for t in doc[a + 1:j]):
                continue
            out = [m for m in out if id(m) not in touched]
            new = Mention(a, j, "ORG", "rule:firm")
            out.append(new)
            for k in range(a, j):
                by_token[k] = new
        out.sort(key=lambda m: m.start)
        return out

    def _one_firm(self, doc: Doc, a: int, i: int, by_token: dict[int, Mention], texts: Counter) -> bool:
        """Is "<doc[a:i]> and <Name> <legal form>" one company ("Hambrecht and Quist Inc",
        "American Telephone and Telegraph Co", "Bashaw Leduc Oil and Gas Ltd") rather than a
        name listed with a company? Only when the words either side of "and" are both common
        words or both surnames, and not when the left part has a legal form of its own ("Lucky
        Stores Inc and Fruehauf Corp"), is a person ("Asher Edelman and Dominion Textiles Inc"),
        is a known entity or place, or is written on its own elsewhere in the document ("Texaco
        and Pennzoil Co" after "Texaco said")."""
        left = doc[a:i]
        if a == i or any(t.lower_ in CORPORATE_SUFFIXES for t in left):
            return False
        # the words either side of "and" are both common nouns ("Telephone and Telegraph", "Oil
        # and Gas") or both surnames ("Hambrecht and Quist"); "Texaco and Pennzoil" are neither
        x, y = doc[i - 1].text, doc[i + 1].text
        if not (name_types.is_common_word(x) and name_types.is_common_word(y)
                or x.lower() in name_types.surnames() and y.lower() in name_types.surnames()):
            return False
        words = [t.text for t in left if t.text != ","]
        if any(name_types.looks_like_person(words[k:]) for k in range(len(words) - 1)):
            return False  # also after a title: "Investor Asher Edelman and ..."
        people = {id(by_token[k]): by_token[k] for k in range(a, i) if k in by_token and by_token[k].label == "PERSON"}
        if any(m.end - m.start >= 2 and not name_types.is_common_word(doc[m.end - 1].text) for m in people.values()):
            return False  # a person the model found ("Asher Edelman"), not "Bashaw Leduc Oil"
        text = left.text
        if self.ref.lookup(text) is not None or geo.lookup(text) is not None:
            return False
        own = int(a in by_token and by_token[a].start == a and by_token[a].end == i)  # the left part as a mention here
        return texts[text] <= own

    def _merge_particles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Ursula Von" + "der" + "Leyen" (or "Ursula von der" + "Leyen") is one name: join a
        person's mention with the capitalised words after name particles."""
        out: list[Mention] = []
        for m in sorted(mentions, key=lambda x: x.start):
            if out and m.start < out[-1].end:
                continue  # already inside a name extended over it
            if out and out[-1].label == "PERSON" and m.start >= out[-1].end:
                gap = doc[out[-1].end:m.start]
                # particles between the two, or the person's span ends in them ("Ursula von der" + "Leyen")
                if all(t.lower_ in NAME_PARTICLES for t in gap) and doc[m.start].text[:1].isupper() \
                        and (len(gap) or doc[out[-1].end - 1].lower_ in NAME_PARTICLES):
                    out[-1].end = m.end
                    continue
            if m.label == "PERSON":
                end = m.end
                while end + 1 < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text[:1].isupper() \
                        and doc[end + 1].pos_ == "PROPN":
                    end += 2
                m.end = end
            out.append(m)
        for m in out:
            if m.label == "PERSON" or doc[m.start].lower_.rstrip(".") in HONORIFICS:
                _strip_honorific(doc, m)
        return out

    def _coordination(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Names listed with a known name are names of the same kind: "Management and Training
        Corporation, Mitie and Interforce" (the model found only the first)."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        for m in mentions:
            if m.label not in ("ORG", "PERSON", "GPE") or m.demonym:
                continue
            root = doc[m.start:m.end].root
            chain = [c for c in root.children if c.dep_ == "conj"]
            while chain:
                t = chain.pop(0)
                chain.extend(c for c in t.children if c.dep_ == "conj")
                if t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in HONORIFICS:
                    continue
                start = min((c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), default=t.i)
                if any(i in covered for i in range(start, t.i + 1)):
                    continue
                out.append(Mention(start, t.i + 1, m.label, "rule:coordination"))
                covered.update(range(start, t.i + 1))
        out.sort(key=lambda x: x.start)
        return out

    def _split_commas(self, doc: Doc, pieces: list[tuple[int, int]], label: str) -> list[tuple[int, int]]:
        """"Saltcoats, Ayrshire" is two places: split a span at commas when every part is a
        known entity, or, for places, a capitalised name of its own."""
        out = []
        for a, b in pieces:
            bounds = [a - 1, *[t.i for t in doc[a:b] if t.text == ","], b]
            parts = [(x + 1, y) for x, y in zip(bounds, bounds[1:]) if y > x + 1]
            known = all(self.ref.lookup(doc[x:y].text) for x, y in parts)
            titled = label in ("GPE", "LOC", "ORG") and all(doc[x].text[:1].isupper() and y - x <= 3 for x, y in parts)
            out.extend(parts if len(parts) > 1 and (known or titled) else [(a, b)])
        return out

    def _title_prefix(self, doc: Doc, start: int, end: int) -> int:
        """Where the name starts after a title written before it: "British Prime Minister Rishi
        Sunak", "Director of Intelligence Jane Doe", "Sen. Jane Doe" (``start`` when no title).
        A title is title words (TITLE_WORDS, at least one not a mere modifier), a country or
        demonym known to the reference table, capitalised words before a role noun
        ("Intelligence" in "Director of Intelligence"), and joiners between them; the name after
        it is at least one capitalised proper noun."""
        cut, core, i = start, False, start
        while i < end - 1:
            t = doc[i]
            low = t.lower_
            if low in TITLE_WORDS:
                core = core or low not in TITLE_MODIFIERS
                i += 1
                cut = i if core else cut
                continue
            if low in TITLE_JOINERS and i > start:
                i += 1
                continue
            if i == start and self.ref.lookup(t.text) is not None and doc[i + 1].lower_ in TITLE_WORDS:
                i += 1  # "British" / "U.S." before a title
                continue
            if core and t.text[:1].isupper() and i + 1 < end and doc[i - 1].lower_ in TITLE_JOINERS \
                    and doc[i + 1].text[:1].isupper() and i + 2 < end:
                # "Director of Intelligence Jane Doe": one capitalised word of the title after "of"
                # when a name of at least two words follows
                i += 1
                cut = i
                continue
            break
        if cut == start or cut >= end:
            return start
        rest = doc[cut:end]
        if not all(t.text[:1].isupper() or t.text == "-" for t in rest) or rest[0].lower_ in TITLE_JOINERS \
                or not any(t.pos_ == "PROPN" for t in rest) or sum(t.text != "-" for t in rest) > 4 \
                or any(t.lower_ in CORPORATE_SUFFIXES or t.lower_ in ORG_HEADS for t in rest):
            return start  # "General Electric Co." is a company
        return cut

    def _titles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """The person is the name, the title an attribute: "Prime Minister Rishi Sunak" is a
        mention of Rishi Sunak with role "Prime Minister" (kept in ``Mention.role``), also when
        the model left the title, or part of it, outside the span ("Director of [Intelligence
        Jane Doe]"); and an occupation written as a title ("Nutritionist Joy Bauer", "Investor
        Asher Edelman": an English noun, no given name, before a given name and a surname)."""
        for m in mentions:
            before = doc[m.start - 1].lower_ if m.start else ""  # "Director of [Intelligence Jane Doe]": a title's end
            if not (m.entity_id or m.kb_id) and m.end - m.start >= 3 and doc[m.start].is_title \
                    and before not in TITLE_WORDS and before not in TITLE_JOINERS - {"the"} \
                    and doc[m.start].tag_ in ("NN", "NNP") and name_types.is_common_word(doc[m.start].text) \
                    and doc[m.start].lower_ not in name_types.given_names() \
                    and name_types.looks_like_person([t.text for t in doc[m.start + 1:m.end]]):
                m.role, m.start, m.label = doc[m.start].text, m.start + 1, "PERSON"
                m.method += "+title"
                continue
            a = m.start  # the title may begin before the span: capitalised title words and joiners
            while a > 0 and doc[a - 1].text[:1].isupper() and doc[a - 1].lower_ in TITLE_WORDS \
                    or a > 1 and doc[a - 1].lower_ in TITLE_JOINERS and doc[a - 1].is_lower \
                    and doc[a - 2].lower_ in TITLE_WORDS and doc[a - 2].text[:1].isupper():
                a -= 1
            fixed = bool(m.entity_id or m.kb_id)
            if not fixed and m.end - m.start >= 1 and m.label in ("PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART",
                                                                   "PRODUCT", "FAC"):
                cut = self._title_prefix(doc, a, m.end)
                if cut > m.start and (m.label == "PERSON" or cut + 1 < m.end
                                      and doc[m.end - 1].lower_ not in ORG_HEADS):
                    m.role = doc[a:cut].text
                    m.start = cut
                    m.label = "PERSON"
                    m.method += "+title"
                    continue
            if a < m.start and (m.label == "PERSON" or fixed and self.ref.entities.get(m.kb_id or m.entity_id)
                                and self.ref.entities[m.kb_id or m.entity_id].type == "PERSON"):
                if any(doc[i].lower_ in TITLE_WORDS and doc[i].lower_ not in TITLE_MODIFIERS for i in range(a, m.start)):
                    m.role = doc[a:m.start].text
        return mentions

    def _drop_titles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Words of a title are not an entity of their own: "Immigration" in "Immigration
        Minister Robert Jenrick", "Home" in "the Home Secretary" (a linked name such as the
        demonym in "Turkish Interior Minister" stays)."""
        out = []
        for m in mentions:
            nxt = m.end
            if m.entity_id is None and nxt < len(doc) and doc[nxt].lower_ in ROLE_NOUNS and doc[nxt].text[:1].isupper() \
                    and not (m.label == "PERSON" and doc[nxt].text in entity_spans.POST_NOMINALS):  # "Jane Doe MP"
                continue
            out.append(m)
        return out

    def _link_reference(self, doc: Doc, m: Mention) -> None:
        text = doc[m.start:m.end].text
        hit = None
        if m.kb_id and m.kb_id in self.ref.entities:
            r = self.ref.entities[m.kb_id]
            demonym = m.label == "NORP" and norm(text) in {norm(d) for d in r.demonyms}
            hit = (r, demonym)
        else:
            hit = self.ref.lookup(text, m.label)
        if hit is None:
            return
        r, demonym = hit
        m.entity_id = r.entity_id
        m.demonym = demonym
        new_label = "NORP" if demonym else r.type
        if new_label != m.label and m.method == "model":
            m.method = "model+reference"
        m.label = new_label

    # ------------------------------------------------------------------ rules
    def _country_of(self, m: Mention) -> str | None:
        """The country a mention names, by name or demonym (not a region such as Scotland,
        whose government is not its country's)."""
        if m.entity_id and m.entity_id in self.ref.entities:
            r = self.ref.entities[m.entity_id]
            if r.kind == "country":
                return r.country
        return None

    def _government(self, code: str, infos: dict[str, EntityInfo]) -> str:
        if code in self.ref.government_of:
            return self.ref.government_of[code]
        country = self.ref.entities.get(self.ref.country_of_code.get(code, ""), None)
        name = f"Government of {country.name if country else code}"
        eid = slug(name)
        if eid not in infos:
            infos[eid] = EntityInfo(eid, name, "ORG", "government", code)
        return eid

    def _government_rules(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        infos = self._infos
        replaced: set[int] = set()  # mentions a longer government name took over (by identity)
        by_end = {m.end: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = list(mentions)
        # "Government of (the) X" inside a model span, or as a span of its own
        for m in mentions:
            toks = doc[m.start:m.end]
            if m.entity_id is None and len(toks) == 1 and toks[0].lower_ == "government":
                m.method = "rule:government-ref"  # the model's "Government" on its own
                m.label = "ORG"
                continue
            if m.entity_id is None and len(toks) >= 2 and toks[-1].lower_ in GOVERNMENT_WORDS:
                hit = self.ref.lookup(doc[m.start:m.end - 1].text, "NORP")
                if hit and hit[0].kind == "country" and hit[0].country:  # "Dutch Governments"
                    m.entity_id = self._government(hit[0].country, infos)
                    m.label, m.method = "ORG", "rule:government"
                    continue
            if len(toks) >= 3 and toks[0].lower_ in GOVERNMENT_WORDS and toks[1].lower_ == "of":
                inner_start = m.start + 2 + (doc[m.start + 2].lower_ == "the")
                hit = self.ref.lookup(doc[inner_start:m.end].text, "GPE")
                if hit and hit[0].kind == "country" and hit[0].country:
                    m.entity_id = self._government(hit[0].country, infos)
                    m.label, m.method = "ORG", "rule:government"
        for i in spans.tokens_where(doc, LOWER, GOVERNMENT_WORDS):
            tok = doc[i]
            if tok.i in covered:
                continue
            prev = by_end.get(tok.i)
            if prev is not None and tok.lower_ == "government":
                code = self._country_of(prev)
                if code:  # "British government", "Turkish government"
                    replaced.add(id(prev))
                    out.append(Mention(prev.start, tok.i + 1, "ORG", "rule:government",
                                       entity_id=self._government(code, infos)))
                    continue
            if tok.lower_ == "government" and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                    and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children):
                out.append(Mention(tok.i, tok.i + 1, "ORG", "rule:government-ref"))
        out = [m for m in out if id(m) not in replaced]
        out.sort(key=lambda m: m.start)
        # Bare "the government": the government last named, else the home country's.
        current = None
        for m in out:
            if m.method == "rule:government-ref":
                target = current or (self.ref.government_of.get(self.home_country) if self.home_country else None)
                m.entity_id = target
            elif m.entity_id and (m.entity_id in infos and infos[m.entity_id].kind == "government"
                                  or m.entity_id in self.ref.entities
                                  and self.ref.entities[m.entity_id].kind == "government"):
                current = m.entity_id
        return [m for m in out if m.method != "rule:government-ref" or m.entity_id]

    def _institutions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Turkish border forces": a country's demonym and a state-body noun name an
        organisation of that country (linked to the reference when it has the name)."""
        infos = self._infos
        if not any(m.demonym for m in mentions):
            return mentions
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            code = self._country_of(m) if m.demonym and m.end < len(doc) else None
            if code:
                for phrase in _INSTITUTIONS_BY_FIRST.get(doc[m.end].lower_, ()):
                    end = m.end + len(phrase)
                    if end <= len(doc) and tuple(t.lower_ for t in doc[m.end:end]) == phrase \
                            and not any(i in covered for i in range(m.end, end)):
                        span = doc[m.start:end]
                        hit = self.ref.lookup(span.text, "ORG")
                        if hit is not None:
                            eid = hit[0].entity_id
                        else:
                            eid = slug(span.text)
                            if eid not in infos:
                                infos[eid] = EntityInfo(eid, span.text, "ORG", None, code)
                        m = Mention(m.start, end, "ORG", "rule:institution", entity_id=eid)
                        break
            out.append(m)
        return out

    def _acronym_rules(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        by_end = {m.end: m for m in mentions}
        covered = {i for m in mentions for i in range(m.start, m.end)}
        defined: dict[str, Mention] = {}
        out = list(mentions)
        for i in spans.tokens_where(doc, ORTH, [")"]):
            if i < 2:
                continue
            tok = doc[i - 1]
            acr = tok.text
            if not (doc[tok.i - 1].text == "(" and 2 <= len(acr) <= 7
                    and acr.isupper() and acr.isalpha()):
                continue
            head = by_end.get(tok.i - 1)
            if head is not None and not (_initials_match(list(doc[head.start:head.end]), acr)
                                         or (head.entity_id and self.ref.lookup(acr) is not None
                                             and self.ref.lookup(acr)[0].entity_id == head.entity_id)):
                head = None  # "... Essex and London (RAMFEL)": London is not RAMFEL
            if head is None:
                for n in range(2, 2 * len(acr) + 2):
                    s = tok.i - 1 - n
                    if s < 0:
                        break
                    cand = list(doc[s:tok.i - 1])
                    if any(t.is_punct or t.is_space for t in cand):
                        break
                    if _initials_match(cand, acr):
                        head = Mention(s, tok.i - 1, "ORG", "rule:acronym")
                        # the long form replaces mentions of its parts ("Refugee", "London")
                        out = [m for m in out if not (s <= m.start and m.end <= tok.i - 1)]
                        out.append(head)
                        break
            if head is not None:
                defined[acr] = head
        self._acronyms = defined
        if not defined:
            return out
        for m in out:  # acronyms the model already tagged
            text = doc[m.start:m.end].text
            if text in defined and m is not defined[text] and not m.entity_id:
                m.acronym = text
        covered = {i for m in out for i in range(m.start, m.end)}
        for i in spans.tokens_where(doc, ORTH, list(defined)):
            tok = doc[i]
            if tok.i not in covered:
                out.append(Mention(tok.i, tok.i + 1, defined[tok.text].label, "rule:acronym", acronym=tok.text))
        out.sort(key=lambda m: m.start)
        return out

    # ------------------------------------------------------------------ the remaining steps
    def _link_all(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Every mention against the reference table."""
        for m in mentions:
            self._link_reference(doc, m)
        return mentions

    def _link_coordinated(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        for m in mentions:
            if m.method == "rule:coordination":
                self._link_reference(doc, m)
        return mentions

    def _link_long_forms(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """The long forms the acronym rule found, against the reference table."""
        for m in mentions:
            if m.method == "rule:acronym" and m.acronym is None:
                self._link_reference(doc, m)
        return mentions

    def _acronym_entities(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Acronyms take the entity of their long form."""
        for m in mentions:
            if m.acronym:
                head = self._acronyms[m.acronym]
                if head.entity_id is None:
                    self._link_reference(doc, head)
                if head.entity_id is None and head.cluster is None:
                    head.cluster = norm(doc[head.start:head.end].text)
                if m.entity_id is None:
                    m.entity_id, m.cluster = head.entity_id, head.cluster
                    m.label = head.label
                    if m.method == "model":
                        m.method = "model+acronym"
        return mentions

    def _drop_lowercase(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Drop what is not a name: model output with no capital letter that nothing linked."""
        return [m for m in mentions if m.entity_id or m.cluster or m.method.startswith("rule")
                or any(ch.isupper() for ch in doc[m.start:m.end].text)]

    def _drop_common_words(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A capitalised common noun alone is not a name ("Madam", "Chair", "Border", "Office"):
        drop an unlinked one-word model mention that the tagger reads as a common noun and that
        the same document also writes in lower case."""
        mentions = [m for m in mentions if not self._security_type(doc, m)]
        candidates = [m for m in mentions if
                      m.end - m.start == 1 and m.method == "model" and m.entity_id is None and m.acronym is None
                      and m.label not in ("GPE", "NORP", "LOC") and doc[m.start].tag_ in ("NN", "NNS")
                      and doc[m.start].text[:1].isupper() and not doc[m.start].is_upper]
        if not candidates:
            return mentions
        lower = {t.lower_ for t in doc if t.is_lower}
        drop = {id(m) for m in candidates if doc[m.start].lower_ in lower}
        return [m for m in mentions if id(m) not in drop]

    @staticmethod
    def _security_type(doc: Doc, m: Mention) -> bool:
        """Does this one-word, unlinked name only say what kind of security the noun after it is
        ("10-year Treasury notes", "negotiable Treasury bills": SECURITY_NOUNS)? An
        English word that is no surname only, so a company's or a person's name before "bonds"
        ("Texaco bonds", "Carter bonds") stays."""
        nxt = doc[m.end] if m.end < len(doc) else None
        return (m.end - m.start == 1 and m.entity_id is None and not m.kb_id and m.acronym is None
                and nxt is not None and nxt.lower_ in SECURITY_NOUNS and nxt.is_lower
                and doc[m.start].head.i == nxt.i and name_types.is_common_word(doc[m.start].text)
                and m.label != "PERSON" and doc[m.start].lower_ not in name_types.surnames())  # "Reagan bonds"

    @staticmethod
    def _identity(doc: Doc, m: Mention) -> tuple[str, str]:
        """("entity", id) for a linked mention, ("cluster", normalised name) otherwise."""
        return ("entity", m.entity_id) if m.entity_id else ("cluster", m.cluster or norm(doc[m.start:m.end].text))

    def _missed_names(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Names the model missed on a later mention: the surname of a person named in full
        ("Blake" after "Frank Blake", often missed at the start of a sentence), a proper noun
        outside every mention; and a dateline's place ("BEIJING - ...", "ALLAHABAD, India - ")
        that GeoNames or the reference knows. (The surname step links them.)"""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        last = {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start >= 2
                and doc[m.end - 1].text[:1].isupper() and len(doc[m.end - 1].text) > 2
                and doc[m.end - 1].text.isalpha() and doc[m.end - 1].lower_ not in TITLE_WORDS | {"jr", "sr"}}
        out = list(mentions)
        for i in spans.tokens_where(doc, ORTH, sorted(last)) if last else ():
            t = doc[i]
            # the tagger reads some surnames as words ("Rohling quit", "Mourning said"): a word is
            # taken where it is no English word, or capitalised inside a sentence
            tagged = t.pos_ == "PROPN" or t.pos_ in ("NOUN", "VERB", "ADJ") and t.is_title and (
                not t.is_sent_start or not name_types.is_common_word(t.text))
            if i in covered or not tagged or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
                                                   and doc[i + 1].pos_ == "PROPN") \
                    or (i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"):
                continue
            out.append(Mention(i, i + 1, "PERSON", "rule:surname"))
            covered.add(i)
        z = len(doc)  # a wire story's sign-off: its agency's name alone after the last sentence ("... the company said. Reuter")
        while z > 0 and (doc[z - 1].is_space or doc[z - 1].is_punct):
            z -= 1
        last = doc[z - 1] if z > 1 else None
        if last is not None and last.i not in covered and last.is_title and last.is_alpha and last.pos_ == "PROPN" \
                and ("\n" in doc[z - 2].text_with_ws or last.is_sent_start or doc[z - 2].text in (".", "!", "?", '"', "”")) \
                and not name_types.is_common_word(last.text) \
                and last.lower_ not in name_types.given_names() and geo.lookup(last.text) is None:
            out.append(Mention(z - 1, z, "ORG", "rule:signoff"))
            covered.add(z - 1)
        by_span = {(m.start, m.end): m for m in out}
        for a, b in self._dateline_places(doc):
            text = doc[a:b].text
            if geo.lookup(text) is None and (self.ref.lookup(text, "GPE") or (None,))[0] is None \
                    and not self._dateline_state(doc, b, by_span):
                continue
            same = by_span.get((a, b))
            if same is not None and same.entity_id is None and same.label not in ("GPE", "LOC"):
                same.label, same.method = "GPE", same.method + "+dateline"  # "ATLANTA" as ORG
            elif same is None and not any(i in covered for i in range(a, b)):
                out.append(Mention(a, b, "GPE", "rule:dateline"))
                covered.update(range(a, b))
        out.sort(key=lambda m: m.start)
        return out

    def _dateline_state(self, doc: Doc, b: int, by_span: dict[tuple[int, int], Mention]) -> bool:
        """"RYE, N.H. - ...": a place in capitals at a text's or a line's start, then a comma, a
        state or country mention typed GPE, and a spaced dash, is a dateline's town even when
        GeoNames (cities) does not know it."""
        if b + 2 >= len(doc) or doc[b].text != "," or not (b < 4 or "\n" in doc[b - 2].text_with_ws):
            return False
        state = next((m for (s, e), m in by_span.items() if s == b + 1 and e < len(doc) and doc[e].text in
                      ("-", "–", "—") and doc[e].whitespace_ and m.label == "GPE"), None)
        return state is not None

    @staticmethod
    def _dateline_places(doc: Doc) -> list[tuple[int, int]]:
        """The ALL-CAPS place names of datelines, as token spans: at the start of a sentence
        before a dash or a comma ("BEIJING - ", "ALLAHABAD, India - "), and anywhere before a
        spaced dash, directly or after ", <Place>" ("... in captivity now 217 BEIJING - A
        mini-baby boom", "... still need improving BUCKHANNON, W. Va. - One year ago": a
        headline run into the dateline), when the words before are not capitals too."""
        def caps_before(b: int) -> int:
            a = b
            while a > 0 and b - a < 3 and doc[a - 1].is_upper and doc[a - 1].is_alpha and len(doc[a - 1].text) > 1:
                a -= 1
            return a

        found = set()
        for sent in spans.sentences(doc):
            a = sent.start
            while a < sent.end and (doc[a].is_space or doc[a].is_punct):
                a += 1
            b = a
            while b < sent.end and b - a < 3 and doc[b].is_upper and doc[b].is_alpha and len(doc[b].text) > 1:
                b += 1
            if a < b < sent.end and doc[b].text in ("-", "–", "—", ","):
                found.add((a, b))
        for d in spans.tokens_where(doc, ORTH, ["-", "–", "—"]):
            if d == 0 or not doc[d - 1].whitespace_ or not doc[d].whitespace_:
                continue
            b = k = d
            while k > 0 and d - k < 4 and doc[k - 1].text[:1].isupper() and not (doc[k - 1].is_upper and doc[k - 1].is_alpha):
                k -= 1  # ", W. Va." / ", India" after the place
            if k < d and k > 0 and doc[k - 1].text == ",":
                b = k - 1
            a = caps_before(b)
            if a < b and not (a > 0 and doc[a - 1].is_upper and doc[a - 1].is_alpha):
                found.add((a, b))
        return sorted(found)

    def _surnames(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Surnames (the last words of a name) of people named in full in the document, else of
        exactly one person in the reference table ("Mr Cleverly" → James Cleverly)."""
        surnames: dict[str, set[tuple[str, str]]] = {}
        first_named: dict[tuple[str, str], int] = {}
        for m in mentions:
            if m.label == "PERSON" and m.end - m.start >= 2:
                who = self._identity(doc, m)
                first_named.setdefault(who, m.start)
                for k in range(1, m.end - m.start):
                    surnames.setdefault(norm(doc[m.start + k:m.end].text), set()).add(who)
        for m in mentions:
            if m.entity_id is None and m.label in ("PERSON", "ORG", "GPE", "NORP"):
                key = norm(doc[m.start:m.end].text)
                keys = surnames.get(key, set()) - {self._identity(doc, m)}
                if len(keys) > 1:  # several people share the surname: the one named first
                    keys = {min(keys, key=lambda k: first_named[k])}
                if len(keys) == 1:
                    kind, value = next(iter(keys))
                    if kind == "entity":
                        m.entity_id = value
                    else:
                        m.cluster = value
                    m.label = "PERSON"
                    m.method += "" if m.method == "rule:surname" else "+surname"
                elif m.end - m.start <= 3:
                    # an unknown capitalised name that is the surname of exactly one known person
                    person = self.ref.person_by_surname(key)
                    if person is not None:
                        m.entity_id, m.label = person, "PERSON"
                        m.method += "+surname"
        return mentions

    def _context_types(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Unknown names typed by their context: a vessel noun before, an organisation noun as
        head; a lone unknown "person" (or "work of art") after at/in/near is a place the model
        mistook."""
        for m in mentions:
            if m.entity_id is not None:
                continue
            if m.start > 0 and doc[m.start - 1].lower_ in VESSEL_NOUNS:
                m.label, m.method = "PRODUCT", m.method + "+vessel"
            elif m.label in ("WORK_OF_ART", "PRODUCT", "PERSON", "FAC") and "+facility" not in m.method and (
                    doc[m.end - 1].lower_ in ORG_HEADS or doc[m.start:m.end].root.lower_ in ORG_HEADS
                    or (m.end - m.start >= 2 and doc[m.end - 1].lower_ in PARTY_HEADS and doc[m.end - 1].is_title)):
                m.label, m.method = "ORG", m.method + "+orghead"  # "Christian Democratic Union" is no person
        for m in mentions:
            if m.entity_id is None and m.end - m.start == 1 and m.label in ("PERSON", "WORK_OF_ART", "PRODUCT"):
                head = doc[m.start].head
                preps = LOCATIVE_PREPS if m.label == "PERSON" else LOCATIVE_PREPS | {"from", "to"}
                if head.lower_ in preps and head.i < m.start:
                    m.label, m.method = "GPE", m.method + "+locative"
        return self._place_conjuncts(doc, mentions)

    @staticmethod
    def _place_conjuncts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A name listed with a place after a place preposition is a place too: "in Shengjin and
        Gjader", "to Ceuta and Melilla" (the model types the second name on its own)."""
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            if m.entity_id is not None or m.label not in ("PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT"):
                continue
            root = doc[m.start:m.end].root
            first = root.head
            while first.dep_ == "conj" and first.head.i != first.i:  # "in A, B and C": back to A
                first = first.head
            other = at.get(first.i)
            if root.dep_ == "conj" and other is not None and other is not m and family(other.label) == "PLACE" \
                    and first.head.lower_ in LOCATIVE_PREPS | {"to", "from"} and first.head.i < first.i:
                m.label, m.method = other.label, m.method + "+conjunct"
        return mentions

    def _places(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Places the reference table does not know, from GeoNames (:mod:`dossier.geo`): an
        unlinked name of a place gets the place (coordinates, country, id for its entity), and
        a lone place name the model typed as something else (a work of art, a product, a person
        not named elsewhere in the document) is typed as a place; an "organisation" only after
        at/in/near/outside/from (elsewhere a city named as an organisation is mostly a team or a
        company: "Miami", "Burlington"). A one-word name the document also writes in lower case
        ("Reading", "Nice") is not taken for a place."""
        lower: set[str] | None = None
        for m in mentions:
            if m.entity_id is not None or "+surname" in m.method or m.role:
                continue
            place = geo.lookup(doc[m.start:m.end].text)
            if place is None:
                continue
            if lower is None:  # words the document writes in lower case ("reading", "nice")
                lower = {t.lower_ for t in doc if t.is_lower}
            if m.end - m.start == 1 and doc[m.start].lower_ in lower:
                continue
            prev = doc[m.start - 1].lower_ if m.start > 0 else ""
            if family(m.label) == "PLACE":
                m.place = place
            elif m.label == "NORP" and doc[m.start:m.end].root.dep_ not in ("amod", "compound", "nmod", "poss"):
                m.place = place  # a place named as a noun, not a people ("travelled to Tunis")
                m.label, m.method = place.label, m.method + "+geonames"
            elif m.end - m.start <= 3 and prev not in VESSEL_NOUNS and (
                    m.label in ("PERSON", "WORK_OF_ART", "PRODUCT")
                    or m.label == "ORG" and prev in LOCATIVE_PREPS | {"from"}):
                m.place = place
                m.label, m.method = place.label, m.method + "+geonames"
        return mentions

    def _name_clusters(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """New entities: one per normalised name, id from the fullest surface form; then each
        mention's entity facts (surfaces, labels) are counted."""
        infos = self._infos
        clusters: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.entity_id is None:
                m.cluster = m.cluster or norm(doc[m.start:m.end].text)
                clusters.setdefault(m.cluster, []).append(m)
        rename: dict[str, str] = {}
        for key, ms in clusters.items():
            surface = max((doc[m.start:m.end].text for m in ms), key=lambda s: (len(s), s))
            labels = Counter(m.label for m in ms if m.label != "NORP") or Counter(m.label for m in ms)
            first = {}
            for m in ms:
                first.setdefault(m.label, m.start)
            # One sense per document: the majority label, the earliest on a tie.
            label = max(labels, key=lambda k: (labels[k], -first[k]))
            for m in ms:
                if m.label != label and m.label != "NORP":
                    m.label = label
            eid = slug(surface) or slug(key) or "entity"
            if eid in self.ref.entities:
                eid = f"{eid}-{label.lower()}"
            rename[key] = eid
            if eid not in infos:
                infos[eid] = EntityInfo(eid, display_name(surface), label)
                place = next((m.place for m in ms if m.place is not None), None)
                if place is not None and family(label) == "PLACE":
                    info = infos[eid]
                    info.kind, info.country, info.geonames = place.kind, place.country, place.geonameid
                    info.lat, info.lon = place.lat, place.lon
        for m in mentions:
            if m.entity_id is None:
                m.entity_id = rename[m.cluster]
            if m.entity_id not in infos:
                infos[m.entity_id] = EntityInfo.from_reference(self.ref.entities[m.entity_id])
            info = infos[m.entity_id]
            info.surfaces[doc[m.start:m.end].text] += 1
            info.labels[m.label] += 1
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions

    def _capital_the(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A capitalised "The" after a lower-case word is the organisation's own styling and
        part of its name ("told The Associated Press", "repair work by The Boeing Company"); at
        the start of a sentence or a title-case line the capital says nothing, and "the" is
        never part of a name. Run
        after the entities are named, so the entity keeps its name without the article."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        for m in mentions:
            k = m.start - 1
            if k >= 0 and m.label in ("ORG", "WORK_OF_ART") and doc[k].text == "The" and not doc[k].is_sent_start \
                    and k not in covered and k > 0 and doc[k - 1].is_alpha and doc[k - 1].is_lower:
                m.start = k
        return mentions

    # ------------------------------------------------------------------ main
    # The steps, in order: (name, method, or a function of (linker, doc, mentions) in another module).
    STEPS = (
        ("collect", "_collect"),
        ("merge name particles", "_merge_particles"),
        ("name edges: post-nominals, bodies' names", entity_spans.repair),
        ("firms named after partners", "_firm_names"),
        ("titles before names", "_titles"),
        ("link to reference", "_link_all"),
        ("drop title words", "_drop_titles"),
        ("coordinated names", "_coordination"),
        ("link coordinated names", "_link_coordinated"),
        ("acronyms defined in the text", "_acronym_rules"),
        ("link long forms", "_link_long_forms"),
        ("short names in brackets", entity_types.short_names_in_brackets),
        ("governments", "_government_rules"),
        ("state institutions", "_institutions"),
        ("acronyms take their long form's entity", "_acronym_entities"),
        ("drop lower-case spans", "_drop_lowercase"),
        ("drop common nouns alone", "_drop_common_words"),
        ("drop words capitalised by their position", name_types.drop_sentence_initial_words),
        ("types from the name's own words", name_types.retype),
        ("newspapers named with an article", entity_types.newspapers),
        ("people named with particles or in apposition", entity_words.people),
        ("names the model missed", "_missed_names"),
        ("people the model missed", entity_types.missed_people),
        ("surnames", "_surnames"),
        ("camps named after places; one-word names, titles of office, facilities", entity_words.repair),
        ("companies' short names", name_types.short_names),
        ("type from context", "_context_types"),
        ("places from GeoNames", "_places"),
        ("small places named as places", entity_places.small_places),
        ("bodies, peoples and media by role and head word", entity_bodies.repair),
        ("towns by GeoNames, Census names and role", entity_towns.repair),
        ("bodies named with another country's demonym", foreign_bodies.join),
        ("names by how they are written: hyphens, adjectives, acronyms, quoted titles", entity_forms.repair),
        ("name new entities", "_name_clusters"),
        ("a capitalised The inside a sentence", "_capital_the"),
    )

    def link(self, doc: Doc) -> tuple[list[Mention], dict[str, EntityInfo]]:
        self._infos: dict[str, EntityInfo] = {}
        self._acronyms: dict[str, Mention] = {}
        mentions: list[Mention] = []
        for _name, step in self.STEPS:
            mentions = getattr(self, step)(doc, mentions) if isinstance(step, str) else step(self, doc, mentions)
        return mentions, self._infos
