"""Claim attributes over lists and tables (nlp.source_scope, nlp.claim_rivals) and two references
(nlp.claim_discourse): a caption paragraph's source cue covers the table under it, a note speaks per
column or for the rivals only, a lab's first-person release is its voice; the passage's subject makes
the other models' scores comparisons; a correction's figures take the benchmark just named; a lab
stands for the longest name of its released model. Invented names throughout."""
import pytest

import nlp
from nlp.claim_rivals import _after_arrow, subjects, variant
from nlp.source_scope import caption_scopes, clause_kind, clauses, number_clause_kind, page_owners, variant_makers


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in pipe(text)._.claims}


# ------------------------------------------------------------------------------- source scopes
CAPTION = """Quarterly notes on open models

The table below compares three open models. Scores are as reported by each developer.

Benchmark\tBrantle-4\tCorvane-2\tOssel-3
GPQA Diamond\t71.2\t65.0\t60.3
AIME 2025\t80.5\t77.1\t70.9
"""


def test_a_caption_paragraph_over_a_table_speaks_for_every_row(pipe):
    found = _claims(pipe, CAPTION)
    assert len(found) == 6
    assert {c["source_kind"] for c in found.values()} == {"self-reported"}
    # without the caption's cue, the same table says nothing of its source
    bare = _claims(pipe, CAPTION.replace(" Scores are as reported by each developer.", ""))
    assert {c["source_kind"] for c in bare.values()} == {"unknown"}


def test_caption_scopes_need_a_short_paragraph_with_a_caption_word_over_a_block():
    scopes = caption_scopes(CAPTION)
    assert len(scopes) == 1
    sa, sz, na, nz = scopes[0]
    assert CAPTION[na:nz].startswith("The table below") and CAPTION[sa:sz].startswith("Benchmark\t")
    assert caption_scopes("A story paragraph about the weather.\n\nLine one 1\nLine two 2\n") == []


def test_clauses_keep_an_except_clause_with_its_relative_clause():
    note = "Scores are reported by each developer, except GPQA Diamond, which we ran for all models."
    parts = [note[a:b] for a, b in clauses(note)]
    assert parts[0] == "Scores are reported by each developer"
    assert parts[1] == "except GPQA Diamond, which we ran for all models"


def test_a_note_speaks_per_column():
    note = "scores as published by each developer; SWE-bench Verified in %, Glimmer Index from Ferncastle Analytics"
    at = note.index("Glimmer Index")
    org = note.index("Ferncastle Analytics")
    ents = [(note.index("SWE-bench Verified"), note.index("SWE-bench Verified") + 18, "BENCHMARK", "SWE-bench Verified",
             None), (at, at + 13, "BENCHMARK", "Glimmer Index", None),
            (org, org + 20, "ORG", "Ferncastle Analytics", None)]
    assert clause_kind(note, ents, {"Brantle AI"}, "Glimmer Index", False) == "independent"
    assert clause_kind(note, ents, {"Brantle AI"}, "SWE-bench Verified", False) == "self-reported"
    assert clause_kind("Scores are reported by each developer.", [], set(), "GPQA Diamond", False) is None


RIVAL_NOTE = """Inside the Brantle-4 launch table

Ossel Labs' launch post for Brantle-4 came with a table. With the numbers as the company published them, it reads:

Model: Brantle-4 — GPQA Diamond: 71.2 — AIME 2025: 80.5
Model: Corvane-2 — GPQA Diamond: 65.0 — AIME 2025: 77.1

The GPQA Diamond numbers for the rivals were taken from Ferncastle Analytics' verified board, not run by Ossel Labs.
"""


def test_a_benchmark_note_for_the_rivals_reaches_only_their_cells(pipe):
    found = _claims(pipe, RIVAL_NOTE)
    assert found[("Corvane-2", "GPQA Diamond", 65.0)]["source_kind"] == "independent"
    assert found[("Corvane-2", "AIME 2025", 77.1)]["source_kind"] == "self-reported"
    assert found[("Brantle-4", "GPQA Diamond", 71.2)]["source_kind"] == "self-reported"
    assert found[("Corvane-2", "GPQA Diamond", 65.0)]["is_comparison"]
    assert not found[("Brantle-4", "GPQA Diamond", 71.2)]["is_comparison"]


VOICE = """Introducing Brantle-4

Today Quillfeather is releasing Brantle-4, our fourth model and the first trained on our own cluster.

Coding
- SWE-bench Verified: 71.6%
- Terminal-Bench 2.0: 49.0%

On SWE-bench Verified that puts it ahead of Corvane-2, which scores 68.0%. We measured both ourselves.
"""


def test_a_lab_releasing_its_model_in_the_first_person_owns_its_runs(pipe):
    found = _claims(pipe, VOICE)
    assert found[("Brantle-4", "SWE-bench Verified", 71.6)]["source_kind"] == "self-reported"
    assert found[("Brantle-4", "Terminal-Bench 2.0", 49.0)]["source_kind"] == "self-reported"
    assert found[("Corvane-2", "SWE-bench Verified", 68.0)]["source_kind"] == "self-reported"
    # the same runs in a reviewer's post are the reviewer's
    review = VOICE.replace("Today Quillfeather is releasing Brantle-4, our fourth model and the first trained on our "
                           "own cluster.", "Quillfeather shipped Brantle-4 last week; here is how it did for us.")
    assert _claims(pipe, review)[("Corvane-2", "SWE-bench Verified", 68.0)]["source_kind"] == "independent"


def test_variants_inherit_the_maker_the_passage_names():
    made = variant_makers({"Esk-3": "Kitto"}, {"Esk-3", "Esk-3 Pro", "Esk-3-32B", "Esk-30", "Bramble-2"})
    assert made["Esk-3 Pro"] == made["Esk-3-32B"] == "Kitto"
    assert "Esk-30" not in made and "Bramble-2" not in made


# --------------------------------------------------------------------------------- comparisons
LAUNCH = """Ossel Labs launches Brantle-4, a 30B open model

Ossel Labs today released Brantle-4 and a smaller Brantle-4 Mini.

Brantle-4 scores 71.2% on GPQA Diamond, compared with 65.0% for Corvane-2. Its predecessor, Brantle-3, scored 60.1% on GPQA Diamond. Brantle-4 Mini reaches 58.4% on GPQA Diamond.
"""


def test_the_subjects_rivals_and_predecessor_are_comparisons_its_siblings_not(pipe):
    found = _claims(pipe, LAUNCH)
    assert not found[("Brantle-4", "GPQA Diamond", 71.2)]["is_comparison"]
    assert found[("Corvane-2", "GPQA Diamond", 65.0)]["is_comparison"]
    assert found[("Brantle-3", "GPQA Diamond", 60.1)]["is_comparison"]
    assert not found[("Brantle-4 Mini", "GPQA Diamond", 58.4)]["is_comparison"]


def test_subjects_come_from_a_launch_headline_and_not_from_a_digest():
    ents = [(20, 29, "MODEL", "Brantle-4")]
    assert subjects("Ossel Labs launches Brantle-4\n\nBody.", ents) == {"Brantle-4"}
    digest = "Weekly notes\n\n1) Ossel Labs launches Brantle-4\nText.\n\n2) Another item\nText."
    assert subjects(digest, [(30, 39, "MODEL", "Brantle-4")]) == set()
    # a headline about a board with no model on top has no subject; one model topping it is the story's subject
    # (round 13, nlp-attrs13: claims-test13's board stories cite the others for comparison; claims-test9's ct9-047 did not)
    assert subjects("Brantle-4 and rivals: the arena's new standings\n\nBody.", [(0, 9, "MODEL", "Brantle-4")]) == set()
    assert subjects("Brantle-4 tops the arena\n\nBody.", [(0, 9, "MODEL", "Brantle-4")]) == {"Brantle-4"}


def test_variants_and_siblings():
    assert variant("Brantle-4 Mini", "Brantle-4") and variant("Brantle-4-32B", "Brantle-4")
    assert variant("Corvane 2 Flash", "Corvane 2 Pro")  # same family and version, another tier
    assert not variant("Brantle-3", "Brantle-4") and not variant("Brantle-40", "Brantle-4")
    assert not variant("Claude Sonnet 4.5", "Claude Opus 4.5")


def test_for_comparison_cites_against_a_benchmark_already_scored(pipe):
    text = ("I ran Brantle-4 on GPQA Diamond at home and got 70.1%.\n\n"
            "For comparison the GPQA Diamond paper lists Corvane-2 at 64.7%.")
    assert _claims(pipe, text)[("Corvane-2", "GPQA Diamond", 64.7)]["is_comparison"]
    alone = "Ask the editor: is 90% good?\n\nFor comparison, Corvane Labs reports 64.7% on GPQA Diamond for Corvane-2."
    assert not _claims(pipe, alone)[("Corvane-2", "GPQA Diamond", 64.7)]["is_comparison"]


def test_the_before_of_an_arrow():
    assert _after_arrow("Brantle-3 → Brantle-4, GPQA Diamond 60.1 → 71.2", 60.1) == 71.2
    assert _after_arrow("Brantle-3 → Brantle-4, GPQA Diamond 60.1 → 71.2", 71.2) is None
    assert _after_arrow("GPQA Diamond 60.1 and 71.2", 60.1) is None


def test_an_arrow_between_two_models_marks_the_before(pipe):
    text = ("Portfolio memo\n\nThe vendor-published score on the benchmark each vendor stresses, old model → new model:\n\n"
            "Ossel: Brantle-3 → Brantle-4, GPQA Diamond 60.1 → 71.2\n"
            "Corvane: Corvane-1 → Corvane-2, GPQA Diamond 50.2 → 65.0\n")
    found = _claims(pipe, text)
    assert found[("Brantle-3", "GPQA Diamond", 60.1)]["is_comparison"]
    assert not found[("Brantle-4", "GPQA Diamond", 71.2)]["is_comparison"]
    assert found[("Brantle-4", "GPQA Diamond", 71.2)]["source_kind"] == "self-reported"


# --------------------------------------------------------------------------------- references
def test_a_corrections_figures_take_the_benchmark_just_named(pipe):
    text = ("Brantle-4 scores 83.6% on MMLU-Pro. On MMLU-Pro it beats most open models.\n\n"
            "Correction: the article also said Brantle-4 Mini beat Corvane-2 on GPQA Diamond. It did not: the card "
            "lists 41.7% for Brantle-4 Mini, while Corvane Labs reported 50.5% for Corvane-2.")
    found = _claims(pipe, text)
    assert ("Brantle-4 Mini", "GPQA Diamond", 41.7) in found
    assert ("Corvane-2", "GPQA Diamond", 50.5) in found


def test_a_lab_stands_for_the_longest_name_of_its_released_model(pipe):
    text = ("Tamsin-3's coding score falls short in outside tests\n\n"
            "Last week Ossel Labs said its new Tamsin-3 Max solves 78.4% of SWE-bench Verified.\n\n"
            "On Terminal-Bench 2.0, where Ossel Labs claimed 61.0%, Plumbline Evals got 59.6%.")
    found = _claims(pipe, text)
    assert ("Tamsin-3 Max", "Terminal-Bench 2.0", 61.0) in found
    assert not any(m == "Tamsin-3" for m, _, _ in found)


def test_a_sentence_whose_clauses_disagree_gives_each_number_its_clause():
    said = "brantle-4 gets 61.0 on GPQA Diamond for me, card says 64.4."
    ents = [(0, 9, "MODEL", "Brantle-4", None), (23, 35, "BENCHMARK", "GPQA Diamond", None)]
    assert number_clause_kind(said, ents, set(), 61.0) == "independent"
    assert number_clause_kind(said, ents, set(), 64.4) == "self-reported"
    assert number_clause_kind("brantle-4 gets 61.0 on GPQA Diamond, the card says.", ents, set(), 61.0) is None


def test_a_rivals_figure_given_by_the_passages_developer_is_self_reported(pipe):
    text = ("Ossel Labs launches Brantle-4\n\n"
            "Ossel Labs today released Brantle-4. Brantle-4 scores 71.2% on GPQA Diamond.\n\n"
            "In comparison, Corvane-2 recorded 65.0% on GPQA Diamond, according to Ossel Labs' own measurements.")
    found = _claims(pipe, text)
    rival = found[("Corvane-2", "GPQA Diamond", 65.0)]
    assert rival["is_comparison"] and rival["source_kind"] == "self-reported"


def test_the_model_after_an_update_to_it_is_that_model(pipe):
    text = ("A busy week for open models.\n\nOssel Labs went first, with an update to Brantle-4 that improves long "
            "tool-use chains. The model now scores 62.3% on BrowseComp, Ossel Labs said.")
    assert ("Brantle-4", "BrowseComp", 62.3) in _claims(pipe, text)


def test_a_caption_ending_with_a_colon_over_a_list_and_a_short_name_owning_the_page(pipe):
    text = ("Agents newsletter\n\nHarbor Labs' Till-Bench 3 runs a shop for a month. Here is where things stand, from "
            "Harbor's own page:\n\nBrantle-4: 71.2 on Till-Bench 3\nCorvane-2: 65.0 on Till-Bench 3\n")
    found = _claims(pipe, text)
    assert found and {c["source_kind"] for c in found.values()} == {"independent"}
    ended = _claims(pipe, text.replace("own page:", "own page."))  # no caption: the list is on its own
    assert {c["source_kind"] for c in ended.values()} == {"unknown"}
    assert page_owners("from Harbor's own page", [])[0][:4] == (5, 11, "ORG", "Harbor")
