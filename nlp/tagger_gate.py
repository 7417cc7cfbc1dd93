"""The rules' evidence against a span of the learned name tagger (:mod:`nlp.name_tagger`).

The tagger adds a name where the rules found nothing; read on left-out sets, its wrong additions are
mostly *pieces* of a longer name the rules did not take ("Telekom" of "Deutsche Telekom", "Intelligence
Index" as a model) and names of the wrong kind beside names the rules did label (an acronym in a list
of organisations tagged as a benchmark, a company between two companies tagged as a model). Each veto
here is a general piece of such evidence, read from the text and the rules' labelled spans:

* **fragment**: a capitalised word the rules did not take stands right before the span, on the same
  line and not first in its sentence — the span is the tail of a longer name it should have taken;
* **head word**: a model whose last word names a benchmark ("Index", "Arena", "Leaderboard"), a
  benchmark whose last word names an organisation ("Labs", "Institute");
* **list**: the span is an item of a list ("A, B and C", "A 81.3; B 77.0", "A: 63.8 | B: 88.5") whose
  neighbouring item the rules labelled otherwise, and no neighbour carries the tagger's label;
* **abbreviation**: "(ABC)" right after a found name is that name again (the guidelines' own
  convention): not a name of another label;
* **code**: a span outside quotes on a line of code closed by ``);`` (SQL, a function call) or typed at
  an interpreter's prompt (``julia> ``, ``>>> ``): the capitals there are keywords, types and packages
  ("VALUES", "TEXT"), the names are the quoted values; a printed table's type after its size ("5×4 X");
* **result**: a model ending in a match result or a range ("... Rovers 3-1");
* **placeholder**: a word right after a command-line option or a ``$`` ("--timeout SECONDS", "$(SEED)"), a
  build file's variable ("TARGETS := ..."), a log line's level ("INFO"), a table's column word ("Pts",
  "Stderr");
* **the rules' word lists and cues**: a word of a product line inside the span ("M5 MacBook Pro"), a
  label word first ("Slide 7"), a noun after a model that says it is not one ("Trainium3 servers"), an id
  in lower case without a capital ("toaster99", "to-3D"), a lab whose first word is a place, a slash ("CS 4/5xx"), and a model of two or more
  plain words with neither digit nor tier ("Ifeoma Adeyemi", "Project Astra": people and products).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .header_words import header_word
from .unknown import BLOCKED_HEADS, MODEL_AFTER, NOT_NAME_AFTER, PLACES, TIER_WORDS

BENCH_HEADS = frozenset("Index Arena Leaderboard Benchmark Bench Eval Exam Olympiad Challenge Suite Ladder Board League "
                        "Rankings Ranking".split())
# a benchmark's head that no organisation's name ends with ("Index Ventures" starts with one; "Oversight Board" ends)
BOARD_HEADS = frozenset("Ladder Leaderboard Bench Benchmark Eval Exam Olympiad Rankings Arena".split())
ORG_HEADS = frozenset("Labs Lab Institute University Society Foundation Agency Ministry Council Commission Inc Corp".split())
# the capitalised word right before a span, one space between it and the span ("Deutsche Telekom")
_WORD_BEFORE = re.compile(r"(?<![\w'\u2019.\-])([A-Z][^\W_]*)[ ]\Z")
# what may stand before a sentence's first word: nothing, an end of sentence, a line's list marks
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\u2014\u2013\"'\u201c(]\s*|\n[\s#*>\-\u2022\d.)]*)\Z")
# list separators, with the item's score between it and the separator: "A 81.3; B 77.0", "A: 63.8 | B: 88.5"
_SCORE = r"(?:\*{0,2}:?[ ]\d[\d.,]*%?)?"
_SEP = r"(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or|&|vs\.?)[ ]|;[ ]|[ ]\|[ ])"
_SEP_BEFORE = re.compile(_SCORE + _SEP + r"\Z")
_SEP_AFTER = re.compile(_SCORE + _SEP)
_SEP_ONLY_BEFORE = re.compile(_SEP + r"\Z")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ABBREV = re.compile(r"[ ]?\(\Z")
_LAST_WORD = re.compile(r"[^\W\d_]+\Z")
PRODUCT_WORDS = BLOCKED_HEADS - TIER_WORDS - STOP_WORDS - {w.capitalize() for w in STOP_WORDS}
# words that label a part of a document or a process, with a number: "Slide 7", "Lot 3", "Question 12"
LABEL_FIRST = frozenset("Slide Slides Page Lot Sheet Row Column Item Question Task Problem Track Split Fold Run Trial "
                        "Batch Epoch Box Cell Note Footnote Exercise Lesson Module Unit Week Day".split())
_WORDS = re.compile(r"[^\W\d_]+")
# a log line's level ("2026-03-02 10:04:11 INFO runner ..."): the logging libraries' closed list
LOG_LEVELS = frozenset("TRACE DEBUG INFO NOTICE WARN WARNING ERROR CRITICAL FATAL".split())
# a table's column of units, besides the harness and leaderboard column words of nlp.header_words
UNIT_WORDS = frozenset("Pts Pt Pct Avg Acc Params Secs Sec Mins Hrs Toks Tok Ms".split())


def veto_for(labelled: list[tuple[int, int, str]],
             refused: Callable[[int, int, str], bool] | None = None) -> Callable[[str, int, int, str, float], bool]:
    """The veto of :func:`nlp.name_tagger.tag` given the rules' (start, end, label) spans of the text;
    ``refused(start, end, label)``: the rules' own refusals of a guess (:func:`nlp.tagger_refusals.refusal_for`)."""
    spans = sorted((s, e, lab) for s, e, lab in labelled if lab in ("MODEL", "BENCHMARK", "ORG"))
    by_end = {e: lab for s, e, lab in spans}
    by_start = {s: lab for s, e, lab in spans}
    starts = [s for s, _, _ in spans]
    keys: dict = {}  # the starts of the rules' benchmarks keyed by a score ("GSM8K: 88.5"), read once per text

    def covered(s: int, e: int) -> bool:
        i = bisect_left(starts, e)
        return any(a < e and b > s for a, b, _ in spans[max(0, i - 8):i])

    vetoed: set[str] = set()  # a surface refused once is refused at its other mentions ("LEXO-50" twice)

    def veto(text: str, s: int, e: int, label: str, p: float) -> bool:
        if text[s:e] in vetoed:
            return True
        if (_listed_words(text, s, e, label) or _fragment(text, s, covered) or _wrong_head(text, s, e, label)
                or _list_says_other(text, s, e, label, by_end, by_start)
                or _abbreviation_of_other(text, s, label, by_end) or _measured(text, s) or _unquoted_code(text, s, e)
                or _PLACEHOLDER.search(text, max(0, s - 40), s) is not None or _ASSIGNED.match(text, e) is not None
                or _SIZED.search(text, max(0, s - 12), s) is not None
                or label == "MODEL" and _RESULT_END.search(text, s, e) is not None
                or label == "MODEL" and _keyed_like_benchmarks(text, s, e, keys, spans)):
            vetoed.add(text[s:e])
            return True
        return refused is not None and refused(s, e, label)  # (by label and place: not kept for other mentions)

    return veto


def _listed_words(text: str, s: int, e: int, label: str) -> bool:
    surface = text[s:e]
    words = _WORDS.findall(surface)
    if not words or "/" in surface:
        return True
    if words[0] in LABEL_FIRST or any(w in PRODUCT_WORDS for w in words[1:]) or surface in LOG_LEVELS or (
            surface in UNIT_WORDS or header_word(surface)):
        return True
    if surface[0].islower() and (surface == surface.lower() or words[0] in STOP_WORDS):
        return True  # an id in lower case ("toaster99"), a sentence's word glued to a number ("to-3D")
    if label == "ORG" and words[0] in PLACES:
        return True  # "Abu Dhabi", "Swiss AI": a place, or a place's programme, not a lab the rules missed
    if label != "MODEL":
        return False
    if NOT_NAME_AFTER.match(text, e) and not MODEL_AFTER.match(text, e):
        return True
    return len(words) > 1 and not any(c.isdigit() for c in surface) and not any(w in TIER_WORDS for w in words)


def _fragment(text: str, s: int, covered: Callable[[int, int], bool]) -> bool:
    m = _WORD_BEFORE.search(text, max(0, s - 40), s)
    if m is None or m.group(1).lower() in STOP_WORDS or covered(m.start(1), m.end(1)):
        return False
    return not _SENTENCE_START.search(text, max(0, m.start(1) - 40), m.start(1))


def _wrong_head(text: str, s: int, e: int, label: str) -> bool:
    m = _LAST_WORD.search(text, s, e)
    last = m.group() if m else ""
    return (label == "MODEL" and last in BENCH_HEADS or label == "BENCHMARK" and last in ORG_HEADS
            or label == "ORG" and last in BOARD_HEADS)


def _list_says_other(text: str, s: int, e: int, label: str, by_end: dict, by_start: dict) -> bool:
    """Neighbouring list items labelled by the rules: all of another label than ``label``."""
    near = []
    for rx in (_SEP_BEFORE, _SEP_ONLY_BEFORE):  # (a version ending the item, "Claude Opus 4, X", is no score)
        m = rx.search(text, max(0, s - 20), s)
        if m is not None and m.start() in by_end:
            near.append(by_end[m.start()])
            break
    m = _SEP_AFTER.match(text, e)
    if m is not None and m.end() in by_start and not _POSSESSIVE.match(text, _end_of(text, m.end())):
        near.append(by_start[m.end()])  # ("and Google's Gemini": the item is Google's product, not Google)
    return bool(near) and label not in near


_KEYED = re.compile(r"\*{0,2}[ ]?:[ ]*\d")  # "NAME: 63.8", "**NAME**: 63.8"
_MEASURED = re.compile(r"\d[ ]?(?:[KMGTP]i?B|bytes?)[ ]+of[ ]+\Z")  # "24 GB of VRAM": what a quantity measures


def _keyed_like_benchmarks(text: str, s: int, e: int, keys: dict, spans: list) -> bool:
    """A model keyed by a score ("X: 63.8") on a line where the rules' benchmarks are keyed the same way
    ("X: 63.8 | GSM8K: 88.5"): a benchmark of the line, not its model."""
    if not _KEYED.match(text, e):
        return False
    if "starts" not in keys:
        keys["starts"] = [a for a, b, lab in spans if lab == "BENCHMARK" and _KEYED.match(text, b)]
    lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    hi = len(text) if hi < 0 else hi
    return any(lo <= a < hi for a in keys["starts"])


# a command line's placeholder or a variable: "--timeout SECONDS", "[-o DIR]", "$(SEED)", "${MODEL}"
_PLACEHOLDER = re.compile(r"(?:(?<![\w-])--?[A-Za-z][\w-]*[ =]|\$[({]?)\Z")
_ASSIGNED = re.compile(r"[ \t]*(?::=|\?=|\+=)")  # a build file's variable: "TARGETS := a b c"
_STATEMENT_END = re.compile(r"\)\s*;\s*\Z")  # a line of code: a call or a statement closed by ");"
# a line typed at an interpreter's prompt: "julia> ", ">>> ", "In [3]: ", "R> ", "> "
_PROMPT = re.compile(r"[ \t]*(?:[a-z]+>|>>>|In \[\d+\]:|>)[ ]")
# a printed table's size before its type ("5×4 DataFrame", "3 x 2 Table")
_SIZED = re.compile(r"\d+[ ]?[\u00d7x][ ]?\d+[ ]\Z")
# a match result or a range after the words: "the Denmoor Rovers 3-1" (a version is "3.1", "3", "V3")
_RESULT_END = re.compile(r"[ ]\d{1,2}[\-\u2013]\d{1,2}\Z")


def _unquoted_code(text: str, s: int, e: int) -> bool:
    """The span stands outside quotes on a line of code (``... VALUES ('x-1', 'Y-QA', 62.4);``): there the
    capitalised words are the language's keywords and types, and the names are quoted values."""
    lo, hi = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    hi = len(text) if hi < 0 else hi
    if not _STATEMENT_END.search(text[lo:hi]) and not _PROMPT.match(text, lo):
        return False
    before = text[lo:s]
    return before.count("'") % 2 == 0 and before.count('"') % 2 == 0


def _measured(text: str, s: int) -> bool:
    return _MEASURED.search(text, max(0, s - 20), s) is not None


def _end_of(text: str, s: int) -> int:
    m = re.compile(r"[\w.\-]+").match(text, s)
    return m.end() if m else s


def _abbreviation_of_other(text: str, s: int, label: str, by_end: dict) -> bool:
    m = _ABBREV.search(text, max(0, s - 2), s)
    return m is not None and m.start() in by_end and by_end[m.start()] != label
