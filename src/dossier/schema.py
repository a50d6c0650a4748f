"""Declared table schemas: column, type, meaning. Checked wherever a table is written, and
rendered into ``data/README.md`` so the documentation cannot drift from the code."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str  # a pandas nullable dtype: string, Int64, Float64, boolean
    description: str
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()  # columns that identify a row; rows are written sorted by them

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _t(name: str, description: str, key: tuple[str, ...], *cols: tuple) -> Table:
    return Table(name, description, tuple(Column(*c) for c in cols), key)


S, I, F, B = "string", "Int64", "Float64", "boolean"

DOCUMENTS = _t(
    "documents",
    "One row per accepted source document. `text` is the body text that NLP sees; every "
    "character offset in every other table refers to it.",
    ("doc_id",),
    ("doc_id", S, "Stable slug of the file name; the key every other table refers to.", False),
    ("file", S, "Path of the raw file, relative to the project root (or its name if outside).", False),
    ("title", S, "Title: manifest, else front matter, else the page headline / HTML title."),
    ("url", S, "Where the document was captured from."),
    ("publisher", S, "Who published it."),
    ("published", S, "Publication date, ISO 8601 (YYYY-MM-DD); empty when unknown. Relative dates resolve against it."),
    ("licence", S, "Licence of the source text."),
    ("note", S, "Curator's note on the capture (manifest or front matter)."),
    ("section", S, "Section label of the page (e.g. 'Politics'), not part of `text`."),
    ("topic", S, "Topic suffix of the headline or topic label (e.g. 'Immigration and asylum')."),
    ("headline", S, "Headline as printed (without the topic suffix); first paragraph of `text`."),
    ("standfirst", S, "Standfirst / summary line under the headline, if any."),
    ("byline", S, "Byline (author or agency), if any."),
    ("dateline", S, "Date line printed on the page ('Updated 29 December 2023'), if any."),
    ("credit", S, "Trailing credit line ('With the Press Association'), if any."),
    ("fields", S, "JSON object of other labelled lines separated from the prose (infobox `- Key: Value`, `Key: Value` page metadata, wiki headings)."),
    ("furniture", S, "JSON list of page-furniture lines removed from the prose ('Skip to main content', navigation, 'Source link')."),
    ("text", S, "Body text given to NLP: headline, standfirst, byline, dateline, body paragraphs and credit, joined by blank lines.", False),
    ("n_paragraphs", I, "Number of paragraphs in `text`.", False),
    ("n_words", I, "Number of whitespace-separated words in `text`.", False),
    ("n_chars", I, "Length of `text` in characters.", False),
    ("format", S, "Source format: txt, md or html.", False),
    ("encoding", S, "Encoding the raw bytes were decoded with.", False),
    ("sha256", S, "SHA-256 of the raw file's bytes (the content cache key).", False),
)

INGEST_LOG = _t(
    "ingest_log",
    "One row per file seen by ingestion, accepted or not, with the reason. Nothing is dropped "
    "silently: a rejected file is here with what was wrong.",
    ("file", "status", "reason"),
    ("file", S, "Path of the file, relative to the project root (or its name if outside).", False),
    ("doc_id", S, "doc_id given to it (empty when rejected before one was assigned)."),
    ("status", S, "ok, warning (accepted with a caveat), rejected (not processed) or skipped (not a document: manifest, README).", False),
    ("reason", S, "What was wrong or noteworthy, in words; empty for a clean file."),
    ("sha256", S, "SHA-256 of the raw bytes (empty if unreadable)."),
    ("n_bytes", I, "Size of the file in bytes."),
)

PARAGRAPHS = _t(
    "paragraphs",
    "The paragraphs of each document's `text`, with their role and their position in the raw file.",
    ("doc_id", "para"),
    ("doc_id", S, "Document.", False),
    ("para", I, "Paragraph number in the document, from 0.", False),
    ("kind", S, "headline, standfirst, byline, dateline, speaker, body or credit.", False),
    ("heading", S, "The wiki or page heading the paragraph sits under, if any."),
    ("start", I, "Offset of the paragraph in `documents.text`.", False),
    ("end", I, "End offset (exclusive) in `documents.text`.", False),
    ("raw_start", I, "Offset of the paragraph's first character in the decoded raw file (empty for HTML)."),
    ("raw_end", I, "End offset in the decoded raw file (empty for HTML)."),
)

SENTENCES = _t(
    "sentences",
    "Sentences of each document's `text` (spaCy's parser), the unit quotes and relations are read in.",
    ("doc_id", "sentence"),
    ("doc_id", S, "Document.", False),
    ("sentence", I, "Sentence number in the document, from 0.", False),
    ("start", I, "Offset in `documents.text`.", False),
    ("end", I, "End offset (exclusive).", False),
    ("para", I, "Paragraph the sentence starts in.", False),
)

MENTIONS = _t(
    "mentions",
    "Every named-entity mention, with its exact span: `documents.text[start:end] == text`.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character in `documents.text`.", False),
    ("end", I, "Offset after the last character.", False),
    ("text", S, "The mention as written.", False),
    ("label", S, "spaCy/OntoNotes label (PERSON, ORG, GPE, LOC, FAC, NORP, PRODUCT, LAW, EVENT, ...); from the reference table when linked to it (a demonym stays NORP).", False),
    ("entity_id", S, "The canonical entity (`entities.entity_id`).", False),
    ("sentence", I, "Sentence number (`sentences.sentence`).", False),
    ("para", I, "Paragraph number (`paragraphs.para`).", False),
    ("method", S, "What found and linked it: model, ruler (reference pattern), model+reference (label corrected from the reference), rule:acronym, rule:government, +surname, +locative.", False),
)

ENTITIES = _t(
    "entities",
    "One row per real-world thing mentioned in the corpus: reference entities (curated) and entities found in the text.",
    ("entity_id",),
    ("entity_id", S, "Identifier: the reference table's id, or the slug of the fullest name found.", False),
    ("name", S, "Canonical name.", False),
    ("type", S, "OntoNotes label (reference type, else the most frequent label of its mentions).", False),
    ("kind", S, "Finer kind from the reference table (country, government department, political party, vessel, ...); empty if not curated."),
    ("aliases", S, "Other names: reference aliases and demonyms, then surface forms seen in the corpus, '|'-separated."),
    ("country", S, "ISO 3166-1 alpha-3 code of the country the entity belongs to."),
    ("wikidata", S, "Wikidata QID, only where verified (see data/reference/ENTITIES-SOURCES.md)."),
    ("lat", F, "Latitude (WGS84) for places."),
    ("lon", F, "Longitude (WGS84) for places."),
    ("curated", B, "True when the entity comes from data/reference/entities.csv.", False),
    ("n_mentions", I, "Number of mentions in the corpus.", False),
    ("n_docs", I, "Number of documents mentioning it.", False),
)

QUANTITIES = _t(
    "quantities",
    "Amounts stated in the text: money, percentages, counts, durations; `documents.text[start:end] == text`.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character (the qualifier, if any, is included).", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The quantity as written ('more than £3m', 'About 50', '238,448').", False),
    ("value", F, "The number: 3000000 for '£3m', 238448 for '238,448', 90 for '90%'; empty for a vague amount ('hundreds')."),
    ("unit", S, "ISO currency code (GBP, EUR, USD), 'percent', a duration unit, or the counted noun (people, migrants, vessels)."),
    ("counted", S, "The noun phrase counted or what the money/percentage is of ('small boats and boat parts', 'funding'); '(implied)' when carried over from the figure before."),
    ("qualifier", S, "exact, approximately, more_than, less_than, only or vague.", False),
    ("period", S, "The period the figure covers where the text says ('per day', 'each year', '2021–22')."),
    ("kind", S, "money, percent, count or duration.", False),
    ("entity_id", S, "The actor the figure is about or attributed to, where the sentence says so (subject of its clause, or what a counted subject acts on)."),
    ("sentence", I, "Sentence number.", False),
)

DATES = _t(
    "dates",
    "Dates and periods, resolved against the publication date; values in ISO 8601 / EDTF at the precision of the text.",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("text", S, "The expression as written ('last month', '2021–22').", False),
    ("value", S, "ISO 8601 / EDTF value: 2023-08-07 (day), 2023-07 (month), 2022 (year), 2023-23 (autumn 2023; 21–24 = spring–winter), 2023-33 (Q1 2023; 33–36), 2021-04/2022-03 (financial year), 1994/1998 (range), 2023-W31 (ISO week), 198X (decade); empty when it cannot be fixed."),
    ("granularity", S, "day, week, month, season, quarter, year, fiscal_year, year_range, decade, frequency or relative (unresolved).", False),
    ("date_start", S, "First day of the period (ISO date); seasons are northern-hemisphere."),
    ("date_end", S, "Last day of the period (ISO date)."),
    ("anchor", S, "The publication date relative expressions were resolved against; empty if the document has none."),
    ("relative", B, "True for expressions that needed the anchor (weekday, 'last month', 'the autumn').", False),
    ("sentence", I, "Sentence number.", False),
    ("note", S, "Why a value is empty or how it was read (e.g. 'UK financial year (April to March)')."),
)

QUOTES = _t(
    "quotes",
    "Quoted words and who they are attributed to; `documents.text[start:end] == quote` (the words, without the marks).",
    ("doc_id", "start", "end"),
    ("doc_id", S, "Document.", False),
    ("start", I, "Offset of the first quoted character.", False),
    ("end", I, "End offset (exclusive).", False),
    ("quote", S, "The quoted words (across paragraphs for a quotation that runs on).", False),
    ("speaker", S, "The text naming the speaker (antecedent for a pronoun or role noun); empty when unattributed."),
    ("speaker_entity_id", S, "The speaker's entity, when it is one."),
    ("speaker_start", I, "Offset of the speaker text."),
    ("speaker_end", I, "End offset of the speaker text."),
    ("cue", S, "What attributes it: the speech verb's lemma (say, call, state, announce ...), 'according to', '(continues)' for a following quote paragraph, or the accusation word."),
    ("kind", S, "direct (reported words), scare (a term held at a distance) or accusation (a charge reported without who makes it).", False),
    ("closed", B, "False when the quotation is never closed (an excerpt that stops mid-quote).", False),
    ("sentence", I, "Sentence where the quote starts.", False),
)

RELATIONS = _t(
    "relations",
    "Typed relations between entities, each with the words that state it; `documents.text[start:end] == evidence`.",
    ("doc_id", "start", "end", "predicate"),
    ("doc_id", S, "Document.", False),
    ("subject_entity_id", S, "Who acts.", False),
    ("predicate", S, "agreement_with, cooperates_with, supports, funds, supplies, deploys_to, visits, criticises, turns_back, owns, manages, located_in, publishes or part_of (see src/dossier/relations.py).", False),
    ("object_entity_id", S, "Who or what is acted on.", False),
    ("start", I, "Offset of the evidence.", False),
    ("end", I, "End offset of the evidence.", False),
    ("evidence", S, "The words from subject to object that state the relation.", False),
    ("trigger", S, "The verb or noun that signals it.", False),
    ("sentence", I, "Sentence number.", False),
    ("quantity_start", I, "For funds: start offset of the amount in `quantities` (same doc_id)."),
    ("quantity_text", S, "For funds: the amount as written."),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, INGEST_LOG, PARAGRAPHS, SENTENCES, MENTIONS, ENTITIES,
                                                 QUANTITIES, DATES, QUOTES, RELATIONS)}


def register(table: Table) -> Table:
    TABLES[table.name] = table
    return table


class SchemaError(ValueError):
    pass


def to_frame(rows, table: Table | str) -> pd.DataFrame:
    """Build a DataFrame with exactly the table's columns, in order, with its dtypes."""
    t = TABLES[table] if isinstance(table, str) else table
    df = pd.DataFrame(list(rows), columns=t.names) if not isinstance(rows, pd.DataFrame) else rows
    return conform(df, t)


def conform(df: pd.DataFrame, table: Table | str, sort: bool = True) -> pd.DataFrame:
    """Check the columns against the schema, cast to the declared dtypes, check non-nullable
    columns, and (unless ``sort=False``) sort by the key. Raises SchemaError naming the table
    and column."""
    t = TABLES[table] if isinstance(table, str) else table
    missing = [c for c in t.names if c not in df.columns]
    extra = [c for c in df.columns if c not in t.names]
    if missing or extra:
        raise SchemaError(f"table {t.name}: missing columns {missing}, unexpected columns {extra}")
    out = pd.DataFrame(index=range(len(df)))
    for col in t.columns:
        values = df[col.name].reset_index(drop=True)
        try:
            if col.dtype == S:
                values = values.astype("object").where(values.notna(), None).astype(S)
            else:
                values = values.astype(col.dtype)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"table {t.name}, column {col.name}: cannot be {col.dtype}: {exc}") from exc
        if not col.nullable and values.isna().any():
            raise SchemaError(f"table {t.name}, column {col.name}: {int(values.isna().sum())} empty values")
        out[col.name] = values
    if sort and t.key and len(out):
        out = out.sort_values(list(t.key), kind="mergesort").reset_index(drop=True)
    return out


def markdown(table: Table) -> str:
    """The table's variables as a markdown table (for data/README.md)."""
    lines = [f"### `{table.name}`", "", table.description, "", "| column | type | meaning |", "|---|---|---|"]
    for c in table.columns:
        lines.append(f"| `{c.name}` | {c.dtype}{'' if c.nullable else ', required'} | {c.description} |")
    return "\n".join(lines)


BEGIN, END = "<!-- tables:begin (generated by `make docs` from src/dossier/schema.py) -->", "<!-- tables:end -->"


def tables_markdown() -> str:
    return "\n\n".join(markdown(t) for t in TABLES.values())


def update_readme(path) -> bool:
    """Rewrite the generated section of data/README.md; True if it changed."""
    from pathlib import Path

    path = Path(path)
    text = path.read_text(encoding="utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    new = text[:start] + "\n\n" + tables_markdown() + "\n\n" + text[end:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text


if __name__ == "__main__":
    import sys

    changed = update_readme(sys.argv[1] if len(sys.argv) > 1 else "data/README.md")
    print("updated" if changed else "up to date")
