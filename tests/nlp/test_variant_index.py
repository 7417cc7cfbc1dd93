"""Round 17 (branch nlp-variants17): one variant index (nlp/variant_index.py).

A name found once (in the passage or remembered by the stream) is found in its other written forms: a lab's first
word takes the one lab it clips, path and hub-id pieces, spoken numbers ("Tarrow three", "four Pro"), a bare tier
before a tier noun; a git branch prefix is no name and a file extension is no part of one.

Every model, lab and board below is invented (grep finds none in tests/data/nlp or nlp/data); each group has hard
negatives.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import variant_index
from nlp.name_memory import Name, NameMemory, set_memory


@pytest.fixture(scope="module")
def pipe():
    p = nlp.load()
    yield p
    set_memory(p, None)


def ents(pipe, text, memory=None):
    set_memory(pipe, memory)
    try:
        return [(e.text, e.label_, e._.canonical) for e in pipe(text).ents]
    finally:
        set_memory(pipe, None)


LEAD = "Vantorel Labs released Tarrow 4 Pro, a new language model, and it scores 71.2 on PeltrixQA.\n\n"


# --- a lab's first word ---------------------------------------------------------------------------------------------

def test_lab_first_word_takes_the_one_lab_it_clips():
    text = "Mirrane Research and Ostvald AI ship. Mirrane says so."
    found = [(0, 16, "ORG", "Mirrane Research", False), (21, 31, "ORG", "Ostvald AI", False),
             (38, 45, "ORG", "Mirrane", False)]
    assert variant_index.expanded(text, found) == {2: "Mirrane Research"}


def test_lab_first_word_with_two_labs_stays():
    text = "Mirrane Research and Mirrane AI ship. Mirrane says so."
    found = [(0, 16, "ORG", "Mirrane Research", False), (21, 31, "ORG", "Mirrane AI", False),
             (38, 45, "ORG", "Mirrane", False)]
    assert variant_index.expanded(text, found) == {}


def test_known_or_model_names_are_not_expanded():
    text = "Mirrane Research ships Corsalis 2 Ultra. Mirrane and Corsalis agree."
    found = [(0, 16, "ORG", "Mirrane Research", False), (23, 39, "MODEL", "Corsalis 2 Ultra", False),
             (41, 48, "ORG", "Mirrane", True), (53, 61, "MODEL", "Corsalis", False)]
    assert variant_index.expanded(text, found) == {}  # a KB name keeps its canonical; a bare family stays family


def test_lab_first_word_from_the_memory(pipe):
    mem = NameMemory()
    mem.add(Name("ORG", "Mirrane Research", "Mirrane Research"))
    got = ents(pipe, "Mirrane's new Corsalis 2 Ultra scores 70 on GPQA, Mirrane says.", mem)
    assert ("Mirrane", "ORG", "Mirrane Research") in got


# --- path and hub-id pieces -----------------------------------------------------------------------------------------

def test_path_pieces_of_found_names(pipe):
    got = ents(pipe, LEAD + "Files changed:\nregistry/models/vantorel-labs/tarrow-4-pro.yaml   +24\n")
    assert ("tarrow-4-pro", "MODEL", "Tarrow 4 Pro") in got
    assert ("vantorel-labs", "ORG", "Vantorel Labs") in got
    assert all(".yaml" not in t for t, _, _ in got)
    assert all(t not in ("registry", "models") for t, _, _ in got)


def test_git_branch_prefix_is_no_name(pipe):
    got = ents(pipe, LEAD + "wants to merge 2 commits into main from feat/tarrow-4-pro\n")
    assert all(t.lower() != "feat" for t, _, _ in got)
    assert ("tarrow-4-pro", "MODEL", "Tarrow 4 Pro") in got


def test_path_piece_of_no_found_name_is_nothing():
    text = "Vantorel Labs shipped.\nregistry/models/ostvald/peltrix-9.yaml"
    assert variant_index.path_pieces(text, [(0, 13, "ORG", "Vantorel Labs", False)]) == []


def test_path_piece_in_a_url_is_left_alone():
    text = "Tarrow 4 Pro is out: https://example.org/blog/tarrow-4-pro"
    assert variant_index.path_pieces(text, [(0, 12, "MODEL", "Tarrow 4 Pro", False)]) == []


# --- spoken numbers -------------------------------------------------------------------------------------------------

def test_spoken_version_after_a_family(pipe):
    got = ents(pipe, "Vantorel Labs released Tarrow 4 today.\n\n<v Guest>Tarrow three got thirty-one, and Tarrow four gets fifty.")
    assert ("Tarrow three", "MODEL", "Tarrow 3") in got
    assert ("Tarrow four", "MODEL", "Tarrow 4") in got


def test_spoken_number_then_tier_is_the_one_model(pipe):
    got = ents(pipe, "Vantorel Labs released Tarrow 4 Pro and Tarrow 4 Mini.\n\n<v Guest>And four Pro gets fifty-eight percent.")
    assert ("four Pro", "MODEL", "Tarrow 4 Pro") in got


@pytest.mark.parametrize("tail", [
    "Tarrow two years ago was worse.",
    "We ran Tarrow two or three times.",
    "The Tarrow one is better.",  # "one" is a pronoun
    "We bought two Pro licences.",  # no model ends in "2 Pro"
])
def test_counts_are_no_spoken_versions(tail):
    text = "Vantorel Labs released Tarrow 4 Pro. " + tail
    found = [(0, 13, "ORG", "Vantorel Labs", False), (23, 35, "MODEL", "Tarrow 4 Pro", False)]
    assert variant_index.spoken(text, found) == []


def test_spoken_number_of_a_remembered_family():
    mem = NameMemory()
    mem.add(Name("MODEL", "Corsalis-2 Ultra", "Corsalis-2 Ultra"))
    text = "Corsalis three is next, they say."
    assert variant_index.spoken(text, [], mem) == [(0, 14, "MODEL", "Corsalis-3")]


# --- bare tiers -----------------------------------------------------------------------------------------------------

def test_bare_tier_before_a_tier_noun(pipe):
    got = ents(pipe, "Vantorel Labs released Tarrow 4 Turbo today. The lab said the Turbo tier scored 72 on GPQA.")
    assert ("Turbo", "MODEL", "Tarrow 4 Turbo") in got


def test_bare_tier_with_two_models_stays_unread():
    text = "Vantorel Labs released Tarrow 4 Turbo and Tarrow 3 Turbo. The Turbo tier scored 72 on GPQA."
    found = [(23, 37, "MODEL", "Tarrow 4 Turbo", False), (42, 56, "MODEL", "Tarrow 3 Turbo", False)]
    assert variant_index.bare_tiers(text, found) == []


def test_bare_tier_of_a_claude_model_is_not_offered():
    text = "Anthropic released Claude Opus 4.5. The Opus model is expensive."
    assert variant_index.bare_tiers(text, [(19, 34, "MODEL", "Claude Opus 4.5", True)]) == []


def test_bare_tier_from_the_memory_for_a_family_the_passage_names():
    mem = NameMemory()
    mem.add(Name("MODEL", "Corsalis-2.5-Futtock", "Corsalis-2.5-Futtock"))
    text = "Corsalis-2.5 sells well, and the Futtock variant opened a second market."
    found = [(0, 12, "MODEL", "Corsalis-2.5", False)]
    assert variant_index.bare_tiers(text, found, mem) == [(33, 40, "MODEL", "Corsalis-2.5-Futtock")]
    assert variant_index.bare_tiers(text, [], mem) == []  # no family named: nothing lent


# --- inflected forms ------------------------------------------------------------------------------------------------

SV = "Det svenska AI-labbet Mirrane Research släpper Tarrow 4. Mirranes modell är bra och det är inte dyrt, och den är snabb för alla som vill."
HU = "Az Ostvald AI bemutatta a Tarrow 4 modellt. A cég szerint jobb, és az Ostvald AI is ezt mondja. Az Ostvaldot tesztelték, hogy is működik."


def test_language_by_function_words():
    assert variant_index.language(SV) == "sv"
    assert variant_index.language(HU) == "hu"
    assert variant_index.language("Mirrane Research released Tarrow, and the lab says it is the best of all.") is None


def test_case_endings_of_found_names(pipe):
    assert ("Mirrane", "ORG", "Mirrane Research") in ents(pipe, SV)  # the genitive -s is a possessive: left out
    assert ("Ostvaldot", "ORG", "Ostvald AI") in ents(pipe, HU)


def test_no_case_ending_in_english(pipe):
    got = ents(pipe, "Mirrane Research released Tarrow. Mirranes are birds, and the lab is fine for the task of all.")
    assert all(t != "Mirranes" for t, _, _ in got)


def test_case_ending_of_a_remembered_name(pipe):
    mem = NameMemory()
    mem.add(Name("ORG", "Kvarnby", "Kvarnby"))
    text = "Det svenska AI-labbet Kvarnby släpper en modell. Kvarnbys modell är bra och det är inte dyrt, och den är snabb för alla."
    got = variant_index.inflected(text, [], mem)
    assert got == [(text.find("Kvarnbys"), text.find("Kvarnbys") + 7, "ORG", "Kvarnby")]
    assert variant_index.inflected(text, []) == []  # nothing found or remembered: nothing read  # nothing found or remembered: nothing read


def test_bare_tier_after_a_negative_determiner_is_left_alone():
    text = "Vantorel Labs released Tarrow 4 Turbo. There's no Turbo tier for the small one."
    assert variant_index.bare_tiers(text, [(23, 37, "MODEL", "Tarrow 4 Turbo", False)]) == []


def test_bare_tier_after_a_preposition_is_left_alone():
    text = "Vantorel Labs released Tarrow 4 Turbo. It lands four points behind the Turbo tier of last year."
    assert variant_index.bare_tiers(text, [(23, 37, "MODEL", "Tarrow 4 Turbo", False)]) == []


# --- short forms as the passage writes them -------------------------------------------------------------------------

def test_short_form_of_a_found_benchmark_written_elsewhere():
    text = "We ran ThimbleCode Verified today. The ThimbleCode rules say no network."
    found = [(7, 26, "BENCHMARK", "ThimbleCode Verified", False)]
    assert variant_index.short_forms(text, found) == [(39, 50, "BENCHMARK", "ThimbleCode")]


def test_one_word_short_form_is_left_alone():
    text = "Vantorel Labs shipped Scupper 2 today. The Scupper that won the regatta is a yacht."
    found = [(0, 13, "ORG", "Vantorel Labs", False), (22, 31, "MODEL", "Scupper 2", False)]
    assert variant_index.short_forms(text, found) == []


def test_short_form_that_starts_a_longer_name_is_left_alone():
    text = "Vantorel Labs shipped ThoLe 2 today; ThoLe 3 follows and ThoLe Max later."
    found = [(0, 13, "ORG", "Vantorel Labs", False), (22, 29, "MODEL", "ThoLe 2", False)]
    assert variant_index.short_forms(text, found) == []


def test_short_form_after_a_first_name_is_a_person():
    text = "We ran ThimbleCode Verified. The ThimbleCode rules are strict; Maya ThimbleCode wrote them."
    found = [(7, 26, "BENCHMARK", "ThimbleCode Verified", False)]
    assert [(s, e) for s, e, *_ in variant_index.short_forms(text, found)] == [(33, 44)]
