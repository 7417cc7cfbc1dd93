"""Record layouts the claims reader splits by shape (round 27, branch claims27): a column of names in long-form records
(nlp/name_columns.py), a sheet's row numbers (nlp/sheet_rows.py).

Every line here is written for this file; the invented names (Brackenwold, Tamsify, Quillery, Mizzle, Pipewort-Eval)
are in no knowledge base list and in no set (grep found none under tests/ or nlp/).
"""
import pytest

import nlp
from nlp.name_columns import column_cells


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text, units=("rank", "medal")):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in units}


def _ent(text, name, label, nth=0):
    s = -1
    for _ in range(nth + 1):
        s = text.index(name, s + 1)
    return (s, s + len(name), label, name)


# --- a column of names -------------------------------------------------------------------------------------------

RECORDS = ("Brackenwold 4\tPipewort-Eval\t61.5\tour run\n"
           "Tamsify Max\tPipewort-Eval\t57.0\tvendor\n"
           "Quillery 2\tPipewort-Eval\t49.8\tour run\n")


def test_the_other_cells_of_a_model_column_are_models():
    found = column_cells(RECORDS, sorted([_ent(RECORDS, "Brackenwold 4", "MODEL"), _ent(RECORDS, "Pipewort-Eval", "BENCHMARK")]))[0]
    assert {(RECORDS[s:e], lab) for s, e, lab, _ in found} == {
        ("Tamsify Max", "MODEL"), ("Quillery 2", "MODEL"), ("Pipewort-Eval", "BENCHMARK")}


def test_a_recognised_part_of_a_cell_grows_to_the_cell():
    ents = sorted([_ent(RECORDS, "Brackenwold 4", "MODEL"), _ent(RECORDS, "Quillery", "MODEL"),
                   _ent(RECORDS, "Pipewort-Eval", "BENCHMARK")])
    add, drop = column_cells(RECORDS, ents)
    assert ("Quillery 2", "MODEL") in {(RECORDS[s:e], lab) for s, e, lab, _ in add}
    assert [ents[i][3] for i in drop] == ["Quillery"]


def test_no_names_without_a_column_of_numbers_or_a_recognised_cell():
    words = "Brackenwold 4\tPipewort-Eval\tgood\nTamsify Max\tPipewort-Eval\tfair\nQuillery 2\tPipewort-Eval\tpoor\n"
    assert column_cells(words, [_ent(words, "Brackenwold 4", "MODEL")])[0] == []
    assert column_cells(RECORDS, []) == ([], set())


def test_a_mixed_column_names_nothing():
    ents = [_ent(RECORDS, "Brackenwold 4", "MODEL"), _ent(RECORDS, "Tamsify Max", "BENCHMARK")]
    assert all(lab != "MODEL" for _, _, lab, _ in column_cells(RECORDS, ents)[0])


def test_plain_phrases_and_quantities_in_a_benchmark_column_are_no_benchmarks():
    text = ("Pipewort-Eval ...... GPT-5.1 ...... 61.5 %\n"
            "Longest context window ...... Mizzle 3 ...... 1,000,000 tokens\n"
            "Context-Length ...... Mizzle 3 ...... 400 K\n")
    found = column_cells(text, [_ent(text, "Pipewort-Eval", "BENCHMARK"), _ent(text, "GPT-5.1", "MODEL")])[0]
    assert [text[s:e] for s, e, lab, _ in found if lab == "BENCHMARK"] == []


def test_long_form_records_give_each_row_its_model(p):
    text = ("Rows below: model, benchmark, score (percent), who ran it.\n"
            "GPT-5.1\tPipewort-Eval\t61.5\tour run\n"
            "GPT-5.1\tGPQA Diamond\t84.0\tvendor\n"
            "Tamsify Max\tPipewort-Eval\t57.0\tour run\n"
            "Tamsify Max\tGPQA Diamond\t70.2\tvendor\n")
    claims = got(p, text)
    assert ("Tamsify Max", "Pipewort-Eval", 57.0) in claims
    assert ("Tamsify Max", "GPQA Diamond", 70.2) in claims
    assert not {c for c in claims if c[0] == "GPT-5.1" and c[2] in (57.0, 70.2)}


def test_a_dotted_record_book_names_each_line_its_benchmark(p):
    text = ("Best verified results, each checked by the test's keepers (in brackets)\n\n"
            "  GPQA Diamond ......... GPT-5.1 ........ 88.1 %   (independent re-run)\n"
            "  Pipewort-Eval ........ Brackenwold 4 ... 71.6 %   (Pipewort keepers)\n"
            "  Quarlmoth-Vision ..... GPT-5.1 ........ 64.0 %   (the keepers)\n")
    claims = got(p, text)
    assert ("GPT-5.1", "Quarlmoth-Vision", 64.0) in claims
    assert ("GPT-5.1", "GPQA Diamond", 64.0) not in claims


# --- a sheet's row numbers ---------------------------------------------------------------------------------------

def test_a_sheets_row_numbers_are_no_places(p):
    text = ("Sheet export, tab \"December\"\n\n"
            "\tA\tB\tC\n"
            "1\tModel\tGPQA Diamond (%)\tNotes\n"
            "2\tGPT-5.1\t84.0\tours\n"
            "3\tClaude Opus 4.5\t80.1\tours\n"
            "4\tTamsify Max\t70.0\tours\n")
    claims = p(text)._.claims
    assert not [c for c in claims if c["unit"] == "rank"]
    assert ("GPT-5.1", "GPQA Diamond", 84.0) in {(c["model"], c["benchmark"], c["score"]) for c in claims}


@pytest.mark.parametrize("header", ["", "#  Model  Score\n"])  # no header, or one the count does not number
def test_a_boards_rank_column_still_gives_places(p, header):
    text = ("GPQA Diamond board, December\n\n" + header +
            "1  GPT-5.1  84.0\n"
            "2  Claude Opus 4.5  80.1\n"
            "3  Gemini 3 Pro  70.0\n")
    ranks = {(c["model"], c["score"]) for c in p(text)._.claims if c["unit"] == "rank"}
    assert ("GPT-5.1", 1.0) in ranks and ("Claude Opus 4.5", 2.0) in ranks


def test_an_indented_two_field_block_names_its_benchmark_column(p):
    text = ("KEY RESULTS (our measurements, %)\n"
            "  GPQA Diamond ........ 71.8\n"
            "  Pipewort-Eval ....... 57.4\n"
            "  SWE-bench Pro ....... 44.0\n")
    s = text.index("GPQA Diamond")
    t = text.index("SWE-bench Pro")
    found = column_cells(text, [(s, s + 12, "BENCHMARK", "GPQA Diamond"), (t, t + 13, "BENCHMARK", "SWE-bench Pro")])[0]
    assert [(text[a:b], lab) for a, b, lab, _ in found] == [("Pipewort-Eval", "BENCHMARK")]


def test_a_sql_rows_quoted_values_are_its_cells():
    text = ("INSERT INTO runs VALUES ('brackenwold-4', 'Pipewort-Eval', 61.5, '2026-12-01');\n"
            "INSERT INTO runs VALUES ('tamsify-mini', 'Pipewort-Eval', 52.0, '2026-12-01');\n"
            "INSERT INTO runs VALUES ('quillery-2-large', 'Pipewort-Eval', 49.8, '2026-12-02');\n")
    ents = sorted([_ent(text, "brackenwold-4", "MODEL"), _ent(text, "Pipewort-Eval", "BENCHMARK")])
    found = column_cells(text, ents)[0]
    assert {text[s:e] for s, e, lab, _ in found if lab == "MODEL"} == {"tamsify-mini", "quillery-2-large"}
    assert "INSERT" not in " ".join(text[s:e] for s, e, _, _ in found)
