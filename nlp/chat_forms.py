"""Models written in lower case in chat and forum posts, by their shape.

Forum posts write a model as "tianlu 3 moe", "lovage 9b" or "fenwick-2-coder": a lower-case word, a version and
a tier, or a word and a parameter count. The shape finders (:mod:`nlp.unknown`) read slugs and "sirocco max 1.2"
but ask for an AI sentence next to the name, and chat sentences are short: the AI words are a few lines away.
Here the passage is the context: in a text about AI (``ai_text``), these shapes are models

* ``word N tier`` / ``word N.N tier`` with a tier of :data:`TIERS` or a size ("3 moe", "3.5 preview", "2 70b");
* ``wordN tier`` with the version glued to the word ("corbeta3 flash");
* ``word Nb`` (a parameter count right after the word: "lovage 9b", "marlow 70b"; not after a word ending in
  -s, -ed or -ing: "needs 120b", "trained 70b");
* a slug of three or more parts with a version (``word-N-tier``, ``word-N-Nb``), which :mod:`nlp.unknown`
  reads only in an AI sentence.

The word: four letters or more, no stop word, no product, calendar or unit head (:data:`nlp.unknown.BLOCKED_LOWER`,
``SLUG_BLOCK``), nothing found overlapping. Regular expressions over the text: linear.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .anchored_scan import digit_starts, matches_from, run_start
from .canonical import HYPHENS, clean
from .unknown import BLOCKED_LOWER, SLUG_BLOCK

_H = re.escape(HYPHENS)
TIERS = r"(?:moe|preview|instruct|chat|mini|pro|flash|turbo|max|lite|base|coder|air|nano|reasoning|thinking|vision|\d{1,3}b)"
_END = rf"(?![\w%]|[{_H}]\w|\.\d)"
VERSION_TIER = re.compile(rf"(?<![\w.@/{_H}'\u2019])(?P<w>[a-z]{{4,}})(?P<sep>[ {_H}])\d{{1,2}}(?:\.\d)?(?P=sep){TIERS}{_END}")
GLUED = re.compile(rf"(?<![\w.@/{_H}'\u2019])(?P<w>[a-z]{{4,}})\d{{1,2}}(?:\.\d)?[ {_H}]{TIERS}{_END}")  # "corbeta3 flash"
SIZE = re.compile(rf"(?<![\w.@/{_H}'\u2019])(?P<w>[a-z]{{4,}})[ {_H}]\d{{1,3}}b{_END}")
# words that come before a size or a version in plain talk ("the model 7b", "runs q4 on 2x3090")
NOT_HEADS = frozenset("model models version size params param parameters dense variant checkpoint weights quant base chat instruct "
                      "only about around approx roughly just under over with from running runs using".split())


LOWER = "abcdefghijklmnopqrstuvwxyz"
SPECIAL = {"moe": "MoE"}
SIZE_PART = re.compile(r"\d{1,3}b")


def display(form: str) -> str:
    """The display name of a lower-case form (entity guidelines: slugs become display names): with a size,
    hyphenated parts and an upper-case B ("lovage 9b" -> Lovage-9B, "fjord-2-8b" -> Fjord-2-8B); else words
    with capitals ("vireo-2-mini" -> Vireo 2 Mini, "tianlu 3 moe" -> Tianlu 3 MoE)."""
    parts = re.split(f"[ {_H}]|(?<=[a-z])(?=\\d)", clean(form))
    if any(SIZE_PART.fullmatch(p) for p in parts):
        return "-".join(p.upper() if SIZE_PART.fullmatch(p) else SPECIAL.get(p, p[:1].upper() + p[1:]) for p in parts)
    return " ".join(SPECIAL.get(p, p[:1].upper() + p[1:]) for p in parts)


def _starts(text: str) -> list[int]:
    """Where a match of the three shapes can begin: every one has a digit right after its word or after one space or
    hyphen, so the word is the run of lower-case letters ending there (the patterns are tried only at these)."""
    out = []
    for d in digit_starts(text):
        if d and text[d - 1] in LOWER:
            out.append(run_start(text, d, LOWER))
        elif d > 1 and text[d - 1] in " " + HYPHENS and text[d - 2] in LOWER:
            out.append(run_start(text, d - 1, LOWER))
    return out


def find(text: str, taken: list[tuple[int, int]], ai_text: bool) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of lower-case model forms in ``text`` (see the module doc) that overlap
    nothing of ``taken`` ((start, end) pairs)."""
    if not ai_text or not any(ch.isdigit() for ch in text):
        return []
    out = []
    starts = _starts(text)
    for rx in (VERSION_TIER, GLUED, SIZE):
        for m in matches_from(rx, text, starts):
            w = m.group("w")
            if w in STOP_WORDS or w in BLOCKED_LOWER or w in SLUG_BLOCK or w in NOT_HEADS:
                continue
            if rx is SIZE and w.endswith(("s", "ed", "ing")):
                continue  # a verb or a plural before a size: "not everything needs 120b", "it uses 70b"
            s, e = m.span()
            if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b, _, _ in out):
                continue
            out.append((s, e, "MODEL", display(text[s:e])))
    return out
