"""One aligner for k figures and the k owners (boards or models) they belong to, named elsewhere in the clause or
in the sentence before; run by `nlp.claims` after the sentence reader and `nlp.clause_binding`, on its claims.

The sentence reader gives a figure to the nearest name. Where a sentence lists k figures for k owners named in
order somewhere else, nearest is wrong; this module pairs them **by position**, whatever the wording:

* `align_boards`: a run of k ≥ 2 figures whose own clause names no board, with a word that says the figures follow
  a list named before ("respectively", "on the same tests", "on both", "on the first … on the second", "the
  former … the latter"): the boards of the nearest sentence before that names any, in order (with "respectively",
  the first k of a longer list). Ordinals that index owners ("on the first") are not places: the rank claims read
  from them are dropped. A figure the reader dropped for want of a board is added for the run's model.
* `align_rivals`: "at P1 against/versus/compared with P2" with one compared model named in the sentence: P2 is that
  model's; "Against B, which scored P on X and P' on Y, the new model …": every figure of the relative clause is
  B's (the clause's subject keeps only its own figures). `_compared_run`: "X scored 76.2 on A and 64.8 on B, compared with
  61.0 and 50.5 for Y": the compared run takes the sentence's boards in order.
* `align_before_after`: "from P1 to P2": P2 is the clause subject's; P1 goes to the earlier state, which is the
  same model (README convention: a model's before/after is two claims) unless the sentence compares the subject
  with one other model named in it ("X scores 79.9 against 80.7 for Y, and on B it slips from P1 to P2"), whose
  figure P1 then is. "from 2024 to 2026", "from $5 to $3", "from 8B to 70B" are no scores (sizes, years, money).
* `align_ranks`: an overall place binds to the subject of its own clause ("X slipped to fifth, behind Y, which
  enters in fourth" → fourth is Y's); a restricting phrase after the place ("second among open models", "in the small-model
  slice") makes the places of its clause no board rank (README convention 2); before the place only when said to be
  exclusive ("Among open-weights models only, X is second"); "… overall" is always the board's. `appositive_places`:
  "…, one point clear of X, now second at 72" is X's place.
* `for_owners`: "P1 for the model and P2 for its predecessor, Y", "P1 for X and P2 for Y": each figure is its own "for"
  phrase's model ("the model": the passage's subject).
* `boardless_changes`: "X, whose score dropped from P1 to P2" in a sentence naming no board: both figures are X's, on the
  board its paragraph named last.

Every reader is a token pattern over the sentences that already gave claims, behind a substring test.
"""
from __future__ import annotations

import re
from .numbers import FIGURE_TEXT
from bisect import bisect_left

_NUMBER = FIGURE_TEXT
_UNIT = r"(?:\s*%|\s+percent\b|\s+per\s+cent\b|\s+points?\b|\s+pts\b)"
_FIG = rf"(?<![\w.,$€£-])(?:{_NUMBER})(?:{_UNIT})?(?![\w%]|[.,]\d)"
_FIGURE = re.compile(rf"(?<![\w.,$€£-])(?P<n>{_NUMBER})(?P<u>{_UNIT})?(?![\w%]|[.,]\d)", re.I)
# a run: "76.9% and 58.0%", "61.0, 50.5 and 44.1", "64.0 percent and 60.2 percent"
_RUN = re.compile(rf"{_FIG}(?:\s*,\s*{_FIG})*\s*,?\s+(?:and|&)\s+{_FIG}", re.I)
_PLACE_UNITS = ("rank", "medal", "percentile")
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "former": 1, "latter": 2}
_SENT_END = re.compile(r"[.!?](?=\s|$)|\n")


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _sentences(claims: list[dict]) -> list[tuple[int, int]]:
    return sorted({(c["start"], c["end"]) for c in claims if c.get("start") is not None and c.get("end") is not None})


def _at(c: dict) -> int | None:
    how = c.get("_how")
    if not isinstance(how, dict) or how.get("at") is None or how.get("path") == "table" or c.get("start") is None:
        return None
    return c["start"] + how["at"]


def _claims_at(claims: list[dict], a: int, b: int, at: int, value: float, places: bool = False) -> list[dict]:
    """The claims of sentence [a, b) whose figure `value` is written at `at` (or anywhere in it when unknown)."""
    found = [c for c in claims if c.get("start") == a and c.get("end") == b and c["score"] == value
             and (c.get("unit") in _PLACE_UNITS) == places]
    exact = [c for c in found if _at(c) is not None and abs(_at(c) - at) <= 1]
    return exact or [c for c in found if _at(c) is None]


def _in(ents, a: int, b: int, label: str | None = None) -> list[tuple]:
    """`ents` (start, end, label, canonical; text order) inside [a, b)."""
    starts = [x[0] for x in ents]
    out = []
    for j in range(bisect_left(starts, a), len(ents)):
        x = ents[j]
        if x[0] >= b:
            break
        if x[1] <= b and (label is None or x[2] == label):
            out.append(x)
    return out


def _distinct(xs: list[tuple]) -> list[tuple]:
    seen, out = set(), []
    for x in xs:
        if x[3] not in seen:
            seen.add(x[3])
            out.append(x)
    return out


def _new_claim(like: dict | None, model: str, board: str, value: float, unit: str | None, a: int, b: int,
               text: str, at: int, to: int) -> dict:
    """A claim for a figure the reader did not take, shaped like `like` (a claim of the same sentence)."""
    c = {"model": model, "benchmark": board, "score": value, "unit": unit, "metric": None, "comparison": None,
         "sentence": text[a:b], "start": a, "end": b}
    if like is not None:
        c["unit"] = like.get("unit") if unit is None else unit
        c["metric"] = like.get("metric")
        how = like.get("_how")
        if isinstance(how, dict):
            c["_how"] = dict(how, at=at - a, to=to - a, decimal="." in text[at:to], path="aligned")
    if "_how" not in c:
        c["_how"] = {"path": "aligned", "model_gap": None, "bench_gap": None, "in_list": True, "other_models": 0,
                     "unit_written": unit is not None, "decimal": "." in text[at:to],
                     "small_int": unit is None and value <= 10, "between": False, "clause_gap": False,
                     "before": text[max(a, at - 30):at], "text": text[a:b], "at": at - a, "to": to - a}
    if c["unit"] is None:
        c["unit"] = "points"
    c["_aligned"] = True
    return c


def _unit_of(u: str | None) -> str | None:
    if not u:
        return None
    u = u.strip().lower()
    return "%" if u.startswith(("%", "per")) else "points"


_CLAUSE_STOP = re.compile(r"[.!?;](?![\w\d])|\n")
_COMPARED_WORDS = ("compared", "against", "versus", "vs", "next to")
_COMPARED_LEAD = re.compile(r"(?:compared\s+(?:with|to)|against|versus|vs\.?|next\s+to)\s+$", re.I)


def _compared_run(text: str, claims: list[dict], ents, a: int, b: int) -> None:
    """ "X scored 76.2 on A and 64.8 on B, compared with 61.0 and 50.5 for Y": a compared run of k figures with no board
    of its own takes, in order, the k boards the sentence named before it (in place)."""
    for run in _RUN.finditer(text, a, b):
        if not _COMPARED_LEAD.search(text, max(a, run.start() - 20), run.start()):
            continue
        end = _CLAUSE_STOP.search(text, run.end(), b)
        z = end.start() if end else b
        if _in(ents, run.end(), z, "BENCHMARK"):
            continue
        figures = list(_FIGURE.finditer(text, run.start(), run.end()))
        boards = _distinct(_in(ents, a, run.start(), "BENCHMARK"))
        if len(boards) != len(figures) or any(
                not any(c["benchmark"] == x[3] for c in claims if c.get("start") == a) for x in boards):
            continue
        for f, board in zip(figures, boards):
            for c in _claims_at(claims, a, b, f.start(), _num(f.group("n"))):
                c["benchmark"] = board[3]


def _previous_sentences(text: str, a: int, reach: int = 600) -> list[tuple[int, int]]:
    """The sentences before offset `a` (nearest first), within `reach` characters, split at sentence ends."""
    lo = max(0, a - reach)
    cuts = [lo] + [m.end() for m in _SENT_END.finditer(text, lo, a)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1)]
    if cuts[-1] < a:
        spans.append((cuts[-1], a))
    return [s for s in reversed(spans) if text[s[0]:s[1]].strip()]


# ---------------------------------------------------------------------------------------------- boards in order

_RESPECTIVE = re.compile(
    r"\brespectively\b|\b(?:on|in|across|for)\s+(?:the\s+)?same\s+(?:two\s+|three\s+|four\s+|\d\s+)?"
    r"(?:tests?|benchmarks?|sets?|evals?|evaluations?|exams?|boards?|leaderboards?|suites?|tasks?)\b|"
    r"\b(?:on|in|across)\s+both(?:\s+(?:tests|benchmarks|sets|evals|exams|boards))?\b", re.I)
_INDEXED = re.compile(rf"(?P<fig>{_FIG})\s+(?:on|in|for|at)\s+the\s+(?P<o>first|second|third|fourth|fifth|former|latter)"
                      r"(?:\s+(?:one|test|benchmark|set|board|exam))?(?=\s*(?:[,.;:)]|and\b|but\b|while\b|$))", re.I)
_RESPECTIVE_WORDS = ("respectively", "same", "both", " the first", " the second", " the former", " the latter")


def align_boards(text: str, claims: list[dict], ents, sentences=()) -> list[dict]:
    respective = any(w in text for w in _RESPECTIVE_WORDS)
    compared = any(w in text for w in _COMPARED_WORDS)
    if not respective and not compared:
        return claims
    drop: set[int] = set()
    added: list[dict] = []
    spans = set(_sentences(claims))
    if respective:
        spans |= {(a, b) for a, b in sentences if any(w in text[a:b] for w in _RESPECTIVE_WORDS)}
    for a, b in sorted(spans):
        sent = text[a:b]
        if not any(w in sent for w in _RESPECTIVE_WORDS):
            if any(w in sent for w in _COMPARED_WORDS):
                _compared_run(text, claims, ents, a, b)
            continue
        figures: list[tuple[int, int, float, str | None]] = []
        index: list[int] | None = None
        indexed = list(_INDEXED.finditer(text, a, b))
        if len(indexed) >= 2:
            figures, index = [], []
            for m in indexed:
                f = _FIGURE.match(text, m.start("fig"))
                figures.append((f.start(), f.end(), _num(f.group("n")), _unit_of(f.group("u"))))
                index.append(_ORDINAL[m.group("o").lower()])
            cue_end = indexed[-1].end()
            ordinals = [(m.start("o"), m.end("o"), _ORDINAL[m.group("o").lower()]) for m in indexed]
        else:
            cue = _RESPECTIVE.search(text, a, b)
            run = next((r for r in _RUN.finditer(text, a, b) if cue and r.start() < cue.end()
                        and text[r.end():cue.start()].count(",") <= 1), None) if cue else None
            if run is None:
                _compared_run(text, claims, ents, a, b)
                continue
            figures = [(f.start(), f.end(), _num(f.group("n")), _unit_of(f.group("u")))
                       for f in _FIGURE.finditer(text, run.start(), run.end())]
            cue_end = cue.end()
            ordinals = []
        if len(figures) < 2 or _in(ents, figures[0][0], cue_end, "BENCHMARK"):
            continue  # the clause names its own boards: the reader paired them
        boards: list[tuple] = []
        for pa, pb in _previous_sentences(text, a):
            boards = _distinct(_in(ents, pa, pb, "BENCHMARK"))
            if boards:
                break
        if not boards:
            continue
        k = len(figures)
        if index is not None:
            if max(index) > len(boards):
                continue
            owners = [boards[i - 1] for i in index]
        elif len(boards) == k or (len(boards) > k and "respectively" in sent):
            owners = boards[:k]
        else:
            continue
        models = [x for x in _in(ents, a, figures[0][0], "MODEL")]
        for (fa, fz, value, unit), board in zip(figures, owners):
            got = _claims_at(claims, a, b, fa, value)
            if got:
                for c in got:
                    c["benchmark"] = board[3]
                    c["_aligned"] = True
                continue
            sibling = next((c for f in figures for c in _claims_at(claims, a, b, f[0], f[2])), None)
            model = sibling["model"] if sibling else (models[-1][3] if len(_distinct(models)) == 1 else None)
            if model is None:
                continue
            added.append(_new_claim(sibling, model, board[3], value, unit, a, b, text, fa, fz))
        for oa, oz, v in ordinals:
            for c in _claims_at(claims, a, b, oa, float(v), places=True):
                drop.add(id(c))
    if drop:
        claims = [c for c in claims if id(c) not in drop]
    return claims + added


# ---------------------------------------------------------------------------------------------- rivals

_AGAINST_PAIR = re.compile(rf"(?P<a>{_FIG})\s+(?:against|versus|vs\.?|compared\s+(?:with|to))\s+(?P<b>{_FIG})"
                           r"(?!\s+(?:for|by|from)\b)", re.I)
_COMPARED_MODEL_BEFORE = re.compile(
    r"\b(?:ahead\s+of|behind|against|versus|vs\.?|than|over|beat(?:s|ing)?|trail(?:s|ing)?|compared\s+(?:with|to)|"
    r"outscor\w*|outperform\w*|surpass\w*|below|above)\s+(?:the\s+)?$", re.I)
_WHICH = re.compile(r"\s*,\s*(?:which|who)\s+")
_OWN_FOR_AFTER = re.compile(r"\s+for\s+(?:the|its|their|an?|[\w-]+['’]s)\s", re.I)  # a figure given "for the …" someone else
_CLAUSE_END = re.compile(r",\s+(?!and\b|or\b|\d)|[;:]|\s+(?:while|whereas|but)\s+", re.I)


def align_rivals(text: str, claims: list[dict], ents) -> list[dict]:
    models = [x for x in ents if x[2] == "MODEL"]
    if not models:
        return claims
    added: list[dict] = []
    for a, b in _sentences(claims):
        sent = text[a:b]
        mods = _in(ents, a, b, "MODEL")
        if not mods:
            continue
        if any(w in sent for w in ("against", "versus", "vs", "compared")):
            for m in _AGAINST_PAIR.finditer(text, a, b):
                fa, fb = _FIGURE.match(text, m.start("a")), _FIGURE.match(text, m.start("b"))
                va, vb = _num(fa.group("n")), _num(fb.group("n"))
                mine = _claims_at(claims, a, b, fa.start(), va)
                if len(mine) != 1 or _claims_at(claims, a, b, fb.start(), vb):
                    continue
                own = mine[0]
                rivals = _distinct([x for x in mods if x[3] != own["model"] and x[1] <= m.start()
                                    and _COMPARED_MODEL_BEFORE.search(text, max(a, x[0] - 30), x[0])])
                if len(rivals) != 1 or len(_distinct([x for x in mods if x[3] != own["model"]])) != 1:
                    continue
                added.append(_new_claim(own, rivals[0][3], own["benchmark"], vb, _unit_of(fb.group("u")) or own.get("unit"),
                                        a, b, text, fb.start(), fb.end()))
        if "which" in sent or "who" in sent:
            for x in mods:
                w = _WHICH.match(text, x[1])
                if not w or w.end() > b:
                    continue
                end = _CLAUSE_END.search(text, w.end(), b)
                z = end.start() if end else b
                if _in(ents, w.end(), z, "MODEL"):
                    continue  # another model inside the clause: its own reader's business
                for f in _FIGURE.finditer(text, w.end(), z):
                    if _OWN_FOR_AFTER.match(text, f.end()):
                        continue  # "…, which we ran too, and 27.5% for the lab's older release": its own "for" phrase's
                    for c in _claims_at(claims, a, b, f.start(), _num(f.group("n"))):
                        if c["model"] != x[3]:
                            c["model"] = x[3]
                            c["comparison"] = None
                            c["_aligned"] = True
    return claims + added


# ---------------------------------------------------------------------------------------------- before / after

_FROM_TO = re.compile(rf"\bfrom\s+(?P<a>{_FIG})\s+to\s+(?P<b>{_FIG})", re.I)
_FOR_AFTER = re.compile(r"\s+(?:for|by|with)\b", re.I)


def align_before_after(text: str, claims: list[dict], ents) -> list[dict]:
    """P1 of "from P1 to P2" to the one other model the sentence compares its subject with (module docstring)."""
    if "from " not in text:
        return claims
    for a, b in _sentences(claims):
        if "from " not in text[a:b]:
            continue
        mods = _in(ents, a, b, "MODEL")
        for m in _FROM_TO.finditer(text, a, b):
            if _FOR_AFTER.match(text, m.end("a")) or _FOR_AFTER.match(text, m.end()):
                continue  # "from 61.0 for X to 68.3 for Y": each figure names its model
            fa, fb = _FIGURE.match(text, m.start("a")), _FIGURE.match(text, m.start("b"))
            va, vb = _num(fa.group("n")), _num(fb.group("n"))
            new = _claims_at(claims, a, b, fb.start(), vb)
            old = _claims_at(claims, a, b, fa.start(), va)
            if len(new) != 1 or len(old) != 1 or old[0]["model"] != new[0]["model"]:
                continue
            subject = new[0]["model"]
            # the other model this sentence compares the subject with, before the change
            rivals = _distinct([x for x in mods if x[3] != subject and x[1] <= m.start()])
            if len(rivals) != 1:
                continue
            r = rivals[0]
            if not (any(c["model"] == r[3] and c.get("start") == a and c.get("score") != va for c in claims)
                    or _COMPARED_MODEL_BEFORE.search(text, max(a, r[0] - 30), r[0])
                    or re.search(r"\bfor\s+(?:the\s+)?$", text[max(a, r[0] - 10):r[0]])):
                continue
            old[0]["model"] = r[3]
            old[0]["comparison"] = None
            old[0]["_aligned"] = True
    return claims


# ---------------------------------------------------------------------------------------------- ranks

_RESTRICTED = re.compile(
    r"\bamong\s+(?!(?:all\s+)?(?:the\s+)?\d[\d,]*\s+(?:models|systems|entries)\b)(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s+"
    r"(?:only|models|systems|entries|LLMs)\b|"
    r"\bof\s+(?:the\s+)?(?:open[- ]weights?|open[- ]source|open|closed|proprietary|small|smaller)\s+(?:\w+\s+)?models\b|"
    r"\bin\s+the\s+[\w-]+(?:\s+[\w-]+)?\s+(?:slice|category|division|split|subset|track|bracket)\b", re.I)
_RANK_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:which|who|while|whereas|but|behind|ahead)\b)", re.I)
_RESTRICTED_HEAD = re.compile(r"\W*(?:among|of|for)\s+[^,;:.]{1,50}?\b(?:only|alone)\s*,", re.I)
_OVERALL_AFTER = re.compile(r"(?:\s+place)?\s+(?:overall|on\s+the\s+(?:whole|full|overall)\b)", re.I)


def _word_end(text: str, at: int) -> int:
    m = re.compile(r"[#\w.]+").match(text, at)
    return m.end() if m else at


_RANK_WORD = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\b", re.I)


def align_ranks(text: str, claims: list[dict], ents) -> list[dict]:
    ranks = [c for c in claims if c.get("unit") == "rank" and c.get("start") is not None]
    if not ranks:
        return claims
    drop: set[int] = set()
    for c in ranks:
        a, b = c["start"], c["end"]
        at = _at(c)
        if at is None:
            continue
        # the ordinal's own clause: from the last clause break before it to the next after it
        lo = max([a] + [m.end() for m in _RANK_CLAUSE_BREAK.finditer(text, a, at)])
        hi_m = _RANK_CLAUSE_BREAK.search(text, at, b)
        hi = hi_m.start() if hi_m else b
        if _OVERALL_AFTER.match(text, _word_end(text, at)):
            continue  # "(6th overall)", "ninth overall": the whole board's place, whatever the clause restricts
        if _RESTRICTED.search(text, at, hi) or _RESTRICTED_HEAD.match(text, lo, at):
            # "second among open-weights models", "third in the small-model slice"; before the place only when said
            # to be exclusive ("Among open-weights models only, X is second")
            drop.add(id(c))
            continue
        # a relative clause ", which/who … fourth": its head is the subject
        w = re.match(r"\s*(?:which|who)\b", text[lo:hi])
        if lo > a and w:
            heads = [x for x in _in(ents, a, lo, "MODEL") if re.fullmatch(r"\s*,\s*", text[x[1]:lo])]
            if heads and heads[-1][3] != c["model"]:
                head = heads[-1][3]
                if any(o is not c and o["model"] == head and o.get("unit") == "rank" and o["score"] == c["score"]
                       and o.get("start") == a for o in claims):
                    drop.add(id(c))
                else:
                    c["model"] = head
                    c["_aligned"] = True
    # a restricting phrase heading the sentence ("Among open-weights models only, X is second, behind Y at 61"): every
    # place of the sentence is within that part of the field
    for c in ranks:
        if id(c) in drop or (_at(c) is not None and _OVERALL_AFTER.match(text, _word_end(text, _at(c)))):
            continue
        if _RESTRICTED_HEAD.match(text, c["start"], c["end"]):
            drop.add(id(c))
    if drop:
        claims = [c for c in claims if id(c) not in drop]
    return claims


def align_figures(text: str, claims: list[dict], ents, sentences=()) -> list[dict]:
    """`claims` with figures paired to their owners in order (module docstring); `ents`: (start, end, label,
    canonical) in text order."""
    if not claims and not (sentences and "from " in text):
        return claims
    claims = align_boards(text, claims, ents, sentences)
    claims = align_rivals(text, claims, ents)
    claims = align_before_after(text, claims, ents)
    claims = align_ranks(text, claims, ents)
    if ", " in text:
        claims = appositive_places(text, claims, ents)
    if sentences:
        claims = for_owners(text, claims, ents, sentences)
        claims = claims + boardless_changes(text, claims, ents, sentences)
    for c in claims:
        c.pop("_aligned", None)
    return claims


# ---------------------------------------------------------------------------------------------- from/to without a board

_CHANGE_FROM_TO = re.compile(
    rf"\b(?P<verb>[a-z]+)\s+(?:(?:all\s+the\s+way|sharply|slightly|steeply|only)\s+)?from\s+(?P<a>{_FIG})"
    rf"(?:\s+(?:in|on|at|by|before|after)\s+[\w-]+(?:\s+\d{{4}})?)?\s+to\s+(?P<b>{_FIG})"
    r"(?=\s*(?:$|[,.;:)!?]|(?:after|on|in|at|with|when|since|but|and|as|over|this|last|following|thanks|because|once|"
    r"while|under|between|within|overall)\b))", re.I)
_NOT_CHANGE_VERB = re.compile(r"^(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|scal(?:e|ed|es)|runs?|ran|spann?(?:s|ed|ing)?|"
                              r"counts?|rated|rates?|marked|graded|the|a|an|and|or|scores|results|numbers|figures|prices?|"
                              r"costs?|sizes?|years?|months?|days?)$", re.I)
_ARENA = re.compile(r"arena(?![\s-]*hard)", re.I)
# "on a refactoring benchmark of its own", "in another test": the sentence speaks of a board it does not name
_UNNAMED_BOARD = re.compile(r"\b(?:a|an|another|its\s+own|their\s+own|one)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:benchmarks?|tests?|evals?|evaluations?|suites?|leaderboards?|exams?)\b", re.I)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _year(s: str) -> bool:
    return re.fullmatch(r"(?:19|20)\d\d", s) is not None


def boardless_changes(text: str, claims: list[dict], ents, sentences=()) -> list[dict]:
    """ "X, whose score dropped from P1 to P2", "Y went from P1 to P2 after a fix", in a sentence that names no board
    and gave no claim: both figures are X's (README convention: one model's before/after is two claims) on the board
    the paragraph named last before it (else the board of the passage's last claim before it)."""
    if "from " not in text:
        return []
    added = []
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    for a, b in sentences:
        if "from " not in text[a:b] or any(c.get("start") == a for c in claims) or _in(ents, a, b, "BENCHMARK"):
            continue
        for m in _CHANGE_FROM_TO.finditer(text, a, b):
            if _NOT_CHANGE_VERB.match(m.group("verb")) or _FOR_AFTER.match(text, m.end("a")):
                continue
            fa, fb = _FIGURE.match(text, m.start("a")), _FIGURE.match(text, m.start("b"))
            if _year(fa.group("n")) or _year(fb.group("n")) or fa.group("n") == fb.group("n"):
                continue
            if bool(fa.group("u")) != bool(fb.group("u")) and not (fb.group("u") and not fa.group("u")):
                continue
            mods = _in(ents, a, m.start(), "MODEL")
            if len(_distinct(mods)) != 1 or _COMPARED_MODEL_BEFORE.search(text, max(a, mods[-1][0] - 30), mods[-1][0]):
                continue
            if _in(ents, m.end(), b, "MODEL") or _UNNAMED_BOARD.search(text, a, b):
                continue  # "... from P1 to P2 over Y" (two models' figures); a board the sentence does not name
            gap = text[mods[-1][1]:m.start("verb")]
            if any(ch in gap for ch in ";:!?") or len(gap) > 90:
                continue
            # the board: the last one named before the sentence in its paragraph, else the last claim's before it
            para = max([0] + [p.end() for p in _PARAGRAPH.finditer(text, 0, a)])
            before = [x for x in benches if para <= x[0] and x[1] <= a]
            board = before[-1][3] if before else None
            prior = [c for c in claims if c.get("start") is not None and c["start"] < a]
            like = next((c for c in reversed(prior) if c["benchmark"] == board and c.get("unit") not in _PLACE_UNITS),
                        None)
            if board is None:
                like = next((c for c in reversed(prior) if c.get("unit") not in _PLACE_UNITS), None)
                board = like["benchmark"] if like else None
            if board is None:
                continue
            unit = _unit_of(fb.group("u")) or (like.get("unit") if like else None) or (
                "elo" if _ARENA.search(board) else None)  # (README: arena ratings are Elo)
            model = mods[-1][3]
            for f in (fa, fb):
                c = _new_claim(like, model, board, _num(f.group("n")), unit, a, b, text, f.start(), f.end())
                c["unit"] = unit or "points"
                c.pop("_aligned", None)
                added.append(c)
    return added


# ---------------------------------------------------------------------------------------------- "P1 for X and P2 for Y"

_FOR_OWNER = re.compile(rf"(?P<fig>{_FIG})\s+for\s+(?P<own>(?:the\s+(?:new\s+)?(?:model|system|release)|it)\b|"
                        r"(?:its|the)\s+(?:predecessor|previous\s+(?:model|version)|older\s+sibling)\b(?:\s*,\s*)?|)", re.I)
_SUBJECT_WORD = re.compile(r"the\s+(?:new\s+)?(?:model|system|release)|it", re.I)


def _passage_subject(claims: list[dict], a: int) -> str | None:
    """The model the claims before offset `a` are mostly about (not cited for comparison), the first on a tie."""
    counts: dict[str, int] = {}
    for c in claims:
        if c.get("start") is not None and c["start"] < a and not c.get("is_comparison") and c.get("model"):
            counts[c["model"]] = counts.get(c["model"], 0) + 1
    return max(counts, key=lambda m: counts[m]) if counts else None


def for_owners(text: str, claims: list[dict], ents, sentences=()) -> list[dict]:
    """ "P1 for the model and P2 for its predecessor, Y", "P1 for X and P2 for Y": each figure is the model its own
    "for" phrase names ("the model"/"it": the passage's subject); the board is the sentence's claims' or the
    paragraph's last."""
    if " for " not in text:
        return claims
    added = []
    benches = [x for x in ents if x[2] == "BENCHMARK"]
    for a, b in sentences:
        if text.count(" for ", a, b) < 2:
            continue
        hits = []
        for m in _FOR_OWNER.finditer(text, a, b):
            own = m.group("own")
            named = _in(ents, m.end(), min(b, m.end() + 60), "MODEL")
            if own and _SUBJECT_WORD.fullmatch(own.strip()):
                hits.append((m, None))
            elif named and named[0][0] == m.end():
                hits.append((m, named[0][3]))
        if len(hits) < 2:
            continue
        if any(not _FIGURE.match(text, m.start("fig")).group("u") and not _claims_at(claims, a, b, m.start("fig"),
               _num(_FIGURE.match(text, m.start("fig")).group("n"))) for m, _ in hits):
            continue  # a bare figure the reader did not take ("4.1 minutes for X, 6.8 for Y"): maybe no score at all
        # the figures must be one coordination: "P1 for … and P2 for …"
        if any(not re.fullmatch(r"[^.;:\d]{0,80}?(?:,\s*|\s+)and\s+|[^.;:\d]{0,40}?,\s*", text[h[0].end():n[0].start()])
               for h, n in zip(hits, hits[1:])):
            continue
        subject = None
        if any(o is None for _, o in hits):
            subject = _passage_subject(claims, a)
            if subject is None or any(o == subject for _, o in hits):
                continue
        owners = [o or subject for _, o in hits]
        if len(set(owners)) != len(owners):
            continue
        own_boards = _distinct(_in(ents, a, b, "BENCHMARK"))
        if len(own_boards) > 1:
            continue
        if own_boards:
            board = own_boards[0][3]
        else:
            para = max([0] + [p.end() for p in _PARAGRAPH.finditer(text, 0, a)])
            before = [x for x in benches if para <= x[0] and x[1] <= a]
            prior = [c for c in claims if c.get("start") is not None and c["start"] < a and c.get("unit") not in _PLACE_UNITS]
            board = before[-1][3] if before else (prior[-1]["benchmark"] if prior else None)
        if board is None:
            continue
        like = next((c for c in reversed(claims) if c.get("benchmark") == board and c.get("unit") not in _PLACE_UNITS), None)
        for (m, _), owner in zip(hits, owners):
            f = _FIGURE.match(text, m.start("fig"))
            value = _num(f.group("n"))
            got = _claims_at(claims, a, b, f.start(), value)
            if got:
                for c in got:
                    if c["model"] != owner or c["benchmark"] != board:
                        c["model"], c["benchmark"], c["comparison"] = owner, board, None
                continue
            added.append(_new_claim(like, owner, board, value, _unit_of(f.group("u")), a, b, text, f.start(), f.end()))
    return claims + added


# ---------------------------------------------------------------------------------------------- "X, now second at 72"

_APPOSITIVE_PLACE = re.compile(
    r",\s+(?:(?:now|still|currently|newly|already)\s+)?(?P<o>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    rf"tenth)(?:\s+overall)?\s+(?:at|with|on)\s+(?P<fig>{_FIG})", re.I)
_ORD_VALUE = {w: i + 1 for i, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"))}


def appositive_places(text: str, claims: list[dict], ents) -> list[dict]:
    """ "…, one point clear of X, now second at 72": a place in an appositive after a model is that model's, on the
    board of the figure it stands with (the reader's claim of that figure); never in a restricted clause."""
    added = []
    for a, b in _sentences(claims):
        for x in _in(ents, a, b, "MODEL"):
            m = _APPOSITIVE_PLACE.match(text, x[1], b)
            if not m:
                continue
            f = _FIGURE.match(text, m.start("fig"))
            got = [c for c in _claims_at(claims, a, b, f.start(), _num(f.group("n"))) if c["model"] == x[3]]
            if len(got) != 1:
                continue
            place = float(_ORD_VALUE[m.group("o").lower()])
            board = got[0]["benchmark"]
            if any(c["model"] == x[3] and c["benchmark"] == board and c.get("unit") == "rank" for c in claims):
                continue
            if _RESTRICTED.search(text, m.end(), min(b, m.end() + 60)):
                continue
            c = _new_claim(got[0], x[3], board, place, "rank", a, b, text, m.start("o"), m.end("o"))
            c["unit"], c["metric"] = "rank", None
            c.pop("_aligned", None)
            added.append(c)
    return claims + added
