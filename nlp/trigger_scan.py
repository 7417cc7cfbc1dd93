"""A pattern tried only where a cheaper, hand-written trigger says one of its matches can begin.

A pattern with a long body (a name, optional tier words, a version) that begins with a common character (any
capital) costs the regex engine a full attempt at each of them, though few go on to what every match needs
(a digit a few words on). A trigger is a short pattern, written next to the pattern it serves, that matches
one character at every position where a match can begin: the first character and a look-ahead for what must
follow (``[A-Z](?=[^\\W\\d_]*(?:\\s+[^\\W\\d_]*){0,4}\\d)``). :class:`TriggerScan` runs the trigger (one
quick scan) and tries the pattern at its positions only, left to right and never inside the previous match:
``finditer``'s and ``search``'s matches exactly, as long as the trigger matches at every possible start (more
is harmless) and the pattern never matches the empty string. The trigger's soundness is the writer's claim;
its module's tests check it against the plain pattern.
"""
from __future__ import annotations

import re
import sys


class TriggerScan:
    """`rx` with ``finditer`` and ``search`` tried only at the starts of `trigger`'s matches (see the module
    docstring); ``match``, ``fullmatch``, ``pattern`` and the rest are the pattern's."""

    __slots__ = ("rx", "trigger")

    def __init__(self, rx: re.Pattern, trigger: str | re.Pattern) -> None:
        self.rx = rx
        self.trigger = re.compile(trigger) if isinstance(trigger, str) else trigger

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(self._matches(string, pos, endpos))

    def _matches(self, string: str, pos: int, endpos: int) -> list[re.Match]:
        # (a match of the pattern within string[pos:endpos] has its start among the trigger's there: the trigger
        # sees the same window, and what it looks ahead for lies inside the match)
        starts = self._starts(string, pos, endpos)
        if starts is None:
            return list(self.rx.finditer(string, pos, endpos))
        out: list[re.Match] = []
        done = 0
        match = self.rx.match
        for s in starts:
            if s < done:
                continue
            m = match(string, s, endpos)
            if m is not None:
                out.append(m)
                done = m.end()
        return out

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        starts = self._starts(string, pos, endpos)
        if starts is None:
            return self.rx.search(string, pos, endpos)
        match = self.rx.match
        for s in starts:
            m = match(string, s, endpos)
            if m is not None:
                return m
        return None

    def _starts(self, string: str, pos: int, endpos: int):
        """The positions where a match within string[pos:endpos] can begin, in order (None: unknown, so the plain
        pattern runs): here the trigger's match starts; a subclass may find them otherwise."""
        return (t.start() for t in self.trigger.finditer(string, pos, endpos))

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
