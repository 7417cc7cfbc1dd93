"""A pipe table shown as a unified diff (a board's change under review): its rows begin with "-", "+" or
a space before the first bar, and the table is their context as it is for a plain table's rows
(nlp/unknown.py). Without a hunk header the same line prefixes are no table row.

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

from tests.nlp.test_entities import pipe, spans  # noqa: F401  (pipe: the loaded-pipeline fixture)

DIFF = ("diff --git a/board.md b/board.md\n--- a/board.md\n+++ b/board.md\n"
        "@@ -3,6 +3,6 @@ Scores on TarnhelmBench, % of tasks.\n | # | Model | Score |\n |---|---|---|\n"
        "-| 1 | Gossamund 5 | 61.0 |\n+| 1 | Gossamund 5 | 58.2 |\n | 2 | Claude Sonnet 4.5 | 53.3 |\n"
        "-| 3 | Corbrine 3 | 50.1 |\n+| 3 | Corbrine 3 | 48.8 |\n")


def test_changed_rows_of_a_diffed_board_name_their_models(pipe):  # noqa: F811
    got = spans(pipe, DIFF)
    assert got.count(("Gossamund 5", "MODEL")) == 2
    assert got.count(("Corbrine 3", "MODEL")) == 2


def test_the_same_prefixes_without_a_hunk_are_no_table(pipe):  # noqa: F811
    text = ("Notes on TarnhelmBench for the AI team.\n-| Gossamund 5 | 61.0 |\nnothing else here.")
    assert ("Gossamund 5", "MODEL") not in spans(pipe, text)
