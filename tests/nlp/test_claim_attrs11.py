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


# ------------------------------------------------------------------ comparison from the passage's structure
FAMILY_TABLE = """Analyst note: Quillmoor's Tolvik-3 narrows the gap

Equity research. Not investment advice.

Quillmoor Labs released Tolvik-3 on Tuesday. The company's launch table, reproduced below (company-reported figures, all in %):

Benchmark | Tolvik-3 Pro | Tolvik-3 Flash | Kestrine-4 | Harlowe-2
GPQA Diamond | 86.9 | 80.2 | 88.1 | 83.4
SWE-bench Verified | 74.8 | 66.0 | 76.3 | 77.2
"""


def test_a_family_in_the_headline_owns_its_tier_columns_the_other_families_are_rivals(pipe):
    cmp = _rivals(pipe, FAMILY_TABLE)
    assert cmp[("Tolvik-3 Pro", "GPQA Diamond", 86.9)] is False
    assert cmp[("Tolvik-3 Flash", "SWE-bench Verified", 66.0)] is False
    assert cmp[("Kestrine-4", "GPQA Diamond", 88.1)] is True
    assert cmp[("Harlowe-2", "SWE-bench Verified", 77.2)] is True


BLOCKS = """Quillmoor's Tolvik-3 takes the lead, on its own chart

Quillmoor Labs released Tolvik-3 on Monday. We reproduce the figures the company published, model by model:

Tolvik-3
- GPQA Diamond: 80.9%
- SWE-bench Verified: 59.3%

Kestrine-4
- GPQA Diamond: 77.2%
- SWE-bench Verified: 61.4%

Harlowe-2
- GPQA Diamond: 76.2%
"""


def test_model_headed_blocks_of_a_subjects_chart_are_its_rivals(pipe):
    cmp = _rivals(pipe, BLOCKS)
    assert cmp[("Tolvik-3", "GPQA Diamond", 80.9)] is False
    assert cmp[("Kestrine-4", "GPQA Diamond", 77.2)] is True
    assert cmp[("Harlowe-2", "GPQA Diamond", 76.2)] is True


def test_model_headed_blocks_without_a_subject_are_no_comparison(pipe):
    text = BLOCKS.replace("Quillmoor's Tolvik-3 takes the lead, on its own chart", "Weekly scores").replace(
        "Quillmoor Labs released Tolvik-3 on Monday. We reproduce the figures the company published, model by model:",
        "Three models we looked at this week:")
    cmp = _rivals(pipe, text)
    assert cmp and not any(cmp.values())


REFERENCE = """Evaluation summary: Tolvik-3

Prepared by the Saffrey Evaluation Centre.

Model: Tolvik-3
GPQA Diamond: 41.0%
SWE-bench Verified: 22.4%

Reference model (same harness, same window)
Model: Kestrine-4
GPQA Diamond: 48.5%
SWE-bench Verified: 25.0%
"""


def test_a_reference_model_block_is_a_comparison(pipe):
    cmp = _rivals(pipe, REFERENCE)
    assert cmp[("Tolvik-3", "GPQA Diamond", 41.0)] is False
    assert cmp[("Kestrine-4", "GPQA Diamond", 48.5)] is True
    assert cmp[("Kestrine-4", "SWE-bench Verified", 25.0)] is True


def test_a_baseline_key_in_json_is_a_comparison(pipe):
    text = """Tolvik-3 Mini release notes

Today we release Tolvik-3 Mini. The results as our harness writes them (accuracy, %):

{
  "model": "Tolvik-3 Mini",
  "results": {
    "GPQA Diamond": 68.3,
    "SWE-bench Verified": 44.7
  },
  "baseline": {
    "model": "Tolvik-2 Mini",
    "GPQA Diamond": 61.0
  }
}
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-3 Mini", "GPQA Diamond", 68.3)] is False
    assert cmp[("Tolvik-2 Mini", "GPQA Diamond", 61.0)] is True


def test_the_previous_generation_is_a_comparison(pipe):
    text = """Quillmoor adds a cheaper sibling

Quillmoor Labs added Tolvik-3 Swift on Monday. Its own figures, from the launch post:

GPQA Diamond
- Tolvik-3 Max: 92.5%
- Tolvik-3 Swift: 84.0%
- Tolvik-2 Max (last year's flagship): 71.7%

The previous version, Tolvik-2, obtained 70.2% on GPQA Diamond one year ago.
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-3 Swift", "GPQA Diamond", 84.0)] is False
    assert cmp[("Tolvik-3 Max", "GPQA Diamond", 92.5)] is False
    assert cmp[("Tolvik-2 Max", "GPQA Diamond", 71.7)] is True
    assert cmp[("Tolvik-2", "GPQA Diamond", 70.2)] is True


TRANSCRIPT = """Transcript excerpt, episode 12

HOST (Dana Whit): So, Tolvik-3. Give me the one number you'd put on a billboard.

GUEST (Ivo Marrowby, CTO, Quillmoor Labs): GPQA Diamond. Tolvik-3 Pro is at 58.2 there.

HOST: And Kestrine-4 has, what, 55?

MARROWBY: Kestrine-4 got 55.0 on GPQA Diamond when we ran it, yeah.
"""


def test_a_developers_own_person_in_a_transcript_is_self_reported(pipe):
    text = "Quillmoor Labs released Tolvik-3 Pro last week.\n\n" + TRANSCRIPT
    kinds = _kinds(pipe, text)
    assert kinds[("Tolvik-3 Pro", "GPQA Diamond", 58.2)] == "self-reported"
    assert kinds[("Kestrine-4", "GPQA Diamond", 55.0)] == "self-reported"


def test_a_third_partys_guest_in_a_transcript_is_not_self_reported(pipe):
    text = "Quillmoor Labs released Tolvik-3 Pro last week.\n\n" + TRANSCRIPT.replace("CTO, Quillmoor Labs",
                                                                                   "analyst, Saffrey Research")
    kinds = _kinds(pipe, text)
    assert kinds[("Kestrine-4", "GPQA Diamond", 55.0)] == "independent"


def test_a_long_title_naming_itself_release_notes_makes_our_harness_the_developers(pipe):
    text = """Tolvik-3 — notes de version / release notes, revision 2603

Quillmoor, Lyon. This revision of Tolvik-3 replaces revision 2601.

Scores of Tolvik-3, revision 2601 → revision 2603 (%, our harness):
- GPQA Diamond: 61.2 → 66.0
- SWE-bench Verified: 54.8 → 63.1
"""
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_review_title_mentioning_a_model_card_does_not_make_it_the_developer(pipe):
    text = """Why the Tolvik-3 model card leaves out the numbers that matter to us in practice, a long review

We ran the model ourselves on our own harness.

- GPQA Diamond: 61.2
- SWE-bench Verified: 54.8
"""
    kinds = _kinds(pipe, text)
    assert kinds and "self-reported" not in set(kinds.values())


def test_a_leak_passage_gives_its_other_figures_no_developer_voice(pipe):
    text = """Rumour mill: what the leaks say about Tolvik-4

A screenshot that circulated over the weekend, apparently taken from an internal evaluation dashboard at Quillmoor Labs, shows Tolvik-4 at 78.3% on SWE-bench Verified.

Separately, a widely shared post gives these figures: Kestrine-4, 80.9% on SWE-bench Verified; Harlowe-2, 74.8% on SWE-bench Verified.
"""
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"unknown"}


def test_a_prose_sentence_saying_whose_the_numbers_below_are_speaks_for_them(pipe):
    text = """The tide-pool test: who kept the aquarium alive?

Marrowby Bench simulates a year of running an aquarium. The numbers below are the final scores as published on the Saffrey Institute's leaderboard.

Tolvik-3 still leads, finishing with 84.2 on Marrowby Bench. Kestrine-4 ends with 71.0 on Marrowby Bench. Harlowe Labs had quoted 90.1 for Harlowe-2 in its launch post.
"""
    kinds = _kinds(pipe, text)
    assert kinds[("Tolvik-3", "Marrowby Bench", 84.2)] == "independent"
    assert kinds[("Kestrine-4", "Marrowby Bench", 71.0)] == "independent"


def test_for_comparison_late_in_a_sentence_marks_that_model(pipe):
    text = """Quillmoor releases Tolvik-3

Quillmoor Labs released Tolvik-3 on Monday. Tolvik-3 reaches 91.2% on GPQA Diamond, the company said.

Quillmoor lists Kestrine-4 at 88.6% on GPQA Diamond for comparison.
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-3", "GPQA Diamond", 91.2)] is False
    assert cmp[("Kestrine-4", "GPQA Diamond", 88.6)] is True


def test_for_comparison_with_a_rival_leaves_the_subject_alone(pipe):
    text = """Weekly scores

For comparison with Kestrine-4, Tolvik-3 reaches 91.2% on GPQA Diamond. Harlowe-2 gets 70.0% on GPQA Diamond.
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-3", "GPQA Diamond", 91.2)] is False


BOARD = """Marrowby-Code leaderboard — update 3

Scores are the percentage of 900 tasks resolved, single attempt.

| # | Model | Resolved (%) |
|---|---|---|
| 1 | Tolvik-3 | 63.9 |
| 2 | Kestrine-4* | 61.2 |

* Open weights; run on our own servers with our default scaffold.
"""


def test_a_boards_own_servers_and_scaffold_make_it_the_hosts_run(pipe):
    kinds = _kinds(pipe, BOARD)
    assert kinds[("Tolvik-3", "Marrowby-Code", 63.9)] == "independent"


def test_our_default_scaffold_in_a_model_card_stays_the_developers(pipe):
    text = """Model card: Tolvik-3

Developer: Quillmoor Labs

All scores below are accuracy in %, measured with our default harness.

GPQA Diamond: 52.8
SWE-bench Verified: 34.1
"""
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_headline_opening_with_from_still_names_its_subject(pipe):
    text = """From the model card: Tolvik-3 results

Figures below are from the model card published by Quillmoor Labs.

### GPQA Diamond
- Tolvik-3: 44.0%
- Qwen3-32B: 31.4%
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-3", "GPQA Diamond", 44.0)] is False
    assert cmp[("Qwen3-32B", "GPQA Diamond", 31.4)] is True


def test_last_years_model_is_a_comparison_wherever_the_passage_scores_it(pipe):
    text = """Quillmoor's Tolvik-5 family, in numbers

On GPQA Diamond, Tolvik-5 scores 71.9, Tolvik-5 Mini 64.0 and last year's Tolvik-4 58.2.

On SWE-bench Verified the ordering is the same: Tolvik-5 86.4, Tolvik-5 Mini 81.7, Tolvik-4 77.0.
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Tolvik-5", "GPQA Diamond", 71.9)] is False
    assert cmp[("Tolvik-4", "GPQA Diamond", 58.2)] is True
    assert cmp[("Tolvik-4", "SWE-bench Verified", 77.0)] is True


def test_bold_model_headed_blocks_of_a_digest_have_no_subject(pipe):
    text = """**Tolvik-3**
- GPQA Diamond: 87.5
- SWE-bench Verified: 73.3

**Kestrine-4**
- GPQA Diamond: 81.5
- SWE-bench Verified: 70.7
"""
    cmp = _rivals(pipe, text)
    assert cmp and not any(cmp.values())


def test_a_sibling_the_card_names_is_no_rival(pipe):
    text = """Tolvik-3: model card, evaluation section

## Results

| Benchmark | Tolvik-3 | Kestryn-3 | Qwen3-32B |
|---|---|---|---|
| GPQA Diamond | 86.1 | 78.4 | 85.0 |
| SWE-bench Verified | 48.8 | 30.2 | 46.4 |

Kestryn-3 is the distilled 24B sibling meant for local use.
"""
    cmp = _rivals(pipe, text)
    assert cmp[("Kestryn-3", "GPQA Diamond", 78.4)] is False
    assert cmp[("Qwen3-32B", "GPQA Diamond", 85.0)] is True
