"""A pattern searched only at the positions a function lists as where its matches can begin.

:mod:`nlp.literal_starts` and :mod:`nlp.trigger_scan` find the candidate starts with one trigger pattern. Some
patterns need more than one kind of start (a cue word anywhere, or a key at a line's start) or a start read
back from something rare inside the match (a count of test items, found after the name it sizes): then a small
function of the text lists the candidates, and :class:`CandidateScan` tries the pattern there only, left to
right and never inside the previous match (:func:`nlp.anchored_scan.matches_from`). The matches are
``finditer``'s exactly as long as the function lists every position where the pattern can match (more are
harmless) and the pattern never matches the empty string; the module that writes the function claims that, and
its tests compare the wrapper with the plain pattern.
"""
from __future__ import annotations

import re
import sys
from typing import Callable, Iterable

from .anchored_scan import matches_from


class CandidateScan:
    """`rx` with ``finditer`` and ``search`` tried only at ``starts(text)`` (see the module docstring); ``match``,
    ``pattern`` and the rest are the pattern's."""

    __slots__ = ("rx", "starts")

    def __init__(self, rx: re.Pattern, starts: Callable[[str], Iterable[int]]) -> None:
        self.rx = rx
        self.starts = starts

    def finditer(self, string: str):
        return iter(matches_from(self.rx, string, self.starts(string)))

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        match = self.rx.match
        for s in sorted(set(self.starts(string))):
            if s >= pos:
                m = match(string, s, endpos)
                if m is not None:
                    return m
        return None

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
