"""source_kind and comparison from the passage's structure (branch nlp-attrs11, README conventions 3 and 4).
Invented model and lab names throughout (Tolvik, Quillmoor, Kestrine, Harlowe, Saffrey, Ardenvale, Marrowby)."""
import pytest

import nlp


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in pipe(text)._.claims}


def _kinds(pipe, text):
    return {k: c["source_kind"] for k, c in _claims(pipe, text).items()}


def _rivals(pipe, text):
    return {k: c["is_comparison"] for k, c in _claims(pipe, text).items()}


# ------------------------------------------------------------------ source_kind: passage cues over tables and lists
STAFF = """Pre-release evaluation summary: Tolvik-2

Prepared by the Saffrey Evaluation Centre under its testing agreement with Harlowe AI. All scores were obtained by Centre staff on a held copy of the model.

| Model | GPQA Diamond | SWE-bench Verified |
|---|---|---|
| Tolvik-2 | 51.0 | 40.2 |
| Kestrine-4 | 48.3 | 38.9 |
"""

TEAM_RAN = """Procurement note: coding assistants for the Ardenvale county council

We shortlisted three suppliers. Our team ran each of them through the public harness.

Model | GPQA Diamond | SWE-bench Verified
Tolvik-2 | 51.0 | 40.2
Kestrine-4 | 48.3 | 38.9
"""


def test_scores_obtained_by_an_evaluators_staff_are_independent_over_the_table(pipe):
    kinds = _kinds(pipe, STAFF)
    assert kinds and set(kinds.values()) == {"independent"}


def test_our_team_ran_each_of_them_is_independent_over_the_table(pipe):
    kinds = _kinds(pipe, TEAM_RAN)
    assert kinds and set(kinds.values()) == {"independent"}


def test_scores_obtained_by_the_developers_staff_are_not_independent(pipe):
    text = STAFF.replace("Prepared by the Saffrey Evaluation Centre under its testing agreement with Harlowe AI. "
                         "All scores were obtained by Centre staff", "Harlowe AI released Tolvik-2 today. "
                         "All scores were obtained by Harlowe AI staff")
    kinds = _kinds(pipe, text)
    assert kinds and "independent" not in set(kinds.values())


def test_a_third_partys_own_runs_are_independent(pipe):
    text = ("Tolvik-2 under test\n\nThe Saffrey group, which had no part in building the model, tested it. "
            "On the full set, her team's own runs had Tolvik-2 completing 47.3% of GPQA Diamond and Kestrine-4 at 44.0%.\n")
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"independent"}


def test_a_companys_own_runs_stay_self_reported(pipe):
    text = "Harlowe AI released Tolvik-2. In the company's own runs Tolvik-2 reaches 47.3% on GPQA Diamond.\n"
    assert _kinds(pipe, text)[("Tolvik-2", "GPQA Diamond", 47.3)] == "self-reported"


def test_a_screenshot_of_an_internal_dashboard_stays_unknown(pipe):
    text = ("Leaks roundup\n\nA screenshot that circulated on Sunday, apparently taken from an internal evaluation "
            "dashboard at Harlowe AI, shows Tolvik-3 at 78.3% on SWE-bench Verified.\n")
    assert _kinds(pipe, text)[("Tolvik-3", "SWE-bench Verified", 78.3)] == "unknown"


def test_the_makers_own_headline_figures_are_self_reported(pipe):
    text = ("Review: Tolvik-2 in daily use\n\nWe used the model for a month. For context, the makers' own headline "
            "figures: Harlowe AI gives Tolvik-2 77.9% on SWE-bench Verified, Quillmoor gives Kestrine-4 80.9%.\n")
    kinds = _kinds(pipe, text)
    assert kinds[("Tolvik-2", "SWE-bench Verified", 77.9)] == "self-reported"


def test_the_authors_measured_is_independent(pipe):
    text = ("A new test of Sami questions\n\nResearchers at the Saffrey Institute published a benchmark of 800 "
            "questions. Scores are low for everyone: the authors measured Tolvik-2 at 31.5% and Kestrine-4 at 28.9% on GPQA Diamond.\n")
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"independent"}


def test_on_the_same_harness_takes_the_run_before_it(pipe):
    text = ("Contest notes\n\nPriya Dhar, who maintains the open Marrowby harness, ran 12 rounds and got 2,290 for "
            "Tolvik-2 on Codeforces. On the same harness Kestrine-4 reaches 2,115.\n")
    claims = _claims(pipe, text)
    assert claims[("Tolvik-2", "Codeforces", 2290.0)]["source_kind"] == "independent"
    assert claims[("Kestrine-4", "Codeforces", 2115.0)]["source_kind"] == "independent"
    assert claims[("Kestrine-4", "Codeforces", 2115.0)]["is_comparison"] is True
