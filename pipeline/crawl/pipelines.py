"""Scrapy item pipelines: fetched pages become stored articles.

``ExtractPipeline`` → ``RelevancePipeline`` → ``StorePipeline``. Each step either returns the
item or raises ``DropItem`` whose message starts with ``skipped:<reason>`` or
``failed:<reason>``; ``pipeline.crawl.runstats.RunRecorder`` counts both per source.

Storing goes through a small ``ArticleSink`` interface, so that a distributed crawl can hand
items to a queue instead of writing the database from every crawler
(``MODELWIRE_SINK = "package.module:Class"``).
"""
from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from typing import Any, Protocol

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.logformatter import LogFormatter

from pipeline.crawl.relevance import RelevanceFilter
from spiders.items import CrawlEvent, FeedState, FetchedPage

log = logging.getLogger(__name__)


@dataclass
class ExtractedArticle:
    """A fetched page with its extracted record; ``outcome`` is set once stored."""

    page: FetchedPage
    record: dict[str, Any]
    outcome: str | None = None
    article_id: int | None = None
    duplicate_kind: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.page.source


class ArticleSink(Protocol):
    """Where extracted articles go. ``put_article`` returns new/updated/unchanged/duplicate."""

    def open(self) -> None: ...
    def put_article(self, item: ExtractedArticle) -> str: ...
    def put_feed_state(self, state: FeedState) -> None: ...
    def close(self) -> None: ...


class SQLiteSink:
    """The default sink: writes straight into the modelwire database."""

    def __init__(self, settings):
        self.path = settings.get("MODELWIRE_DB")
        if not self.path:
            raise NotConfigured("MODELWIRE_DB is not set")
        self.store = None

    def open(self) -> None:
        from pipeline.store.db import open_db

        self.store = open_db(self.path)

    def put_article(self, item: ExtractedArticle) -> str:
        from pipeline.extract.page import EXTRACTOR_VERSION

        page = item.page
        result = self.store.store_article(
            item.record,
            source=page.source,
            html=page.body,
            final_url=page.final_url,
            requested_urls=[page.url, *page.redirect_urls],
            status=page.status,
            content_type=page.headers.get("content-type"),
            encoding=page.encoding,
            hints=page.hints,
            fetched_at=page.fetched_at or None,
            extractor_version=EXTRACTOR_VERSION,
            precomputed=item.extra.get("precomputed"),
        )
        item.article_id = result.article_id
        item.duplicate_kind = result.duplicate_kind
        return result.outcome

    def put_feed_state(self, state: FeedState) -> None:
        self.store.save_http_state(state.source, state.url, state.etag, state.last_modified, state.status)

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def load_object(path: str):
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class ExtractPipeline:
    """FetchedPage → ExtractedArticle; pages that are not articles are skipped, with the reason.

    Extraction runs in ``MODELWIRE_EXTRACT_WORKERS`` worker processes (default: up to 2, one per
    core; 0 = in this process), so it does not serialize the crawl on the reactor thread; see
    ``pipeline.crawl.workers``.
    """

    def __init__(self, workers: int = 0):
        self.n_workers = max(0, int(workers))
        self.workers = None

    @classmethod
    def from_crawler(cls, crawler):
        from pipeline.crawl.workers import SETTING
        from pipeline.processes import default_workers

        value = crawler.settings.get(SETTING)
        return cls(default_workers() if value in (None, "") else int(value))

    def open_spider(self, spider=None):
        if self.n_workers:
            from pipeline.crawl.workers import acquire

            self.workers = acquire(self.n_workers)

    async def close_spider(self, spider=None):
        if self.workers is not None:
            from scrapy.utils.defer import maybe_deferred_to_future

            from pipeline.crawl.workers import release

            workers, self.workers = self.workers, None
            await maybe_deferred_to_future(release(workers))  # the workers have exited

    async def process_item(self, item, spider=None):
        if not isinstance(item, FetchedPage):
            return item
        url = item.final_url or item.url
        if self.workers is None:
            from pipeline.extract.page import extract

            try:
                record = extract(item.body, url, hints=item.hints, encoding=item.encoding)
            except Exception as e:  # extraction must never stop a crawl
                log.exception("extraction failed for %s", item.final_url)
                raise DropItem(f"failed:extract_error {item.final_url}: {e}") from None
            return self._article(item, record)
        from scrapy.utils.defer import maybe_deferred_to_future

        ok, value = await maybe_deferred_to_future(self.workers.extract(item.body, url, item.hints, item.encoding))
        if not ok:
            log.error("extraction failed for %s: %s", item.final_url, value)
            raise DropItem(f"failed:extract_error {item.final_url}: {value}")
        record, precomputed = value
        article = self._article(item, record)
        article.extra["precomputed"] = precomputed
        return article

    @staticmethod
    def _article(item, record):
        page_type = record.get("page_type") or "article"
        if urlsplit(item.final_url or item.url).path in ("", "/"):
            page_type = "not_article"  # a site's home page lists articles; it is never one
        if page_type != "article":
            raise DropItem(f"skipped:{page_type} {item.final_url}")
        if not (record.get("text") or "").strip():
            raise DropItem(f"skipped:empty {item.final_url}")
        return ExtractedArticle(page=item, record=record)


class RelevancePipeline:
    """Drops articles that are not about AI (unless MODELWIRE_ALL_TOPICS)."""

    def __init__(self, settings):
        self.all_topics = settings.getbool("MODELWIRE_ALL_TOPICS")
        self.filter = RelevanceFilter(
            extra_terms=tuple(settings.getlist("MODELWIRE_RELEVANCE_TERMS")),
            min_hits=settings.getint("MODELWIRE_RELEVANCE_MIN_HITS", 2),
        )

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings)

    def process_item(self, item, spider=None):
        if not isinstance(item, ExtractedArticle) or self.all_topics:
            return item
        if not self.filter.is_relevant(item.record.get("title") or "", item.record.get("text") or ""):
            raise DropItem(f"skipped:off_topic {item.page.final_url}")
        return item


class StorePipeline:
    """Hands articles and feed validators to the sink; sets ``item.outcome``."""

    def __init__(self, sink: ArticleSink):
        self.sink = sink

    @classmethod
    def from_crawler(cls, crawler):
        sink_path = crawler.settings.get("MODELWIRE_SINK")
        sink_cls = load_object(sink_path) if sink_path else SQLiteSink
        return cls(sink_cls(crawler.settings))

    def open_spider(self, spider=None):
        self.sink.open()

    def close_spider(self, spider=None):
        self.sink.close()

    def process_item(self, item, spider=None):
        if isinstance(item, ExtractedArticle):
            try:
                item.outcome = self.sink.put_article(item)
            except Exception as e:
                log.exception("storing %s failed", item.page.final_url)
                raise DropItem(f"failed:store_error {item.page.final_url}: {e}") from None
        elif isinstance(item, FeedState):
            self.sink.put_feed_state(item)
        elif not isinstance(item, CrawlEvent):
            log.warning("unexpected item type %s", type(item).__name__)
        return item


def _debug_shown(name: str) -> bool:
    """Whether a DEBUG record of logger ``name`` would reach any handler at all.

    Scrapy leaves its loggers at DEBUG and filters in its handler (at ``LOG_LEVEL``), so its
    per-page DEBUG lines were built, formatted into a record and thrown away: two per article."""
    logger = logging.getLogger(name)
    if not logger.isEnabledFor(logging.DEBUG):
        return False
    found = False
    while logger is not None:
        for handler in logger.handlers:
            found = True
            if handler.level <= logging.DEBUG:
                return True
        if not logger.propagate:
            break
        logger = logger.parent
    # no handler at all: logging's last resort takes the record (it drops below WARNING by default)
    return not found and logging.lastResort is not None and logging.lastResort.level <= logging.DEBUG


class QuietLogFormatter(LogFormatter):
    """Skipped pages are part of normal operation: log them at DEBUG, by URL, not as item dumps.
    Per-page DEBUG lines that no handler would show are not made at all."""

    def crawled(self, request, response, spider=None):
        if not _debug_shown("scrapy.core.engine"):
            return None
        return super().crawled(request, response, spider)

    def dropped(self, item, exception, response, spider=None):
        if not _debug_shown("scrapy.core.scraper"):
            return None
        return {"level": logging.DEBUG, "msg": "Dropped: %(exception)s", "args": {"exception": exception}}

    def scraped(self, item, response, spider=None):
        if not _debug_shown("scrapy.core.scraper"):
            return None
        url = getattr(getattr(item, "page", None), "final_url", None) or getattr(item, "url", "")
        return {"level": logging.DEBUG, "msg": "Scraped %(kind)s %(url)s",
                "args": {"kind": type(item).__name__, "url": url}}


ITEM_PIPELINES = {
    "pipeline.crawl.pipelines.ExtractPipeline": 100,
    "pipeline.crawl.pipelines.RelevancePipeline": 200,
    "pipeline.crawl.pipelines.StorePipeline": 300,
}
