"""An alternation scanned with only the branches that can match the text at hand.

A long case-insensitive alternation scanned over a whole passage costs each of its branches at every
position, although most passages hold none of the words some branches need (few say "product page").
`GatedBranches` keeps each branch with the lower-case words one of which every match of it contains,
and scans a text with the alternation of the branches whose words the lower-cased text holds, in their
order: a branch left out could not have matched anywhere, so the matches are the full alternation's.
A match says its branch by ``lastgroup`` (each branch is a named group, and no branch has another
capturing group). The alternations of the subsets met are compiled once and kept (at most 2 ** branches).
"""
from __future__ import annotations

import re

from .numbers import has_any, lowered


class GatedBranches:
    """``finditer`` of ``(?P<name>pattern)|...`` over the branches `(name, pattern, words)`: a branch is
    left out when the lower-cased text holds none of its `words` (kept when a text has a letter that
    ``re.I`` folds otherwise than ``str.lower()``, see ``numbers.lowered``)."""

    __slots__ = ("branches", "flags", "_compiled")

    def __init__(self, branches: list[tuple[str, str, tuple[str, ...]]], flags: int = 0) -> None:
        for name, pattern, words in branches:
            if re.compile(pattern, flags).groups:
                raise ValueError(f"branch {name!r} has a capturing group: lastgroup would not name it")
            if not words or any(w != w.lower() for w in words):
                raise ValueError(f"branch {name!r} needs lower-case words")
        self.branches, self.flags = tuple(branches), flags
        self._compiled: dict[tuple[int, ...], re.Pattern | None] = {}

    def pattern_for(self, text: str) -> re.Pattern | None:
        """The alternation of the branches that may match `text`, or None when none may."""
        low = lowered(text)
        kept = tuple(i for i, (_, _, words) in enumerate(self.branches) if has_any(low, words))
        rx = self._compiled.get(kept, False)
        if rx is False:
            rx = self._compiled[kept] = re.compile("|".join(
                f"(?P<{self.branches[i][0]}>{self.branches[i][1]})" for i in kept), self.flags) if kept else None
        return rx

    def finditer(self, text: str):
        rx = self.pattern_for(text)
        return iter(()) if rx is None else rx.finditer(text)
