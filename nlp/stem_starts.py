"""A pattern tried only where one of its beginnings occurs in the lower-cased text, found with ``str.find``.

A trigger pattern (:func:`nlp.match_starts.start_finder`) lets the engine skip to the positions where a match
can begin, but it still tests a character class at every position, and a dozen first letters ("a", "c", "d",
"f", "l", "m" …) stop it almost everywhere. When a pattern's beginnings are a few words ("company",
"developer", "lab" …), one ``str.find`` per word over the lowered passage (a fast substring search) finds the
same candidates for less; the pattern is tried there, in order, a candidate inside a match already given
skipped, as ``finditer`` would (the loop of :class:`nlp.trigger_scan.TriggerScan`). A text that lacks every
word a match needs (:func:`nlp.needed_words.necessary_words`) is not searched at all.

The lowered text's offsets are the text's when :func:`nlp.numbers.lowered` answers; it answers None for "ſ",
"ı" and "İ", which ``re.I`` folds otherwise than ``str.lower()``: the plain pattern then runs.
"""
from __future__ import annotations

import re

from .match_starts import beginnings, occurrences
from .needed_words import necessary_words
from .numbers import lowered
from .trigger_scan import TriggerScan


class StemStarts(TriggerScan):
    """`rx` with ``finditer`` and ``search`` tried only at its beginnings (module docstring); ``match`` and the
    rest are the pattern's."""

    __slots__ = ("stems", "words", "fold")

    def __init__(self, rx: re.Pattern) -> None:
        stems = beginnings(rx, fold=True)
        if not stems:
            raise ValueError(f"no beginning known for {rx.pattern[:60]!r}")
        got = necessary_words(rx)
        self.rx, self.stems = rx, tuple(sorted(stems))
        self.words, self.fold = (tuple(sorted(got[0])), got[1]) if got is not None else ((), False)

    def _starts(self, string: str, pos: int, endpos: int) -> list[int] | None:
        """The candidate starts within string[pos:endpos], in order (None: unknown, search with the pattern)."""
        low = lowered(string)
        if low is None:
            return None
        pos, endpos = max(pos, 0), min(endpos, len(string))
        if self.words:  # (a match lies in the window, so one of the words does)
            hay = low if self.fold else string
            if not any(hay.find(w, pos, endpos) >= 0 for w in self.words):
                return []
        # (a match holds its beginning, so the stem lies in the window too)
        return occurrences(low, self.stems, pos, endpos)
