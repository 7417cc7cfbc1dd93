"""A figure someone published or measured for a model named after it (nlp.claims `_FOR_MODEL`): "behind the 52.0%
Orlin Labs reported for X", "above the 44.1% we recorded for X" give the figure to that model; the sentence's own
subject keeps its figure and stays the subject of the next sentence. Invented names (Orlin Labs, PeskQA, SkelpEval);
sentences written for these tests; the whole pipeline runs."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


@pytest.mark.parametrize("text, subject, own, rival, theirs", [
    ("Our tests put Claude Opus 4.5 at 50.5% on PeskQA, just behind the 52.0% Orlin Labs reported for Gemini 3 Pro "
     "in March.", "Claude Opus 4.5", 50.5, "Gemini 3 Pro", 52.0),
    ("In this paper Kimi K2 Thinking answers 47.0% of PeskQA, well above the 44.1% we recorded for Qwen3-8B with "
     "identical prompts.", "Kimi K2 Thinking", 47.0, "Qwen3-8B", 44.1),
    ("Claude Opus 4.5 lands at 49.9% on PeskQA, under the 51.1% the company reported for Gemini 3 Pro.",
     "Claude Opus 4.5", 49.9, "Gemini 3 Pro", 51.1),
])
def test_a_figure_quoted_for_a_model_is_that_models(p, text, subject, own, rival, theirs):
    got = claims(p, text + " It also manages 33.0% on SkelpEval.")
    assert (subject, "PeskQA", own) in got, sorted(got)
    assert (rival, "PeskQA", theirs) in got, sorted(got)
    assert (subject, "SkelpEval", 33.0) in got, sorted(got)  # the subject is still the sentence's own model
