"""A benchmark that opens the clause after a semicolon ("…; in B the lead flips") is that clause's, not the board of
the numbers before the semicolon (nlp.claims `_bench_for`): those keep the passage's topic benchmark; a clause after a
semicolon that opens on a name that is no benchmark here takes no board. Invented names (PeskQA, SkelpEval, Flintmere
Trail); sentences written for these tests; the whole pipeline runs."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


def test_numbers_before_a_semicolon_keep_the_topic_board(p):
    got = claims(p, "Kimi K2 Thinking leads PeskQA with 45.0%. Behind it, Qwen3-Max sits at 41.0% and GLM-4.6 at 39.5%, "
                    "both rerun by us; in SkelpEval the lead flips, with Qwen3-Max on 70.2% and Kimi K2 Thinking on 66.8%.")
    assert {("Qwen3-Max", "PeskQA", 41.0), ("GLM-4.6", "PeskQA", 39.5)} <= got, sorted(got)
    assert {("Qwen3-Max", "SkelpEval", 70.2), ("Kimi K2 Thinking", "SkelpEval", 66.8)} <= got, sorted(got)
    assert not any(b == "SkelpEval" and s in (41.0, 39.5) for _, b, s in got)


def test_a_board_named_before_the_semicolon_stays_its_clauses(p):
    got = claims(p, "Qwen3-Max reaches 45.0% on PeskQA and 62.0% on AIME 2025; in SkelpEval it manages 30.2%.")
    assert {("Qwen3-Max", "AIME 2025", 62.0), ("Qwen3-Max", "SkelpEval", 30.2)} <= got, sorted(got)


def test_a_clause_on_an_unknown_name_takes_no_board(p):
    # "Flintmere Trail" is no benchmark here: its clause's figures belong to neither neighbour's board
    got = claims(p, "In PeskQA the model manages 41.0% (Qwen3-Max 47.0%); on Flintmere Trail the model manages 30.2% "
                    "(Qwen3-Max 28.4%); on SkelpEval the model manages 64.5% (Qwen3-Max 69.9%).")
    assert ("Qwen3-Max", "SkelpEval", 69.9) in got, sorted(got)
    assert not any(s in (30.2, 28.4) for _, _, s in got), sorted(got)
