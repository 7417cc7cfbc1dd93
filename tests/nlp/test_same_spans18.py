"""Round 18's quicker forms of two scans give what the plain ones gave (invented text, hard cases, the test texts)."""
from __future__ import annotations

import random
import re

from nlp import caps_names, unit_notes
from nlp_texts import data_texts

_PLAIN_SENT = re.compile(r"[^.!?\n]*(?:[.!?](?=\s|$)|\n|$)")


def _plain_caps_lines(text: str) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"^[^\n]*$", text, re.M):
        up, low = len(re.findall(r"[A-Z]", m.group())), len(re.findall(r"[a-z]", m.group()))
        if up >= 12 and up >= 4 * low:
            out.append(m.span())
    return out


def _random(alphabet: str, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


def test_caps_lines_as_plain():
    cases = [t for t in data_texts() if t][:1500] + _random("AAAAKLMNOPQab É\u00e9\n-1", 4000, 3) + [
        "ZORVATH LABS SHIPS KESTOVAR-3\nBody text follows here.", "ABCDEFGHIJKL", "ABCDEFGHIJK", "ABCDEFGHIJKLabc",
        "ABCDEFGHIJKLMNOPabcd", "ABCDEFGHIJKLMNOPabcde", "ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ", ""]
    hits = 0
    for t in cases:
        want = _plain_caps_lines(t)
        assert caps_names.caps_lines(t) == want, t[:200]
        hits += bool(want)
    assert hits > 10
    assert caps_names.caps_lines("ABCDEFGHIJKLMNOPabcd") == [(0, 20)]  # 16 capitals, 4 lower: exactly 4 to 1
    assert caps_names.caps_lines("ABCDEFGHIJKLMNOPabcde") == []


def test_unit_sentences_as_plain_pattern():
    cases = [t for t in data_texts() if t][:1500] + _random("ab .!?\n\t5", 20000, 7) + [
        "Ulmbrisk scored 3.5 on PruntabelQA. Scores are percentages.\nNext", "a.b.c. d", "...", "x?\n", "end."]
    for t in cases:
        want = [m.span() for m in _PLAIN_SENT.finditer(t)]
        got = [m.span() for m in unit_notes._SENT.finditer(t) if m.group("s") is not None]
        assert got == want, t[:200]


def test_benchmark_units_reads_a_sentence_after_a_decimal():
    text = "Tesmorrow-2 reached 71.5 on the Kestovar suite. Kestovar scores are the percentage of tasks solved."
    s = text.index("Kestovar scores")
    got = unit_notes.benchmark_units(text, [(s, s + len("Kestovar"), "Kestovar")])
    assert got == {"Kestovar": "%"}
