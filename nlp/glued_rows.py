"""A board copied out of a browser with its cells run together: ``RankModelRatingVotes1Vireo 31,41211,2042Kite-21,398…``.

The header's words are glued ("Rank", "Model", "Rating", "Votes"), then each row: its place, the
model's name, its values, the next row's place glued to the last value. :func:`glued_tables` reads
such a line when it starts with a place column ("#", "Rank") and a "Model" column:

- rows begin at the places 1, 2, 3 … in turn, each the digits right before a letter;
- where a name ends in a letter ("Vireo Pro71.8%$0.38300") the name and the values part plainly;
  those rows give the values' exact shape (digits per group); a name ending in a digit
  ("Kite 4.571.8%…") is cut where the rest has one of those shapes, else the row is left out;
- the first value (a thousands-grouped number, or a number with its "%") is the score.

It gives (start, end, rows) with rows (start, end, cells) as the claims' table reader takes them:
the header's place, model and first value columns, and each row's place, name and score.
"""
from __future__ import annotations

import re

_HEAD = re.compile(r"^[ \t]*(?P<rank>#|Rank|Pos\.?|Place)(?P<model>Model|LLM|System)(?P<first>[A-Z][a-z]+(?: [a-z]+)*)(?=[A-Z\d])",
                   re.M)
_FIRST_VALUE = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?%?")
_DIGITS = re.compile(r"\d+")


def _shape(values: str) -> str:
    return _DIGITS.sub(lambda m: "9" * len(m.group()), values)


def _row_starts(text: str, a: int, end: int) -> list[int]:
    """Offsets of the places 1, 2, 3 … (each digit run right before a letter), in turn."""
    out, pos, k = [], a, 1
    while True:
        mark = str(k)
        i = text.find(mark, pos, end)
        while i >= 0 and not (i + len(mark) < end and text[i + len(mark)].isalpha()):
            i = text.find(mark, i + 1, end)
        if i < 0:
            return out
        out.append(i)
        pos, k = i + len(mark) + 1, k + 1


def glued_tables(text: str) -> list[tuple[int, int, list]]:
    if "Model" not in text:  # quick reject
        return []
    out = []
    for m in _HEAD.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        starts = _row_starts(text, m.end(), end)
        if len(starts) < 3 or starts[0] != text.find("1", m.end(), end):
            continue
        spans = list(zip(starts, starts[1:] + [end]))
        parts, shapes = [], set()
        for k, (ra, rb) in enumerate(spans, start=1):
            na = ra + len(str(k))
            body = text[na:rb].rstrip()
            last = max((i for i, ch in enumerate(body) if ch.isalpha() or ch == ")"), default=-1)
            if last < 0 or last + 1 >= len(body):
                parts.append(None)
                continue
            clear = body[last + 1] not in " \t-_./"  # "Vireo Pro71.8%": the values start right after a letter
            parts.append((na, last + 1, body, clear))
            if clear:
                shapes.add(_shape(body[last + 1:]))
        rows = [(m.start(), m.end(), [m.span("rank"), m.span("model"), m.span("first")])]
        for k, ((ra, rb), part) in enumerate(zip(spans, parts), start=1):
            if part is None:
                continue
            na, cut, body, clear = part
            if not clear:  # "Kite 4.571.8%…": the name's digits end where the rest has a known shape
                cut = next((c for c in range(cut + 1, len(body)) if body[c - 1].isdigit()
                            and _shape(body[c:]) in shapes), None)
                if cut is None:
                    continue
            first = _FIRST_VALUE.match(text, na + cut, na + len(body))
            if first:
                rows.append((ra, na + len(body), [(ra, na), (na, na + cut), first.span()]))
        if len(rows) >= 3:
            out.append((m.start(), end, rows))
    return out
