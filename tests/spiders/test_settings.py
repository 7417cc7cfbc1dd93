"""crawl_settings and spider_class."""
from __future__ import annotations

import pytest

from spiders.auto import AutoSpider
from spiders.feed import FeedSpider
from spiders.process import spider_class
from spiders.settings import crawl_settings


def test_crawl_settings_defaults_are_polite():
    s = crawl_settings({})
    assert s["ROBOTSTXT_OBEY"] is True and s["AUTOTHROTTLE_ENABLED"] is True
    assert s["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2 and s["DOWNLOAD_DELAY"] == 1.0
    assert s["DOWNLOAD_TIMEOUT"] == 30 and s["DOWNLOAD_MAXSIZE"] == 10 * 1024 * 1024
    assert s["RETRY_TIMES"] == 2 and s["REDIRECT_MAX_TIMES"] == 5
    assert s["TELNETCONSOLE_ENABLED"] is False and s["HTTPCACHE_ENABLED"] is False
    assert s["REQUEST_FINGERPRINTER_IMPLEMENTATION"] == "2.7"
    assert s["USER_AGENT"].startswith("modelwire/0.1 (+")
    assert s["MODELWIRE_ALLOW_PRIVATE"] == []
    mws = s["DOWNLOADER_MIDDLEWARES"]
    assert mws["spiders.middlewares.PrivateAddressMiddleware"] < 100 < mws["spiders.middlewares.CrawlDelayMiddleware"]


def test_crawl_settings_options():
    s = crawl_settings({"contact_url": "https://me.example/bot", "allow_private": ["10.0.0.0/8"],
                        "download_delay": 0, "timeout": 5, "max_size": 1000, "retry_after_max": 3,
                        "log_level": "DEBUG", "concurrency": 4, "obey_robots": False})
    assert s["USER_AGENT"] == "modelwire/0.1 (+https://me.example/bot)"
    assert s["DOWNLOAD_DELAY"] == 0 and s["DOWNLOAD_TIMEOUT"] == 5 and s["DOWNLOAD_MAXSIZE"] == 1000
    assert s["MODELWIRE_RETRY_AFTER_MAX"] == 3 and s["LOG_LEVEL"] == "DEBUG"
    assert s["CONCURRENT_REQUESTS"] == 4 and s["ROBOTSTXT_OBEY"] is False
    assert s["MODELWIRE_ALLOW_PRIVATE"] == ["10.0.0.0/8"]
    assert crawl_settings({"user_agent": "x/1"})["USER_AGENT"] == "x/1"


def test_spider_class():
    assert spider_class("feed") is FeedSpider and spider_class("auto") is AutoSpider
    with pytest.raises(ValueError):
        spider_class("nope")


def test_spider_accepts_json_arguments():
    spider = FeedSpider(source='{"name": "n", "urls": "https://a.example/feed"}',
                        known='{"https://a.example/x": {"modified": null}}')
    assert spider.source_urls == ["https://a.example/feed"] and spider.source_name == "n"
    assert "https://a.example/x" in spider.known
