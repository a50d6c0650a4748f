#!/usr/bin/env python3
"""Build the country rows of entities.csv from Natural Earth, and check the table.

Usage (run from anywhere; needs only the standard library and shapely):

    python build_countries.py            # regenerate country rows in entities.csv
    python build_countries.py --check    # validate entities.csv, report alias collisions
                                         # (--check needs only the standard library)
    python build_countries.py --dry-run  # print the generated country rows, write nothing

What it does
------------
* Reads ``ne_110m_admin_0_countries.geojson`` (Natural Earth 1:110m admin-0,
  the copy stored next to this script: 177 features) and turns every feature
  into one row: canonical English name, ISO 3166-1 alpha-3 code, aliases,
  demonyms, Wikidata QID and a map point.  The point is shapely's
  ``representative_point()`` of the largest polygon part (by planar area in
  degrees), rounded to 4 decimals.
* Adds four states that the 1:110m file does not contain (Malta, Singapore,
  Bahrain, Barbados) with a point from Google's DSPL canonical countries table.
* Merges the result into ``entities.csv``: rows this script owns (their
  ``source`` starts with one of ``OWNED_SOURCE_PREFIXES`` or their entity_id is
  generated here) are replaced; every other row (the hand-curated gazetteer) is
  kept untouched.  Rows are written sorted by entity_id.

Provenance of the embedded tables
---------------------------------
* ``QIDS``: Wikidata QIDs keyed by ISO alpha-3, copied from Our World in Data's
  curated country table (``owid/owid-grapher``,
  ``packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts``,
  column ``wikidata_uri``).  Deviations (NLD, ATA, Kosovo, Northern Cyprus,
  Somaliland) are explained in ``QID_NOTES`` and in ENTITIES-SOURCES.md.
* ``DEMONYMS``: Wikipedia, "List of adjectival and demonymic forms for
  countries and nations" (adjective first, then a singular noun where it
  differs and is common in news).  Deliberately left out: forms that are
  ambiguous between two rows (Congolese, Korean) and forms that are ordinary
  English words or names (Pole, Finn, Kiwi); see ENTITIES-SOURCES.md.
* ``ALIASES``: official long names (Natural Earth FORMAL_EN, corrected where it
  is out of date), ISO/UN short names and common short names.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
NE_FILE = HERE / "ne_110m_admin_0_countries.geojson"
CSV_FILE = HERE / "entities.csv"

COLUMNS = ["entity_id", "name", "type", "kind", "aliases", "demonyms", "country",
           "wikidata", "lat", "lon", "source"]

NE_SOURCE = "Natural Earth 1:110m admin-0 (name, ISO, point)"
EXTRA_SOURCE = "Google DSPL canonical countries table (point)"
OWNED_SOURCE_PREFIXES = (NE_SOURCE, EXTRA_SOURCE)
DEMONYM_SOURCE = ("demonyms: Wikipedia 'List of adjectival and demonymic forms "
                  "for countries and nations'")
OWID_SOURCE = ("wikidata: OWID country table (owid/owid-grapher "
               "packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts)")

# --------------------------------------------------------------------------
# Names.  Key: Natural Earth ADM0_A3.  Only where NE's NAME is abbreviated or
# out of date; everything else keeps NE's NAME.
NAME_OVERRIDES = {
    "ATF": "French Southern and Antarctic Lands",
    "BIH": "Bosnia and Herzegovina",
    "CAF": "Central African Republic",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CYN": "Northern Cyprus",
    "DOM": "Dominican Republic",
    "FLK": "Falkland Islands",
    "GNQ": "Equatorial Guinea",
    "MKD": "North Macedonia",        # renamed February 2019
    "SAH": "Western Sahara",
    "SDS": "South Sudan",
    "SLB": "Solomon Islands",
    "SWZ": "Eswatini",               # renamed April 2018
    "USA": "United States",
}

# ISO 3166-1 alpha-3 where NE's ISO_A3 is -99.
ISO_OVERRIDES = {
    "FRA": "FRA",   # NE ISO_A3 -99 (overseas departments split off); ADM0_A3 FRA
    "NOR": "NOR",   # NE ISO_A3 -99 (Svalbard); ISO_A3_EH/ADM0_A3 NOR
    "KOS": "XKX",   # no ISO code; XKX is the user-assigned code used by the EU/IMF
    "CYN": "",      # Northern Cyprus: no ISO code (recognised only by Turkey)
    "SOL": "",      # Somaliland: no ISO code (not recognised)
}

# kind/type per ADM0_A3 where not (GPE, country).
KIND_OVERRIDES = {
    "ATA": ("LOC", "continent"),
    "ATF": ("GPE", "territory"),
    "FLK": ("GPE", "territory"),
    "GRL": ("GPE", "territory"),
    "NCL": ("GPE", "territory"),
    "PRI": ("GPE", "territory"),
    "SAH": ("GPE", "territory"),
}

# --------------------------------------------------------------------------
# Aliases (key: ADM0_A3).  "|" separated in the CSV.  No demonyms here.
ALIASES = {
    "AFG": ["Islamic Republic of Afghanistan", "Islamic Emirate of Afghanistan"],
    "AGO": ["Republic of Angola"],
    "ALB": ["Republic of Albania"],
    "ARE": ["UAE"],
    "ARG": ["Argentine Republic"],
    "ARM": ["Republic of Armenia"],
    "ATF": ["French Southern Territories"],
    "AUS": ["Commonwealth of Australia"],
    "AUT": ["Republic of Austria"],
    "AZE": ["Republic of Azerbaijan"],
    "BDI": ["Republic of Burundi"],
    "BEL": ["Kingdom of Belgium"],
    "BEN": ["Republic of Benin"],
    "BGD": ["People's Republic of Bangladesh"],
    "BGR": ["Republic of Bulgaria"],
    "BHS": ["Commonwealth of The Bahamas"],
    "BIH": ["Bosnia-Herzegovina", "Bosnia"],
    "BLR": ["Republic of Belarus"],
    "BOL": ["Plurinational State of Bolivia"],
    "BRA": ["Federative Republic of Brazil"],
    "BRN": ["Brunei Darussalam"],
    "BTN": ["Kingdom of Bhutan"],
    "BWA": ["Republic of Botswana"],
    "CHE": ["Swiss Confederation"],
    "CHL": ["Republic of Chile"],
    "CHN": ["People's Republic of China", "PRC"],
    "CIV": ["Ivory Coast", "Republic of Côte d'Ivoire"],
    "CMR": ["Republic of Cameroon"],
    "COD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Congo-Kinshasa"],
    "COG": ["Republic of Congo", "Congo-Brazzaville"],
    "COL": ["Republic of Colombia"],
    "CRI": ["Republic of Costa Rica"],
    "CUB": ["Republic of Cuba"],
    "CYN": ["Turkish Republic of Northern Cyprus", "TRNC"],
    "CYP": ["Republic of Cyprus"],
    "CZE": ["Czech Republic"],
    "DEU": ["Federal Republic of Germany"],
    "DJI": ["Republic of Djibouti"],
    "DNK": ["Kingdom of Denmark"],
    "DZA": ["People's Democratic Republic of Algeria"],
    "ECU": ["Republic of Ecuador"],
    "EGY": ["Arab Republic of Egypt"],
    "ERI": ["State of Eritrea"],
    "ESP": ["Kingdom of Spain"],
    "EST": ["Republic of Estonia"],
    "ETH": ["Federal Democratic Republic of Ethiopia"],
    "FIN": ["Republic of Finland"],
    "FJI": ["Republic of Fiji"],
    "FLK": ["Falklands"],
    "FRA": ["French Republic"],
    "GAB": ["Gabonese Republic"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain",
            "United Kingdom of Great Britain and Northern Ireland"],
    "GHA": ["Republic of Ghana"],
    "GIN": ["Republic of Guinea", "Guinea-Conakry"],
    "GMB": ["The Gambia", "Republic of The Gambia"],
    "GNB": ["Republic of Guinea-Bissau"],
    "GNQ": ["Republic of Equatorial Guinea"],
    "GRC": ["Hellenic Republic"],
    "GRL": ["Kalaallit Nunaat"],
    "GTM": ["Republic of Guatemala"],
    "GUY": ["Co-operative Republic of Guyana"],
    "HND": ["Republic of Honduras"],
    "HRV": ["Republic of Croatia"],
    "HTI": ["Republic of Haiti"],
    "IDN": ["Republic of Indonesia"],
    "IND": ["Republic of India"],
    "IRL": ["Republic of Ireland", "Éire"],
    "IRN": ["Islamic Republic of Iran"],
    "IRQ": ["Republic of Iraq"],
    "ISR": ["State of Israel"],
    "ITA": ["Italian Republic"],
    "JOR": ["Hashemite Kingdom of Jordan"],
    "KAZ": ["Republic of Kazakhstan"],
    "KEN": ["Republic of Kenya"],
    "KGZ": ["Kyrgyz Republic"],
    "KHM": ["Kingdom of Cambodia"],
    "KOR": ["Republic of Korea"],
    "KOS": ["Republic of Kosovo"],
    "KWT": ["State of Kuwait"],
    "LAO": ["Lao PDR", "Lao People's Democratic Republic"],
    "LBN": ["Lebanese Republic"],
    "LBR": ["Republic of Liberia"],
    "LBY": ["State of Libya"],
    "LKA": ["Democratic Socialist Republic of Sri Lanka"],
    "LSO": ["Kingdom of Lesotho"],
    "LTU": ["Republic of Lithuania"],
    "LUX": ["Grand Duchy of Luxembourg"],
    "LVA": ["Republic of Latvia"],
    "MAR": ["Kingdom of Morocco"],
    "MDA": ["Republic of Moldova"],
    "MDG": ["Republic of Madagascar"],
    "MEX": ["United Mexican States"],
    "MKD": ["Republic of North Macedonia", "Macedonia",
            "Former Yugoslav Republic of Macedonia", "FYROM"],
    "MLI": ["Republic of Mali"],
    "MMR": ["Burma", "Republic of the Union of Myanmar"],
    "MOZ": ["Republic of Mozambique"],
    "MRT": ["Islamic Republic of Mauritania"],
    "MWI": ["Republic of Malawi"],
    "NAM": ["Republic of Namibia"],
    "NER": ["Republic of the Niger"],
    "NGA": ["Federal Republic of Nigeria"],
    "NIC": ["Republic of Nicaragua"],
    "NLD": ["Holland"],
    "NOR": ["Kingdom of Norway"],
    "NPL": ["Federal Democratic Republic of Nepal"],
    "NZL": ["Aotearoa"],
    "OMN": ["Sultanate of Oman"],
    "PAK": ["Islamic Republic of Pakistan"],
    "PAN": ["Republic of Panama"],
    "PER": ["Republic of Peru"],
    "PHL": ["Republic of the Philippines"],
    "PNG": ["Independent State of Papua New Guinea"],
    "POL": ["Republic of Poland"],
    "PRI": ["Commonwealth of Puerto Rico"],
    "PRK": ["Democratic People's Republic of Korea", "DPRK"],
    "PRT": ["Portuguese Republic"],
    "PRY": ["Republic of Paraguay"],
    "PSX": ["State of Palestine", "Palestinian territories"],
    "QAT": ["State of Qatar"],
    "RUS": ["Russian Federation"],
    "RWA": ["Republic of Rwanda"],
    "SAU": ["Kingdom of Saudi Arabia"],
    "SDN": ["Republic of the Sudan"],
    "SDS": ["Republic of South Sudan"],
    "SEN": ["Republic of Senegal"],
    "SLE": ["Republic of Sierra Leone"],
    "SLV": ["Republic of El Salvador"],
    "SOL": ["Republic of Somaliland"],
    "SOM": ["Federal Republic of Somalia"],
    "SRB": ["Republic of Serbia"],
    "SUR": ["Republic of Suriname"],
    "SVK": ["Slovak Republic"],
    "SVN": ["Republic of Slovenia"],
    "SWE": ["Kingdom of Sweden"],
    "SWZ": ["Swaziland", "Kingdom of Eswatini"],
    "SYR": ["Syrian Arab Republic"],
    "TCD": ["Republic of Chad"],
    "TGO": ["Togolese Republic"],
    "THA": ["Kingdom of Thailand"],
    "TJK": ["Republic of Tajikistan"],
    "TLS": ["East Timor", "Democratic Republic of Timor-Leste"],
    "TTO": ["Republic of Trinidad and Tobago"],
    "TUN": ["Republic of Tunisia"],
    "TUR": ["Türkiye", "Republic of Türkiye", "Republic of Turkey"],
    "TWN": ["Republic of China"],
    "TZA": ["United Republic of Tanzania"],
    "UGA": ["Republic of Uganda"],
    "URY": ["Oriental Republic of Uruguay"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "UZB": ["Republic of Uzbekistan"],
    "VEN": ["Bolivarian Republic of Venezuela"],
    "VNM": ["Viet Nam", "Socialist Republic of Vietnam"],
    "VUT": ["Republic of Vanuatu"],
    "YEM": ["Republic of Yemen"],
    "ZAF": ["Republic of South Africa"],
    "ZMB": ["Republic of Zambia"],
    "ZWE": ["Republic of Zimbabwe"],
}

# --------------------------------------------------------------------------
# Demonyms / adjectival forms (key: ADM0_A3).
DEMONYMS = {
    "AFG": ["Afghan"], "AGO": ["Angolan"], "ALB": ["Albanian"], "ARE": ["Emirati"],
    "ARG": ["Argentine", "Argentinian"], "ARM": ["Armenian"],
    "AUS": ["Australian"], "AUT": ["Austrian"], "AZE": ["Azerbaijani", "Azeri"],
    "BDI": ["Burundian"], "BEL": ["Belgian"], "BEN": ["Beninese"],
    "BFA": ["Burkinabé"], "BGD": ["Bangladeshi"], "BGR": ["Bulgarian"],
    "BHS": ["Bahamian"], "BIH": ["Bosnian", "Herzegovinian"],
    "BLR": ["Belarusian"], "BLZ": ["Belizean"], "BOL": ["Bolivian"],
    "BRA": ["Brazilian"], "BRN": ["Bruneian"], "BTN": ["Bhutanese"],
    "BWA": ["Botswanan", "Motswana", "Batswana"], "CAF": ["Central African"],
    "CAN": ["Canadian"], "CHE": ["Swiss"], "CHL": ["Chilean"], "CHN": ["Chinese"],
    "CIV": ["Ivorian"], "CMR": ["Cameroonian"], "COL": ["Colombian"],
    "CRI": ["Costa Rican"], "CUB": ["Cuban"], "CYP": ["Cypriot"],
    "CZE": ["Czech"], "DEU": ["German"], "DJI": ["Djiboutian"],
    "DNK": ["Danish", "Dane"], "DOM": ["Dominican"], "DZA": ["Algerian"],
    "ECU": ["Ecuadorian"], "EGY": ["Egyptian"], "ERI": ["Eritrean"],
    "ESP": ["Spanish", "Spaniard"], "EST": ["Estonian"], "ETH": ["Ethiopian"],
    "FIN": ["Finnish"], "FJI": ["Fijian"], "FLK": ["Falkland Islander"],
    "FRA": ["French"], "GAB": ["Gabonese"], "GBR": ["British", "Briton"],
    "GEO": ["Georgian"], "GHA": ["Ghanaian"], "GIN": ["Guinean"],
    "GMB": ["Gambian"], "GNB": ["Bissau-Guinean"],
    "GNQ": ["Equatorial Guinean", "Equatoguinean"], "GRC": ["Greek", "Hellenic"],
    "GRL": ["Greenlandic"], "GTM": ["Guatemalan"], "GUY": ["Guyanese"],
    "HND": ["Honduran"], "HRV": ["Croatian", "Croat"], "HTI": ["Haitian"],
    "HUN": ["Hungarian"], "IDN": ["Indonesian"], "IND": ["Indian"],
    "IRL": ["Irish"], "IRN": ["Iranian"], "IRQ": ["Iraqi"],
    "ISL": ["Icelandic", "Icelander"], "ISR": ["Israeli"], "ITA": ["Italian"],
    "JAM": ["Jamaican"], "JOR": ["Jordanian"], "JPN": ["Japanese"],
    "KAZ": ["Kazakhstani", "Kazakh"], "KEN": ["Kenyan"],
    "KGZ": ["Kyrgyzstani", "Kyrgyz"], "KHM": ["Cambodian"],
    "KOR": ["South Korean"], "KOS": ["Kosovar", "Kosovan"], "KWT": ["Kuwaiti"],
    "LAO": ["Laotian", "Lao"], "LBN": ["Lebanese"], "LBR": ["Liberian"],
    "LBY": ["Libyan"], "LKA": ["Sri Lankan"], "LSO": ["Basotho", "Mosotho"],
    "LTU": ["Lithuanian"], "LUX": ["Luxembourgish", "Luxembourger"],
    "LVA": ["Latvian"], "MAR": ["Moroccan"], "MDA": ["Moldovan"],
    "MDG": ["Malagasy"], "MEX": ["Mexican"], "MKD": ["Macedonian"],
    "MLI": ["Malian"], "MMR": ["Burmese"], "MNE": ["Montenegrin"],
    "MNG": ["Mongolian"], "MOZ": ["Mozambican"], "MRT": ["Mauritanian"],
    "MWI": ["Malawian"], "MYS": ["Malaysian"], "NAM": ["Namibian"],
    "NCL": ["New Caledonian"], "NER": ["Nigerien"], "NGA": ["Nigerian"],
    "NIC": ["Nicaraguan"], "NLD": ["Dutch"], "NOR": ["Norwegian"],
    "NPL": ["Nepalese", "Nepali"], "NZL": ["New Zealander"], "OMN": ["Omani"],
    "PAK": ["Pakistani"], "PAN": ["Panamanian"], "PER": ["Peruvian"],
    "PHL": ["Filipino", "Philippine"], "PNG": ["Papua New Guinean"],
    "POL": ["Polish"], "PRI": ["Puerto Rican"], "PRK": ["North Korean"],
    "PRT": ["Portuguese"], "PRY": ["Paraguayan"], "PSX": ["Palestinian"],
    "QAT": ["Qatari"], "ROU": ["Romanian"], "RUS": ["Russian"],
    "RWA": ["Rwandan"], "SAH": ["Sahrawi"], "SAU": ["Saudi", "Saudi Arabian"],
    "SDN": ["Sudanese"], "SDS": ["South Sudanese"], "SEN": ["Senegalese"],
    "SLB": ["Solomon Islander"], "SLE": ["Sierra Leonean"],
    "SLV": ["Salvadoran", "Salvadorean"], "SOL": ["Somalilander"],
    "SOM": ["Somali", "Somalian"], "SRB": ["Serbian", "Serb"],
    "SUR": ["Surinamese"], "SVK": ["Slovak"], "SVN": ["Slovenian", "Slovene"],
    "SWE": ["Swedish", "Swede"], "SWZ": ["Swazi"], "SYR": ["Syrian"],
    "TCD": ["Chadian"], "TGO": ["Togolese"], "THA": ["Thai"],
    "TJK": ["Tajikistani", "Tajik"], "TKM": ["Turkmen"],
    "TLS": ["Timorese", "East Timorese"], "TTO": ["Trinidadian", "Tobagonian"],
    "TUN": ["Tunisian"], "TUR": ["Turkish", "Turk"], "TWN": ["Taiwanese"],
    "TZA": ["Tanzanian"], "UGA": ["Ugandan"], "UKR": ["Ukrainian"],
    "URY": ["Uruguayan"], "USA": ["American"], "UZB": ["Uzbekistani", "Uzbek"],
    "VEN": ["Venezuelan"], "VNM": ["Vietnamese"], "VUT": ["Ni-Vanuatu", "Vanuatuan"],
    "YEM": ["Yemeni"], "ZAF": ["South African"], "ZMB": ["Zambian"],
    "ZWE": ["Zimbabwean"],
    # Not generated from NE, listed for the extra states below:
    "MLT": ["Maltese"], "SGP": ["Singaporean"], "BHR": ["Bahraini"],
    "BRB": ["Barbadian", "Bajan"],
}

# --------------------------------------------------------------------------
# Wikidata QIDs keyed by ISO alpha-3 (or ADM0_A3 where there is no ISO code).
# Source: OWID CountriesRegions.ts (see module docstring) unless QID_NOTES says
# otherwise.
QIDS = {
    "AFG": "Q889", "AGO": "Q916", "ALB": "Q222", "ARE": "Q878", "ARG": "Q414",
    "ARM": "Q399", "ATF": "Q129003", "AUS": "Q408", "AUT": "Q40", "AZE": "Q227",
    "BDI": "Q967", "BEL": "Q31", "BEN": "Q962", "BFA": "Q965", "BGD": "Q902",
    "BGR": "Q219", "BHR": "Q398", "BHS": "Q778", "BIH": "Q225", "BLR": "Q184",
    "BLZ": "Q242", "BOL": "Q750", "BRA": "Q155", "BRB": "Q244", "BRN": "Q921",
    "BTN": "Q917", "BWA": "Q963", "CAF": "Q929", "CAN": "Q16", "CHE": "Q39",
    "CHL": "Q298", "CHN": "Q148", "CIV": "Q1008", "CMR": "Q1009", "COD": "Q974",
    "COG": "Q971", "COL": "Q739", "CRI": "Q800", "CUB": "Q241", "CYP": "Q229",
    "CZE": "Q213", "DEU": "Q183", "DJI": "Q977", "DNK": "Q35", "DOM": "Q786",
    "DZA": "Q262", "ECU": "Q736", "EGY": "Q79", "ERI": "Q986", "ESH": "Q6250",
    "ESP": "Q29", "EST": "Q191", "ETH": "Q115", "FIN": "Q33", "FJI": "Q712",
    "FLK": "Q9648", "FRA": "Q142", "GAB": "Q1000", "GBR": "Q145", "GEO": "Q230",
    "GHA": "Q117", "GIN": "Q1006", "GMB": "Q1005", "GNB": "Q1007", "GNQ": "Q983",
    "GRC": "Q41", "GRL": "Q223", "GTM": "Q774", "GUY": "Q734", "HND": "Q783",
    "HRV": "Q224", "HTI": "Q790", "HUN": "Q28", "IDN": "Q252", "IND": "Q668",
    "IRL": "Q27", "IRN": "Q794", "IRQ": "Q796", "ISL": "Q189", "ISR": "Q801",
    "ITA": "Q38", "JAM": "Q766", "JOR": "Q810", "JPN": "Q17", "KAZ": "Q232",
    "KEN": "Q114", "KGZ": "Q813", "KHM": "Q424", "KOR": "Q884", "KWT": "Q817",
    "LAO": "Q819", "LBN": "Q822", "LBR": "Q1014", "LBY": "Q1016", "LKA": "Q854",
    "LSO": "Q1013", "LTU": "Q37", "LUX": "Q32", "LVA": "Q211", "MAR": "Q1028",
    "MDA": "Q217", "MDG": "Q1019", "MEX": "Q96", "MKD": "Q221", "MLI": "Q912",
    "MLT": "Q233", "MMR": "Q836", "MNE": "Q236", "MNG": "Q711", "MOZ": "Q1029",
    "MRT": "Q1025", "MWI": "Q1020", "MYS": "Q833", "NAM": "Q1030", "NCL": "Q33788",
    "NER": "Q1032", "NGA": "Q1033", "NIC": "Q811", "NOR": "Q20", "NPL": "Q837",
    "NZL": "Q664", "OMN": "Q842", "PAK": "Q843", "PAN": "Q804", "PER": "Q419",
    "PHL": "Q928", "PNG": "Q691", "POL": "Q36", "PRI": "Q1183", "PRK": "Q423",
    "PRT": "Q45", "PRY": "Q733", "PSE": "Q219060", "QAT": "Q846", "ROU": "Q218",
    "RUS": "Q159", "RWA": "Q1037", "SAU": "Q851", "SDN": "Q1049", "SEN": "Q1041",
    "SGP": "Q334", "SLB": "Q685", "SLE": "Q1044", "SLV": "Q792", "SOM": "Q1045",
    "SRB": "Q403", "SSD": "Q958", "SUR": "Q730", "SVK": "Q214", "SVN": "Q215",
    "SWE": "Q34", "SWZ": "Q1050", "SYR": "Q858", "TCD": "Q657", "TGO": "Q945",
    "THA": "Q869", "TJK": "Q863", "TKM": "Q874", "TLS": "Q574", "TTO": "Q754",
    "TUN": "Q948", "TUR": "Q43", "TWN": "Q865", "TZA": "Q924", "UGA": "Q1036",
    "UKR": "Q212", "URY": "Q77", "USA": "Q30", "UZB": "Q265", "VEN": "Q717",
    "VNM": "Q881", "VUT": "Q686", "YEM": "Q805", "ZAF": "Q258", "ZMB": "Q953",
    "ZWE": "Q954",
    # Not from OWID (see QID_NOTES):
    "NLD": "Q55", "ATA": "Q51", "XKX": "Q1246", "CYN": "Q23681", "SOL": "Q34754",
}
QID_NOTES = {
    "NLD": ("wikidata: Q55 'Netherlands' (the European country NE draws), not OWID's "
            "Q29999 'Kingdom of the Netherlands'; Q55 paired with Netherlands in two "
            "public files (a SPARQL query '# Add Netherlands' and a QID->name map)"),
    "ATA": ("wikidata: Q51 continent Antarctica (OWID's ATA row is Q21590062 'Antarctic "
            "Treaty area'); found in a public continent map next to Q46 europe, Q48 asia"),
    "XKX": ("wikidata: Q1246 paired with Kosovo in several public files "
            "(e.g. unrecognised-states and country QID maps)"),
    "CYN": ("wikidata: Q23681 paired with (Turkish Republic of) Northern Cyprus in "
            "several public files"),
    "SOL": "wikidata: Q34754 paired with Somaliland in several public files",
}

# --------------------------------------------------------------------------
# States missing from the 1:110m file.  Point: Google DSPL canonical
# countries table (developers.google.com/public-data/docs/canonical/countries_csv),
# values checked in a public copy of that table.
EXTRA_STATES = [
    # iso3, name, aliases, lat, lon
    ("BHR", "Bahrain", ["Kingdom of Bahrain"], 25.930414, 50.637772),
    ("BRB", "Barbados", [], 13.193887, -59.543198),
    ("MLT", "Malta", ["Republic of Malta"], 35.937496, 14.375416),
    ("SGP", "Singapore", ["Republic of Singapore"], 1.352083, 103.819836),
]


# --------------------------------------------------------------------------
_LETTERS = str.maketrans({"ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae",
                          "Æ": "AE", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def slugify(text: str) -> str:
    """Lowercase ASCII slug: accents folded, apostrophes dropped, any other character
    (dashes, brackets, commas, spaces) becomes a hyphen."""
    text = re.sub(r"['\u2019]", "", text)          # People's -> Peoples, d'Ivoire -> dIvoire
    text = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def largest_part_point(geometry: dict) -> tuple[float, float]:
    from shapely.geometry import shape   # imported here so that --check needs only the stdlib
    geom = shape(geometry)
    if geom.geom_type == "MultiPolygon":
        geom = max(geom.geoms, key=lambda g: g.area)
    pt = geom.representative_point()
    return round(pt.y, 4), round(pt.x, 4)


def fmt_coord(value) -> str:
    return "" if value is None or value == "" else f"{float(value):.4f}".rstrip("0").rstrip(".")


def country_rows() -> list[dict]:
    data = json.loads(NE_FILE.read_text(encoding="utf-8"))
    rows = []
    for feat in data["features"]:
        p = feat["properties"]
        adm = p["ADM0_A3"]
        iso = p["ISO_A3"] if p["ISO_A3"] != "-99" else ISO_OVERRIDES.get(adm, "")
        if adm in ISO_OVERRIDES:
            iso = ISO_OVERRIDES[adm]
        name = NAME_OVERRIDES.get(adm, p["NAME"])
        etype, kind = KIND_OVERRIDES.get(adm, ("GPE", "country"))
        lat, lon = largest_part_point(feat["geometry"])
        qkey = iso or adm
        if adm == "ATA":
            qkey = "ATA"
        qid = QIDS.get(qkey, "")
        src = [NE_SOURCE]
        if DEMONYMS.get(adm):
            src.append(DEMONYM_SOURCE)
        if qkey in QID_NOTES:
            src.append(QID_NOTES[qkey])
        elif qid:
            src.append(OWID_SOURCE)
        if adm in ISO_OVERRIDES:
            if not iso:
                src.append("no ISO 3166-1 code exists, country left empty")
            elif iso == "XKX":
                src.append("code XKX: user-assigned code (EU/IMF usage), not official ISO")
            else:
                src.append(f"ISO code {iso} from NE ADM0_A3/ISO_A3_EH (NE ISO_A3 is -99)")
        rows.append({
            "entity_id": slugify(name), "name": name, "type": etype, "kind": kind,
            "aliases": "|".join(ALIASES.get(adm, [])),
            "demonyms": "|".join(DEMONYMS.get(adm, [])),
            "country": iso, "wikidata": qid,
            "lat": fmt_coord(lat), "lon": fmt_coord(lon),
            "source": "; ".join(src),
        })
    for iso, name, aliases, lat, lon in EXTRA_STATES:
        rows.append({
            "entity_id": slugify(name), "name": name, "type": "GPE", "kind": "country",
            "aliases": "|".join(aliases), "demonyms": "|".join(DEMONYMS.get(iso, [])),
            "country": iso, "wikidata": QIDS.get(iso, ""),
            "lat": fmt_coord(round(lat, 4)), "lon": fmt_coord(round(lon, 4)),
            "source": "; ".join([EXTRA_SOURCE + "; not in NE 1:110m", DEMONYM_SOURCE,
                                 OWID_SOURCE + " (QID and ISO code)"]),
        })
    return rows


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, rows: list[dict]) -> None:
    rows = sorted(rows, key=lambda r: r["entity_id"])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in COLUMNS})


def merge(generated: list[dict], existing: list[dict]) -> list[dict]:
    gen_ids = {r["entity_id"] for r in generated}
    kept = [r for r in existing
            if r["entity_id"] not in gen_ids
            and not r.get("source", "").startswith(OWNED_SOURCE_PREFIXES)]
    return kept + generated


# --------------------------------------------------------------------------
# Checks
TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "LAW", "EVENT",
         "WORK_OF_ART"}
KINDS = {"country", "region", "city", "town", "island", "sea", "continent", "port",
         "border crossing", "facility", "government", "government department",
         "government agency", "law-enforcement agency", "armed forces", "court",
         "legislature", "political party", "politician", "official",
         "international organisation", "non-governmental organisation", "company",
         "news organisation", "vessel", "law", "treaty", "policy", "programme",
         "event",
         # added values (documented in ENTITIES-SOURCES.md):
         "territory", "website", "devolved government"}

# Surface forms shared by two rows on purpose (normalised form -> entity_ids).
ALLOWED_COLLISIONS: dict[str, set[str]] = {}

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212-"


def norm(text: str) -> str:
    """Normalise like the gold matching rules (tests/gold/README.md)."""
    t = text.replace("ı", "i").replace("İ", "I")
    t = unicodedata.normalize("NFKD", t)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = t.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    t = re.sub(r"'s\b$", "", t)
    for d in _DASHES:
        t = t.replace(d, " ")
    t = re.sub(r"[^\w\s]", "", t)
    t = " ".join(t.split())
    if t.startswith("the "):
        t = t[4:]
    return t


def check(path: Path) -> int:
    rows = read_csv(path)
    errors, warnings = [], []
    with path.open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    if header != COLUMNS:
        errors.append(f"header {header} != {COLUMNS}")
    ids = [r["entity_id"] for r in rows]
    if ids != sorted(ids):
        errors.append("rows are not sorted by entity_id")
    if len(ids) != len(set(ids)):
        errors.append("duplicate entity_id: " +
                      ", ".join(sorted({i for i in ids if ids.count(i) > 1})))
    qids = [r["wikidata"] for r in rows if r["wikidata"]]
    dup_q = {q for q in qids if qids.count(q) > 1}
    if dup_q:
        errors.append("duplicate wikidata QID: " + ", ".join(sorted(dup_q)))
    forms: dict[str, set[str]] = {}
    for r in rows:
        eid = r["entity_id"]
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
            errors.append(f"{eid}: entity_id is not a lowercase ASCII slug")
        elif eid != slugify(r["name"]):
            errors.append(f"{eid}: entity_id is not the slug of the name ({slugify(r['name'])})")
        if r["type"] not in TYPES:
            errors.append(f"{eid}: type {r['type']!r} not an OntoNotes label")
        if r["kind"] not in KINDS:
            errors.append(f"{eid}: kind {r['kind']!r} not in vocabulary")
        if r["country"] and not re.fullmatch(r"[A-Z]{3}", r["country"]):
            errors.append(f"{eid}: country {r['country']!r} is not alpha-3")
        if r["wikidata"] and not re.fullmatch(r"Q[1-9][0-9]*", r["wikidata"]):
            errors.append(f"{eid}: bad QID {r['wikidata']!r}")
        for c in ("lat", "lon"):
            v = r[c]
            if v:
                if len(v.split(".")[-1]) > 4 and "." in v:
                    errors.append(f"{eid}: {c} has more than 4 decimals")
                lim = 90 if c == "lat" else 180
                if not -lim <= float(v) <= lim:
                    errors.append(f"{eid}: {c} out of range")
        if bool(r["lat"]) != bool(r["lon"]):
            errors.append(f"{eid}: lat/lon must both be set or both empty")
        if not r["source"]:
            errors.append(f"{eid}: empty source")
        surface = [r["name"]] + [a for a in r["aliases"].split("|") if a] + \
                  [d for d in r["demonyms"].split("|") if d]
        seen_here = set()
        for s in surface:
            if s != s.strip() or not s:
                errors.append(f"{eid}: blank or padded surface form {s!r}")
            k = norm(s)
            if k in seen_here:
                continue   # variants of one row that fold together are fine
            seen_here.add(k)
            forms.setdefault(k, set()).add(eid)
    collisions = {k: v for k, v in forms.items() if len(v) > 1}
    for k, v in sorted(collisions.items()):
        if ALLOWED_COLLISIONS.get(k) == v:
            warnings.append(f"allowed collision {k!r}: {sorted(v)}")
        else:
            errors.append(f"alias collision {k!r}: {sorted(v)}")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"{len(rows)} rows; QIDs {len(qids)}; coordinates "
          f"{sum(1 for r in rows if r['lat'])}")
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    for w_ in warnings:
        print("WARNING", w_)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate entities.csv only")
    ap.add_argument("--dry-run", action="store_true", help="print generated rows only")
    ap.add_argument("--csv", type=Path, default=CSV_FILE)
    args = ap.parse_args(argv)
    if args.check:
        return check(args.csv)
    generated = country_rows()
    if args.dry_run:
        w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
        w.writeheader()
        for r in sorted(generated, key=lambda r: r["entity_id"]):
            w.writerow(r)
        return 0
    write_csv(args.csv, merge(generated, read_csv(args.csv)))
    print(f"wrote {args.csv} ({len(generated)} generated country rows)")
    return check(args.csv)


if __name__ == "__main__":
    sys.exit(main())
