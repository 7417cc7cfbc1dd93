"""First mentions of new names from apposition and role frames (nlp/role_frames.py).

Every passage is written for these tests with invented names (none in a dev, spent or frozen set: checked with
grep), in other orders and markup than any set's sentence; the hard negatives are people, places, products,
ordinary capitalised words, job titles and known names.
"""
from __future__ import annotations

import pytest

from nlp.role_frames import find
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _frames(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], lab) for s, e, lab, _ in find(text, [], lambda _: True)}


@pytest.mark.parametrize("text, name, label", [
    # a kind noun before the name
    ("Lorvik sells chat models to banks and the speech model Pewit-ASR to call centres.", "Pewit-ASR", "MODEL"),
    ("We tested GPT-4o and the coding model Wistrel on SWE-bench Verified.", "Wistrel", "MODEL"),
    ("Its open reasoning LLM Sorvind 2 runs on one GPU, the AI lab says.", "Sorvind 2", "MODEL"),
    ("Scores on the reasoning benchmark Skelmor moved little this month for AI models.", "Skelmor", "BENCHMARK"),
    ("The AI team also ran an agent test suite Dunmarra-Hard against three models.", "Dunmarra-Hard", "BENCHMARK"),
    # the model noun closing an apposition or a predicate
    ("The panel compared Whisper with Kelpy-STT, the synthesis model from the Lisbon company Orrak.", "Kelpy-STT", "MODEL"),
    ("The first Tamble was mostly a Danish chat model; the AI lab says the next one adds Swedish.", "Tamble", "MODEL"),
    # a maker apposition, a lab's relative clause, a predicate of role
    ("Smaller labs are customers too: Carrowen, maker of Pellith, said it trained models on rented GPUs.", "Carrowen", "ORG"),
    ("Smaller labs are customers too: Carrowen, maker of Pellith, said it trained models on rented GPUs.", "Pellith", "MODEL"),
    ("The speech data came from Trelby, whose Nisket 3 was not ready for the first AI model table.", "Nisket 3", "MODEL"),
    ("The speech data came from Trelby, whose Nisket 3 was not ready for the first AI model table.", "Trelby", "ORG"),
    ("Analyst note: Veskel is Poland's first real AI model vendor, and its price list says so.", "Veskel", "ORG"),
    ("For AI models, Orrak is a small Lisbon start-up with twelve staff.", "Orrak", "ORG"),
    # a model from a lab
    ("The team compared GPT-4o with Quarro 2 from the Chilean lab Mendal Labs and Llama 4 Maverick.", "Quarro 2", "MODEL"),
    ("The AI model list adds Pellith-Mini, by the Lisbon start-up Orrak, this week.", "Pellith-Mini", "MODEL"),
    # the benchmark noun closing an apposition or a predicate; a model's derivative
    ("The AI labs also report Kalsu, a Finnish reading test from the University of Oulu.", "Kalsu", "BENCHMARK"),
    ("Skelmor is a new agent benchmark, and the AI labs have started to report it.", "Skelmor", "BENCHMARK"),
    ("The AI lab released a distilled version of Orrak-7 for phones.", "Orrak-7", "MODEL"),
    ("The AI lab released a fine-tune of Pellith for legal text.", "Pellith", "MODEL"),
    # training, an update of a versioned name, a spin-out
    ("Kelpy was trained on radio archives, the AI lab said. Kelpy-TTS 2 will have more voices.", "Kelpy", "MODEL"),
    ("Kelpy was trained on radio archives, the AI lab said. Kelpy-TTS 2 will have more voices.", "Kelpy-TTS 2", "MODEL"),
    ("The AI lab ships Usva 3 together with an updated Nisket 1 for phones.", "Nisket 1", "MODEL"),
    ("Orrak spun out of the freight-software company Dunmarra Logistics in 2024 to build AI models.", "Orrak", "ORG"),
    # a benchmark's part
    ("Tenuto 2 scores 88% on the Welsh-accent split of Gallon, compared with 84% for GPT-4o.", "Gallon", "BENCHMARK"),
    ("The AI model gets 71% on Skelmor's hard subset and less elsewhere.", "Skelmor", "BENCHMARK"),
])
def test_frame_gives_role(text, name, label):
    assert (name, label) in _frames(text)


@pytest.mark.parametrize("text", [
    "The AI start-up hired the fashion model Kate Moss for its launch video, and the role model Serena for its ads.",
    "Buyers of the Tesla Model 3 and the Apple model lineup asked whether the AI assistant would come to cars.",
    "Dana Ostrow, maker of films about AI, said the model was too slow.",
    "The AI lab hired Maria Quintero from the Argentine lab Soplo Labs as head of research.",
    "Sarah Lind is the company's chief AI officer, and Lind is a lab technician at heart.",
    "Paris is France's first AI city, the mayor said of the new model campus.",
    "The AI model was tested on the stock split of Wistrel last year.",
    "Chapter 3 from the Finnish company describes the AI model. Figure 2 from the lab shows the model's loss.",
    "The AI model ran on the operating system Linux and the payment system Stripe, the team said.",
    "Meanwhile the model Monday looked fine. The language model It was a joke name in the AI thread.",
    "The assistant Director of the AI lab, Helen, said the model was fine.",
    "Microsoft, whose Windows 11 ships with an AI assistant, and Apple, whose iPhone 16 runs the model, both declined.",
    "Smith, developer of the AI model, said so.",
    "Sam Altman's successor at the AI lab was never named, and Altman's weights comment was a joke about the model.",
    "Kate is a model from London, the AI photographer said.",
    "Ferrel is a test for the AI model, and Brexit is a test for the government.",
    "Smith was trained on the job, and she was trained on AI models too; an updated Chapter 2 of the AI report is out.",
    "The AI model Pilot flew well; the model pilot program was a test, and pilot is an ordinary word here.",
])
def test_no_name_from_hard_negatives(text):
    found = _frames(text)
    assert not {n for n, _ in found} - {"Stripe"}, found  # (Stripe: a company, never a model or benchmark here)


def test_frames_leave_taken_and_listed_names():
    text = "Anysphere, maker of Cursor, raised again; the AI model list grows."
    assert ("Cursor", "MODEL") in _frames(text)
    got = find(text, [], lambda _: True, {"Cursor"})
    assert all(text[s:e] != "Cursor" for s, e, _, _ in got)  # a KB name (kept or not): the KB's rules decide
    got = find(text, [(0, 9, "ORG")], lambda _: True)
    assert all(text[s:e] != "Anysphere" for s, e, _, _ in got)


def test_frames_need_an_ai_sentence():
    text = "We tested the speech model Pewit-ASR on accented English."
    assert find(text, [], lambda _: False) == []


def test_label_spreads_to_every_mention_and_versioned_forms():
    text = ("Its Tenuto 2 model handles the conversation. It publishes results against Tamble's predecessor, "
            "and Tamble 1 ships with the reasoning model Tamble. TAMBLE is loud.")
    got = {(text[s:e], lab) for s, e, lab, _ in find(text, [], lambda _: True)}
    assert ("Tamble 1", "MODEL") in got
    assert sum(1 for s, e, lab, _ in find(text, [], lambda _: True) if text[s:e] == "Tamble") == 2


@pytest.mark.parametrize("text, expected", [
    ("# Analyst note: Veskel is Poland's first real model vendor\n\nVeskel sells Danta 3, a chat model, and the speech "
     "model Pewit-ASR. We note that Veskel reports Pewit-ASR on its own tests, not on SWE-bench Verified.",
     [("Veskel", "ORG"), ("Veskel", "ORG"), ("Pewit-ASR", "MODEL"), ("Veskel", "ORG"), ("Pewit-ASR", "MODEL")]),
    ("Tenuto 2 scores 88% on the Welsh-accent split of Gallon, compared with 84% for GPT-4o in voice mode. "
     "The Gallon maintainers at ETH Zurich confirmed the number.", [("Gallon", "BENCHMARK"), ("Gallon", "BENCHMARK")]),
])
def test_pipeline_finds_every_mention(pipe, text, expected):  # noqa: F811
    got = [x for x in spans(pipe, text) if x[0] in {n for n, _ in expected}]
    assert got == expected


def test_word_of_a_suffixed_model_is_the_model():
    text = ("The panel compared Whisper with Kelpy-STT, the synthesis model from the Lisbon company Orrak. "
            "Kelpy's Danish voices won the AI listening test.")
    got = [(text[s:e], lab, canon) for s, e, lab, canon in find(text, [], lambda _: True)]
    assert ("Kelpy", "MODEL", "Kelpy-STT") in got
    text = "The AI lab ships Kelpy-STT, the synthesis model from Orrak. We tested it on kelpy data."
    assert all(n != "Kelpy" for n, _, _ in [(text[s:e], lab, c) for s, e, lab, c in find(text, [], lambda _: True)])
