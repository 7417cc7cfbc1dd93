"""Names in ALL-CAPS lines the passage never writes in mixed case, read by their shapes.

:mod:`nlp.caps_names` reads a shouted line against the names the passage writes in mixed case; a caps bulletin
("AMBRETTE'S HAWSER 4 MIZZEN TOPS STATUSBENCH", "NAKHLA AI'S SAHM-2 PASSES JAIS") or a legal caption ("UNITED
STATES DISTRICT COURT, NORTHERN DISTRICT OF CALIFORNIA") has none. Capitals hide which words are names, but not
the shapes the mixed-case rules read. Two readings, both only in lines mostly in capitals of a passage about AI:

* **the mixed-case rules on a headline-cased copy** (:func:`headline_copy`): each caps word of three letters or more
  is written with one capital ("OSTROV AI" -> "Ostrov AI", "SCHOOL DISTRICT" -> "School District"), stop words in
  lower case, the offsets kept; the finder reads the copy with every gate it has for a title-case headline, and
  a name it finds there that covers no name found in the caps line is taken (:func:`merge`);
* **a model's shape** (:func:`model_shapes`): a family word, a version of one or two digits (``HAWSER 4``,
  ``SAHM-2``, ``KITE-9``) and a tier word joined by a hyphen or, after a space, one that is no ordinary word: not a
  stop, calendar, product or counting word, no verb or plural ending (``TOPS``, ``PASSES``, ``WEIGHTS``).
  Never a year (``MARCH 2026``), a percentage, a counting head (``ROUND 2``, ``PHASE 3``, ``COVID-19``).

And the other way: a one-word guess of the caps line that the headline-cased reading does not find and that the
passage never writes outside its caps lines ("PURGES", "ANSWERS") is a shouted word, not a name (:func:`merge`).
Canonical: the copy's (long words capitalised, as :mod:`nlp.caps_names` does). Regular expressions per caps line.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .caps_names import caps_lines
from .name_tiers import VERB_LIKE, _plain
from .org_shapes import CALENDAR
from .unknown import SLUG_BLOCK, TIER_WORDS

CAPS_WORD = re.compile(r"(?<![\w])[A-Z\u00c0-\u00de\u0100-\u017f][A-Z0-9\u00c0-\u00de\u0100-\u017f'\u2019]*(?![\w])")
# a model's shape in capitals: family, version, tier
MODEL = re.compile(r"(?<![\w\-.])(?P<fam>[A-Z]{3,})(?P<sep>[ \-])(?P<ver>\d{1,2}(?:\.\d)?)(?![\d%\w]|\.\d|,\d)"
                   r"(?:(?P<tsep>[ \-])(?P<tier>[A-Z]{3,12})(?![\w\-]))?")
# a shape cue worth a second reading: a form word, a version after a word, a legal or public-body word
CUE = re.compile(r"\b(?:AI|LABS?|RESEARCH|ROBOTICS|SYSTEMS|TECHNOLOGIES|INC|LLC|LTD|CORP|GMBH|COURT|DISTRICT|DEPARTMENT|"
                 r"UNIVERSITY|INSTITUTE|MINISTRY|AGENCY|COUNCIL|COMMISSION|AUTHORITY)\b|[A-Z]{3,}[ \-]\d")
YEAR = re.compile(r"(?:19|20)\d\d")
NAME_END = re.compile(r"(?:BENCH|QA|EVAL|ARENA|INDEX|GPT|LM|AI)\Z")
COUNTING = frozenset("""TOP STEP DAY WEEK YEAR LEVEL TIER PHASE STAGE ROUND GAME SEASON EPISODE PART PAGE CHAPTER SECTION VOL
ISSUE NO NUMBER GRADE CLASS ROOM FLOOR GATE ROUTE HIGHWAY LANE UNIT ITEM RULE ARTICLE LOT CASE SERIES ACT SCENE HOLE""".split())
_COUNTING_LOWER = frozenset(w.lower() for w in COUNTING) | SLUG_BLOCK


def _line_of(lines: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b for a, b in lines)


def _word(w: str, first: bool) -> str:
    """A caps word in headline case: a stop word in lower case (not first), a word of three letters or more with one
    capital, the rest ("AI", "AB") as written; the length kept."""
    core = w[:-2] if w.endswith(("'S", "\u2019S")) else w
    if not first and core.lower() in STOP_WORDS and core.isalpha():
        out = core.lower()
    elif len(core) >= 3 and core.isalpha():
        out = core[0] + core[1:].lower()
    else:
        out = core
    out += w[len(core):].lower()
    return out if len(out) == len(w) else w


def headline_copy(text: str, lines: list[tuple[int, int]]) -> str:
    """``text`` with its caps ``lines`` in headline case (same length, same offsets)."""
    chars = list(text)
    for a, b in lines:
        first = True
        for m in CAPS_WORD.finditer(text, a, b):
            w = _word(m.group(), first)
            chars[m.start():m.end()] = w
            first = text[m.end():m.end() + 1] in ":;"
    out = "".join(chars)
    return out if len(out) == len(text) else text


def worth(text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str, bool, str]]) -> bool:
    """A caps line holds a shape cue outside the names found (``found``: start, end, label, known, source), or a
    one-word guess to check: worth a second reading."""
    for s, e, _, known, source in found:
        if not known and source in ("unknown", "tagger") and _line_of(lines, s, e):
            return True
    for a, b in lines:
        for m in CUE.finditer(text, a, b):
            if not any(s < m.end() and m.start() < e for s, e, *_ in found):
                return True
    return False


def _tier_ok(w: str) -> bool:
    t = w.capitalize()
    return (t in TIER_WORDS or not (_plain(t, True) or VERB_LIKE.search(w.lower()) or re.search(r"[^SU]S\Z", w)
                                    or w in COUNTING or t in CALENDAR))


def model_shapes(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of the model shapes of the caps ``lines`` (see the module doc)."""
    out = []
    outside = None
    for a, b in lines:
        for m in MODEL.finditer(text, a, b):
            fam = m.group("fam")
            t = fam.capitalize()
            if fam in COUNTING or fam.lower() in _COUNTING_LOWER or _plain(t) or t in CALENDAR or fam.lower() in STOP_WORDS:
                continue
            end, canon_fam = m.end("ver"), (t if len(fam) >= 5 else fam)
            canon = canon_fam + m.group("sep") + m.group("ver")
            tier = m.group("tier")
            if tier is not None and m.group("tsep") == " " and _tier_ok(tier):
                outside = _outside(text, lines) if outside is None else outside
                if re.search(rf"(?<![\w-]){fam}[ -]{m.group('ver')}(?![\w.]|[ -]{tier}\b)", outside, re.I):
                    tier = None  # "KILN-5 SYSTEM CARD" where the text writes "Kiln-5" alone: no tier of its name
            if tier is not None and (m.group("tsep") == "-" or _tier_ok(tier)):
                end = m.end("tier")
                canon += m.group("tsep") + tier.capitalize()
            out.append((m.start(), end, "MODEL", canon))
    return out


def merge(text: str, lines: list[tuple[int, int]], found: list[tuple[int, int, str, bool, str]],
          read: list[tuple[int, int, str, str]], shapes: list[tuple[int, int, str, str]]):
    """(new spans (start, end, label, canonical), spans of ``found`` to drop) from the headline-cased reading ``read``
    ((start, end, label, canonical) of what the finder found in the copy) and the model ``shapes``; ``found``:
    (start, end, label, known, source) of the names found in ``text``."""
    in_caps = [(s, e) for s, e, *_ in found if _line_of(lines, s, e)]
    new: list[tuple[int, int, str, str]] = []
    drop: set[tuple[int, int]] = set()
    covers = {(s, e) for s, e, *_ in read}
    outside = None
    for s, e, lab, known, source in found:
        w = text[s:e]
        if known or source not in ("unknown", "tagger") or (s, e) not in in_caps or not w.isupper() or (s, e) in covers:
            continue
        words = w.split()
        if len(words) == 2 and words[0].capitalize() in CALENDAR and YEAR.fullmatch(words[1]):
            drop.add((s, e))  # "MARCH 2026": a date
            continue
        if len(words) > 1 or "-" in w or any(ch.isdigit() for ch in w) or NAME_END.search(w):
            continue  # ("STATUSBENCH": a board's shape)
        if outside is None:
            outside = _outside(text, lines)
        if not re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", outside, re.I):
            drop.add((s, e))  # "PURGES": a shouted word no mixed-case reading finds
    spans = [(s, e) for s, e, *_ in found if (s, e) not in drop]
    for s, e, lab, canon in sorted(shapes + [r for r in read if _line_of(lines, r[0], r[1])], key=lambda r: (r[0], -r[1])):
        inside = [(x, y) for x, y in spans if x < e and s < y]
        if any(not (s <= x and y <= e) for x, y in inside):
            continue  # crosses a name found
        if inside and (lab != "MODEL" or any(_known(found, x, y) or (x, y) == (s, e) for x, y in inside)):
            continue  # covers a name found: only a model's tier may extend an unknown one ("HAWSER 4" + "MIZZEN")
        new.append((s, e, lab, canon))
        drop.update(inside)
        spans = [p for p in spans if p not in inside] + [(s, e)]
    return new, drop


def _known(found, s, e) -> bool:
    return any(x == s and y == e and known for x, y, _, known, _ in found)


def _outside(text: str, lines: list[tuple[int, int]]) -> str:
    """The text with its caps lines blanked."""
    out, last = [], 0
    for a, b in lines:
        out.append(text[last:a])
        last = b
    out.append(text[last:])
    return " ".join(out)


__all__ = ["caps_lines", "headline_copy", "worth", "model_shapes", "merge"]
