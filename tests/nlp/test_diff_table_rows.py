"""A pipe table shown as a unified diff (a board's change under review): its rows begin with "-", "+" or
a space before the first bar, and the table is their context as it is for a plain table's rows
(nlp/unknown.py); so are the rows of a console (psql) table under its "------+------" rule. Without a hunk
header the diff's line prefixes are no table row, and without the rule a line's bars are none.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)

DIFF = ("diff --git a/board.md b/board.md\n--- a/board.md\n+++ b/board.md\n"
        "@@ -3,6 +3,6 @@ Scores on BrockhurstBench, % of tasks.\n | # | Model | Score |\n |---|---|---|\n"
        "-| 1 | Gossamund 5 | 61.0 |\n+| 1 | Gossamund 5 | 58.2 |\n | 2 | Claude Sonnet 4.5 | 53.3 |\n"
        "-| 3 | Corbrine 3 | 50.1 |\n+| 3 | Corbrine 3 | 48.8 |\n")


def test_changed_rows_of_a_diffed_board_name_their_models(pipe):  # noqa: F811
    got = spans(pipe, DIFF)
    assert got.count(("Gossamund 5", "MODEL")) == 2
    assert got.count(("Corbrine 3", "MODEL")) == 2


def test_the_same_prefixes_without_a_hunk_are_no_table(pipe):  # noqa: F811
    text = ("Notes on BrockhurstBench for the AI team.\n-| Gossamund 5 | 61.0 |\nnothing else here.")
    assert ("Gossamund 5", "MODEL") not in spans(pipe, text)


PSQL = ("The arena board for AI models:\n\n rank | model           | rating\n------+-----------------+--------\n"
        "    1 | Gossamund 5     |   1502\n    2 | Fennimore Ultra |   1477\n(2 rows)\n")


def test_rows_under_a_console_tables_rule_name_their_models(pipe):  # noqa: F811
    got = spans(pipe, PSQL)
    assert ("Gossamund 5", "MODEL") in got and ("Fennimore Ultra", "MODEL") in got


def test_bars_without_a_console_rule_are_no_table(pipe):  # noqa: F811
    text = "The AI team's notes:\n    2 | Fennimore Ultra | later\nand nothing more."
    assert ("Fennimore Ultra", "MODEL") not in spans(pipe, text)
