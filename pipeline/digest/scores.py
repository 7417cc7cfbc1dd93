"""The benchmark scoreboard: which claims a reader can trust, in one unit, one row per result.

Pure functions over claim rows (``digests.period_claims``); no SQL. A claim reaches the
scoreboard when its confidence reaches the calibrated bar (``nlp.claim_confidence``), it is the
model's own result (not a competitor's number cited for comparison), a score in a score unit (a count, a price or a percentage over 100 is not a score), and first
reported in the period (``earlier`` keys: the same model, benchmark, unit and number already in an
earlier article). A benchmark named without its edition ("IMO") joins the one edition the other
claims of that model name ("IMO 2025"). Each claim keeps its sentence as evidence and says who
stands behind the number (``source_kind``: self-reported or independent).

A row is *conflicting* only when two different articles give different numbers for the same
model, benchmark, unit and setting (thinking mode, tools, pass@k...), both self-reported (or of
unknown origin) or both independent: an independent rerun that lands near a lab's number is a
check, not a conflict, and two numbers in one article are two settings.
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any, Iterable

SCORE_UNITS = frozenset({"%", "elo", "rating", "points", "medal", "rank", "percentile"})
MEDALS = {1.0: "gold", 2.0: "silver", 3.0: "bronze"}      # a medal claim's score is its place
_EDITION = re.compile(r"^(.*\S)\s+((?:19|20)\d{2}|v\d+(?:\.\d+)*)$", re.I)
_SETTINGS = [
    ("no tools", re.compile(r"\b(?:without|no) (?:tools|tool use|code execution)\b", re.I)),
    ("with tools", re.compile(r"\bwith (?:tools|tool use|code execution|search|python)\b", re.I)),
    ("non-thinking", re.compile(r"\bnon-?thinking\b|\bwithout (?:thinking|reasoning)\b", re.I)),
    ("thinking", re.compile(r"\b(?<!non-)(?<!non)thinking mode\b|\bwith (?:thinking|reasoning)\b", re.I)),
    ("heavy", re.compile(r"\b(?:heavy|deep think|parallel test-time)\b", re.I)),
]
_PASS = re.compile(r"\b(pass@\d+|cons@\d+|maj@\d+)\b", re.I)


def normalise_unit(unit: str | None) -> str | None:
    """One spelling per unit: 'Elo' -> 'elo', 'percent' -> '%'."""
    if unit is None:
        return None
    u = unit.strip().casefold()
    return {"percent": "%", "pct": "%", "medals": "medal", "elo rating": "elo"}.get(u, u)


def is_score(score: float | None, unit: str | None) -> bool:
    """A number in a score unit that the unit allows (no counts, prices or 130 %)."""
    unit = normalise_unit(unit)
    if score is None or unit not in SCORE_UNITS:
        return False
    if unit in ("%", "percentile"):
        return 0 <= score <= 100
    if unit == "medal":
        return score in MEDALS
    if unit == "rank":
        return score >= 1 and score == int(score)
    return score >= 0


def format_score(score: float | None, unit: str | None) -> str:
    """'93.1%', '1,501 Elo', '#1', 'gold medal'."""
    unit = normalise_unit(unit)
    if score is None:
        return "–"
    if unit == "medal" and score in MEDALS:
        return f"{MEDALS[score]} medal"
    num = f"{score:,.2f}".rstrip("0").rstrip(".") if score != int(score) else f"{int(score):,}"
    if unit == "%":
        return f"{num}%"
    if unit == "elo":
        return f"{num} Elo"
    if unit == "rank":
        return f"#{num}"
    if unit == "percentile":
        return f"{num} percentile"
    return f"{num} {unit}".strip() if unit else num


def edition(benchmark: str) -> tuple[str, str | None]:
    """('IMO', '2025') for 'IMO 2025'; ('AIME', None) for 'AIME'."""
    m = _EDITION.match(benchmark.strip())
    return (m.group(1), m.group(2)) if m else (benchmark.strip(), None)


def setting(sentence: str, metric: str | None = None) -> str:
    """The evaluation setting a sentence names ('thinking, no tools', 'pass@1'), '' when none."""
    found = [name for name, rx in _SETTINGS if rx.search(sentence or "")]
    m = _PASS.search(sentence or "")
    if m:
        found.append(m.group(1).lower())
    return ", ".join(found)


def claim_key(model: str, benchmark: str, score: float | None, unit: str | None) -> tuple:
    """What makes two claims the same result: model, benchmark without edition, unit, number."""
    return (model, edition(benchmark)[0].casefold(), normalise_unit(unit),
            None if score is None else round(score, 1))


def _origin(kind: str | None) -> str:
    return "independent" if kind == "independent" else "reported"


def merge_editions(claims: list[dict[str, Any]]) -> None:
    """Give claims of a bare benchmark name the edition the model's other claims name, when there
    is exactly one ('IMO' + 'IMO 2025' -> both 'IMO 2025'); in place."""
    editions: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        base, ed = edition(c["benchmark"])
        if ed:
            editions[(c["model"], base.casefold())].add(c["benchmark"])
    for c in claims:
        base, ed = edition(c["benchmark"])
        named = editions.get((c["model"], base.casefold()), set())
        if ed is None and len(named) == 1:
            c["benchmark"] = next(iter(named))


def conflicting(claims: Iterable[dict[str, Any]]) -> bool:
    """Two articles, same unit, compatible settings, same origin class, different numbers."""
    cs = [c for c in claims if c.get("score") is not None]
    for i, a in enumerate(cs):
        for b in cs[i + 1:]:
            if a["article_id"] == b["article_id"] or normalise_unit(a["unit"]) != normalise_unit(b["unit"]):
                continue
            if _origin(a.get("source_kind")) != _origin(b.get("source_kind")):
                continue
            sa, sb = a.get("setting") or "", b.get("setting") or ""
            if sa and sb and sa != sb:
                continue
            if abs(a["score"] - b["score"]) > 0.05:
                return True
    return False


def select_claims(rows: list[dict[str, Any]], earlier: set[tuple], is_subject=None,
                  min_confidence: float | None = None) -> tuple[list[dict], dict]:
    """The period's claims worth a place on the scoreboard, editions merged and settings read, and
    how many were left out per reason. ``is_subject(article_id, model)``: whether the article is
    about the model (a third party's number in someone else's article stays out unless it is an
    independent result). ``min_confidence``: claims whose ``confidence`` is below it stay out (a
    NULL confidence, stored before claims had one, does not)."""
    kept: list[dict[str, Any]] = []
    dropped: dict[str, int] = defaultdict(int)
    for r in rows:
        c = dict(r)
        c["unit"] = normalise_unit(c.get("unit"))
        if c.get("is_comparison"):
            dropped["comparison"] += 1
        elif min_confidence is not None and c.get("confidence") is not None and c["confidence"] < min_confidence:
            dropped["low confidence"] += 1
        elif not is_score(c.get("score"), c["unit"]):
            dropped["not a score"] += 1
        elif claim_key(c["model"], c["benchmark"], c["score"], c["unit"]) in earlier:
            dropped["reported before"] += 1
        elif (is_subject is not None and c.get("source_kind") != "independent"
              and not is_subject(c["article_id"], c["model"])):
            dropped["model cited in passing"] += 1
        else:
            c["setting"] = setting(c.get("sentence") or "", c.get("metric"))
            kept.append(c)
    merge_editions(kept)
    return kept, dict(dropped)
