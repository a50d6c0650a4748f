"""Third quantities probe, the first of **real text**: sentences quoted from eleven US political news
articles of 2015-2016 (the PolNeAR article texts, ``../shared/external/polnear-dev/data/train/text``;
each item keeps its article's stem as provenance), many about immigration, deportation, refugees and
the Latino vote: percentages of polls and referendums, counts of people, money with scale words,
ranges ("$5-10 billion", "72-75 percent"), "one in four", "about a third", "nearly twice",
"tens of millions of dollars", "hundreds", hyphenated measures ("7,600-foot-high", "an 80-member
council"), and sentences with no amount ("no one", "one of", ordinals, names with a number).

    python benchmarks/probes/quantities_migration3.py dev          # score, and list the errors
    python benchmarks/probes/quantities_migration3.py aside        # score only, aggregate (held-out part)
    python benchmarks/probes/quantities_migration3.py dev --peer   # quantulum3 on the same items, same scorer

Chosen 2026-12-06 (round 7, helper "quant7"): only articles whose stem is in PolNeAR's DEV part
(``dossier.evaluate.benchmarks.common.part(stem) == "dev"``) and used by no other set. Every item was
labelled from the text alone before any code ran on it. The split is **by article**: the stems sorted
by the md5 of the stem, DEV taken from the front until it holds ~60 % of the labels, ASIDE the rest
(``SPLIT`` below, fixed once). DEV is read while fixing classes; ASIDE is scored as totals only.

Labels and scoring are those of ``quantities_migration.py`` (imported, not copied):
``(surface, value, unit, qualifier)``; ``value`` a number, a ``(low, high)`` pair for a range, or None
for a vague amount; ``unit`` an ISO 4217 code, ``percent``, ``percentage points``, a quantulum3 unit
name, ``''`` for a fraction, ``times`` for a factor, a word that must appear in the row's unit or
counted noun, or None (not checked). Durations and ages are not labelled (the scorer counts duration
rows neither way); years and ordinals are no amount. Conventions of this probe: a poll's "four points"
is labelled with the word ``points``; "34-27" (a poll score) as two numbers, unit not checked;
"one" as a pronoun or "a certain" ("one Latino conservative") is no amount.
"""

from __future__ import annotations

import sys

ARTICLES = {
    "nyt_2015-12-10_immigrants-can-find-way-in-ameri": [
        ("Start with the special police forces dedicated to persecuting and deporting over a quarter of the nation's immigrants, the estimated 11 million who entered the country without authorization.",
         [("over a quarter", 0.25, "", "more_than"), ("the estimated 11 million", 11e6, None, "approximately")]),
        ("A report released in September by the National Academies of Sciences, Engineering and Medicine noted that more immigrants buy into the American dream than do native-born Americans: 70 percent believe their children will be better off than themselves, up from 60 percent 20 years ago.",
         [("70 percent", 70, "percent", "exact"), ("60 percent", 60, "percent", "exact")]),
        ("Among American-born parents, only 50 percent believe that.",
         [("only 50 percent", 50, "percent", "only")]),
        ("One in four of the economically active is out of work in France and one in three in Belgium and Sweden.",
         [("One in four", 0.25, "", "exact"), ("one in three", 1 / 3, "", "exact")]),
        ("Youth joblessness among the European-born children of immigrants is almost 50 percent higher than for those with native-born parents.",
         [("almost 50 percent", 50, "percent", "approximately")]),
        ("For all the hatred of immigrants stirred up by Mr. Trump and other Republican hopefuls, most Americans - 63 percent in 2014, according to the National Academies report - still believe immigration is a good thing.",
         [("63 percent", 63, "percent", "exact")]),
        ("Ending the active persecution and deportation of 11 million living illegally in the United States would vastly improve not only their own odds of success, but those of their 4.5 million American-born children - citizens all - as well.",
         [("11 million", 11e6, None, "exact"), ("4.5 million", 4.5e6, "children", "exact")]),
        ("By some standards one could say immigrants to the United States integrate poorly.",
         []),
        ("Erecting walls would blunt one of the United States' most powerful tools of social cohesion and economic progress.",
         []),
    ],
    "nyt_2015-12-18_rubio-and-cruz-diverge-on-approa": [
        ("To win the White House, candidates probably need to capture about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney stumbled with 27 percent.",
         [("about 40 percent", 40, "percent", "approximately"), ("27 percent", 27, "percent", "exact")]),
        ("Together, Senators Rubio and Cruz, of Florida and Texas, represent a watershed moment in American politics: two Hispanics running as top-tier candidates for president, and increasingly gunning for each other, in what one Latino conservative has dubbed ''the yuca primary,'' referring to the popular Cuban staple and an acronym for young urban Cuban-American.",
         [("two Hispanics", 2, "Hispanics", "exact")]),
        ("Both men are first-generation Americans of Cuban descent, born five months apart and 44 years old.",
         []),
        ("His father fled Cuba with $100 sewn into his underwear and worked as a dishwasher to help pay tuition at the University of Texas at Austin.",
         [("$100", 100, "USD", "exact")]),
        ("Nelson Diaz, a former aide to Mr. Rubio and now the chairman of the Republican Party in Miami-Dade County, said of Mr. Rubio: ''He is American 100 percent, but he is very in touch with his Cuban background.''",
         [("100 percent", 100, "percent", "exact")]),
        ("The name change is but one example of how Mr. Cruz has de-emphasized his Latino identity.",
         []),
        ("Three years after Republicans vowed to do a better job courting Latinos in the wake of their 2012 presidential defeat, the party has done the opposite as immigrants come under repeated assault by Mr. Trump.",
         []),
        ("Mr. Cruz supports squeezing out undocumented immigrants by tightening enforcement, temporarily freezing immigration levels and changing the 14th Amendment to end birthright citizenship for the children of undocumented immigrants.",
         []),
        ("The similarities between the two candidates are striking.",
         [("two", 2, "candidates", "exact")]),
    ],
    "huff-post_2016-07-18_more-offensive-things-donald-tru": [
        ("And it hasn’t gone unnoticed: According to recent polls, Trump holds only 14 percent of the Latino vote compared to Hillary Clinton’s 76 percent.",
         [("only 14 percent", 14, "percent", "only"), ("76 percent", 76, "percent", "exact")]),
        ("Last August we collected just nine particularly outrageous things the Republican candidate had said about Latinos around the time of his campaign launch.",
         [("just nine", 9, "things", "only")]),
        ("He sent a two-page memo to The Washington Post in April explaining his plan, which includes confiscating money that Mexican migrants in the U.S. send to Mexico until the Mexican government agreed to make a one-time payment to the United States of “$5-10 billion.”",
         [("two-page", 2, "page", "exact"), ("$5-10 billion", (5e9, 1e10), "USD", "exact")]),
        ("But we consist of 300 members: judges, lawyers, law students, non-legal professionals that work in the legal field.”",
         [("300 members", 300, "members", "exact")]),
        ("A Plus reporter Isaac Saul tweeted back at Trump pointing out how ironic the statement was coming from a candidate who promised mass deportation: “Uh.. your unrealistic proposal is to spend billions deporting 11 million ppl n children to rip those very families apart.”",
         [("billions", None, None, "vague"), ("11 million", 11e6, "ppl", "exact")]),
        ("Trump may have flip-flopped on several issues over that time, but his ability to offend members of the Latino community has remained disturbingly consistent.",
         []),
    ],
    "huff-post_2016-03-21_the-rise-of-switzerland-s-trump": [
        ("Switzerland’s political system allows for anyone to bring an issue to referendum if they garner 100,000 signatures within 18 months.",
         [("100,000 signatures", 100000, "signatures", "exact")]),
        ("Ultimately 54.6 percent of the electorate voted in favor of joining Schengen, but the referendum saw the continuation of the series of evocative and distinct SVP posters at a national level.",
         [("54.6 percent", 54.6, "percent", "exact")]),
        ("This proposal was rejected by 64 percent of the electorate.",
         [("64 percent", 64, "percent", "exact")]),
        ("The same year the SVP also sponsored a referendum on the banning of minarets, which passed with 57.5 percent of the vote (53 percent turnout).",
         [("57.5 percent", 57.5, "percent", "exact"), ("53 percent", 53, "percent", "exact")]),
        ("The SVP also realized that it could spam referenda and capitalize on the fact that — given the number and range of topics of Swiss referenda — most referenda see a turnout of around 50 percent or less.",
         [("around 50 percent", 50, "percent", "approximately")]),
        ("Utilizing environmental language highlighting concerns about sustainable growth and overpopulation, the SVP sought to limit immigration  to 0.2 percent of the national population per year.",
         [("0.2 percent", 0.2, "percent", "exact")]),
        ("This would have capped immigration at around 16,000, as opposed to the average 80,000 — overwhelmingly EU member state — immigrants entering Switzerland annually.",
         [("around 16,000", 16000, None, "approximately"), ("80,000", 80000, "immigrants", "exact")]),
        ("This measure was handily defeated by 74 percent, with a turnout of 49.4 percent.",
         [("74 percent", 74, "percent", "exact"), ("49.4 percent", 49.4, "percent", "exact")]),
        ("The initiative highly galvanized Swiss politics and resulted in 58.9 percent voting against the SVP initiative with a turnout of 63.1 percent.",
         [("58.9 percent", 58.9, "percent", "exact"), ("63.1 percent", 63.1, "percent", "exact")]),
        ("However, three of the four cantons with the highest voter turnout  — 72-75 percent —  voted in favor, demonstrating the SVP’s continuing ability to rally its base.",
         [("three", 3, None, "exact"), ("four cantons", 4, "cantons", "exact"), ("72-75 percent", (72, 75), "percent", "exact")]),
        ("In 2004, Blocher was elected to the seven member Federal Council, Switzerland’s executive body, serving as justice and police minister.",
         [("seven member", 7, "member", "exact")]),
        ("In 2007, Blocher’s confrontational manner saw him become only the fourth councillor since 1848 to lose their bid for re-election.",
         []),
    ],
    "usa-today_2016-05-06_immigration-debate-hits-home-for": [
        ("Donald Trump, the likely Republican nominee, says we should round up the 11 million people here with papers and deport them.",
         [("11 million people", 11e6, "people", "exact")]),
        ("I don't know how you're going to round up 11 million people and deport them all.",
         [("11 million people", 11e6, "people", "exact")]),
        ("No one checked up.",
         []),
        ("But even her fellow cast members didn't know that she had been on her own since age 14, when her parents were arrested and deported to Colombia.",
         []),
    ],
    "wash-post_2016-09-07_third-party-contenders-are-wild-": [
        ("The Post-SurveyMonkey poll finds the Libertarian Party's Johnson supported by an average of 13 percent across all states, ranging from a low of 4 percent in Mississippi to a high of 25 percent in New Mexico, the state where he served two terms as governor.",
         [("13 percent", 13, "percent", "exact"), ("4 percent", 4, "percent", "exact"), ("25 percent", 25, "percent", "exact"),
          ("two terms", 2, "terms", "exact")]),
        ("Johnson also fares well in several Midwest and Western states, receiving 19 percent support in South Dakota, Idaho and Alaska, 17 percent in Kansas and 16 percent in Colorado, Iowa, North Dakota and Washington.",
         [("19 percent", 19, "percent", "exact"), ("17 percent", 17, "percent", "exact"), ("16 percent", 16, "percent", "exact")]),
        ('An average of 10 percent of registered voters reported "no opinion" when asked whether they would vote for Hillary Clinton or Donald Trump, but the share of uncommitted voters is nearly twice as high in Utah at 19 percent, the most of any state.',
         [("10 percent", 10, "percent", "exact"), ("nearly twice", 2, "times", "approximately"), ("19 percent", 19, "percent", "exact")]),
        ("Trump is still a favorite to win the state, leading Clinton by 46 percent to 35 percent.",
         [("46 percent", 46, "percent", "exact"), ("35 percent", 35, "percent", "exact")]),
        ("His edge shrinks to 34-27 when third-party candidates are mentioned, with Johnson's significant 23 percent only four points below Clinton.",
         [("34", 34, None, "exact"), ("27", 27, None, "exact"), ("23 percent", 23, "percent", "exact"),
          ("only four points", 4, "points", "only")]),
        ("Mitt Romney's 73-to-25 percent victory in 2012 marked Republicans' largest margin since President Ronald Reagan's 1984 run, with Romney probably benefiting from his leadership in the Mormon church.",
         [("73", 73, None, "exact"), ("25 percent", 25, "percent", "exact")]),
        ("In Obama's home state of Hawaii, his 70 percent job-approval rating far surpasses Clinton's support by 12 percentage points.",
         [("70 percent", 70, "percent", "exact"), ("12 percentage points", 12, "percentage points", "exact")]),
        ("Across all 50 states, Obama averages 48 percent job approval, and Clinton's support against Trump differs from his rating by an average of only four percentage points.",
         [("50 states", 50, "states", "exact"), ("48 percent", 48, "percent", "exact"),
          ("only four percentage points", 4, "percentage points", "only")]),
        ("Among battlegrounds, Trump trails Obama's disapproval mark by eight points in New Hampshire and Pennsylvania, and by seven points in Ohio and Iowa.",
         [("eight points", 8, "points", "exact"), ("seven points", 7, "points", "exact")]),
        ("Utah has long been loyal to Republicans, supporting the party's presidential candidates by double digits in presidential contests for over four decades.",
         []),
    ],
    "wash-post_2016-09-04_clinton-s-standing-among-latinos": [
        ("As a result, just 18 percent of registered Hispanic voters have a favorable view of Trump in a new Washington Post-ABC News poll.",
         [("just 18 percent", 18, "percent", "only")]),
        ("According to the same poll, Clinton's favorability among Hispanics fell in August from 71 percent to 55 percent, a drop outside the sample's 10 percentage-point margin of error.",
         [("71 percent", 71, "percent", "exact"), ("55 percent", 55, "percent", "exact"),
          ("10 percentage-point", 10, "percentage points", "exact")]),
        ("But in 2012, the president's reelection campaign spent tens of millions of dollars on ads in Spanish beginning in April.",
         [("tens of millions of dollars", None, None, "vague")]),
        ("Latino turnout in 2012 also hit a high of 11.2 million voters.",
         [("11.2 million voters", 11.2e6, "voters", "exact")]),
        ("In Nevada and Florida, the two battleground states with the highest Latino populations, the Democratic nominee remains locked in a close race with Trump.",
         [("two", 2, "states", "exact")]),
        ('"When you have less than 20 percent in your polling with Hispanics, how much worse could it get?" said Florida-based Republican strategist Al Cardenas, referring to Trump.',
         [("less than 20 percent", 20, "percent", "less_than")]),
        ("The survey, conducted for the immigration advocacy group America's Voice, also found that support for Trump rose from 11 percent in April to 19 percent in August.",
         [("11 percent", 11, "percent", "exact"), ("19 percent", 19, "percent", "exact")]),
    ],
    "nyt_2016-09-03_professor-nega-s-war-why-an-ethi": [
        ("By the start of the millennium, its newest incarnation, a border war over a patch of seemingly worthless ground just 250 square miles in size, devolved into a tense standoff, with the two nations each massing thousands of troops along the border from official and unofficial armies.",
         [("just 250 square miles", 250, "square mile", "only"), ("two nations", 2, "nations", "exact"),
          ("thousands", None, None, "vague")]),
        ("At dawn, he and a comrade would drive 300 miles southwest to the mined, militarized border between Eritrea and Ethiopia to rendezvous with intelligence sources at a rebel base camp.",
         [("300 miles", 300, "mile", "exact")]),
        ("The lights cut out  above Nega one chilly night this July, and the rebel chief sat in darkness in a bungalow in Asmara, Eritrea's 7,600-foot-high capital.",
         [("7,600-foot", 7600, "foot", "exact")]),
        ("In recent years, Ginbot 7 has grown, and it is now guided by an 80-member council of representatives spread around the world.",
         [("80-member", 80, "member", "exact")]),
        ("As commander, Nega oversees several hundred rebel fighters in Eritrea, as well as an unknown number of armed members inside Ethiopia who carry out occasional attacks in the movement's name.",
         [("several hundred", None, None, "vague")]),
        ("The neighbors remained at peace until 1998, when a simmering dispute over the Yirga triangle, a piece of rocky land along the border that had never been clearly demarcated in colonial maps, exploded into two years of tank and trench warfare in which 100,000 died.",
         [("100,000", 100000, None, "exact")]),
        ("Since last November, according to Human Rights Watch, state security forces have killed more than 400 protesters in the Oromia region, which surrounds Addis Ababa.",
         [("more than 400 protesters", 400, "protesters", "more_than")]),
        ("Protests have recently spread to the Amhara region, as well; in August, security forces shot dead roughly 100 demonstrators and injured hundreds more.",
         [("roughly 100 demonstrators", 100, "demonstrators", "approximately"), ("hundreds", None, None, "vague")]),
        ("Thousands of Oromos, a minority group that makes up about a third of the population, have been jailed without trial on suspicion of supporting the Oromo Liberation Front, a secessionist group.",
         [("Thousands", None, None, "vague"), ("about a third", 1 / 3, "", "approximately")]),
        ("Nega's Coalition for Unity and Democracy won 137 of the 138 seats on the City Council in Addis Ababa.",
         [("137", 137, None, "exact"), ("138 seats", 138, "seats", "exact")]),
        ("Ethiopia's economy took off, averaging nearly 11 percent growth per year for the last decade, one of the highest rates in Africa.",
         [("nearly 11 percent", 11, "percent", "approximately")]),
        ("He and his wife, an Ethiopian-born optometrist, raised two sons and sent them to top-ranked colleges, the University of Pennsylvania and Carnegie Mellon.",
         [("two sons", 2, "sons", "exact")]),
        ("He was released one day before guards turned their guns on the remaining prisoners, killing 15.",
         [("15", 15, None, "exact")]),
        ("Two donkeys meandered down Harnet Avenue, the capital's main boulevard.",
         [("Two donkeys", 2, "donkeys", "exact")]),
    ],
    "wash-post_2016-07-06_understated-perez-raises-politic": [
        ("Managers earning even $30,000 are not entitled to get extra pay when they work more than 40 hours a week.",
         [("$30,000", 30000, "USD", "exact")]),
        ('"Our members are frustrated with Secretary Perez," said Jack Mozloom, a spokesman for the National Federation of Independent Business, which represents 325,000 businesses with fewer than 10 employees.',
         [("325,000 businesses", 325000, "businesses", "exact"), ("fewer than 10 employees", 10, "employees", "less_than")]),
        ("There was a lot of talk about the record 27 million Latinos who are eligible to cast a ballot in November and efforts to turn out that vote.",
         [("27 million Latinos", 27e6, "Latinos", "exact")]),
        ("With two local TV crews filming, Perez says too many women are torn by guilt when they go back to work right after the birth of their child.",
         [("two", 2, "crews", "exact")]),
        ("He has three children, and his wife, Ann Marie Staudenmaier, is a lawyer with the Washington Legal Clinic for the Homeless.",
         [("three children", 3, "children", "exact")]),
        ('The lawyer who ran three Boston Marathons before his right knee blew out is already talking about "a fierce urgency" to get things done.',
         [("three", 3, "Marathons", "exact")]),
        ("One of the reasons Perez is not widely recognized is that the highest elected office he has held was in Maryland as president of the Montgomery County Council - and that was a decade ago.",
         []),
    ],
    "wash-post_2016-06-05_is-sanders-finally-connecting-wi": [
        ("CHICO, Calif. - Bernie Sanders first touched down in California 10 months ago, and close to 28,000 people filled the Los Angeles Memorial Sports Arena to see him.",
         [("close to 28,000 people", 28000, "people", "approximately")]),
        ("Just two staffers made the trip.",
         [("Just two staffers", 2, "staffers", "only")]),
        ('"Today, there are 11 million undocumented people in this country, and when you are a worker, and when you are undocumented, you get cheated and you get exploited every single day," he said.',
         [("11 million", 11e6, "people", "exact")]),
        ('She asked Sanders about the "2 million-plus" people deported under the Obama administration and about deportations to come.',
         [("2 million-plus", 2e6, "people", "more_than")]),
        ("In the first six months of this year, 1.8 million new California voters were registered.",
         [("1.8 million", 1.8e6, "voters", "exact")]),
        ("Latino registration was up by 123 percent compared with the same period in 2012.",
         [("123 percent", 123, "percent", "exact")]),
        ("In 2008, Clinton won California's Latino voters by a 35-point margin over Barack Obama.",
         [("35-point", 35, "point", "exact")]),
        ("He was on the California airwaves, to the tune of $1.5 million, before Clinton was.",
         [("$1.5 million", 1.5e6, "USD", "exact")]),
        ("He could win California on Tuesday and still effectively lose the nomination the same day, when five other states will also hold primaries and caucuses.",
         [("five", 5, "states", "exact")]),
    ],
    "wash-post_2015-11-15_carnage-renews-debate-over-milit": [
        ("The three Democratic candidates broadly agreed on a moral responsibility for U.S. leadership to confront the al-Qaeda offshoot, which French President FranÃ§ois Hollande blamed for the coordinated attacks that killed more than 125 people in the French capital on Friday night.",
         [("three", 3, "candidates", "exact"), ("more than 125 people", 125, "people", "more_than")]),
        ("Several candidates, including Trump, said the United States should either refuse to take more Syrian refugees or take measures to tighten U.S. border controls.",
         []),
        ("None of the three laid out a plan to more aggressively wield military power.",
         [("three", 3, None, "exact")]),
    ],
}

# by article (see the docstring): stems sorted by md5(stem), DEV from the front to ~60 % of the labels
SPLIT = {}


def _split() -> dict[str, str]:
    import hashlib

    total = sum(len(labels) for items in ARTICLES.values() for _, labels in items)
    out, dev = {}, 0
    for stem in sorted(ARTICLES, key=lambda s: hashlib.md5(s.encode()).hexdigest()):
        n = sum(len(labels) for _, labels in ARTICLES[stem])
        out[stem] = "dev" if dev < 0.6 * total else "aside"
        dev += n if out[stem] == "dev" else 0
    return out


SPLIT.update(_split())
S = [item for stem in ARTICLES for item in ARTICLES[stem]]
PART = {sentence: SPLIT[stem] for stem in ARTICLES for sentence, _ in ARTICLES[stem]}


def _quantulum3_rows(sentence: str) -> list[dict]:
    """quantulum3's quantities as rows the probes' scorer reads (its ranges and units as it gives them)."""
    import warnings

    from dossier.evaluate.benchmarks.quantities import canon_unit

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        try:
            found = parser.parse(sentence)
        except Exception:  # the peer's failure costs its labels
            found = []
    rows = []
    for q in found:
        unit = "" if q.unit.name == "dimensionless" else canon_unit(q.unit.name)
        unit = "percent" if unit == "percentage" else unit
        kind = "duration" if q.unit.entity.name == "time" else "count"
        rows.append({"text": q.surface, "value": float(q.value), "value_high": None, "unit": unit,
                     "counted": q.unit.name, "qualifier": "exact", "kind": kind})
    return rows


def main() -> int:
    import quantities_migration as scoring  # the first probe's scoring, same conventions

    args = sys.argv[1:]
    part = next((a for a in args if not a.startswith("--")), "dev")
    scoring.half = PART.__getitem__  # this probe splits by article, not by a hash of the sentence
    if "--peer" in args:
        import dossier.extract as extract

        extract.analyse = lambda doc, meta, ref: {"quantities": _quantulum3_rows(doc.text)}
        print("peer: quantulum3")
    return scoring.run(S, part)


if __name__ == "__main__":
    sys.exit(main())
