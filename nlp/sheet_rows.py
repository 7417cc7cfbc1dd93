"""A spreadsheet's row numbers are no places: "1 <tab> Model <tab> DowelBench (%)", then "2 <tab> X <tab> 64.2" ….

A sheet exported with its row numbers (or a file printed with line numbers) starts each line with a bare count, as
a saved board's rank column does (`nlp.place_markers` reads "1 X 1,247" lines as places). The header tells them
apart: a sheet numbers its header row too ("1  Model  DowelBench (%)": the count and words, no figure), a board's
rank column has a "#" or "Rank" header or none. `sheet_places` drops the places of lines whose bare count goes on
from a header row numbered 1. Linear in the lines it walks back over (at most the place's count).
"""
from __future__ import annotations

import re

from .keyed_rows import _line
from .place_markers import _marker

_DIGIT = re.compile(r"\d")


def _numbered_header(text: str, ls: int, place: int) -> bool:
    """whether the lines over the one starting at `ls` count down bare to a line "1 <words>" holding no figure"""
    for want in range(place - 1, 0, -1):
        if ls == 0:
            return False
        ls, le = _line(text, ls - 1)
        line = text[ls:le]
        mk = _marker(line)
        if mk is None or mk != (want, True):
            return False
    rest = line[re.match(r"[ \t]*\d+[ \t]+", line).end():]
    return not _DIGIT.search(rest)


def sheet_places(text: str, places: list[dict]) -> list[dict]:
    """`places` (rank claims of line markers) without those a sheet's row numbers gave"""
    out = []
    for c in places:
        ls, le = _line(text, c["start"])
        mk = _marker(text[ls:le])
        if mk is not None and mk[1] and mk[0] >= 2 and _numbered_header(text, ls, mk[0]):
            continue
        out.append(c)
    return out
