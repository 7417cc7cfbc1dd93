"""The learned scorer of unknown model/benchmark names (nlp/unknown_scorer.py): it is built by the
script from the repository's data, it loads offline, and on invented names in context it finds what
the rules miss and leaves look-alikes alone."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import numpy as np
import pytest

import nlp
from nlp import unknown_scorer as us

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"unknown_scorer": True})


@pytest.fixture
def rules_only():
    """The pipeline's rules alone for the duration of one test (the scorer switched off, then back)."""
    model = us.current_model()
    us.set_model(None)
    yield
    us.set_model(model)


def _script():
    spec = importlib.util.spec_from_file_location("train_unknown_scorer", ROOT / "scripts" / "train_unknown_scorer.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ents(pipe, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in pipe(text).ents}


def test_artefact_loads_offline_and_is_small():
    model = us.Model.load()
    assert model is not None, "nlp/data/unknown_scorer.npz is missing or of another feature version"
    assert us.ARTEFACT.stat().st_size < 400_000
    assert 0.0 < model.add <= 1.0 and model.veto < model.add
    assert model.w.shape == (model.dim, 3) and np.isfinite(model.w).all() and np.abs(model.w).max() > 0


def test_script_rebuilds_the_committed_artefact():
    """The committed weights are what scripts/train_unknown_scorer.py makes from the tuning sets (a small
    tolerance for float rounding on other CPUs), with the script's pipeline: the name tagger off."""
    script = _script()
    built = script.artefact_bytes(script.build(script._full_finder()[1]))
    with np.load(io.BytesIO(built)) as z, np.load(us.ARTEFACT) as c:
        assert int(z["feature_version"]) == int(c["feature_version"]) == us.FEATURE_VERSION
        assert float(z["add"]) == float(c["add"]) and float(z["veto"]) == float(c["veto"])
        diff = np.abs(z["weights"].astype(np.float32) - c["weights"].astype(np.float32))
        assert diff.max() < 2e-3, f"stale artefact: max weight difference {diff.max():.4f}; run scripts/train_unknown_scorer.py"


def test_mention_replacement_keeps_shape_and_hides_names():
    import random

    script = _script()
    rec = {"id": "x", "text": "Claude Opus 4.5 leads SWE-bench Verified; Claude trails on ARC-AGI-2.",
           "entities": [{"start": 0, "end": 15, "label": "MODEL", "canonical": "Claude Opus 4.5"},
                        {"start": 22, "end": 40, "label": "BENCHMARK", "canonical": "SWE-bench Verified"},
                        {"start": 42, "end": 48, "label": "MODEL", "canonical": "Claude"},
                        {"start": 59, "end": 68, "label": "BENCHMARK", "canonical": "ARC-AGI-2"}]}
    swapped = 0
    for seed in range(8):
        text, gold = script.replaced_passage(rec, random.Random(seed), {"claude", "swe", "arc", "agi"})
        surfaces = [text[s:e] for s, e, _ in gold]
        assert [lab for _, _, lab in gold] == ["MODEL", "BENCHMARK", "MODEL", "BENCHMARK"]
        assert text.endswith(".") and " leads " in text and " trails on " in text  # the context is kept
        if surfaces[0] != "Claude Opus 4.5":
            swapped += 1
            assert "Claude" not in text
            assert surfaces[0].split()[1:2] == ["Opus"]  # tier words stay
            assert surfaces[2] == surfaces[0].split()[0]  # one family stays one family
        if surfaces[1] != "SWE-bench Verified":
            assert surfaces[1].endswith("-bench Verified") and not surfaces[1].startswith("SWE")
    assert swapped >= 4


# invented names the hand rules miss, in contexts a reader would know them by
# (round 10: "Tarrow 2 Sonic", a family, a number and a word, left this list: the rules now find that shape;
# round 12: "Verdigris-Hard", a plain word with a -Hard split, left it too: nlp-names12's BENCH_SHAPE finds it)
FOUND = [
    ("Seed-OSS-36B beats Qwen3-30B-A3B on BrindleSearch-zh, the lab says.", "BrindleSearch-zh", "BENCHMARK"),
    ("Researchers at Halcyon released Osprey-Mx, a speech recognizer trained on 2 million hours of audio.",
     "Osprey-Mx", "MODEL"),
    ("Zhipu followed with Corrie-4.6V, which tops MMMU at 78.9% among open models.", "Corrie-4.6V", "MODEL"),
]

# look-alikes: products, people, places and tools in AI text
NOT_FOUND = [
    ("Release notes for v0.9 of the Larkspur SDK: added streaming for the OpenAI API.", "Larkspur"),
    ("The Pixel 10 Pro ships with Gemini Nano for on-device summaries.", "Pixel 10 Pro"),
    ("Ahmad Al-Dahle, who leads the Llama team, said the model would ship in April.", "Ahmad Al-Dahle"),
    ("Duplicates were removed with MinHash before the model was trained on the corpus.", "MinHash"),
    ("The model was trained on clusters in China and Singapore, the company said.", "China"),
    ("The Golden State Warriors beat the Lakers 112-98 at Chase Center as OpenAI sponsored the broadcast.", "Chase Center"),
    ("OpenAI's CFO Sarah Friar told CNBC that GPT-5 revenue grew 40% in Q3 2025.", "Sarah Friar"),
    ("Nvidia's Blackwell Ultra GPUs and the DGX Spark desktop were shown next to Llama 4 demos.", "DGX Spark"),
    ("The Windows 11 25H2 update adds Copilot Vision to File Explorer.", "25H2"),
]


@pytest.mark.parametrize("text,name,label", FOUND)
def test_scorer_finds_invented_names_the_rules_miss(pipe, text, name, label):
    assert _ents(pipe, text).get(name) == label


# found by the rules since round 14 (nlp.rival_on: "X beats Y on Z", Z after a versioned rival): the scorer still
# must find it (test above), the rules no longer miss it
RULES_NOW_FIND = frozenset({"BrindleSearch-zh"})


@pytest.mark.parametrize("text,name,label", FOUND)
def test_rules_alone_miss_them(pipe, rules_only, text, name, label):
    if name in RULES_NOW_FIND:
        assert _ents(pipe, text).get(name) == label
        return
    assert _ents(pipe, text).get(name) != label


def test_scorer_is_off_by_default():
    """[nlp] unknown_scorer is opt-in: the default pipeline finds what the rules alone find."""
    default = nlp.load()
    assert not default.get_pipe("modelwire_entities").finder.learned
    for text, name, label in FOUND:
        assert _ents(default, text).get(name) != label or name in RULES_NOW_FIND


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_scorer_rejects_look_alikes(pipe, text, name):
    assert not any(name in span or span in name for span in _ents(pipe, text)), _ents(pipe, text)


def test_no_ai_text_is_not_read():
    guesses = [(0, 5, "MODEL", "Helix")]
    assert us.rescore("Helix Vireo 2 Pro launched today.", [], guesses, lambda pos: False, False) is guesses


@pytest.mark.parametrize("text", ["", "   ", "%%% ---", "\u00e9" * 50, "A " * 400 + "model"])
def test_odd_text(text):
    assert isinstance(us.rescore(text, [], [], lambda pos: True, True), list)
