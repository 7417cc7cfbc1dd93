"""A new model's name without its tier: "Zumbador 3" in a passage that names the new "Zumbador 3 Ligero".

A release names the family and its smaller member in one breath ("launched Vellum 4, a family of models, and its
small version Vellum 4 Swift"); the member's full name is the cue that finds it, and the family's bare name — the
same words without the tier — is then a model of the passage too, wherever it stands ("Vellum 4 scores 69.1 on La
Leaderboard"). Read: a found, unknown MODEL written as a capitalised word, a version number (joined by a space or a
hyphen: "Vellum 4", "Vellum-4", "Vellum 4.5") and one more capitalised word; every other mention of the words up to
the version, as a word of its own, becomes that model.

Kept out: a mention followed by another capitalised word or a version part ("Vellum 4 Ultra", "Vellum 4.1", a
different member), one glued to letters, digits, hyphens, dots, slashes or underscores, one inside a name already
found, and bases whose first word is a tier, a common capitalised word or a word the knowledge base knows alone
(``listed``). A plain string search per base name, run only when a passage found such a member.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .canonical import HYPHENS
from .unknown import COMMON_CAPS, TIER_WORDS, _AL, _UP

_H = re.escape(HYPHENS)
MEMBER = re.compile(rf"(?P<base>[{_UP}][{_AL}]{{2,}}(?P<sep>[ {_H}])\d+(?:\.\d+)?)[ {_H}](?P<tier>[{_UP}][{_AL}]+)")


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    j = bisect_left(spans, (e, -1))
    return not (j > 0 and spans[j - 1][1] > s)


def find(text: str, found: list[tuple[int, int, str, bool]], listed=lambda w: False) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", base) for the bare mentions of the bases of new tiered models; ``found``: (start, end,
    label, known) of every name found so far (spans that do not overlap)."""
    bases: set[str] = set()
    for s, e, label, known in found:
        if label != "MODEL" or known:
            continue
        m = MEMBER.fullmatch(text, s, e)
        if m is None:
            continue
        head = m.group("base").split(m.group("sep"))[0]
        if head in TIER_WORDS or head in COMMON_CAPS or listed(head) or m.group("tier") in COMMON_CAPS:
            continue
        bases.add(m.group("base"))
    if not bases:
        return []
    spans = sorted((s, e) for s, e, _, _ in found)
    out = []
    for base in sorted(bases):  # plain string search and two fixed boundary checks: no regex compiled per base
        at = text.find(base)
        while at >= 0:
            end = at + len(base)
            if (at == 0 or not _GLUED_BEFORE.match(text, at - 1)) and _FREE_AFTER.match(text, end) and _free(spans, at, end):
                out.append((at, end, "MODEL", base))
            at = text.find(base, at + 1)
    return sorted(out)


_GLUED_BEFORE = re.compile(rf"[\w{_H}./@_]")
_FREE_AFTER = re.compile(rf"(?![\w{_H}/_]|\.\d|[ {_H}][{_UP}0-9])")
