"""Numbers that are no scores because of what names them, in any layout.

`numbers.find_numbers` types a number by the words right around it; this module adds classes a
reader knows by the *name* of the quantity, which may stand a few words away or in a key:

* ``"clock"``  a time of day or a timestamp: "03:15", "1:02:45" (both numbers of it);
* ``"count"``  a quantity named by its key in a record or a prose ``key = value``: ``n=500``,
  ``"num_samples": 1200``, ``latency_p50_ms: 840``, ``tokens: 9,000``, ``wall_s=31.5``;
* ``"rubric"`` the points of a scoring rubric, not of a test: a tender's "quality points 46.5",
  "price points 38", and the "total 88.0" after such points on the same line;
* ``"goal"``   a target, not a result: "they want 85%", "needs 90% to pass", "a target of 70%",
  "aims for 60", "hopes to reach 50%";
* ``"delta"``  a gap named a few words before its number: "the gap on B is only 3.2", "the lead
  over X shrinks to 1.1";
* ``"version"`` a digit glued by a hyphen to the letters of a name no list knows: "하늘-4", "Zorvek-3";
* ``"label"``  the number of a role or a part: "Reviewer 2", "Table 3", "Lot 2", "Episode 212", "Div. 1";
* ``"delta"`` (round 15) also a gap named after its number ("1.2 points under its authors' 59.2", "3 pp short of
  X"), a change named before it ("the gain on B … was 3.7 points", "the quant costs you 1.5", "loses 2");
* ``"reference"`` a figure true by construction, not measured: "pass 100% by construction", "by definition";
* ``"setting"``  the start of a run, not its result: "the starting balance … is 500", "an initial budget of 1,000";
* ``"hardware"`` a consumer GPU's model number in a line about a run: "my runs, 3090, ~38 tok/s", "on a 4090".

One entry point, :func:`named_non_score`, called for numbers `numbers._kind` left as scores. Each
check is quick-rejected on the characters next to the number; the look-back never passes a line break.
"""
from __future__ import annotations

import re

_CLOCK_AFTER = re.compile(r":[0-5]\d(?![\d.,]\d)")  # "03" of "03:15" (not "3:1.5" nor a ratio "3:1")
_CLOCK_BEFORE = re.compile(r"(?<![\d.])\d{1,2}:(?:[0-5]\d:)?$")  # the "15" of "03:15", the "45" of "1:02:45"

# a record's or a sentence's key that names a quantity: "n=500", '"latency_p50_ms": 840', "tokens: 9,000"
_QUANTITY_KEY_BEFORE = re.compile(
    r"(?:^|[\s{,(|\[\"'`;])[\"'`]?"
    r"(?:n|n_\w+|num_\w+|\w+_count|count|tasks|samples|problems|questions|items|runs|seeds|trials|episodes|"
    r"steps|epochs|batch_?size|tokens|\w+_tokens|latency\w*|\w+_(?:ms|sec|secs|seconds|min|mins|minutes|hours)|"
    r"wall\w*|duration\w*|runtime\w*|elapsed\w*|time_?\w*|cost\w*|price\w*|usd|gpu_?hours|params|parameters)"
    r"[\"'`]?\s*[:=]\s*[\"'`]?$", re.I)
_KEY_END = frozenset(":= \"'`")

# the points of a rubric (a tender's award criteria): "quality points 46.5", "price points: 38"
_RUBRIC_BEFORE = re.compile(
    r"\b(?:quality|price|pricing|cost|technical|sustainability|award|evaluation|weighted|criteri(?:on|a))\s+"
    r"(?:points?|pts|score)\s*[:=]?\s*$", re.I)
_TOTAL_BEFORE = re.compile(r"\b(?:sub)?total(?:\s+(?:points?|score))?\s*[:=]?\s*$", re.I)
_RUBRIC_ON_LINE = re.compile(
    r"\b(?:quality|price|pricing|cost|technical|sustainability|award|evaluation|weighted)\s+(?:points?|pts)\b", re.I)

# a goal or a threshold named before the number: "want 85%", "needs 90% to pass", "a target of 70%"
_GOAL_BEFORE = re.compile(
    r"\b(?:wants?|wanted|wanting|(?:want(?:s|ed)?|aims?|aimed|hopes?|hoped|plans?|planned|expects?|expected|"
    r"needs?|needed|has|have|had|must|should|would\s+like)\s+to\s+(?:reach|hit|get|score|achieve|attain|cross|pass|"
    r"exceed|beat|top|break|clear)|aims?\s+(?:for|at)|aiming\s+(?:for|at)|shooting\s+for|targets?|targeting|"
    r"(?:target|goal|aim|objective|ambition|pass(?:ing)?\s+mark|cut-?off|passing\s+(?:score|grade|mark))"
    r"\s+(?:of|is|was|:)|needs?|needed|requires?|required)"
    r"\s+(?:at\s+least\s+|about\s+|around\s+|roughly\s+|some\s+|an?\s+|the\s+)?$", re.I)
_GOAL_ENDS = frozenset(("want", "wants", "wanted", "wanting", "reach", "hit", "get", "score", "achieve", "attain", "cross",
              "pass", "exceed", "beat", "top", "break", "clear", "for", "at", "target", "targets", "targeting",
              "of", "is", "was", ":", "need", "needs", "needed", "require", "requires", "required", "least",
              "about", "around", "roughly", "some", "a", "an", "the"))

# a gap named a few words before its number: "the gap on B is only 3.2", "the lead over X shrinks to 1.1"
_GAP_BEFORE = re.compile(
    r"\b(?:gap|margin|lead|difference|distance|spread|delta|gain|improvement|increase|uplift|drop|decline|regression|loss)"
    r"(?:\s+(?:on|in|over|to|between|from|with|behind|against|versus|vs\.?)\b(?:[^\n.;!?\d%]|(?<![\s(])\d){0,45}?)?\s+"
    r"(?:is|was|are|were|stands\s+at|sits\s+at|shrinks\s+to|shrank\s+to|narrows\s+to|narrowed\s+to|"
    r"grows\s+to|grew\s+to|widens\s+to|widened\s+to|amounts\s+to|amounted\s+to|comes\s+to|came\s+to)\s+"
    r"(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|barely\s+|still\s+|now\s+|a\s+mere\s+)?$",
    re.I)

# a digit glued by a hyphen to letters: "하늘-4", "Zorvek-3" (a name's version; "top-3" is a rank before this)
_GLUED_BEFORE = re.compile(r"[^\W\d_]{2,}[-‐‑]$")
_VERSION_SHAPE = re.compile(r"\d{1,2}(?:\.\d)?")

# the number of a role or a part: "Reviewer 2", "Table 3", "Lot 2", "Episode 212"
_LABEL_BEFORE = re.compile(
    r"(?:\b(?:Reviewers?|Annotators?|Raters?|Referees?|Judges?|Respondents?|Participants?|Speakers?|Tables?|Tab\.|"
    r"Figures?|Figs?\.|Sections?|Sec\.|§|Appendix|Chapters?|Lots?|Tenders?|Episodes?|Ep\.|Questions?|Exercises?|"
    r"Footnotes?|Slides?|Pages?|pp?\.|Seasons?|Issues?|Tickets?|Parts?|Volumes?|Vol\.|Div\.|Divisions?|Rounds?|Stages?|"
    r"Phases?|Weeks?|Days?)"
    r"|\b(?:reviewers?|annotators?|raters?|referees?|tables?|figures?|sections?|appendix|lots?|tenders?|episodes?|"
    r"footnotes?|slides?|pages?|div\.|divisions?|rounds?|stages?|phases?|weeks?|days?))\s*(?:#|No\.?\s*)?$")


# a gap named after its number: "1.2 points under its authors' 59.2", "3 pp short of X", "0.8 below the card"
_GAP_AFTER = re.compile(
    r"\s*(?:(?:points?|pts|pp|percentage\s+points?)\s+(?:under|below|above|short\s+of|shy\s+of|behind|ahead\s+of|"
    r"off\s+(?:the|its|their|his|her))|(?:%|percent)?\s*(?:under|short\s+of|shy\s+of)\s+(?:its|their|his|her|what|"
    r"(?-i:[A-Z][\w.-]*)['’]s?)\b)", re.I)  # not "an Elo of 1402 under the code name …"
_GAP_AFTER_WORDS = ("nder", "NDER", "elow", "ELOW", "bove", "BOVE", "hort", "HORT", "hy ", "HY ", "ehind", "EHIND", "head",
                    "HEAD", "ff ", "FF ")  # quick reject: a word each match of _GAP_AFTER holds
# a change named right before the number: "the quant costs you 1.5", "loses 2 on B", "gives up 3 points"
_CHANGE_BEFORE = re.compile(
    r"\b(?:costs?|costing|loses|lost|losing|lose|gives\s+up|gave\s+up|sheds?|shedding)\s+"
    r"(?:(?:you|it|them|us|me|him|her|the\s+model)\s+)?(?:(?:about|around|roughly|only|just|another|a\s+further|up\s+to)\s+)?$",
    re.I)
_CHANGE_ENDS = ("cost", "costs", "costing", "lose", "loses", "lost", "losing", "up", "shed", "sheds", "shedding", "you", "it",
                "them", "us", "me", "him", "her", "model", "about", "around", "roughly", "only", "just", "another", "further")
# a figure true by construction: "pass 100% by construction", "score 1.0 by definition"
_BY_CONSTRUCTION_AFTER = re.compile(r"\s*(?:%|percent|points?)?\s*,?\s*by\s+(?:construction|definition|design)\b", re.I)
# the start of a run: "the starting balance on B is $500", "an initial budget of 1,000"
_START_BEFORE = re.compile(
    r"\b(?:starting|initial|opening|seed)\s+(?:balance|budget|capital|cash|funds?|bankroll|money|stake|amount)\b"
    r"[^\n.;!?\d]{0,40}?(?:\bis|\bwas|\bof|=|:)\s*(?:just\s+|only\s+)?[$€£¥]?\s*$", re.I)
# a consumer GPU's number: "RTX 4090", "on a 3090" in a line about a run (tok/s, VRAM, a quantisation)
_GPU_SHAPE = re.compile(r"[1-5]0[5-9]0")
_GPU_BEFORE = re.compile(r"\b(?:RTX|GTX|GeForce|Radeon|RX)\s*$", re.I)
_RUN_LINE = re.compile(r"tok/s|tokens?/s|\bVRAM\b|\bGPUs?\b|\bQ[2-8]_|\bQ[48]\b|\bbf16\b|\bfp16\b|llama\.cpp|\bint[48]\b|"
                       r"\bRTX\b|\bquant", re.I)


# quick rejects: a word each match of _RUBRIC_BEFORE / _GOAL_BEFORE holds (lower-cased)
_RUBRIC_WORDS = ("quality", "price", "pricing", "cost", "technical", "sustainab", "award", "evaluation", "weighted",
                 "criteri")
_GOAL_WORDS = ("want", "aim", "hope", "plan", "expect", "need", "must", "should", "like", "target", "goal", "objective",
               "ambition", "mark", "cut", "requir", "shooting", "passing", "has to", "have to", "had to")
_LABEL_WORDS = frozenset("""reviewer reviewers annotator annotators rater raters referee referees judge judges respondent
respondents participant participants speaker speakers table tables tab figure figures fig figs section sections sec §
appendix chapter chapters lot lots tender tenders episode episodes ep question questions exercise exercises footnote
footnotes slide slides page pages p pp season seasons issue issues ticket tickets part parts volume volumes vol
div division divisions round rounds stage stages phase phases week weeks day days""".split())


def named_non_score(text: str, a: int, b: int, raw: str, unit: str | None) -> str | None:
    """What the number text[a:b] (written `raw`, its unit `unit`) is when it is no score by the name
    of its quantity (see the module docstring), else None."""
    after = text[b:b + 4]
    more = text[b:b + 40]
    if ("by" in more and _BY_CONSTRUCTION_AFTER.match(more)):
        return "reference"
    if unit in (None, "points", "%") and any(w in more for w in _GAP_AFTER_WORDS) and _GAP_AFTER.match(more):
        return "delta"
    if unit is None and len(raw) == 4 and _GPU_SHAPE.fullmatch(raw):
        lo_line = text.rfind("\n", 0, a) + 1
        hi_line = text.find("\n", b)
        line = text[lo_line:hi_line if hi_line >= 0 else len(text)]
        if _GPU_BEFORE.search(text[max(lo_line, a - 10):a]) or _RUN_LINE.search(line):
            return "hardware"
    if after[:1] == ":" and unit is None and len(raw) <= 2 and raw.isdecimal() and _CLOCK_AFTER.match(after):
        return "clock"
    lo = text.rfind("\n", max(0, a - 90), a) + 1 or max(0, a - 90)
    before = text[max(lo, a - 90):a]
    if not before:
        return None
    last = before[-1]
    if last == ":" and raw.isdecimal() and len(raw) <= 2 and _CLOCK_BEFORE.search(before[-8:]):
        return "clock"
    if last in _KEY_END and ("=" in before[-4:] or ":" in before[-4:]) and _QUANTITY_KEY_BEFORE.search(before[-50:]):
        return "count"
    if last in "-‐‑":
        if unit is None and _VERSION_SHAPE.fullmatch(raw) and _GLUED_BEFORE.search(before[-24:]):
            return "version"
        return None
    low = before[-40:].lower()
    words = low.rstrip().rsplit(None, 2)
    if unit in (None, "points") and raw.isdecimal() and len(raw) <= 4 and words \
            and (words[-1].strip("#.([{\"'") in _LABEL_WORDS or len(words) > 1 and words[-2].lstrip("([{\"'") in _LABEL_WORDS) \
            and _LABEL_BEFORE.search(before[-30:]):
        return "label"
    if ("point" in low or "pts" in low or "score" in low) and any(w in low for w in _RUBRIC_WORDS) \
            and _RUBRIC_BEFORE.search(before[-50:]):
        return "rubric"
    if "total" in low and _TOTAL_BEFORE.search(before[-30:]) and _RUBRIC_ON_LINE.search(before):
        return "rubric"
    if words and words[-1] in _CHANGE_ENDS and _CHANGE_BEFORE.search(before[-50:]):
        return "delta"
    if ("start" in low or "initial" in low or "opening" in low or "seed" in low) and _START_BEFORE.search(before[-70:]):
        return "setting"
    if words and words[-1] in _GOAL_ENDS and any(w in low for w in _GOAL_WORDS) and _GOAL_BEFORE.search(before[-60:]):
        return "goal"
    low = before.lower()
    if ("gap" in low or "margin" in low or "lead" in low or "differ" in low or "distance" in low or "spread" in low
            or "delta" in low or "gain" in low or "improve" in low or "increase" in low or "uplift" in low or "drop" in low
            or "decline" in low or "regression" in low or "loss" in low) and _GAP_BEFORE.search(before):
        return "delta"
    return None
