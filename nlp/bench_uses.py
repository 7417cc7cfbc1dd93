"""Benchmarks no list knows, from what the sentence does with them (round 14).

Three uses say a name is a benchmark whatever its shape (``CipherKnot``, ``SCORL``, ``Ledgerline 2026``,
``Knot-QA``):

* **a part of it as a score's object**: "55.0 on X's Romanian subset", "on X's Finnish forms it reaches 58%",
  "on X's hard split" — a score's "on", the name with a possessive, then (a capitalised word and) a part noun;
* **a bracketed apposition with a test noun**: "X (the puzzle set from last spring)", "X (an accounting test
  released in January)", "X (a new leaderboard for ...)";
* **a kind word after a description**: "the X accounting benchmark", "the X public leaderboard" — "the", the
  name, one or two lower-case words, then the board noun; "scored on the X hidden test", "on the X public split";
  "the exam set X", "the question set X";
* **a sentence opened on it** (round 21): "On X the Lite variant clears 48% of the tasks", "On X, it scores 61
  points" — "On", the name, a subject, then a percentage or points in the same clause.

The name's other mentions in the passage follow (as written, whole words). Gates: an AI sentence at the cue
(the caller's ``ai_at``), none of the words that never start a name (stop words, places, languages' common
capitals, discourse words), nothing found before overlapped (a known model or lab is never relabelled).
Each cue is found from its literal words ("'s", "(", the test nouns) and bounded: linear in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .unknown import _AL, _UP, BLOCKED_HEADS, COMMON_CAPS, DISCOURSE, NOT_BENCH, PLACES, TIER_WORDS
from .demonyms import COUNTRIES, DEMONYMS
from .name_syntax import _surname, span_free
from .trigger_scan import TriggerScan

_H = re.escape(HYPHENS)
# a benchmark-shaped name: a capitalised word (CamelCase, ALL-CAPS, with digits), hyphenated parts, a year
_NAME = rf"[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*(?:[ ](?:19|20)\d\d)?"
_PART = (r"(?:subsets?|splits?|sections?|portions?|parts?|forms|tasks|questions|items|tracks?|test[ ]set|dev[ ]set|hard[ ]tier|"
         r"easy[ ]tier|tiers?|leaderboard|board|categor(?:y|ies))")
# "55.0 on X's Romanian subset", "on X's Finnish forms"
# (the look-behind after the "O", so that the engine skips to a space or an "O")
POSSESSIVE_PART = re.compile(rf"(?:[ ]on|O(?<!\wO)n)[ ](?:the[ ])?({_NAME})['\u2019]s[ ](?:(?:[{_UP}][{_AL}]+|hidden|public|private|hard|easy|"
                             rf"held-out|new|full|multilingual)[ ])?{_PART}\b")
# "X (the puzzle set from last spring)", "X (an accounting test released in January)"
_TEST_NOUN = r"(?:benchmark|test|test[ ]set|set|suite|exam|eval|evaluation|leaderboard|quiz|puzzle[ ]set|question[ ]set)"
# (the tail is found first, from its literal "(" or noun; the name is then read back from its end)
BRACKET_TAIL = re.compile(rf"[ ]\((?:the|a|an)[ ](?:new[ ])?(?:[a-z][\w\-]*[ ]){{0,3}}?{_TEST_NOUN}s?\b"
                          r"(?![ ](?:of[ ](?:the|it|its|his|her)|up|off|out)\b)")
NAME_END = re.compile(rf"(?<![\w.@/{_H}])({_NAME})\Z")
# "the X accounting benchmark", "the X public leaderboard"
KIND_TAIL = re.compile(r"[ ](?:benchmark|leaderboard|test[ ]suite|eval|evaluation[ ]suite)s?\b")
KIND_BACK = re.compile(rf"\b[Tt]he[ ](?:new[ ])?({_NAME})[ ](?:(?!(?:family|lab|team|group|company|project|research|school|"
                       r"university|government|city|state|national)[ ])[a-z][\w\-]*[ ]){1,2}\Z")
# "scored alone on the Gantry hidden test", "on the Knarro public split"
ON_THE_TEST = re.compile(rf"(?:[ ]on|O(?<!\wO)n)[ ]the[ ]({_NAME})[ ](?:(?:hidden|public|private|held-out|new|full|final|official|"
                         r"[a-z]+-[a-z]+)[ ])?(?:test|exam|test[ ]set|split)\b(?![ ](?:of|for|drive|run|flight|match)\b)")
# "this year's state exam set Zkoušky 2027", "the question set Knarro"
SET_NAMED = re.compile(rf"[ ]set[ ](?:(?<=exam[ ]set[ ])|(?<=test[ ]set[ ])|(?<=question[ ]set[ ])|(?<=benchmark[ ]set[ ])|"
                       rf"(?<=evaluation[ ]set[ ]))({_NAME})\b")
# "On X the Lite variant clears 48%", "On X, it scores 61.0" (round 21): a sentence opened by "On <name>", then a subject
# and a figure within the clause: the place a result is read on ("On Monday": calendar words are no name)
# (its look-behinds leave the engine no first character to scan for: tried only where a word "On" begins,
# nlp.trigger_scan)
ON_OPENING = TriggerScan(re.compile(rf"(?:(?<=[.!?][ ])|(?<=\n)|(?<=\A))On[ ]({_NAME})(?:,)?[ ](?:the|a|an|it|its|both|all|each|every|our|their)"
                                      r"[ ][^.;\n]{0,80}?\d(?:[\d.,]*)(?:[ ]?%|[ ]?(?:points|pts|percent))"),
                         r"O(?<!\w.)(?=n[ ])")
VERSION_AFTER = re.compile(r"[ ]\d")  # ("Knot 2026" is not "Knot")
NOT_NAMES = frozenset(DISCOURSE | PLACES | NOT_BENCH | COMMON_CAPS | TIER_WORDS | COUNTRIES | DEMONYMS)


def _ok(w: str) -> bool:
    head = w.split()[0]
    return (len(head) > 2 and head not in BLOCKED_HEADS and head.lower() not in STOP_WORDS and head not in NOT_NAMES
            and w not in NOT_NAMES)


# what every match of each cue holds (its literal words): a cue is not searched in a text without one (the "On "
# that lets ON_OPENING's texts in would otherwise run all six)
NEEDS = {POSSESSIVE_PART: ("'s ", "\u2019s "), ON_THE_TEST: (" test", " exam", " split"), SET_NAMED: (" set ",),
         ON_OPENING: ("On ",), BRACKET_TAIL: (" (the ", " (a"), KIND_TAIL: (" benchmark", " leaderboard", " test", " eval")}


def _uses(text: str):
    """(start, end) of each name a cue uses as a benchmark."""
    for rx in (POSSESSIVE_PART, ON_THE_TEST, SET_NAMED, ON_OPENING):
        if not any(k in text for k in NEEDS[rx]):
            continue
        for m in rx.finditer(text):
            yield m.span(1)
    for rx, back in ((BRACKET_TAIL, NAME_END), (KIND_TAIL, KIND_BACK)):
        if not any(k in text for k in NEEDS[rx]):
            continue
        for m in rx.finditer(text):
            end = m.start() + (rx is KIND_TAIL)  # (the tail's own leading space ends the words before it)
            n = back.search(text, max(0, end - 70), end)
            if n is not None:
                yield n.span(1)


def stands_alone(text: str, i: int, j: int) -> bool:
    """``text[i:j]`` is a mention of a name on its own: no letter, digit or path/address character joined to
    either end, no hyphenated part after it, and no version number after it ("Knot 2026" is not "Knot")."""
    return (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS))
            and not (j < len(text) and (text[j].isalnum() or text[j] in HYPHENS and j + 1 < len(text) and text[j + 1].isalnum()))
            and VERSION_AFTER.match(text, j) is None)


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of names used as benchmarks (see the module doc), with their other
    mentions; ``taken``: (start, end, label) of everything found so far."""
    cheap = ("'s ", "\u2019s ", " (the ", " (a", " benchmark", " leaderboard", " eval", " test", " split", " set ", "On ")
    if not any(k in text for k in cheap):
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e] for s, e, _ in taken}
    names: dict[str, int] = {}
    for s, e in _uses(text):
        w = text[s:e]
        if (w in names or w in labelled or not _ok(w) or not span_free(spans, width, s, e) or not ai_at(s)
                or " " not in w and _surname(text, w)):  # ("Dana Smith's subset": a person)
            continue
        names[w] = s
    out: list[tuple[int, int, str, str]] = []
    mine: list[tuple[int, int]] = []
    for w in names:
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if stands_alone(text, i, j) and span_free(spans, width, i, j) and span_free(mine, 100, i, j):
                out.append((i, j, "BENCHMARK", w))
                mine.append((i, j))
                mine.sort()
            i = text.find(w, j)
    return sorted(out)
