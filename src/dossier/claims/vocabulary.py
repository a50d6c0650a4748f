"""Word lists the claims rules share (:mod:`.source` and :mod:`.status` both read them), in one
place so that a word added for one rule is seen by the others. Lemmas, lower case."""

from __future__ import annotations

# verbs of saying: their subject is the source of what they govern
REPORTING = {"say", "tell", "state", "report", "announce", "claim", "reveal", "estimate", "add", "confirm",
             "deny", "insist", "warn", "suggest", "show", "find", "argue", "allege", "admit", "write",
             "note", "explain", "predict", "forecast", "publish", "disclose", "calculate", "record",
             "dispute", "contest", "acknowledge", "boast", "concede", "project", "expect", "anticipate",
             "think", "believe", "reckon", "cite", "document", "indicate", "fear", "hope",
             # the verbs of parties, counsel and officials in judgments, hearings and reports: "The
             # respondent accepts that 1,700 ...", "Counsel submitted that ...", "The department advised
             # the ANAO that ...", "informed the committee that ...", "The applicant contends that ..."
             "accept", "submit", "advise", "inform", "contend", "assert", "maintain",
             # "Politicians keep repeating that there are 15 million ..." (round 4; with a clause only)
             "repeat"}
# "the Service for Foreigners' Affairs registered 1,030 new arrivals": a body recording what it counts
# reports it (as "record" does), but not in a clause another reports ("Our analysis shows that the four
# states registered 412,000 applications": the analysis reports; round 6)
# "while the NGO counted 4,500": likewise for "count"; both only with the figure as their object
REPORTING |= {"register", "count"}
MAIN_CLAUSE_REPORTING = {"register", "count"}
# of those, the ones that report only with a clause ("accepted 300 refugees", "submitted 4,000
# applications", "advised 200 clients", "maintained 12 sites" report nothing)
CLAUSE_REPORTING = {"accept", "submit", "advise", "inform", "maintain", "repeat"}
# demanding: the figure of what someone calls for, urges or demands is theirs, and a projection ("He
# called for the government to relocate 3,000 of them", "urged ministers to fund 500 places",
# "demanded that 2,000 be moved")
DEMANDING = {"urge", "demand", "call", "press", "appeal",  # ("appealed for $500 million": as "called for"; round 4)
             # proposing and promising (directive and commissive speech acts, as demanding is): "the
             # Commission has proposed a pool of 30,000 relocations", "the government promises 50,000 homes
             # a year", "pledged to resettle 5,000": the proposer's or promiser's figure, not yet so
             "propose", "promise", "pledge", "vow",
             # requesting (a directive as demanding is; 2026-12-03 night): "has asked Madrid to move 200 of
             # them", "asked Congress for $45 billion", "requested 500 more places" (demands.py reads "ask"
             # only with "for" or a to-infinitive: "asked how many" is a question)
             "ask", "request"}
# of those, the ones whose object (not only a clause) is what is demanded or proposed ("demanded £5m in
# compensation", "proposed an annual pool of 30,000", "promised 50,000 homes", "pledged €40 million")
OBJECT_DEMANDING = {"demand", "propose", "promise", "pledge", "request"}
# verbs by which a poll, study, record or estimate (their subject) gives a figure: "the poll puts his
# approval at 49 percent", "Government estimates put the cost at £3.9bn"
MEASURING_VERBS = {"put", "place", "peg", "rank", "give", "measure", "count", "register", "record", "track"}

# Disputing. "claim" and "allege" assert what may be false; the verbs of DENYING reject what
# someone else asserts. Either disputes a figure only when it is reached through what is asserted
# or rejected — a clause ("denied that 400 had gone missing", "claimed that 5,000 ..."), or an
# assertion named by one of ASSERTION_NOUNS ("denied claims that 400 ...", "rejected the figure of
# 3,000", "the 5,000 figure was disputed") — never through a thing the figure counts: in migration
# text "rejected 12,000 asylum claims", "denied entry to 3,000 people", "84,000 people claimed
# asylum" are decisions and applications, not disputes.
ASSERTING = {"claim", "allege"}
DENYING = {"deny", "dispute", "contest", "refute", "reject", "question", "challenge", "dismiss", "rebut"}
DISPUTED = ASSERTING | DENYING
# the verbs of DENYING that take only assertions (not "rejected the site", "challenged the decision"):
# with a pronoun object they reject what was said ("..., which the government denies")
DENYING_ONLY = {"deny", "dispute", "contest", "refute", "rebut"}
# with a negation, these reject an assertion too: "said it did not recognise the figures"
NOT_ACCEPTING = {"recognise", "recognize", "accept"}
ASSERTION_NOUNS = {"claim", "figure", "estimate", "suggestion", "allegation", "assertion", "report", "finding",
                   "number", "total", "statistic", "calculation", "count", "tally"}
# the assertion nouns that name a figure: a dispute in the next sentence of "the figures" is of the
# figures before it; "the claims" may be of any assertion there
FIGURE_NOUNS = {"figure", "estimate", "number", "total", "statistic", "calculation", "count", "tally"}
# what a rejoinder calls a figure just given ("That figure is not correct.", "That's a fake number.", "This is
# simply false."): words of falsity, and words of truth under a negation (night session)
FALSE_WORDS = {"wrong", "false", "incorrect", "untrue", "inaccurate", "misleading", "fake", "bogus", "exaggerated",
               "inflated", "outdated", "nonsense", "fiction", "fabrication", "lie", "myth",
               "invention", "fantasy", "fabricated", "invented", "exaggeration"}  # "The number is pure invention." (round 4)
TRUE_WORDS = {"correct", "true", "accurate", "right"}

# nouns of estimating and forecasting: an estimate as the subject of the figure's verb makes the
# figure estimated ("Estimates suggest 1,200 children ...", "Government estimates put the cost at
# £3.9bn"), a forecast makes it projected ("Treasury projections show spending reaching £5bn")
ESTIMATING_NOUNS = {"estimate"}
FORECASTING_NOUNS = {"forecast", "projection", "prediction"}
# nouns a figure can be the value of ("an estimated cost of £1.2bn", "the estimated cost is £1.6m"):
# an "estimated" or "projected" on them qualifies the figure
VALUE_NOUNS = {"cost", "bill", "value", "total", "figure", "number", "sum", "budget", "price", "spending",
               "expenditure", "deficit", "population", "capacity", "income", "revenue", "saving", "savings",
               "loss", "amount", "increase", "rise", "fall", "drop", "reduction", "growth", "size", "count",
               "outturn", "spend",
               "toll"}  # "local residents put the toll at more than 40" (round 6)
# value nouns whose value is a count of the things counted: "a planned capacity of 500 beds", "an
# estimated population of 40,000 people" (but "the cost of 300 beds" is not 300)
COUNT_VALUE_NOUNS = {"capacity", "population", "total", "number", "figure", "count", "tally", "intake", "quota"}
# "The Home Office put the figure at 2,000", "officials estimated the cost at £3m": a verb of
# measuring with a figure or value noun as its object states the figure
STATING_MEASURES = {"put", "place", "peg"}
# the last word of a speaker named by role, not by a name the linker knows ("Minister: 'We will ...'")
SPEAKER_TITLES = {"minister", "ministers", "secretary", "mp", "mps", "chief", "leader", "spokesman", "spokeswoman",
                  "spokesperson", "official", "officials", "police", "charity", "council", "mayor", "president",
                  "commissioner", "boss", "head", "envoy", "campaigners", "union", "prosecutors", "ombudsman"}
# verbs that give an amount its value ("appears to have risen to 300", "seems to cost £2m")
AMOUNT_VERBS = {"be", "have", "rise", "fall", "reach", "hold", "cost", "total", "exceed", "number", "increase",
                "decrease", "drop", "double", "treble", "triple", "grow", "house", "receive", "spend", "stand",
                "top", "climb", "decline", "shrink", "accommodate"}

# forms the model's lemmatizer gets wrong for words these lists hold ("hopes", "hoped", "hoping" → "hop", so
# "hope" in REPORTING and the projecting verbs never matched; round 4)
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}


def verb_lemma(tok) -> str:
    """The token's lemma, lower case, with LEMMA_FIXES applied."""
    lemma = tok.lemma_.lower()
    return LEMMA_FIXES.get(tok.lower_, lemma) if lemma == "hop" else lemma
