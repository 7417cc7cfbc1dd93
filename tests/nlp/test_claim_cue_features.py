"""nlp.claim_cues: the wording and layout cues the confidence model weighs (hedges, ordinal ranks, crowded
sentences). Invented names only (Zelqora, Thimbrel, Murrowick, Glimmerquay appear in no set)."""
from __future__ import annotations

import nlp.claim_confidence as K
from nlp.claim_cues import CUES, cue_features


def _cues(sentence, number, unit="%"):
    at = sentence.index(number)
    how = {"path": "nearest", "text": sentence, "at": at, "to": at + len(number)}
    return dict(zip(CUES, cue_features(how, {"model": "Zelqora-4", "unit": unit, "sentence": sentence})))


def test_cues_are_features_of_the_confidence_model():
    assert list(K.FEATURES[-len(CUES):]) == list(CUES)


def test_a_hedged_sentence():
    assert _cues("A leaked screenshot shows Zelqora-4 at 88% on Glimmerquay.", "88")["hedged"] == 1.0
    assert _cues("Zelqora-4 is apparently at 88% on Glimmerquay.", "88")["hedged"] == 1.0
    assert _cues("Thimbrel Labs reports Zelqora-4 at 88% on Glimmerquay.", "88")["hedged"] == 0.0


def test_an_ordinal_rank():
    assert _cues("Zelqora-4 is now third on Glimmerquay.", "third", unit="rank")["ordinal_rank"] == 1.0
    assert _cues("Zelqora-4 is #3 on Glimmerquay.", "3", unit="rank")["ordinal_rank"] == 0.0
    assert _cues("Zelqora-4 scores 3.0 on the first Glimmerquay split.", "3.0", unit="points")["ordinal_rank"] == 0.0


def test_a_crowded_sentence():
    assert _cues("Zelqora-4 scores 71.2% on Glimmerquay.", "71.2")["many_figures"] == 0.0
    crowded = "Zelqora-4 scores 71.2%, 64.0%, 58.3%, 49.9%, 44.1% and 40.0% while Murrowick-2 gets 39.5% and 38.0%."
    assert _cues(crowded, "71.2")["many_figures"] == 1.0
