"""The annotate stage: stored articles in, entities / mentions / claims / summaries out.

Work is chosen from the database alone: an article needs annotating when it has no
``article_nlp`` row, when that row was made by another ``NLP_VERSION`` (code or knowledge
base changed), or from other text (the article was updated). Each batch is written in one
transaction that first deletes the article's previous rows, so a killed run resumes where
it stopped and never leaves an article half-annotated.
"""
from __future__ import annotations

import gc
import hashlib
import json
import re
from collections import deque
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from pipeline.store.annotations import articles_to_annotate, pending_ids, strong_names, write_annotations
from pipeline.store.db import Store
from pipeline.processes import default_workers


class AnnotateError(RuntimeError):
    """Annotation stopped; what was annotated before is saved."""


@dataclass
class AnnotateResult:
    articles: int
    mentions: int
    claims: int
    errors: int
    nlp_version: str
    #: (article id, reason) of the first articles the pipeline failed on; each is recorded in
    #: nlp_failures and skipped by later runs until the NLP version or its text changes
    failures: list[tuple[int, str]] = field(default_factory=list)


def nlp_version(base: str, nlp_options: dict[str, Any] | None) -> str:
    """The built-in NLP version, plus a digest of the user's own knowledge-base files, model and the switches
    set unlike their defaults: changing any of them makes every article due for re-annotation."""
    opts = nlp_options or {}
    files = [Path(f) for f in opts.get("kb_files") or []]
    if not files and not opts.get("spacy_model") and not opts.get("kb_exclude") and not opts.get("unknown_scorer") \
            and not opts.get("claim_linker") and opts.get("name_tagger", True) and opts.get("name_memory", True):
        return base
    h = hashlib.sha1()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes() if f.is_file() else b"<missing>")
    h.update(str(opts.get("spacy_model") or "").encode())
    if opts.get("kb_exclude"):  # switching entries off changes what is found
        h.update(("\0exclude:" + "\0".join(sorted(opts["kb_exclude"]))).encode())
    if opts.get("unknown_scorer"):  # the learned scorer finds other names
        h.update(b"\0unknown_scorer")
    if not opts.get("name_tagger", True):  # on by default: switching it off finds other names
        h.update(b"\0no_name_tagger")
    if opts.get("claim_linker"):  # the linker adds claims
        h.update(b"\0claim_linker")
    if not opts.get("name_memory", True):  # on by default: switching it off finds fewer names
        h.update(b"\0no_name_memory")
    return f"{base}+user.{h.hexdigest()[:10]}"


def annotate(store: Store, nlp_options: dict[str, Any] | None = None, *, redo_all: bool = False,
             batch_size: int = 64, workers: int | None = None, progress: Callable[[int], None] | None = None,
             on_start: Callable[[int], None] | None = None, client=None) -> AnnotateResult:
    """Annotate what is due, one transaction per batch.

    ``workers``: processes running the NLP pipeline (default ``min(2, cores)``). With more than
    one, this process reads batches, hands them to the workers and writes their results in
    order; a run with fewer than two batches' worth of articles stays in this process.
    ``client``: a Dask client (``annotate --scheduler``); its workers run the NLP instead, and
    the results are written here the same way, so the rows are the same.
    """
    import nlp as modelwire_nlp

    version = nlp_version(modelwire_nlp.NLP_VERSION, nlp_options)
    ids = pending_ids(store, version, redo_all=redo_all)
    if on_start:
        on_start(len(ids))
    if not ids:
        return AnnotateResult(0, 0, 0, 0, version, [])
    language = modelwire_nlp.load(nlp_options or {}, lexeme_attrs=False)  # only results leave the pipeline
    chunks = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    workers = default_workers() if workers is None else max(1, int(workers))
    if client is not None:
        from pipeline.annotate.pool import DaskAnnotatePool

        pool = DaskAnnotatePool(client, nlp_options or {})
        analyze, workers = pool.submit, pool.workers
    elif workers > 1 and len(chunks) >= 2:
        from pipeline.annotate.pool import AnnotatePool

        pool = AnnotatePool(language, nlp_options or {}, workers)
        analyze = pool.submit
    else:
        pool = None
        analyze = _analyze_now(language, batch_size)
    total_m = total_c = errors = done = 0
    failures: list[tuple[int, str]] = []
    seen_entities: dict[tuple[str, str], tuple] = {}
    in_flight: deque = deque()
    todo = iter(enumerate(chunks))
    # (redo_all reads every article again: none of their stored names is known before the run)
    memory = _Memory(store, version, stored=not redo_all) if (nlp_options or {}).get("name_memory", True) else None
    depth = 2 * workers if pool else 1
    if memory is not None:
        depth = min(depth, MEMORY_LAG)  # batch k's memory must be known when it is handed out

    def feed() -> None:
        k, chunk = next(todo, (None, None))
        if chunk is None:
            return
        articles = articles_to_annotate(store, chunk)
        records = [{"id": a["id"], "text": a["text"] or "", "title": a["title"] or ""} for a in articles]
        mem = memory.for_batch(k) if memory else None
        in_flight.append((chunk, articles, _in_parts(analyze, records, mem, workers if pool else 1)))

    # Reading in this process: the loaded pipeline out of the garbage collector's sight meanwhile (as the
    # forked workers' is, see AnnotatePool): each full collection walked its ~160,000 objects, 3% of the CPU.
    frozen = pool is None
    if frozen:
        gc.freeze()
    try:
        for _ in range(depth):
            feed()
        while in_flight:
            chunk, articles, pending = in_flight.popleft()
            results = pending.result()
            if memory is not None:
                memory.learn(results)  # before the next batch is handed out: it may be LAG batches later
            feed()  # the workers go on with the next batch while this one is written
            pairs, failed = [], []
            for article, result in zip(articles, results):
                if "error" in result:
                    errors += 1
                    failed.append((article, result["error"]))
                    if len(failures) < 20:
                        failures.append((article["id"], result["error"]))
                    continue
                pairs.append((article, result))
            m, c = write_annotations(store, pairs, version, seen_entities, failures=failed)
            total_m += m
            total_c += c
            done += len(chunk)
            if progress:
                progress(len(chunk))
    except BrokenProcessPool:  # from a batch's result, or from handing the pool the next batch after a death
        raise AnnotateError(
            f"an NLP worker process died (killed, or out of memory) after {done} of {len(ids)} "
            "article(s) were annotated and saved; run annotate again to go on from there") from None
    finally:
        if pool is not None:
            pool.close()
        if frozen:
            gc.unfreeze()
    return AnnotateResult(done, total_m, total_c, errors, version, failures)


class _Parts:
    """A batch's results from its parts' futures, joined in record order (``result()`` raises what a part raised)."""

    def __init__(self, futures: list) -> None:
        self.futures = futures

    def result(self) -> list[dict]:
        return [r for f in self.futures for r in f.result()]


def _in_parts(analyze, records: list[dict], memory: list[dict] | None, parts: int):
    """``analyze(records, memory)``, handed to the workers as ``parts`` consecutive pieces that all read the
    batch's memory: the batch stays the unit of memory, writing and order (the same rows as one piece), but
    the workers share its work, so none idles while another reads the last whole batch of a short run
    (263 articles are four batches of 64 and one of 7: one worker got three of them)."""
    if parts <= 1 or len(records) < 2:
        return analyze(records, memory)
    size = -(-len(records) // parts)
    return _Parts([analyze(records[i:i + size], memory) for i in range(0, len(records), size)])


def _analyze_now(language, batch_size: int):
    """The single-process path, shaped like the pool's: ``submit(records, memory).result()``."""
    import nlp as modelwire_nlp
    from pipeline.annotate.pool import MemoryCopy

    current = MemoryCopy()

    def submit(records: list[dict], memory: list[dict] | None = None) -> Future:
        current.use(language, memory)
        done: Future = Future()
        done.set_result(list(modelwire_nlp.analyze(language, records, batch_size=batch_size)))
        return done

    return submit


#: a batch reads the names remembered up to the batch this many before it (and the store's at the start),
#: whatever the number of workers or batches in flight: the same store gives the same annotations
MEMORY_LAG = 4


class _Memory:
    """``annotate``'s name memory (:mod:`nlp.name_memory`): loaded from the store's strong mentions at
    the start of a run (articles annotated by this NLP version, not those due now), extended by each
    batch's results as they come back, in batch order. Batch k is given the memory as it stood after
    batch k - MEMORY_LAG (the start's for the first ones): a fixed rule, so results never depend on how
    the batches were scheduled. The memory only grows, so a snapshot is its first n names."""

    def __init__(self, store: Store, version: str, stored: bool = True) -> None:
        from nlp.name_memory import MIN_DOCS, Learner

        self.learner = Learner(MIN_DOCS)
        if stored:
            self.learner.load(strong_names(store, version))
        self.rows = self.learner.snapshot()
        self.start = len(self.rows)
        self.sizes: list[int] = []  # memory size after each batch learnt

    def learn(self, results: list[dict]) -> None:
        for r in results:
            if "error" not in r:
                for name in self.learner.observe(r):
                    self.rows.append({"label": name.label, "canonical": name.canonical, "surface": name.surface,
                                      "org": name.org})
        self.sizes.append(len(self.rows))

    def for_batch(self, k: int) -> list[dict]:
        return self.rows[:self.sizes[k - MEMORY_LAG] if k >= MEMORY_LAG else self.start]


_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _not_utf8(n: int, bad: re.Match) -> str:
    return (f"line {n}: not UTF-8 text (byte 0x{ord(bad.group()) - 0xDC00:02x} at column {bad.start() + 1}); "
            "convert the input to UTF-8, e.g. with iconv -f latin1 -t utf-8")


def iter_jsonl_results(language, lines: Iterable[str], batch_size: int = 64):
    """``modelwire nlp``: JSON lines in, one JSON result per line out; bad lines become error lines.

    Lines are read ``batch_size`` at a time (spaCy's ``pipe`` is faster on batches); 1 answers each
    line as it comes, for a person typing or a program that waits for each answer."""
    import nlp as modelwire_nlp

    batch: list[tuple[int, Any]] = []

    def flush():
        good = [(i, rec) for i, rec in batch if not isinstance(rec, dict) or "__error__" not in rec]
        out: dict[int, dict] = {}
        if good:
            for (i, _), res in zip(good, modelwire_nlp.analyze(language, [r for _, r in good])):
                out[i] = res
        for i, rec in batch:
            if isinstance(rec, dict) and "__error__" in rec:
                out[i] = {"id": rec.get("id"), "error": rec["__error__"]}
        for i, _ in batch:
            yield out[i]
        batch.clear()

    for n, line in enumerate(lines, 1):
        line = line.strip()
        if n == 1:
            line = line.lstrip("\ufeff")   # a byte-order mark (Windows editors write one) is no JSON
        if not line:
            continue
        bad = _NOT_UTF8.search(line)   # bytes that are not UTF-8 arrive as U+DC80-U+DCFF (surrogateescape)
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                rec = {"id": None, "__error__": f"line {n}: expected a JSON object"}
            elif bad:
                rec = {"id": rec.get("id"), "__error__": _not_utf8(n, bad)}
        except json.JSONDecodeError as e:
            if bad:
                rec = {"id": None, "__error__": _not_utf8(n, bad)}
            else:
                rec = {"id": None, "__error__": f"line {n}: not JSON ({e.msg} at column {e.colno})"}
        except RecursionError:
            rec = {"id": None, "__error__": f"line {n}: JSON nested too deeply"}
        batch.append((n, rec))
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()
