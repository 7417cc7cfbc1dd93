"""ListingSpider: heuristic and CSS article links, pagination, max_pages, calendar traps."""
from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from spiders.listing import looks_like_article_url, next_page_href

A = [
    "/2024/05/openai-releases-gpt-5-preview.html",
    "/2024/05/anthropic-claude-update-announced.html",
    "/2024/06/google-gemini-benchmark-results.html",
    "/2024/06/meta-llama-open-weights-release.html",
    "/2024/06/mistral-raises-new-funding-round.html",
    "/2024/07/deepmind-alphafold-successor-paper.html",
]


def test_listing_pagination_stops_at_max_pages(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "listing", "urls": [f"{base}/blog/"], "max_pages": 2})
    assert set(r.pages()) == {f"{base}{a}" for a in A[:4]}
    assert [p for p in r.paths if p.startswith("/blog")] == ["/blog/", "/blog/page/2/"]
    page = r.pages()[f"{base}{A[0]}"]
    assert page["via"] == "listing" and page["hints"] == {"title": "OpenAI releases GPT-5 preview"}
    # navigation links (tag, category, author, about, images, other sites) were not fetched
    assert all(p.startswith(("/robots.txt", "/blog", "/2024/")) for p in r.paths)


def test_listing_default_max_pages_follows_all_next_styles(crawl, mockserver):
    base = mockserver.url
    r = crawl({"kind": "listing", "urls": [f"{base}/blog/"]})
    # "Older posts" text, <a rel=next>, <link rel=next>: pages 1..5 (default max_pages 5), not 6
    assert [p for p in r.paths if p.startswith("/blog")] == [
        "/blog/", "/blog/page/2/", "/blog/page/3/", "/blog/page/4/", "/blog/page/5/"]
    assert set(r.pages()) == {f"{base}{a}" for a in A}
    assert r.stats["test"]["modelwire/crawl/listing/max_pages"] == 1


def test_listing_css_selectors_and_calendar_trap(crawl, mockserver):
    base = mockserver.url
    r = crawl(jobs=[
        {"source": {"name": "css", "kind": "listing", "urls": [f"{base}/blog/"],
                    "link_selector": "ul.posts li:first-child a",
                    "next_selector": ".pagination a:last-child::attr(href)", "max_pages": 2}},
        {"source": {"name": "calendar", "kind": "listing", "urls": [f"{base}/calendar/2024-05"], "max_pages": 3}},
    ])
    assert set(r.only("css").pages()) == {f"{base}{A[0]}", f"{base}{A[2]}"}
    # infinite "Older" links stop at max_pages
    assert [p for p in r.paths if p.startswith("/calendar/")] == [
        "/calendar/2024-05", "/calendar/2024-04", "/calendar/2024-03"]
    assert not r.only("calendar").items


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/2024/05/openai-ships-model", True),
        ("https://news.example.com/2024-05-01/openai-ships-model.html", True),
        ("https://www.news.example.com/blog/openai-ships-a-new-frontier-model", True),
        ("https://news.example.com/article/1234567", True),
        ("https://news.example.com/2024/05/", False),
        ("https://news.example.com/tag/large-language-models-and-more", False),
        ("https://news.example.com/author/jane-doe-the-writer", False),
        ("https://news.example.com/category/ai/some-long-category-name-here", False),
        ("https://news.example.com/blog/page/2", False),
        ("https://news.example.com/blog?page=2", False),
        ("https://news.example.com/about", False),
        ("https://other.example.org/2024/05/openai-ships-model", False),
        ("https://news.example.com/uploads/2024/05/huge-diagram-of-the-model.png", False),
        ("mailto:someone@example.com", False),
    ],
)
def test_looks_like_article_url(url, expected):
    assert looks_like_article_url(url, "https://news.example.com/") is expected


def _page(html: str) -> HtmlResponse:
    return HtmlResponse("https://news.example.com/", body=html.encode(), encoding="utf-8")


def test_next_page_href_variants():
    assert next_page_href(_page('<link rel="next" href="/p/2">')) == "/p/2"
    assert next_page_href(_page('<a href="/p/9">9</a><a href="/p/2">Older posts</a>')) == "/p/2"
    assert next_page_href(_page('<a href="/p/2">Next »</a>')) == "/p/2"
    assert next_page_href(_page('<a href="/x">Next-gen models explained</a>')) is None
    assert next_page_href(_page('<div class="nav"><a href="/n">go</a></div>'), "div.nav") == "/n"
