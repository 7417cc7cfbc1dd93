"""Round 16 (branch nlp-frames16): a result's own sentence as evidence of the names in it (nlp/score_frames.py).

* verb frames: "N scored/posted/reached P% on Y", with an apposition or a bracketed lab, figure lists with
  "respectively", chains "P% on Y and P% on Z", "P% of the questions in Y"; "On Y, N reaches P"; "P% for N";
* list leads: "- **N** is cheap ...: P% on Y", "**N** (Lab AI) posted ...", "Winner: N — 57 on the Y Index";
* board spans: "Sheaf Bench" (over a known "Bench"), "Scoria 2026, a range of ...", "Wimble-Eval".

Every name below is invented (grep finds none in tests/data/nlp); each group has hard negatives: people and teams
with points, products with stars, prices, counts with their nouns, places and days.
"""
from __future__ import annotations

import pytest

import nlp
from nlp import score_frames


@pytest.fixture(scope="module")
def pipe():
    return nlp.load()


def ents(pipe, text):
    return [(e.text, e.label_) for e in pipe(text).ents]


def claims(pipe, text):
    return {(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims}


# --- verb frames --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, model, board", [
    ("The new open model is out. Grumet 2 scored 71.2% on Gravelmark, ahead of GPT-5 at 68.0%.", "Grumet 2", "Gravelmark"),
    ("In the lab's own tests, Pelisse 3 reached 58.3% in Wexbench and 61.0% on MMLU-Pro.", "Pelisse 3", "Wexbench"),
    ("The company said Grumet 2 answered 66.5% of the questions in Gravelmark, a reading test for AI models.",
     "Grumet 2", "Gravelmark"),
    ("Our AI round-up: the model Orvane-4B managed 49.0 points on Knurl-Hard this week.", "Orvane-4B", "Knurl-Hard"),
])
def test_verb_frame_gives_model_and_board(pipe, text, model, board):
    got = ents(pipe, text)
    assert (model, "MODEL") in got
    assert (board, "BENCHMARK") in got
    assert any(m == model and b == board for m, b, _ in claims(pipe, text))


def test_apposition_between_a_plain_name_and_its_verb(pipe):
    text = "Gemini 3 Pro reached 84.6% on GPQA Diamond. Orvane, another local language model, scored 44.0% on GPQA Diamond."
    assert ("Orvane", "MODEL") in ents(pipe, text)
    assert ("Orvane", "GPQA Diamond", 44.0) in claims(pipe, text)


def test_figure_list_respectively(pipe):
    text = ("Busy week for AI models, so bullets only.\n\n"
            "- **Grumet 2** (Caddis AI) posted 62.1, 70.4 and 55.9 on Gravelmark, MMLU-Pro and LiveCodeBench respectively.\n")
    got = ents(pipe, text)
    assert ("Grumet 2", "MODEL") in got and ("Caddis AI", "ORG") in got and ("Gravelmark", "BENCHMARK") in got
    assert {("Grumet 2", "Gravelmark", 62.1), ("Grumet 2", "MMLU-Pro", 70.4), ("Grumet 2", "LiveCodeBench", 55.9)} <= claims(pipe, text)


def test_fronted_board_with_a_known_model(pipe):
    text = "AI results this week. On Gravelmark, GPT-5 reaches 61.0% and Claude Opus 4.5 58.0%."
    assert ("Gravelmark", "BENCHMARK") in ents(pipe, text)
    assert ("GPT-5", "Gravelmark", 61.0) in claims(pipe, text)


def test_for_frames(pipe):
    text = ("A university team ran its own evaluation of the language model and got 63.9% for Trunnel 2 on Wexbench. "
            "Its developer lists 45.1% on Knurl-Hard, up from 38.0% for Trunnel 1.0.")
    got = ents(pipe, text)
    assert ("Trunnel 2", "MODEL") in got and ("Trunnel 1.0", "MODEL") in got
    assert ("Trunnel 1.0", "Knurl-Hard", 38.0) in claims(pipe, text)


def test_one_plain_word_needs_more_evidence(pipe):
    # a plain word with no board, once: no guess (it could be anything)
    assert ("Mallow", "MODEL") not in ents(pipe, "AI notes: Mallow scored 61%, the lab says.")
    # the same word twice, or with a board, is a model
    assert ("Mallow", "MODEL") in ents(pipe, "AI notes: Mallow scored 61% on GPQA Diamond.")
    assert ("Mallow", "MODEL") in ents(pipe, "AI notes: Mallow scored 61%, the lab says. Mallow is open-weight.")


# --- list leads ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, model", [
    ("Our picks among the AI models:\n\n- **Mallow** is cheap and shows it: 58.3% on GPQA Diamond and 55.0% on MMLU-Pro.\n"
     "- **GPT-5** is the safe choice: 84.0% on GPQA Diamond.\n", "Mallow"),
    ("Models we tried:\n* **Scoria Mini** — a close second on MMLU-Pro at 73.9%, but weaker elsewhere.\n", "Scoria Mini"),
    ("AI awards, best open model\nWinner: Sorrelwing — 57 on the Belfry Index, the highest open-weight score\n"
     "Runner-up: Kimi K2 Thinking — 55 on the Belfry Index\n", "Sorrelwing"),
])
def test_list_lead_with_scores_is_a_model(pipe, text, model):
    assert (model, "MODEL") in ents(pipe, text)


def test_list_leads_without_scores_or_boards_are_not_models(pipe):
    text = ("What the AI assistant plan offers:\n- **Pricing**: $20 per month, 40% off on Fridays.\n"
            "- **Latency**: 1.2 seconds in London.\n- **Support**: 24 hours a day.\n")
    assert not [x for x in ents(pipe, text) if x[1] in ("MODEL", "BENCHMARK")]


# --- board spans --------------------------------------------------------------------------------------------------

def test_word_and_board_head_is_one_board(pipe):
    text = ("The company said Grumet 2 answered 66.5% of the questions in Sheaf Bench, a set of legal tasks for language "
            "models. It put GPT-5.1 at 58.0% on the same test.")
    got = ents(pipe, text)
    assert ("Sheaf Bench", "BENCHMARK") in got and ("Bench", "BENCHMARK") not in got


def test_word_and_year_with_a_test_apposition(pipe):
    text = ("The AI evaluation centre ran its tests on Scoria 2026, a range of 150 simulated corporate networks. "
            "Claude Opus 4.5 completed 31.3% of objectives on Scoria 2026.")
    assert [t for t, lab in ents(pipe, text) if lab == "BENCHMARK"] == ["Scoria 2026", "Scoria 2026"]


def test_year_without_a_test_is_no_board(pipe):
    text = "Claude Opus 4.5 was shown at Web Summit 2026 in Lisbon, and the AI lab said 31% of visitors tried it at Expo 2026."
    assert not [x for x in ents(pipe, text) if x[1] == "BENCHMARK"]


# --- hard negatives -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ana scored 12 points on Saturday as Benfica beat Porto 3-1.",
    "The Pixel 9 scored 4.5 stars in our review of AI phones.",
    "The AI firm posted 62 jobs in Lisbon last month.",
    "In our AI newsletter: Ana Ruiz scored 71% on the bar exam, and Marta Lopes got 12 points in Madrid.",
    "Lisbon scored 71% on the AI Readiness Index, while Porto reached 64% on Digital Europe.",
    "The AI start-up's shares rose 3.2% in March. Nvidia hit 4.5% on Tuesday. The chatbot costs $20 per month on Android.",
    "Our AI model of the week: Benfica scored 2.1 expected goals in Lisbon; Porto managed 0.8 on Sunday.",
    "The language model has 3 layers on Ubuntu and 12 heads in Keras.",
])
def test_no_names_from_non_results(pipe, text):
    got = [x for x in ents(pipe, text) if x[1] in ("MODEL", "BENCHMARK")]
    assert not [x for x in got if x[0] not in ("GPT-5",)], got


# --- module-level helpers -----------------------------------------------------------------------------------------

def test_find_respects_what_was_found():
    text = "AI models: Grumet 2 scored 71.2% on Gravelmark."
    s = text.index("Gravelmark")
    got = score_frames.find(text, [(s, s + len("Gravelmark"), "MODEL")], lambda i: True)
    assert ("Gravelmark" not in [text[a:b] for a, b, _, _ in got])
    assert ("Grumet 2" in [text[a:b] for a, b, lab, _ in got if lab == "MODEL"])


def test_whole_boards_drops_a_head_inside_a_longer_board():
    new = [(10, 15, "BENCHMARK", "Bench"), (4, 15, "BENCHMARK", "Sheaf Bench"), (20, 25, "MODEL", "Orvan")]
    assert score_frames.whole_boards("x" * 30, new) == [(4, 15, "BENCHMARK", "Sheaf Bench"), (20, 25, "MODEL", "Orvan")]


def test_no_text_without_figures_is_read():
    assert score_frames.find("Grumet scored well on Gravelmark.", [], lambda i: True) == []


# --- more frames: "is the new fifth at P", "the model's X score to P", variants, page titles -------------------------

def test_at_frame_on_a_board(pipe):
    text = ("AI chat board monthly. Gemini 3 Pro remains first at 1,466 on Caddis Arena. Orvane-3, the Italian entry, "
            "is the new fifth at 1,402 on Caddis Arena.")
    got = ents(pipe, text)
    assert ("Orvane-3", "MODEL") in got and ("Caddis Arena", "BENCHMARK") in got
    assert ("Orvane-3", "Caddis Arena", 1402.0) in claims(pipe, text)


def test_at_frame_negatives(pipe):
    text = "The AI firm's shares closed at 131.2 on Friday. Lisbon stands at 12.5 degrees. Orvane entered at 9.30 in Porto."
    assert not [x for x in ents(pipe, text) if x[1] in ("MODEL", "BENCHMARK")]


def test_score_noun_names_the_board(pipe):
    text = "The AI start-up says the update lifts the model's Wimble-Eval score to 48.5%, from 44.0% before."
    assert ("Wimble-Eval", "BENCHMARK") in ents(pipe, text)


def test_variant_after_a_found_board(pipe):
    text = "You showed a slide with Grumet 3 at 80.2% on CobaltKnot Verified, the AI coding test."
    got = ents(pipe, text)
    assert ("CobaltKnot Verified", "BENCHMARK") in got and ("CobaltKnot", "BENCHMARK") not in got


@pytest.mark.parametrize("title, board", [("Wimble-Bench Leaderboard", "Wimble-Bench"), ("Gravelmark Leaderboard", "Gravelmark")])
def test_page_title_drops_the_generic_head(pipe, title, board):
    text = (f"{title}\nLast updated: 2026-12-01\n\n| Rank | Model | Score |\n|---|---|---|\n| 1 | GPT-5 | 71.0 |\n"
            f"| 2 | Claude Opus 4.5 | 68.2 |\n\nResults are run by the {board} team for AI agents.")
    got = ents(pipe, text)
    assert (board, "BENCHMARK") in got and (title, "BENCHMARK") not in got
    assert ("GPT-5", board, 71.0) in claims(pipe, text)


def test_a_named_leaderboard_keeps_its_head(pipe):
    text = "Tarnwick Function Leaderboard\n\nGPT-5 leads the AI board with 71.0, ahead of Claude Opus 4.5 at 68.2."
    assert ("Tarnwick Function", "BENCHMARK") not in ents(pipe, text)


def test_a_part_of_a_board_is_not_the_board(pipe):
    text = ("The AI start-up says Grumet 3 scores 88% on the Welsh-accent split of Wimble, compared with 84% for GPT-4o. "
            "It also reaches 61% on the Czech section of MMLU-Pro.")
    got = ents(pipe, text)
    assert ("Welsh-accent", "BENCHMARK") not in got and ("Czech", "BENCHMARK") not in got
    assert ("Wimble", "BENCHMARK") in got


def test_a_known_board_next_to_the_frame_is_the_context(pipe):
    # no AI word in the sentence, but a benchmark the lists know is beside the frame
    text = "Grumet 3 arrived on Tuesday. Its maker lists 45.1% on GPQA Diamond, up from 38.0% for Grumet 2.5."
    assert ("Grumet 2.5", "MODEL") in ents(pipe, text)
    # no benchmark and no AI word: no guess
    assert ("Grumet 2.5", "MODEL") not in ents(pipe, "Sales rose 45.1% in the north, up from 38.0% for Grumet 2.5 stores.")


def test_bold_lead_with_a_score_of(pipe):
    text = ("AI newsletter, bullets only.\n\n- **Pelisse**, the open model nobody expected, is now the best open-weight entry "
            "on the Belfry Index with a score of 57, per the index's maintainers.\n")
    assert ("Pelisse", "MODEL") in ents(pipe, text)
    # a bold lead whose item has a figure but no board: no guess
    text = "AI newsletter, bullets only.\n\n- **Pelisse** is a bakery chain with a score of 57 from its customers.\n"
    assert ("Pelisse", "MODEL") not in ents(pipe, text)


def test_score_noun_with_a_verb(pipe):
    text = "In the AI lab's update, the model's Wimble-Eval score rose to 48.5%."
    assert ("Wimble-Eval", "BENCHMARK") in ents(pipe, text)


def test_a_generic_noun_with_a_letter_is_a_label(pipe):
    text = "Fraud-flag recall of the language models on our book was 0.71 for Candidate A and 0.64 for Candidate B."
    assert not [x for x in ents(pipe, text) if x[1] == "MODEL"]
    text = "In the AI pilot, Option 2 scored 61.0% on GPQA Diamond and Vendor B reached 58.0% on GPQA Diamond."
    s = text.index("GPQA Diamond")
    taken = [(s, s + 12, "BENCHMARK"), (text.rindex("GPQA"), text.rindex("GPQA") + 12, "BENCHMARK")]
    assert not [x for x in score_frames.find(text, taken, lambda i: True) if x[2] == "MODEL"]


def test_people_and_clipped_forms_are_not_guessed():
    text = "On the AI test, Experts with PhDs get about 65% on GPQA Diamond, and R4 Thinking gets 71.3 on GPQA Diamond."
    taken = [(m, m + 12, "BENCHMARK") for m in (text.index("GPQA"), text.rindex("GPQA"))]
    assert score_frames.find(text, taken, lambda i: True) == []


def test_an_adverb_and_a_pronoun_are_no_name():
    text = "Apparently it gets 35.5 on GPQA Diamond, which would be silly good for a 7B AI model."
    s = text.index("GPQA")
    assert score_frames.find(text, [(s, s + 12, "BENCHMARK")], lambda i: True) == []


def test_a_benchmark_lead_does_not_make_its_aside_a_board(pipe):
    text = ("6.3 Coding results of the AI model\n- Terminal-Bench 2.0: 38.5\n"
            "- Verso Verified: 51.0 (team entry in the Hollowmere challenge, not by us)\n")
    assert ("Hollowmere", "BENCHMARK") not in ents(pipe, text)
