"""Round-11 organisation shapes (nlp/org_shapes.py, nlp/entities.py, nlp/native_names.py): lab forms in any
script with case, courts, divisions, municipalities, hospitals, bodies named in their own language, firms
joined by "&", more legal suffixes, and native-script names paired with their English form.

Every organisation below is invented (places are real); the sentences are written for these tests and appear
in no dev, held-out or claims set. Each group has hard negatives.
"""
from __future__ import annotations

import pytest

import nlp
from nlp.native_names import paired
from nlp.org_shapes import legal_names, shaped_orgs


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]


def orgs(pipe, text):
    return [e.text for e in pipe(text).ents if e.label_ == "ORG"]


def shapes(text):
    # (a name before a legal suffix is found by org_shapes.legal_names since round 13: its name part here)
    spans = list(shaped_orgs(text)) + [(s, s + len(canon)) for s, _, canon in legal_names(text)]
    return [text[s:e] for s, e in sorted(set(spans))]


# --- lab forms with letters outside ASCII ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Tavrıcı AI, an Ankara startup, released an open language model.", "Tavrıcı AI"),
    ("Mārama AI, a Dunedin startup, released an open language model.", "Mārama AI"),
    ("Şenocak Labs released Vexlin-2, an open AI model, on Monday.", "Şenocak Labs"),
    ("Ölmez Research trained a new language model for lawyers.", "Ölmez Research"),
    ("Al-Qamar Labs said its AI model is open.", "Al-Qamar Labs"),
])
def test_lab_forms_in_any_script_with_case(pipe, text, name):
    assert name in orgs(pipe, text)


@pytest.mark.parametrize("text", [
    "The Self-Driving Labs released a model update.",        # a hyphenated common word, no name particle
    "Trained on GPT-4 data, Non-Profit Research said.",
])
def test_lab_form_negatives(pipe, text):
    bad = {"Self-Driving Labs", "Non-Profit Research"}
    assert not bad & set(orgs(pipe, text))


# --- shapes (no pipeline) ----------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The appeal went to the Quellmoor International Commercial Court in March.", "Quellmoor International Commercial Court"),
    ("The General Court ruled on the mark.", "General Court"),
    ("Staff at Pellingham Hospital tested the assistant.", "Pellingham Hospital"),
    ("The Grelby Metropolitan Municipality bought licences.", "Grelby Metropolitan Municipality"),
    ("Minutes of the Gemeente Zwolle, item 4.", "Gemeente Zwolle"),
    ("Filings reached the Agenzia delle Dogane last week.", "Agenzia delle Dogane"),
    ("A contract with the Ministère des Sports was signed.", "Ministère des Sports"),
    ("Commissie Wonen, Ruimte en Verkeer\nMinutes", "Commissie Wonen, Ruimte en Verkeer"),
    ("She left a job at Vellacourt & Dorrance Healthcare to found the lab.", "Vellacourt & Dorrance Healthcare"),
    ("Counsel: the lab was advised by Ketterly & Zennor on the deal.", "Ketterly & Zennor"),
    ("Accounts are held by Corvanne Pte. Ltd., Singapore.", "Corvanne"),
    ("The Tarnwick Research B.V. filing lists two models.", "Tarnwick Research"),
])
def test_round11_shapes(text, name):
    assert name in shapes(text)


def test_a_division_of_a_body_is_two_names():
    assert shapes("The Opposition Division of the Quellmoor Trade Mark Office has ruled.") == \
        ["Opposition Division", "Quellmoor Trade Mark Office"]


def test_on_joins_only_council_like_heads():
    assert shapes("Results came from the Marlowe Institute on Grelby-Bench, a test.") == ["Marlowe Institute"]
    assert shapes("The Council on Model Audits met.") == ["Council on Model Audits"]


def test_an_acronym_after_and_is_a_second_body():
    assert shapes("It was built with the University of Tarnwick and CINECA.")[0] == "University of Tarnwick"


@pytest.mark.parametrize("text", [
    "Weights & Measures — a weekly note on open models",    # a newsletter's heading
    "The post was moved to Benchmarks & Datasets today.",     # a forum's section
    "We work at Research & Development scale.",               # a topic
    "Grants for Safety & Alignment research.",                 # no party word before it
])
def test_ampersand_negatives(text):
    assert not any("&" in s for s in shapes(text))


def test_native_heads_need_a_capitalised_name():
    assert shapes("Banco de datos abiertos: the list was updated") == []


# --- native-script names paired with their English form ---------------------------------------

def test_native_name_before_its_english_in_brackets():
    text = "Co-applicant: 青岚大学 (Qinglan University), Suzhou"
    s = text.index("Qinglan University")
    got = paired(text, [(s, s + len("Qinglan University"), "Qinglan University")], [])
    assert [(text[a:b], c) for a, b, _, c in got] == [("青岚大学", "Qinglan University")]


def test_native_headline_pairs_word_count(pipe):
    text = ("مختبرات القمر تطلق «نجم-3» — Al-Qamar Labs launches Najm-3 (translated from Arabic)\n\n"
            "Al-Qamar Labs announced its new Arabic language model Najm-3, an open AI model.")
    got = ents(pipe, text)
    assert ("مختبرات القمر", "ORG", "Al-Qamar Labs") in got


def test_native_pairing_needs_a_dash_or_brackets():
    text = "مختبرات القمر تطلق نموذجا. Al-Qamar Labs launches Najm-3"
    s = text.index("Al-Qamar Labs")
    assert paired(text, [(s, s + 13, "Al-Qamar Labs")], []) == []
