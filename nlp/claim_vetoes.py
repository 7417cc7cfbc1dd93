"""Claim vetoes: figures the sentence itself says are no benchmark score (a goal, a count of things, a share of a resource,
a generic table row).

The claim readers pair numbers with names; some numbers near a model and a board are plainly something else, and the
sentence says so in its own grammar, whatever the names:

``target``       the clause before the figure names an intention: a target, a goal, an aim, a promise, a forecast, an
                 ambition ("our target for X is 93%", "• Target: 90% on B", "do not promise the 90%") — a plan, not a result.
``count``        a bare whole number followed by a noun phrase in the plural ("a suite of 240 multi-hour office workflows",
                 "2,600 de-identified discharge summaries", "50 small bug fixes"): the size of a set, not a score. Units
                 and the "N of M" / "N on B" shapes of real scores stop the reading (a preposition ends it).
``share``        a percentage of the owner's resource ("85% of its compute", "40% of their revenue"): a business share.
                 The nouns are one category (money, hardware, people, market), not a set's wording; "62% of its tasks",
                 "71.5% of our questions" are test items and stay scores.
``generic_row``  the "model" is a generic row head ("base model", "baseline", "random", "human", "ours"): no model's name.

`veto(how, claim)` gives the reason or None; `nlp.claim_confidence.confidence` gives a vetoed claim confidence 0 (below
every bar). `nlp.non_scores` drops numbers by the words right next to them ("a target of 70%"); these read a claim:
its owner's name and the clause up to 80 characters before the figure ("our target for X is 93%"). Cost: a few anchored regexes over at most 80 characters around the number, per claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

# an intention word in the clause before the figure (no sentence or clause break between them)
_INTENT = re.compile(r"\b(?:targets?|targeting|targeted|goals?|aims?|aiming|promis(?:e|es|ed|ing)|forecasts?|forecasting|"
                     r"ambitions?|intends?|intending)\b[^.;!?\n]{0,60}$", re.I)
# words that end the noun phrase after a number: prepositions, determiners, verbs of being, and the score units
_STOP = frozenset("of on in at to for and or with by from as than after before over out under via into across among between "
                  "the a an its their our this that these those is was are were be been but so which who while when where "
                  "points point percent per marks mark votes vote elo pts".split())
_WORDS_AFTER = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,4}")
# the resource a share is of: money, hardware, people, market (a category, not any one text's wording)
_RESOURCE = (r"(?:compute|computing|revenues?|budgets?|traffic|market|users|customers|clients|spending|spend|workforce|staff|"
             r"employees|headcount|capacity|energy|electricity|power|funding|sales|shares|stake|equity|income|profits?|"
             r"costs?|chips|GPUs|servers|data ?cent(?:er|re)s?|cloud|infrastructure|inference|training)")
_SHARE_AFTER = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:its|their|our|his|her|your|the\s+(?:company|firm|lab)'s)\s+"
                          rf"(?:[\w-]+\s+){{0,2}}?{_RESOURCE}\b", re.I)
_GENERIC_ROW = re.compile(r"(?:the\s+)?(?:base(?:line)?s?|base\s+model|reference(?:\s+model)?|random(?:\s+baseline)?|"
                          r"majority(?:\s+class)?|chance|human(?:s|\s+baseline)?|ours|our\s+model)$", re.I)


def _count(text: str, at: int, to: int, claim: dict) -> bool:
    if claim.get("unit") not in ("points", None) or not text[at:to].replace(",", "").isdigit():
        return False
    m = _WORDS_AFTER.match(text, to, min(len(text), to + 60))
    if not m:
        return False
    for w in m.group().split():
        if w in _STOP:
            return False
        if len(w) >= 4 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
            return True
    return False


@lru_cache(maxsize=256)  # (a model name, asked again per claim of it)
def _generic_row(name: str) -> bool:
    return _GENERIC_ROW.match(name) is not None


def veto(how: dict, claim: dict) -> str | None:
    """Why the claim's figure is no score, as its own sentence says (see the module doc), or None."""
    if _generic_row((claim.get("model") or "").strip()):
        return "generic_row"
    text, at, to = how.get("text"), how.get("at"), how.get("to")
    if not text or at is None or to is None:
        return None
    if _INTENT.search(text, max(0, at - 80), at):
        return "target"
    if _count(text, at, to, claim):
        return "count"
    if claim.get("unit") == "%" and _SHARE_AFTER.match(text, to, min(len(text), to + 70)):
        return "share"
    return None
