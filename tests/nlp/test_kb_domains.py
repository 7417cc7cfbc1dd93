"""The knowledge base's third breadth pass, by domain (cyber security, health, public administration of Europe
and North America, finance, consumer and standards bodies, models and benchmarks news names often), and the
boundaries and labels of official names: a country word before a name whose official form lacks it, licence
words, demonyms and "<place> AI" headings, and board names whose head starts with a capital of any script.

Breadth tests read the built-in files; matching tests of gating use real built-in entries (what they check is
the gating chosen for them); the mechanisms are tested with invented names (Quellbrook, Vessmark, Kavrik,
Ébrenne, Ølvik), which no evaluation set holds.
"""
from __future__ import annotations

from collections import Counter

import pytest

from nlp import board_names
from nlp.demonyms import is_place_word
from nlp.org_shapes import shaped_orgs
from kb_checks import builtin_entries as _builtin, language, spans  # noqa: F401  (language: a fixture)

EU_EEA_UK_CH = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "UK", "CH"}


def test_every_domain_of_the_third_pass_has_its_entries():
    by_source = Counter()
    for o in _builtin("orgs.jsonl"):
        src = o.get("source", "")
        for domain in ("Cyber-security", "Health:", "Data-protection authorities", "Public administration", "Finance of",
                       "Consumer organisations"):
            if src.startswith(domain):
                by_source[domain] += 1
    assert by_source["Cyber-security"] >= 80 and by_source["Health:"] >= 80, by_source
    assert by_source["Data-protection authorities"] >= 25 and by_source["Public administration"] >= 100, by_source
    assert by_source["Finance of"] >= 100 and by_source["Consumer organisations"] >= 25, by_source
    assert sum(by_source.values()) >= 450


def test_every_eu_eea_state_the_uk_and_switzerland_has_a_data_protection_authority():
    words = ("Data Protection", "Personal Data", "Privacy", "Information Commissioner", "CNIL", "Garante", "Datenschutz",
             "Persoonsgegevens", "UODO", "AEPD", "Personal Information", "Data State Inspectorate")
    have = {o["country"] for o in _builtin("orgs.jsonl") if o["kind"] == "government"
            and any(w in o["name"] or any(w in a for a in o["aliases"]) for w in words)}
    assert EU_EEA_UK_CH - have == set()


def test_domain_entries_match_by_official_name_acronym_and_short_form(language):
    got = spans(language, "MITRE, OWASP and CERT/CC listed AI model flaws; the FBI and Europol warned about AI voice "
                          "clones; Epic Systems and Ontario Health deployed AI scribes; analysts at XTX Markets and "
                          "U.S. Bank bought GPUs for AI models, and Febraban backed the AI model.")
    assert ("CERT/CC", "ORG", "CERT Coordination Center") in got
    assert ("FBI", "ORG", "Federal Bureau of Investigation") in got
    assert ("U.S. Bank", "ORG", "U.S. Bank") in got
    assert ("Febraban", "ORG", "Brazilian Federation of Banks") in got
    assert {"MITRE", "OWASP", "Europol", "Epic Systems", "Ontario Health", "XTX Markets"} <= {s for s, lab, _ in got if lab == "ORG"}


def test_words_named_like_domain_entries_stay_words(language):
    for text in ("Nuance matters when an AI model summarises a patient's notes.",
                 "The canary release of the AI model went out on Monday; the census bureau data fed the AI model.",
                 "A thorn in the side of AI labs: the citadel of AI research moved."):
        assert not any(lab in ("ORG", "MODEL") for _, lab, _ in spans(language, text)), text


def test_a_country_word_before_an_official_name_without_it_is_no_part_of_the_span(language):
    got = spans(language, "The UK AI Security Institute tested the AI model, and the Swiss Federal Data Protection "
                          "and Information Commissioner asked about the model.")
    assert ("AI Security Institute", "ORG", "AI Security Institute") in got
    assert ("Federal Data Protection and Information Commissioner", "ORG",
            "Federal Data Protection and Information Commissioner") in got
    assert not any(s.startswith(("UK ", "Swiss ")) for s, _, _ in got)


def test_licence_words_never_make_an_organisation(language):
    for text in ("The AI model's weights are MIT-licensed.", "The AI model ships under the MIT licence.",
                 "The Quellbrook-4 AI model is Apache-licensed."):
        assert not any(lab == "ORG" for _, lab, _ in spans(language, text)), text
    assert ("MIT", "ORG", "MIT") in spans(language, "Researchers at MIT trained the AI model on licensed data.")


@pytest.mark.parametrize("word", ["Colombian", "Peruvian", "Vanuatu", "Domestic", "Nordic", "Türkiye"])
def test_places_and_demonyms(word):
    assert is_place_word(word)


@pytest.mark.parametrize("word", ["Quellbrook", "Mistral", "Vessmark"])
def test_names_are_not_places(word):
    assert not is_place_word(word)


def test_a_demonym_or_a_place_before_a_lab_cue_is_no_lab(language):
    got = spans(language, "The bank will use Kavrik-2, developed by Peruvian startup Quellbrook Labs, in its AI chat.")
    orgs = {s for s, lab, _ in got if lab == "ORG"}
    assert "Quellbrook Labs" in orgs and "Peruvian" not in orgs
    got = spans(language, "Domestic AI startup Vessmark AI announced that it has released Kavrik-3 Large.")
    assert {s for s, lab, _ in got if lab == "ORG"} == {"Vessmark AI"}
    got = spans(language, "Vanuatu AI weekly, issue 12\n\nVessmark AI released the Kavrik-3 model.")
    assert "Vanuatu AI" not in {s for s, _, _ in got}


def yes(_pos):
    return True


@pytest.mark.parametrize("text, name", [
    ("In the Ébrenne Arena the Kavrik-4 model received an Elo rating of 1,288.", "Ébrenne Arena"),
    ("Kavrik-4 came second on the Ølvik board with 61.2, the model's best result.", "Ølvik"),
    ("The Ébrenne Index v2 puts the Kavrik-4 model at 61 points.", "Ébrenne Index v2"),
])
def test_a_board_head_may_start_with_a_capital_of_any_script(text, name):
    new, _ = board_names.find(text, [], yes, True)
    assert [text[s:e] for s, e, _, _ in new] == [name]


@pytest.mark.parametrize("text, name", [
    ("Researchers at the Vessmark Faculty of Medicine trained an AI model on scans.", "Vessmark Faculty of Medicine"),
    ("The Kavrik Health Sciences Centre tested the AI model on patients.", "Kavrik Health Sciences Centre"),
    ("The Vermont Department of Kite Safety issued AI guidance for models.", "Vermont Department of Kite Safety"),
    ("The French Ministry of Kites issued AI guidance for models.", "Ministry of Kites"),
    ("Ølvik Institute of Data Studies released an AI model.", "Ølvik Institute of Data Studies"),
])
def test_official_name_shapes_keep_their_inner_words(text, name):
    """"of"/"Faculty of"/"Centre" inside a name, a state's name before its department (not a country's word),
    a first capital of any script."""
    assert [text[s:e] for s, e in shaped_orgs(text)] == [name]


@pytest.mark.parametrize("text", [
    "The data centre and the Data Centre hosted the AI model; the Medical Center used AI models.",
    "The Shopping Centre installed AI cameras from the model maker.",
])
def test_a_unit_word_alone_is_no_name(text):
    assert shaped_orgs(text) == []


@pytest.mark.parametrize("text, licence", [
    ("The weights are under the Quellbrook and Apache 2.0 licenses.", True),
    ("The weights carry a Quellbrook/Apache-2.0 dual licence.", True),
    ("The weights are Quellbrook-licensed.", True),
    ("The weights are Quellbrook licensed.", True),
    ("Licence: Quellbrook. The model has 8B parameters.", True),
    ("The code is released under a Quellbrook Attribution 4.0 International licence.", True),
    ("Quellbrook licensed its model to a bank.", False),
    ("Quellbrook and Vessmark license their model code to startups.", False),
    ("Quellbrook licenses its model patents to startups.", False),
    ("Quellbrook said the model licences were unclear.", False),
])
def test_a_name_before_or_after_licence_words_names_the_licence(text, licence):
    from nlp.licence_words import names_licence
    s = text.index("Quellbrook")
    assert names_licence(text, s, s + len("Quellbrook")) is licence


def test_licence_words_in_the_next_sentence_do_not_count():
    from nlp.licence_words import names_licence
    text = "HBM comes from Quellbrook and Vessmark. Export-licence status is unchanged."
    s = text.index("Quellbrook")
    assert not names_licence(text, s, s + len("Quellbrook"))
