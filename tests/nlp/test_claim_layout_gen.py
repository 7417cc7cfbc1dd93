"""Claim layouts learnt as a class (round 12, branch nlp-layoutgen12): invented boards rendered by
tests/nlp/claim_layout_gen.py in every layout read back with P ≥ 0.95 and R ≥ 0.90 of (model, benchmark, score)
per layout, on seeds the rules were not written on (the branch looked at seeds 0–19 and 100–139; these are 300–309).

Bars per layout (all the same): P ≥ 0.95, R ≥ 0.90, for FIXED below. The three gaps of round 12's first step — ``prose``,
``inline_list``, ``csv_lead`` (an invented name with no cue beside it; "Fulmar 1" read as "Fulmar"; "X Arena" taken as
LMArena) — were closed by nlp/claim_position.py (step 2, branch nlp-gen12b); their bars are in tests/nlp/test_claim_position.py
on seeds 700–739, and ``prose`` now draws varied wordings.
Units are not part of the read-back; test_lead_line_percent_over_a_table checks the one unit rule the branch added.

Names: invented (tests/nlp/claim_layout_gen.py lists them; in no set, no nlp/data file). Hard negatives below.
"""
import pytest

import nlp
from nlp.table_rows import html_tables
from nlp.inline_pairs import inline_pair_tables
from nlp.rank_marks import blank_moves
from tests.nlp import claim_layout_gen as gen

FIXED = ("md_table", "md_provider_first", "md_bidder_first", "md_rank_first", "md_transposed", "tsv_lead", "html_tags",
         "html_stripped", "latex", "dotted", "ranked_list", "ranked_arrows", "vs_caption", "chart_axis", "chart_bars",
         "yaml_file", "json_file", "toml_file", "heading_bullets")
SEEDS = range(300, 310)


@pytest.fixture(scope="module")
def p():
    return nlp.load()


@pytest.fixture(scope="module")
def scores(p):
    return gen.read_back(p, SEEDS, FIXED)


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


def test_generator_is_deterministic_and_renders_the_same_claims():
    a, b = gen.draw_board(7), gen.draw_board(7)
    assert a == b and gen.render("latex", a) == gen.render("latex", b)
    assert gen.draw_board(8).gold() != a.gold()
    for name in gen.LAYOUTS:  # every layout shows every score of the gold
        text = gen.render(name, a)
        for m, bench, v in (a.gold() if name not in gen.PARTIAL else gen.PARTIAL[name](a)):
            assert a.fmt(m, bench).replace(",", "") in text.replace(",", "") or f"{v:g}" in text, (name, m, bench)


@pytest.mark.parametrize("layout", FIXED)
def test_layout_reads_back(scores, layout):
    r = scores[layout]
    assert r["P"] >= 0.95 and r["R"] >= 0.90, (layout, r)


def test_quantity_columns_are_no_benchmarks(p):
    text = ("Kestrelwick Labs released Ombrage-3 today.\n\n| Model | Sallowfen-QA (%) | Price ($/1M tok) | Params (B) | Latency (ms) |\n"
            "|---|---|---|---|---|\n| Ombrage-3 | 71.2 | 2.50 | 70 | 240 |\n| Ombrage-2 | 64.0 | 1.25 | 32 | 180 |\n\n"
            "The weights will be released later this month.\n")
    claims = got(p, text)
    assert ("Ombrage-3", "Sallowfen-QA", 71.2) in claims and ("Ombrage-2", "Sallowfen-QA", 64.0) in claims
    assert {c[1] for c in claims} == {"Sallowfen-QA"}


def test_heading_of_a_name_alone_names_each_section(p):
    text = ("Kestrelwick Labs published Ombrage-3 results today.\n\n### Sallowfen-QA\n- Ombrage-3: 71.2%\n- Pennywhistle 2: 64.0%\n\n"
            "### TrugMath\n- Ombrage-3: 55.5%\n- Pennywhistle 2: 49.1%\n")
    claims = got(p, text)
    assert {("Ombrage-3", "TrugMath", 55.5), ("Pennywhistle 2", "TrugMath", 49.1),
            ("Ombrage-3", "Sallowfen-QA", 71.2), ("Pennywhistle 2", "Sallowfen-QA", 64.0)} <= claims


def test_counting_rows_under_a_heading_are_no_models(p):
    # hard negative: "Week 3", "Phase 2" rows under a heading of a benchmark's shape
    text = "Course report.\n\n### Unit-7 Attendance\n- Week 3: 71%\n- Week 4: 64%\n- Phase 2: 58%\n"
    assert got(p, text) == set()


def test_movement_marks_are_blanked_and_offsets_kept(p):
    text = ("Power rankings, week 9\n\n## Sallowfen-QA leaderboard\n\n1. ▲2 Ombrage-3 — 71.2%\n2. ▼1 Pennywhistle 2 — 64.0%\n"
            "3. NEW Quillick-4 Pro — 60.5%\n4. = Trugwell 2 — 58.0%\n5. (+3) Ombrage-2 — 51.0%\n")
    blanked = blank_moves(text)
    assert len(blanked) == len(text) and "▲" not in blanked and "NEW" not in blanked and "(+3)" not in blanked
    claims = got(p, text)
    assert {("Ombrage-3", "Sallowfen-QA", 71.2), ("Pennywhistle 2", "Sallowfen-QA", 64.0),
            ("Quillick-4 Pro", "Sallowfen-QA", 60.5), ("Trugwell 2", "Sallowfen-QA", 58.0)} <= claims
    # hard negative: a dash that is the line's only separator, a signed number in prose
    assert blank_moves("Top items:\n1. — see below\n2. +4 degrees tomorrow\n") == "Top items:\n1. — see below\n2. +4 degrees tomorrow\n"


def test_html_rows_drop_tags(p):
    text = ('<table><tr><th>Model</th><th>Sallowfen-QA (%)</th></tr>\n<tr><td><a href="/m/o3">Ombrage-3</a></td>'
            '<td align="right"><b>71.2</b><sup>*</sup></td></tr>\n<tr><td>Pennywhistle 2</td><td>64.0</td></tr></table>')
    (a, b, rows), = html_tables(text)
    assert [[text[s:e] for s, e in cs] for _, _, cs in rows] == [["Model", "Sallowfen-QA (%)"], ["Ombrage-3", "71.2"],
                                                                  ["Pennywhistle 2", "64.0"]]
    assert html_tables("<p>one</p><tr><td>only one cell</td></tr>") == []  # hard negative


def test_vs_caption_gives_each_model_its_value(p):
    text = ("Kestrelwick Labs released Ombrage-3.\n\nFigure 2: Ombrage-3 vs Pennywhistle 2 (%). Sallowfen-QA 77.1 vs 69.0; "
            "TrugMath 71.2 vs 64.3.\n")
    claims = p(text)._.claims
    assert {(c["model"], c["benchmark"], c["score"]) for c in claims} >= {
        ("Ombrage-3", "Sallowfen-QA", 77.1), ("Pennywhistle 2", "Sallowfen-QA", 69.0),
        ("Ombrage-3", "TrugMath", 71.2), ("Pennywhistle 2", "TrugMath", 64.3)}
    assert all(c["is_comparison"] == (c["model"] == "Pennywhistle 2") for c in claims)


def test_legend_order_gives_the_second_value_to_the_second_model(p):
    text = ("Kestrelwick Labs released Ombrage-3.\n\nChart: Ombrage-3 in teal, Pennywhistle 2 in grey, Quillick-4 in orange. "
            "Values, teal first: Sallowfen-QA 61.2 / 78.8 / 55.0; TrugMath 40.1 / 52.3 / 47.7.\n")
    claims = got(p, text)
    assert {("Pennywhistle 2", "Sallowfen-QA", 78.8), ("Quillick-4", "TrugMath", 47.7), ("Ombrage-3", "TrugMath", 40.1)} <= claims
    assert ("Ombrage-3", "Sallowfen-QA", 78.8) not in claims
    # hard negatives: the values start with another colour than the legend's first; no key at all
    assert inline_pair_tables("Chart: A-1 in teal, B-2 in grey. Values, grey first: X-QA 1.0 / 2.0; Y-QA 3.0 / 4.0.") == []
    assert inline_pair_tables("Scores went from 61.2 / 78.8 to 55.0 / 60.1 this year.") == []


def test_result_file_keys_name_models_and_benchmarks(p):
    text = ("Kestrelwick Labs released Ombrage-3.\n\n```toml\n[results.\"Ombrage-3\"]\n\"Sallowfen-Hard\" = 61.2\n\"TrugMath\" = 40.1\n"
            "\"price\" = 2.5\n\n[results.\"Pennywhistle 2\"]\n\"Sallowfen-Hard\" = 58.0\n\"TrugMath\" = 44.4\n\"price\" = 1.0\n```\n")
    claims = got(p, text)
    assert {("Ombrage-3", "Sallowfen-Hard", 61.2), ("Pennywhistle 2", "TrugMath", 44.4)} <= claims
    assert not any(c[2] in (2.5, 1.0) for c in claims)


def test_lead_line_percent_over_a_table(p):
    text = ("Kestrelwick Labs released Ombrage-3.\n\nThe scores (percentages) as exported:\n\nmodel,Sallowfen-QA,Trugwell Arena\n"
            "Ombrage-3,71.2,1301\nPennywhistle 2,64.0,1250\n")
    units = {(c["benchmark"], c["unit"]) for c in p(text)._.claims}
    assert ("Sallowfen-QA", "%") in units and ("Trugwell Arena", "elo") in units
