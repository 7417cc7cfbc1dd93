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
"""
from __future__ import annotations

import sys
from functools import lru_cache

SIZE = 1024  # strings kept per pattern: a long page's sentences and pieces


def searcher(module: str, name: str, size: int = SIZE):
    """``<module>.<name>.search(string)`` for a whole string, a repeated string answered from the cache (the
    same ``re.Match``, or None)."""
    mod = sys.modules[module]

    @lru_cache(maxsize=size)
    def search(string: str):
        return getattr(mod, name).search(string)

    return search


def all_finder(module: str, name: str, size: int = SIZE):
    """``<module>.<name>.findall(string)`` for a whole string, as a tuple (a cached answer must not be changed
    by a caller), a repeated string answered from the cache."""
    mod = sys.modules[module]

    @lru_cache(maxsize=size)
    def findall(string: str) -> tuple:
        return tuple(getattr(mod, name).findall(string))

    return findall
