"""One table normaliser (nlp.table_rows, round 13): drawn tables of any border style in pipes, MediaWiki tables and
fixed-width tables of one row as rows; pretty-printed JSON records (nlp.record_lines); "X: B: n, C: n" lines
(nlp.pair_rows). Every name here is invented (grep: in no set, no nlp/data file, no other test before round 13):
Wendleby, Haverel, Trundell, Grisewood, Hurdwick, Cobnutter; Pinnock-QA, KibbleBench, Ostler-Eval, SoapstoneMath;
Brockwell Labs, Quimby AI. The generator's new layouts (tests/nlp/claim_layout_gen.py ``FRESH``, a fresh name pool)
are read back on seeds the rules were not written on (300–309; written on 100–139).
"""
import pytest

import nlp
from nlp.record_lines import record_tables
from nlp.table_rows import one_row_tables, pipe_tables, wiki_tables as cell_tables
from tests.nlp import claim_layout_gen as gen


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


LEAD = "Brockwell Labs released Wendleby 3 today.\n\n"
TAIL = "\n\nWeights follow next month.\n"


@pytest.mark.parametrize("layout", gen.FRESH)
def test_fresh_layouts_read_back_on_unseen_seeds(p, layout):
    r = gen.read_back(p, range(300, 310), [layout])[layout]
    assert r["P"] >= 0.95 and r["R"] >= 0.90, (layout, r)


def test_fresh_pool_is_used_for_fresh_layouts():
    bd = gen.draw_board(5, pools=gen.FRESH_POOLS)
    assert all(m.split()[0].split("-")[0] in gen.FRESH_POOLS[0] for m in bd.models)
    assert not set(gen.FRESH_POOLS[0]) & set(gen.FAMILIES)


# -- pipes, same length --------------------------------------------------------------------------------------------
ORG = ("| Model       | Pinnock-QA | KibbleBench |\n|-------------+------------+-------------|\n"
       "| Wendleby 3  | 71.2       | 55.0        |\n| Haverel-2 Pro | 64.8     | 49.5        |")
RST = ("===========  ==========  ===========\nModel        Pinnock-QA  KibbleBench\n===========  ==========  ===========\n"
       "Wendleby 3   71.2        55.0\nTrundell 4   64.8        49.5\n===========  ==========  ===========")


def test_org_rule_and_rst_simple_table_become_pipes_offsets_kept():
    for t in (ORG, RST):
        out = pipe_tables(t)
        assert out is not t and len(out) == len(t)
    assert "|-------------|------------|-------------|" in pipe_tables(ORG)
    rst = pipe_tables(RST).split("\n")
    assert rst[0].strip() == "" and rst[-1].strip() == ""  # top and bottom borders blanked
    assert rst[1].count("|") == 2 and rst[3].count("|") == 2 and set(rst[2]) <= {"-", "|", " "}


def test_pipes_read_as_tables(p):
    for t in (ORG, RST):
        claims = got(p, LEAD + t + TAIL)
        assert ("Wendleby 3", "Pinnock-QA", 71.2) in claims and ("Wendleby 3", "KibbleBench", 55.0) in claims
        assert len({c for c in claims if c[0] == "Wendleby 3"}) == 2  # never another row's values


def test_lone_borders_and_prose_are_left_alone():
    heading = "Results\n=======\n\nWendleby 3 scores 71.2 on Pinnock-QA."
    assert pipe_tables(heading) is heading  # a setext underline is one run of "=", no table border
    one = "=====  =====\nnot a table at all, just two borders\n=====  =====\n"
    assert pipe_tables(one) is one  # two borders, no header border between: no simple table
    art = "a +--+ b and c |--+--| d"
    assert pipe_tables(art) is art


# -- MediaWiki -----------------------------------------------------------------------------------------------------
WIKI = ('{| class="wikitable sortable"\n|+ Scores\n! Model !! Developer !! Pinnock-QA !! Released\n|-\n'
        "| [[Wendleby 3]] || Brockwell Labs || '''71.2''' || 2026-03\n|-\n"
        '| [[Trundell (model)|Trundell 4]] || Quimby AI || style="text-align:right" | 64.8<ref>card</ref> || 2026-01\n|}')
WIKI_ACROSS = ("{|\n! Benchmark\n! Wendleby 3\n! Grisewood-2.5\n|-\n| KibbleBench\n| 55.0\n| 61.3\n|-\n"
               "| Ostler-Eval\n| 38.1\n| 42.0\n|}")


def test_mediawiki_cells_without_markup():
    (a, b, rows), = cell_tables(WIKI)
    cells = [[WIKI[s:e] for s, e in r[2]] for r in rows]
    assert cells[0] == ["Model", "Developer", "Pinnock-QA", "Released"]
    assert cells[1] == ["Wendleby 3", "Brockwell Labs", "71.2", "2026-03"]
    assert cells[2] == ["Trundell 4", "Quimby AI", "64.8", "2026-01"]


def test_mediawiki_tables_read(p):
    claims = got(p, LEAD + "The board lists a percentage per model.\n\n" + WIKI + TAIL)
    assert ("Wendleby 3", "Pinnock-QA", 71.2) in claims and ("Trundell 4", "Pinnock-QA", 64.8) in claims
    assert not any(c[2] in (2026.0, 3.0, 1.0) for c in claims)
    claims = got(p, LEAD + WIKI_ACROSS + TAIL)  # one cell a line, the models across
    assert {("Wendleby 3", "KibbleBench", 55.0), ("Grisewood-2.5", "KibbleBench", 61.3),
            ("Wendleby 3", "Ostler-Eval", 38.1), ("Grisewood-2.5", "Ostler-Eval", 42.0)} <= claims


def test_mediawiki_without_scores_gives_nothing(p):
    infobox = "{| class=\"infobox\"\n! Developer\n| Brockwell Labs\n|-\n! Released\n| 2026\n|}"
    assert cell_tables(infobox) == [] or got(p, infobox) == set()
    assert cell_tables("no table {| here") == []


# -- a fixed-width table of one row: the models across -------------------------------------------------------------
ONE_ROW = ("Accuracy (%):\n\n  Eval          Wendleby 3   Hurdwick 3 Mini   Cobnutter-7B\n"
           "  Pinnock-QA    58.2         61.0              44.7\n")


def test_one_row_table_gives_each_model_its_column(p):
    assert len(one_row_tables(ONE_ROW)) == 1
    claims = got(p, LEAD + ONE_ROW + TAIL)
    assert {("Wendleby 3", "Pinnock-QA", 58.2), ("Hurdwick 3 Mini", "Pinnock-QA", 61.0),
            ("Cobnutter-7B", "Pinnock-QA", 44.7)} <= claims
    assert len([c for c in claims if c[0] == "Wendleby 3"]) == 1  # never every value to the first name
    right = ("            Wendleby 3  Hurdwick 3 Mini\nPinnock-QA        58.2             61.0\n")  # pandas, right-aligned
    assert got(p, LEAD + right + TAIL) >= {("Wendleby 3", "Pinnock-QA", 58.2), ("Hurdwick 3 Mini", "Pinnock-QA", 61.0)}


def test_one_row_hard_negatives():
    assert one_row_tables("Year    Revenue    Staff\n2026    41.2       300\n") == []  # the label is a number
    misaligned = "Eval   A   B   C\nPinnock-QA                          58.2   61.0   44.7\n"
    assert one_row_tables(misaligned) == []  # the values stand under no header cell
    inside = "Intro line\nEval   Wendleby 3   Hurdwick 3\nPinnock-QA   58.2   61.0\nmore text\n"
    assert one_row_tables(inside) == []  # part of a longer block: the aligned-columns reader's
    assert one_row_tables("Eval   Wendleby 3   Hurdwick 3\nPinnock-QA   58.2   sixty\n") == []


# -- pretty-printed JSON records -----------------------------------------------------------------------------------
JSON = """[
  {
    "suite": "SoapstoneMath",
    "entries": [
      {
        "rank": 1,
        "model": "cobnutter-7b",
        "score": 66.4,
        "n": 500,
        "latency_ms": 840
      },
      {
        "rank": 2,
        "model": "Haverel-2 Pro",
        "score": 61.9,
        "n": 500,
        "latency_ms": 1210
      }
    ]
  }
]"""


def test_pretty_printed_records(p):
    assert len(record_tables(JSON)) == 1
    claims = got(p, "The export:\n\n" + JSON + TAIL)
    keys = {gen._key(*c) for c in claims}  # a slug may come back as its display name ("Cobnutter 7B")
    assert {gen._key("cobnutter-7b", "SoapstoneMath", 66.4), gen._key("Haverel-2 Pro", "SoapstoneMath", 61.9)} <= keys
    assert not any(c[2] in (500.0, 840.0, 1210.0) for c in claims)  # counts and latencies are no scores
    nested = '{\n  "model": "Wendleby 3",\n  "results": {"Pinnock-QA": 71.2}\n}'
    assert record_tables(nested) == []  # an object holding an object is no record


# -- key/value lines ------------------------------------------------------------------------------------------------
def test_colon_labels_comma_pairs_and_one_pair_lines(p):
    text = LEAD + "Results (unit: %):\n\nWendleby 3: Pinnock-QA: 71.2, KibbleBench: 55.0\n" \
                  "Trundell 4: Pinnock-QA: 64.8, KibbleBench: 49.5\n" + TAIL
    assert {("Wendleby 3", "Pinnock-QA", 71.2), ("Trundell 4", "KibbleBench", 49.5),
            ("Trundell 4", "Pinnock-QA", 64.8), ("Wendleby 3", "KibbleBench", 55.0)} <= got(p, text)
    one = LEAD + "Wendleby 3 — Ostler-Eval: 38.1\nGrisewood-2.5 — Ostler-Eval: 42.0\n" + TAIL
    assert {("Wendleby 3", "Ostler-Eval", 38.1), ("Grisewood-2.5", "Ostler-Eval", 42.0)} <= got(p, one)


def test_key_value_hard_negatives(p):
    # lines of one pair that name different keys are no table (a changelog), and one line alone is none
    text = "Release notes.\n\nWendleby 3 — Context: 128\nTrundell 4 — Price: 2.5\n"
    assert not any(c[1] in ("Context", "Price") for c in got(p, text))


# -- orientation: a models-across table whose one row is the board's measure ----------------------------------------
def test_metric_row_under_models_takes_the_board_named_around(p):
    for table in ("| Metric | Wendleby 3 | Trundell 4 |\n|---|---|---|\n| Accuracy (%) | 58.2 | 61.0 |\n",
                  "+----------+------------+------------+\n| Metric   | Wendleby 3 | Trundell 4 |\n"
                  "+==========+============+============+\n| pass@1   | 58.2       | 61.0       |\n"
                  "+----------+------------+------------+\n"):
        claims = got(p, "Ostler-Eval results for Wendleby 3 and its rivals.\n\n" + table)
        assert {("Wendleby 3", "Ostler-Eval", 58.2), ("Trundell 4", "Ostler-Eval", 61.0)} <= claims, table


def test_two_metric_rows_are_no_two_scores():
    # two measures of one board (accuracy and exact match) are no two scores on it: the mechanism stands aside
    from nlp.table_rows import metric_row
    t = "| Metric | A | B |\n| Accuracy | 58.2 | 61.0 |\n| Exact match | 41.5 | 44.0 |\n| Cost ($) | 1 | 2 |"
    lines = t.split("\n")
    rows, pos = [], 0
    for line in lines:
        first = line.index("|", 1)
        rows.append((pos, pos + len(line), [(pos + 2, pos + first - 1)]))
        pos += len(line) + 1
    assert metric_row(t, rows[1:2], []) == 0
    assert metric_row(t, rows[1:3], []) is None  # two metric rows
    assert metric_row(t, rows[1:2] + rows[3:], []) == 0  # a cost row is no metric
    assert metric_row(t, rows[1:2], [(rows[1][2][0][0], rows[1][2][0][1], "BENCHMARK", "Accuracy")]) is None


# -- a metric heading a column is the measure of the board named around the table --------------------------------
def test_metric_column_takes_the_board_named_around(p):
    card = ("Dataset card: Pinnock-QA\n\nBaselines we ran (exact match, %):\n\n  model            EM\n  Wendleby 3       62.0\n"
            "  Trundell 4       66.7\n  Grisewood-2.5    58.9\n\nPlease cite Pinnock-QA.\n")
    assert {("Wendleby 3", "Pinnock-QA", 62.0), ("Trundell 4", "Pinnock-QA", 66.7),
            ("Grisewood-2.5", "Pinnock-QA", 58.9)} <= got(p, card)
    board = "## KibbleBench\n\n| Model | F1 |\n|---|---|\n| Wendleby 3 | 71.0 |\n| Trundell 4 | 64.2 |\n"
    claims = got(p, board)
    assert ("Wendleby 3", "KibbleBench", 71.0) in claims and ("Trundell 4", "KibbleBench", 64.2) in claims
    assert not any(c[1] in ("EM", "F1") for c in got(p, card) | claims)


def test_metric_column_without_a_board_gives_no_metric_benchmark(p):
    text = "Our runs.\n\n| Model | EM |\n|---|---|\n| Wendleby 3 | 62.0 |\n| Trundell 4 | 66.7 |\n"
    assert not any(c[1] == "EM" for c in got(p, text))


WIKI_ATTRS = ('{| class="wikitable sortable" style="text-align:center"\n|-\n! scope="col" | Model\n! scope="col" | Developer\n'
              '! scope="col" | {{abbr|PQA|Pinnock-QA}}\n! scope="col" | KibbleBench\n|-\n! scope="row" | [[Wendleby 3]]\n'
              '| [[Brockwell Labs]]\n| style="background:#cfc" | \'\'\'58.2\'\'\'\n| 70.1<ref name="card"/>\n|-\n'
              '! scope="row" | Trundell 4\n| Quimby AI || 61.0 || 66.3\n|}')


def test_mediawiki_attributes_templates_and_row_headers(p):
    (a, b, rows), = cell_tables(WIKI_ATTRS)
    assert [[WIKI_ATTRS[s:e] for s, e in r[2]] for r in rows] == [
        ["Model", "Developer", "Pinnock-QA", "KibbleBench"], ["Wendleby 3", "Brockwell Labs", "58.2", "70.1"],
        ["Trundell 4", "Quimby AI", "61.0", "66.3"]]
    claims = got(p, "== Results ==\nScores are percentages.\n\n" + WIKI_ATTRS + "\n")
    assert {("Wendleby 3", "Pinnock-QA", 58.2), ("Wendleby 3", "KibbleBench", 70.1),
            ("Trundell 4", "Pinnock-QA", 61.0), ("Trundell 4", "KibbleBench", 66.3)} <= claims
