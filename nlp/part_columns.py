"""Columns that are parts of another column's benchmark: ``Model | Matura-X (%) | Polish part (%) | Math part (%)``.

A table of one exam or suite often gives its total and then its parts side by side; a header that
reads "<word> part", "<word> section", "<word> subset", "<word> paper" or "<word> split" names no
benchmark of its own, but a part of the one benchmark the header's other columns name. The
scores under it are that benchmark's (the claim keeps the score as written). Only when exactly one
other header cell names a benchmark: with two or more, whose part it is cannot be told.

A column headed by a language alone ("Swahili", "Yoruba (%)") beside a benchmark's column is that
benchmark's language part the same way (claims convention: a named split or language part of a
benchmark takes the parent's name, one claim per number; tests/data/nlp/README.md, claims-test10/12).
"""
from __future__ import annotations

import re

from .header_words import old_column
from .qualified_benches import LANGUAGES

_PART_HEAD = re.compile(
    r"\s*(?:the\s+)?[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:part|section|subset|paper|split|portion|sub-?score|component)s?"
    r"(?:\s*\([^()\n]{1,12}\))?\s*$", re.I)


_LANGUAGE_HEAD = re.compile(r"\s*\**(?P<w>[A-Z][a-z]+)\**(?:\s*\((?:%|pct|acc\.?|accuracy)\))?\s*$")


def _language_head(text: str, a: int, b: int) -> bool:
    m = _LANGUAGE_HEAD.match(text, a, b)
    return m is not None and m.group("w") in LANGUAGES


def part_columns(text: str, header, head_benches: dict) -> dict:
    """``head_benches`` (column → (start, end, canonical) or None) with every part column given the
    benchmark of the one other column that names one; unchanged when there is no such column."""
    parts = [j for j, (a, b) in enumerate(header) if _PART_HEAD.match(text, a, b) or _language_head(text, a, b)]
    if not parts:
        return head_benches
    whole = {v for j, v in head_benches.items() if v and j not in parts}
    if len(whole) != 1:
        return head_benches
    (bench,) = whole
    return {j: (bench if j in parts else v) for j, v in head_benches.items()}


# a leaderboard's aggregate column: "Overall", "Average", "Avg.", "Mean", "Total" (with a unit or a score word)
_AGGREGATE_HEAD = re.compile(r"[ \t*_]*(?:overall|average|avg\.?|mean|total)(?:[ \t_]+(?:score|accuracy|acc\.?))?"
                             r"(?:[ \t]*\([^()\n]{0,20}\))?[ \t*_:]*$", re.I)
_PART_WORD = re.compile(r"[ \t*_]*[A-Za-z][\w' -]{0,30}?(?:[ \t]*\([^()\n]{0,20}\))?[ \t*_:]*$")
_FIGURE = re.compile(r"[ \t*_]*(\d{1,4}(?:[.,]\d+)?)[ \t]*%?[ \t*_]*$")


def _figures(text: str, body, j: int) -> list[float] | None:
    """the figures of column ``j`` of ``body`` (blank cells skipped), or None when a cell holds anything else"""
    out = []
    for _, _, cells in body:
        if j >= len(cells) or cells[j][1] == cells[j][0]:
            continue
        m = _FIGURE.match(text, *cells[j])
        if not m:
            return None
        out.append(float(m.group(1).replace(",", ".")))
    return out


# a second measure of the same board beside its score column: "Score (0–50) | Fully completed", "Accuracy | Nynorsk
# subset", "Mean score | Full success (%)" (a benchmark launch's table, a board with a subset column): a rate of tasks
# done, a share correct, a subset's accuracy are the board's results too; a word that counts failures or costs is not
_MEASURE_HEAD = re.compile(
    r"[ \t*_]*(?:[A-Za-z][\w'-]*[ \t]+){0,2}?(?:success(?:[ \t]+rate)?|(?:fully[ \t]+|tasks?[ \t]+)?(?:completed|solved|resolved|passed)|"
    r"correct|pass(?:[ \t]+rate|@\d+)|accuracy|acc\.?|(?:sub)?set|part|section|split|portion)"
    r"(?:[ \t]*\([^()\n]{0,20}\))?[ \t*_:]*$", re.I)


def board_parts(text: str, header, body, score_col: int, skip) -> list[int]:
    """The columns that are parts of a one-board leaderboard's aggregate: "rank | model | overall | historical |
    modern". When the score column is the board's aggregate ("Overall", "Average", "Total"), every other column of
    figures on its scale under a plain header (no quantity, rank, percentile or split: ``skip``) is a part of the
    same board, and its scores are that board's (claims convention: a part of a benchmark takes the parent's name,
    one claim per number). Beside any score column, a column headed by a measure of results ("Full success (%)",
    "Fully completed", "Nynorsk subset") with figures on a 0–100 scale is the board's too. [] when neither."""
    if score_col >= len(header):
        return []
    if not _AGGREGATE_HEAD.match(text, *header[score_col]):
        return _measure_columns(text, header, body, score_col, skip)
    whole = _figures(text, body, score_col)
    if not whole:
        return []
    top = 100.0 if max(whole) <= 100 else 2 * max(whole)
    low = 0.0 if max(whole) <= 100 else min(whole) / 2
    out = []
    for j, (s, e) in enumerate(header):
        if j == score_col or j in skip or e == s or not _PART_WORD.match(text, s, e) or _AGGREGATE_HEAD.match(text, s, e):
            continue
        vals = _figures(text, body, j)
        if vals and len(vals) >= 2 and all(low <= v <= top for v in vals):
            out.append(j)
    return out


def _measure_columns(text: str, header, body, score_col: int, skip) -> list[int]:
    """The columns beside `score_col` headed by a measure of results (`_MEASURE_HEAD`) whose figures all lie on a
    0–100 scale, two rows or more (a column of counts or Elo is not a share)."""
    out = []
    for j, (s, e) in enumerate(header):
        if j == score_col or j in skip or e == s or not _MEASURE_HEAD.match(text, s, e) or old_column(text, s, e):
            continue
        vals = _figures(text, body, j)
        if vals and len(vals) >= 2 and all(0.0 <= v <= 100.0 for v in vals):
            out.append(j)
    return out
