"""Round 15 (nlp-boards15): benchmarks no list knows, by shape and by frame (nlp.board_shapes, called from
nlp.unknown). Sentences written for these tests; every model, lab and board name is invented (Tessily, Quernstone,
Marlowe, Wendlebury, Ossory, Pellicle, Brisling, Fennick, Carrowmore, Duskfall, Glimmerdale, Kestrin, Lanthorn,
Ruddock, Pentire appear in no set), and the localised benchmarks use prefixes no set has (KoMMLU, ViMMLU, PLGLUE)."""
from __future__ import annotations

import pytest

import nlp as mwnlp
from nlp.board_shapes import candidates


@pytest.fixture(scope="module")
def full():
    return mwnlp.load()


def benches(pipe, text):
    return sorted(e.text for e in pipe(text).ents if e.label_ == "BENCHMARK")


def found(text):
    return sorted(text[s:e] for s, e, _ in candidates(text, []))


# --------------------------------------------------------------------------- shapes
@pytest.mark.parametrize("text, name", [
    ("The Tessily-3 model from Marlowe Labs tops KoMMLU with 71.2, the lab said.", "KoMMLU"),
    ("Vietnamese results: the Pellicle-2 model scores 64.0 on ViMMLU and 58.1 overall.", "ViMMLU"),
    ("We report PLGLUE and the usual suites for the new Brisling-4 language model.", "PLGLUE"),
    ("Fennick-2, the new open model, scores 80.3 on CarrowExam, a national bar test.", "CarrowExam"),
])
def test_shapes_in_prose(full, text, name):
    assert name in benches(full, text)


def test_localised_glued_to_hangul_and_kana():
    assert found("새 모델 'Quernstone-2' KoMMLU서 1위") == ["KoMMLU"]
    assert found("国産LLMでViMMLU首位") == ["ViMMLU"]


@pytest.mark.parametrize("text", [
    "She passed the ReExam and the MockExam last spring.",       # exam words, no board
    "Prices: the RTX-5090 and ISO-27001 audits, COVID-19 rules, Form-10K filings.",
    "The MMLUs of this world are saturated.",                     # no prefix
    "SuperMMLUfoo is not a word.",                                # letters go on after the benchmark
])
def test_shape_hard_negatives(text):
    assert found(text) == []


# --------------------------------------------------------------------------- configs
def test_yaml_task_list():
    text = ("model: pellicle-3-instruct\ntasks:\n  - quernstone_retail   # shop questions\n  - ossory_2026\n\n"
            "  - not_this_one\njudge: someone\n")
    assert found(text) == ["ossory_2026", "quernstone_retail"]


def test_inline_and_cli_task_lists():
    assert found('{"tasks": ["lanthorn_qa", "ruddock_med"], "seed": 3}') == ["lanthorn_qa", "ruddock_med"]
    assert found("lm_eval --model hf --tasks pentire_nl,kestrin_hard --batch_size 8") == ["kestrin_hard", "pentire_nl"]


def test_datasets_list_is_training_data():
    assert found("datasets:\n  - glimmerdale_chat\n  - duskfall_web\n") == []


def test_results_file_dataset_name():
    text = "results:\n  - dataset: {name: Wendlebury, type: wendlebury-bench/wb}\n    metrics:\n    - {type: accuracy, value: 48.8}\n"
    assert "Wendlebury" in found(text)


# --------------------------------------------------------------------------- frames
@pytest.mark.parametrize("text, name", [
    ("Our evals on Duskfall dropped two points after the Fennick-2 update.", "Duskfall"),
    ("Accuracy on Glimmerdale rose to 61% with the Marlowe-4 model.", "Glimmerdale"),
    ("I tried it on KSTR-2 and got 63ish for the quantised Ruddock-7B.", "KSTR-2"),
    ("The model answers 88% of the questions of the LNTH exam set.", "LNTH"),
    ("Results of the Pentire-2026 shared task on legal QA are out.", "Pentire-2026"),
    ("The test set, Brisling-300, contains 300 questions written by clerks.", "Brisling-300"),
])
def test_frames(text, name):
    assert name in found(text)


@pytest.mark.parametrize("text", [
    "Our evals on Monday ran late; the numbers on Twitter were wrong.",
    "I tried it on H100 and on RTX 5090, then ran it on TPU v5e.",
    "Accuracy on the Pellicle-3 model rose after the fix.",
])
def test_frame_hard_negatives(text):
    assert found(text) == []


# --------------------------------------------------------------------------- tables and titles
def test_pipe_table_headers_with_numbers_below():
    text = ("| Model | Carrowmore Index | Latency (ms) | Params | Average |\n|---|---|---|---|---|\n"
            "| Tessily-3 | 64.0 | 310 | 32B | 60.1 |\n| Pellicle-2 | 58.3 | 280 | 14B | 55.0 |\n")
    assert found(text) == ["Carrowmore Index"]


def test_pipe_table_text_column_is_no_board():
    text = ("| Model | Ossory | Licence |\n|---|---|---|\n| Tessily-3 | 64.0 | Apache |\n| Pellicle-2 | 58.3 | MIT |\n")
    assert found(text) == ["Ossory"]


def test_benchmark_rows():
    text = ("| Benchmark | Tessily-3 | Pellicle-2 |\n|---|---|---|\n| Lanthorn | 52.6 | 40.2 |\n"
            "| Cost ($) | 1.20 | 0.80 |\n")
    assert found(text) == ["Lanthorn"]


def test_space_aligned_table():
    text = ("                 Kestrin   Ruddock Hard   Latency\nTessily-3          71.4           82.0      310\n"
            "Pellicle-2         60.9           58.3      280\n")
    assert found(text) == ["Kestrin", "Ruddock Hard"]


def test_space_table_of_words_is_no_board():
    text = "Name        City       Team\nAnna        Leeds      Blue\nBram        York       Red\n"
    assert found(text) == []


def test_board_title_over_numbers():
    text = "GLIMMERDALE INDEX v2.1 — composite of 7 evaluations\n\n1. Tessily-3 71.4\n2. Pellicle-2 68.0\n3. Fennick-2 60.2\n"
    assert found(text) == ["GLIMMERDALE INDEX"]


def test_title_hard_negatives():
    text = "CONSUMER PRICE INDEX — March 2026\n\nFood 3.1 2.9 2.2\nRent 4.0 3.8 3.1\nADVISORY BOARD — members 2026 2025 2024\n"
    assert found(text) == []


def test_pipe_table_without_outer_pipes():
    text = ("Benchmark     | Tessily-3 | Pellicle-2\nRuddock-Eval  |   81.3    |   70.9\nLanthorn      |   66.5    |   51.0\n"
            "Price (€)     |   1.80    |   0.90\n")
    assert found(text) == ["Lanthorn", "Ruddock-Eval"]


def test_menu_of_pipes_is_no_table():
    assert found("Home | Kestrin | Contact\nAbout | Lanthorn | Jobs\n") == []


def test_shared_task_heading():
    assert "Ossory-Fin 2026" in found("Shared task results: Ossory-Fin 2026 (co-located with a workshop)\n\n1. team A — 71.8")


def test_split_after_results_on_is_no_board():
    assert found("Source: the Kestrin board, verified results on the Semi-Private set.") == []


def test_lower_case_score_run_beside_a_known_board():
    text = "kestrin-2 heavy done. ossory-hard 48.2, lanthorn 71.9, aime 2025 90.0. all our runs"
    s = text.index("aime 2025")
    got = sorted(text[a:b] for a, b, _ in candidates(text, [(s, s + 9, "BENCHMARK")]))
    assert got == ["lanthorn", "ossory-hard"]
    assert candidates(text, []) == []  # no board known in the run: nothing


def test_score_run_leaves_model_ids():
    text = "pellicle-3 61.0, tessily-2 58.2, aime 2025 90.0"
    s = text.index("aime 2025")
    assert candidates(text, [(s, s + 9, "BENCHMARK")]) == []


def test_dataframe_print_with_index_name_line():
    text = ("                  kestrin_verified  ruddock_qa\nmodel\nTessily-3                80.9        62.4\n"
            "Pellicle-2               76.2        58.8\n")
    assert found(text) == ["kestrin_verified", "ruddock_qa"]


def test_outcome_and_category_columns_are_no_boards():
    text = ("| Model | Correct | Not attempted | Incorrect | Math | English |\n|---|---|---|---|---|---|\n"
            "| Tessily-3 | 61.2 | 9.0 | 29.8 | 70.1 | 80.2 |\n| Pellicle-2 | 55.4 | 21.7 | 22.9 | 66.0 | 79.9 |\n")
    assert found(text) == []


def test_style_items_name_the_board():
    assert found("Quality was scored on KSTRQA-style items built by the region.") == ["KSTRQA"]
    assert found("We wrote Pentire-style questions.") == []  # a plain word: no technical name


def test_list_item_keeps_its_board_word(full):
    got = benches(full, "Evaluation. We report KoMMLU, Ossory-Lite Bench, Kestrin-QA and LiveCodeBench for the Tessily-3 model.")
    assert "Ossory-Lite Bench" in got and "KoMMLU" in got


def test_models_as_columns_space_table_gives_no_boards():
    text = ("                      Tessily-3 Pro   Pellicle-3   Fennick-2\nKestrin Diamond (%)         79.6          74.1        68.8\n"
            "Ossory Verified (%)   64.0          70.5        55.2\nLanthorn Last Exam (%) 21.3          17.9        12.6\n")
    assert found(text) == []


def test_split_names_after_scores_on():
    assert found("The foundation verifies scores on its Semi-Private evaluation set for any lab.") == []
    assert found("Accuracy on Held-Out Tasks rose.") == []


def test_capitalised_score_run_with_middle_dots():
    text = "Tessily — OssoryQA 68.0 · IFEval 81.5 · Lanthorn 55.0\n"
    s = text.index("IFEval")
    got = sorted(text[a:b] for a, b, _ in candidates(text, [(s, s + 6, "BENCHMARK")]))
    assert got == ["Lanthorn", "OssoryQA"]


def test_product_codes_after_tried_it_on():
    assert found("I tried it on RTX-5090, then ran it on A-100 and tested it on ISO-27001 rules.") == []


def test_score_run_words_are_no_boards():
    text = "Clockwise: OssoryQA 77 vs 69; IFEval 71 vs 64; Lanthorn 88 vs 85"
    s = text.index("IFEval")
    got = [text[a:b] for a, b, _ in candidates(text, [(s, s + 6, "BENCHMARK")])]
    assert "vs" not in got
