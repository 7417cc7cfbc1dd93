"""The entity errors that cost claims: ``python -m nlp.evaluate --claims-entities FILE``.

A claim is lost before any linking when its model or benchmark is not among the passage's entities, or is
there with the other label or a shorter span (``Marlow-4`` for ``Marlow-4 Swift``). The claims sets name
both by their canonical names, so they measure the entity finder where it matters for claims: for each
gold claim, each of its two names is

* ``found``: an entity of that label has that canonical (compared without case, spaces and hyphens);
* ``label``: only an entity of the other label has it (a benchmark tagged as a model);
* ``short``: an entity of that label whose canonical is a strict prefix of the name (a tier word dropped);
* ``missing``: none of these.

Counted per claim (a name in a 12-row table loses 12 claims) and per distinct name of a passage.
"""
from __future__ import annotations

from collections import Counter

from .claims_eval import _name, read_claims_gold

ROLES = {"model": "MODEL", "benchmark": "BENCHMARK"}
OUTCOMES = ("found", "label", "short", "missing")


def classify(name: str, label: str, ents: dict[str, set[str]]) -> str:
    """The outcome for gold ``name`` of ``label`` given ``ents``: label -> squashed canonicals found."""
    k = _name(name)
    if k in ents.get(label, ()):
        return "found"
    if any(k in names for lab, names in ents.items() if lab != label):
        return "label"
    if any(k.startswith(f) and len(f) < len(k) for f in ents.get(label, ())):
        return "short"
    return "missing"


def evaluate_claim_entities(nlp, gold: list[dict]) -> dict:
    """Per role: Counter of outcomes over claims and over distinct (passage, name); ``errors`` lists them."""
    claims = {r: Counter() for r in ROLES}
    names = {r: Counter() for r in ROLES}
    errors = []
    for g, doc in zip(gold, nlp.pipe([g["text"] for g in gold], batch_size=32)):
        ents: dict[str, set[str]] = {}
        for e in doc.ents:
            ents.setdefault(e.label_, set()).add(_name(e._.canonical or e.text))
        seen = set()
        for c in g["claims"]:
            for role, label in ROLES.items():
                out = classify(str(c[role]), label, ents)
                claims[role][out] += 1
                if (role, c[role]) not in seen:
                    seen.add((role, c[role]))
                    names[role][out] += 1
                    if out != "found":
                        errors.append((out, g.get("id"), role, str(c[role])))
    return {"claims": claims, "names": names, "passages": len(gold), "errors": errors}


def evaluate_claim_entities_file(path, nlp) -> dict:
    return evaluate_claim_entities(nlp, read_claims_gold(path))


def format_claim_entities(path, res: dict) -> str:
    lines = [f"{path}: {res['passages']} passages, the claims' names among the entities found"]
    for unit in ("claims", "names"):
        for role, cnt in res[unit].items():
            total = sum(cnt.values())
            parts = "  ".join(f"{o} {cnt[o]}" for o in OUTCOMES)
            lines.append(f"{role:<9} per {unit[:-1]:<5} {cnt['found'] / total if total else 0:6.3f}  {parts}")
    return "\n".join(lines)
