"""A document's own names: a new name found once with a cue is the same name at its other mentions.

Articles introduce a new model, lab or benchmark once, where a cue says what it is ("released
Tarrow-3", "a benchmark called GlassMaze"), and then repeat it where no cue is: in a heading, in all
capitals (``TARROW-3``), as a lower-case id (``ostrea/tarrow-3``), with its separators changed
(``Tarrow 3``) or broken across a line (``Glass-\\nMaze``). The finder's other rules see one mention
at a time; this module remembers what the document itself has named.

Only names no list knows are remembered (the knowledge base already finds its own names everywhere),
and only with their label: a name the document uses with two labels is left alone. A mention is
matched on its letters and digits alone (case, spaces and hyphens aside), from a word start to a
word end, never inside a longer name (a capitalised word or a version right after or before it),
and never where something else was found. Guards against spreading an ordinary word: a one-word name
whose lower-case form the document also uses as a plain word is not remembered ("Sounding" beside
"sounding"); a lower-case mention counts only for a name with a digit, or inside an id (after ``/`` or a
backtick: not "the tarrowlabs organisation"); other mentions keep the name's own capitals or are written all
in capitals.

A tier alone ("the new Pro model", "the Lite variant") is the one model of the document whose name
ends with that tier, when there is exactly one (``Tarrow 3 Lite``); with two (``Tarrow 2 Pro``,
``Tarrow 3 Pro``) it is left alone.

One pass over the text's pieces; each start looks ahead at most the longest name's length: linear.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .unknown import TIER_WORDS

_H = re.escape(HYPHENS)
# what may separate two pieces of one name: nothing, a space, a hyphen or underscore, a hyphen and a line break
GAP = re.compile(rf"(?:|[ _]|[{_H}][ \t]?\n?[ \t]*)\Z")
# a name that goes on after the match: more letters or digits, glued on or after a hyphen or a dot, or a capital after a space
GOES_ON = re.compile(rf"[\w]|[{_H}.]\w| +(?:[A-Z0-9]|(?:mini|nano)\b)")
# in a heading in capitals the next word is capitalised anyway: only a tier word or a number goes on
CAPS_GOES_ON = re.compile(rf"[\w]|[{_H}.]\w| +(?:\d|(?:{'|'.join(sorted({t.upper() for t in TIER_WORDS}))}|HARD|VERIFIED)\b)")
CAP_BEFORE = re.compile(r"\b([A-Z][\w]*)[ \t]+\Z")  # "Anna Tidewell": a capitalised word right before
PIECE_RUN = re.compile(r"[^\W_]+")
MAX_GAP = 3


def _squash(s: str) -> str:
    return "".join(PIECE_RUN.findall(s)).lower()


# "the new Pro model", "the Lite variant": a tier word standing for a model named in full elsewhere
ALONE_TIERS = frozenset(t for t in TIER_WORDS if t[:1].isupper() and t.isalpha())
TIER_ALONE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(%s)\s+(?:model|variant|version|checkpoint)s?\b" % "|".join(sorted(ALONE_TIERS)))
LAST_PART = re.compile(rf"[ {_H}]+")


def tiers_alone(text: str, models: list[str], taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) for each tier word standing alone for the only model of the
    document (``models``: the canonical names found) whose name ends with it; none inside ``taken``."""
    ending: dict[str, set[str]] = {}
    for canon in models:
        parts = LAST_PART.split(canon)
        if len(parts) > 1 and parts[-1] in ALONE_TIERS:
            ending.setdefault(parts[-1], set()).add(canon)
    if not ending:  # no model of the text ends with a tier: no regex over it
        return []
    out = []
    for m in TIER_ALONE.finditer(text):
        owners = ending.get(m.group(1), ())
        s, e = m.span(1)
        if len(owners) == 1 and not any(a < e and s < b for a, b in taken):
            out.append((s, e, "MODEL", next(iter(owners))))
    return out


def _plain_word(name: str) -> bool:
    """One capitalised word with nothing else in it: the kind of name an ordinary word can be."""
    return name.isalpha() and name[:1].isupper() and name[1:].islower()


def remembered(text: str, names: list[tuple[int, int, str, str]],
               other: list[tuple[int, int, str]]) -> dict[str, tuple[str, str, str]]:
    """squashed key -> (label, canonical, surface) for the names worth spreading. ``names``: the new
    names found (start, end, label, canonical); ``other``: everything else found (start, end, label),
    whose labels also count against a name used two ways."""
    labels: dict[str, set[str]] = {}
    first: dict[str, tuple[str, str, str]] = {}
    for s, e, lab, canon in names:
        surface = text[s:e]
        k = _squash(surface)
        labels.setdefault(k, set()).add(lab)
        if k not in first or surface == canon:
            first[k] = (lab, canon, surface)
    for s, e, lab in other:
        k = _squash(text[s:e])
        if k in labels:
            labels[k].add(lab)
    out = {}
    for k, (lab, canon, surface) in first.items():
        if len(labels[k]) > 1 or len(k) < 4 or not any(ch.isupper() for ch in surface):
            continue  # two labels in one document; too short; a lower-case word is no evidence of a name
        if k in STOP_WORDS or _plain_word(surface) and re.search(rf"(?<![\w/`.{_H}]){k}(?![\w/`])", text):
            continue  # "Sounding" beside "sounding": an ordinary word
        out[k] = (lab, canon, surface)
    return out


def spread(text: str, parts: list[str], low: list[str], starts: list[int], ends: list[int],
           memory: dict[str, tuple[str, str, str]], taken: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """The other mentions of the remembered names: (start, end, label, canonical), none overlapping
    ``taken`` (sorted spans already found) nor each other. ``parts``/``low``/``starts``/``ends``: the
    text cut into pieces as the finder does (gap, piece, gap, ...; pieces lower-cased; their offsets)."""
    if not memory:
        return []
    prefixes = {k[:i] for k in memory for i in range(1, len(k) + 1)}
    longest = max(map(len, memory))
    found: list[tuple[int, int, str, str]] = []
    busy = sorted(taken)
    bi = 0
    n = len(low)
    after = 0  # pieces before this are inside a mention already found
    for i in [i for i, p in enumerate(low) if p in prefixes]:  # the pieces that can begin a name, in one pass
        if i < after or i and parts[2 * i] == "":
            continue
        acc, j, best = low[i], i, None
        while True:
            if acc in memory:
                best = j
            if j + 1 >= n or len(acc) >= longest:
                break
            gap = parts[2 * j + 2]
            if len(gap) > MAX_GAP + 2 or not GAP.match(gap):
                break
            nxt = acc + low[j + 1]
            if nxt not in prefixes:
                break
            acc, j = nxt, j + 1
        if best is None:
            continue
        s, e = starts[i], ends[best]
        k = "".join(low[i:best + 1])
        hit = _mention(text, s, e, memory[k])
        while bi < len(busy) and busy[bi][1] <= s:
            bi += 1
        free = bi >= len(busy) or busy[bi][0] >= e
        if hit is not None and free:
            found.append((s, e, hit[0], hit[1]))
            after = best + 1
    return found


def _mention(text: str, s: int, e: int, entry: tuple[str, str, str]) -> tuple[str, str] | None:
    """(label, canonical) when ``text[s:e]`` is a mention of the remembered name, not part of a longer one."""
    lab, canon, surface = entry
    m = text[s:e]
    if m == surface:
        pass
    elif m.isupper() and sum(ch.isalpha() for ch in m) >= 3:
        pass  # a heading in capitals
    elif m == m.lower():
        slug = s and text[s - 1] in "/`" or text[e:e + 1] in ("/", "`")
        if not (slug or any(ch.isdigit() for ch in surface)):
            return None
    elif _case_pattern(m) != _case_pattern(surface):
        return None  # "Tarrow Three" is not "TarrowThree"'s other spelling unless the capitals agree
    before = text[s - 1] if s else " "
    if before.isalnum() or before in "_.@" or before in HYPHENS and s > 1 and text[s - 2].isalnum():
        return None
    if (CAPS_GOES_ON if m.isupper() else GOES_ON).match(text, e):
        return None  # "Tarrow 3" inside "Tarrow 3 Mini", "Tarrow 3.5", "tarrow-3-instruct"
    c = CAP_BEFORE.search(text, max(0, s - 30), s)
    if c is not None and c.group(1).lower() not in STOP_WORDS and not m.isupper():
        return None  # "Anna Tidewell", "Gemma Tidewell": part of a longer name (a person's)
    return lab, canon


def _case_pattern(s: str) -> str:
    """Capitals at the starts of its letter runs, ignoring separators: "Proof-Ladder" and "ProofLadder" agree."""
    return "".join("U" if ch.isupper() else "l" for ch in s if ch.isalpha())
