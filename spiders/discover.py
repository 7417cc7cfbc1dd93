"""What is behind a URL: feed, sitemap, single article or site home / listing.

``sniff_kind`` and ``looks_like_article_page`` are pure functions of a response.
``DiscoveryMixin.discover`` finds a site's feeds (``<link rel=alternate>``) and
sitemaps (robots.txt ``Sitemap:`` lines, then ``/sitemap.xml``,
``/sitemap_index.xml``, ``/news-sitemap.xml`` if they answer with a sitemap);
``DiscoverSpider`` yields one ``DiscoveredSource`` per URL for
``modelwire add-source`` without crawling any article.
"""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.http import Request, Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots

from spiders.urls import normalize_url
from spiders.base import ModelwireSpider, content_type
from spiders.feed import parse_feed_body
from spiders.items import ARTICLE_TYPES, DiscoveredSource
from spiders.listing import looks_like_article_url
from spiders.sitemap import is_robots_url

COMMON_SITEMAP_PATHS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml")
MIN_ARTICLE_CHARS = 1500       # one <article> with at least this much text is a single article
MIN_LISTING_LINKS = 3
_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")
_COMMENT = re.compile(rb"<!--.*?-->", re.S)


def root_element(body: bytes) -> str:
    """Local name of the first element of an XML/HTML body, lower-cased ("" if none)."""
    head = _COMMENT.sub(b"", body[:8192])
    match = _ROOT.search(head)
    if not match:
        return ""
    return match.group(1).decode("ascii", "replace").rpartition(":")[2].lower()


def sniff_kind(response: Response) -> str:
    """"feed", "sitemap", "robots", "html" or "other"."""
    if is_robots_url(response.url) and b"<" not in response.body[:200]:
        return "robots"
    body = response.body
    if gzip_magic_number(response):
        try:
            body = gunzip(body, max_size=1024 * 1024)
        except Exception:   # anything larger than a MB still shows its root in the first part
            return "sitemap" if response.url.endswith((".xml.gz", ".gz")) else "other"
    root = root_element(body)
    if root in ("rss", "feed", "rdf"):
        return "feed"
    if root in ("urlset", "sitemapindex"):
        return "sitemap"
    ctype = content_type(response)
    if "rss" in ctype or "atom" in ctype:
        return "feed"
    if root == "html" or "html" in ctype:
        return "html"
    return "other"


MAX_JSONLD_DEPTH = 20   # Article types sit near the top; deeper nesting is not followed


def _jsonld_types(data: Any) -> set[str]:
    """``@type`` names (lower case) at the top, in ``@graph`` and in ``mainEntity``, looked at
    without recursion and no deeper than ``MAX_JSONLD_DEPTH`` (hostile pages nest thousands deep)."""
    found: set[str] = set()
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_JSONLD_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((x, depth + 1) for x in item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            for k in kind if isinstance(kind, list) else [kind]:
                if isinstance(k, str):
                    found.add(k.rpartition("/")[2].lower())
            for key in ("@graph", "mainEntity"):
                if isinstance(item.get(key), (dict, list)):
                    stack.append((item[key], depth + 1))
    return found


def jsonld_blocks(response: Response) -> list[Any]:
    """The page's JSON-LD blocks that parse; one nested too deep for the JSON parser
    (``RecursionError``) or malformed is skipped."""
    blocks = []
    for raw in response.css('script[type="application/ld+json"]::text').getall():
        try:
            blocks.append(json.loads(raw))
        except (ValueError, RecursionError):
            continue
    return blocks


def looks_like_article_page(response: Response) -> bool:
    """JSON-LD Article types, ``og:type=article``, or a single long ``<article>``."""
    for data in jsonld_blocks(response):
        if _jsonld_types(data) & ARTICLE_TYPES:
            return True
    og_type = (response.css('meta[property="og:type"]::attr(content)').get() or "").strip().lower()
    if og_type == "article":
        return True
    articles = response.xpath("//article")
    if len(articles) == 1:
        text = " ".join(
            articles[0].xpath(".//text()[not(ancestor::script) and not(ancestor::style)]").getall()
        )
        if len(" ".join(text.split())) >= MIN_ARTICLE_CHARS:
            return True
    return False


def feed_links(response: Response) -> list[str]:
    urls: list[str] = []
    seen: set[str] = set()
    for link in response.css("link[href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES:
            url = urljoin(response.url, link.attrib["href"].strip())
            if normalize_url(url) not in seen:
                seen.add(normalize_url(url))
                urls.append(url)
    return urls


def article_link_count(response: Response) -> int:
    urls = {
        normalize_url(urljoin(response.url, href))
        for href in response.css("a::attr(href)").getall()
        if looks_like_article_url(urljoin(response.url, href), response.url)
    }
    return len(urls)


class DiscoveryMixin:
    """Discovery helpers for spiders (needs ``self.crawler``).

    ``probed_sitemaps`` keeps the responses of common-path probes that turned out
    to be sitemaps, so a crawl need not download them again.
    """

    @property
    def probed_sitemaps(self) -> dict[str, Response]:
        if "_probed_sitemaps" not in self.__dict__:
            self.__dict__["_probed_sitemaps"] = {}
        return self.__dict__["_probed_sitemaps"]

    async def fetch(self, url: str, **meta: Any) -> Response | None:
        """GET through the downloader middlewares only (guards, robots); None on any error."""
        request = Request(url, callback=NO_CALLBACK, dont_filter=True, meta=meta)
        try:
            return await self.crawler.engine.download_async(request)
        except Exception as exc:   # blocked, DNS, timeout...: just not found
            self.logger.debug("discovery fetch of %s failed: %r", url, exc)
            return None

    async def find_sitemaps(self, page_url: str) -> list[str]:
        parts = urlsplit(page_url)
        root = f"{parts.scheme}://{parts.netloc}"
        found: list[str] = []
        seen: set[str] = set()

        def add(url: str) -> None:
            if normalize_url(url) not in seen:
                seen.add(normalize_url(url))
                found.append(url)

        robots = await self.fetch(root + "/robots.txt", dont_obey_robotstxt=True)
        if robots is not None and robots.status == 200:
            for url in sitemap_urls_from_robots(robots.body, base_url=robots.url):
                add(url)
        for path in COMMON_SITEMAP_PATHS:
            url = root + path
            if normalize_url(url) in seen:
                continue
            response = await self.fetch(url, modelwire_url=url)
            if response is not None and response.status == 200 and sniff_kind(response) == "sitemap":
                add(url)
                self.probed_sitemaps[normalize_url(url)] = response
        return found

    async def discover(self, response: Response) -> DiscoveredSource:
        """Feeds and sitemaps of the site of an HTML ``response``."""
        title = " ".join((response.css("title::text").get() or "").split())
        url = response.meta.get("modelwire_url", response.url)
        return DiscoveredSource(
            url=url,
            final_url=response.url,
            feeds=feed_links(response),
            sitemaps=await self.find_sitemaps(response.url),
            listing=article_link_count(response) >= MIN_LISTING_LINKS,
            title=title,
        )


class DiscoverSpider(DiscoveryMixin, ModelwireSpider):
    """Yield one ``DiscoveredSource`` per ``source["urls"]``; no article is fetched.

    ``kind`` is the suggestion: "feed" or "sitemap" when the URL is one, "page"
    for a single article, else "feed" if the page links feeds, "sitemap" if the
    site has sitemaps, "listing" otherwise. Failures yield ``CrawlEvent``.
    """

    name = "discover"

    def first_request(self, url: str) -> Request:
        return Request(url, callback=self.parse_discover, errback=self.on_error, dont_filter=True,
                       meta={"modelwire_url": url})

    async def parse_discover(self, response: Response):
        url = response.meta.get("modelwire_url", response.url)
        kind = sniff_kind(response)
        if kind == "feed":
            parsed = parse_feed_body(response)
            yield DiscoveredSource(url=url, final_url=response.url, feeds=[url], kind="feed",
                                   title=" ".join((parsed.feed.get("title") or "").split()))
        elif kind in ("sitemap", "robots"):
            sitemaps = [url] if kind == "sitemap" else list(
                sitemap_urls_from_robots(response.body, base_url=response.url))
            yield DiscoveredSource(url=url, final_url=response.url, sitemaps=sitemaps, kind="sitemap")
        elif kind == "html":
            found = await self.discover(response)
            if looks_like_article_page(response):
                found.kind = "page"
            else:
                found.kind = "feed" if found.feeds else "sitemap" if found.sitemaps else "listing"
            yield found
        else:
            yield self.event(url, "failed", "unknown_content", content_type(response))
