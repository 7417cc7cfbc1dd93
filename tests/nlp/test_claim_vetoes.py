"""nlp.claim_vetoes: figures their own sentence says are no score (a target, a count of things, a share of a
resource, a generic row) get confidence 0. Invented names only (Zelqora, Thimbrel, Kastovane, Murrowick,
Glimmerquay, Pylewick appear in no set); each veto with a hard negative that stays a score."""
from __future__ import annotations

import nlp.claim_confidence as K
from nlp.claim_vetoes import veto
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import pipe  # noqa: F401  (the blank-pipeline fixture)


def _v(text, number, model="Zelqora-4", unit="%"):
    at = text.index(number)
    how = {"path": "nearest", "text": text, "at": at, "to": at + len(number)}
    return veto(how, {"model": model, "benchmark": "Glimmerquay", "score": 1.0, "unit": unit})


def test_a_target_goal_promise_or_forecast_is_no_result():
    assert _v("Thimbrel Labs said its goal for Zelqora-5 next spring is 91% on Glimmerquay.", "91") == "target"
    assert _v("- Aim: 88% on Glimmerquay by the autumn release", "88") == "target"
    assert _v("Analysts forecast that Zelqora-5 will land near 70 on Glimmerquay.", "70", unit="points") == "target"
    assert _v("Please don't promise the 95% Glimmerquay figure to customers yet.", "95") == "target"
    # the intention ends at a sentence break: the next sentence's figure is a result
    assert _v("The target was ambitious. Zelqora-4 scored 91% on Glimmerquay.", "91") is None
    assert _v("Zelqora-4 scored 91% on Glimmerquay, ahead of Murrowick-2.", "91") is None


def test_a_count_of_things_is_no_score():
    assert _v("On Glimmerquay, a set of 320 hand-checked legal memos, Zelqora-4 does well.", "320", unit=None) == "count"
    assert _v("Zelqora-4 ships with 75 small fixes to the tokenizer.", "75", unit="points") == "count"
    # "N of M", "N on B", a unit: a score
    assert _v("Zelqora-4 solved 41 of 50 Glimmerquay tasks.", "41", unit="points") is None
    assert _v("Zelqora-4 scored 41 on Glimmerquay problems.", "41", unit="points") is None
    assert _v("Zelqora-4 scored 41 points on Glimmerquay.", "41", unit="points") is None
    assert _v("Zelqora-4 reached 41.5 overall questions", "41.5", unit="points") is None  # decimals: a measurement
    assert _v("Zelqora-4 gets 64% correct answers on Glimmerquay.", "64") is None      # a share, not a count


def test_a_share_of_a_resource_is_no_score():
    assert _v("Kastovane buys 70% of its compute from one cloud, and Zelqora-4 shows it.", "70") == "share"
    assert _v("About 40% of their revenue comes from Zelqora-4.", "40") == "share"
    # a share of test items is a score
    assert _v("Zelqora-4 completes 62.5% of its tasks on Glimmerquay.", "62.5") is None
    assert _v("Zelqora-4 answers 71% of our Glimmerquay questions.", "71") is None


def test_a_generic_row_is_no_model():
    assert _v("| base model | 12.4 | 38.9 |", "12.4", model="base model") == "generic_row"
    assert _v("| Baseline | 12.4 | 38.9 |", "12.4", model="Baseline") == "generic_row"
    assert _v("| Zelqora-4 Base | 12.4 | 38.9 |", "12.4", model="Zelqora-4 Base") is None  # a named base model
    assert _v("| Pylewick-Human-7B | 12.4 |", "12.4", model="Pylewick-Human-7B") is None


def test_a_vetoed_claim_gets_confidence_zero(pipe):  # noqa: F811
    names = [("Zelqora-4", "MODEL", "Zelqora-4"), ("Glimmerquay", "BENCHMARK", "Glimmerquay")]
    text = "On Glimmerquay, a suite of 320 hand-checked legal memos, Zelqora-4 finishes 64.2% of tasks."
    got = {(c["model"], c["score"]): c["confidence"] for c in annotate(pipe, text, names)._.claims}
    assert got[("Zelqora-4", 64.2)] > 0.5      # the score stays on the scoreboard
    assert got.get(("Zelqora-4", 320.0), 0.0) == 0.0  # the size of the suite never reaches it
    assert K.confidence({"path": "glued", "text": "x", "at": 0, "to": 1}, {"model": "base model", "score": 1.0}, None, {}) == 0.0
