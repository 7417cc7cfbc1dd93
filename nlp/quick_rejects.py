"""Quicker searches of a few regexes: the same matches, less CPU.

A big case-insensitive alternation (``\\b(?:released|launched|...)``) is slow to search: with ``re.I``
and a leading ``\\b`` the regex engine has no first character to scan for, so it tries every
alternative at every position of the string. Two wrappers spare most of those tries:

* :func:`from_starts` reads, from the parsed pattern, the two-letter beginnings of all its matches, and
  tries the pattern only where the lower-cased string has one of them (a case-sensitive scan for a
  few letters, which the engine does quickly); ``SCANNED`` lists the patterns read so (:func:`install`).
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

from .numbers import lowered

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover  (3.10)
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}


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
_MAX_STARTS = 300


def _starts(items: list, k: int):
    """The lower-cased first `k` characters of every match of the parsed sequence `items`, or None
    when they are not all known (a class, a repeat, a non-ASCII letter, a match shorter than `k`)."""
    if k == 0:
        return {""}
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):  # zero width
        return _starts(rest, k)
    if op is _C.LITERAL:
        c = chr(av)
        if not c.isascii():
            return None
        tail = _starts(rest, k - 1)
        return None if tail is None else {c.lower() + t for t in tail}
    if op is _C.SUBPATTERN:
        return _starts(list(av[-1]) + rest, k)
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _starts(list(alt) + rest, k)
            if got is None:
                return None
            out |= got
        return out if len(out) <= _MAX_STARTS else None
    if op in _REPEATS:
        lo, _, body = av
        own = _starts(list(body), k)  # the body alone settles the first k characters
        if own is None:
            return None
        if lo >= 1:
            return own
        after = _starts(rest, k)
        return None if after is None else own | after
    return None


class _FromStarts:
    """A compiled pattern whose ``search`` and ``finditer`` try it only where a match can start: at the
    positions where the lower-cased text has one of the two-character beginnings of its matches
    (at a word's start, when the pattern begins with ``\\b``); ``match`` and the rest are the pattern's."""

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
        for t in self.trigger.finditer(low):
            m = match(string, t.start() + a, b)
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
        for t in self.trigger.finditer(low):
            m = match(string, t.start() + pos, endpos)
            if m is not None and m.start() >= end:
                end = m.end()
                yield m

    def __getattr__(self, name: str):
        return getattr(self.rx, name)


def from_starts(rx: re.Pattern):
    """`rx` with a quicker ``finditer`` over whole strings (see :class:`_FromStarts`), or `rx` itself when
    the beginnings of its matches are not all known. Its matches must never be empty."""
    items = list(_P.parse(rx.pattern, rx.flags))
    pairs = _starts(items, 2)
    if not pairs or any(len(p) != 2 for p in pairs):
        return rx
    word_start = (bool(items) and items[0] == (_C.AT, _C.AT_BOUNDARY)
                  and all(p[0].isalnum() or p[0] == "_" for p in pairs))
    by_first: dict[str, set[str]] = {}
    for p in pairs:
        by_first.setdefault(p[0], set()).add(p[1])
    alts = []
    for c, seconds in sorted(by_first.items()):
        e = re.escape(c)
        after = "".join(re.escape(x) for x in sorted(seconds))
        alts.append(e + (rf"(?<!\w{e})" if word_start else "") + f"(?=[{after}])")
    # (\w as the pattern reads it: ASCII letters only under re.ASCII)
    return _FromStarts(rx, re.compile("|".join(alts), rx.flags & re.ASCII))


#: the patterns read with :func:`from_starts` (module, names): the case-insensitive ones that scan a whole
#: text or sentence, or the 60 characters before a name, where it saves the most (measured by replaying one
#: pass of the pipeline's own calls over the `make bench` texts; on the short strings of most other patterns the
#: wrapper costs more than it saves). A pattern whose match beginnings are not all known stays as it is.
SCANNED = {
    "nlp.unknown": ("MODEL_CUE_VERB", "ON_START", "LEAD_ON", "MODEL_BEFORE"),
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
