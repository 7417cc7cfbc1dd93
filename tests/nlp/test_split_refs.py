"""A named split met again as "the pure split" / "the original set" (nlp.split_refs), and figures for "the same
models" (nlp.same_models). Invented names (Wrenfall-QA, Murrain Bench, Sibrel, Pyrrin, Hexel); the last tests run
the whole pipeline."""
import pytest

from nlp.split_refs import rebind_splits, split_pairs, written_splits


def _claim(model, bench, score, sentence, start=0):
    return {"model": model, "benchmark": bench, "score": score, "unit": "%", "sentence": sentence, "start": start,
            "end": start + len(sentence)}


ENTS = [(0, 11, "BENCHMARK", "Wrenfall-QA"), (20, 36, "BENCHMARK", "Wrenfall-QA-Pure")]


def test_split_pairs_need_one_word_of_letters():
    assert split_pairs({"Wrenfall-QA", "Wrenfall-QA-Pure"}) == {"pure": ("Wrenfall-QA", "Wrenfall-QA-Pure")}
    # a year, a version or a whole-test word is no split
    assert split_pairs({"Wrenfall-QA", "Wrenfall-QA 2026", "Wrenfall-QA v2", "Wrenfall-QA Full"}) == {}


def test_the_phrase_after_the_figure_wins_else_the_last_one_before():
    s = "Sibrel-4 scores 70.1% on the original and 64.3% on the pure split."
    c1, c2 = _claim("Sibrel-4", "Wrenfall-QA-Pure", 70.1, s), _claim("Sibrel-4", "Wrenfall-QA", 64.3, s)
    rebind_splits("", [c1, c2], ENTS)
    assert (c1["benchmark"], c2["benchmark"]) == ("Wrenfall-QA", "Wrenfall-QA-Pure")
    s = "On the pure split, Sibrel-4 scores 61.0% and Pyrrin 2 58.5%."
    c3 = _claim("Pyrrin 2", "Wrenfall-QA", 58.5, s)
    rebind_splits("", [c3], ENTS)
    assert c3["benchmark"] == "Wrenfall-QA-Pure"


def test_other_benchmarks_and_lone_benchmarks_keep_their_claims():
    s = "On the pure split, Sibrel-4 scores 61.0% on Hexel-Math."
    c = _claim("Sibrel-4", "Hexel-Math", 61.0, s)
    rebind_splits("", [c], ENTS)
    assert c["benchmark"] == "Hexel-Math"
    c = _claim("Sibrel-4", "Wrenfall-QA", 61.0, s)
    rebind_splits("", [c], ENTS[:1])  # no split named in the passage
    assert c["benchmark"] == "Wrenfall-QA"


def test_a_split_written_as_parent_plus_word_and_called_by_the_word():
    text = "They kept a harder Murrain Bench Night split. Later, on the night split, scores fell."
    ents = [(19, 32, "BENCHMARK", "Murrain Bench")]
    assert written_splits(text, ents) == {"Murrain Bench Night": "Murrain Bench"}
    # never called "the night split": no split
    assert written_splits("They kept a harder Murrain Bench Night split.", ents) == {}


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py)


def _got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


def test_the_same_models_take_the_run_before_in_order(p):
    text = ("Sibrel-4, Pyrrin 2 and Hexel 7 were tested on Wrenfall-QA, a reading benchmark. "
            "On Wrenfall-QA, Sibrel-4 scores 71.5%, Pyrrin 2 66.0% and Hexel 7 59.5%. "
            "The authors also built a pure split, Wrenfall-QA Pure, without the leaked items. "
            "Restricted to the pure split, the same models reach only 63.5%, 60.5% and 48.0%.")
    got = _got(p, text)
    assert {("Sibrel-4", "Wrenfall-QA Pure", 63.5), ("Pyrrin 2", "Wrenfall-QA Pure", 60.5),
            ("Hexel 7", "Wrenfall-QA Pure", 48.0)} <= got
    assert ("Sibrel-4", "Wrenfall-QA", 71.5) in got
    assert not any(v in (63.5, 60.5, 48.0) and b == "Wrenfall-QA" for _, b, v in got)


def test_a_longer_run_before_gives_no_owners(p):
    text = ("On Wrenfall-QA, Sibrel-4 scores 71.5%, Pyrrin 2 66.0% and Hexel 7 59.5%. "
            "Two of the systems were re-run; both models gained, to 73.0% and 69.5%.")
    got = _got(p, text)
    assert not any(m == "Hexel 7" and v in (73.0, 69.5) for m, _, v in got)
