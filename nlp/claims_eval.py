"""Score `doc._.claims` against hand-annotated claims (``python -m nlp.evaluate --claims FILE``).

Gold lines: ``{"id", "text", "claims": [{"model", "benchmark", "score", "unit", "comparison",
"source_kind"}]}`` with canonical names (tests/data/nlp/claims-*.jsonl, built from ``*.src.md`` by
scripts/build_claims_set.py). A claim is right when model, benchmark and score are all right; unit,
comparison (a competitor's score cited for comparison) and source_kind are scored on the matched
claims only, so one wrong field does not count twice.
"""
from __future__ import annotations

from collections import Counter

from .errors import msg
from .gold import read_jsonl

REQUIRED = ("model", "benchmark", "score")


def read_claims_gold(path) -> list[dict]:
    """Gold passages of `path`; a malformed line raises ValueError naming the file and line."""
    def check(rec, lineno: int) -> None:
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not isinstance(rec.get("claims"), list):
            raise ValueError(msg("E036", path=path, line=lineno))
        for c in rec["claims"]:
            if not isinstance(c, dict) or any(k not in c for k in REQUIRED):
                raise ValueError(msg("E036", path=path, line=lineno))

    return read_jsonl(path, check)


def _name(s: str) -> str:
    """Model and benchmark names compared without case, spaces and hyphens: whether "GPT-5 pro" or
    "GPT-5 Pro" is the canonical spelling is the entity evaluator's business, not the claims'."""
    return "".join(ch for ch in str(s).lower() if ch not in " -")


def _key(c: dict) -> tuple:
    return (_name(c["model"]), _name(c["benchmark"]), round(float(c["score"]), 3))


def right_claims(gold_claims: list[dict], pred: list[dict]) -> list[bool]:
    """For each predicted claim, whether it matches a gold claim (model, benchmark, score; each
    gold claim matched once, in order): the labels `score_claims` counts and the confidence model
    (scripts/build_claim_confidence.py) learns from."""
    left = Counter(_key(c) for c in gold_claims)
    out = []
    for c in pred:
        k = _key(c)
        out.append(left[k] > 0)
        left[k] -= 1 if left[k] > 0 else 0
    return out


def score_at(gold: list[dict], predicted: list[list[dict]], threshold: float) -> dict:
    """`score_claims` of the claims whose ``confidence`` is at least `threshold` (what the
    digest's scoreboard would show; recall is still over every gold claim)."""
    kept = [[c for c in pred if c.get("confidence", 1.0) >= threshold] for pred in predicted]
    return score_claims(gold, kept)


def score_claims(gold: list[dict], predicted: list[list[dict]]) -> dict:
    """Micro precision/recall over (model, benchmark, score), with multiplicity; field accuracies
    on matched pairs; ``errors`` lists ("FP"|"FN", passage id, claim key)."""
    tp = fp = fn = 0
    fields = {f: [0, 0] for f in ("unit", "comparison", "source_kind")}
    errors = []
    for g, pred in zip(gold, predicted):
        gold_by_key: dict[tuple, list[dict]] = {}
        for c in g["claims"]:
            gold_by_key.setdefault(_key(c), []).append(c)
        pred_count = Counter()
        for c in pred:
            k = _key(c)
            pred_count[k] += 1
            bucket = gold_by_key.get(k)
            if bucket:
                gc = bucket.pop(0)
                tp += 1
                for f in fields:
                    if f in gc:
                        got = bool(c.get("is_comparison")) if f == "comparison" else c.get(f)
                        fields[f][1] += 1
                        fields[f][0] += got == gc[f]
            else:
                fp += 1
                errors.append(("FP", g.get("id"), k, c.get("sentence", ""), c.get("confidence")))
        for k, rest in gold_by_key.items():
            for _ in rest:
                fn += 1
                errors.append(("FN", g.get("id"), k, "", None))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    acc = {f: (ok / n if n else 0.0) for f, (ok, n) in fields.items()}
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp, "fn": fn,
            "field_accuracy": acc, "passages": len(gold), "errors": errors}


def evaluate_claims_file(path, nlp=None, threshold: float | None = None, stream: bool = False) -> dict:
    """Run `nlp` (default: :func:`nlp.load`) over the passages of `path` and score its claims;
    with `threshold`, also those at or above it (``res["at"]``, the scoreboard's claims); ``stream``:
    the passages read in order, each with the names remembered from those before it (:mod:`nlp.name_memory`)."""
    if nlp is None:
        from . import load

        nlp = load()
    gold = read_claims_gold(path)
    texts = [g["text"] for g in gold]
    if stream:
        from .name_memory import MIN_DOCS, stream_docs

        docs = stream_docs(nlp, texts, MIN_DOCS)
    else:
        docs = nlp.pipe(texts, batch_size=32)
    predicted = [doc._.claims for doc in docs]
    res = score_claims(gold, predicted)
    if threshold is not None:
        res["at"] = score_at(gold, predicted, threshold)
        res["threshold"] = threshold
    return res


def format_claims_report(path, res: dict) -> str:
    acc = res["field_accuracy"]
    lines = [
        f"{path}: {res['passages']} passages, {res['tp'] + res['fn']} gold claims",
        f"claims (model+benchmark+score)  P={res['p']:.3f} R={res['r']:.3f} F1={res['f1']:.3f} "
        f"tp={res['tp']} fp={res['fp']} fn={res['fn']}",
    ]
    at = res.get("at")
    if at is not None:
        lines.append(f"at confidence >= {res['threshold']:.2f} (scoreboard)  P={at['p']:.3f} R={at['r']:.3f} "
                     f"F1={at['f1']:.3f} tp={at['tp']} fp={at['fp']} fn={at['fn']}")
    lines.append(f"on matched claims: unit {acc['unit']:.3f}  comparison {acc['comparison']:.3f}  "
                 f"source_kind {acc['source_kind']:.3f}")
    return "\n".join(lines)
