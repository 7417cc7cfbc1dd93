"""Names a claim's position makes models or boards (nlp/claim_position.py, round 12 step 2, branch nlp-gen12b).

The generator's three known gaps (tests/nlp/claim_layout_gen.py: prose, inline lists, CSV first columns) read back on
seeds the branch never looked at (it wrote its rules on seeds 0–19 and 100–139; these are 700–739), with the same bars as
the other layouts (P ≥ 0.95, R ≥ 0.90). Then each reader on names that are in neither the generator nor any set
(grep found none of Quillory, Sketchley, Cobbold, Baskerel, Pargeter, GorseBench, Trivet, Oxlip, Lychgate, Tumbrel,
Corbelwick under tests/ or nlp/), and hard negatives: counting words, row labels, function words before "Arena".
"""
import pytest

import nlp
from nlp.claim_position import position_names
from nlp.claim_tables import cells
from tests.nlp import claim_layout_gen as gen

GAPS = ("prose", "inline_list", "csv_lead")
SEEDS = range(700, 740)


@pytest.fixture(scope="module")
def p():
    return nlp.load()


def got(p, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in p(text)._.claims if c["unit"] not in ("rank", "medal")}


@pytest.mark.parametrize("layout", GAPS)
def test_gap_layout_reads_back_on_unseen_seeds(p, layout):
    r = gen.read_back(p, SEEDS, (layout,))[layout]
    assert r["P"] >= 0.95 and r["R"] >= 0.90, (layout, r)


def test_prose_draws_several_wordings():
    texts = [gen.render("prose", gen.draw_board(s)) for s in range(40)]
    joined = " ".join(texts)
    for cue in ("'s results:", "a score of", ", from ", "On ", "according to", "; it adds"):
        assert cue in joined, cue
    verbs = {v for v in gen.PROSE_VERBS if f" {v} " in joined}
    assert len(verbs) >= 8


def test_versioned_name_before_a_result_verb_is_a_model(p):
    text = ("Corbelwick Labs shipped Quillory-2 today. Sketchley 4 Swift records 61.4% on GorseBench and 48.0% on "
            "Trivet-QA. Cobbold 1.5, from Corbelwick Labs, notches 70.2% on GorseBench.")
    claims = got(p, text)
    assert ("Sketchley 4 Swift", "GorseBench", 61.4) in claims and ("Sketchley 4 Swift", "Trivet-QA", 48.0) in claims
    assert ("Cobbold 1.5", "GorseBench", 70.2) in claims
    assert not any(c[0] == "Quillory-2" for c in claims)


def test_score_card_and_inline_items(p):
    text = ("Corbelwick Labs released Quillory-2 this week. Baskerel 3's results: GorseBench 55.5%, TumbrelMath 41.0%.\n\n"
            "Results: Pargeter 2 – GorseBench 52.1%, TumbrelMath 39.9%; Cobbold-1.5-8B – GorseBench 47.3%, TumbrelMath 30.2%.")
    claims = got(p, text)
    assert {("Baskerel 3", "GorseBench", 55.5), ("Baskerel 3", "TumbrelMath", 41.0), ("Pargeter 2", "GorseBench", 52.1),
            ("Cobbold-1.5-8B", "TumbrelMath", 30.2)} <= claims


def test_csv_first_column_keeps_the_version_and_unknown_headers(p):
    text = ("Corbelwick Labs published Quillory-2 numbers.\n\nThe scores (percentages) as exported:\n\n"
            "model,Oxlip-Eval,GorseMath,Params (B)\nQuillory-2,71.5,64,70\nQuillory 1,55.25,81,405\nSketchley 3 Max,49.0,58,13\n")
    claims = got(p, text)
    assert {("Quillory 1", "Oxlip-Eval", 55.25), ("Quillory 1", "GorseMath", 81.0),
            ("Sketchley 3 Max", "GorseMath", 58.0), ("Quillory-2", "Oxlip-Eval", 71.5)} <= claims
    assert not any(c[0] == "Quillory" or c[1].startswith("Params") for c in claims)


def test_export_rows_split_every_comma_but_prose_keeps_thousands():
    text = "Sketchley 3 Max,49.0,81,405\n"
    assert [text[a:b] for a, b in cells(text, 0, len(text) - 1, ",")] == ["Sketchley 3 Max", "49.0", "81", "405"]
    text = "Sketchley 3, 1,402, 61.0\n"  # a comma and a space: a writer's row, "1,402" is one number
    assert [text[a:b] for a, b in cells(text, 0, len(text) - 1, ",")] == ["Sketchley 3", "1,402", "61.0"]


def test_unknown_arena_is_its_own_board(p):
    text = "Corbelwick Labs shipped Quillory-2. Quillory-2 posts 1,288 on Lychgate Arena and 61.0% on GorseBench."
    claims = got(p, text)
    assert ("Quillory-2", "Lychgate Arena", 1288.0) in claims
    ents = [(0, 5, "BENCHMARK", "LMArena")]
    assert position_names("Arena leads.", ents) == ents
    # a function word before "Arena" leaves the alias alone
    t = "On Arena, it gets 1,301."
    assert position_names(t, [(3, 8, "BENCHMARK", "LMArena")]) == [(3, 8, "BENCHMARK", "LMArena")]
    t = "The Arena score is 1,301."
    assert position_names(t, [(4, 9, "BENCHMARK", "LMArena")]) == [(4, 9, "BENCHMARK", "LMArena")]


def test_hard_negatives_are_no_models():
    # counting words before a result verb, a row label, a name without a version
    t = "Phase 2 reaches 80% of the target. Week 3 hits 12 sites."
    assert position_names(t, []) == []
    t = "model,GorseBench,Trivet-QA\nAverage,55.1,60.2\nWeek 2,50.0,44.0\nQuillory,51.0,42.0\n"
    ents = [(6, 16, "BENCHMARK", "GorseBench"), (17, 26, "BENCHMARK", "Trivet-QA")]
    assert [x for x in position_names(t, ents) if x[2] == "MODEL"] == []
    # an item whose dash is followed by no benchmark and number is no list item
    t = "Agenda: Quillory 2 — a recap of the launch; Sketchley 3 — questions."
    assert position_names(t, []) == []
