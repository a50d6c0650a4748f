"""Entity mentions with exact offsets, linked to canonical entities.

Linking, in order of evidence:
1. the reference table (ruler match or alias/demonym lookup of the mention's normalised text);
2. in-document rules: an acronym defined in the text ("National Crime Agency (NCA)"), a
   country's government ("the British government", "Government of the United Kingdom", and a
   bare "the government" resolved to the government last named, else to the government of the
   publisher's country), a surname after the full name of a person;
3. otherwise a new entity whose id is the slug of its fullest name, so the same name in
   different documents is one entity.
Every mention keeps the method that produced it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from . import spans

from .reference import Reference, RefEntity
from .text import norm, slug

NUMERIC = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
DETERMINERS = {"the", "a", "an", "this", "these", "those", "that"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof",
              "professor", "mr.", "mrs.", "ms.", "dr.", "rt", "hon"}
# Lower-case words inside personal names ("Ursula von der Leyen", "Ahmed bin Ali").
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "le", "la", "bin", "al", "ibn", "ter"}
POSSESSIVE = {"'s", "’s", "'", "’"}
ACRONYM_SKIP = {"of", "and", "the", "for", "&", "de", "du", "la", "on", "in", "to"}
GOVERNMENT_WORDS = {"government", "governments"}
LOCATIVE_PREPS = {"at", "in", "near", "outside"}
# A name right after one of these nouns names a vessel ("the accommodation ship Gemini").
VESSEL_NOUNS = {"ship", "vessel", "barge", "tug", "boat", "ferry", "tanker", "trawler", "yacht", "dinghy",
                "frigate", "cutter", "liner", "cruiser", "floatel", "freighter", "lifeboat", "patrol"}
# Head nouns that make an unknown name an organisation ("Centre of Excellence").
ORG_HEADS = {"centre", "center", "agency", "unit", "office", "force", "forces", "taskforce", "service",
             "directorate", "command", "committee", "council", "department", "ministry", "authority",
             "commission", "institute", "police", "team", "partnership", "foundation", "association"}
# State bodies named by a demonym and a common noun ("Turkish border forces", "French police").
INSTITUTION_PHRASES = {("police",), ("border", "force"), ("border", "forces"), ("coastguard",), ("coast", "guard"),
                       ("army",), ("navy",), ("military",), ("armed", "forces"), ("air", "force"),
                       ("gendarmerie",), ("border", "guards"), ("border", "guard"), ("border", "police"),
                       ("security", "forces"), ("intelligence", "services"), ("intelligence", "service")}
# Nouns that make the words before them part of a title ("Immigration Minister Robert Jenrick").
ROLE_NOUNS = {"minister", "secretary", "chancellor", "commissioner", "spokesman", "spokeswoman",
              "spokesperson", "director", "ambassador", "envoy", "correspondent", "editor", "mp", "mep"}


@dataclass
class Mention:
    start: int  # token indices
    end: int
    label: str
    method: str
    entity_id: str | None = None
    kb_id: str = ""
    demonym: bool = False


@dataclass
class EntityInfo:
    entity_id: str
    name: str
    type: str
    kind: str | None = None
    country: str | None = None
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    curated: bool = False
    surfaces: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)

    @classmethod
    def from_reference(cls, r: RefEntity) -> "EntityInfo":
        return cls(r.entity_id, r.name, r.type, r.kind, r.country, r.wikidata, r.lat, r.lon, True)


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, quotes and punctuation at the edges and a trailing possessive, and cut
    at a paragraph break."""
    for i in range(start, end):
        if "\n" in doc[i].text or (doc[i].is_space and "\n" in doc[i].text_with_ws):
            end = i
            break
    while start < end and (doc[start].lower_ in DETERMINERS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].tag_ == "POS"
                           or doc[end - 1].is_punct or doc[end - 1].is_space
                           or (doc[end - 1].is_lower and doc[end - 1].pos_ in ("CCONJ", "ADP", "DET", "PART", "SCONJ"))):
        end -= 1  # "Frontex and", "Frontex before"
    return start, end


def _strip_honorific(doc: Doc, m: "Mention") -> None:
    """"Mr Cleverly" names Cleverly: a title is not part of the name."""
    while m.end - m.start > 1 and doc[m.start].lower_.rstrip(".") in HONORIFICS:
        m.start += 1


def _initials_match(tokens: list, acronym: str) -> bool:
    """Do the words' initials spell the acronym, with or without the small words
    ("Refugee and Migrant Forum ..." → RAMFEL or RMFEL)?"""
    if not tokens or tokens[0].lower_ in ACRONYM_SKIP:
        return False
    words = [(t.text[0].lower(), t.lower_ in ACRONYM_SKIP) for t in tokens if t.text[:1].isalpha()]
    acr = acronym.lower()

    @lru_cache(maxsize=None)
    def match(i: int, j: int) -> bool:
        # every content word gives its initial; a small word may or may not
        if j == len(words):
            return i == len(acr)
        letter, small = words[j]
        if i < len(acr) and acr[i] == letter and match(i + 1, j + 1):
            return True
        return small and match(i, j + 1)

    return match(0, 0)


class Linker:
    """Finds and links the named-entity mentions of one parsed document."""

    def __init__(self, ref: Reference, home_country: str | None = None):
        self.ref = ref
        self.home_country = home_country

    # ------------------------------------------------------------------ collection
    def _collect(self, doc: Doc) -> list[Mention]:
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
            if method == "model" and any(t.text == "," for t in doc[pieces[0][0]:pieces[-1][1]]):
                pieces = self._split_commas(doc, pieces, ent.label_)
            for a, b in pieces:
                start, end = _clean(doc, a, b)
                if start >= end or not any(ch.isupper() for ch in doc[start:end].text) and method == "model" and len(pieces) > 1:
                    continue
                mentions.append(Mention(start, end, ent.label_, method, kb_id=ent.ent_id_))
        return mentions

    def _merge_particles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Ursula Von" + "der" + "Leyen" is one name: join a person's mention with the
        capitalised words after name particles."""
        out: list[Mention] = []
        for m in sorted(mentions, key=lambda x: x.start):
            if out and m.start < out[-1].end:
                continue  # already inside a name extended over it
            if out and out[-1].label == "PERSON" and m.start > out[-1].end:
                gap = doc[out[-1].end:m.start]
                if all(t.lower_ in NAME_PARTICLES for t in gap) and doc[m.start].text[:1].isupper():
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
                if t.i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper():
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

    def _drop_titles(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Words of a title are not an entity of their own: "Immigration" in "Immigration
        Minister Robert Jenrick", "Home" in "the Home Secretary" (a linked name such as the
        demonym in "Turkish Interior Minister" stays)."""
        out = []
        for m in mentions:
            nxt = m.end
            if m.entity_id is None and nxt < len(doc) and doc[nxt].lower_ in ROLE_NOUNS and doc[nxt].text[:1].isupper():
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

    def _government_rules(self, doc: Doc, mentions: list[Mention], infos: dict[str, EntityInfo]) -> list[Mention]:
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
                    out.remove(prev)
                    out.append(Mention(prev.start, tok.i + 1, "ORG", "rule:government",
                                       entity_id=self._government(code, infos)))
                    continue
            if tok.lower_ == "government" and tok.i > 0 and doc[tok.i - 1].lower_ == "the" \
                    and not any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in tok.children):
                out.append(Mention(tok.i, tok.i + 1, "ORG", "rule:government-ref"))
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

    def _institutions(self, doc: Doc, mentions: list[Mention], infos: dict[str, EntityInfo]) -> list[Mention]:
        """"Turkish border forces": a country's demonym and a state-body noun name an
        organisation of that country (linked to the reference when it has the name)."""
        covered = {i for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            code = self._country_of(m) if m.demonym else None
            if code:
                for phrase in sorted(INSTITUTION_PHRASES, key=len, reverse=True):
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
                m.kb_id = f"acronym:{text}"
        covered = {i for m in out for i in range(m.start, m.end)}
        for i in spans.tokens_where(doc, ORTH, list(defined)):
            tok = doc[i]
            if tok.i not in covered:
                out.append(Mention(tok.i, tok.i + 1, defined[tok.text].label, "rule:acronym", kb_id=f"acronym:{tok.text}"))
        out.sort(key=lambda m: m.start)
        return out

    # ------------------------------------------------------------------ main
    def link(self, doc: Doc) -> tuple[list[Mention], dict[str, EntityInfo]]:
        infos: dict[str, EntityInfo] = {}
        self._acronyms: dict[str, Mention] = {}
        mentions = self._merge_particles(doc, self._collect(doc))
        for m in mentions:
            self._link_reference(doc, m)
        mentions = self._drop_titles(doc, mentions)
        mentions = self._coordination(doc, mentions)
        for m in mentions:
            if m.method == "rule:coordination":
                self._link_reference(doc, m)
        mentions = self._acronym_rules(doc, mentions)
        for m in mentions:
            if m.method == "rule:acronym" and not m.kb_id:
                self._link_reference(doc, m)
        mentions = self._government_rules(doc, mentions, infos)
        mentions = self._institutions(doc, mentions, infos)

        # Acronyms take the entity of their long form.
        for m in mentions:
            if m.kb_id.startswith("acronym:"):
                head = self._acronyms[m.kb_id[len("acronym:"):]]
                if head.entity_id is None:
                    self._link_reference(doc, head)
                if head.entity_id is None:
                    head.entity_id = "cluster:" + norm(doc[head.start:head.end].text)
                if m.entity_id is None or m.entity_id.startswith("cluster:"):
                    m.entity_id = head.entity_id
                    m.label = head.label
                    if m.method == "model":
                        m.method = "model+acronym"

        # Drop what is not a name: model output with no capital letter that nothing linked.
        mentions = [m for m in mentions if m.entity_id or m.method.startswith("rule")
                    or any(ch.isupper() for ch in doc[m.start:m.end].text)]

        # Surnames (the last words of a name) of people named in full in the document, else
        # of exactly one person in the reference table ("Mr Cleverly" → James Cleverly).
        surnames: dict[str, set[str]] = {}
        for m in mentions:
            if m.label == "PERSON" and m.end - m.start >= 2:
                key = m.entity_id or "cluster:" + norm(doc[m.start:m.end].text)
                for k in range(1, m.end - m.start):
                    surnames.setdefault(norm(doc[m.start + k:m.end].text), set()).add(key)
        for m in mentions:
            if (m.entity_id is None or m.entity_id.startswith("cluster:")) and m.label in ("PERSON", "ORG", "GPE", "NORP"):
                key = norm(doc[m.start:m.end].text)
                keys = surnames.get(key, set()) - {m.entity_id or "cluster:" + key}
                if len(keys) == 1:
                    m.entity_id = next(iter(keys))
                    m.label = "PERSON"
                    m.method += "+surname"
                elif m.label in ("PERSON", "ORG", "GPE", "NORP") and m.end - m.start <= 3:
                    # an unknown capitalised name that is the surname of exactly one known person
                    person = self.ref.person_by_surname(key)
                    if person is not None:
                        m.entity_id, m.label = person, "PERSON"
                        m.method += "+surname"
        # Unknown names typed by their context: a vessel noun before, an organisation noun as head.
        for m in mentions:
            if m.entity_id is not None and not m.entity_id.startswith("cluster:"):
                continue
            if m.start > 0 and doc[m.start - 1].lower_ in VESSEL_NOUNS:
                m.label, m.method = "PRODUCT", m.method + "+vessel"
            elif m.label in ("WORK_OF_ART", "PRODUCT", "PERSON", "FAC") and (
                    doc[m.end - 1].lower_ in ORG_HEADS or doc[m.start:m.end].root.lower_ in ORG_HEADS):
                m.label, m.method = "ORG", m.method + "+orghead"
        # A lone unknown "person" (or "work of art") after at/in/near is a place the model mistook.
        for m in mentions:
            if (m.entity_id is None or m.entity_id.startswith("cluster:")) and m.end - m.start == 1 \
                    and m.label in ("PERSON", "WORK_OF_ART", "PRODUCT"):
                head = doc[m.start].head
                preps = LOCATIVE_PREPS if m.label == "PERSON" else LOCATIVE_PREPS | {"from", "to"}
                if head.lower_ in preps and head.i < m.start:
                    m.label, m.method = "GPE", m.method + "+locative"

        # New entities: one per normalised name, id from the fullest surface form.
        clusters: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.entity_id is None:
                m.entity_id = "cluster:" + norm(doc[m.start:m.end].text)
            if m.entity_id.startswith("cluster:"):
                clusters.setdefault(m.entity_id, []).append(m)
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
            eid = slug(surface) or slug(key[8:]) or "entity"
            if eid in self.ref.entities:
                eid = f"{eid}-{label.lower()}"
            rename[key] = eid
            if eid not in infos:
                infos[eid] = EntityInfo(eid, _display_name(surface), label)
        for m in mentions:
            if m.entity_id in rename:
                m.entity_id = rename[m.entity_id]
            if m.entity_id not in infos:
                infos[m.entity_id] = EntityInfo.from_reference(self.ref.entities[m.entity_id])
            info = infos[m.entity_id]
            info.surfaces[doc[m.start:m.end].text] += 1
            info.labels[m.label] += 1
        mentions.sort(key=lambda m: (m.start, m.end))
        return mentions, infos


def _display_name(surface: str) -> str:
    return surface.strip().rstrip("’'")


def mention_rows(doc: Doc, mentions: list[Mention], para_starts: list[int]) -> list[dict]:
    sent_starts = spans.sentence_starts(doc)
    rows = []
    for m in mentions:
        span = doc[m.start:m.end]
        rows.append(dict(start=span.start_char, end=span.end_char, text=span.text, label=m.label,
                         entity_id=m.entity_id, sentence=bisect.bisect_right(sent_starts, span.start_char) - 1,
                         para=bisect.bisect_right(para_starts, span.start_char) - 1, method=m.method))
    return rows


def entity_rows(infos: dict[str, EntityInfo]) -> list[dict]:
    """Per-document entity facts, to be merged across documents."""
    rows = []
    for info in infos.values():
        if not info.surfaces:
            continue
        rows.append(dict(entity_id=info.entity_id, name=info.name, type=info.type, kind=info.kind,
                         country=info.country, wikidata=info.wikidata, lat=info.lat, lon=info.lon,
                         curated=info.curated, surfaces=dict(info.surfaces), labels=dict(info.labels)))
    return rows


def publisher_entity(publisher: str | None, ref: Reference) -> RefEntity | None:
    """The reference entity named in a publisher string ("Home Office (press release,
    republished by WiredGov)" → Home Office), longest name first."""
    if not publisher:
        return None
    words = publisher.replace("(", " ").replace(")", " ").replace(",", " ").split()
    for n in range(len(words), 0, -1):
        for i in range(0, len(words) - n + 1):
            hit = ref.lookup(" ".join(words[i:i + n]))
            if hit and not hit[1]:
                return hit[0]
    return None


# Publishers whose documents speak in their own voice (not news organisations).
VOICE_KINDS = {"government", "government department", "government agency", "law-enforcement agency", "political party", "non-governmental organisation",
               "international organisation", "devolved government"}


def home_country(publisher: str | None, ref: Reference) -> str | None:
    """The country of the publisher (the Home Office → GBR), used to resolve a bare "the
    government"."""
    e = publisher_entity(publisher, ref)
    return e.country if e is not None else None


def voice(publisher: str | None, ref: Reference) -> str | None:
    """The entity a document's own "we" stands for: its author body (a department's release),
    or for a parliament's record of ministers' statements, the government of its country."""
    e = publisher_entity(publisher, ref)
    if e is None:
        return None
    if e.kind in VOICE_KINDS:
        return e.entity_id
    if e.kind == "legislature" and e.country:
        return ref.government_of.get(e.country)
    return None


def author(publisher: str | None, ref: Reference) -> tuple[str, str] | None:
    """(name, entity_id) of a publisher that speaks in its own voice."""
    e = publisher_entity(publisher, ref)
    return (e.name, e.entity_id) if e is not None and e.kind in VOICE_KINDS else None


__all__ = ["Linker", "mention_rows", "entity_rows", "home_country", "author", "voice", "NUMERIC"]
