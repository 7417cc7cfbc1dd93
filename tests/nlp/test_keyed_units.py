"""Result records whose keys the readers did not know (round 24): a score key that carries its unit ("accuracy_pct"),
an arena's "elo" key in one-line JSON records, and Protocol Buffers' text format (``result { model: "X" … }``).
Invented names (Corvenna, Mirefold, Pettigrue, FenmossQA, Grebeway Arena, OstlerBench); the whole pipeline runs."""
import pytest

from nlp.record_lines import percent_key, score_key
from nlp.result_trees import _brace_blocks

TEXTPROTO = '''# results.textproto: our nightly re-run
suite: "OstlerBench"
version: "3.1"
items: 640
result {
  model: "Corvenna 2"
  accuracy_pct: 71.4
  ci95_pct: 2.2
  cost_usd: 8.10
}
result {
  model: "Mirefold-4"
  accuracy_pct: 66.0
  ci95_pct: 2.5
  cost_usd: 3.75
}
human_baseline {
  group: "volunteer annotators"
  accuracy_pct: 80.5
}
'''

ARENA = '''{
  "board": "Grebeway Arena",
  "rows": [
    {"place": 1, "model": "Corvenna 2", "elo": 1433, "ci95": [1425, 1441], "votes": 8120},
    {"place": 2, "model": "Mirefold-4", "elo": 1410, "ci95": [1400, 1419], "votes": 6605}
  ]
}
'''

NESTED = '''{
  "items": [
    {
      "where": {"lat": 50.1, "lon": 8.6},
      "fields": {"model": "Pettigrue 3 Mini", "benchmark": "FenmossQA", "score_pct": 58.2, "staff": 40}
    },
    {
      "where": {"lat": 48.2, "lon": 16.4},
      "fields": {"model": "Mirefold-4", "benchmark": "FenmossQA", "score_pct": 63.9, "staff": 95}
    }
  ]
}
'''


@pytest.fixture(scope="module")
def p(blank_pipe):
    return blank_pipe  # the session's nlp.load({}) (tests/nlp/conftest.py)


def _got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims}


def test_a_score_key_may_carry_its_unit_but_a_bare_unit_is_no_score():
    assert score_key("accuracy_pct") and score_key("score-percent") and score_key("elo")
    assert not score_key("pct") and not score_key("cost_usd") and not score_key("ci95_pct")
    assert percent_key("score_pct") and not percent_key("score")


def test_text_format_blocks_parse_with_the_fields_over_them():
    blocks = _brace_blocks(TEXTPROTO)
    assert len(blocks) == 1
    a, b, root = blocks[0]
    assert TEXTPROTO[a:].startswith("# results") and TEXTPROTO[:b].endswith("}")
    assert [k for k, _, _ in root.items] == ["suite", "version", "items", "result", "result", "human_baseline"]
    # an unclosed block or a line of another shape inside it reads nothing
    assert _brace_blocks("result {\n  model: \"Corvenna 2\"\n  accuracy_pct: 71.4\n") == []
    assert _brace_blocks("result {\n  model: \"Corvenna 2\"\n  return x(1);\n}\n") == []


def test_text_format_results_give_each_block_its_model_and_the_suite(p):
    claims = p(TEXTPROTO)._.claims
    got = {(c["model"], c["benchmark"], c["score"]) for c in claims}
    assert got == {("Corvenna 2", "OstlerBench", 71.4), ("Mirefold-4", "OstlerBench", 66.0)}  # no interval, cost, humans
    assert {c["unit"] for c in claims} == {"%"}


def test_an_elo_key_is_an_arena_record_score(p):
    got = _got(p, ARENA)
    assert {(m.lower().replace(" ", "-"), b, v) for m, b, v in got} == {
        ("corvenna-2", "Grebeway Arena", 1433.0), ("corvenna-2", "Grebeway Arena", 1.0),
        ("mirefold-4", "Grebeway Arena", 1410.0), ("mirefold-4", "Grebeway Arena", 2.0)}  # no interval, no votes


def test_a_score_key_with_its_unit_is_no_benchmark_name(p):
    got = _got(p, NESTED)
    assert {b for _, b, _ in got} == {"FenmossQA"}
    assert {v for _, _, v in got} == {58.2, 63.9}
