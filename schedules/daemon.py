"""``modelwire schedule``: a long-lived APScheduler daemon with a persistent job store.

``build_scheduler`` sets up the store and job defaults; ``wanted_jobs`` turns the config into
job specs; ``reconcile`` makes the store match them (changed schedules take effect, removed
jobs go, unchanged jobs keep their persisted next-run time); ``run`` holds the one-daemon-
per-database lock, starts, and shuts down cleanly on SIGTERM / SIGINT.
"""
from __future__ import annotations

import logging
import os
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from pipeline.config import Config, format_duration
from pipeline.locks import database_lock

log = logging.getLogger("modelwire.schedule")


class ScheduleError(Exception):
    """A scheduler is already running for this database (bad settings are the config's ConfigError)."""


@dataclass
class JobSpec:
    id: str
    func: str                      # "schedules.jobs:crawl"
    trigger: Any
    kwargs: dict[str, str]
    signature: str                 # the trigger as the config says it ("every 1h, jitter 2m"): stored as the
                                   # job's name, shown by --list; a change replaces the job
    misfire_grace_time: int | None
    first_run_now: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def jobstore_path(config: Config, db_path: Path) -> Path:
    value = config.values["schedule"]["jobstore"]
    if value:
        p = Path(value)
        if not p.is_absolute() and config.path is not None:
            p = config.path.parent / p
        return p
    return Path(str(db_path) + ".jobs.sqlite")


def wanted_jobs(config: Config, config_path: str, db_path: Path) -> list[JobSpec]:
    sched = config.values["schedule"]
    tz = ZoneInfo(config.values["modelwire"]["timezone"])
    common = {"config_path": config_path, "db_path": str(db_path)}
    grace = int(sched["misfire_grace"])
    specs: list[JobSpec] = []
    groups = sched["crawl_groups"] or [""]
    every, jitter = sched["crawl_every"], int(sched["crawl_jitter"])
    for group in groups:
        specs.append(JobSpec(
            id=f"crawl-{group}" if group else "crawl",
            func="schedules.jobs:crawl",
            trigger=IntervalTrigger(seconds=max(1, every), jitter=jitter or None, timezone=tz),
            kwargs={**common, "group": group},
            signature=f"every {format_duration(every)}" + (f", jitter {format_duration(jitter)}" if jitter else ""),
            misfire_grace_time=grace,
            first_run_now=True,
        ))
    day, clock = sched["digest_day"], sched["digest_time"]     # "wed", "06:30": checked by the config
    hour, minute = (int(x) for x in clock.split(":"))
    specs.append(JobSpec(
        id="digest",
        func="schedules.jobs:digest",
        trigger=CronTrigger(day_of_week=day, hour=hour, minute=minute, timezone=tz),
        kwargs=dict(common),
        signature=f"weekly, {day} {clock} {tz.key}",
        misfire_grace_time=None,   # a digest missed while the daemon was down still runs (once)
    ))
    every = sched["maintenance_every"]
    specs.append(JobSpec(
        id="maintenance",
        func="schedules.jobs:maintenance",
        trigger=IntervalTrigger(seconds=max(1, every), timezone=tz),
        kwargs=dict(common),
        signature=f"every {format_duration(every)}",
        misfire_grace_time=grace,
    ))
    return specs


def build_scheduler(config: Config, db_path: Path) -> BackgroundScheduler:
    store = jobstore_path(config, db_path)
    store.parent.mkdir(parents=True, exist_ok=True)
    return BackgroundScheduler(
        jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{store}")},
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": int(config.values["schedule"]["misfire_grace"])},
        timezone=ZoneInfo(config.values["modelwire"]["timezone"]),
    )


def reconcile(scheduler: BackgroundScheduler, specs: list[JobSpec]) -> dict[str, str]:
    """Make the job store match the config; returns {job id: kept | added | replaced | removed}."""
    changes: dict[str, str] = {}
    wanted = {s.id: s for s in specs}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            scheduler.remove_job(job.id)
            changes[job.id] = "removed"
    existing = {j.id: j for j in scheduler.get_jobs()}
    for spec in specs:
        job = existing.get(spec.id)
        if job is not None and job.name == spec.signature and job.kwargs == spec.kwargs:
            changes[spec.id] = "kept"
            continue
        options: dict[str, Any] = {}
        if spec.first_run_now:
            options["next_run_time"] = datetime.now(scheduler.timezone) + timedelta(seconds=1)
        scheduler.add_job(spec.func, spec.trigger, id=spec.id, name=spec.signature, kwargs=spec.kwargs,
                          replace_existing=True, misfire_grace_time=spec.misfire_grace_time, **options)
        changes[spec.id] = "replaced" if job is not None else "added"
    return changes


def describe_jobs(scheduler: BackgroundScheduler) -> list[dict[str, str]]:
    """The stored jobs; a trigger is shown as its job's signature, what the config said when it was stored."""
    rows = []
    for job in scheduler.get_jobs():
        rows.append({"job": job.id, "trigger": job.name,
                     "next_run": job.next_run_time.isoformat() if job.next_run_time else "paused"})
    return rows


def daemon_lock(db_path: Path):
    """One daemon per database; the OS releases the lock when the process dies."""
    return database_lock(db_path, "schedule", ScheduleError,
                         "{db}: a scheduler is already running for this database (pid {pid})")


def _listener(event) -> None:
    job = event.job_id
    if event.code == EVENT_JOB_EXECUTED:
        r = event.retval if isinstance(event.retval, dict) else {}
        extras = " ".join(f"{k}={v}" for k, v in r.items() if k not in ("outcome", "duration", "detail"))
        detail = f" detail={r['detail']!r}" if r.get("detail") else ""
        log.info("job=%s outcome=%s duration=%.1fs %s%s", job, r.get("outcome", "ok"), r.get("duration", 0.0),
                 extras, detail)
    elif event.code == EVENT_JOB_ERROR:
        log.error("job=%s outcome=error reason=%s: %s", job, type(event.exception).__name__, event.exception)
    elif event.code == EVENT_JOB_MISSED:
        log.warning("job=%s outcome=missed scheduled=%s", job, event.scheduled_run_time.isoformat())
    elif event.code == EVENT_JOB_MAX_INSTANCES:
        log.warning("job=%s outcome=skipped reason=still running", job)


def list_jobs(config: Config, config_path: str, db_path: Path) -> list[dict[str, str]]:
    """Jobs with triggers and next run times; reconciles first unless a daemon is running."""
    scheduler = build_scheduler(config, db_path)
    scheduler.start(paused=True)
    try:
        try:
            with daemon_lock(db_path):
                reconcile(scheduler, wanted_jobs(config, config_path, db_path))
        except ScheduleError:
            pass  # a running daemon owns the store: just show it
        return describe_jobs(scheduler)
    finally:
        _shutdown(scheduler, wait=False)


def _shutdown(scheduler: BackgroundScheduler, *, wait: bool) -> None:
    """Stop without a last look at due jobs.

    APScheduler 3's loop processes jobs once more when woken by ``shutdown()``, after the
    executors are gone: a due job would be marked run without running. Detaching the job
    store first leaves the persisted next-run times untouched.
    """
    scheduler.pause()
    scheduler.remove_jobstore("default", shutdown=True)
    scheduler.shutdown(wait=wait)


def run(config: Config, config_path: str, db_path: Path) -> None:
    """Run until SIGTERM / SIGINT."""
    from schedules import jobs

    stop = threading.Event()
    with daemon_lock(db_path):
        scheduler = build_scheduler(config, db_path)
        scheduler.add_listener(_listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
        scheduler.start(paused=True)
        changes = reconcile(scheduler, wanted_jobs(config, config_path, db_path))
        for row in describe_jobs(scheduler):
            log.info("job=%s %s trigger=%s next_run=%s", row["job"], changes.get(row["job"], "kept"),
                     row["trigger"], row["next_run"])

        def on_signal(signum, _frame):
            log.info("received %s: shutting down", signal.Signals(signum).name)
            stop.set()

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        log.info("scheduler started (pid %s, database %s); stop with Ctrl-C or SIGTERM", os.getpid(), db_path)
        scheduler.resume()
        try:
            while not stop.wait(1.0):
                pass
        finally:
            scheduler.pause()
            jobs.stop_children()
            _shutdown(scheduler, wait=True)
            log.info("scheduler stopped")
