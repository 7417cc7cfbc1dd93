"""What a table column holds, read from its header and its values, whatever the table's markup (round 14, branch
nlp-columns14).

Every table layout the claims stage reads (pipes, drawn boxes, CSV/TSV, aligned columns, LaTeX, HTML, MediaWiki,
one-cell-a-line tables …) ends up as rows of cell spans in ``claims._table_claims``; this module looks at those
normalised rows once, so the check is the same in every markup. Round 13's fresh set put most of its false claims at the
0.90 bar in cells read under the wrong column — a rank under ``ci_95``, a ``p50 latency`` column, a ``Percentile`` column
read as a board of its own — and the confidence model cannot see a wrong column: the row looks clean.

``column_kinds(text, header, body)`` gives {column: kind} for the columns that hold no score of a benchmark:

- ``"quantity"`` — the header is a quantity of the model or of the run, not a result: latency, p50/p95 (with or without a
  space), ms, tokens/s, throughput, price, cost, $, params, size, context, count, n, submissions, votes, date,
  version, seed, a spread (ci, ci_95, ±, stderr, std). Looked for as the header's first or last word once bracketed
  parts are dropped ("Accuracy (n=500)": the ``n`` is inside brackets, and "Accuracy" heads the column), and never in a
  header that names a board ("Context Arena", "LongContextBench") or says score/accuracy/rate/%.
- ``"ranks"`` — the values are the integers 1..n in order (n ≥ 3; "1", "#2", "3.", "4th"): a rank column whatever its
  header; the table reader gives rank claims only where the header says rank/place/# (``claims._RANK_HEADER``), and
  never reads it as a score column.
- ``"percentile"`` — the header is "Percentile" ("Pctl.", "%ile", "percentile rank"): its values are percentiles on the
  row's board (the nearest column to its left that names a benchmark, else the board named around the table), not a
  board named "Percentile".

``split_columns`` finds a board's split columns where no column says score: "# | Model | Public | Private" under
"Private LB (accuracy %)", "Val | Test", "Dev | Held-out": each is the board's score on that split (read when no
other column heads the scores).

``quantity_label`` tells the same of a row label in a models-across table ("Cost ($)", "Latency (s)" under the
benchmark rows). Cheap: a few regex matches per header cell and one pass over one column's cells.
"""
from __future__ import annotations

import re

# a bracketed part of a header: its unit or its sample ("(ms)", "(n=500)", "[s]", "(95% CI)")
_BRACKETS = re.compile(r"\([^()\n]*\)|\[[^\[\]\n]*\]|\{[^{}\n]*\}")
_MARKUP = re.compile(r"</?[a-z][^<>\n]{0,80}>|\\[a-z]+\{|[*_`{}]+|&nbsp;|\$", re.I)
# the quantity words: each alone is a whole header word (underscores and "/" split words: "ci_95", "$/1M in", "tok/s")
_QUANTITY_WORD = re.compile(
    r"^(?:latency|latencies|p\d{2}(?:latency)?|ms|msec|seconds?|secs?|s|time|ttft|tps|tok/s|tokens?(?:/s(?:ec)?)?|throughput|speed|"
    r"price|prices|pricing|cost|costs|usd|eur|€|\$[\w/.]*|params?|parameters|size|context|ctx|count|n|num|#?submissions?|"
    r"votes?|battles?|date|released?|version|ver\.?|seed|seeds|ci|ci\d{2}|±|\+/-|stderr|std|sd|se|sem|"
    r"std\.?dev|variance|memory|vram|gpus?|runs|trials|samples)$", re.I)
# a header that says it holds a result, or names a board: never a quantity column
_RESULT_WORD = re.compile(r"score|accura|\brate\b|%|percent|pass@|\belo\b|rating|points|\bwin(?:s|[ _]rate)?\b|resolved|solved|\bf1\b|"
                          r"\bem\b|exact|arena|bench|eval|board|index|leaderboard|\bqa\b|exam|test|suite|quality", re.I)
_PERCENT_UNIT = re.compile(r"\([ \t]*(?:%|percent|pct|pp)[ \t]*\)", re.I)  # "Share (%)": a result's unit
_MONEY = re.compile(r"[$€£¥]|\bUSD\b|\bEUR\b")
_SPLIT = re.compile(r"[\s_:;,]+|(?<=[a-z])-(?=[a-z])", re.I)
_NUMBER_WORD = re.compile(r"^\d+(?:\.\d+)?[kmb]?$", re.I)
_PERCENTILE_HEAD = re.compile(r"[ \t*_]*(?:percentile(?:[ \t]+rank)?|pctl\.?|%ile|pct\.?[ \t]+rank)(?:[ \t]*\([^()\n]{0,20}\))?"
                              r"[ \t*_:]*$", re.I)
# a rank cell: "1", "#2", "3.", "4th", "**1**", "1 🥇"
_RANK_VALUE = re.compile(r"[ \t*_]*#?[ \t]*(\d{1,3})(?:st|nd|rd|th)?\.?[ \t*_]*(?:[🥇🥈🥉][ \t]*)?$")
_MIN_RANKS = 3


def _words(s: str) -> list[str]:
    s = _BRACKETS.sub(" ", _MARKUP.sub(" ", s))
    out = []
    for w in _SPLIT.split(s):
        w = w.strip(".")
        if w and not _NUMBER_WORD.match(w):
            out.append(w)
    return out


def quantity_label(s: str) -> bool:
    """whether the header or row label ``s`` names a quantity (latency, price, size, a spread …), not a result"""
    if not s or not s.strip() or _RESULT_WORD.search(_BRACKETS.sub(" ", s)) or _PERCENT_UNIT.search(s):
        return False
    if _MONEY.search(s):  # "$/1M in", "Price (USD)", "€ per task"
        return True
    words = _words(s)
    if not words:  # "($)", "[ms]", "(±)": the header is its unit alone
        inner = s.strip(" \t()[]*_")
        return bool(inner) and _QUANTITY_WORD.match(inner) is not None
    if len(words) >= 2 and words[0].lower() in ("#", "no", "number", "avg", "average", "mean", "median", "total"):
        words = words[1:]  # "# submissions", "Avg. latency", "Total cost"
    if len(words) == 1:
        return _QUANTITY_WORD.match(words[0]) is not None
    # a short word ("s", "n", "SE", "ms") ends many names ("Vega S", "Quill SE"): only a header of one word is it
    return any(_QUANTITY_WORD.match(w) is not None and len(w) > 2 for w in (words[0], words[-1]))


def percentile_header(s: str) -> bool:
    """whether the header ``s`` is "Percentile" (or its short forms) alone"""
    return bool(s) and _PERCENTILE_HEAD.match(s) is not None


def rank_values(text: str, body, j: int) -> bool:
    """whether column ``j`` of the rows ``body`` ((start, end, cells)) holds the integers 1..n in order, n ≥ 3
    (rows too short for the column are skipped; a blank cell breaks the run)"""
    k = 0
    for _, _, cells in body:
        if j >= len(cells):
            continue
        s, e = cells[j]
        m = _RANK_VALUE.match(text, s, e)
        if not m or m.end() != e:
            return False
        k += 1
        if int(m.group(1)) != k:
            return False
    return k >= _MIN_RANKS


def column_kinds(text: str, header, body) -> dict[int, str]:
    """{column: "quantity" | "ranks" | "percentile"} of the table whose header cells are ``header`` and whose rows
    under it are ``body`` (start, end, cells); columns that may hold scores are left out"""
    out: dict[int, str] = {}
    for j, (s, e) in enumerate(header):
        h = text[s:e]
        if percentile_header(h):
            out[j] = "percentile"
        elif quantity_label(h):
            out[j] = "quantity"
        elif j and len(body) >= _MIN_RANKS and rank_values(text, body, j):
            out[j] = "ranks"
    if header and len(body) >= _MIN_RANKS and 0 not in out and rank_values(text, body, 0):
        out[0] = "ranks"
    return out


def percentile_board(kinds: dict[int, str], j: int, benches: dict) -> object | None:
    """the board of the percentile column ``j``: the benchmark of the nearest column to its left that has one in
    ``benches`` ({column: entity or None}), else None (the board named around the table)"""
    for i in range(j - 1, -1, -1):
        if kinds.get(i) in (None,) and benches.get(i):
            return benches[i]
    return None


# a split of a board's test set heading its own score column: "Public", "Private LB", "Val", "Test (%)", "Held-out"
_SPLIT_HEAD = re.compile(r"[ \t*_]*(?:public|private|val(?:id(?:ation)?)?|dev|test|held[- ]?out|hidden)(?:[ \t]+(?:lb|leaderboard|"
                         r"board|set|split|score))?(?:[ \t]*\([^()\n]{0,20}\))?[ \t*_:]*$", re.I)


def split_columns(text: str, header, kinds: dict[int, str]) -> list[int]:
    """the columns headed by a split of the board's test set ("Public", "Private", "Val", "Test"), two at least,
    none of another kind; else []"""
    out = [j for j, (s, e) in enumerate(header) if j not in kinds and e > s and _SPLIT_HEAD.match(text, s, e)]
    return out if len(out) >= 2 else []
