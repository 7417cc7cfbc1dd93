"""New model and benchmark names (nlp/unknown.py), kb_exclude and the ablation evaluation.

The passages here are written for these tests, with invented names; none comes from the frozen
unknown-test set or from heldout.
"""
from __future__ import annotations

import json

import pytest

import nlp as mwnlp
from nlp.ablation import ablated_names, evaluate_ablation
from nlp.errors import KBError
from nlp.evaluate import main as evaluate_main
from nlp.kb import load_kb


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load()


def ents(pipe, text):
    return [(e.text, e.label_, e._.known) for e in pipe(text).ents]


@pytest.mark.parametrize("text, name, label", [
    ("Larkspur AI released Nightjar 2.5 Flash on Monday, its fastest model yet.", "Nightjar 2.5 Flash", "MODEL"),
    ("The new Quill-3 Pro scores 61.2 on the reasoning benchmark.", "Quill-3 Pro", "MODEL"),
    ("Tamarind Ultra 2.0 reaches 88.1% on GPQA Diamond.", "Tamarind Ultra 2.0", "MODEL"),
    ("Our open model Skylark-14B-Instruct beats Llama 3.1 8B on every task.", "Skylark-14B-Instruct", "MODEL"),
    ("Heliotrope released Corvina-V4, a vision-language model.", "Corvina-V4", "MODEL"),
    ("On PuzzleBench, the new model solves 43% of the tasks.", "PuzzleBench", "BENCHMARK"),
    ("GPT-5 scores 71.0 on Spindle-Eval, a new agentic benchmark.", "Spindle-Eval", "BENCHMARK"),
    ("It reaches 55.5% on Terrace-bench Verified, up from 41% for the last model.", "Terrace-bench Verified", "BENCHMARK"),
    ("Claude Sonnet 4.5 scored 1,640 on Glintforces, the contest rating site.", "Glintforces", "BENCHMARK"),
    ("The model posts 74.3 on MapleQA and leads the leaderboard.", "MapleQA", "BENCHMARK"),
])
def test_invented_names_are_found_as_unknown(pipe, text, name, label):
    found = ents(pipe, text)
    assert (name, label, False) in found, found


def test_a_name_found_once_is_found_again_and_short_forms_follow(pipe):
    text = ("Brambling AI launched Brambling-R2 today. Brambling-R2 scores 80.1 on AIME 2025, "
            "and R2 is free for researchers.")
    found = ents(pipe, text)
    assert [x for x in found if x[0] == "Brambling-R2"] == [("Brambling-R2", "MODEL", False)] * 2
    doc = pipe(text)
    r2 = [e for e in doc.ents if e.text == "R2"]
    assert r2 and r2[0]._.canonical == "Brambling-R2"


@pytest.mark.parametrize("text", [
    "Arena football is back: the Storm beat the Rattlers 61-48 in front of 9,000 fans.",
    "The Apple Valley council met on Tuesday. By Jordan Lee, city reporter.",
    "Samsung's Galaxy S25 Ultra and the iPad Pro 13 go on sale in March; the Pro plan costs $20.",
    "The Celtics won Game 7, and Season 3 of the show starts on March 2025 streaming.",
    "Windows 11 and Python 3.12 are required; the Model Y ships with Ultra HD screens.",
])
def test_hard_negatives_stay_out(pipe, text):
    assert [x for x in ents(pipe, text) if not x[2]] == []


def test_known_names_keep_their_canonical_form(pipe):
    doc = pipe("DeepSeek-V3.2 scores 93.1% on AIME 2025 and 73.1 on SWE-bench Verified.")
    assert {(e.text, e._.canonical, e._.known) for e in doc.ents} >= {
        ("DeepSeek-V3.2", "DeepSeek-V3.2", True), ("SWE-bench Verified", "SWE-bench Verified", True)}


# --- kb_exclude ------------------------------------------------------------------------------
def test_kb_exclude_removes_a_family_with_its_models():
    full, cut = load_kb(), load_kb(exclude=["MODEL:Grok"])
    assert "Grok" in full.families and "Grok" not in cut.families
    assert any(m.family == "Grok" for m in full.models.values())
    assert not any(m.family == "Grok" for m in cut.models.values())
    assert cut.digest != full.digest


def test_kb_exclude_with_a_label_keeps_the_other_entry_of_that_name():
    cut = load_kb(exclude=["MODEL:DeepSeek"])
    assert "DeepSeek" in cut.orgs and "DeepSeek" not in cut.families


def test_kb_exclude_unknown_name_is_one_line_naming_file_key_and_name(tmp_path):
    from pipeline.config import load_config

    cfg = tmp_path / "modelwire.toml"
    cfg.write_text('[nlp]\nkb_exclude = ["Grok", "NoSuchModel"]\n', encoding="utf-8")
    opts = load_config(cfg).nlp_options()
    with pytest.raises(KBError) as err:
        mwnlp.load(opts)
    message = str(err.value)
    assert "\n" not in message
    assert str(cfg) in message and "kb_exclude" in message and "'NoSuchModel'" in message


def test_kb_exclude_from_config_switches_recognition_off(tmp_path):
    from pipeline.config import load_config

    cfg = tmp_path / "modelwire.toml"
    cfg.write_text('[nlp]\nkb_exclude = ["BENCHMARK:SWE-bench"]\n', encoding="utf-8")
    pipe = mwnlp.load(load_config(cfg).nlp_options())
    doc = pipe("GPT-5 reaches 65% on SWE-bench, the original set.")
    swe = [e for e in doc.ents if e.text.startswith("SWE")]
    assert swe and all(not e._.known for e in swe)  # found by form now, not from the list


def test_annotate_version_changes_with_kb_exclude():
    from pipeline.annotate.run import nlp_version

    assert nlp_version("v", {}) == "v"
    assert nlp_version("v", {"kb_exclude": ["Grok"]}) != nlp_version("v", {"kb_exclude": ["Qwen"]}) != "v"


# --- the ablation evaluation -----------------------------------------------------------------
def test_ablated_names_are_fixed_and_forty_percent():
    kb = load_kb()
    names = ablated_names(kb, 40)
    assert names == ablated_names(load_kb(), 40)
    fams = [n for n in names if n.startswith("MODEL:")]
    benches = [n for n in names if n.startswith("BENCHMARK:")]
    assert len(fams) == round(len(kb.families) * 0.4) and len(benches) == round(len(kb.benchmarks) * 0.4)


def test_evaluate_ablation_scores_only_the_mentions_of_what_went():
    gold = [{"id": "t1", "text": "Grok 4 scores 88% on GPQA Diamond, ahead of Qwen3-Max.",
             "entities": [{"start": 0, "end": 6, "label": "MODEL", "canonical": "Grok 4"},
                          {"start": 21, "end": 33, "label": "BENCHMARK", "canonical": "GPQA Diamond"},
                          {"start": 44, "end": 53, "label": "MODEL", "canonical": "Qwen3-Max"}]}]
    full = mwnlp.load()
    cut = mwnlp.load({"kb_exclude": ["MODEL:Grok"]})
    res = evaluate_ablation(full, cut, ["MODEL:Grok"], gold)
    assert res["labels"]["MODEL"]["removed_mentions"] == 1  # Grok 4 only; Qwen3-Max's family stayed
    assert res["labels"]["BENCHMARK"]["removed_mentions"] == 0
    assert res["labels"]["MODEL"]["found"] == 1  # "Grok 4 scores": form + cue
    assert res["labels"]["MODEL"]["canonical_right"] == 1  # and named as the gold names it
    assert res["guess_precision"] == 1.0


def test_evaluate_cli_ablate(tmp_path, capsys):
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": "Nothing to see here.", "entities": []}) + "\n", encoding="utf-8")
    assert evaluate_main([str(gold), "--ablate", "40"]) == 0
    out = capsys.readouterr().out
    assert "ablation 40%" in out and "precision of unknown" in out
    assert evaluate_main([str(tmp_path / "missing.jsonl")]) == 2
