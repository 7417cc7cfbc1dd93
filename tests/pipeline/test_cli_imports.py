"""Each command imports only what it needs: cron, the scheduler and the test suite run many short
commands, and importing Scrapy alone costs about a second of CPU (it was imported by every command).

The CLI runs in a child process exactly as ``python -m pipeline.cli`` runs it (click's standalone mode,
which ends in SystemExit), several commands in turn; after each, the child reports its exit status and
which heavy libraries are in ``sys.modules``."""
from __future__ import annotations

import json
import subprocess
import sys

from pipeline.crawl.run import crawl_lock

HEAVY = ("scrapy", "twisted", "spacy", "matplotlib", "trafilatura", "apscheduler", "apprise")

RUNNER = f"""
import json, sys
from pipeline.cli.main import main
for argv in json.loads(sys.argv[1]):
    try:
        main.main(argv, prog_name="modelwire")
    except SystemExit as e:
        code = e.code
    print("REPORT " + json.dumps({{"argv": argv, "exit": code,
                                   "imported": [m for m in {HEAVY!r} if m in sys.modules]}}), file=sys.stderr)
"""


def run_commands(cwd, *commands: list[str]) -> tuple[list[dict], str]:
    proc = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(commands)], capture_output=True, text=True,
                          cwd=cwd, timeout=120)
    reports = [json.loads(line[7:]) for line in proc.stderr.splitlines() if line.startswith("REPORT ")]
    assert len(reports) == len(commands), proc.stderr
    return reports, proc.stderr


def test_commands_that_do_not_crawl_or_annotate_import_neither_scrapy_nor_spacy(tmp_path):
    db = ["--db", str(tmp_path / "mw.db")]
    reports, err = run_commands(tmp_path, [*db, "init"], [*db, "sql", "select 1"], [*db, "stats"],
                                [*db, "top", "--since", "7d"], [*db, "search", "gpt"], ["--help"],
                                ["crawl", "--help"], ["digest", "--help"], ["schedule", "--help"])
    assert [r["exit"] for r in reports] == [0] * len(reports), err
    assert [r for r in reports if r["imported"]] == []


def test_a_locked_crawl_still_gets_its_one_line_and_exit_status_3(tmp_path):
    """The error handler names CrawlLocked instead of importing it: the crawl imports it itself."""
    db = tmp_path / "mw.db"
    with crawl_lock(db):
        (report,), err = run_commands(tmp_path, ["--db", str(db), "crawl", "--url", "http://127.0.0.1:9/",
                                                 "--allow-private", "127.0.0.1"])
    assert report["exit"] == 3 and "scrapy" in report["imported"]     # the check above can see Scrapy
    lines = [line for line in err.splitlines() if line.strip() and not line.startswith("REPORT ")]
    assert "Traceback" not in err and len(lines) == 1, err
    assert lines[0].startswith("Error: ") and "a crawl is already running" in lines[0]
