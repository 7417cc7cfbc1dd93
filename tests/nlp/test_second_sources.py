"""A second party's figure for the model and benchmark the passage has just scored (nlp.second_sources): a maker's
own figure after a re-run, a re-run after the maker's figure. Invented names (Brattlewick-4, Hobwell Labs,
TorvaldQA-Bench, Pemsby Hospital); the sentences are written for these tests."""
import pytest

from nlp.second_sources import second_sources

NAMES = [("Brattlewick-4", "MODEL"), ("Brattlewick-3", "MODEL"), ("Hobwell Labs", "ORG"),
         ("TorvaldQA-Bench", "BENCHMARK"), ("CrannogEval", "BENCHMARK")]


def ents_of(text):
    out = []
    for name, label in NAMES:
        at = text.find(name)
        while at >= 0:
            out.append((at, at + len(name), label, name))
            at = text.find(name, at + len(name))
    return sorted(out)


def first_claim(text, sentence, score, model="Brattlewick-4", bench="TorvaldQA-Bench", **extra):
    a = text.index(sentence)
    return dict({"model": model, "benchmark": bench, "score": score, "unit": "%", "start": a,
                 "end": a + len(sentence)}, **extra)


def added(text, claims):
    return {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in second_sources(text, claims, ents_of(text))}


@pytest.mark.parametrize("first, second, score", [
    # the maker's figure after an outside run
    ("On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench.", "Hobwell Labs, the developer, reported 64.5% "
     "at launch.", 64.5),
    ("On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench.", "The vendor quotes 64.5 percent in its deck.",
     64.5),
    # an outside run after the maker's figure
    ("Hobwell Labs says Brattlewick-4 solves 64.5% of TorvaldQA-Bench.", "Clinicians at Pemsby Hospital tried the "
     "test themselves and got 58.0%.", 58.0),
    ("Hobwell Labs says Brattlewick-4 solves 64.5% of TorvaldQA-Bench.", "One reader who tested the public weights "
     "found 60.1% on the same split.", 60.1),
])
def test_a_second_partys_figure_goes_to_the_pair_just_scored(first, second, score):
    text = "Launch week.\n\n" + first + " " + second
    assert added(text, [first_claim(text, first, 61.2 if "61.2" in first else 64.5)]) == {
        ("Brattlewick-4", "TorvaldQA-Bench", score, "%")}


def test_the_figure_after_whereas_in_the_same_sentence():
    s = "Brattlewick-4 solved 61.2% of TorvaldQA-Bench in our tests, whereas the company had claimed 66.0% in May."
    text = "Launch week.\n\n" + s
    assert added(text, [first_claim(text, s, 61.2)]) == {("Brattlewick-4", "TorvaldQA-Bench", 66.0, "%")}


def test_the_keepers_rescored_the_previous_checkpoint():
    a = "Brattlewick-4 now solves 61.2% of TorvaldQA-Bench."
    text = a + "\n\nIts price fell by a third.\n\nThe TorvaldQA-Bench keepers measured the previous checkpoint at 57.4%."
    assert added(text, [first_claim(text, a, 61.2)]) == {("Brattlewick-4", "TorvaldQA-Bench", 57.4, "%")}


@pytest.mark.parametrize("second", [
    "The company reported 48% revenue growth.",             # no score: the noun after the figure says what it is
    "The developer reported that 73% of its customers renewed.",
    "The company reported a quarter of 12% growth.",
    "Doctors at Pemsby Hospital got 79% on their own.",      # no run of the model: a human baseline
    "Hobwell Labs reported 64.5% for Brattlewick-3.",       # another model: not this pair's figure
    "The developer reported 64.5% on CrannogEval.",         # another benchmark
    "The company had 300 staff. Users got 70% cheaper rates after the change.",
])
def test_figures_that_are_not_a_second_source_stay_unread(second):
    first = "On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench."
    text = "Launch week.\n\n" + first + " " + second
    assert added(text, [first_claim(text, first, 61.2)]) == set()


def test_two_pairs_before_it_leave_the_owner_open():
    first = "On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench and 40.0% of CrannogEval."
    text = first + " The firm's own launch post quotes 64.5%."
    claims = [first_claim(text, first, 61.2), first_claim(text, first, 40.0, bench="CrannogEval")]
    assert added(text, claims) == set()


def test_a_rivals_figure_is_not_the_pair():
    first = "On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench."
    text = first + " The firm's own launch post quotes 64.5%."
    assert added(text, [first_claim(text, first, 61.2, is_comparison=True)]) == set()


def test_a_sentence_two_sentences_back_is_too_far():
    first = "On our bench, Brattlewick-4 solved 61.2% of TorvaldQA-Bench."
    text = first + " Prices start at two dollars. The firm's own launch post quotes 64.5%."
    assert added(text, [first_claim(text, first, 61.2)]) == set()


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe


@pytest.mark.parametrize("text, score", [
    ("Hobwell Labs released Brattlewick-4 on Monday. In our own run, Brattlewick-4 answered 61.2% of TorvaldQA-Bench "
     "correctly. The firm's own launch post quotes 64.5%.", 64.5),
    ("Hobwell Labs says its model Brattlewick-4 answers 64.5% of TorvaldQA-Bench correctly. Staff at Pemsby "
     "Hospital repeated the run on their own laptops and measured 58.0%.", 58.0),
])
def test_the_pipeline_keeps_both_sources_figures(p, text, score):
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}
    assert ("Brattlewick-4", "TorvaldQA-Bench", score) in got, sorted(got)
    assert len(got) == 2, sorted(got)
