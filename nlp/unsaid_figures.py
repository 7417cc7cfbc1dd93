"""Figures a prose text names without asserting them as a model's result: one entry point, `drop_unsaid`,
for `nlp.claims` (README claims conventions 5 and 7: rumours, hoaxes, jokes and projections are no claims;
a team's entry is not the score of the open model it built on).

* a **hoax, a joke or a debunked figure**: a sentence that calls its figure a hoax, a fake leak, a joke
  ("… with 90% on everything", as the founder joked), "debunked", "fabricated", "made up";
* a **denial**: "X did not score 92% on B", "never reached 80", "no, X didn't get 71%": the figure
  right after the negated verb;
* a **goal or a gate**: "(threshold 75%)", "a target of 80%", "the gate: 60%", "expects the model to reach 65%",
  "our objective for next year is to exceed 85%": the figure the goal, the gate or the hope names (README claims
  convention 5: targets, forecasts and release gates are no results);
* a **team's entry**: "1st — Team Kelpie (jerboa-7b + custom planner) — 46.0", "Team Nine Lives (built on
  X): 41.2": a model named only inside the brackets after a team's name is what the team built on; the
  line's figures are the team's, not the model's (its place too).

Each check is a substring quick reject and a regex over the claim's own sentence: linear in the passage.
"""
from __future__ import annotations

import re

from .needed_words import literal_gated
from .string_memo import passage_lower
from .numbers import FIGURE_TEXT

_NUMBER = FIGURE_TEXT

# a figure the sentence itself calls false or a joke
_UNSAID = re.compile(
    r"\b(?:hoax(?:es)?|debunked|fabricated|made[- ]up|fake\s+(?:leak|screenshot|post|chart|figure|number|card|table)|"
    r"(?:leak|screenshot|post|chart|figure|number|claim|rumou?r)\s+(?:was|is|turned\s+out\s+to\s+be)\s+(?:a\s+)?"
    r"(?:fake|false|bogus|untrue|fabricated|hoax)|"
    r"(?:was|were|turned\s+out\s+to\s+be|proved\s+to\s+be|(?:has|have)\s+been\s+shown\s+to\s+be)\s+(?:an?\s+)?"
    r"(?:fake|forgery|forged|doctored|photoshopped|fabrication|bogus)|"
    r"joked|jokes?\s+(?:that|about)|jokingly|half-jokingly|in\s+jest|tongue[- ]in[- ]cheek|as\s+a\s+joke)\b", re.I)
_UNSAID_WORDS = ("hoax", "debunk", "fabricat", "made up", "made-up", "fake", "false", "bogus", "untrue", "joke", "jok",
                 "jest", "cheek")

# "did not score 92%", "never reached 80", "didn't get 71%": the figure right after the negated verb
_DENIED = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|never)\s+"
    r"(?:actually\s+|really\s+)?(?:scored?|scores|reached?|reaches|got|get|gets|hit|hits|achieved?|achieves|hits|topped|top|"
    r"passed?|crossed?|posted?|beat|beats)\s+(?:(?:a|an|the|over|above|more\s+than)\s+)?(?P<n>" + _NUMBER + r")(?![\w/-]|[.,]\d)",
    re.I)
_DENIED_WORDS = ("not ", "n't ", "n’t ", "never ")

# "(threshold 75%)", "a target of 80%", "gate: 60%": the figure a goal or a gate names, right after its word
# (_GOAL, _AIM gated: tried only where a match can begin, in a sentence holding one of their words; nlp.needed_words)
_GOAL = literal_gated(re.compile(
    r"\b(?:thresholds?|gates?|targets?|goals?|objectives?|cut-?offs?|pass(?:ing)?\s+marks?)\s*(?:of|is|was|at|:|=|"
    r"set\s+at)?\s*[~≈]?\s*(?P<n>" + _NUMBER + r")(?![\w/-]|[.,]\d)", re.I))
# "expects the model to reach 65%", "the objective for next year is to exceed 85%": a hope, not a result
_AIM = literal_gated(re.compile(
    r"\b(?:expects?|expected|aims?|aiming|hopes?|hoping|plans?|planning|wants?|intends?|objectives?|goals?|targets?)\s+"
    r"(?:[\w'’-]+\s+){0,5}?to\s+(?:reach|hit|exceed|pass|beat|cross|top|get\s+to|achieve|surpass|break)\s+"
    r"(?:(?:above|over|beyond|at\s+least|more\s+than)\s+)?(?P<n>" + _NUMBER + r")(?![\w/-]|[.,]\d)", re.I))
_GOAL_WORDS = ("threshold", "gate", "target", "goal", "objective", "cut-off", "cutoff", "pass mark", "passing mark",
               "expect", "aim", "hope", "plan", "want", "intend")


def _goal_values(sentence: str) -> set[float]:
    return {float(m.group("n").replace(",", "")) for r in (_GOAL, _AIM) for m in r.finditer(sentence)}


# "Team Kelpie (jerboa-7b + custom planner)", "the Bytefall team (bryony-9b)": a team and, in brackets, what it built on
_TEAM_BRACKET = re.compile(
    r"(?:\b[Tt]eam\s+(?:[A-Z\d][\w'’&.-]*\s+){0,3}?[A-Z\d][\w'’&.-]*|\b(?:[A-Z][\w'’&.-]*\s+){1,3}[Tt]eam)\s*[(\[]"
    r"(?P<inside>[^()\[\]\n]{1,120})[)\]]")


def _denied_values(sentence: str) -> set[float]:
    return {float(m.group("n").replace(",", "")) for m in _DENIED.finditer(sentence)}


def _team_entry(c: dict, text: str, model_spans: dict) -> bool:
    """Whether every mention of the claim's model in its sentence stands inside a team's brackets."""
    a, b = c.get("start"), c.get("end")
    if a is None or "eam" not in text[a:b]:
        return False
    inside = [(m.start("inside"), m.end("inside")) for m in _TEAM_BRACKET.finditer(text, a, b)]
    if not inside:
        return False
    spans = [(s, e) for s, e in model_spans.get(c["model"], ()) if a <= s < b]
    return bool(spans) and all(any(i <= s and e <= j for i, j in inside) for s, e in spans)


def drop_unsaid(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` without the figures their sentence calls a hoax or a joke, denies, sets as a goal or a gate, or gives
    to a team's entry (module docstring). `ents`: (start, end, label, canonical) of the passage's names."""
    if not claims:
        return claims
    low = passage_lower(text)  # (the passage's lower-case copy, shared with the other claims readers)
    unsaid = any(w in low for w in _UNSAID_WORDS)
    denied = any(w in low for w in _DENIED_WORDS)
    team = "team" in low and ("(" in text or "[" in text)
    goal = any(w in low for w in _GOAL_WORDS)
    if not (unsaid or denied or team or goal):
        return claims
    model_spans: dict = {}
    if team:
        for s, e, label, canonical in ents:
            if label == "MODEL":
                model_spans.setdefault(canonical, []).append((s, e))
    out = []
    cache: dict = {}
    for c in claims:
        sentence = c.get("sentence") or ""
        if unsaid:
            hit = cache.get(("u", sentence))
            if hit is None:
                hit = cache[("u", sentence)] = _UNSAID.search(sentence) is not None
            if hit:
                continue
        if denied:
            vals = cache.get(("d", sentence))
            if vals is None:
                vals = cache[("d", sentence)] = _denied_values(sentence)
            if c["score"] in vals:
                continue
        if goal and c.get("unit") not in ("rank", "medal"):
            vals = cache.get(("g", sentence))
            if vals is None:
                vals = cache[("g", sentence)] = _goal_values(sentence)
            if c["score"] in vals:
                continue
        if team and _team_entry(c, text, model_spans):
            continue
        out.append(c)
    return out
