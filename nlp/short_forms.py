"""Short forms a passage introduces for the names it found: a bracketed abbreviation, a body's first word.

* **a bracketed abbreviation** right after a found organisation or benchmark ("the Dutch Research Council
  (NWO)", "the Harwick Fairness Suite (HFS-2)") is that name, and so is every later bare mention of it in the
  passage; :func:`nlp.doc_names.acronyms` reads the abbreviations whose letters are the name's initials,
  here the bracket alone says it (a translated name: the Dutch NWO, the German BSI). Never: a list of codes
  in brackets (two bracketed capitals that abbreviate no name of the passage: "(FR)", "(PL)"), a ticker
  (a passage about shares or stock), a bracket that goes on ("(NWO, 2024)"), an abbreviation the knowledge
  base knows as a name of its own (``listed``) or that a found name covers.
* **a body's first word**: the knowledge base's organisation of two words whose second is an organisation
  word ("Wikimedia Foundation", "Tarnfell Labs") written alone later ("removed Wikimedia") is that body,
  the entity guidelines' clipped reference. Only mid-sentence (a capital at a sentence's start says nothing),
  five letters or more, not a word the passage also writes in lower case ("Liquid" beside "liquid"), not
  beside another capitalised word ("Wikimedia Commons", "Jimmy Wikimedia"), not a word the knowledge base
  knows alone, and not a place, a person-like or a common capitalised word.

Regular expressions anchored on the found names and one pass over the capitalised words: linear.
"""

from __future__ import annotations

import re

from .unknown import COMMON_CAPS, PERSONLIKE, PLACES, SENTENCE_START

ABBR_AFTER = re.compile(r"[ \t]*\((?P<abbr>[A-Z][A-Za-z0-9&]{1,7}(?:-\d{1,2})?)\)")
CODE = re.compile(r"\(([A-Z]{2,3})\)")
TICKER_TALK = re.compile(r"\b(?:[Ss]hares?|[Ss]tocks?|[Tt]icker|NYSE|Nasdaq|NASDAQ|[Ll]isted|[Tt]rading|[Ee]quity|[Ii]nvestors?)\b")
ORG_WORDS = frozenset("Foundation Labs Lab AI Institute Research Systems Technologies Intelligence Collective Group "
                      "Robotics Computing Analytics".split())
CAP_WORD = re.compile(r"(?<![\w.@/\-'\u2019])[A-Z][a-z]{4,}(?![\w\-]|['\u2019]\w\w)")
NEXT_CAP = re.compile(r"[ \t]+[A-Z0-9]")
PREV_CAP = re.compile(r"[A-Z][\w.]*[ \t]+\Z")


def _caps(w: str) -> int:
    return sum(ch.isupper() for ch in w)


def _free(spans, s: int, e: int) -> bool:
    return not any(a < e and s < b for a, b in spans)


def find(text: str, found: list[tuple[int, int, str, str, bool]], listed=lambda word: False) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the short forms of ``found`` ((start, end, label, canonical, known)
    of the names found so far, label "STOP" for the knowledge base's stop phrases) in ``text``; ``listed``:
    the knowledge base knows a word as a name of its own."""
    spans = sorted((s, e) for s, e, *_ in found)
    out: list[tuple[int, int, str, str]] = []

    def add(s: int, e: int, lab: str, canon: str) -> None:
        if _free(spans, s, e) and _free([(a, b) for a, b, _, _ in out], s, e):
            out.append((s, e, lab, canon))

    abbrs: dict[str, tuple[str, str]] = {}
    if "(" in text:
        named = {canon for _, _, lab, canon, _ in found if lab in ("ORG", "BENCHMARK")}
        codes = {c for c in CODE.findall(text) if not any(c[0] == n[:1] for n in named)}
        tickers = TICKER_TALK.search(text) is not None
        for s, e, lab, canon, _ in found:
            if lab not in ("ORG", "BENCHMARK") or not canon:
                continue
            m = ABBR_AFTER.match(text, e)
            if m is None or tickers or len(codes) >= 2:
                continue
            a = m.group("abbr")
            if _caps(a) < 2 or len(a) < 3 or a in COMMON_CAPS or a in PLACES or listed(a) or a.lower() == canon.lower():
                continue
            if a in abbrs and abbrs[a] != (lab, canon):
                abbrs[a] = ("", "")  # two names claim it
                continue
            abbrs[a] = (lab, canon)
        abbrs = {a: v for a, v in abbrs.items() if v[0]}
        for a, (lab, canon) in abbrs.items():
            for m in re.finditer(rf"(?<![\w\-]){re.escape(a)}(?![\w\-])", text):
                add(m.start(), m.end(), lab, canon)
    heads: dict[str, tuple[str, str]] = {}
    for s, e, lab, canon, known in found:
        words = text[s:e].split()
        if lab == "ORG" and known and len(words) == 2 and words[1] in ORG_WORDS and words[0].isalpha() \
                and len(words[0]) >= 5 and words[0][1:].islower():
            w = words[0]
            if w in COMMON_CAPS or w in PLACES or w in PERSONLIKE or listed(w) or re.search(rf"\b{w.lower()}\b", text):
                continue
            heads[w] = ("", "") if w in heads and heads[w] != (lab, canon) else (lab, canon)
    heads = {w: v for w, v in heads.items() if v[0]}
    if heads:
        for m in CAP_WORD.finditer(text):
            hit = heads.get(m.group())
            if hit is None or NEXT_CAP.match(text, m.end()) or PREV_CAP.search(text, max(0, m.start() - 30), m.start()):
                continue
            if SENTENCE_START.search(text, max(0, m.start() - 12), m.start()):
                continue
            add(m.start(), m.end(), *hit)
    return sorted(out)
