"""nlp.string_memo: a cached answer is the pattern's own, the pattern is looked up when asked (so a wrapper put in
place after import is used), and the claims stage's cached cue lists answer as their patterns do."""
from __future__ import annotations

import re
import sys
import types

from nlp.string_memo import all_finder, searcher


def _module(name: str, **patterns) -> types.ModuleType:
    mod = types.ModuleType(name)
    mod.__dict__.update(patterns)
    sys.modules[name] = mod
    return mod


def test_searcher_answers_as_the_pattern_and_repeats_from_the_cache():
    mod = _module("_memo_probe_a", RX=re.compile(r"\bvesquel(?:s|ed)?\b", re.I))
    search = searcher("_memo_probe_a", "RX")
    cases = ["Tellisk vesquels it", "no cue here", "VESQUEL", "Ardenmoor unvesquel", "", "ſ vesqueled"]
    for s in cases + cases:  # (the second round comes from the cache)
        got, want = search(s), mod.RX.search(s)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), s
    assert search.cache_info().hits == len(cases)


def test_searcher_uses_the_pattern_in_place_when_asked():
    mod = _module("_memo_probe_b", RX=re.compile(r"Brannow"))
    search = searcher("_memo_probe_b", "RX")
    mod.RX = re.compile(r"Tellisk")  # (what nlp.load does when it installs a quicker wrapper)
    assert search("Tellisk and Brannow").group() == "Tellisk"


def test_all_finder_gives_a_tuple_a_caller_cannot_change():
    mod = _module("_memo_probe_c", NUM=re.compile(r"\d+"))
    findall = all_finder("_memo_probe_c", "NUM")
    s = "Ardenmoor 3 scored 71 then 72"
    assert findall(s) == tuple(mod.NUM.findall(s)) == ("3", "71", "72")
    assert findall(s) is findall(s)
    assert findall("Brannow") == ()


def test_claims_cue_lists_answer_as_their_patterns():
    import nlp
    from nlp import claim_source as cs

    nlp.load({})  # (the cached functions then use the installed wrappers)
    sentences = [
        "Tellisk said Brannow 2 gets 71.2; according to company staff the model card agrees.",
        "Our own tests put Brannow 2 at 64%, independently of its card.",
        "Ardenmoor apparently gets 80, a screenshot shows; the technical report is due.",
        "Vesquel-3 scores 55 per Tellisk Labs release notes.",
        "No cue at all: Brannow 2 scores 71.",
        "ſelf-run numbers: Vesquel-3 at 40",
    ]
    pairs = [(cs.cue_independent, "_INDEPENDENT"), (cs.cue_self, "_SELF"), (cs.cue_own_words, "_OWN_WORDS")]
    hits = 0
    for fn, name in pairs:
        rx = getattr(cs, name)
        raw = getattr(rx, "rx", rx)  # (the pattern itself, under its wrapper)
        for s in sentences + sentences:
            got, want = fn(s), raw.search(s)
            assert (got and got.span()) == (want and want.span()), (name, s)
            hits += want is not None
    assert hits  # both outcomes were tried
