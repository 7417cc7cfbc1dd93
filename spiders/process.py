"""Run crawls from plain data; the pipeline stage's entry point into Scrapy.

Twisted's reactor cannot be restarted: call ``run_crawl`` or ``run_discover``
once per process (run a subprocess per crawl if you need more).
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Callable, Iterator

from scrapy import signals
from scrapy.crawler import CrawlerProcess

from spiders.settings import crawl_settings

_KINDS = {
    "feed": "spiders.feed.FeedSpider",
    "sitemap": "spiders.sitemap.SitemapSpider",
    "listing": "spiders.listing.ListingSpider",
    "page": "spiders.page.PageSpider",
    "auto": "spiders.auto.AutoSpider",
    "discover": "spiders.discover.DiscoverSpider",
}


def spider_class(kind: str) -> type:
    """The spider class for a source kind: feed, sitemap, listing, page, auto (or discover)."""
    from scrapy.utils.misc import load_object

    try:
        return load_object(_KINDS[kind])
    except KeyError:
        raise ValueError(f"unknown source kind {kind!r}; expected one of {sorted(_KINDS)}") from None


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


def _unique(name: str, taken: dict) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name}#{n}" in taken:
        n += 1
    return f"{name}#{n}"


@contextmanager
def _interrupt_held_until_started() -> Iterator[Callable[[], None]]:
    """Scrapy installs its Ctrl-C / SIGTERM handlers (first: stop gracefully, second: at once) only
    once the reactor has started; a signal before that would raise KeyboardInterrupt inside one
    crawler's start-up, which Twisted logs as an unhandled error while the other sources go on. Hold
    such a signal and stop the reactor as soon as it runs, before any source is fetched (the caller
    sees sources without a finished record); the handlers that were in place before come back
    afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield lambda: None
        return
    held: list[int] = []
    previous = {sig: signal.signal(sig, lambda signum, _frame: held.append(signum))
                for sig in (signal.SIGINT, signal.SIGTERM)}

    def before_start() -> None:
        from twisted.internet import reactor  # installed by the crawlers' settings by now

        def stop_if_held() -> None:
            if held:   # the crawlers have not started yet: nothing to finish, stop here
                reactor.stop()

        reactor.addSystemEventTrigger("after", "startup", stop_if_held)

    try:
        yield before_start
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def run_crawl(
    jobs: list[dict],
    *,
    options: dict,
    item_pipelines: dict[str, int],
    extra_settings: dict | None = None,
) -> dict[str, dict]:
    """Crawl every job in one blocking ``CrawlerProcess``; return ``{source_name: stats}``.

    Each job is ``{"source": {...}, "known": {...}, "http_state": {...}}`` (see
    ``docs/contracts.md``); its spider is ``spider_class(source["kind"])``.
    Settings are ``crawl_settings(options)`` plus ``ITEM_PIPELINES=item_pipelines``
    plus ``extra_settings``. Stats values that are datetimes come back as ISO
    strings; a repeated source name gets ``#2``, ``#3``... appended.
    """
    settings = crawl_settings(options)
    settings["ITEM_PIPELINES"] = dict(item_pipelines)
    settings.update(extra_settings or {})
    process = CrawlerProcess(settings)
    crawlers: dict[str, Any] = {}
    with _interrupt_held_until_started() as before_start:
        for job in jobs:
            source = dict(job.get("source") or {})
            cls = spider_class(source.get("kind") or "auto")
            crawler = process.create_crawler(cls)
            crawlers[_unique(str(source.get("name") or ""), crawlers)] = crawler
            process.crawl(crawler, source=source, known=job.get("known") or {},
                          http_state=job.get("http_state") or {})
        if crawlers:
            before_start()
            process.start()
    return {
        name: {k: _plain(v) for k, v in (crawler.stats.get_stats() if crawler.stats else {}).items()}
        for name, crawler in crawlers.items()
    }


def run_discover(urls: list[str] | str, *, options: dict, extra_settings: dict | None = None) -> list[Any]:
    """Run ``DiscoverSpider`` on ``urls``; return its items (``DiscoveredSource`` / ``CrawlEvent``)."""
    settings = crawl_settings(options)
    settings.update(extra_settings or {})
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(spider_class("discover"))
    items: list[Any] = []

    def collect(item: Any) -> None:
        items.append(item)

    crawler.signals.connect(collect, signal=signals.item_scraped)
    process.crawl(crawler, source={"name": "", "kind": "discover", "urls": [urls] if isinstance(urls, str) else list(urls)})
    process.start()
    return items
