"""Benchmarks no list knows, from a size given right after the name (round 21).

A test set is introduced by how many items it holds: "X, a 640-question exam", "X, 1,200 problems from past
contests", "X (300 tasks)". A model or a lab is never sized in questions, so the count says X is a benchmark
whatever the noun after it ("licensing quiz", "photographs of hedges"). The item nouns are those of a test's
contents (questions, items, problems, tasks, prompts, puzzles, images ...), never "parameters" or "tokens".

A bare count ("X, 900 questions") also follows a language or a subject ("Welsh, 350 questions"), so there the
name must look made (:func:`nlp.bench_keepers.made`); "a 640-question ..." and a bracketed count take any name.
The name's other mentions follow (:func:`nlp.bench_keepers.with_mentions`). Gates as in
:mod:`nlp.bench_keepers`: an AI sentence at the name, no word that never starts a name, not the tail of a
longer capitalised name, nothing found before overlapped. Found from the literal count: linear in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from .bench_keepers import ORG_TAILS, made, with_mentions
from .bench_uses import _NAME, _ok
from .candidate_scan import CandidateScan
from .canonical import HYPHENS
from .name_syntax import span_free
from .unknown import _AL, _UP

_ITEMS = (r"(?:questions?|items?|problems?|tasks?|prompts?|puzzles?|photographs?|photos?|images?|dialogues?|"
          r"exercises?|scenarios?|cases?|conversations?|passages?|repositories|episodes?)\b")
_COUNT = r"\d{1,3}(?:,\d{3})*"
SIZED_PATTERN = re.compile(rf"(?<![\w\-.@/])(?!(?:The|In|On|Of|For|With|And|By|An?|Its|Our|Their|All)\b)"
                   rf"({_NAME}(?:[ ][{_UP}][{_AL}0-9\-]*){{0,2}})"
                   rf"(?:,[ ](?:(an?)[ ])?(?:(?:new|public|small|hidden|hand-written|curated)[ ])?{_COUNT}(?:-|[ ]){_ITEMS}"
                   rf"|[ ]\((?:an?[ ])?{_COUNT}(?:-|[ ]){_ITEMS})")
# Every match holds a count of items right after a space or "(" (rare: a digit first, so the engine scans for it),
# and only letters, digits, hyphens, spaces, commas and "(" stand between the match's start and that count: the
# candidate starts are the capitals of that run (the plain pattern, led by look-arounds, is tried at every position)
_COUNTED = re.compile(rf"\d\d{{0,2}}(?:,\d{{3}})*(?:-|[ ]){_ITEMS}")  # (\d{1,3}: a digit first, which the engine scans for)
_BEFORE_COUNT = frozenset(" ,(-" + HYPHENS)  # with every letter and digit (str.isalnum: all of _AL's letters are)
_CAPITAL = re.compile(rf"[{_UP}]")


def _starts(text: str) -> list[int]:
    """Every position where :data:`SIZED_PATTERN` can match (a superset): the capitals before each count."""
    out: list[int] = []
    low = 0
    for m in _COUNTED.finditer(text):
        c = m.start()
        j = c
        while j > low and (text[j - 1].isalnum() or text[j - 1] in _BEFORE_COUNT):
            j -= 1
        out.extend(t.start() for t in _CAPITAL.finditer(text, j, c))
        low = c  # (the run before a later count stops at this one at the latest: a candidate is listed once)
    return out


SIZED = CandidateScan(SIZED_PATTERN, _starts)


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of names sized in test items (see the module doc), with their other
    mentions; ``taken``: (start, end, label) of everything found so far."""
    if not any(ch.isdigit() for ch in text):
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e] for s, e, _ in taken}
    names: list[str] = []
    for m in SIZED.finditer(text):
        s, e = m.span(1)
        w = m.group(1)
        bare = m.group(2) is None and text[e] == ","
        before = text[max(0, s - 40):s].rstrip(" ")
        prev = before.rsplit(None, 1)[-1] if before.strip() else ""
        if (w in names or w in labelled or not _ok(w) or any(x in ORG_TAILS for x in w.split())
                or bare and not made(w) or prev[:1].isupper() and not prev.endswith((".", ":", ","))
                and prev not in ("The", "By", "From", "With", "On", "In")
                or not span_free(spans, width, s, e) or not ai_at(s)):
            continue
        names.append(w)
    return with_mentions(text, names, spans, width)
