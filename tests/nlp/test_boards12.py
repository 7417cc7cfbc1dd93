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


# --------------------------------------------------------------------------- a board's title over its header row

SAVED_PAGE = ("Kestrelle Arena (code review): board page, saved as text\n\n"
              "Kestrelle Arena | Code review | Updated 4 Apr 2026\n"
              "{header}\n1 Pelorin-3 1,312 20,110\n2 GPT-5.1 1,298 18,400\n3 Osterfell-5 1,270 9,021\n")


@pytest.mark.parametrize("header", ["Rank Model Arena score Votes", "Position Model Arena rating Votes",
                                    "Rank Model Score Votes"])
def test_header_row_words_are_no_board_and_the_title_board_wins(full, header):
    doc = full(SAVED_PAGE.format(header=header))
    assert not [e.text for e in doc.ents if e.label_ == "BENCHMARK" and e.text.split()[0] in ("Rank", "Position", "Model")]
    got = units(doc)
    assert {c[1] for c in got} == {"Kestrelle Arena"}
    assert ("Pelorin-3", "Kestrelle Arena", 1.0, "rank") in got and ("Osterfell-5", "Kestrelle Arena", 3.0, "rank") in got
    assert [c for c in got if c[0] == "GPT-5.1" and c[2] == 1298.0]


def test_a_board_named_by_words_before_arena_is_still_found(full):
    doc = full("On the Glimmer Agent Arena, the Pelorin-3 model now has an Elo rating of 1,288, first overall.")
    assert [e.text for e in doc.ents if e.label_ == "BENCHMARK"] == ["Glimmer Agent Arena"]


# --------------------------------------------------------------------------- a qualifier that is part of the name

def benches(doc):
    return [(e.text, e._.canonical) for e in doc.ents if e.label_ == "BENCHMARK"]


@pytest.mark.parametrize("text, name", [
    ("Pelorin-3 results from the lab\n\nTest | Pelorin-3 | GPT-5.1\nSwahili GSM8K (%) | 61.8 | 70.2\n", "Swahili GSM8K"),
    ("Pelorin-3 scores 64.1% on Hindi GSM8K, ahead of GPT-5.1 at 60.2%.", "Hindi GSM8K"),
    ("Amharic MMLU: the Pelorin-3 model reaches 55.0, GPT-5.1 reaches 61.2.", "Amharic MMLU"),
])
def test_a_language_before_a_benchmark_is_part_of_its_name(full, text, name):
    doc = full(text)
    assert (name, name) in benches(doc)
    assert {c["benchmark"] for c in doc._.claims} == {name}


@pytest.mark.parametrize("text, name", [
    ("On Korean MMLU variants, Pelorin-3 scores 71.0 on average.", "MMLU"),
    ("On the English MMLU-Pro, the Pelorin-3 model scores 58.1.", "MMLU-Pro"),
    ("The Pelorin-3 model answers 71.5% of our Portuguese GSM8K questions.", "GSM8K"),
    ("The Hindi GSM8K subset is hardest: the Pelorin-3 model scores 40.2 there.", "GSM8K"),
])
def test_a_language_in_prose_stays_out_of_the_name(full, text, name):
    assert [c for _, c in benches(full(text))] == [name]


@pytest.mark.parametrize("text, name", [
    ("In Tolvara CTF 2025, the capture-the-flag contest run by a national institute, the AI model Pelorin-3 took "
     "the gold medal with 3,100 points.", "Tolvara CTF 2025"),
    ("At Vesk Harbour CTF 2026, an annual hacking contest, the AI model Pelorin-3 placed first with 2,410 points.",
     "Vesk Harbour CTF 2026"),
])
def test_a_competitions_name_before_its_acronym_and_year(full, text, name):
    doc = full(text)
    assert [t for t, _ in benches(doc)] == [name]
    assert {c["benchmark"] for c in doc._.claims} == {name}


@pytest.mark.parametrize("text, name", [
    ("On AIME 2025, Pelorin-3 scores 81.0% and GPT-5.1 scores 79.0%.", "AIME 2025"),  # a sentence opener
    ("In March CTF 2026, the capture-the-flag contest run by a national institute, the AI model Pelorin-3 took "
     "the gold medal with 3,100 points.", "CTF 2026"),  # a month
])
def test_no_head_word_joins_a_known_or_bare_competition(full, text, name):
    assert [t for t, _ in benches(full(text))] == [name]


# --------------------------------------------------------------------------- places in prose: ordinals, "the strongest system, X"

A = "Tallowmere Board"


@pytest.mark.parametrize("text, places", [
    ("On the Tallowmere Board, Pelorin-3 is first with 1288 points. Third is Quandry-2 Max with 1265, and fourth, "
     "Osterfell-5 with 1249.", {("Pelorin-3", 1.0), ("Quandry-2 Max", 3.0), ("Osterfell-5", 4.0)}),
    ("Tallowmere Board update: second is Osterfell-5 at 1,290; fifth place goes to Quandry-2 Max at 1,250.",
     {("Osterfell-5", 2.0), ("Quandry-2 Max", 5.0)}),
    ("On the Tallowmere Board the order changed: Pelorin-3 slipped, and third is now Osterfell-5 with 1,210.",
     set()),  # "third is now": not read (an adverb between), a miss we accept
])
def test_ordinal_opening_a_clause_is_a_place(pipe, text, places):
    got = run(pipe, text, benches=(A,))
    assert places <= set(ranks(got))


@pytest.mark.parametrize("text", [
    "First, Pelorin-3 scores 71.0 on the Tallowmere Board. Second, Quandry-2 Max is cheaper.",  # a list of points
    "First is the price: Pelorin-3 scores 71.0 on the Tallowmere Board at half the cost.",
    "Of the three, the strongest model, Pelorin-3, scores 61.0 on the Tallowmere Board.",  # a subset
    "On the Tallowmere Board the best open-weight model, Osterfell-5, scores 31.0.",
])
def test_no_place_from_a_discourse_ordinal_or_a_subset(pipe, text):
    assert ranks(run(pipe, text, benches=(A,))) == []


@pytest.mark.parametrize("lead", ["The strongest system", "The top-scoring model", "The best-performing entry"])
def test_the_strongest_system_in_apposition_is_first(pipe, lead):
    text = (f"We evaluate eleven models on the Tallowmere Board. {lead}, Pelorin-3, completes 43.2% of tasks; "
            "Quandry-2 Max is second at 40.7%.")
    got = run(pipe, text, benches=(A,))
    assert ("Pelorin-3", 1.0) in ranks(got) and ("Pelorin-3", A, 43.2, "%") in got


# --------------------------------------------------------------------------- a comparison aside keeps the subject

@pytest.mark.parametrize("aside", [
    "[00:10:14] and for comparison the model we shipped last spring, Quandry-2 Max, was at 19.0",
    "[00:10:14] by comparison, Quandry-2 Max was at 19.0",
    "[00:10:14] the previous version, Quandry-2 Max, was at 19.0",
])
def test_subject_resumes_after_a_comparison_aside(pipe, aside):
    text = ("[00:10:03] so let's talk about Pelorin-3\n[00:10:07] Pelorin-3 on Brisket-QA: 33.5 percent\n"
            f"{aside}\n[00:10:21] on the Tallowmere Board we're at 22.4 percent\n")
    got = run(pipe, text, benches=(B, A))
    assert ("Pelorin-3", A, 22.4, "%") in got
    assert not [c for c in got if c[0] == "Quandry-2 Max" and c[1] == A]


def test_the_developers_also_report_keeps_the_subject(pipe):
    text = ("Pelorin-3 reached 2,310 points on the Tallowmere Board, its developers said. The previous version, "
            "Osterfell-5, had 1,780 points. The developers also report 69.5% on Brisket-QA.")
    got = run(pipe, text, benches=(B, A))
    assert ("Pelorin-3", B, 69.5, "%") in got and ("Osterfell-5", A, 1780.0, "points") in got


def test_a_model_named_without_an_aside_becomes_the_subject(pipe):
    # hard negative: a new model named plainly takes over
    text = ("Pelorin-3 reached 2,310 points on the Tallowmere Board. Osterfell-5, from another lab, had 1,780 points. "
            "It also reports 69.5% on Brisket-QA.")
    assert ("Osterfell-5", B, 69.5, "%") in run(pipe, text, benches=(B, A))


# --------------------------------------------------------------------------- a percentile against human competitors

@pytest.mark.parametrize("second", ["With this, it is above 96.5% of the human competitors.",
                                    "With this result, the model is above 96.5 percent of the human competitors of the platform."])
def test_percentile_of_human_competitors_in_the_next_sentence(pipe, second):
    text = f"The Pelorin-3 model reached a rating of 2,100 on the Tallowmere Board. {second}"
    assert ("Pelorin-3", A, 96.5, "percentile") in run(pipe, text, benches=(A,))


def test_a_language_before_a_multilingual_benchmark_is_its_part(full):
    doc = full("On Swahili Global-MMLU the Pelorin-3 model scores 58.2, and GPT-5.1 scores 66.0.")
    assert [c for _, c in benches(doc)] == ["Global-MMLU"]


# --------------------------------------------------------------------------- language columns of a named board

@pytest.mark.parametrize("heads", ["Swahili | Yoruba", "Swahili (%) | Yoruba (%)"])
def test_language_columns_are_parts_of_the_boards_benchmark(pipe, heads):
    text = (f"Brisket-QA results, by language\n\n| Model | Brisket-QA (avg) | {heads} |\n|---|---|---|---|\n"
            "| Pelorin-3 | 61.0 | 58.2 | 55.1 |\n| Quandry-2 Max | 70.3 | 66.0 | 60.4 |\n")
    got = run(pipe, text)
    assert {c[1] for c in got} == {B}
    assert {c[2] for c in got if c[0] == "Pelorin-3"} == {61.0, 58.2, 55.1}


def test_language_columns_beside_two_benchmarks_stay_unread(pipe):
    # hard negative: with two benchmark columns, whose language part a column is cannot be told
    text = ("Results\n\n| Model | Brisket-QA | Tallowmere Board | Swahili |\n|---|---|---|---|\n"
            "| Pelorin-3 | 61.0 | 58.2 | 55.1 |\n| Quandry-2 Max | 70.3 | 66.0 | 60.4 |\n")
    got = run(pipe, text, benches=(B, A))
    assert not [c for c in got if c[1] in (B, A) and c[2] in (55.1, 60.4)]


def test_a_board_line_without_a_claim_keeps_the_count(pipe):
    # line 3's model is found by no reader (not among the entities): lines 4 and 5 still get their places
    text = ("Brisket-QA power ladder, week 3\n\n1. ▲2 Pelorin-3 — 88.5. Back on top.\n2. ▼1 Quandry-2 Max — 87.9.\n"
            "3. — Vantablue — 84.0. A surprise.\n4. ▲1 Osterfell-5 — 74.6.\n5. ▼1 Harrowgate-7B — 71.2. Slipping.\n")
    got = run(pipe, text)
    assert set(ranks(got)) == {("Pelorin-3", 1.0), ("Quandry-2 Max", 2.0), ("Osterfell-5", 4.0), ("Harrowgate-7B", 5.0)}
