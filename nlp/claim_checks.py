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
    ``retracted``    the sentence calls the figure wrong: a correction, an erratum, a hoax, a rumour,
                     a joke, a retraction ("… was later corrected", "the leaked 92% was a hoax").
agreement (the passage's other claims, read once by `check_context`)
    ``conflict``     another line of the passage gives the same model a different score on the same
                     board in the same unit and metric (places aside), and neither line names a setting
                     that makes two scores legitimate ("with majority voting", "with tools", "3-shot",
                     "pass@8", "we re-ran it"), and both come from the same source (the maker's 78.4% and a
                     tester's 74.1% are both right): a corrected figure, or a number given to the wrong model.
    ``scale_odd``    its score is five times larger or smaller than the median of the passage's other
                     claims on that board (a 0-1 fraction among percentages, a share among Elo scores).

Tried and left out (pooled leave-one-set-out, round 15): figures between the score and its board's name
(fires on 472 right claims for 44 wrong; no gain), a lone tier word for a model (never fires: the
entity stage keeps such names out; bare_model covers families), a second conflict feature for three or
more scores, and "restates an earlier figure" ("had reported", "last week") — mostly right claims.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

from .string_memo import all_finder

CHECKS = ("implausible", "echo_number", "retracted", "conflict", "scale_odd")

_PLACES = ("rank", "percentile", "medal")
# the bands a board's numbers live in (an arena's Elo, a contest rating); a number outside them is no such score
_BANDS = {"elo": (400.0, 3500.0), "rating": (100.0, 4500.0)}
_MAX_AFTER = re.compile(r"\s*(?:/|out\s+of|of\s+(?:a\s+)?(?:maximum|max|possible)(?:\s+of)?)\s*(\d+(?:\.\d+)?)\b", re.I)
_NUM = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*")
_names_numbers = all_finder(__name__, "_NUM")  # (a model's or benchmark's name, asked per claim of it: nlp.string_memo)
# what makes a number a price, a size or a version where it stands: "$12", "12B", "12 GB", "v12", "-12", "12k"
_PRICE_BEFORE = re.compile(r"(?:[$€£¥]|USD\s?)$")
_VERSION_BEFORE = re.compile(r"(?:\b[vV]|[A-Za-z][-_]|[A-Za-z])$")
_SIZE_AFTER = re.compile(r"(?:\s?(?:[BMKT]|GB|MB|TB|bn|billion|million|k|x)\b|[A-Za-z])")
_CORRECTION = re.compile(  # matched on the lower-cased sentence (faster than re.I)
    r"\b(?:correct(?:ed|ion|s)|errat(?:um|a)|corrigend(?:um|a)|misreport(?:ed)?|misstat(?:ed|ement)|mistak(?:e|en|enly)|"
    r"typo|hoax(?:es)?|debunk(?:ed|s)?|fake[ds]?|fabricat(?:ed|ion)|rumou?r(?:s|ed)?|jok(?:e|ed|es|ing)|"
    r"retract(?:ed|ion|s)?|withdr(?:aw|awn|ew)|revis(?:ed|ion)\s+(?:down|up)|was\s+wrong|were\s+wrong|incorrect(?:ly)?|"
    r"(?:originally|initially|first|previously|wrongly)\s+(?:reported|stated|published|listed|given|claimed))\b")
# the stems one of which every _CORRECTION match holds: a sentence with none skips the regex (the cheap test)
_CORRECTION_STEMS = ("correct", "errat", "corrigend", "misreport", "misstat", "mistak", "typo", "hoax", "debunk", "fake",
                     "fabricat", "rumo", "jok", "retract", "withdr", "revis", "wrong", "originally", "initially",
                     "first", "previously")
# a setting that makes a second score for the same model and board legitimate: "with majority voting over 64 samples",
# "with tools", "in thinking mode", "3-shot", "pass@8", "our own re-run", "with a scaffold"
_SETTING = re.compile(
    r"\b(?:with(?:out)?|using|under|in|at)\s+(?:\w+\s+){0,3}?(?:tools?|voting|samples?|shots?|scaffold(?:ing)?|"
    r"harness|budget|compute|mode|thinking|reasoning|search|retrieval|agents?|settings?|prompts?|template|effort)\b|"
    r"\b(?:pass|maj|cons|best-of|avg|mean)@\d+|\b\d+-shot\b|\b(?:zero|few|one)-shot\b|"
    r"\b(?:re-?ran|re-?run|our\s+own|we\s+(?:measured|got|ran|get)|I\s+(?:got|get|measured|ran)|independent(?:ly)?)\b", re.I)


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
            (c.get("start"), c.get("score"), i, c.get("metric"), c.get("sentence") or "", c.get("source_kind")))
        by_bench[c.get("benchmark")].append(float(c["score"]))
    for scores in by_bench.values():
        scores.sort()
    return {"by_key": by_key, "by_bench": by_bench, "at": {id(c): i for i, c in enumerate(claims)}, "setting": {}, "retracted": {}}


def _retracted(ctx: dict | None, sentence: str) -> bool:
    """Whether a sentence calls its figure wrong (read once per sentence)."""
    got = ctx["retracted"].get(sentence) if ctx is not None else None
    if got is None:
        low = sentence.lower()
        got = any(k in low for k in _CORRECTION_STEMS) and _CORRECTION.search(low) is not None
        if ctx is not None:
            ctx["retracted"][sentence] = got
    return got


def _setting(ctx: dict, sentence: str) -> bool:
    """Whether a sentence names a setting (read once per sentence, only for claims that have a rival)."""
    got = ctx["setting"].get(sentence)
    if got is None:
        got = ctx["setting"][sentence] = bool(_SETTING.search(sentence))
    return got


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
        for d in _names_numbers(name or ""):
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
    if text.count(digits, lo, hi) < 2:  # the cheap test: the digits occur nowhere else near the number
        return False
    for m in _NUM.finditer(text, lo, hi):
        a, z = m.start(), m.end()
        if a == at or m.group() != digits:
            continue
        if _PRICE_BEFORE.search(text, max(0, a - 4), a) or _VERSION_BEFORE.search(text, max(0, a - 2), a) \
                or _SIZE_AFTER.match(text, z, min(len(text), z + 8)):
            if not (z < len(text) and text[z:z + 1] == "%"):
                return True
    return False


def check_features(how: dict, claim: dict, ctx: dict | None) -> list[float]:
    """The vector of CHECKS for `claim` (`how` as nlp.claims records it, `ctx` from `check_context`)."""
    conflict = odd = False
    if ctx is not None and claim.get("unit") not in _PLACES and claim.get("score") is not None:
        mine = ctx["at"].get(id(claim))
        group = ctx["by_key"].get((claim.get("model"), claim.get("benchmark"), claim.get("unit")), ())
        for start, score, i, metric, sentence, source in group if len(group) > 1 else ():
            if i == mine or start == claim.get("start") or score == claim.get("score"):
                continue
            if metric != claim.get("metric") or source != claim.get("source_kind"):
                continue  # pass@1 beside maj@64; the maker's figure beside a tester's re-run: both right
            if _setting(ctx, sentence) or _setting(ctx, claim.get("sentence") or ""):
                continue  # "90.0% with majority voting" beside "73.6%": two settings, both right
            conflict = True
            break
        board = ctx["by_bench"].get(claim.get("benchmark"), ())  # sorted, this claim's score among them
        if len(board) >= 3:
            s = float(claim["score"])
            k, j = bisect_left(board, s), (len(board) - 1) // 2  # the median of the others, without a copy
            med = board[j] if j < k else board[j + 1]
            odd = med > 0 and s > 0 and (s / med > 5 or med / s > 5)
    sentence = claim.get("sentence") or ""
    return [
        1.0 if _implausible(claim, how) else 0.0,
        1.0 if _echo(claim, how) else 0.0,
        1.0 if _retracted(ctx, sentence) else 0.0,
        1.0 if conflict else 0.0,
        1.0 if odd else 0.0,
    ]
