"""Who stands behind a table's column (README convention 4), from the column's header.

A tester's table often sets its own runs beside the developer's: `║ benchmark ║ our run ║ card ║`, `| Task | Measured |
Reported |`, `Model  Official  Rerun`. The header of the column a number sits in says whose it is: "card", "model card",
"official", "published", "reported", "claimed", "vendor", "launch" are the developer's (self-reported); "our run",
"ours", "rerun", "measured", "reproduced", "verified", "independent" a third party's (independent) — and in a
developer's own page, "our run" is the developer's again (`nlp.claim_source`'s voice rule turns it back).

`column_kind` finds the column by the cell the number is written in (cells split on `│ ║ ┃ |`, tabs or runs of two or
more spaces) and the header as the nearest line over it in the same block whose cells hold no number.
"""
from __future__ import annotations

import re

_SPLIT = re.compile(r"[ \t]*[│║┃|][ \t]*|\t+|[ \t]{2,}")
_BORDER = re.compile(r"^[\s═─━╔╗╚╝╠╣╦╩╬┌┐└┘├┤┬┴┼+=\-:|║│┃]*$")
_NUMBER = re.compile(r"^[~≈]?[-+]?\d[\d,]*(?:\.\d+)?\s*%?[*†‡]?$")
_SELF_COL = re.compile(r"^(?:\(?(?:model\s+)?card\)?|official|published|reported|self-reported|claimed|vendor|vendor[- ]reported|"
                       r"launch|launch\s+(?:post|table|figures?|numbers)|as\s+(?:published|reported|claimed)|"
                       r"(?:their|its)\s+(?:own\s+)?(?:numbers|figures|claim|report)|paper|in\s+(?:the\s+)?(?:card|paper|report))$",
                       re.I)
_INDEP_COL = re.compile(r"^(?:our\s+(?:run|runs|rerun|numbers|figures|measurement)|ours|re-?run|re-?runs|measured|reproduced|"
                        r"verified|independent|(?:my|our)\s+(?:own\s+)?(?:run|runs|test|tests))$", re.I)
_HEAD_REACH = 30  # lines over a row a header may be


def _cells(line: str) -> list[str]:
    return [c for c in _SPLIT.split(line.strip().strip("│║┃|")) if c.strip()]


def column_kind(text: str, a: int, z: int, score: float) -> str | None:
    """source_kind the header of the column holding `score` in the table row text[a:z] gives it, or None (not a
    row of cells, the number in no single cell, no header, or a header that names no source)."""
    row = text[a:z]
    if "\n" in row.strip() or not _SPLIT.search(row.strip()):
        return None
    cells = _cells(row)
    if len(cells) < 3:
        return None
    at = [i for i, c in enumerate(cells) if _NUMBER.match(c.strip()) and _value(c) == score]
    if len(at) != 1:
        return None
    # the header: the nearest line over the row, in the same block, with as many cells and no number among them
    end = a
    for _ in range(_HEAD_REACH):
        start = text.rfind("\n", 0, max(0, end - 1)) + 1
        if start >= end:
            return None
        line = text[start:end].rstrip("\n")
        end = start
        if not line.strip():
            return None
        if _BORDER.match(line):
            continue
        head = _cells(line)
        if len(head) != len(cells):
            continue
        if any(_NUMBER.match(h.strip()) for h in head):
            continue
        name = head[at[0]].strip(" *_`\"'").strip()
        if _SELF_COL.match(name):
            return "self-reported"
        if _INDEP_COL.match(name):
            return "independent"
        return None
    return None


def _value(cell: str) -> float | None:
    try:
        return float(re.sub(r"[^\d.\-+]", "", cell.replace(",", "")))
    except ValueError:
        return None
