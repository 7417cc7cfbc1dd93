"""nlp.anchored_scan: a pattern tried only where a match can begin gives finditer's matches (text with invented names)."""

import re

from nlp import chat_forms, slug_names
from nlp.anchored_scan import digit_starts, matches_from, run_start

TEXTS = [
    "On the forum: try quorvel 3 moe, or brindle7 flash, and marlowe 70b; also tessary-2-mini and vantrop-v4.1-chat.",
    "quorvel-3 quorvel-3-8b Quorvel-3 xquorvel-3 quorvel-vv3 quorvel--3 ab-3 abc-3 abc-de-4 abc-de-fg-5 s-3",
    "scores: 71.2, 68, 12b; ranked 3rd — pelorin 2.5 preview leads, pelorin 2.5-preview too, 2026-11-03",
    "no digits here at all, only words like slug and model",
    "",
    "٣ brindle٣ flash  fenwold-٢-lite",
]


def test_matches_from_equals_finditer_with_a_superset_of_starts():
    rx = re.compile(r"(?<![\w-])[a-z]{3,}-\d+(?:-[a-z]+)?")
    for text in TEXTS:
        every = range(len(text) + 1)  # every position: trivially a superset
        assert [m.span() for m in matches_from(rx, text, every)] == [m.span() for m in rx.finditer(text)]


def test_matches_from_skips_starts_inside_the_previous_match():
    rx = re.compile(r"[a-z]+-\d")
    text = "abc-1 xy-2"
    assert [m.group() for m in matches_from(rx, text, [0, 1, 2, 6, 7])] == ["abc-1", "xy-2"]
    assert [m.group() for m in matches_from(rx, text, [1])] == ["bc-1"]  # (a start not listed is not tried)


def test_run_start_and_digit_starts():
    assert run_start("ab quorvel3", 10, "abcdefghijklmnopqrstuvwxyz") == 3
    assert run_start("Q3", 1, "abcdefghijklmnopqrstuvwxyz") == 1
    assert digit_starts("a12 b3 ٣4") == [1, 5, 7]


def test_chat_forms_and_slugs_tried_only_at_their_starts_find_the_same():
    for text in TEXTS + [t.lower() for t in TEXTS] + [t.replace(" ", "-") for t in TEXTS]:
        starts = chat_forms._starts(text)
        for rx in (chat_forms.VERSION_TIER, chat_forms.GLUED, chat_forms.SIZE):
            assert [m.regs for m in matches_from(rx, text, starts)] == [m.regs for m in rx.finditer(text)], (rx.pattern, text)
        assert [m.regs for m in slug_names.slugs(text)] == [m.regs for m in slug_names.SLUG.finditer(text)], text
    assert [m.group() for m in slug_names.slugs(TEXTS[1])] == [m.group() for m in slug_names.SLUG.finditer(TEXTS[1])] != []


def test_digit_starts_kept_for_the_last_text_only():
    a = "zelvrin 12 and 7"
    first = digit_starts(a)
    first.append(99)  # (a caller's list is its own: the kept answer is not changed)
    assert digit_starts(a) == [8, 15]
    assert digit_starts("x" + a) == [9, 16]  # another text: its own answer
    assert digit_starts("".join(["zelvrin 12 and 7"])) == [8, 15]  # an equal text built anew
    assert digit_starts("") == [] and digit_starts("no digits") == []


def test_unknown_slugs_tried_only_at_their_starts_find_the_same():
    from test_numbers_fast import _strings

    from nlp import unknown

    extra = ["qazmuth-x7 qazmuth-mid-x7b qazmuth-mid-7.1-chat a-qazmuth-2 qazmuth--3 qazmuth-\u0663 Qazmuth-2 qazmuth\u20112-lite",
             "ab-3 abc-d4 abc-de-f5 abc-de-fg-5.2 x.qazmuth-2 @qazmuth-2 qazmuth-2.tar -qazmuth-2"]
    cases = TEXTS + extra + _strings(["qazmuth", "mid", "x", "ab", "lite", "7", "2.1", "v3", "\u2011"], n=3000, seed=21)
    hits = 0
    for text in cases + [t.lower() for t in cases] + [t.replace(" ", "-") for t in cases]:
        want = [m.regs for m in unknown.SLUG.finditer(text)]
        assert [m.regs for m in unknown.slugs(text)] == want, text
        hits += bool(want)
    assert hits > 100
