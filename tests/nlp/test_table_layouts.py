"""Every flattened layout of one score table (tests/nlp/table_layouts.py) reads to exactly the
table's claims: model, benchmark, score and unit, nothing from n/a cells, footnote marks, "±" or
"(+4.2)" asides, Rank columns over several benchmarks or the notes under the table. The whole
pipeline runs (tokenizer, knowledge base, names no list knows, claims): an invented model and an
invented benchmark sit beside real ones, as in fresh text."""
import pytest

import nlp
from tests.nlp import table_layouts as tl


@pytest.fixture(scope="module")
def full():
    p = nlp.load()
    return p, p.get_pipe("modelwire_claims")._bench_units()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(text)._.claims}


@pytest.mark.parametrize("transposed", [False, True], ids=["models_as_rows", "models_as_columns"])
@pytest.mark.parametrize("layout, mark", [pytest.param(lay, mark, id=f"{lay}-{mark}")
                                          for lay in tl.GRID_LAYOUTS for mark in tl.MARKS if tl.has_form(lay, mark)])
def test_grid_layouts(full, layout, transposed, mark):
    p, units = full
    text, want = tl.grid(layout, transposed, mark, units)
    assert got(p, text) == want


@pytest.mark.parametrize("pct", [False, True], ids=["points", "percent"])
@pytest.mark.parametrize("layout", tl.BOARD_LAYOUTS)
def test_board_layouts(full, layout, pct):
    p, units = full
    text, want = tl.board(layout, pct, units)
    assert got(p, text) == want


# the pipeline loaded once for this module: a board the title names, and a percentile aside on its first line
def test_a_title_board_over_a_numbered_list_with_a_percentile_aside(full):
    p, _ = full
    text = ("Quill Ladder: the chess rating list for language models\n\nThe maintainers run every game themselves and "
            "publish the whole list each month, with the games, the openings and the time controls used, so that anyone "
            "can check a rating; illegal moves count as a loss after three tries.\n\nThis month:\n"
            "1. Vireo 3 — 1682 (89th percentile of club players)\n2. GPT-4o — 1655\n3. Aster-2 — 1590\n")
    got = {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(text)._.claims}
    assert ("Vireo 3", "Quill Ladder", 89.0, "percentile") in got
    assert {("Vireo 3", "Quill Ladder", 1.0, "rank"), ("Aster-2", "Quill Ladder", 1590.0, "points")} <= got
    assert not any(c[1] != "Quill Ladder" for c in got)
