"""nlp.word_trie: a word list as a trie matches what the plain alternation matches, and refuses lists where the
order of the words could matter."""
from __future__ import annotations

import random
import re

import pytest

from nlp.word_trie import whole_words

_LISTS = [
    "scores|scored|reaches|reached|hits|hit|led|leads|comes in at|came in at|clocks in at|clocked",
    "model card|benchmark card|score card|scorecard|results|scores|eval|evals",
    "a|ab|abc|b",
]


@pytest.mark.parametrize("words", _LISTS)
@pytest.mark.parametrize("flags", [0, re.I])
def test_trie_finds_what_the_alternation_finds(words, flags):
    plain = re.compile(rf"\s(?:{words})\b", flags)
    trie = re.compile(rf"\s{whole_words(words)}", flags)
    rnd = random.Random(len(words))
    pieces = words.split("|") + [" ", "s", "ed", "in", "at", "X", "Tellisk", ".", "\u212a", "ſ", "HITS"]
    texts = [" Brannow scores 71", " Vesquel-3 came in at 40 and hits", "", " hit", " hitsx hits."]
    texts += [" " + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10))) for _ in range(500)]
    for t in texts:
        assert [m.span() for m in trie.finditer(t)] == [m.span() for m in plain.finditer(t)], t


@pytest.mark.parametrize("words", ["no|no.", "a+b|c", "run|run on", "x|"])
def test_lists_the_trie_cannot_keep_exact_are_refused(words):
    with pytest.raises(ValueError):
        whole_words(words)
