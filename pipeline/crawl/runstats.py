"""Counts what happened to every URL of a crawl, per source, into ``crawl_run_sources``.

A Scrapy extension: it listens to ``item_scraped`` / ``item_dropped`` and, when a source's
spider closes, writes that source's row (so a crash later in the run keeps the finished
sources' counts). It also prints a progress line now and then.
"""
from __future__ import annotations

import logging
import sys
import time
from collections import Counter

from scrapy import signals
from scrapy.exceptions import NotConfigured

from pipeline.crawl.pipelines import ExtractedArticle
from spiders.items import CrawlEvent, FeedState, FetchedPage

log = logging.getLogger(__name__)

# Shared by every source's recorder in this process, for one progress line over all of them.
_TOTALS: Counter = Counter()
_LAST_PRINT = [0.0]
PROGRESS_EVERY = 5.0  # seconds


# Spider stats that are not one URL's outcome but say something was cut or could not be read;
# kept in the run's reasons as "noted:<name>" so a run that lost fields or entries says so.
NOTED_STATS = {
    "modelwire/crawl/bad_date": "bad_date",
    "modelwire/crawl/entries_capped": "entries_capped",
    "modelwire/crawl/skipped/too_old": "too_old",
    "modelwire/crawl/skipped/run_cap": "run_cap",
    "modelwire/crawl/sitemap_truncated": "sitemap_truncated",
    "modelwire/fetch/robots_truncated": "robots_truncated",
    "modelwire/fetch/retry_after_too_long": "retry_after_too_long",
}


def classify_drop(message: str) -> tuple[str, str]:
    """``"skipped:off_topic https://…"`` → ("skipped", "off_topic")."""
    head = (message or "").split(" ", 1)[0]
    kind, _, reason = head.partition(":")
    if kind not in ("skipped", "failed"):
        return "failed", "dropped"
    return kind, reason or "unknown"


class RunRecorder:
    def __init__(self, crawler):
        s = crawler.settings
        self.run_id = s.getint("MODELWIRE_RUN_ID")
        self.db_path = s.get("MODELWIRE_DB")
        if not self.run_id or not self.db_path:
            raise NotConfigured("no crawl run to record")
        self.progress = s.getbool("MODELWIRE_PROGRESS", True)
        self.crawler = crawler
        self.counts: Counter = Counter()
        self.reasons: Counter = Counter()
        self.started = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        from pipeline.store.db import utcnow

        self.started = utcnow()

    def _bump(self, key: str, reason: str | None = None) -> None:
        self.counts[key] += 1
        _TOTALS[key] += 1
        if reason:
            self.reasons[f"{key}:{reason}"] += 1
        self._maybe_print()

    def item_scraped(self, item, response=None, spider=None):
        if isinstance(item, ExtractedArticle):
            self.counts["fetched"] += 1
            _TOTALS["fetched"] += 1
            outcome = item.outcome or "unknown"
            self._bump(outcome, {"unchanged": "same_text", "duplicate": item.duplicate_kind}.get(outcome))
        elif isinstance(item, CrawlEvent):
            key = {"failed": "failed", "blocked": "blocked", "unchanged": "unchanged",
                   "not_modified": "unchanged"}.get(item.event, "skipped")
            self._bump(key, item.reason or item.event)
            if item.event == "failed":
                log.info("failed %s: %s %s", item.url, item.reason, item.detail)
        elif isinstance(item, FeedState):
            pass

    def item_dropped(self, item, response=None, exception=None, spider=None):
        kind, reason = classify_drop(str(exception))
        if isinstance(item, (ExtractedArticle, FetchedPage)):
            self.counts["fetched"] += 1
            _TOTALS["fetched"] += 1
        self._bump(kind, reason)

    def spider_closed(self, spider, reason):
        from pipeline.store.db import open_db, utcnow

        stats = self.crawler.stats.get_stats()
        for key, name in NOTED_STATS.items():
            if stats.get(key):
                self.reasons[f"noted:{name}"] = stats[key]
        row = dict(self.counts)
        row.update(
            started_at=self.started,
            finished_at=utcnow(),
            finish_reason=reason,
            requests=stats.get("downloader/request_count", 0),
            http_403=stats.get("downloader/response_status_count/403", 0),
            http_429=stats.get("downloader/response_status_count/429", 0),
            reasons=dict(self.reasons),
        )
        name = (getattr(spider, "source", None) or {}).get("name") or spider.name
        store = open_db(self.db_path)
        try:
            store.save_run_source(self.run_id, name, row)
        finally:
            store.close()
        if self.progress:
            print(
                f"  {name}: done ({reason}) - {row.get('new', 0)} new, {row.get('updated', 0)} updated, "
                f"{row.get('duplicate', 0)} duplicate, {row.get('skipped', 0) + row.get('unchanged', 0)} skipped, "
                f"{row.get('failed', 0) + row.get('blocked', 0)} failed",
                file=sys.stderr, flush=True,
            )

    def _maybe_print(self) -> None:
        if not self.progress:
            return
        now = time.monotonic()
        if now - _LAST_PRINT[0] < PROGRESS_EVERY:
            return
        _LAST_PRINT[0] = now
        t = _TOTALS
        print(
            f"  … {t['fetched']} pages: {t['new']} new, {t['updated']} updated, {t['duplicate']} duplicate, "
            f"{t['skipped'] + t['unchanged']} skipped, {t['failed'] + t['blocked']} failed",
            file=sys.stderr, flush=True,
        )
