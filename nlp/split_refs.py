"""A benchmark's named split met again as a common noun: "the clean split", "the original set".

A passage that names a benchmark and a split of it ("Wrenfall-QA" and "Wrenfall-QA-Pure", "Murrain Bench" and "Murrain Bench
Night") often gives the split's figures later with a common noun only: "on the pure split the models fall to 61.2%
and 58.0%", "scores 70.1% on the full set and 64.3% on the pure one". The sentence readers bind such figures to the
benchmark named last, which is the wrong one about half the time. `rebind_splits` moves a claim to the split when the
phrase that governs its figure is the split's own word, and back to the parent when it is a word for the whole test
("original", "full", "whole"...). The phrase that governs a figure is the one right after it ("64.3% on the pure
split"), else the last one before it in its sentence ("On the full set, X scores 70.1% and Y 68.2%").

Only claims on a benchmark of such a pair move, and only between the two: a passage with one of them keeps its
claims. Two regex passes over each claim's sentence: linear in the passage's length.
"""
from __future__ import annotations

import re

from .numbers import FIGURE_TEXT

# words for the whole test, as against its split
_WHOLE_WORDS = frozenset({"original", "full", "whole", "main", "standard", "complete", "entire", "unfiltered",
                          "uncleaned", "overall"})
_NOUNS = r"split|set|subset|half|version|test|portion|slice|section|track|one|benchmark|board|questions|problems|items"
# "on the clean split", "for the full set", "on the original" (the noun may be left out)
_PHRASE = re.compile(rf"\b(?:on|for|in|over|across|to)\s+(?:the|its|their|this|that)\s+(?P<w>[a-z][a-z-]+)"
                     rf"(?:\s+(?:{_NOUNS})\b)?", re.I)
# the phrase right after a figure: "64.3% on the pure split", "61 points on the full set"
_AFTER = re.compile(rf"\s*(?:%|percent\b|points?\b|pts\b)?\s*,?\s*(?={_PHRASE.pattern})", re.I)
_FIGURE = re.compile(rf"(?<![\w.,])(?:{FIGURE_TEXT})(?![\w]|[.,]\d)")


def _norm(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", name.lower()).strip()


def split_pairs(benches: set[str]) -> dict[str, tuple[str, str]]:
    """{a split's word: (parent, split)} for every benchmark of `benches` whose name is another's plus one word
    of letters ("Wrenfall-QA-Pure" of "Wrenfall-QA": "pure"); a year or a version ("… 2026", "… v2") makes no split."""
    out: dict[str, tuple[str, str]] = {}
    normed = {b: _norm(b) for b in benches}
    for parent, p in normed.items():
        for split, s in normed.items():
            if split != parent and s.startswith(p + " "):
                word = s[len(p) + 1:]
                if re.fullmatch(r"[a-z]{3,}", word) and word not in _WHOLE_WORDS:
                    out.setdefault(word, (parent, split))
    return out


_SPLIT_WORD_AFTER = re.compile(r"(?P<sep>[ -])(?P<w>[A-Z][a-z]{2,})\b")
_SPLIT_NOUN = r"(?:split|set|subset|half)"


def written_splits(text: str, ents) -> dict[str, str]:
    """{split canonical: its parent} for a split the passage writes as its parent's name plus a capitalised word and
    then calls by that word ("… Murrain Bench Night split …", later "on the night split"): the entity stage finds
    the parent only."""
    out: dict[str, str] = {}
    for s, e, label, canon in ents:
        if label != "BENCHMARK" or not canon:
            continue
        m = _SPLIT_WORD_AFTER.match(text, e)
        if m and m.group("w").lower() not in _WHOLE_WORDS and re.search(
                rf"\bthe\s+{m.group('w')}\s+{_SPLIT_NOUN}\b", text, re.I):
            out.setdefault(canon + m.group("sep") + m.group("w"), canon)
    return out


def _word_at(sentence: str, at: int, end: int, words: dict[str, str], names: dict[str, str]) -> str | None:
    """The benchmark the phrase governing the figure sentence[at:end] names, or None: a name of `names` (lower
    case: canonical) between the figure and the next figure or clause end, the phrase right after it, else the
    last phrase before it."""
    nxt = _FIGURE.search(sentence, end)
    stop = _STOP.search(sentence, end)
    tail = sentence[end:min(nxt.start() if nxt else len(sentence), stop.start() if stop else len(sentence))].lower()
    named = [canon for name, canon in names.items() if name in tail]
    if named:
        return max(named, key=len)  # the split's name holds its parent's
    m = _AFTER.match(sentence, end)
    if m:
        w = _PHRASE.match(sentence, m.end()).group("w").lower()
        if w in words:
            return words[w]
    got = None
    for p in _PHRASE.finditer(sentence, 0, at):
        w = p.group("w").lower()
        if w in words:
            got = words[w]
    return got


_STOP = re.compile(r";|[.!?](?![\w\d])|\n|,\s+(?:and|but|while|whereas)\b")


def rebind_splits(text: str, claims: list[dict], ents) -> list[dict]:
    """`claims` with each figure that a split's common noun or name governs moved to the split, and each that a
    whole-test word governs moved to the parent (see the module docstring). `ents`: (start, end, label,
    canonical) rows of the passage."""
    if not claims:
        return claims
    benches = {canon for _, _, label, canon in ents if label == "BENCHMARK" and canon}
    benches |= set(written_splits(text, ents))
    if len(benches) < 2:
        return claims
    pairs = split_pairs(benches)
    if not pairs:
        return claims
    for word, (parent, split) in pairs.items():
        words = {word: split, **{w: parent for w in _WHOLE_WORDS}}
        names = {split.lower(): split, parent.lower(): parent}
        for c in claims:
            if c.get("benchmark") not in (parent, split) or c.get("unit") in ("rank", "medal"):
                continue
            sentence = c.get("sentence") or ""
            low = sentence.lower()
            if word not in low and not any(w in low for w in _WHOLE_WORDS):
                continue
            spots = [f for f in _FIGURE.finditer(sentence) if float(f.group().replace(",", "")) == c["score"]]
            if len(spots) != 1:
                continue  # the figure not found, or twice in its sentence: left as read
            got = _word_at(sentence, spots[0].start(), spots[0].end(), words, names)
            if got is not None:
                c["benchmark"] = got
    return claims
