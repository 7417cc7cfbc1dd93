"""One crawl run: read what is stored, run the spiders, record the run.

The spiders know nothing of the database: they are given plain data (the known URLs and
the feeds' validators) and they yield items that ``pipeline.crawl.pipelines`` stores. Scrapy's
reactor runs once per process, so call :func:`run` once per process (the scheduler starts a
child process per crawl).
"""
from __future__ import annotations

import gc
import logging
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from pipeline.config import Config
from pipeline.locks import database_lock
from pipeline.crawl.pipelines import ITEM_PIPELINES
from pipeline.store.db import open_db

log = logging.getLogger(__name__)


class CrawlLocked(Exception):
    """Another crawl is writing this database."""


@dataclass
class CrawlResult:
    run_id: int
    status: str
    totals: dict[str, int]
    per_source: list[dict[str, Any]]


def crawl_lock(db_path: Path):
    """One crawl per database at a time; the OS drops the lock if the process dies."""
    return database_lock(db_path, "crawl", CrawlLocked,
                         "{db}: a crawl is already running (pid {pid}); wait for it to finish or stop it")


@contextmanager
def _fewer_collections(young: int = 10_000) -> Iterator[None]:
    """Garbage collection tuned for a crawl, restored afterwards.

    Every page makes and drops hundreds of objects, so with the default thresholds (700 young
    objects) the collector ran about once per page and its full passes walked everything alive,
    queued requests included: ~0.8 ms of reactor CPU per article on a 3,000-page crawl, growing
    with the crawl. With 10,000 it runs a few dozen times in all. What is alive at the start
    (modules, the known URLs) lives all crawl, so it is frozen out of the collector's sight.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(young, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def adhoc_source(url: str, index: int = 0) -> dict[str, Any]:
    host = urlsplit(url).hostname or "url"
    return {
        "name": f"adhoc-{host}" + (f"-{index}" if index else ""),
        "kind": "auto",
        "urls": [url],
        "enabled": True,
        "group": "adhoc",
        "link_selector": None,
        "next_selector": None,
        "max_pages": 5,
        "follow_pattern": None,
        "language": None,
    }


def backfill(source: dict[str, Any], first: bool, config: Config) -> dict[str, Any]:
    """``source`` for the spiders: an ``auto`` source on its first crawl (no finished crawl
    recorded for it) gets ``first_crawl`` and the config's ``backfill_pages`` / ``backfill_days``,
    so it takes its recent archive (listing pages, sitemaps) and not only what its feed lists
    today. Sources of a fixed kind keep what their config says (``max_pages``)."""
    if not first or source.get("kind") != "auto":
        return source
    return {**source, "first_crawl": True, "backfill_pages": config.get("crawl", "backfill_pages"),
            "backfill_days": config.get("crawl", "backfill_days") or None}


def select_sources(config: Config, names: list[str] | None = None, urls: list[str] | None = None,
                   group: str | None = None) -> list[dict[str, Any]]:
    """The sources a crawl covers: named ones, ad-hoc URLs, or every enabled source."""
    if urls:
        return [adhoc_source(u, i) for i, u in enumerate(urls)]
    by_name = {s["name"]: s for s in config.sources}
    if names:
        missing = [n for n in names if n not in by_name]
        if missing:
            known = ", ".join(by_name) or "none configured"
            raise ValueError(f"unknown source {', '.join(repr(m) for m in missing)} (known: {known})")
        return [by_name[n] for n in names]
    chosen = [s for s in config.sources if s["enabled"]]
    if group:
        groups = sorted({s["group"] for s in chosen})
        chosen = [s for s in chosen if s["group"] == group]
        if not chosen:
            raise ValueError(f"no enabled source in group {group!r} (groups: {', '.join(groups) or 'none'})")
    return chosen


def run(config: Config, db_path: Path, sources: list[dict[str, Any]], *, all_topics: bool | None = None,
        allow_private: list[str] | None = None, progress: bool = True, command: str = "crawl",
        extra_settings: dict[str, Any] | None = None) -> CrawlResult:
    """Crawl ``sources`` into ``db_path`` and return the run's counts."""
    from spiders.process import run_crawl
    from spiders.settings import crawl_settings

    with crawl_lock(db_path):
        store = open_db(db_path)
        try:
            for s in sources:
                store.upsert_source(s)
            known = store.known_urls()
            http_state = store.http_state()
            crawled = store.crawled_sources()
            run_id = store.start_run(command)
        finally:
            store.close()
        status, error = "ok", None
        try:   # from here on a Ctrl-C ends the run as "interrupted", never leaves it "running"
            relevance = config.values["relevance"]
            settings = {
                "MODELWIRE_DB": str(db_path),
                "MODELWIRE_RUN_ID": run_id,
                "MODELWIRE_ALL_TOPICS": config.get("crawl", "all_topics") if all_topics is None else all_topics,
                "MODELWIRE_RELEVANCE_TERMS": relevance["keywords"],
                "MODELWIRE_RELEVANCE_MIN_HITS": relevance["min_hits"],
                "MODELWIRE_PROGRESS": progress,
                "LOG_FORMATTER": "pipeline.crawl.pipelines.QuietLogFormatter",
            }
            settings.update(extra_settings or {})
            options = config.crawl_options(allow_private)
            extensions = dict(crawl_settings(options).get("EXTENSIONS") or {})
            extensions.update(settings.get("EXTENSIONS") or {})
            extensions["pipeline.crawl.runstats.RunRecorder"] = 500
            settings["EXTENSIONS"] = extensions
            jobs = [{"source": backfill(s, s["name"] not in crawled, config), "known": known, "http_state": http_state}
                    for s in sources]
            if progress:
                print(f"Crawling {len(sources)} source(s) into {db_path} (run {run_id})…", file=sys.stderr,
                      flush=True)
            with _fewer_collections():
                run_crawl(jobs, options=options, item_pipelines=ITEM_PIPELINES,
                          extra_settings=settings)
        except KeyboardInterrupt:
            status, error = "interrupted", "interrupted by the user"
        except Exception as e:  # recorded, then re-raised for the caller to report
            status, error = "failed", f"{type(e).__name__}: {e}"
            store = open_db(db_path)
            try:
                store.finish_run(run_id, status, error)
            finally:
                store.close()
            raise
        store = open_db(db_path)
        try:
            per_source = store.run_sources(run_id)
            stopped = [r["source"] for r in per_source if r["finish_reason"] not in (None, "finished")]
            # a source whose spider never closed (a second Ctrl-C stops Scrapy at once) has no row: the
            # run did not finish it, whatever was stored meanwhile
            recorded = {r["source"] for r in per_source}
            unrecorded = [s["name"] for s in sources if s["name"] not in recorded]
            if status == "ok" and (stopped or unrecorded):
                status, error = "interrupted", "; ".join(
                    [f"stopped before the end: {', '.join(stopped)}"] * bool(stopped)
                    + [f"stopped at once, what they stored is not counted: {', '.join(unrecorded)}"] * bool(unrecorded))
            totals = store.finish_run(run_id, status, error)
        finally:
            store.close()
        return CrawlResult(run_id, status, totals, per_source)
