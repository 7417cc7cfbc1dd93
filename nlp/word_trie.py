"""A list of words as a regex alternation the engine tries quickly: shared beginnings written once (a trie).

``\\s(?:scores|scored|reaches|...)\\b`` makes the regex engine try each word in turn wherever the pattern may
start; the same words as a trie (``(?:s(?:cor(?:ed|es)|...)|r(?:each...))\\b``) cost one branch per letter.
:func:`whole_words` turns a readable list into that form, so that the pattern keeps its list of words.

Same matches: the trie stands for the same strings, and it ends with ``\\b``. A trie changes the order in which
the words are tried, which can change a match only where two words match at one place: one the other's
beginning. The ``\\b`` rules that out when every word ends with a word character and a shorter word is followed,
in each longer word it begins, by a word character (checked: ``ValueError`` otherwise).
"""
from __future__ import annotations

import re

_PLAIN = re.compile(r"[\w ]*\w")


def _trie(words: set[str]) -> str:
    branches = [re.escape(c) + _trie({w[1:] for w in words if w[:1] == c}) for c in sorted({w[0] for w in words if w})]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in words:
        return (f"(?:{body})" if len(branches) == 1 and len(body) > 1 else body) + "?"
    return body


def whole_words(alternation: str) -> str:
    """``(?:<the words of `alternation` as a trie>)\\b``: `alternation` is plain words (letters, digits, ``_``,
    spaces) joined by ``|``, as readable in the pattern's module; it matches what ``(?:<alternation>)\\b`` does."""
    words = alternation.split("|")
    for w in words:
        if not _PLAIN.fullmatch(w):
            raise ValueError(f"not a plain word: {w!r}")
    for short in words:
        for long in words:
            if long != short and long.startswith(short) and not re.match(r"\w", long[len(short)]):
                raise ValueError(f"{short!r} begins {long!r} before a non-word character")
    return f"(?:{_trie(set(words))})\\b"
