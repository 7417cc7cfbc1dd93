"""nlp.trigger_scan: a pattern tried only at its trigger's positions finds what the plain pattern finds.

The mechanism is checked on an invented pattern (overlapping candidates, pos/endpos windows, a trigger that
misses a start, which must show); then each installed trigger against its plain pattern on the test texts and
on random strings of the pattern's own words, separators of every kind, digits of other scripts and letters
that fold oddly. Names are invented.
"""
from __future__ import annotations

import random
import re

import pytest

from nlp import name_roles, unknown
from nlp.trigger_scan import TriggerScan
from nlp_texts import data_texts
from test_numbers_fast import _strings, _words_of

# an invented shape: a capitalised word, at most two more words, then a number ("Vornel Brulosk 12")
_TOY = re.compile(r"[A-Z][a-z]*(?:[ ][A-Za-z]+){0,2}[ ]\d+")
_TOY_TRIGGER = r"[A-Z](?=[a-z]*(?:[ ][A-Za-z]+){0,2}[ ]\d)"


def _same(plain, scan, s: str, pos: int = 0, endpos: int = 10 ** 9) -> None:
    want = [(m.span(), m.groups()) for m in plain.finditer(s, pos, endpos)]
    assert [(m.span(), m.groups()) for m in scan.finditer(s, pos, endpos)] == want, (s[:200], pos, endpos)
    w = plain.search(s, pos, endpos)
    g = scan.search(s, pos, endpos)
    assert (g and g.span()) == (w and w.span()), (s[:200], pos, endpos)


def test_toy_matches_and_windows():
    scan = TriggerScan(_TOY, _TOY_TRIGGER)
    s = "Vornel Brulosk 12 and Tell Me Quorvo 7, then Ebbro 3"
    assert [m.group() for m in scan.finditer(s)] == ["Vornel Brulosk 12", "Tell Me Quorvo 7", "Ebbro 3"]
    assert [m.group() for m in scan.finditer(s, 1)] == ["Brulosk 12", "Tell Me Quorvo 7", "Ebbro 3"]  # (no capital at 1)
    assert [m.group() for m in scan.finditer(s, 0, 16)] == ["Vornel Brulosk 1"]  # (the window ends inside the number)
    for a in range(len(s)):
        for b in range(a, len(s) + 1, 3):
            _same(_TOY, scan, s, a, b)
    assert scan.match(s).group() == "Vornel Brulosk 12" and scan.pattern == _TOY.pattern  # (the rest is the pattern's)


def test_a_trigger_that_misses_a_start_shows():
    narrow = TriggerScan(_TOY, r"[A-Z](?=[a-z]*[ ]\d)")  # (forgets the middle words)
    s = "Vornel Brulosk 12"
    assert [m.group() for m in narrow.finditer(s)] != [m.group() for m in _TOY.finditer(s)]


def test_toy_random_strings():
    scan = TriggerScan(_TOY, _TOY_TRIGGER)
    rnd = random.Random(3)
    for _ in range(2000):
        s = "".join(rnd.choice(["Vornel", "kaspi", "Q", " ", " ", "12", "7", "-", "\n", "x"]) for _ in range(rnd.randint(1, 14)))
        _same(_TOY, scan, s)


_INSTALLED = [("MODEL_SHAPE", unknown.MODEL_SHAPE), ("BENCH_SHAPE", unknown.BENCH_SHAPE),
              ("_CLAIM_NAME", name_roles._CLAIM_NAME), ("SCORE_ON", unknown.SCORE_ON)]
# edge cases written for the triggers: four separator runs before the digit, a tier split over a line break,
# digits of another script, a version glued to the name, benchmarks named by each branch's word
_EDGES = ["Talvro Yorvesk Deep\nThink 2", "Talvro Yorvesk-Pro 3.1 9B", "Trevalune-XR Lite v2", "Umbravel\u0663", "Umbravel \u0967.5",
          "Umbravel Deep  \t Think v4", "Zwerd Nyx Pro - 2", "(Hallowmere-2)", "x.Hallowmere 2", "\u00c9lvar 3 and \u0130dra 4",
          "QuarnoBench-Hard 2", "tau-bench", "\u03c4-bench", "Sorvick Verified", "Meta Verified", "SplonderArena",
          "Orlath-Hard", "Stone-Hard", "x-\nOrlath-Hard", "ZaqqoQA v2", "VOSKEVAL", "Wrenn\u00b2-bench", "Bench", "QA",
          "The Yorvesk Index 2", "TheYorvesk", "The  Yorvesk", "the Yorvesk 4", "NivrelEval 2024", "58 % on Quennet", "58%\ton Quennet", "1,720 points on the Quennet", "x-high on Quennet", "9.5 Elo on Ovalde's Quennet", "rank on its Quennet", "a3 on Quennet", "\u0663 pts on Quennet", "first place on\nQuennet", "lead on Quennet", "mislead on Quennet", "2.5.1 on Quennet", "-4 on Quennet", "\u2011spot on Quennet", "Orlath-Verified 3", "pre-QuarnoBench", "a@QuarnoBench", "Quarno_Bench", "\u212aelvinBench"]


@pytest.mark.parametrize("name,scan", _INSTALLED, ids=[n for n, _ in _INSTALLED])
def test_installed_trigger_finds_what_its_pattern_finds(name, scan):
    assert isinstance(scan, TriggerScan)
    plain = scan.rx
    words = _words_of(plain) + ["Talvro", "Umbravel", "Quarno", "\u0663", "\u00b2", "\u03c4", "x2", "3.5", "8B", "2025"]
    rnd = random.Random(len(name))
    texts = [t for t in data_texts() if t]
    cases = rnd.sample(texts, min(len(texts), 1500)) + _strings(words, n=3000, seed=len(name)) + _EDGES
    hits = 0
    for s in cases:
        _same(plain, scan, s)
        if len(s) > 30:
            a = rnd.randrange(len(s) - 10)
            _same(plain, scan, s, a, a + rnd.randrange(5, 80))
        hits += plain.search(s) is not None
    assert hits > 50  # both outcomes were tried
