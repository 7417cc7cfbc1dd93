"""Units said in words a caption's patterns (`nlp.grid.statement_unit`) miss, and a benchmark's unit said anywhere in
the passage (README convention 2).

- **Lead and key lines.** "The comparison data are as follows (unit: %; competitor data from …)", "Units: points",
  "Scores are % except the X row, which is on a 0–100 scale" (the main clause gives the table's unit; the excepted
  row keeps the caption's other words out of it), "the percentage of tasks / items / questions solved" (`stated_unit`).
- **A benchmark's unit in a note.** "Lockkeeper scores are the percentage of tasks completed end to end", "On
  Tarnwell, results are in percent": a sentence naming a benchmark and saying its scores' unit gives that unit to
  the bare numbers of that benchmark anywhere in the passage that no caption over them speaks for
  (`benchmark_units`).
"""
from __future__ import annotations

import re

_PCT_WORD = r"(?:%|percent\b|per\s?cent\b|percentages?\b)"
# "(unit: %; …)", "Unit = percent", "units: points"
_UNIT_KEY = re.compile(r"\bunits?\s*[:=：]\s*(?P<u>%|percent\b|per\s?cent\b|percentages?\b|points?\b|pts\b|elo\b)", re.I)
# "Scores are %", "numbers are in %", "all values are percentages": the main clause, before an "except"
_ARE_PCT = re.compile(r"\b(?:scores?|numbers?|figures|values|results|cells)\s+(?:are|is)\s+(?:all\s+)?(?:in\s+)?(?:%|percent\b|"
                      r"per\s?cent\b)", re.I)
# "the percentage of items answered fully correctly", "share of tasks completed (%)"
_PCT_OF = re.compile(r"\b(?:percentage|per\s?cent(?:age)?|share|proportion|fraction)\s+of\s+(?:(?:the|all)\s+)?(?:[\w-]+\s+)?"
                     r"(?:tasks|items|questions|problems|prompts|cases|tests|samples|episodes|instances|issues|puzzles|"
                     r"exercises|runs|trials)\b", re.I)
_EXCEPT = re.compile(r"\b(?:except|apart\s+from|other\s+than|but\s+not|save\s+for)\b", re.I)


def stated_unit(s: str) -> str | None:
    """The unit a caption or key line `s` states in one of the forms above, or None (then the caption's other
    patterns decide)."""
    m = _UNIT_KEY.search(s)
    if m:
        u = m.group("u").lower()
        return "elo" if u == "elo" else "points" if u.startswith(("point", "pt")) else "%"
    main = s[:_EXCEPT.search(s).start()] if _EXCEPT.search(s) else s
    if _ARE_PCT.search(main):
        return "%"
    if main is not s and _PCT_OF.search(main):
        return "%"
    if _PCT_OF.search(s) and not re.search(r"\b0\s*[–-]\s*(?:1|10|100)\b|\bpoints?\b|\bElo\b", s):
        return "%"
    return None


# a sentence that gives a benchmark's scores a unit: "<B> scores are the percentage of …", "scores on <B> are in %"
# (The second branch takes, in one step, a run whose stop is not followed by a space ("3.5"): the plain pattern
# failed there, and tried again from each of the run's characters, in time quadratic in its length. Only the
# matches of group s are sentences: the same spans as ``[^.!?\n]*(?:[.!?](?=\s|$)|\n|$)``.)
_SENT = re.compile(r"(?P<s>[^.!?\n]*+(?:[.!?](?=\s|$)|\n|$))|[^.!?\n]*+[.!?]")


def benchmark_units(text: str, benchmarks) -> dict[str, str]:
    """{benchmark: unit} from the sentences of `text` that name exactly one of `benchmarks` (canonical: (start, end,
    canonical) mentions in text order) and state a unit (:func:`stated_unit`) about scores."""
    if not benchmarks or not ("percent" in text or "%" in text or "unit" in text.lower()):
        return {}
    out: dict[str, str] = {}
    for m in _SENT.finditer(text):
        a, z = m.span()
        if z - a < 12 or z - a > 300 or m.group("s") is None:
            continue
        s = text[a:z]
        if not ("percent" in s or "%" in s or "nit" in s):
            continue
        named = {canon for bs, be, canon in benchmarks if a <= bs and be <= z}
        if len(named) != 1:
            continue
        if not re.search(r"\b(?:scores?|results?|numbers|figures|values)\b", s, re.I):
            continue
        unit = stated_unit(s)
        if unit:
            out.setdefault(next(iter(named)), unit)
    return out


_AFTER_UNIT = re.compile(r"\b0\s*[–-]\s*(?:1|10|100|1,?000)\b(?:\s*-?\s*point)?[^.;\n]{0,20}?\bscale\b|\bin\s+points\b|\bpoints\b"
                         r"|(?P<pct>\bin\s+(?:%|percent\b|per\s?cent\b))|(?P<elo>\bElo\b)", re.I)


def excepted_clauses(text: str) -> list[tuple[str, str]]:
    """(clause, unit) of each "except" clause that says a unit of its own ("… except the Keelson row, which is on the
    index's own 0–100 scale"): the clause's lower-cased text, for the benchmark it names."""
    out = []
    for m in _EXCEPT.finditer(text):
        end = min(len(text), m.end() + 200)
        stop = _CLAUSE_END.search(text, m.end(), end)
        z = stop.start() if stop else end
        u = _AFTER_UNIT.search(text, m.end(), z)
        if u:
            out.append((text[m.end():z].lower(), "%" if u.group("pct") else "elo" if u.group("elo") else "points"))
    return out


_CLAUSE_END = re.compile(r"[.;](?=\s|$)|\n")


def row_unit(doc, text: str, benchmark: str, unit: str) -> str:
    """`unit`, unless an "except" clause of the passage names `benchmark` with a unit of its own
    (:func:`excepted_clauses`): that row's or column's unit, against the caption's."""
    if unit not in ("%", "points") or ("xcept" not in text and "apart from" not in text and "other than" not in text):
        return unit
    clauses = doc.user_data.get(_EXCEPT_KEY)
    if clauses is None:
        clauses = doc.user_data[_EXCEPT_KEY] = excepted_clauses(text)
    name = benchmark.lower()
    return next((u for clause, u in clauses if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", clause)), unit)


def _benchmarks(doc, text: str) -> list[tuple]:
    from .entities import ent_rows

    return [(s, e, canon or text[s:e]) for s, e, label, _, canon, *_ in ent_rows(doc) if label == "BENCHMARK"]


def said_unit(doc, text: str, benchmark: str, at: int | None = None, read_key=None) -> str | None:
    """The unit of a bare number of `benchmark` whose line starts at `at`: what `read_key` (the grid's
    ``statement_unit``, passed in so that this module and nlp.grid do not import each other) reads in a key line right
    under its block of short lines (:func:`key_under`), else :func:`benchmark_units`' unit for `benchmark` (read once
    per doc, kept in its user_data)."""
    if at is not None and read_key is not None:
        key = key_under(text, at)
        unit = read_key(key) if key else None
        if unit:
            return unit
    units = doc.user_data.get(_UNITS_KEY)
    if units is None:
        units = doc.user_data[_UNITS_KEY] = benchmark_units(text, _benchmarks(doc, text))
    return units.get(benchmark)


_ROW_MAX = 120  # a table row or a list line, not a line of prose
_KEY_MAX = 240  # a key line under a table is short


def key_under(text: str, at: int) -> str | None:
    """The short key paragraph right under the block of short lines holding `at` ("Scores are the percentage of items
    answered fully correctly." under a ruled table), or None."""
    ls = text.rfind("\n", 0, at) + 1
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    if le - ls > _ROW_MAX or text[ls:le].rstrip().endswith((".", "!", "?")):
        return None
    end = text.find("\n\n", at)
    if end < 0:
        return None
    start = end
    while start < len(text) and text[start] in " \t\n":
        start += 1
    stop = text.find("\n\n", start)
    stop = len(text) if stop < 0 else stop
    if not 0 < stop - start <= _KEY_MAX:
        return None
    return text[start:stop]


_UNITS_KEY = ("modelwire", "said_units")
_EXCEPT_KEY = ("modelwire", "excepted_units")
