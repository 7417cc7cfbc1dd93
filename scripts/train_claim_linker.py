"""Build ``nlp/data/claim_linker.json``, the learned claim linker (nlp/claim_linker.py), and report it.

    python scripts/train_claim_linker.py            # LOSO report, then train on every set and write
    python scripts/train_claim_linker.py --check    # same, but fail if the written file differs

Runs the pipeline as it ships (the learned name tagger on, the default since round 23:
``build_claim_confidence.set_passes``) over the claims sets named in SETS (never a glob: a frozen set added
to tests/data/nlp/ later must not be trained on by accident), whole knowledge base and with 40% of
its families and benchmarks switched off (`nlp.ablation`, as the claim confidence does: fresh text
names models no list knows). Every candidate triple of `nlp.claim_linker.candidates` is labelled
right when a gold claim of its passage has the same model, benchmark and score. The model learns
from all candidates, also those a rule claim makes (so it learns what a claim looks like, not what
the current rules miss: retrained after a rule change, it still has its examples); only the
uncovered ones are ever added. L2-regularised logistic regression by Newton's method
(deterministic: same data, same weights).

Leave-one-set-out: for each set X, the weights are fitted on the other sets (both runs) and X's
uncovered candidates are added at each threshold of THRESHOLDS; rules alone vs rules + linker, per
set and pooled. The threshold written is chosen from the pooled LOSO figures only (`choose`), never
from the fit on all sets.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from build_claim_confidence import fit, set_passes  # noqa: E402  (same Newton fit, same ridge; same pipeline pass)
from nlp import claim_linker as cl  # noqa: E402
from nlp.claim_confidence import THRESHOLD as BAR  # noqa: E402
from nlp.claims_eval import score_claims  # noqa: E402

SETS = ("claims-dev", "claims-dev2", "claims-test", "claims-test2", "claims-test3", "claims-test4",
        "claims-test5", "claims-test6", "claims-test7", "claims-test8", "claims-test9", "claims-test10", "claims-test11", "claims-test12",
        "claims-test13", "claims-test14", "claims-test15", "claims-test16", "claims-test17",
        "claims-test18", "claims-test19", "claims-test20", "claims-test21", "claims-test22", "claims-test23", "claims-test24", "claims-test25", "claims-test26", "claims-test27")
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
ABLATE = 40
MAX_P_DROP = 0.01   # the linker may cost at most this much pooled precision (whole KB) ...
MIN_R_GAIN = 0.03   # ... and ships on by default only if it adds at least this much pooled recall


def doc_view(doc) -> tuple[list[dict], list]:
    """What the linker learns from in a processed doc: the rule claims and every candidate (covered ones too)."""
    rules = [c for c in doc._.claims if not c.get("linker")]  # rules only, whatever the default
    return rules, cl.doc_candidates(doc, rules, keep_covered=True)


def collect(pairs: list[tuple[dict, tuple]]) -> list[dict]:
    """Per passage (``(gold, doc_view(doc))`` of `set_passes`): gold claims, rule claims and every
    candidate with its label."""
    out = []
    for g, (rules, cands) in pairs:
        keys = {cl._key(c["model"], c["benchmark"], c["score"]) for c in g["claims"]}
        covered = {cl._key(c["model"], c["benchmark"], c["score"]) for c in rules}
        for c in cands:
            k = cl._key(c.model, c.benchmark, c.num.value)
            c.label = k in keys
            c.covered = k in covered
        out.append({"gold": g, "rules": rules, "cands": cands})
    return out


def _rows(passages: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of every candidate of `passages`, in order (one set's rows, made once)."""
    xs, ys = [], []
    for p in passages:
        for c in p["cands"]:
            row = [0.0] * len(cl.FEATURES)
            for i, v in c.x.items():
                row[i] = v
            xs.append(row)
            ys.append(1.0 if c.label else 0.0)
    return np.array(xs, dtype=float).reshape(-1, len(cl.FEATURES)), np.array(ys, dtype=float)


def _matrix(rows: dict, names) -> tuple[np.ndarray, np.ndarray]:
    """The rows of the sets `names` (keys of `rows`, from `_rows`), stacked in that order."""
    return np.concatenate([rows[n][0] for n in names]), np.concatenate([rows[n][1] for n in names])


def with_linker(passages: list[dict], w: np.ndarray, t: float) -> tuple[list[list[dict]], int, int]:
    """Rule claims plus the linker's picks at threshold `t`; (predicted, additions right, wrong)."""
    pred, right, wrong = [], 0, 0
    weights = [float(v) for v in w]
    for p in passages:
        gold_keys = {cl._key(c["model"], c["benchmark"], c["score"]) for c in p["gold"]["claims"]}
        added = cl.pick([c for c in p["cands"] if not c.covered], weights, t)
        extra = [{"model": c.model, "benchmark": c.benchmark, "score": c.num.value} for c, _ in added]
        for c in extra:
            if cl._key(c["model"], c["benchmark"], c["score"]) in gold_keys:
                right += 1
            else:
                wrong += 1
        pred.append(p["rules"] + extra)
    return pred, right, wrong


def _fmt(r: dict) -> str:
    return f"P {r['p']:.3f} R {r['r']:.3f} ({r['tp']}/{r['fp']}/{r['fn']})"


def _pooled(rows: list[dict]) -> dict:
    t = {k: sum(r[k] for r in rows) for k in ("tp", "fp", "fn")}
    t["p"] = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 0.0
    t["r"] = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 0.0
    return t


def loso(data: dict, runs: tuple[str, ...], verbose: bool = True) -> dict:
    """{threshold or "rules": {run suffix: pooled result + additions}}, printing per-set rows."""
    res: dict = {}
    rows = {n: _rows(p) for n, p in data.items()}
    for name in data:
        missed = sum(1 for p in data[name] for c in p["cands"] if c.label and not c.covered)
        _say(verbose, f"{name:<22} candidates {sum(len(p['cands']) for p in data[name]):>5}, right ones no rule makes {missed}")
    for held in SETS:
        train = [n + s for n in SETS if n != held for s in runs]
        X, y = _matrix(rows, train)
        w = fit(X, y)
        for s in runs:
            name = held + s
            gold = [p["gold"] for p in data[name]]
            base = score_claims(gold, [p["rules"] for p in data[name]])
            res.setdefault("rules", {}).setdefault(s, []).append(base)
            cells = []
            for t in THRESHOLDS:
                pred, right, wrong = with_linker(data[name], w, t)
                r = score_claims(gold, pred)
                r["right"], r["wrong"] = right, wrong
                res.setdefault(t, {}).setdefault(s, []).append(r)
                cells.append(f"{t:.2f}: +{right}/-{wrong} {r['p']:.3f}/{r['r']:.3f}")
            _say(verbose, f"{name:<22} rules {_fmt(base):<28} rules+linker at t: added right/wrong P/R  " + "  ".join(cells))
    out: dict = {}
    for k, by_run in res.items():
        out[k] = {}
        for s, rows in by_run.items():
            pooled = _pooled(rows)
            pooled["right"] = sum(r.get("right", 0) for r in rows)
            pooled["wrong"] = sum(r.get("wrong", 0) for r in rows)
            out[k][s] = pooled
    return out


def choose(pooled: dict) -> tuple[float, bool]:
    """The threshold that adds the most right claims (pooled LOSO, whole KB) while costing at most
    MAX_P_DROP precision, the highest on a tie; and whether it earns shipping on (recall +MIN_R_GAIN)."""
    base = pooled["rules"][""]
    ok = [t for t in THRESHOLDS if pooled[t][""]["p"] >= base["p"] - MAX_P_DROP]
    if not ok:
        return max(THRESHOLDS), False
    t = max(ok, key=lambda t: (pooled[t][""]["tp"], t))
    return max(t, BAR), pooled[t][""]["r"] - base["r"] >= MIN_R_GAIN


def build(pipe=None, verbose: bool = True, passes: dict | None = None) -> dict:
    """The artefact's content: LOSO report (printed when `verbose`), threshold, weights of the fit on all sets.
    `passes`: `set_passes(SETS, keep=doc_view)` already run (shared with the claim confidence's build)."""
    passes = passes or set_passes(SETS, pipe, ABLATE, keep=doc_view)
    data = {n: collect(passes[n]) for n in SETS}
    data.update({f"{n}@ablated": collect(passes[f"{n}@ablated"]) for n in SETS})
    runs = ("", "@ablated")
    pooled = loso(data, runs, verbose)
    for s in runs:
        base = pooled["rules"][s]
        _say(verbose, f"pooled{s:<16} rules {_fmt(base)}")
        for t in THRESHOLDS:
            r = pooled[t][s]
            _say(verbose, f"  t={t:.2f} rules+linker {_fmt(r)}  additions right {r['right']} wrong {r['wrong']}  "
                          f"dP {r['p'] - base['p']:+.3f} dR {r['r'] - base['r']:+.3f}")
    t, earns = choose(pooled)
    _say(verbose, f"chosen threshold (pooled LOSO, whole KB): {t:.2f}; earns shipping on: {'yes' if earns else 'no'}")
    X, y = _matrix({n: _rows(p) for n, p in data.items()}, list(data))
    w = fit(X, y)
    _say(verbose, "weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in zip(cl.FEATURES, w)))
    return {
        "about": "claim linker: logistic weights over nlp.claim_linker.FEATURES; built by "
                 "scripts/train_claim_linker.py from the claims sets in trained_on; threshold from "
                 "leave-one-set-out figures only",
        "trained_on": list(SETS), "ablated_percent": ABLATE, "threshold": t, "earns_default_on": earns,
        "loso_pooled": {str(k): {s or "whole_kb": {m: (round(v, 4) if isinstance(v, float) else v)
                                                    for m, v in r.items()} for s, r in by.items()}
                        for k, by in pooled.items()},
        "features": list(cl.FEATURES), "weights": [round(float(v), 4) for v in w],
    }


def _say(verbose: bool, line: str) -> None:
    if verbose:
        print(line)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if nlp/data/claim_linker.json is not what this builds")
    args = ap.parse_args(argv)
    out = build()
    text = json.dumps(out, indent=1, ensure_ascii=False) + "\n"
    if args.check:
        same = cl.DATA.exists() and cl.DATA.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{cl.DATA} differs from what this builds: run python scripts/train_claim_linker.py")
        return 0 if same else 1
    changed = not cl.DATA.exists() or cl.DATA.read_text(encoding="utf-8") != text
    cl.DATA.write_text(text, encoding="utf-8")
    print(f"wrote {cl.DATA}" + ("; it changed (nlp.NLP_VERSION digests it)" if changed else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
