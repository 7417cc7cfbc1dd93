"""AutoSpider and DiscoverSpider: decide what a URL is and crawl accordingly."""
from __future__ import annotations

import asyncio

from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse

from spiders.discover import looks_like_article_page, root_element, sniff_kind

A1 = "/2024/05/openai-releases-gpt-5-preview.html"


def test_auto_home_page_crawls_its_feeds(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "auto", "urls": [f"{base}/"]})
    assert r.count("/feed.rss") == 1 and r.count("/feed.atom") == 1
    assert not [p for p in r.paths if "sitemap" in p]       # feeds found: no sitemap probing
    assert {p["via"] for p in r.pages().values()} == {"feed"}
    assert len(r.pages()) == 4


def test_auto_single_article_fetches_just_it(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "auto", "urls": [f"{base}{A1}"]})
    assert r.paths == ["/robots.txt", A1]
    [page] = r.of("FetchedPage")
    assert page["url"] == f"{base}{A1}" and page["via"] == "page"


def test_auto_section_without_feeds_uses_sitemaps(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "auto", "urls": [f"{base}/news/"]})
    assert r.count("/sitemap_index.xml") == 1
    assert r.count("/news-sitemap.xml") == 1       # the probe's response was reused
    assert len(r.pages()) == 6 and {p["via"] for p in r.pages().values()} == {"sitemap"}


def test_auto_feed_or_sitemap_url(crawl, mockserver):
    base = mockserver.url
    cases = {"feed": "/feed.rdf", "sitemap": "/sitemap-archive.xml.gz"}
    r = crawl(jobs=[{"source": {"name": via, "kind": "auto", "urls": [f"{base}{path}"]}}
                    for via, path in cases.items()])
    for via, path in cases.items():
        mine = r.only(via)
        assert mine.pages() and {p["via"] for p in mine.pages().values()} == {via}
        assert [s["url"] for s in mine.of("FeedState")] == [f"{base}{path}"]


def test_discover_finds_feeds_and_sitemaps(crawl, mockserver):
    base = mockserver.url
    r = crawl(mode="discover", urls=[f"{base}/", f"{base}/feed.atom", f"{base}{A1}"])
    found = {d["url"]: d for d in r.of("DiscoveredSource")}
    home = found[f"{base}/"]
    assert home["feeds"] == [f"{base}/feed.rss", f"{base}/feed.atom"]
    assert home["sitemaps"] == [f"{base}/sitemap_index.xml", f"{base}/news-sitemap.xml"]
    assert home["listing"] is True and home["title"] == "Fixture AI News" and home["kind"] == "feed"
    assert found[f"{base}/feed.atom"]["kind"] == "feed"
    assert found[f"{base}/feed.atom"]["title"] == "Fixture AI News (Atom)"
    assert found[f"{base}{A1}"]["kind"] == "page"
    # no article was crawled
    assert not [p for p in r.paths if p.startswith("/2024/") and p != A1]


def test_auto_page_without_feeds_or_sitemaps_is_a_listing(monkeypatch):
    from spiders.auto import AutoSpider

    spider = AutoSpider(source={"name": "s", "kind": "auto", "urls": ["https://x.example/news/"]})

    async def no_sitemaps(url):
        return []

    monkeypatch.setattr(spider, "find_sitemaps", no_sitemaps)
    body = ('<html><head><meta property="og:type" content="website"></head><body>'
            '<a href="/2024/05/first-story-about-models">1</a><a href="/tag/ai">t</a>'
            '<a href="/2024/05/second-story-about-models">2</a><a href="/news/page/2">Older posts</a>'
            "</body></html>")
    response = _html(body, "https://x.example/news/")
    response.request = Request("https://x.example/news/", meta={"modelwire_url": "https://x.example/news/"})

    async def collect():
        return [x async for x in spider.parse_auto(response)]

    out = asyncio.run(collect())
    assert [(r.url, r.meta.get("via")) for r in out] == [
        ("https://x.example/2024/05/first-story-about-models", "listing"),
        ("https://x.example/2024/05/second-story-about-models", "listing"),
        ("https://x.example/news/page/2", None),
    ]


def _html(body: str, url: str = "https://x.example/") -> HtmlResponse:
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", headers={"Content-Type": "text/html"})


def test_sniff_kind():
    assert sniff_kind(XmlResponse("https://x.example/f", body=b'<?xml version="1.0"?>\n<!-- c --><rss version="2.0"/>')) == "feed"
    assert sniff_kind(XmlResponse("https://x.example/f", body=b"<feed xmlns='http://www.w3.org/2005/Atom'/>")) == "feed"
    assert sniff_kind(XmlResponse("https://x.example/f", body=b"<rdf:RDF xmlns:rdf='x'/>")) == "feed"
    assert sniff_kind(XmlResponse("https://x.example/s", body=b"<sitemapindex/>")) == "sitemap"
    assert sniff_kind(TextResponse("https://x.example/robots.txt", body=b"User-agent: *\n")) == "robots"
    assert sniff_kind(_html("<!doctype html><html><body>hi</body></html>")) == "html"
    assert sniff_kind(Response("https://x.example/p", body=b"%PDF-1.4",
                               headers={"Content-Type": "application/pdf"})) == "other"
    assert root_element(b"\xef\xbb\xbf<?xml version='1.0'?><!DOCTYPE x><urlset/>") == "urlset"


def test_looks_like_article_page():
    jsonld = '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": ["NewsArticle"]}]}</script>'
    assert looks_like_article_page(_html(f"<html><head>{jsonld}</head></html>"))
    assert looks_like_article_page(_html('<html><head><meta property="og:type" content="article"></head></html>'))
    assert looks_like_article_page(_html("<html><body><article>" + "word " * 400 + "</article></body></html>"))
    assert not looks_like_article_page(_html("<html><body>" + "<article>short teaser</article>" * 5 + "</body></html>"))
    assert not looks_like_article_page(_html('<html><head><meta property="og:type" content="website"></head></html>'))
    for kind in ("ReportageNewsArticle", "https://schema.org/AdvertiserContentArticle"):  # once misspelt here
        jsonld = f'<script type="application/ld+json">{{"@type": "{kind}"}}</script>'
        assert looks_like_article_page(_html(f"<html><head>{jsonld}</head></html>"))
