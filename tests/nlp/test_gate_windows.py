"""nlp.needed_words: a gate asked of a window of a long passage finds what its pattern finds on that window: windows
cut at a word, matches at the text's start and end, words split by a line break, letters re.I folds otherwise than
str.lower(). Texts and names are invented."""
from __future__ import annotations

import random
import re

import pytest

from nlp.needed_words import literal_gated

_PARA = ("Vorrinel-3 scored 71.4 on Quastbridge, said the Tamvoro team.\nThe lab's own\nruns put Vorrinel-3 "
         "first; the older Vorrinel-2 trailed.  ")


def _long(text: str = _PARA) -> str:
    out = text
    while len(out) < 450:
        out += text
    return out


@pytest.mark.parametrize("raw", [
    re.compile(r"\b(?:said|wrote)\s+the\s+(?P<who>\w+)\s+team\b", re.I),
    re.compile(r"\bVorrinel-\d\b"),  # case-sensitive: the words are looked for as written
    re.compile(r"lab's\s+own\s+runs", re.I),  # words split by a line break
])
def test_gated_window_search_equals_the_pattern(raw):
    """A gate asked of a window of a long passage against the plain pattern on the same window."""
    gated = literal_gated(raw)
    text = _long()
    rnd = random.Random(3)
    windows = [(0, len(text)), (0, 10), (len(text) - 30, len(text))]
    windows += [tuple(sorted((rnd.randrange(len(text) + 1), rnd.randrange(len(text) + 1)))) for _ in range(200)]
    for a, b in windows:
        want = raw.search(text, a, b)
        got = gated.search(text, a, b)
        assert (want and want.span()) == (got and got.span()), (a, b)
        assert [m.span() for m in raw.finditer(text, a, b)] == [m.span() for m in gated.finditer(text, a, b)]
        assert raw.findall(text, a, b) == gated.findall(text, a, b)


def test_gated_search_with_letters_re_i_folds_apart():
    """ſ, the Kelvin sign and İ: re.I matches them where str.lower() does not (or changes the length)."""
    for word, pattern in (("\u017fkarvell", r"skarvell"), ("\u212aelmora", r"kelmora"), ("\u0130strava", r"istrava")):
        raw = re.compile(r"\b" + pattern + r"\b", re.I)
        gated = literal_gated(raw)
        text = _long() + word + " rose."
        a = len(text) - len(word) - 6
        for lo, hi in ((0, len(text)), (a, len(text)), (a + 1, len(text)), (0, len(text) - 7)):
            want, got = raw.search(text, lo, hi), gated.search(text, lo, hi)
            assert (want and want.span()) == (got and got.span()), (word, lo, hi)
        assert gated.search(text) is not None
