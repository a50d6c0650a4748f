"""A bare "the government" in a story about another country (round 6). The entity linker reads "The
government said ..." as the publisher's home government (for a British publisher the UK Government); in a
story whose text never names that country (nor any body of it) but names another, "the government" is that
other country's (tests/claims_gold conventions: "the government" in a story about one country is that
country's government, the country's entity accepted). The country most named in the text (ties: the one named
first) takes it: its government entity if the reference table has one, else the country. One pass over the
document's mentions; nothing is done when the home country is named at all.
"""

from __future__ import annotations

BARE = {"government", "the government"}


def foreign_government(rows: list[dict], spans, ref) -> None:
    """Rewrite, in place, the source of rows whose reporter is a bare "the government" linked to a government
    entity of a country the document never names, when the document names another country."""
    if ref is None:
        return
    entities = ref.entities
    bare = [r for r in rows if r.get("source") in entities and (r.get("source_text") or "").strip().lower() in BARE
            and entities[r["source"]].kind == "government" and entities[r["source"]].country]
    if not bare:
        return
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in spans:
        e = entities.get(m.entity_id) if m.entity_id else None
        if e is None or not e.country or m.text.strip().lower() in BARE:
            continue
        counts[e.country] = counts.get(e.country, 0) + 1
        first.setdefault(e.country, m.start)
    for r in bare:
        home = entities[r["source"]].country
        others = {c: n for c, n in counts.items() if c != home}
        if counts.get(home) or not others:
            continue
        code = min(others, key=lambda c: (-others[c], first[c]))
        new = ref.government_of.get(code) or ref.country_of_code.get(code)
        if new:
            r["source"] = new
