"""nlp.claim_checks: checkable evidence about a claim (plausibility of its number, agreement with the
passage), fed to the confidence model. Invented names only (Quillmoor, Ostrakon, Fenwhistle, Carrowbench,
Loamline, Marrowgate appear in no set); each check with a hard negative."""
from __future__ import annotations

import nlp.claim_checks as C
import nlp.claim_confidence as K
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def _claim(model, score, unit="%", bench="Carrowbench", start=0, sentence=""):
    return {"model": model, "benchmark": bench, "score": score, "unit": unit, "start": start, "sentence": sentence}


def _how(text, number, **kw):
    at = text.index(number)
    return {"path": "nearest", "text": text, "at": at, "to": at + len(number), "decimal": "." in number, **kw}


def _checks(claim, claims=None, how=None) -> dict:
    ctx = C.check_context(claims if claims is not None else [claim])
    return dict(zip(C.CHECKS, C.check_features(how or {}, claim, ctx)))


def test_a_number_out_of_range_for_its_unit():
    assert _checks(_claim("Quillmoor-3", 112.5))["implausible"] == 1.0           # a share over 100
    assert _checks(_claim("Quillmoor-3", 99.5))["implausible"] == 0.0
    assert _checks(_claim("Quillmoor-3", 2.5, unit="rank"))["implausible"] == 1.0  # a place is a whole number
    assert _checks(_claim("Quillmoor-3", 4.0, unit="rank"))["implausible"] == 0.0
    assert _checks(_claim("Quillmoor-3", 4.0, unit="medal"))["implausible"] == 1.0
    assert _checks(_claim("Quillmoor-3", 46.0, unit="elo"))["implausible"] == 1.0  # no arena Elo is 46
    assert _checks(_claim("Quillmoor-3", 1287.0, unit="elo"))["implausible"] == 0.0
    text = "Ostrakon-2 scored 47 out of 42 on Carrowbench."                         # over the stated maximum
    assert _checks(_claim("Ostrakon-2", 47.0, unit="points"), how=_how(text, "47"))["implausible"] == 1.0
    text = "Ostrakon-2 scored 37 out of 42 on Carrowbench."
    assert _checks(_claim("Ostrakon-2", 37.0, unit="points"), how=_how(text, "37"))["implausible"] == 0.0


def test_a_number_its_own_names_carry_or_shaped_like_a_year_or_a_size():
    assert _checks(_claim("Fenwhistle-70B", 70.0, unit="points"))["echo_number"] == 1.0
    assert _checks(_claim("Fenwhistle-70B", 71.0, unit="points"))["echo_number"] == 0.0
    assert _checks(_claim("Fenwhistle-2", 2027.0, unit="points"))["echo_number"] == 1.0  # a year
    assert _checks(_claim("Fenwhistle-2", 2027.0, unit="elo"))["echo_number"] == 0.0     # an Elo may be 2027
    text = "Loamline-4 runs on a $12 plan and gets 12 on Carrowbench."
    at = text.rindex("12")
    how = {"text": text, "at": at, "to": at + 2, "decimal": False}
    assert _checks(_claim("Loamline-4", 12.0, unit="points"), how=how)["echo_number"] == 1.0
    text = "Loamline-4 gets 12% on Carrowbench, up from 12% last spring."  # the same share twice is no price
    how = _how(text, "12")
    assert _checks(_claim("Loamline-4", 12.0), how=how)["echo_number"] == 0.0


def test_a_sentence_that_calls_the_figure_wrong():
    for s in ("Erratum: the table gave Ostrakon-2 58.1% on Carrowbench.",
              "The 'Ostrakon-3 with 99% on Carrowbench' screenshot was a hoax.",
              "Ostrakon-2 was misreported at 58.1% on Carrowbench."):
        assert _checks(_claim("Ostrakon-2", 58.1, sentence=s))["retracted"] == 1.0, s
    ok = "Ostrakon-2 answers 58.1% of Carrowbench items correctly."  # "correctly" is no correction
    assert _checks(_claim("Ostrakon-2", 58.1, sentence=ok))["retracted"] == 0.0


def test_other_scores_for_the_same_model_and_board_in_the_passage():
    first = _claim("Quillmoor-3", 58.1, start=0, sentence="Quillmoor-3 scored 58.1% on Carrowbench.")
    fix = _claim("Quillmoor-3", 51.8, start=80, sentence="Correction: Quillmoor-3 scored 51.8% on Carrowbench.")
    other = _claim("Loamline-4", 44.0, start=120)
    claims = [first, fix, other]
    assert [_checks(c, claims)["conflict"] for c in claims] == [1.0, 1.0, 0.0]
    same_line = [_claim("Quillmoor-3", 58.1), _claim("Quillmoor-3", 61.0)]  # "58.1%, 61.0% with tools": score_run's
    assert not any(_checks(c, same_line)["conflict"] for c in same_line)
    place = [_claim("Quillmoor-3", 1288.0, unit="elo"), _claim("Quillmoor-3", 2.0, unit="rank", start=50)]
    assert not any(_checks(c, place)["conflict"] for c in place)  # a place beside a score is no conflict
    # a second setting makes a second score legitimate, whichever line names it
    for s in ("With majority voting over 32 samples, it reached 66.0%.", "Using tools, Quillmoor-3 gets 66.0%.",
              "We re-ran it and got 66.0%.", "In 5-shot mode it gets 66.0%."):
        variant = [first, _claim("Quillmoor-3", 66.0, start=60, sentence=s)]
        assert not any(_checks(c, variant)["conflict"] for c in variant), s
    maker = dict(first, source_kind="self-reported")  # the maker's figure beside a tester's: both stand
    tester = dict(_claim("Quillmoor-3", 55.0, start=60, sentence="Marrowgate Evals measured 55.0%."), source_kind="independent")
    assert not any(_checks(c, [maker, tester])["conflict"] for c in (maker, tester))
    metric = [dict(first, metric="pass@1"), dict(_claim("Quillmoor-3", 66.0, start=60), metric="maj@16")]
    assert not any(_checks(c, metric)["conflict"] for c in metric)


def test_a_score_off_the_scale_of_the_boards_others():
    board = [_claim(m, s) for m, s in (("Quillmoor-3", 61.0), ("Loamline-4", 57.5), ("Ostrakon-2", 66.3))]
    odd = _claim("Marrowgate-1", 0.62, unit="points")
    assert _checks(odd, board + [odd])["scale_odd"] == 1.0
    assert not any(_checks(c, board + [odd])["scale_odd"] for c in board)
    assert _checks(odd, [board[0], odd])["scale_odd"] == 0.0  # too few others to tell a scale


def test_the_confidence_carries_the_checks_last():
    from nlp.claim_cues import CUES  # round 17: the wording cues come after the checks
    assert K.FEATURES[-len(C.CHECKS) - len(CUES):-len(CUES)] == C.CHECKS
    x = K.features({"path": "glued"}, _claim("Quillmoor-3", 112.5), "%", {})
    assert len(x) == len(K.FEATURES) and x[K.FEATURES.index("implausible")] == 1.0
    assert x[K.FEATURES.index("conflict")] == 0.0  # no passage: nothing to disagree with


def test_the_pipeline_gives_each_claim_its_checks(pipe):  # noqa: F811
    text = "Quillmoor-3 scored 58.1% on Carrowbench. Correction: Quillmoor-3 scored 51.8% on Carrowbench."
    claims = annotate(pipe, text, ents(["Quillmoor-3"], ["Carrowbench"])).doc._.claims
    assert sorted(c["score"] for c in claims) == [51.8, 58.1]
    seen = {}
    real = K.check_features

    def spy(how, claim, ctx):
        out = real(how, claim, ctx)
        seen[claim["score"]] = dict(zip(C.CHECKS, out))
        return out
    K.check_features = spy
    try:
        annotate(pipe, text, ents(["Quillmoor-3"], ["Carrowbench"]))
    finally:
        K.check_features = real
    assert seen[58.1]["conflict"] == seen[51.8]["conflict"] == 1.0
    assert seen[51.8]["retracted"] == 1.0  # "Correction:" itself is a cue the weights read
