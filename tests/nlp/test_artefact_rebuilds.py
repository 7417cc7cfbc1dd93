"""The committed learned artefacts are what their scripts build from the claims sets in the
repository: nlp/data/claim_confidence.json (scripts/build_claim_confidence.py) and
nlp/data/claim_linker.json (scripts/train_claim_linker.py). A rule change that moves the claims the
sets give leaves them stale, and these fail (run the script named in the message).

Both scripts learn from the same pipeline pass over the same sets (the pipeline as it ships, the
learned name tagger on; whole knowledge base and 40 % ablated, `build_claim_confidence.set_passes`);
it is the costly part, so it runs once here and both builds use it, as they would each run it alone. A rebuild
from every claims set is slow (about 2 CPU-minutes): like the name tagger's ``--check --rebuild``, it runs in
``make bench``, not in ``make test`` (the ``slow`` mark)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

import nlp
from nlp import claim_linker as cl

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def confidence_script():
    return _script("build_claim_confidence")


@pytest.fixture(scope="module")
def linker_script():
    return _script("train_claim_linker")


@pytest.fixture(scope="module")
def passes(confidence_script, linker_script):
    """``(confidence's passes, linker's passes)``: each script's part of every doc, from one pass."""
    assert linker_script.SETS == confidence_script.SETS and linker_script.ABLATE == confidence_script.ABLATE
    both = confidence_script.set_passes(confidence_script.SETS, nlp.load(), confidence_script.ABLATE,
                                        keep=lambda doc: (confidence_script.claims_of(doc), linker_script.doc_view(doc)))
    return ({n: [(g, mine) for g, (mine, _) in pairs] for n, pairs in both.items()},
            {n: [(g, mine) for g, (_, mine) in pairs] for n, pairs in both.items()})


def test_script_rebuilds_the_committed_confidence(confidence_script, passes, tmp_path, capsys):
    script = confidence_script
    committed = json.loads(script.DATA.read_text(encoding="utf-8"))
    script.DATA = tmp_path / "claim_confidence.json"  # build beside, never over the committed file
    assert script.main([], passes=passes[0]) == 0
    capsys.readouterr()
    built = json.loads(script.DATA.read_text(encoding="utf-8"))
    assert built["features"] == committed["features"] and built["trained_on"] == committed["trained_on"]
    assert built["threshold"] == committed["threshold"], "stale: run python scripts/build_claim_confidence.py"
    # weights within float rounding of another CPU's linear algebra
    worst = max(abs(a - b) for a, b in zip(built["weights"], committed["weights"]))
    assert worst < 2e-3, f"stale artefact (weights differ by {worst:.4f}): run python scripts/build_claim_confidence.py"


def test_script_rebuilds_the_committed_linker(linker_script, passes):
    """nlp/data/claim_linker.json is what scripts/train_claim_linker.py makes from the claims sets
    (same threshold, weights within float rounding of another CPU)."""
    built = linker_script.build(verbose=False, passes=passes[1])
    committed = json.loads(cl.DATA.read_text(encoding="utf-8"))
    assert committed["features"] == built["features"] == list(cl.FEATURES)
    assert committed["threshold"] == built["threshold"] and committed["trained_on"] == built["trained_on"]
    worst = max(abs(a - b) for a, b in zip(committed["weights"], built["weights"]))
    assert worst < 2e-3, f"stale artefact (weights differ by {worst:.4f}): run python scripts/train_claim_linker.py"
    # the threshold came from the leave-one-set-out figures, never below the scoreboard's bar
    from nlp.claim_confidence import THRESHOLD
    assert THRESHOLD <= built["threshold"] < 1.0
