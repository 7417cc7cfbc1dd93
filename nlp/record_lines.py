"""Result records one per line — JSON Lines and logfmt ``key=value`` logs — read as long-format tables.

Evaluation harnesses and CI jobs print one record per run: ``{"model": "x-2-mini", "suite": "FooBench", "acc": 0.712,
"n": 500}`` or ``2026-01-02T03:04:05Z [eval] model=x-2-mini suite=Foo Bench pass=58.8 tasks=500``. The keys say
each value's role, which the words around it never do: the value of a model key (``model``, ``model_name``,
``model_id``, ``system``, ``checkpoint``) is the model, whatever its spelling (a lower-case slug no list may know), the
value of a benchmark key (``suite``, ``benchmark``, ``bench``, ``task``, ``eval``, ``dataset``) the benchmark, and the
first score key (``score``, ``acc``, ``accuracy``, ``pass``, ``pass_rate``, ``pass@1``, ``resolved``, ``success_rate``,
``win_rate``, ``exact_match``, ``f1``) the score. Every other field (``n``, ``tasks``, ``latency_ms``, ``wall``,
dates) is no score. A pretty-printed object (one key a line, no object inside it) is one
record too (round 13). A line needs a model and a score; without a benchmark key (a board's standings returned by an
API: ``{"rank": 1, "model": "X", "score": 66.4}``) the records are a leaderboard whose benchmark is named around them
— a ``"board": "…"`` / ``"benchmark": "…"`` field over the records, or the text — and a ``rank`` key gives each
record's place.

:func:`record_tables` gives each block of such lines as (start, end, rows) the way nlp.grid's keyed blocks are given
— a header of the three keys' spans (first line), then one row per record: its model, benchmark and score value spans
— so the one long-format table reader (``nlp.claims._table_claims``) makes the claims. :func:`record_names` gives the
(start, end, label) of the model and benchmark values, so the caller can name them by their role. Offsets index the
text; nothing is rewritten.
"""
from __future__ import annotations

import re

_MODEL_KEYS = frozenset(("model", "model_name", "model_id", "modelname", "system", "checkpoint", "llm"))
_BENCH_KEYS = frozenset(("suite", "benchmark", "bench", "task", "eval", "dataset", "benchmark_name", "task_name",
                         "eval_name", "evaluation"))
_SCORE_KEYS = frozenset(("score", "acc", "accuracy", "pass", "pass_rate", "pass@1", "pass_at_1", "resolved",
                         "resolved_rate", "success_rate", "solve_rate", "win_rate", "exact_match", "f1", "mean_score",
                         "elo", "rating"))
# a score key that carries its unit ("score_pct", "accuracy_percent", "acc-%"): the key is the score's, the suffix its unit
_UNIT_SUFFIX = re.compile(r"[_\-. ]?(?:pct|percent|per_?cent|%)$")


def score_key(key: str, keys=_SCORE_KEYS) -> bool:
    """whether ``key`` (lower case) names a record's score, with or without a unit suffix"""
    return key in keys or (key not in ("pct", "percent", "%") and _UNIT_SUFFIX.sub("", key) in keys)


def percent_key(key: str) -> bool:
    """whether ``key`` (lower case) says its value is a percentage ("accuracy_pct")"""
    return bool(_UNIT_SUFFIX.search(key))
_JSON_LINE = re.compile(r"^[ \t]*\{[^\n{}]*\}[ \t]*,?[ \t]*$", re.M)
# a pretty-printed object, one key a line (``json.dumps(indent=2)``): no object inside it (round 13, nlp.table_rows' note)
_JSON_BLOCK = re.compile(r"\{[ \t]*\n[^{}]{4,600}?\}")
_JSON_PAIR = re.compile(r'"(?P<k>[^"\n]{1,40})"[ \t]*:[ \t]*(?:"(?P<s>[^"\n]*)"|(?P<n>-?\d[\d.]*(?:[eE][-+]?\d+)?)\b)')
_KV_KEY = re.compile(r"(?:(?<=\s)|^)(?P<k>[A-Za-z_][\w.@-]{0,39})=", re.M)
_NUM = re.compile(r"[ \t]*-?\d[\d.]*[ \t]*%?[ \t]*$")
_QUICK = ("=", '":')


def _json_fields(text: str, a: int, b: int) -> dict[str, tuple[int, int, int, int]]:
    """key -> (key start, key end, value start, value end) of a one-line JSON object text[a:b]"""
    out = {}
    for m in _JSON_PAIR.finditer(text, a, b):
        g = "s" if m.group("s") is not None else "n"
        out.setdefault(m.group("k").lower(), (m.start("k"), m.end("k"), m.start(g), m.end(g)))
    return out


def _kv_fields(text: str, a: int, b: int) -> dict[str, tuple[int, int, int, int]]:
    """key -> spans of a logfmt line text[a:b]: a value runs to the space before the next ``key=`` (it may hold spaces:
    ``suite=SWE-bench Verified pass=58.8``); quotes are dropped"""
    keys = list(_KV_KEY.finditer(text, a, b))
    if len(keys) < 3:
        return {}
    out = {}
    for i, m in enumerate(keys):
        vs, ve = m.end(), (keys[i + 1].start() if i + 1 < len(keys) else b)
        while ve > vs and text[ve - 1] in " \t,;":
            ve -= 1
        if ve - vs >= 2 and text[vs] in "\"'" and text[ve - 1] == text[vs]:
            vs, ve = vs + 1, ve - 1
        if ve > vs:
            out.setdefault(m.group("k").lower(), (m.start("k"), m.end("k"), vs, ve))
    return out


_RANK_KEYS = frozenset(("rank", "place", "position", "pos"))
# a board's name over its records: '"board": "X",', 'leaderboard: X'
_BOARD_FIELD = re.compile(r"""^[ \t]*["']?(?:board|leaderboard|benchmark|suite)["']?[ \t]*:[ \t]*["']?(?P<v>[^"'\n,{}\[\]]+?)["']?[ \t]*,?[ \t]*$""",
                          re.M | re.I)


def _roles(text: str, fields: dict) -> tuple | None:
    """the (key start, key end, value start, value end) of a record's fields in table order — (model, benchmark,
    score), or ([rank,] model, score) for a board's record — or None when the model or the score is missing or the
    score is no number"""
    def first(keys):
        return next((fields[k] for k in fields if k in keys), None)

    model, bench, rank = first(_MODEL_KEYS), first(_BENCH_KEYS), first(_RANK_KEYS)
    score = next((fields[k] for k in fields if score_key(k)), None)
    if not (model and score) or not _NUM.match(text, score[2], score[3]) or _NUM.match(text, model[2], model[3]):
        return None
    if bench:
        return None if _NUM.match(text, bench[2], bench[3]) else (model, bench, score)
    if rank and _NUM.match(text, rank[2], rank[3]):
        return rank, model, score
    return model, score


# a YAML list of mappings (an API's or a config's records): "- model: X" and the item's other keys under it
_YAML_ITEM = re.compile(r"^[ \t]*-[ \t]+(?=[A-Za-z_][\w@.-]{0,39}[ \t]*:[ \t])", re.M)
_YAML_PAIR = re.compile(r"""(?P<k>[A-Za-z_][\w@.-]{0,39})[ \t]*:[ \t]+(?P<q>["']?)(?P<v>[^"'\n#]*?)(?P=q)[ \t]*(?:#[^\n]*)?$""", re.M)


def _yaml_records(text: str):
    """(item start, item end, roles) of every YAML list item whose keys make a record: "- rank: 1" then "  model: X",
    "  score: 61.4" at the key's column"""
    for m in _YAML_ITEM.finditer(text):
        col = m.end() - m.start()  # the column of the item's keys
        fields: dict = {}
        pos, end = m.end(), m.end()
        while True:
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            pm = _YAML_PAIR.match(text, pos, le)
            if not pm:
                break
            fields.setdefault(pm.group("k").lower(), (pm.start("k"), pm.end("k"), pm.start("v"), pm.end("v")))
            end = le
            nxt = le + 1 + col
            if le >= len(text) or text[le + 1:nxt].strip(" ") or len(text[le + 1:nxt]) < col or text[nxt:nxt + 1] in (" ", "\t", "-", ""):
                break  # the next line is no key of this item
            pos = nxt
        r = _roles(text, fields)
        if r:
            yield m.start(), end, r


def _records(text: str):
    """(line start, line end, roles) of every record line, in text order"""
    yaml = "- " in text and ": " in text
    if not yaml and not any(q in text for q in _QUICK):
        return []
    out = list(_yaml_records(text)) if yaml else []
    if '":' in text:
        for m in _JSON_LINE.finditer(text):
            r = _roles(text, _json_fields(text, m.start(), m.end()))
            if r:
                out.append((m.start(), m.end(), r))
        for m in _JSON_BLOCK.finditer(text):
            r = _roles(text, _json_fields(text, m.start(), m.end()))
            if r:
                out.append((m.start(), m.end(), r))
    if "=" in text:
        pos = 0
        for line in text.split("\n"):
            a, b = pos, pos + len(line)
            pos = b + 1
            if line.count("=") >= 3 and "{" not in line:
                r = _roles(text, _kv_fields(text, a, b))
                if r:
                    out.append((a, b, r))
    return sorted(out)


def _shape(text: str, roles) -> tuple:
    return tuple(text[k[0]:k[1]].lower() for k in roles)


def record_tables(text: str) -> list[tuple[int, int, list]]:
    """(start, end, rows) of each block of record lines of one shape (lines of other kinds between records kept in the
    block): a header of the keys' spans (first record), then one row of value spans per record"""
    recs = _records(text)
    blocks: list[list] = []
    for rec in recs:
        if blocks and text.count("\n", blocks[-1][-1][1], rec[0]) <= 3 \
                and _shape(text, blocks[-1][-1][2]) == _shape(text, rec[2]):
            blocks[-1].append(rec)
        else:
            blocks.append([rec])
    out = []
    for block in blocks:
        board = not any(text[k[0]:k[1]].lower() in _BENCH_KEYS for k in block[0][2])
        if board and len(block) < 2:
            continue  # a board needs two records at least
        rows = [(block[0][0], block[0][1], [(k[0], k[1]) for k in block[0][2]])]
        rows += [(a, b, [(k[2], k[3]) for k in roles]) for a, b, roles in block]
        out.append((block[0][0], block[-1][1], rows))
    return out


def record_names(text: str, tables) -> list[tuple[int, int, str]]:
    """(start, end, label) of the model and benchmark values of the records of ``tables``, and of a board's name in a
    field over a board's records"""
    out = []
    for a, _, rows in tables:
        labels = ["MODEL" if k in _MODEL_KEYS else "BENCHMARK" if k in _BENCH_KEYS else None
                  for k in (text[s:e].lower() for s, e in rows[0][2])]
        for _, _, cells in rows[1:]:
            out.extend((s, e, lab) for (s, e), lab in zip(cells, labels) if lab)
        if "BENCHMARK" not in labels:
            boards = list(_BOARD_FIELD.finditer(text, max(0, a - 400), a))
            if boards:
                out.append((boards[-1].start("v"), boards[-1].end("v"), "BENCHMARK"))
    return out


def role_ents(text: str, tables, ents: list[tuple]) -> list[tuple]:
    """``ents`` (start, end, label, canonical) with the records' model and benchmark values named by their key's role:
    an entity on the same span and of the same label keeps its canonical name, any other overlapping one goes"""
    names = record_names(text, tables)
    if not names:
        return ents
    same = {(s, e, lab): canon for s, e, lab, canon in ents}
    keep = [x for x in ents if not any(x[0] < e and s < x[1] for s, e, _ in names)]
    return sorted(keep + [(s, e, lab, same.get((s, e, lab), text[s:e])) for s, e, lab in names])
