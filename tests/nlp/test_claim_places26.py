"""Places read in round 26 (branch claims26): ordinals past "tenth", a Rank column beside a column of no scores, and a
comparison word that ends its clause. Every text is written for this file; the models and boards are real ones the
knowledge base knows (their figures and places invented)."""
import pytest

import nlp


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def places(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] == "rank"}


@pytest.mark.parametrize("word,value", [("eleventh", 11.0), ("fourteenth", 14.0), ("seventeenth", 17.0),
                                         ("twentieth", 20.0)])
def test_a_place_written_past_tenth(p, word, value):
    text = (f"The LMArena text board was refreshed on Monday. The biggest faller is Qwen3-Max, which dropped to {word} "
            f"at 1402 after the style fix.")
    assert ("Qwen3-Max", "LMArena", value) in places(p, text)


def test_a_rank_column_beside_a_column_of_no_scores(p):
    text = ("LiveCodeBench board, November. Scores are accuracy in %.\n\n"
            "| Rank | Model | LiveCodeBench | Max context tested |\n"
            "|---|---|---|---|\n"
            "| 1 | GPT-5.1 | 80.2 | 400K |\n"
            "| 2 | Gemini 3 Pro | 78.9 | 1M |\n"
            "| 3 | Qwen3-Max | 71.0 | 256K |\n")
    assert places(p, text) == {("GPT-5.1", "LiveCodeBench", 1.0), ("Gemini 3 Pro", "LiveCodeBench", 2.0),
                               ("Qwen3-Max", "LiveCodeBench", 3.0)}


def test_a_comparison_word_that_ends_its_clause_has_no_object(p):
    text = "On LMArena this week Gemini 3 Pro is second at 1486, only six points behind, and GPT-5.1 third at 1471."
    claims = {(c["model"], c["score"], c["unit"]) for c in p(text)._.claims}
    assert ("GPT-5.1", 3.0, "rank") in claims
    assert ("GPT-5.1", 1471.0, "elo") in claims
    assert ("Gemini 3 Pro", 3.0, "rank") not in claims


def test_behind_with_its_object_still_marks_the_rival(p):
    text = "On LMArena this week Gemini 3 Pro sits at 1486, behind GPT-5.1 with 1491."
    claims = {(c["model"], c["score"]): c for c in p(text)._.claims}
    assert claims[("GPT-5.1", 1491.0)].get("is_comparison") is True
