"""One-word labs and models no list knows, from the syntax around them.

A new lab is often named by one plain word ("Veyra", "Plumbline") and the sentence, not the word, says
what it is: money ("X closed a $640M Series C", "X raised a seed round"), the press ("a spokesperson for X",
"X declined to comment", "X did not respond"), scrutiny ("an independent rerun by X", "the evaluation
shop X"), its hardware by product code (round 21: "X's WL-7 chips", "X's A3 inference card").
A new model likewise: "Y, X's flagship", "switched our bot to Y", "Y weights on Hugging Face",
"the next Y release", "Y is not the cleverest model", "Y, from the small Edinburgh lab Z". The other
finders (:mod:`nlp.unknown`, :mod:`nlp.unknown_orgs`) need a name's shape or a cue worded otherwise; this
module reads these cues only, for one capitalised word (``CamelCase`` too: ``TymeBank``).

A name found so keeps its label at its other mentions in the document (the same word, as written, not
going on with a version or another capitalised word). Gates: an AI sentence at the cue (``ai_at``), none
of the words that never start a name (stop words, calendar and product heads, places, tiers, discourse
words), nothing found before it overlapped, and no person: a word the text also writes after a
capitalised first name ("Dana Veyra") is a surname. A word cued with both labels takes the one cued more
often (a tie: the organisation). Each cue is a bounded regular expression found from its own words:
linear in the text. Round 26 (:mod:`nlp.company_voice`): cues that need no AI word beside them ("X says it will ...",
"sued X", "X's founders"), in a passage about AI.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .canonical import HYPHENS, clean
from .match_starts import engine_scans
from .quick_rejects import from_starts
from .unknown import _UP, BLOCKED_HEADS, CAP_WORD, COMMON_CAPS, DISCOURSE, NOT_BENCH, PLACES, TIER_WORDS
from .unknown_orgs import LAB_END, PERSON_TITLES
from . import business_cues, business_syntax, company_voice, name_cues

_H = re.escape(HYPHENS)
_WORD = rf"{CAP_WORD}(?:{CAP_WORD})*"  # Veyra, Stratacloud, TymeBank, Ñandú
# the name right before a cue, and right after one (not going on with a version, a hyphen or another name)
NAME_BACK = re.compile(rf"(?<![\w@/.{_H}'\u2019])({_WORD})(?:\*\*)?\Z")  # (closing a bold lead-in: "**X** hired")
NAME_AHEAD = re.compile(rf"({_WORD})(?![\w{_H}@/]|\.\w|[ ]\d|[ ][{_UP}])")

# ---- organisations: money, the press, scrutiny
_ADVERBS = r"(?:[ ](?:has|have|had|just|recently|also|quietly|reportedly|now))*"
FUNDING = re.compile(rf"{_ADVERBS}[ ](?:closed|closes|raised|raises|secured|secures|landed|lands|banked|completed|completes|"
                     rf"announced|announces)[ ](?=(?:an?|its|the|another|fresh|new|\$|\u20ac|\u00a3|US\$|\d))")
FUNDING_OBJECT = re.compile(r"[^.;\n]{0,50}?\b(?:round|Series[ ][A-H]\b|seed|pre-seed|funding|financing)\b")
PRESS = re.compile(rf",?{_ADVERBS}[ ](?:(?:declined|refused)[ ]to[ ]comment|(?:did[ ]not|didn['\u2019]t|has[ ]not|hasn['\u2019]t)"
                   rf"[ ](?:immediately[ ])?(?:respond|reply|return|answer)(?:ed)?\b)")
SPOKES = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Aa]nother)[ ](?:spokes(?:person|woman|man)|representative|press[ ]officer)[ ]"
                    rf"(?:for|of|at)[ ](?:the[ ])?(?=[{_UP}])")
SCRUTINY = re.compile(r"\b(?:re-?runs?|re-?ran|reproduc(?:ed|tion)|audit(?:ed)?|replicat(?:ed|ion)|independent[ ]"
                      rf"(?:evaluation|test|check))[ ]by[ ](?:the[ ])?(?=[{_UP}])")
SHOP = re.compile(r"\b(?:evaluation|research|benchmarking|testing|auditing|audit|consulting|analytics|safety)[ ](?:shop|house|"
                  rf"outfit|consultancy|collective|nonprofit|non-profit)[ ](?=[{_UP}])")

# "X's rerun", "X's methodology page", "Rookery's first model", "X's former research team", "X corrected its ..."
OWNS = re.compile(r"['\u2019]s[ ](?:re-?runs?|methodology|audits?|press[ ]office|newsroom|(?:former|own|whole)[ ](?:[a-z]+[ ])?team|"
                  r"(?:first|second|third|newest)[ ](?:[\w\-]+[ ]){0,2}?(?:model|models|LLM|chatbot)|"
                  # (round 21) its hardware by product code: "X's WL-7 chips", "X's A3 inference card" (the code
                  # keeps people out: "Jane's cards")
                  r"[A-Z][\w\-]*\d[\w\-]*[ ](?:[a-z]+[ ])?(?:chips?|cards?|accelerators?|servers?|racks?|boards?|appliances?))\b")
ITS = re.compile(rf"{_ADVERBS}[ ](?:corrected|retracted|revised|pulled|withdrew|updated|open-?sourced|unveiled|trained|"
                 r"published|released|launched|announced|presented|shared|posted|disclosed|defended)[ ](?:its|their)[ ]")
PEOPLE = re.compile(r"[ ](?:people|folks|crew)\b")

# ---- models: what only a model is or has
FLAGSHIP = re.compile(rf",[ ](?:its|their|our|(?P<owner>{CAP_WORD}(?:{CAP_WORD})*)['\u2019]s)[ ](?:(?:new|latest|current|own|open)[ ])*"
                      r"(?:flagship|workhorse)\b")
# "X's new model Y", "its latest open model, Y"
NEW_MODEL = re.compile(r"(?:['\u2019]s|\b(?:its|their|our))[ ](?:(?:new|latest|first|flagship|open|own|next|newest)[ ])+"
                       rf"(?:[a-z][\w\-]*[ ])?(?:model|LLM|chatbot),?[ ](?=[{_UP}])")
NEW_MODEL_END = re.compile(r"[,.;:)]|[ ](?:is|was|tops|topped|scores|scored|leads|led|beats|can|will|which|that|and)\b")
SWITCH = re.compile(rf"\b(?:switch(?:ed|ing)?|migrat(?:ed|ing|e))[ ](?:[a-z][\w\-]*[ ]){{0,4}}?(?:to|from)[ ](?=[{_UP}])")
# what a switch must be about to switch models: not a language, a database or a host ("moved our backend to Rust")
SWITCHED_THING = re.compile(r"\b(?:models?|LLMs?|bots?|chatbots?|assistants?|agents?|copilots?)\b")
TOOLS = frozenset("Rust Go Golang Kotlin Swift Scala Ruby Rails Django Flask Postgres PostgreSQL MySQL Redis Kafka Terraform "
                  "Vercel Netlify Heroku Supabase Snowflake Databricks Slack Zoom Notion Figma Jira Vim Emacs".split())
WEIGHTS_AFTER = re.compile(r"(?:['\u2019]s)?[ ](?:open[ ])?(?:weights|checkpoints?)[ ](?:(?:are|were|is)[ ])?(?:now[ ])?"
                           r"(?:on|at|via|from)[ ](?:the[ ])?(?:Hugging[ ]?Face|GitHub|ModelScope|the[ ]hub|Kaggle)\b")
WEIGHTS_FOR = re.compile(rf"\b(?:weights|checkpoints?)[ ](?:for|of)[ ](?=[{_UP}])")
NEXT = re.compile(rf"\b(?:[Tt]he|[Aa])[ ](?:next|upcoming|larger|smaller|bigger|previous)[ ](?=[{_UP}])")
NEXT_AFTER = re.compile(r"[ ](?:release|version|checkpoint|weights)s?\b")  # (not "the new X model": X may be its lab)
NOT_THE_MODEL = re.compile(r"[ ](?:is|was)[ ](?:not|n['\u2019]t|never)[ ](?:the|a|an)[ ][^,.;\n]{0,30}?\b(?:model|LLM|chatbot)s?\b")
FROM_LAB = re.compile(rf",[ ]from[ ](?:the[ ])?(?:[\w{_H}]+[ ]){{0,4}}?(?:lab|start-?up|company|developer|team|institute)\b")

BACK_CUES = ((FUNDING, "ORG", ("raise", "round", "Series", "seed", "funding", "financing", "closed", "secured")),
             (OWNS, "ORG", ("'s ", "\u2019s ")),
             (ITS, "ORG", (" its ", " their ")),
             (PEOPLE, "ORG", ("people", "folks", "crew")),
             (PRESS, "ORG", ("comment", "respond", "reply", "answer", "return")),
             (FLAGSHIP, "MODEL", ("flagship", "workhorse")),
             (WEIGHTS_AFTER, "MODEL", ("weights", "checkpoint")),
             (NOT_THE_MODEL, "MODEL", ("model", "LLM", "chatbot")),
             (FROM_LAB, "MODEL", (", from",))) + name_cues.BACK + business_cues.BACK + business_syntax.BACK + company_voice.BACK
AHEAD_CUES = ((SPOKES, "ORG", ("spokes", "representative", "press officer")),
              (SCRUTINY, "ORG", (" by ",)),
              (SHOP, "ORG", ("shop", "house", "outfit", "consultancy", "collective", "profit")),
              (SWITCH, "MODEL", ("switch", "migrat")),
              (WEIGHTS_FOR, "MODEL", ("weights", "checkpoint")),
              (NEW_MODEL, "MODEL", ("model", "LLM", "chatbot")),
              (NEXT, "MODEL", ("next", "upcoming", "larger", "smaller", "bigger", "previous"))) + name_cues.AHEAD + business_cues.AHEAD \
    + company_voice.AHEAD
# each cue searched from the places where a match can begin (nlp.quick_rejects.from_starts: the same matches), unless
# the regex engine finds its first character by itself; the tuples keep the patterns themselves, which the loops
# below compare by identity
_SCAN = {rx: rx if engine_scans(rx) else from_starts(rx) for rx, _, _ in BACK_CUES + AHEAD_CUES}
NOT_NAMES = frozenset(DISCOURSE | PERSON_TITLES | PLACES | NOT_BENCH | COMMON_CAPS | TIER_WORDS)
# a capitalised word right before a later mention: the mention is a surname ("Dana Veyra")
FIRST_NAME = re.compile(rf"(?<![\w.])({CAP_WORD})[ ]\Z")
ORG_GOES_ON = re.compile(rf"[\w{_H}]\w|[ ]?[{_H}]?\d|[ ](?:v\d|(?!(?:API|APIs|SDK)\b)[A-Z])|\.\d")  # ("X API": the lab)


def _ok(w: str) -> bool:
    return (len(w) > 2 and w not in BLOCKED_HEADS and w.lower() not in STOP_WORDS and w not in NOT_NAMES
            and LAB_END.fullmatch(w) is None)


def _surname(text: str, w: str) -> bool:
    """The text writes ``w`` after a capitalised word that is no sentence opener: a person's surname."""
    i = text.find(" " + w)
    while i > 0:
        j = i + 1 + len(w)
        if j >= len(text) or not (text[j].isalnum() or text[j] in HYPHENS):
            m = FIRST_NAME.search(text, max(0, i - 20), i + 1)
            if m is not None and m.group(1).lower() not in STOP_WORDS and m.group(1) not in NOT_NAMES \
                    and m.group(1) not in BLOCKED_HEADS:
                return True
        i = text.find(" " + w, i + 1)
    return False


def find_syntax_names(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of one-word labs and models cued by the syntax around them (see the
    module doc), with their other mentions. ``taken``: (start, end, label) of everything found so far
    (stop phrases included; a word found there with another label is left to that finding); ``ai_at(pos)``:
    whether the sentence at ``pos`` is about AI."""
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    labelled = {text[s:e]: lab for s, e, lab in taken if lab in ("MODEL", "ORG", "BENCHMARK")}
    votes: Counter = Counter()
    first: dict[str, int] = {}
    cues_of: dict[tuple[str, str], set] = {}  # the different cues that named a word so, AI sentence or not

    def vote(s: int, e: int, label: str, own_context: bool = False, cue: object = None) -> None:
        w = text[s:e]  # (own_context: the cue checked its own AI context, "Ours is X" after "this assistant")
        if _ok(w) and labelled.get(w, label) == label and span_free(spans, longest, s, e):
            cues_of.setdefault((w, label), set()).add(cue)
            if w in labelled or own_context or ai_at(s):
                votes[(w, label)] += 1
                first.setdefault(w, s)

    for rx, label, words in BACK_CUES:
        if not any(k in text for k in words):
            continue
        for m in _SCAN[rx].finditer(text):
            if rx is FUNDING and FUNDING_OBJECT.match(text, m.end()) is None:
                continue
            n = NAME_BACK.search(text, max(0, m.start() - 30), m.start())
            if rx is PEOPLE and n is not None and not text.startswith(("the ", "The "), max(0, n.start(1) - 4)):
                continue  # "the X people" only
            if n is not None and business_cues.accept(rx, text, m, n) and business_syntax.accept(rx, text, m, n) \
                    and company_voice.accept(rx, text, m, n):
                vote(n.start(1), n.end(1), label, rx in company_voice.OWN_CONTEXT, cue=rx)
            if rx is FLAGSHIP and m.group("owner"):  # "Y, X's flagship": X is the lab
                vote(m.start("owner"), m.end("owner"), "ORG")
    for rx, label, words in AHEAD_CUES:
        if not any(k in text for k in words):
            continue
        for m in _SCAN[rx].finditer(text):
            n = NAME_AHEAD.match(text, m.end())
            if n is None or (rx is NEXT and NEXT_AFTER.match(text, n.end()) is None
                             or rx is NEW_MODEL and NEW_MODEL_END.match(text, n.end()) is None
                             or rx is SWITCH and (n.group(1) in TOOLS or not SWITCHED_THING.search(
                                 text, max(0, m.start() - 60), min(len(text), n.end() + 60)))
                             or rx in name_cues.ENDS and name_cues.ENDS[rx].match(text, n.end()) is None
                             or rx in business_cues.ENDS and business_cues.ENDS[rx].match(text, n.end()) is None
                             or not business_cues.accept(rx, text, m, n) or not company_voice.accept(rx, text, m, n)):
                continue
            vote(n.start(1), n.end(1), label, rx is business_cues.OURS or rx in company_voice.OWN_CONTEXT, cue=rx)
    for s, e in business_syntax.list_items(text):  # "the vendors X, Y and Z"
        vote(s, e, "ORG", cue=business_syntax.LIST_HEAD)
    for (w, label), cues in cues_of.items():  # two different cues name it so: no AI sentence needed
        if len(cues) >= 2 and (w, label) not in votes:
            votes[(w, label)] += 1
            first.setdefault(w, text.find(w))
    if not votes:
        return []
    chosen: dict[str, str] = {}
    for w in first:
        orgs, models, benches = votes[(w, "ORG")], votes[(w, "MODEL")], votes[(w, "BENCHMARK")]
        if not _surname(text, w):
            chosen[w] = "ORG" if orgs >= max(models, benches) else "MODEL" if models >= benches else "BENCHMARK"
    out: list[tuple[int, int, str, str]] = []
    mine: list[tuple[int, int]] = []
    for w, label in chosen.items():  # the name at its other mentions, as written
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS))
                    and not (j < len(text) and text[j].isalnum()) and not ORG_GOES_ON.match(text, j)
                    and span_free(spans, longest, i, j) and span_free(mine, 200, i, j)):
                out.append((i, j, label, clean(w)))
                insort(mine, (i, j))
            i = text.find(w, j)
    return sorted(out)


def span_free(ordered: list[tuple[int, int]], width: int, s: int, e: int) -> bool:
    """No span of the sorted `ordered` (none longer than `width`) overlaps s..e."""
    i = bisect_left(ordered, (s - width, -1))
    while i < len(ordered) and ordered[i][0] < e:
        if ordered[i][1] > s:
            return False
        i += 1
    return True
