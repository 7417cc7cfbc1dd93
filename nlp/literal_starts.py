"""A case-sensitive pattern whose every match begins with one of a few letters, scanned from those letters only.

``(?<![\\w.\\-])(?P<word>Pro|Flash|Mini|…)(?=…)`` opens with a look-behind, so the regex engine has no first
character to scan for and tries the pattern at every position of a passage. Every match begins with the first
letter of one of its words, though: `LiteralStarts` reads the beginnings, as written, from the parsed
pattern (:func:`nlp.match_starts.beginnings` with ``fold=False``: "Pro", "Flash" …), finds them with one scan
(each alternative opens with a letter, so the engine scans for a character class, then looks ahead for the
rest of the word), and tries the pattern there only. The matches
are the pattern's, in order; a candidate inside a match already given is skipped, as ``finditer`` would
(the loop is :class:`nlp.trigger_scan.TriggerScan`'s).
"""
from __future__ import annotations

import re

from .match_starts import FIND_FROM, beginnings, find_heads, occurrences
from .trigger_scan import TriggerScan


class LiteralStarts(TriggerScan):
    """`rx` with a ``finditer`` and a ``search`` that try it only at its first letters (see the module docstring);
    the rest (``match``, ``pattern`` …) is the pattern's. A :class:`nlp.trigger_scan.TriggerScan` whose trigger is
    read from the pattern instead of written beside it."""

    __slots__ = ("heads",)

    def __init__(self, rx: re.Pattern) -> None:
        words = beginnings(rx, fold=False)
        if not words:
            raise ValueError(f"no literal beginning known for {rx.pattern[:60]!r}")
        # one character per candidate: "P(?=ro)|F(?=lash)": each branch opens with a literal, so the engine scans
        # for their first characters as a class (a match is never empty: it holds its first letter)
        super().__init__(rx, "|".join(
            re.escape(w[0]) + (f"(?={re.escape(w[1:])})" if len(w) > 1 else "") for w in sorted(words)))
        self.heads = find_heads(words)  # (or, on a long text, found by substring searches: the same positions)

    def _starts(self, string: str, pos: int, endpos: int):
        pos, endpos = max(pos, 0), min(endpos, len(string))
        if self.heads is None or endpos - pos < FIND_FROM:
            return super()._starts(string, pos, endpos)
        return occurrences(string, self.heads, pos, endpos)
