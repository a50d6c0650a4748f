"""Consistency check for the blind gold files (run from anywhere).

Checks that every annotated surface string (quantity/date text, quote pieces,
not_entities, not_quantities, in-document aliases) occurs in the document body
(front matter excluded), that repeated rows do not exceed the number of
occurrences, that relation arguments are annotated entities and that only the
allowed predicates are used. Canonical names and standard variants that need
not occur are listed in STANDARD_VARIANTS.
"""
import json, pathlib, re, sys
from collections import Counter

HERE = pathlib.Path(__file__).resolve().parent
PREDICATES = {"agreement_with", "cooperates_with", "supports", "funds", "supplies", "deploys_to",
              "visits", "criticises", "turns_back", "owns", "manages", "located_in", "publishes", "part_of"}
STANDARD_VARIANTS = {"U.K.", "Britain", "Great Britain", "British", "French", "German", "European",
                     "Belgian", "Bulgarian", "Türkiye", "Turkish", "Italian", "Georgian", "Ethiopian",
                     "Rwandan", "Mediterranean Sea", "UK government", "British government",
                     "HM Government", "His Majesty's Government", "UK Parliament", "Press Association",
                     "Safety of Rwanda Bill", "Commons"}
FIELDS = ["file", "published", "entities", "not_entities", "quantities", "not_quantities", "dates", "quotes", "relations"]

def body_of(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert m, f"no front matter in {path.name}"
    front = m.group(1)
    pub = re.search(r'^published: "(.*)"$', front, re.M).group(1)
    return text[m.end():], pub

def main():
    bad = 0
    for gp in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        raw = HERE / "raw" / g["file"]
        body, pub = body_of(raw)
        probs = []
        if list(g) != FIELDS: probs.append(f"fields {list(g)}")
        if g["published"] != pub: probs.append("published differs from front matter")
        if raw.stem != gp.stem: probs.append("stem mismatch")
        names = set()
        for e in g["entities"]:
            names.add(e["name"])
            forms = [e["name"]] + e["aliases"]
            if not any(f in body for f in forms): probs.append(f"entity {e['name']!r}: no form in text")
            for a in e["aliases"]:
                if a not in body and a not in STANDARD_VARIANTS: probs.append(f"alias {a!r} not in text")
        def need(kind, s, n=1):
            c = body.count(s)
            if c < n: probs.append(f"{kind} {s!r}: {c} occurrence(s) for {n} row(s)")
        for key, kind in [("quantities", "text"), ("dates", "text")]:
            for s, n in Counter(r[kind] for r in g[key]).items(): need(key, s, n)
        for s in g["not_entities"]: need("not_entities", s)
        for s in g["not_quantities"]: need("not_quantities", s)
        for q in g["quotes"]:
            need("quote", q["contains"])
            for sp in q["speaker"]:
                if sp not in names: probs.append(f"speaker {sp!r} not an entity")
        for r in g["relations"]:
            if r["predicate"] not in PREDICATES: probs.append(f"predicate {r['predicate']}")
            for k in ("subject", "object"):
                if r[k] not in names: probs.append(f"relation {k} {r[k]!r} not an entity")
        for q in g["quantities"]:
            if q["qualifier"] not in {"exact", "approximately", "more_than", "only", "vague"}: probs.append(f"qualifier {q}")
            if (q["value"] is None) != (q["qualifier"] == "vague"): probs.append(f"vague/value mismatch {q}")
        n = sum(len(g[k]) for k in ("entities", "quantities", "dates", "quotes", "relations"))
        req = sum(1 for k in ("entities", "quantities", "dates", "quotes", "relations") for x in g[k] if not x.get("optional"))
        print(f"{gp.name}: {n} items ({req} required), body {len(body.strip())} chars" + ("" if not probs else "\n  " + "\n  ".join(probs)))
        bad += bool(probs)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
