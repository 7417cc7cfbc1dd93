"""nlp.match_starts: the beginnings read from a pattern begin every match, and the finder stops at every
position where a match begins (invented patterns and words, random strings of their pieces)."""
from __future__ import annotations

import random
import re

from nlp.match_starts import beginnings, start_finder
from nlp.numbers import lowered


def test_literals_branches_and_classes_are_read():
    assert beginnings(re.compile(r"\b(?:Quillon|brask)\d")) == {"quillon", "brask"}
    assert beginnings(re.compile(r"zev[- ]ra\w+", re.I)) == {"zev-ra", "zev ra"}
    assert beginnings(re.compile(r"[Tt]he\s+Marrow")) == {"the"}  # \s ends the string
    assert beginnings(re.compile(r"(?<![\w.])ab(?=c)d")) == {"abd"}  # look-arounds take no character


def test_optional_and_repeated_parts():
    # an optional part: with it and without it
    assert beginnings(re.compile(r"(?:our )?(?:own|in-house) runs")) == {"our own ", "our in-h", "own runs", "in-house"}
    # a repeated part: the string ends after one repeat, as a second may follow or not
    assert beginnings(re.compile(r"(?:ab)+cd")) == {"ab"}
    assert beginnings(re.compile(r"(?:[ ](?:has|just))*[ ]raised")) == {" has", " just", " raised"}


def test_unknown_first_characters_give_none():
    assert beginnings(re.compile(r"[A-Z]\w+")) is None
    assert beginnings(re.compile(r"(?:Quillon|\d+)x")) is None  # a branch starting with a digit class
    assert beginnings(re.compile(r"x?")) is None  # an empty match
    assert beginnings(re.compile(r"é\w")) is None  # not ASCII: what re.I folds it with is left to the pattern
    assert start_finder(re.compile(r"(?:ab)?c")) is None  # "c" alone: one letter stops almost everywhere


def test_a_string_never_begins_with_another():
    got = beginnings(re.compile(r"\b(?:on|one|only|onward)\b"))
    assert got == {"on"}


def _starts(rx: re.Pattern, s: str) -> set[int]:
    return {i for i in range(len(s) + 1) if rx.match(s, i)}


def test_the_finder_stops_wherever_a_match_begins():
    pats = [re.compile(r"\b(?:quillon(?:ed|s)?|brasket\s+\d+|(?-i:Zev)ra)\b", re.I),
            re.compile(r"(?:[ ](?:has|just))*[ ](?:raised|closed)[ ]a\b"),
            re.compile(r"\b(?:the )?(?:Marrow|Tessel)(?:['’]s)?\s+(?:team|lab)", re.I),
            re.compile(r"[Kk]est[- ]?ovar|ulm(?:brisk)+", re.I)]
    pieces = ["quillon", "QUILLONED", "brasket 4", "Zevra", "zevra", " has", " just", " raised a", " closed a",
              "the ", "Marrow", "TESSEL's", " team", "lab", "Kest-ovar", "kestovar", "ULMBRISKbrisk", "x", "-", " ",
              "ſ", "İ", "\u212a", "é", ".", "\n"]
    rnd = random.Random(4)
    for rx in pats:
        finder = start_finder(rx)
        assert finder is not None, rx.pattern
        for _ in range(1500):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
            low = lowered(s)
            if low is None:  # the callers search such a string with the pattern itself
                continue
            stops = {m.start() for m in finder.finditer(low)}
            assert _starts(rx, s) <= stops, (rx.pattern, s)


def test_characters_without_case_are_read_and_cased_ones_outside_ascii_end_a_string():
    assert beginnings(re.compile(r"(?:['\u2019]s)?[ ]weights", re.I)) == {"'s weigh", "\u2019s weigh", " weights"}
    assert beginnings(re.compile(r"ab\u00c9c")) == {"ab"}  # É has a case: the string ends before it


def test_engine_scans_a_literal_first():
    from nlp.match_starts import engine_scans

    assert engine_scans(re.compile(r"[ ](?:people|crew)\b"))
    assert engine_scans(re.compile(r"(?P<x>,)[ ]from"))
    assert engine_scans(re.compile(r"[,;] x", re.I))  # no case: re.I changes nothing
    assert not engine_scans(re.compile(r"q(?:uillon)", re.I))  # a letter under re.I
    assert not engine_scans(re.compile(r"\b(?:its|their) "))
    assert not engine_scans(re.compile(r"(?:[ ](?:has|just))*[ ]raised"))


def test_spaces_are_read_only_when_asked():
    from nlp.match_starts import SPACE, SPACES

    rx = re.compile(r"[Tt]he\s+Marrow")
    assert beginnings(rx) == {"the"}  # the default reading is unchanged
    assert beginnings(rx, spaces=True) == {"the" + SPACES + "marr"}
    assert beginnings(re.compile(r"its\s(?:quorvale|x)"), spaces=True) == {"its" + SPACE + "quor", "its" + SPACE + "x"}
    assert beginnings(re.compile(r"ab\s*cd"), spaces=True) == {"ab" + SPACES + "cd", "abcd"}


def test_the_finder_reads_past_spaces_and_still_stops_wherever_a_match_begins():
    pats = [re.compile(r"\b(?:the|its)\s+(?:quorvale|tessik)\b", re.I),
            re.compile(r"\bzev\s?ra\b|\bbrask\s*on\b", re.I),
            re.compile(r"(?:ulm|the)\s{1,3}brisk|(?-i:Kest)\s+ovar", re.I),
            re.compile(r"(?<=\s)\s+quorvale|\s*(?<=[ ]x)\s*tessik", re.I)]  # matches that begin inside a run of spaces
    pieces = ["the", "THE", "its", " ", "\t", "\n", "\u00a0", "\u2003", "quorvale", "TESSIK", "zev", "ra", "brask",
              "on", "ulm", "brisk", "Kest", "kest", "ovar", "x", "-", "ſ", "\u212a", "é", "."]
    rnd = random.Random(9)
    for rx in pats:
        finder = start_finder(rx)
        assert finder is not None, rx.pattern
        for _ in range(2000):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9)))
            low = lowered(s)
            if low is None:
                continue
            assert _starts(rx, s) <= {m.start() for m in finder.finditer(low)}, (rx.pattern, s)
    finder = start_finder(pats[0])
    assert [m.start() for m in finder.finditer("the cat and its \u00a0 tessik")] == [12]  # not at "the cat"
    assert 2 in {m.start() for m in start_finder(pats[3]).finditer("a   quorvale")}  # the second space of the run


def test_starts_on_a_long_text_are_the_triggers_own_found_by_substring_search():
    from nlp.match_starts import FIND_FROM
    from nlp.quick_rejects import from_starts

    pats = [re.compile(r"\b(?:vorpelt(?:ed|s)?|drunmask\s+\d+|tiskaro|glimbrae\s+(?:has|won))\b", re.I),
            re.compile(r"(?:vorp|drun)(?:elt|mask)[ ]\d|tiskaro[- ]?\w+", re.I)]
    pieces = ["vorpelt", "VORPELTED", "vorpelts", "drunmask 4", "drunmask  12", "Tiskaro", "tiskaro-x", "glimbrae has",
              "Glimbrae won", "glimbrae", "vorp", "drun", "elt", "mask 7", "x", "-", " ", "\n", "é", "."]
    # (no "ſ" or Kelvin sign: a text holding one is searched by the pattern itself, see test_quick_rejects)
    rnd = random.Random(25)
    for rx in pats:
        finder = start_finder(rx)
        assert finder is not None and finder.heads is not None, rx.pattern  # the substring search is what is tested
        gated = from_starts(rx)
        long = 0
        for n in range(600):
            s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(20, 120)))
            if n % 3 == 0:  # a match at the text's very start and end
                s = "vorpelts " + s + " tiskaro"
            low = lowered(s)
            if low is None:
                continue
            long += len(low) >= FIND_FROM
            assert list(finder.starts(low)) == [m.start() for m in finder.finditer(low)], (rx.pattern, s)
            assert [m.span() for m in gated.finditer(s)] == [m.span() for m in rx.finditer(s)], (rx.pattern, s)
            first, got = rx.search(s), gated.search(s)
            assert (got and got.span()) == (first and first.span()), (rx.pattern, s)
        assert long > 500


def test_substring_search_only_for_a_few_long_heads_of_several_first_letters():
    assert start_finder(re.compile(r"\b(?:on|in|vorpelt)\b")).heads is None  # a two-letter head is everywhere
    assert start_finder(re.compile(r"\b(?:tiskaro|tusk)\b")).heads is None  # one first letter: the engine's scan is quick
    assert start_finder(re.compile(r"\b(?:tiskaro|vorpelt)\s+\d")).heads == ("tiskaro", "vorpelt")
    assert start_finder(re.compile(r"\b(?:drun|drunmask|vorpelt)\b")).heads == ("drun", "vorpelt")  # no head begins another
    assert start_finder(re.compile(r"\b(?:%s)\d" % "|".join(f"q{i:02d}x" for i in range(30)) + r"|zz\d\d")).heads is None
