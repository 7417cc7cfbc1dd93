"""Dotted-leader lines: ``#1  Gemini 3 Pro ........ 1,684  (412 games)``.

A board typed for a fixed-width page joins each name to its score with a run of dots (or an
ellipsis character); what follows the score in brackets is a count or a note ("(412 games)",
"(398)", "(±12)"). A list reader that wants one number per line takes the number the dots lead to
when every other number of the line sits inside brackets after it; a line of two bare numbers
("X ..... 71.2   68.0") stays ambiguous and is not read.
"""
from __future__ import annotations

import re

_LEADER = re.compile(r"(?:\.{3,}|…+)[ \t]*")


def leader_score(line: str, nums: list) -> list:
    """``[the number right after the line's dotted leader]`` when the line's other numbers (``nums``,
    offsets into ``line``) are on the name's side of the dots or in brackets after it; else ``nums`` unchanged."""
    if "..." not in line and "…" not in line:  # quick reject
        return nums
    m = None
    for m in _LEADER.finditer(line):
        pass  # the last leader: the one before the score
    if m is None:
        return nums
    first = next((n for n in nums if n.start >= m.end()), None)
    if first is None or line[m.end():first.start].strip() not in ("", "$"):
        return nums
    rest = [n for n in nums if n is not first]
    for n in rest:
        if n.start < m.start():
            continue  # on the name's side of the dots: part of the name ("Wicklow-2") or a place
        opened = line.rfind("(", first.start, n.start)
        if opened < 0 or line.find(")", opened, n.start) >= 0:
            return nums  # a bare second number: ambiguous
    return [first]


# a typed board's line: a name, a run of dots, a number ("Villám-3 (Pannon AI) ............ 121")
_LEADER_LINE = re.compile(r"^[ \t]*\S[^\n]{0,80}?[ \t]*(?:\.{3,}|…+)[ \t]*\$?\d[\d,.]*%?[^\n]{0,40}$", re.M)


def leader_blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of two or more consecutive dotted-leader lines: a board of its own, even inside a
    numbered document whose paragraphs ("1. Scope …", "2. Results …") the list reader takes for one long list"""
    if "..." not in text and "…" not in text:  # quick reject
        return []
    out: list[list[int]] = []
    for m in _LEADER_LINE.finditer(text):
        if out and text[out[-1][1]:m.start()] == "\n":
            out[-1][1] = m.end()
        else:
            out.append([m.start(), m.end()])
    return [(a, b) for a, b in out if "\n" in text[a:b]]
