"""``modelwire schedule``: registered on the main CLI by ``pipeline.cli.main``."""
from __future__ import annotations

import json
import logging
import sys

import click


@click.command()
@click.option("--list", "list_only", is_flag=True, help="Show each job, its trigger and next run time, then exit.")
@click.option("--run-now", "run_now", metavar="JOB", help="Run one job (crawl, digest, maintenance) once in the foreground.")
@click.option("--group", default="", help="With --run-now crawl: only this source group.")
@click.option("--json", "as_json", is_flag=True, help="With --list or --run-now: print JSON.")
@click.pass_obj
def schedule(obj, list_only, run_now, group, as_json):
    """Run the background scheduler: crawls, annotation, weekly digest, maintenance.

    \b
    Jobs come from [schedule] in the config:
      crawl        every crawl_every (with jitter): crawls the sources that are due
                   (each is polled as often as it publishes; failing ones back off),
                   in a child process with a time limit, then annotates
      digest       weekly, digest_day at digest_time in [modelwire] timezone
      maintenance  every maintenance_every: FTS optimize, PRAGMA optimize, online backup

    Next-run times live in a job store (DB.jobs.sqlite) and survive restarts; a digest
    missed while the daemon was down runs once on start. One daemon per database.
    Stop with Ctrl-C or SIGTERM: a running crawl is stopped cleanly.

    Example: modelwire --config modelwire.toml schedule
    """
    from pipeline.cli.output import fail, table
    from schedules import daemon, jobs

    if group and not (run_now or "").startswith("crawl"):
        raise click.UsageError("--group goes with --run-now crawl (the daemon takes its groups from "
                               "[schedule] crawl_groups)")
    config = obj.config
    config_path = str(config.path) if config.path else ""
    db_path = obj.db_path
    logging.getLogger("modelwire.schedule").setLevel(logging.INFO)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
    logger = logging.getLogger("modelwire.schedule")
    logger.handlers[:] = [handler]
    logger.propagate = False
    try:
        if list_only:
            obj.existing_db()
            jobs_ = daemon.list_jobs(config, config_path, db_path)
            click.echo(json.dumps(jobs_) if as_json else table(jobs_, ["job", "trigger", "next_run"]))
            return
        if run_now:
            func = jobs.JOBS.get(run_now.split("-", 1)[0])
            if func is None:
                fail(f"--run-now: unknown job {run_now!r} (jobs: {', '.join(jobs.JOBS)})", 2)
            kwargs = {"group": group or (run_now.split("-", 1)[1] if "-" in run_now else "")} if func is jobs.crawl else {}
            result = func(config_path, str(db_path), **kwargs)
            click.echo(json.dumps(result, default=str) if as_json else describe_result(run_now, result))
            if result.get("outcome") != "ok":
                sys.exit(1)
            return
        daemon.run(config, config_path, db_path)
    except daemon.ScheduleError as e:
        fail(str(e), 3)


COMMANDS = [schedule]


def describe_result(job: str, result: dict) -> str:
    """One line for a job's outcome ("crawl: ok: 2 sources, run 7, 12 new, 1 failed (3.2 s)"), and
    the failure's last output on the next lines."""
    parts = []
    for key, value in result.items():
        if key in ("outcome", "detail", "duration", "exit") or value in (None, ""):
            continue
        parts.append(f"{value} {key}" if isinstance(value, int) and key not in ("run", "exit", "annotate_exit")
                     else f"{key.replace('_', ' ')} {value}")
    line = f"{job}: {result.get('outcome', '?')}" + (f": {', '.join(parts)}" if parts else "")
    if result.get("duration") is not None:
        line += f" ({result['duration']:.1f} s)"
    detail = str(result.get("detail") or "").strip()
    return line + (f"\n{detail}" if detail and result.get("outcome") != "ok" else "")
