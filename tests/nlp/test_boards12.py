"""Round 12: which benchmark a score is on, and places (nlp.place_markers, nlp.claim_discourse, nlp.claim_places,
nlp.unknown's header-row words, nlp.qualified_benches). Sentences written for these tests; every model, lab and
board name is invented (Pelorin, Quandry, Osterfell, Harrowgate, Brisket-QA, Tallowmere Board, Kestrelle Arena
appear in no set)."""
from __future__ import annotations

import pytest

from tests.nlp.test_claims import annotate
from tests.nlp.test_claims_patterns import ents, pipe  # noqa: F401  (pipe: the blank-pipeline fixture)
from tests.nlp.test_entities import pipe as full  # noqa: F401  (full: the loaded-pipeline fixture)

B = "Brisket-QA"
MODELS = ["Pelorin-3", "Quandry-2 Max", "Osterfell-5", "Harrowgate-7B"]


def units(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def run(pipe, text, models=MODELS, benches=(B,), orgs=()):
    return units(annotate(pipe, text, ents(list(models), list(benches), list(orgs))))


def ranks(got):
    return [(m, s) for m, _, s, u in got if u == "rank"]


# --------------------------------------------------------------------------- places from line markers

@pytest.mark.parametrize("lines", [
    ["🥇 Pelorin-3 — 77.1%", "🥈 Quandry-2 Max — 75.0%", "🥉 Osterfell-5 — 70.2% (nice!)", "4️⃣ Harrowgate-7B — 61.9%"],
    ["🥇 Pelorin-3: 77.1%", "🥈 Quandry-2 Max: 75.0%", "🥉 Osterfell-5: 70.2%"],
    ["1) Pelorin-3 77.1%", "2) Quandry-2 Max 75.0%", "3) Osterfell-5 70.2%"],
    ["1 Pelorin-3 77.1 1,200", "2 Quandry-2 Max 75.0 980", "3 Osterfell-5 70.2 455"],
])
def test_marker_lines_give_places(pipe, lines):
    text = "Brisket-QA board, March edition\n\n" + "\n".join(lines) + "\n\nMore next month."
    got = run(pipe, text)
    assert {("Pelorin-3", 1.0), ("Quandry-2 Max", 2.0), ("Osterfell-5", 3.0)} <= set(ranks(got))
    assert [c for c in got if c[0] == "Pelorin-3" and c[2] == 77.1]
    if len(lines) == 4:
        assert ("Harrowgate-7B", 4.0) in ranks(got)


def test_money_board_gets_places_and_money(full):  # the loaded pipeline: Vending-Bench 2's KB unit is USD
    text = ("Vending-Bench 2 standings for AI agents\n\nEach AI model runs a simulated shop. The board's current "
            "standings:\n\n1. Pelorin-3 — $4,210.50\n2. GPT-5.1 — $3,977.00\n3. Osterfell-5 — $2,100.25\n")
    got = units(full(text))
    assert ("Pelorin-3", "Vending-Bench 2", 4210.5, "USD") in got
    assert sorted(ranks(got)) == [("GPT-5.1", 2.0), ("Osterfell-5", 3.0), ("Pelorin-3", 1.0)]


@pytest.mark.parametrize("lines", [
    # scores that do not run one way: a list, not a board
    ["🥇 Pelorin-3 — 57.1%", "🥈 Quandry-2 Max — 75.0%", "🥉 Osterfell-5 — 70.2%"],
    # numbering that does not start at 1
    ["3. Pelorin-3 — 77.1%", "4. Quandry-2 Max — 75.0%", "5. Osterfell-5 — 70.2%"],
    # two bare numbers only: too little to call it a rank column
    ["1 Pelorin-3 77.1", "2 Quandry-2 Max 75.0"],
])
def test_marker_lines_that_are_no_board(pipe, lines):
    text = "Brisket-QA results from our lab\n\n" + "\n".join(lines) + "\n"
    assert ranks(run(pipe, text)) == []
