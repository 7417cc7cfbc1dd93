"""Extraction off the Twisted reactor thread, on every core.

``ExtractWorkers`` runs :func:`pipeline.extract.page.extract` in a small pool of worker processes and
hands results back to the reactor as Deferreds, so fetching, storing and extracting overlap and a
crawl uses more than one core. At most ``max_in_flight`` pages are with the workers at any time
(two each: the one in hand and the next); the rest wait, in order, in the crawl process, where
Scrapy's own limits (``CONCURRENT_ITEMS``, the scraper's 5 MB active-size limit) keep their
number bounded.

Each worker is a fresh interpreter (``reactor.spawnProcess``: never a bare ``fork`` of a process
that runs threads) with two pipes of its own: pages go down one, results come back on the other,
each a length-prefixed pickle. The reactor reads and writes those pipes itself, so a page costs
the crawl process no helper threads and no cross-thread wake-ups (``concurrent.futures``'
process pool spent ~0.5 ms of CPU per page in its queue feeder and result threads). Only Twisted's
public process API is used: ``IProcessTransport.writeToChild`` / ``closeChildFD`` /
``signalProcess``, ``ProcessProtocol.childDataReceived`` (which cuts results into frames here) and,
for a reactor without a SIGCHLD handler, the transport's documented ``reapProcess``; the worker
itself widens its pipes. The price, against reading a result pipe in 256 KB pieces and
writing pages straight into an idle pipe (which needed Twisted's private writer state): ~0.1 ms of
crawl-process CPU per page (a ~42 KB result takes about six 8 KB reads, a page one writer turn).

A worker that dies (killed, or crashed in native code) fails only the pages it had; the next page
starts a replacement. Workers ignore Ctrl-C (the crawl process decides when to stop them, after
in-flight pages are done) and exit on their own when the crawl process dies, even from SIGKILL:
their page pipe reaches end of file, and a watcher thread checks the parent besides.
"""
from __future__ import annotations

import logging
import os
import pickle
import sys
from collections import deque
from typing import Any

from pipeline.processes import init_child

log = logging.getLogger(__name__)

SETTING = "MODELWIRE_EXTRACT_WORKERS"

TASK_FD, RESULT_FD = 3, 4     # the worker's ends of its two pipes
_HEAD = 8                     # frame header: payload length, little-endian
PIPE_SIZE = 1 << 20           # bytes a worker's pipes hold (Linux; the default max unprivileged)
PER_WORKER = 2                # pages with a worker at a time (default): the one in hand, the next
CLOSE_TIMEOUT = 30.0          # s a closing pool waits for a worker to finish its page and exit


# -- in the worker process ----------------------------------------------------------------------

def _init_worker(parent: int) -> None:
    init_child(parent)
    import pipeline.extract.page  # noqa: F401  (import once, before the first page)


def extract_task(body: bytes, url: str, hints: dict | None, encoding: str | None) -> tuple[bool, Any]:
    """``(True, (record, precomputed))`` or ``(False, "ExcType: message")``; never raises (exceptions may not pickle)."""
    from pipeline.extract.page import extract
    from pipeline.store.db import precompute

    try:
        record = extract(body, url, hints=hints, encoding=encoding)
        # the store's per-article hashing and compression, done here on a spare core
        return True, (record, precompute(record, body))
    except Exception as e:  # noqa: BLE001 - reported to the crawl process, which drops the page
        return False, f"{type(e).__name__}: {e}"


def _frame(value: Any) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return len(data).to_bytes(_HEAD, "little") + data


def worker_main(parent: int, tasks_fd: int = TASK_FD, results_fd: int = RESULT_FD) -> None:
    """A worker's life: read ``(body, url, hints, encoding)`` frames, answer each with the
    framed result of :func:`extract_task`, in order; return at the end of the page pipe."""
    _init_worker(parent)
    for fd in (tasks_fd, results_fd):
        _widen(fd)
    tasks = os.fdopen(tasks_fd, "rb", buffering=1 << 16)
    results = os.fdopen(results_fd, "wb", buffering=1 << 16)
    while True:
        head = tasks.read(_HEAD)
        if len(head) < _HEAD:
            return  # the crawl process closed the pipe (or died)
        args = pickle.loads(tasks.read(int.from_bytes(head, "little")))
        result = extract_task(*args)
        try:
            frame = _frame(result)
        except Exception as e:  # noqa: BLE001 - a record that does not pickle fails its page only
            frame = _frame((False, f"{type(e).__name__}: {e}"))
        try:
            results.write(frame)
            results.flush()
        except BrokenPipeError:  # the crawl process stopped at once (a second Ctrl-C): no one to answer
            os._exit(0)         # (and no final flush into the closed pipe at exit)


# -- in the crawl process -----------------------------------------------------------------------

def _worker_argv(parent: int) -> list[str]:
    # the parent's sys.path first, as multiprocessing's spawn does, so the worker imports this
    # very pipeline package whatever its working directory
    code = (f"import sys; sys.path[:0] = {sys.path!r}; "
            f"from pipeline.crawl.workers import worker_main; worker_main({parent})")
    return [sys.executable, "-c", code]


def _make_protocol(pool: "ExtractWorkers"):
    from twisted.internet import defer
    from twisted.internet.protocol import ProcessProtocol

    class WorkerProtocol(ProcessProtocol):
        """One worker: its pages in flight (oldest first) and the bytes of its next result."""

        def __init__(self):
            self.pending: deque = deque()
            self.buf = bytearray()
            self.alive = True
            self.ended = defer.Deferred()

        def send(self, frame: bytes, d) -> None:
            self.pending.append(d)
            self.transport.writeToChild(TASK_FD, frame)

        def childDataReceived(self, fd, data):
            if fd != RESULT_FD:
                return
            buf = self.buf
            buf += data  # Twisted reads a pipe 8 KB at a time: a result comes in several pieces
            while len(buf) >= _HEAD:
                end = _HEAD + int.from_bytes(buf[:_HEAD], "little")
                if len(buf) < end:
                    return  # the rest of this result comes with a later read
                with memoryview(buf) as view:
                    result = pickle.loads(view[_HEAD:end])
                del buf[:end]
                self.pending.popleft().callback(result)
                pool._dispatch()

        def childConnectionLost(self, fd):
            if fd == RESULT_FD:  # the worker exited (or died): nothing more will come
                self._gone()

        def processEnded(self, reason):
            self._gone()
            if not self.ended.called:
                self.ended.callback(None)

        def _reap(self):
            """Collect the exited worker (the reactor may run without a SIGCHLD handler).
            ``reapProcess`` is a documented public method of Twisted's process transport."""
            if self.ended.called or self.transport is None or self.transport.pid is None:
                return
            self.transport.reapProcess()
            if not self.ended.called and self.transport.pid is not None:
                from twisted.internet import reactor

                reactor.callLater(0.005, self._reap)

        def _gone(self):
            if not self.alive:
                return
            self.alive = False
            self.transport.closeChildFD(TASK_FD)  # (already closed when the pool closes)
            pool._lost(self)
            if not pool.closing:
                log.warning("an extraction worker died; %d page(s) failed, a new worker takes over",
                            len(self.pending))
            pending, self.pending = self.pending, deque()
            for d in pending:
                d.callback((False, "WorkerDied: the extraction worker processing the page died"))
            self._reap()
            if not pool.closing:
                pool._dispatch()  # what waited goes to the others, or to the replacement

    return WorkerProtocol


def _widen(fd: int) -> None:
    """Called by the worker on its ends of both pipes (a pipe's size is the pipe's, whichever end
    sets it): a page or a result then goes through in one write, where Linux's default 64 KB took
    a page bigger than the room left in 4 KB pieces, one reactor turn each."""
    try:
        import fcntl

        if fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ) < PIPE_SIZE:
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    except (ImportError, AttributeError, OSError):  # not Linux, or over the system's limit
        pass


class ExtractWorkers:
    """A pool of worker processes whose results arrive on the reactor thread as Deferreds."""

    def __init__(self, workers: int, max_in_flight: int | None = None):
        self.workers = max(1, int(workers))
        self.max_in_flight = max_in_flight or PER_WORKER * self.workers
        self._per_worker = max(1, -(-self.max_in_flight // self.workers))
        self._procs: list = []
        self._queue: deque = deque()  # (args, Deferred) not yet sent to a worker
        self._protocol = None
        self.closing = False
        self._shutdown_watched = False

    def _spawn(self):
        from twisted.internet import reactor

        if self._protocol is None:
            self._protocol = _make_protocol(self)
        proto = self._protocol()
        reactor.spawnProcess(proto, sys.executable, _worker_argv(os.getpid()), env=dict(os.environ),
                             childFDs={1: 1, 2: 2, TASK_FD: "w", RESULT_FD: "r"})
        self._procs.append(proto)
        return proto

    def _lost(self, proto) -> None:
        if proto in self._procs:
            self._procs.remove(proto)

    def pids(self) -> list[int]:
        return [p.transport.pid for p in self._procs if p.transport is not None and p.transport.pid]

    def start(self) -> None:
        """Start the workers now (they import while the crawl fetches its first pages)."""
        from twisted.internet import reactor

        self.closing = False
        if not self._shutdown_watched:  # a reactor stopped at once (a second Ctrl-C) ends the workers
            self._shutdown_watched = True  # with it: that is no worker dying, so nothing to warn about
            reactor.addSystemEventTrigger("before", "shutdown", setattr, self, "closing", True)
        while len(self._procs) < self.workers:
            self._spawn()

    def extract(self, body: bytes, url: str, hints: dict | None, encoding: str | None):
        """A Deferred firing with ``(ok, record_or_error)``."""
        from twisted.internet import defer

        d = defer.Deferred()
        self._queue.append(((body, url, hints, encoding), d))
        self._dispatch()
        return d

    def _dispatch(self) -> None:
        queue = self._queue
        while queue:
            if len(self._procs) < self.workers:
                self.start()  # replaces a worker that died (or restarts a closed pool)
            worker = min(self._procs, key=lambda p: len(p.pending))
            if len(worker.pending) >= self._per_worker:
                return  # the rest wait here, in order, for a worker to be free
            args, d = queue.popleft()
            worker.send(_frame(args), d)

    def close(self):
        """Stop the workers once they finish the pages sent to them (their page pipes end; pages
        still waiting here are cancelled); a Deferred firing when they are gone. One still busy
        after ``CLOSE_TIMEOUT`` seconds is killed."""
        from twisted.internet import defer, reactor

        self.closing = True
        queued, self._queue = self._queue, deque()
        for _args, d in queued:  # not sent to a worker yet: cancelled, as a process pool would
            d.callback((False, "CancelledError: the extraction pool was closed"))
        procs, self._procs = [p for p in self._procs if p.alive], []
        if not procs:
            return defer.succeed(None)
        for p in procs:
            p.transport.closeChildFD(TASK_FD)
        done = defer.DeferredList([p.ended for p in procs])
        killer = reactor.callLater(CLOSE_TIMEOUT, self._kill, procs)
        done.addBoth(lambda _: killer.cancel() if killer.active() else None)
        return done

    @staticmethod
    def _kill(procs) -> None:
        for p in procs:
            if p.alive:
                p.transport.signalProcess("KILL")


_shared: dict[int, list] = {}   # workers -> [ExtractWorkers, users]


def acquire(workers: int) -> ExtractWorkers:
    """The process's pool of ``workers`` workers, shared by every spider of a crawl."""
    entry = _shared.get(workers)
    if entry is None:
        entry = _shared[workers] = [ExtractWorkers(workers), 0]
        entry[0].start()
    entry[1] += 1
    return entry[0]


def release(pool: ExtractWorkers):
    """Give back a pool from :func:`acquire`; the last user shuts it down. A Deferred firing
    when that is done (at once for the other users)."""
    from twisted.internet import defer

    for key, entry in list(_shared.items()):
        if entry[0] is pool:
            entry[1] -= 1
            if entry[1] <= 0:
                del _shared[key]
                return pool.close()
            return defer.succeed(None)
    return pool.close()
