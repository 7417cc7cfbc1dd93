"""A table whose HTML was stripped into one run of text: ``Benchmark A-9B A-70B B 3 MMLU-Pro 52.1 68.4 68.9 GPQA 38.0 55.6 50.5``.

Saved as text, a page's table loses its grid: the header's corner word ("Benchmark", "Model", "Task"),
then its column names one after another, then each row's name followed by one number per column,
all on one line. When the corner word is followed by two or more names of one kind (models, or
benchmarks) and then by at least two groups of a name of the other kind and exactly as many
numbers as there are columns, the line is that table: :func:`flat_tables` gives it as (start, end,
rows) for the claims' table reader, each row (start, end, cells) with the header first.

Only the names the text already recognises are columns and rows; a group whose count of numbers
differs from the header's ends the table (a stray number cannot shift the columns).
"""
from __future__ import annotations

import re
from bisect import bisect_left

_CORNER = re.compile(r"(?:^|(?<=[:\n]))[ \t]*(?P<corner>benchmarks?|models?|tasks?|evals?|evaluations?|metrics?|datasets?)\b[ \t:]*",
                     re.I | re.M)
_NUM = re.compile(r"[ \t,]*(?P<n>[-+]?\d+(?:[.,]\d+)?%?)(?![\w.])")
_GAP = re.compile(r"[ \t,;/|]*")


def flat_tables(text: str, ents: list[tuple]) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every one-line flattened table in ``text``; ``ents``: (start, end, label, canonical), in text order."""
    out = []
    starts = [x[0] for x in ents]
    for m in _CORNER.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        i = bisect_left(starts, m.end())
        pos = m.end()
        cols = []
        while i < len(ents) and ents[i][0] == _GAP.match(text, pos).end() and ents[i][1] <= line_end \
                and (not cols or ents[i][2] == cols[0][2]) and ents[i][2] in ("MODEL", "BENCHMARK"):
            cols.append(ents[i])
            pos = ents[i][1]
            i += 1
        if len(cols) < 2:
            continue
        other = "BENCHMARK" if cols[0][2] == "MODEL" else "MODEL"
        rows = [(m.start("corner"), pos, [(m.start("corner"), m.end("corner"))] + [(x[0], x[1]) for x in cols])]
        while i < len(ents) and ents[i][0] == _GAP.match(text, pos).end() and ents[i][2] == other and ents[i][1] <= line_end:
            name = ents[i]
            q, cells = name[1], [(name[0], name[1])]
            for _ in cols:
                n = _NUM.match(text, q)
                if not n or n.end() > line_end:
                    break
                cells.append(n.span("n"))
                q = n.end()
            if len(cells) != len(cols) + 1:
                break
            rows.append((name[0], q, cells))
            pos = q
            i += 1
        if len(rows) >= 3:  # a header and two rows
            out.append((rows[0][0], pos, rows))
    return out
