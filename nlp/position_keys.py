"""Chart descriptions whose values are named by their place in the group, keyed once (round 12 step 2, nlp-claims12b).

Alt texts of grouped bar charts say once which bar is whose — "the left bar (orange) is Tamarind 3 and the right bar
(grey) is Quokka-2", "the first column shows A, the second B" — and then give each group's values by that place:
"- MathArena: left bar 74.9%, right bar 80.0%." The sentence reader gives every value to the last model named (the
key's last name, or the passage's subject). :func:`position_tables` gives each such description as (start, end,
rows) the way nlp.inline_pairs gives keyed value groups — a header of a blank corner and the key's names in key
order, then one row per group line: its label and the values ordered by the key — so the one table reader assigns
roles and units. A group line must give a value for every place of the key; otherwise it reads nothing.
"""
from __future__ import annotations

import re

_PLACES = r"left|right|middle|centre|center|first|second|third|fourth|top|bottom|upper|lower"
_NAME = r"[A-Z0-9][\w.+'’\-]*(?:[ ](?:[A-Z0-9][\w.+'’\-]*|v\d[\w.]*))*?"
_KEY = re.compile(rf"\b(?:the\s+)?(?P<place>{_PLACES})(?:most)?\s+(?:bar|column|line|series|segment|marker|dot)s?"
                  rf"(?:\s*\((?P<colour>[a-z][a-z -]{{1,20}})\))?\s+(?:is|shows|represents|stands\s+for|=)\s+"
                  rf"(?P<name>{_NAME})(?=\s*(?:[,.;:)]|\s+and\b|\s*$))", re.I | re.M)
_LINE = re.compile(r"^[ \t]*(?:[-*•][ \t]+)?(?P<label>[^\n:]{2,60}?)[ \t]*:[ \t]*(?P<body>[^\n]+)$", re.M)
_VALUE = re.compile(rf"\b(?P<place>{_PLACES})(?:most)?(?:\s+(?:bar|column|line|series|segment|marker|dot))?"
                    r"\s*(?:[:=]|at|of|reaches|shows)?\s*(?P<v>[~≈]?\d[\d,]*(?:\.\d+)?(?:[ \t]?%)?)", re.I)
_QUICK = re.compile(r"\b(?:left|right|first|second|top|bottom)(?:most)?\s+(?:bar|column|line|series|segment|marker|dot)", re.I)


def position_tables(text: str) -> list[tuple[int, int, list]]:
    if not _QUICK.search(text):
        return []
    out = []
    keys = list(_KEY.finditer(text))
    i = 0
    while i < len(keys):
        # the key: consecutive place definitions within one sentence or two (300 characters)
        group = [keys[i]]
        while i + 1 < len(keys) and keys[i + 1].start() - group[-1].end() < 300:
            i += 1
            group.append(keys[i])
        i += 1
        places = {}
        for m in group:
            s, e = m.span("name")
            while e > s and text[e - 1] in ".,;:":
                e -= 1  # "… is Tamarind 3." : the sentence's stop is no part of the name
            places.setdefault(m.group("place").lower(), (s, e))
        if len(places) < 2:
            continue
        order = list(places)
        end = group[-1].end()
        rows = []
        for line in _LINE.finditer(text, end, min(len(text), end + 1500)):
            vals = {}
            for v in _VALUE.finditer(text, line.start("body"), line.end("body")):
                p = v.group("place").lower()
                if p in places and p not in vals:
                    s, e = v.span("v")
                    vals[p] = (s, e)
            if len(vals) == len(order):
                rows.append((line.start(), line.end(), [line.span("label")] + [vals[p] for p in order]))
        if not rows:
            continue
        names = [places[p] for p in order]
        header = (group[0].start(), group[-1].end(), [(group[0].start(), group[0].start())] + names)
        out.append((group[0].start(), rows[-1][1], [header] + rows))
    return out
