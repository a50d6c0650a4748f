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
    "visit": "visits", "tour": "visits", "inspect": "visits",
    "criticise": "criticises", "criticize": "criticises", "condemn": "criticises", "attack": "criticises",
    "blame": "criticises", "accuse": "criticises", "slam": "criticises", "denounce": "criticises",
    "own": "owns", "manage": "manages", "operate": "manages", "run": "manages",
    "head": "manages", "helm": "manages", "chair": "manages", "oversee": "manages",
    "dock": "located_in", "berth": "located_in", "moor": "located_in", "base": "located_in",
    "locate": "located_in", "move": "located_in", "tow": "located_in", "use": "located_in",
    "house": "located_in", "detain": "located_in", "accommodate": "located_in", "anchor": "located_in",
    "publish": "publishes", "release": "publishes", "launch": "publishes",
    "intercept": "turns_back",
}


NOUN_TRIGGERS = {
    "deal": "agreement_with", "agreement": "agreement_with", "partnership": "agreement_with", "pact": "agreement_with",
    "accord": "agreement_with", "arrangement": "agreement_with", "memorandum": "agreement_with",
    "treaty": "agreement_with", "cooperation": "cooperates_with", "co-operation": "cooperates_with", "collaboration": "cooperates_with",
    "support": "supports", "funding": "funds", "grant": "funds", "aid": "funds", "visit": "visits",
    "criticism": "criticises", "condemnation": "criticises", "endorsement": "supports",
    "deployment": "deploys_to",
}


# Agent nouns: "S, a critic of O", "S is a supporter of O", "critics of O, like S"
AGENT_NOUNS = {"critic": "criticises", "supporter": "supports", "backer": "supports", "member": "part_of",
               "opponent": "criticises"}


TRIGGER_LEMMAS = {*VERB_TRIGGERS, *GIVE_VERBS, *NOUN_TRIGGERS, *AGENT_NOUNS, "turn", "push", "work", "call", "welcome", "host", "receive"}


ANY = ACTOR_LABELS | {"WORK_OF_ART", "EVENT"}
