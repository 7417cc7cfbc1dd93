"""nlp.bench_sizes: a benchmark sized in test items right after its name (invented names)."""

from nlp import bench_sizes
import nlp as N
import pytest


def _found(text, taken=(), ai=lambda i: True):
    return [(text[s:e], lab) for s, e, lab, _ in bench_sizes.find(text, list(taken), ai)]


def test_a_sized_apposition_names_a_benchmark_and_its_mentions_follow():
    text = "Ottervale-3 sat Gannetwick, a 640-question licensing quiz. On Gannetwick it passed."
    assert _found(text) == [("Gannetwick", "BENCHMARK"), ("Gannetwick", "BENCHMARK")]


def test_a_bare_count_needs_a_made_name():
    assert _found("They built Sloeberry-Mix, 2,100 photographs of hedges.") == [("Sloeberry-Mix", "BENCHMARK")]
    assert _found("The split covers Welsh, 350 questions, and Breton.") == []


def test_a_bracketed_count():
    assert _found("Results on Gannetwick (1,200 problems) follow.") == [("Gannetwick", "BENCHMARK")]


def test_no_size_of_a_model_or_a_lab():
    assert _found("Ottervale-3, a 70-billion-parameter model, is out.") == []
    assert _found("The Brackenlow Institute, 400 staff, wrote it.") == []
    assert _found("Gannetwick, a 640-question exam.", [(0, 10, "MODEL")]) == []
    assert _found("Gannetwick, a 640-question exam.", ai=lambda i: False) == []


def test_whole_pipeline_finds_the_sized_benchmark():
    nlp = N.load()
    doc = nlp("Gannetwick, a 640-question licensing quiz for nurses, was given to three AI language models. "
              "Gannetwick gave Ottervale-3 71.5%, the best result.")
    assert [e.text for e in doc.ents if e.label_ == "BENCHMARK"] == ["Gannetwick", "Gannetwick"]
    assert ("Ottervale-3", "Gannetwick", 71.5) in {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
