"""Dates probe 3 in the migration-policy genre, made of **real sentences** from nine PolNeAR DEV articles
(US political news 2015-2016 about immigration, refugees, the border and Latino voters;
`../shared/external/polnear-dev/data/train/text/<stem>.txt`, quoted in place, the stem kept as provenance),
written 2026-12-06 (round 7, helper "dates7") with TimeML values fixed from the text alone before any
dossier code ran on them (saved copy `/tmp/dates7/probe_saved.py`).

    python benchmarks/probes/dates_migration3.py dev     # score, and list the misses
    python benchmarks/probes/dates_migration3.py aside   # score only (the held-out half)

Anchor: each article's `publication_date` in `../shared/external/polnear-dev/data/metadata.tsv`. Articles
are chosen with `dossier.evaluate.benchmarks.common.part(stem) == "dev"` and used by no other set.

Halves **by article**: the four articles with the smallest SHA-256 of their stem are "aside", the other
five "dev" (39 DEV labels in 32 items, 22 aside labels in 17 items). The scoring is the first probe's `run`
(imported, not copied), which halves by the first byte of each item text's SHA-256; every item's text was
therefore chosen (a sentence, or the sentence with its neighbour in the paragraph) so that this byte's
parity is its article's half, and `main` checks it. Labels are TimeML values (durations P3M, sets P1D,
weeks 2016-W22, weekends 2016-W22-WE, parts of days 2016-06-05TAF, decades 199) mapped to ours by the
TempEval harness's `timeml_value`, as in `dates_migration2.py`; "for now" (PRESENT_REF) is written as the
publication date, the harness's reading of PRESENT_REF."""
import hashlib

ARTICLES = [
 ('huff-post_2016-02-07_the-latest-gop-debate-kicked-off', '2016-02-07', 'dev', [
  ('Earlier this week, the president proposed nearly $1 billion in funds to help states provide medication-assisted treatment for opioid addicts.',
   [('this week', '2016-W05')]),
  ('Rubio hit back again, saying Christie was too focused on his campaign to care about the blizzard that hit his state last month.',
   [('last month', '2016-01')]),
  ('Marco Rubio defended himself on Saturday for bailing on his own comprehensive immigration reform bill, arguing that dropping the plan once it became clear it would not pass was an example of his leadership.',
   [('Saturday', '2016-02-06')]),
  ('Rubio tried at first to skirt the question of whether he had really fought for the bill, which passed the Senate in 2013 but never got a vote in the House.',
   [('2013', '2013')]),
  ('Cruz has questioned in recent days whether Trump has the necessary temperament to be president, but declined to follow suit on the debate stage. When asked about Trump\'s disposition, Cruz gingerly said that was "an assessment the voters are going to make" ahead of Tuesday\'s New Hampshire primary.',
   [('Tuesday', '2016-02-09')]),
 ]),
 ('breitbart_2016-03-01_the-latest-sanders-wins-minnesot', '2016-03-01', 'dev', [
  ('Sanders had also claimed a victory in the New Hampshire primary last month but trails Clinton in the delegate chase.',
   [('last month', '2016-02')]),
  ('He criticized Clinton’s track record said she “isn’t going to straight it out” over the next four years if elected president.',
   [('four years', 'P4Y')]),
  ('Rubio has yet to win a state, but his upbeat speech was full of promises to continue fighting and vowing to win his home state of Florida later this month.',
   [('this month', '2016-03')]),
  ('She is appearing in Florida ahead of the key March 15 primary there.',
   [('March 15', '2016-03-15')]),
  ('Kasich, the governor of Ohio, has been trying to build off his surprising second place finish in the New Hampshire primary last month.',
   [('last month', '2016-02')]),
 ]),
 ('wash-post_2016-06-05_is-sanders-finally-connecting-wi', '2016-06-05', 'dev', [
  ('Bernie Sanders first touched down in California 10 months ago, and close to 28,000 people filled the Los Angeles Memorial Sports Arena to see him.',
   [('10 months ago', '2015-08')]),
  ('The Secret Service guards his hotel rooms and scans the lines where people wait as many as six hours to hear the Vermont senator speak.',
   [('six hours', 'PT6H')]),
  ('Sanders had hoped to do better with Latinos, but his ability to do so seemed shaky after he lost the Texas primary to Clinton in March.',
   [('March', '2016-03')]),
  ("According to a January 2016 study by the Pew Research Center based on census data from 2014, eligible voters who are Hispanic skew younger in California than elsewhere in the country and make up a larger slice of the state's Democratic electorate.",
   [('January 2016', '2016-01'), ('2014', '2014')]),
  ('There was also hope for Sanders in polling. A Field Poll of the Democratic race in May 2015 put his overall support among likely Democratic voters at 5 percent. By the end of the year, he had climbed to 35 percent overall and to 32 percent among nonwhites.',
   [('May 2015', '2015-05'), ('the year', '2015')]),
  ("Yet in this past week's final pre-primary Field Poll, Clinton led among Latinos by just four points. The Sanders campaign thinks he has progressively sliced into her numbers by winning landslide support from younger voters, including Latinos.",
   [('this past week', '2016-W22')]),
  ("In California, he proved that nonwhite voters could be won over if they simply learned who he was. In a telephone interview Thursday, he said his message is now resonating more with minority voters not because he's doing much differently but because of a greater familiarity with him.",
   [('Thursday', '2016-06-02')]),
  ('"We\'re doing very well with Latinos, in general, and very, very well with younger Latinos," Sanders told Rolling Stone in late May.',
   [('May', '2016-05')]),
  ('More importantly, three months before the primary, his campaign shelled out to broadcast a short film called "Tenemos Familias" on Univision. It told the story of Florida tomato pickers - a labor issue that Sanders had discovered during his first Senate term and which he had promoted from his Washington perch.',
   [('three months', 'P3M')]),
  ('At the end of April, Sanders earned "is it over?" headlines when early-state staff members were fired. But the plan was always to consolidate in California.',
   [('April', '2016-04')]),
 ]),
 ('wash-post_2016-09-04_clinton-s-standing-among-latinos', '2016-09-04', 'dev', [
  ("The close polls in Nevada and Florida have prompted Clinton's allies to begin spending money targeting Hispanic voters in those states. The campaign itself will also begin airing Spanish-language ads in battleground states after Monday.",
   [('Monday', '2016-09-05')]),
  ('Unlike President Obama four years ago, Clinton has run virtually no Spanish-language television ads in the general election, with the exception of a spot that aired during a one-day soccer event.',
   [('four years ago', '2012')]),
  ("But there is also evidence that Clinton's standing with Hispanic voters may be weakening. According to the same poll, Clinton's favorability among Hispanics fell in August from 71 percent to 55 percent, a drop outside the sample's 10 percentage-point margin of error.",
   [('August', '2016-08')]),
  ('A new Latino Decisions poll released Friday found that 70 percent of registered Latino voters said they would definitely vote for Clinton or were leaning toward doing so, a drop from 76 percent who said the same in April.',
   [('Friday', '2016-09-02'), ('April', '2016-04')]),
  ('Clinton campaign officials defend their Latino voter strategy, including the decision not to begin airing general-election ads on Spanish-language television until later this month. The campaign has been aiming digital advertising at Latino voters since early July, and it did heavy Spanish-language advertising during the Democratic primaries.',
   [('this month', '2016-09'), ('July', '2016-07')]),
  ('With fewer than 70 days remaining until Election Day, television ads targeted at Hispanic voters in Spanish are beginning to roll in, albeit slowly. A new Spanish-language television ad from the voter registration group Mi Familia Vota is aimed at Hispanic voters in Arizona.',
   [('70 days', 'P70D'), ('Election Day', '2016-11-08')]),
  ('Pro-Clinton super PAC Priorities USA Action announced a small ad buy this week in Nevada and Florida targeting Latinos in Spanish.',
   [('this week', '2016-W35')]),
  ('Obama won Latino voters in 2012 by 71 percent to 27 percent for GOP nominee Mitt Romney - the largest for a Democrat since Bill Clinton won 72 percent of Hispanics in 1996.',
   [('2012', '2012'), ('1996', '1996')]),
 ]),
 ('wash-post_2016-06-06_clinton-wins-puerto-rico-amid-ca', '2016-06-06', 'dev', [
  ('Late Sunday, Clinton won the Democratic primary in Puerto Rico, according to early returns. On Saturday, she overwhelmingly won caucuses in the Virgin Islands.',
   [('Sunday', '2016-06-05'), ('Saturday', '2016-06-04')]),
  ('As he shook hands with brunch-goers Sunday afternoon in West Hollywood, Sanders reiterated his belief that there will be a contested convention.',
   [('Sunday afternoon', '2016-06-05TAF')]),
  ('"It is true we got close to immigration reform," Clinton said in Los Angeles, recalling a 2007 comprehensive immigration reform bill that failed when she, Sanders and President Obama were in the Senate. "President Obama and I voted for it, and Senator Sanders voted against it."',
   [('2007', '2007')]),
  ("Sanders's top advisers said Sunday that the campaign would not accept any declaration by Clinton or party leaders that Clinton is the presumptive nominee.",
   [('Sunday', '2016-06-05')]),
 ]),
 ('wash-post_2015-12-20_marco-rubio-s-strategic-stances', '2015-12-20', 'aside', [
  ('"I should hope so," Tilton said after braving the cold late last month to see the Florida senator campaign in a barn here.',
   [('last month', '2015-11')]),
  ('He did it Tuesday night in Las Vegas, talking about immigration in the fifth Republican debate.',
   [('Tuesday night', '2015-12-15TNI')]),
  ('"I will work every day, not just to unify our party but to attract new people who haven\'t voted for us in the past," Rubio said here.',
   [('every day', 'P1D'), ('the past', 'PAST_REF')]),
 ]),
 ('nyt_2015-12-18_rubio-and-cruz-diverge-on-approa', '2015-12-18', 'aside', [
  ("Their collisions on defense, immigration and other issues formed one of the main story lines at Tuesday's Republican debate.",
   [('Tuesday', '2015-12-15')]),
  ('This week, two liberal Hispanic groups rolled out radio and online advertisements tethering Mr. Cruz and Mr. Rubio to Mr. Trump and criticizing them as anti-Latino, a tactic Democrats hope will dampen Latino support for them in the general election.',
   [('This week', '2015-W51')]),
  ('Both men are first-generation Americans of Cuban descent, born five months apart and 44 years old.',
   [('five months', 'P5M')]),
  ("Many of Mr. Rubio's formative years were spent in bicultural Miami in the 1970s and '80s; linking arms with his Cuban-American identity came naturally to him.",
   [('1970s', '197'), ("'80s", '198')]),
  ("Fidel Castro's revolution in 1959 dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.''",
   [('1959', '1959'), ('2012', '2012')]),
  ("In his autobiography, ''A Time for Truth,'' published in 2015, Mr. Cruz described how, growing up, Rafael turned into Rafaelito and then Felito.",
   [('2015', '2015')]),
  ('For two years, his father refused to call him Ted.',
   [('two years', 'P2Y')]),
 ]),
 ('nyt_2016-09-03_professor-nega-s-war-why-an-ethi', '2016-09-03', 'aside', [
  ("The lights cut out  above Nega one chilly night this July, and the rebel chief sat in darkness in a bungalow in Asmara, Eritrea's 7,600-foot-high capital.",
   [('July', '2016-07')]),
  ('Eritrea, an Italian colony from 1890 until 1941, was annexed by Ethiopia after World War II; it took a three-decades-long war for the Eritreans to liberate themselves, in 1991.',
   [('1890', '1890'), ('1941', '1941'), ('1991', '1991')]),
 ]),
 ('huff-post_2016-03-21_the-rise-of-switzerland-s-trump', '2016-03-21', 'aside', [
  ('In the late 1990s, the conservative nationalist Swiss People’s Party, or SVP, began to politicize issues of migration and asylum.',
   [('1990s', '199')]),
  ('In 2004, Blocher was elected to the seven member Federal Council, Switzerland’s executive body, serving as justice and police minister.',
   [('2004', '2004')]),
  ('Blocher remains, for now, the vice president of the SVP and an active voice in Swiss politics.',
   [('for now', '2016-03-21')]),
  ('The advocacy group Campaign for an Independent and Neutral Switzerland, or AUNS, in which Blocher played a founding role, and which supported his rise in the the early 2000s, is planning a referendum to re-introduce systematic border controls and return the country to pre-Schengen terms.',
   [('2000s', '200')]),
  ('Moreover, despite Blocher’s statements, the SVP has called a referendum — “No to Free Lawyers” — for June 5, 2016 against the government’s refugee proposals.',
   [('June 5, 2016', '2016-06-05')]),
 ]),
]
P = [(pub, s, labels) for _, pub, _, items in ARTICLES for s, labels in items]


def main() -> int:
    """python benchmarks/probes/dates_migration3.py dev|aside"""
    from dates_migration import run  # the first probe's scoring, same conventions

    from dossier.evaluate.benchmarks.tempeval import timeml_value  # TimeML labels in our notation

    for stem, _, half, items in ARTICLES:  # run() halves by item hash; here it must be the article's half
        for s, _ in items:
            assert (hashlib.sha256(s.encode()).digest()[0] % 2 == 0) == (half == "dev"), (stem, s)
    return run(P, "dates_migration3.py", timeml_value)


if __name__ == "__main__":
    raise SystemExit(main())
