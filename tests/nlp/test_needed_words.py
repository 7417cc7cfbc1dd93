"""nlp.needed_words: a search skipped because the text lacks every necessary word finds what the pattern finds.

The necessary words are read from invented patterns (hard cases: optional groups, empty branches, look-arounds,
inline flags), then every installed gate is checked against its pattern on the test texts and on random strings
made of the pattern's own words (any case, "ſ" and "İ", which re.I folds otherwise than str.lower()).
"""
from __future__ import annotations

import importlib
import random
import re

import pytest

from nlp.needed_words import GATED, _LiteralGated, literal_gated, necessary_words
from nlp_texts import data_texts
from test_numbers_fast import _strings, _words_of


def _words(pattern: str, flags: int = 0):
    got = necessary_words(re.compile(pattern, flags))
    return None if got is None else got[0]


def test_a_literal_run_is_needed():
    assert _words(r"\bZorvath\s+\d+") == {"Zorvath"}
    assert _words(r"\bzorvath\s+\d+", re.I) == {"zorvath"}


def test_every_branch_gives_its_words():
    assert _words(r"\b(?:Kestovar|Ulmbrisk)ed by \w+") in ({"Kestovared by ", "Ulmbrisked by "},)
    assert _words(r"(?:said|wrote) [A-Z]\w+ to Mellickwade") == {" to Mellickwade"}


def test_an_optional_part_is_never_needed():
    assert _words(r"(?:Zorvath)?\d+") is None
    assert _words(r"(?:Zorvath)*\d+") is None
    assert _words(r"(?:Zorvath|)\d+") is None  # an empty branch
    assert _words(r"(?:Zorvath|\w+)\d") is None  # a branch that needs no word
    assert _words(r"(?:Zorvath)+\d") == {"Zorvath"}


def test_look_arounds_and_classes_need_nothing():
    assert _words(r"(?=Zorvath)\w+") is None
    assert _words(r"(?<=Zorvath )\w+") is None
    assert _words(r"[Zz]orvath") == {"orvath"}
    assert _words(r"\w+") is None


def test_inline_case_flags_fold():
    got = necessary_words(re.compile(r"\d+ (?i:pruntabel)"))
    assert got == (frozenset({" pruntabel"}), True)
    rx = literal_gated(re.compile(r"\d+ (?i:pruntabel)"))
    assert rx.search("scored 4 PRUNTABEL").group() == "4 PRUNTABEL"


def test_gated_search_skips_and_finds():
    raw = re.compile(r"\b(?:according to|per) (?:the )?Quillarno\b", re.I)
    g = literal_gated(raw)
    assert isinstance(g, _LiteralGated)
    for s in ["According to the QUILLARNO team", "per Quillarno", "Quillarno said", "accordingto Quillarno", "",
              "per the quillarnos", "x per Quillarno y", "PER QUILLARNO"]:
        assert (g.search(s) and g.search(s).span()) == (raw.search(s) and raw.search(s).span()), s
        assert [m.span() for m in g.finditer(s)] == [m.span() for m in raw.finditer(s)], s
        assert g.findall(s) == raw.findall(s), s
    s = "the Vandresk report, per Quillarno, and per the Quillarno list"
    for a, b in [(0, len(s)), (20, 40), (30, len(s)), (5, 10), (-3, 200)]:
        assert [m.span() for m in g.finditer(s, a, b)] == [m.span() for m in raw.finditer(s, a, b)], (a, b)
    assert g.search("x", 0, 1) is None and g.pattern == raw.pattern and g.flags == raw.flags


def test_folds_apart_run_the_pattern():
    raw = re.compile(r"\bſaid\b|\bsays\b", re.I)  # "ſ" folds to s under re.I
    g = literal_gated(raw)
    for s in ["he ſays so", "SAYS", "ſaid", "said", "İt says"]:
        assert (g.search(s) is None) == (raw.search(s) is None), s


def _gated_now():
    import nlp

    nlp.load()  # installs the gates
    return [(module, name, getattr(importlib.import_module(module), name)) for module, names in GATED.items()
            for name in names]


GATED_NOW = _gated_now()


def test_every_gated_name_is_wrapped():
    assert GATED_NOW
    for module, name, got in GATED_NOW:
        assert isinstance(got, _LiteralGated), (module, name)  # renamed, gone, or its words no longer known
        assert isinstance(got.rx, re.Pattern)


_TEXTS: list[str] = []
# matches of the gated patterns that the test texts seldom hold (invented names)
_INVENTED = ["Ulmbrisk scores as reported by each model's own developer", 'x\n[scores."Kestovar-Bench"]\ny',
             "\u7d22\u74e6\u65af, also known as \"", "Quillarno-7 (\u7d22\u74e6\u65af), also written as ",
             "Bars from left: Zorvath-2, Kestovar 3 and Ulmbrisk", "Tesmorrow beat 85% of human participants",
             "Velmora Labs compared its new model directly with Kestovar 3 on three boards."]


def _texts() -> list[str]:
    """The test texts, and the 40 characters before some of their capitals (what a reader searches before a name)."""
    if not _TEXTS:
        texts = [t for t in data_texts() if t]
        rnd = random.Random(5)
        leads = [t[max(0, m.start() - 40):m.start()] for t in texts for m in re.finditer(r"[A-Z]", t)]
        _TEXTS.extend(texts + rnd.sample(leads, min(len(leads), 4000)))
    return _TEXTS


def _matching(raw: re.Pattern, rnd: random.Random, k: int = 3) -> list[str]:
    """``k`` test texts the pattern matches, in a seeded order: the random sample may hold none of a rare pattern's
    matches, and which texts there are changes whenever a set is added or unfrozen."""
    order = list(range(len(_texts())))
    rnd.shuffle(order)
    found = []
    for i in order:
        if raw.search(_texts()[i]):
            found.append(_texts()[i])
            if len(found) == k:
                break
    return found


@pytest.mark.parametrize("module,name,gated", GATED_NOW, ids=[f"{m}.{n}" for m, n, _ in GATED_NOW])
def test_gate_finds_what_its_pattern_finds(module, name, gated):
    raw = gated.rx
    rnd = random.Random(len(name))
    cases = rnd.sample(_texts(), 800) + _strings(_words_of(raw) + ["Tesmorrow", "2.5", "74%", "İn", "ſ"], n=800,
                                                 seed=len(module))
    cases += [c + " " for c in cases[-300:]] + _INVENTED + _matching(raw, rnd)
    hits = 0
    for s in cases:
        want = [(m.span(), m.groups()) for m in raw.finditer(s)]
        assert [(m.span(), m.groups()) for m in gated.finditer(s)] == want, s[:200]
        hits += bool(want)
        if len(s) > 40:  # a window, as the readers search the text before a name
            a = rnd.randrange(len(s) - 20)
            b = a + rnd.randrange(5, 60)
            w = raw.search(s, a, b)
            assert (gated.search(s, a, b) and gated.search(s, a, b).span()) == (w and w.span()), (s[:200], a, b)
    assert hits  # the pattern matched somewhere: both outcomes were tried
