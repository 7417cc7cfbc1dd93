"""nlp.literal_starts: a pattern scanned from its literal beginnings gives the pattern's own matches."""
import re

import pytest

from nlp.literal_starts import LiteralStarts
from nlp.match_starts import beginnings
from nlp.claims import _BARE_TIER
from nlp.withdrawn_figures import _HAD_WRITTEN

TIER = re.compile(r"(?<![\w.\-])(?P<w>Pro|Plus|Max)(?![\w.\-])(?=\s+\d)")
TEXTS = [
    "",
    "Pro 71.0, Plus 64.2 and Max 80.5.",
    "Proof 12, ProPro 3, Max-2 9, the Pro's 4, Plus\t5",
    "Max 1 Max 2Max 3 Pro Pro 4",
    "PPro 5 PlusPlus 6 Plus 7",
]


def literal_beginnings(rx):
    return beginnings(rx, fold=False)


def test_beginnings_are_read_from_the_pattern_as_written():
    assert literal_beginnings(TIER) == {"Pro", "Plus", "Max"}
    assert literal_beginnings(re.compile(r"\b(?:I|we)\s+ran")) == {"I", "we"}
    assert literal_beginnings(re.compile(r"abc\d")) == {"abc"}
    assert literal_beginnings(re.compile(r"\b[Tt]he\s")) == {"The", "the"}  # a small class of letters, as written
    assert literal_beginnings(re.compile(r"(?:Pro|[A-Z]x)")) is None  # a wide class opens a branch
    assert literal_beginnings(re.compile(r"pro", re.I)) is None  # case folded: letters unknown
    assert literal_beginnings(re.compile(r"(?:Pro|(?i:max))")) is None  # nor in a scoped (?i:…)
    assert beginnings(re.compile(r"\b[Tt]he\s")) == {"the"}  # folded, as before
    with pytest.raises(ValueError):
        LiteralStarts(re.compile(r"\d+"))


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_pattern(text):
    assert [(m.span(), m.group("w")) for m in LiteralStarts(TIER).finditer(text)] == [
        (m.span(), m.group("w")) for m in TIER.finditer(text)]


def test_overlapping_candidates_are_skipped_as_finditer_skips_them():
    rx = re.compile(r"(?:ab|b)c?")
    for text in ("abc bc abbc", "bbb", "ab"):
        assert [m.span() for m in LiteralStarts(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("text, tiers, slips", [
    ("Edit: fixed a typo, I had written 47.1 for Lintel, it's 71.4. Pro scores 80.1, Flash 70.3.", ["Pro", "Flash"], 1),
    ("We wrongly gave 63.0 first; we originally posted a 58.2. The Max's 43.0% beats Mini 40.", ["Max", "Mini"], 2),
])
def test_the_claim_patterns_scanned_so(text, tiers, slips):
    for ls in (_BARE_TIER, _HAD_WRITTEN):
        assert [m.span() for m in ls.finditer(text)] == [m.span() for m in ls.rx.finditer(text)]
    assert [m.group("word") for m in _BARE_TIER.finditer(text)] == tiers
    assert len(list(_HAD_WRITTEN.finditer(text))) == slips


def test_name_reference_scan():
    from nlp.claims import _NAME_REF

    plain = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<word>[A-Z][A-Za-z]{2,})\s+(?:model|one|version|variant|sibling)\b")
    text = ("Corvane-2 Speciale and Corvane-2 Lite: the Speciale model leads, Its Lite one trails; "
            "bathe Speciale model, theLite version, THE Speciale model, its Speciale  sibling.")
    got = [(m.span(), m.group("word")) for m in _NAME_REF.finditer(text)]
    assert got == [(m.span(), m.group("word")) for m in plain.finditer(text)]
    assert [w for _, w in got] == ["Speciale", "Lite", "Speciale"]
