"""Quotations and who they are attributed to.

Quote marks are paired by a small state machine that knows how news text uses them: curly
and straight double quotes, single curly quotes for headline scare quotes, a quotation that
runs over several paragraphs (each paragraph reopens it, with a curly or a straight mark; only
the last one closes it), and a
quotation left open at the end of an excerpt (it ends with its paragraph and is flagged
``closed=False``; the rest of the document is still read).

Each quote gets a speaker from the parse: the subject of the speech verb that governs it
("the British government said"), stands next to it ("…,” said the minister", also after a
quotation of several sentences, and when the parser gave the verb no subject: "“…,” Trump
barked"), or introduces it with a colon, possibly at the end of the previous paragraph
("Diana Johnson said:"); "Y quoted X as saying"; "according to X"; else the subject of the
verb the quotation hangs from when it names someone ("Clinton decried the GOP for “…”").
A quotation with no attribution of its own that opens its sentence continues the previous
quotation's voice ("“A,” X said. “B.”", or the next paragraph), unless someone else became
the subject of a sentence in between; or is the words of whoever spoke in the sentence right
before it ("Schiff said. “…”", "He said the plan failed. “…”"). A name signing a quotation
after a dash ("“…” ― Carla Sanchez"), a name or clause introducing it with a colon ("Jeffrey M.
Jones: “…”", "Sanders delivered a snappy retort: “…”") and a transcript's turn ("“PENCE: …")
name the speaker too; each turn of a quoted transcript is a quotation of its own. Pronouns
and role nouns ("he", "the minister") resolve to the latest one who spoke (:class:`Voices`;
"she" not to a man's name), not to a name inside a quotation; a title noun ("the minister", "the Home Secretary") first to
the latest person named with that title, and an unnamed spokesperson or official keeps its words
with the body's entity (:mod:`.speaker_roles`); a name that only modifies the speaker ("Ryan's
spokeswoman") is not the speaker. In a parliamentary record (paragraphs opening with speaker
headings: "The Minister for Immigration (Mr Jane Roe):", "Jane Roe (Northtown) (Lab):", "Mr
Roe:") the heading's name is not a subject in its turn, and a quotation's speaker written as a
form of address is the member meant: "my hon. Friend the Member for Northtown" the member with that
seat, "the right hon. Gentleman" the member before this turn's speaker, "the Minister" the latest
member with that title, "I" the turn's speaker. The turns themselves are not quotations (a
record's speeches are the document's text; tests/gold has none). ``kind`` says how the words are used: ``direct`` (reported
words), ``scare`` (a term held at a distance: “centre of excellence”, ‘disrupt’) or
``accusation`` (a charge reported without who makes it: accused of “lawyer-bashing”).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..schema import B, F, I, S, _t
from . import spans
from .context import DocContext
from .resolve import Resolver
from .voices import Voices
from .attribution import attribute, inside_marks, is_speech, label_at, speech_subject, voice_changed, window
from .speaker_roles import Titles, speaker_of
from .speaker_signs import colon_introducer, dash_signature
from .lexicon import SPEECH_VERBS, NAMING_VERBS, REPORTING_VERBS, ACCUSATION_CUES, FIRST_PERSON, PRONOUN_LABELS

OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
# A speaker's turn in a quoted transcript: "“PENCE: Well, look, …", "RAMOS: Secretary Clinton, …".
TURN = re.compile(r"(?:[A-Z][A-Z.’'-]+ ){0,3}[A-Z][A-Z.’'-]+(?=:\s)")
# A parliamentary record's speaker heading at the start of a paragraph: "The Minister for
# Immigration (Mr Jane Roe):", "Jane Roe (Northtown) (Lab):", "Mr Roe:" (see ``speaker_headings``).
_HON = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl|Professor)\.?"
_NAME = r"[A-Z][\w’'.-]*(?: (?:of |de |van |von |du |le |la )?[A-Z][\w’'.-]*){0,4}"
HEADING = re.compile(rf"(?:\d+\.\s+)?(?:(?P<title>The [A-Z][^():\n]{{2,150}}?) \((?P<n1>(?:{_HON} )?{_NAME})\)"
                     rf"|(?P<n2>(?:{_HON} )?{_NAME}) \((?P<seat>[^()\n]{{2,60}})\)(?: \([^()\n]{{1,30}}\))?"
                     rf"|(?P<n3>{_HON} {_NAME})|(?P<n4>{_NAME})):\s+(?=\S)")
# The same heading as a republisher prints it, on a line of its own before the speech: "Jane Roe
# Portrait The Minister for Immigration (Jane Roe)" then "- Hansard -".
PORTRAIT = re.compile(rf"[^\n]{{0,80}}? Portrait (?:(?P<title>The [^()\n]{{2,150}}?) \((?P<n1>(?:{_HON} )?{_NAME})\)"
                      rf"|(?P<n2>(?:{_HON} )?{_NAME})(?: \((?P<seat>[^()\n]{{2,60}})\))?(?: \([^()\n]{{1,30}}\))?)[ \t]*(?:\n|$)")
PLAIN_HON = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? ")
# Forms of address in a debate for the member spoken to: "the right hon. Gentleman", "my hon. Friend".
SEAT = re.compile(r",? (?:the (?:right )?(?:hon\. )?)?Member for ([A-Z][^,.;:()\n]{1,60})", re.I)
ADDRESS = re.compile(r"\bhon(?:ourable|\.)?(?: and (?:learned|gallant))? (?:gentleman|lady|friend|member)s?\b")
@dataclass
class RawQuote:
    open: int  # index of the opening mark
    start: int  # first character of the words
    end: int  # after the last character of the words
    closed: bool
    paragraphs: int = 1


QUOTES = _t(
    "quotes",
    "Quoted words and who they are attributed to; `documents.text[start:end] == quote` (the words, without the marks).",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first quoted character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("quote", S, "The quoted words (across paragraphs for a quotation that runs on).", False),
    ("speaker", S, "The words naming the speaker: a name, a role noun as written ('the minister', whose person is speaker_entity_id when the text names them), or a pronoun's antecedent; empty when unattributed."),
    ("speaker_entity_id", S, "The speaker's entity, when it is one."),
    ("speaker_start", I, "Offset of the speaker text."),
    ("speaker_end", I, "End offset of the speaker text."),
    ("cue", S, "What attributes it: the speech verb's lemma (say, call, state, announce ...), 'according to', '(continues)' for a following quote paragraph or words after a sentence in which their speaker spoke, ':' for a name or clause introducing it with a colon, '(signed)' for a name after a dash, '(transcript)' for a transcript's 'NAME:' turn, or the accusation word."),
    ("kind", S, "direct (reported words), scare (a term held at a distance) or accusation (a charge reported without who makes it).", False),
    ("closed", B, "False when the quotation is never closed (an excerpt that stops mid-quote).", False),
    ("sentence", I, "Sentence where the quote starts.", False),
)


def find_quotes(text: str, paras: list[tuple[int, int]] | None = None) -> list[RawQuote]:
    """Pair quote marks paragraph by paragraph (see module docstring)."""
    paras = spans.para_bounds(text) if paras is None else paras
    quotes: list[RawQuote] = []
    open_q: RawQuote | None = None
    for pi, (ps, pe) in enumerate(paras):
        para = text[ps:pe]
        i = 0
        while i < len(para):
            ch = para[i]
            pos = ps + i
            prev = para[i - 1] if i else " "
            nxt = para[i + 1] if i + 1 < len(para) else " "
            if ch in OPEN_DOUBLE or (ch == '"' and open_q is None and not nxt.isspace()):
                if open_q is not None and ch in OPEN_DOUBLE:
                    if i == 0 and open_q.end < ps and not TURN.match(para, 1):  # goes on in a new paragraph
                        open_q.paragraphs += 1
                        i += 1
                        continue
                    open_q.end, open_q.closed = pos, False  # an unclosed quote before this one
                    quotes.append(open_q)
                open_q = RawQuote(pos, pos + 1, -1, True)
            elif ch == '"' and i == 0 and open_q is not None and open_q.end < ps:
                if TURN.match(para, 1):  # the next speaker's turn of a transcript: a quotation of its own
                    open_q.closed = False
                    quotes.append(open_q)
                    open_q = RawQuote(pos, pos + 1, -1, True)
                else:
                    open_q.paragraphs += 1  # a straight mark reopening the quotation in a new paragraph
            elif (ch in CLOSE_DOUBLE or ch == '"') and open_q is not None:
                open_q.end = pos
                quotes.append(open_q)
                open_q = None
            elif ch == "‘" and open_q is None and (prev.isspace() or prev in "([—–-") and nxt.isalnum():
                close = _single_close(para, i + 1)
                if close is not None:
                    quotes.append(RawQuote(pos, pos + 1, ps + close, True))
                    i = close
            i += 1
        if open_q is not None:
            nxt_para = text[paras[pi + 1][0]:paras[pi + 1][0] + 1] if pi + 1 < len(paras) else ""
            if nxt_para and (nxt_para in OPEN_DOUBLE or nxt_para == '"'):
                open_q.end = pe  # provisional: continues in the next paragraph
                continue
            open_q.end, open_q.closed = pe, False
            quotes.append(open_q)
            open_q = None
    out = []
    for q in quotes:
        end = q.end
        while end > q.start and text[end - 1] in " \n\t":
            end -= 1
        if end > q.start:
            q.end = end
            out.append(q)
    return out


def _single_close(para: str, start: int) -> int | None:
    """The closing ’ of a ‘single quote’: followed by a non-letter, within 12 words."""
    words = 0
    for j in range(start, min(len(para), start + 120)):
        c = para[j]
        if c == " ":
            words += 1
            if words > 12:
                return None
        if c == "’" and (j + 1 >= len(para) or not para[j + 1].isalpha()) and para[j - 1] != " ":
            return j
        if c in ".!?" and j + 1 < len(para) and para[j + 1] == " " and words > 3:
            return None
    return None


def extract(ctx: DocContext) -> list[dict]:
    """Quote rows. ``ctx.author`` is (name, entity_id) of the body whose own voice the document is
    (a department's press release): its unattributed scare quotes are its terms."""
    doc, text, author = ctx.doc, ctx.text, ctx.author
    bounds = ctx.para_bounds
    raw = find_quotes(text, bounds)
    res = Resolver(doc, ctx.mentions, quoted=[(q.start, q.end) for q in raw])
    inside = inside_marks(doc, raw)
    voices = Voices(res, inside, Titles(res, inside))
    turns = speaker_headings(doc, res, text, bounds)
    blocked = list(inside)  # a heading's name is nobody's subject in the turn it opens
    for t in turns:
        hs = doc.char_span(t["start"], t["body"], alignment_mode="expand")
        for i in range(hs.start, hs.end) if hs is not None else ():
            blocked[i] = True
    turn_starts = [t["start"] for t in turns]
    para_starts = [a for a, _ in bounds]
    sent_starts = spans.sentence_starts(doc)
    sents = spans.sentences(doc)
    rows = []
    previous: tuple | None = None  # (speaker tuple, paragraph, token after the quote, entity arg)
    for q in raw:
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        s_idx = bisect.bisect_right(sent_starts, q.start) - 1
        sent = sents[s_idx]
        q_para = bisect.bisect_right(para_starts, q.open) - 1
        # a quotation of several sentences hangs from the verb that introduces its first one
        span = doc.char_span(q.start, min(q.end, sent.end_char), alignment_mode="expand") or span
        words = len(text[q.start:q.end].split())
        has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in span)
        speaker = None
        # accusation: "accused of “...”", "accusations of “...”"
        before = doc[max(sent.start, span.start - 5):span.start]
        accused = next((t for t in before if t.lemma_ in ACCUSATION_CUES), None)
        pool = window(q, sents, sent_starts, text)
        whole = doc.char_span(q.start, q.end, alignment_mode="expand")
        signed = dash_signature(res, q, text, whole.end, inside)  # "“…” ― Carla Sanchez" outweighs the parse
        cue_tok, subj = (None, signed) if signed is not None else attribute(q, span, pool, blocked, text, whole.end, res)
        cue = cue_tok.lemma_ if cue_tok is not None else ("(signed)" if signed is not None else None)
        if subj is not None:
            speaker = speaker_of(res, subj, voices)
            if cue_tok is not None and not is_speech(cue_tok) and res.at.get(subj.i) is None \
                    and subj.lower_ not in PRONOUN_LABELS:
                speaker, cue = None, None  # a plain verb's subject only when it names someone
        if speaker is None:
            for s in pool:  # "according to X"
                for t in s:
                    if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to" and not inside[t.i] \
                            and (t.sent.start_char < q.end or not text[q.end:t.idx].strip(" ,.”\"’")):
                        # a sentence after the quotation speaks of it only from its first words
                        obj = next((g for g in doc[t.i + 1].children if g.dep_ == "pobj"), None)
                        if obj is not None:
                            cue, speaker, subj = "according to", speaker_of(res, obj, voices), obj
                            break
                if speaker is not None:
                    break
        if speaker is None:
            subj = colon_introducer(res, voices, q, text, inside)
            if subj is not None:
                cue, speaker = ":", speaker_of(res, subj, voices)
        if speaker is None and q.open > 0:
            para_start = text.rfind("\n\n", 0, q.open)
            opens_para = para_start != -1 and para_start + 2 == q.open
            lead = text[sent.start_char:q.open].strip(" \n\t—–-")
            if opens_para and text[:para_start].rstrip().endswith(":"):
                # introduced at the end of the previous paragraph: "Diana Johnson said:"
                prev = sents[max(0, bisect.bisect_right(sent_starts, para_start) - 1)]
                v = next((t for t in reversed(prev) if t.lemma_ in SPEECH_VERBS or is_speech(t)), None)
                if v is not None and speech_subject(v) is not None:
                    subj = speech_subject(v)
                    cue, speaker = v.lemma_, speaker_of(res, subj, voices)
            elif previous is not None and not lead and (previous[1] == q_para or (opens_para and previous[1] == q_para - 1)) \
                    and not voice_changed(doc, res, inside, previous[2], span.start, previous[0][1]):
                # the next quotation of the same voice: "“A,” X said. “B.”", or a quote
                # paragraph right after a quoted paragraph
                cue, speaker = "(continues)", previous[0]
            elif not lead and s_idx > 0 and sents[s_idx - 1].start_char >= (para_starts[q_para - 1] if q_para > 0 else 0):
                # words right after a sentence in which someone named spoke: "Schiff said. “…”",
                # "Carter said that … ¶ “That’s because …”"
                said = voices.said_in(sents[s_idx - 1].start, sents[s_idx - 1].end, ("PERSON", "ORG"))
                if said is not None:
                    subj = doc[said[0]]
                    cue, speaker = "(continues)", (said[1].text, said[1].entity_id, said[1].start, said[1].end)
                else:  # "… , he said. “…”"
                    v = next((t for t in reversed(sents[s_idx - 1]) if not inside[t.i] and is_speech(t)), None)
                    subj = speech_subject(v) if v is not None else None
                    if subj is not None and subj.lower_ in PRONOUN_LABELS and subj.pos_ == "PRON" and not inside[subj.i]:
                        cue, speaker = "(continues)", speaker_of(res, subj, voices)
                    else:
                        subj = None
        k = bisect.bisect_right(turn_starts, q.open) - 1
        if k >= 0 and turns[k]["body"] <= q.open and subj is not None:  # in a debate: who "the hon. Lady" is
            speaker = _addressed(turns, k, subj, text) or speaker
        turn = TURN.match(text, q.start)
        if turn is not None and turn.end() < q.end:  # a transcript's turn names its speaker
            m = res.at.get(span.start)
            cue, subj = "(transcript)", None
            speaker = (turn.group(), m.entity_id if m is not None and m.label == "PERSON" else None, q.start, turn.end())
        naming = cue in NAMING_VERBS
        if accused is not None and (speaker is None or cue in ACCUSATION_CUES):
            kind = "accusation"
            if cue in ACCUSATION_CUES and speaker is None:
                cue = accused.lemma_
        elif (words == 1 or (words <= 4 and not has_verb)) and not naming and cue not in REPORTING_VERBS:
            kind = "scare"  # a term, unless a verb of saying reports it ("said the plan was “working”")
        else:
            kind = "direct"
        if kind == "accusation" and cue is None:
            cue = accused.lemma_
        if kind == "scare" and speaker is None and author is not None:
            cue, speaker = "(publisher)", (author[0], author[1], None, None)
        sp_text, sp_id, sp_start, sp_end = speaker or (None, None, None, None)
        rows.append(dict(start=q.start, end=q.end, quote=text[q.start:q.end], speaker=sp_text,
                         speaker_entity_id=sp_id, speaker_start=sp_start, speaker_end=sp_end, cue=cue,
                         kind=kind, closed=q.closed, sentence=s_idx))
        if speaker is not None and subj is not None:
            named = voices.named(doc[res.at[subj.i].end - 1] if subj.i in res.at else subj)
            voices.add(subj.i, label_at(res, doc, sp_start, sp_end) or (named.label if named else None), speaker)
        previous = (speaker, q_para, whole.end) if speaker and cue != "(publisher)" else None
    rows.extend(_unmarked_quotes(doc, res, rows, sents, sent_starts, bounds))
    rows.sort(key=lambda r: r["start"])
    return rows


def speaker_headings(doc: Doc, res: Resolver, text: str, bounds) -> list[dict]:
    """The speaker headings of a parliamentary record, one per turn: ``start`` (the paragraph),
    ``body`` (first character after the colon), ``title`` ("The Minister for Immigration"),
    ``seat`` (the constituency in parentheses) and ``speaker`` (text, entity, start, end). A
    heading is a name with a title or a seat in parentheses, or an honorific with a name; a bare
    name ("Jane Roe:") only once that member has had such a heading; or the republisher's line "Jane
    Roe Portrait The Minister … (Jane Roe)" (the speech is the paragraphs after it). A document with fewer than
    two headings is not a record of a debate: none are read. One regex match per paragraph."""
    turns, known = [], {}
    for ps, pe in bounds:
        h = HEADING.match(text, ps, pe)
        portrait = h is None and "Portrait" in text[ps:min(pe, ps + 120)]
        h = PORTRAIT.match(text, ps, pe) if portrait else h
        if h is None:
            continue
        key = next(k for k in ("n1", "n2", "n3", "n4") if k in h.re.groupindex and h.group(k))
        a, b = h.span(key)
        name = text[a:b]
        plain = PLAIN_HON.match(name)
        last = name.split()[-1].lower()
        if key == "n4" and name.lower() not in known and last not in known:
            continue
        span = doc.char_span(a, b, alignment_mode="expand")
        m = next((res.at[t.i] for t in reversed(span) if t.i in res.at and res.at[t.i].label == "PERSON"), None) \
            if span is not None else None
        if m is not None:
            who = (doc[m.start:m.end].text, m.entity_id, doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1]))
        elif known.get(name.lower()) or known.get(last):
            who = known.get(name.lower()) or known[last]
        else:
            a = a + plain.end() if plain else a  # "Mr Jane Roe" is Jane Roe
            who = (text[a:b], None, a, b)
        if len(name.split()) - (1 if plain else 0) >= 2 or last not in known:
            known[last] = known[name.lower()] = who
        turns.append(dict(start=ps, body=pe if portrait else h.end(), title=h.group("title") or "",
                          seat=(h.group("seat") or "").lower(), speaker=who, strong=portrait))
    return turns if sum(1 for t in turns if t["title"] or t["seat"] or t["strong"]) >= 1 and len(turns) >= 2 else []


def _addressed(turns: list[dict], k: int, subj, text: str):
    """Who a speaker phrase stands for in turn ``k`` of a debate: "the hon. Member for Northtown"
    is the member with that seat; "the right hon. Gentleman", "my hon. Friend" the latest member
    before this turn other than its speaker; "the Minister" (a word of a heading's title) the
    latest member with that title; "I" the turn's own speaker. At most 20 turns back (a seat: the
    record's turns, few per document)."""
    own = turns[k]["speaker"]
    low = subj.lower_
    if low == "i":
        return own
    before = text[max(0, subj.idx - 24):subj.idx + len(subj)].lower()
    back = turns[max(0, k - 20):k][::-1]
    if ADDRESS.search(before):
        seat = SEAT.match(text, subj.idx + len(subj))  # "my hon. Friend the Member for Northtown"
        if seat is not None:
            hit = next((t for t in turns if t["seat"] and seat.group(1).lower().startswith(t["seat"])), None)
            if hit is not None:  # the member with that seat, wherever the record has their heading
                return hit["speaker"]
        return next((t["speaker"] for t in back if t["speaker"][0] != own[0]), None)
    if subj.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "the" for c in subj.children):
        return next((t["speaker"] for t in [turns[k]] + back
                     if re.search(rf"\b{re.escape(subj.text)}\b", t["title"], re.I)), None)
    return None


def _unmarked_quotes(doc: Doc, res: Resolver, marked: list[dict], sents, sent_starts, bounds) -> list[dict]:
    """Official releases print statements without quotation marks: "Steve Dann, ..., said:"
    at the end of a paragraph, then the words as paragraphs of their own. The first such
    paragraph is the quote, and the next ones while they still speak in the first person."""
    text = spans.text(doc)
    taken = sorted((r["start"], r["end"]) for r in marked)
    taken_starts = [a for a, _ in taken]

    def overlaps_marked(qs: int, qe: int) -> bool:
        k = bisect.bisect_left(taken_starts, qe)  # quotes starting before qe; the nearest ones decide
        return any(taken[i][1] > qs for i in range(max(0, k - 2), k))
    rows = []
    for i, (ps, pe) in enumerate(bounds[:-1]):
        para = text[ps:pe].rstrip()
        if not para.endswith(":"):
            continue
        last = sents[bisect.bisect_right(sent_starts, ps + len(para) - 1) - 1]
        verb = next((t for t in reversed(last) if t.lemma_ in SPEECH_VERBS and t.pos_ in ("VERB", "AUX")), None)
        subj = speech_subject(verb) if verb is not None else None
        if subj is None:
            continue
        speaker = speaker_of(res, subj)
        for j in range(i + 1, len(bounds)):
            qs, qe = bounds[j]
            words = text[qs:qe]
            if not words.strip() or words.lstrip()[:1] in "“\"‘'" or overlaps_marked(qs, qe):
                break
            if j > i + 1 and (words.rstrip().endswith(":") or not FIRST_PERSON & {w.lower().strip(".,;") for w in words.split()}):
                break
            rows.append(dict(start=qs, end=qe, quote=words, speaker=speaker[0], speaker_entity_id=speaker[1],
                             speaker_start=speaker[2], speaker_end=speaker[3], cue=verb.lemma_, kind="direct",
                             closed=True, sentence=bisect.bisect_right(sent_starts, qs) - 1))
            if words.rstrip().endswith(":"):
                break
    return rows


