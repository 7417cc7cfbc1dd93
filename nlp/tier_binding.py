"""A family's tiers, versions and snapshots read as one name class, after :mod:`nlp.name_tiers`.

Three steps over the candidates a passage already has (run right after ``name_tiers.apply``):

1. **A tier after a found family.** ``Corbel 5 Maxima with ninety days' notice``, ``Wherry-2 Ferro level
   with``: the finders found ``Corbel 5`` / ``Wherry-2`` (a new model, spaced or glued) or the family word
   alone (``the Wherry family``), and the capitalised word after the version is written once, with no
   closing place :mod:`nlp.name_tiers` reads. A capitalised word in the middle of a sentence right after a
   found new model's version is that model's tier, when it is no ordinary word of the project's lists
   (stop, calendar, product head, place, discourse, demonym, country: ``name_tiers._plain``), has no
   verb's or adverb's ending (``Arrives``, ``Beats``, ``Locally``), is not followed by another capital (a
   title-case headline, "Corbel 5 Tops Legal Board"), is no product tier ("the Corbel 5 Max plan"), and the
   line it stands in is no title-case headline. ``Windows 11 Home``, ``Phase 3 Trial``, ``Level 4
   Autonomy``: no family found before the word, nothing read.
2. **Snapshots and spellings.** A new model whose canonical is a tier model of the passage plus a date
   (``mullion-3-sprig-2611`` beside ``Mullion 3 Sprig``) or another spelling of it (``wherry-2-ferro`` →
   ``Wherry 2 Ferro`` beside ``Wherry-2 Ferro``) takes that model's canonical (the entity guidelines §4: one
   official spelling; nlp-shapes10's convention: a dated snapshot is the undated model the document names).
3. **Bare tiers anywhere.** Once the passage has ``Family N Tier`` (found by any route: prose, a slug, a
   list), a bare ``Tier`` elsewhere is that model when exactly one family-and-version carries that tier:
   title case under :mod:`nlp.name_tiers`' gates (here also where another step found the word alone under
   its own canonical: ``Quartz`` → ``Gimbal 1.5 Quartz``); ALL CAPS in an all-caps line (``VELORA'S KEYSTONE
   TOPS …``); lower case only where the passage itself writes that model in lower case (a chat's
   ``kazane-4-takumi`` … ``takumi only for …``).

Regular expressions over the text, built from the passage's own tier words: linear.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .demonyms import COUNTRIES, DEMONYMS
from .doc_names import DATED, _squash
from .name_tiers import (BARE_AFTER, BARE_GOES_ON, BARE_START, JOINT_AFTER, NAME_BEFORE, VERB_LIKE, _PRODUCT_TIER, family_tiers,
                         _closed, _plain)
from .unknown import _LO, _UP, TIER_WORDS

_H = re.escape(HYPHENS)
# "Ferro" in "Wherry-2 Ferro level with": no verb's third person ("Beats", "Tops"), "Plus" and "Nimbus" are kept
THIRD_PERSON = re.compile(r"[^su]s\Z")
PRODUCT_AFTER = re.compile(_PRODUCT_TIER)
# a tier model's canonical: "Mullion 3 Sprig", "Wherry-2 Ferro"
TIER_CANON = re.compile(rf"(?P<fam>[{_UP}][{_LO}]{{2,}})(?P<sep>[ {_H}])(?P<ver>\d{{1,2}}(?:\.\d)?)[ ](?P<tier>[{_UP}][{_LO}]{{2,14}})")
WORD = re.compile(rf"[{_UP}{_LO}]+")
DIGIT = re.compile(r"\d")
CAPS_LINE_MIN = 3  # letters words an all-caps line has at least


def _headline(text: str, pos: int) -> bool:
    """The line at ``pos`` is a title-case headline: most of its words (at least four) capitalised."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = WORD.findall(text[a:b if b >= 0 else len(text)])
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w.lower() in STOP_WORDS and len(w) <= 3 and w[0].isupper())
    low = [w for w in words if w[0].islower() and w.lower() not in STOP_WORDS]
    return caps >= 0.6 * len(words) and len(low) <= 1


def _tier_word(w: str) -> bool:
    """A capitalised word that can be a tier no list knows."""
    if w in TIER_WORDS:
        return True
    return not (_plain(w, True) or w in DEMONYMS or w in COUNTRIES or VERB_LIKE.search(w.lower()) or THIRD_PERSON.search(w))


def _after_found_family(text: str, ents: list, ai_at: Callable[[int], bool], ai_text: bool, make: Callable,
                        matches: list[re.Match]) -> list:
    """Step 1: ``Family N Word`` whose ``Family N`` (or bare family word) the finders found as a new model."""
    models = {(c.start, c.end): c for c in ents if c.label == "MODEL"}
    new_families = {text[c.start:c.end] for c in ents if c.label == "MODEL" and not c.known}
    spans = [(c.start, c.end) for c in ents]
    drop, add = set(), []
    for m in matches:
        w = m.group("tier")
        if not w or not _tier_word(w):
            continue
        s, e = m.start(), m.end("tier")
        head = models.get((s, m.end("ver")))
        if head is not None and head.known:
            continue  # a family the knowledge base reads: its tiers are its business
        over = [(a, b) for a, b in spans if a < e and s < b]
        if head is None and (over or m.group("fam") not in new_families):
            continue  # (a family word found alone: "the Wherry family" … "Wherry-2 Ferro")
        if head is not None and over != [(s, m.end("ver"))]:
            continue
        if not (ai_at(s) or ai_text) or PRODUCT_AFTER.match(text, e) or _headline(text, s):
            continue
        drop.update(over)
        add.append((s, e, f"{m.group('fam')}{m.group('sep') if m.group('sep') != ' ' else ' '}{m.group('ver')} {w}"))
    if not add:
        return ents
    return sorted([c for c in ents if (c.start, c.end) not in drop] + [make(s, e, canon) for s, e, canon in add],
                  key=lambda c: c.start)


def _in_a_tiered_passage(text: str, ents: list, ai_text: bool, make: Callable, matches: list[re.Match]) -> list:
    """Step 1b, in an AI passage, without the AI-sentence gate (the passage's own way of naming models is the
    evidence: a digest, a programme, a forum answer): two ``Family N Word`` shapes coordinated ("Corbel 5 Lumen
    and Mullion 3 Sprig complete about half") are models; and where the passage already names a new model as
    ``Family N Tier``, another ``Family N Word`` written once is a model where its place closes the name
    (:func:`nlp.name_tiers._closed`: a list item, a clause's end, a name's verb; here also a line's end)."""
    if not ai_text:
        return ents
    tiered = any(c.label == "MODEL" and not c.known and c.canonical and TIER_CANON.fullmatch(c.canonical) for c in ents)
    spans = [(c.start, c.end) for c in ents]
    models = [(c.start, c.end) for c in ents if c.label == "MODEL"]
    found = [m for m in matches if m.group("tier") and _tier_word(m.group("tier"))
             and not _plain(m.group("fam")) and not PRODUCT_AFTER.match(text, m.end("tier"))]
    starts = {m.start(): m for m in found}
    add = []
    for m in found:
        s, e = m.start(), m.end("tier")
        if any(a < e and s < b for a, b in spans) or _headline(text, s):
            continue
        j = JOINT_AFTER.match(text, e)
        paired = j is not None and j.end() in starts or any(
            (k := JOINT_AFTER.match(text, o.end("tier"))) is not None and k.end() == s for o in found)
        if paired or tiered and (text[e:e + 1] == "\n" or _closed(text, m, models)):
            sep = m.group("sep") if m.group("sep") != " " else " "
            add.append((s, e, f"{m.group('fam')}{sep}{m.group('ver')} {m.group('tier')}"))
    if not add:
        return ents
    return sorted(ents + [make(s, e, canon) for s, e, canon in add], key=lambda c: c.start)


def _tier_models(text: str, ents: list) -> dict[str, str]:
    """{squashed canonical: canonical} of the passage's new tier models (a date left off), the way the
    passage writes the name in prose where it does ("Wherry-2 Ferro" over the slug's "Wherry 2 Ferro")."""
    best: dict[str, str] = {}
    for c in ents:
        if c.label != "MODEL" or c.known or not c.canonical:
            continue
        name = c.canonical
        d = DATED.search(name)
        if d is not None:
            name = name[:d.start()]
        if TIER_CANON.fullmatch(name) is None:
            continue
        k = _squash(name)
        surface = text[c.start:c.end]
        if TIER_CANON.fullmatch(surface) and _squash(surface) == k:
            best[k] = surface
        else:
            best.setdefault(k, name)
    return best


def _spellings(text: str, ents: list, tiers: dict[str, str]) -> None:
    """Step 2: a dated snapshot or another spelling of a tier model the passage names takes its canonical."""
    written = {k: text[c.start:c.end] for c in ents for k in [_squash(text[c.start:c.end])]
               if c.label == "MODEL" and k in tiers and TIER_CANON.fullmatch(text[c.start:c.end])}
    for c in ents:
        if c.label != "MODEL" or c.known or not c.canonical:
            continue
        name = c.canonical
        d = DATED.search(name)
        k = _squash(name[:d.start()] if d is not None else name)
        if k not in tiers:
            continue
        if d is not None and k not in written:
            continue  # (a snapshot keeps its date where the passage never names the undated model)
        target = written.get(k, tiers[k])
        if c.canonical != target:
            c.canonical = target


def _bare(text: str, ents: list, tiers: dict[str, str], make: Callable, matches: list[re.Match]) -> list:
    """Step 3: a tier alone, in any case the passage's own forms allow, for the one model carrying it."""
    owners: dict[str, set[str]] = {}  # tier -> the families and versions it follows
    canon_of: dict[str, str] = {}
    for canon in tiers.values():
        m = TIER_CANON.fullmatch(canon)
        owners.setdefault(m.group("tier"), set()).add(_squash(m.group("fam") + m.group("ver")))
        canon_of[m.group("tier")] = canon
    for m in matches:  # every family and version a word follows ("Albatross-1 Max" too)
        if m.group("tier") in owners:
            owners[m.group("tier")].add(_squash(m.group("fam") + m.group("ver")))
    lower_written = set()
    for c in ents:
        if c.label == "MODEL" and c.canonical in tiers.values():
            w = text[c.start:c.end]
            if w == w.lower():
                lower_written.add(c.canonical)
    at = {(c.start, c.end): c for c in ents}
    spans = sorted(at)
    add = []
    for tier, fams in owners.items():
        if len(fams) != 1 or _plain(tier, True) or tier in TIER_WORDS:  # (a listed tier alone, "Mini": nlp.doc_names.tiers_alone's)
            continue
        canon = canon_of[tier]
        forms = [tier, tier.upper()] + ([tier.lower()] if canon in lower_written and tier.lower() not in STOP_WORDS else [])
        for s, e in sorted(x for f in forms for x in _occurrences(text, f)):
            w = text[s:e]
            c = at.get((s, e))
            if c is not None:
                if c.label == "MODEL" and not c.known and c.canonical == text[s:e] != canon:
                    c.canonical = canon  # found alone under its own name ("Quartz"): the tier of Gimbal 1.5
                continue
            if any(a < e and s < b for a, b in spans):
                continue
            if text[max(0, s - 1):s] in ("'", "\u2019"):
                continue
            if w == tier:
                if BARE_AFTER.match(text, e) is None:
                    continue
                if BARE_START.search(text, max(0, s - 4), s) and BARE_GOES_ON.match(text, e) is None:
                    continue
                p = NAME_BEFORE.search(text, max(0, s - 30), s)
                if p is not None and p.group(1).lower() not in STOP_WORDS:
                    continue
            elif w.isupper():
                if len(w) < 4 or not _caps_line(text, s):
                    continue
            else:  # lower case: a chat that writes the model so; a verb or punctuation after, no name part
                if not BARE_GOES_ON.match(text, e) or re.match(r"[ ]\d", text[e:e + 2]):
                    continue
            add.append((s, e, canon))
    add += _family_and_tier(text, tiers, spans + [(s, e) for s, e, _ in add])
    if not add:
        return ents
    return sorted(ents + [make(s, e, canon) for s, e, canon in add], key=lambda c: c.start)


def _family_and_tier(text: str, tiers: dict[str, str], spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """``Avocet Soar`` beside ``Avocet 4 Soar``: the family word and the tier with the version left out, when one
    version of that family carries the tier in the passage."""
    by_pair: dict[tuple[str, str], set[str]] = {}
    for canon in tiers.values():
        m = TIER_CANON.fullmatch(canon)
        by_pair.setdefault((m.group("fam"), m.group("tier")), set()).add(canon)
    out = []
    for (fam, tier), canons in by_pair.items():
        if len(canons) != 1 or fam not in text:
            continue
        canon, = canons
        for s, e in _occurrences(text, f"{fam} {tier}"):
            if not any(a < e and s < b for a, b in spans):
                out.append((s, e, canon))
    return out


def _occurrences(text: str, word: str):
    """(start, end) of ``word`` standing alone: no letter, digit, hyphen, dot, @ or / before it (an id's part),
    no letter, digit, hyphen or / after it (str.find: no pattern compiled per word)."""
    i = text.find(word)
    while i >= 0:
        e = i + len(word)
        before, after = text[i - 1:i], text[e:e + 1]
        if not (before and (before.isalnum() or before == "_" or before in HYPHENS or before in ".@/")) and not (
                after and (after.isalnum() or after == "_" or after in HYPHENS or after == "/")):
            yield i, e
        i = text.find(word, i + 1)


def _caps_line(text: str, pos: int) -> bool:
    """The line at ``pos`` is written in capitals (a wire headline): no lower-case letter, some words."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b >= 0 else len(text)]
    return not any(ch.islower() for ch in line) and len(WORD.findall(line)) >= CAPS_LINE_MIN


def remembered_tiers(text: str, ents: list, memory) -> dict[str, str]:
    """{squashed canonical: canonical} of the stream's remembered tier models (:class:`nlp.name_memory.NameMemory`)
    whose family and version the document names itself ("Mullion 3" or "Mullion-3" found as a model): a bare
    ``Keystone`` there is the ``Mullion 3 Keystone`` an earlier article named in full. The memory only grows:
    its tier models are indexed by family and version as they arrive (no scan of the memory per document)."""
    if not memory:
        return {}
    done, index = getattr(memory, "tier_index", None) or (0, {})  # (names read, {family+version: tier models})
    if len(memory.names) != done:
        for label, canon in islice(memory.names, done, None):
            m = TIER_CANON.fullmatch(canon) if label == "MODEL" else None
            if m is not None:
                index.setdefault(_squash(m.group("fam") + m.group("ver")), []).append(canon)
        memory.tier_index = (len(memory.names), index)
    if not index:
        return {}
    out = {}
    for c in ents:
        if c.label == "MODEL" and not c.known and c.canonical:
            for canon in index.get(_squash(c.canonical), ()):
                if TIER_CANON.fullmatch(canon).group("fam") in text:
                    out[_squash(canon)] = canon
    return out


def apply(text: str, ents: list, ai_at: Callable[[int], bool], make: Callable, ai_text: bool = False,
          memory=None) -> list:
    """``ents`` (candidates sorted by start: start, end, label, canonical, known) with the three steps above;
    ``make(start, end, canonical)`` builds a new model candidate; ``memory``: the stream's remembered names
    (or None), whose tier models lend their tiers to a document naming the family and version only."""
    if DIGIT.search(text) is None:
        return ents
    matches = list(family_tiers(text))
    if matches:
        ents = _after_found_family(text, ents, ai_at, ai_text, make, matches)
        ents = _in_a_tiered_passage(text, ents, ai_text, make, matches)
    tiers = _tier_models(text, ents)
    if tiers:
        _spellings(text, ents, tiers)
    tiers = {**remembered_tiers(text, ents, memory), **tiers}  # (the document's own spelling wins)
    if not tiers:
        return ents
    return _bare(text, ents, tiers, make, matches)
