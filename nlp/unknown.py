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
  "released/launched/open-sourced X", "the X model", "X, a 32B model", "X scores N", a table row
  ("| X | 58.3"); "N on X", "On X, ...", "the X benchmark", a table's header row.

Everything found here must sit in an AI sentence (the caller's ``ai_at``) and not overlap what the
knowledge base found; heads of everyday products and calendar words (``Galaxy S25 Ultra``,
``iPad Pro 13``, ``Windows 11``, ``March 2025``) never start a name. All searches are regular
expressions over the text, each bounded in how far it looks: linear in the text's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from typing import Callable

from .canonical import HYPHENS, clean

_H = re.escape(HYPHENS)

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
Galaxy Note Redmi Xiaomi OnePlus Oppo Vivo Honor Huawei Nova Mark The A An This That These Those Our Its Their His Her
By And Or For With From In On At To Of As If But So Meanwhile However Also Both Each Every Some Many Most All No
Chapter Act Bill Law Rule Senate House Council District Ward Zone Area Region Building Block Lot Unit Suite Apt
Sector Platform Pier Dock Lane Street Road Avenue Interstate Channel Studio Stadium Arena Field Court Camp
""".split())
TIERS = (r"Pro|Flash|Ultra|Mini|mini|Max|Lite|Turbo|Nano|nano|Plus|Instruct|Chat|Thinking|Heavy|Air|Fast|Preview|Exp|"
         r"Small|Medium|Large|Base|Coder|Vision|VL|Omni|Reasoner|Reasoning|Speciale|Terminus|Opus|Sonnet|Haiku|"
         r"Premier|Edge|Think|Instant|Code|Math|Image|Audio|Video|Voice|Embed|Guard|Zero|it|base|instruct|chat|flash|"
         r"lite|pro|max|turbo|thinking|preview|exp|Distill|Agent|Deep\s+Think")
_TIER = rf"(?:{TIERS})"
_SIZE = r"(?:\d+(?:\.\d+)?[BMK](?:[-\u2011]A\d+(?:\.\d+)?B)?|\d+x\d+B)"
_DATE = r"(?:0[1-9]\d\d|1[0-2]\d\d|2[0-9]0[1-9]|2[0-9]1[0-2]|20\d\d-\d\d-\d\d)"
_VER = r"(?:[vV]?\d{1,2}(?:\.\d{1,2}){0,2}|[A-Z]\d{1,2}(?:\.\d{1,2})?)"
# a name word: capitalised with a lower-case letter (Helix, DeepSeek, MiniMax) or a short acronym (GLM)
_WORD = r"(?:[A-Z][a-z][A-Za-z]*|[A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z]{2,6})"
MODEL_SHAPE = re.compile(
    rf"(?<![\w.@/{_H}])(?P<name>{_WORD}(?:[ ]{_WORD})?)"
    rf"(?:[ ](?P<tier1>{_TIER}))?"
    rf"(?P<sep>[ {_H}]?)(?P<ver>{_VER})"
    rf"(?P<tail>(?:(?:[ ]|[{_H}])(?:{_TIER}|{_SIZE}|{_DATE})(?![\w]))*)"
    rf"(?![\w%+]|[.,]\d|[{_H}]\w)"
)
# a tier-named model without a version: "Quasar Alpha", "Nova Pro" (needs a model cue)
MODEL_TIER_ONLY = re.compile(rf"(?<![\w.@/{_H}])(?P<name>[A-Z][a-z]+(?:[A-Z][a-z]+)*)[ ](?P<tier1>Alpha|Beta|Pro|Ultra|Max|Flash|Lite|Mini|Turbo|Premier)(?![\w{_H}])")

_VARIANT = r"(?:Hard|Verified|Multilingual|Pro|Lite|Mini|Plus|Live|Extended|Diamond|Full|Lite|Multimodal|Easy|\d{1,3}|20\d\d)"
BENCH_SHAPE = re.compile(
    rf"(?<![\w.@/{_H}])(?P<name>"
    rf"[A-Z][A-Za-z0-9]*(?:[{_H}][A-Za-z0-9]+)*?(?:Bench|BENCH|Eval|EVAL|QA)"  # GlyphBench, QuillEval, RiverQA
    rf"|[A-Za-z\u03c4][A-Za-z0-9\u00b2]*(?:[{_H}][A-Za-z0-9]+)*[{_H}](?:[Bb]ench|Eval|EVAL|QA)"  # WebNav-Bench, TAU-bench
    rf")(?P<var>(?:[{_H}]{_VARIANT}|[ ](?:Hard|Verified|Multilingual|Pro|Lite|Diamond|20\d\d))*)(?![\w]|[{_H}]\w)"
)
# a technical-looking word (CamelCase, acronym, letters with digits), with hyphenated parts: GeoReason,
# ProofNet-2, GPQA, GSM8K, ARC-AGI-2, MATH-500, OmniMath-500
TECH_WORD = re.compile(
    rf"(?<![\w.@/{_H}])(?P<name>(?:[A-Z][a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{{2,}}[A-Za-z0-9]*|[A-Z][a-z]*\d[A-Za-z0-9]*)"
    rf"(?:[{_H}][A-Za-z0-9]+)*)(?![\w]|[{_H}]\w)"
)
# a capitalised word right after a score and "on": "1720 on Codeforces", "58% on GeoReason"
SCORE_ON = re.compile(rf"\d(?:\.\d+)?\s*%?\s+on\s+(?:the\s+)?(?=[A-Z])")
ON_START = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))On\s+(?:the\s+)?(?=[A-Z])")
CAP_NAME = re.compile(rf"[A-Z][A-Za-z0-9]*(?:[{_H}][A-Za-z0-9]+)*(?![\w]|[{_H}]\w)")
BENCH_AFTER = re.compile(r"\s+(?:benchmark|leaderboard|eval|evaluation|suite|test set|test)s?\b|,\s+(?:a|an|the)\s+(?:new\s+)?"
                         r"(?:benchmark|set|suite|collection|test|leaderboard|eval)\b", re.I)
BENCH_BEFORE = re.compile(r"(?:introduc\w+|releas\w+|the|new)\s+\Z")
MODEL_BEFORE = re.compile(r"(?:released|releases|launch(?:ed|es)?|open-?sourced|unveil(?:ed|s)?|introduc(?:ed|es)|"
                          r"ships?|shipped|debut(?:ed|s)?|announc(?:ed|es)|rolled\s+out|ran|compared|tested|evaluated|"
                          r"trained|fine-tuned)\s+(?:its\s+|the\s+|a\s+|an\s+|new\s+|open\s+|latest\s+)*\Z", re.I)
MODEL_AFTER = re.compile(
    r"(?:\s+model\b|,\s+(?:an?|the|its)\s+[^,.;\n]{0,40}?\bmodel\b|\s+(?:scores?|scored|reach(?:es|ed)|achiev\w+|posts?|"
    r"posted|tops?|topped|leads?|led|solved|answered|beats?|beat|outperforms?|outperformed|hits?|gets?|got|"
    r"claims?|handles?|runs?)\b|\s+(?:at\s+)?\d+(?:\.\d+)?%?(?:\s|,|$)|\s*\|\s*\d|\s+from\s+[A-Z]|\s*\(\d)")
MODEL_WORD_AFTER = re.compile(r"\s+model\b")
THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)
TABLE_HEADER = re.compile(r"^\|?\s*(?:Model|Models|System|Name)\s*\|(?P<cells>[^\n]*)$", re.M | re.I)
TABLE_CELL = re.compile(r"[^|]+")
COMMON_CAPS = frozenset("""AI AGI API APIs GPU GPUs CPU TPU LLM LLMs US USA UK EU UN CEO CTO CFO PhD MoE RL RLHF SFT DPO
GRPO CoT RAG OCR TTS ASR SDK CLI IDE UI UX PDF HTML JSON SQL HTTP URL NLP ML GenAI OK TV PC FAQ PR IPO SEC FTC GDP
Q1 Q2 Q3 Q4 H1 H2 H100 H200 H20 A100 B200 B300 GB200 GB300 MI300X MI300 MI355X TPUv5 TPUv6 NASA NATO FBI CIA BBC CNN
NYT WSJ FT AP IEEE ACM MIT UCLA NYU CMU ETH KAIST USD EUR GBP RMB CNY JPY YoY QoQ MoM AM PM GMT UTC ET PT IoT VR AR XR
OpenAI DeepMind ChatGPT GitHub LinkedIn YouTube TikTok WeChat iPhone iPad MacBook PlayStation Xbox SaaS B2B B2C FP8
FP16 BF16 INT4 INT8 FP4 MXFP4 KV LoRA QLoRA""".split())


def _ok_head(name: str) -> bool:
    return name.split()[0] not in BLOCKED_HEADS and name.split()[-1] not in BLOCKED_HEADS - {"Max", "Pro", "Nova"}


def find_unknown(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of new MODEL / BENCHMARK names in ``text``.

    ``taken``: (start, end, label) of what the knowledge base found (stop phrases included): a new
    name never overlaps one, except a model name that begins with a known developer's name and
    goes on with a version (``DeepSeek-V3`` with ``DeepSeek`` known as the lab). ``ai_at(pos)``:
    whether the sentence at ``pos`` is about AI.
    """
    found: dict[tuple[int, int], tuple[str, str]] = {}
    spans = sorted((s, e) for s, e, _ in taken)
    longest = max((e - s for s, e in spans), default=0)
    org_at = {(s, e) for s, e, lab in taken if lab == "ORG"}
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
            if not (org_prefix_ok and a == s and b < e and (a, b) in org_at):
                return False
        return next(overlaps(mine, s, e, 200), None) is None

    def add(s: int, e: int, label: str, org_prefix_ok: bool = False) -> None:
        if free(s, e, org_prefix_ok) and ai_at(s):
            found[(s, e)] = (label, clean(text[s:e]))
            insort(mine, (s, e))

    # 1. benchmark shapes
    for m in BENCH_SHAPE.finditer(text):
        if _ok_head(m.group("name")):
            add(m.start(), m.end(), "BENCHMARK")
    # 2. benchmark cues: a table's header row, "N on X", "On X,", "the X benchmark"
    for m in TABLE_HEADER.finditer(text):
        base = m.start("cells")
        for c in TABLE_CELL.finditer(m.group("cells")):
            cell = c.group()
            s = base + c.start() + len(cell) - len(cell.lstrip())
            e = base + c.end() - (len(cell) - len(cell.rstrip()))
            w = text[s:e]
            if e > s and CAP_NAME.fullmatch(w) and w not in COMMON_CAPS and _ok_head(w):
                add(s, e, "BENCHMARK")
    cue_starts = [m.end() for m in SCORE_ON.finditer(text)] + [m.end() for m in ON_START.finditer(text)]
    for s in cue_starts:
        m = CAP_NAME.match(text, s)
        if m and m.group() not in COMMON_CAPS and _ok_head(m.group()) and not MODEL_WORD_AFTER.match(text, m.end()):
            add(m.start(), m.end(), "BENCHMARK")
    for m in TECH_WORD.finditer(text):
        w = m.group("name")
        if w in COMMON_CAPS or not _ok_head(w):
            continue
        if BENCH_AFTER.match(text, m.end()):
            add(m.start(), m.end(), "BENCHMARK")
    # 3. model shapes
    for m in MODEL_SHAPE.finditer(text):
        name = m.group("name")
        if not _ok_head(name) or name in COMMON_CAPS:
            continue
        s, e = m.start(), m.end()
        plain = not (m.group("tier1") or m.group("tail").strip() or m.group("ver")[0].isalpha()
                     or m.group("sep") not in (" ",) and re.search("[a-z]", name))
        if name.isupper() and m.group("sep") == " ":
            continue  # "RTX 4090", "GPT 5" is the KB's business
        if plain and not (MODEL_BEFORE.search(text, max(0, s - 60), s) or MODEL_AFTER.match(text, e)
                          or THE_BEFORE.search(text, max(0, s - 5), s) and MODEL_WORD_AFTER.match(text, e)):
            continue
        add(s, e, "MODEL", org_prefix_ok=True)
    for m in MODEL_TIER_ONLY.finditer(text):
        if not _ok_head(m.group("name")):
            continue
        s, e = m.start(), m.end()
        if MODEL_BEFORE.search(text, max(0, s - 60), s) or MODEL_AFTER.match(text, e):
            add(s, e, "MODEL")
    # 4. a name found once is a name everywhere in the text: "Pelican 4 ... the Pelican 4 model"
    names = {canon: label for label, canon in found.values()}
    if names:
        rx = re.compile(r"(?<![\w.@/])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w]|[-\u2011]\w)")
        for m in rx.finditer(text):
            if (m.start(), m.end()) not in found and free(m.start(), m.end(), True):
                found[(m.start(), m.end())] = (names[m.group()], m.group())
                insort(mine, (m.start(), m.end()))
    return sorted((s, e, lab, canon) for (s, e), (lab, canon) in found.items())
