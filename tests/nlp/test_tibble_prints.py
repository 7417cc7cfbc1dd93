"""R's tibble print (nlp.aligned_columns): the "<chr>  <dbl>" line under the header, column names one space apart,
a row number before each label (no place: nlp.place_markers), and a measure slug ("acc_pct") heading the scores of
the board the notes around the print name. Invented names (QuillmereQA, Brantle, Ossory, Pellorin, Kestwick); the whole
pipeline runs."""
import pytest

import nlp
from nlp.aligned_columns import aligned_tables, under_type_row

TIBBLE = """> # our own runs, 3 seeds each (lab notebook, Kestwick reading group)
> runs %>% group_by(model) %>% summarise(acc_pct = mean(acc_pct), n_items = first(n_items))
# A tibble: 3 × 3
  model              acc_pct n_items
  <chr>                <dbl>   <int>
1 Brantle 4 Pro         68.4     900
2 Ossory-2              61.9     900
3 Pellorin 3             55.0     900
> # QuillmereQA only; acc_pct is accuracy in percent
"""


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py): one load per test worker


def test_a_tibble_print_gives_each_model_its_figure_on_the_named_board(p):
    got = {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(TIBBLE)._.claims}
    assert got == {("Brantle 4 Pro", "QuillmereQA", 68.4, "%"), ("Ossory-2", "QuillmereQA", 61.9, "%"),
                   ("Pellorin 3", "QuillmereQA", 55.0, "%")}  # no places from the row numbers, no counts of items


def test_the_print_is_read_with_its_header_and_labels_without_row_numbers():
    tables, names = aligned_tables(TIBBLE, [])
    assert tables == [] and names == []  # no model found by any finder: a table of other things
    ents = []
    for name in ("Brantle 4 Pro", "Ossory-2", "Pellorin 3"):
        i = TIBBLE.index(name)
        ents.append((i, i + len(name), "MODEL", name))
    tables, names = aligned_tables(TIBBLE, ents)
    assert len(tables) == 1 and names == []  # "acc_pct" is a measure, no benchmark's name
    rows = tables[0][2]
    assert [TIBBLE[s:e] for s, e in rows[0][2][1:]] == ["acc_pct", "n_items"]
    assert [TIBBLE[r[2][0][0]:r[2][0][1]] for r in rows[1:]] == ["Brantle 4 Pro", "Ossory-2", "Pellorin 3"]


def test_only_the_first_row_under_a_type_line_counts():
    assert under_type_row(TIBBLE, TIBBLE.index("1 Brantle"))
    assert not under_type_row(TIBBLE, TIBBLE.index("2 Ossory"))
    assert not under_type_row("1. Brantle 4 Pro — 68.4\n", 0)
