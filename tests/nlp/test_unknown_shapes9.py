"""Two name shapes of nlp/unknown.py: a name whose capital is not ASCII (``Ñ``, ``Ø``, ``Ł``, ``É``) is
found as its ASCII spelling is, and a plain "Family N" (a space, a bare number) right after a release
verb in the progressive ("is releasing X 3") is a model, as after "released". Hard negatives: products,
document parts, places, street addresses.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


@pytest.mark.parametrize("text, name, ascii_name", [
    ("Kestrel Labs says its Ñuble-3 has been downloaded 40,000 times by people building AI agents.", "Ñuble-3", "Nuble-3"),
    ("Fjordline AI released Øvrevik 4, its new coding model.", "Øvrevik 4", "Ovrevik 4"),
    ("Halvard open-sourced Łąkowa-7B on Hugging Face for AI research.", "Łąkowa-7B", "Lakowa-7B"),
    ("Mirepoix shipped Écharpe-2 Pro, a 30B reasoning model.", "Écharpe-2 Pro", "Echarpe-2 Pro"),
])
def test_non_ascii_capital_is_found_as_its_ascii_spelling(pipe, text, name, ascii_name):  # noqa: F811
    assert (ascii_name, "MODEL") in spans(pipe, text.replace(name, ascii_name))
    assert (name, "MODEL") in spans(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("Today Quillmark is releasing Tamber 3, our first frontier model.", "Tamber 3"),
    ("Ostrava Labs is launching Brisket 2 for AI coding teams this week.", "Brisket 2"),
    ("Wrenfield AI is open-sourcing Gorse 4 on Monday, weights and all, for its AI users.", "Gorse 4"),
    ("Mirepoix is now rolling out Ébauche 2.5 to every AI customer.", "Ébauche 2.5"),
])
def test_family_space_number_after_a_progressive_release_verb(pipe, text, name):  # noqa: F811
    assert (name, "MODEL") in spans(pipe, text)


@pytest.mark.parametrize("text", [
    "Microsoft is releasing Windows 11 to every AI PC this autumn.",
    "Apple is launching iPhone 17 with its on-device AI features.",
    "The AI lab is releasing Section 3 of its safety report today.",
    "The AI lab is releasing Chapter 2 of its safety report today.",
    "The AI start-up is launching Paris 2, its second office, next week.",
    "Quillmark is releasing Season 2 of its AI podcast in May.",
    "The AI start-up moved to Königstraße 5 in Stuttgart last year.",
    "Die KI-Firma Übermorgen zog 2024 nach Zürich; the AI team followed.",
])
def test_no_model_from_products_parts_places_or_addresses(pipe, text):  # noqa: F811
    assert [s for s in spans(pipe, text) if s[1] == "MODEL"] == []


@pytest.mark.parametrize("text, name", [
    ("Show notes. Our episode 29 on Sérac-3 covered the AI model's licence.", "Sérac-3"),
    ("See chapter 4 on Tamberline-2 for how the AI model was trained.", "Tamberline-2"),
])
def test_a_part_number_before_on_is_no_score(pipe, text, name):  # noqa: F811
    assert (name, "BENCHMARK") not in spans(pipe, text)


def test_a_count_of_items_with_two_describing_words_is_no_score(pipe):  # noqa: F811
    """Found names bring their neighbours' numbers into reach: "a set of 640 legal and medical
    questions" counts the benchmark's items (nlp/claims.py), it is no score of the model before it."""
    text = ("Ostrava Labs released Tamber-3, a 32B model. The note says Tamber-3 was trained on licensed text. "
            "Brisket-QA, a set of 640 legal and medical questions, was written by the lab with a university.")
    assert [c["score"] for c in pipe(text)._.claims if c["score"] == 640] == []
