"""The two tables text reuse writes, declared like every other table (``dossier.schema``):
``reuse`` (one row per aligned passage, exact in both texts) and ``lineage`` (one row per
document and source: how much of the document came from where)."""

from __future__ import annotations


from ..schema import B, F, I, S, Column, Table  # noqa: F401
from ..schema import _t as _table  # a processed-stage table, collected by the registries


STAGE = "processed"

DIRECTIONS = ("earlier", "press_release", "wire", "same_day_undetermined", "date_unknown")
KINDS = ("verbatim", "near_verbatim", "shared_quotation")
CLASSES = ("wholly_derived", "partially_derived", "non_derived")


REUSE = _table(
    "reuse",
    "Passages of one document taken from another: `documents.text[start:end]` of `doc_id` aligns "
    "with `documents.text[source_start:source_end]` of `source_doc_id`. The source is the earlier "
    "document (see `direction`); when the order cannot be told the passage is listed in both "
    "orientations with direction same_day_undetermined or date_unknown.",
    ("doc_id", "start", "end", "source_doc_id", "source_start"),
    ("doc_id", S, "The document that contains the reused passage (the later one).", False),
    ("start", I, "Offset of the passage's first character in this document's `text`.", False),
    ("end", I, "End offset (exclusive).", False),
    ("source_doc_id", S, "The document the passage was taken from.", False),
    ("source_start", I, "Offset of the matching passage in the source's `text`.", False),
    ("source_end", I, "End offset (exclusive) in the source's `text`.", False),
    ("similarity", F, "Dice coefficient of the two passages' words under the local alignment, "
                      "content words weighted by rarity in the corpus (1.0 = the same words in the same order).",
     False),
    ("kind", S, "verbatim (same words after normalising case, punctuation and accents), near_verbatim "
                "(lightly edited or rewritten: words changed, dropped or added) or shared_quotation "
                "(the passage is inside quotation marks in both texts).", False),
    ("direction", S, "Why `source_doc_id` is the source: earlier (published before), press_release "
                     "(same day, the source is a press release or official statement), wire (same day, the "
                     "source is wire copy or the document credits a wire), same_day_undetermined or "
                     "date_unknown (order not decidable; the row also appears the other way round).", False),
    ("evidence", S, "strong (the sentence pair shares a passage of at least 5 weighted content words, or 8 "
                    "words, in the same order, with Dice similarity >= 0.55) or supported (a looser rewrite, "
                    "accepted because the same two documents share at least two strong passages and its source "
                    "sentence lies within two sentences of an accepted one). On large corpora about one "
                    "topic, keep `evidence == 'strong'` for precision (see notes/reuse.md).", False),
    ("sentence_start", I, "Start of the sentence of this document that holds the passage.", False),
    ("source_sentence_start", I, "Start of the source sentence that holds the matching passage.", False),
    ("n_words", I, "Words of this document's passage matched word for word in the source passage.", False),
    ("text", S, "This document's passage (`documents.text[start:end]`).", False),
    ("source_text", S, "The source's passage.", False),
)

LINEAGE = _table(
    "lineage",
    "Where each document's text came from: one row per document and source (and one row with an "
    "empty source for a document nothing was taken into), with the METER-style class of the "
    "document. Shares are of the document's prose characters (headline, standfirst, body; not "
    "byline, dateline or credit lines).",
    ("doc_id", "source_doc_id"),
    ("doc_id", S, "Document.", False),
    ("source_doc_id", S, "A document it took text from; empty on the row of a document with no source."),
    ("source_kind", S, "press_release, parliament, wire, outlet or other: what kind of publisher the "
                       "source is (from its publisher, credit and byline fields)."),
    ("direction", S, "earlier, press_release, wire (source decided) or same_day_undetermined / date_unknown "
                     "(shared text whose order cannot be told; not counted as derived)."),
    ("n_passages", I, "Reuse rows from this source.", False),
    ("chars", I, "Prose characters of the document covered by passages from this source.", False),
    ("share", F, "`chars` / the document's prose characters.", False),
    ("derived_share", F, "Share of the document's prose covered by passages from any decided source "
                         "(overlaps counted once).", False),
    ("undetermined_share", F, "Share covered only by passages whose direction is undetermined.", False),
    ("prose_chars", I, "The document's prose characters (the denominator).", False),
    ("meter_class", S, "wholly_derived (derived_share >= 0.8), partially_derived (>= 0.1) or "
                       "non_derived (< 0.1): the METER corpus's three classes, with these thresholds.", False),
)
