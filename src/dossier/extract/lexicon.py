"""Word lists shared by the extractors: the closed classes of English they read (pronouns,
determiners, honorifics, number words, months), the cue words of each extractor (speech verbs,
qualifiers, currencies, role and head nouns) and the label sets they select mentions by.

Kept in one place so that a word added for one extractor is seen by the others that read the
same class, and so a newcomer finds every list the rules depend on.
"""

from __future__ import annotations

import calendar


# ---------------------------------------------------------------------- Names and entity types

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
# Publishers whose documents speak in their own voice (not news organisations).
VOICE_KINDS = {"government", "government department", "government agency", "law-enforcement agency", "political party", "non-governmental organisation",
               "international organisation", "devolved government"}


# ---------------------------------------------------------------------- Numbers and amounts

SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "tn": 1e12, "trillion": 1e12}
CURRENCIES = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR",
              "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR", "euro": "EUR",
              "dollars": "USD", "dollar": "USD"}
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
VAGUE = {"hundreds", "thousands", "millions", "billions", "dozens", "scores", "tens"}
QUALIFIERS = [  # longest first
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("at least", "more_than"), ("over", "more_than"), ("greater than", "more_than"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("at most", "less_than"), ("under", "less_than"),
    ("up to", "less_than"), ("below", "less_than"), ("no more than", "less_than"),
    ("an estimated", "approximately"), ("approximately", "approximately"), ("approx.", "approximately"),
    ("about", "approximately"), ("around", "approximately"), ("roughly", "approximately"),
    ("some", "approximately"), ("nearly", "approximately"), ("almost", "approximately"),
    ("circa", "approximately"), ("c.", "approximately"), ("estimated", "approximately"),
    ("a mere", "only"), ("only", "only"), ("just", "only"), ("exactly", "exact"),
]
# Words that make the following number a reference, not an amount.
REFERENCE_WORDS = {"part", "section", "article", "clause", "chapter", "schedule", "volume", "vol", "no",
                   "number", "c", "col", "column", "page", "p", "pp", "para", "paragraph", "rule",
                   "regulation", "amendment", "question", "room", "flight", "route", "junction",
                   "platform", "version", "annex", "appendix", "figure", "table", "act", "hc", "hl",
                   "cm", "cmd", "item", "line", "paper", "vote", "division"}
DURATION_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
PRONOUNS = {"it", "they", "its", "their", "he", "she", "we"}


# ---------------------------------------------------------------------- Speech and attribution

SPEECH_VERBS = {
    "say", "tell", "state", "add", "announce", "call", "describe", "claim", "warn", "insist", "argue",
    "write", "accuse", "criticise", "criticize", "urge", "explain", "note", "suggest", "confirm", "reveal",
    "declare", "vow", "pledge", "promise", "comment", "brand", "dub", "label", "term", "admit", "deny",
    "predict", "stress", "tweet", "post", "respond", "reply", "ask", "answer", "condemn", "welcome",
    "acknowledge", "maintain", "allege", "boast", "concede", "conclude", "contend", "emphasise",
    "emphasize", "estimate", "assert", "report",
}
NAMING_VERBS = {"call", "dub", "brand", "term", "label", "describe"}
REPORTING_VERBS = {"say", "tell", "add", "state", "claim", "insist", "warn", "argue", "admit", "deny", "write",
                   "explain", "stress", "reply", "respond", "told"}
ACCUSATION_CUES = {"accuse", "accusation", "charge", "allegation"}
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LAW")
FIRST_PERSON = {"i", "we", "our", "us", "my", "me", "ours"}


# ---------------------------------------------------------------------- Relations

GIVE_VERBS = {"provide", "give", "pay", "grant", "allocate", "award", "spend", "divert", "deliver", "transfer"}
MONEY_NOUNS = {"funding", "funds", "fund", "money", "grant", "aid", "payment", "payments", "cash", "spend", "budget", "million", "m", "bn", "billion"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}


# ---------------------------------------------------------------------- Reference: pronouns, role nouns, actor labels

PRONOUN_LABELS = {
    "he": ("PERSON",), "she": ("PERSON",), "him": ("PERSON",), "her": ("PERSON",), "his": ("PERSON",),
    "it": ("ORG", "GPE", "PRODUCT", "LAW", "FAC"), "its": ("ORG", "GPE", "PRODUCT", "LAW", "FAC"),
    "they": ("ORG", "GPE", "NORP", "PERSON"), "their": ("ORG", "GPE", "NORP", "PERSON"), "we": ("ORG", "GPE"),
}
ROLE_LABELS = {
    "minister": "PERSON", "secretary": "PERSON", "mp": "PERSON", "chancellor": "PERSON", "president": "PERSON",
    "leader": "PERSON", "spokesperson": "ORG", "spokesman": "ORG", "spokeswoman": "ORG", "department": "ORG",
    "government": "ORG", "ministry": "ORG", "office": "ORG", "agency": "ORG", "official": "ORG",
    "officials": "ORG", "company": "ORG", "firm": "ORG", "strategy": "LAW", "act": "LAW",
    "barge": "PRODUCT", "ship": "PRODUCT", "vessel": "PRODUCT", "boat": "PRODUCT",
    "country": "GPE", "city": "GPE", "port": "FAC", "site": "FAC",
}
FIRST_PLURAL = {"we", "our", "us"}
ACTOR_LABELS = frozenset({"ORG", "GPE", "PERSON", "NORP", "PRODUCT", "FAC", "LOC", "LAW"})


# ---------------------------------------------------------------------- Calendar words

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
SEASONS = {"spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24}
SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "a": 1, "an": 1}
FUTURE_CUES = {"upcoming", "next", "coming", "scheduled", "due", "planned", "forthcoming"}
FUTURE_AUX = {"will", "shall", "'ll", "’ll"}
