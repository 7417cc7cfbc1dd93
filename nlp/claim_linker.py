"""A learned linker: (model, benchmark, number) triples the claim rules did not propose, kept when a
small logistic model trusts them.

Why: the rules of `nlp.claims` pair numbers with names from cues written for the sets they were
tuned on; on text in unfamiliar formats (``¦`` tables, "X was, like, 31.1", "reaches on B 78.2
percent") most misses are pairings no rule proposes. The linker proposes every triple within a
bounded local window and scores it from the *shape* of the context, never from a name:

* candidates (`candidates`): for each number of a segment (`nlp.numbers.segments`), the models and
  benchmarks of the same segment (the nearest few), of the previous two segments, of the header cell
  of its column when the segment is a table row (``|``, ``¦``, ``;`` or tab separated), and of the
  last heading or "...:" line above it; at most `_CAP` of each, so the work is linear in the text;
  triples a rule claim already makes (same model, benchmark and number) are left out;
* features (`FEATURES`): where each name is (same segment before/after, earlier segment, column
  header, heading), word gaps and what lies between (other numbers, names, comparison words, clause
  breaks, arrows), the number's shape (unit, decimals, size, sign, parentheses, the kind
  `nlp.numbers.find_numbers` gives it), whether a rule claim already uses the number, list order
  (the i-th model with the i-th number), counts in the segment and the line's shape;
* a logistic model over them (weights and threshold in ``nlp/data/claim_linker.json``, built by
  ``scripts/train_claim_linker.py`` from the annotated claims sets, threshold chosen on
  leave-one-set-out figures only).

Each number gives at most one claim (its best triple at or above the threshold); a segment that opens
with a condition gives none, as for the rules ("If X keeps its 74.9% …"). A linker claim
carries the rule claims' fields; its ``confidence`` is the linker's probability (the threshold is at
or above the scoreboard's bar, so every linker claim is one the scoreboard may show) and it is marked
``"linker": True``. Opt-in: ``[nlp] claim_linker = true`` (see bench/RESULTS.md for why).
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .claim_confidence import load_weights
from .claim_source import sentence_cues, source_kind
from .entities import ent_rows
from .numbers import Number, doc_text, find_numbers, segments

DATA = Path(__file__).parent / "data" / "claim_linker.json"

_CAP = 4  # models (and benchmarks) a number may pair with: the nearest of the segment first
_PREV = 2  # earlier segments a name may come from
_SKIP_KINDS = ("year", "date", "denominator", "marker")  # never a score, not even a candidate

FEATURES = (
    "bias",
    "m_same", "m_prev", "m_header", "m_heading",  # where the model is (first hit in that order)
    "b_same", "b_prev", "b_header", "b_heading",
    "m_before", "m_after", "b_before", "b_after",  # same segment: before or after the number
    "m_gap", "b_gap",              # words between the name and the number, / 4, capped at 3
    "m_nearest", "b_nearest",      # the nearest name of its label to the number in the segment
    "m_glued", "b_glued",          # only punctuation / a scoring verb between ("X: 81", "81 on B")
    "num_between_m", "num_between_b",  # another number between the name and the number
    "model_between", "bench_between",  # another model (benchmark) between
    "compare_between",             # a comparison word between model and number
    "compare_before",              # "against 58%", "vs 71", "from 39.5" right before the number
    "clause_between",              # ";", " while ", " but ", an arrow between model and number
    "arrow_near",                  # "→" / "->" beside the number
    "in_parens",                   # "(80.7)", "(+4.2)"
    "unit_pct", "unit_elo", "unit_pts", "unit_none",
    "decimal", "big", "small_int",
    "signed",                      # "+4.2", "±3", "-1.5"
    "not_score",                   # find_numbers says it is not a score
    "kind_count", "kind_price", "kind_size", "kind_delta", "kind_rank", "kind_other",
    "plural_after",                # a lower-case plural word right after ("89 tasks")
    "used_by_rule",                # a rule claim already uses this number
    "pair_has_rule",               # the (model, benchmark) pair already has a rule claim
    "model_has_rule",              # the model has a rule claim in this segment
    "zip_model", "zip_bench",      # i-th model (benchmark) of the segment with its i-th number
    "seg_models", "seg_benches", "seg_numbers",
    "line_table", "line_bullet", "question",
    "after_colon",                 # ":" (or "=") right before the number ("GSM8K: 84.2")
    "pronoun",                     # "it", "the model", "its" before the number in the segment
    "m_unknown", "b_unknown",      # the name is not in the knowledge base
    "m_off_header", "b_off_header",  # the number's column header names another model (benchmark)
    "modal",                       # "would", "will", "could" between the model and the number
    "conditional",                 # the segment opens with "If", "Unless", "Assuming"
    "after_from",                  # "up from 70.0%" (find_numbers' after_from)
    "on_other",                    # "59.8 on its 12-benchmark average": on something unnamed
    "huge",                        # over 10,000
    "cell",                        # a table cell read by its row and column header (no word distances then)
    "cmp_after",                   # "26.6 points above", "30% shorter than": a difference, not a score
    "cmp_elsewhere",               # "against 80.7%" and the model not named before it in the segment
    "row_and_column",              # a cell read the table's way: one name in its row, the other its column header
)

_SCORE_VERB = r"(?:scor\w*|reach\w*|hit|hits|gets?|got|achiev\w*|record\w*|post\w*|land\w*|sits?|stays?|" \
              r"is|was|at|with|of|on|in|to|rated|earn\w*|solv\w*|answer\w*|manag\w*|tops?|climb\w*|" \
              r"comes? in at|came in at)"
_M_GLUE = re.compile(rf"^\W{{0,3}}(?:['’]s)?\W{{0,3}}(?:{_SCORE_VERB}\W{{1,3}}){{0,2}}\W{{0,3}}$", re.I)
_B_GLUE_BEFORE = re.compile(r"^[\s:=.…|¦\-–—,]*$")
_B_GLUE_AFTER = re.compile(r"^\s*(?:%|percent|points?|pts|elo)?\s*(?:on|in|at|for|of)\s+(?:the\s+)?$", re.I)
_COMPARE = re.compile(
    r"\b(?:ahead of|beat\w*|outperform\w*|surpass\w*|than|vs\.?|versus|against|compared|behind|trail\w*|"
    r"below|above|near|close to|matching|match\w*|from|up from|down from|previous|prior|base|baseline)\b", re.I)
_COMPARE_BEFORE = re.compile(r"\b(?:against|vs\.?|versus|than|from|compared (?:with|to)|behind|near|over)\s*\W{0,2}$", re.I)
_CLAUSE = re.compile(r";|\bwhile\b|\bbut\b|\bwhereas\b|→|->|\. ", re.I)
_ARROW = re.compile(r"→|->|=>")
_CMP_AFTER = re.compile(r"\s*(?:%|percent|points?|pts|pp|percentage points?)?\s*(?:above|below|ahead|behind|higher|"
                        r"lower|more|less|fewer|better|worse|up|down|over|under|[a-z]+er\s+than)\b", re.I)
_PLURAL_AFTER = re.compile(r"\s*[a-z]{3,}s\b")
_PRONOUN = re.compile(r"\b(?:it|its|the model|this model|the system|they)\b", re.I)
_BULLET = re.compile(r"\s*(?:[-*•·–—]\s|\d+[.)]\s)")
_HEADING_LINE = re.compile(r"\s*(?:#{1,6}\s|\*\*[^*\n]+\*\*\s*:?\s*$)|[^\n]{1,80}:\s*$")
_ROW_SEPS = ("|", "¦", "\t", ";")
_WORD = re.compile(r"\w+")
_MODAL = re.compile(r"\b(?:would|will|could|might|may|should|expected to|projected|rumou?red|leaked)\b", re.I)
_CONDITIONAL = re.compile(r"\W*(?:if|unless|suppose|supposing|assuming|should|were)\b", re.I)
_ON_OTHER = re.compile(r"\s*(?:%|percent|points?)?\s+(?:on|in|of)\s+(?:an?|its|their|our|his|her)\s", re.I)


@dataclass
class Candidate:
    """One proposed triple: names, the number (offsets in the text) and its feature vector."""
    model: str
    benchmark: str
    num: Number
    seg: tuple[int, int]
    x: dict = field(default_factory=dict)  # {index in FEATURES: value}, non-zero features only


@lru_cache(maxsize=4096)
def _norm(s: str) -> str:
    """Names compared as `nlp.claims_eval` compares them: no case, spaces or hyphens."""
    return str(s).lower().replace(" ", "").replace("-", "")


def _key(model: str, bench: str, score: float) -> tuple:
    return (_norm(model), _norm(bench), round(float(score), 3))


def _row_sep(line: str) -> str | None:
    """The cell separator of a table-like line, or None."""
    count, sep = max((line.count(sep), sep) for sep in _ROW_SEPS)
    return sep if count >= 2 else None


def _cells(text: str, lo: int, hi: int, sep: str) -> list[tuple[int, int]]:
    out, a = [], lo
    while a <= hi:
        z = text.find(sep, a, hi)
        z = hi if z < 0 else z
        out.append((a, z))
        a = z + 1
    return out


class _Tables:
    """Runs of 2+ table-like lines with the same separator: the header cell over any cell of a run
    (its first line is the header). Each line is split into cells once, so a document of long rows
    stays linear."""

    def __init__(self, text: str):
        self.text = text
        self.rows: dict[int, tuple[int, str, int]] = {}  # line start -> (line end, separator, header's start)
        self._cells: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        pos, run, sep = 0, [], None
        lines = []
        while pos <= len(text):
            z = text.find("\n", pos)
            z = len(text) if z < 0 else z
            lines.append((pos, z))
            pos = z + 1
        for lo, hi in lines + [(len(text) + 1, len(text) + 1)]:
            s = _row_sep(text[lo:hi]) if hi > lo else None
            if s is not None and s == sep:
                run.append((lo, hi))
                continue
            if len(run) >= 2:
                for rlo, rhi in run:
                    self.rows[rlo] = (rhi, sep, run[0][0])
            run, sep = ([(lo, hi)], s) if s is not None else ([], None)

    def cells(self, lo: int) -> tuple[list[int], list[tuple[int, int]]]:
        """(cell starts, cells) of the table line starting at `lo`."""
        got = self._cells.get(lo)
        if got is None:
            hi, sep, _ = self.rows[lo]
            cells = _cells(self.text, lo, hi, sep)
            got = self._cells[lo] = ([c[0] for c in cells], cells)
        return got

    def column_header(self, line_lo: int, a: int) -> tuple[int, int] | None:
        """The header cell over the cell holding offset `a` of the table line starting at `line_lo`,
        or None (not a table line, the header itself, or a row with another number of cells)."""
        row = self.rows.get(line_lo)
        if row is None or row[2] == line_lo:
            return None
        starts, cells = self.cells(line_lo)
        hstarts, head = self.cells(row[2])
        col = bisect_right(starts, a) - 1
        if col < 0 or len(head) != len(cells):
            return None
        return head[col]


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def candidates(text: str, segs: list[tuple[int, int]], ents: list[tuple], rule_claims: list[dict],
               known: dict | None = None, *, keep_covered: bool = False) -> Iterator[Candidate]:
    """Triples within the bounded windows described in the module docstring. `ents`: (start, end,
    label, canonical) of MODEL and BENCHMARK spans in text order; `known`: canonical -> in the
    knowledge base. ``keep_covered`` also gives triples a rule claim makes (for training). A generator:
    `pick` keeps only each number's best, so a long document never holds all its candidates."""
    ents = [e for e in ents if e[2] in ("MODEL", "BENCHMARK")]
    starts = [e[0] for e in ents]
    known = known or {}
    covered = {_key(c["model"], c["benchmark"], c["score"]) for c in rule_claims}
    # what the rules did around a candidate, each with the rule claim's own key so that a triple a
    # rule makes is never its own evidence (training sees covered triples too)
    used_nums = sorted((c["start"], c["end"], round(float(c["score"]), 3), _key(c["model"], c["benchmark"], c["score"]))
                       for c in rule_claims)
    used_nums = (used_nums, [u[0] for u in used_nums], max((u[1] - u[0] for u in used_nums), default=0))
    pairs: dict[tuple, set] = {}
    for c in rule_claims:
        k = _key(c["model"], c["benchmark"], c["score"])
        pairs.setdefault(k[:2], set()).add(k)
    rule_models_at: dict[tuple, set] = {}
    for c in rule_claims:
        k = _key(c["model"], c["benchmark"], c["score"])
        rule_models_at.setdefault((c["start"], k[0]), set()).add(k)
    tables = _Tables(text) if any(s in text for s in _ROW_SEPS) else None
    history: list[list[tuple]] = []  # entities of the earlier segments (the last _PREV kept)
    heading: list[tuple] = []
    line_lo = scanned = 0  # start of the line the segment starts on, found without going back twice
    for a, b in segs:
        nl = text.rfind("\n", scanned, a)
        if nl >= 0:
            line_lo = nl + 1
        scanned = max(scanned, a)
        seg_ents = [e for e in ents[bisect_left(starts, a):bisect_right(starts, b)] if e[1] <= b]
        seg_text = text[a:b]
        is_heading = _HEADING_LINE.match(seg_text) is not None and len(seg_text) <= 80
        labels = {e[2] for e in seg_ents} | {e[2] for e in heading} | {e[2] for seg in history for e in seg}
        if len(labels) == 2 or (tables is not None and line_lo in tables.rows):
            nums = [n for n in find_numbers(seg_text, skip=[(s - a, e - a) for s, e, _, _ in seg_ents])
                    if n.kind not in _SKIP_KINDS]
        else:
            nums = []  # no model or no benchmark within reach: no triple (the common case in prose)
        if heading and text.find("\n\n", max(0, a - 4), a) >= 0 and not _BULLET.match(seg_text) \
                and _row_sep(seg_text) is None:
            heading = []  # a new paragraph of prose: the heading above no longer frames it
        if nums and not is_heading:
            yield from _segment_candidates(text, a, b, line_lo, seg_ents, nums, history, heading, tables,
                                           (ents, starts), covered, used_nums, pairs, rule_models_at, known,
                                           keep_covered)
        history = (history + [seg_ents])[-_PREV:]
        if is_heading or (seg_ents and seg_text.rstrip().endswith(":") and len(seg_text) <= 120):
            heading = seg_ents


def _segment_candidates(text, a, b, line_lo, seg_ents, nums, history, heading, tables, all_ents, covered,
                        used_nums, pairs, rule_models_at, known, keep_covered) -> list[Candidate]:
    """The candidates of the numbers `nums` of the segment text[a:b] (see `candidates`)."""
    seg_text = text[a:b]
    seg = _Seg(text, a, b, seg_text, [e for e in seg_ents if e[2] == "MODEL"],
               [e for e in seg_ents if e[2] == "BENCHMARK"], nums, [n for n in nums if n.kind == "score"],
               tables is not None and line_lo in tables.rows, known)
    seg.index()
    bullet = _BULLET.match(text, line_lo) is not None
    question = seg_text.rstrip(" \"'”’)*_").endswith("?")
    used, used_starts, longest = used_nums  # the rule claims whose sentence (or row) overlaps this segment
    users_of: dict[float, set] = {}  # score -> keys of the rule claims that use it here
    for u in used[bisect_left(used_starts, a - longest):bisect_right(used_starts, b)]:
        if a <= u[1]:
            users_of.setdefault(u[2], set()).add(u[3])
    prev_pool = [e for past in reversed(history) for e in reversed(past)]
    near_pools = [(src, [e for e in pool if e[2] == "MODEL"][:2], [e for e in pool if e[2] == "BENCHMARK"][:2])
                  for src, pool in (("heading", heading), ("prev", prev_pool))]
    out = []
    for n in nums:
        at, end = a + n.start, a + n.end
        m_opts = _options(seg.models, seg.model_starts, at, "same")
        b_opts = _options(seg.benches, seg.bench_starts, at, "same")
        head = tables.column_header(line_lo, at) if seg.in_table else None
        heads = set()
        if head is not None:
            ents, starts = all_ents
            hents = [e for e in ents[bisect_left(starts, head[0]):bisect_right(starts, head[1])] if e[1] <= head[1]]
            m_opts += [(e, "header") for e in hents if e[2] == "MODEL"]
            b_opts += [(e, "header") for e in hents if e[2] == "BENCHMARK"]
            heads = {e[2] for e in hents}
        for src, pool_models, pool_benches in near_pools:
            m_opts += [(e, src) for e in pool_models]
            b_opts += [(e, src) for e in pool_benches]
        m_opts = _dedupe(m_opts)[:_CAP]
        b_opts = _dedupe(b_opts)[:_CAP]
        if not m_opts or not b_opts:
            continue
        users = users_of.get(round(n.value, 3), set())
        num_x = _number_part(seg, n, at, end, bullet, question)
        parts: dict[tuple, dict] = {}  # the model's (benchmark's) part, per source and table-cell reading
        number = Number(at, end, n.value, n.unit, n.kind, n.denominator, n.after_from)
        for me, msrc in m_opts:
            for be, bsrc in b_opts:
                k = _key(me[3], be[3], n.value)
                if k in covered and not keep_covered:
                    continue
                cell = seg.in_table and "header" in (msrc, bsrc)
                mk, bk = ("M", me, msrc, cell), ("B", be, bsrc, cell)
                if mk not in parts:
                    parts[mk] = _name_part(seg, n, at, end, me, msrc, cell)
                if bk not in parts:
                    parts[bk] = _name_part(seg, n, at, end, be, bsrc, cell)
                x = {**num_x, **parts[mk], **parts[bk]}
                cmp_elsewhere = _INDEX["compare_before"] in num_x and not (msrc == "same" and me[1] <= at)
                row_col = {msrc, bsrc} == {"same", "header"}
                for name, on in (("cell", cell), ("row_and_column", row_col), ("used_by_rule", users - {k}),
                                 ("cmp_elsewhere", cmp_elsewhere),
                                 ("pair_has_rule", pairs.get(k[:2], set()) - {k}),
                                 ("model_has_rule", rule_models_at.get((a, k[0]), set()) - {k}),
                                 ("m_off_header", "MODEL" in heads and msrc != "header"),
                                 ("b_off_header", "BENCHMARK" in heads and bsrc != "header")):
                    if on:
                        x[_INDEX[name]] = 1.0
                out.append(Candidate(me[3], be[3], number, (a, b), x))
    return out


@dataclass
class _Seg:
    """What every candidate of one segment reads."""
    text: str
    a: int
    b: int
    seg_text: str
    models: list
    benches: list
    nums: list
    scores: list
    in_table: bool
    known: dict

    def index(self) -> None:
        """Look-ups that keep the work per number bounded however many names and numbers the segment has."""
        self.model_starts = [e[0] for e in self.models]
        self.bench_starts = [e[0] for e in self.benches]
        self.num_starts = [o.start for o in self.nums]
        self.first = {}  # (label, canonical) -> its first position among the segment's names of that label
        for same in (self.models, self.benches):
            for i, e in enumerate(same):
                self.first.setdefault((e[2], e[3]), i)
        self.score_at = {id(o): i for i, o in enumerate(self.scores)}


def _options(ents: list[tuple], starts: list[int], at: int, src: str) -> list[tuple]:
    """The names of `ents` (in text order, `starts` their starts) nearest to offset `at`, nearest first:
    only the 2 × _CAP around it are looked at."""
    i = bisect_left(starts, at)
    near = ents[max(0, i - 2 * _CAP):i + 2 * _CAP]
    return [(e, src) for e in sorted(near, key=lambda e: min(abs(e[1] - at), abs(e[0] - at)))]


def _dedupe(opts: list[tuple]) -> list[tuple]:
    seen, out = set(), []
    for e, src in opts:
        if e[3] not in seen:
            seen.add(e[3])
            out.append((e, src))
    return out


_KIND_FEATURES = {"count": "kind_count", "price": "kind_price", "size": "kind_size", "delta": "kind_delta",
                  "rank": "kind_rank"}
_UNIT_FEATURES = {None: "unit_none", "%": "unit_pct", "elo": "unit_elo"}
_INDEX = {f: i for i, f in enumerate(FEATURES)}
_CONDITIONAL_AT = _INDEX["conditional"]


def _number_part(seg: _Seg, n: Number, at: int, end: int, bullet: bool, question: bool) -> dict:
    """The features of the number and its segment, {index: value} (non-zero ones only)."""
    text, a, b = seg.text, seg.a, seg.b
    unit = n.unit
    raw = text[at:end].split()
    on = {
        "bias": True,
        "compare_before": _COMPARE_BEFORE.search(text, max(a, at - 22), at) is not None,
        "arrow_near": _ARROW.search(text, max(a, at - 4), min(b, end + 4)) is not None,
        "in_parens": at > a and (text[max(a, at - 2):at].strip(" +±-").endswith("(") or text[at - 1:at] == "("),
        _UNIT_FEATURES.get(unit, "unit_pts"): True,
        "decimal": bool(raw) and "." in raw[0],
        "big": n.value > 100,
        "huge": n.value > 10000,
        "small_int": n.value <= 10 and n.value == int(n.value) and unit is None,
        "signed": text[max(a, at - 1):at] in ("+", "±", "-", "−"),
        "not_score": n.kind != "score",
        _KIND_FEATURES.get(n.kind, "kind_other"): n.kind != "score",
        "plural_after": unit is None and _PLURAL_AFTER.match(text, end, min(b, end + 30)) is not None,
        "line_table": seg.in_table,
        "line_bullet": bullet,
        "after_colon": text[max(a, at - 3):at].rstrip().endswith((":", "=")),
        "question": question,
        "conditional": _CONDITIONAL.match(seg.seg_text) is not None,
        "after_from": n.after_from,
        "on_other": _ON_OTHER.match(text, end, min(b, end + 30)) is not None,
        "cmp_after": _CMP_AFTER.match(text, end, min(b, end + 40)) is not None,
    }
    x = {_INDEX[k]: 1.0 for k, v in on.items() if v}
    for k, v in (("seg_models", min(len(seg.models), 4) / 4), ("seg_benches", min(len(seg.benches), 4) / 4),
                 ("seg_numbers", min(len(seg.nums), 8) / 8)):
        if v:
            x[_INDEX[k]] = v
    return x


def _name_part(seg: _Seg, n: Number, at: int, end: int, e: tuple, src: str, cell: bool) -> dict:
    """The features of a model (or benchmark) `e` found at `src` for the number n (text[at:end])."""
    text, a = seg.text, seg.a
    is_model = e[2] == "MODEL"
    p = "m_" if is_model else "b_"
    x = {_INDEX[p + src]: 1.0}
    if not seg.known.get(e[3], True):
        x[_INDEX[p + "unknown"]] = 1.0
    if is_model and src != "same" and _PRONOUN.search(text, a, at) is not None:
        x[_INDEX["pronoun"]] = 1.0
    if src != "same" or cell:
        return x
    same = seg.models if is_model else seg.benches
    before = e[1] <= at
    x[_INDEX[p + ("before" if before else "after")]] = 1.0
    lo, hi = (e[1], at) if before else (end, e[0])
    gap = text[lo:hi]
    words = min(_words(gap), 12) / 4
    if words:
        x[_INDEX[p + "gap"]] = words
    starts = seg.model_starts if is_model else seg.bench_starts
    i = bisect_left(starts, at)  # the nearest name is the last one before the number or the first after
    near = min(same[max(0, i - 1):i + 1], key=lambda o: min(abs(o[1] - at), abs(o[0] - end)))
    nums_in = seg.nums[bisect_left(seg.num_starts, lo - a):bisect_right(seg.num_starts, hi - a)]
    names_in = same[bisect_left(starts, lo):bisect_right(starts, hi)]
    on = {
        p + "nearest": near[3] == e[3],
        "num_between_m" if is_model else "num_between_b": any(o.end <= hi - a for o in nums_in if o is not n),
        "model_between" if is_model else "bench_between": any(o[1] <= hi for o in names_in if o is not e),
    }
    if is_model:
        on["m_glued"] = before and _M_GLUE.match(gap) is not None
        on["compare_between"] = _COMPARE.search(text, lo, hi) is not None
        on["clause_between"] = _CLAUSE.search(text, lo, hi) is not None
        on["modal"] = before and _MODAL.search(text, lo, hi) is not None
    else:
        on["b_glued"] = (_B_GLUE_BEFORE.match(gap) if before else _B_GLUE_AFTER.match(gap)) is not None
    if len(same) > 1 and len(seg.scores) > 1 and id(n) in seg.score_at:
        on["zip_model" if is_model else "zip_bench"] = seg.first[(e[2], e[3])] == seg.score_at[id(n)]
    for k, v in on.items():
        if v:
            x[_INDEX[k]] = 1.0
    return x


# --------------------------------------------------------------------------- the model


_MODEL: list = []  # [(weights, threshold) or None], read on first use


def model() -> tuple[list[float], float] | None:
    """(weights, threshold) of nlp/data/claim_linker.json; None (the linker adds nothing) when it is
    missing or built for other FEATURES (tests/nlp/test_claim_linker.py fails on a stale file)."""
    if not _MODEL:
        _MODEL.append(load_weights(DATA, FEATURES))
    return _MODEL[0]


def probability(x: dict, weights: list[float]) -> float:
    """The logistic model's probability for a candidate's sparse features {index: value}."""
    z = sum(weights[i] * v for i, v in x.items())
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def pick(cands: Iterable[Candidate], weights: list[float], threshold: float) -> list[tuple[Candidate, float]]:
    """The best candidate of each number whose probability reaches `threshold`, one per triple. A
    segment that opens with a condition ("If X keeps its 74.9% …") claims nothing, as for the rules."""
    best: dict[int, tuple[Candidate, float]] = {}
    for c in cands:
        if _CONDITIONAL_AT in c.x:
            continue
        p = probability(c.x, weights)
        if p >= threshold and (c.num.start not in best or p > best[c.num.start][1]):
            best[c.num.start] = (c, p)
    seen, out = set(), []
    for start in sorted(best):
        c, p = best[start]
        k = _key(c.model, c.benchmark, c.num.value)
        if k not in seen:
            seen.add(k)
            out.append((c, p))
    return out


# --------------------------------------------------------------------------- on a doc


def doc_candidates(doc, rule_claims: list[dict], *, keep_covered: bool = False) -> list[Candidate]:
    """`candidates` of a processed doc (its entities, segments and the rules' claims), as a list."""
    return list(_doc_candidates(doc, rule_claims, keep_covered=keep_covered))


def _doc_candidates(doc, rule_claims: list[dict], *, keep_covered: bool = False) -> Iterator[Candidate]:
    text = doc_text(doc)
    rows = ent_rows(doc)
    ents = [(s, e, label, canon or text[s:e]) for s, e, label, _, canon, _, _, _ in rows
            if label in ("MODEL", "BENCHMARK")]
    if not ents:
        return iter(())
    known = {canon or text[s:e]: bool(k) for s, e, _, _, canon, k, _, _ in rows}
    return candidates(text, segments(doc), ents, rule_claims, known, keep_covered=keep_covered)


_UNIT_OF = {"%": "%", "elo": "elo", "rating": "rating", "points": "points",
            "gold": "medal", "silver": "medal", "bronze": "medal"}
_KB_UNITS = {"%": "%", "Elo": "elo", "USD": "USD"}
_VERSION_TAIL = re.compile(r"\s+(?:(?:19|20)\d\d|v?\d+(?:\.\d+)*)$")


def link(doc, rule_claims: list[dict], bench_units: dict) -> list[dict]:
    """The linker's claims for `doc` (none without a built model): fields as the rule claims',
    ``confidence`` the linker's probability, ``linker`` True."""
    built = model()
    if built is None or not rule_claims and not doc.ents:
        return []
    weights, threshold = built
    picked = pick(_doc_candidates(doc, rule_claims), weights, threshold)
    if not picked:
        return []
    text = doc_text(doc)
    rows = [(s, e, label, canon or text[s:e], org) for s, e, label, _, canon, _, org, _ in ent_rows(doc)]
    developer = {canon: org for _, _, label, canon, org in rows if label == "MODEL" and org}
    starts = [r[0] for r in rows]
    out = []
    for c, p in picked:
        a, z = c.seg
        inside = [(s - a, e - a, label, canon, org) for s, e, label, canon, org
                  in rows[bisect_left(starts, a):bisect_right(starts, z)] if e <= z]
        if c.model in developer:
            inside.append((0, 0, "MODEL", c.model, developer[c.model]))
        kb_unit = bench_units.get(c.benchmark) or bench_units.get(_VERSION_TAIL.sub("", c.benchmark))
        unit = _UNIT_OF.get(c.num.unit or "", None) or _KB_UNITS.get(kb_unit, "points")
        sentence = text[a:z]
        out.append({
            "model": c.model, "benchmark": c.benchmark, "score": c.num.value, "unit": unit,
            "metric": c.num.unit if unit == "medal" else None, "comparison": None,
            "is_comparison": _INDEX["compare_before"] in c.x,
            "source_kind": source_kind(sentence, inside, c.benchmark, sentence_cues(sentence, inside), c.num.value),
            "confidence": round(p, 3), "linker": True, "sentence": sentence, "start": a, "end": z,
        })
    return out
