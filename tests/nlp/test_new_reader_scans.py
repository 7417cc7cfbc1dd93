"""The round-21 readers' quicker scans give their plain patterns' matches exactly (nlp.candidate_scan,
nlp.trigger_scan): trade cues (nlp.trade_cues.TRADE), sized benchmarks (nlp.bench_sizes.SIZED), "On X ..."
openings (nlp.bench_uses.ON_OPENING, nlp.bench_on.ON_CLAUSE / ON_COLON) and the keepers' noun gate
(nlp.bench_keepers). Every name below is invented (Quendrake, Tamblewick, Gravolin, Mistherrow, Zanquil); the texts
put cues at a text's start and end, after a line break, inside longer words, in both cases and next to each other."""
from __future__ import annotations

import pytest

from nlp import bench_keepers, bench_on, bench_sizes, bench_uses, trade_cues
from nlp.candidate_scan import CandidateScan
from nlp.match_starts import beginnings
from nlp.needed_words import necessary_words

TEXTS = [
    "",
    "Rent from Quendrake is cheap. We rented GPU time from Tamblewick and bought racks from Gravolin.",
    "current parent: Quendrake. They recurrently re-order from Tamblewick; the order from Gravolin came; Ordered from Zanquil",
    "Shipper: Quendrake Labs\nConsignee:  the Tamblewick Group\n  **Vendor:** Gravolin\nText Shipper: Mistherrow",
    "Vendor: Zanquil",
    "a unit leased by Quendrake, please release it; sold by Tamblewick, resold by Gravolin, a subsidiary of Zanquil.",
    "a registered trademark of Quendrake\nsupplied by\tTamblewick, manufactured by Gravolin, provided by the Zanquil team",
    "It was licensed from Mistherrow. Licence from Quendrake. procured from Tamblewick; Procure from Gravolin",
    "Quendrake-Bench, a 640-question exam. Tamblewick (300 tasks) and Gravolin QA, 1,200 problems from contests.",
    "On Quendrake-7, 42 questions; The Tamblewick, a new 90-item test. x9 Zanquil (an 80 task list) 1234 tasks",
    "Mistherrow Set 2026, a hidden 75 prompts here. In Gravolin, 12 cases; (Zanquil 7 episodes) Tamblewick,12 items",
    "On Quendrake-7 the Lite variant clears 48% of the tasks. On Tamblewick, it scores 61 points.\nOn Gravolin a run hit 5 pts",
    "Onward, Zanquil. Upon Gravolin it scores 9%. Won Quendrake the 4%. anon Tamblewick, it gets 77.",
    "On Quendrake-7 I measured 52.3%. Later, on Tamblewick they complete 31.0% and on Gravolin-2: 58.2%.",
    "region on Zanquil-3: 40.0 and the son on Mistherrow: 3; on Quendrake: 77.4%",
    "the Quendrake-7 maintainers rescored it; the Tamblewick organisers and Gravolin curators; organizers of Zanquil",
    "Quendrake-7 leaderboard, week 2\nThe scores moved. The board of Tamblewick met.",
]
PAIRS = [("TRADE", trade_cues.TRADE, trade_cues.TRADE_PATTERN), ("SIZED", bench_sizes.SIZED, bench_sizes.SIZED_PATTERN),
         ("ON_OPENING", bench_uses.ON_OPENING, bench_uses.ON_OPENING.rx),
         ("ON_CLAUSE", bench_on.ON_CLAUSE, bench_on.ON_CLAUSE.rx), ("ON_COLON", bench_on.ON_COLON, bench_on.ON_COLON.rx)]


def _rows(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name,fast,plain", PAIRS, ids=[p[0] for p in PAIRS])
def test_scan_gives_the_plain_matches(name, fast, plain):
    found = 0
    for text in TEXTS:
        assert _rows(fast.finditer(text)) == _rows(plain.finditer(text)), text
        a, b = fast.search(text), plain.search(text)
        assert (a and a.span()) == (b and b.span()), text
        found += len(_rows(plain.finditer(text)))
    assert found >= 3  # the texts hold real matches of each pattern, not only misses


def test_scans_keep_pos_and_endpos_of_search():
    text = TEXTS[1]
    for pos, endpos in ((0, len(text)), (5, len(text)), (5, 60), (40, 120)):
        a = trade_cues.TRADE.search(text, pos, endpos)
        b = trade_cues.TRADE_PATTERN.search(text, pos, endpos)
        assert (a and a.span()) == (b and b.span())


def test_trade_starts_cover_every_beginning_of_the_pattern():
    # every literal beginning the parsed pattern can have: a cue word the starts list, or a party key's line
    cues = trade_cues._CUE_STARTS
    for b in beginnings(trade_cues.TRADE_PATTERN, fold=False):
        head = b.lstrip(" \t*_")
        assert any(b.startswith(w) or w.startswith(b) for w in cues) or not head \
            or any(head.startswith(k[:len(head)]) for k in trade_cues.PARTY_KEYS), b


def test_candidate_scan_is_the_pattern_elsewhere():
    assert isinstance(trade_cues.TRADE, CandidateScan)
    assert trade_cues.TRADE.pattern == trade_cues.TRADE_PATTERN.pattern
    assert trade_cues.TRADE.match("sold by Quendrake").end() == len("sold by ")


def test_keepers_gate_leaves_the_headings():
    text = "Quendrake-7 leaderboard, week 2\nThe Quendrake-7 maintainers rescored every entry."
    cued = [text[s:e] for s, e, _ in bench_keepers._cued(text)]
    assert cued == ["Quendrake-7", "Quendrake-7"]
    assert [text[s:e] for s, e, _ in bench_keepers._cued("Quendrake-7 leaderboard, week 2\nNew scores.")] == ["Quendrake-7"]
    assert list(bench_keepers._cued("The Tamblewick board met.")) == []


USE_TEXTS = TEXTS + [
    "On Quendrake's hidden split it scored 40.0. The Tamblewick hidden test and the exam set Gravolin.",
    "scored 51 on the Zanquil public exam; Mistherrow (a new reading benchmark) and the Gravolin accounting leaderboard",
    "On the Quendrake test the Lite variant clears 40%. the Tamblewick evaluation suite; an eval set Zanquil",
    "On Mistherrow's Finnish forms. Gravolin (the puzzle set from May)",
]


def _all_uses(text):
    """bench_uses._uses with every cue searched (no needed-word gate)."""
    out = []
    for rx in (bench_uses.POSSESSIVE_PART, bench_uses.ON_THE_TEST, bench_uses.SET_NAMED, bench_uses.ON_OPENING):
        out += [m.span(1) for m in rx.finditer(text)]
    for rx, back in ((bench_uses.BRACKET_TAIL, bench_uses.NAME_END), (bench_uses.KIND_TAIL, bench_uses.KIND_BACK)):
        for m in rx.finditer(text):
            end = m.start() + (rx is bench_uses.KIND_TAIL)
            n = back.search(text, max(0, end - 70), end)
            if n is not None:
                out.append(n.span(1))
    return out


def test_bench_uses_gates_keep_every_use():
    found = 0
    for text in USE_TEXTS:
        assert list(bench_uses._uses(text)) == _all_uses(text), text
        found += len(_all_uses(text))
        for rx, words in bench_uses.NEEDS.items():  # each match holds one of its cue's words
            for m in rx.finditer(text):
                assert any(k in m.group(0) for k in words), (text, m.group(0))
    assert found >= 8


@pytest.mark.parametrize("rx", [bench_uses.SET_NAMED, bench_uses.ON_OPENING, bench_uses.BRACKET_TAIL, bench_uses.KIND_TAIL])
def test_bench_uses_needs_follow_from_the_pattern(rx):
    # what the parsed pattern says every match needs (nlp.needed_words) holds one of the gate's words
    needed, folded = necessary_words(getattr(rx, "rx", rx))
    assert not folded and all(any(k in n for k in bench_uses.NEEDS[rx]) for n in needed)
