"""One-word invented model names (no digit) from strong syntax (nlp/unknown.py): a release verb with an
apposition naming the name a model, the other header cells of a score table whose header holds a known
model, the other items of a ranked list of models; and the one-word names the rules must leave alone.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name", [
    ("Today Quillmark is releasing Sorrel, our first general model, in two sizes. Sorrel is for hard work.", "Sorrel"),
    ("The lab quietly launched Brisket, its new chatbot, for Dutch schools and their AI lessons.", "Brisket"),
    ("Ostrava Labs unveiled Tamberlane, their open language model for lawyers, on Monday.", "Tamberlane"),
    ("Ostrava Labs released Brisket, a 30B model for clinics, under an open licence.", "Brisket"),
    ("About us: Quillmark builds Sorrel, a family of language models that say when they are guessing.", "Sorrel"),
    ("| | Sorrel | GPT-5 mini | Gemini 2.5 Flash |\n|---|---|---|---|\n| GPQA Diamond | 79.5 | 82.3 | 78.3 |\n", "Sorrel"),
    ("| Benchmark | Claude Sonnet 4.5 | Wrenfield |\n|:--|--:|--:|\n| AIME 2025 | 87.0 | 70.4 |\n", "Wrenfield"),
    ("This month's arena table:\n\n1. Gemini 3 Pro — 1,412\n2. GPT-5.1 — 1,398\n3. Sorrel — 1,344 (new)\n", "Sorrel"),
    ("My year:\n8. **gpt-oss-120b** — open weights.\n9. **Sorrel** — not the strongest.\n10. **Qwen3** — big.\n", "Sorrel"),
])
def test_one_word_model_from_strong_syntax(pipe, text, name):  # noqa: F811
    assert (name, "MODEL") in spans(pipe, text)


def test_one_word_model_spreads_in_its_document(pipe):  # noqa: F811
    text = ("Today Quillmark is releasing Sorrel, our first general model. We trained Sorrel on licensed text, "
            "and Sorrel Mini is the small one.")
    found = spans(pipe, text)
    assert found.count(("Sorrel", "MODEL")) == 2 and ("Sorrel Mini", "MODEL") in found


@pytest.mark.parametrize("text", [
    "The AI firm introduced Marta, its new assistant, to the board; she ran the language model team before.",
    "Our AI lab is moving to Lisbon, our first office abroad, where the model team will sit.",
    "Apple unveiled Halo, its new headset, and says an AI model runs on it.",
    "Mira Lund, our head of models, presented the AI plan.",
    "| | GPT-5 | Claude Sonnet 4.5 | Notes |\n|---|---|---|---|\n| GPQA Diamond | 85.7 | 83.4 | Best of five |\n",
    "| | GPT-5 | Claude Sonnet 4.5 | Median |\n|---|---|---|---|\n| GPQA Diamond | 85.7 | 83.4 | 84.0 |\n",
    "Trip plan:\n1. Lisbon — arrival\n2. Porto — talks\n3. GPT-5 — demo of the AI model\n",
])
def test_one_word_names_left_alone(pipe, text):  # noqa: F811
    labels = {lab for _, lab in spans(pipe, text)}
    names = [n for n, lab in spans(pipe, text) if lab == "MODEL" and " " not in n and not any(c.isdigit() for c in n)]
    assert names == [], (names, labels)
