"""The gated patterns of round 22's claims readers (second_sources, earlier_states, unsaid_figures) find what their
plain patterns find: hand-written sentences (invented names; case, word boundaries, a match at the text's start and
end, "ſ", the Kelvin sign and "İ", which re.I folds otherwise than str.lower()) and random strings of the patterns'
own words. Also the patterns these modules now compile once read as the inline ones did.
"""
from __future__ import annotations

import re

import pytest

import nlp.claim_discourse as claim_discourse
import nlp.claim_source as claim_source
import nlp.claim_speaker as claim_speaker
import nlp.earlier_states as earlier_states
import nlp.paragraph_speaker as paragraph_speaker
import nlp.second_sources as second_sources
import nlp.unsaid_figures as unsaid_figures
from nlp.needed_words import _LiteralGated
from nlp.stem_starts import StemStarts
from test_numbers_fast import _strings, _words_of

GATED = {"second_sources._SECOND": second_sources._SECOND, "earlier_states._EARLIER": earlier_states._EARLIER,
         "unsaid_figures._GOAL": unsaid_figures._GOAL, "unsaid_figures._AIM": unsaid_figures._AIM}

# sentences written for this test (invented names: Blimster-4, Tallowbench, Zintrel Labs)
HAND = [
    "Blimster-4 solved 61.2% of Tallowbench on our rig. The vendor quotes 64.5 percent in its deck.",
    "Blimster-4 got 50.0% on Tallowbench in our runs, whereas the FIRM had CLAIMED 56.0%.",
    "Researchers who ran the weights themselves found 58.0% on the same split.",
    "Company reported 71%",  # a match from the text's first character to its last
    "The startups reported 48% revenue growth; subscribers tested it and got 73% of its customers back.",
    "The Tallowbench keepers measured the previous checkpoint at 40.5 percent.",
    "Zintrel Labs' lab reportſ 61.0% (ſ folds to s under re.I only)",
    "the maKers found 12.5% after they tried it",  # K: the Kelvin sign
    "Blimster-4 now reaches 71.4% on Tallowbench, up from 66.0% for the same weights.",
    "It is RISING FROM 40.2 PER CENT BEFORE OUR GRADER PATCH, down from 30.5% for the old weights they replace.",
    "Scores climbing from 12 points before the İndex refresh.",
    "up from 9% for the same weightſ",
    "The release gate: 60%, a target of 80% and (threshold 75%) with cut-offs of 33.",
    "Zintrel Labs expects the model to reach 65%; the objective for next year is to exceed 85%.",
    "Its goal is to get to at least 90.5 and it PLANS TO BEAT 70, hoping to cross 1,200.",
    "No gate here, a targeted 40% and a goalie at 12; ſurpaſſ 5 and aim to ſurpass 7.",
    "",
    "gate 5",
]


def _spans(rx, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", sorted(GATED))
def test_gate_finds_what_its_pattern_finds(name):
    gated = GATED[name]
    assert isinstance(gated, (_LiteralGated, StemStarts))
    plain = gated.rx
    texts = HAND + [" ".join(HAND)] + _strings(_words_of(plain), n=2000)
    found = 0
    for text in texts:
        assert _spans(gated, text) == _spans(plain, text), (name, text)
        got, want = gated.search(text), plain.search(text)
        assert (got and got.span()) == (want and want.span()), (name, text)
        found += bool(want)
    assert found >= 3  # the texts do hold matches, so a gate that skipped them would fail


def test_hand_sentences_hold_matches_of_each_pattern():
    """The hand-written cases reach every gated pattern (not only the random strings)."""
    for name, gated in GATED.items():
        assert any(gated.rx.search(t) for t in HAND), name


def test_second_sources_reads_a_folded_letter_as_before():
    claims = [{"model": "Blimster-4", "benchmark": "Tallowbench", "score": 61.2, "unit": "%", "start": 0, "end": 40}]
    text = "Blimster-4 solved 61.2% of Tallowbench here. The vendor quoteſ 64.5 percent in its deck."
    ents = [(0, 10, "MODEL", "Blimster-4"), (27, 38, "BENCHMARK", "Tallowbench")]
    got = second_sources.second_sources(text, claims, ents)
    assert [(c["model"], c["benchmark"], c["score"]) for c in got] == [("Blimster-4", "Tallowbench", 64.5)]


def test_compiled_once_patterns_are_the_inline_ones():
    assert claim_discourse._FAMILY_WORD.pattern == r"[^\s-]+(?=[\s-])"
    assert claim_source._BLOCK_BREAK.pattern == r"\n[ \t]*\n\s*"
    assert claim_speaker._PARAGRAPH_BREAK.pattern == paragraph_speaker._PARAGRAPH_BREAK.pattern == r"\n\s*\n"
    text = "Title\n\nFirst para.\n \t\nSecond.\n\n\nThird.\n\nFourth.\n\nFifth."
    assert claim_speaker._intro_end(text) == [m.end() for m in re.finditer(r"\n\s*\n", text)][2]
    assert paragraph_speaker._intro_end(text) == [m.end() for m in re.finditer(r"\n\s*\n", text)][3]
    ents = [(0, 11, "MODEL", "Blimster 4.1"), (400, 408, "MODEL", "Blimster")]
    assert claim_discourse.family_refs(ents)[1][3] == "Blimster 4.1"


# invented patterns for nlp.stem_starts: beginnings that overlap ("lab" / "laboratory"), a case-sensitive one, a
# look-behind first, a match that may run into the next candidate
STEM_PATTERNS = [
    re.compile(r"\b(?:lab|laboratory|blimsters?)\b[^.\d]{0,40}?\b(?:measured|got)\s+(?P<n>\d+(?:\.\d+)?)", re.I),
    re.compile(r"(?<![\w-])(?:Zintrel|Tallow)[\w-]*\s+(?:says|said)"),
    re.compile(r"(?:ab|abab)+c", re.I),
]
STEM_TEXTS = HAND + [
    "The LAB measured 12.5 and the laboratory got 7; Blimsters got 3 while blimster measured 4.",
    "Zintrel-Core says, tallow said, Tallowbench said and xZintrel says", "ababababc ABABC abc abab c",
    "lab got 1", "lab", "the ſecond lab got 9 and the İnner laboratory measured 8",
]


@pytest.mark.parametrize("k", range(len(STEM_PATTERNS)))
def test_stem_starts_finds_what_its_pattern_finds(k):
    plain = STEM_PATTERNS[k]
    scan = StemStarts(plain)
    found = 0
    for text in STEM_TEXTS + _strings(_words_of(plain) + ["ab", "c"], n=1500):
        for pos, endpos in ((0, len(text) + 5), (1, len(text)), (3, max(0, len(text) - 4))):
            want = [m.span() for m in plain.finditer(text, pos, endpos)]
            assert [m.span() for m in scan.finditer(text, pos, endpos)] == want, (plain.pattern, text, pos, endpos)
            got = scan.search(text, pos, endpos)
            assert (got and got.span()) == (want[0] if want else None)
            found += len(want)
    assert found > 10


def test_stem_starts_refuses_a_pattern_without_known_beginnings():
    with pytest.raises(ValueError):
        StemStarts(re.compile(r"\w+ing"))
