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
LOCATIVE_PREPS = {"at", "in", "near", "outside", "off"}  # "off" only as the preposition heading the name ("sank off Pylos")
# A name right after one of these nouns names a vessel ("the accommodation ship Gemini").
VESSEL_NOUNS = {"ship", "vessel", "barge", "tug", "boat", "ferry", "tanker", "trawler", "yacht", "dinghy",
                "frigate", "cutter", "liner", "cruiser", "floatel", "freighter", "lifeboat", "patrol"}
# Head nouns that make an unknown name an organisation ("Centre of Excellence").
ORG_HEADS = {"centre", "center", "agency", "unit", "office", "force", "forces", "taskforce", "service",
             "directorate", "command", "committee", "council", "department", "ministry", "authority",
             "commission", "institute", "police", "team", "partnership", "foundation", "association"}
# Securities an institution's name can qualify ("Treasury bills", "Treasury notes"): that name
# then says what kind of security it is, it is no mention of the institution. (Not "funds":
# "Treasury funds" is money from the Treasury.)
SECURITY_NOUNS = {"bill", "bills", "note", "notes", "bond", "bonds", "securities", "yield", "yields", "futures",
                  "gilts"}
# Last words of a place's name ("Myrtle Beach", "Palm Springs", "Grand Rapids"): not a surname there.
PLACE_HEADS = {"beach", "city", "springs", "park", "lake", "river", "island", "islands", "falls", "hills", "valley",
               "heights", "county", "bay", "harbor", "harbour", "creek", "rapids", "mountain", "mountains", "village"}
# Last words of a political party's or movement's name: a multi-word name ending in one is no
# person ("Christian Democratic Union", "National Front", "Northern League", "Five Star Movement").
PARTY_HEADS = {"party", "union", "front", "league", "movement", "alliance", "congress", "caucus", "coalition"}
# State bodies named by a demonym and a common noun ("Turkish border forces", "French police",
# "the Italian interior ministry").
INSTITUTION_PHRASES = {("police",), ("border", "force"), ("border", "forces"), ("coastguard",), ("coast", "guard"),
                       ("army",), ("navy",), ("military",), ("armed", "forces"), ("air", "force"),
                       ("gendarmerie",), ("border", "guards"), ("border", "guard"), ("border", "police"),
                       ("security", "forces"), ("intelligence", "services"), ("intelligence", "service"),
                       *((field, "ministry") for field in ("interior", "foreign", "defence", "defense", "justice",
                                                            "finance", "migration", "immigration", "home"))}
# Nouns that make the words before them part of a title ("Immigration Minister Robert Jenrick").
ROLE_NOUNS = {"minister", "secretary", "chancellor", "commissioner", "spokesman", "spokeswoman",
              "spokesperson", "director", "ambassador", "envoy", "correspondent", "editor", "mp", "mep"}
# Titles written before a person's name ("Prime Minister Rishi Sunak", "Sen. Jane Doe"): with
# ROLE_NOUNS, the words a title is made of; the title is kept as the mention's role.
TITLE_WORDS = ROLE_NOUNS | {
    "president", "vice", "prime", "deputy", "chief", "executive", "general", "attorney", "state", "foreign",
    "home", "interior", "defence", "defense", "justice", "immigration", "finance", "treasury", "shadow",
    "senator", "sen.", "sen", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.",
    "mayor", "judge", "justice", "chairman", "chairwoman", "chair", "ceo", "king", "queen", "prince", "princess",
    "pope", "cardinal", "bishop", "archbishop", "rev.", "reverend", "coach", "captain", "capt.", "gen.",
    "lt.", "col.", "sgt.", "officer", "inspector", "superintendent", "constable", "detective", "commander",
    "first", "lady", "leader", "premier", "chancellor", "colonel", "sergeant", "lieutenant", "admiral", "major",
    "high", "commissioner", "mr", "mrs", "ms", "dr", "dr.", "mr.", "mrs.", "ms.", "former", "acting", "interim",
}
# Title words that are not a title on their own ("Prime" in "Prime Minister", "Home" in "Home
# Secretary"): a title needs one other word of TITLE_WORDS.
TITLE_MODIFIERS = {"vice", "prime", "deputy", "chief", "first", "former", "acting", "interim", "state", "home",
                   "foreign", "high", "shadow", "interior", "defence", "defense", "immigration", "finance",
                   "treasury"}
# Legal-form words ending a company's name ("Pennzoil Co", "Volkswagen AG"): what follows in
# capitals is a ticker symbol, not the name ("Pennzoil Co PZL").
CORPORATE_SUFFIXES = {"inc", "inc.", "corp", "corp.", "co", "co.", "cos", "ltd", "ltd.", "plc", "ag", "nv", "sa",
                      "llc", "gmbh", "bv", "spa", "limited", "corporation", "incorporated", "company", "group"}
# Legal forms proper: a name ends there ("Dominion Textiles Inc of Canada"), unlike "Group of Seven".
LEGAL_FORMS = CORPORATE_SUFFIXES - {"group", "company", "corporation"}
# Last words of a firm's name listing its partners ("Merck and Co Inc", "Samuel Montagu and Sons
# Ltd", "Don Bybee and Associates"): with CORPORATE_SUFFIXES, they make "X, Y and Z <word>" one name.
FIRM_ENDS = {"sons", "associates", "partners", "brothers", "bros", "bros."}
# Words joining the parts of a title ("Secretary of State for the Home Department").
TITLE_JOINERS = {"of", "for", "the", "and", "&"}
# Publishers whose documents speak in their own voice (not news organisations).
VOICE_KINDS = {"government", "government department", "government agency", "law-enforcement agency", "political party", "non-governmental organisation",
               "international organisation", "devolved government"}


# ---------------------------------------------------------------------- Numbers and amounts

SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
          "tn": 1e12, "trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
          "b": 1e9, "t": 1e12,  # "b", "t" only glued after a currency sign ("€10B", "$2.174T")
          "dozen": 12, "dozens": 12, "hundred": 100,  # after a number: "3 dozens", "three dozen", "3 hundred"
          "mln": 1e6, "bln": 1e9, "trln": 1e12, "mil": 1e6,  # wire-service abbreviations: "300 mln", "$1.5 bln"
          "dz": 12, "dzs": 12, "doz": 12, "dozs": 12}
# A whole amount followed by its smaller unit ("5ft 2in", "3 dollars 50 cents", "£4 50p"): the
# larger unit -> {the smaller unit as the extractor names it: how many make one}; a money amount
# may also be followed by its minor units without a name ("15 dollars 50"). Metric amounts are
# written as decimals ("1.8m"), so "12 m 2 dm" stays two amounts.
SUBUNITS = {"foot": {"inch": 12}, "yard": {"foot": 3}, "mile": {"yard": 1760},
            "pound-mass": {"ounce": 16}, "stone": {"pound-mass": 14},
            **{c: {"cents": 100} for c in ("USD", "EUR", "AUD", "CAD", "NZD", "HKD", "SGD")},
            "GBP": {"pence": 100}}
# Fractions of a scale word ("half a million", "a quarter million", "three quarters billion").
SCALE_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.25}
CURRENCIES = {"£": "GBP", "$": "USD", "us$": "USD", "€": "EUR", "gbp": "GBP", "usd": "USD", "eur": "EUR",
              "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR", "euro": "EUR",
              "dollars": "USD", "dollar": "USD"}
# Signs and ISO 4217 codes written before an amount ("RM79", "$US113", "A$5", "CHF 20"): matched
# as written (case-sensitive: "try 5" is not lira), longest first, a code not glued to a word before it.
CURRENCY_PREFIXES = {
    "£": "GBP", "€": "EUR", "$": "USD", "US$": "USD", "$US": "USD", "U.S.$": "USD", "USD$": "USD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD",
    "R$": "BRL", "Mex$": "MXN", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN",
    "₱": "PHP", "₿": "BTC", "RM": "MYR", "Rs": "INR", "Rs.": "INR", "RMB": "CNY",
    **{c: c for c in ("GBP", "USD", "EUR", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "NZD", "HKD", "SGD", "ZAR",
                      "NGN", "KES", "TRY", "RUB", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "AED", "SAR", "MYR",
                      "PKR", "BDT", "EGP", "MAD", "TND", "UAH", "HUF", "CZK", "RON")},
}
# Currency words and codes written after an amount ("nine euros", "528 million francs", "10 rmb"):
# an ISO 4217 code where the word names one currency; the word itself where it names several
# ("franc", "krone", "dinar", "shilling"); a minor unit by its name, the value as written
# ("20 pence" is 20 pence, not 0.20 GBP).
CURRENCY_WORDS = {
    **{w: "GBP" for w in ("pound", "pounds", "sterling", "quid")}, **{w: "EUR" for w in ("euro", "euros")},
    **{w: "USD" for w in ("dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "american dollars")},
    "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD", "swiss francs": "CHF",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "ringgit": "MYR",
    "rand": "ZAR", "naira": "NGN", "lira": "TRY", "liras": "TRY", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "shekels": "ILS", "shekel": "ILS", "baht": "THB", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "hryvnia": "UAH", "bitcoin": "BTC", "bitcoins": "BTC",
    **{w: "franc" for w in ("franc", "francs")}, **{w: "krone" for w in ("krone", "kroner", "krona", "kronor")},
    **{w: "dinar" for w in ("dinar", "dinars")}, **{w: "dirham" for w in ("dirham", "dirhams")},
    **{w: "shilling" for w in ("shilling", "shillings")}, **{w: "peso" for w in ("peso", "pesos")},
    **{w: "pence" for w in ("pence", "penny", "pennies", "p")}, **{w: "cents" for w in ("cent", "cents", "¢")},
    **{c.lower(): c for c in ("GBP", "USD", "EUR", "CHF", "JPY", "CNY", "INR", "AUD", "CAD", "ZAR", "MYR")},
    "rmb": "CNY", "€": "EUR", "$": "USD", "£": "GBP",
}
# Units quantulum3's table lacks or spells for science rather than news (used with that table,
# see quantities_units._units): symbol or word -> unit name.
UNIT_EXTRA = {"bhp": "brake horsepower", "km2": "square kilometre", "km²": "square kilometre",
              "m2": "square metre", "m²": "square metre", "sq ft": "square foot", "sqft": "square foot",
              "kmh": "kilometre per hour", "km/h": "kilometre per hour", "mph": "mile per hour",
              "kmph": "kilometre per hour", "km/hr": "kilometre per hour", "sq mi": "square mile",
              "mpg": "mile per gallon", "miles per gallon": "mile per gallon",  # fuel economy ("45mpg")
              "km3": "cubic kilometre", "km³": "cubic kilometre", "m3": "cubic metre", "m³": "cubic metre",
              "degree": "degree", "degrees": "degree", "°": "degree", "tonnes": "tonne", "kilos": "kilogram",
              **{f"{d} {s}": u for d in ("degree", "degrees", "deg") for s, u in
                 (("c", "degree Celsius"), ("f", "degree fahrenheit"), ("celsius", "degree Celsius"),
                  ("fahrenheit", "degree fahrenheit"), ("farenheit", "degree fahrenheit"))},
              "ml": "millilitre", "mL": "millilitre", "millilitre": "millilitre", "millilitres": "millilitre",
              "milliliter": "millilitre", "milliliters": "millilitre"}
# quantulum3 units too rare in news, or too often plain English words, to read as units.
UNIT_STOP = {"span", "drop", "cup", "quarter", "league", "ell", "quad", "cubit", "stere", "barn", "nibble",
             "bit", "baud", "therm", "erg", "twip", "peck", "fathom", "furlong", "speed of light", "pair",
             "astronomical unit", "atomic mass unit", "hartree", "quintal", "bushel", "dessertspoon",
             "ton of refrigeration", "circular mil", "volt-ampere", "watt second", "inverse femtobarn",
             "base pair", "kilo base pair", "mega base pair"}  # genetics: "kb", "Mb" are data sizes in news
# Unit symbols that are English words or initials, so read only when glued to the digits ("5in").
UNIT_SYMBOL_SPACED_STOP = {"in", "at", "am", "pm", "au", "st", "ly", "ha", "ac", "bu", "qr", "ct", "pt", "pk",
                           "kn", "kt", "da", "eh", "tr", "va", "bd", "cc", "dam", "fur", "lea", "cal", "thm",
                           "gm", "mps", "fps", "ips", "b", "c", "f", "g", "k", "l", "m", "p", "t", "w", "mi"}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
             "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
             "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
             "hundredth": 100, "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3, "millionth": 1e6,
             "millionths": 1e6, "billionth": 1e9, "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12}
WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "zero": 0,
    "nought": 0, "naught": 0,
}
VAGUE = {"hundreds", "thousands", "millions", "billions", "dozens", "scores", "tens"}
QUALIFIERS = [  # longest first
    ("no more than", "less_than"), ("no fewer than", "more_than"), ("no less than", "more_than"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("more than", "more_than"),
    ("at least", "more_than"), ("over", "more_than"), ("greater than", "more_than"),
    ("fewer than", "less_than"), ("less than", "less_than"), ("at most", "less_than"), ("under", "less_than"),
    ("up to", "up_to"), ("as many as", "up_to"), ("as much as", "up_to"),
    ("below", "less_than"),
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
    # beyond the plain ones: manners of saying, replying and writing that news prose uses as cues
    "continue", "retort", "echo", "joke", "quip", "lament", "bemoan", "decry", "mock", "shout", "chant",
    "exclaim", "gush", "implore", "charge", "complain", "recall", "testify", "observe", "mention", "cite",
    "disclose", "agree", "disagree", "blame", "praise", "thank", "scoff", "snap", "recount", "muse",
    "wonder", "whisper", "yell", "scream", "cry", "plead", "beg", "demand", "hint", "rail", "blast",
    "slam", "laugh", "sigh", "interject", "caution", "assure", "proclaim", "counter", "rebut", "protest",
    "concur", "speculate", "opine", "quote", "read", "text", "email", "retweet", "pen", "hail", "applaud",
    "recommend", "remark", "reiterate", "repeat", "summarize", "summarise", "elaborate", "clarify",
    "grumble", "complain", "fume", "huff", "marvel", "boast", "brag", "vent", "thunder", "roar", "bark",
    "tout", "point", "sing", "recite", "begin", "go", "chime", "pronounce", "announce", "lecture",
    "preach", "advise", "inform", "remind", "tease", "taunt", "jab", "needle", "ridicule", "dismiss",
    "scold", "chide", "berate", "lash", "rip", "fire", "hit", "attack", "defend", "justify",
    "question", "shoot", "snipe", "speak", "sneer", "gripe", "insinuate", "riff",
    "express", "find",  # "expressed concern that …", "the inspection found that …"
}
# Definite nouns for a body, or a body's document, that speaks ("the charity said", "the report
# concluded"): their words, with the entity of the latest body that spoke (quote attribution
# only; relation reading has ROLE_LABELS).
SPEAKER_ROLES = {w: "ORG" for w in (
    "charity", "trust", "council", "union", "organisation", "organization", "group", "commission", "committee",
    "board", "inspectorate", "watchdog", "service", "authority", "regulator", "tribunal", "court", "panel",
    # a body's document speaking for it: "The report concluded that …"
    "report", "review", "study", "inquiry", "inspection", "audit", "survey", "assessment", "investigation")}
# Nouns that report words with their owner as possessor ("Trump's claim that “…”").
SPEECH_NOUNS = {"claim", "statement", "slogan", "message", "remark", "comment", "word", "tweet", "phrase",
                "promise", "pledge", "warning", "answer", "response", "reply", "assertion", "argument",
                "description", "catchphrase", "line", "motto", "call", "vow", "quote", "post", "speech"}
# Of those (and ROLE_LABELS), the nouns a body has in its name ("the department" is the latest
# "Department for …" named, not the latest body that spoke).
NAMED_ROLES = {"department", "ministry", "council", "trust", "committee", "commission", "board", "inspectorate",
               "court", "tribunal", "union"}
# What someone writes or issues, whose possessor is its author ("Her statement read:"; unlike
# "Ryan's spokeswoman", a person of their own).
WRITTEN_NOUNS = {"statement", "letter", "post", "tweet", "message", "email", "note", "release", "report", "article",
                 "column", "op-ed", "blog", "submission", "response", "speech", "remarks"}
# Title nouns of a person ("Interior Minister Liisa Korhonen", "Lukas Brandstetter, the interior
# minister,"): "the minister said" later is the latest person named with that title (quote
# attribution, ``speaker_roles.Titles``).
TITLE_NOUNS = {"minister", "secretary", "chancellor", "president", "premier", "governor", "mayor", "commissioner",
               "director", "chair", "chairman", "chairwoman", "chairperson", "chief", "leader", "senator",
               "ambassador", "envoy", "undersecretary", "general", "prosecutor", "inspector", "ombudsman",
               "rapporteur", "coordinator", "executive", "councillor", "mp", "taoiseach", "commander"}
# Words before a title noun that do not restrict who holds it ("the new minister").
LOOSE_TITLE_WORDS = {"former", "then", "new", "current", "outgoing", "incoming", "same", "acting"}
# Words that make a title another one: "the president" is not "Vice President X", "the minister" not
# "Prime Minister X" nor "the former minister X", "the secretary" not "the press secretary, X" (unless
# they are said too).
NARROWING_TITLE_WORDS = {"vice", "deputy", "assistant", "former", "shadow", "junior", "lieutenant", "ex", "associate",
                         "prime", "general", "attorney", "press"}
# Nouns for an unnamed person speaking for a body ("a spokeswoman for the ministry", "the official",
# "officials at the institute"): their own words, with the body's entity.
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen", "official",
                "officials", "officer", "officers", "representative", "representatives", "source", "sources"}
# Of those, the ones written as a title before a name ("European Commission spokesperson Anitta
# Hipper"): "the spokesperson added" later is that person.
SPOKES_TITLES = {"spokesman", "spokeswoman", "spokesperson"}
# Inflected verbs of saying the parser may tag with their own lemma (an auxiliary "said").
SPEECH_FORMS = {"said", "says", "added", "adds", "stated", "states", "told", "tells"}
NAMING_VERBS = {"call", "dub", "brand", "term", "label", "describe"}
REPORTING_VERBS = {"say", "tell", "add", "state", "claim", "insist", "warn", "argue", "admit", "deny", "write",
                   "explain", "stress", "reply", "respond", "told"}
ACCUSATION_CUES = {"accuse", "accusation", "charge", "allegation"}
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LAW")
FIRST_PERSON = {"i", "we", "our", "us", "my", "me", "ours"}


# ---------------------------------------------------------------------- Relations

GIVE_VERBS = {"provide", "give", "pay", "grant", "allocate", "award", "spend", "divert", "deliver", "transfer", "send", "hand", "pledge", "promise", "offer", "lend", "loan"}
MONEY_NOUNS = {"funding", "funds", "fund", "money", "grant", "aid", "payment", "payments", "cash", "spend", "budget", "million", "m", "bn", "billion"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Verbs that deny the verb they govern: "avoids condemning Russia", "refused to endorse Trump"
NEGATING_VERBS = {"avoid", "refuse", "decline", "fail", "deny", "reject", "oppose", "stop", "cease", "resist"}
# English combining forms of nationality adjectives, as written before a hyphen in "the
# Franco-German agreement", "Anglo-Irish treaty", "Sino-Russian pact": the demonym each stands
# for (looked up in the reference table like any demonym).
COMBINING_FORMS = {"franco": "French", "anglo": "British", "sino": "Chinese", "russo": "Russian",
                   "italo": "Italian", "greco": "Greek", "graeco": "Greek",
                   "hispano": "Spanish", "luso": "Portuguese", "indo": "Indian", "austro": "Austrian",
                   "nippo": "Japanese", "serbo": "Serbian"}
# Definite nouns of a kind of body or measure ("the charity said", "the court ruled", "the
# scheme was unlawful"): the reference table's kinds (entities.csv `kind`) the noun can stand
# for; relation reading resolves them to the nearest earlier mention of such an entity.
ROLE_KINDS = {
    "charity": ("non-governmental organisation",), "group": ("non-governmental organisation",),
    "organisation": ("non-governmental organisation", "international organisation"),
    "organization": ("non-governmental organisation", "international organisation"),
    "court": ("court",), "party": ("political party",),
    "newspaper": ("news organisation",), "paper": ("news organisation",), "broadcaster": ("news organisation",),
    "network": ("news organisation",), "force": ("law-enforcement agency",), "police": ("law-enforcement agency",),
    "agency": ("government agency", "law-enforcement agency", "international organisation"),
    "department": ("government department",), "ministry": ("government department",),
    "scheme": ("policy", "programme"), "policy": ("policy",), "plan": ("policy", "programme"),
    "programme": ("programme", "policy"), "program": ("programme", "policy"),
    "law": ("law",), "legislation": ("law",), "bill": ("law",), "act": ("law",),
    "regulation": ("law",), "decree": ("law",), "directive": ("law",), "ordinance": ("law",),
    "treaty": ("treaty",), "convention": ("treaty",), "deal": ("treaty", "policy"), "agreement": ("treaty", "policy"),
}


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
# Verbs whose complement is still to come ("due to be published in May", "expected to join in
# April", "plans to leave on Thursday"): a bare month or weekday under them is the next one.
FUTURE_GOVERNORS = {"due", "expect", "plan", "schedule", "set", "intend", "aim", "hope", "propose", "prepare",
                    "seek", "want", "agree", "promise", "pledge", "vow", "threaten", "decide", "likely", "going"}
# Counts written as words in durations ("three years", "twenty-four hours").
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
               "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
               "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
               "hundred": 100, "a": 1, "an": 1, "a couple of": 2, "couple of": 2}
# Counts a duration leaves unspecified ("several years" is TimeML PXY).
VAGUE_COUNTS = {"several", "a few", "few", "some", "many", "the next few", "a number of"}
# Unit words of a duration: ISO 8601 designator and how many of it one unit is.
DURATION_DESIGNATORS = {"second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1),
                        "night": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2), "month": ("M", 1),
                        "quarter": ("M", 3), "year": ("Y", 1), "decade": ("Y", 10), "century": ("Y", 100),
                        "centuries": ("Y", 100)}
TIME_UNITS = {"second", "minute", "hour"}  # written after a "T" in an ISO 8601 duration
# Adverbs of recurrence and the period they repeat with (TimeML SET values).
RECURRENCE_ADVERBS = {"hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W",
                      "monthly": "P1M", "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M"}
# The present, an unspecified past and an unspecified future (TimeML PRESENT_REF, PAST_REF,
# FUTURE_REF). Left out after measuring on TempEval-3 TBAQ DEV, where they are mostly not
# annotated: "previously", "formerly", "soon", "shortly", bare "future" and "recent".
PRESENT_WORDS = {"now", "right now", "just now", "currently", "current", "nowadays", "presently", "at present",
                 "these days", "at the moment"}
PAST_WORDS = {"recently", "more recently", "most recently", "lately", "the past"}
FUTURE_WORDS = {"the future", "the near future", "the distant future", "the near term"}
# Parts of the day, and the hour a TimeML value gives each (TMO, TAF, TEV, TNI).
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
# Named days: (month, day) of the fixed ones; the movable ones as (month, weekday, nth) from
# the start of the month ("Thanksgiving": fourth Thursday of November) or as days from Easter.
FIXED_HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
                  "new year's day": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
                  "valentine's day": (2, 14), "st patrick's day": (3, 17), "bonfire night": (11, 5),
                  "armistice day": (11, 11), "remembrance day": (11, 11), "independence day": (7, 4)}
NTH_WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
                        "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3)}
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "easter monday": 1,
                   "ash wednesday": -46, "whit sunday": 49, "pentecost": 49}
# Words that make "2021-22" a financial year rather than two calendar years.
FISCAL_CUES = {"financial", "fiscal", "budget", "budgets", "tax", "fy", "spending", "spend", "spent", "funding",
               "funded", "grant", "grants", "allocated", "allocation", "revenue", "expenditure", "accounts",
               "£", "$", "€", "estimates", "settlement"}
