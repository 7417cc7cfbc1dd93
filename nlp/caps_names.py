"""Names in ALL-CAPS headlines, read against the names the passage writes in mixed case.

A shouted headline ("NORTHWIND'S KESTREL TOPS CODING BOARD") gives no case to tell a name from a word, so caps alone
never make a name here. A caps word is a name only when the passage (the same text, in mixed case) names it:

* the upper-case form of a found name ("Gloam 2" -> "GLOAM 2");
* the last word of a found multi-word model name, when that word is a distinctive tier ("Mullion 3 Keystone" ->
  "KEYSTONE", bound to the whole name as the bare tier is in running text), and the first word of a found
  organisation whose other words are a lab form ("Kazahana Labs" -> "KAZAHANA").

Only lines mostly in capitals are read, and only whole caps words. An unknown name found inside such a line in caps
("VELORA LABS") takes the mixed-case canonical when the passage has one, else a title-cased one for its long words.
"""

from __future__ import annotations

import re
from functools import lru_cache

_CAPS_LINE = re.compile(r"^[^\n]*$", re.M)
_LOWER = re.compile(r"[a-z]")
_UPPERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LOWERS = _UPPERS.lower()
_FORM_WORDS = frozenset("Labs Lab Research AI Systems Technologies Intelligence Robotics Dynamics Compute Group Inc Ltd".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def caps_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines whose letters are mostly capitals (at least 12 letters, 80 % upper case)."""
    return list(_caps_lines(text))


@lru_cache(maxsize=8)
def _caps_lines(text: str) -> tuple[tuple[int, int], ...]:
    # (kept per text: the recogniser asks twice per document, for caps shapes and for caps forms of found names)
    out = []
    for m in _CAPS_LINE.finditer(text):
        line = m.group()
        if len(line) < 12:  # (fewer than 12 capitals)
            continue
        # str.count per letter: the counts of [A-Z] and [a-z], without a list of one-letter strings
        up = sum(map(line.count, _UPPERS))
        if up >= 12 and up >= 4 * sum(map(line.count, _LOWERS)):
            out.append((m.start(), m.end()))
    return tuple(out)


def _keys(text: str, found, plain_words) -> dict[str, tuple[str, str]]:
    """{CAPS FORM: (label, canonical)} from the mixed-case names found."""
    keys: dict[str, tuple[str, str]] = {}
    tails: dict[str, set] = {}
    for s, e, label, canon in found:
        surface = text[s:e]
        if surface.isupper() or not _LOWER.search(surface) or len(surface) < 3:
            continue
        if " " not in surface and surface.lower() in text and re.search(r"(?<![\w-])" + re.escape(surface.lower()) + r"(?![\w-])", text):
            continue  # "Sounding" beside "the sounding board": a common word, whose capitals say nothing
        keys.setdefault(surface.upper(), (label, canon))
        words = surface.split()
        if label == "MODEL" and len(words) >= 2 and words[-1].isalpha() and len(words[-1]) >= 4 and words[-1][0].isupper():
            tails.setdefault(words[-1].upper(), set()).add((label, canon))
        if label == "ORG" and len(words) >= 2 and all(w in _FORM_WORDS for w in words[1:]) and len(words[0]) >= 4:
            tails.setdefault(words[0].upper(), set()).add((label, canon))
    for w, owners in tails.items():
        if len(owners) == 1 and w not in keys and w.capitalize() not in plain_words:
            keys[w] = next(iter(owners))
    return keys


def find(text: str, found: list[tuple[int, int, str, str, bool]], plain_words=frozenset()) -> tuple[list, dict]:
    """(new spans (start, end, label, canonical) in caps lines, {span of a found caps name: (label, canonical)}) for
    ``found`` ((start, end, label, canonical, known) of the names found). ``plain_words``: capitalised words that
    are not names on their own (generic tiers, common capitalised words)."""
    lines = caps_lines(text)
    if not lines:
        return [], {}
    keys = _keys(text, [f[:4] for f in found], plain_words)
    spans = [(s, e) for s, e, *_ in found]
    out, recanon = [], {}
    for s, e, label, canon, known in found:
        surface = text[s:e]
        if known or not surface.isupper() or not any(a <= s and e <= b for a, b in lines):
            continue
        if surface in keys:  # the passage's mixed-case name decides the label too ("VANTA 2" of the model Vanta 2)
            recanon[(s, e)] = keys[surface]
        elif " " in surface and (canon is None or canon == surface or canon.isupper()):  # (not a canonical a rule gave:
            # "CROFTER SYSTEMS, INC." is "Crofter Systems")
            recanon[(s, e)] = label, " ".join(w.capitalize() if (len(w) >= 5 or w.capitalize() in _FORM_WORDS) and w.isalpha() else w
                                       for w in surface.split(" "))
    if not keys:
        return out, recanon
    rx = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True)) + r")(?![\w]|-\w)")
    for a, b in lines:
        for m in rx.finditer(text, a, b):
            s, e = m.span()
            if all(e <= x or s >= y for x, y in spans):
                label, canon = keys[m.group()]
                out.append((s, e, label, canon))
                spans.append((s, e))
    return out, recanon
