"""The scheduled jobs: module-level functions taking only strings, so the job store can persist them.

Crawls and digests run as child processes of the daemon: Twisted's reactor cannot be
restarted inside one process, and a child can be given a time limit and stopped cleanly.
"""
from __future__ import annotations

import logging
import signal
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline.config import Config, load_config
from pipeline.crawl.outcome import EXIT_LOCKED
from pipeline.store.db import open_db
from schedules import policy

log = logging.getLogger("modelwire.schedule")

_CHILDREN: set[subprocess.Popen] = set()
_LOCK = threading.Lock()
STOPPING = threading.Event()
GRACE_SECONDS = 30.0  # how long a child gets to finish after SIGTERM


def _config(config_path: str) -> Config:
    return load_config(config_path or None)


def _cli(config_path: str, db_path: str, *args: str) -> list[str]:
    cmd = [sys.executable, "-m", "pipeline.cli"]
    if config_path:
        cmd += ["--config", config_path]
    return cmd + ["--db", db_path, "-q", *args]


def run_child(cmd: list[str], time_limit: float) -> tuple[int, bool, str, int]:
    """Run a child process; stop it (SIGTERM, then SIGKILL) past ``time_limit``.

    Returns (exit code, stopped by us, last lines of its stderr, its pid).
    """
    with _LOCK:  # the check, the start and the registration as one step: stop_children sees every child it must stop
        if STOPPING.is_set():
            return -1, True, "daemon is stopping", 0
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        _CHILDREN.add(proc)
    stopped = False
    try:
        try:
            out, err = proc.communicate(timeout=time_limit)
        except subprocess.TimeoutExpired:
            stopped = True
            log.warning("child %s ran past its time limit (%.0fs); stopping it", proc.pid, time_limit)
            _terminate(proc)
            out, err = proc.communicate()
    finally:
        with _LOCK:
            _CHILDREN.discard(proc)
    stopped = stopped or STOPPING.is_set()
    tail = " | ".join(line for line in (err or "").strip().splitlines()[-3:])
    return proc.returncode, stopped, tail, proc.pid


def _terminate(proc: subprocess.Popen) -> None:
    if proc.poll() is not None:
        return
    try:
        proc.send_signal(signal.SIGTERM)  # Scrapy stops taking new requests and closes spiders
        proc.wait(GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
    except ProcessLookupError:
        pass


def stop_children() -> None:
    """Called on daemon shutdown: stop every running child cleanly."""
    with _LOCK:  # (a run_child past its check has registered its child by now; a later one sees the flag)
        STOPPING.set()
        children = list(_CHILDREN)
    for proc in children:
        _terminate(proc)


def crawl(config_path: str, db_path: str, group: str = "") -> dict[str, Any]:
    """Crawl the sources of ``group`` (all when empty) that are due, then annotate."""
    started = time.monotonic()
    config = _config(config_path)
    sched = config.values["schedule"]
    sources = [s for s in config.sources if s["enabled"] and (not group or s["group"] == group)]
    now = datetime.now(timezone.utc)
    store = open_db(db_path)
    try:
        state = store.source_schedule()
    finally:
        store.close()
    if sched["adaptive"]:
        due = [s["name"] for s in sources if policy.is_due((state.get(s["name"]) or {}).get("next_due"), now)]
    else:
        due = [s["name"] for s in sources]
    if not due:
        return {"outcome": "ok", "detail": "no source due", "duration": time.monotonic() - started}
    args = ["crawl"] + [a for name in due for a in ("--source", name)]
    code, stopped, tail, pid = run_child(_cli(config_path, db_path, *args), sched["crawl_time_limit"])
    result: dict[str, Any] = {"sources": len(due), "exit": code}
    store = open_db(db_path)
    try:
        run = store.latest_run_for_pid(pid) if pid else None
        if run is None:
            # The child never started a crawl run (another crawl holds the database, a bad
            # config...): the sources were not tried, so they neither failed nor back off,
            # and they stay due for the next tick.
            locked = code == EXIT_LOCKED or "already running" in tail
            result.update(outcome="skipped" if locked and not stopped else ("stopped" if stopped else "failed"),
                          detail=tail, duration=time.monotonic() - started)
            return result
        rows = store.run_sources(run["id"])
        completed = run["status"] == "ok"   # a run that ended normally, even if some sources failed (exit 1 or 4)
        if stopped and run["status"] in ("running", "ok"):
            store.mark_run(run["id"], "interrupted", "stopped by the scheduler (time limit or shutdown)")
        rates = store.publishing_rates()
        by_source = {r["source"]: r for r in rows}
        for name in due:
            row = by_source.get(name)
            outcome = policy.outcome_of(row) if row else "failed"
            failures = (state.get(name) or {}).get("failures", 0) + 1 if outcome == "failed" else 0
            interval = policy.polling_interval(rates.get(name, 0.0), failures, min_s=sched["min_interval"],
                                               max_s=sched["max_interval"])
            store.save_source_schedule(name, interval, policy.next_due(now, interval), failures, outcome)
        result.update(run=run["id"], new=sum(r["new"] for r in rows), updated=sum(r["updated"] for r in rows),
                      failed=sum(r["failed"] + r["blocked"] for r in rows))
    finally:
        store.close()
    if stopped or (code != 0 and not completed):
        result.update(outcome="stopped" if stopped else "failed", detail=tail)
        result["duration"] = time.monotonic() - started
        return result
    a_code, a_stopped, a_tail, _ = run_child(_cli(config_path, db_path, "annotate"), sched["crawl_time_limit"])
    result["annotate_exit"] = a_code
    result["outcome"] = "ok" if a_code == 0 else ("stopped" if a_stopped else "failed")
    if a_code != 0:
        result["detail"] = a_tail
    result["duration"] = time.monotonic() - started
    return result


def digest(config_path: str, db_path: str) -> dict[str, Any]:
    """Build (and, if configured, send) the last complete week's digest."""
    started = time.monotonic()
    config = _config(config_path)
    args = ["digest"] + (["--send"] if config.values["schedule"]["digest_send"] else [])
    code, stopped, tail, _ = run_child(_cli(config_path, db_path, *args), config.values["schedule"]["crawl_time_limit"])
    out = {"outcome": "ok" if code == 0 else ("stopped" if stopped else "failed"), "exit": code,
           "duration": time.monotonic() - started}
    if code != 0:
        out["detail"] = tail
    return out


def maintenance(config_path: str, db_path: str) -> dict[str, Any]:
    """Optimize the full-text index, refresh statistics, back up the database online."""
    started = time.monotonic()
    config = _config(config_path)
    sched = config.values["schedule"]
    backup_dir = Path(sched["backup_dir"])
    if not backup_dir.is_absolute():
        base = config.path.parent if config.path else Path(db_path).parent
        backup_dir = base / backup_dir
    store = open_db(db_path)
    try:
        store.optimize()
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        target = store.backup(backup_dir / f"{Path(db_path).stem}-{stamp}.db")
    finally:
        store.close()
    backups = sorted(backup_dir.glob(f"{Path(db_path).stem}-*.db"))
    for old in backups[: max(0, len(backups) - sched["backup_keep"])]:
        old.unlink()
    return {"outcome": "ok", "backup": str(target), "kept": min(len(backups), sched["backup_keep"]),
            "duration": time.monotonic() - started}


JOBS = {"crawl": crawl, "digest": digest, "maintenance": maintenance}
