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


def test_fewest_words_keeps_the_answer_of_any_word_present():
    from nlp.string_memo import fewest_words

    words = {"run", "runs", "rerun", "our ", "in our ", "board", "leaderboard", "gpus"}
    kept = fewest_words(words)
    assert set(kept) == {"run", "our ", "board", "gpus"}
    for text in ["the rerun", "in our lab", "a leaderboard", "two gpus", "nothing", "runs", "ourselves", ""]:
        assert any(w in text for w in kept) == any(w in text for w in words), text


def test_the_needed_word_gate_never_hides_a_match():
    import random

    mod = _module("_memo_probe_d", RX=re.compile(
        r"\b(?:independently|(?:verified|audited) by|our (?:own )?(?:tests|runs)|re-?test(?:s|ed)?|(?-i:Verified) board)\b",
        re.I))
    search = searcher("_memo_probe_d", "RX")
    findall = all_finder("_memo_probe_d", "RX")
    cases = ["Tellisk was AUDITED BY Brannow", "our own runs of Vesquel-3", "it retested", "Verified board",
             "verified board", "no cue", "", "ſome Kelvin \u212a audited by", "Our Runs", "retests.", "İndependently"]
    rnd = random.Random(22)
    pieces = ["our ", "own ", "runs", "tests", "re", "-", "test", "ed", "verified", " by", "Audited", "ı", "ſ", " ",
              "independently", "Verified board", "x"]
    cases += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8))) for _ in range(400)]
    for s in cases:
        want = mod.RX.search(s)
        got = search(s)
        assert (got and got.span()) == (want and want.span()), s
        assert findall(s) == tuple(mod.RX.findall(s)), s


def test_a_pattern_with_no_needed_word_is_always_run():
    _module("_memo_probe_e", NUM=re.compile(r"\d+(?:\.\d+)?"))
    findall = all_finder("_memo_probe_e", "NUM")
    assert findall("Brannow 2 at 71.5") == ("2", "71.5")


def test_passage_lower_is_the_lower_case_of_the_text_asked_about():
    from nlp.string_memo import passage_lower

    a = "Tellisk's BRANNOW 2 scored 71 — İstanbul ſ \u212a"
    b = "".join(["Vesquel", "-3 GETS 55"])
    for text in [a, a, b, a, "", b]:
        assert passage_lower(text) == text.lower()
    c = "".join(["Vesquel", "-3 GETS 55"])  # equal to b, another object: lowered again, the same answer
    assert passage_lower(c) == c.lower()
