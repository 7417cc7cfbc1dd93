"""Delimited exports — CSV, TSV and semicolon files pasted into a page — read by their structure (round 18).

A leaderboard downloaded as a file and pasted into a post ("rank,model,organisation,overall,…,date_submitted,params_b"),
a spreadsheet's tab-separated cells, a European export with ";" between fields and decimal commas ("64,1;52,8"): the
structure says what each cell is, the words around it do not. An export is

* three or more consecutive lines with the same number (two or more) of one delimiter — comma, semicolon or tab —
  counted outside double quotes (``"Acme, Inc."`` is one field, ``""`` an escaped quote);
* its first line a **header**: every field a word (no field a figure), the fields short;
* a later line carrying a **figure** in a field.

A run without such a header (a header-less dump) is no export here, and nothing is read from it as a table of claims.

:func:`export_tables` gives each export as (start, end, rows): the header first, then one row per line, each row
(line start, line end, cells) with every field's (start, end) — its content, quotes and spaces trimmed; an empty field
is an empty span where it stands, so the columns never shift. The rows go to the one table reader
(``nlp.claims._table_claims``), whose column kinds (rank, model, developer, a board's score, date, params, cost) read
them as they read any table. :func:`export_names` gives the names the header makes plain: the cells of a column
whose header names the kind of thing it holds (a short vocabulary of header words — model, system, developer,
organisation, lab, benchmark, task …, never names) take that label, when the cell is name-like: never a number, a date,
a licence, a URL or a placeholder ("n/a", "—", "yes").

The same header vocabulary types the values of **keyed records** pasted from an API or a config — a JSON object's or a
YAML mapping's "model: X" / "developer: Y" / "benchmark: Z" lines, three or more in a run with a figure among them
(:func:`keyed_names`); the claims of such records are read by ``nlp.record_lines`` (JSON Lines, logfmt, pretty-printed
JSON and, since round 18, YAML lists of mappings).

Cheap: a text without a newline and a delimiter is rejected at once; otherwise one count per line and delimiter (in C),
and quote-aware splitting only on lines that hold a quote. Prose pays nothing: its lines rarely repeat one delimiter
count three times over, and never under a header of words over lines of figures.
"""
from __future__ import annotations

import re

from .claim_tables import _line_spans

DELIMITERS = ("\t", ";", ",")  # the strongest first: a tab file's cells may hold commas
_MAX_HEADER_CELL = 40
_MAX_CELL = 80
# a figure alone in a field: "64.1", "64,1" (a decimal comma), "-3", "71.3%", "1,342" (a quoted thousands), "$12.00"
_FIGURE = re.compile(r"[~≈<>+\-−]?[$€£]?\d[\d.,]*\s*%?[*†‡]?")
_LETTER = re.compile(r"[^\W\d_]")
# a field that is no name whatever its column: a date, a URL, a licence, a placeholder, a yes/no
_DATE = re.compile(r"(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.]\d\d?)?(?:[T ][\d:.Z+-]+)?|\d\d?[-/.]\d\d?[-/.](?:19|20)?\d\d|"
                   r"(?:\d\d?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d\d?,?\s+)?(?:19|20)\d\d", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|org|net|io|ai|dev|example)(?:/\S*)?", re.I)
_LICENCE = re.compile(r"(?:mit|apache(?:[ -]?2(?:\.0)?)?|bsd(?:-\d-clause)?|gpl(?:-?v?\d)?|lgpl\S*|agpl\S*|mpl\S*|cc[ -]by\S*(?:[ -]\S+)?|"
                      r"cc0|openrail\S*|llama\s*\d?\S*\s*(?:community\s+)?licen[cs]e|proprietary|open|closed|open[ -]weights?|"
                      r"custom|commercial|research[ -]only|non[ -]commercial)", re.I)
_PLACEHOLDER = re.compile(r"n/?a|none|null|nan|unknown|tbd|tba|yes|no|true|false|y|n|[-—–?*.]+|—|various|other|others|"
                          r"same|see notes?|private|public|internal", re.I)
# the header words that name what a column holds (lower case; brackets, "_name"/"_id" and spaces dropped)
_MODEL_HEADS = frozenset("model models model_name model_id modelname system llm checkpoint".split())
_ORG_HEADS = frozenset("developer developers organisation organization org orgs lab labs company companies vendor vendors provider "
                       "providers maker creator creators publisher builder".split())
_BENCH_HEADS = frozenset("benchmark benchmarks benchmark_name bench task task_name eval eval_name evaluation dataset suite "
                         "board leaderboard".split())
HEAD_LABEL = {**dict.fromkeys(_MODEL_HEADS, "MODEL"), **dict.fromkeys(_ORG_HEADS, "ORG"), **dict.fromkeys(_BENCH_HEADS, "BENCHMARK")}
_HEAD_NOTE = re.compile(r"\s*[(\[][^()\[\]\n]*[)\]]\s*$")


def _fields(text: str, a: int, b: int, d: str) -> list[tuple[int, int]] | None:
    """(start, end) of every field of the line text[a:b] split by ``d`` outside double quotes, each trimmed of spaces
    and of its quotes; None when a quote is left open (no export line)."""
    spans = []
    if '"' not in text[a:b]:
        pos = a
        i = text.find(d, a, b)
        while i >= 0:
            spans.append((pos, i))
            pos = i + 1
            i = text.find(d, pos, b)
        spans.append((pos, b))
    else:
        pos, i, quoted = a, a, False
        while i < b:
            ch = text[i]
            if ch == '"':
                if quoted and i + 1 < b and text[i + 1] == '"':
                    i += 2  # an escaped quote inside a quoted field
                    continue
                quoted = not quoted
            elif ch == d and not quoted:
                spans.append((pos, i))
                pos = i + 1
            i += 1
        if quoted:
            return None
        spans.append((pos, b))
    out = []
    for s, e in spans:
        while s < e and text[s] in " \t\r":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        if e - s >= 2 and text[s] == '"' and text[e - 1] == '"':
            s, e = s + 1, e - 1
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
        out.append((s, e))
    return out


def _count(text: str, a: int, b: int, d: str) -> int:
    """The fields of the line text[a:b] by ``d`` (0 when it has no ``d`` or an open quote)."""
    if text.find(d, a, b) < 0:
        return 0
    if '"' not in text[a:b]:
        return text.count(d, a, b) + 1
    f = _fields(text, a, b, d)
    return len(f) if f else 0


def is_figure(text: str, s: int, e: int) -> bool:
    return e > s and _FIGURE.fullmatch(text, s, e) is not None


def _header(text: str, cells: list[tuple[int, int]]) -> bool:
    """A header line: two or more fields of words, none a figure, none long."""
    words = 0
    for s, e in cells:
        if e == s:
            continue
        if e - s > _MAX_HEADER_CELL or is_figure(text, s, e) or not _LETTER.search(text, s, e):
            return False
        words += 1
    return words >= 2


def export_tables(text: str, figures: bool = True) -> list[tuple[int, int, list]]:
    """(start, end, rows) of every delimited export of ``text``: the header row first, each row (line start, line end,
    cells), every field's span kept (empty fields too). ``figures=False``: also the exports whose rows hold no figure
    (a list of models and their developers names them as well as a leaderboard does)."""
    if "\n" not in text or not ("," in text or ";" in text or "\t" in text):
        return []
    key = (text, figures)
    if _LAST[0] != key:  # the entity finder and the claims reader ask about the same text several times
        _LAST[:] = [key, _export_tables(text, figures)]
    return [(a, b, list(rows)) for a, b, rows in _LAST[1]]  # (a reader may drop rows of its copy)


_LAST: list = [None, None]


def _export_tables(text: str, figures: bool) -> list[tuple[int, int, list]]:
    lines = _line_spans(text, 0, len(text))
    counts = {d: [_count(text, a, b, d) if d in text else 0 for a, b in lines] for d in DELIMITERS}
    out = []
    i = 0
    while i < len(lines):
        taken = None
        for d in DELIMITERS:
            c = counts[d]
            n = c[i]
            if n < 3:  # two delimiters at least: three fields
                continue
            k = i + 1
            while k < len(lines) and c[k] == n:
                k += 1
            if k - i < 3:
                continue
            rows = [(a, b, _fields(text, a, b, d)) for a, b in lines[i:k]]
            if not _header(text, rows[0][2]):
                continue
            if any(e - s > _MAX_CELL for _, _, cs in rows for s, e in cs):
                continue  # a field as long as a sentence: prose, not an export
            if figures and not any(is_figure(text, s, e) for _, _, cs in rows[1:] for s, e in cs):
                continue
            taken = (lines[i][0], lines[k - 1][1], rows)
            i = k
            break
        if taken:
            out.append(taken)
        else:
            i += 1
    return out


def head_label(text: str, s: int, e: int) -> str | None:
    """The label a header field names for its column's cells ("model" → MODEL, "organisation" → ORG, "task" →
    BENCHMARK), or None."""
    h = _HEAD_NOTE.sub("", text[s:e]).strip().strip("*_`").lower().replace(" ", "_").replace("-", "_")
    return HEAD_LABEL.get(h)


def name_cell(text: str, s: int, e: int) -> bool:
    """A cell that may be a name: letters in it, short, and no figure, date, URL, licence or placeholder."""
    if e - s < 2 or e - s > 60 or not _LETTER.search(text, s, e):
        return False
    if is_figure(text, s, e) or _PLACEHOLDER.fullmatch(text, s, e) or _LICENCE.fullmatch(text, s, e):
        return False
    if _DATE.search(text, s, e) or _URL.search(text, s, e):
        return False
    return len(text[s:e].split()) <= 6


_MARKUP = ("**", "__", "`")
_MARKS = re.compile(r"\s*(?:\([^()\n]{1,24}\)|[*†‡]+)\s*$")


def name_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The name in the cell text[s:e] — bold or code marks around it and an aside or footnote mark after it left out
    ("**Vireo 3**", "Vireo 3 (base)", "Vireo 3*") — or None when it is no name (:func:`name_cell`)."""
    for mark in _MARKUP:
        if e - s > 2 * len(mark) and text.startswith(mark, s, e) and text.endswith(mark, s, e):
            s, e = s + len(mark), e - len(mark)
    m = _MARKS.search(text, s, e)
    if m and m.start() > s:
        e = m.start()
    return (s, e) if name_cell(text, s, e) else None


def export_names(text: str, tables=None, wanted=("MODEL", "ORG", "BENCHMARK")):
    """(start, end, label) of the name-like cells under a header that names their kind; ``wanted``: the labels to give
    (the caller's "ORG" columns only, say); ``tables``: :func:`export_tables`'s, when the caller has them."""
    for _, _, rows in export_tables(text, figures=False) if tables is None else tables:
        header = rows[0][2]
        cols = [(j, lab) for j, (s, e) in enumerate(header) for lab in [head_label(text, s, e)] if lab in wanted]
        for _, _, cells in rows[1:]:
            for j, lab in cols:
                span = name_span(text, *cells[j]) if j < len(cells) else None
                if span:
                    yield span[0], span[1], lab


# ---- keyed records: a JSON object's or a YAML mapping's "model: X" / "developer: Y" / "benchmark: Z" lines
# a key and its value alone on a line: 'model: X', '- model: X', '"model": "X",', "developer = 'Y'"
_KEYED_LINE = re.compile(r"""^[ \t]*(?:-[ \t]+)?(?P<q>["']?)(?P<k>[A-Za-z_][\w ]{0,20}?)(?P=q)[ \t]*[:=][ \t]*(?P<vq>["']?)(?P<v>[^"'\n#{}\[\],]{1,60}?)(?P=vq)[ \t]*,?[ \t]*(?:#[^\n]*)?$""",
                         re.M)


_KIND_KEY = re.compile(r"^[ \t]*(?:-[ \t]+)?[\"']?(?:%s)[\"']?[ \t]*[:=]" % "|".join(k.replace("_", "[ _]") for k in sorted(HEAD_LABEL, key=len, reverse=True)),
                       re.M | re.I)


def keyed_names(text: str, wanted=("MODEL", "ORG", "BENCHMARK")):
    """(start, end, label) of the values of a record's kind keys ("model", "developer", "benchmark" … as in a header):
    a record is a run of three or more consecutive "key: value" lines (a JSON object's, a YAML mapping's, an API
    response's), a figure among its values; the value must be name-like (:func:`name_cell`)."""
    if (":" not in text and "=" not in text) or not _KIND_KEY.search(text):
        return  # no kind key before a ":" or "=" anywhere: one scan in C
    run: list = []
    prev_end = -2

    def flush():
        if len(run) >= 3 and any(is_figure(text, *m.span("v")) for m in run):
            for m in run:
                lab = HEAD_LABEL.get(m.group("k").strip().lower().replace(" ", "_"))
                span = name_span(text, *m.span("v")) if lab in wanted else None
                if span and any(ch.isupper() or ch.isdigit() for ch in text[span[0]:span[1]]):
                    yield span[0], span[1], lab  # ("model: default": a plain word)

    for m in _KEYED_LINE.finditer(text):
        # consecutive lines (a line of "{", "}," or "- " between records does not break the run of one record's keys)
        gap = text[prev_end:m.start()] if prev_end >= 0 else "x"
        if prev_end < 0 or gap.strip(" \t\n{}[],-") or gap.count("\n") > 3:
            yield from flush()
            run = []
        run.append(m)
        prev_end = m.end()
    yield from flush()


# a "key=value" pair inside a line of several: a log line's "suite=civet model=x-2 n=1400", a metrics line protocol's
# "eval,model=x-2,lab=acme,suite=y value=71.5", an exposition format's quoted labels 'acc{model="x-2",suite="y"} 71.5'
# (the value: one token, letters first)
# keys too loose inline ("task=translate", "system=linux", "dataset=train") and values that are settings, not names
_INLINE_LOOSE_KEYS = frozenset("task task_name dataset evaluation system checkpoint".split())
_SETTING = re.compile(r"local|localhost|default|self|auto|custom|mock|dummy|test|any|all|off|on|stub|fake|echo", re.I)
_INLINE_PAIR = re.compile(r"(?<![\w.\-/])(?P<k>[A-Za-z][A-Za-z_]{1,19})=(?P<q>\")?(?P<v>[A-Za-z][\w.\-]{0,59}?)"
                          r"(?(q)\"(?=[\s,;&}]|$)|(?=[\s,;&]|$))", re.M)


def inline_keyed_names(text: str, wanted=("MODEL", "ORG", "BENCHMARK")):
    """(start, end, label) of the values of kind keys ("model", "lab", "provider", "suite" … as in a header) in lines of
    two or more ``key=value`` pairs (log lines, logfmt, metrics line protocols); the value must be name-like
    (:func:`name_cell`). One pair alone ("see model=default in the docs") is no record."""
    if "=" not in text:
        return
    line_start, pairs = -1, []

    def flush():
        if len(pairs) >= 2:
            for m in pairs:
                key = m.group("k").lower()
                lab = None if key in _INLINE_LOOSE_KEYS else HEAD_LABEL.get(key)
                if lab in wanted and name_cell(text, *m.span("v")) and not (_LICENCE.fullmatch(m.group("v"))
                                                                          or _SETTING.fullmatch(m.group("v"))):
                    yield m.start("v"), m.end("v"), lab

    for m in _INLINE_PAIR.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start != line_start:
            yield from flush()
            line_start, pairs = start, []
        pairs.append(m)
    yield from flush()
