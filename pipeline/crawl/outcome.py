"""What a crawl run's per-source rows say: which sources failed, and the exit status of ``modelwire crawl``.

One rule for the command line (its summary and exit status) and the scheduler (a failed source backs
off). Plain functions on the rows of ``crawl_run_sources``, so reading them needs no Scrapy.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping

# Exit statuses of `modelwire crawl` (README: "Exit status"), for cron and the scheduler.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED, EXIT_SOME_SOURCES_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def source_failed(row: Mapping[str, Any]) -> bool:
    """Nothing came back from the source but errors: no page fetched, no answer that nothing changed
    (a 304, an entry already stored) and nothing skipped, while some request failed or was blocked."""
    def n(key: str) -> int:
        return row.get(key) or 0

    return n("fetched") + n("unchanged") + n("skipped") == 0 and n("failed") + n("blocked") > 0


def failed_sources(per_source: Iterable[Mapping[str, Any]]) -> list[str]:
    return [r["source"] for r in per_source if source_failed(r)]


def crawl_exit_status(result) -> int:
    """0 ok, 1 the run failed or no source gave anything, 4 some sources gave nothing, 130 interrupted."""
    if result.status == "interrupted":
        return EXIT_INTERRUPTED
    if result.status != "ok":
        return EXIT_FAILED
    failed = failed_sources(result.per_source)
    if failed and len(failed) == len(result.per_source):
        return EXIT_FAILED
    return EXIT_SOME_SOURCES_FAILED if failed else EXIT_OK
