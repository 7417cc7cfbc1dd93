"""The ``auto`` kind: fetch any URL and handle it as what it turns out to be."""
from __future__ import annotations


from scrapy.http import Response

from spiders.urls import normalize_url
from spiders.base import content_type
from spiders.discover import DiscoveryMixin, feed_links, looks_like_article_page, sniff_kind
from spiders.feed import FeedSpider
from spiders.listing import ListingSpider
from spiders.sitemap import SitemapSpider


class AutoSpider(DiscoveryMixin, FeedSpider, SitemapSpider, ListingSpider):
    """Each ``source["urls"]`` is fetched (conditionally, if ``http_state`` has it) and then:

    - a feed (rss / RDF / Atom root, or feed content type) → feed handling;
    - a sitemap (urlset / sitemapindex) or robots.txt → sitemap handling;
    - an HTML single article (see ``looks_like_article_page``) → that page (``via="page"``);
    - other HTML (home, section): crawl its ``<link rel=alternate>`` feeds; if none,
      the sitemaps from robots.txt and common paths; if none, the page as a listing.
    """

    name = "auto"
    via = "page"

    def first_request(self, url: str):
        return self.doc_request(url, self.parse_auto)

    async def parse_auto(self, response: Response):
        event = self.not_modified(response)
        if event is not None:
            yield event
            return
        url = response.meta.get("modelwire_url", response.url)
        kind = sniff_kind(response)
        self.count(f"auto/{kind}")
        if kind == "feed":
            for item in self.feed_items(response):
                yield item
        elif kind == "sitemap":
            self._seen_docs.add(normalize_url(url))
            for item in self.sitemap_items(response, 0):
                yield item
        elif kind == "robots":
            self._seen_docs.add(normalize_url(url))
            for item in self.parse_robots(response):
                yield item
        elif kind == "html":
            if looks_like_article_page(response):
                self._seen_articles.add(normalize_url(url))
                yield self.page_or_event(response, via="page", hints={})
                return
            feeds = feed_links(response)
            if feeds:
                for feed in feeds:
                    yield self.doc_request(feed, self.parse_feed)
                return
            sitemaps = await self.find_sitemaps(response.url)
            if sitemaps:
                for sitemap in sitemaps:
                    probed = self.probed_sitemaps.get(normalize_url(sitemap))
                    if probed is not None:   # already downloaded while probing
                        if normalize_url(sitemap) not in self._seen_docs:
                            self._seen_docs.add(normalize_url(sitemap))
                            for item in self.sitemap_items(probed, 0):
                                yield item
                        continue
                    request = self.sitemap_request(sitemap, 0)
                    if request is not None:
                        yield request
                return
            for item in self.listing_items(response, 1):
                yield item
        else:
            yield self.event(url, "failed", "unknown_content", content_type(response))
