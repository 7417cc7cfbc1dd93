"""Results written as nested JSON or YAML: a model card's ``model-index`` front matter, a results file an eval
service returns, a paper's ``results/main.yaml``.

The nesting says each number's role, which no sentence around it does. A number is a score when its key says so
(``score``, ``value``, ``accuracy``, ``acc``, ``pass@1``, …) or when its key is a benchmark's name (a found
benchmark, or any key of a ``scores``/``results``/``metrics``/``benchmarks`` object); never under a quantity's key
(``std``, ``stderr``, ``n``, ``seed``, ``cost…``, ``latency…``, ``wall…``, ``tokens``, ``lr``, ``batch_size``), never
``null``. Its benchmark is that key, else the nearest ``benchmark``/``suite``/``task``/``dataset`` field (or
``dataset: name:``) over it, else a key over it that is a found benchmark; its model the nearest ``display_name`` /
``model_name`` / ``model`` / ``name`` / ``system`` field over it whose value is a found model or has a model's shape
(a version digit: "router-default" and "accuracy (%)" are none), else a key over it that is one
(``trillium-2: {score: 57.3}``). A ``# ours`` comment on a model's line, or ``ours: true`` beside it, marks the
developer's own entries: the others are cited for comparison. A ``model-index`` is a model card's own front
matter (Hugging Face's card metadata, written by the model's publisher): its results are self-reported.

:func:`result_claims` gives, per block, (start, end, [(model, benchmark, value start, value end, line start,
line end, unit, rival)]); the claims reader builds the claims (``nlp.claims``). Linear in the block: JSON is read
by a small parser that keeps offsets; YAML by indentation, one line at a time (block mappings, ``- `` lists,
comments; flow ``{…}`` values are read as JSON). Gated by ``":`` (JSON) and a line ending in ``:`` (YAML).
"""
from __future__ import annotations

import re

from .aligned_columns import _canonical
from .chat_forms import display
from .record_lines import percent_key, score_key
from .table_rows import _line_list as _line_spans  # (start, end) of every line, without its break

_SCORE_KEYS = frozenset(("score", "value", "accuracy", "acc", "acc_norm", "pass@1", "pass_at_1", "pass_rate",
                         "resolved", "resolved_rate", "success_rate", "solve_rate", "win_rate", "exact_match", "em",
                         "f1", "mean", "mean_score", "result", "elo", "rating"))
_CONTAINERS = frozenset(("scores", "results", "metrics", "benchmarks", "evals", "evaluations", "eval_results",
                         "benchmark_scores", "eval"))
_QUANTITY = re.compile(r"(?:^|_)(?:std|stdev|stderr|sem|se|ci|ci95|n|n_items|items|samples|seed|seeds|seed_count|"
                       r"cost|costs|usd|price|latency|ms|sec|secs|seconds|minutes|min|wall|wall_clock|time|tokens?|"
                       r"lr|learning_rate|batch|batch_size|epochs?|steps?|warmup|decay|dropout|params?|size|count|"
                       r"rank|version|errors?|retries|temperature|top_p|max_tokens|shots?|n_shot|num_fewshot|"
                       r"id|year|gpus?|nodes?|memory|gb|context|length|window|limit|rpm|tpm|max|min_p|top_k|penalty|"
                       r"replicas|workers|threads|accum|accumulation|lora|alpha|beta|ratio|clip|norm|scale|dim|hidden|"
                       r"layers|heads|vocab|beams?|budget|port|timeout)(?:$|_)", re.I)
_MODEL_KEYS = ("display_name", "model_name", "model", "name", "system", "checkpoint", "model_id")
_BENCH_KEYS = ("benchmark", "benchmark_name", "suite", "task", "task_name", "dataset", "eval", "eval_name")
_MODEL_SHAPE = re.compile(r"^(?=[^%()]*\d)[A-Za-z][\w.+\-/ ]{1,60}$")
_NUM = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?%?$")
_NAMED_KEY = re.compile(r"[_\-.]|\d")  # under a model's key, a board's slug ("cardle_eval"), not a setting ("replicas")
_OURS_COMMENT = re.compile(r"#[^\n]*\b(?:ours|our model|this work)\b", re.I)


class _Node:
    __slots__ = ("kind", "items", "span", "text", "line")

    def __init__(self, kind, span=(0, 0), text=None, line=(0, 0)):
        self.kind = kind  # "map", "list", "num", "str", "null"
        self.items = []  # map: [(key, key span, node)]; list: [node]
        self.span = span
        self.text = text
        self.line = line


# ---- JSON, with offsets --------------------------------------------------------------------------------------------
_JSON_TOKEN = re.compile(r'(?:\s|#[^\n]*|//[^\n]*)*(?:(?P<s>"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\')|(?P<n>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(?P<w>true|false|null|NaN)|(?P<p>[{}\[\]:,]))')


def _line_of(text: str, a: int, b: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, a) + 1
    e = text.find("\n", b)
    return s, (len(text) if e < 0 else e)


def _json(text: str, at: int, limit: int):
    """(node, end) of the JSON value at text[at:], or (None, at)"""
    m = _JSON_TOKEN.match(text, at, limit)
    if not m:
        return None, at
    if m.group("s") is not None:
        s, e = m.span("s")
        return _Node("str", (s + 1, e - 1), text[s + 1:e - 1], _line_of(text, s, e)), m.end()
    if m.group("n") is not None:
        return _Node("num", m.span("n"), m.group("n"), _line_of(text, *m.span("n"))), m.end()
    if m.group("w") is not None:
        w = m.group("w")
        return _Node("null" if w in ("null", "NaN") else "str", m.span("w"), w), m.end()
    p = m.group("p")
    if p not in "{[":
        return None, at
    node = _Node("map" if p == "{" else "list", (m.start("p"), m.end("p")))
    pos = m.end()
    close = "}" if p == "{" else "]"
    while True:
        t = _JSON_TOKEN.match(text, pos, limit)
        if t and t.group("p") == close:
            node.span = (node.span[0], t.end())
            return node, t.end()
        if p == "{":
            if not t or t.group("s") is None:
                return None, at
            ks, ke = t.span("s")
            c = _JSON_TOKEN.match(text, t.end(), limit)
            if not c or c.group("p") != ":":
                return None, at
            child, pos = _json(text, c.end(), limit)
            if child is None:
                return None, at
            node.items.append((text[ks + 1:ke - 1], (ks + 1, ke - 1), child))
        else:
            child, pos = _json(text, pos, limit)
            if child is None:
                return None, at
            node.items.append(child)
        t = _JSON_TOKEN.match(text, pos, limit)
        if t and t.group("p") == ",":
            pos = t.end()


_JSON_START = re.compile(r"^[ \t]*[{\[][ \t]*$|^[ \t]*\{[ \t]*\"|^[ \t]*(?:const[ \t]+|let[ \t]+|var[ \t]+)?[A-Za-z_][\w.]*"
                         r"(?:[ \t]*:[ \t]*[\w\[\], .]{1,40})?[ \t]*=[ \t]*(?P<open>\{)[ \t]*$", re.M)  # … or "BASELINES = {" in code


def _json_blocks(text: str):
    out, pos = [], 0
    for m in _JSON_START.finditer(text):
        if m.start() < pos:
            continue
        start = m.start("open") if m.group("open") else m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        node, end = _json(text, start, min(len(text), start + 20000))
        if node is not None and node.kind in ("map", "list") and "\n" in text[start:end]:
            out.append((start, end, node))
            pos = end
    return out


# ---- YAML, by indentation ------------------------------------------------------------------------------------------
_YAML_LINE = re.compile(r"^(?P<ind>[ ]*)(?P<dash>-[ ]+)?(?:(?P<key>[\w@.$/\-\"' ]{1,60}?)[ ]*:(?:[ ]+(?P<val>[^#\n]*?))?|(?P<flow>\{[^{}\n#]*\})|(?P<item>[^#\n:]+?))[ ]*(?P<com>#[^\n]*)?$")
# a flow mapping's "key: value" pairs, "{type: accuracy, value: 73.6, name: accuracy (%)}" (unquoted: no JSON)
_FLOW_PAIR = re.compile(r"[ ]*(?P<k>[\w@.$/\-\"']{1,60}?)[ ]*:[ ]+(?P<v>[^,{}\[\]]*?)[ ]*(?:,|(?=\}))")
_KEY_VALUE = re.compile(r"^[\w@.$/\-\"']{1,60}[ ]*:[ ]+[^\s#][^\n]*$")  # an unindented "key: value" line
_YAML_HEAD = re.compile(r"^[ ]*(?:-[ ]+)?[\w@.$/\-\"']{1,60}[ ]*:[ ]*(?:#[^\n]*)?$", re.M)


def _scalar(text: str, s: int, e: int, line) -> _Node:
    v = text[s:e]
    if v in ("null", "~", "None", "NaN", "nan", ".nan"):
        return _Node("null", (s, e), v, line)
    if _NUM.match(v):
        return _Node("num", (s, e), v, line)
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return _Node("str", (s + 1, e - 1), v[1:-1], line)
    return _Node("str", (s, e), v, line)


def _flow(text: str, s: int, e: int, line) -> _Node | None:
    """The map node of the YAML flow mapping text[s:e] ("{" … "}", one line, no nesting), or None."""
    if e - s < 2 or text[s] != "{" or text[e - 1] != "}":
        return None
    node = _Node("map", (s, e), line=line)
    pos = s + 1
    while pos < e - 1:
        m = _FLOW_PAIR.match(text, pos, e)
        if not m:
            return None
        key = m.group("k").strip("\"'")
        node.items.append((key, m.span("k"), _scalar(text, *m.span("v"), line)))
        pos = m.end()
    return node if node.items else None


def _yaml_block(text: str, lines: list[tuple[int, int]], i: int):
    """(node, next line index, ours lines) of the YAML mapping/list starting at lines[i]"""
    root = _Node("map")
    stack: list[list] = [[-1, root, None, None]]  # (indent, node, the map holding it, its index there)
    ours = set()
    j = i
    while j < len(lines):
        a, b = lines[j]
        line = text[a:b]
        if not line.strip() or line.lstrip().startswith("#"):
            j += 1
            continue
        m = _YAML_LINE.match(line)
        if not m or line.strip() in ("```", "---", "..."):
            break
        ind = len(m.group("ind"))
        dash = m.group("dash") or ""
        if ind == 0 and j > i and m.group("key") is None and not dash:
            break
        if m.group("com") and _OURS_COMMENT.match(m.group("com")):
            ours.add(j)
        while len(stack) > 1 and stack[-1][0] >= ind + (1 if dash else 0):
            stack.pop()
        top = stack[-1]
        parent = top[1]
        if dash:
            if parent.kind == "map" and not parent.items and top[2] is not None:
                lst = _Node("list", line=parent.line)  # "results:" over "- …" items: the key holds a list
                k, ks, _ = top[2].items[top[3]]
                top[2].items[top[3]] = (k, ks, lst)
                top[1] = parent = lst
            if parent.kind != "list":
                break
            if m.group("item") is not None:
                parent.items.append(_scalar(text, a + m.start("item"), a + m.end("item"), (a, b)))
                j += 1
                continue
            if m.group("flow") is not None:  # "- {type: accuracy, value: 73.6}" (a model card's metrics)
                node = _flow(text, a + m.start("flow"), a + m.end("flow"), (a, b))
                if node is None:
                    break
                parent.items.append(node)
                j += 1
                continue
            node = _Node("map", line=(a, b))
            parent.items.append(node)
            stack.append([ind + len(dash) - 1, node, None, None])  # the item's keys stand at ind + len(dash)
            parent = node
        elif m.group("key") is None:
            break
        if parent.kind != "map":
            break
        key = m.group("key").strip().strip("\"'")
        ks = a + m.start("key")
        val = m.group("val")
        if val:
            vs = a + m.start("val")
            child = None
            if val.startswith(("{", "[")):
                child, _ = _json(text, vs, b)
                if child is None and val.startswith("{"):
                    child = _flow(text, vs, a + m.end("val"), (a, b))  # "dataset: {name: Ordlist-QA, type: …}"
            if child is None:
                child = _scalar(text, vs, a + m.end("val"), (a, b))
            child.line = (a, b)
            parent.items.append((key, (ks, ks + len(key)), child))
        else:
            child = _Node("map", line=(a, b))
            parent.items.append((key, (ks, ks + len(key)), child))
            stack.append([ind + len(dash), child, parent, len(parent.items) - 1])
        j += 1
    return root, j, ours


def _yaml_blocks(text: str):
    if not _YAML_HEAD.search(text):
        return []
    lines = _line_spans(text)
    out = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if not _YAML_HEAD.match(text[a:b]):
            i += 1
            continue
        head = i
        while i > 0 and _KEY_VALUE.match(text[lines[i - 1][0]:lines[i - 1][1]]):
            i -= 1  # "benchmark: X" lines over the first nested key belong to the block
        a = lines[i][0]
        root, j, ours = _yaml_block(text, lines, i)
        if j > i + 2 and _depth(root) >= 3:
            out.append((a, lines[j - 1][1], root, {lines[k] for k in ours}))
            i = max(j, head + 1)
        else:
            i = head + 1
    return out


# ---- text-format blocks: ``result {`` … ``}`` ----------------------------------------------------------------------
# Protocol Buffers' text format (a ``.textproto`` / ``.pbtxt`` results file) and configs shaped like it nest
# ``name {`` … ``}`` blocks of ``key: value`` lines, neither JSON (keys unquoted) nor YAML (braces, not indentation).
_BRACE_OPEN = re.compile(r"^[ \t]*(?P<key>[A-Za-z_][\w.\-]{0,60})[ \t]*:?[ \t]*\{[ \t]*(?:#[^\n]*)?$", re.M)
_BRACE_CLOSE = re.compile(r"^[ \t]*\}[ \t]*[,;]?[ \t]*(?:#[^\n]*)?$", re.M)
_BRACE_PAIR = re.compile(r"^[ \t]*(?P<key>[A-Za-z_][\w.\-]{0,60})[ \t]*:[ \t]*(?P<val>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|"
                         r"[^\s#{}\[\],;][^#{}\n]*?)[ \t]*[,;]?[ \t]*(?:#[^\n]*)?$", re.M)
_BRACE_GATE = re.compile(r"^[ \t]*[A-Za-z_][\w.\-]{0,60}[ \t]*:?[ \t]*\{[ \t]*$", re.M)


def _brace_blocks(text: str):
    """(start, end, root) of each run of text-format lines: ``key: value`` lines and ``name {`` … ``}`` blocks, every
    brace closed, at least one block holding a number; a line of any other shape ends the run"""
    lines = _line_spans(text)
    out = []
    i = 0
    while i < len(lines):
        if not _BRACE_OPEN.match(text, *lines[i]):
            i += 1
            continue
        first = i
        while first > 0 and (_BRACE_PAIR.match(text, *lines[first - 1]) or _COMMENT_LINE.match(text, *lines[first - 1])):
            first -= 1  # "suite: X" lines over the first block are the run's own fields
        root = _Node("map")
        stack = [root]
        nested_num = False
        j, last = first, first
        while j < len(lines):
            a, b = lines[j]
            if not text[a:b].strip() or _COMMENT_LINE.match(text, a, b):
                j += 1
                continue
            m = _BRACE_OPEN.match(text, a, b)
            if m:
                node = _Node("map", line=(a, b))
                stack[-1].items.append((m.group("key"), m.span("key"), node))
                stack.append(node)
            elif _BRACE_CLOSE.match(text, a, b):
                if len(stack) == 1:
                    break
                stack.pop()
            else:
                m = _BRACE_PAIR.match(text, a, b)
                if not m:
                    break
                child = _scalar(text, *m.span("val"), (a, b))
                stack[-1].items.append((m.group("key"), m.span("key"), child))
                nested_num = nested_num or (child.kind == "num" and len(stack) > 1)
            last = j
            j += 1
        if len(stack) == 1 and nested_num:
            out.append((lines[first][0], lines[last][1], root))
            i = last + 1
        else:
            i += 1
    return out


def _depth(node) -> int:
    if node.kind == "map":
        return 1 + max((_depth(c) for _, _, c in node.items), default=0)
    if node.kind == "list":
        return 1 + max((_depth(c) for c in node.items), default=0)
    return 0


# ---- reading the tree ----------------------------------------------------------------------------------------------
def _ent_at(ents, s: int, e: int, label: str):
    return next((x for x in ents if x[0] < e and s < x[1] and x[2] == label), None)


def _field(node, keys):
    if node.kind != "map":
        return None
    found = {k.lower(): (ks, c) for k, ks, c in node.items}
    for k in keys:
        if k in found:
            return found[k]
    return None


def _model_of(text, node, ents):
    """(canonical, line) of the model a map names by a field, or None"""
    for k in _MODEL_KEYS:
        f = _field(node, (k,))
        if f is None or f[1].kind != "str":
            continue
        s, e = f[1].span
        x = _ent_at(ents, s, e, "MODEL")
        if x:
            return x[3], f[1].line
        if k == "name" and not any(kk.lower() in _CONTAINERS for kk, _, _ in node.items):
            continue  # a metric's or a dataset's "name: top-5 accuracy"; a model-index entry's name has "results"
        if _MODEL_SHAPE.match(text[s:e]):
            return (display(text[s:e]) if text[s:e].islower() else text[s:e]), f[1].line
    return None


def _bench_of(text, node, ents, names):
    for k in _BENCH_KEYS:
        f = _field(node, (k,))
        if f is None:
            continue
        c = f[1]
        if c.kind == "map":  # "dataset: {name: X, type: org/x}"; a "task: {type: text-generation}" names none
            c = next((v for kk, _, v in c.items if kk.lower() == "name" and v.kind == "str"), None)
        if c is None or c.kind != "str" or not c.text.strip():
            continue
        s, e = c.span
        x = _ent_at(ents, s, e, "BENCHMARK")
        return x[3] if x else _canonical(text[s:e], names)
    return None


def _key_model(text, key, ks, ents):
    x = _ent_at(ents, *ks, "MODEL")
    if x:
        return x[3]
    if _MODEL_SHAPE.match(key) and not _QUANTITY.search(key) and key.lower() not in _CONTAINERS:
        return display(key) if key.islower() else key
    return None


def _walk(text, node, path, ents, names, out, ours_lines, board=None):
    """path: [(key, key span, parent map)] from the root; board: (canonical, in percent) of the benchmark a comment
    right over the block names, or None"""
    if node.kind == "map":
        for k, ks, c in node.items:
            _walk(text, c, path + [(k, ks, node)], ents, names, out, ours_lines, board)
    elif node.kind == "list":
        for c in node.items:
            _walk(text, c, path + [(None, None, node)], ents, names, out, ours_lines)
    elif node.kind == "num" and path and path[-1][0] is not None:
        key, ks, holder = path[-1]
        low = key.lower()
        if _QUANTITY.search(low) and not score_key(low, _SCORE_KEYS):
            return
        bench = None
        parent_key = next((k for k, _, _ in reversed(path[:-1]) if k is not None), None)
        if board and len(path) == 1 and not score_key(low, _SCORE_KEYS):
            # "BASELINES = {"kestrin-4": 61.2, …}" under "# model id -> published GimletBench pass@1 (%)": a model's key
            # and its figure on the board the comment over the block names
            km = _key_model(text, key, ks, ents)
            if km:
                line = text[node.line[0]:node.line[1]] if node.line else ""
                unit = "%" if node.text.endswith("%") or board[1] else "bare"
                out.append((km, board[0], node.span[0], node.span[1], node.line[0], node.line[1], unit,
                            node.line in ours_lines))
            return
        if not score_key(low, _SCORE_KEYS):
            x = _ent_at(ents, *ks, "BENCHMARK")
            if x:
                bench = x[3]
            elif not _ent_at(ents, *ks, "MODEL") and (
                    parent_key and parent_key.lower() in _CONTAINERS
                    or _NAMED_KEY.search(key) and (parent_key and _key_model(text, parent_key, _parent_span(path), ents)
                                                   or "." in node.text and _model_of(text, holder, ents))):
                # "scores: {x_qa: 0.78}", "quorlin-4: {x_qa: 66.1}", "{model: Quorlin-4, x_qa: 0.571}" (a decimal:
                # a flat config's "grad_accum: 8" is none)
                bench = _canonical(key, names)
            else:
                return
        # the benchmark: the nearest field naming one, or a key over the number that is a found benchmark
        bench_keys = set()
        for k, kspan, m in reversed(path):
            if bench is None:
                bench = _bench_of(text, m, ents, names)
            if k is not None and kspan is not None and (k, kspan) != (key, ks) and _ent_at(ents, *kspan, "BENCHMARK"):
                bench_keys.add(kspan)
                if bench is None:
                    bench = _ent_at(ents, *kspan, "BENCHMARK")[3]
        # the model: the nearest field naming one ("display_name: Ombú-3" over "results: skein_eval_2026: score"),
        # else a key over the number that is no benchmark ("trillium-2: {score: 57.3}")
        model, model_line = None, None
        for k, kspan, m in reversed(path):
            got = _model_of(text, m, ents)
            if got:
                model, model_line = got
                break
        if model is None:
            for k, kspan, m in reversed(path):
                if k is None or kspan is None or (k, kspan) == (key, ks) or kspan in bench_keys:
                    continue
                km = _key_model(text, k, kspan, ents)
                if km:
                    model, model_line = km, _line_of(text, *kspan)
                    break
        if bench is None and model is not None and model_line is not None:
            # "display_name: X … results: {board_slug: {score: …}}": with the model named by a field, a key of a
            # results object over the number is the board
            for i in range(len(path) - 2, 0, -1):
                k, kspan, _ = path[i]
                if k is not None and kspan is not None and (path[i - 1][0] or "").lower() in _CONTAINERS \
                        and not _QUANTITY.search(k.lower()) and not _ent_at(ents, *kspan, "MODEL"):
                    bench = _canonical(k, names)
                    break
        if not (model and bench):
            return
        unit = "%" if (node.text.endswith("%") or "%" in text[node.line[0]:node.line[1]] or _pct_sibling(holder)
                      or percent_key(low)) else "bare"
        own = model_line in ours_lines or _ours_flag(path)
        out.append((model, bench, node.span[0], node.span[1], node.line[0], node.line[1], unit, own))


def _parent_span(path):
    return next((ks for k, ks, _ in reversed(path[:-1]) if k is not None), (0, 0))


def _pct_sibling(holder) -> bool:
    return holder.kind == "map" and any(c.kind == "str" and "%" in (c.text or "") for _, _, c in holder.items)


def _ours_flag(path) -> bool:
    for _, _, m in path:
        f = _field(m, ("ours", "is_ours", "own"))
        if f is not None and f[1].kind == "str" and f[1].text.lower() in ("true", "yes"):
            return True
    return False


_COMMENT_LINE = re.compile(r"[ \t]*(?:#|//)")


def _comment_board(text: str, a: int, ents) -> tuple[str, bool] | None:
    """(canonical, whether it says %) of the one benchmark named by the comment line right over the line holding
    text[a] ("# model id -> published GimletBench pass@1 (%)" over "BASELINES = {"), else None"""
    start = text.rfind("\n", 0, a) + 1
    if start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    if not _COMMENT_LINE.match(text, above, start - 1):
        return None
    benches = {x[3] for x in ents if x[2] == "BENCHMARK" and above <= x[0] and x[1] <= start - 1}
    if len(benches) != 1:
        return None
    line = text[above:start - 1]
    return next(iter(benches)), "%" in line or "percent" in line


def result_claims(text: str, ents: list[tuple]):
    """[(start, end, [(model, benchmark, value start, value end, line start, line end, unit, rival, card)])] per block;
    ``card``: the block is a model card's ``model-index`` (the card's developer reports its own results)"""
    blocks = []
    if '":' in text:
        blocks += [(a, b, n, set()) for a, b, n in _json_blocks(text)]
    if ":\n" in text:
        blocks += _yaml_blocks(text)
    if "{\n" in text and _BRACE_GATE.search(text):
        taken = [(a, b) for a, b, _, _ in blocks]
        blocks += [(a, b, n, set()) for a, b, n in _brace_blocks(text) if not any(a < y and x < b for x, y in taken)]
    if not blocks:
        return []
    names = list(dict.fromkeys(x[3] for x in ents if x[2] == "BENCHMARK"))
    out = []
    for a, b, root, ours_lines in blocks:
        found: list = []
        _walk(text, root, [], [x for x in ents if a <= x[0] < b] or ents, names, found, ours_lines,
              _comment_board(text, a, ents) if root.kind == "map" else None)
        if not found:
            continue
        marked = any(f[7] for f in found)
        card = _field(root, ("model-index",)) is not None  # a model card's own front matter: the developer's results
        out.append((a, b, [(*f[:7], marked and not f[7], card) for f in found]))
    return out
