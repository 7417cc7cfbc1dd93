"""Models named by a changelog line: a board's or an app's "what changed" entries (round 16).

A leaderboard's changelog ("• Added Nimbar-like 3.5: 76 points, new #1", "• Rescored X 2 after a fix: now 52") and an
app's release notes ("- Retired X 3.5; your old chats are kept", "- Switched the default to X 4 Flash") name the entry
as the object of a change verb at the head of the line, with no sentence around it that the prose cues read. A line that
starts (after a bullet, a number or a date) with a change verb of release notes (:data:`VERBS`: "Added", "Retired",
"Rescored", "Delisted", "Deprecated", "Removed", "Upgraded to", "Switched to" …, the verbs of the Keep a Changelog
convention and of leaderboard update logs) makes the following name a model when

* the name carries a version ("X 3.5", "X-2", "X 4 Flash"), and a clause mark, a bracket, "after/to/from/with" or the
  line's end follows it; or
* any capitalised name (one to three words) is followed by a colon and a score (": 57", ": 76 points") — the board's
  entry line.

Never a name: a benchmark-shaped word ("Added FooBench: 57": left to the benchmark readers), a blocked head (products,
calendar words: "Added Windows 11 support"), a common English word after the verb ("Added Support for", "Removed Dark
mode"), a known or already found name (left as found). Gates: the passage is about AI (the caller's ``ai_at``). One
regular expression over line heads: linear in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .unknown import _AL, _H, _UP, BENCH_SHAPE, BLOCKED_HEADS, COMMON_CAPS, MODEL_SHAPE

VERBS = ("Added|Re-added|Readded|Retired|Rescored|Re-scored|Re-ran|Reran|Re-run|Delisted|De-listed|Deprecated|Removed|"
         "Dropped|Restored|Reinstated|Upgraded[ ]to|Switched[ ]to|Moved[ ]to|Replaced|Sunset|Archived|New[ ]entry:?|"
         "New[ ]model:?")
LINE = re.compile(rf"^[ \t]*(?:[*\-\u2022+\u25b8]|\d{{1,2}}[.)]|\d{{4}}-\d\d-\d\d(?:[ ]\u00b7|:|[ ][\u2014\u2013\-]))?[ \t]*"
                  rf"(?:\*\*)?(?:{VERBS})(?:\*\*)?[ ]+(?:the[ ]+|model[ ]+)?(?P<name>[{_UP}])", re.M)
# a capitalised name of one to three words (no version needed) before ": <score>"
SCORED = re.compile(rf"(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*(?:[ ][{_UP}0-9][{_AL}0-9.]*(?:[{_H}][{_AL}0-9]+)*){{0,2}})"
                    r"(?:\*\*)?:[ ]+\d{1,4}(?:\.\d+)?(?:[ ]?%|[ ]points?|[ ]pts|\b)")
AFTER_VERSIONED = re.compile(r"(?:\*\*)?(?:[ ]?[;:,.!)(\u2014\u2013]|[ ](?:after|to|from|with|for|on|is|was|now|and)\b|[ ]*$)", re.M)
_LOWER_WORDS = frozenset(w.capitalize() for w in STOP_WORDS) | frozenset(
    "Support Dark Light Mode Option Options Setting Settings Button Toggle Filter Filters Column Columns Page Tab Link Links "
    "Tests Test Docs Documentation Notes Benchmarks Benchmark Models Model Entries Entry Scores Score Results Tasks Task "
    "Categories Category Languages Language Export Import Search Sorting Sort".split())


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of the models changelog lines name."""
    if not any(v in text for v in ("Added", "Retired", "Rescored", "Re-", "Delisted", "Deprecated", "Removed", "Dropped",
                                   "Restored", "Reinstated", "to ", "Replaced", "Sunset", "Archived", "New ")):
        return []
    spans = [(s, e) for s, e, _ in taken]
    out: list[tuple[int, int, str, str]] = []
    for m in LINE.finditer(text):
        p = m.start("name")
        got = None
        v = MODEL_SHAPE.match(text, p)
        if v is not None and AFTER_VERSIONED.match(text, v.end()):
            got = (p, v.end())
        else:
            n = SCORED.match(text, p)
            if n is not None:
                got = (p, n.end("name"))
        if got is None:
            continue
        s, e = got
        name = text[s:e]
        head = re.split(rf"[ {_H}]", name)[0]
        if (head in BLOCKED_HEADS or head in _LOWER_WORDS or head in COMMON_CAPS or BENCH_SHAPE.fullmatch(name)
                or name.isupper() and len(name) > 6):
            continue
        if any(a < e and s < b for a, b in spans) or not ai_at(s):
            continue
        spans.append((s, e))
        out.append((s, e, "MODEL", re.sub(r"\s+", " ", name)))
    return out
