"""A simulation board scored in dollars: its "Ending balance (USD)" column is its score, in USD (nlp.money_boards).
Invented names (Thrumble-2, Cobbleford Pro, Haddix Mini, Pickwell-Bench); the texts are written for these tests."""
import pytest

from nlp.money_boards import money_column


def header_of(line):
    cells = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for i, j in zip(bars, bars[1:]):
        cells.append((i + 1, j))
    return line, cells


@pytest.mark.parametrize("line, col", [
    ("| Rank | Model | Ending balance (USD) | Weeks open |", 2),
    ("| # | Agent | Net worth ($) |", 2),
    ("| Place | Model | Ending cash in USD |", 2),
])
def test_a_dollar_result_column_beside_a_rank(line, col):
    text, cells = header_of(line)
    assert money_column(text, cells, 0) == col


@pytest.mark.parametrize("line, rank", [
    ("| Rank | Model | Price (USD) |", 0),          # what the model costs
    ("| Rank | Model | Cost per task ($) |", 0),
    ("| Rank | Model | Revenue (USD) |", 0),        # a company's figure
    ("| Model | Ending balance (USD) |", None),      # no rank column: no board
    ("| Rank | Model | Ending balance (USD) | Net profit (USD) |", 0),  # two of them: which is the score is unsaid
])
def test_other_money_columns_are_no_score(line, rank):
    text, cells = header_of(line)
    assert money_column(text, cells, rank) is None


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe


def test_the_pipeline_reads_the_board_in_usd(p):
    text = ("Pickwell-Bench hands an agent a small bakery and $800 of flour, then runs it for ninety simulated days.\n\n"
            "| Place | Model | Ending balance (USD) | Days open |\n|---|---|---|---|\n| 1 | Thrumble-2 | 4,215 | 90 |\n"
            "| 2 | Cobbleford Pro | 3,160 | 90 |\n| 3 | Haddix Mini | 975 | 61 |\n")
    got = {(c["model"], c["score"], c["unit"]) for c in p(text)._.claims}
    assert {("Thrumble-2", 4215.0, "USD"), ("Cobbleford Pro", 3160.0, "USD"), ("Haddix Mini", 975.0, "USD")} <= got, sorted(got)
    assert not any(score in (90.0, 61.0) for _, score, _ in got), sorted(got)
