"""Round 16: which model and board a figure in prose belongs to, by its clause (nlp.clause_binding): relative
clauses, appositives, reported speech, boards carried by "there" / "on the same page", "went from P1 to P2",
"for the same model". Sentences written for these tests; every name is invented (Fennick 4, Fennick 3,
Gorsedd-2, Quillet 3, Skerrit-QA, Pennock Bench, Lathkill Index, Marrowby AI, Tolsey Labs appear in no set)."""
from __future__ import annotations

import pytest

from nlp.claims import extract_claims
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Fennick 4", "Fennick 3", "Gorsedd-2", "Quillet 3"]
BENCHES = ["Skerrit-QA", "Pennock Bench", "Lathkill Index"]
ORGS = ["Marrowby AI", "Tolsey Labs"]


def claims(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims if c["unit"] != "rank")


LEAD = "Marrowby AI released Fennick 4 on Monday. Fennick 4 scores 70.2% on Skerrit-QA. "


# --------------------------------------------------------------------------- relative clauses

@pytest.mark.parametrize("sentence", [
    "It compared Fennick 4 with Gorsedd-2, which it said scored 61.5% on Skerrit-QA in the same harness.",
    "The lab compared its model with Gorsedd-2, which, according to its own tests, obtains 61.5% on Skerrit-QA.",
    "Compared to the rival Gorsedd-2, which according to our measurements obtains 61.5% on Skerrit-QA, Fennick 4 is ahead.",
    "On Skerrit-QA it is ahead of Gorsedd-2 which obtained 61.5%.",
    "Fennick 4 beat Gorsedd-2 (Tolsey Labs), which reached 61.5% on Skerrit-QA.",
])
def test_relative_clause_binds_to_its_head(pipe, sentence):
    got = claims(pipe, LEAD + sentence)
    assert ("Gorsedd-2", "Skerrit-QA", 61.5) in got
    assert ("Fennick 4", "Skerrit-QA", 61.5) not in got
    assert ("Fennick 4", "Skerrit-QA", 70.2) in got


def test_relative_clause_about_something_else_leaves_the_figure(pipe):
    # the relative clause carries no score; the figure after it is the subject's
    got = claims(pipe, LEAD + "Fennick 4, which Marrowby AI trained in Oslo, reaches 66.0% on Pennock Bench.")
    assert ("Fennick 4", "Pennock Bench", 66.0) in got
    assert not any(m == "Gorsedd-2" for m, _, _ in got)


def test_model_inside_an_appositive_relative_clause_is_no_subject(pipe):
    # "Fennick 4, the model that beat Gorsedd-2, scored …": the figure is the head's, not the object's
    got = claims(pipe, LEAD + "On Pennock Bench, Fennick 4, the model that beat Gorsedd-2, scored 66.0%.")
    assert ("Fennick 4", "Pennock Bench", 66.0) in got
    assert ("Gorsedd-2", "Pennock Bench", 66.0) not in got


# --------------------------------------------------------------------------- appositives and reported speech

@pytest.mark.parametrize("sentence", [
    "It said the previous model, Fennick 3, scored 43.0% on Skerrit-QA.",
    "It also said its predecessor, Fennick 3, had 43.0% on Skerrit-QA.",
    "In the same post it said the older Fennick 3 scored 43.0% on Skerrit-QA.",
    "Tolsey Labs said Fennick 3 scored 43.0% on Skerrit-QA.",
])
def test_appositive_and_reported_speech_name_the_scorer(pipe, sentence):
    got = claims(pipe, LEAD + sentence)
    assert ("Fennick 3", "Skerrit-QA", 43.0) in got
    assert ("Fennick 4", "Skerrit-QA", 43.0) not in got


@pytest.mark.parametrize("sentence", [
    "In the makers' table, Fennick 4 ends the year with $5,478 on average, ahead of Gorsedd-2 at $4,967 and Quillet 3 "
    "at $1,473.",
    "Fennick 4 leads with $5,478, ahead of Gorsedd-2 at $4,967 and Quillet 3 at $1,473.",
])
def test_a_name_right_before_at_and_a_figure_owns_it(pipe, sentence):
    # a dollar board (as the knowledge base scores Vending-Bench 2 in USD)
    doc = annotate(pipe, "Pennock Bench gives a model a simulated vending business.\n\n" + sentence,
                   ents(MODELS, BENCHES, ORGS))
    doc._.claims = extract_claims(doc, bench_units={"Pennock Bench": "USD"})
    got = sorted((c["model"], c["score"]) for c in doc._.claims)
    assert ("Gorsedd-2", 4967.0) in got
    assert ("Fennick 4", 4967.0) not in got


def test_coordinated_models_with_respectively_are_not_moved(pipe):
    got = claims(pipe, LEAD + "Gorsedd-2 and Quillet 3 scored 61.5% and 58.0% on Pennock Bench respectively.")
    assert ("Gorsedd-2", "Pennock Bench", 61.5) in got
    assert ("Quillet 3", "Pennock Bench", 58.0) in got


def test_an_appositive_that_is_no_model_changes_nothing(pipe):
    # an organisation in apposition is not a scorer: the figure stays with the sentence's model
    got = claims(pipe, "Fennick 4 is out. Its maker, Marrowby AI, said Fennick 4 scored 66.0% on Pennock Bench.")
    assert got == [("Fennick 4", "Pennock Bench", 66.0)]


# --------------------------------------------------------------------------- boards carried over

@pytest.mark.parametrize("opening", ["On the same page, ", "On that board, ", "In the same ranking, ", "There, "])
def test_same_page_takes_the_previous_sentences_board(pipe, opening):
    text = ("Tolsey Labs, which runs the Lathkill Index itself, lists Fennick 4 at 52 on the Lathkill Index, and measured "
            "69.8% on Skerrit-QA in its own run. " + opening + "Gorsedd-2 scores 57 and Quillet 3 scores 50.")
    got = claims(pipe, text)
    assert ("Gorsedd-2", "Lathkill Index", 57.0) in got
    assert ("Quillet 3", "Lathkill Index", 50.0) in got
    assert not any(b == "Skerrit-QA" and s in (57.0, 50.0) for _, b, s in got)


def test_there_takes_the_board_not_the_paragraphs_topic(pipe):
    text = ("Gorsedd-2 scores 61.5% on Skerrit-QA, 64.0% on Skerrit-QA with tools and 57 on the Lathkill Index. "
            "Fennick 4 scores 73 there.")
    got = claims(pipe, text)
    assert ("Fennick 4", "Lathkill Index", 73.0) in got
    assert ("Fennick 4", "Skerrit-QA", 73.0) not in got


def test_existential_there_carries_nothing(pipe):
    text = ("Gorsedd-2 scores 61.5% on Skerrit-QA and 57 on the Lathkill Index. "
            "There are better models: Fennick 4 scores 73.0% on Pennock Bench.")
    got = claims(pipe, text)
    assert ("Fennick 4", "Pennock Bench", 73.0) in got
    assert not any(m == "Fennick 4" and b == "Lathkill Index" for m, b, _ in got)


# --------------------------------------------------------------------------- from P1 to P2, the same model

@pytest.mark.parametrize("sentence", [
    "After the patch, its Skerrit-QA score went from 55.2% to 61.0%.",
    "On Skerrit-QA, Fennick 4 rose from 55.2% to 61.0% after the patch.",
    "Fennick 4 improved from 55.2% to 61.0% on Skerrit-QA after the update.",
])
def test_from_to_gives_both_figures(pipe, sentence):
    got = claims(pipe, "Marrowby AI patched Fennick 4 this week. " + sentence)
    assert ("Fennick 4", "Skerrit-QA", 61.0) in got
    assert ("Fennick 4", "Skerrit-QA", 55.2) in got


@pytest.mark.parametrize("sentence", [
    "Fennick 4 scores 61.0% on Skerrit-QA; its runs ranged from 58.2% to 63.9%.",
    "Fennick 4 scores 61.0 on Pennock Bench, which is scaled from 0 to 100.",
    "Fennick 4 scores 61.0% on Skerrit-QA, and its price fell from $6 to $4.",
])
def test_from_to_hard_negatives(pipe, sentence):
    got = claims(pipe, "Marrowby AI patched Fennick 4 this week. " + sentence)
    assert not any(s in (58.2, 0.0, 6.0) for _, _, s in got)  # (the second figures are the sentence reader's)


def test_from_to_for_two_models_is_the_sentence_readers(pipe):
    got = claims(pipe, "On Skerrit-QA the score went from 55.2% for Fennick 3 to 61.0% for Fennick 4.")
    assert ("Fennick 4", "Skerrit-QA", 55.2) not in got


@pytest.mark.parametrize("tail", ["up from 35.9% for the same model without rehearsal.",
                                  "against 35.9% for the same model trained the ordinary way."])
def test_same_model_figure(pipe, tail):
    got = claims(pipe, "Marrowby AI fine-tuned Fennick 4. The rehearsal version of Fennick 4 completes 47.3% of "
                       "Skerrit-QA tasks, " + tail)
    assert ("Fennick 4", "Skerrit-QA", 35.9) in got
    assert ("Fennick 4", "Skerrit-QA", 47.3) in got


# --------------------------------------------------------------------------- ordinal ranks (nlp.claim_places)

def ranks(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims if c["unit"] == "rank")


INTRO = "Researchers tested Fennick 4, Gorsedd-2 and Quillet 3 on Skerrit-QA. "


@pytest.mark.parametrize("text", [
    "The best result was Fennick 4, which got 86.3 percent. Second was Gorsedd-2 with 84.0 percent and third "
    "Quillet 3 with 83.7 percent.",
    "The top score went to Fennick 4 with 86.3 percent. Second came Gorsedd-2 at 84.0 percent, and third Quillet 3 "
    "at 83.7 percent.",
])
def test_best_then_gapped_ordinals_give_places(pipe, text):
    assert ranks(pipe, INTRO + text) == [("Fennick 4", "Skerrit-QA", 1.0), ("Gorsedd-2", "Skerrit-QA", 2.0),
                                         ("Quillet 3", "Skerrit-QA", 3.0)]


@pytest.mark.parametrize("text", [
    # "third parties": no model after the ordinal
    "Fennick 4 got 86.3 percent and Gorsedd-2 84.0 percent, and third parties measured Quillet 3 at 83.7 percent.",
    # a list of points, and a gapped ordinal with no ordinal clause that has its verb
    "First, Gorsedd-2 got 84.0 percent, and second Quillet 3 got 83.7 percent.",
    # a best result within a part of the field
    "Among open models, the best result was Gorsedd-2 with 84.0 percent.",
    "The best open result was Gorsedd-2 with 84.0 percent.",
])
def test_ordinal_hard_negatives(pipe, text):
    assert ranks(pipe, INTRO + text) == []


# --------------------------------------------------------------------------- rivals, parts, the passage's model, disowned figures

def full(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"], bool(c.get("is_comparison"))) for c in doc._.claims)


@pytest.mark.parametrize("word", ["superior to", "inferior to"])
def test_superior_to_names_a_rival(pipe, word):
    got = full(pipe, "Marrowby AI released Fennick 4 this week. On Skerrit-QA it arrives at 72.5%, " + word +
               " Gorsedd-2 which obtained 69.8%.")
    assert ("Fennick 4", "Skerrit-QA", 72.5, False) in got  # (not Gorsedd-2's: it is the compared model)
    assert any(c[:3] == ("Gorsedd-2", "Skerrit-QA", 69.8) for c in got)
    assert not any(c[:3] == ("Gorsedd-2", "Skerrit-QA", 72.5) for c in got)


def test_and_with_a_second_rival_is_a_rival_and_no_subject(pipe):
    text = ("Marrowby AI released Fennick 4 this week. On Skerrit-QA, Fennick 4 achieved 68.7% accuracy. The company "
            "also compared with Gorsedd-2, which got 60.3%, and with Quillet 3, which got 62.8% in the company's test.\n\n"
            "The model also reached 71.4% on Pennock Bench, a general knowledge test.")
    got = full(pipe, text)
    assert ("Quillet 3", "Skerrit-QA", 62.8, True) in got
    assert ("Fennick 4", "Pennock Bench", 71.4, False) in got


def test_the_model_also_is_the_passages_model_not_its_predecessor(pipe):
    text = ("Marrowby AI released Fennick 4, its second-generation model. On Skerrit-QA, Fennick 4 achieved 68.7%. "
            "The first-generation model Fennick 3 achieved only 49.2%.\n\n"
            "The model also reached 71.4% on Pennock Bench.")
    got = full(pipe, text)
    assert ("Fennick 4", "Pennock Bench", 71.4, False) in got
    assert not any(m == "Fennick 3" and b == "Pennock Bench" for m, b, _, _ in got)


@pytest.mark.parametrize("part", ["the Italian section of", "the German part of", "the Polish split of"])
def test_a_part_of_a_benchmark_takes_the_benchmark(pipe, part):
    got = claims(pipe, f"Marrowby AI released Fennick 4. Fennick 4 scored 69.8% on {part} Skerrit-QA and 58.1% "
                       "on Pennock Bench.")
    assert ("Fennick 4", "Skerrit-QA", 69.8) in got
    assert ("Fennick 4", "Pennock Bench", 58.1) in got


def test_a_figure_on_an_unnamed_thing_stays_dropped(pipe):
    # "on the Italian market": no part of a benchmark
    got = claims(pipe, "Marrowby AI released Fennick 4. Fennick 4 scores 58.1% on Pennock Bench and has 31% on the "
                       "Italian market.")
    assert got == [("Fennick 4", "Pennock Bench", 58.1)]


@pytest.mark.parametrize("sentence", [
    "Two enterprise buyers ran their own Skerrit-QA evaluations and saw 54% and 57%; we do not treat those as claims "
    "because neither would name the configuration.",
    "I only ran the 40-task subset of Skerrit-QA; it passed 17 of the 40, which I will not turn into a headline number.",
    "The best Fennick 4 run on Skerrit-QA ended at 57%, though the makers warn against quoting best-run figures.",
])
def test_disowned_figures_are_no_claims(pipe, sentence):
    got = claims(pipe, "Marrowby AI released Fennick 4. Fennick 4 scores 64.0% on Skerrit-QA. " + sentence)
    assert got == [("Fennick 4", "Skerrit-QA", 64.0)]


def test_not_treating_a_model_as_something_keeps_its_figure(pipe):
    got = claims(pipe, "Marrowby AI released Fennick 4. We do not treat Fennick 4 as a reasoning model, but it scores "
                       "64.0% on Skerrit-QA.")
    assert got == [("Fennick 4", "Skerrit-QA", 64.0)]


# --------------------------------------------------------------------------- a run under the item above

ITEMS = ("We tested three models on Skerrit-QA and Pennock Bench.\n\n"
         "- **Fennick 4** is the all-rounder. It scored 74.8% on Skerrit-QA and 70.2% on Pennock Bench.\n"
         "- **Gorsedd-2** is a close second on Skerrit-QA at 73.9%, but weaker on Pennock Bench at 64.4%.\n")


@pytest.mark.parametrize("item", [
    "- **Quillet 3** remains the safe choice for firms already on the cloud: 72.0% and 68.8%.",
    "- Quillet 3, the cheapest, trails with 72.0% and 68.8% respectively.",
    "* **Quillet 3** comes third: 72.0 percent and 68.8 percent.",
])
def test_run_takes_the_boards_of_the_item_above_in_order(pipe, item):
    got = claims(pipe, ITEMS + item)
    assert ("Quillet 3", "Skerrit-QA", 72.0) in got
    assert ("Quillet 3", "Pennock Bench", 68.8) in got


@pytest.mark.parametrize("item", [
    "- **Quillet 3** is used by 72.0% and 68.8% of firms in the survey.",   # not closing the sentence: shares
    "- **Quillet 3** holds 72.0%, 68.8% and 51.0%.",                         # three figures, two boards
    "- **Quillet 3** and Fennick 4 got 72.0% and 68.8%.",                     # two models
])
def test_run_hard_negatives(pipe, item):
    got = claims(pipe, ITEMS + item)
    assert not any(m == "Quillet 3" for m, _, _ in got)


def test_run_after_a_paragraph_break_takes_nothing(pipe):
    got = claims(pipe, ITEMS + "\nOne more thing.\n\nQuillet 3 is cheap: 72.0% and 68.8%.")
    assert not any(m == "Quillet 3" for m, _, _ in got)
