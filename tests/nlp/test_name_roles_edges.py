"""What a document does with a new name decides its label (nlp/name_roles.py), where it starts and ends
(nlp/name_edges.py: headline verbs, tier words, siblings, editions), and a benchmark named after its owner
is found without the owner's name (nlp/owned_names.py); ``--claims-entities`` counts the claims' names
among the entities (nlp/claims_entities.py).

Every passage is written for these tests with invented names (none from a dev or frozen set).
"""
from __future__ import annotations

import json

from nlp.claims_entities import classify
from nlp.evaluate import main
from nlp.name_edges import kb_tiers
from nlp.name_roles import roles
from tests.nlp.test_entities import ents, pipe  # noqa: F401  (pipe: the loaded-pipeline fixture)


def _labels(pipe, text, name):
    return {lab for t, lab, _ in ents(pipe, text) if t == name}


def test_a_name_scored_on_and_called_a_suite_is_a_benchmark_and_its_table_gives_claims(pipe):
    text = ("Scores are pass@1 percentages on Brookwell-60, our 60-task spreadsheet suite.\n\n"
            "Rank\tModel\tBrookwell-60\n1\tClaude Opus 4.5\t71.2\n2\tGemini 3 Pro\t69.0\n")
    assert _labels(pipe, text, "Brookwell-60") == {"BENCHMARK"}
    claims = {(c["model"], c["benchmark"], c["score"]) for c in pipe(text)._.claims}
    assert ("Claude Opus 4.5", "Brookwell-60", 71.2) in claims


def test_a_name_that_scores_is_a_model_even_after_the_word_benchmark(pipe):
    text = ("In our release post for Fennick-7, the benchmark table had an error. We listed Fennick-7 at 80.1% on "
            "GPQA Diamond; the right figure is 78.4%. Our previous model, Fennick-6, was unaffected, and the "
            "other rows stand: 66.0% for Fennick-7 on SimpleQA.")
    assert _labels(pipe, text, "Fennick-7") == {"MODEL"}


def test_a_benchmark_shaped_name_never_becomes_a_model():
    text = "Researchers released MossBench, 900 tasks. MossBench scored 40 points lower than expected for 71% for MossBench."
    got = roles(text, [(text.index("MossBench"), text.index("MossBench") + 9, "BENCHMARK", "MossBench", False)])
    assert got == {}


def test_a_knowledge_base_name_keeps_its_label():
    text = "GPT-5.1 is the suite we call GPT-5.1, with results on GPT-5.1."
    assert roles(text, [(0, 7, "MODEL", "GPT-5.1", True)]) == {}


def test_a_tier_the_document_repeats_goes_with_the_name(pipe):
    text = ("# Ostwick ships Corrin-4 and Corrin-4 Brisk\n\nOstwick released Corrin-4, its new model, and a "
            "lighter variant, Corrin-4 Brisk.\n\n| Benchmark | Corrin-4 | Corrin-4 Brisk |\n|---|---|---|\n"
            "| GPQA Diamond | 80.2 | 70.5 |\n")
    got = {t for t, lab, _ in ents(pipe, text) if lab == "MODEL"}
    assert "Corrin-4 Brisk" in got and "Corrin-4" in got
    claims = {(c["model"], c["score"]) for c in pipe(text)._.claims}
    assert ("Corrin-4 Brisk", 70.5) in claims and ("Corrin-4", 70.5) not in claims


def test_an_unknown_word_said_once_after_a_name_is_not_its_tier(pipe):
    text = "Ostwick released Corrin-4, its new model. Corrin-4 Brisk pricing starts in May."
    got = {t for t, lab, _ in ents(pipe, text) if lab == "MODEL"}
    assert "Corrin-4 Brisk" not in got


def test_a_tier_glued_with_a_hyphen_and_a_tier_from_the_vocabulary(pipe):
    text = ("Ostwick released Corrin-4, a 12B model, and Corrin-4-Reason for maths. "
            "The smaller Corrin-4 Nano runs on phones. Corrin-4 Pro users get more.")
    got = [(t, canon) for t, lab, canon in ents(pipe, text) if lab == "MODEL"]
    assert ("Corrin-4-Reason", "Corrin-4-Reason") in got and ("Corrin-4 Nano", "Corrin-4 Nano") in got
    assert ("Corrin-4", "Corrin-4") in got and not any(t == "Corrin-4 Pro" for t, _ in got)


def test_the_kb_tier_vocabulary_is_learned_and_has_stems(pipe):
    tiers = kb_tiers(pipe.get_pipe("modelwire_entities").kb.entries)
    assert {"Turbo", "Lite", "Nano", "Thinking", "Reason"} <= tiers
    assert not tiers & {"The", "Use", "Gemini"}


def test_a_headline_verb_is_not_part_of_the_name_and_siblings_are_models(pipe):
    text = ("Introducing Hallow-5\n\nSix months after Hallow-4, Penmark Labs is releasing Hallow-5, a new "
            "model. Hallow-5 is in the API today.")
    got = [(t, lab) for t, lab, _ in ents(pipe, text) if lab == "MODEL"]
    assert got == [("Hallow-5", "MODEL"), ("Hallow-4", "MODEL"), ("Hallow-5", "MODEL"), ("Hallow-5", "MODEL")]


def test_a_sibling_is_not_a_count_or_a_score(pipe):
    text = "Penmark Labs is releasing Hallow-5, a new model. Hallow 5 runs at Hallow-4% of the cost of Hallow-3.5x."
    got = [t for t, lab, _ in ents(pipe, text) if lab == "MODEL"]
    assert "Hallow-4" not in got and "Hallow-3.5" not in got


def test_a_benchmark_owned_by_a_named_org_is_found_by_its_short_form(pipe):
    text = "Artificial Analysis puts Gemini 3 Pro first on its Intelligence Index with 73 points."
    assert ("Intelligence Index", "BENCHMARK", "Artificial Analysis Intelligence Index") in ents(pipe, text)
    alone = "A national Intelligence Index for cities was published by the ministry."
    assert not any(t == "Intelligence Index" for t, _, _ in ents(pipe, alone))


def test_benchmark_shapes_editions_and_verified(pipe):
    text = ("Researchers released LedgerArena, a spreadsheet benchmark, and Fjordline Verified, 300 checked tasks. "
            "We introduce ReefQA, a benchmark of tide questions, and are building ReefQA 2, with live data. "
            "On the national exam ENEM 2026, Gemini 3 Pro scored 90.1%.")
    got = {(t, lab) for t, lab, _ in ents(pipe, text)}
    assert {("LedgerArena", "BENCHMARK"), ("Fjordline Verified", "BENCHMARK"), ("ReefQA 2", "BENCHMARK")} <= got
    assert ("ReefQA", "BENCHMARK") in got


def test_claims_entities_classify():
    found = {"MODEL": {"corrin4", "gpt5.1"}, "BENCHMARK": {"brookwell60"}}
    assert classify("Corrin-4", "MODEL", found) == "found"
    assert classify("Corrin-4 Brisk", "MODEL", found) == "short"
    assert classify("Brookwell-60", "MODEL", found) == "label"
    assert classify("Fjordline", "BENCHMARK", found) == "missing"


def test_claims_entities_cli(tmp_path, capsys):
    p = tmp_path / "claims.jsonl"
    rec = {"id": "x", "text": "Ostwick released Corrin-4, a 12B model. Corrin-4 scores 81.0% on GPQA Diamond and "
           "70.0% on Fjordholm.", "claims": [
               {"model": "Corrin-4", "benchmark": "GPQA Diamond", "score": 81.0},
               {"model": "Corrin-4", "benchmark": "Fjordholm Eval", "score": 70.0}]}
    p.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert main(["--claims-entities", str(p), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "model     per claim  1.000" in out
    # "Fjordholm" is found, the gold name is longer: a boundary, counted as short
    assert "benchmark per claim  0.500" in out and "short 1" in out and "short   x benchmark 'Fjordholm Eval'" in out


def test_a_benchmark_glued_to_a_language_code(pipe):
    text = ("Table 2: results (accuracy, %)\n\nModel Es-MMLU\nOstwick-3 71.0\n\n"
            "Ostwick-3 reached 70.1 percent on MMLU-ES.")
    got = {(t, lab) for t, lab, _ in ents(pipe, text)}
    assert {("Es-MMLU", "BENCHMARK"), ("MMLU-ES", "BENCHMARK")} <= got
    assert ("MMLU", "BENCHMARK") not in got


def test_a_bench_shaped_name_guessed_a_model_is_a_benchmark_unless_it_scores():
    text = "Nobody published TallyBench-ES scores; we ran them ourselves."
    s = text.index("TallyBench-ES")
    assert roles(text, [(s, s + 13, "MODEL", "TallyBench-ES", False)]) == {"TallyBench-ES": "BENCHMARK"}
    text = "TallyBench-ES scored 71 on GPQA Diamond."
    assert roles(text, [(0, 13, "MODEL", "TallyBench-ES", False)]) == {}


def test_a_family_word_found_alone_takes_its_version(pipe):
    text = ("Penmark Labs released Sorrow-2-9B-Instruct, a 9B model. Compared to SORROW-9B, the first "
            "generation, it adds tools.\n\nCitation: Penmark Labs (2026). Sorrow 2 Technical Report.")
    got = [t for t, lab, _ in ents(pipe, text) if lab == "MODEL"]
    assert "Sorrow" not in got and "Sorrow 2" in got


def test_a_lab_in_an_email_domain_is_still_the_labs_slug(pipe):
    text = ("The Berlin start-up Tarnholm today makes public Vell-3, an open model. It is on the Hub as "
            "tarnholm/vell-3-8b. Press: presse@tarnholm.example.")
    got = [(t, lab) for t, lab, _ in ents(pipe, text)]
    assert ("tarnholm", "ORG") in got and ("vell-3-8b", "MODEL") in got

