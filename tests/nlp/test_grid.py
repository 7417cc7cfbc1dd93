"""The grid reader (nlp.grid): roles a table's layout gives its cells, units its captions and key
lines give its numbers, and the layouts that feed it. Invented names (Quenda, Pellmarch, PatchMend,
OmniEval, CalcWorks) beside real ones; the whole pipeline runs."""
import pytest

import nlp
from nlp.grid import arrow_tables, field_line_tables, slash_cell_tables, statement_unit


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(text)._.claims}


@pytest.mark.parametrize("line, unit", [
    ("(all values are accuracy in percent; run date 2025-11-20)", "%"),
    ("Scores are pass@1 percentages on PatchMend, our 300-task suite.", "%"),
    ("Headline results (% accuracy, higher = better)", "%"),
    ("Benchmark (accuracy, %)", "%"),
    ("All scores are percentages.", "%"),
    ("Scores are the overall average on a 0–1 scale, shown here ×100.", "points"),
    ("OCR scores on the 0-1000 scale.", "points"),
    ("Ratings below are the arena's Elo estimates.", "elo"),
    ("The suite has 400 items and took 19 GPU-hours.", None),
    ("Prices fell 40% this year.", None),
])
def test_statement_unit(line, unit):
    assert statement_unit(line) == unit


def test_key_line_after_a_table_gives_its_unit_over_the_kb(p):
    text = ("Quenda-4 against two rivals.\n\n| Benchmark | Quenda-4 | GPT-4o |\n|---|---|---|\n"
            "| MMLU-Pro | 80.1 | 72.6 |\n| CalcWorks-300 | 66.0 | 51.5 |\n\nAll scores are percentages.\n")
    assert claims(p, text) == {("Quenda-4", "MMLU-Pro", 80.1, "%"), ("GPT-4o", "MMLU-Pro", 72.6, "%"),
                               ("Quenda-4", "CalcWorks-300", 66.0, "%"), ("GPT-4o", "CalcWorks-300", 51.5, "%")}


def test_a_scale_in_the_caption_makes_points_over_the_kbs_percent(p):
    text = ("Scores are on a 0–100 scale.\n\nModel\tMMLU-Pro\tGPQA Diamond\nGPT-4o\t72.6\t53.6\n"
            "Claude 3.5 Sonnet\t78.0\t65.0\n")
    assert {c[3] for c in claims(p, text)} == {"points"}


def test_rank_table_benchmark_the_finder_calls_a_model(p):
    # "PatchMend" beside "Model" is taken for a model by the finder; its column of numbers says benchmark
    text = ("Week 12 board; pass@1 in %.\n\nRank\tModel\tPatchMend\tCost per task\n1\tClaude 3.5 Sonnet\t61.0\t$0.90\n"
            "2\tGPT-4o\t55.2\t$0.40\n3\tPellmarch Swift\t41.7\t$0.05\n\nNext refresh in a week.\n")
    got = claims(p, text)
    assert ("Pellmarch Swift", "PatchMend", 41.7, "%") in got and ("Pellmarch Swift", "PatchMend", 3.0, "rank") in got
    assert len(got) == 6


def test_a_header_name_the_finder_cut_short_is_the_whole_cell(p):
    # the finder reads "Quenda-4" in "Quenda-4 Swift": two columns cannot be one model
    text = ("| Benchmark | Quenda-4 | Quenda-4 Swift | GPT-4o |\n|---|---|---|---|\n| MMLU-Pro | 80.1 | 70.3 | 72.6 |\n"
            "| GPQA Diamond | 61.0 | 50.2 | 53.6 |\n")
    got = claims(p, text)
    assert ("Quenda-4 Swift", "MMLU-Pro", 70.3, "%") in got and ("Quenda-4", "MMLU-Pro", 80.1, "%") in got


def test_category_rows_take_the_benchmark_named_over_the_table(p):
    text = ("The maintainers of OmniEval posted these category averages today:\n\n"
            "Category         GPT-4o         Claude 3.5 Sonnet   Quenda-R2\n"
            "Reasoning        66.1           69.4                73.7\n"
            "Coding           64.6           70.2                67.1\n"
            "Mathematics      68.9           62.5                76.0\n")
    got = claims(p, text)
    assert len(got) == 9 and {c[1] for c in got} == {"OmniEval"}


def test_arrows_with_a_left_right_key_line_after_them(p):
    text = ("Compared with the spring release:\n\n- MMLU-Pro: 70.4 → 74.9\n- CalcWorks-300: 51.0 → 58.2\n\n"
            "(Left: Quenda-3. Right: Quenda-3 Turbo. All scores are percentages.)\n")
    assert claims(p, text) == {("Quenda-3", "MMLU-Pro", 70.4, "%"), ("Quenda-3 Turbo", "MMLU-Pro", 74.9, "%"),
                               ("Quenda-3", "CalcWorks-300", 51.0, "%"), ("Quenda-3 Turbo", "CalcWorks-300", 58.2, "%")}


def test_field_lines_name_an_unknown_model_after_model(p):
    text = ("Our own runs:\n\nModel: GPT-4o — DocVQA: 91.0 — ChartQA: 85.1\nModel: Claude 3.5 Sonnet — DocVQA: 90.2 — "
            "ChartQA: 84.0\nModel: Pellmarch Lite — DocVQA: 84.4 — ChartQA: 77.7\n")
    got = claims(p, text)
    assert ("Pellmarch Lite", "DocVQA", 84.4) in {c[:3] for c in got} and len(got) == 6


def test_layout_finders_leave_prose_and_lone_lines_alone():
    prose = "We ran it with and/or without tools / plugins, and the answer was 42.\nNothing else / here 7.\n"
    assert slash_cell_tables(prose) == [] and field_line_tables(prose) == []
    one = "- MMLU-Pro: 70.4 → 74.9\n\n(Left: A. Right: B.)\n"
    assert arrow_tables(one) == []  # one row is a sentence's business, not a table's
    no_key = "- MMLU-Pro: 70.4 → 74.9\n- GPQA Diamond: 50.0 → 52.2\n\nThat is all.\n"
    assert arrow_tables(no_key) == []


def test_rivals_in_a_table_under_a_headline_naming_its_models(p):
    text = ("# Pellmarch ships Quenda-4 and Quenda-4 Swift\n\nThe company's table:\n\n"
            "| Benchmark | Quenda-4 | Quenda-4 Swift | GPT-4o |\n|---|---|---|---|\n| MMLU-Pro | 80.1 | 70.3 | 72.6 |\n"
            "| GPQA Diamond | 61.0 | 50.2 | 53.6 |\n")
    got = {(c["model"], c["benchmark"]): c["is_comparison"] for c in p(text)._.claims}
    assert got[("GPT-4o", "MMLU-Pro")] and got[("GPT-4o", "GPQA Diamond")]
    assert not got[("Quenda-4", "MMLU-Pro")] and not got[("Quenda-4 Swift", "GPQA Diamond")]
    board = text.replace("# Pellmarch ships Quenda-4 and Quenda-4 Swift", "# Week 12 leaderboard")
    assert not any(c["is_comparison"] for c in p(board)._.claims)  # no model in the headline: a neutral board
    since = text.replace("Pellmarch ships Quenda-4 and Quenda-4 Swift", "Quenda-4 Swift: what changed since Quenda-4")
    assert {c["model"] for c in p(since)._.claims if c["is_comparison"]} == {"Quenda-4", "GPT-4o"}


@pytest.mark.parametrize("score_head", ["Final cash balance ($)", "Net worth ($)", "Bank balance"])
def test_a_count_beside_a_money_score_column_is_no_benchmark(p, score_head):
    # a trading simulation ranks models by their money at the close; a phrase column beside that score
    # ("Months open") counts something about each run and is not a benchmark
    text = (f"Our shop simulation, one simulated year per run.\n\n| Rank | Model | {score_head} | Months open |\n"
            "|---|---|---|---|\n| 1 | Gorsewick 2 | 5,210 | 12 |\n| 2 | Hollinbrae-Max | 4,880 | 12 |\n"
            "| 3 | Claude Opus 4.5 | 3,075 | 11 |\n\nThe code is public.\n")
    assert not any(b == "Months open" for _, b, _, _ in claims(p, text))
