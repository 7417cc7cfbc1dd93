"""Values of several models given per benchmark inline, in the order a key names once (round 12, nlp-layoutgen12).

Chart captions and alt texts compress a comparison into one run: "Figure 2: Tamarind 3 vs Quokka-2 (%). MathArena
77.1 vs 69.0; CodeBench 71.2 vs 64.3.", "Bars, Tamarind 3 in teal, Quokka-2 in grey, Quoll 4 in orange. Values, teal
first: MathArena 61.2 / 78.8 / 55.0; CodeBench …", "(left to right: A, B, C) MathArena 61.2 · 78.8 · 55.0, …". The
key says whose value is the i-th of every group: value i belongs to name i, never all to the first name (the
sentence reader's reading). :func:`inline_pair_tables` gives each such run as (start, end, rows) the way nlp.grid's
keyed blocks are given — a header of a blank corner and the key's names, then one row per group, its label and its
values — so the one table reader assigns roles and units. Offsets index the text; nothing is rewritten.

The key: names joined by "vs" ("A vs B", "A vs. B vs C") right after a caption word or at a line start, or a colour
legend ("A in teal, B in grey", "teal: A, grey: B", "A (teal), B (grey)"), or "left to right:"/"in order:"/"from left:"
names. A group: a name, then as many values as the key has names, joined by the one separator (vs, /, ·, |), groups
separated by ";" or ",". Fewer than two groups, or a group whose count differs from the key's, reads nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from .needed_words import literal_gated

_NAME = r"[A-Z0-9][\w.+'’\-]*(?:[ ](?:[A-Z0-9][\w.+'’\-]*|v\d[\w.]*))*?"
_V = r"[~≈]?\d[\d,]*(?:\.\d+)?[ \t]?%?"
_SEP = r"(?:[ \t]+(?:vs\.?|versus)[ \t]+|[ \t]*/[ \t]*|[ \t]*[·•][ \t]*|[ \t]+\|[ \t]+)"
_GROUP = re.compile(rf"(?P<label>{_NAME})[ \t]*:?[ \t]+(?P<vals>{_V}(?:{_SEP}{_V})+)(?=[ \t]*(?:[;,.)]|$))", re.M)
_VALUE = re.compile(_V)
_COLOURS = (r"(?:teal|grey|gray|orange|violet|purple|navy|olive|blue|red|green|yellow|black|pink|brown|cyan|magenta|"
            r"gold|silver|white|light[ -]\w+|dark[ -]\w+)")
# "A vs B (vs C)": the key right after a caption word, a colon or a line start
_VS_KEY = literal_gated(re.compile(rf"(?:^|(?:Figure|Fig\.|Chart|Graph|Image|Plot|Table)\s*\d*[a-z]?\s*[:.—–-]\s*)(?P<key>{_NAME}(?:\s+(?:vs\.?|versus)\s+{_NAME})+)"
                     rf"(?=\s*(?:\([^)\n]{{0,30}}\))?\s*[.:,;—–]|\s*$)", re.M | re.I))
_COLOUR_AFTER = re.compile(rf"(?P<name>{_NAME})[ \t]+(?:in|=|\()[ \t]*(?P<c>{_COLOURS})\b\)?", re.I)
_COLOUR_BEFORE = re.compile(rf"\b(?P<c>{_COLOURS})[ \t]*[:=][ \t]*(?P<name>{_NAME})(?=[ \t]*[,;.)]|[ \t]+and\b)", re.I)
_ORDER_KEY = re.compile(rf"\b(?:left\s+to\s+right|from\s+left|in\s+order|top\s+to\s+bottom)\s*[:,]\s*(?P<key>{_NAME}(?:\s*(?:,|and|,\s*and)\s*{_NAME})+)", re.I)
_FIRST = re.compile(rf"\b(?P<c>{_COLOURS})\s+first\b", re.I)
_QUICK = (" vs", "/", "·", "|")
_ANY_COLOUR = re.compile(_COLOURS, re.I)  # what both legends' (?P<c>...) match: a cheap scan before theirs


def _paragraphs(text: str):
    pos = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


_VS_SPLIT = re.compile(r"\s+(?:vs\.?|versus)\s+", re.I)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _split(text: str, a: int, b: int, rx: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], a
    for m in rx.finditer(text, a, b):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, b))
    return [(s, e) for s, e in out if e > s]


@lru_cache(maxsize=64)  # (a paragraph is read with and without "A vs B" keys; callers never change the names list)
def _key(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], int, bool] | None:
    """The key's names (spans, in value order) in text[a:b], where it ends and whether it is an "A vs B" key, or None."""
    m = _VS_KEY.search(text, a, b)
    if m:
        names = _split(text, *m.span("key"), _VS_SPLIT)
        if len(names) >= 2:
            return names, m.end("key"), True
    m = _ORDER_KEY.search(text, a, b)
    if m:
        names = _split(text, *m.span("key"), _LIST_SPLIT)
        if len(names) >= 2:
            return names, m.end("key"), False
    if _ANY_COLOUR.search(text, a, b) is None:  # both legends name a colour: without one, no legend
        return None
    legend = [(x.group("c").lower(), x.span("name")) for x in _COLOUR_AFTER.finditer(text, a, b)] or \
        [(x.group("c").lower(), x.span("name")) for x in _COLOUR_BEFORE.finditer(text, a, b)]
    if len(legend) >= 2 and len({c for c, _ in legend}) == len(legend):
        first = _FIRST.search(text, a, b)
        if first and first.group("c").lower() != legend[0][0]:
            return None  # the values start with another colour than the legend's first: order unknown
        return [s for _, s in legend], max(e for _, (_, e) in legend), False
    return None


def inline_pair_tables(text: str, vs_keys: bool = True) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every paragraph holding a key and one or more groups of that many values;
    ``vs_keys=False`` leaves out the "A vs B" keys."""
    if not any(q in text for q in _QUICK):
        return []
    out = []
    for a, b in _paragraphs(text):
        if b - a > 2000 or not any(q in text[a:b] for q in _QUICK):
            continue
        key = _key(text, a, b)
        if key is None:
            continue
        names, after, vs = key
        if vs and not vs_keys:
            continue
        rows = []
        for g in _GROUP.finditer(text, after, b):
            vals = [v.span() for v in _VALUE.finditer(text, g.start("vals"), g.end("vals"))]
            vals = [(s, e - (1 if text[e - 1] == " " else 0)) for s, e in vals]
            if len(vals) != len(names):
                continue
            rows.append((g.start(), g.end(), [g.span("label")] + vals))
        if not rows:  # (one group is enough under a key: "Figure 3: A vs B. MathArena 77 vs 69.")
            continue
        header = (names[0][0], names[-1][1], [(names[0][0], names[0][0])] + names)
        out.append((a, b, [header] + rows))
    return out


_MODEL_SHAPE = re.compile(r"\d|-|[a-z][A-Z]")


def pair_names(text: str, ents) -> list[tuple]:
    """Entities (start, end, "MODEL", name) a key gives to names no list knows: the key's names are the models
    when a group's label is a recognised benchmark and none is a model (`ents`: (start, end, label, canonical))."""
    tables = inline_pair_tables(text)
    if not tables:
        return []
    out = []
    for _, _, rows in tables:
        labels = [_label(ents, *r[2][0]) for r in rows[1:]]
        if "BENCHMARK" not in labels or "MODEL" in labels:
            continue
        for s, e in rows[0][2][1:]:
            if _label(ents, s, e) is None and _MODEL_SHAPE.search(text[s:e]) and text[s:s + 1].isupper():
                out.append((s, e, "MODEL", text[s:e]))
    return out


def _label(ents, s: int, e: int):
    return next((x[2] for x in ents if x[0] < e and s < x[1]), None)


def vs_key(text: str, rows) -> bool:
    """Whether the header of ``rows`` (an inline_pair_tables block) is an "A vs B" key."""
    head = rows[0][2]
    return len(head) >= 3 and head[0][0] == head[0][1] and all(
        _VS_SPLIT.fullmatch(text, e, s) for (_, e), (s, _) in zip(head[1:], head[2:]))


def mark_vs(claims: list[dict]) -> None:
    """Claims of an "A vs B" block, row by row: A's score is compared with B's (claims convention 3, as the
    sentence reader gives "A 92.3 vs 88.0"), B's is cited for comparison; with three names or more, only the rivals'."""
    by_row: dict[int, list[dict]] = {}
    for c in claims:
        if c["unit"] != "rank":
            by_row.setdefault(c["start"], []).append(c)
    for cs in by_row.values():
        for c in cs[1:]:
            c["is_comparison"] = True
        if len(cs) == 2 and cs[0].get("comparison") is None:
            cs[0]["comparison"] = {"vs": cs[1]["model"], "score": cs[1]["score"], "relation": "vs"}
