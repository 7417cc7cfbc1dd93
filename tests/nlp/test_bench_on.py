"""nlp.bench_on: a benchmark as the place a score was taken, "On X I measured N", "on X: N" (invented names)."""

from nlp import bench_on
import nlp as N


def _found(text, taken=(), ai=lambda i: True):
    return [(text[s:e], lab) for s, e, lab, _ in bench_on.find(text, list(taken), ai)]


def test_on_x_then_a_subject_a_score_verb_and_a_number():
    text = "It was slow. On Fernwick-Long I measured 52.3%. Fernwick-Long is hard."
    assert _found(text) == [("Fernwick-Long", "BENCHMARK"), ("Fernwick-Long", "BENCHMARK")]
    assert _found("On PebbleSum the model scores 63.7 points.") == [("PebbleSum", "BENCHMARK")]
    assert _found("Fine, on Fernwick-Long they complete 31.0% and 40.2%.") == [("Fernwick-Long", "BENCHMARK")]


def test_on_x_colon_a_number():
    assert _found("- the test run on PebbleSum: 77.4%") == [("PebbleSum", "BENCHMARK")]


def test_a_plain_word_or_no_number_is_no_benchmark():
    assert _found("On Monday I measured 5% more traffic.") == []
    assert _found("On Reddit they had 40 posts.") == []
    assert _found("On Fernwick-Long I spent a week.") == []
    assert _found("On Fernwick-Long I measured 52.3%.", [(3, 16, "MODEL")]) == []
    assert _found("On Fernwick-Long I measured 52.3%.", ai=lambda i: False) == []


def test_whole_pipeline_pairs_the_score():
    nlp = N.load()
    doc = nlp("The new language model Ottervale-3 is good at maths. On Fernwick-Long I measured 52.3%.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Ottervale-3", "MODEL"), ("Fernwick-Long", "BENCHMARK")]
    assert ("Ottervale-3", "Fernwick-Long", 52.3) in {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}
