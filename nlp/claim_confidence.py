"""How far to trust a claim: a probability from how `nlp.claims` found it, and the scoreboard's bar.

Every claim rule pairs numbers with names from cues that are right most of the time; which cue
found a claim says how often. A claim glued to its model in one clause ("X scored 74.9% on B") is
almost always right; one whose model came from an earlier sentence, was the model *after* the
number, shares a sentence with several other models, or whose benchmark came from the paragraph
rather than the sentence is wrong more often. `features` turns a claim's record of how it was found
(the ``_how`` dict `nlp.claims` fills) into numbers, and `confidence` weighs them with a logistic
model fitted on the annotated claims sets by ``scripts/build_claim_confidence.py`` (weights and
threshold in ``nlp/data/claim_confidence.json``; the threshold is chosen on the pooled
leave-one-set-out probabilities, which the script reports). A claim at or above `THRESHOLD` is one
the digest's scoreboard shows.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

#: the feature names, in the order of `features`' vector (the weights file must list the same)
FEATURES = (
    "bias",
    "table",          # a cell of a Markdown table
    "list",           # a "1. Model — 1501" leaderboard line
    "glued",          # the model is glued to the number ("X scored", "X's", "for X")
    "nearest",        # the nearest model before the number, not glued
    "after",          # a model named after the number, not glued
    "subject",        # no model in the sentence: the passage's subject (earlier sentence, title)
    "adopted",        # numbers before any model, given the model named next
    "topic_bench",    # no benchmark in the sentence: the paragraph's topic benchmark
    "in_list",        # one of a run of numbers ("85.0 and 79.9")
    "comparison",     # a competitor's number cited for comparison
    "other_models",   # other models named in the sentence (0, 1, 2 or more → 0, .5, 1)
    "model_far",      # words between number and model, over 4 (0 when glued or not in the sentence)
    "bench_far",      # words between number and benchmark, over 4
    "unit_written",   # the number carries its unit ("%", "Elo", a place, a medal)
    "unit_clash",     # that unit is not the knowledge base's unit for the benchmark
    "no_kb_unit",     # the knowledge base gives the benchmark no unit (a bare number reads as points)
    "decimal",        # the number has decimals ("74.9" rather than "74")
    "place",          # a rank, a percentile or a medal
    "unknown_model",  # the model is not in the knowledge base (found by form or context)
    "unknown_bench",  # the benchmark is not in the knowledge base
    "small_int",      # a bare whole number up to 10 (a count or a label's digit more often than a score)
    "between",        # another model is named between the number and its model
    "clause_gap",     # a clause break between the number and its model ("; ", ", where", "while")
)
_PATHS = ("table", "list", "glued", "nearest", "after", "subject", "adopted")
_PLACES = ("rank", "percentile", "medal")
_KB_UNIT_OF = {"%": "%", "Elo": "elo", "USD": "USD"}
DATA = Path(__file__).parent / "data" / "claim_confidence.json"


def features(how: dict, claim: dict, kb_unit: str | None, known: dict) -> list[float]:
    """The vector of FEATURES for `claim`, found as `how` says; `kb_unit` is the knowledge base's
    unit for its benchmark ("%", "Elo", "USD" or None), `known` maps canonical names to whether
    the knowledge base lists them."""
    path = how.get("path")
    unit = claim.get("unit")
    model_gap, bench_gap = how.get("model_gap"), how.get("bench_gap")
    clash = kb_unit in _KB_UNIT_OF and how.get("unit_written") and unit in ("%", "elo", "USD") \
        and _KB_UNIT_OF[kb_unit] != unit
    return [
        1.0,
        *(1.0 if path == p else 0.0 for p in _PATHS),
        1.0 if bench_gap is None and path in ("glued", "nearest", "after", "subject", "adopted") else 0.0,
        1.0 if how.get("in_list") else 0.0,
        1.0 if claim.get("is_comparison") else 0.0,
        min(how.get("other_models", 0), 2) / 2,
        0.0 if path == "glued" or model_gap is None else min(model_gap, 12) / 4,
        0.0 if bench_gap is None else min(bench_gap, 12) / 4,
        1.0 if how.get("unit_written") else 0.0,
        1.0 if clash else 0.0,
        1.0 if kb_unit is None and unit not in _PLACES else 0.0,
        1.0 if how.get("decimal") else 0.0,
        1.0 if unit in _PLACES else 0.0,
        0.0 if known.get(claim.get("model"), True) else 1.0,
        0.0 if known.get(claim.get("benchmark"), True) else 1.0,
        1.0 if how.get("small_int") and unit not in _PLACES else 0.0,
        1.0 if how.get("between") else 0.0,
        1.0 if how.get("clause_gap") else 0.0,
    ]


def load_weights(path: Path, names) -> tuple[list[float], float] | None:
    """(weights, threshold) of a weights file built for the feature `names` (this module's, or the
    claim linker's); None when it is missing, unreadable or built for other features."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if list(data["features"]) == list(names):
            return [float(w) for w in data["weights"]], float(data["threshold"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return None


def _load() -> tuple[list[float], float]:
    """(weights, threshold) from DATA; all-zero weights (confidence 0.5 everywhere) and threshold
    0 when the file is missing, unreadable or built for other FEATURES (the script that rebuilds it
    imports this module; tests/nlp/test_claim_confidence.py fails on a stale file)."""
    return load_weights(DATA, FEATURES) or ([0.0] * len(FEATURES), 0.0)


WEIGHTS, THRESHOLD = _load()


def probability(x: list[float], weights: list[float] | None = None) -> float:
    """The logistic model's probability that a claim with feature vector `x` is right."""
    z = 0.0
    for w, v in zip(weights if weights is not None else WEIGHTS, x):
        if v:
            z += w * v
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def confidence(how: dict, claim: dict, kb_unit: str | None, known: dict) -> float:
    """`probability` of `features`, rounded to three decimals (what is stored)."""
    return round(probability(features(how, claim, kb_unit, known)), 3)
