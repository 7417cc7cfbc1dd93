"""First mentions of new names in business and news prose: apposition and role frames (round 16).

A new model, benchmark or lab is often named once in ordinary prose by the role a phrase gives it, and then
repeated bare. The cue readers before this one (:mod:`nlp.unknown`, :mod:`nlp.unknown_orgs`,
:mod:`nlp.name_syntax`) take these frames only for names of a technical shape or of one plain word; here the
frame alone decides, for any name shape (``Pewit-ASR``, ``Quarro 2``, ``Brisket``):

* **a kind noun before the name**: "the speech model X", "its open reasoning LLM X", "the coding benchmark X",
  "an agent test suite X" (a model or benchmark noun, up to three modifier words: lower-case words, place words,
  a name found before: "the OpenAI model X"; "system" only after an AI word: "the speech system X");
* **a maker apposition**: "X, maker of Y" / "X, the developer of Y" — X a lab, Y its model;
* **a model from a lab**: "Y from the Argentine lab Z", "Y, by the Lisbon start-up Z" — Y a model when it has a
  version or a hyphened or CamelCase shape ("Table 3 from the lab" has a blocked head);
* **a lab's relative clause**: "<lab>, whose Y ..." — Y a model when it has a version;
* **a predicate of role**: "X is Turkey's first real model vendor", "X is a Lisbon AI start-up" — X a lab (the
  noun must close the phrase: not "the company's CTO", "a lab technician");
* **a benchmark's part**: "the Irish-accent split of X", "the hard subset of X", "X's Welsh-accent split" — X a
  benchmark.
* **the kind noun closing an apposition or a predicate**: "X, the synthesis model from ...", "X was mostly a Danish
  chat model", "X, a Finnish reading test from ...", "X is a new agent benchmark." (a bare "a model" / "a test" needs
  a modifier: "Kate is a model from London");
* **what only a model undergoes**: "a fine-tune / distilled version of X", "an updated X 1", "X was trained on ..." (X
  also written with a version or kind suffix in the passage: "Smith was trained on the job" is not), "X's weights";
* **a spin-out**: "X spun out of the freight-software company Y" — X a lab.

Every mention of a name found so in the passage takes its label (as written, not going on with a version or
another capitalised word), a model's family word takes it at its versioned and suffixed mentions ("Fermata 1" beside a
framed "Fermata"), and the word of a suffixed model is that model ("Hüma's voices" beside "Hüma-TTS"); :mod:`nlp.doc_names` spreads the names further (capitals, possessives, memory).

Gates (as the other unknown-name readers): an AI sentence at the frame (the caller's ``ai_at``); a name shape —
capitalised, not a stop word, calendar or product head, place, tier, discourse word, person title, an acronym of
common use; not a word the passage also writes in lower case (an ordinary word); not a person (a capitalised word
right before it that is no sentence opener, or the passage writing it after a first name); nothing found before
overlapped. A name two frames give different labels takes the one given more often (a tie: left alone). Each
frame is a bounded regular expression found from its own literal words, checked first with ``in``: linear.
"""

from __future__ import annotations

import re
from bisect import insort
from collections import Counter
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, clean
from .demonyms import CAPITALS, COUNTRIES, DEMONYMS, SUBNATIONAL
from .unknown import _AL, _LO, _UP, BLOCKED_HEADS, COMMON_CAPS, DISCOURSE, NOT_BENCH, PLACES, TIER_WORDS
from .name_syntax import span_free
from .unknown_orgs import LAB_END, PERSON_TITLES

_H = re.escape(HYPHENS)
# a name: a capitalised word with hyphened parts ("Pewit-ASR", "Seal-0"), and a version after a space ("Quarro 2")
_NAME = rf"[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*"
_VER = r"(?:[ ]\d{1,2}(?:\.\d{1,2})?(?![\w%]|[.,]\d|[ ]?(?:%|points?|pts|percent|per[ ]cent|million|billion|bn|m)\b))?"
# not going on with more of a name: letters, a hyphened part, a dot and a digit, another capitalised word
_END = rf"(?![\w]|[{_H}]\w|\.\d|[ ][{_UP}0-9])"
GOES_ON = re.compile(rf"[\w]|[{_H}]\w|\.\d|[ ][{_UP}0-9]")
NAME_AHEAD = re.compile(rf"({_NAME}{_VER}){_END}")
NAME_BACK = re.compile(rf"(?<![\w.@/{_H}'\u2019])({_NAME}{_VER})(?:\*\*)?\Z")

_MOD = rf"[\w{_H}]+"
# ---- a kind noun before the name: "the speech model X", "the coding benchmark X"
KIND_NOUN = re.compile(r"\b(?P<noun>model|LLM|chatbot|assistant|system|benchmark|leaderboard|test[ ]suite|test[ ]set|suite|eval|test)"
                       rf"[ ](?=[{_UP}])")
KIND_BACK = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)[ ](?P<mods>(?:{_MOD}[ ]){{0,3}})\Z")
KIND_WORDS = ("model", "LLM", "chatbot", "assistant", "system", "benchmark", "leaderboard", "suite", "eval", "test")
MODEL_NOUNS = frozenset("model LLM chatbot assistant system".split())
# modifiers that make the noun another thing: "role model", "business model", "operating system", "blood test"
NOT_MODS = frozenset("""role business pricing revenue fashion operating data weather financial economic scale toy car
blood drug stress driving crash road field unit pilot beta alpha acid litmus smell eye hearing pregnancy covid
nuclear missile school entrance exam exit written oral practice solar immune nervous legal tax banking payment stock
share""".split())
# job titles and ranks: "the assistant Director of ...", "the test Pilot"
TITLES = frozenset("""Director Manager Secretary Editor Chief Head President Vice Minister Officer Engineer Researcher Analyst
Lead Principal Partner Coordinator Professor Lecturer Fellow Chair Chairman Chairwoman Founder Cofounder Co-founder Producer
Captain Pilot Commissioner Governor Mayor Judge Counsel Attorney Agent Inspector Superintendent Dean Provost""".split())
OF_AFTER = re.compile(r"[ ](?:of|at|for)[ ]")
AI_MODS = frozenset("""ai speech voice reasoning coding code dialogue dialog translation vision recognition agent agentic
language transcription synthesis tts asr chat assistant answering retrieval""".split())

# ---- "X, the synthesis model from ...", "X was mostly a Romanian chat model": the model noun closes the phrase
_MODEL_CLOSE = (r"(?:model|LLM|chatbot|assistant)(?=[ ]?[,.;:)\n]|[ ]?\Z|[ ](?:from|for|by|that|which|built|trained|made|"
                r"developed|designed|released|launched|tuned|aimed|with|in|on|of[ ]\d)\b)")
MODEL_APPOS = re.compile(rf",[ ](?:a|an|the)[ ](?P<mods>(?:{_MOD}[ ]){{0,3}}?){_MODEL_CLOSE}")
MODEL_IS = re.compile(rf"[ ](?:is|was)[ ](?:(?:mostly|mainly|largely|essentially|also|still|now|basically|simply|just|primarily)[ ])?"
                      rf"(?:a|an|the)[ ](?P<mods>(?:{_MOD}[ ]){{0,3}}?){_MODEL_CLOSE}")
# "X, the Finnish reading test from ...", "X is a new agent benchmark.": the benchmark noun closes the phrase
_BENCH_CLOSE = (r"(?P<noun>benchmark|leaderboard|test[ ]suite|test[ ]set|suite|eval|test)s?(?=[ ]?[,.;:)\n]|[ ]?\Z|[ ](?:from|for|by|that|"
                r"which|built|made|released|launched|with|in|of[ ]\d)\b)")
BENCH_APPOS = re.compile(rf",[ ](?:a|an|the)[ ](?P<mods>(?:{_MOD}[ ]){{0,3}}?){_BENCH_CLOSE}")
BENCH_IS = re.compile(rf"[ ](?:is|was)[ ](?:(?:also|still|now|essentially|basically|simply|just|primarily)[ ])?(?:a|an|the)[ ]"
                      rf"(?P<mods>(?:{_MOD}[ ]){{0,3}}?){_BENCH_CLOSE}")
# "a fine-tune of X", "a distilled version of X": a model's derivative is made from a model
DERIVED = re.compile(rf"\b(?:fine-?tunes?|fine-?tuned[ ]version|distill(?:ed[ ]version|ation)|quanti[sz](?:ed[ ]version|ation)|"
                     rf"merges?)[ ]of[ ](?:the[ ])?(?=[{_UP}])")
# "X was trained on ...", "X is fine-tuned from ...": only a model is trained (people and pronouns are kept out by the gates)
TRAINED = re.compile(r"[ ](?:is|was|were|has[ ]been|had[ ]been)[ ](?:(?:also|first|then|mostly|mainly|only|reportedly)[ ])?"
                     r"(?:pre-?trained|fine-?tuned|trained|distilled)[ ](?:on|from|with)[ ]")
TRAINED_WORDS = ("trained", "tuned", "distilled")
# "an updated Kide 1", "the retrained Quarro 2": a versioned name that is updated is a model
UPDATED = re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ ](?:updated|upgraded|refreshed|retrained|re-?trained)[ ](?=[{_UP}])")
# "X spins out of the freight-software company Y", "X, a spin-out of Y": a company
SPIN = re.compile(r"[ ](?:spins?|spun)[ ](?:out|off)[ ](?:of|from)[ ]|,[ ](?:a|the)[ ](?:[\w-]+[ ])?spin-?(?:out|off)[ ](?:of|from)[ ]")
DERIVED_WORDS = ("fine", "Fine", "distill", "quanti", "merge")
# "X's predecessor" (beside "X 1" in the passage: a model's family), "X's weights", "X's model card"
MODEL_OWNS = re.compile(r"['\u2019]s[ ](?:(?P<kin>predecessor|successor)|weights|checkpoints?|model[ ]card|system[ ]card|"
                        r"context[ ]window)\b")

# ---- "X, maker of Y", "X, the developer of Y"
MAKER = re.compile(r",[ ](?:the[ ])?(?:maker|makers|developer|developers|creator|creators|builder|builders|publisher)"
                   rf"[ ]of[ ](?:the[ ])?(?=[{_UP}])")
MAKER_WORDS = ("maker", "developer", "creator", "builder", "publisher")

# ---- "Y from the Argentine lab Z", "Y, by the Lisbon start-up Z"
FROM_LAB = re.compile(rf"(?<=[ ])(?:from|by)[ ](?:the[ ])?(?:{_MOD}[ ]){{0,3}}?(?:lab|laboratory|start[{_H}]?up|company|firm|"
                      r"developer|outfit|team)\b(?!['\u2019])")
FROM_WORDS = (" from ", " by ")

# ---- "<lab>, whose Y ..."
WHOSE = re.compile(rf",[ ]whose[ ](?:(?:new|latest|own|flagship|open|first|second|next|current|newest)[ ])*(?=[{_UP}])")

# ---- "X is Turkey's first real model vendor", "X is a Lisbon AI start-up"
ROLE = re.compile(rf"[ ](?:is|was|remains|became|has[ ]become)[ ](?:(?:a|an|the)|[{_UP}][{_AL}]+['\u2019]s)[ ]"
                  rf"(?:{_MOD}[ ]){{0,4}}?(?:vendor|lab|laboratory|start[{_H}]?up|company|firm|provider|supplier|maker)s?"
                  r"(?=[ ]?[,.;:)\n]|[ ]?\Z|[ ](?:of|for|in|that|which|with|to|and|from|based|behind|building|focused|known|whose)\b)")
ROLE_WORDS = (" is ", " was ", " remains ", " became ", " has become ")

# ---- "the Irish-accent split of X", "X's Welsh-accent split"
PART_OF = re.compile(rf"\b(?P<noun>split|subset|subtask|partition|track)s?[ ]of[ ](?:the[ ])?(?=[{_UP}])")
PART_BACK = re.compile(rf"\b(?:the|its|a|an)[ ](?P<mods>(?:{_MOD}[ ]){{0,2}})\Z")
PART_AFTER = re.compile(rf"['\u2019]s[ ](?:{_MOD}[ ]){{0,2}}?(?:split|subset|subtask|partition)s?\b")
PART_WORDS = ("split", "subset", "subtask", "partition", "track")

# a model name of a word and a kind suffix: "Hüma-TTS", "Pewit-ASR" (its word alone is the model)
SUFFIXED = re.compile(rf"([{_UP}][{_LO}]{{3,}})[{_H}](?:[A-Z]{{2,4}}|Coder|Voice|Audio|Speech|Chat)")


def short_form(w: str) -> str | None:
    m = SUFFIXED.fullmatch(w)
    return m.group(1) if m else None


NOT_NAMES = frozenset(DISCOURSE | PERSON_TITLES | PLACES | NOT_BENCH | COMMON_CAPS | TIER_WORDS | COUNTRIES | DEMONYMS
                      | SUBNATIONAL | CAPITALS)
PLACE_MODS = frozenset(PLACES | COUNTRIES | DEMONYMS | SUBNATIONAL | CAPITALS)
FIRST_NAME = re.compile(rf"(?<![\w.])([{_UP}][{_LO}]+)[ ]\Z")
SENTENCE_OPEN = re.compile(r"(?:\A|[.!?:;]\s+|\n\s*(?:[#*>\-\u2022]+\s*)*|[\"'\u201c\u2018(]\s*)\Z")


def _at_words(rx: re.Pattern, text: str, literals) -> list[re.Match]:
    """``rx``'s matches that begin where one of ``literals`` is written (found with ``str.find``: a regular
    expression led by an alternation tries every position, this only the few where its words are)."""
    out = {}
    for lit in literals:
        i = text.find(lit)
        while i >= 0:
            m = rx.match(text, i)
            if m is not None:
                out.setdefault(m.start(), m)
            i = text.find(lit, i + 1)
    return [out[k] for k in sorted(out)]


def _head(w: str) -> str:
    return re.split(rf"[ {_H}]", w, maxsplit=1)[0]


def _ok(text: str, w: str) -> bool:
    """A name's shape: its first word no stop, blocked, place or tier word, not an ordinary word of the passage."""
    h = _head(w)
    if len(h) < 3 and not any(ch.isdigit() for ch in w) or h.lower() in STOP_WORDS or h in TITLES or h in BLOCKED_HEADS or h in NOT_NAMES \
            or w in NOT_NAMES or LAB_END.fullmatch(h) is not None or h.isupper() and len(h) <= 3 and " " not in w and "-" not in w:
        return False
    low = w.lower()
    if low == w:
        return True
    i = text.find(low)
    while i >= 0:  # the passage writes it in lower case as a word of its own: an ordinary word
        j = i + len(low)
        if not (i and (text[i - 1].isalnum() or text[i - 1] in HYPHENS)) and not (j < len(text) and (text[j].isalnum()
                                                                                                   or text[j] in HYPHENS)):
            return False
        i = text.find(low, j)
    return True


def _person_before(text: str, s: int) -> bool:
    """A capitalised word right before ``s`` that opens no sentence: the name is a surname or part of a longer name."""
    m = FIRST_NAME.search(text, max(0, s - 25), s)
    if m is None:
        return False
    w = m.group(1)
    return not (w.lower() in STOP_WORDS or w in BLOCKED_HEADS or w in DISCOURSE
                or SENTENCE_OPEN.search(text, max(0, m.start() - 6), m.start()) is not None and w in NOT_NAMES)


def _surname(text: str, w: str) -> bool:
    """The passage writes ``w`` after a capitalised first name ("Dana Veyra"): a person."""
    i = text.find(" " + w)
    while i > 0:
        m = FIRST_NAME.search(text, max(0, i - 20), i + 1)
        if m is not None and m.group(1).lower() not in STOP_WORDS and m.group(1) not in NOT_NAMES \
                and m.group(1) not in BLOCKED_HEADS:
            return True
        i = text.find(" " + w, i + 1)
    return False


def _mods_ok(mods: str, noun: str, known: set) -> bool:
    words = mods.split()
    for w in words:
        if w.lower() in NOT_MODS:
            return False
        if w[:1].isupper() and w not in PLACE_MODS and w not in known and w.lower() not in AI_MODS and w != "AI":
            return False  # "the Tesla Model 3" never reaches here; "the Apple model" has no name after it
    if noun == "system":
        return any(w.lower() in AI_MODS for w in words)
    return True


def _family_of_shaped(text: str, w: str) -> bool:
    """The passage writes ``w`` with a version or a kind suffix ("Hüma-TTS 2", "Kelpy 3"): a model family's word."""
    return re.search(rf"(?<![\w{_H}]){re.escape(w)}(?:[{_H}][A-Z]{{2,4}}\b|[ {_H}]\d)", text) is not None


def _versioned(w: str) -> bool:
    return any(ch.isdigit() for ch in w)


def _shaped(w: str) -> bool:
    """A version, a hyphened part or an inner capital: no person's or plain word's shape."""
    return _versioned(w) or any(ch in HYPHENS for ch in w) or any(ch.isupper() for ch in w[1:])


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool],
         listed: set | frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of names given a role by a frame (see the module doc), with their other
    mentions. ``taken``: (start, end, label) of what was found before (stop phrases too); ``ai_at(pos)``: whether
    the sentence at ``pos`` is about AI; ``listed``: surfaces the knowledge base matched in the passage, kept or
    not ("Cursor", an ambiguous company): their rules decide, a frame never labels them."""
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e]: lab for s, e, lab in taken if lab in ("MODEL", "ORG", "BENCHMARK")}
    orgs = {w for w, lab in labelled.items() if lab == "ORG"}
    known = set(labelled)
    votes: Counter = Counter()
    first: dict[str, int] = {}

    def vote(s: int, e: int, label: str, need_shape: bool = False) -> bool:
        w = text[s:e]
        if w in labelled or w in listed or not _ok(text, w) or not span_free(spans, longest, s, e) or not ai_at(s):
            return False
        if need_shape and not _shaped(w) or _person_before(text, s):
            return False
        votes[(w, label)] += 1
        first.setdefault(w, s)
        return True

    if any(k in text for k in KIND_WORDS):
        for m in _at_words(KIND_NOUN, text, KIND_WORDS):
            n = NAME_AHEAD.match(text, m.end())
            d = KIND_BACK.search(text, max(0, m.start() - 60), m.start()) if n is not None else None
            if d is None or not _mods_ok(d.group("mods"), m.group("noun"), known) \
                    or OF_AFTER.match(text, n.end()) is not None:  # ("the assistant Director of ...": a title)
                continue
            vote(n.start(1), n.end(1), "MODEL" if m.group("noun") in MODEL_NOUNS else "BENCHMARK")
    if any(k in text for k in ("model", "LLM", "chatbot", "assistant")):
        for rx in (MODEL_APPOS, MODEL_IS):
            for m in (rx.finditer(text) if rx is MODEL_APPOS else _at_words(rx, text, (" is ", " was "))):
                x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
                if x is not None and _mods_ok(m.group("mods"), "model", known) \
                        and (m.group("mods") or not m.group().endswith("model")):  # ("Kate is a model from ...")
                    vote(x.start(1), x.end(1), "MODEL")
    if any(k in text for k in TRAINED_WORDS):
        for m in _at_words(TRAINED, text, (" is ", " was ", " were ", " has been ", " had been ")):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if x is not None and (_shaped(x.group(1)) or _family_of_shaped(text, x.group(1))):  # ("Smith was trained on the job")
                vote(x.start(1), x.end(1), "MODEL")
    if "updated" in text or "upgraded" in text or "refreshed" in text or "trained" in text:
        for m in UPDATED.finditer(text):
            n = NAME_AHEAD.match(text, m.end())
            if n is not None and _versioned(n.group(1)):
                vote(n.start(1), n.end(1), "MODEL")
    if "spin" in text or "spun" in text:
        for m in _at_words(SPIN, text, (" spin", " spun", ", a ", ", the ")):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if x is not None and not _versioned(x.group(1)):
                vote(x.start(1), x.end(1), "ORG")
    if any(k in text for k in KIND_WORDS[5:]):
        for rx in (BENCH_APPOS, BENCH_IS):
            for m in (rx.finditer(text) if rx is BENCH_APPOS else _at_words(rx, text, (" is ", " was "))):
                x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
                if x is not None and _mods_ok(m.group("mods"), m.group("noun"), known) \
                        and (m.group("mods") or m.group("noun") not in ("test", "suite")):  # ("Brexit is a test for ...")
                    vote(x.start(1), x.end(1), "BENCHMARK")
    if any(k in text for k in DERIVED_WORDS):
        for m in _at_words(DERIVED, text, DERIVED_WORDS):
            n = NAME_AHEAD.match(text, m.end())
            if n is not None:
                vote(n.start(1), n.end(1), "MODEL")
    if "'s " in text or "\u2019s " in text:
        for m in _at_words(MODEL_OWNS, text, ("'s ", "\u2019s ")):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if x is None or m.group("kin") and not _versioned(x.group(1)) and re.search(
                    rf"(?<![\w{_H}]){re.escape(x.group(1))}[ {_H}]\d", text) is None:
                continue  # ("Altman's successor": a person's; "Fermata's predecessor" beside "Fermata 1": a model's)
            vote(x.start(1), x.end(1), "MODEL")
    if any(k in text for k in MAKER_WORDS):
        for m in MAKER.finditer(text):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            y = NAME_AHEAD.match(text, m.end())
            if x is None or y is None:
                continue
            xw, yw = x.group(1), y.group(1)
            if yw not in labelled and not _ok(text, yw) or yw in labelled and labelled[yw] != "MODEL":
                continue  # "Smith, developer of the AI model": no name made
            if (xw in orgs or not _versioned(xw) and vote(x.start(1), x.end(1), "ORG")) and yw not in labelled:
                vote(y.start(1), y.end(1), "MODEL")
    if any(k in text for k in FROM_WORDS):
        for m in _at_words(FROM_LAB, text, ("from ", "by ")):
            y = NAME_BACK.search(text, max(0, m.start() - 41), m.start() - (2 if text.startswith(", ", m.start() - 2) else 1))
            if y is not None:
                vote(y.start(1), y.end(1), "MODEL", need_shape=True)
    if ", whose " in text:
        for m in WHOSE.finditer(text):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            y = NAME_AHEAD.match(text, m.end())
            if x is None or y is None or not _versioned(y.group(1)):
                continue
            if vote(y.start(1), y.end(1), "MODEL") and x.group(1) not in orgs and not _versioned(x.group(1)):
                vote(x.start(1), x.end(1), "ORG")
    if any(k in text for k in ROLE_WORDS):
        for m in _at_words(ROLE, text, ROLE_WORDS):
            x = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if x is not None and not _versioned(x.group(1)):
                vote(x.start(1), x.end(1), "ORG")
    if any(k in text for k in PART_WORDS):
        for m in _at_words(PART_OF, text, PART_WORDS):
            n = NAME_AHEAD.match(text, m.end())
            d = PART_BACK.search(text, max(0, m.start() - 50), m.start()) if n is not None else None
            if d is not None and (m.group("noun") != "track" or d.group("mods")) \
                    and not any(w.lower() in NOT_MODS for w in d.group("mods").split()):  # ("the stock split of X")
                vote(n.start(1), n.end(1), "BENCHMARK")
        for m in _at_words(PART_AFTER, text, ("'s ", "\u2019s ")):
            n = NAME_BACK.search(text, max(0, m.start() - 40), m.start())
            if n is not None:
                vote(n.start(1), n.end(1), "BENCHMARK")
    return settle(text, votes, first, spans, longest, listed, labelled)


def settle(text: str, votes, first, spans, longest, listed, labelled) -> list[tuple[int, int, str, str]]:
    """Each first-seen name takes the label with the most votes (a tie, or a person's surname, takes none), then every
    other mention of it (:func:`spread`); shared by this module's frames and :mod:`nlp.typed_heads`' kind nouns."""
    if not votes:
        return []
    chosen: dict[str, str] = {}
    for w in first:
        ranked = sorted(((votes[(w, lab)], lab) for lab in ("ORG", "MODEL", "BENCHMARK")), reverse=True)
        if ranked[0][0] > ranked[1][0] and not _surname(text, _head(w)):
            chosen[w] = ranked[0][1]
    return spread(text, chosen, spans, longest, listed, labelled)


def spread(text: str, chosen: dict[str, str], spans: list[tuple[int, int]], longest: int, listed, labelled) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of every mention of the names ``chosen`` (name -> label) as written, where no
    span of the sorted ``spans`` (none longer than ``longest``) is; a model's family word at its versioned mentions too,
    and a suffixed model's word ("Hüma's voices" beside "Hüma-TTS"). Also used by :mod:`nlp.typed_heads`."""
    out: list[tuple[int, int, str, str]] = []
    mine: list[tuple[int, int]] = []
    for w, label in chosen.items():  # every mention as written; a model's family word at its versioned mentions too
        forms = [w]
        if label == "MODEL" and not _versioned(w):
            forms += [m.group(1) for m in re.finditer(rf"(?<![\w{_H}])({re.escape(w)}(?:[{_H}][A-Z]{{2,4}})?[ {_H}]\d{{1,2}}(?:\.\d{{1,2}})?"
                                                      rf"|{re.escape(w)}[{_H}][A-Z]{{2,4}}){_END}", text)]
        short = SUFFIXED.fullmatch(w) if label == "MODEL" else None
        if short is not None and _ok(text, short.group(1)) and short.group(1) not in listed and short.group(1) not in labelled:
            forms.append(short.group(1))  # "Hüma's voices" beside the framed "Hüma-TTS": the model
        for f in dict.fromkeys(forms):
            i = text.find(f)
            while i >= 0:
                j = i + len(f)
                if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS)) and GOES_ON.match(text, j) is None
                        and span_free(spans, longest, i, j) and span_free(mine, 200, i, j)):
                    out.append((i, j, label, clean(w) if f == short_form(w) else clean(f)))
                    insort(mine, (i, j))
                i = text.find(f, j)
    return sorted(out)

