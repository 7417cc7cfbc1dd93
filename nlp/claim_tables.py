"""Tables in any dress, and the names their layout gives.

Score tables come with many separators besides Markdown's bars: "¦", tabs, ";" and "," exports,
columns aligned by runs of spaces. A block of such lines that all split into the same number of
cells (two or more lines; three or more for "," and spaces, which prose and addresses also have)
is a table; `nlp.claims` reads it like a Markdown one.

A table's layout also names what no list knows: when one header cell is a recognised model, the
other name-shaped header cells are models too; when one row label is a recognised benchmark, the
other row labels are benchmarks (and the other way round). A column headed "Model" holds models.
Words of other columns ("Average", "Price", "Params", "Context") are never names.
"""
from __future__ import annotations

import re
from bisect import bisect_left

# separators, strongest first; "  " stands for a run of two or more spaces
SEPARATORS = ("¦", "\t", ";", ",", "  ")
_RANK_MARK = re.compile(r"#|No\.|(?-i:Pos\.)|[Δ±%]", re.I)  # a header cell without letters: a rank column's, a change column's
_WEAK = (",", "  ")  # shared with prose: need three lines and short cells
_SPLIT = {"¦": re.compile("¦"), "\t": re.compile("\t"), ";": re.compile(";"), ",": re.compile(r",(?!\d{3}\b)|(?<=\.\d),|(?<=\.\d\d),|(?<=\.\d\d\d),"),
          "  ": re.compile(r" {2,}")}  # (a comma before three digits is a thousands separator, unless a decimal part ends
# before it: "26.4,405")
_MAX_WEAK_CELL = 40
# a CSV export's row ("Wennick 1.5 Max,51.24,81,405"): commas with no space after them, a name first, no quotes; an
# export writes no thousands separators, so every comma separates ("81,405" is two cells)
_CSV_ROW = re.compile(r"[ \t]*[A-Za-z][^,\n\"]*(?:,[^ ,\n\"][^,\n\"]*){2,},?[ \t]*")
_EVERY_COMMA = re.compile(",")
_RULE = re.compile(r"^[\s|¦:;,=+\-]+$")
# a number alone in a cell, with what writers add: bold, footnote marks ("71.3*", "71.3†"), an aside
# in brackets ("71.3 (±1.2)", "71.3 (+4.2)")
_NUMERIC_CELL = re.compile(
    r"^\s*(?:\*\*|__)?[~≈]?\d[\d.,]*\s*(?:%|pts?|points)?(?:\s*(?:±|\+/-|\+-)\s*\d[\d.,]*\s*%?)?(?:\*\*|__)?"
    r"(?:\s*\([^)]*\))?\s*[*†‡§¹²³]*\s*$")  # "62.4 ± 1.1": a mean and its spread (round 13) is a value
# header and label words that are no model or benchmark
_NOT_A_NAME = re.compile(
    r"^(?:#|no\.?|rank(?:ing)?|pos(?:ition)?|place|model|models|system|name|entry|submission|team|org(?:ani[sz]ation)?|"
    r"developer|lab|vendor|provider|company|average|avg\.?|mean|overall|total|median|price|cost|\$|params?|parameters|"
    r"size|context|ctx|tokens?|latency|speed|throughput|date|released?|licen[cs]e|votes?|ci|95% ci|type|open|"
    r"weights|notes?|memory|vram|gpus?|time|year|month|score|scores|elo|rating|result|results|accuracy|pass@\d+|"
    r"delta|change|diff|difference|n|samples|tasks|humans?|human baseline|baseline|random|chance|experts?|oracle)"
    r"(?:[\s(:/].*)?$|^\W*$",
    re.I,
)
# … or a model column qualified by what the row's party did with it ("Bidder | Proposed model | …")
_MODEL_QUALIFIER = r"(?:(?:proposed|submitted|offered|underlying|base|evaluated|tested|chosen|selected)[ \t]+)?"
_MODEL_HEADER = re.compile(r"^\s*(?:" + _MODEL_QUALIFIER + r"(?:model|models|llm)|system|systems|entry|submission)\s*$", re.I)
# a plain word over its maximum in brackets ("Technical (60)", "Financial (max 40)"): a part of a points total
_MAX_POINTS = re.compile(r"\s*[A-Za-z][a-z]+\s*\((?:max\.?\s*|out of\s*|/\s*)?\d{1,3}\)\s*$")
_NAME_SHAPE = re.compile(r"^[A-Za-z0-9][\w.+\-/ ()']{0,59}$")
# marks after a name: footnote marks, a short aside in brackets ("(ours)", "(base)", "(high)", "(%)")
_MARKS = re.compile(r"\s*(?:\([^()]{1,24}\)|[*†‡]+)\s*$", re.I)
_MARKUP = ("**", "__", "`")  # bold or code around a cell's name


def label_in(ents, starts: list[int], a: int, b: int, *, overlap: bool = False) -> str | None:
    """The label of the first entity inside text[a:b] (or, with `overlap`, touching it); `ents`
    (start, end, label, …) sorted and not overlapping, `starts` their starts: by bisection, so a
    long text with many names stays linear."""
    i = bisect_left(starts, a)
    if overlap and i > 0 and ents[i - 1][1] > a:
        return ents[i - 1][2]
    if i < len(ents) and ents[i][0] < b and (overlap or ents[i][1] <= b):
        return ents[i][2]
    return None


def _line_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    out = []
    pos = a
    while pos <= b:
        nl = text.find("\n", pos, b)
        end = b if nl < 0 else nl
        out.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


# a long row label of an aligned table glued to its first value by one space, the label ending with its unit in
# brackets: "Humanity's Last Exam (%) 21.3" (the label's column is as wide as its longest label)
_GLUED_VALUE = re.compile(r"\) (?=[~≈]?\d[\d.,]*[ \t]?%?$)")


def cells(text: str, a: int, b: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of the cells of the row text[a:b], spaces trimmed; an empty cell at either end
    of the line (a leading or closing separator) is dropped. Aligned columns ("  "): a first cell
    "Label (%) 21.3" is the label's cell and the value's."""
    out = []
    pos = a
    split = _SPLIT[sep]
    if sep == "," and _CSV_ROW.fullmatch(text, a, b):
        split = _EVERY_COMMA  # an export's row: no thousands separators
    for m in split.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        trimmed.append((s, e))
    if trimmed and text[trimmed[0][0]:trimmed[0][1]] in ("", "|"):
        trimmed = trimmed[1:]  # a leading separator or Markdown bar
    if trimmed and text[trimmed[-1][0]:trimmed[-1][1]] in ("", "|"):
        trimmed = trimmed[:-1]
    for i, (s, e) in enumerate(trimmed):  # "| model ¦ …": the outer bars are no part of the cells
        if i == 0 and text.startswith("|", s) and e - s > 1:
            s += 1
            while s < e and text[s].isspace():
                s += 1
        if i == len(trimmed) - 1 and e - s > 1 and text[e - 1] == "|":
            e -= 1
            while e > s and text[e - 1].isspace():
                e -= 1
        trimmed[i] = (s, e)
    if sep == "  " and trimmed and ")" in text[trimmed[0][0]:trimmed[0][1]]:
        s, e = trimmed[0]
        m = _GLUED_VALUE.search(text, s, e)
        if m:
            trimmed[0:1] = [(s, m.start() + 1), (m.end(), e)]
    return trimmed


_LONG_CELL = {",": re.compile(r"[^,\n]{%d}" % (_MAX_WEAK_CELL + 3)), "  ": re.compile(r"(?:\S {0,1}){%d}" % (_MAX_WEAK_CELL + 3))}


def _count(text: str, a: int, b: int, sep: str, indented: bool = False) -> int:
    """Cells of the line text[a:b] split by `sep` (0 when it is no table line for `sep`; an
    indented line counts only when `indented`)."""
    if sep in _WEAK and _LONG_CELL[sep].search(text, a, b):
        return 0  # a run of prose longer than any cell: found in C before splitting the line
    line = text[a:b].strip()
    if sep not in line or "|" in line.strip("|"):
        return 0  # bars inside: a Markdown row (outer bars around "¦" cells are fine)
    cs = cells(text, a, b, sep)
    if len(cs) < 2:
        return 0
    if sep in _WEAK and any(e - s > _MAX_WEAK_CELL for s, e in cs):
        return 0
    if sep == "  " and not text[a:a + 1].strip() and not indented:
        return 0  # an indented line: a code block or a wrapped paragraph
    return len(cs)


def _indent(text: str, a: int, b: int) -> str:
    e = a
    while e < b and text[e] in " \t":
        e += 1
    return text[a:e]


def _leads_with(text: str, a: int, b: int, sep: str) -> bool:
    """The line text[a:b] opens with `sep`: its first cell is blank."""
    while a < b and text[a] == " ":
        a += 1
    return text.startswith(sep, a, b)


def _sub_header(text: str, a: int, b: int, sep: str, n: int) -> bool:
    """The line text[a:b] continues a header of `n` cells on a second line: a blank first cell and
    no number alone in a cell ("\t5-shot\t0-shot", ";(%);(%)")."""
    if sep == "  " or not _leads_with(text, a, b, sep) or _count(text, a, b, sep) != n - 1:
        return False
    return not any(_NUMERIC_CELL.match(text, s, e) for s, e in cells(text, a, b, sep))


def table_blocks(text: str) -> list[tuple[int, int, str]]:
    """(start, end, separator) of the tables of `text` written without Markdown bars: consecutive
    lines that split into the same number (2+) of cells by one separator, at least one of them
    after the first holding a number alone in a cell."""
    if not any(s in text for s in ("¦", "\t", ";", ",", "  ")) or "\n" not in text:
        return []
    lines = _line_spans(text, 0, len(text))
    out: list[tuple[int, int, str]] = []
    taken_until = -1
    scanned = dict.fromkeys(SEPARATORS, 0)  # per separator, the line where the last run scanned ended
    i = 0
    while i < len(lines):
        if lines[i][0] < taken_until:
            i += 1
            continue
        best = None
        for sep in SEPARATORS:
            if i < scanned[sep]:
                continue  # inside a run already scanned and found no table: linear in the lines
            n = _count(text, *lines[i], sep)
            j = i + 1
            indent = None  # the indentation of a table set in an indented (code) block
            if not n and sep == "  " and j < len(lines):
                pre = _indent(text, *lines[i])
                n = _count(text, *lines[i], sep, indented=True)
                if n >= 2 and _indent(text, *lines[j]) == pre and _count(text, *lines[j], sep, indented=True) == n \
                        and all(re.search(r"[A-Za-z]{2}", text[c0:c1]) or _RANK_MARK.fullmatch(text[c0:c1].strip())
                                for c0, c1 in cells(text, *lines[i], sep)):
                    # every line of the block indented alike, a header of words (no "x  =  1" code), a "Δ" change
                    # column; a rank column may be headed by "#" or "No." alone
                    indent = pre
                else:
                    # an aligned header over the value columns only, its corner left blank: indented,
                    # one cell fewer than the rows under it
                    n += 1
                    if n == 1 or _count(text, *lines[j], sep) != n:
                        continue
            if not n:
                continue
            if sep != "  " and _leads_with(text, *lines[i], sep) and j < len(lines) and _count(text, *lines[j], sep) == n + 1:
                n += 1  # a blank corner cell: "\tMMLU\tGPQA" over "Vireo 3\t71.3\t60.2"
            while j < len(lines) and (_RULE.match(text, lines[j][0], lines[j][1]) and lines[j][1] > lines[j][0]
                                      or _sub_header(text, *lines[j], sep, n)):
                j += 1  # a rule under the header, or the header's second line ("\t5-shot\t0-shot")
            k = j
            while k < len(lines) and (_count(text, *lines[k], sep) == n if indent is None else
                                      _indent(text, *lines[k]) == indent and _count(text, *lines[k], sep, True) == n):
                k += 1
            scanned[sep] = k
            rows = [ln for ln in lines[i:k] if not _RULE.match(text, ln[0], ln[1])]
            need = 3 if sep in _WEAK else 2
            if len(rows) >= need and any(
                    _NUMERIC_CELL.match(text[s:e]) for ln in rows[1:] for s, e in cells(text, *ln, sep)):
                best = (lines[i][0], lines[k - 1][1], sep)
                break
        if best:
            out.append(best)
            taken_until = best[1]
        i += 1
    return out


def _name_cell(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name in the cell text[s:e] (marks such as "*" or "(ours)" cut off), or None when the
    cell does not look like a model's or benchmark's name."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    for mark in _MARKUP:  # "**Vireo 3**": the name inside the markup
        if text.startswith(mark, s, e) and e - s > 2 * len(mark) and text.endswith(mark, s, e):
            s, e = s + len(mark), e - len(mark)
    cell = _MARKS.sub("", text[s:e].rstrip())
    if not cell or _NUMERIC_CELL.match(cell) or _NOT_A_NAME.match(cell) or not _NAME_SHAPE.match(cell):
        return None
    if not any(ch.isupper() or ch.isdigit() for ch in cell):
        return None  # "greedy", "n/a": a plain word
    if len(cell.split()) > 5 or "$" in cell:
        return None
    return s, s + len(cell)


def layout_names(text: str, rows: list[tuple[int, int, list[tuple[int, int]]]], ents) -> list[tuple]:
    """Entities (start, end, label, canonical) the layout of a table gives to cells no list
    recognised. `rows`: (line start, line end, cells) with the header first; `ents`: the
    recognised (start, end, label, canonical) inside the table."""
    starts = [x[0] for x in ents]

    def label_of(s: int, e: int):
        return label_in(ents, starts, s, e)

    header = rows[0][2]
    out = []
    head_labels = [label_of(*c) for c in header[1:]]
    for lab in ("MODEL", "BENCHMARK"):
        if lab in head_labels and not ({"MODEL", "BENCHMARK"} - {lab}) & set(head_labels):
            for (s, e), got in zip(header[1:], head_labels):
                name = _name_cell(text, s, e) if got is None and not _MODEL_HEADER.match(text[s:e]) else None
                if name and lab == "BENCHMARK" and _MAX_POINTS.match(text, s, e):
                    continue  # "Technical (60)": a part of a points total, out of its maximum
                if name:
                    out.append((*name, lab, text[name[0]:name[1]]))
    col_labels = [label_of(*cs[0]) for _, _, cs in rows[1:] if cs]
    for lab in ("MODEL", "BENCHMARK"):
        across = {"MODEL": "BENCHMARK", "BENCHMARK": "MODEL"}[lab]
        # the first column's kind: its recognised cells, or a header saying "Model"
        if (lab in col_labels and across not in col_labels) or (
                lab == "MODEL" and header and _MODEL_HEADER.match(text[header[0][0]:header[0][1]])):
            for _, _, cs in rows[1:]:
                if cs and label_of(*cs[0]) is None:
                    name = _name_cell(text, *cs[0])
                    if name:
                        out.append((*name, lab, text[name[0]:name[1]]))
    # a "Model" column elsewhere ("| Rank | Model | Score |")
    for j, (s, e) in enumerate(header[1:], start=1):
        if _MODEL_HEADER.match(text[s:e]):
            for _, _, cs in rows[1:]:
                if j < len(cs) and label_of(*cs[j]) is None:
                    name = _name_cell(text, *cs[j])
                    if name:
                        out.append((*name, "MODEL", text[name[0]:name[1]]))
    return out


# --------------------------------------------------------------------------- bullet lists as columns
# "- SWE-bench Verified: Claude Opus 4.5, 80.9" on three or more bullets: the slots of the items are
# columns; when the recognised names of a slot are all benchmarks (two or more), the other names in
# that slot are benchmarks too (and likewise for models).
_BULLET_LINE = re.compile(r"^[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+(\S.*)$", re.M)
_SLOT_SEP = re.compile(r"\s*(?:[:—–|;]|,(?!\d))\s+")
_SHAPE = {"MODEL": re.compile(r"\d|-|[a-z][A-Z]"), "BENCHMARK": re.compile(r"\d|-|[a-z][A-Z]|^[A-Z]{2,}\b")}


# a versioned name: a capitalised word of three letters or more, then a version ("Tamarind 3", "Tamarind-2.5 Pro",
# "Tamarind-3-8B"); words that number parts of other things are no model family
_VERSIONED = re.compile(r"[A-Z][A-Za-z]{2,}(?:[ -][A-Z][A-Za-z]+)?[ -]v?\d+(?:\.\d+)?(?:[ -][\w.]+){0,2}")
_COUNTING_WORDS = frozenset("""Phase Week Weeks Grade Grades Chapter Section Step Round Stage Level Day Days Year Years Part
Tier Group Class Module Lesson Unit Term Quarter Q Season Episode Game Match Test Question Task Problem Item Exercise Sample
Run Trial Batch Epoch Iteration Version Release Build Page Figure Table Appendix Region District Ward Zone Route Line Lane
Floor Room Gate Platform Track Team Squad Cohort Wave Cycle Sprint Milestone Option Plan Scenario Case Site Lot Block""".split())


def _under_board_heading(text: str, a: int, ents, starts) -> bool:
    """Whether the line right over text[a:] (a: a line start) is a heading naming a benchmark: a recognised
    benchmark alone on it, a board heading ("X leaderboard") or a benchmark-shaped name alone ("### X-QA")."""
    line = _line_over(text, a)
    if line is None or line[1] - line[0] > 80:
        return False
    labels = ents[bisect_left(starts, line[0]):bisect_left(starts, line[1])]
    if any(x[2] != "BENCHMARK" for x in labels):
        return False
    if labels and _BARE_HEADING.match(text, *line):
        return True
    return bare_heading_bench(text, a) is not None or heading_bench(text, a) is not None


def _board_rows_models(text: str, a: int, spans, labels, ents, starts) -> bool:
    """Whether the names of a run of score lines starting at text[a:] are models because the run sits
    under a heading naming its benchmark: none is recognised as anything else and every name is versioned."""
    if len(spans) < 2 or any(lab and lab != "MODEL" for lab in labels) or all(labels) or \
            not _under_board_heading(text, a, ents, starts):
        return False
    for (s, e), lab in zip(spans, labels):
        if lab:
            continue
        name = _name_cell(text, s, e)
        if name is None or not _VERSIONED.fullmatch(text[name[0]:name[1]]) or \
                text[name[0]:name[1]].split()[0].split("-")[0] in _COUNTING_WORDS:
            return False
    return True


def bullet_names(text: str, ents) -> list[tuple]:
    """Entities (start, end, label, name) the slots of a bullet list give to names no list knows;
    `ents`: the recognised (start, end, label, canonical)."""
    if "\n" not in text:
        return []
    runs: list[list] = []
    for m in _BULLET_LINE.finditer(text):
        a, b = m.span(1)
        cs, pos = [], a
        for sep in _SLOT_SEP.finditer(text, a, b):
            cs.append((pos, sep.start()))
            pos = sep.end()
        cs.append((pos, b))
        if runs and runs[-1][-1][2] == len(cs) and not text[runs[-1][-1][1]:m.start()].strip():
            runs[-1].append((a, b, len(cs), cs))
        else:
            runs.append([(a, b, len(cs), cs)])
    out = []
    starts = [x[0] for x in ents]
    for run in runs:
        if run[0][2] == 2 and len(run) >= 2:  # "- X: 71.3" lines under "### Tamarind-QA" (round 12)
            column = [item[3][0] for item in run]
            line_a = text.rfind("\n", 0, run[0][0]) + 1
            if _board_rows_models(text, line_a, column, [label_in(ents, starts, s, e, overlap=True) for s, e in column],
                                  ents, starts):
                out.extend((*n, "MODEL", text[n[0]:n[1]]) for n in (_name_cell(text, s, e) for s, e in column
                                                                     if not label_in(ents, starts, s, e, overlap=True)))
                continue
        if len(run) < 3 or run[0][2] < 2:
            continue
        for j in range(run[0][2]):
            column = [item[3][j] for item in run]
            labels = [label_in(ents, starts, s, e) for s, e in column]
            known = [lab for lab in labels if lab]
            if len(known) < 2 or len(set(known)) != 1 or known[0] not in _SHAPE:
                continue  # (a column of labs names no model or benchmark)
            lab = known[0]
            for (s, e), got in zip(column, labels):
                name = _name_cell(text, s, e) if got is None else None
                if name and _SHAPE[lab].search(text[name[0]:name[1]]):
                    out.append((*name, lab, text[name[0]:name[1]]))
    return out


# --------------------------------------------------------------------------- "name ..... score" lines
# A leaderboard written one model a line: "Vireo 3 ........ 69.3", "Vireo 3 — 69.3", "Model: Vireo 3 —
# Score: 69.3". On three or more such lines in a row, when two or more of the names are recognised
# models and none a benchmark, the other names are models too.
_SCORE_LINE = re.compile(
    r"^[ \t]*(?:(?:#|no\.[ \t]?)\d{1,3}[.):]?[ \t]+|\d{1,3}[.)][ \t]+)?"  # a place: "#1  Vireo 3 ..... 1,684"
    r"(?:(?:model|llm|system)[ \t]*:[ \t]*)?(?P<name>[^\n:…—–|]{2,60}?)[ \t]*"
    r"(?:\.{3,}|…+|[:—–|])[ \t]*(?:(?:score|result|accuracy)[ \t]*:[ \t]*)?[~≈]?\d[^\n]{0,40}$", re.M | re.I)


def line_names(text: str, ents) -> list[tuple]:
    """Entities (start, end, "MODEL", name) the rows of a one-model-a-line leaderboard give to names
    no list knows; `ents`: the recognised (start, end, label, canonical)."""
    if "\n" not in text:
        return []
    runs: list[list[tuple[int, int]]] = []
    last = -2
    for m in _SCORE_LINE.finditer(text):
        if runs and last == m.start() - 1:  # the next line
            runs[-1].append(m.span("name"))
        else:
            runs.append([m.span("name")])
        last = m.end()
    out = []
    starts = [x[0] for x in ents]
    for run in runs:
        labels = [label_in(ents, starts, s, e, overlap=True) for s, e in run]
        if _board_rows_models(text, text.rfind("\n", 0, run[0][0]) + 1, run, labels, ents, starts):
            out.extend((*n, "MODEL", text[n[0]:n[1]]) for n, lab in zip((_name_cell(text, s, e) for s, e in run), labels)
                       if not lab)
            continue  # "Tamarind 3 ...... 71.3" lines under "Tamarind-QA (%)" (round 12)
        if len(run) < 3:
            continue
        if labels.count("MODEL") < 2 or "BENCHMARK" in labels or "ORG" in labels:
            continue
        for (s, e), got in zip(run, labels):
            name = _name_cell(text, s, e) if got is None else None
            if name and _SHAPE["MODEL"].search(text[name[0]:name[1]]):
                out.append((*name, "MODEL", text[name[0]:name[1]]))
    return out


# --------------------------------------------------------------------------- a board's heading
# "Crossword Hard — December snapshot", "## Kestrel-9 leaderboard": the heading right over a
# leaderboard names its benchmark, when no list knows it.
_BOARD_WORDS = r"(?:leaderboard|scoreboard|snapshot|standings|rankings|results|scores|board)"
_BOARD_WORD = re.compile(rf"\b{_BOARD_WORDS}\b", re.I)
_HEADING_NAME = re.compile(
    r"^[#*_\s]*(?:(?:results|scores|standings)\s+(?:on|for)\s+)?(?:the\s+)?"
    r"(?P<name>[A-Z0-9][\w.+\-']*(?:\s+[A-Z0-9][\w.+\-']*){0,3})"
    rf"\s*(?:[—–:|(,]|\s-\s|\s+{_BOARD_WORDS}\b)", re.I)


def heading_bench(text: str, a: int) -> tuple[int, int] | None:
    """(start, end) of the benchmark name the heading line right over text[a:] gives (blank
    lines between allowed), or None: the line must say it heads a board ("leaderboard",
    "snapshot", "results") and name the thing before that word or a dash."""
    end = text.rfind("\n", 0, a)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)  # blank lines over the board
    if end <= 0:
        return None
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if len(line) > 100 or not _BOARD_WORD.search(line):
        return None
    m = _HEADING_NAME.match(line)
    if m is None or _BOARD_WORD.fullmatch(m.group("name")):
        return None
    name = _name_cell(text, start + m.start("name"), start + m.end("name"))
    if name is None or not all(w[:1].isupper() or w[:1].isdigit() for w in text[name[0]:name[1]].split()):
        return None
    return name


# "### Tamarind-QA", "**Tamarind-QA (%)**", "Tamarind-QA:" alone on the line right over a board: a heading that is
# only a name, of a benchmark's shape (a digit, a hyphen, inner capitals or an acronym), names the board under it
# even with no board word — and wins over a benchmark an earlier section named (round 12, branch nlp-layoutgen12)
_BARE_HEADING = re.compile(
    r"[ \t]*(?:#{1,6}[ \t]+|\*\*|__)?(?P<name>[A-Z0-9][\w.+\-']*(?:[ ][A-Z0-9][\w.+\-']*){0,3})"
    r"[ \t]*(?:\((?:%|percent|accuracy(?:,[ \t]*%)?|[^()\n]{0,12}%[^()\n]{0,12}|elo|points?|pass@\d+)\))?[ \t]*(?:\*\*|__)?[ \t]*:?[ \t]*$")


_BOARD_NOUN_END = re.compile(r"[A-Z][\w'-]+[ ](?:Arena|Index|Board|Leaderboard|Ladder)$")  # "Quire Arena" (nlp.board_names)


def _line_over(text: str, a: int) -> tuple[int, int] | None:
    """(start, end) of the last non-blank line before text[a:] (a: a line start), or None."""
    end = text.rfind("\n", 0, a)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)
    if end <= 0:
        return None
    return text.rfind("\n", 0, end) + 1, end


def bare_heading_bench(text: str, a: int) -> tuple[int, int] | None:
    """(start, end) of the name a heading line of a name alone gives the board right under it, or None."""
    line = _line_over(text, a)
    if line is None or line[1] - line[0] > 80:
        return None
    m = _BARE_HEADING.match(text, *line)
    if m is None or _BOARD_WORD.fullmatch(m.group("name")) or not (
            _SHAPE["BENCHMARK"].search(m.group("name")) or _BOARD_NOUN_END.search(m.group("name"))):
        return None
    # a plain heading must look like one: a Markdown "#", bold, a colon or a bracketed unit after the name
    if m.end("name") == m.end() and not text[line[0]:m.start("name")].strip() and not _BOARD_NOUN_END.search(m.group("name")):
        return None
    name = _name_cell(text, *m.span("name"))
    if name is None or not all(w[:1].isupper() or w[:1].isdigit() for w in text[name[0]:name[1]].split()):
        return None
    return name


# --------------------------------------------------------------------------- per-row slashes
# "MMLU-Pro / GPQA Diamond / ZetaBench (%):" over "Vireo 3 — 81.4 / 69.3 / 58.8" lines: the header's
# i-th name is the benchmark of each row's i-th score.
_VAL = r"[~≈]?\d[\d.,]*%?|n/a|[-—–]"
_SLASH_ROW = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<name>[^\n:—–|/]{{2,60}}?)[ \t]*[:—–|][ \t]*(?P<vals>(?:{_VAL})(?:[ \t]*/[ \t]*(?:{_VAL}))+)[ \t]*$",
    re.M | re.I)
_HEAD_TRIM = " \t:()*"


def line_groups(text: str, line: re.Pattern, width) -> list[list]:
    """[k, matches] of the runs of consecutive lines matching `line` whose `width(match)` is the same k."""
    groups: list[list] = []
    last = -2
    for m in line.finditer(text):
        k = width(m)
        if groups and last == m.start() - 1 and groups[-1][0] == k:
            groups[-1][1].append(m)
        else:
            groups.append([k, [m]])
        last = m.end()
    return groups


def slash_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of the tables written as per-row slashes, `rows` as `cell_line_tables`
    gives them (the header's cells: a blank corner, then the benchmarks)."""
    if " / " not in text and "/" not in text:
        return []
    out = []
    for k, ms in line_groups(text, _SLASH_ROW, lambda m: m.group("vals").count("/") + 1):
        if len(ms) < 2:
            continue
        hb = ms[0].start() - 1  # the header: the line right above the first row
        ha = text.rfind("\n", 0, max(0, hb)) + 1
        if hb <= ha or text.count("/", ha, hb) != k - 1:
            continue
        head = []
        pos = ha
        for part in text[ha:hb].split("/"):
            a, b = pos, pos + len(part)
            pos = b + 1
            cut = max(text.rfind("(", a, b), text.rfind(":", a, b))
            if not head and cut >= 0 and text[cut + 1:b].strip(_HEAD_TRIM):
                a = cut + 1  # "Scores (MMLU-Pro": the name after the opening words
            b = a + len(re.sub(r"\s*\((?:%|pts|points)\)", "", text[a:b]))  # "ZetaBench (%):"
            while a < b and text[a] in _HEAD_TRIM:
                a += 1
            while b > a and text[b - 1] in _HEAD_TRIM:
                b -= 1
            if _name_cell(text, a, b) is None:
                break
            head.append((a, b))
        if len(head) != k:
            continue
        rows = [(ha, hb, [(ha, ha)] + head)]
        for m in ms:
            vals, pos = [], m.start("vals")
            for part in m.group("vals").split("/"):
                a, b = pos, pos + len(part)
                pos = b + 1
                vals.append((a + len(part) - len(part.lstrip()), b - (len(part) - len(part.rstrip()))))
            rows.append((m.start(), m.end(), [m.span("name")] + vals))
        out.append((ha, ms[-1].end(), rows))
    return out


# --------------------------------------------------------------------------- one cell per line
# Extractors often flatten a table to one cell per line. Row by row: the header cells ("Benchmark",
# then one line per model), then each row's label and its values. Column by column: the first
# column ("Model", then one line per model), then each column's header and its values. Both read
# the same way: after a run of m names, every group is one label line followed by m value lines,
# and value i of a group belongs to name i and to the group's label.
_CELL_LINE_MAX = 60
_EMPTY_CELL = re.compile(r"^\s*(?:[—–-]+|n/?a|\$?\d[\d.,]*\s?[KMBT]B?|\$\d[\d.,]*)\s*$", re.I)  # also a size or price
# a corner cell: what the first column holds ("Model", "Benchmark", "Task")
_CORNER = re.compile(r"^(?:benchmarks?|tasks?|evals?|evaluations?|metrics?|datasets?|categor(?:y|ies)|tests?|suites?)\s*:?$", re.I)


def _value_line(text: str, s: int, e: int) -> bool:
    cell = text[s:e]
    return bool(_NUMERIC_CELL.match(cell) or _EMPTY_CELL.match(cell))


def cell_line_tables(text: str) -> list[tuple[int, int, list[tuple[int, int, list[tuple[int, int]]]]]]:
    """(start, end, rows) of the tables of `text` flattened to one cell per line; `rows` as
    `nlp.claims` reads a table's rows, (start, end, cells), the header first (its corner cell
    empty when the text has none), each later row a group's label and its values. A table may be
    cut by blank lines (column blocks exported one by one): up to _JOIN blank-separated runs of
    short lines are read together, the most that read as one table."""
    if "\n" not in text:
        return []
    out = []
    runs: list[list[tuple[int, int]]] = [[]]  # runs of short lines; a long line ends a table
    for s, e in _line_spans(text, 0, len(text)) + [(len(text), len(text) + 1)]:
        while s < e and s < len(text) and text[s] in " \t":
            s += 1
        while e > s and e <= len(text) and text[e - 1] in " \t\r":
            e -= 1
        if s < e <= len(text) and e - s <= _CELL_LINE_MAX:
            runs[-1].append((s, e))
        elif s == e and runs[-1]:
            runs.append([])  # a blank line
        elif s != e:
            out.extend(_tables_in_runs(text, [r for r in runs if r]))
            runs = [[]]
    return out


_JOIN = 8


def _tables_in_runs(text: str, runs: list[list[tuple[int, int]]]) -> list[tuple]:
    out = []
    i = 0
    while i < len(runs):
        best = None  # the most runs from i that read as one table
        for k in range(1, min(_JOIN, len(runs) - i) + 1):
            block = [ln for r in runs[i:i + k] for ln in r]
            rows = (_cell_line_rows(text, block) or _fixed_width_rows(text, block)) if len(block) >= 6 else None
            if rows:
                best = (k, rows)
        if best:
            out.append((best[1][0][0], best[1][-1][1], best[1]))
            i += best[0]
        else:
            i += 1
    return out


def _cell_line_rows(text: str, block: list[tuple[int, int]]):
    """The rows of a block of short lines read as a table of one cell per line, or None."""
    kinds = [_value_line(text, s, e) for s, e in block]
    first = kinds.index(True) if True in kinds else -1
    if first < 3:
        return None  # at least two names and a group label before the first value
    groups = []
    i = first - 1
    m = None
    while i < len(block):
        j = i + 1
        while j < len(block) and kinds[j]:
            j += 1
        if kinds[i] or j - i - 1 < 2 or (m is not None and j - i - 1 != m):
            if len(groups) >= 2:
                break  # a note under the table ("* averaged over 5 runs")
            return None  # every group: one label line, then the same number (2+) of values
        m = j - i - 1
        groups.append(block[i:j])
        i = j
    lead = block[:first - 1]
    # the header: m names, after a corner cell or none; lines before it are a caption
    corner = text[lead[-m - 1][0]:lead[-m - 1][1]] if len(lead) > m else ""
    if len(lead) > m and (_NOT_A_NAME.match(corner) or _CORNER.match(corner)):
        header = lead[-m - 1:]
    elif len(lead) == m or (len(lead) > m and _name_cell(text, *lead[-m - 1]) is None):
        header = [(lead[-m][0], lead[-m][0])] + lead[-m:]  # no corner cell
    else:
        return None
    names = [_name_cell(text, s, e) is not None for s, e in header[1:]]
    if sum(names) < 2 or not all(ok or _NOT_A_NAME.match(text[s:e]) for ok, (s, e) in zip(names, header[1:])):
        # the header: names, and words of other columns ("Params", "Average")
        return None
    rows = [(header[0][0], header[-1][1], header)]
    rows += [(g[0][0], g[-1][1], g) for g in groups]
    return rows


def _fixed_width_rows(text: str, block: list[tuple[int, int]]):
    """The rows of a block of short lines that is a table of one cell per line whose first column
    holds values (a Rank column): row by row, the header's h names then rows of h cells; or column
    by column, a header and r values, then the other columns of r + 1 lines, turned into rows.
    Every row (or column) has the same kinds of cells; lines left over at the end are a note, up
    to two lines before the table a caption. None when the block is not such a table."""
    for skip in range(3):
        rows = _fixed_width(text, block[skip:]) if len(block) - skip >= 6 else None
        if rows:
            return rows
    return None


def _fixed_width(text: str, block: list[tuple[int, int]]):
    kinds = [_value_line(text, s, e) for s, e in block]
    if True not in kinds:
        return None
    h = kinds.index(True)
    if h >= 2:  # by rows: the header is every line before the first value
        n = len(block) // h
        body = [kinds[i * h:(i + 1) * h] for i in range(1, n)]
        tail = kinds[n * h:]
        if n >= 3 and not any(tail) and all(b == body[0] for b in body) and True in body[0] and False in body[0]:
            rows = [block[i * h:(i + 1) * h] for i in range(n)]
            return [(r[0][0], r[-1][1], r) for r in rows]
    if h == 1:  # by columns: a header and its values, then the next column's header
        r = kinds.index(False, 1) - 1 if False in kinds[1:] else -1
        if r < 2:
            return None
        n = len(block) // (r + 1)
        cols = [block[i * (r + 1):(i + 1) * (r + 1)] for i in range(n)]
        ck = [kinds[i * (r + 1):(i + 1) * (r + 1)] for i in range(n)]
        tail = kinds[n * (r + 1):]
        if n < 3 or any(tail) or any(k[0] for k in ck) or any(len(set(k[1:])) != 1 for k in ck) \
                or all(k[1] for k in ck) or any(_name_cell(text, *c[0]) is None and not _NOT_A_NAME.match(text[c[0][0]:c[0][1]])
                                                 for c in cols):
            return None
        rows = [[c[i] for c in cols] for i in range(r + 1)]
        return [(row[0][0], row[-1][1], row) for row in rows]
    return None
