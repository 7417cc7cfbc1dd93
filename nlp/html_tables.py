"""HTML tables left with their tags: ``<tr><td>Model</td><td>71.3</td></tr>`` rows (round 12, branch nlp-layoutgen12).

A page saved as source, a feed's HTML body or a model card's raw table brings its table as tags: rows between
``<tr>`` and ``</tr>`` (or the next ``<tr>``), cells between ``<td>``/``<th>`` and their closing tag, the header in
``<thead>`` or in ``<th>`` cells, one row a line or the whole table on one line, with ``<b>``/``<strong>``/``<em>``/
``<a href>``/``<span>`` around a cell's content and ``<sup>*</sup>`` after it. :func:`html_tables` gives each table as
(start, end, rows), every row (start, end, cells) and every cell the span of its content with the tags around it
left out — the rows the claims' one table reader (``_table_claims``) takes, as for LaTeX source (nlp.latex_tables).
Offsets index the text as given: nothing is rewritten.
"""
from __future__ import annotations

import re

_TR = re.compile(r"<tr\b[^>]*>", re.I)
_TR_END = re.compile(r"</tr\s*>|<tr\b[^>]*>|</t(?:able|body|head|foot)\s*>", re.I)
_CELL = re.compile(r"<t([dh])\b[^>]*>", re.I)
_CELL_END = re.compile(r"</t[dh]\s*>|<t[dh]\b[^>]*>|</tr\s*>", re.I)
_TAG = re.compile(r"<[^<>\n]{0,200}>")
# what follows a cell's content and is no part of it: a footnote in <sup>, an HTML entity mark
_SUP = re.compile(r"<sup\b[^>]*>[^<]{0,8}</sup\s*>", re.I)
_TABLE_GAP = 400  # two rows further apart than this belong to different tables


def _content(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the cell text[a:b] without the tags around its content (and a <sup> mark after it)."""
    while True:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        m = _TAG.match(text, a, b)
        if m:
            a = m.end()
            continue
        # a closing tag or a <sup>…</sup> at the end
        k = text.rfind("<", a, b)
        if k >= a and text.endswith(">", a, b) and _TAG.fullmatch(text, k, b):
            s = _SUP.search(text, a, b)
            b = s.start() if s and s.end() == b else k
            continue
        break
    # a tag inside what is left ("71.3<sup>†</sup> (±0.4)"): the content ends before it
    k = text.find("<", a, b)
    if k > a and _TAG.match(text, k, b):
        b = k
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def html_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every run of two or more ``<tr>`` rows with two or more cells each."""
    if "<t" not in text and "<T" not in text:  # quick reject
        return []
    tables: list[list] = []
    for m in _TR.finditer(text):
        end = _TR_END.search(text, m.end())
        row_end = end.start() if end else len(text)
        cells = []
        for c in _CELL.finditer(text, m.end(), row_end):
            ce = _CELL_END.search(text, c.end(), row_end)
            cells.append(_content(text, c.end(), ce.start() if ce else row_end))
        if len(cells) < 2:
            continue
        row = (m.start(), row_end, cells)
        if tables and m.start() - tables[-1][1] <= _TABLE_GAP and "<table" not in text[tables[-1][1]:m.start()].lower():
            tables[-1][1] = row_end
            tables[-1][2].append(row)
        else:
            tables.append([m.start(), row_end, [row]])
    out = []
    for a, b, rows in tables:
        if len(rows) < 2:
            continue
        # the table takes the whole lines it stands on ("<table><tr>…</tr></table>" on one line): no sentence reader
        # reads its cells again
        a = text.rfind("\n", 0, a) + 1
        nl = text.find("\n", b)
        out.append((a, nl if nl >= 0 else len(text), rows))
    return out
