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


def test_search_finds_the_patterns_first_match_in_any_window():
    rx = re.compile(r"(?:ab|b)c?|\bPro(?=\s)")
    scan = LiteralStarts(rx)
    for text in ("abc bc abbc", "bbb", "ab", "xPro Pro ab", "", "Pro", "Pro "):
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 2):
                w, g = rx.search(text, a, b), scan.search(text, a, b)
                assert (g and g.span()) == (w and w.span()), (text, a, b)


def test_business_list_cues_searched_and_scanned_as_the_pattern():
    from test_numbers_fast import _strings, _words_of

    from nlp import business_lists

    cue = business_lists.CUE
    assert isinstance(cue, LiteralStarts)
    cases = _strings(_words_of(cue.rx) + ["Quennet", "Ovalde", "the", "with", "by", "x"], n=2500, seed=12)
    cases += ["Deals with Quennet", "xdeals with Quennet", "partnership with the Ovalde", "Thanks to Quennet", "thanked Ovalde",
              "raised $4m from Quennet", "customers such as Ovalde", "MoU with Quennet", "co-led by Ovalde"]
    hits = 0
    for s in cases:
        assert [(m.span(), m.lastgroup) for m in cue.finditer(s)] == [(m.span(), m.lastgroup) for m in cue.rx.finditer(s)], s
        w = cue.rx.search(s)
        assert (cue.search(s) and cue.search(s).span()) == (w and w.span()), s
        hits += w is not None
    assert hits > 9  # (the written cases match but the one glued to a word; the random strings seldom do)


def test_long_passages_are_scanned_by_substring_search_with_the_same_matches():
    import random

    from nlp.literal_starts import LiteralStarts
    from nlp.match_starts import FIND_FROM

    rx = re.compile(r"(?<![\w.\-])(?:Vorpelt|Drunmask|Tiskaro[ ]Max|Glimbrae)(?:[ ]\d+)?(?![\w\-])")
    scan = LiteralStarts(rx)
    assert scan.heads == ("Drunmask", "Glimbrae", "Tiskaro ", "Vorpelt")  # the substring search is what is tested
    pieces = ["Vorpelt", "vorpelt", "Drunmask 4", "Tiskaro Max", "Tiskaro", "Glimbrae 12", "xVorpelt", "Vorpelt-2",
              " ", "\n", ".", "-", "é", "\u212a", "ſ", "Max"]
    rnd = random.Random(25)
    long = 0
    for n in range(800):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(10, 60)))
        if n % 4 == 0:  # matches at the passage's very start and end
            s = "Glimbrae " + s + " Vorpelt"
        long += len(s) >= FIND_FROM
        assert [m.span() for m in scan.finditer(s)] == [m.span() for m in rx.finditer(s)], s
        a, b = rnd.randint(0, len(s)), rnd.randint(0, len(s) + 3)  # a window: a match it cuts off is no match
        assert [m.span() for m in scan.finditer(s, a, b)] == [m.span() for m in rx.finditer(s, a, b)], (s, a, b)
        got, first = scan.search(s, a, b), rx.search(s, a, b)
        assert (got and got.span()) == (first and first.span()), (s, a, b)
    assert long > 600
