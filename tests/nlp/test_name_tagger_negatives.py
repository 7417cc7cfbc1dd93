"""Round 26's hard negatives of the learned name tagger (scripts/train_name_tagger.py, HARD_KINDS): the training
passages written by rule hold invented names as gold beside capitalised non-names (a surname said twice, "the X
family", a "Part N:" label, days, places, languages) that stay without a label (off in the shipped training:
HARD_PASSAGES = 0; round 27 weights the kinds by HARD_MIX when on); and the tagger leaves such words alone in
sentences written for this test (invented names, contexts no template words this way)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

import nlp
from nlp import name_tagger as nt

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("train_name_tagger", ROOT / "scripts" / "train_name_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def script():
    return _script()


@pytest.fixture(scope="module")
def pipe():
    return nlp.load({"name_tagger": True})


def test_hard_passages_are_fixed_and_their_gold_is_only_invented_names(script):
    got = script.hard_passages(80)
    assert got == script.hard_passages(80)  # the same passages at every run: the weights are reproducible
    shape_words = {w.lower() for w in script.TIERS + script.VARIANTS} | {"bench", "eval", "arena", "exam"}
    kb = script.kb_words() - shape_words  # the words of every known name, less the shapes' tier and kind words
    for text, gold in got:
        for s, e, lab in gold:
            assert lab in nt.TRAIN_LABELS and text[s:e] == text[s:e].strip()
            assert not {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text[s:e])} & kb, text[s:e]


def test_every_kind_keeps_its_non_name_without_a_label(script):
    """Each kind's non-name (a surname said twice, a family's name, a "Part N" label) is in the text, outside
    every gold span."""
    seen = set()
    for i, (text, gold) in enumerate(script.hard_passages(200)):
        kind = script.hard_kind(i)
        outside = lambda m: all(m.end() <= s or m.start() >= e for s, e, _ in gold)  # noqa: E731
        if kind == "label":
            m = re.search(r"\b(?:%s) \d+\b" % "|".join(script.LABEL_WORDS), text)
            assert m and outside(m), text
        elif kind == "family":
            m = re.search(r"\b[A-Z]\w+(?= (?:family|estate|brothers|sisters|twins|cousins|household)\b)", text)
            assert m and outside(m), text
        elif kind == "surname":
            words = re.findall(r"\b[A-Z][a-z]+\b", text)
            twice = [w for w in set(words) if words.count(w) >= 2 and w not in {"The", "AI"}]
            assert twice and all(outside(m) for w in twice for m in re.finditer(rf"\b{w}\b", text)), text
        seen.add(kind)
    assert seen == set(script.HARD_KINDS)


def test_the_kinds_come_in_turn_as_often_as_their_weights(script):
    """Round 27: HARD_MIX weights the kinds (the surnames, which failed a test at 400 passages, most; the days and
    places, which never failed, least): every run of one turn holds each kind its weight's times."""
    turn = sum(w for _, w in script.HARD_MIX)
    assert {k for k, _ in script.HARD_MIX} == set(script.HARD_KINDS)
    for start in (0, 5, turn * 7 + 3):
        got = [script.hard_kind(i) for i in range(start, start + turn)]
        assert {k: got.count(k) for k in set(got)} == dict(script.HARD_MIX)
    weights = dict(script.HARD_MIX)
    assert max(weights, key=weights.get) == "surname" and min(weights, key=weights.get) == "other"


def test_the_shipped_training_leaves_them_out_and_folds_the_newer_sets(script):
    """Round 26's and round 27's retrains with the hard negatives did not keep every behaviour test (round 27's, with
    heldout22-25, lost an invented benchmark of test_name_tagger at every seed), so the shipped training has none (its
    weights are round 22's); heldout22-24 and heldout25 form leave-out groups of their own."""
    new = {"heldout22", "heldout23", "heldout24", "heldout25"}
    assert script.HARD_PASSAGES == 0 and script.hard_passages(0) == []
    assert not new & set(script.SETS)
    assert [set(g) for g in script.FOLDS if set(g) & new] == [{"heldout22", "heldout23", "heldout24"}, {"heldout25"}]


# Sentences written for this test: invented people, families and names.
NON_NAMES = [
    ("Tomas Brevander, who heads the AI team at a regional bank, praised the new model. Brevander would not name it.",
     "Brevander"),
    ("Engineers thanked Ilse Quarnby for the chatbot's evaluation plan; Quarnby had written it in a month.", "Quarnby"),
    ("The Ostrowe family gave a box of old letters to an AI research group in the north.", "Ostrowe"),
    ("Chapter 6: Kelvaro-2 and Dunmere 3 Pro were tried on the same prompts.", "Chapter 6"),
    ("Lesson 9 - how the Vorstal-7 language model reads a table", "Lesson 9"),
    # round 27: written for this test (the round-22 weights and round 27's seed-7 retrain leave them alone)
    ("Renske Aldegard built the lab's first chatbot in 2019. Today Aldegard advises two AI startups on safety.",
     "Aldegard"),
    ("Investors in the AI startup met the Thornquist brothers, who own the data centre next door.", "Thornquist"),
    ("Episode 12: why Marrowind 4 Flash forgets long prompts", "Episode 12"),
]


@pytest.mark.parametrize("text, word", NON_NAMES)
def test_the_tagger_leaves_surnames_families_and_labels_alone(pipe, text, word):
    assert all(word not in e.text for e in pipe(text).ents), [(e.text, e.label_) for e in pipe(text).ents]


def test_a_labelled_line_still_gives_its_models(pipe):
    """The label is refused, not the line: the invented models after "Chapter 6:" are found."""
    ents = {e.text: e.label_ for e in pipe(next(t for t, w in NON_NAMES if w == "Chapter 6")).ents}
    assert ents.get("Kelvaro-2") == "MODEL" and ents.get("Dunmere 3 Pro") == "MODEL", ents
