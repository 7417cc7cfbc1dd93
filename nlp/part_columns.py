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
