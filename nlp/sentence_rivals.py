"""Rivals a sentence sets against its own model's score (claims convention 3), with or without a passage subject.

"Écume-2 obtains 72.5% on Atelier-Eval, against 69.0% for Mistral Large 3 and 70.2% for GPT-5.1", "on SWE-bench
Verified it gets 66.0% (Gemini 3 Flash 78.0%, Claude Haiku 4.5 73.3%)", "Quernstone-3 scores 61.0 versus 58.2 for X":
the sentence's first score is its own model's; every score of another model on the same benchmark written after an
"against / versus / vs / compared with" or inside the brackets right after that first score is cited for
comparison. The reader of a sentence (`nlp.claims`) marks the first such rival; this marks all of them. Board
language ("ahead of", "second at") is left to the subject rule (`nlp.claim_rivals`): a neutral board compares nobody.
"""
from __future__ import annotations

import re
from functools import lru_cache

_CUE = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to))(?=\s)", re.I)
_BRACKET = re.compile(r"\s*%?\s*(?:points?\s*|pts\s*)?\(")


@lru_cache(maxsize=2048)
def _written_number(f: str) -> re.Pattern:
    """The pattern of one written number: kept, as the same scores recur from passage to passage."""
    return re.compile(r"(?<![\w.,])" + re.escape(f) + r"(?![\d]|[.,]\d)")


def _positions(said: str, score: float) -> list[int]:
    """Where `score` is written in `said` ("66.0", "66", "1,209")."""
    forms = {f"{score:g}", f"{score:.1f}", f"{score:.2f}", f"{score:,.0f}" if score >= 1000 else f"{score:g}"}
    out = []
    for f in forms:
        if f not in said:  # (no pattern to compile: it needs f written)
            continue
        for m in _written_number(f).finditer(said):
            out.append(m.start())
    return sorted(set(out))


def mark_sentence_rivals(claims: list[dict], variant) -> None:
    """Set `is_comparison` on the scores a sentence sets against its first score (see the module docstring);
    `claims` carry `start`/`end` of their sentence and its text (`sentence`); `variant` as
    `nlp.claim_rivals.variant` (a variant of the sentence's model is no rival)."""
    groups: dict[tuple[int, int], list[dict]] = {}
    for c in claims:
        groups.setdefault((c["start"], c["end"]), []).append(c)
    for cs in groups.values():
        if len(cs) < 2 or len({c["model"] for c in cs}) < 2:
            continue
        said = cs[0].get("sentence", "")
        if not said or ("(" not in said and not _CUE.search(said)):
            continue
        placed = []
        for c in cs:
            if c.get("unit") in ("rank", "medal"):
                continue
            pos = _positions(said, c["score"])
            if len(pos) != 1:
                continue  # a number written twice (or not found as written): no order to read
            placed.append((pos[0], c))
        by_bench: dict[str, list] = {}
        for at, c in sorted(placed, key=lambda x: x[0]):
            by_bench.setdefault(c["benchmark"], []).append((at, c))
        for run in by_bench.values():
            if len(run) >= 2:
                _mark_run(said, run, variant)


def _mark_run(said: str, run: list, variant) -> None:
    """One benchmark's scores in a sentence, in written order: the first is the sentence's own."""
    at0, first = run[0]
    own = first["model"]
    if first.get("is_comparison"):
        return
    written = re.match(r"[\d.,]+", said[at0:])
    end0 = at0 + (written.end() if written else 0)
    cue = _CUE.search(said, end0)
    bracket = _BRACKET.match(said, end0)
    close = said.find(")", bracket.end()) if bracket else -1
    for at, c in run[1:]:
        if c["model"] == own or variant(c["model"], own) or variant(own, c["model"]):
            continue
        if (cue is not None and at > cue.start()) or (bracket is not None and bracket.end() <= at < close):
            c["is_comparison"] = True
