"""Attributes of whole blocks (round 14, branch nlp-columns14): a unit said once for a table, list or chart (a caption,
a lead line, a note after it) and a block marked as the authors' own ("(ours)" row, "internal evals" title) —
nlp.block_attrs. Invented names only (Brindlecote-7, Ossory 3, Larkspire-12B, Gullyrun 2, Stoatwell-4; MarrowBench,
Cradlestone-QA, Yarrowby-Eval, KettlefenBench, Dunmarsh Arena: in no set, no nlp/data file, no other test), several
markups (Markdown, LaTeX, aligned columns, flattened slides, chart prose) and hard negatives.
"""
import pytest

import nlp
from nlp.block_attrs import Blocks


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def rows(p, text):
    return {(c["model"], c["benchmark"], c["score"]): c for c in p(text)._.claims}


@pytest.mark.parametrize("stmt,unit", [
    ("All numbers are pass@1 accuracy in percent, averaged over four runs.", "%"),
    ("Values are accuracy in percent; the outer ring is 100.", "%"),
    ("\\caption{Long-context results. Scores are exact match (\\%).}", "%"),
    ("(left of the arrow: old, right: new; all numbers %, single seed.)", "%"),
    ("Main results (accuracy, \\%). Rivals re-run with default settings.", "%"),
    ("X vs. the field (our evaluations, % accuracy)", "%"),
    ("Scores in points.", "points"),
])
def test_unit_statements(stmt, unit):
    text = stmt + "\n\nX 1 2\n"
    assert Blocks(text, [len(stmt) + 2]).unit(len(stmt) + 2) == unit


@pytest.mark.parametrize("stmt", ["Scores are up 3% from last quarter.", "The scores rose 5% this year.",
                                  "Results of the 5% split are below.", "Scores are 61% and 58% here."])
def test_no_unit_statement(stmt):
    text = stmt + "\n\nX 1 2\n"
    assert Blocks(text, [len(stmt) + 2]).unit(len(stmt) + 2) is None


def test_chart_lead_line_gives_percent_to_the_lines_below(p):
    text = """Chart description: "Larkspire-12B on three tests"

This chart compares two models on three axes. Values are accuracy in percent; the outer ring is 100.

Larkspire-12B (solid line): MarrowBench 77.3, Cradlestone-QA 70.0, Yarrowby-Eval 68.9.

Larkspire-12B was trained on public data only.
"""
    got = rows(p, text)
    assert got[("Larkspire-12B", "MarrowBench", 77.3)]["unit"] == "%"
    assert got[("Larkspire-12B", "Yarrowby-Eval", 68.9)]["unit"] == "%"


def test_latex_caption_and_ours_row(p):
    text = r"""% from the Gullyrun appendix
\begin{table}[t]
\caption{Main results (accuracy, \%). Best in \textbf{bold}.}
\begin{tabular}{lcc}
\toprule
Model & MarrowBench & Cradlestone-QA \\
\midrule
Gullyrun 2 (ours) & \textbf{63.1} & 50.2 \\
Larkspire-12B & 57.0 & \textbf{51.5} \\
Ossory 3 & 55.4 & 47.7 \\
\bottomrule
\end{tabular}
\end{table}
"""
    got = rows(p, text)
    own, rival = got[("Gullyrun 2", "MarrowBench", 63.1)], got[("Ossory 3", "Cradlestone-QA", 47.7)]
    assert own["unit"] == rival["unit"] == "%"
    assert own["source_kind"] == rival["source_kind"] == "self-reported"
    assert not own["is_comparison"] and rival["is_comparison"]


def test_an_ours_baseline_row_makes_no_rivals(p):
    # hard negative: "(ours)" on a baseline in the last row — the paper's model is another row: no rivals marked
    text = """Stoatwell: sparse routing

Table 2: accuracy.

Model              MarrowBench    Cradlestone-QA
Stoatwell-4        62.4           47.9
Larkspire-12B      60.7           44.0
Dense-2B (ours)    58.0           41.2
"""
    got = rows(p, text)
    assert got[("Stoatwell-4", "MarrowBench", 62.4)]["source_kind"] == "self-reported"
    assert not any(c["is_comparison"] for c in got.values())


def test_internal_evals_slide_title(p):
    text = """Investor update (slides, flattened)

SLIDE 3 — Product
Brindlecote-7 vs. the field (internal evals, % accuracy)
                    Brindlecote-7   Ossory 3   Larkspire-12B
MarrowBench         61.7            57.2       55.9
Cradlestone-QA      72.5            68.8       71.7
"""
    got = rows(p, text)
    assert all(c["source_kind"] == "self-reported" and c["unit"] == "%" for c in got.values())
    assert not got[("Brindlecote-7", "MarrowBench", 61.7)]["is_comparison"]
    assert got[("Ossory 3", "MarrowBench", 57.2)]["is_comparison"] and got[("Larkspire-12B", "Cradlestone-QA", 71.7)]["is_comparison"]


def test_statement_far_away_or_arena_elo_gives_no_unit(p):
    text = """Scores in this newsletter are in percent unless noted.

The week brought a lot of releases, a court ruling on data and two funding rounds that nobody expected.

Stoatwell-4 scored 71 on KettlefenBench, its makers say.

Dunmarsh Arena board, right under it: Brindlecote-7 leads with 1,388.
"""
    got = rows(p, text)
    assert got[("Stoatwell-4", "KettlefenBench", 71.0)]["unit"] == "points"
    assert got[("Brindlecote-7", "Dunmarsh Arena", 1388.0)]["unit"] == "elo"


def test_a_sentence_line_with_our_eval_is_no_block_title(p):
    # hard negative: a thread's first post says "our eval run" inside a run of sentences; the next post's board
    # figure is the board's (the line is no block title), so it does not become self-reported
    text = """1/4 We just put Gullyrun 2 on the hub. A few numbers from our eval run below

2/4 MarrowBench board: Gullyrun 2 sits at 41.2 (their run).
"""
    got = rows(p, text)
    assert got[("Gullyrun 2", "MarrowBench", 41.2)]["source_kind"] != "self-reported"
