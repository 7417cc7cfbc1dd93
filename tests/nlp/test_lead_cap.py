"""nlp.unknown.lead_cap: a capitalised word with its look-behind written after the capital finds what the
look-behind-first form finds (invented names, any position, windows of the text)."""
from __future__ import annotations

import random
import re

from nlp.unknown import CAP_WORD, lead_cap


def test_lead_cap_finds_what_the_look_behind_first_form_finds():
    bound = r"\w.@/\-"
    plain = re.compile(rf"(?<![{bound}]){CAP_WORD}(?:[ ]{CAP_WORD})?[ ]\d")
    led = re.compile(rf"{lead_cap(bound)}(?:[ ]{CAP_WORD})?[ ]\d")
    pieces = ["Quillon", "Ébrask", "Zev", "quillon", " ", "-", ".", "@", "/", "4", "\n", "Łódź", "x", "MARROW", "Tessel 2"]
    rnd = random.Random(7)
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
        assert [m.span() for m in led.finditer(s)] == [m.span() for m in plain.finditer(s)], s
        a = rnd.randint(0, len(s))
        assert (led.search(s, a) and led.search(s, a).span()) == (plain.search(s, a) and plain.search(s, a).span()), (s, a)
        assert bool(led.fullmatch(s)) == bool(plain.fullmatch(s)), s
    assert led.search("the Quillon 4").group() == "Quillon 4"
    assert led.search("x.Quillon 4") is None and led.search("@Quillon 4") is None
