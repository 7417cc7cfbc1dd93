"""Fourth round of claim rules (issue 15) and the claims' confidence, on sentences written for
these tests with invented names; entities are marked by hand, so the claim rules are tested alone."""
import json

import pytest

import nlp.claim_confidence as K
from nlp.claims_eval import right_claims, score_at
from nlp.evaluate import main
from nlp.numbers import find_numbers
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)


def got(doc):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


@pytest.mark.parametrize("text,models,benches,want", [
    # a model after the number, across ", where": a competitor, not the owner
    ("Helix-2 Pro is out. Its lab reports 60.2% on QuillEval, where Vireo 3 scores 54.9%.",
     ["Helix-2 Pro", "Vireo 3"], ["QuillEval"],
     [("Helix-2 Pro", "QuillEval", 60.2), ("Vireo 3", "QuillEval", 54.9)]),
    # nor across a temporal clause ("before X arrived")
    ("Helix-2 Pro is out. On ZetaArena it held 1483 Elo for a week before Vireo 3 arrived.",
     ["Helix-2 Pro", "Vireo 3"], ["ZetaArena"], [("Helix-2 Pro", "ZetaArena", 1483.0)]),
    # "N.0" right after a name is its version, not a score
    ("Vireo 3 beats QuarkOCR 2.0 and PageReader 2.0 on ZetaBench, its lab says, at 71.2%.",
     ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 71.2)]),
    # "The model, <a clause>, …": still the passage's model, not the product named in the clause
    ("Helix-2 Pro is now in the API. The model, once limited to Vireo Max subscribers, reported 88.4% on "
     "ZetaBench.", ["Helix-2 Pro", "Vireo Max"], ["ZetaBench"], [("Helix-2 Pro", "ZetaBench", 88.4)]),
    # a setting and a place between the model and its number
    ("Helix-2 Pro holds the #1 spot on ZetaArena at 1483. Vireo 3 without thinking is #2 at 1465.",
     ["Helix-2 Pro", "Vireo 3"], ["ZetaArena"],
     [("Helix-2 Pro", "ZetaArena", 1.0), ("Helix-2 Pro", "ZetaArena", 1483.0), ("Vireo 3", "ZetaArena", 2.0),
      ("Vireo 3", "ZetaArena", 1465.0)]),
    # "the N% that X posted": the number is X's
    ("Helix-2 Pro leads ZetaBench at 61.4%, a jump from the 42.2% that Vireo 3 posted in spring.",
     ["Helix-2 Pro", "Vireo 3"], ["ZetaBench"],
     [("Helix-2 Pro", "ZetaBench", 1.0), ("Helix-2 Pro", "ZetaBench", 61.4), ("Vireo 3", "ZetaBench", 42.2)]),
    # a metric noun between the number and "for X"
    ("Helix-2 Pro answers 62.5% of QuillEval items, compared with 38.2% accuracy for Vireo 3.",
     ["Helix-2 Pro", "Vireo 3"], ["QuillEval"],
     [("Helix-2 Pro", "QuillEval", 62.5), ("Vireo 3", "QuillEval", 38.2)]),
    # a comparison word inside a run of numbers: what follows it is the older models', and
    # "the 2.0 versions" is a version, not a score
    ("On ZetaBench, Orbit Large 3 now reaches 91.8% and 88.1%, compared with 64.9% and 62.8% for the 2.0 versions.",
     ["Orbit Large 3"], ["ZetaBench"],
     [("Orbit Large 3", "ZetaBench", 88.1), ("Orbit Large 3", "ZetaBench", 91.8)]),
    # a sibling named by its tier word
    ("Orbit Large 3 and Orbit Small 3 came out together. The smaller model scores 71.4% on ZetaBench.",
     ["Orbit Large 3", "Orbit Small 3"], ["ZetaBench"], [("Orbit Small 3", "ZetaBench", 71.4)]),
    ("Orbit Large 3 and Orbit Small 3 came out together. On ZetaBench the large one reaches 80.5% and the "
     "small one 71.4%.",
     ["Orbit Large 3", "Orbit Small 3"], ["ZetaBench"],
     [("Orbit Large 3", "ZetaBench", 80.5), ("Orbit Small 3", "ZetaBench", 71.4)]),
    # a family described in an apposition is not a second model
    ("Orbit Prime, Nimbus Labs' largest Orbit model, scores 87.4% on ZetaBench.",
     ["Orbit Prime", "Orbit"], ["ZetaBench"], [("Orbit Prime", "ZetaBench", 87.4)]),
    # "non-X" excludes X
    ("Vireo 3 tops ZetaBench among non-Helix-2 entries at 37.6%.",
     ["Vireo 3", "Helix-2"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 37.6)]),
    # the model's own average is no "human average"
    ("Vireo 3 has 106 billion parameters. Its lab lists it at 57.6% on ZetaBench, and at 59.8 on its "
     "9-task average.", ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 57.6)]),
    # a reported figure as the subject is the passage model's, on the topic benchmark
    ("In our tests, Vireo 3 completed 61.4% of ZetaBench tasks. The lab's own figure is 62.9%.",
     ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 61.4), ("Vireo 3", "ZetaBench", 62.9)]),
    # "it reached" after an opening phrase
    ("Vireo 3 scored 73.6% on ZetaBench. With majority voting over 64 samples, it reached 90.0%.",
     ["Vireo 3"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 73.6), ("Vireo 3", "ZetaBench", 90.0)]),
    # "in the same two settings": each number on the topic benchmark
    ("Vireo 3 scored 73.6% on ZetaBench, and 90.0% with voting. Helix-2 Pro scored 70.7% and 83.3% in the "
     "same two settings.", ["Vireo 3", "Helix-2 Pro"], ["ZetaBench"],
     [("Helix-2 Pro", "ZetaBench", 70.7), ("Helix-2 Pro", "ZetaBench", 83.3),
      ("Vireo 3", "ZetaBench", 73.6), ("Vireo 3", "ZetaBench", 90.0)]),
    # lines of "name: number" under a heading, the benchmark named after them
    ("### Maths\nVireo 3: 72.0\nHelix-2 Pro: 92.7\nOrbit Small 3: 70.5\n\nAll figures are ZetaBench pass@1.",
     ["Vireo 3", "Helix-2 Pro", "Orbit Small 3"], ["ZetaBench"],
     [("Helix-2 Pro", "ZetaBench", 92.7), ("Orbit Small 3", "ZetaBench", 70.5), ("Vireo 3", "ZetaBench", 72.0)]),
    # a question, then its answer in a sentence whose subject is a table; a gap is no score
    ("Can Vireo 3 really hit 60% on ZetaBench? The lab's own table says 64.6%, but outside runs came out "
     "lower, at 62.5%. The gap is 2.1 points.", ["Vireo 3"], ["ZetaBench"],
     [("Vireo 3", "ZetaBench", 62.5), ("Vireo 3", "ZetaBench", 64.6)]),
    # a benchmark does not reach past a number said to be on something unnamed
    ("Vireo 3 gets 57.6% on ZetaBench, and 59.8 on its nine-task average, behind Helix-2 Pro at 63.2.",
     ["Vireo 3", "Helix-2 Pro"], ["ZetaBench"], [("Vireo 3", "ZetaBench", 57.6)]),
])
def test_round4_pairings(pipe, text, models, benches, want):
    assert got(annotate(pipe, text, ents(models, benches))) == want


def test_top_model_on_a_board_is_first_place(pipe):
    doc = annotate(pipe, "Vireo 3 was briefly the top model on ZetaArena, with an Elo of 1402.",
                   ents(["Vireo 3"], ["ZetaArena"]))
    assert {(c["score"], c["unit"]) for c in doc._.claims} == {(1.0, "rank"), (1402.0, "elo")}


def test_tier_word_without_a_matching_model_names_nobody(pipe):
    doc = annotate(pipe, "Vireo 3 is out. The smaller model scores 71.4% on ZetaBench.", ents(["Vireo 3"], ["ZetaBench"]))
    assert got(doc) == [("Vireo 3", "ZetaBench", 71.4)]  # the passage's subject, not an invented sibling


def test_a_month_inside_a_benchmark_name_makes_no_date():
    text = "Vireo 3: PlinthBench March 92.5, ZetaBench 81.0"
    [_, n, _] = find_numbers(text, skip=[(9, 26), (34, 43)])  # the 3 of "Vireo 3" first
    assert (n.value, n.kind) == (92.5, "score")
    assert find_numbers("published March 12, 2025")[0].kind == "date"  # a real date stays one


# -- confidence --------------------------------------------------------------------------------

def test_confidence_file_matches_the_features():
    data = json.loads(K.DATA.read_text(encoding="utf-8"))
    assert data["features"] == list(K.FEATURES) and len(data["weights"]) == len(K.FEATURES)
    assert K.WEIGHTS == [float(w) for w in data["weights"]] and K.THRESHOLD == data["threshold"]
    assert 0.5 <= K.THRESHOLD < 1  # never lets through a claim more likely wrong than right
    # trained on the claims sets it names only (a frozen set must never be among them)
    assert all(not n.startswith(("unknown", "heldout")) for n in data["trained_on"])


def test_every_claim_has_a_confidence_and_cues_order_it(pipe):
    glued = annotate(pipe, "Vireo 3 scored 74.9% on ZetaBench.", ents(["Vireo 3"], ["ZetaBench"])).doc._.claims
    loose = annotate(pipe, "Vireo 3 is out. On ZetaBench, a slide shows 4 next to the chart, and Helix-2 Pro "
                     "appears later.", ents(["Vireo 3", "Helix-2 Pro"], ["ZetaBench"])).doc._.claims
    assert [c["confidence"] for c in glued] and all(0 <= c["confidence"] <= 1 for c in glued + loose)
    x_glued = K.features({"path": "glued", "model_gap": 1, "bench_gap": 1, "unit_written": True, "decimal": True},
                         {"unit": "%"}, "%", {})
    x_loose = K.features({"path": "after", "model_gap": 9, "bench_gap": 8, "unit_written": False, "small_int": True,
                          "clause_gap": False, "between": True}, {"unit": "points"}, None, {})
    assert K.probability(x_glued) > K.probability(x_loose)
    assert len(x_glued) == len(K.FEATURES)


def test_unit_clash_with_the_knowledge_base_is_a_feature():
    how = {"path": "glued", "unit_written": True}
    clash = K.features(how, {"unit": "%"}, "Elo", {})
    agree = K.features(how, {"unit": "elo"}, "Elo", {})
    i = K.FEATURES.index("unit_clash")
    assert (clash[i], agree[i]) == (1.0, 0.0)
    unknown = K.features(how, {"unit": "%", "model": "Vireo 3"}, "%", {"Vireo 3": False})
    assert unknown[K.FEATURES.index("unknown_model")] == 1.0


def test_right_claims_and_score_at_threshold():
    gold = [{"id": "a", "text": "t", "claims": [{"model": "Vireo 3", "benchmark": "ZetaBench", "score": 70.1}]}]
    pred = [[{"model": "Vireo 3", "benchmark": "ZetaBench", "score": 70.1, "confidence": 0.9},
             {"model": "Vireo 3", "benchmark": "ZetaBench", "score": 70.1, "confidence": 0.9},
             {"model": "Vireo 3", "benchmark": "ZetaBench", "score": 12.0, "confidence": 0.2}]]
    assert right_claims(gold[0]["claims"], pred[0]) == [True, False, False]
    at = score_at(gold, pred, 0.5)
    assert (at["tp"], at["fp"], at["fn"]) == (1, 1, 0)


def test_evaluate_prints_the_scoreboard_line(tmp_path, capsys):
    f = tmp_path / "gold.jsonl"
    f.write_text(json.dumps({"id": "a", "text": "Nothing to see.", "claims": []}) + "\n", encoding="utf-8")
    assert main(["--claims", str(f)]) == 0
    assert f"at confidence >= {K.THRESHOLD:.2f} (scoreboard)" in capsys.readouterr().out
