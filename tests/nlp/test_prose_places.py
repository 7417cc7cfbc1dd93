"""Places said in prose (nlp.claim_places `more_places`): a place held by its ordinal ("holds second on 1290",
"kept fifth place"), and a verb that places a list of models ("ranks X third with 85.5, Y fourth with 82.0",
"places X first on 1250"). Invented board names (Skelp Arena, PeskQA); sentences written for these tests; the
whole pipeline runs."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def places(p, text):
    return {(c["model"], c["score"]) for c in p(text)._.claims if c["unit"] == "rank"}


@pytest.mark.parametrize("text, want", [
    ("This week on the Skelp Arena board Kimi K2 Thinking holds second on 1290, a point clear of the pack.",
     {("Kimi K2 Thinking", 2.0)}),
    ("On the Skelp Arena board, Qwen3-Max kept fifth place with 1244 despite fewer votes.", {("Qwen3-Max", 5.0)}),
    ("The PeskQA board ranks Gemini 3 Pro third with 85.5 points, Claude Opus 4.5 fourth with 82.0 points.",
     {("Gemini 3 Pro", 3.0), ("Claude Opus 4.5", 4.0)}),
    ("The Skelp Arena update places GPT-5.1 first on 1250 after the re-count.", {("GPT-5.1", 1.0)}),
])
def test_places_said_in_prose(p, text, want):
    assert want <= places(p, text), sorted(places(p, text))


@pytest.mark.parametrize("text", [
    "Qwen3-Max holds the second patent on the method and answers 44.0% of PeskQA.",  # no place on a board
    "The PeskQA board shows Gemini 3 Pro at 85.5; Claude Opus 4.5, second-guessed by many, sits at 82.0.",
])
def test_no_place_without_a_placing_verb_or_list(p, text):
    assert places(p, text) == set()
