"""Benchmarks no list knows, named by the people who keep them or by their board's heading (round 21).

A benchmark's news is often told through its keepers: "the X maintainers rescored every entry", "a re-run by
the X organisers". Models and labs have developers, teams and staff, not maintainers or organisers, so the
noun says X is a benchmark (or a contest) whatever its shape (``Vortle-12``, ``Sloeberry Exam``, ``Sonnetry``).
A heading that names a board ("Brindlewave-Agent board, week 3", "# Vortle-2026 leaderboard") says the same,
but "School board" or "Math leaderboard" do too, so there the name must look made (a hyphen before a capital
or digit, a digit, or a capital inside the word).

The name's other mentions in the passage follow (as written, whole words): the claims of a rescoring notice
sit in sentences that no longer say "maintainers". Gates: an AI sentence at the cue (the caller's
``ai_at``), the name is not the tail of a longer capitalised name ("the Brackenlow Collective organisers"; an organisation word anywhere in it)
and not a word that never starts a name (:func:`nlp.bench_uses._ok`), nothing found before is overlapped.
Each cue is found from its literal noun and bounded: linear in the text.
"""

from __future__ import annotations

import re
from typing import Callable

from .bench_uses import _NAME, _ok, stands_alone
from .unknown import _AL, _UP
from .canonical import HYPHENS
from .name_syntax import span_free

_H = re.escape(HYPHENS)
# "the X maintainers", "X organisers", "the X benchmark maintainers"
KEEPERS = re.compile(rf"(?<![\w{_H}.@/])(?!(?:The|By|From|With|An?|Its|Our|Their|Several|All)\b)({_NAME}(?:[ ][{_UP}][{_AL}0-9{_H}]*){{0,2}})[ ](?:(?:benchmark|leaderboard|contest|exam)[ ])?"
                     r"(?:maintainers|organisers|organizers|curators)\b")
KEEPER_NOUNS = ("maintainers", "organisers", "organizers", "curators")
# a heading line: "X board, week 3", "## X leaderboard"
BOARD_HEAD = re.compile(rf"^(?:\#{{1,4}}[ ])?({_NAME})[ ](?:leader)?board\b(?=[ ]*(?:[,:(—–\-]|$))", re.M)
# a made name: "Brindlewave-Agent", "Vortle-2026", "Sloe9", "FennelQA"
MADE = re.compile(rf"\S*(?:[{_H}][A-Z0-9]|\d|[a-z][A-Z])")
# a lower-case word between hyphens is a phrase ("Text-to-SQL", "State-of-the-Art"), not a made name
PHRASE = re.compile(rf"[{_H}][a-z]+[{_H}]")


def made(w: str) -> bool:
    """Whether ``w`` looks like a made name (:data:`MADE`) and not a hyphenated phrase."""
    return MADE.match(w) is not None and PHRASE.search(w) is None
# words that end an organisation's name: "the Brackenlow Collective organisers" names no benchmark
ORG_TAILS = frozenset("Collective Labs Lab Institute University College Foundation Society League Association Committee "
                      "Council Club Guild Group Team Company Inc Ltd Project Consortium Federation Union Academy".split())


def _cued(text: str):
    """(start, end, where the AI gate is read) of each name a keepers' noun or a board heading names (a heading
    is read by the first line under it: a title alone is no AI sentence)."""
    # (the callers' gate lets "board" through too; every keepers' match needs its noun)
    for m in KEEPERS.finditer(text) if any(k in text for k in KEEPER_NOUNS) else ():
        s = m.start(1)
        before = text[max(0, s - 40):s].rstrip(" ")
        prev = before.rsplit(None, 1)[-1] if before.strip() else ""
        if prev[:1].isupper() and prev not in ("The", "By", "From", "With") and not prev.endswith((".", ":", ",")):
            continue  # the tail of a longer capitalised name
        yield (*m.span(1), s)
    for m in BOARD_HEAD.finditer(text):
        if made(m.group(1)):
            body = re.compile(r"\n[ \t]*\S").search(text, m.end(), m.end() + 400)
            yield (*m.span(1), body.end() - 1 if body else m.start(1))


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of names their keepers or board heading name (see the module doc),
    with their other mentions; ``taken``: (start, end, label) of everything found so far."""
    if not any(k in text for k in ("maintainers", "organisers", "organizers", "curators", "board")):
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e] for s, e, _ in taken}
    names: list[str] = []
    for s, e, gate in _cued(text):
        w = text[s:e]
        if (w in names or w in labelled or not _ok(w) or any(x in ORG_TAILS for x in w.split())
                or not span_free(spans, width, s, e) or not (ai_at(s) or ai_at(gate))):
            continue
        names.append(w)
    return with_mentions(text, names, spans, width)


def with_mentions(text: str, names: list[str], spans: list[tuple[int, int]], width: int) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", name) of every whole-word mention of each of ``names`` that overlaps none of the
    sorted ``spans`` (none longer than ``width``) and is not followed by a version ("Vortle 2" is not "Vortle"). A
    name the passage also writes with a year ("Vortle 2026: rescoring notice", then "the Vortle maintainers") is
    that dated benchmark in all its mentions: the year form is found too and is every mention's canonical."""
    out: list[tuple[int, int, str, str]] = []
    mine: list[tuple[int, int]] = []
    for w in names:
        dated = re.search(rf"(?<![\w{_H}]){re.escape(w)}[ ](?:19|20)\d\d\b", text)  # "X 2026" in the title, "the X maintainers"
        canon = dated.group(0)[dated.group(0).find(w):] if dated else w
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if dated and text.startswith(canon, i) and not (i + len(canon) < len(text) and text[i + len(canon)].isalnum()):
                if span_free(spans, width, i, i + len(canon)) and span_free(mine, 100, i, i + len(canon)):
                    out.append((i, i + len(canon), "BENCHMARK", canon))
                    mine.append((i, i + len(canon)))
                    mine.sort()
                i = text.find(w, i + len(canon))
                continue
            if stands_alone(text, i, j) and span_free(spans, width, i, j) and span_free(mine, 100, i, j):
                out.append((i, j, "BENCHMARK", canon))
                mine.append((i, j))
                mine.sort()
            i = text.find(w, j)
    return sorted(out)


def relabel(text: str, new: list[tuple[int, int, str, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """``new`` (the unknown names found so far, (start, end, label, canonical)) with a name guessed a MODEL from
    its shape ("Vortle-12") made a BENCHMARK in all its mentions when its keepers are named: "the Vortle-12
    maintainers". Only guesses are relabelled, never a name the knowledge base knows (those are not in ``new``)."""
    if not any(k in text for k in ("maintainers", "organisers", "organizers", "curators", "board")):
        return new
    models = {(s, e) for s, e, lab, _ in new if lab == "MODEL"}
    cued = {text[s:e] for s, e, gate in _cued(text)
            if (s, e) in models and _ok(text[s:e]) and (ai_at(s) or ai_at(gate))}
    if not cued:
        return new
    return [(s, e, "BENCHMARK", c) if lab == "MODEL" and text[s:e] in cued else (s, e, lab, c) for s, e, lab, c in new]
