"""A table's benchmark is named by its title, heading, caption or the text introducing it; a paragraph
further down is not its caption (nlp.table_reach, nlp.claims._context_bench). Invented names (Dunsby-3,
Orrintide Pro, Pelvane 2); the texts are written for these tests."""
import pytest

from nlp.table_reach import caption_end


@pytest.mark.parametrize("below, kept", [
    ("\n\nSource: our own runs, June.\nThree seeds each.\n\nAnother paragraph.", "Source: our own runs, June.\nThree seeds each."),
    ("\nNote: pass@1.\n## Method\nMore.", "Note: pass@1."),
    ("\n## Method\nMore.", ""),
    ("\nNote: pass@1.\n---\nMore.", "Note: pass@1."),
    ("", ""),
])
def test_caption_end_stops_at_the_paragraph_under_the_table(below, kept):
    table = "| Model | Score |\n|---|---|\n| A | 1 |"
    text = table + below
    assert text[len(table):caption_end(text, len(table))].strip() == kept


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe


TABLE = ("| Rank | Model | Score |\n|---|---|---|\n| 1 | Dunsby-3 | 71.4 |\n| 2 | Orrintide Pro | 66.0 |\n"
         "| 3 | Pelvane 2 | 58.9 |\n")


def test_a_benchmark_in_a_later_paragraph_is_not_the_tables(p):
    text = ("We put three chat models through our new puzzle hunt this week.\n\n" + TABLE +
            "\nEach model had one attempt per puzzle.\n\n"
            "Those who follow GPQA Diamond will remember that the order there was the other way round.")
    got = {(c["model"], c["benchmark"]) for c in p(text)._.claims}
    assert not any(bench == "GPQA Diamond" for _, bench in got), sorted(got)


def test_a_caption_right_under_the_table_still_names_it(p):
    text = ("We put three chat models through a test this week.\n\n" + TABLE +
            "\nScores are accuracy on GPQA Diamond, one attempt per question.\n\nNext week: coding.")
    got = {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}
    assert ("Dunsby-3", "GPQA Diamond", 71.4) in got, sorted(got)
