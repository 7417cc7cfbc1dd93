"""Quizzes and mark schemes: a numbered question and its answer, read together (round 26).

    Q3 (1 mark). What did the maintainers measure for Vireo 3 on ZetaBench?
    Answer: 38.5%.

    Q4. Which lab's model scored 4,820 USD on TillSim?          … Answers: 4. Orlin Labs' Orlin 2, ranked first.

Neither line is a claim alone: the question names what the answer gives. A question is a line opening with "Q<n>"
(or "Question <n>") that asks something ("?"); its answer is an "Answer:" / "A:" after the question mark or on the
next line, an "A<n>." line, or the item "<n>." of an "Answers" paragraph. The pair gives claims when its names and
figures line up: the answer's models and benchmarks where it names any, else the question's; the answer's figures, or
— when the answer names a model or a benchmark and no figure ("Orlin 2") — the question's. With n figures needed
(the most models or benchmarks named), a single model or benchmark goes with every figure, and n of them zip in
order ("… for A on B, and for C on D?" — "31.1%; 80.9%"). An answer with no figure and no name ("a grader bug")
gives nothing, whatever figure the question quoted.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .numbers import find_numbers

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question[ \t]+)(?P<n>\d{1,2})\b[^\n]*\?[^\n]*$", re.M)
_LABEL = re.compile(r"[ \t]*(?:Q|Question[ \t]+)\d{1,2}\b(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*[.:)]?[ \t]*")
_ANSWER_LEAD = re.compile(r"[ \t]*(?:Answer|Ans\.|A)[ \t]*:[ \t]*")
_NUMBERED_ANSWER = re.compile(r"^[ \t]*A(?P<n>\d{1,2})[ \t]*[.:)][ \t]*(?P<body>[^\n]+)$", re.M)
_ANSWERS_HEAD = re.compile(r"^[ \t]*(?:ANSWERS|Answers)\b[ \t]*:?", re.M)
_ITEM = re.compile(r"(?:(?<=^)|(?<=\s))(?P<n>\d{1,2})\.[ \t]+")
_SENTENCE_END = re.compile(r"[.!]\s")


def _pairs(text: str) -> list[tuple[int, int, int, int]]:
    """(question start, question end, answer start, answer end) of each question with an answer"""
    questions = {}
    for m in _QUESTION.finditer(text):
        lab = _LABEL.match(text, m.start())
        q = lab.end() if lab else m.start()
        qmark = text.rfind("?", q, m.end())
        questions[int(m.group("n"))] = (q, qmark + 1, m.end())
    if not questions:
        return []
    answers = {}
    for n, (q, qe, line_end) in questions.items():
        inline = _ANSWER_LEAD.match(text, qe)
        if inline:
            answers[n] = (inline.end(), line_end)
            continue
        nxt = text.find("\n", line_end) + 1 if line_end < len(text) else -1
        if nxt > 0:
            lead = _ANSWER_LEAD.match(text, nxt)
            if lead:
                end = text.find("\n", lead.end())
                answers[n] = (lead.end(), len(text) if end < 0 else end)
    for m in _NUMBERED_ANSWER.finditer(text):
        answers.setdefault(int(m.group("n")), m.span("body"))
    for head in _ANSWERS_HEAD.finditer(text):
        end = text.find("\n\n", head.end())
        end = len(text) if end < 0 else end
        items = [m for m in _ITEM.finditer(text, head.end(), end) if int(m.group("n")) in questions]
        for m, nxt in zip(items, items[1:] + [None]):
            answers.setdefault(int(m.group("n")), (m.end(), nxt.start() if nxt else end))
    return [(q, qe, *answers[n]) for n, (q, qe, _) in sorted(questions.items()) if n in answers]


def _names(ents, starts, a: int, b: int, label: str) -> list[tuple]:
    """the entities of ``label`` inside text[a:b], one per canonical, in order"""
    out, seen = [], set()
    for e in ents[bisect_left(starts, a):bisect_left(starts, b)]:
        if e[2] == label and e[1] <= b and e[3] not in seen:
            seen.add(e[3])
            out.append(e)
    return out


def _figures(text: str, ents, starts, a: int, b: int) -> list:
    """the score figures of text[a:b] (none inside a name), as (segment start, Number)"""
    skip = [(e[0] - a, e[1] - a) for e in ents[bisect_left(starts, a):bisect_left(starts, b)] if e[1] <= b]
    return [(a, n) for n in find_numbers(text[a:b], skip=skip) if n.is_score]


def quiz_pairs(text: str, ents) -> list[tuple[tuple, tuple, int, object]]:
    """(model, benchmark, segment start, Number) for each figure a question and its answer give together;
    ``ents``: (start, end, label, canonical) in text order; the Number's offsets are within text[segment start:]."""
    if "?" not in text or "Q" not in text:
        return []
    pairs = _pairs(text)
    if not pairs:
        return []
    starts = [e[0] for e in ents]
    out = []
    for q, qe, a, b in pairs:
        a_models, a_benches = _names(ents, starts, a, b, "MODEL"), _names(ents, starts, a, b, "BENCHMARK")
        models = a_models or _names(ents, starts, q, qe, "MODEL")
        benches = a_benches or _names(ents, starts, q, qe, "BENCHMARK")
        if not models or not benches:
            continue
        need = max(len(models), len(benches))
        if len(models) not in (1, need) or len(benches) not in (1, need):
            continue
        figures = _figures(text, ents, starts, a, b)
        if not figures and (a_models or a_benches):
            figures = _figures(text, ents, starts, q, qe)  # "Which model scored 4,820 USD …?" — "Orlin 2"
        if len(figures) < need:
            continue
        if need == 1 and len(figures) > 1:
            # "88.2% and 41.7%" for one model on one board: which is meant is not said, unless the first figure
            # stands alone in the answer's first sentence ("58.3%. 2. …" of an answers paragraph)
            first = _SENTENCE_END.search(text, a, b)
            if first is None or sum(1 for seg, n in figures if seg + n.start < first.start()) != 1:
                continue
        for k in range(need):
            seg, num = figures[k]
            out.append((models[k if len(models) > 1 else 0], benches[k if len(benches) > 1 else 0], seg, num))
    return out
