"""Where a new name starts and ends: no headline verb before it, its tier word after it.

A headline's verb is no part of the name it announces ("Introducing Quill-4", "Meet Tarrow 2"):
:func:`trim_heads` cuts it off a new name, so the name is the one its other mentions repeat.

A versioned model name goes on with its tier: ``Marlow-4 Swift``, ``Nano-12B-v2-Reason``.

A lab ships a model and a lighter or reasoning variant of it at once, and names the variant with a word
after the version. The finder knows a few tier words by heart; this module reads the rest from two
places, so that an unseen tier is not cut off (a claim on ``Marlow-4 Swift`` credited to ``Marlow-4``):

* **the knowledge base's tier vocabulary** (:func:`kb_tiers`): the capitalised words its model names put
  after a version and its version grammars' suffix words (Turbo, Lite, Nano, Max, Think, ...);
* **the document**: a capitalised word glued on with a hyphen (``…-v2-Reason``: one token, one name), or
  the same word after the same versioned name at two places or more (``Marlow-4 Swift`` in a title and in
  a table header), where the word is no ordinary word (not a stop word, not written in lower case in the
  document, not a known abbreviation) and no other name starts there.

Its siblings are models too (:func:`siblings`): a document that names the new ``Quill-4`` names
``Quill-3`` the same way, family word and version, with no cue of its own ("six months after Quill-3").

A product tier is not a model ("Pro users", "the Max plan"). One regex match per model found: linear.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .doc_names import NOT_MODEL_AFTER
from .unknown import _AL, _LO, _UP, CAP_WORD, COMMON_CAPS, PLACES, TIER_WORDS

_H = re.escape(HYPHENS)
SPLIT = re.compile(rf"[ {_H}]+")
# a tier word after a model's name: " Swift", "-Reason"; nothing glued on after it and no capitalised word next
TAIL = re.compile(rf"([ {_H}])([{_UP}][{_LO}]{{1,14}})(?![\w]|[{_H}.]\w| +[A-Z0-9])")
# words that follow versions in names but say something else in a sentence
NOT_TIERS = frozenset("Use Open Long Deep Next Advanced Live Search Computer References Master Creative Express".split())


# headline verbs and openers that a name-shaped run of capitalised words may begin with
HEAD_WORDS = frozenset("""Introducing Announcing Presenting Meet Launching Releasing Unveiling Welcoming Inside Try Trying
Why How What Today Testing Reviewing Benchmarking Comparing Hands-on Hello Say Use Using""".split())
HEAD = re.compile(rf"({CAP_WORD}(?:-on)?)[ \t]+(?=[A-Z0-9])")


def trim_heads(text: str, ents: list) -> None:
    """Cut, in place, a headline verb off the start of the new names of ``ents`` (candidates with ``start``,
    ``end``, ``canonical``, ``known``): "Introducing Quill-4" is ``Quill-4``."""
    for c in ents:
        if c.known or c.label not in ("MODEL", "BENCHMARK") or not c.canonical:
            continue
        m = HEAD.match(text, c.start)
        if m is None or m.group(1) not in HEAD_WORDS or m.end() >= c.end:
            continue
        if c.canonical.startswith(m.group(1)):
            c.canonical = c.canonical[len(m.group(1)):].lstrip()
        c.start = m.end()


def kb_tiers(entries) -> frozenset[str]:
    """The capitalised words that follow a version in the knowledge base's model names (``entries``), and
    its grammars' suffix words (a word at least twice, never a family's own name), with the finder's own
    tier words (:data:`nlp.unknown.TIER_WORDS`)."""
    count: Counter = Counter()
    families = set()
    for e in entries:
        if e.label != "MODEL":
            continue
        if e.kind != "model":
            families.update(SPLIT.split(s)[0] for s in e.surfaces)
        for s in e.surfaces:
            words = SPLIT.split(s)
            for i, w in enumerate(words):
                if i and any(ch.isdigit() for ch in "".join(words[:i])) and w.isalpha() and w[:1].isupper():
                    count[w] += 1
        for suffix in getattr(e.grammar, "suffixes", None) or ():
            for w in SPLIT.split(suffix):
                if w.isalpha() and w[:1].isupper():
                    count[w] += 1
    learned = {w for w, n in count.items() if n >= 2 and w not in families}
    learned |= {_stem(w) for w in learned | TIER_WORDS if _stem(w)}  # Reasoning, Reasoner: "Reason" too
    return frozenset(w for w in learned | TIER_WORDS if len(w) >= 3 and w.isalpha() and w[:1].isupper()
                     and w[1:].islower() and w not in NOT_TIERS and w.lower() not in STOP_WORDS)


def _stem(word: str) -> str | None:
    """A tier word's stem when it is a word of five letters or more: Reasoning, Reasoner -> Reason."""
    for end in ("ing", "er"):
        if word.endswith(end) and len(word) - len(end) >= 5:
            return word[: -len(end)]
    return None


LOWER_WORD = re.compile(rf"(?<![\w{_H}])[a-z]+(?![\w{_H}])")


class _Words:
    """The lower-case words of a text, read once when first asked (one pass, however many names ask)."""

    def __init__(self, text: str) -> None:
        self.text, self.words = text, None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            self.words = set(LOWER_WORD.findall(self.text))
        return word in self.words


def _ordinary(words: _Words, word: str) -> bool:
    """An ordinary word: a stop word, a known abbreviation or place, or written in lower case in the text."""
    return (word.lower() in STOP_WORDS or word in COMMON_CAPS or word in PLACES or word in NOT_TIERS
            or word.lower() in words)


# a benchmark's edition after its name: "ENEM 2025"; a new benchmark's version at the end of a phrase: "TideQA 2,"
BENCH_YEAR = re.compile(r" (20\d\d)(?![\w%]|[.,]\d|-\d)")
BENCH_VERSION = re.compile(r" ([2-9])(?=[,;:)]|\.(?:\s|\Z)|\n|\Z)")


# a benchmark's name is one token with what is glued to it by a hyphen: "MMLU-DE", "Fr-MMLU" (a language edition)
GLUED_AFTER = re.compile(rf"[{_H}]([{_UP}][{_AL}]{{1,11}})(?![\w]|[{_H}.]\w)")
GLUED_BEFORE = re.compile(rf"(?<![\w{_H}./@])([{_UP}][{_AL}]{{1,11}})[{_H}]\Z")


def _bench_glued(text: str, words: _Words, c, prev: int, nxt: int) -> None:
    m = GLUED_AFTER.match(text, c.end)
    if m is not None and m.end() <= nxt and not _ordinary(words, m.group(1)):
        c.canonical, c.end = f"{c.canonical}-{m.group(1)}", m.end()
        c.known, c.entry = False, None
    b = GLUED_BEFORE.search(text, max(0, c.start - 13), c.start)
    if b is not None and b.start() >= prev and not _ordinary(words, b.group(1)):
        c.canonical, c.start = f"{b.group(1)}-{c.canonical}", b.start()
        c.known, c.entry = False, None


def _bench_edition(text: str, c, nxt: int) -> None:
    if c.canonical[-4:].isdigit() and c.canonical[-5:-4] in " -":
        return  # it has its year already
    m = BENCH_YEAR.match(text, c.end) or (BENCH_VERSION.match(text, c.end) if not c.known else None)
    if m is not None and m.end() <= nxt:
        c.canonical = f"{c.canonical} {m.group(1)}"
        c.end = m.end()
        if c.known:
            c.known, c.entry = False, None




def _slug_spells(text: str, name: str) -> bool:
    """The passage writes ``name`` as a lower-case id too ("kite-9-glide-2603" for "KITE-9 Glide"): the tier is the
    name's own, as its maker spells it."""
    slug = re.sub(r"[\s_.]+", "-", name.lower())
    return "-" in slug and slug in text and re.search(rf"(?<![\w-]){re.escape(slug)}(?![a-z])", text) is not None


def extend(text: str, ents: list, tiers: frozenset[str]) -> None:
    """Move, in place, the end of each model of ``ents`` (sorted candidates with ``start``, ``end``,
    ``label``, ``canonical``, ``known``, ``entry``) whose versioned name goes on with a tier word, and
    give it that canonical; a knowledge-base name so extended is a new name of its family."""
    words = _Words(text)
    for i, c in enumerate(ents):
        if c.label == "BENCHMARK" and c.canonical:
            nxt = ents[i + 1].start if i + 1 < len(ents) else len(text)
            _bench_glued(text, words, c, ents[i - 1].end if i else 0, nxt)
            if text[c.end:c.end + 1] == " ":
                _bench_edition(text, c, nxt)
    for i, c in enumerate(ents):  # a new family word found alone, its version right after it: "Hanul 2"
        if c.label == "MODEL" and not c.known and c.canonical and not DIGIT.search(text, c.start, c.end):
            m = SIBLING_AFTER.match(text, c.end)
            if m is not None and m.end() <= (ents[i + 1].start if i + 1 < len(ents) else len(text)):
                c.canonical, c.end = c.canonical + m.group(1) + m.group(2), m.end()
    models = [(i, c) for i, c in enumerate(ents) if c.label == "MODEL" and c.canonical and DIGIT.search(text, c.start, c.end)]
    if not models:
        return
    hits = {}
    for i, c in models:
        m = TAIL.match(text, c.end)
        if m is not None:
            hits[i] = m
    if not hits:
        return
    after = Counter(text[c.start:hits[i].end()] for i, c in models if i in hits and hits[i].group(1) == " ")
    for i, m in hits.items():
        c, word, sep = ents[i], m.group(2), m.group(1)
        nxt = ents[i + 1].start if i + 1 < len(ents) else len(text)
        if nxt < m.end() or NOT_MODEL_AFTER.match(text, c.end) or NOT_MODEL_AFTER.match(text, m.end()):
            continue
        glued = sep != " " and len(word) >= 3 and not _ordinary(words, word)  # "...-v2-Reason"
        if not (glued or word in tiers or after[text[c.start:m.end()]] >= 2 and not _ordinary(words, word)
                or _slug_spells(text, text[c.start:m.end()])):
            continue
        c.canonical = c.canonical + ("-" if sep != " " else " ") + word
        c.end = m.end()
        if c.known:
            c.known, c.entry = False, None


# a new model's family word and version: "Quill-4", "Tarrow 2.5"
FAMILY_VERSION = re.compile(rf"([{_UP}][{_LO}]{{2,}}(?:{CAP_WORD})*)([ {_H}])(\d{{1,2}}(?:\.\d)?)\Z")
SIBLING_END = rf"(?![\w]|[{_H}.,]\d|\s*(?:%|percent|points?|pts|[KkMB]\b|x\b|times\b))"
SIBLING_AFTER = re.compile(rf"([ {_H}])(\d{{1,2}}(?:\.\d)?)" + SIBLING_END)
BEFORE_NAME = "_./@" + HYPHENS
DIGIT = re.compile(r"\d")


def siblings(text: str, ents: list) -> list[tuple[int, int, object]]:
    """(start, end, sibling) for the other versions of the document's new models (candidates of ``ents``
    sorted by start, not overlapping) written with the same family word and separator ("Quill-3" beside
    ``Quill-4``), where nothing was found; ``sibling``: the candidate it was modelled on."""
    fams: dict[tuple[str, str], object] = {}
    for c in ents:
        m = FAMILY_VERSION.fullmatch(text[c.start:c.end]) if c.label == "MODEL" and not c.known else None
        if m is not None and m.group(1).lower() not in STOP_WORDS and m.group(1) not in PLACES:
            fams.setdefault((m.group(1), m.group(2)), c)
    if not fams:
        return []
    starts = [c.start for c in ents]
    out = []
    for (fam, sep), c in fams.items():  # each family word looked up with str.find: no regex built per text
        i = text.find(fam)
        while i >= 0:
            m = SIBLING_AFTER.match(text, i + len(fam))
            if m is not None and m.group(1) == sep and not (i and (text[i - 1].isalnum() or text[i - 1] in BEFORE_NAME)):
                j = bisect_right(starts, i)
                if not (j and ents[j - 1].end > i or j < len(ents) and ents[j].start < m.end()):  # found, or inside a name
                    out.append((i, m.end(), c))
            i = text.find(fam, i + 1)
    out.sort(key=lambda h: h[0])
    return out
