"""The same model's figure before a change, in the sentence giving the figure after it (nlp.earlier_states).
Invented names (Brattlewick-4, Hobwell Labs, TorvaldQA-Bench); the sentences are written for these tests."""
import pytest

from nlp.earlier_states import earlier_states


def own_claim(text, sentence, score, **extra):
    a = text.index(sentence)
    return dict({"model": "Brattlewick-4", "benchmark": "TorvaldQA-Bench", "score": score, "unit": "%", "start": a,
                 "end": a + len(sentence)}, **extra)


@pytest.mark.parametrize("sentence, old", [
    ("Brattlewick-4 now scores 68.2% on TorvaldQA-Bench, up from 63.9% for the same weights.", 63.9),
    ("Brattlewick-4 solves 61.0% of TorvaldQA-Bench tasks, climbing from 57.5 percent before our March retraining.",
     57.5),
    ("On TorvaldQA-Bench the new Brattlewick-4 reaches 61.0%, up from 58.0% for the old weights they replace.", 58.0),
    ("Brattlewick-4 fell to 55.0% on TorvaldQA-Bench, down from 61.0% before the grader update.", 61.0),
])
def test_the_before_figure_is_the_same_models(sentence, old):
    text = "Changelog\n\n" + sentence
    got = earlier_states(text, [own_claim(text, sentence, 0.0)])
    assert [(c["model"], c["benchmark"], c["score"], c["unit"]) for c in got] == [
        ("Brattlewick-4", "TorvaldQA-Bench", old, "%")]


@pytest.mark.parametrize("sentence", [
    "Brattlewick-4 scores 61.0% on TorvaldQA-Bench, up from 57.5% for its base checkpoint.",  # another model
    "Brattlewick-4 scores 61.0% on TorvaldQA-Bench, up from 57.5% last year.",                   # a bare "up from"
    "Brattlewick-4 scores 61.0% on TorvaldQA-Bench, up from 57.5% for the previous version, Brattlewick-3.",
])
def test_other_earlier_figures_are_left_to_the_readers(sentence):
    text = "Changelog\n\n" + sentence
    assert earlier_states(text, [own_claim(text, sentence, 61.0)]) == []


def test_two_pairs_in_the_sentence_leave_the_owner_open():
    s = ("Brattlewick-4 scores 61.0% on TorvaldQA-Bench and 40.0% on CrannogEval, up from 37.0% before the "
         "grader patch.")
    claims = [own_claim(s, s, 61.0), own_claim(s, s, 40.0, benchmark="CrannogEval")]
    assert earlier_states(s, claims) == []


def test_a_figure_already_claimed_is_not_repeated():
    s = "Brattlewick-4 scores 61.0% on TorvaldQA-Bench, up from 57.5% before the grader patch."
    claims = [own_claim(s, s, 61.0), own_claim(s, s, 57.5)]
    assert earlier_states(s, claims) == []


def test_the_pipeline_gives_both_figures(blank_pipe):
    text = ("Hobwell Labs updated Brattlewick-4 this week. Brattlewick-4 now scores 68.2% on TorvaldQA-Bench, up "
            "from 63.9% before the grader patch.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in blank_pipe(text)._.claims}
    assert got == {("Brattlewick-4", "TorvaldQA-Bench", 68.2), ("Brattlewick-4", "TorvaldQA-Bench", 63.9)}
