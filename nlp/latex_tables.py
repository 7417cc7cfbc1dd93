"""LaTeX tables pasted as source: ``Model & MMLU & GPQA \\\\`` rows between rules.

A paper's table copied from its source reads as lines of ``&``-separated cells ending in ``\\\\``,
with rule lines (``\\hline``, ``\\toprule``, ``\\midrule``, ``\\bottomrule``, ``\\cline{2-3}``) between
them, the best entry marked ``\\textbf{63.8}`` or ``\\underline{58.4}``, a footnote mark ``$^*$`` or
``$^\\dagger$`` after a number, and the whole in ``\\begin{tabular}{lcc}`` … ``\\end{tabular}``.

:func:`latex_tables` gives each such block as (start, end, rows), every row (start, end, cells)
and every cell the span of its content with the marks around it left out (``\\textbf{63.8}`` is
the cell ``63.8``), which is what the claims' table reader (``_table_claims`` in nlp.claims) takes
for a table given by its rows. Offsets index the text as given: nothing is rewritten.
"""
from __future__ import annotations

import re

# a row: at least one "&" cell break and the "\\" row end (a rule may follow on the same line)
_ROW = re.compile(r"^[^\n&]*(?<!\\)&[^\n]*\\\\[ \t]*(?:\\(?:hline|midrule|bottomrule|toprule)[ \t]*)?$", re.M)
_RULE = re.compile(r"[ \t]*(?:\\(?:hline|toprule|midrule|bottomrule|cline\{[^}\n]*\}|cmidrule(?:\([^)\n]*\))?\{[^}\n]*\}|"
                   r"end\{tabular\*?\}|begin\{tabular\*?\}(?:\{[^\n]*\})?)[ \t]*)+$")
_CELL_BREAK = re.compile(r"(?<!\\)&")
# a mark around a cell's content: \textbf{...}, \underline{...}, {\bf ...}, $...$
_WRAP = re.compile(r"\\(?:textbf|underline|textit|emph|mathbf|textsc|uline|texttt|bm)\{(.*)\}$|\{\\(?:bf|it|em)\s+(.*)\}$|\$(.*)\$$",
                   re.S)
# a footnote mark or a spacing command after the content: "$^*$", "$^{\dagger}$", "^\ddagger", "\,"
_TAIL = re.compile(r"(?:\$?\^\{?(?:\*+|\\dagger|\\ddagger|\\S|[a-z†‡*])\}?\$?|\\[,;!]|\s)+$")


def _cell(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the content of the cell text[a:b], its marks left out."""
    for _ in range(4):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        t = _TAIL.search(text, a, b)
        if t and t.start() > a:
            b = t.start()
        m = _WRAP.match(text, a, b)
        if not m:
            break
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.start(g), m.end(g)
    return a, b


def _row(text: str, a: int, b: int) -> tuple[int, int, list[tuple[int, int]]]:
    end = text.rfind("\\\\", a, b)  # the row end: what follows it is a rule
    cells, pos = [], a
    for m in _CELL_BREAK.finditer(text, a, end):
        cells.append(_cell(text, pos, m.start()))
        pos = m.end()
    cells.append(_cell(text, pos, end))
    return a, end, cells


def latex_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every block of two or more LaTeX rows (rule and blank lines between them allowed)."""
    if "\\\\" not in text or "&" not in text:  # quick reject
        return []
    blocks: list[list] = []
    for m in _ROW.finditer(text):
        gap = text[blocks[-1][1]:m.start()] if blocks else None
        if gap is not None and all(not line.strip() or _RULE.match(line) for line in gap.split("\n")):
            blocks[-1][1] = m.end()
            blocks[-1][2].append(_row(text, m.start(), m.end()))
        else:
            blocks.append([m.start(), m.end(), [_row(text, m.start(), m.end())]])
    out = []
    for a, b, rows in blocks:
        if len(rows) < 2:
            continue
        # the block ends after the rule lines under its last row ("\hline", "\end{tabular}"): the line
        # after it is then the table's note or caption ("\caption{Accuracy (\%) …}")
        while True:
            nl = text.find("\n", b + 1) if b < len(text) and text[b] == "\n" else text.find("\n", b)
            line_end = nl if nl >= 0 else len(text)
            start = b + 1 if b < len(text) and text[b] == "\n" else b
            if start >= len(text) or not text[start:line_end].strip() or not _RULE.match(text[start:line_end]):
                break
            b = line_end
        out.append((a, b, rows))
    return out
