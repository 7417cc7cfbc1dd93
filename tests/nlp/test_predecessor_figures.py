"""A predecessor's figure cited beside a new model's (nlp.claims `_for_gap`, `_DIRECT_BEFORE`): "against 68.0% for
last year's X", "… on B for last year's X", "while its previous model X answered 61.7%" give X its own figure, as a
comparison. Invented names (Brantle, QuillBench, Kestwick Labs); the whole pipeline runs."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in p(text)._.claims}


@pytest.mark.parametrize("text, old", [
    ("Kestwick Labs says its new model Brantle 4 answers 77.5% of questions correctly on QuillBench, against 68.0% for "
     "last year's Brantle 3 and 74.1% for Claude Sonnet 4.5.", 68.0),
    ("The company says Brantle 4 scores 71.9% on QuillBench, against 69.1% on QuillBench for last year's Brantle 3.", 69.1),
    ("According to the company, Brantle 4 answers 78.3% of the questions in QuillBench, while its previous model "
     "Brantle 3 answered 61.7%.", 61.7),
])
def test_the_predecessors_figure_is_its_own_and_a_comparison(p, text, old):
    got = claims(p, text)
    c = got.get(("Brantle 3", "QuillBench", old))
    assert c is not None, sorted(got)
    assert c["is_comparison"] is True
    assert any(m == "Brantle 4" for m, _, _ in got)  # the new model keeps its own figure


def test_a_time_possessive_that_is_no_model_gives_nothing(p):
    # the figure is for "last year's winners", people: no model is named after the "for"
    got = claims(p, "Brantle 4 scores 71.9% on QuillBench, against 80.5% for last year's human winners.")
    assert set(got) == {("Brantle 4", "QuillBench", 71.9)}


def test_for_gap_strips_only_a_time_possessive():
    from nlp.claims import _for_gap
    assert _for_gap(" for last year's ") == " for "
    assert _for_gap(" on QuillBench for the previous year's ") == " on QuillBench for "
    assert _for_gap(" for Kestwick's ") == " for Kestwick's "  # an owner's possessive stays


def test_solved_with_a_count_is_no_score(p):
    # "solved 10" counts problems: only a share ("answered 61.7%") binds to the model by these verbs
    got = claims(p, "At the QuillBench finals, Ossory's system solved all 12 problems, and Brantle 4 solved 10, "
                    "a gold-medal performance.")
    assert not any(v == 10.0 for _, _, v in got)
