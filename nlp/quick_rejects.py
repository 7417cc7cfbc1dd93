"""Searches skipped when they cannot match: the same results, less CPU.

A big case-insensitive alternation (``\\b(?:company said|model card|...)``) costs 5-20 µs per
search even on a short string: with ``re.I`` and a leading ``\\b`` the regex engine has no first
character to scan for, so it tries every alternative at every position. Two wrappers answer
"no match" first, from plain substring tests, and run the regex only when it still can match:

* :func:`gated` reads, from the pattern itself, words every match contains (one of the words of
  each alternative, all of a fixed run of letters): a string whose lower-cased text holds none of
  them cannot match.
* :func:`ends_gated` is for a pattern anchored at ``\\Z`` over the text before a name: a match ends
  with one of a few words, optionally followed by others ("on", then "the"), then white space.

Both behave as the compiled pattern (``search``, and everything else passed through), and
``tests/nlp/test_quick_rejects.py`` checks them against it on random strings. Lower-casing is
``numbers.lowered``: a string holding a character that ``re.I`` folds otherwise than
``str.lower()`` ("ſ", "ı", "İ") is always searched.
"""
from __future__ import annotations

import re
import sys

from .numbers import any_finder, lowered

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover  (3.10)
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)


def _ascii_part(s: str) -> str:
    """The longest run of ASCII characters of `s`, lower-cased (a part of a required string is required)."""
    return max(re.split(r"[^\x00-\x7f]+", s), key=len).lower()


def _requirements(items) -> list[frozenset[str]]:
    """For a parsed sequence: sets of strings such that a match holds one string of every set."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            w = _ascii_part("".join(run))
            if w:
                out.append(frozenset([w]))
            run.clear()

    for op, av in items:
        if op is _C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _C.SUBPATTERN:
            out += _requirements(av[-1])
        elif op is _C.BRANCH:
            alts = [_requirements(p) for p in av[1]]
            if alts and all(alts):
                out.append(frozenset().union(*(_best(a) for a in alts)))
        elif op in _REPEATS:
            if av[0] >= 1:
                out += _requirements(av[2])
        elif _ATOMIC is not None and op is _ATOMIC:
            out += _requirements(av)
        # anything else (classes, assertions, anchors, group references) requires no word
    flush()
    return out


def _rank(words: frozenset[str]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)


def _best(sets: list[frozenset[str]]) -> frozenset[str]:
    return max(sets, key=_rank)


def required_words(pattern: re.Pattern, most: int = 2) -> list[frozenset[str]]:
    """Up to `most` sets of lower-case words such that every match of `pattern` contains a word of
    each set (the most telling sets: longest shortest word first); [] when no such word is known."""
    sets = [s for s in _requirements(_P.parse(pattern.pattern, pattern.flags)) if _rank(s)[0] >= 2]
    return sorted(set(sets), key=_rank, reverse=True)[:most]


class _Gated:
    """A compiled pattern whose ``search`` first tests for required words."""

    __slots__ = ("rx", "tests")

    def __init__(self, rx: re.Pattern, sets: list[frozenset[str]]) -> None:
        self.rx = rx
        self.tests = tuple(any_finder(tuple(sorted(s))) for s in sets)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low = lowered(string if pos <= 0 and endpos >= len(string) else string[max(pos, 0):endpos])
        if low is not None:
            for test in self.tests:
                if not test(low):
                    return None
        return self.rx.search(string, pos, endpos)

    def __getattr__(self, name: str):  # match, finditer, pattern, flags...: the pattern's own
        return getattr(self.rx, name)


def gated(rx: re.Pattern):
    """`rx`, with a ``search`` that skips strings holding none of its required words (itself when it has none)."""
    sets = required_words(rx)
    return _Gated(rx, sets) if sets else rx


class _EndsGated:
    """A pattern anchored at ``\\Z`` whose every match ends with one of `last`, then optionally
    one of `optional`, each followed by white space (at least one character)."""

    __slots__ = ("rx", "last", "optional")

    def __init__(self, rx: re.Pattern, last: tuple[str, ...], optional: tuple[str, ...]) -> None:
        self.rx, self.last, self.optional = rx, last, optional

    def _may(self, s: str) -> bool:
        if not s or not s[-1].isspace():  # (str.isspace is what \s matches in a str pattern)
            return False
        t = s.rstrip()
        low = lowered(t[-12:])
        if low is None:
            return True
        if low.endswith(self.last):
            return True
        for w in self.optional:
            if low.endswith(w):
                u = t[:len(t) - len(w)]
                if u and u[-1].isspace():
                    u = u.rstrip()
                    low = lowered(u[-12:])
                    if low is None or low.endswith(self.last):
                        return True
        return False

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if pos <= 0 and endpos >= len(string) and not self._may(string):
            return None
        return self.rx.search(string, pos, endpos)

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def ends_gated(rx: re.Pattern, last: tuple[str, ...], optional: tuple[str, ...] = ()):
    """`rx` (whose matches end ``<one of last>\\s+[<one of optional>\\s+]\\Z``, case-insensitively, the
    words lower-case), with a ``search`` over a whole string that tests that ending first."""
    return _EndsGated(rx, tuple(last), tuple(optional))
