"""One rule for 'a source failed': the crawl command's summary and exit status and the scheduler's
back-off read it from pipeline/crawl/outcome.py."""
from __future__ import annotations

import pytest

from pipeline.crawl.outcome import crawl_exit_status, failed_sources, source_failed
from pipeline.crawl.run import CrawlResult
from schedules import policy


def row(source="s", finish_reason="finished", **counts):
    base = {k: 0 for k in ("fetched", "unchanged", "skipped", "failed", "blocked")}
    return {"source": source, "finish_reason": finish_reason, **base, **counts}


@pytest.mark.parametrize("counts, failed", [
    ({"failed": 3}, True),                     # every request failed
    ({"blocked": 2}, True),                    # every address refused
    ({"fetched": 2, "failed": 1}, False),      # some pages came
    ({"unchanged": 5, "failed": 1}, False),    # the feed answered 304 / its entries were stored: the site is up
    ({"skipped": 4, "blocked": 1}, False),     # off-topic pages are answers too
    ({}, False),                               # nothing asked, nothing failed
])
def test_a_source_failed_when_nothing_but_errors_came_back(counts, failed):
    r = row(**counts)
    assert source_failed(r) is failed
    assert (policy.outcome_of(r) == "failed") is failed     # the scheduler reads the same rule
    assert failed_sources([r, row("fine", fetched=1)]) == (["s"] if failed else [])


def test_the_scheduler_also_counts_a_stopped_spider_as_failed():
    assert not source_failed(row(fetched=2, finish_reason="shutdown"))
    assert policy.outcome_of(row(fetched=2, finish_reason="shutdown")) == "failed"


@pytest.mark.parametrize("status, rows, code", [
    ("ok", [row("a", fetched=1), row("b", unchanged=3)], 0),
    ("ok", [row("a", fetched=1), row("b", failed=2)], 4),
    ("ok", [row("a", failed=1), row("b", blocked=1)], 1),
    ("failed", [row("a", fetched=1)], 1),
    ("interrupted", [row("a", failed=1)], 130),
])
def test_crawl_exit_status_follows_the_readme(status, rows, code):
    assert crawl_exit_status(CrawlResult(run_id=1, status=status, totals={}, per_source=rows)) == code
