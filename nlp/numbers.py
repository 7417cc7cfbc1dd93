"""Text helpers shared by `modelwire_claims` and `modelwire_summary`.

* `segments(doc)` splits the sentencizer's sentences again at line breaks that start a new block
  (headings, bylines, captions, table rows and list items have no final full stop, so the
  sentencizer glues them to the next sentence).
* `find_numbers(text)` finds every number in a piece of text and says whether it can be a
  benchmark score or is a date, year, price, size, count, rank or difference.

Pure functions over strings and character offsets; no spaCy state.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .non_scores import named_non_score

# a figure as prose writes it, "1,204.5" or "61.3": the number group the claims readers' patterns share
FIGURE_TEXT = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

# --------------------------------------------------------------------------- segments

_BLOCK_START = re.compile(r"\s*(?:[|#>*•·–—-]|\d+[.)]\s|!\[|\[)")
_CONTINUES = re.compile(r"[a-z,;:(\-‐‑]$")
_CONTINUES_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz,;:(-‐‑")  # _CONTINUES on a stripped line
_ABBREV = re.compile(
    r"(?:^|[\s(])(?:no|nr|vs|approx|fig|figs|eq|ref|e\.g|i\.e|cf|etc|incl|est|ca|mr|mrs|ms|dr|prof|"
    r"st|jr|sr|gen|gov|sen|rep|inc|corp|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$",
    re.I,
)


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the lines in text[start:end] that begin a new block, without surrounding
    whitespace (so offsets point at the words); no empty pieces."""
    # Leading blank lines (a sentence after a paragraph break starts with "\n\n") give no piece
    # and never join another line, so they are skipped first and most sentences are one line.
    while start < end and text[start].isspace():
        start += 1
    if text.find("\n", start, end) < 0:  # one line, most sentences: no merging to do
        a, b = _strip(text, start, end)
        return [(a, b)] if b > a else []
    out = []
    for a, b in _merge_wrapped_lines(text, start, end):
        a, b = _strip(text, a, b)
        if b > a:
            out.append((a, b))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    """The offsets of ``text[a:b].strip()``, without copying the piece."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _merge_wrapped_lines(text: str, start: int, end: int) -> list[list[int]]:
    """The lines of text[start:end], a hard-wrapped line joined to the one before it.

    Works on offsets, without slicing lines: a line is joined when the piece before it ends
    (spaces aside) in a _CONTINUES character and it starts (spaces aside) with a lower-case letter,
    which also rules out _BLOCK_START for the line, and the piece before it is no block start."""
    merged: list[list[int]] = []
    a = start
    while True:
        nl = text.find("\n", a, end)
        b = end if nl < 0 else nl
        if merged:
            i = a
            while i < b and text[i].isspace():
                i += 1
            if i < b and text[i].islower():
                pa, pb = merged[-1]
                while pb > pa and text[pb - 1].isspace():
                    pb -= 1
                if pb > pa and text[pb - 1] in _CONTINUES_CHARS and not _BLOCK_START.match(text, pa, pb):
                    merged[-1][1] = b
                    a = b + 1
                    if nl < 0:
                        break
                    continue
        merged.append([a, b])
        if nl < 0:
            break
        a = nl + 1
    return merged


# --------------------------------------------------------------------------- quick rejects
# The components' big case-insensitive alternations cost 5-20 µs per search even on a short
# string. Each of their matches contains one of a few lower-case words, so a string whose
# lower-cased text has none of those words cannot match and the search can be skipped.

_FOLDS_APART = ("ſ", "ı", "İ")


_LOWERED: dict[str, str | None] = {}  # the long strings lowered lately: many gates ask about the same document or sentence
_KEEP_FROM = 80  # (a shorter string is lowered again: quicker than a look-up)
_KEPT_MOST = 256


def lowered(s: str) -> str | None:
    """``s.lower()`` for substring tests, or None when such a test could miss a re.I match:
    "ſ", "ı" and "İ" match s and i under re.I, but str.lower() keeps them apart."""
    if len(s) >= _KEEP_FROM:
        got = _LOWERED.get(s, False)
        if got is not False:
            return got
        got = None if not s.isascii() and any(c in s for c in _FOLDS_APART) else s.lower()
        if len(_LOWERED) >= _KEPT_MOST:
            _LOWERED.clear()
        _LOWERED[s] = got
        return got
    if not s.isascii() and any(c in s for c in _FOLDS_APART):
        return None
    return s.lower()


def has_any(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether `low` (from `lowered`) contains one of `words`; True when `low` is None."""
    if low is None:
        return True
    for w in words:  # a plain loop: any() over a generator costs twice as much here
        if w in low:
            return True
    return False


def any_finder(words: tuple[str, ...]):
    """``lambda low: has_any(low, words)``, faster for many words on short strings: one search for
    a regex of the words written as a trie (shared prefixes once), which tries at each character
    only the branch for that character, where has_any runs one substring test per word."""
    search = re.compile(_trie_pattern(words)).search

    def find(low: str | None) -> bool:
        return low is None or search(low) is not None

    return find


def _trie_pattern(words) -> str:
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        if "" in node:
            return ""  # a word ends here: whether longer words go on does not change a yes/no search
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node)]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(tree)


TEXT_KEY = "modelwire.text"


def doc_text(doc) -> str:
    """``doc.text`` rebuilds the string from every token on each access; the text never changes
    along the pipeline, so the components read it once."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


STARTS_KEY = "modelwire.sentence_starts"  # doc.user_data: sentence_starts, left by sentence_bounds


def sentence_starts(doc) -> list[int]:
    """Token indices where sentences start, read once from the token array.

    ``doc.sents`` walks every token in Python on each access; the components ask for
    sentences several times per document, so this reads the SENT_START column in one go.
    """
    if not len(doc):
        return [0]
    cached = doc.user_data.get(STARTS_KEY)  # left by sentence_bounds
    if cached is not None:
        return cached
    flags = doc.to_array("SENT_START")  # by name: importing spacy.attrs would import spaCy with `import nlp`
    starts = np.flatnonzero(flags == 1).tolist()
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts



def _cached(doc, key: str, compute):
    """``compute(doc)``, worked out once per doc and kept in ``doc.user_data[key]``."""
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = compute(doc)
    return value


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Character spans of the sentencizer's sentences (trailing whitespace excluded)."""
    return _cached(doc, "modelwire.sentence_bounds", _sentence_bounds)


def _sentence_bounds(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    if not len(doc) or not doc.has_annotation("SENT_START"):
        bounds = [(0, len(text))]
    else:
        tokens, chars = _sentence_heads(doc)
        doc.user_data[STARTS_KEY] = tokens  # what sentence_starts reads
        chars.append(len(text))
        bounds = []
        for a, b in zip(chars, chars[1:]):
            while b > a and text[b - 1].isspace():  # like Span.end_char: no trailing whitespace
                b -= 1
            bounds.append((a, b))
    return bounds


def _sentence_heads(doc) -> tuple[list[int], list[int]]:
    """The first token of each sentence (token 0, then every token whose SENT_START is 1) and its
    character offset."""
    if "sents" not in doc.user_hooks:
        # doc.sents walks the flags in C by that same rule: a Span per sentence costs less than
        # reading two token columns into numpy and picking the starts out
        tokens, chars = [], []
        for sent in doc.sents:
            tokens.append(sent.start)
            chars.append(sent.start_char)
        return tokens, chars
    # a "sents" hook would replace the flags in doc.sents: read them from the token array
    cols = doc.to_array(["SENT_START", "IDX"])  # by name: see sentence_starts
    starts = (cols[:, 0] == 1).nonzero()[0]
    chars = cols[starts, 1].tolist()
    tokens = starts.tolist()
    if not chars or tokens[0] != 0:
        chars.insert(0, int(cols[0, 1]))
        tokens.insert(0, 0)
    return tokens, chars


#: longest piece `segments` gives, in characters: the claims of a piece cost more than linear
#: time in its length (each number weighs each benchmark and model against the words between
#: them), so a run-on "sentence" (a flattened table, a list without full stops, 10,000 words of
#: anything) is read in windows of this size. News sentences stay far below it (the longest in
#: the dev sets and the demo: 320 characters), so their pieces are unchanged.
MAX_SEGMENT = 1000


def segments(doc) -> list[tuple[int, int]]:
    """Character spans of the doc's sentences, also split at line breaks and into windows of at
    most `MAX_SEGMENT` characters. Never empty pieces."""
    return _cached(doc, "modelwire.segments", _bounded_segments)


def _bounded_segments(doc) -> list[tuple[int, int]]:
    out = _segments(doc)
    if all(b - a <= MAX_SEGMENT for a, b in out):
        return out
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char) for e in doc.ents]
    bounded: list[tuple[int, int]] = []
    for a, b in out:
        bounded.extend(_windows(text, a, b, ents) if b - a > MAX_SEGMENT else [(a, b)])
    return bounded


_CUT_AFTER = ("; ", ", ", " ")  # where a window may end, best first


def _windows(text: str, a: int, b: int, ents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """text[a:b] cut into pieces of at most `MAX_SEGMENT` characters, each ending at a clause break
    ("; ", ", ") or else a space in its second half, never inside an entity; no whitespace at the
    ends of a piece. Linear in b - a: each cut looks at one window."""
    from bisect import bisect_right

    pieces: list[tuple[int, int]] = []
    while b - a > MAX_SEGMENT:
        lo, hi = a + MAX_SEGMENT // 2, a + MAX_SEGMENT
        cut = -1
        for sep in _CUT_AFTER:
            at = text.rfind(sep, lo, hi)
            if at >= 0:
                cut = at + len(sep)
                i = bisect_right(ents, (cut, len(text))) - 1  # the last entity starting at or before cut
                if i >= 0 and ents[i][0] < cut < ents[i][1]:
                    cut = ents[i][0] if ents[i][0] > lo else -1  # never inside an entity
                if cut > 0:
                    break
        if cut <= a:
            cut = hi  # no space in half a window: a hard cut
        end = cut
        while end > a and text[end - 1].isspace():
            end -= 1
        if end > a:
            pieces.append((a, end))
        a = cut
        while a < b and text[a].isspace():
            a += 1
    if b > a:
        pieces.append((a, b))
    return pieces


def _segments(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    merged: list[tuple[int, int]] = []
    pa = pb = -1  # the piece being merged into
    for a, b in sentence_bounds(doc):
        # undo splits after abbreviations ("No. 3", "vs. GPT-5") and before a lower-case or digit
        # start, unless a line break separates the pieces
        if pa >= 0:
            if text.find("\n", pb, a) < 0:
                if _starts_lower_or_digit(text, a, b) or _ends_with_abbrev(text, pa, pb):
                    pb = b
                    continue
            merged.append((pa, pb))
        pa, pb = a, b
    if pa >= 0:
        merged.append((pa, pb))
    out: list[tuple[int, int]] = []
    for a, b in merged:
        while a < b and text[a].isspace():  # see _split_lines
            a += 1
        if text.find("\n", a, b) < 0:  # one line (most): _split_lines, inline
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
        else:
            out.extend(_split_lines(text, a, b))
    return out


def _starts_lower_or_digit(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], leading whitespace skipped, starts with a lower-case letter or a digit."""
    first = text[a:a + 1] if a < b else ""
    if first.isspace():
        first = text[a:b].lstrip()[:1]
    return first.islower() or first.isdigit()


def _ends_with_abbrev(text: str, a: int, b: int) -> bool:
    """``_ABBREV.search(text[a:b].rstrip())``, without slicing the whole sentence: a match is the
    last 8 characters at most (a space or "(", "approx", "."), so only the tail is searched."""
    while b > a and text[b - 1].isspace():
        b -= 1
    if text[b - 1:b] != ".":
        return False
    if b - a >= 8 and text[b - 8:b - 1].isalnum():
        return False  # a word of 7 characters or more before the ".": longer than any abbreviation
    if b - a <= 9:  # short enough for the ``^`` alternative: search the piece itself
        return _ABBREV.search(text[a:b]) is not None
    # with pos > 0, ``^`` never matches (right: the piece starts before pos) and endpos acts as the end
    return _ABBREV.search(text, b - 9, b) is not None


# --------------------------------------------------------------------------- numbers

MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_NUM = re.compile(
    # not inside a word, a version (v3.1), pass@1, a price ("$5,478": not its "478" either) or a
    # rank: what _NUM_PLAIN says with a
    # look-behind first, which makes finditer run the whole pattern at every character. Here the
    # first character comes first, so the scan jumps from digit or "." to the next in C; the 2-wide
    # look-behind tests the character before it, and (?<=\d) / (?<=\.) pick the branch it starts.
    r"(?P<num>[\d.](?<![\w.@$€£¥/#^][\d.])(?<!\d,\d)"
    r"(?:(?<=\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?|(?<=\d)\d*(?:\.\d+)?|(?<=\.)\d+))"
    r"(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|@|\.\d)"  # a footnote mark may follow: "47.1¹"
)
# the same matches, written plainly (tests/nlp/test_claims_fast.py compares the two)
_NUM_PLAIN = re.compile(
    r"(?<![\w.@$€£¥/#^])(?!(?<=\d,)\d)"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?![^\W¹²³⁴⁵⁶⁷⁸⁹⁰]|@|\.\d)"  # a footnote mark may follow: "47.1¹"
)
# what may follow a number and still be a score
_UNIT_AFTER = re.compile(
    r"\s*(?P<unit>%|percent\b|per\s*cent\b|pp\b|elo\b|rating\b|points?\s+(?:of\s+)?elo\b|points?\b|pts\b|"
    r"(?:gold|silver|bronze)\b)",
    re.I,
)
# a decimal comma, as much of Europe writes a score ("71,3 %", "71,35", "71,3 Prozent"): one or two
# digits after the comma and no third, and not a run "1,2,3" ("1,500" is a thousands separator)
_DECIMAL_COMMA = re.compile(r",(\d{1,2})(?!\d)(?!,\d)")
_PM_UNIT_AFTER = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d+(?:\.\d+)?\s*(?P<unit>%|percent\b|per\s*cent\b|points?\b|pts\b)", re.I)
_PM_FIRST = frozenset("±+")
_MULTIPLIER = re.compile(r"\s?(?:[kKmMbBtT]\b|[xX×]\b|×)")
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥]|US\$|USD|EUR|RMB|CNY|Rs\.?)\s?$")
_COUNT_WORDS = {
    # nouns that turn a number into a count, size, price, duration or date
    "billion", "million", "trillion", "thousand", "hundred", "bn", "mn",
    "parameter", "parameters", "params", "token", "tokens", "gpu", "gpus", "chips", "tb", "gb",
    "mb", "kb", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "years",
    "year", "minutes", "minute", "seconds", "second", "ms", "dollars", "dollar", "usd",
    "cents", "yuan", "euros", "languages", "users", "people", "employees", "researchers",
    "experts", "layers", "experts", "times", "fold", "languages", "countries", "models",
    "benchmarks", "tasks", "questions", "problems", "samples", "attempts", "tries", "steps",
    "pages", "lines", "files", "requests", "queries", "messages", "videos", "images",
    "teams", "participants", "contestants", "humans", "stars", "downloads", "votes",
    "battles", "comparisons", "words", "characters", "companies", "startups", "labs",
    "place", "th", "st", "nd", "rd", "am", "pm", "gw", "mw", "kw", "watts", "nodes",
    "clusters", "servers", "k", "m", "b", "x", "per", "turns", "rounds", "shots", "examples",
    "submissions", "runs", "trials", "iterations", "epochs", "sizes", "variants", "checkpoints",
    "prompts", "tickets", "cases", "items", "documents", "conversations", "sessions", "repositories", "repos",
    "issues", "bugs", "puzzles", "scenarios", "dialogues", "transcripts",
}
_SHARE_OF = re.compile(
    r"\s*(?:%|percent)\s+of\s+(?:all\s+|the\s+)?(?:competitors|participants|contestants|humans|people|users|"
    r"respondents|developers|programmers|players|entrants|teams|companies|voters|revenue|market)\b|"
    # "a 12% market share", "a 30% share of downloads", "18% usage share": a share, not a score
    r"\s*(?:%|percent)\s+(?:(?:market|revenue|usage|traffic|audience|mind|wallet|browser|search|app|download|"
    r"user|subscriber|token)\s+)?share\b",
    re.I,
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:to|first|model to|)\s*(?:pass|passes|cross|crosses|break|breaks|clear|clears|surpass)\s*(?:the\s+)?$",
    re.I,
)
_BOUND_BEFORE = re.compile(
    r"\b(?:above|below|under|beyond|past|over|exceeding|at least|at most|more than|less than|fewer than|upwards of|"
    r"within)\s*$",
    re.I,
)
_LINKS = {"on", "in", "at", "for", "across", "with", "and", "or", "to", "vs", "versus", "from", "by", "of",
          "percent", "points", "elo", "rating", "pts", "while", "than", "which", "when", "after", "as"}
# a spread named before the number: a key of a results file ('"stderr": ', "acc_norm_stderr=", "ci95: ")
# or the words of a report ("standard error of", "SD ="); the number is no score (README convention 5)
_SPREAD_KEY_BEFORE = re.compile(
    r"(?:\b|_)(?:stderr|std_?err(?:or)?|std_?dev|stdev|std|sem|se|sd|ci(?:_?95)?|conf_int|margin_of_error|moe)"
    r"[\"']?\s*[:=]\s*[\"'\[(]?\s*$", re.I)
_SPREAD_WORDS_BEFORE = re.compile(
    r"\b(?:standard\s+(?:error|deviation)|std\.?\s+(?:error|dev(?:iation)?)|(?-i:SE|SD|SEM)|s\.e\.)"
    r"\s*(?:of|was|is|were|=|:)?\s*(?:about|around|roughly|only)?\s*$", re.I)
_SPREAD_ENDS = tuple(" :=\"'[(fstu")  # quick reject: what a _SPREAD_*_BEFORE match may end with
_MINUS = ("−", "-")
_SIGN_BEFORE = re.compile(r"(?:^|[\s(\[|:])[−-]$")  # a minus glued to the number, not a hyphen of a word
_DELTA_BEFORE = re.compile(
    # one \b in front of the words, not one per word: searched at every character, the pattern then
    # tries its 40 words only where a word starts (used as a yes/no, so the order of words is free)
    r"(?:\+|\b(?:by|up|down|gain(?:ed|s)? of|jump(?:ed|s)? of|improvement of|increase of|"
    r"boost of|lead of|margin of|gap of|drop of|decline of|drops? by up to|by up to|"
    r"(?:rose|rise[sn]?|fell|falls?|climbed|climbs?|jumped|jumps?|dropped|drops?|slipped|slips?|"
    r"gained|gains?|grew|grows?|soared|soars?|plunged|plunges?|tumbled|surged|surges?)(?:\s+by)?))"
    r"\s*(?:almost|nearly|about|around|roughly|some|over|more than|just|up to)?\s*$",
    re.I,
)
_DELTA_AFTER = re.compile(
    r"\s*[-\s]?(?:%|percent|points?|pts|pp)?\s*[-\s]?"
    r"(?:percentage[- ]points?|pp\b|jump|gain|improvement|increase|boost|margin|gap|drop|"
    r"decline|higher|lower|more\b|fewer|less\b|better|worse|cheaper|faster|slower|"
    r"larger|smaller|bigger|improve|over\s+(?:its|the)\s+predecessor)"
    r"|\s*[-\s]?(?:points?|pts|pp|percentage points)\s+(?:ahead|behind|clear|lead)",
    re.I,
)
_RANK_BEFORE = re.compile(r"(?:\bno\.?|\bnumber|\btop|\btop-|\brank(?:ed|s)?|\bplace[sd]?|#|\bnr\.?)\s*$", re.I)
_DATE_NEAR_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s*$", re.I)
_DATE_NEAR_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{MONTHS})\b", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:in|since|by|of|from|until|through|early|late|mid|during|year|q[1-4])[\s-]*$", re.I)
_OUT_OF = re.compile(r"\s*(?:/|out of|of)\s*(?P<den>\d+(?:\.\d+)?)\b", re.I)
_NEXT_WORD = re.compile(r"[\s\-‐‑]*([A-Za-z]+)")
_NEXT_TWO_WORDS = re.compile(r"[\s\-‐‑]*([\w.-]+)\s+([A-Za-z]+)")
_COUNT_NOUNS = _COUNT_WORDS - {"k", "m", "b", "x", "per"}  # as the second word after the number
# the checks find_numbers makes inline, compiled once
_NUMERIC_DATE_AFTER = re.compile(r"[-/]\d{1,2}[-/]\d{2,4}\b")  # 07/17/2025
_SEP_DIGIT_AFTER = re.compile(r"\s*[-/]\s*\d")
_DIGIT_SEP_BEFORE = re.compile(r"\d\s*[-/]\s*$")
_DIGIT_SLASH_BEFORE = re.compile(r"\d\s*/\s*$")
_DASH_DIGIT_AFTER = re.compile(r"\s*[–—]\s*\d")
_DIGIT_DASH_BEFORE = re.compile(r"\d\s*[–—]\s*$")
_APPROX_RANGE_BEFORE = re.compile(
    r"\b(?:by|about|around|roughly|approximately|between|some)\s+\d[\d.,]*\s*(?:%|percent)?\s*(?:to|and|-)\s*$", re.I
)
_RANGE_TO_AFTER = re.compile(r"\s*(?:%|percent)?\s*(?:to|-)\s*\d")
_APPROX_BEFORE = re.compile(r"\b(?:by|about|around|roughly|approximately|between|some)\s*$", re.I)
_FIRST_OR_TO = re.compile(r"\b(?:first|to)\b", re.I)
_TWO_DIGITS = re.compile(r"\d{1,2}")
_VERSION_WORD_BEFORE = re.compile(r"\b(?:version|release|revision|build|firmware|v)\s$", re.I)
_VERSION_WORD_ENDS = ("version", "release", "revision", "build", "firmware", "v")
_POINT_VERSION = re.compile(r"\d\.\d")  # one digit, a point, one digit: a version after a name, not a score
_NAME_BEFORE = re.compile(r"\b[A-Z][a-zA-Z]+\s$")
_FUNCTION_WORD_BEFORE = re.compile(r"\b(?:On|In|At|With|To|And|Of|By|From|Is|Was|The|Its|It|Just|Only)\s$")
_RECENT_YEAR = re.compile(r"(?:19[5-9]\d|20[0-3]\d)")
_ANY_YEAR = re.compile(r"(?:1[89]\d\d|20\d\d)")
_DENOMINATOR_BEFORE = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?:/|out of|of)\s*$")
_RANGE_COUNT_AFTER = re.compile(r"\s*(?:[-–]|to)\s*\d")
_BETWEEN_FROM_BEFORE = re.compile(r"\b(?:between|from)\s*$")
_POINTS_AFTER = re.compile(r"\s*(points?|pts)\b", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s*(?:(?:the|its|their|an?)\s+)?$", re.I)  # "up from (the) 26.9%"
_FROM_ENDS = ("from", "the", "its", "their", "a", "an")

# Quick rejects. Most checks on the text before a number are ``…\s*$`` patterns: a match ends with
# the last word before the number, so that word must end with one of the pattern's final words.
# ``_Before.may_end`` tests this on the lower-cased last word (any non-ASCII word runs the regex:
# under re.I "ſ", "ı", "İ" and the Kelvin sign match s, i and k). The tuples must list every
# possible ending of their pattern; tests/nlp/test_numbers_fast.py checks them against the regexes.
_CURRENCY_ENDS = ("$", "€", "£", "¥", "USD", "EUR", "RMB", "CNY", "Rs", "Rs.")  # case-sensitive
_MONTH_ENDS = tuple(MONTHS.split("|")) + tuple(m + "." for m in MONTHS.split("|"))
_APPROX_RANGE_ENDS = ("to", "and", "-")
_APPROX_ENDS = ("by", "about", "around", "roughly", "approximately", "between", "some")
_FIRST_TO_ENDS = ("hit", "reach", "exceed", "top", "the")
# "only o3 passed 5%", "most crossed 50%": a mark passed, not the score reached
_PASSED_ENDS = ("passed", "crossed", "broke", "cleared", "surpassed", "exceeded", "the")
_PASSED_BEFORE = re.compile(r"\b(?:passed|crossed|broke|cleared|surpassed|exceeded)\s+(?:the\s+)?$", re.I)
_FIRST_TO_BEFORE = re.compile(r"\bfirst\b[^.;\d]{0,20}?\bto\s+(?:hit|reach|exceed|top)\s*(?:the\s+)?$", re.I)
_THRESHOLD_ENDS = ("pass", "passes", "cross", "crosses", "break", "breaks", "clear", "clears", "surpass", "the")
_BOUND_ENDS = ("above", "below", "under", "beyond", "past", "over", "exceeding", "least", "most", "than", "of", "within")
_DELTA_ENDS = (
    "by", "up", "down", "+", "of", "to",
    "rose", "rise", "rises", "risen", "fell", "fall", "falls", "climbed", "climb", "climbs", "jumped",
    "jump", "jumps", "dropped", "drop", "drops", "slipped", "slip", "slips", "gained", "gain", "gains",
    "grew", "grow", "grows", "soared", "soar", "soars", "plunged", "plunge", "plunges", "tumbled",
    "surged", "surge", "surges",
    "almost", "nearly", "about", "around", "roughly", "some", "over", "than", "just",
)
# a numbered item's marker: "1)" at the start or after a sentence or clause end, "1." at a line
# start or after ":"/";" (not after ". ": "scored 91. Then" is a score)
_MARKER_ENDS = (")", ".")
_MARKER_BEFORE = re.compile(r"(?:^|[\n.:;!?(])\s*$")
_DOT_MARKER_BEFORE = re.compile(r"(?:^|[\n:;])\s*$")


def _is_marker(after: str, b: str) -> bool:
    """Whether a small whole number followed by ")" or "." opens a numbered item (`b`: the text before).
    A "2." that ends the text (a sentence splitter cut after it) only after ";" or a line break: after
    ":" it may be a score ("HLE: 14.")."""
    if after[1:2].isspace():
        return (_MARKER_BEFORE if after[:1] == ")" else _DOT_MARKER_BEFORE).search(b) is not None
    return after[1:] == "" and _END_MARKER_BEFORE.search(b) is not None


_END_MARKER_BEFORE = re.compile(r"(?:^|[\n;])\s*$")
_RANK_ENDS = ("no", "no.", "number", "top", "top-", "rank", "ranked", "ranks", "place", "places", "placed",
              "#", "nr", "nr.")
# first characters (after spaces) that can start a _DATE_NEAR_AFTER or _DELTA_AFTER match, both cases;
# "-" may precede a _DELTA_AFTER word
_DATE_AFTER_FIRST = frozenset("snrtojfmadSNRTOJFMAD")
_DELTA_AFTER_FIRST = frozenset("%pjgibmdhlfwcso-PJGIBMDHLFWCSO")
# ... and of the other patterns matched on the text after a number
_UNIT_FIRST = frozenset("%pPeErRgGsSbB")  # _UNIT_AFTER
_MULTIPLIER_FIRST = frozenset("kKmMbBtTxX×")
_DASH_FIRST = frozenset("–—")  # _DASH_DIGIT_AFTER
_RANGE_TO_FIRST = frozenset("%pt-")
_SHARE_FIRST = frozenset("%pP")  # _SHARE_OF
_RANGE_COUNT_FIRST = frozenset("-–t")
_OUT_OF_FIRST = frozenset("/oO")
# after "%", the first two letters (lower-cased) of a _DELTA_AFTER word ("8% higher", "5% - gain"):
# "% on AIME" and "% of the" start with "o" like "over its predecessor", but not with "ov"
_DELTA_WORD_PREFIXES = frozenset(w[:2] for w in (
    "percentage", "pp", "jump", "gain", "improvement", "increase", "boost", "margin", "gap", "drop", "decline",
    "higher", "lower", "more", "fewer", "less", "better", "worse", "cheaper", "faster", "slower", "larger",
    "smaller", "bigger", "improve", "over",
))
# a _DELTA_AFTER match that starts with a letter starts with one of those words or a unit
_DELTA_LETTER_PREFIXES = _DELTA_WORD_PREFIXES | frozenset(w[:2] for w in ("percent", "point", "pts", "pp"))


class _Before:
    """The 30 characters before a number, and the quick rejects of the checks made on them."""

    __slots__ = ("text", "stripped", "last")

    def __init__(self, text: str):
        self.text = text
        self.stripped = text.rstrip()
        words = self.stripped.rsplit(None, 1)
        last = words[-1] if words else ""
        self.last = last.lower() if last.isascii() else None  # None: no quick reject

    def may_end(self, endings: tuple[str, ...]) -> bool:
        """False only when no pattern ending in `endings` (then spaces) can match the text."""
        return self.last is None or self.last.endswith(endings)

    def ends(self, chars: str) -> bool:
        """Whether the last non-space character is one of `chars` (exact, for case-sensitive checks)."""
        return self.stripped[-1:] in chars if self.stripped else False


def _may_start(after: str, first: frozenset) -> bool:
    """False only when the first non-space character of `after` cannot start the pattern."""
    return _starts(after.lstrip()[:1], first)


def _starts(lead: str, first: frozenset) -> bool:
    """`_may_start` given the first non-space character `lead` ("" at the end of the text);
    find_numbers works it out once per number for all the checks."""
    return lead in first or not lead.isascii()  # non-ASCII: under re.I "ſ", "ı", "İ" match ASCII letters


def _delta_after_may_match(after: str, lead: str) -> bool:
    """False only when _DELTA_AFTER cannot match. After a "%" (most scores) the pattern needs, past
    spaces and at most one "-", one of its words: "%" alone would let every percentage through;
    after a letter, one of its words or units."""
    if lead == "%":
        rest = after[after.index("%") + 1:].lstrip()
        if rest[:1] == "-":
            rest = rest[1:]
        return _begins(rest, _DELTA_WORD_PREFIXES)
    if lead.isalpha():  # "on AIME", "problems": the match would start at this word
        return _begins(after.lstrip(), _DELTA_LETTER_PREFIXES)
    return _starts(lead, _DELTA_AFTER_FIRST)


def _begins(s: str, prefixes: frozenset) -> bool:
    """False only when `s` cannot start with a word whose first two letters, lower-cased, are one of
    `prefixes` (under re.I; non-ASCII letters fold to ASCII ones, so they never reject)."""
    two = s[:2]
    return not two.isascii() or two.lower() in prefixes


@dataclass
class Number:
    start: int  # char offsets of the digits in the text handed to find_numbers
    end: int  # end of the number including its unit (e.g. the "%")
    value: float
    unit: str | None  # "%", "elo", "rating", "points", a medal colour, or None
    kind: str  # "score", or why not: "year", "date", "price", "size", "count", "rank", "range", "share",
    #            "threshold", "delta", "version", "denominator", "marker", "frequency", "rating", "setting",
    #            "error" (a standard error or deviation named before it)
    denominator: float | None = None  # "35 out of 42" / "35/42"
    after_from: bool = False  # "up from 70.0%": an earlier score, only kept with "for <model>"

    @property
    def is_score(self) -> bool:
        return self.kind == "score"


def parse_number(s: str) -> float:
    """'1,450' -> 1450.0, '89.3' -> 89.3, '.5' -> 0.5."""
    return float(s.replace(",", ""))


def _unit_name(raw: str) -> str:
    raw = raw.lower()
    if raw in ("%", "percent", "pp") or raw.startswith("per"):
        return "%"
    if raw in ("point", "points", "pts"):
        return "points"
    if raw.startswith("point"):
        return "elo"  # "1,331 points of Elo"
    return raw  # elo, rating


def find_numbers(text: str, *, skip: list[tuple[int, int]] = ()) -> list[Number]:
    """Every number in `text` that is not inside one of the `skip` spans (entity names such as
    "AIME 2025" or "GPT-5"), classified. `Number.kind == "score"` for the ones that may be scores."""
    out: list[Number] = []
    for m in _NUM.finditer(text):
        a, b = m.span()  # the "num" group is the whole match
        skipped = False
        lo = max(0, a - 30)
        masked = None  # skip spans inside the 30 characters before: "HMMT February 92.5" is no date
        for s, e in skip:
            if s <= a < e or s < b <= e:
                skipped = True
                break
            if lo < e <= a:
                if masked is None:
                    masked = list(text[lo:a])
                for i in range(max(s, lo) - lo, e - lo):
                    masked[i] = "_"
        if skipped:
            continue
        raw = m.group()
        if b < len(text) and text[b] == "," and raw.isdigit() and (dc := _DECIMAL_COMMA.match(text, b)):
            raw, b = f"{raw}.{dc.group(1)}", dc.end()
        value = parse_number(raw)
        before = _Before("".join(masked) if masked is not None else text[lo:a])
        after = text[b:b + 40]
        lead = after.lstrip()[:1]  # for the quick rejects of the checks on `after`
        unit = None
        end = b
        um = _UNIT_AFTER.match(after) if _starts(lead, _UNIT_FIRST) else None
        if um:
            unit = _unit_name(um.group("unit"))
            end = b + um.end()
        elif lead in _PM_FIRST:
            pm = _PM_UNIT_AFTER.match(after)  # "58.2 ± 2.1% accuracy": the % after the half-width is the level's too
            if pm:
                unit = _unit_name(pm.group("unit"))
        kind = _kind(raw, value, unit, before, after, lead)
        if kind == "score":  # "03:15", "n=500", "quality points 46.5", "want 85%", "Reviewer 2" (nlp.non_scores)
            kind = named_non_score(text, a, b, raw, unit) or kind
        den = None
        if kind == "score" and not unit and _starts(lead, _OUT_OF_FIRST):
            om = _OUT_OF.match(after)
            if om and not _fraction(raw, om.group(0), om.group("den")):
                om = None  # "77.2 / 72.8 / 67.2": a flattened row of scores, not a fraction
            if om:
                den = parse_number(om.group("den"))
                tail = after[om.end():]
                pm = _POINTS_AFTER.match(tail)
                unit = "points" if pm else None
                end = b + om.end() + (pm.end() if pm else 0)
        after_from = before.may_end(_FROM_ENDS) and _FROM_BEFORE.search(before.text) is not None
        out.append(Number(a, end, value, unit, kind, den, after_from))
    return out


def _fraction(num: str, sep: str, den: str) -> bool:
    """Whether "num <sep> den" reads as a part of a whole ("35 out of 42", "35/42"): the part is no
    larger than the whole, and around a bare "/" both are whole numbers ("77.2 / 72.8" are two scores)."""
    try:
        if float(num.replace(",", "")) > float(den.replace(",", "")):
            return False
    except ValueError:
        return True
    return "/" not in sep or ("." not in num and "." not in den)


def _next_word(after: str) -> str:
    """The (lower-cased) word after a number that may make it a count: "2,048 H800 GPUs" -> "gpus"."""
    nw = _NEXT_WORD.match(after)
    next_word = nw.group(1).lower() if nw else ""
    if next_word not in _LINKS:
        nw2 = _NEXT_TWO_WORDS.match(after)
        if nw2 and nw2.group(2).lower() in _COUNT_NOUNS:
            next_word = nw2.group(2).lower()
    return next_word


def _kind(raw: str, value: float, unit: str | None, before: _Before, after: str, lead: str | None = None) -> str:
    """Why a number is not a score ("price", "date", …), or "score". The first check that holds
    wins; cheap tests and quick rejects come first inside each check, which never changes its result.
    `lead` is the first non-space character of `after`."""
    if lead is None:
        lead = after.lstrip()[:1]
    b = before.text
    if before.stripped.endswith(_CURRENCY_ENDS) and _CURRENCY_BEFORE.search(b):
        return "price"
    if _starts(lead, _MULTIPLIER_FIRST) and _MULTIPLIER.match(after):
        return "size"
    if unit is None and not after[:1] in (".", ",") and _next_word(after) in _COUNT_WORDS:
        return "count"
    if (before.may_end(_MONTH_ENDS) and _DATE_NEAR_BEFORE.search(b)) or (
        _starts(lead, _DATE_AFTER_FIRST) and _DATE_NEAR_AFTER.match(after)
    ):
        return "date"
    if after[:1] in ("-", "/") and _NUMERIC_DATE_AFTER.match(after):
        return "date"  # 07/17/2025
    if len(raw) == 4 and raw.isdecimal() and _SEP_DIGIT_AFTER.match(after):
        return "date"  # 2025-07-17, 2025/07
    if before.ends("-/") and _DIGIT_SEP_BEFORE.search(b) and not _DIGIT_SLASH_BEFORE.search(b):
        return "date"
    if (_starts(lead, _DASH_FIRST) and _DASH_DIGIT_AFTER.match(after)) or (
        before.ends("–—") and _DIGIT_DASH_BEFORE.search(b)
    ):
        return "range"  # "(2408–2505)", "10–20"
    if (before.may_end(_APPROX_RANGE_ENDS) and _APPROX_RANGE_BEFORE.search(b)) or (
        before.may_end(_APPROX_ENDS) and _starts(lead, _RANGE_TO_FIRST) and _RANGE_TO_AFTER.match(after)
        and _APPROX_BEFORE.search(b)
    ):
        return "range"  # "by about 45 to 50 percent"
    if _starts(lead, _SHARE_FIRST) and _SHARE_OF.match(after):
        return "share"  # "outperformed 93% of competitors"
    if before.may_end(_THRESHOLD_ENDS) and _THRESHOLD_BEFORE.search(b) and _FIRST_OR_TO.search(b[-25:]):
        return "threshold"  # "the first model to pass 80%"
    if before.may_end(_FIRST_TO_ENDS) and _FIRST_TO_BEFORE.search(b):
        return "threshold"  # "the first to hit 50%": a mark passed, not the score reached
    if before.may_end(_PASSED_ENDS) and _PASSED_BEFORE.search(b):
        return "threshold"
    if before.may_end(_BOUND_ENDS) and _BOUND_BEFORE.search(b):
        return "threshold"  # "models score above 90%": a bound, not a result
    if b[-1:] in _SPREAD_ENDS and (_SPREAD_KEY_BEFORE.search(b) or _SPREAD_WORDS_BEFORE.search(b)):
        return "error"  # '"stderr": 0.004', "acc_stderr=0.01", "a standard error of 1.1": the spread, not the score
    if b[-1:] in _MINUS and _SIGN_BEFORE.search(b):
        return "delta"  # "(−0.7 on B against its base model)", a "-1.2" cell: a signed change, not a level
    if (before.may_end(_DELTA_ENDS) and _DELTA_BEFORE.search(b)) or (
        _delta_after_may_match(after, lead) and _DELTA_AFTER.match(after)
    ):
        return "delta"
    if unit is None and "." not in raw and value < 1000 and before.may_end(_RANK_ENDS) and _RANK_BEFORE.search(b):
        return "rank"
    if unit is None and (_TWO_DIGITS.fullmatch(raw) or _POINT_VERSION.fullmatch(raw)) and b[-1:].isspace() \
            and _NAME_BEFORE.search(b) and not _FUNCTION_WORD_BEFORE.search(b):
        return "version"  # "Lean 4", an unrecognised "Llama 3" or "Grok 4.1"
    if unit is None and b[-1:].isspace() and before.may_end(_VERSION_WORD_ENDS) and _VERSION_WORD_BEFORE.search(b):
        return "version"  # "ships as version 2.1", "release 3", "revision 12": a name's number, not a score
    if unit is None and len(raw) == 4:
        if _RECENT_YEAR.fullmatch(raw):
            return "year"
        if _ANY_YEAR.fullmatch(raw) and _YEAR_BEFORE.search(b):
            return "year"
    if unit is None and after[:1] in _MARKER_ENDS and len(raw) <= 2 and raw.isdecimal() and value <= 20 \
            and _is_marker(after, b):
        return "marker"  # "Weekly roundup. 1) X tops B …  2) …": an item's number, not a score or a rank
    if before.ends("/f"):
        dm = _DENOMINATOR_BEFORE.search(b)
        if dm and _fraction(dm.group("n"), dm.group(0)[len(dm.group("n")):], raw):
            return "denominator"  # the 42 in "35 out of 42"
    if unit is None and _starts(lead, _RANGE_COUNT_FIRST) and _RANGE_COUNT_AFTER.match(after) \
            and _BETWEEN_FROM_BEFORE.search(b):
        return "count"  # ranges: "between 10 and 20", "from 3 to 5"
    return _measures(unit, before, after, lead)


# ------------------------------------------------------------------ what a number measures
# The last step of `_kind`, for a number no check above has typed: what it measures, read from the
# words around it, as one decision (README convention 5). A score is what a model reaches on a test;
#   "range"      the low end of "between 9% and 14%" (the high end is the range check's already)
#   "frequency"  how often something happens, by the preposition "in": "in about 4% of answers",
#                "in 12% of cases" (a score is what a model solves: "solves 45% of the problems")
#   "rating"     a product's rating in an app store: "a 4.6 rating on the App Store", "rated 4.8 stars"
#   "setting"    a setting named by its usual value: "rather than the usual 100", "the default 32"
_BETWEEN_AND_AFTER = re.compile(r"\s*(?:%|percent)?\s*and\s+\d", re.I)
_IN_BEFORE = re.compile(r"\bin\s+(?:(?:about|around|roughly|nearly|almost|only|just|some|over|under|fewer\s+than|"
                        r"less\s+than|more\s+than)\s+)?$", re.I)
_OF_EVENTS_AFTER = re.compile(r"\s*(?:%|percent)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?:[a-z-]+\s+){0,2}?"
                              r"(?:cases|answers|responses|replies|outputs|prompts|conversations|chats|sessions|queries|"
                              r"messages|generations|runs|samples|trials|attempts|the\s+time|instances|occasions)\b", re.I)
_STORE_AFTER = re.compile(r"\s*(?:/\s*5\s*|out\s+of\s+5\s*)?(?:-?\s*stars?\s+)?(?:rating\s+)?(?:on|in)\s+(?:the\s+)?"
                          r"(?:app\s*store|apple\s+app\s+store|google\s+play|play\s+store|ios|android|chrome\s+web\s+store)\b",
                          re.I)
_RATED_BEFORE = re.compile(r"\b(?:rated|rating\s+of|ratings?\s+(?:is|was|at|stands\s+at))\s+(?:an?\s+)?$", re.I)
_STARS_AFTER = re.compile(r"\s*(?:/\s*5|out\s+of\s+5)?\s*(?:-?\s*stars?)\b", re.I)
# "is right in 81% of cases", "wins in 62% of cases": how often the model succeeds is its score
_SUCCESS_IN_BEFORE = re.compile(r"\b(?:wins?|won|winning|preferred|right|correct|accurate|successful|succeeds?|"
                                r"succeeded|solves?|solved|passes|passed)\s+in\s+\S*\s*$", re.I)
_SETTING_BEFORE = re.compile(r"\b(?:the|a|its|their)\s+(?:usual|default|standard|typical|recommended|customary)\s+$", re.I)
_SETTING_ENDS = ("usual", "default", "standard", "typical", "recommended", "customary")


def _measures(unit: str | None, before: _Before, after: str, lead: str) -> str:
    """"score", or what else the number measures (see above). Quick rejects first: most scores
    end the sentence, or go on with "on"/"in" and a name."""
    b = before.text
    if before.may_end(("between",)) and _BETWEEN_AND_AFTER.match(after) and _APPROX_BEFORE.search(b):
        return "range"
    if unit == "%" and before.may_end(_IN_ENDS) and _IN_BEFORE.search(b) and _OF_EVENTS_AFTER.match(after) \
            and not _SUCCESS_IN_BEFORE.search(b):
        return "frequency"
    if unit in (None, "rating") and (lead.isalpha() or lead == "/"):
        if _STORE_AFTER.match(after) or (before.may_end(_RATED_ENDS) and _RATED_BEFORE.search(b)
                                         and _STARS_AFTER.match(after)):
            return "rating"
    if unit is None and before.may_end(_SETTING_ENDS) and _SETTING_BEFORE.search(b):
        return "setting"
    if unit is None and lead.islower():
        m = _PLURAL_AFTER.match(after)
        if m and m.group("noun") not in _NOT_COUNTED and m.group("mod") not in _NOT_COUNTED:
            return "count"  # "60 refactoring tickets": the number counts the noun after it
    return "score"


# a number, then one lower-case word (no adverb), then a lower-case plural noun ("60 refactoring tickets");
# the number's own units and words ending in "s" that are no plural nouns are never what it counts
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<mod>[a-z][a-z-]{2,}(?<!ly))[ \t]+(?P<noun>[a-z]{2,}[a-rt-z]s)\b(?![-'’])")
_NOT_COUNTED = frozenset((
    "points", "pts", "marks", "percent", "across", "was", "has", "does", "plus", "minus", "versus", "this", "thus",
    "its", "unless", "whereas", "besides", "less", "towards", "afterwards", "always", "perhaps", "sometimes",
    "elsewhere", "nevertheless", "regardless", "otherwise", "overall", "is", "as", "on", "in", "at", "and", "or",
    "with", "for", "from", "by", "to", "of", "the", "its", "their", "his", "her", "our", "whereas", "thanks",
    "nonetheless", "alongside", "upwards", "downwards", "progress", "success", "access", "address",
    # words between a score and a noun that is not what it counts: "59 using tools", "61 without hints"
    "using", "without", "within", "under", "over", "after", "before", "via", "per", "when", "where", "while",
    "against", "ahead", "behind", "above", "below", "beyond", "among", "despite", "including", "excluding",
    "given", "allowing", "running", "compared", "than", "through", "into", "between", "both", "all", "two",
    "three", "four", "five", "many", "more", "most", "other", "its", "these", "those", "such",
    "still", "now", "also", "again", "only", "just", "even", "already", "then", "here", "there", "yet",
    # verbs after a score ("74 still leads"): a plural noun's shape, not a count
    "leads", "remains", "stands", "ranks", "tops", "trails", "beats", "puts", "sits", "holds", "makes", "means",
    "shows", "gives", "comes", "looks", "seems", "places", "edges", "matches", "marks", "sets", "becomes",
))
_IN_ENDS = ("in", "about", "around", "roughly", "nearly", "almost", "only", "just", "some", "over", "under", "than")
_RATED_ENDS = ("rated", "of", "is", "was", "at", "a", "an")
