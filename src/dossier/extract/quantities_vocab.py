"""Word lists and short patterns of the quantities extractor that round 6 (2026-12-04) added for
text the development sets do not show: units of kinds the unit table leaves out, currency words
that are English words too, SI capitals read after a space, and the idioms around a number that
make it a year or no amount. Kept apart so :mod:`.quantities` and :mod:`.quantities_units` stay
small; nothing here is loaded from disk.
"""

from __future__ import annotations

import re

# Units of kinds quantities_units.UNIT_ENTITIES leaves out that news and product texts use, by
# quantulum3's name: accelerations and densities, resistances ("a 10 kΩ resistor"), light ("800
# lumens", "500 lx"), torque ("320 Nm"), battery charge ("5,000 mAh"), engine speed ("6,000 rpm"),
# pixels; their forms that are English words or initials ("5 dots", "5 MP") are not read.
EXTRA_UNIT_NAMES = {"metre per square second", "foot per square second", "gram per cubic centimetre",
                    "kilogram per cubic metre", "ohm", "lumen", "lux", "newton metre", "ampere-hour",
                    "milliampere-hour", "revolutions per minute", "pixel", "megapixel", "mole"}
EXTRA_FORM_STOP = {"dots", "MP"}
EXTRA_NAME_STOP = {"giga base pair"}  # genetics, as the lexicon stops kb and Mb: "5 Gb" is gigabits

# Currency words that are also English words ("won", "marks", "real"): money only right after a scale
# word ("60 billion won", "2.3 billion marks", "500 billion lire"), as financial news writes amounts;
# not when the word is a verb ("2 million won by the team", "1 million marks a record": VERB_AFTER).
SCALED_CURRENCY_WORDS = {"won": "KRW", "mark": "DEM", "marks": "DEM", "lire": "ITL", "real": "BRL", "reals": "BRL"}
VERB_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|this|that)\b|(?<=won)\s+(?:by|in|at|on|over)\b", re.I)
# Capital symbols read after a space (not before a digit: "3 V 2" is a score): the volt, watt and litre.
SPACED_LETTERS = {"V": "volt", "W": "watt", "L": "litre"}

# "in 2015 dollars", "in constant 2010 euros": a year whose prices the amounts are in; "by 2025 pounds
# will ...": a year, then the noun. A four-digit number before a currency word after these is a year.
CONSTANT_MONEY = re.compile(r"\b(?:in|by|since|until|till|from|before|after|during|constant|real)\s+$", re.I)
ONE_IDIOM = re.compile(r"\b(?:any|no)\s+$", re.I)  # before "one": "at any one time", "in any one month", "no one"
ZERO_AFTER = re.compile(r"\s+(below|above)\s+zero\b", re.I)  # "10 degrees below zero": -10
ONE_AT = re.compile(r"\s+(?:point|stage|time)\b", re.I)  # "at one point", "at one stage"

# Round 7 (2026-12-06), classes seen in US political news (PolNeAR DEV articles):
# qualifiers the lexicon's list leaves out, read before it: "close to 28,000 people", "upward of
# 2,000", "in the neighborhood of $5 billion", "on the order of 10 percent", "just shy of 50 percent".
NEWS_QUALIFIERS = [("in the neighbourhood of", "approximately"), ("in the neighborhood of", "approximately"),
                   ("in the region of", "approximately"), ("on the order of", "approximately"),
                   ("upward of", "more_than"), ("close to", "approximately"), ("just shy of", "less_than"),
                   ("north of", "more_than")]  # "north of 65 million votes"; "300 miles north of" follows its number
# "a 73-to-25 percent victory", "by a 60-to-38 vote", "a 5-to-4 ruling": a tally written with "-to-".
# Two shares when the percent follows (the high end first: a range ascends); without it a score.
TALLY = re.compile(r"-to-(?P<num>\d+(?:[.,]\d+)*)(?![\d.,]*\d)(?P<pct>\s?%|\s(?:percent|per\s?cent)\b)?", re.I)
# A number word hyphened to a noun that names a kind, not what is counted: "a two-way race", "a
# six-figure salary", "a two-time champion", "a two-tier system", "a four-star general" (the other
# nouns count: "a two-page memo", "a three-judge panel"; counts in PolNeAR DEV: way 15, star 4, figure 2, time 2, tier 1).
HYPHEN_KINDS = {"way", "figure", "time", "tier", "star"}
# "in '16", "the class of '92", "since ’08": two digits after an apostrophe, after one of these words,
# are a year (an opening quote follows other words: "he said '16 people ...'").
SHORT_YEAR_BEFORE = re.compile(r"\b(?:in|of|since|until|till|by|from|the|to|before|after|during|through)\s+['’]$", re.I)
# "a 150,000-square-foot center", "a 15,000 square-foot office", "a 250-square-mile patch": an area
# (or volume) hyphened before its noun; the unit table has "square foot", not "square-foot".
AREA_HYPHEN = re.compile(r"[\s-](?P<power>square|cubic)-(?P<unit>[a-z]+)\b", re.I)
# "voters 45 or older", "those 65 and over", "children 12 and younger": an age in years.
AGE_AFTER = re.compile(r"\s+(?:or|and)\s+(?:older|younger|over)\b", re.I)
# "401(k) plans", "a 501(c)(4) group": a number with a bracketed letter glued after it names a
# section of a code (the tax code's), no amount.
CODE_SECTION_AFTER = re.compile(r"\([a-z]\)", re.I)
