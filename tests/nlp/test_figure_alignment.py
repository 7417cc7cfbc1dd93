"""Round 17: k figures paired with k owners named elsewhere, by position (nlp.figure_alignment): boards listed in
the sentence before ("respectively", "on the same tests", "on the first … on the second"), a rival's figure
("at P1 against P2", "Against B, which scored …"), before/after ("from P1 to P2") and places bound to their own
clause. Sentences written for these tests, in several orders and wordings; every name is invented (Brisca 4,
Brisca 3, Ostrel-9, Quorran 2, Velloq-Math, Tarnish-QA, Dunlow-Bench, Marrish Index, Loramet Labs appear in no set)."""
from __future__ import annotations

import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Brisca 4", "Brisca 3", "Ostrel-9", "Quorran 2"]
BENCHES = ["Velloq-Math", "Tarnish-QA", "Dunlow-Bench", "Marrish Index"]
ORGS = ["Loramet Labs"]


def all_claims(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return doc._.claims


def claims(pipe, text):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in all_claims(pipe, text) if c["unit"] != "rank")


def ranks(pipe, text):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in all_claims(pipe, text) if c["unit"] == "rank")


LEAD2 = "Loramet Labs released Brisca 4 today. It scores 72.5% on Velloq-Math and 66.0% on Tarnish-QA. "
LEAD3 = "Loramet Labs released Brisca 4 today. It scores 72.5% on Velloq-Math, 66.0% on Tarnish-QA and 40.1% on Dunlow-Bench. "


# --------------------------------------------------------------------------- boards in order

@pytest.mark.parametrize("sentence", [
    "The earlier Brisca 3 reached 61.2% and 55.4% on the same tests.",
    "Brisca 3 scored 61.2% and 55.4% respectively.",
    "Its predecessor Brisca 3 gets 61.2 percent and 55.4 percent on both.",
    "According to the same card, Brisca 3 gets 61.2% on the first and 55.4% on the second.",
    "Brisca 3, the older model, posted 61.2% and 55.4% on the same two benchmarks in the lab's harness.",
])
def test_run_follows_the_boards_named_before(pipe, sentence):
    got = claims(pipe, LEAD2 + sentence)
    assert ("Brisca 3", "Velloq-Math", 61.2) in got
    assert ("Brisca 3", "Tarnish-QA", 55.4) in got
    assert ("Brisca 3", "Velloq-Math", 55.4) not in got
    assert ("Brisca 4", "Velloq-Math", 72.5) in got


def test_ordinals_that_index_boards_are_no_places(pipe):
    text = LEAD2 + "According to the same card, Ostrel-9 gets 80.3% on the first and 70.7% on the second."
    assert ranks(pipe, text) == []
    got = claims(pipe, text)
    assert ("Ostrel-9", "Velloq-Math", 80.3) in got and ("Ostrel-9", "Tarnish-QA", 70.7) in got


def test_former_and_latter_index_in_any_order(pipe):
    got = claims(pipe, LEAD2 + "Ostrel-9 gets 70.7% on the latter and 80.3% on the former.")
    assert ("Ostrel-9", "Tarnish-QA", 70.7) in got and ("Ostrel-9", "Velloq-Math", 80.3) in got


def test_respectively_takes_the_first_k_of_a_longer_list(pipe):
    got = claims(pipe, LEAD3 + "The previous Brisca 3 scored 61.2% and 55.4% respectively.")
    assert ("Brisca 3", "Velloq-Math", 61.2) in got and ("Brisca 3", "Tarnish-QA", 55.4) in got
    assert not any(c[0] == "Brisca 3" and c[1] == "Dunlow-Bench" for c in got)


def test_same_tests_needs_as_many_boards_as_figures(pipe):
    # three boards before, two figures and no "respectively": no order to follow
    got = claims(pipe, LEAD3 + "Brisca 3 reached 61.2% and 55.4% on the same tests.")
    assert ("Brisca 3", "Tarnish-QA", 55.4) not in got


def test_no_board_no_alignment(pipe):
    # hard negative: "respectively" over quarters, no board anywhere before
    text = "Loramet Labs said revenue rose 12% and 8% respectively in the first and second quarters. Brisca 4 is out."
    assert claims(pipe, text) == [] and ranks(pipe, text) == []


# --------------------------------------------------------------------------- rivals

@pytest.mark.parametrize("sentence", [
    "The deck also places it ahead of Ostrel-9 on Tarnish-QA at 66.0% against 61.8%.",
    "On Tarnish-QA the lab puts it ahead of Ostrel-9, at 66.0% versus 61.8%.",
])
def test_rival_figure_goes_to_the_rival(pipe, sentence):
    got = claims(pipe, "Loramet Labs released Brisca 4 today. It scores 72.5% on Velloq-Math. " + sentence)
    assert ("Brisca 4", "Tarnish-QA", 66.0) in got
    assert ("Ostrel-9", "Tarnish-QA", 61.8) in got
    assert ("Brisca 4", "Tarnish-QA", 61.8) not in got


def test_relative_clause_owns_all_its_figures(pipe):
    text = LEAD2 + "Against Brisca 3, which scored 61.3% on Velloq-Math and 50.2% on Tarnish-QA, the new model is a big step."
    got = claims(pipe, text)
    assert ("Brisca 3", "Velloq-Math", 61.3) in got and ("Brisca 3", "Tarnish-QA", 50.2) in got
    assert ("Brisca 4", "Tarnish-QA", 50.2) not in got


# --------------------------------------------------------------------------- before / after

def test_from_to_after_a_comparison_gives_the_first_figure_to_the_compared_model(pipe):
    # the shape of a demo sentence: the subject compared with one named model, then "it slips from P1 to P2"
    text = ("Loramet Labs trained Brisca 4 from Brisca 3. On Velloq-Math, Brisca 4 scores 70.9 against 71.4 for "
            "Brisca 3, and on Tarnish-QA it drops from 33.7 to 31.2.")
    got = claims(pipe, text)
    assert ("Brisca 4", "Tarnish-QA", 31.2) in got
    assert ("Brisca 3", "Tarnish-QA", 33.7) in got
    assert ("Brisca 4", "Tarnish-QA", 33.7) not in got


def test_from_to_of_one_model_gives_it_both(pipe):
    got = claims(pipe, "Loramet Labs fixed a bug in Brisca 4. On Tarnish-QA, Brisca 4 went from 61.0% to 64.5%.")
    assert ("Brisca 4", "Tarnish-QA", 61.0) in got and ("Brisca 4", "Tarnish-QA", 64.5) in got


@pytest.mark.parametrize("sentence,figures", [
    ("Ostrel-9, an open model from a Lyon lab, went from 61.0 to 64.5 after a tokenizer fix.", (61.0, 64.5)),
    ("The worst case was Ostrel-9, whose score dropped from 58.0% to 49.5%.", (58.0, 49.5)),
])
def test_from_to_without_a_board_takes_the_paragraphs(pipe, sentence, figures):
    text = "The Marrish Index averages six tests. Brisca 4 leads the Marrish Index at 70. " + sentence
    got = claims(pipe, text)
    for v in figures:
        assert ("Ostrel-9", "Marrish Index", v) in got


@pytest.mark.parametrize("sentence", [
    "Ostrel-9 went from 2024 to 2026 without an update.",
    "Ostrel-9 went from $5 to $3 per million tokens.",
    "Ostrel-9 went from 8B to 70B parameters.",
    "Ostrel-9 went from 12 to 30 people in a year.",
    "Ostrel-9 added a translation benchmark of its own, where it jumped from 33.0% to 47.5%.",  # a board it does not name
    "On an internal test, Ostrel-9 climbed from 41.0% to 52.5%.",
    "Ostrel-9 jumped from 33.0% to 47.5% over Brisca 4.",  # two models' figures, not one model's before/after
])
def test_from_to_hard_negatives(pipe, sentence):
    text = "The Marrish Index averages six tests. Brisca 4 leads the Marrish Index at 70. " + sentence
    assert not any(c[0] == "Ostrel-9" for c in claims(pipe, text))


# --------------------------------------------------------------------------- ranks

def test_place_binds_to_its_own_clause(pipe):
    text = ("On the Marrish Index, Ostrel-9 slipped to sixth with 60, behind Brisca 4, which enters the board in fifth "
            "place at 62.")
    got = ranks(pipe, text)
    assert ("Ostrel-9", "Marrish Index", 6.0) in got
    assert ("Ostrel-9", "Marrish Index", 5.0) not in got


@pytest.mark.parametrize("sentence", [
    "Among open-weights models only, Quorran 2 is now second on the Marrish Index, behind Ostrel-9 at 61.",
    "On the Marrish Index, Quorran 2 is second among open-weights models, at 58.",
    "On the Marrish Index, Quorran 2 is second in the small-model slice, at 58.",
])
def test_restricted_places_are_no_board_ranks(pipe, sentence):
    assert not any(c[0] == "Quorran 2" for c in ranks(pipe, sentence))


def test_overall_place_survives_a_restriction(pipe):
    got = ranks(pipe, "On the Marrish Index, Quorran 2 debuted second among open-weights models (9th overall) at 58.")
    assert ("Quorran 2", "Marrish Index", 9.0) in got


# --------------------------------------------------------------------------- "P1 for X and P2 for Y", compared runs

@pytest.mark.parametrize("sentence", [
    "Loramet Labs' own post had claimed 69.9% for the model and 58.1% for its predecessor, Brisca 3.",
    "The launch post lists 69.9% for Brisca 4 and 58.1% for Brisca 3.",
])
def test_each_figure_is_the_model_its_for_phrase_names(pipe, sentence):
    text = "Brisca 4 is now first on the Velloq-Math board with 68.4%. Ostrel-9 drops to second at 66.0%. " + sentence
    got = claims(pipe, text)
    assert ("Brisca 4", "Velloq-Math", 69.9) in got
    assert ("Brisca 3", "Velloq-Math", 58.1) in got
    assert ("Ostrel-9", "Velloq-Math", 69.9) not in got


@pytest.mark.parametrize("sentence", [
    "Brisca 4 scored 76.2 on Velloq-Math and 64.8 on Tarnish-QA, compared with 61.0 and 50.5 for Brisca 3.",
    "Brisca 4 scored 76.2 on Velloq-Math and 64.8 on Tarnish-QA, against 61.0 and 50.5 for Brisca 3. On Dunlow-Bench it leads.",
])
def test_compared_run_follows_the_boards_before_it(pipe, sentence):
    got = claims(pipe, sentence)
    assert ("Brisca 3", "Velloq-Math", 61.0) in got and ("Brisca 3", "Tarnish-QA", 50.5) in got


@pytest.mark.parametrize("sentence,place", [
    ("On the Marrish Index, Brisca 4 leads with 73, one point clear of Ostrel-9, now second at 72.", 2.0),
    ("On the Marrish Index, Brisca 4 leads with 73, ahead of Ostrel-9, third with 70.", 3.0),
])
def test_appositive_place_is_the_models_own(pipe, sentence, place):
    got = ranks(pipe, sentence)
    assert ("Ostrel-9", "Marrish Index", place) in got
    assert ("Brisca 4", "Marrish Index", place) not in got


def test_appositive_place_in_a_restricted_field_is_no_rank(pipe):
    got = ranks(pipe, "On the Marrish Index, Brisca 4 leads with 73, ahead of Ostrel-9, second at 72 among open models.")
    assert ("Ostrel-9", "Marrish Index", 2.0) not in got
