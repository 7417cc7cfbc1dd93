"""Models and benchmarks no list knows yet, from their form and the words around them.

A monitor of AI news exists to notice this week's new model family and last month's new benchmark,
so the recogniser cannot rely on the knowledge base alone. What is read here:

* **model shapes**: a capitalised name with a version and tier words (``Helix-2 Pro``,
  ``Vireo 1.5 Flash``, ``Cypress-V2``, ``Zenith-4-Lite``), the tier before the version
  (``Tern Ultra 1.5``), a prefix on a short form (``DeepThink R2``), a known developer's name with a
  version (``DeepSeek-V3``);
* **benchmark shapes**: ``*Bench``, ``-bench``, ``*Eval``, ``-Eval``, ``*QA``, with variant suffixes
  (``-Hard``, ``-Verified``, ``-Multilingual``, ``-Pro``, a year, a number);
* **cues** for names whose shape alone says little (``Pelican 4``, ``ProofNet-2``, ``GeoReason``):
  "released/launched/open-sourced X", "the X model", "X, a 32B model", "X, DeepMind's system", "X is an
  open model", "built on X", "models such as X", a table row ("| X | 58.3") or a Model column; "N on X",
  "On X, ...", "the X benchmark", a table's header row or Benchmark column, a bullet over a score list;
* **API ids and slugs**: after an organisation and a slash (``google/gemma-3-27b-it``), an organisation's
  lower-case slug going on with a model word (``deepseek-chat``);
* **competitions and boards**: spelled-out olympiads, ``2025 IMO``, ``ARC Prize 2025``, ``Copilot Arena``;
* **apposition and definition**: "a new benchmark, X, ...", "X, a new agent benchmark", "X is a set of
  ...", "X tests ...", "its own coding model, X, ...", "its in-house X model", "the X models", "called X"
  (labelled by the nearest kind word before it);
* **the document**: a name found once is found again; so are its family alone (``Helix`` after
  ``Helix-2 Pro``, ``QwQ`` after ``QwQ-32B``), its other tiers (``Nova Lite`` after ``Nova Premier``), its
  clipped letter versions (``V3.2-Exp`` after ``DeepSeek-V3.1``) and its neighbours in a list.

Never a name: an English stop word or "New/Latest" at its head ("Which benchmarks"), a data set's name
("ShareGPT conversations"), a hyphened participle ("RL-tuned"); a family word is not spread to "the
planet X" or "X's cofounder".

Everything found here must sit in an AI sentence (the caller's ``ai_at``) and not overlap what the
knowledge base found; heads of everyday products and calendar words (``Galaxy S25 Ultra``,
``iPad Pro 13``, ``Windows 11``, ``March 2025``) never start a name. All searches are regular
expressions over the text, each bounded in how far it looks: linear in the text's length.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort
from functools import lru_cache
from typing import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from .board_shapes import candidates as board_candidates
from .canonical import HYPHENS, clean, fold
from . import lab_heads
from .demonyms import COUNTRIES, DEMONYMS, PLACE_ADJECTIVES
from .delimited_exports import export_names, inline_keyed_names, keyed_names
from .rival_on import arena_starts
from .trigger_scan import TriggerScan
from .anchored_scan import digit_starts, matches_from, run_start

_H = re.escape(HYPHENS)


def _letters(*categories: str) -> frozenset[str]:
    """The non-ASCII letters of the Basic Multilingual Plane in ``categories``: a name's capital may
    be any cased script's (``Ñandú-3``, ``Øresund 4``, ``Łódź-7B``) and Python's ``re`` has no
    ``\\p{Lu}``. Scripts without case (CJK) have no capitals, so stay out."""
    return frozenset(ch for ch in map(chr, range(0x80, 0x10000)) if unicodedata.category(ch) in categories)


def _char_class(chars: frozenset[str]) -> str:
    """``chars`` as the body of a character class, runs as ranges (``À-ÖØ-Þ...``). The characters are written
    as themselves, not as ``\\uXXXX`` escapes: the class is pasted into dozens of patterns, and ``re`` parses a
    literal character faster than an escape (the escapes cost about 1 CPU-s of every new process's ``nlp.load()``)."""
    codes, out = sorted(map(ord, chars)), []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


_UPPER_MORE, _LOWER_MORE = _letters("Lu", "Lt"), _letters("Ll")
UPPER_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | _UPPER_MORE  # an upper-case letter of any script with case
LOWER_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz") | _LOWER_MORE  # a lower-case letter of any script with case
CASED_CHARS = UPPER_CHARS | LOWER_CHARS
_UP = "A-Z" + _char_class(_UPPER_MORE)
_LO = "a-z" + _char_class(_LOWER_MORE)  # lower-case letters of any script with case ("Tülu", "Łódź")
_AL = _UP + _LO
# a capitalised name word whose letters may be of any script ("Maréchal", "Kōrero"): every name shape uses it
CAP_WORD = rf"[{_UP}][{_LO}]+"


def lead_cap(bound: str) -> str:
    """``(?<![bound]){CAP_WORD}``, with the look-behind written after the capital (``[A-Z](?<![bound].)``): the
    same matches, but a pattern that begins with a class lets the regex engine skip to the characters of that
    class, where one that begins with a look-behind is tried at every position of the text."""
    return rf"[{_UP}](?<![{bound}].)[{_LO}]+"


_LEAD_NAME = lead_cap(rf"\w.@/{_H}")  # a capitalised word not inside another word, path, handle or number

# words that never start a model or benchmark name: products, calendar, document and sports words
BLOCKED_HEADS = frozenset("""
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday Q Quarter FY Year Week Day Night Game Round
Match Season Episode Part Chapter Section Article Volume Issue Title Figure Fig Table Appendix Exhibit Step Grade Class
Type Category Route Highway Interstate Room Gate Terminal Floor Level Stage Phase Tier Plan Top Version Series Model
Galaxy Tab iPhone iPad Pixel Surface MacBook Mac iMac Watch Apple Windows Office Xbox PlayStation Switch Nintendo
Chrome Chromebook Firefox Safari Edge Android iOS macOS Linux Ubuntu Debian Fedora Python PyTorch TensorFlow CUDA JAX
Java Node Kubernetes Docker Blackwell Hopper Ampere Rubin Vera Grace Tesla Cybertruck Starship Falcon Apollo Artemis
Boeing Airbus Formula Premier League Super Bowl World Cup Olympics Pro Ultra Max Mini Plus Premium Lite Flash Turbo Air
Nano Chat Team COVID Web Gen Generation Phase Covid Intel Core Ryzen Snapdragon Exynos Tensor Dimensity Kirin Mate
Galaxy Note Redmi Xiaomi OnePlus Oppo Vivo Honor Huawei Mark The A An This That These Those Our Its Their His Her
By And Or For With From In On At To Of As If But So Meanwhile However Also Both Each Every Some Many Most All No
Chapter Act Bill Law Rule Senate House Council District Ward Zone Area Region Building Block Lot Unit Suite Apt
Sector Platform Pier Dock Lane Street Road Avenue Interstate Channel Studio Stadium Arena Field Court Camp
New Newer Newest Latest Recent Best Popular Standard Classic Older Existing Current Several Key Major
AirPods HomePod Vision Echo Kindle Fire Fold Flip Find Reno Nord Prime Music Maps Drive Docs Sheets Gmail Teams Outlook
""".split())
TIERS = (r"Pro|Flash|Ultra|Mini|mini|Max|Lite|Turbo|Nano|nano|Plus|Instruct|Chat|Thinking|Heavy|Air|Fast|Preview|Exp|"
         r"Small|Medium|Large|Base|Coder|Vision|VL|Omni|Reasoner|Reasoning|Speciale|Terminus|Opus|Sonnet|Haiku|"
         r"Premier|Edge|Think|Instant|Code|Math|Image|Audio|Video|Voice|Embed|Guard|Zero|it|base|instruct|chat|flash|"
         r"lite|pro|max|turbo|thinking|preview|exp|Distill|Agent|Tiny|Micro|Deep\s+Think")
_TIER = rf"(?:{TIERS})"
_SIZE = r"(?:\d+(?:\.\d+)?[BMKk](?:[-\u2011]A\d+(?:\.\d+)?B)?|\d+x\d+B|E\d+B)"  # (E4B: effective parameters)
_DATE = r"(?:0[1-9]\d\d|1[0-2]\d\d|2[0-9]0[1-9]|2[0-9]1[0-2]|20\d\d-\d\d-\d\d)"
_VER = r"(?:[vV]?\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?|[A-Z]\d{1,2}(?:\.\d{1,2})?|A\d{1,3}B)"
# a name word: capitalised with a lower-case letter (Helix, DeepSeek, MiniMax) or a short acronym (GLM)
_WORD = rf"(?:[{_UP}][{_LO}][{_AL}]*|[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{{2,6}})"
# (the name's first capital comes before the look-behind, so the regex engine skips to capitals quickly)
MODEL_SHAPE = re.compile(
    rf"(?P<name>[{_UP}](?<![\w.@/{_H}].)(?:[{_LO}][{_AL}]*|[A-Za-z]*[a-z][A-Za-z]*|[A-Z]{{1,5}})(?:[ ]{_WORD}|[{_H}][A-Z]{{2,6}}(?=[ {_H}]))?)"
    rf"(?:[ {_H}](?P<tier1>{_TIER}))?"
    rf"(?P<sep>[ {_H}]?)(?P<ver>{_VER})"
    rf"(?P<tail>(?:(?:[ ]|[{_H}])(?:{_TIER}|{_SIZE}|{_DATE}|[A-Z])(?![\w]))*)"
    rf"(?![\w%+]|[.,]\d|[{_H}]\w)"
)
# every match holds its version's digit after at most four runs of white space or hyphens between letters (name
# words, a tier, the separator): the pattern is tried only at capitals so followed (nlp.trigger_scan; the same matches)
MODEL_SHAPE = TriggerScan(MODEL_SHAPE, rf"[{_UP}](?=[^\W\d_]*+(?:[\s{_H}]++[^\W\d_]*+){{0,4}}+\d)")
# a tier-named model without a version: "Quasar Alpha", "Nova Pro" (needs a model cue)
MODEL_TIER_ONLY = re.compile(rf"(?P<name>{_LEAD_NAME}(?:{CAP_WORD})*)[ ](?P<tier1>Alpha|Beta|Pro|Ultra|Max|Flash|Lite|"
                             rf"Mini|Turbo|Premier|Medium|Small|Large|Nano|Chat|Sonic|Reasoner|Coder)(?![\w{_H}]|[ ]\d)")

# heads of " Verified" that name an account, a check or a badge, not a benchmark
_NOT_VERIFIED_HEAD = (r"(?:Identity|Account|Accounts|Email|E-mail|Phone|User|Users|Age|Blue|Gold|Grey|Gray|Twitter|Meta|Fact|"
                      r"Facts|Not|Human|Humans|Purchase|Buyer|Seller|Owner|Business|Profile|Badge|Creator|Creators|Status|Payment)")
_VARIANT = r"(?:Hard|Verified|[Rr]edux|Multilingual|Pro|Lite|Mini|Plus|Live|Extended|Diamond|Full|Lite|Multimodal|Easy|\d{1,3}|20\d\d)"
BENCH_SHAPE = re.compile(
    rf"(?<![\w.@/{_H}])(?P<name>"
    rf"[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*?(?:Bench|BENCH|Eval|EVAL|QA)"  # GlyphBench, QuillEval, RiverQA
    rf"|{CAP_WORD}(?:{CAP_WORD})*Arena"  # SpreadsheetArena, WebDevArena: an arena glued to its subject
    rf"|{CAP_WORD}[A-Z][{_AL}0-9]*(?=(?:[{_H}](?:Hard|Verified)|[ ]Verified)(?![\w]|[{_H}]\w))"  # ShellTrek-Hard, CiteCheck Verified
    # one plain word before " Verified" (a benchmark's checked subset, as SWE-bench Verified): not an account's
    # or a person's check mark ("Meta Verified", "Identity Verified", "Email Verified")
    rf"|(?!{_NOT_VERIFIED_HEAD}[ ]){CAP_WORD}(?=[ ]Verified(?![\w]|[{_H}]\w))"
    rf"|[A-Za-z\u03c4][A-Za-z0-9\u00b2]*(?:[{_H}][A-Za-z0-9]+)*[{_H}](?:[Bb]ench|Eval|EVAL|QA)"  # WebNav-Bench, TAU-bench
    rf"|(?<![{_H}]\n)(?!(?:Die|Rock|Diamond|Nail|Iron|Stone|Battle|Case)[{_H}]){CAP_WORD}(?=[{_H}]Hard(?![\w]|[{_H}]\w))"  # Ganit-Hard
    rf")(?P<var>(?:[{_H}]{_VARIANT}|[ ](?:Hard|Verified|Multilingual|Pro|Lite|Diamond|v\d{{1,2}}(?:\.\d)?|\d\.\d|\d(?![\d.,%])|20\d\d)"
    rf"|(?<=[A-Z]{{2}})[ ](?:HARD|VERIFIED|MULTILINGUAL|DIAMOND))*)(?![\w]|[{_H}]\w)"  # a shouted name's shouted variant
)
# every match begins a word (a letter) whose run of letters, digits and hyphens holds one of the words its branches
# end with or look ahead for, or is followed by " Verified": the pattern is tried only there (nlp.trigger_scan)
BENCH_SHAPE = TriggerScan(BENCH_SHAPE, rf"[{_UP}a-z\u03c4](?<![\w.@/{_H}].)(?=[{_AL}0-9\u00b2{_H}]*?"
                                       r"(?:Bench|BENCH|Eval|EVAL|QA|Arena|Hard|Verified|bench|[ ]Verified))")
# a technical-looking word (CamelCase, acronym, letters with digits), with hyphenated parts: GeoReason,
# ProofNet-2, GPQA, GSM8K, ARC-AGI-2, MATH-500, OmniMath-500
TECH_WORD = re.compile(
    rf"(?<![\w.@/{_H}])(?P<name>(?:{CAP_WORD}[{_UP}][{_AL}0-9]*|[A-Z]{{2,}}[A-Za-z0-9]*|[{_UP}][{_LO}]*\d[{_AL}0-9]*)"
    rf"(?:[{_H}][A-Za-z0-9]+)*)(?![\w]|[{_H}]\w)"
)
# a capitalised word right after a score and "on": "1720 on Codeforces", "58% on GeoReason"
SCORE_ON = re.compile(rf"(?:(?<![\w.\-\u2011])\d[\d,]*(?:\.\d+)?\s*(?:%|Elo|points?|pts)?|\b(?:spot|place|rank|position|high|record|lead))\s+on\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[A-Z][\w.&]*['\u2019]s\s+)?(?=[{_UP}])")
# (a match begins a word or number at a digit or at s, p, r, h, l and reaches " on " past the number, its unit or the
# word: tried only there, nlp.trigger_scan)
SCORE_ON = TriggerScan(SCORE_ON, r"[\dsprhl](?<!\w.)(?=[\w,.%]*+\s+on\s|[\d,.]*+\s*+(?:%|Elo|points?|pts)\s+on\s)")
# "72.6 on the Monsoon Index", "82 on our Switchyard Quality Index": a score's object whose last word is a
# board's (a head and up to two more capitalised words); not a market's "fell 2% on the Hang Seng Index"
BOARD_TAIL = re.compile(r"(?:[ ][A-Z][\w\-]*){0,2}[ ](?:Index|Board|Leaderboard|Arena|Exam|Olympiad|Challenge|Suite|Bench|"
                        r"Benchmark)(?![\w\-])")
# "leads the Tidewater Board", "ranks first on the Harbor Exam": a lead verb or a place before a board's name
LEAD_ON = re.compile(r"\b(?:leads|led|tops|topped|(?:ranks?|ranked|placed|came|comes|finished|sits|sat)\s+"
                     rf"(?:first|second|third|#\d{{1,2}}|No\.\s?\d{{1,2}})\s+on)\s+(?:the\s+|its\s+|their\s+)?(?=[{_UP}])", re.I)
OWNER_DET_BEFORE = re.compile(r"\b(?:its|their|our)\s+\Z")
MARKET_BEFORE = re.compile(r"\b(?:rose|rises|fell|falls|gained|gains|lost|loses|dropped|drops|climbed|slid|jumped|added|shed|up|"
                           r"down|traded|trading|closed|opened)\s+(?:by\s+)?[\d.,]+\s*%?\s+on\s+(?:the\s+)?\Z", re.I)  # "38.3% on Scale's MultiChallenge"
# a number that labels a part, not a score: "our episode 29 on Sabia-3", "chapter 4 on Tern"
LABEL_NUMBER_BEFORE = re.compile(r"\b(?:episodes?|chapters?|sections?|parts?|pages?|issues?|volumes?|figures?|fig\.|tables?|"
                                 r"appendix|steps?|rounds?|seasons?|weeks?|days?|nos?\.)[ ]?\Z|#\Z", re.I)
# places whose name follows "on" without being a benchmark
NOT_BENCH = frozenset("X Twitter Reddit GitHub YouTube Discord LinkedIn Facebook Instagram TikTok Threads Bluesky Mastodon "
                      "Weibo WeChat Slack Substack Medium Steam Netflix Spotify Amazon Google Apple".split())
# the words of a board's header row ("Rank Model Arena score Votes"): never the first word of a board's name
COLUMN_WORDS = frozenset("Rank Ranking Model Models Score Votes Place Position Pos System Entry Name Rating Elo".split())
# a known benchmark's name going on with a variant: "SciCode-Verified", "ProofNet-2", "FinanceBench-Pro"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
VARIANT_AFTER = re.compile(rf"(?:[{_H}](?:Eval|Bench|Hard|Verified|[Rr]edux|Multilingual|Pro|Lite|Mini|Plus|Live|Extended|Full|Easy|\d{{1,3}}|20\d\d)"
                           rf"|[ ](?:Hard|Verified|Redux|Multilingual|Pro|Lite|Plus|Live|Extended|v\d{{1,2}}(?:\.\d)?|(?:{_MONTH}[ ])?20\d\d))+"
                           rf"(?![\w]|[{_H}]\w|[.,]\d)")
# "tested it on AfriMMLU", "evaluated on HalluLens": what a model is evaluated on (a technical word follows)
EVAL_ON = re.compile(rf"(?:tested|evaluated|benchmarked|assessed|measured)\s+(?:(?:it|them|the\s+model|models|both|all)\s+)?on\s+(?:the\s+)?(?=[{_UP}])")
ON_START = re.compile(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))On\s+(?:the\s+)?(?=[{_UP}])")
CAP_NAME = re.compile(rf"[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*(?![\w]|[{_H}]\w|\.\d)")
BENCH_AFTER = re.compile(r"\s+(?:(?:benchmark|leaderboard|eval|evaluation|suite|test set|test|problem|question)s?|set(?!\s+of))\b|,\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?"
                         r"(?:benchmark|set|suite|collection|test|leaderboard|eval)\b", re.I)
BENCH_BEFORE = re.compile(r"(?:introduc\w+|releas\w+|the|new)\s+\Z")
MODEL_BEFORE = re.compile(r"(?:releas(?:ed|es|ing)|launch(?:ed|es|ing)?|open-?sourc(?:ed|es|ing)|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|"
                          r"ships?|shipp(?:ed|ing)|debut(?:ed|s|ing)?|announc(?:ed|es|ing)|roll(?:ed|s|ing)\s+out|ran|compared|tested|evaluated|"
                          r"trained|fine-tuned|built\s+on|based\s+on|powered\s+by|distilled\s+from|fine-tuned\s+from|"
                          r"successor\s+to|replac(?:es|ed|ing)|models?\s+(?:such\s+as|like|including)|"
                          r"(?:the|its|AI)\s+(?:assistant|chatbot)|(?:flagship|model|chatbot),?)\s+(?:its\s+|the\s+|a\s+|an\s+|new\s+|open\s+|latest\s+)*\Z", re.I)
_MODEL_NOUN = r"(?:model|LLM|chatbot|assistant|(?:AI|reasoning|prover|proving|agentic)\s+system)s?\b"
_APPOSITIVE = (rf"(?:,|\**[ ]+[\u2014\u2013])\s+(?:an?|the|its|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['\u2019]s)\s+[^,.;\n]{{0,40}}?\b{_MODEL_NOUN}"
               rf"|\s+(?:is|was|as)\s+(?:an?|the|its)\s+[^,.;\n]{{0,40}}?\b{_MODEL_NOUN}")
MODEL_AFTER = re.compile(
    r"\s+(?:reasoning|language|coding|vision|open|open-weights?|AI|base|chat|frontier|flagship|image|video|speech|"
    r"embedding|multimodal|thinking)\s+(?:model|LLM)s?\b|"
    r"\s*(?:\([^()|\n]{0,30}\))?\s*\|\s*\$?\d|\**[ ]+[\u2014\u2013-][ ]+\d|"  # a table row, a ranked list: "Grok 4 (Thinking) | 66.7", "X — 1483"
    r"(?:\s+models?\b|" + _APPOSITIVE + r"|\s+(?:scores?|scored|reach(?:es|ed)|achiev\w+|posts?|"
    r"posted|tops?|topped|leads?|led|solved|answered|beats?|beat|outperforms?|outperformed|hits?|gets?|got|"
    r"claims?|claimed|handles?|runs?)\b|\s+(?:still|also|now|then|only)\s+(?:scores?|leads?|tops?|beats?|trails?|reaches)\b|\s+(?:at\s+)?\d+(?:\.\d+)?%?(?:\s|,|$)|\s*\|\s*\d|\s+from\s+[A-Z]|\s*\(\d)")
MODEL_WORD_AFTER = re.compile(r"\s+model\b")
# what follows a name that is a part of something else: "the Hard subset", "Mamba-2 layers", "the Semi-Private Evaluation set"
NOT_NAME_AFTER = re.compile(r"\s+(?:subsets?|splits?|sets?(?!\s+(?:off|out|up|down|about|a|an|the|new|records?|its|their)\b)|tiers?|portions?|modes?|layers?|blocks?|architectures?|kernels?|"
                            r"chips?|processors?|phones?|devices?|servers?|framework|library|engine|plans?|subscriptions?|"
                            rf"consoles?|laptops?|tablets?|updates?|patch|SDKs?|CLIs?|IDEs?|plugins?|extensions?)\b|[ ]{CAP_WORD}\b")
BENCH_WORD_AFTER = re.compile(r"\s+(?:benchmark|leaderboard|rating|Elo)s?\b")
# a technical word's metric: "GSM8K accuracy", "its MATH-500 score" (not for model-shaped names: "the GPT-5 score")
METRIC_AFTER = re.compile(r"\s+(?:accuracy|score(?!\s+\d))\b")  # ("X scores 73.7": a verb, a model's)
# a technical word with a score right after it, in a list: "GSM8K 95.1, MATH 97.0"
SCORE_AFTER = re.compile(r"\s+\d{1,4}(?:\.\d+)?\s*%?(?=\s*(?:[,;)\n]|and\b|$))")
CHAT_BEFORE = re.compile(r"\b(?:in|inside|into|through|via|using|from)\s+\Z")
POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['\u2019]s\s+(?:new\s+|latest\s+|open\s+)?\Z")
VERSUS = re.compile(r"(?:\bvs\.?|\bversus|\bthan|\bagainst|\bbeating|\boutperform(?:s|ed|ing)?)\s+\Z")
THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)
TIER_WORDS = frozenset(TIERS.replace("Deep\\s+Think", "").split("|")) - {""}
# an API-style id in lower case: "deepseek-r1", "grok-4-fast", "gemma-3-27b-it", "ling-1t"
SLUG = re.compile(rf"(?<![\w.@/{_H}])(?P<name>[a-z]{{3,}}(?:[{_H}][a-z]{{2,}})?)[{_H}](?P<ver>[a-z]?\d{{1,2}}(?:\.\d{{1,2}})?[a-z]?)"
                  rf"(?:[{_H}][a-z0-9]+(?:\.\d+)?)*(?![\w]|[{_H}]\w|\.\w)")
_LOWER = "abcdefghijklmnopqrstuvwxyz"


def slug_starts(text: str, before_digit: str = _LOWER) -> list[int]:
    """Where a lower-case slug can begin: a hyphen, then at most one letter of ``before_digit``, then a digit end its
    name, one or two lower-case words joined by a hyphen (the digits from nlp.anchored_scan). Also serves
    :func:`nlp.slug_names.slugs` (``before_digit="v"``)."""
    starts = []
    for d in digit_starts(text):
        h = d - 1 if d and text[d - 1] in HYPHENS else d - 2 if d > 1 and text[d - 1] in before_digit and text[d - 2] in HYPHENS else -1
        if h <= 0:
            continue
        q = run_start(text, h, _LOWER)
        starts.append(q)
        if 0 < q < h and text[q - 1] in HYPHENS:
            starts.append(run_start(text, q - 1, _LOWER))
    return starts


def slugs(text: str) -> list[re.Match]:
    """``SLUG``'s matches in ``text``, tried only where one can begin (the same matches, without trying the look-behind
    at every position: :func:`slug_starts`)."""
    return matches_from(SLUG, text, slug_starts(text))


SLUG_BLOCK = frozenset("top pass step day week year level tier covid sars phase stage round game season episode part page "
                       "chapter section figure table type class grade group series gen item state route note version "
                       "utf iso rfc cve sha md shift ctrl alt fn key win mac ios android chrome python node cuda mid "
                       "late early long short near far real non pre post semi multi self".split())
# model cues for a one-word name (AlphaProof, QwQ): what only a model does
MODEL_VERB_AFTER = re.compile(r"\s+(?:scor(?:es|ed)|solv(?:es|ed)|answer(?:s|ed)|reach(?:es|ed)|achiev(?:es|ed)|"
                              r"outperform(?:s|ed)|beats?|topped|tops)\b|\s+model\b|" + _APPOSITIVE)
TIER_AFTER = re.compile(rf"[ ]{_TIER}(?![\w]|[{_H}]\w|[ ]\d)")
# a one-word name with tiers: "LongCat-Flash-Thinking", "Ring-flash"
CAMEL_TIER = re.compile(rf"{_LEAD_NAME}[{_UP}][{_AL}]*(?:[{_H}](?:{TIERS}))+(?![\w]|[{_H}]\w)")
# items of a list: "MMLU, GSM8K, DROP and MATH"; an item is a technical word, or a name with a version
# (an item may carry its score: "Gemini 3 Pro 91%, Grok 4 87%")
_ITEM_SCORE = r"(?:[ ]\d{1,4}(?:\.\d+)?%|[ ]\(\d{1,4}(?:\.\d+)?%?\))?"  # "MMLU (86.8%), GSM8K (95.0%)"
LIST_SEP_AFTER = re.compile(_ITEM_SCORE + r"(?:,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|vs\.?|alongside)[ ]+)")
LIST_SEP_BEFORE = re.compile(_ITEM_SCORE + r"(?:,[ ]*(?:and[ ]+|or[ ]+)?|[ ]+(?:and|or|vs\.?|alongside)[ ]+)\Z")
LIST_ITEM = re.compile(rf"[A-Z][A-Za-z0-9]*(?:\.\d+)*(?:[{_H}][A-Za-z0-9]+(?:\.\d+)*)*(?:[ ]\d+(?:\.\d+)?|[ ](?:{TIERS})|[ ](?:Bench|Eval|Index|Board|Arena|Exam|Suite)(?=[,;]|[ ]and[ ]))?(?![\w%]|[{_H}]\w|\.\d)")  # ("KMMLU, HAE-RAE Bench and ...")
# a benchmark in a score list: "* BrowseComp: 44.0", "| MultiChallenge | 38.3% |" under a benchmark column
SCORE_LINE = re.compile(rf"^[ \t]*(?:[*\-\u2022][ \t]+)?(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*)"
                        rf"(?:[ ]\([^()\n]{{1,30}}\))?[ ]*:[ ]*\d", re.M)
# a bullet that heads a score list: "- RepoRepair (new, 500 tasks): GPT-5.1 44%, Aurel 31%"
SCORE_HEAD_LINE = re.compile(rf"^[ \t]*[*\-\u2022][ \t]+(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*)"
                             rf"(?:[ ]\([^()\n]{{1,60}}\))?[ ]*:[^\n:]{{1,60}}?\d+(?:\.\d+)?[ ]?%", re.M)
BENCH_TABLE = re.compile(r"^\|?\s*(?:benchmark|benchmarks|eval|evaluation|task|dataset)\s*\|", re.M | re.I)
TABLE_FIRST = re.compile(rf"^\|[ ]*(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*)(?:[ ]\([^()\n]{{1,30}}\))?[ ]*\|[ ]*\d", re.M)
# a clipped letter version ("R1", "V3.2", "V3.1-Terminus") with a model cue before it
# (the look-behind after the letter, as in lead_cap)
LETTER_VERSION = re.compile(rf"[CDGIJKLMNORSTUVXYZ](?<![\w.@/{_H}].)\d{{1,2}}(?:\.\d{{1,2}})?(?:[{_H}]{CAP_WORD}|[{_H}][01]\d[0-3]\d)?(?![\w%]|[{_H}]\w|\.\d)")
CLIPPED_CUE = re.compile(r"(?:[A-Za-z]['\u2019]s|powered\s+by|built\s+on|based\s+on|successor\s+to|version\s+of|"
                         r"released|releases|launch(?:ed|es)|open-?sourc(?:ed|es)|ships|shipped|unveiled|announced|introduced|"
                         r"published)\s+(?:the\s+|its\s+|new\s+|experimental\s+|latest\s+)*\Z", re.I)
POSSESSIVE = re.compile(r"[A-Za-z]['\u2019]s[ ]")
CAMEL = re.compile(rf"{CAP_WORD}[{_UP}][{_AL}]*[{_LO}][{_AL}]*")  # "DeepMind's AlphaProof" (not "its GPU")
TWO_NAMES = re.compile(rf"{CAP_WORD}[{_H}]{CAP_WORD}")
LOWER_OR_DIGIT = re.compile(r"[a-z\d]")
NAME_GOES_ON = re.compile(rf"[\w]|[{_H}.]\w")
TABLE_HEADER = re.compile(r"^\|?\s*(?:Model|Models|System|Name)\s*\|(?P<cells>[^\n]*)$", re.M | re.I)
TABLE_CELL = re.compile(r"[^|]+")
TABLE_LINE = re.compile(r"^[ \t]*\|[^\n]*$", re.M)
COLUMN_LABEL = {"model": "MODEL", "models": "MODEL", "system": "MODEL", "benchmark": "BENCHMARK", "benchmarks": "BENCHMARK",
                "eval": "BENCHMARK", "task": "BENCHMARK", "dataset": "BENCHMARK"}
CELL_NAME = re.compile(rf"[A-Za-z][\w.{_H}]*(?:[ ][\w.{_H}]+){{0,4}}")
NOT_A_MODEL = frozenset("Human Humans Random Baseline Average Ours Expert Experts Chance Majority Oracle Total None "
                        "Best Median Mean Delta Gain Difference".split())


def _table_column_cells(text: str, columns=None):
    """(start, end, label) of the names in the cells under a "Model" or "Benchmark" column of Markdown
    tables (a parenthesised qualifier after the name is left out); ``columns``: other column names
    to read (lower case), whose cells get the label "ORG"."""
    labels = COLUMN_LABEL if columns is None else dict.fromkeys(columns, "ORG")
    col, label, prev_end = None, None, -2
    for m in TABLE_LINE.finditer(text) if "|" in text else ():
        line = m.group()
        cells = [(c.start() + m.start(), c.end() + m.start()) for c in TABLE_CELL.finditer(line)]
        if m.start() != prev_end + 1:  # a new table: this is its header
            col = next((i for i, (a, b) in enumerate(cells) if text[a:b].strip().lower() in labels), None)
            label = labels[text[cells[col][0]:cells[col][1]].strip().lower()] if col is not None else None
        elif col is not None and col < len(cells) and not set(line) <= set("|-: \t"):
            a, b = cells[col]
            cell = text[a:b].strip()
            a += text[a:b].index(cell[:1]) if cell else 0
            n = CELL_NAME.match(text, a, b)
            if n and (not text[n.end():b].strip() or text[n.end():b].strip().startswith("(")):
                yield n.start(), n.end(), label
        prev_end = m.end()
    yield from _csv_column_cells(text, labels)


SCORE_HEADER = re.compile(r"^\|[ \t]*(?:benchmark|benchmarks|eval|evaluation|task|dataset|metric)?[ \t]*\|(?P<cells>[^\n]*)\n\|?[ \t]*:?-{2,}", re.M | re.I)


def _score_header_cells(text: str, models: set):
    """(start, end) of the other header cells of a score table whose first header cell is empty or
    names the benchmark column and whose header already holds a known model (``models``: spans):
    "| | Sorrel | Sorrel Mini | GPT-5 mini |" heads columns of models, one word or not."""
    for m in SCORE_HEADER.finditer(text):
        cells = []
        for c in TABLE_CELL.finditer(m.group("cells")):
            cell = c.group()
            a = m.start("cells") + c.start() + len(cell) - len(cell.lstrip())
            b = m.start("cells") + c.end() - (len(cell) - len(cell.rstrip()))
            if b > a:
                cells.append((a, b))
        if not any(k in models for k in cells):
            continue
        rows = text[m.end():].split("\n", 2)  # the rest of the separator line, then the first row
        first = rows[1].strip().strip("|").split("|")[1:] if len(rows) > 1 else []
        for i, (a, b) in enumerate(cells):
            n = CELL_NAME.fullmatch(text, a, b)
            score = i < len(first) and first[i].strip()[:1].isdigit()  # ("| Notes |" over words: no model)
            if n and score and text[a].isupper() and (a, b) not in models:
                yield a, b


# a ranked list's item: "5. Sorrel — 1,344", "9. **Sorrel** — not the strongest"
RANK_LINE = re.compile(rf"^[ \t]*\d{{1,2}}[.)][ \t]+(\*\*)?(?P<name>[A-Za-z][A-Za-z0-9]*(?:[{_H}.][A-Za-z0-9]+)*(?:[ ][A-Z0-9][A-Za-z0-9.]*){{0,3}})"
                       rf"(?(1)\*\*)[ \t]+[\u2014\u2013-][ \t]", re.M)


def _ranked_items(text: str, labels):
    """(start, end) of the unnamed capitalised items of a ranked list in which at least two items are
    names found as models and none as a benchmark (``labels``: (start, label) of the names found):
    the list ranks models, so its other items are models too."""
    label_at = dict(labels)
    items, models = [], 0
    for m in RANK_LINE.finditer(text):
        a, b = m.span("name")
        k = label_at.get(a)
        if k is None and text[a].isupper():
            items.append((a, b))
        elif k == "BENCHMARK":
            return
        elif k == "MODEL":
            models += 1
    if models >= 2:
        yield from items


def _csv_column_cells(text: str, labels: dict):
    """The cells under the labelled columns of delimited exports (comma, semicolon, tab; quoted fields) and the values of
    the same keys in records (JSON, YAML): nlp.delimited_exports, its header vocabulary narrowed to the labels
    ``labels`` gives."""
    if "\n" in text and ("," in text or ";" in text or "\t" in text):
        yield from export_names(text, wanted=frozenset(labels.values()))
    if ":" in text or "=" in text:  # a record's keys: 'model: X', '"developer": "Y"' (nlp.delimited_exports)
        yield from keyed_names(text, wanted=frozenset(labels.values()))
    if "=" in text:  # a log line's pairs: 'suite=civet model=x-2 n=1400' (nlp.delimited_exports)
        yield from inline_keyed_names(text, wanted=frozenset(labels.values()))


COMMON_CAPS = frozenset("""STEM AI AGI API APIs GPU GPUs CPU TPU LLM LLMs US USA UK EU UN CEO CTO CFO PhD MoE RL RLHF SFT DPO
GRPO CoT RAG OCR TTS ASR SDK CLI IDE UI UX PDF HTML JSON SQL HTTP URL NLP ML GenAI OK TV PC FAQ PR IPO SEC FTC GDP
Q1 Q2 Q3 Q4 H1 H2 H100 H200 H20 A100 B200 B300 GB200 GB300 MI300X MI300 MI355X TPUv5 TPUv6 NASA NATO FBI CIA BBC CNN
NYT WSJ FT AP IEEE ACM MIT UCLA NYU CMU ETH KAIST USD EUR GBP RMB CNY JPY YoY QoQ MoM AM PM GMT UTC ET PT IoT VR AR XR
OpenAI DeepMind GitHub LinkedIn YouTube TikTok WeChat iPhone iPad MacBook PlayStation Xbox SaaS B2B B2C FP8
FP16 BF16 INT4 INT8 FP4 MXFP4 KV LoRA QLoRA Elo
JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC
SELECT FROM WHERE LIMIT ORDER GROUP JOIN INSERT UPDATE DELETE FAILED PASSED SKIPPED ERROR WARNING TODO FIXME
MODEL MODELS EVAL BENCH RESULT RESULTS""".split())  # (Elo: a rating system, not a benchmark; shouted months of a
# form's date, "01 DEC 2026"; SQL, test-runner and log words and a script's variables: "LIMIT 8", "FAILED", "set MODEL=")


# a model named like "ChatGPT", "BloombergGPT"
GPT_NAME = re.compile(rf"{_LEAD_NAME}(?:{CAP_WORD})*GPT(?![\w]|[{_H}]\w)")
# after an organisation and a slash, an API id: "deepseek-ai/DeepSeek-V3.1", "google/gemma-3-27b-it"
ORG_SLASH_ITEM = re.compile(rf"/(?P<name>[A-Za-z][A-Za-z0-9]*(?:[._{_H}][A-Za-z0-9]+)*)(?![\w/]|[.{_H}]\w)")
# a lower-case organisation slug going on with model words: "deepseek-chat", "mistral-large-latest"
ORG_SLUG_TAIL = re.compile(rf"(?:[{_H}][a-z0-9][a-z0-9.]*){{1,4}}(?![\w]|[{_H}]\w|\.\w)|[ ][a-z]?\d{{1,2}}(?:\.\d{{1,2}})?(?![\w%]|[.,]\d)")
SLUG_WORDS = frozenset({t.lower() for t in TIER_WORDS} | {"reasoner", "latest", "coder", "chat", "instruct", "vl", "omni"})
COMPOUND_AFTER = frozenset("backed based style like level led owned funded made built powered compatible ai inc labs team "
                           "research org affiliated native specific only first era scale sized grade class".split())
_COMPOUND_SPLIT = re.compile(f"[{_H}]")


def _unit_compound(w: str) -> bool:
    """"Elo-scale", "GPU-hours", "LLM-based": a common word or a word of `COMPOUND_AFTER` joined to
    a lower-case word, a unit or a manner ("score = Elo-scale rating"), no name."""
    parts = _COMPOUND_SPLIT.split(w)
    return len(parts) == 2 and parts[1].islower() and (parts[0] in COMMON_CAPS or parts[1] in COMPOUND_AFTER)


# competitions by their spelled-out names, and an olympiad's acronym with its year ("2025 IMO", "IOI 2024")
OLYMPIAD = re.compile(r"(?<![\w])(?:(?:19|20)\d\d\s+)?(?:International|Asian|European|American|USA?|Chinese|China|National|"
                      rf"Balkan|Baltic|Nordic|World)(?:\s+{CAP_WORD}){{0,3}}\s+Olympiads?(?:\s+in\s+(?!" + _MONTH + rf"){CAP_WORD})?(?:\s+(?:19|20)\d\d)?(?!\w)")
# a competition or prize with its year: "ARC Prize 2025", "AtCoder World Tour Finals 2025"
PRIZE_YEAR = re.compile(rf"(?<![\w.@/{_H}])(?:[A-Z][A-Za-z]*[ ]){{1,3}}(?:Prize|Challenge|Cup|Finals|Championship)[ ](?:19|20)\d\d(?!\w)")
YEAR_OLYMPIAD = re.compile(r"(?<![\w.])(?:(?:19|20)\d\d\s+[A-Z]{1,4}(?:MO|OI)|[A-Z]{1,4}(?:MO|OI)\s+(?:19|20)\d\d)(?![\w.])")
HUMAN_BEFORE = re.compile(r"\b(?:former|human|student|teen(?:age)?|contestants?|medall?ists?)\b[^.\n]{0,25}\Z", re.I)
# a named leaderboard or arena: "Open LLM Leaderboard", "Copilot Arena"
VENUE_BEFORE = re.compile(r"\b(?:at|in|inside|near|outside|from|to)\s+(?:the\s+)?\Z", re.I)  # "at the Capital One Arena"
NAMED_BOARD = re.compile(rf"(?<![\w.@/{_H}])(?:[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*[ ]){{1,3}}(?:Leaderboard|Arena)(?![\w]|[{_H}]\w)")


# a benchmark or model introduced by apposition or definition: "a new benchmark, DocuMaze, tests ...",
# "Firewatch, a new agent benchmark from ...", "MazeMind 2026 is a refreshed set of grid puzzles",
# "Cartograph-2 tests map reading", "its own coding model, Composer, which ...", "its in-house Sonar model"
_BENCH_NOUN = r"(?:benchmark|leaderboard|eval|evaluation|test[ ]suite|suite|test[ ]set|set|collection|test)s?"
NAME_BACK = re.compile(rf"(?<![\w.@/{_H}'\u2019])([{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*(?:[ ](?:Verified|Hard|Pro|Lite|Live|Plus|v\d{{1,2}}(?:\.\d)?|20\d\d))?)\Z")
NAME_AHEAD = re.compile(rf"[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*(?:[ ](?:Verified|Hard|Pro|Lite|Live|Plus|v\d{{1,2}}(?:\.\d)?|20\d\d))?(?![\w%]|[{_H}]\w|\.\d)")
BENCH_APPOS_AFTER = re.compile(rf",\s+(?:a|an|the)\s+(?:new\s+)?(?:[\w{_H}]+\s+){{0,3}}?(?:{_BENCH_NOUN}|tournament|gauntlet)\b(?!\s+(?:leader|winner|champion|score|result|record|run)s?\b|['\u2019])"
                               rf"|,\s+(?:a\s+set\s+of\s+)?\d[\d,]*\s+(?:[\w{_H}]+\s+){{0,2}}?(?:tasks|problems|questions|prompts|puzzles|exercises)\b"  # "Causeway, 412 multi-session tasks"
                               rf"|\s+(?:is|was)\s+(?:a|an)\s+(?:[\w{_H}]+\s+){{0,3}}?{_BENCH_NOUN}\s+(?:of|for|that|which|where|with|built|made|covering|from)\b")
SENTENCE_START = re.compile(r"(?:\A|[.!?:]\s+|\n[ \t]*(?:[#*>\-][ \t]*)*)\Z")
# a known name going on with a version: "Solar Pro 3" after the known "Solar Pro" (not a score: one digit)
VERSION_AFTER = re.compile(rf"[ ]\d(?:\.\d)?(?![\w%+]|[.,]\d|[ ]?(?:%|points?|pts|times|x)\b|[ ]\d)")
BLOCKED_LOWER = frozenset(w.lower() for w in BLOCKED_HEADS)
LOWER_TIER_NAME = re.compile(r" (?:pro|max|mini|flash|lite|ultra|turbo|nano) \d{1,2}(?:\.\d{1,2})?(?![\w%]|[.,]\d)")  # (its head: a walk back)
PLAIN_WORD = re.compile(rf"[{_UP}][{_LO}]{{2,}}")
# model names that are also people's names: "Claude and Sarah" is no list of models
PERSONLIKE = {"Claude", "Devin", "Kimi", "Ernie", "ERNIE", "Aristotle", "Yi", "Hermes", "Moshi", "Talkie", "Alpaca", "Vicuna", "Dolly"}
BENCH_NOUN_BEFORE = re.compile(rf"(?:benchmark|suite|eval|leaderboard|tops|topped)\s+(?=[{_UP}])")  # (anchored on its words: fast)
BENCH_DET_BACK = re.compile(r"\b(?:[Oo]ur|[Ii]ts|[Tt]heir|[Tt]he|an?)\s+(?:(?:new|own|in-house|internal|private|held-out|public|test)\s+)*\Z")
BENCH_VERB_AFTER = re.compile(r"\s+(?:tests|measures|probes|asks\s+(?:for|whether|models|agents))\b")
BENCH_VERBS = ("tests", "measures", "probes", "asks")
# (each found from its noun, then its article looked for just before: cheaper than a scan from every article)
BENCH_APPOS_NOUN = re.compile(rf"\b{_BENCH_NOUN},\s+(?=[{_UP}])")
BENCH_APPOS_BACK = re.compile(rf"\b(?:[Aa]n?|[Oo]ur|[Ii]ts|[Tt]heir)\s+(?:new\s+|fresh\s+|own\s+)?(?:[\w{_H}]+\s+){{0,2}}?\Z")
# "Colibri, a speech model for ...", "Korrigan, an AI model that ...": the model noun ends the phrase
# (not "a model maker", "an AI model developer")
MODEL_APPOS_AFTER = re.compile(r"(?:,| as)\s+(?:a|an|(?P<own>our|its|their))\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?"
                               r"(?:model|LLM|chatbot|assistant|(?:family|series|line)\s+of\s+(?:[\w-]+\s+){0,2}?(?:models|LLMs|chatbots|assistants))"
                               r"(?=\s*[,.;:)\n]|\s+of\s+\d|\s+(?:for|from|that|which|who|with|built|trained|designed|developed|made|by|"
                               r"tuned|aimed|focused|specialised|specialized|optimi[sz]ed|released|launched|capable|running|able)\b)")
AI_ASSISTANT = re.compile(r"\b(?:AI|coding|voice|research|virtual|digital)\s+assistant\Z")
APPOS_CHEAP = (", a", " as a", ", our", ", its", ", their")
# a release verb right before a name: "is releasing Sorrel, our first general model", "updated Tern, its chatbot"
RELEASE_BEFORE = re.compile(r"\b(?:releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|ship(?:s|ped|ping)?|"
                            r"debut(?:s|ed|ing)?|announc(?:e|es|ed|ing)|open-?sourc(?:e|es|ed|ing)|roll(?:s|ed|ing)?\s+out|updat(?:e|es|ed|ing)|"
                            r"upgrad(?:e|es|ed|ing)|present(?:s|ed|ing)?|meet)\s+\Z", re.I)
MODEL_APPOS_NOUN = re.compile(rf"\b(?:model|LLM|chatbot|assistant),\s+(?=[{_UP}])")
MODEL_APPOS_BACK = re.compile(r"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+){0,3}?\Z")
OWNED_NOUN = re.compile(r"(?<=[A-Za-z0-9])\s+(?P<noun>(?:model|system|LLM|chatbot|assistant)s?|family|releases|weights|checkpoints)\b")
OWNED_BACK = re.compile(rf"(?:\b(?:its|their|our)|\b(?P<the>the)|[A-Za-z]['\u2019]s)\s+(?:(?:own|in-house|new|latest|flagship|experimental|open)\s+)*"
                        rf"(?P<name>[{_UP}][{_AL}0-9]*(?:[{_H}][{_AL}0-9]+)*)\Z")
# "called X", "code name X", "we call ours X": the nearest kind word says what X is
NAMING_WORDS = ("call", "named", "dubbed", "code")
NAMING = re.compile(rf"\b(?:called|named|dubbed|code[ -]?named|code[ -]?name|call\s+(?:it|ours|this(?:\s+one)?|them))\s+[\"\u201c]?(?=[{_UP}])")
KIND_WORD = re.compile(rf"\b(?:(?P<b>{_BENCH_NOUN})|(?P<m>models?|LLMs?|chatbots?|assistants?|successor|checkpoints?)|"
                       rf"(?P<o>start[{_H}]?ups?|compan(?:y|ies)|labs?|firms?))\b")


# words that open a sentence without naming anything: "Second, a new benchmark, DocuMaze, ..."
DISCOURSE = frozenset("First Second Third Fourth Fifth Finally Lastly Also Meanwhile Separately Elsewhere Next Then Today "
                      "Yesterday Instead Still Overall Notably Similarly Likewise Again Here There Now".split())


LOWER_OR_DIGIT_END = re.compile(r"[a-z][-\u2011]?\d|\s20\d\d$")
FULL_NAME = re.compile(r"\d|\w[ ]\w")  # a name with a version or two words: the same thing wherever it recurs
# a benchmark's lower-case slug: "verbamath-eval", "tau-bench" (as in a repository or a config file)
FUSED_BENCH_END = re.compile(rf"bench(?![\w]|[{_H}]\w|\.\w)")  # the end of "tidebench" (its start is found by a walk back)
BENCH_WORDS = frozenset("workbench testbench benchbench".split())  # English words ending in "bench"
BENCH_SLUG = re.compile(rf"(?<![\w.@/{_H}])[a-z][a-z0-9]+(?:[{_H}][a-z0-9]+)*[{_H}](?:bench|eval)(?:[{_H}][a-z0-9]+)*(?![\w]|[{_H}]\w|\.\w)")
NOUN_BEFORE_NAMING = re.compile(r"\b([a-z]{3,})(?:\s+(?:is|was|now|also))?,?\s+\Z")


PRONOUN_SUBJECT = re.compile(r"(?i:it|this|they|these|both|the\s+latter)(?:\s+(?:has|have|had|is|was|were|are|been|being|now|also|then|later|internally|originally))+\Z")
PASSIVE_NAMING = re.compile(r"\b(?:been|being|is|was|were|are)\s+\Z")


def _kind_near(text: str, s: int, e: int) -> str | None:
    """The label of the kind word ("benchmark", "model", "start-up") that a name given by "called X"
    is: the nearest before it (what was being talked about), else one right after it."""
    before = None
    for m in KIND_WORD.finditer(text, max(0, s - 200), s):
        if not m.group("o") or m.end() > s - 25:  # "the company says ..., called X": a start-up only right before
            before = m
    m = before or KIND_WORD.search(text, e, min(len(text), e + 40))
    return None if m is None else "BENCHMARK" if m.group("b") else "MODEL" if m.group("m") else "ORG"


# places and nationalities: "a model from China", "the Paris-based start-up" (the cue word follows them)
PLACES = frozenset("""China Chinese France French Europe European America American US USA UK Britain British Japan Japanese
Korea Korean India Indian Israel Israeli Canada Canadian Germany German Taiwan Singapore Switzerland Swiss Sweden Swedish
Paris London Beijing Shanghai Hangzhou Shenzhen Tokyo Seoul Toronto Montreal Berlin Munich Zurich Amsterdam Stockholm
Dubai Abu Dhabi Riyadh Bangalore Mumbai Delhi Singapore Hong Kong Silicon Valley San Francisco Seattle Boston New York
Austin Busan Lisbon Madrid Barcelona Milan Rome Vienna Prague Warsaw Helsinki Oslo Copenhagen Dublin Edinburgh Cambridge
Oxford Tel Aviv Sydney Melbourne Vancouver Washington California Texas Asia Africa Brussels Geneva Lagos Nairobi Cairo
Hugging Face Kaggle arXiv X Twitter""".split()) | COUNTRIES | DEMONYMS | PLACE_ADJECTIVES  # ("Colombian startup X", "Domestic AI")


def _table_row_at(text: str, s: int, diff: bool, psql: bool) -> bool:
    """Whether ``s`` is on a pipe table's row; in a unified diff (``diff``: the text has a hunk header) also
    a changed or kept row ("-| 1 | X | 61.0 |", "+| ...", " | ..."): a board's change under review is still
    the board, its rows the context of their names; under a console table's rule (``psql``: "------+------")
    a line with a bar between spaces ("    3 | X   |   1471 |")."""
    a = text.rfind("\n", 0, s) + 1
    return (text.startswith("|", a) or diff and text.startswith(("-|", "+|", " |"), a)
            or psql and text.count(" | ", a, (text.find("\n", s) + 1 or len(text) + 1) - 1) >= 1)


_PSQL_RULE = re.compile(r"^[ ]*-{3,}(?:\+-{3,})+[ ]*$", re.M)  # a console table's rule under its header
_DIFF_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@", re.M)


@lru_cache(maxsize=4096)  # (a pure test of a name, asked again at each of its mentions)
def _ok_head(name: str) -> bool:
    first = name.split()[0]
    return first not in BLOCKED_HEADS and first.lower() not in STOP_WORDS  # "Which benchmarks ...?"


# what a data set is called by: "ShareGPT conversations", "the ShareGPT and Orca datasets" (the look-behind
# after the first letter, as in lead_cap)
DATA_NAME = re.compile(rf"[A-Z](?<![\w.@/{_H}].)[\w.{_H}]*(?=\s+(?:(?:and|or)\s+[A-Z][\w.{_H}]*\s+)?(?:data|datasets?|"
                       r"corpus|corpora|conversations|dialogues|transcripts|logs|dumps)\b)")
# a hyphened participle is no name: "a dense model RL-tuned on ...", "a GRPO-trained policy"
PARTICIPLE_END = re.compile(rf"[{_H}][a-z]+ed\Z")
# "Quillon's cofounder": a company's people and money, so the word is the company's name, not its model's
ORG_ROLE_AFTER = re.compile(r"['\u2019]s\s+(?:co-?founders?|founders?|CEO|CTO|chief|president|staff|employees|engineers|researchers|"
                            r"spokes(?:person|man|woman)|headquarters|offices?|valuation|funding|investors|board)\b")
# "the planet Mercury", "the river Amazon": a common noun names what follows (unless it is a model word)
COMMON_NOUN_BEFORE = re.compile(r"\bthe\s+(?!(?:model|system|chatbot|assistant|agent|LLM|benchmark|leaderboard|family|series|lab)\s)[a-z]{3,}\s+\Z")


# a capitalised word with a benchmark cue after it, a model cue after it, a model verb before it
BENCH_CUE_WORD = re.compile(CAP_NAME.pattern + "(?=(?i:" + BENCH_AFTER.pattern + ")|" + BENCH_WORD_AFTER.pattern + "|" + METRIC_AFTER.pattern + "|"
                            + SCORE_AFTER.pattern + ")")
MODEL_CUE_WORD = re.compile(CAP_NAME.pattern + r"(?=" + MODEL_VERB_AFTER.pattern + ")")
MODEL_CUE_VERB = re.compile(r"\b" + MODEL_BEFORE.pattern[:-2], re.I)  # without its \Z


def _model_like(w: str) -> bool:
    """A name shaped like a model's: a version, a clipped letter version ("R1"), tier words ("Nova Lite")."""
    return (MODEL_SHAPE.fullmatch(w) is not None or LETTER_VERSION.fullmatch(w) is not None
            or MODEL_TIER_ONLY.fullmatch(w) is not None)


def _lab_in_brackets(text: str, e: int, org_at: set) -> bool:
    """"Tern 3 (Halden Labs)": a name followed by a known lab in brackets is that lab's model."""
    if not text.startswith(" (", e):
        return False
    close = text.find(")", e + 2, e + 60)
    return close > 0 and (e + 2, close) in org_at


# a headline's gerund before a name: "Beating Gemma 3 12B and ...", "Testing Harrow 5 on ..." (a stem with a vowel and
# three letters or more, so "Kling 2" and "Ling 1" stay names)
GERUND = re.compile(r"[A-Z][a-z]*[aeiouy][a-z]*(?<=[a-z]{3})ing\Z")
LANGUAGE_AFTER = re.compile(r"[ ](?:language|languages|speakers?|text|speech)\b")


def _model_shapes(text: str):
    """MODEL_SHAPE's matches; one whose two-word name starts with a word that never starts a name is
    tried again from its second word ("The Lumen Pro 2.5 model" is ``Lumen Pro 2.5``)."""
    for m in MODEL_SHAPE.finditer(text):
        name = m.group("name")
        if " " in name and (not _ok_head(name) or GERUND.match(name.split()[0])):
            again = MODEL_SHAPE.match(text, m.start() + name.index(" ") + 1)
            if again is not None and again.end() == m.end():
                yield again
                continue
        yield m


_A_LOWER = re.compile(f"[{_LO}]")  # compiled once: its class of every script takes long to compile
# one capitalised word after a family and a number, no tier any list has: "Harrow 5 Reason", "Harrow-5 Reason"
WORD_TIER = re.compile(rf"[ ]({CAP_WORD})(?![\w]|[{_H}]\w|[ ][{_UP}0-9]|[.,]\d)")


def _word_tier(text: str, m: re.Match, s: int) -> int:
    """The end of ``Family N Word`` when the word is a tier no list knows, -1 for that shape without a cue,
    else 0. Gated as a plain
    ``Family N`` is, by a model cue before it ("evaluated", "released", "model,") or after it (", the
    reasoning model", "scored"): "Windows 11 Home" or "Chapter 5 Review" have none."""
    if m.group("tail") or m.group("tier1") or not m.group("ver")[0].isdigit() or not _A_LOWER.search(m.group("name")):
        return 0
    w = WORD_TIER.match(text, m.end())
    if w is None or w.group(1) in COMMON_CAPS or w.group(1) in BLOCKED_HEADS or w.group(1).lower() in STOP_WORDS:
        return 0
    e = w.end()
    place = w.group(1) in PLACES or LANGUAGE_AFTER.match(text, e) is not None  # "unveils Tarvo-3 Thai language model"
    if MODEL_BEFORE.search(text, max(0, s - 60), s) or MODEL_AFTER.match(text, e) or POSSESSIVE_BEFORE.search(text, max(0, s - 20), s):
        return m.end() if place else e  # (a demonym or a language: the name ends before it)
    return 0 if place else -1


def _list_item_ok(w: str) -> bool:
    """A list item worth labelling like its neighbour: a technical word or a name with a version."""
    head = w.split()[0].split("-")[0]
    return (w not in COMMON_CAPS and head not in BLOCKED_HEADS and head not in NOT_BENCH
            and (TECH_WORD.fullmatch(w) is not None or _model_like(w) or BENCH_SHAPE.fullmatch(w) is not None))


def _taken_words(text: str, spans) -> set[str]:
    return {text[a:b] for a, b in spans}


# compiled once here, not at each name the loops below read
_DIGIT = re.compile(r"\d")
_ASCII_LOWER = re.compile("[a-z]")
_HYPHEN_OR_SPACE = re.compile(f"[{_H} ]")
_WORD_NOT_LAST = re.compile(r"(?:^|(?<= ))\S(?=[^ ]* )")


def find_unknown(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool],
                 ai_text: bool = True, new_models: frozenset = frozenset()) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of new MODEL / BENCHMARK names in ``text``.

    ``taken``: (start, end, label) of what the knowledge base found (stop phrases included): a new
    name never overlaps one, except a model name that begins with a known developer's name and
    goes on with a version (``DeepSeek-V3`` with ``DeepSeek`` known as the lab). ``ai_at(pos)``:
    whether the sentence at ``pos`` (or one next to it) is about AI; ``ai_text``: whether the
    text is (for table headers, whose cells are sentences of their own). A known benchmark's name
    followed by a variant (``SciCode-Verified``) gives a new benchmark that replaces it.
    ``new_models``: (start, end) of the ``taken`` models that no list knows either (found by
    their size): their families and letter versions count as found here.
    """
    found: dict[tuple[int, int], tuple[str, str]] = {}
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    org_at = {(s, e) for s, e, lab in taken if lab == "ORG"}
    bench_at = {(s, e) for s, e, lab in taken if lab == "BENCHMARK"}
    mine: list[tuple[int, int]] = []  # found so far, sorted; names are short, so both look-ups are bisections

    def overlaps(ordered: list, s: int, e: int, width: int):
        i = bisect_left(ordered, (s - width, -1))
        while i < len(ordered) and ordered[i][0] < e:
            a, b = ordered[i]
            if b > s:
                yield a, b
            i += 1

    def free(s: int, e: int, org_prefix_ok: bool = False) -> bool:
        for a, b in overlaps(spans, s, e, longest):
            if not (org_prefix_ok and a == s and b < e and ((a, b) in org_at or org_prefix_ok == "any")):
                return False
        return next(overlaps(mine, s, e, 200), None) is None

    data_names = {m.group() for m in DATA_NAME.finditer(text)}

    in_diff = "\n@@ " in text and _DIFF_HUNK.search(text) is not None
    in_psql = "-+-" in text and _PSQL_RULE.search(text) is not None

    def add(s: int, e: int, label: str, org_prefix_ok: bool = False, ai: bool | None = None) -> bool:
        if label == "MODEL" and (text[s:e] in data_names or PARTICIPLE_END.search(text, s, e)):
            return False
        if ai is None:  # a table row's cells are sentences of their own: the table is the context
            ai = ai_at(s) or ai_text and _table_row_at(text, s, in_diff, in_psql)
        if free(s, e, org_prefix_ok) and ai:
            found[(s, e)] = (label, clean(text[s:e]))
            insort(mine, (s, e))
            return True
        return False

    def extend(a: int, b: int, end: int, label: str) -> None:
        """A known name (a, b) going on to ``end`` is a new name that replaces it."""
        spans.remove((a, b))
        if free(a, end):
            found[(a, end)] = (label, clean(text[a:end]))
            insort(mine, (a, end))
        else:
            insort(spans, (a, b))

    def add_board(s: int, e: int) -> None:
        """A board's whole name ("Harbor Exam") over a known benchmark that is its last word alone."""
        last = next(((a, b) for a, b in bench_at if b == e and a > s and text[a - 1] == " " and (a, b) in spans), None)
        if last:
            spans.remove(last)
        # (or one this finder took already: "Exam" of "…the Harbor Exam, the legal benchmark")
        mine_last = next(((a, b) for a, b in overlaps(mine, s, e, 200) if b == e and a > s and found[(a, b)][0] == "BENCHMARK"), None)
        if mine_last:
            mine.remove(mine_last)
            kept = found.pop(mine_last)
        if not add(s, e, "BENCHMARK"):
            if last:
                insort(spans, last)
            if mine_last:
                found[mine_last] = kept
                insort(mine, mine_last)

    # 0. known benchmarks with a variant
    for a, b in sorted(bench_at):
        m = VARIANT_AFTER.match(text, b)
        if m and ai_at(a):
            extend(a, b, m.end(), "BENCHMARK")
    # 1. benchmark shapes
    for m in BENCH_SHAPE.finditer(text):
        if _ok_head(m.group("name")):  # a strong shape ("LedgerQA: ...") in a text about AI: a reference list's line
            strong = ai_text and (m.group("name")[-2:] in ("QA", "ch", "al", "CH", "AL")  # a technical word's checked
                                  or m.group("var")[1:9] == "Verified") and TECH_WORD.fullmatch(m.group("name"))  # subset too
            add(m.start(), m.end(), "BENCHMARK", ai=True if strong and _ok_head(m.group()) else None)
    for m in NAMED_BOARD.finditer(text) if "Arena" in text or "Leaderboard" in text else ():  # a known name may begin it ("Copilot Arena"); a lab's name before it is not part of it
        if VENUE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        last = (m.end() - len(m.group().rsplit(" ", 1)[-1]), m.end())
        if last in bench_at:  # "Arena" alone is LMArena; "Glimmer Agent Arena" is another
            spans.remove(last)
        n = len(found)
        for w in _WORD_NOT_LAST.finditer(m.group()):  # a word start, not the last word's
            s = m.start() + w.start()
            if text[s:m.end()].split()[0] in COLUMN_WORDS:
                continue  # "Rank Model Arena score Votes": a header row's cells, not a board's name (nlp.board_names)
            if _ok_head(text[s:m.end()]) and text[s:m.end()].split()[0] not in NOT_BENCH and not any(
                    a < s < b or a == s and (a, b) in org_at for a, b in overlaps(spans, s, s + 1, longest)):
                add(s, m.end(), "BENCHMARK", org_prefix_ok="any")
                break
        if last in bench_at and len(found) == n:
            insort(spans, last)
    for rx, cheap in ((OLYMPIAD, "lympiad"), (YEAR_OLYMPIAD, "O"), (PRIZE_YEAR, "20")):
        for m in rx.finditer(text) if cheap in text else ():
            if not HUMAN_BEFORE.search(text, max(0, m.start() - 40), m.start()) and m.group() not in COMMON_CAPS:
                add(m.start(), m.end(), "BENCHMARK", org_prefix_ok="any")
    # 2. benchmark cues: a table's header row, "N on X", "On X,", "the X benchmark"
    for m in TABLE_HEADER.finditer(text):
        base = m.start("cells")
        for c in TABLE_CELL.finditer(m.group("cells")):
            cell = c.group()
            s = base + c.start() + len(cell) - len(cell.lstrip())
            e = base + c.end() - (len(cell) - len(cell.rstrip()))
            w = text[s:e]
            if e > s and (TECH_WORD.fullmatch(w) or BENCH_SHAPE.fullmatch(w)) and w not in COMMON_CAPS and _ok_head(w):
                add(s, e, "BENCHMARK", ai=ai_text)
    for s, e, label in (_table_column_cells(text) if "|" in text or "," in text or ";" in text or "\t" in text or ":" in text else ()):
        w = text[s:e]
        if w not in COMMON_CAPS and _ok_head(w) and w.split()[0] not in NOT_A_MODEL and (
                label == "MODEL" and not BENCH_SHAPE.fullmatch(w)
                or label == "BENCHMARK" and not _model_like(w) and (TECH_WORD.fullmatch(w) or BENCH_SHAPE.fullmatch(w))):
            add(s, e, label, org_prefix_ok=label == "MODEL", ai=ai_text)
    for s, e, label in inline_keyed_names(text, wanted=("BENCHMARK",)) if "=" in text else ():  # "suite=civet": the key says it
        w = text[s:e]
        if w not in COMMON_CAPS and _ok_head(w) and not _model_like(w):
            add(s, e, label, ai=ai_text)
    for s, e in _score_header_cells(text, {(a, b) for a, b, lab in taken if lab == "MODEL"}) if "|" in text else ():
        w = text[s:e]
        if w not in COMMON_CAPS and _ok_head(w) and w.split()[0] not in NOT_A_MODEL and not BENCH_SHAPE.fullmatch(w):
            add(s, e, "MODEL", org_prefix_ok=True, ai=ai_text)

    def name_ok(w: str) -> bool:
        return len(w) > 1 and w not in DISCOURSE and w not in COMMON_CAPS and w.split()[0] not in NOT_BENCH and _ok_head(w) and w.split()[0] not in NOT_A_MODEL

    for s, e, in_table in board_candidates(text, taken):  # shapes and frames no list needs (nlp.board_shapes)
        w = text[s:e]
        if name_ok(w) and w not in PLACES:
            add(s, e, "BENCHMARK", ai=ai_text if in_table else None)
    for m in BENCH_NOUN_BEFORE.finditer(text):  # "our in-house suite Prairie-50", "topped TideBench"
        if m.start() and text[m.start() - 1].isalnum():
            continue
        if m.group()[0] != "t" and not BENCH_DET_BACK.search(text, max(0, m.start() - 50), m.start()):
            continue
        n = NAME_AHEAD.match(text, m.end())
        if n and name_ok(n.group()) and not MODEL_VERB_AFTER.match(text, n.end()) and not NOT_NAME_AFTER.match(text, n.end()):
            add(n.start(), n.end(), "BENCHMARK")
    for m in BENCH_APPOS_NOUN.finditer(text):  # "a new benchmark, DocuMaze, tests ..."
        n = NAME_AHEAD.match(text, m.end())
        if (n and text.startswith(",", n.end()) and name_ok(n.group())
                and BENCH_APPOS_BACK.search(text, max(0, m.start() - 40), m.start())):
            add(n.start(), n.end(), "BENCHMARK")
    verbs = any(v in text for v in BENCH_VERBS)  # (a substring test is cheaper than the scan)
    for rx, tech_only in ((BENCH_APPOS_AFTER, False), (BENCH_VERB_AFTER, True)):  # "Firewatch, a new agent benchmark"
        for m in rx.finditer(text) if verbs or not tech_only else ():
            n = NAME_BACK.search(text, max(0, m.start() - 50), m.start())
            w = n.group(1) if n else ""
            if n and name_ok(w) and (not tech_only or TECH_WORD.fullmatch(w.split()[0]) or BENCH_SHAPE.fullmatch(w) or LOWER_OR_DIGIT_END.search(w)):
                if not (m.group().lstrip(", ")[:1].isdigit() and _model_like(w)):  # ("Orin 3, 200 questions each": a model)
                    add(n.start(1), n.end(1), "BENCHMARK")
    for m in NAMING.finditer(text) if any(v in text for v in NAMING_WORDS) else ():  # "It's called RecallRun"
        n = NAME_AHEAD.match(text, m.end())
        w = NOUN_BEFORE_NAMING.search(text, max(0, m.start() - 30), m.start())
        if w and w.group(1).lower() not in STOP_WORDS and not KIND_WORD.fullmatch(w.group(1)):
            continue  # "a mouse called Theseus", "my cat is named Claude", "an agent called Vibe"
        if n and name_ok(n.group()) and n.group() not in TIER_WORDS:
            lab = _kind_near(text, n.start(), n.end())
            if lab and PASSIVE_NAMING.search(text, max(0, m.start() - 20), m.start()):
                # "the heron ... has been named Henk": the passive's subject is what is named, so its kind word
                # is in the same sentence ("The new model, which was named Tolvane, ...")
                ss = max(text.rfind(". ", 0, m.start()), text.rfind("? ", 0, m.start()), text.rfind("! ", 0, m.start()),
                         text.rfind("\n", 0, m.start()))
                if not PRONOUN_SUBJECT.match(text[ss + 1:m.start()].strip()):  # ("It was named Tolvane": the one before)
                    k = None
                    for k in KIND_WORD.finditer(text, ss + 1, m.start()):
                        pass
                    lab = None if k is None else "BENCHMARK" if k.group("b") else "MODEL" if k.group("m") else "ORG"
            if lab in ("BENCHMARK", "MODEL"):
                add(n.start(), n.end(), lab, org_prefix_ok=lab == "MODEL")
    cues = [(m.end(), CAP_NAME) for m in SCORE_ON.finditer(text)
            if not LABEL_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    cues += [(m.end(), TECH_WORD) for m in ON_START.finditer(text)]
    if " on " in text and any(v in text for v in ("tested", "evaluated", "benchmarked", "assessed", "measured")):
        cues += [(m.end(), TECH_WORD) for m in EVAL_ON.finditer(text)]
    cues += [(s, TECH_WORD) for s in arena_starts(text, [(a, b) for a, b, lab in taken if lab == "MODEL"])]  # "beats Y on Z"
    for s, rx in cues:
        m = rx.match(text, s)
        w = m.group() if m else ""
        if m and OWNER_DET_BEFORE.search(text, max(0, s - 7), s) and any(
                lab == "ORG" and 0 <= s - e <= 120 for _, e, lab in taken):
            continue  # "Artificial Analysis placed X at 68 on its Intelligence Index": the lab's own, named in full elsewhere
        t = BOARD_TAIL.match(text, m.end()) if m and rx is CAP_NAME else None
        if t and w not in COMMON_CAPS and w not in NOT_BENCH and _ok_head(w) and w not in PLACES \
                and not MARKET_BEFORE.search(text, max(0, s - 40), s):
            add_board(m.start(), t.end())  # "72.6 on the Monsoon Index": the whole board's name
            continue
        if (m and len(w) > 1 and w not in COMMON_CAPS and w not in NOT_BENCH and _ok_head(w)
                and not MODEL_WORD_AFTER.match(text, m.end()) and not NOT_NAME_AFTER.match(text, m.end())):
            add(m.start(), m.end(), "BENCHMARK")
    for c in LEAD_ON.finditer(text) if "Index" in text or "Board" in text or "Arena" in text or "Exam" in text \
            or "Olympiad" in text or "Challenge" in text or "Suite" in text or "Bench" in text or "Leaderboard" in text else ():
        m = CAP_NAME.match(text, c.end())
        t = BOARD_TAIL.match(text, m.end()) if m else None
        if t and not any(lab == "MODEL" and 0 <= c.start() - e <= 25 for _, e, lab in taken):
            continue  # a model must lead it ("the chair leads the Advisory Board" is no result)
        if t and m.group() not in COMMON_CAPS and m.group() not in NOT_BENCH and _ok_head(m.group()) and m.group() not in PLACES:
            add_board(m.start(), t.end())  # "leads the Tidewater Board with 1402"
    for m in BENCH_CUE_WORD.finditer(text):  # only the capitalised words a cue follows
        w = m.group()
        if w in COMMON_CAPS or w in NOT_BENCH or not _ok_head(w) or _unit_compound(w):
            continue
        tech = TECH_WORD.fullmatch(w) is not None
        if not tech and TWO_NAMES.fullmatch(w):
            continue  # "Bradley-Terry rating": two people's names
        if not tech and w.isalpha() and w[1:].islower() and SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
            continue  # "Community benchmark roundup:", "Coding benchmarks are ...": an adjective that starts the sentence
        if (BENCH_AFTER.match(text, m.end()) if tech else BENCH_WORD_AFTER.match(text, m.end())):
            add(m.start(), m.end(), "BENCHMARK")
        elif tech and METRIC_AFTER.match(text, m.end()) and not _model_like(w) and not LETTER_VERSION.fullmatch(w):
            add(m.start(), m.end(), "BENCHMARK")
        elif tech and SCORE_AFTER.match(text, m.end()) and not MODEL_SHAPE.fullmatch(w):
            add(m.start(), m.end(), "BENCHMARK")
    bench_table = BENCH_TABLE.search(text) is not None
    for rx in ((SCORE_LINE, SCORE_HEAD_LINE, TABLE_FIRST) if bench_table else (SCORE_LINE, SCORE_HEAD_LINE)):
        for m in rx.finditer(text):
            w = m.group("name")
            if w not in COMMON_CAPS and _ok_head(w) and not MODEL_SHAPE.fullmatch(w) and (TECH_WORD.fullmatch(w) or BENCH_SHAPE.fullmatch(w)):
                add(m.start("name"), m.end("name"), "BENCHMARK", ai=ai_text)
    # 3. API ids after an organisation ("google/gemma-3-27b-it", "deepseek-chat"), then model shapes; a
    # plain "Name 4" needs a cue, or the name seen in a stronger form ("Grok 4 Heavy")
    for a, b in sorted(org_at):
        m = ORG_SLASH_ITEM.match(text, b) if text.startswith("/", b) else None
        if m and (re.search(r"\d", m.group("name")) or set(re.split(f"[._{_H}]", m.group("name").lower())) & SLUG_WORDS):
            add(m.start("name"), m.end("name"), "MODEL", org_prefix_ok=True)
        m = ORG_SLUG_TAIL.match(text, b) if text[a:b].islower() else None
        if m:
            parts = re.split(f"[{_H}]", m.group()[1:])
            if parts[0] not in COMPOUND_AFTER and (parts[0] in SLUG_WORDS or re.search(r"\d", parts[0])):
                add(a, m.end(), "MODEL", org_prefix_ok=True)
    for a, b, lab in taken:  # "Solar Pro 3": a known name without a digit going on with a version
        m = VERSION_AFTER.match(text, b) if lab == "MODEL" and _DIGIT.search(text[a:b]) is None else None
        if m and text[a:a + 1].isupper() and ai_at(a) and (a, b) in spans:
            extend(a, b, m.end(), "MODEL")
    plain_ones, heads = [], set()

    def bench_found() -> set[str]:
        return {text[a:b] for (a, b), (lab, _) in found.items() if lab == "BENCHMARK"}

    for m in MODEL_APPOS_NOUN.finditer(text):  # "its own coding model, Composer, which ..."
        n = NAME_AHEAD.match(text, m.end())
        if (n and text.startswith(",", n.end()) and name_ok(n.group()) and n.group() not in TIER_WORDS
                and MODEL_APPOS_BACK.search(text, max(0, m.start() - 60), m.start())):
            if add(n.start(), n.end(), "MODEL", org_prefix_ok=True):
                heads.add(n.group())
    for m in MODEL_APPOS_AFTER.finditer(text) if any(c in text for c in APPOS_CHEAP) else ():  # "Colibri, a speech model for ..."
        n = NAME_BACK.search(text, max(0, m.start() - 50), m.start())
        w = n.group(1) if n else ""
        if n and m.group("own") and (not RELEASE_BEFORE.search(text, max(0, n.start(1) - 40), n.start(1))
                                     or m.group().endswith("assistant") and not AI_ASSISTANT.search(m.group())):
            continue  # "Sorrel, our first model" only right after a release verb; "introduced Marta, its new assistant": a person
        if n and name_ok(w) and w not in TIER_WORDS and w not in PLACES and w not in bench_found():
            if add(n.start(1), n.end(1), "MODEL", org_prefix_ok=True):
                heads.add(w)
    for m in OWNED_NOUN.finditer(text):  # "its in-house Sonar model", "Harmonic's Aristotle system", "the Quill models"
        o = OWNED_BACK.search(text, max(0, m.start() - 80), m.start())
        if o is None or (m.group("noun") not in ("models", "family") if o.group("the") else m.group("noun") == "family"):
            continue  # "the X" only before "models"/"family"; "its X family" is a family, not one model
        if m.group("noun") in ("releases", "weights", "checkpoints") and not POSSESSIVE.match(text, o.start()):
            continue  # "Nvidia's Nemotron releases" (not "their Friday releases")
        w = o.group("name")
        if name_ok(w) and w not in TIER_WORDS and w not in PLACES:
            if add(o.start("name"), o.end("name"), "MODEL"):
                heads.add(w)  # "the Quill models ... Quill 4"
    bench_names = {text[a:b] for (a, b), (lab, _) in found.items() if lab == "BENCHMARK"}  # "Cartograph-2 tests ...": a benchmark all along
    not_models = set()  # "Trainium3 servers ... a preview of Trainium4": that head names hardware in this text
    for m in _model_shapes(text):
        name = m.group("name")
        if not _ok_head(name) or name in COMMON_CAPS:
            continue
        s, e = m.start(), m.end()
        word_tier = _word_tier(text, m, s)
        if word_tier < 0:
            continue  # "Harrow 5 Reason — System card": no cue here, but no evidence against the family either
        if word_tier:  # "weights of Harrow 5 Reason, the reasoning model": a tier word no list has
            e = word_tier
        elif name.isupper() and m.group("sep") == " " or NOT_NAME_AFTER.match(text, e) and not MODEL_AFTER.match(text, e):
            not_models.add(name)
            continue  # "RTX 4090" ("GPT 5" is the KB's business); "Mamba-2 layers"
        if name in not_models or text[s:e] in bench_names:
            continue
        plain = not (m.group("tier1") or m.group("tail").strip() or m.group("ver")[0].isalpha()
                     or name.split()[-1] in TIER_WORDS
                     or m.group("sep") not in (" ",) and _ASCII_LOWER.search(name))
        if plain and (s, s + len(name)) in org_at:
            continue  # "Cursor 2.0": a company's name with a plain number is its product's version
        if plain and name in PLACES:
            continue  # "is launching Paris 2", "released Europe 2 models": a place with a number is no model
        if plain and not (MODEL_BEFORE.search(text, max(0, s - 60), s) or MODEL_AFTER.match(text, e) or _lab_in_brackets(text, e, org_at)
                          or POSSESSIVE_BEFORE.search(text, max(0, s - 20), s) or VERSUS.search(text, max(0, s - 10), s)
                          or THE_BEFORE.search(text, max(0, s - 5), s) and MODEL_WORD_AFTER.match(text, e)):
            plain_ones.append((s, e, name))
            continue
        n = len(found)
        add(s, e, "MODEL", org_prefix_ok=True)
        if len(found) > n:
            heads.add(name)
            if " " in name and name.rsplit(" ", 1)[1] in TIER_WORDS:  # "Saffron Pro 2": "Saffron" is the family
                heads.add(name.rsplit(" ", 1)[0])
    for s, e, name in plain_ones:
        if name in heads:
            add(s, e, "MODEL", org_prefix_ok=True)
    clipped = {}  # "DeepSeek-V3" found: "V3" alone is that model
    for (s, e), (label, canon) in list(found.items()):
        m = MODEL_SHAPE.fullmatch(text, s, e) if label == "MODEL" else None
        if m and m.group("ver")[0].isalpha() and len(m.group("name")) > 2:
            clipped.setdefault(text[m.start("ver"):e], canon)
    for m in BENCH_SLUG.finditer(text) if "-bench" in text or "-eval" in text else ():
        add(m.start(), m.end(), "BENCHMARK")
    for m in FUSED_BENCH_END.finditer(text) if "bench" in text else ():  # "it topped tidebench last week"
        i = m.start()
        while i > 0 and "a" <= text[i - 1] <= "z":
            i -= 1
        if m.start() - i >= 3 and not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS)) and text[i:m.end()] not in BENCH_WORDS:
            add(i, m.end(), "BENCHMARK")
    slug_heads = set()
    for m in slugs(text):
        first = re.split(f"[{_H}]", m.group("name"))[0]
        if first not in SLUG_BLOCK and first.capitalize() not in TIER_WORDS and first not in TIER_WORDS:
            if add(m.start(), m.end(), "MODEL", org_prefix_ok=True):
                slug_heads.add(first.capitalize())
    for m in LOWER_TIER_NAME.finditer(text):  # chat logs: "anyone tried sirocco max 1.2 yet"
        i = m.start()
        while i > 0 and "a" <= text[i - 1] <= "z":
            i -= 1
        head = text[i:m.start()]
        if (len(head) >= 3 and not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS))
                and head not in STOP_WORDS and head not in BLOCKED_LOWER and head not in SLUG_BLOCK):
            add(i, m.end(), "MODEL")
    for s, e, name in plain_ones if slug_heads else ():  # "quill-4-mini" found: "Quill 4" is that family's
        if name in slug_heads:
            add(s, e, "MODEL", org_prefix_ok=True)
    for m in CAMEL_TIER.finditer(text):
        add(m.start(), m.end(), "MODEL", org_prefix_ok=True)
    for m in GPT_NAME.finditer(text) if "GPT" in text else ():
        add(m.start(), m.end(), "MODEL")
    cued = [m for m in MODEL_CUE_WORD.finditer(text)]
    cued += [m for m in (CAP_NAME.match(text, v.end()) for v in MODEL_CUE_VERB.finditer(text)) if m]
    cued += [m for m in (CAP_NAME.match(text, v.end()) for v in POSSESSIVE.finditer(text)) if m and CAMEL.fullmatch(m.group())]
    for m in cued:
        w = m.group()
        if (TECH_WORD.fullmatch(w) and w not in COMMON_CAPS and _ok_head(w) and not BENCH_SHAPE.fullmatch(w)
                and LOWER_OR_DIGIT.search(w) and sum(ch.isupper() for ch in w) <= 4
                and not NOT_NAME_AFTER.match(text, m.end())):
            add(m.start(), m.end(), "MODEL")
    letters = set()  # "DeepSeek-V3.1" found: "V3", "V3.2-Exp" in the same text are that family's
    for s, e in [k for k, (lab, _) in found.items() if lab == "MODEL"] + sorted(new_models):
        m = MODEL_SHAPE.fullmatch(text, s, e)
        if m and m.group("ver")[0].isupper() and len(m.group("name")) > 2:
            letters.add(m.group("ver")[0])
    for m in LETTER_VERSION.finditer(text):
        if m.group() in clipped:
            continue  # "R2" after "Brambling-R2": that model, named in full below
        if m.group()[0] in letters or CLIPPED_CUE.search(text, max(0, m.start() - 40), m.start()):
            if not NOT_NAME_AFTER.match(text, m.end()):
                add(m.start(), m.end(), "MODEL")
    for m in MODEL_TIER_ONLY.finditer(text):
        if not _ok_head(m.group("name")):
            continue
        s, e = m.start(), m.end()
        if (MODEL_BEFORE.search(text, max(0, s - 60), s) or MODEL_AFTER.match(text, e)
                or POSSESSIVE_BEFORE.search(text, max(0, s - 20), s)
                or m.group("tier1") == "Chat" and CHAT_BEFORE.search(text, max(0, s - 12), s)):
            chat = m.group("tier1") == "Chat" and CHAT_BEFORE.search(text, max(0, s - 12), s)
            n = len(found)
            add(s, e, "MODEL", org_prefix_ok="any" if chat else False)  # "through Qwen Chat": the assistant, even with Qwen known
            if len(found) > n:
                heads.add(m.group("name"))
    ranked = [(a, lab) for a, b, lab in taken] + [(a, lab) for (a, b), (lab, _) in found.items()]
    for s, e in _ranked_items(text, ranked) if "\n" in text else ():  # (the list is the context, as a table's)
        w = text[s:e]
        if w not in COMMON_CAPS and _ok_head(w) and w.split()[0] not in NOT_A_MODEL and not BENCH_SHAPE.fullmatch(w):
            add(s, e, "MODEL", org_prefix_ok=True, ai=ai_text)
    # 4. lists: an item next to a model or benchmark is one too
    labels_at = {}
    for a, b, lab in taken:
        if lab in ("MODEL", "BENCHMARK"):
            labels_at[a], labels_at[-b] = lab, lab
    for (a, b), (lab, _) in found.items():
        labels_at[a], labels_at[-b] = lab, lab
    # a bare family name ("Qwen", "Llama") lists other families, whose names are plain words too
    bare_at = {p for a, b, lab in taken if lab == "MODEL" and PLAIN_WORD.fullmatch(text, a, b) and text[a:b] not in PERSONLIKE
               for p in (a, -b)}
    todo = sorted(labels_at.items(), key=lambda kv: abs(kv[0]))
    while todo:  # from each labelled name outwards, item by item: "MMLU, GSM8K, DROP and MATH"
        pos, lab = todo.pop()
        if pos < 0:  # an end: the item after the separator
            sep = LIST_SEP_AFTER.match(text, -pos)
            m = LIST_ITEM.match(text, sep.end()) if sep else None
        else:  # a start: the item that ends right before the separator
            sep = LIST_SEP_BEFORE.search(text, max(0, pos - 22), pos)  # (" alongside " is 11 characters, a score 10)
            m = None
            if sep is not None:
                for m in LIST_ITEM.finditer(text, max(0, sep.start() - 60), sep.start()):
                    pass
                if m is not None and m.end() != sep.start():
                    m = None
        w = m.group() if m else ""
        plain = (lab == "MODEL" and pos in bare_at and PLAIN_WORD.fullmatch(w) is not None and _ok_head(w)  # "more Gemma and Qwen"
                 and w not in PLACES and w not in COMMON_CAPS and w not in NOT_A_MODEL and w not in TIER_WORDS and w not in DISCOURSE)
        if m is None or m.start() in labels_at or -m.end() in labels_at or not (plain or _list_item_ok(w)):
            continue
        if not plain and ((_model_like(w) if lab == "BENCHMARK" else not _model_like(w) and (CAMEL.fullmatch(w) is None or BENCH_SHAPE.fullmatch(w))) or w in clipped):
            continue  # a benchmark list holds no model-shaped name, a model list no benchmark-shaped one  # a benchmark list holds no model name; "R2" after "Brambling-R2" is that model
        n = len(found)
        add(m.start(), m.end(), lab, org_prefix_ok=lab == "MODEL")
        if len(found) > n:
            labels_at[m.start()], labels_at[-m.end()] = lab, lab
            if plain:
                bare_at.update((m.start(), -m.end()))
            todo.append((-m.end() if pos < 0 else m.start(), lab))
    # 5. a name found once is a name everywhere in the text: "Pelican 4 ... the Pelican 4 model"; so is a
    # one-word family of a model found ("Helix" after "Helix-2 Pro") and a clipped letter version ("V3")
    for s, e in new_models:  # a family seen with a size ("QwQ-32B"): "QwQ" alone
        h = _HYPHEN_OR_SPACE.split(text[s:e])[0]
        if len(h) > 2 and h[0].isupper() and not h.isupper() and h not in COMMON_CAPS and _ok_head(h):
            heads.add(h)
    for h in sorted(heads):  # "Nova Premier" found: "Nova Pro", "Nova Lite" (str.find: no regex compiled per text)
        i = text.find(h + " ") if " " not in h else -1
        while i >= 0:
            m = TIER_AFTER.match(text, i + len(h))
            if m and not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS)):
                add(i, m.end(), "MODEL")
            i = text.find(h + " ", i + 1)
    names = {canon: label for label, canon in found.values()}
    whole = set(names)  # names found whole (not only as the head of a longer one: "Opus" of "Opus 4.5")
    known_words = _taken_words(text, spans) if heads else set()
    labs = lab_heads.company_words(text, heads) if heads else set()  # "Drossel raises ...": the lab, not "Drossel-5"'s family
    for h in heads:
        if " " not in h and not h.isupper() and h not in names and h not in known_words:
            names[h] = "MODEL"
    full_of = {}
    for short, canon in clipped.items():
        if short not in names:
            names[short] = "MODEL"
            full_of[short] = canon
    for name in sorted(names, key=len, reverse=True):  # str.find per name: no regex compiled per text
        i = text.find(name)
        while i >= 0:
            j = i + len(name)
            if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" or text[i - 1] in HYPHENS and i > 1 and text[i - 2].isalnum()))
                    and not NAME_GOES_ON.match(text, j)
                    and (i, j) not in found and free(i, j, True)
                    and (ai_at(i) or name not in heads and FULL_NAME.search(name))  # "Strix 3.1 Max" again, wherever
                    and not (names[name] == "MODEL" and name in heads and (COMMON_NOUN_BEFORE.search(text, max(0, i - 30), i)
                                                                          or ORG_ROLE_AFTER.match(text, j)))
                    and not (names[name] == "MODEL" and name in data_names)
                    and not (name in labs and not lab_heads.scored_after(text, j))
                    and not (PLAIN_WORD.fullmatch(name) and name in whole and _in_person_name(text, i, j))):
                found[(i, j)] = (names[name], full_of.get(name, name))
                insort(mine, (i, j))
            i = text.find(name, j)
    return sorted((s, e, lab, _display_name(text[s:e], canon, lab, found, taken, text)) for (s, e), (lab, canon) in found.items())


# "Anna Wicket", "Wicket Farrow": a one-word name beside a capitalised word that is no tier is a person's
NAME_WORD_BEFORE = re.compile(rf"(?<![\w.])({CAP_WORD})[ \t]+\Z")
NAME_WORD_AFTER = re.compile(rf"[ \t]+({CAP_WORD})\b")


def _in_person_name(text: str, i: int, j: int) -> bool:
    b = NAME_WORD_BEFORE.search(text, max(0, i - 20), i)
    if b is not None and b.group(1).lower() not in STOP_WORDS and b.group(1) not in BLOCKED_HEADS:
        return True
    a = NAME_WORD_AFTER.match(text, j)
    return a is not None and a.group(1) not in TIER_WORDS and a.group(1).lower() not in STOP_WORDS


SLUG_PART = re.compile(rf"[{_H}_ ]+")
SIZE_PART = re.compile(r"\d+(?:\.\d+)?[bmkt]|a\d+(?:\.\d+)?b|e\d+b|q\d+(?:_k_m)?")  # 3b, a22b, q4: written in capitals


def _squash(name: str) -> str:
    return fold(SLUG_PART.sub("", name).lower())


DATE_PART = re.compile(rf"{_DATE}|\d{{8}}")  # a snapshot's date: 2601, 0324, 2025-06-17, 20250617


def _display_name(surface: str, canon: str, label: str, found: dict, taken, text: str) -> str:
    """The canonical name of a new name written as a lower-case id ("quill-4-mini", "tidebench"): the
    way the text itself writes it elsewhere ("Quill 4" → ``Quill 4 Mini``, the same separators), else
    its parts capitalised (``Nebbia 3B IT``, ``Halyard-R 3B``, ``Lumen-7``, ``TideBench``). A name
    with a capital keeps its own spelling."""
    if surface != surface.lower() or not re.search("[a-z]", surface):
        return canon
    key = _squash(surface)
    parts = [p for p in SLUG_PART.split(surface) if p]
    best = None  # the longest cased name of the same kind whose parts begin this one's
    for s, e, lab in list(taken) + [(s, e, lab) for (s, e), (lab, _) in found.items()]:
        w = text[s:e]
        if lab != label or w == w.lower() or not key.startswith(_squash(w)):
            continue
        wparts = [p for p in SLUG_PART.split(w) if p]
        if [fold(p.lower()) for p in wparts] == [fold(p) for p in parts[:len(wparts)]] and (best is None or len(w) > len(best)):
            best = w
    if best is not None:
        rest = [_cap(p) for p in parts[len(SLUG_PART.split(best)):]]
        if not rest or label == "MODEL" and len(rest) == 1 and DATE_PART.fullmatch(rest[0]):
            return best  # "seve-2-large-2601": the API id of a dated snapshot of Sève 2 Large is that model
        return best + (" " if " " in best else "-") + ("-" if " " not in best else " ").join(rest)
    if label == "MODEL" and len(parts) > 1:  # the text writes it with capitals where no cue made it a name:
        undated = parts[:-1] if DATE_PART.fullmatch(parts[-1]) else parts  # "Sève 2 Large — release notes"
        want = fold("".join(undated))
        for m in MODEL_SHAPE.finditer(text) if want[:1].upper() in text else ():
            if _squash(m.group()) == want:
                return m.group()
    if label == "BENCHMARK":  # "tidebench" -> TideBench, "x-eval" -> X-Eval
        m = re.fullmatch(rf"(.+?)([{_H}_ ]?)(bench|eval)", surface)
        if m:
            return m.group(1).capitalize() + m.group(2) + m.group(3).capitalize()
        return canon
    out = _cap(parts[0])
    for i, p in enumerate(parts[1:], 1):  # a letter or a last number goes with the name: Halyard-R, Lumen-7
        joined = len(p) == 1 and p.isalpha() or p.isdigit() and i == len(parts) - 1 and i == 1
        out += ("-" if joined else " ") + _cap(p)
    return out


def _cap(part: str) -> str:
    if SIZE_PART.fullmatch(part) or len(part) <= 2 and part.isalpha():
        return part.upper()  # 3B, A22B, IT, VL, R
    return part[:1].upper() + part[1:]
