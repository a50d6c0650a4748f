"""Numbers of legislative and official documents and house numbers that the label words of
:func:`.quantities_numbers.is_reference` do not catch, and the denominator of a rate.

- US bill and resolution numbers: "S. 1348", "H.R. 2", "H.Res. 5", "S.J.Res. 38" (the letters,
  dotted, right before the digits; "U.S. 300" is no bill: the "S." follows a dot);
- EU document codes: "COM(2020) 610", "SWD(2021) 12", "C(2023) 1234", "JOIN(2016) 29";
- the denominator of a rate: in "12.4 applications per 1,000 inhabitants" or "3 deaths per
  100,000 people" the 1,000 and the 100,000 say what the first figure is counted over; they are
  no figures of their own ("per cent" is a percent sign, not this);
- house numbers: "10 Downing Street", "2 Marsham Street" (a count whose noun is a named street).
"""

from __future__ import annotations

import re

DOCUMENT_CODE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:H\.\s?R|H\.\s?(?:Con\.\s?|J\.\s?)?Res|S\.\s?(?:Con\.\s?|J\.\s?)?Res|S)\.\s?"
    r"|(?<![\w-])(?:COM|SWD|SEC|JOIN|C)\(\d{4}\)\s?)$")
# "per 1,000 inhabitants", "per 100,000 people": "per" and a figure right after another figure.
PER_DENOMINATOR = re.compile(r"\d[\d,.]*(?:\s?[%\w-]+){0,3}\s+per\s+$", re.I)


def is_document_code(text: str, s: int) -> bool:
    """Is the number starting at ``s`` the number of a bill or an EU document ("S. 1348")?"""
    return bool(DOCUMENT_CODE_BEFORE.search(text, max(0, s - 16), s))


def is_rate_denominator(text: str, s: int) -> bool:
    """Is the number at ``s`` what a rate is counted over ("12.4 applications per 1,000 inhabitants")?"""
    return bool(PER_DENOMINATOR.search(text, max(0, s - 48), s))


# Street words of addresses: "10 Downing Street", "2 Marsham Street", "50 Queen Anne's Gate".
STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "lane", "place", "square", "terrace", "drive", "way",
                "boulevard", "blvd", "crescent", "close", "gardens", "row", "parade", "court", "hill", "gate",
                "embankment", "strasse", "straße", "quay", "wharf"}


def is_house_number(row: dict) -> bool:
    """Is the row a house number, a count whose counted noun is the street it names ("10 Downing
    Street": unit "street", counted "Downing Street")? A count of people named after a street
    counts them ("200 Oxford Street workers": unit "workers") and stays."""
    return row["kind"] == "count" and bool(re.fullmatch(r"\d{1,4}[A-Za-z]?", row["text"])) \
        and (row["unit"] or "") in STREET_WORDS and (row["counted"] or "")[:1].isupper()
