"""A case-sensitive pattern whose every match begins with one of a few letters, scanned from those letters only.

``(?<![\\w.\\-])(?P<word>Pro|Flash|Mini|…)(?=…)`` opens with a look-behind, so the regex engine has no first
character to scan for and tries the pattern at every position of a passage. Every match begins with the first
letter of one of its words, though: `LiteralStarts` reads the beginnings, as written, from the parsed
pattern (:func:`nlp.match_starts.beginnings` with ``fold=False``: "Pro", "Flash" …), finds them with one scan
(each alternative opens with a letter, so the engine scans for a character class, then looks ahead for the
rest of the word), and tries the pattern there only. The matches
are the pattern's, in order; a candidate inside a match already given is skipped, as ``finditer`` would
(the loop is :func:`nlp.anchored_scan.matches_from`'s).
"""
from __future__ import annotations

import re
import sys

from .anchored_scan import matches_from
from .match_starts import beginnings


class LiteralStarts:
    """`rx` with a ``finditer`` and a ``search`` that try it only at its first letters (see the module docstring);
    the rest (``match``, ``pattern`` …) is the pattern's."""

    __slots__ = ("rx", "trigger")

    def __init__(self, rx: re.Pattern) -> None:
        words = beginnings(rx, fold=False)
        if not words:
            raise ValueError(f"no literal beginning known for {rx.pattern[:60]!r}")
        self.rx = rx
        # one character per candidate: "P(?=ro)|F(?=lash)": each branch opens with a literal, so the engine scans
        # for their first characters as a class
        self.trigger = re.compile("|".join(
            re.escape(w[0]) + (f"(?={re.escape(w[1:])})" if len(w) > 1 else "") for w in sorted(words)))

    def finditer(self, string: str):
        # (a match is never empty: it holds its first letter, as nlp.anchored_scan.matches_from requires)
        return iter(matches_from(self.rx, string, [t.start() for t in self.trigger.finditer(string)]))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        """The pattern's first match in string[pos:endpos]: tried at the first letters only, in order."""
        match = self.rx.match
        for t in self.trigger.finditer(string, pos, endpos):
            m = match(string, t.start(), endpos)
            if m is not None:
                return m
        return None

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
