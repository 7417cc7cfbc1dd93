"""Which regular expressions spend the NLP pipeline's time (a developer tool, run by hand).

    cd WORKTREE && nice -n 10 python -m bench.regex_costs [--words 45000] [--top 40] [--out F.md]

callgrind (round 20) charged about half of the pipeline's instructions to the regex engine, but shows no
Python frames, and cProfile charges ``Pattern.search``/``finditer`` to their callers without naming the
pattern. This tool names them: before ``nlp`` is imported, ``re.compile`` is wrapped so that every pattern
compiled by code of an ``nlp`` module (at import or inside a function) is a :class:`_Timed` proxy, and the
module functions (``re.search``, ``re.sub``...) called from ``nlp`` code are timed too. Each method call is
timed with ``time.perf_counter_ns`` (a ``finditer``: each ``next`` on its iterator, so the time to exhaust
it), exclusive of nested timed calls (a ``sub`` whose replacement function searches again). A pattern is
keyed by where it was compiled (module, line; the variable or container that holds it is looked up in the
module's globals, class attributes and function defaults after the run) and by method.

Not covered: patterns compiled by spaCy (the tokenizer's prefix/suffix/infix rules: part of the bare
tokenizer the speed floor divides by) or other libraries; regex work in ``str`` methods is no regex.

Known limit (found in round 21): the proxies are not ``re.Pattern`` instances, so the speed wrappers that
``nlp.load`` installs on real patterns (``nlp.quick_rejects.install``, ``nlp.needed_words.install``) skip
them: a pattern those wrappers gate is timed here as if ungated (its share overstated), and the gates' own
start-finder patterns are not seen. Read a gated pattern's row as its cost without the gate.

The texts: the quick bench's written texts (``bench.nlp.written_texts(60 * 750)``), pipeline
``nlp.load({}, lexeme_attrs=False)``. A first child process runs ``nlp.analyze`` on them without proxies; the
tool asserts that the proxied run gives the identical output (sha256 of the JSON rows).
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import time
import types
from collections import defaultdict

_ns = time.perf_counter_ns
_REAL_COMPILE = re.compile
_FUNCS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
_REAL_FUNCS = {f: getattr(re, f) for f in _FUNCS}

#: (site key, method) -> [calls, exclusive ns]
STATS: dict[tuple, list] = defaultdict(lambda: [0, 0])
#: site (module, line, function) -> {(pattern, flags): its number at the site}; a pattern's key is site + (number,)
SITE_PATTERNS: dict[tuple, dict] = defaultdict(dict)
#: (key, method) -> the argument tuples seen: a repeat (same string, same pos/endpos) could have been answered from a cache
SEEN: dict[tuple, set] = defaultdict(set)
REPEATS: dict[tuple, int] = defaultdict(int)
_stack: list[int] = []  # child time of the timed calls in progress (a sub's callable replacement)


def _note(key, method, a, k):
    try:
        sig = (a, tuple(k.items())) if k else a
        seen = SEEN[(key, method)]
        if sig in seen:
            REPEATS[(key, method)] += 1
        else:
            seen.add(sig)
    except TypeError:  # an unhashable argument
        pass


def _timed(key, method, fn, *a, **k):
    _note(key, method, a, k)
    _stack.append(0)
    t0 = _ns()
    try:
        return fn(*a, **k)
    finally:
        dt = _ns() - t0
        child = _stack.pop()
        if _stack:
            _stack[-1] += dt
        st = STATS[(key, method)]
        st[0] += 1
        st[1] += dt - child


class _TimedIter:
    __slots__ = ("_it", "_st")

    def __init__(self, it, st):
        self._it, self._st = it, st

    def __iter__(self):
        return self

    def __next__(self):
        t0 = _ns()
        try:
            return next(self._it)
        finally:
            dt = _ns() - t0
            if _stack:
                _stack[-1] += dt
            self._st[1] += dt


class _Timed:
    """Stands for a compiled pattern: same methods and attributes, each method call timed."""
    __slots__ = ("_p", "_key")

    def __init__(self, p, key):
        self._p, self._key = p, key

    def __getattr__(self, name):
        return getattr(self._p, name)

    def __repr__(self):
        return repr(self._p)

    def __eq__(self, other):
        return self._p == (other._p if isinstance(other, _Timed) else other)

    def __hash__(self):
        return hash(self._p)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def search(self, *a, **k):
        return _timed(self._key, "search", self._p.search, *a, **k)

    def match(self, *a, **k):
        return _timed(self._key, "match", self._p.match, *a, **k)

    def fullmatch(self, *a, **k):
        return _timed(self._key, "fullmatch", self._p.fullmatch, *a, **k)

    def findall(self, *a, **k):
        return _timed(self._key, "findall", self._p.findall, *a, **k)

    def sub(self, *a, **k):
        return _timed(self._key, "sub", self._p.sub, *a, **k)

    def subn(self, *a, **k):
        return _timed(self._key, "subn", self._p.subn, *a, **k)

    def split(self, *a, **k):
        return _timed(self._key, "split", self._p.split, *a, **k)

    def finditer(self, *a, **k):
        st = STATS[(self._key, "finditer")]
        st[0] += 1
        _note(self._key, "finditer", a, k)
        t0 = _ns()
        it = self._p.finditer(*a, **k)  # making the iterator: no matching yet
        dt = _ns() - t0
        if _stack:
            _stack[-1] += dt
        st[1] += dt
        return _TimedIter(it, st)


def _site(depth: int = 2):
    """(module, line, function) of the nlp code calling at ``depth``, or None when the caller is not nlp's."""
    f = sys._getframe(depth)
    mod = f.f_globals.get("__name__", "")
    if mod == "nlp" or mod.startswith("nlp."):
        return (mod, f.f_lineno, f.f_code.co_qualname)
    return None


def _unwrap(p):
    return p._p if isinstance(p, _Timed) else p


def _compile(pattern, flags=0):
    real = _REAL_COMPILE(_unwrap(pattern), flags)
    key = _site()
    if key is None:
        return real
    seen = SITE_PATTERNS[key]
    n = seen.setdefault((real.pattern, real.flags), len(seen))
    return _Timed(real, key + (n,))


def _module_func(name):
    real = _REAL_FUNCS[name]

    def wrapped(pattern, *a, **k):
        key = _site()
        pattern = _unwrap(pattern)
        if key is None:
            return real(pattern, *a, **k)
        key = (key[0], key[1], key[2] + f" [re.{name}]", 0)
        if name == "finditer":
            st = STATS[(key, "finditer")]
            st[0] += 1
            return _TimedIter(real(pattern, *a, **k), st)
        return _timed(key, name, real, pattern, *a, **k)
    return wrapped


def install() -> None:
    """Wrap ``re.compile`` and the module functions; call before ``nlp`` is imported."""
    re.compile = _compile
    for f in _FUNCS:
        setattr(re, f, _module_func(f))


def _floor_ns(n: int = 20000) -> float:
    """The timer's own cost inside one timed window (the least of many empty windows)."""
    best = min(-(_ns() - _ns()) for _ in range(n))
    return max(best, 0)


# ---------------------------------------------------------------- names of the patterns

def _walk(value, path: str, out: dict, depth: int, seen: set):
    if isinstance(value, _Timed):
        out.setdefault(value._key, set()).add(path)
        return
    if depth > 3 or id(value) in seen:
        return
    if isinstance(value, (list, tuple)):
        seen.add(id(value))
        for i, v in enumerate(value[:2000]):
            _walk(v, f"{path}[{i}]", out, depth + 1, seen)
    elif isinstance(value, dict):
        seen.add(id(value))
        for i, (k, v) in enumerate(list(value.items())[:5000]):
            kk = repr(k) if isinstance(k, (str, int)) and len(repr(k)) < 30 else "[..]"
            _walk(v, f"{path}[{kk}]", out, depth + 1, seen)
    elif isinstance(value, (set, frozenset)):
        seen.add(id(value))
        for v in value:
            _walk(v, f"{path}{{..}}", out, depth + 1, seen)
    elif isinstance(value, type) or hasattr(value, "__dict__") and not callable(value):
        seen.add(id(value))
        for k, v in list(vars(value).items()):
            if not k.startswith("__"):
                _walk(v, f"{path}.{k}", out, depth + 1, seen)
    elif callable(value) and getattr(value, "__defaults__", None):
        for i, v in enumerate(value.__defaults__):
            _walk(v, f"{path}(default {i})", out, depth + 1, seen)


def names() -> dict:
    """site key -> the names under which nlp modules' globals hold its pattern(s)."""
    out: dict = {}
    for mod, m in list(sys.modules.items()):
        if not (mod == "nlp" or mod.startswith("nlp.")) or m is None:
            continue
        seen: set = set()
        for k, v in list(vars(m).items()):
            if k.startswith("__") or isinstance(v, type) and v.__module__ != mod:
                continue
            if isinstance(v, types.ModuleType):
                continue
            _walk(v, f"{mod.removeprefix('nlp.')}.{k}", out, 0, seen)
    return out


# ---------------------------------------------------------------- the runs

def _texts(words: int) -> list[str]:
    from bench.nlp import written_texts
    return [t[1] for t in written_texts(words)]


def _digest(pipe, texts) -> str:
    import nlp
    rows = list(nlp.analyze(pipe, [{"id": i, "text": t} for i, t in enumerate(texts)]))
    return hashlib.sha256("\n".join(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows).encode()).hexdigest()


def _plain(words: int) -> None:
    """Child process: the analyze digest and pipeline seconds without proxies."""
    import nlp
    texts = _texts(words)
    pipe = nlp.load({}, lexeme_attrs=False)
    list(pipe.pipe(texts[:40]))
    t0, c0 = time.perf_counter(), time.process_time()
    list(pipe.pipe(texts))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    digest = _digest(pipe, texts)
    import cProfile
    import pstats
    prof = cProfile.Profile()
    prof.enable()
    list(pipe.pipe(texts))
    prof.disable()
    calls: dict = defaultdict(int)
    for (_, _, fn), (_, ncalls, _, _, _) in pstats.Stats(prof).stats.items():
        m = re.fullmatch(r"<method '(\w+)' of 're\.Pattern' objects>", fn)
        if m:
            calls[m.group(1)] += ncalls
    print(json.dumps({"digest": digest, "wall": wall, "cpu": cpu, "pattern_calls": calls}))


def _fmt_table(rows, header):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---:" if h[0] in "#0123456789" or h in (
        "calls", "repeats", "seconds", "µs/call", "% regex", "% pipeline", "patterns", "patterns used") else "---" for h in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(lines)


def merged(files: list[str], top: int) -> str:
    """Mean shares over runs (a loaded machine moves seconds by tens of percent between runs; shares less)."""
    runs = []
    for f in files:
        try:
            with open(f, encoding="utf-8") as fh:
                runs.append(json.load(fh))
        except (OSError, ValueError) as e:
            raise SystemExit(f"error: cannot read run file {f}: {e}")
    share: dict = defaultdict(lambda: [0.0] * len(runs))
    info: dict = {}
    for i, r in enumerate(runs):
        total = sum(row[0] for row in r["rows"])
        for sec, key, method, calls, name, pat, *rep in r["rows"]:
            k = (tuple(key), method)
            share[k][i] = 100 * sec / total
            info[k] = (calls, name, rep[0] if rep else None, pat)
    mean = {k: sum(v) / len(v) for k, v in share.items()}
    order = sorted(mean, key=lambda k: -mean[k])
    regex_pct = [100 * sum(row[0] for row in r["rows"]) / r["wall"] for r in runs]
    out = [f"{len(runs)} runs; timed regex seconds = " + ", ".join(f"{p:.1f}%" for p in regex_pct)
           + " of the proxied pipeline's wall seconds; " + ", ".join(
               f"{100 * sum(row[0] for row in r['rows']) / r['plain']['wall']:.1f}%" for r in runs)
           + " of the plain run's; patterns (with method) timed: " + ", ".join(str(len(r["rows"])) for r in runs), ""]
    cum, rows = 0.0, []
    for i, k in enumerate(order[:top], 1):
        cum += mean[k]
        calls, name, rep, _ = info[k]
        us = [1e6 * row[0] / row[3] for r in runs for row in r["rows"] if (tuple(row[1]), row[2]) == k]
        rows.append((i, f"{k[0][0].removeprefix('nlp.')}:{k[0][1]}", name.replace("|", "\\|"), k[1], f"{calls:,}",
                     "?" if rep is None else f"{rep:,}", f"{sum(us) / len(us):.0f}", " / ".join(f"{v:.1f}" for v in share[k]), f"{mean[k]:.1f}", f"{cum:.1f}"))
    out.append(_fmt_table(rows, ["#", "module:line", "pattern (holder)", "method", "calls", "repeats", "µs/call",
                                 "% regex per run", "% regex", "cumulative %"]))
    for n in (15, 40, 100):
        out.append(f"top {n}: {sum(mean[k] for k in order[:n]):.1f}% of the timed regex seconds")
    per_mod: dict = defaultdict(float)
    for k, v in mean.items():
        per_mod[k[0][0]] += v
    mods = sorted(per_mod.items(), key=lambda kv: -kv[1])
    out += ["", _fmt_table([(m.removeprefix("nlp."), f"{v:.1f}") for m, v in mods[:top]], ["module", "% regex"]),
            f"({len(mods)} modules; the other {max(len(mods) - top, 0)}: {sum(v for _, v in mods[top:]):.1f}%)"]
    return "\n".join(out)


def main(argv=None) -> int:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=60 * 750)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--out", help="also write the report (Markdown) here")
    ap.add_argument("--plain", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--merge", nargs="+", metavar="OUT.json", help="average the shares of several runs' --out files")
    args = ap.parse_args(argv)
    if args.merge:
        print(merged(args.merge, args.top))
        return 0
    if os.environ.get("PYTHONHASHSEED") != "0":  # the same set orders in both processes
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", "bench.regex_costs", *sys.argv[1:]])
    if args.plain:
        _plain(args.words)
        return 0
    child = subprocess.run([sys.executable, "-m", "bench.regex_costs", "--plain", "--words", str(args.words)],
                           capture_output=True, text=True, env=os.environ)
    if child.returncode:
        print(f"error: the plain run failed: {child.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return 1
    plain = json.loads(child.stdout.strip().splitlines()[-1])

    install()
    import nlp
    texts = _texts(args.words)
    pipe = nlp.load({}, lexeme_attrs=False)
    list(pipe.pipe(texts[:40]))  # lazy compiles
    STATS.clear()
    SEEN.clear()
    REPEATS.clear()
    t0, c0 = time.perf_counter(), time.process_time()
    list(pipe.pipe(texts))
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    stats = {k: list(v) for k, v in STATS.items()}
    repeats = dict(REPEATS)
    SEEN.clear()
    digest = _digest(pipe, texts)
    assert digest == plain["digest"], "the proxied patterns changed the analyze output"

    floor = _floor_ns()
    named = names()
    rows = []
    for (key, method), (calls, ns) in stats.items():
        if not calls:
            continue
        rows.append((max(ns - calls * floor, 0) / 1e9, key, method, calls, repeats.get((key, method), 0)))
    rows.sort(key=lambda r: -r[0])
    total = sum(r[0] for r in rows)
    words = sum(len(t.split()) for t in texts)

    def label(key):
        got = sorted(named.get(key, ()), key=lambda g: (len(g), g))
        n = len(SITE_PATTERNS.get(key[:3], ()))
        where = f"{key[0].removeprefix('nlp.')}:{key[1]}"
        if " [re." in key[2]:
            return where, f"`{key[2].split(' [')[1][:-1]}(...)` in {key[2].split(' [')[0]}"
        if got:
            name = ", ".join(g.split(".", 1)[1] if "." in g else g for g in got[:2]) + (" ..." if len(got) > 2 else "")
        else:
            name = f"(compiled in {key[2]})"
        return where, name + (f" (#{key[3]} of {n} at the site)" if n > 1 else "")

    out = [f"texts: {len(texts)} ({words:,} words); pipeline {wall:.2f} s wall / {cpu:.2f} s CPU with proxies, "
           f"{plain['wall']:.2f} s wall / {plain['cpu']:.2f} s CPU without (proxy overhead x{wall / plain['wall']:.2f}); "
           f"timer floor {floor:.0f} ns per call subtracted; analyze output identical (sha256 {digest[:12]})",
           f"timed regex seconds {total:.2f} = {100 * total / wall:.1f}% of the proxied pipeline's wall seconds, "
           f"{100 * total / plain['wall']:.1f}% of the plain run's"]
    mine: dict = defaultdict(int)
    for (key, method), (calls, _) in stats.items():
        mine[method] += calls
    theirs = plain["pattern_calls"]
    out.append("coverage (calls timed here / `re.Pattern` method calls cProfile counts from Python code in a plain pass): "
               + ", ".join(f"{m} {mine.get(m, 0):,}/{theirs[m]:,}" for m in sorted(theirs, key=lambda m: -theirs[m]))
               + f"; all {sum(mine.values()):,}/{sum(theirs.values()):,}")
    out.append("")
    table = []
    for i, (s, key, method, calls, rep) in enumerate(rows[:args.top], 1):
        where, name = label(key)
        table.append((i, where, name.replace("|", "\\|"), method, f"{calls:,}", f"{rep:,}", f"{s:.3f}", f"{1e6 * s / calls:.2f}",
                      f"{100 * s / total:.1f}", f"{100 * s / wall:.1f}"))
    out.append(_fmt_table(table, ["#", "module:line", "pattern (holder)", "method", "calls", "repeats", "seconds", "µs/call",
                                  "% regex", "% pipeline"]))
    per_site: dict = defaultdict(lambda: [0.0, 0, set()])
    for s, key, method, calls, raw in rows:
        ps = per_site[key[:3]]
        ps[0] += s
        ps[1] += calls
        ps[2].add(key)
    several = sorted(((k, v) for k, v in per_site.items() if len(SITE_PATTERNS.get(k, ())) > 1), key=lambda kv: -kv[1][0])
    out += ["", "sites that compile several patterns (all their patterns together):", "",
            _fmt_table([(f"{k[0].removeprefix('nlp.')}:{k[1]}", k[2], len(SITE_PATTERNS[k]), len(v[2]), f"{v[1]:,}",
                         f"{v[0]:.3f}", f"{100 * v[0] / total:.1f}", f"{100 * v[0] / wall:.1f}") for k, v in several[:15]],
                       ["module:line", "function", "patterns", "patterns used", "calls", "seconds", "% regex", "% pipeline"])]
    per_mod: dict = defaultdict(lambda: [0.0, 0, set()])
    for s, key, method, calls, raw in rows:
        pm = per_mod[key[0]]
        pm[0] += s
        pm[1] += calls
        pm[2].add(key)
    pattern_text = {site + (n,): pf for site, d in SITE_PATTERNS.items() for pf, n in d.items()}
    out += ["", _fmt_table([(m.removeprefix("nlp."), len(v[2]), f"{v[1]:,}", f"{v[0]:.3f}", f"{100 * v[0] / total:.1f}",
                             f"{100 * v[0] / wall:.1f}")
                            for m, v in sorted(per_mod.items(), key=lambda kv: -kv[1][0])],
                           ["module", "patterns", "calls", "seconds", "% regex", "% pipeline"])]
    text = "\n".join(out)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        print(json.dumps({"rows": [[r[0], list(r[1]), r[2], r[3], label(r[1])[1], pattern_text.get(r[1]), r[4]] for r in rows],
                          "wall": wall, "cpu": cpu,
                          "plain": plain}), file=open(args.out + ".json", "w"))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())
    raise SystemExit(main())
