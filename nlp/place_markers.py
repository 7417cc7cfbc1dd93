"""Places that a board's line markers give: "1. X — $5,478.16", "🥇 X — 81.9%", "4️⃣ X — 66.3%",
"1 X 1,247 38,112" (a saved board page's rank column).

Claims convention 2 (tests/data/nlp/README.md) makes an overall place a claim of unit ``rank``. The list
reader of `nlp.claims` gives places to ``1.``-numbered lists whose single number it reads; lines whose
score another reader found (a dollar amount, a row of a saved page, a line that starts with a medal
emoji or a keycap digit) got none. `marker_places` reads the marker at the start of each line that
holds exactly one model's claims and gives the place when the lines form a board:

* the markers run 1, 2, 3 … in order over consecutive lines (blank lines allowed between; a line whose
  model no reader found keeps the count going and gets nothing), medals
  🥇🥈🥉 counting as 1-3, keycaps ``4️⃣`` as their digit; a bare number without ``.``/``)`` needs
  three lines or more;
* each line's claims (those of the sentence over it whose score the line writes) are one model's
  (all lines different models) on one benchmark (the same for all lines), and the scores run one way
  (falling, or rising for a lower-is-better board).

One pass over the claims and one regex match per line that holds a claim: linear in the text.
"""
from __future__ import annotations

import re

from .aligned_columns import under_type_row
from .needed_words import literal_gated
from .string_memo import passage_lower

_MEDALS = {"🥇": 1, "🥈": 2, "🥉": 3}
# "1.", "1)", "#1", "No. 1", "1" (bare, before a capital), "🥇", "4️⃣"/"4⃣", "🔟"
_MARKER = re.compile(r"[ \t]*(?:(?P<num>\d{1,3})(?P<punct>[.):])?[ \t]+(?=\S)|(?:#|No\.[ \t]?)(?P<hash>\d{1,3})[.):]?[ \t]+"
                     r"|(?P<medal>[🥇🥈🥉])[ \t]*|(?P<key>\d)\uFE0F?\u20E3[ \t]*|(?P<ten>🔟)[ \t]*)")
_PLACES = ("rank", "medal", "percentile")


def _marker(line: str) -> tuple[int, bool] | None:
    """(place, bare) of the marker that starts `line`; bare: a number with no "." or ")" after it."""
    m = _MARKER.match(line)
    if m is None:
        return None
    if m.group("num"):
        if not m.group("punct") and not line[m.end():m.end() + 1].isupper():
            return None  # "1 in 5 models …": a bare number must stand before a name
        return int(m.group("num")), not m.group("punct")
    if m.group("hash"):
        return int(m.group("hash")), False
    if m.group("medal"):
        return _MEDALS[m.group("medal")], False
    if m.group("key"):
        return int(m.group("key")), False
    return 10, False


_LINE_START = re.compile(r"^[ \t]*(?:\d|#\d|No\.|[🥇🥈🥉🔟])", re.M)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figures(line: str) -> set[float]:
    out = set()
    for m in _FIGURE.finditer(line):
        try:
            out.add(float(m.group().replace(",", "")))
        except ValueError:
            pass
    return out


def marker_places(text: str, claims: list[dict]) -> list[dict]:
    """Rank claims for the claims of a board whose lines start with place markers (module docstring);
    none for a model and benchmark that already have a place on that line. A line's claims are those
    of the sentence over it (or starting on it) whose score the line writes."""
    plain = [c for c in claims if c.get("model") and c.get("unit") not in _PLACES and c.get("start") is not None]
    if not plain:
        return []
    runs: list[list[tuple]] = []
    run: list[tuple] = []
    last_end, last_place = -1, None
    for m in _LINE_START.finditer(text):
        ls = m.start()
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        line = text[ls:le]
        mk = _marker(line)
        if mk is None:
            continue
        place, bare = mk
        if last_place is not None and place == last_place + 1 and not text[last_end:ls].strip():
            pass  # the board goes on (a line whose model no reader found still counts its place)
        elif place == 1:
            runs.append(run)
            run = []
        else:
            runs.append(run)
            run, last_end, last_place = [], le, None
            continue
        last_end, last_place = le, place
        figures = _figures(line[_MARKER.match(line).end():])
        mine = [c for c in plain if (c["start"] <= ls < c.get("end", c["start"]) or ls <= c["start"] < le)
                and c["score"] in figures]
        if mine and len({(c["model"], c["benchmark"]) for c in mine}) == 1:
            run.append((ls, place, le, mine[0], bare))
    runs.append(run)
    out: list[dict] = []
    for run in runs:
        if len(run) < 2 or any(x[4] for x in run) and len(run) < 3:
            continue
        if run[0][4] and under_type_row(text, run[0][0]):
            continue  # "1 Brindcombe 4 Pro  71.8" under a tibble's "<chr> <dbl>": row numbers (nlp.aligned_columns)
        firsts = [x[3] for x in run]
        if len({c["model"] for c in firsts}) != len(run) or len({c["benchmark"] for c in firsts}) != 1:
            continue
        values = [c["score"] for c in firsts]
        if not (all(a >= b for a, b in zip(values, values[1:])) or all(a <= b for a, b in zip(values, values[1:]))):
            continue
        for _, place, _, c, _ in run:
            if any(o.get("unit") == "rank" and o["model"] == c["model"] and o["benchmark"] == c["benchmark"] for o in claims):
                continue
            out.append(dict(c, score=float(place), unit="rank", metric=None, comparison=None))
    return out


# "This list is not ranked", "in no particular order", "sorted alphabetically": the list's numbers are no places
_UNRANKED = literal_gated(re.compile(
    r"\b(?:not|isn['’]t|is\s+not|aren['’]t|are\s+not)\s+(?:a\s+)?(?:ranked|ranking|ranked\s+list|in\s+(?:rank|ranking)\s+order)\b|"
    r"\bunranked\b|\bin\s+no\s+(?:particular\s+)?order\b|\b(?:in|by)\s+alphabetical\s+order\b|\b(?:sorted|listed|ordered)\s+"
    r"(?:alphabetically|at\s+random|randomly)\b|\bin\s+random\s+order\b|\border\s+(?:is\s+random|means\s+nothing|"
    r"does\s+not\s+matter|doesn['’]t\s+matter)\b", re.I))


def drop_unranked(text: str, claims: list[dict]) -> list[dict]:
    """`claims` without the places of numbered lines in a passage that says its list is not a ranking
    ("This list is not ranked", "in no particular order"): the markers count items, they give no place."""
    low = passage_lower(text)
    if not any(w in low for w in ("rank", "order", "alphabetical")) or not _UNRANKED.search(text):
        return claims
    out = []
    for c in claims:
        if c.get("unit") == "rank" and c.get("start") is not None:
            ls = text.rfind("\n", 0, c["start"]) + 1
            if _marker(text[ls:text.find("\n", ls) if text.find("\n", ls) >= 0 else len(text)]) is not None:
                continue
        out.append(c)
    return out
