"""Models no list knows, from the company they keep in a coordination (round 14).

A new family with a version ("Pestello 2", "Vantor-3") written once, beside models already found: "the regional
wave: Meşe-2, Tarang-3, Vantor 2, Zumbador 3 and Sahm-2", "Pestello 2 and Zumbador 3 were evaluated by their
makers", "Kavka 2 and GPT-5 mini will follow". A ``Family N`` (one capitalised word, a space or hyphen, a version
of one or two digits with an optional ".N") joined by ", ", " and ", " or ", " vs " to a found model is a model
too; the chain goes on through the list (each new model lends its neighbours the same reading). The name's other
mentions in the passage follow (as written, not going on with a digit or a capitalised word).

Gates: an AI sentence (the caller's ``ai_at``); the family word is in Latin letters (other scripts have their own
readers, and "Глава-2" is "chapter 2"), no counting or label word ("Phase 2", "Table
3", "Round 2"), no stop, calendar, place or discourse word, no surname ("Dana Smith"), not found before with
another label; the version is no score ("Vantor 2%", "Vantor 2.5 points"). Linear: one pass over the shapes, then
a few passes over the (short) list of candidates.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .name_syntax import span_free
from .canonical import HYPHENS
from .claim_tables import _COUNTING_WORDS
from .demonyms import COUNTRIES, DEMONYMS
from .name_roles import _LABEL_FIRST
from .name_syntax import _surname
from .unknown import _AL, _UP, BLOCKED_HEADS, COMMON_CAPS, DISCOURSE, PLACES, TIER_WORDS

_H = re.escape(HYPHENS)
# "Pestello 2", "Vantor-3", "Ciocârlia 2", "Kite 2.5" (not "Vantor 2%", "Vantor 2.5 points", "Vantor 2 3")
# (the version is found first; the family word is read back from it)
VERSION = re.compile(rf"(?:[ ]|[{_H}])(\d{{1,2}}(?:\.\d{{1,2}})?)"
                     rf"(?![\w%]|[.,]\d|[ ]?(?:%|points?|pts|percent|per[ ]cent|times|x)\b|[ ]\d|[{_H}]\w|[ ][{_UP}])")
FAMILY_BACK = re.compile(rf"(?<![\w.@/{_H}'\u2019])([{_UP}][{_AL}]{{2,}})\Z")
GLUE = re.compile(r"\A(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or|vs\.?|versus|&)[ ]|[ ]?/[ ]?)\Z")
NOT_FAMILIES = frozenset(_COUNTING_WORDS | _LABEL_FIRST | BLOCKED_HEADS | DISCOURSE | PLACES | COMMON_CAPS | TIER_WORDS
                         | COUNTRIES | DEMONYMS)


class _Found:
    """A ``Family N`` shape: its span, its text, its family word (what a match would give)."""
    __slots__ = ("s", "e", "whole", "fam")

    def __init__(self, s: int, e: int, whole: str, fam: str) -> None:
        self.s, self.e, self.whole, self.fam = s, e, whole, fam

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self, i: int) -> str:
        return self.whole if i == 0 else self.fam




def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of ``Family N`` names coordinated with a found model (see the module
    doc), with their other mentions; ``taken``: (start, end, label) of everything found so far."""
    models = sorted((s, e) for s, e, lab in taken if lab == "MODEL")
    if not models:
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    other = {text[s:e] for s, e, lab in taken if lab != "MODEL"}
    cands = []
    for v in VERSION.finditer(text):
        m = FAMILY_BACK.search(text, max(0, v.start() - 30), v.start())
        if m is None:
            continue
        fam = m.group(1)
        m = _Found(m.start(1), v.end(), text[m.start(1):v.end()], fam)
        if (fam in NOT_FAMILIES or fam.lower() in STOP_WORDS or max(fam) > "\u024f"  # (Latin: "Глава-2" is "chapter 2")
                or m.group(0) in other or fam in other or not span_free(spans, width, m.start(), m.end())):
            continue
        cands.append(m)
    if not cands:
        return []
    ends = {e: s for s, e in models}
    starts = {s: e for s, e in models}
    chosen: dict[str, int] = {}
    changed = True
    while changed:  # a chain through a list: "GPT-5, Vantor 2, Zumbador 3 and Sahm-2"
        changed = False
        for m in cands:
            w = m.group(0)
            if w in chosen:
                continue
            left = next((e for e in range(m.start() - 1, max(-1, m.start() - 12), -1) if e in ends
                         and GLUE.match(text[e:m.start()])), None)
            right = next((s for s in range(m.end() + 1, min(len(text), m.end() + 12)) if s in starts
                          and GLUE.match(text[m.end():s])), None)
            if (left is None and right is None) or not ai_at(m.start()) or _surname(text, m.group(1)):
                continue
            chosen[w] = m.start()
            ends[m.end()] = m.start()
            starts[m.start()] = m.end()
            changed = True
    if not chosen:
        return []
    out = []
    for m in cands:  # every mention of a chosen name
        if m.group(0) in chosen:
            out.append((m.start(), m.end(), "MODEL", m.group(0)))
    return out
