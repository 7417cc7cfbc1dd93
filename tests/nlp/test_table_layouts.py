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
