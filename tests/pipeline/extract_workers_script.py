"""Drives ``pipeline.crawl.workers.ExtractWorkers`` under a real reactor (one scenario per process: the
reactor cannot restart); prints one JSON line. Run by tests/pipeline/test_extract_workers.py."""
from __future__ import annotations

import json
import logging
import os
import signal
import sys
import time

from pipeline.demo import SITE_ROOT

PAGES = sorted(p for p in SITE_ROOT.rglob("index.html") if "/blog/" in str(p) or "/news/" in str(p))[:12]


def url_of(path) -> str:
    return "https://example.test/" + str(path.parent.relative_to(SITE_ROOT)) + "/"


def main(scenario: str) -> None:
    from twisted.internet import defer, reactor

    from pipeline.crawl.workers import ExtractWorkers, extract_task

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    out: dict = {"scenario": scenario}
    pool = ExtractWorkers(2)
    pool.start()
    out["pids"] = pool.pids()

    def job(path, body=None):
        body = path.read_bytes() if body is None else body
        return pool.extract(body, url_of(path), {"x": 1}, None)

    @defer.inlineCallbacks
    def run():
        try:
            if scenario == "results":
                # more pages than the pool holds at once: every result comes back to its own page
                got = yield defer.gatherResults([job(p) for p in PAGES * 2])
                want = [extract_task(p.read_bytes(), url_of(p), {"x": 1}, None) for p in PAGES * 2]
                out["same"] = [g == w for g, w in zip(got, want)]
                out["n"] = len(got)
                # a page far bigger than a pipe holds, in and out (its result carries it compressed)
                big = PAGES[0].read_bytes().replace(b"</body>", b"<!--" + os.urandom(1_500_000).hex().encode() + b"--></body>")
                ok, (record, pre) = yield job(PAGES[0], big)
                want_big = extract_task(big, url_of(PAGES[0]), {"x": 1}, None)[1]
                out["big_same"] = ok and record == want_big[0] and pre == want_big[1]
            elif scenario == "kill":
                first = pool._procs[0]
                victim = first.transport.pid
                ds = [job(p) for p in PAGES]
                time.sleep(0.05)
                os.kill(victim, signal.SIGKILL)
                got = yield defer.gatherResults(ds)
                out["failed"] = [r[1] for r in got if not r[0]]
                out["ok"] = sum(1 for r in got if r[0])
                # the pool goes on with a new worker: the next pages all succeed
                after = yield defer.gatherResults([job(p) for p in PAGES])
                out["after_ok"] = all(r[0] for r in after)
                out["pids_after"] = pool.pids()
                out["victim"] = victim
            elif scenario == "close":
                got = yield defer.gatherResults([job(p) for p in PAGES[:4]])
                out["ok"] = all(r[0] for r in got)
                # closing with pages sent and pages still waiting: the sent ones are finished,
                # the waiting ones cancelled, and the workers exit
                ds = [job(p) for p in PAGES[:8]]
                pids = pool.pids()
                yield pool.close()
                got = yield defer.gatherResults(ds)
                out["closing_results"] = [r[0] or r[1] for r in got]
                out["alive_after_close"] = [pid for pid in pids if alive(pid)]
                return
            pids = pool.pids()
            yield pool.close()
            out["alive_after_close"] = [pid for pid in pids if alive(pid)]
        except Exception as e:  # noqa: BLE001
            out["error"] = repr(e)
        finally:
            reactor.stop()

    reactor.callWhenRunning(run)
    reactor.run()
    print(json.dumps(out), flush=True)


def alive(pid: int) -> bool:
    """The process exists and is not a zombie."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def hang() -> None:
    """Start a pool, print its workers' pids, then wait to be killed."""
    from twisted.internet import reactor

    from pipeline.crawl.workers import ExtractWorkers

    pool = ExtractWorkers(2)

    def go():
        pool.start()
        print(json.dumps({"pids": pool.pids()}), flush=True)

    reactor.callWhenRunning(go)
    reactor.run()


if __name__ == "__main__":
    hang() if sys.argv[1] == "hang" else main(sys.argv[1])
