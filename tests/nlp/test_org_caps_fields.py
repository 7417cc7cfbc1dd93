"""Organisations set in capitals as a field of a mixed-case line (nlp.caps_fields, round 26).

The names are invented for these tests (checked with grep against the sets and the knowledge base); the lines are
written here in the shapes of badges, panel titles, logos and signs, each group with hard negatives.
"""

import pytest

import nlp
from nlp.caps_fields import fields


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


@pytest.mark.parametrize("line, canon", [
    ("MARIT OLSEN · Staff engineer · VELLMOOR RESEARCH · Ask me about: evals", "Vellmoor Research"),
    ("| 11 Mar 10:00  Panel: QUARRO AI × HESKETH BANK — agents in branches |", "Quarro AI"),
    ("| 11 Mar 10:00  Panel: QUARRO AI × HESKETH BANK — agents in branches |", "Hesketh Bank"),
    ("The trailer ends on a logo *(logo: TARNWICK LABS)* and music.", "Tarnwick Labs"),
    ("*(The lights dim. A sign: BRANDER INSTITUTE.)*", "Brander Institute"),
    ("> 2 s: WHINLATTER DUNE SYSTEMS", "Whinlatter Dune Systems"),
])
def test_caps_field(line, canon):
    assert canon in [c for _, _, c in fields(line)]


@pytest.mark.parametrize("line", [
    "Welcome: GENERATIVE AI week starts on Monday",       # a kind of AI, not a lab
    "Track B · MARKET RESEARCH · Room 4",                  # a kind of research
    "we asked VELLMOOR RESEARCH to comment on it",         # shouted inside a sentence: no field
    "TO VELLMOOR RESEARCH EVALUATION DESK",                # a line in capitals: nlp.caps_names' own
    "Speaker · THE INSTITUTE · Hall 2",                    # a stop word first
    "Sponsor · NORWAY BANK · Hall 2",                      # a place first
])
def test_no_caps_field(line):
    assert fields(line) == []


def test_pipeline_caps_fields(pipe):
    text = ("Badges for the AI model evaluation day.\n\n"
            "MARIT OLSEN · Staff engineer · VELLMOOR RESEARCH · Ask me about: the Quillet 4 model\n\n"
            "TOMAS BERG · Founder · TARNWICK LABS · Ask me about: agents")
    got = {e.text for e in pipe(text).ents if e.label_ == "ORG"}
    assert {"VELLMOOR RESEARCH", "TARNWICK LABS"} <= got
    assert not {"MARIT OLSEN", "TOMAS BERG"} & got
