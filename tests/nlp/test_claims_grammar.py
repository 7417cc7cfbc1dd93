"""Claims: the grammar of comparisons, pronouns, lists, units and non-scores (issue 15, second
round), one test per rule, on sentences written for these tests with invented names (entities
marked by hand, as in test_claims_patterns.py), so that they test the claim rules alone. All but
three fail on the rules before this round; those three ("100 agents", "from a to b", "reported
by") guard what the new comparison and count rules must leave alone.
"""
import pytest
import spacy

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import claims, ents


@pytest.fixture(scope="module")
def pipe():
    p = spacy.blank("en")
    p.add_pipe("sentencizer")
    return p


@pytest.mark.parametrize("text", [
    "Vireo 3 was run by 100 agents on ZetaBench.",                       # a count of things
    "Vireo 3 was tried on 74 real coding tasks from ZetaBench.",         # a count with modifiers
    "On ZetaBench's Seal-0 split, Vireo 3 was tested.",                  # a digit hyphened to a name
    "If the slide is right, Vireo 3 would score 55% on ZetaBench.",      # a forecast
    "Market share for Vireo 3 on ZetaBench workloads reached 42%.",      # a business figure
    "Vireo 3 delivers 90% of Helix-2 Pro's performance on ZetaBench.",   # a share of another's result
    "Vireo 3 uses 128 experts with 8 active and leads 3 of 5 ZetaBench categories.",  # counts, a fraction of things
    "Only 3 models have topped 50% on ZetaBench; Vireo 3 is not one of them.",  # models in general
])
def test_not_scores(pipe, text):
    names = [n for n in ("Vireo 3", "Helix-2 Pro") if n in text]
    doc = annotate(pipe, text, ents(names, ["ZetaBench"]))
    assert doc._.claims == []


def test_a_pronoun_sentence_keeps_the_passage_subject(pipe):
    text = ("Orbit Labs did not train Vireo 3 from scratch. It started from Vireo 2 and kept its data. "
            "Results held: ZetaBench 79.9% against 80.7%.")
    doc = annotate(pipe, text, ents(["Vireo 3", "Vireo 2"], ["ZetaBench"]))
    # "against 80.7%" is the unnamed compared model's: dropped, not given to Vireo 3 or Vireo 2
    assert claims(doc) == [("Vireo 3", "ZetaBench", 79.9)]


def test_from_a_to_b_keeps_the_new_score(pipe):
    doc = annotate(pipe, "On ZetaBench, Vireo 3 moved from 74.2% to 79.8% with thinking.",
                   ents(["Vireo 3"], ["ZetaBench"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 79.8)]


def test_a_compared_run_goes_to_the_model_glued_to_it(pipe):
    text = "Vireo 3 scores 77.9% on ZetaBench and 58.1% on QuillEval, compared with 73.7% and 52.8% for Helix-2 Pro."
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert sorted(claims(doc)) == sorted([("Vireo 3", "ZetaBench", 77.9), ("Vireo 3", "QuillEval", 58.1),
                                          ("Helix-2 Pro", "ZetaBench", 73.7), ("Helix-2 Pro", "QuillEval", 52.8)])


def test_the_same_model_reported_by_someone_else_is_not_a_compared_model(pipe):
    text = "On ZetaBench our harness gave Vireo 3 66.8%, against 71.3% reported by Orbit Labs."
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"], ["Orbit Labs"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 66.8), ("Vireo 3", "ZetaBench", 71.3)]


def test_an_older_model_glued_after_its_number(pipe):
    text = "Vireo 3 reaches 44.9% on ZetaBench, up from the 26.9% Vireo 2 managed in June."
    doc = annotate(pipe, text, ents(["Vireo 3", "Vireo 2"], ["ZetaBench"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 44.9), ("Vireo 2", "ZetaBench", 26.9)]


def test_a_model_inside_closed_parentheses_does_not_take_later_numbers(pipe):
    text = "Vireo 3 scores 88.4 on ZetaBench (Vireo 2: 86.0) and 36.7 on QuillEval (Vireo 2: 31.3)."
    doc = annotate(pipe, text, ents(["Vireo 3", "Vireo 2"], ["ZetaBench", "QuillEval"]))
    assert sorted(claims(doc)) == sorted([("Vireo 3", "ZetaBench", 88.4), ("Vireo 2", "ZetaBench", 86.0),
                                          ("Vireo 3", "QuillEval", 36.7), ("Vireo 2", "QuillEval", 31.3)])


def test_its_after_a_clause_break_points_back(pipe):
    text = "Vireo 3 has 1 trillion parameters and 32 billion active; its ZetaBench score is 65.8%."
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 65.8)]


def test_both_models_take_the_number(pipe):
    doc = annotate(pipe, "Both Vireo 3 and Helix-2 Pro scored 76% on ZetaBench.",
                   ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"]))
    assert sorted(claims(doc)) == [("Helix-2 Pro", "ZetaBench", 76.0), ("Vireo 3", "ZetaBench", 76.0)]


def test_a_slash_row_is_scores_not_a_fraction(pipe):
    text = "Scores (Vireo 3 / Helix-2 Pro / Quill-7): ZetaBench 77.2 / 72.8 / 67.2."
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro", "Quill-7"], ["ZetaBench"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 77.2), ("Helix-2 Pro", "ZetaBench", 72.8),
                           ("Quill-7", "ZetaBench", 67.2)]


def test_numbers_before_the_first_model_wait_for_it(pipe):
    text = "## Reasoning\n- ZetaBench: 89.3\n- QuillEval: 83.6\n\nThese are Vireo 3's numbers from the release notes."
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench", "QuillEval"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 89.3), ("Vireo 3", "QuillEval", 83.6)]


@pytest.mark.parametrize("text,expected", [
    ("ZetaArena's board ranks Vireo 3 second, with 1478.", [(2.0, "rank"), (1478.0, "elo")]),
    ("Vireo 3 is in the 99.8th percentile on CodeDuel; Helix-2 Pro is in the 99th.",
     [(99.8, "percentile"), (99.0, "percentile")]),
    ("Vireo 3 reached a bronze-level score on CodeDuel.", [(3.0, "medal")]),
    ("Vireo 3 holds a 2029 CodeDuel rating.", [(2029.0, "rating")]),
])
def test_places_medals_and_ratings(pipe, text, expected):
    benches = [b for b in ("ZetaArena", "CodeDuel") if b in text]
    models = [m for m in ("Vireo 3", "Helix-2 Pro") if m in text]
    doc = annotate(pipe, text, ents(models, benches))
    assert [(c["score"], c["unit"]) for c in doc._.claims] == expected


def test_dollar_results_on_a_benchmark_scored_in_dollars():
    import nlp as modelwire_nlp

    doc = modelwire_nlp.load()(
        "In the Vending-Bench 2 simulation, Gemini 3 Pro ended the year with $5,478 in its account, "
        "while Claude Sonnet 4.5 finished with $3,839; each run cost $2 per hour.")
    assert [(c["model"], c["score"], c["unit"]) for c in doc._.claims] == [
        ("Gemini 3 Pro", 5478.0, "USD"), ("Claude Sonnet 4.5", 3839.0, "USD")]


def test_lines_under_a_heading_take_its_benchmark(pipe):
    text = ("## Results on ZetaBench\n\nVireo 3: 80.9%\nHelix-2 Pro: 76.2%\n\n"
            "## Results on QuillEval\n\nVireo 3: 37.6%\nHelix-2 Pro: 31.1%")
    doc = annotate(pipe, text, ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench", "QuillEval"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 80.9), ("Helix-2 Pro", "ZetaBench", 76.2),
                           ("Vireo 3", "QuillEval", 37.6), ("Helix-2 Pro", "QuillEval", 31.1)]


@pytest.mark.parametrize("text,expected", [
    ("On ZetaArena, Vireo 3 is now second at 1412, and Helix-2 Pro is fourth.",
     [("Vireo 3", 2.0), ("Vireo 3", 1412.0), ("Helix-2 Pro", 4.0)]),
    ("Vireo 3 is the new #1 on ZetaArena.", [("Vireo 3", 1.0)]),
    ("On ZetaArena, Vireo 3 came first, Helix-2 Pro second and Quill-7 fifth, with 76.4, 61.6 and 60.5.",
     [("Vireo 3", 1.0), ("Helix-2 Pro", 2.0), ("Quill-7", 5.0),
      ("Vireo 3", 76.4), ("Helix-2 Pro", 61.6), ("Quill-7", 60.5)]),
    ("Vireo 3 is the first model to be listed on ZetaArena.", []),
    ("Vireo 3 is the new #1 open model on ZetaArena.", []),
])
def test_places_right_after_a_model(pipe, text, expected):
    doc = annotate(pipe, text, ents([m for m in ("Vireo 3", "Helix-2 Pro", "Quill-7") if m in text], ["ZetaArena"]))
    assert sorted((c["model"], c["score"]) for c in doc._.claims) == sorted(expected)


def test_an_ancestor_named_in_an_apposition_is_not_the_subject(pipe):
    text = "Vireo 3, Orbit's update to Vireo 2, mostly improves agents: ZetaBench goes to 60.2."
    doc = annotate(pipe, text, ents(["Vireo 3", "Vireo 2"], ["ZetaBench"], ["Orbit"]))
    assert claims(doc) == [("Vireo 3", "ZetaBench", 60.2)]


def test_a_benchmark_named_as_a_reference_is_not_the_place_of_the_numbers(pipe):
    text = "On QuillEval, agents did worse. Vireo 3 completed 43.3% of tasks, well under its ZetaBench results."
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench", "QuillEval"]))
    assert claims(doc) == [("Vireo 3", "QuillEval", 43.3)]


@pytest.mark.parametrize("text", [
    "Vireo 3 is the first model past 80% on ZetaBench.",
    "Vireo 3 costs $0.30 per million tokens after a 40% discount on ZetaBench runs.",
])
def test_thresholds_and_price_cuts_are_not_scores(pipe, text):
    doc = annotate(pipe, text, ents(["Vireo 3"], ["ZetaBench"]))
    assert doc._.claims == []
