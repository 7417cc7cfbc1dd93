"""A rival run beside the subject's figures ("Under the same harness, X gets …", "With the same prompts X manages
…") is a comparison aside (nlp.claim_discourse `comparison_aside`): X keeps its own figure but does not become the
subject, so a later "the model" / "it" is still the passage's model. Invented benchmark names (PeskQA, SkelpEval);
sentences written for these tests; the whole pipeline runs."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


@pytest.mark.parametrize("aside", [
    "Under the same harness, DeepSeek-V3.2 gets 55.5%.",
    "With the same prompts DeepSeek-V3.2 manages 55.5%.",
    "In the same conditions DeepSeek-V3.2 lands at 55.5%.",
])
def test_a_rival_run_on_the_same_setup_leaves_the_subject(p, aside):
    text = ("## Maths\n\nKimi K2 Thinking reaches 58.0% on PeskQA. " + aside + "\n\n## Agents\n\nThe model completes "
            "42.5% of SkelpEval tasks, and it needs fewer tool calls than before.")
    got = claims(p, text)
    assert ("DeepSeek-V3.2", "PeskQA", 55.5) in got, sorted(got)  # the rival keeps its own figure
    assert ("Kimi K2 Thinking", "SkelpEval", 42.5) in got, sorted(got)
    assert not any(m == "DeepSeek-V3.2" and b == "SkelpEval" for m, b, _ in got)
