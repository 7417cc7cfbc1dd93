"""A new family's tiers no list knows, and the bare tiers that stand for them.

"Skua 4 arrives in two tiers, the fast Skua 4 Swift and the reasoning Skua 4 Deep. Deep posts 77.3% ...":
``Swift`` and ``Deep`` are no tier words of any list, so the finders stop at ``Skua 4`` (or find nothing).
The passage's structure says they are tiers: one ``Family N`` written with two different capitalised words
after it, or with the same word twice, or after a variant's adjective ("the larger Skua 4 Deep"). Then

* every ``Family N Word`` of the passage is one model ``Family N Word`` (a found ``Family N`` is extended, an
  unfound one is added), and a bare ``Family N`` is that family's model;
* one mention is enough when its place says the word ends the name (:func:`_closed`): the name is an item of a
  list of found models ("Mistral Medium 3, Skua 4 Deep, Reiger-3"; "GPT-5 and Skua 4 Deep") or the word closes a
  clause ("the smaller one, Skua 4 Deep, runs on a laptop"), in an AI sentence; the word is no demonym or language
  ("Skua 4 Thai language model") and has no verb's or adverb's ending ("Skua 4 Arrives."); this reads only the
  ``Family N Word`` mentions themselves (no bare ``Word`` elsewhere);
* a bare ``Word`` elsewhere in the passage is that model (the entity guidelines annotate clipped references
  that clearly denote one model), when the word follows one family and version only, is not followed by another
  capitalised word ("A Deep Dive"), and, at a sentence's start, goes on with a verb or a conjunction ("Deep
  posts", "Swift is", "Swift or"), not with a noun ("Deep learning").

Gates: an AI sentence at the family's mentions (or, for a family with two tiers, an AI passage); neither the family word nor the tier a stop, calendar,
product head, place or common word (:mod:`nlp.unknown`'s lists); the family word no known model's or
benchmark's name. Regular expressions over the text: linear.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS
from .doc_names import NOT_MODEL_AFTER
from .demonyms import COUNTRIES, DEMONYMS
from .unknown import _LO, _UP, BLOCKED_HEADS, COMMON_CAPS, DISCOURSE, PLACES, TIER_WORDS

_H = re.escape(HYPHENS)
# a product tier, not a model: "Brisa 4 Pro users", "the Skua 4 Max plan" (nlp.doc_names' list, and "mode")
_PRODUCT_TIER = rf"{NOT_MODEL_AFTER.pattern}|[ ]mode\b"
# "Skua 4 Deep", "Skua-4 Swift": a family word, a version, and one capitalised word that is not followed by another
# (the look-behind comes after the first character, which the engine then skips to: capitals are few)
FAMILY_TIER = re.compile(rf"(?P<fam>[{_UP}](?<![\w{_H}.@/][{_UP}])[{_LO}]{{2,}})(?P<sep>[ {_H}])(?P<ver>\d{{1,2}}(?:\.\d)?)"
                         rf"(?:[ ](?P<tier>[{_UP}][{_LO}]{{2,14}})(?![\w{_H}]|[ ][{_UP}]|{_PRODUCT_TIER})|(?![\w{_H}]|\.\d|[ ][{_UP}0-9]))")
# (a score may follow a tier, "Skua 4 Deep 77.3%", not a bare version: "Skua 4 7" is no name)
VARIANT_BEFORE = re.compile(r"\b(?:the|a|its)[ ](?:larger|smaller|bigger|faster|fast|slower|cheaper|reasoning|thinking|new|"
                            r"compact|flagship|heavier|lighter|top|premium|budget)[ ]\Z", re.I)
BARE_START = re.compile(r"(?:\A|[.!?]\s+|\n\s*|:\s+|[\u2014\u2013]\s+)\Z")
BARE_GOES_ON = re.compile(r"(?:[,;:.!?)]|\s+(?:or|and|vs\.?|versus|is|was|has|had|can|does|did|will|would|wins|leads|posts|"
                          r"scores|scored|gets|got|costs|answers|thinks|follows|followed|tops|topped|beats|beat|trails|"
                          r"remains|stays|came|comes|reaches|reached|sits|fell|falls|uses)\b|\s+[a-z]+(?:s|ed)\b|\Z)")
BARE_AFTER = re.compile(rf"(?![\w{_H}]|\.\d|[ ][{_UP}0-9]|['\u2019]s[ ][{_UP}]|[ ](?:plans?|subscriptions?|subscribers|tier|mode|users|"
                        r"accounts?|version|edition)\b)")  # ("the Pro plan": a plan, not the model)
NAME_BEFORE = re.compile(rf"(?<![\w{_H}])([{_UP}](?:[\w{_H}.]*[\w{_H}])?)[ ]\Z")  # (not "Apache-2.0. Deep is": a sentence ended)
# one mention: what closes the name ("Skua 4 Deep," / "... Deep." / "Deep;"), and the list joints around it
CLOSES = re.compile(r"(?:[,;)]|\.(?!\w)|[ ]?[\u2014\u2013][ ]|\Z)")
JOINT_BEFORE = re.compile(r"(?:,|;|[ ](?:and|or|&|vs\.?|versus))[ ]\Z")
JOINT_AFTER = re.compile(r"(?:,[ ](?:and[ ]|or[ ])?|[ ](?:and|or|&|vs\.?|versus)[ ])")
# a name's verb after the word: "Skua 4 Deep was fourth", "Skua 4 Deep entered the top five"
GOES_ON = re.compile(r"[ ](?:is|was|has|had|can|could|will|would|does|did|scores|scored|leads|led|posts|posted|tops|topped|beats|"
                     r"beat|trails|trailed|reaches|reached|sits|sat|came|comes|wins|won|gets|got|runs|ran|outperforms|matches|"
                     r"ranks|ranked|lands|landed|achieves|solves|solved|from|by|[a-z]{3,}ed)\b")
VERB_LIKE = re.compile(r"(?:ed|es|ing|ly)\Z")
NOT_TIER = frozenset("Home Edition Review Summary Update Results Report Notes Card Team Group Labs Lab Inc Ltd AI".split())


@lru_cache(maxsize=8)
def family_tiers(text: str) -> tuple[re.Match, ...]:
    """``FAMILY_TIER``'s matches in ``text``, kept per text: this module and ``nlp.tier_binding`` both read them."""
    return tuple(FAMILY_TIER.finditer(text))


def _plain(w: str, tier: bool = False) -> bool:
    """An ordinary word: no family word, and no tier unless a tier word of the lists ("Flash" heads no name, but is a tier)."""
    return (w.lower() in STOP_WORDS or w in COMMON_CAPS or w in PLACES or w in DISCOURSE or w in NOT_TIER
            or w in BLOCKED_HEADS and not (tier and w in TIER_WORDS))


def _family(key: tuple[str, str], ms: list[re.Match]) -> str:
    """The family and version as the passage writes them: "Skua-4" when every mention has the hyphen, else "Skua 4"."""
    return f"{key[0]}-{key[1]}" if all(m.group("sep") != " " for m in ms) else f"{key[0]} {key[1]}"


def _closed(text: str, m: re.Match, models: list[tuple[int, int]]) -> bool:
    """``Family N Word`` whose place says the word ends the name: a list item beside a found model, or a closed clause."""
    w = m.group("tier")
    if _plain(w, True) or w in DEMONYMS or w in COUNTRIES or VERB_LIKE.search(w.lower()) and w not in TIER_WORDS:
        return False
    e = m.end("tier")
    if CLOSES.match(text, e) or GOES_ON.match(text, e):
        return True
    s = m.start()
    before = JOINT_BEFORE.search(text, max(0, s - 12), s)
    if before is not None and any(b == before.start() for a, b in models):
        return True
    after = JOINT_AFTER.match(text, e)
    return after is not None and any(a == after.end() for a, b in models)


def _single_tiers(text: str, by_fam: dict, models: list[tuple[int, int]], ai_at: Callable[[int], bool]) -> dict:
    """{(family, version): tiers} read from one mention's place (no bare tiers from them); a list's items read so
    count as found models for their neighbours ("Gemini 3 Pro, Skua 4 Deep, Tarn 2 Swift and GPT-5")."""
    single: dict[tuple[str, str], set[str]] = defaultdict(set)
    todo = [m for key, ms in by_fam.items() if not _plain(key[0]) for m in ms if m.group("tier") and ai_at(m.start())]
    models = list(models)
    for _ in range(3):
        done = [m for m in todo if _closed(text, m, models)]
        if not done:
            break
        for m in done:
            single[(m.group("fam"), m.group("ver"))].add(m.group("tier"))
            models.append((m.start(), m.end("tier")))
            todo.remove(m)
    return single


def apply(text: str, ents: list, ai_at: Callable[[int], bool], make: Callable, ai_text: bool = False) -> list:
    """``ents`` (candidates sorted by start, with start, end, label, canonical, known) with the passage's
    new tiers read as above; ``make(start, end, canonical)`` builds a new model candidate."""
    if not any(ch.isdigit() for ch in text):
        return ents
    found = list(family_tiers(text))
    if not found:
        return ents
    known = [(c.start, c.end) for c in ents if c.known]
    by_fam: dict[tuple[str, str], list[re.Match]] = defaultdict(list)
    for m in found:
        by_fam[(m.group("fam"), m.group("ver"))].append(m)
    for key in [k for k, ms in by_fam.items() if any(a < m.end() and m.start() < b for m in ms for a, b in known)]:
        del by_fam[key]  # a family the knowledge base reads ("Gemini 2.5 Flash"): its tiers are its business
    tiers: dict[tuple[str, str], set[str]] = {}
    single = _single_tiers(text, by_fam, [(c.start, c.end) for c in ents if c.label == "MODEL"], ai_at)
    for key, ms in by_fam.items():
        fam = key[0]
        if _plain(fam) or len(ms) < 2:
            continue
        words = [m.group("tier") for m in ms if m.group("tier") and not _plain(m.group("tier"), True)]
        variant = {m.group("tier") for m in ms if m.group("tier") and VARIANT_BEFORE.search(text, max(0, m.start() - 20), m.start())}
        good = {w for w in words if words.count(w) >= 2 or len(set(words)) >= 2 or w in variant}
        if good and (any(ai_at(m.start()) for m in ms) or ai_text and len(good) >= 2):  # (two tiers: the passage is enough)
            tiers[key] = good
    if not tiers and not single:
        return ents
    spans = [(c.start, c.end) for c in ents]
    drop, add = set(), []
    for key in set(tiers) | set(single):
        good = tiers.get(key, set()) | single.get(key, set())
        for m in by_fam[key]:
            tier = m.group("tier") if m.group("tier") in good else None
            if tier is None and key not in tiers:
                continue  # (a family read from one mention: its other mentions are not this step's)
            s, e = m.start(), (m.end("tier") if tier else m.end("ver"))
            over = [(a, b) for a, b in spans if a < e and s < b]
            if any(a < s or b > e for a, b in over):
                continue  # a found name reaches outside this one: leave it
            if over == [(s, e)]:
                continue
            drop.update(over)
            add.append((s, e, _family(key, by_fam[key]) + (f" {tier}" if tier else "")))
    owners: dict[str, set] = defaultdict(set)
    for key in set(tiers) | set(single):
        for w in tiers.get(key, set()) | single.get(key, set()):
            owners[w].add(key)
    taken = sorted([(a, b) for a, b in spans if (a, b) not in drop] + [(s, e) for s, e, _ in add])
    written: dict[str, set] = defaultdict(set)  # every family and version a word follows ("Albatross-1 Max" too)
    for key, ms in by_fam.items():
        for m in ms:
            if m.group("tier"):
                written[m.group("tier")].add(key)
    for w, keys in owners.items():
        if len(keys) != 1 or len(written[w]) > 1:
            continue  # (a tier of two models: "the Max" beside Albatross-2 Max and Albatross-1 Max is no one's)
        (fam, ver), = keys
        for m in re.finditer(rf"(?<![\w{_H}.@/]){re.escape(w)}", text):
            s, e = m.start(), m.end()
            if BARE_AFTER.match(text, e) is None or any(a < e and s < b for a, b in taken):
                continue
            if text[max(0, s - 1):s] in ("-", "'", "\u2019") or BARE_START.search(text, max(0, s - 4), s) and BARE_GOES_ON.match(text, e) is None:
                continue
            p = NAME_BEFORE.search(text, max(0, s - 30), s)
            if p is not None and p.group(1).lower() not in STOP_WORDS:
                continue  # the last word of another name: "Orrin Flash"
            add.append((s, e, f"{_family((fam, ver), by_fam[(fam, ver)])} {w}"))
    if not add:
        return ents
    out = [c for c in ents if (c.start, c.end) not in drop] + [make(s, e, canon) for s, e, canon in add]
    out.sort(key=lambda c: c.start)
    return out
