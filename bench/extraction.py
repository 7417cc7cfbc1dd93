"""Article-extraction benchmark: quality (P/R/F1) and throughput of ``pipeline.extract.page``
against the libraries it wraps, on the two development sets.

Usage::

    python -m bench.extraction                  # both sets, all extractors, ablation, speed
    python -m bench.extraction --no-ablation --no-speed
    python -m bench.extraction --worst 20       # our worst TUNING pages (frozen pages are never listed)
    python -m bench.extraction --results        # also replace the quality section of bench/RESULTS.md

Data: ``<shared>/data/<set>`` for the sets in ``DATASETS``, where ``<shared>`` is the folder
``shared`` next to the repository, or ``$MODELWIRE_SHARED``. Skips (exit 0) when absent.

Metric (the article-extraction-benchmark's own definition, re-implemented here): tokens are
``\\w+`` runs; each text is a bag of 4-token shingles; per page TP/FP/FN are counted over shingles
and normalised to sum to 1; precision and recall are averaged over pages (pages where they are
undefined are left out) and F1 is the harmonic mean of the two averages.

Frozen part (issue 21): ``bench/extraction_frozen.txt`` lists ~30% of each set, chosen by a hash
of the page id. Its pages are scored and reported apart, in aggregate only; rules are tuned on
the other part. The baselines' outputs are cached on disk (``$MODELWIRE_BENCH_CACHE``, default
``/tmp/modelwire-bench-cache``, keyed by library version) since they never change between runs.
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path

_TOKEN = re.compile(r"\w+")
ROOT = Path(__file__).resolve().parents[1]
DATASETS = ("article-extraction-benchmark", "wcxb-dev-articles")
SHORT = {"article-extraction-benchmark": "AEB (2019)", "wcxb-dev-articles": "WCXB dev articles (2025)"}
FROZEN_FILE = Path(__file__).with_name("extraction_frozen.txt")
FROZEN_SHARE = 0.30


def shared_dir() -> Path:
    env = os.environ.get("MODELWIRE_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def dataset_dir(name: str = DATASETS[0]) -> Path:
    return shared_dir() / "data" / name


# --- frozen split -----------------------------------------------------------------------
def hash_frozen(setname: str, pid: str) -> bool:
    """The rule that made ``extraction_frozen.txt`` (kept so the list can be checked, not re-chosen)."""
    return int(hashlib.sha256(f"{setname}/{pid}".encode()).hexdigest()[:8], 16) / 16 ** 8 < FROZEN_SHARE


def frozen_ids() -> set[tuple[str, str]]:
    out = set()
    for line in FROZEN_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            setname, pid = line.split()
            out.add((setname, pid))
    return out


# --- metric -----------------------------------------------------------------------------
def shingles(text: str, n: int = 4) -> Counter:
    toks = _TOKEN.findall(text or "")
    if len(toks) < n:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def page_counts(true: str, pred: str) -> tuple[float, float, float]:
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fp == 0 else tp / (tp + fp)


def _recall(tp, fp, fn):
    if fp == 0 and fn == 0:
        return 1.0
    return 0.0 if tp == 0 and fn == 0 else tp / (tp + fn)


def summarize(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    ps = [_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def f1_of(c) -> float:
    tp, fp, fn = c
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# --- extractors -------------------------------------------------------------------------
def ours(raw: bytes, url: str, disabled: frozenset = frozenset()) -> str:
    from pipeline.extract.page import extract

    return extract(raw, url, disabled=disabled)["text"]


def bare_trafilatura(raw: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(raw, url=url) or ""


def trafilatura_no_comments(raw: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(raw, url=url, include_comments=False) or ""


def trafilatura_fast(raw: bytes, url: str) -> str:
    import trafilatura

    return trafilatura.extract(raw, url=url, include_comments=False, fast=True) or ""


def readability_lxml(raw: bytes, url: str) -> str:
    import lxml.html
    from readability import Document

    try:
        return lxml.html.fromstring(Document(raw).summary()).text_content()
    except Exception:  # noqa: BLE001
        return ""


def lxml_parse(raw: bytes, url: str) -> str:
    import lxml.html

    lxml.html.document_fromstring(raw)
    return ""


BASELINES = {  # name -> (function, distribution whose version keys the cache)
    "trafilatura (default)": (bare_trafilatura, "trafilatura"),
    "trafilatura (no comments)": (trafilatura_no_comments, "trafilatura"),
    "trafilatura fast (no comments)": (trafilatura_fast, "trafilatura"),
    "readability-lxml": (readability_lxml, "readability-lxml"),
}
EXTRACTORS = {"modelwire": ours, **{k: v[0] for k, v in BASELINES.items()}}


def load(ds: Path):
    truth = json.loads((ds / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for pid in sorted(truth):
        raw = gzip.decompress((ds / "html" / f"{pid}.html.gz").read_bytes())
        pages.append((pid, truth[pid].get("url", ""), raw, truth[pid].get("articleBody", "")))
    return pages


def load_sets() -> dict[str, list]:
    return {name: load(dataset_dir(name)) for name in DATASETS if (dataset_dir(name) / "ground-truth.json").exists()}


def _cache_dir(name: str, dist: str) -> Path:
    base = Path(os.environ.get("MODELWIRE_BENCH_CACHE", "/tmp/modelwire-bench-cache"))
    slug = re.sub(r"\W+", "-", name).strip("-")
    return base / f"{slug}-{metadata.version(dist)}"


def baseline_text(name: str, setname: str, pid: str, url: str, raw: bytes) -> str:
    """A baseline's output for one page, from the disk cache when there."""
    fn, dist = BASELINES[name]
    path = _cache_dir(name, dist) / setname / f"{pid}.txt"
    if path.exists():
        return path.read_text(encoding="utf-8")
    text = fn(raw, url)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return text


@contextmanager
def reuse_library_calls():
    """Within this block, ``page.trafilatura_blocks`` and ``page.readability_blocks`` answer from a
    per-page memo (the page being ``_memo['page']``), so an ablation run costs only our own rules."""
    from pipeline.extract import page as pg

    orig = pg.trafilatura_blocks, pg.readability_blocks
    memo: dict = {}

    def blocks(tree, url, *a, **kw):
        key = ("t", memo.get("page"), url, a, tuple(sorted(kw.items())))
        if key not in memo:
            memo[key] = orig[0](tree, url, *a, **kw)
        return [tuple(b) for b in memo[key]]

    def read(tree, *a, **kw):
        key = ("r", memo.get("page"), a, tuple(sorted(kw.items())))
        if key not in memo:
            memo[key] = orig[1](tree, *a, **kw)
        return list(memo[key])

    pg.trafilatura_blocks, pg.readability_blocks = blocks, read
    try:
        yield memo
    finally:
        pg.trafilatura_blocks, pg.readability_blocks = orig


# --- scoring ----------------------------------------------------------------------------
def score_ours(sets, memo, disabled=frozenset()) -> dict[str, dict[str, tuple]]:
    out = {}
    for setname, pages in sets.items():
        counts = {}
        for pid, url, raw, truth in pages:
            memo["page"] = (setname, pid)
            counts[pid] = page_counts(truth, ours(raw, url, disabled))
        out[setname] = counts
    return out


def score_baseline(name, sets) -> dict[str, dict[str, tuple]]:
    return {setname: {pid: page_counts(truth, baseline_text(name, setname, pid, url, raw))
                      for pid, url, raw, truth in pages} for setname, pages in sets.items()}


def parts(counts_by_set, frozen) -> dict[tuple[str, str], tuple]:
    """``{(set, 'tuning'|'frozen'|'all'): (P, R, F1, n)}``."""
    out = {}
    for setname, counts in counts_by_set.items():
        groups = {"tuning": [c for pid, c in counts.items() if (setname, pid) not in frozen],
                  "frozen": [c for pid, c in counts.items() if (setname, pid) in frozen],
                  "all": list(counts.values())}
        for part, cs in groups.items():
            out[(setname, part)] = (*summarize(cs), len(cs))
    return out


def throughput(fns: dict, pages, repeat: int = 1) -> dict:
    """Pages per second of each function, interleaved page by page so that load changes
    on the machine affect all of them alike (the ratios are what matter)."""
    spent = dict.fromkeys(fns, 0.0)
    for _ in range(repeat):
        for _pid, url, raw, _ in pages:
            for name, fn in fns.items():
                start = time.perf_counter()
                fn(raw, url)
                spent[name] += time.perf_counter() - start
    return {name: repeat * len(pages) / max(t, 1e-9) for name, t in spent.items()}


# --- report -----------------------------------------------------------------------------
def quality_table(scores: dict[str, dict], sets) -> list[str]:
    cols = [(s, p) for s in sets for p in ("tuning", "frozen")]
    any_row = next(iter(scores.values()))
    head = "| extractor | " + " | ".join(f"{SHORT[s]} {p} ({any_row[(s, p)][3]}) F1 (P / R)" for s, p in cols) + " |"
    L = [head, "|---|" + "---:|" * len(cols)]
    best = {c: max(r[c][2] for r in scores.values()) for c in cols}
    for name, r in scores.items():
        cells = []
        for c in cols:
            p, rec, f, _n = r[c]
            cell = f"{f:.4f}"
            cells.append((f"**{cell}**" if f == best[c] else cell) + f" ({p:.3f} / {rec:.3f})")
        L.append(f"| {name} | " + " | ".join(cells) + " |")
    return L


def ablation_table(base: dict, ablated: dict[str, dict], sets, rules: dict[str, str]) -> list[str]:
    cols = [(s, p) for s in sets for p in ("tuning", "frozen")]
    L = ["| rule switched off | what the rule does | " + " | ".join(f"{SHORT[s]} {p}" for s, p in cols) + " |",
         "|---|---|" + "---:|" * len(cols)]
    for rule, r in ablated.items():
        deltas = [r[c][2] - base[c][2] for c in cols]
        L.append(f"| `{rule}` | {rules.get(rule, '')} | " + " | ".join(f"{d:+.4f}" for d in deltas) + " |")
    return L


def run(sets, *, ablation=True, speed_pages=240, names=None, log=print) -> dict:
    """Score everything; returns the figures and the Markdown lines for bench/RESULTS.md."""
    from pipeline.extract import page as pg

    frozen = frozen_ids()
    names = names or list(EXTRACTORS)
    scores, t0 = {}, time.perf_counter()
    with reuse_library_calls() as memo:
        for name in names:
            counts = score_ours(sets, memo) if name == "modelwire" else score_baseline(name, sets)
            scores[name] = parts(counts, frozen)
            log(f"{name:<36} " + "  ".join(f"{SHORT[s][:4]} {p} F1={scores[name][(s, p)][2]:.4f}"
                                           for s in sets for p in ("tuning", "frozen")) + f"  [{time.perf_counter() - t0:.0f} s]")
            if name == "modelwire":
                ours_counts = counts
        ablated = {}
        if ablation and "modelwire" in names:
            for rule in pg.RULES:
                ablated[rule] = parts(score_ours(sets, memo, frozenset([rule])), frozen)
                r = ablated[rule]
                log(f"  without {rule:<26} " + "  ".join(
                    f"{SHORT[s][:4]} {p} {r[(s, p)][2] - scores['modelwire'][(s, p)][2]:+.4f}"
                    for s in sets for p in ("tuning", "frozen")))
    res = {"scores": {k: {f"{s}/{p}": v for (s, p), v in r.items()} for k, r in scores.items()},
           "ablation": {k: {f"{s}/{p}": v for (s, p), v in r.items()} for k, r in ablated.items()}}
    L = [f"Shingle F1 (`bench/extraction.py`), each set split into a tuning part and a frozen part "
         f"(`bench/extraction_frozen.txt`, ~{FROZEN_SHARE:.0%} by hash of the page id, reported in aggregate "
         "only); best of each column in bold; P / R in brackets.", ""]
    L += quality_table(scores, sets)
    if ablated:
        L += ["", "Rule ablation: F1 change when one rule of `pipeline.extract.page.RULES` is switched off "
              "(`extract(..., disabled={rule})`); negative = the rule helps. Rules are kept or dropped on "
              "the tuning columns; the frozen columns are shown, not tuned on.", ""]
        L += ablation_table(scores["modelwire"], ablated, sets, pg.RULES)
    if speed_pages:
        allp = [p for pages in sets.values() for p in pages]
        step = max(1, len(allp) // speed_pages)
        sample = allp[::step][:speed_pages]
        ours(sample[0][2], sample[0][1])
        fns = {"modelwire": ours, "trafilatura default": trafilatura_no_comments,
               "trafilatura fast": trafilatura_fast, "readability-lxml": readability_lxml}
        sp = throughput(fns, sample)
        res["speed"] = sp
        tr = sp["trafilatura default"]
        L += ["", f"Speed on {len(sample)} pages of both sets (every {step}th), one core, the four interleaved page "
              "by page: " + ", ".join(f"{k} {v:.1f} pages/s" for k, v in sp.items())
              + f". modelwire / trafilatura default = **{sp['modelwire'] / tr:.2f}×** (target ≥ 0.5×); "
              f"trafilatura default mode runs at {tr / sp['trafilatura fast']:.2f}× its fast mode's speed."]
        log(L[-1])
    res["markdown"] = L
    res["worst"] = sorted(((f1_of(c), s, pid) for s, cs in ours_counts.items() for pid, c in cs.items()
                           if (s, pid) not in frozen), key=lambda x: x[0]) if "modelwire" in names else []
    return res


SECTION = "## Extraction quality (issue 21)"


def write_results(markdown: list[str], path: Path = ROOT / "bench" / "RESULTS.md") -> None:
    """Replace the generated part of ``SECTION`` in RESULTS.md (up to its ``### `` subsections,
    which are hand-written and kept)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# modelwire benchmark results\n"
    gen = SECTION + "\n\n" + "\n".join(markdown) + "\n"
    m = re.search(rf"(?ms)^{re.escape(SECTION)}\n.*?(?=^### |^## |\Z)", text)
    text = text[:m.start()] + gen + "\n" + text[m.end():] if m else text.rstrip("\n") + "\n\n" + gen
    path.write_text(text, encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--worst", type=int, default=0, help="list our N worst tuning pages")
    ap.add_argument("--only", help="comma-separated extractor names to score")
    ap.add_argument("--sets", help="comma-separated set names (default: both)")
    ap.add_argument("--no-ablation", action="store_true")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--speed-pages", type=int, default=240)
    ap.add_argument("--results", action="store_true", help="write the section into bench/RESULTS.md")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    sets = load_sets()
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    if not sets:
        print(f"SKIP extraction benchmark: no data under {shared_dir() / 'data'} (set MODELWIRE_SHARED)")
        return 0
    print("sets: " + ", ".join(f"{k} ({len(v)} pages)" for k, v in sets.items()), flush=True)
    names = [n.strip() for n in args.only.split(",")] if args.only else None
    res = run(sets, ablation=not args.no_ablation, speed_pages=0 if args.no_speed else args.speed_pages,
              names=names, log=lambda s: print(s, flush=True))
    for f, s, pid in res["worst"][:args.worst]:
        print(f"  {f:.3f} {s[:4]} {pid}")
    if args.results:
        write_results(res["markdown"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
