"""The claim confidence's passage features (nlp.claim_confidence.passage_context): a claim weighed
against the passage's other claims and the words before its number. Invented names only."""
from __future__ import annotations

import nlp.claim_confidence as K
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


# the seven passage features (the checks of nlp.claim_checks follow them: tests/nlp/test_claim_checks.py)
_P0, _P1 = K.FEATURES.index("score_run"), K.FEATURES.index("bare_model") + 1


def _claim(model, score, unit="%", bench="ZetaBench", start=0):
    return {"model": model, "benchmark": bench, "score": score, "unit": unit, "start": start}


def _on(claim, claims, how=None, known=None) -> dict:
    x = K.features(how or {"path": "nearest"}, claim, "%", known or {}, K.passage_context(claims))
    return {f: v for f, v in zip(K.FEATURES, x) if f in K.FEATURES[_P0:_P1]}


def test_a_run_of_scores_for_one_model_on_one_benchmark_in_one_line():
    run = [_claim("Vireo 3", s) for s in (31.1, 4.9, 13.6)]
    assert [_on(c, run)["score_run"] for c in run] == [0.0, 1.0, 1.0]  # the first is the model's likeliest
    pair = [_claim("Vireo 3", 62.3), _claim("Vireo 3", 70.3)]  # "62.3%, or 70.3% with a scaffold"
    assert [(_on(c, pair)["score_run"], _on(c, pair)["two_scores"]) for c in pair] == [(0.0, 1.0)] * 2
    # other lines, other models, and a rank beside an Elo are no run
    apart = [_claim("Vireo 3", 31.1, start=0), _claim("Vireo 3", 4.9, start=40), _claim("Helix-2 Pro", 13.6)]
    assert not any(_on(c, apart)["two_scores"] or _on(c, apart)["score_run"] for c in apart)
    board = [_claim("Vireo 3", 1.0, unit="rank"), _claim("Vireo 3", 1412.0, unit="elo")]
    assert not any(_on(c, board)["two_scores"] for c in board)


def test_a_unit_unlike_the_others_on_the_same_benchmark():
    claims = [_claim("Vireo 3", 61.0), _claim("Helix-2 Pro", 54.3), _claim("Quasar Alpha", 1.5, unit="points")]
    assert [_on(c, claims)["odd_unit"] for c in claims] == [0.0, 0.0, 1.0]
    alone = [_claim("Quasar Alpha", 1.5, unit="points")]
    assert _on(alone[0], alone)["odd_unit"] == 0.0  # nothing to disagree with


def test_a_repeat_of_an_earlier_claim_and_a_denied_figure():
    claims = [_claim("Vireo 3", 71.9), _claim("Vireo 3", 71.9, start=90)]
    assert [_on(c, claims)["repeat"] for c in claims] == [0.0, 1.0]
    denied = _on(claims[0], claims, how={"path": "nearest", "before": "scored 71.9% on ZetaBench, not "})
    assert denied["denied"] == 1.0
    assert _on(claims[0], claims, how={"path": "nearest", "before": "is notably at "})["denied"] == 0.0


def test_a_benchmark_that_is_a_word_and_a_model_without_a_version():
    for word in ("Elo-scale", "Czech", "Tagalog-language", "AA"):
        c = _claim("Vireo 3", 70.0, bench=word)
        assert _on(c, [c], known={word: False})["bench_word"] == 1.0, word
    invented = _claim("Vireo 3", 70.0, bench="Threadbare")  # an invented one-word benchmark stays a name
    assert _on(invented, [invented], known={"Threadbare": False})["bench_word"] == 0.0
    listed = _claim("Vireo 3", 70.0, bench="French")  # a benchmark the knowledge base lists is no guess
    assert _on(listed, [listed], known={"French": True})["bench_word"] == 0.0
    assert _on(_claim("Corvid", 70.0), [])["bare_model"] == 1.0
    assert _on(_claim("Corvid 3", 70.0), [])["bare_model"] == 0.0


def test_without_a_passage_the_passage_features_are_zero():
    x = K.features({"path": "glued", "before": "not "}, _claim("Corvid", 70.0), "%", {})
    assert x[_P0:_P1] == [0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0]  # only what the claim itself shows
    assert len(x) == len(K.FEATURES)


def test_the_pipeline_weighs_each_claim_against_its_passage(pipe):  # noqa: F811
    text = "Vireo 3 scored 71.9% on ZetaBench, not 79.1%."  # ("as we first reported" withdraws it outright: claim_places)
    claims = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"])).doc._.claims
    by_score = {c["score"]: c["confidence"] for c in claims}
    assert all("_conf" not in c and "_how" not in c for c in claims)
    assert by_score[79.1] < by_score[71.9]  # the denied figure is trusted less than the stated one
    run = annotate(pipe, "Vireo 3 — ZetaBench 31.1% · 4.9% · 13.6%", ents(["Vireo 3"], ["ZetaBench"])).doc._.claims
    conf = [c["confidence"] for c in sorted(run, key=lambda c: -c["score"])]  # 31.1 first in the text
    assert len(conf) == 3 and conf[0] > max(conf[1:])  # one model cannot hold the whole run
