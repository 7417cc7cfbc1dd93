"""What each reader of the entity finder and the claims reader costs, and what it buys.

    python -m bench.component_costs [--out bench/component-costs-round18.json] [--only MOD,MOD] [--no-others]
                                    [--timing 20] [--combined MOD,MOD,...]
    python -m bench.component_costs --modes --only MOD,MOD [--combined MOD,MOD,...] [--out F.json]
    python -m bench.component_costs --render-modes F.json

A *component* is an ``nlp`` module with a call site in ``nlp/entities.py`` or ``nlp/claims.py`` (and the
modules added in rounds 15-17 that are called from other readers: switched off at their own call sites).
Switching a component off replaces, at those call sites only, each function of the module the caller
names by a stub that returns "nothing" (:func:`switched_off`; the bindings are restored on exit; nothing
in ``nlp/`` changes). What "nothing" is, is learned from the function's own answers on the baseline run
(:class:`Shape`): ``None`` for a function that sometimes answers None; the empty collection for a finder;
its input back for a filter or rewriter (a list whose items mostly come from an argument, a string as long
as an argument, a number equal to an argument); otherwise the answer it gives most often (a yes/no test
answers its usual answer). A function whose answer is an object of another kind is left running.

Cost: the inclusive CPU time of the call sites (cProfile, the callers' edges into the module's functions)
over the quick bench's written texts (``bench.nlp.written_texts(60 * 750)``, as ``python -m bench --quick``
builds them), as a share of the whole ``nlp.pipe``; for the costliest, a switch-off timing (best of 3,
process CPU) checks the profile.

Buys: the change when switched off alone, on heldout17 / claims-test18 (never tuned on; halves by id:
001-030 plain, 031-060 new layouts) read in full, and on every other spent set pooled (tuned on), where
only the passages on which one of the module's functions answered something else than its stub are read
again (on the others the switched-off pipeline gives the same output: the pipeline reads each passage
alone). Frozen sets of round 18 are never read.

``--modes`` (round 19): round 18 judged on batch F1 and the 0.50 bar only and missed what a reader buys in
stream mode (``annotate``'s: outputs feed the memory of later passages), at the 0.90 bar and in the 40 %
ablation. Here each switch-off is scored on both untuned pairs (heldout17 / claims-test18, heldout18 /
claims-test19), each read in full in every mode, and is *idle* only if no figure gets worse on either.
The round's frozen pair (heldout19 / claims-test20) is never read.
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import cProfile
import importlib
import json
import pstats
import sys
import time
import types
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NLP_DIR = ROOT / "nlp"
DATA = ROOT / "tests" / "data" / "nlp"
CALLERS = ("entities", "claims")
# modules added in rounds 15-17 without a call site in the two callers: switched off where they are called
LATE_MODULES = ("board_shapes", "claim_checks", "claim_cues", "claim_vetoes", "line_scope", "native_heads")
# the pipeline's own parts: without them there is no entity or claim to score
CORE = frozenset({"canonical", "kb", "entities", "numbers", "errors", "gold"})
UNTUNED_ENT, UNTUNED_CLAIMS = "heldout17", "claims-test18"
# round 19: both untuned pairs, each reported apart (``--modes``)
UNTUNED_PAIRS = (("heldout17", "claims-test18"), ("heldout18", "claims-test19"))
FROZEN: frozenset[str] = frozenset()  # round 27: heldout27, claims-test28 until they were scored; round 26: heldout26, claims-test27 until they were scored; round 25: heldout25, claims-test26 until they were scored; round 24: heldout24, claims-test25 until they were scored; round 23: heldout23, claims-test24 until they were scored; round 22: heldout22, claims-test23 until they were scored; round 21: heldout21, claims-test22 until they were scored


# ---------------------------------------------------------------- components and their call sites

def _imports(caller: str) -> tuple[dict[str, set[str]], dict[str, str]]:
    """The caller's ``from .M import f`` names per module, and its ``from . import M`` aliases."""
    tree = ast.parse((NLP_DIR / f"{caller}.py").read_text())
    named: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module is None:
                for a in node.names:
                    aliases[a.asname or a.name] = a.name
            else:
                for a in node.names:
                    named[node.module].add(a.asname or a.name)
    return named, aliases


def call_sites(callers=CALLERS, late=LATE_MODULES) -> dict[str, list[tuple[str, str, str | None]]]:
    """module -> [(caller, bound name, attribute)]: ``(caller, "f", None)`` for ``from .M import f``
    (the caller's global ``f``), ``(caller, "M", "f")`` for ``M.f`` after ``from . import M``. Only
    functions; core modules left out."""
    import inspect

    sites: dict[str, list] = defaultdict(list)

    def add(caller: str) -> None:
        tree = ast.parse((NLP_DIR / f"{caller}.py").read_text())
        named, aliases = _imports(caller)
        cmod = importlib.import_module(f"nlp.{caller}")
        for mod, names in named.items():
            m = importlib.import_module(f"nlp.{mod}")
            for bound in sorted(names):
                obj = getattr(cmod, bound, None)
                if inspect.isfunction(obj) and obj.__module__ == m.__name__:
                    sites[mod].append((caller, bound, None))
        attrs = {(n.value.id, n.attr) for n in ast.walk(tree)
                 if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id in aliases}
        for alias, attr in sorted(attrs):
            m = importlib.import_module(f"nlp.{aliases[alias]}")
            if inspect.isfunction(getattr(m, attr, None)):
                sites[aliases[alias]].append((caller, alias, attr))

    for c in callers:
        add(c)
    direct = set(sites)
    for mod in late:
        if mod in direct:
            continue
        for path in sorted(NLP_DIR.glob("*.py")):
            caller = path.stem
            if caller == mod:
                continue
            named, aliases = _imports(caller)
            if mod in named or mod in aliases.values():
                _add_one(sites, caller, mod, named, aliases)
    return {m: v for m, v in sites.items() if m not in CORE and v}


def _add_one(sites, caller: str, mod: str, named, aliases) -> None:
    import inspect

    cmod = importlib.import_module(f"nlp.{caller}")
    m = importlib.import_module(f"nlp.{mod}")
    for bound in sorted(named.get(mod, ())):
        obj = getattr(cmod, bound, None)
        if inspect.isfunction(obj) and obj.__module__ == m.__name__:
            sites[mod].append((caller, bound, None))
    tree = ast.parse((NLP_DIR / f"{caller}.py").read_text())
    for alias, real in aliases.items():
        if real != mod:
            continue
        for attr in sorted({n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)
                            and isinstance(n.value, ast.Name) and n.value.id == alias}):
            if inspect.isfunction(getattr(m, attr, None)):
                sites[mod].append((caller, alias, attr))


def _functions(mod: str, sites) -> dict[str, object]:
    """The module's functions named at the call sites, by name in the module."""
    m = importlib.import_module(f"nlp.{mod}")
    out = {}
    for caller, bound, attr in sites:
        if attr is None:
            f = getattr(importlib.import_module(f"nlp.{caller}"), bound)
            out[f.__name__] = f
        else:
            out[attr] = getattr(m, attr)
    return out


# ---------------------------------------------------------------- what "nothing" is for a function

_SCALARS = (bool, int, float, str)
_COLL = (list, set, frozenset, dict)


def _items(v):
    return list(v.items()) if isinstance(v, dict) else list(v)


def _contains(pool: list, x) -> bool:
    try:
        return x in pool
    except Exception:  # noqa: BLE001  (a numpy array compared, say)
        return False


class Shape:
    """Statistics of one answer slot (the result, or one element of a tuple result) over the baseline
    calls, and the stub value decided from them."""

    def __init__(self):
        self.n = self.none = 0
        self.types = Counter()
        self.values = Counter()
        self.same_arg = Counter()  # arg index -> calls where the answer equals / is as long as / comes from it
        self.items = 0
        self.items_from = Counter()
        self.children: dict[int, Shape] = {}
        self.tuple_lens = Counter()
        self.decision = None

    def see(self, r, args) -> None:
        self.n += 1
        if r is None:
            self.none += 1
            return
        self.types[type(r).__name__] += 1
        if isinstance(r, _SCALARS):
            try:
                self.values[r] += 1
            except TypeError:
                pass
            for k, a in enumerate(args):
                if type(a) is type(r) and (a == r or (isinstance(r, str) and len(a) == len(r))):
                    self.same_arg[k] += 1
        elif isinstance(r, _COLL):
            got = _items(r)[:300]
            self.items += len(got)
            for k, a in enumerate(args):
                if isinstance(a, _COLL) and type(a) is type(r):
                    pool = _items(a)[:300]
                    self.items_from[k] += sum(_contains(pool, x) for x in got)
                    if not got and not pool:
                        self.same_arg[k] += 1
        elif isinstance(r, tuple):
            self.tuple_lens[len(r)] += 1
            for i, x in enumerate(r):
                self.children.setdefault(i, Shape()).see(x, args)

    def decide(self):
        """("none",) | ("empty", type) | ("ident", k) | ("const", v) | ("tuple", [..]) | ("keep",)"""
        if self.n == 0:
            return ("unseen",)
        if self.none:
            return ("none",)
        kind = self.types.most_common(1)[0][0]
        if kind in ("list", "set", "frozenset", "dict"):
            if self.items and self.items_from:
                k, got = self.items_from.most_common(1)[0]
                if got >= 0.5 * self.items:
                    return ("ident", k)
            return ("empty", kind)
        if kind in ("bool", "int", "float", "str"):
            if self.same_arg:
                k, c = self.same_arg.most_common(1)[0]
                if c >= 0.5 * self.n:
                    return ("ident", k)
            if self.values:
                v, c = self.values.most_common(1)[0]
                if c >= 0.3 * self.n:
                    return ("const", v)
            if kind == "str":
                return ("const", "")
            return ("keep",)
        if kind == "tuple" and len(self.tuple_lens) == 1:
            parts = [self.children[i].decide() for i in range(len(self.children))]
            if any(p[0] in ("keep", "unseen") for p in parts):
                return ("keep",)
            return ("tuple", parts)
        return ("keep",)


def stub_value(decision, args):
    kind = decision[0]
    if kind == "none":
        return None
    if kind == "empty":
        return {"list": list, "set": set, "frozenset": frozenset, "dict": dict}[decision[1]]()
    if kind == "ident":
        a = args[decision[1]] if decision[1] < len(args) else None
        return type(a)(a) if isinstance(a, _COLL) else a
    if kind == "const":
        return decision[1]
    if kind == "tuple":
        return tuple(stub_value(p, args) for p in decision[1])
    raise ValueError(decision)


def make_stub(f, decision):
    def stub(*args, **kwargs):
        return stub_value(decision, args)
    stub.__name__ = f.__name__
    stub.__wrapped_off__ = f
    return stub


# ---------------------------------------------------------------- switching call sites

def _rebind(mod: str, sites, replace) -> list:
    """Point each call site at ``replace(name, f)`` (a proxy module for ``M.f`` sites); return the
    undo list ``[(namespace, bound, original)]``."""
    undo = []
    proxies: dict[tuple[str, str], types.SimpleNamespace] = {}
    m = importlib.import_module(f"nlp.{mod}")
    for caller, bound, attr in sites:
        cmod = importlib.import_module(f"nlp.{caller}")
        if attr is None:
            f = getattr(cmod, bound)
            undo.append((cmod, bound, f))
            setattr(cmod, bound, replace(f.__name__, f))
        else:
            key = (caller, bound)
            if key not in proxies:
                proxy = types.ModuleType(m.__name__)
                proxy.__dict__.update({k: v for k, v in m.__dict__.items() if not k.startswith("__")})
                proxies[key] = proxy
                undo.append((cmod, bound, getattr(cmod, bound)))
                setattr(cmod, bound, proxy)
            setattr(proxies[key], attr, replace(attr, getattr(m, attr)))
    return undo


def _undo(undo) -> None:
    for ns, bound, orig in reversed(undo):
        setattr(ns, bound, orig)


@contextlib.contextmanager
def switched_off(mod: str, sites, decisions: dict[str, tuple]):
    """Within the block, every call site of ``mod`` gets its stub (functions decided "keep" or
    "unseen" run as they are); on exit, the callers' bindings are the originals again."""
    def replace(name, f):
        d = decisions.get(name, ("keep",))
        return f if d[0] in ("keep", "unseen") else make_stub(f, d)
    undo = _rebind(mod, sites, replace)
    try:
        yield
    finally:
        _undo(undo)


@contextlib.contextmanager
def recording(all_sites: dict, shapes: dict, fired: dict | None = None, decisions: dict | None = None,
              current: list | None = None):
    """Every call site of every component records its answers in ``shapes[mod][name]``; with
    ``fired``/``decisions``, marks ``current[0]`` (a passage key) in ``fired[mod]`` when the answer
    differs from the stub's."""
    undos = []

    def wrap_for(mod):
        def replace(name, f):
            sh = shapes[mod].setdefault(name, Shape())
            dec = (decisions or {}).get(mod, {}).get(name)

            def rec(*args, **kwargs):
                r = f(*args, **kwargs)
                if fired is None:
                    sh.see(r, args)
                elif dec is not None and current[0] not in fired[mod]:
                    if dec[0] in ("keep", "unseen") or r is None and dec[0] == "none":
                        pass
                    else:
                        try:
                            same = bool(stub_value(dec, args) == r)
                        except Exception:  # noqa: BLE001
                            same = False
                        if not same:
                            fired[mod].add(current[0])
                    if dec[0] == "none" and r is None and f.__annotations__.get("return") in ("None", None):
                        fired[mod].add(current[0])  # a procedure: what it does is its side effect
                return r
            rec.__name__ = f.__name__
            return rec
        return replace

    try:
        for mod, sites in all_sites.items():
            shapes.setdefault(mod, {})
            undos.append(_rebind(mod, sites, wrap_for(mod)))
        yield
    finally:
        for u in reversed(undos):
            _undo(u)


# ---------------------------------------------------------------- scoring

def _half(rid: str) -> str:
    n = int("".join(ch for ch in rid.rsplit("-", 1)[-1] if ch.isdigit()) or 0)
    return "A" if n <= 30 else "B"


def _ent_score(gold, docs) -> dict:
    from nlp.evaluate import evaluate_records

    out = {}
    for part, keep in (("all", lambda g: True), ("A", lambda g: _half(g["id"]) == "A"),
                       ("B", lambda g: _half(g["id"]) == "B")):
        idx = [i for i, g in enumerate(gold) if keep(g)]
        res = evaluate_records(None, [gold[i] for i in idx], [docs[i] for i in idx])
        out[part] = {"micro": res["micro"]["f1"], "p": res["micro"]["p"], "r": res["micro"]["r"],
                     "labels": {k: v["f1"] for k, v in res["labels"].items()},
                     "errors": sorted({(k, rid, tuple(span)) for k, rid, span, *_ in res["errors"] if k != "CANON"}),
                     "canon_errors": sorted({(rid, tuple(span)) for k, rid, span, *_ in res["errors"] if k == "CANON"})}
    return out


HIGH_BAR = 0.90  # the digest's high-confidence bar, beside the scoreboard's THRESHOLD (0.50)


def _claims_score(gold, preds) -> dict:
    from nlp.claim_confidence import THRESHOLD
    from nlp.claims_eval import score_at, score_claims

    out = {}
    for part, keep in (("all", lambda g: True), ("A", lambda g: _half(g["id"]) == "A"),
                       ("B", lambda g: _half(g["id"]) == "B")):
        idx = [i for i, g in enumerate(gold) if keep(g)]
        gs, ps = [gold[i] for i in idx], [preds[i] for i in idx]
        res, at, at90 = score_claims(gs, ps), score_at(gs, ps, THRESHOLD), score_at(gs, ps, HIGH_BAR)
        errs = Counter((k, rid, key) for k, rid, key, *_ in res["errors"])
        out[part] = {"p": res["p"], "r": res["r"], "tp": res["tp"], "fp": res["fp"], "fn": res["fn"],
                     "bar_p": at["p"], "bar_r": at["r"], "bar_tp": at["tp"], "bar_fp": at["fp"],
                     "bar90_p": at90["p"], "bar90_r": at90["r"], "bar90_tp": at90["tp"], "bar90_fp": at90["fp"],
                     "fields": res["field_accuracy"], "errors": errs}
    return out


def _abl_score(nlp, ablated, removed, gold, docs) -> dict:
    from nlp.ablation import evaluate_ablation

    ab = evaluate_ablation(nlp, ablated, removed, gold, docs)
    lab = ab["labels"]
    g = sum(v["guesses"] for v in lab.values())
    return {"recall_M": lab["MODEL"]["recall"], "recall_B": lab["BENCHMARK"]["recall"],
            "found_M": lab["MODEL"]["found"], "found_B": lab["BENCHMARK"]["found"],
            "removed_M": lab["MODEL"]["removed_mentions"], "removed_B": lab["BENCHMARK"]["removed_mentions"],
            "guesses": g, "guess_p": sum(v["guesses_right"] for v in lab.values()) / g if g else 0.0}


def _ents(doc):
    return [(e.start_char, e.end_char, e.label_, e._.canonical, e.text, e._.known) for e in doc.ents]


class Docs:
    """Light copies of a doc's output (entities, claims), so thousands of docs are not kept."""

    def __init__(self, doc):
        self.ents = [_Ent(*t) for t in _ents(doc)]
        self.claims = list(doc._.claims)


class _Ent:
    __slots__ = ("start_char", "end_char", "label_", "text", "_")

    def __init__(self, s, e, lab, canon, text, known):
        self.start_char, self.end_char, self.label_, self.text = s, e, lab, text
        self._ = types.SimpleNamespace(canonical=canon, known=known)


def read_sets():
    from nlp.claims_eval import read_claims_gold
    from nlp.evaluate import read_gold

    ents, claims = {}, {}
    for p in sorted(DATA.glob("*.jsonl")):
        name = p.stem
        if name in FROZEN or name == "summaries":
            continue
        if name.startswith("claims-"):
            claims[name] = read_claims_gold(p)
        else:
            ents[name] = read_gold(p)
    return ents, claims


def run_docs(nlp, texts):
    return [Docs(d) for d in nlp.pipe(texts, batch_size=32)]


# ---------------------------------------------------------------- cost

def profile_costs(nlp, texts, all_sites) -> tuple[dict[str, float], float]:
    """Inclusive seconds of each component's call sites (the callers' edges into its functions) and
    the whole pipe's, under cProfile."""
    prof = cProfile.Profile()
    prof.enable()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    prof.disable()
    st = pstats.Stats(prof).stats
    total = sum(v[2] for v in st.values())  # tottime summed: every second of the run once
    caller_files = {}
    for mod, sites in all_sites.items():
        caller_files[mod] = {str(NLP_DIR / f"{c}.py") for c, _, _ in sites}
    by_func = {}
    for (fname, line, name), (cc, nc, tt, ct, callers) in st.items():
        by_func.setdefault((fname, name), []).append(callers)
    costs = {}
    for mod, sites in all_sites.items():
        mfile = str(NLP_DIR / f"{mod}.py")
        names = set(_functions(mod, sites))
        sec = 0.0
        for name in names:
            for callers in by_func.get((mfile, name), []):
                for (cfile, _, _), edge in callers.items():
                    if cfile in caller_files[mod]:
                        sec += edge[3]
        costs[mod] = sec
    return costs, total


def time_pipe(nlp, texts, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        c0 = time.process_time()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        best = min(best, time.process_time() - c0)
    return best


# ---------------------------------------------------------------- main

def _summ(e, c, ab=None) -> dict:
    return {"ent": {k: {kk: vv for kk, vv in v.items() if kk != "errors"} for k, v in e.items()},
            "claims": {k: {kk: vv for kk, vv in v.items() if kk != "errors"} for k, v in c.items()},
            "abl": ab}


def _diff_errors(base: list, new: list) -> tuple[int, int]:
    b, n = set(map(tuple, base)), set(map(tuple, new))
    return len(b - n), len(n - b)


def _diff_claims(base: Counter, new: Counter) -> tuple[int, int]:
    return sum((base - new).values()), sum((new - base).values())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.component_costs", description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default="/tmp/component-costs.json")
    ap.add_argument("--only", default="", help="comma-separated modules (default: every component)")
    ap.add_argument("--no-others", action="store_true", help="only the untuned pair")
    ap.add_argument("--timing", type=int, default=20, help="switch-off timings for the N costliest")
    ap.add_argument("--combined", default="", help="also switch these modules off together")
    ap.add_argument("--check-reread", action="store_true", help="read every passage of the other sets again "
                    "(checks that the passages left out would not have changed)")
    ap.add_argument("--others-only", action="store_true", help="switch-offs scored on the other sets only")
    ap.add_argument("--timing-mods", default="", help="time these modules (default: the --timing costliest)")
    ap.add_argument("--timing-texts", type=int, default=0, help="time on the first N written texts (default: all)")
    ap.add_argument("--pair-reread", action="store_true", help="on the untuned pair too, read again only the "
                    "passages on which the module answered something else than its stub")
    ap.add_argument("--no-profile", action="store_true", help="skip the profile (timings of --timing-mods)")
    ap.add_argument("--articles", type=int, default=60, help="quick bench size (written_texts(articles * 750))")
    ap.add_argument("--render", nargs="+", metavar="JSON", help="print the Markdown tables of runs already made: "
                    "PAIR.json [OTHERS.json [TIMING.json]] (a --no-others run, an --others-only run, a --timing run)")
    ap.add_argument("--modes", action="store_true", help="round 19: switch-offs of --only (alone) and --combined "
                    "(together) scored on both untuned pairs in every mode (batch, stream, ablation, claims at "
                    "all / 0.50 / 0.90, batch and stream); no profile, no other sets")
    ap.add_argument("--render-modes", metavar="JSON", help="print the Markdown table of a --modes run")
    args = ap.parse_args(argv)
    if args.render_modes:
        run = json.loads(Path(args.render_modes).read_text())
        old = ROOT / "bench" / "component-costs-round18.json"
        print(render_modes(run, json.loads(old.read_text())["cost_share"] if old.exists() else None))
        return 0
    if args.modes:
        return run_modes(args)
    if args.render:
        runs = [json.loads(Path(f).read_text()) for f in args.render]
        pair, others, timing = runs[0], runs[1] if len(runs) > 1 else None, runs[2] if len(runs) > 2 else {}
        print(render(pair, others, timing.get("timing")))
        print()
        print(render_labels(pair))
        return 0
    import nlp as modelwire_nlp
    from bench.nlp import written_texts
    from nlp.ablation import ablated_names

    log = lambda *a: print(f"[{time.strftime('%H:%M:%S')}]", *a, file=sys.stderr, flush=True)  # noqa: E731
    nlp = modelwire_nlp.load({})
    all_sites = call_sites()
    only = [m for m in args.only.split(",") if m]
    removed = ablated_names(nlp.get_pipe("modelwire_entities").kb, 40)
    ablated = modelwire_nlp.load({"kb_exclude": removed})
    ents_sets, claims_sets = read_sets()
    texts = [t for _, t in written_texts(args.articles * 750)]
    out = {"components": {}, "sites": {m: len(s) for m, s in all_sites.items()}}

    # cost
    fast = modelwire_nlp.load({}, lexeme_attrs=False)
    for _ in fast.pipe(texts[:5]):
        pass
    costs, total = profile_costs(fast, texts[:1] if args.no_profile else texts, all_sites)
    out["profile_total_s"] = total
    out["cost_share"] = {m: costs[m] / total for m in costs}
    log("profiled", len(texts), "texts", f"{total:.1f}s")

    # baseline with recording: what each function answers
    shapes: dict = {}
    gold_e, gold_c = ents_sets[UNTUNED_ENT], claims_sets[UNTUNED_CLAIMS]
    with recording(all_sites, shapes):
        base_e_docs = run_docs(nlp, [g["text"] for g in gold_e])
        base_a_docs = run_docs(ablated, [g["text"] for g in gold_e])
        base_c_docs = run_docs(nlp, [g["text"] for g in gold_c])
        run_docs(fast, texts)
    decisions = {m: {n: s.decide() for n, s in shapes[m].items()} for m in shapes}
    out["decisions"] = {m: {n: str(d) for n, d in v.items()} for m, v in decisions.items()}
    base = {"ent": _ent_score(gold_e, base_e_docs), "claims": _claims_score(gold_c, [d.claims for d in base_c_docs]),
            "abl": _abl_score(nlp, ablated, removed, gold_e, base_a_docs)}
    out["baseline"] = _summ(base["ent"], base["claims"], base["abl"])
    log("baseline pair", out["baseline"]["ent"]["all"]["micro"], out["baseline"]["claims"]["all"]["p"])

    # the other spent sets: baseline docs, and which passages each component answers on
    others_e = {k: v for k, v in ents_sets.items() if k != UNTUNED_ENT}
    others_c = {k: v for k, v in claims_sets.items() if k != UNTUNED_CLAIMS}
    fired: dict = defaultdict(set)
    other_docs = {}
    pair_sets = {("pe", UNTUNED_ENT): (nlp, gold_e), ("pa", UNTUNED_ENT): (ablated, gold_e),
                 ("pc", UNTUNED_CLAIMS): (nlp, gold_c)}
    if args.pair_reread:
        current = [None]
        with recording(all_sites, {m: {} for m in all_sites}, fired, decisions, current):
            for (kind, name), (pipe, gold) in pair_sets.items():
                for i, g in enumerate(gold):
                    current[0] = (kind, name, i)
                    pipe(g["text"])
        log("fired on the pair")
    if not args.no_others:
        current = [None]
        with recording(all_sites, {m: {} for m in all_sites}, fired, decisions, current):
            for kind, sets in (("e", others_e), ("c", others_c)):
                for name, gold in sets.items():
                    docs = []
                    for i, g in enumerate(gold):
                        current[0] = (kind, name, i)
                        docs.append(Docs(nlp(g["text"])))
                    other_docs[(kind, name)] = docs
        log("baseline others", sum(len(v) for v in other_docs.values()), "passages")

    def pooled(docs_of) -> tuple[dict, dict]:
        ge, de, gc, pc = [], [], [], []
        for name, gold in others_e.items():
            ge += gold
            de += docs_of(("e", name))
        for name, gold in others_c.items():
            gc += gold
            pc += [d.claims for d in docs_of(("c", name))]
        return _ent_score(ge, de)["all"], _claims_score(gc, pc)["all"]

    if not args.no_others:
        base_oe, base_oc = pooled(lambda k: other_docs[k])
        out["baseline"]["others"] = {"ent": {k: v for k, v in base_oe.items() if k != "errors"},
                                     "claims": {k: v for k, v in base_oc.items() if k != "errors"}}

    def measure(mods: list[str]) -> dict:
        stack = contextlib.ExitStack()
        with stack:
            for m in mods:
                stack.enter_context(switched_off(m, all_sites[m], decisions.get(m, {})))
            res = {}
            for part in () if args.others_only else ("all", "A", "B"):
                if part == "all" and args.pair_reread:
                    keys = set().union(*(fired[m] for m in mods))
                    got = {}
                    for (kind, name), (pipe, gold) in pair_sets.items():
                        base_docs = {"pe": base_e_docs, "pa": base_a_docs, "pc": base_c_docs}[kind]
                        got[kind] = [Docs(pipe(g["text"])) if (kind, name, i) in keys else base_docs[i]
                                     for i, g in enumerate(gold)]
                    e_docs, a_docs, c_docs = got["pe"], got["pa"], got["pc"]
                    e, c = _ent_score(gold_e, e_docs), _claims_score(gold_c, [d.claims for d in c_docs])
                    res = _summ(e, c, _abl_score(nlp, ablated, removed, gold_e, a_docs))
                    res["pair_reread"] = len([k for k in keys if k[0] in ("pe", "pa", "pc")])
                elif part == "all":
                    e_docs = run_docs(nlp, [g["text"] for g in gold_e])
                    a_docs = run_docs(ablated, [g["text"] for g in gold_e])
                    c_docs = run_docs(nlp, [g["text"] for g in gold_c])
                    e, c = _ent_score(gold_e, e_docs), _claims_score(gold_c, [d.claims for d in c_docs])
                    res = _summ(e, c, _abl_score(nlp, ablated, removed, gold_e, a_docs))
                res["ent"][part]["fixed"], res["ent"][part]["added"] = _diff_errors(base["ent"][part]["errors"], e[part]["errors"])
                res["claims"][part]["fixed"], res["claims"][part]["added"] = _diff_claims(base["claims"][part]["errors"], c[part]["errors"])
            if not args.no_others:
                keys = {k for m in mods for k in fired[m] if k[0] in ("e", "c")}
                if args.check_reread:
                    keys = {(k[0], k[1], i) for k, docs in other_docs.items() for i in range(len(docs))}
                    res["others_fired"] = len(set().union(*(fired[m] for m in mods)))
                redo = {}
                for kind, name, i in sorted(keys):
                    gold = (others_e if kind == "e" else others_c)[name]
                    redo[(kind, name, i)] = Docs(nlp(gold[i]["text"]))
                oe, oc = pooled(lambda k: [redo.get((k[0], k[1], i), d) for i, d in enumerate(other_docs[k])])
                fe = _diff_errors(base_oe["errors"], oe["errors"])
                fc = _diff_claims(base_oc["errors"], oc["errors"])
                res["others"] = {"ent": {k: v for k, v in oe.items() if k != "errors"} | {"fixed": fe[0], "added": fe[1]},
                                 "claims": {k: v for k, v in oc.items() if k != "errors"} | {"fixed": fc[0], "added": fc[1]},
                                 "reread": len(keys)}
        return res

    mods = [] if only == ["none"] else only or sorted(all_sites, key=lambda m: -costs.get(m, 0))
    for m in mods:
        t0 = time.perf_counter()
        try:
            out["components"][m] = measure([m])
        except Exception as exc:  # noqa: BLE001  a reader the pipeline cannot run without
            out["components"][m] = {"error": f"{type(exc).__name__}: {exc}"}
        log(m, f"{out['cost_share'].get(m, 0):.3f}", f"{time.perf_counter() - t0:.1f}s",
            out["components"][m].get("ent", {}).get("all", {}).get("micro"), out["components"][m].get("error", ""))
        Path(args.out).write_text(json.dumps(out, indent=1, default=str))

    # switch-off timings of the costliest
    top = ([m for m in args.timing_mods.split(",") if m] or sorted(all_sites, key=lambda m: -costs.get(m, 0)))[:args.timing]
    if args.timing_texts:
        texts = texts[:args.timing_texts]
    time_pipe(fast, texts, 1)  # warm: the tokenizer's and the readers' caches
    out["timing"] = {"texts": len(texts), "pairs": {}}
    for m in top:
        # interleaved (on, off) x 3, best of each: a shared machine's load drifts between runs
        best_on = best_off = float("inf")
        try:
            for _ in range(3):
                best_on = min(best_on, time_pipe(fast, texts, 1))
                with switched_off(m, all_sites[m], decisions.get(m, {})):
                    best_off = min(best_off, time_pipe(fast, texts, 1))
        except Exception as exc:  # noqa: BLE001
            log("timing failed", m, exc)
            continue
        out["timing"]["pairs"][m] = (best_on, best_off)
        log("timing", m, best_on, best_off, f"{100 * (best_on - best_off) / best_on:.1f}%")
        Path(args.out).write_text(json.dumps(out, indent=1, default=str))

    if args.combined:
        group = args.combined.split(",")
        out["combined"] = {"modules": group, "result": measure(group)}
        Path(args.out).write_text(json.dumps(out, indent=1, default=str))
        best_on = best_off = float("inf")
        for _ in range(3):  # interleaved, as above
            best_on = min(best_on, time_pipe(fast, texts, 1))
            with contextlib.ExitStack() as stack:
                for m in group:
                    stack.enter_context(switched_off(m, all_sites[m], decisions.get(m, {})))
                best_off = min(best_off, time_pipe(fast, texts, 1))
        out["combined"]["timing"] = (best_on, best_off)
        log("combined", best_on, best_off, f"{100 * (best_on - best_off) / best_on:.1f}%")
    Path(args.out).write_text(json.dumps(out, indent=1, default=str))
    log("done", args.out)
    return 0



# ---------------------------------------------------------------- the table

def _net(v: dict, part: str = "all") -> tuple[int, int]:
    """(errors the switch-off adds, errors it fixes) on the untuned pair, entities + claims."""
    e, c = v["ent"][part], v["claims"][part]
    return e["added"] + c["added"], e["fixed"] + c["fixed"]


def render(pair: dict, others: dict | None = None, timing: dict | None = None, late=LATE_MODULES) -> str:
    """Markdown rows, costliest first: ``pair`` (a --no-others run), ``others`` (an --others-only run),
    ``timing`` (a run's "timing": process CPU seconds, best of 3, baseline and each switched off)."""
    share = pair["cost_share"]
    base = pair["baseline"]
    rows = []
    head = ("| # | module | CPU % | off: CPU −% | heldout17 ΔF1 all / A / B | ent errors +/− | claims-test18 ΔP / ΔR "
            "(bar ΔP / ΔR) | claims +/− | Δ unit / comparison / source_kind | net per 1% CPU | others ΔF1 (+/−) | "
            "others claims ΔP/ΔR (+/−) | mark |")
    rows += [head, "|" + "---|" * (head.count("|") - 1)]
    pairs = (timing or {}).get("pairs", {})
    order = sorted(share, key=lambda m: -share[m])
    for i, m in enumerate(order, 1):
        v = pair["components"].get(m)
        if v is None:
            continue
        pct = 100 * share[m]
        t = pairs.get(m)
        toff = f"{100 * (t[0] - t[1]) / t[0]:.1f}" if t else ""
        if "error" in v:
            rows.append(f"| {i} | {m} | {pct:.2f} | {toff} | fails when off ({v['error'][:60]}) | | | | | | | | |")
            continue
        e, c = v["ent"], v["claims"]
        d = lambda p: e[p]["micro"] - base["ent"][p]["micro"]  # noqa: E731
        added, fixed = _net(v)
        net = added - fixed
        per = net / pct if pct else float("inf")
        mark = ""
        if pct >= 1 and per < 1:
            mark = "**costly, buys <1/1%**" if net > 0 else "**costly, buys nothing**"
        elif net <= 0:
            mark = "buys nothing"
        o = (others or {}).get("components", {}).get(m, {}).get("others")
        ob = (others or {}).get("baseline", {}).get("others")
        if o and ob:
            oe = f"{o['ent']['micro'] - ob['ent']['micro']:+.4f} (+{o['ent']['added']}/−{o['ent']['fixed']})"
            oc = (f"{o['claims']['p'] - ob['claims']['p']:+.3f}/{o['claims']['r'] - ob['claims']['r']:+.3f} "
                  f"(+{o['claims']['added']}/−{o['claims']['fixed']})")
        else:
            oe = oc = "–"
        cb = base["claims"]["all"]
        name = f"{m}*" if m in late else m
        fl = c["all"].get("fields")
        bf = cb.get("fields")
        fd = " / ".join(f"{fl[k] - bf[k]:+.3f}" for k in ("unit", "comparison", "source_kind")) if fl and bf else "–"
        bar = abs(c["all"]["bar_p"] - cb["bar_p"]) > 0.0005 or abs(c["all"]["bar_r"] - cb["bar_r"]) > 0.0005
        if mark.endswith("buys nothing**") or mark == "buys nothing":
            costly = "**costly**, " if mark.startswith("**") else ""
            if fl and bf and any(abs(fl[k] - bf[k]) > 0.0005 for k in fl):
                mark = costly + "buys claim fields only"
            elif bar:
                mark = costly + "buys the 0.50 bar only"
        rows.append(
            f"| {i} | {name} | {pct:.2f} | {toff} | {d('all'):+.4f} / {d('A'):+.4f} / {d('B'):+.4f} | "
            f"+{e['all']['added']}/−{e['all']['fixed']} | {c['all']['p'] - cb['p']:+.3f} / {c['all']['r'] - cb['r']:+.3f} "
            f"({c['all']['bar_p'] - cb['bar_p']:+.3f} / {c['all']['bar_r'] - cb['bar_r']:+.3f}) | "
            f"+{c['all']['added']}/−{c['all']['fixed']} | {fd} | {per:.1f} | {oe} | {oc} | {mark} |".replace("| inf |", "| – |"))
    return "\n".join(rows)


def render_labels(pair: dict) -> str:
    """Per label ΔF1 on heldout17 (all, A, B) and the ablation's Δ recall / guess P, for the rows that moved."""
    base = pair["baseline"]
    share = pair["cost_share"]
    rows = ["| module | ΔF1 MODEL / ORG / BENCHMARK (all) | half A: M / O / B | half B: M / O / B | "
            "ablation Δ recall M / B, Δ guess P | claims A: +/− | claims B: +/− |", "|---|---|---|---|---|---|---|"]
    for m in sorted(pair["components"], key=lambda m: -share.get(m, 0)):
        v = pair["components"][m]
        if "error" in v:
            continue
        moved = any(v["ent"][p]["added"] or v["ent"][p]["fixed"] for p in ("all",)) or \
            any(v["claims"]["all"][k] for k in ("added", "fixed")) or v["abl"] != base["abl"]
        if not moved:
            continue
        cells = []
        for p in ("all", "A", "B"):
            cells.append(" / ".join(f"{v['ent'][p]['labels'][lab] - base['ent'][p]['labels'][lab]:+.3f}"
                                    for lab in ("MODEL", "ORG", "BENCHMARK")))
        ab = v["abl"]
        ba = base["abl"]
        rows.append(f"| {m} | {cells[0]} | {cells[1]} | {cells[2]} | {ab['recall_M'] - ba['recall_M']:+.3f} / "
                    f"{ab['recall_B'] - ba['recall_B']:+.3f}, {ab['guess_p'] - ba['guess_p']:+.3f} | "
                    f"+{v['claims']['A']['added']}/−{v['claims']['A']['fixed']} | +{v['claims']['B']['added']}/−{v['claims']['B']['fixed']} |")
    return "\n".join(rows)


# ---------------------------------------------------------------- round 19: every mode, both untuned pairs

def stream_run(nlp, texts) -> list:
    """The docs as ``python -m nlp.evaluate --stream`` reads them: in order, each with the names remembered
    from the passages before it (a reader's output feeds the memory of later passages)."""
    from nlp.name_memory import MIN_DOCS, stream_docs

    return [Docs(d) for d in stream_docs(nlp, list(texts), MIN_DOCS)]


def score_modes(nlp, ablated, removed, gold_e, gold_c) -> dict:
    """One untuned pair read in full in every mode: entities batch and stream, the 40 % ablation (batch),
    claims batch and stream (all claims, the 0.50 and 0.90 bars, fields). Error lists kept for diffs."""
    te, tc = [g["text"] for g in gold_e], [g["text"] for g in gold_c]
    return {"ent": _ent_score(gold_e, run_docs(nlp, te)), "stream": _ent_score(gold_e, stream_run(nlp, te)),
            "abl": _abl_score(nlp, ablated, removed, gold_e, run_docs(ablated, te)),
            "claims": _claims_score(gold_c, [d.claims for d in run_docs(nlp, tc)]),
            "claims_stream": _claims_score(gold_c, [d.claims for d in stream_run(nlp, tc)])}


def moves(base: dict, new: dict) -> dict:
    """What a switch-off changed on one pair against the baseline, and ``worse``: the figures it made
    worse (empty = idle there: nothing moved, or it only fixed errors)."""
    out, worse = {}, []
    for mode in ("ent", "stream"):
        b, n = base[mode]["all"], new[mode]["all"]
        fixed, added = _diff_errors(b["errors"], n["errors"])
        cf, ca = _diff_errors(b["canon_errors"], n["canon_errors"])
        out[mode] = {"micro": n["micro"] - b["micro"], "added": added, "fixed": fixed,
                     "canon_added": ca, "canon_fixed": cf,
                     "labels": {k: n["labels"][k] - b["labels"][k] for k in n["labels"]},
                     "halves": {p: new[mode][p]["micro"] - base[mode][p]["micro"] for p in ("A", "B")}}
        if added:
            worse.append(f"{mode} +{added} span errors")
        if ca:
            worse.append(f"{mode} +{ca} canonical errors")
    ba, na = base["abl"], new["abl"]
    out["abl"] = {k: na[k] - ba[k] for k in ("found_M", "found_B", "guesses", "guess_p")}
    for k in ("found_M", "found_B"):
        if na[k] < ba[k]:
            worse.append(f"ablation {k} {ba[k]}->{na[k]}")
    if na["guess_p"] < ba["guess_p"] - 1e-9:
        worse.append(f"ablation guess P {ba['guess_p']:.3f}->{na['guess_p']:.3f}")
    for mode in ("claims", "claims_stream"):
        b, n = base[mode]["all"], new[mode]["all"]
        fixed, added = _diff_claims(b["errors"], n["errors"])
        d = {"added": added, "fixed": fixed, "fields": {k: n["fields"][k] - b["fields"][k] for k in n["fields"]}}
        for bar in ("", "bar_", "bar90_"):
            d[f"{bar}tp"], d[f"{bar}fp"] = n[f"{bar}tp"] - b[f"{bar}tp"], n[f"{bar}fp"] - b[f"{bar}fp"]
            if d[f"{bar}tp"] < 0 or d[f"{bar}fp"] > 0:
                worse.append(f"{mode} {bar or 'all_'}right {d[f'{bar}tp']:+d} false {d[f'{bar}fp']:+d}")
        if added:
            worse.append(f"{mode} +{added} claim errors")
        for k, v in d["fields"].items():
            if v < -1e-9:
                worse.append(f"{mode} {k} accuracy {v:+.3f}")
        d["halves"] = {p: {"tp": new[mode][p]["tp"] - base[mode][p]["tp"], "fp": new[mode][p]["fp"] - base[mode][p]["fp"]}
                       for p in ("A", "B")}
        out[mode] = d
    out["worse"] = worse
    return out


def _digest(errors) -> str:
    """A short fingerprint of an error list (two runs with the same errors have the same one)."""
    import hashlib

    items = sorted(map(repr, errors.elements() if isinstance(errors, Counter) else errors))
    return hashlib.sha1("\n".join(items).encode()).hexdigest()[:12]


def _strip(res: dict) -> dict:
    """A pair's figures without the error lists (for the JSON), with their fingerprints."""
    return {mode: ({part: {k: v for k, v in r.items() if k not in ("errors", "canon_errors")}
                    | {f"{k}_digest": _digest(r[k]) for k in ("errors", "canon_errors") if k in r}
                    for part, r in parts.items()} if mode != "abl" else parts) for mode, parts in res.items()}


def run_modes(args) -> int:
    """``--modes``: each module of ``--only`` switched off alone, then ``--combined`` together, scored on
    both untuned pairs in every mode (:func:`score_modes`), every passage read again (exact in stream
    mode, where outputs feed later passages' memory). Stubs learned from the baseline's own answers."""
    import nlp as modelwire_nlp
    from bench.nlp import written_texts
    from nlp.ablation import ablated_names

    log = lambda *a: print(f"[{time.strftime('%H:%M:%S')}]", *a, file=sys.stderr, flush=True)  # noqa: E731
    nlp = modelwire_nlp.load({})
    all_sites = call_sites()
    removed = ablated_names(nlp.get_pipe("modelwire_entities").kb, 40)
    ablated = modelwire_nlp.load({"kb_exclude": removed})
    ents_sets, claims_sets = read_sets()
    pairs = [(e, c, ents_sets[e], claims_sets[c]) for e, c in UNTUNED_PAIRS]
    out = {"pairs": [f"{e} / {c}" for e, c in UNTUNED_PAIRS], "components": {}}
    shapes: dict = {}
    with recording(all_sites, shapes):
        base = {e: score_modes(nlp, ablated, removed, ge, gc) for e, c, ge, gc in pairs}
        run_docs(nlp, [t for _, t in written_texts(args.articles * 750)][:100])
    decisions = {m: {n: s.decide() for n, s in shapes[m].items()} for m in shapes}
    out["decisions"] = {m: {n: str(d) for n, d in v.items()} for m, v in decisions.items()}
    out["baseline"] = {e: _strip(b) for e, b in base.items()}
    log("baseline", {e: (round(b["ent"]["all"]["micro"], 4), round(b["stream"]["all"]["micro"], 4)) for e, b in base.items()})
    Path(args.out).write_text(json.dumps(out, indent=1, default=str))

    def measure(mods: list[str]) -> dict:
        with contextlib.ExitStack() as stack:
            for m in mods:
                stack.enter_context(switched_off(m, all_sites[m], decisions.get(m, {})))
            res = {e: moves(base[e], score_modes(nlp, ablated, removed, ge, gc)) for e, c, ge, gc in pairs}
        res["idle"] = not any(r["worse"] for r in res.values())
        return res

    todo = [[m] for m in args.only.split(",") if m and m != "none"]
    if args.combined:
        todo.append(args.combined.split(","))
    for mods in todo:
        key = "+".join(mods) if len(mods) > 1 else mods[0]
        t0 = time.perf_counter()
        try:
            out["components"][key] = measure(mods)
        except Exception as exc:  # noqa: BLE001  a reader the pipeline cannot run without
            out["components"][key] = {"error": f"{type(exc).__name__}: {exc}", "idle": False}
        r = out["components"][key]
        log(key[:60], f"{time.perf_counter() - t0:.0f}s", "idle" if r["idle"] else
            r.get("error") or "; ".join(w for e in base for w in r[e]["worse"])[:300])
        Path(args.out).write_text(json.dumps(out, indent=1, default=str))
    return 0


def render_modes(run: dict, share: dict | None = None) -> str:
    """Markdown rows of a ``--modes`` run: per pair, batch / stream ΔF1 (+added/−fixed spans), ablation Δfound
    M / B and Δguess P, claims Δright/Δfalse at all / .50 / .90 (batch; stream), and the verdict."""
    share = share or {}
    rows = ["| module | CPU % (r18 profile) | pair | Δ micro batch (+/−) | Δ micro stream (+/−) | abl Δfound M / B, Δguess P | "
            "claims Δright/Δfalse all / .50 / .90 | stream claims all / .50 / .90 | Δ fields unit/cmp/src | verdict |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for key, r in run["components"].items():
        if "error" in r:
            rows.append(f"| {key} | | | fails when off ({r['error'][:60]}) | | | | | | kept |")
            continue
        pct = sum(share.get(m, 0) for m in key.split("+")) * 100
        for i, e in enumerate(x.split(" / ")[0] for x in run["pairs"]):
            v = r[e]
            c, cs = v["claims"], v["claims_stream"]
            bars = lambda d: " / ".join(f"{d[f'{b}tp']:+d}/{d[f'{b}fp']:+d}" for b in ("", "bar_", "bar90_"))  # noqa: E731
            verdict = ("**idle**" if r["idle"] else "kept") if i == 0 else ("; ".join(v["worse"])[:120] or "–")
            if i == 0 and v["worse"]:
                verdict += ": " + "; ".join(v["worse"])[:120]
            name = key if len(key) < 40 else f"{key.count('+') + 1} together"
            rows.append(
                f"| {name if i == 0 else ''} | {f'{pct:.2f}' if i == 0 else ''} | {e} | {v['ent']['micro']:+.4f} "
                f"(+{v['ent']['added']}/−{v['ent']['fixed']}) | {v['stream']['micro']:+.4f} (+{v['stream']['added']}/−"
                f"{v['stream']['fixed']}) | {v['abl']['found_M']:+d} / {v['abl']['found_B']:+d}, {v['abl']['guess_p']:+.3f} | "
                f"{bars(c)} | {bars(cs)} | " + " / ".join(f"{c['fields'][k]:+.3f}" for k in ("unit", "comparison", "source_kind"))
                + f" | {verdict} |")
    return "\n".join(rows)


if __name__ == "__main__":
    raise SystemExit(main())
