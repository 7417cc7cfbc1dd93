"""ROUGE-1/2 of `modelwire_summary` against lead-3 on tests/data/nlp/summaries.jsonl.

Usage:
    .venv/bin/python bench/summary_eval.py            # through nlp.load() when it works
    .venv/bin/python bench/summary_eval.py --blank    # blank("en") + sentencizer + summary only
    .venv/bin/python bench/summary_eval.py -v         # also print each article's scores

ROUGE-n F is computed on lower-cased `\\w+` tokens with clipped n-gram counts (no stemming, no
stopword removal). Lead-3 takes the first three sentences (same line-aware split as the
component), trimmed to whole sentences within 70 words. Each record has a "split": "dev" (used
while designing) or "heldout" (every third article, not looked at while tuning).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data" / "nlp" / "summaries.jsonl"


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def rouge_n(candidate: str, reference: str, n: int) -> float:
    """ROUGE-n F1 with clipped counts."""
    def grams(toks):
        return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))

    c, r = grams(tokens(candidate)), grams(tokens(reference))
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)


def load_records(path: Path = DATA) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def blank_pipeline():
    import spacy

    import nlp.summary  # noqa: F401  (registers the factory)

    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    pipe.add_pipe("modelwire_summary")
    return pipe


def full_pipeline():
    import nlp as modelwire_nlp

    pipe = modelwire_nlp.load()
    if "modelwire_summary" not in pipe.pipe_names:
        raise RuntimeError("nlp.load() has no modelwire_summary")
    return pipe


def summarize(pipe, record: dict):
    """Returns (doc, ours, lead3)."""
    from nlp.summary import lead_sentences

    doc = pipe.make_doc(record["text"])
    doc.user_data["title"] = record.get("title") or ""
    doc = pipe(doc)
    lead = " ".join(doc.text[a:b] for a, b in lead_sentences(doc))
    return doc, doc._.summary, lead


def evaluate(pipe, records: list[dict]) -> dict:
    """{"all"|"dev"|"heldout": {"n", "ours_r1", "ours_r2", "lead_r1", "lead_r2"}, "rows": [...]}"""
    rows = []
    for rec in records:
        _, ours, lead = summarize(pipe, rec)
        rows.append(
            {
                "id": rec["id"],
                "split": rec.get("split", "dev"),
                "ours": ours,
                "lead": lead,
                "ours_r1": rouge_n(ours, rec["reference"], 1),
                "ours_r2": rouge_n(ours, rec["reference"], 2),
                "lead_r1": rouge_n(lead, rec["reference"], 1),
                "lead_r2": rouge_n(lead, rec["reference"], 2),
            }
        )
    out: dict = {"rows": rows}
    for part in ("all", "dev", "heldout"):
        sel = [r for r in rows if part == "all" or r["split"] == part]
        if not sel:
            continue
        out[part] = {"n": len(sel)}
        for k in ("ours_r1", "ours_r2", "lead_r1", "lead_r2"):
            out[part][k] = sum(r[k] for r in sel) / len(sel)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--blank", action="store_true", help="skip nlp.load(); no entity spans")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--split", choices=["all", "dev", "heldout"], default="all",
                    help="evaluate only this part (use dev while tuning)")
    args = ap.parse_args(argv)
    label = "blank+sentencizer+modelwire_summary"
    if args.blank:
        pipe = blank_pipeline()
    else:
        try:
            pipe = full_pipeline()
            label = "nlp.load(): " + " → ".join(pipe.pipe_names)
        except Exception as exc:  # the full pipeline is optional for this benchmark
            print(f"nlp.load() unavailable ({type(exc).__name__}: {exc}); using the blank pipeline")
            pipe = blank_pipeline()
    records = [r for r in load_records(args.data) if args.split == "all" or r.get("split", "dev") == args.split]
    res = evaluate(pipe, records)
    if args.verbose:
        for r in res["rows"]:
            print(f"{r['id']:6} {r['split']:8} ours R1 {r['ours_r1']:.3f} R2 {r['ours_r2']:.3f} | "
                  f"lead R1 {r['lead_r1']:.3f} R2 {r['lead_r2']:.3f}")
    print(f"pipeline: {label}")
    print(f"{'part':8} {'n':>3}  {'ours R1':>8} {'lead3 R1':>8}  {'ours R2':>8} {'lead3 R2':>8}")
    for part in ("all", "dev", "heldout"):
        if part in res:
            p = res[part]
            print(f"{part:8} {p['n']:>3}  {p['ours_r1']:8.3f} {p['lead_r1']:8.3f}  {p['ours_r2']:8.3f} {p['lead_r2']:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
