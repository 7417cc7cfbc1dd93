"""A pattern's matches found from the few places where one can begin.

A pattern led by a look-behind and a lower-case word (``(?<![\\w.])[a-z]{4,}...``) gives the regular expression
engine nothing to skip to: ``finditer`` tries it at every position of the text. When a match needs something
rare at a known distance from its start (a digit right after the word, or after one hyphen), the positions where a
match can begin are cheap to list from those rare characters. :func:`matches_from` tries the pattern only there,
left to right and never inside the previous match: exactly ``finditer``'s matches, as long as the positions given
include every start a match can have (more are harmless) and the pattern never matches the empty string.
"""

from __future__ import annotations

import re

DIGITS = re.compile(r"\d+")


def matches_from(rx: re.Pattern, text: str, starts) -> list[re.Match]:
    """``list(rx.finditer(text))``, given ``starts``: every position where a match of ``rx`` may begin (a superset)."""
    out: list[re.Match] = []
    done = 0
    for s in sorted(set(starts)):
        if s < done:
            continue
        m = rx.match(text, s)
        if m is not None:
            out.append(m)
            done = m.end()
    return out


def run_start(text: str, end: int, chars: str) -> int:
    """The start of the run of ``chars`` that ends at ``end`` (``end`` itself when none of them is right before it)."""
    i = end
    while i > 0 and text[i - 1] in chars:
        i -= 1
    return i


_LAST: tuple[str | None, tuple[int, ...]] = (None, ())  # (the last text asked about, its answer)


def digit_starts(text: str) -> list[int]:
    """Where each run of digits begins (``\\d``: any script's decimal digits). The last text's answer is kept
    (several readers ask for the same document's in turn); each caller gets a list of its own."""
    global _LAST
    last, got = _LAST
    if text != last:
        got = tuple(m.start() for m in DIGITS.finditer(text))
        _LAST = (text, got)
    return list(got)
