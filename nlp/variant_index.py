"""One variant index: a name found once is found (and named) in its other written forms.

A passage or a stream names a new model, lab or benchmark once in full ("Tarrow 4 Keel", "Quillon Research") and
then writes it other ways: a bare family or the maker's first word ("Tarrow plans better", "Quillon's docs"), a
path or hub-id piece (``registry/models/quillon-research/tarrow-4.yaml``), a spoken number ("Tarrow four", "four
Keel" in captions). :mod:`nlp.written_forms`, :mod:`nlp.doc_names` and :mod:`nlp.name_forms` find most written
forms; this module adds, by rule over the names the passage found and the names the stream's memory holds:

* **a lab's first word takes the one lab it clips** (entity guidelines §4, "clipped references ... expand"; tests/data/
  nlp/README.md: "clipped forms take the full canonical of the one ... meant"): a found new (not knowledge-base)
  single-word ORG whose canonical is that word takes the canonical of the one lab the passage names as that word + a
  lab word ("Quillon" -> Quillon Research), else of the one such lab the memory holds. Two candidates: nothing
  changes. Bare model families stay at family level (guidelines §4: "bare family names stay at family level"):
  expanding them to the passage's one model was measured and fixed as many spans as it broke (bench notes).
* **path and hub-id pieces**: a segment of a slash path (``org/name-2``, ``dir/name-2.yaml``, ``feat/name-2``) whose
  letters and digits are those of a name found or remembered is that name; not in a URL.
* **spoken numbers**: a family the passage or memory has, followed by a number word two-ten ("Tarrow four") is
  that family's version (the canonical of the remembered or found name written so, else family + digit with the
  family's separator); a number word then a tier word ("four Keel") is the one known model ending so. Not "one":
  "the Tarrow one" is a pronoun far more often than a version.

* **bare tiers**: a capitalised word before a tier noun ("the Keel tier", "its Keel variant", "the Keel model") where
  exactly one model the passage names (or the memory holds, of a family the passage names) ends with that word is
  that model (README heldout6: "a bare tier word that stands for one non-Claude model in context ... takes that
  model's full canonical"; Claude tiers keep the family-level rule, so Claude models are never offered). Only as a
  clause's subject or object, not after a preposition ("behind the Keel tier", "in the Keel tier": the earliest
  sets leave those out, and they name the tier more than the model) nor after an indefinite or negative determiner
  ("there's no Keel tier", "a Keel model": the tier as a kind, not the one model).
* **inflected forms**: in a passage written in Hungarian, Swedish, Danish, Norwegian, German or Finnish (told by
  the language's own function words, :data:`FUNCTION_WORDS`), a capitalised word that is a name found or remembered
  plus one of the language's case endings (:data:`CASE_ENDINGS`: Hungarian accusative -t/-ot/-et/-öt/-at, dative
  -nak/-nek, inessive -ban/-ben, sublative -ra/-re, instrumental -val/-vel; the Scandinavian and German genitive
  -s; Finnish genitive -n, inessive -ssa/-ssä, elative -sta/-stä, adessive -lla/-llä, allative -lle) is that name:
  "Zivatart", "Kvists". Never in English text (a name + "s" there is a plural). The genitive -s is a possessive, so
  it stays out of the span as the English "'s" does (guidelines §0: `OpenAI` not `OpenAI's`): "Kvist" of "Kvists".
* **short forms written as the passage writes them**: the short form of a new name found in the passage (a model's
  family word, a benchmark without its variant or year, a lab without its lab word: :func:`nlp.doc_names._head`),
  written elsewhere in the passage with the same letters and case, and not the start of a longer name, is that
  name's short form (canonical as :func:`_head` gives it: a bare family stays at family level) -- only a short form
  no ordinary word is written like (an inner capital or a digit: ``ThimbleCode``): a one-word capitalised short form
  ("Corvid", "Meghna", "Kiswahili" of Kiswahili-Eval) is as often a yacht, a river or a language as the name
  (measured on heldout9/10: 6 false spans, 0 found); never after a capitalised word that is no function word ("Maya
  Brisa": a person's name; "Team Brisa": a longer name).
* **a git branch prefix is no name**: a span the finder read on the prefix of a branch path (``feat`` of
  ``feat/tarrow-4``: the Conventional Commits types and git-flow's branch kinds) is dropped (:func:`branch_spans`);
  a file extension read into a name (``tarrow-4.yaml``) is cut off.

Every form maps to exactly one name; a form two names share is dropped. Cost: a few compiled regexes over the
text, gated by cheap tests (a slash, a number word); the memory is indexed as it grows (no scan per document).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .doc_names import _head, _plain_word
from .unknown import TIER_WORDS
from .written_forms import squash

LABELS = ("MODEL", "ORG", "BENCHMARK")
_H = re.escape(HYPHENS)
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                "eight": "8", "nine": "9", "ten": "10"}
_NUM = "|".join(NUMBER_WORDS)
# a capitalised family word, then a number word: "Tarrow four" (not "Tarrow four-fifths", "Tarrow two-thirds", nor a
# count: "Tarrow two years on", "two of them", "two or three")
FAMILY_NUMBER = re.compile(rf"(?<![\w{_H}])(?P<f>[A-Z][\w]*(?:[{_H}][A-Z]\w*)?)[ ](?P<n>(?i:{_NUM}))(?![\w{_H}])")
COUNTED = re.compile(r"[ ](?:of|or|and|to|more|other|times|years?|months?|weeks?|days?|hours?|minutes?|seconds?|"
                     r"models?|versions?|points?|percent|per|out|thirds|fifths|tenths)\b|[{_H}]\w".replace("{_H}", _H), re.I)
AFTER_PREP = re.compile(r"\b(?:no|any|every|each|a|an|behind|of|in|on|than|to|for|with|from|at|by|over|under|above|below|into|onto|about|"
                        r"against|between|among|within|without|via|per)[ ]+(?:(?:the|a|an|its|their|our|this|that)[ ]+)?\Z", re.I)
_TIER_NOUNS = r"(?:tiers?|models?|versions?|variants?|sizes?|editions?|checkpoints?)\b"
TIER_NOUN = re.compile(r"[ ]" + _TIER_NOUNS)
BARE_WORD = re.compile(rf"[A-Z](?<![\w{_H}.][A-Z])[a-z]{{2,}}(?=[ ]{_TIER_NOUNS})")  # (look-behind after the capital: skipped to)
SPOKEN = re.compile(rf"(?<![\w{_H}])(?:{_NUM})(?![\w{_H}])", re.I)
NUMBER_TIER = re.compile(rf"(?<![\w{_H}])(?P<n>(?i:{_NUM}))[ ](?P<t>[A-Z][a-z]+)(?![\w{_H}])")
# a slash path of at least two segments: "org/name", "registry/models/org/name-2.yaml"
PATH = re.compile(r"(?<![\w/.:@-])[\w.-]+(?:/[\w.-]+)+")
EXT = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}\Z")
# git branch prefixes: the Conventional Commits types and git-flow's branch kinds; a branch name is no name
BRANCH_PREFIXES = frozenset("feat feature fix bugfix hotfix release chore docs refactor test tests ci build perf style "
                            "revert support wip dev".split())
URL_BEFORE = re.compile(r"(?:https?://|www\.)\S*\Z")
LAB_ENDS = frozenset("labs lab ai systems research intelligence technologies technology group institute".split())


@lru_cache(maxsize=20000)
def _family(canon: str) -> str | None:
    """A model's family word (squashed) when the canonical has a version after it (``Tarrow 4 Keel`` -> tarrow)."""
    h = _head(canon, "MODEL")
    return squash(h[0]) if h is not None else None


@lru_cache(maxsize=20000)
def _lab_word(canon: str) -> str | None:
    """A lab's first word (squashed) when the rest is one lab word (``Quillon Research`` -> quillon)."""
    parts = re.split(rf"[ {_H}]+", canon)
    if len(parts) == 2 and parts[1].lower() in LAB_ENDS and parts[0][:1].isupper() and parts[0].isalpha():
        return squash(parts[0])
    return None


class MemoryIndex:
    """The stream's remembered names by family word (models), lab word (labs) and squashed form, extended as the
    memory grows."""

    def __init__(self) -> None:
        self.done = 0
        self.families: dict[str, set[str]] = {}
        self.labs: dict[str, set[str]] = {}
        self.forms: dict[str, set[tuple[str, str]]] = {}

    def extend(self, names) -> None:
        for label, canon in names:
            self.done += 1
            if not canon:
                continue
            self.forms.setdefault(squash(canon), set()).add((label, canon))
            if label == "MODEL":
                f = _family(canon)
                if f:
                    self.families.setdefault(f, set()).add(canon)
            elif label == "ORG":
                w = _lab_word(canon)
                if w:
                    self.labs.setdefault(w, set()).add(canon)


def memory_index(memory) -> MemoryIndex | None:
    """The :class:`MemoryIndex` of a :class:`nlp.name_memory.NameMemory` (None for none), kept on it."""
    if not memory:
        return None
    index = getattr(memory, "variant_index", None)
    if index is None or index.done > len(memory.names):
        index = memory.variant_index = MemoryIndex()
    if index.done < len(memory.names):
        index.extend(islice(memory.names.keys(), index.done, None))
    return index


def _one(names) -> str | None:
    names = set(names)
    return next(iter(names)) if len(names) == 1 else None


def expanded(text: str, found: list[tuple[int, int, str, str, bool]], memory=None) -> dict[int, str]:
    """{index in ``found``: canonical} for the bare families and lab words that clip one name (see the module doc).
    ``found``: (start, end, label, canonical, known) of the passage's names."""
    todo = [i for i, (s, e, lab, canon, known) in enumerate(found) if not known and lab == "ORG" and canon and canon.isalpha()]
    if not todo:
        return {}
    labs: dict[str, list[tuple[int, str]]] = {}
    for s, e, lab, canon, known in found:
        if lab == "ORG" and canon:
            w = _lab_word(canon)
            if w:
                labs.setdefault(w, []).append((s, canon))
    index = None
    out: dict[int, str] = {}
    for i in todo:
        s, e, lab, canon, known = found[i]
        surface = text[s:e]
        k = squash(canon)
        if squash(surface) not in (k, k + "s") or not surface[:1].isupper():
            continue  # as written (or a possessive "Quillon's" cut short): not a lower-case or other form
        here = labs.get(k)
        got = None
        if here:
            got = _one(c for _, c in here)
        else:
            if index is None:
                index = memory_index(memory) or False
            if index:
                got = _one(index.labs.get(k, ()))
        if got and got != canon:
            out[i] = got
    return out


def _known_forms(found, index: MemoryIndex | None) -> dict[str, tuple[str, str] | None]:
    """squashed form -> (label, canonical) of the passage's names (first) and the memory's; None where two clash."""
    out: dict[str, tuple[str, str] | None] = {}
    for s, e, lab, canon, known in found:
        if lab in LABELS and canon:
            k = squash(canon)
            if k in out and out[k] is not None and out[k] != (lab, canon):
                out[k] = None
            else:
                out.setdefault(k, (lab, canon))
    return out


def path_pieces(text: str, found: list[tuple[int, int, str, str, bool]], memory=None) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the path and hub-id segments written with a name's letters."""
    if "/" not in text:
        return []
    forms = _known_forms(found, None)
    index = memory_index(memory)
    busy = sorted((s, e) for s, e, *_ in found)
    busy_set = set(busy)
    out = []
    for m in PATH.finditer(text):
        segs = m.group().split("/")
        if URL_BEFORE.search(text, max(0, m.start() - 200), m.start()):
            continue
        if "." in segs[0] and not EXT.search(segs[0]):
            continue  # "example.com/…": a domain
        pos = m.start()
        for j, seg in enumerate(segs):
            s, name = pos, EXT.sub("", seg)
            pos += len(seg) + 1
            e = s + len(name)
            k = squash(name)
            if len(k) < 3 or not any(ch.isalpha() for ch in k) or j == 0 and seg.lower() in BRANCH_PREFIXES:
                continue
            hit = forms.get(k)
            if hit is None and k not in forms and index is not None:
                mem = index.forms.get(k, set())
                hit = next(iter(mem)) if len(mem) == 1 else None
            if hit is None:
                continue
            if name != seg and (s, s + len(seg)) in busy_set:
                out.append((s, e, hit[0], hit[1]))  # "tarrow-4.yaml" read whole by another rule: the name without ".yaml"
                continue
            if any(a < e and s < b for a, b in busy):
                continue
            out.append((s, e, hit[0], hit[1]))
    return out


def spoken(text: str, found: list[tuple[int, int, str, str, bool]], memory=None) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of "Family two" and "three Tier" forms (see the module doc)."""
    nums = [m.start() for m in SPOKEN.finditer(text)]
    if not nums:
        return []
    # only the number words next to a capitalised word: read each such spot with the two patterns (no scan of the text)
    fam_hits = [m for i in nums if PREV_CAP.search(text, max(0, i - 40), i)
                for m in FAMILY_NUMBER.finditer(text, max(0, i - 40), i + 6) if m.start("n") == i]
    tier_hits = [m for m in (NUMBER_TIER.match(text, i) for i in nums) if m is not None]
    if not fam_hits and not tier_hits:
        return []
    index = memory_index(memory)
    fams: dict[str, list[str]] = {}
    for s, e, lab, canon, known in found:
        if lab == "MODEL" and canon:
            f = _family(canon)
            if f:
                fams.setdefault(f, []).append(canon)
    forms = {squash(c): c for cs in fams.values() for c in cs}
    out = []
    for m in fam_hits:
        f, n = m.group("f"), NUMBER_WORDS[m.group("n").lower()]
        if not f[:1].isupper() or COUNTED.match(text, m.end()):
            continue
        k = squash(f)
        known = fams.get(k) or (sorted(index.families.get(k, ())) if index else [])
        if not known:
            continue
        want = k + n
        canon = forms.get(want)
        if canon is None and index is not None:
            canon = _one(c for lab, c in index.forms.get(want, ()) if lab == "MODEL")
        if canon is None:
            sep = "-" if all(re.match(rf"{re.escape(f)}-\d", c, re.I) for c in known) else " "
            canon = f"{known[0][:len(f)]}{sep}{n}"
        out.append((m.start(), m.end(), "MODEL", canon))
    tiers = {t.lower() for t in TIER_WORDS}
    for m in tier_hits:
        n, t = NUMBER_WORDS[m.group("n").lower()], m.group("t")
        if t.lower() not in tiers or not t[:1].isupper() or COUNTED.match(text, m.end()):
            continue
        ends = {c for cs in fams.values() for c in cs if squash(c).endswith(n + squash(t)) and _family(c) + n + squash(t) == squash(c)}
        if not ends and index is not None:
            for f in fams:
                ends |= {c for c in index.families.get(f, ()) if squash(c) == f + n + squash(t)}
        canon = _one(ends)
        if canon:
            out.append((m.start(), m.end(), "MODEL", canon))
    out.sort()
    kept, last = [], -1
    for x in out:
        if x[0] >= last:
            kept.append(x)
            last = x[1]
    return kept


# compiled once here, not at each name the loops below read
_NAME_GAPS = re.compile(rf"[ {_H}]+")


def _last(canon: str) -> str:
    parts = _NAME_GAPS.split(canon)
    return parts[-1].lower() if len(parts) >= 2 else ""


def bare_tiers(text: str, found: list[tuple[int, int, str, str, bool]], memory=None) -> list[tuple[int, int, str, str]]:
    """(start, end, "MODEL", canonical) of a tier word before a tier noun that ends exactly one model (module doc)."""
    if not TIER_NOUN.search(text) or not BARE_WORD.search(text):
        return []
    models = {c for _, _, lab, c, _ in found if lab == "MODEL" and c and not c.startswith("Claude")}
    fams = {_family(c) for c in models} - {None}
    index = memory_index(memory)
    busy = [(s, e) for s, e, *_ in found]
    out = []
    for m in BARE_WORD.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in busy):
            continue
        if AFTER_PREP.search(text, max(0, s - 30), s):
            continue
        w = m.group().lower()
        ends = {c for c in models if _last(c) == w}
        if not ends and index is not None:
            ends = {c for f in fams for c in index.families.get(f, ()) if _last(c) == w and not c.startswith("Claude")}
        canon = _one(ends)
        if canon:
            out.append((s, e, "MODEL", canon))
    return out


def branch_spans(text: str, found: list[tuple[int, int, str, str, bool]]) -> set[tuple[int, int]]:
    """(start, end) of the found spans on the prefix of a git branch path (``feat`` of ``feat/tarrow-4``)."""
    if "/" not in text:
        return set()
    out = set()
    for m in PATH.finditer(text):
        head = m.group().split("/")[0]
        if head.lower() in BRANCH_PREFIXES:
            out |= {(s, e) for s, e, *_ in found if m.start() <= s and e <= m.start() + len(head)}
    return out


# closed-class words that tell a passage's language (articles, conjunctions, copulas, negation; each grammar's commonest)
FUNCTION_WORDS = {
    "hu": frozenset("és az hogy egy nem mint is pedig szerint".split()),
    "sv": frozenset("och är att som för med inte det den till".split()),
    "da": frozenset("og er at som for med ikke det den til".split()),
    "no": frozenset("og er at som for med ikke det den til".split()),
    "de": frozenset("und der die das ist mit für nicht den dem".split()),
    "fi": frozenset("ja on että ei se oli myös mukaan".split()),
}
CASE_ENDINGS = {
    "hu": ("t", "ot", "et", "öt", "at", "nak", "nek", "ban", "ben", "ra", "re", "val", "vel"),
    "sv": ("s",), "da": ("s",), "no": ("s",), "de": ("s",),
    "fi": ("n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lle"),
}
UMLAUTS = re.compile("[äöåøæüőűßÄÖÅØÆÜŐŰ]")
ENGLISH = frozenset("the and is of to that with for".split())
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _w in _words:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
WORD = re.compile(r"(?<![\w{_H}])[A-ZÀ-ÖØ-Þ][^\W\d_]{3,}(?![\w{_H}])".replace("{_H}", _H))
LOWER_WORD = re.compile(r"[^\W\d_]+")


def language(text: str) -> str | None:
    """The passage's language among :data:`FUNCTION_WORDS` by its function words (None: English or unknown)."""
    if text.isascii() or not UMLAUTS.search(text):
        return None  # each of these languages writes ä, ö, å, ø, æ, ü, ő, ű or ß in any paragraph
    counts: dict[str, int] = {}
    eng = 0
    for w in LOWER_WORD.findall(text[:4000].lower()):
        if w in ENGLISH:
            eng += 1
        for lang in _LANGS_OF.get(w, ()):
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    lang = max(counts, key=lambda k: counts[k])
    return lang if counts[lang] >= 4 and counts[lang] > 2 * eng else None


def inflected(text: str, found: list[tuple[int, int, str, str, bool]], memory=None) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of found or remembered names with a case ending of the passage's language."""
    lang = language(text)
    if lang is None:
        return []
    endings = CASE_ENDINGS[lang]
    names: dict[str, tuple[str, str] | None] = {}
    for s, e, lab, canon, known in found:
        if lab in LABELS and canon:
            keys = {squash(text[s:e])} | ({_lab_word(canon)} - {None} if lab == "ORG" else set())
            for k in keys:  # the name as written; a lab's first word ("Mirranes" of Mirrane Research)
                names[k] = (lab, canon) if names.get(k, (lab, canon)) == (lab, canon) else None
    index = memory_index(memory)
    busy = [(s, e) for s, e, *_ in found]
    out = []
    for m in WORD.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b in busy):
            continue
        w = m.group()
        for end in endings:
            if not w.endswith(end) or len(w) - len(end) < 4:
                continue
            k = squash(w[: -len(end)])
            hit = names.get(k)
            if hit is None and k not in names and index is not None:
                hit = _one(index.forms.get(k, ()))
                if hit is None and not index.forms.get(k):
                    lab = _one(index.labs.get(k, ()))
                    hit = ("ORG", lab) if lab else None
            if hit:
                out.append((s, e - 1 if end == "s" else e, hit[0], hit[1]))
                break
    return out


PREV_CAP = re.compile(r"(?<![\w])(?P<w>[A-Z][\w'\u2019]*)[ ]\Z")  # "Maya Brisa": a person's or another name's part
SENT_START = re.compile(r"(?:[.!?:>*#\-\u2022\u2014\"\u201c(]\s*|\n\s*|\A\s*)\Z")


@lru_cache(maxsize=20000)
def _head_of(canon: str, label: str):
    return _head(canon, label)


def short_forms(text: str, found: list[tuple[int, int, str, str, bool]]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the short forms of the passage's new names written elsewhere (module doc)."""
    heads: dict[str, tuple[str, str] | None] = {}
    for s, e, lab, canon, known in found:
        if known or lab not in LABELS or not canon:
            continue
        h = _head_of(canon, lab)
        if h is None or len(h[0]) < 4:
            continue
        v = (lab, h[1])
        heads[h[0]] = v if heads.get(h[0], v) == v else None
    heads = {k: v for k, v in heads.items() if v is not None}
    if not heads:
        return []
    busy = sorted((s, e) for s, e, *_ in found)
    out = []
    for hs, (lab, canon) in heads.items():
        if _plain_word(hs) or hs.isalpha() and (hs.isupper() or hs.islower()):
            continue  # "Corvid", "GAUNTLET": written like a word or a heading
        for s in _occurrences(text, hs):
            e = s + len(hs)
            nxt = text[e:e + 2]
            if nxt[:1] in _SEP_OR_DOT and nxt[1:2].isalnum() or nxt[:1] == " " and (nxt[1:2].isdigit() or nxt[1:2].isupper()):
                continue  # "Thole 3", "Thole Max", "Thole-4", "thole/…": a longer name
            if any(a < e and s < b for a, b in busy):
                continue
            p = PREV_CAP.search(text, max(0, s - 30), s)
            if p is not None and p.group("w").lower() not in STOP_WORDS:
                continue
            out.append((s, e, lab, canon))
    return out


_SEP_OR_DOT = frozenset(HYPHENS + "/.")
_BEFORE_NOT = frozenset(HYPHENS + "./@#")


def _occurrences(text: str, w: str):
    """Starts of ``w`` in ``text`` as a whole word (str.find: no regex per name)."""
    i = text.find(w)
    n = len(w)
    while i >= 0:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_" or before in _BEFORE_NOT) and not (after.isalnum() or after == "_"):
            yield i
        i = text.find(w, i + 1)
