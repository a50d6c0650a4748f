"""The relation vocabulary: the verbs, nouns and agent nouns that trigger each predicate (the
table in :mod:`.relations`' docstring), shared by the verb rules there and the noun rules in
:mod:`.relation_nouns`."""

from __future__ import annotations

from .lexicon import ACTOR_LABELS, GIVE_VERBS


VERB_TRIGGERS = {
    "agree": "agreement_with", "sign": "agreement_with",
    "cooperate": "cooperates_with", "co-operate": "cooperates_with", "collaborate": "cooperates_with",
    "partner": "cooperates_with",
    "support": "supports", "back": "supports", "assist": "supports", "endorse": "supports",
    "fund": "funds", "finance": "funds", "bankroll": "funds",
    "supply": "supplies", "equip": "supplies",
    "deploy": "deploys_to", "send": "deploys_to", "station": "deploys_to", "second": "deploys_to",
    "visit": "visits", "tour": "visits", "inspect": "visits", "travel": "visits", "fly": "visits", "arrive": "visits",
    "accompany": "visits",
    "criticise": "criticises", "criticize": "criticises", "condemn": "criticises", "attack": "criticises",
    "blame": "criticises", "accuse": "criticises", "slam": "criticises", "denounce": "criticises",
    "decry": "criticises", "deplore": "criticises", "lambast": "criticises", "lambaste": "criticises",
    "castigate": "criticises", "censure": "criticises", "rebuke": "criticises", "excoriate": "criticises",
    "berate": "criticises", "chastise": "criticises", "assail": "criticises", "deride": "criticises",
    "ridicule": "criticises", "mock": "criticises", "insult": "criticises", "rebut": "criticises",
    "refute": "criticises", "rebuff": "criticises", "blast": "criticises", "bash": "criticises", "fault": "criticises",
    "sue": "criticises", "oppose": "criticises", "disparage": "criticises", "savage": "criticises",
    "chide": "criticises", "scold": "criticises", "reprimand": "criticises", "admonish": "criticises",
    "upbraid": "criticises", "pillory": "criticises", "vilify": "criticises", "demonise": "criticises",
    "demonize": "criticises", "denigrate": "criticises", "belittle": "criticises", "lampoon": "criticises",
    "skewer": "criticises", "reproach": "criticises", "heckle": "criticises",
    "critique": "criticises", "boycott": "criticises",
    "praise": "supports", "laud": "supports", "hail": "supports", "applaud": "supports", "commend": "supports",
    "defend": "supports", "champion": "supports", "thank": "supports",
    "live": "located_in", "reside": "located_in", "immigrate": "located_in", "emigrate": "located_in",
    "relocate": "located_in", "settle": "located_in", "resettle": "located_in", "come": "located_in",
    "flee": "located_in",
    "buy": "owns", "acquire": "owns", "purchase": "owns",
    "own": "owns", "manage": "manages", "operate": "manages", "run": "manages",
    "head": "manages", "helm": "manages", "lead": "manages", "chair": "manages", "oversee": "manages",
    "dock": "located_in", "berth": "located_in", "moor": "located_in", "base": "located_in",
    "locate": "located_in", "move": "located_in", "tow": "located_in", "use": "located_in",
    "house": "located_in", "headquarter": "located_in", "detain": "located_in", "accommodate": "located_in", "anchor": "located_in",
    "publish": "publishes", "release": "publishes", "launch": "publishes",
    "intercept": "turns_back",
}


NOUN_TRIGGERS = {
    "deal": "agreement_with", "agreement": "agreement_with", "partnership": "agreement_with", "pact": "agreement_with",
    "accord": "agreement_with", "arrangement": "agreement_with", "memorandum": "agreement_with",
    "treaty": "agreement_with", "protocol": "agreement_with", "declaration": "agreement_with",
    "statement": "agreement_with", "compact": "agreement_with", "cooperation": "cooperates_with", "co-operation": "cooperates_with", "collaboration": "cooperates_with",
    "support": "supports", "funding": "funds", "grant": "funds", "aid": "funds", "visit": "visits",
    "criticism": "criticises", "condemnation": "criticises", "opposition": "criticises", "endorsement": "supports", "trip": "visits",
    "deployment": "deploys_to", "contribution": "funds", "donation": "funds", "praise": "supports",
    "defense": "supports", "defence": "supports",
    # "X's rebuke / critique of Y"; "X's backing of / admiration for Y"
    "rebuke": "criticises", "critique": "criticises", "backing": "supports", "admiration": "supports",
}
# Verbs of taking something over ("bought Twitter", "took over the embassy"): only a body or a
# building named as the object itself (not "bought a house in Florida")
ACQUIRE_VERBS = frozenset({"buy", "acquire", "purchase", "take"})
# "the EU's financial contribution to support Turkey": a contribution is money only when said so
MONEY_WORDS = frozenset({"financial", "monetary", "cash", "budgetary", "fiscal"})


# Agent nouns: "S, a critic of O", "S is a supporter of O", "critics of O, like S"
# "S, an agency / arm / branch / subsidiary / division of O", "S, the UN refugee agency": part_of
AGENT_NOUNS = {"critic": "criticises", "supporter": "supports", "backer": "supports", "member": "part_of",
               "surrogate": "supports", "defender": "supports", "admirer": "supports", "fan": "supports",
               "advocate": "supports", "proponent": "supports", "champion": "supports", "cheerleader": "supports",
               "foe": "criticises", "detractor": "criticises", "adversary": "criticises", "enemy": "criticises",
               "ally": "supports",
               "opponent": "criticises", "agency": "part_of", "arm": "part_of", "branch": "part_of",
               "subsidiary": "part_of", "division": "part_of", "unit": "part_of", "wing": "part_of",
               "directorate": "part_of", "component": "part_of", "institution": "part_of", "body": "part_of",
               "office": "part_of", "department": "part_of", "authority": "part_of", "service": "part_of",
               "organ": "part_of", "bureau": "part_of", "command": "part_of", "section": "part_of",
               "administration": "part_of", "rapporteur": "part_of"}
# Verbs whose object's possessor is what they judge ("praised Clinton's record" supports Clinton,
# as "condemned North Korea's launch" criticises North Korea)
PRAISE_VERBS = frozenset({"praise", "laud", "hail", "applaud", "commend", "defend", "champion"})
# A person living or settling somewhere (located_in; only people: "came to X" only "from" somewhere)
RESIDENCE_VERBS = frozenset({"live", "reside", "immigrate", "emigrate", "relocate", "settle", "resettle", "come",
                             "flee"})
# "X is campaigning / rallying a coalition / filed a lawsuit against Y": criticises
AGAINST_VERBS = frozenset({"campaign", "rally", "protest", "fight", "speak", "argue", "vote", "lobby", "mobilize",
                           "mobilise", "testify", "rail", "march", "demonstrate", "agitate", "unite", "side", "turn",
                           "sue", "complain", "inveigh", "crusade", "organize", "organise", "warn", "caution"})
# "X campaigned / voted / rallied for Y": supports (a name as the object of "for" itself)
FOR_VERBS = frozenset({"campaign", "vote", "rally", "stump", "fundraise", "canvass", "cheer", "root"})
AGAINST_NOUNS = frozenset({"coalition", "campaign", "lawsuit", "suit", "case", "complaint", "protest", "crusade",
                           "fight", "battle", "opposition", "motion", "charge", "allegation", "accusation", "backlash",
                           "rally", "petition", "offensive", "attack", "tirade", "diatribe", "broadside", "criticism"})
# Heads of a body: "X, the editor of Y", "Y leader X", "Y, whose chairman, X," (manages; only
# organisations: heads of state are not managers of their country). A deputy is part of it.
HEAD_NOUNS = frozenset({"leader", "head", "chief", "chairman", "chairwoman", "chair", "chairperson", "president",
                        "director", "editor", "speaker", "commander", "boss", "executive", "ceo",
                        # "Refugee Council secretary general X", "OFPRA's director general X" (a
                        # "general" only after secretary / director); "the Border Force's commissioner X"
                        "general", "commissioner",
                        # a secretary of a department heads it ("the acting secretary of Homeland
                        # Security X", "Homeland Security Secretary X"; "press secretary" is a deputy)
                        "secretary"})
# "general" heads a body only in these titles (not "Major General X", "General Motors")
GENERAL_TITLES = frozenset({"secretary", "director"})
DEPUTY_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "co", "a", "an", "press", "senior",
                          # a leader of a side within the body ("Senate Minority Leader X" leads no Senate) and
                          # a director of one function ("Political Director X", "communications director")
                          "minority", "majority", "political", "communications", "legislative", "policy",
                          "finance", "field", "digital", "regional", "campaign"})
PAST_WORDS = frozenset({"former", "ex", "late", "onetime", "then"})  # "the former leader of Y": no longer
# "X, the magazine of Y", "Y's newspaper X": Y publishes X
PUBLICATION_NOUNS = frozenset({"magazine", "newspaper", "journal", "publication", "tabloid", "newsletter",
                               "weekly", "daily", "quarterly", "periodical"})
# Prepositions of a part_of agent noun besides "of": "X, a unit within Y", "an institution under Y"
PART_PREPS = ("of", "within", "under", "inside")
# "X, which sits within Y", "X falls under Y", "X comes under Y": verbs of belonging, with their
# prepositions (part_of; the object must be an organisation named there)
PART_VERBS = {"sit": ("within", "inside", "under", "in"), "fall": ("under", "within"), "come": ("under",),
              "operate": ("within", "under"), "belong": ("to",)}


# Verbs that make an agreement noun their object a deal of their subjects: "X and Y reached /
# struck / sealed an agreement" (not "brokered": a broker is not a party; not "negotiated": "he
# and a developer negotiated a deal" is often a deal of both with someone else).
DEAL_VERBS = frozenset({"reach", "strike", "seal", "conclude", "finalise", "finalize", "clinch",
                        "announce", "unveil", "ink", "forge", "ratify", "renew", "agree"})

# Plural nouns for the people or governments of named parties: "the governments of Spain and
# Mauritania", "ministers from Germany and Morocco" stand for the parties.
DELEGATE_NOUNS = frozenset({"government", "minister", "leader", "official", "representative", "delegation",
                            "authority", "negotiator", "envoy", "diplomat", "counterpart", "premier"})

# Bodies of a state named by its nationality adjective: "the German federal police", "the
# Hungarian authorities", "Italian coastguard" act for that country.
STATE_BODY_NOUNS = frozenset({"police", "coastguard", "army", "navy", "military", "authority", "government",
                              "gendarmerie", "force", "troop", "guard"})

# A relation only wished for, asked for or weighed states nothing yet: "wants to sign a deal
# with X", "urged Y to condemn", "is considering whether to deploy officers"; nor one in a
# condition ("if X deploys officers ...").
UNREALISED_VERBS = frozenset({"want", "hope", "wish", "seek", "aim", "try", "attempt", "consider", "propose",
                              "urge", "ask", "request", "demand", "threaten", "suggest", "plan", "intend",
                              "expect", "push", "press", "lobby", "weigh", "discuss", "debate", "prepare"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
# A visit or deal called off did not happen: "Clinton's trip to Iowa was cancelled"
CANCELLING_VERBS = frozenset({"cancel", "postpone", "scrap", "abandon", "delay", "shelve", "suspend", "scuttle"})

# An organisation's officers speak for it: "Amnesty's UK director said ..." (a possessor that
# is an organisation stands for the officer noun it owns, unlike "Rand Paul's supporters").
OFFICER_NOUNS = frozenset({"director", "executive", "head", "chief", "chair", "chairman", "chairwoman",
                           "chairperson", "boss", "spokesperson", "spokesman", "spokeswoman", "secretary-general",
                           "commissioner", "president", "leader"})

# People moved against their will are not officers deployed: "allows Italy to send migrants to
# Albania" is no deployment.
MOVED_PEOPLE = frozenset({"migrant", "refugee", "seeker", "people", "person", "child", "family", "arrival",
                          "passenger", "detainee", "asylum", "man", "woman", "individual", "offender", "prisoner",
                          # nor are words sent: "sent the referral to the U.S. attorney"
                          "letter", "referral", "message", "report", "note", "email", "request", "signal",
                          "invitation", "warning", "tweet", "memo", "notice", "copy", "document", "text"})

# People sent somewhere on duty: "officers based in Colombo", "two analysts embedded with Europol".
# A participle of a placing verb on one of these nouns is a deployment by the body they belong to.
PERSONNEL_NOUNS = frozenset({"officer", "official", "agent", "guard", "staff", "personnel", "investigator",
                             "analyst", "liaison", "police", "policeman", "policemen", "troop", "soldier",
                             "expert", "team", "adviser", "advisor", "inspector", "detective", "diplomat",
                             "attache", "attaché", "specialist", "caseworker", "interviewer", "gendarme",
                             "marine", "peacekeeper", "monitor", "observer"})
PLACING_VERBS = frozenset({"base", "station", "post", "deploy", "second", "embed", "send", "locate"})

# "X hit out at Y", "X took aim at Y": criticism by a verb and its particle, with the object of "at"
CRITICISING_PHRASES = {("hit", "out"): "at", ("lash", "out"): "at", ("fire", "back"): "at", ("push", "back"): "against"}


# Joint action: "the raids were conducted by officers from A and B", "A and B carried out a joint
# operation": the verbs and the nouns of the action (cooperates_with between the actors).
JOINT_VERBS = frozenset({"conduct", "carry", "lead", "mount", "stage"})
OPERATION_NOUNS = frozenset({"operation", "raid", "investigation", "patrol", "arrest", "inquiry", "search",
                             "exercise", "crackdown", "sweep", "mission"})


# Agreement nouns whose named instance ("the Italy–Libya Memorandum", a single mention) names its
# parties in the words before the noun.
AGREEMENT_NOUNS = frozenset(k for k, v in NOUN_TRIGGERS.items() if v == "agreement_with")


ANY = ACTOR_LABELS | {"WORK_OF_ART", "EVENT"}


# Evaluative predicates that state criticism of what they are said of: "X said the Act was
# unlawful", "X called the scheme inhumane", "X described the plan as a shambles". Only words
# that judge conduct, a law or a policy ("dangerous", "expensive" describe; they are not here).
EVALUATIVE_WORDS = frozenset({
    "unlawful", "illegal", "unconstitutional", "inhumane", "inhuman", "cruel", "unworkable", "unjust", "unfair",
    "immoral", "unethical", "shameful", "disgraceful", "appalling", "deplorable", "reckless", "irresponsible",
    "unacceptable", "unconscionable", "draconian", "discriminatory", "racist", "xenophobic", "heartless",
    "callous", "abhorrent", "outrageous", "disastrous", "catastrophic", "chaotic", "flawed", "ineffective",
    "incompetent", "counterproductive", "counter-productive", "misguided", "barbaric",
    "disgrace", "shambles", "failure", "fiasco", "betrayal", "travesty", "gimmick", "farce", "scandal",
    "violation", "breach",
    # judgements of a person or body ("called Haley very weak", "said the senator was dishonest")
    "weak", "dishonest", "corrupt", "crooked", "hypocritical", "hypocrite", "liar", "pathetic", "unfit",
    "unqualified", "clueless", "bigoted", "bigot", "hateful", "divisive", "phony", "fraud", "demagogue", "traitor",
    "cowardly", "coward", "false", "untrue", "misleading", "inaccurate", "lie", "nonsense", "absurd", "ridiculous",
})
# Words that judge only when said of a person or a body, or of what one owns ("called Trump's plan
# dangerous", "said Rubio was wrong", "called Bush a disaster"); said of a place or a thing they
# describe ("said the crossing was dangerous"), so never of a place or through "it".
PERSONAL_WORDS = frozenset({
    "dangerous", "danger", "threat", "menace", "disaster", "wrong", "terrible", "horrible", "awful", "stupid",
    "foolish", "crazy", "insane", "dumb", "naive", "extreme", "extremist", "radical", "unrealistic", "unserious",
    "incoherent", "embarrassment", "joke", "mess", "nightmare", "loser", "idiot", "clown", "puppet", "moron",
    "liability", "unhinged", "erratic", "deranged", "dishonorable", "despicable", "disgusting", "offensive",
    "complicit",
})
# Praise of a person or a body, read as those words are but as support ("called Bukele a great
# friend", "said Merkel was courageous"); only of a person or body named, as PERSONAL_WORDS
PRAISE_WORDS = frozenset({"friend", "hero", "patriot", "visionary", "statesman", "courageous", "admirable",
                          "brilliant", "exemplary"})
PERSONAL_WORDS = PERSONAL_WORDS | PRAISE_WORDS
EVALUATIVE_WORDS = EVALUATIVE_WORDS | PERSONAL_WORDS
# Words that criticise when denied: "said Rubio's claim was not true" (and, plainly, "false")
DENIED_WORDS = frozenset({"true", "accurate", "correct", "honest", "truthful"})
# Verbs whose that-clause carries the speaker's judgement ("said the Act was unlawful") and
# verbs that give their object a label ("called / branded / described the scheme (as) cruel").
SAY_VERBS = frozenset({"say", "argue", "warn", "claim", "insist", "state", "believe", "conclude", "rule",
                       "find", "declare", "tell", "add", "write", "maintain", "contend"})
LABEL_VERBS = frozenset({"call", "brand", "label", "describe", "dismiss", "paint", "portray", "cast", "deem", "consider", "dub", "denounce",
                         "condemn", "criticise", "criticize", "rule", "find", "declare", "judge", "regard"})


# Verbs of giving money besides the lexicon's (an amount of money or a money noun as their object)
FUNDING_VERBS = frozenset(GIVE_VERBS | {"contribute", "donate", "disburse", "channel", "earmark"})


TRIGGER_LEMMAS = {*VERB_TRIGGERS, *FUNDING_VERBS, *NOUN_TRIGGERS, *AGENT_NOUNS, *JOINT_VERBS, *EVALUATIVE_WORDS,
                  *HEAD_NOUNS, *PUBLICATION_NOUNS,
                  *PART_VERBS, *PLACING_VERBS, *(v for v, _ in CRITICISING_PHRASES),
                  "turn", "push", "work", "call", "welcome", "host", "receive", "take"}
