"""Organisations named in business lists: customers, partners, investors, thanks (round 16).

A company's news names the firms it deals with in lists: "contracts with Aer Lingus and Electric Ireland,
and a pilot with An Post", "a Series B led by Inovia Capital, with BDC Capital, Export Development Canada
and the pension manager OMERS", "customers include X, Y and Z", "The authors thank Bolt and the Estonian
Research Council". The other ORG rules need a lab word or a cue beside each name; here the cue is the
business phrase that opens the list, and the list's members share it. Read (English, closed lists):

* **deal cues**: "contract(s) / deal(s) / agreement(s) / partnership(s) / pilot(s) / tie-up(s) / MoU(s) with";
* **funding cues**: "(round / Series X / funding / investment …) led by / co-led by / backed by", "with
  participation from", "raised … from" (a sum in the 60 characters before "from");
* **member cues**: "customers / clients / partners / investors / backers / shareholders include / such as";
* **thanks**: "thank(s) (to)", "grateful to" (people are thanked as often as bodies: a thanks list needs a
  member some other rule found as an organisation).

Items: one to four capitalised words (an inner "of / for / de" between capitals kept: "Bank of Ireland"),
optionally after "the" and a lower-case role ("the pension manager OMERS"); items are joined by commas,
"and", "&", "as well as", "with". A list whose members include an organisation found by another rule labels
every item that has a name's shape; a list after a deal, funding or member cue does so on its own, item by item.

Never an item: a person (two capitalised words whose last word the text also writes alone: "Ruiz said"; a
title "Dr"/"Prof"), a place or nationality, a month or weekday, a product or calendar head
(:data:`nlp.unknown.BLOCKED_HEADS`), a common capitalised word, an item holding a digit (a model's version),
anything overlapping a name found before, a sentence opener. Linear: one regular-expression pass for the cues,
then bounded matches from each cue.
"""
from __future__ import annotations

import re
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import clean
from .demonyms import CAPITALS, PEOPLES
from .literal_starts import LiteralStarts
from .unknown import _UP, BLOCKED_HEADS, COMMON_CAPS, PLACES

_CAP = rf"[{_UP}][\w&'\u2019\-]*(?:\.\w+)*"
# the cue, in three families (the group names say which)
CUE = re.compile(
    r"\b(?:(?P<deal>(?:contracts?|deals?|agreements?|partnerships?|pilots?|tie-ups?|MoUs?|trials?|collaborations?)[ ]with)"
    r"|(?P<fund>(?:led|co-led|backed|joined)[ ]by|participation[ ]from|(?:raised|raises|secured|secures|closed)[ ][^.\n;]{0,60}?[ ]from)"
    r"|(?P<member>(?:customers|clients|partners|investors|backers|shareholders|lenders)[ ](?:include|includes|included|including|are|such[ ]as))"
    r"|(?P<thank>(?:[Tt]hank|[Tt]hanks[ ]to|[Tt]hanked|[Gg]rateful[ ]to)))"
    rf"[ ](?:the[ ])?(?=[{_UP}])")
CUE = LiteralStarts(CUE)  # (its search, the entity finder's gate, and finditer tried at the cues' first letters only)
# a funding word before "led by" / "backed by": the round, not a team led by a person
FUND_BEFORE = re.compile(r"\b(?:round|Series[ ][A-Z]|seed|funding|financing|investment|raise|tranche|\$|\u20ac|\u00a3|million|billion)\b",
                         re.I)
_SUM = re.compile(r"\d|million|billion", re.I)
# one item: [the] [lower-case role words] Name (1-4 capitalised words, inner of/for/and/de between capitals)
ITEM = re.compile(rf"(?:the[ ])?(?:(?:[a-z][a-z\-]+[ ]){{1,3}}(?=[A-Z]{{2}}))?"
                  rf"(?P<name>{_CAP}(?:[ ](?:(?:of|for|de|du|del|di)[ ])?{_CAP}){{0,3}})")
SEP = re.compile(r"(?:[ ]*,[ ]*(?:and[ ]|with[ ]|as[ ]well[ ]as[ ]|plus[ ])?|[ ]+(?:and|&|as[ ]well[ ]as|plus)[ ]+)(?:the[ ])?(?=[A-Z\w])")
_TITLES = frozenset("Mr Mrs Ms Dr Prof Professor Sir Dame Lady Lord Mx".split())
_ARTICLES = frozenset("An La Le El Les Los Las Die Der Das De Al Il Lo".split())  # mid-sentence: a name's own article ("An Post")
_SENT_END = re.compile(r"[.!?:]\s*\Z|\n\s*\Z|\A\s*\Z")
_MONTHS = frozenset("January February March April May June July August September October November December".split())


def _person(text: str, words: list[str]) -> bool:
    if words[0] in _TITLES:
        return True
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    last = words[1]  # "Ana Ruiz ... Ruiz said": a surname written alone (not a place: "Electric Ireland ... in Ireland")
    if last in PLACES or last in CAPITALS:
        return False
    for m in re.finditer(rf"(?<![\w\-]){re.escape(last)}(?![\w\-])", text):
        if not text.endswith(words[0] + " ", 0, m.start()):
            return True
    return False


def _shaped(text: str, name: str, words: list[str]) -> bool:
    first = words[0]
    if any(ch.isdigit() for ch in name) or name in PLACES or name in CAPITALS or name in PEOPLES:
        return False
    if first in _ARTICLES:
        return len(words) > 1  # "An Post": the article is the name's own
    if first in BLOCKED_HEADS or first.lower() in STOP_WORDS or first in COMMON_CAPS or first in _MONTHS:
        return False
    if len(words) == 1 and (len(first) < 3 or first in PLACES):
        return False
    if len(words) > 1 and all(w in PLACES for w in words if w[:1].isupper()):
        return False
    return not _person(text, words)


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool] | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, "ORG", canonical) of the organisations in ``text``'s business lists, none overlapping ``taken``
    ((start, end, label) of the names found so far)."""
    out: list[tuple[int, int, str, str]] = []
    orgs = {(s, e) for s, e, lab in taken if lab == "ORG"}
    spans = sorted((s, e) for s, e, _ in taken)
    done = 0
    for m in CUE.finditer(text):
        if m.start() < done:
            continue
        if m.group("fund") and m.group("fund").endswith(" by") and not FUND_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            continue  # "a team led by Ana Ruiz": no money, no round
        if m.group("fund") and m.group("fund").endswith(" from") and m.group("fund").startswith(("raise", "secure", "close")) \
                and not _SUM.search(m.group("fund")):
            continue
        if m.group("thank") and _SENT_END.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Thanks to X, ..." opening a sentence: a cause, not a list
        items, pos = [], m.end()
        while True:
            im = ITEM.match(text, pos)
            if im is None:
                break
            s, e = im.start("name"), im.end("name")
            # a name going on with a digit or a hyphen: a model or a compound, not an organisation
            if re.match(r"[ ]?[\-\u2011]?\d|[\-\u2011]\w", text[e:e + 2]):
                break
            items.append((s, e))
            sm = SEP.match(text, e)
            if sm is None:
                break
            pos = sm.end()
        done = pos
        if not items:
            continue
        has_org = any(any(a < e and b > s for a, b in orgs) for s, e in items)
        if any(_person(text, text[s:e].split()) for s, e in items):
            continue  # one member a person ("Ana Ruiz ... Ruiz said"): a list of people
        if not has_org and m.group("thank"):
            continue
        for s, e in items:
            name = text[s:e]
            while name.endswith((".", "'", "\u2019")):  # "... and OMERS." / "OMERS'"
                name, e = name[:-1], e - 1
            words = name.split()
            if not words or (s, e) in orgs or any(a < e and b > s for a, b in spans):
                continue
            if not _shaped(text, name, words):
                continue
            if ai_at is not None and not has_org and not ai_at(s) and not ai_at(m.start()):
                continue
            out.append((s, e, "ORG", clean(name)))
    return out
