"""Is a new name a model or a benchmark? What the document does with it decides.

``Name-40`` or ``RepoMend`` are shaped like both; the finder's first guess comes from one cue at one
mention. A document that names a benchmark scores things *on* it ("pass@1 percentages on RepoMend"),
calls it a suite ("a new benchmark it calls FieldOps-40", "RepoMend, our 412-task suite") and puts it in
a table's header beside a ``Model`` column; a model *scores* ("Tide-9 at 83.6% on …", "71.9% for
Tide-9"), is called a model, and sits after its lab's name ("Cinderwell Tide-9") or beside a sibling
of its family the document already calls a model (``Tide-8``).

:func:`roles` counts both kinds of evidence at every place the name is written and flips the label of a
new name (never a knowledge-base one) when the other side's evidence wins: at least one cue for it and
none for its own label, or two more than its own. Each name costs one ``str.find`` loop and a few
regex matches on short windows around its mentions: linear in the text per name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .canonical import HYPHENS
from .quick_rejects import ends_gated
from .trigger_scan import TriggerScan
from .unknown import LABEL_NUMBER_BEFORE

_H = re.escape(HYPHENS)
_BENCH_NOUN = r"(?:benchmarks?|suites?|evals?|evaluations?|test(?:\s+set)?s?|leaderboards?|datasets?|exams?|sets?)"
_MODEL_NOUN = r"(?:models?|LLMs?|checkpoints?|assistants?)"
_AFTER_NOUN = _BENCH_NOUN.replace("|sets?)", ")")  # "X set off a price war": no noun after a name
# what may stand between a name and the noun that says what it is: a few words, no clause break
_FEW = r"(?:[^\s,.;:!?()]+\s+){0,4}"
# "the benchmark table", "model card": the noun modifies another, it does not describe the name
_NOT_HEAD = r"(?![\w]|\s+(?:tables?|results?|numbers?|scores?|figures?|charts?|runs?|cards?|weights?|pages?|posts?)\b)"

BENCH_BEFORE = [
    # "92.1% on", "percentages on", "Results on the", "ranks first on": a score is taken on a benchmark
    # (not a part's number, "episode 29 on X": see _bench_cue_before)
    re.compile(r"(?:(?<![\d.,])\d(?:[\d.,]*\d)?\s*%?|points?|percentages?|scores?|accuracy|results?|pass@\d+|first|second|third|"
               r"top|sota|place|spot)\s+(?:on|in)\s+(?:the\s+|our\s+|its\s+|their\s+)?\Z", re.I),
    # "tops X with 74.0", "leads the telecom split of X"
    re.compile(r"\b(?:tops|topped|topping|leads|led|leading)\s+(?:the\s+)?\Z|\b(?:split|subset|portion|half|"
               r"leaderboard)\s+of\s+(?:the\s+)?\Z", re.I),
    # "a new benchmark it calls X", "the suite called X", "called the set X"
    re.compile(rf"\b{_BENCH_NOUN}\s+(?:(?:it|we|they|he|she|I)\s+)?(?:calls?|called|named|dubbed)\s+\Z", re.I),
    re.compile(rf"\b(?:calls?|called|names?|named|dubs?|dubbed)\s+(?:(?:the|this|our|its|their|it)\s+)?(?:new\s+)?"
               rf"{_BENCH_NOUN}\s+\Z", re.I),
]
BENCH_AFTER = [
    # "X, our 412-task bug-fixing suite", "X (a new benchmark)"
    re.compile(rf"\s*[,(\u2014\u2013]\s*(?:a|an|our|its|their|the|this)\s+{_FEW}{_AFTER_NOUN}{_NOT_HEAD}", re.I),
    # "X internal suite", "X benchmark", "X leaderboard"
    re.compile(rf"\s+(?:internal\s+|new\s+|public\s+)?{_AFTER_NOUN}{_NOT_HEAD}", re.I),
]
MODEL_BEFORE = [
    # "71.9% for X", "a score of 80 from X"
    re.compile(r"\d(?:[\d.,]*\d)?\s*%?\s+(?:for|from|by)\s+\Z"),
    # "the instruction-tuned version of X", "a fine-tune of X"
    re.compile(r"\b(?:version|fine-?tune|distillation|quantization|successor|checkpoint)\s+of\s+\Z", re.I),
    re.compile(rf"\b{_MODEL_NOUN}\s+(?:(?:it|we|they)\s+)?(?:calls?|called|named|dubbed)\s+\Z", re.I),
]
MODEL_AFTER = [
    # "X at 83.6% on", "X scored 71", "X reaches 44.0"
    re.compile(r"\s+(?:at|with|reaches|reached|scores?|scored|gets|got|achieves|achieved|hits|posts|posted|"
               r"solves|solved|tops|topped|leads|led)\s+(?:a\s+|an\s+)?\d"),
    re.compile(rf"\s*[,(\u2014\u2013]\s*(?:a|an|our|its|their|the|this)\s+{_FEW}{_MODEL_NOUN}{_NOT_HEAD}", re.I),
    re.compile(rf"\s+{_MODEL_NOUN}{_NOT_HEAD}", re.I),
]
# "leads X by 1.4 points", "trails X by a wide margin": a lead over a rival is a model's (a board is led "with" a score)
RIVAL_BEFORE = re.compile(r"\b(?:leads?|led|leading|tops|topped|beats?|beating|trails?|trailed|trailing|outperforms?|"
                          r"outperformed|edges?|edged)\s+(?:out\s+)?\Z", re.I)
MARGIN_AFTER = re.compile(r"\s+by\s+(?:a\s+|an\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|just\s+)*"
                          r"(?:\d|(?:wide|narrow|small|large|huge|slim|thin|clear|comfortable)\b)", re.I)
# one search per window: the cues of a kind as one alternation
_ANY_BENCH_BEFORE = re.compile("|".join(f"(?:{rx.pattern})" for rx in BENCH_BEFORE), re.I)
# (searched over the WINDOW characters before every mention of a new name: skipped when they cannot end so)
_ANY_BENCH_BEFORE = ends_gated(_ANY_BENCH_BEFORE, (
    "on", "in", "tops", "topped", "topping", "leads", "led", "leading", "of", "call", "calls", "called", "named",
    "dubbed", "benchmark", "benchmarks", "suite", "suites", "eval", "evals", "evaluation", "evaluations", "test",
    "tests", "set", "sets", "leaderboard", "leaderboards", "dataset", "datasets", "exam", "exams"),
    ("the", "our", "its", "their"))
_ANY_BENCH_AFTER = re.compile("|".join(f"(?:{rx.pattern})" for rx in BENCH_AFTER), re.I)
_ANY_MODEL_BEFORE = re.compile("|".join(f"(?:{rx.pattern})" for rx in MODEL_BEFORE), re.I)
_ANY_MODEL_AFTER = re.compile("|".join(f"(?:{rx.pattern})" for rx in MODEL_AFTER), re.I)
CELL_SPLIT = re.compile(r"\t|\s*\|\s*| {2,}")
MODEL_HEADER = frozenset({"model", "models", "system", "systems"})
# a benchmark's own shape: "ShelfLife-Bench", "QuillEval", "Vision Arena", "Open LLM Leaderboard"; never a model
BENCH_SHAPE = re.compile(r"(?:bench|eval|arena|leaderboard|index|test|qa|exam)(?:[ \-]?\d+)?\Z", re.I)
# a benchmark's word inside a name: "BrumeBench-FR", "Tally-Eval 2"
BENCH_PART = re.compile(r"(?:Bench|BENCH|bench|Eval|EVAL|Arena|Leaderboard)(?![a-z])")
FAMILY_NUMBER = re.compile(rf"([A-Z][A-Za-z]+)[ {_H}](\d+)\Z")
WINDOW = 90
MAX_HEADER = 1000


def _line(text: str, s: int) -> tuple[int, int] | None:
    """The line around ``s``, or None when it is longer than a table's header row may be (a bounded look)."""
    lo = max(0, s - MAX_HEADER)
    a = text.rfind("\n", lo, s) + 1
    b = text.find("\n", s, s + MAX_HEADER)
    if a == 0 and lo > 0 or b < 0 and s + MAX_HEADER < len(text):
        return None
    return a, len(text) if b < 0 else b


def _header_beside_model(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a whole cell of a line whose other cells include a ``Model`` header."""
    line = _line(text, s)
    if line is None or line[1] - line[0] > MAX_HEADER:
        return False  # a paragraph, not a table's header row
    a, b = line
    cells = [c.strip(" |*") for c in CELL_SPLIT.split(text[a:b])]
    return text[s:e] in cells and any(c.lower() in MODEL_HEADER for c in cells)


def _mentions(text: str, surface: str) -> list[int]:
    out, i = [], text.find(surface)
    while i >= 0:
        j = i + len(surface)
        glued = j < len(text) and (text[j].isalnum() or text[j] in HYPHENS + "." and text[j + 1:j + 2].isalnum())
        if not (i and (text[i - 1].isalnum() or text[i - 1] in HYPHENS)) and not glued:
            out.append(i)
        i = text.find(surface, j)
    return out


def _bench_cue_before(before: str) -> bool:
    """A benchmark cue ending `before` ("92.1% on", "ranks first on"), but not a part's number ("episode 29 on":
    the words that number parts are unknown.LABEL_NUMBER_BEFORE, shared with the unknown-name cues)."""
    m = _ANY_BENCH_BEFORE.search(before)
    return m is not None and not (before[m.start()].isdigit()
                                  and LABEL_NUMBER_BEFORE.search(before, max(0, m.start() - 12), m.start()))


def evidence(text: str, surface: str, orgs_before: set[int] = frozenset()) -> tuple[int, int]:
    """(benchmark cues, model cues) at the mentions of ``surface``; ``orgs_before``: the ends of the lab
    names found, so that "Cinderwell Tide-9" (a lab's name right before) counts for a model."""
    bench = model = 0
    for s in _mentions(text, surface):
        e = s + len(surface)
        before = text[max(0, s - WINDOW):s]
        after = text[e:e + WINDOW]
        if RIVAL_BEFORE.search(before) and MARGIN_AFTER.match(after):  # "Khem leads Typhoon 2 by 1.4 points": a rival
            model += 1
            continue
        b = _bench_cue_before(before) or bool(_ANY_BENCH_AFTER.match(after))
        b += _header_beside_model(text, s, e)
        bench += b
        if not b:  # "first place on X with 84.7": the score is on it
            model += bool(_ANY_MODEL_BEFORE.search(before) or _ANY_MODEL_AFTER.match(after))
            model += (s - 1) in orgs_before and text[s - 1:s] == " "
    return bench, model


def roles(text: str, names: list[tuple[int, int, str, str, bool]], orgs: list[tuple[int, int]] = ()) -> dict[str, str]:
    """{surface: new label} for the new names of ``names`` (start, end, label, canonical, known) whose
    document evidence says the other of MODEL / BENCHMARK; ``orgs``: (start, end) of the labs found.
    A name whose family has a sibling the document calls a model ("Tide-8" beside "Tide-9") has one
    model cue more; a name the document uses with both labels already is left as it is."""
    labels: dict[str, set[str]] = {}
    for s, e, lab, _, known in names:
        if lab in ("MODEL", "BENCHMARK"):
            labels.setdefault(text[s:e], set()).add("k" + lab if known else lab)
    families = {}
    for surface, labs in labels.items():
        m = FAMILY_NUMBER.search(surface)
        if m is not None:
            families.setdefault(m.group(1), {}).setdefault(surface, labs)
    org_ends = {e for _, e in orgs}
    out = {}
    for surface, labs in labels.items():
        if len(labs) != 1 or not labs <= {"MODEL", "BENCHMARK"} or len(surface) < 3:
            continue
        lab = next(iter(labs))
        bench, model = evidence(text, surface, org_ends)
        m = FAMILY_NUMBER.search(surface)
        if m is not None:
            model += any(ls & {"MODEL", "kMODEL"} for sib, ls in families[m.group(1)].items() if sib != surface)
        own, other = (bench, model) if lab == "BENCHMARK" else (model, bench)
        if lab == "BENCHMARK" and (BENCH_SHAPE.search(surface) or other < 2):
            continue  # a model needs two cues: "X at 83.6%" and "71.9% for X"
        if lab == "MODEL" and not own and BENCH_PART.search(surface):
            out[surface] = "BENCHMARK"  # shaped like a benchmark, and nothing says it is a model
            continue
        if other and (not own or other >= own + 2):
            out[surface] = "MODEL" if lab == "BENCHMARK" else "BENCHMARK"
    return out


def apply(text: str, ents: list) -> None:
    """Relabel, in place, the new names of ``ents`` (the finder's candidates: ``start``, ``end``, ``label``,
    ``canonical``, ``known``, ``family``) that :func:`roles` says are the other kind."""
    flip = roles(text, [(c.start, c.end, c.label, c.canonical, c.known) for c in ents],
                 [(c.start, c.end) for c in ents if c.label == "ORG"])
    for c in ents:
        lab = flip.get(text[c.start:c.end]) if not c.known else None
        if lab is not None and c.label != lab:
            c.label = lab
            if lab == "BENCHMARK":
                c.family = None


# --- names that only a claim's position makes benchmarks -------------------------------------------------
# "ranks #2 on the X", "first on X", "scores 74.2 on X", "X, the independent map-reasoning leaderboard",
# a heading "X: the … rating list" or "X — notes" over a ranked list: what models are ranked or scored on.
# The claim finder reads these as benchmarks; the entity recogniser is not changed.
_CAP = r"(?:[A-Z][\w+.\-]*[\w+]|[A-Z])"
_CLAIM_NAME = re.compile(rf"(?:The[ ])?(?P<name>{_CAP}(?:[ ](?:{_CAP}|\d[\w.\-]*\w|\d))"r"{0,4})(?![\w\-])")
# (every match begins with a capital, "The" or the name's: tried at capitals only, nlp.trigger_scan; the optional "The"
# first leaves the regex engine no character to skip to)
_CLAIM_NAME = TriggerScan(_CLAIM_NAME, "[A-Z]")
_PLACE = (r"(?:#\s?\d{1,3}|No\.\s?\d{1,3}|number\s+(?:one|two|three|\d{1,3})|first|second|third|fourth|fifth|"
          r"\d{1,3}(?:st|nd|rd|th)|top)")
_CLAIM_BEFORE = re.compile(
    rf"(?:\b{_PLACE}(?:\s+(?:place|spot|position))?\s+(?:on|in|at)|\d(?:[\d.,]*\d)?\s*(?:%|points?|pts|Elo)?\s+on"
    # "79.6 points at X", "73.5 at X" (not "a team of 26 at X", "55% at Q8": a setting)
    r"|\d(?:[\d.,]*\d)?\s*(?:points?|pts)\s+at|\d+\.\d+\s+at)"
    # "scores 72.6 on its Monsoon Index": the lab's own board
    r"\s+(?:the\s+|its\s+|their\s+|our\s+)?\Z", re.I)
# "leads the Tidewater Board with 1402", "topped Harbor Exam": a lead verb before a board-shaped name
_LEAD_BEFORE = re.compile(r"\b(?:leads|led|tops|topped|heads|headed|ranks\s+first\s+on|ranked\s+first\s+on)\s+(?:the\s+)?\Z", re.I)
# (both searched over the 40 characters before each capitalised name: skipped when those cannot end so)
_CLAIM_BEFORE = ends_gated(_CLAIM_BEFORE, ("on", "in", "at"), ("the", "its", "their", "our"))
_LEAD_BEFORE = ends_gated(_LEAD_BEFORE, ("leads", "led", "tops", "topped", "heads", "headed", "on"), ("the",))
_LEAD_BOARD = re.compile(r"[ ](?:Board|Ladder|Index|Leaderboard|Rankings?|Arena|Bench|Benchmark|Exam|Olympiad|Challenge|Suite)\Z")
# "Babel-Code 2026 leaderboard — update 7": a heading naming a board with a lower-case board noun after it
_BOARD_NOUN_AFTER = re.compile(r"\s+(?:leaderboard|standings|rankings|scoreboard|ladder|board)\b")
_BOARD_NOUN = (r"(?:leaderboards?|benchmarks?|index|board|ladder|rankings?|rating\s+list|list|league\s+table|"
               r"arena|suite|eval(?:uation)?|test|exam)")
# "X, the independent map-reasoning leaderboard", "X (a new benchmark)"
_CLAIM_AFTER = re.compile(
    rf"\s*[,(:\u2014\u2013]\s*(?:a|an|the|this|our|its|their)\s+(?:[^\s,.;:!?()]+\s+){{0,4}}?{_BOARD_NOUN}\b", re.I)
# a board's own last word: "Open Reasoning Board", "Gambit Ladder"
_BOARD_LAST = re.compile(r"[ ](?:Board|Ladder|Index|Leaderboard|Rankings?|League|Arena|Bench|Benchmark|Exam|Olympiad|Challenge|"
                         r"Suite)\Z")
_RANKED_LINE = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+\S", re.M)
_NOT_NAME = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December I It We They He She This That These Those Our Its Their His Her
English French German Spanish Italian Portuguese Czech Polish Dutch Russian Chinese Japanese Korean Arabic Hindi
Turkish Swedish Danish Norwegian Finnish Greek Hebrew Vietnamese Thai Indonesian European American Asian African
Europe America Asia Africa China Japan Korea India France Germany On In At For With By From And But Or A An As If
When While After Before Since Until Of To Via Per Its Also Only Just Then Now Here There""".split())
# "Tier 4", "Level 2": a label's word, not a name
_LABEL_FIRST = frozenset("""Tier Tiers Level Levels Round Rounds Phase Stage Part Section Split Version Step Season
Chapter Table Figure Fig Appendix Item Question Task Problem Track Lane Group""".split())


def _name_at(m: re.Match) -> tuple[int, int] | None:
    """The capitalised name of the `_CLAIM_NAME` match `m` (a leading "The" left out), or None."""
    text = m.string
    a, b = m.span("name")
    words = text[a:b].split()
    while words and words[-1] in _NOT_NAME:
        words.pop()
    while words and words[0] in _NOT_NAME:  # "On BLUEX, …": a sentence's first word
        a += len(words.pop(0)) + 1
    if not words or words[0] in _LABEL_FIRST:
        return None  # "Tier 4": a label
    b = a + len(" ".join(words))
    if text[b:b + 1] in ("'", "\u2019"):
        return None  # "Quimera's Barcelona office": an owner's name
    return a, b


@lru_cache(maxsize=4096)  # (a pure function of a name: names recur within a page and across pages)
def _shaped(surface: str) -> bool:
    """More than one word, or a word with a digit, an inner capital or a hyphen: a single plain
    capitalised word ("Europe", "Tuesday") is too often something else."""
    return " " in surface or any(ch.isdigit() or ch == "-" for ch in surface) or any(
        ch.isupper() for ch in surface[1:])


def claim_benchmarks(text: str, ents: list[tuple]) -> list[tuple]:
    """(start, end, "BENCHMARK", surface) for the capitalised names no entity covers that a claim
    ranks or scores models on, that the next words call a leaderboard/benchmark/index, or that a
    heading names over a ranked list; every other whole mention of such a name too. ``ents``:
    (start, end, label, canonical) of the names found. A benchmark found inside such a name
    ("Index" of "Cartographer Index") is replaced by it."""
    spans = sorted((s, e, lab) for s, e, lab, *_ in ents)

    def covered(a: int, b: int):
        """the entities overlapping [a, b) (linear: only documents with a candidate reach here)"""
        return [(s, e, lab) for s, e, lab in spans if s < b and a < e]

    found: dict[str, None] = {}
    for m in _CLAIM_NAME.finditer(text):  # whole names only: not "Ladder" of "Gambit Ladder"
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] in "-_.'\u2019"):
            continue
        span = _name_at(m)
        if span is None:
            continue
        a, b = span
        surface = text[a:b]
        if surface in found:
            continue
        if not (_shaped(surface) or _CLAIM_AFTER.match(text, b) or _BOARD_LAST.search(" " + surface)):
            continue  # a plain capitalised word ("Europe") whatever its cue: tested first, as it costs less
        lead = text[max(0, a - 40):a]
        cue = _CLAIM_BEFORE.search(lead) is not None
        if not cue and _CLAIM_AFTER.match(text, b):
            cue = True
        if not cue and _LEAD_BEFORE.search(lead) and (_LEAD_BOARD.search(surface) or surface != surface.title()):
            cue = True  # (not "leads the Premier League": a board's word or a name's shape)
        if not cue:
            line_start = text.rfind("\n", 0, a) + 1
            heading = (line_start == 0 or text.startswith("#", line_start)) and not text[line_start:a].strip("# \t")
            if heading and (_BOARD_LAST.search(surface) or _CLAIM_AFTER.match(text, b) or _BOARD_NOUN_AFTER.match(text, b)) and (
                    _RANKED_LINE.search(text) or text.find(surface, b) >= 0):
                cue = True
        if not cue:
            continue
        over = covered(a, b)
        if any(lab != "BENCHMARK" or s < a or e > b for s, e, lab in over) or any((s, e) == (a, b) for s, e, _ in over):
            continue  # another entity's name, or a benchmark already found whole
        if over and re.search(r"-[a-z]+\Z", surface):
            continue  # "IFEval-style": a kind of test named after a benchmark
        found[surface] = None
    out = []
    for surface in found:
        for s in _mentions(text, surface):
            e = s + len(surface)
            if all(lab == "BENCHMARK" and a >= s and b <= e for a, b, lab in covered(s, e)):
                out.append((s, e, "BENCHMARK", surface))
    return out


# "Shanlan Technology", "Brightwater Labs": a lab's name whose first word alone may be read as a model
ORG_TAIL = re.compile(r"[ ](?:Technolog(?:y|ies)|Labs?|Laboratories|Inc\b\.?|Corp(?:oration)?\b\.?|Ltd\b\.?|Limited|"
                      r"Group|Holdings|Co\.|GmbH|LLC|Research|Systems|Intelligence|Software|Robotics)\b")


def org_shaped(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is the start of an organisation's name ("Shanlan" of "Shanlan Technology"):
    never the model of a claim."""
    return ORG_TAIL.match(text, e) is not None
