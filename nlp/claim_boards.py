"""Boards a claim's position names where the entity recogniser found nothing or only a part (round 26).

Read on the entity tuples (start, end, label, canonical) the claims reader works on (`doc.ents` are not changed):

* **a score on a board-shaped name**: "Vellum 3 scores 71.4% on Quarry-SWE", "gets 66.0% in FernGlyph", "a 1,250
  Elo on the Cobblefen Arena": the name right after a figure and "on"/"in" is the board the figure is on, when it has a
  board's shape (an inner capital, a capitalised hyphen part or a digit part, or a plain capitalised word and a
  board's head noun: Arena, Index, Contest, …) and no entity covers it. The passage's other mentions of the same
  name, spelt the same, are that board too ("Quarry-SWE run: 66.2%"). Before round 26 such a figure took nobody
  (`nlp.claims._on_unnamed`) or a benchmark named elsewhere in the sentence.

Only the shape and the position decide; no name is listed.
"""
from __future__ import annotations

import re
from bisect import bisect_left

# a board's shape: "ThimbleQA", "KoWharfage" (an inner capital), "Quarry-SWE", "Trundle-50" (a capitalised or digit
# part after a hyphen), or a plain capitalised word and a board's head noun ("Cobblefen Arena", "Ferrow Contest")
_INNER_CAP = r"[A-Z][a-z]+[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*"
_HYPHENED = r"[A-Z][A-Za-z]+(?:-(?:[A-Z][A-Za-z0-9]*|\d+))+"
_HEADED = r"[A-Z][a-z]+[ ](?:Arena|Index|Contest|Olympiad|Bench|Eval|Exam|Challenge|Leaderboard)"
_SHAPE = rf"(?:{_HEADED}|{_INNER_CAP}|{_HYPHENED})"
# a figure (its unit, if any), then "on"/"in" and the name: "71.4% on X", "1,250 Elo on the X", "66,0 percent in X"
_SCORED_ON = re.compile(
    r"(?<![\w.,])\d[\d,]*(?:[.,]\d+)?(?:\s?%|\s(?:percent|per cent|points?|pts|Elo|rating))?"
    rf"\s+(?:on|in)\s+(?:the\s+)?(?P<name>{_SHAPE})(?![\w-]|[.,]\w)")


def _covered(ents, starts, a: int, b: int) -> bool:
    """whether an entity overlaps text[a:b]"""
    i = bisect_left(starts, a)
    return (i > 0 and ents[i - 1][1] > a) or (i < len(ents) and ents[i][0] < b)


def scored_on_boards(text: str, ents: list[tuple], known: list[tuple]) -> list[tuple]:
    """BENCHMARK tuples for the board-shaped names a figure is said to be on, and for their other mentions, where no
    entity of `ents` or `known` (recognised, ORG included; both sorted) lies."""
    if " on " not in text and " in " not in text:
        return []
    names = set()
    for m in _SCORED_ON.finditer(text):
        names.add(m.group("name"))
    if not names:
        return []
    allents = sorted(ents + known)
    starts = [x[0] for x in allents]
    out = []
    for name in names:
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not _covered(allents, starts, m.start(), m.end()):
                out.append((m.start(), m.end(), "BENCHMARK", name))
    return out

