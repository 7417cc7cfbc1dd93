"""Build ``nlp/data/unknown_scorer.npz``, the learned scorer of unknown model/benchmark names.

    python scripts/train_unknown_scorer.py            # train on every tuning set, write the artefact
    python scripts/train_unknown_scorer.py --check    # fail if the committed artefact is not what this builds
    python scripts/train_unknown_scorer.py --cv       # leave-one-set-out: train without a set, score it (--ablate 40)

Training data comes from the entity tuning sets by **mention replacement**: in each passage, each family
of gold MODEL/BENCHMARK names (their first name word) is, with probability 3/4, swapped for an invented
one of the same shape (each letter run becomes another: ``Claude Opus 4.5`` -> ``Vorlen Opus 7.2``,
``SWE-bench Verified`` -> ``KTA-bench Verified``; tier, variant and kind words stay, digits are mostly
redrawn; one mapping per passage, so ``Claude`` alone becomes ``Vorlen`` too); the rest stay real, as
known names stand around new ones in real text. Four such copies of each passage are read by the full
knowledge base. Every
candidate span the scorer sees (:mod:`nlp.unknown_scorer`) is an example: the replaced gold names are
MODEL/BENCHMARK, everything else (kept real names are taken by the KB and never candidates) is NONE.
So the scorer cannot learn the real names; it learns shapes and contexts. Deterministic (fixed seed;
hashing by CRC-32; full-batch optimisation in numpy). The pipeline is loaded with the learned name tagger
explicitly off (``name_tagger: False``; on by default since round 23), as the committed scorer was trained.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp import unknown_scorer as us  # noqa: E402

DATA = ROOT / "tests" / "data" / "nlp"
TUNING_SETS = ("dev", "dev2", "dev3", "unknown-dev", "heldout", "heldout2", "heldout3")
SEED = 15
REPLICAS = 4
REPLACE_P = 0.75
DIM = 1 << 16
L2 = 1e-4
STEPS = 250
VETO_LABELS = "MODEL"
ADD, VETO = 0.70, 0.10  # thresholds chosen on the pooled leave-one-set-out grid (--cv --grid, bench/RESULTS.md)

ONSETS = "b c d f g h j k l m n p r s t v w z br cr dr fr gr kr pr tr st sk sl sp th sh ch qu pl bl cl gl vr zh".split()
VOWELS = "a e i o u a e i o y ae ai au ea ei ia io ou".split()
CODAS = ["", "", "", "n", "r", "l", "s", "x", "m", "th", "nd", "rk", "st", "lt", "v", "z"]
# plain English words that names are often made of (birds, plants, stones, weather, places in the sky)
WORDS = """Falcon Kestrel Heron Wren Finch Magpie Osprey Plover Tern Lark Swift Raven Sparrow Ibis Crane Egret
Juniper Cedar Alder Birch Willow Aspen Sorrel Fennel Clover Thistle Bramble Laurel Hazel Rowan Sage Basil
Granite Basalt Quartz Onyx Jasper Garnet Cobalt Flint Slate Marble Amber Topaz Beryl Opal
Zephyr Nimbus Cirrus Squall Gale Drizzle Monsoon Tempest Breeze Frost Ember Cinder Spark Blaze
Orbit Comet Nova Quasar Pulsar Nebula Zenith Apex Vertex Vector Prism Lumen Photon Helix Axiom Cipher
Harbor Canyon Summit Ridge Delta Fjord Mesa Tundra Prairie Lagoon Atlas Beacon Compass Anchor Lantern""".split()


def _syllable_stem(rnd: random.Random, length: int) -> str:
    out = ""
    while len(out) < max(3, length):
        out += rnd.choice(ONSETS) + rnd.choice(VOWELS)
        if rnd.random() < 0.4:
            out += rnd.choice(CODAS)
    return out[:max(3, length + rnd.randint(-1, 1))]


def _invent(piece: str, rnd: random.Random, taken_words: set[str]) -> str:
    """Another letter run of the same case pattern: Title, UPPER, lower, CamelCase."""
    for _ in range(20):
        if piece.isupper() and len(piece) <= 6:
            new = "".join(rnd.choice("ABCDEFGHIJKLMNOPRSTVWXZ") for _ in range(len(piece)))
        elif piece.islower():
            new = _syllable_stem(rnd, len(piece))
        else:
            humps = re.findall(r"[A-Z][a-z]*", piece) or [piece]
            if len(humps) == 1 and rnd.random() < 0.3:
                new = rnd.choice(WORDS)
            else:
                new = "".join(_syllable_stem(rnd, len(h)).capitalize() for h in humps)
        if new.lower() not in taken_words:
            return new
    return new


def _redraw_digits(run: str, rnd: random.Random) -> str:
    return "".join((rnd.choice("123456789") if i == 0 or run[i - 1] in ".," else rnd.choice("0123456789"))
                   if c.isdigit() else c for i, c in enumerate(run))


PIECES = re.compile(r"[A-Za-z]+|\d+|[^A-Za-z\d]+")


def replace_name(surface: str, mapping: dict, rnd: random.Random, taken_words: set[str]) -> str:
    out = []
    for p in PIECES.findall(surface):
        if p[0].isalpha():
            if p.lower() in us.KIND_WORDS or p.islower() and len(p) <= 2:  # "o" in "o3", "s" after an apostrophe
                out.append(p)
                continue
            if p not in mapping:
                mapping[p] = _invent(p, rnd, taken_words)
            out.append(mapping[p])
        elif p[0].isdigit():
            if p not in mapping:
                mapping[p] = _redraw_digits(p, rnd) if rnd.random() < 0.7 else p
            out.append(mapping[p])
        else:
            out.append(p)
    return "".join(out)


def replaced_passage(rec: dict, rnd: random.Random, taken_words: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The passage with most gold model/benchmark names invented, and its (start, end, label) gold."""
    text, ents = rec["text"], sorted(rec.get("entities", []), key=lambda e: e["start"])
    mapping: dict = {}
    swap: dict = {}
    out, gold, last = [], [], 0
    for e in ents:
        s, t, lab = e["start"], e["end"], e["label"]
        surface = text[s:t]
        out.append(text[last:s])
        pos = sum(len(x) for x in out)
        if lab in ("MODEL", "BENCHMARK"):
            stems = [p for p in PIECES.findall(surface) if p[0].isalpha() and p.lower() not in us.KIND_WORDS]
            stem = stems[0] if stems else surface  # one coin per family: "Claude" and "Claude Opus 4.5" together
            if stem not in swap:
                swap[stem] = rnd.random() < REPLACE_P
            if swap[stem]:
                surface = replace_name(surface, mapping, rnd, taken_words)
        out.append(surface)
        gold.append((pos, pos + len(surface), lab))
        last = t
    out.append(text[last:])
    return "".join(out), gold


def read_set(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def kb_words(finder) -> set[str]:
    words = set()
    for k in finder.gaz:
        words.update(w for w in re.split(r"[^a-z]+", k) if len(w) > 2)
    return words


def examples(finder, sets: list[str]) -> tuple[list[list[str]], list[int]]:
    """(features, class) of every candidate span in the replaced passages of ``sets``."""
    taken_words = kb_words(finder)
    feats, ys = [], []
    box = []
    us.set_recorder(lambda text, spans, f, rules: box.append((spans, f)))
    model = us.current_model()
    us.set_model(None)  # (the recorder sees the candidates whatever the model would decide)
    try:
        for name in sets:
            for rec in read_set(name):
                for r in range(REPLICAS):
                    rnd = random.Random(f"{SEED}:{name}:{rec['id']}:{r}")
                    text, gold = replaced_passage(rec, rnd, taken_words)
                    box.clear()
                    finder.find(text)
                    cls = {(s, e): us.CLASSES.index(lab) for s, e, lab in gold if lab in us.CLASSES}
                    for spans, fs in box:
                        for sp, f in zip(spans, fs):
                            feats.append(f)
                            ys.append(cls.get(sp, 0))
    finally:
        us.set_recorder(None)
        us.set_model(model)
    return feats, ys


def train(feats: list[list[str]], ys: list[int], dim: int = DIM, steps: int = STEPS, l2: float = L2) -> np.ndarray:
    """Multinomial logistic regression on hashed features, full-batch Adam: deterministic."""
    hasher = us.Model(np.zeros((dim, 3), dtype=np.float32), 0, 0)
    rows = [[hasher.index(x) for x in f] for f in feats]
    lens = np.array([len(r) for r in rows], dtype=np.int64)
    idx = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lens.sum()))
    row_of = np.repeat(np.arange(len(rows)), lens)
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
    y = np.zeros((len(rows), 3), dtype=np.float64)
    y[np.arange(len(rows)), ys] = 1.0
    used, cidx = np.unique(idx, return_inverse=True)  # only the features seen have weights to learn
    order = np.argsort(cidx, kind="stable")  # X.T @ d as one gather and one segment sum per class
    rows_sorted = row_of[order]
    firsts = np.flatnonzero(np.r_[True, cidx[order][1:] != cidx[order][:-1]])
    w = np.zeros((3, len(used)), dtype=np.float64)  # class-major: 1-D gathers are several times faster than 2-D ones
    m, v = np.zeros_like(w), np.zeros_like(w)
    lr, b1, b2 = 0.05, 0.9, 0.999
    n = len(rows)
    for t in range(1, steps + 1):
        z = np.stack([np.add.reduceat(w[c][cidx], starts) for c in range(3)], axis=1)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        d = ((p - y) / n).T.copy()
        g = l2 * w
        for c in range(3):
            g[c] += np.add.reduceat(d[c][rows_sorted], firsts)
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + 1e-8)
    full = np.zeros((dim, 3), dtype=np.float64)
    full[used] = w.T
    w = full
    return w.astype(np.float16)


def build(finder, sets=TUNING_SETS) -> np.ndarray:
    feats, ys = examples(finder, list(sets))
    return train(feats, ys)


def artefact_bytes(w: np.ndarray, add: float = ADD, veto: float = VETO, veto_labels: str = VETO_LABELS) -> bytes:
    buf = io.BytesIO()
    np.savez_compressed(buf, weights=w, add=np.float32(add), veto=np.float32(veto), veto_labels=np.str_(veto_labels),
                        feature_version=np.int32(us.FEATURE_VERSION))
    return buf.getvalue()


def _full_finder():
    import nlp

    pipe = nlp.load({"unknown_scorer": True, "name_tagger": False})  # as trained: the tagger off
    return pipe, pipe.get_pipe("modelwire_entities").finder


def cross_validate(settings=None, add=ADD, veto=VETO, quiet=False) -> list[dict]:
    """For each tuning set: train on the others, score it with --ablate 40, for each (name, add, veto) of
    ``settings`` (default: rules alone, additions only, vetoes only, both). An add threshold above 1 adds
    nothing, a veto threshold below 0 vetoes nothing."""
    import nlp
    from nlp.ablation import ablated_names, evaluate_ablation
    from nlp.evaluate import evaluate_records, read_gold

    settings = settings or [("rules", None, None), ("add", add, -1.0), ("veto", 2.0, veto, VETO_LABELS),
                            ("both", add, veto, VETO_LABELS)]
    full, finder = _full_finder()
    removed = ablated_names(full.get_pipe("modelwire_entities").kb, 40)
    ablated = nlp.load({"unknown_scorer": True, "name_tagger": False, "kb_exclude": removed})
    rows = []
    for held in TUNING_SETS:
        w = build(finder, [s for s in TUNING_SETS if s != held])
        gold = read_gold(DATA / f"{held}.jsonl")
        for name, a, v, *labs in settings:
            us.set_model(None if a is None else us.Model(w, a, v, *labs))
            whole = evaluate_records(full, gold)
            ab = evaluate_ablation(full, ablated, removed, gold)
            m, b = ab["labels"]["MODEL"], ab["labels"]["BENCHMARK"]
            r = {"set": held, "mode": name, "add": a, "veto": v, "micro": whole["micro"]["f1"],
                 "whole": {k: x["f1"] for k, x in whole["labels"].items()},
                 "model_hit": m["found"], "model_n": m["removed_mentions"], "bench_hit": b["found"],
                 "bench_n": b["removed_mentions"], "guess_ok": m["guesses_right"] + b["guesses_right"],
                 "guesses": ab["guesses"]}
            rows.append(r)
            if not quiet:
                print(format_row(r), flush=True)
    us.set_model(None)
    return rows


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def format_row(r: dict) -> str:
    return (f"{r['set']:<12} {r['mode']:<12} micro {r['micro']:.3f} M {r['whole']['MODEL']:.3f} O {r['whole']['ORG']:.3f} "
            f"B {r['whole']['BENCHMARK']:.3f} | removed MODEL {_ratio(r['model_hit'], r['model_n']):.3f} ({r['model_n']}) "
            f"BENCH {_ratio(r['bench_hit'], r['bench_n']):.3f} ({r['bench_n']}) "
            f"guessP {_ratio(r['guess_ok'], r['guesses']):.3f} ({r['guesses']})")


def pooled(rows: list[dict]) -> list[str]:
    """Per setting, the counts pooled over the held-out sets."""
    out = []
    for mode in dict.fromkeys(r["mode"] for r in rows):
        rs = [r for r in rows if r["mode"] == mode]
        t = {k: sum(r[k] for r in rs) for k in ("model_hit", "model_n", "bench_hit", "bench_n", "guess_ok", "guesses")}
        worst = min(min(r["whole"].values()) for r in rs)
        out.append(f"{mode:<12} removed MODEL {_ratio(t['model_hit'], t['model_n']):.3f} ({t['model_hit']}/{t['model_n']}) "
                   f"BENCH {_ratio(t['bench_hit'], t['bench_n']):.3f} ({t['bench_hit']}/{t['bench_n']}) "
                   f"guessP {_ratio(t['guess_ok'], t['guesses']):.3f} ({t['guess_ok']}/{t['guesses']}) "
                   f"lowest per-label F1 {worst:.3f}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the committed artefact")
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out cross-validation (prints a table)")
    ap.add_argument("--add", type=float, default=ADD)
    ap.add_argument("--veto", type=float, default=VETO)
    ap.add_argument("--grid", action="store_true", help="with --cv: a grid of add/veto thresholds, pooled")
    ap.add_argument("--json", metavar="FILE", help="with --cv: also write the rows as JSON")
    args = ap.parse_args(argv)
    if args.cv:
        grid = [("rules", None, None)] + [(f"a{a:g}/v{v:g}{labs[0]}", a, v, labs) for a in (0.6, 0.7, 0.8, 2.0)
                                          for v in (-1.0, 0.03, 0.1, 0.2) for labs in ("MODEL", "BENCHMARK")
                                          if v > 0 or labs == "MODEL"] if args.grid else None
        rows = cross_validate(grid, add=args.add, veto=args.veto, quiet=args.grid)
        print("\n".join(pooled(rows)))
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1))
        return 0
    _, finder = _full_finder()
    data = artefact_bytes(build(finder))
    if args.check:
        same = us.ARTEFACT.is_file() and _weights(us.ARTEFACT.read_bytes()) == _weights(data)
        print("artefact up to date" if same else f"{us.ARTEFACT} is stale: run python scripts/train_unknown_scorer.py")
        return 0 if same else 1
    us.ARTEFACT.write_bytes(data)
    print(f"wrote {us.ARTEFACT} ({len(data)} bytes)")
    return 0


def _weights(data: bytes) -> tuple:
    with np.load(io.BytesIO(data)) as z:
        return (z["weights"].tobytes(), float(z["add"]), float(z["veto"]), str(z["veto_labels"]), int(z["feature_version"]))


if __name__ == "__main__":
    raise SystemExit(main())
