"""A benchmark's own team as a sentence's subject ("The B team re-ran X and report N", "The B authors give X N"): with
no other board named in the sentence, the figure is on B (nlp.claims, `_TEAM_AFTER`). Invented names (Sibrel-4,
Wrenfall-QA, Murrain Bench); the whole pipeline runs."""
import pytest


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py)


def _got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


def test_the_team_of_a_benchmark_gives_its_own_board(p):
    got = _got(p, "Sibrel-4 scores 71.5% on GPQA Diamond. The Wrenfall-QA team re-ran Sibrel-4 themselves and "
                  "report 64.5%.")
    assert ("Sibrel-4", "Wrenfall-QA", 64.5) in got
    assert ("Sibrel-4", "GPQA Diamond", 64.5) not in got
    got = _got(p, "Sibrel-4 scores 71.5% on GPQA Diamond. The Wrenfall-QA authors give Sibrel-4 64.5%.")
    assert ("Sibrel-4", "Wrenfall-QA", 64.5) in got


def test_another_board_named_keeps_the_figure(p):
    got = _got(p, "The Wrenfall-QA team also ran Sibrel-4 on GPQA Diamond and got 66.0%.")
    assert ("Sibrel-4", "Wrenfall-QA", 66.0) not in got


def test_a_team_running_the_test_named_before_keeps_that_test(p):
    # the team only ran the figures: "on the same problems" points back at the test the passage named
    got = _got(p, "Sibrel-4 scores 71.5% on GPQA Diamond. When the Wrenfall-QA team ran Sibrel-4 on the same "
                  "questions, it scored 64.5%.")
    assert ("Sibrel-4", "Wrenfall-QA", 64.5) not in got
