"""crawl_settings and spider_class."""
from __future__ import annotations

import pytest

from spiders.auto import AutoSpider
from spiders.feed import FeedSpider
from spiders.process import spider_class
from spiders.settings import crawl_settings


def test_crawl_settings_defaults_are_polite():
    s = crawl_settings({})
    # the pace per host is spiders.pace's (process-wide), not Scrapy's per-crawler delay
    assert s["ROBOTSTXT_OBEY"] is True and s["AUTOTHROTTLE_ENABLED"] is False
    assert s["CONCURRENT_REQUESTS_PER_DOMAIN"] == 2 and s["CONCURRENT_REQUESTS"] == 32
    assert s["MODELWIRE_HOST_DELAY"] == 1.0 and s["DOWNLOAD_DELAY"] == 0
    assert s["DOWNLOAD_TIMEOUT"] == 30 and s["DOWNLOAD_MAXSIZE"] == 10 * 1024 * 1024
    assert s["RETRY_TIMES"] == 2 and s["REDIRECT_MAX_TIMES"] == 5
    assert s["TELNETCONSOLE_ENABLED"] is False and s["HTTPCACHE_ENABLED"] is False
    assert s["REQUEST_FINGERPRINTER_IMPLEMENTATION"] == "2.7"
    assert s["USER_AGENT"].startswith("modelwire/0.1 (+")
    assert s["MODELWIRE_ALLOW_PRIVATE"] == []
    mws = s["DOWNLOADER_MIDDLEWARES"]
    assert mws["spiders.middlewares.PrivateAddressMiddleware"] < mws["spiders.middlewares.SharedRobotsTxtMiddleware"]
    assert mws["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] is None
    # the pace gate is the last thing before the download (after robots.txt, retries, redirects)
    assert mws["spiders.pace.HostPaceMiddleware"] > max(v for k, v in mws.items() if v and k != "spiders.pace.HostPaceMiddleware")


def test_crawl_settings_options():
    s = crawl_settings({"contact_url": "https://me.example/bot", "allow_private": ["10.0.0.0/8"],
                        "download_delay": 0, "timeout": 5, "max_size": 1000, "retry_after_max": 3,
                        "log_level": "DEBUG", "concurrency": 4, "total_concurrency": 40, "obey_robots": False})
    assert s["USER_AGENT"] == "modelwire/0.1 (+https://me.example/bot)"
    assert s["DOWNLOAD_TIMEOUT"] == 5 and s["DOWNLOAD_MAXSIZE"] == 1000
    assert s["MODELWIRE_RETRY_AFTER_MAX"] == 3 and s["LOG_LEVEL"] == "DEBUG"
    assert s["CONCURRENT_REQUESTS_PER_DOMAIN"] == 4 and s["CONCURRENT_REQUESTS"] == 40
    assert s["ROBOTSTXT_OBEY"] is False and s["MODELWIRE_HOST_DELAY"] == 0
    # total never below per site
    assert crawl_settings({"concurrency": 4, "total_concurrency": 2})["CONCURRENT_REQUESTS"] == 4
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
