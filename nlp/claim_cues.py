"""More checkable evidence for the claim confidence: how the sentence words and lays out the figure.

Each cue reads the claim's own sentence or line, whatever reader found it, and none quotes a set's wording; the
confidence model (`nlp.claim_confidence`) weighs them, fitted and judged leave-one-set-out by
scripts/build_claim_confidence.py, so a cue that does not predict on unseen sets gets no weight.

``hedged``        the sentence hedges its figure (the source cue's hedge list, `nlp.claim_source.HEDGE`: "apparently",
                  "a screenshot", "leaked", "not verified" …): second-hand figures are wrong more often.
``ordinal_rank``  a rank written as an ordinal word ("first", "fifth", "top"): ordinals also count items ("on the
                  first and … on the second"), order events ("dropped from second to third") or rank within a slice.
``many_figures``  how many figures the sentence holds (4 → 0, each more +0.25, at most 1): the more figures, the more
                  ways to pair them with the wrong name.

Tried and left out (little weight and no gain at the bars, leave-one-set-out, round 17): a whitespace-aligned row no table reader
took, an "unknown" source_kind, and "the board came from the paragraph while the sentence names other models".
"""
from __future__ import annotations

import re

from .claim_source import HEDGE
from .string_memo import all_finder, searcher

CUES = ("hedged", "ordinal_rank", "many_figures")

_ORDINAL = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)\b", re.I)
_FIGURE = re.compile(r"(?<![\w.])\d[\d,]*(?:\.\d+)?")
_hedged = searcher(__name__, "HEDGE")  # a claim's sentence, asked once per claim of it (nlp.string_memo)
_figures = all_finder(__name__, "_FIGURE")


def cue_features(how: dict, claim: dict) -> list[float]:
    """The vector of CUES for `claim` (`how` as nlp.claims records it)."""
    sentence = claim.get("sentence") or ""
    text, at, to = how.get("text"), how.get("at"), how.get("to")
    ordinal = claim.get("unit") == "rank" and bool(text) and at is not None and _ORDINAL.match(text, at, to) is not None
    figures = len(_figures(sentence)) if sentence else 0
    return [
        1.0 if sentence and _hedged(sentence) else 0.0,
        1.0 if ordinal else 0.0,
        min(max(figures - 4, 0), 4) / 4,
    ]
