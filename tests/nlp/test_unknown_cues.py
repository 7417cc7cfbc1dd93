"""Unknown names by the second round of cues in nlp/unknown.py: API ids, letter versions, tiers, lists,
appositives, named arenas, olympiads, table columns; and the products they must leave alone.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

import nlp as mwnlp


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load()


def unknown(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents if not e._.known]


@pytest.mark.parametrize("text, name, label", [
    ("To try the model, download google/tern-2-9b-it from the hub.", "tern-2-9b-it", "MODEL"),
    ("The API model deepseek-vision handles image prompts for the chatbot.", "deepseek-vision", "MODEL"),
    ("Harbor AI released models such as Nightjar Pro and Nightjar Lite for agents.", "Nightjar Lite", "MODEL"),
    ("**Skylark Chat** — the assistant that answers support tickets for the AI team.", "Skylark Chat", "MODEL"),
    ("FinanceGPT, a language model trained on filings, beats GPT-4o on tables.", "FinanceGPT", "MODEL"),
    ("The reasoning model reached gold at the 2026 International Olympiad in Linguistics.",
     "2026 International Olympiad in Linguistics", "BENCHMARK"),
    ("The new open model now tops the Glimmer Agent Arena among open weights.", "Glimmer Agent Arena", "BENCHMARK"),
    ("Our model scores 71.2 on SimpleQA Live, the refreshed factuality set.", "SimpleQA Live", "BENCHMARK"),
    ("Marrow 3 is a small reasoning model that the lab trained on synthetic proofs.", "Marrow 3", "MODEL"),
    ("CantorProver, Harbor AI's prover system, checks each step in Lean.", "CantorProver", "MODEL"),
    ("- TrailMix (new, 300 tasks): GPT-5 41%, Claude Opus 4.5 38%", "TrailMix", "BENCHMARK"),
    ("The lab's new ChartWalk-12 set, with twelve chart types, tests AI models.", "ChartWalk-12", "BENCHMARK"),
    ("MiniMax open-sources Korrin-M3, its agent model, this week.", "Korrin-M3", "MODEL"),
])
def test_invented_names_found_by_cue(pipe, text, name, label):
    found = unknown(pipe, text)
    assert (name, label) in found, found


def test_a_found_letter_version_licenses_its_siblings(pipe):
    text = "Corvina-V4 ships today as an open model; V4.1 follows in June and V5 later this year."
    found = unknown(pipe, text)
    assert {("Corvina-V4", "MODEL"), ("V4.1", "MODEL"), ("V5", "MODEL")} <= set(found), found


def test_a_tier_found_once_licenses_the_family_s_other_tiers(pipe):
    text = "Tern Premier, its most capable model, leads the lab's release. Tern Lite is cheaper for chat apps."
    assert ("Tern Lite", "MODEL") in unknown(pipe, text)


def test_a_family_seen_with_a_size_is_found_alone(pipe):
    text = "Saltwort-14B-Instruct is out as open weights. People say Saltwort handles code well for its size."
    found = unknown(pipe, text)
    assert ("Saltwort", "MODEL") in found, found


def test_the_model_column_of_a_table(pipe):
    text = ("AI model rankings this week:\n\n| # | Model | Lab | Score |\n|---|---|---|---|\n"
            "| 1 | Pelican | Harbor AI | 71.9 |\n| 2 | Gannet 2 (high) | Cove Labs | 70.1 |\n")
    found = unknown(pipe, text)
    assert ("Pelican", "MODEL") in found and ("Gannet 2", "MODEL") in found, found


@pytest.mark.parametrize("text", [
    "Apple's Vision Pro runs the new AI model locally, the company said.",
    "The AI lab's founder, a former International Mathematical Olympiad medallist, joined in 2024.",
    "Nvidia's Blackwell Ultra GPUs trained the model, and the AI demo ran at the Capital One Arena.",
    "Cursor shipped Cursor 2.0 this week with a faster AI coding agent.",
    "The AI startup is backed by deepseek-backed funds, a report says; its chatbot launched in May.",
    "Google Chat now offers an AI assistant that summarises threads.",
    'An essay, "The Arena Effect", argues that AI models are tuned to the vote.',
])
def test_products_and_people_stay_out_in_ai_text(pipe, text):
    assert unknown(pipe, text) == []
