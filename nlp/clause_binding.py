"""Which model and which board a figure in prose belongs to, by the clause it stands in, where the sentence
reader of `nlp.claims` gives it to the passage's subject or to the paragraph's topic benchmark.

The default pipeline has no dependency parser (`nlp.load()`: blank "en" + sentencizer), so each reader is a
token pattern around the number and the spans `modelwire_entities` found; each runs only on the sentences
that gave claims, behind a substring test.

* `clause_subjects`: a score verb's own subject takes its figure (README convention 1: one claim per model,
  benchmark and number):
  - a relative clause binds to its head: "It compared A with B, which it said scored 66.0%", "B which obtained
    69.8%", "B, which according to our measurements obtains 70.1%" → B's;
  - an appositive names the scorer: "It said the previous model, B, scored 43" → B's;
  - reported speech: "Lab X said B scored 61%" → B's (the model right before the verb);
  - a name right before "at" and a figure: "ahead of B at $4,967 and C at $1,473" → B's and C's.
  Not when the model is the object inside another relative clause ("the model that beat B scored 70"), one
  conjunct of a list ("A and B scored 70 and 72") or a "respectively" sentence; only a claim the reader already
  made is moved, so a figure the reader rightly dropped (a count, a share) stays dropped.
* `carried_boards`: "On the same page / board / list, X scores 57", "X holds the top spot there at 73", "on it":
  a sentence naming no benchmark of its own takes the board the sentence before it named (a leaderboard-shaped
  name — Index, Arena, Board, Leaderboard — first; else the one benchmark that sentence named); never an
  existential "there is/are".
* `from_to_claims`: "its B score went from 55.2% to 61.0%": the reader keeps the second figure (the new one); the
  first is the same model's earlier result on the same board (README convention 1; the before/after of
  convention 3 without a second model), added beside it. Not "ranged from … to", a scale "from 0 to 100", a
  "from … for X to … for Y" pair (the reader gives those to X and Y), nor figures the passage withdraws (the
  reader's `drop_withdrawn` runs after this).
* `run_boards`: "- **X** remains the safe choice …: 72.0% and 68.8%." — a sentence naming one model and no board,
  closing on a run of percentages, takes the boards the sentence (or list item) before it named, in order, when that
  one named exactly as many.
* `disowned_figures`: a sentence that says its figures are not claims ("we do not treat those as claims", "…, which
  I will not turn into a headline number", "the makers warn against quoting best-run figures") claims nothing
  (README convention 5: figures the text does not assert).
* `same_model_claims`: "up from 35.9% for the same model without rehearsal": the figure is the sentence's own
  model's on the same board.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from .anchored_scan import digit_starts
from .needed_words import literal_gated
from .quick_rejects import from_starts
from .string_memo import passage_lower
from .numbers import FIGURE_TEXT

_NUMBER = FIGURE_TEXT
_PLACE_UNITS = ("rank", "medal", "percentile")


def _num(s: str) -> float:
    return float(s.replace(",", "").replace("$", ""))


def _sentences(claims: list[dict]) -> list[tuple[int, int]]:
    """The distinct sentences (start, end) that gave prose claims, in text order."""
    return sorted({(c["start"], c["end"]) for c in claims if c.get("start") is not None and c.get("end") is not None})


def _at(c: dict) -> int | None:
    """The number's offset in the passage, when the claim's `_how` says where (sentence claims)."""
    how = c.get("_how")
    if not isinstance(how, dict) or how.get("at") is None or how.get("path") == "table":
        return None
    return c["start"] + how["at"]


def _claim_of(claims: list[dict], a: int, b: int, at: int, value: float) -> list[dict]:
    """The claims of sentence [a, b) whose figure is `value` written at `at` (or anywhere in it when unknown)."""
    found = [c for c in claims if c.get("start") == a and c.get("end") == b and c["score"] == value
             and c.get("unit") not in _PLACE_UNITS]
    exact = [c for c in found if _at(c) is not None and abs(_at(c) - at) <= 1]  # ("$4,967": the number after "$")
    return exact or [c for c in found if _at(c) is None]


# ---------------------------------------------------------------------------------------------- clause subjects

_ADV = r"(?:also|now|still|only|reportedly|already|again|then|actually|apparently|even)"
# a score verb, then its figure (a few words between at most)
_SCORE_VERB = from_starts(re.compile(
    r"\b(?:scor(?:es|ed)|gets|got|reach(?:es|ed)|obtain(?:s|ed)|achiev(?:es|ed)|post(?:s|ed)|managed|manages|hits?|"
    r"had|has|record(?:s|ed)|earn(?:s|ed)|lands?\s+at|landed\s+at|sits?\s+at|sat\s+at|(?:is|was)\s+at|"
    r"(?:comes?|came)\s+in\s+at|finish(?:es|ed)\s+(?:with|at)|end(?:s|ed)?\s+(?:with|at)|resolv(?:es|ed)|"
    r"answer(?:s|ed)|complet(?:es|ed)|pass(?:es|ed)|delivers?|delivered|arrives?\s+at|arrived\s+at|(?P<at>at))\s+"
    r"(?:(?:only|just|about|around|roughly|nearly|almost|some|exactly)\s+)?"
    r"(?:an?\s+(?:(?:average|overall|mean)\s+)?(?:score|rating|result|accuracy)?\s*(?:of\s+)?)?"
    rf"(?P<n>\$?(?:{_NUMBER}))(?![\w/-]|[.,]\d)", re.I))
# between the model and its verb: a relative pronoun with a reporting clause or "according to …" after it
_REPORTING = (r"(?:(?:it|he|she|they|we|the\s+\w+(?:\s+\w+)?)\s+(?:said|says|claims?|claimed|reports?|reported|"
              r"notes?|noted|writes?|wrote|estimates?|estimated)|according\s+to\s+[^,.;:\d]{1,40}?|"
              r"in\s+(?:its|their|our|his|her)\s+(?:own\s+)?(?:tests?|runs?|measurements?|harness))")
_RELATIVE_GAP = re.compile(
    rf"\s*,?\s*(?:which|that|who)\s*(?:,?\s*{_REPORTING}\s*,?\s*)?(?:{_ADV}\s+)*$", re.I)
_APPOSITIVE_GAP = re.compile(rf"\s*,\s*(?:{_ADV}\s+)*$", re.I)
_PLAIN_GAP = re.compile(rf"\s+(?:{_ADV}\s+)*$", re.I)
_PAREN = re.compile(r"\s*\([^()\n]{0,40}\)")
# the model is the object of a relative clause or a comparison ("the model that beat X", "than X")
_OBJECT_BEFORE = re.compile(r"\b(?:that|which|who|whom|than|beat|beats|beating|over|behind|ahead\s+of|"
                            r"against|versus|vs\.?)\s+(?:[\w'’-]+\s+){0,2}$", re.I)
_APPOSITIVE_HEAD = re.compile(r"[,(]\s*$")


def clause_subjects(text: str, claims: list[dict], ents) -> None:
    """Move a figure to the model its score verb's clause names as subject (module docstring); in place."""
    models = [x for x in ents if x[2] == "MODEL"]
    if not models or not claims:
        return
    ends = sorted((x[1], i) for i, x in enumerate(models))
    end_keys = [e for e, _ in ends]
    for a, b in _sentences(claims):
        sent = text[a:b]
        if "respectively" in sent:
            continue
        for m in _SCORE_VERB.finditer(text, a, b):
            value = _num(m.group("n"))
            targets = _claim_of(claims, a, b, m.start("n"), value)
            if not targets:
                continue
            # the nearest model ending before the verb, in this sentence
            j = bisect_left(end_keys, m.start() + 1) - 1
            if j < 0:
                continue
            x = models[ends[j][1]]
            if x[0] < a:
                continue
            gap_from = x[1]
            paren = _PAREN.match(text, gap_from, m.start())
            if paren:
                gap_from = paren.end()
            gap = text[gap_from:m.start()]
            if len(gap) > 80 or any(ch in gap for ch in ".;:!?\n"):
                continue
            kind = None
            if m.group("at"):
                if gap != " ":
                    continue  # "X at N" only with the name right before "at": the figure of that name
                kind = "at"  # ("ahead of X at $4,967 and Y at $1,473": each rival's own figure)
            elif _RELATIVE_GAP.fullmatch(gap):
                kind = "relative"
            elif _APPOSITIVE_GAP.fullmatch(gap) and _APPOSITIVE_HEAD.search(text, max(a, x[0] - 3), x[0]):
                kind = "appositive"
            elif _PLAIN_GAP.fullmatch(gap) or gap == "":
                kind = "plain"
            if kind is None:
                continue
            if kind == "plain" and _OBJECT_BEFORE.search(text[max(a, x[0] - 40):x[0]]):
                continue  # (a relative clause's head may be an object: "ahead of B, which obtained …")
            # one conjunct of a list: "A and B scored", "A, B scored"
            k = bisect_left(end_keys, x[0] - 6)
            if any(a <= models[ends[i][1]][1] <= x[0] and re.fullmatch(r"\s*(?:,|and|&|or|,\s*and)\s*",
                                                                          text[models[ends[i][1]][1]:x[0]], re.I)
                   for i in range(k, j)):
                continue
            for c in targets:
                if c["model"] != x[3]:
                    c["model"] = x[3]
                    cmp = c.get("comparison")
                    if isinstance(cmp, dict) and cmp.get("vs") == x[3]:
                        c["comparison"] = None
                    c["_bound"] = kind


# ---------------------------------------------------------------------------------------------- boards carried over

_CARRY = re.compile(
    r"\b(?:on|in|at|from)\s+(?:the\s+(?:very\s+)?same|that|this|the\s+same\s+\w+)\s+"
    r"(?P<w>page|board|leaderboard|index|list|ranking|rankings|table|chart|site|standings)\b|"
    r"\bthere\b(?!\s+(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|have|has|had|will|would|may|might|must|"
    r"should|could|can|remains?|remained|seems?|seemed|appears?|appeared|exists?|existed|being|been|be|lies?|comes?|"
    r"came|goes|went|follows?|followed)\b)|"
    r"\bon\s+it\b(?!\s+(?:is|was|to|for|and))", re.I)
_THERE_NOT = re.compile(r"\b(?:from|out|over|up|down|get|gets|got|getting|go|goes|went|here\s+and|in)\s+$", re.I)
_BOARD_NAME = re.compile(r"\b(?:Index|Arena|Leaderboard|Board|Ranking|Rankings|Standings|Elo)\b")
_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


def _previous_sentence(text: str, a: int) -> int:
    """Start of the sentence before the one at `a` (in its paragraph; `a` itself when there is none)."""
    para = text.rfind("\n\n", 0, a)
    lo = max(0, para + 2 if para >= 0 else 0, a - 600)
    ends = [m.end() for m in _SENT_END.finditer(text, lo, max(lo, a - 1))]
    ends = [e for e in ends if e < a - 1]
    return ends[-1] if ends else lo


def carried_boards(text: str, claims: list[dict], ents) -> None:
    """Give a sentence's claims the previous sentence's board when it says "on the same page", "there" (in place)."""
    low = passage_lower(text)
    if "same" not in low and "there" not in low and "on it" not in low and " that " not in low and " this " not in low:
        return
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    if not benches:
        return
    starts = [x[0] for x in benches]
    for a, b in _sentences(claims):
        i, k = bisect_left(starts, a), bisect_left(starts, b)
        if i < k:
            continue  # the sentence names a board of its own
        m = _CARRY.search(text, a, b)
        if m is None:
            continue
        if m.group("w") is None and m.group(0).lower() == "there" and _THERE_NOT.search(text, max(a, m.start() - 12),
                                                                                       m.start()):
            continue
        p = _previous_sentence(text, a)
        before = benches[bisect_left(starts, p):i]
        if not before:
            continue
        boards = [x for x in before if _BOARD_NAME.search(x[3])]
        names = {x[3] for x in before}
        if boards:
            board = boards[-1][3]
        elif len(names) == 1:
            board = before[-1][3]
        else:
            continue
        for c in claims:
            if c.get("start") == a and c.get("end") == b and c["benchmark"] != board:
                c["benchmark"] = board
                c["_bound"] = "carried"


# ---------------------------------------------------------------------------------------------- from P1 to P2

_FROM_TO = re.compile(
    rf"(?<![\w-])(?P<verb>[a-z]+\s+)?from\s+(?P<a>\$?(?:{_NUMBER}))(?P<ua>\s*(?:%|percent\b|per\s+cent\b|points?\b|pts\b))?"
    rf"(?P<mid>(?:\s+(?:in|on|at|last|this|before|after|under)\s+[\w-]+(?:\s+\d{{4}})?)?)\s+to\s+"
    rf"(?P<b>\$?(?:{_NUMBER}))(?P<ub>\s*(?:%|percent\b|per\s+cent\b|points?\b|pts\b))?(?![\w/-]|[.,]\d)", re.I)
_NOT_A_CHANGE = re.compile(r"^(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|scal(?:e|ed|es)|runs?|spann?(?:s|ed|ing)?|"
                           r"goes|go|counts?|rated|rates?|marked|graded)\s+$", re.I)


def from_to_claims(text: str, claims: list[dict]) -> list[dict]:
    """Claims for the first figure of "went from P1 to P2" where the reader made one of P2 only (module docstring)."""
    if "from " not in text:
        return []
    out = []
    for a, b in _sentences(claims):
        if "from " not in text[a:b]:
            continue
        for m in _FROM_TO.finditer(text, a, b):
            if m.group("verb") and _NOT_A_CHANGE.match(m.group("verb")):
                continue
            if re.match(r"\s+(?:for|by|with)\b", text[m.end("a"):m.end("a") + 6]) or \
                    re.match(r"\s+(?:for|by|with)\b", text[m.end():m.end() + 6]):
                continue  # "from 61.0 for X to 68.3 for Y": two models, read by the sentence reader
            if bool(m.group("ua")) and not m.group("ub"):
                continue
            first, second = _num(m.group("a")), _num(m.group("b"))
            if first == second or (m.group("a").startswith("$") != m.group("b").startswith("$")):
                continue
            news = _claim_of(claims, a, b, m.start("b"), second)
            if len(news) != 1 or _claim_of(claims, a, b, m.start("a"), first):
                continue
            new = news[0]
            if any(c["score"] == first and c["model"] == new["model"] and c["benchmark"] == new["benchmark"]
                   for c in claims):
                continue
            old = dict(new)
            old["score"] = first
            old["comparison"] = None
            how = new.get("_how")
            if isinstance(how, dict):
                old["_how"] = dict(how, at=m.start("a") - a, to=m.end("a") - a,
                                   unit_written=bool(m.group("ua") or m.group("ub")),
                                   decimal="." in m.group("a"))
            old["_bound"] = "from"
            out.append(old)
    return out


# ---------------------------------------------------------------------------------------------- "for the same model"

_SAME_MODEL = re.compile(
    rf"(?P<n>{_NUMBER})\s*(?:%|percent\b|per\s+cent\b|points?\b)?\s+(?:for|by|from|with)\s+the\s+same\s+"
    r"(?:model|system|checkpoint|network)\b", re.I)


def same_model_claims(text: str, claims: list[dict]) -> list[dict]:
    """"up from 35.9% for the same model": the sentence's model's figure on the same board (module docstring)."""
    if "same" not in text:
        return []
    out = []
    for a, b in _sentences(claims):
        if "same" not in text[a:b]:
            continue
        for m in _SAME_MODEL.finditer(text, a, b):
            value = _num(m.group("n"))
            if any(c.get("start") == a and c["score"] == value for c in claims):
                continue
            own = [c for c in claims if c.get("start") == a and c.get("end") == b and c.get("unit") not in _PLACE_UNITS
                   and (_at(c) or b) < m.start()]
            if len({(c["model"], c["benchmark"]) for c in own}) != 1:
                continue
            new = dict(own[-1])
            new["score"] = value
            new["comparison"] = None
            how = new.get("_how")
            if isinstance(how, dict):
                new["_how"] = dict(how, at=m.start("n") - a, to=m.end("n") - a)
            new["_bound"] = "same"
            out.append(new)
    return out


# ---------------------------------------------------------------------------------------------- boards of the item above

_PCT = r"(?:%|\s*percent\b|\s*per\s+cent\b)"
# "…: 72.0% and 68.8%.", "…, with 61.0%, 58.2% and 40.1%": a run of percentages closing its sentence
_RUN = re.compile(rf"(?<![\w.,])(?P<run>(?:{_NUMBER}){_PCT}(?:\s*,\s*(?:{_NUMBER}){_PCT})*\s*,?\s+and\s+(?:{_NUMBER}){_PCT})"
                  r"(?=\s*(?:respectively\s*)?(?:[.;!]|$))", re.I)
_RUN_NUMBER = re.compile(rf"(?P<n>{_NUMBER})(?P<u>{_PCT})", re.I)
_LINE_START = re.compile(r"\n[ \t]*(?:[-*•]|\d+[.)])[ \t]+")


def _run_in(text: str, a: int, b: int, digits: list[int]) -> re.Match | None:
    """``_RUN.search(text, a, b)``, the pattern tried only where a run of digits begins (`digits`: their starts in
    `text`, nlp.anchored_scan.digit_starts): a match opens with a number after no word character, so at a run's
    first digit; tried in order, the first match found is the search's."""
    for k in range(bisect_left(digits, a), len(digits)):
        s = digits[k]
        if s >= b:
            break
        m = _RUN.match(text, s, b)
        if m is not None:
            return m
    return None


def run_boards(text: str, claims: list[dict], ents, sentences) -> list[dict]:
    """"- **X** … : 72.0% and 68.8%." naming no benchmark: the boards the item or sentence before it named, in order,
    when it named as many as the run has figures (`sentences`: (start, end) of the passage's sentences)."""
    if " and " not in text or "%" not in text and "percent" not in text:
        return []
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    models = [x for x in ents if x[2] == "MODEL"]
    if not benches or not models:
        return []
    bstarts, mstarts = [x[0] for x in benches], [x[0] for x in models]
    digits = digit_starts(text)
    out = []
    for i, (a, b) in enumerate(sentences):
        if bisect_left(bstarts, a) < bisect_left(bstarts, b):
            continue  # the sentence names its own boards (tested first: cheaper than the search)
        m = _run_in(text, a, b, digits)
        if m is None:
            continue  # no run
        inside = models[bisect_left(mstarts, a):bisect_left(mstarts, m.start())]
        if len({x[3] for x in inside}) != 1 or any(c.get("start") == a and c.get("unit") not in _PLACE_UNITS for c in claims):
            continue
        nums = list(_RUN_NUMBER.finditer(text, m.start(), m.end()))
        # the sentence before it (the previous list item's last sentence, or the paragraph's)
        prev = None
        for pa, pb in reversed(sentences[max(0, i - 3):i]):
            if bisect_left(bstarts, pa) < bisect_left(bstarts, pb):
                prev = (pa, pb)
                break
        if prev is None or text.count("\n\n", prev[1], a):
            continue
        named = []
        for x in benches[bisect_left(bstarts, prev[0]):bisect_left(bstarts, prev[1])]:
            if x[3] not in named:
                named.append(x[3])
        if len(named) != len(nums):
            continue
        model = inside[0][3]
        sent = text[a:b]
        for bench, n in zip(named, nums):
            out.append({"model": model, "benchmark": bench, "score": _num(n.group("n")), "unit": "%", "metric": None,
                        "comparison": None, "sentence": sent, "start": a, "end": b})
    return out


# ---------------------------------------------------------------------------------------------- disowned figures

# "we do not treat those as claims", "which I will not turn into a headline number", "the makers warn against
# quoting best-run figures": the sentence says its own figures are not results to quote
_DISOWNED = literal_gated(re.compile(
    r"\b(?:(?:do|does|did|will|would|should|can|could)\s*(?:not|n['’]t)|won['’]t|never)\s+(?:\w+\s+)?"
    r"(?:treat|count|report|quote|cite|use|turn|take|consider|publish|present)\s+(?:those|these|them|it|this|that|"
    r"(?:the|these|those|such)\s+(?:\w+\s+)?(?:figures?|numbers?|results?|scores?|runs?))\s+(?:as|into|for)\s+"
    r"(?:an?\s+|our\s+|the\s+)?(?:\w+\s+)?(?:claims?|results?|headline|official|benchmark|scores?)\b|"
    r"\bwhich\s+(?:I|we)\s+(?:will|would|do|did|can)\s*(?:not|n['’]t)\s+(?:turn|treat|count|quote|report)\s+(?:into|as)\b|"
    r"\bwarn(?:s|ed)?\s+against\s+(?:quoting|citing|using|reporting|publishing)\b", re.I))


def disowned_figures(text: str, claims: list[dict]) -> list[dict]:
    """`claims` without those of a sentence that says its figures are not claims (module docstring)."""
    low = passage_lower(text)
    if " not " not in low and "n't" not in low and "n’t" not in low and "warn" not in low and "never" not in low:
        return claims
    drop = set()
    for a, b in _sentences(claims):
        if _DISOWNED.search(text, a, b):
            drop.add((a, b))
    return [c for c in claims if (c.get("start"), c.get("end")) not in drop] if drop else claims


def bind_clauses(text: str, claims: list[dict], ents, sentences=()) -> list[dict]:
    """`claims` after the readers of the module docstring (`ents`: (start, end, label, canonical) in text order;
    `sentences`: the passage's sentences, (start, end) in text order)."""
    if sentences:
        claims = claims + run_boards(text, claims, ents, sentences)
    if not claims:
        return claims
    clause_subjects(text, claims, ents)
    carried_boards(text, claims, ents)
    claims = claims + from_to_claims(text, claims) + same_model_claims(text, claims)
    claims = disowned_figures(text, claims)
    for c in claims:
        c.pop("_bound", None)
    return claims
