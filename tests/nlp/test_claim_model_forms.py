"""Model and benchmark forms in claim position, layouts and non-scores (branch nlp-claimnames11).
Sentences written for these tests, invented names (Quorra, Tarnlab, Skiff, Marrow-QA, Cobalt-Ask, Dunmore)."""
from __future__ import annotations

from nlp.claim_model_forms import bracketed_models, family_tiers, size_refs
from tests.nlp.test_entities import pipe as full  # noqa: F401  (full: the loaded-pipeline fixture)


def claims(doc):
    return sorted((c["model"], c["benchmark"], c["score"], c["unit"]) for c in doc._.claims)


def keys(doc):
    return sorted((c["model"], c["benchmark"], c["score"]) for c in doc._.claims)


# ---------------------------------------------------------------- model forms (nlp.claim_model_forms)

def test_bracketed_model_drops_the_product_and_maps_its_other_mentions():
    text = "Cobalt-Ask (Quorra-3 Pro)\nScore: 71.0%.\n\nWinner: Cobalt-Ask."
    ents = [(0, 10, "MODEL", "Cobalt-Ask"), (12, 24, "MODEL", "Quorra-3 Pro"), (52, 62, "MODEL", "Cobalt-Ask")]
    assert bracketed_models(text, ents) == [(12, 24, "MODEL", "Quorra-3 Pro"), (52, 62, "MODEL", "Quorra-3 Pro")]


def test_bracket_with_more_than_a_model_is_no_product_form():
    text = "Quorra-3 Pro (Skiff-2: 60.1%) scored 71.0%."
    ents = [(0, 12, "MODEL", "Quorra-3 Pro"), (14, 21, "MODEL", "Skiff-2")]
    assert bracketed_models(text, ents) == ents


def test_product_heading_gives_the_bracketed_models_scores(full):
    text = ("Review: two assistants for tenancy letters\n\n"
            "We ran each one on the Marrow-QA benchmark ourselves. Cobalt-Ask is Tarnlab's chatbot and runs the "
            "Quorra-3 Pro model; Dunmore Chat runs the Skiff-2 Large model.\n\n"
            "Cobalt-Ask (Quorra-3 Pro)\nMarrow-QA: 71.0%. Slow.\n\n"
            "Dunmore Chat (Skiff-2 Large)\nMarrow-QA: 64.5%. Quick.\n")
    got = keys(full(text))
    assert ("Quorra-3 Pro", "Marrow-QA", 71.0) in got
    assert ("Skiff-2 Large", "Marrow-QA", 64.5) in got
    assert not any(m in ("Cobalt-Ask", "Dunmore Chat") for m, _, _ in got)


def test_family_and_unknown_tier_join():
    text = "Tarnlab added Quorra-3 Gale to the line-up. Gale is cheap."
    ents = [(14, 22, "MODEL", "Quorra-3"), (23, 27, "MODEL", "Gale"), (44, 48, "MODEL", "Gale")]
    assert family_tiers(text, ents) == [(14, 27, "MODEL", "Quorra-3 Gale"), (44, 48, "MODEL", "Quorra-3 Gale")]


def test_two_models_side_by_side_in_a_list_are_not_joined():
    text = "Quorra-3 Skiff-2"  # the second has a digit: a model of its own
    ents = [(0, 8, "MODEL", "Quorra-3"), (9, 16, "MODEL", "Skiff-2")]
    assert family_tiers(text, ents) == ents


def test_size_version_is_the_family_of_that_size(full):
    text = ("Tarnlab releases Quorra-4, an open model in 32B and 8B sizes\n\n"
            "Tarnlab released Quorra-4 on Monday. According to the company, the 32B version records 70.2% on "
            "Marrow-QA. On the same test the company measured Qwen3-32B at 52.9%. The previous generation "
            "Quorra-3 had stayed at 49.0% on Marrow-QA. The 8B version is at 61.0% on Marrow-QA.")
    got = keys(full(text))
    assert ("Quorra-4-32B", "Marrow-QA", 70.2) in got
    assert ("Quorra-4-8B", "Marrow-QA", 61.0) in got
    assert ("Qwen3-32B", "Marrow-QA", 52.9) in got
    assert ("Quorra-3", "Marrow-QA", 49.0) in got


def test_size_version_takes_the_named_model_of_that_size():
    text = "Skiff-2 8B and Skiff-2 70B are out. The 70B version scores 80.1 on X."
    ents = [(0, 10, "MODEL", "Skiff-2 8B"), (15, 26, "MODEL", "Skiff-2 70B")]
    out = size_refs(text, ents)
    assert (36, 51, "MODEL", "Skiff-2 70B") in out


def test_size_without_a_family_before_is_nothing():
    text = "The 32B version scores 70.2% on Marrow-QA."
    assert size_refs(text, [(32, 41, "BENCHMARK", "Marrow-QA")]) == [(32, 41, "BENCHMARK", "Marrow-QA")]


def test_bare_tier_possessive_takes_the_newest_version_of_that_tier(full):
    text = ("Tarnlab fills out the Quorra-3 line-up with a cheaper sibling\n\n"
            "Tarnlab AI added Quorra-3 Gale to its line-up on Monday, three weeks after the Max model. Its own "
            "figures, from the launch post:\n\nAIME 2025\n- Quorra-3 Max: 92.5%\n- Quorra-3 Gale: 84.0%\n"
            "- Quorra-2 Max (last year's flagship): 71.7%\n\n"
            "On Humanity's Last Exam it manages 19.8%, less than half of the Max's 43.0%.")
    got = keys(full(text))
    assert ("Quorra-3 Gale", "Humanity's Last Exam", 19.8) in got
    assert ("Quorra-3 Max", "Humanity's Last Exam", 43.0) in got
    assert ("Quorra-2 Max", "Humanity's Last Exam", 43.0) not in got


def test_one_size_alone_describes_the_model_named():
    text = "Tarnlab put Quorra-4 online. The 355B-parameter model scores 68.0% on Marrow-QA."
    ents = [(12, 20, "MODEL", "Quorra-4"), (64, 73, "BENCHMARK", "Marrow-QA")]
    assert size_refs(text, ents) == ents


# ---------------------------------------------------------------- non-scores and units (nlp.numbers, nlp.claims)

def test_spreads_and_signed_changes_are_no_scores():
    from nlp.numbers import find_numbers
    kinds = {n.value: n.kind for n in find_numbers(
        '"marrow_qa": {"acc": 0.612, "stderr": 0.009}, and a standard error of 1.3; SE = 0.8; '
        'Skiff-2 gives up (−0.9 on Marrow-QA) and (-1.4 on Dunmore-Bench) but scores 63.0')}
    assert kinds[0.612] == "score" and kinds[63.0] == "score"
    assert kinds[0.009] == kinds[1.3] == kinds[0.8] == "error"
    assert kinds[0.9] == kinds[1.4] == "delta"


def test_hyphen_of_a_name_or_a_bullet_is_no_minus():
    from nlp.numbers import find_numbers
    got = [(n.value, n.kind) for n in find_numbers("- 84.0% on Marrow-QA; Skiff -2 scored 70")]
    assert (84.0, "score") in got and (70.0, "score") in got


def test_percent_after_a_half_width_is_the_levels_unit():
    from nlp.numbers import find_numbers
    n = {x.value: x.unit for x in find_numbers("The best reaches 58.2 ± 2.1% accuracy, humans 91.3 ± 1.4")}
    assert n[58.2] == "%" and n[91.3] is None


def test_lm_eval_fractions_and_a_repeated_row(full):
    text = ("GitHub issue: skiff-2 numbers\n\nRunning the harness on Skiff-2 Large with 5-shot MMLU I get:\n\n"
            '```\n{"results": {"mmlu": {"acc": 0.612, "stderr": 0.004}}}\n```\n')
    got = claims(full(text))
    assert ("Skiff-2 Large", "MMLU", 0.612, "points") in got
    assert not any(s == 0.004 for _, _, s, _ in got)


# ---------------------------------------------------------------- layouts (nlp.numbers, nlp.grid, nlp.claims)

def test_footnote_marks_on_numbers():
    from nlp.numbers import find_numbers
    got = [(n.value, n.kind) for n in find_numbers("| Marrow-QA | **58.9** | 40.3 | 47.1¹ | 90.4² |")]
    assert got == [(58.9, "score"), (40.3, "score"), (47.1, "score"), (90.4, "score")]


def test_unit_statement_skips_the_change_columns_clause():
    from nlp.grid import statement_unit
    assert statement_unit("Scores are success rates in percent; Δ is the change since May, in points.") == "%"
    assert statement_unit("Our runs (solve rate, %):") == "%"
    assert statement_unit("The change column is in points.") is None


def test_paper_marked_out_of_more_than_100(full):
    text = ("Models sit the Gaokao again\n\nOn the Gaokao 2026 mathematics paper, marked out of 150, the Dunmore "
            "lab's results were: Skiff-2 Large 145, Quorra-4 141 and Gemini 3 Pro 138.")
    got = claims(full(text))
    assert ("Gemini 3 Pro", "Gaokao 2026", 138.0, "points") in got


def test_sites_are_counted_things(full):
    text = "The Dunmore Board, where Gemini 3 Pro leads with 60.4%, runs agents on 300 cloned shop sites."
    assert not any(s == 300.0 for _, _, s, _ in claims(full(text)))


def test_sub_test_in_brackets_keeps_the_parent():
    from nlp.claim_model_forms import bracketed_benches
    text = "Dunmore-Bench (Marrow-QA): 61.3%; Skiff Leaderboard (SKL v2): 70.1"
    ents = [(0, 13, "BENCHMARK", "Dunmore-Bench"), (15, 24, "BENCHMARK", "Marrow-QA"),
            (34, 51, "BENCHMARK", "Skiff Leaderboard"), (53, 59, "BENCHMARK", "SKL v2")]
    assert bracketed_benches(text, ents) == [ents[0], ents[2], ents[3]]  # an abbreviation's edition stays


def test_indented_board_with_a_rank_and_a_change_column(full):
    text = ("Dunmore Board, May standings\n\nScores are success rates in percent; Δ is the change since April, "
            "in points.\n\n"
            "  #   Model                 Success   Δ      Avg. steps\n"
            "  1   Claude Opus 4.5       62.7      +1.9   31\n"
            "  2   Gemini 3 Pro          60.4      new    27\n"
            "  3   GPT-5.2               59.8      −0.7   29\n")
    got = claims(full(text))
    assert ("Claude Opus 4.5", "Dunmore Board", 1.0, "rank") in got
    assert ("GPT-5.2", "Dunmore Board", 3.0, "rank") in got
    assert ("Gemini 3 Pro", "Dunmore Board", 60.4, "%") in got
    assert not any(s in (1.9, 0.7) for _, _, s, _ in got)


def test_results_file_key_beside_a_known_benchmark_is_a_benchmark():
    from nlp.claim_model_forms import json_key_benches
    text = '{\n  "results": {\n    "GSM8K": 90.1,\n    "Marrow-QA": 44.7,\n    "acc": 0.5\n  }\n}'
    g = text.index("GSM8K")
    ents = [(g, g + 5, "BENCHMARK", "GSM8K")]
    out = json_key_benches(text, ents)
    assert [c for _, _, lab, c in out if lab == "BENCHMARK"] == ["GSM8K", "Marrow-QA"]  # "acc": no capital


def test_keys_beside_a_model_are_not_benchmarks():
    from nlp.claim_model_forms import json_key_benches
    text = '{\n  "GSM8K": 90.1,\n  "Skiff-2": 1.0,\n  "Marrow-QA": 44.7\n}'
    g, k = text.index("GSM8K"), text.index("Skiff-2")
    ents = [(g, g + 5, "BENCHMARK", "GSM8K"), (k, k + 7, "MODEL", "Skiff-2")]
    assert json_key_benches(text, ents) == ents
