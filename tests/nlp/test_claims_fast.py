"""The shortcuts in `find_numbers`, `segments`, the claims and the summary give the results of the
plain code they replace.

Each test runs the fast path and a plain version (the regex as first written, or the old loop kept
here) on the test texts and on random strings made of the patterns' own pieces, and wants the same
answer every time.
"""
from __future__ import annotations

import random
import re

import pytest

import nlp.claims as C
import nlp.numbers as N
import nlp.summary as S
from nlp_texts import data_texts


_ODD = ["ſ", "ı", "İ", "\u212a", "Σ", "\u00a0", "\u2003", "３", "٣", "\u2011", "–", "—", "’", "“", "\t", "\n", "\n\n",
        "\r\n", "%", "$", "€", "US$", "Rs.", " points", " pts", " Elo", "pass@1", "/", "-", "#", "@", "^", " percent",
        " of", " to", " TO", " by", " vs ", "(", ")", ",", ".", "..", "|", "* ", "1. ", "No. ", "vs. ", "e.g. ", "2025",
        "1,450", "12,345.67", ",000", "3.5", ".5", "0.", "1.2.3", "v3.1", "42", "07/17/2025", "Jan.", " gold medal",
        " out of 42", " up from ", " between ", " from ", "–20", " x", "B", " billion", " GPUs", " percentage points",
        " higher", "%-point jump", "% - gain", " ahead", " Subscribe", "Photo by ", " min read"]


TEXTS = data_texts()


def _pieces() -> list[str]:
    return [p for t in TEXTS for p in re.split(r"(?<=[.!?])\s+|\n+", t) if p.strip()]


def _mutated(n: int, seed: int) -> list[str]:
    """Test sentences with digits changed, odd characters and number contexts put in, case changed."""
    rnd = random.Random(seed)
    pieces = _pieces()
    out = []
    for _ in range(n):
        s = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 2)))
        for _ in range(rnd.randint(0, 4)):
            k = rnd.random()
            if k < 0.3:
                s = re.sub(r"\d", lambda m: str(rnd.randint(0, 9)) if rnd.random() < 0.4 else m.group(), s)
            elif k < 0.75:
                i = rnd.randint(0, len(s))
                s = s[:i] + rnd.choice(_ODD) + s[i:]
            elif k < 0.85:
                s = s.upper() if rnd.random() < 0.5 else s.lower()
            else:
                i = rnd.randint(0, len(s))
                s = s[:i] + s[i + rnd.randint(0, 15):]
        out.append(s)
    return out


MUTATED = _mutated(3000, seed=11)


# --------------------------------------------------------------------------- numbers

def test_number_scan_finds_what_the_plain_pattern_finds():
    rnd = random.Random(5)
    alphabet = list("0123456789.,,  ab@$€£¥/#^-%x_٣３\n") + ["1,000", "12,345.6", ".5", "3.", "v3.1", "pass@1"]
    randoms = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 25))) for _ in range(20000)]
    for s in TEXTS + MUTATED + randoms:
        assert [m.span() for m in N._NUM.finditer(s)] == [m.span("num") for m in N._NUM_PLAIN.finditer(s)], s


_FIRSTS = [  # (first-character set, the pattern it guards, matched on the text after a number)
    (N._UNIT_FIRST, N._UNIT_AFTER), (N._MULTIPLIER_FIRST, N._MULTIPLIER), (N._DASH_FIRST, N._DASH_DIGIT_AFTER),
    (N._RANGE_TO_FIRST, N._RANGE_TO_AFTER), (N._SHARE_FIRST, N._SHARE_OF), (N._RANGE_COUNT_FIRST, N._RANGE_COUNT_AFTER),
    (N._OUT_OF_FIRST, N._OUT_OF), (N._DATE_AFTER_FIRST, N._DATE_NEAR_AFTER), (N._DELTA_AFTER_FIRST, N._DELTA_AFTER),
]


def _afters() -> list[str]:
    """Texts that follow numbers: the test texts after each digit run, and random strings."""
    out = [t[m.end():m.end() + 40] for t in TEXTS + MUTATED for m in re.finditer(r"\d+", t)]
    rnd = random.Random(9)
    words = ["%", "percent", "per cent", "pp", "elo", "rating", "points", "pts", "gold", "silver", "bronze", "x", "×",
             "k", "B", "m", "T", "–", "—", "-", "to", "TO", "/", "out of", "of", "OF", "the", "competitors", "jump",
             "gain", "higher", "percentage points", "ahead", "lead", "over its predecessor", "ſilver", "ıncrease",
             "\u212a", "st", "jan", "March", "3", "42", "and", "Or"]
    cases = [str.lower, str.upper, str.capitalize]
    for _ in range(20000):
        gaps = [" ", "", "  ", "-", " - ", "\n", "\u00a0"]
        out.append("".join(rnd.choice(gaps) + rnd.choice(cases)(rnd.choice(words)) for _ in range(rnd.randint(1, 4))))
    return out


AFTERS = _afters()


@pytest.mark.parametrize("first,pattern", _FIRSTS, ids=[p.pattern[:25] for _, p in _FIRSTS])
def test_first_character_rejects_never_hide_a_match(first, pattern):
    for s in AFTERS:
        if pattern.match(s):
            assert N._starts(s.lstrip()[:1], first), (pattern.pattern, s)


def test_delta_after_reject_never_hides_a_match():
    for s in AFTERS + ["%" + s for s in AFTERS]:
        if N._DELTA_AFTER.match(s):
            assert N._delta_after_may_match(s, s.lstrip()[:1]), s


_DELTA_BEFORE_PLAIN = re.compile(  # as first written: \b in front of every word
    r"(?:\bby|\bup|\bdown|\+|\bgain(?:ed|s)? of|\bjump(?:ed|s)? of|\bimprovement of|\bincrease of|"
    r"\bboost of|\blead of|\bmargin of|\bgap of|\bdrop of|\bdecline of|\bdrops? by up to|\bby up to|"
    r"\b(?:rose|rise[sn]?|fell|falls?|climbed|climbs?|jumped|jumps?|dropped|drops?|slipped|slips?|"
    r"gained|gains?|grew|grows?|soared|soars?|plunged|plunges?|tumbled|surged|surges?)(?:\s+by)?)"
    r"\s*(?:almost|nearly|about|around|roughly|some|over|more than|just|up to)?\s*$",
    re.I,
)


def test_delta_before_matches_like_the_plain_pattern():
    befores = [t[max(0, m.start() - 30):m.start()] for t in TEXTS + MUTATED for m in re.finditer(r"\d+", t)]
    rnd = random.Random(4)
    words = re.findall(r"[a-z]+(?: [a-z]+)*", _DELTA_BEFORE_PLAIN.pattern.replace("\\b", " ").replace("\\s", " "))
    for _ in range(20000):
        parts = [rnd.choice(["", " ", "  ", "+", "x", "\n", "-"]) + rnd.choice(words + ["BY", "Up", "ſome"])
                 for _ in range(rnd.randint(1, 5))]
        befores.append("".join(parts) + rnd.choice(["", " ", "  "]))
    for s in befores:
        assert bool(N._DELTA_BEFORE.search(s)) == bool(_DELTA_BEFORE_PLAIN.search(s)), s


# --------------------------------------------------------------------------- segments

def _merge_wrapped_lines_plain(text: str, start: int, end: int) -> list[list[int]]:
    """The line joining as first written: slice each line, test it with the regexes."""
    pieces, pos = [], start
    for m in re.finditer(r"\n", text[start:end]):
        pieces.append((pos, start + m.start()))
        pos = start + m.start() + 1
    pieces.append((pos, end))
    merged: list[list[int]] = []
    for a, b in pieces:
        line = text[a:b]
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]].rstrip()
            if (line.strip() and prev and N._CONTINUES.search(prev) and line.lstrip()[:1].islower()
                    and not N._BLOCK_START.match(line) and not N._BLOCK_START.match(prev)):
                merged[-1][1] = b
                continue
        merged.append([a, b])
    return merged


def _split_lines_plain(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for a, b in _merge_wrapped_lines_plain(text, start, end):
        a, b = N._strip(text, a, b)
        if b > a:
            out.append((a, b))
    return out


def test_split_lines_gives_the_plain_line_split():
    rnd = random.Random(8)
    cases = TEXTS + [t.replace(". ", rnd.choice([".\n", ",\n", "\n- ", "\n  and "]), 3) for t in TEXTS]
    cases += ["\n\n  a,\nb", "x:\n\n c", "1. a,\nb", "# h,\nlow", "a(\n  b\n", "", "\n", " \n \n"]
    for t in cases + MUTATED:
        for _ in range(3):
            a = rnd.randint(0, len(t))
            b = rnd.randint(a, len(t))
            assert N._split_lines(t, a, b) == _split_lines_plain(t, a, b), (t[a:b],)


def test_continues_chars_are_the_continues_pattern():
    for c in map(chr, range(0x3000)):
        if not c.isspace():  # the pattern is tried on stripped lines
            assert (c in N._CONTINUES_CHARS) == bool(N._CONTINUES.search("X" + c)), c


def test_ends_with_abbrev_on_sentence_ends_is_the_regex():
    # the test texts' sentence ends, with long words, hyphens, quotes and abbreviations before the "."
    extra = ["about 5 approx. 3", "(approx.", "seen in figs.", "Prof.", "the Corp.", "e.g.", "say i.e.", "xapprox.",
             "APPROX.", "Sept.", "No.", "vs.", "co-founder.", "4 approx.\n"]
    for t in TEXTS + MUTATED + extra:
        for m in re.finditer(r"\.", t):
            for a in (max(0, m.end() - 12), max(0, m.end() - 9), max(0, m.end() - 8), 0):
                b = m.end()
                assert N._ends_with_abbrev(t, a, b) == bool(N._ABBREV.search(t[a:b].rstrip())), (t[a:b],)


class _Doc:
    """What `segments` reads: the text and the sentence bounds, left in user_data."""

    def __init__(self, text, bounds):
        self.user_data = {N.TEXT_KEY: text, "modelwire.sentence_bounds": bounds}


def _segments_plain(doc) -> list[tuple[int, int]]:
    text = doc.user_data[N.TEXT_KEY]
    merged: list[list[int]] = []
    for a, b in doc.user_data["modelwire.sentence_bounds"]:
        if merged and text.find("\n", merged[-1][1], a) < 0:
            if N._starts_lower_or_digit(text, a, b) or N._ends_with_abbrev(text, *merged[-1]):
                merged[-1][1] = b
                continue
        merged.append([a, b])
    out = []
    for a, b in merged:
        out.extend(_split_lines_plain(text, a, b))
    return out


def test_segments_merge_and_split_like_the_plain_loop():
    rnd = random.Random(2)
    pieces = _pieces()
    for _ in range(3000):
        text = "".join(rnd.choice(pieces + MUTATED[:300]) + rnd.choice([" ", "\n", "\n\n", "  ", "", ". ", " No. "])
                       for _ in range(rnd.randint(1, 6)))
        cuts = sorted({0, len(text), *(rnd.randint(0, len(text)) for _ in range(rnd.randint(0, 8)))})
        bounds = []
        for a, b in zip(cuts, cuts[1:]):
            while rnd.random() < 0.7 and b > a and text[b - 1].isspace():  # sentence_bounds strips these
                b -= 1
            bounds.append((a, b))
        assert N._segments(_Doc(text, bounds)) == _segments_plain(_Doc(text, bounds)), (text, bounds)


# --------------------------------------------------------------------------- summary

def test_ends_final_is_the_final_pattern():
    closers = ["", "'", '"', "”", "’", ")", "]", "\n", " ", "?", ".", "!", "a", "\n\n", ".\n"]
    rnd = random.Random(6)
    cases = [s for s in MUTATED] + [""]
    for _ in range(5000):
        cases.append(rnd.choice(["word", "", "a."]) + "".join(rnd.choice(closers) for _ in range(rnd.randint(0, 4))))
    for s in cases:
        assert S._ends_final(s) == bool(S._FINAL.search(s)), s


def _content_plain(s: str) -> set[str]:
    """Each word lower-cased, quotes stripped, stop words and single letters dropped, then stemmed."""
    out = set()
    for t in S._WORD.findall(s):
        w = t.lower().strip("'’")
        if w not in S._STOP and len(w) > 1:
            out.add(S._stem(w))
    return out


def test_content_set_is_the_set_of_content_stems():
    S._STEMS.clear()
    for _ in range(2):  # with words not seen yet, then all seen
        for s in TEXTS + MUTATED:
            assert S._content_set(s) == _content_plain(s), s
