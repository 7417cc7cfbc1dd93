"""A verdict whose subject is the figure itself ("that number should be disregarded", "that figure was superseded by …",
"the figures in the notes (…) are withdrawn", "… figure, 61.0%, is void") withdraws that figure (nlp.withdrawn_figures,
round 24). Invented names (Harlequay, Petrelwick, Cressfield-QA); the whole pipeline runs for the last test."""
import pytest

from nlp.withdrawn_figures import inline_withdrawn


def test_a_singular_subject_withdraws_the_sentence_first_figure():
    assert inline_withdrawn("Harlequay-3 first posted 412 points; a regrade put it at 405, "
                            "so that number should be disregarded.") == {412.0}
    assert inline_withdrawn("Our first run gave 58.5%; that figure was superseded by 61.0% and should not be quoted.") \
        == {58.5}
    assert inline_withdrawn("Tuesday's Cressfield-QA figure, 61.0%, is void.") == {61.0}


def test_a_plural_subject_withdraws_every_figure_before_the_verdict():
    assert inline_withdrawn("The figures in the launch notes (57.5% on Cressfield-QA and 80.5% on the other test) "
                            "came from a broken checkpoint and are withdrawn.") == {57.5, 80.5}


def test_no_figure_noun_no_withdrawal():
    # a product withdrawn, not a figure; a year is no figure
    assert inline_withdrawn("Harlequay-3 was withdrawn from the API in 2025 after it scored 71.2% on Cressfield-QA.") == set()
    assert inline_withdrawn("Its 2025 score is void.") == set()


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py)


def test_the_withdrawn_figure_is_no_claim_the_new_one_is(p):
    text = ("Petrelwick-2 from Harlequay Labs scores 64.5% on Cressfield-QA, the maintainers say. "
            "Their first run of Petrelwick-2 on Cressfield-QA gave 59.0%; that figure was superseded by the re-run "
            "and should not be quoted.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}
    assert ("Petrelwick-2", "Cressfield-QA", 64.5) in got
    assert not any(v == 59.0 for _, _, v in got)


def test_a_withdrawn_model_keeps_its_figure():
    # the verdict's subject is the model of a relative clause ("the model that was withdrawn"), not the figure
    assert inline_withdrawn("Brimlor-7 reached 68.4% on Quendle-Bench, the score of the model that was withdrawn "
                            "last month.") == set()
    assert inline_withdrawn("The score of 68.4% belongs to a checkpoint which has been withdrawn.") == set()
    # a figure in the relative clause's place still goes
    assert inline_withdrawn("Brimlor-7 reached 68.4% on Quendle-Bench, a figure that was superseded.") == {68.4}


def test_the_withdrawn_model_claim_stays(p):
    text = ("Brimlor-7 from Harlequay Labs reached 68.4% on Quendle-Bench, the score of the model that was "
            "withdrawn last month.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}
    assert ("Brimlor-7", "Quendle-Bench", 68.4) in got
