"""nlp.maker_runs: the developer's-own-run cue anchors, tried only where a branch can begin, are the full
alternation's matches (random texts of the branches' own words, white space of several kinds, the text's start
and end, letters re.I folds otherwise than str.lower()). Texts and names are invented."""
from __future__ import annotations

import random

from nlp import maker_runs as mr

_PIECES = ["the Zelvaro team", " has", " had ", "  also\n", " sent", "shared", " us", " the", " full", " results", " tables",
           "'s", "\u2019s own", " own", " measured", " by", " re-run", " Carried\tout", " by\n", " product", " spec",
           " specification", " model", " pricing", " page", ".", ",", "\n\n", "  ", "\u00a0", " Kvintor-3", " RELEASED",
           " published", " numbers", " later", " then", "Posted", " runs", " 71.4", "\u212a", "\u017f", "\u0130"]


def _plain(text: str):
    return [(m.span(), m.lastgroup) for m in mr._ANCHOR.finditer(text)]


def _scanned(text: str):
    return [(m.span(), m.lastgroup) for m in mr._anchors(text)]


def test_written_cases():
    for text in ["The Zelvaro consortium  has\n sent us the full results.",
                 "sent us the results",  # a branch's white space missing at the text's start
                 "Zelvaro\u2019s own internal measurements were measured by the lab",
                 "copied from the Zelvaro specification page",
                 "the team also \t shared   their tables",
                 "Zelvaro's", "the lab\u2019s results", "re-run by Zelvaro", "carried\n out by the lab  ",
                 "the lab then later sent its results"]:  # two words before the verb: only one may stand there
        assert _scanned(text) == _plain(text), text
    assert _plain("The Zelvaro consortium  has\n sent us the full results.")  # (the cases do match)


def test_random_texts_equal_the_alternation():
    rnd = random.Random(11)
    for _ in range(3000):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randrange(1, 14)))
        assert _scanned(text) == _plain(text), text


def test_a_letter_that_folds_apart_scans_every_place():
    text = "the team \u017fent us the results; the lab has sent its numbers"  # "ſent": re.I reads it as "sent"
    assert _scanned(text) == _plain(text) and len(_plain(text)) == 2
