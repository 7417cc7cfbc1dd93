"""Chat logs: a question naming a model and a benchmark, answered by a bare number on the next line.

    [21:04] ana: Vireo 3 on ZetaBench?
    [21:05] bo: 63.5, up from last week

The answer names nothing; the question it answers does. Lines are "[time] name: text", "name: text"
or "<name> text"; the answer must come from another speaker, right after the question, and start
with the number (after "about", "~", "like").
"""
from __future__ import annotations

import re
from bisect import bisect_left

_CHAT_LINE = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?(?:<(?P<who2>[\w.@-]{1,24})>|(?P<who>[\w.@-]{1,24}):)[ \t]+(?P<body>\S.*)$",
    re.M)
_ANSWER_START = re.compile(r"(?:(?:about|around|roughly|like|~|≈)\s*)?(?=\d)", re.I)


def qa_pairs(text: str, ents) -> list[tuple[tuple, tuple, int, int]]:
    """(model, benchmark, answer start, answer end) for each question line with exactly one model and
    one benchmark (`ents`: (start, end, label, canonical), in text order) whose next line, by another
    speaker, starts with a number; the answer's offsets are those of its text after the speaker."""
    if "?" not in text or ":" not in text and "<" not in text:
        return []
    lines = list(_CHAT_LINE.finditer(text))
    starts = [e[0] for e in ents]
    out = []
    for q, ans in zip(lines, lines[1:]):
        body = q.group("body").rstrip()
        if not body.endswith("?") or (q.group("who") or q.group("who2")) == (ans.group("who") or ans.group("who2")):
            continue
        if text[q.end():ans.start()].strip():
            continue  # another line between them
        inside = []
        for k in range(bisect_left(starts, q.start("body")), len(ents)):  # by bisection: a long log stays linear
            e = ents[k]
            if e[0] >= q.end("body") or len(inside) > 2:
                break
            if e[1] <= q.end("body"):
                inside.append(e)
        models = [e for e in inside if e[2] == "MODEL"]
        benches = [e for e in inside if e[2] == "BENCHMARK"]
        a, b = ans.start("body"), ans.end("body")
        i = bisect_left(starts, a)
        if len(models) != 1 or len(benches) != 1 or (i < len(starts) and starts[i] < b):
            continue
        if _ANSWER_START.match(text, a) is None:
            continue
        out.append((models[0], benches[0], a, b))
    return out
