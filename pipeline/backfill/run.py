"""One backfill: WARC files in, articles stored as by a crawl, resumable record by record.

Workers (this process, or Dask's) read segments of files and return the articles they kept;
this process alone writes the database. It writes in a fixed order (file by file, segment by
segment, whatever finished first), so one worker or twenty give the same rows with the same
ids. Each segment's articles and its file's new position (``backfill_files``) go in one
transaction: a killed backfill restarted with the same arguments reads on from the first record
not stored, and stores nothing twice.
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.backfill.work import Segment, process_segment
from pipeline.crawl.pipelines import SQLiteSink
from pipeline.crawl.relevance import vocabulary
from pipeline.crawl.run import crawl_lock
from pipeline.store.backfill import FileProgress, file_progress, save_file_progress

SEGMENT_RECORDS = 500


@dataclass
class BackfillOptions:
    since: str | None = None          # stored-form instants; records dated before are skipped
    until: str | None = None          # records dated at or after are skipped
    limit: int | None = None          # records to read in this run (over all files)
    all_topics: bool = False
    relevance_terms: list[str] = field(default_factory=list)
    min_hits: int = 2
    kb_files: list[str] = field(default_factory=list)
    allow_private: list[str] = field(default_factory=list)
    max_size: int = 10_000_000
    segment_records: int = SEGMENT_RECORDS

    def filters(self) -> str:
        """What decides which records are kept: a file read with other filters is read again."""
        return json.dumps({"since": self.since, "until": self.until, "all_topics": self.all_topics},
                          sort_keys=True)

    def for_workers(self) -> dict[str, Any]:
        from nlp.terms import kb_names

        extra = [t for t in self.relevance_terms if t.strip()]
        terms, cased = vocabulary(extra)
        cased += kb_names(self.kb_files)
        opts = {"since": self.since, "until": self.until, "all_topics": self.all_topics,
                "relevance_terms": extra, "min_hits": self.min_hits, "allow_private": list(self.allow_private),
                "max_size": self.max_size, "prefilter_terms": terms, "prefilter_cased": cased}
        opts["key"] = hashlib.sha1(json.dumps(opts, sort_keys=True).encode()).hexdigest()
        return opts


@dataclass
class BackfillResult:
    run_id: int
    files: int
    files_done: int
    records: int
    counts: Counter
    stored: Counter               # new / updated / unchanged / duplicate
    seconds: float
    unreadable: list = field(default_factory=list)   # (file, why) of files this run could not read

    @property
    def kept(self) -> int:
        return self.counts["kept"]


@dataclass
class _File:
    name: str
    progress: FileProgress
    submit_offset: int
    start_offset: int
    chain_done: bool = False      # no more segments to ask for (end reached, or the limit)
    error: str | None = None      # could not be read in this run (the next run tries again)
    in_flight: Any = None
    requested: int = 0            # records asked of the segment in flight
    ready: deque = field(default_factory=deque)


def backfill(db_path: Path, files: list[str], options: BackfillOptions, runner, *,
             progress: bool = False) -> BackfillResult:
    """Read ``files`` (paths or URLs) into ``db_path`` with ``runner`` (``pipeline.cluster``)."""
    with crawl_lock(db_path):
        sink = SQLiteSink({"MODELWIRE_DB": str(db_path)})
        sink.open()
        try:
            return _Backfill(sink, files, options, runner, progress).run()
        finally:
            sink.close()


class _Backfill:
    def __init__(self, sink, files, options, runner, progress):
        self.sink, self.store, self.options, self.runner = sink, sink.store, options, runner
        self.filters = options.filters()
        self.worker_options = options.for_workers()
        self.files = []
        for name in files:
            p = file_progress(self.store, name, self.filters)
            self.files.append(_File(name, p, p.next_offset, p.next_offset, chain_done=p.done))
        self.counts: Counter = Counter()
        self.stored: Counter = Counter()
        self.per_site: dict[str, Counter] = {}
        self.sites: set[str] = set()
        self.records = 0
        self.budget = options.limit          # records not yet handed out (None: no limit)
        self.meter = Progress(self, progress)

    def run(self) -> BackfillResult:
        run_id = self.store.start_run("backfill")
        status, error = "ok", None
        try:
            self._loop()
        except KeyboardInterrupt:
            status, error = "interrupted", "interrupted by the user"
        except BaseException as e:
            status, error = "failed", f"{type(e).__name__}: {e}"
            raise
        finally:
            self.meter.close()
            self._record_run(run_id, status, error)
        done = sum(1 for f in self.files if f.progress.done)
        return BackfillResult(run_id, len(self.files), done, self.records, self.counts, self.stored,
                              self.meter.elapsed(), [(f.name, f.error) for f in self.files if f.error])

    # -- scheduling: earliest files first, at most `cap` segments out or waiting to be written --

    def _loop(self) -> None:
        cap = 2 * max(1, self.runner.workers)
        cursor = 0
        while True:
            while cursor < len(self.files) and (self.files[cursor].progress.done or self.files[cursor].error):
                cursor += 1
            if cursor >= len(self.files):
                return
            head = self.files[cursor]
            while head.ready and not head.error:
                self._write(head, head.ready.popleft())
            if head.progress.done or head.error:
                continue
            self._submit(cursor, cap)
            flying = [f.in_flight for f in self.files if f.in_flight is not None]
            if not flying:
                return  # nothing out and the head file cannot go on: the limit was reached
            for fut in self.runner.wait_any(flying):
                f = next(f for f in self.files if f.in_flight is fut)
                f.in_flight = None
                result = fut.result()
                if self.budget is not None:  # a file that ended early gives back what it did not read
                    self.budget += f.requested - result.records
                if result.error:
                    f.error, f.chain_done = result.error, True
                    f.ready.clear()  # written segments stay; later ones of this file wait for the next run
                    continue
                f.ready.append(result)
                self.meter.read(result)
                if result.end:
                    f.chain_done = True
                else:
                    f.submit_offset = result.next_offset

    def _submit(self, cursor: int, cap: int) -> None:
        out = sum(1 for f in self.files if f.in_flight is not None) + sum(len(f.ready) for f in self.files)
        for f in self.files[cursor:]:
            if out >= cap:
                return
            if f.chain_done or f.in_flight is not None:
                continue
            n = self.options.segment_records
            if self.budget is not None:
                if self.budget <= 0:
                    return
                n = min(n, self.budget)
                self.budget -= n
            f.requested = n
            f.in_flight = self.runner.submit(process_segment, Segment(f.name, f.submit_offset, n, self.worker_options))
            out += 1

    # -- writing: one transaction per segment --

    def _write(self, f: _File, result) -> None:
        new_sites = {a.source for a in result.articles} - self.sites
        for site in sorted(new_sites):
            self.store.upsert_source({"name": site, "kind": "warc", "urls": [f"https://{site}/"], "group": "backfill"})
        self.sites |= new_sites
        p = f.progress
        outcomes = []
        with self.store.transaction():
            for article in result.articles:
                outcome = self.sink.put_article(article)
                outcomes.append((article.source, outcome))
            p.records_done += result.records
            p.next_offset = result.next_offset
            p.done = result.end
            p.kept += result.counts["kept"]
            p.skipped += sum(v for k, v in result.counts.items() if k.startswith("skipped"))
            p.failed += sum(v for k, v in result.counts.items() if k.startswith("failed"))
            p.size = result.size if result.size is not None else p.size
            save_file_progress(self.store, p)
        self.records += result.records
        self.counts.update(result.counts)
        for site, outcome in outcomes:
            self.stored[outcome] += 1
            self.per_site.setdefault(site, Counter())[outcome] += 1
        self.meter.wrote(f, result)

    def _record_run(self, run_id: int, status: str, error: str | None) -> None:
        for site, c in sorted(self.per_site.items()):
            self.store.save_run_source(run_id, site, {**c, "fetched": sum(c.values()), "finish_reason": "finished"})
        skipped = sum(v for k, v in self.counts.items() if k.startswith("skipped"))
        failed = sum(v for k, v in self.counts.items() if k.startswith("failed"))
        reasons = {k: v for k, v in self.counts.items() if k != "kept"}
        unreadable = sum(1 for f in self.files if f.error)
        if unreadable:
            reasons["failed:unreadable_file"] = unreadable
        self.store.save_run_source(run_id, "(warc)", {
            "skipped": skipped, "failed": failed + unreadable, "finish_reason": status, "reasons": reasons})
        self.store.finish_run(run_id, status, error)


class Progress:
    """A one-line meter on stderr: pages/s, kept and skipped counts, files, ETA by bytes."""

    EVERY = 0.5

    def __init__(self, job: _Backfill, enabled: bool):
        self.job, self.enabled = job, enabled and sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = 0.0
        self.bytes_read = 0
        self.sizes: dict[str, int] = {}
        self.shown = False

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def read(self, result) -> None:
        self.bytes_read += max(0, result.next_offset - result.offset)
        if result.size is not None:
            self.sizes[result.file] = result.size

    def wrote(self, f: _File, result) -> None:
        if not self.enabled or time.monotonic() - self.last < self.EVERY:
            return
        self.last = time.monotonic()
        job = self.job
        secs = max(1e-6, self.elapsed())
        skipped = sum(v for k, v in job.counts.items() if k.startswith("skipped"))
        failed = sum(v for k, v in job.counts.items() if k.startswith("failed"))
        done = sum(1 for x in job.files if x.progress.done)
        line = (f"{job.records:,} pages ({job.records / secs:,.0f}/s) · kept {job.counts['kept']:,} · "
                f"skipped {skipped:,} · failed {failed:,} · files {done}/{len(job.files)}")
        eta = self._eta(secs)
        if eta is not None:
            line += f" · ETA {eta}"
        print(f"\r{line}\x1b[K", end="", file=sys.stderr, flush=True)
        self.shown = True

    def _eta(self, secs: float) -> str | None:
        job = self.job
        if not self.sizes or not self.bytes_read:
            return None
        known = [s for s in self.sizes.values()]
        average = sum(known) / len(known)
        left = 0.0
        for f in job.files:
            if f.progress.done:
                continue
            size = self.sizes.get(f.name, average)
            left += max(0.0, size - f.progress.next_offset)
        if job.budget is not None and job.records:
            left = min(left, job.budget * self.bytes_read / max(1, job.records))
        rest = left / (self.bytes_read / secs)
        h, m = divmod(int(rest) // 60, 60)
        return f"{h}h{m:02d}m" if h else f"{m}m{int(rest) % 60:02d}s"

    def close(self) -> None:
        if self.shown:
            print(file=sys.stderr, flush=True)
