"""Boards named by a capitalised word before a board noun (nlp.board_names), title boards over a
list, points with a medal, places by number and withdrawn figures (nlp.claims, nlp.claim_places).
Sentences written for these tests, invented names."""
from __future__ import annotations

import pytest

from nlp import board_names
from nlp.claim_places import withdrawn
from tests.nlp.test_entities import pipe as full  # noqa: F401  (full: the loaded-pipeline fixture)


def spans(doc, label):
    return [(e.text, e._.canonical) for e in doc.ents if e.label_ == label]


def claims(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def yes(_pos):
    return True


@pytest.mark.parametrize("text, name", [
    ("In the Tessel Arena the Quillon-4 model received an Elo rating of 1,288.", "Tessel Arena"),
    ("The Marrow Index v3 puts the Quillon-4 model at 61 points.", "Marrow Index v3"),
    ("Quillon-4 came second on the Kestrel board with 61.2, the model's best result.", "Kestrel"),
])
def test_board_name_found(text, name):
    new, _ = board_names.find(text, [], yes, True)
    assert [text[s:e] for s, e, _, _ in new] == [name]
    assert [c for _, _, _, c in new] == [name.replace(" v3", "")]


@pytest.mark.parametrize("text", [
    "The Oversight Board reviewed the model policy; the Consumer Price Index rose 3%.",
    "The Halcyon board approved the model budget.",  # no number, no rank word
])
def test_not_a_board(text):
    assert board_names.find(text, [], yes, True)[0] == []


def test_known_lab_or_whole_kb_board_is_kept_out():
    text = "Quillon-4 is first on the Ardent board and on the Ardent Arena with 1,300."
    ents = [(26, 32, "ORG", True), (47, 59, "BENCHMARK", True)]  # a known lab; a board the KB knows whole
    assert board_names.find(text, ents, yes, True)[0] == []


def test_arena_alias_does_not_take_the_boards_place(full):
    doc = full("In the Tessel Arena run by a university lab, the Quillon-4 model received an Elo rating of 1,288 "
               "and took 2nd place.")
    assert ("Tessel Arena", "Tessel Arena") in spans(doc, "BENCHMARK")
    assert not any(c == "LMArena" for _, c in spans(doc, "BENCHMARK"))
    # an "Elo rating" on an arena is an Elo (README claims convention 2); before round 12 it read as a "rating"
    assert ("Quillon-4", "Tessel Arena", 1288.0, "elo") in claims(doc)


def test_index_with_version_is_a_benchmark(full):
    doc = full("The Marrow Index v3 puts the new Quillon-4 model at 61 points.")
    assert ("Marrow Index v3", "Marrow Index") in spans(doc, "BENCHMARK")
    assert not any(t.startswith("Marrow") for t, _ in spans(doc, "MODEL"))


def test_title_board_changelog_heads_the_list(full):
    text = ("Tessel Index changelog — week 12\n\nMaintainers' notes for the model board.\n\n"
            "- Quillon-4 (Harrowgate Labs) enters at 58.3, which puts it at rank 3.\n"
            "- Orrin-2 Max enters at 55.0, rank 6.\n")
    got = claims(full(text))
    for c in [("Quillon-4", "Tessel Index", 58.3), ("Quillon-4", "Tessel Index", 3.0),
              ("Orrin-2 Max", "Tessel Index", 55.0), ("Orrin-2 Max", "Tessel Index", 6.0)]:
        assert c in [x[:3] for x in got]


def test_points_and_medals(full):
    doc = full("At IOI 2026 the Quillon-4 model scored 488 of 600 points and was awarded a gold medal. "
               "Orrin-2 scored 430 points, also gold. Tamber-3 took 301 points and a bronze.")
    got = claims(doc)
    for c in [("Quillon-4", "IOI 2026", 488.0, "points"), ("Quillon-4", "IOI 2026", 1.0, "medal"),
              ("Orrin-2", "IOI 2026", 430.0, "points"), ("Orrin-2", "IOI 2026", 1.0, "medal"),
              ("Tamber-3", "IOI 2026", 301.0, "points"), ("Tamber-3", "IOI 2026", 3.0, "medal")]:
        assert c in got
    assert not any(c[2] == 600.0 for c in got)


@pytest.mark.parametrize("text, gone", [
    ("Quillon-4 scores 61.2 on ZetaBench, not 66.2 as we wrote.", {66.2}),
    ("Its ZetaBench result is 89.4%, not 94.8%.", {94.8}),
    ("Its ZetaBench result is 89.4%, not bad at all for a small model.", set()),
])
def test_withdrawn_figures(text, gone):
    assert withdrawn(text) == gone


def test_owned_board_is_left_to_its_owner():
    text = "The analysts gave the Quillon-4 model 68 on their Intelligence Index, and Tessel's Speech Arena had it first."
    assert board_names.find(text, [], yes, True)[0] == []


def test_short_form_of_a_longer_board_is_not_a_new_one():
    text = "Tallis-Code 2026 results: the Quillon-4 model lands seventh on Tallis-Code board with 41.2."
    ents = [(0, 16, "BENCHMARK", True)]
    assert board_names.find(text, ents, yes, True)[0] == []


def test_board_named_by_its_edition_elsewhere():
    text = "The Quillon-4 model lands seventh on Tallis-Code board.\n\nThe maintainers of Tallis-Code 2026 gave it 46.1%."
    assert board_names.find(text, [], yes, True)[0] == [(37, 48, "BENCHMARK", "Tallis-Code 2026")]


@pytest.mark.parametrize("text", [
    "The Millbrook County Schools board voted 7–2 to approve an AI model pilot.",
    "The Halden board of directors met twice; the model scored 71 on ZetaBench.",
    "Marrow Index v4 — January board (back-computed)\n\nThe Quillon-4 model scores 61.",
])
def test_boards_of_people_and_months_are_no_boards(text):
    found = [n for _, _, _, n in board_names.find(text, [], yes, True)[0]]
    assert not any(n in ("Schools", "Halden", "January", "Millbrook County Schools") for n in found)


def test_title_board_standings_over_a_numbered_list(full):
    doc = full("Marrow leaderboard standings (March)\n\nOur model board, re-run this week:\n1. Quillon-4 — 71.2\n"
               "2. GPT-5.1 — 69.0\n")
    got = claims(doc)
    assert ("Quillon-4", "Marrow", 71.2) in [c[:3] for c in got]
    assert ("GPT-5.1", "Marrow", 69.0) in [c[:3] for c in got]
