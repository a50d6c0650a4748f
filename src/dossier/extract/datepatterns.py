"""The date patterns: regular expressions for every expression ``dates`` reads, found longest
first where they overlap, each in time linear in the text (see :mod:`.dates`)."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass


from ..schema import B, F, I, S, _t
from . import spans
from .context import DocContext
from .lexicon import (MONTHS, WEEKDAYS, SEASONS, SEASON_MONTHS, ORDINAL, NUMBER_WORDS, FUTURE_CUES, FUTURE_AUX,
                      FUTURE_GOVERNORS, COUNT_WORDS, VAGUE_COUNTS, DURATION_DESIGNATORS, TIME_UNITS,
                      RECURRENCE_ADVERBS, PRESENT_WORDS, PAST_WORDS, FUTURE_WORDS, PARTS_OF_DAY, FISCAL_CUES,
                      FIXED_HOLIDAYS, NTH_WEEKDAY_HOLIDAYS, EASTER_HOLIDAYS)


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


_YEAR = r"(?:1[5-9]\d\d|20\d\d)"


_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"


_TZ = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT)"


_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"


_UNITS = r"(?:seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries)"


_WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)")


def _capital_first(alternation: str) -> str:
    """``(?:one|two)`` as ``(?:[Oo]ne|[Tt]wo)``: the first word of a sentence ("Three days later")."""
    return re.sub(r"(?<=[(:|])([a-z])", lambda m: f"[{m[1].upper()}{m[1]}]", alternation)


# a count: digits (with a half), number words ("twenty-four"), an article or a vague count; the
# first word capitalised at the start of a sentence ("Three days later", "A day earlier")
_COUNT = (rf"(?:\d+(?:\.\d+)?(?:\s1/2|½)?|{_capital_first(_WORDNUM)}(?:[\s-]{_WORDNUM})?(?:\sand\sa\shalf)?|"
          + _capital_first(r"(?:half\san?|an?|a\scouple\sof|couple\sof|several|a\sfew|few|some|many|a\snumber\sof)") + ")")


_QUAL = r"(?:[Nn]early|[Aa]bout|[Aa]lmost|[Aa]round|[Oo]ver|[Mm]ore\s+than|[Ll]ess\s+than|[Aa]t\s+least|[Uu]p\s+to|[Jj]ust|[Oo]nly|[Ss]ome)"


_SPAN_OF = r"(?:[Tt]he\s+)?(?:past|last|next|first|coming|previous|following|final|latest|recent|ensuing)"


_SPELLED_DECADE = r"(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


_DIGIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"


def _phrases(words) -> str:
    """An alternation of word-list phrases, longest first, any first letter's case, spaces as \\s+."""
    alts = []
    for w in sorted(words, key=lambda w: (-len(w), w)):
        first, rest = w[0], re.escape(w[1:]).replace("\\ ", r"\s+")
        alts.append(f"[{first.upper()}{first}]{rest}")
    return r"\b(?:" + "|".join(alts) + r")\b"


PATTERNS: list[tuple[str, str]] = [
    ("iso", rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])\b"),
    # "14/07/2023", "14.07.2023": day first (British and European); month first only when the day cannot be one
    ("numeric", rf"\b(?<![\d./-])(?P<a>[0-3]?\d)(?:/(?P<b>[01]?\d)/|\.(?P<b2>[01]\d)\.)(?P<y>(?:19|20)\d\d)\b(?![./-]\d)"),
    ("dmy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"),
    ("mdy", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<mon>{_MONTH})(?:\s+|(?<=\.))(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"),
    ("month_range", rf"\b(?:[Bb]etween\s+)?(?P<m1>{_MONTH})\s+(?:and|or|to|until|–|-)\s+(?P<m2>{_MONTH})\s+(?:(?P<y>{_YEAR})\b|(?P<rel>this|last|next)\s+year\b)"),
    ("day_pair", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})(?=\s+(?:and|&|to|until|–|-)\s+(?:{_WD},?\s+)?{_DAY}\s+(?P<mon>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?\b)"),
    ("month_rel", rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b"),
    ("quarter", rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+quarter\s+of\s+(?P<y>{_YEAR})\b|\bQ(?P<qn>[1-4])\s+(?P<y2>{_YEAR})\b|\b(?:the\s+)?(?P<y3>{_YEAR})\s+(?P<q3>first|second|third|fourth)[\s-]quarter\b"),
    ("range", rf"\b(?:[Ff]rom|[Bb]etween)\s+(?P<y1>{_YEAR})\s+(?:to|and|until|–|-)\s+(?P<y2>{_YEAR})\b"),
    ("fiscal", rf"\b(?P<y1>{_YEAR})\s?[–—/-]\s?(?P<y2>\d\d)\b(?![–—/-]\d)"),
    ("fiscal_to", rf"\b(?P<y1>{_YEAR})\s+to\s+(?P<y2>{_YEAR})\b"),
    ("my", rf"\b(?:(?:early|late|mid)[-\s])?(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b"),
    ("season_year", rf"\b(?:the\s+)?(?P<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\s+(?:of\s+)?(?P<y>{_YEAR})\b"),
    ("time", rf"\b(?<![\d.,])(?:(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)|(?<=\baround\s)|(?<=\babout\s))(?P<hp>1[0-2]|0?[1-9])(?:[:.](?P<mip>[0-5]\d))?\s+(?P<pod>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b|(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?(?P<ap>[AaPp]\.[Mm]\.|[AaPp]\.?[Mm]\b)|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)\b|(?P<hw>1[0-2]|0?[1-9])\s+o'clock\b|(?P<word>noon|midday|midnight)\b)(?:\s?\(?(?P<tz>{_TZ})\b\)?)?(?:,?\s+(?:on\s+)?(?:(?P<wd>{_WD})|(?P<rel>today|tomorrow|yesterday|tonight)|(?P<mon>{_MONTH})\s+(?P<d>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?|(?P<d2>{_DAY})\s+(?P<mon2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR}))?)\b)?"),
    ("weekend", r"\b(?P<rel>(?:[Tt]his\s+)?[Pp]ast|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+weekend\b(?!s)"),
    ("part_of_day", r"\b(?P<rel>[Tt]his|[Ll]ast|[Yy]esterday|[Tt]omorrow)\s+(?P<part>morning|afternoon|evening|night)\b"),
    ("quarter_rel", r"\b(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]hat)\s+)?(?P<ago>(?:comparable\s+)?[Yy]ear[\s-](?:earlier|ago)\s+)?(?:(?:latest|current|fiscal|flat|same)[\s-])?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b"),
    ("quarter_ref", rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:(?P<y>{_YEAR})\s+(?=quarter|period))?(?P<which>(?:latest|most\s+recent|recent|current|just[\s-]ended|last|past|previous|preceding)\s+)?(?:quarter(?!-)(?!\s+of\s+(?:the\s+)?(?:year|1|2))|(?<=latest\s)period|(?<=recent\s)period|(?<=\d\s)period)\b"),
    ("year_earlier", r"\b(?:(?:[Tt]he|[Aa])\s+)?(?:comparable\s+)?[Yy]ear[\s-](?:earlier|ago)(?:\s+(?:quarter|period))?\b|\b[Aa]\s+year\s+(?:earlier|before)\b"),
    ("same_period", r"\b[Tt]he\s+(?:same|corresponding|comparable|like)\s+(?:period|quarter|time)\s+(?:of\s+)?last\s+year\b"),
    ("ago_vague", r"\b(?:[Ss]everal|[Aa]\s+few|[Mm]any|[Ss]ome)\s+(?P<unit>days|weeks|months|years|decades)\s+ago\b"),
    ("duration", rf"\b(?:{_SPAN_OF}\s+)?(?:{_QUAL}\s+)?(?<![\d,.])(?P<n>{_COUNT})(?P<sep>[\s-])(?P<unit>{_UNIT})\b(?P<half>\s+and\s+a\s+half\b)?(?P<adj>-long|-old\b|\s+old\b)?(?!-old|\s+ago\b|\s+or\s+so\s+ago\b)"),
    ("unit_long", r"\b(?P<unit>[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)-long\b"),
    ("duration_one", r"\b(?:[Tt]he\s+)?(?:past|last|next|coming|previous|following)\s+(?P<unit>decade|century|fortnight)\b"),
    ("duration_vague", rf"(?:\b(?:[Ff]or|[Ii]n\s+recent|[Rr]ecent|[Tt]he\s+coming|[Cc]oming|[Tt]he\s+past|[Ff]or\s+many|[Ff]or\s+several|[Ww]ithin)\s+)(?P<unit>{_UNITS})\b(?:-long)?|\b(?P<unit2>decades|years|centuries)-long\b"),
    # "over the years", "in the early years", "in the weeks ahead", "the first time in years": an unspecified stretch
    ("duration_the", rf"\b(?:(?<=\b[Oo]ver\s)|(?<=\b[Ii]n\s)|(?<=\b[Tt]hrough\s)|(?<=\bthroughout\s)|(?<=\b[Dd]uring\s))[Tt]he\s+"
                     rf"(?:(?:early|late|intervening|ensuing|following|first)\s+)?(?P<unit>{_UNITS})\b(?:\s+ahead\b)?(?!\s+of\b)"
                     r"|\b(?<=\btime\sin\s)(?P<unit2>years|months|weeks|decades)\b"),
    ("set", rf"\b(?:(?P<adv>hourly|daily|nightly|weekly|fortnightly|monthly|annually|yearly|biannually)|(?:[Ee]ach|[Ee]very|[Pp]er)\s+(?:(?P<n>other|\d+|two|three|four|five|six|ten|twelve)\s+)?(?P<unit>day|night|week|fortnight|month|quarter|year|hour|morning|afternoon|evening|summer|winter|spring|autumn|fall|{_WD}|January|February|March|April|May|June|July|August|September|October|November|December)s?|(?P<times>once|twice|three\s+times|four\s+times)\s+(?:a|per|every)\s+(?P<unit2>day|week|month|year))\b"),
    ("present", _phrases(PRESENT_WORDS) + r"(?!-)"),
    ("past_ref", _phrases(PAST_WORDS)),
    ("future_ref", _phrases(FUTURE_WORDS)),
    # "future losses", "the boy's future": kept by ``dates`` only as an adjective or a possessed noun
    ("future_adj", r"\b[Ff]uture\b(?!-)"),
    ("at_the_time", r"\b(?:[Aa]t\s+the\s+time(?!\s+of\b)|[Aa]t\s+that\s+time|[Tt]hat\s+year|(?:[Ll]ater|[Ee]arlier)\s+that\s+(?:year|month|week|day)|[Tt]he\s+same\s+(?:year|month|week|day)|[Tt]hat\s+(?:same\s+)?(?:week|month)|[Tt]hat\s+same\s+day)\b"),
    ("holiday", r"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<name>Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Hallowe'?en|Valentine['’]s\s+Day|St\.?\s+Patrick['’]s\s+Day|Bonfire\s+Night|Armistice\s+Day|Remembrance\s+Day|Independence\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day|Martin\s+Luther\s+King\s+Day|Easter(?:\s+(?:Sunday|Day|Monday))?|Good\s+Friday|Ash\s+Wednesday|Whit\s+Sunday|Pentecost)\b(?:\s+(?P<y>{_YEAR})\b)?"),
    # "(the) end of the month", "the start of the year": the month / week / year of the text, narrowed by ``dates``
    ("period_of", r"\b(?P<mod>[Ee]nd|[Ss]tart|[Bb]eginning|[Mm]iddle) of the\s+(?P<unit>month|week|year)\b"),
    ("year_end", r"\b(?:[Tt]he\s+)?(?:[Ee]nd\s+of\s+the\s+year|[Yy]ear[\s-]end)\b"),
    ("fiscal_span", r"\b(?:[Tt]he|[Ii]ts)\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending|that\s+ended|that\s+ends|to\s+(?:the\s+)?end)\b)"),
    ("fiscal_named", rf"\b[Ff]iscal(?:\s+year)?\s+(?P<y>{_YEAR})\b"),
    ("year_of_report", r"\b(?:[Tt]he\s+(?:full|fiscal|current\s+fiscal|calendar)\s+year|(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+year)\b"),
    ("century", r"\b(?:[Tt]he\s+)?(?P<n>1[0-9]|2[01])(?:st|nd|rd|th)[\s-]+[Cc]entury\b"),
    ("decade_word", r"\b[Tt]he\s+(?:(?:early|late|mid)[\s-]+)?(?:[Nn]ineteen[\s-]?)?(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|\b[Tt]he\s+(?:(?:early|late|mid)[\s-]+)?['’](?P<dd>[2-9]0)s\b"),
    ("half_year", rf"\b(?:[Tt]he\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>the|this|last|next)\s+year)\b"),
    ("spelled_year", rf"\b[Nn]ineteen[\s-](?P<t>{_SPELLED_DECADE})(?:[\s-](?P<u>{_DIGIT_WORD}))?\b|\b[Tt]he\s+year\s+two\s+thousand(?:\s+and\s+(?P<u2>{_DIGIT_WORD}|ten))?\b"),
    ("year_span", rf"\b(?P<y1>{_YEAR})\s?[–—-]\s?(?P<y2>{_YEAR})\b"),
    ("year_prefixed", rf"\b(?:[Mm]id|[Pp]re|[Pp]ost|[Ee]arly|[Ll]ate)-(?P<y>{_YEAR})\b"),
    ("dm", rf"\b(?:(?P<wd>{_WD}),?\s+)?(?P<d>{_DAY})\s+(?:(?<=st\s|nd\s|rd\s|th\s)of\s+)?(?P<mon>{_MONTH})\b|\b(?:(?P<wd2>{_WD}),?\s+)?(?P<mon2>{_MONTH})(?:\s+|(?<=\.))(?P<d2>{_DAY})\b(?!,?\s+\d)"),
    ("weekday", rf"\b(?:(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+)?(?P<wd>{_WD}){_PART}\b"),
    ("season", r"\b(?:(?P<rel>the|this|last|next|[Tt]he|[Tt]his|[Ll]ast|[Nn]ext)\s+)(?:(?:early|late)\s+)?(?P<season>spring|summer|autumn|fall|winter)\b"),
    ("relative", r"\b(?P<rel>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|[Tt]his\s+(?:week|month|year)|[Tt]his\s+past\s+week|[Ll]ast\s+(?:week|month|year)|[Nn]ext\s+(?:week|month|year)|[Ee]arlier\s+this\s+(?:week|month|year)|[Ll]ater\s+this\s+(?:week|month|year)|[Tt]he\s+(?:previous|following)\s+(?:week|month|year)|[Tt]he\s+(?:current|past)\s+(?:fiscal\s+|calendar\s+)?(?:week|month|year)|[Tt]he\s+(?:week|month|year)\s+(?:before|after)|[Tt]he\s+week(?!\s+(?:of|before|after|ended|ending|earlier|ago|to)\b)(?![\s-]+(?:long|end)\b))\b"
                 # "the next day", "the following morning", "the day before" (kind day_rel, see ``find``)
                 r"|\b[Tt]he\s+(?:(?P<dir>next|following|previous|preceding) (?P<part>day|morning|afternoon|evening|night)|(?P<part2>day|night) (?P<dir2>before|after)\b(?=\s*(?:[,.;:!?)]|and\b|but\b|$)))\b(?!-)"),
    ("ago", rf"\b(?:(?:[Aa]lmost|[Nn]early|[Aa]bout|[Aa]round|[Jj]ust|[Oo]ver|[Mm]ore\s+than|[Ss]ome)\s+)?(?P<n>\d+|{_capital_first(_WORDNUM)}(?:[\s-]{_WORDNUM})?|[Aa]n?)\s+(?P<unit>days?|weeks?|months?|years?|decades?)(?:\s+or\s+so)?\s+(?:ago|(?P<fwd>from\s+(?:now|today)|hence))\b"),
    # the lookahead first: the lookbehinds are then tried only where a month name can start
    ("month", rf"(?=[JFMASOND])(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Bb]y\s)|(?<=\b[Dd]uring\s)|(?<=\b[Ll]ast\s)|(?<=\b[Nn]ext\s)|(?<=\b[Tt]his\s)|(?<=\b[Ee]arly\s)|(?<=\b[Ll]ate\s)|(?<=\b[Mm]id-)|(?<=\b[Ll]ate-)|(?<=\b[Ee]arly-)|(?<=\b[Ff]rom\s)|(?<=\b[Tt]o\s)|(?<=\b[Ff]or\s)|(?<=\b[Tt]hrough\s)|(?<=\b[Tt]he\s)|(?<=\b[Aa]fter\s)|(?<=\b[Bb]efore\s)|(?<=\b[Oo]f\s))(?P<mon>{_MONTH})\b(?!\s+\d)"),
    ("decade", r"\b(?:the\s+)?(?P<dec>1[5-9]\d0|20\d0)s\b"),
    ("year", rf"(?<![\w£$€.,/-])(?P<y>{_YEAR})(?![\w%/-]|,\d|\.\d)"),
]


# The characters each pattern can start with: the first element of its scanner (``_scanner``), so
# the engine jumps from one such character to the next before trying the pattern (also tested as a
# lookahead in COMPILED). Keep them in step with the patterns: tests/test_dates.py checks both.
FIRST_CHARS = {
    "numeric": "[0-3]", "time": r"[\dnmNM]", "part_of_day": "[TtLlYy]", "weekend": "[TtLlNnPp]", "quarter_rel": "[TtIiYyCcLlFfSs1-4]", "quarter_ref": "[TtIi]",
    "year_earlier": "[TtAaYyCc]", "ago_vague": "[SsAaMm]", "same_period": "[Tt]", "duration": "[\\dACEFHJLMNOSTUacefhjlmnoprstu]", "duration_one": "[TtPpLlNnCcFf]", "unit_long": "[HhDdWwMmYy]",
    "duration_vague": "[FfIiRrTtCcWwDdYy]", "duration_the": "[Ttdmwy]", "present": "[RrJjNnCcPpAaTt]", "past_ref": "[RrMmLlTt]",
    "future_ref": "[Tt]", "future_adj": "[Ff]", "at_the_time": "[AaTtLlEe]", "year_end": "[TtEeYy]", "fiscal_span": "[TtIi]",
    "spelled_year": "[NnTt]", "fiscal_named": "[Ff]", "century": "[Tt12]", "decade_word": "[Tt]", "half_year": "[TtFfSsLl]", "period_of": "[EeSsBbMm]", "year_of_report": "[TtEeLl]", "year_span": "[12]", "year_prefixed": "[MmPpEeLl]", "iso": "[12]", "fiscal": "[12]",
    "fiscal_to": "[12]", "year": "[12]", "decade": "[Tt12]", "range": "[FfBb]", "ago": "[\\dAaEeFfHhJjMmNnOoSsTt]",
    "set": "[EePpabdfhmnotwy]", "holiday": "[A-ZLlNnTt]", "relative": "[TtYyLlNnEe]", "weekday": "[LlNnTtMWFS]",
    "season": "[TtLlNn]", "season_year": "[TtSsAaFfWw]", "my": "[EeLlMmJFASOND]", "month_rel": "[JFMASOND]",
    "month_range": "[BbJFMASOND]", "quarter": "[TtQFfSs1-4]", "dmy": "[\\dMTWFS]", "mdy": "[JFMASONDMTWFS]",
    "dm": "[\\dJFMASONDMTWFS]", "day_pair": "[\\dMTWFS]",
}


# Words every match of a pattern contains: a pattern is run only when the text has, for each of
# its groups, one of the group's words (a word with a capital letter as written, the others in
# any case). "ago" cannot match in a text without "ago"; the month patterns need a capitalised
# month name. This skips a third of the 47 scans on a short article (``find`` about 1.5× faster on
# news) and changes no result: each group is read off its pattern (keep them in step when a
# pattern changes), and tests/test_dates.py compares ``find`` with and without it on real text.
_MONTH_KEYS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY_KEYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_UNIT_KEYS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year",
              "decade", "centur")


def _phrase_keys(words) -> tuple[str, ...]:
    """For an alternation built by :func:`_phrases`: the longest word of each phrase."""
    return tuple(sorted({max(w.lower().split(), key=len) for w in words}))


TRIGGERS: dict[str, tuple[tuple[str, ...], ...]] = {
    "iso": (("-0", "-1"),),
    "dmy": (_MONTH_KEYS,), "mdy": (_MONTH_KEYS,), "month_range": (_MONTH_KEYS,), "day_pair": (_MONTH_KEYS,),
    "month_rel": (_MONTH_KEYS, ("year",)), "my": (_MONTH_KEYS,), "dm": (_MONTH_KEYS,), "month": (_MONTH_KEYS,),
    "quarter": (("quarter", "Q1", "Q2", "Q3", "Q4"),),
    "range": (("from", "between"),),
    "fiscal": (("-", "–", "—", "/"),), "year_span": (("-", "–", "—"),),
    "fiscal_to": (("to",),),
    "season_year": (("spring", "summer", "autumn", "fall", "winter"),),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "weekend": (("weekend",),),
    "part_of_day": (("morning", "afternoon", "evening", "night"),),
    "quarter_rel": (("quarter",),),
    "quarter_ref": (("quarter", "period"),),
    "year_earlier": (("year",), ("earlier", "ago", "before")),
    "same_period": (("same", "corresponding", "comparable", "like"), ("last",), ("year",)),
    "ago_vague": (("ago",),), "ago": (("ago", "from now", "from today", "hence"),),
    "duration": (_UNIT_KEYS,),
    "unit_long": (("-long",),),
    "duration_the": (("seconds", "minutes", "hours", "days", "nights", "weeks", "months", "quarters", "years",
                      "decades", "centuries"),),
    "duration_one": (("decade", "century", "fortnight"),),
    "duration_vague": (("seconds", "minutes", "hours", "days", "nights", "weeks", "months", "quarters", "years",
                        "decades", "centuries"),),
    "set": (("hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "annually", "yearly", "each",
             "every", "per", "once", "twice", "times"),),
    "present": (_phrase_keys(PRESENT_WORDS),), "past_ref": (_phrase_keys(PAST_WORDS),),
    "future_ref": (_phrase_keys(FUTURE_WORDS),), "future_adj": (("future",),),
    "at_the_time": (("time", "year", "month", "week", "day"),),
    "numeric": (("/19", "/20", ".19", ".20"),),
    "period_of": (("end of the", "start of the", "beginning of the", "middle of the"),),
    "holiday": (("Christmas", "Boxing", "Year's", "Year’s", "Hallowe", "Valentine", "Patrick", "Bonfire",
                 "Armistice", "Remembrance", "Independence", "Thanksgiving", "Labor", "Memorial", "Election", "Luther",
                 "Easter", "Friday", "Wednesday", "Whit", "Pentecost"),),
    "year_end": (("year",),), "year_of_report": (("year",),), "fiscal_span": (("year",), ("end",)),
    "fiscal_named": (("fiscal",),),
    "century": (("century",),),
    "decade_word": (("ties", "0s"),),
    "half_year": (("half",),),
    "spelled_year": (("nineteen", "thousand"),),
    "year_prefixed": (("mid-", "pre-", "post-", "early-", "late-"),),
    "weekday": (_WEEKDAY_KEYS,),
    "relative": (("today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "day", "morning", "afternoon",
                  "evening", "night"),),
    "decade": (("0s",),),
    "year": (("1", "2"),),
}


def _cased(key: str) -> bool:
    """A key looked up as written (it has a capital letter), not in the lower-cased text."""
    return not key.islower() and any(c.isalpha() for c in key)


# each group of TRIGGERS split once into the keys looked up in the lower-cased text and as written
_GROUPS = {name: tuple((group, tuple(k for k in group if not _cased(k)), tuple(k for k in group if _cased(k)))
                       for group in groups) for name, groups in TRIGGERS.items()}


def _may_match(name: str, text: str, lower: str, seen: dict | None = None) -> bool:
    """Does the text hold a word of each of the pattern's trigger groups? ``seen`` keeps each
    group's answer for one text (the month names are one group of nine patterns)."""
    for group, lows, caps in _GROUPS.get(name, ()):
        hit = seen.get(group) if seen is not None else None
        if hit is None:
            hit = any(k in lower for k in lows) or any(k in text for k in caps)
            if seen is not None:
                seen[group] = hit
        if not hit:
            return False
    return True


COMPILED = [(name, re.compile((f"(?={FIRST_CHARS[name]})" if name in FIRST_CHARS else "") + rx)) for name, rx in PATTERNS]


def _alternatives(rx: str) -> list[str]:
    """The top-level alternatives of a pattern (split at ``|`` outside groups and classes)."""
    out, depth, cls, i, start = [], 0, False, 0, 0
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 1
        elif cls:
            cls = ch != "]"
        elif ch == "[":
            cls = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    return out + [rx[start:]]


def _scanner(name: str, rx: str) -> re.Pattern:
    """A pattern that finds where ``rx`` matches, written to start with its first-character class
    so that Python's ``re`` skips to the next such character in its fast loop (a pattern that
    starts with ``\\b`` or a look-around is tried at every position): the class is consumed,
    then a one-character look-behind steps back and tests ``rx`` as a look-ahead. The ``\\b`` of a
    pattern whose every alternative starts with one is tested first, as "no word character before
    the first one" (the first characters are word characters; tested). Each hit is only a start:
    :func:`find` matches ``rx`` there (hits inside a previous match skipped, as ``finditer`` does)."""
    first = FIRST_CHARS.get(name) or "[JFMASOND]"  # "month" starts with its own month look-ahead
    word = all(a.startswith(r"\b") for a in _alternatives(rx))
    return re.compile(first + (r"(?<!\w[\s\S])" if word else "") + rf"(?<=(?={rx})[\s\S])")


SCANNERS = [(name, fast, _scanner(name, rx)) for (name, fast), (_, rx) in zip(COMPILED, PATTERNS)]


RELATIVE_KINDS = {"dm", "day_pair", "weekday", "season", "relative", "ago", "month", "month_rel", "month_range",
                  "time", "quarter_rel", "holiday", "year_end", "weekend"}


MORE_KINDS = {"day_rel", "period_of", "century", "decade_word", "half_year", "fiscal_named", "year_of_report", "holiday", "year_end", "fiscal_span", "duration", "duration_one", "unit_long", "duration_vague", "duration_the", "set", "spelled_year", "year_prefixed", "year_span", "year_earlier",
              "at_the_time", "present", "past_ref", "future_ref", "future_adj", "quarter_rel", "quarter_ref", "part_of_day", "weekend",
              "time", "ago_vague", "same_period"}


@dataclass
class DateSpan:
    start: int
    end: int
    kind: str
    match: re.Match


def find(text: str, exclude: list[tuple[int, int]] = ()) -> list[DateSpan]:
    """Date expressions in the text, longest first where they overlap; ``exclude`` holds
    spans (names, URLs) whose digits are not dates."""
    cands = []
    lower = text.lower()
    seen: dict = {}
    for kind, rx, scan in SCANNERS:
        if not _may_match(kind, text, lower, seen):
            continue
        end = 0
        for hit in scan.finditer(text):  # = rx.finditer(text), faster (see _scanner)
            if hit.start() >= end:
                m = rx.match(text, hit.start())
                cands.append(DateSpan(m.start(), m.end(), "day_rel" if kind == "relative" and not m.group("rel") else kind, m))
                end = m.end()
    cands.sort(key=lambda c: (-(c.end - c.start), c.start))
    # characters already taken (by an exclusion or a longer date), marked in one byte array so
    # each candidate is checked in time proportional to its own length
    taken = bytearray(len(text) + 1)
    for s, e in exclude:
        taken[s:e] = b"\x01" * max(0, min(e, len(text)) - s)
    out = []
    for c in cands:
        if 1 in taken[c.start:c.end]:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        out.append(c)
    out.sort(key=lambda c: c.start)
    return out


def _month_add(year: int, month: int, delta: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + delta
    return k // 12, k % 12 + 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]
