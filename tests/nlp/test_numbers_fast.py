"""The quick rejects in front of the components' regexes never change a result.

`find_numbers`, the claims and the summary skip a regex search when a cheap test (the last word
before a number, the first character after it, a lower-cased substring) shows it cannot match.
These tests check each such test against its regex on random strings made of the patterns' own
words, in any case, with digits, punctuation, odd spaces and the characters that re.I folds
differently from str.lower() ("ſ", "ı", "İ", the Kelvin sign).
"""
from __future__ import annotations

import random
import re

import pytest

import nlp.claims as C
import nlp.numbers as N
import nlp.summary as S

_PIECES = [
    "%", "-", "/", "–", "—", "$", "€", "£", "¥", "US$", "Rs.", "(", ")", ",", ".", ":", ";", "#", "+", "@", "'s", "’",
    "\n", "\t", "\u00a0", "  ", "ſ", "ı", "İ", "\u212a", "1", "42", "2025", "3.5", "1,450", "pass@1", "F1", "Elo",
    "by 45 to", "about 3 -", "some 10 and", "35 out of", "7/", "12 of", "10–", "2025-",
]


def _words_of(*patterns: re.Pattern) -> list[str]:
    words = set()
    for p in patterns:
        source = re.sub(r"\\[A-Za-z]", " ", p.pattern)  # not the letters of \b, \s, \d
        words.update(w for w in re.findall(r"[A-Za-z][A-Za-z']+", source) if len(w) > 1)
    return sorted(words)


def _strings(words: list[str], n: int = 3000, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 9)):
            r = rnd.random()
            if r < 0.6:
                w = rnd.choice(words)
                c = rnd.random()
                parts.append(w.upper() if c < 0.1 else w.capitalize() if c < 0.25 else w)
            else:
                parts.append(rnd.choice(_PIECES))
            parts.append(rnd.choice([" ", " ", "", "  ", "-", "\n"]))
        out.append("".join(parts).replace("s", "ſ", 1) if rnd.random() < 0.03 else "".join(parts))
    return out


_BEFORE_CHECKS = [  # (quick reject, pattern it guards)
    (lambda b: b.stripped.endswith(N._CURRENCY_ENDS), N._CURRENCY_BEFORE),
    (lambda b: b.may_end(N._MONTH_ENDS), N._DATE_NEAR_BEFORE),
    (lambda b: b.ends("-/"), N._DIGIT_SEP_BEFORE),
    (lambda b: b.ends("–—"), N._DIGIT_DASH_BEFORE),
    (lambda b: b.may_end(N._APPROX_RANGE_ENDS), N._APPROX_RANGE_BEFORE),
    (lambda b: b.may_end(N._APPROX_ENDS), N._APPROX_BEFORE),
    (lambda b: b.may_end(N._THRESHOLD_ENDS), N._THRESHOLD_BEFORE),
    (lambda b: b.may_end(N._BOUND_ENDS), N._BOUND_BEFORE),
    (lambda b: b.may_end(N._DELTA_ENDS), N._DELTA_BEFORE),
    (lambda b: b.may_end(N._RANK_ENDS), N._RANK_BEFORE),
    (lambda b: b.text[-1:].isspace(), N._NAME_BEFORE),
    (lambda b: b.ends("/f"), N._DENOMINATOR_BEFORE),
    (lambda b: b.may_end(N._FROM_ENDS), N._FROM_BEFORE),
]


@pytest.mark.parametrize("check,pattern", _BEFORE_CHECKS, ids=[p.pattern[:30] for _, p in _BEFORE_CHECKS])
def test_before_quick_rejects_never_hide_a_match(check, pattern):
    words = _words_of(pattern) + list(N.MONTHS.split("|"))
    for s in _strings(words):
        before = N._Before(s[-30:])
        if pattern.search(before.text):
            assert check(before), (pattern.pattern, before.text)


@pytest.mark.parametrize("first,pattern", [(N._DATE_AFTER_FIRST, N._DATE_NEAR_AFTER), (N._DELTA_AFTER_FIRST, N._DELTA_AFTER)])
def test_after_quick_rejects_never_hide_a_match(first, pattern):
    for s in _strings(_words_of(pattern) + list(N.MONTHS.split("|"))):
        if pattern.match(s):
            assert N._may_start(s, first), s


@pytest.mark.parametrize(
    "words,patterns",
    [
        (C._OBJECT_WORDS, (C._COMPARE, C._OBJECT_ONLY)),
        (C._METRIC_WORDS, (C._METRIC,)),
        (C._MEDAL_WORDS, (C._MEDAL,)),
        (C._CLAUSE_WORDS, (C._CLAUSE_BREAK,)),
    ],
)
def test_claims_word_quick_rejects_never_hide_a_match(words, patterns):
    for s in _strings(_words_of(*patterns)):
        if any(p.search(s) for p in patterns):
            assert N.has_any(N.lowered(s), words), s


def test_boilerplate_quick_reject_gives_the_regex_result():
    for s in _strings(_words_of(S._BOILERPLATE)):
        assert S._is_boilerplate(s) == bool(S._BOILERPLATE.search(s)), s


def test_ends_with_abbrev_is_the_regex_on_the_stripped_piece():
    rnd = random.Random(3)
    for s in _strings(_words_of(N._ABBREV) + ["(no.", " vs.", "e.g.", "approx."]):
        a = rnd.randint(0, len(s))
        b = rnd.randint(a, len(s))
        assert N._ends_with_abbrev(s, a, b) == bool(N._ABBREV.search(s[a:b].rstrip())), (s, a, b)


def test_strip_gives_the_offsets_of_str_strip():
    for s in _strings(["word", "x"]) + ["", " ", " \n\t", "\u00a0a\u2003"]:
        a, b = N._strip(s, 0, len(s))
        assert s[a:b] == s.strip() and (b > a or s.strip() == "")


def test_case_sensitive_checks_stay_case_sensitive():
    # "to" after a number makes a range only in lower case (the check has no re.I): a quick
    # reject or a compiled pattern must not change that
    kinds = {n.value: n.kind for n in N.find_numbers("it scored around 20 TO 13 points, around 30 to 40")}
    assert kinds[20.0] == "score" and kinds[30.0] == "range"


def test_lowered_keeps_long_strings_and_answers_the_same():
    from nlp import numbers

    long = "Zembrask Quennet ran the Ovalde suite " * 4  # (long enough to be kept)
    assert numbers.lowered(long) == long.lower()
    assert numbers.lowered("".join([long])) == long.lower()  # an equal string built anew: the kept answer
    odd = "Zembra\u017fk Quennet " * 8  # (ſ: re.I folds it with s, str.lower() does not)
    assert numbers.lowered(odd) is None and numbers.lowered(odd) is None
    assert numbers.lowered("Short \u0130") is None and numbers.lowered("Short") == "short"
    for i in range(numbers._KEPT_MOST + 5):  # (the store is emptied when full, never wrong)
        t = f"Ovalde {i} " * 12
        assert numbers.lowered(t) == t.lower()
    assert len(numbers._LOWERED) <= numbers._KEPT_MOST
