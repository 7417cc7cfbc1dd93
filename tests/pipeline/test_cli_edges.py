"""Rough edges a first-time user meets (issue 17), each through the real CLI in a subprocess:
the exit status, one clear line, no traceback, and nothing created or changed that should not be."""
from __future__ import annotations

import subprocess
import sys

import pytest


def run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=120)


def one_error_line(proc, *words):
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert "Traceback" not in proc.stderr + proc.stdout
    assert len(lines) == 1 and lines[0].startswith("Error"), proc.stderr
    for w in words:
        assert w in lines[0], (w, lines[0])
    return lines[0]


@pytest.mark.parametrize("url", ["not-a-url", "file:///etc/passwd", "ftp://example.org/feed.xml", "http://"])
def test_crawl_refuses_a_url_that_is_not_http_at_once(tmp_path, url):
    proc = run(tmp_path, "--db", "x.db", "crawl", "--url", url)
    assert proc.returncode == 2
    one_error_line(proc, "--url", "http")
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("command", [["annotate"], ["reextract"], ["stats"], ["schedule", "--list"],
                                     ["digest", "--week", "2025-W49"]])
def test_a_mistyped_db_is_reported_not_created(tmp_path, command):
    proc = run(tmp_path, "--db", "typo/modelwre.db", *command)
    assert proc.returncode == 2
    one_error_line(proc, "typo/modelwre.db", "no database yet")
    assert list(tmp_path.iterdir()) == []      # no database, no folder, no job store


def test_config_pointing_at_a_folder(tmp_path):
    (tmp_path / "conf").mkdir()
    proc = run(tmp_path, "--config", "conf", "stats")
    assert proc.returncode == 2
    one_error_line(proc, "conf", "folder")


@pytest.mark.parametrize("key, value, words", [("digest_day", '"funday"', ["digest_day", "funday", "weekday"]),
                                               ("digest_time", '"7 am"', ["digest_time", "HH:MM"])])
def test_schedule_list_reports_a_bad_schedule_setting(tmp_path, key, value, words):
    (tmp_path / "modelwire.toml").write_text(f"[schedule]\n{key} = {value}\n", encoding="utf-8")
    assert run(tmp_path, "init").returncode == 2      # every command loads the config the same way
    proc = run(tmp_path, "schedule", "--list")
    assert proc.returncode == 2
    one_error_line(proc, "modelwire.toml", *words)


def test_stats_first_line_counts_sources(tmp_path):
    assert run(tmp_path, "--db", "m.db", "init").returncode == 0
    proc = run(tmp_path, "--db", "m.db", "stats")
    assert proc.returncode == 0, proc.stderr
    first = proc.stdout.splitlines()[0]
    assert first.endswith("0 articles from 0 sources, 0 duplicate URLs, 0 crawl runs."), first
