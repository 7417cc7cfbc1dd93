"""Benchmarks no list knows, from how a text defines them (round 14).

A new benchmark is often introduced once, by its definition, and then written bare. Two definitions are read:

* **an acronym with its long form**: "We introduce Grounded Reading Over Receipts (GROR), 2,140 questions ...",
  "GROR: Grounded Reading Over Receipts, a Benchmark for ...", "GROR (Grounded Reading Over Receipts)". The
  acronym's letters are the initials of the long form's capitalised words in order (small words "and", "of",
  "for", ... may be skipped). It is a benchmark when the long form reads like an evaluation (its last words hold an
  evaluation noun: Benchmark, Test, Exam, Questions, QA, Evaluation, Tasks, ...) or the definition goes on with one
  (", 2,140 questions", ", a benchmark for", "is a test of"). Long forms headed by an organisation noun (Institute,
  Agency, University, ...) are left to :mod:`nlp.org_shapes`, which reads those.
* **a paper title**: "Knotline: Tangled Dependencies as a Test of Planning", "Skerrow: A Benchmark for ..." —
  one name word, a colon, and a title that calls the thing a benchmark, test, dataset or suite.

Both the long form and the acronym (or the titled name) are benchmarks; the acronym's or name's other mentions
in the passage follow (as written, whole words). Gates: the caller runs this on AI texts only; nothing found
before is overlapped; acronyms the project treats as common words (``COMMON_CAPS``: LLM, API, ...) are never
names. Each pattern is found from its own literal marks ("(", ":") and bounded: linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .canonical import HYPHENS
from .glossary_names import FIELD_WORDS
from .unknown import _UP, COMMON_CAPS

_H = re.escape(HYPHENS)
NOT_ACRONYMS = frozenset("FAQ FAQs TBD TOC TL DR QA AMA".split())  # acronyms of plain phrases
SMALL = frozenset("and of for the in on with to a an across over under from by at via & und et de".split())
# an acronym in brackets: "(GROR)", "(MiGRA)"; two to eight letters, capitals first and last-but-any
ACRO_IN_BRACKETS = re.compile(r"[ ]\(([A-Z][A-Za-z]{0,6}[A-Z]|[A-Z]{2,8})\)")
# "GROR: Grounded Reading ...", "GROR (Grounded Reading ...": the acronym first (line start, a quote or "Title:")
# (read back from the ": " or " (" after it, in a short window: the marks are few)
ACRO_FIRST = re.compile(r"(?:^|(?<=[\n\"\u201c{]))[ \t]*(?:Title:[ \t]*)?([A-Z][A-Za-z]{0,6}[A-Z]|[A-Z]{2,8})\Z", re.M)
WORD = re.compile(rf"[{_UP}][\w{_H}]*|[a-z]+|&")
# an evaluation noun among the long form's last words
EVAL_NOUNS = re.compile(r"\b(?:Benchmarks?|Bench|Tests?|Exams?|Examinations?|Questions?|QA|Evaluations?|Eval|Tasks?|Problems?|"
                        r"Challenges?|Suite|Assessments?|Quiz|Puzzles?|Leaderboard|Arena|Testbed|Dataset)\b")
# what goes on after the definition and says it is an evaluation
EVAL_AFTER = re.compile(r"\)?,?[ ]+(?:(?:a|an|the|our)[ ]+(?:new[ ]+)?(?:[\w\-]+[ ]+){0,4}?(?:benchmark|test|exam|dataset|"
                        r"evaluation|suite|leaderboard|testbed|question[ ]set|test[ ]set)s?\b|\d[\d,.]*[ ]+(?:[\w\-]+[ ]+){0,3}?"
                        r"(?:questions|tasks|problems|items|prompts|puzzles|examples|exercises)\b|(?:is|was)[ ]+(?:a|an)[ ]+"
                        r"(?:[\w\-]+[ ]+){0,3}?(?:benchmark|test|exam|dataset|suite)\b)", re.I)
ORG_HEADS = re.compile(r"\b(?:Institute|Institution|University|Universities|College|School|Agency|Authority|Council|Ministry|"
                       r"Department|Office|Commission|Committee|Centre|Center|Laboratory|Laboratories|Lab|Labs|Foundation|Association|"
                       r"Society|Corporation|Company|Group|Bank|Board|Bureau|Service|Network|Alliance|Consortium|Federation|Union|"
                       r"Organi[sz]ation|Programme|Program|Initiative|Project|Fund|Court|Parliament|Government)\b")
# a paper title naming a benchmark: "Skerrow: A Benchmark for ...", "Knotline: Tangled Dependencies as a Test of Planning"
TITLE_HEAD = re.compile(rf"(?:^|(?P<q>(?<=[\"\u201c{{])))[ \t]*(?P<field>Title:[ \t]*)?(?P<name>[{_UP}][\w]*(?:[{_H}][\w]+)*)\Z", re.M)
TITLE_KIND = re.compile(r"[^\n\"\u201d]{0,120}?\b(?:[Aa]s[ ]+)?[Aa]n?[ ]+(?:[\w\-]+[ ]+){0,3}?(?P<kind>Benchmark|Test|Dataset|Suite|"
                        r"Testbed|Evaluation|Exam|Leaderboard|benchmark|test|dataset|suite|testbed|evaluation|exam|leaderboard)[ ]+"
                        r"(?:of|for|on|in|to)\b")
# (a title's kind word in lower case counts only in a quoted title or a "Title:" field: sentence-case references)


def _initials_match(acro: str, words: list[str]) -> bool:
    """The acronym's letters are the initials of ``words`` (capitalised ones must each give one letter, small
    words may give one or none), all of the acronym used, all capitalised words used."""
    a = acro.upper()
    memo: dict[tuple[int, int], bool] = {}

    def go(i: int, j: int) -> bool:  # i: acronym letter, j: word
        if j == len(words):
            return i == len(a)
        if (i, j) in memo:
            return memo[(i, j)]
        w = words[j]
        small = w.lower() in SMALL
        ok = (small and go(i, j + 1)) or (i < len(a) and w[0].upper() == a[i] and go(i + 1, j + 1))
        memo[(i, j)] = ok
        return ok

    return go(0, 0)


def _long_form_before(text: str, end: int, acro: str) -> int | None:
    """The start of the long form ending at ``end`` whose initials spell ``acro``: the shortest run of words
    back from ``end`` (same line) that starts with a capitalised word and matches."""
    line_start = text.rfind("\n", 0, end) + 1
    words = [m for m in WORD.finditer(text, max(line_start, end - 160), end)]
    if not words or words[-1].end() != end:
        return None
    for k in range(len(words) - 1, -1, -1):  # shortest first
        run = words[k:]
        if len(run) > len(acro) * 2 + 2:
            return None
        if not run[0].group()[0].isupper() or run[0].group().lower() in SMALL:
            continue
        if any(text[a.end():b.start()] not in (" ",) for a, b in zip(run, run[1:])):
            continue
        if _initials_match(acro, [m.group() for m in run]):
            return run[0].start()
    return None


def _long_form_after(text: str, start: int, acro: str) -> int | None:
    """The end of the long form starting at ``start`` whose initials spell ``acro`` (the longest match that
    ends before punctuation)."""
    best = None
    run: list[re.Match] = []
    for m in WORD.finditer(text, start, min(len(text), start + 160)):
        if run and text[run[-1].end():m.start()] != " ":
            break
        if not run and m.start() != start:
            return None
        run.append(m)
        if len(run) > len(acro) * 2 + 2:
            break
        if run[-1].group()[0].isupper() and _initials_match(acro, [w.group() for w in run]):
            best = run[-1].end()
    return best


def _free(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect_left(spans, (s, -1))
    if i > 0 and spans[i - 1][1] > s:
        return False
    return i >= len(spans) or spans[i][0] >= e


def _mentions(text: str, name: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS))
                and not (j < len(text) and (text[j].isalnum() or text[j] in HYPHENS and j + 1 < len(text) and text[j + 1].isalnum()))
                and _free(spans, i, j)):
            out.append((i, j))
        i = text.find(name, j)
    return out


def _marks(text: str, marks: tuple[str, ...] = (": ", " (")):
    """(position, end) of each ": " / " (" in the text."""
    for mark in marks:
        i = text.find(mark)
        while i >= 0:
            yield i, i + len(mark)
            i = text.find(mark, i + 1)


def find(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "BENCHMARK", canonical) of benchmarks defined by an acronym's long form or a paper title
    (see the module doc), with the name's other mentions in the passage."""
    if "(" not in text and ":" not in text:
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    found: dict[str, list[tuple[int, int]]] = {}  # canonical -> long forms
    for m in ACRO_IN_BRACKETS.finditer(text):  # "Long Form (ACRO)"
        acro = m.group(1)
        if acro in COMMON_CAPS or acro in NOT_ACRONYMS or acro in found:
            continue
        s = _long_form_before(text, m.start(), acro)
        if s is None:
            continue
        long_form = text[s:m.start()]
        if ORG_HEADS.search(long_form) or not (EVAL_NOUNS.search(long_form) or EVAL_AFTER.match(text, m.end())):
            continue
        found[acro] = [(s, m.start())]
    for i, after in _marks(text):  # "ACRO: Long Form, a Benchmark for", "ACRO (Long Form)"
        m = ACRO_FIRST.search(text, max(0, i - 24), i)
        if m is None:
            continue
        acro = m.group(1)
        if acro in COMMON_CAPS or acro in NOT_ACRONYMS or acro in found:
            continue
        e = _long_form_after(text, after, acro)
        if e is None:
            continue
        long_form = text[after:e]
        if ORG_HEADS.search(long_form) or not (EVAL_NOUNS.search(long_form) or EVAL_AFTER.match(text, e)):
            continue
        found[acro] = [(after, e)]
    for i, after in _marks(text, (": ",)):  # "Knotline: Tangled Dependencies as a Test of Planning"
        m = TITLE_HEAD.search(text, max(0, i - 60), i)
        if m is None or not text[after:after + 1].isupper():
            continue
        name = m.group("name")
        if name in FIELD_WORDS or name in ("Title", "Abstract", "Paper", "Re", "Fwd", "Headline"):
            continue  # a field's key ("Title: X: ..."), not the titled name
        k = TITLE_KIND.match(text, after)
        if k is None or k.group("kind").islower() and not m.group("field") and m.group("q") is None:
            continue
        if name in COMMON_CAPS or name in found or len(name) < 3:
            continue
        found[name] = []
    if not found:
        return []
    out: list[tuple[int, int, str, str]] = []
    for name, longs in found.items():
        for s, e in longs:
            if _free(spans, s, e):
                out.append((s, e, "BENCHMARK", name))
        out += [(s, e, "BENCHMARK", name) for s, e in _mentions(text, name, spans)]
    out.sort()
    keep: list[tuple[int, int, str, str]] = []  # (a long form and a mention never overlap: whole words; keep the first)
    for x in out:
        if not keep or x[0] >= keep[-1][1]:
            keep.append(x)
    return keep
