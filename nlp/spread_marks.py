"""The spread after a score, blanked for the claims readers (round 13, branch nlp-claims13b).

Papers and model cards give a mean with its spread: "62.4 ± 1.1", "62.4±1.1", "62.4 (± 1.1)", "62.4 (+/- 1.1)",
"58.2 +- 0.9" — in prose ("scores 62.4 ± 1.1 on A and 47.9 ± 2.3 on B, compared with 58.0 ± 0.9 and 41.2 ± 1.8 for
C") and in table cells ("| 62.4 ± 1.1 |", a whitespace-aligned "Tephra  62.4 ± 1.1  47.9 ± 2.3"). The mean is the
score; the spread is an error bar, no score, and standing between a number and its "on B" it shifts the readers'
pairing of numbers with names by one. ``blank_spreads`` returns the text with each such spread replaced by spaces of
the same length (like ``nlp.rank_marks.blank_moves``), so every offset still indexes the original text.

Only a spread right after a number (a "%" between allowed: "38% (±3)") is blanked, and not one with a unit of its own
("58.2 ± 2.1% accuracy", "± 1.2 points": the number reader gives that unit to the mean, see ``nlp.numbers``). A "±"
alone (a units row's "±" column, "roughly ±2") is left as it is.
"""
from __future__ import annotations

import re

from .rank_marks import blank_marks

_SPREAD = re.compile(
    r"(?<=[\d%])(?P<mark>[ \t]?\([ \t]*(?:±|\+/-|\+-|\+/−)[ \t]*\d+(?:\.\d+)?(?![\d.])[ \t]*\)"
    r"|[ \t]*(?:±|\+/-|\+-|\+/−)[ \t]*\d+(?:\.\d+)?(?![\d.]))"
    r"(?![ \t]*(?:%|percent\b|per[ \t]?cent\b|points?\b|pts\b|pp\b))")
_CHEAP = ("±", "+/-", "+-", "+/−")


def blank_spreads(text: str) -> str:
    """``text`` with the spreads after its numbers replaced by spaces (same length), or ``text`` itself."""
    if not any(c in text for c in _CHEAP):
        return text
    return blank_marks(text, _SPREAD)
