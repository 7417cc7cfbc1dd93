"""The real scheduler, in a child process, against a site served by the test on 127.0.0.1."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

TOPICS = ["robotics", "protein folding", "code review", "legal search", "weather forecasting", "chip design",
          "drug discovery", "customer support", "translation", "math tutoring", "video captioning", "music",
          "satellite imagery", "fraud detection", "crop yields", "speech", "chess", "spreadsheets", "email",
          "logistics", "medical notes", "game testing", "accessibility", "energy grids", "insurance", "biology",
          "astronomy", "retail", "journalism", "education"]

PARAGRAPH = ("The lab said its new open-weight language model, {name}, scored {score}% on GPQA Diamond and "
             "beats GPT-5 on several reasoning benchmarks. Researchers at the company trained the model on a "
             "cluster of GPUs and released the weights on Hugging Face, with a technical report that describes "
             "the mixture-of-experts design and the long context window. ")


class SlowSite:
    """A feed of N AI articles; each article answers after ``delay`` seconds."""

    def __init__(self, n: int = 12, delay: float = 0.0):
        self.n, self.delay = n, delay
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path == "/robots.txt":
                    return self._send(b"User-agent: *\nAllow: /\n", "text/plain")
                if self.path.startswith("/feed"):
                    items = "".join(
                        f"<item><title>Model {i} released</title><link>{base}/post/{i}</link>"
                        f"<pubDate>Mon, 03 Nov 2025 0{i % 10}:00:00 GMT</pubDate></item>" for i in range(site.n))
                    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Lab</title>{items}</channel></rss>'
                    return self._send(body.encode(), "application/rss+xml")
                if self.path.startswith("/post/"):
                    i = int(self.path.rsplit("/", 1)[1])
                    time.sleep(site.delay)
                    name = f"Orin-{i}B-Instruct"
                    own = " ".join(f"Its makers say it is tuned for {TOPICS[(i * 7 + k) % len(TOPICS)]} and for "
                                   f"{TOPICS[(i * 3 + k * 5) % len(TOPICS)]}, case study {i}-{k}." for k in range(12))
                    text = f"<p>{PARAGRAPH.format(name=name, score=60 + i)}</p><p>{own}</p>"
                    html = (f"<html lang='en'><head><title>{name} released</title>"
                            f"<meta property='og:type' content='article'></head><body><article><h1>{name} released"
                            f"</h1>{text}</article></body></html>")
                    return self._send(html.encode(), "text/html; charset=utf-8")
                self.send_response(404)
                self.end_headers()

            def _send(self, body, ctype):
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def write_config(tmp_path: Path, site_url: str | None, **schedule) -> Path:
    sched = {"crawl_every": "2s", "crawl_jitter": "0s", "maintenance_every": "1d", "digest_send": False,
             "crawl_time_limit": "2m"}
    sched.update(schedule)
    lines = ["[modelwire]", 'db = "mw.db"', 'allow_private = ["127.0.0.1"]', "", "[crawl]",
             "download_delay = 0", 'timeout = "10s"', "", "[schedule]"]
    for k, v in sched.items():
        lines.append(f"{k} = " + ("true" if v is True else "false" if v is False else f'"{v}"'))
    if site_url:
        lines += ["", "[[sources]]", 'name = "lab"', 'kind = "feed"', f'urls = ["{site_url}/feed"]']
    path = tmp_path / "modelwire.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def start_daemon(config: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli", "--config", str(config), "schedule"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=config.parent,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})


def stop(proc: subprocess.Popen, timeout: float = 90) -> str:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=timeout)
    return err


def wait_for(predicate, timeout: float = 60, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    return predicate()


def next_second() -> None:
    """Until the clock's whole second changes: anything stamped before the call, to the second, is
    then older than anything stamped after it."""
    now = int(time.time())
    assert wait_for(lambda: int(time.time()) != now, timeout=5, interval=0.01)


def query(db: Path, sql: str, params=()):
    if not db.exists():
        return []
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        conn.close()


@pytest.fixture
def site():
    s = SlowSite()
    yield s
    s.close()


def test_schedule_crawl_job_runs_and_stores_articles(tmp_path, site):
    config = write_config(tmp_path, site.url)
    db = tmp_path / "mw.db"
    proc = start_daemon(config)
    try:
        def stored():
            return (query(db, "SELECT count(*) FROM articles") or [(0,)])[0][0]

        wait_for(lambda: stored() == site.n)
        assert stored() == site.n
        assert wait_for(lambda: query(db, "SELECT count(*) FROM source_schedule WHERE source = 'lab'")[0][0] == 1)
    finally:
        err = stop(proc)
    assert proc.returncode == 0, err
    assert "job=crawl outcome=" in err
    assert "scheduler stopped" in err
    runs = query(db, "SELECT status FROM crawl_runs")
    assert runs and all(status == "ok" for (status,) in runs)
    # adaptive polling: the source is not due again within the 2 s tick
    assert len(runs) == 1


def test_schedule_list_and_restart_keep_next_run_times(tmp_path):
    config = write_config(tmp_path, None, digest_day="wed", digest_time="06:30")
    # --list reads an existing database (it never creates one: a mistyped --db is an error)
    subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "init"], capture_output=True,
                   cwd=tmp_path, check=True)

    def listing():
        out = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "schedule", "--list"],
                             capture_output=True, text=True, cwd=tmp_path, check=True).stdout
        return {line.split()[0]: line.split()[-1] for line in out.splitlines()[2:]}

    first = listing()
    assert set(first) == {"crawl", "digest", "maintenance"}
    shown = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "schedule", "--list"],
                           capture_output=True, text=True, cwd=tmp_path, check=True).stdout
    assert "weekly, wed 06:30" in shown and "cron[" not in shown and "interval[" not in shown
    assert datetime.fromisoformat(first["digest"]).strftime("%a %H:%M") == "Wed 06:30"
    next_second()               # a recomputed next run time would now differ
    assert listing() == first  # persisted, not recomputed
    config.write_text(config.read_text().replace('digest_time = "06:30"', 'digest_time = "08:15"'))
    changed = listing()
    assert datetime.fromisoformat(changed["digest"]).strftime("%H:%M") == "08:15"
    assert changed["maintenance"] == first["maintenance"]


def test_schedule_missed_weekly_digest_runs_exactly_once(tmp_path):
    from pipeline.config import load_config
    from schedules import daemon

    config_path = write_config(tmp_path, None, crawl_every="1h")
    config = load_config(config_path)
    db = tmp_path / "mw.db"
    scheduler = daemon.build_scheduler(config, db)
    scheduler.start(paused=True)
    daemon.reconcile(scheduler, daemon.wanted_jobs(config, str(config_path), db))
    three_weeks_ago = datetime.now(timezone.utc) - timedelta(days=21)
    scheduler.modify_job("digest", next_run_time=three_weeks_ago)
    daemon._shutdown(scheduler, wait=False)

    proc = start_daemon(config_path)
    try:
        # let it run a while (several scheduler wake-ups); it must not exit by itself
        assert not wait_for(lambda: proc.poll() is not None, timeout=8)
    finally:
        err = stop(proc)
    lines = [line for line in err.splitlines() if "job=digest outcome=" in line]
    assert len(lines) == 1, err
    # and the next run is in the future again, on the weekly rhythm
    scheduler = daemon.build_scheduler(config, db)
    scheduler.start(paused=True)
    try:
        nxt = scheduler.get_job("digest").next_run_time
    finally:
        daemon._shutdown(scheduler, wait=False)
    assert nxt > datetime.now(timezone.utc)
    assert nxt.strftime("%a %H:%M") == "Mon 07:00"


def test_schedule_second_daemon_on_same_database_refused(tmp_path):
    config = write_config(tmp_path, None, crawl_every="1h")
    first = start_daemon(config)
    try:
        assert wait_for(lambda: (tmp_path / "mw.db.schedule.lock").exists() and
                        (tmp_path / "mw.db.schedule.lock").read_text().strip() == str(first.pid), timeout=30)
        second = subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), "schedule"],
                                capture_output=True, text=True, cwd=tmp_path, timeout=60)
        assert second.returncode == 3
        assert "already running for this database" in second.stderr and str(first.pid) in second.stderr
        assert "Traceback" not in second.stderr
    finally:
        stop(first)
    assert first.returncode == 0


def test_schedule_sigterm_during_crawl_leaves_consistent_database(tmp_path):
    site = SlowSite(n=60, delay=0.4)   # 12 s at least: a loaded machine still stops it part-way
    try:
        config = write_config(tmp_path, site.url)
        db = tmp_path / "mw.db"
        proc = start_daemon(config)
        try:
            assert wait_for(lambda: (query(db, "SELECT count(*) FROM articles") or [(0,)])[0][0] >= 2, timeout=60)
        finally:
            err = stop(proc)
    finally:
        site.close()
    assert proc.returncode == 0, err
    assert "received SIGTERM" in err and "scheduler stopped" in err
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    n_articles = query(db, "SELECT count(*) FROM articles")[0][0]
    assert 2 <= n_articles < 60  # stopped part-way
    # no half-written article: every article has its raw HTML, its text and its URL rows
    assert query(db, "SELECT count(*) FROM articles a LEFT JOIN article_html h ON h.article_id = a.id "
                     "WHERE h.article_id IS NULL OR a.text = ''")[0][0] == 0
    assert query(db, "SELECT count(DISTINCT article_id) FROM article_urls")[0][0] == n_articles
    statuses = [s for (s,) in query(db, "SELECT status FROM crawl_runs")]
    assert statuses and "running" not in statuses and statuses[-1] == "interrupted"
