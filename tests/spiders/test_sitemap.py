"""SitemapSpider: index, urlset, Google News, gzip, loops, robots.txt, incremental lastmod."""
from __future__ import annotations

from spiders.sitemap import parse_sitemap_xml

A1 = "/2024/05/openai-releases-gpt-5-preview.html"
A2 = "/2024/05/anthropic-claude-update-announced.html"
A3 = "/2024/06/google-gemini-benchmark-results.html"
A4 = "/2024/06/meta-llama-open-weights-release.html"
A5 = "/2024/06/mistral-raises-new-funding-round.html"
A6 = "/2024/07/deepmind-alphafold-successor-paper.html"


def test_sitemap_index_urlset_news_and_gzip(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "sitemap", "urls": [f"{base}/sitemap_index.xml"]})
    pages = r.pages()
    assert set(pages) == {f"{base}{a}" for a in (A1, A2, A3, A4, A5, A6)}
    assert all(p["via"] == "sitemap" for p in pages.values())
    assert pages[f"{base}{A1}"]["hints"] == {"modified": "2024-05-03T00:00:00+00:00", "date_source": "sitemap"}
    assert pages[f"{base}{A2}"]["hints"]["modified"] == "2024-05-11T08:00:00+00:00"
    assert pages[f"{base}{A4}"]["hints"] == {
        "title": "Meta releases Llama open weights",
        "published": "2024-06-05T10:00:00+00:00",
        "date_source": "sitemap",
    }
    assert pages[f"{base}{A5}"]["hints"]["published"] == "2024-06-20T00:00:00+00:00"
    # the gzipped child sitemap was read
    assert pages[f"{base}{A6}"]["hints"]["modified"] == "2024-07-04T10:00:00+00:00"
    states = {s["url"].replace(base, ""): s["entries"] for s in r.of("FeedState")}
    assert states == {"/sitemap_index.xml": 3, "/sitemap-articles.xml": 3, "/news-sitemap.xml": 2,
                      "/sitemap-archive.xml.gz": 1}


def test_sitemap_index_loop_guard(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "sitemap", "urls": [f"{base}/sitemap-loop.xml"]})
    assert r.count("/sitemap-loop.xml") == 1 and r.count("/sitemap-loop-2.xml") == 1
    assert set(r.pages()) == {f"{base}{a}" for a in (A1, A2, A3)}
    assert r.stats["test"]["modelwire/crawl/sitemap_loop"] == 2


def test_sitemap_from_robots_txt(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "sitemap", "urls": [f"{base}/robots.txt"]})
    assert r.count("/sitemap_index.xml") == 1
    assert len(r.pages()) == 6


def test_sitemap_incremental_lastmod(crawl, mockserver):
    base = mockserver.url
    known = {
        f"{base}{A1}": {"modified": "2024-05-03T00:00:00+00:00"},   # same lastmod -> skipped
        f"{base}{A2}": {"modified": "2024-05-01T00:00:00+00:00"},   # lastmod newer -> fetched
        f"{base}{A3}": {"modified": "2024-07-01T00:00:00+00:00"},   # known is newer -> skipped
    }
    r = crawl({"kind": "sitemap", "urls": [f"{base}/sitemap-articles.xml"]}, known=known)
    assert set(r.pages()) == {f"{base}{A2}"}
    assert {e["url"] for e in r.events("unchanged")} == {f"{base}{A1}", f"{base}{A3}"}
    assert r.count(A1) == 0 and r.count(A3) == 0 and r.count(A2) == 1


def test_sitemap_follow_pattern_and_304(crawl, mockserver):
    base = mockserver.url
    first = crawl({"kind": "sitemap", "urls": [f"{base}/news-sitemap.xml"], "follow_pattern": "llama"})
    assert set(first.pages()) == {f"{base}{A4}"}
    [state] = first.of("FeedState")
    r = crawl({"kind": "sitemap", "urls": [f"{base}/news-sitemap.xml"]},
              http_state={f"{base}/news-sitemap.xml": {"etag": state["etag"]}})
    assert [e["event"] for e in r.items] == ["not_modified"]


def test_parse_sitemap_xml_news_and_truncation():
    body = b"""<?xml version="1.0"?>
    <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
            xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc> https://a.example/1 </loc><lastmod>2024-01-01</lastmod>
        <news:news><news:publication_date>2024-01-01T10:00:00Z</news:publication_date>
        <news:title>One</news:title></news:news></url>
      <url><loc>https://a.example/2</loc></url>
      <url><loc>https://a.example/3</loc></url>
    </urlset>"""
    root, entries, truncated = parse_sitemap_xml(body, max_entries=2)
    assert root == "urlset" and truncated
    assert entries == [
        {"loc": "https://a.example/1", "lastmod": "2024-01-01",
         "news_publication_date": "2024-01-01T10:00:00Z", "news_title": "One"},
        {"loc": "https://a.example/2"},
    ]


def test_parse_sitemap_xml_rejects_entities_and_junk():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>
    <urlset><url><loc>https://a.example/&b;</loc></url></urlset>"""
    root, entries, _ = parse_sitemap_xml(bomb)
    assert root == "urlset" and all("aaaa" not in e["loc"] for e in entries)
    assert parse_sitemap_xml(b"")[0] == ""
    assert parse_sitemap_xml(b"<html><body>hi</body></html>")[0] == "html"


def test_sitemap_size_limits(crawl, mockserver):
    base = mockserver.url
    jobs = [
        {"source": {"name": "entries", "kind": "sitemap", "urls": [f"{base}/sitemap-articles.xml"]}},
        {"source": {"name": "files", "kind": "sitemap", "urls": [f"{base}/sitemap_index.xml"]}},
    ]
    r = crawl(jobs=jobs, settings={"MODELWIRE_SITEMAP_MAX_ENTRIES": 2, "MODELWIRE_SITEMAP_MAX_FILES": 2})
    assert r.stats["entries"]["modelwire/crawl/page"] == 2
    assert r.stats["entries"]["modelwire/crawl/sitemap_truncated"] == 1
    assert r.stats["files"]["modelwire/crawl/sitemap_limit"] == 1   # index + 1 child, then stop
    assert r.count("/sitemap_index.xml") == 1 and r.count("/sitemap-archive.xml.gz") == 0
