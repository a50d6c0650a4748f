"""Declared schemas of the claims tables (column, dtype, meaning), in the style of
``dossier.schema``; registered there so writers and ``data/README.md`` pick them up."""

from __future__ import annotations



from ..schema import B, F, I, S
from ..schema import _t as _table  # a processed-stage table, collected by the registries



STATUSES = ("stated", "attributed", "estimated", "hedged", "disputed", "projected")
RELATIONS = ("part_of_whole", "change", "rate")

CLAIMS = _table(
    "claims",
    "One row per stated figure (built on `quantities`): who asserts it, how firmly, and the "
    "normalised statistic it measures; `documents.text[start:end]` is the quantity's text.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("claim_id", S, "Identifier within the document ('c' + start offset); (doc_id, claim_id) is unique.", False),
    ("start", I, "Offset of the quantity's first character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The quantity as written.", False),
    ("value", F, "The number (empty for a vague amount)."),
    ("unit", S, "Unit of the quantity (currency code, percent, counted noun)."),
    ("counted", S, "What is counted or what the money is for."),
    ("qualifier", S, "exact, approximately, more_than, less_than, only or vague.", False),
    ("period", S, "The period as written (the quantity's own period, else the nearest date in its sentence)."),
    ("period_value", S, "The period resolved (ISO 8601 / EDTF, from `dates`); empty when unknown."),
    ("place", S, "The place the figure is about (entity id): the measure's default place, the figure's actor if a place, else the nearest place named in its clause."),
    ("source", S, "Who asserts it (entity id): the quote's speaker, the subject of the reporting verb ('Greece said'), 'according to X', else the document's own voice (publisher / author body)."),
    ("source_text", S, "The words naming the source ('Greece', 'a man from the town'), or the publisher string for the document's own voice."),
    ("source_kind", S, "quote, reporting_verb, according_to, document (the document's own voice), parliamentary_question or turn (the speaker of a debate turn: 'Name (Seat) (Party): ...').", False),
    ("status", S, "stated (the source says it), attributed (the document reports another source), estimated ('about', 'it is estimated'), hedged ('could', 'reportedly'), disputed ('denied', 'claimed') or projected (future, plan, target, expectation).", False),
    ("cue", S, "The words that decided the status and source, '|'-separated."),
    ("statistic", S, "Normalised key measure/place/period (see src/dossier/claims/statistic.py and data/reference/statistic_vocabulary.csv).", False),
    ("measure", S, "The measure part of `statistic`.", False),
    ("sentence", I, "Sentence number.", False),
)

CLAIM_LINKS = _table(
    "claim_links",
    "Pairs of claims read together: a part of a whole ('12 of about 40'), a change ('from "
    "£400,000 to £2m', 'a 40% increase'), a rate ('£5m per day'); derived figures are flagged.",
    ("doc_id", "claim_id", "relation", "other_claim_id"),
    ("doc_id", S, "Document.", False),
    ("claim_id", S, "The claim (the part; the later value of a change; the rate).", False),
    ("relation", S, "part_of_whole, change or rate.", False),
    ("other_claim_id", S, "The other claim (the whole; the earlier value); empty for a change or rate stated by one figure."),
    ("evidence", S, "Why: the words linking them ('had been expected', 'from ... to', 'per day').", False),
    ("derived_value", F, "A figure computed from the pair, not stated in the text: part/whole as a percentage, the factor of a change, a daily rate times 365."),
    ("derived_unit", S, "Unit of the derived figure: percent, factor, or the rate's unit per year."),
    ("derived_text", S, "The derived figure as shown ('30%', '×7.1', '£2.9bn a year')."),
    ("derived", B, "True: the derived figure is computed here, not stated in the document.", False),
    ("sentence", I, "Sentence of the claim.", False),
)

CLAIM_GROUPS = _table(
    "claim_groups",
    "Claims of the same measure and place across documents, with the differences spelled out "
    "(period, qualifier, rounding, value).",
    ("group", "doc_id", "claim_id"),
    ("group", S, "measure/place: the statistic key without its period.", False),
    ("doc_id", S, "Document of the claim.", False),
    ("claim_id", S, "The claim.", False),
    ("statistic", S, "The claim's full key.", False),
    ("value", F, "The claim's value."),
    ("qualifier", S, "The claim's qualifier.", False),
    ("period_value", S, "The claim's resolved period."),
    ("source", S, "Who asserts it."),
    ("status", S, "How firmly.", False),
    ("n_claims", I, "Claims in the group.", False),
    ("n_sources", I, "Distinct sources in the group.", False),
    ("compared_with", S, "The claim it is compared with (doc_id:claim_id): the group's other claim with the fewest differences."),
    ("agreement", S, "same, or the kinds of difference joined by '+': period, qualifier, rounding (equal once rounded to the coarser precision), value.", False),
    ("difference", S, "The differences, in words ('period 2022 vs FY2022-23; qualifier more_than vs exact'); empty when the same."),
)

CLAIM_CHECKS = _table(
    "claim_checks",
    "Claims matched to the official record (`data/reference/statistics.csv`) by measure and "
    "place, with the official value, the difference and the verdict.",
    ("doc_id", "claim_id", "record_id"),
    ("doc_id", S, "Document.", False),
    ("claim_id", S, "The claim.", False),
    ("statistic", S, "The claim's key.", False),
    ("record_id", S, "The official figure (`statistics.record_id`).", False),
    ("claim_value", F, "The claim's value."),
    ("qualifier", S, "The claim's qualifier.", False),
    ("official_value", F, "The official value.", False),
    ("difference", F, "claim_value - official_value."),
    ("relative_difference", F, "difference / official_value."),
    ("period_match", S, "same, overlapping (at least half of the shorter period in common: calendar 2022 and FY2022-23), or unknown (the claim has no period); figures of a different period are not compared.", False),
    ("verdict", S, "consistent (same period and within rounding, given the qualifier), inconsistent (same period, outside rounding), other_period (values compared but periods differ or are unknown).", False),
    ("rule", S, "The rounding rule applied, in words.", False),
)

STATISTICS = _table(
    "statistics",
    "Reviewed official figures (data/reference/statistics.csv); every row has a URL and a verification note.",
    ("record_id",),
    ("record_id", S, "Identifier of the row.", False),
    ("statistic", S, "Normalised key measure/place/period.", False),
    ("value", F, "The official value.", False),
    ("unit", S, "GBP, people, ...", False),
    ("period", S, "The period the figure covers (ISO / EDTF; FY as YYYY-04/YYYY-03).", False),
    ("publisher", S, "Who publishes the figure.", False),
    ("series", S, "Table, series or document identifier.", False),
    ("url", S, "Where it is published.", False),
    ("release_date", S, "When it was published (YYYY-MM-DD).", False),
    ("verification", S, "How the value was checked against the published source.", False),
)
