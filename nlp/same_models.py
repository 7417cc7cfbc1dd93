"""Figures for "the same models" / "the three models" / "both models": the models of the figures just before, in order.

"On the full set, X scores 70.1%, Y 68.2% and Z 61.0%. Restricted to the pure split, the same models reach 64.3%,
60.0% and 51.7%." The second run of figures names no model; the sentence reader gives them all to the nearest or the
passage's subject. `align_same_models` gives the k figures after such a phrase to the k models of the k figures
read last before it (one sentence's run, models all different), in order; the benchmark is the one the phrase's
sentence names after that run, else the run's own ("On B2 the three models scored …" against "… fall to …").
The mirror of `nlp.figure_alignment.align_boards` ("on the same tests": the boards of a list named before).

One regex pass over the passage behind a substring test, then work per match: linear in the passage's length.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .figure_alignment import _at, _new_claim
from .numbers import FIGURE_TEXT, find_numbers

_COUNT = r"(?:two|three|four|five|six|seven|eight|\d)"
_SAME_MODELS = re.compile(rf"\b(?:the\s+same\s+(?:{_COUNT}\s+)?|the\s+{_COUNT}\s+|both\s+)(?:models|systems)\b", re.I)
_CLAUSE_END = re.compile(r";|[.!?](?![\w\d])|\n|,\s+(?:and|but|while|whereas)\s+(?![\d$€£])")
_PLACES = ("rank", "medal")
_FIGURE = re.compile(rf"(?<![\w.,])(?:{FIGURE_TEXT})(?![\w]|[.,]\d)")  # a figure as written (nlp.numbers)


def _figure_at(c: dict) -> int | None:
    """Where the claim's figure is written in the passage: its reader's note, else the one place its value is
    written in its sentence."""
    at = _at(c)
    if at is not None:
        return at
    sentence = c.get("sentence") or ""
    spots = [m.start() for m in _FIGURE.finditer(sentence) if float(m.group().replace(",", "")) == c["score"]]
    return c["start"] + spots[0] if len(spots) == 1 and c.get("start") is not None else None


def align_same_models(text: str, claims: list[dict], ents, segs: list[tuple[int, int]]) -> list[dict]:
    """`claims` with the figures after "the same models" given to the models of the run before (module docstring).
    `ents`: (start, end, label, canonical) rows in text order; `segs`: the passage's sentence spans."""
    low = text.lower()
    if not claims or (" models" not in low and " systems" not in low) or not _SAME_MODELS.search(text):
        return claims
    seg_starts = [a for a, _ in segs]
    for m in _SAME_MODELS.finditer(text):
        i = bisect_right(seg_starts, m.start()) - 1
        if i < 0:
            continue
        sa, sb = segs[i]
        stop = _CLAUSE_END.search(text, m.end(), sb)
        z = stop.start() if stop else sb
        if any(e[2] == "MODEL" and m.end() <= e[0] < z for e in ents):
            continue  # a model named after the phrase: the sentence reader's business
        nums = [n for n in find_numbers(text[m.end():z]) if n.is_score]
        if len(nums) < 2:
            continue
        placed = [(at, c) for c in claims if c.get("unit") not in _PLACES
                  for at in [_figure_at(c)] if at is not None and at < m.start()]
        placed.sort(key=lambda x: x[0])
        run = placed[-len(nums):]
        if len(run) < len(nums) or len({c["start"] for _, c in run}) != 1:
            continue  # the figures before are no one sentence's run
        same = [c for at, c in placed if c["start"] == run[0][1]["start"]]
        models = [c["model"] for _, c in run]
        if len(same) != len(nums) or len(set(models)) != len(models):
            continue  # a longer run, or one model twice: which k models is unclear
        lo = max(sa, run[-1][0])
        benches = {e[3] for e in ents if e[2] == "BENCHMARK" and lo <= e[0] < z and e[3]}
        if len(benches) > 1:
            continue
        bench = benches.pop() if benches else None
        if bench is None:
            own = {c["benchmark"] for _, c in run}
            if len(own) != 1:
                continue
            bench = own.pop()
        figures = {(m.end() + n.start) for n in nums}
        claims = [c for c in claims if _figure_at(c) not in figures or c.get("unit") in _PLACES]
        for (_, like), n in zip(run, nums):
            at, to = m.end() + n.start, m.end() + n.end
            new = _new_claim(like, like["model"], bench, n.value, "%" if n.unit == "%" else like.get("unit"),
                             sa, sb, text, at, to)
            new.pop("_aligned", None)
            claims.append(new)
    return claims
