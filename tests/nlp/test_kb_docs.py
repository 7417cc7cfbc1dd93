"""The examples in docs/knowledge-base.md load, and they work."""
import json
import re
from pathlib import Path

import nlp
from nlp.kb import load_kb

DOC = Path(__file__).resolve().parents[2] / "docs" / "knowledge-base.md"


def test_kb_docs_examples_load_and_are_recognised(tmp_path):
    blocks = re.findall(r"```json\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
    lines = [line for block in blocks for line in block.strip().splitlines()]
    assert len(lines) == 5
    for line in lines:
        json.loads(line)
    mine = tmp_path / "my-entities.jsonl"
    mine.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kb = load_kb([mine])
    names = {e.name for e in kb.entries}
    assert {"Orbit Labs", "Helix", "Helix 2 Pro", "OrbitBench"} <= names
    language = nlp.load({"kb_files": [str(mine)]})
    text = ("Orbit Labs released Helix 2 Pro on Monday. The new Helix 3 Mini scored 71.2% on OrbitBench 2025, "
            "and Helix Studio, its editor, got an update.")
    result = next(nlp.analyze(language, [{"id": 1, "text": text}]))
    got = {(e["text"], e["label"], e["canonical"]) for e in result["entities"]}
    assert ("Orbit Labs", "ORG", "Orbit Labs") in got
    assert ("Helix 2 Pro", "MODEL", "Helix 2 Pro") in got
    assert any(t == "Helix 3 Mini" and label == "MODEL" for t, label, _ in got)
    assert any(t == "OrbitBench 2025" and label == "BENCHMARK" for t, label, _ in got)
    assert not any(t.startswith("Helix Studio") for t, _, _ in got)
