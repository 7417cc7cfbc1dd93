"""Places, medals and withdrawn figures that the claim finder's sentence rules do not read.

Claims convention 2 (tests/data/nlp/README.md) makes an overall place a claim of unit ``rank`` and a
medal one of unit ``medal`` (gold 1, silver 2, bronze 3); convention 5 drops a figure a correction
withdraws. `nlp.claims` reads "came first", "#3", "ranks X second", "X leads at 57.3%" and numbered
``1.`` boards; this module adds the other ways news writes a place:

* `more_places`: "takes No. 1 on B", "first on the text board", "at 1501, first overall", "now has X on
  top at 1388 Elo", "X is the new top verified entry on B", "X dropped to second", "the board lists X
  first", and "the top three are A, B and C" (places 1-3 in order);
* `subset_place`: "first place in the small-model division", "second in the open category": a place
  within a division or category, not an overall one (convention 2);
* `medal_sections`: a ``Gold`` / ``Silver`` / ``Bronze`` heading line over a list gives each item's
  claim a medal claim too;
* `withdrawn`: "not 79.1% as we first reported", "posts that quoted 1362 … should be disregarded":
  the old figure of a correction, wherever the passage has no correction word;
* `half_width`: "1388 (±9)": the ± figure is an interval's half-width, not a second score.

Each function is one or two regex passes over the sentence or the passage: linear in its length.
"""
from __future__ import annotations

import re

from .withdrawn_figures import inline_withdrawn as withdrawn  # noqa: F401  (moved there; imported from here before)
from .needed_words import literal_gated
from .string_memo import passage_lower

# places are written in words up to "twentieth" (round 26: "dropped to fourteenth", "in eleventh with 49"); longest first in
# the alternations, so "seventeenth" is not read as "seven…"
ORD_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
             "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
ORD_VALUE = {w: float(i) for i, w in enumerate(ORD_WORDS, start=1)}
_NUMBER_WORD = {w: float(i) for i, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}
_ORD_WORDS = "|".join(sorted(ORD_WORDS, key=len, reverse=True))
_ORD = _ORD_WORDS + r"|\d{1,3}(?:st|nd|rd|th)"
_HASH = r"(?:#|No\.\s?|number\s+)\d{1,3}"
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# words that make a board a subset of the field ("the open-model board", "the small-model division")
_SUBSET_WORDS = r"open|open-weights?|open-source|closed|small|smaller|mid-size|large|budget|cheap|local|student|non-\w+"

# "takes No. 1 on X", "claimed the No. 1 spot", "grabs #1": a place taken
_TAKES = re.compile(
    rf"\b(?:takes?|took|taking|claims?|claimed|claiming|grabs?|grabbed|seiz(?:es|ed)|captur(?:es|ed)|holds?|held|"
    rf"earns?|earned|reclaims?|reclaimed|retakes?|retook)\s+(?:the\s+)?(?P<r>{_HASH})(?![\w.-])(?!\s*%)", re.I)
# "first on the text board", "first overall", "No. 2 on the leaderboard"
_ON_BOARD = re.compile(
    rf"(?<![\w-])(?P<r>{_ORD}|{_HASH})(?![\w-])\s+(?:overall\b|on\s+(?:the\s+|its\s+|their\s+)?"
    rf"(?P<mod>(?:[\w'’-]+\s+){{0,2}}?)(?:leader\s?board|board|ladder|chart|rankings?|standings|table)\b)"
    r"(?!\s+to\s)", re.I)  # not "the first on the board to pass 80%": a threshold
# "X on top at 1388 Elo", "has X on top with 52.7"
_ON_TOP = re.compile(r"\bon\s+top\b(?=\s+(?:at|with)\s+(?:an?\s+)?\d)", re.I)
# "X is the new top verified entry on B", "X is now the No. 1 model on B"
_TOP_ENTRY = re.compile(
    rf"\b(?:is|was|becomes|became|remains|remained)\s+(?:now\s+)?the\s+(?:new\s+)?(?P<r>top|{_HASH}|highest[- ]ranked)\s+"
    r"(?P<mod>(?:[\w-]+\s+)?)(?:entry|model|system|submission|agent)\s+(?:on|in|at)\b", re.I)
# "X dropped to second", "fell to No. 3", "climbed to first"
_MOVED_TO = re.compile(
    rf"\b(?:dropped|drops|fell|falls|slipped|slips|slid|slides|moved|moves|climbed|climbs|rose|rises|jumped|jumps|"
    rf"returned|returns|went|goes)\s+(?:back\s+|down\s+|up\s+)?(?:(?:one|two|three|four|five|\d{{1,2}})\s+(?:places?|spots?|positions?)\s+)?to\s+(?:the\s+)?(?P<r>{_ORD}|{_HASH})(?![\w-])"
    r"(?!\s*(?:%|percent|points?|pts)\b)(?:\s+(?:place|spot|position))?", re.I)
# "which puts it at rank 2", "lands at rank 9", "Albatross-2 Max enters at 64.9, rank 5": a place by its number
_AT_RANK = re.compile(r"(?:\b(?:at|to|in|on)\s+|(?<=,)\s+)(?:rank|place|position)\s+(?:No\.\s?|#)?(?P<r>\d{1,3})(?![\w.,]\d|\s*%)(?!\s+(?:of|out)\b)",
                      re.I)
# "Gemini 3 Pro stays first", "X remains No. 1", "X is still on top"
_STAYS = re.compile(rf"\b(?:stays|stayed|remains|remained|(?:is|was)\s+still)\s+(?:the\s+)?(?P<r>{_ORD}|{_HASH}|on\s+top)\b"
                    r"(?!\s+(?:to|among|of)\b)", re.I)
# "the board lists X first", "the table has X second", "the update ranks X third", "placed its X fifth"
_LISTS_BEFORE = re.compile(r"\b(?:lists?|listed|listing|shows?|showed|has|had|puts?|placed|places|ranks|ranked)\s+"
                           r"(?:(?:rival|its|their)\s+)?$", re.I)
# "…, Y fourth with 82.0", "… then Y sixth": the next model of a list whose first a verb placed
_LIST_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+|then\s+)?|\s+and\s+|\s+then\s+|;\s*)$", re.I)
# "holds second on 1290", "kept fifth place", "retains sixth with 77": a place held, by its ordinal
_HOLDS = re.compile(
    rf"\b(?:holds?|held|keeps?|kept|retains?|retained)\s+(?:on\s+to\s+)?(?:the\s+)?(?P<r>{_ORD})(?![\w-])"
    r"(?=\s+(?:place|spot|position)\b|\s+(?:on|at|with)\s+\$?\d|\s*(?:[,.;]|$))", re.I)
# what follows a place in such a list: "with 82.0 points", "at 47%", "on 1250"
_PLACE_FIGURE = re.compile(r"\s+(?:at|with|on)\s+\$?\d[\d,.]*(?:\s*%|\s+(?:points?|pts|elo))?(?:\s+[a-z][\w-]*){0,2}", re.I)
_PLACE_AFTER = re.compile(rf"\s+(?P<r>{_ORD}|{_HASH})(?![\w-])(?!\s*(?:%|percent|points?|pts)\b)"
                          r"(?=\s*(?:[,.;:)]|$)|\s+(?:on|in|at|with|overall|and|behind|ahead|place|spot)\b)", re.I)  # not "had X first write a plan"
# "the top three are A at x, B at y and C at z", "top three: A, B, C"
# ("Its February top five, in order: A 71, B 70, …")
_TOP_N = re.compile(r"\btop\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)(?:\s*,?\s*in\s+order\s*,?)?"
                    r"\s*(?:are|were|is|:|—|–)\s*", re.I)
# "in the small-model division", "in the open category": a place within a part of the field
_SUBSET_AFTER = re.compile(
    r"\s+(?:place\s+|spot\s+|position\s+)?(?:in|of|among)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:division|category|class|bracket|tier|track|subset|segment|weight\s+class)\b", re.I)
_SUBSET_BOARD = re.compile(rf"\b(?:{_SUBSET_WORDS})\b", re.I)


# "X has the best result, at 86.0%", "X posted the highest score on B": first place overall; not "the best
# open result" (a word between: a subset) nor "… among open models" / "for an open model" (after: a subset)
_BEST_RESULT = literal_gated(re.compile(
    r"\b(?:has|had|have|holds?|held|posts?|posted|sets?|owns?|owned)\s+(?:(?:now|still|also)\s+)?the\s+"
    r"(?P<r>best|highest|top)\s+(?:overall\s+)?(?:result|score|mark|figure|rating|number)s?\b"
    r"(?!\s+(?:among|of\s+(?:the\s+|any\s+)?(?:open|small|closed|\w+-weights?)|for\s+an?\b|by\s+an?\b))", re.I))
# "A and B share second place", "A and B are tied for first": the same place for each model of the subject
_SHARED = re.compile(
    rf"\b(?:share|shared|sharing|split|(?:are|were)\s+(?:joint|tied\s+for)|tie\s+for|tied\s+for)\s+(?:the\s+)?"
    rf"(?P<r>{_ORD}|{_HASH})(?:\s+(?:place|spot|position|rank))?(?![\w-])", re.I)
# "of the three", "among these five": the places that follow are within the models the text compares
_SUBSET_OF = re.compile(r"\b(?:of|among|between)\s+(?:the|these|those|all)\s+(?:two|three|four|five|six|seven|eight|nine|ten|"
                        r"\d{1,2})\b(?!\s*(?:%|percent|points))", re.I)
_COORDINATED = re.compile(r"\s*(?:,|,?\s*(?:and|&))\s*", re.I)
_PRONOUN = re.compile(r"\b(?:it|the (?:new )?model)\b", re.I)


# "Third is X with 1265", "Fourth place goes to X", "… and fourth, Y with 1249": an ordinal opening a sentence or a
# clause, the model right after it (the place is the model's: given at the model's end, as "top three are")
_ORD_FIRST = re.compile(
    rf"(?:^|(?<=[,;:—–])\s*(?:and\s+|then\s+|while\s+)?|\b(?:and|then)\s+)(?P<r>(?i:{_ORD_WORDS}))(?:\s+(?:place|spot))?"
    r"(?:\s+(?:is|was|comes|came|goes\s+to|went\s+to|belongs\s+to)\s+|(?P<comma>\s*[,:—–]\s*)|"
    r"(?P<gap>\s+))", re.M)  # (round 16) gap: the verb left out, "Second was Y with 84.0 and third Z with 83.7"
# "The strongest system, X, completes 43.2%", "the top-scoring model, X,": the board's first; not "the best
# open-weight model, X" (a word between makes it a subset) nor "of the three, the strongest model, X"
_BEST_APPOSITION = re.compile(
    r"\b(?i:the)\s+(?:strongest|best(?:[- ]performing)?|top(?:[- ](?:scoring|performing|ranked))?|highest[- ](?:scoring|ranked)|"
    r"leading)\s+(?:system|model|entry|agent|submission)\s*,\s*")


# "The best result was X", "the top score went to X": the board's first; not "the best open result" (a word between)
# nor after "among open models," (a part of the field before it)
_BEST_WAS = re.compile(r"\b(?i:the)\s+(?:best|highest|top)\s+(?:overall\s+)?(?:result|score|performance|mark)\s+"
                       r"(?:was|is|came\s+from|went\s+to|belonged\s+to|belongs\s+to)\s+(?:that\s+of\s+)?")
_AMONG_PART = re.compile(r"\b(?:among|of|for)\s+(?:the\s+)?(?:open|small|closed|\w+-weights?|\w+-source)\b", re.I)


# "Gemini 3 Pro (1,205) on the third", "on the fifth X with 1,176", "On the fourth place stands X": a place
# named by "on (the) <ordinal>", its model before it in the clause or right after it (any order)
_ON_ORDINAL = re.compile(
    rf"(?<![\w-])(?i:on|at)\s+(?:(?i:the)\s+)?(?P<r>(?i:{_ORD_WORDS}))(?P<place>\s+(?i:place|spot|position|rank))?(?![\w-])")
# what may follow the ordinal when its model came before: the clause ends, or "with"/"at" a score, "behind" …
_ON_ORDINAL_ENDS = re.compile(r"\s*(?:[,.;:)!—–]|$)|\s+(?:with|at|and|behind|after|overall|ahead|in\s+the\s+"
                              r"(?:ranking|standings|table)|on\s+the\s+(?:board|leaderboard|list))\b", re.I)
# ... and before its model, when the model comes after it: "on the fifth (place) (stands) X"
_ON_ORDINAL_VERB = re.compile(r"(?:\s+(?:stands?|stood|sits?|sat|is|was|comes?|came|lands?|landed|follows?|followed|"
                              r"we\s+find|you\s+find|are|were))?\s+(?:the\s+)?")
# "ahead of X, second at 80.7%", "Y, third with 1,180": an ordinal in apposition right after a model, before its score
_ORD_APPOSITION = re.compile(rf",\s*(?P<r>(?i:{_ORD_WORDS}))\s+(?:at|with|on)\s+(?:an?\s+)?\d")
# "X took the third place", "X is in the second spot": a place taken, the model before it
_THE_PLACE = re.compile(
    rf"\b(?:takes?|took|taking|holds?|held|claims?|claimed|occupies|occupied|secures?|secured|grabs?|grabbed|"
    rf"reach(?:es|ed)?|finish(?:es|ed)?\s+in|ends?\s+in|ended\s+in|is\s+in|was\s+in|lands?\s+in|landed\s+in|"
    rf"sits?\s+in|sat\s+in|comes?\s+in|came\s+in)\s+(?:the\s+)?(?P<r>{_ORD_WORDS})\s+(?:place|spot|position)\b"
    rf"(?!\s+(?:in|of|among)\b)", re.I)


def place_value(word: str) -> float:
    """The place an ordinal, a number word or a written number says: "third", "three", "3rd", "#3" → 3."""
    word = word.lower()
    return ORD_VALUE.get(word) or _NUMBER_WORD.get(word) or float(re.sub(r"\D", "", word))


# "first on the open-model board", "No. 2 in the small-model rankings": a board of part of the field
_BOARD_AHEAD = re.compile(r"\s+(?:place\s+|spot\s+)?(?:on|in|of)\s+(?:the\s+|its\s+)?(?P<mod>(?:[\w'’-]+\s+){0,3}?)"
                          r"(?:leader\s?board|board|ladder|chart|rankings?|standings|table|list)\b", re.I)
# "the first on the board to pass 80%": a threshold crossed first, not a place (README convention 5)
_THRESHOLD_AHEAD = re.compile(r"(?:\s+[\w'’.-]+){0,6}?\s+to\s+(?:pass|reach|clear|break|cross|exceed|top|hit|crack|"
                              r"surpass|score|beat)\b", re.I)


def subset_place(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` in ``text`` is within a division, a category or a part of the
    field ("first place in the small-model division", "first on the open-model board") or the first to
    cross a threshold ("the first on the board to pass 1200"), not an overall place."""
    if _SUBSET_AFTER.match(text, end) or _THRESHOLD_AHEAD.match(text, end):
        return True
    m = _BOARD_AHEAD.match(text, end)
    return m is not None and _SUBSET_BOARD.search(m.group("mod")) is not None


def more_places(text: str, models) -> list[tuple[int, int, float]]:
    """(start, end, place) of the overall places the sentence ``text`` gives in the ways listed in the
    module docstring; ``models``: its MODEL entities (objects with .start, .end) in text order. A place
    comes after the first model the sentence names (or, for "top three are", before the models it
    places); "it hit 1501 Elo, first on the text board" names none: the place is the subject's."""
    low = text.lower()
    out: list[tuple[int, int, float]] = []
    first_model = models[0].start if models else -1

    def add(a: int, b: int, value: float) -> None:
        # after a model, or after "it" / "the model" when no model comes before (the subject's place)
        owner = a > first_model >= 0 or (first_model < 0 or a < first_model) and _PRONOUN.search(text, 0, a)
        if owner and not subset_place(text, b) and not any(x[0] < b and a < x[1] for x in out):
            out.append((a, b, value))

    if any(w in low for w in ("take", "took", "claim", "grab", "seiz", "captur", "hold", "held", "earn", "retak",
                              "retook")):
        for m in _TAKES.finditer(text):
            add(*m.span("r"), place_value(m.group("r")))
    if "overall" in low or "board" in low or "ladder" in low or "chart" in low or "ranking" in low \
            or "standings" in low or "table" in low:
        for m in _ON_BOARD.finditer(text):
            if not (m.group("mod") and _SUBSET_BOARD.search(m.group("mod"))):
                add(*m.span("r"), place_value(m.group("r")))
    if "on top" in low:
        for m in _ON_TOP.finditer(text):
            before = [x for x in models if x.end <= m.start()]
            if before and len(text[before[-1].end:m.start()].split()) <= 2:
                add(m.start(), m.end(), 1.0)
    if " the " in low and (" top " in low or "#" in text or "no." in low or "ranked" in low):
        for m in _TOP_ENTRY.finditer(text):
            if not (m.group("mod") and _SUBSET_BOARD.search(m.group("mod"))):
                word = m.group("r").lower()
                add(*m.span("r"), 1.0 if not any(ch.isdigit() for ch in word) else place_value(word))
    if "stay" in low or "remain" in low or "still" in low:
        for m in _STAYS.finditer(text):
            word = m.group("r").lower()
            add(*m.span("r"), 1.0 if word.startswith("on") else place_value(word))
    if "rank " in low or "place " in low or "position " in low:
        for m in _AT_RANK.finditer(text):
            add(*m.span("r"), float(m.group("r")))
    if " to " in low:
        for m in _MOVED_TO.finditer(text):
            add(*m.span("r"), place_value(m.group("r")))
    if "hold" in low or "held" in low or "keep" in low or "kept" in low or "retain" in low:
        for m in _HOLDS.finditer(text):
            add(*m.span("r"), place_value(m.group("r")))
    chained = None  # the end of the place given to the model before, in a list a verb opened
    for x in models:
        if _LISTS_BEFORE.search(text, max(0, x.start - 20), x.start) or (
                chained is not None and _LIST_NEXT.match(text[chained:x.start])):
            p = _PLACE_AFTER.match(text, x.end)
            if p:
                add(*p.span("r"), place_value(p.group("r")))
                # "ranks X third with 85.5, Y fourth with 82.0": the list goes on past X's figure
                fig = _PLACE_FIGURE.match(text, p.end())
                chained = fig.end() if fig else p.end()
                continue
        chained = None
    if "best " in low or "highest " in low or "top " in low:
        for m in _BEST_RESULT.finditer(text):
            before = [x for x in models if x.end <= m.start()]
            if before and len(text[before[-1].end:m.start()].split()) <= 3:
                add(*m.span("r"), 1.0)
    if "shar" in low or "split" in low or "tie" in low or "joint" in low:
        for m in _SHARED.finditer(text):
            before = [x for x in models if x.end <= m.start()]
            if len(before) < 2 or len(text[before[-1].end:m.start()].split()) > 2 or subset_place(text, m.end()):
                continue
            group = [before[-1]]
            for x in reversed(before[:-1]):  # "A, B and C share …": the models coordinated right before the verb
                if not _COORDINATED.fullmatch(text, x.end, group[0].start):
                    break
                group.insert(0, x)
            if len(group) >= 2:
                value = place_value(m.group("r"))
                for x in group:
                    if not any(y[0] < x.end + 1 and x.end < y[1] for y in out):
                        out.append((x.end, x.end, value))
    if models and any(w in low for w in ORD_WORDS):
        starts = {x.start: x for x in models}
        found = []
        for m in _ORD_FIRST.finditer(text):
            x = starts.get(m.end())
            if x is None or subset_place(text, m.end("r")) or _SUBSET_OF.search(text, 0, m.start()):
                continue
            if m.group("gap") is not None and not re.search(r"\b(?:and|then)\s+$", text[max(0, m.start("r") - 6):m.start("r")]):
                continue  # the verb is left out only after "and" / "then", after an ordinal clause with its verb
            found.append((x, place_value(m.group("r")), "gap" if m.group("gap") is not None else
                          "comma" if m.group("comma") else "verb"))
        # "First, X was released …" is a list of points, not a place: a comma form only beside another ordinal place;
        # a gapped "and third Z" only beside an ordinal with its verb ("Second was Y … and third Z")
        if not any(kind == "verb" for _, _, kind in found):
            found = [f for f in found if f[2] == "comma"]
        if any(kind == "verb" for _, _, kind in found) or len(found) >= 2:
            for x, value, _ in found:
                if not any(y[0] < x.end + 1 and x.end < y[1] for y in out):
                    out.append((x.end, x.end, value))
    if ("best" in low or "strongest" in low or "top" in low or "highest" in low or "leading" in low) and models:
        starts = {x.start: x for x in models}
        for m in _BEST_WAS.finditer(text):  # (round 16) "The best result was X, which got 86.3 percent"
            x = starts.get(m.end())
            if x is not None and not _SUBSET_OF.search(text, 0, m.start()) and not _AMONG_PART.search(text, 0, m.start()) \
                    and not subset_place(text, x.end) and not any(y[0] < x.end + 1 and x.end < y[1] for y in out):
                out.append((x.end, x.end, 1.0))
        for m in _BEST_APPOSITION.finditer(text):
            x = starts.get(m.end())
            if x is not None and text[x.end:x.end + 1] in (",", "—", "–", "(") and not _SUBSET_OF.search(text, 0, m.start()):
                if not any(y[0] < x.end + 1 and x.end < y[1] for y in out):
                    out.append((x.end, x.end, 1.0))
    if models and ("on " in low or "at " in low or ", " in low or " place" in low or " spot" in low):
        _any_order_places(text, models, out)
    if "top " in low:
        for m in _TOP_N.finditer(text):
            n = _COUNT.get(m.group("n").lower()) or int(m.group("n"))
            after = [x for x in models if x.start >= m.end()]
            if _SUBSET_BOARD.search(text, max(0, m.start() - 20), m.start()) or len(after) < n:
                continue
            picked = after[:n]
            if len({text[x.start:x.end] for x in picked}) == n and all(
                    not re.search(r"[.;!?]\s", text[a.end:b.start]) for a, b in zip(picked, picked[1:])):
                for i, x in enumerate(picked, start=1):
                    if not any(y[0] < x.end + 1 and x.end < y[1] for y in out):
                        out.append((x.end, x.end, float(i)))
    return sorted(out)


def _any_order_places(text: str, models, out: list) -> None:
    """Places named by "on (the) <ordinal>", by an ordinal in apposition after a model or by "took the third
    place" (see _ON_ORDINAL): appended to `out` as (start, end, place), at the ordinal when its model is
    before it, at the model's end when the model follows."""
    def free(a: int, b: int) -> bool:
        return not any(y[0] < max(b, a + 1) and a < y[1] for y in out)

    starts = {x.start: x for x in models}
    for m in _ON_ORDINAL.finditer(text):
        value = place_value(m.group("r"))
        v = _ON_ORDINAL_VERB.match(text, m.end())
        x = starts.get(v.end()) if v else None
        if x is not None and (m.group("place") or v.group().strip() or text[m.end():x.start].strip() == ""):
            if free(x.end, x.end) and not subset_place(text, x.end):
                out.append((x.end, x.end, value))  # "on the fifth Claude Sonnet 4.5 with 1,176"
            continue
        if not _ON_ORDINAL_ENDS.match(text, m.end()) or subset_place(text, m.end()):
            continue  # "on the third day", "on the second of May"
        before = [y for y in models if y.end <= m.start()]
        if not before or re.search(r"[.;!?]\s|\n", text[before[-1].end:m.start()]) or m.start() - before[-1].end > 40:
            continue
        if free(*m.span("r")):
            out.append((*m.span("r"), value))  # "Gemini 3 Pro (1,205) on the third"
    for pattern in (_ORD_APPOSITION, _THE_PLACE):
        for m in pattern.finditer(text):
            before = [y for y in models if y.end <= m.start()]
            if not before:
                continue
            gap = text[before[-1].end:m.start()]
            if pattern is _ORD_APPOSITION and gap.strip():
                continue  # the ordinal right after the model's name: "Baram-3, second at 80.7%"
            if pattern is _THE_PLACE and (len(gap.split()) > 3 or subset_place(text, m.end())):
                continue
            if pattern is _ORD_APPOSITION:
                x = before[-1]
                if free(x.end, x.end):  # at the name's end: the place is that name's even when it was compared
                    out.append((x.end, x.end, place_value(m.group("r"))))
            elif free(*m.span("r")):
                out.append((*m.span("r"), place_value(m.group("r"))))


# a heading line that is a medal's colour alone: "Gold", "## Silver medals", "**Bronze:**"
_MEDAL_HEADING = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+)?\**[ \t]*(?P<c>gold|silver|bronze)(?:[ \t]+medals?)?[ \t]*\**[ \t]*:?[ \t]*\**[ \t]*$",
                            re.I | re.M)
_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,3}[.)])[ \t]+")
_MEDAL_VALUE = {"gold": 1.0, "silver": 2.0, "bronze": 3.0}


def medal_sections(text: str, claims: list[dict]) -> list[dict]:
    """Medal claims for the claims of list items under a ``Gold`` / ``Silver`` / ``Bronze`` heading line:
    one per (model, benchmark) of the section's items, with unit "medal", the colour's place as score
    and the colour as metric. The section is the list right under the heading (blank lines inside it
    allowed), up to the first line that is no item."""
    low = passage_lower(text)
    if "gold" not in low and "silver" not in low and "bronze" not in low:
        return []
    out: list[dict] = []
    seen = {(c["model"], c["benchmark"]) for c in claims if c.get("unit") == "medal"}
    for m in _MEDAL_HEADING.finditer(text):
        colour = m.group("c").lower()
        at, end = m.end() + 1, m.end() + 1
        while at < len(text):
            nl = text.find("\n", at)
            nl = len(text) if nl < 0 else nl
            line = text[at:nl]
            if _ITEM.match(line):
                end = nl
            elif line.strip():
                break
            at = nl + 1
        if end <= m.end() + 1:
            continue
        for c in claims:
            key = (c["model"], c["benchmark"])
            if m.end() < c["start"] < end and c.get("model") and key not in seen and c.get("unit") not in ("rank", "medal"):
                seen.add(key)
                out.append(dict(c, score=_MEDAL_VALUE[colour], unit="medal", metric=colour, comparison=None))
    return out


def line_rank(line: str) -> float | None:
    """The place a list item gives by its number ("enters at 58.3, which puts it at rank 3", "…, rank 6"), or None."""
    m = _AT_RANK.search(line) if "rank " in line or "place " in line or "position " in line else None
    return float(m.group("r")) if m else None


def half_width(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` is a "±9" half-width (of "1388 (±9)" or "71.3 ± 1.2")."""
    return text[max(0, start - 3):start].rstrip(" \t\u2009\u202f").endswith(("±", "+/-", "+-"))


def board_columns(text: str, header: list[tuple[int, int]], bench: str) -> list[int]:
    """Indices of the header cells (start, end) that name the board ``bench`` itself or its last word
    ("Index" of "Lighthouse Index", "Elo" is read elsewhere): the column of a ranked table that holds
    the board's scores."""
    name = bench.lower()
    last = name.split()[-1] if " " in name else None
    return [j for j, (a, b) in enumerate(header) if text[a:b].strip(" \t*").lower() in (name, last)]


# "a rating of 2,285", "rated 2,110", "an Elo of 1,388", "an Elo score of 1412": the number's unit stated before it
_STATED_UNIT = re.compile(r"\b(?:(?P<rating>(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+)?rating\s+of|rated)|"
                          r"(?P<elo>(?:an?|its|their)\s+Elo(?:\s+(?:rating|score))?\s+of))\s*\Z", re.I)


def stated_unit(text: str, start: int, value: float) -> str | None:
    """"rating" or "elo" when the words right before the number at ``start`` state it ("Xuanwu-3 claims a
    rating of 2,285"), else None; the unit then holds even when the benchmark was named sentences before.
    Not below 100: "a rating of 4.5" is an app store's stars."""
    if value < 100:
        return None
    m = _STATED_UNIT.search(text, max(0, start - 40), start)
    return None if m is None else "rating" if m.group("rating") else "elo"


# "a model with a gold at a programming contest and 51.7% on B": a medal at a contest the text does not name
_UNNAMED_CONTEST_MEDAL = re.compile(
    r"\b(?:a|an|one)\s+(?P<c>gold|silver|bronze)(?:\s+medal)?\s+(?:at|in|from)\s+(?:a|an|one|some|another)\s+", re.I)


def unnamed_contest_medals(claims: list[dict]) -> list[dict]:
    """`claims` without the medals a sentence gives at a contest it does not name ("a gold at a programming
    contest"): the sentence's benchmark is another test, not where the medal was won."""
    out = []
    for c in claims:
        if c.get("unit") == "medal":
            sentence = c.get("sentence") or ""
            if any(_MEDAL_VALUE[m.group("c").lower()] == c["score"] for m in _UNNAMED_CONTEST_MEDAL.finditer(sentence)):
                continue
        out.append(c)
    return out
