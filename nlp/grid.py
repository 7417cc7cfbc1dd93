"""One grid model for every score table, the roles its layout implies and the unit its captions give.

Every reader of a table layout (Markdown bars, separators, one cell per line, slashes; here also
" / " cells, "Model: X — A: 71.3 — B: 60.2" field lines and "A: 54.1 → 63.7" arrows whose columns a
key line names) hands `nlp.claims` the same thing: rows of (start, end, cells), the header first,
its first cell the corner. Over that grid:

* `grid_roles`: what the layout says a cell names, over what the entity finder said. A cell in a
  `Model` column, or in the name column of a Rank table, names a model (also an unknown
  capitalised name, and also when the finder called it a benchmark); the header of a column of
  numbers in a table whose rows are models names a benchmark (and the other way round when the
  corner says "Benchmark" or the header's known names are models). Two cells of one axis naming
  the same model would be one column twice: the cell's whole name wins ("Marlow-4 Swift" beside
  "Marlow-4").
* `grid_unit`: the unit a caption, a key line or the table's own words give its bare numbers
  ("all values are accuracy in percent", "Scores in %.", "All scores are percentages", "on a
  0–100 scale", "Elo"): it comes before the knowledge base's unit of the benchmark (claims
  convention 2 of tests/data/nlp/README.md: a table whose caption says % is %; a number on a
  stated scale is points).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .board_names import metric_name
from .claim_rivals import _stem, variant
from .claim_tables import _MODEL_HEADER, _NUMERIC_CELL, _SHAPE, _name_cell, label_in, \
    layout_names, line_groups, slash_tables
from .header_words import new_column
from .chart_specs import chart_tables
from .keyed_rows import keyed_tables, split_spans
from .table_rows import _line_list  # (start, end) of every line, without its break

# ------------------------------------------------------------------------------------------- roles
_RANK_HEAD = re.compile(r"^\s*(?:#|rank(?:ing)?|pos(?:ition)?\.?|place|no\.)\s*$", re.I)
_CATEGORY_CORNER = re.compile(r"^\s*(?:categor(?:y|ies)|domains?|subsets?|splits?|areas?|skills?)\s*:?\s*$", re.I)
_BENCH_CORNER = re.compile(r"^\s*(?:benchmarks?|tasks?|evals?|evaluations?|datasets?|tests?|suites?|metrics?)\s*:?\s*$",
                           re.I)
# a leaderboard's one score column ("Score", "Rating (Elo)", a simulation's "Net worth") and a header that
# is a phrase, not a name ("Games played")
_PLAIN_SCORE_HEAD = re.compile(r"\s*(?:(?:mean|average|avg\.?|median|final|total|ending|closing)\s+)?(?:score|rating|elo|accuracy|result|overall|points|(?:success|pass|win|solve)\s+rate|(?:cash\s+|bank\s+)?balance|net\s+worth|cash)(?:\s*\([^()\n]{1,20}\))?\s*$", re.I)
_PHRASE_HEAD = re.compile(r"\s*[A-Za-z][a-z]*(?:\s+[a-z]+)+(?:\s+[\d%]+|\s*\([^()\n]{1,12}\))?\s*$")  # (… "(%)")
_ROLE_CORNER = re.compile(r"^\s*(?:model|models|system|systems|llm|entry|submission)\s*:?\s*$", re.I)


# the header of a column of benchmark names in a long-format table ("model | benchmark | score")
_BENCH_COLUMN = re.compile(r"^\s*(?:benchmarks?|bench|tasks?|evals?|evaluations?|datasets?|tests?|suites?)(?:_name)?\s*$", re.I)


def bench_column(text: str, header) -> int | None:
    """The column of a long-format table (one row per model and benchmark: "model | benchmark |
    score") whose cells name each row's benchmark, by its header word; None when there is none."""
    return next((j for j, (s, e) in enumerate(header) if _BENCH_COLUMN.match(text[s:e])), None)


# a row of a models-as-columns table that holds scores ("Accuracy (%)"), not costs or times
_SCORE_ROW = re.compile(r"\b(?:accuracy|score|pass@\d+|success\s+rate|win\s+rate|solve\s+rate|resolved|exact\s+match|"
                        r"f1|elo|rating)\b|%", re.I)
_NOT_SCORE_ROW = re.compile(r"\$|\b(?:costs?|price|latency|time|speed|tokens?|seconds?|ms|usd)\b", re.I)


def score_row(label: str) -> bool:
    """Whether a row label of a models-as-columns table names a score ("Accuracy (%)", "pass@1"),
    not a cost, a time or a count."""
    return _SCORE_ROW.search(label) is not None and _NOT_SCORE_ROW.search(label) is None


def _corner_of(text: str, cell, ents, starts) -> tuple | None:
    s, e = cell
    known = [x for x in ents[max(0, bisect_left(starts, s) - 1):bisect_left(starts, e)]
             if s <= x[0] and x[1] <= e and x[2] == "BENCHMARK"]
    if known:
        return known[0]
    name = _name_cell(text, s, e)
    if name is None or label_in(ents, starts, s, e) or _BENCH_CORNER.match(text[s:e]) \
            or _ROLE_CORNER.match(text[s:e]) or _CATEGORY_CORNER.match(text[s:e]):
        return None
    a, b = name
    return (a, b, "BENCHMARK", text[a:b]) if _SHAPE["BENCHMARK"].search(text[a:b]) else None


def corner_benches(text: str, rows, ents) -> list | None:
    """For each row under the header of a models-as-columns table whose corner cell names a
    benchmark and whose rows are measures of it ("| LedgerQA | A | B |" over "| Accuracy (%) |
    64.8 | …" and "| Cost ($) | …"), the benchmark (start, end, "BENCHMARK", name) of a score row
    or None (a cost or time row); a repeated header row with another corner ("| CorpFin | A | B |")
    starts the next block. The corner is the recognised benchmark in it, else a name of a
    benchmark's shape. None when no row is a score measure or a row names a benchmark."""
    header, body = rows[0][2], rows[1:]
    if len(header) < 2 or not any(cs for _, _, cs in body):
        return None
    starts = [x[0] for x in ents]
    labels = [text[cs[0][0]:cs[0][1]] if cs else "" for _, _, cs in body]

    def next_header(cs) -> bool:  # "| CorpFin | A | B |": the header of the next block
        return bool(cs) and not _has_number(text, cs) and len(cs) == len(header) and all(
            label_in(ents, starts, *c) == "MODEL" for c in cs[1:])

    if not any(score_row(x) for x in labels) or any(
            cs and label_in(ents, starts, *cs[0]) == "BENCHMARK" and not next_header(cs) for _, _, cs in body):
        return None
    corner = _corner_of(text, header[0], ents, starts)
    if corner is None:
        return None
    out = []
    for (_, _, cs), label in zip(body, labels):
        if next_header(cs):
            corner = _corner_of(text, cs[0], ents, starts)  # the next block's header
            out.append(None)
            continue
        out.append(corner if corner is not None and score_row(label) else None)
    return out


def category_corner(text: str, header) -> bool:
    """The corner of the table says its rows are categories, domains or splits of one benchmark."""
    return bool(header) and _CATEGORY_CORNER.match(text[header[0][0]:header[0][1]]) is not None


def _numeric_col(text: str, body, j: int) -> bool:
    cells = [cs[j] for _, _, cs in body if j < len(cs)]
    return sum(1 for s, e in cells if _NUMERIC_CELL.match(text[s:e])) * 2 >= max(1, len(cells))


def _has_number(text: str, cs) -> bool:
    return any(_NUMERIC_CELL.match(text[s:e]) for s, e in cs[1:])


def grid_roles(text: str, rows, ents) -> list[tuple]:
    """The entities (start, end, label, canonical) of the table `rows` (header first) once its
    layout has spoken: `ents` (the entities found inside it) plus the names the layout gives
    (`nlp.claim_tables.layout_names`), with the cells whose role the layout makes plain relabelled."""
    ents = sorted(ents + layout_names(text, rows, ents))
    header, body = rows[0][2], [r for r in rows[1:] if r[2]]
    if len(header) < 2 or not body:
        return ents
    starts = [x[0] for x in ents]
    cols = range(1, len(header))
    corner = text[header[0][0]:header[0][1]]
    rank_col = next((j for j, (s, e) in enumerate(header) if _RANK_HEAD.match(text[s:e])), None)
    model_col = next((j for j, (s, e) in enumerate(header) if _MODEL_HEADER.match(text[s:e])), None)
    if model_col is None and rank_col is not None:
        # "Rank | Name | Score": the first column of names beside a Rank column names the models
        model_col = next((j for j in range(len(header)) if j != rank_col and not _numeric_col(text, body, j)
                          and any(_name_cell(text, *cs[j]) for _, _, cs in body if j < len(cs))), None)
    head_known = [label_in(ents, starts, *header[j]) for j in cols]
    row_known = [label_in(ents, starts, *cs[0]) for _, _, cs in body]
    # the names the finder knows first (a table flattened by columns has its corner over the header's
    # names), then the layout's words: a Model or Rank column, a corner saying what the rows are
    if head_known.count("MODEL") >= 2 and "BENCHMARK" not in head_known and "MODEL" not in row_known:
        across = True
    elif (head_known.count("BENCHMARK") >= 2 and "MODEL" not in head_known) or (
            row_known.count("MODEL") >= 2 and "BENCHMARK" not in row_known):
        across = False
    elif model_col is not None or _ROLE_CORNER.match(corner):
        across = False
    elif _BENCH_CORNER.match(corner) or _CATEGORY_CORNER.match(corner):
        across = True
    else:
        return ents
    model_col = 0 if model_col is None or across else model_col
    want: list[tuple[tuple[int, int], str, bool]] = []  # (cell, label, whether a name no list knows may be guessed)
    if across:
        for j in cols:
            if _numeric_col(text, body, j):
                want.append((header[j], "MODEL", True))
        if not _CATEGORY_CORNER.match(corner):  # "Category | A | B": rows are parts of one benchmark
            want += [(cs[0], "BENCHMARK", False) for _, _, cs in body if _has_number(text, cs)]
    else:
        want += [(cs[model_col], "MODEL", True) for _, _, cs in body if model_col < len(cs)]
        # "Rank | Model | Score | Languages above 80": beside a plain Score column the board is one
        # benchmark's, and a header that reads as a phrase counts something about each row
        board = any(_PLAIN_SCORE_HEAD.match(text, *header[j]) for j in range(len(header)) if j != model_col) or \
            new_column(text, header) is not None  # "Corrected (%) | Shown during incident (%)": one board's figures
        for j in range(len(header)):
            if j != model_col and j != rank_col and _numeric_col(text, body, j):
                if board and (_PHRASE_HEAD.match(text, *header[j]) or _PLAIN_SCORE_HEAD.match(text, *header[j])):
                    continue
                want.append((header[j], "BENCHMARK", False))
    return _relabel(text, ents, want)


def _relabel(text: str, ents: list[tuple], want) -> list[tuple]:
    drop, add = set(), []
    starts = [x[0] for x in ents]
    by_axis: dict[str, list] = {"MODEL": [], "BENCHMARK": []}
    for (s, e), label, guess in want:
        name = _name_cell(text, s, e)
        if name is None:
            continue
        a, b = name
        if label == "BENCHMARK" and metric_name(text[a:b]): continue  # noqa: E701  "model  EM": a metric column (nlp.board_names)
        # the entities touching the name, by bisection (the finder's entities do not overlap): a long table stays linear
        inside = [x for x in ents[max(0, bisect_left(starts, a) - 1):bisect_left(starts, b)] if x[0] < b and a < x[1]]
        same = [x for x in inside if x[2] == label]
        if same and not any(x[2] != label for x in inside):
            by_axis[label].append((name, same))
            continue  # the finder agrees (the whole name or a part of it: see below)
        if not inside and not guess and not _SHAPE[label].search(text[a:b]) and len(text[a:b].split()) < 2:
            continue  # a plain word ("Reasoning") is no benchmark's name on the layout alone
        drop.update(inside)
        exact = next((x for x in inside if (x[0], x[1]) == name), None)
        add.append((a, b, label, exact[3] if exact else text[a:b]))
    for label, cells in by_axis.items():
        # two cells of one axis the finder gave one name ("Marlow-4" in "Marlow-4 Swift"): each cell's whole name
        seen: dict[str, int] = {}
        for _, same in cells:
            for x in same:
                seen[x[3]] = seen.get(x[3], 0) + 1
        for (a, b), same in cells:
            if len(same) == 1 and seen[same[0][3]] >= 2 and (same[0][0], same[0][1]) != (a, b) \
                    and same[0][0] == a and re.match(r"\s+[A-Z]", text[same[0][1]:b]):
                drop.add(same[0])
                add.append((a, b, label, text[a:b]))
    if not drop and not add:
        return ents
    return sorted([x for x in ents if x not in drop] + add)


# ------------------------------------------------------------------------------------------- units
from .unit_notes import stated_unit  # noqa: E402  (units said in words: "(unit: %)", "the percentage of tasks")

_UNIT_POINTS = re.compile(r"\b0\s*[–-]\s*(?:1|10|100|1,?000)(?:\s*-?\s*point)?\s+scale\b|\bin\s+points\b|\((?:points|pts)\)"
                          r"|\b[A-Za-z][\w@-]*(?:\s?×\s?|\s[x*]\s)100\b",  # a metric scaled to 100: "(ANLS×100)", "F1 x 100"
                          re.I)
_UNIT_PCT = re.compile(
    r"\b(?:in|as)\s+(?:%|percent\b|per\s?cent\b|percentages?\b)|\(\s*%|\b(?:accuracy|scores?|pass@\d+)\s*,?\s*%"
    r"|\b(?:are|is)\s+(?:(?:the\s+)?[\w@-]+\s+){0,2}percentages?\b|%\s+(?:accuracy|correct|solved|passed|resolved)\b"  # "(our runs, % correct)"
    r"|\([^()\n%]{1,30}?,\s*%\s*\)|\brates?\s*,?\s*%"  # "(pass rate, %)", "success rate, %"
    r"|\(\s*(?:in\s+)?(?:percent|per\s?cent|percentages?)\s*\)", re.I)  # a lead line "reaches these results (percentages):"
_UNIT_ELO = re.compile(r"\bElo\b")
_CHANGE_WORD = re.compile(r"Δ|\b(?:change|changes|delta|deltas|difference|differences|gain|gains|movement)\b", re.I)
_CLAUSES = re.compile(r";|\.\s|\n")
_KEY_MAX = 240  # a key line under a table is short
_CAPTION_REACH = 600


def statement_unit(s: str) -> str | None:
    """The unit a caption or key line `s` says the numbers are in ("points", "%", "elo"), or None.
    A clause about a change column says that column's unit, not the scores' ("Scores are success
    rates in percent; Δ is the change since February, in points")."""
    if _CHANGE_WORD.search(s):
        s = " ".join(c for c in _CLAUSES.split(s) if not _CHANGE_WORD.search(c))
    if (said := stated_unit(s)) is not None:  # "(unit: %; …)", "Scores are % except …" (nlp.unit_notes)
        return said
    if _UNIT_POINTS.search(s):
        return "points"
    if _UNIT_PCT.search(s):
        return "%"
    if _UNIT_ELO.search(s):
        return "elo"
    return None


def _paragraph_before(text: str, a: int) -> str:
    """The lines right over text[a:] up to a blank line; when the line over it is blank, the
    paragraph over that (a caption set off by one blank line), at most _CAPTION_REACH characters."""
    end = a
    while end > 0 and text[end - 1] in " \t\n" and text.count("\n", end - 1, a) < 2:
        end -= 1
    start = text.rfind("\n\n", max(0, end - _CAPTION_REACH), end)
    return text[max(start, end - _CAPTION_REACH, 0):end]


def _paragraph_after(text: str, b: int) -> str:
    """The lines right under text[:b] up to a blank line, or (after one blank line) a short key paragraph."""
    start = b
    while start < len(text) and text[start] in " \t\n" and text.count("\n", b, start + 1) < 2:
        start += 1
    end = text.find("\n\n", start)
    end = len(text) if end < 0 else end
    return text[start:end] if end - start <= _KEY_MAX else ""


def grid_unit(text: str, a: int, b: int, rows=()) -> str | None:
    """The unit the caption over the table text[a:b], the key line under it (also a key line that
    names its columns, read as its header) gives its numbers."""
    key = text[rows[0][0]:rows[0][1]] if len(rows) > 1 and rows[0][0] > rows[1][0] else ""
    return statement_unit(key) or statement_unit(_paragraph_after(text, b)) or statement_unit(_paragraph_before(text, a))


_LINE_ITEM_MAX = 120  # a table row, a bullet or a "Name: value" line, not a line of prose
_SERIES = 4  # blocks of short lines a caption over them reaches through


def block_unit(text: str, at: int) -> str | None:
    """The unit a caption gives the short line at `at` (a row of a table read line by line, a
    "Benchmark: 52.8" line of a model card): a unit statement in the lines of its block over it, else
    in the paragraph right over the block (one blank line allowed), as `grid_unit` reads a table's
    caption. None for a line of prose (long, or ending a sentence) and when nothing says a unit."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    line = text[ls:le].strip()
    if len(line) > _LINE_ITEM_MAX or line.endswith((".", "!", "?")):
        return None
    block = text.rfind("\n\n", max(0, ls - _CAPTION_REACH), ls)
    block = max(0, ls - _CAPTION_REACH) if block < 0 else block + 2
    unit = statement_unit(text[block:ls])
    for _ in range(_SERIES):  # "All scores below are …" over a series of blocks ("Model A" lines, "Model B" lines)
        if unit:
            return unit
        over = _paragraph_before(text, block)
        unit = statement_unit(over)
        if unit or not over.strip() or not all(len(x.strip()) <= _LINE_ITEM_MAX and not x.strip().endswith((".", "!", "?"))
                                               for x in over.split("\n")):
            return unit  # the caption, or a paragraph of prose that says nothing
        block -= len(over)
    return unit


# ------------------------------------------------------------------------------------------- more layouts
_SLASH = re.compile(r"[ \t]+/[ \t]+")
_FIELD_SEP = re.compile(r"[ \t]+[—–|;][ \t]+|[ \t]+-[ \t]+")
_FIELD = re.compile(r"\s*(?:[-*•]\s+)?(?P<key>[^:\n]{1,40}?)\s*:\s*(?P<val>\S[^\n]{0,60}?)\s*$")
_ARROW = r"(?:→|⟶|->|=>|➝|➔)"
_ARROW_SPLIT = re.compile(rf"[ \t]*{_ARROW}[ \t]*")
_VALUE = r"(?:\*\*)?[~≈]?\d[\d.,]*%?(?:\*\*)?[*†‡]?|n/a|[—–-]"
_ARROW_ROW = re.compile(rf"^[ \t]*(?:[-*•][ \t]+)?(?P<name>[^\n:]{{1,60}}?)[ \t]*[:—–][ \t]*(?P<vals>(?:{_VALUE})"
                        rf"(?:[ \t]*{_ARROW}[ \t]*(?:{_VALUE}))+)[ \t]*$", re.M | re.I)
_KEY_NAME = r"(?:[^.;,()\n]|\.(?=\d)|\([^()\n]{1,24}\))+?"  # "Claude 3.5 Sonnet", "Vireo 3 (base)"
_KEY_END = r"\s*(?:[;,]|\.(?!\d))"  # not the dot of "Indigo 2.5 Pro"
_KEY_SIDES = re.compile(rf"\b(?:left|before|first)\s*[:=]\s*(?P<l>{_KEY_NAME}){_KEY_END}\s*(?:\bmiddle\s*[:=]\s*"
                        rf"(?P<m>{_KEY_NAME}){_KEY_END}\s*)?\b(?:right|after|second)\s*[:=]\s*(?P<r>{_KEY_NAME})\s*(?:[;,)]|\.(?!\d)|$)",
                        re.I | re.M)
_KEY_ORDER = re.compile(r"\b(?:left\s+to\s+right|in\s+order|columns?)\s*[:=]\s*(?P<names>[^\n]+?)\s*(?:\.?\)\s*$|\.\s|\.?$)",
                        re.I | re.M)


_KEY_CLAUSE = re.compile(r"[^()\[\],;:\n]+")


def arrow_rows(text: str, rows) -> bool:
    """Whether the table `rows` (header first) is written as "A: 54.1 → 63.7" arrows: a change from
    the first column's model to the last's."""
    return len(rows) > 1 and all(_ARROW_SPLIT.search(text, a, b) for a, b, _ in rows[1:])


def mark_before(claims: list[dict]) -> None:
    """In the claims of an arrow table, row by row (in column order), the earlier columns' scores
    are the before of the change, cited for comparison (claims convention 3: "from X's a to Y's b")."""
    by_row: dict[int, list[dict]] = {}
    for c in claims:
        if c["unit"] != "rank":
            by_row.setdefault(c["start"], []).append(c)
    for cs in by_row.values():
        for c in cs[:-1]:
            c["is_comparison"] = True


_split = split_spans  # (nlp.keyed_rows)


def slash_cell_tables(text: str) -> list[tuple]:
    """"Model / overall / rank" over "Vireo 3 / 79.6 / 1" lines: cells split by a spaced slash."""
    if " / " not in text:
        return []
    out, run = [], []
    for a, b in _line_list(text) + [(len(text), len(text))]:
        cs = _split(text, a, b, _SLASH) if _SLASH.search(text, a, b) else []
        cells = bool(cs) and all(0 < e - s <= 40 for s, e in cs)  # a line of short cells
        if cells and (not run or len(cs) == len(run[0][2])):
            run.append((a, b, cs))
            continue
        if len(run) >= 3 and not _has_number(text, run[0][2]) and sum(_has_number(text, r[2]) for r in run[1:]) >= 2:
            out.append((run[0][0], run[-1][1], run))
        run = [(a, b, cs)] if cells else []
    return out


def field_line_tables(text: str) -> list[tuple]:
    """"Model: X — A: 71.3 — B: 60.2" lines with the same field names: the names are the header."""
    if ":" not in text:
        return []
    out, run = [], []
    for a, b in _line_list(text) + [(len(text), len(text))]:
        fields = []
        if text.count(":", a, b) >= 2:
            for s, e in _split(text, a, b, _FIELD_SEP):
                m = _FIELD.fullmatch(text, s, e)
                if not m:
                    fields = []
                    break
                fields.append((m.span("key"), m.span("val")))
        keys = [text[s:e].lower() for (s, e), _ in fields]
        if len(fields) >= 2 and (not run or keys == run[0][0]):
            run.append((keys, a, b, fields))
            continue
        if len(run) >= 2 and all(_NUMERIC_CELL.match(text[s:e]) or _not_score(text, s, e)
                                 for _, _, _, fs in run for _, (s, e) in fs[1:]):
            head = run[0]
            rows = [(head[1], head[2], [k for k, _ in head[3]])] + [(la, lb, [v for _, v in fs]) for _, la, lb, fs in run]
            out.append((run[0][1], run[-1][2], rows))
        run = [(keys, a, b, fields)] if len(fields) >= 2 else []
    return out


def _not_score(text: str, s: int, e: int) -> bool:
    return bool(re.fullmatch(r"\s*(?:n/?a|[—–-]+|\$?\d[\d.,]*\s?[KMBT]B?)\s*", text[s:e], re.I))


def arrow_tables(text: str) -> list[tuple]:
    """"- A: 54.1 → 63.7" lines whose columns a line names: "X → Y" right over them, or a key line
    ("Left: X. Right: Y.", "left to right: X, Y, Z") over or under them (one blank line between)."""
    if not re.search(_ARROW, text):
        return []
    out = []
    for k, ms in line_groups(text, _ARROW_ROW, lambda m: len(_ARROW_SPLIT.split(m.group("vals")))):
        if len(ms) < 2:
            continue
        a, b = ms[0].start(), ms[-1].end()
        head = _arrow_head(text, a, b, k)
        if head is None:
            continue
        ha, hb, names = head
        rows = [(ha, hb, [(ha, ha)] + names)]
        for m in ms:
            rows.append((m.start(), m.end(), [m.span("name")] + _split(text, *m.span("vals"), _ARROW_SPLIT)))
        out.append((min(a, ha), max(b, hb), rows))
    return out


def _arrow_head(text: str, a: int, b: int, k: int):
    """(start, end, name cells) of the line naming the k columns of the arrow rows text[a:b]."""
    over_end = a - 1
    over_start = text.rfind("\n", 0, max(0, over_end)) + 1
    if over_end > over_start and _ARROW_SPLIT.search(text, over_start, over_end):
        names = _split(text, over_start, over_end, _ARROW_SPLIT)
        if len(names) == k and all(_name_cell(text, s, e) for s, e in names):
            return over_start, over_end, [_name_cell(text, s, e) for s, e in names]
    if over_end > over_start:
        # "### Benchmarks (old → new, Quokka 1.5 Mini → Quokka 2 Mini)": a run of k names joined by
        # arrows inside the line over (a clause of it between brackets, commas or semicolons)
        for m in _KEY_CLAUSE.finditer(text, over_start, over_end):
            if _ARROW_SPLIT.search(text, *m.span()):
                names = _split(text, *m.span(), _ARROW_SPLIT)
                cells = [_name_cell(text, s, e) for s, e in names]
                if len(cells) == k and all(cells):
                    return over_start, over_end, cells
    spans = []
    after = b + 1
    after_end = text.find("\n", after)
    if after < len(text) and not text[after:after_end if after_end >= 0 else len(text)].strip():
        after = after_end + 1  # one blank line under the rows
    for s in (after, over_start):
        e = text.find("\n", s)
        spans.append((s, len(text) if e < 0 else e))
    if over_start > 0 and not text[over_start:over_end].strip():
        s = text.rfind("\n", 0, over_start - 1) + 1
        spans.append((s, over_start - 1))
    for s, e in spans:
        if not 0 <= s < e <= len(text) or e - s > _KEY_MAX:
            continue
        m = _KEY_SIDES.search(text, s, e)
        if m:
            names = [m.span(g) for g in ("l", "m", "r") if m.group(g)]
        else:
            m = _KEY_ORDER.search(text, s, e)
            if not m:
                continue
            names = _split(text, *m.span("names"), re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+"))
        cells = [_name_cell(text, x, y) for x, y in names]
        if len(cells) == k and all(cells):
            return s, e, cells
    return None


_PARENT = re.compile(r"(?P<ind>[ \t]*)[-*•][ \t]+(?P<name>[^\n:]{1,60}?)[ \t]*:?[ \t]*")
_CHILD = re.compile(r"(?P<ind>[ \t]*)[-*•][ \t]+(?P<name>[^\n:]{1,60}?)[ \t]*[:—–][ \t]*(?P<val>[^\n]{1,40}?)[ \t]*")


def nested_bullet_tables(text: str) -> list[tuple]:
    """"- A" bullets each over indented "- X: 71.3" bullets naming the same items in the same order:
    the parents are the rows, the items the columns."""
    if "\n" not in text or not re.search(r"\n[ \t]+[-*•]", text):
        return []
    groups: list[list] = []  # [parent (start, end, name span), [(start, end, name span, value span)]]
    for a, b in _line_list(text):
        child = _CHILD.fullmatch(text, a, b)
        if child and groups and len(child.group("ind")) > groups[-1][3] and (
                not groups[-1][1] or groups[-1][1][-1][1] == a - 1) and (
                _NUMERIC_CELL.match(child.group("val")) or _not_score(text, *child.span("val"))):
            groups[-1][1].append((a, b, child.span("name"), child.span("val")))
            continue
        parent = _PARENT.fullmatch(text, a, b)
        if parent and _name_cell(text, *parent.span("name")):
            groups.append([(a, b, parent.span("name")), [], a, len(parent.group("ind"))])
        else:
            groups.append([None, [], a, 0])  # any other line ends a run
    out = []
    run: list = []
    for g in groups + [[None, [], len(text), 0]]:
        names = [text[s:e].lower() for _, _, (s, e), _ in g[1]]
        if g[0] and len(names) >= 2 and (not run or (names == run[0][2] and g[0][0] == run[-1][1] + 1)):
            run.append((g[0][0], g[1][-1][1], names, g))
            continue
        if len(run) >= 2:
            first = run[0][3][1]
            head = (first[0][0], first[-1][1], [(run[0][0], run[0][0])] + [n for _, _, n, _ in first])
            rows = [head] + [(ra, rb, [grp[0][2]] + [v for _, _, _, v in grp[1]]) for ra, rb, _, grp in run]
            out.append((run[0][0], run[-1][1], rows))
        run = [(g[0][0], g[1][-1][1], names, g)] if g[0] and len(names) >= 2 else []
    return out


def grids(text: str) -> list[tuple]:
    """(start, end, rows) of the tables written as per-row slashes (`nlp.claim_tables.slash_tables`),
    " / " cells, field lines, keyed arrows and rows whose column order a key gives once
    (`nlp.keyed_rows`), charts written as code (`nlp.chart_specs`); a block one reader took is not
    read by another."""
    out: list[tuple] = []
    for found in (slash_tables(text), slash_cell_tables(text), field_line_tables(text), arrow_tables(text),
                  nested_bullet_tables(text), keyed_tables(text), chart_tables(text)):
        for t in found:
            if not any(t[0] < b and a < t[1] for a, b, _ in out):
                out.append(t)
    return sorted(out, key=lambda t: t[0])


# ------------------------------------------------------------------------------------------- rivals
# "Corvane ships Marlow-4 and Marlow-4 Swift" over a table that also has GPT-5.1's column: the headline's
# models are the table's own, the others are cited for comparison (claims convention 3); a headline
# cut at "since", "vs", "than" … ("Ibis-3 Turbo: what changed since Ibis-3": Ibis-3 is the comparison).
_RIVAL_CUT = re.compile(r"\b(?:since|than|vs\.?|versus|over|against|from|beats?|compared|after|replaces?)\b", re.I)


def headline(text: str, title: str | None = None) -> str:
    """The passage's headline up to a word that brings in a rival: the document's title, else its
    first line when it is a heading ("# …") or a short line over a blank one."""
    if not title:
        first = text.lstrip("\n")[:200]
        end = first.find("\n")
        line = first if end < 0 else first[:end]
        title = line if line.startswith("#") or (len(line) <= 120 and first[end:end + 2] == "\n\n") else ""
    cut = _RIVAL_CUT.search(title)
    return title[:cut.start()] if cut else title


def mark_rivals(text: str, claims: list[dict], tables, title: str | None = None) -> None:
    """Set `is_comparison` on the claims of each table (start, end) whose models include one the
    headline names: the other models' numbers are the rivals'."""
    head = headline(text, title)
    if not head:
        return
    for a, b in tables:
        cs = [c for c in claims if a <= c["start"] < b and c["unit"] != "rank"]
        models = {c["model"] for c in cs}
        spans = {m: [x.span() for x in re.finditer(rf"(?<![\w-]){re.escape(m)}(?![\w-]|\.\d)", head, re.I)]
                 if _may_be_in(m, head) else [] for m in models}
        # "Quenda-4" inside "Quenda-4 Swift" is not named on its own
        main = {m for m, found in spans.items() if any(
            not any(n != m and sa <= a and b <= sb for n in models for sa, sb in spans[n]) for a, b in found)}
        main |= {m for m in models if any(variant(m, x) for x in main)}  # "Selkie-3 Lite" beside "Selkie-3"
        if not main:  # the headline names the family ("Corvid 3 narrows the gap"), the columns its tiers
            main = family_columns(head, models)
        if main and models - main:
            for c in cs:
                if c["model"] not in main:
                    c["is_comparison"] = True


def _may_be_in(name: str, head: str) -> bool:
    """False only where a case-blind search cannot find ``name`` in ``head``: a cheap test before compiling a pattern
    for one name (with both in ASCII, ``str.lower`` folds case as ``re.I`` does)."""
    return not (name.isascii() and head.isascii()) or name.lower() in head.lower()


def family_columns(head: str, models: set) -> set:
    """The models of a table whose family (the name without its tier and size words: "Tolvik-3" of "Tolvik-3 Pro")
    the headline names, when it names exactly one such family: the subject's tiers (the other families are rivals)."""
    fams: dict[str, set] = {}
    for m in models:
        stem = _stem(m)
        if stem and stem != m.lower() and _may_be_in(stem, head) and re.search(rf"(?<![\w-]){re.escape(stem)}(?![\w-]|\.\d|\s+\d)", head, re.I):
            fams.setdefault(stem, set()).add(m)
    return next(iter(fams.values())) if len(fams) == 1 else set()
