"""Places, medals, points out of a total, withdrawn figures and boards in claim position (nlp.claim_places,
the places and units of nlp.claims, the board shapes of nlp.name_roles and nlp.unknown). Sentences written
for these tests, invented names."""
from __future__ import annotations

import pytest

from nlp.claim_places import half_width, more_places, subset_place, withdrawn
from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)
from tests.nlp.test_entities import pipe as full  # noqa: F401  (full: the loaded-pipeline fixture)


def units(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


@pytest.mark.parametrize("text, model, place", [
    ("Quillon-4 takes No. 1 on ZetaArena with 1493 Elo.", "Quillon-4", 1.0),
    ("Quillon-4 hit 1501 Elo on ZetaArena, first on the text board at launch.", "Quillon-4", 1.0),
    ("On ZetaArena the update put Quillon-4 at 1501, first overall.", "Quillon-4", 1.0),
    ("ZetaArena now has Quillon-4 on top at 1388 Elo.", "Quillon-4", 1.0),
    ("Quillon-4 is the new top verified entry on ZetaArena.", "Quillon-4", 1.0),
    ("On ZetaArena, Quillon-4 dropped to second.", "Quillon-4", 2.0),
    ("On ZetaArena, Quillon-4 stays first.", "Quillon-4", 1.0),
    ("The ZetaArena board now lists Quillon-4 third.", "Quillon-4", 3.0),
])
def test_places_in_prose(pipe, text, model, place):
    doc = annotate(pipe, text, ents([model], ["ZetaArena"]))
    assert (model, "ZetaArena", place, "rank") in units(doc)


def test_top_three_are_places_one_to_three(pipe):
    text = "On ZetaBench the current top three are Quillon-4 at 52.7, Orrin Flash at 50.9 and Tamber 3 at 47.3 (in %)."
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash", "Tamber 3"], ["ZetaBench"]))
    ranks = [(m, s) for m, b, s, u in units(doc) if u == "rank"]
    assert sorted(ranks) == [("Orrin Flash", 2.0), ("Quillon-4", 1.0), ("Tamber 3", 3.0)]
    assert {s for _, _, s, u in units(doc) if u != "rank"} == {52.7, 50.9, 47.3}


@pytest.mark.parametrize("text", [
    "Quillon-4 also holds first place in the small-model division of ZetaArena, at 1206 Elo.",
    "Quillon-4 is first on the open-model board of ZetaArena at 1206 Elo.",
    "Quillon-4 was the first on the ZetaArena board to pass 1200 Elo, at 1206.",
])
def test_places_within_a_division_or_a_threshold_are_no_rank(pipe, text):
    doc = annotate(pipe, text, ents(["Quillon-4"], ["ZetaArena"]))
    assert [u for u in units(doc) if u[3] == "rank"] == []
    assert ("Quillon-4", "ZetaArena", 1206.0, "elo") in units(doc)


def test_numbered_board_with_hash_and_no_markers_and_half_widths(pipe):
    text = ("ZetaArena: December standings\n\nThe ladder moved a lot this month, with two newcomers.\n\n"
            "#1 Quillon-4 — 1412 (±9)\n#2 Orrin Flash — 1398 (±7)\n#3 Tamber 3 — 1377 (±12)\n")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash", "Tamber 3"], ["ZetaArena"]))
    got = units(doc)
    assert [(m, s) for m, _, s, u in got if u == "rank"] == [("Orrin Flash", 2.0), ("Quillon-4", 1.0), ("Tamber 3", 3.0)]
    assert {s for _, _, s, u in got if u != "rank"} == {1412.0, 1398.0, 1377.0}  # never the ±9


def test_board_word_heads_the_scores_of_a_rank_table(pipe):
    text = ("Cobalt Index — spring refresh\n\nWe re-ran every suite that feeds the Cobalt Index.\n\n"
            "Rank | Model | Index | Change\n1 | Quillon-4 | 71.2 | new\n2 | Orrin Flash | 69.0 | +0.4\n")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"], ["Cobalt Index"]))
    assert units(doc) == [("Orrin Flash", "Cobalt Index", 2.0, "rank"), ("Orrin Flash", "Cobalt Index", 69.0, "points"),
                          ("Quillon-4", "Cobalt Index", 1.0, "rank"), ("Quillon-4", "Cobalt Index", 71.2, "points")]


def test_medal_headings_over_bullets(pipe):
    text = ("What the labs said about the Kestrel Olympiad:\n\nGold\n- Quillon-4 — 35/42 on the Kestrel Olympiad\n\n"
            "Silver\n- Orrin Flash — 28/42 on the Kestrel Olympiad\n\nNobody else has said anything.\n")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"], ["Kestrel Olympiad"]))
    got = units(doc)
    assert ("Quillon-4", "Kestrel Olympiad", 1.0, "medal") in got and ("Orrin Flash", "Kestrel Olympiad", 2.0, "medal") in got
    assert ("Quillon-4", "Kestrel Olympiad", 35.0, "points") in got  # a score out of a total is points


def test_points_out_of_a_total(pipe):
    doc = annotate(pipe, "Quillon-4 scored 298 out of 360 on ZetaExam, the lab said.", ents(["Quillon-4"], ["ZetaExam"]))
    assert units(doc) == [("Quillon-4", "ZetaExam", 298.0, "points")]


def test_withdrawn_figures(pipe):
    text = ("Correction: Quillon-4 scored 71.9% on ZetaBench, not 79.1% as we first reported.\n\n"
            "Orrin Flash sits at 1340 on ZetaArena. Earlier posts that quoted 1362 for Orrin Flash should be disregarded.")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"], ["ZetaBench", "ZetaArena"]))
    scores = {s for _, _, s, _ in units(doc)}
    assert 71.9 in scores and 1340.0 in scores and not {79.1, 1362.0} & scores


def test_helpers_alone():
    assert withdrawn("It got 64.0, not 66.5 as originally stated.") == {66.5}
    assert withdrawn("Quotes of 2,210 for it should be disregarded.") == set()  # no quoting verb: nothing read
    assert withdrawn("Posts that cited 2,210 for it should be disregarded.") == {2210.0}
    assert half_width("1388 (±9)", 7) and not half_width("1388 (9)", 6)
    assert subset_place("first place in the open-weights category", 5)
    assert not subset_place("first place on the main board", 5)

    class M:
        def __init__(self, a, b):
            self.start, self.end = a, b
    text = "Later that week Orrin Flash fell to 41.5% on it."
    assert more_places(text, [M(16, 27)]) == []  # a score, not a place


@pytest.mark.parametrize("text, board", [
    ("Quillon-4 scored 71.0% on the Cobalt Index in our AI model tests.", "Cobalt Index"),
    ("Qwen3-235B-A22B scores 72.6 on its Marsh Quality Index, a composite of nine AI tasks.", "Marsh Quality Index"),
    ("GPT-5.1 leads the Tidewater Board with 1402, ahead of every other AI model.", "Tidewater Board"),
    ("Claude Opus 4.5 ranks first on the Harbor Exam, the legal AI benchmark.", "Harbor Exam"),
])
def test_board_in_the_object_slot_is_a_benchmark(full, text, board):  # noqa: F811
    doc = full(text)
    assert (board, "BENCHMARK") in [(e.text, e.label_) for e in doc.ents]
    assert board in {c["benchmark"] for c in doc._.claims}


@pytest.mark.parametrize("text", [
    "Nvidia shares fell 3% on the Hang Seng Index after the GPT-5.1 launch.",
    "The AI chair leads the Advisory Board at Anthropic.",
    "Arsenal leads the Premier League with 40 points, and GPT-5.1 predicted it.",
])
def test_markets_boards_and_leagues_stay_out(full, text):  # noqa: F811
    doc = full(text)
    assert not [e for e in doc.ents if e.label_ == "BENCHMARK"]
    assert doc._.claims == []


def test_a_stated_rating_takes_the_benchmark_named_before(pipe):
    text = ("On ZetaForces, vendors now report ratings rather than pass rates. Quillon-4 claims a rating of 2,285, "
            "the lab says. Orrin Flash has an Elo of 1,402 there.")
    doc = annotate(pipe, text, ents(["Quillon-4", "Orrin Flash"], ["ZetaForces"]))
    assert units(doc) == [("Orrin Flash", "ZetaForces", 1402.0, "elo"), ("Quillon-4", "ZetaForces", 2285.0, "rating")]


def test_app_store_rating_and_a_sequence_are_no_claims(pipe):
    text = ("On ZetaForces the lab reports ratings. Quillon-4's app has a rating of 4.5 in the store. "
            "We had Quillon-4 first write a plan for ZetaForces.")
    doc = annotate(pipe, text, ents(["Quillon-4"], ["ZetaForces"]))
    assert units(doc) == []
