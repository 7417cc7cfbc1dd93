"""A SQL console's table (psql): its "------+------" rule between header and rows joins the bare-bar table
(nlp.claims `_table_blocks`), and a query line's words ("SELECT … LIMIT 6") never name the board (`_in_query`).
Invented names (Sixpenny Stair, Quarnby, Ostrevan, Tilsworth, Brantle); the whole pipeline runs."""
import pytest

import nlp
from nlp.claims import _in_query, _table_blocks

PSQL = """boards=> -- Quillmoor Arena, snapshot of 2026-11-02, kept by the arena's volunteers
boards=> SELECT rank, model, rating, votes FROM quillmoor_board ORDER BY rank LIMIT 4;
 rank |      model       | rating | votes
------+------------------+--------+--------
    1 | Quarnby Max       |   1502 |  48211
    2 | Brantle 4 Pro    |   1489 |  45930
    3 | Ostrevan 3 Pro    |   1466 |   9402
    4 | Tilsworth Ultra   |   1437 |   6120
(4 rows)
"""


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def test_the_console_rule_keeps_header_and_rows_in_one_block():
    blocks = _table_blocks(PSQL)
    assert len(blocks) == 1
    a, b = blocks[0]
    assert PSQL[a:b].lstrip().startswith("rank |") and PSQL[a:b].rstrip().endswith("6120")


def test_a_console_board_gives_places_and_ratings_on_the_board_in_the_comment(p):
    got = {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(PSQL)._.claims}
    assert ("Quarnby Max", "Quillmoor Arena", 1.0, "rank") in got
    assert ("Quarnby Max", "Quillmoor Arena", 1502.0, "elo") in got
    assert ("Tilsworth Ultra", "Quillmoor Arena", 1437.0, "elo") in got
    assert not any(v in (48211.0, 6120.0) for _, _, v, _ in got)  # the votes column is a count
    assert {b for _, b, _, _ in got} == {"Quillmoor Arena"}


def test_only_a_query_line_is_code():
    text = "SELECT model FROM board LIMIT 6;\nThe Quillmoor Arena board, LIMIT 6 edition."
    assert _in_query(text, text.index("LIMIT"))
    assert not _in_query(text, text.rindex("LIMIT"))


def test_a_dash_line_without_plus_is_no_console_rule():
    text = "a | b\n-----\nc | d\ne | f\n"
    assert all("-----" not in text[a:b] for a, b in _table_blocks(text))
