"""Issue 16, spider side: large feeds read incrementally and capped newest first, the per-run cap,
generic pagination, port-bound address allowances, a proxy, and callbacks that raise."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from scrapy.http import HtmlResponse, Request, XmlResponse
from scrapy.utils.test import get_crawler

from spiders.addresses import AddressPolicy, parse_allowance
from spiders.base import newest
from spiders.feed import FeedSpider
from spiders.listing import next_page_href, page_number
from spiders.middlewares import ParseErrorMiddleware
from spiders.sitemap import parse_sitemap_xml


def _feed(n: int) -> HtmlResponse:
    """RSS of ``n`` items, item ``i`` published ``i`` minutes after 2025-01-01, in a shuffled order."""
    import random
    from email.utils import format_datetime

    order = list(range(n))
    random.Random(16).shuffle(order)
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    items = "".join(f"<item><title>Item {i}</title><link>https://x.example/story?item={i}</link>"
                    f"<pubDate>{format_datetime(start + timedelta(minutes=i), usegmt=True)}</pubDate></item>"
                    for i in order)
    url = "https://x.example/feed.xml"
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title>{items}</channel></rss>'
    return XmlResponse(url, body=body.encode(), request=Request(url, meta={"modelwire_url": url}))


def _spider(settings: dict) -> FeedSpider:
    crawler = get_crawler(FeedSpider, settings)
    spider = FeedSpider(source={"name": "s", "urls": ["https://x.example/feed.xml"]})
    spider.crawler = crawler
    return spider


@pytest.mark.parametrize("n, streamed", [(300, True), (30, False)])
def test_feed_entries_newest_first_capped_per_document_and_run(n, streamed):
    # 300 items (~33 KB) are over the stream size and read incrementally; 30 (~3 KB) by feedparser
    spider = _spider({"MODELWIRE_FEED_STREAM_SIZE": 20_000, "MODELWIRE_MAX_ENTRIES": 20,
                      "MODELWIRE_MAX_ARTICLES": 15})
    out = list(spider.feed_items(_feed(n)))
    stats = spider.crawler.stats
    assert bool(stats.get_value("modelwire/crawl/feed_streamed")) is streamed
    assert stats.get_value("modelwire/crawl/entries_capped") == n - 20
    # of the 20 newest entries kept, the run cap lets the 15 newest be requested, newest first
    assert stats.get_value("modelwire/crawl/skipped/run_cap") == 5
    requested = [int(r.url.rsplit("=", 1)[1]) for r in out if isinstance(r, Request)]
    assert requested == list(range(n - 1, n - 16, -1))
    assert out[-1].entries == 20 and out[-1].status == 200   # the FeedState, validators included


def test_newest_keeps_the_newest_in_bounded_memory():
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    entries = [(i, start + timedelta(minutes=(i * 37) % 101)) for i in range(101)] + [(200, None), (201, None)]
    kept, total = newest(iter(entries), 5, lambda e: e[1])
    assert total == 103 and [e[1] for e in kept] == sorted((e[1] for e in entries[:101]), reverse=True)[:5]
    kept, _ = newest(iter([(1, None), (2, None), (3, None)]), 2, lambda e: e[1])
    assert kept == [(1, None), (2, None)]   # undated: document order


def test_sitemap_keeps_the_newest_entries():
    body = ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>https://a.example/{d}</loc><lastmod>2025-01-{d:02d}</lastmod></url>"
                      for d in (3, 17, 1, 28, 9, 0))   # day 0: a bad date, the entry stays (undated)
            + "</urlset>").encode()
    root, entries, truncated = parse_sitemap_xml(body, max_entries=3)
    assert root == "urlset" and truncated
    assert [e["loc"] for e in entries] == ["https://a.example/28", "https://a.example/17", "https://a.example/9"]
    _, entries, _ = parse_sitemap_xml(body, max_entries=10)
    assert entries[-1] == {"loc": "https://a.example/0", "lastmod": "2025-01-00"}


def _page(url: str, body: str) -> HtmlResponse:
    return HtmlResponse(url, body=f"<html><head></head><body>{body}</body></html>".encode(), encoding="utf-8")


@pytest.mark.parametrize("url, body, expected", [
    ("https://x.example/c/", '<a class="next" href="/c/page/2/">»</a>', "/c/page/2/"),
    ("https://x.example/c/", '<li class="pagination-next"><a href="/c/p2">go</a></li>', "/c/p2"),
    ("https://x.example/c/", '<a class="nav__next" href="/c/older">x</a>', "/c/older"),
    ("https://x.example/c/page/2/", '<a href="/c/">1</a><a href="/c/page/3/">3</a>', "/c/page/3/"),
    ("https://x.example/c/?page=2", '<a href="/c/?page=1">back</a><a href="/c/?page=3">on</a>', "/c/?page=3"),
    ("https://x.example/c/", '<a href="/c/page/2/">two</a>', "/c/page/2/"),
    ("https://x.example/c/", '<a href="/other/page/2/">two</a>', None),        # another listing
    ("https://x.example/c/", '<a class="more-link" href="/2025/01/a-story-about-models">2</a>', None),
])
def test_generic_pagination(url, body, expected):
    assert next_page_href(_page(url, body)) == expected


def test_page_number():
    assert page_number("https://x.example/c/page/7/") == 7
    assert page_number("https://x.example/c/?page=3&x=1") == 3
    assert page_number("https://x.example/c/") == 1


def test_allowance_names_a_port_and_ranges():
    assert parse_allowance("127.0.0.1:8080").port == 8080
    assert parse_allowance("10.0.0.0/8").port is None and parse_allowance("10.0.0.0/8:81").port == 81
    assert parse_allowance("[::1]:8080").port == 8080 and parse_allowance("::1").port is None
    assert parse_allowance("localhost:99").host == "localhost"
    for bad in ("127.0.0.1:0", "127.0.0.1:99999", "[::1]:x", "a b", "[host]:80"):
        with pytest.raises(ValueError):
            parse_allowance(bad)
    policy = AddressPolicy(["127.0.0.1:8080", "10.1.0.0/16", "intranet.example:8443"])
    assert policy.blocked_addresses(["127.0.0.1"], 8080) == []
    assert policy.blocked_addresses(["127.0.0.1"], 8081) == ["127.0.0.1"]
    assert policy.blocked_addresses(["::ffff:127.0.0.1"], 8080) == []
    assert policy.blocked_addresses(["10.1.2.3"], 1) == [] and policy.blocked_addresses(["10.2.0.1"], 1) == ["10.2.0.1"]
    assert policy.host_allowed("intranet.example", 8443) and not policy.host_allowed("intranet.example", 443)


def test_private_targets_refused_before_the_proxy(crawl, mockserver, monkeypatch):
    """With http_proxy set, the feed (a name only the proxy knows) is fetched through the proxy,
    while its articles, on a loopback address, are refused by name before reaching it."""
    for name in ("no_proxy", "NO_PROXY", "https_proxy", "HTTPS_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("http_proxy", mockserver.url)
    r = crawl({"kind": "feed", "urls": ["http://feed.invalid/feed.rss"]}, options={"allow_private": []})
    paths = {x["path"] for x in r.requests}
    assert {"http://feed.invalid/robots.txt", "http://feed.invalid/feed.rss"} <= paths
    # only feed.invalid went to the proxy (its relative links too); the loopback targets did not
    assert all(p.startswith("http://feed.invalid/") for p in paths), paths
    blocked = [e["url"] for e in r.events("blocked")]
    assert blocked and all(u.startswith(mockserver.url) for u in blocked)
    assert all(e["reason"] == "private_address" for e in r.events("blocked"))


def test_a_callback_that_raises_is_a_counted_failure():
    crawler = get_crawler(FeedSpider, {})
    crawler.spider = FeedSpider(source={"name": "s"})
    crawler.spider.crawler = crawler
    mw = ParseErrorMiddleware.from_crawler(crawler)
    request = Request("https://x.example/feed", meta={"modelwire_url": "https://x.example/feed"})
    response = HtmlResponse(request.url, body=b"<rss/>", request=request)
    [event] = mw.process_spider_exception(response, RecursionError("maximum recursion depth exceeded"))
    assert (event.event, event.reason, event.url) == ("failed", "parse_error", "https://x.example/feed")
    assert event.detail.startswith("RecursionError")
    assert crawler.stats.get_value("modelwire/crawl/failed/parse_error") == 1


def test_first_crawl_skips_archive_entries_older_than_backfill_days_but_keeps_the_feeds():
    crawler = get_crawler(FeedSpider, {})
    spider = FeedSpider(source={"name": "s", "first_crawl": True, "backfill_pages": 10, "backfill_days": 30})
    spider.crawler = crawler
    now = datetime.now(timezone.utc)
    aged = (now - timedelta(days=40)).isoformat()
    old = spider.article_request("https://x.example/old-story", {"published": aged, "date_source": "sitemap"})
    new = spider.article_request("https://x.example/new-story", {"published": (now - timedelta(days=3)).isoformat(),
                                                                  "date_source": "sitemap"})
    undated = spider.article_request("https://x.example/undated-story", {})
    in_feed = spider.article_request("https://x.example/old-feed-story", {"published": aged, "date_source": "feed"})
    assert old is None and isinstance(new, Request) and isinstance(undated, Request)
    assert isinstance(in_feed, Request)   # what the feed lists as current is never cut
    assert crawler.stats.get_value("modelwire/crawl/skipped/too_old") == 1
    # a later crawl (no first_crawl) takes what the feed lists, however old
    later = FeedSpider(source={"name": "s", "backfill_days": 30})
    assert isinstance(later.article_request("https://x.example/old-story",
                                            {"published": (now - timedelta(days=40)).isoformat()}), Request)

