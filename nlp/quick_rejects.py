"""Quicker searches of a few regexes: the same matches, less CPU.

A big case-insensitive alternation (``\\b(?:released|launched|...)``) is slow to search: with ``re.I``
and a leading ``\\b`` the regex engine has no first character to scan for, so it tries every
alternative at every position of the string. Two wrappers spare most of those tries:

* :func:`from_starts` reads, from the parsed pattern, the beginnings of all its matches (up to eight
  characters each, :mod:`nlp.match_starts`), and tries the pattern only where the lower-cased string has
  one of them (a case-sensitive scan for a few strings, which the engine does quickly); ``SCANNED``
  lists the patterns read so (:func:`install`).
* :func:`ends_gated` is for a pattern anchored at ``\\Z`` over the text before a name: every match ends
  with one of a few words, optionally followed by others ("on", then "the"), then white space.

Both behave as the compiled pattern (``search``, ``finditer``; everything else is passed through),
and ``tests/nlp/test_quick_rejects.py`` checks them against it on the test texts and random strings.
Lower-casing is ``numbers.lowered``: a string holding a character that ``re.I`` folds otherwise than
``str.lower()`` ("ſ", "ı", "İ") is searched by the pattern itself.
"""
from __future__ import annotations

import re
import sys

from .match_starts import start_finder
from .numbers import lowered


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


# --------------------------------------------------------------------------- scans from likely starts

class _FromStarts:
    """A compiled pattern whose ``search`` and ``finditer`` try it only where a match can start: at the
    positions where the lower-cased text has one of the beginnings of its matches (at a word's start,
    when the pattern begins with ``\\b``); ``match`` and the rest are the pattern's."""

    __slots__ = ("rx", "trigger")

    def __init__(self, rx: re.Pattern, trigger: re.Pattern) -> None:
        self.rx, self.trigger = rx, trigger

    def _lowered(self, string: str, pos: int, endpos: int):
        pos, endpos = max(pos, 0), min(endpos, len(string))
        return lowered(string[pos:endpos] if pos or endpos < len(string) else string), pos, endpos

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low, a, b = self._lowered(string, pos, endpos)
        if low is None:  # a letter that re.I folds otherwise than str.lower()
            return self.rx.search(string, pos, endpos)
        # the pattern tried from each candidate start, in order: `low` is the lower-cased string[a:b]; at the slice's
        # start the trigger sees no letter before it: one more candidate there, never fewer
        match = self.rx.match
        for t in self.trigger.starts(low):
            m = match(string, t + a, b)
            if m is not None:
                return m
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        low, a, b = self._lowered(string, pos, endpos)
        if low is None:
            return self.rx.finditer(string, pos, endpos)
        return self._iter(string, low, a, b)

    def _iter(self, string: str, low: str, pos: int, endpos: int):
        end = 0
        match = self.rx.match  # (as in search: the matches from the candidate starts, overlapping ones left out)
        for t in self.trigger.starts(low):
            m = match(string, t + pos, endpos)
            if m is not None and m.start() >= end:
                end = m.end()
                yield m

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def from_starts(rx: re.Pattern):
    """`rx` with a quicker ``finditer`` over whole strings (see :class:`_FromStarts`), or `rx` itself when
    the beginnings of its matches are not all known (:func:`nlp.match_starts.start_finder`). Its matches must
    never be empty."""
    trigger = start_finder(rx)
    return rx if trigger is None else _FromStarts(rx, trigger)


#: the patterns read with :func:`from_starts` (module, names): the case-insensitive ones that scan a whole
#: text or sentence, or the 60 characters before a name, where it saves the most (measured by replaying one
#: pass of the pipeline's own calls over the `make bench` texts; on the short strings of most other patterns the
#: wrapper costs more than it saves). A pattern whose match beginnings are not all known stays as it is.
SCANNED = {
    "nlp.unknown": ("MODEL_CUE_VERB", "ON_START", "LEAD_ON", "MODEL_BEFORE", "NAMING", "OWNED_NOUN"),
    "nlp.unknown_orgs": ("LAB_COMMA",),
    "nlp.doc_names": ("TIER_ALONE", "TIER_OBJECT"),
    "nlp.claim_source": ("_INDEPENDENT", "_WE_RELEASE", "_HOST_RUN", "HEDGE"),
    "nlp.claim_discourse": ("_ORG_MODEL_REF", "_THE_NOUN", "_LEADS"),
    "nlp.claim_places": ("_MOVED_TO",),
    "nlp.withdrawn_figures": ("_NOT_AS_REPORTED",),
    "nlp.claims": ("_BASE_REF", "_NEW_REF", "_TIER_REF", "_OBJECT_ONLY", "_COMPARE", "_COST_BEFORE", "HEDGE"),
}


def install() -> None:
    """Put :func:`from_starts` wrappers in place of the `SCANNED` patterns (once; ``nlp.load`` calls it)."""
    import importlib

    for module, names in SCANNED.items():
        mod = importlib.import_module(module)
        for name in names:
            rx = getattr(mod, name, None)  # (a name gone stays unread: tests/nlp/test_quick_rejects.py says so)
            if isinstance(rx, re.Pattern):
                setattr(mod, name, from_starts(rx))
    from .needed_words import install as install_needed_words

    install_needed_words()  # searches skipped when the text lacks every word a match needs (nlp.needed_words)
