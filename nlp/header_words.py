"""Column words of result tables that are never a model: the header of an evaluation harness's output
(`|Tasks|Version|Filter|n-shot|Metric|Value|Stderr|`), of a pandas describe() or a results file
(`mean`, `std`, `count`), of a leaderboard export (`Rank`, `Score`, `Votes`). A reader that takes a
table's header cells for its model names (a transposed table, a models-as-columns table) makes claims
whose "model" is one of these: they are dropped (`not_header_models`)."""
from __future__ import annotations

import re

_WORDS = frozenset("""
tasks task version versions filter filters n-shot nshot shots metric metrics value values stderr std stdev
mean median count min max score scores rank ranking votes ci avg average total change delta diff old new
accuracy acc result results groups group alias
""".split())
_NORM = re.compile(r"[\s_±|:*`]+")


def header_word(model: str) -> bool:
    """Whether `model` is a table's column word rather than a name ("Version", "Stderr", "value")."""
    return _NORM.sub("", model).lower() in _WORDS


def not_header_models(claims: list[dict]) -> list[dict]:
    """`claims` without those whose model is a column word."""
    return [c for c in claims if not header_word(c.get("model", ""))]


# ------------------------------------------------------------------ an evaluation harness's table
# "|    Tasks     |Version|  Filter  |n-shot|  Metric   |   |Value |   |Stderr|" and its rows: one model's
# run (the `pretrained=org/name` line over it, else the model named last before it), a benchmark per row,
# its score in the Value column; the Version, n-shot and Stderr cells are no scores.
_HARNESS_HEAD = re.compile(r"(?im)^[ \t]*\|[^\n]*\btasks?\b[^\n]*\|[ \t]*value[ \t]*\|[^\n]*$")
_MODEL_ARG = re.compile(r"\b(?:pretrained|model|model_name|engine)\s*=\s*([\w./:-]+)", re.I)
_REACH = 400  # characters before the header where the run's model is named


def _cells(line: str) -> list[str]:
    return [x.strip() for x in line.strip().strip("|").split("|")]


def harness_tables(text: str) -> list[tuple[int, int, int, int]]:
    """(header start, table end, index of the Value column, index of the Tasks column) of each harness table."""
    out = []
    if "alue" not in text:
        return out
    for m in _HARNESS_HEAD.finditer(text):
        head = [x.lower() for x in _cells(m.group(0))]
        if "value" not in head:
            continue
        end = m.end()
        for line in re.finditer(r"\n([ \t]*\|[^\n]*)", text[m.end():]):
            if line.start() != end - m.end():
                break
            end = m.end() + line.end()
        task = next((i for i, x in enumerate(head) if x in ("tasks", "task", "groups")), 0)
        out.append((m.start(), end, head.index("value"), task))
    return out


def harness_claims(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` with those read off a harness table's rows given the run's model (the header words a
    reader took for models are replaced; a row's Version or Stderr figure is dropped). `ents`: (start,
    end, label, canonical) of the passage's names, in text order."""
    tables = harness_tables(text)
    if not tables:
        return claims
    out = []
    for c in claims:
        t = next((t for t in tables if t[0] <= c.get("start", -1) < t[1]), None)
        if t is None:
            out.append(c)
            continue
        ha, hz, value, _ = t
        line_a = text.rfind("\n", 0, c["start"] + 1) + 1
        line_z = text.find("\n", line_a)
        cells = _cells(text[line_a:len(text) if line_z < 0 else line_z])
        try:
            got = float(cells[value]) if value < len(cells) else None
        except ValueError:
            got = None
        if got is None or abs(got - c["score"]) > 1e-9:
            continue  # a Version, n-shot or Stderr cell
        if header_word(c.get("model", "")):
            model = _run_model(text, ha, ents)
            if model is None:
                continue
            c = dict(c, model=model)
        out.append(c)
    return out


def _run_model(text: str, at: int, ents) -> str | None:
    """The model of the run a harness table prints: named in the `pretrained=` argument above it, else
    the model the text names last before it."""
    lo = max(0, at - _REACH)
    models = [e for e in ents if e[2] == "MODEL" and lo <= e[0] and e[1] <= at]
    for m in _MODEL_ARG.finditer(text, lo, at):
        inside = [e for e in models if m.start(1) <= e[0] < m.end(1)]
        if inside:
            return inside[-1][3]
    return models[-1][3] if models else None


# ------------------------------------------------------------------ a "Tasks" column of counts
# "| Rank | Model | Pass % | Tasks |" with 500 in every row: the Tasks column counts the items each entry ran,
# it names no benchmark per row (a long-format "model | task | score" table has names there)
_NUMBER_CELL = re.compile(r"[ \t*_]*[~≈]?\d[\d.,]*[ \t]*%?[ \t*_]*$")


def numeric_column(text: str, rows, j: int) -> bool:
    """Whether column `j` of the data rows (rows[1:], (start, end, cells) with (start, end) cells) holds only numbers."""
    data = [cells for _, _, cells in rows[1:] if j < len(cells)]
    return bool(data) and all(_NUMBER_CELL.match(text[cells[j][0]:cells[j][1]]) for cells in data)


# ------------------------------------------------------------------ new / old / change columns
# "Model  new  old  change" under a rescoring notice, "| Model | Now | Before | Δ |" in release notes: the new
# column holds the scores in force; the old one is withdrawn and the change is a delta (README convention 5)
# (either with a unit in brackets: "Corrected (%)"); an incident review's "Shown during incident (%)", "As first
# published", "Inflated" or "Withdrawn" column is the old one too
_UNIT_TAIL = r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t*_:]*$"
_NEW_HEAD = re.compile(r"[ \t*_]*(?:new|now|current|updated|rescored|after|corrected|revised)(?:[ \t]+(?:score|value|result|figure)s?)?"
                       + _UNIT_TAIL, re.I)
_OLD_HEAD = re.compile(r"[ \t*_]*(?:(?:old|previous|prior|before|was|original|earlier|inflated|withdrawn|superseded|wrong|"
                       r"incorrect|erroneous)(?:[ \t]+(?:score|value|result|figure)s?)?|(?:shown|listed|published|reported|"
                       r"displayed)[ \t]+(?:before|during|at|in|on|until|originally|first)\b[^|\n]{0,30}?|as[ \t]+(?:first[ \t]+)?"
                       r"(?:published|reported|shown|listed))" + _UNIT_TAIL, re.I)


def old_column(text: str, a: int, z: int) -> bool:
    """Whether the header cell text[a:z] heads superseded figures ("Old", "Before", "Shown during incident (%)")."""
    return _OLD_HEAD.match(text, a, z) is not None


def new_column(text: str, header) -> int | None:
    """The "new" column of a header that also has an "old" one ((start, end) cells), else None."""
    new = next((j for j, (a, z) in enumerate(header) if _NEW_HEAD.match(text, a, z)), None)
    if new is None or not any(_OLD_HEAD.match(text, a, z) for a, z in header):
        return None
    return new


def old_columns(text: str, header) -> set[int]:
    """The columns of superseded figures in a header that also has a "new" column (else none)."""
    if new_column(text, header) is None:
        return set()
    return {j for j, (a, z) in enumerate(header) if _OLD_HEAD.match(text, a, z)}
