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

The features above see one claim at a time, and the wrong claims that pass them look like right ones
(round 9: pooled leave-one-set-out precision 0.929 at the bar 0.50, 0.937 at 0.85). What sets many of
them apart is the rest of the passage: one model handed a whole run of scores on one benchmark in one
line (a column order the rules lost), a unit unlike every other claim on the same benchmark, a repeat
of a claim already made, a figure the text denies ("not 79.1%"), a benchmark "name" that is a word
about a language or a scale, a model "name" with no version (a family or a lab). `passage_context`
reads the passage's claims once; `features` then looks each claim up in it. The last features
(`nlp.claim_checks.CHECKS`) check the claim itself: a number out of range for its unit, a number its own
names carry, figures between the score and its board, a sentence calling the figure wrong, other scores
for the same model and board elsewhere in the passage, a score far off the scale of the board's others.
Two (`TAGGER_FEATURES`: a model or benchmark only the learned name tagger found) need the doc:
`features` leaves them zero and `nlp.tagger_claims.temper` adds their weights afterwards (`shifted`).
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from .claim_checks import CHECKS, check_context, check_features
from .claim_cues import CUES, cue_features
from .claim_vetoes import veto

#: what `nlp.tagger_claims` says of a claim from the doc's names (FEATURES at TAGGER_SLICE)
TAGGER_FEATURES = (
    "tagger_model",   # its model is a name only the learned name tagger found
    "tagger_bench",   # its benchmark is a name only the tagger found (or a shorter form of one)
)
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
    # from the passage's other claims and the number's neighbours (passage_context):
    "score_run",      # its line gives the same model 3+ scores on one benchmark and this is not the first
    "two_scores",     # its line gives the same model exactly two scores on one benchmark (with/without, before/after)
    "odd_unit",       # the other claims on its benchmark in the passage mostly carry another unit
    "repeat",         # an earlier claim of the passage already says the same (model, benchmark, score)
    "denied",         # the text denies the figure right before it ("not 79.1%", "rather than 61")
    "bench_word",     # the benchmark, unknown to the knowledge base, is a word about a language or a scale
    "bare_model",     # the model's name has no digit: a family or a lab more often than one model
    # names only the learned name tagger found: filled by nlp.tagger_claims, which sees the doc (zero in `features`)
    *TAGGER_FEATURES,
    # checkable evidence about the claim itself (nlp.claim_checks): plausibility of the number, agreement with the passage
    *CHECKS,
    # the sentence's wording and layout of the figure (nlp.claim_cues): hedges, ordinal ranks, crowding, aligned rows, no source
    *CUES,
)
#: where TAGGER_FEATURES sit in FEATURES
TAGGER_SLICE = slice(FEATURES.index(TAGGER_FEATURES[0]), FEATURES.index(TAGGER_FEATURES[0]) + len(TAGGER_FEATURES))
_PATHS = ("table", "list", "glued", "nearest", "after", "subject", "adopted")
_PLACES = ("rank", "percentile", "medal")
_KB_UNIT_OF = {"%": "%", "Elo": "elo", "USD": "USD"}
DATA = Path(__file__).parent / "data" / "claim_confidence.json"
# a word before the number that denies it: "not 79.1% as first reported", "rather than the 72.0 claimed"
_DENIED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
# a "benchmark" that is a word about the language or the scale of a test: "76.4 percent on the German-language
# benchmark X", "score = Elo-scale rating", "the French version of GPQA"; and one or two capitals ("AA", "OS")
_LANGUAGES = ("English|French|German|Spanish|Portuguese|Italian|Dutch|Czech|Polish|Russian|Ukrainian|Turkish|Arabic|"
              "Hebrew|Persian|Hindi|Bengali|Urdu|Tamil|Chinese|Japanese|Korean|Vietnamese|Thai|Indonesian|Malay|"
              "Swahili|Kiswahili|Amharic|Yoruba|Hausa|Zulu|Finnish|Swedish|Norwegian|Danish|Greek|Hungarian|Romanian")
_WORD_BENCH = re.compile(rf"^(?:(?:{_LANGUAGES})(?:-language)?|[A-Z][a-z]+-language|(?:Elo|points?|percent)[- ]scale|"
                         rf"[\w-]*\bscale|[A-Z]{{1,2}})$", re.I)


def passage_context(claims: list[dict]) -> dict:
    """What `features` needs from the passage's other claims, read once (linear): the scores each
    (model, benchmark, unit) gets per line in text order, the units each benchmark's claims carry,
    and the first claim saying each (model, benchmark, score). Places (rank, medal, percentile) are
    left out of the scores and units: a model's rank beside its Elo is no conflict."""
    lines: dict[tuple, list[float]] = defaultdict(list)
    units: dict[str, Counter] = defaultdict(Counter)
    first: dict[tuple, int] = {}
    for i, c in enumerate(claims):
        first.setdefault((c.get("model"), c.get("benchmark"), c.get("score")), i)
        if c.get("unit") in _PLACES:
            continue
        scores = lines[(c.get("model"), c.get("benchmark"), c.get("unit"), c.get("start"))]
        if c.get("score") not in scores:
            scores.append(c.get("score"))
        units[c.get("benchmark")][c.get("unit")] += 1
    return {"lines": lines, "units": units, "first": first, "at": {id(c): i for i, c in enumerate(claims)},
            "checks": check_context(claims)}


def _passage_features(how: dict, claim: dict, known: dict, passage: dict | None) -> list[float]:
    """The last seven FEATURES (zero without a `passage`, as for a claim alone)."""
    model, bench, unit, score = claim.get("model"), claim.get("benchmark"), claim.get("unit"), claim.get("score")
    run, odd, repeat = [], False, False
    if passage is not None:
        if unit not in _PLACES:
            run = passage["lines"].get((model, bench, unit, claim.get("start")), [])
            seen = passage["units"].get(bench, Counter())
            odd = 2 * seen[unit] < sum(seen.values())  # a minority unit among 2+ claims on the benchmark
        at = passage["at"].get(id(claim))
        repeat = at is not None and passage["first"].get((model, bench, score), at) < at
    before = how.get("before") or ""
    return [
        1.0 if len(run) >= 3 and run[0] != score else 0.0,
        1.0 if len(run) == 2 else 0.0,
        1.0 if odd else 0.0,
        1.0 if repeat else 0.0,
        1.0 if _DENIED.search(before) else 0.0,
        1.0 if bench and not known.get(bench, True) and _WORD_BENCH.match(bench) else 0.0,
        1.0 if model and not any(ch.isdigit() for ch in model) else 0.0,
    ]


def features(how: dict, claim: dict, kb_unit: str | None, known: dict, passage: dict | None = None) -> list[float]:
    """The vector of FEATURES for `claim`, found as `how` says; `kb_unit` is the knowledge base's
    unit for its benchmark ("%", "Elo", "USD" or None), `known` maps canonical names to whether
    the knowledge base lists them, `passage` is `passage_context` of the passage's claims."""
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
        *_passage_features(how, claim, known, passage),
        *(0.0 for _ in TAGGER_FEATURES),
        *check_features(how, claim, passage["checks"] if passage is not None else None),
        *cue_features(how, claim),
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


def shifted(p: float, dz: float) -> float:
    """A stored confidence ``p`` (three decimals) with ``dz`` added to its log-odds, rounded again: how
    `nlp.tagger_claims` adds the weights of the features it alone can see (0 stays 0: a vetoed claim)."""
    if not dz or p <= 0:
        return p
    q = min(max(p, 0.0005), 0.9995)
    z = max(-30.0, min(30.0, math.log(q / (1 - q)) + dz))
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def confidence(how: dict, claim: dict, kb_unit: str | None, known: dict, passage: dict | None = None) -> float:
    """`probability` of `features`, rounded to three decimals (what is stored); 0 for a figure its own sentence
    says is no score (`nlp.claim_vetoes.veto`: a target, a count of things, a share of a resource, a generic row)."""
    if veto(how, claim):
        return 0.0
    return round(probability(features(how, claim, kb_unit, known, passage)), 3)
