"""A dict of model ids to figures in code ("BASELINES = {"brantle-4": 58.7, …}") under a comment naming the board
("# model id -> published QuillmereQA pass@1 (%)"): nlp.result_trees reads the assignment's braces as JSON with
comments, single quotes and a trailing comma, and gives each model key its figure on that board. Invented names
(Brantle, Ossory, Pellorin, QuillmereQA); the whole pipeline runs."""
import pytest

import nlp
from nlp.result_trees import _comment_board, _json

CODE = '''"""Regression gate for the QuillmereQA nightly runs."""

MAX_GAP = 3.0          # points; a tolerance, not a score
N_TASKS = 350          # size of the public split

# model id -> published QuillmereQA pass@1 (%)
BASELINES = {
    "brantle-4": 58.7,         # vendor model card
    'ossory-2-lite': 49.0,     # same card
    "fennick-3": 50.8,         # corrected card; it said 52.3 before
}
'''


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def test_each_model_key_gets_its_figure_on_the_commented_board(p):
    got = {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(CODE)._.claims}
    assert {(m.lower().replace(" ", "-"), b, v, u) for m, b, v, u in got} == {
        ("brantle-4", "QuillmereQA", 58.7, "%"), ("ossory-2-lite", "QuillmereQA", 49.0, "%"),
        ("fennick-3", "QuillmereQA", 50.8, "%")}  # not the tolerance, not the count, not the withdrawn 52.3


def test_code_braces_parse_with_comments_single_quotes_and_a_trailing_comma():
    text = "{\n  'a-1': 1.5,  # note\n  \"b-2\": 2, // other\n}"
    node, end = _json(text, 0, len(text))
    assert node is not None and end == len(text)
    assert [k for k, _, _ in node.items] == ["a-1", "b-2"]


def test_only_a_comment_right_over_the_block_names_its_board():
    ents = [(CODE.index("QuillmereQA pass"), CODE.index("QuillmereQA pass") + 11, "BENCHMARK", "QuillmereQA")]
    at = CODE.index("BASELINES")
    assert _comment_board(CODE, at, ents) == ("QuillmereQA", True)
    assert _comment_board(CODE, CODE.index("MAX_GAP"), ents) is None  # the line over it is no comment
