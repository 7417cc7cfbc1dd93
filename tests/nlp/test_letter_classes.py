"""The letter classes pasted into the name patterns (``nlp.unknown._UP``/``_LO``/``_AL``) hold exactly the letters
they stand for. They are written with literal characters (not ``\\uXXXX`` escapes) because ``re`` parses those
faster at ``nlp.load()``; these tests pin that the written form changes no set: every character of the Basic
Multilingual Plane is matched by a class exactly when it belongs to the letters the class is built from."""

from __future__ import annotations

import re
import unicodedata

import pytest

from nlp.unknown import _AL, _LO, _UP, LOWER_CHARS, UPPER_CHARS, _char_class

_BMP = "".join(chr(c) for c in range(0x10000))  # every character once (lone surrogates included: re takes them)


def _matched(body: str, flags: int = 0) -> set[str]:
    """The characters of the BMP that the class ``[body]`` matches (one scan over all of them)."""
    return set(re.findall(f"[{body}]", _BMP, flags))


def _escaped(chars: frozenset[str]) -> str:
    """The same class written the old way, one ``\\uXXXX`` escape per character (runs as ranges)."""
    codes, out, i = sorted(map(ord, chars)), [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(f"\\u{codes[i]:04x}" if i == j else f"\\u{codes[i]:04x}-\\u{codes[j]:04x}")
        i = j + 1
    return "".join(out)


@pytest.mark.parametrize("body, letters", [(_UP, UPPER_CHARS), (_LO, LOWER_CHARS), (_AL, UPPER_CHARS | LOWER_CHARS)],
                         ids=["upper", "lower", "any-case"])
def test_each_class_matches_exactly_its_letters(body, letters):
    assert _matched(body) == set(letters)


def test_the_letters_are_the_cased_letters_of_unicode():
    """The sets themselves: upper/title-case and lower-case letters of the BMP, with ASCII's."""
    assert UPPER_CHARS == {ch for ch in _BMP if unicodedata.category(ch) in ("Lu", "Lt")}
    assert LOWER_CHARS == {ch for ch in _BMP if unicodedata.category(ch) == "Ll"}
    assert {"Ñ", "Ø", "Ł", "Ω", "Ж", "ǅ"} <= UPPER_CHARS and {"ñ", "ø", "ł", "ω", "ж"} <= LOWER_CHARS


@pytest.mark.parametrize("flags", [0, re.IGNORECASE], ids=["cased", "ignorecase"])
def test_literal_and_escaped_forms_match_the_same_characters(flags):
    """Under case folding too (some patterns pasting the classes are compiled with ``re.I``)."""
    for letters in (UPPER_CHARS, LOWER_CHARS):
        more = frozenset(ch for ch in letters if ord(ch) >= 0x80)
        assert _matched(_char_class(more), flags) == _matched(_escaped(more), flags)


def test_characters_special_in_a_class_are_escaped():
    """``_char_class`` takes any characters: a ``]``, ``^``, ``-`` or ``\\`` stays a member, not syntax."""
    chars = frozenset("]^-\\[é")
    assert _matched(_char_class(chars)) == set(chars)
    assert "\\u" not in _char_class(frozenset("ÀÁÂÄ"))
