"""Tables drawn with rules: box-drawing characters and reStructuredText-style grid borders, read as pipe tables.

A plain-text table is often drawn rather than typed: terminal tools and ``tabulate``'s "fancy_grid" use the
box-drawing block (``┌──┬──┐``, ``│ a │ b │``, ``╞══╪══╡``), and reStructuredText / Emacs grid tables put a
``+-----+-----+`` border (``+=====+`` under the header) between rows of ``| a | b |``. The claim reader knows the pipe
table; ``ruled_tables`` gives it the same table in pipes: every box-drawing vertical or junction becomes ``|``, every
box-drawing horizontal ``-``, and the ``+`` of a grid border line beside a pipe row becomes ``|``. One character
stands for one character, so every offset is kept (like ``nlp.rank_marks.blank_moves``).
"""
from __future__ import annotations

import re

# U+2500–U+257F: lines (light, heavy, double, dashed) → "-", verticals → "|", corners/junctions → "|"
_HORIZONTAL = "─━═╌╍┄┅┈┉╼╾"
_VERTICAL = "│┃║╎╏┆┇┊┋╽╿"
_BOX = re.compile("[\u2500-\u257f]")
_TRANS = {ord(c): "-" for c in _HORIZONTAL}
_TRANS.update({cp: "|" for cp in range(0x2500, 0x2580) if chr(cp) not in _HORIZONTAL})
# a grid border: "+----+-----+" or "+====+=====+" (":" of alignment allowed), two "+" at least
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{2,}\+){1,}[ \t]*$", re.M)
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def ruled_tables(text: str) -> str:
    """``text`` with its box-drawing and grid-border tables in pipes (same length), or ``text`` itself."""
    out = text
    if _BOX.search(text):
        out = text.translate(_TRANS)
    if "+-" in out or "+=" in out:
        lines = out.split("\n")
        changed = False
        for i, line in enumerate(lines):
            if line.startswith(("+", " ", "\t")) and _GRID_BORDER.match(line):
                near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(_PIPE_ROW.match(x) for x in near):
                    lines[i] = line.replace("+", "|")
                    changed = True
        if changed:
            out = "\n".join(lines)
    return text if out == text else out
