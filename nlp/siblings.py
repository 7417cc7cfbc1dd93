"""A name's label from its siblings: the unknown members of a coordination whose known members agree.

"including Anthropic, Google DeepMind, OpenAI and Vantor" lists labs, so ``Vantor`` is one; "on GPQA,
QuillEval and AIME" lists benchmarks; "diagrams (MathVista, MathVerse)" too, once one of them is known.
The other rules need a cue worded near the name; here the cue is the list itself. Read:

* **inline coordinations**: names joined by commas, "and", "or", "&", "as well as" or slashes, inside
  one clause (a full stop, semicolon, colon or bracket ends a list; so does a comma after the "and":
  "After GPT-5 and Claude 4, Vantor shipped ..." lists two models, not three);
* **bullets of one shape**: consecutive bullet lines that each hold only a name (optionally bold,
  optionally followed by a colon, a dash or a bracket).

An unknown item takes the label only if the known items all agree on it and either at least two of them
are known and they are at least as many as the unknown ones, or one is known and the item's own shape
says the same (a benchmark-shaped word, a versioned model name, a lab-ending name). Never labelled: a
list without a conjunction that runs on into the sentence ("GPT-5, Claude 4, Vantor shipped"), a list
holding a word the knowledge base stops, an item that opens its sentence, and whatever the existing
gates refuse (people, places, products, common and calendar words: :mod:`nlp.unknown`,
:mod:`nlp.unknown_orgs`). The canonical name is the surface as written. Regular expressions over the
text: linear in its length; no parse needed (the bullets and separators are in the characters).
"""

from __future__ import annotations

import re
from typing import Callable

from .canonical import HYPHENS, clean
from .unknown import (BENCH_SHAPE, COMMON_CAPS, DISCOURSE, NOT_A_MODEL, NOT_BENCH, PERSONLIKE, PLACES, SENTENCE_START,
                      TECH_WORD, TIER_WORDS, _model_like, _ok_head)
from .unknown_orgs import LAB_END, _name_ok

_H = re.escape(HYPHENS)
# an item: a capitalised word (CamelCase, acronym, digits, hyphened parts), with up to two more words that
# start with a capital or a digit ("Kestrel 2 Pro", "Vantor Labs")
_PART = rf"[A-Z][A-Za-z0-9+\u00b2]*(?:[.{_H}][A-Za-z0-9]+)*"
ITEM = re.compile(rf"(?<![\w.@{_H}'\u2019]){_PART}(?:[ ](?:{_PART}|\d+(?:\.\d+)?[A-Za-z]?)){{0,2}}(?![\w]|[{_H}]\w|['\u2019]s\b|\.\d)")
# what joins two items of one list; the "conj" group marks the closing conjunction
SEP = re.compile(r"[ ]*,[ ]*(?P<c1>(?:and|or|&)[ ]+)?|[ ]+(?P<c2>and|or|&|as[ ]well[ ]as)[ ]+|[ ]*(?P<slash>/)[ ]*")
# where a list without a conjunction may end: punctuation, a line's end, "and others", "etc."
CLOSED_END = re.compile(r"\s*(?:[.;:)\]\n]|\Z|,?\s+(?:and|or)\s+(?:others|more|so\s+on)\b|,?\s+etc\b)")
BULLET = re.compile(rf"^[ \t]*(?:[*\-\u2022+]|\d{{1,2}}[.)])[ \t]+(\*\*)?(?P<name>{_PART}(?:[ ](?:{_PART}|\d+(?:\.\d+)?)){{0,2}})(?(1)\*\*)"
                    rf"[ \t]*(?:$|[:(\u2014\u2013]|[ ]-[ ])", re.M)
LABELS = ("MODEL", "BENCHMARK", "ORG")
ACRONYM = re.compile(r"[A-Z]{2,5}")


def _shape_says(w: str, label: str) -> bool:
    """The item's own form agrees with the label its one known sibling gives."""
    if label == "BENCHMARK":
        return (BENCH_SHAPE.fullmatch(w) is not None or TECH_WORD.fullmatch(w) is not None) and not _model_like(w)
    if label == "MODEL":
        return _model_like(w) and BENCH_SHAPE.fullmatch(w) is None
    return LAB_END.search(w) is not None and " " in w


def _item_ok(w: str, label: str) -> bool:
    """The gates every new name passes (:mod:`nlp.unknown`, :mod:`nlp.unknown_orgs`): no person, place,
    product, calendar or common word."""
    first = w.split()[0]
    if len(w) < 2 or w in COMMON_CAPS or first in PLACES or first in DISCOURSE or first in PERSONLIKE or not _ok_head(w):
        return False
    if label == "ORG":  # (an acronym may lead a company's name: "KT Cloud", "LG Display")
        return _name_ok(w) or len(w.split()) == 2 and ACRONYM.fullmatch(first) is not None and (
            _name_ok(w.split()[1]) or LAB_END.fullmatch(w.split()[1]) is not None)
    words = w.split()
    if len(words) > 1 and all(x.isalpha() and x[1:].islower() and x not in TIER_WORDS for x in words):
        return False  # "Jane Marlow": two plain words are a person's name, not a model's or a benchmark's
    if first in NOT_BENCH or first in NOT_A_MODEL or w in TIER_WORDS:
        return False
    if label == "BENCHMARK":
        return not _model_like(w)
    return BENCH_SHAPE.fullmatch(w) is None


def _groups(text: str, items: list[tuple[int, int]]):
    """Runs of items joined by list separators, each ending at the item after its conjunction (slashes may
    go on: "A/B/C"); yields (items, closed): closed when a conjunction or slash joins them or the run ends
    the clause."""
    run, conj, slash = [], False, False
    for s, e in items:
        if run:
            m = SEP.fullmatch(text, run[-1][1], s) if s - run[-1][1] <= 16 else None
            if m is not None and (not conj or slash and m.group("slash")):
                run.append((s, e))
                conj = conj or bool(m.group("c1") or m.group("c2") or m.group("slash"))
                slash = bool(m.group("slash"))
                continue
            if len(run) > 1:
                yield run, conj or CLOSED_END.match(text, run[-1][1]) is not None
        run, conj, slash = [(s, e)], False, False
    if len(run) > 1:
        yield run, conj or CLOSED_END.match(text, run[-1][1]) is not None


def _label_of(group, known: dict, stopped: set, text: str) -> list[tuple[int, int, str]]:
    """The unknown items of one group labelled by their known siblings (empty when the group does not say,
    or when an unknown item fails the gates: a list holding a place or a common word is no list of names)."""
    if any(k in stopped for k in group):
        return []
    labels = [known[k] for k in group if k in known]
    unknown = [k for k in group if k not in known]
    if not labels or not unknown or len(set(labels)) != 1 or labels[0] not in LABELS:
        return []
    label = labels[0]
    if not all(_item_ok(text[s:e], label) for s, e in unknown):
        return []
    if len(labels) >= 2 and len(labels) >= len(unknown):
        return [(s, e, label) for s, e in unknown]
    if len(labels) == 1 and len(unknown) == 1 and _shape_says(text[unknown[0][0]:unknown[0][1]], label):
        return [(unknown[0][0], unknown[0][1], label)]
    return []


def find_siblings(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the unknown names labelled by their siblings in ``text``.

    ``taken``: (start, end, label) of every name found so far (label "STOP" for the knowledge base's stop
    phrases: a list holding one is no list of names); ``ai_at(pos)``: whether the sentence at ``pos`` is
    about AI."""
    if not taken:
        return []
    known = {(s, e): lab for s, e, lab in taken if lab != "STOP"}
    stopped = {(s, e) for s, e, lab in taken if lab == "STOP"}
    spans = sorted(known.keys() | stopped, key=lambda k: (k[0], -k[1]))  # the longest first: "DeepSeek-V3.2", not its lab
    # the items in text order: the names found, and the capitalised runs between them
    items, pos = [], 0
    for s, e in spans:
        if s < pos:
            continue
        items += [(m.start(), m.end()) for m in ITEM.finditer(text, pos, s)]
        items.append((s, e))
        pos = e
    items += [(m.start(), m.end()) for m in ITEM.finditer(text, pos)]
    out, bullets = {}, set()
    for group, closed in _groups(text, items):
        if not closed:
            continue  # "GPT-5, Claude 4, Vantor shipped ...": no conjunction, the run goes on into the clause
        for s, e, label in _label_of(group, known, stopped, text):
            out[(s, e)] = label
    lines = [m for m in BULLET.finditer(text)] if "\n" in text else []
    block: list = []
    for m in lines + [None]:  # consecutive bullet lines of one shape: a list of names
        if block and (m is None or text.count("\n", block[-1].end(), m.start()) != 1):
            group = [b.span("name") for b in block]
            if len(group) > 2:
                for s, e, label in _label_of(group, known, stopped, text):
                    out[(s, e)] = label
                    bullets.add((s, e))
            block = []
        if m is not None:
            block.append(m)
    return sorted((s, e, lab, clean(text[s:e])) for (s, e), lab in out.items()
                  if (s, e) not in known and ((s, e) in bullets or not SENTENCE_START.search(text, max(0, s - 12), s)) and ai_at(s)
                  and not any(a < e and s < b for a, b in spans))
