"""Round 15 (branch nlp-machine15): claims in machine output and other structured pages, read by their FORMAT.

Invented names that appear in no set: models Quorlin-4, Brackenfold 2 Mini, Thrushby-7B, Mabberly-3; benchmarks
wickam_qa, pellmoor_math_v2, loom_code, Cardle-Eval, Orrisford Bench, Sparrowick-Hard, SparrowickQA. Every test runs without the
knowledge base, so nothing here is known from a list.

- nlp.aligned_columns: DataFrame / terminal prints, columns by character position, slug headers as boards, the
  transposed print, NaN, footers; hard negative: a DataFrame of prices and latencies.
- nlp.result_trees: model-index front matter, nested results keyed model → benchmark → score, a results service's
  JSON, ``# ours`` comments; hard negatives: a JSON training config, a YAML CI file, std / n / seed keys, null.
- nlp.table_heads: boxes one under another each with its own header; a caption line per table names its board.
"""
import pytest

import nlp
from nlp.aligned_columns import aligned_tables
from nlp.result_trees import result_claims
from nlp.table_heads import split_blocks


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"kb_files": []})


def _claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims}


def _name(s):
    return "".join(ch for ch in s.lower() if ch not in " -_")


def _keys(pipe, text):
    return {(_name(m), _name(b), s) for m, b, s in _claims(pipe, text)}


# ---- 1. whitespace-aligned prints ----------------------------------------------------------------------------------
DF = """Weekly eval dump from the team notebook.

>>> print(scores)
                     wickam_qa  pellmoor_math_v2  loom_code
model
Quorlin-4                 71.2              58.9       44.0
Brackenfold 2 Mini        63.5               NaN       39.8
Thrushby-7B               55.0              41.3       30.1

[3 rows x 3 columns]

All runs are ours, three seeds each.
"""


def test_dataframe_cells_go_to_the_column_they_stand_under(pipe):
    got = _keys(pipe, DF)
    assert ("quorlin4", "wickamqa", 71.2) in got
    assert ("quorlin4", "pellmoormathv2", 58.9) in got
    assert ("brackenfold2mini", "loomcode", 39.8) in got  # NaN left out, the next value not shifted left
    assert ("thrushby7b", "pellmoormathv2", 41.3) in got
    assert not any(b == "wickamqa" and s in (58.9, 44.0) for _, b, s in got)
    assert not any(m == "brackenfold2mini" and b == "pellmoormathv2" for m, b, _ in got)


def test_index_name_on_the_header_line_and_fractions(pipe):
    text = """Run output (terminal):

model               wickam_qa   pellmoor_math_v2   std    n
quorlin-4              0.712              0.589  0.011  500
brackenfold-2-mini     0.635              0.512  0.014  500
thrushby-7b            0.550              0.413  0.020  500
"""
    got = _keys(pipe, text)
    assert ("quorlin4", "wickamqa", 0.712) in got
    assert ("thrushby7b", "pellmoormathv2", 0.413) in got
    assert not any(s in (0.011, 0.014, 0.02, 500.0) for _, _, s in got)  # std and n columns are no boards


def test_transposed_print(pipe):
    text = """Here is the transposed view the reviewers asked for:

                Quorlin-4   Brackenfold-2-Mini   Thrushby-7B
wickam_qa            71.2                 63.5          55.0
pellmoor_math_v2     58.9                 51.2          41.3
loom_code            44.0                 39.8          30.1
"""
    got = _keys(pipe, text)
    assert ("quorlin4", "wickamqa", 71.2) in got
    assert ("brackenfold2mini", "pellmoormathv2", 51.2) in got
    assert ("thrushby7b", "loomcode", 30.1) in got


def test_slug_header_takes_the_passages_own_name():
    text = "We track Cardle-Eval Verified weekly.\n\n" \
           "              cardle_verified   loom_code\nQuorlin-4               61.0        44.0\nMabberly-3              57.5        40.2\n"
    ents = [(text.find(n), text.find(n) + len(n), lab, n) for n, lab in (
        ("Cardle-Eval Verified", "BENCHMARK"), ("Quorlin-4", "MODEL"), ("Mabberly-3", "MODEL"))]
    tables, names = aligned_tables(text, ents)
    assert tables
    assert {n[3] for n in names} == {"Cardle-Eval Verified", "Loom-Code"}  # spelt by the passage, else displayed


def test_price_and_latency_frame_is_no_board(pipe):
    text = """Serving costs for the Quorlin-4 launch, straight from the notebook:

model                 price_usd   latency_ms   tokens_per_sec
Quorlin-4                  0.42          310             88.0
Brackenfold 2 Mini         0.10          120            140.5
Thrushby-7B                0.05           95            201.0
"""
    assert _claims(pipe, text) == set()


def test_plain_word_columns_are_left_to_the_other_readers():
    text = "Orrisford Bench (accuracy, %)\nModel              new     old    change\n" \
           "Quorlin-4          71.4    72.9   -1.5\nMabberly-3         70.8    71.0   -0.2\n"
    ents = [(text.find(n), text.find(n) + len(n), lab, n) for n, lab in (
        ("Orrisford Bench", "BENCHMARK"), ("Quorlin-4", "MODEL"), ("Mabberly-3", "MODEL"))]
    tables, names = aligned_tables(text, ents)
    assert tables == [] and names == []


# ---- 2. JSON and YAML results --------------------------------------------------------------------------------------
MODEL_INDEX = """---
license: mit
model-index:
- name: Mabberly-3
  results:
  - task:
      type: text-generation
    dataset:
      name: Cardle-Eval
      type: mabberly/cardle-eval
    metrics:
    - type: accuracy
      value: 66.1
      name: accuracy (%)
  - task:
      type: text-generation
    dataset:
      name: Orrisford Bench
      type: orrisford/bench
    metrics:
    - type: pass@1
      value: 48.0
---

# Mabberly-3
"""


def test_model_index_front_matter(pipe):
    claims = pipe(MODEL_INDEX)._.claims
    got = {(_name(c["model"]), _name(c["benchmark"]), c["score"]): c for c in claims}
    assert ("mabberly3", "cardleeval", 66.1) in got
    assert ("mabberly3", "orrisfordbench", 48.0) in got
    assert {c["source_kind"] for c in got.values()} == {"self-reported"}  # the card's own front matter
    assert got[("mabberly3", "cardleeval", 66.1)]["unit"] == "%"  # "name: accuracy (%)" beside the value


def test_yaml_results_keyed_by_model_with_ours_comments(pipe):
    text = """Appendix: the results file.

```yaml
benchmark: Sparrowick-Hard
n: 400
results:
  quorlin-4:          # ours
    score: 57.3
    std: 1.1
  thrushby-7b:
    score: 52.8
    std: 1.4
  mabberly-3:
    score: null
human_reference:
  score: 91.0
```
"""
    claims = pipe(text)._.claims
    got = {(_name(c["model"]), _name(c["benchmark"]), c["score"]): c for c in claims}
    assert ("quorlin4", "sparrowickhard", 57.3) in got
    assert ("thrushby7b", "sparrowickhard", 52.8) in got
    assert not any(s in (1.1, 1.4, 400.0, 91.0) for _, _, s in got)  # std, n, a human reference
    assert got[("thrushby7b", "sparrowickhard", 52.8)].get("is_comparison") is True
    assert not got[("quorlin4", "sparrowickhard", 57.3)].get("is_comparison")


def test_nested_model_benchmark_score_json(pipe):
    text = """Nightly results from our eval service:

```json
{
  "runs": [
    {"model": "quorlin-4", "display_name": "Quorlin-4",
     "scores": {"wickam_qa": 0.781, "loom_code": 0.642, "pellmoor_math_v2": null},
     "cost_usd": 41.2, "latency_ms": 2120},
    {"model": "thrushby-7b", "display_name": "Thrushby-7B",
     "scores": {"wickam_qa": 0.702, "loom_code": 0.515, "pellmoor_math_v2": 0.468},
     "cost_usd": 18.75, "latency_ms": 1400}
  ]
}
```
"""
    got = _keys(pipe, text)
    assert ("quorlin4", "loomcode", 0.642) in got
    assert ("thrushby7b", "pellmoormathv2", 0.468) in got
    assert not any(s in (41.2, 18.75, 2120.0, 1400.0) for _, _, s in got)
    assert not any(m == "quorlin4" and b == "pellmoormathv2" for m, b, _ in got)  # null skipped


def test_json_config_and_yaml_ci_are_no_results(pipe):
    config = """Training config for Quorlin-4:

```json
{
  "model": "quorlin-4",
  "optimizer": {"learning_rate": 0.0003, "batch_size": 256, "warmup_steps": 2000},
  "data": {"mix": "web-v2", "epochs": 3}
}
```
"""
    ci = """Our CI file:

```yaml
jobs:
  eval:
    runs-on: ubuntu-22.04
    timeout-minutes: 90
    steps:
      - uses: actions/checkout@v4
      - name: run
        run: python -m evals --model quorlin-4 --retries 3
```
"""
    flat = 'Launch flags:\n\n```json\n{\n  "model": "quorlin-4",\n  "grad_accum": 8,\n  "lora_r": 16,\n  "eval_every": 500\n}\n```\n'
    assert _claims(pipe, flat) == set()
    at = config.find("quorlin-4")
    assert result_claims(config, [(at, at + 9, "MODEL", "Quorlin-4")]) == []
    assert _claims(pipe, config) == set()
    assert _claims(pipe, ci) == set()


# ---- 3. boxes and captions -----------------------------------------------------------------------------------------
BOXES = """Outside check of two releases. Accuracy in %.

╔════════════════╦═══════════╦═════════════╗
║ benchmark      ║ Quorlin-4 ║ Thrushby-7B ║
╠════════════════╬═══════════╬═════════════╣
║ Cardle-Eval    ║   48.3    ║    58.0     ║
║ Orrisford Bench║   35.9    ║    47.5     ║
╚════════════════╩═══════════╩═════════════╝

╔════════════════╦════════════╗
║ benchmark      ║ Mabberly-3 ║
╠════════════════╬════════════╣
║ Cardle-Eval    ║    60.4    ║
║ Orrisford Bench║    52.3    ║
╚════════════════╩════════════╝
"""


def test_second_box_reads_its_own_header(pipe):
    got = _keys(pipe, BOXES)
    assert ("mabberly3", "cardleeval", 60.4) in got
    assert ("mabberly3", "orrisfordbench", 52.3) in got
    assert not any(m == "quorlin4" and s in (60.4, 52.3) for m, _, s in got)


def test_markdown_part_two_under_part_one_is_split():
    text = "| Model | Cardle-Eval |\n|---|---|\n| Quorlin-4 | 61.0 |\n\n| Model | Orrisford Bench |\n|---|---|\n| Quorlin-4 | 44.0 |\n"
    blocks = split_blocks(text, [(0, len(text) - 1)])
    assert len(blocks) == 2
    assert text[blocks[1][0]:].startswith("| Model | Orrisford Bench |")
    same = "| Model | Cardle-Eval |\n|---|---|\n| Quorlin-4 | 61.0 |\n\n| Mabberly-3 | 57.0 |\n"
    assert len(split_blocks(same, [(0, len(same) - 1)])) == 1  # a blank line inside one table: no new header


@pytest.mark.parametrize("markup", ["aligned", "pipes"])
def test_caption_line_keeps_its_own_board(pipe, markup):
    def table(rows):
        if markup == "pipes":
            return "| Model | new | old |\n|---|---|---|\n" + "".join(f"| {m} | {a} | {b} |\n" for m, a, b in rows)
        return "Model          new     old\n" + "".join(f"{m:<15}{a:<8}{b}\n" for m, a, b in rows)
    text = ("Rescoring notice for the SparrowickQA leaderboard. A grader bug touched 20 SparrowickQA items and 9 "
            "SparrowickQA Hard items; all submissions have been rescored.\n\n"
            "SparrowickQA (accuracy, %)\n" + table([("Quorlin-4", "71.4", "72.9"), ("Mabberly-3", "70.8", "71.0")]) +
            "\nSparrowickQA Hard (accuracy, %)\n" + table([("Quorlin-4", "44.0", "46.2"), ("Mabberly-3", "45.1", "45.3")]))
    got = _keys(pipe, text)
    assert ("quorlin4", "sparrowickqa", 71.4) in got  # the first caption names the short board, as written
    assert ("quorlin4", "sparrowickqahard", 44.0) in got
    assert not any(b == "sparrowickqahard" and s in (71.4, 70.8) for _, b, s in got)


# ---- 4. OCR'd tables -----------------------------------------------------------------------------------------------
OCR = """MABBERLY LABS · Q3 update · p. 4   [scanned handout]

Mabberly-3 is our new model, released today; we compared it with the Quorlin-4 model.

Results against peers (our runs, %)

                 Mabberly-3   Mabberly-3   Thrushby-    Quorlin-4
                              Lite         7B
Cardle-
Eval             66.1         59.0         61.2         63.3
Orrisford Bench
(pass@1)         48.0         41.7         44.9         50.2
Wickam Arena
(Elo, public
board)           1,301        1,254        1,277        1,322
"""


def test_ocr_table_with_wrapped_headers_and_labels(pipe):
    claims = pipe(OCR)._.claims
    got = {(_name(c["model"]), _name(c["benchmark"]), c["score"]): c for c in claims}
    assert ("mabberly3lite", "cardleeval", 59.0) in got  # "Mabberly-3" over "Lite"; "Cardle-" over "Eval"
    assert ("thrushby7b", "orrisfordbench", 44.9) in got  # "Thrushby-" over "7B"; "(pass@1)" is no part of the name
    assert ("quorlin4", "wickamarena", 1322.0) in got  # a rating with a thousands comma, its label over three lines
    assert got[("quorlin4", "wickamarena", 1322.0)]["unit"] == "elo"
    assert not any(m == "mabberly3" and s == 59.0 for m, _, s in got)


@pytest.mark.parametrize("dots", ["............", "…………", "...."])
def test_dotted_leaders_inside_a_numbered_memo(pipe, dots):
    text = f"""Evaluation memo 2026/04

1. Scope. The office tested three models on Cardle-Eval 2026, a set built from this year's civil-service exams; the maximum is 150 points.

2. Results (points out of 150):
   Mabberly-3 (Orrisford Labs) {dots} 121
   Mabberly-3 Mini (Orrisford Labs) {dots} 97
   Quorlin-4 {dots} 116

3. Procurement ranking: 1. Mabberly-3, 2. Quorlin-4, 3. Mabberly-3 Mini. It combines price and score.
"""
    got = _keys(pipe, text)
    assert ("mabberly3", "cardleeval2026", 121.0) in got
    assert ("mabberly3mini", "cardleeval2026", 97.0) in got  # the maker in brackets is no part of the name
    assert ("quorlin4", "cardleeval2026", 116.0) in got


def test_yaml_keyed_model_then_board_and_a_serving_config(pipe):
    sweep = "Our eval sweep, as committed:\n\n```yaml\nsuite: nightly\nmodels:\n" \
        "  quorlin-4:\n    cardle_eval: 66.1\n    loom_code: 44.0\n    latency_ms: 2100\n" \
        "  thrushby-7b:\n    cardle_eval: 61.2\n    loom_code: 39.5\n    latency_ms: 900\n```\n"
    got = _keys(pipe, sweep)
    assert ("quorlin4", "cardleeval", 66.1) in got and ("thrushby7b", "loomcode", 39.5) in got
    assert not any(s in (2100.0, 900.0) for _, _, s in got)
    config = "Serving config for the Quorlin-4 deployment:\n\n```yaml\ndeployments:\n" \
        "  quorlin-4:\n    temperature: 0.7\n    max_tokens: 4096\n    context_length: 131072\n    replicas: 3\n" \
        "  thrushby-7b:\n    temperature: 0.2\n    top_p: 0.9\n    replicas: 8\n```\n"
    assert _claims(pipe, config) == set()


def test_box_of_hardware_specs_is_no_board(pipe):
    text = """Quorlin-4 runs on either card:

+-------------+----------+----------+
| spec        | Ardent-9 | Ardent-9X|
+-------------+----------+----------+
| Memory (GB) |       48 |       96 |
| TDP (W)     |      350 |      700 |
| Price (USD) |    6,900 |   12,400 |
+-------------+----------+----------+

+-------------+----------+
| spec        | Ardent-7 |
+-------------+----------+
| Memory (GB) |       24 |
+-------------+----------+
"""
    assert _claims(pipe, text) == set()


# ---- units said once for a split table or a print (nlp.block_attrs) -------------------------------------------------
def test_part_two_keeps_part_ones_unit_and_a_columns_note(pipe):
    text = """Table 2 (part 1 of 2). Main results. Accuracy in %, pass@1.

| Model | Cardle-Eval | Orrisford Bench |
|---|---|---|
| Mabberly-3 (ours) | 66.1 | 48.0 |
| Quorlin-4 | 63.3 | 50.2 |

Table 2 (part 2 of 2). Continued. Same rows, same settings.

| Model | Wickam Index |
|---|---|
| Mabberly-3 (ours) | 58.2 |
| Quorlin-4 | 61.9 |
"""
    units = {(c["model"], c["score"]): c["unit"] for c in pipe(text)._.claims}
    assert units[("Mabberly-3", 58.2)] == "%"
    assert units[("Quorlin-4", 61.9)] == "%"
    printed = """The evaluation group benchmarks new language models every quarter; this is its notebook.

>>> board.loc[["Mabberly-3", "Quorlin-4"]]
            Cardle-Eval  wickam_index
Mabberly-3         66.1          58.2
Quorlin-4          63.3          61.9

Both columns are percentages, from the group's own runs of Mabberly-3 and Quorlin-4.
"""
    units = {(c["model"], c["score"]): c["unit"] for c in pipe(printed)._.claims}
    assert units.get(("Quorlin-4", 61.9)) == "%"


def test_results_keyed_by_board_under_a_named_model(pipe):
    text = """We ran Mabberly-3 through our nightly harness; the raw file is below. Scores are on a 0–1 scale.

```yaml
run_id: 2026-03-01T02:00Z
model: mabberly-3-instruct
display_name: Mabberly-3
context: 32768
results:
  cardle_eval_2026:
    score: 0.642
    n: 1200
  loom_code:
    score: 0.388
    n: 450
baseline:
  model: Quorlin-4
  cardle_eval_2026: 0.571
```
"""
    got = _keys(pipe, text)
    assert ("mabberly3", "cardleeval2026", 0.642) in got  # the board's key is no model
    assert ("mabberly3", "loomcode", 0.388) in got
    assert ("quorlin4", "cardleeval2026", 0.571) in got
    assert not any(m.startswith("cardle") for m, _, _ in got)
    assert not any(s in (1200.0, 450.0, 32768.0) for _, _, s in got)
