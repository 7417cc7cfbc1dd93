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
from spacy.attrs import IDX, SENT_START

# --------------------------------------------------------------------------- segments

_BLOCK_START = re.compile(r"\s*(?:[|#>*•·–—-]|\d+[.)]\s|!\[|\[)")
_CONTINUES = re.compile(r"[a-z,;:(\-‐‑]$")
_ABBREV = re.compile(
    r"(?:^|[\s(])(?:no|nr|vs|approx|fig|figs|eq|ref|e\.g|i\.e|cf|etc|incl|est|ca|mr|mrs|ms|dr|prof|"
    r"st|jr|sr|gen|gov|sen|rep|inc|corp|ltd|co|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$",
    re.I,
)


def _split_lines(text: str, start: int, end: int):
    """Yield (start, end) of the lines in text[start:end] that begin a new block."""
    pieces = []
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        nl = start + m.start()
        pieces.append((pos, nl))
        pos = nl + 1
    pieces.append((pos, end))
    merged: list[list[int]] = []
    for a, b in pieces:
        line = text[a:b]
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]].rstrip()
            # a hard-wrapped line (previous ends mid-phrase, this one starts lower-case) continues
            if (
                line.strip()
                and prev
                and _CONTINUES.search(prev)
                and line.lstrip()[:1].islower()
                and not _BLOCK_START.match(line)
                and not _BLOCK_START.match(prev)
            ):
                merged[-1][1] = b
                continue
        merged.append([a, b])
    for a, b in merged:
        # strip surrounding whitespace so offsets point at the words
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        if b - trail > a + lead:
            yield a + lead, b - trail


TEXT_KEY = "modelwire.text"


def doc_text(doc) -> str:
    """``doc.text`` rebuilds the string from every token on each access; the text never changes
    along the pipeline, so the components read it once."""
    cached = doc.user_data.get(TEXT_KEY)
    if cached is None:
        cached = doc.user_data[TEXT_KEY] = doc.text
    return cached


def sentence_starts(doc) -> list[int]:
    """Token indices where sentences start, read once from the token array.

    ``doc.sents`` walks every token in Python on each access; the components ask for
    sentences several times per document, so this reads the SENT_START column in one go.
    """
    if not len(doc):
        return [0]
    flags = doc.to_array(SENT_START)
    starts = [int(i) for i in np.flatnonzero(flags == 1)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return starts


def sentence_bounds(doc) -> list[tuple[int, int]]:
    """Character spans of the sentencizer's sentences (trailing whitespace included)."""
    key = "modelwire.sentence_bounds"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    text = doc_text(doc)
    if not len(doc) or not doc.has_annotation("SENT_START"):
        bounds = [(0, len(text))]
    else:
        starts = sentence_starts(doc)
        idx = doc.to_array(IDX)
        chars = [int(idx[i]) for i in starts] + [len(text)]
        bounds = []
        for k in range(len(starts)):
            a, b = chars[k], chars[k + 1]
            while b > a and text[b - 1].isspace():  # like Span.end_char: no trailing whitespace
                b -= 1
            bounds.append((a, b))
    doc.user_data[key] = bounds
    return bounds


def segments(doc) -> list[tuple[int, int]]:
    """Character spans of the doc's sentences, also split at line breaks. Never empty pieces."""
    key = "modelwire.segments"
    cached = doc.user_data.get(key)
    if cached is not None:
        return cached
    out = _segments(doc)
    doc.user_data[key] = out
    return out


def _segments(doc) -> list[tuple[int, int]]:
    text = doc_text(doc)
    out: list[tuple[int, int]] = []
    bounds = sentence_bounds(doc)
    merged: list[list[int]] = []
    for a, b in bounds:
        # undo splits after abbreviations ("No. 3", "vs. GPT-5") and before a lower-case or digit
        # start, unless a line break separates the pieces
        if merged and "\n" not in text[merged[-1][1]:a]:
            prev = text[merged[-1][0]:merged[-1][1]].rstrip()
            nxt = text[a:b].lstrip()
            if _ABBREV.search(prev) or (nxt[:1].islower() or nxt[:1].isdigit()):
                merged[-1][1] = b
                continue
        merged.append([a, b])
    for a, b in merged:
        out.extend(_split_lines(text, a, b))
    return out


# --------------------------------------------------------------------------- numbers

MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december"
)
_NUM = re.compile(
    r"(?<![\w.@$€£¥/#^])"  # not inside a word, a version (v3.1), pass@1, a price or a rank
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"(?![\w@]|\.\d)"
)
# what may follow a number and still be a score
_UNIT_AFTER = re.compile(
    r"\s*(?P<unit>%|percent\b|per\s*cent\b|pp\b|elo\b|rating\b|points?\b|pts\b|"
    r"(?:gold|silver|bronze)\b)",
    re.I,
)
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
}
_SHARE_OF = re.compile(
    r"\s*(?:%|percent)\s+of\s+(?:all\s+|the\s+)?(?:competitors|participants|contestants|humans|people|users|"
    r"respondents|developers|programmers|players|entrants|teams|companies|voters|revenue|market)\b",
    re.I,
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:to|first|model to|)\s*(?:pass|passes|cross|crosses|break|breaks|clear|clears|surpass)\s*(?:the\s+)?$",
    re.I,
)
_BOUND_BEFORE = re.compile(
    r"\b(?:above|below|under|beyond|over|exceeding|at least|at most|more than|less than|fewer than|upwards of)\s*$",
    re.I,
)
_LINKS = {"on", "in", "at", "for", "across", "with", "and", "or", "to", "vs", "versus", "from", "by", "of",
          "percent", "points", "elo", "rating", "pts", "while", "than", "which", "when", "after", "as"}
_DELTA_BEFORE = re.compile(
    r"(?:\bby|\bup|\bdown|\+|\bgain(?:ed|s)? of|\bjump(?:ed|s)? of|\bimprovement of|\bincrease of|"
    r"\bboost of|\blead of|\bmargin of|\bgap of|\bdrop of|\bdecline of|\bdrops? by up to|\bby up to|"
    r"\b(?:rose|rise[sn]?|fell|falls?|climbed|climbs?|jumped|jumps?|dropped|drops?|slipped|slips?|"
    r"gained|gains?|grew|grows?|soared|soars?|plunged|plunges?|tumbled|surged|surges?)(?:\s+by)?)"
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


@dataclass
class Number:
    start: int  # char offsets of the digits in the text handed to find_numbers
    end: int  # end of the number including its unit (e.g. the "%")
    value: float
    unit: str | None  # "%", "elo", "rating", "points", a medal colour, or None
    kind: str  # "score", or why not: "year", "date", "price", "size", "count", "rank", "range", "share",
    #            "threshold", "delta", "version", "denominator"
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
    return raw  # elo, rating


def find_numbers(text: str, *, skip: list[tuple[int, int]] = ()) -> list[Number]:
    """Every number in `text` that is not inside one of the `skip` spans (entity names such as
    "AIME 2025" or "GPT-5"), classified. `Number.kind == "score"` for the ones that may be scores."""
    out: list[Number] = []
    for m in _NUM.finditer(text):
        a, b = m.start("num"), m.end("num")
        if any(s <= a < e or s < b <= e for s, e in skip):
            continue
        raw = m.group("num")
        value = parse_number(raw)
        before = text[max(0, a - 30):a]
        after = text[b:b + 40]
        unit = None
        end = b
        um = _UNIT_AFTER.match(after)
        if um:
            unit = _unit_name(um.group("unit"))
            end = b + um.end()
        kind = "score"
        nw = _NEXT_WORD.match(after)
        next_word = nw.group(1).lower() if nw else ""
        nw2 = re.match(r"[\s\-‐‑]*([\w.-]+)\s+([A-Za-z]+)", after)
        if nw2 and next_word not in _LINKS and nw2.group(2).lower() in _COUNT_WORDS - {"k", "m", "b", "x", "per"}:
            next_word = nw2.group(2).lower()  # "2,048 H800 GPUs"
        if _CURRENCY_BEFORE.search(before):
            kind = "price"
        elif _MULTIPLIER.match(after):
            kind = "size"
        elif unit is None and next_word in _COUNT_WORDS and not after[:1] in (".", ","):
            kind = "count"
        elif _DATE_NEAR_BEFORE.search(before) or _DATE_NEAR_AFTER.search(after):
            kind = "date"
        elif re.match(r"[-/]\d{1,2}[-/]\d{2,4}\b", after):
            kind = "date"  # 07/17/2025
        elif re.match(r"\s*[-/]\s*\d", after) and re.match(r"\d{4}$", raw):
            kind = "date"  # 2025-07-17, 2025/07
        elif re.search(r"\d\s*[-/]\s*$", before) and not re.search(r"\d\s*/\s*$", before):
            kind = "date"
        elif re.match(r"\s*[–—]\s*\d", after) or re.search(r"\d\s*[–—]\s*$", before):
            kind = "range"  # "(2408–2505)", "10–20"
        elif re.search(r"\b(?:by|about|around|roughly|approximately|between|some)\s+\d[\d.,]*\s*(?:%|percent)?\s*(?:to|and|-)\s*$", before, re.I) \
                or (re.match(r"\s*(?:%|percent)?\s*(?:to|-)\s*\d", after)
                    and re.search(r"\b(?:by|about|around|roughly|approximately|between|some)\s*$", before, re.I)):
            kind = "range"  # "by about 45 to 50 percent"
        elif _SHARE_OF.match(after):
            kind = "share"  # "outperformed 93% of competitors"
        elif _THRESHOLD_BEFORE.search(before) and re.search(r"\b(?:first|to)\b", before[-25:], re.I):
            kind = "threshold"  # "the first model to pass 80%"
        elif _BOUND_BEFORE.search(before):
            kind = "threshold"  # "models score above 90%": a bound, not a result
        elif _DELTA_BEFORE.search(before) or _DELTA_AFTER.match(after):
            kind = "delta"
        elif _RANK_BEFORE.search(before) and unit is None and "." not in raw and value < 1000:
            kind = "rank"
        elif unit is None and re.fullmatch(r"\d{1,2}", raw) and re.search(r"\b[A-Z][a-zA-Z]+\s$", before) \
                and not re.search(r"\b(?:On|In|At|With|To|And|Of|By|From|Is|Was|The|Its|It|Just|Only)\s$", before):
            kind = "version"  # "Lean 4", an unrecognised "Llama 3"
        elif unit is None and re.fullmatch(r"(?:19[5-9]\d|20[0-3]\d)", raw):
            kind = "year"
        elif unit is None and _YEAR_BEFORE.search(before) and re.fullmatch(r"(?:1[89]\d\d|20\d\d)", raw):
            kind = "year"
        elif re.search(r"\d\s*(?:/|out of|of)\s*$", before):
            kind = "denominator"  # the 42 in "35 out of 42"
        elif re.match(r"\s*(?:[-–]|to)\s*\d", after) and unit is None and re.search(r"\b(?:between|from)\s*$", before):
            kind = "count"  # ranges: "between 10 and 20", "from 3 to 5"
        den = None
        if kind == "score":
            om = _OUT_OF.match(after)
            if om and (not unit):
                den = parse_number(om.group("den"))
                tail = after[om.end():]
                pm = re.match(r"\s*(points?|pts)\b", tail, re.I)
                unit = "points" if pm else None
                end = b + om.end() + (pm.end() if pm else 0)
        after_from = bool(re.search(r"\bfrom\s*$", before, re.I))
        out.append(Number(a, end, value, unit, kind, den, after_from))
    return out
