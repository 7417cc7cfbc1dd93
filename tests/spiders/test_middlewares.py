"""Private-address guard, Retry-After / backoff retries and robots Crawl-delay."""
from __future__ import annotations

import asyncio
import socket
from datetime import datetime, timezone

import pytest
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from scrapy.spiders import Spider
from scrapy.utils.test import get_crawler

from spiders.addresses import is_forbidden_address
from spiders.middlewares import (
    BackoffRetryMiddleware,
    BlockedRequest,
    PrivateAddressMiddleware,
    parse_retry_after,
)

A1 = "/2024/05/openai-releases-gpt-5-preview.html"
A2 = "/2024/05/anthropic-claude-update-announced.html"


# -- unit tests ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("address", "forbidden"),
    [
        ("127.0.0.1", True), ("10.1.2.3", True), ("172.16.0.1", True), ("192.168.1.1", True),
        ("169.254.169.254", True), ("100.64.0.1", True), ("0.0.0.0", True), ("224.0.0.1", True),
        ("240.0.0.1", True), ("::1", True), ("fe80::1", True), ("fd00:ec2::254", True),
        ("::ffff:10.0.0.1", True), ("ff02::1", True), ("2002:0a00:0001::1", True),
        ("93.184.216.34", False), ("8.8.8.8", False), ("2606:4700:4700::1111", False),
    ],
)
def test_is_forbidden_address(address, forbidden):
    assert is_forbidden_address(address) is forbidden


def _guard(allow=()):
    crawler = get_crawler(Spider, {"MODELWIRE_ALLOW_PRIVATE": list(allow)})
    return crawler, PrivateAddressMiddleware.from_crawler(crawler)


def test_private_guard_blocks_ip_literals_and_schemes():
    crawler, mw = _guard()
    for url in ("http://127.0.0.1/x", "http://[::1]/x", "http://169.254.169.254/latest/meta-data/"):
        with pytest.raises(BlockedRequest) as info:
            asyncio.run(mw.process_request(Request(url)))
        assert info.value.reason == "private_address" and isinstance(info.value, IgnoreRequest)
    with pytest.raises(BlockedRequest) as info:
        asyncio.run(mw.process_request(Request("ftp://93.184.216.34/file")))
    assert info.value.reason == "scheme"
    assert asyncio.run(mw.process_request(Request("http://93.184.216.34/x"))) is None
    assert crawler.stats.get_value("modelwire/fetch/blocked_private") == 3
    assert crawler.stats.get_value("modelwire/fetch/blocked_scheme") == 1


def test_private_guard_allow_list_addresses_networks_and_hosts():
    _, mw = _guard(["127.0.0.1", "10.0.0.0/8", "intranet.local"])
    assert asyncio.run(mw.process_request(Request("http://127.0.0.1:8080/x"))) is None
    assert asyncio.run(mw.process_request(Request("http://10.9.8.7/x"))) is None
    assert asyncio.run(mw.process_request(Request("http://intranet.local/x"))) is None
    assert mw.policy.blocked_addresses(["127.0.0.2", "93.184.216.34", "::ffff:127.0.0.1"]) == ["127.0.0.2"]


def test_private_guard_checks_resolved_names(monkeypatch):
    _, mw = _guard()

    async def fake_resolve(host, port):
        return {"evil.example": ["93.184.216.34", "10.0.0.5"], "good.example": ["93.184.216.34"]}[host]

    monkeypatch.setattr(mw, "resolve", fake_resolve)
    with pytest.raises(BlockedRequest):
        asyncio.run(mw.process_request(Request("https://evil.example/")))
    assert asyncio.run(mw.process_request(Request("https://good.example/"))) is None


def test_parse_retry_after():
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone.utc)
    assert parse_retry_after(b"7") == 7.0
    assert parse_retry_after("Wed, 01 May 2024 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("Wed, 01 May 2024 11:00:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_backoff_retry_middleware_honours_retry_after_or_gives_up():
    crawler = get_crawler(Spider, {"MODELWIRE_RETRY_AFTER_MAX": 0.5, "MODELWIRE_RETRY_BACKOFF": 0.01})
    crawler.spider = Spider("t")
    crawler.spider.crawler = crawler
    mw = BackoffRetryMiddleware.from_crawler(crawler)
    request = Request("https://x.example/a")
    # asked to wait longer than retry_after_max: retrying sooner would ignore it, so no retry
    response = HtmlResponse(request.url, status=429, headers={"Retry-After": "3600"}, request=request)
    assert mw.retry_after_delay(response) == 3600
    assert asyncio.run(mw.process_response(request, response)) is response
    assert crawler.stats.get_value("modelwire/fetch/retry_after_too_long") == 1
    # within the cap: retried, the wait counted from when the answer arrived (0.3 s ago here)
    import time

    request.meta["modelwire_answered_at"] = time.monotonic() - 0.3
    response = HtmlResponse(request.url, status=503, headers={"Retry-After": "1"}, request=request)
    mw.retry_after_max = 2
    t0 = time.monotonic()
    retry = asyncio.run(mw.process_response(request, response))
    assert isinstance(retry, Request) and retry.meta["retry_times"] == 1
    assert 0.6 <= time.monotonic() - t0 < 0.95
    assert crawler.stats.get_value("modelwire/fetch/retry_after") == 1
    ok = HtmlResponse(request.url, status=200, request=request)
    assert asyncio.run(mw.process_response(request, ok)) is ok


# -- crawls ---------------------------------------------------------------------

def test_crawl_without_allow_private_is_blocked(crawl, mockserver):
    base = mockserver.url
    since = len(mockserver.log)
    r = crawl({"kind": "feed", "urls": [f"{base}/feed.rss", "ftp://127.0.0.1/feed.rss"]},
              options={"allow_private": []})
    assert not r.pages() and not mockserver.requests(since=since)
    reasons = {(e["url"], e["event"], e["reason"]) for e in r.events()}
    assert reasons == {(f"{base}/feed.rss", "blocked", "private_address"),
                       ("ftp://127.0.0.1/feed.rss", "blocked", "scheme")}
    assert r.stats["test"]["modelwire/fetch/blocked_private"] >= 1


def _localhost_is_ipv4_loopback() -> bool:
    try:
        return any(info[4][0] == "127.0.0.1" for info in socket.getaddrinfo("localhost", 80))
    except OSError:
        return False


@pytest.mark.skipif(not _localhost_is_ipv4_loopback(), reason="localhost does not resolve to 127.0.0.1")
def test_redirect_to_private_address_is_blocked(crawl, mockserver):
    port = mockserver.url.rsplit(":", 1)[1]
    start = f"http://localhost:{port}/redirect-to?url=http://127.0.0.1:{port}{A1}"
    r = crawl({"kind": "page", "urls": [start]}, options={"allow_private": ["localhost"]})
    [event] = r.events()
    assert (event["url"], event["event"], event["reason"]) == (start, "blocked", "private_address")
    assert A1 not in r.paths and any(p.startswith("/redirect-to") for p in r.paths)


def test_retry_after_is_honoured_and_capped(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "page", "urls": [f"{base}/retry-after/1", f"{base}/retry-after/30"]},
              options={"retry_after_max": 1.5})
    hits = {p: [x["time"] for x in r.requests if x["path"] == p] for p in ("/retry-after/1", "/retry-after/30")}
    # second request after >= the stated 1 s; a 30 s wait is over the 1.5 s cap: not retried
    assert len(hits["/retry-after/1"]) == 2 and len(hits["/retry-after/30"]) == 1
    assert hits["/retry-after/1"][1] - hits["/retry-after/1"][0] >= 1.0 - 0.02
    assert len(r.pages()) == 1 and r.stats["test"]["modelwire/fetch/retry_after"] == 1
    assert r.stats["test"]["modelwire/fetch/retry_after_too_long"] == 1
    assert [e["reason"] for e in r.events("failed")] == ["http_429"]


def test_robots_crawl_delay_is_applied(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "page", "urls": [f"{base}{A1}", f"{base}{A2}"]},
              options={"user_agent": "slowbot/1.0 (+https://example.org)"})
    times = sorted(x["time"] for x in r.requests if x["path"] in (A1, A2, "/robots.txt"))
    # robots.txt first, then each article at least the Crawl-delay after the request before
    assert len(times) == 3 and all(b - a >= 1.0 - 0.02 for a, b in zip(times, times[1:]))
    assert r.stats["test"]["modelwire/fetch/crawl_delay_wait"] == 2
