"""Eval gate: strict span F1 per label and canonical accuracy on the dev set must stay above floors."""

import json
from pathlib import Path

import pytest

import nlp as mwnlp
from nlp.evaluate import evaluate_file, format_report, main

# Floors sit a little below what the recogniser reaches on dev (MODEL 0.996, ORG 0.997, BENCHMARK 0.987,
# canonical 0.995 at the time of writing). Lower one only with a reason in the commit message.
FLOORS = {"MODEL": 0.96, "ORG": 0.95, "BENCHMARK": 0.95}
CANONICAL_FLOOR = 0.96
DEFAULT_FILE = Path(__file__).resolve().parents[1] / "data" / "nlp" / "dev.jsonl"


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load()


@pytest.fixture(scope="module")
def dev(pipe):
    # no skip: a missing dev set is a failure (E033)
    assert Path(DEFAULT_FILE).is_file(), f"dev set missing: {DEFAULT_FILE}"
    return evaluate_file(DEFAULT_FILE, pipe)


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_evaluate_dev_f1_floor(dev, label):
    assert dev["labels"][label]["f1"] >= FLOORS[label], format_report(DEFAULT_FILE, dev)


def test_evaluate_dev_canonical_floor(dev):
    assert dev["canonical_accuracy"] >= CANONICAL_FLOOR, format_report(DEFAULT_FILE, dev)


# dev2: the second, independently written set (not tuned on line by line; used to find what generalises badly).
# Floors sit a little below what the recogniser reaches (MODEL 0.995, ORG 0.998, BENCHMARK 0.985,
# canonical 0.976 at the time of writing; before the generalisation work: 0.931 / 0.960 / 0.941 / 0.957).
DEV2_FILE = Path(DEFAULT_FILE).with_name("dev2.jsonl")
DEV2_FLOORS = {"MODEL": 0.96, "ORG": 0.96, "BENCHMARK": 0.95}
DEV2_CANONICAL_FLOOR = 0.95


@pytest.fixture(scope="module")
def dev2(pipe):
    assert DEV2_FILE.is_file(), f"dev2 set missing: {DEV2_FILE}"
    return evaluate_file(DEV2_FILE, pipe)


@pytest.mark.parametrize("label", sorted(DEV2_FLOORS))
def test_evaluate_dev2_f1_floor(dev2, label):
    assert dev2["labels"][label]["f1"] >= DEV2_FLOORS[label], format_report(DEV2_FILE, dev2)


def test_evaluate_dev2_canonical_floor(dev2):
    assert dev2["canonical_accuracy"] >= DEV2_CANONICAL_FLOOR, format_report(DEV2_FILE, dev2)


def test_evaluate_scoring_is_strict(tmp_path, pipe):
    text = "OpenAI's GPT-4o beats Qwen2.5-Max on MMLU."
    gold = {"id": "t", "text": text, "entities": [
        {"start": 0, "end": 6, "label": "ORG", "canonical": "OpenAI"},
        {"start": 9, "end": 15, "label": "MODEL", "canonical": "GPT-4o"},
        {"start": 22, "end": 29, "label": "MODEL", "canonical": "Qwen2.5"},        # wrong span: FN + FP
        {"start": 37, "end": 41, "label": "BENCHMARK", "canonical": "MMLU-Pro"},   # right span, wrong canonical
    ]}
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    res = evaluate_file(p, pipe)
    m = res["labels"]["MODEL"]
    assert (m["tp"], m["fp"], m["fn"]) == (1, 1, 1)
    assert res["labels"]["ORG"]["f1"] == 1.0
    assert res["canonical_matched"] == 3 and res["canonical_accuracy"] == pytest.approx(2 / 3)
    kinds = sorted(e[0] for e in res["errors"])
    assert kinds == ["CANON", "FN", "FP"]


def test_evaluate_missing_file_fails(tmp_path, pipe):
    with pytest.raises(FileNotFoundError, match=r"\[E033\]"):
        evaluate_file(tmp_path / "absent.jsonl", pipe)


def test_evaluate_bad_gold_line(tmp_path, pipe):
    p = tmp_path / "gold.jsonl"
    p.write_text('{"id": 1, "text": "x", "entities": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[E031\] .*gold\.jsonl:2"):
        evaluate_file(p, pipe)


def test_evaluate_cli_prints_report_and_errors(tmp_path, capsys):
    p = tmp_path / "gold.jsonl"
    p.write_text(json.dumps({"id": "c", "text": "Meta released Llama 3.", "entities": [
        {"start": 0, "end": 4, "label": "ORG", "canonical": "Meta"}]}) + "\n", encoding="utf-8")
    assert main([str(p), "--errors"]) == 0
    out = capsys.readouterr().out
    assert "micro" in out and "canonical accuracy" in out
    assert "FP" in out and "'Llama 3'" in out
