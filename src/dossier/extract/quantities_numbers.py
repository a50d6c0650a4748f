"""How amounts are written, for the quantities extractor: the patterns that find a number in
the text (digits, spelled words, fractions, scales, currency signs, ranges) and the readers that
turn what they matched into a value.

Spelled numbers are read by text2num (MIT; it refuses a sequence that is not one number, such
as "twenty twenty"), with the lexicon's word table for the forms it does not read ("a hundred
and two", "two dozen"); values are computed in decimal so "£16.6 million" is 16600000 exactly.
The readers that need a unit after the number ("5 ft 2 in", "44 mg to 50 mg") use
:mod:`.quantities_units`.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from .lexicon import CURRENCY_PREFIXES, FRACTIONS, SCALE_FRACTIONS, SCALES, SUBUNITS, VAGUE, WORD_NUMBERS

SCALES = {**SCALES, "trn": 1e12}  # "$5.4trn" (The Economist, the FT) beside the lexicon's "tn", "trln"
from .quantities_units import EXTRA_CURRENCY_SIGNS, EXTRA_ISO_CODES, SCALED_SIGNS, _currency_after, _glued_unit, _spaced_unit
from .quantities_scan import AFTER_SCALE as _AFTER_SCALE, AFTER_WORD as _AFTER_WORD, EUROPEAN, UNIT_WORDS as _UNITS, gated, trie  # a lookahead of the words a match can start with: the same matches, faster

# Unicode's vulgar fractions ("½", "⅙", "⅞") with their values from the Unicode database.
VULGAR = {chr(c): unicodedata.numeric(chr(c)) for c in (*range(0xBC, 0xBF), *range(0x2150, 0x215F))
          if "VULGAR FRACTION" in unicodedata.name(chr(c), "")}
# A slash fraction, alone or after a whole number ("1/4", "10 1/2", tokenised "7 3 / 4"), is tried first; its value is
# checked in _value (a numerator below the denominator: "24/7" is not a fraction).
# Then scientific notation and powers ("1.3e6", "2.48×10−5", "6.23x10^-4", "8x2^10", "2.5^-1") and
# thousands grouped by spaces ("40 000", "1 234 567.89", also with a no-break or thin space).
_NUM = (rf"(?:\d{{1,3}}\s{{1,2}})?\d{{1,2}}(?:/| / )\d{{1,3}}(?![\d/]| / ?\d)|\d*[{''.join(VULGAR)}]"
        rf"|\d+(?:\.\d+)?(?:[eE][-+−]?\d+|\s?[x×]\s?10[-−]\d+|(?:\s?[x×]\s?\d+)?\^(?:--|[-−+])?\d{{1,2}})(?![\w.])"
        rf"|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+(?:\.\d+)?(?![\d,-])"
        rf"|{EUROPEAN}|\d+ \. \d+(?= ?%| (?:per ?cent|percent|million|billion|trillion)\b)|\d+(?:\.\d+)?|\.\d+")
_WORD = trie(WORD_NUMBERS)  # one branch per letter: the same as the words longest first, faster
# "several hundred", "a few thousand", "a couple of hundred": a scale word with a vague count before it is vague.
_VAGUE_SCALE = r"(?:several|a\s+few|few|many|a\s+couple\s+(?:of\s+)?)\s*(?:hundred|thousand|million|billion|dozen)s?"
_BIG = "thousand|million|billion|trillion|lakhs?|crores?"
_FRAC = trie(FRACTIONS)
# Number words, with a scale word inside when more number words follow ("one million two thousand two hundred three"); a scale word at the end is the match's ``scale``.
# After "and": a fraction's word ("twenty and three fifths"), a word after a scale or a ten ("a hundred and two", "twenty and three"; "two and three" is two numbers).
_NOT_FRAC = rf"(?![\s-]+(?:{_FRAC})\b)"
_WORDS = (rf"(?:an?\s+(?=hundred|thousand|dozen))?(?:{_WORD})(?:(?<=ty)(?:\s?-\s?|\s+)(?:{_UNITS})\b|(?:-|\s+)(?:hundred|dozen)\b|{_AFTER_SCALE}(?:-|\s+)(?:{_WORD})|(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))\s+and\s+(?:{_WORD})"
          rf"|(?<=ty)\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine)(?![\w-]))\b{_NOT_FRAC}"
          rf"|\s+(?:{_BIG})(?=(?:\s+|\s+and\s+)(?:{_WORD})\b{_NOT_FRAC}))*"
          rf"(?:\s+point(?:[\s-]+(?:{_WORD}))+)?")  # "five point five", "nine point nought four"
ISO_CODES = sorted({c for c in CURRENCY_PREFIXES.values() if len(c) == 3 and c.isupper()})
# Currency prefixes as financial and tokenised text write them, on top of the lexicon's: a code in
# lower case before "$" ("usd$ 15", "nzd$15"), the letters of "US$", "HK$", "C$" spaced from the
# sign ("US $5", "c $ 16.4 million"; not "A $", which is an article), and "M" + an ISO code for
# millions ("MAUD 60"; after the amount: "30 MUSD", see MILLION_CODE).
PREFIX_CODES = {
    **CURRENCY_PREFIXES, **{f"{c.lower()}$": c for c in ISO_CODES},
    **{f"{k[:-1]} $": v for k, v in CURRENCY_PREFIXES.items() if k.endswith("$") and k[:-1].isalpha() and len(k) > 2},
    "C $": "CAD", "c $": "CAD", "us $": "USD", **{f"M{c}": c for c in ISO_CODES}, **EXTRA_CURRENCY_SIGNS, **{c: c for c in EXTRA_ISO_CODES},
}
MILLION_PREFIXES = frozenset(f"M{c}" for c in ISO_CODES)
MILLION_CODE = re.compile(rf"\s+M(?P<code>{'|'.join(ISO_CODES)})\b")
_CUR = trie(PREFIX_CODES) + "|(?:" + trie(SCALED_SIGNS) + r")(?=\d)"  # the scaled signs glued only
PREFIX_CODES = {**PREFIX_CODES, **SCALED_SIGNS}
# "$33million", "2.5million": some papers (USA Today) glue the scale word to the digits too
_SCALE = (rf"\s?(?:bn|mn|mln|bln|trln|trn|mil|m|k|tn)\b|\s(?:{_BIG}|dozens?|dozs?|dzs?|hundred)\b|(?<=\d)(?:{_BIG})\b"
          r"|(?<=\d|f|r)-(?:million|billion|trillion)\b|(?<=f)-dozen\b"  # "$1.5-billion"; "a half-million", "a half-dozen"
          rf"|(?(cur)(?-i:[BT])\b|(?!))"
          r"|(?<=\d\.\d)b\b|(?<=\d\.\d\d)b\b")  # "1.2b": a decimal then "b" is billions ("1500b" is bits)
_PCT = r"\s?%|\s(?:per\s?cent|percents?|pct)\b|-(?:per-?cent|percent)\b|(?-i:pc)\b"  # "6pc": British papers glue "pc"; "a 50-percent rise"
NUMBER = gated(re.compile(  # every branch refuses to start after a letter; tested first, that is ~1.3x faster (tested equal)
    r"(?<![A-Za-z])(?:"
    rf"(?:(?<![A-Za-z])(?P<cur>(?-i:{_CUR}))\s?)?"
    rf"(?P<sign>(?<![\w.,/#)%-])[-−](?=\d)|(?<![\w-])(?:minus|negative)\s+(?=\d|(?:{_WORD})\b))?"
    # circa glued to the digits ("c.4,000", "approx.200") is the qualifier, not a decimal point
    rf"(?P<num>(?(cur)|(?(sign)|(?:(?<![\w.,/#\-−])|(?<=(?<![\w.])[cC]\.)|(?<=[aA]pprox\.))))(?:{_NUM})(?![\d]|/[\d/]|[.,]\d)"
    rf"|(?<![\w-])(?:(?:half\s+)?an?|(?:an?\s+|one\s+|three\s+)?(?:half|quarters?))(?=[\s-](?:{_BIG}|dozen)\b)"
    rf"|(?<![\w-])half\s+an?(?=\sdozen\b)"  # "half a dozen MPs": 6
    rf"|(?:(?<![\w-])|(?<=-)(?:{_AFTER_WORD}))(?:{_WORDS})\b"  # "three-nought-four": after a number word's hyphen too
    rf"|(?<![\w-])(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|{_VAGUE_SCALE}|{'|'.join(VAGUE)})\b)"
    # "two and a half million", "five and a quarter": a half or quarter added before the scale
    rf"(?P<frac>(?:\s+and\s+|(?<=[a-z])-and-)(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-](?:{_FRAC})\b)?"
    rf"(?P<scale>{_SCALE})?"
    # "3 million and a half", "five billion and three quarters": a fraction of the scale
    rf"(?P<frac2>(?<=[a-z]{{4}})\s+and\s+(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-](?:{_FRAC})\b)?"
    rf"(?P<pct>{_PCT})?)",
    re.I,
), [*PREFIX_CODES, *WORD_NUMBERS, *VAGUE, "minus", "negative", "half", "quarter", "quarters", "a", "an", "several", "few", "many"])
# The high end of a range right after a number: "-£5m", " to 300", "–15 per cent", " and 300".
RANGE_TAIL = re.compile(
    rf"\s?(?P<sep>-|–|—|\s(?:to|and)\s)\s?(?:(?P<cur>(?-i:{_CUR}))\s?)?(?P<num>(?:{_NUM})(?![\d/]|[.,]\d)|(?:{_WORDS})\b)"
    rf"(?P<scale>{_SCALE})?(?P<pct>{_PCT})?",
    re.I,
)
# "rose from 5% to 7%", "fell 15% to $415.9m": a change from one figure to another, not a range.
CHANGE_BEFORE = re.compile(r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|decreased?|"
                           r"decreases|dropped|drops?|climbed|jumped|grew|grown|declined?|slipped|cut|raised?|"
                           r"reduced?|up|down)\s+(?:by\s+)?(?:[^\s]+\s+){0,2}$", re.I)
# "increased the cap from 10 to 20", "went from 300 to 500": "from" is a change only after a verb
# of change; alone ("from 7 to 10 people a day") it opens a range.
CHANGE_FROM = re.compile(r"\b(?:rose|rise|rises|risen|fell|fall|falls|fallen|increased?|increases|increasing|"
                         r"decreased?|decreases|dropped|drops?|climbed|jumped|grew|grown|declined?|slipped|cut|"
                         r"raised?|reduced?|lowered|lifted|up|down|went|gone|going|moved?|changed?|shifted|swung|"
                         r"doubled|halved|soared|plunged|plummeted|surged|tumbled|revised|increase|decrease|rise|"
                         r"fall|drop|change|jump|growth|cuts?)\b[,;:]?(?:\s+\S+){0,4}\s+from\s+(?:\S+\s+){0,2}$", re.I)
# "temperatures ranged from -18 °C to -34 °C": "from" after a verb of range is a range, not a change.
RANGE_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|between)\s+(?:from\s+)?(?:[^\s]+\s+){0,2}$", re.I)
# The high end of a range whose unit is written on both ends: "44 mg to 50 mg", "-18 °C to -34 °C".
UNIT_RANGE = re.compile(rf"\s?(?P<sep>-|–|—|\s(?:to|and)\s)\s?(?P<sign>[-−])?(?P<num>{_NUM})(?![\d/]|[.,]\d)", re.I)
# A range written with a suspended hyphen: "an 8- to 16-metre telescope", "a 10- to 15-minute walk".
SUSPENDED = re.compile(rf"-\s+to\s+(?P<num>{_NUM})-(?P<unit>[A-Za-z]+)\b", re.I)
# The smaller unit after a whole amount: "5 ft 2 in", "3 dollars 50 cents", "15 dollars and 15".
SUB_AMOUNT = re.compile(rf"(?:\s+and)?\s*(?P<num>\d{{1,4}}(?:\.\d+)?(?!\d|\.\d)|(?:{_WORDS})\b)", re.I)  # "5ft 10in"
WEIGHT_BEFORE = re.compile(r"\bweigh(?:s|ed|ing|t|ts)?\b[^.;:!?]*$"
                           r"|\b(?:lose|loses|lost|losing|shed|sheds|shedding|gain|gains|gained|gaining|drop|dropped)\s+$", re.I)
# A mass written earlier in the sentence makes "pounds" a weight: "a metric ton is 2,204.62 pounds",
# "3.2kg (7 pounds)"; not across a currency sign ("£").
MASS_BEFORE = re.compile(r"(?<![A-Za-z])(?:kgs?|kilo(?:gram(?:me)?)?s?|tonnes?|tons?|grams?|ounces?|oz|stones?|lbs?)\b[^.;!?£$€]*$", re.I)
# ... unless the amount is what something costs: "3 kilos sold for 20 pounds".
MONEY_BEFORE = re.compile(r"\b(?:for|costs?|costing|paid|pay|pays|paying|worth|priced\s+at|sold|fined|earns?|earned|"
                          r"won|wins|raised?|spent|spend|spends|charged?|charges|owes?|owed|bought)\s+"
                          r"(?:(?:about|around|some|just|only|nearly|almost|over|under)\s+)?$", re.I)
# "a twenty pound bag": "pound" in the singular before a noun is a compound adjective, the weight,
# unless the noun is a thing money is paid in or for ("a five pound note", "a ten-pound fine").
POUND_NOUN = re.compile(r"\s+pound\s+[a-z]", re.I)
POUND_NOTE = re.compile(r"\s+(?:notes?|coins?|fines?|fees?|bills?|vouchers?|tickets?|bets?|charges?|levy|payments?|"
                        r"increases?|rises?|cuts?|bonus(?:es)?|donations?|loans?|deals?|prizes?|tax|taxes|rebates?|"
                        r"grants?|pay|wage|discount|refund|subsidy|saving|savings|price|prices|tip|deposit|credit)\b", re.I)
# "500 pounds of cocaine": "pounds of" a thing is its weight, unless the thing is money.
POUNDS_OF = re.compile(r"\s+pounds?\s+of\s+(?!(?:\w+\s+)?(?:money|funding|funds|cash|taxpayers|public|investment|"
                       r"aid|spending|debt|savings|revenue|income|tax|benefits?|compensation|losses|damages)\b)", re.I)
# "2,000.45±0.01 pounds", "9.83e-3 +/- 1e-5 km/s2": the uncertainty of the number before it.
UNCERTAINTY = re.compile(rf"\s?(?:±|\+/-|\+-|\+/−)\s?(?:{_NUM})(?![\d/]|[.,]\d)")
# "45 and 50 mg", "10 or 20 per cent": a bare number takes the unit written after the next one.
SHARED_UNIT = re.compile(rf"\s+(?:(?:and|or)|by|[x×])\s+(?P<num>{_NUM})(?![\d/]|[.,]\d)(?P<pct>{_PCT})?", re.I)
POWER_AFTER = re.compile(r"\^([23])(?!\d)|\s+(squared|cubed)\b", re.I)
INCH_AFTER = re.compile(r"\s(in)\b(?=\.?\s*$|[.,;:)]|\s+(?:thick|long|wide|tall|deep|high|across|in\s+diameter)\b)")
FRACTION_DENOMINATORS = {2, 3, 4, 8, 16, 32, 64}
AND_BEFORE = re.compile(rf"(?:\d|\b(?:{_WORD}|{_BIG}))\s+and\s+$", re.I)
METRE_AFTER = re.compile(r"[\s-](?:tall|long|high|wide|deep|away|(?:above|below)\s+(?:sea\s+level|ground)|in\s+(?:length|height|diameter|width|altitude)"
                         # "the 100m sprint", "a 50m pool", "the 2m rule": a distance names the race or the thing
                         r"|(?:sprint|race|hurdles|freestyle|butterfly|backstroke|breaststroke|medley|relay|dash|"
                         r"individual\s+medley|final|heats?|world\s+record|swim|pool|yacht|wall|fence|tower|rule|"
                         r"tunnel|bridge|cliff|waves?|telescope|barrier|radius|exclusion\s+zone|runner|sprinter|"
                         r"swimmer|champion)s?)\b", re.I)
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")
CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
# "10.30am", "at 10.30", "15.00 GMT": a clock time, not a decimal.
CLOCK_AFTER = re.compile(r"^\s?(?:am|pm|a\.m\.|p\.m\.|hrs|hours|h|gmt|bst|utc|cet|et|pt)\b", re.I)
# "percentage points", "basis points", "points" after a number: its unit, so it is no clock time ("by 0.25 points").
POINTS_AFTER = re.compile(r"(?:\s+|-)(?:(?P<pp>percentage|per\s?cent(?:age)?)[\s-]+points?|(?P<bp>basis)[\s-]+points?)\b"
                          r"|\s+(?:points?|pts)\b", re.I)  # "a 2 percentage-point rise", "a 25-basis-point cut"
CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|by|before|after|around)\s+$", re.I)
# Telephone numbers: digit groups after a leading zero or a "+" country code.
PHONE = re.compile(r"(?<![\w.,])(?<!\d[ \u00a0])(?:\+\d{1,3}[\s-]?(?:\(0\))?\d{1,5}|\(?0\d{2,5}\)?)(?:[\s-]\d{3,4}){1,3}(?![\w,.]\d)")
# Geographic coordinates are no amounts: "50°34′N 2°26′W", "51°30'26\"N", "51.5074° N", "0.1278°W".
COORDINATE = re.compile(r"(?<![\w.])\d{1,3}(?:\.\d+)?°\s?(?:\d{1,2}(?:\.\d+)?\s?[′']\s?(?:\d{1,2}(?:\.\d+)?\s?[″\"]\s?)?)?[NSEW]\b")
# A ratio or a score written with a colon ("split 50:50", "a ratio of 1:3", "won 2:1") is not two
# amounts (a clock "10:30" is dropped by the time-of-day check either way).
RATIO = re.compile(r"(?<![\w.:,/])\d{1,3}:\d{1,3}(?![\w:/]|[.,]\d)")
# Fractions: "a third of", "two-thirds", "half of", "one in four", "3 in 10", "one-in-four".
FRACTION = gated(re.compile(
    rf"(?<![\w-])(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-](?P<d>{_FRAC})\b(?![\s-]+(?:{_BIG}|dozen)\b)"
    rf"|(?P<half>half)(?=\s+(?:of|the|all|its|their|his|her|our|those|these)\b)"
    # "nearly half said", "more than half voted", "cut by half": a qualifier or "by" before (HALF_BEFORE)
    rf"|(?P<half2>half)(?![\w-])(?!\s+(?:an?|past|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    rf"|(?P<n2>one|two|three|four|five|six|seven|eight|nine|\d{{1,2}})(?:\s+(?:in|out\s+of)\s+|-in-|-out-of-)(?:every\s+)?(?P<d2>a\s+hundred|\d{{1,3}}|(?:{_WORDS}))(?![\w-]|[,.]\d)"
    # "one over three", "1 over 20": a fraction when nothing is counted after it ("over 3,000 people" is a qualifier)
    rf"|(?P<n3>\d+|(?:{_WORDS}))\s+over\s+(?P<d3>\d+|(?:{_WORDS}))(?=\s*(?:[.,;:!?)]|$)))\b",
    re.I,
), [*WORD_NUMBERS, "a", "an", "half"])

# What makes a bare "half" (no "of" after it) a fraction: a qualifier or "by" right before it.
HALF_BEFORE = re.compile(r"\b(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|about|around|over|under|roughly|"
                         r"some|fully|barely|just|by|than)\s+$", re.I)


def _value(num: str, scale: str = "", frac: str = "") -> float | None:
    """The number written, plus a spelled half or quarter ("two and a half"), times its scale
    word, computed in decimal ("£16.6 million" is 16600000 exactly, not 16600000.000000002).
    Number words are read by text2num (it refuses sequences that are not one number, "twenty
    twenty"); forms it does not read ("a hundred and two", "two dozen") by the word table."""
    n = num.lower().strip()
    n = n.replace(".", "").replace(",", ".") if re.fullmatch(EUROPEAN, n) else n.replace(",", "")
    if re.fullmatch(r"[\d\s.]+", n):
        n = re.sub(r"\s", "", n)  # "40 000"
    sci = re.fullmatch(r"([\d.]+)(?:\s?[x×]\s?(\d+))?\^?((?:--|[-−+])?\d+)", n) if re.search(r"[x×^]", n) else None
    if sci:  # "2.48×10−5", "8x2^10" (8 times 2 to the 10th), "1.1^+23", "2500^-1"; "--23" is a double negative
        base, exp = Decimal(sci.group(2) or sci.group(1)), int(sci.group(3).replace("--", "").replace("−", "-"))
        n = str((Decimal(sci.group(1)) if sci.group(2) else Decimal(1)) * base ** exp) if base or exp > 0 else ""  # "0^-1": none
    n = n.replace("e−", "e-")
    factor = Decimal(str(SCALES[scale])) if scale else Decimal(1)
    words = n.split()
    frac_d = Decimal(0)
    if frac:  # " and a half", " and two-thirds"
        f = re.split(r"[\s-]+", frac.strip(" -").lower())  # "and a half"; "-and-a-half" (hyphenated)
        frac_d = Decimal(1 if f[1] in ("a", "an") else WORD_NUMBERS[f[1]]) / Decimal(FRACTIONS[f[2]])
    if n and n[-1] in VULGAR:  # "2½", "¾"
        return float((Decimal(n[:-1] or 0) + Decimal(str(VULGAR[n[-1]])) + frac_d) * factor)
    if "/" in n:  # "1/4", "10 1/2"; tokenised text spaces the slash: "7 3 / 4 %"
        whole, _, part = n.replace(" / ", "/").rpartition(" ")
        a, b = (int(x) for x in part.split("/"))
        if not 0 < a < b:
            return None  # "24/7", "3/3"
        return float((Decimal(whole or 0) + Decimal(a) / Decimal(b)) * factor)
    if scale and words and words[-1] in ("a", "an", *SCALE_FRACTIONS):
        # "half a million", "a quarter million", "three quarters billion"
        part = Decimal(str(SCALE_FRACTIONS.get(words[-1], 1)))
        if words[0] == "half" and words[-1] in ("a", "an"):
            part = Decimal("0.5")
        elif words[0] == "three" and words[-1] == "quarters":
            part = Decimal("0.75")
        return float((part + frac_d) * factor)  # "a million and a half": 1.5 million
    try:
        return float((Decimal(n) + frac_d) * factor)
    except InvalidOperation:
        pass
    whole, point, decimals = n.partition(" point ")
    if scale and not frac and scale in SCALES and re.search(rf"\b(?:{_BIG})\b", whole):
        whole, factor = f"{whole} {scale}", Decimal(1)  # "one million two | thousand" is one number
    base = _words_value(whole)
    if point and base is not None:  # "five point five", "nine point nought four", "two hundred point seventy-one"
        digits = [WORD_NUMBERS.get(w) for w in re.split(r"[-\s]+", decimals)]
        if None in digits or not digits:
            return None
        tail = "".join(str(d) for d in digits) if all(d < 10 for d in digits) else str(int(_words_value(decimals) or 0))
        base = float(Decimal(str(int(base))) + Decimal("0." + tail))
    return None if base is None else float((Decimal(str(base)) + frac_d) * factor)


def _words_value(n: str) -> float | None:
    """A spelled number ("one hundred and thirty-two", "one million two thousand"), or None."""
    if len(n.split()) > 1 or "-" in n:
        try:
            return float(text2num(n.replace("-", " "), "en"))
        except ValueError:
            pass
    total, current = Decimal(0), Decimal(0)
    for w in re.split(r"[-\s]+", n):
        if w == "and" or (w in ("a", "an") and current == 0):
            continue  # "a hundred and two"
        if w in SCALES:  # "two thousand and five" when text2num refuses the whole
            total, current = total + (current or 1) * Decimal(str(SCALES[w])), Decimal(0)
            continue
        if w not in WORD_NUMBERS:
            return None
        v = WORD_NUMBERS[w]
        if v == 100:
            current = (current or 1) * 100
        elif v == 12 and w == "dozen":
            current = (current or 1) * 12
        else:
            current += v
    return float(total + current)

# The rest of a number written in digits and scale words: "4 thousand | 3 hundred | and 21",
# "6 crore | and two hundred", "3 hundred | and one".
COMPOUND_TAIL = re.compile(rf"\s+(?:and\s+)?(?P<num>\d{{1,3}}(?![\d,.%/])|(?:{_WORDS})\b)"
                           rf"(?:\s+(?P<scale>hundred|thousand|million|billion|lakhs?|crores?)\b)?(?!\s*(?:%|per\s?cent))", re.I)
# A larger scale word right after a number's scale word: "lakh crore" (10^12), "hundred thousand".
SCALE_AFTER = re.compile(r"\s+(thousand|million|billion|trillion|lakhs?|crores?)\b(?!\s*(?:%|per\s?cent))", re.I)
WORD_SCALES = {"hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "crore", "crores"}


def _compound_tail(text: str, end: int, value: float, scale: str) -> tuple[float, int]:
    """A number whose scale is a word, continued by smaller parts ("4 thousand 3 hundred and 21"
    is 4321): (value, end). A part without a scale word joins only after "hundred" ("3 hundred
    and 21") or when it is itself a spelled hundred ("6 crore and two hundred"), so "5 million
    and 3 others" stays two amounts."""
    current = SCALES[scale]
    for _ in range(3):
        t = COMPOUND_TAIL.match(text, end)
        if t is None:
            break
        part = _value(t.group("num"))
        sc = (t.group("scale") or "").lower()
        if part is None:
            break
        if sc:
            if SCALES[sc] >= current or part >= 1000:
                break
            part, current = part * SCALES[sc], SCALES[sc]
        elif not (current == 100 or "hundred" in t.group("num").lower()) or part >= current:
            break
        elif "hundred" in t.group("num").lower():
            current = 100
        value, end = float(Decimal(str(value)) + Decimal(str(part))), t.end()
        if not sc and current == 100 and "hundred" not in t.group("num").lower():
            break
    return value, end


def _is_change(text: str, start: int) -> bool:
    """"rose from 5% to 7%", "fell 15% to $415.9m": two figures of a change, not a range."""
    before = text[max(0, start - 60):start]
    return bool(CHANGE_BEFORE.search(before[-30:]) or CHANGE_FROM.search(before)) and not RANGE_BEFORE.search(before[-30:])


def _unit_at(text: str, end: int) -> tuple[str | None, int]:
    """The unit of measurement written at ``end``, glued or after a space, and its end."""
    if text[end:end + 1].isalpha() or text[end:end + 1] in "°µ²":
        unit, u_end = _glued_unit(text, end)
        return (None, end) if unit is None or unit.startswith("cur:") else (unit, u_end)
    return _spaced_unit(text, end)


def _unit_range(text: str, start: int, end: int, unit: str, value: float):
    """The high end of a range whose unit is on both ends ("between 44 mg and 50 mg"): (match,
    high, end) or None."""
    t = UNIT_RANGE.match(text, end)
    if t is None:
        return None
    sep = t.group("sep").strip()
    if sep == "and" and not re.search(r"\bbetween\s+$", text[max(0, start - 9):start], re.I):
        return None
    t_unit, t_end = _unit_at(text, t.end("num"))
    high = _value(t.group("num"))
    if t_unit != unit or high is None or _is_change(text, start):
        return None
    return t, (-high if t.group("sign") else high), t_end


def _sub_amount(text: str, end: int, unit: str, kind: str, money_word: bool) -> tuple[float, int] | None:
    """The smaller unit after a whole amount ("5 ft 2 in", "3 dollars 50 cents"): (the part of the
    larger unit it adds, its end) or None. A bare number after money written with a currency word
    ("15 dollars 50") is its minor unit when the clause ends there."""
    t = SUB_AMOUNT.match(text, end)
    if t is None or t.end() == end:
        return None
    n = _value(t.group("num"))
    if n is None:
        return None
    subs = SUBUNITS[unit]
    n_end = t.end()
    small, s_end = _unit_at(text, n_end)
    if small is None:
        cur, c_end = _currency_after(text, n_end) if not text[n_end:n_end + 1].isalpha() else (None, n_end)
        if cur is None and text[n_end:n_end + 1].isalpha():
            glued, c_end = _glued_unit(text, n_end)
            cur = glued[4:] if glued and glued.startswith("cur:") else None
        small, s_end = cur, c_end
    if small is None and unit == "foot":
        inch = re.match(r"\s?in\b\.?", text[n_end:n_end + 4])  # "5 ft 2 in": "in" is a word elsewhere
        if inch:
            small, s_end = "inch", n_end + len(inch.group(0).rstrip("."))
    if small in subs and n < subs[small]:
        return n / subs[small], s_end
    if small is None and kind == "money" and money_word and n < 100 and float(n).is_integer() \
            and re.match(r"\s*(?:[.,;:!?)]|$)", text[n_end:n_end + 2]):
        return n / 100, n_end
    return None

# Patterns the extractor (quantities.py) reads around an amount it has found.
# A metric length or mass written with digits ("100t", "10 dm", "3.5 km"): _among_measures.
MEASURE_NEAR = re.compile(r"\d\s?(?:mm|cm|dm|km|kg|t|tonnes?|metres?|meters?|kilometres?|kilometers?|m²|m2)(?![\w²])")
MONEY_SIGN = re.compile(r"[$€£¥₹]|\b(?:[A-Z]{3}|dollars?|euros?|pounds?|yen|yuan|rupees?)\b")
NOT_ALONE_AFTER = re.compile(r"\s+(?:(?!(?:is|was|has|does|as|this|its|his|us|plus|less|across)\b)[a-z]{2,}s\b|(?:of|people|children|men|women|staff|police|cattle|sheep|personnel)\b)|-")  # "2m people", "1m of", "2m-strong": counts
# "a gallon of beer", "an acre of land", "a mile of road": the article is one of the unit (common
# news units only: "a degree of", "a bar of", "a chain of", "a ton of work" are not amounts).
A_UNIT_OF = re.compile(r"(?<![\w$£€¥%.,-])(?P<a>[Aa]n?)\s+(?P<unit>(?:square\s+|cubic\s+)?(?:gallon|litre|liter|pint|quart|"
                       r"ounce|pound|kilo|kilogram|kilogramme|gram|gramme|tonne|metre|meter|kilometre|kilometer|mile|"
                       r"foot|inch|yard|acre|hectare|barrel))\s+of\b")
# A fraction of one unit: "half a mile", "a quarter of a mile", "three-quarters of a percentage
# point", "a quarter-point cut", "half an hour" (the fraction is the value, the unit its unit).
HALF_A = re.compile(r"(?<![\w-])[Hh]alf(?=\s+an?\s)")
OF_ONE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
POINT_OF_ONE = re.compile(r"\s+percentage[\s-]points?\b|-(?:percentage-)?point\b", re.I)
DURATION_OF_ONE = re.compile(r"\s+(hour|day|week|month|year|decade|century)\b", re.I)
FRACTION_BEFORE = re.compile(r"\b(?:half|quarters?|thirds?|fifths?|tenths?)\s+(?:of\s+)?$", re.I)  # "a third of [a gallon]"
AMOUNT_BEFORE = re.compile(r"(?:\d|\b(?:per|each|every))[\s%]*$|[$£€¥]\S*\s*$", re.I)  # "£1.50 a litre of milk": a rate
# A factor written as one word: "twice", "thrice", "tenfold", "three-fold", "10-fold" (value 2, 3, 10 ...;
# unit "times", as "three times as many" is read), "double the cost"; verbs ("doubled", "will double") state no number.
MULTIPLIER = re.compile(r"(?<![\w-])(?:(?P<mult>twice|thrice|double|triple|treble|quadruple)|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twenty|"
                        r"fifty|hundred|thousand|\d{1,4})-?fold)\b", re.I)
# "twice" is a factor only before what it compares ("twice as many", "twice the rate", "twice
# what was promised", "twice higher"); "met twice", "arrested twice", "twice a year" say how often.
COMPARED_AFTER = re.compile(r"\s+(?:as|the|that|those|this|these|what|its|their|his|her|our|my|your|"
                            r"more|less|fewer|\w+er\b(?<!\bafter)(?<!\bover)(?<!\bunder)|likely)\b", re.I)
THINK_TWICE = re.compile(r"\b(?:think|thinks|thought|thinking)\s+$", re.I)
PLUS_AFTER = re.compile(r"-plus\b|-odd\b|\+(?![\w+])", re.I)

# --------------------------------------------------------------------------- references, not amounts
# Numbers that label a part of a document or an item instead of counting anything, beyond the
# lexicon's REFERENCE_WORDS ("section 94", "Table 3"): structure and identifier labels of
# official and encyclopaedic documents ("note 4", "Step 2", "Tier 2", "Phase 3", "UIN 12345",
# "IMO number: 8010673"), a precision ("rounded to the nearest 10").
REFERENCE_EXTRA = {"note", "footnote", "endnote", "step", "subsection", "subparagraph", "tier", "phase",
                   "stage", "box", "option", "grade", "band", "zone", "terminal", "gate", "recommendation",
                   "ref", "reference", "id", "uin", "isbn", "issn", "imo", "nearest", "cc", "col", "cols", "resolution"}
# Labels that may take a colon or '#' before the identifier ("IMO number: 8010673", "ref #4521");
# a colon after another word is a field of a table ("Capacity: 506 beds").
ID_LABELS = {"number", "no", "nos", "ref", "reference", "id", "uin", "isbn", "issn", "imo"}
_REF_BEFORE = re.compile(r"([A-Za-z]+)(\.?)\s*(?:([:#])\s*)?$")
# "Paragraphs 5.3 and 5.4", "sections 2, 3 and 7", "Articles 8 to 10", "Page 3 of 8": a number coordinated with
# a reference number is one too (read within 40 characters before it).
_REF_LIST = re.compile(r"(?<![\w-])([A-Za-z]+)\.?\s+\d[\w.()]*(?:\s*(?:,|and|or|to|&|-|–)\s*\d[\w.()]*)*"
                       r"\s*(?:,|and|or|to|of|&|-|–)\s*$")  # "Page 3 of 8"
# Before "(1)": the start of a line or sentence, a number or letter glued to it ("2(1)", "(a)(2)")
# or a reference word ("Subsection (1)"); "Eritrea (923)" after a name is a count in a table.
ENUMERATOR_BEFORE = re.compile(r"(?:^|\n|[.;:]\s*|[\w)])$|\b(?:sub)?(?:section|paragraph|article|clause|regulation|rule|"
                               r"schedule|part)s?\s*(?:\d+\w*)?\s$", re.I)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)\s*\d")
# "at this stage 300 people had crossed", "by that stage": the word is no label there.
_NOT_A_LABEL = re.compile(r"\b(?:this|that|which|what|some|one|each|every|any|an?|later|earlier|early|late|final|"
                          r"first|last|next|same)\s+\w+\.?\s*$", re.I)
# An all-capital code of 2-6 letters before plain digits: a parliamentary or file reference ("HC
# 1234", "FOI 78123", "UIN 12345"), not an amount (currency codes are read before this check).
_CODE_BEFORE = re.compile(r"(?<![\w&-])([A-Z]{2,6})\s$")


def _reference_word(word: str, words: set[str]) -> bool:
    w = word.lower()
    return w in words or w in REFERENCE_EXTRA or (len(w) > 3 and w.endswith("s") and (w[:-1] in words or w[:-1] in REFERENCE_EXTRA))


def is_reference(text: str, s: int, num: str, num_end: int, words: set[str], plain: bool) -> bool:
    """Is the number at ``s`` (digits ``num``, ending at ``num_end``) a reference or a label
    rather than an amount? ``words`` are the lexicon's reference words; ``plain`` says the number
    has no currency, percent or scale. "c." before a number is a column or a statute's chapter
    after a bracket, comma or number ("Act 2023 (c. 37)", "Vol. 733, c. 12"); after a word it is
    circa ("holds c.4,000 people")."""
    before = text[max(0, s - 16):s]
    m = _REF_BEFORE.search(before)
    if m:
        word, colon = m.group(1), m.group(3)
        if word.lower() == "c" and m.group(2):
            at = s - len(before) + m.start()  # where "c." starts in the text
            # a column or chapter after a bracket, a comma, a semicolon or a number: "(c. 37)",
            # "Vol. 733, c. 12", "HC Deb 5 June 2023 c. 41"; after a word it is circa
            return bool(re.search(r"[(,;\d]\s*$", text[max(0, at - 8):at]))
        at = s - len(before) + m.start()
        if colon is not None and not (num.isdigit() and word.lower() in ID_LABELS | words | REFERENCE_EXTRA):
            pass  # "Capacity: 506 beds" is a field of a table; an identifier has no thousands comma
        elif colon is None and word.lower() in words:
            return True
        elif _reference_word(word, words) and (plain or word.lower() in words) \
                and (word.lower() in words or word.lower() == "nearest" or not _NOT_A_LABEL.search(text, max(0, at - 12), s)):
            return True
    if not plain:
        return False
    listed = _REF_LIST.search(text[max(0, s - 40):s])
    if listed and _reference_word(listed.group(1), words) and re.fullmatch(r"\d{1,3}(?:\.\d+)*[A-Za-z]?", num) \
            and (not listed.group(0).rstrip().endswith(",") or _LIST_GOES_ON.match(text, num_end)):
        return True  # "sections 2, 3 and 7"; not "under section 95, 300 people"
    if num.isdigit() and len(num) <= 3 and s > 0 and text[s - 1] in "([" \
            and text[num_end:num_end + 1] == {"(": ")", "[": "]"}[text[s - 1]] \
            and (text[s - 1] == "[" or ENUMERATOR_BEFORE.search(text, max(0, s - 24), s - 1)):
        return True  # "(1) A person ...", "section 2(1)", "Subsection (1)", a footnote mark "[12]"
    if num.isdigit() and len(num) <= 3 and text[num_end:num_end + 1] in (".", ")") \
            and text[num_end + 1:num_end + 2] in (" ", "\t") and not text[text.rfind("\n", 0, s) + 1:s].strip():
        return True  # a list's enumerator opening its line: "1. More patrols", "2) Faster decisions"
    return num.isdigit() and bool(_CODE_BEFORE.search(text[max(0, s - 8):s]))
