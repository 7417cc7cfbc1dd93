"""Claim layouts read back: the same invented boards rendered in every layout of tests/nlp/claim_layout_gen.py,
scored per layout as precision / recall of (model, benchmark, score) of the ``nlp`` claims against the
generator's gold. ``python -m bench.layouts [--seeds N] [--examples]``; needs nothing outside the repo."""
from __future__ import annotations

import argparse
import time

import nlp
from tests.nlp import claim_layout_gen as gen


def table(res: dict, examples: bool = False) -> str:
    lines = ["| layout | tp | fp | fn | P | R |", "|---|---|---|---|---|---|"]
    T = F = N = 0
    for name, r in res.items():
        T, F, N = T + r["tp"], F + r["fp"], N + r["fn"]
        lines.append(f"| {name} | {r['tp']} | {r['fp']} | {r['fn']} | {r['P']:.3f} | {r['R']:.3f} |")
    lines.append(f"| **all** | {T} | {F} | {N} | {T / max(T + F, 1):.3f} | {T / max(T + N, 1):.3f} |")
    if examples:
        for name, r in res.items():
            for s, fps, fns in r["examples"]:
                lines.append(f"  {name} seed {s}: FP {fps} FN {fns}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, default=20, help="boards per layout (seeds 0..N-1)")
    ap.add_argument("--first", type=int, default=0, help="first seed")
    ap.add_argument("--layouts", help="comma-separated layouts (default all)")
    ap.add_argument("--examples", action="store_true", help="list a few wrong and missed triples per layout")
    a = ap.parse_args(argv)
    p = nlp.load()
    t = time.perf_counter()
    res = gen.read_back(p, range(a.first, a.first + a.seeds), a.layouts.split(",") if a.layouts else None)
    print(table(res, a.examples))
    print(f"\n{a.seeds} boards per layout, seeds {a.first}..{a.first + a.seeds - 1}, {time.perf_counter() - t:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
