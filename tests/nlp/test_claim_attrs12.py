"""source_kind, comparison and unit of claims in tables and structured layouts (branch nlp-attrs12, README
conventions 2–4). Invented model, lab and benchmark names throughout (Tamarisk, Quoddy, Brimstall, Carrow, Vetchling,
Skerrow, Orrin): none is in any set or in the knowledge base."""
import pytest

import nlp
from nlp.maker_runs import foreign_marks, maker_nouns, marked


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in pipe(text)._.claims}


def _kinds(pipe, text):
    return {k: c["source_kind"] for k, c in _claims(pipe, text).items()}


# ------------------------------------------------------------------ the developer's own runs, named by a common noun
CONSORTIUM_LIST = """Annual report of the Skerrow project, year two

In this year the consortium released Tamarisk-2, an open model for legal drafting in two sizes. We report it on QuoddyBench.

Results, consortium's measurements (accuracy, %):
- Tamarisk-2-40B: QuoddyBench 71.5
- Tamarisk-2-9B: QuoddyBench 60.2
- Vetchling-3 through its API: QuoddyBench 75.0
"""

MODEL_FROM_GROUP = """Table 2 of the Carrow-4 report

Carrow-4 is a speech model from a Lisbon–Porto research group. Cells marked † are copied from the QuoddyBench maintainers' board; all other cells were measured by the group.

Benchmark | Carrow-4 | Vetchling-3
QuoddyBench | 66.1 | 70.4†
BrimstallQA | 58.0 | 61.3
"""

STARTUP_SENT = """Brimstall's new model, explained

A portal for readers in Porto.

The Porto startup behind Orrin-4 has published the results of its model on QuoddyBench. The company sent us the table; we paste it unchanged:

Model\tQuoddyBench (%)
Orrin-4\t64.0%
Vetchling-3\t69.5%
"""

STEM_RUN = """Orrin models: the spec page, saved as text

We copied the table from the Orrin product page:

Model | QuoddyBench | BrimstallQA
Orrin-9B | 41.0 | 55.2
Orrin-70B | 58.3 | 66.7
Scores in percent, measured by Orrin.
"""

# hard negative: a third party's team that released nothing of the passage
REVIEW_TEAM = """We tested Orrin-70B and Vetchling-3

Our team ran both through the public harness last week; the results below were measured by the team.

Model | QuoddyBench | BrimstallQA
Orrin-70B | 58.3 | 66.7
Vetchling-3 | 61.0 | 64.0
"""


def test_consortium_that_released_the_model_measures_its_own_list(pipe):
    kinds = _kinds(pipe, CONSORTIUM_LIST)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_cells_measured_by_the_group_that_made_the_model_are_its_own_but_marked_cells_are_copied(pipe):
    kinds = _kinds(pipe, MODEL_FROM_GROUP)
    assert kinds[("Carrow-4", "QuoddyBench", 66.1)] == "self-reported"
    assert kinds[("Vetchling-3", "BrimstallQA", 61.3)] == "self-reported"
    assert kinds[("Vetchling-3", "QuoddyBench", 70.4)] == "independent"


def test_a_startup_that_sent_its_table_reports_its_own_numbers(pipe):
    kinds = _kinds(pipe, STARTUP_SENT)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_name_stem_of_the_models_measuring_is_the_developer(pipe):
    kinds = _kinds(pipe, STEM_RUN)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_reviewers_team_stays_independent(pipe):
    kinds = _kinds(pipe, REVIEW_TEAM)
    assert kinds and set(kinds.values()) == {"independent"}


def test_maker_nouns_and_marks():
    rows = [(37, 47, "MODEL", "Tamarisk-2", None)]
    text = "In this year the consortium released Tamarisk-2, an open model."
    assert text[37:47] == "Tamarisk-2"
    assert "consortium" in maker_nouns(text, rows)
    assert "team" not in maker_nouns(text, rows)
    # a judge model's name is no maker: "graded by Orrin-4" is a model grading, not Orrin's staff
    assert maker_nouns("Graded by Orrin-4 as judge.", [(10, 17, "MODEL", "Orrin-4", None)]) == []
    assert foreign_marks("Cells marked ‡ are copied from the board.") == {"‡"}
    assert marked("QuoddyBench | 66.1 | 70.4‡", 70.4, {"‡"}) and not marked("QuoddyBench | 66.1 | 70.4‡", 66.1, {"‡"})


# ------------------------------------------------------------------ a paper's authors are the developer
PAPER_TRAIN = """Excerpt, Table 4 of "Short Budgets for Small Thinkers" (workshop paper)

We train Brimstall-5 Think, a 7B reasoning model, and compare it with two public reasoners. Accuracy (%) is the mean of three runs.

Model                 QuoddyBench   CarrowQA
Brimstall-5 Think     44.1          61.0
Vetchling-3 Mini      40.2          58.8
"""

PAPER_COMPARE = """Skerrow-3: Sparse Routing at Scale (excerpt from Section 4)

We compare Skerrow-3 with open models of a similar size. Rival numbers were re-run by us with each provider's settings.

Model | QuoddyBench | CarrowQA
Vetchling-3 Mini | 40.2 | 58.8
Skerrow-3 | 47.5 | 63.1
"""

# hard negative: a reviewer compares a model the title names, in no paper: the "us" is the reviewer
REVIEW_COMPARE = """Skerrow-3: our verdict after a week

We compare Skerrow-3 with open models of a similar size. All numbers were re-run by us on our own hardware.

Model | QuoddyBench | CarrowQA
Vetchling-3 Mini | 40.2 | 58.8
Skerrow-3 | 47.5 | 63.1
"""

TECH_NOTE = """Tamarisk-3 Flash: the official numbers (from the technical note, Table 2)

After a week of rumours, the lab has published Tamarisk-3 Flash with a short technical note. Its Table 2, as typeset:

\\begin{tabular}{l|cc}
\\hline
Model & QuoddyBench & CarrowQA \\\\
\\hline
Tamarisk-3 Flash & 68.2 & 79.0 \\\\
Vetchling-3 Mini & 64.5 & 74.8 \\\\
\\hline
\\end{tabular}
\\caption{Accuracy (\\%). All models run by us through their public APIs.}
"""


def test_a_papers_authors_training_the_model_report_their_own_table(pipe):
    kinds = _kinds(pipe, PAPER_TRAIN)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_paper_titled_with_its_model_reruns_rivals_as_the_developer(pipe):
    kinds = _kinds(pipe, PAPER_COMPARE)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_reviewers_rerun_by_us_is_independent(pipe):
    kinds = _kinds(pipe, REVIEW_COMPARE)
    assert kinds and set(kinds.values()) == {"independent"}


def test_first_person_caption_of_a_technical_note_is_the_developers(pipe):
    kinds = _kinds(pipe, TECH_NOTE)
    assert kinds and set(kinds.values()) == {"self-reported"}


# ------------------------------------------------------------------ unit from a lead line and an arena's rating column
LEAD_PERCENT = """Carrow-2, the Porto model for notaries (press release)

In the tests made by our laboratory, Carrow-2 reaches these results (percentages):

Test\tCarrow-2\tVetchling-3 Mini
QuoddyBench\t81.0\t69.5
BrimstallQA\t76.3\t64.8
"""

ARENA_RATING = """Quoddy Arena, the board this week

| Rank | Model | Rating | Votes |
|---|---|---|---|
| 1 | Carrow-2 | 1,402 | 9,120 |
| 2 | Vetchling-3 Mini | 1,377 | 8,004 |
"""

# hard negative: a plain "Rating" column of a judged test stays a rating
RATING_NOT_ARENA = """Codeforces ratings this week

| Rank | Model | Rating |
|---|---|---|
| 1 | Carrow-2 | 1,402 |
| 2 | Vetchling-3 Mini | 1,377 |
"""


def test_a_lead_line_in_percentages_gives_the_table_its_unit(pipe):
    units = {k: c["unit"] for k, c in _claims(pipe, LEAD_PERCENT).items()}
    assert units and set(units.values()) == {"%"}


def test_an_arenas_rating_column_is_elo(pipe):
    units = {k: c["unit"] for k, c in _claims(pipe, ARENA_RATING).items()}
    assert units.get(("Carrow-2", "Quoddy Arena", 1402.0)) == "elo"


def test_a_rating_column_elsewhere_stays_a_rating(pipe):
    units = {k: c["unit"] for k, c in _claims(pipe, RATING_NOT_ARENA).items()}
    assert units.get(("Carrow-2", "Codeforces", 1402.0)) == "rating"


# ------------------------------------------------------------------ comparison in a subject's tables
def _rivals(pipe, text):
    return {k: c["is_comparison"] for k, c in _claims(pipe, text).items()}


UNREAD_SUBJECT_COLUMN = """Quoddy-4 officially released

Today we are proud to release Quoddy-4, our fourth-generation model.

Benchmark / 鸬鹚4 / Vetchling-3 Mini / Carrow-2
QuoddyBench / 92.7 / 89.3 / 81.6
BrimstallQA / 76.4 / 74.1 / 70.5
"""

PAPER_SUBJECT = """Excerpt, Table 1 of "Budgets for Small Thinkers" (workshop paper)

We train Tamarisk-2 Think, a 7B reasoning model, and compare it with our base model and a public reasoner.

Model                 QuoddyBench   BrimstallQA
Tamarisk-2 (base)     12.4          41.0
Vetchling-3 Mini      21.8          49.9
Tamarisk-2 Think      28.1          55.4
"""

# hard negative: a digest table in a passage with no subject stays neutral
NO_SUBJECT_TABLE = """This week's board, in brief

Model / QuoddyBench / BrimstallQA
Vetchling-3 Mini / 89.3 / 74.1
Carrow-2 / 81.6 / 70.5
"""


def test_rivals_of_a_launch_table_whose_subject_column_is_unread(pipe):
    rivals = _rivals(pipe, UNREAD_SUBJECT_COLUMN)
    assert rivals[("Vetchling-3 Mini", "QuoddyBench", 89.3)] is True
    assert rivals[("Carrow-2", "BrimstallQA", 70.5)] is True


def test_a_papers_own_model_is_the_subject_and_its_base_a_rival(pipe):
    rivals = _rivals(pipe, PAPER_SUBJECT)
    assert rivals[("Tamarisk-2 Think", "QuoddyBench", 28.1)] is False
    assert rivals[("Vetchling-3 Mini", "QuoddyBench", 21.8)] is True
    assert rivals[("Tamarisk-2", "BrimstallQA", 41.0)] is True


def test_a_table_without_subject_has_no_rivals(pipe):
    rivals = _rivals(pipe, NO_SUBJECT_TABLE)
    assert rivals and not any(rivals.values())


# ------------------------------------------------------------------ comparison from results files and reference bullets
YAML_BASELINE = """We ran Carrow-5 through our nightly harness. Here is the file.

```yaml
model: Carrow-5
results:
  quoddybench:
    score: 0.642
  brimstallqa:
    score: 0.701
baseline:
  model: Carrow-4
  quoddybench: 0.571
  brimstallqa: 0.655
```
"""

TOML_REFERENCE = """here is our results file for Skerrow-2:

```toml
[model]
name = "Skerrow-2"

[scores]
"quoddybench" = 62.8
"brimstallqa" = 58.1

[scores.reference."Vetchling-3"]
"quoddybench" = 49.0
"brimstallqa" = 51.6
```
"""

REFERENCE_BULLET = """Work package 2: models

Results (accuracy, %):
- Tamarisk-2-40B: QuoddyBench 77.9; BrimstallQA 58.1
- Tamarisk-2-9B: QuoddyBench 66.0; BrimstallQA 39.4
- Reference, Vetchling-3 Mini through its API: QuoddyBench 82.5; BrimstallQA 88.1
"""

WE_RELEASE_CHART = """Carrow-6 is here

Today we are releasing Carrow-6, our strongest coding model.

QuoddyBench, percent of tasks:
- Carrow-6: 74.5
- Vetchling-3: 80.9
- Carrow-5: 61.0
"""

# hard negative: a results file whose only block is the model's own keeps no rival
YAML_OWN_ONLY = """Nightly file for Carrow-5.

```yaml
model: Carrow-5
results:
  quoddybench:
    score: 0.642
  brimstallqa:
    score: 0.701
```
"""


def test_a_yaml_baseline_block_is_a_comparison(pipe):
    rivals = _rivals(pipe, YAML_BASELINE)
    assert rivals[("Carrow-4", "QuoddyBench", 0.571)] is True
    assert rivals[("Carrow-5", "QuoddyBench", 0.642)] is False


def test_a_toml_reference_table_is_a_comparison(pipe):
    rivals = _rivals(pipe, TOML_REFERENCE)
    assert rivals[("Vetchling-3", "QuoddyBench", 49.0)] is True
    assert rivals[("Skerrow-2", "QuoddyBench", 62.8)] is False


def test_a_reference_bullet_is_a_comparison(pipe):
    rivals = _rivals(pipe, REFERENCE_BULLET)
    assert rivals[("Vetchling-3 Mini", "QuoddyBench", 82.5)] is True
    assert rivals[("Tamarisk-2-40B", "QuoddyBench", 77.9)] is False


def test_we_are_releasing_names_the_subject_of_its_charts(pipe):
    rivals = _rivals(pipe, WE_RELEASE_CHART)
    assert rivals[("Vetchling-3", "QuoddyBench", 80.9)] is True
    assert rivals[("Carrow-5", "QuoddyBench", 61.0)] is True
    assert rivals[("Carrow-6", "QuoddyBench", 74.5)] is False


def test_a_results_file_without_a_reference_block_has_no_rival(pipe):
    rivals = _rivals(pipe, YAML_OWN_ONLY)
    assert rivals and not any(rivals.values())


def test_we_trained_a_model_is_the_developer_speaking(pipe):
    text = ("we made a thing: Skerrow-2\n\nhi. we are five people and we trained a model. it's called Skerrow-2.\n\n"
            + TOML_REFERENCE[TOML_REFERENCE.index("```"):] + "\nevery number is from our run.\n")
    kinds = _kinds(pipe, text)
    assert kinds and set(kinds.values()) == {"self-reported"}


# ------------------------------------------------------------------ a buyer's assessors, a benchmark paper's authors
TENDER = """Evaluation sheet — Lot 4: document summarisation (Skerrow district council)

Accuracy on QuoddyBench was run by the evaluation committee on its own infrastructure; price is scored separately.

Bidder | Proposed model | QuoddyBench accuracy | Total (100)
Bidder 1 | Carrow-2 | 84.6% | 76.5
Bidder 2 | Vetchling-3 | 81.3% | 81.5
"""

PANEL = """Tender evaluation, translation service (summary sheet)

The evaluation panel translated the 900 sentences of QuoddyBench with each bidder's proposed model and scored the output.

Bidder A — Carrow-2 — 61.4
Bidder B — Vetchling-3 — 57.8
"""

BENCH_PAPER = """BrimstallQA: Long-Horizon Tasks for Agents

Abstract. We introduce BrimstallQA, 400 multi-day tasks. We evaluate nine frontier and open models in a common scaffold. The strongest system, Carrow-2, completes 43.2% of tasks; Vetchling-3 is second at 40.7%. We release the tasks and the grading scripts under an open licence.
"""


def test_a_tenders_evaluation_committee_is_independent(pipe):
    kinds = _kinds(pipe, TENDER)
    assert kinds and set(kinds.values()) == {"independent"}


def test_a_tenders_evaluation_panel_is_independent(pipe):
    kinds = _kinds(pipe, PANEL)
    assert kinds and set(kinds.values()) == {"independent"}


def test_a_benchmark_papers_own_evaluation_is_independent(pipe):
    kinds = _kinds(pipe, BENCH_PAPER)
    assert kinds and set(kinds.values()) == {"independent"}


BENCH_TITLE_PAPER = """Joist: A Benchmark of Everyday Carpentry

Abstract. We present Joist, 1,800 short-answer questions on everyday statics. We evaluate twenty-two models. Carrow-2 leads with 74.6%, followed by Vetchling-3 at 73.9%.
"""

# hard negative: a lab presenting its model in the same words stays self-reported
MODEL_PRESENTED = """Carrow-7: our new model for carpenters

We present Carrow-7, our new model for carpentry questions. On QuoddyBench, Carrow-7 scores 74.6%, ahead of Vetchling-3 at 73.9%.
"""


def test_a_benchmark_titled_paper_presenting_its_questions_is_independent(pipe):
    kinds = _kinds(pipe, BENCH_TITLE_PAPER)
    assert kinds and set(kinds.values()) == {"independent"}


def test_a_lab_presenting_its_model_stays_self_reported(pipe):
    kinds = _kinds(pipe, MODEL_PRESENTED)
    assert kinds[("Carrow-7", "QuoddyBench", 74.6)] == "self-reported"


def test_passage_kind_of_a_benchmark_paper_whose_benchmark_name_was_not_found():
    # the entity finder may miss a new benchmark's name ("Joist"): the title and the item count still say whose
    # "We present" it is
    from nlp.claim_source import developer_voice, passage_kind

    text = ("Joist: A Benchmark of Everyday Carpentry\n\nAbstract. We present Joist, 1,800 short-answer questions on "
            "statics. We evaluate twenty-two models. Carrow-2 leads with 74.6%.")
    pieces = [(0, 40)]
    at = 42
    for sent in text[42:].split(". "):
        pieces.append((at, at + len(sent) + 1))
        at += len(sent) + 2
    m = text.index("Carrow-2")
    rows = [(m, m + 8, "MODEL", "Carrow-2", None)]
    assert not developer_voice(text, pieces, rows, [m])
    assert passage_kind(text, pieces, rows, [m]) == "independent"


# ------------------------------------------------------------------ comparison cues in prose and posts
# (the full knowledge base here, for its benchmark names: the models are still invented)
@pytest.fixture(scope="module")
def kb_pipe():
    return nlp.load()


def test_the_earlier_model_is_a_comparison(kb_pipe):
    text = ("Carrow-3 Mini is out. The Porto company says its new model Carrow-3 Mini gives 61.2 percent on AIME 2025. "
            "The earlier Carrow-2 Mini had given 54.9 percent.")
    rivals = _rivals(kb_pipe, text)
    assert rivals[("Carrow-2 Mini", "AIME 2025", 54.9)] is True
    assert rivals[("Carrow-3 Mini", "AIME 2025", 61.2)] is False


def test_the_model_we_shipped_last_spring_is_a_comparison(kb_pipe):
    text = ("[00:12:01] so on ARC-AGI-2 the new Carrow-4 model is at 22.4 today\n"
            "[00:12:14] and for comparison the model we shipped last spring, Carrow-3 Max, was at 19.0")
    rivals = _rivals(kb_pipe, text)
    assert rivals[("Carrow-3 Max", "ARC-AGI-2", 19.0)] is True
    assert rivals[("Carrow-4", "ARC-AGI-2", 22.4)] is False


def test_a_vs_emoji_line_is_a_comparison(kb_pipe):
    text = "Carrow-4 on AIME 2025: 95.0% 🔥\n🆚 DeepSeek-V3.2 on AIME 2025: 93.1% 👀"
    rivals = _rivals(kb_pipe, text)
    assert rivals[("DeepSeek-V3.2", "AIME 2025", 93.1)] is True
    assert rivals[("Carrow-4", "AIME 2025", 95.0)] is False


# ------------------------------------------------------------------ the developer named like its model, a lab's blog
CARD_BY_NAMED_LAB = """# brambling-mini-4b

brambling-mini-4b is a 4-billion-parameter instruction-tuned model from Brambling Labs, trained on 9T tokens.

## Evaluation

All results were produced by Brambling Labs with our own harness (0-shot). Scores are accuracy in %.

| Benchmark | brambling-mini-4b | Vetchling-3 |
|---|---|---|
| MMLU-Pro | 58.4 | 48.3 |
| GSM8K | 89.9 | 84.5 |
"""

LAB_BLOG = """Carrow-M2: technical blog (English version)

Carrow Technology (卡罗科技) today open-sourced Carrow-M2, a mixture-of-experts model. Below are the main results from our evaluation. All numbers are pass@1 percentages.

- AIME 2025: 87.5
- GPQA Diamond: 80.3
"""


def test_results_produced_by_the_lab_named_like_its_model_are_self_reported(kb_pipe):
    kinds = _kinds(kb_pipe, CARD_BY_NAMED_LAB)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_a_labs_technical_blog_with_our_evaluation_is_self_reported(kb_pipe):
    kinds = _kinds(kb_pipe, LAB_BLOG)
    assert kinds and set(kinds.values()) == {"self-reported"}


LAUNCH_DECK = """# Slides: "Carrow 5 — Launch Review" (flattened from the deck)

Slide 1 — Carrow 5: faster, cheaper
Brambling Intelligence · internal launch deck · Nov 2026

Slide 2 — Headline results (% accuracy)
- GSM8K
  - Carrow 5: 71.4
  - Vetchling-3: 49.6
"""


def test_a_labs_launch_deck_is_self_reported(kb_pipe):
    kinds = _kinds(kb_pipe, LAUNCH_DECK)
    assert kinds and set(kinds.values()) == {"self-reported"}


def test_rated_on_an_arena_is_elo_and_on_codeforces_a_rating(kb_pipe):
    units = {k: c["unit"] for k, c in _claims(kb_pipe, "In LMArena, Carrow-6 was rated 1,412.").items()}
    assert units.get(("Carrow-6", "LMArena", 1412.0)) == "elo"
    units = {k: c["unit"] for k, c in _claims(kb_pipe, "On Codeforces, Carrow-6 was rated 2,110.").items()}
    assert units.get(("Carrow-6", "Codeforces", 2110.0)) == "rating"
