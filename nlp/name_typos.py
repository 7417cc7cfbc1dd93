"""A name misspelt by one letter, in a passage that names it right.

Forums and quick posts misspell the names they discuss: "Tamarak's licence" beside ``Tamarack 2 70B``,
"Harow 5 is good at ..." beside ``Harrow 5``, "Quil-4" beside ``Quill-4``. The entity guidelines annotate a
misspelt mention as the entity it denotes (canonical: the right spelling). What is read here, after every other
finder, for a capitalised word one edit (a letter dropped, added, changed, or two swapped; the first letter kept)
from the first word of a name the passage found:

* **with the same continuation**: the misspelt word followed by what follows the right word in a found
  mention ("Harow 5" beside "Harrow 5"; a version, a size): that mention's label and canonical;
* **alone**: a word of seven letters or more misspelling a name of seven letters or more that the passage found
  alone or as a model's family word ("Tamarak" beside ``Tamarack-2``): the name's own label and canonical
  (a model's family word for a model);
* **a new name spelt two ways**: a new model ``Quilin-4`` beside ``Qilin-4`` named more often takes the
  more frequent spelling as its canonical.

Guards: the word is no stop word, calendar, place or tier word, never the first word of a found name itself,
not quoted (a misspelling cited: '"Tamarak" lol'), not followed by another capitalised word (a person's
name), and alone not followed by "said" or "told" (a person again). Only capitalised words of the passage are looked at, one set look-up per deletion: linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .unknown import _AL, _UP, BLOCKED_HEADS, COMMON_CAPS, DISCOURSE, PLACES, TIER_WORDS

_H = re.escape(HYPHENS)
# (each look-behind below comes after the first character, which the engine then skips to: capitals are few)
WORD = re.compile(rf"[{_UP}](?<![\w{_H}.@/][{_UP}])[{_AL}]{{3,}}(?![\w]|[{_H}.][{_AL}])")
FIRST = re.compile(rf"[{_UP}][{_AL}]{{3,}}")
NOT_NAMES = frozenset(DISCOURSE | PLACES | COMMON_CAPS | TIER_WORDS | BLOCKED_HEADS)
CAP_AFTER = re.compile(rf"[ ][{_UP}][{_AL}]")
SPEAKS = re.compile(r"[ ](?:said|says|told|tells|wrote|writes|added|argued|asked|replied|explained)\b")  # a person, alone
LONG = 7


def _deletions(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(1, len(w))}  # (the first letter kept)


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` (lower case, same first letter) differ by one letter dropped, added or changed, or two swapped."""
    if a == b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short in _deletions(long_)


def _deletion_index(heads) -> dict[str, set[str]]:
    """A head and its one-letter deletions -> the heads (the symmetric-deletion look-up)."""
    index: dict[str, set[str]] = {}
    for h in heads:
        for k in _deletions(h) | {h}:
            index.setdefault(k, set()).add(h)
    return index


def find(text: str, names: list[tuple[int, int, str, str, bool]]) -> tuple[list[tuple[int, int, int, str]], dict[int, str]]:
    """(misspelt mentions (start, end, index of the name in ``names`` they stand for, canonical), {index in
    ``names``: better canonical}) for ``names``
    (start, end, label, canonical, known): the entities found in ``text``, sorted by start, not overlapping."""
    heads: dict[str, list[int]] = {}  # lower-cased first word -> indices of the names it begins
    for i, (s, e, lab, canon, known) in enumerate(names):
        m = FIRST.match(text, s)
        if m is not None and lab in ("MODEL", "ORG", "BENCHMARK") and m.end() <= e:
            heads.setdefault(m.group().lower(), []).append(i)
    if not heads:
        return [], {}
    index: dict[str, set[str]] | None = None  # (built at the first word past the cheap tests; 58% of bench texts need none)
    shapes = {(h[0], len(h) + d) for h in heads for d in (-1, 0, 1)}  # (first letter, length) a misspelling can have
    spans = [(s, e) for s, e, *_ in names]
    out: list[tuple[int, int, str, str]] = []
    j = 0
    for m in WORD.finditer(text):
        w, s, e = m.group(), m.start(), m.end()
        if (w[0].lower(), len(w)) not in shapes:
            continue  # (most words: no set work)
        while j < len(spans) and spans[j][1] <= s:
            j += 1
        if j < len(spans) and spans[j][0] < e or w.lower() in heads:
            continue  # found already; a name's own spelling
        if w in NOT_NAMES or w.lower() in STOP_WORDS or s and text[s - 1] in "\"\u201c'\u2018" or CAP_AFTER.match(text, e):
            continue
        lw = w.lower()
        if index is None:
            index = _deletion_index(heads)
        cands = {h for k in _deletions(lw) | {lw} for h in index.get(k, ()) if _one_edit(lw, h)}
        if len(cands) != 1:
            continue
        hit = _mention(text, s, e, w, next(iter(cands)), heads[next(iter(cands))], names)
        if hit is not None and (j >= len(spans) or spans[j][0] >= hit[0]):
            out.append((s, *hit))
    better = _respelt(text, names, heads)
    return out, better


def _mention(text: str, s: int, e: int, w: str, head: str, owners: list[int], names) -> tuple[int, int, str] | None:
    """(end, owner index, canonical) of the misspelt word at ``text[s:e]`` standing for the found names ``owners``."""
    best = None
    for i in owners:
        ns, ne, lab, canon, _ = names[i]
        rest = text[ns + len(head):ne]
        if rest and text.startswith(rest, e) and not text[e + len(rest):e + len(rest) + 1].isalnum():
            if best is None or len(rest) > len(best[0]):
                best = (rest, i, canon)
    if best is not None:
        return e + len(best[0]), best[1], best[2]
    if len(w) < LONG or len(head) < LONG or SPEAKS.match(text, e):
        return None
    for i in owners:  # alone: the name's one-word form, or a model's family word
        ns, ne, lab, canon, _ = names[i]
        if ne - ns == len(head):
            return e, i, canon
    for i in owners:
        ns, ne, lab, canon, _ = names[i]
        if lab == "MODEL" and text[ns + len(head):ns + len(head) + 1] in " " + HYPHENS:
            return e, i, text[ns:ns + len(head)]
    return None


def _respelt(text: str, names, heads: dict[str, list[int]]) -> dict[int, str]:
    """{index: canonical} for new models whose first word misspells another found model's, named more often."""
    count = Counter({h: len(ix) for h, ix in heads.items()})
    out = {}
    for h, ix in heads.items():
        others = [g for g in heads if g != h and count[g] > count[h] and _one_edit(h, g)]
        if len(others) != 1 or len(h) < 5:
            continue
        g = others[0]
        right = text[names[heads[g][0]][0]:names[heads[g][0]][0] + len(g)]
        for i in ix:
            s, e, lab, canon, known = names[i]
            if not known and lab == "MODEL" and canon.lower().startswith(h):
                out[i] = right + canon[len(h):]
    return out
