"""What a table's caption says about its columns: the full names its abbreviated headers stand
for, and a unit per column.

A caption often names the benchmarks in full and the header abbreviates them ("SWE-bench
Verified and HLE in %, Intelligence Index in points from Artificial Analysis" over the headers
`SWE-V`, `HLE (tools)`, `AA Index`). Inside that table only, a header (or row label) that no list
knows as a whole is tied to the one caption name it abbreviates: each of its parts is a prefix of
a word of the name or the initials of a run of its words, in order, starting with the name's first
word ("SWE-V" → SWE-bench Verified, "AA Index" → Artificial Analysis Intelligence Index, "ZB" →
ZetaBench). The caption's clauses give units per name ("X and Y in %", "Z in points"), which beat
the one unit a caption gives the whole table (`nlp.grid.grid_unit`).
"""
from __future__ import annotations

import re

from .claim_tables import _name_cell
from .grid import _paragraph_before, statement_unit

_ASIDE = re.compile(r"\s*\([^()]*\)")
_PARTS = re.compile(r"[^\W_]+")
_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_CLAUSES = re.compile(r"[^,;()\n]+")


def _words(name: str) -> list[str]:
    name = re.sub(r"['’]s\b", "", name)
    return [w for part in _PARTS.findall(name) for w in (_WORDS.findall(part) or [part])]


def _match(tokens: list[str], words: list[str], i: int, short: bool) -> bool:
    """Whether `tokens` abbreviate words[i:] in order (skipping words between), with at least one
    token shorter than what it stands for (`short` so far)."""
    if not tokens:
        return short
    t, rest = tokens[0].lower(), tokens[1:]
    for j in range(i, len(words) if i else 1):  # the first token starts at the first word
        w = words[j].lower()
        if w.startswith(t) and _match(rest, words, j + 1, short or len(t) < len(w)):
            return True
        n = len(t)
        if n >= 2 and tokens[0].isupper() and j + n <= len(words) and "".join(x[0] for x in words[j:j + n]).lower() == t \
                and _match(rest, words, j + n, True):
            return True
    return False


def abbreviates(abbr: str, full: str) -> bool:
    """Whether the header `abbr` is an abbreviation of the name `full` ("SWE-V" of "SWE-bench
    Verified", "AA Index" of "Artificial Analysis Intelligence Index"); a name written out whole
    ("MMLU" beside "MMLU-Pro") is none."""
    tokens = _PARTS.findall(_ASIDE.sub("", abbr))
    words = _words(full)
    return bool(tokens) and len(tokens) <= len(words) and _match(tokens, words, 0, False)


def _caption_benches(text: str, a: int, around) -> list[tuple]:
    """The benchmarks (start, end, label, canonical) named in the caption paragraph over text[a:]."""
    cap = _paragraph_before(text, a)
    start = a - len(cap)
    while a > start and text[a - 1] in " \t\n":
        a -= 1
    return [x for x in around if x[2] == "BENCHMARK" and start <= x[0] and x[1] <= a]


def caption_names(text: str, a: int, rows, inside: list[tuple], around) -> list[tuple]:
    """`inside` (the table's entities, sorted) with each header cell and row label that
    abbreviates exactly one benchmark the caption names tied to that benchmark's canonical name."""
    caption = _caption_benches(text, a, around)
    if not caption or not rows:
        return inside
    fulls = {x[3] for x in caption} | {text[x[0]:x[1]] for x in caption}
    canon = {}
    for x in caption:
        canon.setdefault(x[3], x[3])
        canon.setdefault(text[x[0]:x[1]], x[3])
    drop, add = set(), []
    for s, e in list(rows[0][2][1:]) + [cs[0] for _, _, cs in rows[1:] if cs]:
        name = _name_cell(text, s, e)
        if name is None:
            continue
        na, nb = name
        touching = [x for x in inside if x[0] < nb and na < x[1]]
        if any((x[0], x[1]) == name and x[3] != text[na:nb] for x in touching):
            continue  # a name a list knows, whole
        hits = {canon[f] for f in fulls if abbreviates(text[na:nb], f)}
        if len(hits) == 1:
            drop.update(touching)
            add.append((na, nb, "BENCHMARK", hits.pop()))
    if not add:
        return inside
    return sorted([x for x in inside if x not in drop] + add)


def column_units(text: str, a: int, around) -> dict[str, str]:
    """Benchmark (canonical) → unit, from the clauses of the caption over text[a:] that name
    benchmarks and a unit ("SWE-bench Verified and HLE in %, Intelligence Index in points")."""
    caption = _caption_benches(text, a, around)
    if not caption:
        return {}
    out: dict[str, str] = {}
    lo = min(x[0] for x in caption)
    hi = max(x[1] for x in caption)
    start = text.rfind("\n", 0, lo) + 1
    end = text.find("\n", hi)
    for c in _CLAUSES.finditer(text, start, len(text) if end < 0 else end):
        names = [x[3] for x in caption if c.start() <= x[0] and x[1] <= c.end()]
        unit = statement_unit(c.group()) if names else None
        if unit:
            for n in names:
                out.setdefault(n, unit)
    return out


# "Lighthouse Index — December refresh": the title's subject, named before a dash or colon, whose
# last word says it is a board or a benchmark, names the board of the tables under it
_BOARD_NOUN = r"(?:Index|Arena|Leaderboard|Board|Ladder|League|Bench|Benchmark|Eval|Evals|Exam|Olympiad|Challenge|INDEX|ARENA|LEADERBOARD|BOARD|LADDER|LEAGUE|BENCH|BENCHMARK|EVAL|EVALS|EXAM|OLYMPIAD|CHALLENGE)"  # (a title in capitals: "FALLOW INDEX v4.2 —")
_TITLE_BOARD = re.compile(rf"[#*_ \t]*(?P<name>(?:[A-Z][\w.+'’-]*[ \t]+){{0,3}}{_BOARD_NOUN}(?:[ \t]+(?:v?\d[\d.]*|20\d\d))?)"
                          r"[ \t]*(?:[—–:|(]|[ \t]-[ \t]|$)", re.M)


_MINOR_VERSION = re.compile(r"[ \t]+v\d+\.\d+(?:\.\d+)?$")


def title_board(text: str) -> tuple[int, int] | None:
    """(start, end) of the board the document's title line names as its subject ("Lighthouse
    Index — December refresh"), or None."""
    end = text.find("\n")
    m = _TITLE_BOARD.match(text, 0, len(text) if end < 0 else end)
    if m is None:
        return None
    a, z = m.span("name")
    minor = _MINOR_VERSION.search(text, a, z)  # "FALLOW INDEX v4.2": a refresh of the board, not a benchmark of its own
    return (a, minor.start()) if minor else (a, z)
