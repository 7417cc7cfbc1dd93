"""Data frames printed by a REPL, drawn into pipe tables like any other drawn table (offsets kept).

Julia's DataFrames prints a frame as a fixed-width table with a bar only after its row numbers:

     Row │ model       score    params_b
         │ String      Float64  Int64?
    ─────┼──────────────────────────────
       1 │ Brockle-3      71.0       12

After `nlp.table_rows.pipe_tables` has turned the box characters into `|` and `-`, the columns right
of the bar are still separated by spaces only, and the second line gives each column's element type,
no data. This module finishes the drawing, one character for one: a `|` in each column gap (a
character position that is blank on every line of the block), the type line made a rule
(`-----|-----`, which the table reader skips), and the index column's "Row" header blanked (its
numbers are positions in the printout, no score).
"""
from __future__ import annotations

import re

# element types of a column as frame libraries print them: Julia (String, Float64, Int64?, Union{…}),
# polars/pandas/Arrow (str, f64, i64, object, float64), R tibbles (<chr>, <dbl>, <int>)
_TYPE = re.compile(r"(?:Union\{[^}]*\}|(?:Abstract|Inline)?String\d*|Float\d+|Int\d+|UInt\d+|Bool|Missing|Date|DateTime|"
                   r"Symbol|Any|str|f32|f64|i32|i64|u32|u64|bool|object|float\d*|int\d*|<[a-z]{3,4}>|"
                   r"CategoricalValue\S*)\??")
_INDEX = re.compile(r"[ \t]*(?:Row)?[ \t]*")


def _bar(line: str) -> int:
    """The offset of the one `|` of a printed frame's line, or -1."""
    return line.find("|") if line.count("|") == 1 else -1


def frame_columns(text: str) -> str:
    """`text` (box characters already pipes) with each printed frame's column gaps, type line and index
    header drawn as described in the module docstring; `text` itself when it has none."""
    lines = text.split("\n")
    out = None
    i = 0
    while i < len(lines):
        bar = _bar(lines[i])
        j = i
        while j < len(lines) and bar > 0 and _bar(lines[j]) == bar:
            j += 1
        block = list(range(i, j))
        i = max(j, i + 1)
        if len(block) < 4 or not _INDEX.fullmatch(lines[block[0]][:bar]):
            continue
        rule = [k for k in block if set(lines[k].strip()) <= {"-", "|"}]
        typed = [k for k in block[1:3] if lines[k][bar + 1:].split()
                 and all(_TYPE.fullmatch(w) for w in lines[k][bar + 1:].split())]
        body = [k for k in block if k not in rule and k not in typed and k != block[0]]
        if len(rule) != 1 or not body or not all(lines[k][:bar].strip().isdigit() for k in body):
            continue  # a frame has one rule under its header and numbered rows
        cells = [block[0]] + typed + body
        width = max(len(lines[k]) for k in cells)
        blank = [all(p >= len(lines[k]) or lines[k][p] in " \t" for k in cells) for p in range(width)]
        gaps = [p for p in range(bar + 2, width) if blank[p] and not blank[p - 1]]
        if not gaps:
            continue
        out = out or list(lines)
        for k in [block[0]] + body:
            row = list(out[k])
            for p in gaps:
                if p < len(row):
                    row[p] = "|"
            out[k] = "".join(row)
        out[block[0]] = " " * bar + out[block[0]][bar:]  # the index header names no column of scores
        for k in typed + rule:
            out[k] = "".join("|" if p == bar or p in gaps else "-" for p in range(len(out[k])))
    return text if out is None else "\n".join(out)
