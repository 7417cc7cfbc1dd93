"""The cheap tests put before per-name patterns (branch nlp-speed14) change no answer: a pattern built around a
literal can only match where that literal is written. Invented names only."""
from __future__ import annotations

import random
import re

from nlp.doc_names import _lower_family, remembered
from nlp.grid import _may_be_in, family_columns
from nlp.sentence_rivals import _positions


def _plain_positions(said: str, score: float) -> list[int]:  # the code before the gate and the kept patterns
    forms = {f"{score:g}", f"{score:.1f}", f"{score:.2f}", f"{score:,.0f}" if score >= 1000 else f"{score:g}"}
    return sorted({m.start() for f in forms
                   for m in re.finditer(r"(?<![\w.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", said)})


def test_positions_same_as_plain_patterns():
    said = "Brannock-3 gets 66.0 (Quillmark-2 66, Vexmoor 1,209 and 66.05) against 7.50 for Tarnel 7.5"
    for score in (66.0, 66.05, 1209.0, 7.5, 12.0, 0.5):
        assert _positions(said, score) == _plain_positions(said, score)
    assert _positions(said, 66.0) == [said.index("66.0"), said.index("66,")]
    assert _positions(said, 12.0) == []  # written nowhere: nothing compiled, nothing found


def test_may_be_in_never_hides_a_case_blind_match():
    rnd = random.Random(7)
    alphabet = "abkKsSiIo-3 \u212a\u017f\u0130\u0131"  # with the Kelvin sign, long s and dotted/dotless i
    for _ in range(3000):
        name = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 3)))
        head = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
        if re.search(re.escape(name), head, re.I):
            assert _may_be_in(name, head), (name, head)
    assert not _may_be_in("Brannock-3", "Quillmark-2 leads the board")
    assert _may_be_in("brannock-3", "BRANNOCK-3 leads the board")


def test_family_columns_still_reads_the_headline():
    head = "Brannock-3 narrows the gap to Quillmark"
    assert family_columns(head, {"Brannock-3 Pro", "Brannock-3 Lite", "Quillmark-2"}) == {"Brannock-3 Pro", "Brannock-3 Lite"}
    assert family_columns("Vexmoor leads", {"Brannock-3 Pro", "Quillmark-2 Max"}) == set()


def test_remembered_ordinary_word_check_kept():
    name = [(0, 8, "MODEL", "Brannock")]
    assert "brannock" in remembered("Brannock scored well on the test.", name, [])
    # the same word in lower case elsewhere: an ordinary word, not a name worth spreading
    assert "brannock" not in remembered("Brannock scored well; a brannock is a kind of gate.", name, [])


def test_lower_family_needs_the_written_word():
    text = "We ran quillmark-8b and it was quick; Quillmark did well."
    assert _lower_family(text, text.index("Quillmark"), "quillmark")
    assert not _lower_family(text, text.index("Quillmark"), "vexmoor")
