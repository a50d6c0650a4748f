"""Per-document claims: every stated figure with who asserts it, how firmly, and what it
measures; and the pairs of figures read together (part of a whole, change, rate).

Why a separate step on top of ``quantities``: a number in a news text is only usable as
evidence once the reader knows whose number it is ("the ministry said it stopped 12,400") and
how firmly it is put ("it is estimated that hundreds"). The rules read the dependency parse
from the figure up to the root of its sentence:

- **source**: see :mod:`.source` (a quotation's speaker, a reporting verb's subject, the owner
  of a forecast, "according to X", a poll named in the clause, else the document's own voice:
  in a parliamentary written question the asking House, else the publisher's voice — a
  department's release speaks for the department, a legislature's record for the government).
- **status**: see :mod:`.status` (disputed, projected, hedged, estimated, attributed, stated;
  ``cue`` holds the words that decided it).

A duration ("12 months") is not a claim: it qualifies another figure. Everything else in
``quantities`` becomes exactly one claim row.
"""

from __future__ import annotations

import re

from ..extract import spans
from . import statistic as stat
from .government import foreign_government
from .links import links_for
from .cues import according_to_estimates
from .source import EMBEDDED, OWN_FIGURES_CUE, _anchor, _names_poll, _Quotes, _source, _walk
from .source_context import mark_evidence
from .subjects import PLACE_LABELS, Span, _Mentions, _Voice, mention_spans
from .cues import definite_subject
from .status import after_publication, starting_value, status_of
from .turns import Turns


def _own_period(q: dict, anchor, date_start: int | None) -> bool:
    """Is the figure's period its own — the quantity's period, or a date in the figure's clause
    (not in a clause that clause embeds) — rather than a date elsewhere in its sentence? Only its
    own period makes a figure a projection ("Two in three said they are less likely to vote for
    him in November" counts what was said in April)."""
    if q.get("period") and anchor is not None:
        # the quantity's period as read by the quantities extractor: still only if it is written
        # in the figure's clause (a period taken from a clause the figure's clause embeds is not)
        sent = anchor.sent
        at = sent.text.find(q["period"])
        if at < 0:
            return True
        date_start = sent.start_char + at
    elif q.get("period"):
        return True
    if anchor is None or date_start is None:
        return False
    verb = next((t for t in _walk(anchor) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return True
    walk = _walk(anchor)
    k = definite_subject(walk)
    if k < len(walk) and walk[k + 1].i == verb.i:  # "The 1,200 people at the barracks will be moved by March":
        subj = walk[k]                            # the date is the moving's, unless it is in the subject
        return subj.left_edge.idx <= date_start < subj.right_edge.idx + len(subj.right_edge.text)
    # clauses of their own, and an absolute "with" phrase beside the figure ("spent £240m so far,
    # with a further £50m due next year": next year is the £50m's)
    embedded = {x.i for c in verb.children
                if c.dep_ in EMBEDDED or (c.dep_ == "prep" and c.lower_ == "with" and not _contains(c, anchor))
                for x in c.subtree}
    # a relative clause on another noun of the clause is a statement of its own ("sanctioned Rs. 46.5 crore
    # for a camp ..., which is expected to be completed by March 2026": the completing's date; round 4)
    # (one on the figure's own noun is about the figure: "the $64 million it must collect for the event July 18")
    embedded |= {x.i for c in verb.subtree if c.dep_ == "relcl" and c.i != verb.i and not _contains(c, anchor)
                 and c.head.i != anchor.i for x in c.subtree}
    return any(t.idx <= date_start < t.idx + len(t.text) for t in verb.subtree if t.i not in embedded)


def _contains(tok, other) -> bool:
    return tok.left_edge.i <= other.i <= tok.right_edge.i


def _publishers_own(source_text: str | None, publisher_text: str | None) -> bool:
    """Is the source a part of the publisher, named with the publisher's name ("according to
    HuffPost Pollster" in HuffPost, "a USA Today analysis" in USA Today)? Its figures are the
    document's own reporting (stated). (A body naming itself by a short name, "The Court notes
    that ...", is read on the parse: :func:`.source._self_named`, with :func:`_self_names`.)"""
    if not source_text or not publisher_text:
        return False
    def bare(s: str) -> str:
        s = re.sub(r"[’']s\b", "", s.lower()).strip()
        return s[4:] if s.startswith("the ") else s
    src, pub = bare(source_text), bare(publisher_text)
    if bool(pub) and (src == pub or src.startswith(pub + " ") or f" {pub} " in f" {src} "):
        return True
    # a poll named with the publisher's name joined to its partner's ("a new Washington Post-ABC News poll"), or
    # with the head word of that name alone where the publisher names its own ("The Post-SurveyMonkey poll finds",
    # "recent Post-ABC polls" in the Washington Post; "Times/Siena" in the Times), not after another name
    # ("the Huffington Post-YouGov poll" there is HuffPost's; round 7)
    words, pw = re.split(r"[\s/-]+", src), pub.split()
    if pw and any(words[k:k + len(pw)] == pw for k in range(len(words))):
        return True
    shown = source_text.split()
    return len(pw) > 1 and any(
        len(parts := re.split(r"[/-]", w.lower())) > 1 and parts[0] == pw[-1] and parts[1]
        and (k == 0 or not shown[k - 1][:1].isupper() or shown[k - 1].lower() in ("the", "a", "an"))
        for k, w in enumerate(shown))


OPENING_CHARS = 400  # how far into a document its opening naming the publisher may lie
# the head nouns by which a publishing body names itself in its own text
BODY_NOUNS = {"court", "tribunal", "committee", "office", "agency", "department", "inspectorate", "ministry",
              "commission", "council", "authority", "service", "board", "bureau", "institute", "ombudsman",
              "inspector", "secretariat", "directorate"}


def _self_names(publisher_text: str) -> set[str]:
    """The short names a publishing body gives itself: its head noun when it names a body (the
    last word before "of"/"for", one of BODY_NOUNS: "court" for "European Court of Human Rights",
    "committee" for "Home Affairs Committee", "department" for "Department of Justice"), its initials ("anao") or the acronym in brackets
    in its name ("cbs" in "Statistics Netherlands (CBS)"); lower case."""
    out = {m.lower() for m in re.findall(r"\(([A-Z]{2,8})\)", publisher_text)}
    # and an acronym closing the name as a word of it: "sem" in "Staatssekretariat für Migration SEM" (round 4)
    out.update(m.lower() for m in re.findall(r"\s([A-Z]{3,8})\s*$", publisher_text))
    name = re.sub(r"\([^)]*\)", " ", publisher_text)
    words = [w for w in re.findall(r"[A-Za-z][\w.]*", name) if w.lower() != "the"]
    head = []
    for w in words:
        if w.lower() in ("of", "for", "on", "and", "in"):
            break
        head.append(w)
    if head and head[-1].lower() in BODY_NOUNS:
        out.add(head[-1].lower())
    initials = "".join(w[0] for w in words if w[0].isupper() and w.lower() not in ("of", "for", "and", "the"))
    if len(initials) >= 3:
        out.update(initials[k:].lower() for k in range(len(initials) - 2))  # "U.S. Government Accountability Office": gao
    return out


def _period(q: dict, anchor, dates: dict[int, list[dict]]) -> tuple[str | None, str | None, int | None]:
    """(period as written, its resolved value, the start of the date it was read from — None for
    the quantity's own period)."""
    # a calendar value (a year, month, day, season, financial year), not a recurrence or a
    # duration ('per day' may come back as P1D): only those can be compared with the record
    dated = [d for d in dates.get(q.get("sentence"), ()) if re.match(r"^\d{4}", d.get("value") or "")
             and d.get("granularity") not in ("duration", "frequency", "present", "past", "future")]
    if q.get("period"):
        for d in dated:
            if d["text"] == q["period"] or q["period"] in d["text"]:
                return q["period"], d["value"], None
        return q["period"], None, None
    if not dated:
        return None, None, None
    # the nearest resolved date in the sentence, preferring one after the figure in its clause
    d = min(dated, key=lambda d: min(abs(d["start"] - q["end"]), abs(q["start"] - d["end"])))
    return d["text"], d["value"], d["start"]


def _context(anchor, q: dict) -> str:
    """The words a measure is recognised from: the counted phrase and the clause governing
    the figure (its nearest verb's subtree)."""
    if anchor is None:
        return q.get("counted") or ""
    verb = next((t for t in _walk(anchor) if t.pos_ in ("VERB", "AUX")), anchor.sent.root)
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp"):
        verb = verb.head  # '... accommodated in hotels - costing the taxpayer £8m': the clause it modifies
    toks = list(verb.subtree)
    span = anchor.doc[toks[0].i:toks[-1].i + 1]
    return f"{q.get('counted') or ''} {span.text}"


def _place(q: dict, anchor, mentions: _Mentions, measure: stat.Measure | None, source: str | None,
           country_of=None) -> str | None:
    if measure is not None and measure.default_place:
        return measure.default_place
    if q.get("entity_id"):
        if mentions.label_of.get(q["entity_id"]) in PLACE_LABELS:
            return q["entity_id"]
    if anchor is None:
        return None
    verb = next((t for t in _walk(anchor) if t.pos_ in ("VERB", "AUX")), anchor.sent.root)
    toks = list(verb.subtree)
    places = []
    for m in mentions.within(toks[0].idx, toks[-1].idx + len(toks[-1].text)):
        if m.entity_id and m.label in PLACE_LABELS:
            places.append(m)
        elif country_of is not None and m.text.split():
            c = country_of(m.text.split()[0])  # 'Spanish border guards' → Spain
            if c:
                places.append(Span(m.start, m.end, c, "GPE", m.text))
    after = [m for m in places if m.start >= q["end"]]
    before = [m for m in places if m.end <= q["start"]]
    for m in (*after, *reversed(before)):
        return m.entity_id
    return None


def claims_for(doc, text: str, quantities: list[dict], quotes: list[dict], mentions, publisher_entity: str | None,
               voice_entity: str | None = None, publisher_text: str | None = None, dates: list[dict] | None = None,
               vocabulary: tuple[stat.Measure, ...] | None = None, country_of=None,
               published: str | None = None, ref=None) -> tuple[list[dict], list[dict]]:
    """Claims and claim links of one document (rows without doc_id).

    ``doc``: the spaCy Doc of ``text``; ``quantities``/``quotes``/``dates``: that document's
    rows; ``mentions``: ``Mention`` objects or ``mentions`` rows; ``publisher_entity``: the
    publisher's entity id (None if not in the reference table); ``voice_entity``: whom the
    document's unattributed statements speak for (a legislature's record → the government),
    defaulting to the publisher; ``publisher_text``: the publisher as written (the source text
    of the document's own voice); ``country_of``: word → country entity id for a demonym
    opening an organisation's name (see :func:`demonym_lookup`); ``published``: the document's
    date (YYYY-MM-DD), after which a figure's period makes it a projection."""
    if spans.text(doc) != text:
        raise ValueError("claims_for: doc.text differs from text; offsets would not refer to the same string")
    vocabulary = stat.load_vocabulary() if vocabulary is None else vocabulary
    ments = _Mentions(mention_spans(doc, mentions))
    quote_index = _Quotes(quotes or [])
    voice = _Voice(publisher_entity, voice_entity, publisher_text)
    voice.turns = Turns(text, ments)
    voice.self_names = _self_names(publisher_text) if publisher_text else set()
    # a release naming its publisher in its opening ("WASHINGTON — U.S. Customs and Border Protection today
    # released ..."): "the agency" after it, with no other body to stand for, is the publisher
    named = text.find(re.sub(r"\s*\([^)]*\)\s*$", "", publisher_text), 0, OPENING_CHARS) if publisher_text else -1
    voice.named_at = named
    # a public body's document (a court, a committee, an audit office, a statistics office) cites its
    # own figures when it names no one ("The latest available data show ..."), as a department does
    voice.official = voice.official or bool(voice.self_names & BODY_NOUNS) or bool(
        re.search(r"\bstatisti|\beurostat\b", publisher_text or "", re.I))
    own = {voice.voice, voice.publisher}
    by_sentence: dict[int, list[dict]] = {}  # a claim's period is read from its own sentence's dates
    for d in dates or []:
        by_sentence.setdefault(d.get("sentence"), []).append(d)
    dates = by_sentence
    rows = []
    for q in sorted(quantities, key=lambda r: (r["start"], r["end"])):
        if q.get("kind") == "duration":
            continue
        if text[q["start"]:q["end"]] != q["text"]:
            raise ValueError(f"claims_for: quantity {q['text']!r} does not match the text at {q['start']}:{q['end']}")
        anchor = _anchor(doc, q["start"], q["end"])
        source, source_text, source_kind, src_cue = _source(doc, q, anchor, quote_index, ments, voice, text)
        if source_kind in ("reporting_verb", "according_to", "quote") and anchor is not None:
            voice.last = (source, source_text, anchor.sent.start)
            voice.last_cue = src_cue or ""
            if source_kind == "reporting_verb" and _names_poll(src_cue):  # "the poll found"
                mark_evidence(voice, (source, source_text), anchor.sent)
        is_own = (source_kind in ("document", "parliamentary_question", "turn") or (source is not None and source in own)
                  or _publishers_own(source_text, publisher_text))
        status, cues = status_of(q, anchor, source_kind, is_own)
        if source_kind in ("reporting_verb", "according_to") and _publishers_own(source_text, publisher_text):
            # the publisher's own poll or unit, named with its name: the document's own voice (round 7)
            source, source_kind = voice.voice, "document"
        if status == "stated" and src_cue == OWN_FIGURES_CUE:
            # a statistics office's "according to provisional estimates" (its own figures): estimated
            by_estimates = according_to_estimates(anchor)
            if by_estimates:
                status, cues = "estimated", [by_estimates]
        period, period_value, period_start = _period(q, anchor, dates)
        when = (period, period_value, period_start)
        if q.get("period") and any(d["text"] == q["period"] and d.get("granularity") in ("duration", "frequency")
                                   for d in dates.get(q.get("sentence"), ())):
            # a rate's "a month" is no time of the figure: its sentence's date is ("up to 15 detainees a month
            # could be moved ... next year"; round 4)
            when = _period({**q, "period": None}, anchor, dates)
            if not re.search(r"\b(?:next|coming|following)\b|\b\d{4}\b", when[0] or ""):
                when = (period, period_value, period_start)  # (only a date plainly ahead or of a year, not "until May")
        if (status != "disputed" and status != "projected" and after_publication(when[1], published)
                and _own_period({**q, "period": None} if when[0] != period else q, anchor, when[2])
                and not starting_value(anchor, q)):
            status, cues = "projected", [when[0]]
        measure = stat.match_measure(q.get("kind") or "", _context(anchor, q), vocabulary)
        measure_name = measure.measure if measure else stat.fallback_measure(q.get("kind") or "", q.get("unit"))
        place = _place(q, anchor, ments, measure, source, country_of)
        rows.append(dict(
            claim_id=f"c{q['start']}", start=q["start"], end=q["end"], text=q["text"], value=q.get("value"),
            unit=q.get("unit"), counted=q.get("counted"), qualifier=q.get("qualifier") or "exact",
            period=period, period_value=period_value, place=place, source=source, source_text=source_text,
            source_kind=source_kind, status=status, cue="|".join(dict.fromkeys([*([src_cue] if src_cue else []), *cues])) or None,
            statistic=stat.key(measure_name, place, period_value), measure=measure_name,
            sentence=q.get("sentence") if q.get("sentence") is not None else (anchor.sent.start if anchor is not None else 0),
            _anchor=anchor,
        ))
    foreign_government(rows, ments.spans, ref)  # "The government said" in a story about another country (round 6)
    links = links_for(doc, text, rows)
    for r in rows:
        r.pop("_anchor")
    return rows, links


def demonym_lookup(ref):
    """word → country entity id when the word is a country's demonym in the reference table."""
    def country_of(word: str) -> str | None:
        hit = ref.lookup(word)
        if hit and hit[1] and hit[0].kind == "country":
            return hit[0].entity_id
        return None
    return country_of


def voice_of(publisher: str | None, ref) -> tuple[str | None, str | None]:
    """(publisher entity id, voice entity id), by the DocContext's publisher rules (for callers
    that have a publisher string but no context, such as tests and notebooks)."""
    from ..extract.context import DocContext

    ctx = DocContext(None, ref, None, publisher)  # publisher_entity and voice never read the Doc
    e = ctx.publisher_entity
    return (e.entity_id if e is not None else None), ctx.voice


def extract(ctx) -> list[dict]:
    """The claims of one DocContext (the registry's entry point for ``claims``)."""
    e = ctx.publisher_entity
    publisher_entity = e.entity_id if e is not None else None
    return claims_for(ctx.doc, ctx.text, ctx.results["quantities"], ctx.results["quotes"], ctx.mentions,
                      publisher_entity, ctx.voice, ctx.publisher, ctx.results.get("dates"),
                      country_of=demonym_lookup(ctx.ref), published=ctx.published, ref=ctx.ref)[0]


def extract_links(ctx) -> list[dict]:
    """The claim links of one DocContext, from its claims (the entry point for ``claim_links``)."""
    return links_for(ctx.doc, ctx.text, ctx.results["claims"])
