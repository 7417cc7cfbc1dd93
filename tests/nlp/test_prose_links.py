"""Round 14: who a figure in prose belongs to (nlp.prose_links) — "vs X …:" lines, "compared its model with X",
re-runs, corrections — and a quoted prediction ("will "hit 90"") left out. Sentences written for these tests; every
name is invented (Tamsin-4, Pallister-2, Hobnail 5, Brisk-QA, Fettle Index, Hobnail AI appear in no set)."""
from __future__ import annotations

import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)

MODELS = ["Tamsin-4", "Pallister-2", "Hobnail 5"]
BENCHES = ["Brisk-QA", "Fettle Index"]
ORGS = ["Hobnail AI"]


def claims(pipe, text):
    doc = annotate(pipe, text, ents(MODELS, BENCHES, ORGS))
    return sorted((c["model"], c["benchmark"], c["score"], bool(c.get("is_comparison"))) for c in doc._.claims)


# --------------------------------------------------------------------------- "vs X …: figures"

@pytest.mark.parametrize("text", [
    "We just released Tamsin-4. Our own evals: 61.9% on Brisk-QA, 44.0% on Fettle Index.\n\n"
    "4/6 vs Pallister-2 on the same harness: 48.3% Brisk-QA, 31.5% Fettle Index. Big jump.",
    "Thread on Tamsin-4. Our own evals: 61.9% on Brisk-QA, 44.0% on Fettle Index.\n\n"
    "- versus Pallister-2 with the same harness: 48.3% on Brisk-QA, 31.5% on Fettle Index.",
])
def test_vs_line_gives_figures_to_the_rival(pipe, text):
    got = claims(pipe, text)
    assert ("Pallister-2", "Brisk-QA", 48.3, True) in got
    assert ("Pallister-2", "Fettle Index", 31.5, True) in got
    assert not any(m == "Tamsin-4" and s in (48.3, 31.5) for m, _, s, _ in got)


def test_vs_with_a_second_model_after_the_colon_is_left_alone(pipe):
    got = claims(pipe, "Tamsin-4 is out.\n\nvs Pallister-2: Hobnail 5 gets 48.3% on Brisk-QA.")
    assert ("Pallister-2", "Brisk-QA", 48.3, True) not in got


# --------------------------------------------------------------------------- "compared its model with X"

@pytest.mark.parametrize("text", [
    "Hobnail AI released Tamsin-4, which gets 78.5% on Brisk-QA. Hobnail AI compared its model too with Pallister-2, "
    "which in its tests gets 89.3% on Brisk-QA.",
    "Hobnail AI released Tamsin-4, which gets 78.5% on Brisk-QA.\n\nThe company also compared the model with "
    "Pallister-2, which reaches 89.3% on Brisk-QA in its tests.",
])
def test_compared_with_rival(pipe, text):
    got = claims(pipe, text)
    assert ("Pallister-2", "Brisk-QA", 89.3, True) in got
    assert ("Tamsin-4", "Brisk-QA", 78.5, False) in got


# --------------------------------------------------------------------------- re-runs

@pytest.mark.parametrize("text, value", [
    ("Hobnail AI says Tamsin-4 gets 78.5% on Brisk-QA. The maintainers re-ran Tamsin-4 on Brisk-QA. They got 74.8%.", 74.8),
    ("Hobnail AI says Tamsin-4 gets 78.5% on Brisk-QA. When the benchmark's maintainers re-ran the model with the "
     "standard prompt, they got 74.8%.", 74.8),
    ("Our model Tamsin-4 scores 70.1% on Brisk-QA. Independent testers re-ran it and found 66.3%.", 66.3),
])
def test_rerun_figure(pipe, text, value):
    assert ("Tamsin-4", "Brisk-QA", value, False) in claims(pipe, text)


@pytest.mark.parametrize("text", [
    "Tamsin-4 scores 70.1% on Brisk-QA. The lab re-ran the model on 50 tasks.",
    # no earlier figure of that model on that benchmark: nothing to check, nothing added
    "The maintainers re-ran Tamsin-4 last week, and they got 74 complaints.",
])
def test_rerun_without_a_figure(pipe, text):
    assert not any(s in (50.0, 74.0) for _, _, s, _ in claims(pipe, text))


# --------------------------------------------------------------------------- corrections and predictions

@pytest.mark.parametrize("text, new", [
    ("An article said that Tamsin-4 scored 64.1% on Brisk-QA. That figure was wrong: the release gives 61.4%, and we "
     "transposed two digits.", 61.4),
    ("Hobnail 5 gets 58% on Brisk-QA. An article said that Tamsin-4 scored 64.1% on Brisk-QA. This number was "
     "incorrect; the correct one is 61.4%.", 61.4),
    ("Tamsin-4 scored 64.1% on Brisk-QA. The figure was a typo: it is 46.1%.", 46.1),
])
def test_corrected_figure_replaces_the_old(pipe, text, new):
    got = claims(pipe, text)
    assert ("Tamsin-4", "Brisk-QA", new, False) in got
    assert not any(s == 64.1 for _, _, s, _ in got)


def test_figure_named_a_typo_is_withdrawn(pipe):
    got = claims(pipe, "Retraction: last week we wrote that Tamsin-4 scored 52% on Brisk-QA. It was 45.2%, from the sheet "
                       "we quoted; 52 was a typo.")
    assert [s for _, _, s, _ in got] == [45.2]
    # a typo named in a sentence that gives no figure of a claim: the claims stay
    got = claims(pipe, "Tamsin-4 scored 52% on Brisk-QA. Pallister-2 scored 52% too. Nothing was wrong with the harness, "
                       "and 3 was a typo in the table.")
    assert [s for _, _, s, _ in got] == [52.0, 52.0]


def test_withdrawn_without_a_new_figure(pipe):
    assert claims(pipe, "Tamsin-4 scored 64.1% on Brisk-QA. That figure was wrong, we regret the error.") == []


def test_quoted_prediction_is_no_claim_but_a_screenshot_is(pipe):
    got = claims(pipe, 'A rumour on a forum claims Tamsin-4 will "hit 90 on Brisk-QA". A screenshot shows Pallister-2 '
                       'at 83% on Brisk-QA.')
    assert [s for _, _, s, _ in got] == [83.0]  # README convention 5: projections out; 4: a screenshot is unknown


# --------------------------------------------------------------------------- shown by mistake, written before a correction

def test_a_figure_previously_shown_on_a_board_is_withdrawn(pipe):
    text = ("Fettle Index update, week 9\n\nAfter a grader fix the board changed:\n\n"
            "- Tamsin-4: 58.5% (previously shown as 60.5%)\n- Pallister-2: 47.0% (previously shown as 44.5%)")
    got = claims(pipe, text)
    assert ("Tamsin-4", "Fettle Index", 58.5, False) in got and ("Pallister-2", "Fettle Index", 47.0, False) in got
    assert not any(s in (60.5, 44.5) for _, _, s, _ in got), got


def test_a_figure_printed_by_mistake_is_withdrawn(pipe):
    text = ("Erratum. In our review the result of Tamsin-4 on Brisk-QA was printed as 73.1%; the correct value is "
            "71.3%.")
    got = claims(pipe, text)
    assert ("Tamsin-4", "Brisk-QA", 71.3, False) in got
    assert not any(s == 73.1 for _, _, s, _ in got), got


def test_what_we_wrote_before_a_correction_is_withdrawn(pipe):
    text = ("Correction. Two days ago we said that Hobnail 5 reached 66% on Brisk-QA; the right figure is 62.5%, "
            "according to the Hobnail AI card.")
    got = claims(pipe, text)
    assert ("Hobnail 5", "Brisk-QA", 62.5, False) in got
    assert not any(s == 66.0 for _, _, s, _ in got), got


def test_what_we_wrote_stays_without_a_correction(pipe):
    text = "Back in May we said that Hobnail 5 reached 66% on Brisk-QA, and it still does."
    assert ("Hobnail 5", "Brisk-QA", 66.0, False) in claims(pipe, text)
