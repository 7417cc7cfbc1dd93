"""Data frames printed by a REPL (nlp.frame_prints via nlp.table_rows.pipe_tables): column gaps drawn
as bars, the element-type line made a rule, the row numbers' header blanked; offsets kept.
Invented names throughout."""
import nlp
from nlp.table_rows import pipe_tables

FRAME = """julia> # Cressing Index, November export (0-100 composite)
julia> first(sort(df, :score, rev=true), 3)
3×3 DataFrame
 Row │ model            score    price
     │ String           Float64  Float64
─────┼───────────────────────────────────
   1 │ Gorsewick 2         74.0     3.1
   2 │ Hollinbrae-Max      69.5     0.9
   3 │ Mudlark-7 Turbo     61.0     0.25

julia> mean(df.score)
52.2
"""


def _cells(drawn, word):
    line = next(x for x in drawn.split("\n") if word in x)
    return [c.strip() for c in line.split("|")]


def test_printed_frame_gets_a_bar_in_every_column_gap_and_keeps_offsets():
    drawn = pipe_tables(FRAME)
    assert len(drawn) == len(FRAME)
    assert _cells(drawn, "Hollinbrae") == ["2", "Hollinbrae-Max", "69.5", "0.9"]
    assert _cells(drawn, "model ") == ["", "model", "score", "price"]  # "Row" names no column
    assert not any("Float64" in x for x in drawn.split("\n"))  # the type line is a rule now


def test_lines_with_one_bar_that_are_no_frame_are_left_alone():
    text = "a | b  c\nd | e  f\ng | h  i\nj | k  l\n"
    assert pipe_tables(text) == text
    # a box table whose cells are all drawn already: nothing to add
    boxed = "│ model │ score │\n├───────┼───────┤\n│ Mudlark-7 │ 61.0 │\n"
    assert pipe_tables(boxed).count("|") == boxed.count("│") + boxed.count("├") + boxed.count("┼") + boxed.count("┤")


def test_pipeline_reads_the_frame_as_the_index_board():
    got = {(c["model"], c["benchmark"], c["score"]) for c in nlp.load()(FRAME)._.claims}
    assert ("Hollinbrae-Max", "Cressing Index", 69.5) in got
    assert not any(s in (0.9, 3.1, 0.25) for _, _, s in got)  # the price column holds no score
