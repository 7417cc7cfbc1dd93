"""Names a result's own sentence gives their role: the slots of a score frame (round 16).

A sentence that states a result says which of its names is the model and which the board, whatever the names
are; no list has to know them:

* **verb frames**: "N scored/posted/got/reached/hit/topped/managed/obtained/answered/resolved P (on|in) Y"
  (``N`` MODEL, ``Y`` BENCHMARK), with an apposition or a bracketed lab between ("N, another local model,
  scored P", "**N** (Lab AI) posted P1, P2 and P3 on Y1, Y2 and Y3"), a chain "P% on Y and P% on Z", and
  "P of the questions/tasks in Y";
* **fronted boards**: "On Y, N reaches P";
* **"for" frames**: "P% on Y for N", "up from P% for N", "put N at P% on Y";
* **list leads**: a bold or bullet lead ("**N**", "- N:", "N —") whose item holds a score on a board
  ("- **N** is cheap and shows it: 58.3% on Y and 55.0% on Z") is a MODEL; a bracketed lab right after a bold
  lead ("**N** (Runeberg AI)") is an ORG when it ends in a lab word;
* **board spans**: a capitalised word before a board head a list knows alone ("Sheaf Bench", "Gravel Arena",
  "Cobalt Index", "Úloha-Eval") or before a year ("Harrow 2026") in a score's board slot or with a test
  apposition (", a set of ... tasks") is one BENCHMARK span (the known head alone is then dropped by the
  caller's absorption).

A score is a figure with a unit (%, points, Elo) or a decimal, or a whole number in a verb frame that also
names a board; never a price ("$940"), a count with its noun ("62 jobs", "4.5 stars") or a label number.

Gates (the same as every new name's, :func:`nlp.siblings.item_ok`: no person, place, product, calendar,
discourse or common word; plus :func:`nlp.name_syntax._surname`): an AI sentence at the name (the caller's
``ai_at``; for a model, a benchmark found within 100 characters on the same line will do), nothing found before
overlapped, at most four tokens, a capital in the first and no lower-case token after it, no month or day, no
people ("PhDs"), no clipped letter-version form ("K2 Thinking": the lists' business), no label ("Candidate A"). Trust: a name with
no digit, no inner capital and no hyphen (``Dorrit``) needs a second piece of evidence — a second mention in
the passage, a known or found board in the same frame, or a bold lead. The name's other whole-word mentions
in the passage follow. Each cue is anchored on a score figure found by one compiled pattern; each look-back
is bounded (120 characters): linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from .canonical import HYPHENS, clean
from .unknown import _AL, _UP, TIERS, BENCH_SHAPE, LETTER_VERSION, TECH_WORD
from .siblings import item_ok
from .name_syntax import _surname
from .unknown_orgs import LAB_END
from .name_syntax import span_free

_H = re.escape(HYPHENS)
# one token of a name: a capitalised or mixed-case word (digits and hyphenated parts allowed), a version, a tier
_CAPTOK_TAIL = rf"[{_AL}0-9]*(?:[{_H}.][{_AL}0-9]+)*"
_CAPTOK = rf"[{_UP}]{_CAPTOK_TAIL}"
_VERTOK = r"(?:v?\d{1,3}(?:\.\d{1,2}){0,2}[a-z]?|\d{1,3}(?:\.\d+)?[BMK])"
_TOK = rf"(?:{_CAPTOK}|{_VERTOK}|{TIERS})"
NAME = rf"(?<![\w.@/{_H}$€£#'\u2019])(?:{_CAPTOK})(?:[ ]{_TOK}){{0,3}}(?![\w{_H}]|\.\w)"
_NUM = r"(?:\d{1,3},\d{3}(?!\d|,\d)|\d{1,4}(?:[.,]\d{1,2})?)"  # (a rating "1,402"; a figure "62.1", "62,1")
# a score: the figure and its unit; (the look-behind keeps prices, versions, dates and ids out)
# (the look-behind after the first digit, which the engine then skips to; the same alternatives as _NUM)
SCORE = re.compile(rf"(?P<num>\d(?<![\w.,$€£¥#/{_H}]\d)(?:\d{{0,2}},\d{{3}}(?!\d|,\d)|\d{{0,3}}(?:[.,]\d{{1,2}})?))(?P<unit>[ ]?%|[ ](?:percent|per[ ]cent|points?|pts|Elo)\b)?(?![\w%]|[.,]\d)")
# the word after a figure that keeps it a result ("62.1 on", "66.5% of the questions"); any other lower-case
# word makes it a count or a measure ("62 jobs", "4.5 stars", "12 billion")
WORD_AFTER = re.compile(r"[ ]([a-z]+)")
FOLLOW_OK = frozenset("on in at and for of with up from to vs versus against ahead behind while but which that across overall "
                      "respectively before after or when as than compared over under".split())
_VERBS = (r"(?:scor(?:es|ed|ing)|posts?|posted|gets?|got|reach(?:es|ed)|hits?|tops?|topped|manag(?:es|ed)|obtain(?:s|ed)|"
          r"achiev(?:es|ed)|attain(?:s|ed)|records?|recorded|logs?|logged|notch(?:es|ed)|clock(?:s|ed)|lands?|landed|"
          r"answer(?:s|ed)|solv(?:es|ed)|resolv(?:es|ed)|pass(?:es|ed)|had|has|sits[ ]at|sat[ ]at|comes[ ]in[ ]at|"
          r"came[ ]in[ ]at|finish(?:es|ed)[ ]at|ends?[ ]at|ended[ ]at|leads?[ ]with|led[ ]with|was[ ]said[ ]to[ ]score|"
          r"is[ ]said[ ]to[ ]score)")
_ADV = r"(?:(?:also|now|then|still|only|just|reportedly|already|again|even)[ ])?"
_PRE_NUM = r"(?:(?:an?|the)[ ](?:score|result|accuracy|average|mean|rating)[ ]of[ ]|(?:about|around|roughly|nearly|almost|just|only|over|under|some)[ ])?"
# "N[**][ (Lab)][, apposition,] [adv] verb [a score of] " ending right at the score
VERB_BACK = re.compile(rf"(?:\*\*|__)?(?P<n>{NAME})(?:\*\*|__)?(?P<lab>[ ]\((?P<o>[^()\n]{{2,40}})\))?"
                       rf"(?P<app>,[ ][^,;:()\n\d]{{2,60}},|,(?=[ ]had\b|[ ]has\b))?[ ]{_ADV}{_VERBS}[ ]{_PRE_NUM}\Z")
# the verb alone, looked for first in a short window (the name before it only then)
VERB_TAIL = re.compile(rf"[ ]{_ADV}{_VERBS}[ ]{_PRE_NUM}\Z")
NOUN_TAIL = re.compile(r"[ ](?:score|result|accuracy|rating|rate)[ ](?:[a-z]+[ ]){0,2}(?:about[ ]|around[ ]|roughly[ ])?\Z")
# after the score (and more figures: "62.1, 70.4 and 55.9"): "[of the questions] on|in [the] Y"
MORE_NUMS = re.compile(rf"(?:,[ ]|,?[ ]and[ ])(?:{_NUM})(?:[ ]?%)?(?![\w%]|[.,]\d)")
BOARD_AFTER = re.compile(rf"(?:[ ]of[ ](?:the[ ])?(?:[a-z]+[ ])?(?:questions|tasks|problems|items|cases|issues|challenges|puzzles|prompts))?"
                         rf"[ ](?:on|in)[ ](?:the[ ])?(?P<b>{NAME})")
MORE_BOARDS = re.compile(rf"(?:,[ ]|,?[ ]and[ ])(?:the[ ])?(?P<b>{NAME})")
CHAIN = re.compile(rf"(?:,[ ]|;[ ]|,?[ ]and[ ]|,?[ ]but[ ])(?:(?:only|just|a|an)[ ])?(?:{_NUM})(?:[ ]?%|[ ](?:points?|Elo))"
                   rf"[ ](?:on|in)[ ](?:the[ ])?(?P<b>{NAME})")
RESPECTIVELY = re.compile(r"[ ,]*respectively\b")
# "On Y, N reaches P"
# ("On" first, which the engine skips to; then what may come before it)
ON_FRONT = re.compile(rf"On(?:(?<=^On)|(?<=[.!?:]\sOn)|(?<=\nOn)|(?<=\*\*On))[ ](?:the[ ])?(?P<b>{NAME}),[ ](?P<n>{NAME})[ ]{_ADV}{_VERBS}[ ]{_PRE_NUM}"
                      rf"(?={_NUM}(?:[ ]?%|[ ](?:points?|Elo)\b|[.,]\d))", re.M)
# "P% on Y for N", "up from P% for N"
FOR_AFTER = re.compile(rf"(?:[ ](?:on|in)[ ](?:the[ ])?(?P<b>{NAME}))?[ ]for[ ](?:the[ ](?:older[ ]|previous[ ]|old[ ])?)?(?P<n>{NAME})")
# "put N at P" (the board after the score, or none)
PUT_BACK = re.compile(rf"\b(?:put|puts|placed|places|measured|measures|rated|rates|lists|listed|scored|scores)[ ](?P<n>{NAME})[ ]at[ ]\Z")
# "N[, the Italian entry,] is the new fifth at P", "N entered at P", "N sits at P"
AT_BACK = re.compile(rf"(?P<n>{NAME})(?:,[ ][^,;:()\n\d]{{2,60}},)?[ ]{_ADV}(?:is|was|sits|sat|stays|stayed|stands|stood|entered|enters|"
                     rf"climbed|climbs|rose|rises|slipped|slips|fell|falls|dropped|drops|moved|moves|debuted|debuts|lands|landed|"
                     rf"arrives|arrived|comes|came|ranks|ranked|placed|holds|held|remains|remained)(?:[ ](?:[a-z]+|#?\d{{1,2}}(?:st|nd|rd|th)?)){{0,5}}?[ ]at[ ]\Z")
# "the model's X score to P", "its X score of P", "a X score of P": X is the board
SCORE_NOUN_BACK = re.compile(rf"(?:['\u2019]s|\b(?:its|their|our|his|her|the|an?))[ ](?P<b>{NAME})[ ](?:score|result|accuracy|rating|pass[ ]rate)[ ]"
                             rf"(?:(?:rose|rises|climbed|climbs|jumped|fell|falls|dropped|drops|went|goes|moved|moves|improved|improves)[ ])?"
                             rf"(?:to|of|at|is|was|reached|hit|from)[ ](?:about[ ]|around[ ]|roughly[ ])?\Z")
# a part of a board: "on the Irish-accent split of Sonde", "in the Czech section of X" (the board is X)
PART_AFTER = re.compile(rf"[ ](?:split|subset|section|portion|part|tier|track|category|slice|subtask|task|set|version|edition|"
                        rf"language|languages|questions|items|problems)s?\b(?:[ ]of[ ](?:the[ ])?(?P<b>{NAME}))?")
# a board's variant after the name a list found ("CobaltCode Verified")
VARIANT_WORDS = re.compile(r"(?:[ ](?:Verified|Hard|Pro|Lite|Mini|Live|Diamond|Multilingual|Extended|Full|Plus|Easy|v\d{1,2}(?:\.\d)?|(?:19|20)\d\d))+\Z")
# a lead: "- **N** ...", "**N**: ...", "- N: ...", "N — ..."; the item is the rest of the line
LEAD = re.compile(rf"^[ \t]*(?:[-*\u2022+][ \t]+|\d{{1,2}}[.)][ \t]+)?(?:(?:\*\*|__)(?P<b1>{NAME})(?:\*\*|__)"
                  rf"|(?:(?<=[-*\u2022+][ \t])|(?<=[.)][ \t]))(?P<b2>{NAME})(?=:[ ]|[ ][\u2014\u2013][ ])"
                  rf"|(?:[A-Z][a-z\-]{{2,15}}:[ ])?(?P<b3>{NAME})(?=[ ][\u2014\u2013][ ]\d))(?P<rest>[^\n]*)", re.M)
LEAD_LAB = re.compile(rf"[ ]\((?P<o>{NAME})\)")
# a board's name: a capitalised word + a board head ("Sheaf Bench", "Úloha-Eval" is one token), or + a year
# (the look-behind after the first capital, which the engine then skips to)
BOARD_HEAD = re.compile(rf"(?P<w>[{_UP}](?<![\w.@/{_H}][{_UP}]){_CAPTOK_TAIL})(?P<h>[ ](?:Bench|Index|Arena|Eval|Benchmark|Leaderboard|Exam)|[ ](?:19|20)\d\d)(?![\w{_H}]|\.\d)")
TEST_APPOS = re.compile(r",[ ](?:an?|the)[ ](?:new[ ])?(?:[\w\-]+[ ]){0,3}?(?:set|suite|range|battery|collection|series|test|exam|benchmark)"
                        r"[ ]of[ ]")
CHEAP = ("%", " points", " Elo", ".", "**", " on ", "\u2014")
MONTHS_DAYS = frozenset("January February March April May June July August September October November December Monday Tuesday "
                        "Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Q1 Q2 Q3 Q4".split())
LEADING = frozenset("The A An This That These Those Its Their Our His Her My Your And But Or So Yet While When Then Now "
                    "Also Meanwhile Here There Still Even Only Both All Each New Today Yesterday".split())


_DIGIT = re.compile(r"\d")
_VERSION_NEXT = re.compile(r"[ ]\d|\.\d")
NAME_RX = re.compile(NAME)
GENERIC_AFTER = re.compile(r"[ ](?:Leaderboard|Results|Rankings?|Standings|Scoreboard)\b")


def _whole(text: str, w: str) -> list[tuple[int, int]]:
    """(start, end) of each whole-word mention of ``w`` (str.find: no pattern compiled per name)."""
    out = []
    i = text.find(w)
    while i >= 0:
        j = i + len(w)
        if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_" + HYPHENS))
                and not (j < len(text) and (text[j].isalnum() or text[j] in HYPHENS and j + 1 < len(text) and text[j + 1].isalnum()))):
            out.append((i, j))
        i = text.find(w, j)
    return out


def _result_figure(text: str, end: int) -> bool:
    """No count noun after the figure ("62 jobs", "4.5 stars", "40% off")."""
    w = WORD_AFTER.match(text, end)
    return w is None or w.group(1) in FOLLOW_OK


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop sentence openers before the name ("The Quillon 4", "Meanwhile Dorrit")."""
    while True:
        w = text[s:e]
        sp = w.find(" ")
        if sp < 0 or w[:sp] not in LEADING:
            return s, e
        s += sp + 1


# a generic noun with a letter or a number is a label, not a name ("Candidate A", "Option 2", "Vendor B")
LABEL_HEADS = frozenset("Candidate Option Model System Vendor Variant Version Group Team Setting Config Configuration Run Baseline "
                        "Method Approach Arm Condition Plan Tier Level Stage Phase Round Test Trial Sample Case Example Scenario "
                        "Student Participant Person User Customer Provider Company Firm Lab Product Device Player Agent Bot Entry "
                        "Submission Checkpoint Prompt Task Table Figure Section Appendix Exhibit Annex Slide Chart".split())
# people measured as a baseline ("Experts with PhDs get about 65%")
PEOPLE = frozenset("PhD PhDs MDs MBAs Doctors Students Experts Humans Annotators Crowdworkers Graduates Lawyers Physicians "
                   "Radiologists Clinicians Participants Volunteers Raters Judges Teachers Engineers Developers Players".split())
LABEL_TAIL = re.compile(r"[ ](?:[A-Z]|\d{1,2}|[IVX]{1,4})\Z")


def _plain(w: str) -> bool:
    """One plain word: no digit, no inner capital, no hyphen ("Dorrit"), the shape that needs more evidence."""
    return " " not in w and w.isalpha() and w[1:].islower()


def _name_ok(text: str, w: str, label: str) -> bool:
    first = w.split()[0]
    if any(t[0].islower() and t not in ("mini", "nano") for t in w.split()[1:]):
        return False  # "Apparently it gets 35.5": a lower-case word is no part of a new name
    if first in PEOPLE or LETTER_VERSION.fullmatch(first):
        return False  # "PhDs get about 65%"; "K2 Thinking gets 71.3": a clipped form, the lists' business
    if first in LABEL_HEADS and LABEL_TAIL.search(w) and w.count(" ") == 1:
        return False  # "0.71 for Candidate A"
    if first in MONTHS_DAYS or first.rstrip("s") in MONTHS_DAYS or w in LEADING or not item_ok(w, label):
        return False
    if label == "MODEL" and (BENCH_SHAPE.fullmatch(w) or w.endswith(("QA", "Bench", "Eval", "Index", "Arena", "Exam"))):
        return False
    return not (" " not in w and _surname(text, w))  # ("Ana Lopes scored": a person)


def find(text: str, taken: list[tuple[int, int, str]], ai_at: Callable[[int], bool]) -> list[tuple[int, int, str, str]]:
    """(start, end, label, canonical) of the names score frames give a role (see the module doc), with their other
    mentions; ``taken``: (start, end, label) of everything found so far."""
    if not any(k in text for k in CHEAP) or _DIGIT.search(text) is None:
        return []
    spans = sorted((s, e) for s, e, _ in taken)
    width = max((e - s for s, e in spans), default=0)
    label_at = {(s, e): lab for s, e, lab in taken}
    bench_ends = {e: s for s, e, lab in taken if lab == "BENCHMARK"}
    bench_starts = {s: e for s, e, lab in taken if lab == "BENCHMARK"}
    guesses: dict[tuple[int, int], tuple[str, bool]] = {}  # (s, e) -> (label, strong)

    board_starts = sorted(s for s, e, lab in taken if lab == "BENCHMARK")

    def board_near(s: int, e: int) -> bool:
        """A benchmark found before within 100 characters on the same line: an evaluation's context."""
        i = bisect_left(board_starts, s - 100)
        return i < len(board_starts) and board_starts[i] <= e + 100 and "\n" not in text[min(s, board_starts[i]):max(e, board_starts[i])]

    def known(s: int, e: int, label: str) -> bool:
        return label_at.get((s, e)) == label

    def guess(s: int, e: int, label: str, strong: bool) -> None:
        s, e = _trim(text, s, e)
        w = text[s:e]
        if label_at.get((s, e)) or not _name_ok(text, w, label) or not (ai_at(s) or label == "MODEL" and board_near(s, e)):
            return
        if not span_free(spans, width, s, e):
            # a board head a list knows alone ending this longer board's name ("Sheaf Bench" over "Bench")
            a = bench_ends.get(e)
            b = bench_starts.get(s)
            if not (label == "BENCHMARK" and (a is not None and a > s and span_free(spans, width, s, a)
                                              or b is not None and b < e and VARIANT_WORDS.match(text, b, e)
                                              and span_free(spans, width, b, e))):
                return
        old = guesses.get((s, e))
        guesses[(s, e)] = (label, strong or bool(old and old[1]))

    def model_sure(s: int, e: int) -> bool:
        s, e = _trim(text, s, e)
        return known(s, e, "MODEL") or not _plain(text[s:e])

    def board_slot(m: re.Match | None, model_strong: bool) -> bool:
        """Guess the board of a frame; True when the frame's board is known or found."""
        if m is None:
            return False
        s, e = m.span("b")
        part = PART_AFTER.match(text, e)
        if part is not None:  # "on the Irish-accent split of Sonde": the part's board, or none
            if part.group("b") is None:
                return False
            s, e = part.span("b")
        if known(s, e, "BENCHMARK"):
            return True
        if label_at.get((s, e)):
            return False
        guess(s, e, "BENCHMARK", model_strong)
        return (s, e) in guesses

    for sc in SCORE.finditer(text):
        ss, se = sc.span()
        if not _result_figure(text, se):
            continue  # "62 jobs", "4.5 stars"
        unit = sc.group("unit")
        decimal = "." in sc.group("num") or "," in sc.group("num")
        # a verb frame ending at the score
        v = VERB_BACK.search(text, max(0, ss - 120), ss) if VERB_TAIL.search(text, max(0, ss - 45), ss) else None
        if unit or decimal:
            b = SCORE_NOUN_BACK.search(text, max(0, ss - 80), ss) if NOUN_TAIL.search(text, max(0, ss - 40), ss) else None
            if b is not None:
                board_slot(b, True)
        if v is None and (unit or decimal or "," in sc.group("num")):
            a = AT_BACK.search(text, max(0, ss - 120), ss) if text.endswith(" at ", 0, ss) else None
            if a is not None:
                f = BOARD_AFTER.match(text, se)
                sure = model_sure(*a.span("n"))
                board = board_slot(f, sure)
                guess(*a.span("n"), "MODEL", board)
                continue
        if v is None:
            p = PUT_BACK.search(text, max(0, ss - 60), ss) if text.endswith(" at ", 0, ss) else None
            if p is not None and (unit or decimal):
                f = BOARD_AFTER.match(text, se)
                board = board_slot(f, model_sure(*p.span("n")))
                guess(*p.span("n"), "MODEL", board)
            f = FOR_AFTER.match(text, se) if (unit or decimal) else None
            if f is not None and f.group("n"):
                board = board_slot(f if f.group("b") else None, model_sure(*f.span("n")))
                guess(*f.span("n"), "MODEL", board)
            continue
        end = se
        nums = 1
        while True:
            m = MORE_NUMS.match(text, end)
            if m is None:
                break
            end, nums = m.end(), nums + 1
        f = BOARD_AFTER.match(text, end)
        if f is None and not (unit or decimal):
            continue  # "had 3 kids", "posted 62": a whole number needs a board
        if f is None and not unit:
            continue
        sure = model_sure(*v.span("n"))
        board = board_slot(f, sure)
        if f is not None:
            bend = f.end()
            if nums > 1:  # "P1, P2 and P3 on Y1, Y2 and Y3 respectively"
                boards = [f]
                while True:
                    m = MORE_BOARDS.match(text, bend)
                    if m is None:
                        break
                    boards.append(m)
                    bend = m.end()
                if len(boards) == nums or RESPECTIVELY.match(text, bend):
                    for m in boards[1:]:
                        board = board_slot(m, sure) or board
            while True:  # "P% on Y and P% on Z"
                m = CHAIN.match(text, bend)
                if m is None:
                    break
                board = board_slot(m, sure) or board
                bend = m.end()
        ns, ne = v.span("n")
        bold = text.startswith(("**", "__"), max(0, ns - 2)) or text.startswith(("**", "__"), ne)
        guess(ns, ne, "MODEL", board or bold)
        if bold and v.group("o"):
            os_, oe = v.span("o")
            o = text[os_:oe]
            if LAB_END.search(o) and NAME_RX.fullmatch(o) and span_free(spans, width, os_, oe) and ai_at(os_):
                guesses[(os_, oe)] = ("ORG", True)
    if "On " in text:
        for m in ON_FRONT.finditer(text):
            board = board_slot(m, model_sure(*m.span("n")))
            guess(*m.span("n"), "MODEL", board)
    if "**" in text or "\n" in text:
        for m in LEAD.finditer(text):
            g = next(x for x in ("b1", "b2", "b3") if m.group(x))
            rest = m.group("rest")
            r0 = m.start("rest")
            sc = next((x for x in SCORE.finditer(rest) if _result_figure(rest, x.end())), None)
            if sc is None or not (sc.group("unit") or "." in sc.group("num") or BOARD_AFTER.match(rest, sc.end())
                                  or rest.endswith(("score of ", "rating of ", " at "), 0, sc.start())):
                continue
            boards = list(BOARD_AFTER.finditer(text, r0, m.end())) if (" on " in rest or " in " in rest) else []
            sure = g == "b1" or model_sure(*m.span(g))
            has_board = False
            figure_ends = {r0 + x.end() for x in SCORE.finditer(rest)}
            for b in boards:  # a board right after a figure ("58.3% on Y"), or one with a board's head anywhere in the item
                if b.start() in figure_ends or BOARD_END.search(b.group("b")) or known(*b.span("b"), "BENCHMARK"):
                    has_board = board_slot(b, sure) or has_board
            if not has_board and g != "b3":
                continue
            s, e = m.span(g)
            guess(s, e, "MODEL", g == "b1" or has_board)
            o = LEAD_LAB.match(text, e + (2 if g == "b1" else 0))
            if o is not None and LAB_END.search(o.group("o")) and span_free(spans, width, *o.span("o")) and ai_at(o.start("o")):
                guesses[o.span("o")] = ("ORG", True)
    if any(h in text for h in (" Bench", " Index", " Arena", " Eval", " Benchmark", " Leaderboard", " Exam", " 20", " 19")):
        for m in BOARD_HEAD.finditer(text):
            s, e = m.span()
            year = m.group("h")[1:].isdigit()
            if (s, e) in guesses or known(s, e, "BENCHMARK"):
                continue
            slot = any(a <= s and e <= b for (a, b), (lab, _) in guesses.items() if lab == "BENCHMARK")
            appos = TEST_APPOS.match(text, e) is not None
            on = text.endswith((" on ", " in ", " on the ", " in the "), max(0, s - 8), s) and SCORE.search(text, max(0, s - 40), s)
            headed = not year and (e in bench_ends or on or appos)
            if slot or appos and year or headed:
                guess(s, e, "BENCHMARK", True)
        # a longer board span replaces a guess inside it ("Ravelin" in "Ravelin 2026")
        for (s, e), (lab, _) in list(guesses.items()):
            if lab == "BENCHMARK" and any(a <= s and e <= b and (a, b) != (s, e) and l2 == "BENCHMARK"
                                          for (a, b), (l2, _) in guesses.items()):
                del guesses[(s, e)]
    if not guesses:
        return []
    counts: dict[str, int] = {}
    for (s, e) in guesses:
        counts.setdefault(text[s:e], 0)
    for w in counts:
        counts[w] = len(_whole(text, w))
    names: dict[str, str] = {}
    for (s, e), (lab, strong) in sorted(guesses.items()):
        w = text[s:e]
        if _plain(w) and lab != "ORG" and not strong and counts[w] < 2:
            continue  # "Dorrit scored 44%": one plain word needs a second piece of evidence
        if lab == "BENCHMARK" and not strong and counts[w] < 2 and not (BENCH_SHAPE.fullmatch(w) or TECH_WORD.fullmatch(w)):
            continue  # "Lisbon scored 71% on the AI Readiness Index": a board needs a sure model or a board's shape
        names.setdefault(w, lab)
    out: list[tuple[int, int, str, str]] = []
    mine: list[tuple[int, int]] = []
    for w, lab in sorted(names.items(), key=lambda kv: -len(kv[0])):
        i = text.find(w)
        while i >= 0:
            j = i + len(w)
            if (not (i and (text[i - 1].isalnum() or text[i - 1] in "_.@/" + HYPHENS))
                    and not (j < len(text) and (text[j].isalnum() or text[j] in HYPHENS and j + 1 < len(text) and text[j + 1].isalnum()))
                    and not _VERSION_NEXT.match(text, j)
                    and (span_free(spans, width, i, j) or (i, j) in guesses)
                    and span_free(mine, 200, i, j)):
                out.append((i, j, lab, clean(w)))
                mine.append((i, j))
                mine.sort()
            i = text.find(w, j)
    return sorted(out)


GENERIC_TAIL = re.compile(r"[ ](?:Leaderboard|Results|Rankings?|Standings|Scoreboard)\Z")
BOARD_END = re.compile(rf"(?:Bench|Eval|QA|Arena|Index|Exam|Benchmark|[{_H}](?:bench|eval|Bench|Eval|\d{{1,3}}))\Z")


def _generic_tail(text: str, x: tuple[int, int, str, str]) -> tuple[int, int, str, str]:
    """A board's page title "Spandrel-Bench Leaderboard" names the board "Spandrel-Bench": the generic head goes when
    what is before it is a board's name by its shape or by its own mention in the passage (guidelines §3)."""
    s, e, lab, canon = x
    m = GENERIC_TAIL.search(text, s, e) if lab == "BENCHMARK" else None
    if m is None or m.start() <= s:
        return x
    head = text[s:m.start()]
    alone = any(not GENERIC_AFTER.match(text, j) for _, j in _whole(text, head))
    if BOARD_END.search(head) or alone:
        return (s, m.start(), lab, clean(head))
    return x


def whole_boards(text: str, new: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """New names without a board head guessed alone inside a longer new board's name ("Bench" of "Sheaf Bench",
    "CobaltCode" of "CobaltCode Verified"); a page title's generic head dropped ("X-Bench Leaderboard")."""
    if any(" Leaderboard" in c or " Results" in c or " Ranking" in c or " Standings" in c or " Scoreboard" in c
           for _, _, lab, c in new if lab == "BENCHMARK"):
        new = [_generic_tail(text, x) for x in new]
    boards = [(s, e) for s, e, lab, _ in new if lab == "BENCHMARK"]
    if len(boards) < 2:
        return new
    ends: dict[int, int] = {}
    starts: dict[int, int] = {}
    for s, e in boards:
        ends[e] = min(ends.get(e, s), s)
        starts[s] = max(starts.get(s, e), e)
    return [x for x in new if not (x[2] == "BENCHMARK" and (ends.get(x[1], x[0]) < x[0] or starts.get(x[0], x[1]) > x[1]))]
