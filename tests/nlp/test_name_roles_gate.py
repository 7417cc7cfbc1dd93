"""nlp.name_roles: the benchmark cue before a name, searched only when the window can end as one of its
branches does, finds what the pattern finds (invented windows)."""
import pytest

from nlp.name_roles import _ANY_BENCH_BEFORE, _bench_cue_before

WINDOWS = [
    "",
    "Tarsel-4 reaches 92.1% on ",
    "pass@1 percentages ON THE ",
    "it ranks first in its ",
    "Kestrel tops the ",
    "leads ",
    "the telecom split of the ",
    "a new benchmark it calls ",
    "the suite called ",
    "called the new test set ",
    "dubbed its exams ",
    "episode 29 on ",  # a part's number: a match, which _bench_cue_before turns down
    "92.1% on",  # no white space at the end: no cue
    "Orvane said on Monday that ",
    "results on ſome ",  # a letter re.I folds otherwise than str.lower(): the pattern decides
    "Scores\u00a0on\u00a0",  # no-break spaces are white space too
    "named ",
]


@pytest.mark.parametrize("before", WINDOWS)
def test_gated_search_finds_what_the_pattern_finds(before):
    got, want = _ANY_BENCH_BEFORE.search(before), _ANY_BENCH_BEFORE.rx.search(before)
    assert (got and got.span()) == (want and want.span())


def test_cues():
    assert _bench_cue_before("Tarsel-4 reaches 92.1% on ")
    assert _bench_cue_before("a new benchmark it calls ")
    assert not _bench_cue_before("episode 29 on ")
    assert not _bench_cue_before("Orvane said on Monday that ")
