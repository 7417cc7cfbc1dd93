"""nlp/data/claim_confidence.json is what scripts/build_claim_confidence.py makes of the claims sets
in the repository: a rule change that moves the claims the sets give leaves it stale, and this fails
(run `python scripts/build_claim_confidence.py`)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_script_rebuilds_the_committed_confidence(tmp_path, capsys):
    spec = importlib.util.spec_from_file_location("build_claim_confidence", ROOT / "scripts" / "build_claim_confidence.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    committed = json.loads(script.DATA.read_text(encoding="utf-8"))
    script.DATA = tmp_path / "claim_confidence.json"  # build beside, never over the committed file
    assert script.main([]) == 0
    capsys.readouterr()
    built = json.loads(script.DATA.read_text(encoding="utf-8"))
    assert built["features"] == committed["features"] and built["trained_on"] == committed["trained_on"]
    assert built["threshold"] == committed["threshold"], "stale: run python scripts/build_claim_confidence.py"
    # weights within float rounding of another CPU's linear algebra
    worst = max(abs(a - b) for a, b in zip(built["weights"], committed["weights"]))
    assert worst < 2e-3, f"stale artefact (weights differ by {worst:.4f}): run python scripts/build_claim_confidence.py"
