"""Where a table starts: its own header row, and the heading line over it that names its board.

Two layouts put several tables one after the other, and each table must keep its own head:

* **boxes in a row** — drawn ``╔═╗``/``+---+`` boxes (drawn in pipes by ``nlp.table_rows``) or Markdown tables set
  one under the other with a blank line between ("a second box because of its memory footprint", "part 2 — same
  rows"). The Markdown block reader joins runs of ``| … |`` lines across blank lines, so the second table's header
  would be read as a row of the first, and its values under the first table's columns. :func:`split_blocks` cuts a
  block where, after a blank line, a row of text cells only (a header: no number in any cell) follows rows that
  held numbers.
* **a heading line per table** — "LatchBench (accuracy, %)" over one table, "LatchBench Hard (accuracy, %)" over
  the next. The short-form rule of ``nlp.claim_discourse.short_benches`` reads a benchmark named after a longer
  name that holds it as that longer name ("the arena" after "Kaggle Game Arena"); a caption line that names a
  board and nothing else, right over a table, names that board as written. :func:`caption_boards` gives such a
  mention its own canonical back.
Linear in the lines of the blocks; gated by a blank line inside a block and by a changed canonical.
"""
from __future__ import annotations

import re

_RULE = re.compile(r"^[\s|:\-+=]+$")
_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z]{2}")
# a caption line: the name, then only a parenthesis, a colon or a dash note ("(accuracy, %)", ": pass@1", "— %")
_CAPTION_REST = re.compile(r"[ \t]*(?:\([^()\n]{0,60}\)|[:—–-][^\n]{0,40})?[ \t]*:?[ \t]*$")
_TABLE_LINE = re.compile(r"\||\S {2,}\S|[║│┃╔╠┌├+]")


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def split_blocks(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``blocks`` (start, end) with each block cut before a header row that follows a blank line after data rows"""
    out = []
    for a, b in blocks:
        if "\n\n" not in text[a:b] and "\n \n" not in text[a:b]:
            out.append((a, b))
            continue
        start, pos, blank, numbers, last_end, rule_at = a, a, False, False, a, None
        for line in text[a:b].split("\n"):
            la, lb = pos, pos + len(line)
            pos = lb + 1
            if not line.strip():
                blank, rule_at = True, None
                continue
            if _RULE.match(line):
                if blank and rule_at is None:
                    rule_at = la  # the top border of the next box
                else:
                    last_end = lb
                continue
            cells = _cells(line)
            texty = len(cells) >= 2 and not any(_NUMBER.search(c) and not _WORD.search(c) for c in cells)
            if blank and numbers and texty:
                out.append((start, last_end))
                start = rule_at if rule_at is not None else la
                numbers = False
            blank, rule_at, last_end = False, None, lb
            if any(_NUMBER.search(c) and not _WORD.search(c) for c in cells[1:]):
                numbers = True
        out.append((start, b))
    return [(s, e) for s, e in out if text[s:e].strip()]


def caption_boards(text: str, ents: list[tuple], known: list[tuple]) -> list[tuple]:
    """``ents`` with a benchmark named alone on a caption line right over a table given its own canonical back,
    when a short-form rule gave it a longer name's"""
    own = {(s, e): c for s, e, lab, c in known if lab == "BENCHMARK"}
    out = None
    for i, x in enumerate(ents):
        if x[2] != "BENCHMARK":
            continue
        c = own.get((x[0], x[1]))
        if c is None or c == x[3]:
            continue
        ls = text.rfind("\n", 0, x[0]) + 1
        le = text.find("\n", x[1])
        le = len(text) if le < 0 else le
        if text[ls:x[0]].strip(" \t#*") or not _CAPTION_REST.match(text, x[1], le):
            continue
        nxt = text.find("\n", le + 1)
        below = text[le + 1:len(text) if nxt < 0 else nxt]
        if not _TABLE_LINE.search(below):
            continue
        if out is None:
            out = list(ents)
        out[i] = (x[0], x[1], x[2], c)
    return out if out is not None else ents
