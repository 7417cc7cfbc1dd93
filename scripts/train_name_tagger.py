"""Build ``nlp/data/name_tagger/``, the learned tagger of model/benchmark names no list knows.

    python scripts/train_name_tagger.py                 # train on every spent entity set, write the artefact
    python scripts/train_name_tagger.py --check         # fail if the artefact is not built from today's inputs
    python scripts/train_name_tagger.py --check --rebuild   # retrain and compare the weights (minutes)
    python scripts/train_name_tagger.py --loso heldout6 # leave heldout6 out: train on the rest, score it (--ablate 40)

Training data: the spent entity sets (all of them were tuned on by the rules' rounds), cut into the
sentences the tagger reads (:func:`nlp.name_tagger.sentences`), with **mention replacement**: in each
copy of a passage every gold MODEL/BENCHMARK name is swapped for an invented one — mostly of the same
shape (``train_unknown_scorer.replace_name``: each letter run becomes another of the same case, tier and
kind words stay, digits mostly redrawn, one mapping per passage so later mentions agree), now and then
of another shape drawn from :data:`MODEL_SHAPES` / :data:`BENCH_SHAPES` (one word, versioned, tiered, sized,
``*Bench``, ``-Eval``, ``Hard``/``Verified``/year variants, acronyms, plain words). Gold ORG names are
invented the same way and learned as ORG (so an unfamiliar word is not by itself a model; the tagger's
ORG spans are never added). No real name is ever a positive: the tagger learns contexts and shapes.
Deterministic on one machine (fixed seeds, CPU); ``--check`` compares a digest of the inputs (sets,
this script, the tagger module, the settings) with the one stored beside the weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_unknown_scorer as tus  # noqa: E402  (the invented-name generator)
from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402
from nlp import name_tagger as nt  # noqa: E402

DATA = ROOT / "tests" / "data" / "nlp"
SETS = ("dev", "dev2", "dev3", "unknown-dev", "unknown-test", "heldout", "heldout2", "heldout3", "heldout4",
        "heldout5", "heldout6")
SEED = 7
REPLICAS = 4
OTHER_SHAPE_P = 0.25
OTHER_KEEP_P = 0.5  # a capitalised word outside the gold names keeps its letters (else it is invented too)  # a name's family takes a name of another shape (else the same shape, letters invented)
EPOCHS = 6
BATCH = 32
DROPOUT = 0.2
THRESHOLD = 0.9  # chosen on the leave-one-set-out predictions (bench/RESULTS.md, "Learned name tagger (round 7)")
WIDTH, DEPTH = 64, 3
ROWS = [3000, 1000, 1500, 500]  # hash-embedding rows of NORM, PREFIX, SUFFIX, SHAPE

MODEL_SHAPES = ("{W}", "{W} {v}", "{W}-{v}", "{W} {v} {T}", "{W}-{v}-{T}", "{W} {T} {v}", "{W}-{s}", "{W} {v} {s}",
                "{W}-{v}-{s}-{T}", "{W}{d}", "{W}{d}-{T}", "{A}-{d}", "{A}{d} {T}", "{Wc}", "{Wc} {v}", "{W} {T}",
                "{w}-{d}", "{W}-{A}")
BENCH_SHAPES = ("{W}Bench", "{W}-Bench", "{W}-bench", "{W} Bench", "{W}-Eval", "{W}Eval", "{A}", "{A}-{d}",
                "{A} {V}", "{W}Bench {V}", "{W}-bench {V}", "{W} {Y}", "{A} {Y}", "{W}QA", "{Wc}", "{W}",
                "{W} Arena", "{W}-{d}", "{A}-Bench", "{W} Exam")
TIERS = "Pro Flash Ultra Mini Max Lite Turbo Nano Plus Instruct Chat Thinking Heavy Air Preview Base Coder Vision Omni Fast".split()
VARIANTS = "Hard Verified Lite Pro Multilingual Live Extended Diamond Full Mini".split()


def _version(rnd: random.Random) -> str:
    return rnd.choice([str(rnd.randint(1, 9)), f"{rnd.randint(1, 5)}.{rnd.randint(0, 9)}", f"{rnd.randint(1, 4)}.{rnd.randint(0, 9)}{rnd.randint(0, 9)}",
                       f"V{rnd.randint(2, 6)}", f"R{rnd.randint(1, 3)}", f"{rnd.randint(2, 9)}"])


def invent_name(label: str, rnd: random.Random, taken_words: set[str]) -> str:
    """A new name of a shape drawn from :data:`MODEL_SHAPES` / :data:`BENCH_SHAPES`."""
    shape = rnd.choice(MODEL_SHAPES if label == "MODEL" else BENCH_SHAPES)
    word = tus._invent(rnd.choice(["Xxxxx", "Xxxxxxx", "Xxxx", "Xxxxxx"]), rnd, taken_words)
    camel = tus._invent("XxxxXxxx", rnd, taken_words)
    acro = "".join(rnd.choice("ABCDEFGHIKLMNPRSTVWXZ") for _ in range(rnd.randint(2, 5)))
    return shape.format(W=word, w=word.lower(), Wc=camel, A=acro, v=_version(rnd), T=rnd.choice(TIERS),
                        s=f"{rnd.choice([1, 3, 7, 8, 13, 14, 22, 32, 70, 120, 235])}B", d=rnd.randint(1, 9),
                        V=rnd.choice(VARIANTS), Y=rnd.randint(2023, 2027))


def replaced_passage(rec: dict, rnd: random.Random, taken_words: set[str]) -> tuple[str, list[tuple[int, int, str]]]:
    """The passage with every gold model/benchmark name invented, and its (start, end, label) gold."""
    text, ents = rec["text"], sorted(rec.get("entities", []), key=lambda e: e["start"])
    mapping: dict = {}
    other: dict = {}  # a family's name of another shape: surface -> new surface, one per passage
    out, gold, last = [], [], 0
    for e in ents:
        s, t, lab = e["start"], e["end"], e["label"]
        if s < last:
            continue
        surface = text[s:t]
        out.append(_other_words(text[last:s], mapping, rnd, taken_words))
        pos = sum(len(x) for x in out)
        if lab == "ORG":  # labs are invented too: else "a name no one has seen" would mean MODEL
            surface = tus.replace_name(surface, mapping, rnd, taken_words)
        elif lab in nt.LABELS:
            stems = [p for p in tus.PIECES.findall(surface) if p[0].isalpha() and p.lower() not in tus.us.KIND_WORDS]
            stem = stems[0] if stems else surface
            if stem not in other:
                other[stem] = {} if rnd.random() < OTHER_SHAPE_P else None
            if other[stem] is None:
                surface = tus.replace_name(surface, mapping, rnd, taken_words)
            else:
                if surface not in other[stem]:
                    other[stem][surface] = invent_name(lab, rnd, taken_words)
                surface = other[stem][surface]
        out.append(surface)
        gold.append((pos, pos + len(surface), lab))
        last = t
    out.append(_other_words(text[last:], mapping, rnd, taken_words))
    return "".join(out), gold


OTHER_WORD = re.compile(r"(?<![\w.\-])[A-Z][\w\-]*[A-Za-z0-9](?![\w])")


def _other_words(gap: str, mapping: dict, rnd: random.Random, taken_words: set[str]) -> str:
    """Capitalised words outside the gold names (people, places, products, headings) are invented too, half
    of them: else an unfamiliar word would be a name by its strangeness alone, not by its context."""
    def swap(m):
        w = m.group()
        if w.lower() in STOP_WORDS or rnd.random() < OTHER_KEEP_P:
            return w
        return tus.replace_name(w, mapping, rnd, taken_words)

    return OTHER_WORD.sub(swap, gap)


def kb_words() -> set[str]:
    import re

    words = set()
    for f in (ROOT / "nlp" / "data").glob("*.jsonl"):
        words.update(w for w in re.split(r"[^a-z]+", f.read_text(encoding="utf-8").lower()) if len(w) > 2)
    return words


def examples(pipe, sets) -> list:
    """spaCy Examples: the gated sentences of REPLICAS replaced copies of each passage of ``sets``."""
    from spacy.training import Example

    taken_words = kb_words()
    out, dropped = [], 0
    for name in sets:
        for rec in tus.read_set(name):
            for r in range(REPLICAS):
                rnd = random.Random(f"{SEED}:{name}:{rec['id']}:{r}")
                text, gold = replaced_passage(rec, rnd, taken_words)
                for lo, hi in nt.gated(text, [], lambda pos: True, strict=False):
                    doc = pipe.make_doc(text[lo:hi])
                    spans = []
                    ok = True
                    for s, e, lab in gold:
                        if lab not in nt.TRAIN_LABELS or e <= lo or s >= hi:
                            continue
                        sp = doc.char_span(s - lo, e - lo, label=lab)
                        if sp is None or s < lo or e > hi:
                            ok = False
                            break
                        spans.append(sp)
                    if not ok:
                        dropped += 1
                        continue
                    ref = pipe.make_doc(text[lo:hi])
                    ref.spans[nt.SPANS_KEY] = [ref.char_span(sp.start_char, sp.end_char, label=sp.label_) for sp in spans]
                    out.append(Example(doc, ref))
    print(f"{len(out)} sentences ({dropped} dropped: a gold name not on token edges)", file=sys.stderr)
    return out


def blank_pipe():
    import spacy

    pipe = spacy.blank("en")
    pipe.add_pipe("spancat_singlelabel", config={
        "spans_key": nt.SPANS_KEY, "suggester": {"@misc": "modelwire.name_runs.v1"}, "allow_overlap": False,
        "negative_weight": 1.0,
        "model": {"@architectures": "spacy.SpanCategorizer.v1", "scorer": {"@layers": "Softmax.v2"},
                  "reducer": {"@layers": "spacy.mean_max_reducer.v1", "hidden_size": 64},
                  "tok2vec": {"@architectures": "spacy.Tok2Vec.v2",
                              "embed": {"@architectures": "spacy.MultiHashEmbed.v1", "width": WIDTH, "rows": ROWS,
                                        "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "include_static_vectors": False},
                              "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": WIDTH,
                                         "window_size": 1, "maxout_pieces": 3, "depth": DEPTH}}}})
    return pipe


def train(sets, epochs: int = EPOCHS, quiet: bool = False):
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    pipe = blank_pipe()
    exs = examples(pipe, sets)
    for lab in nt.TRAIN_LABELS:
        pipe.get_pipe("spancat_singlelabel").add_label(lab)
    opt = pipe.initialize(lambda: exs[:200])
    rnd = random.Random(SEED)
    for ep in range(epochs):
        t0 = time.time()
        order = list(exs)
        rnd.shuffle(order)
        losses: dict = {}
        for batch in minibatch(order, size=BATCH):
            pipe.update(batch, sgd=opt, drop=DROPOUT, losses=losses)
        if not quiet:
            print(f"epoch {ep + 1}: loss {losses.get('spancat_singlelabel', 0):.2f} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return pipe


def inputs_digest(sets=SETS) -> str:
    """What the weights are made from: the sets, the code that reads them and trains, the settings."""
    import inspect

    h = hashlib.sha256()
    for name in sets:
        h.update((DATA / f"{name}.jsonl").read_bytes())
    for f in (ROOT / "nlp" / "name_tagger.py", ROOT / "scripts" / "train_unknown_scorer.py"):
        h.update(f.read_bytes())
    for fn in (invent_name, replaced_passage, _other_words, examples, blank_pipe, train, kb_words):
        h.update(inspect.getsource(fn).encode())
    h.update(json.dumps([SEED, REPLICAS, OTHER_SHAPE_P, OTHER_KEEP_P, OTHER_WORD.pattern, EPOCHS, BATCH, DROPOUT, WIDTH, DEPTH, ROWS, MODEL_SHAPES,
                         BENCH_SHAPES, TIERS, VARIANTS]).encode())
    return h.hexdigest()[:16]


def save(pipe, path: Path, threshold: float = THRESHOLD, sets=SETS) -> None:
    if path.exists():
        shutil.rmtree(path)
    pipe.to_disk(path, exclude=["vocab"])
    (path / "tagger.json").write_text(json.dumps({"threshold": threshold, "sets": list(sets),
                                                  "inputs": inputs_digest(sets)}, indent=1) + "\n", encoding="utf-8")


def loso(held: str, thresholds=(0.5, 0.6, 0.7, 0.8, 0.9, 0.95)) -> list[dict]:
    """Train without ``held``, score it: whole-KB F1 and the --ablate 40 measures, rules alone and with the
    tagger at each threshold."""
    import nlp
    from nlp.ablation import ablated_names, evaluate_ablation
    from nlp.evaluate import evaluate_records, read_gold

    cache = Path(tempfile.gettempdir()) / f"name_tagger-loso-{held}-{inputs_digest()}"
    if (cache / "tagger.json").is_file():  # the same inputs train the same weights: reuse them
        pipe, _ = nt.load_pipe(cache)
    else:
        pipe = train([s for s in SETS if s != held])
        save(pipe, cache, sets=[s for s in SETS if s != held])
    full = nlp.load({"name_tagger": True})
    removed = ablated_names(full.get_pipe("modelwire_entities").kb, 40)
    ablated = nlp.load({"name_tagger": True, "kb_exclude": removed})
    gold = read_gold(DATA / f"{held}.jsonl")
    rows = []
    for th in (None, *thresholds):
        nt.set_pipe(None if th is None else pipe, th)
        whole = evaluate_records(full, gold)
        ab = evaluate_ablation(full, ablated, removed, gold)
        m, b = ab["labels"]["MODEL"], ab["labels"]["BENCHMARK"]
        r = {"set": held, "threshold": th, "micro": whole["micro"]["f1"],
             "whole": {k: round(x["f1"], 3) for k, x in whole["labels"].items()},
             "model": f"{m['found']}/{m['removed_mentions']}", "model_r": m["recall"],
             "bench": f"{b['found']}/{b['removed_mentions']}", "bench_r": b["recall"],
             "guess_p": ab["guess_precision"], "guesses": ab["guesses"],
             "new": f"M {m['not_in_kb_found']}/{m['not_in_kb_mentions']} B {b['not_in_kb_found']}/{b['not_in_kb_mentions']}",
             "false": [e[3] for e in ab["errors"] if e[0] == "FALSE"] if th is not None else []}
        rows.append(r)
        print(f"{held:<10} {'rules' if th is None else f't={th:g}':<7} micro {r['micro']:.3f} {r['whole']} | removed MODEL "
              f"{r['model_r']:.3f} ({r['model']}) BENCH {r['bench_r']:.3f} ({r['bench']}) guessP {r['guess_p']:.3f} "
              f"({r['guesses']}) new {r['new']}", flush=True)
    nt.set_pipe(None, None)
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the artefact was not built from today's inputs")
    ap.add_argument("--rebuild", action="store_true", help="with --check: retrain and compare the weights too")
    ap.add_argument("--loso", metavar="SET", action="append", help="leave SET out, train on the rest, score SET")
    ap.add_argument("--json", metavar="FILE", help="with --loso: write the rows as JSON")
    args = ap.parse_args(argv)
    if args.loso:
        rows = [r for held in args.loso for r in loso(held)]
        if args.json:
            Path(args.json).write_text(json.dumps(rows, indent=1))
        return 0
    if args.check:
        meta = nt.ARTEFACT / "tagger.json"
        stored = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
        if stored.get("inputs") != inputs_digest() or stored.get("threshold") != THRESHOLD:
            print(f"{nt.ARTEFACT} is stale: run python scripts/train_name_tagger.py")
            return 1
        if args.rebuild:
            with tempfile.TemporaryDirectory() as tmp:
                save(train(SETS, quiet=True), Path(tmp) / "t")
                a = (Path(tmp) / "t" / "spancat_singlelabel" / "model").read_bytes()
                if a != (nt.ARTEFACT / "spancat_singlelabel" / "model").read_bytes():
                    print("retrained weights differ from the committed ones")
                    return 1
        print("artefact up to date")
        return 0
    pipe = train(SETS)
    save(pipe, nt.ARTEFACT)
    size = sum(f.stat().st_size for f in nt.ARTEFACT.rglob("*") if f.is_file())
    print(f"wrote {nt.ARTEFACT} ({size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
