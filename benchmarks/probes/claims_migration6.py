"""Sixth claims probe, the first on real text: who states each figure (source) and how firmly (status)
in excerpts of real US news articles (PolNeAR, ``../shared/external/polnear-dev/data/train/text``,
2015-2016), most of them about immigration, deportation and the Latino vote. Made 2026-12-06 (round 7 of
the claims sessions) by a helper; every figure was labelled from the text alone, by
``tests/claims_gold/README.md``, ``tests/claims_polnear/README.md`` and the conventions below, before any
dossier code was run on these texts, and the file was saved (``/tmp/claims7/probe_saved.py``) before its
first run.

    python benchmarks/probes/claims_migration6.py dev     # score, and list the errors
    python benchmarks/probes/claims_migration6.py aside   # score only (the held-out part)

Eleven articles, each an excerpt of whole paragraphs quoted as written (title line first, paragraphs in
their order, some skipped; the document ``id`` is the article's stem, the source of the text): an
economics column on immigrant integration (NYT), an essay on Swiss referendums (HuffPost WorldPost), a
campaign feature on Sanders and Latino voters, a 50-state poll story and a poll story on Latino voters
(Washington Post), a feature on two Cuban-American candidates (NYT), an interview in questions and
answers (USA Today), an opinion column on the Census (USA Today), a party feature and a list piece
(HuffPost) and a short campaign story (Politico). Chosen by the rule of COMMON.md (round 7): only stems
whose ``dossier.evaluate.benchmarks.common.part`` is "dev", none used by another set in ``tests/`` or
``benchmarks/probes/``, none in ``tests/claims_polnear``, preferring immigration content. The split is
by article, fixed at labelling time (``split``): six articles DEV (52 required figures), five ASIDE
(35); DEV is read while fixing classes, ASIDE is only ever scored, once before and once after, totals.

Labels (decided before running; the conventions of the first five probes and of tests/claims_polnear):
- every count, amount, percentage and margin is labelled; durations, ages, years, dates and page counts
  are not; vague amounts ("millions", "billions"), fractions ("more than a fifth", "One in four"),
  ranges ("72-75 percent", "$5-10 billion") and headline list counts are optional;
- status order disputed > projected > hedged > estimated > attributed > stated; the number in a
  plan, promise, proposal or forecast ("plan to deport 11 million people", "promised to forcibly deport
  11 million", "whites will be 47 percent", "sought to limit immigration to 0.2 percent", "would have
  capped immigration at around 16,000") is *projected*, with the plan's owner as source where the text
  names one; a present count in a sentence about a hypothetical ("Ending the ... deportation of 11
  million living illegally ... would vastly improve ...") is *stated*; a threshold "probably" needed
  ("candidates probably need to capture about 40 percent") is *hedged* (a threshold is no future value);
- "the estimated", "around", "about", "almost", "close to" are *estimated*; "more than", "less than",
  "as much as" (no modal) are bounds, not estimates;
- a poll's figure is the poll's ("a June poll found", "According to recent polls", "A Field Poll ...
  put his overall support ... at 5 percent", also its next sentence's figures): *attributed*; the
  publisher's own poll ("a new Washington Post-ABC News poll", "The Post-SurveyMonkey poll finds" in the
  Washington Post) is the publisher's voice, *stated* (tests/claims_polnear: HuffPost Pollster in
  HuffPost), the poll's name also accepted as the source; a report's figures ("A report ... by the
  National Academies ... noted that ...") are the report's, *attributed*;
- a figure in a quotation or tweet is its speaker's (*attributed*, unless a plan makes it projected); an
  answer of a question-and-answer interview is the interviewee's, a question the publisher's;
- a figure in a sentence of the publisher without a verb of saying is the publisher's (*stated*); where
  the grammar leaves the voice open (a sentence that goes on with a report's figures) both are accepted.

Scoring is the first probe's (:func:`claims_migration.run`: :func:`dossier.claims.gold.score_document`
over the ``claims`` table of :func:`dossier.api.analyse_texts`); only the part is taken from ``split``
instead of the first probes' hash of the text.
"""

from __future__ import annotations

P = "@publisher"

NA = [P, "A report released in September by the National Academies of Sciences, Engineering and Medicine",
      "the National Academies of Sciences, Engineering and Medicine",
      "National Academies of Sciences, Engineering and Medicine", "National Academies", "A report", "report"]
NA_ONLY = NA[1:]
NA_REPORT = ["the National Academies report", "National Academies report", "National Academies",
             "National Academies of Sciences, Engineering and Medicine"]
OECD = ["the Organization for Economic Cooperation and Development", "Organization for Economic Cooperation and "
        "Development", "OECD", "A report about the integration of immigrants", "A report", "report"]
SVP = ["the SVP", "SVP", "Swiss People’s Party", "the Swiss People’s Party", P]
SANDERS = ["Bernie Sanders", "Sanders"]
FIELD = ["A Field Poll of the Democratic race", "A Field Poll", "Field Poll", "poll"]
SURVEYMONKEY = [P, "The Post-SurveyMonkey poll", "Post-SurveyMonkey poll", "the 50-state poll", "50-state poll",
                "poll"]
ANALYSTS = ["political analysts", "analysts"]
DIAZ = ["Nelson Diaz", "Diaz"]
TRUMP = ["Donald Trump", "Trump", "Donald J. Trump"]
GUERRERO = ["Diane Guerrero", "Guerrero", "Actress Diane Guerrero"]
POST_ABC = [P, "a new Washington Post-ABC News poll", "Washington Post-ABC News poll", "the same poll", "poll"]
LATINO_DECISIONS = ["A new Latino Decisions poll", "Latino Decisions poll", "Latino Decisions", "poll",
                    "The survey", "survey"]
CARDENAS = ["Florida-based Republican strategist Al Cardenas", "Al Cardenas", "Cardenas"]
POST_ABC_AVG = [P, "an average of recent Post-ABC polls", "average of recent Post-ABC polls", "Post-ABC polls",
                "polls"]
JUNE_POLL = ["a June poll", "June poll", "poll"]
MARIST = ["a Marist College poll for NBC News and The Wall Street Journal", "Marist College poll", "Marist College",
          "poll"]
PEW = ["the Pew Hispanic Center", "Pew Hispanic Center", "the report", "report"]
NEW_POLL = ["a new poll", "new poll", "poll"]
FERRE = ["Helen Aguirre Ferre", "Ferre", "Aguirre Ferre"]
RECENT_POLLS = ["recent polls", "polls"]
OSUNA = ["San Diego chapter president Luis Osuna", "Luis Osuna", "Osuna", "La Raza Lawyers Association"]
SAUL = ["A Plus reporter Isaac Saul", "Isaac Saul", "Saul"]
CLINTON = ["Hillary Clinton", "Clinton"]

DOCS = [
    # DEV
    dict(id="nyt_2015-12-10_immigrants-can-find-way-in-ameri", split="dev", publisher="The New York Times",
         published="2015-12-10", text=(
        'Immigrants can find way in America;\n'
        '\n'
        'Start with the special police forces dedicated to persecuting and deporting over a quarter of the '
        "nation's immigrants, the estimated 11 million who entered the country without authorization. Then "
        'there is the lack of labor laws to shield them from wage theft and perilous jobs.\n'
        '\n'
        'A report released in September by the National Academies of Sciences, Engineering and Medicine '
        'noted that more immigrants buy into the American dream than do native-born Americans: 70 percent '
        'believe their children will be better off than themselves, up from 60 percent 20 years ago. Among '
        'American-born parents, only 50 percent believe that.\n'
        '\n'
        'A report about the integration of immigrants issued over the summer by the Organization for '
        "Economic Cooperation and Development noted that more than a fifth of Europe's immigrants from "
        'outside the European Union were unemployed, about double the rate of European Union citizens.\n'
        '\n'
        'One in four of the economically active is out of work in France and one in three in Belgium and '
        'Sweden. And these poor employment prospects persist down the generations. Youth joblessness among '
        'the European-born children of immigrants is almost 50 percent higher than for those with '
        'native-born parents.\n'
        '\n'
        'And yet, across most of Europe, voters want to limit immigration. Majorities in many European '
        'countries see immigrants as an economic burden and as people who refuse to assimilate. For all the '
        'hatred of immigrants stirred up by Mr. Trump and other Republican hopefuls, most Americans - 63 '
        'percent in 2014, according to the National Academies report - still believe immigration is a good '
        'thing. Majorities across the political spectrum favor granting illegal immigrants a path toward '
        'legal status.\n'
        '\n'
        'The American approach to immigration, of course, could improve enormously. Ending the active '
        'persecution and deportation of 11 million living illegally in the United States would vastly '
        'improve not only their own odds of success, but those of their 4.5 million American-born children - '
        'citizens all - as well.\n'),
         claims=[("over a quarter", None, [P], "stated", True), ("11 million", 11e6, [P], "estimated"),
                 ("70 percent", 70, NA_ONLY, "attributed"), ("60 percent", 60, NA_ONLY, "attributed"),
                 ("50 percent", 50, NA_ONLY, "attributed"),
                 ("more than a fifth", None, OECD, "attributed", True),
                 ("about double", None, OECD, "estimated", True),
                 ("One in four", None, [P] + OECD, "attributed", True),
                 ("one in three", None, [P] + OECD, "attributed", True),
                 ("almost 50 percent", 50, [P] + OECD, "estimated"),
                 ("63 percent", 63, NA_REPORT, "attributed"),
                 ("11 million", 11e6, [P], "stated"), ("4.5 million", 4.5e6, [P], "stated")]),
    dict(id="huff-post_2016-03-21_the-rise-of-switzerland-s-trump", split="dev", publisher="The Huffington Post",
         published="2016-03-21", text=(
        'The Rise of Switzerland’s Trump.\n'
        '\n'
        'Both Blocher and the SVP have long complained that the political class does not heed the will of '
        'the people and that said will (via referenda) should be the first and last arbiter of legislation. '
        'Switzerland’s political system allows for anyone to bring an issue to referendum if they garner '
        '100,000 signatures within 18 months.\n'
        '\n'
        'In 2005, the Eurosceptic SVP campaigned hard against Switzerland’s ascension to Schengen. '
        'Ultimately 54.6 percent of the electorate voted in favor of joining Schengen, but the referendum '
        'saw the continuation of the series of evocative and distinct SVP posters at a national level.\n'
        '\n'
        'In 2008, the SVP launched its initiative against legislative changes proposed by the government '
        'concerning naturalization. The SVP counterproposal argued that municipal organizations and even the '
        'citizenry directly should decide who gets naturalized. This proposal was rejected by 64 percent of '
        'the electorate.\n'
        '\n'
        'In 2009, the SVP launched a counter-initiative to federal efforts to implement Swiss-EU freedom of '
        'movement legislation. The SVP was rejected by 59.6 percent of voters. The same year the SVP also '
        'sponsored a referendum on the banning of minarets, which passed with 57.5 percent of the vote (53 '
        'percent turnout).\n'
        '\n'
        'The SVP also realized that it could spam referenda and capitalize on the fact that — given the '
        'number and range of topics of Swiss referenda — most referenda see a turnout of around 50 percent '
        'or less. By spamming referenda, engendering voter fatigue in the general public and simultaneously '
        'rallying their base, the SVP could dominate national political discourse.\n'
        '\n'
        'Capitalizing on this new formula, the SVP launched the “expulsion of criminal foreigners '
        'initiative” in 2010. This initiative called for the deportation of foreign nationals convicted of '
        'serious crimes, robbery and welfare fraud. The initiative passed with 52.9 percent of the vote and '
        'a voter turnout of 53 percent. This result led to serious problems for the government as it would '
        'go against its international and regional legal obligations.\n'
        '\n'
        'Buoyed by these successes, the SVP launched the Ecopop initiative in 2014. Utilizing environmental '
        'language highlighting concerns about sustainable growth and overpopulation, the SVP sought to limit '
        'immigration  to 0.2 percent of the national population per year. This would have capped immigration '
        'at around 16,000, as opposed to the average 80,000 — overwhelmingly EU member state — immigrants '
        'entering Switzerland annually. This measure was handily defeated by 74 percent, with a turnout of '
        '49.4 percent.\n'
        '\n'
        'The initiative highly galvanized Swiss politics and resulted in 58.9 percent voting against the SVP '
        'initiative with a turnout of 63.1 percent. However, three of the four cantons with the highest '
        'voter turnout  — 72-75 percent —  voted in favor, demonstrating the SVP’s continuing ability to '
        'rally its base.\n'),
         claims=[("100,000 signatures", 100000, [P], "stated"), ("54.6 percent", 54.6, [P], "stated"),
                 ("64 percent", 64, [P], "stated"), ("59.6 percent", 59.6, [P], "stated"),
                 ("57.5 percent", 57.5, [P], "stated"), ("53 percent", 53, [P], "stated"),
                 ("around 50 percent", 50, [P], "estimated"), ("52.9 percent", 52.9, [P], "stated"),
                 ("53 percent", 53, [P], "stated"), ("0.2 percent", 0.2, SVP, "projected"),
                 ("around 16,000", 16000, [P], "projected"), ("80,000", 80000, [P], "stated"),
                 ("74 percent", 74, [P], "stated"), ("49.4 percent", 49.4, [P], "stated"),
                 ("58.9 percent", 58.9, [P], "stated"), ("63.1 percent", 63.1, [P], "stated"),
                 ("72-75 percent", None, [P], "stated", True)]),
    dict(id="wash-post_2016-06-05_is-sanders-finally-connecting-wi", split="dev", publisher="The Washington Post",
         published="2016-06-05", text=(
        'Is Sanders finally connecting with minority voters?\n'
        '\n'
        'CHICO, Calif. - Bernie Sanders first touched down in California 10 months ago, and close to 28,000 '
        'people filled the Los Angeles Memorial Sports Arena to see him. Just two staffers made the trip. '
        'There was something dreamlike about the crowd, and something promising, too.\n'
        '\n'
        'But in the Sanders stump speech and in his interactions with voters, there are clues to how he '
        "broke through with nonwhite voters. Immigration is now an issue of morality and workers' dignity; "
        'gone are the days when, in sync with some labor leaders, he said that only people such as David and '
        'Charles Koch wanted "open borders." At a Thursday rally in Modesto, Sanders promised to legalize '
        'workers by executive order if Congress did not pass "comprehensive" reform.\n'
        '\n'
        '"Today, there are 11 million undocumented people in this country, and when you are a worker, and '
        'when you are undocumented, you get cheated and you get exploited every single day," he said. "What '
        'your employer can do to you if you are an undocumented worker is a disgrace."\n'
        '\n'
        'But that changed when one voter brought up immigration. She asked Sanders about the "2 '
        'million-plus" people deported under the Obama administration and about deportations to come. He '
        'started his answer with a story about his parents, immigrants from Poland. Then he described his '
        'visit to Friendship Park, outside San Diego along the U.S.-Mexico border, one of the events meant '
        'to penetrate the Spanish-speaking media.\n'
        '\n'
        'There was also hope for Sanders in polling. A Field Poll of the Democratic race in May 2015 put his '
        'overall support among likely Democratic voters at 5 percent. By the end of the year, he had climbed '
        'to 35 percent overall and to 32 percent among nonwhites.\n'
        '\n'
        "The Clinton campaign watched this happen all year, and at key moments, like Nevada's caucuses and "
        "Illinois's close primary, it appeared to hold off the tide. In 2008, Clinton won California's "
        'Latino voters by a 35-point margin over Barack Obama. Among Latinos younger than 30, she won by 30 '
        'points.\n'
        '\n'
        'In the first six months of this year, 1.8 million new California voters were registered. Latino '
        'registration was up by 123 percent compared with the same period in 2012. The rise of Donald Trump '
        'propelled that increase, but Sanders seemed to reap the benefits.\n'
        '\n'
        'Sanders has not ignored television. He was on the California airwaves, to the tune of $1.5 million, '
        'before Clinton was. More importantly, three months before the primary, his campaign shelled out to '
        'broadcast a short film called "Tenemos Familias" on Univision. It told the story of Florida tomato '
        'pickers - a labor issue that Sanders had discovered during his first Senate term and which he had '
        'promoted from his Washington perch.\n'),
         claims=[("28,000 people", 28000, [P], "estimated"), ("two staffers", 2, [P], "stated", True),
                 ("11 million", 11e6, SANDERS, "attributed"),
                 ("2 million-plus", 2e6, ["one voter", "voter", "She"], "attributed"),
                 ("5 percent", 5, FIELD, "attributed"), ("35 percent", 35, [P] + FIELD, "attributed"),
                 ("32 percent", 32, [P] + FIELD, "attributed"), ("35-point", 35, [P], "stated"),
                 ("30 points", 30, [P], "stated"), ("1.8 million", 1.8e6, [P], "stated"),
                 ("123 percent", 123, [P], "stated"), ("$1.5 million", 1.5e6, [P], "stated")]),
    dict(id="wash-post_2016-09-07_third-party-contenders-are-wild-", split="dev", publisher="The Washington Post",
         published="2016-09-07", text=(
        'Third-party contenders are wild cards.\n'
        '\n'
        'Johnson wins a slice.\n'
        '\n'
        'Third-party candidates Gary Johnson and Jill Stein are positioned to garner significant support '
        'across the country in a year in which the major-party candidates have broken records for '
        "unpopularity. The Post-SurveyMonkey poll finds the Libertarian Party's Johnson supported by an "
        'average of 13 percent across all states, ranging from a low of 4 percent in Mississippi to a high '
        'of 25 percent in New Mexico, the state where he served two terms as governor.\n'
        '\n'
        'Immigration lower-tier issue.\n'
        '\n'
        "Trump's promises to deport undocumented immigrants and build a wall along the U.S.-Mexico border "
        "have put the issue of immigration at the center of this year's campaign, but the 50-state poll "
        'finds immigration is a second- or third-tier issue for voters across the country.\n'
        '\n'
        'Asked which issue matters to them most, an average of 32 percent across all 50 states picked the '
        'economy and jobs, followed by health care and terrorism at 16 percent each, education at 10 percent '
        'and the environment at 8 percent. Immigration came fifth at 7 percent, exceeding only foreign '
        'policy at 4 percent.\n'
        '\n'
        'The importance of immigration peaked in some states near and far from the U.S.-Mexico border, '
        'including 13 percent in North Dakota, 12 percent in Idaho, and 10 percent in Texas and in '
        'California. But in each of these states, immigration ranked behind the economy and terrorism.\n'),
         claims=[("13 percent", 13, SURVEYMONKEY, "stated"), ("4 percent", 4, SURVEYMONKEY, "stated"),
                 ("25 percent", 25, SURVEYMONKEY, "stated"), ("32 percent", 32, SURVEYMONKEY, "stated"),
                 ("16 percent", 16, SURVEYMONKEY, "stated"), ("10 percent", 10, SURVEYMONKEY, "stated"),
                 ("8 percent", 8, SURVEYMONKEY, "stated"), ("7 percent", 7, SURVEYMONKEY, "stated"),
                 ("4 percent", 4, SURVEYMONKEY, "stated"), ("13 percent", 13, SURVEYMONKEY, "stated"),
                 ("12 percent", 12, SURVEYMONKEY, "stated"), ("10 percent", 10, SURVEYMONKEY, "stated")]),
    dict(id="nyt_2015-12-18_rubio-and-cruz-diverge-on-approa", split="dev", publisher="The New York Times",
         published="2015-12-18", text=(
        'Rubio and Cruz diverge on approach to Hispanic identity.\n'
        '\n'
        'This week, two liberal Hispanic groups rolled out radio and online advertisements tethering Mr. '
        'Cruz and Mr. Rubio to Mr. Trump and criticizing them as anti-Latino, a tactic Democrats hope will '
        'dampen Latino support for them in the general election. To win the White House, candidates probably '
        'need to capture about 40 percent of the Hispanic vote, political analysts say; in 2012, Mitt Romney '
        'stumbled with 27 percent.\n'
        '\n'
        'Nelson Diaz, a former aide to Mr. Rubio and now the chairman of the Republican Party in Miami-Dade '
        "County, said of Mr. Rubio: ''He is American 100 percent, but he is very in touch with his Cuban "
        "background.''\n"
        '\n'
        "On the stump, Mr. Cruz has embraced his Cuban father's story, more for what it says about America "
        'than what it says about immigrants. His father fled Cuba with $100 sewn into his underwear and '
        "worked as a dishwasher to help pay tuition at the University of Texas at Austin. ''America, quite "
        "simply, saved my father,'' Mr. Cruz wrote.\n"),
         claims=[("about 40 percent", 40, ANALYSTS, "hedged"),
                 ("27 percent", 27, [P] + ANALYSTS, "stated", True),
                 ("100 percent", 100, DIAZ, "attributed"), ("$100", 100, [P], "stated")]),
    dict(id="usa-today_2016-05-06_immigration-debate-hits-home-for", split="dev", publisher="USA Today",
         published="2016-05-06", text=(
        'Immigration debate hits home for actress Diane Guerrero.\n'
        '\n'
        'Actress Diane Guerrero has become a familiar figure to many through her roles as Maritza Ramos on '
        "Orange Is the New Black and Lina on Jane the Virgin. But even her fellow cast members didn't know "
        'that she had been on her own since age 14, when her parents were arrested and deported to Colombia. '
        'In a memoir, In the Country We Love: My Family Divided, published Tuesday by Henry Holt and '
        "Company, the American-born 29-year-old tackles the personal side of the nation's immigration "
        'debate. Questions and answers have been edited for length and clarity.\n'
        '\n'
        "Q: There's lots of talk about immigration in the presidential race this year. Donald Trump, the "
        'likely Republican nominee, says we should round up the 11 million people here with papers and '
        "deport them. What's the impact when you hear that?\n"
        '\n'
        'A: Well, I think he has a lot of people afraid, and I think not just people who are undocumented, '
        'but people who are just citizens of this country, American citizens. He has them completely '
        "scared.  ... I don't know how you're going to round up 11 million people and deport them all. And I "
        "don't see how that can be good for our economy and certainly not for families and I just don't "
        "think it's a good thing.  ...\n"),
         claims=[("11 million", 11e6, TRUMP, "projected"), ("11 million", 11e6, GUERRERO, "projected")]),
    # ASIDE
    dict(id="wash-post_2016-09-04_clinton-s-standing-among-latinos", split="aside",
         publisher="The Washington Post", published="2016-09-04",
         text=(
        "Clinton's standing among Latinos looks to be weakening.\n"
        '\n'
        'The GOP nominee has staked much of his campaign on cracking down on illegal immigration, portraying '
        'Mexican immigrants, in particular, as "rapists" and criminals who take American jobs. Trump has '
        'promised to build a massive wall along the U.S.-Mexico border and deport millions of undocumented '
        'immigrants, while also suggesting that birthright citizenship should be abolished. As a result, '
        'just 18 percent of registered Hispanic voters have a favorable view of Trump in a new Washington '
        'Post-ABC News poll.\n'
        '\n'
        "But there is also evidence that Clinton's standing with Hispanic voters may be weakening. According "
        "to the same poll, Clinton's favorability among Hispanics fell in August from 71 percent to 55 "
        "percent, a drop outside the sample's 10 percentage-point margin of error.\n"
        '\n'
        'A new Latino Decisions poll released Friday found that 70 percent of registered Latino voters said '
        'they would definitely vote for Clinton or were leaning toward doing so, a drop from 76 percent who '
        "said the same in April. The survey, conducted for the immigration advocacy group America's Voice, "
        'also found that support for Trump rose from 11 percent in April to 19 percent in August.\n'
        '\n'
        '"When you have less than 20 percent in your polling with Hispanics, how much worse could it get?" '
        'said Florida-based Republican strategist Al Cardenas, referring to Trump. "It\'s not so much that '
        "Donald Trump is doing better with Latino voters, but she's doing worse. That's tightened up the "
        'race in Florida and Nevada."\n'
        '\n'
        'Obama won Latino voters in 2012 by 71 percent to 27 percent for GOP nominee Mitt Romney - the '
        'largest for a Democrat since Bill Clinton won 72 percent of Hispanics in 1996. Latino turnout in '
        '2012 also hit a high of 11.2 million voters.\n'
        '\n'
        'This year, an average of recent Post-ABC polls shows Hillary Clinton leading Trump by 70 percent to '
        "25 percent among Hispanic voters - similar to Obama's margin over Romney.\n"),
         claims=[("millions", None, TRUMP, "projected", True), ("18 percent", 18, POST_ABC, "stated"),
                 ("71 percent", 71, POST_ABC, "stated"), ("55 percent", 55, POST_ABC, "stated"),
                 ("10 percentage-point", 10, POST_ABC, "stated"),
                 ("70 percent", 70, LATINO_DECISIONS, "attributed"),
                 ("76 percent", 76, LATINO_DECISIONS, "attributed"),
                 ("11 percent", 11, LATINO_DECISIONS, "attributed"),
                 ("19 percent", 19, LATINO_DECISIONS, "attributed"), ("20 percent", 20, CARDENAS, "attributed"),
                 ("71 percent", 71, [P], "stated"), ("27 percent", 27, [P], "stated"),
                 ("72 percent", 72, [P], "stated"), ("11.2 million voters", 11.2e6, [P], "stated"),
                 ("70 percent", 70, POST_ABC_AVG, "stated"), ("25 percent", 25, POST_ABC_AVG, "stated")]),
    dict(id="huff-post_2016-07-18_so-long-grand-old-party-hello-wh", split="aside",
         publisher="The Huffington Post", published="2016-07-18",
         text=(
        'So Long, Grand Old Party; Hello, White People’s Party.\n'
        '\n'
        'Trump’s language and positions appear to be translating into dismal poll numbers already, '
        'particularly in those states where it could matter most. In Florida, a June poll found Trump '
        'receiving 20 percent support from Latino voters compared to 68 percent for presumptive Democratic '
        'nominee Hillary Clinton.\n'
        '\n'
        'And in Ohio and Pennsylvania, a Marist College poll for NBC News and The Wall Street Journal '
        'released last week actually showed Trump with zero percent support among African-American voters.\n'
        '\n'
        'As it happens, this was exactly the sort of demographic change the party warned about in its 2013 '
        'report. Between 2000 and 2012, the Republican presidential candidate got between 87 and 88 percent '
        'of his total votes from white people. But as the electorate has gradually become less white, white '
        'votes are no longer enough to win. Only once in the past six elections has the GOP candidate won '
        'the popular vote: 2004, when George W. Bush took 43 percent of the Hispanic vote. In the 2012 '
        'election, Romney won only 27 percent of that vote.\n'
        '\n'
        '“The nation’s demographic changes add to the urgency of recognizing how precarious our position has '
        'become,” the report stated. “According to the Pew Hispanic Center, in 2050, whites will be 47 '
        'percent of the country while Hispanics will grow to 29 percent and Asians to 9 percent.”\n'
        '\n'
        'Priebus, in the wake of a new poll showing Trump’s overall standing with Latinos down to 14 '
        'percent, told Fox News on Sunday that Trump appreciates the need to do better.\n'
        '\n'
        'Helen Aguirre Ferre, who took over as head of Hispanic communications after the previous director '
        'quit because of her distaste for Trump, said Latino voters are interested in more than just '
        'immigration, and that many will be receptive to his message on jobs and national security.\n'
        '\n'
        'Even in her hometown of Miami, where two of the three Cuban-American members of Congress have '
        'disavowed Trump, Ferre said Trump has the potential to do well. She pointed to his 22 percent '
        'showing in Miami-Dade County, Rubio’s home, in the March 15 primary. “I think that speaks volumes,” '
        'she said, adding that Trump’s campaign will work hard to win over those Latino voters in November. '
        '“I think they’re waiting to be courted.”\n'
        '\n'
        'Editor’s note:\xa0Donald Trump\xa0regularly\xa0incites political violence\xa0and is a\xa0serial liar,\xa0rampant '
        'xenophobe,\xa0racist,\xa0misogynist\xa0and\xa0birther\xa0who has repeatedly pledged to ban all Muslims ― 1.6 '
        'billion members of an entire religion ― from entering the U.S.\n'),
         claims=[("20 percent", 20, JUNE_POLL, "attributed"), ("68 percent", 68, JUNE_POLL, "attributed"),
                 ("zero percent", 0, MARIST, "attributed"), ("88 percent", 88, [P], "stated", True),
                 ("43 percent", 43, [P], "stated"), ("27 percent", 27, [P], "stated"),
                 ("47 percent", 47, PEW, "projected"), ("29 percent", 29, PEW, "projected"),
                 ("9 percent", 9, PEW, "projected"), ("14 percent", 14, NEW_POLL, "attributed"),
                 ("22 percent", 22, FERRE, "attributed"), ("1.6 billion", 1.6e9, [P], "stated")]),
    dict(id="huff-post_2016-07-18_more-offensive-things-donald-tru", split="aside",
         publisher="The Huffington Post", published="2016-07-18",
         text=(
        '9 (More) Offensive Things Donald Trump Has Said About Latinos.\n'
        '\n'
        'Trump may have flip-flopped on several issues over that time,\xa0but his ability to offend members of '
        'the Latino community has remained disturbingly consistent. And it hasn’t gone unnoticed: According '
        'to recent polls, Trump holds only 14 percent of the Latino vote compared to Hillary Clinton’s 76 '
        'percent.\n'
        '\n'
        'The GOP candidate has insisted on building a wall on the U.S.-Mexico border, despite\xa0critics, like '
        'John Oliver, breaking down why it’s\xa0an expensive and futile\xa0idea.\xa0In response, Trump assured voters\xa0'
        'he’d force Mexico to pay for the wall.\xa0He sent a two-page memo to The Washington Post\xa0in April '
        'explaining his plan, which includes confiscating money that Mexican migrants in the U.S. send to '
        'Mexico until the Mexican government agreed to make a one-time payment to the United States of '
        '“$5-10 billion.” Former Mexican presidents Vicente Fox and Felipe Calderón promptly fired back at '
        'Trump over the proposal.\xa0“Mexican people, we are not going to pay any single cent for such a stupid '
        'wall,” Calderón said in an interview with CNBC. “And it’s going to be completely useless.”\n'
        '\n'
        'As proof that Judge Curiel was biased because of his Mexican heritage, Trump repeatedly pointed out '
        'that the federal judge\xa0was a member of the San Diego chapter of the La Raza Lawyers Association.\xa0In '
        'an interview with CBS’ Face the Nation he named it as a reason for Curiel’s alleged bias.\xa0On the '
        'topic, San Diego chapter president Luis Osuna told The Huffington Post: “A lot of people are '
        'assuming that since it’s called ‘La Raza lawyers’ that it’s only Mexicans.\xa0But we consist of 300 '
        'members: judges, lawyers, law students, non-legal professionals that work in the legal field.” He '
        'added that members are\xa0“Latino, non-Latino, Mexican, non-Mexican, Caucasian.”\n'
        '\n'
        'After the Supreme court failed to reach a majority decision on President Barack Obama’s\xa0plan to '
        'defer deportation for millions on undocumented immigrants, Trump said the SCOTUS’ deadlock has '
        '“kept us safe”\xa0 on Twitter before claiming that open borders are “tearing American families apart.”\xa0'
        'Given his past comments on building a wall to keep so-called\xa0Mexican “rapists” and “criminals” out '
        'of the U.S., it’s safe to say he’s referring to the notion of closing the Mexico-U.S. border.\xa0A '
        'Plus reporter Isaac Saul tweeted back at Trump pointing out how ironic the statement was coming '
        'from a candidate who promised mass deportation: “Uh.. your unrealistic proposal is to spend '
        'billions deporting 11 million ppl n children to rip those very families apart.”\n'),
         claims=[("9", 9, [P], "stated", True), ("14 percent", 14, RECENT_POLLS, "attributed"),
                 ("76 percent", 76, RECENT_POLLS, "attributed"), ("$5-10 billion", None, TRUMP, "projected", True),
                 ("300 members", 300, OSUNA, "attributed"), ("millions", None, [P], "projected", True),
                 ("billions", None, SAUL, "projected", True), ("11 million", 11e6, SAUL, "projected")]),
    dict(id="usa-today_2015-11-24_trump-card-for-census-roundup-bu", split="aside", publisher="USA Today",
         published="2015-11-24", text=(
        'Trump card for Census roundup;\n'
        '\n'
        'The Census Bureau is sending its hefty American Community Survey to more than 3 million households '
        "a year. That's good news for a would-be president Donald Trump, who will find just the information "
        'he needs for some of his kookier ideas.\n'
        '\n'
        'The survey asks whether any resident has "difficulty remembering, concentrating or making '
        'decisions." But the Census relies on profound memory lapses to achieve compliance with its demands, '
        'in addition to a threatened fine of as much as $5,000.\n'
        '\n'
        'Trump, a Republican front-runner in the presidential race, has repeatedly promised to forcibly '
        'deport 11 million undocumented immigrants. He has also toyed with the idea of some kind of Muslim '
        'database. And the Census could provide the road map for either.\n'),
         claims=[("more than 3 million households", 3e6, [P], "stated"), ("$5,000", 5000, [P], "stated"),
                 ("11 million", 11e6, TRUMP, "projected")]),
    dict(id="politico_2015-11-11_clinton-blasts-trump-over-deport", split="aside", publisher="Politico",
         published="2015-11-11", text=(
        "Clinton blasts Trump over 'deportation force' idea.\n"
        '\n'
        "Hillary Clinton has a word for Donald Trump's plan to deport 11 million people from the country: "
        'No.\n'
        '\n'
        '"The idea of tracking down and deporting 11 million people is absurd, inhumane, and un-American. '
        'No, Trump. -H" Clinton tweeted, quoting a New York Times reporter\'s tweet on Trump\'s comments made '
        'earlier in the morning on MSNBC.\n'
        '\n'
        '"You\'re going to have a deportation force, and you\'re going to do it humanely and you’re going to '
        'bring the country -- and, frankly, the people, because you have some excellent, wonderful people, '
        'some fantastic people that have been here for a long period of time," Trump said. "Don\'t forget, '
        'Mika, that you have millions of people that are waiting in line to come into this country and '
        "they’re waiting to come in legally. And I always say the wall, we're going to build the wall. It's "
        'going to be a real deal. It’s going to be a real wall."\n'),
         claims=[("11 million people", 11e6, TRUMP + [P], "projected"),
                 ("11 million people", 11e6, CLINTON, "projected"),
                 ("millions of people", None, TRUMP, "attributed", True)]),
]


def main() -> int:
    import claims_migration  # the first probe's scoring; the part is each document's split

    split = {d["text"]: d["split"] for d in DOCS}
    claims_migration.part_of = split.__getitem__
    return claims_migration.run(DOCS, "claims_migration6.py")


if __name__ == "__main__":
    raise SystemExit(main())
