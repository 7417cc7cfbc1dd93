"""Rows of one model each, its benchmarks named beside their values, read as one table (round 12 step 2, nlp-claims12b).

Launch posts and slides flatten a table to a line per model: "Tamarind 3 — MathArena: 74.8 | CodeBench: 69.2 | GPQA
Diamond: 66.5", the next lines the same names in the same order for the other models. Each line's label is a model and
each "name: value" pair a benchmark's score; read as prose the pairs go to the passage's subject or to nobody.
:func:`pair_row_tables` gives two or more consecutive such lines whose pairs name the same benchmarks in the same order
as (start, end, rows) the way nlp.grid's keyed blocks are given — a header of a blank corner and the first line's
names, then one row per line, its label and its values — so the one table reader (``nlp.claims._table_claims``)
assigns roles and units. Separators between pairs: "|", "·", ";", ", ", " / ", two spaces (one per block); the label ends with a dash or (round 13)
a colon ("Tamarind 3: MathArena: 74.8, CodeBench: 69.2").
"""
from __future__ import annotations

import re

_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[^\n:|·;—–]{2,60}?)(?:[ \t]+[—–]|:)[ \t]+(?P<pairs>[^\n]+?)[ \t]*$", re.M)
# (round 13: also ", " — a comma and a space, so "1,438" stays one number —, " / " and two spaces or more)
_SEP = {"|": re.compile(r"[ \t]*\|[ \t]*"), "·": re.compile(r"[ \t]*[·•][ \t]*"), ";": re.compile(r"[ \t]*;[ \t]*"),
        ", ": re.compile(r",[ \t]+"), " / ": re.compile(r"[ \t]+/[ \t]+"), "  ": re.compile(r"[ \t]{2,}")}
_HINT = re.compile(r":[ \t]*[~≈]?\d")
_PAIR = re.compile(r"[ \t]*(?P<name>[^\n:]{2,50}?)[ \t]*:[ \t]*(?P<v>[~≈]?\d[\d,]*(?:\.\d+)?(?:[ \t]?%)?)[ \t]*\.?[ \t]*$")


def _pairs(text: str, a: int, b: int):
    """(separator, [(name span, value span)]) of the pairs text[a:b], or None"""
    for sep, rx in _SEP.items():
        if sep not in text[a:b]:
            continue
        parts, pos = [], a
        for m in rx.finditer(text, a, b):
            parts.append((pos, m.start()))
            pos = m.end()
        parts.append((pos, b))
        out = []
        for s, e in parts:
            m = _PAIR.match(text, s, e)
            if not m or m.end() != e:
                break
            out.append((m.span("name"), m.span("v")))
        else:
            if len(out) >= 2:
                return sep, out
    m = _PAIR.match(text, a, b)  # one pair a line: "X — B: 27.66" (a block of 2+ such lines, the same name on each)
    if m and m.end() == b:
        return "", [(m.span("name"), m.span("v"))]
    return None


def pair_row_tables(text: str) -> list[tuple[int, int, list]]:
    if ":" not in text:
        return []
    # only the lines holding a "name: number" pair (found in C), two at least
    starts = sorted({text.rfind("\n", 0, h.start()) + 1 for h in _HINT.finditer(text)})
    if len(starts) < 2:
        return []
    lines = []
    for ls in starts:
        le = text.find("\n", ls)
        m = _LINE.match(text, ls, len(text) if le < 0 else le)
        if not m:
            continue
        got = _pairs(text, m.start("pairs"), m.end("pairs"))
        if got:
            sep, pairs = got
            names = tuple(text[s:e].lower() for (s, e), _ in pairs)
            lines.append((m.start(), m.end(), m.span("label"), sep, names, pairs))
    out, block = [], []

    def flush():
        if len(block) >= 2:
            first = block[0]
            header = (first[0], first[1], [(first[0], first[0])] + [n for n, _ in first[5]])
            rows = [(a, b, [label] + [v for _, v in pairs]) for a, b, label, _, _, pairs in block]
            out.append((block[0][0], block[-1][1], [header] + rows))

    for ln in lines:
        if block and not text[block[-1][1]:ln[0]].strip() and (ln[3], ln[4]) == (block[-1][3], block[-1][4]):
            block.append(ln)
        else:
            flush()
            block = [ln]
    flush()
    return out
