"""Typed heads (nlp/typed_heads.py): a new name's kind from the kind noun beside it, every mention, and the negatives.

Every passage is written for these tests with invented names (Trandle, Wendral, Pessaro, Gorvo, Dovrel, Zentrix,
Portemar, Fjallor, Pelumo, Hobbaro, Sarnic, Borrin, Orvanta, Lisk: in no dev, spent or frozen set of this worktree,
checked with grep), in other orders and markup than any set's sentence. The hard negatives are products, places,
people, sports clubs, ordinary capitalised words and sentence openers.
"""
from __future__ import annotations

import pytest

from nlp.typed_heads import find, not_names
from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _typed(text: str, taken=()) -> set[tuple[str, str]]:
    return {(text[s:e], lab) for s, e, lab, _ in find(text, list(taken), lambda _: True)}


@pytest.mark.parametrize("text, name, label", [
    # apposition after the name, the kind noun closing it (sizes, ages, places as modifiers)
    ("Researchers described Trandle, a 1.3-billion-parameter model distilled from Llama 3, in the AI paper.", "Trandle", "MODEL"),
    ("In the AI paper, Trandle, an open-weights 7B model, is compared with GPT-4o.", "Trandle", "MODEL"),
    ("Zentrix.ai, a Nairobi company, welcomed the AI rules.", "Zentrix.ai", "ORG"),
    ("Orvanta, a four-year-old Chilean start-up building AI models, raised money.", "Orvanta", "ORG"),
    ("Scores on Lisk, a new multilingual reasoning benchmark, are low for every AI model.", "Lisk", "BENCHMARK"),
    # the kind noun before the name (organisations; a comma-closed apposition)
    ("The regulator and the national port safety agency, Portemar, were briefed on the AI model project.", "Portemar", "ORG"),
    ("The Stockholm lab Fjallor released an AI model on Monday.", "Fjallor", "ORG"),
    # compound with a year or version: the name of the test
    ("**Benchmarks.** The Dovrel 2031 route-planning test opened submissions for AI agents.", "Dovrel 2031", "BENCHMARK"),
    # <place>-based <name>
    ("I spent a week with the new AI model from Lyon-based Pessaro and liked it.", "Pessaro", "ORG"),
    # coordination with a known organisation
    ("An AI report from Wendral and MIT describes a small model.", "Wendral", "ORG"),
])
def test_kind_noun_types_the_name(text, name, label):
    taken = [(text.index("MIT"), text.index("MIT") + 3, "ORG")] if "MIT" in text else []
    assert (name, label) in _typed(text, taken)


@pytest.mark.parametrize("text", [
    "The AI demo ran on the Pixel 10, a phone from Google.",            # a product (a phone is no kind noun)
    "The AI lab moved to Turin, a city in northern Italy.",             # a place
    "Ana Ruiz, a researcher at the AI lab, tested the model.",          # a person
    "The AI startup sponsors Juventus, the Turin football club.",       # a sports club
    "Kate, a model from London, wore the AI-designed dress.",           # a bare noun needs a modifier
    "Brexit, a test for the AI industry, dragged on.",                  # a bare test
    "The AI model runs Python-based Gorvo tooling.",                    # no place before -based, a noun after the name
    "However, the company said its AI model was ready.",                # sentence opener
    "Google, the search company, released an AI model.",                 # a name the KB matched (listed)
    'According to the company, Velmoro ("fast") keeps most of the AI model quality.',  # an adverbial's comma, no apposition
])
def test_no_type_from_hard_negatives(text):
    got = {(text[s:e], lab) for s, e, lab, _ in find(text, [], lambda _: True, {"Google"})}
    assert not {n for n, _ in got} & {"Pixel", "Pixel 10", "Turin", "Ana Ruiz", "Ruiz", "Juventus", "Kate", "Brexit",
                                       "However", "Google", "Gorvo", "Velmoro"}


def test_versioned_name_is_no_company():
    assert _typed("The AI lab released Gorvo 4, a Lisbon company product, and Gorvo 4, a Lisbon company.") == set()


def test_needs_an_ai_sentence():
    assert find("Zentrix.ai, a Nairobi company, sells shoes.", [], lambda _: False) == []


def test_one_typed_mention_types_every_mention():
    text = ("I spent ten days with Gorvo 4, the new model from Lyon-based Pessaro. Pessaro quotes 70% on AIME. "
            "Pessaro's middle tier is the one to try, and the Pessaro web app is fine. \"Pessaro\" is not cheap.")
    got = [(text[s:e], lab) for s, e, lab, _ in find(text, [], lambda _: True)]
    assert got.count(("Pessaro", "ORG")) == 5


def test_pipeline_every_mention(pipe):  # noqa: F811
    text = ('# Paper summary: "Trandle on phones"\n\nA technical AI report from Wendral and the University of Oxford '
            "describing Trandle, a 1.3-billion-parameter model distilled from Llama 3.\n\nTrandle answers 81% of the "
            "questions correctly on an old phone.")
    got = spans(pipe, text)
    assert got.count(("Trandle", "MODEL")) == 3
    assert ("Wendral", "ORG") in got


@pytest.mark.parametrize("text, rows, dropped", [
    ("Pelumo means elephant in Swahili; the AI lab chose it.", [(0, 6, "ORG", False, "Pelumo")], {"Pelumo"}),
    ('Hobbaro means "flow" in Hindi.', [(0, 7, "MODEL", False, "Hobbaro")], {"Hobbaro"}),
    ("Hobbaro is the Hindi word for river.", [(0, 7, "MODEL", False, "Hobbaro")], {"Hobbaro"}),
    # kept: a model's sentence with "means", a name the KB knows
    ("Hobbaro 2 means you pay less for the AI model.", [(0, 9, "MODEL", False, "Hobbaro 2")], set()),
    ('Lisk\'s Hobbaro means "river" in Hindi.', [(7, 14, "MODEL", True, "Hobbaro")], set()),
    # the person, "<ORG> of <City>" and description cases: tests/nlp/test_org_bounds.py::test_not_names (nlp.org_bounds)
])
def test_not_names(text, rows, dropped):
    assert {text[s:e] for s, e in not_names(text, rows)} == dropped


def test_pipeline_word_cited_and_person(pipe):  # noqa: F811  (the person: nlp.org_bounds.not_names)
    text = ("# Pelumo AI signs a deal for its Swahili AI model\n\nPelumo AI, a young Kenyan startup building language "
            "models, said its model resolved most chats. Chief executive Amina Pelumo founded it in 2022.\n\n"
            "Pelumo means elephant in Swahili.")
    got = spans(pipe, text)
    last = text.rindex("Pelumo")
    doc = pipe(text)
    assert not any(e.start_char == last for e in doc.ents)
    assert not any(e.start_char == text.index("Pelumo founded") for e in doc.ents)
    assert ("Pelumo AI", "ORG") in got
