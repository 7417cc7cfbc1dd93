"""The scheduler's crawl job when its crawl cannot run: another crawl holds the database."""
from __future__ import annotations

from reliability_helpers import query, source, write_config
from pipeline.crawl.run import crawl_lock
from pipeline.store.db import open_db
from schedules import jobs


def test_crawl_job_while_another_crawl_runs_does_not_count_as_source_failures(tmp_path, faultserver):
    faultserver.feeds["one"] = ["/a/sched-1"]
    config = write_config(tmp_path, source("one", [f"{faultserver.url}/feeds/one.xml"]))
    db = tmp_path / "mw.db"
    open_db(db).close()
    with crawl_lock(db):                    # a manual `modelwire crawl` is running
        result = jobs.crawl(str(config), str(db))
    assert result["outcome"] == "skipped", result
    assert "already running" in result["detail"]
    # the sources were not crawled, so they did not fail: no back-off, still due next tick
    assert query(db, "SELECT * FROM source_schedule") == []
    assert query(db, "SELECT count(*) n FROM crawl_runs")[0]["n"] == 0
    # and the next tick crawls them
    result = jobs.crawl(str(config), str(db))
    assert result["outcome"] == "ok" and result["new"] == 1, result
