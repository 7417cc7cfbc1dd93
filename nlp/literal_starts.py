"""A case-sensitive pattern whose every match begins with one of a few letters, scanned from those letters only.

``(?<![\\w.\\-])(?P<word>Pro|Flash|Mini|…)(?=…)`` opens with a look-behind, so the regex engine has no first
character to scan for and tries the pattern at every position of a passage. Every match begins with the first
letter of one of its words, though: `LiteralStarts` reads the literal beginnings from the parsed pattern
("Pro", "Flash" …), finds them with one scan (each alternative opens with a letter, so the engine scans for
a character class, then looks ahead for the rest of the word), and tries the pattern there only. The matches
are the pattern's, in order; a candidate inside a match already given is skipped, as ``finditer`` would
(the loop is :func:`nlp.anchored_scan.matches_from`'s).
"""
from __future__ import annotations

import re

from .anchored_scan import matches_from

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover  (3.10)
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]


def literal_beginnings(rx: re.Pattern) -> set[str] | None:
    """Strings one of which every match of `rx` begins with: after zero-width assertions, the literal characters
    that open the pattern, or each branch of its opening group or alternation; None when that is not the
    pattern's shape or it ignores case."""
    if rx.flags & re.I:
        return None
    items = list(_P.parse(rx.pattern, rx.flags))
    while items and items[0][0] in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        items = items[1:]
    return _opening(items)


def _opening(items: list) -> set[str] | None:
    if not items:
        return None
    op, av = items[0]
    if op is _C.LITERAL:
        run = ""
        for op, av in items:  # the run of literal characters that opens the sequence
            if op is not _C.LITERAL:
                break
            run += chr(av)
        return {run}
    if op is _C.SUBPATTERN:
        if av[1] & re.I:  # a scoped (?i:…)
            return None
        return _opening(list(av[-1]))
    if op is _C.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            got = _opening(list(alt))
            if got is None:
                return None
            out |= got
        return out
    return None


class LiteralStarts:
    """`rx` with a ``finditer`` that tries it only at its first letters (see the module docstring); the rest
    (``match``, ``search``, ``pattern`` …) is the pattern's."""

    __slots__ = ("rx", "trigger")

    def __init__(self, rx: re.Pattern) -> None:
        words = literal_beginnings(rx)
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

    def __getattr__(self, name: str):
        return getattr(self.rx, name)
