"""Checkable evidence that a claim is wrong: plausibility of its number and agreement with the passage.

`nlp.claim_confidence` weighs how a claim was found. This module adds what can be *checked* about the
claim itself, whatever reader found it and whatever the layout (features of the confidence model,
never vetoes: the weights are fitted, and judged leave-one-set-out, by scripts/build_claim_confidence.py):

plausibility (one claim and its own text)
    ``implausible``  the score is out of range for its unit: a share over 100 ("%", percentile), a
                     place that is not a small whole number, an arena Elo or a contest rating outside
                     the bands such boards use, a medal that is not 1-3, points over the maximum the
                     text states right after the number ("47 out of 42", "47/42").
    ``echo_number``  the score is a number the claim's own names carry (the "70" of "Kestrel-70B", the
                     "2025" of "AIME 2025"), a bare whole number shaped like a year, or the same digits
                     occur elsewhere in its text as a price, a size or a version ("$12 … 12", "v4 … 4").
    ``nums_between`` other numbers stand between the score and its benchmark's name in the text
                     (0, 1, 2+ → 0, .5, 1); a board far from its score with figures between is a board
                     the rules reached past another number's.
    ``retracted``    the sentence calls the figure wrong: a correction, an erratum, a hoax, a rumour,
                     a joke, a retraction ("… was later corrected", "the leaked 92% was a hoax").
agreement (the passage's other claims, read once by `check_context`)
    ``conflict``     another line of the passage gives the same model a different score on the same
                     board in the same unit (places aside); ``corrected`` when that other line is
                     the later one and calls itself a correction (the earlier figure is the wrong one);
                     ``conflict_many`` when two or more other scores are given (at most one is right).
    ``scale_odd``    its score is five times larger or smaller than the median of the passage's other
                     claims on that board (a 0-1 fraction among percentages, a share among Elo scores).
    ``tier_model``   the model "name" is a lone tier word or a generic noun ("Pro", "Flash", "baseline",
                     "ours", "average").
"""
from __future__ import annotations

import re
from collections import defaultdict

CHECKS = ("implausible", "echo_number", "nums_between", "retracted", "conflict", "conflict_many",
          "corrected", "scale_odd", "tier_model")

_PLACES = ("rank", "percentile", "medal")
# the bands a board's numbers live in (an arena's Elo, a contest rating); a number outside them is no such score
_BANDS = {"elo": (400.0, 3500.0), "rating": (100.0, 4500.0)}
_MAX_AFTER = re.compile(r"\s*(?:/|out\s+of|of\s+(?:a\s+)?(?:maximum|max|possible)(?:\s+of)?)\s*(\d+(?:\.\d+)?)\b", re.I)
_NUM = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
# what makes a number a price, a size or a version where it stands: "$12", "12B", "12 GB", "v12", "-12", "12k"
_PRICE_BEFORE = re.compile(r"(?:[$€£¥]|USD\s?)$")
_VERSION_BEFORE = re.compile(r"(?:\b[vV]|[A-Za-z][-_]|[A-Za-z])$")
_SIZE_AFTER = re.compile(r"(?:\s?(?:[BMKT]|GB|MB|TB|bn|billion|million|k|x)\b|[A-Za-z])")
_CORRECTION = re.compile(
    r"\b(?:correct(?:ed|ion|s)|errat(?:um|a)|corrigend(?:um|a)|misreport(?:ed)?|misstat(?:ed|ement)|mistak(?:e|en|enly)|"
    r"typo|hoax(?:es)?|debunk(?:ed|s)?|fake[ds]?|fabricat(?:ed|ion)|rumou?r(?:s|ed)?|jok(?:e|ed|es|ing)|"
    r"retract(?:ed|ion|s)?|withdr(?:aw|awn|ew)|revis(?:ed|ion)\s+(?:down|up)|was\s+wrong|were\s+wrong|incorrect(?:ly)?|"
    r"(?:originally|initially|first|previously|wrongly)\s+(?:reported|stated|published|listed|given|claimed))\b", re.I)
_LATER_FIX = re.compile(r"\b(?:correct(?:ed|ion)|errat(?:um|a)|corrigend(?:um|a)|should\s+(?:read|be|have\s+been)|"
                        r"actually|revised|re-?scored|updated?\s+to|now\s+reads?)\b", re.I)
_TIER = re.compile(
    r"^(?:the\s+)?(?:pro|mini|flash|ultra|max|lite|turbo|base|instruct|chat|large|small|medium|nano|plus|heavy|"
    r"preview|thinking|reasoning|model|models|baseline|baselines|team|humans?|ours|average|avg|mean|median|random|"
    r"oracle|sota|previous|best|expert|experts|reference|prior|ensemble|teacher|student|system)$", re.I)


def _float(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


def check_context(claims: list[dict]) -> dict:
    """The passage's claims grouped once (linear): scores per (model, board, unit) with their lines,
    and the scores of each board (places aside)."""
    by_key: dict[tuple, list[tuple]] = defaultdict(list)
    by_bench: dict[str, list[float]] = defaultdict(list)
    for i, c in enumerate(claims):
        if c.get("unit") in _PLACES or c.get("score") is None:
            continue
        by_key[(c.get("model"), c.get("benchmark"), c.get("unit"))].append(
            (c.get("start"), c.get("score"), i, bool(_LATER_FIX.search(c.get("sentence") or ""))))
        by_bench[c.get("benchmark")].append(float(c["score"]))
    return {"by_key": by_key, "by_bench": by_bench, "at": {id(c): i for i, c in enumerate(claims)}}


def _implausible(claim: dict, how: dict) -> bool:
    unit, score = claim.get("unit"), claim.get("score")
    if score is None:
        return False
    score = float(score)
    if unit in ("%", "percentile"):
        return score > 100.0 or score < 0.0
    if unit == "rank":
        return score != int(score) or not 1.0 <= score <= 1000.0
    if unit == "medal":
        return score not in (1.0, 2.0, 3.0)
    if unit in _BANDS:
        lo, hi = _BANDS[unit]
        return not lo <= score <= hi
    text, to = how.get("text"), how.get("to")
    if text and to is not None:
        m = _MAX_AFTER.match(text, to, min(len(text), to + 40))
        if m and score > float(m.group(1)) > 0:
            return True
    return False


def _echo(claim: dict, how: dict) -> bool:
    score, unit = claim.get("score"), claim.get("unit")
    if score is None or unit in _PLACES:
        return False
    score = float(score)
    for name in (claim.get("model"), claim.get("benchmark")):
        for d in _NUM.findall(name or ""):
            if _float(d) == score:
                return True
    whole = score == int(score) and not how.get("decimal")
    if whole and unit not in ("elo", "rating", "USD") and 1990 <= score <= 2039:
        return True
    text, at, to = how.get("text"), how.get("at"), how.get("to")
    if not text or at is None:
        return False
    written = text[at:to]
    m0 = _NUM.match(written)
    if not m0:
        return False
    digits = m0.group()
    lo, hi = max(0, at - 200), min(len(text), to + 200)
    for m in re.finditer(rf"(?<![\w.,]){re.escape(digits)}(?![\d])", text[lo:hi]):
        a, z = lo + m.start(), lo + m.end()
        if a == at:
            continue
        if _PRICE_BEFORE.search(text, max(0, a - 4), a) or _VERSION_BEFORE.search(text, max(0, a - 2), a) \
                or _SIZE_AFTER.match(text, z, min(len(text), z + 8)):
            if not (z < len(text) and text[z:z + 1] == "%"):
                return True
    return False


def _nums_between(claim: dict, how: dict) -> int:
    """Numbers between the score and the nearest occurrence of its board's name (0 when not found)."""
    text, at, to, bench = how.get("text"), how.get("at"), how.get("to"), claim.get("benchmark")
    if not text or at is None or not bench:
        return 0
    key = bench.split()[0].lower() if len(bench.split()[0]) >= 3 else bench.lower()
    lo, hi = max(0, at - 200), min(len(text), to + 200)
    low = text[lo:hi].lower()
    best = None
    for m in re.finditer(re.escape(key), low):
        a = lo + m.start()
        d = at - (a + len(key)) if a < at else a - to
        if d >= 0 and (best is None or d < best[0]):
            best = (d, a)
    if best is None:
        return 0
    a = best[1]
    span = text[a + len(key):at] if a < at else text[to:a]
    return sum(1 for m in _NUM.finditer(span) if not _VERSION_BEFORE.search(span, max(0, m.start() - 2), m.start()))


def check_features(how: dict, claim: dict, ctx: dict | None) -> list[float]:
    """The vector of CHECKS for `claim` (`how` as nlp.claims records it, `ctx` from `check_context`)."""
    conflict = corrected = odd = False
    rivals = set()  # the other scores the passage gives the same (model, board, unit) on other lines
    if ctx is not None and claim.get("unit") not in _PLACES and claim.get("score") is not None:
        mine = ctx["at"].get(id(claim))
        for start, score, i, fix in ctx["by_key"].get((claim.get("model"), claim.get("benchmark"), claim.get("unit")), ()):
            if i != mine and start != claim.get("start") and score != claim.get("score"):
                conflict = True
                rivals.add(score)
                if fix and mine is not None and i > mine:
                    corrected = True
        others = [s for s in ctx["by_bench"].get(claim.get("benchmark"), ())]
        if len(others) >= 3:
            rest = sorted(others)
            rest.remove(float(claim["score"])) if float(claim["score"]) in rest else None
            med = rest[len(rest) // 2]
            s = float(claim["score"])
            odd = med > 0 and s > 0 and (s / med > 5 or med / s > 5)
    n = _nums_between(claim, how)
    sentence = claim.get("sentence") or ""
    return [
        1.0 if _implausible(claim, how) else 0.0,
        1.0 if _echo(claim, how) else 0.0,
        min(n, 2) / 2,
        1.0 if _CORRECTION.search(sentence) else 0.0,
        1.0 if conflict else 0.0,
        1.0 if len(rivals) >= 2 else 0.0,
        1.0 if corrected else 0.0,
        1.0 if odd else 0.0,
        1.0 if _TIER.match((claim.get("model") or "").strip()) else 0.0,
    ]
