"""The learned tagger's wider gate (round 25, nlp/name_tagger.py): in a passage about AI it also reads the
sentences with no AI context of their own (a short line, a list item two lines below the topic), but adds
a name there only at the stricter :data:`nlp.name_tagger.WIDE_THRESHOLD`; a passage that is not about AI
is still not read at all. The model is replaced by a stub that gives each invented name the probability
the test chooses, so these tests check the gate and its thresholds, not the weights. Every name below is
invented and the passages are written for these tests."""

from __future__ import annotations

import re

import pytest

import nlp
from nlp import name_tagger as nt

BASE = {"MODEL": 0.7, "BENCHMARK": 0.5, "ORG": 0.9}  # the shipped thresholds (tagger.json)

AI_PASSAGE = ("Varnholt Labs released a new language model and an open-weights checkpoint this week.\n\n"
              "The team thanked its partners after a long weekend.\n\n"
              "Coffee was served at noon.\n\n"
              "Also on the shelf:\n\n"
              "Trelmor 5 Quick\n")
FOOTBALL_PASSAGE = ("Harbeck Town beat Ostrevane Athletic on Saturday afternoon.\n\n"
                    "The crowd sang for an hour after the whistle.\n\n"
                    "Coffee was served at noon.\n\n"
                    "Also named for the cup tie:\n\n"
                    "Trelmor 5 Quick\n")


def stub(probabilities: dict[str, tuple[str, float]], fed: list[str]):
    """A ``predict`` that proposes each named surface found in a window with its (label, probability)."""
    def predict(pipe, texts):
        fed.extend(texts)
        out = []
        for t in texts:
            out.append([(m.start(), m.end(), lab, p) for name, (lab, p) in probabilities.items()
                        for m in re.finditer(re.escape(name), t)])
        return out
    return predict


@pytest.fixture()
def stubbed(monkeypatch):
    fed: list[str] = []

    def use(probabilities):
        monkeypatch.setattr(nt, "current", lambda: (object(), dict(BASE)))
        monkeypatch.setattr(nt, "predict", stub(probabilities, fed))
        return fed
    return use


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"name_tagger": True})


def names(p, text):
    return {e.text: e.label_ for e in p(text).ents}


def test_the_wider_gate_reads_a_short_line_of_an_ai_passage(pipe, stubbed):
    fed = stubbed({"Trelmor 5 Quick": ("MODEL", 0.95)})
    got = names(pipe, AI_PASSAGE)
    assert any("Trelmor 5 Quick" in t for t in fed)
    assert got.get("Trelmor 5 Quick") == "MODEL", got


def test_a_passage_not_about_ai_is_not_read(pipe, stubbed):
    fed = stubbed({"Trelmor 5 Quick": ("MODEL", 0.99), "Harbeck Town": ("ORG", 0.99)})
    got = names(pipe, FOOTBALL_PASSAGE)
    assert fed == []
    assert "Trelmor 5 Quick" not in got and "Harbeck Town" not in got


# the first sentence is the AI context; the last is three sentences away from it
TEXT = ("Varnholt Labs released Dallowmere 2 and scored it on Kelburne-QA.\n\n"
        "The team thanked its partners after a long weekend.\n\n"
        "Coffee was served at noon.\n\n"
        "Later that day Sarnova 3 and Mirrowfen-QA turned up on a poster by Pellworth Group.")
CUT = TEXT.index("The team")


def tagged(probabilities, stubbed):
    stubbed(probabilities)
    return {TEXT[s:e]: lab for s, e, lab, _ in nt.tag(TEXT, [], lambda pos: pos < CUT)}


@pytest.mark.parametrize("p, wide_added", [(0.80, False), (0.84, False), (0.86, True), (0.97, True)])
def test_a_model_outside_the_ai_context_needs_the_stricter_threshold(stubbed, p, wide_added):
    got = tagged({"Dallowmere 2": ("MODEL", p), "Sarnova 3": ("MODEL", p)}, stubbed)
    assert got.get("Dallowmere 2") == "MODEL"  # above the AI sentence's 0.7 in every case
    assert ("Sarnova 3" in got) is wide_added


@pytest.mark.parametrize("p, wide_added", [(0.6, False), (0.79, False), (0.81, True)])
def test_a_benchmark_outside_the_ai_context_needs_the_stricter_threshold(stubbed, p, wide_added):
    got = tagged({"Kelburne-QA": ("BENCHMARK", p), "Mirrowfen-QA": ("BENCHMARK", p)}, stubbed)
    assert got.get("Kelburne-QA") == "BENCHMARK"
    assert ("Mirrowfen-QA" in got) is wide_added


def test_no_lab_is_added_outside_the_ai_context(stubbed):
    got = tagged({"Varnholt Labs": ("ORG", 0.99), "Pellworth Group": ("ORG", 0.99)}, stubbed)
    assert got.get("Varnholt Labs") == "ORG" and "Pellworth Group" not in got


def test_a_stricter_shipped_threshold_still_holds_in_the_wider_gate(stubbed, monkeypatch):
    """The wider gate's bar is never below the label's own threshold."""
    stubbed({"Sarnova 3": ("MODEL", 0.9)})
    monkeypatch.setattr(nt, "current", lambda: (object(), {**BASE, "MODEL": 0.95}))
    assert nt.tag(TEXT, [], lambda pos: pos < CUT) == []
