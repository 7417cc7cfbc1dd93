"""The learned name tagger (nlp/name_tagger.py): its artefact is built by the script from the repository's
data and loads offline; on invented names in sentences written for this test (not in any training set)
it adds names the rules miss, a look-alike stays out, and the rules' known names keep their canonical
names; a name it finds is also found at the document's later mentions (nlp/doc_names.py)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

import nlp
from nlp import name_tagger as nt

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"name_tagger": True})


@pytest.fixture(scope="module")
def rules():
    return nlp.load()


def _ents(p, text: str) -> dict[str, tuple[str, str, bool]]:
    return {e.text: (e.label_, e._.canonical, e._.known) for e in p(text).ents}


def test_artefact_loads_offline_and_is_small():
    pipe, threshold = nt.load_pipe()
    assert pipe is not None, "nlp/data/name_tagger/ is missing or unreadable"
    assert 0.5 <= threshold < 1.0
    size = sum(f.stat().st_size for f in nt.ARTEFACT.rglob("*") if f.is_file())
    assert size < 5_000_000
    meta = json.loads((nt.ARTEFACT / "tagger.json").read_text(encoding="utf-8"))
    assert "heldout7" not in meta["sets"] and "dev" in meta["sets"]
    doc = pipe("The Quillmere 3 Pro model scored 71.2 on the new GlintBench suite.")
    assert all(sp.label_ in nt.LABELS for sp in doc.spans[nt.SPANS_KEY])


def test_script_check_says_the_artefact_matches_its_inputs():
    """scripts/train_name_tagger.py --check: the digest of the sets, the code and the settings stored beside
    the weights is today's (retraining itself takes minutes: --check --rebuild)."""
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_name_tagger.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "up to date" in res.stdout


def _script():
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "scripts" / "train_name_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_mention_replacement_hides_every_gold_name():
    """No real model, benchmark or lab name of a passage survives into the training text; the words
    around them do, and the gold spans follow the new names."""
    import random

    script = _script()
    text = "Anthropic released Claude Opus 4.5, which scores 80.9% on SWE-bench Verified; Claude leads."
    names = [("Anthropic", "ORG"), ("Claude Opus 4.5", "MODEL"), ("SWE-bench Verified", "BENCHMARK"), ("Claude leads", "MODEL")]
    ents = []
    for surface, lab in names:
        s = text.find(surface)
        ents.append({"start": s, "end": s + len(surface.split(" leads")[0]), "label": lab})
    for r in range(6):
        new, gold = script.replaced_passage({"id": "t", "text": text, "entities": ents}, random.Random(r), set())
        assert not any(w in new for w in ("Anthropic", "Claude", "SWE")), new
        assert [lab for _, _, lab in gold] == ["ORG", "MODEL", "BENCHMARK", "MODEL"]
        assert " released " in new and ", which scores 80.9% on " in new and new.endswith(" leads.")
        for (s, e, _), (surface, _) in zip(gold, names):  # a new name stands where each gold span says
            assert new[s:e] and new[s:e] == new[s:e].strip() and new[s:e] != surface.split(" leads")[0]


# Sentences written for this test: invented names in contexts that no set words this way.
FOUND = [
    ("Engineers at a Lisbon startup say Tovrel 2 Max now writes most of their migration scripts, and the AI "
     "model costs less than the one it replaced.", "Tovrel 2 Max", "MODEL"),
    ("Our agent stack leans on Quorvin-9 for planning; the LLM hands the edits to a smaller checker.",
     "Quorvin-9", "MODEL"),
    ("On PlinthEval, which grades multi-step spreadsheet agents, the open model reached 58.3%.", "PlinthEval",
     "BENCHMARK"),
    ("The lab's LLM tops the Sardok-Hard leaderboard with 44.1, ahead of every open-weight rival.", "Sardok-Hard",
     "BENCHMARK"),
]


@pytest.mark.parametrize("text,name,label", FOUND)
def test_finds_invented_names_in_new_contexts(pipe, text, name, label):
    got = _ents(pipe, text)
    assert got.get(name, (None,))[:2] == (label, name), got
    assert got[name][2] is False  # a guess: no list knows it


def test_it_adds_what_the_rules_alone_miss(pipe, rules):
    """At least one of the names above is the tagger's: the rules alone do not find it."""
    added = [name for text, name, label in FOUND if name not in _ents(rules, text) and name in _ents(pipe, text)]
    assert added, "the tagger added nothing the rules miss"


LOOKALIKES = [
    ("Priya Venkataraman, who ran the evaluation, said the new LLM surprised her team.", "Priya Venkataraman"),
    ("The model runs on a Galaxy S25 Ultra at 12 tokens per second.", "Galaxy S25 Ultra"),
    ("The AI startup moved its offices to Apple Valley, California, this spring.", "Apple Valley"),
]


@pytest.mark.parametrize("text,name", LOOKALIKES)
def test_lookalikes_stay_out(pipe, rules, text, name):
    """The tagger adds nothing here: whatever the rules say (Apple is a lab to them) stays as it was."""
    assert _ents(pipe, text) == _ents(rules, text)
    assert name not in _ents(pipe, text)


def test_known_names_keep_their_canonical_names(pipe, rules):
    text = ("Claude Opus 4.5 scored 80.9% on SWE-bench Verified, ahead of GPT-5.1 and Gemini 3 Pro, while "
            "DeepSeek-V3.2 led on AIME 2025.")
    assert _ents(pipe, text) == _ents(rules, text)
    assert _ents(pipe, text)["Claude Opus 4.5"][1:] == ("Claude Opus 4.5", True)


def test_a_tagged_name_is_found_at_its_later_mentions(pipe, rules):
    """The document's own names (nlp/doc_names.py) take the tagger's names too: a heading in capitals and
    other separators later, where no cue is; the rules alone find none of the three."""
    text = ("The lab's LLM tops the Sardok-Hard leaderboard with 44.1, ahead of every open-weight rival.\n\n"
            "## SARDOK-HARD RESULTS\n\nThe harness is public, with a Sardok Hard split for smaller models.")
    ents = [(e.text, e.label_) for e in pipe(text).ents]
    assert ents == [("Sardok-Hard", "BENCHMARK"), ("SARDOK-HARD", "BENCHMARK"), ("Sardok Hard", "BENCHMARK")], ents
    assert not [e for e in rules(text).ents if e.label_ == "BENCHMARK"]


def test_no_ai_text_is_not_read(pipe):
    assert _ents(pipe, "Marrow Street Bakery opened a second shop on Harlow Road; the Sunday Loaf sold out.") == {}
