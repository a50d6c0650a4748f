"""Entities probe in the migration-policy genre, about countries other than the first corpus's:
named mentions and their OntoNotes types in sentences written 2026-12-03 by the lead.

    python benchmarks/probes/entities_migration.py dev     # score, and list the errors
    python benchmarks/probes/entities_migration.py aside   # score only (the held-out part)

DEV was written first and its output read while fixing classes; ASIDE was written afterwards,
labels fixed before any run, and is only ever scored. Conventions as in tests/gold: a demonym and a
state-body noun are one organisation ("the Greek coastguard"), a demonym alone is NORP. Scoring: a found mention matches a label
when the texts are equal after dropping a leading "the" (F1 over mentions); type accuracy over
the matched ones.
"""

from __future__ import annotations

import sys

DEV = [
    ("Italy's prime minister Giorgia Meloni signed a protocol with Albania's prime minister Edi Rama in Rome on Monday, "
     "under which Italy will build two centres in Shengjin and Gjader to hold migrants rescued at sea.",
     [("Italy", "GPE"), ("Giorgia Meloni", "PERSON"), ("Albania", "GPE"), ("Edi Rama", "PERSON"), ("Rome", "GPE"),
      ("Italy", "GPE"), ("Shengjin", "GPE"), ("Gjader", "GPE")]),
    ("The Italian coastguard said 1,200 people had been brought to Lampedusa in 48 hours, most of them having left "
     "from Sfax in Tunisia.",
     [("Italian coastguard", "ORG"), ("Lampedusa", "GPE"), ("Sfax", "GPE"), ("Tunisia", "GPE")]),
    ("The European Commission president, Ursula von der Leyen, travelled to Tunis with the Dutch prime minister Mark "
     "Rutte to sign a memorandum of understanding with President Kais Saied.",
     [("The European Commission", "ORG"), ("Ursula von der Leyen", "PERSON"), ("Tunis", "GPE"), ("Dutch", "NORP"),
      ("Mark Rutte", "PERSON"), ("Kais Saied", "PERSON")]),
    ("In Australia, the Department of Home Affairs confirmed that the last refugees had left Nauru, where the offshore "
     "processing centre was run by Canstruct International.",
     [("Australia", "GPE"), ("the Department of Home Affairs", "ORG"), ("Nauru", "GPE"), ("Canstruct International", "ORG")]),
    ("Human Rights Watch and the Refugee Council of Australia criticised the policy, and the UN High Commissioner for "
     "Refugees, Filippo Grandi, called it a breach of the Refugee Convention.",
     [("Human Rights Watch", "ORG"), ("the Refugee Council of Australia", "ORG"),
      ("the UN High Commissioner for Refugees", "ORG"), ("Filippo Grandi", "PERSON"), ("the Refugee Convention", "LAW")]),
    ("Germany's Federal Office for Migration and Refugees (BAMF) received 329,120 first-time applications, its "
     "president Hans-Eckhard Sommer told Der Spiegel.",
     [("Germany", "GPE"), ("Federal Office for Migration and Refugees", "ORG"), ("BAMF", "ORG"),
      ("Hans-Eckhard Sommer", "PERSON"), ("Der Spiegel", "ORG")]),
    ("Denmark's immigration minister Kaare Dybvad Bek said Copenhagen would keep talking to Kigali about a transfer scheme.",
     [("Denmark", "GPE"), ("Kaare Dybvad Bek", "PERSON"), ("Copenhagen", "GPE"), ("Kigali", "GPE")]),
    ("The Greek coastguard and Frontex were criticised after the shipwreck off Pylos, in which hundreds of people drowned.",
     [("Greek coastguard", "ORG"), ("Frontex", "ORG"), ("Pylos", "GPE")]),
    ("Médecins Sans Frontières said its rescue ship Geo Barents had been detained in the port of Ancona.",
     [("Médecins Sans Frontières", "ORG"), ("Geo Barents", "PRODUCT"), ("Ancona", "GPE")]),
    ("The US Customs and Border Protection agency reported 2.2 million encounters at the southern border, and Homeland "
     "Security Secretary Alejandro Mayorkas said the end of Title 42 would not mean the border was open.",
     [("US Customs and Border Protection", "ORG"), ("Homeland Security", "ORG"), ("Alejandro Mayorkas", "PERSON"),
      ("Title 42", "LAW")]),
    ("Mexico's National Migration Institute said it had deployed 2,000 agents to Tapachula, near the border with Guatemala.",
     [("Mexico", "GPE"), ("National Migration Institute", "ORG"), ("Tapachula", "GPE"), ("Guatemala", "GPE")]),
    ("Spain's interior minister Fernando Grande-Marlaska visited Rabat to discuss arrivals in the Canary Islands and "
     "the enclaves of Ceuta and Melilla.",
     [("Spain", "GPE"), ("Fernando Grande-Marlaska", "PERSON"), ("Rabat", "GPE"), ("the Canary Islands", "LOC"),
      ("Ceuta", "GPE"), ("Melilla", "GPE")]),
]
ASIDE = [  # written after DEV; labels fixed before any run
 ("Poland's interior minister Mariusz Kaminski ordered a fence along the border with Belarus after thousands gathered near Kuznica.",
  [("Poland", "GPE"), ("Mariusz Kaminski", "PERSON"), ("Belarus", "GPE"), ("Kuznica", "GPE")]),
 ("The Lithuanian parliament voted to allow pushbacks, a move condemned by Amnesty International.",
  [("Lithuanian", "NORP"), ("Amnesty International", "ORG")]),
 ("Canada's immigration minister Marc Miller said Ottawa would cap international student permits at 360,000.",
  [("Canada", "GPE"), ("Marc Miller", "PERSON"), ("Ottawa", "GPE")]),
 ("The Norwegian Refugee Council said more than 100,000 people had fled Nagorno-Karabakh to Armenia.",
  [("The Norwegian Refugee Council", "ORG"), ("Nagorno-Karabakh", "GPE"), ("Armenia", "GPE")]),
 ("Sweden's Migration Agency (Migrationsverket) said applications fell after the Tidö agreement.",
  [("Sweden", "GPE"), ("Migration Agency", "ORG"), ("Migrationsverket", "ORG"), ("Tidö", "GPE")]),
 ("New Zealand's Immigration Minister Erica Stanford visited Auckland and Christchurch last week.",
  [("New Zealand", "GPE"), ("Erica Stanford", "PERSON"), ("Auckland", "GPE"), ("Christchurch", "GPE")]),
 ("The European Court of Human Rights in Strasbourg ordered Malta to release a Sudanese man held at Safi Barracks.",
  [("The European Court of Human Rights", "ORG"), ("Strasbourg", "GPE"), ("Malta", "GPE"), ("Sudanese", "NORP"), ("Safi Barracks", "FAC")]),
 ("Austria's chancellor Karl Nehammer blocked Romania and Bulgaria from joining the Schengen area.",
  [("Austria", "GPE"), ("Karl Nehammer", "PERSON"), ("Romania", "GPE"), ("Bulgaria", "GPE"), ("Schengen", "GPE")]),
 ("The International Organization for Migration recorded 2,500 deaths in the central Mediterranean, many off Libya.",
  [("The International Organization for Migration", "ORG"), ("Mediterranean", "LOC"), ("Libya", "GPE")]),
 ("Sea-Watch said its plane Seabird had spotted a boat 40 miles south of Lampedusa.",
  [("Sea-Watch", "ORG"), ("Seabird", "PRODUCT"), ("Lampedusa", "GPE")]),
 ("Ireland's Department of Justice said 1,600 applicants were waiting for beds in Dublin and Cork.",
  [("Ireland", "GPE"), ("Department of Justice", "ORG"), ("Dublin", "GPE"), ("Cork", "GPE")]),
 ("The French interior minister, Gérald Darmanin, met his Italian counterpart Matteo Piantedosi in Menton.",
  [("French", "NORP"), ("Gérald Darmanin", "PERSON"), ("Italian", "NORP"), ("Matteo Piantedosi", "PERSON"), ("Menton", "GPE")]),
 ("Belgium's state secretary for asylum, Nicole de Moor, said Fedasil had run out of places.",
  [("Belgium", "GPE"), ("Nicole de Moor", "PERSON"), ("Fedasil", "ORG")]),
 ("Frontex director Hans Leijtens told the European Parliament that arrivals in Greece had doubled.",
  [("Frontex", "ORG"), ("Hans Leijtens", "PERSON"), ("the European Parliament", "ORG"), ("Greece", "GPE")]),
 ("The UN refugee agency opened a reception centre in Adré, on Chad's border with Sudan.",
  [("UN", "ORG"), ("Adré", "GPE"), ("Chad", "GPE"), ("Sudan", "GPE")]),
 ("Japan's Immigration Services Agency said it granted refugee status to 303 people, most from Afghanistan.",
  [("Japan", "GPE"), ("Immigration Services Agency", "ORG"), ("Afghanistan", "GPE")]),
]


def _key(text: str) -> str:
    t = text.strip()
    return t[4:] if t.lower().startswith("the ") else t


def main() -> int:
    from dossier.api import analyse_texts

    part = sys.argv[1] if len(sys.argv) > 1 else "dev"
    if part not in ("dev", "aside"):
        print("usage: entities_migration.py dev|aside", file=sys.stderr)
        return 2
    items = DEV if part == "dev" else ASIDE
    found = gold = matched = typed = 0
    for (text, want), tables in zip(items, analyse_texts([text for text, _ in items])):
        got = [(_key(m["text"]), m["label"]) for m in tables["mentions"]]
        left = list(got)
        gold += len(want)
        found += len(got)
        for surface, label in want:
            hit = next((g for g in left if g[0] == _key(surface)), None)
            if hit is None:
                if part == "dev":
                    print(f"missed {surface!r} ({label})")
                continue
            left.remove(hit)
            matched += 1
            typed += hit[1] == label
            if part == "dev" and hit[1] != label:
                print(f"type {surface!r}: {hit[1]}, want {label}")
        if part == "dev":
            for g in left:
                print(f"spurious {g[0]!r} ({g[1]})")
    p, r = matched / max(found, 1), matched / max(gold, 1)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{part}: mention F1 {f1:.3f} (P {p:.3f} {matched}/{found}, R {r:.3f} {matched}/{gold}); "
          f"type accuracy {typed / max(matched, 1):.3f} ({typed}/{matched})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
