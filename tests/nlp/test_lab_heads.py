"""A lab named like its model family (nlp/lab_heads.py, the spread of family words in nlp/unknown.py, the
lab cue in nlp/unknown_orgs.py) and a known lab listed beside models that goes on acting as a company
(nlp/entities.py). Every passage is written for these tests with invented names."""
from __future__ import annotations

import pytest

from nlp import lab_heads
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def test_company_mentions_need_a_company_cue_and_a_bare_word():
    text = ("Tamberlo raises $40 million. Tamberlo-4 is its language model; Tamberlo at 71.0 on a reading test. "
            "Tamberlo, the Lisbon start-up behind it, hires 30 people. tamberlo-4-mini is cheaper.")
    got = [text[s:e] + "@" + str(s) for s, e in lab_heads.company_mentions(text, "Tamberlo")]
    assert got == ["Tamberlo@0", f"Tamberlo@{text.index('Tamberlo, the')}"]
    assert lab_heads.company_words(text, {"Tamberlo", "Tamberlo 4", "Quince"}) == {"Tamberlo"}
    assert lab_heads.scored_after(text, text.index(" at 71.0"))
    assert not lab_heads.scored_after(text, 8)


@pytest.mark.parametrize("text, lab", [
    ("Brindova, the Porto lab behind the language model Brindova-3, has raised $90 million. Brindova says "
     "two million people used its chatbot in May.", "Brindova"),
    ("Quellix released Quellix-2 Mini, a small language model, on Monday. Quellix says the model runs on phones.",
     "Quellix"),
])
def test_bare_family_word_acting_as_the_company_is_the_lab(pipe, text, lab):
    got = spans(pipe, text)
    assert [lab_ for word, lab_ in got if word == lab] == ["ORG", "ORG"], got
    assert any(word.startswith(lab + "-") and lab_ == "MODEL" for word, lab_ in got), got


def test_family_word_with_a_score_stays_the_model(pipe):
    text = ("Brindova, the Porto lab behind the language model Brindova-3, has raised $90 million. "
            "On the reading benchmark LusoRead, Brindova at 81.2 beat every open model.")
    got = spans(pipe, text)
    assert [lab for word, lab in got if word == "Brindova"] == ["ORG", "MODEL"], got


def test_family_word_without_company_cue_stays_the_family(pipe):
    text = "Quellix-2 Mini is a small language model. Quellix beat Gemini 3 Pro on our coding test, and Quellix is cheap."
    got = spans(pipe, text)
    assert [lab for word, lab in got if word == "Quellix"] == ["MODEL", "MODEL"], got


def test_known_lab_after_a_listed_model_that_acts_as_a_company_is_the_lab(pipe):
    got = spans(pipe, "In the spring MiniMax released MiniMax-M2, and a fortnight on DeepSeek put out DeepSeek-V3.2.")
    assert ("DeepSeek", "ORG") in got and ("MiniMax", "ORG") in got, got
    got = spans(pipe, "We compared Llama, Gemma and DeepSeek on our maths set.")
    assert ("DeepSeek", "MODEL") in got, got


def test_plural_noun_after_a_family_word_is_no_company_verb(pipe):
    got = spans(pipe, "Most Qwen releases ship open weights; Qwen3-Max kept them back.")
    assert ("Qwen", "MODEL") in got, got
    text = "Quellix-2 Mini is a small language model. Like most Quellix releases, it beat Gemini 3 Pro on coding."
    assert lab_heads.company_words(text, {"Quellix"}) == set()
