"""bench.nlp's written corpus: distinct texts at every size, each later copy a variant of a hand-written text
with invented names and shifted numbers (so neither the tokenizer nor annotate is served by repeats)."""
from __future__ import annotations

import re

from bench.nlp import _plain_words, variant, written_texts

# invented names, in no set: Vexmoor, Tarnel, Quillmark, BrannockQA
TEXT = ("Vexmoor released Tarnel-4 on 3 March. Tarnel-4 scores 79.8% on BrannockQA, up from 71.2% for "
        "Quillmark 2.5-72B-Instruct, and is 2nd on the board.\n\nThe company says the model is 100% open.")
PLAIN = _plain_words([("", "the company says the model is open on and up from for released scores board")])


def test_names_are_renamed_consistently_and_keep_their_shape():
    v = variant(TEXT, 1, PLAIN)
    assert "Vexmoor" not in v and "Tarnel" not in v and "Quillmark" not in v and "Brannock" not in v
    a, b = v.split("\n\n")[0].split(". ")[:2]
    first, second = re.search(r"released (\S+)", a).group(1), b.split()[0]
    assert first == second  # the same name gets the same invented one within a text
    assert re.fullmatch(r"[A-Z][a-z]{5}-\d", first)  # Tarnel-4 -> Xxxxxx-N: case, length, hyphen kept
    assert re.search(r"\bon [A-Z][a-z]{7}[A-Z]{2},", v)  # BrannockQA: capitals where they were


def test_ordinary_words_calendar_ordinals_and_layout_stay():
    v = variant(TEXT, 3, PLAIN)
    assert v.count("\n\n") == 1 and len(v) == len(TEXT) and len(v.split()) == len(TEXT.split())
    assert "The company says the model is 100% open." in v  # ordinary capitalised words and 100 stay
    assert " March." in v and "2nd on the board" in v  # the calendar and ordinals are no names


def test_numbers_shift_by_copy():
    assert "72.1%" in variant(TEXT, 3, PLAIN) and "79.8%" not in variant(TEXT, 3, PLAIN)
    assert variant(TEXT, 1, PLAIN) != variant(TEXT, 2, PLAIN)
    assert variant(TEXT, 2, PLAIN) == variant(TEXT, 2, PLAIN)  # deterministic


def test_written_corpus_is_distinct_and_the_old_one_still_repeats():
    new = written_texts(120_000)
    assert len(set(new)) == len(new)
    old = written_texts(120_000, distinct=False)
    assert len(set(old)) < len(old)
    n = len(set(old))
    assert new[:n] == old[:n]  # the first pass is the hand-written texts as they are
    assert abs(sum(len(t.split()) for _, t in new) - sum(len(t.split()) for _, t in old)) < 2_000
