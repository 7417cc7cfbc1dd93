"""Knowledge-base names that are English words when written in lower case (SQuAD → squad, Replicate → replicate,
PaLM → palm).

The gazetteer matches many names in any case ("mmlu", "gsm8k", "openai" in a handle), which is right for coined
names and wrong for these: a football squad, "could not replicate the results", palm oil or an aircraft's copilot
would become benchmarks, labs and models. Their entries are case-sensitive; each is still found as its makers write it.
"""
from __future__ import annotations

import pytest

import nlp
from nlp.kb import load_kb

WORD_NAMED = ("SQuAD", "PolyMath", "BLEnD", "LAMBADA", "CHiME", "BraTS", "WebShop")
WORD_NAMED_ORGS = ("Replicate", "Rebellions", "Abridge", "Imbue", "RAND", "Corsair", "Crusoe", "Louvre", "Pentagon", "Tesla",
                   "International Brotherhood of Teamsters", "Ideogram")
WORD_NAMED_MODELS = ("PaLM", "FLUX", "Copilot", "Ideogram", "BLOOM")


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def test_word_named_benchmarks_are_case_sensitive():
    kb = load_kb()
    assert [n for n in WORD_NAMED if not kb.benchmarks[n].case_sensitive] == []
    assert [n for n in WORD_NAMED_ORGS if not kb.orgs[n].case_sensitive] == []
    assert [n for n in WORD_NAMED_MODELS if not kb.families[n].case_sensitive] == []


@pytest.mark.parametrize("text", [
    "The coach kept the same squad for Saturday's away match.",
    "Stir the spices into a smooth blend before adding the stock.",
    "Blend the tomatoes with a little oil.",
    "The band closed the night with a lambada that filled the dance floor.",
    "A chime sounded as the tram doors closed.",
    "Two brats threw snowballs at the bus shelter.",
    "Order the ceramics from our webshop before Friday.",
    "She was a polymath who painted, composed and built bridges.",
    "Two independent labs tried to replicate the reported accuracy of the new language model and could not.",
    "The rand weakened against the dollar after the budget speech.",
    "Palm oil and cocoa prices rose; the palm groves need rain.",
    "Cherry trees bloom early when the winter is mild.",
    "Training recipes for large models are in flux this year.",
    "The copilot took over the controls during the descent.",
    "The rebellions of the period spread from town to town.",
    "Colours imbue the hall with warmth.",
    "A corsair sailed into the bay; the scanner works at 3 tesla.",
    "Draw a pentagon inside the circle and shade the louvre doors.",
])
def test_the_words_in_everyday_text_are_no_names(pipe, text):
    assert [(e.text, e.label_) for e in pipe(text).ents] == []


@pytest.mark.parametrize("text, name", [
    ("Vorpelline-7 answers 90.4 F1 on SQuAD 2.0, its makers say.", "SQuAD"),
    ("On PolyMath the new checkpoint gains four points.", "PolyMath"),
    ("The cultural-knowledge score on BLEnD rose to 71%.", "BLEnD"),
    ("Its LAMBADA accuracy is 76.2%, up from 74.0%.", "LAMBADA"),
    ("Word error rate on CHiME-6 fell to 19.8% with the new speech encoder.", "CHiME-6"),
    ("The segmentation network reached a Dice score of 0.90 on BraTS.", "BraTS"),
    ("The agent finished 58% of WebShop tasks.", "WebShop"),
])
def test_the_benchmarks_are_found_as_written(pipe, text, name):
    assert name in [e.text for e in pipe(text).ents if e.label_ == "BENCHMARK"]


def test_the_labs_and_models_are_found_as_written(pipe):
    doc = pipe("Replicate now hosts Vorpelline-7; Rebellions and Corsair build the hardware, Crusoe the data centres. "
               "Abridge, Imbue, RAND, the Louvre, the Pentagon, Tesla and the Teamsters commented. "
               "The comparison covers PaLM 2, BLOOM-176B, FLUX.1, Flux, Copilot and Ideogram 3.0.")
    got = {(e.text, e.label_) for e in doc.ents}
    assert {(n, "ORG") for n in ("Replicate", "Rebellions", "Corsair", "Crusoe", "Abridge", "Imbue", "RAND", "Louvre",
                                 "Pentagon", "Tesla", "Teamsters")} <= got
    assert {(n, "MODEL") for n in ("PaLM 2", "BLOOM-176B", "FLUX.1", "Flux", "Copilot", "Ideogram 3.0")} <= got
