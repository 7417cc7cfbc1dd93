"""Round 26's hard negatives of the learned name tagger (scripts/train_name_tagger.py, HARD_KINDS): the training
passages written by rule hold invented names as gold beside capitalised non-names (a surname said twice, "the X
family", a "Part N:" label, days, places, languages) that stay without a label (off in the shipped training:
HARD_PASSAGES = 0); and the tagger leaves such words alone in sentences written for this test (invented names,
contexts no template words this way)."""

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
        kind = sorted(script.HARD_KINDS)[i % len(script.HARD_KINDS)]
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


def test_the_shipped_training_leaves_them_out_and_folds_the_newer_sets(script):
    """Round 26's retrains with the hard negatives did not beat round 22's weights on the left-out heldout25, so the
    shipped training has none (its weights are round 22's); heldout22-24 form a leave-out group of their own."""
    assert script.HARD_PASSAGES == 0 and script.hard_passages(0) == []
    assert ("heldout22", "heldout23", "heldout24") in script.FOLDS
    assert not {"heldout22", "heldout23", "heldout24"} & set(script.SETS)


# Sentences written for this test: invented people, families and names.
NON_NAMES = [
    ("Tomas Brevander, who heads the AI team at a regional bank, praised the new model. Brevander would not name it.",
     "Brevander"),
    ("Engineers thanked Ilse Quarnby for the chatbot's evaluation plan; Quarnby had written it in a month.", "Quarnby"),
    ("The Ostrowe family gave a box of old letters to an AI research group in the north.", "Ostrowe"),
    ("Chapter 6: Kelvaro-2 and Dunmere 3 Pro were tried on the same prompts.", "Chapter 6"),
    ("Lesson 9 - how the Vorstal-7 language model reads a table", "Lesson 9"),
]


@pytest.mark.parametrize("text, word", NON_NAMES)
def test_the_tagger_leaves_surnames_families_and_labels_alone(pipe, text, word):
    assert all(word not in e.text for e in pipe(text).ents), [(e.text, e.label_) for e in pipe(text).ents]


def test_a_labelled_line_still_gives_its_models(pipe):
    """The label is refused, not the line: the invented models after "Chapter 6:" are found."""
    ents = {e.text: e.label_ for e in pipe(next(t for t, w in NON_NAMES if w == "Chapter 6")).ents}
    assert ents.get("Kelvaro-2") == "MODEL" and ents.get("Dunmere 3 Pro") == "MODEL", ents
