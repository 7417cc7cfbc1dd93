"""Places, medals and scores a board story writes as commentary: live blogs, sports and race reports,
tasting notes, slide bullets.

Claims convention 2 (tests/data/nlp/README.md) makes an overall place a claim of unit ``rank`` and a
medal one of unit ``medal`` (gold 1, silver 2, bronze 3). The sentence reader of `nlp.claims` wants a
model, a result verb and a number in one clause; a story about one board often writes them otherwise.
`commentary_claims` reads, where it knows the board in force (the last benchmark the paragraph names, else
the one most of the paragraph's claims are on, else the story's: `story_board`, the title's benchmark or the
only one the passage names or claims on):

* **bare places**: a place word as a verbless sentence or clause ("Still first.", "X, 72%, second.",
  "— fourth —", "Now third overall.") is the place of the last model named before it in the paragraph,
  when that model has a claim in the passage (a list of points, "First, we trained" / "Second, the
  cost", has a comma and words after the ordinal: no place);
* **bracketed places**: "X: 71 (1st)", "68 (rank 3)": a place beside the claim whose score it follows;
* **places overall**: "Cordage Board: we're 4th overall with 41.2%": the place of the one model and benchmark
  the sentence's claims are on (whoever "we" or "it" is);
* **medals**: "Gold for X", "Silver too for A (388 points) and for B": medal claims on the story's board;
* **commentary scores**: in a clause that starts at a model's name and ends at the next model's name or
  the sentence's end, a number after "on" / "at" / "with" ("unbeaten on 71", "holding the rail at
  1,498", "a debut in seventh on 1,440", "crossed the line on top with 1,512") or after a result verb
  and an adjective ("scored a patient 67", "made a gritty 52", "contributed 58") is that model's score
  on the board, and an ordinal after "in / from / to / at number" there ("in seventh", "from eighth",
  "dropped down the order to fourth") or "on top" / "at the top of the order" is its place. The number
  must be no count or measure ("on 71 occasions", "at 1,498 metres"), the clause may name no other
  benchmark, and a sentence that hedges, conditions or targets ("would", "could", "aims", "rumour")
  gives nothing.

Nothing here replaces a claim: a (model, board, score) or a (model, board) place already read is kept,
and a number another claim of the sentence holds is not given again. Each reader is one regex pass over
the passage behind a substring quick reject: linear in its length.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from .claim_places import ORD_VALUE, place_value, subset_place
from .string_memo import passage_lower
from .numbers import FIGURE_TEXT

_ORD_WORDS = "|".join(ORD_VALUE)
_ORD = rf"(?:{_ORD_WORDS}|\d{{1,3}}(?:st|nd|rd|th))"
_PLACE_UNITS = ("rank", "medal", "percentile")


def _num(s: str) -> float:
    return float(s.replace(",", ""))


# ---------------------------------------------------------------------------------------------- the board

def story_board(text: str, claims: list[dict], ents) -> str | None:
    """The board the passage is about: the one benchmark its title line names, else the only benchmark it
    names, else the only benchmark its claims (places aside) are on; None when that is not one board."""
    title_end = text.find("\n")
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    if title_end > 0:
        in_title = {x[3] for x in benches if x[1] <= title_end}
        if len(in_title) == 1:
            return next(iter(in_title))
    names = {x[3] for x in benches}
    if len(names) == 1:
        return next(iter(names))
    claimed = {c["benchmark"] for c in claims if c.get("benchmark") and c.get("unit") not in _PLACE_UNITS}
    return next(iter(claimed)) if len(claimed) == 1 else None


def _boards(text: str, claims: list[dict], ents, story: str | None):
    """board_at(offset): the board in force at an offset: the last benchmark its paragraph names before it,
    else the benchmark most of the paragraph's claims are on, else the story's board (`story_board`)."""
    benches = [x for x in ents if x[2] == "BENCHMARK"]

    def board_at(at: int) -> str | None:
        para = _paragraph_start(text, at)
        named = [x for x in benches if para <= x[0] < at]
        if named:
            return named[-1][3]
        end = text.find("\n\n", at)
        end = len(text) if end < 0 else end
        counts = Counter(c["benchmark"] for c in claims if para <= c["start"] < end and c.get("unit") not in _PLACE_UNITS)
        if counts:
            (top, n), *rest = counts.most_common(2)
            if not rest or rest[0][1] < n:
                return top
            return None
        return story
    return board_at


def _board_unit(claims: list[dict], board: str) -> str | None:
    units = Counter(c["unit"] for c in claims if c.get("benchmark") == board and c.get("unit") not in _PLACE_UNITS)
    return units.most_common(1)[0][0] if units else None


def _new(model: str, board: str, score: float, unit: str, a: int, b: int, text: str) -> dict:
    sent = text[a:b]
    lead = len(sent) - len(sent.lstrip())
    sent = sent.strip()
    return {"model": model, "benchmark": board, "score": float(score), "unit": unit, "metric": None,
            "comparison": None, "sentence": sent, "start": a + lead, "end": a + lead + len(sent)}


_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


_ENDS: dict = {}  # (id, length) of the last text read -> its sentence ends (one passage at a time)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The sentence (or line) around offset `at`: from after the last end before it to its own end. The ends
    of the passage are found once (one regex pass) and bisected."""
    key = (id(text), len(text))
    ends = _ENDS.get(key)
    if ends is None:
        _ENDS.clear()
        ends = _ENDS[key] = [m.end() for m in _SENT_END.finditer(text)]
    i = bisect_left(ends, at + 1)
    lo = ends[i - 1] if i else 0
    return lo, (ends[i] if i < len(ends) else len(text))


def _paragraph_start(text: str, at: int) -> int:
    p = text.rfind("\n\n", 0, at)
    return 0 if p < 0 else p + 2


# ---------------------------------------------------------------------------------------------- bare places

# a place word alone as a sentence or clause: "Still first.", ", second.", "— fourth —", "Now third overall."
# a place word alone as a sentence or clause: "Still first.", ", second.", "— fourth —", "Now third overall."
_BARE_PLACE = re.compile(
    rf"(?<![\w-])(?P<r>(?i:{_ORD}))(?:[ \t]+(?i:overall|place))?[ \t]*"
    rf"(?=[.!;)]|[ \t]*[—–]|,[ \t]*(?i:unchanged|again|still|as\s+before)\b|[ \t]*$)", re.M)
_NUM_ORD = re.compile(r"\d(?:st|nd|rd|th)\b")  # (on the lower-cased text)
# ... what stands before it: a line's or sentence's start, or a comma, colon, bracket or dash (an adverb between)
_BARE_BEFORE = re.compile(r"(?:^|[.!?][ \t]+|[,;:(—–][ \t]*)(?:(?i:still|now|again|currently|back|so|once\s+more)[ \t]+)?\Z")


def _bare_places(text: str, claims: list[dict], models: list, board_at) -> list[dict]:
    out = []
    starts = [x[0] for x in models]
    low = passage_lower(text)
    candidates = set()
    for word in ORD_VALUE:  # str.find per word, then the pattern at each hit: cheaper than a scan of every offset
        i = low.find(word)
        while i >= 0:
            candidates.add(i)
            i = low.find(word, i + 1)
    for m in _NUM_ORD.finditer(low):  # "4th": back to the number's first digit
        j = m.start()
        while j > 0 and low[j - 1].isdigit():
            j -= 1
        candidates.add(j)
    for at in sorted(candidates):
        m = _BARE_PLACE.match(text, at)
        if m is None:
            continue
        a = m.start("r")
        line = text.rfind("\n", 0, a) + 1
        if not _BARE_BEFORE.search(text[max(line, a - 30):a]):
            continue
        i = bisect_left(starts, a)
        if not i:
            continue
        owner = models[i - 1]
        if owner[0] < _paragraph_start(text, a):
            continue  # the place's model is named in its paragraph
        if len(_SENT_END.findall(text, owner[1], a)) > 2:
            continue  # more than two sentences between: no longer that model's line
        if not any(c["model"] == owner[3] and c.get("unit") not in _PLACE_UNITS for c in claims):
            continue  # the model has a score in the passage: a board's row, not a list of points
        board = board_at(owner[0])
        if board is None:
            continue
        sa, sb = _sentence(text, owner[0])
        out.append(_new(owner[3], board, place_value(m.group("r")), "rank", sa, max(sb, m.end()), text))
    return out


# ---------------------------------------------------------------------------------------------- "we're 4th overall"

_OVERALL = re.compile(rf"(?<![\w-])(?P<r>(?i:{_ORD}))[ \t]+(?i:overall)\b(?![ \t]+(?:score|average|result|mark|rating|figure))")


def _overall_places(text: str, claims: list[dict]) -> list[dict]:
    """"Cordage Board: we're 4th overall with 41.2%": a place overall in a sentence whose claims are all one
    model's on one benchmark is that claim's place (whoever "we" / "it" is)."""
    out = []
    for m in _OVERALL.finditer(text):
        mine = [c for c in claims if c["start"] <= m.start() < c["end"] and c.get("unit") not in _PLACE_UNITS]
        if len({(c["model"], c["benchmark"]) for c in mine}) == 1 and not subset_place(text, m.end()):
            out.append(dict(mine[0], score=place_value(m.group("r")), unit="rank", metric=None, comparison=None))
    return out


# ---------------------------------------------------------------------------------------------- "71 (1st)"

_BRACKET_PLACE = re.compile(
    rf"(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)[ \t]*(?:%|pts|points)?[ \t]*\([ \t]*"
    rf"(?:(?P<r>(?i:{_ORD}))(?:[ \t]+(?i:place|overall))?|(?i:rank|place|no\.)[ \t]*#?(?P<n2>\d{{1,3}})|#(?P<h>\d{{1,3}}))[ \t]*\)")


def _bracket_places(text: str, claims: list[dict]) -> list[dict]:
    out = []
    for m in _BRACKET_PLACE.finditer(text):
        value = _num(m.group("n"))
        place = place_value(m.group("r")) if m.group("r") else float(m.group("n2") or m.group("h"))
        mine = [c for c in claims if c.get("unit") not in _PLACE_UNITS and c["score"] == value
                and c["start"] <= m.start() < c["end"]]
        if len({(c["model"], c["benchmark"]) for c in mine}) == 1:
            c = mine[0]
            out.append(dict(c, score=place, unit="rank", metric=None, comparison=None))
    return out


# ---------------------------------------------------------------------------------------------- medals

_MEDAL_FOR = re.compile(
    r"(?:^|(?<=[.!?:;—–])[ \t]+|(?<=\n))[ \t]*(?P<c>(?i:gold|silver|bronze))(?:[ \t]+medals?)?"
    r"(?:[ \t]+(?:too|also|again|as[ \t]+well))?[ \t]+(?:for|goes[ \t]+to|went[ \t]+to)[ \t]+", re.M)
_MEDAL_VALUE = {"gold": 1.0, "silver": 2.0, "bronze": 3.0}
_MEDAL_LEAD = re.compile(r"^(?:(?:the|an?|its|both)\s+)?(?:[\w'’-]+\s+){0,2}$")  # "the open-weights Cresset"
_MEDAL_NEXT = re.compile(r"^[\s,]*(?:\([^()]{0,40}\))?[\s,]*(?:\d[\d,.]*\s*(?:points|pts)?[\s,]*)?(?:and|&)?\s*(?:for\s+|to\s+)?"
                         r"(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def _medals(text: str, models: list, board_at) -> list[dict]:
    out = []
    for m in _MEDAL_FOR.finditer(text):
        board = board_at(m.start())
        if board is None:
            continue
        _, end = _sentence(text, m.end())
        colour = _MEDAL_VALUE[m.group("c").lower()]
        at = m.end()
        lead = _MEDAL_LEAD
        for x in models:
            if x[0] < at:
                continue
            if x[0] >= end or not lead.match(text[at:x[0]]):
                break
            out.append(_new(x[3], board, colour, "medal", m.start("c"), end, text))
            at, lead = x[1], _MEDAL_NEXT
    return out


# ---------------------------------------------------------------------------------------------- commentary scores

_NUMBER = FIGURE_TEXT
# "on 71", "at 1,498", "with 1,512", "scored a patient 67", "made a gritty 52", "contributed 58"
_SCORE_AT = re.compile(
    rf"(?:\b(?:on|at|with)[ \t]+(?:an?[ \t]+)?|\b(?:scored|scores|posted|posts)[ \t]+(?:an?|another)[ \t]+[a-z][\w-]*[ \t]+|"
    rf"\b(?:made|makes|contributed|contributes|compiled|notched|put[ \t]+up)[ \t]+(?:(?:an?|another)[ \t]+(?:[a-z][\w-]*[ \t]+)?)?)"
    rf"(?<![$€£])(?P<n>{_NUMBER})(?![\w:/-]|[.,]\d)")
# what may follow the number: its unit, then the clause's end or a preposition or conjunction
_SCORE_TAIL = re.compile(
    r"[ \t]*(?P<u>%|percent\b|per[ \t]+cent\b|(?:index[ \t]+)?points?\b|pts\b|elo\b|rating\b)?"
    r"(?=[ \t]*(?:[,.;:)!?—–]|$)|[ \t]+(?:in|from|to|and|on|at|with|after|before|for|but|while|as|than|out|behind|ahead|"
    r"this|last|—|–)\b)", re.I | re.M)
# the place the clause gives: "in seventh", "from eighth", "to fourth", "at number three", "in 11th place"
_CLAUSE_PLACE = re.compile(
    rf"\b(?:in|from|to|at)[ \t]+(?:the[ \t]+)?(?:(?i:number|no\.)[ \t]*(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})"
    rf"|(?P<r>(?i:{_ORD})))(?:[ \t]+(?:place|spot|position))?"
    rf"(?=[ \t]*(?:[,.;:)!?—–]|$)|[ \t]+(?:on|with|at|and|after|behind|overall|place|spot|position)\b)", re.M)
_TOP = re.compile(r"\b(?:on[ \t]+top\b(?![ \t]+of[ \t]+(?:the[ \t]+)?(?:open|small|closed|budget|local))|"
                  r"at[ \t]+the[ \t]+top[ \t]+of[ \t]+the[ \t]+(?:order|table|board|leaderboard|ladder|standings|pile|rankings))", re.I)
# a sentence that hedges, conditions, targets or retells a rumour: its figures are no result (convention 5)
_DOUBT = re.compile(r"\b(?:would|could|might|may|will|should|if|unless|aims?|target\w*|goal|hop(?:e|es|ed)|expect\w*|"
                    r"predict\w*|rumou?r\w*|leak\w*|projected|forecast)\b|\?", re.I)
_CLAUSE_BREAK = re.compile(r";|[ \t][—–][ \t]|,?[ \t]+(?:but|while|whereas|yet|although|though)\b", re.I)
# "… 1.62 on the verbal part": the number's object, unless a place or the board ("on debut", "in 11th place")
_ELSEWHERE = re.compile(rf"[ \t]+(?:on|in)[ \t]+(?:(?P<w>(?:the[ \t]+)?(?:{_ORD}|\d|debut|place|arrival|entry)|"
                        rf"(?:the|its|their|this|that)[ \t]+(?:board|leaderboard|ladder|table|index|standings|arena))|(?:the[ \t]+)?)", re.I)
_ELO = re.compile(r"\belo\b", re.I)
_ARENA = re.compile(r"arena(?![\s-]*hard)", re.I)
_PROSE_LINE = re.compile(r"^[ \t]*(?:\||\+-)", re.M)


def _clause_scores(text: str, claims: list[dict], models: list, benches: list, story: str | None, bare_unit: str) -> list[dict]:
    """Scores and places of commentary clauses (module docstring). A new score goes to the story's board only
    (`story_board`) in a sentence that names no other benchmark; a place goes with the score of its clause
    (the new one, or a claim of the model the sentence already gave, on that claim's benchmark)."""
    out = []
    by_model: dict[str, list] = {}
    for c in claims:
        by_model.setdefault(c["model"], []).append(c)
    same_test = "same" in text
    for i, x in enumerate(models):
        mine = by_model.get(x[3], ())
        own = [c for c in mine if c["start"] <= x[0] < c["end"] and c.get("unit") not in _PLACE_UNITS]
        if story is None and not own and not same_test:
            continue  # (quick rejects first: no board for a new score, no claim for a place)
        sa, sb = _sentence(text, x[0])
        end = min(sb, models[i + 1][0]) if i + 1 < len(models) else sb
        if own:
            if any(c["benchmark"] == own[0]["benchmark"] and c["unit"] == "rank" for c in mine) or \
                    not _PLACE_HINT.search(text, x[1], end):
                continue
        elif not _DIGIT.search(text, x[1], end):
            continue
        line_start = text.rfind("\n", 0, x[0]) + 1
        if _PROSE_LINE.match(text, line_start) or "\t" in text[line_start:sb]:
            continue  # a table's row: the table readers' business
        cut = _CLAUSE_BREAK.search(text, x[1], end)
        end = cut.start() if cut else end  # "X holding the rail at 1,498, but Y came round …": Y's, named or not
        clause = text[x[1]:end]
        if _DOUBT.search(text, sa, end):
            continue  # (up to the clause's end: "…, 19th with 1,302 — for a model you could run on a phone")
        target = story
        if _SAME_TEST.search(text, sa, sb):  # "in the same test done by us, makes 79.4": the paragraph's benchmark
            named = [y for y in benches if _paragraph_start(text, x[0]) <= y[0] < sa]
            target = named[-1][3] if named else story
        board = own[0]["benchmark"] if own else target
        if board is None:
            continue
        new = None
        if target is not None and not own and not any(sa <= y[0] < sb and y[3] != target for y in benches) \
                and not _OTHER_MEASURE.search(text, sa, sb):
            new = _clause_score(text, clause, claims, x, sa, sb, target, bare_unit)
            if new is not None:
                out.append(new)
        if new is None and not own:
            continue
        if any(c["benchmark"] == board and c["unit"] == "rank" for c in mine):
            continue
        place = None
        p = _CLAUSE_PLACE.search(clause)
        if p and not re.match(r"[ \t]+(?:of|among|in[ \t]+the[ \t]+\w+[ \t]+(?:division|category|class))\b", clause[p.end():]):
            place = place_value(p.group("r") or p.group("w"))
        elif _TOP.search(clause):
            place = 1.0
        if place is not None:
            out.append(_new(x[3], board, place, "rank", sa, sb, text))
    return out


_DIGIT = re.compile(r"(?<!\d)\d+(?!\d|(?:st|nd|rd|th)\b)")  # a figure, not an ordinal ("finished 19th with 1,302")
_PLACE_HINT = re.compile(rf"(?i:{_ORD_WORDS}|\d(?:st|nd|rd|th)\b|number|no\.|top)")
_SAME_TEST = re.compile(r"\b(?:in|on)\s+the\s+same\s+(?:test|benchmark|exam|board|evaluation|suite)\b", re.I)
# "59.8 on its 12-benchmark average, behind X at 63.2": the sentence's figures are on a measure it does not name
_OTHER_MEASURE = re.compile(r"\d\s*(?:%|points?)?\s+(?:on|in)\s+(?:its|their|an?|our|his|her)\s", re.I)
_LIST_AFTER = re.compile(r"[ \t]*(?:%|points?|pts)?[ \t]*(?:,|and|&|/)[ \t]*\d")  # "at 83.7 and 74.9": a run in order


def _clause_score(text, clause, claims, x, sa, sb, board, bare_unit):
    """The score a commentary clause gives the model `x` on `board` (module docstring), or None: the clause's
    first number, after "on" / "at" / "with" or a result verb, no count, no measure, no run of figures."""
    taken = {c["score"] for c in claims if c["start"] <= x[0] < c["end"]}
    m = _SCORE_AT.search(clause)
    if m is None or _DIGIT.search(clause, 0, m.start("n")):
        return None  # "86.1%, compared with 64.9%": the clause's first figure only
    tail = _SCORE_TAIL.match(clause, m.end())
    if tail is None or _LIST_AFTER.match(clause, m.end()):
        return None  # "on 71 occasions", "at 1,498 metres": a count or a measure
    elsewhere = _ELSEWHERE.match(clause, tail.end())
    if elsewhere and not (elsewhere.group("w") or clause.startswith(board, elsewhere.end())):
        return None  # "scored 1.62 on the verbal part of …": a score on something else than the board
    value = _num(m.group("n"))
    if value in taken or any(c["model"] == x[3] and c["benchmark"] == board and c["score"] == value for c in claims):
        return None
    unit = "%" if tail.group("u") and tail.group("u").lower() in ("%", "percent", "per cent") else \
        _board_unit(claims, board) or bare_unit
    if unit == "%" and value > 100 or 1900 <= value <= 2100 and "," not in m.group("n"):
        return None
    return _new(x[3], board, value, unit, sa, sb, text)


# ---------------------------------------------------------------------------------------------- all of it

def commentary_claims(text: str, claims: list[dict], ents, bare_unit: str = "bare") -> list[dict]:
    """The claims the readers of the module docstring add to `claims` (none already there). `ents`: the
    passage's (start, end, label, canonical) entities in text order; `bare_unit`: the unit a number with
    none written takes (the claim reader's marker for "the benchmark's unit")."""
    low = passage_lower(text)
    out: list[dict] = []
    if "(" in text and any(o in low for o in ("st)", "nd)", "rd)", "th)", "rank", "place", "#", "no.")):
        out += _bracket_places(text, claims)
    if "overall" in low:
        out += _overall_places(text, claims)
    models = [x for x in ents if x[2] == "MODEL"]
    if not models:
        return out
    words = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "th.", "th ",
             "gold", "silver", "bronze", " on ", " at ", " with ", "made", "contributed", "scored a", "top")
    if not any(w in low for w in words):
        return out
    story = story_board(text, claims, ents)
    board_at = _boards(text, claims, ents, story)
    found = []
    found += _bare_places(text, claims, models, board_at)
    if "gold" in low or "silver" in low or "bronze" in low:
        found += _medals(text, models, board_at)
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    found += _clause_scores(text, claims, models, benches, story, bare_unit)
    scores = {(c["model"], c["benchmark"], c["score"], c["unit"] == "rank", c["unit"] == "medal") for c in claims + out}
    places = {(c["model"], c["benchmark"], c["unit"]) for c in claims + out if c["unit"] in _PLACE_UNITS}
    elo = _ELO.search(text) is not None
    for c in found:
        if c["unit"] == bare_unit and (elo or _ARENA.search(c["benchmark"])) and c["score"] >= 400:
            c["unit"] = "elo"  # "holding the rail at 1,498" on an arena, or a story that says its ratings are Elo
        if c["unit"] in _PLACE_UNITS:
            key = (c["model"], c["benchmark"], c["unit"])
            if key in places:
                continue
            places.add(key)
        else:
            key = (c["model"], c["benchmark"], c["score"], False, False)
            if key in scores:
                continue
            scores.add(key)
        out.append(c)
    return out
