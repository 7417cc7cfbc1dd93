"""Extraction off the Twisted reactor thread, on every core.

``ExtractWorkers`` runs :func:`pipeline.extract.extract` in a small pool of worker processes and
hands results back to the reactor as Deferreds, so fetching, storing and extracting overlap and a
crawl uses more than one core. At most ``max_in_flight`` pages are with the workers at any time;
the rest wait (as Deferreds) in the crawl process, where Scrapy's own limits
(``CONCURRENT_ITEMS``, the scraper's 5 MB active-size limit) keep their number bounded.

Workers are started with ``spawn`` (never ``fork`` from a process that runs threads), ignore
Ctrl-C (the crawl process decides when to stop them, after in-flight pages are done) and exit on
their own within a second when the crawl process dies, even from SIGKILL, so no worker outlives
its crawl.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

log = logging.getLogger(__name__)

SETTING = "MODELWIRE_EXTRACT_WORKERS"


def default_workers() -> int:
    return min(2, os.cpu_count() or 1)


# -- in the worker process ----------------------------------------------------------------------

def _watch_parent(parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:  # re-parented: the crawl process is gone
            os._exit(0)


def init_child(parent: int) -> None:
    """For any worker process: ignore Ctrl-C (the parent decides when to stop) and exit within a
    second once ``parent`` is gone, even after a SIGKILL. Used by the NLP workers too."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch_parent, args=(parent,), name="parent-watch", daemon=True).start()


def _init_worker(parent: int) -> None:
    init_child(parent)
    import pipeline.extract  # noqa: F401  (import once, before the first page)


def extract_task(body: bytes, url: str, hints: dict | None, encoding: str | None) -> tuple[bool, Any]:
    """``(True, (record, precomputed))`` or ``(False, "ExcType: message")``; never raises (exceptions may not pickle)."""
    from pipeline.extract import extract
    from pipeline.store import precompute

    try:
        record = extract(body, url, hints=hints, encoding=encoding)
        # the store's per-article hashing and compression, done here on a spare core
        return True, (record, precompute(record, body))
    except Exception as e:  # noqa: BLE001 - reported to the crawl process, which drops the page
        return False, f"{type(e).__name__}: {e}"


# -- in the crawl process -----------------------------------------------------------------------

class ExtractWorkers:
    """A process pool whose results arrive on the reactor thread as Deferreds."""

    def __init__(self, workers: int, max_in_flight: int | None = None):
        from twisted.internet import defer

        self.workers = max(1, int(workers))
        self.max_in_flight = max_in_flight or 4 * self.workers
        self._sem = defer.DeferredSemaphore(self.max_in_flight)
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is not None and getattr(self._pool, "_broken", False):
            # a worker died (killed, or crashed in native code): its page failed; start afresh
            log.warning("an extraction worker died; restarting the pool")
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(os.getpid(),))
        return self._pool

    def start(self) -> None:
        """Start the workers now (they take a moment to import), not on the first page."""
        pool = self._executor()
        for f in [pool.submit(os.getpid) for _ in range(self.workers)]:
            f.result()

    def extract(self, body: bytes, url: str, hints: dict | None, encoding: str | None):
        """A Deferred firing with ``(ok, record_or_error)``."""
        return self._sem.run(self._submit, body, url, hints, encoding)

    def _submit(self, body, url, hints, encoding):
        from twisted.internet import defer, reactor

        d: defer.Deferred = defer.Deferred()

        def done(fut: Future) -> None:
            try:
                result = fut.result()
            except BaseException as e:  # noqa: BLE001 - e.g. a worker killed: BrokenProcessPool
                result = (False, f"{type(e).__name__}: {e}")
            reactor.callFromThread(d.callback, result)

        try:
            fut = self._executor().submit(extract_task, body, url, hints, encoding)
        except BrokenProcessPool:
            fut = self._executor().submit(extract_task, body, url, hints, encoding)
        fut.add_done_callback(done)
        return d

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_shared: dict[int, list] = {}   # workers -> [ExtractWorkers, users]


def acquire(workers: int) -> ExtractWorkers:
    """The process's pool of ``workers`` workers, shared by every spider of a crawl."""
    entry = _shared.get(workers)
    if entry is None:
        entry = _shared[workers] = [ExtractWorkers(workers), 0]
        entry[0].start()
    entry[1] += 1
    return entry[0]


def release(pool: ExtractWorkers) -> None:
    """Give back a pool from :func:`acquire`; the last user shuts it down."""
    for key, entry in list(_shared.items()):
        if entry[0] is pool:
            entry[1] -= 1
            if entry[1] <= 0:
                del _shared[key]
                pool.close()
            return
    pool.close()
