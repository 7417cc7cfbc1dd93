"""The annotated NER evaluation sets in tests/data/nlp/ are valid and in sync with their sources."""
from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "nlp"
MINIMUMS = {
    "dev": {"passages": 90, "spans": 900, "per_label": 200},
    "heldout": {"passages": 30, "spans": 300, "per_label": None},
    "dev2": {"passages": 60, "spans": 700, "per_label": 150},
    "unknown-dev": {"passages": 20, "spans": 60, "per_label": None},
    "unknown-test": {"passages": 20, "spans": 60, "per_label": None},
    "heldout2": {"passages": 40, "spans": 240, "per_label": None},
    "dev3": {"passages": 25, "spans": 100, "per_label": None},
    "heldout3": {"passages": 30, "spans": 100, "per_label": None},
    "heldout4": {"passages": 35, "spans": 170, "per_label": None},
    "heldout5": {"passages": 32, "spans": 150, "per_label": None},
    "heldout6": {"passages": 38, "spans": 220, "per_label": None},
    "heldout7": {"passages": 51, "spans": 643, "per_label": None},
    "heldout8": {"passages": 53, "spans": 791, "per_label": None},
    "heldout9": {"passages": 50, "spans": 855, "per_label": None},
    "heldout10": {"passages": 56, "spans": 1014, "per_label": None},
    # rounds 11-20: each set was written to about 60 passages and at least 1,000 spans
    **{f"heldout{n}": {"passages": 55, "spans": 1000, "per_label": None} for n in range(11, 28)},
}
LABELS = {"MODEL", "ORG", "BENCHMARK"}


def _load_builder():
    spec = importlib.util.spec_from_file_location("build_nlp_devset", ROOT / "scripts" / "build_nlp_devset.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


builder = _load_builder()
#: every set the builder knows, so that a new set is checked from the day it is added
SPLITS = list(builder.SPLITS)


def _records(split: str) -> list[dict]:
    with open(DATA / f"{split}.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.mark.parametrize("split", SPLITS)
def test_devset_jsonl_in_sync_with_source(split):
    _, content = builder.build(split)
    assert (DATA / f"{split}.jsonl").read_text(encoding="utf-8") == content, (
        f"{split}.jsonl is stale; run scripts/build_nlp_devset.py"
    )


@pytest.mark.parametrize("split", SPLITS)
def test_devset_build_is_deterministic(split):
    assert builder.build(split)[1] == builder.build(split)[1]


@pytest.mark.parametrize("split", SPLITS)
def test_devset_offsets_valid(split):
    for record in _records(split):
        assert set(record) == {"id", "text", "entities", "claims"}
        text, previous_end = record["text"], 0
        for entity in record["entities"]:
            assert entity["label"] in LABELS
            assert 0 <= previous_end <= entity["start"] < entity["end"] <= len(text), record["id"]
            surface = text[entity["start"]:entity["end"]]
            assert surface == surface.strip(), (record["id"], surface)
            assert entity["canonical"].strip() == entity["canonical"] and entity["canonical"]
            previous_end = entity["end"]
        assert "]{" not in text, record["id"]
    # no annotation mark is left in a text: its only braces are the ones its source escaped (``\\{`` / ``\\}``)
    texts = [record["text"] for record in _records(split)]
    source = (DATA / f"{split}.src.md").read_text(encoding="utf-8")
    assert sum(t.count("{") for t in texts) == source.count("\\{"), split
    assert sum(t.count("}") for t in texts) == source.count("\\}"), split


@pytest.mark.parametrize("split", SPLITS)
def test_devset_claims_refer_to_annotated_entities(split):
    for record in _records(split):
        models = {e["canonical"] for e in record["entities"] if e["label"] == "MODEL"}
        benches = {e["canonical"] for e in record["entities"] if e["label"] == "BENCHMARK"}
        for claim in record["claims"]:
            assert claim["model"] in models and claim["benchmark"] in benches, (record["id"], claim)
            assert isinstance(claim["score"], (int, float))


@pytest.mark.parametrize("split", SPLITS)
def test_devset_counts_meet_minimums(split):
    records = _records(split)
    assert split in MINIMUMS, f"{split}: give it minimum counts in MINIMUMS"
    minimum = MINIMUMS[split]
    labels = Counter(e["label"] for r in records for e in r["entities"])
    assert len(records) >= minimum["passages"]
    assert sum(labels.values()) >= minimum["spans"]
    if minimum["per_label"]:
        for label in LABELS:
            assert labels[label] >= minimum["per_label"], label
    assert len({r["id"] for r in records}) == len(records)


@pytest.mark.parametrize("a, b", [("dev", "heldout"), ("dev", "dev2"), ("dev2", "heldout"),
                                  ("unknown-dev", "unknown-test")])
def test_devset_splits_are_disjoint(a, b):
    first, second = _records(a), _records(b)
    assert not {r["id"] for r in first} & {r["id"] for r in second}
    assert not {r["text"] for r in first} & {r["text"] for r in second}


def test_devset_parser_strips_markup_and_computes_offsets():
    src = "id: t-1\n[OpenAI]{ORG}’s [o1]{MODEL} on [AIME 2024]{BENCHMARK} scored 83.\nclaim: model=o1; benchmark=AIME 2024; score=83; unit=%\n"
    (record,) = builder.parse_source(src)
    assert record["text"] == "OpenAI’s o1 on AIME 2024 scored 83."
    assert [(e["start"], e["end"], e["label"], e["canonical"]) for e in record["entities"]] == [
        (0, 6, "ORG", "OpenAI"), (9, 11, "MODEL", "o1"), (15, 24, "BENCHMARK", "AIME 2024")]
    assert record["claims"] == [{"model": "o1", "benchmark": "AIME 2024", "score": 83, "unit": "%"}]


def test_devset_parser_span_across_line_break():
    (record,) = builder.parse_source("id: t-2\nWe evaluate [o1-\nioi]{MODEL|o1-ioi} here.")
    (entity,) = record["entities"]
    assert record["text"][entity["start"]:entity["end"]] == "o1-\nioi"
    assert entity["canonical"] == "o1-ioi"


def test_devset_parser_keeps_escaped_braces_as_text():
    src = 'id: t-5\nThe card reads \\{"model": "[Tuvessa-3]{MODEL}", "lab": "[Olmbrook Labs]{ORG}"\\} today.'
    (record,) = builder.parse_source(src)
    assert record["text"] == 'The card reads {"model": "Tuvessa-3", "lab": "Olmbrook Labs"} today.'
    assert [record["text"][e["start"]:e["end"]] for e in record["entities"]] == ["Tuvessa-3", "Olmbrook Labs"]
    with pytest.raises(builder.DevsetError, match="brace"):
        builder.parse_source('id: t-6\nThe card reads {"model": 1} today.')


@pytest.mark.parametrize(
    "source, message",
    [
        ("id: a\n[OpenAI]{COMPANY} x", "unknown label"),
        ("id: a\n[ OpenAI]{ORG} x", "whitespace"),
        ("id: a\n[OpenAI]{ORG x", "brace"),
        ("id: a\nx\n---\nid: a\ny", "duplicate id"),
        ("no id here", "does not start with"),
        ("id: a\n[o1]{MODEL}\nclaim: model=o3; benchmark=X; score=1", "claim model"),
    ],
)
def test_devset_parser_rejects_bad_markup(source, message):
    with pytest.raises(builder.DevsetError) as info:
        builder.parse_source(source, "t.src.md")
    assert message in str(info.value)
    assert "t.src.md:" in str(info.value)


def test_devset_parser_skips_file_header_but_keeps_headings():
    src = "# what this set is\n# written before the round\nid: t-3\n# [Acme]{ORG} ships\nbody\n---\nid: t-4\n# heading\n"
    first, second = builder.parse_source(src)
    assert first["id"] == "t-3" and first["text"].startswith("# Acme ships")
    assert second["text"] == "# heading"
    with pytest.raises(builder.DevsetError) as info:
        builder.parse_source("# header\nid: a\n[OpenAI]{COMPANY} x", "t.src.md")
    assert "t.src.md:3" in str(info.value)
    with pytest.raises(builder.DevsetError, match="does not start with"):
        builder.parse_source("# only a comment\nno id", "t.src.md")
