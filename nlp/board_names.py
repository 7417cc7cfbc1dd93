"""Boards named by a capitalised word before a board noun: "the Quire Arena", "Keel Index",
"Longbow Index v4", "second on the Sextant board".

A capitalised word (or up to three) before ``Arena``/``Board``/``Index``/``Leaderboard``/``Ladder``
names its own board: the knowledge base's bare ``Arena`` alias (LMArena) must not take its place, and
a version after it ("Index v4") keeps it a benchmark, not a model. Before a lower-case ``board`` or
``leaderboard`` the name is the capitalised words alone ("the Sextant board" → Sextant). Kept out: a
known lab or model before the noun ("OpenAI board", "the Google Index"), a name the knowledge base
knows whole ("WebDev Arena"), generic heads ("Oversight Board", "Consumer Price Index", "the AI
Index") and sentences without AI vocabulary, except on the title line of a text about AI.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .unknown import _UP

_NOUN = r"(?:Arena|Board|Index|Leaderboard|Ladder|ARENA|INDEX|LEADERBOARD)"
# a head word starts with a capital of any script ("Éclat Arena", "Ørsted Index"), as the other name shapes do
_HEAD = rf"[{_UP}][\w.+&-]*(?!['’])"
# up to three capitalised words, a board noun (capitalised, or a lower-case board after one word), a version
BOARD = re.compile(rf"(?<![\w.@/-])(?P<head>{_HEAD}(?:[ ]{_HEAD}){{0,2}})[ ](?:(?P<noun>{_NOUN})(?P<ver>[ ]v\d+(?:\.\d+)?)?"
                   r"|(?P<low>board|leaderboard)(?![\w-]))(?![\w-])")
# words that start a sentence or a clause and are not part of a name, and heads of boards that are not benchmarks
NOT_HEAD = frozenset("""The A An In At On Of For To From With By About Our Their Its His Her This That These Those Every
Each New Latest Current Public Private Main Top Global Overall Asked Per Via And Or But When While After Before Since
Oversight Advisory Editorial Executive School Review Supervisory Governing Federal Reserve Trade Labour Labor Safety
Ethics Audit Standards Planning Parole Tourism Health Education Water Energy Power Price Consumer Producer Development
Composite Stock Market Dow Jones Nasdaq Hang Seng Nikkei Innovation Readiness Governance Freedom Peace Happiness Human
Corruption Openness Transparency Foundation Model Models AI Chatbot Text Vision Search Leader Leaders Score Scores Open
Weekly Monthly Daily Results Result Changelog Snapshot Standings Export Update January February March April May June
July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Spring Summer
Autumn Fall Winter Schools County City Council University College Hospital Trustees Directors Governors Regents
District State National""".split())
# a board of people: "the Fairfax County Public Schools board voted 9–3", "the Acme board of directors"
_GOVERNING_AFTER = re.compile(r"\s+(?:of\s+(?:directors|trustees|governors|regents)|members?|chair\w*|voted|votes|"
                              r"approved|approves|met|meets|decided|decides|fired|fires|appointed|appoints|ousted|ousts)\b", re.I)
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|our|his|her|your|my|whose)|['’]s?)\s+\Z", re.I)
# a title naming a board's page: "Marrow leaderboard standings", "Sextant leaderboard export", "X board weekly update"
_TITLE_WORDS = re.compile(r"[ \t]+(?:changelog|export|standings|(?:weekly|monthly|daily)[ \t]+update|update|snapshot|refresh|"
                          r"results|rankings)\b", re.I)
# what a board sentence holds: a number (a score, a place) or a rank word
_SCOREISH = re.compile(r"\d|\b(?:first|second|third|top|leads?|rank(?:ed|s)?|place[ds]?)\b", re.I)


# a word that makes a sentence about tests: "a ranking of how often models leak", "the Sandur Index harness"
_TEST_WORDS = re.compile(r"\b(?:benchmarks?|leaderboards?|rankings?|harness(?:es)?|evals?|evaluations?)\b", re.I)


def _among_benchmarks(sent: str, line: int, s: int, end: int, ents: list[tuple], starts: list[int]) -> bool:
    """Whether the board's sentence is about tests without a score in it: another benchmark found there ("cites
    Dovecote Arena or the Lantern Index", "the Colander Index from Corbelo, and Tatami Arena") or a word of
    tests ("a ranking of", "the Sandur Index harness")."""
    stop = line + len(sent)
    if _TEST_WORDS.search(sent[:s - line]) or _TEST_WORDS.search(sent[end - line:]):  # (not the board's own noun)
        return True
    return any(x[2] == "BENCHMARK" and (x[1] <= s or x[0] >= end)
               for x in ents[bisect_left(starts, line):bisect_left(starts, stop)])


def _head_start(text: str, s: int, e: int) -> int | None:
    """Start of the name's own words in text[s:e] (the head words before the noun): the words
    after the last one that cannot begin a board's name; None when no word is left."""
    words = [(m.start() + s, m.group()) for m in re.finditer(r"\S+", text[s:e])]
    start = None
    for pos, w in reversed(words):
        if w in NOT_HEAD or w.lower() in ("the", "a", "an"):
            break
        start = pos
    return start


def find(text: str, ents: list[tuple], ai_sentence, ai_text: bool) -> tuple[list[tuple], set[tuple[int, int]]]:
    """(new boards as (start, end, "BENCHMARK", canonical), spans of `ents` they replace).

    `ents`: (start, end, label, known) of the entities found so far; `ai_sentence(pos)`: whether the
    sentence at pos is about AI; `ai_text`: whether the text is."""
    if not ai_text or not ("Arena" in text or "Board" in text or "Index" in text or "oard" in text or "Ladder" in text
                                 or "ARENA" in text or "INDEX" in text):
        return [], set()
    title_end = text.find("\n")  # (a text of one line has no title)
    new, drop = [], set()
    ents = sorted(ents)
    starts = [x[0] for x in ents]
    for m in BOARD.finditer(text):
        s = _head_start(text, m.start("head"), m.end("head"))
        if s is None:
            continue
        shouted = m.group("noun") is not None and m.group("noun").isupper()
        if shouted:  # a headline's "OVER LATTICE ARENA CLAIM": the one word before the noun, itself in capitals
            s = max(text.rfind(" ", 0, m.end("head")), text.rfind("\n", 0, m.end("head"))) + 1
            if s < m.start("head") or not text[s:m.end("head")].isupper() or text[s:m.end("head")].title() in NOT_HEAD:
                continue
        if m.group("low") and _GOVERNING_AFTER.match(text, m.end()):
            continue
        if _OWNED_BEFORE.search(text, max(0, s - 12), s):
            continue  # "its Intelligence Index", "Analysis' Speech Arena": an owner's board (nlp.owned_names)
        end = m.end("head") if m.group("low") else m.end()
        # the entities over text[s:end], found by bisection (no name is 200 characters long)
        inside = [x for x in ents[bisect_left(starts, s - 200):bisect_left(starts, end)] if x[1] > s]
        if any(x[0] < s or x[1] > end for x in inside):
            continue  # a name that runs past the board's words
        if any(x[3] and x[2] in ("ORG", "MODEL") for x in inside):
            continue  # a known lab's or model's board, or its board of directors
        if any(x[2] == "BENCHMARK" and x[3] and x[0] < m.start("noun" if m.group("noun") else "low") for x in inside):
            continue  # a board the knowledge base knows whole ("WebDev Arena")
        if m.group("low") and (inside or any(text.startswith(text[s:end], x[0]) for x in ents if x[2] == "BENCHMARK")):
            continue  # "the Ko-Chat board": the name before it is already something; "Babel-Code board" of the
            # document's "Babel-Code 2026": the short form of a longer name
        line = text.rfind("\n", 0, s) + 1
        nl = text.find("\n", end)
        stop = re.search(r"[.!?](?:\s|$)", text[end:len(text) if nl < 0 else nl])
        sent = text[line:end + (stop.end() if stop else (len(text) if nl < 0 else nl) - end)]
        title = s < title_end and (m.group("noun") or _TITLE_WORDS.match(text, m.end()))
        # the knowledge base's bare noun ("Arena", ambiguous: kept only near AI words) already found right there
        bare = m.group("noun") and any(x[:3] == (m.start("noun"), m.end("noun"), "BENCHMARK") and x[3] for x in inside)
        if shouted and not bare:
            continue
        if not title and not bare and not (ai_sentence(s) and _SCOREISH.search(sent)) \
                and not _among_benchmarks(sent, line, s, m.end(), ents, starts):
            continue  # (a title's "Keel Index changelog" needs no score beside it)
        # the board's edition stays in the span, not in the name ("Longbow Index v4" is the Longbow Index)
        name = re.sub(r"\s+", " ", text[s:m.start("ver") if m.group("ver") else end])
        if m.group("low"):  # "on Babel-Code board" in a text naming "Babel-Code 2026": that edition
            full = re.search(re.escape(text[s:end]) + r"[ ](?:20\d\d|v\d+(?:\.\d+)?)(?![\w.])", text)
            name = full.group() if full else name
        new.append((s, end, "BENCHMARK", name))
        drop.update((x[0], x[1]) for x in inside)
    return new, drop


def other_arena_nouns(text: str, ents: list[tuple]) -> set[tuple[int, int]]:
    """Spans of the knowledge base's bare ``Arena`` (LMArena) in a passage that names an arena of its own
    ("Crinoid Arena ... Arena code names", "Lantern Arena ... Arena fatigue"): there the bare noun is that
    arena's or arenas' in general, not LMArena. `ents`: (start, end, label, known, canonical)."""
    own = any(x[2] == "BENCHMARK" and not x[3] and re.search(r"[ ](?:Arena|ARENA)\Z", text[x[0]:x[1]]) for x in ents)
    return {(x[0], x[1]) for x in ents if own and x[2] == "BENCHMARK" and x[3] and text[x[0]:x[1]] in ("Arena", "ARENA")
            and x[4] == "LMArena"} if own else set()


# ------------------------------------------------------------------ a metric column is no board (claims stage)
# a column header that names the metric, not the test: "model  EM", "| acc |", "F1", "pass@1"
_METRIC_NAME = re.compile(
    r"(?i:em|exact[ _-]?match|acc(?:uracy)?|acc_norm|f1|macro[ _-]?f1|micro[ _-]?f1|pass@\d+|pass[ _-]?rate|"
    r"bleu|chrf\+*|rouge(?:-?[12l])?|wer|cer|mrr|ndcg(?:@\d+)?|recall(?:@\d+)?|precision|score|win[ _-]?rate|elo)")


def metric_name(cell: str) -> bool:
    """Whether a table cell is a metric's name ("EM", "acc", "F1", "pass@1"), not a benchmark's."""
    return _METRIC_NAME.fullmatch(cell.strip(" \t*_`")) is not None

