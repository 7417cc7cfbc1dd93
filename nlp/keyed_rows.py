"""Rows of bare values whose column order is given once, read as one grid.

Writers flatten a comparison table to lines such as "ARC-AGI-2 — 31.1% · 4.9% · 13.6%" and say once
which column is whose: a key line over or under the rows ("Columns: A · B · C", "(left: A, right:
B; …)", "(left to right: A, B, C)", "in order: A, B, C"), a heading naming the columns with the
rows' own separator or "vs" ("### A vs B vs C, our runs", "GPT-X vs GPT-Y, both with thinking:"),
or the first row naming each value ("HLE — A 37.5% · B 21.6% · C 13.7%", the next rows bare). The
separator is any of `·`, `|`, `/`, `vs`, `→`, `—` (one per block). Every row of the block then
has the key's columns: value i belongs to name i, never all to the first name. The block is
handed to `nlp.claims` as the grid `nlp.grid` reads (header first, a blank corner, then the
names; each row its label and its values), so the layout's roles and units apply unchanged.
"""
from __future__ import annotations

import re

from .claim_tables import _name_cell, line_groups

_VALUE = r"(?:\*\*)?[~≈]?\d[\d.,]*\s?%?(?:\*\*)?[*†‡]?|n/a|[—–-]"
_ARROWS = r"(?:→|⟶|->|=>|➝|➔)"
# separator name -> the pattern between two values (and between two names of a key)
SEPARATORS = {
    "·": r"[ \t]*[·•][ \t]*",
    "|": r"[ \t]+\|[ \t]+",
    "/": r"[ \t]+/[ \t]+",
    "vs": r"[ \t]+(?:vs\.?|versus)[ \t]+",
    "→": rf"[ \t]*{_ARROWS}[ \t]*",
    "—": r"[ \t]+[—–][ \t]+",
}
_SPLIT = {k: re.compile(v, re.I) for k, v in SEPARATORS.items()}
_LABEL = r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[^\n:]{1,60}?)[ \t]*(?::|[ \t][—–-])[ \t]*"
_LABEL_RE = re.compile(_LABEL, re.M)


def _row(sep: str) -> re.Pattern:
    value = _VALUE if sep != "—" else _VALUE.replace("|[—–-]", "")  # "—" separates: no "—" cell
    return re.compile(rf"{_LABEL}(?P<vals>(?:{value})(?:{SEPARATORS[sep]}(?:{value}))+)[ \t]*$", re.M | re.I)


_ROWS = {sep: _row(sep) for sep in SEPARATORS}
_QUICK = {"·": ("·", "•"), "|": ("|",), "/": ("/",), "vs": ("vs", "versus", "VS", "Vs"), "→": ("→", "⟶", "->", "=>", "➝", "➔"),
          "—": ("—", "–")}
_NAMED_VALUE = re.compile(rf"(?P<name>\S[^\n]{{0,60}}?)[ \t]+(?P<val>{_VALUE})$", re.I)
_KEY_MAX = 240
_KEY_NAME = r"(?:[^.;,()\n]|\.(?=\d)|\([^()\n]{1,24}\))+?"  # "Claude 3.5 Sonnet", "Vireo 3 (base)"
_END = r"\s*(?:[;,)]|\.(?!\d)|$)"
_SIDES = re.compile(rf"\b(?:left|before|first)\s*[:=]\s*(?P<l>{_KEY_NAME}){_END}\s*(?:\bmiddle\s*[:=]\s*(?P<m>{_KEY_NAME})"
                    rf"{_END}\s*)?\b(?:right|after|second)\s*[:=]\s*(?P<r>{_KEY_NAME}){_END}", re.I | re.M)
_ORDER = re.compile(r"\b(?:left\s+to\s+right|(?:in|column)\s+order|columns?|from\s+left)\s*[:=]\s*(?P<names>[^\n;]+?)"
                    r"\s*(?:\.?\)\s*$|[.;]\s|\.?$)", re.I | re.M)
_LIST = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_CLAUSE = re.compile(r"(?:[^()\[\],;:\n.!?]|[.!?](?=\S)|\([^()\n]{1,24}\))+")  # a clause; a short aside in brackets stays in it
_HEAD_TRIM = " \t#*_>"


def split_spans(text: str, a: int, b: int, sep: re.Pattern, lead: str = " \t", tail: str = " \t:") -> list[tuple[int, int]]:
    """(start, end) of the parts of text[a:b] between matches of `sep`, the `lead` and `tail`
    characters trimmed off each."""
    out, pos = [], a
    for m in sep.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    trimmed = []
    for s, e in out:
        while s < e and text[s] in lead:
            s += 1
        while e > s and text[e - 1] in tail:
            e -= 1
        trimmed.append((s, e))
    return trimmed


def _split(text: str, a: int, b: int, rx: re.Pattern) -> list[tuple[int, int]]:
    return split_spans(text, a, b, rx, _HEAD_TRIM + ":", " \t:.")  # "### A vs B", "in order: A, B."


def _names(text: str, parts) -> list[tuple[int, int]] | None:
    cells = [_name_cell(text, s, e) for s, e in parts]
    return cells if cells and all(cells) else None


def _key_in(text: str, s: int, e: int, sep: str, k: int) -> list[tuple[int, int]] | None:
    """The k column names a key line text[s:e] gives, or None."""
    m = _SIDES.search(text, s, e)
    if m:
        names = _names(text, [m.span(g) for g in ("l", "m", "r") if m.group(g)])
        if names and len(names) == k:
            return names
    m = _ORDER.search(text, s, e)
    if m:
        a, b = m.span("names")
        if text.count("(", a, b) > text.count(")", a, b) and text.startswith(")", b):
            b += 1  # "in order: A, B (base))": the last name's aside, not the key's bracket
        for rx in (_SPLIT[sep], _LIST):
            names = _names(text, _split(text, a, b, rx))
            if names and len(names) == k:
                return names
    for c in _CLAUSE.finditer(text, s, e):  # "A vs B vs C" in a heading or a clause of a sentence
        for rx in {sep: _SPLIT[sep], "vs": _SPLIT["vs"]}.values():
            if rx.search(text, *c.span()):
                names = _names(text, _split(text, *c.span(), rx))
                if names and len(names) == k:
                    return names
    return None


def _line(text: str, at: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, at) + 1
    e = text.find("\n", at)
    return s, len(text) if e < 0 else e


def _key_lines(text: str, a: int, b: int):
    """The lines that may hold the key of rows text[a:b]: the line over (or, past one blank line,
    the one over that) and the line under (likewise)."""
    out = []
    if a > 0:
        s, e = _line(text, a - 1)
        if not text[s:e].strip() and s > 0:
            s, e = _line(text, s - 1)
        out.append((s, e))
    if b < len(text):
        s, e = _line(text, b + 1)
        if not text[s:e].strip() and e < len(text):
            s, e = _line(text, e + 1)
        out.append((s, e))
    return [(s, e) for s, e in out if s < e and e - s <= _KEY_MAX]


def _inline_first(text: str, a: int, sep: str, k: int):
    """The line right over the rows at `a` when it is their first row with each value named
    ("HLE — A 37.5% · B 21.6%"): (start, end, label span, names, values), else None."""
    if a == 0:
        return None
    s, e = _line(text, a - 1)
    m = _LABEL_RE.match(text, s, e)
    if not m:
        return None
    parts = _split(text, m.end(), e, _SPLIT[sep])
    if len(parts) != k:
        return None
    names, vals = [], []
    for ps, pe in parts:
        nv = _NAMED_VALUE.fullmatch(text, ps, pe)
        name = nv and _name_cell(text, *nv.span("name"))
        if not name:
            return None
        names.append(name)
        vals.append(nv.span("val"))
    return s, e, m.span("label"), names, vals


_NOTE = re.compile(r"\n?\n[ \t]*\([^()\n]{1,80}\)[ \t]*(?=\n|$)")


def _with_note(text: str, b: int) -> int:
    """The end of rows ending at `b` with the bracketed note right under them ("(Same column
    order on every line.)"), which belongs to the block: a caption under it is the next paragraph."""
    m = _NOTE.match(text, b)
    return m.end() if m else b


def keyed_tables(text: str) -> list[tuple]:
    """(start, end, rows) of each block of two or more rows of bare values whose columns a key
    names once (see the module docstring); rows as `nlp.grid.grids` gives them."""
    out = []
    for sep, quick in _QUICK.items():
        if not any(q in text for q in quick):
            continue
        for k, ms in line_groups(text, _ROWS[sep], lambda m: len(_split(text, *m.span("vals"), _SPLIT[sep]))):
            a, b = ms[0].start(), ms[-1].end()
            first = _inline_first(text, a, sep, k)
            body = [(m.start(), m.end(), [m.span("label")] + _split(text, *m.span("vals"), _SPLIT[sep])) for m in ms]
            if first:
                fs, fe, label, names, vals = first
                rows = [(fs, fe, [(fs, fs)] + names), (fs, fe, [label] + vals)] + body
                out.append((fs, _with_note(text, b), rows))
                continue
            if len(ms) < 2:
                continue
            for s, e in _key_lines(text, a, b):
                names = _key_in(text, s, e, sep, k)
                if names:
                    out.append((min(a, s), max(b, e), [(s, e, [(s, s)] + names)] + body))
                    break
    return sorted(out, key=lambda t: t[0])
