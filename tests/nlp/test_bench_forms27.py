"""Benchmark names by the round-27 rules: a board's name in a sentence about tests without a score
(nlp.board_names), a shouted benchmark's shouted variant (nlp.unknown.BENCH_SHAPE), and the words they
must leave alone (boards of people, price indices, a board's own noun as its only cue).

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import pytest

from nlp import board_names
from tests.nlp.test_entities import ents, pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)


def yes(_pos):
    return True


@pytest.mark.parametrize("text, ents_before, name", [
    # another benchmark in the sentence, no score
    ("Investors who quote Quillfeather Arena or the Ravelin Index get asked for retention data.",
     [(20, 37, "BENCHMARK", False)], "Ravelin Index"),
    # a word of tests in the sentence
    ("She helped build the Sorrelwood Index, a ranking of how often agents leak secrets.", [], "Sorrelwood Index"),
    ("Please request the Tanglewick Index harness from the lab before Friday.", [], "Tanglewick Index"),
])
def test_board_among_benchmarks(text, ents_before, name):
    new, _ = board_names.find(text, ents_before, yes, True)
    assert [text[s:e] for s, e, _, _ in new] == [name]


@pytest.mark.parametrize("text", [
    "The Consumer Price Index and the Quillfeather Index of house prices both rose this quarter.",  # no test word
    "Title: One Leaderboard to Rule Them All? Agreement between public rankings of chat models",  # a numeral word
    "Maths leaderboard, December: the last contests of the year",  # its own noun is its only cue
    "The Hollins board met on Monday to approve the benchmark budget.",  # a board of people
])
def test_board_not_from_the_cue_alone(text):
    assert board_names.find(text, [], yes, True)[0] == []


@pytest.mark.parametrize("text, name", [
    ("The new model scored 61.2% on GRISTBENCH VERIFIED and 40.1 on GPQA.", "GRISTBENCH VERIFIED"),
    ("Workshop, room 4: running TALLOWQA MULTILINGUAL on a laptop with the Brine-3 model", "TALLOWQA MULTILINGUAL"),
    ("Card 07 — MORAINE-EVAL HARD\nType: reasoning · Tasks: 400 · Best model: Brine-3", "MORAINE-EVAL HARD"),
])
def test_shouted_variant_stays_in_the_span(pipe, text, name):
    assert (name, "BENCHMARK") in spans(pipe, text)


@pytest.mark.parametrize("text, name", [
    ("Brine-3 scored 61.2% on GristBench HARD, the lab said.", "GristBench"),  # a shouted word after a cased name
    ("THE GRISTBENCH TEAM IS HIRING; PRO TIPS BELOW", "GRISTBENCH"),  # not a variant word
])
def test_shouted_variant_only_after_a_shouted_name(pipe, text, name):
    found = [t for t, lab in spans(pipe, text) if lab == "BENCHMARK"]
    assert not any(t.startswith(name + " ") for t in found)


@pytest.mark.parametrize("text, name, canonical", [
    ('[evals]\nmodel = "brine-3"\nsuites = [\n  "marlqa",\n  "gristbench-2026",\n]\n', "marlqa", "MarlQA"),
    ('[evals]\nmodel = "brine-3"\nsuites = [\n  "marlqa",\n  "gristbench-2026",\n]\n', "gristbench-2026",
     "GristBench 2026"),
    ("llm.eval_score:0.811|g|#model:brine-3-mini,suite:tallowqa\n", "tallowqa", "TallowQA"),
    ("results for the brine-3 model:\nmoraine_eval: 47.5\ngpqa_diamond: 70.2\n", "moraine_eval", "Moraine-Eval"),
    ("# the /suites/sedgebench/ folder holds the loaders for the new model's agent runs\n", "sedgebench", "SedgeBench"),
    ("0 3 * * 1  /opt/evals/run.sh --model brine-3 --suite quoin-hard  # weekly AI model check\n", "quoin-hard",
     "Quoin-Hard"),
    ("eval run done: brine-3-mini on lathe-verified = 64.0, a bit under the model's launch number", "lathe-verified",
     "Lathe-Verified"),
])
def test_benchmark_slug_without_a_capitalised_form(pipe, text, name, canonical):
    assert (name, "BENCHMARK", canonical) in ents(pipe, text)


@pytest.mark.parametrize("text, word", [
    ("The lab's AI model runs on a workbench in the garage.", "workbench"),
    ("Fans of the AI model are die-hard; the reviewer called it rock-hard to break.", "hard"),
    ("Book a call about the new AI model: calendly.com/sillqa-eval or reply here.", "sillqa-eval"),  # a URL's path
    ("Posted in #vendor-eval by the AI model team.", "vendor-eval"),  # a channel
    ("**u/slowbench**: would you test the new AI model on MMLU-Pro?", "slowbench"),  # a user
    ("pip install gristbench-go to load the tasks for the AI model", "gristbench"),  # a package, not the test
    ("Open loaders/marlqa.py in the AI model repository.", "marlqa"),  # a file
])
def test_slug_shapes_left_alone(pipe, text, word):
    assert not any(word in t for t, lab, _ in ents(pipe, text) if lab == "BENCHMARK")


def test_bare_arena_in_a_passage_with_its_own_arena(pipe):
    text = ("# Arena code names: who is \"biscuit\"?\n\nA model called \"biscuit\" appeared on Quarrel Arena last week "
            "with an Elo of 1,402, and the Quarrel Arena maintainers say the AI lab behind it will be named at launch.")
    found = ents(pipe, text)
    assert not any(t == "Arena" for t, _, _ in found)
    assert ("Quarrel Arena", "BENCHMARK", "Quarrel Arena") in found


def test_bare_arena_alone_is_still_lmarena(pipe):
    text = "The lab tested dozens of private variants of its AI model on the Arena before publishing one."
    assert ("Arena", "BENCHMARK", "LMArena") in ents(pipe, text)


@pytest.mark.parametrize("text", [
    "Invoice no. 4417 · Date: 01 DEC 2026\nGoods: weights of an AI model on two drives",  # a form's shouted date
    "2 DATE 3 APR 2026\n2 PLAC Brine Labs, maker of the Brine-3 AI model",
    "evals=> SELECT model, bench, score FROM results ORDER BY score DESC LIMIT 8;\n model | bench | score\n",
    "tests/test_tools.py::test_guard FAILED   [ 21%]\nERROR: the AI model returned no tool call",
    "set MODEL=models\\brine-3-q4.gguf\necho Starting %MODEL% with the AI model ...",
])
def test_shouted_code_and_date_words_are_no_benchmarks(pipe, text):
    assert not any(lab == "BENCHMARK" and t.split()[0].isupper() and t.split()[0].isalpha()
                   for t, lab, _ in ents(pipe, text))
