"""Drawn tables (box-drawing, grid borders: nlp.ruled_tables, now nlp.table_rows.pipe_tables) and result records (JSON Lines, logfmt:
nlp.record_lines) read back as claims (round 12 step 2, branch nlp-claims12b).

Layouts: tests/nlp/claim_layout_gen.py's box_table, grid_table, jsonl_records, logfmt_records, on seeds the rules were
not written on (the branch looked at seeds 0–19; these are 300–309). Names invented (Kestrack, Orrisfold, Wimbrey,
Tollgarth, Penhallow, Brambleton appear in no set and no nlp/data file); hard negatives below.
"""
import pytest

import nlp
from nlp.record_lines import record_tables
from nlp.table_rows import pipe_tables as ruled_tables
from tests.nlp import claim_layout_gen as gen

NEW = ("box_table", "grid_table", "jsonl_records", "logfmt_records", "json_board", "chart_positions", "pair_rows")


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


@pytest.mark.parametrize("layout", NEW)
def test_new_layouts_read_back(p, layout):
    r = gen.read_back(p, range(300, 310), (layout,))[layout]
    assert r["P"] >= 0.95 and r["R"] >= 0.90, (layout, r)


def test_old_layouts_render_as_before():
    # adding layouts keeps the random stream of the first ones (their renderings are what their bars were set on)
    assert gen._ORDER[:22] == tuple(sorted(gen._ORDER[:22])) and set(gen._ORDER) == set(gen.LAYOUTS)


BOX = """Brambleton Labs released Kestrack-3 today.

╔══════════════╦═══════════╦═════════════╗
║ Benchmark    ║ Kestrack-3 ║ Orrisfold-2 ║
╠══════════════╬═══════════╬═════════════╣
║ Tollgarth-QA ║ 71.4      ║ 66.0        ║
║ WimbreyBench ║ 58.2      ║ 61.9        ║
╚══════════════╩═══════════╩═════════════╝
"""


def test_box_table_columns_keep_their_models(p):
    out = ruled_tables(BOX)
    assert len(out) == len(BOX) and "║" not in out and "═" not in out
    assert got(p, BOX) >= {("Kestrack-3", "Tollgarth-QA", 71.4), ("Orrisfold-2", "Tollgarth-QA", 66.0),
                           ("Kestrack-3", "WimbreyBench", 58.2), ("Orrisfold-2", "WimbreyBench", 61.9)}


def test_grid_border_needs_a_pipe_row_beside_it():
    lone = "Totals\n+-----+-----+\nsee above\n"
    assert ruled_tables(lone) is lone  # a border with no "| a | b |" beside it is left alone
    prose = "Kestrack-3 gets 71.4 on Tollgarth-QA (+2.1 over Orrisfold-2), a+b=c.\n"
    assert ruled_tables(prose) is prose


def test_directory_tree_is_no_table(p):
    tree = "Kestrack-3's repository:\n\n├── configs\n│   ├── tollgarth-qa.yaml\n│   └── 71.4.yaml\n└── README.md\n"
    assert len(ruled_tables(tree)) == len(tree)
    assert not got(p, tree)


LOG = """Tail of the Penhallow CI log. Scores are pass rates in percent.

2026-04-01T03:00:01Z [eval] model=kestrack-3-mini suite=Tollgarth QA pass=63.5 tasks=400 wall=1h12m
2026-04-01T03:00:02Z [eval] model=kestrack-3-mini suite=WimbreyBench pass=48.0 tasks=120 wall=0h31m
2026-04-01T03:00:03Z [warn] orrisfold-2: 4 tasks timed out at 900s
2026-04-01T03:00:04Z [eval] model=orrisfold-2 suite=Tollgarth QA pass=59.1 tasks=400 wall=1h40m
"""


def test_logfmt_values_named_by_their_keys(p):
    claims = [c for c in p(LOG)._.claims]
    keys = {("".join(c["model"].lower().replace("-", " ").split()), c["benchmark"], c["score"]) for c in claims}
    assert keys == {("kestrack3mini", "Tollgarth QA", 63.5), ("kestrack3mini", "WimbreyBench", 48.0),
                    ("orrisfold2", "Tollgarth QA", 59.1)}
    assert all(c["unit"] == "%" for c in claims)


def test_jsonl_counts_and_latencies_are_no_scores(p):
    text = ('{"model": "orrisfold-2", "suite": "WimbreyBench", "acc": 0.614, "n": 500, "latency_ms": 830}\n'
            '{"model": "kestrack-3", "suite": "WimbreyBench", "acc": 0.582, "n": 500, "latency_ms": 610}\n')
    assert {c["score"] for c in p(text)._.claims} == {0.614, 0.582}


def test_records_without_all_three_roles_read_nothing():
    config = ("model=kestrack-3 temperature=0.7 max_tokens=512 task=summarise\n"
              "model=orrisfold-2 temperature=0.2 max_tokens=256 task=translate\n")
    assert record_tables(config) == []  # no score key
    counts = '{"model": "kestrack-3", "suite": "WimbreyBench", "n": 500, "latency_ms": 830}\n'
    assert record_tables(counts) == []
    missing = '{"model": "kestrack-3", "suite": "WimbreyBench", "acc": "n/a", "n": 500}\n'
    assert record_tables(missing) == []
    numeric_model = "run=4 model=7 suite=WimbreyBench score=71.0\n"
    assert record_tables(numeric_model) == []


SOURCE_COLUMNS = """kestrack-3-preview, our eval run

Ran Brambleton's new Kestrack-3 through the eval box this morning. The "card" column is what Brambleton published.

╔══════════════╦═════════╦═══════╗
║ benchmark    ║ our run ║ card  ║
╠══════════════╬═════════╬═══════╣
║ Tollgarth-QA ║ 90.8    ║ 91.9  ║
║ WimbreyBench ║ 36.1    ║ 37.5  ║
╚══════════════╩═════════╩═══════╝
"""


def test_drawn_table_the_table_reader_reads_nothing_of_stays_with_the_sentence_reader(p):
    # columns named by source ("our run", "card"), not by model: the table reader gives nothing, and the block is
    # not kept from the sentence reader (which gives the rows to the passage's model, as before the rule)
    assert {(m, s) for m, _, s in got(p, SOURCE_COLUMNS)} >= {("Kestrack-3", v) for v in (90.8, 91.9, 36.1, 37.5)}


def test_board_records_need_two_records_and_a_board(p):
    one = '{"rank": 1, "model": "Kestrack-3", "score": 66.4, "runs": 5}\n'
    assert record_tables(one) == []  # one record of a board is no board
    nameless = ("Some numbers from the endpoint:\n\n"
                '{"model": "Kestrack-3", "score": 66.4, "runs": 5}\n{"model": "Orrisfold-2", "score": 64.9, "runs": 5}\n')
    assert len(record_tables(nameless)) == 1
    assert not got(p, nameless)  # no benchmark named anywhere: no claim
    counts = '{"model": "Kestrack-3", "runs": 5, "tokens": 66400}\n{"model": "Orrisfold-2", "runs": 5, "tokens": 64900}\n'
    assert record_tables(counts) == []  # no score key


ALIGNED = """Slide 9 — where the portfolio stands (Penhallow Capital)

                        Kestrack-3 Pro   Orrisfold-2   Claude Sonnet 4.5
GPQA Diamond (%)           79.6            74.1          68.8
Tollgarth-QA (%)           64.0            70.5          55.2
Brambleton Reasoning Exam (%) 21.3         17.9          12.6
Cairnstone-Hard (%)        90.2            85.0          79.4
"""


def test_aligned_row_label_glued_to_its_first_value(p):
    # the long label's unit bracket, one space, the first value: the row keeps its four cells and the table its rows
    assert got(p, ALIGNED) >= {("Kestrack-3 Pro", "Brambleton Reasoning Exam", 21.3),
                               ("Orrisfold-2", "Brambleton Reasoning Exam", 17.9),
                               ("Kestrack-3 Pro", "Cairnstone-Hard", 90.2)}


def test_glued_split_needs_the_unit_bracket():
    from nlp.claim_tables import cells
    line = "Kestrack 3.5   71.0   64.2"  # a version number ending the name is no glued value
    assert [line[s:e] for s, e in cells(line, 0, len(line), "  ")] == ["Kestrack 3.5", "71.0", "64.2"]
    line = "Tollgarth-QA (%) 21.3   17.9"
    assert [line[s:e] for s, e in cells(line, 0, len(line), "  ")] == ["Tollgarth-QA (%)", "21.3", "17.9"]


def test_position_keys_need_a_value_for_every_place():
    from nlp.position_keys import position_tables
    key = "In each group, the left bar (teal) is Kestrack-3 Pro and the right bar (grey) is Orrisfold-2.\n\n"
    full = key + "- Tollgarth-QA: left bar 74.9%, right bar 80.0%.\n"
    (_, _, rows), = position_tables(full)
    assert [full[s:e] for s, e in rows[0][2][1:]] == ["Kestrack-3 Pro", "Orrisfold-2"]  # no sentence stop kept
    assert [full[s:e] for s, e in rows[1][2]] == ["Tollgarth-QA", "74.9%", "80.0%"]
    assert position_tables(key + "- Tollgarth-QA: left bar 74.9%.\n") == []  # one place of two: nothing
    one_place = "The left bar is Kestrack-3 Pro.\n\n- Tollgarth-QA: left bar 74.9%, right bar 80.0%.\n"
    assert position_tables(one_place) == []  # a key of one place is no key
    prose = "The top line shows the median and the bottom line the spread; Tollgarth-QA: top 74.9, bottom 12.0.\n"
    assert position_tables(prose) == []  # "the median" is no name


PAIR_ROWS = """Key results, accuracy in percent.

Kestrack-3 — Tollgarth-QA: 74.8 | WimbreyBench: 69.2 | GPQA Diamond: 66.5
Orrisfold-2 — Tollgarth-QA: 71.0 | WimbreyBench: 72.4 | GPQA Diamond: 90.4
"""


def test_pair_rows_give_each_line_its_model(p):
    assert got(p, PAIR_ROWS) >= {("Orrisfold-2", "GPQA Diamond", 90.4), ("Kestrack-3", "WimbreyBench", 69.2),
                                 ("Orrisfold-2", "Tollgarth-QA", 71.0)}
    assert ("Kestrack-3", "GPQA Diamond", 90.4) not in got(p, PAIR_ROWS)


def test_pair_rows_of_quantities_are_no_scores(p):
    from nlp.pair_rows import pair_row_tables
    specs = ("Kestrack-3 — Params: 70 | Context: 128 | Price: 2.5\n"
             "Orrisfold-2 — Params: 32 | Context: 200 | Price: 0.6\n")
    assert len(pair_row_tables(specs)) == 1 and not got(p, specs)
    mixed = "Kestrack-3 — Tollgarth-QA: 74.8 | WimbreyBench: 69.2\nOrrisfold-2 — WimbreyBench: 72.4 | Tollgarth-QA: 71.0\n"
    assert pair_row_tables(mixed) == []  # names in another order: no one table
