"""Release notes' "old → new" lists: which model each side is (round 13, branch nlp-claims13b).

A changelog or release note gives its evaluation as a list of steps, one benchmark a line: "- Bench: 55.8 → 61.2",
"* Bench — 36.1 -> 38.7", "1. Bench: 40.2 ⇒ 44.9 (small regression)". The new value is the released model's score.
The old value is the previous version's, a claim cited for comparison, only when the passage names that version
("New default checkpoint: X, replacing Y", "X supersedes Y", "X (instead of Y)"); with no previous model named, the
readers' claims stay as they are (an earlier revision of the same model, "revision 2601 → revision 2603", gives the old
value to the same model: claims-test11). The sentence readers give both values of such a line
to the passage's subject; :func:`release_steps` reassigns them (only where one model got both values of a line).
"""
from __future__ import annotations

import re

_ARROW = r"(?:→|->|=>|⇒|⟶|➔|➜)"
# a list line: a bullet or number, the benchmark's name, ":" or a dash, then "old → new" (units optional)
_STEP_LINE = re.compile(
    r"^[ \t]*(?:[-*•+]|\d{1,2}[.)])[ \t]+(?P<name>[^\n:→]{2,60}?)[ \t]*(?::|[—–]|[ \t]-[ \t])[ \t]*"
    r"(?P<old>\d+(?:\.\d+)?)[ \t]*%?[ \t]*" + _ARROW + r"[ \t]*(?P<new>\d+(?:\.\d+)?)[ \t]*%?", re.M)
# between the released model and the one it replaces: "X (rev 0925b), replacing Y", "X supersedes Y", "X, instead of Y"
_REPLACES = re.compile(r"[^\n.;]{0,40}?\b(?:replacing|replaces|replaced|supersedes|superseding|succeeds|succeeding|"
                       r"instead[ \t]+of|in[ \t]+place[ \t]+of|takes[ \t]+over[ \t]+from)[ \t]+(?:the[ \t]+)?[`*_\"'“]*$",
                       re.I)
_CHEAP = ("→", "->", "=>", "⇒", "⟶", "➔", "➜")


def _replacement(text: str, ents) -> tuple[str, str] | None:
    """(new, old) canonical names of "X …, replacing Y" in ``text``; ``ents`` (start, end, label, canonical) in order"""
    models = [x for x in ents if x[2] == "MODEL"]
    for x, y in zip(models, models[1:]):
        if x[3] != y[3] and y[0] - x[1] <= 80 and _REPLACES.match(text, x[1], y[0]):
            return x[3], y[3]
    return None


def step_lines(text: str, ents) -> tuple[tuple[str, str] | None, list]:
    """(the (new, old) pair the passage names or None, [(line start, line end, benchmark canonical, old match span,
    new match span)]) of the "Bench: old → new" list lines of ``text`` (two at least) whose name cell holds a
    benchmark of ``ents``"""
    if not any(a in text for a in _CHEAP):
        return None, []
    steps = list(_STEP_LINE.finditer(text))
    if len(steps) < 2:
        return None, []
    out = []
    for m in steps:
        s, e = m.span("name")
        bench = next((x for x in ents if x[2] == "BENCHMARK" and s <= x[0] and x[1] <= e), None)
        if bench is None:
            continue
        b = text.find("\n", m.end())
        out.append((m.start(), len(text) if b < 0 else b, bench[3], m.span("old"), m.span("new")))
    if len(out) < 2:
        return None, []
    return _replacement(text, ents), out


def release_steps(text: str, claims: list[dict], ents) -> list[dict]:
    """``claims`` with those of "Bench: old → new" list lines (two lines at least) given to the released model
    (new) and the replaced one (old, cited for comparison) when the passage names both"""
    if not claims or not any(a in text for a in _CHEAP):
        return claims
    steps = list(_STEP_LINE.finditer(text))
    if len(steps) < 2:
        return claims
    pair = None
    pair_done = False
    for m in steps:
        a, b = m.start(), text.find("\n", m.end())
        b = len(text) if b < 0 else b
        old, new = float(m.group("old")), float(m.group("new"))
        mine = [c for c in claims if a <= c["start"] < b and c.get("unit") != "rank"]
        olds = [c for c in mine if c["score"] == old and old != new]
        news = [c for c in mine if c["score"] == new]
        if not olds or not news or {c["model"] for c in olds} != {c["model"] for c in news}:
            continue  # the readers told the two apart already ("Left: X. Right: Y.", "compared with Y:")
        if not pair_done:
            pair, pair_done = _replacement(text, ents), True
        if not pair:
            return claims
        for c in news:
            c["model"], c["comparison"] = pair[0], None
            c.pop("is_comparison", None)
        for c in olds:
            c["model"], c["comparison"], c["is_comparison"] = pair[1], None, True
    return claims
