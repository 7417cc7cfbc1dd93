"""Columns that never carry scores, in any table markup (round 14, branch nlp-columns14): nlp.column_kinds,
nlp.footnote_marks and the units row's own label (nlp.table_rows.units_row).

Invented names only (Brindlecote-7, Ossory 3, Larkspire-12B, Gullyrun 2, Stoatwell-4; MarrowBench, Cradlestone-QA,
Yarrowby-Eval, KettlefenBench, Dunmarsh Arena: grep, in no set, no nlp/data file, no other test), each mechanism in
several markups (Markdown pipes, box drawing, CSV, TSV, HTML, LaTeX, whitespace-aligned columns, prose), with hard
negatives: a score column headed "Accuracy (n=500)", a "Rank" column in a board story, a "Cost" row in a
models-across table, names ending in a short word ("Vega S"), boards named with a quantity word ("Context Arena").
"""
import pytest

import nlp
from nlp.column_kinds import column_kinds, percentile_header, quantity_label, rank_values
from nlp.footnote_marks import blank_footnotes
from nlp.table_rows import units_row

MODELS = ("Brindlecote-7", "Ossory 3", "Larkspire-12B")


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def claims(p, text):
    return {(c["model"], c["benchmark"], c["score"], c["unit"]) for c in p(text)._.claims}


def benches(p, text):
    return {c["benchmark"] for c in p(text)._.claims}


@pytest.mark.parametrize("head", ["p50 latency", "p95latency", "P99 Latency (ms)", "Latency (ms)", "$/1M in", "$/1M out",
                                  "Price ($/1M tok)", "tokens/s", "Throughput (tok/s)", "Params (B)", "Size",
                                  "Context window", "Count", "n", "N", "# submissions", "Submissions", "Date",
                                  "Release date", "Version", "Seed", "ci_95", "CI (95%)", "±", "stderr", "Std", "ms",
                                  "Cost", "Avg. cost ($)", "Time (s)", "votes", "($)"])
def test_quantity_headers(head):
    assert quantity_label(head)


@pytest.mark.parametrize("head", ["Accuracy (n=500)", "Context Arena", "LongContextBench", "SizeQA", "Vega S", "Quill SE",
                                  "Model", "Score", "Ossory 3", "MarrowBench", "Cradlestone-QA", "GPQA Diamond", "Rank",
                                  "Elo", "win rate", "Wins", "Codeforces rating", "Share (%)", "Score (USD)", "Overall",
                                  "Seed-Bench", "Time-QA"])
def test_result_headers_are_no_quantity(head):
    assert not quantity_label(head)


def test_percentile_header():
    assert percentile_header("Percentile") and percentile_header("percentile rank") and percentile_header("Pctl.")
    assert percentile_header("%ile") and not percentile_header("Codeforces percentile") and not percentile_header("Score")


def _rows(text):
    out, pos = [], 0
    for line in text.split("\n"):
        cells, c = [], pos
        for part in line.split("|"):
            cells.append((c, c + len(part)))
            c += len(part) + 1
        out.append((pos, pos + len(line), cells))
        pos += len(line) + 1
    return out


def test_rank_values_need_one_to_n_in_order():
    t = "Model|Overall|Score\nA|1|70\nB|2|60\nC|3|50"
    rows = _rows(t)
    assert rank_values(t, rows[1:], 1) and not rank_values(t, rows[1:], 2)
    assert column_kinds(t, rows[0][2], rows[1:]) == {1: "ranks"}
    for bad in ("Model|Overall|Score\nA|1|70\nB|3|60\nC|2|50",  # not in order
                "Model|Overall|Score\nA|1|70\nB|2|60",  # two rows: too few to tell
                "Model|Overall|Score\nA|2|70\nB|3|60\nC|4|50"):  # not from 1
        r = _rows(bad)
        assert not rank_values(bad, r[1:], 1)


def test_markdown_latency_and_price_columns_are_no_boards(p):
    text = """Brindlecote-7 model card

| Model | MarrowBench | Cradlestone-QA | p95 latency | Throughput (tok/s) | $/1M out |
|---|---|---|---|---|---|
| Brindlecote-7 | 61.2 | 48.9 | 1.4 | 210 | 0.60 |
| Ossory 3 | 58.7 | 44.0 | 0.9 | 340 | 0.25 |
| Larkspire-12B | 55.1 | 40.3 | 0.7 | 410 | 0.15 |
"""
    got = claims(p, text)
    assert benches(p, text) == {"MarrowBench", "Cradlestone-QA"}
    assert ("Ossory 3", "MarrowBench", 58.7) in {c[:3] for c in got} and len(got) == 6


def test_aligned_columns_latency_and_votes(p):
    text = """Model            MarrowBench   Cradlestone-QA   p50 latency (ms)   Votes
Brindlecote-7    61.2          48.9             420                1,203
Ossory 3         58.7          44.0             310                988
Larkspire-12B    55.1          40.3             250                640
"""
    assert benches(p, text) == {"MarrowBench", "Cradlestone-QA"}
    assert not any(c[2] in (420.0, 1203.0, 310.0) for c in claims(p, text))


def test_tsv_seed_column_and_latex_version_column(p):
    tsv = "Yarrowby-Eval standings, week 3\n\n\tModel\tYarrowby-Eval\tSeed\n1\tBrindlecote-7\t74.0\t7\n" \
          "2\tOssory 3\t71.5\t7\n3\tLarkspire-12B\t69.2\t11\n4\tGullyrun 2\t65.0\t3\n"
    assert benches(p, tsv) == {"Yarrowby-Eval"}
    assert ("Brindlecote-7", "Yarrowby-Eval", 74.0) in {c[:3] for c in claims(p, tsv)}
    tex = ("\\begin{tabular}{lccc}\n\\toprule\nModel & MarrowBench & Cradlestone-QA & Version \\\\\n\\midrule\n"
           "Brindlecote-7 & 63.1 & 50.2 & 2 \\\\\nLarkspire-12B & 57.0 & 45.5 & 3 \\\\\n\\bottomrule\n\\end{tabular}\n")
    assert benches(p, tex) == {"MarrowBench", "Cradlestone-QA"}


def test_html_context_and_params_columns(p):
    text = """<table><caption>Cradlestone-QA results</caption>
<tr><th>Model</th><th>Cradlestone-QA</th><th>MarrowBench</th><th>Context</th><th>Params (B)</th></tr>
<tr><td>Ossory 3</td><td>62.0</td><td>51.5</td><td>128</td><td>70</td></tr>
<tr><td>Stoatwell-4</td><td>59.4</td><td>49.0</td><td>32</td><td>8</td></tr>
</table>
"""
    got = claims(p, text)
    assert {c[:3] for c in got} >= {("Ossory 3", "Cradlestone-QA", 62.0), ("Stoatwell-4", "MarrowBench", 49.0)}
    assert not any(c[2] in (128.0, 70.0, 32.0, 8.0) for c in got)


def test_box_drawn_percentile_column_gives_percentiles_on_the_rows_board(p):
    text = """Gullyrun 2 on live contests

┌──────────────┬───────────────────┬────────────┬──────────────────┐
│ Model        │ Codeforces rating │ Percentile │ MarrowBench (%)  │
├──────────────┼───────────────────┼────────────┼──────────────────┤
│ Gullyrun 2   │ 2,105             │ 96.1       │ 70.4             │
│ Stoatwell-4  │ 1,820             │ 89.7       │ 64.8             │
│ Ossory 3     │ 1,610             │ 81.2       │ 60.1             │
└──────────────┴───────────────────┴────────────┴──────────────────┘
"""
    got = claims(p, text)
    assert ("Gullyrun 2", "Codeforces", 96.1, "percentile") in got and ("Ossory 3", "Codeforces", 81.2, "percentile") in got
    assert ("Gullyrun 2", "Codeforces", 2105.0, "rating") in got
    assert "Percentile" not in benches(p, text) and not any(c[1].lower() == "percentile" for c in got)


def test_percentile_column_of_a_board_story_takes_the_board_named_around(p):
    text = """KettlefenBench leaderboard, final standings

| Rank | Model | Score | Percentile |
|---|---|---|---|
| 1 | Brindlecote-7 | 912 | 99.1 |
| 2 | Ossory 3 | 870 | 97.4 |
| 3 | Larkspire-12B | 801 | 93.0 |
"""
    got = claims(p, text)
    # hard negative: the "Rank" column of a board story still gives places
    assert ("Brindlecote-7", "KettlefenBench", 1.0, "rank") in got and ("Larkspire-12B", "KettlefenBench", 3.0, "rank") in got
    assert ("Ossory 3", "KettlefenBench", 870.0) in {c[:3] for c in got}
    assert ("Ossory 3", "KettlefenBench", 97.4, "percentile") in got


def test_a_rank_column_under_a_score_word_is_no_score_column(p):
    text = """Dunmarsh Arena, December board

| Model | Overall | Score |
|---|---|---|
| Brindlecote-7 | 1 | 1,388 |
| Ossory 3 | 2 | 1,352 |
| Larkspire-12B | 3 | 1,310 |
"""
    got = {c[:3] for c in claims(p, text)}
    assert ("Brindlecote-7", "Dunmarsh Arena", 1388.0) in got and ("Larkspire-12B", "Dunmarsh Arena", 1310.0) in got
    assert ("Brindlecote-7", "Dunmarsh Arena", 1.0) not in got


def test_accuracy_n500_is_a_score_column(p):
    text = """KettlefenBench leaderboard

| Rank | Model | Accuracy (n=500) |
|---|---|---|
| 1 | Brindlecote-7 | 81.2 |
| 2 | Ossory 3 | 77.0 |
| 3 | Larkspire-12B | 70.4 |
"""
    got = {c[:3] for c in claims(p, text)}
    assert {("Brindlecote-7", "KettlefenBench", 81.2), ("Larkspire-12B", "KettlefenBench", 70.4)} <= got
    assert not any(c[2] == 500.0 for c in got)


def test_cost_and_latency_rows_of_a_models_across_table(p):
    text = """| Benchmark | Brindlecote-7 | Ossory 3 |
|---|---|---|
| MarrowBench | 61.2 | 58.7 |
| Cradlestone-QA | 48.9 | 44.0 |
| Cost ($) | 12.5 | 4.0 |
| Latency (s) | 1.2 | 0.8 |
"""
    got = {c[:3] for c in claims(p, text)}
    assert got == {("Brindlecote-7", "MarrowBench", 61.2), ("Ossory 3", "MarrowBench", 58.7),
                   ("Brindlecote-7", "Cradlestone-QA", 48.9), ("Ossory 3", "Cradlestone-QA", 44.0)}


def test_csv_spread_count_and_submission_columns(p):
    text = """MarrowBench community board export (all runs by the MarrowBench maintainers)

place,model,score,stderr,n,submissions
1,Brindlecote-7,71.4,1.2,500,14
2,Ossory 3,69.9,1.3,500,9
3,Larkspire-12B,66.0,1.5,500,22
"""
    got = claims(p, text)
    assert ("Ossory 3", "MarrowBench", 69.9) in {c[:3] for c in got}
    assert not any(c[2] in (1.2, 500.0, 14.0, 9.0, 22.0) and c[3] != "rank" for c in got)


def test_units_row_with_its_own_label(p):
    text = """Model,MarrowBench,Cradlestone-QA,Price
units,%,%,USD
Brindlecote-7,61.2,48.9,0.60
Ossory 3,58.7,44.0,0.25
Larkspire-12B,55.1,40.3,0.15
"""
    got = claims(p, text)
    assert ("Ossory 3", "MarrowBench", 58.7, "%") in got and len(got) == 6
    t = "Model\tA\tB\tC\nunit\t%\t%\tUSD"
    rows = [(0, 11, [(0, 5), (6, 7), (8, 9), (10, 11)]), (12, len(t), [(12, 16), (17, 18), (19, 20), (21, 24)])]
    assert units_row(t, rows[0][2], rows[1][2]) == {1: "%", 2: "%", 3: "usd"}
    # hard negative: a data row whose first cell is a model is no units row
    t2 = "Model\tA\tB\tC\nUnitex\t%\t%\tUSD"
    assert units_row(t2, rows[0][2], [(12, 18), (19, 20), (21, 22), (23, 26)]) is None


def test_footnote_marks_blanked_offsets_kept():
    t = "61.8%[1] and 72.4% on Kasauti-QA[3]; 71.2^a, 58.3<sup>2</sup>\n[4]: Some Collective, blog post.\n[12]: Paper, Table 4."
    out = blank_footnotes(t)
    assert len(out) == len(t)
    assert "[1]" not in out and "[3]" not in out and "^a" not in out and "<sup>" not in out
    assert "61.8%" in out and "72.4%" in out and "71.2" in out and "58.3" in out
    assert not out.split("\n")[1].lstrip().startswith("[") and not out.split("\n")[2].lstrip().startswith("[")
    # hard negatives: a Markdown link, a range, a bracket after a space, text with no mark
    # … and a reference list's item label, which the discourse reader reads as a new topic
    for keep in ("see [1](https://example.org)", "scores in [1, 5]", "the set [2] holds", "no marks here",
                 "[2] Ruiz et al. Kestrel-Hard (2026)."):
        assert blank_footnotes(keep) == keep


def test_footnote_marks_and_reference_lines_in_prose(p):
    text = """Stoatwell-4 reaches 66.1%[2] on MarrowBench and 71.2^a on Cradlestone-QA.

[2]: MarrowBench maintainers, rerun log.
[3]: Cradlestone-QA paper, Table 5.
"""
    got = {c[:3] for c in claims(p, text)}
    assert ("Stoatwell-4", "MarrowBench", 66.1) in got and ("Stoatwell-4", "Cradlestone-QA", 71.2) in got
    assert not any(c[2] in (2.0, 3.0, 5.0) for c in got)


def test_split_columns_of_a_board_each_give_a_score(p):
    text = """Dunmarsh Open Challenge — final standings on KettlefenBench

Final standings (accuracy %)
#   Model              Val      Held-out
1   Brindlecote-7      70.2     68.9
2   Ossory 3           71.0     66.4
3   Larkspire-12B      64.5     63.0
"""
    got = claims(p, text)
    assert {("Brindlecote-7", "KettlefenBench", 70.2), ("Brindlecote-7", "KettlefenBench", 68.9),
            ("Ossory 3", "KettlefenBench", 66.4)} <= {c[:3] for c in got}
    assert ("Larkspire-12B", "KettlefenBench", 3.0, "rank") in got


def test_one_split_word_alone_is_no_split_table():
    from nlp.column_kinds import split_columns
    t = "Model|Test|Notes"
    assert split_columns(t, [(0, 5), (6, 10), (11, 16)], {}) == []
    t = "Model|Public|Private"
    assert split_columns(t, [(0, 5), (6, 12), (13, 20)], {}) == [1, 2]


def test_cost_row_in_a_benchmarks_as_columns_table(p):
    text = """| Model | MarrowBench | Cradlestone-QA |
|---|---|---|
| Brindlecote-7 | 61.2 | 48.9 |
| Ossory 3 | 58.7 | 44.0 |
| Cost per run ($) | 12.5 | 4.0 |
"""
    got = {c[:3] for c in claims(p, text)}
    assert got == {("Brindlecote-7", "MarrowBench", 61.2), ("Ossory 3", "MarrowBench", 58.7),
                   ("Brindlecote-7", "Cradlestone-QA", 48.9), ("Ossory 3", "Cradlestone-QA", 44.0)}
