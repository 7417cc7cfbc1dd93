"""A goal, a gate or a hope names a figure that is no result (nlp.unsaid_figures, README claims convention 5).
Invented names (Brattlewick-4, Hobwell Labs, TorvaldQA-Bench); the sentences are written for these tests."""
import pytest

from nlp.unsaid_figures import drop_unsaid


def claim(sentence, score):
    return {"model": "Brattlewick-4", "benchmark": "TorvaldQA-Bench", "score": score, "unit": "%",
            "sentence": sentence, "start": 0, "end": len(sentence)}


@pytest.mark.parametrize("sentence, goal", [
    ("brattlewick-4 scored 71.5% on TorvaldQA-Bench (threshold 70%)", 70.0),
    ("Brattlewick-4 reached 71.5% on TorvaldQA-Bench against a gate of 68%.", 68.0),
    ("Brattlewick-4 is at 71.5% on TorvaldQA-Bench; the release target: 74%.", 74.0),
    ("Hobwell Labs expects Brattlewick-4 to reach 78% on TorvaldQA-Bench by spring.", 78.0),
    ("The lab's goal for the year is to exceed 80% on TorvaldQA-Bench with Brattlewick-4.", 80.0),
])
def test_the_goal_is_dropped_and_the_result_kept(sentence, goal):
    claims = [claim(sentence, goal)] + ([claim(sentence, 71.5)] if "71.5" in sentence else [])
    kept = {c["score"] for c in drop_unsaid(sentence, claims, [])}
    assert goal not in kept
    assert kept == ({71.5} if "71.5" in sentence else set())


@pytest.mark.parametrize("sentence", [
    "Brattlewick-4 beat its target with 72.0% on TorvaldQA-Bench.",            # the figure is the result
    "Brattlewick-4 reached 72.0% on TorvaldQA-Bench, the best of the three targets we tried.",
])
def test_a_result_beside_a_goal_word_stays(sentence):
    assert [c["score"] for c in drop_unsaid(sentence, [claim(sentence, 72.0)], [])] == [72.0]


def test_the_pipeline_drops_a_gate(blank_pipe):
    text = "Hobwell Labs released Brattlewick-4. Brattlewick-4 scored 71.5% on TorvaldQA-Bench (threshold 70%)."
    got = {(c["model"], c["score"]) for c in blank_pipe(text)._.claims}
    assert got == {("Brattlewick-4", 71.5)}
