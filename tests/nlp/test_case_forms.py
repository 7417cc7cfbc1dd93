"""Polish/Czech/Slovak bodies in an oblique case (nlp.case_forms): invented names, hard negatives."""
from types import SimpleNamespace

import pytest

from nlp import case_forms
from nlp.canonical import key

KB = {key("Politechnika Brzeska"): SimpleNamespace(label="ORG", name="Brzeg University of Technology")}


def _found(text, taken=()):
    return [(text[s:e], canon) for s, e, canon, _ in case_forms.find(text, list(taken), KB)]


@pytest.mark.parametrize("text,span", [
    ("Model vznikl ve spolupráci s Vrbeckou univerzitou a firmou Mlynář.", "Vrbeckou univerzitou"),  # instrumental
    ("Projekt podpořila i Grantová agentura; podpora Kolínské agentury ČR pomohla.", "Kolínské agentury ČR"),  # genitive
    ("Model powstał we współpracy z Uniwersytetem Opolańskim w tym roku.", "Uniwersytetem Opolańskim"),
])
def test_native_kind_in_oblique_case(text, span):
    assert [s for s, _ in _found(text)] == [span]


def test_kb_name_in_instrumental_takes_its_canonical():
    assert _found("Współpracujemy z Politechniką Brzeską od lat.") == [("Politechniką Brzeską", "Brzeg University of Technology")]
    assert _found("Współpracujemy z Politechniki Brzeskiej od lat.") == [("Politechniki Brzeskiej", "Brzeg University of Technology")]


@pytest.mark.parametrize("text", [
    "Podpora Vrbecké agentury byla malá.",  # no capital beside the kind word once the opener is dropped? (lower-case kind alone)
    "Jan Nowak mówi, że Kraków i Warszawa są ważne.",  # people and places
    "Univerzita Vrbecká vydala model.",  # nominative: native_heads reads it
    "The Vrbeckou univerzitou",  # an ASCII-only text with no Slavic letter is never read
])
def test_hard_negatives(text):
    found = [s for s, _ in _found(text)]
    assert "Podpora Vrbecké agentury" not in found and "Jan Nowak" not in found and "Univerzita Vrbecká" not in found
    if text.startswith("The"):
        assert found == []


def test_taken_spans_are_left():
    t = "s Vrbeckou univerzitou a Mlynářem"
    assert _found(t) == [("Vrbeckou univerzitou", "Vrbeckou univerzitou")]
    s = t.index("Vrbeckou")
    assert _found(t, [(s, s + 8)]) == []
