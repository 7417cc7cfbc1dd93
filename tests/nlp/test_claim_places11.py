"""Round 11 places, medals, own runs and withdrawn figures (nlp.claim_places, nlp.claims, nlp.claim_tables,
nlp.withdrawn_figures). Sentences written for these tests; every model, lab and board name is invented
(Velderin, Brannoch, Ostrelle, Pellimor, Quostra, Harnwick appear in no set)."""
from __future__ import annotations

import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)
from tests.nlp.test_entities import pipe as full  # noqa: F401  (full: the loaded-pipeline fixture)

B = "Harnwick Board"
MODELS = ["Velderin-3 Max", "Brannoch-2", "Ostrelle-5"]


def units(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def run(pipe, text, models=MODELS, benches=(B,), orgs=()):
    return units(annotate(pipe, text, ents(list(models), list(benches), list(orgs))))


# --------------------------------------------------------------------------- entrants and medals

def test_entrant_described_by_its_model_gets_points_and_medal(pipe):
    text = ("The organisers of the Harnwick Board published the AI track. Pellimor Labs' entry, a version of "
            "Velderin-3 Max, scored 512 of 600 points and was awarded a gold medal. Quostra AI's system, built on "
            "Brannoch-2, scored 498 points, also gold.")
    got = run(pipe, text, orgs=["Pellimor Labs", "Quostra AI"])
    for claim in [("Velderin-3 Max", B, 512.0, "points"), ("Velderin-3 Max", B, 1.0, "medal"),
                  ("Brannoch-2", B, 498.0, "points"), ("Brannoch-2", B, 1.0, "medal")]:
        assert claim in got


def test_a_model_built_on_another_is_still_not_that_model(pipe):
    # hard negative: "our fine-tuned model, built on X" is a descendant, not an entry described by X
    assert run(pipe, "Our fine-tuned model, built on Brannoch-2, scored 61.0% on the Harnwick Board.") == []


# --------------------------------------------------------------------------- places in prose

@pytest.mark.parametrize("text, model, place", [
    ("On the Harnwick Board, Velderin-3 Max is listed 3rd at 57.5%.", "Velderin-3 Max", 3.0),
    ("On the Harnwick Board, Brannoch-2 was first again, at 61.0%.", "Brannoch-2", 1.0),
    ("On the Harnwick Board, Ostrelle-5 has the best result, at 80.1%.", "Ostrelle-5", 1.0),
    ("On the Harnwick Board, Velderin-3 Max is in 5th rank with 70.1%.", "Velderin-3 Max", 5.0),
])
def test_place_wordings(pipe, text, model, place):
    assert (model, B, place, "rank") in run(pipe, text)


@pytest.mark.parametrize("text", [
    "On the Harnwick Board, Ostrelle-5 has the best result among open models, at 50.1%.",
    "Brannoch-2 was first to pass 70% on the Harnwick Board.",
    "Velderin-3 Max was listed first in the open category of the Harnwick Board at 70.1%.",
])
def test_no_place_in_a_subset_or_for_a_threshold(pipe, text):
    assert not [c for c in run(pipe, text) if c[3] == "rank"]


def test_shared_place_goes_to_each_model(pipe):
    got = run(pipe, "On the Harnwick Board, Velderin-3 Max and Brannoch-2 share second place.")
    assert ("Velderin-3 Max", B, 2.0, "rank") in got and ("Brannoch-2", B, 2.0, "rank") in got
    got = run(pipe, "On the Harnwick Board, Velderin-3 Max, Brannoch-2 and Ostrelle-5 are tied for third.")
    assert [c for c in got if c[3] == "rank"] == sorted((m, B, 3.0, "rank") for m in MODELS)


def test_shared_place_in_a_division_is_none(pipe):
    got = run(pipe, "Velderin-3 Max and Brannoch-2 share first place in the small-model division of the Harnwick Board.")
    assert not [c for c in got if c[3] == "rank"]


# --------------------------------------------------------------------------- a "#" column in an aligned board

def test_hash_column_of_an_aligned_board(pipe):
    text = ("Harnwick Board, May standings\n\n"
            "  #   Model            Success   Δ\n"
            "  1   Velderin-3 Max   62.7      +1.9\n"
            "  2   Brannoch-2       60.4      +0.2\n"
            "  3   Ostrelle-5       59.8      new\n")
    got = run(pipe, text)
    assert [c for c in got if c[3] == "rank"] == [("Brannoch-2", B, 2.0, "rank"), ("Ostrelle-5", B, 3.0, "rank"),
                                                  ("Velderin-3 Max", B, 1.0, "rank")]
    assert ("Velderin-3 Max", B, 62.7, "points") in got


# --------------------------------------------------------------------------- a reader's own run

THREAD = ("Thread: Velderin-3 Max on the Harnwick Board is lower than the card says\n\n"
          "**ana_k** — The card says Velderin-3 Max gets 71.9% on the Harnwick Board. I ran it on my box and got 66.4.\n\n"
          "**bo_t** — Same ballpark here: 67.0.\n\n"
          "**cy** — Brannoch-2 on the same harness, 65.8.\n")


def test_forum_replies_take_the_thread_model_and_benchmark(pipe):
    got = {(m, b, s) for m, b, s, _ in run(pipe, THREAD)}
    assert {("Velderin-3 Max", B, 71.9), ("Velderin-3 Max", B, 66.4), ("Velderin-3 Max", B, 67.0),
            ("Brannoch-2", B, 65.8)} <= got


def test_own_run_needs_a_claim_it_repeats(pipe):
    # hard negative: no claim of the subject on the topic benchmark before it, so "got 66.4" is left alone
    text = ("Thread: local runs of Velderin-3 Max\n\n"
            "**ana_k** — The Harnwick Board is fun. I ran Velderin-3 Max on my box and got 66.4 after an hour.\n")
    assert not [c for c in run(pipe, text) if c[2] == 66.4]


# --------------------------------------------------------------------------- withdrawn figures (nlp.withdrawn_figures)

def test_withdrawn_values_one_entry_point_same_as_before():
    from nlp.withdrawn_figures import withdrawn_values
    assert withdrawn_values("It got 64.0, not 66.5 as originally stated.") == {66.5}
    assert withdrawn_values("Posts that cited 2,210 for it should be disregarded.") == {2210.0}
    # a correction notice ("correction" word): "… said N; the report gives M" withdraws N
    assert withdrawn_values("Correction: the article said the model scored 91.3%; the report gives 87.3%.") == {91.3}
    assert withdrawn_values("Velderin-3 Max scored 91.3% on the board; the report gives 87.3%.") == set()  # no notice


@pytest.mark.parametrize("text, gone", [
    ("The old figures (39.0, 33.6 and 22.7) should no longer be cited.", {39.0, 33.6, 22.7}),
    ("The earlier numbers of 71.2 and 64.0 are superseded.", {71.2, 64.0}),
    ("Velderin-3 Max scores 61.2%, not 66.2%, on the Harnwick Board.", {66.2}),
    ("It scored 61.2%, not far from 66.2%.", set()),
    ("It scored 61.2%, not 66.2% of the time.", set()),
    ("The old figures are in the appendix.", set()),
])
def test_new_withdrawal_wordings(text, gone):
    from nlp.withdrawn_figures import withdrawn_values
    assert withdrawn_values(text) == gone


def test_a_rerun_supersedes_the_figure_we_published(pipe):
    text = ("Update to our Velderin-3 results\n\nIn May we published a model card that reported 39.4% for Velderin-3 Max "
            "on the Harnwick Board. After a leak was found we re-ran everything.\n\nCorrected results:\n"
            "Velderin-3 Max scores 34.6% on the Harnwick Board.")
    got = run(pipe, text)
    assert ("Velderin-3 Max", B, 34.6, "%") in got and not [c for c in got if c[2] == 39.4]


def test_a_published_figure_stays_without_a_rerun_or_a_new_figure(pipe):
    # hard negatives: no re-run in the passage; a re-run but no other figure for the same model and benchmark
    text = "In May we published a model card that reported 39.4% for Velderin-3 Max on the Harnwick Board."
    assert ("Velderin-3 Max", B, 39.4, "%") in run(pipe, text)
    text += " We re-ran Brannoch-2 since: it scores 30.1% on the Harnwick Board."
    assert ("Velderin-3 Max", B, 39.4, "%") in run(pipe, text)


# --------------------------------------------------------------------------- benchmarks carried by discourse

def test_in_the_same_test_is_the_benchmark_named_last(pipe):
    text = ("Velderin-3 Max reached 77.3% on Quarry-QA and 69.0% on the Harnwick Board, a test the lab built. "
            "In the same test, according to the lab, Brannoch-2 only reached 52.4% and Ostrelle-5 60.8%.")
    got = run(pipe, text, benches=[B, "Quarry-QA"])
    assert ("Brannoch-2", B, 52.4, "%") in got and ("Ostrelle-5", B, 60.8, "%") in got
    assert not [c for c in got if c[1] == "Quarry-QA" and c[0] != "Velderin-3 Max"]


def test_a_medal_before_a_list_of_contests_with_points_in_brackets(pipe):
    text = ("Pellimor Labs released Velderin-3 Max on Monday. The company says the model reached gold-medal scores at "
            "Harnwick Olympiad 2025 (35 of 42 points), at Quarry Cup 2025 (492 of 600) and at Stellmark Finals 2025.")
    got = run(pipe, text, benches=["Harnwick Olympiad 2025", "Quarry Cup 2025", "Stellmark Finals 2025"], orgs=["Pellimor Labs"])
    for bench in ("Harnwick Olympiad 2025", "Quarry Cup 2025", "Stellmark Finals 2025"):
        assert ("Velderin-3 Max", bench, 1.0, "medal") in got
    assert ("Velderin-3 Max", "Harnwick Olympiad 2025", 35.0, "points") in got


# --------------------------------------------------------------------------- percentiles, "N each"

@pytest.mark.parametrize("text, value", [
    ("On the Harnwick Board, Velderin-3 Max has a rating of 2,710, ahead of 99.8% of competitors.", 99.8),
    ("On the Harnwick Board, Velderin-3 Max scored 145, which would place a candidate above 99.9% of test takers.", 99.9),
])
def test_share_of_people_beaten_is_a_percentile(pipe, text, value):
    got = run(pipe, text)
    assert ("Velderin-3 Max", B, value, "percentile") in got and not [c for c in got if c[3] == "%"]


def test_a_share_of_people_that_is_no_comparison_stays_out(pipe):
    got = run(pipe, "On the Harnwick Board, 93% of competitors use C++; Velderin-3 Max has a rating of 2,710.")
    assert not [c for c in got if c[2] == 93.0]


def test_a_number_each_goes_to_every_model_of_the_subject(pipe):
    got = run(pipe, "On the Harnwick Board, Brannoch-2 and Ostrelle-5 share second place with 70 each.")
    assert ("Brannoch-2", B, 70.0, "points") in got and ("Ostrelle-5", B, 70.0, "points") in got


def test_own_run_of_a_named_model_repeats_a_board_figure(pipe):
    text = ("Results on the Harnwick Board: Brannoch-2 — 2.2.\n\n"
            "**lukas_f**: I ran Brannoch-2 locally with your harness and got 3.3, so your figure may be a sampling thing.")
    got = run(pipe, text)
    assert ("Brannoch-2", B, 3.3, "points") in got and ("Brannoch-2", B, 2.2, "points") in got


def test_on_our_run_is_no_unnamed_benchmark(pipe):
    text = "On the Harnwick Board we're at 58.1% with Velderin-3 Max. The closed model we tried, Brannoch-2, gets 52.3% on our run."
    assert ("Brannoch-2", B, 52.3, "%") in run(pipe, text)
    # but "on our internal suite" stays a result on something unnamed
    text = "On the Harnwick Board we're at 58.1% with Velderin-3 Max. Brannoch-2 gets 52.3% on our internal agentic suite."
    assert not [c for c in run(pipe, text) if c[2] == 52.3]


def test_a_third_party_remeasures_the_subject(pipe):
    text = ("Pellimor Labs, which makes Velderin-3 Max, had reported 44.9% on the Harnwick Board with tools in its own "
            "launch post. Quostra Evals, testing without tools, measured 22.3%.")
    got = run(pipe, text, orgs=["Pellimor Labs", "Quostra Evals"])
    assert ("Velderin-3 Max", B, 22.3, "%") in got and ("Velderin-3 Max", B, 44.9, "%") in got
    # hard negative: nothing of the subject on that benchmark before, so a measured figure is left alone
    text = "Pellimor Labs released Velderin-3 Max. On the Harnwick Board, Quostra Evals measured 22.3% more refusals."
    assert not [c for c in run(pipe, text, orgs=["Pellimor Labs", "Quostra Evals"]) if c[2] == 22.3]


# --------------------------------------------------------------------------- more medal and place wordings

def test_lab_version_and_colour_alone(pipe):
    text = ("At the Harnwick Board final, Pellimor Labs' advanced version of Velderin-3 Max worked in natural language "
            "and scored 35 out of 42 points, as graded by the coordinators: a gold medal. Quostra said its Brannoch-2 "
            "system also reached gold.")
    got = run(pipe, text, orgs=["Pellimor Labs", "Quostra"])
    for claim in [("Velderin-3 Max", B, 35.0, "points"), ("Velderin-3 Max", B, 1.0, "medal"), ("Brannoch-2", B, 1.0, "medal")]:
        assert claim in got


def test_colour_as_a_word_is_no_medal(pipe):
    got = run(pipe, "Velderin-3 Max took the gold-plated trophy home after scoring 61.0% on the Harnwick Board.")
    assert not [c for c in got if c[3] == "medal"]


def test_the_top_spot_changing_hands_is_nobodys_place(pipe):
    text = ("Velderin-3 Max launched on Monday. On the Harnwick Board the top spot changed hands twice; at month's end "
            "Brannoch-2 was first again, at 1,497.")
    got = [c for c in run(pipe, text) if c[3] == "rank"]
    assert got == [("Brannoch-2", B, 1.0, "rank")]


def test_behind_only_makes_the_other_model_first(pipe):
    text = "On the Harnwick Board, Velderin-3 Max took 2nd place overall, behind only Brannoch-2 (1,330)."
    got = run(pipe, text)
    assert ("Velderin-3 Max", B, 2.0, "rank") in got and ("Brannoch-2", B, 1.0, "rank") in got
    # third place behind two: no place is given to either
    got = run(pipe, "On the Harnwick Board, Velderin-3 Max took 3rd place, behind only Brannoch-2 and Ostrelle-5.")
    assert [c for c in got if c[3] == "rank"] == [("Velderin-3 Max", B, 3.0, "rank")]


def test_top_n_in_order(pipe):
    from nlp.claim_places import more_places

    class E:
        def __init__(self, text, name):
            self.start = text.index(name)
            self.end = self.start + len(name)
    text = "Its February top three, in order: Velderin-3 Max 71, Brannoch-2 70 and Ostrelle-5 69."
    places = more_places(text, [E(text, m) for m in MODELS])
    assert [v for _, _, v in places] == [1.0, 2.0, 3.0]


def test_a_leader_with_a_participle_and_figures_said_in_a_post(full):  # the loaded pipeline: KB units
    # (a board scored in dollars: Vending-Bench 2's unit in the knowledge base is USD)
    V = "Vending-Bench 2"
    text = ("The numbers below are final balances on Vending-Bench 2.\n\n"
            "Velderin-3 Max still leads, finishing with $5,478.16 on average. Among the newcomers, Brannoch-2 ended the "
            "simulated year at $2,810.55 — Quostra had quoted $3,120 in its launch post — while Ostrelle-5 finished "
            "with $612.40.")
    got = units(full(text))
    for claim in [("Velderin-3 Max", V, 1.0, "rank"), ("Brannoch-2", V, 2810.55, "USD"), ("Brannoch-2", V, 3120.0, "USD"),
                  ("Ostrelle-5", V, 612.4, "USD")]:
        assert claim in got, claim


def test_a_result_on_an_unnamed_suite_is_still_left_out(pipe):
    got = run(pipe, "On the Harnwick Board Velderin-3 Max is at 58.1%. Brannoch-2 gets 44.0 on its internal agent suite.")
    assert not [c for c in got if c[2] == 44.0]


def test_a_makers_own_score_is_its_models(pipe):
    text = ("On the Harnwick Board, Brannoch-2 sits at 1440. Pellimor Labs, which makes Velderin-3 Max, had earlier "
            "posted its own score of 1444 on social media.")
    got = run(pipe, text, orgs=["Pellimor Labs"])
    assert ("Velderin-3 Max", B, 1444.0, "points") in got and ("Brannoch-2", B, 1440.0, "points") in got
