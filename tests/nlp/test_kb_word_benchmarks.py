"""Benchmarks whose names are English words when written in lower case (SQuAD → squad, BLEnD → blend).

The gazetteer matches a benchmark's name in any case ("mmlu", "gsm8k"), which is right for coined names and wrong
for these: a football squad, a cooking blend or a dance would become benchmarks. Their entries are case-sensitive;
the benchmark is still found as its makers write it.
"""
from __future__ import annotations

import pytest

import nlp
from nlp.kb import load_kb

WORD_NAMED = ("SQuAD", "PolyMath", "BLEnD", "LAMBADA", "CHiME", "BraTS", "WebShop")


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def test_word_named_benchmarks_are_case_sensitive():
    kb = load_kb()
    assert [n for n in WORD_NAMED if not kb.benchmarks[n].case_sensitive] == []


@pytest.mark.parametrize("text", [
    "The coach kept the same squad for Saturday's away match.",
    "Stir the spices into a smooth blend before adding the stock.",
    "Blend the tomatoes with a little oil.",
    "The band closed the night with a lambada that filled the dance floor.",
    "A chime sounded as the tram doors closed.",
    "Two brats threw snowballs at the bus shelter.",
    "Order the ceramics from our webshop before Friday.",
    "She was a polymath who painted, composed and built bridges.",
])
def test_the_words_in_everyday_text_are_no_benchmarks(pipe, text):
    assert [(e.text, e.label_) for e in pipe(text).ents if e.label_ == "BENCHMARK"] == []


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
