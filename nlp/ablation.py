"""Ablation: how well are models and benchmarks found that no list knows yet?

A fixed share of the built-in model families and benchmarks is switched off (``kb_exclude``, the
users' mechanism), chosen by the SHA-1 of each entry's name so every run and every machine removes
the same ones. The gold mentions of what went (a family's models included) are then the "new
names": recall on them, per label, says what form and context rules find without a list; the
precision of the recogniser's not-in-KB guesses says what those rules cost.

A gold mention belongs to the entry the full knowledge base recognises at exactly that span (the
grammar's family for ``DeepSeek-V4``); a span the full KB misses is looked up by its canonical name.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .kb import KB

ABLATED_LABELS = ("MODEL", "BENCHMARK")


def _rank(name: str) -> str:
    return hashlib.sha1(name.encode("utf-8")).hexdigest()


def ablated_names(kb: KB, percent: float) -> list[str]:
    """The model families and benchmarks an ablation of ``percent`` % removes, as ``kb_exclude``
    names (``MODEL:Grok``, ``BENCHMARK:GPQA``): of each kind, the ``round(percent/100 * n)`` names with
    the smallest SHA-1 (only built-in entries count)."""
    out: list[str] = []
    for label, pool in (("MODEL", kb.families), ("BENCHMARK", kb.benchmarks)):
        names = sorted((n for n, e in pool.items() if "nlp/data/" in e.where.replace("\\", "/")), key=_rank)
        out += [f"{label}:{n}" for n in names[:round(len(names) * percent / 100)]]
    return sorted(out)


def _owner(kb: KB, label: str, entry, canonical: str | None) -> str | None:
    """The family (MODEL) or benchmark (BENCHMARK) name a mention belongs to."""
    if entry is not None:
        if label == "MODEL" and entry.label == "MODEL":
            return entry.family or entry.name
        if label == "BENCHMARK" and entry.label == "BENCHMARK":
            return entry.name
    if canonical is None:
        return None
    if label == "MODEL":
        e = kb.models.get(canonical) or kb.families.get(canonical)
        return (e.family or e.name) if e is not None else None
    if canonical in kb.benchmarks:
        return canonical
    base = canonical.rsplit(" ", 1)[0]  # "AIME 2025" -> AIME
    return base if base in kb.benchmarks else None


def owners_of_gold(full_nlp, gold: list[dict]) -> list[dict]:
    """For each passage: {(start, end, label): owning family/benchmark name} of its MODEL/BENCHMARK spans."""
    comp = full_nlp.get_pipe("modelwire_entities")
    kb, finder = comp.kb, comp.finder
    out = []
    for g in gold:
        found = {(c.start, c.end, c.label): c.entry for c in finder.find(g["text"])}
        owners = {}
        for e in g.get("entities", []):
            k = (e["start"], e["end"], e["label"])
            if e["label"] in ABLATED_LABELS:
                owners[k] = _owner(kb, e["label"], found.get(k), e.get("canonical") or g["text"][e["start"]:e["end"]])
        out.append(owners)
    return out


def evaluate_ablation(full_nlp, ablated_nlp, removed: list[str], gold: list[dict], docs=None) -> dict:
    """Recall on gold mentions of ``removed`` entries, per label, and precision of the ablated
    pipeline's not-in-KB guesses (exact span and label in gold), per label. ``docs``: the ablated
    pipeline's docs of the passages when read otherwise than by its ``pipe`` (``--stream``)."""
    gone = {r.split(":", 1)[-1] for r in removed}
    owners = owners_of_gold(full_nlp, gold)
    hit, total = Counter(), Counter()
    new_hit, new_total = Counter(), Counter()  # mentions no entry of the full knowledge base owns (invented names)
    guess_ok, guesses = Counter(), Counter()
    canon_ok = Counter()  # found mentions of removed entries whose canonical is the gold one
    errors = []
    if docs is None:
        docs = ablated_nlp.pipe([g["text"] for g in gold], batch_size=32)
    for g, own, doc in zip(gold, owners, docs):
        gold_keys = {(e["start"], e["end"], e["label"]): e.get("canonical") or g["text"][e["start"]:e["end"]]
                     for e in g.get("entities", [])}
        pred = {(e.start_char, e.end_char, e.label_): e for e in doc.ents}
        for k, owner in own.items():
            if owner is None:
                new_total[k[2]] += 1
                new_hit[k[2]] += k in pred
            if owner not in gone:
                continue
            total[k[2]] += 1
            if k in pred:
                hit[k[2]] += 1
                got = pred[k]._.canonical or pred[k].text
                if got == gold_keys[k]:
                    canon_ok[k[2]] += 1
                else:
                    errors.append(("CANON", g["id"], k, f"{g['text'][k[0]:k[1]]!r} -> {got!r} != gold {gold_keys[k]!r}"))
            else:
                errors.append(("MISS", g["id"], k, g["text"][k[0]:k[1]]))
        for k, span in pred.items():
            if span._.known:
                continue
            guesses[k[2]] += 1
            if k in gold_keys:
                guess_ok[k[2]] += 1
            else:
                errors.append(("FALSE", g["id"], k, g["text"][k[0]:k[1]]))
    labels = {}
    for lab in ABLATED_LABELS:
        labels[lab] = {"removed_mentions": total[lab], "found": hit[lab], "canonical_right": canon_ok[lab],
                       "recall": hit[lab] / total[lab] if total[lab] else 0.0,
                       "guesses": guesses[lab], "guesses_right": guess_ok[lab],
                       "guess_precision": guess_ok[lab] / guesses[lab] if guesses[lab] else 1.0,
                       "not_in_kb_mentions": new_total[lab], "not_in_kb_found": new_hit[lab]}
    g_all, ok_all = sum(guesses[lab] for lab in ABLATED_LABELS), sum(guess_ok[lab] for lab in ABLATED_LABELS)
    return {"removed": sorted(gone), "labels": labels, "docs": len(gold),
            "guess_precision": ok_all / g_all if g_all else 1.0, "guesses": g_all, "errors": errors}


def format_ablation(path, percent: float, res: dict) -> str:
    lines = [f"{path}: ablation {percent:g}% ({len(res['removed'])} families/benchmarks removed)",
             f"{'label':<10} {'removed':>8} {'found':>6} {'recall':>7} {'guesses':>8} {'right':>6} {'guess P':>8} {'canon':>6}"]
    for lab, m in res["labels"].items():
        lines.append(f"{lab:<10} {m['removed_mentions']:8d} {m['found']:6d} {m['recall']:7.3f} {m['guesses']:8d} "
                     f"{m['guesses_right']:6d} {m['guess_precision']:8.3f} {m['canonical_right']:6d}")
    lines.append(f"precision of unknown MODEL/BENCHMARK guesses: {res['guess_precision']:.3f} ({res['guesses']} guesses)")
    lines.append("recall on mentions not in the full knowledge base: " + ", ".join(
        f"{lab} {m['not_in_kb_found']}/{m['not_in_kb_mentions']}" for lab, m in res["labels"].items()))
    return "\n".join(lines)
