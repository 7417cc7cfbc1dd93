"""Delimited exports (CSV, TSV, semicolon) read by their structure (round 18, branch nlp-exports18): nlp.delimited_exports,
the claims table reader fed its rows, the entity finder fed its header-typed cells, and nlp.part_columns.board_parts.

Invented names only (Stiltmere 3, Stiltmere 3 Mini, Marzipan-9B, Quaystone 2 Pro; Cobbleton Labs, Kestrelwood AI, Dromond;
VellumQA, Wickerbench: grep, in no set, no nlp/data file, no other test), with hard negatives: a header-less dump, an export of
prices and parameter counts only, prose full of commas, dates / URLs / licences / placeholders in a name column.
"""
import pytest

import nlp
from nlp.delimited_exports import export_names, export_tables, name_cell
from nlp.part_columns import board_parts


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(text)._.claims}


def ents(p, text):
    return {(e.text, e.label_) for e in p(text).ents}


LEADERBOARD = """# export from the Wickerbench leaderboard, downloaded 2026-11-02 (accuracy in %)

rank,model,developer,overall,spoken,written,date_submitted,params_b
1,Stiltmere 3,Cobbleton Labs,61.4,55.0,67.8,2026-10-20,
2,Marzipan-9B,Kestrelwood AI,58.2,50.9,65.5,2026-10-28,9
3,Quaystone 2 Pro,Dromond,49.7,41.3,58.1,2026-09-30,120
"""


def test_export_table_cells_keep_their_columns():
    tables = export_tables(LEADERBOARD)
    assert len(tables) == 1
    a, b, rows = tables[0]
    assert LEADERBOARD[a:b].startswith("rank,model") and LEADERBOARD[a:b].endswith(",120")
    assert len(rows) == 4 and all(len(cs) == 8 for _, _, cs in rows)
    first = [LEADERBOARD[s:e] for s, e in rows[1][2]]
    assert first == ["1", "Stiltmere 3", "Cobbleton Labs", "61.4", "55.0", "67.8", "2026-10-20", ""]


def test_csv_leaderboard_claims_rank_aggregate_and_parts(p):
    got = claims(p, LEADERBOARD)
    for row in (("Stiltmere 3", 1, 61.4, 55.0, 67.8), ("Marzipan-9B", 2, 58.2, 50.9, 65.5), ("Quaystone 2 Pro", 3, 49.7, 41.3, 58.1)):
        model, rank, *scores = row
        assert (model, "Wickerbench", float(rank), "rank") in got
        for s in scores:
            assert (model, "Wickerbench", s, "%") in got
    # params, dates and the developer column are no scores
    assert not any(c[2] in (9.0, 120.0, 2026.0) for c in got)
    assert not any(c[0] in ("Cobbleton Labs", "Kestrelwood AI", "Dromond") for c in got)
    assert len(got) == 12


def test_csv_leaderboard_entities_by_header(p):
    got = ents(p, LEADERBOARD)
    assert {("Stiltmere 3", "MODEL"), ("Marzipan-9B", "MODEL"), ("Quaystone 2 Pro", "MODEL"),
            ("Cobbleton Labs", "ORG"), ("Kestrelwood AI", "ORG"), ("Dromond", "ORG")} <= got


TSV = ("Pasted from our comparison sheet (scores in %):\n\n"
       "model\tdeveloper\tVellumQA\tWickerbench\tprice_per_M_out\tnotes\n"
       "Stiltmere 3\tCobbleton Labs\t72.5\t61.4\t8.00\tvendor figures\n"
       "Marzipan-9B\tKestrelwood AI\t66.0\t\t0.40\tno Wickerbench run\n"
       "Quaystone 2 Pro\tDromond\t69.1\t49.7\t12.50\tvendor figures\n")


def test_tsv_models_down_boards_across(p):
    got = claims(p, TSV)
    assert {("Stiltmere 3", "VellumQA", 72.5, "%"), ("Stiltmere 3", "Wickerbench", 61.4, "%"),
            ("Marzipan-9B", "VellumQA", 66.0, "%"), ("Quaystone 2 Pro", "VellumQA", 69.1, "%"),
            ("Quaystone 2 Pro", "Wickerbench", 49.7, "%")} == got  # the blank cell shifts nothing; no price claim
    assert ("Dromond", "ORG") in ents(p, TSV) and ("Marzipan-9B", "MODEL") in ents(p, TSV)


SEMICOLON = ("Résultats exportés (accuracy, %)\n\n"
             "model;developer;VellumQA;Wickerbench\n"
             "Stiltmere 3;Cobbleton Labs;72,5;61,4\n"
             "Marzipan-9B;Kestrelwood AI;66,0;58,2\n"
             "Quaystone 2 Pro;Dromond;69,1;49,7\n")


def test_semicolon_export_with_decimal_commas(p):
    tables = export_tables(SEMICOLON)
    assert len(tables) == 1 and [SEMICOLON[s:e] for s, e in tables[0][2][1][2]] == ["Stiltmere 3", "Cobbleton Labs", "72,5", "61,4"]
    got = claims(p, SEMICOLON)
    assert ("Stiltmere 3", "VellumQA", 72.5, "%") in got and ("Quaystone 2 Pro", "Wickerbench", 49.7, "%") in got
    assert len(got) == 6


QUOTED = ('The Wickerbench leaderboard, as exported (scores in %):\n\n'
          'rank,model,developer,score,notes\n'
          '1,"Quaystone 2 Pro","Dromond, Inc.",63.2,"re-run, same seed"\n'
          '2,Stiltmere 3,"Cobbleton Labs",61.4,""\n'
          '3,"Marzipan-9B","Kestrelwood AI, Ltd.",58.2,"said ""preview"""\n')


def test_quoted_fields_with_embedded_delimiters(p):
    tables = export_tables(QUOTED)
    assert len(tables) == 1
    rows = tables[0][2]
    assert all(len(cs) == 5 for _, _, cs in rows)
    assert [QUOTED[s:e] for s, e in rows[1][2]] == ["1", "Quaystone 2 Pro", "Dromond, Inc.", "63.2", "re-run, same seed"]
    got = claims(p, QUOTED)
    assert {("Quaystone 2 Pro", "Wickerbench", 63.2, "%"), ("Stiltmere 3", "Wickerbench", 61.4, "%"),
            ("Marzipan-9B", "Wickerbench", 58.2, "%")} <= got
    assert not any(c[2] in (2.0,) and c[3] != "rank" for c in got)


HEADERLESS = ("Wickerbench dump, no header:\n\n"
              "Stiltmere 3,Cobbleton Labs,61.4,2026-10-20\n"
              "Marzipan-9B,Kestrelwood AI,58.2,2026-10-28\n"
              "Quaystone 2 Pro,Dromond,49.7,2026-09-30\n")


def test_headerless_export_is_no_export(p):
    assert export_tables(HEADERLESS) == []
    assert list(export_names(HEADERLESS)) == []


PRICES = ("Price sheet for Cobbleton Labs' Stiltmere family, exported from the console:\n\n"
          "model,developer,params_b,context_k,price_in,price_out\n"
          "Stiltmere 3,Cobbleton Labs,70,256,1.20,4.80\n"
          "Stiltmere 3 Mini,Cobbleton Labs,8,128,0.10,0.40\n"
          "Marzipan-9B,Kestrelwood AI,9,32,0.05,0.20\n")


def test_export_of_prices_and_params_gives_no_claim(p):
    assert len(export_tables(PRICES)) == 1
    assert claims(p, PRICES) == set()
    assert ("Stiltmere 3 Mini", "MODEL") in ents(p, PRICES)


BOARD_COLUMN = ("Exported from our eval runner (percent):\n\n"
                "model,developer,VellumQA accuracy,runs\n"
                "Stiltmere 3,Cobbleton Labs,72.5,3\n"
                "Marzipan-9B,Kestrelwood AI,66.0,3\n"
                "Quaystone 2 Pro,Dromond,69.1,5\n")


def test_score_column_named_by_a_board(p):
    got = claims(p, BOARD_COLUMN)
    assert {("Stiltmere 3", "VellumQA", 72.5, "%"), ("Marzipan-9B", "VellumQA", 66.0, "%"),
            ("Quaystone 2 Pro", "VellumQA", 69.1, "%")} <= got
    assert not any(c[2] in (3.0, 5.0) for c in got)  # the runs column is a count


def test_prose_with_commas_is_no_export():
    prose = ("Cobbleton Labs, Kestrelwood AI, and Dromond, three labs, met in Leeds, York, and Hull.\n"
             "They compared Stiltmere 3, Marzipan-9B, and Quaystone 2 Pro, all open, on 12 tasks.\n"
             "Results, they said, were close, within 2 points, on most tasks.\n")
    assert export_tables(prose) == []


@pytest.mark.parametrize("cell,ok", [("Stiltmere 3", True), ("Cobbleton Labs", True), ("2026-10-20", False), ("61.4", False),
                                     ("https://cobbleton.example/stiltmere", False), ("Apache 2.0", False), ("MIT", False),
                                     ("n/a", False), ("—", False), ("yes", False), ("Oct 20, 2026", False)])
def test_name_cell(cell, ok):
    assert name_cell(cell, 0, len(cell)) is ok


def test_names_only_under_kind_headers():
    text = ("model,licence,homepage,released,score\n"
            "Stiltmere 3,Apache 2.0,https://cobbleton.example,2026-10-20,61.4\n"
            "n/a,MIT,www.kestrelwood.example,2026-10-28,58.2\n"
            "Quaystone 2 Pro,proprietary,dromond.example,2026-09-30,49.7\n")
    got = {(text[s:e], lab) for s, e, lab in export_names(text)}
    assert got == {("Stiltmere 3", "MODEL"), ("Quaystone 2 Pro", "MODEL")}


def test_board_parts_only_under_an_aggregate():
    text = "rank,model,overall,spoken,written,votes\n1,A,61.4,55.0,67.8,1200\n2,B,58.2,50.9,65.5,900\n"
    rows = export_tables(text)[0][2] if export_tables(text) else None
    # (two data rows: read directly by the column test)
    from nlp.delimited_exports import _fields
    lines = text.splitlines()
    pos, rows = 0, []
    for ln in lines:
        rows.append((pos, pos + len(ln), _fields(text, pos, pos + len(ln), ",")))
        pos += len(ln) + 1
    header, body = rows[0][2], rows[1:]
    assert board_parts(text, header, body, 2, {0, 1}) == [3, 4]  # "votes" (1200) is off the scale
    text2 = text.replace("overall", "score  ")
    assert board_parts(text2, header, body, 2, {0, 1}) == []  # no aggregate: the parts are not read


# ---- keyed records: a record's keys type its values (JSON objects, YAML mappings)
YAML_BOARD = """The Wickerbench leaderboard API response (YAML):

- rank: 1
  model: Stiltmere 3
  developer: Cobbleton Labs
  score: 61.4
- rank: 2
  model: Marzipan-9B
  developer: Kestrelwood AI
  score: 58.2
- rank: 3
  model: Quaystone 2 Pro
  developer: Dromond
  score: 49.7
"""


def test_yaml_board_records(p):
    assert claims(p, YAML_BOARD) == {
        ("Stiltmere 3", "Wickerbench", 1.0, "rank"), ("Stiltmere 3", "Wickerbench", 61.4, "points"),
        ("Marzipan-9B", "Wickerbench", 2.0, "rank"), ("Marzipan-9B", "Wickerbench", 58.2, "points"),
        ("Quaystone 2 Pro", "Wickerbench", 3.0, "rank"), ("Quaystone 2 Pro", "Wickerbench", 49.7, "points")}
    got = ents(p, YAML_BOARD)
    assert {("Stiltmere 3", "MODEL"), ("Marzipan-9B", "MODEL"), ("Quaystone 2 Pro", "MODEL"),
            ("Cobbleton Labs", "ORG"), ("Kestrelwood AI", "ORG"), ("Dromond", "ORG")} <= got


YAML_RESULTS = """Our eval results:

- model: Stiltmere 3
  benchmark: VellumQA
  accuracy: 72.5
- model: Marzipan-9B
  benchmark: VellumQA
  accuracy: 66.0
"""


def test_yaml_record_keys_type_their_values(p):
    got = ents(p, YAML_RESULTS)
    assert ("Stiltmere 3", "MODEL") in got and ("Marzipan-9B", "MODEL") in got  # never the benchmark beside them
    assert ("Stiltmere 3", "VellumQA", 72.5) in {c[:3] for c in claims(p, YAML_RESULTS)}


JSON_BOARD = """The Wickerbench leaderboard API response:

{
  "board": "Wickerbench",
  "entries": [
    {
      "rank": 1,
      "model": "Stiltmere 3",
      "developer": "Cobbleton Labs",
      "score": 61.4
    },
    {
      "rank": 2,
      "model": "Marzipan-9B",
      "developer": "Kestrelwood AI",
      "score": 58.2
    }
  ]
}
"""


def test_json_record_keys_type_their_values(p):
    got = ents(p, JSON_BOARD)
    assert {("Stiltmere 3", "MODEL"), ("Marzipan-9B", "MODEL"), ("Cobbleton Labs", "ORG"), ("Kestrelwood AI", "ORG")} <= got


def test_keyed_names_need_a_record():
    from nlp.delimited_exports import keyed_names
    # a config of words (no figure), a prompt's "task:" line, a lone "model:" line in prose: no names
    config = "model: Stiltmere 3\nprovider: Cobbleton Labs\ntask: summarise the report\n"
    assert list(keyed_names(config)) == []
    lone = "We asked about it.\nmodel: Stiltmere 3\nIt scored 61.4 there, they said.\n"
    assert list(keyed_names(lone)) == []
    rec = "model: Stiltmere 3\nprovider: Cobbleton Labs\ntask: summarise the report\nscore: 61.4\nlicence: MIT\n"
    assert {(rec[s:e], lab) for s, e, lab in keyed_names(rec)} == {("Stiltmere 3", "MODEL"), ("Cobbleton Labs", "ORG")}
