"""Evaluate the entity recogniser against gold JSONL.

    python -m nlp.evaluate FILE [FILE ...] [--errors] [--ablate 40] [--stream [--reverse]]   (e.g. tests/data/nlp/dev.jsonl)
    python -m nlp.evaluate --claims FILE [--errors] [--claim-linker]    (claims: tests/data/nlp/claims-dev.jsonl)
    python -m nlp.evaluate --claims-entities FILE [--errors]            (the claims' names among the entities)

Gold lines: ``{"id", "text", "entities": [{"start", "end", "label", "canonical"}], ...}``.
Prints strict span precision/recall/F1 per label and micro overall, and canonical-name accuracy on
exactly matched spans (same offsets and label). ``--errors`` lists false positives/negatives and
canonical mismatches. ``--ablate PCT`` also switches off a fixed PCT % of the model families and
benchmarks (:mod:`nlp.ablation`) and reports recall on their mentions and the precision of the
not-in-KB guesses. ``--stream`` reads the passages in file order (``--reverse``: last first) as a
monitor reads articles, each with the names remembered from the passages before it only
(:mod:`nlp.name_memory`).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .errors import msg
from .gold import read_jsonl

LABELS = ("MODEL", "ORG", "BENCHMARK")


def read_gold(path) -> list[dict]:
    def check(rec: dict, lineno: int) -> None:
        for e in rec.get("entities", []):
            if not (0 <= e["start"] < e["end"] <= len(rec["text"])):
                raise ValueError(msg("E032", path=path, line=lineno, start=e["start"], end=e["end"]))

    return read_jsonl(path, check)


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def evaluate_records(nlp, gold: list[dict], docs=None) -> dict:
    """``docs``: the passages' docs when read otherwise than by ``nlp.pipe`` (``--stream``)."""
    tp, fp, fn = Counter(), Counter(), Counter()
    canon_ok = canon_all = 0
    errors = []
    if docs is None:
        docs = nlp.pipe([g["text"] for g in gold], batch_size=32)
    for g, doc in zip(gold, docs):
        text = g["text"]
        gold_spans = {(e["start"], e["end"], e["label"]): e.get("canonical") or text[e["start"]:e["end"]] for e in g.get("entities", [])}
        pred_spans = {(e.start_char, e.end_char, e.label_): e._.canonical or e.text for e in doc.ents}
        for k in gold_spans.keys() & pred_spans.keys():
            tp[k[2]] += 1
            canon_all += 1
            if gold_spans[k] == pred_spans[k]:
                canon_ok += 1
            else:
                errors.append(("CANON", g["id"], k, text[k[0]:k[1]], f"{pred_spans[k]!r} != gold {gold_spans[k]!r}"))
        for k in pred_spans.keys() - gold_spans.keys():
            fp[k[2]] += 1
            errors.append(("FP", g["id"], k, text[k[0]:k[1]], pred_spans[k]))
        for k in gold_spans.keys() - pred_spans.keys():
            fn[k[2]] += 1
            errors.append(("FN", g["id"], k, text[k[0]:k[1]], gold_spans[k]))
    labels = {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in LABELS}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return {"labels": labels, "micro": micro, "canonical_accuracy": canon_ok / canon_all if canon_all else 0.0,
            "canonical_matched": canon_all, "docs": len(gold), "errors": errors}


def evaluate_file(path, nlp=None) -> dict:
    """Score ``path`` with ``nlp`` (default: :func:`nlp.load`). Returns the metrics dict."""
    if nlp is None:
        from . import load

        nlp = load()
    return evaluate_records(nlp, read_gold(path))


def format_report(path, res: dict) -> str:
    lines = [f"{path}: {res['docs']} passages", f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for lab, m in [*res["labels"].items(), ("micro", res["micro"])]:
        lines.append(f"{lab:<10} {m['p']:6.3f} {m['r']:6.3f} {m['f1']:6.3f} {m['tp']:5d} {m['fp']:5d} {m['fn']:5d}")
    lines.append(f"canonical accuracy on exact spans: {res['canonical_accuracy']:.3f} ({res['canonical_matched']} spans)")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m nlp.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", metavar="FILE", help="gold JSONL (in a checkout: tests/data/nlp/dev.jsonl)")
    ap.add_argument("--claims", action="append", default=[], metavar="FILE",
                    help="gold claims JSONL: precision/recall of (model, benchmark, score) claims (see nlp.claims_eval)")
    ap.add_argument("--claims-entities", action="append", default=[], metavar="FILE",
                    help="gold claims JSONL: are each claim's model and benchmark found, with their label and "
                    "span (see nlp.claims_entities)")
    ap.add_argument("--errors", action="store_true", help="list false positives/negatives and canonical mismatches")
    ap.add_argument("--ablate", type=float, metavar="PCT", help="also remove PCT %% of model families and benchmarks "
                    "(fixed by a hash of their names) and score the mentions of what went")
    ap.add_argument("--unknown-scorer", action="store_true", help="also run the learned scorer of unknown names "
                    "(as [nlp] unknown_scorer = true does)")
    tagger = ap.add_mutually_exclusive_group()
    tagger.add_argument("--name-tagger", dest="name_tagger", action="store_true", default=True,
                        help="run the learned name tagger (the default since round 23; kept for old command lines)")
    tagger.add_argument("--no-name-tagger", dest="name_tagger", action="store_false",
                        help="the rules alone, without the learned name tagger (as [nlp] name_tagger = false does)")
    ap.add_argument("--claim-linker", action="store_true", help="also add the learned claim linker's claims "
                    "(as [nlp] claim_linker = true does)")
    ap.add_argument("--stream", action="store_true", help="read the passages in order, each with the names "
                    "remembered from earlier passages (nlp.name_memory), as annotate reads a stream")
    ap.add_argument("--reverse", action="store_true", help="with --stream: read the passages last to first")
    ap.add_argument("--min-docs", type=int, default=None, metavar="N", help="with --stream: remember a name once "
                    "it is strong in N passages (default: as annotate)")
    args = ap.parse_args(argv)
    if not args.files and not args.claims and not args.claims_entities:
        ap.error("give a gold FILE, --claims FILE or --claims-entities FILE")
    if args.ablate is not None and not 0 < args.ablate <= 100:
        ap.error(f"--ablate: {args.ablate:g} is not a percentage in (0, 100]")
    from . import load

    opts = {"unknown_scorer": True} if args.unknown_scorer else {}
    if args.claim_linker:
        opts["claim_linker"] = True
    opts["name_tagger"] = args.name_tagger
    nlp = load(opts)
    try:
        _claims_reports(args.claims, nlp, args.errors, args.stream)
        _claim_entity_reports(args.claims_entities, nlp, args.errors)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    ablated = removed = None
    if args.ablate is not None:
        from .ablation import ablated_names

        removed = ablated_names(nlp.get_pipe("modelwire_entities").kb, args.ablate)
        ablated = load({**opts, "kb_exclude": removed})
    for f in args.files:
        try:
            gold = read_gold(f)
        except (FileNotFoundError, ValueError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.reverse:
            gold = gold[::-1]
        res = evaluate_records(nlp, gold, _docs(nlp, gold, args))
        print(format_report(f, res))
        if args.errors:
            for kind, rid, (s, e, lab), surface, info in res["errors"]:
                print(f"  {kind:<5} {rid} {lab:<9} [{s}:{e}] {surface!r} -> {info}")
        if ablated is not None:
            from .ablation import evaluate_ablation, format_ablation

            ab = evaluate_ablation(nlp, ablated, removed, gold, _docs(ablated, gold, args))
            print(format_ablation(f, args.ablate, ab))
            if args.errors:
                for kind, rid, (s, e, lab), surface in ab["errors"]:
                    print(f"  {kind:<5} {rid} {lab:<9} [{s}:{e}] {surface!r}")
    return 0


def _docs(nlp, gold: list[dict], args):
    """The passages' docs as ``--stream`` reads them, else None (``nlp.pipe``)."""
    if not args.stream:
        return None
    from .name_memory import MIN_DOCS, stream_docs

    return stream_docs(nlp, [g["text"] for g in gold], MIN_DOCS if args.min_docs is None else args.min_docs)


def _claims_reports(files, nlp, errors: bool, stream: bool = False) -> None:
    from .claim_confidence import THRESHOLD
    from .claims_eval import evaluate_claims_file, format_claims_report

    for f in files:
        res = evaluate_claims_file(f, nlp, threshold=THRESHOLD, stream=stream)
        print(format_claims_report(f, res))
        if errors:
            for kind, rid, key, sentence, conf in res["errors"]:
                shown = "" if conf is None else f" conf={conf:.2f}"
                print(f"  {kind:<3} {rid} {key}{shown} {sentence[:100]!r}")


def _claim_entity_reports(files, nlp, errors: bool) -> None:
    from .claims_entities import evaluate_claim_entities_file, format_claim_entities

    for f in files:
        res = evaluate_claim_entities_file(f, nlp)
        print(format_claim_entities(f, res))
        if errors:
            for out, rid, role, name in res["errors"]:
                print(f"  {out:<7} {rid} {role:<9} {name!r}")


if __name__ == "__main__":
    sys.exit(main())
