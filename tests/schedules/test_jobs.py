"""Scheduled jobs run in the foreground with --run-now, against a real local site and database."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from test_daemon import SlowSite, next_second, write_config


def cli(config: Path, *args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", "--config", str(config), *args],
                          capture_output=True, text=True, cwd=config.parent, timeout=300)


def test_jobs_failing_source_backs_off_and_stats_says_so(tmp_path):
    site = SlowSite(n=2)
    try:
        config = write_config(tmp_path, site.url, min_interval="1h", max_interval="1d")
        text = config.read_text() + f'\n[[sources]]\nname = "broken"\nkind = "feed"\nurls = ["{site.url}/nothing-here.xml"]\n'
        config.write_text(text)
        proc = cli(config, "schedule", "--run-now", "crawl", "--json")
        assert proc.returncode == 0, proc.stderr
        result = json.loads(proc.stdout)
        assert result["outcome"] == "ok" and result["new"] == 2 and result["failed"] >= 1
        conn = sqlite3.connect(tmp_path / "mw.db")
        sched = {r[0]: r[1:] for r in conn.execute("SELECT source, failures, interval_s, last_outcome FROM source_schedule")}
        assert sched["broken"] == (1, 7200.0, "failed")
        assert sched["lab"][0] == 0 and sched["lab"][2] == "ok"
        # nothing is due on a second tick: no new crawl run
        again = json.loads(cli(config, "schedule", "--run-now", "crawl", "--json").stdout)
        assert again["detail"] == "no source due"
        assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 1
        out = cli(config, "stats").stdout
        assert "backing off (1 failures)" in out
    finally:
        site.close()


def test_jobs_maintenance_backs_up_online_and_the_backup_restores(tmp_path):
    site = SlowSite(n=3)
    try:
        config = write_config(tmp_path, site.url, backup_keep="2")
        config.write_text(config.read_text().replace('backup_keep = "2"', "backup_keep = 2"))
        first = cli(config, "schedule", "--run-now", "crawl")
        assert first.returncode == 0
        assert first.stdout.startswith("crawl: ok: 1 sources, run 1, 3 new, 0 updated, 0 failed, annotate exit 0 ("), \
            first.stdout
        for _ in range(3):
            proc = cli(config, "schedule", "--run-now", "maintenance")
            assert proc.returncode == 0, proc.stderr
            next_second()  # backups are named by the second
        backups = sorted((tmp_path / "backups").glob("mw-*.db"))
        assert len(backups) == 2  # only the last backup_keep are kept
        restored = tmp_path / "restored.db"
        restored.write_bytes(backups[-1].read_bytes())
        conn = sqlite3.connect(restored)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        out = subprocess.run([sys.executable, "-m", "pipeline.cli", "--db", str(restored), "stats", "--json"],
                             capture_output=True, text=True, cwd=tmp_path)
        assert json.loads(out.stdout)["articles"] == 3
    finally:
        site.close()
