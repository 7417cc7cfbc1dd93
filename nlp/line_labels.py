"""Models named as a line's label, before the line's benchmark figures (round 24, branch claims24).

Notes, checklists, code comments and cards put a model's name at the head of a line and its results after it:
"Sedgewarp-Sur 2: TinselQA 61.0 %, Velmorrow-Math 48.5 %", "[ ] POCKRIDGE 40B — 62.1% on TinselQA",
"#   Fallowvane Mini  TinselQA 55.0". When no list knows the name, the sentence reader gives the figures to the passage's subject. The layout says
whose they are: a line's head that has a model's shape (a capitalised name with a version, a size or a tier word) and
is cut off from the rest by a colon, a dash, a dotted leader or a run of spaces, when the rest names a recognised
benchmark with a figure and no other model, is a model. :func:`label_names` gives (start, end, "MODEL", name) for such
heads no list knows; the claims reader then binds the line's figures to it as to any named model.
"""
from __future__ import annotations

import re

from .claim_tables import _COUNTING_WORDS

# a line's lead-in: indentation, a comment mark, a bullet or a checkbox ("#", "//", "-", "*", "•", "[ ]", "[x]", ">")
_LEAD = r"[ \t]*(?:(?:#+|//|>|[-*•])[ \t]+)?(?:\[[ xX✓]?\][ \t]+)?[ \t]*"
_WORD = r"[A-Z][\w'’+.\-]*"
_HEAD = re.compile(rf"^{_LEAD}(?P<name>{_WORD}(?:[ ](?:{_WORD}|\d[\w.]*)){{0,3}})"
                   r"(?P<sep>[ \t]*:[ \t]+|[ \t]+[—–-][ \t]+|[ \t]*\.{3,}[ \t]*|[ \t]{2,})(?=\S)", re.M)
# the name ends in a version or a size ("2", "3.5", "70B", "v4") or a tier word ("Mini", "Pro", "Nano")
_TIERS = r"Nano|Mini|Micro|Small|Medium|Large|Lite|Flash|Pro|Max|Ultra|Plus|Turbo|Instruct|Chat|Reason|Coder"
_MODEL_END = re.compile(rf"(?:[ \-](?:v?\d+(?:\.\d+)*[A-Za-z]?|\d+(?:\.\d+)?[BbMm])|[ \-](?:{_TIERS}))$", re.I)
_NOT_FIRST = frozenset("""January February March April May June July August September October November December Jan Feb
Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday
Update Note Slide Chart Fig Footnote Source Seed Attempt Edit Draft Revision Exhibit Panel Session Sheet Paper Report
Issue Entry Record Result Results Score Scores Benchmark Model Models Patch Fix Bug Ticket Pr Commit Checkpoint Config
Setting Experiment Ablation Baseline Variant Layer Split Subset Category Set Pass Shot Prompt Rank Place Position No
Number Total Average Mean Median Overall Target Goal Budget Price Cost Tab Box Card Slot Node""".split()) | _COUNTING_WORDS
_YEAR_END = re.compile(r"[ \-](?:19|20)\d\d$")
_FIGURE = re.compile(r"(?<![\w.])\d{1,4}(?:[.,]\d+)?(?![\w])")


def _overlaps(ents, s: int, e: int, labels=("MODEL", "BENCHMARK")):
    return [x for x in ents if x[0] < e and s < x[1] and x[2] in labels]


def label_names(text: str, ents) -> list[tuple]:
    """(start, end, "MODEL", name) of every line head that names a model no list knows; ``ents``: the recognised
    (start, end, label, canonical), in text order."""
    if "\n" not in text or not any(x[2] == "BENCHMARK" for x in ents):
        return []
    out = []
    for m in _HEAD.finditer(text):
        s, e = m.span("name")
        name = m.group("name")
        words = name.split()
        if not _MODEL_END.search(name) or _YEAR_END.search(name) or len(words) < 2 and "-" not in name \
                or words[0].rstrip(".").title() in _NOT_FIRST or not re.match(r"[A-Za-z]{3}", name) \
                or name.upper() == name and not re.search(r"\d", name) or _overlaps(ents, s, e, ("MODEL", "BENCHMARK", "ORG")):
            continue  # no model's shape ("Target: …", "PRICE: …"), a counted thing ("Week 3: …"), a name a list knows
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = _overlaps(ents, m.end(), line_end)
        if not any(x[2] == "BENCHMARK" for x in rest) or any(x[2] == "MODEL" for x in rest) \
                or not _FIGURE.search(text, m.end(), line_end):
            continue
        out.append((s, e, "MODEL", name))
    return out
