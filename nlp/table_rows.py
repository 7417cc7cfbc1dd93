"""One normaliser for tables drawn or typed in any border style: markup → rows for the one table reader (round 13).

A table reaches the claims reader in many costumes. Terminal tools and ``tabulate`` draw it with box-drawing
characters (``┌──┬──┐``, ``│ a │ b │``, ``╞══╪══╡``, ``╔═╦═╗``, ``║``); reStructuredText and Emacs put ``+-----+-----+``
(``+=====+`` under the header) between ``| a | b |`` rows; Org-mode puts ``|-----+-----|`` under the header;
reStructuredText's *simple* tables align the cells under ``=====  =====`` borders with no bar at all; a wiki page
keeps MediaWiki source (``{|``, ``! A !! B``, ``|-``, ``| x || y``, ``|}``). The reader behind them is one:
``nlp.claims._table_claims``, over pipe rows or over (start, end, cells) rows. This module gives it both:

- :func:`pipe_tables` rewrites the drawn tables char-for-char into pipe tables (one character for one, so every offset
  is kept, like ``nlp.rank_marks.blank_moves``): a box-drawing vertical or junction becomes ``|``, a horizontal ``-``;
  the ``+`` of a grid border beside a pipe row ``|``; the ``+`` of an Org rule ``|``; an rST simple table gets a ``|``
  in each column gap of its rows (the gap's first space), its header border becomes a ``-`` rule and its top and
  bottom borders blanks.
- :func:`markup_tables` gives the tables written in a markup whose rows are not lines — LaTeX source (``&`` cells,
  ``\\\\`` row ends), HTML tags (``<tr><td>``), MediaWiki source (``{|``, ``|-``, ``||``; a row over several lines) — as
  (start, end, rows), every row (start, end, cells), every cell the span of its content with the markup around it
  left out. Nothing is rewritten.
- :func:`one_row_tables` gives a fixed-width table of one row (the models across, their values under them).

Before round 13 this was four modules: ``nlp.ruled_tables`` (box-drawing, grid borders), ``nlp.latex_tables``,
``nlp.html_tables`` and nothing for Org, rST simple tables, MediaWiki and one-row tables; the first three live here now.
"""
from __future__ import annotations

import re

from .frame_prints import frame_columns

# U+2500–U+257F: lines (light, heavy, double, dashed) → "-", verticals → "|", corners/junctions → "|"
_HORIZONTAL = "─━═╌╍┄┅┈┉╼╾"
_BOX = re.compile("[\u2500-\u257f]")
_TRANS = {ord(c): "-" for c in _HORIZONTAL}
_TRANS.update({cp: "|" for cp in range(0x2500, 0x2580) if chr(cp) not in _HORIZONTAL})
# a grid border: "+----+-----+" or "+====+=====+" (":" of alignment allowed), two "+" at least
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{2,}\+){1,}[ \t]*$", re.M)
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
# an Org-mode rule: "|-----+------|" (its ends may be "+" too)
_ORG_RULE = re.compile(r"^[ \t]*[|+](?:[-:]{2,}\+)+[-:]{2,}[|+][ \t]*$")
# a reStructuredText simple-table border: "=====  ======  ===" (two columns at least)
_RST_BORDER = re.compile(r"^([ \t]*)=+(?:[ \t]+=+)+[ \t]*$", re.M)


def _line_list(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _rst_simple(text: str, chars: list[str]) -> bool:
    """rST simple tables of ``text`` drawn in pipes into ``chars`` (a list of its characters); True when one was"""
    lines = _line_list(text)
    borders = [i for i, (a, b) in enumerate(lines) if "==" in text[a:b] and _RST_BORDER.match(text, a, b)]
    changed = False
    k = 0
    while k + 2 < len(borders):
        top, mid, bottom = borders[k], borders[k + 1], borders[k + 2]
        a0, b0 = lines[top]
        if text[a0:b0].rstrip() != text[lines[mid][0]:lines[mid][1]].rstrip() or mid - top > 3 or bottom - mid < 2:
            k += 1
            continue
        # the column gaps: the offsets (within a line) of the first space after each run of "="
        border = text[a0:b0].rstrip()
        gaps = [m.start() for m in re.finditer(r"(?<==)[ \t]", border)]
        body = [i for i in range(top + 1, bottom) if i != mid]
        if not gaps or any(lines[i][1] - lines[i][0] > 0 and not text[lines[i][0]:lines[i][1]].strip() for i in body):
            k += 1  # a blank line inside: no simple table this module reads
            continue
        ok = all(all(g >= lines[i][1] - lines[i][0] or text[lines[i][0] + g] in " \t" for g in gaps) for i in body)
        if not ok:
            k += 1
            continue
        for i in body:
            a, b = lines[i]
            for g in gaps:
                if a + g < b:
                    chars[a + g] = "|"
                else:
                    break
        for i, keep in ((top, " "), (bottom, " ")):
            a, b = lines[i]
            for j in range(a, b):
                chars[j] = keep
        a, b = lines[mid]
        for j in range(a, b):
            chars[j] = "-" if text[j] == "=" else "|" if j - a in gaps else text[j]
        changed = True
        k += 3
    return changed


def pipe_tables(text: str) -> str:
    """``text`` with its box-drawing, grid-border, Org-mode and rST simple tables in pipes (same length), or ``text``
    itself"""
    out = text
    if _BOX.search(text):
        out = frame_columns(text.translate(_TRANS))  # a REPL's data frame: gaps, type line (nlp.frame_prints)
    if "+-" in out or "+=" in out or "-+" in out:
        lines = out.split("\n")
        changed = False
        for i, line in enumerate(lines):
            if "+" not in line:
                continue
            if line.startswith(("+", " ", "\t")) and _GRID_BORDER.match(line):
                near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(_PIPE_ROW.match(x) for x in near):
                    lines[i] = line.replace("+", "|")
                    changed = True
            elif _ORG_RULE.match(line):
                near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(_PIPE_ROW.match(x) for x in near):
                    lines[i] = line.replace("+", "|")
                    changed = True
        if changed:
            out = "\n".join(lines)
    if "==" in out and "  " in out:
        chars = list(out)
        if _rst_simple(out, chars):
            out = "".join(chars)
    return text if out == text else out


# -- MediaWiki ----------------------------------------------------------------------------------------------------------
_WIKI_START = re.compile(r"^[ \t]*\{\|.*$", re.M)
_WIKI_END = re.compile(r"^[ \t]*\|\}[ \t]*$", re.M)
_WIKI_CELL_SEP = re.compile(r"\|\||!!")
# what wraps a cell's content and is no part of it: bold/italic quotes, link brackets, a <ref>/<sup> after it
_WIKI_OPEN = re.compile(r"'{2,5}|\[\[")
_WIKI_CLOSE = ("'''''", "'''", "''", "]]")
_WIKI_TAIL = re.compile(r"[ \t]*(?:<ref[^>]*/>|<ref[^>]*>.*?</ref>|<sup>.*?</sup>|\{\{[^{}]*\}\})[ \t]*$")


def _top_bars(text: str, a: int, b: int) -> list[int]:
    """offsets of the single "|" of text[a:b] outside [[…]] and {{…}}"""
    out, depth, k = [], 0, a
    while k < b:
        two = text[k:k + 2]
        if two in ("[[", "{{"):
            depth += 1
            k += 2
            continue
        if two in ("]]", "}}"):
            depth = max(0, depth - 1)
            k += 2
            continue
        if text[k] == "|" and not depth:
            out.append(k)
        k += 1
    return out


def _wiki_cell(text: str, a: int, b: int) -> tuple[int, int]:
    """the content span of the MediaWiki cell text[a:b]: attributes before a single "|" ('style="…" | 71.3',
    'scope="row" | [[X]]'), quotes, link brackets and a template around it, a reference after it left out
    ([[Target|Label]] gives the label, {{abbr|PQA|Pinnock-QA}} and {{sort|key|Shown}} their last argument)"""
    bars = _top_bars(text, a, b)
    if bars:
        a = bars[-1] + 1
    for _ in range(6):
        a, b = _trimmed(text, a, b)
        t = _WIKI_TAIL.search(text, a, b)
        if t and t.start() > a:
            b = t.start()
            continue
        if text.startswith("{{", a, b) and text.endswith("}}", a, b):
            inner = _top_bars(text, a + 2, b - 2)
            a, b = (inner[-1] + 1 if inner else a + 2), b - 2
            continue
        o = _WIKI_OPEN.match(text, a, b)
        c = next((w for w in _WIKI_CLOSE if text.endswith(w, a, b)), None)
        if not o and not c:
            break
        if o:
            a = o.end()
        if c and b - len(c) >= a:
            b -= len(c)
        seg = text[a:b]
        if o and o.group(0) == "[[" and "|" in seg:  # [[Target|Label]]: the label
            a = a + seg.rfind("|") + 1
    return a, b


def _wiki_table(text: str, a: int, b: int) -> list:
    """rows (start, end, cells) of the MediaWiki table text[a:b] (its "{|" and "|}" lines left out)"""
    rows: list[list] = []
    cur: list = []  # [start, end, cells]
    pos = a
    for line in text[a:b].split("\n"):
        la, lb = pos, pos + len(line)
        pos = lb + 1
        s = line.lstrip()
        off = la + len(line) - len(s)
        if s.startswith("{|") or s.startswith("|}") or s.startswith("|+"):
            continue
        if s.startswith("|-"):
            if cur and cur[2]:
                rows.append(cur)
            cur = []
            continue
        if not s.startswith(("|", "!")):
            continue
        # the cells of the line: after the opening "|"/"!", split by "||" or "!!"
        start = off + 1
        seps = [m for m in _WIKI_CELL_SEP.finditer(text, start, lb)]
        bounds, p = [], start
        for m in seps:
            bounds.append((p, m.start()))
            p = m.end()
        bounds.append((p, lb))
        if not cur:
            cur = [la, lb, []]
        cur[1] = lb
        cur[2].extend(_wiki_cell(text, x, y) for x, y in bounds)
    if cur and cur[2]:
        rows.append(cur)
    return [(r[0], r[1], r[2]) for r in rows]


def wiki_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every MediaWiki table of ``text`` with a header and one row at least, two cells a row"""
    if "{|" not in text:  # quick reject
        return []
    out = []
    for m in _WIKI_START.finditer(text):
        end = _WIKI_END.search(text, m.end())
        if not end:
            continue
        rows = _wiki_table(text, m.start(), end.end())
        if len(rows) >= 2 and all(len(r[2]) >= 2 for r in rows):
            out.append((m.start(), end.end(), rows))
    return out


# -- a fixed-width table of one row --------------------------------------------------------------------------------------
# A slide or a terminal prints a board of one benchmark across the models as two lines: the models' names over the
# values, aligned by spaces ("Eval   Vellicot 2   Dunnage 3" over "Dentil-QA   38.2   36.2"). The aligned-columns
# reader (nlp.claim_tables.table_blocks) wants three lines at least; read as prose, every value went to the first
# name. Two lines whose cells (split by two spaces or more) stand over each other column by column, the lower one a
# label and two or more numbers, are a table of one row.
_GAP = re.compile(r"[ \t]{2,}")
_VALUE = re.compile(r"[~≈]?-?\d[\d,]*(?:\.\d+)?[ \t]?%?")


def _aligned_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out, pos = [], a
    while pos < b and text[pos] in " \t":
        pos += 1
    for m in _GAP.finditer(text, pos, b):
        out.append((pos, m.start()))
        pos = m.end()
    if pos < b and text[pos:b].strip():
        out.append((pos, b - (len(text[pos:b]) - len(text[pos:b].rstrip()))))
    return out


def one_row_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every two-line fixed-width table: a header line over one row of a label and 2+ numbers,
    blank lines (or the text's ends) around the two, each value's column under its header cell's"""
    if "   " not in text:  # quick reject: aligned columns leave wide gaps somewhere
        return []
    lines = _line_list(text)
    out = []
    for i in range(len(lines) - 1):
        (ha, hb), (ra, rb) = lines[i], lines[i + 1]
        if rb - ra < 8 or not _GAP.search(text, ra, rb) or not _GAP.search(text, ha, hb):
            continue
        if i > 0 and text[lines[i - 1][0]:lines[i - 1][1]].strip() \
                or i + 2 < len(lines) and text[lines[i + 2][0]:lines[i + 2][1]].strip():
            continue
        head, row = _aligned_cells(text, ha, hb), _aligned_cells(text, ra, rb)
        if len(row) < 3 or len(head) not in (len(row), len(row) - 1) \
                or _VALUE.fullmatch(text, *row[0]) or not all(_VALUE.fullmatch(text, s, e) for s, e in row[1:]):
            continue
        if any(_VALUE.fullmatch(text, s, e) for s, e in head):
            continue
        # column by column, the value overlaps its header cell (left-, right- or centre-aligned)
        cols = head[-(len(row) - 1):]
        if not all(max(hs - ha, vs - ra) < min(he - ha, ve - ra) for (hs, he), (vs, ve) in zip(cols, row[1:])):
            continue
        out.append((ha, rb, [(ha, hb, head), (ra, rb, row)]))
    return out


# -- LaTeX source (folded in from nlp.latex_tables, round 11; unchanged) ----------------------------------------------
# LaTeX tables pasted as source: ``Model & MMLU & GPQA \\`` rows between rules.
#
# A paper's table copied from its source reads as lines of ``&``-separated cells ending in ``\\``,
# with rule lines (``\hline``, ``\toprule``, ``\midrule``, ``\bottomrule``, ``\cline{2-3}``) between
# them, the best entry marked ``\textbf{63.8}`` or ``\underline{58.4}``, a footnote mark ``$^*$`` or
# ``$^\dagger$`` after a number, and the whole in ``\begin{tabular}{lcc}`` … ``\end{tabular}``.
#
# :func:`latex_tables` gives each such block as (start, end, rows), every row (start, end, cells)
# and every cell the span of its content with the marks around it left out (``\textbf{63.8}`` is
# the cell ``63.8``), which is what the claims' table reader (``_table_claims`` in nlp.claims) takes
# for a table given by its rows. Offsets index the text as given: nothing is rewritten.

# a row: at least one "&" cell break and the "\\" row end (a rule may follow on the same line)
_TEX_ROW = re.compile(r"^[^\n&]*(?<!\\)&[^\n]*\\\\[ \t]*(?:\\(?:hline|midrule|bottomrule|toprule)[ \t]*)?$", re.M)
_TEX_RULE = re.compile(r"[ \t]*(?:\\(?:hline|toprule|midrule|bottomrule|cline\{[^}\n]*\}|cmidrule(?:\([^)\n]*\))?\{[^}\n]*\}|"
                   r"end\{tabular\*?\}|begin\{tabular\*?\}(?:\{[^\n]*\})?)[ \t]*)+$")
_TEX_CELL_BREAK = re.compile(r"(?<!\\)&")
# a mark around a cell's content: \textbf{...}, \underline{...}, {\bf ...}, $...$
_TEX_WRAP = re.compile(r"\\(?:textbf|underline|textit|emph|mathbf|textsc|uline|texttt|bm)\{(.*)\}$|\{\\(?:bf|it|em)\s+(.*)\}$|\$(.*)\$$",
                   re.S)
# a footnote mark or a spacing command after the content: "$^*$", "$^{\dagger}$", "^\ddagger", "\,"
_TEX_TAIL = re.compile(r"(?:\$?\^\{?(?:\*+|\\dagger|\\ddagger|\\S|[a-z†‡*])\}?\$?|\\[,;!]|\s)+$")


def _tex_cell(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the content of the cell text[a:b], its marks left out."""
    for _ in range(4):
        a, b = _trimmed(text, a, b)
        t = _TEX_TAIL.search(text, a, b)
        if t and t.start() > a:
            b = t.start()
        m = _TEX_WRAP.match(text, a, b)
        if not m:
            break
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        a, b = m.start(g), m.end(g)
    return a, b


def _tex_row(text: str, a: int, b: int) -> tuple[int, int, list[tuple[int, int]]]:
    end = text.rfind("\\\\", a, b)  # the row end: what follows it is a rule
    cells, pos = [], a
    for m in _TEX_CELL_BREAK.finditer(text, a, end):
        cells.append(_tex_cell(text, pos, m.start()))
        pos = m.end()
    cells.append(_tex_cell(text, pos, end))
    return a, end, cells


def latex_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every block of two or more LaTeX rows (rule and blank lines between them allowed)."""
    if "\\\\" not in text or "&" not in text:  # quick reject
        return []
    blocks: list[list] = []
    for m in _TEX_ROW.finditer(text):
        gap = text[blocks[-1][1]:m.start()] if blocks else None
        if gap is not None and all(not line.strip() or _TEX_RULE.match(line) for line in gap.split("\n")):
            blocks[-1][1] = m.end()
            blocks[-1][2].append(_tex_row(text, m.start(), m.end()))
        else:
            blocks.append([m.start(), m.end(), [_tex_row(text, m.start(), m.end())]])
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
            if start >= len(text) or not text[start:line_end].strip() or not _TEX_RULE.match(text[start:line_end]):
                break
            b = line_end
        out.append((a, b, rows))
    return out


# -- HTML with its tags (folded in from nlp.html_tables, round 12; unchanged) -------------------------------------------
# HTML tables left with their tags: ``<tr><td>Model</td><td>71.3</td></tr>`` rows (round 12, branch nlp-layoutgen12).
#
# A page saved as source, a feed's HTML body or a model card's raw table brings its table as tags: rows between
# ``<tr>`` and ``</tr>`` (or the next ``<tr>``), cells between ``<td>``/``<th>`` and their closing tag, the header in
# ``<thead>`` or in ``<th>`` cells, one row a line or the whole table on one line, with ``<b>``/``<strong>``/``<em>``/
# ``<a href>``/``<span>`` around a cell's content and ``<sup>*</sup>`` after it. :func:`html_tables` gives each table as
# (start, end, rows), every row (start, end, cells) and every cell the span of its content with the tags around it
# left out — the rows the claims' one table reader (``_table_claims``) takes, as for LaTeX source (nlp.latex_tables).
# Offsets index the text as given: nothing is rewritten.

_HTML_TR = re.compile(r"<tr\b[^>]*>", re.I)
_HTML_TR_END = re.compile(r"</tr\s*>|<tr\b[^>]*>|</t(?:able|body|head|foot)\s*>", re.I)
_HTML_CELL = re.compile(r"<t([dh])\b[^>]*>", re.I)
_HTML_CELL_END = re.compile(r"</t[dh]\s*>|<t[dh]\b[^>]*>|</tr\s*>", re.I)
_HTML_TAG = re.compile(r"<[^<>\n]{0,200}>")
# what follows a cell's content and is no part of it: a footnote in <sup>, an HTML entity mark
_HTML_SUP = re.compile(r"<sup\b[^>]*>[^<]{0,8}</sup\s*>", re.I)
_HTML_TABLE_GAP = 400  # two rows further apart than this belong to different tables


def _html_content(text: str, a: int, b: int) -> tuple[int, int]:
    """The span of the cell text[a:b] without the tags around its content (and a <sup> mark after it)."""
    while True:
        a, b = _trimmed(text, a, b)
        m = _HTML_TAG.match(text, a, b)
        if m:
            a = m.end()
            continue
        # a closing tag or a <sup>…</sup> at the end
        k = text.rfind("<", a, b)
        if k >= a and text.endswith(">", a, b) and _HTML_TAG.fullmatch(text, k, b):
            s = _HTML_SUP.search(text, a, b)
            b = s.start() if s and s.end() == b else k
            continue
        break
    # a tag inside what is left ("71.3<sup>†</sup> (±0.4)"): the content ends before it
    k = text.find("<", a, b)
    if k > a and _HTML_TAG.match(text, k, b):
        b = k
        while b > a and text[b - 1].isspace():
            b -= 1
    return a, b


def html_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every run of two or more ``<tr>`` rows with two or more cells each."""
    if "<t" not in text and "<T" not in text:  # quick reject
        return []
    tables: list[list] = []
    for m in _HTML_TR.finditer(text):
        end = _HTML_TR_END.search(text, m.end())
        row_end = end.start() if end else len(text)
        cells = []
        for c in _HTML_CELL.finditer(text, m.end(), row_end):
            ce = _HTML_CELL_END.search(text, c.end(), row_end)
            cells.append(_html_content(text, c.end(), ce.start() if ce else row_end))
        if len(cells) < 2:
            continue
        row = (m.start(), row_end, cells)
        if tables and m.start() - tables[-1][1] <= _HTML_TABLE_GAP and "<table" not in text[tables[-1][1]:m.start()].lower():
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


def markup_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of the tables of ``text`` written in a markup whose rows are not lines: LaTeX source, HTML
    tags, MediaWiki source (in that order)"""
    return latex_tables(text) + html_tables(text) + wiki_tables(text)


# -- a models-across table whose one row is a metric -----------------------------------------------------------------
# "| Metric | Wendleby 3 | Trundell 4 |" over "| Accuracy | 58.2 | 61.0 |" under "Ostler-Eval results for …": the
# models are the columns, the row is the board's measure, and the board is named around the table. Only a table with
# one such row and no row naming a benchmark: two measures of one board (accuracy and F1) are no two scores on it.
_METRIC_LABEL = re.compile(r"[ \t*_]*(?:accuracy|acc|score|exact[ \t]match|em|f1|pass@\d+|pass[ \t]rate|success[ \t]rate|"
                           r"solve[ \t]rate|win[ \t]rate|resolved|overall)(?:[ \t]*\((?:%|percent|pp)\))?[ \t*_:]*$", re.I)


def metric_row(text: str, body, ents) -> int | None:
    """the index in ``body`` (rows (start, end, cells) under the header) of its one row labelled by a metric, when no
    row's label holds a benchmark of ``ents`` (start, end, label, canonical); else None"""
    found = None
    for i, (_, _, cells) in enumerate(body):
        if not cells:
            continue
        s, e = cells[0]
        if any(lab == "BENCHMARK" and s <= x0 and x1 <= e for x0, x1, lab, _ in ents):
            return None
        if _METRIC_LABEL.match(text, s, e) and e > s:
            if found is not None:
                return None
            found = i
    return found


# a column headed by a metric alone ("EM", "F1", "Acc.", "pass@1", "Exact match (%)"): the measure of the board the
# table is about, never a benchmark of its own, even where the finder took the word for a name
_METRIC_HEAD = re.compile(r"[ \t*_]*(?:em|f1|acc\.?|accuracy|exact[ \t_]match|pass@\d+|macro[- ]f1|micro[- ]f1)"
                          r"(?:[ \t]*\((?:%|percent)\))?[ \t*_:]*$", re.I)


def metric_header(text: str, a: int, b: int) -> bool:
    """whether the header cell text[a:b] is a metric alone"""
    return b > a and _METRIC_HEAD.match(text, a, b) is not None


# -- a group row over the header ------------------------------------------------------------------------------------
# "| | Reasoning | | Coding |" over "| Model | GPQA Diamond | ReckonBench | SWE-bench Verified | KnotBench |", LaTeX
# "& \multicolumn{2}{c}{Reasoning} & …", HTML "<th colspan=2>Reasoning</th>": the first row groups the columns of the
# second (round 13, branch nlp-claims13b). The second row is the header; the group row is a qualifier of its columns,
# never a model's or a benchmark's cell. Told apart from a header whose second line gives settings ("| | 5-shot |
# 0-shot |", under the benchmarks): here the SECOND row holds the benchmarks, more of them than the first, and it has
# more filled cells than the first; neither row holds a number and the row under them does.
# a cell that is a value: it opens with a number ("88.4", "**61.7**", "\textbf{72.3}", "62.4 ± 1.1", "-3.1"); a name
# ending in digits ("MIRA-25", "Terminal-Bench 2.0") is none
_NUMBER_IN = re.compile(r"[\s*_$]*(?:\\text(?:bf|it)\{|<b>|<strong>)?[-+−]?\.?\d")


def _filled(text: str, cells) -> int:
    return sum(1 for s, e in cells if text[s:e].strip())


def _benches_in(cells, ents) -> int:
    return sum(1 for s, e in cells if any(lab == "BENCHMARK" and s <= x0 and x1 <= e for x0, x1, lab, _ in ents))


def group_row(text: str, rows, ents) -> bool:
    """whether rows[0] (rows (start, end, cells)) groups the columns of the header rows[1]: see above. ``ents`` are
    (start, end, label, canonical)."""
    if len(rows) < 3:
        return False
    top, head, first = rows[0][2], rows[1][2], rows[2][2]
    if not top or not head or len(top) > len(head):
        return False
    if any(_NUMBER_IN.match(text, s, e) for s, e in top + head if text[s:e].strip()):
        return False
    if not any(_NUMBER_IN.match(text, s, e) for s, e in first if text[s:e].strip()):
        return False
    n_top = _filled(text, top)
    if not 1 <= n_top < _filled(text, head):
        return False
    bt = _benches_in(top, ents)
    if bt:
        return False  # "| | MMLU | | GPQA |" over "| Model | 5-shot | 0-shot | …": the benchmarks are the first row's
    # the second row names the benchmarks (two found at least), or its corner heads the model column over a blank one
    return _benches_in(head, ents) >= 2 or (
        _MODEL_CORNER.match(text, *head[0]) is not None and not text[top[0][0]:top[0][1]].strip())


_MODEL_CORNER = re.compile(r"[ \t*_]*(?:model|models|system|llm|checkpoint)[ \t*_:]*$", re.I)


# -- a units row under the header ------------------------------------------------------------------------------------
# "rank,model,arena_score,ci_95,votes,win_rate" over "#,,elo,±,count,%" (a CSV export), "| | | (%) | (±) | (n) |", a TSV
# "\t\telo\t±\tcount": the second row gives each column its unit and is no data row (round 13, branch nlp-claims13b).
# A column whose unit is a spread, a count, a time or a price holds no score, whatever its heading.
_UNIT_TOKEN = re.compile(r"[ \t(\[]*(?P<u>#|%|±|\+/-|elo|rating|pts?|points|pp|count|n|no\.|votes?|s|sec|ms|tokens?|"
                         r"\$|usd|€|tok/s|k|m|b|rank|place|score|acc\.?)[ \t)\]]*$", re.I)
_UNITS_LABEL = re.compile(r"[ \t(\[*_]*(?:units?|unit[ \t]+of[ \t]+measure|measured[ \t]+in)[ \t)\]*_:]*$", re.I)
# a spread, a count, a time or a price: no score
NON_SCORE_UNITS = frozenset({"±", "+/-", "count", "n", "no.", "vote", "votes", "s", "sec", "ms", "token", "tokens",
                             "$", "usd", "€", "tok/s", "k", "m", "b"})


def units_row(text: str, header, cells) -> dict[int, str] | None:
    """{column: unit} when the row ``cells`` (under the header cells ``header``) is a units row: as many cells as the
    header or fewer, every filled cell a unit alone, two at least, a spread or count or "#"/"%"/"elo" among them;
    else None"""
    if not cells or len(cells) > len(header):
        return None
    out = {}
    for j, (s, e) in enumerate(cells):
        if e <= s or not text[s:e].strip():
            continue
        if j == 0 and _UNITS_LABEL.match(text, s, e):
            continue  # "unit\t%\t%\tUSD\ts": the row says it is the units row (round 14, nlp-columns14)
        m = _UNIT_TOKEN.match(text, s, e)
        if not m:
            return None
        out[j] = m.group("u").lower()
    if len(out) < 2 or len(out) * 2 < len(header):
        return None
    return out


def _trimmed(text: str, a: int, b: int) -> tuple[int, int]:
    """text[a:b]'s span without the white space at its ends (the cell readers' first step)."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
