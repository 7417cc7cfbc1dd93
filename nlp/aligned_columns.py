"""Whitespace-aligned tables as programs print them: pandas DataFrames (``print(df)``, ``df.to_string()``, a
notebook's ``Out[3]:``), their transposes (``df.T``), terminal output of eval scripts.

Such a print has no bars: its columns are character positions. pandas right-aligns every column, so a value
sits under its header's span; the index column comes first (its name, ``model``, may stand alone on the line
under the header), and a footer (``[5 rows x 4 columns]``, ``Name: …, dtype: float64``) or a blank line ends it.
The headers are often the code's slugs (``swe_verified``, ``my_eval_v2``) that no list knows.

:func:`aligned_tables` gives each such block as (start, end, rows) — the header's cells, then one row per index
label with its value cells, each value cell placed under the header cell whose character span it overlaps (the
nearest right edge when none does) — for the one wide-table reader (``nlp.claims._table_claims``), and the names
the layout gives (start, end, label, canonical): a header cell or an index label no finder took, named by its
place — the benchmarks on the side the found benchmarks (or no found models) are on, the models on the other;
never a quantity's slug (``cost_usd``, ``latency_ms``, ``n``, ``seed``, ``std``), which is no board. A slug's
canonical is the passage's own name it spells (``swe_verified`` for "SWE-bench Verified" in the text around it,
``terminal_bench_2`` for "Terminal-Bench 2.0"), else its display form (``pontoon_qa`` → Pontoon-QA).
``NaN``/``None`` cells are no values. Linear in the lines; gated by a run of three spaces.
"""
from __future__ import annotations

import re

from .slug_names import bench_display, squash

_GAP = re.compile(r"\S+(?: \S+)*")  # cells: runs of text, single spaces inside, two or more between
_VALUE = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?%?|NaN|nan|None|<NA>|null|—")  # "1,342": a rating
_MISSING = frozenset(("NaN", "nan", "None", "<NA>", "null", "—"))
_FOOTER = re.compile(r"^\s*(?:\[\d+ rows? x \d+ columns?\]|Name: .*dtype: \w+|dtype: \w+|Length: \d+)")
_RULE = re.compile(r"^\s*[-=─━ ]{3,}\s*$")
# a quantity's column: no board ("cost_usd_per_task", "latency_ms", "n", "seed", "std", "params_b")
_QUANTITY = re.compile(r"(?:^|[_\s-])(?:cost|costs|price|usd|eur|latency|ms|sec|secs|seconds|time|wall|tokens?|"
                       r"params?|size|gb|mb|n|count|seed|seeds|std|stderr|sem|ci|ci95|n_items|items|samples|"
                       r"date|step|steps|epoch|epochs|lr|batch|rank|id|runs?|tps|throughput|memory|vram)(?:$|[_\s-])", re.I)
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# a model's build, not a result: "Layers", "Heads", "Vocab", "Hidden size" (a corner-less print's columns)
_ARCHITECTURE = re.compile(r"^(?:layers|heads|attention heads|vocab(?:ulary)?(?: size)?|hidden(?: size| dim)?|d_model|experts)\b", re.I)
# a date's cell: "2026.03", "2025-11", "2026-01-14", "03/2026"
_DATE = re.compile(r"(?:19|20)\d\d[.\-/](?:0?[1-9]|1[0-2])(?:[.\-/]\d\d?)?|(?:0?[1-9]|1[0-2])/(?:19|20)\d\d")
_SLUG = re.compile(r"^[a-z][a-z0-9]*(?:[_\-.][a-z0-9]+)*$")
_MODEL_SHAPE = re.compile(r"\d|^[A-Z]")  # an index label that may be a model: a version or a capital
# a measure's slug heading the scores of the board named around the print ("acc_pct", "accuracy", "score", "pass_at_1")
_MEASURE = re.compile(r"^(?:mean_|avg_)?(?:acc|accuracy|score|pass_?at_?1|pass@1|pass_rate|success_rate|solve_rate|em|exact_match)"
                      r"(?:_(?:pct|percent|mean|avg))?$", re.I)
_TYPE_ROW = re.compile(r"^\s*(?:<[a-z]{2,5}>\s*){2,}$")  # a tibble's column types: "<chr>   <dbl>   <int>"
_ROW_NUMBER = re.compile(r"\d{1,4} (?=\S)")
_WORD = re.compile(r"\S+")
_NAMED = re.compile(r"[_\-.]|\d")  # a slug that names something ("vesper_qa", "loom-code", "eval2"), not a plain word ("new")


def _cells(line: str) -> list[tuple[int, int]]:
    out = []
    for m in _GAP.finditer(line):
        out.append((m.start(), m.end()))
    # two or more spaces between cells: a single space joins words of one cell ("Claude Opus 4.5")
    return out


def _is_value(line: str, c) -> bool:
    return _VALUE.fullmatch(line[c[0]:c[1]]) is not None


def _data_row(line: str):
    """(label cell, value cells) of a printed row: a label at the left, then two or more values; else None"""
    cells = _cells(line)
    if len(cells) < 3 or _is_value(line, cells[0]) or not all(_is_value(line, c) for c in cells[1:]):
        return None
    if line.find("  ", cells[0][1]) != cells[0][1]:
        return None  # the label and the first value apart by two spaces at least
    return cells[0], cells[1:]


def _place(value, header) -> int | None:
    """the header cell a value cell stands under: the one its span overlaps, else the nearest right edge"""
    hits = [j for j, (s, e) in enumerate(header) if s < value[1] and value[0] < e]
    if len(hits) == 1:
        return hits[0]
    if hits:
        return None
    near = min(range(len(header)), key=lambda j: abs(header[j][1] - value[1]))
    return near if abs(header[near][1] - value[1]) <= 3 else None


def _joins(first: str, then: str) -> bool:
    """whether a cell wrapped over two lines goes on: "Beopjeon-" / "Bench", "Korean Arena" / "(Elo, public" /
    "board)" (OCR and narrow prints); a lone "model" over the rows is the index's name, no part of a label"""
    return first.endswith(("-", "/")) or first.count("(") > first.count(")") or then.startswith("(")


def _glue(first: str, then: str) -> str:
    return first + then if first.endswith(("-", "/")) else first + " " + then


def _label_only(line: str) -> bool:
    cells = _cells(line)
    return len(cells) == 1 and cells[0][0] == 0 and not _is_value(line, cells[0]) and cells[0][1] <= 40


def _header(lines, h: int, width: int, label_end: int, words: bool = False):
    """(header line index, cells [(start, end) in the text], texts) of the header over a run whose first line is
    lines[h + 1]: one line, or two when the second continues the first's cells in the same columns; `words`: a
    tibble's header, whose column names (one word each) may stand one space apart"""
    hpos, hline = lines[h]
    cells = [(m.start(), m.end()) for m in _WORD.finditer(hline)] if words else _cells(hline)
    if cells and len(cells) == width + 1 and (cells[0][0] == 0 or words):
        cells = cells[1:]  # "model  swe_verified  …": the index's name on the header line
    top = h
    texts = [hline[a:b] for a, b in cells]
    if not words and (h > 0 and len(cells) < width or (h > 0 and cells and cells[0][0] > 0)):
        ppos, pline = lines[h - 1]
        upper = _cells(pline)
        if upper and len(upper) == width and upper[0][0] > label_end and not any(_is_value(pline, c) for c in upper) \
                and all(any(u0 < c1 and c0 < u1 or c0 == u0 for u0, u1 in upper) for c0, c1 in cells) and pline.strip():
            # the header wrapped: "Sanbaram-4   Qwen3-" over "Turbo        Max"
            parts = {j: [pline[u0:u1]] for j, (u0, u1) in enumerate(upper)}
            for c0, c1 in cells:
                j = next(j for j, (u0, u1) in enumerate(upper) if u0 < c1 and c0 < u1 or c0 == u0)
                parts[j].append(hline[c0:c1])
            texts = []
            for j in range(width):
                t = parts[j][0]
                for more in parts[j][1:]:
                    t = _glue(t, more)
                texts.append(t)
            return h - 1, [(ppos + a, ppos + b) for a, b in upper], texts
    if len(cells) != width:
        return None
    return top, [(hpos + a, hpos + b) for a, b in cells], texts


def _blocks(text: str):
    """(header span, header cells, header texts, [(row start, line start, line, label cell, label text, value
    cells)]) of each printed table"""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out = []
    i = 0
    while i < len(lines):
        row = _data_row(lines[i][1])
        if row is None:
            i += 1
            continue
        width = len(row[1])
        # a label wrapped over the lines above the first row ("Beopjeon-" over "Bench  79.6 …")
        first = i
        while first > 0 and i - first < 3 and _label_only(lines[first - 1][1]) and _joins(
                lines[first - 1][1].strip(), lines[first][1][:(_data_row(lines[first][1]) or [(0, len(lines[first][1]))])[0][1]].strip()
                if first == i else lines[first][1].strip()):
            first -= 1
        j, rows, pending = first, [], []
        while j < len(lines):
            pos_j, line = lines[j]
            r = _data_row(line)
            if r is not None and len(r[1]) == width:
                label = line[r[0][0]:r[0][1]]
                if pending:
                    t = pending[0][1].strip()
                    for _, more in pending[1:]:
                        t = _glue(t, more.strip())
                    label = _glue(t, label)
                    p0, pl = pending[0]
                    cell = (p0 - pos_j, p0 - pos_j + len(pl.rstrip()))  # the first part's span, from this line
                    rows.append((p0, pos_j, line, cell, label, r[1], r[0][1]))
                else:
                    rows.append((pos_j, pos_j, line, r[0], label, r[1], r[0][1]))
                pending = []
            elif _label_only(line) and len(pending) < 3:
                nxt = lines[j + 1][1] if j + 1 < len(lines) else ""
                rn = _data_row(nxt)
                then = nxt[rn[0][0]:rn[0][1]] if rn else nxt.strip()
                if not _joins(line.strip(), then):
                    break
                pending.append((pos_j, line))
            else:
                break
            j += 1
        # the header over the rows: the index's name alone and a rule may stand between
        h = first - 1
        tibble = False  # R's tibble print: "<chr>  <dbl>" under the header, a row number before each label
        while h >= 0 and h >= first - 3 and (_RULE.match(lines[h][1]) or _label_only(lines[h][1])
                                             or _TYPE_ROW.match(lines[h][1])):
            tibble = tibble or _TYPE_ROW.match(lines[h][1]) is not None
            h -= 1
        i = max(j, i + 1)
        if len(rows) < 2 or h < 0:
            continue
        if tibble:
            rows = [_unnumbered(r) for r in rows]
        label_end = max(r[6] for r in rows)  # the labels' right edge on the rows' own lines
        head = _header(lines, h, width, label_end, words=tibble)
        if head is None:
            continue
        top, header, texts = head
        hline = lines[h][1]
        if any(_VALUE.fullmatch(t) for t in texts) or header[0][0] - lines[top][0] < label_end:
            continue  # a header over the values only, right of the labels
        cols_of = [(a - lines[top][0], b - lines[top][0]) for a, b in header]
        placed = []
        for r0, lpos, line, cell, label, values, label_stop in rows:
            cols = [_place(v, cols_of) for v in values]
            if None in cols or len(set(cols)) != len(cols):
                placed = []
                break
            placed.append((r0, lpos, line, cell, label, dict(zip(cols, values)), label_stop))
        if placed:
            out.append(((lines[top][0], lines[h][0] + len(hline)), header, texts, placed))
    return out


def under_type_row(text: str, at: int) -> bool:
    """Whether the line starting at text[at] is the first row under a tibble's "<chr>  <dbl>" line: its leading
    numbers count the print's rows, they are no places."""
    end = at - 1
    start = text.rfind("\n", 0, max(0, end)) + 1
    return end > 0 and _TYPE_ROW.match(text[start:end]) is not None


def _unnumbered(row):
    """a tibble row without its row number ("1 Brindcombe 4 Pro" → "Brindcombe 4 Pro"): a print's count, no rank"""
    r0, lpos, line, cell, label, values, stop = row
    m = _ROW_NUMBER.match(label)
    if not m or r0 != lpos:
        return row
    return r0, lpos, line, (cell[0] + m.end(), cell[1]), label[m.end():], values, stop


def _label_of(ents, s: int, e: int):
    return next((x for x in ents if x[0] < e and s < x[1]), None)


def _canonical(form: str, benches: list[str]) -> str:
    """the passage's own benchmark name a slug spells (its parts in order, the first at the start, the last at the
    end; a trailing ".0" aside), else the slug's display form"""
    parts = [squash(p) for p in re.split(r"[_\-. ]+", form) if p]
    whole = "".join(parts)
    for name in benches:
        q = squash(name)
        q0 = q[:-1] if q.endswith("0") and "." in name and name.endswith(".0") else q
        if whole in (q, q0):
            return name
    for name in benches:
        q = squash(name)
        if len(parts) < 2 or not q.startswith(parts[0]) or not q.endswith(parts[-1]):
            continue
        at, ok = 0, True
        for p in parts:
            k = q.find(p, at)
            if k < 0:
                ok = False
                break
            at = k + len(p)
        if ok and len(q) - len(whole) <= 6:  # one short word the slug left out ("swe_verified": SWE-bench Verified)
            return name
    return bench_display(form)


def aligned_tables(text: str, ents: list[tuple]):
    """((start, end, rows) of each printed table, names (start, end, label, canonical) its layout gives)"""
    if "   " not in text or "\n" not in text:
        return [], []
    tables, names = [], []
    bench_names = list(dict.fromkeys(x[3] for x in ents if x[2] == "BENCHMARK"))
    for (ha, hb), header, texts, placed in _blocks(text):
        head_ents = [_label_of(ents, s, e) for s, e in header]
        label_ents = [_label_of(ents, lpos + c[0], lpos + c[1]) for _, lpos, _, c, _, _, _ in placed]
        head_models = sum(1 for x in head_ents if x and x[2] == "MODEL")
        label_models = sum(1 for x in label_ents if x and x[2] == "MODEL")
        label_benches = sum(1 for x in label_ents if x and x[2] == "BENCHMARK")
        transposed = head_models > label_models or label_benches > label_models
        if not (head_models or label_models):
            continue  # no model on either side: a table of other things
        new = []
        for (s, e), form, x in zip(header, texts, head_ents):
            wrapped = form != text[s:e]
            if x and x[2] in ("MODEL", "BENCHMARK") and (x[0], x[1]) == (s, e) and not wrapped:
                continue
            if transposed:
                if (x is None and _SLUG.match(form) or wrapped) and _MODEL_SHAPE.search(form) and not _QUANTITY.search(form):
                    new.append((s, e, "MODEL", _NOTE.sub("", form)))  # "Sanbaram-4" over "Turbo": Sanbaram-4 Turbo
            elif not _QUANTITY.search(form) and not _MEASURE.match(form) and (
                    x is None and (_SLUG.match(form) and _NAMED.search(form) or wrapped)
                                                 or x is not None and x[2] == "BENCHMARK" and "_" in form):
                # a slug no finder took ("pontoon_qa"), or took in part ("terminal_bench" of "terminal_bench_2")
                new.append((s, e, "BENCHMARK", _canonical(_NOTE.sub("", form), bench_names)))
        for (_, lpos, line, (ls, le), label, _, _), x in zip(placed, label_ents):
            s, e = lpos + ls, lpos + le
            form = text[s:e]
            name = _NOTE.sub("", label).strip()  # "Korean Arena (Elo, public board)": the board's name
            if _QUANTITY.search(name) or not transposed:
                continue
            if x is None and (_SLUG.match(form) or name != form) or x is not None and x[2] == "BENCHMARK" and name != form \
                    and not name.startswith(text[x[0]:x[1]] + " "):
                new.append((s, e, "BENCHMARK", _canonical(name, bench_names)))
        boards = {(s, e) for s, e, lab, _ in new if lab == "BENCHMARK"} | {
            (x[0], x[1]) for x in (label_ents if transposed else head_ents) if x and x[2] == "BENCHMARK"}
        top_line = text.rfind("\n", 0, header[0][0]) + 1
        cornerless = not text[top_line:header[0][0]].strip()
        # a one-board print ("model  acc_pct  n_items" under "# A tibble"): its measure column holds the scores of the
        # board named around it, read like a "| Model | Score |" leaderboard
        one_board = not boards and not transposed and any(_MEASURE.match(t) for t in texts)
        if not one_board and (not boards or not new and not cornerless):
            # "model  new  old  change": no board among the columns; a print whose names the finders all took
            # (no slug, no wrapped cell) and whose header has its corner cell: the other table readers' business
            # (nlp.claim_tables splits it into as many cells as its rows). A header with no corner cell (the names
            # across over board-led rows, a slide's or a report's fixed-width table) no other reader lines up.
            continue
        rows = [(ha, hb, list(header))]
        # a corner-less print read only here: a column (or a transposed print's row) of a quantity ("Params (B)",
        # "Layers") or of dates ("2026.03", "2025-11") holds no scores, whatever the finder called its name
        no_score = set()
        if cornerless and not new:
            if transposed:
                if any(_QUANTITY.search(lab) or _ARCHITECTURE.search(lab) or any(_DATE.fullmatch(line[v[0]:v[1]])
                       for v in cols.values()) for _, _, line, _, lab, cols, _ in placed):
                    continue
            else:
                no_score = {j for j, form in enumerate(texts) if _QUANTITY.search(form) or _ARCHITECTURE.search(form)
                            or any(_DATE.fullmatch(line[cols[j][0]:cols[j][1]]) for _, _, line, _, _, cols, _ in placed
                                   if j in cols)}
        for r0, lpos, line, label, _, cols, label_stop in placed:
            cells = [(lpos + label[0], lpos + max(label[1], label_stop))]  # a wrapped label: all its lines
            for j in range(len(header)):
                v = cols.get(j)
                if v is None or j in no_score or line[v[0]:v[1]] in _MISSING:
                    cells.append((lpos + len(line), lpos + len(line)))  # an empty cell: no value
                else:
                    cells.append((lpos + v[0], lpos + v[1]))
            rows.append((r0, lpos + len(line), cells))
        rows[0] = (ha, hb, [(ha, ha)] + rows[0][2])  # the index's corner
        tables.append((ha, rows[-1][1], rows))
        names += new
    return tables, names


def with_names(ents: list[tuple], names: list[tuple]) -> list[tuple]:
    """``ents`` with the layout's names: an entity overlapping a name's span gives way to it"""
    if not names:
        return ents
    keep = [x for x in ents if not any(x[0] < e and s < x[1] for s, e, _, _ in names)]
    return sorted(keep + names)
