"""Sitemaps: index, urlset, Google News, gzip, robots.txt ``Sitemap:`` lines.

Written on lxml rather than ``scrapy.utils.sitemap.Sitemap``, which flattens
entries and so loses the nested ``<news:news>`` publication date and title.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import Request, Response
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import sitemap_urls_from_robots

from spiders.urls import normalize_url
from spiders.base import DEFAULT_MAX_ENTRIES, ModelwireSpider, newest, parse_date
from spiders.xmlstream import stream_elements
DEFAULT_MAX_FILES = 50
DEFAULT_MAX_DEPTH = 3


def _local(tag: Any) -> tuple[str, str]:
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def iter_sitemap_xml(body: bytes, root: list[str]) -> Iterator[dict]:
    """Entries of a sitemap, read incrementally (``spiders.xmlstream``); the root element's name
    is put in ``root``. Malformed XML ends the entries where it breaks. Entries hold ``loc`` and,
    when present, ``lastmod``, ``news_title`` and ``news_publication_date``."""
    for elem in stream_elements(body, ("url", "sitemap"), root):
        entry: dict[str, str] = {}
        for child in elem.iter():
            if child is elem:
                continue
            ns, name = _local(child.tag)
            text = (child.text or "").strip()
            if not text:
                continue
            direct = child.getparent() is elem
            if name == "loc" and direct:
                entry["loc"] = text
            elif name == "lastmod" and direct:
                entry["lastmod"] = text
            elif name == "publication_date" and "news" in ns:
                entry["news_publication_date"] = text
            elif name == "title" and "news" in ns:
                entry["news_title"] = text
        if entry.get("loc"):
            yield entry


def entry_date(entry: dict):
    return parse_date(entry.get("lastmod")) or parse_date(entry.get("news_publication_date"))


def parse_sitemap_xml(body: bytes, max_entries: int = DEFAULT_MAX_ENTRIES) -> tuple[str, list[dict], bool]:
    """Return ``(root type, entries, truncated)``: the ``max_entries`` newest entries (by
    ``lastmod``, else news publication date; undated ones last, in document order), newest
    first. Memory holds ``max_entries`` entries however long the document."""
    root: list[str] = []
    entries, total = newest(iter_sitemap_xml(body, root), max_entries, entry_date)
    return (root[0] if root else ""), entries, total > max_entries


def is_robots_url(url: str) -> bool:
    return urlsplit(url).path.rstrip("/").endswith("/robots.txt")


class SitemapSpider(ModelwireSpider):
    """Each ``source["urls"]`` is a sitemap (index, urlset, news, ``.gz``) or a robots.txt URL.

    Guards: a sitemap URL is fetched at most once per crawl (index loops), at
    most ``MODELWIRE_SITEMAP_MAX_FILES`` (50) sitemap files, index nesting at
    most ``MODELWIRE_SITEMAP_MAX_DEPTH`` (3), the newest
    ``MODELWIRE_SITEMAP_MAX_ENTRIES`` (else ``MODELWIRE_MAX_ENTRIES``, 5,000) entries per file
    (a file is read incrementally, so memory stays flat with its size), and gunzipped
    bodies no larger than ``DOWNLOAD_MAXSIZE``. Hints: ``modified`` (lastmod),
    ``published`` and ``title`` (Google News), ``date_source: "sitemap"``.
    """

    name = "sitemap"
    via = "sitemap"

    def _limit(self, name: str, default: int) -> int:
        crawler = getattr(self, "crawler", None)
        return crawler.settings.getint(name, default) if crawler else default

    def first_request(self, url: str) -> Request | None:
        return self.sitemap_request(url, 0)

    def sitemap_request(self, url: str, depth: int) -> Request | None:
        key = normalize_url(url)
        if key in self._seen_docs:
            self.count("sitemap_loop")
            return None
        if len(self._seen_docs) >= self._limit("MODELWIRE_SITEMAP_MAX_FILES", DEFAULT_MAX_FILES):
            self.count("sitemap_limit")
            return None
        self._seen_docs.add(key)
        if is_robots_url(url):
            return Request(
                url, callback=self.parse_robots, errback=self.on_error, dont_filter=True,
                meta={"modelwire_url": url, "depth_sitemap": depth},
            )
        return self.doc_request(url, self.parse_sitemap, depth_sitemap=depth)

    def parse_robots(self, response: Response):
        depth = response.meta.get("depth_sitemap", 0)
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            request = self.sitemap_request(url, depth)
            if request is not None:
                yield request

    def parse_sitemap(self, response: Response):
        event = self.not_modified(response)
        if event is not None:
            yield event
            return
        yield from self.sitemap_items(response, response.meta.get("depth_sitemap", 0))

    def sitemap_body(self, response: Response) -> bytes | None:
        if not gzip_magic_number(response):
            return response.body
        max_size = self._limit("DOWNLOAD_MAXSIZE", 0)
        try:
            return gunzip(response.body, max_size=max_size)
        except Exception:   # too big after decompression, or corrupt
            return None

    def sitemap_items(self, response: Response, depth: int = 0):
        url = response.meta.get("modelwire_url", response.url)
        body = self.sitemap_body(response)
        if body is None:
            yield self.event(url, "failed", "too_large", "gzip body over DOWNLOAD_MAXSIZE or corrupt")
            return
        max_entries = self._limit("MODELWIRE_SITEMAP_MAX_ENTRIES",
                                  self._limit("MODELWIRE_MAX_ENTRIES", DEFAULT_MAX_ENTRIES))
        root, entries, truncated = parse_sitemap_xml(body, max_entries)
        if truncated:
            self.count("sitemap_truncated")
            self.logger.warning("Sitemap %s has more than %d entries; read the newest", url, max_entries)
        if root == "sitemapindex":
            if depth >= self._limit("MODELWIRE_SITEMAP_MAX_DEPTH", DEFAULT_MAX_DEPTH):
                self.count("sitemap_too_deep")
            else:
                for entry in entries:
                    request = self.sitemap_request(entry["loc"], depth + 1)
                    if request is not None:
                        yield request
        elif root == "urlset":
            for entry in entries:
                hints = {
                    "title": entry.get("news_title"),
                    "published": self.date_hint(entry.get("news_publication_date")),
                    "modified": self.date_hint(entry.get("lastmod")),
                    "date_source": "sitemap",
                }
                result = self.article_request(entry["loc"], hints, "sitemap", base=response.url)
                if result is not None:
                    yield result
        else:
            yield self.event(url, "failed", "not_sitemap", f"root element {root or 'none'}")
            return
        yield self.feed_state(response, len(entries))
