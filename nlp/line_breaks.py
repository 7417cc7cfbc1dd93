"""Names broken at a line end (PDF text, hard-wrapped reports), read whole; offsets still index the input.

The name finder reads a copy of the text where:

* a word **hyphenated at a line end** is joined: "Goo-\\ngle" -> "Google", "Key-\\nstone" -> "Keystone" when the
  continuation starts in lower case and the joined word is known (the KB has it, or the passage writes it whole
  elsewhere; other lower-case continuations are left to the KB scan, which rejoins its own names); before a capital
  only the line break goes and the hyphen stays ("Clause-\\nTrace-Hard" -> "Clause-Trace-Hard"), as the writer may
  have meant a hyphenated name;
* a **line break inside wrapped prose** reads as a space ("Mullion 3\\nSprig", same length, same offsets): both lines
  are prose (no table bars, tabs or column gaps) in a block of three or more, the first one about as long as the
  block's widest and not ending a sentence, the next starting with a letter (not an item or a timestamp).

:class:`Back` maps every offset of the copy back to the input, so a span found across the break covers it there
("Goo-\\ngle").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_HY = "-\u2010\u2011\u00ad"
# (the look-behind after the hyphen, which the engine then skips to)
BROKEN = re.compile(rf"([{_HY}])(?<=[^\W\d_][{_HY}])\n[ \t]*(?=[^\W\d_])")
WRAPPED = re.compile(r"[^\s.:;!?|)\]}>*\-\u2010\u2011\u00ad]\n(?=[ \t]{0,3}[^\W\d_])")
_BLOCK = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")
_WORD_BEFORE = re.compile(r"[^\W\d_]+\Z")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S|\|")
_ITEM = re.compile(r"[ \t]*(?:[-*+\u2022#>]|\d+[.)])[ \t]")


class Back:
    """Offsets of the read copy -> offsets of the input: ``cuts`` are (copy offset, characters removed there)."""

    def __init__(self, cuts: list[tuple[int, int]]):
        self.at = [p for p, _ in cuts]
        self.cum = []
        n = 0
        for _, k in cuts:
            n += k
            self.cum.append(n)

    def _shift(self, i: int) -> int:
        return self.cum[i - 1] if i else 0

    def start(self, x: int) -> int:  # a span starting at a cut starts after the removed text
        return x + self._shift(bisect_right(self.at, x))

    def end(self, x: int) -> int:  # a span ending at a cut ends before it
        return x + self._shift(bisect_left(self.at, x))


def _prose(line: str) -> bool:
    return not _COLUMNS.search(line) and sum(c.islower() for c in line) >= len(line) // 3


def unwrap(text: str, known=lambda word: False) -> tuple[str, Back | None]:
    """(the copy the name finder reads, map back to ``text`` or None when nothing was removed)."""
    if "\n" not in text:
        return text, None
    out: list[str] = []
    cuts: list[tuple[int, int]] = []
    pos = removed = 0
    for m in BROKEN.finditer(text):
        left = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        right = _WORD_AFTER.match(text, m.end())
        if left is None or right is None:
            continue
        joined = left.group() + right.group()
        if text[m.end()].islower():  # "Goo-\ngle": joined when known whole; else left to the KB scan's own rejoin
            if not (known(joined) or re.search(rf"(?<!\w){re.escape(joined)}(?!\w)", text, re.I)):
                continue
            a = m.start()
        else:  # "Clause-\nTrace-Hard": the hyphen stays
            a = m.start() + 1
        out.append(text[pos:a])
        cuts.append((a - removed, m.end() - a))
        removed += m.end() - a
        pos = m.end()
    if cuts:
        out.append(text[pos:])
        flat = "".join(out)
    else:
        flat = text
    if "\n" in flat:
        chars = None
        for block in _BLOCK.finditer(flat):
            lines = block.group().split("\n")
            if len(lines) < 3 or not all(_prose(x) for x in lines if x.strip()):
                continue
            width = max(len(x) for x in lines)
            at = block.start()
            for first, second in zip(lines, lines[1:]):
                at += len(first)  # the line break after ``first``
                if (len(first) >= max(40, 0.6 * width) and WRAPPED.match(flat, at - 1) and not _ITEM.match(second)
                        and not first.startswith(("#", "="))):
                    if chars is None:
                        chars = list(flat)
                    chars[at] = " "
                at += 1
        if chars is not None:
            flat = "".join(chars)
    return flat, (Back(cuts) if cuts else None)
