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
      On the source's first crawl (``first_crawl``), all three: the feeds, the sitemaps and
      the listing with its pagination (``backfill_pages`` deep; feed and sitemap entries no
      older than ``backfill_days``), so the recent archive is taken too, not only what the
      feed still lists. Later crawls rely on the feeds' and sitemaps' dates.
    """

    name = "auto"
    via = "page"

    @property
    def _waiting_listings(self) -> dict[str, list]:
        """home page URL -> [its response, feeds not yet parsed] (first crawls only)."""
        if "_waiting" not in self.__dict__:
            self.__dict__["_waiting"] = {}
        return self.__dict__["_waiting"]

    def _feed_done(self, key: str | None):
        waiting = self._waiting_listings.get(key or "")
        if waiting is None:
            return
        waiting[1] -= 1
        if waiting[1] <= 0:
            del self._waiting_listings[key]
            yield from self.listing_items(waiting[0], 1)

    def parse_backfill_feed(self, response: Response):
        try:
            yield from self.parse_feed(response)
        except Exception as e:   # the listing must not be lost with the feed
            url = response.meta.get("modelwire_url", response.url)
            yield self.event(url, "failed", "parse_error", f"{type(e).__name__}: {e}"[:300])
        yield from self._feed_done(response.meta.get("backfill_of"))

    def backfill_feed_failed(self, failure):
        yield from self.on_error(failure)
        request = getattr(failure, "request", None)
        yield from self._feed_done(request.meta.get("backfill_of") if request is not None else None)

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
                if self.backfill:
                    self.count("auto/backfill")
                    # the listing waits for the feeds, so an article both list keeps the feed's hints
                    self._waiting_listings[normalize_url(url)] = [response, len(feeds)]
                for feed in feeds:
                    request = self.doc_request(feed, self.parse_feed)
                    if self.backfill:
                        request = request.replace(callback=self.parse_backfill_feed,
                                                  errback=self.backfill_feed_failed,
                                                  meta={**request.meta, "backfill_of": normalize_url(url)})
                    yield request
                if not self.backfill:
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
                if not self.backfill:
                    return
            if normalize_url(url) in self._waiting_listings:
                return   # parsed once its feeds are
            for item in self.listing_items(response, 1):
                yield item
        else:
            yield self.event(url, "failed", "unknown_content", content_type(response))
