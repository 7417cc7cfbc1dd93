"""Names introduced by a page's structure: glossary heads and run-in lists.

A glossary, an explainer or a quiz's answer key introduces a new name without a sentence around it:

* **a definition line** ``Name — definition`` / ``Name: definition`` / ``**Name** – definition`` (a bullet or a
  number may open it): when the definition's first words say what kind of thing it is ("a map-reading test",
  "an open reasoning model from ...", "a Nairobi startup that ..."), the head takes that label;
* **a block of definition lines** (consecutive, blank lines between them allowed): the heads are siblings, so
  an unknown head takes the label its known heads agree on (:func:`nlp.siblings._label_of`: at least two known,
  as many as the unknown ones), even when its own definition names no kind ("Name — jailbreak resistance,
  refreshed every January");
* **a run-in list** on one line, items parted by ``·`` or ``•`` and perhaps numbered ("1 Alpha · 2 Beta ·
  3 Gamma"): the same sibling vote.

Gates are the sibling module's (no person, place, common, calendar or tier word; a list holding a stop phrase
is no list of names) plus an AI passage. Regular expressions over the lines: linear in the text.
"""

from __future__ import annotations

import re

from .canonical import HYPHENS, clean
from .siblings import item_ok, _label_of
from .unknown import _UP

_H = re.escape(HYPHENS)
_TOK = rf"[{_UP}0-9][\w+\u00b2'\u2019]*(?:[.{_H}]\w+)*"
_NAME = rf"[{_UP}][\w+\u00b2'\u2019]*(?:[.{_H}]\w+)*(?:[ ]{_TOK}){{0,3}}"
# "Name — definition", "**Name**: definition", "- Name – definition", "3. **Name:** definition"
HEAD_LINE = re.compile(rf"^[ \t]*(?P<mark>(?:[*\-\u2022+\u25b8]|\d{{1,2}}[.)])[ \t]+)?(?P<bold>\*\*|__)?(?P<name>{_NAME})(?:\*\*|__)?"
                       rf"[ \t]*(?:(?P<dash>[\u2014\u2013]|[ ]-)|:)(?:\*\*|__)?[ \t]+(?P<def>[^\n]+)$", re.M)
# what the definition says the head is: an indefinite noun phrase ending in a kind noun
# ("a map-reading test built by ...", "a Lisbon startup that ..."); not "The city's start-up X has ..."
_LEAD = r"^(?:an?|one)[ ](?:[\w'\u2019\-]+[ ]){0,4}?"
KIND = re.compile(_LEAD + r"(?:(?P<b>benchmark|test|eval|evaluation|leaderboard|arena|exam|test[ ]suite)"
                  r"|(?P<m>model|LLM|chatbot|language[ ]model|assistant)"
                  r"|(?P<o>lab|start-?up|company|developer|research[ ]group|nonprofit|non-profit))s?"
                  r"(?=[,.;:()]|[ ][\u2014\u2013\-][ ]|\Z|[ ](?:of|for|from|by|built|made|developed|that|which|with|in|on|where|"
                  r"designed|trained|released|run|maintained|published|covering|measuring|based|focused|aimed|whose|and)\b)")
# heads that are a field's or a section's name, not a term ("Date: 2 May", "Summary: a test of the chatbot went well")
FIELD_WORDS = frozenset("""Summary Note Notes Decision Decisions Date Update Updates Background Context Verdict Result Results Conclusion
Conclusions Question Questions Answer Answers Q A Takeaway Takeaways Caveat Caveats Warning Example Examples Definition Disclaimer Source
Sources Method Methods Methodology Status Outcome Outcomes Goal Goals Aim Scope Problem Problems Issue Issues Task Tasks Setup Pros Cons
Tip Tips Why What How Who Where When Rating Price Pricing Availability License Licence Model Models Benchmark Benchmarks Test Tests
Score Scores Developer Maker Owner Author Authors Editor Correction Disclosure Topic Subject Agenda Item Action Actions Recommendation
Recommendations Finding Findings Risk Risks Lesson Lessons Bottom Headline Overview Abstract Introduction Intro Comment Comments
Response Reply Host Guest Interviewer Speaker Moderator Title Category Type Kind Version Release Changelog Fix Fixes New Added Removed
Changed Deprecated Known Limitations Limitation Purpose Objective Objectives Use Uses Users Audience Cost Costs Budget Timeline
Deadline Contact Location Venue Format Length Size Data Dataset Training Evaluation Evaluations Eval Evals Safety Privacy Security
Performance Quality Speed Accuracy Reasoning Coding Math Maths Vision Agents Agent Tools Context Memory Chat Search Warning Important
Reminder Correction Clarification Editor's Editors Sponsor Sponsored Advertisement Ad Tl Tldr TL;DR Verdict Winner Loser Runner""".split())
RUN_SEP = re.compile(r"[ \t]+[\u00b7\u2022][ \t]+")
RUN_ITEM = re.compile(rf"[ \t]*(?:#?\d{{1,2}}[.):]?[ \t]+)?(?:\*\*)?(?P<name>{_NAME})(?:\*\*)?[ \t]*")


def _item(text: str, s: int, e: int, known: dict, covered: list) -> tuple[int, int] | None:
    """The list item at text[s:e]: a known name inside it (its span), or the head itself when nothing found
    overlaps it; None when something found overlaps it only in part."""
    inner = [k for k in covered if s <= k[0] and k[1] <= e]
    inner = [k for k in inner if not any(j != k and j[0] <= k[0] and k[1] <= j[1] for j in inner)]  # ("Arena" in "X Arena")
    if inner:
        return inner[0] if len(inner) == 1 and k_is_name(text, inner[0], s, e) else None
    if any(a < e and s < b for a, b in covered):
        return None
    return (s, e)


def k_is_name(text: str, k: tuple[int, int], s: int, e: int) -> bool:
    """A known name is the item when only an article or punctuation is left around it."""
    rest = (text[s:k[0]] + text[k[1]:e]).strip(" *_'\"")
    return rest in ("", "The", "the")


BOARD_WORD = re.compile(r"[ ](?:Index|Arena|Board|Bench|Exam|Eval|Test|Suite|Leaderboard|Challenge|Olympiad)\Z")


def _ok(w: str, label: str) -> bool:
    """The sibling module's gates; a two-word benchmark ending in a board's word ("Tessellate Index") is no person."""
    if label == "BENCHMARK" and BOARD_WORD.search(w) and len(w.split()) == 2:
        return item_ok(w.split()[0], label, True)
    return item_ok(w, label, True)


def _vote(text: str, block: list, known: dict, stopped: set, kinds: dict, out: dict) -> None:
    """The unknown heads of one block of definition lines take the label their known heads (and the heads
    whose own definition says their kind) agree on: at least two of them, no disagreement, and no more than
    twice as many unknown heads; a block holding a stop phrase is no glossary of names."""
    if len(block) < 3 or any(k in stopped for k in block):
        return
    labels = [known.get(k) or kinds.get(k) for k in block]
    sure = [lab for lab in labels if lab is not None]
    unknown = [k for k, lab in zip(block, labels) if lab is None]
    if len(sure) < 2 or len(set(sure)) != 1 or sure[0] not in ("MODEL", "BENCHMARK", "ORG") or not unknown \
            or len(unknown) > 2 * len(sure):
        return
    for s, e in unknown:
        if _ok(text[s:e], sure[0]):
            out.setdefault((s, e), sure[0])


def find(text: str, taken: list[tuple[int, int, str]]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of unknown heads of definition lines and items of run-in lists,
    labelled by their definitions or their known siblings (see the module doc). ``taken``: (start, end,
    label) of every name found so far (label "STOP" for the knowledge base's stop phrases)."""
    if "\n" not in text and "\u00b7" not in text and "\u2022" not in text:
        return []
    known = {(s, e): lab for s, e, lab in taken if lab != "STOP"}
    stopped = {(s, e) for s, e, lab in taken if lab == "STOP"}
    covered = sorted(known.keys() | stopped)
    out: dict[tuple[int, int], str] = {}
    block: list[tuple[int, int]] = []
    kinds: dict[tuple[int, int], str] = {}
    prev_end = -1
    for m in list(HEAD_LINE.finditer(text)) + [None]:
        if block and (m is None or text[prev_end:m.start()].strip()):
            _vote(text, block, known, stopped, kinds, out)
            block = []
        if m is None:
            break
        prev_end = m.end()
        it = _item(text, m.start("name"), m.end("name"), known, covered)
        if it is None:
            continue
        head = text[it[0]:it[1]]
        if head.split()[0].strip("*_:") in FIELD_WORDS or " " in head and head.isupper():
            continue  # (a field's name: "Summary: a test of ..."; a heading "LEADERBOARD UPDATE —"; neither parts the block)
        if (m.group("dash") or m.group("bold") or m.group("mark")) and not (head.isalpha() and head.isupper()):
            block.append(it)  # (a bare "Key: value" line is a record's field, an all-caps "NAME:" a speaker: no glossary)
        k = KIND.match(m.group("def"))
        if k is not None and it not in known and it not in stopped:
            label = "BENCHMARK" if k.group("b") else "MODEL" if k.group("m") else "ORG"
            if _ok(text[it[0]:it[1]], label):
                out[it] = kinds[it] = label
    if "\u00b7" in text or "\u2022" in text:
        for line in re.finditer(r"[^\n]+", text):
            seps = list(RUN_SEP.finditer(text, line.start(), line.end()))
            if len(seps) < 2:
                continue
            bounds = [line.start()] + [x for sp in seps for x in sp.span()] + [line.end()]
            group = []
            for a, b in zip(bounds[::2], bounds[1::2]):
                r = RUN_ITEM.fullmatch(text, a, b)
                it = None if r is None else _item(text, r.start("name"), r.end("name"), known, covered)
                if it is None:
                    group = []
                    break
                group.append(it)
            if len(group) > 2:
                for s, e, label in _label_of(group, known, stopped, text):
                    out.setdefault((s, e), label)
    return sorted((s, e, lab, clean(text[s:e])) for (s, e), lab in out.items() if (s, e) not in known)
