"""The texts and titles of every annotated record under tests/data/nlp/, for tests that compare a
fast path with the plain one on all of them (imported by module name: pytest puts this folder on
sys.path for its test files)."""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp"


def data_texts() -> list[str]:
    out = []
    for f in sorted(DATA.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out += [rec.get("text") or "", rec.get("title") or ""]
    return out
