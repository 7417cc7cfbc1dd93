"""The texts and titles of every annotated record under tests/data/nlp/, for tests that compare a
fast path with the plain one on all of them (imported by module name: pytest puts this folder on
sys.path for its test files)."""
from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "nlp"

#: the current round's frozen sets (tests/data/nlp/README.md): scored once at the round's end and read
#: by nothing else until then, so that a failing comparison never prints their text to whoever tunes
FROZEN: set[str] = set()  # (round 27: heldout27, claims-test28 until they were scored; round 26: heldout26, claims-test27 until they were scored; round 25: heldout25, claims-test26 until they were scored; round 24: heldout24, claims-test25 until they were scored; round 23: heldout23, claims-test24 until they were scored; round 22: heldout22, claims-test23 until they were scored; round 21: heldout21, claims-test22 until they were scored; round 20: heldout20, claims-test21 until they were scored; round 19: heldout19, claims-test20 until they were scored; round 18: heldout18, claims-test19 until they were scored; round 17: heldout17, claims-test18 until they were scored; round 16: heldout16, claims-test17 until they were scored; round 15: heldout15, claims-test16 until they were scored; round 14: heldout14, claims-test15 until they were scored; round 13: heldout13, claims-test14 until they were scored; round 12: heldout12, claims-test13 until they were scored; round 11: heldout11, claims-test12 until they were scored; round 10: heldout10, claims-test11 until they were scored; round 9: heldout9, claims-test10 until they were scored; round 8: heldout8, claims-test9 until they were scored; round 7: heldout7, claims-test8 until they were scored; round 6: heldout6, claims-test7)


def data_texts() -> list[str]:
    out = []
    for f in sorted(DATA.glob("*.jsonl")):
        if f.stem in FROZEN:
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out += [rec.get("text") or "", rec.get("title") or ""]
    return out
