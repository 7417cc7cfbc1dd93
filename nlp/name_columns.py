"""A column of names: a record's other cells in the column where the recogniser found a model (or a benchmark).

Long-form records ("model <tab> benchmark <tab> score <tab> source", a Perl ``__DATA__`` block, a semicolon export)
and dotted-leader record books ("Bench ...... Model ...... 68.8 %") put one kind of name in one column. The recogniser
finds some of them (a known model, a name it saw in prose) and misses others; the column says what the rest are:

* a run of three or more lines that one separator (a tab, ";", ",", a dotted leader, or two spaces and more) splits into
  the same number (≥ 2) of fields (an indent is none), one of which is a number on most lines;
* a column with a recognised MODEL filling a cell and no cell of another label is a model column: its other cells of a
  model's shape (a family with a version, a size or a tier word: "Farrowgate 3", "Ivelle Max", "galvani-mini") are
  models, a recognised part of one ("Farrowgate" of "Farrowgate 3") grown to the cell;
* a column with a recognised BENCHMARK filling a cell and no model is a benchmark column: its other cells of a
  benchmark's shape ("Sandglass-Long", "CairnstoneMath", "Loom QA") are benchmarks; quantities (context, price,
  downloads) are not, and plain phrases ("Longest context window") have no benchmark's shape; on a line whose
  benchmark the column gave, another benchmark's name is a note's ("68.8 %  (Sandglass organisers)"), no claim's.

A field ending in a quoted value (a SQL row, a tuple) is that value. Shape only, no name list; a cell another entity
touches is left to it. Linear in the lines.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .claim_position import _BENCH_SHAPE, _QUANTITY, _TIERED_NAME, _VERSIONED_NAME, _counting, _covering

# the separators a record's fields are joined with, tried in this order on a run of lines
_SEPARATORS = (re.compile(r"\t+"), re.compile(r"[ \t]*;[ \t]*"), re.compile(r"[ \t]*,[ \t]+"),
               re.compile(r"[ \t]*(?:\.{3,}|…+)[ \t]*"), re.compile(r" {2,}|\t"))
_NUMBER = re.compile(r"[$£€]?-?\d[\d,]*(?:\.\d+)?\s*(?:%|pts?|points|percent|Elo)?(?:\s.*)?")
# a lower-case id with a version or a tier part: "galvani-mini", "maravel-1-large"
_SLUG_TIERS = "pro|max|mini|lite|ultra|nano|flash|turbo|plus|large|small|medium|reason|coder|instruct|chat"
_MODEL_SLUG = rf"[a-z][a-z0-9]{{2,}}(?:[-_.](?:\d+[a-z]?|{_SLUG_TIERS}))+"
_MODEL_CELL = re.compile(rf"(?:{_VERSIONED_NAME}|{_TIERED_NAME}|{_MODEL_SLUG})")
_QUOTED = re.compile(r"""['"]([^'"\n]+)['"]\W*$""")
_MIN_ROWS = 3


def _fields(line: str, sep: re.Pattern) -> list[tuple[int, int]]:
    """the stripped (start, end) of each field of ``line``"""
    out = []
    pos = len(line) - len(line.lstrip())  # (an indented record: its indent is no field)
    for m in sep.finditer(line, pos):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    spans = []
    for a, b in out:
        cell = line[a:b]
        q = _QUOTED.search(cell)
        if q is not None:  # "VALUES ('galvani-mini'": the quoted value is the cell
            spans.append((a + q.start(1), a + q.end(1)))
            continue
        lead = len(cell) - len(cell.lstrip())
        spans.append((a + lead, a + len(cell.rstrip())))
    return spans


def _runs(text: str):
    """(line start, [field spans relative to the line]) runs of ≥ 3 lines of one width under one separator"""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    for sep in _SEPARATORS:
        run: list = []
        width = 0
        for a, line in lines + [(pos, "")]:
            f = _fields(line, sep) if line.strip() else []
            if len(f) >= 2 and all(s < e for s, e in f) and (len(f) == width or not run):
                run.append((a, f))
                width = len(f)
                continue
            if len(run) >= _MIN_ROWS:
                yield run
            run = [(a, f)] if len(f) >= 2 and all(s < e for s, e in f) else []
            width = len(f) if run else 0


def _label_filling(ents, starts, s: int, e: int) -> str | None:
    """the label of the entity filling text[s:e], "part LABEL" for entities of one label inside it ("Sandglass" of
    "Sandglass-Long"), "other" for any other overlap, None for none"""
    hit = _covering(ents, starts, s, e)
    if not hit:
        return None
    for i in hit:
        if ents[i][0] == s and ents[i][1] == e:
            return ents[i][2]
    labels = {ents[i][2] for i in hit}
    if len(labels) == 1 and all(s <= ents[i][0] and ents[i][1] <= e for i in hit):
        return "part " + labels.pop()
    return "other"


def column_cells(text: str, ents: list[tuple]) -> tuple[list[tuple], set[int]]:
    """the (start, end, label, canonical) names the columns of `text`'s records give, and the indices of the entities
    of `ents` that are only a part of one of them"""
    if "\n" not in text:
        return [], set()
    starts = [x[0] for x in ents]
    add = []
    drop: set[int] = set()
    seen: set = set()
    for run in _runs(text):
        width = len(run[0][1])
        numeric = [sum(1 for a, f in run if _NUMBER.fullmatch(text[a + f[j][0]:a + f[j][1]])) for j in range(width)]
        if max(numeric) * 2 < len(run):
            continue  # no column of numbers: no records of results
        for j in range(width):
            cells = [(a + f[j][0], a + f[j][1]) for a, f in run]
            if (cells[0][0], j) in seen:
                continue  # a run seen under an earlier separator
            seen.add((cells[0][0], j))
            labels = [_label_filling(ents, starts, s, e) for s, e in cells]
            kinds = {x for x in labels if x in ("MODEL", "BENCHMARK", "ORG")}
            if kinds == {"MODEL"}:
                shape, label = _MODEL_CELL, "MODEL"
            elif kinds == {"BENCHMARK"}:
                shape, label = _BENCH_SHAPE, "BENCHMARK"
            else:
                continue
            for (s, e), lab in zip(cells, labels):
                name = text[s:e]
                if lab not in (None, "part " + label) or not shape.fullmatch(name) or _counting(name) \
                        or _QUANTITY.match(name):
                    continue
                if lab is not None:
                    drop.update(_covering(ents, starts, s, e))
                add.append((s, e, label, name))
            added = {x[:2] for x in add} if label == "BENCHMARK" else set()
            # a record names its benchmark in its column: another benchmark's name on the line is a note's
            # ("68.8 %  (Sandglass organisers)": the keepers of the line's Sandglass-Long)
            for (a, f), (s, e) in zip(run, cells):
                if (s, e) in added:
                    drop.update(i for i in _covering(ents, starts, a, a + f[-1][1])
                                if ents[i][2] == "BENCHMARK" and not s <= ents[i][0] < e)
    return add, drop


def with_column_cells(text: str, ents: list[tuple]) -> list[tuple]:
    """`ents` (sorted) with the names of :func:`column_cells`"""
    add, drop = column_cells(text, ents)
    if not add:
        return ents
    return sorted([x for k, x in enumerate(ents) if k not in drop] + add)
