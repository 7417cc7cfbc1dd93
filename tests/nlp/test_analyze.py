"""analyze(): output records, sentence indices, error lines for bad records, batching order."""

import pytest

import nlp as mwnlp


@pytest.fixture(scope="module")
def pipe():
    return mwnlp.load()


def test_analyze_output_shape(pipe):
    [row] = list(mwnlp.analyze(pipe, [{"id": "a1", "text": "Alibaba released Qwen3. It tops AIME 2025 among open AI models."}]))
    assert set(row) == {"id", "entities", "claims", "summary"}
    assert row["id"] == "a1"
    first = row["entities"][0]
    assert set(first) == {"start", "end", "label", "text", "canonical", "known", "org", "family", "sentence"}
    assert [(e["text"], e["label"], e["canonical"], e["sentence"]) for e in row["entities"]] == [
        ("Alibaba", "ORG", "Alibaba", 0), ("Qwen3", "MODEL", "Qwen3", 0), ("AIME 2025", "BENCHMARK", "AIME 2025", 1)]
    qwen = row["entities"][1]
    assert (qwen["known"], qwen["org"], qwen["family"]) == (True, "Alibaba", "Qwen")
    assert isinstance(row["claims"], list) and isinstance(row["summary"], str)


@pytest.mark.parametrize("record,kind", [({"id": 7}, "missing"), ({"id": 8, "text": None}, "NoneType"),
                                          ({"id": 9, "text": 42}, "int"), ("not a dict", "no record")])
def test_analyze_bad_record_yields_error_line(pipe, record, kind):
    rows = list(mwnlp.analyze(pipe, [{"id": 1, "text": "OpenAI shipped o3."}, record, {"id": 2, "text": "xAI shipped Grok 4."}]))
    assert [r.get("id") for r in rows] == [1, record.get("id") if isinstance(record, dict) else None, 2]
    assert rows[1]["error"].startswith("[E030]") and kind in rows[1]["error"]
    assert "entities" in rows[0] and "entities" in rows[2]


def test_analyze_keeps_order_across_batches(pipe):
    recs = [{"id": i, "text": f"Story {i}: DeepSeek-V3 and GPT-4o were compared."} for i in range(10)]
    rows = list(mwnlp.analyze(pipe, recs, batch_size=3))
    assert [r["id"] for r in rows] == list(range(10))
    assert all(len(r["entities"]) == 2 for r in rows)


def test_analyze_empty_text(pipe):
    [row] = list(mwnlp.analyze(pipe, [{"id": "e", "text": ""}]))
    assert row["entities"] == [] and row["claims"] == []


def test_import_nlp_stays_light():
    """`import nlp` (for NLP_VERSION, e.g. when annotate finds nothing to do) must not import spaCy,
    whose import takes most of a second: nlp.load() does that."""
    import subprocess
    import sys

    code = "import sys, nlp; v = nlp.NLP_VERSION; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_entity_rows_left_by_the_component_equal_doc_ents(pipe):
    """What the components after modelwire_entities read from doc.user_data is what doc.ents holds."""
    import json
    from pathlib import Path

    from nlp.entities import ROWS_KEY, ent_rows

    data = Path(__file__).resolve().parents[1] / "data" / "nlp" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts.append("MMLU1 and GPQA2 footnotes split tokens; DeepSeek-R1 scores 79.8% on AIME 2024.")
    total = 0
    for doc in pipe.pipe(texts):
        left = doc.user_data[ROWS_KEY]
        del doc.user_data[ROWS_KEY]
        assert left == ent_rows(doc)  # the fallback reads doc.ents
        total += len(left)
    assert total > 200
