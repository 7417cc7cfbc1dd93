"""Prose pairing by the grammar of the clause: a figure goes to its clause's subject, not to a rival named in the
next clause or the sentence before (nlp.claims._model_for, nlp.figure_alignment, nlp.claim_discourse). Invented
names (Dunsby-3, Dunsby-2, Quensel Labs, Haddix University); the texts are written for these tests."""
import pytest


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


def test_the_figure_before_a_comparison_is_not_the_rivals(p):
    # the rival named after the second figure owns that one; the first is the reviewed model's
    text = ("I spent a fortnight with Dunsby-3, the new model from Quensel Labs. My own runs landed at 68.9% on "
            "GPQA Diamond.\n\nLong recall is weaker. On MRCR my run gave 40.2%, far below the 57.9% we saw for "
            "Claude Sonnet 4.5 last week.")
    out = got(p, text)
    assert ("Dunsby-3", "MRCR", 40.2) in out, sorted(out)
    assert ("Claude Sonnet 4.5", "MRCR", 57.9) in out, sorted(out)
    assert ("Claude Sonnet 4.5", "MRCR", 40.2) not in out, sorted(out)


def test_a_list_of_figures_before_the_model_still_goes_to_it(p):
    # no comparison word between the figures: the model named after them keeps the first (a regression guard: the
    # older code gave it too)
    out = got(p, "With 71.4% on GPQA and 68.0% on MMLU, Dunsby-3 leads.")
    assert ("Dunsby-3", "GPQA", 71.4) in out, sorted(out)


def test_a_figure_for_a_described_model_goes_to_the_name_in_apposition(p):
    text = ("Quensel Labs trains Dunsby-3 on synthetic proofs. On GPQA Diamond the model gets 42.7%, versus 35.1% "
            "for Qwen3-Max, whose run the lab paid for, and 29.8% for the group's older release, Dunsby-2.")
    out = got(p, text)
    assert ("Dunsby-2", "GPQA Diamond", 29.8) in out, sorted(out)
    assert ("Qwen3-Max", "GPQA Diamond", 29.8) not in out, sorted(out)
    assert ("Qwen3-Max", "GPQA Diamond", 35.1) in out, sorted(out)


def test_an_older_release_named_after_the_for_phrase_keeps_its_figure(p):
    text = ("Quensel Labs launched its model Dunsby 2. On the lab's bench, the model hit 63.7% on GPQA Diamond, "
            "compared with 55.2% for the earlier version, Dunsby.")
    out = got(p, text)
    assert ("Dunsby", "GPQA Diamond", 55.2) in out and ("Dunsby 2", "GPQA Diamond", 55.2) not in out, sorted(out)


def test_a_model_the_makers_post_sets_beside_theirs_does_not_become_the_subject(p):
    text = ("Quensel Labs announced Dunsby-3 on Friday with 86.2% on AIME 2025 and 52.5% on GPQA Diamond. The "
            "lab's blog post put its predecessor, Dunsby-2, at 71.6% on AIME 2025 and 40.3% on GPQA Diamond.\n\n"
            "An independent tester ran the model for us. The results were slightly weaker: 83.9% on AIME 2025 and "
            "50.1% on GPQA Diamond.")
    out = got(p, text)
    assert {("Dunsby-3", "AIME 2025", 83.9), ("Dunsby-3", "GPQA Diamond", 50.1)} <= out, sorted(out)
    assert ("Dunsby-2", "AIME 2025", 71.6) in out, sorted(out)


def test_the_models_of_the_makers_comparison_do_not_become_the_subject(p):
    text = ("Quensel Labs says its new Dunsby-3 answers 73.4% of GPQA Diamond. In the lab's comparison Qwen3-Max "
            "reaches 71.9% on GPQA Diamond.\n\nA group at Haddix University repeated the evaluation with its own "
            "harness and obtained 70.6% on GPQA Diamond.")
    out = got(p, text)
    assert ("Dunsby-3", "GPQA Diamond", 70.6) in out, sorted(out)
    assert ("Qwen3-Max", "GPQA Diamond", 71.9) in out, sorted(out)


def test_a_model_that_opens_its_own_sentence_still_becomes_the_subject(p):
    # the subject changes when a sentence is about another model, not a comparison
    text = ("Quensel Labs says its new Dunsby-3 answers 73.4% of GPQA Diamond.\n\nQwen3-Max, tested by the same lab, "
            "reaches 71.9% on GPQA Diamond. The model also reaches 66.3% on MMLU-Pro.")
    out = got(p, text)
    assert ("Qwen3-Max", "MMLU-Pro", 66.3) in out, sorted(out)
