"""A pattern's answer over a whole string, kept for the next time the same string is searched.

The claims stage asks the same cue patterns about the same text again and again: a sentence's cues are read
once for its source, again for its speaker and for its hedges, and a passage's pieces are asked twice within one
vote ("the developer's word, with a model" / "no developer word, but said"). A quarter to a half of the calls of
`claim_source`'s cue lists repeat an earlier call's exact string. :func:`searcher` and :func:`all_finder` give a
function of the string alone that answers a repeat from a small cache (``functools.lru_cache``, keyed by the
string's value); an answer depends on nothing but the pattern and the string, so it is the same.

The pattern is looked up in its module on each miss, not when the function is made: ``nlp.load`` puts quicker
wrappers (:mod:`nlp.quick_rejects`, :mod:`nlp.needed_words`) in place of some module patterns after import, and
those are the ones used.

A miss first asks whether the string holds one of the words every match needs (read from the pattern by
:func:`nlp.needed_words.necessary_words`, one search for all of them: :func:`nlp.numbers.any_finder`): most
sentences hold none of a cue list's words, and are answered without running the pattern or its wrapper.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache

from .needed_words import necessary_words
from .numbers import any_finder, lowered

SIZE = 1024  # strings kept per pattern: a long page's sentences and pieces


def fewest_words(words) -> tuple[str, ...]:
    """`words` without those that hold another of them (wherever the longer is, the shorter is too): the same
    answer to "does the text hold one of them", fewer to look for."""
    return tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


class _Gate:
    """Whether a string may hold a match of the module's pattern `name` (False only when it holds no needed
    word), read from the pattern in place (a wrapper's own ``rx``) and read again when that changes."""

    __slots__ = ("mod", "name", "_for", "_find", "_fold")

    def __init__(self, mod, name: str) -> None:
        self.mod, self.name, self._for = mod, name, None
        self._find, self._fold = None, False

    def pattern(self):
        rx = getattr(self.mod, self.name)
        if rx is not self._for:
            inner = getattr(rx, "rx", rx)
            got = necessary_words(inner) if isinstance(inner, re.Pattern) else None
            self._find = any_finder(fewest_words(got[0])) if got else None
            self._fold = bool(got and got[1])
            self._for = rx
        return rx

    def may(self, string: str) -> bool:
        if self._find is None:
            return True
        hay = lowered(string) if self._fold else string
        return self._find(hay)  # (True for None: a letter re.I folds otherwise than str.lower())


def searcher(module: str, name: str, size: int = SIZE):
    """``<module>.<name>.search(string)`` for a whole string, a repeated string answered from the cache (the
    same ``re.Match``, or None)."""
    gate = _Gate(sys.modules[module], name)

    @lru_cache(maxsize=size)
    def search(string: str):
        rx = gate.pattern()
        return rx.search(string) if gate.may(string) else None

    return search


def all_finder(module: str, name: str, size: int = SIZE):
    """``<module>.<name>.findall(string)`` for a whole string, as a tuple (a cached answer must not be changed
    by a caller), a repeated string answered from the cache."""
    gate = _Gate(sys.modules[module], name)

    @lru_cache(maxsize=size)
    def findall(string: str) -> tuple:
        rx = gate.pattern()
        return tuple(rx.findall(string)) if gate.may(string) else ()

    return findall


_LOWER: list = [None, ""]  # the last passage lowered, and its lower-case form


def passage_lower(text: str) -> str:
    """``text.lower()``, the last text's kept: the claims readers of one passage lower it in turn (a text
    equal to the last but another object is lowered again: the same answer)."""
    if text is not _LOWER[0]:
        _LOWER[0], _LOWER[1] = text, text.lower()
    return _LOWER[1]
