"""The generated benchmark site: deterministic, realistic sizes, served only on 127.0.0.1."""
from __future__ import annotations

import urllib.request

import lxml.etree
import pytest

from bench.sitegen import MAX_BYTES, MIN_BYTES, Site, SiteServer


def test_pages_are_deterministic_and_sized_like_news_pages():
    site = Site(300, base="http://127.0.0.1:9")
    pages = [site.page(n) for n in range(0, 300, 15)]
    assert pages[3] == Site(300, base="http://127.0.0.1:9").page(45)
    assert all(MIN_BYTES - 2000 <= len(p) <= MAX_BYTES + 2000 for p in pages)
    assert len({p for p in pages}) == len(pages)
    assert b'"@type": "NewsArticle"' in pages[0] and b"article:published_time" in pages[0]


def test_paths_round_trip_and_unknown_paths_are_404():
    site = Site(50)
    assert [site.number(site.path(n)) for n in range(50)] == list(range(50))
    assert site.get("/news/2025/01/nope-3.html")[0] == 404
    assert site.get("/news/2099/01/x-999.html")[0] == 404
    assert site.get("/sitemap-7.xml")[0] == 404


def test_sitemaps_list_every_article_once():
    site = Site(2500, base="http://127.0.0.1:9")
    index = lxml.etree.fromstring(site.get("/sitemap.xml")[2])
    children = [e.text for e in index.iter("{*}loc")]
    assert len(children) == 3
    locs = []
    for url in children:
        doc = lxml.etree.fromstring(site.get(url.replace(site.base, ""))[2])
        locs += [e.text for e in doc.iter("{*}loc")]
    assert locs == [site.url(n) for n in range(2500)]


def test_extracts_as_distinct_relevant_articles():
    from pipeline.store import dedup
    from pipeline.extract.page import extract
    from pipeline.crawl.relevance import RelevanceFilter

    site = Site(40, base="http://127.0.0.1:9")
    records = [extract(site.page(n), site.url(n)) for n in range(0, 40, 4)]
    assert all(r["page_type"] == "article" and r["word_count"] > 500 for r in records)
    assert all(r["published"] and r["title"] for r in records)
    assert all(RelevanceFilter().is_relevant(r["title"], r["text"]) for r in records)
    hashes = [dedup.simhash(r["text"]) for r in records]
    assert not any(dedup.is_near_duplicate(a, b) for i, a in enumerate(hashes) for b in hashes[i + 1:])


def test_server_listens_on_loopback_only():
    with pytest.raises(ValueError):
        SiteServer(10, host="0.0.0.0")
    with SiteServer(10) as srv:
        assert srv.base.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(srv.base + "/robots.txt", timeout=10) as r:
            assert f"Sitemap: {srv.base}/sitemap.xml" in r.read().decode()
        with urllib.request.urlopen(srv.site.url(7), timeout=10) as r:
            assert r.headers["Content-Type"].startswith("text/html") and len(r.read()) >= MIN_BYTES
