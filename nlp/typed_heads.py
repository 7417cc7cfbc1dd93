"""Typed heads: a new name's kind from the noun it stands beside, then every mention of it (round 17).

Round 16's :mod:`nlp.role_frames` read verbs and role wordings ("X, maker of Y", "X spun out of ...") and fired on none
of the next set's first mentions. What does carry from page to page is the **kind noun** a writer puts beside a new
name so that the reader knows what it is: "X, a 1.3-billion-parameter model", "X, a Jakarta company,", "the national
mining safety service, X,", "the Stockholm lab X", "The X 2026 travel-agent test". The nouns are a small closed class
(what an AI lab, model or benchmark *is*), so this reads the noun phrase's structure, not its wording:

* **apposition after the name**: ``<Name>, a/an/the/<Poss>'s <mod>* <kind>`` where the kind noun closes the phrase
  (punctuation, a preposition or relative word, or a participle follows: "..., a Jakarta company, welcomed it",
  "..., a 24-billion-parameter model trained on ...");
* **the kind before the name**: ``the/a/its <mod>* <kind>[,] <Name>`` ("the Oslo start-up X", "the national mining
  safety service, X,") — organisation nouns here; model and benchmark nouns without a comma are role_frames' own;
* **compound**: ``the <Name> <mod>{0,2} <kind>`` for a name with a version or a year ("The X 2026 travel-agent
  test", "the X 3 language model"): a bare word before a kind noun is as often its maker ("the Kvist model");
* ``<Place>-based <Name>``: an organisation, where the place is a place of the repo's lists (nlp.demonyms,
  ``unknown.PLACES``) or, for a capitalised word no list has and no name found before, the name closes its phrase
  (a comma, a possessive, a dash follows: "Turin-based X, and"; not "Python-based X tooling");
* **coordination with a typed conjunct**: ``from <Name> and [the] <known ORG>`` / ``from <known ORG> and <Name>``:
  an organisation beside an organisation (a report or a model "from" two bodies).

Modifiers (``<mod>``) are lower-case words, sizes and ages ("1.3-billion-parameter", "7B", "four-year-old"), places and
demonyms, "AI", and names found before; an unknown capitalised modifier stops the phrase, and the modifiers that make the
noun something else ("role model", "blood test", "operating system") are role_frames' ``NOT_MODS``.

Kind nouns, English only (the repo's per-language heads, :mod:`nlp.native_heads`, are organisation name parts written
inside names, not descriptive nouns beside them; the English lists are these):

* ORG: the lab nouns of :mod:`nlp.unknown_orgs` (``_LAB_NOUN``: start-up, lab, company, firm, developer, maker,
  outfit ...) and the English equivalents of native_heads' "first" words for public bodies and businesses (ministry,
  agency, authority, regulator, service, institute, university, bank, foundation, operator, carrier ...);
* MODEL: role_frames' model nouns (model, LLM, chatbot, assistant) plus checkpoint and "<size>-parameter model"
  (modifiers); "system" only with an AI modifier as there;
* BENCHMARK: role_frames' benchmark nouns (benchmark, leaderboard, suite, eval, test) plus exam and evaluation.

Gates: as role_frames (an AI sentence at the name, the name shape of ``role_frames._ok``, not a person by the words
before it or elsewhere in the passage, not overlapping anything found, not a name the knowledge base matched in the
passage); a name two constructions type differently is left alone. Every same-string mention of a typed name in the
passage then takes its label and canonical (``role_frames.spread``); :mod:`nlp.doc_names` spreads further. Each
construction is a bounded regular expression found from its own literal words: linear.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from .canonical import HYPHENS
from .name_syntax import span_free
from .role_frames import (_END, _NAME, _VER, AI_MODS, NOT_MODS, PLACE_MODS, _at_words, _ok, _person_before,
                          _versioned, settle)
from .unknown import _UP, PLACES
from .word_uses import LANGUAGES

_H = re.escape(HYPHENS)
# role_frames' name shape, and also a web name ("Kata.ai", "Nuvo.io") and a year for a version ("Voyage 2026")
_TNAME = rf"{_NAME}(?:\.(?:ai|io|co|so|app|dev))?(?:[ ](?:19|20)\d\d(?![\w%]|[.,]\d)|{_VER})"
NAME_AHEAD = re.compile(rf"({_TNAME}){_END}")
NAME_BACK = re.compile(rf"(?<![\w.@/{_H}'\u2019])({_TNAME})(?:\*\*)?\Z")

ORG_KINDS = ("company", "companies", "start-up", "startup", "start up", "lab", "labs", "laboratory", "firm", "developer",
             "maker", "outfit", "unicorn", "vendor", "provider", "ministry", "agency", "authority", "regulator", "service",
             "institute", "university", "bank", "lender", "insurer", "foundation", "operator", "carrier", "airline", "telco",
             "consortium", "conglomerate", "group", "chipmaker", "manufacturer", "nonprofit", "non-profit", "spin-out",
             "spinout", "subsidiary")
MODEL_KINDS = ("model", "models", "LLM", "chatbot", "assistant", "checkpoint", "system")
BENCH_KINDS = ("benchmark", "leaderboard", "suite", "eval", "evaluation", "test", "exam")
_KIND = "|".join(re.escape(k).replace(r"\ ", "[ ]") for k in sorted(ORG_KINDS + MODEL_KINDS + BENCH_KINDS, key=len, reverse=True))
KIND_OF = {k: "ORG" for k in ORG_KINDS} | {k: "MODEL" for k in MODEL_KINDS} | {k: "BENCHMARK" for k in BENCH_KINDS}

# a modifier: a word, a size or age ("1.3-billion-parameter", "7B", "four-year-old"), a possessive ("Norway's")
_MOD = rf"[\w][\w.{_H}]*(?:['\u2019]s)?"
# what may follow a kind noun that closes its phrase: punctuation, the end, a preposition, relative or conjunction, a participle
_CLOSE = (r"(?=[ ]?[,.;:)\n\u2014\u2013]|[ ]?\Z|[ ](?:from|for|by|that|which|who|whose|with|in|on|at|of|to|and|or|based|behind|"
          r"since|after|before|than|like|whose|now|also|itself|[a-z]+ed|[a-z]+ing)\b)")
_DET = r"(?:a|an|the|its|their|our|[A-Z][\w\-]*['\u2019]s)"
APPOS_AFTER = re.compile(rf",[ ]{_DET}[ ](?P<mods>(?:{_MOD}[ ]){{0,4}}?)(?P<kind>{_KIND}){_CLOSE}")
KIND_AT = re.compile(rf"\b(?P<kind>{_KIND})(?![\w{_H}])")
AFTER_KIND = re.compile(rf"(?P<comma>,?)[ ](?=[{_UP}])")
BEFORE_KIND = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ ](?P<mods>(?:{_MOD}[ ]){{0,4}}?)\Z")
CLOSES = re.compile(_CLOSE)
COMPOUND_BACK = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ ](?P<name>{_TNAME})[ ](?P<mods>(?:[a-z][\w{_H}]*[ ]){{0,2}}?)\Z")
PLACE_BASED = re.compile(rf"(?<![\w{_H}])(?P<place>[{_UP}][a-zà-ÿ]+(?:[ ][{_UP}][a-zà-ÿ]+)?)[{_H}]based[ ](?=[{_UP}])")
FROM_AND = re.compile(r"\b(?:from|between|by)[ ](?:the[ ])?(?=[A-Z])")
AND = re.compile(r"[ ](?:and|&)[ ](?:the[ ])?")
COMMA_END = re.compile(r"(?:,|[ ]?\(|[ ]?\u2014|\.(?:\s|\Z)|;|:|['\u2019]s\b)")
# "the <kind>, X," is an apposition only when shut by a comma or a dash, and the phrase is no preposition's object
APPOS_SHUT = re.compile(r"(?:,|[ ]?[\u2014\u2013])")
PREP_BEFORE = re.compile(r"\b(?:to|for|at|in|on|from|by|with|of|about|than|like)[ ]\Z", re.I)
NAME_CLOSES = re.compile(r"(?:,|[ ]?\(|[ ]?\u2014|\.(?:\s|\Z)|;|:|['\u2019]s\b|[ ](?:and|or|said|says|is|was|has|had|will)\b)")


# compiled once here, not at each name the loops below read
_POSSESSIVE_END = re.compile(r"['\u2019]s\Z")


def _mods_ok(mods: str, kind: str, known: set) -> bool:
    words = mods.split()
    for w in words:
        base = _POSSESSIVE_END.sub("", w)
        if w.lower() in NOT_MODS or base.lower() in NOT_MODS:
            return False
        if w[:1].isupper() and base not in PLACE_MODS and base not in known and w.lower() not in AI_MODS and w != "AI" \
                and not any(ch.isdigit() for ch in w):
            return False  # an unknown capitalised word: the phrase is a name of its own ("the Apple Pay service")
    if kind in ("system", "assistant"):  # people are assistants too: "Marta, its new assistant"
        return any(w.lower() in AI_MODS for w in words)
    return True


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool],
         listed: set | frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of names typed by a kind noun beside them (see the module doc), with their
    other mentions. ``taken``: (start, end, label) found before; ``ai_at(pos)``: the sentence at ``pos`` is about AI;
    ``listed``: surfaces the knowledge base matched in the passage (their rules decide)."""
    kinds = list(KIND_AT.finditer(text))
    if not kinds and "based " not in text and " from " not in text and " between " not in text:
        return []
    digits = any(ch.isdigit() for ch in text)
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e]: lab for s, e, lab in taken if lab in ("MODEL", "ORG", "BENCHMARK")}
    orgs_at = {(s, e) for s, e, lab in taken if lab == "ORG"}
    known = set(labelled)
    votes: Counter = Counter()
    first: dict[str, int] = {}

    def vote(s: int, e: int, label: str) -> bool:
        w = text[s:e]
        if w in labelled or w in listed or not _ok(text, w) or not span_free(spans, longest, s, e) or not ai_at(s) \
                or _person_before(text, s):
            return False
        if label == "ORG" and _versioned(w):
            return False  # ("X 3, a Lisbon company": a model's name is no company)
        votes[(w, label)] += 1
        first.setdefault(w, s)
        return True

    # <Name>, a/the <mod>* <kind>
    if kinds and ", " in text:
        for m in _at_words(APPOS_AFTER, text, (", ",)):
            kind = m.group("kind")
            if not _mods_ok(m.group("mods"), kind, known) or kind in ("test", "suite", "model", "group", "service") \
                    and not m.group("mods"):
                continue  # ("Brexit, a test for ...", "Kate, a model from London": a bare noun needs a modifier)
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if x is not None:
                vote(x.start(1), x.end(1), KIND_OF[kind])
    # one pass over the kind nouns: "the <mod>* <org kind>[,] <Name>" and "the <Name 2026> <mod>{0,2} <kind>"
    for k in kinds:
        kind = k.group("kind")
        a = AFTER_KIND.match(text, k.end())
        if a is not None and (KIND_OF[kind] == "ORG" or a.group("comma")) and not (kind.endswith("s") and kind != "labs"):
            d = BEFORE_KIND.search(text, max(0, k.start() - 80), k.start())  # (role_frames reads "the speech model X")
            n = NAME_AHEAD.match(text, a.end()) if d is not None else None
            if n is not None and _mods_ok(d.group("mods"), kind, known) \
                    and (not a.group("comma") or APPOS_SHUT.match(text, n.end()) is not None
                         and PREP_BEFORE.search(text, max(0, d.start() - 12), d.start()) is None):
                vote(n.start(1), n.end(1), KIND_OF[kind])  # ("the service, Nvidia said": a clause, not shut; "According
                # to the company, X (...)": the comma closes an adverbial, the name starts the clause)
        if KIND_OF[kind] != "ORG" and digits and CLOSES.match(text, k.end()) is not None:
            c = COMPOUND_BACK.search(text, max(0, k.start() - 80), k.start())
            if c is not None and _versioned(c.group("name")) and _mods_ok(c.group("mods"), kind, known):
                vote(c.start("name"), c.end("name"), KIND_OF[kind])
    # <Place>-based <Name>
    if "based " in text:
        for m in PLACE_BASED.finditer(text):
            if not span_free(spans, longest, m.start("place"), m.end("place")):
                continue  # ("Llama-based X": a model's name before -based)
            n = NAME_AHEAD.match(text, m.end())
            if n is None or _versioned(n.group(1)):
                continue
            if m.group("place") in PLACE_MODS or m.group("place") in PLACES or NAME_CLOSES.match(text, n.end(1)) is not None:
                vote(n.start(1), n.end(1), "ORG")  # (a word no place list has: the name must close its phrase,
                # "Python-based Gorvo tooling" is a product's)
    # from <Name> and <known ORG> / from <known ORG> and <Name>
    if orgs_at and (" from " in text or " between " in text):
        org_starts = {s: e for s, e in orgs_at}
        for m in _at_words(FROM_AND, text, ("from ", "between ", "by ")):
            n = NAME_AHEAD.match(text, m.end())
            if n is not None:
                a = AND.match(text, n.end(1))
                if a is not None and a.end() in org_starts:
                    vote(n.start(1), n.end(1), "ORG")
            if m.end() in org_starts:
                a = AND.match(text, org_starts[m.end()])
                n2 = NAME_AHEAD.match(text, a.end()) if a is not None else None
                if n2 is not None and COMMA_END.match(text, n2.end(1)) is not None or n2 is not None and \
                        re.match(r"[ ](?:[a-z]+ed|[a-z]+ing|said|says|have|has|are|were|to|in|on)\b", text[n2.end(1):n2.end(1) + 20]):
                    vote(n2.start(1), n2.end(1), "ORG")
    return settle(text, votes, first, spans, longest, listed, labelled)


# ---- negatives by the same construction (what the noun or the phrase beside a mention says it is instead)
_LANG = "|".join(sorted(LANGUAGES, key=len, reverse=True))
# "X means elephant in Swahili", "X means \"flow\" in Hindi", "X means 'bud'": the name cited as a word
MEANS_WORD = re.compile(rf"[ ](?:means|meant)[ ](?:[\"\u201c'\u2018][^\"\u201d'\u2019\n]{{1,30}}[\"\u201d'\u2019](?![\w])"
                        rf"|(?:[a-z][\w'\u2019{_H}]*[ ]){{1,4}}in[ ](?:{_LANG})\b)")
WORD_IN = re.compile(rf"[\"\u201d'\u2019]?[ ](?:is|was)[ ](?:also[ ])?(?:the|a|an)[ ](?:{_LANG})[ ](?:word|name|term)[ ]for\b")


def not_names(text: str, rows) -> set[tuple[int, int]]:
    """(start, end) of mentions in ``rows`` ((start, end, label, known, canonical)) that the construction beside them
    says are no AI name: a new name cited as a word ("X means elephant in Swahili", "X is the Hindi word for ...").
    (A person's surname, the place of "<ORG> of <City>" and a body's lower-case description are
    :func:`nlp.org_bounds.not_names`.)"""
    out: set[tuple[int, int]] = set()
    if not rows:
        return out
    for s, e, lab, known, canon in rows:
        if lab in ("MODEL", "ORG", "BENCHMARK") and not known and (MEANS_WORD.match(text, e) or WORD_IN.match(text, e)):
            out.add((s, e))  # (a name the KB knows keeps its mention: "Alibaba's Qwen means "thousand questions"" is the model's)
    return out
