"""Sources whose URLs are article pages themselves."""
from __future__ import annotations


from spiders.base import ModelwireSpider


class PageSpider(ModelwireSpider):
    """Fetch each ``source["urls"]`` as an article page (``via="page"``).

    A URL already in ``known`` gives ``CrawlEvent(unchanged)`` (a page source
    has no date to compare); leave ``known`` empty to re-fetch.
    """

    name = "page"
    via = "page"

    def first_request(self, url: str):
        return self.article_request(url, {}, "page")
