"""nlp.bench_keepers: a benchmark named by its maintainers or organisers, or by a board heading (invented names)."""

from nlp import bench_keepers
import nlp as N
import pytest


def _always(_):
    return True


def _found(text, taken=()):
    return [(text[s:e], lab) for s, e, lab, _ in bench_keepers.find(text, list(taken), _always)]


def test_maintainers_name_a_benchmark_and_its_other_mentions_follow():
    text = "The Vortle-12 maintainers rescored every entry. Ottervale-3 now has 61.0% on Vortle-12."
    assert _found(text) == [("Vortle-12", "BENCHMARK"), ("Vortle-12", "BENCHMARK")]


def test_a_two_word_name_before_organisers():
    text = "A re-run by the Sloeberry Exam organisers gave 58.0%. Sloeberry Exam has 900 items."
    assert _found(text) == [("Sloeberry Exam", "BENCHMARK"), ("Sloeberry Exam", "BENCHMARK")]


def test_no_benchmark_from_an_organisations_name_or_a_pronoun():
    assert _found("The Brackenlow Collective organisers said the event went well.") == []
    assert _found("Its maintainers said so; the maintainers agree.") == []
    # an organisation word anywhere in the name
    assert _found("Sonnetry Labs Vortle maintainers met.") == []


def test_a_board_heading_needs_a_made_name():
    assert _found("Brindlewave-Agent board, week 3\n\n1. Ottervale-3 — 71.2%\n") == [("Brindlewave-Agent", "BENCHMARK")]
    assert _found("## Vortle-2026 leaderboard\n\nOttervale-3 leads.\n") == [("Vortle-2026", "BENCHMARK")]
    assert _found("School board, week 3\n\nThe budget grew.\n") == []


def test_nothing_found_before_is_relabelled_and_the_ai_gate_holds():
    text = "The Vortle-12 maintainers rescored every entry."
    assert _found(text, [(4, 13, "MODEL")]) == []
    assert bench_keepers.find(text, [], lambda i: False) == []


@pytest.fixture(scope="module")
def nlp():
    return N.load()


def test_a_model_guess_becomes_a_benchmark_when_its_maintainers_are_named():
    text = "The Vortle-12 maintainers rescored Ottervale-3. Vortle-12 gave it 61.0%."
    new = [(4, 13, "MODEL", "Vortle-12"), (35, 46, "MODEL", "Ottervale-3"), (48, 57, "MODEL", "Vortle-12")]
    assert [lab for _, _, lab, _ in bench_keepers.relabel(text, new, _always)] == ["BENCHMARK", "MODEL", "BENCHMARK"]
    assert bench_keepers.relabel(text, new, lambda i: False) == new
    assert bench_keepers.relabel("Vortle-12 rescored Ottervale-3.", new[:1], _always) == new[:1]


def test_whole_pipeline_pairs_the_rescored_claim(nlp):
    # the name's shape says model; only its maintainers say benchmark
    doc = nlp("Vortle-12 rescoring notice\n\nThe Vortle-12 maintainers rescored every AI model after finding 40 broken "
              "items. Vortle-12 now gives the language model Ottervale-3 61.0%, down from 63.5%.")
    assert [e.label_ for e in doc.ents if e.text == "Vortle-12"] == ["BENCHMARK"] * 3
    assert ("Ottervale-3", "Vortle-12", 61.0) in {(c["model"], c["benchmark"], c["score"]) for c in doc._.claims}


def test_whole_pipeline_finds_the_board_in_its_heading(nlp):
    doc = nlp("Brindlewave-Agent board, week 3\n\n1. Ottervale-3, the LLM agent — 71.2%\n2. Sonnetry-2 — 66.0%\n")
    assert [(e.text, e.label_) for e in doc.ents][:1] == [("Brindlewave-Agent", "BENCHMARK")]


def test_a_hyphenated_phrase_is_no_made_name():
    assert _found("Speech-to-Text board, week 2\n\nOttervale-3 leads the AI models.\n") == []


def test_a_short_form_takes_the_year_the_passage_writes():
    text = "Gorsefell 2026: rescoring notice\n\nThe Gorsefell maintainers rescored every run."
    found = bench_keepers.find(text, [], _always)
    assert [(text[s:e], canon) for s, e, _, canon in found] == [("Gorsefell 2026", "Gorsefell 2026"), ("Gorsefell", "Gorsefell 2026")]
